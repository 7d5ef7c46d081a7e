"""Tests for ksplan.apportionment.

Known vectors come from tests/fixtures/apportionment-vectors.json. The property tests
compare the module against reference computations written out plainly below, using a
different formulation than the module so that a shared mistake is unlikely:
Hare-Niemeyer by integer cross-multiplication, the divisor methods by the classic table
of all quotients.
"""

from __future__ import annotations

import dataclasses
import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ksplan.apportionment import (
    METHODS,
    Allocation,
    ApportionmentError,
    Lot,
    Method,
    Row,
    apportion,
    decimal_str,
    fraction_str,
)

pytestmark = pytest.mark.usefixtures("english")  # the refusals' wording (German: below)

VECTORS_PATH = Path(__file__).parent / "fixtures" / "apportionment-vectors.json"
VECTORS: list[dict[str, Any]] = json.loads(VECTORS_PATH.read_text(encoding="utf-8"))["vectors"]
VECTORS_BY_ID = {vector["id"]: vector for vector in VECTORS}

# key in the vector file -> (method, majority clause)
METHOD_KEYS: dict[str, tuple[Method, bool]] = {
    "hare_niemeyer": ("hare-niemeyer", False),
    "dhondt": ("dhondt", False),
    "sainte_lague": ("sainte-lague", False),
    "hare_niemeyer_with_majority_clause": ("hare-niemeyer", True),
}

Parties = list[tuple[str, int]]
# reference result: certain seats, seats to draw, lot candidates (indices)
Reference = tuple[list[int], int, frozenset[int]]


def _parties(vector: dict[str, Any]) -> Parties:
    return list(vector["input"]["parties"].items())


def _cases() -> list[Any]:
    cases = []
    for vector in VECTORS:
        for key, expected in vector["expected"].items():
            cases.append(pytest.param(vector, key, expected, id=f"{vector['id']}-{key}"))
    return cases


# --------------------------------------------------------------------------------------
# Known vectors


@pytest.mark.parametrize(("vector", "key", "expected"), _cases())
def test_vector(vector: dict[str, Any], key: str, expected: dict[str, Any]) -> None:
    method, clause = METHOD_KEYS[key]
    parties = _parties(vector)
    seats = vector["input"]["seats"]
    if "error" in expected:
        with pytest.raises(ApportionmentError):
            apportion(parties, seats, method, majority_clause=clause)
        return
    result = apportion(parties, seats, method, majority_clause=clause)
    assert result.allocation == expected["fixed"]
    assert list(result.allocation) == [name for name, _ in parties]
    if expected["lot"] is None:
        assert result.lot is None
        assert result.certain_seats == seats
    else:
        assert result.lot is not None
        assert result.lot.seats == expected["lot"]["seats"]
        assert set(result.lot.candidates) == set(expected["lot"]["parties"])
        assert result.certain_seats == seats - expected["lot"]["seats"]
    if expected.get("allocation") is not None:
        assert result.lot is None
        assert result.allocation == expected["allocation"]


@pytest.mark.parametrize("method", METHODS)
def test_all_zero_mandates_is_refused_by_every_method(method: Method) -> None:
    vector = VECTORS_BY_ID["all_zero_votes"]
    with pytest.raises(ApportionmentError, match="total of mandates is 0"):
        apportion(_parties(vector), vector["input"]["seats"], method)


def test_hare_niemeyer_is_not_house_monotone() -> None:
    """Alabama paradox: one more seat in the committee costs C a seat."""
    ten = VECTORS_BY_ID["alabama_10"]
    eleven = VECTORS_BY_ID["alabama_11"]
    assert _parties(ten) == _parties(eleven)
    small = apportion(_parties(ten), 10)
    large = apportion(_parties(eleven), 11)
    assert small.lot is None
    assert large.lot is None
    assert small.allocation["C"] == 2
    assert large.allocation["C"] == 1
    assert small.allocation == {"A": 4, "B": 4, "C": 2}
    assert large.allocation == {"A": 5, "B": 5, "C": 1}


