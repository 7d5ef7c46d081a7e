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
from ksplan.dates import PartialDate
from ksplan.deadlines import FINISHED, past_due, status_on
from ksplan.i18n import Lang, Msg, day, msg, t
from ksplan.models import Event, Lab, Order, RecordKind
from ksplan.plan import Plan

Outcome = Literal["met", "not_met", "no_evidence", "not_yet_due", "no_deadline"]
OUTCOMES: tuple[Outcome, ...] = ("met", "not_met", "no_evidence", "not_yet_due", "no_deadline")

_SHOWN_IDS = 20  # measure IDs named in one line; the rest are counted


@dataclass
class _Lines:
    """Evidence, line by line, worded when shown (in either language)."""

    items: list[Msg] = field(default_factory=list)

    def add(self, key: str, /, **values: object) -> None:
        self.items.append(Msg(f"order.{key}", values))


@dataclass(frozen=True)
class OrderResult:
    """One order's verdict on a day, with the evidence for it."""

    order: Order
    outcome: Outcome
    lines: tuple[Msg, ...]

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

    def evidence(self, lang: str | None = None) -> list[str]:
        chosen: Lang | None = None
        if lang is not None:
            chosen = "de" if check_lang(lang) == "de" else "en"
        return [line.render(chosen) for line in self.lines]


def _result(order: Order, outcome: Outcome, lines: _Lines) -> OrderResult:
    return OrderResult(order, outcome, tuple(lines.items))


def _joined(items: list[str]) -> str:
    if len(items) > _SHOWN_IDS:
        return ", ".join(items[:_SHOWN_IDS]) + f" … (+{len(items) - _SHOWN_IDS})"
    return ", ".join(items)


def _not_complete(lines: _Lines, record: RecordKind) -> None:
    lines.add("record_not_complete", record=msg(f"order.record.{record}"))


def _complete(lines: _Lines, plan: Plan, record: RecordKind, item: str | None = None) -> None:
    declared = plan.completeness(record, item)
    assert declared is not None
    lines.add(
        "record_complete",
        record=msg(f"order.record.{record}"),
        through=day(declared.through),
        basis=declared.source or declared.note or "",
    )


def _not_given(order: Order, as_of: date) -> OrderResult | None:
    if as_of >= order.date:
        return None
    lines = _Lines()
    lines.add("not_given", as_of=day(as_of), given=day(order.date))
    return _result(order, "not_yet_due", lines)


def _linked(plan: Plan, order: Order, as_of: date) -> list[Event]:
    """The events linked to an order that had happened by ``as_of``, in date order."""
    found = [e for e in plan.orders_file.events if order.id in e.orders and e.by <= as_of]
    return sorted(found, key=lambda e: e.by)


def _events(plan: Plan, order: Order, as_of: date, lines: _Lines | None = None) -> list[Event]:
    """The events that count for an order by ``as_of``: only those certainly not before the
    order was given. The others are named in ``lines`` (they prove nothing for it)."""
    linked = _linked(plan, order, as_of)
    counted = [e for e in linked if e.earliest >= order.date]
    if lines is not None:
        for event in linked:
            if event.earliest < order.date:
                lines.add("event_before_order", title=event.title, given=day(order.date))
    return counted


def _recorded(lines: _Lines, event: Event) -> None:
    if event.date is not None:
        when: object = msg(f"order.when.{event.date.precision}", **_partial(event.date))
    else:
        assert event.before is not None
        when = msg("order.when.before", day=day(event.before))
    lines.add("recorded", when=when, title=event.title)
    if event.note:
        lines.add("event_note", note=event.note)


def _partial(value: PartialDate) -> dict[str, object]:
    """The parts of a date known to the year, the month or the day, for the catalogue."""
    if value.precision == "day":
        return {"day": day(value.end)}
    if value.precision == "month":
        assert value.month is not None
        return {"month": msg(f"month.{value.month}"), "year": value.year}
    return {"year": value.year}


# --- periods ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Period:
    start: date
    end: date
    half: int | None  # None for a year

    @property
    def name(self) -> Msg:
        if self.half is None:
            return msg("order.period.year", year=self.start.year)
        return msg("order.period.half", half=self.half, year=self.start.year)


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


