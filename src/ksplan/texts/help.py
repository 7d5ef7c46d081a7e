"""The help screens (:mod:`ksplan.views.help`): what each command does and what each of its
options means, written for a clerk at the Ordnungsamt. Keys: ``help.<command path>`` (first
paragraph: the command's line in the list), ``help.<command path>.<option>``, shared texts
``help.opt.<option>``, value names ``help.metavar.<option>``, exit statuses ``….exit``."""

from __future__ import annotations

_EXIT_VERDICT = (
    "Exit-Status: 0 ohne Befund, 1 wenn ein Auftrag nicht erfüllt ist (mit --strict auch, wenn "
    "er nicht belegt ist), 2 bei einem Fehler im Aufruf oder einem unlesbaren Plan.",
    "Exit status: 0 without finding, 1 when an order is not met (with --strict also when it "
    "has no evidence), 2 for a wrong command line or an unreadable plan.",
)
_EXIT_EDIT = (
    "Exit-Status: 0 geschrieben, 1 abgelehnt (der Plan bleibt unverändert), 2 bei einem Fehler "
    "im Aufruf oder einem unlesbaren Plan.",
    "Exit status: 0 written, 1 refused (the plan is unchanged), 2 for a wrong command line or "
    "an unreadable plan.",
)

TEXTS_PLAN_WRITTEN = (
    "Der Planordner, der geändert wird. Ohne Angabe: ./data; der mit ksplan mitgelieferte "
    "Plan wird nie geändert.",
    "The plan folder that is changed. Without it: ./data; the plan shipped with ksplan is "
    "never changed.",
)

_EXIT_SHOWN = (
    "Exit-Status: 0 gezeigt, 2 bei einem Fehler im Aufruf oder einem unlesbaren Plan.",
    "Exit status: 0 shown, 2 for a wrong command line or an unreadable plan.",
)

