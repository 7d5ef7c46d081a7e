"""Tests for ksplan.deadlines: which measures are past due on a given day, and which of them
are overdue (status recorded, unfinished) or past due with their status unknown."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ksplan.dates import PartialDate
from ksplan.deadlines import (
    FINISHED,
    OverdueMeasure,
    overdue,
    overdue_json,
    past_due,
    past_due_unknown,
    status_on,
)
from ksplan.errors import UsageError
from ksplan.loading import load_plan
from ksplan.plan import Plan

from .conftest import DATA, edit

SHIPPED = load_plan(DATA)
DIREKT_IDS = ["M05", "M06", "M07", "M15", "M17", "M26", "M27", "M30"]

days = st.dates(min_value=date(2018, 1, 1), max_value=date(2032, 12, 31))


def _ids(items: list[OverdueMeasure]) -> list[str]:
    return [item.measure.id for item in items]


def set_history(plan_dir: Path, measure_id: str, entries: list[tuple[str, str]]) -> None:
    """Give a measure without history the entries (date, status)."""
    path = plan_dir / "measures.yaml"
    text = path.read_text(encoding="utf-8")
    block = "".join(
        f"      - date: {day}\n        status: {status}\n        source: Test\n"
        for day, status in entries
    )
    pattern = re.compile(rf"(  - id: {measure_id}\n(?:    .*\n)*?)    history: \[\]\n")
    new, n = pattern.subn(lambda m: f"{m.group(1)}    history:\n{block}", text, count=1)
    assert n == 1, f"{measure_id} has no empty history"
    path.write_text(new, encoding="utf-8")


# --- the shipped plan ---------------------------------------------------------------------


def test_unknown_status_is_never_overdue() -> None:
    """On the shipped plan only measures with a recorded, unfinished status are overdue; the
    others are past due with their status unknown — never counted as overdue."""
    on = date(2026, 11, 30)
    late = overdue(SHIPPED, on)
    unknown = past_due_unknown(SHIPPED, on)
    # M08 is recorded unfinished after its due date; M09, M19 and M21 were last recorded
    # before theirs, so nothing is known of them since
    assert _ids(late) == ["M08"]
    assert all(i.state == "overdue" and i.status != "unknown" for i in late)
    assert len(unknown) == 29 and all(i.state == "status_unknown" for i in unknown)
    assert {i.measure.id for i in unknown} >= {"M09", "M19", "M21"}
    assert set(_ids(late)).isdisjoint(_ids(unknown))
    assert {i.due_basis for i in (*late, *unknown)} == {"assumed"}


def test_own_due_date_is_the_plans(plan_dir: Path) -> None:
    edit(plan_dir / "measures.yaml", "  - id: M01\n", "  - id: M01\n    due: 2019-07-01\n")
    item = next(i for i in past_due(load_plan(plan_dir), date(2020, 1, 1)) if i.measure.id == "M01")
    assert item.due_basis == "plan"
    assert overdue_json(load_plan(plan_dir), [item])[0]["due_basis"] == "plan"


def test_nothing_overdue_at_end_of_2019() -> None:
    assert past_due(SHIPPED, date(2019, 12, 31)) == []


def test_in_march_2020_exactly_the_unfinished_direkt_measures_are_overdue() -> None:
    expected = [
        m.id for m in SHIPPED.measures if m.horizon == "direkt" and m.status not in FINISHED
    ]
    items = past_due(SHIPPED, date(2020, 3, 1))
    assert _ids(items) == expected == DIREKT_IDS
    assert all(item.measure.horizon == "direkt" for item in items)
    assert all(item.due == date(2020, 2, 21) for item in items)
    assert all(item.days_overdue == 9 for item in items)


def test_due_today_is_not_overdue_due_yesterday_is_one_day() -> None:
    assert past_due(SHIPPED, date(2020, 2, 21)) == []
    items = past_due(SHIPPED, date(2020, 2, 22))
    assert _ids(items) == DIREKT_IDS
    assert {item.days_overdue for item in items} == {1}


def test_most_overdue_first_then_by_id() -> None:
    items = past_due(SHIPPED, date(2021, 3, 1))
    assert _ids(items)[: len(DIREKT_IDS)] == DIREKT_IDS
    kurz = [m.id for m in SHIPPED.measures if m.horizon == "kurzfristig"]
    assert _ids(items)[len(DIREKT_IDS) :] == kurz
    assert [i.days_overdue for i in items] == sorted((i.days_overdue for i in items), reverse=True)


def test_item_fields() -> None:
    items = {i.measure.id: i for i in past_due(SHIPPED, date(2021, 3, 1))}
    m05 = items["M05"]
    assert m05.status == "unknown"
    assert m05.status_date is None
    assert m05.owners == ["Dezernat 3 (Stadt Dortmund)"]
    m08 = items["M08"]
    assert m08.status == "in_progress"
    assert m08.status_date == PartialDate(2019, 12)
    assert m08.owners[0] == "Oberbürgermeister der Stadt Dortmund"
    assert m08.due == date(2021, 2, 21)
    assert m08.days_overdue == 8


def test_filters_by_field_and_owner() -> None:
    on = date(2020, 3, 1)
    assert _ids(past_due(SHIPPED, on, field="sichere-infrastruktur")) == ["M26", "M27"]
    assert _ids(past_due(SHIPPED, on, field="Sichere Infrastruktur")) == ["M26", "M27"]
    assert _ids(past_due(SHIPPED, on, owner="edg")) == ["M15", "M17"]
    assert _ids(past_due(SHIPPED, on, field="sichere-nachbarschaft", owner="dezernat-6")) == ["M06"]
    with pytest.raises(UsageError):
        past_due(SHIPPED, on, field="nirgendwo")
    with pytest.raises(UsageError):
        past_due(SHIPPED, on, owner="niemand")


def test_json_shape() -> None:
    rows = overdue_json(SHIPPED, past_due(SHIPPED, date(2021, 3, 1)))
    json.dumps(rows)
    by_id = {row["id"]: row for row in rows}
    assert by_id["M08"] == {
        "id": "M08",
        "state": "status_unknown",
        "title": "„Nette Toilette“",
        "horizon": "kurzfristig",
        "field": "sichere-oeffentliche-raeume",
        "field_name": "Sichere öffentliche Räume",
        "due": "2021-02-21",
        "due_basis": "assumed",
        "days_past_due": 8,
        "days_overdue": None,
        "status": "in_progress",
        "status_date": "2019-12",
        "owners": [
            "Oberbürgermeister der Stadt Dortmund",
            "Dezernat 6 (Stadt Dortmund)",
            "Beteiligungsunternehmen der Stadt Dortmund",
            "private Gewerbetreibende",
        ],
        "owner_ids": [
            "oberbuergermeister",
            "dezernat-6",
            "beteiligungsunternehmen",
            "private-gewerbetreibende",
        ],
    }
    assert by_id["M05"]["status_date"] is None
    assert by_id["M05"]["status"] == "unknown"
    assert overdue_json(SHIPPED, []) == []


# --- modified copies ----------------------------------------------------------------------


def test_leap_day_decision(plan_dir: Path) -> None:
    edit(plan_dir / "measures.yaml", "    date: 2019-02-21", "    date: 2020-02-29")
    plan = load_plan(plan_dir)
    m05 = next(m for m in plan.measures if m.id == "M05")
    assert plan.due(m05) == date(2021, 2, 28)
    assert past_due(plan, date(2021, 2, 28)) == []
    items = past_due(plan, date(2021, 3, 1))
    assert _ids(items) == DIREKT_IDS
    assert {i.days_overdue for i in items} == {1}
    m04 = next(m for m in plan.measures if m.id == "M04")
    assert plan.due(m04) == date(2022, 2, 28)


def test_own_due_date_wins(plan_dir: Path) -> None:
    edit(plan_dir / "measures.yaml", "  - id: M01\n", "  - id: M01\n    due: 2019-06-30\n")
    plan = load_plan(plan_dir)
    items = past_due(plan, date(2019, 7, 2))
    assert _ids(items) == ["M01"]
    assert items[0].due == date(2019, 6, 30)
    assert items[0].days_overdue == 2
    # Most overdue first: M01 (due 2019-06-30) before the direkt measures (due 2020-02-21).
    assert _ids(past_due(plan, date(2020, 3, 1))) == ["M01", *DIREKT_IDS]


def test_done_and_dropped_are_not_overdue(plan_dir: Path) -> None:
    set_history(plan_dir, "M05", [("2019-05-01", "in_progress"), ("2019-11-30", "done")])
    set_history(plan_dir, "M06", [("2020-01-15", "dropped")])
    set_history(plan_dir, "M07", [("2019-05-01", "planned")])
    plan = load_plan(plan_dir)
    items = past_due(plan, date(2020, 3, 1))
    assert "M05" not in _ids(items)
    assert "M06" not in _ids(items)
    m07 = next(i for i in items if i.measure.id == "M07")
    assert m07.status == "planned"
    assert m07.status_date == PartialDate(2019, 5, 1)


def test_status_is_taken_on_the_day_asked_about(plan_dir: Path) -> None:
    set_history(plan_dir, "M05", [("2019-05-01", "in_progress"), ("2021-06-15", "done")])
    plan = load_plan(plan_dir)
    before = {i.measure.id: i for i in past_due(plan, date(2021, 6, 14))}
    assert before["M05"].status == "in_progress"
    assert before["M05"].days_overdue == (date(2021, 6, 14) - date(2020, 2, 21)).days
    assert "M05" not in _ids(past_due(plan, date(2021, 6, 15)))
    m05 = next(m for m in plan.measures if m.id == "M05")
    assert status_on(m05, date(2019, 4, 30)) is None
    entry = status_on(m05, date(2019, 5, 1))
    assert entry is not None and entry.status == "in_progress"


def test_partial_status_date_counts_from_the_period_end(plan_dir: Path) -> None:
    set_history(plan_dir, "M05", [("2021", "done")])
    set_history(plan_dir, "M06", [("2021-06", "done")])
    plan = load_plan(plan_dir)
    on_june_29 = _ids(past_due(plan, date(2021, 6, 29)))
    assert "M05" in on_june_29 and "M06" in on_june_29
    on_june_30 = _ids(past_due(plan, date(2021, 6, 30)))
    assert "M05" in on_june_30 and "M06" not in on_june_30
    assert "M05" in _ids(past_due(plan, date(2021, 12, 30)))
    assert "M05" not in _ids(past_due(plan, date(2021, 12, 31)))


# --- properties ---------------------------------------------------------------------------


def _check_invariants(plan: Plan, as_of: date) -> None:
    items = past_due(plan, as_of)
    listed = set(_ids(items))
    for item in items:
        assert item.due == plan.due(item.measure)
        assert item.days_overdue == (as_of - item.due).days > 0
        assert item.status not in FINISHED
    keys = [(-i.days_overdue, int(i.measure.id[1:])) for i in items]
    assert keys == sorted(keys)
    for m in plan.measures:
        if m.id not in listed:
            entry = status_on(m, as_of)
            assert plan.due(m) >= as_of or (entry is not None and entry.status in FINISHED)


@given(days)
def test_invariants_hold_on_any_day(as_of: date) -> None:
    _check_invariants(SHIPPED, as_of)


@given(days, days)
def test_overdue_set_only_grows_without_status_changes(a: date, b: date) -> None:
    early, late = min(a, b), max(a, b)
    # The shipped history records no 'done' or 'dropped': nothing leaves the set.
    assert set(_ids(past_due(SHIPPED, early))) <= set(_ids(past_due(SHIPPED, late)))


@given(days)
def test_one_day_later_one_day_more(as_of: date) -> None:
    today = {i.measure.id: i.days_overdue for i in past_due(SHIPPED, as_of)}
    tomorrow = {i.measure.id: i.days_overdue for i in past_due(SHIPPED, as_of + timedelta(1))}
    for mid, n in today.items():
        assert tomorrow[mid] == n + 1
    for mid in tomorrow.keys() - today.keys():
        assert tomorrow[mid] == 1


@pytest.fixture(scope="module")
def finishing_plan(tmp_path_factory: pytest.TempPathFactory) -> Plan:
    """The shipped plan with some measures finished at various, partly vague, dates."""
    target = tmp_path_factory.mktemp("finishing") / "plan"
    shutil.copytree(DATA, target)
    set_history(target, "M05", [("2019-05-01", "in_progress"), ("2021-06-15", "done")])
    set_history(target, "M06", [("2020", "dropped")])
    set_history(target, "M13", [("2022-03", "done"), ("2023-01-10", "in_progress")])
    set_history(target, "M01", [("2019-01-01", "done")])
    return load_plan(target)


@given(as_of=days)
def test_invariants_hold_with_finished_measures(finishing_plan: Plan, as_of: date) -> None:
    _check_invariants(finishing_plan, as_of)


@given(a=days, b=days)
def test_only_a_status_change_removes_a_measure(finishing_plan: Plan, a: date, b: date) -> None:
    early, late = min(a, b), max(a, b)
    left = set(_ids(past_due(finishing_plan, early))) - set(_ids(past_due(finishing_plan, late)))
    for mid in left:
        measure = next(m for m in finishing_plan.measures if m.id == mid)
        assert any(early < e.date.end <= late and e.status in FINISHED for e in measure.history)
