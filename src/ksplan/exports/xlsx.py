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

from ksplan.coverage import coverage
from ksplan.deadlines import past_due, status_on
from ksplan.errors import DataError
from ksplan.i18n import t
from ksplan.models import Measure
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
                str(entry.date) if entry else None,
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
            str(i.status_date) if i.status_date else None,
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
        [t("export.as_of", day=as_of.strftime("%d.%m.%Y")), t("standing.assumed_note")],
    )

    cov = coverage(plan, as_of)
    rows = []
    for d in cov.districts:
        labs = "; ".join(
            " ".join(
                x
                for x in (
                    lab.quarter or t("standing.quarter_unknown"),
                    lab.date_text or "",
                    t(f"standing.lab.{lab.status}"),
                )
                if x
            )
            for lab in d.labs
        )
        rows.append([d.name, t(f"standing.state.{d.state}"), d.covered_from, labs])
    notes = [
        t(
            "standing.coverage_title",
            day=as_of.strftime("%d.%m.%Y"),
            covered=cov.covered,
            total=cov.total,
        )
    ]
    if cov.deadline is not None:
        notes.append(t("export.deadline", day=cov.deadline.strftime("%d.%m.%Y")))
    _table(
        wb,
        t("export.sheet.coverage"),
        [h(k) for k in ("district", "coverage", "covered_from", "labs")],
        rows,
        [22, 16, 14, 80],
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
        [t("export.as_of", day=as_of.strftime("%d.%m.%Y"))],
    )

    set_properties(wb, title=t("export.title", title=plan.measures_file.plan.title), as_of=as_of)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
