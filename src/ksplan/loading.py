"""Loading a plan: four YAML files → validated, immutable plan objects, or every problem found.

``load_plan`` reads the files (collecting every unreadable one and going on with the others),
validates each one read against its model (:mod:`ksplan.documents`, collecting every field
error, located by line and column), then runs the cross-file checks of
:mod:`ksplan.consistency` on every part that could be read and validated
(:mod:`ksplan.salvage`). It raises :class:`PlanUnreadable` (exit 2) or :class:`PlanInvalid`
(exit 1) with the full list, or returns a :class:`~ksplan.plan.Plan`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ksplan.errors import PlanInvalid, PlanUnreadable, Problem
from ksplan.gcpause import gc_paused
from ksplan.i18n import t
from ksplan.models import (
    FILE_MODELS,
    AssemblyFile,
    DistrictsFile,
    MeasuresFile,
    Model,
    OrdersFile,
)
from ksplan.paths import display_path as display_path  # where edits and report find it

if TYPE_CHECKING:  # the reader (and ruamel.yaml) is loaded only when files are read
    from ksplan.yaml_reader import YamlDocument
from ksplan.documents import MAX_PROBLEMS_PER_FILE, _problems, too_many, validate_errors
from ksplan.plan import OPTIONAL_FILES, PLAN_FILES, Plan


@gc_paused
def read_documents(
    directory: Path, read: Callable[[Path, str], YamlDocument] | None = None
) -> dict[str, YamlDocument]:
    """Read the three files of a plan folder; PlanUnreadable lists every file that failed.

    ``read(path, shown)`` reads one file (default: :func:`ksplan.yaml_reader.read_yaml_file`).
    """
    documents, unreadable = read_readable(directory, read)
    if unreadable:
        raise PlanUnreadable(t("v.cannot_read"), [p for f in unreadable.values() for p in f])
    return documents


@gc_paused
def read_readable(
    directory: Path, read: Callable[[Path, str], YamlDocument] | None = None
) -> tuple[dict[str, YamlDocument], dict[str, list[Problem]]]:
    """The files of a plan folder that can be read, and the problems of those that cannot
    (by file). A folder that is missing or not a folder raises PlanUnreadable."""
    if not directory.exists():
        raise PlanUnreadable(
            t("v.folder.missing", folder=display_path(directory)),
            [Problem(display_path(directory), t("v.folder.missing_here"), code="unreadable")],
        )
    if not directory.is_dir():
        raise PlanUnreadable(
            t("v.folder.not_folder", folder=display_path(directory)),
            [
                Problem(
                    display_path(directory),
                    t("v.folder.file"),
                    code="unreadable",
                )
            ],
        )
    required = [name for name in PLAN_FILES if name not in OPTIONAL_FILES]
    if not any((directory / f"{name}.yaml").is_symlink() or (directory / f"{name}.yaml").exists()
               for name in required):  # fmt: skip
        raise PlanUnreadable(
            t("v.folder.no_plan", folder=display_path(directory)),
            [
                Problem(
                    display_path(directory),
                    t("v.folder.no_files", files=", ".join(f"{n}.yaml" for n in required)),
                    code="unreadable",
                )
            ],
        )
    if read is None:
        from ksplan.yaml_reader import read_yaml_file

        read = read_yaml_file

    documents: dict[str, YamlDocument] = {}
    unreadable: dict[str, list[Problem]] = {}
    for name in PLAN_FILES:
        path = directory / f"{name}.yaml"
        if name in OPTIONAL_FILES and not path.exists() and not path.is_symlink():
            continue
        try:
            documents[name] = read(path, display_path(path))
        except PlanUnreadable as exc:
            unreadable[name] = exc.problems
    return documents, unreadable


@gc_paused
def build_plan(
    documents: dict[str, YamlDocument],
    directory: Path | None = None,
    *,
    today: date | None = None,
    unreadable: dict[str, list[Problem]] | None = None,
) -> Plan:
    """Validate the parsed files and check them against each other.

    ``unreadable`` holds the problems of the files that could not be read (by file); the
    others are still validated, and the cross-file checks run on every part that could be
    read (see :mod:`ksplan.salvage`). ``today`` (never read from the clock here) enables the
    warnings about events dated after it."""
    from ksplan.consistency import check_consistency

    unreadable = unreadable or {}
    problems: list[Problem] = [p for found in unreadable.values() for p in found]
    models: dict[str, Model] = {}
    failed: dict[str, tuple[list[dict[str, Any]], bool]] = {}
    for name in PLAN_FILES:
        if name not in documents:
            continue
        doc = documents[name]
        problems.extend(doc.problems[:MAX_PROBLEMS_PER_FILE])
        if len(doc.problems) > MAX_PROBLEMS_PER_FILE:
            problems.append(too_many(doc.display, None))
        model, errors, more = validate_errors(doc, FILE_MODELS[name])
        problems.extend(_problems(doc, errors))
        if more is not None:
            problems.append(more)
        if model is not None:
            models[name] = model
        else:
            failed[name] = (errors, more is not None)
    checked = documents
    keep: Callable[[Problem], bool] = lambda p: True  # noqa: E731
    if failed or unreadable:
        from ksplan.salvage import salvage_plan

        models, checked, keep = salvage_plan(documents, models, failed)
    # A file that takes no part has an empty stand-in: no check that needs it runs.
    stand_in = {name: FILE_MODELS[name].model_construct() for name in PLAN_FILES}
    measures = models.get("measures") or stand_in["measures"]
    assembly = models.get("assembly") or stand_in["assembly"]
    districts = models.get("districts") or stand_in["districts"]
    orders = models.get("orders", OrdersFile())
    assert isinstance(measures, MeasuresFile)
    assert isinstance(assembly, AssemblyFile)
    assert isinstance(districts, DistrictsFile)
    assert isinstance(orders, OrdersFile)
    plan = Plan(measures, assembly, districts, orders, directory, checked)
    partial = bool(failed or unreadable)
    found = [p for p in check_consistency(plan, today, partial=partial) if keep(p)]
    if "orders" not in documents and "orders" not in unreadable and directory is not None:
        found.append(
            Problem(
                display_path(directory / "orders.yaml"),
                t("v.no_orders"),
                code="no-orders",
                severity="warning",
            )
        )
    problems.extend(found)
    if unreadable:
        raise PlanUnreadable(t("v.cannot_read"), problems)
    if any(p.severity == "error" for p in problems):
        raise PlanInvalid(t("v.invalid"), problems)
    return Plan(measures, assembly, districts, orders, directory, documents, tuple(found))


def load_plan(directory: Path, *, today: date | None = None) -> Plan:
    documents, unreadable = read_readable(directory)
    return build_plan(documents, directory, today=today, unreadable=unreadable)
