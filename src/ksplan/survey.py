"""The status survey (Statusabfrage): one workbook per responsible body out, answers back in.

The monitoring round asks every responsible body for the status of its measures. Nobody there
edits YAML, so the round runs on spreadsheets:

* :func:`export_survey` writes one XLSX workbook per body (``statusabfrage-2026-edg.xlsx``): a
  first sheet saying in words what to do, a sheet of the body's measures whose given columns
  are locked and whose columns to fill offer the status words as a dropdown, and a hidden sheet
  that says which round, body and measures the workbook was made for.
* :func:`read_answers` reads returned workbooks and checks every row; each problem is located
  (file, sheet, row, column). A file that is not one of ours, is encrypted, damaged, carries
  macros, or has a formula where a value belongs is refused. Text is taken as text: a cell
  beginning with ``=`` is never evaluated, and never written as a formula.
* :func:`plan_import` turns the answers into the status entries to record: an answer already
  recorded is not recorded twice (importing a file again changes nothing), and two bodies that
  answer differently for a shared measure are both shown and neither is recorded unless one of
  them is preferred (``prefer``).

Recording goes through :func:`ksplan.edits.record_statuses` (validated, atomic, locked).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ksplan import vocabulary
from ksplan.dates import PartialDate, format_date, parse_typed_date
from ksplan.deadlines import status_on
from ksplan.edits import EditOutcome, NewStatus
from ksplan.errors import Problem, UsageError
from ksplan.i18n import Lang, language, os_reason, t
from ksplan.models import MAX_TEXT, Measure, Status
from ksplan.plan import Plan

FORMAT = "ksplan-statusabfrage/1"
"""The mark in every survey workbook's hidden sheet: a workbook without it is not one of ours."""

META_SHEET = "ksplan"
COLUMNS: tuple[str, ...] = (
    "id",
    "title",
    "horizon",
    "due",
    "due_basis",
    "status",
    "status_date",
    "new_status",
    "new_date",
    "note",
    "contact",
)
"""The columns of the measures sheet, A to K; the last four are filled in by the body."""
FILL_COLUMNS: tuple[str, ...] = ("new_status", "new_date", "note", "contact")
ANSWER_STATUSES: tuple[Status, ...] = ("done", "in_progress", "planned", "dropped")
"""What a body may answer ("unbekannt" is no answer: the cell is left empty instead)."""
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
"""A workbook is a zip archive: what it unpacks to is bounded too (no "zip bomb")."""
MAX_ROWS = 5000

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
_BAD_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def round_label(as_of: dt.date) -> str:
    """The name of the round, as it stands in every source recorded from it."""
    return t("survey.round", "de", year=as_of.year)


def file_name(as_of: dt.date, body_id: str) -> str:
    """``statusabfrage-2026-edg.xlsx``: body IDs are ASCII slugs, so the name is safe."""
    return f"statusabfrage-{as_of.year}-{body_id}.xlsx"


def column_letter(key: str) -> str:
    return chr(ord("A") + COLUMNS.index(key))


def status_words(lang: Lang | None = None) -> list[str]:
    """The words of the dropdown, in the language of the workbook."""
    return [t(f"status.{s}", lang) for s in ANSWER_STATUSES]


def measures_of(plan: Plan, body_id: str) -> list[Measure]:
    return [m for m in plan.measures if body_id in m.owners]


def choose_bodies(plan: Plan, wanted: Sequence[str]) -> list[str]:
    """The bodies asked for (ID or name, any letter case), else every body with a measure."""
    if wanted:
        names = {b.id: b.name for b in plan.measures_file.bodies}
        chosen = [vocabulary.named(w, names, "body") for w in wanted]
        return list(dict.fromkeys(chosen))
    owning = {o for m in plan.measures for o in m.owners}
    return [b.id for b in plan.measures_file.bodies if b.id in owning]


# --- export --------------------------------------------------------------------------------


@dataclass(frozen=True)
class SurveyFile:
    body_id: str
    body_name: str
    path: Path
    measures: tuple[str, ...]


