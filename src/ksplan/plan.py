"""Loading a plan: three YAML files → validated, immutable plan objects, or every problem found.

``load_plan`` reads all three files (collecting every unreadable one), validates each against
its model (collecting every field error, located by line and column), then runs the
cross-file checks of :mod:`ksplan.consistency`. It raises :class:`PlanUnreadable` (exit 2)
or :class:`PlanInvalid` (exit 1) with the full list, or returns a :class:`Plan`.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ksplan.dates import add_months, describe
from ksplan.errors import PlanInvalid, PlanUnreadable, Problem
from ksplan.models import (
    FILE_MODELS,
    AssemblyFile,
    Body,
    DistrictsFile,
    Measure,
    MeasuresFile,
    Model,
    Term,
)
from ksplan.yaml_reader import YamlDocument, read_yaml_file

PLAN_FILES = ("measures", "assembly", "districts")


@dataclass(frozen=True)
class Plan:
    """The whole plan, validated. The core computes on this and nothing else."""

    measures_file: MeasuresFile
    assembly: AssemblyFile
    districts_file: DistrictsFile
    directory: Path | None = None
    documents: dict[str, YamlDocument] = field(default_factory=dict, compare=False, repr=False)
    warnings: tuple[Problem, ...] = ()

    @property
    def measures(self) -> list[Measure]:
        return self.measures_file.measures

    @property
    def decision_date(self) -> date:
        return self.measures_file.plan.decision.date

    @cached_property
    def bodies(self) -> dict[str, Body]:
        return {b.id: b for b in self.measures_file.bodies}

    @cached_property
    def field_names(self) -> dict[str, str]:
        return {f.id: f.name for f in self.measures_file.fields}

    def due(self, measure: Measure) -> date:
        """A measure's own ``due`` date, else the decision date plus its horizon's months."""
        if measure.due is not None:
            return measure.due
        months = self.measures_file.horizon_policy.months(measure.horizon)
        return add_months(self.decision_date, months)

    def owner_names(self, measure: Measure) -> list[str]:
        return [self.bodies[o].name for o in measure.owners]

    def term(self, term_id: str | None = None) -> Term:
        wanted = term_id or self.assembly.council_seats.current_term
        for term in self.assembly.terms:
            if term.id == wanted:
                return term
        raise KeyError(wanted)


def _field_names(models: list[type[Model]]) -> set[str]:
    names: set[str] = set()
    todo = list(models)
    seen: set[type[Model]] = set()
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, info in model.model_fields.items():
            names.add(info.alias or name)
            for arg in _model_args(info.annotation):
                todo.append(arg)
    return names


def _model_args(annotation: Any) -> list[type[Model]]:
    found: list[type[Model]] = []
    stack = [annotation]
    while stack:
        item = stack.pop()
        if isinstance(item, type) and issubclass(item, Model):
            found.append(item)
        stack.extend(getattr(item, "__args__", ()) or ())
        meta = getattr(item, "__origin__", None)
        if meta is not None and isinstance(meta, type) and issubclass(meta, Model):
            found.append(meta)
    return found


def _expected_text(ctx: dict[str, Any]) -> str:
    return str(ctx.get("expected", "")).replace("'", "")


def explain(error: Any, known_keys: set[str]) -> tuple[str, bool, str]:
    """(message, point_at_key, code) for one pydantic error, worded for a clerk."""
    kind: str = error["type"]
    value = error.get("input")
    ctx: dict[str, Any] = error.get("ctx") or {}
    loc = error["loc"]
    last = loc[-1] if loc else ""
    if kind == "missing":
        return f"the required field '{last}' is missing", False, "missing"
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(str(last), sorted(known_keys), n=1, cutoff=0.6)
        hint = f" — did you mean '{close[0]}'?" if close else ""
        return f"unknown field '{last}'{hint}", True, "unknown-field"
    if kind == "string_type":
        hint = ""
        if isinstance(value, (int, bool)) or value is None:
            hint = " (put it in quotes if it is meant as text)"
        return f"expected text, found {describe(value)}{hint}", False, "type"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"expected a whole number, found {describe(value)}", False, "type"
    if kind in ("bool_type", "bool_parsing"):
        return f"expected true or false, found {describe(value)}", False, "type"
    if kind == "literal_error":
        shown = describe(value)
        return f"{shown} is not allowed here; use one of: {_expected_text(ctx)}", False, "value"
    if kind == "list_type":
        return (
            f"expected a list (lines starting with '- '), found {describe(value)}",
            False,
            "type",
        )
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"expected a mapping (key: value lines), found {describe(value)}", False, "type"
    if kind == "string_too_short":
        return "must not be empty", False, "value"
    if kind == "string_too_long":
        limit = ctx.get("max_length")
        return (
            f"is too long ({len(value) if isinstance(value, str) else '?'} characters; "
            f"at most {limit} are allowed)",
            False,
            "value",
        )
    if kind == "greater_than_equal":
        return f"must be at least {ctx.get('ge')}, found {describe(value)}", False, "value"
    if kind == "less_than_equal":
        return f"must be at most {ctx.get('le')}, found {describe(value)}", False, "value"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length')} entries", False, "value"
    if kind in ("value_error", "assertion_error"):
        message = str(error.get("msg", ""))
        for prefix in ("Value error, ", "Assertion failed, "):
            message = message.removeprefix(prefix)
        return message, False, "value"
    return str(error.get("msg", kind)), False, "invalid"


_KNOWN_KEYS = _field_names(list(FILE_MODELS.values()))


def validate_document(doc: YamlDocument, model: type[Model]) -> tuple[Model | None, list[Problem]]:
    """Validate one file's data; return the model or the located problems."""
    try:
        return model.model_validate(doc.data), []
    except ValidationError as exc:
        problems: list[Problem] = []
        for error in exc.errors(include_url=False):
            loc = tuple(p for p in error["loc"] if isinstance(p, (str, int)))
            message, at_key, code = explain(error, _KNOWN_KEYS)
            problems.append(doc.problem(loc, message, key=at_key, code=code))
        return None, problems


