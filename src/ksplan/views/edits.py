"""What an edit command says: what was written where, then what looks odd in it."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from ksplan.edits import EditResult
from ksplan.i18n import t
from ksplan.output import problem_line


def write_edit(out: TextIO, err: TextIO, result: EditResult, folder: Path) -> None:
    said = "edit.written" if result.written else "edit.unchanged"
    out.write(t(said, done=result.description, folder=folder) + "\n")
    for warning in result.warnings:  # the edit is written; these say what looks odd in it
        err.write(problem_line(warning) + "\n")