def export_survey(
    plan: Plan, out_dir: Path, as_of: dt.date, bodies: Sequence[str] = ()
) -> list[SurveyFile]:
    """Write one workbook per body into ``out_dir`` (created if missing); what was written."""
    from ksplan.files import atomic_write

    chosen = choose_bodies(plan, bodies)
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(t("survey.out_not_folder", path=str(out_dir)))
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for body_id in chosen:
        measures = measures_of(plan, body_id)
        if not measures:
            raise UsageError(t("survey.body_without_measures", body=plan.bodies[body_id].name))
        path = out_dir / file_name(as_of, body_id)
        atomic_write(path, survey_workbook(plan, body_id, as_of))
        written.append(
            SurveyFile(body_id, plan.bodies[body_id].name, path, tuple(m.id for m in measures))
        )
    return written


def survey_workbook(plan: Plan, body_id: str, as_of: dt.date) -> bytes:
    """The workbook for one body, as bytes (the same plan and day give the same content)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    from ksplan.spreadsheet import put, set_properties

    lang = language()
    body = plan.bodies[body_id]
    measures = measures_of(plan, body_id)
    wb = Workbook()
    guide = wb.active
    assert guide is not None
    guide.title = t("survey.sheet.guide")
    sheet_name = t("survey.sheet.measures")
    lines = [
        (t("survey.guide.title", round=round_label(as_of), body=body.name), True),
        (t("survey.guide.as_of", day=format_date(as_of)), False),
        ("", False),
        (t("survey.guide.what", count=len(measures), sheet=sheet_name), False),
        (
            t(
                "survey.guide.status",
                column=column_letter("new_status"),
                words=", ".join(status_words(lang)),
            ),
            False,
        ),
        (
            t(
                "survey.guide.date",
                column=column_letter("new_date"),
                decision=format_date(plan.decision_date),
            ),
            False,
        ),
        (t("survey.guide.note", column=column_letter("note")), False),
        (t("survey.guide.contact", column=column_letter("contact")), False),
        (t("survey.guide.empty"), False),
        (t("survey.guide.locked", last=column_letter("status_date")), False),
        (t("survey.guide.no_formulas"), False),
        (t("survey.guide.assumed"), False),
        (t("survey.guide.return", office=plan.assembly.office), False),
    ]
    for row, (text, bold) in enumerate(lines, start=1):
        cell = put(guide, row, 1, text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if bold:
            cell.font = Font(bold=True, size=14)
    guide.column_dimensions["A"].width = 110
    guide.protection.sheet = True

    ws = wb.create_sheet(sheet_name)
    header_fill = PatternFill("solid", fgColor="D9D9D9")
    fill_fill = PatternFill("solid", fgColor="FFF2CC")
    for col, key in enumerate(COLUMNS, start=1):
        cell = put(ws, 1, col, t(f"survey.col.{key}"))
        cell.font = Font(bold=True)
        cell.fill = fill_fill if key in FILL_COLUMNS else header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row, m in enumerate(measures, start=2):
        entry = status_on(m, as_of)
        due = plan.due(m)
        values: dict[str, Any] = {
            "id": m.id,
            "title": m.title,
            "horizon": m.horizon,
            "due": due,
            "due_basis": t(f"survey.basis.{plan.due_basis(m)}"),
            "status": t(f"status.{entry.status if entry else 'unknown'}"),
            "status_date": entry.date.format(lang) if entry else "",
        }
        for col, key in enumerate(COLUMNS, start=1):
            cell = put(ws, row, col, values.get(key))
            cell.alignment = Alignment(wrap_text=key == "title", vertical="top")
            if key in FILL_COLUMNS:
                cell.protection = Protection(locked=False)
                cell.fill = fill_fill
            if key == "due":
                cell.number_format = "DD.MM.YYYY"
            if key == "new_date":
                cell.number_format = "@"  # text: "05.2026" stays a month, not 01.05.2026
    last = len(measures) + 1
    ws.row_dimensions[1].height = 32
    for row in range(2, last + 1):
        ws.row_dimensions[row].height = 30  # two lines of a wrapped title
    widths = {"id": 8, "title": 60, "horizon": 14, "due": 12, "due_basis": 14, "status": 14}
    widths |= {"status_date": 14, "new_status": 16, "new_date": 14, "note": 40, "contact": 30}
    for key, width in widths.items():
        ws.column_dimensions[column_letter(key)].width = width
    status_col, date_col = column_letter("new_status"), column_letter("new_date")
    choice = DataValidation(
        type="list",
        formula1='"' + ",".join(status_words(lang)) + '"',
        allow_blank=True,
        showErrorMessage=True,
        showInputMessage=True,
        errorTitle=t("survey.dv.error_title"),
        error=t("survey.dv.error", words=", ".join(status_words(lang))),
        promptTitle=t("survey.col.new_status"),
        prompt=t("survey.dv.prompt"),
    )
    choice.add(f"{status_col}2:{status_col}{last}")
    ws.add_data_validation(choice)
    when = DataValidation(
        type="custom",
        formula1=date_rule(f"{date_col}2", plan.decision_date),
        allow_blank=True,
        showErrorMessage=True,
        showInputMessage=True,
        errorTitle=t("survey.dv.date_title"),
        error=t("survey.dv.date_error", decision=format_date(plan.decision_date)),
        promptTitle=t("survey.col.new_date"),
        prompt=t("survey.dv.date_prompt"),
    )
    when.add(f"{date_col}2:{date_col}{last}")
    ws.add_data_validation(when)
    ws.freeze_panes = "C2"
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # widths may be changed
    ws.protection.formatRows = False

    meta = wb.create_sheet(META_SHEET)
    rows: list[tuple[str, Any]] = [
        ("format", FORMAT),
        ("round", round_label(as_of)),
        ("as_of", as_of.isoformat()),
        ("body", body_id),
        ("body_name", body.name),
        ("lang", lang),
        ("sheet", sheet_name),
        *(("measure", m.id) for m in measures),
    ]
    for row, (key, value) in enumerate(rows, start=1):
        put(meta, row, 1, key)
        put(meta, row, 2, value)
    meta.sheet_state = "veryHidden"
    meta.protection.sheet = True
    wb.active = 0
    set_properties(
        wb, title=t("survey.guide.title", round=round_label(as_of), body=body.name), as_of=as_of
    )
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def date_rule(cell: str, first: dt.date) -> str:
    """The check the spreadsheet program makes as a date is typed into ``cell``: a real date
    from ``first`` to today, or a text shaped like 14.05.2026, 05.2026, 2026-05-14, 2026-05 or
    2026 (day and month also with one digit: 1.3.2026) whose year lies from ``first``'s year
    to this year. What exactly is meant (a day
    that exists, a month that is over) is checked on import, with the cell named."""
    x = cell
    year = f'--IF(ISERR(FIND(".",{x})),LEFT({x},4),RIGHT({x},4))'
    day = (first - dt.date(1899, 12, 30)).days  # the date's serial number: the rule must
    # stay within the 255 characters a spreadsheet program allows
    return (  # IF, not AND, around the year: a text that is no number never reaches it
        f"OR(AND(ISNUMBER({x}),{x}>={day},{x}<=TODAY()),"
        f"IF(AND(OR(LEN({x})=4,ABS(LEN({x})-8)<3),"
        f'ISNUMBER(-SUBSTITUTE(SUBSTITUTE({x},".",""),"-",""))),'
        # the year from first.year to this year: |2·year − first − this| ≤ this − first
        f"ABS(2*{year}-{first.year}-YEAR(TODAY()))<=YEAR(TODAY())-{first.year}))"
    )


# --- reading answers -----------------------------------------------------------------------


@dataclass(frozen=True)
class Answer:
    """One row a body filled in: the status it reports for a measure."""

    file: str
    sheet: str
    row: int
    round: str
    body: str
    body_name: str
    measure: str
    status: Status
    when: PartialDate
    note: str | None
    contact: str | None

    @property
    def source(self) -> str:
        """``Statusabfrage 2026, Rückmeldung EDG vom 15.03.2026`` (and the contact, if given)."""
        text = t(
            "survey.source", "de", round=self.round, body=self.body_name, day=self.when.format("de")
        )
        if self.contact:
            text += t("survey.source_contact", "de", contact=self.contact)
        return text

    def entry(self) -> NewStatus:
        return NewStatus(self.measure, self.status, self.when, self.note, self.source)


@dataclass
class Workbook:
    """What one returned workbook says: the body, the round, and its answers and problems."""

    file: str
    body: str | None = None
    round: str | None = None
    answers: list[Answer] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unanswered: int = 0
    """Measures of the workbook whose row was left empty."""
    problem_rows: set[int] = field(default_factory=set)
    """The rows with a problem: each counted once, however many of its cells are wrong."""


def _at(sheet: str, row: int | None = None, column: str | None = None) -> str:
    if row is None:
        return t("survey.at.sheet", sheet=sheet)
    if column is None:
        return t("survey.at.row", sheet=sheet, row=row)
    return t("survey.at.cell", sheet=sheet, row=row, column=column)


def not_a_workbook(path: Path) -> str | None:
    """Why ``path`` names no workbook at all (missing, a folder, unreadable, not a spreadsheet
    file), or None. Naming such a file is a wrong command line, not a refused answer."""
    try:
        if not path.exists():
            return t("survey.refuse.missing")
        if not path.is_file():
            return t("survey.refuse.not_file")
        with path.open("rb") as handle:
            head = handle.read(len(_OLE_MAGIC))
    except OSError as exc:
        return t("survey.refuse.unreadable", reason=os_reason(exc))
    if head.startswith(_OLE_MAGIC):
        return None  # an old or encrypted Excel file: refused with its own reason
    try:
        with zipfile.ZipFile(path) as archive:
            if "xl/workbook.xml" not in archive.namelist():
                return t("survey.refuse.not_xlsx")
    except zipfile.BadZipFile:
        if not head.startswith(b"PK"):
            return t("survey.refuse.not_xlsx")
    except OSError as exc:
        return t("survey.refuse.unreadable", reason=os_reason(exc))
    return None


def check_files(paths: Sequence[Path]) -> None:
    """Raise a :class:`UsageError` naming every path that is no workbook (see
    :func:`not_a_workbook`): nothing is read until every file named can be."""
    from ksplan.paths import display_path

    wrong = [(p, why) for p in paths if (why := not_a_workbook(p)) is not None]
    if wrong:
        raise UsageError(
            " ".join(t("survey.not_a_workbook", path=display_path(p), why=w) for p, w in wrong)
        )


def _refusal(path: Path) -> str | None:
    """Why a file cannot be read as a workbook (encrypted, macros, not a workbook), or None."""
    unusable = not_a_workbook(path)
    if unusable is not None:
        return unusable
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return t("survey.refuse.too_big", mb=MAX_FILE_BYTES // (1024 * 1024))
        with path.open("rb") as handle:
            head = handle.read(MAX_FILE_BYTES)
    except OSError as exc:
        return t("survey.refuse.unreadable", reason=os_reason(exc))
    if head.startswith(_OLE_MAGIC):
        if _ENCRYPTION_INFO in head:
            return t("survey.refuse.encrypted")
        return t("survey.refuse.old_format")
    if not zipfile.is_zipfile(io.BytesIO(head)):
        return t("survey.refuse.damaged")
    try:
        with zipfile.ZipFile(io.BytesIO(head)) as archive:
            names = archive.namelist()
            if sum(item.file_size for item in archive.infolist()) > MAX_UNPACKED_BYTES:
                return t("survey.refuse.unpacks_big", mb=MAX_UNPACKED_BYTES // (1024 * 1024))
            types = archive.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError, RuntimeError):
        return t("survey.refuse.damaged")
    if any(n.lower().endswith("vbaproject.bin") for n in names) or b"macroEnabled" in types:
        return t("survey.refuse.macros")
    if "xl/workbook.xml" not in names:
        return t("survey.refuse.not_xlsx")
    return None


def _is_formula(cell: Any) -> bool:
    from openpyxl.worksheet.formula import ArrayFormula, DataTableFormula

    return cell.data_type == "f" or isinstance(cell.value, ArrayFormula | DataTableFormula)


def _text(value: Any) -> str | None:
    """A cell's text as the body wrote it; None for an empty cell."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


