"""Where the plan stands on a day, for the terminal: ``coverage``, ``overdue`` and ``check``.

Texts come in German (default) and English; values from the plan are printed as rich
``Text`` (never as markup), so nothing in the data can style or break the output.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rich.console import Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ksplan.coverage import Coverage, LabView
from ksplan.dates import PartialDate, format_date
from ksplan.deadlines import OverdueMeasure
from ksplan.orders import OUTCOMES, UNRECORDED_DE, UNRECORDED_EN, OrderResult, outcome_label

OUTCOME_STYLES = {
    "met": "green",
    "not_met": "red",
    "no_evidence": "yellow",
    "not_yet_due": "dim",
    "no_deadline": "cyan",
}

_WORDS: dict[str, dict[str, str]] = {
    "de": {
        "covered": "abgedeckt",
        "planned": "geplant",
        "missing": "keines erfasst",
        "held": "durchgeführt",
        "unknown": "Stand unbekannt",
        "quarter?": "(Quartier nicht erfasst)",
        "none": "keines erfasst",
        "district": "Stadtbezirk",
        "state": "Stand",
        "labs": "Quartierslabore",
        "order": "Auftrag",
        "source": "Quelle",
        "id": "ID",
        "title": "Titel",
        "horizon": "Horizont",
        "due": "fällig",
        "days": "Tage",
        "status": "Stand",
        "owners": "Zuständig",
        "assumed": "angenommen",
        "plan": "laut Plan",
        "status.planned": "geplant",
        "status.in_progress": "in Umsetzung",
        "status.done": "erledigt",
        "status.dropped": "verworfen",
        "status.unknown": "unbekannt",
    },
    "en": {
        "covered": "covered",
        "planned": "planned",
        "missing": "none recorded",
        "held": "held",
        "unknown": "state unknown",
        "quarter?": "(quarter not recorded)",
        "none": "none recorded",
        "district": "Stadtbezirk",
        "state": "State",
        "labs": "Quartierslabore",
        "order": "Order",
        "source": "source",
        "id": "ID",
        "title": "Title",
        "horizon": "Horizon",
        "due": "Due",
        "days": "Days",
        "status": "Status",
        "owners": "Responsible",
        "assumed": "assumed",
        "plan": "per plan",
        "status.planned": "planned",
        "status.in_progress": "in progress",
        "status.done": "done",
        "status.dropped": "dropped",
        "status.unknown": "unknown",
    },
}


def _w(lang: str, key: str) -> str:
    return _WORDS[lang][key]


def _verdict(result: OrderResult | None, lang: str) -> Text:
    if result is None:
        return Text("")
    de = lang == "de"
    return Text.assemble(
        f"{_w(lang, 'order')} „{result.title(lang)}“: "
        if de
        else f"Order “{result.title(lang)}”: ",
        (outcome_label(result.outcome, lang), OUTCOME_STYLES[result.outcome]),
    )


def coverage_view(cov: Coverage, verdict: OrderResult | None, lang: str) -> Group:
    de = lang == "de"
    day = format_date(cov.as_of)
    title = (
        f"Quartierslabore am {day}: {cov.covered} von {cov.total} Stadtbezirken mit "
        "durchgeführtem Quartierslabor erfasst"
        if de
        else f"Quartierslabore on {day}: {cov.covered} of {cov.total} Stadtbezirke with a "
        "Quartierslabor held recorded"
    )
    table = Table(title=Text(title), title_justify="left")
    for header in ("district", "state", "labs"):
        table.add_column(_w(lang, header))
    styles = {"covered": "green", "planned": "yellow", "missing": "red"}
    for d in cov.districts:
        labs = [_lab_text(lab, lang) for lab in d.labs]
        table.add_row(
            Text(d.name),
            Text(_w(lang, d.state), styles[d.state]),
            Text("\n".join(labs) or _w(lang, "none")),
        )
    parts: list[Any] = [table]
    for lab in cov.district_unknown:
        head = "Ohne belegten Stadtbezirk: " if de else "District not recorded: "
        parts.append(Text(head + _lab_text(lab, lang)))
    if cov.deadline is not None:
        days = cov.days_to_deadline or 0
        if de:
            when = (
                "heute" if days == 0 else (f"in {days} Tagen" if days > 0 else f"vor {-days} Tagen")
            )
            parts.append(Text(f"Frist {format_date(cov.deadline)} ({when})."))
        else:
            when = (
                "today" if days == 0 else (f"in {days} days" if days > 0 else f"{-days} days ago")
            )
            parts.append(Text(f"Deadline {format_date(cov.deadline)} ({when})."))
    else:
        parts.append(
            Text(
                "Der Plan setzt keine Frist für die Quartierslabore (kein Auftrag der Art "
                "coverage)."
                if de
                else "The plan sets no deadline for the Quartierslabore (no order of kind "
                "coverage)."
            )
        )
    if verdict is not None:
        parts.append(_verdict(verdict, lang))
        if verdict.outcome == "no_evidence":
            parts.append(Text(UNRECORDED_DE if de else UNRECORDED_EN, "dim"))
    return Group(*parts)


def _lab_text(lab: LabView, lang: str) -> str:
    parts = [lab.quarter or _w(lang, "quarter?")]
    if lab.date_text and not lab.bound:
        parts.append(PartialDate.parse(lab.date_text).format(lang))
    parts.append(_w(lang, lab.status))
    note = lab.note(lang)
    return ", ".join(parts) + (f" — {note}" if note else "")


def _status_text(item: OverdueMeasure, lang: str) -> str:
    text = _w(lang, f"status.{item.status}")
    if item.status_date is not None:
        text += f" ({item.status_date.format(lang)})"
    return text


def _measure_table(title: str, items: list[OverdueMeasure], lang: str) -> Table:
    table = Table(title=Text(title), title_justify="left")
    for key in ("id", "title", "horizon", "due", "days", "status", "owners"):
        table.add_column(_w(lang, key), justify="right" if key == "days" else "left")
    for item in items:
        table.add_row(
            Text(item.measure.id),
            Text(item.measure.title),
            Text(item.measure.horizon),
            Text(f"{format_date(item.due)} ({_w(lang, item.due_basis)})"),
            Text(str(item.days_overdue)),
            Text(_status_text(item, lang)),
            Text("; ".join(item.owners)),
        )
    return table


def overdue_view(
    as_of: date,
    total: int,
    late: list[OverdueMeasure],
    unknown: list[OverdueMeasure],
    verdict: OrderResult | None,
    lang: str,
) -> Group:
    de = lang == "de"
    day = format_date(as_of)
    title = (
        f"Überfällig am {day}: {len(late)} von {total} Maßnahmen (Stand erfasst, weder "
        "erledigt noch verworfen)"
        if de
        else f"Overdue on {day}: {len(late)} of {total} measures (status recorded, neither "
        "done nor dropped)"
    )
    parts: list[Any] = [_measure_table(title, late, lang) if late else Text(title)]
    if unknown:
        parts.append(
            _measure_table(
                f"Frist verstrichen, Stand unbekannt: {len(unknown)} Maßnahmen (nicht als "
                "überfällig gezählt: kein Stand erfasst)"
                if de
                else f"Past due, status unknown: {len(unknown)} measures (not counted as "
                "overdue: no status recorded)",
                unknown,
                lang,
            )
        )
    if any(i.due_basis == "assumed" for i in (*late, *unknown)):
        parts.append(
            Text(
                "„angenommen“: Fälligkeit aus der Arbeitsannahme des Plans je Umsetzungshorizont "
                "(horizon_policy in measures.yaml), nicht vom Rat beschlossen."
                if de
                else "“assumed”: due date from the plan's working assumption per horizon "
                "(horizon_policy in measures.yaml), not decided by the council."
            )
        )
    if verdict is not None:
        parts.append(_verdict(verdict, lang))
    return Group(*parts)


def _indented(text: Text) -> Padding:
    """Evidence under its order: every line, wrapped ones too, indented."""
    return Padding(text, (0, 0, 0, 6), expand=False)


def check_view(as_of: date, results: list[OrderResult], lang: str) -> Group:
    de = lang == "de"
    parts: list[Any] = [Text(f"{'Aufträge am' if de else 'Orders on'} {format_date(as_of)}:")]
    if not results:
        parts.append(
            Text(
                "Der Plan erklärt keine Aufträge (orders.yaml)."
                if de
                else "The plan declares no orders (orders.yaml)."
            )
        )
    for r in results:
        label = outcome_label(r.outcome, lang).upper()
        parts.append(Text.assemble((label, OUTCOME_STYLES[r.outcome]), "  ", r.title(lang)))
        given = f"{r.order.given_by}, {format_date(r.order.date)}"
        parts.append(_indented(Text(f"{given} – {_w(lang, 'source')}: {r.source}", "dim")))
        for line in r.evidence(lang):
            parts.append(_indented(Text(line)))
    counts = [f"{sum(r.outcome == o for r in results)} {outcome_label(o, lang)}" for o in OUTCOMES]
    parts.append(Text(("Ergebnis: " if de else "Result: ") + ", ".join(counts) + "."))
    parts.append(Text(UNRECORDED_DE if de else UNRECORDED_EN, "dim"))
    return Group(*parts)
