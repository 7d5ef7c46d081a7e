"""The Vollversammlung's council seats: from the plan (or a what-if) to an exact allocation.

The arithmetic is :mod:`ksplan.apportionment`; this module decides what to ask it — which
Fraktionen, how many seats, which method, which recorded lot — in the plan's own terms. It
reads no command line and words nothing: its notes are texts of the catalogue
(:class:`ksplan.i18n.Msg`), worded when a view shows them; :mod:`ksplan.views.seats` shows
the answer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ksplan.apportionment import (
    MAX_COUNT,
    METHODS,
    Allocation,
    ApportionmentError,
    Lot,
    Method,
    apportion,
)
from ksplan.errors import DataError, UsageError
from ksplan.i18n import Msg, count, day, msg, t

if TYPE_CHECKING:
    from ksplan.models import Term
    from ksplan.plan import Plan

MAX_SEATS = MAX_COUNT  # the divisor methods hand out seats one by one: keep answers instant
DEFAULT_SEATS = 10  # the motion of 12.12.2023: the Ratsfraktionen send 10 voting members
DEFAULT_METHOD: Method = "hare-niemeyer"
METHOD_NAMES = {
    "hare-niemeyer": "Hare-Niemeyer",
    "dhondt": "d'Hondt",
    "sainte-lague": "Sainte-Laguë",
}


class NoTermInForce(DataError):
    """No council term of the plan is in force on the day asked for."""


@dataclass(frozen=True)
class SeatOptions:
    """What is asked beyond whose seats: ``seats`` and ``method`` (None: the plan's, or for a
    what-if the motion's 10 seats by Hare-Niemeyer), the majority clause (NKWG § 36 Abs. 3),
    the winners of a lot drawn (names or ids of Fraktionen; they replace a lot recorded in the
    plan), and ``compare``: one allocation per method, the one asked for first."""

    seats: int | None = None
    method: Method | None = None
    majority_clause: bool = False
    lot_winners: tuple[str, ...] = ()
    compare: bool = False


@dataclass(frozen=True)
class SeatsAnswer:
    """The allocations asked for (one, or one per method when compared) and what to know
    about them. ``term_id`` is None for a what-if."""

    allocations: tuple[Allocation, ...]
    notes: tuple[Msg, ...]
    term_id: str | None = None

    @property
    def allocation(self) -> Allocation:
        """The allocation by the method asked for (the first one)."""
        return self.allocations[0]

    @property
    def lot_pending(self) -> bool:
        return any(a.lot is not None for a in self.allocations)


@dataclass(frozen=True)
class _RecordedLot:
    winners: tuple[str, ...]
    description: Msg  # "lot drawn on 01.02.2021 (Niederschrift …)"


def term_in_force(plan: Plan, as_of: date) -> Term:
    """The council term in force on ``as_of``; :class:`NoTermInForce` when there is none."""
    term = plan.term_on(as_of)
    if term is None:
        first = min(t_.starts for t_ in plan.assembly.terms)
        raise NoTermInForce(
            t(
                "seats.error.no_term_in_force",
                day=day(as_of),
                first=day(first),
                known=", ".join(t_.id for t_ in plan.assembly.terms),
            )
        )
    return term


def allocation_on(
    plan: Plan,
    as_of: date,
    options: SeatOptions = SeatOptions(),
) -> SeatsAnswer:
    """The allocation for the term in force on ``as_of`` (see :func:`allocation_for_term`),
    with notes on how that term was chosen."""
    term = term_in_force(plan, as_of)
    notes: list[Msg] = []
    established = plan.assembly.established.date
    if as_of < established:
        notes.append(
            msg("seats.note.before_established", established=day(established), day=day(as_of))
        )
    if term.constituted is None:
        notes.append(msg("seats.note.not_constituted", term=term.id, election=day(term.election)))
    found = allocation_for_term(plan, term, options)
    return SeatsAnswer(found.allocations, (*notes, *found.notes), found.term_id)


def allocation_for_term(
    plan: Plan,
    term: Term,
    options: SeatOptions = SeatOptions(),
) -> SeatsAnswer:
    """The plan's allocation of council seats among the Fraktionen of ``term`` (seats and
    method from the plan unless ``options`` say otherwise). Nothing given is changed."""
    if not term.fraktionen:
        raise DataError(t("seats.error.no_fraktionen", term=term.id))
    council = plan.assembly.council_seats
    n_seats = council.seats if options.seats is None else options.seats
    notes: list[Msg] = []
    if term.note:
        notes.append(msg("seats.note.plan", text=term.note))
    if not term.complete:
        notes.append(msg("seats.note.incomplete", term=term.id))
    likely = [f.name for f in term.fraktionen if f.certainty == "likely"]
    if likely:
        notes.append(msg("seats.note.likely", names=", ".join(likely)))
    outside = [*term.single_members, *term.ratsgruppen]
    if outside:
        listed = ", ".join(f"{h.name} ({h.mandates})" for h in outside)
        notes.append(msg("seats.note.not_counted", listed=listed))
    recorded: dict[Method, _RecordedLot] = {}
    for lot in term.lots:  # a later entry for the same method replaces an earlier one
        description = msg("seats.note.lot_drawn", day=day(lot.date), source=lot.source)
        if n_seats != council.seats:
            # The lot decided a tie among the plan's seats; a what-if with another number
            # of seats has ties of its own.
            notes.append(
                msg(
                    "seats.note.lot_other_seats",
                    lot=description,
                    plan_seats=council.seats,
                    seats=n_seats,
                )
            )
            continue
        recorded[lot.method] = _RecordedLot(
            tuple(_name_of(term, w) for w in lot.winners), description
        )
    allocations = _allocate(
        [(f.name, f.mandates) for f in term.fraktionen],
        n_seats,
        options.method or council.method,
        majority_clause=options.majority_clause,
        lot_winners=[_name_of(term, w) for w in options.lot_winners],
        recorded=recorded,
        compare=options.compare,
        notes=notes,
    )
    return SeatsAnswer(allocations, tuple(notes), term.id)


def allocation_for_parties(
    parties: Sequence[tuple[str, int]],
    options: SeatOptions = SeatOptions(),
) -> SeatsAnswer:
    """A what-if: the allocation among ``parties`` (name, mandates), without any plan;
    10 seats by Hare-Niemeyer unless ``options`` say otherwise."""
    notes: list[Msg] = []
    allocations = _allocate(
        list(parties),
        DEFAULT_SEATS if options.seats is None else options.seats,
        options.method or DEFAULT_METHOD,
        majority_clause=options.majority_clause,
        lot_winners=list(options.lot_winners),
        recorded={},
        compare=options.compare,
        notes=notes,
    )
    return SeatsAnswer(allocations, tuple(notes))


def _lot_problem(winners: Sequence[str], lot: Lot | None) -> Msg | None:
    """Why ``winners`` cannot settle ``lot`` (the pending lot, if any); None if they can.
    The same checks as :func:`ksplan.apportionment.apportion`, said in the catalogue's words."""
    repeated = sorted({name for name in winners if list(winners).count(name) > 1})
    if repeated:
        return msg("seats.lot_problem.repeated", names=", ".join(repeated))
    if lot is None:
        return msg("seats.lot_problem.no_lot")
    for name in winners:
        if name not in lot.candidates:
            return msg(
                "seats.lot_problem.not_candidate", name=name, candidates=", ".join(lot.candidates)
            )
    if len(winners) != lot.seats:
        return msg(
            "seats.lot_problem.count",
            seats=count(lot.seats, "seats.noun.seat"),
            winners=count(len(winners), "seats.noun.winner_given"),
        )
    return None


