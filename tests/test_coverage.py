"""Tests for ksplan.coverage: Quartierslabore per Stadtbezirk on a given day."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ksplan.coverage import (
    DISTRICT_STATES,
    Coverage,
    DistrictCoverage,
    coverage,
    coverage_json,
)
from ksplan.dates import PartialDate
from ksplan.loading import load_plan
from ksplan.plan import Plan

from .conftest import DATA, edit

SHIPPED = load_plan(DATA)
FIRST_ROUND = ["Innenstadt-Nord", "Brackel", "Hörde", "Lütgendortmund"]

days = st.dates(min_value=date(2016, 1, 1), max_value=date(2030, 12, 31))


def add_lab(plan_dir: Path, district_id: str, lines: str) -> None:
    """Give a district without labs one lab; ``lines`` are the lab's keys, one per line."""
    body = "".join(f"        {line}\n" for line in lines.strip().splitlines())
    body = "      - " + body.lstrip()
    path = plan_dir / "districts.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index(f"  - id: {district_id}\n")
    at = text.index("    labs: []\n", start)
    path.write_text(
        text[:at] + "    labs:\n" + body + text[at + len("    labs: []\n") :], encoding="utf-8"
    )


def _covered(cov: Coverage) -> list[str]:
    return [d.name for d in cov.districts if d.state == "covered"]


def _district(cov: Coverage, district_id: str) -> DistrictCoverage:
    return next(d for d in cov.districts if d.id == district_id)


# --- the shipped plan ---------------------------------------------------------------------


def test_four_districts_covered_at_end_of_2018() -> None:
    cov = coverage(SHIPPED, date(2018, 12, 31))
    assert _covered(cov) == FIRST_ROUND
    assert cov.covered == 4
    assert cov.total == 12
    assert {d.state for d in cov.districts if d.name not in FIRST_ROUND} == {"missing"}


def test_held_by_counts_from_that_day_not_before() -> None:
    cov = coverage(SHIPPED, date(2018, 12, 30))
    assert cov.covered == 0
    # On that day the first-round labs, known to be held, still lay ahead.
    assert [d.name for d in cov.districts if d.state == "planned"] == FIRST_ROUND


def test_districts_in_file_order() -> None:
    cov = coverage(SHIPPED, date(2024, 1, 1))
    assert [d.id for d in cov.districts] == [d.id for d in SHIPPED.districts_file.districts]
    assert cov.districts[0].name == "Innenstadt-West"
    assert cov.districts[-1].name == "Mengede"


def test_held_by_lab_view() -> None:
    cov = coverage(SHIPPED, date(2019, 1, 1))
    nord = _district(cov, "innenstadt-nord")
    assert nord.covered_from == date(2018, 12, 31)
    (lab,) = nord.labs
    assert lab.quarter == "Borsigplatz-West"
    assert lab.status == "held"
    assert lab.date == date(2018, 12, 31)
    assert lab.date_text == "2018-12-31"
    assert lab.counts_from == date(2018, 12, 31)
    assert lab.note_de == "spätestens am 31.12.2018 durchgeführt"
    assert lab.note_en == "held on 31.12.2018 at the latest"


def test_deadline_arithmetic() -> None:
    cov = coverage(SHIPPED, date(2024, 12, 1))
    assert cov.deadline == date(2024, 12, 31)
    assert "26093-22" in cov.deadline_source
    assert cov.days_to_deadline == 30
    assert not cov.deadline_passed_uncovered
    on_deadline = coverage(SHIPPED, date(2024, 12, 31))
    assert on_deadline.days_to_deadline == 0
    assert not on_deadline.deadline_passed_uncovered
    after = coverage(SHIPPED, date(2025, 1, 1))
    assert after.days_to_deadline == -1
    assert after.deadline_passed_uncovered
    assert len(after.uncovered) == 8


