"""The cross-checks of the Vollversammlung's work (part of :mod:`ksplan.consistency`).

Every link resolves (a holding's seat, a deputy's member, an attendance, a meeting, a
Handlungsfeld, a measure, a lab, an input's outcome), the chain has no cycle, dates run in
order along it, and no Fraktion holds more council seats than the allocation of the term in
force gives it (fewer is a warning).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ksplan.errors import Problem
from ksplan.i18n import day
from ksplan.i18n import t as _t
from ksplan.plan import Plan, known
from ksplan.work import (
    attendance,
    council_limits,
    cycles,
    lab_labels,
    links,
    meetings,
    seat_kinds,
)

if TYPE_CHECKING:
    from ksplan.yaml_reader import YamlDocument

Suggest = Callable[[str, set[str]], str]


def duplicates(
    doc: YamlDocument, base: tuple[str | int, ...], items: Iterable[Any], attr: str, what: str
) -> Iterator[Problem]:
    """``what``: the catalogue key of what is named twice (``v.what.measure``)."""
    first: dict[Any, int] = {}
    for index, item in enumerate(items):
        if not known(item, attr):  # unset on a partial plan (see ksplan.salvage)
            continue
        value = getattr(item, attr)
        if value in first:
            line, _ = doc.locate((*base, first[value], attr))
            yield doc.problem(
                (*base, index, attr),
                _t("v.duplicate", what=_t(what), value=value, line=line),
                code="duplicate-id",
            )
        else:
            first[value] = index


def t(key: str, **values: object) -> str:
    """A message of the catalogue; no full stop after "meinten Sie …?"."""
    return _t(key, None, **values).replace("?.", "?")


def work_problems(plan: Plan, suggest: Suggest) -> Iterator[Problem]:
    yield from _holdings(plan, suggest)
    yield from _meetings(plan, suggest)
    yield from _fields(plan, suggest)
    yield from _recommendations(plan, suggest)
    yield from _inputs(plan, suggest)
    yield from _cycles(plan)
    # Last: these read top-level values (unset on a partial plan when they are broken).
    yield from _established(plan)
    yield from _quorum(plan)
    yield from _council(plan)


def _quorum(plan: Plan) -> Iterator[Problem]:
    """A meeting of the Vollversammlung below the quorum the plan declares (a warning: the
    meeting took place; what it decided may not stand)."""
    from ksplan.work import attendance

    if plan.assembly.quorum is None:
        return
    doc = plan.documents["assembly"]
    for ref in meetings(plan):
        found = attendance(plan, ref)
        if found.has_quorum is False:
            yield doc.problem(
                (*ref.path, "attendance"),
                t("v.work.below_quorum", day=day(ref.meeting.date), present=found.voting,
                  quorum=found.quorum),
                code="quorum",
                severity="warning",
            )  # fmt: skip


def _established(plan: Plan) -> Iterator[Problem]:
    doc = plan.documents["assembly"]
    established = plan.assembly.established.date
    for i, h in enumerate(plan.assembly.members):
        if h.since < established:
            yield doc.problem(
                ("members", i, "since"),
                t("v.work.before_established", established=day(established)),
                code="order",
            )


def _dupes(plan: Plan, base: str, items: list[object], what: str) -> Iterator[Problem]:
    yield from duplicates(plan.documents["assembly"], (base,), items, "id", what)


def _holdings(plan: Plan, suggest: Suggest) -> Iterator[Problem]:
    doc = plan.documents["assembly"]
    a = plan.assembly
    yield from _dupes(plan, "members", list(a.members), "v.what.holding")
    kinds = seat_kinds(plan)
    by_id = {h.id: h for h in a.members}
    for i, h in enumerate(a.members):
        if h.seat not in kinds:
            yield doc.problem(
                ("members", i, "seat"),
                t("v.work.seat", value=h.seat, hint=suggest(h.seat, set(kinds))),
                code="unknown-reference",
            )
        elif kinds[h.seat] == "council":
            term = plan.term_on(h.since)
            if term is None or h.seat not in {f.id for f in term.fraktionen}:
                yield doc.problem(
                    ("members", i, "seat"),
                    t("v.work.fraktion_term", value=h.seat, day=day(h.since),
                      term=term.id if term else "–"),
                    code="unknown-reference",
                )  # fmt: skip
        if h.until is not None and h.until < h.since:
            yield doc.problem(("members", i, "until"), t("v.work.until"), code="order")
        if h.deputy_of is not None:
            principal = by_id.get(h.deputy_of)
            if principal is None:
                yield doc.problem(
                    ("members", i, "deputy_of"),
                    t("v.work.deputy_of", value=h.deputy_of, hint=suggest(h.deputy_of, set(by_id))),
                    code="unknown-reference",
                )
            elif principal.seat in kinds and (
                principal.deputy_of is not None or principal.seat != h.seat
            ):
                yield doc.problem(
                    ("members", i, "deputy_of"),
                    t("v.work.deputy_seat", value=h.deputy_of, seat=h.seat),
                    code="value",
                )
    # one delegate per seat at a time (council seats: see _council)
    delegates = [(i, h) for i, h in enumerate(a.members) if h.deputy_of is None]
    for i, h in delegates:
        if kinds.get(h.seat) in (None, "council"):
            continue
        for j, other in delegates:
            if j >= i or other.seat != h.seat:
                continue
            if _overlap(h.since, h.until, other.since, other.until):
                yield doc.problem(
                    ("members", i, "since"),
                    t("v.work.seat_twice", seat=h.seat, other=other.id),
                    code="count",
                )
                break


def _overlap(a0: date, a1: date | None, b0: date, b1: date | None) -> bool:
    return a0 <= (b1 or date.max) and b0 <= (a1 or date.max)


def _council(plan: Plan) -> Iterator[Problem]:
    """A Fraktion never holds more council seats than the allocation of the term in force
    gives it (error); fewer named in the latest recorded composition is a warning."""
    doc = plan.documents["assembly"]
    a = plan.assembly
    kinds = seat_kinds(plan)
    council = [(i, h) for i, h in enumerate(a.members)
               if h.deputy_of is None and kinds.get(h.seat) == "council"]  # fmt: skip
    if not council:
        return
    days = {h.since for _, h in council}
    days |= {h.until + timedelta(days=1) for _, h in council if h.until and h.until < date.max}
    days |= {term.starts for term in a.terms}
    limits: dict[str, tuple[dict[str, int], dict[str, int]]] = {}
    reported: set[tuple[str, str]] = set()
    for when in sorted(days):
        term = plan.term_on(when)
        if term is None:
            continue
        if term.id not in limits:
            limits[term.id] = council_limits(plan, term.id)
        certain, most = limits[term.id]
        if not most:
            continue
        names = {f.id: f.name for f in term.fraktionen}
        for fid in names:
            held = [(i, h) for i, h in council if h.seat == fid and h.serves_on(when)]
            if len(held) > most.get(fid, 0) and (term.id, fid) not in reported:
                reported.add((term.id, fid))
                i = max(held, key=lambda p: p[1].since)[0]
                yield doc.problem(
                    ("members", i, "seat"),
                    t("v.work.too_many", name=names[fid], held=len(held),
                      seats=most.get(fid, 0), term=term.id, day=day(when)),
                    code="count",
                )  # fmt: skip
    latest = max(h.since for _, h in council)
    term = plan.term_on(latest)
    if term is None or term.id not in limits:
        return
    certain, _most = limits[term.id]
    for f in term.fraktionen:
        n_held = sum(1 for _, h in council if h.seat == f.id and h.serves_on(latest))
        if n_held < certain.get(f.id, 0):
            yield doc.problem(
                ("members",),
                t("v.work.too_few", name=f.name, held=n_held, seats=certain[f.id],
                  day=day(latest)),
                code="count",
                severity="warning",
            )  # fmt: skip


def _meetings(plan: Plan, suggest: Suggest) -> Iterator[Problem]:
    doc = plan.documents["assembly"]
    holdings = {h.id: h for h in plan.assembly.members}
    first: dict[str, tuple[str | int, ...]] = {}
    groups = {g.id: g for g in plan.assembly.working_groups}
    for g, group in enumerate(plan.assembly.working_groups):
        for j in range(1, len(group.meetings)):
            if group.meetings[j].date < group.meetings[j - 1].date:
                yield doc.problem(
                    ("working_groups", g, "meetings", j, "date"),
                    t("v.meetings_order"),
                    code="order",
                )
        if group.formed is not None:
            for j, m in enumerate(group.meetings):
                if m.date < group.formed:
                    yield doc.problem(
                        ("working_groups", g, "meetings", j, "date"),
                        t("v.work.group_meeting_early", formed=day(group.formed)),
                        code="order",
                    )
    for ref in meetings(plan):
        m = ref.meeting
        if m.id is not None:
            if m.id in first:
                line = doc.locate((*first[m.id], "id"))[0]
                yield doc.problem(
                    (*ref.path, "id"),
                    t("v.duplicate", what=t("v.what.meeting"), value=m.id, line=line),
                    code="duplicate-id",
                )
            else:
                first[m.id] = ref.path
        for k, hid in enumerate(m.attendance):
            h = holdings.get(hid)
            if h is None:
                yield doc.problem(
                    (*ref.path, "attendance", k),
                    t("v.work.attendee", value=hid, hint=suggest(hid, set(holdings))),
                    code="unknown-reference",
                )
            elif not h.serves_on(m.date):
                yield doc.problem(
                    (*ref.path, "attendance", k),
                    t("v.work.not_serving", value=hid, day=day(m.date)),
                    code="order",
                )
            elif hid in m.attendance[:k]:
                yield doc.problem(
                    (*ref.path, "attendance", k),
                    t("v.work.attendee_twice", value=hid),
                    code="duplicate",
                    severity="warning",
                )
        if ref.group is not None and ref.group not in groups:  # pragma: no cover - by shape
            continue


def _fields(plan: Plan, suggest: Suggest) -> Iterator[Problem]:
    doc = plan.documents["assembly"]
    a = plan.assembly
    yield from _dupes(plan, "fields_2", list(a.fields_2), "v.what.field_2")
    known = {r.meeting.id: r for r in meetings(plan) if r.meeting.id is not None}
    groups = {g.id for g in a.working_groups}
    for i, f in enumerate(a.fields_2):
        if f.meeting is not None:
            ref = known.get(f.meeting)
            if ref is None:
                yield doc.problem(
                    ("fields_2", i, "meeting"),
                    t("v.work.meeting", value=f.meeting, hint=suggest(f.meeting, set(known))),
                    code="unknown-reference",
                )
            elif ref.meeting.date != f.named:
                yield doc.problem(
                    ("fields_2", i, "named"),
                    t("v.work.named_meeting", named=day(f.named), meeting=day(ref.meeting.date)),
                    code="order",
                )
        for j, g in enumerate(f.working_groups):
            if g not in groups:
                yield doc.problem(
                    ("fields_2", i, "working_groups", j),
                    t("v.work.group", value=g, hint=suggest(g, groups)),
                    code="unknown-reference",
                )


def _recommendations(plan: Plan, suggest: Suggest) -> Iterator[Problem]:
    doc = plan.documents["assembly"]
    a = plan.assembly
    yield from _dupes(plan, "recommendations", list(a.recommendations), "v.what.recommendation")
    known = {r.meeting.id: r for r in meetings(plan) if r.meeting.id is not None}
    fields = {f.id: f for f in a.fields_2}
    measure_ids = {m.id for m in plan.measures}
    for i, rec in enumerate(a.recommendations):
        base = ("recommendations", i)
        ref = known.get(rec.meeting)
        if ref is None:
            yield doc.problem(
                (*base, "meeting"),
                t("v.work.meeting", value=rec.meeting, hint=suggest(rec.meeting, set(known))),
                code="unknown-reference",
            )
        elif ref.group is not None:  # an Arbeitsgruppe prepares; the Vollversammlung recommends
            yield doc.problem(
                (*base, "meeting"),
                t("v.work.rec_from_group", value=rec.id, group=ref.group),
                code="work-body",
                severity="warning",
            )
        elif attendance(plan, ref).has_quorum is False:
            yield doc.problem(
                (*base, "meeting"),
                t("v.work.rec_without_quorum", value=rec.id, day=day(ref.meeting.date)),
                code="quorum",
                severity="warning",
            )
        if rec.field is not None:
            f = fields.get(rec.field)
            if f is None:
                yield doc.problem(
                    (*base, "field"),
                    t("v.work.field", value=rec.field, hint=suggest(rec.field, set(fields))),
                    code="unknown-reference",
                )
            elif ref is not None and f.named > ref.meeting.date:
                yield doc.problem(
                    (*base, "field"),
                    t("v.work.field_later", value=rec.field, named=day(f.named),
                      day=day(ref.meeting.date)),
                    code="order",
                )  # fmt: skip
        for j, mid in enumerate(rec.measures):
            if mid not in measure_ids:
                yield doc.problem(
                    (*base, "measures", j),
                    t("v.work.measure", value=mid, hint=suggest(mid, measure_ids)),
                    code="unknown-reference",
                )
        for j, step in enumerate(rec.course):
            if j > 0 and step.date < rec.course[j - 1].date:
                yield doc.problem((*base, "course", j, "date"), t("v.work.course_order"),
                                  code="order")  # fmt: skip
            elif ref is not None and step.date < ref.meeting.date:
                yield doc.problem(
                    (*base, "course", j, "date"),
                    t("v.work.step_before_meeting", day=day(ref.meeting.date)),
                    code="order",
                )


def _inputs(plan: Plan, suggest: Suggest) -> Iterator[Problem]:
    doc = plan.documents["assembly"]
    a = plan.assembly
    yield from _dupes(plan, "inputs", list(a.inputs), "v.what.input")
    labs = set(lab_labels(plan))
    groups = {g.id for g in a.working_groups}
    known = {r.meeting.id: r.meeting.date for r in meetings(plan) if r.meeting.id is not None}
    recs = {r.id: known.get(r.meeting) for r in a.recommendations}
    fields = {f.id: f.named for f in a.fields_2}
    measure_ids = {m.id for m in plan.measures}
    inputs = {x.id: x.date for x in a.inputs}
    for i, item in enumerate(a.inputs):
        base = ("inputs", i)
        if item.id in fields:
            yield doc.problem(
                (*base, "id"), t("v.work.id_shared", value=item.id), code="duplicate-id",
                severity="warning",
            )  # fmt: skip
        if item.lab is not None and item.lab not in labs:
            yield doc.problem(
                (*base, "lab"),
                t("v.work.lab", value=item.lab, hint=suggest(item.lab, labs)),
                code="unknown-reference",
            )
        outcome_seen = False
        for j, step in enumerate(item.course):
            at = (*base, "course", j)
            if j > 0 and step.date < item.course[j - 1].date:
                yield doc.problem((*at, "date"), t("v.work.course_order"), code="order")
            elif step.date < item.date:
                yield doc.problem(
                    (*at, "date"), t("v.work.step_before_input", day=day(item.date)), code="order"
                )
            if outcome_seen:
                yield doc.problem((*at, "step"), t("v.work.after_outcome"), code="order")
            if step.step != "reported":
                outcome_seen = True
            if step.to is not None and step.to not in groups:
                yield doc.problem(
                    (*at, "to"),
                    t("v.work.group", value=step.to, hint=suggest(step.to, groups)),
                    code="unknown-reference",
                )
            if step.target is None:
                continue
            target = step.target
            later: date | None = None
            if step.step == "recommendation":
                wanted = target.upper()
                if wanted not in recs:
                    yield _missing(doc, at, "v.work.rec", target, set(recs), suggest)
                    continue
                later = recs[wanted]
                if wanted != target:
                    yield doc.problem((*at, "target"), t("v.work.spelled", value=target,
                                                         wanted=wanted), code="value")  # fmt: skip
            elif step.step == "measure":
                if target not in measure_ids:
                    yield _missing(doc, at, "v.work.measure", target, measure_ids, suggest)
            elif step.step == "field":
                if target not in fields:
                    yield _missing(doc, at, "v.work.field", target, set(fields), suggest)
                    continue
                later = fields[target]
            elif step.step == "merged":
                if target not in inputs:
                    yield _missing(doc, at, "v.work.input", target, set(inputs), suggest)
                elif target == item.id:
                    yield doc.problem((*at, "target"), t("v.work.merged_self"), code="cycle")
            if later is not None and later < item.date:
                yield doc.problem(
                    (*at, "target"),
                    t("v.work.target_earlier", value=target, day=day(later),
                      received=day(item.date)),
                    code="order",
                )  # fmt: skip


def _missing(
    doc: object, at: tuple[str | int, ...], key: str, value: str, known: set[str], suggest: Suggest
) -> Problem:
    from ksplan.yaml_reader import YamlDocument

    assert isinstance(doc, YamlDocument)
    return doc.problem(
        (*at, "target"), t(key, value=value, hint=suggest(value, known)), code="unknown-reference"
    )


def _cycles(plan: Plan) -> Iterator[Problem]:
    doc = plan.documents["assembly"]
    index = {x.id: i for i, x in enumerate(plan.assembly.inputs)}
    for cycle in cycles(links(plan)):
        if any(n[0] == "input" and n[1] == cycle[0][1] and n[1] == cycle[1][1] for n in cycle):
            continue  # merged into itself: said already
        first = next((n for n in cycle if n[0] == "input" and n[1] in index), cycle[0])
        loc: tuple[str | int, ...] = ("inputs", index[first[1]]) if first[1] in index else ()
        yield doc.problem(
            (*loc, "course") if loc else ("inputs",),
            t("v.work.cycle", chain=" → ".join(n[1] for n in cycle)),
            code="cycle",
        )
