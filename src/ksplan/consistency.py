"""Checks that span fields and files: references resolve, IDs are unique, counts add up.

Each check returns located problems; ``check_consistency`` runs them all so that a plan
with five mistakes shows five messages.
"""

from __future__ import annotations

import difflib
import functools
import itertools
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from ksplan.dates import add_months
from ksplan.documents import MAX_PROBLEMS_PER_FILE, too_many
from ksplan.errors import Problem
from ksplan.i18n import day, language
from ksplan.plan import Plan, known, value
from ksplan.work_checks import duplicates, t, work_problems
from ksplan.yaml_reader import YamlDocument

Check = Callable[[Plan], Iterator[Problem]]


def check_measures(plan: Plan) -> Iterator[Problem]:
    doc = plan.documents["measures"]
    mf = plan.measures_file
    measures = value(mf, "measures") or []
    yield from duplicates(doc, ("fields",), value(mf, "fields") or [], "id", "v.what.field")
    yield from duplicates(doc, ("bodies",), value(mf, "bodies") or [], "id", "v.what.body")
    yield from duplicates(doc, ("measures",), measures, "id", "v.what.measure")
    fields = {f.id for f in mf.fields} if known(mf, "fields") else None  # None: unset
    bodies = {b.id for b in mf.bodies} if known(mf, "bodies") else None
    used: set[str] = set()
    for i, measure in enumerate(measures):
        if fields is not None and known(measure, "field") and measure.field not in fields:
            yield doc.problem(
                ("measures", i, "field"),
                t(
                    "v.ref.field",
                    value=measure.field,
                    defined=", ".join(sorted(fields)),
                    hint=_suggest(measure.field, fields),
                ),
                code="unknown-reference",
            )
        seen: set[str] = set()
        for j, owner in enumerate(measure.owners if known(measure, "owners") else ()):
            used.add(owner)
            if bodies is not None and owner not in bodies:
                yield doc.problem(
                    ("measures", i, "owners", j),
                    t("v.ref.body", value=owner, hint=_suggest(owner, bodies)),
                    code="unknown-reference",
                )
            if owner in seen:
                yield doc.problem(
                    ("measures", i, "owners", j),
                    t("v.body_twice", value=owner),
                    code="duplicate-id",
                )
            seen.add(owner)
        for j in range(1, len(measure.history)):
            before, after = measure.history[j - 1].date, measure.history[j].date
            if after.start < before.start:
                yield doc.problem(
                    ("measures", i, "history", j, "date"),
                    t(
                        "v.history_order",
                        after=after.format(language()),
                        before=before.format(language()),
                    ),
                    code="order",
                )
    for i, body in enumerate(value(mf, "bodies") or []):
        if body.id not in used:
            yield doc.problem(
                ("bodies", i, "id"),
                t("v.body_unused", value=body.id),
                code="unused",
                severity="warning",
            )
    established = value(plan.assembly, "established", "date")
    for j, report in enumerate(mf.reports):
        if report.covers is not None and report.kind != "rat":
            yield doc.problem(
                ("reports", j, "covers"),
                t("v.covers_rat"),
                code="value",
            )
        elif report.covers is not None and report.covers not in (
            report.date.year,
            report.date.year - 1,
        ):
            yield doc.problem(
                ("reports", j, "covers"),
                t(
                    "v.covers_year",
                    year=report.date.year,
                    previous=report.date.year - 1,
                    covers=report.covers,
                ),
                code="value",
            )
        if report.kind == "aboeoab" and established is not None and report.date < established:
            yield doc.problem(
                ("reports", j, "date"),
                t("v.report_before_motion", established=day(established)),
                code="order",
                severity="warning",
            )
    for j in range(1, len(mf.reports)):
        if mf.reports[j].date < mf.reports[j - 1].date:
            yield doc.problem(
                ("reports", j, "date"),
                t("v.reports_order"),
                code="order",
            )
    decision = value(mf, "plan", "decision", "date")
    horizons = {m.horizon for m in measures if m.due is None and known(m, "horizon")}
    policy = value(mf, "horizon_policy")
    for horizon in sorted(horizons) if decision is not None and policy is not None else ():
        if not known(policy, "direkt", "kurzfristig", "laengerfristig"):
            break
        months = policy.months(horizon)
        try:
            add_months(decision, months)
        except ValueError:  # after the year 9999
            yield doc.problem(
                ("plan", "decision", "date"),
                t("v.horizon_year", horizon=horizon, months=months, decision=day(decision)),
                code="value",
            )


