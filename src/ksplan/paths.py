"""Where the plan and the templates are found.

The order for the plan: ``--plan DIR``, then ``$KSPLAN_PLAN``, then ``./data`` when it exists,
then the Dortmund plan shipped inside the package — so ``ksplan …`` works from any folder.
The top-level ``data/``, ``templates/`` and ``schemas/`` folders are the one source; the wheel
carries them as package data under ``ksplan/_shipped/``.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_SOURCE_TREE = _PACKAGE.parent.parent  # src/ksplan -> repository root (editable installs)


def shipped(folder: str) -> Path:
    """The shipped ``data``, ``templates`` or ``schemas`` folder."""
    inside = _PACKAGE / "_shipped" / folder
    if inside.is_dir():
        return inside
    return _SOURCE_TREE / folder


def writable_plan_dir(option: Path | None) -> Path:
    """The plan folder for commands that change files: never the copy inside the package."""
    from ksplan.errors import UsageError
    from ksplan.i18n import t

    directory = resolve_plan_dir(option)
    if directory == shipped("data"):
        raise UsageError(t("cli.no_plan_folder"))
    if not directory.exists():
        raise UsageError(t("v.folder.missing", folder=directory))
    if not directory.is_dir():
        raise UsageError(t("v.folder.not_folder", folder=directory))
    return directory


def resolve_plan_dir(option: Path | None) -> Path:
    if option is not None:
        return option
    env = os.environ.get("KSPLAN_PLAN")
    if env:
        return Path(env)
    local = Path("data")
    if local.is_dir():
        return local
    return shipped("data")


def display_path(path: Path) -> str:
    """The path as the user will recognise it: relative below the current folder."""
    if not path.is_absolute():
        return str(path)
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)
