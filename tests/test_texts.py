"""Tests for the one catalogue of texts (ksplan.texts) and the one formatter (ksplan.i18n)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ksplan.i18n import (
    Msg,
    catalogue_problems,
    count,
    decimal,
    language,
    number,
    parse_language,
    t,
    times,
    use,
)
from ksplan.texts import TEXTS


def test_every_text_exists_in_both_languages_with_the_same_values() -> None:
    assert catalogue_problems(TEXTS) == []
    assert len(TEXTS) > 200


def test_the_check_finds_a_text_in_one_language_only() -> None:
    broken = {
        "a": ("nur Deutsch", ""),
        "b": ("{n} Sitze", "{count} seats"),
        "c": ("Sitz|Sitze", "seats"),
    }
    assert len(catalogue_problems(broken)) == 3  # type: ignore[arg-type]


def test_german_is_the_default_and_english_on_request() -> None:
    assert language() == "de"
    assert t("outcome.no_evidence") == "nicht belegt"
    assert t("outcome.no_evidence", "en") == "no evidence"
    half = Msg("order.period.half", {"half": 1, "year": 2025})
    verdict = Msg("outcome.no_evidence")
    message = Msg(
        "order.period_short", {"period": half, "counted": "x", "need": 1, "verdict": verdict}
    )
    assert message.render("de") == "1. Halbjahr 2025: x (mindestens 1) – nicht belegt."
    assert message.render("en") == "2025 H1: x (at least 1) – no evidence."


@pytest.mark.parametrize(
    ("typed", "lang"),
    [
        ("de", "de"),
        ("DE", "de"),
        ("Deutsch", "de"),
        ("de_DE.UTF-8", "de"),
        ("en", "en"),
        ("English", "en"),
        ("EN", "en"),
        ("fr", None),
        ("", None),
    ],
)
def test_language_names(typed: str, lang: str | None) -> None:
    assert parse_language(typed) == lang


def test_numbers_counts_and_times() -> None:
    assert number(10000, "de") == "10.000" and number(10000, "en") == "10,000"
    assert count(1, "noun.measure", "de") == "1 Maßnahme"
    assert count(30, "noun.measure", "de") == "30 Maßnahmen"
    assert count(2, "noun.measure", "en") == "2 measures"
    assert times(3, "de") == "dreimal" and times(1, "de") == "einmal"
    assert times(3, "en") == "three times" and times(1, "en") == "once"
    assert times(40, "de") == "40-mal"
    assert decimal(Fraction(90, 29), 4, "de") == "3,1034"
    assert decimal(Fraction(90, 29), 4, "en") == "3.1034"


@given(st.fractions(min_value=-(10**6), max_value=10**6, max_denominator=10**6), st.integers(0, 6))
def test_decimal_rounds_half_away_from_zero_exactly(value: Fraction, places: int) -> None:
    expected = (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
        Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP
    )
    shown = decimal(value, places, "en")
    assert Decimal(shown) == expected
    assert decimal(value, places, "de") == shown.replace(".", ",")


def test_use_switches_every_text() -> None:
    try:
        use("en")
        assert t("outcome.met") == "met"
    finally:
        use("de")
    assert t("outcome.met") == "erfüllt"


def test_the_operating_systems_reasons_are_worded_by_the_catalogue() -> None:
    """An OSError's own text is in the machine's language; ksplan words the reason itself
    (``ksplan.i18n.os_reason``), so no other module shows ``strerror``."""
    import errno
    from pathlib import Path

    from ksplan.i18n import os_reason

    src = Path(__file__).resolve().parent.parent / "src" / "ksplan"
    readers = [
        p.name
        for p in src.rglob("*.py")
        if ".strerror" in p.read_text(encoding="utf-8") and p.name != "i18n.py"
    ]
    assert readers == []
    use("de")
    assert os_reason(OSError(errno.ENOSPC, "No space left on device")) == (
        "kein Platz mehr auf dem Datenträger"
    )
    assert os_reason(OSError(errno.ENOTSUP, "Operation not supported")) == (
        f"Fehlernummer {errno.ENOTSUP}"
    )
    use("en")
    try:
        assert os_reason(OSError(errno.ENOTSUP, "x")) == f"error number {errno.ENOTSUP}"
    finally:
        use("de")
