"""The plan as open data: CSV files and a ``datapackage.json`` (Frictionless Data Package).

Each CSV file is a resource with a table schema (field types, a primary key, foreign keys
between measures, Handlungsfelder, bodies and Stadtbezirke), so that a portal or a reader
checks the files against it. Dates known only to the month or the year (``2024-05``, ``2017``)
stay as written, as text; day-exact dates are dates. A text that a spreadsheet program could
take for a formula begins with an apostrophe (:func:`ksplan.spreadsheet.csv_text`).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ksplan.coverage import DistrictCoverage, coverage
from ksplan.deadlines import status_on
from ksplan.models import HORIZONS, STATUSES, Lab
from ksplan.plan import Plan
from ksplan.spreadsheet import csv_text

PARTIAL_DATE = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    description: str
    required: bool = False
    enum: Sequence[str] = ()
    pattern: str | None = None

    def schema(self) -> dict[str, Any]:
        field: dict[str, Any] = {
            "name": self.name,
            "type": self.type,
            "description": self.description,
        }
        if self.type == "date":
            field["format"] = "default"
        constraints: dict[str, Any] = {}
        if self.required:
            constraints["required"] = True
        if self.enum:
            constraints["enum"] = list(self.enum)
        if self.pattern:
            constraints["pattern"] = self.pattern
        if constraints:
            field["constraints"] = constraints
        return field


@dataclass(frozen=True)
class Resource:
    name: str
    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[Any]]
    primary_key: Sequence[str] = ()
    foreign_keys: Sequence[tuple[str, str, str]] = ()
    """(field, resource, field)"""

    def csv(self) -> bytes:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([c.name for c in self.columns])
        for row in self.rows:
            writer.writerow([_cell(v) for v in row])
        return out.getvalue().encode("utf-8")

    def descriptor(self) -> dict[str, Any]:
        schema: dict[str, Any] = {
            "fields": [c.schema() for c in self.columns],
            "missingValues": [""],
        }
        if self.primary_key:
            schema["primaryKey"] = list(self.primary_key)
        if self.foreign_keys:
            schema["foreignKeys"] = [
                {"fields": [f], "reference": {"resource": r, "fields": [rf]}}
                for f, r, rf in self.foreign_keys
            ]
        return {
            "name": self.name,
            "title": self.title,
            "path": f"{self.name}.csv",
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": schema,
        }


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return csv_text(value)
    return str(value)


def _exact(district: DistrictCoverage) -> bool:
    """Whether the day the district counts as covered from is a lab's own, known day."""
    return any(
        lab.day_known is not None and lab.day_known == district.covered_from
        for lab in district.labs
    )


def resources(plan: Plan, as_of: dt.date) -> list[Resource]:
    def text(name: str, description: str, required: bool = False) -> Column:
        return Column(name, "string", description, required)

    measures = []
    for m in plan.measures:
        entry = status_on(m, as_of)
        measures.append(
            [
                m.id,
                m.title,
                m.field,
                m.horizon,
                plan.due(m),
                plan.due_basis(m),
                entry.status if entry else "unknown",
                str(entry.date) if entry else None,
                m.note,
            ]
        )
    history = [
        [m.id, str(e.date), e.status, e.note, e.source, e.certainty]
        for m in plan.measures
        for e in m.history
    ]
    cov = coverage(plan, as_of)
    states = {d.id: d for d in cov.districts}

    def lab_row(district: str | None, lab: Lab) -> list[Any]:
        return [
            district,
            lab.quarter,
            lab.status,
            str(lab.date) if lab.date else None,
            lab.held_by,
            lab.held_after,
            lab.note,
            lab.source,
        ]

    labs = [lab_row(d.id, lab) for d in plan.districts_file.districts for lab in d.labs]
    labs += [lab_row(None, lab) for lab in plan.districts_file.labs_district_unknown]
    lab_columns = [
        Column("district_id", "string", "Stadtbezirk (leer: nicht erfasst)"),
        text("quarter", "Quartier"),
        Column("status", "string", "held, planned, unknown", True, ("held", "planned", "unknown")),
        Column("date", "string", "Datum, so genau wie bekannt", pattern=PARTIAL_DATE),
        Column("held_by", "date", "spätestens durchgeführt am"),
        Column("held_after", "date", "durchgeführt nach"),
        text("note", "Vermerk"),
        text("source", "Quelle", True),
    ]
    return [*_base(plan, as_of, text, measures, history, states, lab_columns, labs),
            *_work(plan, as_of, text)]  # fmt: skip


