"""The council's orders (orders.yaml), each checked on a given day by one small, generic
evaluator per kind of order.

Outcomes, as ``ksplan check`` and the report give them:

- ``met`` (erfüllt): the record shows the order fulfilled for every period that has ended;
- ``not_met`` (nicht erfüllt): a period has ended, the record shows it was not fulfilled, and
  the record is *declared complete* for that period (``complete_through`` in orders.yaml);
- ``no_evidence`` (nicht belegt): a period has ended and the record does not show the order
  fulfilled, but the record is not declared complete: what is missing may have happened;
- ``not_yet_due`` (noch nicht fällig): no period has ended yet (or the order was not yet given);
- ``no_deadline`` (ohne Frist): the source sets no deadline; the evidence is listed, no verdict.

Nothing here reads the clock: the day is passed in.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

from ksplan.coverage import check_lang, coverage
from ksplan.dates import format_date
from ksplan.deadlines import FINISHED, past_due, status_on
from ksplan.models import Event, Lab, Order, RecordKind
from ksplan.plan import Plan

Outcome = Literal["met", "not_met", "no_evidence", "not_yet_due", "no_deadline"]
OUTCOMES: tuple[Outcome, ...] = ("met", "not_met", "no_evidence", "not_yet_due", "no_deadline")

OUTCOME_LABELS: dict[str, dict[Outcome, str]] = {
    "de": {
        "met": "erfüllt",
        "not_met": "nicht erfüllt",
        "no_evidence": "nicht belegt",
        "not_yet_due": "noch nicht fällig",
        "no_deadline": "ohne Frist",
    },
    "en": {
        "met": "met",
        "not_met": "not met",
        "no_evidence": "no evidence",
        "not_yet_due": "not yet due",
        "no_deadline": "no deadline",
    },
}

UNRECORDED_DE = (
    "„Nicht belegt“ heißt: Das Verzeichnis zeigt es nicht, und es ist nicht für vollständig "
    "erklärt; was nicht erfasst ist, kann stattgefunden haben. „Nicht erfüllt“ steht nur, wo ein "
    "Verzeichnis für den Zeitraum für vollständig erklärt ist."
)
UNRECORDED_EN = (
    "“No evidence” means: the record does not show it, and the record is not declared "
    "complete; what is not recorded may have taken place. “Not met” is said only where a record "
    "is declared complete for the period."
)

_SHOWN_IDS = 20  # measure IDs named in one line; the rest are counted


@dataclass
class _Lines:
    """Evidence in both languages, line by line."""

    de: list[str] = field(default_factory=list)
    en: list[str] = field(default_factory=list)

    def add(self, de: str, en: str) -> None:
        self.de.append(de)
        self.en.append(en)


@dataclass(frozen=True)
class OrderResult:
    """One order's verdict on a day, with the evidence for it."""

    order: Order
    outcome: Outcome
    evidence_de: list[str]
    evidence_en: list[str]

    @property
    def id(self) -> str:
        return self.order.id

    @property
    def source(self) -> str:
        return self.order.source

    def title(self, lang: str = "de") -> str:
        """The order's title as the plan writes it (data is shown as written)."""
        check_lang(lang)
        return self.order.title

    def evidence(self, lang: str = "de") -> list[str]:
        return list(self.evidence_de if check_lang(lang) == "de" else self.evidence_en)


def _de(day: date) -> str:
    return format_date(day, "de")


def _en(day: date) -> str:
    return format_date(day, "en")


def _joined(items: list[str]) -> str:
    if len(items) > _SHOWN_IDS:
        return ", ".join(items[:_SHOWN_IDS]) + f" … (+{len(items) - _SHOWN_IDS})"
    return ", ".join(items)


