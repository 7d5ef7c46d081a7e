"""What a change to the plan means, for a person: ``ksplan diff`` and git's diff driver.

:func:`render_text` (the terminal and CI logs), :func:`render_markdown` (pull-request comments,
the step summary; every piece of plan text is made inert) and :func:`diff_json` (a stable shape:
English keys and codes; each ``text`` worded in the language in force). Every word comes from
the catalogue (:mod:`ksplan.texts.diff`), in the language in force; dates are written 21.02.2019.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ksplan.diff import (
    CoverageConsequence,
    OverdueConsequence,
    OverdueEntry,
    PendingLot,
    PlanDiff,
    SeatsConsequence,
    has_changes,
)
from ksplan.i18n import count, day, t
from ksplan.output import md_escape
from ksplan.seats import METHOD_NAMES


def no_changes() -> str:
    """The line shown when the two plans do not differ in content."""
    return t("diff.none_changed")


def side(label: str) -> str:
    """How one side is named: the revision as typed, or the working tree in words."""
    from ksplan.gitio import WORKING_TREE

    return t("diff.working_tree") if label == WORKING_TREE else label


def section_heading(section: str) -> str:
    key = f"diff.section.{section}"
    from ksplan.texts import TEXTS

    return t(key) if key in TEXTS else section


def _change_count(d: PlanDiff) -> str:
    return count(len(d.changes), "diff.noun.change")


def _seat_scope(s: SeatsConsequence) -> str:
    def pick(a: str, b: str) -> str:
        return a if a == b else f"{a} → {b}"

    b, a = s.before, s.after
    term = pick(b.term, a.term)
    seats = pick(str(b.seats), str(a.seats))
    method = pick(METHOD_NAMES.get(b.method, b.method), METHOD_NAMES.get(a.method, a.method))
    return t("diff.seat_scope", term=term, seats=seats, method=method)


def _lot_text(lot: PendingLot | None) -> str:
    if lot is None:
        return t("diff.lot_none")
    seats = count(lot.seats, "diff.noun.seat")
    return t("diff.lot_among", seats=seats, candidates=", ".join(lot.candidates))


def _seat_moves(s: SeatsConsequence) -> list[str]:
    if not s.changes:
        return []
    moves = ", ".join(f"{c.fraktion} {c.before} → {c.after}" for c in s.changes)
    return [t("diff.seat_moves", moves=moves)]


def _seat_notes(s: SeatsConsequence) -> list[str]:
    """A pending lot, or seats that can no longer (or again) be computed."""
    lines = []
    if s.before.lot != s.after.lot:
        lines.append(
            t("diff.lot_pending", before=_lot_text(s.before.lot), after=_lot_text(s.after.lot))
        )
    if s.before.error != s.after.error:
        if s.after.error:
            lines.append(t("diff.seats_broken", error=s.after.error))
        else:
            lines.append(t("diff.seats_mended", error=s.before.error))
    return lines


def _coverage_head(c: CoverageConsequence) -> str:
    if (c.before_covered, c.before_total) == (c.after_covered, c.after_total):
        return t("diff.coverage_same", covered=c.after_covered, total=c.after_total)
    return t(
        "diff.coverage_moved",
        before_covered=c.before_covered,
        before_total=c.before_total,
        covered=c.after_covered,
        total=c.after_total,
    )


def _coverage_lines(c: CoverageConsequence) -> list[str]:
    lines = [str(d.text) for d in c.districts]
    if c.before_passed_uncovered != c.after_passed_uncovered:
        lines.append(t("diff.deadline_passed" if c.after_passed_uncovered else "diff.deadline_met"))
    return lines


def _overdue_head(o: OverdueConsequence) -> str:
    head = t("diff.overdue_head", before=o.before, after=o.after)
    if (o.before_unknown, o.after_unknown) != (0, 0):
        head += t("diff.unknown_head", before=o.before_unknown, after=o.after_unknown)
    return head


def render_text(d: PlanDiff) -> str:
    """Plain text for the terminal and CI logs."""
    out = [t("diff.title", old=side(d.old_label), new=side(d.new_label))]
    if not d.changes:
        out.append(no_changes())
        return "\n".join(out) + "\n"
    out.append(_change_count(d))
    for section, changes in d.by_section():
        out.append("")
        out.append(section_heading(section))
        out.extend(f"  - {c.text}" for c in changes)
    out.append("")
    c = d.consequences
    as_of = day(d.as_of)
    if not c.changed:
        out.append(t("diff.consequences_none", day=as_of))
        return "\n".join(out) + "\n"
    out.append(t("diff.consequences_on", day=as_of))
    for head, lines in consequence_blocks(d):
        out.append(f"  {head}")
        out.extend(f"    - {line}" for line in lines)
    return "\n".join(out) + "\n"


def consequence_blocks(d: PlanDiff) -> list[tuple[str, list[str]]]:
    """The consequences that changed, each as a heading and its lines (seats, coverage,
    overdue measures, the orders' verdicts), worded in the language in force."""
    c = d.consequences
    blocks: list[tuple[str, list[str]]] = []
    if c.seats.changed:
        blocks.append(
            (
                t("diff.vollversammlung", scope=_seat_scope(c.seats)),
                [*_seat_moves(c.seats), *_seat_notes(c.seats)],
            )
        )
    if c.coverage.changed:
        blocks.append(
            (
                t("diff.quartierslabore", head=_coverage_head(c.coverage)),
                _coverage_lines(c.coverage),
            )
        )
    if c.overdue.changed:
        entries = (*c.overdue.newly_overdue, *c.overdue.no_longer_overdue)
        blocks.append(
            (t("diff.overdue", head=_overdue_head(c.overdue)), [str(e.text) for e in entries])
        )
    if c.orders.changed:
        blocks.append((t("diff.orders"), [str(v.text) for v in c.orders.changes]))
    if c.work.changed:
        blocks.append((t("diff.work"), [str(v.text) for v in c.work.changes]))
    return blocks


def render_markdown(d: PlanDiff) -> str:
    """Markdown for a pull-request comment or ``$GITHUB_STEP_SUMMARY``."""
    e = md_escape
    out = [f"### {e(t('diff.title', old=side(d.old_label), new=side(d.new_label)))}", ""]
    if not d.changes:
        out.append(e(no_changes()))
        return "\n".join(out) + "\n"
    out.append(e(t("diff.md.count", count=_change_count(d), day=day(d.as_of))))
    for section, changes in d.by_section():
        out += ["", f"#### {e(section_heading(section))}", ""]
        out.extend(f"- {e(str(c.text))}" for c in changes)
    c = d.consequences
    out += ["", f"#### {t('diff.md.consequences')}", ""]
    if not c.changed:
        out.append(e(t("diff.md.consequences_none")))
        return "\n".join(out) + "\n"
    if c.seats.changed:
        s = c.seats
        out.append(f"**{t('diff.md.seats')}** ({e(_seat_scope(s))})")
        out.append("")
        if not s.before.error and not s.after.error:
            cols = [t(f"diff.md.col.{name}") for name in ("before", "after", "change")]
            out += [f"| Fraktion | {' | '.join(cols)} |", "|:--|--:|--:|--:|"]
            for row in s.rows():
                delta = row.after - row.before
                mark = f"{delta:+d}" if delta else ""
                out.append(f"| {e(row.fraktion)} | {row.before} | {row.after} | {mark} |")
            out.append("")
        extra = _seat_notes(s)
        if extra:
            out.extend(f"- {e(line)}" for line in extra)
            out.append("")
    if c.coverage.changed:
        out.append(f"**Quartierslabore**: {e(_coverage_head(c.coverage))}")
        out.append("")
        out.extend(f"- {e(line)}" for line in _coverage_lines(c.coverage))
        out.append("")
    if c.overdue.changed:
        out.append(f"**{t('diff.md.overdue')}**: {e(_overdue_head(c.overdue))}")
        out.append("")
        entries = (*c.overdue.newly_overdue, *c.overdue.no_longer_overdue)
        out.extend(f"- {e(str(entry.text))}" for entry in entries)
        out.append("")
    if c.orders.changed:
        out.append(f"**{t('diff.orders')}**")
        out.append("")
        out.extend(f"- {e(str(v.text))}" for v in c.orders.changes)
    if c.work.changed:
        if out[-1] != "":
            out.append("")
        out.append(f"**{t('diff.work')}**")
        out.append("")
        out.extend(f"- {e(str(v.text))}" for v in c.work.changes)
        out.append("")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _overdue_json(entry: OverdueEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "title": entry.title,
        "due": _iso(entry.due),
        "days_overdue": entry.days_overdue,
        "status": entry.status,
        "text": str(entry.text),
    }


def diff_json(d: PlanDiff) -> dict[str, Any]:
    """The documented, stable JSON shape of ``ksplan diff --format json``."""
    c = d.consequences
    return {
        "old": d.old_label,
        "new": d.new_label,
        "as_of": d.as_of.isoformat(),
        "has_changes": has_changes(d),
        "changes": [change.to_json() for change in d.changes],
        "consequences": {
            "seats": {
                "changed": c.seats.changed,
                "before": c.seats.before.to_json(),
                "after": c.seats.after.to_json(),
                "changes": [
                    {"id": s.id, "fraktion": s.fraktion, "before": s.before, "after": s.after}
                    for s in c.seats.changes
                ],
            },
            "coverage": {
                "changed": c.coverage.changed,
                "before": {
                    "covered": c.coverage.before_covered,
                    "total": c.coverage.before_total,
                    "deadline_passed_uncovered": c.coverage.before_passed_uncovered,
                },
                "after": {
                    "covered": c.coverage.after_covered,
                    "total": c.coverage.after_total,
                    "deadline_passed_uncovered": c.coverage.after_passed_uncovered,
                },
                "districts": [
                    {
                        "id": x.id,
                        "name": x.name,
                        "before": x.before,
                        "after": x.after,
                        "text": str(x.text),
                    }
                    for x in c.coverage.districts
                ],
            },
            "overdue": {
                "changed": c.overdue.changed,
                "before": c.overdue.before,
                "after": c.overdue.after,
                "before_unknown": c.overdue.before_unknown,
                "after_unknown": c.overdue.after_unknown,
                "newly_overdue": [_overdue_json(x) for x in c.overdue.newly_overdue],
                "no_longer_overdue": [_overdue_json(x) for x in c.overdue.no_longer_overdue],
            },
            "orders": {
                "changed": c.orders.changed,
                "changes": [
                    {
                        "id": v.id,
                        "title": v.title,
                        "before": v.before,
                        "after": v.after,
                        "text": str(v.text),
                    }
                    for v in c.orders.changes
                ],
            },
            "work": {
                "changed": c.work.changed,
                "changes": [
                    {
                        "kind": v.kind,
                        "id": v.id,
                        "before": v.before,
                        "after": v.after,
                        "text": str(v.text),
                    }
                    for v in c.work.changes
                ],
            },
        },
    }