def _work(plan: Plan, as_of: dt.date, text: Any) -> list[Resource]:
    """The Vollversammlung's recommendations and the inputs from the Quartierslabore with
    where each stands (only where the plan records them; no personal data: seat holders are
    left out)."""
    from ksplan.models import STEPS
    from ksplan.work import INPUT_STATES, input_view, recommendation_date, recommendation_state

    a = plan.assembly
    found: list[Resource] = []
    if a.recommendations:
        rows = []
        for r in a.recommendations:
            step = recommendation_state(r, as_of)
            done = [c for c in r.course if c.date <= as_of]
            rows.append(
                [r.id, r.kind, recommendation_date(plan, r), r.text, r.addressee, r.committee,
                 r.field, step, done[-1].date if done else None, " ".join(r.measures), r.source]
            )  # fmt: skip
        found.append(
            Resource(
                "recommendations",
                "Empfehlungen und Vorschläge der Vollversammlung",
                [
                    text("id", "E… Empfehlung, V… Vorschlag für eine Vorlage", True),
                    Column(
                        "kind",
                        "string",
                        "recommendation, proposal",
                        True,
                        ("recommendation", "proposal"),
                    ),
                    Column("date", "date", "Sitzung, in der sie beschlossen wurde"),
                    text("text", "Inhalt", True),
                    text("addressee", "rat, fachausschuss, lenkungskreis, verwaltung", True),
                    text("committee", "Fachausschuss"),
                    text("field_id", "Handlungsfeld 2.0"),
                    Column("state", "string", f"Stand am {as_of.isoformat()}", False, STEPS),
                    Column("state_date", "date", "Datum des Stands"),
                    text("measures", "Maßnahmen, durch Leerzeichen getrennt"),
                    text("source", "Quelle", True),
                ],
                rows,
                ["id"],
            )
        )
    if a.inputs:
        rows = []
        for x in a.inputs:
            if x.date > as_of:
                continue
            v = input_view(plan, x, as_of)
            rows.append(
                [x.id, x.channel, x.lab, x.date, x.text, v.state,
                 v.last.date if v.last else None, v.last.target if v.last else None,
                 v.last.reason if v.last else None, x.source]
            )  # fmt: skip
        found.append(
            Resource(
                "inputs",
                "Eingaben aus den Quartierslaboren und der digitalen Beteiligung",
                [
                    text("id", "ID", True),
                    Column("channel", "string", "lab, digital", True, ("lab", "digital")),
                    text("lab_id", "Quartierslabor"),
                    Column("date", "date", "Eingang", True),
                    text("text", "Inhalt", True),
                    Column("state", "string", f"Stand am {as_of.isoformat()}", True, INPUT_STATES),
                    Column("state_date", "date", "Datum des Stands"),
                    text("target", "wozu die Eingabe wurde"),
                    text("reason", "Grund einer Ablehnung"),
                    text("source", "Quelle", True),
                ],
                rows,
                ["id"],
            )
        )
    return found


