"""Texts of the council's orders and their verdicts (:mod:`ksplan.orders`)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # outcomes
    "outcome.met": ("erfüllt", "met"),
    "outcome.not_met": ("nicht erfüllt", "not met"),
    "outcome.no_evidence": ("nicht belegt", "no evidence"),
    "outcome.not_yet_due": ("noch nicht fällig", "not yet due"),
    "outcome.no_deadline": ("ohne Frist", "no deadline"),
    "orders.unrecorded": (
        "„Nicht belegt“ heißt: Das Verzeichnis zeigt es nicht, und es ist nicht für vollständig "
        "erklärt; was nicht erfasst ist, kann stattgefunden haben. Ein Auftrag gilt nur dort "
        "als verfehlt, wo ein Verzeichnis für den Zeitraum für vollständig erklärt ist.",
        "“No evidence” means: the record does not show it, and the record is not declared "
        "complete; what is not recorded may have taken place. An order counts as missed only "
        "where a record is declared complete for the period.",
    ),
    # records
    "order.record.meetings": (
        "der Sitzungen der Vollversammlung",
        "of the Vollversammlung's meetings",
    ),
    "order.record.rat-reports": ("der Berichte an den Rat", "of the reports to the council"),
    "order.record.aboeoab-reports": (
        "der Zwischenberichte an den ABöOAB",
        "of the interim reports to the ABöOAB",
    ),
    "order.record.labs": ("der Quartierslabore", "of the Quartierslabore"),
    "order.record.history": (
        "der Verlaufseinträge der Maßnahmen",
        "of the measures' status entries",
    ),
    "order.record.events": ("der Ereignisse zu diesem Auftrag", "of the events for this order"),
    "order.record_not_complete": (
        "Das Verzeichnis {record} ist nicht für vollständig erklärt: Was nicht erfasst ist, kann "
        "stattgefunden haben.",
        "The record {record} is not declared complete: what is not recorded may have taken place.",
    ),
    "order.record_complete": (
        "Das Verzeichnis {record} ist bis {through} für vollständig erklärt ({basis}).",
        "The record {record} is declared complete through {through} ({basis}).",
    ),
    "order.event_before_order": (
        "Nicht gezählt: „{title}“ – nicht nachweislich nach dem Auftrag vom {given}.",
        "Not counted: “{title}” – not shown to be after the order of {given}.",
    ),
    "order.not_given": (
        "Am {as_of} ist der Auftrag noch nicht erteilt (erteilt am {given}).",
        "On {as_of} the order has not been given yet (given on {given}).",
    ),
    # events
    "order.recorded": ("Erfasst: {when}: {title}.", "Recorded: {when}: {title}."),
    "order.when.day": ("{day}", "{day}"),
    "order.when.month": ("{month} {year}", "{month} {year}"),
    "order.when.year": ("{year}", "{year}"),
    "order.when.before": ("vor dem {day}", "before {day}"),
    # periods and counts
    "order.period.year": ("{year}", "{year}"),
    "order.period.half": ("{half}. Halbjahr {year}", "{year} H{half}"),
    "order.period": ("{period}: {counted}.", "{period}: {counted}."),
    "order.period_short": (
        "{period}: {counted} (mindestens {need}) – {verdict}.",
        "{period}: {counted} (at least {need}) – {verdict}.",
    ),
    "order.period_running": (
        "{period} (laufend, bis {as_of}): {counted}.",
        "{period} (running, to {as_of}): {counted}.",
    ),
    "order.first_period": (
        "Der erste Zeitraum ({period}) endet am {end}.",
        "The first period ({period}) ends on {end}.",
    ),
    "order.some": ("{count} {noun} erfasst", "{count} {noun} recorded"),
    "order.none.meetings": ("keine Sitzung erfasst", "no meeting recorded"),
    "order.none.rat-reports": ("kein Bericht an den Rat erfasst", "no report recorded"),
    "order.none.aboeoab-reports": ("kein Zwischenbericht erfasst", "no report recorded"),
    "order.none.events": ("kein Ereignis erfasst", "no event recorded"),
    "order.noun.meetings.one": ("Sitzung", "meeting"),
    "order.noun.meetings.many": ("Sitzungen", "meetings"),
    "order.noun.rat-reports.one": ("Bericht an den Rat", "report"),
    "order.noun.rat-reports.many": ("Berichte an den Rat", "reports"),
    "order.noun.aboeoab-reports.one": ("Zwischenbericht", "report"),
    "order.noun.aboeoab-reports.many": ("Zwischenberichte", "reports"),
    "order.noun.events.one": ("Ereignis", "event"),
    "order.noun.events.many": ("Ereignisse", "events"),
    # deliverables
    "order.no_deadline_nothing": (
        "Die Quelle setzt keine Frist; bisher ist nichts erfasst.",
        "The source sets no deadline; nothing is recorded so far.",
    ),
    "order.deadline_nothing_yet": (
        "Frist: {due}; bisher nichts erfasst.",
        "Deadline: {due}; nothing recorded so far.",
    ),
    "order.nothing_by_deadline": (
        "Bis zur Frist ({due}) ist nichts erfasst.",
        "Nothing is recorded by the deadline ({due}).",
    ),
    # preconditions
    "order.first_lab_after": (
        "Erstes danach erfasstes Quartierslabor: frühestens am {earliest}.",
        "First Quartierslabor recorded after it: on {earliest} at the earliest.",
    ),
    "order.labs_maybe_after": (
        "Quartierslabore ohne belegtes Datum, die nach dem Auftrag stattgefunden haben können: "
        "{count}.",
        "Quartierslabore without a recorded date that may have taken place after the order: "
        "{count}.",
    ),
    "order.no_lab_since": (
        "Seit dem Auftrag ist kein Quartierslabor erfasst; die Bedingung ist noch nicht "
        "eingetreten.",
        "No Quartierslabor is recorded since the order; the condition has not arisen yet.",
    ),
    "order.nothing_before_labs": (
        "Vor diesen Quartierslaboren ist nichts erfasst.",
        "Nothing is recorded before these Quartierslabore.",
    ),
    "order.before_labs_unknown": (
        "Ob das Erfasste vor diesen Quartierslaboren lag, ist nicht belegt.",
        "Whether what is recorded came before these Quartierslabore is not shown.",
    ),
    # standing orders
    "order.standing": ("Fortlaufender Auftrag ohne Frist.", "A standing order without a deadline."),
    "order.nothing_so_far": ("Bisher ist nichts erfasst.", "Nothing is recorded so far."),
    # coverage
    "order.last_day": ("Stichtag ist der letzte Tag", "the day asked about is the last day"),
    "order.days_left_one": ("noch 1 Tag", "1 day left"),
    "order.days_left": ("noch {days} Tage", "{days} days left"),
    "order.covered_so_far": (
        "Stand {as_of}: {covered} von {total} Stadtbezirken mit durchgeführtem Quartierslabor "
        "erfasst.",
        "As of {as_of}: {covered} of {total} districts with a Quartierslabor held recorded.",
    ),
    "order.planned_district": ("{name} (geplant)", "{name} (planned)"),
    "order.not_covered_yet": (
        "Noch kein durchgeführtes Quartierslabor erfasst: {names}.",
        "No Quartierslabor held recorded yet: {names}.",
    ),
    "order.deadline_ends": (
        "Die Frist endet am {due} ({left}).",
        "The deadline is {due} ({left}).",
    ),
    "order.covered_by_deadline": (
        "Bis zur Frist ({due}): {covered} von {total} Stadtbezirken mit durchgeführtem "
        "Quartierslabor erfasst.",
        "By the deadline ({due}): {covered} of {total} districts with a Quartierslabor held "
        "recorded.",
    ),
    "order.uncovered_by_deadline": (
        "Ohne erfasstes Quartierslabor bis zur Frist: {names}.",
        "Without a Quartierslabor recorded by the deadline: {names}.",
    ),
    "order.covered_from": ("{name} (ab {day})", "{name} (from {day})"),
    "order.recorded_late": (
        "Nach der Frist erfasst: {names}.",
        "Recorded after the deadline: {names}.",
    ),
    "order.labs_district_unknown_one": (
        "Weitere Quartierslabore ohne belegten Stadtbezirk: {count} Eintrag; sie können für "
        "diese Stadtbezirke stattgefunden haben.",
        "More Quartierslabore whose district is not recorded: {count} entry; they may have "
        "taken place in these districts.",
    ),
    "order.labs_district_unknown": (
        "Weitere Quartierslabore ohne belegten Stadtbezirk: {count} Einträge; sie können für "
        "diese Stadtbezirke stattgefunden haben.",
        "More Quartierslabore whose district is not recorded: {count} entries; they may have "
        "taken place in these districts.",
    ),
    "order.labs_complete_for": (
        "Das Verzeichnis der Quartierslabore ist bis zur Frist für vollständig erklärt für: "
        "{names}.",
        "The record of Quartierslabore is declared complete through the deadline for: {names}.",
    ),
    # measures due
    "order.first_measure_due": (
        "Die erste Maßnahme ist am {due} fällig.",
        "The first measure is due on {due}.",
    ),
    "order.all_finished": (
        "Am {as_of} ist jede fällige Maßnahme als umgesetzt oder verworfen erfasst.",
        "On {as_of} every measure due is recorded as done or dropped.",
    ),
    "order.overdue_ids": (
        "Überfällig (nach der Fälligkeit als nicht abgeschlossen erfasst): {count} – {ids}.",
        "Overdue (recorded as unfinished after they were due): {count} – {ids}.",
    ),
    "order.unknown_ids": (
        "Frist verstrichen, seit der Fälligkeit kein Stand erfasst: {count} – {ids}.",
        "Past due, no status recorded since they were due: {count} – {ids}.",
    ),
    "order.assumed_dues": (
        "Die Fälligkeit von {assumed} der {total} Maßnahmen ist angenommen (Arbeitsannahme des "
        "Plans je Umsetzungshorizont, horizon_policy), nicht vom Rat beschlossen.",
        "The due dates of {assumed} of the {total} measures are assumed (the plan's working "
        "assumption per horizon, horizon_policy), not decided by the council.",
    ),
    "order.finished_late_ids": (
        "Erst nach ihrer eigenen Frist umgesetzt oder verworfen: {count} – {ids}.",
        "Done or dropped only after their own deadline: {count} – {ids}.",
    ),
    "order.assumed_no_verdict": (
        "Aus einer angenommenen Frist folgt kein „nicht erfüllt“: Der Rat hat Horizonte "
        "beschlossen, keine Daten.",
        "An assumed deadline cannot make the order “not met”: the council decided horizons, "
        "not dates.",
    ),
    "order.history_complete_for": (
        "Verlauf bis nach der Fälligkeit für vollständig erklärt: {ids}.",
        "Status history declared complete past the due date: {ids}.",
    ),
    # what falls due next
    "order.due_measures": ("fällig: {ids}", "due: {ids}"),
    "order.due_assumed": ("fällig (angenommen): {ids}", "due (assumed): {ids}"),
    "order.title": ("{title}", "{title}"),
    "order.due_period": (
        "{title} ({period}: bisher {held} erfasst)",
        "{title} ({period}: {held} recorded so far)",
    ),
    # months
    "month.1": ("Januar", "January"),
    "month.2": ("Februar", "February"),
    "month.3": ("März", "March"),
    "month.4": ("April", "April"),
    "month.5": ("Mai", "May"),
    "month.6": ("Juni", "June"),
    "month.7": ("Juli", "July"),
    "month.8": ("August", "August"),
    "month.9": ("September", "September"),
    "month.10": ("Oktober", "October"),
    "month.11": ("November", "November"),
    "month.12": ("Dezember", "December"),
    "order.event_note": (
        "Vermerk dazu: {note}",
        "Note on it: {note}",
    ),
}