def _counted(record: str, n: int) -> Msg:
    """``keine Sitzung erfasst``, ``2 Sitzungen erfasst``: what a period holds."""
    if n == 0:
        return msg(f"order.none.{record}")
    return msg(
        "order.some", count=n, noun=msg(f"order.noun.{record}.{'one' if n == 1 else 'many'}")
    )


def _record_days(plan: Plan, order: Order, as_of: date, lines: _Lines | None = None) -> list[date]:
    """The days the record counts for a recurring order (a report to the Rat given in January
    for the year before counts for that year: ``covers``)."""
    record = order.record
    if record == "meetings":
        return [m.date for m in plan.assembly.meetings if m.date <= as_of]
    if record == "events":
        return [e.by for e in _events(plan, order, as_of, lines)]
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
    lines = _Lines()
    for when in set(_record_days(plan, order, as_of, lines)):  # one day counts once
        period = _period_of(when, every)
        if period in counts:
            counts[period] += 1
    item = order.id if record == "events" else None
    complete = plan.complete_through(record, item)
    short = [p for p in ended if counts[p] < need]
    # A report to the Rat given later may still cover a year (``covers``): the record shows a
    # year without one only when it is complete up to the day asked about.
    proven = [
        p
        for p in short
        if complete is not None and complete >= (as_of if record == "rat-reports" else p.end)
    ]
    proven_periods = set(proven)
    for p in ended:
        counted = _counted(record, counts[p])
        if counts[p] < need:  # p is short (looked up in no list: linear, not quadratic)
            verdict = "not_met" if p in proven_periods else "no_evidence"
            lines.add(
                "period_short",
                period=p.name,
                counted=counted,
                need=need,
                verdict=msg(f"outcome.{verdict}"),
            )
        else:
            lines.add("period", period=p.name, counted=counted)
    for p in running:
        lines.add(
            "period_running", period=p.name, as_of=day(as_of), counted=_counted(record, counts[p])
        )
    if not ended:
        first = periods[0] if periods else _period_of(order.start, every)
        lines.add("first_period", period=first.name, end=day(first.end))
        return _result(order, "not_yet_due", lines)
    if not short:
        return _result(order, "met", lines)
    if complete is not None:
        _complete(lines, plan, record, item)
    if proven:
        return _result(order, "not_met", lines)
    if complete is None:
        _not_complete(lines, record)
    return _result(order, "no_evidence", lines)


# --- one-off deliverables and preconditions ---------------------------------------------------


def _deliverable(plan: Plan, order: Order, as_of: date) -> OrderResult:
    lines = _Lines()
    events = _events(plan, order, as_of, lines)
    for event in events:
        _recorded(lines, event)
    due = order.due
    if due is None:
        if events:
            return _result(order, "met", lines)
        lines.add("no_deadline_nothing")
        return _result(order, "no_deadline", lines)
    if any(e.by <= due for e in events):
        return _result(order, "met", lines)
    if as_of <= due:
        lines.add("deadline_nothing_yet", due=day(due))
        return _result(order, "not_yet_due", lines)
    lines.add("nothing_by_deadline", due=day(due))
    complete = plan.complete_through("events", order.id)
    if complete is not None and complete >= due:
        _complete(lines, plan, "events", order.id)
        return _result(order, "not_met", lines)
    _not_complete(lines, "events")
    return _result(order, "no_evidence", lines)


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
    lines = _Lines()
    events = _events(plan, order, as_of, lines)
    for event in events:
        _recorded(lines, event)
    after: list[date] = []  # labs certainly held after the order (their earliest day)
    maybe = 0  # labs held by as_of that may lie after the order
    for lab in _all_labs(plan):
        window = _lab_window(lab)
        if window is None or window[0] > as_of:
            continue
        earliest, latest = window
        if earliest > order.date:
            after.append(earliest)
        elif (latest is None or latest > order.date) and as_of > order.date:
            maybe += 1
    first = min(after) if after else None
    if first is not None:
        lines.add("first_lab_after", earliest=day(first))
    if maybe:
        lines.add("labs_maybe_after", count=maybe)
    if events and first is not None and events[0].by < first and not maybe:
        return _result(order, "met", lines)
    if events and first is None and not maybe:
        return _result(order, "met", lines)
    if first is None and not maybe:
        lines.add("no_lab_since")
        return _result(order, "not_yet_due", lines)
    if not events:
        lines.add("nothing_before_labs")
    else:
        lines.add("before_labs_unknown")
    complete = plan.complete_through("events", order.id)
    if (
        first is not None
        and not maybe
        and complete is not None
        and complete >= first
        and (not events or events[0].by >= first)
    ):
        _complete(lines, plan, "events", order.id)
        return _result(order, "not_met", lines)
    if complete is None:
        _not_complete(lines, "events")
    return _result(order, "no_evidence", lines)


