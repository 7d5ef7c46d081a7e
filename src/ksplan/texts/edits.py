"""Texts of the edit commands (:mod:`ksplan.edits`)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "edit.refused.invalid_before": (
        "Der Plan ist schon jetzt ungültig; bitte zuerst diese Probleme beheben (nichts wurde "
        "geschrieben).",
        "The plan is invalid as it is; fix these problems first (nothing was written).",
    ),
    "edit.refused.unstorable": (
        "Die Änderung lässt sich nicht in der Plandatei speichern, daher wurde nichts "
        "geschrieben (die Zeilennummern oben sind die der Datei, wie sie geworden wäre).",
        "The edit cannot be stored in the plan file, so nothing was written (line numbers "
        "above are those of the file as it would have been).",
    ),
    "edit.refused.invalid_after": (
        "Die Änderung würde den Plan ungültig machen, daher wurde nichts geschrieben (die "
        "Zeilennummern oben sind die der Datei, wie sie geworden wäre).",
        "The edit would make the plan invalid, so nothing was written (line numbers above "
        "are those of the file as it would have been).",
    ),
    "edit.refused.unwritable": (
        "{file} konnte nicht geschrieben werden ({reason}); die Datei ist unverändert.",
        "{file} could not be written ({reason}); it is unchanged.",
    ),
    "edit.refused.not_a_list": (
        "„{key}“ ist im Plan keine Liste; nichts wurde geschrieben.",
        "'{key}' is not a list in the plan; nothing was written.",
    ),
    "edit.refused.anchored": (
        "„{key}“ ist über einen Anker (&name) mit einer anderen Stelle verbunden; eine Änderung "
        "hier änderte beide, daher wurde nichts geschrieben – bitte von Hand ändern.",
        "'{key}' is shared with another place through an anchor (&name); an edit here would "
        "change both, so nothing was written — make this change by hand.",
    ),
    "edit.refused.unopenable": (
        "sie lässt sich nicht zum Bearbeiten öffnen ({reason})",
        "it cannot be opened for editing ({reason})",
    ),
    "edit.refused.not_editable": (
        "{file} kann von ksplan nicht bearbeitet werden, daher wurde nichts geschrieben: "
        "{reason}; bitte von Hand ändern.",
        "{file} cannot be edited by ksplan, so nothing was written: {reason}; make this "
        "change by hand.",
    ),
    "edit.refused.rewritten": (
        "Zeile {line} würde von „{before}“ zu „{after}“ umgeschrieben, eine Änderung fügt aber "
        "nur Zeilen hinzu",
        "line {line} would be rewritten from '{before}' to '{after}', but an edit changes only "
        "the lines it adds",
    ),
    "edit.refused.removed": ("(entfernt)", "(removed)"),
    "edit.refused.locked": (
        "Eine andere ksplan-Änderung an {folder} läuft noch; nichts wurde geschrieben – bitte "
        "gleich noch einmal versuchen.",
        "Another ksplan edit of {folder} is still running; nothing was written — try again in "
        "a moment.",
    ),
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
    "edit.fraktionen_set": (
        "Ratsperiode {term}: Fraktionen übernommen",
        "council term {term}: Fraktionen taken over",
    ),
    "edit.written": ("{done} — gespeichert in {folder}", "{done} — written to {folder}"),
    "edit.wrote": (
        "geschrieben: {path}",
        "wrote {path}",
    ),
}
