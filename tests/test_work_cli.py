"""The Vollversammlung's work on the command line: ``members``, ``trace``, ``inputs`` and the
edits (``member add``, ``meeting add`` with attendance, ``handlungsfeld add``,
``recommendation add|step``, ``input add|step``), through the CLI runner and, for the main
path, as a real subprocess."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from ksplan.loading import load_plan

from .conftest import REPO
from .test_cli import run

EXAMPLE = REPO / "examples" / "musterstadt"


@pytest.fixture
def example_dir(tmp_path: Path) -> Path:
    target = tmp_path / "musterstadt"
    shutil.copytree(EXAMPLE, target)
    return target


def _bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.yaml"))}


# --- read commands ------------------------------------------------------------------------------


def test_members_on_a_date(cli: Any) -> None:
    result = cli("members", "--plan", str(EXAMPLE), "--as-of", "15.10.2024")
    assert result.exit_code == 0, result.output
    assert "Mitglieder der Vollversammlung am 15.10.2024" in result.output
    assert "Erika Mustermann (Vorsitzende des Seniorenbeirats)" in result.output
    assert "Stimmberechtigt: 11 von 12 Sitzen besetzt, 1 offen (kein Mitglied erfasst)" in (
        " ".join(result.output.split())
    )


def test_members_json(cli: Any) -> None:
    result = cli("members", "--plan", str(EXAMPLE), "--as-of", "2024-06-30", "--json")
    data = json.loads(result.output)
    wohlfahrt = next(s for s in data["seats"] if s["seat"] == "wohlfahrtspflege")
    assert wohlfahrt["holder"]["id"] == "wohlfahrt-1"
    assert (data["voting_total"], data["voting_open"], data["term"]) == (12, 1, "2020-2025")


def test_shipped_plan_says_nothing_is_recorded(cli: Any) -> None:
    members = cli("members")
    assert members.exit_code == 0
    assert "keine Mitglieder erfasst (nichts erfasst" in members.output
    inputs = cli("inputs", "--open")
    assert inputs.exit_code == 0
    assert "Keine Eingaben erfasst (nichts erfasst)." in inputs.output
    trace = cli("trace", "E1")
    assert trace.exit_code == 1
    assert "nichts erfasst" in trace.output


def test_trace_in_english_and_json(cli: Any) -> None:
    result = cli("trace", "m3", "--plan", str(EXAMPLE), "--lang", "en")
    assert result.exit_code == 0
    assert result.output.startswith("Chain of measure M03\n")
    assert "origins (backwards)" in result.output
    data = json.loads(cli("trace", "nord-2", "--plan", str(EXAMPLE), "--format", "json").output)
    assert [n["id"] for n in data["origins"]] == ["sued-1"]
    assert data["outcomes"][0]["id"] == "beleuchtung"


def test_trace_unknown_id_is_a_usage_error(cli: Any) -> None:
    result = cli("trace", "nord-22", "--plan", str(EXAMPLE))
    assert result.exit_code == 2
    assert "meinten Sie „nord-2“?" in result.output


def test_inputs_of_a_lab_and_open_ones(cli: Any) -> None:
    result = cli("inputs", "--plan", str(EXAMPLE), "--lab", "LABOR-SUED-2024", "--json",
                 "--as-of", "2025-06-01")  # fmt: skip
    rows = json.loads(result.output)
    assert [(r["id"], r["state"], r["open"]) for r in rows] == [
        ("sued-1", "merged", False),
        ("sued-2", "reported", True),
        ("sued-3", "received", True),  # never reported, for more than 6 months
    ]
    shown = cli("inputs", "--plan", str(EXAMPLE), "--open", "--as-of", "2025-06-01")
    assert "Offene Eingaben am 01.06.2025 (seit mehr als 6 Monaten ohne Ergebnis): 2" in (
        shown.output
    )
    digital = json.loads(cli("inputs", "--plan", str(EXAMPLE), "--lab", "Digital", "--json").output)
    assert [r["id"] for r in digital] == ["digital-1"]
    bad = cli("inputs", "--plan", str(EXAMPLE), "--lab", "labor-nord")
    assert bad.exit_code == 2 and "meinten Sie" in bad.output


# --- edits -------------------------------------------------------------------------------


def test_a_year_of_work_recorded_by_the_edit_commands(cli: Any, example_dir: Path) -> None:
    plan = ["--plan", str(example_dir)]
    steps = [
        ["member", "add", "Fraktion Grün", "--since", "01.01.2025", "--role", "Ratsmitglied",
         "--source", "Schreiben der Fraktion Grün"],
        ["member", "add", "gruen", "--since", "2025-01-01", "--deputy-of", "gruen-2",
         "--source", "Schreiben der Fraktion Grün"],
        ["meeting", "add", "18.02.2025", "--id", "vv-2025-02", "--kind", "ordentlich",
         "--agenda", "Bahnhof", "--present", "polizei-1", "--present", "gruen-3",
         "--source", "Niederschrift"],
        ["meeting", "add", "2025-01-20", "--group", "AG Nachbarschaft", "--present",
         "senioren-1", "--other", "Quartiersmanagement Süd", "--source", "Vermerk"],
        ["handlungsfeld", "add", "ordnung", "Ordnung am Bahnhof", "--named", "18.02.2025",
         "--meeting", "vv-2025-02", "--group", "ag-sauberkeit", "--source", "Niederschrift"],
        ["recommendation", "add", "e4", "--meeting", "vv-2025-02", "--text", "Mehr Präsenz",
         "--to", "Ausschuss", "--committee", "Ausschuss für Ordnung", "--field", "ordnung",
         "--measure", "m9", "--source", "Niederschrift"],
        ["recommendation", "step", "E4", "Beschlossen", "--by", "Ausschuss für Ordnung",
         "--date", "11.03.2025", "--source", "Niederschrift des Ausschusses"],
        ["input", "add", "sued-4", "--lab", "labor-sued-2024", "--date", "2024-09-12",
         "--text", "Mehr Bänke", "--source", "Protokoll"],
        ["input", "step", "sued-4", "berichtet", "--to", "ag-nachbarschaft", "--date",
         "2025-01-20", "--source", "Vermerk"],
        ["input", "step", "sued-2", "Empfehlung", "--target", "e4", "--date", "2025-02-18",
         "--source", "Niederschrift"],
    ]  # fmt: skip
    for args in steps:
        result = cli(*args, *plan)
        assert result.exit_code == 0, (args, result.output)
        assert "gespeichert in" in result.output
    loaded = load_plan(example_dir)
    a = loaded.assembly
    assert [h.id for h in a.members][-2:] == ["gruen-2", "gruen-3"]
    meeting = next(m for m in a.meetings if m.id == "vv-2025-02")
    assert (meeting.kind, meeting.attendance, meeting.agenda) == (
        "regular",
        ["polizei-1", "gruen-3"],
        ["Bahnhof"],
    )
    group = next(g for g in a.working_groups if g.id == "ag-nachbarschaft")
    assert [m.date.isoformat() for m in group.meetings] == ["2024-11-05", "2025-01-20"]
    rec = next(r for r in a.recommendations if r.id == "E4")
    assert (rec.addressee, rec.measures, rec.state) == ("fachausschuss", ["M09"], "adopted")
    sued2 = next(x for x in a.inputs if x.id == "sued-2")
    assert sued2.outcome is not None and sued2.outcome.target == "E4"
    trace = cli("trace", "sued-2", *plan)
    assert "beschlossen am 11.03.2025 (Ausschuss für Ordnung)" in trace.output
    text = (example_dir / "assembly.yaml").read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server")  # comments kept
    assert "    attendance: [polizei-1, gruen-3]\n" in text


def test_a_refused_edit_leaves_every_byte(cli: Any, example_dir: Path) -> None:
    before = _bytes(example_dir)
    declined = cli("input", "step", "sued-2", "abgelehnt", "--date", "2025-02-18",
                   "--source", "Vermerk", "--plan", str(example_dir))  # fmt: skip
    assert declined.exit_code == 1
    assert "nennt den Grund in 'reason'" in declined.output
    too_many = cli("member", "add", "rot", "--since", "2025-01-01", "--source", "x",
                   "--plan", str(example_dir))  # fmt: skip
    assert too_many.exit_code == 1
    assert "Fraktion Rot: 3 Ratssitze besetzt" in too_many.output
    typo = cli("recommendation", "step", "E1", "beschlosen", "--source", "x",
               "--plan", str(example_dir))  # fmt: skip
    assert typo.exit_code == 2 and "meinten Sie „beschlossen“?" in typo.output
    no_source = cli("input", "add", "x-1", "--digital", "--text", "t", "--plan", str(example_dir))
    assert no_source.exit_code == 2
    assert _bytes(example_dir) == before


def test_edit_messages_in_english(cli: Any, example_dir: Path) -> None:
    args = ["input", "add", "digital-2", "--digital", "--date", "2025-01-10", "--text", "Licht"]
    result = cli(*args, "--source", "Portal", "--plan", str(example_dir), "--lang", "en")
    assert result.exit_code == 0
    assert result.output.startswith("input digital-2 of 10.01.2025 added")


# --- every existing command works on the example plan ----------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["validate"],
        ["measures"],
        ["seats"],
        ["coverage", "--as-of", "2025-01-31"],
        ["overdue"],
        ["check"],
        ["report", "--format", "html"],
        ["members"],
        ["inputs"],
        ["trace", "E1"],
    ],
)
def test_every_command_on_the_example(cli: Any, args: list[str]) -> None:
    result = cli(*args, "--plan", str(EXAMPLE))
    assert result.exit_code == 0, result.output
    assert result.output.strip()


def test_trace_as_a_subprocess() -> None:
    proc = run(
        "trace", "sued-1", "--plan", str(EXAMPLE), env={"KSPLAN_LANG": "de", "COLUMNS": "120"}
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    lines = proc.stdout.splitlines()
    assert lines[0] == "Kette von Eingabe sued-1"
    assert any("Maßnahme M03: Beleuchtungskonzept für Unterführungen" in line for line in lines)


@pytest.mark.parametrize(
    ("args", "code", "said"),
    [
        (  # the same step again: nothing to do
            ["input", "step", "sued-2", "berichtet", "--date", "05.11.2024", "--to",
             "ag-nachbarschaft", "--source", "Vermerk"],
            0,
            "schon erfasst; nichts geändert",
        ),
        (  # a step before the last one recorded
            ["input", "step", "sued-2", "abgelehnt", "--date", "01.10.2024", "--reason", "x",
             "--source", "Vermerk"],
            2,
            "liegt vor dem letzten erfassten Schritt (05.11.2024)",
        ),
        (
            ["input", "step", "sued-2", "abgelehnt", "--date", "01.01.2042", "--reason", "x",
             "--source", "Vermerk"],
            2,
            "Ein Schritt vom 01.01.2042 liegt nach heute",
        ),
        (  # an input cannot be older than its lab
            ["input", "add", "sued-9", "--text", "Müll", "--lab", "labor-sued-2024", "--date",
             "01.01.2024", "--source", "Protokoll"],
            2,
            "vor dem Quartierslabor",
        ),
        (
            ["input", "add", "sued-9", "--text", "   ", "--lab", "labor-sued-2024", "--date",
             "13.09.2024", "--source", "   "],
            2,
            "darf nicht leer sein",
        ),
        (
            ["handlungsfeld", "add", "zukunft", "Zukunft", "--named", "01.01.2042", "--source",
             "x"],
            2,
            "liegt nach heute",
        ),
    ],
)  # fmt: skip
def test_work_edits_refuse_what_did_not_happen_and_repeat_nothing(
    cli: Any, example_dir: Path, args: list[str], code: int, said: str
) -> None:
    before = _bytes(example_dir)
    result = cli(*args, "--plan", str(example_dir))
    assert result.exit_code == code, result.output
    assert said in result.output
    assert _bytes(example_dir) == before
