"""Tests for ksplan.rules: every time-bound rule of the source documents."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ksplan.plan import Plan, load_plan
from ksplan.rules import (
    OUTCOMES,
    RULES,
    RuleResult,
    aboeoab_reports,
    assembly_meetings,
    check,
    check_json,
    council_report,
    districts_covered,
    no_overdue_measures,
)

from .conftest import DATA, edit

SHIPPED = load_plan(DATA)
RULE_IDS = [
    "districts-covered",
    "assembly-meetings",
    "council-report",
    "aboeoab-reports",
    "no-overdue-measures",
]

days = st.dates(min_value=date(2018, 1, 1), max_value=date(2032, 12, 31))


def with_meetings(plan_dir: Path, *days: str) -> Plan:
    lines = "".join(f"  - date: {day}\n" for day in days)
    edit(plan_dir / "assembly.yaml", "meetings: []\n", f"meetings:\n{lines}")
    return load_plan(plan_dir)


def with_reports(plan_dir: Path, *reports: tuple[str, str]) -> Plan:
    lines = "".join(f"  - kind: {kind}\n    date: {day}\n" for kind, day in reports)
    edit(plan_dir / "measures.yaml", "reports: []", f"reports:\n{lines}")
    return load_plan(plan_dir)


def _text(result: RuleResult) -> str:
    return "\n".join(result.evidence_de + result.evidence_en)


# --- the registry -------------------------------------------------------------------------


def test_registry() -> None:
    results = check(SHIPPED, date(2025, 6, 1))
    assert [r.id for r in results] == RULE_IDS
    assert len(RULES) == len(RULE_IDS)
    for r in results:
        assert r.outcome in OUTCOMES
        assert r.title_de and r.title_en
        assert r.evidence_de and len(r.evidence_de) == len(r.evidence_en)
        assert "Drucksache" in r.source


def test_sources_name_the_documents() -> None:
    by_id = {r.id: r for r in check(SHIPPED, date(2025, 6, 1))}
    assert by_id["districts-covered"].source == (
        "Antrag vom 12.12.2023 zu Drucksache 26093-22, Nr. 5"
    )
    assert by_id["assembly-meetings"].source.endswith("26093-22, Nr. 3")
    assert "12534-18" in by_id["council-report"].source
    assert "26093-22" in by_id["aboeoab-reports"].source
    assert "12534-18" in by_id["no-overdue-measures"].source


def test_check_json() -> None:
    results = check(SHIPPED, date(2025, 6, 1))
    de = check_json(results, "de")
    en = check_json(results, "en")
    json.dumps(de)
    assert [row["id"] for row in de] == RULE_IDS
    assert set(de[0]) == {"id", "title", "source", "outcome", "evidence"}
    assert de[1]["title"] == "Die Vollversammlung tagt mindestens 3 Mal im Jahr"
    assert en[1]["title"] == "The Vollversammlung meets at least 3 times a year"
    assert de[2]["evidence"] == results[2].evidence_de
    assert en[2]["evidence"] == results[2].evidence_en
    with pytest.raises(ValueError):
        check_json(results, "fr")


def test_shipped_data_today_says_none_recorded() -> None:
    """The shipped plan records no meetings and no reports: those rules fail, honestly."""
    by_id = {r.id: r for r in check(SHIPPED, date(2025, 11, 1))}
    assert {rid for rid, r in by_id.items() if r.outcome == "fail"} == set(RULE_IDS)
    meetings = by_id["assembly-meetings"]
    assert "2024: keine Sitzung erfasst (mindestens 3)." in meetings.evidence_de
    assert "2024: no meeting recorded (at least 3)." in meetings.evidence_en
    for rid in ("assembly-meetings", "council-report", "aboeoab-reports"):
        text = _text(by_id[rid])
        assert "erfasst" in text and "recorded" in text
        assert "may have taken place" in text


# --- 1. districts-covered -----------------------------------------------------------------


def test_districts_not_yet_due_before_the_deadline() -> None:
    for on in (date(2024, 6, 1), date(2024, 12, 31)):
        result = districts_covered(SHIPPED, on)
        assert result.outcome == "not_yet_due"
        assert "4 von 12" in result.evidence_de[0]
        assert "4 of 12" in result.evidence_en[0]
    assert "(noch 30 Tage)" in _text(districts_covered(SHIPPED, date(2024, 12, 1)))


def test_districts_fail_after_the_deadline_naming_them() -> None:
    result = districts_covered(SHIPPED, date(2025, 1, 1))
    assert result.outcome == "fail"
    missing = result.evidence_de[1]
    for name in ("Innenstadt-West", "Eving", "Mengede", "Huckarde"):
        assert name in missing
    for name in ("Innenstadt-Nord", "Brackel", "Hörde", "Lütgendortmund"):
        assert name not in missing


def test_districts_pass_when_all_covered_by_the_deadline(plan_dir: Path) -> None:
    edit(
        plan_dir / "districts.yaml",
        "    labs: []",
        "    labs:\n      - status: held\n        date: 2024\n        source: Test",
        count=-1,
    )
    plan = load_plan(plan_dir)
    assert districts_covered(plan, date(2025, 1, 1)).outcome == "pass"
    # A lab dated only to 2024 counts from 31.12.2024, the deadline day itself.
    assert districts_covered(plan, date(2024, 12, 30)).outcome == "not_yet_due"
    assert districts_covered(plan, date(2024, 12, 31)).outcome == "pass"


def test_districts_covered_only_after_the_deadline_fail(plan_dir: Path) -> None:
    edit(
        plan_dir / "districts.yaml",
        "    labs: []",
        "    labs:\n      - status: held\n        date: 2025-03-01\n        source: Test",
        count=-1,
    )
    plan = load_plan(plan_dir)
    result = districts_covered(plan, date(2025, 6, 1))
    assert result.outcome == "fail"
    assert "Nach der Frist erfasst: Innenstadt-West (ab 01.03.2025)" in _text(result)
    assert "Recorded after the deadline: Innenstadt-West (from 01.03.2025)" in _text(result)


# --- 2. assembly-meetings -----------------------------------------------------------------


def test_meetings_not_yet_due_in_the_first_year() -> None:
    for on in (date(2023, 12, 20), date(2024, 12, 31)):
        assert assembly_meetings(SHIPPED, on).outcome == "not_yet_due"


def test_meetings_fail_without_records() -> None:
    result = assembly_meetings(SHIPPED, date(2025, 1, 1))
    assert result.outcome == "fail"
    assert result.evidence_de[0] == "2024: keine Sitzung erfasst (mindestens 3)."


def test_meetings_pass_with_three_a_year(plan_dir: Path) -> None:
    plan = with_meetings(plan_dir, "2023-12-20", "2024-03-01", "2024-06-01", "2024-09-01")
    result = assembly_meetings(plan, date(2025, 1, 1))
    assert result.outcome == "pass"
    assert result.evidence_de[0] == "2024: 3 Sitzungen erfasst."
    assert result.evidence_en[0] == "2024: 3 meetings recorded."
    # The next year then lacks its meetings.
    later = assembly_meetings(plan, date(2026, 1, 1))
    assert later.outcome == "fail"
    assert "2025: keine Sitzung erfasst (mindestens 3)." in later.evidence_de


def test_meetings_fail_with_two(plan_dir: Path) -> None:
    # The meeting of December 2023 lies in the year of establishment, which is not a full year.
    plan = with_meetings(plan_dir, "2023-12-20", "2024-03-01", "2024-09-01")
    result = assembly_meetings(plan, date(2025, 1, 1))
    assert result.outcome == "fail"
    assert result.evidence_de[0] == "2024: 2 Sitzungen erfasst (mindestens 3)."


def test_established_on_new_year_counts_that_year(plan_dir: Path) -> None:
    edit(plan_dir / "assembly.yaml", "  date: 2023-12-12", "  date: 2023-01-01")
    plan = with_meetings(plan_dir, "2023-02-01")
    result = assembly_meetings(plan, date(2024, 1, 1))
    assert result.outcome == "fail"
    assert result.evidence_en[0] == "2023: 1 meeting recorded (at least 3)."


def test_established_on_jan_2_does_not_count_that_year(plan_dir: Path) -> None:
    edit(plan_dir / "assembly.yaml", "  date: 2023-12-12", "  date: 2023-01-02")
    plan = load_plan(plan_dir)
    assert assembly_meetings(plan, date(2024, 1, 1)).outcome == "not_yet_due"


# --- 3. council-report --------------------------------------------------------------------


def test_council_report_not_yet_due_in_2019() -> None:
    result = council_report(SHIPPED, date(2019, 12, 31))
    assert result.outcome == "not_yet_due"


def test_council_report_fails_without_records() -> None:
    result = council_report(SHIPPED, date(2020, 1, 1))
    assert result.outcome == "fail"
    assert result.evidence_de[0] == "Kein Bericht an den Rat erfasst für: 2019."
    assert result.evidence_en[0] == "No report to the council recorded for: 2019."


def test_council_report_pass_and_later_fail(plan_dir: Path) -> None:
    plan = with_reports(plan_dir, ("rat", "2019-12-10"), ("aboeoab", "2020-06-01"))
    assert council_report(plan, date(2020, 1, 1)).outcome == "pass"
    later = council_report(plan, date(2022, 3, 1))
    assert later.outcome == "fail"
    # An ABöOAB report is no report to the council.
    assert later.evidence_de[0] == "Kein Bericht an den Rat erfasst für: 2020, 2021."
    assert later.evidence_de[1] == "Bericht erfasst für: 2019."


def test_council_report_in_january_counts_for_that_year(plan_dir: Path) -> None:
    plan = with_reports(plan_dir, ("rat", "2020-01-15"))
    result = council_report(plan, date(2021, 1, 1))
    assert result.outcome == "fail"
    assert result.evidence_en[0] == "No report to the council recorded for: 2019."


# --- 4. aboeoab-reports -------------------------------------------------------------------


def test_aboeoab_not_yet_due_in_the_first_half_year() -> None:
    result = aboeoab_reports(SHIPPED, date(2024, 6, 30))
    assert result.outcome == "not_yet_due"
    assert "1. Halbjahr 2024" in result.evidence_de[0]


def test_aboeoab_fails_without_records() -> None:
    result = aboeoab_reports(SHIPPED, date(2024, 7, 1))
    assert result.outcome == "fail"
    assert (
        result.evidence_de[0] == "Kein Zwischenbericht an den ABöOAB erfasst für: 1. Halbjahr 2024."
    )
    assert result.evidence_en[0] == "No interim report to the ABöOAB recorded for: 2024 H1."


def test_aboeoab_pass_and_later_fail(plan_dir: Path) -> None:
    # A report of December 2023 lies in a half-year that began before the motion.
    plan = with_reports(plan_dir, ("aboeoab", "2023-12-20"), ("aboeoab", "2024-05-15"))
    assert aboeoab_reports(plan, date(2024, 7, 1)).outcome == "pass"
    later = aboeoab_reports(plan, date(2025, 7, 1))
    assert later.outcome == "fail"
    assert later.evidence_en[0] == (
        "No interim report to the ABöOAB recorded for: 2024 H2, 2025 H1."
    )


def test_aboeoab_every_half_year_passes(plan_dir: Path) -> None:
    plan = with_reports(
        plan_dir, ("aboeoab", "2024-03-01"), ("rat", "2024-11-30"), ("aboeoab", "2024-12-10")
    )
    result = aboeoab_reports(plan, date(2025, 1, 1))
    assert result.outcome == "pass"
    assert result.evidence_de == [
        "Zwischenbericht erfasst für jedes Halbjahr (1. Halbjahr 2024 bis 2. Halbjahr 2024)."
    ]


# --- 5. no-overdue-measures ---------------------------------------------------------------


def test_no_overdue_measures() -> None:
    assert no_overdue_measures(SHIPPED, date(2019, 12, 31)).outcome == "pass"
    result = no_overdue_measures(SHIPPED, date(2020, 3, 1))
    assert result.outcome == "fail"
    assert result.evidence_de[0] == (
        "Stand 01.03.2020: 8 Maßnahmen überfällig: M05, M06, M07, M15, M17, M26, M27, M30."
    )
    assert result.evidence_en[1] == "Of these, without any recorded status (unknown): 8."


# --- properties ---------------------------------------------------------------------------


@given(days)
def test_every_rule_answers_in_both_languages(as_of: date) -> None:
    for r in check(SHIPPED, as_of):
        assert r.outcome in OUTCOMES
        assert len(r.evidence_de) == len(r.evidence_en) >= 1
        assert all(line.strip() for line in r.evidence_de + r.evidence_en)


@given(days, days)
def test_a_due_rule_stays_due(a: date, b: date) -> None:
    early, late = check(SHIPPED, min(a, b)), check(SHIPPED, max(a, b))
    for before, after in zip(early, late, strict=True):
        if before.outcome != "not_yet_due":
            assert after.outcome != "not_yet_due"


def test_a_council_report_given_in_january_can_cover_the_year_before(plan_dir: Path) -> None:
    edit(
        plan_dir / "measures.yaml",
        "reports: []",
        "reports:\n  - kind: rat\n    date: 2020-01-20\n    covers: 2019\n",
    )
    plan = load_plan(plan_dir)
    result = next(r for r in check(plan, date(2020, 6, 1)) if r.id == "council-report")
    assert result.outcome == "pass"
