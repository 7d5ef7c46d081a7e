"""The one place that talks to git: revisions, and the plan files as they were at a revision.

Git is run with argument lists (never through a shell) and ``git -C <folder>``. A revision
comes from the command line, so it is checked before git sees it: anything starting with
``-`` is refused, and revisions are passed after ``--end-of-options`` — a revision can never
reach git as an option (``--output=…``, ``--exec=…``).

``run_diff`` ties it together for ``ksplan diff``: which two sides to compare, reading and
validating each, and the semantic comparison of :mod:`ksplan.diff`.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from ksplan.diff import PlanDiff, diff_plans
from ksplan.errors import KsplanError, PlanInvalid, PlanUnreadable, Problem, UsageError
from ksplan.i18n import os_reason, t
from ksplan.loading import build_plan, read_documents
from ksplan.plan import OPTIONAL_FILES, PLAN_FILES, Plan
from ksplan.yaml_reader import MAX_FILE_BYTES, YamlDocument, parse_yaml_bytes

WORKING_TREE = "working tree"
"""How the files on disk are named when they are one side of a comparison."""


@dataclass(frozen=True)
class Side:
    """One side of a comparison: a revision (None for the working tree) and how it is named."""

    rev: str | None
    label: str


# --- running git ---------------------------------------------------------------------------

_GIT_PATH_VARIABLES = (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_COMMON_DIR",
    "GIT_OBJECT_DIRECTORY",
)


def _git(
    directory: Path, *args: str, stdin: bytes | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run ``git -C directory args…``; the caller checks the return code."""
    env = dict(os.environ)
    # Git sets GIT_DIR for some hooks, relative to where it started them, and then takes the
    # folder it runs in as the top of the working tree. ``-C`` must change neither.
    if env.get("GIT_DIR") and not env.get("GIT_WORK_TREE"):
        env["GIT_WORK_TREE"] = os.getcwd()
    for name in _GIT_PATH_VARIABLES:
        value = env.get(name)
        if value and not os.path.isabs(value):
            env[name] = os.path.abspath(value)
    env["GIT_TERMINAL_PROMPT"] = "0"  # never wait for a password
    env["GIT_OPTIONAL_LOCKS"] = "0"  # reading must not take the index lock
    try:
        return subprocess.run(
            ["git", "-C", str(directory), "--literal-pathspecs", *args],
            input=stdin if stdin is not None else b"",
            capture_output=True,
            check=False,
            env=env,
        )
    except FileNotFoundError:
        raise UsageError(t("git.not_installed")) from None
    except OSError as exc:
        raise UsageError(t("cli.git_missing", reason=os_reason(exc))) from None


def _first_line(raw: bytes) -> str:
    text = raw.decode("utf-8", errors="replace").strip()
    return text.splitlines()[0] if text else ""


def _existing_folder(path: Path) -> tuple[Path, tuple[str, ...]]:
    """The nearest folder of ``path`` that exists, and the parts below it that do not."""
    missing: list[str] = []
    current = path
    while not current.is_dir():
        if current.parent == current:
            break
        missing.append(current.name)
        current = current.parent
    return current, tuple(reversed(missing))


def git_says(stderr: bytes | str | None) -> str:
    """git's own first line of complaint, quoted as git's (`` (git: …)``), or nothing when it
    only repeats that there is no repository (which the message says in the clerk's words)."""
    raw = stderr.decode("utf-8", errors="replace") if isinstance(stderr, bytes) else stderr
    lines = (raw or "").strip().splitlines()
    if not lines or "not a git repository" in lines[0]:
        return ""
    return f" (git: {lines[0]})"


def repository_of(folder: Path) -> tuple[Path, str]:
    """The repository's top folder and ``folder``'s path inside it (``data/`` or ``''``)."""
    existing, missing = _existing_folder(folder)
    proc = _git(existing, "rev-parse", "--show-toplevel", "--show-prefix")
    if proc.returncode != 0:
        raise UsageError(t("cli.not_in_git", folder=folder, hint=git_says(proc.stderr)))
    lines = proc.stdout.decode("utf-8", errors="surrogateescape").split("\n")
    top = Path(lines[0])
    prefix = lines[1] if len(lines) > 1 else ""
    if missing:
        prefix += "/".join(missing) + "/"
    return top, prefix


def _check_revision_text(rev: str) -> None:
    if rev.startswith("-"):
        raise UsageError(t("git.rev_dash", rev=rev))
    if not rev.strip():
        raise UsageError(t("git.rev_empty"))
    if any(ord(c) < 32 or ord(c) == 127 for c in rev):
        raise UsageError(t("git.rev_control", rev=rev))


