"""The Vollversammlung's council seats: from the plan (or a what-if) to an exact allocation.

The arithmetic is :mod:`ksplan.apportionment`; this module decides what to ask it — which
Fraktionen, how many seats, which method, which recorded lot — and how to say the answer.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from ksplan.apportionment import (
    MAX_COUNT,
    METHODS,
    Allocation,
    ApportionmentError,
    Method,
    apportion,
    decimal_str,
    fraction_str,
)
from ksplan.errors import DataError, UsageError

if TYPE_CHECKING:
    from ksplan.models import Term
    from ksplan.plan import Plan

MAX_SEATS = MAX_COUNT  # the divisor methods hand out seats one by one: keep answers instant
DEFAULT_SEATS = 10  # the motion of 12.12.2023: the Ratsfraktionen send 10 voting members
METHOD_NAMES = {
    "hare-niemeyer": "Hare-Niemeyer",
    "dhondt": "d'Hondt",
    "sainte-lague": "Sainte-Laguë",
}


@dataclass
class RecordedLot:
    """A lot recorded in the plan (``term.lots``), to be applied when it still fits."""

    winners: list[str]
    description: str  # e.g. "lot drawn on 2026-01-20 (Niederschrift …)"


@dataclass
class Question:
    parties: list[tuple[str, int]]
    seats: int
    method: Method
    majority_clause: bool = False
    lot_winners: list[str] = field(default_factory=list)  # --lot-winner, for ``method``
    term_id: str | None = None
    notes: list[str] = field(default_factory=list)
    recorded_lots: dict[Method, RecordedLot] = field(default_factory=dict)  # by method


def parse_faction(text: str) -> tuple[str, int]:
    """``NAME=MANDATES`` from the command line."""
    name, sep, number = text.rpartition("=")
    name = name.strip()
    if not sep or not name or "=" in name:
        raise UsageError(f"--faction '{text}' is not of the form NAME=MANDATES (e.g. SPD=27)")
    number = number.strip()
    if not number.isascii() or not number.isdigit():
        raise UsageError(
            f"--faction '{text}': the mandates must be a whole number of 0 or more, not '{number}'"
        )
    if len(number.lstrip("0")) > len(str(MAX_COUNT)) or int(number) > MAX_COUNT:
        raise UsageError(f"--faction '{_clip(text)}': the mandates may be at most {MAX_COUNT:,}")
    return name, int(number)


def _clip(text: str) -> str:
    return text if len(text) <= 60 else f"{text[:40]}… ({len(text):,} characters)"


def _check_method(method: str | None, default: Method) -> Method:
    if method is None:
        return default
    for known in METHODS:
        if method == known:
            return known
    raise UsageError(f"unknown method '{method}': use one of {', '.join(METHODS)}")


def _term(plan: Plan, term_id: str | None, as_of: date) -> Term:
    """The term asked for, else the one in force on ``as_of``."""
    known = ", ".join(t.id for t in plan.assembly.terms)
    if term_id is None:
        term = plan.term_on(as_of)
        if term is None:
            first = min(t.starts for t in plan.assembly.terms)
            raise DataError(
                f"no council term of the plan is in force on {as_of.isoformat()} (the first "
                f"starts on {first.isoformat()}); choose one with --term ({known})"
            )
        return term
    try:
        return plan.term(term_id)
    except KeyError:
        raise UsageError(f"there is no council term '{term_id}'; known terms: {known}") from None


def _name_of(term: Term, wanted: str) -> str:
    for f in term.fraktionen:
        if wanted in (f.id, f.name):
            return f.name
    return wanted


def build_question(
    *,
    load_plan: Callable[[], Plan],
    term_id: str | None,
    factions: Sequence[str],
    seats: int | None,
    method: str | None,
    majority_clause: bool,
    lot_winners: Sequence[str],
    as_of: date | None = None,
) -> Question:
    """Turn the command line into a question; read the plan only when it is needed.

    Without ``term_id`` the term in force on ``as_of`` is used (``as_of`` is then needed)."""
    if seats is not None and seats > MAX_SEATS:
        raise UsageError(f"--seats may be at most {MAX_SEATS:,} (a committee, not a parliament)")
    if seats is not None and seats < 0:
        raise UsageError(f"--seats must be 0 or more, not {seats}")
    if factions:
        if term_id is not None:
            raise UsageError("--term and --faction exclude each other: --faction replaces the term")
        parties = [parse_faction(f) for f in factions]
        names = [n for n, _ in parties]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise UsageError(f"--faction names a Fraktion twice: {', '.join(dupes)}")
        chosen = _check_method(method, "hare-niemeyer")
        return Question(
            parties,
            DEFAULT_SEATS if seats is None else seats,
            chosen,
            majority_clause,
            list(lot_winners),
        )
    plan = load_plan()
    if term_id is None and as_of is None:
        raise ValueError("build_question needs term_id or as_of")
    term = _term(plan, term_id, as_of or date.min)
    chosen = _check_method(method, plan.assembly.council_seats.method)
    question = Question(
        [(f.name, f.mandates) for f in term.fraktionen],
        plan.assembly.council_seats.seats if seats is None else seats,
        chosen,
        majority_clause,
        [_name_of(term, w) for w in lot_winners],
        term_id=term.id,
    )
    if not term.fraktionen:
        raise DataError(f"the council term {term.id} lists no Fraktionen")
    if as_of is not None and as_of < plan.assembly.established.date:
        question.notes.append(
            f"the Vollversammlung was established only on "
            f"{plan.assembly.established.date.isoformat()}: this is how its council seats "
            f"would be allocated on {as_of.isoformat()}"
        )
    if term_id is None and term.constituted is None:
        question.notes.append(
            f"the day the council of the term {term.id} was constituted is not recorded; the "
            f"term is taken to be in force from its election day ({term.election.isoformat()})"
        )
    if term.note:
        question.notes.append(term.note)
    if not term.complete:
        question.notes.append(
            f"the plan marks the Fraktionen of the term {term.id} as incomplete; "
            "the result may change when the missing ones are added"
        )
    likely = [f.name for f in term.fraktionen if f.certainty == "likely"]
    if likely:
        question.notes.append(
            f"mandates marked 'likely' (one reliable source, not confirmed): {', '.join(likely)}"
        )
    plan_seats = plan.assembly.council_seats.seats
    for lot in term.lots:  # a later entry for the same method replaces an earlier one
        description = f"lot drawn on {lot.date.isoformat()} ({lot.source})"
        if question.seats != plan_seats:
            # The lot decided a tie among the plan's seats; a what-if with another number
            # of seats has ties of its own.
            question.notes.append(
                f"the {description} was for {plan_seats} seats and is not applied to "
                f"{question.seats}"
            )
            continue
        question.recorded_lots[lot.method] = RecordedLot(
            [_name_of(term, w) for w in lot.winners], description
        )
    return question


def answer(question: Question, *, compare: bool = False) -> list[Allocation]:
    """One allocation, or one per method with ``compare``."""
    methods: Sequence[Method] = METHODS if compare else (question.method,)
    if compare and question.method != METHODS[0]:
        methods = (question.method, *[m for m in METHODS if m != question.method])
    if question.majority_clause and not compare and question.method != "hare-niemeyer":
        raise UsageError(
            f"--majority-clause applies to Hare-Niemeyer only, not to {question.method} "
            "(use --method hare-niemeyer, or --compare to see it next to the others)"
        )
    results = []
    for method in methods:
        clause = question.majority_clause and method == "hare-niemeyer"
        try:
            # Without any lot winner first: bad data is a data error, whatever the lot.
            result = apportion(question.parties, question.seats, method, majority_clause=clause)
        except ApportionmentError as exc:
            raise DataError(str(exc)) from None
        given = question.lot_winners if method == question.method else []
        recorded = question.recorded_lots.get(method)
        if given:
            try:
                result = apportion(
                    question.parties,
                    question.seats,
                    method,
                    majority_clause=clause,
                    lot_winners=given,
                )
            except ApportionmentError as exc:
                raise UsageError(f"--lot-winner: {exc}") from None
        elif recorded is not None:
            try:
                result = apportion(
                    question.parties,
                    question.seats,
                    method,
                    majority_clause=clause,
                    lot_winners=recorded.winners,
                )
            except ApportionmentError as exc:
                question.notes.append(
                    f"the {recorded.description} no longer fits the data and is not applied: {exc}"
                )
            else:
                question.notes.append(
                    f"applied the {recorded.description} ({METHOD_NAMES[method]}): "
                    f"{', '.join(recorded.winners)}"
                )
        results.append(result)
    return results


def allocation_json(a: Allocation) -> dict[str, Any]:
    """The documented, stable JSON shape of one allocation."""
    return {
        "method": a.method,
        "seats": a.seats,
        "total_mandates": a.total_mandates,
        "rows": [
            {
                "name": r.name,
                "mandates": r.mandates,
                "quota": fraction_str(r.quota),
                "quota_decimal": decimal_str(r.quota, 4),
                "whole": r.whole,
                "remainder": fraction_str(r.remainder),
                "remainder_seat": r.remainder_seat,
                "seats": r.seats,
            }
            for r in a.rows
        ],
        "allocation": a.allocation,
        "lot": None
        if a.lot is None
        else {"seats": a.lot.seats, "candidates": list(a.lot.candidates)},
        "lot_applied": None
        if a.lot_applied is None
        else {
            "seats": a.lot_applied.seats,
            "candidates": list(a.lot_applied.candidates),
            "winners": list(a.lot_winners),
        },
        "majority_clause": a.majority_clause,
    }


def german_decimal(value: Any, places: int = 4) -> str:
    return decimal_str(value, places).replace(".", ",")


def _names_de(names: Sequence[str]) -> str:
    items = list(names)
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " und " + items[-1]


def _seats_de(n: int) -> str:
    return "1 Sitz" if n == 1 else f"{n} Sitze"


def explanation_de(a: Allocation) -> str:
    """A short German sentence saying how the seats were reached."""
    if a.seats == 0:
        return f"{METHOD_NAMES[a.method]}: Es sind keine Sitze zu vergeben."
    if a.method == "hare-niemeyer":
        whole = sum(r.whole for r in a.rows)
        left = a.seats - whole
        text = (
            f"Hare-Niemeyer: Jede Fraktion erhält zunächst so viele Sitze, wie ihre Quote "
            f"(Mandate × {a.seats} ÷ {a.total_mandates}) ganze Zahlen enthält "
            f"({_seats_de(whole)}); "
        )
        if left == 0:
            text += "damit sind alle Sitze vergeben."
        else:
            if left == 1:
                text += "der übrige Sitz geht an den höchsten Zahlenbruchteil. "
            else:
                text += (
                    f"die übrigen {left} Sitze gehen in der Reihenfolge der höchsten "
                    "Zahlenbruchteile. "
                )
            text += "Bei gleichen Zahlenbruchteilen entscheidet das Los (§ 50 Abs. 3 GO NRW)."
        if a.majority_clause:
            text += (
                f" Mehrheitsklausel: {a.majority_clause} hält mehr als die Hälfte der Mandate "
                "und erhält daher vorab einen Restsitz (NKWG § 36 Abs. 3)."
            )
        return text
    divisors = "1, 2, 3, …" if a.method == "dhondt" else "1, 3, 5, …"
    if a.seats == 1:
        seats = "Der Sitz geht an die höchste Höchstzahl"
    else:
        seats = f"Die {a.seats} Sitze gehen nacheinander an die jeweils höchste Höchstzahl"
    return (
        f"{METHOD_NAMES[a.method]}: {seats} (Mandate geteilt durch {divisors}); bei gleichen "
        "Höchstzahlen entscheidet das Los. Die Quote ist zum Vergleich angegeben."
    )


def explanation_en(a: Allocation) -> str:
    """The same explanation in English (for English reports)."""
    name = METHOD_NAMES[a.method]
    if a.seats == 0:
        return f"{name}: there are no seats to give."
    if a.method == "hare-niemeyer":
        whole = sum(r.whole for r in a.rows)
        left = a.seats - whole
        text = (
            f"Hare-Niemeyer: each Fraktion first gets as many seats as its quota "
            f"(mandates × {a.seats} ÷ {a.total_mandates}) has whole units "
            f"({whole} seat{'' if whole == 1 else 's'}); "
        )
        if left == 0:
            text += "that gives out every seat."
        else:
            text += (
                "the remaining seat goes to the largest remainder. "
                if left == 1
                else f"the remaining {left} seats go by the largest remainders. "
            )
            text += "Equal remainders are decided by lot (§ 50 Abs. 3 GO NRW)."
        if a.majority_clause:
            text += (
                f" Majority clause: {a.majority_clause} holds more than half of the mandates "
                "and therefore gets a remainder seat first (NKWG § 36 Abs. 3)."
            )
        return text
    divisors = "1, 2, 3, …" if a.method == "dhondt" else "1, 3, 5, …"
    return (
        f"{name}: the seats go one by one to the highest quotient (mandates divided by "
        f"{divisors}); equal quotients are decided by lot. The quota is shown for comparison."
    )


def lot_sentence_de(a: Allocation) -> str | None:
    if a.lot is None:
        return None
    seats = "1 Sitz wird" if a.lot.seats == 1 else f"{a.lot.seats} Sitze werden"
    return (
        f"Los: {seats} zwischen {_names_de(a.lot.candidates)} gelost; sicher vergeben sind "
        f"{a.certain_seats} von {a.seats} {'Sitz' if a.seats == 1 else 'Sitzen'}."
    )
