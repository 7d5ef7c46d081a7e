"""The exports, each read back with its own library: openpyxl, icalendar, frictionless."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ksplan.coverage import coverage
from ksplan.deadlines import past_due
from ksplan.exports import datapackage, ics, xlsx
from ksplan.loading import load_plan
from ksplan.orders import check, outcome_label
from ksplan.seats import allocation_on
from ksplan.spreadsheet import FORMULA_STARTS, csv_text

from .conftest import DATA, edit

AS_OF = dt.date(2026, 11, 30)


def test_workbook_has_every_figure_of_the_core() -> None:
    plan = load_plan(DATA)
    wb = openpyxl.load_workbook(io.BytesIO(xlsx.workbook(plan, AS_OF)))
    assert wb.sheetnames == ["Maßnahmen", "Überfällig", "Quartierslabore", "Sitze", "Aufträge"]
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref.startswith("A1:")
    measures = wb["Maßnahmen"]
    assert [c.value for c in measures[1]][:6] == [
        "Nr.",
        "Maßnahme",
        "Handlungsfeld",
        "Umsetzungshorizont",
        "Zuständig",
        "Fällig am",
    ]
    due = {r[0]: r[5] for r in measures.iter_rows(min_row=2, max_row=31, values_only=True)}
    assert due == {m.id: dt.datetime.combine(plan.due(m), dt.time(0)) for m in plan.measures}
    late = past_due(plan, AS_OF)
    rows = wb["Überfällig"].iter_rows(min_row=2, max_row=len(late) + 1, values_only=True)
    assert [(r[0], r[5]) for r in rows] == [(i.measure.id, i.days_overdue) for i in late]
    cov = coverage(plan, AS_OF)
    rows = list(wb["Quartierslabore"].iter_rows(min_row=2, max_row=13, values_only=True))
    assert [r[0] for r in rows] == [d.name for d in cov.districts]
    answer = allocation_on(plan, AS_OF).allocation
    rows = list(wb["Sitze"].iter_rows(min_row=2, max_row=len(answer.rows) + 1, values_only=True))
    assert [(r[0], r[1], r[2], r[7]) for r in rows] == [
        (r.name, r.mandates, f"{r.quota.numerator}/{r.quota.denominator}", r.seats)
        for r in answer.rows
    ]
    results = check(plan, AS_OF)
    rows = list(wb["Aufträge"].iter_rows(min_row=2, max_row=len(results) + 1, values_only=True))
    assert [(r[0], r[1]) for r in rows] == [
        (r.order.title, outcome_label(r.outcome)) for r in results
    ]


def test_workbook_seats_2020_2025_exactly() -> None:
    plan = load_plan(DATA)
    wb = openpyxl.load_workbook(io.BytesIO(xlsx.workbook(plan, dt.date(2024, 6, 30))))
    spd = next(wb["Sitze"].iter_rows(min_row=2, max_row=2, values_only=True))
    assert spd[:3] == ("SPD", 27, "90/29") and spd[7] == 3


@pytest.fixture
def hostile_plan(plan_dir: Path) -> Path:
    """Texts that a spreadsheet would take for formulas."""
    web = "Webbasierte interne Wissens- und Arbeitsplattform"
    edg = "EDG Entsorgung Dortmund GmbH"
    edit(plan_dir / "measures.yaml", f"title: {web}", f"title: '=HYPERLINK(\"x\"){web}'")
    edit(plan_dir / "measures.yaml", f"name: {edg}", f"name: '@SUMME(1) {edg}'")
    return plan_dir


def test_formula_like_text_is_never_a_formula(hostile_plan: Path, tmp_path: Path) -> None:
    plan = load_plan(hostile_plan)
    wb = openpyxl.load_workbook(io.BytesIO(xlsx.workbook(plan, AS_OF)))
    cell = wb["Maßnahmen"]["B2"]
    assert cell.value.startswith("=HYPERLINK") and cell.data_type == "s" and cell.quotePrefix
    owners = [c for c in wb["Maßnahmen"]["E"] if c.value and "@SUMME" in c.value]
    assert owners and all(c.data_type == "s" for c in owners)
    for ws in wb.worksheets:
        assert not [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
    files = datapackage.package(plan, AS_OF)
    assert b'\'=HYPERLINK(""x"")Webbasierte' in files["measures.csv"]
    assert b"'@SUMME(1) EDG" in files["bodies.csv"]


@given(st.text(max_size=30))
def test_csv_text_never_starts_a_formula(text: str) -> None:
    shown = csv_text(text)
    assert not shown.startswith(FORMULA_STARTS)
    assert shown in (text, "'" + text)


def test_calendar_reads_back_with_stable_uids() -> None:
    from icalendar import Calendar

    plan = load_plan(DATA)
    first = Calendar.from_ical(ics.calendar(plan, AS_OF))
    events = first.walk("VEVENT")
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids))
    later = Calendar.from_ical(ics.calendar(plan, AS_OF + dt.timedelta(days=30)))
    assert {str(e["UID"]) for e in later.walk("VEVENT")} >= set(uids)
    by_uid = {str(e["UID"]): e for e in events}
    for m in plan.measures:
        event = by_uid[ics.uid(plan, "measure-due", m.id)]
        assert event.decoded("DTSTART") == plan.due(m)
        assumed = plan.due_basis(m) == "assumed"
        assert ("(angenommen)" in str(event["SUMMARY"])) == assumed
    labs = plan.lab_deadline
    assert labs is not None and labs.due is not None
    assert by_uid[ics.uid(plan, "order", labs.id)].decoded("DTSTART") == labs.due
    meetings = [e for e in events if "meeting" in str(e["UID"])]
    assert sorted(e.decoded("DTSTART") for e in meetings) == sorted(
        m.date for m in plan.assembly.meetings
    )
    reports = [e for e in events if str(e["SUMMARY"]).startswith("Frist ")]
    assert reports, "the report deadlines of the orders"
    assert all(e.decoded("DTSTART").month in (6, 12) for e in reports)


def test_datapackage_is_valid_and_its_foreign_keys_are_checked(tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    plan = load_plan(DATA)
    files = datapackage.package(plan, AS_OF)
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = frictionless.Package(str(tmp_path / "datapackage.json"))
    measures = package.get_resource("measures").read_rows()
    assert [r["id"] for r in measures] == [m.id for m in plan.measures]
    assert [r["due"] for r in measures] == [plan.due(m) for m in plan.measures]
    # a responsible body that is not in bodies.csv breaks a foreign key: the schema says so
    owners = tmp_path / "measure_owners.csv"
    owners.write_text(owners.read_text() + "M01,niemand\r\n")
    broken = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert not broken.valid
    assert "foreign-key" in {row[0] for row in broken.flatten(["type"])}


@pytest.fixture
def lab_dates_plan(plan_dir: Path) -> Path:
    """Labs known to the year, to the month and to the day (a fictional addition to a copy of
    the plan), beside the shipped ones known only by a bound (held_by, held_after)."""
    edit(
        plan_dir / "districts.yaml",
        "    name: Eving\n    labs: []",
        "    name: Eving\n    labs:\n"
        "      - {quarter: Jahr, status: held, date: '2023', source: Testbeleg}\n"
        "      - {quarter: Monat, status: held, date: 2024-05, source: Testbeleg}\n"
        "      - {quarter: Tag, status: held, date: 2024-05-14, source: Testbeleg}",
    )
    return plan_dir


def _labs_sheet(plan_dir: Path) -> list[tuple[object, ...]]:
    wb = openpyxl.load_workbook(io.BytesIO(xlsx.workbook(load_plan(plan_dir), AS_OF)))
    return list(wb["Quartierslabore"].iter_rows(values_only=True))


def test_workbook_says_of_each_lab_exactly_what_the_plan_knows(lab_dates_plan: Path) -> None:
    rows = _labs_sheet(lab_dates_plan)
    assert rows[0] == (
        "Stadtbezirk",
        "Quartierslabor im Stadtbezirk (Stand 30.11.2026)",
        "Quartier",
        "Quartierslabor",
        "Datum laut Plan",
        "Datum (Tag bekannt)",
        "Hinweis",
    )
    by_quarter = {r[2]: r for r in rows[1:] if r[2]}
    nord = by_quarter["Borsigplatz-West"]
    assert nord[:6] == (
        "Innenstadt-Nord",
        "durchgeführt",
        "Borsigplatz-West",
        "durchgeführt",
        "spätestens 31.12.2018",
        None,  # only a bound is known: no day
    )
    later = next(r for r in rows if r[0] == "(Stadtbezirk nicht belegt)")
    assert later[4:6] == ("nach dem 08.11.2022", None)
    assert "zählt nicht als Termin" in str(later[6])
    assert by_quarter["Jahr"][4:6] == ("2023", None)
    assert by_quarter["Jahr"][6].startswith("nur Jahr bekannt: zählt ab 31.12.2023")
    assert by_quarter["Monat"][4:6] == ("Mai 2024", None)
    assert by_quarter["Tag"][4:6] == ("14.05.2024", dt.datetime(2024, 5, 14))
    # no ISO date in any text of the workbook, and no day stated where the plan has none
    wb = openpyxl.load_workbook(io.BytesIO(xlsx.workbook(load_plan(lab_dates_plan), AS_OF)))
    iso = re.compile(r"\b[0-9]{4}-[0-9]{2}(-[0-9]{2})?\b")
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    assert not iso.search(value), (ws.title, value)
    days = [r[5] for r in rows[1:] if isinstance(r[5], dt.datetime)]
    assert days == [dt.datetime(2024, 5, 14)]


def test_workbook_lab_columns_in_english(lab_dates_plan: Path) -> None:
    from ksplan.i18n import use

    use("en")
    rows = _labs_sheet(lab_dates_plan)
    assert rows[0][1] == "Quartierslabor in the Stadtbezirk (as of 30.11.2026)"
    assert rows[0][4:6] == ("Date per plan", "Date (day known)")
    nord = next(r for r in rows if r[2] == "Borsigplatz-West")
    assert nord[4:6] == ("by 31.12.2018 at the latest", None)


def test_calendar_states_the_status_recorded_with_its_own_date() -> None:
    """A measure's event says which status was last recorded and when, not that it holds on
    the day of the export."""
    from icalendar import Calendar

    plan = load_plan(DATA)
    events = Calendar.from_ical(ics.calendar(plan, AS_OF)).walk("VEVENT")
    by_uid = {str(e["UID"]): str(e["DESCRIPTION"]) for e in events}
    text = by_uid[ics.uid(plan, "measure-due", "M09")]
    assert "Zuletzt erfasster Stand bis 30.11.2026: in Umsetzung (vom 27.02.2018, " in text
    assert "Stand am 30.11.2026" not in text
    assert "Bis 30.11.2026 ist kein Stand erfasst." in by_uid[ics.uid(plan, "measure-due", "M10")]


def test_datapackage_says_when_covered_from_is_only_a_bound(lab_dates_plan: Path) -> None:
    import csv

    files = datapackage.package(load_plan(lab_dates_plan), AS_OF)
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(files["districts.csv"].decode()))}
    assert rows["innenstadt-nord"]["covered_from"] == "2018-12-31"
    assert rows["innenstadt-nord"]["covered_from_exact"] == "false"
    assert rows["eving"]["covered_from"] == "2023-12-31"  # the year's last day: not exact
    assert rows["eving"]["covered_from_exact"] == "false"
    assert rows["innenstadt-west"]["covered_from_exact"] == ""