def test_dortmund_council_committee_of_ten() -> None:
    parties = [
        ("SPD", 27),
        ("Grüne", 22),
        ("CDU", 20),
        ("Die Linke+", 6),
        ("AfD", 5),
        ("FDP/Bürgerliste", 4),
        ("Die PARTEI", 3),
    ]
    result = apportion(parties, 10)
    assert result.lot is None
    assert result.majority_clause is None
    assert result.total_mandates == 87
    assert [row.seats for row in result.rows] == [3, 3, 2, 1, 1, 0, 0]
    assert [row.remainder_seat for row in result.rows] == [
        False,
        True,
        False,
        True,
        True,
        False,
        False,
    ]
    spd = result.rows[0]
    assert spd.quota == Fraction(270, 87)
    assert (spd.whole, spd.remainder) == (3, Fraction(270, 87) - 3)
    assert decimal_str(spd.quota) == "3.1034"


def test_rows_carry_exact_quota_for_every_method() -> None:
    parties = [("A", 24), ("B", 20), ("C", 19), ("D", 4), ("E", 4), ("F", 4), ("G", 3), ("H", 2)]
    for method in METHODS:
        result = apportion(parties, 7, method)
        for row, (_, mandates) in zip(result.rows, parties, strict=True):
            assert isinstance(row.quota, Fraction)
            assert isinstance(row.remainder, Fraction)
            assert row.quota == Fraction(mandates * 7, 80)
            assert row.whole + row.remainder == row.quota
            assert 0 <= row.remainder < 1
            if method != "hare-niemeyer":
                assert row.remainder_seat is False


def test_float_noise_would_break_an_exact_tie() -> None:
    """Quotas 4/3, 1/3 and 25/3 leave the same remainder 1/3 three times: a lot.

    Computed in floating point the three remainders differ, and C would silently win.
    """
    parties = [("A", 4), ("B", 1), ("C", 25)]
    float_remainders = [m * 10 / 30 - int(m * 10 / 30) for _, m in parties]
    assert len(set(float_remainders)) > 1  # the hazard this module avoids
    result = apportion(parties, 10)
    assert result.allocation == {"A": 1, "B": 0, "C": 8}
    assert result.lot == Lot(seats=1, candidates=("A", "B", "C"))
    assert {row.remainder for row in result.rows} == {Fraction(1, 3)}


@pytest.mark.parametrize("method", METHODS)
def test_three_equal_parties_four_seats_need_a_lot(method: Method) -> None:
    result = apportion([("A", 11), ("B", 11), ("C", 11)], 4, method)
    assert result.allocation == {"A": 1, "B": 1, "C": 1}
    assert result.lot == Lot(seats=1, candidates=("A", "B", "C"))
    assert result.certain_seats == 3


def test_lot_candidates_keep_input_order() -> None:
    result = apportion([("Z", 4), ("big", 24), ("Y", 4), ("X", 4), ("mid", 20)], 5)
    assert result.lot is not None
    assert result.lot.candidates == ("Z", "Y", "X")


# --------------------------------------------------------------------------------------
# Applying the drawn lot


def test_lot_winners_complete_the_result() -> None:
    parties = _parties(VECTORS_BY_ID["munich_hn_stale2"])
    pending = apportion(parties, 13)
    assert pending.lot == Lot(seats=3, candidates=("D", "E", "F", "G"))
    decided = apportion(parties, 13, lot_winners=["G", "D", "E"])
    assert decided.lot is None
    assert decided.lot_applied == pending.lot
    assert decided.lot_winners == ("G", "D", "E")
    assert decided.allocation == {"A": 4, "B": 3, "C": 3, "D": 1, "E": 1, "F": 0, "G": 1}
    assert decided.certain_seats == 13
    flags = {row.name: row.remainder_seat for row in decided.rows}
    assert flags == {"A": True, "B": False, "C": True, "D": True, "E": True, "F": False, "G": True}
    assert pending.lot_applied is None
    assert pending.lot_winners == ()


