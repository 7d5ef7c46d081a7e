"""Quartierslabore per Stadtbezirk: which districts are covered on a given day.

The motion of 12.12.2023 (Drucksache 26093-22, Nr. 5) asks for Quartierslabore "bis
einschließlich 2024" in the eight Stadtbezirke that had none; afterwards every district has
one. The deadline and its source are data: the plan's order of kind ``coverage`` in
orders.yaml (a plan without one has no deadline).

A district is

- ``covered`` on a day when one of its labs was held on or before that day. A lab dated only
  to the year or the month counts from the last day of that period (``2017`` from
  31.12.2017); a lab known only to have taken place by some day (``held_by``) counts from
  that day;
- ``planned`` when it is not covered but a lab is planned for it, or a held lab lies after
  the day asked about (on that day it was still ahead);
- ``missing`` otherwise (no lab, or only labs of unknown state or unknown date).

Labs whose district is not recorded (``labs_district_unknown``) count for no district; they
are listed apart.
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
    bound: bool = False
    """``date`` is a bound (``held_by``, ``held_after``), not the lab's own date."""
    remark: str = ""
    """The plan's own note on the lab (e.g. that a bound is an assumption)."""
    bound_key: str | None = None
    """Which bound ``date`` is: ``held_by`` or ``held_after``."""

    @property
    def date_text(self) -> str | None:
        """The date as written in the file: 2017, 2024-05, 2024-05-14 or 2018-12-31."""
        if self.date is None:
            return None
        if isinstance(self.date, PartialDate):
            return str(self.date)
        return self.date.isoformat()

    @property
    def day_known(self) -> dt.date | None:
        """The lab's own day where the plan knows it to the day; None for a bound
        (``held_by``, ``held_after``) and for a date known only to the month or year."""
        if self.bound or self.date is None:
            return None
        if isinstance(self.date, PartialDate):
            return self.date.end if self.date.precision == "day" else None
        return self.date

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
    deadline: dt.date | None
    """From the plan's coverage order; None when the plan has none."""
    deadline_source: str | None
    covered: int
    total: int
    districts: list[DistrictCoverage]
    district_unknown: list[LabView]
    """Labs held whose Stadtbezirk is not recorded."""

    @property
    def days_to_deadline(self) -> int | None:
        """Days from ``as_of`` to the deadline; negative once the deadline has passed."""
        return None if self.deadline is None else (self.deadline - self.as_of).days

    @property
    def deadline_passed_uncovered(self) -> bool:
        """The deadline has passed and, on ``as_of``, not every district is recorded as
        covered. Whether the deadline was missed is the order's verdict (``ksplan check``):
        a lab that is not recorded may have taken place."""
        return (
            self.deadline is not None and self.as_of > self.deadline and (self.covered < self.total)
        )

    @property
    def uncovered(self) -> list[DistrictCoverage]:
        return [d for d in self.districts if d.state != "covered"]


def lab_view(lab: Lab) -> LabView:
    """A lab with the day it counts from and, where that day is approximate, why."""
    written: PartialDate | dt.date | None = lab.date if lab.date is not None else lab.held_by
    if written is None:
        written = lab.held_after
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
    elif lab.status == "held" and lab.held_after is not None:
        after_de, after_en = format_date(lab.held_after, "de"), format_date(lab.held_after, "en")
        note_de = f"nach dem {after_de} durchgeführt, Datum nicht belegt: zählt nicht als Termin"
        note_en = f"held after {after_en}, date not recorded: does not count as dated"
    return LabView(
        quarter=lab.quarter,
        status=lab.status,
        date=written,
        counts_from=counts_from,
        note_de=note_de,
        note_en=note_en,
        bound=lab.date is None and written is not None,
        remark=lab.note or "",
        bound_key=None if lab.date is not None else ("held_by" if lab.held_by else "held_after"),
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
    order = plan.lab_deadline
    if order is not None and order.date > as_of:
        order = None  # not yet given on that day: no deadline yet
    districts = [district_coverage(d, as_of) for d in plan.districts_file.districts]
    return Coverage(
        as_of=as_of,
        deadline=order.due if order is not None else None,
        deadline_source=order.source if order is not None else None,
        covered=sum(1 for d in districts if d.state == "covered"),
        total=len(districts),
        districts=districts,
        district_unknown=[
            lab_view(lab)
            for lab in plan.districts_file.labs_district_unknown
            if _may_have_happened(lab, as_of)
        ],
    )


def _may_have_happened(lab: Lab, as_of: dt.date) -> bool:
    """Whether a lab can have taken place by ``as_of`` (a later one is not shown then)."""
    if lab.date is not None:
        return lab.date.start <= as_of
    if lab.held_after is not None:
        return lab.held_after < as_of
    return True


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def coverage_json(cov: Coverage, lang: str = "de", verdict: str | None = None) -> dict[str, Any]:
    """The documented JSON shape of ``coverage --json``; notes in ``lang`` (de or en);
    ``verdict`` is the outcome of the plan's deadline order (see :mod:`ksplan.orders`)."""
    check_lang(lang)
    return {
        "verdict": verdict,
        "as_of": cov.as_of.isoformat(),
        "deadline": _iso(cov.deadline),
        "deadline_source": cov.deadline_source,
        "covered": cov.covered,
        "total": cov.total,
        "days_to_deadline": cov.days_to_deadline,
        "deadline_passed_uncovered": cov.deadline_passed_uncovered,
        "districts": [
            {
                "id": d.id,
                "name": d.name,
                "state": d.state,
                "covered_from": _iso(d.covered_from),
                "labs": [_lab_json(v, lang) for v in d.labs],
            }
            for d in cov.districts
        ],
        "labs_district_unknown": [_lab_json(v, lang) for v in cov.district_unknown],
    }


def _lab_json(v: LabView, lang: str) -> dict[str, Any]:
    """``date`` is the lab's own date as precise as known; a lab known only to have taken place
    by or after a day has ``held_by`` or ``held_after`` instead."""
    bound = (v.bound_key or "date") if v.bound else "date"
    return {
        "quarter": v.quarter,
        "status": v.status,
        "date": v.date_text if bound == "date" else None,
        "held_by": v.date_text if bound == "held_by" else None,
        "held_after": v.date_text if bound == "held_after" else None,
        "counts_from": _iso(v.counts_from),
        "note": v.note(lang),
    }