_RECORD_NAMES: dict[RecordKind, tuple[str, str]] = {
    "meetings": ("der Sitzungen der Vollversammlung", "of the Vollversammlung's meetings"),
    "rat-reports": ("der Berichte an den Rat", "of the reports to the council"),
    "aboeoab-reports": (
        "der Zwischenberichte an den ABöOAB",
        "of the interim reports to the ABöOAB",
    ),
    "labs": ("der Quartierslabore", "of the Quartierslabore"),
    "history": ("der Verlaufseinträge der Maßnahmen", "of the measures' status entries"),
    "events": ("der Ereignisse zu diesem Auftrag", "of the events for this order"),
}


def _not_complete(lines: _Lines, record: RecordKind) -> None:
    de, en = _RECORD_NAMES[record]
    lines.add(
        f"Das Verzeichnis {de} ist nicht für vollständig erklärt: Was nicht erfasst ist, kann "
        "stattgefunden haben.",
        f"The record {en} is not declared complete: what is not recorded may have taken place.",
    )


def _complete(lines: _Lines, record: RecordKind, through: date) -> None:
    de, en = _RECORD_NAMES[record]
    lines.add(
        f"Das Verzeichnis {de} ist bis {_de(through)} für vollständig erklärt.",
        f"The record {en} is declared complete through {_en(through)}.",
    )


def _not_given(order: Order, as_of: date) -> OrderResult | None:
    if as_of >= order.date:
        return None
    return OrderResult(
        order,
        "not_yet_due",
        [f"Am {_de(as_of)} ist der Auftrag noch nicht erteilt (erteilt am {_de(order.date)})."],
        [f"On {_en(as_of)} the order has not been given yet (given on {_en(order.date)})."],
    )


def _events(plan: Plan, order: Order, as_of: date) -> list[Event]:
    """The events recorded for an order that had happened by ``as_of``, in date order."""
    found = [e for e in plan.orders_file.events if order.id in e.orders and e.by <= as_of]
    return sorted(found, key=lambda e: e.by)


def _event_text(event: Event, lang: str) -> str:
    if event.date is not None:
        when = event.date.format(lang)
    else:
        assert event.before is not None
        day = format_date(event.before, lang)
        when = f"vor dem {day}" if lang == "de" else f"before {day}"
    return f"{when}: {event.title}"


# --- periods ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Period:
    start: date
    end: date
    half: int | None  # None for a year

    def name(self, lang: str) -> str:
        if self.half is None:
            return str(self.start.year)
        if lang == "de":
            return f"{self.half}. Halbjahr {self.start.year}"
        return f"{self.start.year} H{self.half}"


def _period_of(day: date, every: str) -> _Period:
    if every == "year":
        return _Period(date(day.year, 1, 1), date(day.year, 12, 31), None)
    if day.month <= 6:
        return _Period(date(day.year, 1, 1), date(day.year, 6, 30), 1)
    return _Period(date(day.year, 7, 1), date(day.year, 12, 31), 2)


def _next(period: _Period, every: str) -> _Period | None:
    following = period.end.toordinal() + 1
    if following > date.max.toordinal():
        return None
    return _period_of(date.fromordinal(following), every)


def _periods(start: date, every: str, until: date) -> Iterator[_Period]:
    """The periods from the first one that begins on or after ``start``, while they begin by
    ``until``."""
    period: _Period | None = _period_of(start, every)
    if period is not None and period.start < start:
        period = _next(period, every)
    while period is not None and period.start <= until:
        yield period
        period = _next(period, every)


_COUNTED: dict[str, tuple[tuple[str, str], tuple[str, str]]] = {
    "meetings": (("Sitzung", "Sitzungen"), ("meeting", "meetings")),
    "rat-reports": (("Bericht an den Rat", "Berichte an den Rat"), ("report", "reports")),
    "aboeoab-reports": (("Zwischenbericht", "Zwischenberichte"), ("report", "reports")),
    "events": (("Ereignis", "Ereignisse"), ("event", "events")),
}


def _count_de(record: str, n: int) -> str:
    one, many = _COUNTED[record][0]
    if n == 0:
        return f"kein{'e' if record == 'meetings' else ''} {one} erfasst"
    return f"{n} {one if n == 1 else many} erfasst"


