"""The OParl import in words: the Fraktionen found, what happened later, and the change."""

from __future__ import annotations

from ksplan.diff import diff_plans
from ksplan.i18n import count, day, t
from ksplan.term_import import TermImport
from ksplan.views.diff import render_text


def import_text(found: TermImport, *, written: bool) -> str:
    counted = found.counted
    out = [t("oparl.head", term=found.term, day=day(counted.on), source=counted.source)]
    if found.assumed_start:
        out.append(t("oparl.head_assumed"))
    for c, figure in zip(counted.fraktionen, found.figures, strict=True):
        out.append(
            t(
                "oparl.row",
                name=c.organization.label,
                id=figure.id,
                count=count(c.members, "oparl.noun.members"),
            )
        )
    if counted.notes:
        out.append(t("oparl.notes_head"))
        out.extend(f"  - {note}" for note in counted.notes)
    out.append("")
    outcome = found.outcome
    change = diff_plans(
        outcome.before,
        outcome.after,
        counted.on,
        old_label=t("oparl.side.plan"),
        new_label=t("oparl.side.oparl"),
    )
    out.append(render_text(change).rstrip("\n"))
    if not written:
        out.append(t("oparl.preview"))
    return "\n".join(out) + "\n"
