"""Texts of loading and checking a plan: what is wrong in which file, and validate's summary
(:mod:`ksplan.plan`, :mod:`ksplan.consistency`, :mod:`ksplan.dates`, :mod:`ksplan.yaml_reader`,
:mod:`ksplan.salvage`, :mod:`ksplan.output`).

Words of the data stay as they are written in the files: field names (``title``), IDs, kinds.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # --- how a found value is named (ksplan.dates.describe) -------------------------------
    "v.found.nothing": ("nichts (ein leerer Wert)", "nothing (an empty value)"),
    "v.found.bool": ("der Ja/Nein-Wert {value}", "the yes/no value {value}"),
    "v.found.number": ("die Zahl {digits}", "the number {digits}"),
    "v.found.digits": ("{head}… ({n} Ziffern)", "{head}… ({n} digits)"),
    "v.found.text": ("der Text '{value}'", "the text '{value}'"),
    "v.found.mapping": (
        "ein Abschnitt (Zeilen „Schlüssel: Wert“)",
        "a mapping (key: value lines)",
    ),
    "v.found.list": ("eine Liste", "a list"),
    # --- dates ----------------------------------------------------------------------------
    "v.date.year0": (
        "'{text}' ist kein Datum: Ein Jahr 0 gibt es nicht (die Jahre beginnen mit 1).",
        "'{text}' is not a date: there is no year 0 (the years start at 1)",
    ),
    "v.date.month": (
        "'{text}' ist kein Datum: Einen Monat {month} gibt es nicht.",
        "'{text}' is not a date: there is no month {month}",
    ),
    "v.date.day": (
        "'{text}' ist kein Datum: Der {month} {year} hat {last} Tage.",
        "'{text}' is not a date: {month} {year} has {last} days",
    ),
    "v.date.iso_found": (
        "Hier wird ein Datum erwartet, geschrieben als JJJJ-MM-TT (zum Beispiel 2024-12-31); "
        "gefunden wurde {found}.",
        "expected a date written as YYYY-MM-DD, found {found}",
    ),
    "v.date.iso_text": (
        "Hier wird ein Datum erwartet, geschrieben als JJJJ-MM-TT (zum Beispiel 2019-02-21); "
        "gefunden wurde '{value}'.",
        "expected a date written as YYYY-MM-DD (e.g. 2019-02-21), found '{value}'",
    ),
    "v.date.cli": (
        "'{value}' ist kein Datum: Bitte schreiben Sie es als 31.12.2024 oder 2024-12-31.",
        "'{value}' is not a date: write it as 31.12.2024 or 2024-12-31",
    ),
    "v.date.partial_found": (
        "Hier wird ein Datum erwartet, als JJJJ, JJJJ-MM oder JJJJ-MM-TT; gefunden wurde {found}.",
        "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found {found}",
    ),
    "v.date.partial_text": (
        "Hier wird ein Datum erwartet, als JJJJ, JJJJ-MM oder JJJJ-MM-TT (zum Beispiel 2024, "
        "2024-05 oder 2024-05-14); gefunden wurde '{value}'.",
        "expected a date as YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2024, 2024-05 or 2024-05-14), "
        "found '{value}'",
    ),
    # --- a field's value (ksplan.documents.explain) ----------------------------------------------
    "v.missing": (
        "Das Pflichtfeld '{field}' fehlt.",
        "the required field '{field}' is missing",
    ),
    "v.unknown_field": ("Das Feld '{field}' ist unbekannt{hint}", "unknown field '{field}'{hint}"),
    "v.did_you_mean": (" – meinten Sie '{name}'?", " — did you mean '{name}'?"),
    "v.hidden_in_key": (
        " – es enthält {hidden}, das man nicht sieht{hint}",
        " — it contains {hidden}, which cannot be seen{hint}",
    ),
    "v.hidden.control": ("das Steuerzeichen {label}", "the control character {label}"),
    "v.hidden.invisible": ("das unsichtbare Zeichen {label}", "the invisible character {label}"),
    "v.hidden.bidi": (
        "das Zeichen {label}, das die Schreibrichtung ändert",
        "the direction-changing character {label}",
    ),
    "v.expected_text": (
        "Hier wird ein Text erwartet; gefunden wurde {found}{hint}.",
        "expected text, found {found}{hint}",
    ),
    "v.quote_hint": (
        " (setzen Sie den Wert in Anführungszeichen, wenn er als Text gemeint ist)",
        " (put it in quotes if it is meant as text)",
    ),
    "v.expected_int": (
        "Hier wird eine ganze Zahl erwartet; gefunden wurde {found}.",
        "expected a whole number, found {found}",
    ),
    "v.expected_bool": (
        "Hier wird true (ja) oder false (nein) erwartet; gefunden wurde {found}.",
        "expected true or false, found {found}",
    ),
    "v.not_allowed": (
        "Hier ist {found} nicht zulässig; bitte verwenden Sie einen dieser Werte: {allowed}",
        "{found} is not allowed here; use one of: {allowed}",
    ),
    "v.expected_list": (
        "Hier wird eine Liste erwartet (Zeilen, die mit '- ' beginnen); gefunden wurde {found}.",
        "expected a list (lines starting with '- '), found {found}",
    ),
    "v.expected_mapping": (
        "Hier wird ein Abschnitt erwartet (Zeilen „Schlüssel: Wert“); gefunden wurde {found}.",
        "expected a mapping (key: value lines), found {found}",
    ),
    "v.or": ("{first} oder {last}", "{first} or {last}"),
    "v.empty": ("Dieses Feld darf nicht leer sein.", "must not be empty"),
    "v.too_long": (
        "Der Text ist zu lang ({length} Zeichen; erlaubt sind höchstens {limit}).",
        "is too long ({length} characters; at most {limit} are allowed)",
    ),
    "v.at_least": (
        "Der Wert muss mindestens {limit} sein; gefunden wurde {found}.",
        "must be at least {limit}, found {found}",
    ),
    "v.at_most": (
        "Der Wert darf höchstens {limit} sein; gefunden wurde {found}.",
        "must be at most {limit}, found {found}",
    ),
    "v.entries": (
        "Hier werden mindestens {n} Einträge gebraucht.",
        "needs at least {n} entries",
    ),
    # --- the models' own rules (ksplan.models) ----------------------------------------------
    "v.id.hidden": (
        "'{value}' ist keine gültige {what}: Sie enthält {hidden}, das man nicht sieht; bitte "
        "tippen Sie die ID neu.",
        "'{value}' is not a valid {what}: it contains {hidden}, which cannot be seen; type the "
        "ID again",
    ),
    "v.id.bad": (
        "'{value}' ist keine gültige {what} (erwartet wird zum Beispiel '{example}').",
        "'{value}' is not a valid {what} (expected e.g. '{example}')",
    ),
    "v.what.slug": (
        "ID: erlaubt sind Kleinbuchstaben a-z, Ziffern und Bindestriche",
        "ID: use lowercase letters a-z, digits and hyphens",
    ),
    "v.what.measure_id": (
        "Maßnahmen-ID: 'M' und zwei bis fünf Ziffern",
        "measure ID: 'M' and two to five digits",
    ),
    "v.what.term_id": ("Wahlperiode: zwei Jahreszahlen", "council term: two years"),
    "v.term.ends": (
        "Die Wahlperiode '{term}' muss nach ihrem Beginn enden.",
        "the term '{term}' must end after it starts",
    ),
    "v.lab.dated": (
        "Ein durchgeführtes Quartierslabor braucht 'date' (so genau wie bekannt), 'held_by' "
        "(der Tag, bis zu dem es stattgefunden hatte) oder 'held_after' (der Tag, nach dem es "
        "stattfand).",
        "a held Quartierslabor needs 'date' (as precise as known), 'held_by' (the day by which "
        "it had taken place) or 'held_after' (the day after which it took place)",
    ),
    "v.order.needs": (
        "Ein Auftrag der Art '{kind}' braucht '{name}'.",
        "an order of kind '{kind}' needs '{name}'",
    ),
    "v.order.foreign": (
        "'{name}' gehört nicht zu einem Auftrag der Art '{kind}'.",
        "'{name}' does not belong to an order of kind '{kind}'",
    ),
    "v.event.dated": (
        "Ein Ereignis braucht genau eines von 'date' (so genau wie bekannt) und 'before' (der "
        "Tag, vor dem es geschah).",
        "an event needs exactly one of 'date' (as precise as known) and 'before' (the day "
        "before which it happened)",
    ),
    "v.complete.why": (
        "Bitte geben Sie an, warum das Verzeichnis vollständig ist: mit 'source' oder 'note'.",
        "say why the record is complete: give 'source' or 'note'",
    ),
    # --- limits and folders (ksplan.plan) ---------------------------------------------------
    "v.too_many": (
        "{more} in dieser Datei sind nicht aufgeführt (nur {shown} sind es); bitte beheben Sie "
        "zuerst diese.",
        "{more} in this file are not listed (only {shown} are); fix these first",
    ),
    "v.more_problems": ("{n} weitere Probleme", "{n} more problems"),
    "v.more_problems_unknown": ("Weitere Probleme", "More problems"),
    "v.cannot_read": ("Der Plan kann nicht gelesen werden.", "the plan cannot be read"),
    "v.invalid": ("Der Plan ist fehlerhaft.", "the plan is invalid"),
    "v.folder.missing": (
        "Den Plan-Ordner {folder} gibt es nicht.",
        "the plan folder {folder} does not exist",
    ),
    "v.folder.missing_here": (
        "Diesen Plan-Ordner gibt es nicht.",
        "the plan folder does not exist",
    ),
    "v.folder.not_folder": ("{folder} ist kein Ordner.", "{folder} is not a folder"),
    "v.folder.file": (
        "Hier wird ein Plan-Ordner erwartet, keine Datei.",
        "a plan folder is expected here, not a file",
    ),
    "v.folder.no_plan": ("In {folder} ist kein Plan.", "there is no plan in {folder}"),
    "v.folder.no_files": (
        "Keine der Plan-Dateien ({files}) liegt in diesem Ordner: Ist es der Ordner des Plans "
        "(--plan)?",
        "none of the plan files ({files}) is in this folder: is it the plan's folder (--plan)?",
    ),
    "v.no_orders": (
        "Es gibt keine orders.yaml: Der Plan nennt keine Aufträge, 'check' hat also nichts zu "
        "prüfen.",
        "there is no orders.yaml: the plan declares no orders, so 'check' has nothing to check",
    ),
    # --- across fields and files (ksplan.consistency) ---------------------------------------
    "v.what.field": ("Handlungsfeld-ID", "Handlungsfeld ID"),
    "v.what.body": ("Stellen-ID", "body ID"),
    "v.what.measure": ("Maßnahmen-ID", "measure ID"),
    "v.what.term": ("Wahlperiode", "council term"),
    "v.what.working_group": ("Arbeitsgruppen-ID", "working group ID"),
    "v.what.fraktion": ("Fraktions-ID", "Fraktion ID"),
    "v.what.district": ("Stadtbezirks-ID", "district ID"),
    "v.what.district_name": ("Name des Stadtbezirks", "district name"),
    "v.what.order": ("Auftrags-ID", "order ID"),
    "v.what.event": ("Ereignis-ID", "event ID"),
    "v.what.member": ("Mitglieds-ID", "member ID"),
    "v.duplicate": (
        "'{value}' kommt als {what} zweimal vor (zuerst in Zeile {line}).",
        "the {what} '{value}' is used twice (first on line {line})",
    ),
    "v.ref.field": (
        "Das Handlungsfeld '{value}' ist unter 'fields' nicht angelegt (angelegt sind: "
        "{defined}){hint}.",
        "the Handlungsfeld '{value}' is not defined under 'fields' (defined: {defined}){hint}",
    ),
    "v.ref.body": (
        "Die Stelle '{value}' ist unter 'bodies' nicht angelegt{hint}.",
        "the body '{value}' is not defined under 'bodies'{hint}",
    ),
    "v.body_twice": (
        "Die Stelle '{value}' ist für diese Maßnahme zweimal genannt.",
        "the body '{value}' is listed twice for this measure",
    ),
    "v.history_order": (
        "Der Statusverlauf ist nicht nach Datum geordnet: {after} steht nach {before}.",
        "the status history is not in date order: {after} comes after {before}",
    ),
    "v.body_unused": (
        "Die Stelle '{value}' ist für keine Maßnahme zuständig.",
        "the body '{value}' is responsible for no measure",
    ),
    "v.covers_rat": (
        "'covers' gilt nur für einen Bericht an den Rat, der nach dem Jahr erstattet wird, um "
        "das es geht.",
        "'covers' is for a report to the Rat given after the year it is about",
    ),
    "v.covers_year": (
        "Ein Bericht aus dem Jahr {year} kann das Jahr {year} oder {previous} betreffen, nicht "
        "{covers}.",
        "a report given in {year} can cover {year} or {previous}, not {covers}",
    ),
    "v.report_before_motion": (
        "Dieser Bericht an den ABöOAB ist vor dem Antrag vom {established} datiert, der die "
        "Berichte verlangt.",
        "this report to the ABöOAB is dated before the motion of {established} that asks for them",
    ),
    "v.reports_order": (
        "Die Berichte sind nicht nach Datum geordnet.",
        "the reports are not in date order",
    ),
    "v.horizon_year": (
        "Maßnahmen mit dem Horizont '{horizon}' sind {months} Monate nach dem Beschluss vom "
        "{decision} fällig, also nach dem Jahr 9999: Das Datum kann nicht stimmen.",
        "measures '{horizon}' are due {months} months after the decision date {decision}, "
        "which is after the year 9999: the date cannot be right",
    ),
    "v.chair": (
        "Der Vorsitz '{value}' ist kein Mitglied der Vollversammlung{hint}.",
        "the chair '{value}' is not a member of the assembly{hint}",
    ),
    "v.terms_order": (
        "Die Wahlperioden sind nicht nach Datum geordnet (jede beginnt nach der vorigen).",
        "the council terms are not in date order (each starts after the one before)",
    ),
    "v.meeting_before": (
        "Diese Sitzung ist vor der Gründung der Vollversammlung ({established}) datiert.",
        "this meeting is dated before the Vollversammlung was established ({established})",
    ),
    "v.meeting_twice": (
        "Eine Sitzung an diesem Tag ist schon erfasst (Eintrag {entry}); ein Tag zählt nur einmal.",
        "a meeting on this day is recorded already (entry {entry}); one day counts once",
    ),
    "v.meetings_order": (
        "Die Sitzungen sind nicht nach Datum geordnet.",
        "the meetings are not in date order",
    ),
    "v.established_far": (
        "{established} liegt zu weit in der Zukunft: Die Sitzungen werden nach den "
        "Kalenderjahren danach gezählt, und ein Jahr 10000 gibt es nicht.",
        "{established} is too far in the future: the meetings are counted by the calendar "
        "years after it, and there is no year 10000",
    ),
    "v.voting_members": (
        "voting_members nennt {said}, die aufgeführten Mitglieder ergeben zusammen aber "
        "{counted}: {institutions} Institutionen + {ex_officio} kraft Amtes + {seats} Sitze "
        "aus dem Rat.",
        "voting_members says {said}, but the members listed add up to {counted}: "
        "{institutions} institutions + {ex_officio} ex officio + {seats} council seats",
    ),
    "v.fraktion_size": (
        "Eine Fraktion braucht in dieser Wahlperiode mindestens {need} Mitglieder; "
        "'{name}' hat {has}.",
        "a Fraktion needs at least {need} members in this term; '{name}' has {has}",
    ),
    "v.council_seats": (
        "Der Rat hat {seats} Sitze, Fraktionen, Ratsgruppen und Einzelmitglieder haben "
        "zusammen aber {seated}.",
        "the council has {seats} seats, but Fraktionen, Ratsgruppen and single members "
        "together hold {seated}",
    ),
    "v.lot_winner": (
        "Der Gewinner des Losentscheids '{value}' ist keine Fraktion der Wahlperiode {term}{hint}.",
        "the lot winner '{value}' is not a Fraktion of the term {term}{hint}",
    ),
    "v.ref.order": (
        "Der Auftrag '{value}' ist unter 'orders' nicht angelegt{hint}.",
        "the order '{value}' is not defined under 'orders'{hint}",
    ),
    "v.order_twice": (
        "Der Auftrag '{value}' ist zweimal genannt.",
        "the order '{value}' is named twice",
    ),
    "v.event_before_order": (
        "Dieses Ereignis geschah, bevor der Auftrag '{value}' erteilt wurde ({given}): Es zählt "
        "nicht als Nachweis dafür.",
        "this event happened before the order '{value}' was given ({given}): it is not "
        "counted as evidence for it",
    ),
    "v.due_before_order": (
        "Die Frist liegt vor dem Tag, an dem der Auftrag erteilt wurde.",
        "the deadline lies before the order was given",
    ),
    "v.start_early": (
        "Der erste gezählte Zeitraum beginnt vor dem Zeitraum, in dem der Auftrag erteilt "
        "wurde ({given}); er kann frühestens am {first} beginnen.",
        "the first period counted starts before the period in which the order was given "
        "({given}); it can start on {first} at the earliest",
    ),
    "v.one_coverage": (
        "Nur ein Auftrag der Art 'coverage' (ein Quartierslabor in jedem Stadtbezirk) ist möglich.",
        "only one order of kind 'coverage' (a Quartierslabor in every Stadtbezirk) is supported",
    ),
    "v.scope_none": (
        "Das Verzeichnis '{record}' hat keine Teile zur Auswahl: Bitte lassen Sie 'scope' weg.",
        "the record '{record}' has no parts to choose: leave out 'scope'",
    ),
    "v.scope_unknown": (
        "'{value}' ist kein Teil des Verzeichnisses '{record}'{hint}.",
        "'{value}' is not one of the {record} record's parts{hint}",
    ),
    "v.future.history": (
        "Dieser Statuseintrag ist auf den {day} datiert, also nach heute.",
        "this status entry is dated {day}, after today",
    ),
    "v.future.report": (
        "Dieser Bericht ist nach heute datiert.",
        "this report is dated after today",
    ),
    "v.future.meeting": (
        "Diese Sitzung ist nach heute datiert.",
        "this meeting is dated after today",
    ),
    "v.future.lab": (
        "Dieses Quartierslabor ist als durchgeführt erfasst, aber auf {day} datiert, also nach "
        "heute.",
        "this Quartierslabor is recorded as held but dated {day}, after today",
    ),
    "v.future.order": (
        "Dieser Auftrag ist auf den {day} datiert, also nach heute.",
        "this order is dated {day}, after today",
    ),
    "v.future.event": (
        "Dieses Ereignis ist auf {day} datiert, also nach heute.",
        "this event is dated {day}, after today",
    ),
    # --- reading a file (ksplan.yaml_reader) ---------------------------------------------------
    "v.file.yaml": ("eine YAML-Datei", "a YAML file"),
    "v.file.whose": ("Plan-Dateien", "plan files"),
    "v.file.fifo": ("eine benannte Pipe (FIFO)", "a named pipe (FIFO)"),
    "v.file.socket": ("ein Socket", "a socket"),
    "v.file.device": ("ein Gerät", "a device"),
    "v.file.special": ("keine gewöhnliche Datei", "not a regular file"),
    "v.file.folder": (
        "Das ist ein Ordner, hier wird aber {what} erwartet.",
        "this is a folder, but {what} is expected here",
    ),
    "v.file.kind": (
        "Das ist {kind}, hier wird aber {what} erwartet.",
        "this is {kind}, but {what} is expected here",
    ),
    "v.file.size": (
        "Die Datei ist {size} MB groß; {whose} dürfen höchstens {limit} groß sein.",
        "the file is {size} MB; {whose} may be at most {limit}",
    ),
    "v.file.larger": (
        "Die Datei ist größer als {limit}; {whose} dürfen höchstens {limit} groß sein.",
        "the file is larger than {limit}; {whose} may be at most {limit}",
    ),
    "v.file.missing": ("Diese Datei gibt es nicht.", "the file does not exist"),
    "v.file.denied": (
        "Die Datei kann nicht gelesen werden (keine Berechtigung).",
        "the file cannot be read (permission denied)",
    ),
    "v.file.loop": (
        "Die Datei ist eine Verknüpfung, die auf sich selbst zurückführt (eine Schleife von "
        "Verknüpfungen).",
        "the file is a symbolic link that leads back to itself (a loop of links)",
    ),
    "v.file.os": (
        "Die Datei kann nicht gelesen werden ({reason}).",
        "the file cannot be read ({reason})",
    ),
    "v.file.utf": (
        "Die Datei ist als {encoding} gespeichert; bitte speichern Sie sie als UTF-8 (in den "
        "meisten Editoren: „Speichern unter“ → Codierung UTF-8).",
        "the file is saved as {encoding}; save it as UTF-8 (in most editors: "
        "'Save with encoding' → UTF-8)",
    ),
    "v.file.nul": (
        "Die Datei enthält ein NUL-Byte; sie ist keine Textdatei (oder nicht UTF-8).",
        "the file contains a NUL byte; it is not a text file (or not UTF-8)",
    ),
    "v.file.not_utf8": (
        "Die Datei ist nicht in UTF-8 gespeichert: Das Byte 0x{byte} kann nicht gelesen werden "
        "(vermutlich wurde sie als Latin-1 oder Windows-1252 gespeichert); bitte speichern Sie "
        "sie als UTF-8.",
        "the file is not UTF-8: byte 0x{byte} cannot be read (it was probably saved as Latin-1 "
        "or Windows-1252); save it as UTF-8",
    ),
    "v.file.empty": (
        "Die Datei ist leer; sie sollte die Daten des Plans enthalten.",
        "the file is empty; it should hold the plan's data",
    ),
    "v.file.comments": (
        "Die Datei enthält nur Kommentare; sie sollte die Daten des Plans enthalten.",
        "the file holds only comments; it should hold the plan's data",
    ),
    "v.yaml.nested": ("Die Daten sind zu tief verschachtelt.", "the data is nested too deeply"),
    "v.yaml.tab": (
        "Zum Einrücken wird ein Tabulator verwendet; YAML erlaubt dort nur Leerzeichen.",
        "a tab character is used for indentation; YAML allows only spaces there",
    ),
    "v.yaml.key": (
        "Die Einrückung hier passt nicht zu den Zeilen darüber (oder es fehlt ein ':').",
        "the indentation here does not match the lines above (or a ':' is missing)",
    ),
    "v.yaml.colon": (
        "Ein ':' ist hier nicht erlaubt; setzen Sie Text, der ': ' enthält, in Anführungszeichen.",
        "a ':' is not allowed here; put text that contains ': ' in quotes",
    ),
    "v.yaml.bracket": (
        "Eine Liste in [eckigen Klammern] ist nicht geschlossen.",
        "a list in [brackets] is not closed",
    ),
    "v.yaml.brace": (
        "Ein Abschnitt in {open}geschweiften Klammern{close} ist nicht geschlossen.",
        "a mapping in {open}braces{close} is not closed",
    ),
    "v.yaml.quote": (
        "Die Datei endet mitten in einem Text in Anführungszeichen.",
        "the file ends in the middle of a quoted text",
    ),
    "v.yaml.dash": (
        "Die Einrückung dieses Listeneintrags passt nicht zu den Einträgen darüber.",
        "the indentation of this list item does not match the items above",
    ),
    "v.yaml.control": (
        "Die Datei enthält ein Steuerzeichen{what}, das YAML nicht erlaubt.",
        "the file contains a control character{what} that YAML does not allow",
    ),
    "v.yaml.values": (
        "Die Datei enthält mehr als {limit} Werte (Schlüssel, Texte, Zahlen, Listen und "
        "Abschnitte); eine Plan-Datei darf höchstens {limit} enthalten.",
        "the file holds more than {limit} values (keys, texts, numbers, lists and mappings); "
        "a plan file may hold at most {limit}",
    ),
    "v.yaml.tag": (
        "YAML-Tags wie '{tag}' werden in Plan-Dateien nicht verwendet.",
        "YAML tags such as '{tag}' are not used in plan files",
    ),
    "v.yaml.long_text": (
        "Dieser Text ist {length} Zeichen lang; erlaubt sind höchstens {limit}.",
        "this text is {length} characters long; at most {limit} are allowed",
    ),
    "v.yaml.text_control": (
        "Dieser Text enthält das Steuerzeichen U+{code} (geschrieben als Escape wie \\e oder "
        "\\x1b); Steuerzeichen sind in Plan-Dateien nicht erlaubt.",
        "this text contains the control character U+{code} (written as an escape such as \\e "
        "or \\x1b); control characters are not allowed in plan files",
    ),
    "v.yaml.depth": (
        "Die Daten sind mehr als {limit} Ebenen tief verschachtelt.",
        "the data is nested more than {limit} levels deep",
    ),
    "v.yaml.alias_depth": (
        "Die Daten sind mehr als {limit} Ebenen tief verschachtelt (über den Verweis '*{anchor}').",
        "the data is nested more than {limit} levels deep (through the alias '*{anchor}')",
    ),
    "v.yaml.no_anchor": (
        "Der Verweis '*{anchor}' bezieht sich auf keinen Anker '&{anchor}' weiter oben.",
        "the alias '*{anchor}' refers to no anchor '&{anchor}' above it",
    ),
    "v.yaml.expansion": (
        "Verweise (*name) vergrößern die Daten hier auf mehr als {limit} Werte; bitte schreiben "
        "Sie die Daten aus.",
        "aliases (*name) here expand the data to more than {limit} values; write the data out "
        "instead",
    ),
    "v.yaml.second": (
        "Hier beginnt ein zweites YAML-Dokument ('---'); eine Plan-Datei enthält genau eines.",
        "a second YAML document starts here ('---'); a plan file holds exactly one",
    ),
    "v.yaml.key_word": (
        "Ein Schlüssel muss ein einfaches Wort sein, keine Liste und kein Abschnitt.",
        "a key must be a plain word, not a list or mapping",
    ),
    "v.yaml.key_twice": (
        "Der Schlüssel '{key}' kommt in diesem Abschnitt zweimal vor: zuerst in Zeile {first}, "
        "wieder in Zeile {again}; der Wert aus Zeile {first} gilt, dieser wird nicht beachtet.",
        "the key '{key}' appears twice in this mapping: first on line {first}, again on line "
        "{again}; the value on line {first} is kept, this one is ignored",
    ),
    # --- validate's summary (ksplan.cli) and problem lines (ksplan.output) ------------------
    "v.shipped": (
        "Der mitgelieferte Dortmunder Plan ({folder})",
        "the shipped Dortmund plan ({folder})",
    ),
    "v.summary.valid": (
        "{name}: Der Plan ist in Ordnung – {measures}, {districts}, {terms}, {orders}",
        "{name}: the plan is valid — {measures}, {districts}, {terms}, {orders}",
    ),
    "v.summary.warnings": (" ({warnings})", " ({warnings})"),
    "v.summary.unreadable": (
        "{name}: Der Plan kann nicht gelesen werden ({problems})",
        "{name}: the plan cannot be read ({problems})",
    ),
    "v.summary.invalid": (
        "{name}: Der Plan ist fehlerhaft ({errors})",
        "{name}: the plan is invalid ({errors})",
    ),
    "v.n.measure": ("Maßnahme|Maßnahmen", "measure|measures"),
    "v.n.district": ("Stadtbezirk|Stadtbezirke", "district|districts"),
    "v.n.term": ("Ratsperiode|Ratsperioden", "council term|council terms"),
    "v.n.order": ("Auftrag|Aufträge", "order|orders"),
    "v.n.warning": ("Hinweis|Hinweise", "warning|warnings"),
    "v.n.problem": ("Problem|Probleme", "problem|problems"),
    "v.n.error": ("Fehler|Fehler", "error|errors"),
    "v.warning": ("Hinweis", "warning"),
}