def read_answers(plan: Plan, path: Path, today: dt.date) -> Workbook:
    """Every answer in one returned workbook, and every problem found in it."""
    from ksplan.paths import display_path

    display = display_path(path)
    book = Workbook(display)

    def problem(where: str, message: str, code: str = "survey") -> None:
        book.problems.append(Problem(display, message, field=where, code=code))

    def row_problem(row: int, key: str, message: str) -> None:
        book.problem_rows.add(row)
        problem(_at(sheet_name, row, column_letter(key)), message)

    refusal = _refusal(path)
    if refusal is not None:
        problem("", refusal, "survey-refused")
        return book
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, data_only=False, keep_vba=False, keep_links=False)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        problem("", t("survey.refuse.damaged_detail", reason=type(exc).__name__))
        return book
    meta = _meta(wb)
    if meta is None or meta.get("format") != [FORMAT]:
        problem("", t("survey.refuse.not_ours"), "survey-refused")
        return book
    body = (meta.get("body") or [""])[0]
    if body not in plan.bodies:
        problem("", t("survey.refuse.unknown_body", body=body), "survey-refused")
        return book
    book.body, book.round = body, (meta.get("round") or [""])[0]
    lang: Lang = "en" if meta.get("lang") == ["en"] else "de"
    sheet_name = (meta.get("sheet") or [""])[0]
    expected = meta.get("measure", [])
    if sheet_name not in wb.sheetnames:
        problem(_at(sheet_name), t("survey.sheet_missing"), "survey-refused")
        return book
    ws = wb[sheet_name]
    headers = [t(f"survey.col.{k}", lang) for k in COLUMNS]
    found = [_text(ws.cell(1, c).value) for c in range(1, len(COLUMNS) + 1)]
    if found != headers or ws.max_column > len(COLUMNS):
        problem(_at(sheet_name, 1), t("survey.columns_changed"), "survey-refused")
        return book
    if ws.max_row > MAX_ROWS:
        problem(_at(sheet_name), t("survey.too_many_rows", max=MAX_ROWS), "survey-refused")
        return book
    known = {m.id for m in plan.measures}
    seen: dict[str, int] = {}
    col = {key: i for i, key in enumerate(COLUMNS, start=1)}
    for row in range(2, ws.max_row + 1):
        cells = {key: ws.cell(row, i) for key, i in col.items()}
        if all(_text(c.value) is None for c in cells.values()):
            continue
        # Every row is one of: a problem, unanswered, or an answer – never two of them.
        measure = None if _is_formula(cells["id"]) else _text(cells["id"].value)
        if measure is not None and measure in known and measure in expected:
            if measure in seen:
                row_problem(row, "id", t("survey.twice", id=measure, first=seen[measure]))
                continue
            seen[measure] = row
        formulas = [k for k, c in cells.items() if _is_formula(c)]
        for key in formulas:
            row_problem(row, key, t("survey.formula"))
        if formulas:
            continue
        if measure is None or measure not in seen:
            row_problem(row, "id", t("survey.unknown_measure", typed=measure or ""))
            continue
        if all(_text(cells[k].value) is None for k in FILL_COLUMNS):
            book.unanswered += 1
            continue
        answer = _answer(book, plan, cells, sheet_name, row, measure, today, lang, meta)
        if answer is not None:
            book.answers.append(answer)
    book.unanswered += len(set(expected) - set(seen))
    return book


