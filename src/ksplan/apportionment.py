"""Seat apportionment for committees: Hare-Niemeyer, d'Hondt and Sainte-Laguë.

Every number is an ``int`` or a :class:`fractions.Fraction`. Seat orders are decided by
exact comparison only, because rounding noise in floating point turns an exact tie into a
false winner, and a tie at the cut-off has to go to the lot (§ 50 Abs. 3 GO NRW: "Bei
gleichen Zahlenbruchteilen entscheidet das Los"), never to whichever party the
arithmetic happened to favour.

A tie at the cut-off is therefore reported as a pending :class:`Lot`; the seats that are
certain are reported separately. Once the lot has been drawn, the winners can be passed
back in with ``lot_winners`` to obtain the complete result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Literal

from ksplan.i18n import count as count_of
from ksplan.i18n import t

# Seats and mandates are bounded where they enter (the plan's models, the command line): a
# council is not a country, and the bound keeps every exact fraction small.
MAX_COUNT = 10_000

__all__ = [
    "METHODS",
    "Allocation",
    "ApportionmentError",
    "Lot",
    "Method",
    "Row",
    "apportion",
    "decimal_str",
    "fraction_str",
]

Method = Literal["hare-niemeyer", "dhondt", "sainte-lague"]
METHODS: tuple[Method, ...] = ("hare-niemeyer", "dhondt", "sainte-lague")


class ApportionmentError(ValueError):
    """The input cannot be apportioned; the message says why in plain words."""


@dataclass(frozen=True)
class Row:
    """One party's line in the result, with the Hare quota shown for comparison."""

    name: str
    mandates: int
    quota: Fraction
    whole: int
    remainder: Fraction
    seats: int
    remainder_seat: bool


@dataclass(frozen=True)
class Lot:
    """``seats`` seats that must be drawn by lot among ``candidates`` (input order)."""

    seats: int
    candidates: tuple[str, ...]


@dataclass(frozen=True)
class Allocation:
    """The result of :func:`apportion`: certain seats per party and any pending lot."""

    method: Method
    seats: int
    total_mandates: int
    rows: tuple[Row, ...]
    lot: Lot | None
    lot_applied: Lot | None
    lot_winners: tuple[str, ...]
    majority_clause: str | None

    @property
    def allocation(self) -> dict[str, int]:
        """Certain seats per party, in input order."""
        return {row.name: row.seats for row in self.rows}

    @property
    def certain_seats(self) -> int:
        """Seats already decided; the rest (if any) wait for the lot."""
        return self.seats - (self.lot.seats if self.lot is not None else 0)


@dataclass
class _Outcome:
    """Working state shared by the methods before it is frozen into an Allocation."""

    seats: list[int]
    by_remainder: list[bool]
    lot_seats: int
    lot_candidates: list[int]
    majority_index: int | None


def fraction_str(f: Fraction) -> str:
    """Write ``f`` as ``n/d`` (always with a slash), so exact values stay exact in reports."""
    return f"{f.numerator}/{f.denominator}"


def decimal_str(f: Fraction, places: int = 4) -> str:
    """Round ``f`` half-up to ``places`` decimals without ever going through a float.

    Halves round away from zero, so a negative value mirrors its positive counterpart.
    """
    if isinstance(places, bool) or not isinstance(places, int) or places < 0:
        raise ValueError(t("ap.places", places=repr(places)))
    scale = 10**places
    magnitude = abs(Fraction(f)) * scale
    units = (magnitude.numerator * 2 + magnitude.denominator) // (magnitude.denominator * 2)
    sign = "-" if f < 0 and units != 0 else ""
    whole, frac = divmod(units, scale)
    if places == 0:
        return f"{sign}{whole}"
    return f"{sign}{whole}.{frac:0{places}d}"


