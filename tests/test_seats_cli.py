"""`ksplan seats` through the command line: tables, JSON, lots, what-ifs and bad input.

The arithmetic itself is covered in test_apportionment.py; these tests check what a user
sees: the rows and sentences of the table, the documented JSON shape, the exit statuses and
the split between results (stdout) and notes or errors (stderr).

Click >= 8.2 keeps ``Result.stdout`` and ``Result.stderr`` apart (``Result.output`` is both
interleaved); the first test pins that down, so that a change in the runner shows up there
and not as a puzzling failure elsewhere.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import Result

from tests.conftest import DATA, edit

Invoke = Callable[..., Result]

# Rich honours these; a developer's shell must not turn the tables into escape codes, and
# KSPLAN_PLAN must not point the tests at another plan.
CLEAN_ENV: dict[str, str | None] = {
    "FORCE_COLOR": None,
    "TTY_COMPATIBLE": None,
    "KSPLAN_PLAN": None,
    "COLUMNS": None,
}

PLAN = ("--plan", str(DATA))

# The what-if from the issue: D, E and F share the remainder 7/20 at the cut-off, but
# only one seat is left for them.
WHAT_IF = (
    *("--faction", "A=24", "--faction", "B=20", "--faction", "C=19", "--faction", "D=4"),
    *("--faction", "E=4", "--faction", "F=4", "--faction", "G=3", "--faction", "H=2"),
    *("--seats", "7"),
)

ROW_KEYS = {
    # the keys the issue asks for ...
    "name",
    "mandates",
    "quota",
    "whole",
    "remainder",
    "seats",
    # ... and the two the README documents in addition
    "quota_decimal",
    "remainder_seat",
}
TOP_KEYS = {
    "method",
    "seats",
    "total_mandates",
    "rows",
    "allocation",
    "lot",
    # documented in the README in addition to the keys
    "lot_applied",
    "majority_clause",
}
FRACTION = re.compile(r"^\d+/[1-9]\d*$")

EXPECTED_2020 = {
    "SPD": 3,
    "Bündnis 90/Die Grünen": 3,
    "CDU": 2,
    "Die Linke+": 1,
    "AfD": 1,
    "FDP/Bürgerliste": 0,
    "Die PARTEI": 0,
}

TERM_2020_NOTE = (
    "Hinweis: Fraktionen zu Beginn der Wahlperiode. Später bildete sich eine achte Fraktion „Volt“ "
    "aus Mitgliedern anderer Gruppen; Datum und Stärken sind nicht belegt und fehlen daher.\n"
    "Hinweis: Nur Ratsfraktionen entsenden Mitglieder; nicht berücksichtigt: BVT (1), "
    "Tierschutzpartei (1), Die Rechte (1).\n"
)
"""The plan's note on the term 2020–2025, and who is left out, which ``seats`` passes on."""


@pytest.fixture
def seats(cli: Callable[..., Any]) -> Invoke:
    """``ksplan seats ARGS`` through the runner, in a clean environment."""

    def invoke(*args: str) -> Result:
        result = cli("seats", *args, env=CLEAN_ENV)
        assert isinstance(result, Result)
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert "Traceback" not in result.output
        return result

    return invoke


def table_rows(stdout: str) -> dict[str, list[str]]:
    """The body rows of a rich table, by first cell, each as its list of stripped cells."""
    rows: dict[str, list[str]] = {}
    for line in stdout.splitlines():
        if line.startswith("│"):
            cells = [cell.strip() for cell in line.strip().strip("│").split("│")]
            rows[cells[0]] = cells[1:]
    return rows


def one_line(stdout: str) -> str:
    """The text with its line breaks folded, for sentences the console may wrap."""
    return " ".join(line.strip() for line in stdout.splitlines())