def _meta(wb: Any) -> dict[str, list[str]] | None:
    if META_SHEET not in wb.sheetnames:
        return None
    found: dict[str, list[str]] = {}
    for key, value in wb[META_SHEET].iter_rows(
        min_col=1, max_col=2, max_row=MAX_ROWS, values_only=True
    ):
        if isinstance(key, str) and value is not None:
            found.setdefault(key, []).append(str(value))
    return found


def _answer(
    book: Workbook,
    plan: Plan,
    cells: dict[str, Any],
    sheet: str,
    row: int,
    measure: str,
    today: dt.date,
    lang: Lang,
    meta: dict[str, list[str]],
) -> Answer | None:
    def problem(key: str, message: str) -> None:
        book.problem_rows.add(row)
        book.problems.append(
            Problem(book.file, message, field=_at(sheet, row, column_letter(key)), code="survey")
        )

    typed = _text(cells["new_status"].value)
    if typed is None:
        filled = [k for k in ("new_date", "note", "contact") if _text(cells[k].value)]
        if filled:
            problem(
                "new_status",
                t("survey.no_status_but", columns=", ".join(column_letter(k) for k in filled)),
            )
        return None
    allowed = ", ".join(status_words(lang))
    try:
        status = vocabulary.status(typed)
    except UsageError:
        problem("new_status", t("survey.bad_status", typed=typed, allowed=allowed))
        status = None
    if status is not None and status not in ANSWER_STATUSES:
        problem("new_status", t("survey.unknown_is_no_answer", allowed=allowed))
        status = None
    when = _date(cells["new_date"], lambda m: problem("new_date", m), plan, today)
    texts: dict[str, str | None] = {}
    ok = True
    for key in ("note", "contact"):
        value = _text(cells[key].value)
        if value is not None and _BAD_TEXT.search(value):
            problem(key, t("survey.control_character"))
            ok = False
        elif value is not None and len(value) > MAX_TEXT // 2:
            problem(key, t("survey.too_long", max=MAX_TEXT // 2))
            ok = False
        texts[key] = value
    if status is None or when is None or not ok:
        return None
    assert book.body is not None and book.round is not None
    return Answer(
        book.file,
        sheet,
        row,
        book.round,
        book.body,
        (meta.get("body_name") or [plan.bodies[book.body].name])[0],
        measure,
        status,
        when,
        texts["note"],
        texts["contact"],
    )


def _shown_precision(number_format: str) -> str:
    """What a date cell shows: ``day``, ``month`` (``MMM YY``, ``MM.YYYY``) or ``year``."""
    shown = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", number_format or "").lower()
    if "y" not in shown or "d" in shown or shown in ("general", "@"):
        return "day"
    return "month" if "m" in shown else "year"


def _date(cell: Any, problem: Any, plan: Plan, today: dt.date) -> PartialDate | None:
    """The date of a status as the body meant it: a real date cell as the day it holds (or
    the month or year where the cell shows no more), a typed text as precise as typed."""
    value = cell.value
    if value is None or (isinstance(value, str) and not value.strip()):
        problem(t("survey.date_missing"))
        return None
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0):
            problem(t("survey.date_with_time", value=value.isoformat(sep=" ")))
            return None
        value = value.date()
    if isinstance(value, dt.date):
        precision = _shown_precision(cell.number_format)
        when = PartialDate(
            value.year,
            value.month if precision != "year" else None,
            value.day if precision == "day" else None,
        )
    elif isinstance(value, int | float) and not isinstance(value, bool) and value == int(value):
        try:  # a year typed into a cell that is not formatted as text: 2026
            when = parse_typed_date(str(int(value)))
        except ValueError:
            problem(t("survey.bad_date", typed=_text(value) or ""))
            return None
        if when.precision != "year":
            problem(t("survey.bad_date", typed=_text(value) or ""))
            return None
    elif isinstance(value, str):
        text = value.strip()
        try:
            when = parse_typed_date(text)
        except ValueError:
            problem(t("survey.bad_date", typed=text))
            return None
    else:
        problem(t("survey.bad_date", typed=_text(value) or ""))
        return None
    if when.end > today:
        problem(t("survey.date_future", day=when.format(language()), today=format_date(today)))
        return None
    if when.end < plan.decision_date:
        problem(
            t(
                "survey.date_before_plan",
                day=when.format(language()),
                decision=format_date(plan.decision_date),
            )
        )
        return None
    return when


# --- from answers to status entries --------------------------------------------------------


@dataclass(frozen=True)
class Recorded:
    """An answer of this round already in the plan (from an earlier import)."""

    measure: str
    body_name: str
    status: Status
    source: str


@dataclass(frozen=True)
class Conflict:
    """Bodies that answered differently for one measure: nothing is recorded for it."""

    measure: str
    answers: tuple[Answer, ...]
    recorded: tuple[Recorded, ...] = ()


@dataclass(frozen=True)
class PassedOver:
    """An answer of a conflict that is not recorded: another body's answer counts, named by
    ``--prefer`` or (``recorded``) already recorded from this round by an earlier import."""

    answer: Answer
    counts: Answer
    recorded: bool


@dataclass(frozen=True)
class Counts:
    """The rows of the workbooks taken in, each counted once."""

    new: int
    already: int
    conflicts: int
    passed_over: int
    problems: int
    unanswered: int

    @property
    def rows(self) -> int:
        parts = (self.new, self.already, self.conflicts, self.passed_over, self.problems)
        return sum(parts) + self.unanswered


@dataclass(frozen=True)
class SurveyImport:
    """What importing the answers would record, and why the rest is not recorded."""

    books: tuple[Workbook, ...]
    new: tuple[Answer, ...]
    already: tuple[Answer, ...]
    conflicts: tuple[Conflict, ...]
    passed_over: tuple[PassedOver, ...]
    """Answers of a conflict that were not preferred."""

    @property
    def counts(self) -> Counts:
        return Counts(
            new=len(self.new),
            already=len(self.already),
            conflicts=sum(len(c.answers) for c in self.conflicts),
            passed_over=len(self.passed_over),
            problems=sum(len(b.problem_rows) for b in self.books),
            unanswered=sum(b.unanswered for b in self.books),
        )

    @property
    def problems(self) -> list[Problem]:
        return [p for b in self.books for p in b.problems]

    @property
    def entries(self) -> list[NewStatus]:
        return [a.entry() for a in self.new]


def _recorded(plan: Plan, measure: Measure, round: str) -> list[Recorded]:
    head = t("survey.source_head", "de", round=round)
    found = []
    names = sorted((b.name for b in plan.measures_file.bodies), key=len, reverse=True)
    for entry in measure.history:
        if entry.source.startswith(head):
            rest = entry.source[len(head) :]
            name = next((n for n in names if rest.startswith(n + " ")), rest)
            found.append(Recorded(measure.id, name, entry.status, entry.source))
    return found


def plan_import(plan: Plan, books: Iterable[Workbook], prefer: Sequence[str] = ()) -> SurveyImport:
    """Decide, for every answer, whether it is new, already recorded, or in conflict."""
    books = tuple(books)
    names = {b.id: b.name for b in plan.measures_file.bodies}
    preferred = [vocabulary.named(p, names, "body") for p in prefer]
    seen_bodies: dict[tuple[str, str], str] = {}
    for book in books:
        if book.body is None or book.round is None:
            continue
        key = (book.body, book.round)
        if key in seen_bodies:
            book.problems.append(
                Problem(
                    book.file,
                    t("survey.body_twice", body=names[book.body], other=seen_bodies[key]),
                    code="survey",
                )
            )
            book.answers.clear()  # the file is refused: none of its rows is counted
            book.problem_rows.clear()
            book.unanswered = 0
        else:
            seen_bodies[key] = book.file
    by_measure: dict[str, list[Answer]] = {}
    for book in books:
        for answer in book.answers:
            by_measure.setdefault(answer.measure, []).append(answer)
    measures = {m.id: m for m in plan.measures}
    new: list[Answer] = []
    already: list[Answer] = []
    conflicts: list[Conflict] = []
    passed: list[PassedOver] = []
    for measure_id in [m.id for m in plan.measures if m.id in by_measure]:
        answers = by_measure[measure_id]
        measure = measures[measure_id]
        recorded = _recorded(plan, measure, answers[0].round)
        stored = {(str(e.date), e.status, e.source) for e in measure.history}
        mine = {a.body_name for a in answers}
        others = tuple(r for r in recorded if r.body_name not in mine)
        statuses = {a.status for a in answers} | {r.status for r in others}
        if len(statuses) > 1:
            chosen = [a for a in answers if a.body in preferred]
            # An earlier import of this round recorded one of these very answers (the
            # conflict was decided then, by --prefer): that answer counts.
            kept = [a for a in answers if (str(a.when), a.status, a.source) in stored]
            from_record = not chosen and bool(kept)
            if from_record and all(r.status == kept[0].status for r in others):
                chosen = kept
            if not chosen:
                conflicts.append(Conflict(measure_id, tuple(answers), others))
                continue
            passed.extend(
                PassedOver(a, chosen[0], recorded=from_record) for a in answers if a not in chosen
            )
            answers = chosen[:1]
        for answer in answers:
            if (str(answer.when), answer.status, answer.source) in stored:
                already.append(answer)
            else:
                new.append(answer)
    return SurveyImport(books, tuple(new), tuple(already), tuple(conflicts), tuple(passed))


def record(plan_dir: Path, found: SurveyImport, *, write: bool) -> EditOutcome | None:
    """Record the new answers through the edit path (validated, atomic, locked); with
    ``write=False`` only the plan as it would be. None when there is nothing new."""
    from ksplan.edits import record_statuses

    if not found.new:
        return None
    return record_statuses(plan_dir, found.entries, write=write)
