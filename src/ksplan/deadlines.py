"""Measures past their due date: overdue, or past due with their status unknown.

A measure is due on its own ``due`` date (basis ``plan``), else on the council decision date
plus the months its Umsetzungshorizont is given in ``horizon_policy`` (basis ``assumed``: the
plan's working assumption, not the council's; see :meth:`Plan.due`). On a day after its due
date a measure that is not recorded as ``done`` or ``dropped`` is

- **overdue** when the record shows it unfinished *after* it was due: a status entry that lies
  wholly on or after the due date says ``planned`` or ``in_progress``, or its status history is
  declared complete (``complete_through`` in orders.yaml) through the due date or later;
- **past due, status unknown** otherwise — nothing is recorded for it since it was due (a status
  recorded before the due date says nothing about the time after it). Such a measure is never
  counted as overdue.

The status on a day is the last history entry that had been reached by then. A history entry
dated only to the month or the year counts from the last day of that period, as everywhere
in the plan (``2023`` means "by 31.12.2023 at the latest").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from ksplan.catalogue import filter_measures
from ksplan.dates import PartialDate
from ksplan.models import DueBasis, Measure, Status, StatusEntry
from ksplan.plan import Plan

FINISHED: frozenset[Status] = frozenset({"done", "dropped"})
"""Statuses that end a measure: such a measure is never overdue."""


PastDueState = Literal["overdue", "status_unknown"]


@dataclass(frozen=True)
class OverdueMeasure:
    """One measure past its due date and not finished on the day asked about."""

    measure: Measure
    due: date
    days_overdue: int
    """Days since the due date (for both states)."""
    status: Status
    """The last status recorded by the day asked about (``unknown`` when none)."""
    status_date: PartialDate | None
    owners: list[str]
    due_basis: DueBasis = "assumed"
    state: PastDueState = "status_unknown"
    likely: bool = False
    """The last status entry rests on one reliable source only (``certainty: likely``)."""


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
    """The measures overdue on ``as_of`` (status recorded and unfinished), most overdue first."""
    return [m for m in past_due(plan, as_of, field=field, owner=owner) if m.state == "overdue"]


def past_due_unknown(
    plan: Plan, as_of: date, *, field: str | None = None, owner: str | None = None
) -> list[OverdueMeasure]:
    """The measures past their due date on ``as_of`` whose status is not recorded."""
    return [
        m for m in past_due(plan, as_of, field=field, owner=owner) if m.state == "status_unknown"
    ]


def past_due(
    plan: Plan, as_of: date, *, field: str | None = None, owner: str | None = None
) -> list[OverdueMeasure]:
    """Every measure past its due date and not finished on ``as_of`` (overdue or of unknown
    status), longest past due first, ties by measure ID.

    ``field`` and ``owner`` filter as in ``ksplan measures`` (an unknown value is a
    :class:`~ksplan.errors.UsageError`). A measure due on ``as_of`` itself is not past due.
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
        complete = plan.complete_through("history", measure.id)
        known_after_due = (entry is not None and entry.date.start >= due) or (
            complete is not None and complete >= due
        )
        found.append(
            OverdueMeasure(
                measure=measure,
                due=due,
                days_overdue=(as_of - due).days,
                status=status,
                status_date=entry.date if entry is not None else None,
                owners=plan.owner_names(measure),
                due_basis=plan.due_basis(measure),
                state="overdue" if known_after_due else "status_unknown",
                likely=entry is not None and entry.certainty == "likely",
            )
        )
    found.sort(key=lambda item: (-item.days_overdue, _measure_order(item.measure)))
    return found


def overdue_json(plan: Plan, items: list[OverdueMeasure]) -> list[dict[str, Any]]:
    """One JSON-ready object per measure past due (the documented shape of ``overdue --json``):
    ``state`` is ``overdue`` or ``status_unknown``; ``due_basis`` ``plan`` or ``assumed``."""
    return [
        {
            "id": item.measure.id,
            "state": item.state,
            "title": item.measure.title,
            "horizon": item.measure.horizon,
            "field": item.measure.field,
            "field_name": plan.field_names[item.measure.field],
            "due": item.due.isoformat(),
            "due_basis": item.due_basis,
            "days_past_due": item.days_overdue,
            "days_overdue": item.days_overdue if item.state == "overdue" else None,
            "status": item.status,
            "status_date": str(item.status_date) if item.status_date is not None else None,
            "owners": list(item.owners),
            "owner_ids": list(item.measure.owners),
        }
        for item in items
    ]
