"""Texts of ``coverage``, ``overdue`` and ``check`` in the terminal
(:mod:`ksplan.views.standing`), and the words for statuses and horizons used everywhere."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # words used by every view
    "status.planned": ("geplant", "planned"),
    "status.in_progress": ("in Umsetzung", "in progress"),
    "status.done": ("umgesetzt", "done"),
    "status.dropped": ("verworfen", "dropped"),
    "status.unknown": ("unbekannt", "unknown"),
    "horizon.direkt": ("direkt", "direkt (immediate)"),
    "horizon.kurzfristig": ("kurzfristig", "kurzfristig (short-term)"),
    "horizon.längerfristig": ("längerfristig", "längerfristig (longer-term)"),
    "noun.measure": ("Maßnahme|Maßnahmen", "measure|measures"),
    "noun.seat": ("Sitz|Sitze", "seat|seats"),
    "noun.day": ("Tag|Tage", "day|days"),
    "noun.in_day": ("Tag|Tagen", "day|days"),
    "noun.meeting": ("Sitzung|Sitzungen", "meeting|meetings"),
    # coverage
    "standing.coverage_title": (
        "Quartierslabore am {day}: {covered} von {total} Stadtbezirken mit durchgeführtem "
        "Quartierslabor erfasst",
        "Quartierslabore on {day}: {covered} of {total} Stadtbezirke with a Quartierslabor "
        "held recorded",
    ),
    "standing.col.district": ("Stadtbezirk", "Stadtbezirk"),
    "standing.col.state": ("Stand", "State"),
    "standing.col.labs": ("Quartierslabore", "Quartierslabore"),
    "standing.state.covered": (
        "durchgeführt",
        "held",
    ),
    "standing.state.planned": ("geplant", "planned"),
    "standing.state.missing": ("keines erfasst", "none recorded"),
    "standing.lab.held": ("durchgeführt", "held"),
    "standing.lab.planned": ("geplant", "planned"),
    "standing.lab.unknown": ("Stand unbekannt", "state unknown"),
    "standing.quarter_unknown": ("(Quartier nicht erfasst)", "(quarter not recorded)"),
    "standing.none_recorded": ("keines erfasst", "none recorded"),
    "standing.district_unknown": (
        "Stadtbezirk nicht belegt: {lab}",
        "District not recorded: {lab}",
    ),
    "standing.today": ("heute", "today"),
    "standing.asof.today": ("am Stichtag", "on the day looked at"),
    "standing.asof.in_one_day": ("einen Tag nach dem Stichtag", "one day after the day looked at"),
    "standing.asof.one_day_ago": ("einen Tag vor dem Stichtag", "one day before the day looked at"),
    "standing.asof.in_days": (
        "{days} Tage nach dem Stichtag",
        "{days} days after the day looked at",
    ),
    "standing.asof.days_ago": (
        "{days} Tage vor dem Stichtag",
        "{days} days before the day looked at",
    ),
    "standing.in_days": ("in {days} Tagen", "in {days} days"),
    "standing.days_ago": ("vor {days} Tagen", "{days} days ago"),
    "standing.deadline": ("Frist {day} ({when}).", "Deadline {day} ({when})."),
    "standing.no_deadline": (
        "Der Plan setzt keine Frist für die Quartierslabore (er enthält keinen Auftrag dazu).",
        "The plan sets no deadline for the Quartierslabore (it holds no order for them).",
    ),
    "standing.verdict": ("Auftrag „{title}“: ", "Order “{title}”: "),
    # overdue
    "standing.col.id": ("ID", "ID"),
    "standing.col.title": ("Titel", "Title"),
    "standing.col.horizon": ("Horizont", "Horizon"),
    "standing.col.due": ("fällig", "Due"),
    "standing.col.days": ("Tage", "Days"),
    "standing.col.status": ("Stand", "Status"),
    "standing.col.owners": ("Zuständig", "Responsible"),
    "standing.basis.assumed": ("angenommen", "assumed"),
    "standing.basis.plan": ("laut Plan", "per plan"),
    "standing.overdue_title": (
        "Überfällig am {day}: {late} von {total} Maßnahmen (nach ihrer Fälligkeit als weder "
        "umgesetzt noch verworfen erfasst)",
        "Overdue on {day}: {late} of {total} measures (recorded as neither done nor dropped "
        "after they were due)",
    ),
    "standing.unknown_title": (
        "Frist verstrichen, Stand unbekannt: {measures} (seit der Fälligkeit kein Stand "
        "erfasst; nicht als überfällig gezählt)",
        "Past due, status unknown: {measures} (no status recorded since they were due; not "
        "counted as overdue)",
    ),
    "standing.assumed_note": (
        "„angenommen“: Fälligkeit aus der Arbeitsannahme des Plans je Umsetzungshorizont "
        "(horizon_policy in measures.yaml), nicht vom Rat beschlossen.",
        "“assumed”: due date from the plan's working assumption per horizon (horizon_policy in "
        "measures.yaml), not decided by the council.",
    ),
    # check
    "standing.orders_on": ("Aufträge am {day}:", "Orders on {day}:"),
    "standing.no_orders": (
        "Der Plan erklärt keine Aufträge (orders.yaml).",
        "The plan declares no orders (orders.yaml).",
    ),
    "standing.given": (
        "{given_by}, {day} – Quelle: {source}",
        "{given_by}, {day} – source: {source}",
    ),
    "standing.result": ("Ergebnis: {counts}.", "Result: {counts}."),
    "standing.likely": ("wahrscheinlich", "likely"),
    "standing.in_one_day": ("morgen", "tomorrow"),
    "standing.one_day_ago": ("gestern", "yesterday"),
    "standing.deadline_not_given": (
        "Noch keine Frist: Der Auftrag dazu wurde erst am {given} erteilt.",
        "No deadline yet: the order setting it was given only on {given}.",
    ),
    "standing.note": (
        "Vermerk: {note}",
        "Note: {note}",
    ),
    "catalogue.col.id": (
        "ID",
        "ID",
    ),
    "catalogue.col.title": (
        "Titel",
        "Title",
    ),
    "catalogue.col.horizon": (
        "Horizont",
        "Horizon",
    ),
    "catalogue.col.field": (
        "Handlungsfeld",
        "Handlungsfeld",
    ),
    "catalogue.col.owners": (
        "Zuständig",
        "Responsible",
    ),
    "catalogue.col.status": (
        "Stand",
        "Status",
    ),
    "catalogue.col.due": (
        "fällig",
        "Due",
    ),
    "catalogue.none": (
        "keine Maßnahme passt zu dieser Auswahl.",
        "no measure matches this choice.",
    ),
}
