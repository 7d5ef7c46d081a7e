"""The status survey, round trip: workbooks out, filled in as a body would (with mistakes),
read back, and the plan's change compared with what was filled in."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ksplan.diff import diff_plans
from ksplan.loading import load_plan
from ksplan.output import problem_line
from ksplan.spreadsheet import put
from ksplan.survey import (
    COLUMNS,
    FILL_COLUMNS,
    column_letter,
    export_survey,
    plan_import,
    read_answers,
    record,
)

AS_OF = dt.date(2026, 11, 30)
TODAY = dt.date.today()


def col(key: str) -> int:
    return COLUMNS.index(key) + 1


def exported(plan_dir: Path, out: Path, *bodies: str) -> dict[str, Path]:
    plan = load_plan(plan_dir)
    return {f.body_id: f.path for f in export_survey(plan, out, AS_OF, bodies)}


def fill(path: Path, rows: dict[str, dict[str, Any]], target: Path | None = None) -> Path:
    """Fill a survey workbook as a body does in Excel: values into the open columns."""
    wb = openpyxl.load_workbook(path)
    ws = wb["Maßnahmen"]
    by_id = {ws.cell(r, 1).value: r for r in range(2, ws.max_row + 1)}
    for measure, values in rows.items():
        for key, value in values.items():
            cell = ws.cell(by_id[measure], col(key))
            if key in ("note", "contact"):
                put(ws, by_id[measure], col(key), value)  # typed as text ('=… stays text)
            else:
                cell.value = value  # "=TODAY()" becomes a formula, as in Excel
    target = target or path
    wb.save(target)
    return target


def test_export_writes_one_locked_workbook_per_body(plan_dir: Path, tmp_path: Path) -> None:
    files = exported(plan_dir, tmp_path / "out", "EDG", "polizeipraesidium-dortmund")
    assert sorted(p.name for p in files.values()) == [
        "statusabfrage-2026-edg.xlsx",
        "statusabfrage-2026-polizeipraesidium-dortmund.xlsx",
    ]
    wb = openpyxl.load_workbook(files["edg"])
    assert wb.sheetnames[:2] == ["Anleitung", "Maßnahmen"]
    assert wb.active.title == "Anleitung"
    assert wb["ksplan"].sheet_state == "veryHidden"
    guide = " ".join(str(c.value) for c in wb["Anleitung"]["A"] if c.value)
    assert "Neuer Stand" in guide and "umgesetzt, in Umsetzung, geplant, verworfen" in guide
    ws = wb["Maßnahmen"]
    assert ws.protection.sheet
    ids = [ws.cell(r, 1).value for r in range(2, ws.max_row + 1)]
    assert ids == [f"M{n:02d}" for n in range(9, 19)]  # EDG's measures, in the plan's order
    for key in COLUMNS:
        locked = ws.cell(2, col(key)).protection.locked
        assert locked == (key not in FILL_COLUMNS), key
    assert isinstance(ws.cell(2, col("due")).value, dt.datetime)  # a real date
    [choice] = [v for v in ws.data_validations.dataValidation if v.type == "list"]
    assert choice.formula1 == '"umgesetzt,in Umsetzung,geplant,verworfen"'
    assert str(choice.sqref) == f"{column_letter('new_status')}2:{column_letter('new_status')}11"


def test_round_trip_the_plan_changes_as_filled_in(plan_dir: Path, tmp_path: Path) -> None:
    files = exported(plan_dir, tmp_path / "out", "edg")
    filled = {
        "M09": {
            "new_status": "Erledigt",
            "new_date": dt.datetime(2026, 3, 15),
            "note": '=HYPERLINK("http://x")',
            "contact": "Frau Beispiel",
        },
        "M10": {"new_status": "in Umsetzung", "new_date": "01.04.2026"},
        "M11": {"new_status": "geplant", "new_date": "2026-05"},
        # mistakes
        "M12": {"new_status": "fertig", "new_date": dt.datetime(2026, 3, 1)},
        "M13": {"new_status": "umgesetzt", "new_date": "=TODAY()"},
        "M14": {"new_status": "umgesetzt"},
        "M15": {"new_date": dt.datetime(2026, 3, 1), "note": "siehe Bericht"},
    }
    wb_path = fill(files["edg"], filled)
    plan = load_plan(plan_dir)
    book = read_answers(plan, wb_path, TODAY)
    lines = [problem_line(p) for p in book.problems]
    name = str(wb_path)
    assert lines == [
        f"{name}: Blatt „Maßnahmen“, Zeile 5, Spalte H: „fertig“ ist kein Status; erlaubt: "
        "umgesetzt, in Umsetzung, geplant, verworfen",
        f"{name}: Blatt „Maßnahmen“, Zeile 6, Spalte I: Hier steht eine Formel statt eines "
        "Wertes; Formeln werden nicht ausgewertet. Bitte den Wert eintragen – Zeile nicht "
        "übernommen.",
        f"{name}: Blatt „Maßnahmen“, Zeile 7, Spalte I: Das Datum fehlt: An welchem Tag galt "
        "der Stand?",
        f"{name}: Blatt „Maßnahmen“, Zeile 8, Spalte H: Kein neuer Stand angegeben, aber Spalte "
        "I, J ausgefüllt – bitte den Stand ergänzen.",
    ]
    found = plan_import(plan, [book])
    assert [(a.measure, a.status, str(a.when)) for a in found.new] == [
        ("M09", "done", "2026-03-15"),
        ("M10", "in_progress", "2026-04-01"),
        ("M11", "planned", "2026-05"),
    ]
    preview = record(plan_dir, found, write=False)
    assert preview is not None
    assert load_plan(plan_dir) == plan  # nothing written
    outcome = record(plan_dir, found, write=True)
    assert outcome is not None
    after = load_plan(plan_dir)
    changes = diff_plans(plan, after, AS_OF).changes
    recorded = {
        c.subject: (c.after["status"], c.after["date"], c.after.get("note"), c.after["source"])
        for c in changes
    }
    assert recorded == {
        "M09": (
            "done",
            "2026-03-15",
            '=HYPERLINK("http://x")',  # text, as typed: never a formula
            "Statusabfrage 2026, Rückmeldung EDG Entsorgung Dortmund GmbH vom 15.03.2026; "
            "Ansprechperson: Frau Beispiel",
        ),
        "M10": (
            "in_progress",
            "2026-04-01",
            None,
            "Statusabfrage 2026, Rückmeldung EDG Entsorgung Dortmund GmbH vom 01.04.2026",
        ),
        "M11": (
            "planned",
            "2026-05",
            None,
            "Statusabfrage 2026, Rückmeldung EDG Entsorgung Dortmund GmbH vom Mai 2026",
        ),
    }
    # the preview showed the same change as was written
    assert diff_plans(preview.before, preview.after, AS_OF).changes == changes
    # the same file again: nothing new
    again = plan_import(after, [read_answers(after, wb_path, TODAY)])
    assert again.new == () and len(again.already) == 3
    assert record(plan_dir, again, write=True) is None
    # a note that begins with "=" goes back out as text, not as a formula
    out2 = exported(plan_dir, tmp_path / "again", "edg")
    assert load_plan(plan_dir).measures[8].history[-1].note == '=HYPERLINK("http://x")'
    assert out2["edg"].exists()


def test_shared_measure_answered_differently_is_not_recorded_without_prefer(
    plan_dir: Path, tmp_path: Path
) -> None:
    files = exported(plan_dir, tmp_path / "out", "edg", "fachbereich-60")
    day = dt.datetime(2026, 6, 1)
    edg = fill(
        files["edg"],
        {
            "M15": {"new_status": "umgesetzt", "new_date": day},
            "M16": {"new_status": "geplant", "new_date": day},
            "M10": {"new_status": "geplant", "new_date": day},
        },
    )
    fb60 = fill(
        files["fachbereich-60"],
        {
            "M15": {"new_status": "in Umsetzung", "new_date": day},
            "M16": {"new_status": "geplant", "new_date": day},
        },
    )
    plan = load_plan(plan_dir)
    books = [read_answers(plan, p, TODAY) for p in (edg, fb60)]
    found = plan_import(plan, books)
    assert [c.measure for c in found.conflicts] == ["M15"]
    assert {a.body for a in found.conflicts[0].answers} == {"edg", "fachbereich-60"}
    assert sorted((a.measure, a.body) for a in found.new) == [
        ("M10", "edg"),
        ("M16", "edg"),
        ("M16", "fachbereich-60"),
    ]
    preferred = plan_import(plan, [read_answers(plan, p, TODAY) for p in (edg, fb60)], ["EDG"])
    assert preferred.conflicts == ()
    assert [(p.answer.measure, p.answer.body) for p in preferred.passed_over] == [
        ("M15", "fachbereich-60")
    ]
    assert ("M15", "done") in {(a.measure, a.status) for a in preferred.new}
    record(plan_dir, preferred, write=True)
    after = load_plan(plan_dir)
    # both files again, without --prefer: the answer recorded then counts, nothing conflicts
    both = plan_import(after, [read_answers(after, p, TODAY) for p in (edg, fb60)])
    assert both.conflicts == () and both.new == ()
    assert [(p.answer.body, p.counts.body, p.recorded) for p in both.passed_over] == [
        ("fachbereich-60", "edg", True)
    ]
    assert ("M15", "edg") in {(a.measure, a.body) for a in both.already}
    assert both.counts.rows == 10 + 2
    # the other body's answer, imported later on its own, is still a conflict
    later = plan_import(after, [read_answers(after, fb60, TODAY)])
    assert [c.measure for c in later.conflicts] == ["M15"]
    assert [r.body_name for r in later.conflicts[0].recorded] == ["EDG Entsorgung Dortmund GmbH"]


def _message(plan_dir: Path, path: Path) -> str:
    book = read_answers(load_plan(plan_dir), path, TODAY)
    assert book.answers == []
    [problem] = book.problems
    return problem.message


def test_foreign_damaged_encrypted_and_macro_workbooks_are_refused(
    plan_dir: Path, tmp_path: Path
) -> None:
    files = exported(plan_dir, tmp_path / "out", "edg")
    good = fill(files["edg"], {"M10": {"new_status": "geplant", "new_date": "2026-05"}})
    foreign = tmp_path / "fremd.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "Nr."
    wb.save(foreign)
    assert "keine Statusabfrage von ksplan" in _message(plan_dir, foreign)

    damaged = tmp_path / "kaputt.xlsx"
    damaged.write_bytes(good.read_bytes()[:3000])
    assert "beschädigt" in _message(plan_dir, damaged) or "keine Excel" in _message(
        plan_dir, damaged
    )
    text = tmp_path / "liste.xlsx"
    text.write_text("Nr.;Stand\nM10;geplant\n", encoding="utf-8")
    assert "keine Excel-Arbeitsmappe" in _message(plan_dir, text)

    msoffcrypto = pytest.importorskip("msoffcrypto")
    from msoffcrypto.format.ooxml import OOXMLFile

    encrypted = tmp_path / "kennwort.xlsx"
    with good.open("rb") as plain, encrypted.open("wb") as out:
        OOXMLFile(plain).encrypt("geheim", out)
    assert msoffcrypto.OfficeFile(encrypted.open("rb")).is_encrypted()
    assert "Kennwort" in _message(plan_dir, encrypted)

    macro = tmp_path / "makro.xlsm"
    buffer = io.BytesIO()
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(buffer, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0 Attribute VB_Name")
    macro.write_bytes(buffer.getvalue())
    assert "Makros" in _message(plan_dir, macro)

    renamed = tmp_path / "umbenannt.xlsx"
    wb = openpyxl.load_workbook(good)
    wb["Maßnahmen"].insert_cols(3)
    wb.save(renamed)
    assert "Spalten" in _message(plan_dir, renamed)


def test_an_unknown_measure_and_a_future_date_are_located(plan_dir: Path, tmp_path: Path) -> None:
    files = exported(plan_dir, tmp_path / "out", "edg")
    future = dt.datetime.combine(TODAY + dt.timedelta(days=3), dt.time(0))
    path = fill(files["edg"], {"M10": {"new_status": "geplant", "new_date": future}})
    wb = openpyxl.load_workbook(path)
    wb["Maßnahmen"].protection.sheet = False
    wb["Maßnahmen"]["A4"] = "M99"
    wb["Maßnahmen"]["H4"] = "geplant"
    wb.save(path)
    lines = [
        p.field + ": " + p.message for p in read_answers(load_plan(plan_dir), path, TODAY).problems
    ]
    assert lines[0].startswith("Blatt „Maßnahmen“, Zeile 3, Spalte I: ")
    assert "liegt nach heute" in lines[0]
    assert lines[1] == (
        "Blatt „Maßnahmen“, Zeile 4, Spalte A: „M99“ ist keine Maßnahme dieser Statusabfrage – "
        "Zeile nicht übernommen."
    )


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=40).filter(lambda s: "\x00" not in s))
def test_any_text_is_written_and_read_back_as_text(text: str) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    cleaned = "".join(ch for ch in text if ch.isprintable() or ch in "\t\n")
    if not cleaned:
        return
    put(ws, 1, 1, cleaned)
    buffer = io.BytesIO()
    wb.save(buffer)
    cell = openpyxl.load_workbook(io.BytesIO(buffer.getvalue())).active["A1"]
    assert cell.data_type == "s"
    assert cell.value == cleaned


def test_files_are_left_alone_when_nothing_is_new(plan_dir: Path, tmp_path: Path) -> None:
    files = exported(plan_dir, tmp_path / "out", "edg")
    before = {p.name: p.read_bytes() for p in plan_dir.iterdir()}
    plan = load_plan(plan_dir)
    assert (
        record(plan_dir, plan_import(plan, [read_answers(plan, files["edg"], TODAY)]), write=True)
        is None
    )
    assert {p.name: p.read_bytes() for p in plan_dir.iterdir()} == before
    shutil.rmtree(tmp_path / "out")


NOTE_TEXT = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Cf")), min_size=1, max_size=60
).filter(lambda s: s.strip() != "")


@settings(max_examples=12, deadline=None)
@given(note=NOTE_TEXT, contact=NOTE_TEXT)
def test_any_note_is_recorded_exactly_as_typed(note: str, contact: str) -> None:
    import tempfile

    from .conftest import DATA

    with tempfile.TemporaryDirectory() as tmp:
        plan_dir = Path(tmp) / "plan"
        shutil.copytree(DATA, plan_dir)
        files = exported(plan_dir, Path(tmp) / "out", "edg")
        when = dt.datetime(2026, 3, 15)
        fill(
            files["edg"],
            {"M10": {"new_status": "geplant", "new_date": when, "note": note, "contact": contact}},
        )
        plan = load_plan(plan_dir)
        found = plan_import(plan, [read_answers(plan, files["edg"], TODAY)])
        assert [a.measure for a in found.new] == ["M10"]
        record(plan_dir, found, write=True)
        entry = load_plan(plan_dir).measures[9].history[-1]
        assert entry.note == note.strip()
        assert entry.source.endswith(f"; Ansprechperson: {contact.strip()}")


@pytest.mark.usefixtures("english")
def test_an_english_workbook_reads_back_with_english_words(plan_dir: Path, tmp_path: Path) -> None:
    files = exported(plan_dir, tmp_path / "out", "edg")
    wb = openpyxl.load_workbook(files["edg"])
    assert wb.sheetnames[:2] == ["Instructions", "Measures"]
    ws = wb["Measures"]
    assert ws["H1"].value == "New status"
    ws["H2"], ws["I2"] = "done", dt.datetime(2026, 3, 15)
    ws["H3"], ws["I3"] = "finished", dt.datetime(2026, 3, 15)
    wb.save(files["edg"])
    plan = load_plan(plan_dir)
    book = read_answers(plan, files["edg"], TODAY)
    assert [(a.measure, a.status) for a in book.answers] == [("M09", "done")]
    [problem] = book.problems
    assert problem.field == "sheet 'Measures', row 3, column H"
    assert (
        problem.message
        == "'finished' is not a status; allowed: done, in progress, planned, dropped"
    )
    # the source recorded is German, as the plan's data is
    assert plan_import(plan, [book]).new[0].source.startswith("Statusabfrage 2026, Rückmeldung EDG")


def test_a_workbook_that_unpacks_to_too_much_is_refused(plan_dir: Path, tmp_path: Path) -> None:
    files = exported(plan_dir, tmp_path / "out", "edg")
    bomb = tmp_path / "gross.xlsx"
    with (
        zipfile.ZipFile(files["edg"]) as src,
        zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        dst.writestr("xl/media/padding.bin", b"\0" * (101 * 1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    assert "entpackt größer als 100 MB" in _message(plan_dir, bomb)


ROW_FILLS: dict[str, dict[str, Any]] = {
    "empty": {},
    "answer": {"new_status": "geplant", "new_date": dt.datetime(2026, 3, 1)},
    "other answer": {"new_status": "umgesetzt", "new_date": "2026-02"},
    "bad status": {"new_status": "fertig", "new_date": dt.datetime(2026, 3, 1)},
    "bad status and date": {"new_status": "fertig", "new_date": "irgendwann"},
    "no date": {"new_status": "umgesetzt"},
    "note only": {"note": "siehe Bericht"},
    "note and contact only": {"note": "siehe Bericht", "contact": "Frau Beispiel"},
    "formula": {"new_status": "geplant", "new_date": "=TODAY()"},
    "two formulas": {"new_status": "=A1", "new_date": "=TODAY()"},
}


@pytest.fixture(scope="module")
def round_files(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path]]:
    from .conftest import DATA

    folder = tmp_path_factory.mktemp("round")
    return folder, exported(DATA, folder, "edg", "fachbereich-60")


@settings(max_examples=15, deadline=None)
@given(
    edg=st.lists(st.sampled_from(sorted(ROW_FILLS)), min_size=10, max_size=10),
    fb60=st.lists(st.sampled_from(sorted(ROW_FILLS)), min_size=2, max_size=2),
)
def test_every_row_is_counted_once(
    round_files: tuple[Path, dict[str, Path]], edg: list[str], fb60: list[str]
) -> None:
    """However the rows are filled (several mistakes in one row, a note without a status,
    formulas, conflicts), the summary counts each of the 12 rows exactly once."""
    from .conftest import DATA

    folder, files = round_files
    plan = load_plan(DATA)
    paths = []
    for body, kinds in (("edg", edg), ("fachbereich-60", fb60)):
        ids = [m.id for m in plan.measures if body in m.owners]
        target = folder / f"filled-{body}.xlsx"
        paths.append(
            fill(files[body], {i: ROW_FILLS[k] for i, k in zip(ids, kinds, strict=True)}, target)
        )
    found = plan_import(plan, [read_answers(plan, p, TODAY) for p in paths])
    counts = found.counts
    assert counts.rows == 12, counts
    wrong = sum(k not in ("empty", "answer", "other answer") for k in [*edg, *fb60])
    assert counts.problems == wrong
    assert counts.unanswered == [*edg, *fb60].count("empty")


DATE_CELLS: list[tuple[Any, str, str | None]] = [
    # (what is in column I, its number format, what it imports as; None: refused)
    (dt.datetime(2026, 3, 15), "DD.MM.YYYY", "2026-03-15"),
    (dt.datetime(2026, 3, 1), "MMM YY", "2026-03"),
    (dt.datetime(2026, 3, 1), "MM.YYYY", "2026-03"),
    ("15.03.2026", "@", "2026-03-15"),
    ("2026-03-15", "@", "2026-03-15"),
    ("1.3.2026", "@", "2026-03-01"),
    ("03.2026", "@", "2026-03"),
    ("2026-03", "@", "2026-03"),
    ("2025", "@", "2025"),
    (2025, "General", "2025"),
    ("31.02.2026", "@", None),
    ("13.2026", "@", None),
    ("irgendwann", "@", None),
    ("2018", "@", None),
    (dt.datetime(2018, 3, 1), "DD.MM.YYYY", None),
    ("15.03.2099", "@", None),
    (dt.datetime(2099, 3, 15), "DD.MM.YYYY", None),
]


def _survey_with_dates(plan_dir: Path, out: Path) -> tuple[Path, list[str]]:
    files = exported(plan_dir, out, "edg")
    wb = openpyxl.load_workbook(files["edg"])
    ws = wb["Maßnahmen"]
    ids = []
    for row, (value, number_format, _) in enumerate(DATE_CELLS[:10], start=2):
        ws.cell(row, col("new_status")).value = "geplant"
        cell = ws.cell(row, col("new_date"))
        cell.value = value
        cell.number_format = number_format
        ids.append(ws.cell(row, 1).value)
    wb.save(files["edg"])
    return files["edg"], ids


def test_a_date_imports_as_precise_as_the_body_gave_it(plan_dir: Path, tmp_path: Path) -> None:
    """A real date cell, a typed date, a typed month or year: each as the body meant it; a
    cell shown as a month (01.03.2026 shown „Mär 26“) is the month, not the 1st."""
    plan = load_plan(plan_dir)
    cases = DATE_CELLS
    for start in range(0, len(cases), 10):
        chunk = cases[start : start + 10]
        files = exported(plan_dir, tmp_path / f"out{start}", "edg")
        wb = openpyxl.load_workbook(files["edg"])
        ws = wb["Maßnahmen"]
        for row, (value, number_format, _) in enumerate(chunk, start=2):
            ws.cell(row, col("new_status")).value = "geplant"
            cell = ws.cell(row, col("new_date"))
            cell.value = value
            cell.number_format = number_format
        wb.save(files["edg"])
        book = read_answers(plan, files["edg"], dt.date(2026, 11, 30))
        got = {a.row: str(a.when) for a in book.answers}
        wrong = {int(p.field.split("Zeile ")[1].split(",")[0]) for p in book.problems}
        for row, (value, _, meant) in enumerate(chunk, start=2):
            if meant is None:
                assert row in wrong and row not in got, value
            else:
                assert got.get(row) == meant, (value, got.get(row))


def test_the_date_column_is_text_and_the_guide_says_what_the_import_takes(
    plan_dir: Path, tmp_path: Path
) -> None:
    path = exported(plan_dir, tmp_path / "out", "edg")["edg"]
    wb = openpyxl.load_workbook(path)
    ws = wb["Maßnahmen"]
    assert ws.cell(2, col("new_date")).number_format == "@"
    [rule] = [v for v in ws.data_validations.dataValidation if v.type == "custom"]
    assert str(rule.sqref) == "I2:I11"
    assert len(rule.formula1) <= 255 and "TODAY()" in rule.formula1
    assert "2100" not in rule.formula1
    assert not [v for v in ws.data_validations.dataValidation if v.type == "date"]
    guide = " ".join(str(c.value) for c in wb["Anleitung"]["A"] if c.value)
    assert "z. B. 03.2026" in guide and "nicht in der Zukunft" in guide
    assert "2026-03" not in guide
    assert "03.2026" in rule.error and "2025" in rule.error


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice (soffice)")
def test_the_spreadsheet_program_accepts_what_the_import_takes(
    plan_dir: Path, tmp_path: Path
) -> None:
    """The rule of the date column, evaluated by LibreOffice on the values a body may type:
    whatever the import takes passes; what is plainly no date (wrong shape, a year before the
    plan or after this one) is stopped as it is typed."""
    import re
    import subprocess

    path = exported(plan_dir, tmp_path / "out", "edg")["edg"]
    [rule] = [
        v
        for v in openpyxl.load_workbook(path)["Maßnahmen"].data_validations.dataValidation
        if v.type == "custom"
    ]
    year = dt.date.today().year
    typed: list[tuple[Any, bool]] = [
        (dt.datetime(2026, 3, 15), True),
        (dt.datetime(2019, 2, 21), True),
        (dt.datetime(2019, 2, 20), False),
        (dt.datetime(year + 1, 1, 1), False),
        ("15.03.2026", True),
        ("2026-03-15", True),
        ("03.2026", True),
        ("2026-03", True),
        ("2025", True),
        ("irgendwann", False),
        ("15.3.26", False),
        ("1.3.2026", True),
        ("2018", False),
        (f"01.01.{year + 1}", False),
        (f"{year + 1}-01", False),
        ("2026-ab", False),
    ]
    wb = openpyxl.Workbook()
    ws = wb.active
    for row, (value, _) in enumerate(typed, start=1):
        put(ws, row, 1, value)
        ws.cell(row, 2).value = (
            "=IF(" + re.sub(r"\bI2\b", f"A{row}", rule.formula1) + ',"ja","nein")'
        )
    sheet = tmp_path / "rule.xlsx"
    wb.save(sheet)
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    subprocess.run(
        ["soffice", "--headless", "--norestore", "--convert-to", "csv", "--outdir",
         str(tmp_path), str(sheet)],
        check=True, capture_output=True, env=env, timeout=180,
    )  # fmt: skip
    rows = (tmp_path / "rule.csv").read_text(encoding="utf-8").splitlines()
    results = [line.rsplit(",", 1)[1].strip('"') for line in rows]
    assert results == ["ja" if ok else "nein" for _, ok in typed], list(
        zip(typed, results, strict=True)
    )


@given(day=st.dates(min_value=dt.date(1000, 1, 1)), precision=st.sampled_from(["d", "m", "y"]))
def test_a_typed_date_reads_back_as_precise_as_typed(day: dt.date, precision: str) -> None:
    from ksplan.dates import PartialDate, parse_typed_date

    meant = PartialDate(
        day.year,
        day.month if precision != "y" else None,
        day.day if precision == "d" else None,
    )
    german = {"d": f"{day:%d.%m}.{day.year:04d}", "m": f"{day:%m}.{day.year:04d}"}
    german["y"] = f"{day.year:04d}"
    assert parse_typed_date(german[precision]) == meant
    assert parse_typed_date(str(meant)) == meant