def apportion(
    parties: Sequence[tuple[str, int]],
    seats: int,
    method: Method = "hare-niemeyer",
    *,
    majority_clause: bool = False,
    lot_winners: Sequence[str] = (),
) -> Allocation:
    """Divide ``seats`` among ``parties`` (name, mandates) by ``method``.

    Ties at the cut-off are never decided here: they come back as ``Allocation.lot``
    unless ``lot_winners`` (the outcome of the drawing) are given, in which case each
    winner gets one more seat. ``majority_clause`` (Hare-Niemeyer only) gives a party
    with more than half of all mandates but no more than half of the seats one
    remainder seat ahead of the others.
    """
    if method not in METHODS:
        raise ApportionmentError(t("ap.method", method=repr(method), methods=", ".join(METHODS)))
    if isinstance(seats, bool) or not isinstance(seats, int):
        raise ApportionmentError(t("ap.seats_type", seats=repr(seats)))
    if seats < 0:
        raise ApportionmentError(t("ap.seats_negative", seats=seats))
    names, mandates = _check_parties(parties)
    total = sum(mandates)
    if total == 0:
        raise ApportionmentError(t("ap.no_mandates"))
    if majority_clause and method != "hare-niemeyer":
        raise ApportionmentError(t("ap.majority_hn", method=method))
    winners = _check_winner_names(lot_winners)

    quotas = [Fraction(m * seats, total) for m in mandates]
    if method == "hare-niemeyer":
        outcome = _hare_niemeyer(quotas, mandates, total, seats, majority_clause)
    else:
        outcome = _highest_averages(mandates, seats, 1 if method == "dhondt" else 2)

    lot = _make_lot(outcome, names)
    lot_applied: Lot | None = None
    if winners:
        lot_applied = _check_winners_fit(winners, lot)
        for name in winners:
            index = names.index(name)
            outcome.seats[index] += 1
            if method == "hare-niemeyer":
                outcome.by_remainder[index] = True
        lot = None

    rows = tuple(
        Row(
            name=names[i],
            mandates=mandates[i],
            quota=quotas[i],
            whole=quotas[i].numerator // quotas[i].denominator,
            remainder=quotas[i] - quotas[i].numerator // quotas[i].denominator,
            seats=outcome.seats[i],
            remainder_seat=outcome.by_remainder[i],
        )
        for i in range(len(names))
    )
    return Allocation(
        method=method,
        seats=seats,
        total_mandates=total,
        rows=rows,
        lot=lot,
        lot_applied=lot_applied,
        lot_winners=winners,
        majority_clause=(
            names[outcome.majority_index] if outcome.majority_index is not None else None
        ),
    )


def _check_parties(parties: Sequence[tuple[str, int]]) -> tuple[list[str], list[int]]:
    """Reject anything a clerk could mistype before any arithmetic runs on it."""
    if isinstance(parties, str | bytes) or not isinstance(parties, Sequence):
        raise ApportionmentError(t("ap.parties_type"))
    if len(parties) == 0:
        raise ApportionmentError(t("ap.no_parties"))
    names: list[str] = []
    mandates: list[int] = []
    seen: set[str] = set()
    for position, entry in enumerate(parties, start=1):
        if not isinstance(entry, tuple | list) or len(entry) != 2:
            raise ApportionmentError(t("ap.entry_pair", position=position, entry=repr(entry)))
        name, count = entry
        if not isinstance(name, str) or not name.strip():
            raise ApportionmentError(t("ap.entry_name", position=position))
        if name in seen:
            raise ApportionmentError(t("ap.name_twice", name=repr(name)))
        if isinstance(count, bool) or not isinstance(count, int):
            raise ApportionmentError(t("ap.mandates_type", name=name, count=repr(count)))
        if count < 0:
            raise ApportionmentError(t("ap.mandates_negative", name=name, count=count))
        seen.add(name)
        names.append(name)
        mandates.append(count)
    return names, mandates


def _check_winner_names(lot_winners: Sequence[str]) -> tuple[str, ...]:
    """Catch a bare string (which would be read letter by letter) and repeated names."""
    if isinstance(lot_winners, str):
        raise ApportionmentError(t("ap.winners_text", text=repr(lot_winners)))
    winners = tuple(lot_winners)
    for name in winners:
        if not isinstance(name, str):
            raise ApportionmentError(t("ap.winner_type", name=repr(name)))
    repeated = sorted({name for name in winners if winners.count(name) > 1})
    if repeated:
        raise ApportionmentError(t("ap.winner_twice", names=", ".join(repeated)))
    return winners


