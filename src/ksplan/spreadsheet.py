"""Writing cells so that no spreadsheet evaluates them: the one place that puts plan text into
a workbook or a CSV file.

A text that begins with ``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return) is what
spreadsheet programs take for a formula when a file is opened or a cell edited ("CSV
injection"). In a workbook such a text is stored as a text cell (never as a formula) and marked
with Excel's quote prefix, so that editing the cell keeps it text; in a CSV file it is preceded
by an apostrophe, as OWASP recommends, which spreadsheet programs show as the text itself.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def risky(text: str) -> bool:
    """Whether a spreadsheet program could take this text for a formula."""
    return text.startswith(FORMULA_STARTS)


def csv_text(value: str) -> str:
    """A text for a CSV cell: neutralised with a leading apostrophe where it is risky."""
    return "'" + value if risky(value) else value


def put(ws: Any, row: int, column: int, value: Any) -> Any:
    """Write ``value`` into a cell: text always as text, dates as real dates."""
    cell = ws.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = value
        cell.data_type = "s"  # openpyxl would store "=…" as a formula
        if risky(value):
            cell.quotePrefix = True
    elif isinstance(value, dt.datetime):
        cell.value = value
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = "DD.MM.YYYY"
    else:
        cell.value = value
    return cell


def set_properties(wb: Any, *, title: str, as_of: dt.date) -> None:
    """Document properties that depend on the plan and the day only, not on the clock."""
    stamp = dt.datetime.combine(as_of, dt.time(0))
    wb.properties.title = title
    wb.properties.creator = "ksplan"
    wb.properties.created = stamp
    wb.properties.modified = stamp