def _base(
    plan: Plan,
    as_of: dt.date,
    text: Any,
    measures: list[list[Any]],
    history: list[list[Any]],
    states: dict[str, Any],
    lab_columns: list[Column],
    labs: list[list[Any]],
) -> list[Resource]:
    return [
        Resource(
            "fields",
            "Handlungsfelder",
            [text("id", "ID", True), text("name", "Name", True)],
            [[f.id, f.name] for f in plan.measures_file.fields],
            ["id"],
        ),
        Resource(
            "bodies",
            "Zuständige Stellen",
            [text("id", "ID", True), text("name", "Name", True), text("note", "Vermerk")],
            [[b.id, b.name, b.note] for b in plan.measures_file.bodies],
            ["id"],
        ),
        Resource(
            "measures",
            "Maßnahmen",
            [
                text("id", "Maßnahme, M01 …", True),
                text("title", "Titel", True),
                text("field_id", "Handlungsfeld", True),
                Column("horizon", "string", "Umsetzungshorizont", True, HORIZONS),
                Column("due", "date", "fällig am", True),
                Column(
                    "due_basis",
                    "string",
                    "plan: Frist des Plans; assumed: aus der Arbeitsannahme je "
                    "Umsetzungshorizont abgeleitet, nicht vom Rat beschlossen",
                    True,
                    ("plan", "assumed"),
                ),
                Column(
                    "status",
                    "string",
                    f"zuletzt erfasster Stand bis {as_of.isoformat()} (sein Datum: status_date; "
                    "unknown: keiner erfasst)",
                    True,
                    STATUSES,
                ),
                Column(
                    "status_date",
                    "string",
                    "Datum des Stands, so genau wie bekannt",
                    pattern=PARTIAL_DATE,
                ),
                text("note", "Vermerk"),
            ],
            measures,
            ["id"],
            [("field_id", "fields", "id")],
        ),
        Resource(
            "measure_owners",
            "Zuständigkeiten",
            [text("measure_id", "Maßnahme", True), text("body_id", "Stelle", True)],
            [[m.id, o] for m in plan.measures for o in m.owners],
            ["measure_id", "body_id"],
            [("measure_id", "measures", "id"), ("body_id", "bodies", "id")],
        ),
        Resource(
            "status_history",
            "Verlauf der Stände",
            [
                text("measure_id", "Maßnahme", True),
                Column("date", "string", "Datum, so genau wie bekannt", True, pattern=PARTIAL_DATE),
                Column("status", "string", "Stand", True, STATUSES),
                text("note", "Vermerk"),
                text("source", "Quelle", True),
                Column(
                    "certainty", "string", "confirmed oder likely", True, ("confirmed", "likely")
                ),
            ],
            history,
            (),
            [("measure_id", "measures", "id")],
        ),
        Resource(
            "districts",
            "Stadtbezirke",
            [
                text("id", "ID", True),
                text("name", "Name", True),
                Column(
                    "coverage",
                    "string",
                    f"Quartierslabor am {as_of.isoformat()}",
                    True,
                    ("covered", "planned", "missing"),
                ),
                Column(
                    "covered_from",
                    "date",
                    "zählt als abgedeckt ab: der Tag des frühesten durchgeführten "
                    "Quartierslabors; ist nur Jahr oder Monat bekannt, dessen letzter Tag; ist "
                    "nur bekannt, dass es bis zu einem Tag stattfand (held_by), dieser Tag",
                ),
                Column(
                    "covered_from_exact",
                    "boolean",
                    "true: covered_from ist der Tag des Quartierslabors selbst; false: eine "
                    "Grenze (held_by) oder das Ende eines Jahres oder Monats, siehe labs",
                ),
            ],
            [
                [
                    d.id,
                    d.name,
                    states[d.id].state,
                    states[d.id].covered_from,
                    _exact(states[d.id]) if states[d.id].covered_from else None,
                ]
                for d in plan.districts_file.districts
            ],
            ["id"],
        ),
        Resource(
            "labs", "Quartierslabore", lab_columns, labs, (), [("district_id", "districts", "id")]
        ),
    ]


def package(plan: Plan, as_of: dt.date) -> dict[str, bytes]:
    """The files of the package by name: one CSV per resource and ``datapackage.json``."""
    found = resources(plan, as_of)
    info = plan.measures_file.plan
    descriptor = {
        "profile": "tabular-data-package",
        "name": "masterplan-kommunale-sicherheit",
        "title": f"{info.title} ({info.city})",
        "description": (
            f"Stand {as_of.isoformat()}; beschlossen: {info.decision.body}, "
            f"{info.decision.date.isoformat()} ({info.decision.document})"
        ),
        "created": f"{as_of.isoformat()}T00:00:00Z",
        "sources": [{"title": info.decision.source}],
        "resources": [r.descriptor() for r in found],
    }
    files = {f"{r.name}.csv": r.csv() for r in found}
    text = json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n"
    files["datapackage.json"] = text.encode("utf-8")
    return files