def test_lot_winners_for_a_divisor_method() -> None:
    parties = _parties(VECTORS_BY_ID["alabama_11"])
    decided = apportion(parties, 11, "sainte-lague", lot_winners=("C", "A"))
    assert decided.allocation == {"A": 5, "B": 4, "C": 2}
    assert decided.lot is None
    assert all(row.remainder_seat is False for row in decided.rows)


@pytest.mark.parametrize(
    ("winners", "message"),
    [
        (["A"], r"A is not among the lot candidates \(D, E, F, G\)"),
        (["Nobody", "D", "E"], r"Nobody is not among the lot candidates"),
        (["D"], r"the lot is for 3 seats but 1 winner was given"),
        (["D", "E", "F", "G"], r"the lot is for 3 seats but 4 winners were given"),
        (["D", "D", "E"], r"D is named more than once"),
        ("DEF", r"list of names"),
        ([3], r"must be a party name"),
    ],
    ids=["not-a-candidate", "unknown-name", "too-few", "too-many", "duplicate", "bare-str", "int"],
)
def test_bad_lot_winners(winners: Any, message: str) -> None:
    parties = _parties(VECTORS_BY_ID["munich_hn_stale2"])
    with pytest.raises(ApportionmentError, match=message):
        apportion(parties, 13, lot_winners=winners)


def test_single_seat_lot_message() -> None:
    parties = _parties(VECTORS_BY_ID["munich_hn_stale1"])
    with pytest.raises(ApportionmentError, match=r"the lot is for 1 seat but 2 winners were given"):
        apportion(parties, 7, lot_winners=["D", "E"])


@pytest.mark.parametrize("method", METHODS)
def test_lot_winners_without_a_pending_lot(method: Method) -> None:
    with pytest.raises(ApportionmentError, match="there is no lot to decide: the result is unique"):
        apportion([("A", 10000), ("B", 6000), ("C", 1500)], 8, method, lot_winners=["A"])


# --------------------------------------------------------------------------------------
# Majority clause


def test_majority_clause_wins_over_a_pending_lot() -> None:
    """A holds 5 of 9 mandates; plain result: A 1 of 3 seats and a lot for 2 among all.

    The clause gives A the first remainder seat; B and C draw for the last one.
    """
    parties = [("A", 5), ("B", 2), ("C", 2)]
    plain = apportion(parties, 3)
    assert plain.allocation == {"A": 1, "B": 0, "C": 0}
    assert plain.lot == Lot(seats=2, candidates=("A", "B", "C"))
    result = apportion(parties, 3, majority_clause=True)
    assert result.majority_clause == "A"
    assert result.allocation == {"A": 2, "B": 0, "C": 0}
    assert result.lot == Lot(seats=1, candidates=("B", "C"))
    assert result.rows[0].remainder_seat is True
    decided = apportion(parties, 3, majority_clause=True, lot_winners=["C"])
    assert decided.allocation == {"A": 2, "B": 0, "C": 1}


def test_majority_clause_records_the_party() -> None:
    result = apportion([("A", 501), ("B", 499)], 4, majority_clause=True)
    assert result.majority_clause == "A"
    assert result.allocation == {"A": 3, "B": 1}
    assert [row.remainder_seat for row in result.rows] == [True, False]


def test_majority_clause_not_needed() -> None:
    result = apportion([("A", 7), ("B", 3)], 10, majority_clause=True)
    assert result.majority_clause is None
    assert result.allocation == {"A": 7, "B": 3}


def test_majority_clause_needs_more_than_half() -> None:
    result = apportion([("A", 500), ("B", 499), ("C", 1)], 4, majority_clause=True)
    assert result.majority_clause is None
    assert result == apportion([("A", 500), ("B", 499), ("C", 1)], 4)


def test_majority_clause_with_no_seats() -> None:
    result = apportion([("A", 3), ("B", 1)], 0, majority_clause=True)
    assert result.majority_clause is None
    assert result.allocation == {"A": 0, "B": 0}