def _count_en(record: str, n: int) -> str:
    one, many = _COUNTED[record][1]
    if n == 0:
        return f"no {one} recorded"
    return f"{n} {one if n == 1 else many} recorded"


def _record_days(plan: Plan, order: Order, as_of: date) -> list[date]:
    """The days the record counts for a recurring order (a report to the Rat given in January
    for the year before counts for that year: ``covers``)."""
    record = order.record
    if record == "meetings":
        return [m.date for m in plan.assembly.meetings if m.date <= as_of]
    if record == "events":
        return [e.by for e in _events(plan, order, as_of)]
    kind = "rat" if record == "rat-reports" else "aboeoab"
    days = []
    for report in plan.measures_file.reports:
        if report.kind != kind or report.date > as_of:
            continue
        if report.covers is not None and order.every == "year":
            days.append(date(report.covers, 12, 31))
        else:
            days.append(report.date)
    return days


def _recurring(plan: Plan, order: Order, as_of: date) -> OrderResult:
    assert order.every is not None and order.at_least is not None
    assert order.start is not None and order.record is not None
    record, need, every = order.record, order.at_least, order.every
    periods = list(_periods(order.start, every, as_of))
    ended = [p for p in periods if p.end < as_of]
    running = [p for p in periods if p.end >= as_of]
    counts: dict[_Period, int] = dict.fromkeys(periods, 0)
    for day in _record_days(plan, order, as_of):
        period = _period_of(day, every)
        if period in counts:
            counts[period] += 1
    lines = _Lines()
    item = order.id if record == "events" else None
    complete = plan.complete_through(record, item)
    short = [p for p in ended if counts[p] < need]
    for p in ended:
        at_least = p in short
        lines.add(
            f"{p.name('de')}: {_count_de(record, counts[p])}"
            + (f" (mindestens {need})." if at_least else "."),
            f"{p.name('en')}: {_count_en(record, counts[p])}"
            + (f" (at least {need})." if at_least else "."),
        )
    for p in running:
        lines.add(
            f"{p.name('de')} (laufend, bis {_de(as_of)}): {_count_de(record, counts[p])}.",
            f"{p.name('en')} (running, to {_en(as_of)}): {_count_en(record, counts[p])}.",
        )
    if not ended:
        first = periods[0] if periods else _period_of(order.start, every)
        lines.add(
            f"Der erste Zeitraum ({first.name('de')}) endet am {_de(first.end)}.",
            f"The first period ({first.name('en')}) ends on {_en(first.end)}.",
        )
        return OrderResult(order, "not_yet_due", lines.de, lines.en)
    if not short:
        return OrderResult(order, "met", lines.de, lines.en)
    proven = [p for p in short if complete is not None and complete >= p.end]
    if complete is not None:
        _complete(lines, record, complete)
    if proven:
        return OrderResult(order, "not_met", lines.de, lines.en)
    if complete is None:
        _not_complete(lines, record)
    return OrderResult(order, "no_evidence", lines.de, lines.en)


# --- one-off deliverables and preconditions ---------------------------------------------------


