"""The plan in the formats of the tools around the office: a workbook (:mod:`.xlsx`), a
calendar (:mod:`.ics`) and an open-data package (:mod:`.datapackage`).

Each export takes the figures from the core (deadlines, coverage, seats, orders); none
computes them again. Every text that a spreadsheet could take for a formula is neutralised
(:mod:`ksplan.spreadsheet`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

FORMATS = ("xlsx", "ics", "datapackage")


def _check_out(out: Path, protect: Sequence[Path]) -> None:
    from ksplan.errors import UsageError
    from ksplan.i18n import t

    if out.exists() and not out.is_file():
        raise UsageError(t("export.out_is_folder", path=out))
    if any(out.exists() and p.exists() and out.samefile(p) for p in protect):
        raise UsageError(t("export.out_plan_file", path=out))


def write_files(
    files: dict[str, bytes], out: Path, *, folder: bool, protect: Sequence[Path] = ()
) -> list[Path]:
    """Write one file (``folder=False``: ``files`` holds one) or a folder of files, each
    atomically; a folder is created if missing. What was written."""
    from ksplan.errors import UsageError
    from ksplan.files import atomic_write
    from ksplan.i18n import os_reason, t

    targets = [out / name for name in files] if folder else [out]
    if folder:
        if out.exists() and not out.is_dir():
            raise UsageError(t("export.out_not_folder", path=out))
        out.mkdir(parents=True, exist_ok=True)
    for target in targets:
        _check_out(target, protect)
    try:
        for target, data in zip(targets, files.values(), strict=True):
            atomic_write(target, data)
    except OSError as exc:
        raise UsageError(t("export.unwritable", path=out, reason=os_reason(exc))) from None
    return targets
