"""Texts of the report to the council (:mod:`ksplan.report`, ``templates/``): the labels a
template sees as ``labels[key]``."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "report.subtitle": (
        "Bericht an den Rat und den ABöOAB",
        "Report to the council and the ABöOAB",
    ),
    "report.as_of": ("Stand", "As of"),
    "report.contents": ("Inhalt", "Contents"),
    "report.section.key-figures": ("Kennzahlen", "Key figures"),
    "report.section.assembly": ("Vollversammlung", "The Vollversammlung"),
    "report.section.coverage": (
        "Quartierslabore in den Stadtbezirken",
        "Quartierslabore by district",
    ),
    "report.section.overdue": ("Überfällige Maßnahmen", "Overdue measures"),
    "report.section.catalogue": ("Maßnahmenkatalog", "Catalogue of measures"),
    "report.section.rules": (
        "Aufträge von Rat und ABöOAB und ihre Prüfung",
        "The orders of the Rat and the ABöOAB, checked",
    ),
    "report.section.assumptions": ("Annahmen", "Assumptions"),
    "report.section.sources": ("Quellen", "Sources"),
    "report.section.history": ("Verlauf", "History"),
    "report.state.covered": ("durchgeführt", "held"),
    "report.state.planned": ("geplant", "planned"),
    "report.state.missing": ("keines erfasst", "none recorded"),
    "report.lab.held": ("durchgeführt", "held"),
    "report.lab.planned": ("geplant", "planned"),
    "report.lab.unknown": ("Stand unbekannt", "state unknown"),
    "report.section.unassessed": ("Frist verstrichen, Stand unbekannt", "Past due, status unknown"),
    "report.col.days_past_due": ("Tage seit Fälligkeit", "Days past due"),
    "report.district_unknown": ("Stadtbezirk nicht belegt", "District not recorded"),
    "report.addressee": ("Adressat", "addressee"),
    "report.assumed": ("angenommen", "assumed"),
    "report.report.rat": ("Bericht an den Rat", "Report to the council"),
    "report.report.aboeoab": ("Zwischenbericht an den ABöOAB", "Interim report to the ABöOAB"),
    "report.figure.measures": ("Maßnahmen", "Measures"),
    "report.figure.overdue": ("Überfällig", "Overdue"),
    "report.figure.districts": (
        "Stadtbezirke mit Quartierslabor",
        "Districts with a Quartierslabor",
    ),
    "report.figure.next_deadline": ("Nächste Frist", "Next deadline"),
    "report.figure.heading": ("Kennzahl", "Figure"),
    "report.figure.value": ("Wert", "Value"),
    "report.figure.detail": ("Erläuterung", "Details"),
    "report.col.id": ("Nr.", "No."),
    "report.col.measure": ("Maßnahme", "Measure"),
    "report.col.field": ("Handlungsfeld", "Handlungsfeld"),
    "report.col.horizon": ("Horizont", "Horizon"),
    "report.col.status": ("Stand", "Status"),
    "report.col.status_date": ("Stand vom", "Status as of"),
    "report.col.owners": ("Zuständig", "Responsible"),
    "report.col.due": ("fällig", "Due"),
    "report.col.due_since": ("fällig seit", "Due since"),
    "report.col.days_overdue": ("Tage überfällig", "Days overdue"),
    "report.col.fraktion": ("Fraktion", "Fraktion"),
    "report.col.mandates": ("Mandate", "Mandates"),
    "report.col.quota_exact": ("Quote (exakt)", "Quota (exact)"),
    "report.col.quota": ("Quote", "Quota"),
    "report.col.whole": ("ganze Sitze", "Whole seats"),
    "report.col.remainder": ("Rest", "Remainder"),
    "report.col.remainder_seat": ("Restsitz", "Remainder seat"),
    "report.col.seats": ("Sitze", "Seats"),
    "report.col.district": ("Stadtbezirk", "District"),
    "report.col.state": ("Stand", "State"),
    "report.col.labs": ("Quartierslabore", "Quartierslabore"),
    "report.col.rule": (
        "Auftrag",
        "Order",
    ),
    "report.col.outcome": ("Ergebnis", "Outcome"),
    "report.col.evidence": ("Befund", "Evidence"),
    "report.col.source": ("Quelle", "Source"),
    "report.col.date": ("Datum", "Date"),
    "report.col.kind": ("Art", "Kind"),
    "report.col.note": ("Vermerk", "Note"),
    "report.col.horizon_months": ("Monate nach Beschluss", "Months after the decision"),
    "report.sum": ("Summe", "Total"),
    "report.voting_members": ("Stimmberechtigte Mitglieder", "Voting members"),
    "report.composition": ("Zusammensetzung", "Composition"),
    "report.institutions": ("Institutionen (je ein Mitglied)", "Institutions (one member each)"),
    "report.ex_officio": ("Kraft Amtes", "Ex officio"),
    "report.council_members": ("Aus den Ratsfraktionen", "From the council's Fraktionen"),
    "report.advisory_members": ("Beratende Mitglieder", "Advisory members"),
    "report.chair": ("Vorsitz", "Chair"),
    "report.office": ("Geschäftsstelle", "Office"),
    "report.established": (
        "Einrichtung beschlossen",
        "Establishment decided",
    ),
    "report.meetings": ("Sitzungen", "Meetings"),
    "report.seat_allocation": (
        "Sitzverteilung der Ratsfraktionen",
        "Seats of the council's Fraktionen",
    ),
    "report.seat_table_caption": ("Quoten und Sitze", "Quotas and seats"),
    "report.status_notes": ("Vermerke zum Stand", "Notes on the status"),
    "report.measures_in_field": ("Maßnahmen", "measures"),
    "report.reports_recorded": ("Erfasste Berichte", "Reports recorded"),
    "report.motion": ("Antrag", "Motion"),
    "report.decision": ("Beschluss", "Decision"),
    "report.cited_sources": ("In den Daten zitierte Quellen", "Sources cited in the data"),
    "report.cited_for": ("zitiert für", "cited for"),
    "report.horizon_policy": ("Fälligkeit je Umsetzungshorizont", "Due date by horizon"),
    "report.none_recorded": ("nicht erfasst", "not recorded"),
    "report.none": ("keine", "none"),
    "report.figure_note": ("Text zum Bild", "The picture in words"),
    "report.schematic": (
        "Schematische Darstellung, keine Karte.",
        "Schematic arrangement, not a map.",
    ),
    "report.likely": ("wahrscheinlich", "likely"),
    "report.generated": (
        "Erzeugt aus den Plandaten mit ksplan; Stand der Auswertung",
        "Generated from the plan data with ksplan; evaluated as of",
    ),
    "report.table_scroll": ("Tabelle, horizontal scrollbar", "Table, scrolls horizontally"),
    "report.overdue_mark": ("überfällig", "overdue"),
    "report.own_due": ("eigenes Datum", "own date"),
    "report.back_to_top": ("nach oben", "back to top"),
    "report.no_reports": ("Kein Bericht erfasst.", "No report recorded."),
    "report.note": (
        "Vermerk",
        "Note",
    ),
    "report.no_orders": (
        "Der Plan erklärt keine Aufträge (orders.yaml)",
        "The plan declares no orders (orders.yaml)",
    ),
    "report.field_reading_all": (
        "Die Zuordnung dieser Maßnahmen zum Handlungsfeld ist eine Lesart der Vorlage, kein Zitat.",
        "The assignment of these measures to the Handlungsfeld is a reading of the source, not "
        "a quote.",
    ),
    "report.field_reading_some": (
        "Bei {count} dieser Maßnahmen ist die Zuordnung zum Handlungsfeld eine Lesart der "
        "Vorlage, kein Zitat.",
        "For {count} of these measures the assignment to the Handlungsfeld is a reading of the "
        "source, not a quote.",
    ),
    # --- sentences of the report's sections (ksplan.report) ---
    "report.t.today": (
        "am Stichtag",
        "on the day of the report",
    ),
    "report.t.in_days": (
        "in {days}",
        "in {days}",
    ),
    "report.t.and": (
        " und ",
        " and ",
    ),
    "report.t.own_due.none": (
        "Keine Maßnahme trägt ein eigenes Fälligkeitsdatum (due).",
        "No measure has a due date of its own (due).",
    ),
    "report.t.own_due.one": (
        "{measures} trägt ein eigenes Fälligkeitsdatum (due); es gilt statt des Horizonts.",
        "{measures} has a due date of its own (due), which replaces the horizon's.",
    ),
    "report.t.own_due.many": (
        "{measures} tragen ein eigenes Fälligkeitsdatum (due); es gilt statt des Horizonts.",
        "{measures} have a due date of their own (due), which replaces the horizon's.",
    ),
    "report.t.no_term": (
        "Am {day} ist keine Ratsperiode des Plans in Kraft.",
        "No council term of the plan is in force on {day}.",
    ),
    "report.t.seats_error": (
        "Die Sitzverteilung kann nicht berechnet werden: {reason}",
        "The seats cannot be computed: {reason}",
    ),
    "report.t.seat_caption": (
        "{caption}: {seats} nach {method}, Ratsperiode {term} ({mandates} Mandate der Fraktionen)",
        "{caption}: {seats} by {method}, council term {term} ({mandates} mandates of the "
        "Fraktionen)",
    ),
    "report.t.lot_pending": (
        "Los offen zwischen {among}: {seats}",
        "Lot pending among {among}: {seats}",
    ),
    "report.t.lot": (
        "Los",
        "Lot",
    ),
    "report.t.seat_chart_title": (
        "Die {seats} der Ratsfraktionen in der Vollversammlung",
        "The {seats} of the council's Fraktionen in the Vollversammlung",
    ),
    "report.t.overdue.none": (
        "Am {day} ist keine Maßnahme nachweislich überfällig.",
        "On {day}, no measure is shown to be overdue.",
    ),
    "report.t.overdue.one": (
        "Am {day} ist {late} von {measures} überfällig (nach der Fälligkeit als weder umgesetzt "
        "noch verworfen erfasst).",
        "On {day}, {late} of {measures} is overdue (recorded as neither done nor dropped after "
        "being due).",
    ),
    "report.t.overdue.many": (
        "Am {day} sind {late} von {measures} überfällig (nach der Fälligkeit als weder "
        "umgesetzt noch verworfen erfasst).",
        "On {day}, {late} of {measures} are overdue (recorded as neither done nor dropped after "
        "being due).",
    ),
    "report.t.overdue.unassessed": (
        "Bei {measures} ist die Frist verstrichen, und seit ihrer Fälligkeit ist kein Stand "
        "erfasst: Sie zählen nicht als überfällig.",
        "{measures}: past due, and no status recorded since they were due. They are not counted "
        "as overdue.",
    ),
    "report.t.overdue.assumed": (
        "Die Fristen sind die Arbeitsannahme des Plans je Umsetzungshorizont („angenommen“), "
        "keine Vorgabe des Rates.",
        "The deadlines are the plan's working assumption per horizon (“assumed”), not the "
        "council's.",
    ),
    "report.t.status_chart_title": (
        "Die {total} Maßnahmen nach Stand am {day}",
        "The {total} measures by status on {day}",
    ),
    "report.t.overdue.rule": (
        "Überfällig ist eine Maßnahme, deren Fälligkeit vor dem Stichtag liegt und die nach "
        "ihrer Fälligkeit als weder „umgesetzt“ noch „verworfen“ erfasst ist (oder deren "
        "Verlauf über die Fälligkeit hinaus für vollständig erklärt ist). Ein vor der "
        "Fälligkeit erfasster Stand sagt über die Zeit danach nichts: Solche Maßnahmen und "
        "solche ohne erfassten Stand zählen nicht als überfällig.",
        "A measure is overdue when it was due before the day of the report and it is recorded "
        "as neither done nor dropped after it was due (or its history is declared complete past "
        "the due date). A status recorded before the due date says nothing of the time after "
        "it: such measures, and those without any status, are not counted as overdue.",
    ),
    "report.t.by_day": (
        "spätestens {day}",
        "by {day} at the latest",
    ),
    "report.t.deadline.none": (
        "keine Frist im Plan",
        "no deadline in the plan",
    ),
    "report.t.deadline.ahead": (
        "Frist {deadline}, noch {days}",
        "deadline {deadline}, {days} left",
    ),
    "report.t.deadline.today": (
        "Frist {deadline}, am Stichtag",
        "deadline {deadline}, the day of the report",
    ),
    "report.t.deadline.met": (
        "Frist {deadline} erfüllt",
        "deadline {deadline} met",
    ),
    "report.t.deadline.not_met": (
        "Frist {deadline} nicht erfüllt",
        "deadline {deadline} not met",
    ),
    "report.t.deadline.no_evidence": (
        "Frist {deadline} verstrichen, Erfüllung nicht belegt",
        "deadline {deadline} passed, no evidence that it was met",
    ),
    "report.t.district_chart_title": (
        "Quartierslabore je Stadtbezirk am {day}",
        "Quartierslabore by district on {day}",
    ),
    "report.t.compass": (
        "↑ Norden",
        "↑ north",
    ),
    "report.t.coverage": (
        "{covered} von {total} Stadtbezirken mit durchgeführtem Quartierslabor erfasst "
        "({deadline}).",
        "{covered} of {total} districts with a Quartierslabor held recorded ({deadline}).",
    ),
    "report.t.coverage.rule": (
        "Ein Stadtbezirk gilt als abgedeckt, sobald eines seiner Quartierslabore durchgeführt "
        "ist; ein nur auf Jahr oder Monat datiertes Labor zählt ab dem letzten Tag dieses "
        "Zeitraums.",
        "A district counts as covered once one of its Quartierslabore has been held; a lab "
        "dated only to the year or the month counts from the last day of that period.",
    ),
    "report.t.meetings.at_least": (
        ", mindestens {need} im Jahr",
        ", at least {need} a year",
    ),
    "report.t.meetings.held": (
        "{year} (bis {day}): {meetings} erfasst{at_least}.",
        "{year} (to {day}): {meetings} recorded{at_least}.",
    ),
    "report.t.meetings.none": (
        "{year} (bis {day}): keine Sitzung erfasst{at_least}. Nicht erfasst heißt nicht, dass "
        "keine stattgefunden hat.",
        "{year} (to {day}): no meeting recorded{at_least}. Not recorded does not mean that none "
        "took place.",
    ),
    "report.t.not_yet": (
        "Am {day} bestand die Vollversammlung noch nicht: Sie wurde am {established} "
        "eingerichtet ({body}).",
        "On {day} the Vollversammlung did not exist yet: it was established on {established} "
        "({body}).",
    ),
    "report.t.appointed": (
        "berufen am {day}",
        "appointed on {day}",
    ),
    "report.t.voting": (
        "{institutions} Institutionen + {ex_officio} kraft Amtes + {council} aus den "
        "Ratsfraktionen = {voting} (vorgesehen: {intended})",
        "{institutions} institutions + {ex_officio} ex officio + {council} from the council's "
        "Fraktionen = {voting} (intended: {intended})",
    ),
    "report.t.card.overdue": (
        "nach der Fälligkeit als nicht abgeschlossen erfasst",
        "recorded as unfinished after being due",
    ),
    "report.t.card.unknown": (
        "weitere {n} mit verstrichener Frist und unbekanntem Stand",
        "{n} more: past due, status unknown",
    ),
    "report.t.card.assumed": (
        "Fristen angenommen (Arbeitsannahme des Plans, nicht des Rates)",
        "deadlines assumed (the plan's working assumption, not the council's)",
    ),
    "report.t.unknown_note": (
        "„unbekannt“ heißt: kein Stand erfasst. Das bedeutet nicht, dass nichts geschehen ist.",
        "“unknown” means: no status recorded. It does not mean that nothing happened.",
    ),
    "report.t.horizon_due": (
        "{label} {months} Monate nach dem {decided} → {due}",
        "{label} {months} months after {decided} → {due}",
    ),
    "report.t.assume.horizons": (
        "Die Fälligkeit je Umsetzungshorizont ist eine Arbeitsannahme des Plans (horizon_policy "
        "in measures.yaml), keine Vorgabe des Beschlusses: {horizons}.",
        "The due date of each horizon is the plan's working assumption (horizon_policy in "
        "measures.yaml), not part of the decision: {horizons}.",
    ),
    "report.t.assume.unknown": (
        "{note} Ohne erfassten Stand am {day}: {measures}.",
        "{note} Without a recorded status on {day}: {measures}.",
    ),
    "report.t.assume.partial_dates": (
        "Ein nur auf Monat oder Jahr bekanntes Datum zählt ab dem letzten Tag dieses Zeitraums "
        "(2023 ab 31.12.2023).",
        "A date known only to the month or the year counts from the last day of that period "
        "(2023 from 31.12.2023).",
    ),
    "report.t.assume.seats": (
        "Die Sitzverteilung der Vollversammlung ist aus den erfassten Mandaten berechnet; mit "
        "„{likely}“ markierte Angaben stützen sich auf eine zuverlässige Quelle und sind nicht "
        "bestätigt.",
        "The seats of the Vollversammlung are computed from the recorded mandates; data marked "
        "“{likely}” rests on one reliable source and is not confirmed.",
    ),
}
