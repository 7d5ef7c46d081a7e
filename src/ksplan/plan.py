"""The plan: its four files, validated and checked against each other, as one immutable
object that every command asks its questions of. Loading it is :mod:`ksplan.loading`'s job;
how one file is checked against its model, :mod:`ksplan.documents`'s.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ksplan.dates import add_months
from ksplan.errors import Problem
from ksplan.models import (
    AssemblyFile,
    Body,
    Completeness,
    DistrictsFile,
    DueBasis,
    Measure,
    MeasuresFile,
    Order,
    OrdersFile,
    RecordKind,
    Term,
)
from ksplan.paths import display_path as display_path  # where edits and report find it

if TYPE_CHECKING:  # the reader (and ruamel.yaml) is loaded only when files are read
    from ksplan.yaml_reader import YamlDocument

PLAN_FILES = ("measures", "assembly", "districts", "orders")
OPTIONAL_FILES = frozenset({"orders"})
"""A plan without orders.yaml declares no orders (older plans, older git revisions)."""


@dataclass(frozen=True)
class Plan:
    """The whole plan, validated. The core computes on this and nothing else."""

    measures_file: MeasuresFile = field(repr=False)
    assembly: AssemblyFile = field(repr=False)
    districts_file: DistrictsFile = field(repr=False)
    orders_file: OrdersFile = field(default_factory=OrdersFile, repr=False)
    directory: Path | None = None
    documents: Mapping[str, YamlDocument] = field(default_factory=dict, compare=False, repr=False)
    warnings: tuple[Problem, ...] = ()

    @property
    def measures(self) -> list[Measure]:
        return self.measures_file.measures

    @property
    def decision_date(self) -> date:
        return self.measures_file.plan.decision.date

    @cached_property
    def bodies(self) -> dict[str, Body]:
        return {b.id: b for b in self.measures_file.bodies}

    @cached_property
    def field_names(self) -> dict[str, str]:
        return {f.id: f.name for f in self.measures_file.fields}

    @property
    def orders(self) -> list[Order]:
        return self.orders_file.orders

    def due(self, measure: Measure) -> date:
        """A measure's own ``due`` date, else the decision date plus its horizon's months."""
        if measure.due is not None:
            return measure.due
        months = self.measures_file.horizon_policy.months(measure.horizon)
        return add_months(self.decision_date, months)

    def due_basis(self, measure: Measure) -> DueBasis:
        """``plan``: the measure's own date; ``assumed``: derived from the horizon policy,
        the plan's working assumption (the decision names horizons, not dates)."""
        return "plan" if measure.due is not None else "assumed"

    def orders_of(self, kind: str) -> list[Order]:
        return [o for o in self.orders if getattr(o, "kind", None) == kind]

    @property
    def lab_deadline(self) -> Order | None:
        """The order that asks for a Quartierslabor in every Stadtbezirk, if the plan has one."""
        found = self.orders_of("coverage")
        return found[0] if found else None

    @property
    def meetings_order(self) -> Order | None:
        """The order that sets how often the Vollversammlung meets, if the plan has one."""
        for order in self.orders_of("recurring"):
            if order.record == "meetings":
                return order
        return None

    def completeness(self, record: RecordKind, item: str | None = None) -> Completeness | None:
        """The declaration that ``record`` (for ``item``: a district, a measure or an order)
        is complete up to the latest day; None when nothing is declared."""
        found = [
            c
            for c in self.orders_file.complete_through
            if c.record == record and (not c.scope or (item is not None and item in c.scope))
        ]
        return max(found, key=lambda c: c.through) if found else None

    def complete_through(self, record: RecordKind, item: str | None = None) -> date | None:
        """The last day up to which ``record`` (for ``item``) is declared complete."""
        declared = self.completeness(record, item)
        return declared.through if declared is not None else None

    def assembly_exists(self, as_of: date) -> bool:
        """The Vollversammlung exists from the day it was established."""
        return self.assembly.established.date <= as_of

    def owner_names(self, measure: Measure) -> list[str]:
        return [self.bodies[o].name for o in measure.owners]

    def term(self, term_id: str) -> Term:
        for term in self.assembly.terms:
            if term.id == term_id:
                return term
        raise KeyError(term_id)

    def term_on(self, as_of: date) -> Term | None:
        """The council term in force on ``as_of``: the last one that had started by then."""
        started = [t for t in self.assembly.terms if t.starts <= as_of]
        return max(started, key=lambda t: t.starts) if started else None


def known(item: Any, *names: str) -> bool:
    """Whether ``item`` has all these values. On a partial plan (see :mod:`ksplan.salvage`)
    an entry keeps its ID while a broken value of it is unset: a check that reads that value
    skips the entry, and checks the others."""
    return all(hasattr(item, name) for name in names)


def value(item: Any, *path: str) -> Any:
    """The value at ``path`` (attribute names) below ``item``; None where one is unset."""
    for name in path:
        if not hasattr(item, name):
            return None
        item = getattr(item, name)
    return item
