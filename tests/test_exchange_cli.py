"""survey, export and term import on the command line: German output, exit codes, and the
main paths as a real ksplan process."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl

from .oparl_server import council, serving
from .test_cli import run

Cli = Callable[..., Any]


def ksplan(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return run(*args, cwd=cwd, env={"KSPLAN_LANG": "de", "COLUMNS": "200"})


def test_monitoring_round_as_a_clerk_runs_it(plan_dir: Path, tmp_path: Path) -> None:
    round_dir = tmp_path / "runde"
    done = ksplan(
        "survey",
        "export",
        "--plan",
        str(plan_dir),
        "--body",
        "EDG",
        "--out",
        str(round_dir),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    book = round_dir / f"statusabfrage-{dt.date.today().year}-edg.xlsx"
    assert done.stdout.startswith(f"{book}: EDG Entsorgung Dortmund GmbH, 10 Maßnahmen\n")
    wb = openpyxl.load_workbook(book)
    ws = wb["Maßnahmen"]
    ws["H3"], ws["I3"] = "In Umsetzung", dt.datetime(2026, 4, 1)
    ws["H4"], ws["I4"] = "fertig", dt.datetime(2026, 4, 1)
    wb.save(book)
    before = (plan_dir / "measures.yaml").read_bytes()
    checked = ksplan("survey", "import", str(book), "--plan", str(plan_dir), cwd=tmp_path)
    assert checked.returncode == 1
    shown = book.relative_to(tmp_path)
    assert (
        f"{shown}: Blatt „Maßnahmen“, Zeile 4, Spalte H: „fertig“ ist kein Status; erlaubt: "
        "umgesetzt, in Umsetzung, geplant, verworfen" in checked.stdout
    )
    assert "M10 Stand unbekannt → in Umsetzung (01.04.2026)" in checked.stdout
    refused = ksplan(
        "survey", "import", str(book), "--apply", "--plan", str(plan_dir), cwd=tmp_path
    )
    assert refused.returncode == 1 and "Nichts wurde übernommen" in refused.stderr
    assert (plan_dir / "measures.yaml").read_bytes() == before
    ws["H4"] = "umgesetzt"
    wb.save(book)
    applied = ksplan(
        "survey", "import", str(book), "--apply", "--plan", str(plan_dir), cwd=tmp_path
    )
    assert applied.returncode == 0, applied.stdout + applied.stderr
    assert "2 Rückmeldungen in den Verlauf der Maßnahmen übernommen" in applied.stdout
    again = ksplan("survey", "import", str(book), "--apply", "--plan", str(plan_dir), cwd=tmp_path)
    assert again.returncode == 0 and "Nichts Neues zu übernehmen." in again.stdout
    assert "0 neu, 2 bereits erfasst" in again.stdout


def test_survey_import_of_a_file_that_is_not_ours(cli: Cli, plan_dir: Path, tmp_path: Path) -> None:
    other = tmp_path / "liste.xlsx"
    openpyxl.Workbook().save(other)
    result = cli("survey", "import", str(other), "--plan", str(plan_dir))
    assert result.exit_code == 1
    assert f"{other}: Die Datei ist keine Statusabfrage von ksplan" in result.stdout


def test_survey_export_of_an_unknown_body(cli: Cli, plan_dir: Path, tmp_path: Path) -> None:
    result = cli(
        "survey", "export", "--body", "EGD", "--out", str(tmp_path), "--plan", str(plan_dir)
    )
    assert result.exit_code == 2
    assert "meinten Sie" in result.output


def test_exports_are_written_and_named(cli: Cli, tmp_path: Path) -> None:
    for fmt, out in (("xlsx", "a.xlsx"), ("ics", "a.ics"), ("datapackage", "offen")):
        result = cli(
            "export", "--format", fmt, "--out", str(tmp_path / out), "--as-of", "30.11.2026"
        )
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith(f"geschrieben: {tmp_path / out}")
    assert (tmp_path / "offen" / "datapackage.json").is_file()
    bad = cli("export", "--format", "csv")
    assert bad.exit_code == 2
    assert "--format csv: unbekannt; möglich sind xlsx, ics, datapackage." in bad.output


def test_export_never_replaces_a_plan_file(cli: Cli, plan_dir: Path) -> None:
    before = (plan_dir / "measures.yaml").read_bytes()
    result = cli(
        "export",
        "--format",
        "ics",
        "--out",
        str(plan_dir / "measures.yaml"),
        "--plan",
        str(plan_dir),
    )
    assert result.exit_code == 2
    assert (plan_dir / "measures.yaml").read_bytes() == before


def test_term_import_from_a_file(cli: Cli, plan_dir: Path, tmp_path: Path) -> None:
    routes = council("https://ris.beispielstadt.example")
    dump = tmp_path / "oparl.json"
    dump.write_text(json.dumps([p.get("data", []) for p in routes.values()]), encoding="utf-8")
    preview = cli(
        "term", "import", "--oparl", str(dump), "--term", "2025-2030", "--plan", str(plan_dir)
    )
    assert preview.exit_code == 0, preview.output
    assert "  SPD: 7 Mitglieder → spd" in preview.stdout
    assert "Ratsperiode 2025-2030: Fraktion SPD Mandate 26 → 7" in preview.stdout
    assert preview.stdout.rstrip().endswith("Nichts geschrieben; mit --apply übernehmen.")
    missing = cli(
        "term",
        "import",
        "--oparl",
        str(tmp_path / "nix.json"),
        "--term",
        "2025-2030",
        "--plan",
        str(plan_dir),
    )
    assert missing.exit_code == 2 and "Diese Datei gibt es nicht" in missing.output


def test_term_import_from_the_council_information_system(plan_dir: Path, tmp_path: Path) -> None:
    with serving() as server:
        done = ksplan(
            "term",
            "import",
            "--oparl",
            server.base + "/",
            "--term",
            "2025-2030",
            "--apply",
            "--plan",
            str(plan_dir),
            cwd=tmp_path,
        )
    assert done.returncode == 0, done.stderr
    assert "Ratsperiode 2025-2030: Fraktionen übernommen — gespeichert in" in done.stdout
    text = (plan_dir / "assembly.yaml").read_text(encoding="utf-8")
    assert "mandates: 7\n" in text
    check = ksplan("validate", "--plan", str(plan_dir), cwd=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr


def test_survey_import_of_a_file_that_is_no_workbook_is_a_wrong_command_line(
    plan_dir: Path, tmp_path: Path
) -> None:
    """A missing file, a folder or a text file named as a workbook: exit 2, one message on
    standard error, nothing on standard output and the plan untouched."""
    (tmp_path / "notiz.xlsx").write_text("kein Excel\n", encoding="utf-8")
    (tmp_path / "ordner").mkdir()
    before = (plan_dir / "measures.yaml").read_bytes()
    for name, reason in [
        ("nichtda.xlsx", "Die Datei gibt es nicht."),
        ("ordner", "Das ist keine Datei."),
        ("notiz.xlsx", "Die Datei ist keine Excel-Arbeitsmappe (.xlsx)"),
    ]:
        for extra in ([], ["--apply"]):
            done = ksplan("survey", "import", name, *extra, "--plan", str(plan_dir), cwd=tmp_path)
            assert done.returncode == 2, done.stderr
            assert done.stdout == ""
            assert done.stderr.startswith(f"ksplan: {name}: {reason}")
            assert len(done.stderr.splitlines()) == 1, done.stderr
    english = run(
        "survey",
        "import",
        "nichtda.xlsx",
        "--plan",
        str(plan_dir),
        cwd=tmp_path,
        env={"KSPLAN_LANG": "en"},
    )
    assert english.returncode == 2
    assert english.stderr == "ksplan: nichtda.xlsx: The file does not exist.\n"
    assert (plan_dir / "measures.yaml").read_bytes() == before


def test_a_round_applied_with_prefer_is_quiet_when_imported_again(
    plan_dir: Path, tmp_path: Path
) -> None:
    """Two bodies answer differently for M15; --prefer fachbereich-60 decides it. Importing
    the same files again says that answer is recorded, counts every row once, and exits 0."""
    round_dir = tmp_path / "runde"
    done = ksplan(
        "survey",
        "export",
        "--plan",
        str(plan_dir),
        "--body",
        "edg",
        "--body",
        "fachbereich-60",
        "--out",
        str(round_dir),
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    year = dt.date.today().year
    edg, fb60 = (round_dir / f"statusabfrage-{year}-{b}.xlsx" for b in ("edg", "fachbereich-60"))
    wb = openpyxl.load_workbook(edg)
    ws = wb["Maßnahmen"]
    ws["H2"], ws["I2"] = "umgesetzt", dt.datetime(2026, 3, 15)
    ws["H8"], ws["I8"] = "umgesetzt", dt.datetime(2026, 4, 20)  # M15
    ws["J11"] = "siehe Bericht"  # M18: a note without a status
    wb.save(edg)
    wb = openpyxl.load_workbook(fb60)
    wb["Maßnahmen"]["H2"], wb["Maßnahmen"]["I2"] = "in Umsetzung", dt.datetime(2026, 5, 1)
    wb.save(fb60)
    files = [str(edg), str(fb60)]
    first = ksplan("survey", "import", *files, "--plan", str(plan_dir), cwd=tmp_path)
    assert first.returncode == 1
    assert (
        "2 Dateien: 1 neu, 0 bereits erfasst, 2 im Widerspruch, 0 nicht übernommen (die Angabe "
        "einer anderen Stelle gilt), 1 mit Fehlern, 8 ohne Angabe." in first.stdout
    )
    wb = openpyxl.load_workbook(edg)
    wb["Maßnahmen"]["J11"] = None
    wb.save(edg)
    applied = ksplan(
        "survey",
        "import",
        *files,
        "--apply",
        "--prefer",
        "fachbereich-60",
        "--plan",
        str(plan_dir),
        cwd=tmp_path,
    )
    assert applied.returncode == 0, applied.stdout + applied.stderr
    assert "2 Rückmeldungen in den Verlauf der Maßnahmen übernommen" in applied.stdout
    for extra in ([], ["--apply"]):
        again = ksplan("survey", "import", *files, *extra, "--plan", str(plan_dir), cwd=tmp_path)
        assert again.returncode == 0, again.stdout + again.stderr
        assert again.stderr == ""
        assert "Widersprüchliche" not in again.stdout
        assert again.stdout.splitlines() == [
            "Nicht übernommen: M15 EDG Entsorgung Dortmund GmbH: umgesetzt – bereits erfasst "
            "ist die Angabe von Fachbereich 60 (Stadt Dortmund): in Umsetzung.",
            "2 Dateien: 0 neu, 2 bereits erfasst, 0 im Widerspruch, 1 nicht übernommen (die "
            "Angabe einer anderen Stelle gilt), 0 mit Fehlern, 9 ohne Angabe.",
            "Nichts Neues zu übernehmen.",
        ]
