"""Texts of the exports (:mod:`ksplan.exports`): workbook headers, calendar entries."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "export.title": ("{title} – Auswertung", "{title} – overview"),
    "export.sheet.measures": ("Maßnahmen", "Measures"),
    "export.sheet.overdue": ("Überfällig", "Overdue"),
    "export.sheet.coverage": ("Quartierslabore", "Quartierslabore"),
    "export.sheet.seats": ("Sitze", "Seats"),
    "export.sheet.orders": ("Aufträge", "Orders"),
    "export.col.id": ("Nr.", "No."),
    "export.col.title": ("Maßnahme", "Measure"),
    "export.col.field": ("Handlungsfeld", "Handlungsfeld"),
    "export.col.horizon": ("Umsetzungshorizont", "Horizon"),
    "export.col.owners": ("Zuständig", "Responsible"),
    "export.col.due": ("Fällig am", "Due on"),
    "export.col.due_basis": ("Grundlage der Frist", "Basis of the due date"),
    "export.col.status": ("Stand", "Status"),
    "export.col.status_date": ("Stand vom", "Status of"),
    "export.col.certainty": ("Beleg", "Evidence"),
    "export.col.state": ("Lage", "State"),
    "export.col.days": ("Tage seit Fälligkeit", "Days past due"),
    "export.col.district": ("Stadtbezirk", "Stadtbezirk"),
    "export.col.district_state": (
        "Quartierslabor im Stadtbezirk (Stand {day})",
        "Quartierslabor in the Stadtbezirk (as of {day})",
    ),
    "export.col.quarter": ("Quartier", "Quarter"),
    "export.col.lab_state": ("Quartierslabor", "Quartierslabor"),
    "export.col.lab_date_text": ("Datum laut Plan", "Date per plan"),
    "export.col.lab_date": ("Datum (Tag bekannt)", "Date (day known)"),
    "export.col.lab_note": ("Hinweis", "Note"),
    "export.lab_date.held_by": ("spätestens {day}", "by {day} at the latest"),
    "export.lab_date.held_after": ("nach dem {day}", "after {day}"),
    "export.district_unknown": ("(Stadtbezirk nicht belegt)", "(Stadtbezirk not recorded)"),
    "export.col.note": ("Hinweis", "Note"),
    "export.col.order": ("Auftrag", "Order"),
    "export.col.outcome": ("Ergebnis", "Outcome"),
    "export.col.given_by": ("erteilt von", "given by"),
    "export.col.given_on": ("erteilt am", "given on"),
    "export.col.source": ("Quelle", "Source"),
    "export.col.evidence": ("Belege", "Evidence"),
    "export.certainty.confirmed": ("bestätigt", "confirmed"),
    "export.certainty.likely": ("wahrscheinlich", "likely"),
    "export.state.overdue": ("überfällig", "overdue"),
    "export.state.status_unknown": (
        "Frist verstrichen, Stand unbekannt",
        "past due, status unknown",
    ),
    "export.as_of": ("Stand: {day}", "As of {day}"),
    "export.deadline": ("Frist: {day}", "Deadline: {day}"),
    "export.yes": ("ja", "yes"),
    "export.seats_note": (
        "Ratsperiode {term}: {seats} Sitze, {total} Mandate; Quoten exakt als Bruch.",
        "Council term {term}: {seats} seats, {total} mandates; quotas exact as fractions.",
    ),
    "export.lot": (
        "Los: {seats} Sitz(e) zwischen {names} – das Los entscheidet (§ 50 Abs. 3 GO NRW).",
        "Lot: {seats} seat(s) between {names} – to be drawn (§ 50 Abs. 3 GO NRW).",
    ),
    "export.written": ("geschrieben: {path}", "written: {path}"),
    "export.out_is_folder": (
        "--out {path}: Das ist ein Ordner; bitte einen Dateinamen angeben.",
        "--out {path}: this is a folder; give a file name.",
    ),
    "export.out_not_folder": (
        "--out {path}: Das ist kein Ordner.",
        "--out {path}: this is not a folder.",
    ),
    "export.out_plan_file": (
        "--out {path} ist eine Datei des Plans selbst; die Ausgabe würde sie ersetzen",
        "--out {path} is a file of the plan itself; the output would replace it",
    ),
    "export.unwritable": (
        "--out {path}: kann dort nicht geschrieben werden ({reason})",
        "--out {path}: cannot be written there ({reason})",
    ),
    "export.unknown_format": (
        "--format {typed}: unbekannt; möglich sind xlsx, ics, datapackage.",
        "--format {typed}: unknown; use xlsx, ics or datapackage.",
    ),
    "ics.calendar_name": ("{title} ({city})", "{title} ({city})"),
    "ics.category.due": ("Fälligkeit", "Due date"),
    "ics.category.labs": ("Quartierslabore", "Quartierslabore"),
    "ics.category.order": ("Auftrag", "Order"),
    "ics.category.report": ("Bericht", "Report"),
    "ics.category.meeting": ("Sitzung", "Meeting"),
    "ics.measure.summary": ("Fällig: {id} {title}", "Due: {id} {title}"),
    "ics.measure.summary_assumed": (
        "Fällig (angenommen): {id} {title}",
        "Due (assumed): {id} {title}",
    ),
    "ics.measure.status": (
        "Zuletzt erfasster Stand bis {day}: {status} (vom {when}, {certainty})",
        "Last status recorded by {day}: {status} (of {when}, {certainty})",
    ),
    "ics.measure.no_status": (
        "Bis {day} ist kein Stand erfasst.",
        "No status recorded by {day}.",
    ),
    "ics.measure.owners": ("Zuständig: {owners}", "Responsible: {owners}"),
    "ics.measure.assumed": (
        "Frist angenommen: aus der Arbeitsannahme des Plans je Umsetzungshorizont abgeleitet, "
        "nicht vom Rat beschlossen.",
        "Due date assumed: derived from the plan's working assumption per horizon, not decided "
        "by the council.",
    ),
    "ics.measure.plan": ("Frist laut Plan.", "Due date per plan."),
    "ics.labs_deadline": ("Frist: {title}", "Deadline: {title}"),
    "ics.order.due": ("Frist: {title}", "Deadline: {title}"),
    "ics.order.period": ("Frist {period}: {title}", "Deadline {period}: {title}"),
    "ics.order.description": ("„{quote}“\nQuelle: {source}", "“{quote}”\nSource: {source}"),
    "ics.meeting": ("Sitzung: {name}", "Meeting: {name}"),
    "ics.source": ("Quelle: {source}", "Source: {source}"),
    # help screens (views/help.py)
    "help.export": (
        "Der Plan für andere Programme: eine Excel-Arbeitsmappe (xlsx), ein Kalender (ics) "
        "oder offene Daten (datapackage: CSV-Dateien mit datapackage.json).",
        "The plan for other programs: an Excel workbook (xlsx), a calendar (ics) or open data "
        "(datapackage: CSV files with datapackage.json).",
    ),
    "help.export.fmt": (
        "xlsx, ics oder datapackage.",
        "xlsx, ics or datapackage.",
    ),
    "help.export.out": (
        "Die Datei (xlsx, ics) oder der Ordner (datapackage). Ohne Angabe: masterplan.xlsx, "
        "masterplan.ics oder der Ordner masterplan-datapackage.",
        "The file (xlsx, ics) or folder (datapackage). Without it: masterplan.xlsx, "
        "masterplan.ics or the folder masterplan-datapackage.",
    ),
    "help.export.exit": (
        "Exit-Status: 0 geschrieben, 2 bei einem Fehler im Aufruf oder einem unlesbaren Plan.",
        "Exit status: 0 written, 2 for a wrong command line or an unreadable plan.",
    ),
}