def _deliverable(plan: Plan, order: Order, as_of: date) -> OrderResult:
    events = _events(plan, order, as_of)
    lines = _Lines()
    for event in events:
        lines.add(f"Erfasst: {_event_text(event, 'de')}.", f"Recorded: {_event_text(event, 'en')}.")
    due = order.due
    if due is None:
        if events:
            return OrderResult(order, "met", lines.de, lines.en)
        lines.add(
            "Die Quelle setzt keine Frist; bisher ist nichts erfasst.",
            "The source sets no deadline; nothing is recorded so far.",
        )
        return OrderResult(order, "no_deadline", lines.de, lines.en)
    if any(e.by <= due for e in events):
        return OrderResult(order, "met", lines.de, lines.en)
    if as_of <= due:
        lines.add(
            f"Frist: {_de(due)}; bisher nichts erfasst.",
            f"Deadline: {_en(due)}; nothing recorded so far.",
        )
        return OrderResult(order, "not_yet_due", lines.de, lines.en)
    lines.add(
        f"Bis zur Frist ({_de(due)}) ist nichts erfasst.",
        f"Nothing is recorded by the deadline ({_en(due)}).",
    )
    complete = plan.complete_through("events", order.id)
    if complete is not None and complete >= due:
        _complete(lines, "events", complete)
        return OrderResult(order, "not_met", lines.de, lines.en)
    _not_complete(lines, "events")
    return OrderResult(order, "no_evidence", lines.de, lines.en)


def _lab_window(lab: Lab) -> tuple[date, date | None] | None:
    """The earliest and latest day a held lab can have taken place (None: not held)."""
    if lab.status != "held":
        return None
    if lab.date is not None:
        return lab.date.start, lab.date.end
    latest = lab.held_by
    earliest = lab.held_after if lab.held_after is not None else date.min
    if lab.held_after is not None:
        earliest = date.fromordinal(lab.held_after.toordinal() + 1)
    return earliest, latest


def _all_labs(plan: Plan) -> list[Lab]:
    labs = [lab for d in plan.districts_file.districts for lab in d.labs]
    return [*labs, *plan.districts_file.labs_district_unknown]


def _precondition(plan: Plan, order: Order, as_of: date) -> OrderResult:
    """An event before the first Quartierslabor held after the order was given."""
    events = _events(plan, order, as_of)
    lines = _Lines()
    for event in events:
        lines.add(f"Erfasst: {_event_text(event, 'de')}.", f"Recorded: {_event_text(event, 'en')}.")
    after: list[date] = []  # labs certainly held after the order (their earliest day)
    maybe = 0  # labs held by as_of that may lie after the order
    for lab in _all_labs(plan):
        window = _lab_window(lab)
        if window is None or window[0] > as_of:
            continue
        earliest, latest = window
        if earliest > order.date:
            after.append(earliest)
        elif latest is None or latest > order.date:
            maybe += 1
    first = min(after) if after else None
    if first is not None:
        lines.add(
            f"Erstes danach erfasstes Quartierslabor: frühestens am {_de(first)}.",
            f"First Quartierslabor recorded after it: on {_en(first)} at the earliest.",
        )
    if maybe:
        lines.add(
            f"Quartierslabore ohne belegtes Datum, die nach dem Auftrag stattgefunden haben "
            f"können: {maybe}.",
            f"Quartierslabore without a recorded date that may have taken place after the "
            f"order: {maybe}.",
        )
    if events and first is not None and events[0].by < first and not maybe:
        return OrderResult(order, "met", lines.de, lines.en)
    if events and first is None and not maybe:
        return OrderResult(order, "met", lines.de, lines.en)
    if first is None and not maybe:
        lines.add(
            "Seit dem Auftrag ist kein Quartierslabor erfasst; die Bedingung ist noch nicht "
            "eingetreten.",
            "No Quartierslabor is recorded since the order; the condition has not arisen yet.",
        )
        return OrderResult(order, "not_yet_due", lines.de, lines.en)
    if not events:
        lines.add(
            "Vor diesen Quartierslaboren ist nichts erfasst.",
            "Nothing is recorded before these Quartierslabore.",
        )
    else:
        lines.add(
            "Ob das Erfasste vor diesen Quartierslaboren lag, ist nicht belegt.",
            "Whether what is recorded came before these Quartierslabore is not shown.",
        )
    complete = plan.complete_through("events", order.id)
    if (
        first is not None
        and not maybe
        and complete is not None
        and complete >= first
        and (not events or events[0].by >= first)
    ):
        _complete(lines, "events", complete)
        return OrderResult(order, "not_met", lines.de, lines.en)
    if complete is None:
        _not_complete(lines, "events")
    return OrderResult(order, "no_evidence", lines.de, lines.en)


