"""Texts of the edit commands (:mod:`ksplan.edits`)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "edit.no_measures": (
        "Der Plan enthält keine Maßnahmen: Es gibt keinen Stand zu setzen.",
        "The plan lists no measures: there is no status to set.",
    ),
    "edit.status_changed": (
        "{id}: Stand {before} → {after} ({day})",
        "{id}: status {before} → {after} ({day})",
    ),
    "edit.status_added": (
        "{id}: Verlaufseintrag „{status}“ ({day}) ergänzt",
        "{id}: status entry '{status}' ({day}) added to the history",
    ),
    "edit.no_lab_status": (
        "„{typed}“ ist kein Stand eines Quartierslabors. Möglich sind: durchgeführt (held), "
        "geplant (planned), unbekannt (unknown)",
        "'{typed}' is not a state of a Quartierslabor. Use one of: held, planned, unknown",
    ),
    "edit.lab_added": (
        "{district}: Quartierslabor{quarter} ({when}{status}) ergänzt",
        "{district}: Quartierslabor{quarter} ({when}{status}) added",
    ),
    "edit.meeting_added": (
        "Vollversammlung: Sitzung am {day} ergänzt",
        "Vollversammlung: meeting on {day} added",
    ),
    "edit.no_report_kind": (
        "„{typed}“ ist keine Art von Bericht. Möglich sind: rat (Bericht an den Rat), aboeoab "
        "(Zwischenbericht an den ABöOAB)",
        "'{typed}' is not a kind of report. Use one of: rat (to the Rat), aboeoab (to the ABöOAB)",
    ),
    "edit.report_added.rat": (
        "Bericht an den Rat am {day} ergänzt",
        "report to the Rat on {day} added",
    ),
    "edit.report_added.aboeoab": (
        "Zwischenbericht an den ABöOAB am {day} ergänzt",
        "report to the ABöOAB on {day} added",
    ),
    "edit.written": ("{done} — gespeichert in {folder}", "{done} — written to {folder}"),
    "edit.wrote": (
        "geschrieben: {path}",
        "wrote {path}",
    ),
}
