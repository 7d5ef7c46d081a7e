"""The catalogue of measures as rows: filtering and the stable JSON shape of ``ksplan measures``."""

from __future__ import annotations

from typing import Any

from ksplan.errors import UsageError
from ksplan.models import STATUSES, Measure
from ksplan.plan import Plan


def _match_field(plan: Plan, wanted: str) -> str:
    for fid, name in plan.field_names.items():
        if wanted.casefold() in (fid.casefold(), name.casefold()):
            return fid
    choices = ", ".join(plan.field_names)
    raise UsageError(f"there is no Handlungsfeld '{wanted}'; choose one of: {choices}")


def _match_owner(plan: Plan, wanted: str) -> set[str]:
    needle = wanted.casefold()
    exact = {b.id for b in plan.bodies.values() if needle in (b.id, b.name.casefold())}
    if exact:
        return exact
    partial = {b.id for b in plan.bodies.values() if needle in b.name.casefold()}
    if not partial:
        raise UsageError(
            f"no responsible body matches '{wanted}'; see the 'bodies' list in measures.yaml"
        )
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
        if status not in STATUSES:
            raise UsageError(f"unknown status '{status}'; use one of: {', '.join(STATUSES)}")
        chosen = [m for m in chosen if m.status == status]
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
