"""The catalogue of measures as rows: filtering and the stable JSON shape of ``ksplan measures``."""

from __future__ import annotations

from typing import Any

from ksplan import vocabulary
from ksplan.models import Measure
from ksplan.plan import Plan


def _match_field(plan: Plan, wanted: str) -> str:
    """A Handlungsfeld by ID or name, in any letter case, with or without umlauts."""
    return vocabulary.named(wanted, plan.field_names, "field")


def _match_owner(plan: Plan, wanted: str) -> set[str]:
    """The bodies named exactly (ID or name), else those whose name contains what was typed."""
    needle = vocabulary.fold(wanted)
    bodies = plan.bodies.values()
    exact = {b.id for b in bodies if needle in (vocabulary.fold(b.id), vocabulary.fold(b.name))}
    if exact:
        return exact
    partial = {b.id for b in bodies if needle and needle in vocabulary.fold(b.name)}
    if not partial:
        vocabulary.named(wanted, {b.id: b.name for b in bodies}, "body")  # raises, with a hint
    return partial


def filter_measures(
    plan: Plan, *, field: str | None = None, owner: str | None = None, status: str | None = None
) -> list[Measure]:
    """The measures matching every given filter; an unknown filter value is a usage error."""
    chosen = list(plan.measures)
    if field is not None:
        fid = _match_field(plan, field)
        chosen = [m for m in chosen if m.field == fid]
    if owner is not None:
        owners = _match_owner(plan, owner)
        chosen = [m for m in chosen if owners & set(m.owners)]
    if status is not None:
        wanted = vocabulary.status(status)
        chosen = [m for m in chosen if m.status == wanted]
    return chosen


def catalogue_rows(plan: Plan, measures: list[Measure]) -> list[dict[str, Any]]:
    """One JSON-ready object per measure (the documented shape of ``measures --json``)."""
    rows = []
    for m in measures:
        latest = m.latest
        rows.append(
            {
                "id": m.id,
                "title": m.title,
                "horizon": m.horizon,
                "field": m.field,
                "field_is_reading": m.field_is_reading,
                "field_name": plan.field_names[m.field],
                "owners": plan.owner_names(m),
                "owner_ids": list(m.owners),
                "status": m.status,
                "status_date": str(latest.date) if latest else None,
                "due": plan.due(m).isoformat(),
                "due_basis": plan.due_basis(m),
            }
        )
    return rows
