"""Tests for ksplan.vocabulary: words a clerk types, in German and any letter case."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ksplan import vocabulary
from ksplan.errors import UsageError
from ksplan.loading import load_plan
from ksplan.models import STATUSES

from .conftest import DATA

PLAN = load_plan(DATA)
IDS = [m.id for m in PLAN.measures]
DISTRICTS = {d.id: d.name for d in PLAN.districts_file.districts}


@pytest.mark.parametrize(
    ("typed", "status"),
    [
        ("erledigt", "done"),
        ("Erledigt", "done"),
        ("umgesetzt", "done"),
        ("in Umsetzung", "in_progress"),
        ("in_umsetzung", "in_progress"),
        ("IN-UMSETZUNG", "in_progress"),
        ("geplant", "planned"),
        ("verworfen", "dropped"),
        ("unbekannt", "unknown"),
        ("in_progress", "in_progress"),
        ("DONE", "done"),
    ],
)
def test_status_words(typed: str, status: str) -> None:
    assert vocabulary.status(typed) == status


def test_a_near_miss_is_named() -> None:
    with pytest.raises(UsageError) as info:
        vocabulary.status("erledgt")
    assert "meinten Sie „erledigt“?" in info.value.message
    assert (
        "umgesetzt, in Umsetzung, geplant" in info.value.message or "geplant" in info.value.message
    )
    with pytest.raises(UsageError) as info:
        vocabulary.status("fertig")
    assert "„fertig“ ist kein Stand" in info.value.message


@pytest.mark.parametrize("typed", ["m5", "M5", "m05", "M05", " M 5 ", "m005"])
def test_measure_ids(typed: str) -> None:
    assert vocabulary.measure_id(typed, IDS) == "M05"


def test_unknown_measure() -> None:
    with pytest.raises(UsageError) as info:
        vocabulary.measure_id("M99", IDS)
    assert "Maßnahmen M01 bis M30" in info.value.message


@pytest.mark.parametrize("typed", ["Hörde", "hoerde", "HÖRDE", "hörde", "Hoerde"])
def test_districts(typed: str) -> None:
    assert vocabulary.named(typed, DISTRICTS, "district") == "hoerde"


def test_unknown_district_suggests() -> None:
    with pytest.raises(UsageError) as info:
        vocabulary.named("Hörd", DISTRICTS, "district")
    assert "meinten Sie „Hörde“?" in info.value.message


@given(st.sampled_from(STATUSES), st.sampled_from([str.lower, str.upper, str.title]))
def test_every_status_in_any_case(status: str, case: object) -> None:
    assert vocabulary.status(case(status)) == status  # type: ignore[operator]


@given(st.sampled_from(IDS), st.integers(0, 3), st.booleans())
def test_every_measure_id_with_any_padding(mid: str, zeros: int, lower: bool) -> None:
    typed = ("m" if lower else "M") + "0" * zeros + str(int(mid[1:]))
    assert vocabulary.measure_id(typed, IDS) == mid