def check_assembly(plan: Plan) -> Iterator[Problem]:
    doc = plan.documents["assembly"]
    a = plan.assembly
    members = [
        (section, i, m)
        for section in ("institutions", "ex_officio", "advisory")
        for i, m in enumerate(value(a, section) or [])
    ]
    first: dict[str, tuple[str, int]] = {}
    for section, i, member in members:
        if member.id in first:
            other = doc.locate((first[member.id][0], first[member.id][1], "id"))[0]
            yield doc.problem(
                (section, i, "id"),
                t("v.duplicate", what=t("v.what.member"), value=member.id, line=other),
                code="duplicate-id",
            )
        else:
            first[member.id] = (section, i)
    if known(a, "chair") and a.chair not in first:
        yield doc.problem(
            ("chair",),
            t("v.chair", value=a.chair, hint=_suggest(a.chair, set(first))),
            code="unknown-reference",
        )
    terms = value(a, "terms") or []
    yield from duplicates(doc, ("terms",), terms, "id", "v.what.term")
    yield from duplicates(doc, ("working_groups",), a.working_groups, "id", "v.what.working_group")
    for k in range(1, len(terms)):
        if not known(terms[k], "election") or not known(terms[k - 1], "election"):
            continue
        if terms[k].starts <= terms[k - 1].starts:
            yield doc.problem(
                ("terms", k, "election"),
                t("v.terms_order"),
                code="order",
            )
    seen: dict[date, int] = {}
    established = value(a, "established", "date")
    for j, meeting in enumerate(a.meetings):
        if established is not None and meeting.date < established:
            yield doc.problem(
                ("meetings", j, "date"),
                t("v.meeting_before", established=day(established)),
                code="order",
                severity="warning",
            )
        if meeting.date in seen:
            yield doc.problem(
                ("meetings", j, "date"),
                t("v.meeting_twice", entry=seen[meeting.date] + 1),
                code="duplicate",
                severity="warning",
            )
        seen.setdefault(meeting.date, j)
    for j in range(1, len(a.meetings)):
        if a.meetings[j].date < a.meetings[j - 1].date:
            yield doc.problem(("meetings", j, "date"), t("v.meetings_order"), code="order")
    for k, term in enumerate(terms):
        yield from _check_term(doc, k, term)
    if established is not None and established.year >= 9999:  # the rules count years after it
        yield doc.problem(
            ("established", "date"),
            t("v.established_far", established=day(established)),
            code="value",
        )
    seats = value(a, "council_seats", "seats")
    if seats is None or not known(a, "institutions", "ex_officio", "voting_members"):
        return
    voting = len(a.institutions) + len(a.ex_officio) + seats
    if voting != a.voting_members:
        yield doc.problem(
            ("voting_members",),
            t(
                "v.voting_members",
                said=a.voting_members,
                counted=voting,
                institutions=len(a.institutions),
                ex_officio=len(a.ex_officio),
                seats=seats,
            ),
            code="count",
        )


def _check_term(doc: YamlDocument, k: int, term: Any) -> Iterator[Problem]:
    base = ("terms", k)
    fraktionen = term.fraktionen if known(term, "fraktionen") else []
    yield from duplicates(doc, (*base, "fraktionen"), fraktionen, "id", "v.what.fraktion")
    ids = {f.id for f in fraktionen}
    for i, fraktion in enumerate(fraktionen):
        if not known(fraktion, "mandates", "name") or not known(term, "min_fraktion_size"):
            continue
        if fraktion.mandates < term.min_fraktion_size:
            yield doc.problem(
                (*base, "fraktionen", i, "mandates"),
                t(
                    "v.fraktion_size",
                    need=term.min_fraktion_size,
                    name=fraktion.name,
                    has=fraktion.mandates,
                ),
                code="count",
            )
    seated = (
        sum(f.mandates for f in fraktionen if known(f, "mandates"))
        + sum(s.mandates for s in term.single_members)
        + sum(g.mandates for g in term.ratsgruppen)
    )
    if known(term, "council_seats") and seated > term.council_seats:
        yield doc.problem(
            (*base, "council_seats"),
            t("v.council_seats", seats=term.council_seats, seated=seated),
            code="count",
        )
    for i, lot in enumerate(term.lots):
        for j, winner in enumerate(lot.winners):
            if winner not in ids:
                yield doc.problem(
                    (*base, "lots", i, "winners", j),
                    t("v.lot_winner", value=winner, term=term.id, hint=_suggest(winner, ids)),
                    code="unknown-reference",
                )