def check_shape(obj: dict[str, Any]) -> None:
    """The documented JSON shape of one allocation, key by key and type by type."""
    assert set(obj) == TOP_KEYS
    assert obj["method"] in ("hare-niemeyer", "dhondt", "sainte-lague")
    for key in ("seats", "total_mandates"):
        assert type(obj[key]) is int
    assert isinstance(obj["rows"], list) and obj["rows"]
    for row in obj["rows"]:
        assert set(row) == ROW_KEYS
        assert isinstance(row["name"], str)
        for key in ("mandates", "whole", "seats"):
            assert type(row[key]) is int
        assert FRACTION.match(row["quota"]), row["quota"]
        assert FRACTION.match(row["remainder"]), row["remainder"]
        assert re.fullmatch(r"\d+\.\d{4}", row["quota_decimal"])
        assert type(row["remainder_seat"]) is bool
        num, den = (int(x) for x in row["quota"].split("/"))
        assert row["whole"] == num // den
        assert row["mandates"] * obj["seats"] * den == num * obj["total_mandates"]
        r_num, r_den = (int(x) for x in row["remainder"].split("/"))
        assert r_num * den == (num - row["whole"] * den) * r_den
    assert isinstance(obj["allocation"], dict)
    assert list(obj["allocation"]) == [row["name"] for row in obj["rows"]]
    assert obj["allocation"] == {row["name"]: row["seats"] for row in obj["rows"]}
    assert all(type(v) is int for v in obj["allocation"].values())
    assert obj["total_mandates"] == sum(row["mandates"] for row in obj["rows"])
    lot = obj["lot"]
    k = 0
    if lot is not None:
        assert set(lot) == {"seats", "candidates"}
        assert type(lot["seats"]) is int and lot["seats"] >= 1
        assert isinstance(lot["candidates"], list)
        assert len(lot["candidates"]) > lot["seats"]
        assert set(lot["candidates"]) <= set(obj["allocation"])
        k = lot["seats"]
    # allocation holds the certain seats only
    assert sum(obj["allocation"].values()) == obj["seats"] - k
    applied = obj["lot_applied"]
    if applied is not None:
        assert set(applied) == {"seats", "candidates", "winners"}
        assert len(applied["winners"]) == applied["seats"]
        assert set(applied["winners"]) <= set(applied["candidates"])
    assert obj["majority_clause"] is None or obj["majority_clause"] in obj["allocation"]


def add_lot(plan_dir: Path, winners: list[str], method: str = "hare-niemeyer") -> None:
    """Record a drawn lot for the term 2020-2025 (its ``lots: []`` comes first in the file)."""
    entry = (
        "lots:\n"
        "      - date: 2021-02-01\n"
        f"        winners: [{', '.join(winners)}]\n"
        f"        method: {method}\n"
        "        source: Niederschrift der Vollversammlung vom 01.02.2021\n"
    )
    edit(plan_dir / "assembly.yaml", "lots: []\n", entry)


def afd_four(plan_dir: Path) -> None:
    """AfD 4 instead of 5 in 2020-2025: AfD and FDP/Bürgerliste tie for the last seat."""
    edit(
        plan_dir / "assembly.yaml",
        "name: AfD\n        mandates: 5",
        "name: AfD\n        mandates: 4",
    )


# --- the runner itself ---------------------------------------------------------------------


def test_runner_keeps_stdout_and_stderr_apart(seats: Invoke) -> None:
    result = seats(*PLAN, "--json")  # the current term: notes on stderr
    assert result.exit_code == 0
    json.loads(result.stdout)  # nothing but the JSON on stdout
    assert result.stderr.startswith("Hinweis: ")
    assert "Hinweis:" not in result.stdout
    assert result.stderr in result.output and result.stdout.strip() in result.output


# --- the table -----------------------------------------------------------------------------


def test_term_2020_2025_table(seats: Invoke) -> None:
    result = seats(*PLAN, "--term", "2020-2025")
    assert result.exit_code == 0, result.output
    # a complete, confirmed term: only the plan's own note on it (a later Fraktion)
    assert result.stderr == TERM_2020_NOTE
    out = result.stdout
    assert "Vollversammlung — 10 Ratssitze nach Hare-Niemeyer, Ratsperiode 2020-2025" in out
    assert "(87 Mandate)" in out
    for header in ("Fraktion", "Mandate", "Quote (exakt)", "Quote", "ganze Sitze", "Rest"):
        assert header in out
    assert "Restsitz" in out and "Sitze" in out
    rows = table_rows(out)
    # Mandate, Quote (exakt), Quote, ganze Sitze, Rest, Restsitz, Sitze
    assert rows["SPD"] == ["27", "90/29", "3,1034", "3", "0,1034", "", "3"]
    assert rows["Bündnis 90/Die Grünen"] == ["22", "220/87", "2,5287", "2", "0,5287", "ja", "3"]
    assert rows["CDU"] == ["20", "200/87", "2,2989", "2", "0,2989", "", "2"]
    assert rows["Die Linke+"] == ["6", "20/29", "0,6897", "0", "0,6897", "ja", "1"]
    assert rows["AfD"] == ["5", "50/87", "0,5747", "0", "0,5747", "ja", "1"]
    assert rows["FDP/Bürgerliste"] == ["4", "40/87", "0,4598", "0", "0,4598", "", "0"]
    assert rows["Die PARTEI"] == ["3", "10/29", "0,3448", "0", "0,3448", "", "0"]
    assert {name: int(cells[-1]) for name, cells in rows.items() if name in EXPECTED_2020} == (
        EXPECTED_2020
    )
    assert rows["Summe"] == ["87", "", "", "7", "", "", "10"]
    # the Summe row comes last
    assert list(rows)[-1] == "Summe"
    text = one_line(out)
    assert (
        "Hare-Niemeyer: Jede Fraktion erhält zunächst so viele Sitze, wie ihre Quote "
        "(Mandate × 10 ÷ 87) ganze Zahlen enthält (7 Sitze); die übrigen 3 Sitze gehen in der "
        "Reihenfolge der höchsten Zahlenbruchteile. Bei gleichen Zahlenbruchteilen entscheidet "
        "das Los (§ 50 Abs. 3 GO NRW)."
    ) in text
    assert "Los:" not in text