def resolve_revision(repo_dir: Path, rev: str) -> str:
    """The full commit ID of ``rev``; UsageError when it names no commit here."""
    _check_revision_text(rev)
    repository_of(repo_dir)  # a clear message when this is not a repository at all
    proc = _git(
        _existing_folder(repo_dir)[0],
        "rev-parse",
        "--verify",
        "--quiet",
        "--end-of-options",
        f"{rev}^{{commit}}",
    )
    sha = proc.stdout.decode("ascii", errors="replace").strip()
    if proc.returncode != 0 or not sha:
        raise UsageError(t("cli.not_a_commit", rev=rev))
    return sha


def _merge_base(repo_dir: Path, a: str, b: str, a_text: str, b_text: str) -> str:
    proc = _git(_existing_folder(repo_dir)[0], "merge-base", "--end-of-options", a, b)
    sha = proc.stdout.decode("ascii", errors="replace").strip()
    if proc.returncode != 0 or not sha:
        raise UsageError(t("git.no_base", a=a_text, b=b_text))
    return sha


# --- which two sides -----------------------------------------------------------------------


def _range_parts(args: list[str]) -> tuple[str, str | None, bool]:
    """(old, new, merge_base) from the command line; new None is the working tree."""
    for arg in args:
        _check_revision_text(arg)
    if len(args) > 2:
        raise UsageError(t("git.too_many", n=len(args)))
    if not args:
        return "HEAD", None, False
    if len(args) == 2:
        for arg in args:
            if ".." in arg:
                raise UsageError(t("git.range_and_rev", arg=arg))
        return args[0], args[1], False
    arg = args[0]
    for separator, merge_base in (("...", True), ("..", False)):
        if separator in arg:
            old, _, new = arg.partition(separator)
            old, new = old or "HEAD", new or "HEAD"
            for part in (old, new):
                _check_revision_text(part)
            return old, new, merge_base
    return arg, None, False


def revision_sides(args: list[str], repo_dir: Path) -> tuple[Side, Side]:
    """The two sides for ``ksplan diff [REV [REV]]``, each checked and named."""
    old, new, merge_base = _range_parts(args)
    if merge_base:
        assert new is not None
        old_sha = resolve_revision(repo_dir, old)
        new_sha = resolve_revision(repo_dir, new)
        base = _merge_base(repo_dir, old_sha, new_sha, old, new)
        return Side(base, base[:12]), Side(new_sha, new)
    old_side = Side(resolve_revision(repo_dir, old), old)
    if new is None:
        return old_side, Side(None, WORKING_TREE)
    return old_side, Side(resolve_revision(repo_dir, new), new)


def parse_range(args: list[str], repo_dir: Path | None = None) -> tuple[str, str | None]:
    """(old, new) revisions; new None is the working tree.

    No argument: (HEAD, working tree); ``REV``: (REV, working tree); ``A B`` and ``A..B``:
    (A, B); ``A...B``: (the merge base of A and B, B) — that one needs ``repo_dir``.
    Anything starting with ``-`` and more than two arguments are usage errors.
    """
    old, new, merge_base = _range_parts(args)
    if not merge_base:
        return old, new
    if repo_dir is None:
        raise UsageError(t("git.merge_base_repo"))
    sides = revision_sides(args, repo_dir)
    return sides[0].rev or "HEAD", sides[1].rev


# --- reading the plan at a revision --------------------------------------------------------


def _ls_tree(top: Path, sha: str, paths: list[str]) -> dict[str, tuple[str, str, str]]:
    """path → (mode, type, object) for those of ``paths`` that exist at ``sha``."""
    proc = _git(top, "ls-tree", "-z", "--end-of-options", sha, "--", *paths)
    if proc.returncode != 0:
        raise UsageError(t("git.cannot_list", rev=sha[:12], reason=_first_line(proc.stderr)))
    found: dict[str, tuple[str, str, str]] = {}
    for entry in proc.stdout.split(b"\0"):
        if not entry:
            continue
        meta, _, name = entry.partition(b"\t")
        mode, kind, obj = meta.decode("ascii", errors="replace").split(" ", 2)
        found[name.decode("utf-8", errors="surrogateescape")] = (mode, kind, obj)
    return found


