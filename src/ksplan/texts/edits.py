"""Texts of the edit commands (:mod:`ksplan.edits`)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "edit.text.blank": (
        "{option} darf nicht leer sein: Bitte angeben, woher die Angabe stammt.",
        "{option} must not be empty: say where this comes from.",
    ),
    "edit.text.invisible": (
        "{option}: Der Text enthält das unsichtbare oder die Schreibrichtung ändernde Zeichen "
        "{code}; solche Zeichen verbergen oder vertauschen, was Leser des Plans sehen, und "
        "werden nicht gespeichert. Bitte den Text neu eingeben.",
        "{option}: the text contains the invisible or direction-changing character {code}; such "
        "characters hide or reorder what readers of the plan see and are not stored. Please "
        "type the text again.",
    ),
    "edit.text.not_utf8": (
        "{option}: Der Text enthält das Byte {byte}, das kein UTF-8 ist; bitte neu eingeben "
        "(oder das Terminal auf UTF-8 stellen).",
        "{option}: the text contains the byte {byte}, which is not UTF-8; type the text again "
        "(or set the terminal to UTF-8).",
    ),
    "edit.text.invalid": (
        "{option}: Der Text enthält ein ungültiges Zeichen ({code}).",
        "{option}: the text contains an invalid character ({code}).",
    ),
    "edit.text.control": (
        "{option}: Der Text enthält das Steuerzeichen {code}; Steuerzeichen können in "
        "Plandateien nicht stehen.",
        "{option}: the text contains the control character {code}; control characters are not "
        "allowed in plan files.",
    ),
    "edit.what.status": ("Ein Stand", "A status"),
    "edit.what.field": ("Ein benanntes Handlungsfeld", "A Handlungsfeld named"),
    "edit.what.step": ("Ein Schritt", "A step"),
    "edit.what.input": ("Eine Eingabe", "An input"),
    "edit.work.step_known": (
        "Der Schritt „{step}“ am {day} ist schon erfasst; nichts geändert.",
        "The step '{step}' on {day} is already recorded; nothing changed.",
    ),
    "edit.work.step_before": (
        "Der Schritt liegt vor dem letzten erfassten Schritt ({last}); der Verlauf wird der "
        "Reihe nach erfasst. Bitte das Datum prüfen (ein früherer Schritt wird von Hand an "
        "seiner Stelle in assembly.yaml ergänzt).",
        "The step lies before the last step recorded ({last}); a course is recorded in order. "
        "Please check the date (an earlier step is added by hand, in its place in "
        "assembly.yaml).",
    ),
    "edit.work.input_before_lab": (
        "Die Eingabe liegt vor dem Quartierslabor „{lab}“ ({day}), aus dem sie stammt; bitte "
        "das Datum prüfen (--date).",
        "The input lies before the Quartierslabor '{lab}' ({day}) it comes from; please check "
        "the date (--date).",
    ),
    "edit.what.lab": ("Ein durchgeführtes Quartierslabor", "A Quartierslabor held"),
    "edit.what.meeting": ("Eine Sitzung", "A meeting"),
    "edit.what.report": ("Ein gegebener Bericht", "A report given"),
    "edit.date.future": (
        "{what} vom {day} liegt nach heute; erfasst wird nur, was geschehen ist. Bitte das "
        "Datum prüfen (--date).",
        "{what} of {day} lies after today; only what has happened is recorded. Please check "
        "the date (--date).",
    ),
    "edit.date.too_early": (
        "{what} vom {day} liegt vor dem Ratsbeschluss zum Masterplan ({decided}); bitte das "
        "Datum prüfen.",
        "{what} of {day} lies before the council decided the masterplan ({decided}); please "
        "check the date.",
    ),
    "edit.lab_needs_date": (
        "Für ein durchgeführtes Quartierslabor bitte mit --date angeben, wann es stattfand, so "
        "genau wie bekannt (z. B. --date 14.05.2024, --date 2024-05 oder --date 2024); ein "
        "geplantes Labor: --status geplant.",
        "For a Quartierslabor held, give with --date when it took place, as precisely as known "
        "(e.g. --date 14.05.2024, --date 2024-05 or --date 2024); a planned lab: --status "
        "planned.",
    ),
    "edit.covers_rat_only": (
        "--covers gilt nur für einen Bericht an den Rat (rat), nicht für den ABöOAB.",
        "--covers applies only to a report to the Rat (rat), not to the ABöOAB.",
    ),
    "edit.covers_year": (
        "--covers {covers}: Bitte das Jahr angeben, über das der Bericht berichtet "
        "(1900 … {last}).",
        "--covers {covers}: give the year the report is about (1900 … {last}).",
    ),
    "edit.known.status": (
        "{id}: Der Stand „{status}“ am {day} ist schon erfasst; nichts geändert.",
        "{id}: the status '{status}' on {day} is already recorded; nothing changed.",
    ),
    "edit.known.lab": (
        "{district}: Dieses Quartierslabor ({day}) ist schon erfasst; nichts geändert.",
        "{district}: this Quartierslabor ({day}) is already recorded; nothing changed.",
    ),
    "edit.known.meeting": (
        "Vollversammlung: Die Sitzung am {day} ist schon erfasst; nichts geändert.",
        "Vollversammlung: the meeting on {day} is already recorded; nothing changed.",
    ),
    "edit.known.report.rat": (
        "Der Bericht an den Rat vom {day} ist schon erfasst; nichts geändert.",
        "The report to the Rat of {day} is already recorded; nothing changed.",
    ),
    "edit.known.report.aboeoab": (
        "Der Bericht an den ABöOAB vom {day} ist schon erfasst; nichts geändert.",
        "The report to the ABöOAB of {day} is already recorded; nothing changed.",
    ),
    "edit.status_back": (
        " – Hinweis: Der Stand geht damit zurück; bitte prüfen, ob das gemeint ist.",
        " — note: the status goes back with this; please check that this is meant.",
    ),
    "edit.unchanged": ("{done} (in {folder})", "{done} (in {folder})"),
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
    "edit.refused.unopenable_plain": (
        "sie lässt sich nicht zum Bearbeiten öffnen",
        "it cannot be opened for editing",
    ),
    "edit.hard_links": (
        "die Datei hat noch {links} (sie steht auch in einem anderen Ordner); eine Änderung "
        "würde sie von dort trennen",
        "the file has {links} (it is also in another folder); an edit would separate it from there",
    ),
    "edit.noun.hard_link": (
        "weiteren harten Link|weitere harte Links",
        "more hard link|more hard links",
    ),
}