def _check_winners_fit(winners: tuple[str, ...], lot: Lot | None) -> Lot:
    """The winners must settle exactly the pending lot, nothing more and nothing less."""
    if lot is None:
        raise ApportionmentError(t("ap.no_lot"))
    for name in winners:
        if name not in lot.candidates:
            raise ApportionmentError(
                t("ap.not_candidate", name=name, candidates=", ".join(lot.candidates))
            )
    if len(winners) != lot.seats:
        key = "ap.lot_count.one" if len(winners) == 1 else "ap.lot_count.many"
        raise ApportionmentError(t(key, seats=count_of(lot.seats, "ap.seat"), given=len(winners)))
    return lot


def _make_lot(outcome: _Outcome, names: list[str]) -> Lot | None:
    if not outcome.lot_candidates:
        return None
    return Lot(
        seats=outcome.lot_seats,
        candidates=tuple(names[i] for i in sorted(outcome.lot_candidates)),
    )


def _hare_niemeyer(
    quotas: list[Fraction],
    mandates: list[int],
    total: int,
    seats: int,
    majority_clause: bool,
) -> _Outcome:
    """Whole numbers first, then the highest remainders; equal remainders at the cut-off
    that cannot all be served become a lot."""
    count = len(quotas)
    whole = [q.numerator // q.denominator for q in quotas]
    remainders = [q - w for q, w in zip(quotas, whole, strict=True)]
    left = seats - sum(whole)
    everyone = list(range(count))

    winners, lot_seats, candidates = _by_remainder(remainders, left, everyone)
    majority_index: int | None = None
    if majority_clause and left > 0:
        leader = next((i for i in everyone if 2 * mandates[i] > total), None)
        if leader is not None and 2 * (whole[leader] + (1 if leader in winners else 0)) <= seats:
            # NKWG § 36 Abs. 3: the majority party takes one remainder seat first; the
            # remaining remainder seats follow the usual order among the others.
            majority_index = leader
            others = [i for i in everyone if i != leader]
            winners, lot_seats, candidates = _by_remainder(remainders, left - 1, others)
            winners = [leader, *winners]

    result = list(whole)
    by_remainder = [False] * count
    for i in winners:
        result[i] += 1
        by_remainder[i] = True
    return _Outcome(result, by_remainder, lot_seats, candidates, majority_index)


def _by_remainder(
    remainders: list[Fraction], left: int, eligible: list[int]
) -> tuple[list[int], int, list[int]]:
    """Give ``left`` seats to the highest remainders among ``eligible``.

    Returns the certain winners, and the number of seats and candidates of the lot
    (0 and empty when the order is unique).
    """
    if left <= 0:
        return [], 0, []
    # The remainders sum to ``left`` and each is below 1, so there are always more
    # parties with a positive remainder than seats to hand out.
    assert left < len(eligible)
    cut = sorted((remainders[i] for i in eligible), reverse=True)[left - 1]
    above = [i for i in eligible if remainders[i] > cut]
    at_cut = [i for i in eligible if remainders[i] == cut]
    if len(above) + len(at_cut) == left:
        return above + at_cut, 0, []
    return above, left - len(above), at_cut


def _highest_averages(mandates: list[int], seats: int, step: int) -> _Outcome:
    """Hand out seats one after another to the highest quotient m / (step * s + 1).

    ``step`` 1 gives the d'Hondt divisors 1, 2, 3, ...; ``step`` 2 gives the
    Sainte-Laguë divisors 1, 3, 5, ... When several parties share the highest quotient
    and fewer seats are left than they are, those seats go to the lot.
    """
    count = len(mandates)
    result = [0] * count
    left = seats
    while left > 0:
        quotients = [Fraction(mandates[i], step * result[i] + 1) for i in range(count)]
        best = max(quotients)
        tied = [i for i in range(count) if quotients[i] == best]
        if len(tied) > left:
            return _Outcome(result, [False] * count, left, tied, None)
        for i in tied:
            result[i] += 1
        left -= len(tied)
    return _Outcome(result, [False] * count, 0, [], None)