def display_path(path: Path) -> str:
    """The path as the user will recognise it: relative below the current folder."""
    if not path.is_absolute():
        return str(path)
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def read_documents(directory: Path) -> dict[str, YamlDocument]:
    """Read the three files of a plan folder; PlanUnreadable lists every file that failed."""
    if not directory.exists():
        raise PlanUnreadable(
            f"the plan folder {display_path(directory)} does not exist",
            [Problem(display_path(directory), "the plan folder does not exist", code="unreadable")],
        )
    if not directory.is_dir():
        raise PlanUnreadable(
            f"{display_path(directory)} is not a folder",
            [
                Problem(
                    display_path(directory),
                    "a plan folder is expected here, not a file",
                    code="unreadable",
                )
            ],
        )
    documents: dict[str, YamlDocument] = {}
    problems: list[Problem] = []
    for name in PLAN_FILES:
        path = directory / f"{name}.yaml"
        try:
            documents[name] = read_yaml_file(path, display_path(path))
        except PlanUnreadable as exc:
            problems.extend(exc.problems)
    if problems:
        raise PlanUnreadable("the plan cannot be read", problems)
    return documents


def build_plan(documents: dict[str, YamlDocument], directory: Path | None = None) -> Plan:
    """Validate the parsed files and check them against each other."""
    from ksplan.consistency import check_consistency

    problems: list[Problem] = []
    models: dict[str, Model] = {}
    for name in PLAN_FILES:
        model, found = validate_document(documents[name], FILE_MODELS[name])
        problems.extend(found)
        if model is not None:
            models[name] = model
    if problems:
        raise PlanInvalid("the plan is invalid", problems)
    measures = models["measures"]
    assembly = models["assembly"]
    districts = models["districts"]
    assert isinstance(measures, MeasuresFile)
    assert isinstance(assembly, AssemblyFile)
    assert isinstance(districts, DistrictsFile)
    plan = Plan(measures, assembly, districts, directory, documents)
    found = check_consistency(plan)
    errors = [p for p in found if p.severity == "error"]
    if errors:
        raise PlanInvalid("the plan is invalid", found)
    return Plan(measures, assembly, districts, directory, documents, tuple(found))


def load_plan(directory: Path) -> Plan:
    return build_plan(read_documents(directory), directory)
