"""Texts of the plan's website (:mod:`ksplan.site`, ``templates/site/``): the labels a site
template sees as ``s[key]`` (without the ``site.`` prefix), and the command's messages."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "site.uncommitted": (
        "Hinweis: Die Plandateien haben Änderungen, die noch nicht eingecheckt sind. Die Website "
        "zeigt den Plan, wie er jetzt im Ordner liegt; der Änderungsverlauf kennt diese "
        "Änderungen noch nicht. Zum Veröffentlichen bitte erst einchecken (git commit).",
        "Note: the plan files have changes that are not committed yet. The site shows the plan as "
        "it is in the folder now; the change log does not know these changes yet. Commit them "
        "(git commit) before publishing.",
    ),
    # navigation and page titles
    "site.skip": ("Zum Inhalt springen", "Skip to the content"),
    "site.nav": ("Hauptnavigation", "Main navigation"),
    "site.home": ("Start", "Home"),
    "site.measures": ("Maßnahmen", "Measures"),
    "site.fields": ("Handlungsfelder", "Handlungsfelder"),
    "site.districts": ("Stadtbezirke", "Stadtbezirke"),
    "site.assembly": ("Vollversammlung", "Vollversammlung"),
    "site.orders": ("Aufträge", "Orders"),
    "site.sources": ("Quellen", "Sources"),
    "site.basis": ("Beschluss und Antrag", "Decision and motion"),
    "site.bodies": ("Zuständige Stellen", "Responsible bodies"),
    "site.changes": ("Änderungen", "Changes"),
    "site.work": ("Masterplan 2.0", "Masterplan 2.0"),
    "site.search": ("Suche", "Search"),
    "site.search_label": ("Suchbegriff", "Search term"),
    "site.search_site": ("Die Website durchsuchen", "Search the website"),
    "site.search_button": ("Suchen", "Search"),
    "site.search_intro": (
        "Alle Maßnahmen, zuständigen Stellen, Stadtbezirke und Quellen. Mit JavaScript filtert "
        "das Suchfeld die Liste beim Tippen; ohne JavaScript führen die Filter unten zu "
        "Teillisten.",
        "Every measure, responsible body, Stadtbezirk and source. With JavaScript the search "
        "field filters the list as you type; without it, the filters below lead to partial "
        "lists.",
    ),
    "site.search_results": ("Treffer", "Results"),
    "site.search_none": ("Kein Treffer.", "No results."),
    "site.search_more": (
        "Die ersten {shown} von {total} Treffern; ein genauerer Suchbegriff grenzt ein.",
        "The first {shown} of {total} results; a more precise term narrows them down.",
    ),
    "site.filters": ("Filter", "Filters"),
    "site.filter_all": ("alle Einträge", "all entries"),
    "site.filter_status": ("Maßnahmen nach Stand", "Measures by status"),
    "site.filter_kind": ("Nach Art", "By kind"),
    "site.kind.measure": ("Maßnahme", "Measure"),
    "site.kind.body": ("Stelle", "Body"),
    "site.kind.district": ("Stadtbezirk", "Stadtbezirk"),
    "site.kind.field": ("Handlungsfeld", "Handlungsfeld"),
    "site.kind.source": ("Quelle", "Source"),
    "site.kind.recommendation": ("Empfehlung", "Recommendation"),
    "site.kind.input": ("Eingabe", "Input"),
    "site.all_measures": ("Alle Maßnahmen", "All measures"),
    "site.measure": ("Maßnahme", "Measure"),
    "site.timeline": ("Verlauf des Stands", "Status history"),
    "site.timeline_none": (
        "Kein Stand erfasst. Das heißt nicht, dass nichts geschehen ist.",
        "No status recorded. That does not mean that nothing happened.",
    ),
    "site.git_changes": ("Änderungen im Plan (git)", "Changes to the plan (git)"),
    "site.git_changes_none": (
        "Keine Änderung an dieser Maßnahme in der erfassten Geschichte.",
        "No change to this measure in the recorded history.",
    ),
    "site.due_basis": ("Grundlage der Fälligkeit", "Basis of the due date"),
    "site.due_plan": ("eigenes Datum im Plan", "the plan's own date"),
    "site.due_assumed": (
        "angenommen aus dem Umsetzungshorizont (Arbeitsannahme des Plans, nicht vom Rat "
        "beschlossen)",
        "assumed from the horizon (the plan's working assumption, not decided by the council)",
    ),
    "site.note": ("Anmerkung", "Note"),
    "site.overdue": ("überfällig", "overdue"),
    "site.status_now": ("Stand am {day}", "Status on {day}"),
    "site.recent": ("Zuletzt geändert", "Recent changes"),
    "site.all_changes": ("Alle Änderungen", "All changes"),
    "site.feed": ("Änderungen als Atom-Feed abonnieren", "Follow the changes (Atom feed)"),
    "site.feed_title": ("Änderungen am Plan", "Changes to the plan"),
    "site.changes_intro": (
        "Jede Änderung an den Plandateien in git, die neueste zuerst, mit ihrer Bedeutung "
        "für den Plan und ihren Folgen am Tag der Änderung.",
        "Every change to the plan's files in git, newest first, with what it means for the "
        "plan and its consequences on the day it was made.",
    ),
    "site.commit_by": ("{author}, {day}", "{author}, {day}"),
    "site.commit": ("Commit", "Commit"),
    "site.first": (
        "Plan erstmals erfasst: {measures}.",
        "The plan first recorded: {measures}.",
    ),
    "site.invalid": (
        "Der Plan ist in dieser Fassung nach den heutigen Regeln von ksplan ungültig "
        "({problems}); die nächste gültige Fassung wird mit der letzten gültigen davor "
        "verglichen (gibt es keine, gilt sie als erste).",
        "By ksplan's rules of today, the plan is invalid in this version ({problems}); the "
        "next valid version is compared with the last valid one before it (without one, it "
        "counts as the first).",
    ),
    "site.noun.problem": ("Fehler|Fehler", "problem|problems"),
    "site.noun.measure": ("Maßnahme|Maßnahmen", "measure|measures"),
    "site.layout_only": (
        "Inhaltlich keine Änderung (nur Form, Reihenfolge oder Kommentare).",
        "No change in content (layout, order or comments only).",
    ),
    "site.consequences": ("Folgen am {day}", "Consequences on {day}"),
    "site.history.none": (
        "Ohne Geschichte erstellt: {reason}",
        "Built without history: {reason}",
    ),
    "site.history.off": (
        "die Geschichte wurde abgeschaltet (--no-history).",
        "the history was switched off (--no-history).",
    ),
    "site.history.no_git": (
        "der Plan liegt nicht in einem git-Repository (oder git fehlt).",
        "the plan is not in a git repository (or git is missing).",
    ),
    "site.history.no_commits": (
        "in git ist noch keine Fassung des Plans erfasst.",
        "git holds no version of the plan yet.",
    ),
    "site.chart.history_title": (
        "Maßnahmen nach Stand im Zeitverlauf",
        "Measures by status over time",
    ),
    "site.chart.history_desc": (
        "Für jede Fassung des Plans in git die Zahl der Maßnahmen je Stand am Tag der "
        "Fassung (die Zahlen stehen in der Tabelle zum Verlauf).",
        "For every version of the plan in git, the number of measures by status on the day "
        "of that version (the figures are in the table of the history).",
    ),
    "site.chart.history_table": ("Zahlen zum Verlauf", "The figures over time"),
    "site.col.date": ("Datum", "Date"),
    "site.col.version": ("Fassung", "Version"),
    "site.col.measures": ("Maßnahmen", "Measures"),
    "site.col.labs": ("Quartierslabore", "Quartierslabore"),
    "site.col.count": ("Anzahl", "Count"),
    "site.col.name": ("Name", "Name"),
    "site.history": ("Verlauf", "History"),
    "site.covered_from": ("abgedeckt seit {day}", "covered since {day}"),
    "site.no_labs": ("Kein Quartierslabor erfasst.", "No Quartierslabor recorded."),
    "site.measures_of_body": ("Maßnahmen in Zuständigkeit", "Measures it is responsible for"),
    "site.field_chart": ("Stand der Maßnahmen im Handlungsfeld", "Status of the field's measures"),
    "site.key_figures_link": ("Alle Kennzahlen im Bericht", "All figures in the report"),
    "site.generated": (
        "Erstellt von ksplan aus den Plandateien; Stand {day}.",
        "Made by ksplan from the plan's files; as of {day}.",
    ),
    "site.built_from": ("Fassung {version}", "version {version}"),
    "site.breadcrumb": ("Sie sind hier", "You are here"),
    # the command
    "site.written": (
        "Website geschrieben: {out} ({pages}, {files})",
        "Website written: {out} ({pages}, {files})",
    ),
    "site.noun.page": ("Seite|Seiten", "page|pages"),
    "site.noun.file": ("Datei|Dateien", "file|files"),
    "site.out_not_site": (
        "--out {out}: Den Ordner gibt es schon, und er ist keine von ksplan erstellte Website "
        "(es fehlt die Datei {marker}). Er wird nicht überschrieben; bitte einen neuen oder "
        "leeren Ordner angeben.",
        "--out {out}: the folder exists and is not a website made by ksplan (there is no "
        "{marker} in it). It is not overwritten; please name a new or empty folder.",
    ),
    "site.out_is_file": (
        "--out {out}: Das ist eine Datei, kein Ordner.",
        "--out {out}: this is a file, not a folder.",
    ),
    "site.out_failed": (
        "--out {out}: Die Website kann dort nicht geschrieben werden ({reason}).",
        "--out {out}: the website cannot be written there ({reason}).",
    ),
    "site.base_url_bad": (
        "--base-url {url}: Bitte eine Web-Adresse mit http:// oder https:// angeben.",
        "--base-url {url}: please give a web address starting with http:// or https://.",
    ),
}