TEXTS: dict[str, tuple[str, str]] = {
    # --- the frame --------------------------------------------------------------------------
    "help.commands_title": ("Befehle:", "Commands:"),
    "help.arguments_title": ("Angaben:", "Arguments:"),
    "help.options_title": ("Optionen:", "Options:"),
    "help.command_word": ("BEFEHL …", "COMMAND …"),
    "help.required": ("(Pflichtangabe)", "(required)"),
    "help.default": ("Vorgabe: {value}.", "Default: {value}."),
    "help.envvar": (
        "Auch über die Umgebungsvariable {name}.",
        "Also from the environment variable {name}.",
    ),
    # --- shared options ---------------------------------------------------------------------
    "help.opt.help": ("Diese Hilfe zeigen.", "Show this help."),
    "help.opt.version": ("Die Version von ksplan zeigen.", "Show ksplan's version."),
    "help.opt.install_completion": (
        "Die Vervollständigung mit der Tabulatortaste für die Shell einrichten (bash oder zsh): "
        "Befehle, Maßnahmen, Stadtbezirke, Stände und Ratsperioden.",
        "Set up completion with the Tab key for the shell (bash or zsh): commands, measures, "
        "districts, status words and council terms.",
    ),
    "help.opt.plan": (
        "Der Planordner mit measures.yaml, assembly.yaml, districts.yaml und orders.yaml. Ohne "
        "Angabe: ./data, wenn es den Ordner gibt, sonst der mitgelieferte Dortmunder Plan.",
        "The plan folder with measures.yaml, assembly.yaml, districts.yaml and orders.yaml. "
        "Without it: ./data if that folder exists, else the Dortmund plan shipped with ksplan.",
    ),
    "help.opt.lang": (
        "Sprache aller Ausgaben: de (Deutsch) oder en (Englisch).",
        "Language of everything shown: de (German) or en (English).",
    ),
    "help.opt.as_of": (
        "Der Stichtag, z. B. 31.12.2024 oder 2024-12-31. Ohne Angabe: heute.",
        "The day to look at, e.g. 31.12.2024 or 2024-12-31. Without it: today.",
    ),
    "help.opt.as_json": (
        "Kurz für --format json.",
        "Short for --format json.",
    ),
    "help.opt.fmt": (
        "Ausgabeformat: text (Tabelle) oder json.",
        "Output format: text (a table) or json.",
    ),
    "help.opt.strict": (
        "Auch dann mit Status 1 enden, wenn ein Auftrag „nicht belegt“ ist (für eine CI, die "
        "die Verzeichnisse vollständig hält).",
        "Also exit with 1 when an order has “no evidence” (for a CI that keeps the records "
        "complete).",
    ),
    "help.opt.field": (
        "Nur dieses Handlungsfeld (Kennung oder Name).",
        "Only this Handlungsfeld (ID or name).",
    ),
    "help.opt.owner": (
        "Nur Maßnahmen dieser Stelle (Kennung, Name oder ein Teil davon).",
        "Only measures of this body (ID, name, or part of it).",
    ),
    "help.opt.note": ("Eine kurze Anmerkung.", "A short note."),
    "help.opt.source": (
        "Woher die Angabe stammt: Dokument, Drucksache, Protokoll oder Internetadresse.",
        "Where this comes from: a document, Drucksache, minutes or web address.",
    ),
    # --- value names ------------------------------------------------------------------------
    "help.metavar.plan": ("ORDNER", "FOLDER"),
    "help.metavar.lang": ("SPRACHE", "LANGUAGE"),
    "help.metavar.as_of": ("DATUM", "DATE"),
    "help.metavar.fmt": ("FORMAT", "FORMAT"),
    "help.metavar.field": ("HANDLUNGSFELD", "FIELD"),
    "help.metavar.owner": ("STELLE", "BODY"),
    "help.metavar.status": ("STAND", "STATUS"),
    "help.metavar.note": ("TEXT", "TEXT"),
    "help.metavar.source": ("QUELLE", "SOURCE"),
    "help.metavar.out": ("ZIEL", "TARGET"),
    "help.metavar.template": ("DATEI", "FILE"),
    "help.metavar.base_url": ("ADRESSE", "ADDRESS"),
    "help.metavar.term": ("RATSPERIODE", "TERM"),
    "help.metavar.faction": ("NAME=MANDATE", "NAME=MANDATES"),
    "help.metavar.seat_count": ("ANZAHL", "NUMBER"),
    "help.metavar.method": ("VERFAHREN", "METHOD"),
    "help.metavar.lot_winner": ("NAME", "NAME"),
    "help.metavar.revisions": ("[STAND [STAND]]", "[REV [REV]]"),
    "help.metavar.when": ("DATUM", "DATE"),
    "help.metavar.measure_id": ("MASSNAHME", "MEASURE"),
    "help.metavar.district": ("STADTBEZIRK", "DISTRICT"),
    "help.metavar.quarter": ("QUARTIER", "QUARTER"),
    "help.metavar.kind": ("ART", "KIND"),
    "help.metavar.covers": ("JAHR", "YEAR"),
    "help.metavar.path": ("DATEI", "FILE"),
    "help.metavar.args": ("ANGABEN", "ARGUMENTS"),
    # --- the program ------------------------------------------------------------------------
    "help.ksplan": (
        "ksplan führt den Masterplan Kommunale Sicherheit als Daten: den Plan prüfen, die "
        "Ratssitze der Vollversammlung berechnen, sehen, was fällig ist, und dem Rat berichten.\n\n"
        "Hilfe zu einem Befehl: ksplan BEFEHL --help. Alle Ausgaben auf Englisch: --lang en "
        "oder KSPLAN_LANG=en.",
        "ksplan keeps the Masterplan Kommunale Sicherheit as data: check the plan, compute the "
        "Vollversammlung's council seats, see what is due, and report to the council.\n\n"
        "Help on a command: ksplan COMMAND --help. Everything in German: --lang de or "
        "KSPLAN_LANG=de.",
    ),
    # --- validate, schema -------------------------------------------------------------------
    "help.validate": (
        "Den ganzen Plan prüfen und jedes gefundene Problem mit Datei, Zeile und Spalte nennen.",
        "Check the whole plan and list every problem found, with file, line and column.",
    ),
    "help.validate.fmt": (
        "Ausgabeformat: text, json oder github (Anmerkungen für GitHub Actions).",
        "Output format: text, json or github (annotations for GitHub Actions).",
    ),
    "help.measures.exit": (
        "Exit-Status: 0 gezeigt, 1 der Plan verletzt eine Regel, 2 bei einem Fehler im Aufruf "
        "oder einem unlesbaren Plan.",
        "Exit status: 0 shown, 1 the plan breaks a rule, 2 for a wrong command line or an "
        "unreadable plan.",
    ),
    "help.report.exit": (
        "Exit-Status: 0 geschrieben, 1 der Plan verletzt eine Regel, 2 bei einem Fehler im "
        "Aufruf, einem unlesbaren Plan oder einer fehlerhaften Vorlage.",
        "Exit status: 0 written, 1 the plan breaks a rule, 2 for a wrong command line, an "
        "unreadable plan or a faulty template.",
    ),
    "help.diff.exit": (
        "Exit-Status: 0 (mit --exit-code: 0 ohne Änderung, 1 mit Änderungen), 2 bei einem "
        "Fehler im Aufruf, einem unbekannten Stand oder außerhalb eines git-Repositorys.",
        "Exit status: 0 (with --exit-code: 0 without changes, 1 with changes), 2 for a wrong "
        "command line, an unknown revision or outside a git repository.",
    ),
    "help.schema.exit": (
        "Exit-Status: 0 geschrieben, 2 wenn der Ordner nicht beschrieben werden kann.",
        "Exit status: 0 written, 2 when the folder cannot be written.",
    ),
    "help.git-setup.exit": (
        "Exit-Status: 0 eingerichtet, 2 außerhalb eines git-Repositorys oder ohne Planordner.",
        "Exit status: 0 set up, 2 outside a git repository or without a plan folder.",
    ),
    "help.validate.exit": (
        "Exit-Status: 0 der Plan ist in Ordnung, 1 der Plan verletzt eine Regel, 2 der Plan "
        "ist nicht lesbar oder der Aufruf falsch.",
        "Exit status: 0 the plan is valid, 1 the plan breaks a rule, 2 the plan cannot be read "
        "or the command line is wrong.",
    ),
    "help.schema": (
        "Für jede Plandatei ein JSON-Schema (Entwurf 2020-12) schreiben, für Editoren und "
        "andere Werkzeuge.",
        "Write a JSON Schema (draft 2020-12) for each plan file, for editors and other tools.",
    ),
    "help.schema.out": (
        "Der Ordner, in den die Schemas geschrieben werden.",
        "The folder the schemas are written into.",
    ),
    # --- where the plan stands --------------------------------------------------------------
    "help.measures": (
        "Der Maßnahmenkatalog mit Horizont, Handlungsfeld, zuständigen Stellen, Stand und Frist.",
        "The catalogue of measures with horizon, Handlungsfeld, responsible bodies, status and "
        "due date.",
    ),
    "help.measures.status": (
        "Nur Maßnahmen mit diesem Stand: geplant, in Umsetzung, umgesetzt (auch: erledigt), "
        "verworfen oder unbekannt (Groß- und Kleinschreibung egal).",
        "Only measures with this status: planned, in_progress, done, dropped or unknown (German "
        "words too, any letter case).",
    ),
    "help.coverage": (
        "Quartierslabore: welche Stadtbezirke an einem Stichtag ein Labor verzeichnet haben, "
        "und das Urteil über den Auftrag mit seiner Frist.",
        "Quartierslabore: which Stadtbezirke have a lab recorded on a day, and the verdict on "
        "the order with its deadline.",
    ),
    "help.coverage.exit": _EXIT_VERDICT,
    "help.overdue": (
        "Maßnahmen nach ihrer Frist: überfällige (ein unerledigter Stand ist nach der Frist "
        "verzeichnet) und getrennt davon solche, deren Stand seit der Frist unbekannt ist.",
        "Measures past their due date: overdue ones (an unfinished status is recorded after the "
        "due date) and, apart from them, those whose status since the due date is unknown.",
    ),
    "help.overdue.exit": _EXIT_VERDICT,
    "help.check": (
        "Die Aufträge des Rates (orders.yaml), jeder an einem Stichtag geprüft: erfüllt, nicht "
        "erfüllt (nur wo ein vollständig erklärtes Verzeichnis es zeigt), nicht belegt, noch "
        "nicht fällig oder ohne Frist.",
        "The council's orders (orders.yaml), each checked on a day: met, not met (only where a "
        "record declared complete shows it), no evidence, not yet due, or no deadline.",
    ),
    "help.check.exit": _EXIT_VERDICT,
    # --- seats ------------------------------------------------------------------------------
    "help.seats": (
        "Die Ratssitze der Vollversammlung, exakt berechnet; ein Gleichstand an der Grenze wird "
        "als Losentscheid gezeigt. Ohne --term: die Ratsperiode, die am Stichtag gilt.",
        "The Vollversammlung's council seats, computed exactly; a tie at the cut-off is shown "
        "as a lot. Without --term: the council term in force on the day.",
    ),
    "help.seats.term": (
        "Die Ratsperiode, z. B. 2020-2025.",
        "The council term, e.g. 2020-2025.",
    ),
    "help.seats.faction": (
        "Was wäre, wenn: eine Fraktion mit ihren Mandaten (mehrfach angeben); ersetzt die "
        "Fraktionen der Ratsperiode, der Plan wird dann nicht gelesen.",
        "What if: a Fraktion with its mandates (repeat it); replaces the term's Fraktionen, and "
        "no plan is read.",
    ),
    "help.seats.seat_count": (
        "Die Zahl der zu verteilenden Sitze. Ohne Angabe: aus dem Plan.",
        "The number of seats to distribute. Without it: from the plan.",
    ),
    "help.seats.method": (
        "Das Verfahren: hare-niemeyer, dhondt oder sainte-lague. Ohne Angabe: aus dem Plan.",
        "The method: hare-niemeyer, dhondt or sainte-lague. Without it: from the plan.",
    ),
    "help.seats.compare": (
        "Alle drei Verfahren nebeneinander zeigen.",
        "Show all three methods side by side.",
    ),
    "help.seats.majority_clause": (
        "Eine Fraktion mit mehr als der Hälfte der Mandate erhält mehr als die Hälfte der Sitze "
        "(NKWG § 36 Abs. 3); nur mit Hare-Niemeyer.",
        "A Fraktion with more than half of the mandates gets more than half of the seats (NKWG "
        "§ 36 Abs. 3); Hare-Niemeyer only.",
    ),
    "help.seats.lot_winner": (
        "Ein gezogenes Los anwenden: der Name der Fraktion, die es gewann (mehrfach angeben).",
        "Apply a drawn lot: the name of the Fraktion that won it (repeat it).",
    ),
    "help.seats.exit": (
        "Exit-Status: 0 das Ergebnis ist eindeutig, 3 ein Los muss entscheiden, 1 die Daten "
        "lassen keine Verteilung zu, 2 bei einem Fehler im Aufruf.",
        "Exit status: 0 the result is unique, 3 a lot must decide, 1 the data allow no "
        "distribution, 2 for a wrong command line.",
    ),
    # --- report -----------------------------------------------------------------------------
    "help.report": (
        "Der Bericht an den Rat: Kennzahlen, Vollversammlung und Sitze, Quartierslabore, "
        "überfällige Maßnahmen, der Katalog, die Aufträge, die Arbeit am Masterplan 2.0, "
        "Annahmen und Quellen.",
        "The report to the council: key figures, Vollversammlung and seats, Quartierslabore, "
        "overdue measures, the catalogue, the orders, the work on Masterplan 2.0, assumptions "
        "and sources.",
    ),
    "help.report.fmt": (
        "Ausgabeformat: md (Markdown) oder html.",
        "Output format: md (Markdown) or html.",
    ),
    "help.report.out": (
        "In diese Datei schreiben (als Ganzes oder gar nicht) statt auf die Standardausgabe.",
        "Write to this file (whole or not at all) instead of standard output.",
    ),
    "help.report.template": (
        "Eine eigene Jinja2-Vorlage, mit denselben Daten gefüllt.",
        "Your own Jinja2 template, filled with the same data.",
    ),
    "help.report.history": (
        "Den Abschnitt „Verlauf“ anfügen: die Maßnahmen nach Stand im Zeitverlauf, aus den "
        "Fassungen des Plans in git.",
        "Add the section “Verlauf”: the measures by status over time, from the plan's versions "
        "in git.",
    ),
    # --- site -------------------------------------------------------------------------------
    "help.site": (
        "Der Plan als Website zum Veröffentlichen: eine Seite je Maßnahme, Stadtbezirk und "
        "Handlungsfeld, die Vollversammlung, die Aufträge, die Quellen, die Änderungen aus git "
        "(mit Atom-Feed) und eine Suche. Kein Server nötig; die Seiten gehen auch direkt aus "
        "dem Ordner.",
        "The plan as a website to publish: a page per measure, Stadtbezirk and Handlungsfeld, "
        "the Vollversammlung, the orders, the sources, the changes from git (with an Atom "
        "feed) and a search. No server needed; the pages work straight from the folder.",
    ),
    "help.site.out": (
        "Der Ordner der Website (Vorgabe: site). Ein vorhandener Ordner wird nur ersetzt, wenn "
        "er leer oder eine frühere Website von ksplan ist.",
        "The website's folder (default: site). An existing folder is replaced only when it is "
        "empty or an earlier website made by ksplan.",
    ),
    "help.site.base_url": (
        "Die Adresse, unter der die Website erscheint (https://…): für den Feed und die "
        "kanonische Adresse jeder Seite.",
        "The address the website is published at (https://…): for the feed and every page's "
        "canonical address.",
    ),
    "help.site.history": (
        "--history (Vorgabe) nimmt die Änderungen aus git auf (Änderungsliste, Verlauf, Feed); "
        "--no-history lässt sie weg.",
        "--history (the default) includes the changes from git (change log, history, feed); "
        "--no-history leaves them out.",
    ),
    "help.site.exit": (
        "Exit-Status: 0 geschrieben, 1 der Plan ist fehlerhaft (eine vorhandene Website bleibt, "
        "wie sie war), 2 bei einem Fehler im Aufruf, einem unlesbaren Plan oder einem Ordner, "
        "der keine Website von ksplan ist.",
        "Exit status: 0 written, 1 the plan is invalid (an existing website stays as it was), 2 "
        "for a wrong command line, an unreadable plan or a folder that is not a ksplan website.",
    ),
    # --- git --------------------------------------------------------------------------------
    "help.diff": (
        "Was eine Änderung am Plan bedeutet: die Änderungen und ihre Folgen für Sitze, "
        "Quartierslabore, überfällige Maßnahmen, Aufträge und die Arbeit der Vollversammlung.",
        "What a change to the plan means: the changes and their consequences for seats, "
        "Quartierslabore, overdue measures, orders and the Vollversammlung's work.",
    ),
    "help.diff.revisions": (
        "Stände, wie git sie versteht (main, HEAD~1, ein Commit, main..feature). Keiner: HEAD "
        "gegen den Arbeitsstand; einer: dieser gegen den Arbeitsstand.",
        "Revisions as git understands them (main, HEAD~1, a commit, main..feature). None: HEAD "
        "against the working tree; one: that revision against the working tree.",
    ),
    "help.diff.fmt": (
        "Ausgabeformat: text, md (für einen Pull Request) oder json.",
        "Output format: text, md (for a pull request) or json.",
    ),
    "help.diff.exit_code": (
        "Mit Status 1 enden, wenn sich der Plan geändert hat, sonst 0.",
        "Exit with 1 when the plan changed, 0 when not.",
    ),
    "help.git-setup": (
        "git so einrichten, dass git diff und git log -p für die Plandateien die Änderungen in "
        "Worten von ksplan zeigen. Schreibt .gitattributes – die Datei bitte mit einchecken.",
        "Set up git so that git diff and git log -p show ksplan's account of changes to the "
        "plan files. Writes .gitattributes — commit that file too.",
    ),
    "help.git-textconv": (
        "Wird von git aufgerufen (siehe ksplan git-setup): die Datei als eine Zeile je Wert.",
        "Called by git (see ksplan git-setup): the file as one line per value.",
    ),
    "help.git-textconv.path": ("Die Datei, die git übergibt.", "The file git passes."),
    "help.git-diff-driver": (
        "Wird von git aufgerufen (siehe ksplan git-setup) und zeigt eine Änderung in Worten.",
        "Called by git (see ksplan git-setup); shows a change in words.",
    ),
    "help.git-diff-driver.args": (
        "Die sieben Angaben, die git übergibt.",
        "The seven arguments git passes.",
    ),
    # --- edits ------------------------------------------------------------------------------
    "help.measure": ("Maßnahmen bearbeiten.", "Edit measures."),
    "help.measure.status": (
        "Einen Stand an den Verlauf einer Maßnahme anhängen (Kommentare und Layout der Datei "
        "bleiben erhalten).",
        "Append a status entry to a measure's history (the file's comments and layout are kept).",
    ),
    "help.measure.status.measure_id": (
        "Die Maßnahme, z. B. M09 oder m9.",
        "The measure, e.g. M09 or m9.",
    ),
    "help.measure.status.status": (
        "Der Stand: geplant, in Umsetzung, umgesetzt (auch: erledigt), verworfen oder unbekannt.",
        "The status: planned, in_progress, done, dropped or unknown (German words too).",
    ),
    "help.measure.status.when": (
        "Das Datum des Standes: 31.12.2024, 2024-12-31, 2024-12 oder 2024. Ohne Angabe: heute.",
        "The date of the status: 31.12.2024, 2024-12-31, 2024-12 or 2024. Without it: today.",
    ),
    "help.measure.status.exit": _EXIT_EDIT,
    "help.lab": ("Quartierslabore verzeichnen.", "Record Quartierslabore."),
    "help.lab.add": (
        "Ein Quartierslabor in einem Stadtbezirk verzeichnen. Ein durchgeführtes Labor braucht "
        "ein Datum (--date); ohne Datum wird es abgelehnt.",
        "Record a Quartierslabor in a Stadtbezirk. A held lab needs a date (--date); without "
        "one it is refused.",
    ),
    "help.lab.add.district": (
        "Der Stadtbezirk: Kennung oder Name, z. B. eving oder Hörde.",
        "The Stadtbezirk: ID or name, e.g. eving or Hörde.",
    ),
    "help.lab.add.when": (
        "Das Datum, so genau es bekannt ist: 14.05.2024, 2024-05-14, 2024-05 oder 2024.",
        "The date, as precisely as known: 14.05.2024, 2024-05-14, 2024-05 or 2024.",
    ),
    "help.lab.add.quarter": ("Das Quartier.", "The quarter."),
    "help.lab.add.status": (
        "durchgeführt, geplant oder unbekannt. Ohne Angabe: durchgeführt.",
        "held, planned or unknown. Without it: held.",
    ),
    "help.lab.add.exit": _EXIT_EDIT,
    "help.meeting": (
        "Sitzungen der Vollversammlung und ihrer Arbeitsgruppen verzeichnen.",
        "Record meetings of the Vollversammlung and its working groups.",
    ),
    "help.meeting.add": (
        "Eine Sitzung der Vollversammlung (mit --group: einer Arbeitsgruppe) verzeichnen, mit "
        "Art, Tagesordnung und Anwesenheit.",
        "Record a meeting of the Vollversammlung (with --group: of a working group), with its "
        "kind, agenda and attendance.",
    ),
    "help.meeting.add.when": (
        "Das Datum der Sitzung: 31.12.2024 oder 2024-12-31.",
        "The date of the meeting: 31.12.2024 or 2024-12-31.",
    ),
    "help.meeting.add.exit": _EXIT_EDIT,
    "help.report-event": (
        "Berichte an den Rat oder den ABöOAB verzeichnen.",
        "Record reports given to the Rat or the ABöOAB.",
    ),
    "help.report-event.add": (
        "Einen Bericht an den Rat oder den ABöOAB verzeichnen (ksplan check sucht danach).",
        "Record a report given to the Rat or the ABöOAB (ksplan check looks for them).",
    ),
    "help.report-event.add.kind": (
        "rat (der jährliche Bericht an den Rat) oder aboeoab (der halbjährliche an den Ausschuss).",
        "rat (the annual report to the Rat) or aboeoab (the semi-annual one to the committee).",
    ),
    "help.report-event.add.when": (
        "Das Datum des Berichts: 31.12.2024 oder 2024-12-31.",
        "The date of the report: 31.12.2024 or 2024-12-31.",
    ),
    "help.report-event.add.covers": (
        "Das Jahr, über das ein Bericht an den Rat berichtet, wenn er später gegeben wurde.",
        "The year a report to the Rat is about, if it was given later.",
    ),
    "help.report-event.add.exit": _EXIT_EDIT,
    "help.measure.status.plan": TEXTS_PLAN_WRITTEN,
    "help.lab.add.plan": TEXTS_PLAN_WRITTEN,
    "help.meeting.add.plan": TEXTS_PLAN_WRITTEN,
    "help.report-event.add.plan": TEXTS_PLAN_WRITTEN,
    "help.git-setup.plan": TEXTS_PLAN_WRITTEN,
    # --- the Vollversammlung's work (ksplan.cli.work; meeting add above) --------------------
    "help.members": (
        "Wer an einem Tag welchen Sitz der Vollversammlung innehat, mit Vertretung; offene "
        "Sitze (kein Mitglied erfasst). Die Ratssitze folgen der Verteilung der Ratsperiode, die "
        "an dem Tag gilt.",
        "Who holds each seat of the Vollversammlung on a day, with deputies; open seats (no "
        "member recorded). The council seats follow the allocation of the term in force then.",
    ),
    "help.members.exit": _EXIT_SHOWN,
    "help.trace": (
        "Die Kette durch eine Eingabe, eine Empfehlung, ein Handlungsfeld 2.0 oder eine "
        "Maßnahme: rückwärts zur Herkunft, vorwärts zu den Ergebnissen.",
        "The chain through an input, a recommendation, a Handlungsfeld 2.0 or a measure: "
        "backwards to its origins, forwards to its outcomes.",
    ),
    "help.trace.node_id": (
        "Die Kennung, z. B. nord-1 (Eingabe), E3 (Empfehlung), beleuchtung (Handlungsfeld) oder "
        "M07 (Maßnahme).",
        "The ID, e.g. nord-1 (input), E3 (recommendation), beleuchtung (Handlungsfeld) or M07 "
        "(measure).",
    ),
    "help.trace.exit": (
        "Exit-Status: 0 gezeigt, 1 wenn der Plan nichts davon verzeichnet, 2 bei einer "
        "unbekannten Kennung, einem Fehler im Aufruf oder einem unlesbaren Plan.",
        "Exit status: 0 shown, 1 when the plan records none of this, 2 for an unknown ID, a "
        "wrong command line or an unreadable plan.",
    ),
    "help.metavar.node_id": ("KENNUNG", "ID"),
    "help.inputs": (
        "Die Eingaben aus den Quartierslaboren und der digitalen Beteiligung, und wo jede "
        "steht: eingegangen, berichtet, oder was aus ihr wurde.",
        "The inputs from the Quartierslabore and digital participation, and where each "
        "stands: received, reported, or what became of it.",
    ),
    "help.inputs.lab": (
        "Nur die Eingaben dieses Quartierslabors: seine Kennung in districts.yaml oder sein "
        "Quartier, z. B. Nordplatz; --lab digital: die der digitalen Beteiligung.",
        "Only the inputs of this Quartierslabor: its ID in districts.yaml or its quarter, e.g. "
        "Nordplatz; --lab digital: those of digital participation.",
    ),
    "help.inputs.open_only": (
        "Nur offene Eingaben: berichtet, aber seit mehr Monaten ohne Ergebnis, als der Plan "
        "festlegt (inputs_open_after).",
        "Only open inputs: reported, but without an outcome for more months than the plan sets "
        "(inputs_open_after).",
    ),
    "help.inputs.exit": _EXIT_SHOWN,
    "help.metavar.lab": ("LABOR", "LAB"),
    "help.member": (
        "Mitglieder und Vertretungen der Vollversammlung verzeichnen.",
        "Record members and deputies of the Vollversammlung.",
    ),
    "help.member.add": (
        "Verzeichnen, wer einen Sitz der Vollversammlung innehat (mit --deputy-of: eine "
        "Vertretung), ab wann. Ein Name ist freiwillig; die Funktion genügt.",
        "Record who holds a seat of the Vollversammlung (with --deputy-of: a deputy), from "
        "when. A name is optional; the role suffices.",
    ),
    "help.member.add.seat": (
        "Der Sitz: ein Mitglied (z. B. polizei, Seniorenbeirat) oder eine Fraktion (ein Ratssitz).",
        "The seat: a member (e.g. polizei, Seniorenbeirat) or a Fraktion (a council seat).",
    ),
    "help.member.add.since": ("Ab diesem Tag.", "From this day."),
    "help.member.add.until": ("Bis zu diesem Tag (wenn beendet).", "Until this day (if ended)."),
    "help.member.add.holding_id": (
        "Die Kennung des Eintrags (ohne Angabe: Sitz und laufende Nummer, z. B. polizei-2).",
        "The entry's ID (without it: the seat and a number, e.g. polizei-2).",
    ),
    "help.member.add.name": ("Der Name der Person (freiwillig).", "The person's name (optional)."),
    "help.member.add.role": (
        "Die Funktion, z. B. Leitung der Polizeiinspektion.",
        "The role, e.g. head of the police inspectorate.",
    ),
    "help.member.add.deputy_of": (
        "Die Kennung des Mitglieds, das vertreten wird.",
        "The ID of the member stood in for.",
    ),
    "help.member.add.exit": _EXIT_EDIT,
    "help.metavar.seat": ("SITZ", "SEAT"),
    "help.metavar.since": ("DATUM", "DATE"),
    "help.metavar.until": ("DATUM", "DATE"),
    "help.metavar.holding_id": ("KENNUNG", "ID"),
    "help.metavar.name": ("NAME", "NAME"),
    "help.metavar.role": ("FUNKTION", "ROLE"),
    "help.metavar.deputy_of": ("KENNUNG", "ID"),
    "help.handlungsfeld": (
        "Handlungsfelder des Masterplans 2.0 verzeichnen (getrennt von denen von 2019).",
        "Record Handlungsfelder of Masterplan 2.0 (kept apart from those of 2019).",
    ),
    "help.handlungsfeld.add": (
        "Ein Handlungsfeld verzeichnen, das die Vollversammlung benannt hat.",
        "Record a Handlungsfeld named by the Vollversammlung.",
    ),
    "help.handlungsfeld.add.field_id": (
        "Die Kennung, z. B. beleuchtung.",
        "The ID, e.g. beleuchtung.",
    ),
    "help.handlungsfeld.add.name": ("Der Name des Handlungsfelds.", "The Handlungsfeld's name."),
    "help.handlungsfeld.add.named": ("Der Tag der Benennung.", "The day it was named."),
    "help.handlungsfeld.add.meeting": (
        "Die Sitzung, in der es benannt wurde (ihre Kennung).",
        "The meeting that named it (its ID).",
    ),
    "help.handlungsfeld.add.group": (
        "Eine Arbeitsgruppe, die es bearbeitet (mehrfach möglich).",
        "A working group working on it (may be given more than once).",
    ),
    "help.handlungsfeld.add.description": ("Eine kurze Beschreibung.", "A short description."),
    "help.handlungsfeld.add.exit": _EXIT_EDIT,
    "help.metavar.field_id": ("KENNUNG", "ID"),
    "help.metavar.named": ("DATUM", "DATE"),
    "help.metavar.meeting": ("SITZUNG", "MEETING"),
    "help.metavar.group": ("ARBEITSGRUPPE", "GROUP"),
    "help.metavar.description": ("TEXT", "TEXT"),
    "help.recommendation": (
        "Empfehlungen und Vorschläge für Vorlagen verzeichnen, mit ihrem Verlauf.",
        "Record recommendations and proposals for Vorlagen, with their course.",
    ),
    "help.recommendation.add": (
        "Eine Empfehlung (E…) oder einen Vorschlag für eine Vorlage (V…, --proposal) der "
        "Vollversammlung verzeichnen.",
        "Record a recommendation (E…) or a proposal for a Vorlage (V…, --proposal) of the "
        "Vollversammlung.",
    ),
    "help.recommendation.add.rec_id": (
        "Die Nummer, z. B. E4 oder V2.",
        "The number, e.g. E4 or V2.",
    ),
    "help.recommendation.add.meeting": (
        "Die Sitzung, in der sie beschlossen wurde (ihre Kennung).",
        "The meeting that made it (its ID).",
    ),
    "help.recommendation.add.text": ("Der Inhalt, kurz.", "The text, in short."),
    "help.recommendation.add.to": (
        "Adressat: Rat, Fachausschuss, Lenkungskreis oder Verwaltung.",
        "Addressee: Rat, Fachausschuss, Lenkungskreis or Verwaltung.",
    ),
    "help.recommendation.add.committee": (
        "Der Fachausschuss, wenn er der Adressat ist.",
        "The Fachausschuss, when it is the addressee.",
    ),
    "help.recommendation.add.field": (
        "Das Handlungsfeld 2.0, zu dem sie gehört.",
        "The Handlungsfeld 2.0 it belongs to.",
    ),
    "help.recommendation.add.measure": (
        "Eine Maßnahme, zu der sie führt (mehrfach möglich).",
        "A measure it leads to (may be given more than once).",
    ),
    "help.recommendation.add.proposal": (
        "Ein Vorschlag für eine Vorlage statt einer Empfehlung.",
        "A proposal for a Vorlage instead of a recommendation.",
    ),
    "help.recommendation.add.exit": _EXIT_EDIT,
    "help.recommendation.step": (
        "Einen Schritt im Verlauf einer Empfehlung verzeichnen.",
        "Record a step in a recommendation's course.",
    ),
    "help.recommendation.step.rec_id": ("Die Nummer, z. B. E3.", "The number, e.g. E3."),
    "help.recommendation.step.step": (
        "Der Schritt: eingebracht, beraten, beschlossen, abgelehnt, verwiesen, umgesetzt oder "
        "zurückgezogen.",
        "The step: submitted, deliberated, adopted, rejected, referred, implemented or withdrawn "
        "(German words too).",
    ),
    "help.recommendation.step.when": (
        "Das Datum: 31.12.2024 oder 2024-12-31. Ohne Angabe: heute.",
        "The date: 31.12.2024 or 2024-12-31. Without it: today.",
    ),
    "help.recommendation.step.by": (
        "Wer den Schritt getan hat, z. B. Rat oder ein Ausschuss.",
        "Who took the step, e.g. the Rat or a committee.",
    ),
    "help.recommendation.step.exit": _EXIT_EDIT,
    "help.metavar.rec_id": ("NUMMER", "NUMBER"),
    "help.metavar.text": ("TEXT", "TEXT"),
    "help.metavar.to": ("ADRESSAT", "ADDRESSEE"),
    "help.metavar.committee": ("AUSSCHUSS", "COMMITTEE"),
    "help.metavar.measure": ("MASSNAHME", "MEASURE"),
    "help.metavar.step": ("SCHRITT", "STEP"),
    "help.metavar.by": ("WER", "WHO"),
    "help.input": (
        "Eingaben aus den Quartierslaboren und der digitalen Beteiligung verzeichnen, mit ihrem "
        "Verlauf.",
        "Record inputs from the Quartierslabore and digital participation, with their course.",
    ),
    "help.input.add": (
        "Eine Eingabe verzeichnen: aus einem Quartierslabor (--lab) oder aus der digitalen "
        "Beteiligung (--digital).",
        "Record an input: from a Quartierslabor (--lab) or from digital participation (--digital).",
    ),
    "help.input.add.input_id": ("Die Kennung, z. B. nord-4.", "The ID, e.g. nord-4."),
    "help.input.add.text": ("Der Inhalt, kurz.", "The text, in short."),
    "help.input.add.when": (
        "Der Tag des Eingangs. Ohne Angabe: heute.",
        "The day it was received. Without it: today.",
    ),
    "help.input.add.lab": (
        "Das Quartierslabor: seine Kennung in districts.yaml oder sein Quartier.",
        "The Quartierslabor: its ID in districts.yaml or its quarter.",
    ),
    "help.input.add.digital": (
        "Die Eingabe kam über die digitale Beteiligung.",
        "The input came through digital participation.",
    ),
    "help.input.add.exit": _EXIT_EDIT,
    "help.input.step": (
        "Einen Schritt im Verlauf einer Eingabe verzeichnen: berichtet, oder was aus ihr wurde.",
        "Record a step in an input's course: reported, or what became of it.",
    ),
    "help.input.step.input_id": ("Die Kennung der Eingabe.", "The input's ID."),
    "help.input.step.step": (
        "berichtet, Empfehlung, Maßnahme, Handlungsfeld, aufgegangen (in eine andere Eingabe) "
        "oder abgelehnt.",
        "reported, recommendation, measure, field, merged (into another input) or declined.",
    ),
    "help.input.step.when": (
        "Das Datum des Schritts. Ohne Angabe: heute.",
        "The date of the step. Without it: today.",
    ),
    "help.input.step.to": (
        "Berichtet an diese Arbeitsgruppe (ohne Angabe: an die Vollversammlung).",
        "Reported to this working group (without it: to the Vollversammlung).",
    ),
    "help.input.step.target": (
        "Wozu die Eingabe wurde: eine Empfehlung, eine Maßnahme, ein Handlungsfeld 2.0 oder die "
        "Eingabe, in der sie aufging.",
        "What the input became: a recommendation, a measure, a Handlungsfeld 2.0 or the input "
        "it was merged into.",
    ),
    "help.input.step.reason": (
        "Der Grund einer Ablehnung (Pflicht bei abgelehnt).",
        "The reason it was declined (required for declined).",
    ),
    "help.input.step.exit": _EXIT_EDIT,
    "help.metavar.input_id": ("KENNUNG", "ID"),
    "help.metavar.target": ("ZIEL", "TARGET"),
    "help.metavar.reason": ("GRUND", "REASON"),
    "help.meeting.add.meeting_id": (
        "Eine Kennung der Sitzung, damit Empfehlungen und Handlungsfelder sie nennen können.",
        "An ID for the meeting, so that recommendations and Handlungsfelder can name it.",
    ),
    "help.meeting.add.kind": (
        "Die Art: ordentlich, Sondersitzung oder konstituierend.",
        "The kind: regular, special or constituent.",
    ),
    "help.meeting.add.agenda": (
        "Ein Tagesordnungspunkt (mehrfach möglich).",
        "An agenda item (may be given more than once).",
    ),
    "help.meeting.add.present": (
        "Ein anwesendes Mitglied oder eine Vertretung, mit der Kennung aus members (mehrfach "
        "möglich; eine Vertretung zählt für ihr Mitglied).",
        "A member or deputy present, by the ID in members (may be given more than once; a "
        "deputy counts for the member).",
    ),
    "help.meeting.add.others": (
        "Anwesende, die keine Mitglieder sind (mehrfach möglich).",
        "Others present who are not members (may be given more than once).",
    ),
    "help.meeting.add.group": (
        "Die Arbeitsgruppe, deren Sitzung es ist (ohne Angabe: die Vollversammlung).",
        "The working group whose meeting it is (without it: the Vollversammlung).",
    ),
    "help.metavar.meeting_id": ("KENNUNG", "ID"),
    "help.metavar.agenda": ("PUNKT", "ITEM"),
    "help.metavar.present": ("KENNUNG", "ID"),
    "help.metavar.others": ("NAME", "NAME"),
}