@pytest.mark.parametrize("method", ["dhondt", "sainte-lague"])
def test_majority_clause_only_for_hare_niemeyer(method: Method) -> None:
    with pytest.raises(ApportionmentError, match="Hare-Niemeyer only"):
        apportion([("A", 501), ("B", 499)], 4, method, majority_clause=True)


# --------------------------------------------------------------------------------------
# Input validation


@pytest.mark.parametrize(
    ("parties", "seats", "message"),
    [
        ([("A", -1), ("B", 3)], 3, r"mandates of A cannot be negative"),
        ([("A", True), ("B", 3)], 3, r"mandates of A must be a whole number"),
        ([("A", 2.0), ("B", 3)], 3, r"mandates of A must be a whole number"),
        ([("A", 2.5), ("B", 3)], 3, r"mandates of A must be a whole number"),
        ([("A", Fraction(2)), ("B", 3)], 3, r"mandates of A must be a whole number"),
        ([("A", "2"), ("B", 3)], 3, r"mandates of A must be a whole number"),
        ([("A", 2), ("A", 3)], 3, r"'A' appears more than once"),
        ([("A", 2), ("", 3)], 3, r"entry 2 has no name"),
        ([("A", 2), ("  ", 3)], 3, r"entry 2 has no name"),
        ([(7, 2)], 3, r"entry 1 has no name"),
        ([("A", 2, 1)], 3, r"entry 1 is not a \(name, mandates\) pair"),
        ([], 3, r"there are no parties"),
        ({"A": 2}, 3, r"list of \(name, mandates\) pairs"),
        ([("A", 0), ("B", 0)], 3, r"total of mandates is 0"),
        ([("A", 2)], -1, r"seats cannot be negative"),
        ([("A", 2)], True, r"seats must be a whole number"),
        ([("A", 2)], 3.0, r"seats must be a whole number"),
    ],
    ids=[
        "negative-mandates",
        "bool-mandates",
        "float-mandates",
        "fractional-float-mandates",
        "fraction-mandates",
        "str-mandates",
        "duplicate-names",
        "empty-name",
        "blank-name",
        "non-str-name",
        "not-a-pair",
        "no-parties",
        "mapping",
        "all-zero",
        "negative-seats",
        "bool-seats",
        "float-seats",
    ],
)
def test_invalid_input(parties: Any, seats: Any, message: str) -> None:
    with pytest.raises(ApportionmentError, match=message):
        apportion(parties, seats)


def test_unknown_method() -> None:
    with pytest.raises(ApportionmentError, match="unknown method 'borda'"):
        apportion([("A", 2)], 3, "borda")  # type: ignore[arg-type]


def test_error_is_a_value_error() -> None:
    assert issubclass(ApportionmentError, ValueError)


def test_names_differing_only_in_case_are_distinct() -> None:
    result = apportion([("Linke", 2), ("linke", 2)], 2)
    assert result.allocation == {"Linke": 1, "linke": 1}


