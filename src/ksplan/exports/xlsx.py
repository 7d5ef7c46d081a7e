"""One workbook of where the plan stands on a day: the catalogue, the overdue measures, the
Quartierslabore, the council seats with their exact quotas and the council's orders.

German headers (English with ``--lang en``), the header row frozen and filtered, dates as real
dates, fractions as exact text beside their decimal value.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any

from ksplan.coverage import LabView, coverage
from ksplan.dates import PartialDate, format_date
from ksplan.deadlines import past_due, status_on
from ksplan.errors import DataError
from ksplan.i18n import language, t
from ksplan.models import Measure, StatusEntry
from ksplan.orders import check, due_basis, outcome_label
from ksplan.plan import Plan
from ksplan.seats import allocation_on
from ksplan.spreadsheet import put, set_properties


def _table(
    wb: Any,
    title: str,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[int],
    notes: Sequence[str] = (),
) -> Any:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title)
    for col, header in enumerate(headers, start=1):
        cell = put(ws, 1, col, header)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(rows, start=2):
        for col, value in enumerate(row, start=1):
            put(ws, r, col, value).alignment = Alignment(wrap_text=True, vertical="top")
    last = get_column_letter(len(headers))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    for offset, note in enumerate(notes):
        put(ws, len(rows) + 3 + offset, 1, note)
    return ws


def _basis(value: str) -> str:
    return t(f"standing.basis.{value}")


def _lab_date_text(lab: LabView) -> str | None:
    """The lab's date exactly as the plan knows it: „spätestens 31.12.2018“, „nach dem
    08.11.2022“, „2023“, „Mai 2024“ or „14.05.2024“."""
    if lab.date is None:
        return None
    if lab.bound and isinstance(lab.date, dt.date):
        return t(f"export.lab_date.{lab.bound_key}", day=format_date(lab.date))
    return PartialDate.parse(lab.date).format(language())


def _lab_cells(lab: LabView) -> list[Any]:
    """Quartier, state, date as the plan says it, the day (only where known), note."""
    said = lab.bound_key == "held_by"  # "spätestens am …" is the date column's text already
    notes = [x for x in (None if said else lab.note(language()), lab.remark) if x]
    return [
        lab.quarter or t("standing.quarter_unknown"),
        t(f"standing.lab.{lab.status}"),
        _lab_date_text(lab),
        lab.day_known,
        "; ".join(notes) or None,
    ]


def _status_date(entry: StatusEntry | None) -> str | None:
    """A status's date as text, as precise as recorded, German style (27.02.2018, Mai 2024)."""
    return entry.date.format(language()) if entry is not None else None


