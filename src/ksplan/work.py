"""The Vollversammlung's work since the motion of 12.12.2023, in its own terms.

Who holds which seat on a day (and which seats are open), who attended a meeting and whether
it had a quorum, where each input from the Quartierslabore stands, and the chain that links
inputs, recommendations, Handlungsfelder of Masterplan 2.0 and measures (:func:`trace`).

Pure: no files, no clock, no wording. The views (:mod:`ksplan.views.work`) word the results
with the catalogue (:mod:`ksplan.texts.work`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Literal

from ksplan.dates import add_months
from ksplan.models import Input, InputStep, Meeting, Recommendation, SeatHolding, Step

if TYPE_CHECKING:
    from ksplan.plan import Plan

NodeKind = Literal["input", "recommendation", "field", "measure"]
Node = tuple[NodeKind, str]
SeatKind = Literal["institution", "ex_officio", "council", "advisory"]


# --- what exists, by ID --------------------------------------------------------------------


def _labs(plan: Plan) -> Iterator[tuple[str, str, str | None]]:
    """(ID, quarter, district's name or None) of every Quartierslabor that has an ID."""
    for district in plan.districts_file.districts:
        for lab in district.labs:
            if lab.id is not None:
                yield lab.id, lab.quarter or lab.id, district.name
    for lab in plan.districts_file.labs_district_unknown:
        if lab.id is not None:
            yield lab.id, lab.quarter or lab.id, None


def lab_labels(plan: Plan) -> dict[str, str]:
    """Every Quartierslabor that has an ID: ID → "quarter (district)"."""
    return {i: f"{q} ({d})" if d else q for i, q, d in _labs(plan)}


def lab_held_from(plan: Plan) -> dict[str, date]:
    """Every Quartierslabor with an ID and a known date: ID → the first day it can have taken
    place (an input from it cannot be older)."""
    found: dict[str, date] = {}
    labs = [lab for d in plan.districts_file.districts for lab in d.labs]
    for lab in [*labs, *plan.districts_file.labs_district_unknown]:
        if lab.id is not None and lab.date is not None:
            found[lab.id] = lab.date.start
    return found


def lab_names(plan: Plan) -> dict[str, str]:
    """Every Quartierslabor that has an ID: ID → its quarter (as a clerk names it)."""
    return {i: q for i, q, _ in _labs(plan)}


@dataclass(frozen=True)
class MeetingRef:
    """A meeting and where it belongs: ``group`` is a working group's ID (None: the
    Vollversammlung); ``path`` the meeting's place in assembly.yaml."""

    meeting: Meeting
    group: str | None
    path: tuple[str | int, ...]


def meetings(plan: Plan) -> list[MeetingRef]:
    """Every meeting, of the Vollversammlung and of each Arbeitsgruppe."""
    found = [MeetingRef(m, None, ("meetings", i)) for i, m in enumerate(plan.assembly.meetings)]
    for g, group in enumerate(plan.assembly.working_groups):
        for i, m in enumerate(group.meetings):
            found.append(MeetingRef(m, group.id, ("working_groups", g, "meetings", i)))
    return found


def meetings_by_id(plan: Plan) -> dict[str, MeetingRef]:
    return {r.meeting.id: r for r in meetings(plan) if r.meeting.id is not None}


def seat_kinds(plan: Plan) -> dict[str, SeatKind]:
    """Every seat a holding may name: members of the three lists and every Fraktion."""
    a = plan.assembly
    kinds: dict[str, SeatKind] = {}
    for term in a.terms:
        for f in term.fraktionen:
            kinds[f.id] = "council"
    for section, kind in (
        ("advisory", "advisory"),
        ("ex_officio", "ex_officio"),
        ("institutions", "institution"),
    ):
        for m in getattr(a, section):
            kinds[m.id] = kind  # type: ignore[assignment]
    return kinds


def is_voting(kind: SeatKind | None) -> bool:
    return kind in ("institution", "ex_officio", "council")


# --- members on a day ----------------------------------------------------------------------


@dataclass(frozen=True)
class SeatView:
    """One seat on a day: its holder (None: open) and the holder's deputies."""

    kind: SeatKind
    seat: str  # the member's or Fraktion's ID
    name: str  # the member's or Fraktion's name
    holder: SeatHolding | None
    deputies: tuple[SeatHolding, ...] = ()


@dataclass(frozen=True)
class Members:
    as_of: date
    established: bool
    term: str | None
    seats: tuple[SeatView, ...]
    recorded: int  # holdings in the plan at all
    lot_pending: bool = False

    @property
    def voting(self) -> list[SeatView]:
        return [s for s in self.seats if s.kind != "advisory"]

    @property
    def advisory(self) -> list[SeatView]:
        return [s for s in self.seats if s.kind == "advisory"]

    def open_seats(self, voting: bool = True) -> list[SeatView]:
        return [s for s in (self.voting if voting else self.advisory) if s.holder is None]


def council_limits(plan: Plan, term_id: str) -> tuple[dict[str, int], dict[str, int]]:
    """(certain seats, most seats possible) per Fraktion ID of a term, by the plan's
    allocation (:func:`ksplan.seats.allocation_for_term`); a pending lot may add seats."""
    from ksplan.errors import KsplanError
    from ksplan.seats import allocation_for_term

    term = plan.term(term_id)
    try:
        answer = allocation_for_term(plan, term)
    except KsplanError:
        return {}, {}
    allocation = answer.allocation
    by_name = {f.name: f.id for f in term.fraktionen}
    certain = {by_name[name]: n for name, n in allocation.allocation.items() if name in by_name}
    most = dict(certain)
    if allocation.lot is not None:
        for name in allocation.lot.candidates:
            if name in by_name:
                most[by_name[name]] = most.get(by_name[name], 0) + allocation.lot.seats
    return certain, most


def members_on(plan: Plan, as_of: date) -> Members:
    """Who holds each voting and advisory seat on ``as_of``; seats without a holder are open."""
    a = plan.assembly
    holdings = [h for h in a.members if h.serves_on(as_of)]
    delegates = [h for h in holdings if h.deputy_of is None]
    deputies: dict[str, list[SeatHolding]] = {}
    for h in holdings:
        if h.deputy_of is not None:
            deputies.setdefault(h.deputy_of, []).append(h)

    def seat(kind: SeatKind, seat_id: str, name: str, holder: SeatHolding | None) -> SeatView:
        subs = tuple(deputies.get(holder.id, ())) if holder is not None else ()
        return SeatView(kind, seat_id, name, holder, subs)

    seats: list[SeatView] = []
    for section, kind in (("institutions", "institution"), ("ex_officio", "ex_officio")):
        for m in getattr(a, section):
            holder = next((h for h in delegates if h.seat == m.id), None)
            seats.append(seat(kind, m.id, m.name, holder))  # type: ignore[arg-type]
    term = plan.term_on(as_of)
    lot_pending = False
    if term is not None:
        certain, most = council_limits(plan, term.id)
        lot_pending = certain != most
        for f in term.fraktionen:
            held = [h for h in delegates if h.seat == f.id]
            for i in range(max(certain.get(f.id, 0), len(held))):
                seats.append(seat("council", f.id, f.name, held[i] if i < len(held) else None))
    for m in a.advisory:
        holder = next((h for h in delegates if h.seat == m.id), None)
        seats.append(seat("advisory", m.id, m.name, holder))
    return Members(
        as_of,
        plan.assembly_exists(as_of),
        term.id if term is not None else None,
        tuple(seats),
        len(a.members),
        lot_pending,
    )


# --- attendance and quorum -----------------------------------------------------------------


@dataclass(frozen=True)
class Attendance:
    """Who was at a meeting: voting members present (a deputy counted for the member, each
    seat once), advisory ones, others; and the quorum verdict where the plan declares one."""

    recorded: bool
    voting: int
    advisory: int
    others: int
    quorum: int | None
    has_quorum: bool | None  # None: attendance not recorded, or no quorum declared


def attendance(plan: Plan, ref: MeetingRef) -> Attendance:
    holdings = {h.id: h for h in plan.assembly.members}
    kinds = seat_kinds(plan)
    voting: set[str] = set()
    advisory: set[str] = set()
    for hid in ref.meeting.attendance:
        h = holdings.get(hid)
        if h is None:
            continue
        principal = holdings.get(h.deputy_of, h) if h.deputy_of is not None else h
        (voting if is_voting(kinds.get(principal.seat)) else advisory).add(principal.id)
    recorded = bool(ref.meeting.attendance or ref.meeting.others)
    quorum = plan.assembly.quorum.present if plan.assembly.quorum is not None else None
    verdict = None
    if recorded and quorum is not None and ref.group is None:
        verdict = len(voting) >= quorum
    return Attendance(
        recorded,
        len(voting),
        len(advisory),
        len(ref.meeting.others),
        quorum if ref.group is None else None,
        verdict,
    )


# --- inputs and where they stand -----------------------------------------------------------

InputState = Literal[
    "received", "reported", "recommendation", "measure", "field", "merged", "declined"
]
INPUT_STATES: tuple[InputState, ...] = (
    "received",
    "reported",
    "recommendation",
    "measure",
    "field",
    "merged",
    "declined",
)


@dataclass(frozen=True)
class InputView:
    input: Input
    lab: str | None  # the lab's label, None for digital inputs
    state: InputState
    last: InputStep | None  # the step that gave the state
    reported: date | None
    waiting_months: int | None  # no outcome: whole months since the report (or since it came)
    open: bool  # no outcome for more than the plan's months since reported (or received)


def steps_until(item: Input, as_of: date) -> list[InputStep]:
    return [s for s in item.course if s.date <= as_of]


def whole_months(start: date, end: date) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return months if end.day >= start.day else months - 1


def input_view(plan: Plan, item: Input, as_of: date) -> InputView:
    steps = steps_until(item, as_of)
    outcome = next((s for s in reversed(steps) if s.step != "reported"), None)
    report = next((s for s in steps if s.step == "reported"), None)
    state: InputState = "received"
    last: InputStep | None = None
    if outcome is not None:
        state, last = outcome.step, outcome
    elif report is not None:
        state, last = "reported", report
    waiting = None
    is_open = False
    policy = plan.assembly.inputs_open_after
    months = policy.months if policy is not None else 0
    if state == "reported" and report is not None:
        waiting = whole_months(report.date, as_of)
        is_open = as_of > add_months(report.date, months)
    elif state == "received" and as_of < date.max:  # never reported: waiting since it came in
        waiting = whole_months(item.date, as_of)
        is_open = as_of > add_months(item.date, months)
    labels = lab_labels(plan)
    lab = labels.get(item.lab, item.lab) if item.lab is not None else None
    return InputView(item, lab, state, last, report.date if report else None, waiting, is_open)


DIGITAL = "digital"
"""``--lab digital``: the inputs from digital participation (they have no lab)."""


def inputs(
    plan: Plan, as_of: date, lab: str | None = None, open_only: bool = False
) -> list[InputView]:
    """The inputs received by ``as_of`` (of one lab, or with ``DIGITAL`` those from digital
    participation), each with where it stands on that day."""
    found = []
    for item in plan.assembly.inputs:
        if item.date > as_of:
            continue
        if lab == DIGITAL and item.channel != "digital":
            continue
        if lab not in (None, DIGITAL) and item.lab != lab:
            continue
        view = input_view(plan, item, as_of)
        if open_only and not view.open:
            continue
        found.append(view)
    return found


# --- recommendations -----------------------------------------------------------------------


def recommendation_state(rec: Recommendation, as_of: date) -> Step | None:
    done = [s for s in rec.course if s.date <= as_of]
    return done[-1].step if done else None


def recommendation_date(plan: Plan, rec: Recommendation) -> date | None:
    ref = meetings_by_id(plan).get(rec.meeting)
    return ref.meeting.date if ref is not None else None


# --- the chain -----------------------------------------------------------------------------


def links(plan: Plan, as_of: date | None = None) -> dict[Node, list[Node]]:
    """Every link of the chain, from an origin to what it led to: an input to its outcome
    (a recommendation, a measure, a Handlungsfeld, the input it was merged into), a
    Handlungsfeld to the recommendations made in it, a recommendation to its measures.
    With ``as_of``, only the links recorded by that day (an input's step, a recommendation's
    meeting)."""
    forward: dict[Node, list[Node]] = {}
    last = as_of or date.max

    def link(a: Node, b: Node) -> None:
        forward.setdefault(a, [])
        if b not in forward[a]:
            forward[a].append(b)

    kinds: dict[str, NodeKind] = {
        "recommendation": "recommendation",
        "measure": "measure",
        "field": "field",
        "merged": "input",
    }
    for item in plan.assembly.inputs:
        for step in item.course:
            if step.target is not None and step.step in kinds and step.date <= last:
                link(("input", item.id), (kinds[step.step], step.target))
    made = {r.meeting.id: r.meeting.date for r in meetings(plan) if r.meeting.id is not None}
    for rec in plan.assembly.recommendations:
        if made.get(rec.meeting, date.min) > last:
            continue
        if rec.field is not None:
            link(("field", rec.field), ("recommendation", rec.id))
        for mid in rec.measures:
            link(("recommendation", rec.id), ("measure", mid))
    return forward


def backward(forward: dict[Node, list[Node]]) -> dict[Node, list[Node]]:
    back: dict[Node, list[Node]] = {}
    for a, targets in forward.items():
        for b in targets:
            back.setdefault(b, []).append(a)
    return back


def cycles(forward: dict[Node, list[Node]]) -> list[list[Node]]:
    """Each cycle of the chain once, as the nodes on it (first node repeated at the end)."""
    found: list[list[Node]] = []
    seen_cycles: set[frozenset[Node]] = set()
    state: dict[Node, int] = {}  # 1: on the current path, 2: done
    for start in sorted(forward):
        if state.get(start):
            continue
        path: list[Node] = []
        stack: list[tuple[Node, Iterator[Node]]] = [(start, iter(forward.get(start, ())))]
        state[start] = 1
        path.append(start)
        while stack:
            node, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                path.pop()
                state[node] = 2
                continue
            if state.get(child) == 1:
                cycle = [*path[path.index(child) :], child]
                key = frozenset(cycle)
                if key not in seen_cycles:
                    seen_cycles.add(key)
                    found.append(cycle)
            elif not state.get(child):
                state[child] = 1
                path.append(child)
                stack.append((child, iter(forward.get(child, ()))))
    return found


@dataclass(frozen=True)
class TraceNode:
    """A node of a trace tree: what it is, and where the chain goes from it."""

    kind: NodeKind
    id: str
    children: tuple[TraceNode, ...] = ()
    repeated: bool = False  # shown already further up this branch: not followed again


@dataclass(frozen=True)
class Trace:
    root: Node
    origins: tuple[TraceNode, ...]  # backwards: where it came from
    outcomes: tuple[TraceNode, ...]  # forwards: what it led to
    known: bool = True


def _tree(graph: dict[Node, list[Node]], node: Node, path: frozenset[Node]) -> TraceNode:
    children = []
    for child in graph.get(node, ()):
        if child in path:
            children.append(TraceNode(child[0], child[1], repeated=True))
        else:
            children.append(_tree(graph, child, path | {child}))
    return TraceNode(node[0], node[1], tuple(children))


def trace(plan: Plan, node: Node, as_of: date | None = None) -> Trace:
    """The chain through ``node``: backwards to its origins, forwards to its outcomes (with
    ``as_of``: as recorded by that day)."""
    forward = links(plan, as_of)
    back = backward(forward)
    seen = frozenset({node})
    origins = tuple(_tree(back, n, seen | {n}) for n in back.get(node, ()))
    outcomes = tuple(_tree(forward, n, seen | {n}) for n in forward.get(node, ()))
    return Trace(node, origins, outcomes)


def node_ids(plan: Plan) -> dict[Node, str]:
    """Every node the chain can start from, with its title."""
    found: dict[Node, str] = {}
    for item in plan.assembly.inputs:
        found[("input", item.id)] = item.text
    for rec in plan.assembly.recommendations:
        found[("recommendation", rec.id)] = rec.text
    for f in plan.assembly.fields_2:
        found[("field", f.id)] = f.name
    for m in plan.measures:
        found[("measure", m.id)] = m.title
    return found


@dataclass(frozen=True)
class Counts:
    """Inputs per state, overall and per lab (for the report)."""

    by_state: dict[str, int] = field(default_factory=dict)
    by_lab: dict[str, dict[str, int]] = field(default_factory=dict)


def counts(views: Sequence[InputView]) -> Counts:
    by_state: dict[str, int] = {s: 0 for s in INPUT_STATES}
    by_lab: dict[str, dict[str, int]] = {}
    for v in views:
        by_state[v.state] += 1
        lab = by_lab.setdefault(v.lab or "", {s: 0 for s in INPUT_STATES})
        lab[v.state] += 1
    return Counts(by_state, by_lab)


def resolve_node(plan: Plan, typed: str) -> Node:
    """The node a clerk names: an input's or a Handlungsfeld's ID, a recommendation (``e3``,
    ``E3``) or a measure (``m7``, ``M07``), in any letter case; "meinten Sie …?" for a near
    miss. Raises :class:`~ksplan.errors.UsageError` (exit 2) or, when the plan records no
    work at all, :class:`~ksplan.errors.DataError` (exit 1)."""
    from ksplan import vocabulary
    from ksplan.errors import DataError, UsageError
    from ksplan.i18n import t

    wanted = vocabulary.fold(typed)
    known = node_ids(plan)
    for kind, node_id in known:
        if vocabulary.fold(node_id) == wanted:
            return (kind, node_id)
    measures = [m.id for m in plan.measures]
    try:
        return ("measure", vocabulary.measure_id(typed, measures))
    except UsageError:
        pass
    a = plan.assembly
    if not (a.inputs or a.recommendations or a.fields_2):
        raise DataError(t("work.trace.nothing", typed=typed))
    hint = vocabulary._suggestion(typed, [node_id for _, node_id in known])
    raise UsageError(t("work.trace.unknown", typed=typed, hint=hint))