def test_current_term_table_and_notes(seats: Invoke) -> None:
    result = seats(*PLAN)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Ratsperiode 2025-2030 (93 Mandate)" in out
    rows = table_rows(out)
    assert rows["SPD"][:5] == ["26", "260/93", "2,7957", "2", "0,7957"]
    assert rows["DIE LINKE"][:5] == ["8", "80/93", "0,8602", "0", "0,8602"]
    # AfD and GRÜNE & Volt share the remainder 29/31, and both get a seat: not a lot
    assert rows["AfD"][1:] == ["60/31", "1,9355", "1", "0,9355", "ja", "2"]
    assert rows["GRÜNE & Volt"][1:] == ["60/31", "1,9355", "1", "0,9355", "ja", "2"]
    assert rows["Summe"][-1] == "10"
    assert "Los?" not in out
    notes = result.stderr.splitlines()
    assert all(line.startswith("Hinweis: ") for line in notes)
    assert any("2025-2030" in line and "unvollständig" in line for line in notes)
    assert any("„wahrscheinlich“" in line and "CDU, DIE LINKE" in line for line in notes)
    assert "Hinweis:" not in out


def test_notes_in_english(seats: Invoke) -> None:
    result = seats(*PLAN, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "Vollversammlung — 10 council seats by Hare-Niemeyer, council term 2025-2030" in (
        result.stdout
    )
    assert "the remaining 4 seats go by the largest remainders" in one_line(result.stdout)
    notes = result.stderr.splitlines()
    assert all(line.startswith("note: ") for line in notes)
    assert any("2025-2030" in line and "incomplete" in line for line in notes)
    assert any("'likely'" in line and "CDU, DIE LINKE" in line for line in notes)


def test_current_term_is_the_default(seats: Invoke) -> None:
    default = seats(*PLAN, "--json")
    explicit = seats(*PLAN, "--json", "--term", "2025-2030")
    assert json.loads(default.stdout) == json.loads(explicit.stdout)
    assert default.stderr == explicit.stderr


def test_one_remainder_seat_is_singular(seats: Invoke) -> None:
    result = seats("--faction", "A=501", "--faction", "B=499", "--seats", "4")
    assert result.exit_code == 0
    text = one_line(result.stdout)
    assert "(3 Sitze); der übrige Sitz geht an den höchsten Zahlenbruchteil." in text
    assert "übrigen 1 Sitze" not in text


# --- JSON ----------------------------------------------------------------------------------


def test_json_shape_term_2020_2025(seats: Invoke) -> None:
    result = seats(*PLAN, "--term", "2020-2025", "--json")
    assert result.exit_code == 0
    assert result.stderr == TERM_2020_NOTE
    data = json.loads(result.stdout)
    check_shape(data)
    assert data["method"] == "hare-niemeyer"
    assert data["seats"] == 10
    assert data["total_mandates"] == 87
    assert data["allocation"] == EXPECTED_2020
    assert list(data["allocation"].values()) == [3, 3, 2, 1, 1, 0, 0]
    assert data["lot"] is None
    assert data["lot_applied"] is None
    assert data["majority_clause"] is None
    assert data["rows"][0] == {
        "name": "SPD",
        "mandates": 27,
        "quota": "90/29",
        "quota_decimal": "3.1034",
        "whole": 3,
        "remainder": "3/29",
        "remainder_seat": False,
        "seats": 3,
    }


def test_json_is_valid_utf8_not_escaped(seats: Invoke) -> None:
    result = seats(*PLAN, "--term", "2020-2025", "--json")
    assert "Bündnis 90/Die Grünen" in result.stdout


# --- lots ----------------------------------------------------------------------------------


def test_what_if_lot_table(seats: Invoke) -> None:
    result = seats(*WHAT_IF)
    assert result.exit_code == 3, result.output
    out = result.stdout
    assert "Vollversammlung — 7 Ratssitze nach Hare-Niemeyer, Was-wäre-wenn (80 Mandate)" in out
    rows = table_rows(out)
    for name in "DEF":
        assert rows[name] == ["4", "7/20", "0,3500", "0", "0,3500", "Los", "0 + Los?"]
    assert rows["B"][-2:] == ["ja", "2"]
    assert rows["C"][-2:] == ["ja", "2"]
    assert rows["A"][-2:] == ["", "2"]
    assert rows["G"][-1] == "0" and rows["H"][-1] == "0"
    assert rows["Summe"] == ["80", "", "", "4", "", "", "6 + 1 Los"]
    assert "Los: 1 Sitz wird zwischen D, E und F gelost; sicher vergeben sind 6 von 7 Sitzen." in (
        one_line(out)
    )
    assert result.stderr == ""


def test_what_if_lot_json(seats: Invoke) -> None:
    result = seats(*WHAT_IF, "--json")
    assert result.exit_code == 3
    data = json.loads(result.stdout)
    check_shape(data)
    assert data["lot"] == {"seats": 1, "candidates": ["D", "E", "F"]}
    assert data["allocation"] == {"A": 2, "B": 2, "C": 2, "D": 0, "E": 0, "F": 0, "G": 0, "H": 0}
    assert sum(data["allocation"].values()) == data["seats"] - data["lot"]["seats"] == 6
    assert data["lot_applied"] is None


def test_lot_of_two_seats(seats: Invoke) -> None:
    result = seats(*(f"--faction={n}=1" for n in "ABCD"), "--seats", "2", "--json")
    assert result.exit_code == 3
    data = json.loads(result.stdout)
    check_shape(data)
    assert data["lot"] == {"seats": 2, "candidates": ["A", "B", "C", "D"]}
    assert sum(data["allocation"].values()) == 0
    table = seats(*(f"--faction={n}=1" for n in "ABCD"), "--seats", "2")
    assert "Los: 2 Sitze werden zwischen A, B, C und D gelost" in one_line(table.stdout)


def test_equal_remainders_that_all_fit_are_no_lot(seats: Invoke) -> None:
    args = ("--faction", "A=3", "--faction", "B=3", "--faction", "C=3", "--faction", "D=1")
    result = seats(*args, "--seats", "3", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    check_shape(data)
    assert data["lot"] is None
    assert data["allocation"] == {"A": 1, "B": 1, "C": 1, "D": 0}


def test_lot_winner_applies(seats: Invoke) -> None:
    result = seats(*WHAT_IF, "--lot-winner", "E", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    check_shape(data)
    assert data["lot"] is None
    assert data["allocation"] == {"A": 2, "B": 2, "C": 2, "D": 0, "E": 1, "F": 0, "G": 0, "H": 0}
    assert sum(data["allocation"].values()) == 7
    assert data["lot_applied"] == {"seats": 1, "candidates": ["D", "E", "F"], "winners": ["E"]}

    table = seats(*WHAT_IF, "--lot-winner", "E")
    assert table.exit_code == 0
    rows = table_rows(table.stdout)
    assert rows["E"][-2:] == ["ja", "1"]
    assert rows["D"][-2:] == ["", "0"]
    assert rows["Summe"][-1] == "7"
    assert "Los?" not in table.stdout
    assert "Los angewandt: E (gezogen unter D, E, F)." in table.stdout


@pytest.mark.parametrize(
    ("winners", "message"),
    [
        (["A"], "A is not among the lot candidates (D, E, F)"),
        (["X"], "X is not among the lot candidates (D, E, F)"),
        (["D", "E"], "the lot is for 1 seat but 2 winners were given"),
        (["D", "D"], "D is named more than once"),
    ],
)
def test_wrong_lot_winners(seats: Invoke, winners: list[str], message: str) -> None:
    args = [a for w in winners for a in ("--lot-winner", w)]
    result = seats(*WHAT_IF, *args, "--lang", "en")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("ksplan: the lot winner given does not fit: ")
    assert message in result.stderr


@pytest.mark.parametrize(
    ("winners", "message"),
    [
        (["A"], "A ist nicht unter den Loskandidaten (D, E, F)"),
        (["D", "E"], "Das Los ist für 1 Sitz, aber 2 Gewinner sind genannt"),
        (["D", "D"], "Jede Fraktion kann das Los nur einmal gewinnen, aber D ist mehrfach genannt"),
    ],
)
def test_wrong_lot_winners_in_german(seats: Invoke, winners: list[str], message: str) -> None:
    result = seats(*WHAT_IF, *[a for w in winners for a in ("--lot-winner", w)])
    assert result.exit_code == 2
    assert result.stderr == f"ksplan: Der angegebene Losgewinner passt nicht: {message}\n"


def test_lot_winner_without_a_lot(seats: Invoke) -> None:
    result = seats(*PLAN, "--term", "2020-2025", "--lot-winner", "SPD")
    assert result.exit_code == 2
    assert "Es ist kein Los zu entscheiden: Das Ergebnis ist eindeutig" in result.stderr
    assert result.stdout == ""


def test_lot_winner_by_fraktion_id(seats: Invoke, plan_dir: Path) -> None:
    afd_four(plan_dir)
    pending = seats("--plan", str(plan_dir), "--term", "2020-2025", "--json")
    assert pending.exit_code == 3
    assert json.loads(pending.stdout)["lot"] == {
        "seats": 1,
        "candidates": ["AfD", "FDP/Bürgerliste"],
    }
    decided = seats("--plan", str(plan_dir), "--term", "2020-2025", "--json", "--lot-winner", "afd")
    assert decided.exit_code == 0, decided.output
    data = json.loads(decided.stdout)
    check_shape(data)
    assert data["allocation"]["AfD"] == 1
    assert data["allocation"]["FDP/Bürgerliste"] == 0
    assert data["lot_applied"]["winners"] == ["AfD"]


def test_recorded_lot_is_applied(seats: Invoke, plan_dir: Path) -> None:
    afd_four(plan_dir)
    add_lot(plan_dir, ["fdp-buergerliste"])
    result = seats("--plan", str(plan_dir), "--term", "2020-2025", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    check_shape(data)
    assert data["lot"] is None
    assert data["allocation"] == {**EXPECTED_2020, "AfD": 0, "FDP/Bürgerliste": 1}
    assert sum(data["allocation"].values()) == 10
    assert data["lot_applied"] == {
        "seats": 1,
        "candidates": ["AfD", "FDP/Bürgerliste"],
        "winners": ["FDP/Bürgerliste"],
    }
    # where the seat came from is said, on stderr
    assert "Hinweis: Angewandt: Losentscheid vom 01.02.2021 (" in result.stderr
    assert "Niederschrift der Vollversammlung vom 01.02.2021" in result.stderr
    english = seats("--plan", str(plan_dir), "--term", "2020-2025", "--json", "--lang", "en")
    assert "note: applied the lot drawn on 01.02.2021 (" in english.stderr

    table = seats("--plan", str(plan_dir), "--term", "2020-2025")
    assert table.exit_code == 0
    assert "Los angewandt: FDP/Bürgerliste (gezogen unter AfD, FDP/Bürgerliste)." in table.stdout
    assert table_rows(table.stdout)["FDP/Bürgerliste"][-2:] == ["ja", "1"]


def test_lot_winner_overrides_the_recorded_lot(seats: Invoke, plan_dir: Path) -> None:
    afd_four(plan_dir)
    add_lot(plan_dir, ["fdp-buergerliste"])
    result = seats("--plan", str(plan_dir), "--term", "2020-2025", "--json", "--lot-winner", "AfD")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["allocation"]["AfD"] == 1
    assert "Angewandt" not in result.stderr


def test_recorded_lot_that_no_longer_fits_while_a_lot_is_pending(
    seats: Invoke, plan_dir: Path
) -> None:
    afd_four(plan_dir)
    add_lot(plan_dir, ["cdu"])  # CDU is not among AfD and FDP/Bürgerliste
    result = seats("--plan", str(plan_dir), "--term", "2020-2025", "--json")
    assert result.exit_code == 3, result.output
    data = json.loads(result.stdout)
    check_shape(data)
    assert data["lot"] == {"seats": 1, "candidates": ["AfD", "FDP/Bürgerliste"]}
    assert data["lot_applied"] is None
    assert sum(data["allocation"].values()) == 9
    note = result.stderr.removeprefix(TERM_2020_NOTE)
    assert note.startswith("Hinweis: Der Losentscheid vom 01.02.2021")
    assert "nicht angewandt" in note
    assert "CDU ist nicht unter den Loskandidaten (AfD, FDP/Bürgerliste)" in note


def test_recorded_lot_without_a_tie_is_not_applied(seats: Invoke, plan_dir: Path) -> None:
    add_lot(plan_dir, ["afd"])  # the real 2020-2025 numbers have no tie
    result = seats("--plan", str(plan_dir), "--term", "2020-2025", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["allocation"] == EXPECTED_2020
    assert data["lot_applied"] is None
    assert "nicht angewandt" in result.stderr
    assert "Es ist kein Los zu entscheiden" in result.stderr


def test_recorded_lot_is_not_applied_to_other_seat_numbers(seats: Invoke, plan_dir: Path) -> None:
    afd_four(plan_dir)
    add_lot(plan_dir, ["fdp-buergerliste"])
    # with 11 seats AfD and FDP/Bürgerliste tie again, but that is not the tie that was drawn
    result = seats("--plan", str(plan_dir), "--term", "2020-2025", "--seats", "11", "--json")
    assert result.exit_code == 3
    data = json.loads(result.stdout)
    assert data["lot"] == {"seats": 1, "candidates": ["AfD", "FDP/Bürgerliste"]}
    assert "galt für 10 Sitze und wird auf 11 nicht angewandt" in result.stderr


def test_recorded_lots_per_method_in_compare(seats: Invoke, plan_dir: Path) -> None:
    afd_four(plan_dir)
    # Hare-Niemeyer: AfD and FDP/Bürgerliste tie; Sainte-Laguë: CDU, AfD and FDP/Bürgerliste
    add_lot(plan_dir, ["fdp-buergerliste"])
    edit(
        plan_dir / "assembly.yaml",
        "        source: Niederschrift der Vollversammlung vom 01.02.2021\n",
        "        source: Niederschrift der Vollversammlung vom 01.02.2021\n"
        "      - date: 2021-02-01\n"
        "        winners: [cdu]\n"
        "        method: sainte-lague\n"
        "        source: Niederschrift der Vollversammlung vom 01.02.2021\n",
    )
    result = seats("--plan", str(plan_dir), "--term", "2020-2025", "--compare", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["hare-niemeyer"]["lot_applied"]["winners"] == ["FDP/Bürgerliste"]
    assert data["sainte-lague"]["lot_applied"]["winners"] == ["CDU"]
    assert data["sainte-lague"]["allocation"]["CDU"] == 3
    for obj in data.values():
        check_shape(obj)
        assert obj["lot"] is None
        assert sum(obj["allocation"].values()) == 10


# --- methods and --compare -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "name", "divisors", "expected"),
    [
        ("dhondt", "d'Hondt", "1, 2, 3, …", [4, 3, 3, 0, 0, 0, 0]),
        ("sainte-lague", "Sainte-Laguë", "1, 3, 5, …", [3, 3, 2, 1, 1, 0, 0]),
    ],
)
def test_divisor_methods(
    seats: Invoke, method: str, name: str, divisors: str, expected: list[int]
) -> None:
    result = seats(*PLAN, "--term", "2020-2025", "--method", method, "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    check_shape(data)
    assert data["method"] == method
    assert list(data["allocation"].values()) == expected
    table = seats(*PLAN, "--term", "2020-2025", "--method", method)
    assert f"10 Ratssitze nach {name}" in table.stdout
    text = one_line(table.stdout)
    assert f"{name}: Die 10 Sitze gehen nacheinander" in text
    assert divisors in text


def test_unknown_method(seats: Invoke) -> None:
    result = seats("--faction", "A=1", "--method", "hare")
    assert result.exit_code == 2
    assert "Unbekanntes Verfahren 'hare'" in result.stderr
    assert "hare-niemeyer, dhondt, sainte-lague" in result.stderr


def test_compare_json(seats: Invoke) -> None:
    result = seats(*WHAT_IF, "--compare", "--json")
    assert result.exit_code == 3  # Hare-Niemeyer leaves a lot
    data = json.loads(result.stdout)
    assert list(data) == ["hare-niemeyer", "dhondt", "sainte-lague"]
    for method, obj in data.items():
        check_shape(obj)
        assert obj["method"] == method
        assert obj["seats"] == 7
    assert data["hare-niemeyer"]["lot"] == {"seats": 1, "candidates": ["D", "E", "F"]}
    assert data["dhondt"]["allocation"] == {
        "A": 3,
        "B": 2,
        "C": 2,
        "D": 0,
        "E": 0,
        "F": 0,
        "G": 0,
        "H": 0,
    }
    assert data["dhondt"]["lot"] is None
    assert data["sainte-lague"]["lot"] is None


def test_compare_json_term_2020_2025(seats: Invoke) -> None:
    result = seats(*PLAN, "--term", "2020-2025", "--compare", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["hare-niemeyer"]["allocation"] == EXPECTED_2020
    for obj in data.values():
        check_shape(obj)


def test_compare_starts_with_the_chosen_method(seats: Invoke) -> None:
    result = seats(
        "--faction", "A=2", "--faction", "B=1", "--compare", "--json", "--method", "dhondt"
    )
    assert list(json.loads(result.stdout)) == ["dhondt", "hare-niemeyer", "sainte-lague"]


def test_compare_table(seats: Invoke) -> None:
    result = seats(*WHAT_IF, "--compare")
    assert result.exit_code == 3
    out = result.stdout
    assert "Vollversammlung — 7 Ratssitze im Vergleich, Was-wäre-wenn (80 Mandate)" in out
    for header in ("Hare-Niemeyer", "d'Hondt", "Sainte-Laguë"):
        assert header in out
    rows = table_rows(out)
    # Mandate, Quote, Hare-Niemeyer, d'Hondt, Sainte-Laguë
    assert rows["A"] == ["24", "2,1000", "2", "3", "3"]
    assert rows["D"] == ["4", "0,3500", "0 + Los?", "0", "0"]
    assert rows["Summe"] == ["80", "", "6 + 1 Los", "7", "7"]
    assert (
        "Hare-Niemeyer — Los: 1 Sitz wird zwischen D, E und F gelost; sicher vergeben sind "
        "6 von 7 Sitzen."
    ) in one_line(out)


def test_compare_table_with_lot_winner(seats: Invoke) -> None:
    result = seats(*WHAT_IF, "--compare", "--lot-winner", "F")
    assert result.exit_code == 0
    rows = table_rows(result.stdout)
    assert rows["F"] == ["4", "0,3500", "1", "0", "0"]
    assert rows["Summe"] == ["80", "", "7", "7", "7"]
    assert "Hare-Niemeyer — Los angewandt: F (gezogen unter D, E, F)." in result.stdout


# --- the majority clause -------------------------------------------------------------------


def test_majority_clause(seats: Invoke) -> None:
    args = ("--faction", "A=501", "--faction", "B=499", "--seats", "4")
    plain = json.loads(seats(*args, "--json").stdout)
    assert plain["allocation"] == {"A": 2, "B": 2}
    assert plain["majority_clause"] is None

    result = seats(*args, "--majority-clause", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    check_shape(data)
    assert data["allocation"] == {"A": 3, "B": 1}
    assert data["majority_clause"] == "A"

    table = seats(*args, "--majority-clause")
    rows = table_rows(table.stdout)
    assert rows["A"][-2:] == ["ja", "3"]
    assert rows["B"][-2:] == ["", "1"]
    assert "Mehrheitsklausel: A hält mehr als die Hälfte der Mandate" in one_line(table.stdout)


def test_majority_clause_in_compare_applies_to_hare_niemeyer(seats: Invoke) -> None:
    args = ("--faction", "A=501", "--faction", "B=499", "--seats", "4", "--majority-clause")
    data = json.loads(seats(*args, "--compare", "--json").stdout)
    assert data["hare-niemeyer"]["allocation"] == {"A": 3, "B": 1}
    assert data["dhondt"]["allocation"] == {"A": 2, "B": 2}
    assert data["dhondt"]["majority_clause"] is None
    table = seats(*args, "--compare")
    assert "Hare-Niemeyer — Mehrheitsklausel: A erhält vorab einen Restsitz" in table.stdout


@pytest.mark.parametrize("method", ["dhondt", "sainte-lague"])
def test_majority_clause_only_with_hare_niemeyer(seats: Invoke, method: str) -> None:
    result = seats(
        "--faction",
        "A=501",
        "--faction",
        "B=499",
        "--seats",
        "4",
        "--majority-clause",
        "--method",
        method,
    )
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Die Mehrheitsklausel gilt nur für Hare-Niemeyer" in result.stderr


# --- what-if -------------------------------------------------------------------------------


def test_what_if_reads_no_plan(seats: Invoke, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = seats("--plan", str(empty), "--faction", "SPD=27", "--faction", "CDU = 20", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    check_shape(data)
    assert data["seats"] == 10  # the motion's 10 seats, without reading the plan
    assert data["allocation"] == {"SPD": 6, "CDU": 4}
    assert result.stderr == ""

    table = seats("--plan", str(empty), "--faction", "SPD=27", "--faction", "CDU=20")
    assert table.exit_code == 0
    assert "Was-wäre-wenn (47 Mandate)" in table.stdout

    # without --faction the empty folder is reported, not a traceback
    missing = seats("--plan", str(empty))
    assert missing.exit_code == 2
    assert "assembly.yaml" in missing.stderr
    assert missing.stdout == ""


def test_what_if_ignores_a_broken_plan_in_the_environment(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    result = cli(
        "seats",
        "--faction",
        "A=2",
        "--faction",
        "B=1",
        "--seats",
        "3",
        "--json",
        env={**CLEAN_ENV, "KSPLAN_PLAN": str(tmp_path / "nowhere")},
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["allocation"] == {"A": 2, "B": 1}


def test_faction_and_term_exclude_each_other(seats: Invoke) -> None:
    result = seats(*PLAN, "--term", "2020-2025", "--faction", "A=1")
    assert result.exit_code == 2
    assert "--term und --faction schließen einander aus" in result.stderr


# --- bad input -----------------------------------------------------------------------------


def test_unknown_term(seats: Invoke) -> None:
    result = seats(*PLAN, "--term", "2030-2035")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Es gibt keine Ratsperiode '2030-2035'" in result.stderr
    assert "bekannte Ratsperioden: 2020-2025, 2025-2030" in result.stderr
    english = seats(*PLAN, "--term", "2030-2035", "--lang", "en")
    assert "there is no council term '2030-2035'; known terms: 2020-2025, 2025-2030" in (
        english.stderr
    )


@pytest.mark.parametrize(
    ("faction", "message"),
    [
        ("SPD", "is not of the form NAME=MANDATES"),
        ("SPD:27", "is not of the form NAME=MANDATES"),
        ("=27", "is not of the form NAME=MANDATES"),
        ("  =27", "is not of the form NAME=MANDATES"),
        ("SPD=", "must be a whole number of 0 or more"),
        ("SPD=x", "must be a whole number of 0 or more, not 'x'"),
        ("SPD=-1", "must be a whole number of 0 or more, not '-1'"),
        ("SPD=2.5", "must be a whole number of 0 or more, not '2.5'"),
        ("SPD=2,5", "must be a whole number of 0 or more, not '2,5'"),
        ("SPD=1e3", "must be a whole number of 0 or more"),
        ("SPD=٣", "must be a whole number of 0 or more"),  # an Arabic-Indic digit
        ("A=5=6", "is not of the form NAME=MANDATES"),
    ],
)
def test_malformed_faction(seats: Invoke, faction: str, message: str) -> None:
    result = seats("--faction", faction, "--faction", "CDU=20", "--lang", "en")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("ksplan: --faction ")
    assert message in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_malformed_faction_in_german(seats: Invoke) -> None:
    result = seats("--faction", "SPD:27")
    assert result.exit_code == 2
    assert result.stderr == (
        "ksplan: --faction 'SPD:27' hat nicht die Form NAME=MANDATE (z. B. SPD=27)\n"
    )


def test_duplicate_faction(seats: Invoke) -> None:
    result = seats("--faction", "A=3", "--faction", "B=2", "--faction", "A=4")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--faction nennt eine Fraktion mehrfach: A" in result.stderr


def test_all_mandates_zero(seats: Invoke) -> None:
    result = seats("--faction", "A=0", "--faction", "B=0")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "die Summe der Mandate ist 0" in result.stderr
    english = seats("--faction", "A=0", "--faction", "B=0", "--lang", "en")
    assert "the seats cannot be computed: the total of mandates is 0" in english.stderr


def test_all_mandates_zero_is_bad_data_even_with_a_lot_winner(seats: Invoke) -> None:
    result = seats("--faction", "A=0", "--faction", "B=0", "--lot-winner", "A")
    assert result.exit_code == 1
    assert "die Summe der Mandate ist 0" in result.stderr


@pytest.mark.parametrize("value", ["-1", "-10"])
def test_negative_seats(seats: Invoke, value: str) -> None:
    result = seats("--faction", "A=3", "--seats", value)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"--seats muss 0 oder mehr sein, nicht {value}" in result.stderr


def test_non_integer_seats(seats: Invoke) -> None:
    result = seats("--faction", "A=3", "--seats", "2.5")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "--seats" in result.stderr


def test_zero_seats(seats: Invoke) -> None:
    result = seats(*PLAN, "--term", "2020-2025", "--seats", "0", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    check_shape(data)
    assert data["seats"] == 0
    assert set(data["allocation"].values()) == {0}
    assert data["lot"] is None
    assert all(row["quota"] == "0/1" for row in data["rows"])

    table = seats("--faction", "A=2", "--faction", "B=1", "--seats", "0")
    assert table.exit_code == 0
    rows = table_rows(table.stdout)
    assert rows["A"][-1] == rows["B"][-1] == "0"
    assert rows["Summe"][-1] == "0"
    assert "Hare-Niemeyer: Es sind keine Sitze zu vergeben." in table.stdout


# --- a real process ------------------------------------------------------------------------


def test_subprocess_term_2020_2025_json(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in CLEAN_ENV}
    # run from an empty folder: the plan found is the one shipped with the package
    proc = subprocess.run(
        [sys.executable, "-m", "ksplan", "seats", "--term", "2020-2025", "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == TERM_2020_NOTE
    data = json.loads(proc.stdout)
    check_shape(data)
    assert data["allocation"] == EXPECTED_2020


def test_subprocess_lot_exit_status(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in CLEAN_ENV}
    proc = subprocess.run(
        [sys.executable, "-m", "ksplan", "seats", *WHAT_IF, "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 3, proc.stderr
    assert json.loads(proc.stdout)["lot"] == {"seats": 1, "candidates": ["D", "E", "F"]}


# --- names are text ------------------------------------------------------------------------


def test_names_are_not_console_markup(seats: Invoke) -> None:
    # "[/A]" would be a closing markup tag to the console; it must be shown as it is
    args = ("--faction", "[/A]=3", "--faction", "[bold]B=3", "--seats", "1")
    result = seats(*args)
    assert result.exit_code == 3, result.output
    rows = table_rows(result.stdout)
    assert rows["[/A]"][-1] == rows["[bold]B"][-1] == "0 + Los?"
    assert "Los: 1 Sitz wird zwischen [/A] und [bold]B gelost" in result.stdout
    compare = seats(*args, "--compare", "--lot-winner", "[bold]B")
    assert compare.exit_code == 3  # d'Hondt and Sainte-Laguë still tie
    assert "Los angewandt: [bold]B (gezogen unter [/A], [bold]B)." in compare.stdout
    assert "[/A]" in table_rows(compare.stdout)


def test_one_seat_and_one_mandate_are_singular(seats: Invoke) -> None:
    result = seats("--faction", "A=1", "--seats", "1")
    assert result.exit_code == 0
    assert "Vollversammlung — 1 Ratssitz nach Hare-Niemeyer, Was-wäre-wenn (1 Mandat)" in (
        result.stdout
    )
    tie = seats("--faction", "A=1", "--faction", "B=1", "--seats", "1", "--method", "dhondt")
    assert tie.exit_code == 3
    text = one_line(tie.stdout)
    assert "d'Hondt: Der Sitz geht an die höchste Höchstzahl" in text
    assert "sicher vergeben sind 0 von 1 Sitz." in text