def _ongoing(plan: Plan, order: Order, as_of: date) -> OrderResult:
    events = _events(plan, order, as_of)
    lines = _Lines()
    lines.add("Fortlaufender Auftrag ohne Frist.", "A standing order without a deadline.")
    for event in events:
        lines.add(f"Erfasst: {_event_text(event, 'de')}.", f"Recorded: {_event_text(event, 'en')}.")
    if not events:
        lines.add("Bisher ist nichts erfasst.", "Nothing is recorded so far.")
    return OrderResult(order, "no_deadline", lines.de, lines.en)


# --- coverage and measures ---------------------------------------------------------------------


def _days_left_de(days: int) -> str:
    if days == 0:
        return "Stichtag ist der letzte Tag"
    return "noch 1 Tag" if days == 1 else f"noch {days} Tage"


def _days_left_en(days: int) -> str:
    if days == 0:
        return "the day asked about is the last day"
    return "1 day left" if days == 1 else f"{days} days left"


def _coverage(plan: Plan, order: Order, as_of: date) -> OrderResult:
    """A Quartierslabor in every Stadtbezirk by the deadline. Before it, the order passes
    early once every district is covered (that cannot be undone)."""
    assert order.due is not None
    deadline = order.due
    lines = _Lines()
    if as_of <= deadline:
        now = coverage(plan, as_of)
        lines.add(
            f"Stand {_de(as_of)}: {now.covered} von {now.total} Stadtbezirken mit "
            "durchgeführtem Quartierslabor erfasst.",
            f"As of {_en(as_of)}: {now.covered} of {now.total} districts with a Quartierslabor "
            "held recorded.",
        )
        if not now.uncovered:
            return OrderResult(order, "met", lines.de, lines.en)
        names_de = [d.name + (" (geplant)" if d.state == "planned" else "") for d in now.uncovered]
        names_en = [d.name + (" (planned)" if d.state == "planned" else "") for d in now.uncovered]
        days = (deadline - as_of).days
        lines.add(
            f"Noch kein durchgeführtes Quartierslabor erfasst: {_joined(names_de)}.",
            f"No Quartierslabor held recorded yet: {_joined(names_en)}.",
        )
        lines.add(
            f"Die Frist endet am {_de(deadline)} ({_days_left_de(days)}).",
            f"The deadline is {_en(deadline)} ({_days_left_en(days)}).",
        )
        return OrderResult(order, "not_yet_due", lines.de, lines.en)
    by_deadline = coverage(plan, deadline)
    lines.add(
        f"Bis zur Frist ({_de(deadline)}): {by_deadline.covered} von {by_deadline.total} "
        "Stadtbezirken mit durchgeführtem Quartierslabor erfasst.",
        f"By the deadline ({_en(deadline)}): {by_deadline.covered} of {by_deadline.total} "
        "districts with a Quartierslabor held recorded.",
    )
    if not by_deadline.uncovered:
        return OrderResult(order, "met", lines.de, lines.en)
    missing = [d.name for d in by_deadline.uncovered]
    lines.add(
        f"Ohne erfasstes Quartierslabor bis zur Frist: {_joined(missing)}.",
        f"Without a Quartierslabor recorded by the deadline: {_joined(missing)}.",
    )
    late = [
        (d.name, d.covered_from)
        for d in coverage(plan, as_of).districts
        if d.covered_from is not None and deadline < d.covered_from <= as_of
    ]
    if late:
        lines.add(
            f"Nach der Frist erfasst: {_joined([f'{n} (ab {_de(t)})' for n, t in late])}.",
            f"Recorded after the deadline: {_joined([f'{n} (from {_en(t)})' for n, t in late])}.",
        )
    unplaced = len(by_deadline.district_unknown)
    if unplaced:
        lines.add(
            f"Weitere Quartierslabore ohne belegten Stadtbezirk: {unplaced} Eintrag"
            f"{'' if unplaced == 1 else 'e'}; sie können für diese Stadtbezirke stattgefunden "
            "haben.",
            f"More Quartierslabore whose district is not recorded: {unplaced} "
            f"entr{'y' if unplaced == 1 else 'ies'}; they may have taken place in these districts.",
        )
    proven = [
        d.name
        for d in by_deadline.uncovered
        if (c := plan.complete_through("labs", d.id)) is not None and c >= deadline
    ]
    if proven:
        lines.add(
            f"Das Verzeichnis der Quartierslabore ist bis zur Frist für vollständig erklärt für: "
            f"{_joined(proven)}.",
            f"The record of Quartierslabore is declared complete through the deadline for: "
            f"{_joined(proven)}.",
        )
        return OrderResult(order, "not_met", lines.de, lines.en)
    _not_complete(lines, "labs")
    return OrderResult(order, "no_evidence", lines.de, lines.en)


