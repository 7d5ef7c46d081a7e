"""The report's Masterplan 2.0 section: the Handlungsfelder with their Arbeitsgruppen, the
recommendations by addressee and state, "Was aus den Eingaben der Quartierslabore wurde"
(counts per outcome and per lab, the open ones listed), each chain from an input, and the
Vollversammlung's attendance.

Part of the report context (:func:`ksplan.report.build_context`, key ``work``); worded with
:mod:`ksplan.texts.work` in the report's language.
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable
from datetime import date
from typing import Any

from ksplan.i18n import Lang, day, t, use
from ksplan.models import ADDRESSEES, STEPS
from ksplan.plan import Plan
from ksplan.views.work import addressee_text, group_name, lab_text, rec_state_text, state_text
from ksplan.views.work import trace_lines as _lines
from ksplan.work import (
    INPUT_STATES,
    attendance,
    counts,
    inputs,
    links,
    meetings,
    recommendation_state,
    trace,
)

AddSource = Callable[[str | None, str], None]


def work_context(plan: Plan, as_of: date, lang: Lang, add_source: AddSource) -> dict[str, Any]:
    """The section's context, worded in ``lang`` (the language in force is left as it was)."""
    return contextvars.copy_context().run(_build, plan, as_of, lang, add_source)


def _build(plan: Plan, as_of: date, lang: Lang, add_source: AddSource) -> dict[str, Any]:
    use(lang)
    a = plan.assembly
    section = t("report.section.work")
    fields = []
    for f in a.fields_2:
        if f.named > as_of:
            continue
        add_source(f.source, section)
        recs = [r.id for r in a.recommendations if r.field == f.id]
        fields.append(
            {
                "id": f.id,
                "name": f.name,
                "named": day(f.named),
                "groups": [group_name(plan, g) for g in f.working_groups],
                "recommendations": recs,
                "description": f.description or "",
            }
        )
    recs_by_addressee = []
    dates = {r.meeting.id: r.meeting.date for r in meetings(plan) if r.meeting.id}
    made = [r for r in a.recommendations if dates.get(r.meeting, date.max) <= as_of]
    state_keys: list[str] = [
        s for s in STEPS if any(recommendation_state(r, as_of) == s for r in made)
    ]
    if any(recommendation_state(r, as_of) is None for r in made):
        state_keys.append("none")
    for addressee in ADDRESSEES:
        chosen = [r for r in made if r.addressee == addressee]
        if not chosen:
            continue
        for r in chosen:
            add_source(r.source, section)
        counted: dict[str, int] = {s: 0 for s in state_keys}
        for r in chosen:
            counted[recommendation_state(r, as_of) or "none"] += 1
        recs_by_addressee.append(
            {
                "addressee": t(f"work.addressee.{addressee}"),
                "counts": [counted[s] for s in state_keys],
                "rows": [
                    {
                        "id": r.id,
                        "kind": t(f"work.kind.{r.kind}"),
                        "text": r.text,
                        "to": addressee_text(plan, r.id),
                        "state": rec_state_text(plan, r.id, as_of),
                        "measures": list(r.measures),
                    }
                    for r in chosen
                ],
            }
        )
    views = inputs(plan, as_of)
    found = counts(views)
    for v in views:
        add_source(v.input.source, section)
    outcome_rows = [
        {"state": t(f"work.state.{s}"), "count": found.by_state[s]}
        for s in INPUT_STATES
        if found.by_state[s]
    ]
    lab_rows = []
    for lab, by_state in found.by_lab.items():
        parts = [f"{t(f'work.state_short.{s}')} {n}" for s, n in by_state.items() if n]
        lab_rows.append(
            {
                "lab": lab or t("work.digital"),
                "total": sum(by_state.values()),
                "details": " · ".join(parts),
            }
        )
    open_rows = [
        {"id": v.input.id, "lab": lab_text(v), "text": v.input.text, "state": state_text(plan, v)}
        for v in views
        if v.open
    ]
    forward = links(plan, as_of)
    merged_into = {b for a_, bs in forward.items() if a_[0] == "input" for b in bs}
    chains = []
    for v in views:
        node = ("input", v.input.id)
        if node in merged_into or node not in forward:
            continue
        lines = _lines(plan, trace(plan, node, as_of), as_of)
        start = lines.index(t("work.trace.outcomes") + ":")
        shown = []
        for line in lines[start + 1 :]:
            text = line.lstrip(" ")
            depth = (len(line) - len(text)) // 2
            shown.append({"depth": depth, "text": text.removeprefix("- ")})
        chains.append({"id": v.input.id, "title": lines[0], "lines": shown})
    attended = []
    for ref in meetings(plan):
        if ref.group is not None or ref.meeting.date > as_of:
            continue
        found_at = attendance(plan, ref)
        add_source(ref.meeting.source, section)
        if not found_at.recorded:
            verdict = t("report.work.attendance_unrecorded")
        elif found_at.has_quorum is None:
            verdict = t("report.work.no_quorum_rule")
        elif found_at.has_quorum:
            verdict = t("report.work.quorate", n=found_at.quorum)
        else:
            verdict = t("report.work.not_quorate", n=found_at.quorum)
        attended.append(
            {
                "date": day(ref.meeting.date),
                "kind": t(f"work.meeting.{ref.meeting.kind}") if ref.meeting.kind else "",
                "voting": found_at.voting if found_at.recorded else "",
                "advisory": found_at.advisory if found_at.recorded else "",
                "verdict": verdict,
                "below": found_at.has_quorum is False,
            }
        )
    if a.quorum is not None:
        add_source(a.quorum.source, section)
    recorded = bool(a.fields_2 or a.recommendations or a.inputs or a.members)
    policy = a.inputs_open_after
    return {
        "recorded": recorded,
        "none_text": t("report.work.none"),
        "intro": t("report.work.intro"),
        "fields": fields,
        "rec_states": [t(f"work.step.{s}") for s in state_keys],
        "recommendations": recs_by_addressee,
        "inputs_total": len(views),
        "outcomes": outcome_rows,
        "labs": lab_rows,
        "open": open_rows,
        "open_text": t(
            "report.work.open",
            months=policy.months if policy else 0,
            n=len(open_rows),
        ),
        "chains": chains,
        "attendance": attended,
        "quorum_text": (
            t("report.work.quorum", n=a.quorum.present, source=a.quorum.source)
            if a.quorum is not None
            else t("report.work.no_quorum")
        ),
    }
