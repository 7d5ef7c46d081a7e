"""`ksplan coverage`, `overdue` and `check` through the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import edit


def test_coverage_as_of_end_of_2018(cli: Any) -> None:
    result = cli("coverage", "--as-of", "2018-12-31", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    # the deadline is set by the motion of 12.12.2023: on 31.12.2018 there is none yet
    assert data["as_of"] == "2018-12-31" and data["deadline"] is None
    assert (data["covered"], data["total"]) == (4, 12)
    covered = [d["name"] for d in data["districts"] if d["state"] == "covered"]
    assert covered == ["Innenstadt-Nord", "Brackel", "Hörde", "Lütgendortmund"]
    assert [d["id"] for d in data["districts"]][:3] == [
        "innenstadt-west",
        "innenstadt-nord",
        "innenstadt-ost",
    ]


def test_coverage_table_speaks_german_dates(cli: Any) -> None:
    result = cli("coverage", "--as-of", "2018-12-31")
    assert result.exit_code == 0
    assert "Quartierslabore am 31.12.2018: 4 von 12 Stadtbezirken" in result.stdout
    assert "Noch keine Frist: Der Auftrag dazu wurde erst am 12.12.2023 erteilt." in result.stdout
    assert "spätestens am 31.12.2018 durchgeführt" in result.stdout
    english = cli("coverage", "--as-of", "2018-12-31", "--lang", "en")
    assert "Quartierslabore on 31.12.2018: 4 of 12 Stadtbezirke" in english.stdout
    assert "No deadline yet: the order setting it was given only on 12.12.2023." in english.stdout
    later = cli("coverage", "--as-of", "2024-12-01").stdout  # counted from the day looked at
    assert "Frist 31.12.2024 (30 Tage nach dem Stichtag)." in later
    assert "held on 31.12.2018 at the latest" in english.stdout


def test_coverage_after_the_deadline_without_evidence(cli: Any) -> None:
    """The shipped plan declares no record complete: after the deadline the order is
    "nicht belegt" (exit 0), and only --strict makes that a failure."""
    assert cli("coverage", "--as-of", "2024-12-31", "--strict").exit_code == 0
    late = cli("coverage", "--as-of", "2025-01-01")
    assert late.exit_code == 0
    assert "nicht belegt" in late.stdout and "nicht erfüllt" not in late.stdout
    assert json.loads(cli("coverage", "--as-of", "2025-01-01", "--json").stdout)["verdict"] == (
        "no_evidence"
    )
    assert cli("coverage", "--as-of", "2025-01-01", "--strict").exit_code == 1


def test_coverage_not_met_with_a_complete_record(cli: Any, plan_dir: Path) -> None:
    edit(
        plan_dir / "orders.yaml",
        "complete_through: []",
        "complete_through:\n  - record: labs\n    through: 2025-06-30\n    note: Test\n",
    )
    late = cli("coverage", "--plan", str(plan_dir), "--as-of", "2025-01-01")
    assert late.exit_code == 1
    assert "nicht erfüllt" in late.stdout


def test_coverage_strict_passes_when_every_district_has_a_lab(cli: Any, plan_dir: Path) -> None:
    text = (plan_dir / "districts.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "    labs: []\n",
        "    labs:\n      - quarter: Q\n        status: held\n        date: 2024-06\n"
        "        source: Test\n",
    )
    (plan_dir / "districts.yaml").write_text(text, encoding="utf-8")
    result = cli("coverage", "--plan", str(plan_dir), "--as-of", "2025-01-01", "--strict", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["covered"] == 12


def test_overdue_as_of_2019_and_2020(cli: Any) -> None:
    assert json.loads(cli("overdue", "--as-of", "2019-12-31", "--json").stdout) == []
    rows = json.loads(cli("overdue", "--as-of", "2020-03-01", "--json").stdout)
    assert [r["id"] for r in rows] == ["M05", "M06", "M07", "M15", "M17", "M26", "M27", "M30"]
    assert {r["horizon"] for r in rows} == {"direkt"}
    assert rows[0]["due"] == "2020-02-21" and rows[0]["days_past_due"] == 9
    assert rows[0]["days_overdue"] is None  # not overdue: status unknown
    assert rows[0]["status"] == "unknown"
    assert {r["state"] for r in rows} == {"status_unknown"}
    assert {r["due_basis"] for r in rows} == {"assumed"}


def test_overdue_due_today_is_not_overdue(cli: Any) -> None:
    assert json.loads(cli("overdue", "--as-of", "2020-02-21", "--json").stdout) == []
    assert len(json.loads(cli("overdue", "--as-of", "2020-02-22", "--json").stdout)) == 8


def test_overdue_strict_and_filters(cli: Any) -> None:
    assert cli("overdue", "--as-of", "2019-12-31", "--strict").exit_code == 0
    assert cli("overdue", "--as-of", "2020-03-01").exit_code == 0
    assert cli("overdue", "--as-of", "2020-03-01", "--strict").exit_code == 1
    rows = json.loads(
        cli("overdue", "--as-of", "2030-01-01", "--owner", "Landgericht", "--json").stdout
    )
    assert [r["id"] for r in rows] == ["M07"]
    table = cli("overdue", "--as-of", "2020-03-01")
    assert "Überfällig am 01.03.2020: 0 von 30 Maßnahmen" in table.stdout
    assert "Frist verstrichen, Stand unbekannt: 8 Maßnahmen" in table.stdout
    assert "21.02.2020 (angenommen)" in table.stdout
    english = cli("overdue", "--as-of", "2020-03-01", "--lang", "en")
    assert "Overdue on 01.03.2020: 0 of 30 measures" in english.stdout
    assert "Past due, status unknown: 8 measures" in english.stdout


def test_overdue_not_met_only_with_an_own_deadline_and_a_complete_history(
    cli: Any, plan_dir: Path
) -> None:
    edit(
        plan_dir / "orders.yaml",
        "complete_through: []",
        "complete_through:\n  - record: history\n    scope: [M08]\n    through: 2021-12-31\n"
        "    source: Test\n",
    )
    # M08's due date is assumed (horizon policy): no "nicht erfüllt" follows from it
    assumed = cli("overdue", "--plan", str(plan_dir), "--as-of", "2022-01-01")
    assert assumed.exit_code == 0
    assert "nicht belegt" in assumed.stdout
    # with a due date of its own, the complete record shows the deadline missed
    edit(plan_dir / "measures.yaml", "  - id: M08\n", "  - id: M08\n    due: 2021-06-30\n")
    result = cli("overdue", "--plan", str(plan_dir), "--as-of", "2022-01-01")
    assert result.exit_code == 1
    assert "nicht erfüllt" in result.stdout
    assert "30.06.2021" in result.stdout and "(laut" in result.stdout


def test_check_json_and_exit(cli: Any) -> None:
    result = cli("check", "--as-of", "2019-06-01", "--json")
    assert result.exit_code == 0, result.output
    rules = json.loads(result.stdout)
    assert [r["id"] for r in rules] == [
        "massnahmen-umsetzen",
        "dialog-fortsetzen",
        "bericht-rat",
        "abschlussbericht-masterplan-1",
        "geschaeftsordnung",
        "handlungsfelder-benennen",
        "vollversammlung-sitzungen",
        "quartierslabore-alle-bezirke",
        "konzept-quartierslabore",
        "ergebnisse-quartierslabore",
        "zwischenberichte-aboeoab",
    ]
    assert all(r["source"] and r["quote"] for r in rules)
    assert {r["outcome"] for r in rules} <= {"not_yet_due", "no_deadline"}
    late = cli("check", "--as-of", "2026-11-22")
    assert late.exit_code == 0, "the shipped plan declares no record complete: nothing is not met"
    assert "NICHT BELEGT" in late.stdout and "NICHT ERFÜLLT" not in late.stdout
    assert "0 nicht erfüllt" in late.stdout
    assert cli("check", "--as-of", "2026-11-22", "--strict").exit_code == 1


def test_check_in_german(cli: Any) -> None:
    result = cli("check", "--as-of", "2026-11-22", "--lang", "de")
    assert "keine Sitzung erfasst" in result.stdout


@pytest.mark.parametrize("command", ["coverage", "overdue", "check"])
@pytest.mark.parametrize("bad", ["2019-02-30", "morgen", "31.02.2020", "2020-1-1"])
def test_unparsable_date_is_a_usage_error(cli: Any, command: str, bad: str) -> None:
    result = cli(command, "--as-of", bad)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "kein Datum" in result.output


def test_german_as_of_is_accepted(cli: Any) -> None:
    result = cli("coverage", "--as-of", "31.12.2018", "--json")
    assert json.loads(result.stdout)["as_of"] == "2018-12-31"


def test_invalid_plan_stops_status_commands(cli: Any, plan_dir: Path) -> None:
    edit(plan_dir / "orders.yaml", "    due: 2024-12-31", "    due: 2024-12-32")
    for command in ("coverage", "overdue", "check"):
        result = cli(command, "--plan", str(plan_dir))
        assert result.exit_code == 1
        assert "orders[quartierslabore-alle-bezirke].due" in result.output


def test_check_as_subprocess() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ksplan", "check", "--as-of", "2026-11-22", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    outcomes = {r["outcome"] for r in json.loads(result.stdout)}
    assert outcomes == {"no_evidence", "no_deadline"}