def _measures_due(plan: Plan, order: Order, as_of: date) -> OrderResult:
    """Every measure done or dropped once its due date has passed."""
    lines = _Lines()
    items = past_due(plan, as_of)
    assumed = sum(1 for m in plan.measures if plan.due_basis(m) == "assumed")
    if not any(plan.due(m) < as_of for m in plan.measures):
        upcoming = [plan.due(m) for m in plan.measures]
        if upcoming:
            first = min(upcoming)
            lines.add(
                f"Die erste Maßnahme ist am {_de(first)} fällig.",
                f"The first measure is due on {_en(first)}.",
            )
        return OrderResult(order, "not_yet_due", lines.de, lines.en)
    # in the plan's order of measures, not by how long they are past due
    late = [i.measure.id for i in items if i.state == "overdue"]
    unknown = [i.measure.id for i in items if i.state == "status_unknown"]
    position = {m.id: n for n, m in enumerate(plan.measures)}
    late.sort(key=lambda mid: position[mid])
    unknown.sort(key=lambda mid: position[mid])
    if not items:
        lines.add(
            f"Am {_de(as_of)} ist jede fällige Maßnahme als umgesetzt oder verworfen erfasst.",
            f"On {_en(as_of)} every measure due is recorded as done or dropped.",
        )
    if late:
        lines.add(
            f"Überfällig (Stand erfasst, nicht abgeschlossen): {len(late)} – {_joined(late)}.",
            f"Overdue (status recorded, not finished): {len(late)} – {_joined(late)}.",
        )
    if unknown:
        lines.add(
            f"Frist verstrichen, Stand unbekannt: {len(unknown)} – {_joined(unknown)}.",
            f"Past due, status unknown: {len(unknown)} – {_joined(unknown)}.",
        )
    if assumed:
        lines.add(
            f"Die Fälligkeit von {assumed} der {len(plan.measures)} Maßnahmen ist angenommen "
            "(Arbeitsannahme des Plans je Umsetzungshorizont, horizon_policy), nicht vom Rat "
            "beschlossen.",
            f"The due dates of {assumed} of the {len(plan.measures)} measures are assumed (the "
            "plan's working assumption per horizon, horizon_policy), not decided by the council.",
        )
    if not items:
        return OrderResult(order, "met", lines.de, lines.en)
    proven = [
        i.measure.id
        for i in items
        if (c := plan.complete_through("history", i.measure.id)) is not None and c >= i.due
    ]
    if proven:
        lines.add(
            f"Verlauf bis nach der Fälligkeit für vollständig erklärt: {_joined(proven)}.",
            f"Status history declared complete past the due date: {_joined(proven)}.",
        )
        return OrderResult(order, "not_met", lines.de, lines.en)
    _not_complete(lines, "history")
    return OrderResult(order, "no_evidence", lines.de, lines.en)


