"""The plan's history from git: every commit that changed a plan file, with what it meant.

:func:`read_history` asks git once for the commits on the first-parent line of ``HEAD`` that
changed one of the plan files (``git log --raw``: the files each commit changed and their new
blob IDs), then walks them oldest first. Each revision is read once: only the files a commit
changed are fetched (through one long-running ``git cat-file --batch``) and parsed, the others
are taken over from the revision before; the plan at each revision is validated and compared
with the last valid one before it (:func:`ksplan.diff.diff_plans`, its consequences on the
day of the commit). The work is linear in the number of commits.

A revision whose plan cannot be read or is invalid is kept in the log as such (with the
number of problems); the next valid revision is compared with the last valid one. Without
git, outside a repository or without any commit, there is no history and the reason says so.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any, Literal

from ksplan.deadlines import status_on
from ksplan.diff import PlanDiff, diff_plans
from ksplan.errors import KsplanError, PlanInvalid, PlanUnreadable
from ksplan.i18n import Lang, Msg, msg, t
from ksplan.i18n import day as day_text
from ksplan.loading import build_plan
from ksplan.models import STATUSES
from ksplan.plan import OPTIONAL_FILES, PLAN_FILES, Plan
from ksplan.yaml_reader import MAX_FILE_BYTES, YamlDocument, parse_yaml_bytes

RevisionState = Literal["first", "changed", "invalid"]


@dataclass(frozen=True)
class Revision:
    """One commit that changed the plan files."""

    sha: str
    author: str
    when: datetime  # the author's date, with its offset
    subject: str
    state: RevisionState
    diff: PlanDiff | None = None  # against the last valid revision before (state "changed")
    problems: int = 0  # errors found in the plan at this revision (state "invalid")
    measures: int = 0  # measures in the plan at this revision (valid states)
    counts: dict[str, int] = field(default_factory=dict)  # status on the commit's day

    @property
    def short(self) -> str:
        return self.sha[:12]

    @property
    def day(self) -> date:
        return self.when.date()

    def measure_changes(self) -> dict[str, list[Msg]]:
        """The sentences of this revision's changes by measure ID."""
        found: dict[str, list[Msg]] = {}
        if self.diff is None:
            return found
        for change in self.diff.changes:
            if change.section != "measures":
                continue
            measure_id = change.subject.split(" / ", 1)[0]
            found.setdefault(measure_id, []).append(change.text)
        return found


@dataclass(frozen=True)
class History:
    """The revisions, newest first; ``reason`` says why there are none (no git, no commit)."""

    revisions: list[Revision]
    reason: Msg | None = None
    uncommitted: bool = False  # the plan files differ from the last commit (the site shows them)

    @property
    def available(self) -> bool:
        return self.reason is None