def test_json_shape() -> None:
    data = coverage_json(coverage(SHIPPED, date(2018, 12, 31)))
    json.dumps(data)
    assert data["as_of"] == "2018-12-31"
    # the order that sets the deadline was given only on 12.12.2023
    assert data["deadline"] is None and data["days_to_deadline"] is None
    assert data["labs_district_unknown"] == []  # the Masterplan 2.0 labs came later
    assert data["covered"] == 4
    assert data["total"] == 12
    later = coverage_json(coverage(SHIPPED, date(2024, 1, 1)))
    assert later["deadline"] == "2024-12-31"
    assert later["days_to_deadline"] == (date(2024, 12, 31) - date(2024, 1, 1)).days
    assert len(later["labs_district_unknown"]) == 1
    assert data["deadline_passed_uncovered"] is False
    assert [d["id"] for d in data["districts"]][:2] == ["innenstadt-west", "innenstadt-nord"]
    west, nord = data["districts"][:2]
    assert west == {
        "id": "innenstadt-west",
        "name": "Innenstadt-West",
        "state": "missing",
        "covered_from": None,
        "labs": [],
    }
    assert nord["state"] == "covered"
    assert nord["labs"] == [
        {
            "quarter": "Borsigplatz-West",
            "status": "held",
            "date": None,  # known only to have taken place by that day:
            "held_by": "2018-12-31",
            "held_after": None,
            "counts_from": "2018-12-31",
            "note": "spätestens am 31.12.2018 durchgeführt",
        }
    ]
    english = coverage_json(coverage(SHIPPED, date(2018, 12, 31)), lang="en")
    assert english["districts"][1]["labs"][0]["note"] == "held on 31.12.2018 at the latest"
    with pytest.raises(ValueError):
        coverage_json(coverage(SHIPPED, date(2018, 12, 31)), lang="fr")


# --- modified copies ----------------------------------------------------------------------


def test_lab_dated_to_the_year_counts_from_december_31(plan_dir: Path) -> None:
    add_lab(plan_dir, "eving", "status: held\ndate: 2024\nsource: Test")
    plan = load_plan(plan_dir)
    before = coverage(plan, date(2024, 12, 30))
    eving = _district(before, "eving")
    assert eving.state == "planned"
    (lab,) = eving.labs
    assert lab.date == PartialDate(2024)
    assert lab.date_text == "2024"
    assert lab.counts_from == date(2024, 12, 31)
    assert lab.note_de == "nur Jahr bekannt: zählt ab 31.12.2024"
    assert lab.note_en == "known only to the year: counts from 31.12.2024"
    after = coverage(plan, date(2024, 12, 31))
    assert _district(after, "eving").state == "covered"
    assert after.covered == 5


def test_lab_dated_to_the_month_counts_from_its_last_day(plan_dir: Path) -> None:
    add_lab(plan_dir, "hombruch", "status: held\ndate: 2024-05\nsource: Test")
    add_lab(plan_dir, "huckarde", "status: held\ndate: '2024-02'\nsource: Test")
    plan = load_plan(plan_dir)
    may_30 = coverage(plan, date(2024, 5, 30))
    assert _district(may_30, "hombruch").state == "planned"
    may_31 = coverage(plan, date(2024, 5, 31))
    hombruch = _district(may_31, "hombruch")
    assert hombruch.state == "covered"
    assert hombruch.labs[0].counts_from == date(2024, 5, 31)
    assert hombruch.labs[0].note_de == "nur Monat bekannt: zählt ab 31.05.2024"
    assert hombruch.labs[0].note_en == "known only to the month: counts from 31.05.2024"
    # A leap year's February ends on the 29th.
    huckarde = _district(may_31, "huckarde")
    assert huckarde.covered_from == date(2024, 2, 29)
    assert _district(coverage(plan, date(2024, 2, 28)), "huckarde").state == "planned"


def test_lab_dated_to_the_day_has_no_note(plan_dir: Path) -> None:
    add_lab(plan_dir, "mengede", "status: held\ndate: 2024-09-14\nsource: Test")
    plan = load_plan(plan_dir)
    cov = coverage(plan, date(2024, 9, 14))
    mengede = _district(cov, "mengede")
    assert mengede.state == "covered"
    assert mengede.labs[0].counts_from == date(2024, 9, 14)
    assert mengede.labs[0].note_de is None and mengede.labs[0].note_en is None
    assert _district(coverage(plan, date(2024, 9, 13)), "mengede").state == "planned"