_EVALUATORS = {
    "deliverable": _deliverable,
    "recurring": _recurring,
    "precondition": _precondition,
    "coverage": _coverage,
    "measures-due": _measures_due,
    "ongoing": _ongoing,
}


def evaluate(plan: Plan, order: Order, as_of: date) -> OrderResult:
    """One order's verdict on ``as_of``."""
    return _not_given(order, as_of) or _EVALUATORS[order.kind](plan, order, as_of)


def check(plan: Plan, as_of: date) -> list[OrderResult]:
    """Every order of the plan, in file order, checked on ``as_of``."""
    return [evaluate(plan, order, as_of) for order in plan.orders]


def upcoming(plan: Plan, as_of: date) -> list[tuple[date, str, str]]:
    """Deadlines on or after ``as_of`` that the record does not yet show met: (day, German
    text, English text). Measures are grouped by due date; assumed due dates say so."""
    duties: list[tuple[date, str, str]] = []
    by_day: dict[date, list[str]] = {}
    assumed: dict[date, bool] = {}
    for m in plan.measures:
        entry = status_on(m, as_of)
        due = plan.due(m)
        if (entry is None or entry.status not in FINISHED) and due >= as_of:
            by_day.setdefault(due, []).append(m.id)
            assumed[due] = assumed.get(due, False) or plan.due_basis(m) == "assumed"
    for day, ids in by_day.items():
        mark_de, mark_en = (" (angenommen)", " (assumed)") if assumed[day] else ("", "")
        duties.append((day, f"fällig{mark_de}: {_joined(ids)}", f"due{mark_en}: {_joined(ids)}"))
    for order in plan.orders:
        if order.date > as_of:
            continue
        if order.kind in ("coverage", "deliverable") and order.due is not None:
            if order.due >= as_of and evaluate(plan, order, as_of).outcome != "met":
                duties.append((order.due, order.title, order.title))
        elif order.kind == "recurring":
            assert order.every is not None and order.start is not None
            assert order.at_least is not None
            period = _period_of(as_of, order.every)
            if period.start < order.start:
                continue
            days = _record_days(plan, order, as_of)
            held = sum(1 for d in days if period.start <= d <= period.end)
            if held < order.at_least:
                duties.append(
                    (
                        period.end,
                        f"{order.title} ({period.name('de')}: bisher {held} erfasst)",
                        f"{order.title} ({period.name('en')}: {held} recorded so far)",
                    )
                )
    return duties


def fails(results: list[OrderResult], *, strict: bool = False) -> bool:
    """Whether the results make a check fail: ``not_met``, and with ``strict`` also
    ``no_evidence`` (for a CI that wants the record kept complete)."""
    bad = {"not_met", "no_evidence"} if strict else {"not_met"}
    return any(r.outcome in bad for r in results)


def outcome_label(outcome: Outcome, lang: str = "de") -> str:
    return OUTCOME_LABELS[check_lang(lang)][outcome]


def due_basis(plan: Plan, order: Order) -> str:
    """``plan`` when the order's deadlines are the plan's own data; ``assumed`` when some come
    from the horizon policy (measures without a ``due`` of their own)."""
    if order.kind == "measures-due" and any(plan.due_basis(m) == "assumed" for m in plan.measures):
        return "assumed"
    return "plan"


def check_json(plan: Plan, results: list[OrderResult], lang: str = "de") -> list[dict[str, Any]]:
    """The documented JSON shape of ``check --json``; titles and evidence in ``lang``."""
    check_lang(lang)
    return [
        {
            "id": r.id,
            "title": r.title(lang),
            "kind": r.order.kind,
            "given_by": r.order.given_by,
            "date": r.order.date.isoformat(),
            "addressee": r.order.addressee,
            "quote": r.order.quote,
            "source": r.source,
            "due": r.order.due.isoformat() if r.order.due is not None else None,
            "due_basis": due_basis(plan, r.order),
            "outcome": r.outcome,
            "evidence": r.evidence(lang),
        }
        for r in results
    ]