def _cat_blobs(top: Path, objects: list[str]) -> dict[str, bytes]:
    """The contents of blobs by ID, in one ``git cat-file --batch`` run."""
    if not objects:
        return {}
    proc = _git(top, "cat-file", "--batch", stdin="".join(f"{o}\n" for o in objects).encode())
    if proc.returncode != 0:
        raise UsageError(t("git.cannot_read", reason=_first_line(proc.stderr)))
    out = proc.stdout
    contents: dict[str, bytes] = {}
    pos = 0
    for obj in objects:
        end = out.index(b"\n", pos)
        header = out[pos:end].decode("ascii", errors="replace").split()
        pos = end + 1
        if len(header) != 3 or header[1] != "blob":
            raise UsageError(t("git.cannot_read_object", obj=obj[:12]))
        size = int(header[2])
        contents[obj] = out[pos : pos + size]
        pos += size + 1
    return contents


def read_plan_at(
    plan_dir: Path, rev: str | None, *, label: str | None = None
) -> dict[str, YamlDocument]:
    """The three plan files as they are in the working tree (rev None) or at ``rev``.

    Files read from a revision are named ``data/measures.yaml@LABEL`` (the path inside the
    repository, then ``@`` and ``label`` or the revision), so every problem found in them
    says which side of a comparison it belongs to.
    """
    if rev is None:
        return read_documents(plan_dir)
    shown = label or rev
    sha = resolve_revision(plan_dir, rev)
    top, prefix = repository_of(plan_dir)
    paths = {name: str(PurePosixPath(prefix) / f"{name}.yaml") for name in PLAN_FILES}
    tree = _ls_tree(top, sha, list(paths.values()))
    required = [name for name in paths if name not in OPTIONAL_FILES]
    if not any(paths[name] in tree for name in required):
        folder = str(PurePosixPath(prefix)) if prefix else "."
        files = ", ".join(f"{n}.yaml" for n in required)
        raise PlanUnreadable(
            t("git.no_plan", folder=folder, rev=shown),
            [
                Problem(
                    f"{folder}@{shown}",
                    t("git.no_plan_files", files=files, rev=shown),
                    code="unreadable",
                )
            ],
        )
    problems: list[Problem] = []
    blobs: dict[str, str] = {}
    for name, path in paths.items():
        display = f"{path}@{shown}"
        entry = tree.get(path)
        if entry is None and name in OPTIONAL_FILES:
            continue
        if entry is None:
            message = t("git.file_missing", rev=shown)
        elif entry[1] == "tree":
            message = t("git.file_folder", rev=shown)
        elif entry[1] != "blob" or entry[0] == "120000":
            message = t("git.file_special", rev=shown)
        else:
            blobs[name] = entry[2]
            continue
        problems.append(Problem(display, message, code="unreadable"))
    if problems:
        raise PlanUnreadable(t("git.unreadable", rev=shown), problems)
    contents = _cat_blobs(top, list(blobs.values()))
    documents: dict[str, YamlDocument] = {}
    for name, obj in blobs.items():
        display = f"{paths[name]}@{shown}"
        raw = contents[obj]
        if len(raw) > MAX_FILE_BYTES:
            problems.append(
                Problem(
                    display,
                    t("git.file_large", megabytes=MAX_FILE_BYTES // 1024 // 1024),
                    code="unreadable",
                )
            )
            continue
        try:
            documents[name] = parse_yaml_bytes(raw, plan_dir / f"{name}.yaml", display)
        except PlanUnreadable as exc:
            problems.extend(exc.problems)
    if problems:
        raise PlanUnreadable(t("git.unreadable", rev=shown), problems)
    return documents


def plan_at(plan_dir: Path, side: Side) -> Plan:
    """One side of a comparison, read and validated."""
    documents = read_plan_at(plan_dir, side.rev, label=side.label)
    return build_plan(documents, plan_dir if side.rev is None else None)


def run_diff(plan_dir: Path, revs: list[str], as_of: date) -> PlanDiff:
    """``ksplan diff [REV [REV]]``: what the change between two sides means for the plan.

    An unreadable or invalid plan on either side raises PlanUnreadable or PlanInvalid; the
    problems of both sides are reported together, each named by its side.
    """
    old_side, new_side = revision_sides(revs, plan_dir)
    plans: list[Plan] = []
    failures: list[KsplanError] = []
    for side in (old_side, new_side):
        try:
            plans.append(plan_at(plan_dir, side))
        except (PlanUnreadable, PlanInvalid) as exc:
            failures.append(exc)
    if failures:
        if len(failures) == 1:
            raise failures[0]
        problems = [p for f in failures for p in f.problems]
        if any(isinstance(f, PlanUnreadable) for f in failures):
            raise PlanUnreadable(t("git.unreadable_both"), problems)
        raise PlanInvalid(t("git.invalid_both"), problems)
    return diff_plans(plans[0], plans[1], as_of, old_label=old_side.label, new_label=new_side.label)