def test_result_is_frozen() -> None:
    result = apportion([("A", 2), ("B", 1)], 3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.seats = 4  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.rows[0].seats = 9  # type: ignore[misc]
    assert isinstance(result, Allocation)
    assert isinstance(result.rows[0], Row)


# --------------------------------------------------------------------------------------
# Number formatting


@pytest.mark.parametrize(
    ("value", "places", "text"),
    [
        (Fraction(26 * 10, 93), 4, "2.7957"),
        (Fraction(270, 87), 4, "3.1034"),
        (Fraction(3), 4, "3.0000"),
        (Fraction(0), 2, "0.00"),
        (Fraction(1, 3), 4, "0.3333"),
        (Fraction(2, 3), 4, "0.6667"),
        (Fraction(1, 8), 2, "0.13"),
        (Fraction(3, 8), 2, "0.38"),
        (Fraction(2675, 1000), 2, "2.68"),
        (Fraction(5, 2), 0, "3"),
        (Fraction(7, 2), 0, "4"),
        (Fraction(9999, 10000), 2, "1.00"),
        (Fraction(5, 100000), 4, "0.0001"),
        (Fraction(-1, 8), 2, "-0.13"),
        (Fraction(-1, 1000), 2, "0.00"),
        (Fraction(10**30 + 1, 10**30), 3, "1.000"),
    ],
)
def test_decimal_str(value: Fraction, places: int, text: str) -> None:
    assert decimal_str(value, places) == text


def test_decimal_str_default_places() -> None:
    assert decimal_str(Fraction(1, 2)) == "0.5000"


def test_decimal_str_rejects_negative_places() -> None:
    with pytest.raises(ValueError, match="decimal places"):
        decimal_str(Fraction(1, 2), -1)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (Fraction(26 * 10, 93), "260/93"),
        (Fraction(3), "3/1"),
        (Fraction(0), "0/1"),
        (Fraction(6, 4), "3/2"),
        (Fraction(-1, 2), "-1/2"),
    ],
)
def test_fraction_str(value: Fraction, text: str) -> None:
    assert fraction_str(value) == text


@given(st.fractions(min_value=0, max_value=1000, max_denominator=10**6), st.integers(0, 8))
def test_decimal_str_is_the_nearest_decimal(value: Fraction, places: int) -> None:
    text = decimal_str(value, places)
    shown = Fraction(text)
    step = Fraction(1, 10**places)
    assert abs(shown - value) <= step / 2
    if abs(shown - value) == step / 2:
        assert shown > value  # exact halves go up
    assert len(text.partition(".")[2]) == places


# --------------------------------------------------------------------------------------
# Independent reference computations