def _ongoing(plan: Plan, order: Order, as_of: date) -> OrderResult:
    lines = _Lines()
    lines.add("standing")
    events = _events(plan, order, as_of, lines)
    for event in events:
        _recorded(lines, event)
    if not events:
        lines.add("nothing_so_far")
    return _result(order, "no_deadline", lines)


# --- coverage and measures ---------------------------------------------------------------------


def _days_left(days: int) -> Msg:
    if days == 0:
        return msg("order.last_day")
    return msg("order.days_left_one" if days == 1 else "order.days_left", days=days)


def _coverage(plan: Plan, order: Order, as_of: date) -> OrderResult:
    """A Quartierslabor in every Stadtbezirk by the deadline. Before it, the order passes
    early once every district is covered (that cannot be undone)."""
    assert order.due is not None
    deadline = order.due
    lines = _Lines()
    if as_of <= deadline:
        now = coverage(plan, as_of)
        lines.add("covered_so_far", as_of=day(as_of), covered=now.covered, total=now.total)
        if not now.uncovered:
            return _result(order, "met", lines)
        names = tuple(
            msg("order.planned_district", name=d.name) if d.state == "planned" else d.name
            for d in now.uncovered
        )
        lines.add("not_covered_yet", names=names)
        lines.add("deadline_ends", due=day(deadline), left=_days_left((deadline - as_of).days))
        return _result(order, "not_yet_due", lines)
    by_deadline = coverage(plan, deadline)
    lines.add(
        "covered_by_deadline",
        due=day(deadline),
        covered=by_deadline.covered,
        total=by_deadline.total,
    )
    if not by_deadline.uncovered:
        return _result(order, "met", lines)
    missing = [d.name for d in by_deadline.uncovered]
    lines.add("uncovered_by_deadline", names=_joined(missing))
    late = [
        (d.name, d.covered_from)
        for d in coverage(plan, as_of).districts
        if d.covered_from is not None and deadline < d.covered_from <= as_of
    ]
    if late:
        lines.add(
            "recorded_late",
            names=tuple(msg("order.covered_from", name=n, day=day(t)) for n, t in late),
        )
    unplaced = len(by_deadline.district_unknown)
    if unplaced:
        lines.add(
            "labs_district_unknown_one" if unplaced == 1 else "labs_district_unknown",
            count=unplaced,
        )
    proven = [
        d.name
        for d in by_deadline.uncovered
        if (c := plan.complete_through("labs", d.id)) is not None and c >= deadline
    ]
    if proven:
        lines.add("labs_complete_for", names=_joined(proven))
        return _result(order, "not_met", lines)
    _not_complete(lines, "labs")
    return _result(order, "no_evidence", lines)


def _finished_by(plan: Plan, measure_id: str, by: date) -> bool:
    measure = next(m for m in plan.measures if m.id == measure_id)
    entry = status_on(measure, by)
    return entry is not None and entry.status in FINISHED


