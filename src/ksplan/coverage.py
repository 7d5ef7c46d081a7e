"""Quartierslabore per Stadtbezirk: which districts are covered on a given day.

The motion of 12.12.2023 (Drucksache 26093-22, Nr. 5) asks for Quartierslabore "bis
einschließlich 2024" in the eight Stadtbezirke that had none; afterwards every district has
one. The deadline and its source are data (``deadline`` in districts.yaml).

A district is

- ``covered`` on a day when one of its labs was held on or before that day. A lab dated only
  to the year or the month counts from the last day of that period (``2017`` from
  31.12.2017); a lab known only to have taken place by some day (``held_by``) counts from
  that day;
- ``planned`` when it is not covered but a lab is planned for it, or a held lab lies after
  the day asked about (on that day it was still ahead);
- ``missing`` otherwise (no lab, or only labs of unknown state).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from ksplan.dates import PartialDate, format_date
from ksplan.models import District, Lab, LabStatus
from ksplan.plan import Plan

DistrictState = Literal["covered", "planned", "missing"]
DISTRICT_STATES: tuple[DistrictState, ...] = ("covered", "planned", "missing")
LANGS = ("de", "en")


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unknown language '{lang}'; use one of: {', '.join(LANGS)}")
    return lang


@dataclass(frozen=True)
class LabView:
    """One Quartierslabor as the coverage sees it."""

    quarter: str | None
    status: LabStatus
    date: PartialDate | dt.date | None
    """The date as written: ``date`` (as precise as known), else ``held_by``."""
    counts_from: dt.date | None
    """The day from which a held lab counts as held; None unless held."""
    note_de: str | None
    note_en: str | None
    """Why ``counts_from`` is an approximation, if it is one."""

    @property
    def date_text(self) -> str | None:
        """The date as written in the file: 2017, 2024-05, 2024-05-14 or 2018-12-31."""
        if self.date is None:
            return None
        if isinstance(self.date, PartialDate):
            return str(self.date)
        return self.date.isoformat()

    def note(self, lang: str = "de") -> str | None:
        return self.note_de if check_lang(lang) == "de" else self.note_en


@dataclass(frozen=True)
class DistrictCoverage:
    id: str
    name: str
    state: DistrictState
    covered_from: dt.date | None
    """The earliest day from which a held lab counts (may lie after ``as_of``)."""
    labs: list[LabView]


@dataclass(frozen=True)
class Coverage:
    as_of: dt.date
    deadline: dt.date
    deadline_source: str
    covered: int
    total: int
    districts: list[DistrictCoverage]

    @property
    def days_to_deadline(self) -> int:
        """Days from ``as_of`` to the deadline; negative once the deadline has passed."""
        return (self.deadline - self.as_of).days

    @property
    def deadline_missed(self) -> bool:
        """The deadline has passed and, on ``as_of``, not every district is covered yet."""
        return self.as_of > self.deadline and self.covered < self.total

    @property
    def uncovered(self) -> list[DistrictCoverage]:
        return [d for d in self.districts if d.state != "covered"]


def lab_view(lab: Lab) -> LabView:
    """A lab with the day it counts from and, where that day is approximate, why."""
    written: PartialDate | dt.date | None = lab.date if lab.date is not None else lab.held_by
    counts_from = lab.held_on
    note_de: str | None = None
    note_en: str | None = None
    if counts_from is not None:
        de_day, en_day = format_date(counts_from, "de"), format_date(counts_from, "en")
        if lab.date is not None and lab.date.precision == "year":
            note_de = f"nur Jahr bekannt: zählt ab {de_day}"
            note_en = f"known only to the year: counts from {en_day}"
        elif lab.date is not None and lab.date.precision == "month":
            note_de = f"nur Monat bekannt: zählt ab {de_day}"
            note_en = f"known only to the month: counts from {en_day}"
        elif lab.date is None:
            note_de = f"spätestens am {de_day} durchgeführt"
            note_en = f"held on {en_day} at the latest"
    return LabView(
        quarter=lab.quarter,
        status=lab.status,
        date=written,
        counts_from=counts_from,
        note_de=note_de,
        note_en=note_en,
    )


def district_coverage(district: District, as_of: dt.date) -> DistrictCoverage:
    labs = [lab_view(lab) for lab in district.labs]
    held = [v.counts_from for v in labs if v.counts_from is not None]
    covered_from = min(held) if held else None
    state: DistrictState
    if covered_from is not None and covered_from <= as_of:
        state = "covered"
    elif held or any(v.status == "planned" for v in labs):
        state = "planned"
    else:
        state = "missing"
    return DistrictCoverage(district.id, district.name, state, covered_from, labs)


def coverage(plan: Plan, as_of: dt.date) -> Coverage:
    """Every Stadtbezirk in file order with its state on ``as_of``."""
    deadline = plan.districts_file.deadline
    districts = [district_coverage(d, as_of) for d in plan.districts_file.districts]
    return Coverage(
        as_of=as_of,
        deadline=deadline.date,
        deadline_source=deadline.source,
        covered=sum(1 for d in districts if d.state == "covered"),
        total=len(districts),
        districts=districts,
    )


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def coverage_json(cov: Coverage, lang: str = "de") -> dict[str, Any]:
    """The documented JSON shape of ``coverage --json``; notes in ``lang`` (de or en)."""
    check_lang(lang)
    return {
        "as_of": cov.as_of.isoformat(),
        "deadline": cov.deadline.isoformat(),
        "deadline_source": cov.deadline_source,
        "covered": cov.covered,
        "total": cov.total,
        "days_to_deadline": cov.days_to_deadline,
        "deadline_missed": cov.deadline_missed,
        "districts": [
            {
                "id": d.id,
                "name": d.name,
                "state": d.state,
                "covered_from": _iso(d.covered_from),
                "labs": [
                    {
                        "quarter": v.quarter,
                        "status": v.status,
                        "date": v.date_text,
                        "counts_from": _iso(v.counts_from),
                        "note": v.note(lang),
                    }
                    for v in d.labs
                ],
            }
            for d in cov.districts
        ],
    }
