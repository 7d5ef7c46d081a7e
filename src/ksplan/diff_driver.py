"""ksplan as git's diff driver for plan files: ``git diff`` and ``git log -p`` in the plan's
language.

Git calls the driver once per changed file, with the old and the new version of that file.
The other two plan files are taken from the working tree, so each file's changes and their
consequences (seats from assembly.yaml, coverage from districts.yaml, overdue measures from
measures.yaml) are shown; anything that cannot be compared falls back to a plain note and
git's own line diff stays available with ``git diff --no-ext-diff``.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from ksplan.diff import PlanDiff, diff_plans
from ksplan.errors import KsplanError
from ksplan.i18n import t
from ksplan.loading import build_plan, read_documents
from ksplan.plan import PLAN_FILES
from ksplan.views.diff import render_text
from ksplan.yaml_reader import parse_yaml_bytes, read_file_bytes

ATTRIBUTES_LINE = "*.yaml diff=ksplan"


def _version(path: str) -> bytes | None:
    """The bytes git passes for one side; only a regular file of at most the plan limit."""
    if path == "/dev/null":
        return None
    return read_file_bytes(Path(path), path)


def driver_text(path: str, old_file: str, new_file: str, as_of: dt.date) -> str:
    """The semantic diff of one plan file, as git shows it (in the language in force, which
    ``KSPLAN_LANG`` sets)."""
    target = Path(path)
    name = target.stem
    header = f"ksplan diff {path}\n"
    if name not in PLAN_FILES:
        return header + t("diff.driver.not_plan_file") + "\n"
    plan_dir = target.parent
    try:
        documents = read_documents(plan_dir)
        sides = []
        for label, version in (("old", old_file), ("new", new_file)):
            raw = _version(version)
            if raw is None:
                gone = "diff.driver.added" if label == "old" else "diff.driver.deleted"
                return header + t(gone, path=path) + "\n"
            docs = dict(documents)
            docs[name] = parse_yaml_bytes(raw, target, f"{path} ({label})")
            sides.append(build_plan(docs, plan_dir))
        result: PlanDiff = diff_plans(
            sides[0],
            sides[1],
            as_of,
            old_label=t("diff.driver.old"),
            new_label=t("diff.driver.new"),
        )
        return header + render_text(result)
    except KsplanError as exc:
        from ksplan.output import problem_line

        lines = [problem_line(p) for p in exc.problems] or [exc.message]
        reason = t("diff.driver.cannot_compare", reason=exc.message)
        return header + reason + "\n" + "\n".join(lines) + "\n"


def textconv_text(path: Path) -> str:
    """One line per value, named by its field path (``measures[M09].history[2].status: done``).

    Git shows the line diff of this listing in ``git log -p`` and ``git show``, which do not
    run external diff drivers; a file that cannot be read is passed through unchanged.
    """
    from typing import Any

    raw = read_file_bytes(path, str(path))  # a missing file, a folder, a pipe: exit 2
    try:
        doc = parse_yaml_bytes(raw, path, str(path))
    except KsplanError:
        return raw.decode("utf-8", errors="replace")
    if doc.problems:  # a duplicate key: the listing would hide the value that is ignored
        return raw.decode("utf-8", errors="replace")
    lines: list[str] = []

    def walk(value: Any, loc: tuple[str | int, ...]) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, (*loc, key))
        elif isinstance(value, list) and value and any(isinstance(v, (dict, list)) for v in value):
            for index, item in enumerate(value):
                walk(item, (*loc, index))
        else:
            shown = ", ".join(map(str, value)) if isinstance(value, list) else value
            lines.append(f"{doc.field_name(loc)}: {shown}")

    walk(doc.data, ())
    return "\n".join(lines) + "\n"


def portable_command() -> str:
    """How git should call ksplan, found anew each time git runs it (not the path of today's
    environment, which may move): ``ksplan`` when it is on PATH, else this interpreter's name
    (``python3 -m ksplan``), which needs the environment with ksplan active when git runs."""
    import shutil

    if shutil.which("ksplan"):
        return "ksplan"
    return f"{Path(sys.executable).name} -m ksplan"


def git_setup(directory: Path, command: str) -> list[str]:
    """Configure the repository at ``directory``: a diff driver, and .gitattributes for it."""
    from ksplan.errors import UsageError

    try:
        return _git_setup(directory, command)
    except (subprocess.CalledProcessError, OSError) as exc:
        from ksplan.gitio import git_says

        stderr = exc.stderr if isinstance(exc, subprocess.CalledProcessError) else None
        reason = git_says(stderr)
        raise UsageError(t("cli.not_in_git", folder=directory, hint=reason)) from None


def _git_setup(directory: Path, command: str) -> list[str]:
    done = []
    settings = {
        "diff.ksplan.command": f"{command} git-diff-driver",
        "diff.ksplan.textconv": f"{command} git-textconv",
    }
    for key, value in settings.items():
        subprocess.run(
            ["git", "-C", str(directory), "config", "--local", key, value],
            check=True,
            capture_output=True,
        )
        done.append(t("cli.git_config", key=key, value=value))
    top = subprocess.run(
        ["git", "-C", str(directory), "rev-parse", "--show-toplevel"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    plan_rel = Path(directory).resolve().relative_to(Path(top).resolve())
    pattern = (
        f"{plan_rel.as_posix()}/*.yaml diff=ksplan" if str(plan_rel) != "." else ATTRIBUTES_LINE
    )
    attributes = Path(top) / ".gitattributes"
    existing = attributes.read_text(encoding="utf-8") if attributes.exists() else ""
    if pattern not in existing.splitlines():
        with attributes.open("a", encoding="utf-8") as handle:
            if existing and not existing.endswith("\n"):
                handle.write("\n")
            handle.write(pattern + "\n")
        done.append(t("cli.attributes_added", pattern=pattern, path=attributes))
    return done