def check_districts(plan: Plan) -> Iterator[Problem]:
    doc = plan.documents["districts"]
    d = plan.districts_file
    districts = value(d, "districts") or []
    yield from duplicates(doc, ("districts",), districts, "id", "v.what.district")
    yield from duplicates(doc, ("districts",), districts, "name", "v.what.district_name")
    seen: dict[str, tuple[str | int, ...]] = {}
    labs = [
        *((("districts", i, "labs", j), lab) for i, x in enumerate(districts)
          for j, lab in enumerate(x.labs)),
        *((("labs_district_unknown", j), lab) for j, lab in enumerate(d.labs_district_unknown)),
    ]  # fmt: skip
    for loc, lab in labs:
        if lab.id is None:
            continue
        if lab.id in seen:
            line = doc.locate((*seen[lab.id], "id"))[0]
            yield doc.problem(
                (*loc, "id"),
                t("v.duplicate", what=t("v.what.lab"), value=lab.id, line=line),
                code="duplicate-id",
            )
        else:
            seen[lab.id] = loc


def check_work(plan: Plan) -> Iterator[Problem]:
    """The Vollversammlung's work: every link resolves, no cycle, dates in order."""

    yield from work_problems(plan, _suggest)


def check_orders(plan: Plan) -> Iterator[Problem]:
    """Orders, events and completeness declarations refer to what exists."""
    doc = plan.documents.get("orders")
    if doc is None:
        return
    o = plan.orders_file
    yield from duplicates(doc, ("orders",), o.orders, "id", "v.what.order")
    yield from duplicates(doc, ("events",), o.events, "id", "v.what.event")
    order_ids = {x.id for x in o.orders}
    given = {x.id: x.date for x in o.orders if known(x, "date")}
    for i, event in enumerate(o.events):
        for j, ref in enumerate(event.orders):
            if ref not in order_ids:
                yield doc.problem(
                    ("events", i, "orders", j),
                    t("v.ref.order", value=ref, hint=_suggest(ref, order_ids)),
                    code="unknown-reference",
                )
            elif ref in event.orders[:j]:
                yield doc.problem(
                    ("events", i, "orders", j),
                    t("v.order_twice", value=ref),
                    code="duplicate-id",
                )
            elif ref in given and event.by < given[ref]:
                yield doc.problem(
                    ("events", i, "orders", j),
                    t("v.event_before_order", value=ref, given=day(given[ref])),
                    code="order",
                    severity="warning",
                )
    for i, order in enumerate(o.orders):
        if not known(order, "date"):
            continue
        if order.due is not None and order.due < order.date:
            yield doc.problem(("orders", i, "due"), t("v.due_before_order"), code="order")
        if order.start is not None and order.every is not None:
            half = order.every == "half-year" and order.date.month > 6
            first = date(order.date.year, 7 if half else 1, 1)
            if order.start < first:
                yield doc.problem(
                    ("orders", i, "start"),
                    t("v.start_early", given=day(order.date), first=day(first)),
                    code="order",
                )
    if len(plan.orders_of("coverage")) > 1:
        yield doc.problem(
            ("orders",),
            t("v.one_coverage"),
            code="count",
        )


def check_completeness(plan: Plan) -> Iterator[Problem]:
    """Completeness declarations name districts, measures and orders that exist."""
    doc = plan.documents["orders"]
    o = plan.orders_file
    districts = value(plan.districts_file, "districts")
    measures = value(plan.measures_file, "measures")
    parts: dict[str, set[str] | None] = {  # None: that list is unset, nothing to check against
        "labs": {d.id for d in districts} if districts is not None else None,
        "history": {m.id for m in measures} if measures is not None else None,
        "events": {x.id for x in o.orders},
    }
    for i, declared in enumerate(o.complete_through):
        if declared.record in parts and parts[declared.record] is None:
            continue
        names = parts.get(declared.record)
        for j, item in enumerate(declared.scope):
            if names is None:
                yield doc.problem(
                    ("complete_through", i, "scope"),
                    t("v.scope_none", record=declared.record),
                    code="value",
                )
                break
            if item not in names:
                yield doc.problem(
                    ("complete_through", i, "scope", j),
                    t(
                        "v.scope_unknown",
                        value=item,
                        record=declared.record,
                        hint=_suggest(item, names),
                    ),
                    code="unknown-reference",
                )