def ref_hare_niemeyer(mandates: list[int], seats: int, clause: bool = False) -> Reference:
    """Largest remainders in integers: remainder of i is (m_i * S) mod T."""
    total = sum(mandates)
    result = [m * seats // total for m in mandates]
    remainder = [m * seats % total for m in mandates]
    left = seats - sum(result)
    skip = -1
    if clause and left > 0:
        for i, m in enumerate(mandates):
            if 2 * m > total:
                plain, _, _ = ref_hare_niemeyer(mandates, seats)
                if 2 * plain[i] <= seats:
                    result[i] += 1
                    left -= 1
                    skip = i
    for value in sorted({r for i, r in enumerate(remainder) if i != skip}, reverse=True):
        if left == 0:
            break
        group = [i for i, r in enumerate(remainder) if r == value and i != skip]
        if len(group) > left:
            return result, left, frozenset(group)
        for i in group:
            result[i] += 1
        left -= len(group)
    assert left == 0
    return result, 0, frozenset()


def ref_highest_averages(mandates: list[int], seats: int, method: Method) -> Reference:
    """The quotient table: every m_i / d_j for the first S divisors, sorted."""
    if method == "dhondt":
        divisors = [Fraction(j + 1) for j in range(seats)]
    else:
        divisors = [Fraction(2 * j + 1, 2) for j in range(seats)]
    table = [(Fraction(m) / d, i) for i, m in enumerate(mandates) for d in divisors]
    if seats == 0:
        return [0] * len(mandates), 0, frozenset()
    cut = sorted((q for q, _ in table), reverse=True)[seats - 1]
    result = [0] * len(mandates)
    for q, i in table:
        if q > cut:
            result[i] += 1
    at_cut = frozenset(i for q, i in table if q == cut)
    left = seats - sum(result)
    if len(at_cut) == left:
        for i in at_cut:
            result[i] += 1
        return result, 0, frozenset()
    return result, left, at_cut


def reference(mandates: list[int], seats: int, method: Method) -> Reference:
    if method == "hare-niemeyer":
        return ref_hare_niemeyer(mandates, seats)
    return ref_highest_averages(mandates, seats, method)


# --------------------------------------------------------------------------------------
# Properties

PROPERTY_SETTINGS = settings(max_examples=150, deadline=None)


@st.composite
def elections(draw: st.DrawFn) -> tuple[Parties, int]:
    """1-12 parties with 0-60 mandates (total > 0) and 0-30 seats.

    Half of the draws take mandates from a pool of at most three values, so equal
    mandates and with them ties at the cut-off are frequent.
    """
    count = draw(st.integers(1, 12))
    if draw(st.booleans()):
        pool = draw(st.lists(st.integers(0, 60), min_size=1, max_size=3, unique=True))
        mandates = draw(st.lists(st.sampled_from(pool), min_size=count, max_size=count))
    else:
        mandates = draw(st.lists(st.integers(0, 60), min_size=count, max_size=count))
    if sum(mandates) == 0:
        mandates[draw(st.integers(0, count - 1))] = draw(st.integers(1, 60))
    seats = draw(st.integers(0, 30))
    return [(f"P{i}", m) for i, m in enumerate(mandates)], seats


methods = st.sampled_from(METHODS)


def _summary(result: Allocation) -> tuple[list[int], int, frozenset[int]]:
    names = [row.name for row in result.rows]
    if result.lot is None:
        return [row.seats for row in result.rows], 0, frozenset()
    candidates = frozenset(names.index(name) for name in result.lot.candidates)
    return [row.seats for row in result.rows], result.lot.seats, candidates


@PROPERTY_SETTINGS
@given(elections(), methods)
def test_matches_reference(election: tuple[Parties, int], method: Method) -> None:
    parties, seats = election
    result = apportion(parties, seats, method)
    assert _summary(result) == reference([m for _, m in parties], seats, method)


@PROPERTY_SETTINGS
@given(elections(), methods)
def test_certain_plus_lot_seats_is_the_total(election: tuple[Parties, int], method: Method) -> None:
    parties, seats = election
    result = apportion(parties, seats, method)
    lot_seats = result.lot.seats if result.lot is not None else 0
    assert sum(result.allocation.values()) + lot_seats == seats
    assert result.certain_seats == sum(result.allocation.values())
    if result.lot is not None:
        assert 0 < result.lot.seats < len(result.lot.candidates)
        assert list(result.lot.candidates) == [
            name for name, _ in parties if name in result.lot.candidates
        ]
    assert result.lot_applied is None
    assert result.lot_winners == ()


@PROPERTY_SETTINGS
@given(elections())
def test_hare_niemeyer_stays_within_quota(election: tuple[Parties, int]) -> None:
    parties, seats = election
    result = apportion(parties, seats)
    candidates = set(result.lot.candidates) if result.lot is not None else set()
    for row in result.rows:
        assert row.whole <= row.quota < row.whole + 1
        assert row.seats in (row.whole, row.whole + 1)
        assert row.remainder_seat == (row.seats == row.whole + 1)
        if row.name in candidates:
            assert row.seats == row.whole  # with the lot seat: whole + 1
            assert row.remainder > 0


@PROPERTY_SETTINGS
@given(elections())
def test_hare_niemeyer_lot_is_exactly_the_cut_off_tie(election: tuple[Parties, int]) -> None:
    parties, seats = election
    result = apportion(parties, seats)
    left = seats - sum(row.whole for row in result.rows)
    by_remainder = [row for row in result.rows if row.remainder_seat]
    if result.lot is None:
        assert len(by_remainder) == left
        if by_remainder:
            lowest_winner = min(row.remainder for row in by_remainder)
            losers = [row for row in result.rows if not row.remainder_seat]
            assert all(row.remainder < lowest_winner for row in losers)
        return
    cut = {row.remainder for row in result.rows if row.name in result.lot.candidates}
    assert len(cut) == 1
    (cut_value,) = cut
    at_cut = {row.name for row in result.rows if row.remainder == cut_value}
    assert at_cut == set(result.lot.candidates)
    above = [row for row in result.rows if row.remainder > cut_value]
    assert {row.name for row in above} == {row.name for row in by_remainder}
    assert len(above) + result.lot.seats == left
    assert len(at_cut) > result.lot.seats


@PROPERTY_SETTINGS
@given(elections(), methods, st.data())
def test_renaming_and_reordering_changes_nothing(
    election: tuple[Parties, int], method: Method, data: st.DataObject
) -> None:
    parties, seats = election
    order = data.draw(st.permutations(range(len(parties))))
    rename = {name: f"Fraktion {name[::-1]}!" for name, _ in parties}
    shuffled = [(rename[parties[i][0]], parties[i][1]) for i in order]
    original = apportion(parties, seats, method)
    moved = apportion(shuffled, seats, method)
    assert {rename[name]: s for name, s in original.allocation.items()} == moved.allocation
    if original.lot is None:
        assert moved.lot is None
    else:
        assert moved.lot is not None
        assert moved.lot.seats == original.lot.seats
        assert set(moved.lot.candidates) == {rename[n] for n in original.lot.candidates}


@PROPERTY_SETTINGS
@given(elections(), methods, st.integers(1, 1000))
def test_scaling_mandates_changes_nothing(
    election: tuple[Parties, int], method: Method, factor: int
) -> None:
    parties, seats = election
    scaled = [(name, m * factor) for name, m in parties]
    original = apportion(parties, seats, method)
    bigger = apportion(scaled, seats, method)
    assert bigger.allocation == original.allocation
    assert bigger.lot == original.lot
    assert [row.quota for row in bigger.rows] == [row.quota for row in original.rows]


@PROPERTY_SETTINGS
@given(elections(), methods, st.data())
def test_applying_lot_winners_completes_the_result(
    election: tuple[Parties, int], method: Method, data: st.DataObject
) -> None:
    parties, seats = election
    pending = apportion(parties, seats, method)
    if pending.lot is None:
        with pytest.raises(ApportionmentError, match="no lot to decide"):
            apportion(parties, seats, method, lot_winners=[parties[0][0]])
        return
    drawn = data.draw(st.permutations(pending.lot.candidates))
    winners = drawn[: pending.lot.seats]
    decided = apportion(parties, seats, method, lot_winners=winners)
    assert decided.lot is None
    assert decided.lot_applied == pending.lot
    assert decided.lot_winners == tuple(winners)
    assert sum(decided.allocation.values()) == seats
    assert decided.certain_seats == seats
    for name, count in decided.allocation.items():
        assert count == pending.allocation[name] + (1 if name in winners else 0)
    if method == "hare-niemeyer":
        for row in decided.rows:
            assert row.seats in (row.whole, row.whole + 1)


@PROPERTY_SETTINGS
@given(elections())
def test_majority_clause_matches_reference(election: tuple[Parties, int]) -> None:
    parties, seats = election
    mandates = [m for _, m in parties]
    total = sum(mandates)
    plain = apportion(parties, seats)
    result = apportion(parties, seats, majority_clause=True)
    assert _summary(result) == ref_hare_niemeyer(mandates, seats, clause=True)
    leader = next((name for name, m in parties if 2 * m > total), None)
    if leader is None or seats == 0 or 2 * plain.allocation[leader] > seats:
        assert result == plain
        return
    assert result.majority_clause == leader
    assert 2 * result.allocation[leader] > seats
    lot_seats = result.lot.seats if result.lot is not None else 0
    assert result.certain_seats + lot_seats == seats
    for row in result.rows:
        assert row.seats in (row.whole, row.whole + 1)


def test_refusals_are_german_by_default() -> None:
    from ksplan.i18n import use

    use("de")
    with pytest.raises(ApportionmentError, match="Die Summe der Mandate ist 0"):
        apportion([("A", 0)], 10)
    with pytest.raises(ApportionmentError, match="Das Los geht um 1 Sitz, aber 2 Gewinner wurden"):
        apportion([("A", 1), ("B", 1)], 1, lot_winners=["A", "B"])
    with pytest.raises(ApportionmentError, match="Unbekanntes Verfahren 'borda'"):
        apportion([("A", 1)], 1, "borda")  # type: ignore[arg-type]
