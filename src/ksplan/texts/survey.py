"""Texts of the status survey (:mod:`ksplan.survey`): the workbooks and the import."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "survey.round": ("Statusabfrage {year}", "status survey {year}"),
    "survey.source": (
        "{round}, Rückmeldung {body} vom {day}",
        "{round}, answer of {body} of {day}",
    ),
    "survey.source_head": ("{round}, Rückmeldung ", "{round}, answer of "),
    "survey.source_contact": ("; Ansprechperson: {contact}", "; contact: {contact}"),
    "survey.sheet.guide": ("Anleitung", "Instructions"),
    "survey.sheet.measures": ("Maßnahmen", "Measures"),
    "survey.col.id": ("Nr.", "No."),
    "survey.col.title": ("Maßnahme", "Measure"),
    "survey.col.horizon": ("Umsetzungshorizont", "Horizon"),
    "survey.col.due": ("Fällig am", "Due on"),
    "survey.col.due_basis": ("Grundlage der Frist", "Basis of the due date"),
    "survey.col.status": ("Stand bisher", "Status so far"),
    "survey.col.status_date": ("Stand vom", "Status of"),
    "survey.col.new_status": ("Neuer Stand", "New status"),
    "survey.col.new_date": ("Stand am (Datum)", "Status on (date)"),
    "survey.col.note": ("Bemerkung", "Note"),
    "survey.col.contact": ("Quelle / Ansprechperson", "Source / contact"),
    "survey.basis.plan": ("Plan", "plan"),
    "survey.basis.assumed": ("angenommen", "assumed"),
    "survey.guide.title": ("{round} – {body}", "{round} – {body}"),
    "survey.guide.as_of": (
        "Masterplan Kommunale Sicherheit Dortmund – Stand der Liste: {day}",
        "Masterplan Kommunale Sicherheit Dortmund – list as of {day}",
    ),
    "survey.guide.what": (
        "Im Blatt „{sheet}“ stehen die {count} Maßnahmen, für die Ihre Stelle (mit) zuständig "
        "ist. Bitte tragen Sie für jede Maßnahme ein, wie weit sie umgesetzt ist:",
        "The sheet '{sheet}' lists the {count} measures your body is (jointly) responsible for. "
        "Please enter for each measure how far it has been implemented:",
    ),
    "survey.guide.status": (
        "• Spalte {column} „Neuer Stand“: aus der Auswahlliste – {words}.",
        "• Column {column} 'New status': from the dropdown – {words}.",
    ),
    "survey.guide.date": (
        "• Spalte {column}: das Datum, an dem dieser Stand galt, z. B. 15.03.2026 (nicht vor "
        "dem {decision}, nicht in der Zukunft). Ist nur der Monat bekannt, schreiben Sie den "
        "Monat, z. B. 03.2026; ist nur das Jahr bekannt, das Jahr, z. B. 2025. Ein Monat oder "
        "Jahr gilt ab seinem letzten Tag: Er muss also vorbei sein.",
        "• Column {column}: the day this status was true, e.g. 15.03.2026 (not before "
        "{decision}, not in the future). If only the month is known, write the month, e.g. "
        "03.2026; if only the year is known, the year, e.g. 2025. A month or year counts from "
        "its last day, so it must be over.",
    ),
    "survey.guide.note": (
        "• Spalte {column}: eine kurze Bemerkung (freiwillig), z. B. was noch fehlt.",
        "• Column {column}: a short note (optional), e.g. what is still missing.",
    ),
    "survey.guide.contact": (
        "• Spalte {column}: worauf sich Ihre Angabe stützt, oder wer Rückfragen beantwortet "
        "(freiwillig).",
        "• Column {column}: what your answer rests on, or who answers questions (optional).",
    ),
    "survey.guide.empty": (
        "Wenn Sie den Stand einer Maßnahme nicht kennen, lassen Sie die Zeile leer: Leere "
        "Zeilen werden nicht übernommen.",
        "If you do not know the status of a measure, leave its row empty: empty rows are not "
        "taken over.",
    ),
    "survey.guide.locked": (
        "Die grauen Spalten A bis {last} sind gesperrt; bitte fügen Sie keine Zeilen, Spalten "
        "oder Blätter ein und benennen Sie nichts um.",
        "The grey columns A to {last} are locked; please do not insert rows, columns or sheets "
        "and do not rename anything.",
    ),
    "survey.guide.no_formulas": (
        "Bitte tragen Sie Werte ein, keine Formeln und keine Makros: Eine Datei mit Formeln "
        "oder Makros wird nicht übernommen. Speichern Sie die Datei ohne Kennwort im Format "
        ".xlsx.",
        "Please enter values, no formulas and no macros: a file with formulas or macros is not "
        "taken over. Save the file without a password in the .xlsx format.",
    ),
    "survey.guide.assumed": (
        "„angenommen“ in der Spalte „Grundlage der Frist“: Die Frist ist aus der "
        "Arbeitsannahme des Plans je Umsetzungshorizont abgeleitet, nicht vom Rat beschlossen.",
        "'assumed' in the column 'Basis of the due date': the date is derived from the plan's "
        "working assumption per horizon, not decided by the council.",
    ),
    "survey.guide.return": (
        "Bitte senden Sie die ausgefüllte Datei unverändert benannt zurück an: {office}.",
        "Please send the completed file back, with its name unchanged, to: {office}.",
    ),
    "survey.dv.error_title": ("Kein Stand", "Not a status"),
    "survey.dv.error": (
        "Bitte wählen Sie einen Stand aus der Liste: {words}.",
        "Please choose a status from the list: {words}.",
    ),
    "survey.dv.prompt": (
        "Bitte aus der Liste wählen; leer lassen, wenn unbekannt.",
        "Please choose from the list; leave empty if unknown.",
    ),
    "survey.dv.date_title": ("Kein Datum", "Not a date"),
    "survey.dv.date_error": (
        "Bitte ein Datum eintragen: 15.03.2026, nur der Monat 03.2026 oder nur das Jahr 2025 – "
        "nicht vor dem {decision}, nicht in der Zukunft.",
        "Please enter a date: 15.03.2026, the month alone 03.2026 or the year alone 2025 – not "
        "before {decision}, not in the future.",
    ),
    "survey.dv.date_prompt": (
        "Datum, an dem der Stand galt, z. B. 15.03.2026; nur Monat: 03.2026; nur Jahr: 2025",
        "The day the status was true, e.g. 15.03.2026; month only: 03.2026; year only: 2025",
    ),
    "survey.at.sheet": ("Blatt „{sheet}“", "sheet '{sheet}'"),
    "survey.at.row": ("Blatt „{sheet}“, Zeile {row}", "sheet '{sheet}', row {row}"),
    "survey.at.cell": (
        "Blatt „{sheet}“, Zeile {row}, Spalte {column}",
        "sheet '{sheet}', row {row}, column {column}",
    ),
    "survey.refuse.not_file": ("Das ist keine Datei.", "This is not a file."),
    "survey.not_a_workbook": ("{path}: {why}", "{path}: {why}"),
    "survey.refuse.missing": ("Die Datei gibt es nicht.", "The file does not exist."),
    "survey.refuse.unreadable": (
        "Die Datei kann nicht gelesen werden ({reason}).",
        "The file cannot be read ({reason}).",
    ),
    "survey.refuse.too_big": (
        "Die Datei ist größer als {mb} MB; eine Statusabfrage ist viel kleiner – nicht übernommen.",
        "The file is larger than {mb} MB; a status survey is much smaller – not taken over.",
    ),
    "survey.refuse.unpacks_big": (
        "Die Datei ist entpackt größer als {mb} MB; eine Statusabfrage ist viel kleiner – nicht "
        "übernommen.",
        "The file unpacks to more than {mb} MB; a status survey is much smaller – not taken over.",
    ),
    "survey.refuse.encrypted": (
        "Die Datei ist mit einem Kennwort geschützt (verschlüsselt) und kann nicht gelesen "
        "werden. Bitte ohne Kennwort speichern und erneut senden lassen.",
        "The file is protected by a password (encrypted) and cannot be read. Please have it "
        "saved without a password and sent again.",
    ),
    "survey.refuse.old_format": (
        "Die Datei ist im alten Excel-Format (.xls), nicht die versandte .xlsx-Datei – nicht "
        "übernommen.",
        "The file is in the old Excel format (.xls), not the .xlsx file sent out – not taken over.",
    ),
    "survey.refuse.not_xlsx": (
        "Die Datei ist keine Excel-Arbeitsmappe (.xlsx) – nicht übernommen.",
        "The file is not an Excel workbook (.xlsx) – not taken over.",
    ),
    "survey.refuse.damaged": (
        "Die Datei ist beschädigt und kann nicht gelesen werden – nicht übernommen.",
        "The file is damaged and cannot be read – not taken over.",
    ),
    "survey.refuse.damaged_detail": (
        "Die Datei ist beschädigt und kann nicht gelesen werden ({reason}) – nicht übernommen.",
        "The file is damaged and cannot be read ({reason}) – not taken over.",
    ),
    "survey.refuse.macros": (
        "Die Datei enthält Makros (VBA) – aus Sicherheitsgründen nicht übernommen. Bitte als "
        "„Excel-Arbeitsmappe (.xlsx)“ ohne Makros speichern lassen.",
        "The file contains macros (VBA) – not taken over, for safety. Please have it saved as "
        "an 'Excel workbook (.xlsx)' without macros.",
    ),
    "survey.refuse.not_ours": (
        "Die Datei ist keine Statusabfrage von ksplan (die Kennung fehlt) – nicht übernommen. "
        "Bitte die versandte Datei ausfüllen lassen.",
        "The file is not a ksplan status survey (its mark is missing) – not taken over. Please "
        "have the file that was sent out filled in.",
    ),
    "survey.refuse.unknown_body": (
        "Die Datei ist für die Stelle „{body}“, die der Plan nicht kennt – nicht übernommen.",
        "The file is for the body '{body}', which the plan does not know – not taken over.",
    ),
    "survey.sheet_missing": (
        "Das Blatt fehlt oder wurde umbenannt – nicht übernommen.",
        "The sheet is missing or was renamed – not taken over.",
    ),
    "survey.columns_changed": (
        "Die Spaltenüberschriften wurden verändert oder Spalten eingefügt – nicht übernommen.",
        "The column headings were changed or columns inserted – not taken over.",
    ),
    "survey.too_many_rows": (
        "Das Blatt hat mehr als {max} Zeilen – nicht übernommen.",
        "The sheet has more than {max} rows – not taken over.",
    ),
    "survey.formula": (
        "Hier steht eine Formel statt eines Wertes; Formeln werden nicht ausgewertet. Bitte den "
        "Wert eintragen – Zeile nicht übernommen.",
        "There is a formula here instead of a value; formulas are not evaluated. Please enter "
        "the value – row not taken over.",
    ),
    "survey.unknown_measure": (
        "„{typed}“ ist keine Maßnahme dieser Statusabfrage – Zeile nicht übernommen.",
        "'{typed}' is not a measure of this survey – row not taken over.",
    ),
    "survey.twice": (
        "{id} steht schon in Zeile {first} – Zeile nicht übernommen.",
        "{id} is already in row {first} – row not taken over.",
    ),
    "survey.no_status_but": (
        "Kein neuer Stand angegeben, aber Spalte {columns} ausgefüllt – bitte den Stand ergänzen.",
        "No new status given, but column {columns} filled in – please add the status.",
    ),
    "survey.bad_status": (
        "„{typed}“ ist kein Status; erlaubt: {allowed}",
        "'{typed}' is not a status; allowed: {allowed}",
    ),
    "survey.unknown_is_no_answer": (
        "„unbekannt“ ist keine Rückmeldung – bitte die Zelle leer lassen; erlaubt: {allowed}",
        "'unknown' is not an answer – please leave the cell empty; allowed: {allowed}",
    ),
    "survey.date_missing": (
        "Das Datum fehlt: An welchem Tag galt der Stand?",
        "The date is missing: on which day was the status true?",
    ),
    "survey.date_with_time": (
        "„{value}“ enthält eine Uhrzeit; bitte nur das Datum eintragen.",
        "'{value}' includes a time of day; please enter the date only.",
    ),
    "survey.bad_date": (
        "„{typed}“ ist kein Datum; bitte z. B. 15.03.2026, nur den Monat 03.2026 oder nur das "
        "Jahr 2025 eintragen.",
        "'{typed}' is not a date; please enter e.g. 15.03.2026, the month alone 03.2026 or the "
        "year alone 2025.",
    ),
    "survey.date_future": (
        "{day} liegt nach heute ({today}); der Stand kann nur für einen vergangenen Tag "
        "gemeldet werden.",
        "{day} is after today ({today}); a status can only be reported for a day that has passed.",
    ),
    "survey.date_before_plan": (
        "{day} liegt vor dem Ratsbeschluss zum Masterplan ({decision}).",
        "{day} is before the council decided the masterplan ({decision}).",
    ),
    "survey.control_character": (
        "Der Text enthält ein Steuerzeichen, das der Plan nicht speichern kann.",
        "The text contains a control character the plan cannot store.",
    ),
    "survey.too_long": (
        "Der Text ist länger als {max} Zeichen; bitte kürzen.",
        "The text is longer than {max} characters; please shorten it.",
    ),
    "survey.body_twice": (
        "Für diese Stelle ({body}) liegt schon eine Rückmeldung dieser Runde vor ({other}) – "
        "Datei nicht übernommen.",
        "There is already an answer of this body ({body}) in this round ({other}) – file not "
        "taken over.",
    ),
    "survey.out_not_folder": (
        "--out {path}: Das ist kein Ordner.",
        "--out {path}: this is not a folder.",
    ),
    "survey.body_without_measures": (
        "{body} ist für keine Maßnahme zuständig: Es gibt nichts abzufragen.",
        "{body} is responsible for no measure: there is nothing to ask.",
    ),
    # the command's output (views/survey.py)
    "survey.written": (
        "{path}: {body}, {count}",
        "{path}: {body}, {count}",
    ),
    "survey.written_total": (
        "{count} für die {round} geschrieben (Stand {day}).",
        "{count} for the {round} written (as of {day}).",
    ),
    "survey.noun.measures": ("Maßnahme|Maßnahmen", "measure|measures"),
    "survey.noun.workbooks": ("Arbeitsmappe|Arbeitsmappen", "workbook|workbooks"),
    "survey.noun.answers": ("Rückmeldung|Rückmeldungen", "answer|answers"),
    "survey.summary": (
        "{files}: {new} neu, {already} bereits erfasst, {conflicts} im Widerspruch, "
        "{passed} nicht übernommen (die Angabe einer anderen Stelle gilt), {problems} mit "
        "Fehlern, {unanswered} ohne Angabe.",
        "{files}: {new} new, {already} already recorded, {conflicts} in conflict, "
        "{passed} not recorded (another body's answer counts), {problems} with errors, "
        "{unanswered} unanswered.",
    ),
    "survey.noun.files": ("Datei|Dateien", "file|files"),
    "survey.conflicts_head": (
        "Widersprüchliche Rückmeldungen – für diese Maßnahmen wird nichts übernommen (mit "
        "--prefer STELLE wird die Angabe dieser Stelle übernommen):",
        "Conflicting answers – nothing is recorded for these measures (--prefer BODY records "
        "that body's answer):",
    ),
    "survey.conflict_answer": (
        "    {body}: {status} ({day}) – {file}, Zeile {row}",
        "    {body}: {status} ({day}) – {file}, row {row}",
    ),
    "survey.conflict_recorded": (
        "    {body}: {status} – bereits erfasst",
        "    {body}: {status} – already recorded",
    ),
    "survey.passed_over": (
        "Nicht übernommen (--prefer): {id} {body}: {status}",
        "Not recorded (--prefer): {id} {body}: {status}",
    ),
    "survey.passed_over_recorded": (
        "Nicht übernommen: {id} {body}: {status} – bereits erfasst ist die Angabe von "
        "{other}: {other_status}.",
        "Not recorded: {id} {body}: {status} – the answer of {other} is already recorded: "
        "{other_status}.",
    ),
    "survey.preview_head": (
        "So würde sich der Plan ändern (nichts geschrieben; mit --apply übernehmen):",
        "This is how the plan would change (nothing written; --apply records it):",
    ),
    "survey.side.plan": ("Plan", "plan"),
    "survey.side.answers": ("mit den Rückmeldungen", "with the answers"),
    "survey.nothing_new": (
        "Nichts Neues zu übernehmen.",
        "Nothing new to record.",
    ),
    "survey.refused_apply": (
        "Es gibt Fehler in den Rückmeldungen: Nichts wurde übernommen. Bitte die genannten "
        "Zellen korrigieren (lassen) und erneut einlesen.",
        "The answers have errors: nothing was recorded. Please have the cells named corrected "
        "and import again.",
    ),
    "survey.applied": (
        "{count} in den Verlauf der Maßnahmen übernommen – gespeichert in {folder}",
        "{count} recorded as status entries – written to {folder}",
    ),
    "survey.not_all": (
        "Nicht alles konnte übernommen werden (siehe oben).",
        "Not everything could be recorded (see above).",
    ),
    # help screens (views/help.py)
    "help.survey": (
        "Die Statusabfrage: Arbeitsmappen für die zuständigen Stellen, Rückmeldungen einlesen.",
        "The status survey: workbooks for the responsible bodies, answers read back.",
    ),
    "help.survey.export": (
        "Je zuständige Stelle eine Excel-Arbeitsmappe mit ihren Maßnahmen schreiben, zum "
        "Ausfüllen und Zurücksenden (statusabfrage-JAHR-STELLE.xlsx).",
        "Write one Excel workbook per responsible body with its measures, to be filled in and "
        "returned (statusabfrage-YEAR-BODY.xlsx).",
    ),
    "help.survey.export.body": (
        "Nur für diese Stelle (Kennung oder Name); mehrfach möglich. Ohne Angabe: jede Stelle "
        "mit Maßnahmen.",
        "Only for this body (ID or name); may be given more than once. Without it: every body "
        "with measures.",
    ),
    "help.survey.export.metavar.body": ("STELLE", "BODY"),
    "help.survey.export.out": (
        "Der Ordner für die Arbeitsmappen (wird angelegt). Ohne Angabe: der aktuelle Ordner.",
        "The folder for the workbooks (created if missing). Without it: the current folder.",
    ),
    "help.survey.export.metavar.out": ("ORDNER", "FOLDER"),
    "help.survey.export.exit": (
        "Exit-Status: 0 geschrieben, 2 bei einem Fehler im Aufruf oder einem unlesbaren Plan.",
        "Exit status: 0 written, 2 for a wrong command line or an unreadable plan.",
    ),
    "help.survey.import": (
        "Zurückgesandte Arbeitsmappen Zeile für Zeile prüfen und zeigen, was sich am Plan "
        "ändern würde; mit --apply in den Verlauf der Maßnahmen übernehmen.",
        "Check returned workbooks row by row and show how the plan would change; --apply "
        "records the answers in the measures' histories.",
    ),
    "help.survey.import.files": (
        "Die zurückgesandten Arbeitsmappen (.xlsx).",
        "The returned workbooks (.xlsx).",
    ),
    "help.survey.import.metavar.files": ("DATEI", "FILE"),
    "help.survey.import.apply": (
        "Die Rückmeldungen übernehmen (nur, wenn keine Zeile einen Fehler hat).",
        "Record the answers (only when no row has a problem).",
    ),
    "help.survey.import.prefer": (
        "Wo Stellen für dieselbe Maßnahme Verschiedenes melden: die Angabe dieser Stelle "
        "übernehmen; mehrfach möglich.",
        "Where bodies answer differently for the same measure: record this body's answer; may "
        "be given more than once.",
    ),
    "help.survey.import.metavar.prefer": ("STELLE", "BODY"),
    "help.survey.import.exit": (
        "Exit-Status: 0 alles übernommen (oder übernehmbar), 1 eine Zeile hat einen Fehler, "
        "eine Datei wurde abgelehnt oder Rückmeldungen widersprechen sich, 2 bei einem Fehler "
        "im Aufruf oder einem unlesbaren Plan.",
        "Exit status: 0 everything recorded (or recordable), 1 a row has a problem, a file was "
        "refused or answers conflict, 2 for a wrong command line or an unreadable plan.",
    ),
}