def _git(top: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    from ksplan.gitio import _git as run

    return run(top, *args)


@dataclass(frozen=True)
class _Commit:
    sha: str
    author: str
    when: datetime
    subject: str
    blobs: dict[str, str | None]  # path -> new blob ID (None: deleted)


def _log(top: Path, paths: list[str]) -> list[_Commit]:
    """The commits that changed ``paths`` on HEAD's first-parent line, oldest first."""
    proc = _git(
        top,
        "log",
        "--first-parent",
        "--diff-merges=first-parent",
        "--root",
        "--raw",
        "--no-abbrev",
        "--no-renames",
        "-z",
        "--format=%x01%H%x00%an%x00%aI%x00%s",
        "HEAD",
        "--",
        *paths,
    )
    if proc.returncode != 0:
        raise _NoHistory(msg("site.history.no_commits"))
    commits: list[_Commit] = []
    for chunk in proc.stdout.split(b"\x01")[1:]:
        parts = chunk.split(b"\0")
        sha, author, when, subject = (p.decode("utf-8", errors="replace") for p in parts[:4])
        blobs: dict[str, str | None] = {}
        raw = parts[4:]
        for meta, path in zip(raw[0::2], raw[1::2], strict=False):
            fields = meta.strip().decode("ascii", errors="replace").split()
            if len(fields) < 5:
                continue
            name = path.decode("utf-8", errors="surrogateescape")
            blobs[name] = None if fields[4].startswith("D") else fields[3]
        commits.append(_Commit(sha, author, datetime.fromisoformat(when), subject, blobs))
    commits.reverse()
    return commits


class _NoHistory(Exception):
    def __init__(self, reason: Msg) -> None:
        self.reason = reason


class _Blobs:
    """One ``git cat-file --batch`` for the whole walk: blobs are fetched as needed."""

    def __init__(self, top: Path) -> None:
        self.proc = subprocess.Popen(
            ["git", "-C", str(top), "cat-file", "--batch"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )

    def read(self, obj: str) -> bytes:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(f"{obj}\n".encode("ascii"))
        self.proc.stdin.flush()
        header = self.proc.stdout.readline().decode("ascii", errors="replace").split()
        if len(header) != 3 or header[1] != "blob":
            raise _Unreadable
        content = self.proc.stdout.read(int(header[2]))
        self.proc.stdout.read(1)  # the line feed after each object
        return content

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait()


class _Unreadable(Exception):
    pass


def status_counts(plan: Plan, day: date) -> dict[str, int]:
    """How many measures of ``plan`` had each status on ``day`` (unknown: none recorded)."""
    counts: dict[str, int] = dict.fromkeys(STATUSES, 0)
    for measure in plan.measures:
        entry = status_on(measure, day)
        counts[entry.status if entry is not None else "unknown"] += 1
    return counts


def _plan_of(current: dict[str, YamlDocument | None]) -> Plan | int:
    """The plan made of these files: a Plan, or the number of its problems (at least 1)."""
    required = [name for name in PLAN_FILES if name not in OPTIONAL_FILES]
    if any(current.get(name) is None for name in required):
        return 1
    documents = {name: doc for name, doc in current.items() if doc is not None}
    try:
        return build_plan(documents, None)
    except (PlanInvalid, PlanUnreadable) as exc:
        return max(1, sum(1 for p in exc.problems if p.severity == "error"))


def _read(blobs: _Blobs, obj: str, plan_dir: Path, name: str, shown: str) -> YamlDocument | None:
    """A plan file at a revision, parsed; None when it cannot be read."""
    try:
        raw = blobs.read(obj)
        if len(raw) > MAX_FILE_BYTES:
            return None
        return parse_yaml_bytes(raw, plan_dir / f"{name}.yaml", shown)
    except (_Unreadable, PlanUnreadable):
        return None


def _revision(commit: _Commit, found: Plan | int, last: Plan | None) -> Revision:
    """What ``commit`` did to the plan: its first version, a change, or an invalid version."""
    if isinstance(found, int):
        return Revision(
            commit.sha, commit.author, commit.when, commit.subject, "invalid", problems=found
        )
    day = commit.when.date()
    return Revision(
        commit.sha,
        commit.author,
        commit.when,
        commit.subject,
        "first" if last is None else "changed",
        diff=None if last is None else diff_plans(last, found, day),
        measures=len(found.measures),
        counts=status_counts(found, day),
    )


def _walk(
    top: Path, plan_dir: Path, commits: list[_Commit], paths: dict[str, str]
) -> list[Revision]:
    """Every commit as a revision, oldest first; each changed file is read and parsed once."""
    by_path = {path: name for name, path in paths.items()}
    current: dict[str, YamlDocument | None] = {}
    revisions: list[Revision] = []
    last: Plan | None = None
    blobs = _Blobs(top)
    try:
        for commit in commits:
            for path, obj in commit.blobs.items():
                name = by_path.get(path)
                if name is None:
                    continue
                if obj is None:
                    current.pop(name, None)
                else:
                    shown = f"{path}@{commit.sha[:12]}"
                    current[name] = _read(blobs, obj, plan_dir, name, shown)
            if not current:
                continue  # the plan's files were all removed: nothing to show
            found = _plan_of(current)
            revision = _revision(commit, found, last)
            repaired = bool(revisions) and revisions[-1].state == "invalid"
            if revision.diff is not None and not revision.diff.changes and not repaired:
                continue  # the files changed, the plan did not (layout, comments): not news
            revisions.append(revision)
            if not isinstance(found, int):
                last = found
    finally:
        blobs.close()
    return revisions


def read_history(plan_dir: Path) -> History:
    """The history of the plan in ``plan_dir`` from git, newest first (see the module)."""
    from ksplan.gitio import repository_of

    try:
        try:
            top, prefix = repository_of(plan_dir)
        except KsplanError:
            raise _NoHistory(msg("site.history.no_git")) from None
        paths = {name: str(PurePosixPath(prefix) / f"{name}.yaml") for name in PLAN_FILES}
        commits = _log(top, list(paths.values()))
        if not commits:
            raise _NoHistory(msg("site.history.no_commits"))
        revisions = _walk(top, plan_dir, commits, paths)
        dirty = _git(top, "status", "--porcelain", "--", *paths.values())
        uncommitted = dirty.returncode == 0 and bool(dirty.stdout.strip())
    except _NoHistory as exc:
        return History([], exc.reason)
    revisions.reverse()
    return History(revisions, uncommitted=uncommitted)


def history_figure(plan: Plan, history: History, as_of: date, lang: Lang) -> dict[str, Any] | None:
    """The measures by status over time, for the site and the report's "Verlauf": the picture
    (``svg``), its ``title`` and ``summary``, and the figures as a table (``columns``, ``rows``:
    ``day``, ``counts`` in the columns' order, ``total``). One point per valid revision, and
    the plan as it is on ``as_of`` when that lies after the last revision; None without any."""
    from ksplan import svg
    from ksplan.models import STATUS_ORDER

    valid = [r for r in reversed(history.revisions) if r.state != "invalid"]
    if not valid:
        return None
    points = [svg.HistoryPoint(r.day, r.counts) for r in valid]
    if as_of > valid[-1].day:
        points.append(svg.HistoryPoint(as_of, status_counts(plan, as_of)))
    columns = [t(f"status.{s}", lang) for s in STATUS_ORDER]
    title = t("site.chart.history_title", lang)
    summary = t("site.chart.history_desc", lang)
    picture = svg.status_history(
        points, STATUS_ORDER, title=title, description=summary, legend=columns
    )
    rows = [
        {
            "day": day_text(p.day),
            "counts": [p.counts.get(s, 0) for s in STATUS_ORDER],
            "total": sum(p.counts.values()),
        }
        for p in points
    ]
    return {"svg": picture, "title": title, "summary": summary, "columns": columns, "rows": rows}
