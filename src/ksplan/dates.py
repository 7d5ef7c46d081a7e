"""Dates as the plan knows them: exact days, and days known only to the month or the year.

Parsing is strict and explains itself (``2019-02-30``: "February 2019 has 28 days"); German
formatting (``21.02.2019``) is used in the terminal and in German reports, ISO 8601 in JSON.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ksplan.i18n import language, number, t

_ISO_RE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_PARTIAL_RE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")

MONTHS_DE = (
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)
MONTHS_EN = tuple(calendar.month_name[1:])


def _check_year(year: int, text: str) -> None:
    if year < 1:  # the calendar starts with year 1; Python's dates cannot hold year 0
        raise ValueError(t("v.date.year0", text=text))


def _check_day(year: int, month: int, day: int, text: str) -> date:
    _check_year(year, text)
    if not 1 <= month <= 12:
        raise ValueError(t("v.date.month", text=text, month=month))
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        names = MONTHS_DE if language() == "de" else MONTHS_EN
        raise ValueError(t("v.date.day", text=text, month=names[month - 1], year=year, last=last))
    return date(year, month, day)


def parse_iso_date(value: Any) -> date:
    """A day written ``YYYY-MM-DD``; anything else is a ValueError with a plain explanation."""
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(t("v.date.iso_found", found=describe(value)))
    return _iso_text(value)


@functools.lru_cache(maxsize=4096)
def _iso_text(value: str) -> date:
    """A plan holds few distinct dates, many times over: each text is parsed once."""
    match = _ISO_RE.fullmatch(value.strip())
    if match is None:
        raise ValueError(t("v.date.iso_text", value=value))
    year, month, day = (int(g) for g in match.groups())
    return _check_day(year, month, day, value)


def describe(value: Any) -> str:
    """How a found value is named in messages."""
    if value is None:
        return t("v.found.nothing")
    if isinstance(value, bool):
        return t("v.found.bool", value=str(value).lower())
    if isinstance(value, int):
        digits = str(value)
        if len(digits) > 40:
            digits = t("v.found.digits", head=digits[:20], n=number(len(digits.lstrip("-"))))
        return t("v.found.number", digits=digits)
    if isinstance(value, str):
        if len(value) > 80:
            value = f"{value[:80]}…"
        return t("v.found.text", value=value)
    if isinstance(value, dict):
        return t("v.found.mapping")
    if isinstance(value, list):
        return t("v.found.list")
    return repr(value)


@dataclass(frozen=True, order=True, slots=True)
class PartialDate:
    """A date known to the year, to the month, or to the day."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, value: Any) -> PartialDate:
        if isinstance(value, PartialDate):
            return value
        if isinstance(value, date):
            return cls(value.year, value.month, value.day)
        if isinstance(value, int) and not isinstance(value, bool) and 1000 <= value <= 9999:
            return cls(value)
        if not isinstance(value, str):
            raise ValueError(t("v.date.partial_found", found=describe(value)))
        return _partial_text(value)

    @property
    def precision(self) -> str:
        """``day``, ``month`` or ``year``."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @property
    def start(self) -> date:
        """The first day the date can mean."""
        return _start(self.year, self.month, self.day)

    @property
    def end(self) -> date:
        """The last day the date can mean: partial dates count as reached at the period's end."""
        return _end(self.year, self.month, self.day)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def format(self, lang: str = "de") -> str:
        if self.day is not None:
            return format_date(self.end, lang)
        if self.month is not None:
            names = MONTHS_DE if lang == "de" else MONTHS_EN
            return f"{names[self.month - 1]} {self.year}"
        return str(self.year)


@functools.lru_cache(maxsize=4096)
def _partial_text(value: str) -> PartialDate:
    """Each distinct text once (the dates are immutable, so they can be shared)."""
    match = _PARTIAL_RE.fullmatch(value.strip())
    if match is None:
        raise ValueError(t("v.date.partial_text", value=value))
    year = int(match.group(1))
    _check_year(year, value)
    if match.group(2) is None:
        return PartialDate(year)
    month = int(match.group(2))
    if match.group(3) is None:
        if not 1 <= month <= 12:
            raise ValueError(t("v.date.month", text=value, month=month))
        return PartialDate(year, month)
    day = int(match.group(3))
    _check_day(year, month, day, value)
    return PartialDate(year, month, day)


@functools.lru_cache(maxsize=4096)
def _start(year: int, month: int | None, day: int | None) -> date:
    return date(year, month or 1, day or 1)


@functools.lru_cache(maxsize=4096)
def _end(year: int, month: int | None, day: int | None) -> date:
    if day is not None and month is not None:
        return date(year, month, day)
    if month is not None:
        return date(year, month, calendar.monthrange(year, month)[1])
    return date(year, 12, 31)


def format_date(value: date, lang: str = "de") -> str:
    """21.02.2019: people read German dates, in German and English text alike (JSON uses ISO)."""
    del lang  # kept so callers can say which text the date is for
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


@functools.lru_cache(maxsize=1024)
def add_months(start: date, months: int) -> date:
    """The same day ``months`` later; the month's last day where that day does not exist."""
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


_GERMAN_PARTIAL_RE = re.compile(r"(?:([0-9]{1,2})\.)?([0-9]{1,2})\.([0-9]{4})")


def parse_typed_date(value: str) -> PartialDate:
    """A date as a person types it, as precise as known: German (14.05.2026, 05.2026) or ISO
    (2026-05-14, 2026-05), or a year alone (2026). A ValueError explains anything else."""
    text = value.strip()
    german = _GERMAN_PARTIAL_RE.fullmatch(text)
    if german is None:
        return _partial_text(text)
    day, month, year = german.groups()
    if day is None:
        _check_year(int(year), value)
        if not 1 <= int(month) <= 12:
            raise ValueError(t("v.date.month", text=value, month=int(month)))
        return PartialDate(int(year), int(month))
    return PartialDate.parse(_check_day(int(year), int(month), int(day), value))


def parse_cli_date(value: str) -> date:
    """A date from the command line: ISO (2024-12-31), German (31.12.2024) or 'today'."""
    text = value.strip()
    if text.lower() in ("today", "heute"):
        return date.today()
    german = re.fullmatch(r"([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})", text)
    if german:
        day, month, year = (int(g) for g in german.groups())
        return _check_day(year, month, day, value)
    if _ISO_RE.fullmatch(text) is None:
        raise ValueError(t("v.date.cli", value=value))
    return parse_iso_date(text)