def _name_of(term: Term, wanted: str) -> str:
    for f in term.fraktionen:
        if wanted in (f.id, f.name):
            return f.name
    return wanted


def _allocate(
    parties: list[tuple[str, int]],
    seats: int,
    method: Method,
    *,
    majority_clause: bool,
    lot_winners: list[str],
    recorded: dict[Method, _RecordedLot],
    compare: bool,
    notes: list[Msg],
) -> tuple[Allocation, ...]:
    methods: Sequence[Method] = (method,)
    if compare:
        methods = (method, *[m for m in METHODS if m != method])
    elif majority_clause and method != "hare-niemeyer":
        raise UsageError(t("seats.error.majority_hn_only", method=METHOD_NAMES[method]))
    results = []
    for each in methods:
        clause = majority_clause and each == "hare-niemeyer"
        try:
            # Without any lot winner first: bad data is a data error, whatever the lot.
            result = apportion(parties, seats, each, majority_clause=clause)
        except ApportionmentError as exc:
            reason: object = exc
            if all(m == 0 for _, m in parties):
                reason = t("seats.error.no_mandates")
            raise DataError(t("seats.error.cannot_compute", reason=reason)) from None
        given = lot_winners if each == method else []
        lot = recorded.get(each)
        if given:
            problem = _lot_problem(given, result.lot)
            if problem is not None:
                raise UsageError(t("seats.error.lot_winner", reason=problem))
            try:
                result = apportion(parties, seats, each, majority_clause=clause, lot_winners=given)
            except ApportionmentError as exc:
                raise UsageError(t("seats.error.lot_winner", reason=exc)) from None
        elif lot is not None:
            unfit: Msg | str | None = _lot_problem(lot.winners, result.lot)
            if unfit is None:
                try:
                    result = apportion(
                        parties, seats, each, majority_clause=clause, lot_winners=lot.winners
                    )
                except ApportionmentError as exc:
                    unfit = str(exc)
            if unfit is not None:
                notes.append(msg("seats.note.lot_unfit", lot=lot.description, reason=unfit))
            else:
                notes.append(
                    msg(
                        "seats.note.lot_applied",
                        lot=lot.description,
                        method=METHOD_NAMES[each],
                        winners=", ".join(lot.winners),
                    )
                )
        results.append(result)
    return tuple(results)
