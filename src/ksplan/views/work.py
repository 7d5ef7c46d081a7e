"""The Vollversammlung's work for the terminal, as JSON and as sentences for the report:
``members``, ``inputs`` and ``trace`` (:mod:`ksplan.work`).

Every text comes from the catalogue (:mod:`ksplan.texts.work`) in the language in force;
values from the plan are printed as rich ``Text`` (never as markup).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from ksplan.i18n import count, day, language, t
from ksplan.models import Input, SeatHolding
from ksplan.work import (
    InputView,
    Members,
    SeatView,
    Trace,
    TraceNode,
    input_view,
    meetings_by_id,
    recommendation_date,
)

if TYPE_CHECKING:
    from rich.console import Group

    from ksplan.plan import Plan

EVER = date.max  # a trace shows everything recorded


# --- sentences -----------------------------------------------------------------------------


def holder_text(h: SeatHolding | None) -> str:
    if h is None:
        return t("work.open")
    if h.name and h.role:
        return f"{h.name} ({h.role})"
    return h.name or h.role or f"{h.id} {t('work.role_only')}"


def group_name(plan: Plan, group: str | None) -> str:
    if group is None:
        return t("work.to_vollversammlung")
    for g in plan.assembly.working_groups:
        if g.id == group:
            return g.name
    return group


def state_text(plan: Plan, v: InputView) -> str:
    """Where an input stands, in a sentence."""
    last = v.last
    if last is None:
        text = t("work.state.received")
        if v.waiting_months:
            text += "; " + t(
                "work.inputs.not_reported", months=count(v.waiting_months, "work.n_months")
            )
        return text
    if v.state == "reported":
        text = t("work.inputs.reported_to", to=group_name(plan, last.to), day=day(last.date))
        if v.waiting_months == 0:
            text += "; " + t("work.inputs.waiting_new")
        elif v.waiting_months is not None:
            months = count(v.waiting_months, "work.n_months")
            text += "; " + t("work.inputs.waiting", months=months)
        return text
    if v.state == "declined":
        return t("work.inputs.declined", day=day(last.date), reason=last.reason or "")
    return t(
        "work.inputs.outcome",
        state=t(f"work.state.{v.state}"),
        target=last.target or "",
        day=day(last.date),
    )


def rec_state_text(plan: Plan, rec_id: str, as_of: date = EVER) -> str:
    rec = next(r for r in plan.assembly.recommendations if r.id == rec_id)
    done = [s for s in rec.course if s.date <= as_of]
    if not done:
        return t("work.step.none")
    last = done[-1]
    word = t(f"work.step.{last.step}")
    if last.by:
        return t("work.state_by", state=word, by=last.by, day=day(last.date))
    return t("work.state_on", state=word, day=day(last.date))


def addressee_text(plan: Plan, rec_id: str) -> str:
    rec = next(r for r in plan.assembly.recommendations if r.id == rec_id)
    if rec.addressee == "fachausschuss" and rec.committee:
        return rec.committee
    return t(f"work.addressee.{rec.addressee}")


def lab_text(v: InputView) -> str:
    return v.lab if v.lab is not None else t("work.digital")


def node_text(plan: Plan, kind: str, node_id: str, as_of: date = EVER) -> str:
    """One line for a node of the chain, as it stood on ``as_of`` (default: all recorded)."""
    if kind == "input":
        item = next((x for x in plan.assembly.inputs if x.id == node_id), None)
        if item is None:
            return node_id
        v = input_view(plan, item, as_of)
        return t(
            "work.trace.input",
            id=item.id,
            lab=lab_text(v),
            day=day(item.date),
            text=item.text,
            state=state_text(plan, v),
        )
    if kind == "recommendation":
        rec = next((r for r in plan.assembly.recommendations if r.id == node_id), None)
        if rec is None:
            return node_id
        return t(
            "work.trace.rec",
            kind=t(f"work.kind.{rec.kind}"),
            id=rec.id,
            text=rec.text,
            to=addressee_text(plan, rec.id),
            state=rec_state_text(plan, rec.id, as_of),
        )
    if kind == "field":
        f = next((x for x in plan.assembly.fields_2 if x.id == node_id), None)
        if f is None:
            return node_id
        return t("work.trace.field", id=f.id, name=f.name, day=day(f.named))
    m = next((x for x in plan.measures if x.id == node_id), None)
    if m is None:
        return node_id
    from ksplan.deadlines import status_on

    entry = status_on(m, as_of) if as_of != EVER else m.latest
    status = t(f"status.{entry.status if entry is not None else 'unknown'}")
    if entry is not None:
        status += f" ({entry.date.format(language())})"
    return t("work.trace.measure", id=m.id, title=m.title, status=status)


# --- members -------------------------------------------------------------------------------


def _holding_json(h: SeatHolding) -> dict[str, Any]:
    return {
        "id": h.id,
        "name": h.name,
        "role": h.role,
        "since": h.since.isoformat(),
        "until": h.until.isoformat() if h.until else None,
        "source": h.source,
    }


def members_json(m: Members) -> dict[str, Any]:
    def seat(s: SeatView) -> dict[str, Any]:
        return {
            "kind": s.kind,
            "seat": s.seat,
            "name": s.name,
            "voting": s.kind != "advisory",
            "holder": _holding_json(s.holder) if s.holder else None,
            "deputies": [_holding_json(d) for d in s.deputies],
        }

    return {
        "as_of": m.as_of.isoformat(),
        "established": m.established,
        "term": m.term,
        "recorded": m.recorded,
        "voting_total": len(m.voting),
        "voting_open": len(m.open_seats()),
        "advisory_total": len(m.advisory),
        "advisory_open": len(m.open_seats(voting=False)),
        "lot_pending": m.lot_pending,
        "seats": [seat(s) for s in m.seats],
    }


def members_lines(m: Members, established: date) -> list[str]:
    """The sentences under the table (or instead of it)."""
    lines = []
    if not m.established:
        lines.append(t("work.members.not_yet", day=day(m.as_of), established=day(established)))
        return lines  # no seats to fill yet: nothing more to say about who holds them
    if m.recorded == 0:
        lines.append(t("work.members.none"))
        return lines
    held = len(m.voting) - len(m.open_seats())
    advisory = len(m.advisory) - len(m.open_seats(voting=False))
    lines.append(
        t(
            "work.members.summary",
            held=held,
            total=len(m.voting),
            open=len(m.open_seats()),
            advisory=advisory,
            advisory_total=len(m.advisory),
        )
    )
    if m.lot_pending:
        lines.append(t("work.members.lot"))
    return lines


def members_view(m: Members, established: date) -> Group:
    from rich.console import Group
    from rich.text import Text

    from ksplan.views.table import FitTable

    title = t("work.members.title", day=day(m.as_of))
    if m.term:
        title += f" — {t('work.members.term', term=m.term)}"
    parts: list[Any] = []
    if m.recorded:
        table = FitTable(title, heading=2)
        for key in ("kind", "seat", "holder", "since", "deputy"):
            table.add_column(t(f"work.members.col.{key}"))
        for s in m.seats:
            table.add_row(
                Text(t(f"work.seat.{s.kind}")),
                Text(s.name),
                Text(holder_text(s.holder), "" if s.holder else "yellow"),
                Text(day(s.holder.since) if s.holder else ""),
                Text("\n".join(holder_text(d) for d in s.deputies)),
            )
        parts.append(table)
    else:
        parts.append(Text(title))
    parts.extend(Text(line) for line in members_lines(m, established))
    return Group(*parts)


# --- inputs --------------------------------------------------------------------------------


def inputs_json(plan: Plan, views: list[InputView]) -> list[dict[str, Any]]:
    rows = []
    for v in views:
        item: Input = v.input
        report = v.input.reported
        rows.append(
            {
                "id": item.id,
                "channel": item.channel,
                "lab": item.lab,
                "lab_name": v.lab,
                "date": item.date.isoformat(),
                "text": item.text,
                "state": v.state,
                "state_date": v.last.date.isoformat() if v.last else None,
                "target": v.last.target if v.last else None,
                "reason": v.last.reason if v.last else None,
                "reported": v.reported.isoformat() if v.reported else None,
                "reported_to": report.to if report and v.reported else None,
                "waiting_months": v.waiting_months,
                "open": v.open,
                "text_state": state_text(plan, v),
            }
        )
    return rows


def inputs_title(plan: Plan, views: list[InputView], as_of: date, open_only: bool) -> str:
    policy = plan.assembly.inputs_open_after
    if open_only:
        if policy is None:
            return t("work.inputs.open_title_any", day=day(as_of), n=len(views))
        return t("work.inputs.open_title", day=day(as_of), months=policy.months, n=len(views))
    return t("work.inputs.title", day=day(as_of), n=len(views))


def inputs_view(plan: Plan, views: list[InputView], as_of: date, open_only: bool) -> Group:
    from rich.console import Group
    from rich.text import Text

    from ksplan.views.table import FitTable

    title = inputs_title(plan, views, as_of, open_only)
    parts: list[Any] = []
    if views:
        table = FitTable(title, heading=1)
        for key in ("id", "lab", "date", "text", "state"):
            table.add_column(t(f"work.inputs.col.{key}"))
        for v in views:
            table.add_row(
                Text(v.input.id),
                Text(lab_text(v)),
                Text(day(v.input.date)),
                Text(v.input.text),
                Text(state_text(plan, v), "yellow" if v.open else ""),
            )
        parts.append(table)
    else:
        parts.append(Text(title))
        none = "work.inputs.none_open" if open_only and plan.assembly.inputs else "work.inputs.none"
        parts.append(Text(t(none)))
    if open_only and plan.assembly.inputs_open_after is None:
        parts.append(Text(t("work.inputs.open_no_policy"), "dim"))
    return Group(*parts)


# --- trace ---------------------------------------------------------------------------------


def trace_json(plan: Plan, found: Trace) -> dict[str, Any]:
    def node(n: TraceNode) -> dict[str, Any]:
        return {
            "kind": n.kind,
            "id": n.id,
            "text": node_text(plan, n.kind, n.id),
            "repeated": n.repeated,
            "children": [node(c) for c in n.children],
        }

    kind, node_id = found.root
    return {
        "kind": kind,
        "id": node_id,
        "text": node_text(plan, kind, node_id),
        "origins": [node(n) for n in found.origins],
        "outcomes": [node(n) for n in found.outcomes],
    }


def trace_lines(plan: Plan, found: Trace, as_of: date = EVER) -> list[str]:
    """The chain as plain lines (indented tree), for the report and tests."""
    kind, node_id = found.root
    lines = [node_text(plan, kind, node_id, as_of)]

    def walk(nodes: tuple[TraceNode, ...], depth: int) -> None:
        for n in nodes:
            text = node_text(plan, n.kind, n.id, as_of)
            if n.repeated:
                text += " " + t("work.trace.repeated")
            lines.append("  " * depth + "- " + text)
            walk(n.children, depth + 1)

    for key, nodes, none in (
        ("work.trace.origins", found.origins, "work.trace.none_back"),
        ("work.trace.outcomes", found.outcomes, "work.trace.none_forward"),
    ):
        lines.append(t(key) + ":")
        if nodes:
            walk(nodes, 1)
        else:
            lines.append("  " + t(none))
    return lines


def trace_view(plan: Plan, found: Trace) -> Any:
    from rich.text import Text
    from rich.tree import Tree

    kind, node_id = found.root
    title = t(
        "work.trace.title", kind=t(f"work.kind.{_kind_word(plan, kind, node_id)}"), id=node_id
    )
    tree = Tree(Text(title, "bold"))
    tree.add(Text(node_text(plan, kind, node_id)))

    def grow(branch: Any, nodes: tuple[TraceNode, ...]) -> None:
        for n in nodes:
            text = node_text(plan, n.kind, n.id)
            if n.repeated:
                text += " " + t("work.trace.repeated")
            grow(branch.add(Text(text)), n.children)

    for key, nodes, none in (
        ("work.trace.origins", found.origins, "work.trace.none_back"),
        ("work.trace.outcomes", found.outcomes, "work.trace.none_forward"),
    ):
        branch = tree.add(Text(t(key), "bold"))
        if nodes:
            grow(branch, nodes)
        else:
            branch.add(Text(t(none), "dim"))
    return tree


def _kind_word(plan: Plan, kind: str, node_id: str) -> str:
    if kind == "recommendation":
        rec = next((r for r in plan.assembly.recommendations if r.id == node_id), None)
        if rec is not None and rec.kind == "proposal":
            return "proposal"
    return kind


# --- meetings (report) ---------------------------------------------------------------------


def meeting_date(plan: Plan, meeting_id: str) -> date | None:
    ref = meetings_by_id(plan).get(meeting_id)
    return ref.meeting.date if ref else None


__all__ = [
    "addressee_text",
    "inputs_json",
    "inputs_view",
    "members_json",
    "members_view",
    "node_text",
    "rec_state_text",
    "recommendation_date",
    "trace_json",
    "trace_lines",
    "trace_view",
]
