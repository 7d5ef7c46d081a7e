"""The catalogue of measures for the terminal (``ksplan measures``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from rich.text import Text

from ksplan.i18n import count, day, t
from ksplan.views.table import FitTable


def catalogue_view(title: str, rows: list[dict[str, Any]]) -> FitTable | Text:
    """One row per measure: ID, title, horizon, Handlungsfeld, bodies, status and due date
    (an assumed one says so); a sentence when no measure matches."""
    if not rows:
        return Text(f"{title} — {t('catalogue.none')}")
    table = FitTable(f"{title} — {count(len(rows), 'noun.measure')}", heading=2)
    for key in ("id", "title", "horizon", "field", "owners", "status", "due"):
        table.add_column(t(f"catalogue.col.{key}"))
    for row in rows:
        due = day(date.fromisoformat(row["due"]))
        if row["due_basis"] == "assumed":
            due += f" ({t('standing.basis.assumed')})"
        table.add_row(
            Text(row["id"]),
            Text(row["title"]),
            Text(t(f"horizon.{row['horizon']}")),
            Text(row["field_name"]),
            Text("; ".join(row["owners"])),
            Text(t(f"status.{row['status']}")),
            Text(due),
        )
    return table