def test_planned_lab_makes_a_district_planned(plan_dir: Path) -> None:
    add_lab(plan_dir, "aplerbeck", "quarter: Aplerbeck-Mitte\nstatus: planned\nsource: Test")
    add_lab(plan_dir, "scharnhorst", "status: planned\ndate: 2024-10\nsource: Test")
    add_lab(plan_dir, "innenstadt-ost", "status: unknown\nsource: Test")
    plan = load_plan(plan_dir)
    cov = coverage(plan, date(2025, 6, 1))
    states = {d.id: d.state for d in cov.districts}
    assert states["aplerbeck"] == "planned"
    assert states["scharnhorst"] == "planned"
    assert states["innenstadt-ost"] == "missing"
    assert cov.covered == 4
    aplerbeck = _district(cov, "aplerbeck")
    assert aplerbeck.labs[0].quarter == "Aplerbeck-Mitte"
    assert aplerbeck.labs[0].counts_from is None
    assert aplerbeck.labs[0].note_de is None
    assert aplerbeck.covered_from is None
    scharnhorst = _district(cov, "scharnhorst")
    assert scharnhorst.labs[0].date_text == "2024-10"
    assert scharnhorst.labs[0].counts_from is None


def test_all_covered_after_the_deadline_is_not_missed(plan_dir: Path) -> None:
    edit(
        plan_dir / "districts.yaml",
        "    labs: []",
        "    labs:\n      - status: held\n        date: 2024-11\n        source: Test",
        count=-1,
    )
    plan = load_plan(plan_dir)
    cov = coverage(plan, date(2025, 1, 1))
    assert cov.covered == cov.total == 12
    assert not cov.deadline_passed_uncovered
    assert cov.uncovered == []
    assert coverage(plan, date(2024, 11, 29)).covered == 4


# --- properties ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def varied_plan(tmp_path_factory: pytest.TempPathFactory) -> Plan:
    """The shipped plan with labs of every kind: exact, vague, planned, unknown, several."""
    target = tmp_path_factory.mktemp("varied") / "plan"
    shutil.copytree(DATA, target)
    add_lab(target, "innenstadt-west", "status: held\ndate: 2024\nsource: Test")
    add_lab(target, "eving", "status: held\ndate: 2024-03\nsource: Test")
    add_lab(target, "scharnhorst", "status: held\ndate: 2024-06-13\nsource: Test")
    add_lab(target, "aplerbeck", "status: planned\ndate: 2025-02\nsource: Test")
    add_lab(target, "hombruch", "status: unknown\nsource: Test")
    add_lab(target, "mengede", "status: held\nheld_by: 2025-03-01\nsource: Test")
    return load_plan(target)


def _check(plan: Plan, a: date, b: date) -> None:
    early, late = coverage(plan, min(a, b)), coverage(plan, max(a, b))
    assert set(_covered(early)) <= set(_covered(late))
    assert early.covered <= late.covered
    for cov in (early, late):
        assert cov.covered == len(_covered(cov))
        assert cov.total == len(plan.districts_file.districts)
        order = plan.lab_deadline
        assert (cov.deadline is None) == (order is None or order.date > cov.as_of)
        if cov.deadline is not None:
            assert cov.days_to_deadline == (cov.deadline - cov.as_of).days
            assert cov.deadline_passed_uncovered == (
                cov.as_of > cov.deadline and cov.covered < cov.total
            )
        for d in cov.districts:
            assert d.state in DISTRICT_STATES
            assert (d.state == "covered") == (
                d.covered_from is not None and d.covered_from <= cov.as_of
            )
            for lab in d.labs:
                assert (lab.counts_from is None) == (lab.status != "held")


@given(days, days)
def test_coverage_is_monotone_shipped(a: date, b: date) -> None:
    _check(SHIPPED, a, b)


@given(a=days, b=days)
def test_coverage_is_monotone_varied(varied_plan: Plan, a: date, b: date) -> None:
    _check(varied_plan, a, b)


@given(as_of=days)
def test_json_agrees_with_coverage(varied_plan: Plan, as_of: date) -> None:
    cov = coverage(varied_plan, as_of)
    data = coverage_json(cov)
    assert data["covered"] == sum(1 for d in data["districts"] if d["state"] == "covered")
    assert data["total"] == 12
    json.dumps(data)
