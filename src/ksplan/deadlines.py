"""Overdue measures: not finished, and due before the day asked about.

A measure is due on its own ``due`` date, else on the council decision date plus the months
its Umsetzungshorizont is given in ``horizon_policy`` (see :meth:`Plan.due`). It is overdue on
a day when it was due strictly before that day and its status on that day is neither ``done``
nor ``dropped``; a measure without any recorded status (``unknown``) counts as not finished.

The status on a day is the last history entry that had been reached by then. A history entry
dated only to the month or the year counts from the last day of that period, as everywhere
in the plan (``2023`` means "by 31.12.2023 at the latest").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ksplan.catalogue import filter_measures
from ksplan.dates import PartialDate
from ksplan.models import Measure, Status, StatusEntry
from ksplan.plan import Plan

FINISHED: frozenset[Status] = frozenset({"done", "dropped"})
"""Statuses that end a measure: such a measure is never overdue."""


@dataclass(frozen=True)
class OverdueMeasure:
    """One overdue measure on the day asked about."""

    measure: Measure
    due: date
    days_overdue: int
    status: Status
    status_date: PartialDate | None
    owners: list[str]


def status_on(measure: Measure, as_of: date) -> StatusEntry | None:
    """The history entry in force on ``as_of``; None when none had been reached yet."""
    current: StatusEntry | None = None
    for entry in measure.history:
        if entry.date.end <= as_of:
            current = entry
    return current


def _measure_order(measure: Measure) -> tuple[int, str]:
    """M5 < M10 < M100 (IDs are 'M' and two or three digits)."""
    return int(measure.id[1:]), measure.id


def overdue(
    plan: Plan, as_of: date, *, field: str | None = None, owner: str | None = None
) -> list[OverdueMeasure]:
    """The measures overdue on ``as_of``, most overdue first, ties by measure ID.

    ``field`` and ``owner`` filter as in ``ksplan measures`` (an unknown value is a
    :class:`~ksplan.errors.UsageError`). A measure due on ``as_of`` itself is not overdue.
    """
    found: list[OverdueMeasure] = []
    for measure in filter_measures(plan, field=field, owner=owner):
        due = plan.due(measure)
        if due >= as_of:
            continue
        entry = status_on(measure, as_of)
        status: Status = entry.status if entry is not None else "unknown"
        if status in FINISHED:
            continue
        found.append(
            OverdueMeasure(
                measure=measure,
                due=due,
                days_overdue=(as_of - due).days,
                status=status,
                status_date=entry.date if entry is not None else None,
                owners=plan.owner_names(measure),
            )
        )
    found.sort(key=lambda item: (-item.days_overdue, _measure_order(item.measure)))
    return found


def overdue_json(plan: Plan, items: list[OverdueMeasure]) -> list[dict[str, Any]]:
    """One JSON-ready object per overdue measure (the documented shape of ``overdue --json``)."""
    return [
        {
            "id": item.measure.id,
            "title": item.measure.title,
            "horizon": item.measure.horizon,
            "field": item.measure.field,
            "field_name": plan.field_names[item.measure.field],
            "due": item.due.isoformat(),
            "days_overdue": item.days_overdue,
            "status": item.status,
            "status_date": str(item.status_date) if item.status_date is not None else None,
            "owners": list(item.owners),
            "owner_ids": list(item.measure.owners),
        }
        for item in items
    ]
