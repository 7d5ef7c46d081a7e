"""Texts of the OParl import (:mod:`ksplan.oparl`, :mod:`ksplan.term_import`)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "oparl.what.date": ("ein Datum (JJJJ-MM-TT)", "a date (YYYY-MM-DD)"),
    "oparl.what.text": ("ein Text", "a text"),
    "oparl.what.list": ("eine Liste", "a list"),
    "oparl.what.url": ("eine URL", "a URL"),
    "oparl.what.object": ("ein Objekt", "an object"),
    "oparl.bad_value": (
        "OParl-Antwort unbrauchbar: {where}: „{key}“ sollte {what} sein, gefunden: {found}. "
        "Nichts geschrieben.",
        "OParl answer unusable: {where}: '{key}' should be {what}, found: {found}. Nothing "
        "written.",
    ),
    "oparl.object_without_id": ("ein {kind}-Objekt ohne id", "a {kind} object without id"),
    "oparl.too_many": (
        "Die OParl-Antwort enthält mehr als {max} Objekte – nicht verarbeitet.",
        "The OParl answer holds more than {max} objects – not processed.",
    ),
    "oparl.too_big": (
        "{source}: größer als {mb} MB – nicht verarbeitet. Nichts geschrieben.",
        "{source}: larger than {mb} MB – not processed. Nothing written.",
    ),
    "oparl.no_file": (
        "{source}: Diese Datei gibt es nicht (und es ist keine http(s)-URL).",
        "{source}: no such file (and not an http(s) URL).",
    ),
    "oparl.unreadable": (
        "{source} kann nicht gelesen werden ({reason}).",
        "{source} cannot be read ({reason}).",
    ),
    "oparl.not_utf8": (
        "{source}: Die Antwort ist kein UTF-8-Text. Nichts geschrieben.",
        "{source}: the answer is not UTF-8 text. Nothing written.",
    ),
    "oparl.not_json": (
        "{source}: Die Antwort ist kein gültiges JSON (Zeile {line}). Nichts geschrieben.",
        "{source}: the answer is not valid JSON (line {line}). Nothing written.",
    ),
    "oparl.bad_url": ("{url} ist keine gültige URL.", "{url} is not a valid URL."),
    "oparl.bad_link": (
        "OParl-Antwort unbrauchbar: {where} verweist auf {found} statt auf eine URL. Nichts "
        "geschrieben.",
        "OParl answer unusable: {where} links to {found} instead of a URL. Nothing written.",
    ),
    "oparl.foreign_link": (
        "{where} verweist auf {url}, einen anderen Server als {origin}; ksplan verbindet sich "
        "nur mit dem Server der angegebenen URL. Nichts geschrieben.",
        "{where} links to {url}, another server than {origin}; ksplan connects only to the "
        "server of the URL given. Nothing written.",
    ),
    "oparl.too_many_requests": (
        "Mehr als {max} Abrufe nötig – abgebrochen. Nichts geschrieben.",
        "More than {max} requests needed – stopped. Nothing written.",
    ),
    "oparl.http_error": (
        "{url}: Der Server antwortet mit HTTP {code} {reason}. Nichts geschrieben.",
        "{url}: the server answers HTTP {code} {reason}. Nothing written.",
    ),
    "oparl.timeout": (
        "{url}: keine Antwort innerhalb von {seconds} Sekunden. Nichts geschrieben.",
        "{url}: no answer within {seconds} seconds. Nothing written.",
    ),
    "oparl.unreachable": (
        "{url} ist nicht erreichbar ({reason}). Nichts geschrieben.",
        "{url} cannot be reached ({reason}). Nothing written.",
    ),
    "oparl.not_object": (
        "{url}: Die Antwort ist kein OParl-Objekt, sondern {found}. Nichts geschrieben.",
        "{url}: the answer is not an OParl object but {found}. Nothing written.",
    ),
    "oparl.not_list": (
        "{url}: Die Antwort ist keine OParl-Objektliste (mit „data“), sondern {found}. Nichts "
        "geschrieben.",
        "{url}: the answer is not an OParl object list (with 'data') but {found}. Nothing written.",
    ),
    "oparl.page_loop": (
        "{url}: Die Listenseiten verweisen im Kreis. Nichts geschrieben.",
        "{url}: the list pages link in a circle. Nothing written.",
    ),
    "oparl.unknown_start": (
        "{url}: Ein Objekt vom Typ „{kind}“ – bitte die URL des OParl-Systems, der "
        "Körperschaft (Body) oder ihrer Liste der Gruppierungen angeben.",
        "{url}: an object of type '{kind}' – give the URL of the OParl system, the body or its "
        "list of organisations.",
    ),
    "oparl.which_body": (
        "Das OParl-System hat {count} Körperschaften: {names}. Bitte die URL der gemeinten "
        "Körperschaft angeben.",
        "The OParl system has {count} bodies: {names}. Give the URL of the body meant.",
    ),
    "oparl.note.two_fraktionen": (
        "{person} ist am {day} Mitglied in mehreren Fraktionen ({names}) und wird in jeder "
        "gezählt – bitte im Ratsinformationssystem prüfen.",
        "{person} is a member of several Fraktionen on {day} ({names}) and is counted in each – "
        "please check in the council information system.",
    ),
    "oparl.note.missing": (
        "{count} Mitgliedschaften nennen die Fraktionen nur als Adresse; die Datei enthält sie "
        "nicht, sie sind nicht gezählt. Mit der URL des Systems werden sie abgerufen.",
        "{count} memberships are named by the Fraktionen only as addresses; the file does not "
        "hold them, and they are not counted. With the system's URL they are fetched.",
    ),
    "oparl.note.dissolved": (
        "{name} besteht laut OParl nur bis zum {day} (später in der Ratsperiode).",
        "{name} exists according to OParl only until {day} (later in the term).",
    ),
    "oparl.note.founded": (
        "{name} wurde laut OParl erst am {day} gebildet und zählt zu Beginn nicht.",
        "{name} was formed only on {day} according to OParl and does not count at the start.",
    ),
    "oparl.note.changed": (
        "{person} wechselte am {day} von {old} zu {new}.",
        "{person} changed from {old} to {new} on {day}.",
    ),
    "oparl.none_on": (
        "Laut {source} hatte am {day}, dem Beginn der Ratsperiode {term}, keine Fraktion "
        "Mitglieder. Nichts geschrieben.",
        "According to {source} no Fraktion had members on {day}, the start of the council "
        "term {term}. Nothing written.",
    ),
    "oparl.none_on_election": (
        "Laut {source} hatte am {day} keine Fraktion Mitglieder. Für die Ratsperiode {term} "
        "ist kein Tag der Konstituierung erfasst; als Beginn gilt der Wahltag, an dem es "
        "noch keine Fraktionen gibt. Bitte „constituted“ in assembly.yaml eintragen. Nichts "
        "geschrieben.",
        "According to {source} no Fraktion had members on {day}. The council term {term} has "
        "no constitution day recorded, so it counts from the election day, when there are no "
        "Fraktionen yet. Please record 'constituted' in assembly.yaml. Nothing written.",
    ),
    "oparl.provenance": (
        "Mandate am {day} laut OParl ({source})",
        "mandates on {day} according to OParl ({source})",
    ),
    "oparl.head": (
        "Fraktionen der Ratsperiode {term} am {day} laut {source}:",
        "Fraktionen of the council term {term} on {day} according to {source}:",
    ),
    "oparl.head_assumed": (
        "(Beginn angenommen: Wahltag; kein Tag der Konstituierung erfasst)",
        "(start assumed: election day; no constitution day recorded)",
    ),
    "oparl.row": ("  {name}: {count} → {id}", "  {name}: {count} → {id}"),
    "oparl.noun.members": ("Mitglied|Mitglieder", "member|members"),
    "oparl.notes_head": ("Hinweise:", "Notes:"),
    "oparl.side.plan": ("Plan", "plan"),
    "oparl.side.oparl": ("laut OParl", "according to OParl"),
    "oparl.preview": (
        "Nichts geschrieben; mit --apply übernehmen.",
        "Nothing written; --apply records it.",
    ),
    # help screens (views/help.py)
    "help.term": (
        "Ratsperioden: Fraktionen aus dem Ratsinformationssystem (OParl) übernehmen.",
        "Council terms: Fraktionen from the council information system (OParl).",
    ),
    "help.term.import": (
        "Die Fraktionen und ihre Mandate am ersten Tag der Ratsperiode aus dem "
        "Ratsinformationssystem (OParl 1.1) zeigen; mit --apply übernehmen. Der einzige "
        "Befehl, der eine Netzwerkverbindung öffnet – nur zur angegebenen Adresse.",
        "Show the Fraktionen and their mandates on the term's first day from the council "
        "information system (OParl 1.1); --apply records them. The only command that opens a "
        "network connection – only to the address given.",
    ),
    "help.term.import.oparl": (
        "Die Adresse des OParl-Systems, der Körperschaft oder ihrer Liste der Gruppierungen, "
        "oder eine JSON-Datei mit OParl-Objekten.",
        "The address of the OParl system, the body or its list of organisations, or a JSON "
        "file with OParl objects.",
    ),
    "help.term.import.metavar.oparl": ("URL|DATEI", "URL|FILE"),
    "help.term.import.term": (
        "Die Ratsperiode, z. B. 2025-2030.",
        "The council term, e.g. 2025-2030.",
    ),
    "help.term.import.apply": (
        "Die Fraktionen in assembly.yaml schreiben (nur der Block der Ratsperiode ändert sich).",
        "Write the Fraktionen into assembly.yaml (only the term's block changes).",
    ),
    "help.term.import.timeout": (
        "So viele Sekunden höchstens auf jede Antwort warten (ohne Angabe: 10).",
        "Wait at most this many seconds for each answer (without it: 10).",
    ),
    "help.term.import.metavar.timeout": ("SEKUNDEN", "SECONDS"),
    "help.term.import.exit": (
        "Exit-Status: 0 gezeigt oder geschrieben, 1 abgelehnt (der Plan bleibt unverändert), 2 "
        "bei einer unbrauchbaren Antwort, einem Fehler im Aufruf oder einem unlesbaren Plan.",
        "Exit status: 0 shown or written, 1 refused (the plan is unchanged), 2 for an unusable "
        "answer, a wrong command line or an unreadable plan.",
    ),
}
