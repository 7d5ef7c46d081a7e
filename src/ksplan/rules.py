"""Every time-bound rule of the plan's source documents, checked on a given day.

Each rule is one small function ``(plan, as_of) -> RuleResult`` listed in :data:`RULES`; a new
rule is one more function and one more line there. A rule's outcome is

- ``pass``: the rule is met for every period that has ended by ``as_of``;
- ``fail``: some period has ended without what the rule asks for being recorded;
- ``not_yet_due``: no period has ended yet.

The plan records only what is documented. A missing meeting or report therefore means "none
recorded", never "none took place", and the evidence says so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from ksplan.coverage import check_lang, coverage
from ksplan.dates import format_date
from ksplan.deadlines import overdue
from ksplan.models import ReportKind
from ksplan.plan import Plan

Outcome = Literal["pass", "fail", "not_yet_due"]
OUTCOMES: tuple[Outcome, ...] = ("pass", "fail", "not_yet_due")

MOTION_2023 = "Antrag vom 12.12.2023 zu Drucksache 26093-22"
COUNCIL_2019 = "Drucksache 12534-18 (Ratsbeschluss vom 21.02.2019)"

UNRECORDED_DE = "Erfasst sind nur belegte Termine; nicht erfasste können stattgefunden haben."
UNRECORDED_EN = "Only documented dates are recorded; unrecorded ones may have taken place."


@dataclass(frozen=True)
class RuleResult:
    id: str
    title_de: str
    title_en: str
    source: str
    outcome: Outcome
    evidence_de: list[str]
    evidence_en: list[str]

    def title(self, lang: str = "de") -> str:
        return self.title_de if check_lang(lang) == "de" else self.title_en

    def evidence(self, lang: str = "de") -> list[str]:
        return list(self.evidence_de if check_lang(lang) == "de" else self.evidence_en)


Rule = Callable[[Plan, date], RuleResult]


@dataclass(frozen=True)
class _Rule:
    """What a rule is (its ID, title and source); ``result`` adds what was found."""

    id: str
    title_de: str
    title_en: str
    source: str

    def result(self, outcome: Outcome, de: list[str], en: list[str]) -> RuleResult:
        return RuleResult(
            id=self.id,
            title_de=self.title_de,
            title_en=self.title_en,
            source=self.source,
            outcome=outcome,
            evidence_de=de,
            evidence_en=en,
        )


def _de(value: date) -> str:
    return format_date(value, "de")


def _en(value: date) -> str:
    return format_date(value, "en")


def _joined(items: list[str]) -> str:
    return ", ".join(items)


# --- 1. Quartierslabore in every Stadtbezirk ------------------------------------------------


def _days_left_de(days: int) -> str:
    if days == 0:
        return "Stichtag ist der letzte Tag"
    return "noch 1 Tag" if days == 1 else f"noch {days} Tage"


def _days_left_en(days: int) -> str:
    if days == 0:
        return "the day asked about is the last day"
    return "1 day left" if days == 1 else f"{days} days left"


def districts_covered(plan: Plan, as_of: date) -> RuleResult:
    """Every Stadtbezirk has had a Quartierslabor by the deadline in districts.yaml.

    Before the deadline the rule is not yet due, unless every district is already covered:
    that cannot be undone, so it passes early.
    """
    deadline = plan.districts_file.deadline.date

    result = _Rule(
        id="districts-covered",
        title_de=f"Quartierslabor in jedem Stadtbezirk bis {_de(deadline)}",
        title_en=f"A Quartierslabor in every district by {_en(deadline)}",
        source=f"{MOTION_2023}, Nr. 5",
    ).result

    if as_of <= deadline:
        now = coverage(plan, as_of)
        so_far_de = (
            f"Stand {_de(as_of)}: {now.covered} von {now.total} Stadtbezirken mit "
            "durchgeführtem Quartierslabor."
        )
        so_far_en = (
            f"As of {_en(as_of)}: {now.covered} of {now.total} districts with a "
            "Quartierslabor held."
        )
        if not now.uncovered:
            return result("pass", [so_far_de], [so_far_en])
        open_names = [
            d.name + (" (geplant)" if d.state == "planned" else "") for d in now.uncovered
        ]
        open_names_en = [
            d.name + (" (planned)" if d.state == "planned" else "") for d in now.uncovered
        ]
        return result(
            "not_yet_due",
            [
                so_far_de,
                f"Noch kein durchgeführtes Quartierslabor erfasst: {_joined(open_names)}.",
                f"Die Frist endet am {_de(deadline)} ({_days_left_de(now.days_to_deadline)}).",
            ],
            [
                so_far_en,
                f"No Quartierslabor held recorded yet: {_joined(open_names_en)}.",
                f"The deadline is {_en(deadline)} ({_days_left_en(now.days_to_deadline)}).",
            ],
        )

    by_deadline = coverage(plan, deadline)
    head_de = (
        f"Bis zur Frist ({_de(deadline)}): {by_deadline.covered} von {by_deadline.total} "
        "Stadtbezirken mit durchgeführtem Quartierslabor."
    )
    head_en = (
        f"By the deadline ({_en(deadline)}): {by_deadline.covered} of {by_deadline.total} "
        "districts with a Quartierslabor held."
    )
    if not by_deadline.uncovered:
        return result("pass", [head_de], [head_en])
    missing = [d.name for d in by_deadline.uncovered]
    de = [head_de, f"Kein durchgeführtes Quartierslabor bis zur Frist erfasst: {_joined(missing)}."]
    en = [head_en, f"No Quartierslabor held by the deadline recorded: {_joined(missing)}."]
    late = [
        (d.name, d.covered_from)
        for d in coverage(plan, as_of).districts
        if d.covered_from is not None and deadline < d.covered_from <= as_of
    ]
    if late:
        de.append(f"Nach der Frist erfasst: {_joined([f'{n} (ab {_de(t)})' for n, t in late])}.")
        en.append(
            f"Recorded after the deadline: {_joined([f'{n} (from {_en(t)})' for n, t in late])}."
        )
    return result("fail", de, en)


# --- 2. Vollversammlung meets at least n times a year ---------------------------------------


def _meetings_de(count: int) -> str:
    if count == 0:
        return "keine Sitzung erfasst"
    return f"{count} Sitzung{'' if count == 1 else 'en'} erfasst"


def _meetings_en(count: int) -> str:
    if count == 0:
        return "no meeting recorded"
    return f"{count} meeting{'' if count == 1 else 's'} recorded"


def assembly_meetings(plan: Plan, as_of: date) -> RuleResult:
    """At least ``min_meetings_per_year`` meetings in each full calendar year since founding."""
    assembly = plan.assembly
    need = assembly.min_meetings_per_year
    established = assembly.established.date

    result = _Rule(
        id="assembly-meetings",
        title_de=f"Die Vollversammlung tagt mindestens {need} Mal im Jahr",
        title_en=f"The Vollversammlung meets at least {need} times a year",
        source=f"{MOTION_2023}, Nr. 3",
    ).result

    # Only full calendar years count: the year of establishment only if it began with it.
    starts_year = (established.month, established.day) == (1, 1)
    first = established.year if starts_year else established.year + 1
    last = as_of.year - 1
    per_year = {year: 0 for year in range(first, max(first, as_of.year + 1))}
    for meeting in assembly.meetings:
        if meeting.date.year in per_year and meeting.date <= as_of:
            per_year[meeting.date.year] += 1
    running_de: list[str] = []
    running_en: list[str] = []
    if as_of.year >= first:
        count = per_year[as_of.year]
        running_de = [f"{as_of.year} (laufend, bis {_de(as_of)}): {_meetings_de(count)}."]
        running_en = [f"{as_of.year} (running, to {_en(as_of)}): {_meetings_en(count)}."]
    if as_of < established:
        return result(
            "not_yet_due",
            [f"Die Vollversammlung wird erst am {_de(established)} eingerichtet."],
            [f"The Vollversammlung is established only on {_en(established)}."],
        )
    if last < first:
        return result(
            "not_yet_due",
            [
                f"Eingerichtet am {_de(established)}; das erste volle Kalenderjahr ({first}) "
                f"endet am {_de(date(first, 12, 31))}.",
                *running_de,
            ],
            [
                f"Established on {_en(established)}; the first full calendar year ({first}) "
                f"ends on {_en(date(first, 12, 31))}.",
                *running_en,
            ],
        )
    years = range(first, last + 1)
    short = [year for year in years if per_year[year] < need]
    de = [
        f"{year}: {_meetings_de(per_year[year])}"
        + (f" (mindestens {need})." if per_year[year] < need else ".")
        for year in years
    ]
    en = [
        f"{year}: {_meetings_en(per_year[year])}"
        + (f" (at least {need})." if per_year[year] < need else ".")
        for year in years
    ]
    if short:
        return result("fail", [*de, *running_de, UNRECORDED_DE], [*en, *running_en, UNRECORDED_EN])
    return result("pass", [*de, *running_de], [*en, *running_en])


# --- 3. Annual report to the council --------------------------------------------------------


def _report_dates(plan: Plan, kind: ReportKind, as_of: date) -> list[date]:
    return [r.date for r in plan.measures_file.reports if r.kind == kind and r.date <= as_of]


def council_report(plan: Plan, as_of: date) -> RuleResult:
    """A report to the Rat in each calendar year from the decision year on, once it has ended."""
    first = plan.decision_date.year

    result = _Rule(
        id="council-report",
        title_de="Bericht an den Rat zum Ende eines jeden Jahres",
        title_en="A report to the council at the end of every year",
        source=f"{COUNCIL_2019}, Beschlussvorschlag",
    ).result

    last = as_of.year - 1
    if last < first:
        year_end = date(first, 12, 31)
        return result(
            "not_yet_due",
            [f"Der erste Bericht ist zum Ende des Jahres {first} fällig ({_de(year_end)})."],
            [f"The first report is due at the end of {first} ({_en(year_end)})."],
        )
    reported = {
        r.covers or r.date.year
        for r in plan.measures_file.reports
        if r.kind == "rat" and r.date <= as_of
    }
    years = list(range(first, last + 1))
    missing = [str(y) for y in years if y not in reported]
    done = [str(y) for y in years if y in reported]
    span = f"{first}–{last}" if last > first else str(first)
    if not missing:
        return result(
            "pass",
            [f"Bericht an den Rat erfasst für jedes Jahr {span}."],
            [f"A report to the council is recorded for every year {span}."],
        )
    de = [f"Kein Bericht an den Rat erfasst für: {_joined(missing)}."]
    en = [f"No report to the council recorded for: {_joined(missing)}."]
    if done:
        de.append(f"Bericht erfasst für: {_joined(done)}.")
        en.append(f"Report recorded for: {_joined(done)}.")
    return result("fail", [*de, UNRECORDED_DE], [*en, UNRECORDED_EN])


# --- 4. Semi-annual oral report to the ABöOAB -----------------------------------------------


HalfYear = tuple[int, int]  # (year, 1 or 2)


def _half_start(half: HalfYear) -> date:
    return date(half[0], 1 if half[1] == 1 else 7, 1)


def _half_end(half: HalfYear) -> date:
    return date(half[0], 6, 30) if half[1] == 1 else date(half[0], 12, 31)


def _half_of(day: date) -> HalfYear:
    return day.year, 1 if day.month <= 6 else 2


def _next_half(half: HalfYear) -> HalfYear:
    return (half[0], 2) if half[1] == 1 else (half[0] + 1, 1)


def _half_de(half: HalfYear) -> str:
    return f"{half[1]}. Halbjahr {half[0]}"


def _half_en(half: HalfYear) -> str:
    return f"{half[0]} H{half[1]}"


def aboeoab_reports(plan: Plan, as_of: date) -> RuleResult:
    """A report to the ABöOAB in each ended half-year that began on or after the motion."""
    motion = plan.assembly.established.date

    result = _Rule(
        id="aboeoab-reports",
        title_de="Halbjährlicher mündlicher Zwischenbericht an den ABöOAB",
        title_en="A semi-annual oral interim report to the ABöOAB",
        source=f"{MOTION_2023}, Abschnitt „Prozess“",
    ).result

    # The first half-year that begins on or after the motion.
    first = _half_of(motion)
    if _half_start(first) < motion:
        first = _next_half(first)
    halves: list[HalfYear] = []
    half = first
    while _half_end(half) < as_of:
        halves.append(half)
        half = _next_half(half)
    if not halves:
        return result(
            "not_yet_due",
            [
                f"Das erste Halbjahr nach dem Antrag ({_half_de(first)}) endet am "
                f"{_de(_half_end(first))}."
            ],
            [
                f"The first half-year after the motion ({_half_en(first)}) ends on "
                f"{_en(_half_end(first))}."
            ],
        )
    reported = {_half_of(d) for d in _report_dates(plan, "aboeoab", as_of)}
    missing = [h for h in halves if h not in reported]
    span_de = _half_de(halves[0]) + (f" bis {_half_de(halves[-1])}" if len(halves) > 1 else "")
    span_en = _half_en(halves[0]) + (f" to {_half_en(halves[-1])}" if len(halves) > 1 else "")
    if not missing:
        return result(
            "pass",
            [f"Zwischenbericht erfasst für jedes Halbjahr ({span_de})."],
            [f"An interim report is recorded for every half-year ({span_en})."],
        )
    return result(
        "fail",
        [
            "Kein Zwischenbericht an den ABöOAB erfasst für: "
            f"{_joined([_half_de(h) for h in missing])}.",
            f"Abgeschlossene Halbjahre: {len(halves)}, davon mit erfasstem Bericht: "
            f"{len(halves) - len(missing)}.",
            UNRECORDED_DE,
        ],
        [
            "No interim report to the ABöOAB recorded for: "
            f"{_joined([_half_en(h) for h in missing])}.",
            f"Completed half-years: {len(halves)}, with a report recorded: "
            f"{len(halves) - len(missing)}.",
            UNRECORDED_EN,
        ],
    )


# --- 5. No overdue measures -----------------------------------------------------------------


def no_overdue_measures(plan: Plan, as_of: date) -> RuleResult:
    """No measure is overdue (see :mod:`ksplan.deadlines`)."""
    items = overdue(plan, as_of)

    result = _Rule(
        id="no-overdue-measures",
        title_de="Keine Maßnahme ist überfällig",
        title_en="No measure is overdue",
        source=(
            f"{COUNCIL_2019}, Maßnahmenkatalog (Umsetzungshorizont je Maßnahme); "
            "Fristen je Horizont: horizon_policy in measures.yaml"
        ),
    ).result

    if not items:
        return result(
            "pass",
            [f"Stand {_de(as_of)}: keine Maßnahme überfällig."],
            [f"As of {_en(as_of)}: no measure is overdue."],
        )
    ids = _joined([item.measure.id for item in items])
    unknown = sum(1 for item in items if item.status == "unknown")
    count_de = "1 Maßnahme" if len(items) == 1 else f"{len(items)} Maßnahmen"
    count_en = "1 measure" if len(items) == 1 else f"{len(items)} measures"
    de = [f"Stand {_de(as_of)}: {count_de} überfällig: {ids}."]
    en = [f"As of {_en(as_of)}: {count_en} overdue: {ids}."]
    if unknown:
        de.append(f"Davon ohne erfassten Stand (unbekannt): {unknown}.")
        en.append(f"Of these, without any recorded status (unknown): {unknown}.")
    return result("fail", de, en)


RULES: tuple[Rule, ...] = (
    districts_covered,
    assembly_meetings,
    council_report,
    aboeoab_reports,
    no_overdue_measures,
)


def check(plan: Plan, as_of: date) -> list[RuleResult]:
    """Every rule in :data:`RULES`, in order, checked on ``as_of``."""
    return [rule(plan, as_of) for rule in RULES]


def check_json(results: list[RuleResult], lang: str = "de") -> list[dict[str, Any]]:
    """The documented JSON shape of ``check --json``; titles and evidence in ``lang``."""
    check_lang(lang)
    return [
        {
            "id": r.id,
            "title": r.title(lang),
            "source": r.source,
            "outcome": r.outcome,
            "evidence": r.evidence(lang),
        }
        for r in results
    ]