def workbook(plan: Plan, as_of: dt.date) -> bytes:
    """The workbook as bytes (the same plan and day give the same content)."""
    from openpyxl import Workbook

    wb = Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)

    def h(key: str) -> str:
        return t(f"export.col.{key}")

    def owners(m: Measure) -> str:
        return "; ".join(plan.owner_names(m))

    rows = []
    for m in plan.measures:
        entry = status_on(m, as_of)
        rows.append(
            [
                m.id,
                m.title,
                plan.field_names[m.field],
                t(f"horizon.{m.horizon}"),
                owners(m),
                plan.due(m),
                _basis(plan.due_basis(m)),
                t(f"status.{entry.status if entry else 'unknown'}"),
                _status_date(entry),
                t(f"export.certainty.{entry.certainty}") if entry else None,
            ]
        )
    _table(
        wb,
        t("export.sheet.measures"),
        [
            h(k)
            for k in (
                "id",
                "title",
                "field",
                "horizon",
                "owners",
                "due",
                "due_basis",
                "status",
                "status_date",
                "certainty",
            )
        ],
        rows,
        [8, 60, 30, 14, 40, 12, 14, 14, 12, 14],
        [t("standing.assumed_note")],
    )

    late = past_due(plan, as_of)
    rows = [
        [
            i.measure.id,
            i.measure.title,
            t(f"export.state.{i.state}"),
            i.due,
            _basis(i.due_basis),
            i.days_overdue,
            t(f"status.{i.status}"),
            i.status_date.format(language()) if i.status_date else None,
            "; ".join(i.owners),
        ]
        for i in late
    ]
    _table(
        wb,
        t("export.sheet.overdue"),
        [
            h(k)
            for k in (
                "id",
                "title",
                "state",
                "due",
                "due_basis",
                "days",
                "status",
                "status_date",
                "owners",
            )
        ],
        rows,
        [8, 60, 30, 12, 14, 10, 14, 12, 40],
        [t("export.as_of", day=format_date(as_of)), t("standing.assumed_note")],
    )

    cov = coverage(plan, as_of)
    rows = []
    for d in cov.districts:
        state = t(f"standing.state.{d.state}")
        if not d.labs:
            rows.append([d.name, state, None, None, None, None, None])
        rows += [[d.name, state, *_lab_cells(lab)] for lab in d.labs]
    rows += [[t("export.district_unknown"), None, *_lab_cells(lab)] for lab in cov.district_unknown]
    notes = [
        t(
            "standing.coverage_title",
            day=format_date(as_of),
            covered=cov.covered,
            total=cov.total,
        )
    ]
    if cov.deadline is not None:
        notes.append(t("export.deadline", day=format_date(cov.deadline)))
    _table(
        wb,
        t("export.sheet.coverage"),
        [
            h("district"),
            t("export.col.district_state", day=format_date(as_of)),
            *(h(k) for k in ("quarter", "lab_state", "lab_date_text", "lab_date", "lab_note")),
        ],
        rows,
        [22, 18, 28, 16, 22, 12, 60],
        notes,
    )

    try:
        answer = allocation_on(plan, as_of)
    except DataError as exc:
        _table(wb, t("export.sheet.seats"), [h("note")], [[exc.message]], [100])
    else:
        a = answer.allocation
        rows = [
            [
                r.name,
                r.mandates,
                f"{r.quota.numerator}/{r.quota.denominator}",
                float(r.quota),
                r.whole,
                f"{r.remainder.numerator}/{r.remainder.denominator}",
                t("export.yes") if r.remainder_seat else "",
                r.seats,
            ]
            for r in a.rows
        ]
        notes = [
            t("export.seats_note", term=answer.term_id or "", seats=a.seats, total=a.total_mandates)
        ]
        if a.lot is not None:
            notes.append(t("export.lot", seats=a.lot.seats, names=", ".join(a.lot.candidates)))
        notes.extend(str(n) for n in answer.notes)
        ws = _table(
            wb,
            t("export.sheet.seats"),
            [
                t(f"seats.col.{k}")
                for k in (
                    "fraktion",
                    "mandates",
                    "quota_exact",
                    "quota",
                    "whole",
                    "remainder",
                    "remainder_seat",
                    "seats",
                )
            ],
            rows,
            [28, 10, 14, 10, 12, 12, 10, 8],
            notes,
        )
        for r in range(2, len(rows) + 2):
            ws.cell(r, 4).number_format = "0.0000"

    results = check(plan, as_of)
    rows = [
        [
            r.order.title,
            outcome_label(r.outcome),
            r.order.given_by,
            r.order.date,
            r.order.due,
            _basis(due_basis(plan, r.order)),
            r.order.source,
            "\n".join(r.evidence()),
        ]
        for r in results
    ]
    _table(
        wb,
        t("export.sheet.orders"),
        [
            h(k)
            for k in (
                "order",
                "outcome",
                "given_by",
                "given_on",
                "due",
                "due_basis",
                "source",
                "evidence",
            )
        ],
        rows,
        [50, 16, 30, 12, 12, 14, 50, 90],
        [t("export.as_of", day=format_date(as_of))],
    )

    set_properties(wb, title=t("export.title", title=plan.measures_file.plan.title), as_of=as_of)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