def _measures_due(plan: Plan, order: Order, as_of: date) -> OrderResult:
    """Every measure done or dropped by its due date.

    Only a due date of the plan's own (``due``, from a source) can make this order "not met":
    a date derived from the horizon policy is the plan's assumption, not the council's, and a
    measure past it is at most "no evidence". A measure finished since counts as finished when
    its due date is assumed."""
    lines = _Lines()
    items = past_due(plan, as_of)
    assumed = sum(1 for m in plan.measures if plan.due_basis(m) == "assumed")
    if not any(plan.due(m) < as_of for m in plan.measures):
        upcoming = [plan.due(m) for m in plan.measures]
        if upcoming:
            first = min(upcoming)
            lines.add("first_measure_due", due=day(first))
        return _result(order, "not_yet_due", lines)
    # in the plan's order of measures, not by how long they are past due
    late = [i.measure.id for i in items if i.state == "overdue"]
    unknown = [i.measure.id for i in items if i.state == "status_unknown"]
    position = {m.id: n for n, m in enumerate(plan.measures)}
    late.sort(key=lambda mid: position[mid])
    unknown.sort(key=lambda mid: position[mid])
    # measures with a due date of their own that were finished only after it
    late_done = [
        m.id
        for m in plan.measures
        if plan.due_basis(m) == "plan"
        and plan.due(m) < as_of
        and _finished_by(plan, m.id, as_of)
        and not _finished_by(plan, m.id, plan.due(m))
    ]
    if not items and not late_done:
        lines.add("all_finished", as_of=day(as_of))
    if late:
        lines.add("overdue_ids", count=len(late), ids=_joined(late))
    if unknown:
        lines.add("unknown_ids", count=len(unknown), ids=_joined(unknown))
    if late_done:
        lines.add("finished_late_ids", count=len(late_done), ids=_joined(late_done))
    if assumed:
        lines.add("assumed_dues", assumed=assumed, total=len(plan.measures))
    if not items and not late_done:
        return _result(order, "met", lines)
    proven = [
        mid
        for mid in [*(i.measure.id for i in items if i.due_basis == "plan"), *late_done]
        if (c := plan.complete_through("history", mid)) is not None
        and c >= plan.due(next(m for m in plan.measures if m.id == mid))
    ]
    if proven:
        lines.add("history_complete_for", ids=_joined(sorted(proven, key=position.__getitem__)))
        return _result(order, "not_met", lines)
    if any(i.due_basis == "assumed" for i in items):
        lines.add("assumed_no_verdict")
    _not_complete(lines, "history")
    return _result(order, "no_evidence", lines)


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


def upcoming(plan: Plan, as_of: date) -> list[tuple[date, Msg]]:
    """Deadlines on or after ``as_of`` that the record does not yet show met, each with what
    falls due. Measures are grouped by due date; assumed due dates say so."""
    duties: list[tuple[date, Msg]] = []
    by_day: dict[date, list[str]] = {}
    assumed: dict[date, bool] = {}
    for m in plan.measures:
        entry = status_on(m, as_of)
        due = plan.due(m)
        if (entry is None or entry.status not in FINISHED) and due >= as_of:
            by_day.setdefault(due, []).append(m.id)
            assumed[due] = assumed.get(due, False) or plan.due_basis(m) == "assumed"
    for when, ids in by_day.items():
        key = "order.due_assumed" if assumed[when] else "order.due_measures"
        duties.append((when, msg(key, ids=_joined(ids))))
    for order in plan.orders:
        if order.date > as_of:
            continue
        if order.kind in ("coverage", "deliverable") and order.due is not None:
            if order.due >= as_of and evaluate(plan, order, as_of).outcome != "met":
                duties.append((order.due, msg("order.title", title=order.title)))
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
                        msg("order.due_period", title=order.title, period=period.name, held=held),
                    )
                )
    return duties


def fails(results: list[OrderResult], *, strict: bool = False) -> bool:
    """Whether the results make a check fail: ``not_met``, and with ``strict`` also
    ``no_evidence`` (for a CI that wants the record kept complete)."""
    bad = {"not_met", "no_evidence"} if strict else {"not_met"}
    return any(r.outcome in bad for r in results)


def outcome_label(outcome: Outcome | str, lang: str | None = None) -> str:
    chosen: Lang | None = None if lang is None else ("de" if check_lang(lang) == "de" else "en")
    return t(f"outcome.{outcome}", chosen)


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


def period_ends(order: Order, until: date) -> list[tuple[date, Msg]]:
    """For a recurring order: the last day of every period that begins by ``until`` (the day
    by which that period's minimum is due), with the period's name; none for other kinds."""
    if order.kind != "recurring" or order.every is None or order.start is None:
        return []
    return [(p.end, p.name) for p in _periods(order.start, order.every, until)]