def _suggest(wrong: str, known: set[str]) -> str:
    close = difflib.get_close_matches(wrong, sorted(known), n=1, cutoff=0.6)
    return t("v.did_you_mean", name=close[0]) if close else ""


def check_future_dates(plan: Plan, today: date) -> Iterator[Problem]:
    """Warn about events recorded as having happened after today: usually a typo (2042).

    Each file's events are checked where that file could be read."""
    measures = plan.documents.get("measures")
    if measures is not None:
        for i, m in enumerate(value(plan.measures_file, "measures") or []):
            for j, entry in enumerate(m.history):
                if entry.date.start > today:
                    yield measures.problem(
                        ("measures", i, "history", j, "date"),
                        t("v.future.history", day=entry.date.format(language())),
                        code="future",
                        severity="warning",
                    )
        for j, report in enumerate(plan.measures_file.reports):
            if report.date > today:
                yield measures.problem(
                    ("reports", j, "date"), t("v.future.report"), code="future",
                    severity="warning",
                )  # fmt: skip
    assembly = plan.documents.get("assembly")
    if assembly is not None:
        for j, meeting in enumerate(plan.assembly.meetings):
            if meeting.date > today:
                yield assembly.problem(
                    ("meetings", j, "date"), t("v.future.meeting"), code="future",
                    severity="warning",
                )  # fmt: skip
    districts = plan.documents.get("districts")
    if districts is not None:
        for d, district in enumerate(value(plan.districts_file, "districts") or []):
            for j, lab in enumerate(district.labs):
                if lab.status == "held" and lab.date is not None and lab.date.start > today:
                    yield districts.problem(
                        ("districts", d, "labs", j, "date"),
                        t("v.future.lab", day=lab.date.format(language())),
                        code="future",
                        severity="warning",
                    )
    orders = plan.documents.get("orders")
    if orders is not None:
        for j, order in enumerate(plan.orders):
            if known(order, "date") and order.date > today:
                yield orders.problem(
                    ("orders", j, "date"),
                    t("v.future.order", day=day(order.date)),
                    code="future",
                    severity="warning",
                )
        for j, event in enumerate(plan.orders_file.events):
            if event.date is not None and event.date.start > today:
                yield orders.problem(
                    ("events", j, "date"),
                    t("v.future.event", day=event.date.format(language())),
                    code="future",
                    severity="warning",
                )


CHECKS: tuple[Check, ...] = (
    check_measures,
    check_assembly,
    check_districts,
    check_orders,
    check_completeness,
    check_work,
)
NEEDS: dict[Check, tuple[str, ...]] = {
    check_measures: ("measures",),
    check_assembly: ("assembly",),
    check_districts: ("districts",),
    check_orders: ("orders",),
    check_completeness: ("orders",),  # a record whose file is missing is skipped
    check_work: ("assembly", "districts", "measures"),
}
"""The files each check reads: it runs only where all of them could be read (a plan file
that cannot be read, or whose top level breaks its model, takes no part)."""


def check_consistency(
    plan: Plan, today: date | None = None, *, partial: bool = False
) -> list[Problem]:
    """Every check's problems; each check covers one file, and lists at most
    :data:`~ksplan.documents.MAX_PROBLEMS_PER_FILE` of them (then one line says there are more).

    ``today`` is passed in (loading never reads the clock); with it, events dated after it
    are warned about. On a ``partial`` plan (see :mod:`ksplan.salvage`) a top-level value that
    broke its model is unset: a check that reads one stops there."""
    found: list[Problem] = []
    checks: list[Callable[[Plan], Iterator[Problem]]] = [
        c for c in CHECKS if all(name in plan.documents for name in NEEDS[c])
    ]
    if today is not None:
        checks.append(functools.partial(check_future_dates, today=today))
    for check in checks:
        problems = check(plan)
        try:
            for problem in itertools.islice(problems, MAX_PROBLEMS_PER_FILE):
                found.append(problem)
            more = next(problems, None)
        except AttributeError:
            if not partial:
                raise
            continue
        if more is not None:
            found.append(too_many(more.file, None))
    return found
