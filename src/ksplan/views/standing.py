"""Where the plan stands on a day, for the terminal: ``coverage``, ``overdue`` and ``check``.

Every text comes from the catalogue (:mod:`ksplan.texts.standing`) in the language in force;
values from the plan are printed as rich ``Text`` (never as markup), so nothing in the data can
style or break the output.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rich.console import Group
from rich.text import Text

from ksplan.coverage import Coverage, LabView
from ksplan.dates import PartialDate
from ksplan.deadlines import OverdueMeasure
from ksplan.i18n import count, day, language, t
from ksplan.orders import OUTCOMES, OrderResult, outcome_label
from ksplan.views.table import FitTable, Indented

OUTCOME_STYLES = {
    "met": "green",
    "not_met": "red",
    "no_evidence": "yellow",
    "not_yet_due": "dim",
    "no_deadline": "cyan",
}
STATE_STYLES = {"covered": "green", "planned": "yellow", "missing": "red"}


def _verdict(result: OrderResult) -> Text:
    return Text.assemble(
        t("standing.verdict", title=result.title()),
        (outcome_label(result.outcome), OUTCOME_STYLES[result.outcome]),
    )


def _lab_text(lab: LabView) -> str:
    parts = [lab.quarter or t("standing.quarter_unknown")]
    if lab.date_text and not lab.bound:
        parts.append(PartialDate.parse(lab.date_text).format(language()))
    note = lab.note(language())
    if not (note and lab.bound):  # "spätestens am … durchgeführt" says it already
        parts.append(t(f"standing.lab.{lab.status}"))
    text = ", ".join(parts) + (f" — {note}" if note else "")
    return text + (f" ({lab.remark})" if lab.remark else "")


def coverage_view(cov: Coverage, verdict: OrderResult | None) -> Group:
    title = t("standing.coverage_title", day=day(cov.as_of), covered=cov.covered, total=cov.total)
    table = FitTable(title)
    for header in ("district", "state", "labs"):
        table.add_column(t(f"standing.col.{header}"))
    for d in cov.districts:
        labs = [_lab_text(lab) for lab in d.labs]
        table.add_row(
            Text(d.name),
            Text(t(f"standing.state.{d.state}"), STATE_STYLES[d.state]),
            Text("\n".join(labs) or t("standing.none_recorded")),
        )
    parts: list[Any] = [table]
    for lab in cov.district_unknown:
        parts.append(Text(t("standing.district_unknown", lab=_lab_text(lab))))
    if cov.deadline is not None:
        days = cov.days_to_deadline or 0
        # heute, morgen … only when the day looked at is today; else counted from that day
        prefix = "standing" if cov.as_of == date.today() else "standing.asof"
        if days == 0:
            when = t(f"{prefix}.today")
        elif days == 1:
            when = t(f"{prefix}.in_one_day")
        elif days == -1:
            when = t(f"{prefix}.one_day_ago")
        elif days > 0:
            when = t(f"{prefix}.in_days", days=days)
        else:
            when = t(f"{prefix}.days_ago", days=-days)
        parts.append(Text(t("standing.deadline", day=day(cov.deadline), when=when)))
    elif verdict is not None:  # the order had not been given yet on that day
        parts.append(Text(t("standing.deadline_not_given", given=day(verdict.order.date))))
    else:
        parts.append(Text(t("standing.no_deadline")))
    if verdict is not None:
        parts.append(_verdict(verdict))
        if verdict.outcome == "no_evidence":
            parts.append(Text(t("orders.unrecorded"), "dim"))
    return Group(*parts)


def _status_text(item: OverdueMeasure) -> str:
    text = t(f"status.{item.status}")
    if item.status_date is not None:
        likely = f", {t('standing.likely')}" if item.likely else ""
        text += f" ({item.status_date.format(language())}{likely})"
    return text


def _measure_table(title: str, items: list[OverdueMeasure]) -> FitTable:
    table = FitTable(title, heading=2)
    for key in ("id", "title", "horizon", "due", "days", "status", "owners"):
        number = key == "days"
        table.add_column(
            t(f"standing.col.{key}"), justify="right" if number else "left", wrap=not number
        )
    for item in items:
        table.add_row(
            Text(item.measure.id),
            Text(item.measure.title),
            Text(t(f"horizon.{item.measure.horizon}")),
            Text(f"{day(item.due)} ({t(f'standing.basis.{item.due_basis}')})"),
            Text(str(item.days_overdue)),
            Text(_status_text(item)),
            Text("; ".join(item.owners)),
        )
    return table


def overdue_view(
    as_of: date,
    total: int,
    items: list[OverdueMeasure],
    verdict: OrderResult | None,
) -> Group:
    late = [i for i in items if i.state == "overdue"]
    unknown = [i for i in items if i.state == "status_unknown"]
    title = t("standing.overdue_title", day=day(as_of), late=len(late), total=total)
    parts: list[Any] = [_measure_table(title, late) if late else Text(title)]
    if unknown:
        unknown_title = t("standing.unknown_title", measures=count(len(unknown), "noun.measure"))
        parts.append(_measure_table(unknown_title, unknown))
    if any(i.due_basis == "assumed" for i in (*late, *unknown)):
        parts.append(Text(t("standing.assumed_note")))
    if verdict is not None:
        parts.append(_verdict(verdict))
    return Group(*parts)


def _indented(text: Text) -> Indented:
    """Evidence under its order: every line, wrapped ones too, indented."""
    return Indented(text, 6)


def check_view(as_of: date, results: list[OrderResult]) -> Group:
    parts: list[Any] = [Text(t("standing.orders_on", day=day(as_of)))]
    if not results:
        parts.append(Text(t("standing.no_orders")))
    for r in results:
        label = outcome_label(r.outcome).upper()
        parts.append(Text.assemble((label, OUTCOME_STYLES[r.outcome]), "  ", r.title()))
        given = t(
            "standing.given", given_by=r.order.given_by, day=day(r.order.date), source=r.source
        )
        parts.append(_indented(Text(given, "dim")))
        if r.order.note:
            parts.append(_indented(Text(t("standing.note", note=r.order.note), "dim")))
        for line in r.evidence():
            parts.append(_indented(Text(line)))
    counts = ", ".join(
        f"{sum(r.outcome == o for r in results)} {outcome_label(o)}" for o in OUTCOMES
    )
    parts.append(Text(t("standing.result", counts=counts)))
    parts.append(Text(t("orders.unrecorded"), "dim"))
    return Group(*parts)
