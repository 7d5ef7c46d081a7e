"""What ksplan says when something fails below the plan's own rules: the YAML reader's syntax
errors, a value the models cannot name, a template that fails or is stopped, standard output
that cannot be written, git, the seat arithmetic's refusals and the operating system's reasons.
"""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    # --- YAML syntax (ksplan.yaml_reader): every problem the YAML parser reports ------------
    "v.yaml.p.sequence_here": (
        "Ein Listeneintrag ('- ') ist an dieser Stelle nicht erlaubt; prüfen Sie die Einrückung.",
        "YAML syntax error: a list item ('- ') is not allowed here; check the indentation",
    ),
    "v.yaml.p.key_here": (
        "Ein Schlüssel mit '?' ist an dieser Stelle nicht erlaubt.",
        "YAML syntax error: a key with '?' is not allowed here",
    ),
    "v.yaml.p.missing_colon": (
        "Hier fehlt das ':' nach dem Schlüssel.",
        "YAML syntax error: the ':' after the key is missing here",
    ),
    "v.yaml.p.directive": (
        "Eine Zeile, die mit '%' beginnt, ist eine YAML-Anweisung; Plandateien verwenden keine. "
        "Setzen Sie Text, der mit '%' beginnt, in Anführungszeichen.",
        "YAML syntax error: a line starting with '%' is a YAML directive; plan files use none. "
        "Put text that starts with '%' in quotes",
    ),
    "v.yaml.p.tag": (
        "Ein '!' leitet hier ein YAML-Tag ein; Plandateien verwenden keine Tags. Setzen Sie Text, "
        "der mit '!' beginnt, in Anführungszeichen.",
        "YAML syntax error: a '!' starts a YAML tag here; plan files use no tags. Put text that "
        "starts with '!' in quotes",
    ),
    "v.yaml.p.document": (
        "Hier beginnt kein gültiges YAML-Dokument.",
        "YAML syntax error: no valid YAML document starts here",
    ),
    "v.yaml.p.after_end": (
        "Nach dem Ende des Dokuments ('...') darf nichts mehr folgen.",
        "YAML syntax error: nothing may follow the end of the document ('...')",
    ),
    "v.yaml.p.anchor_name": (
        "Nach '&' oder '*' muss ein Name aus Buchstaben oder Ziffern folgen; setzen Sie Text, "
        "der mit '&' oder '*' beginnt, in Anführungszeichen.",
        "YAML syntax error: '&' or '*' must be followed by a name of letters or digits; put "
        "text that starts with '&' or '*' in quotes",
    ),
    "v.yaml.p.line_end": (
        "Nach diesem Wert darf in der Zeile nur noch ein Kommentar ('# …') folgen.",
        "YAML syntax error: only a comment ('# …') may follow this value on its line",
    ),
    "v.yaml.p.hex": (
        "Nach \\x, \\u oder \\U müssen in einem Text in doppelten Anführungszeichen "
        "Hexadezimalziffern folgen (ein '\\' selbst wird '\\\\' geschrieben).",
        "YAML syntax error: \\x, \\u or \\U in a double-quoted text must be followed by "
        "hexadecimal digits (a '\\' itself is written '\\\\')",
    ),
    "v.yaml.p.value": (
        "Hier wird ein Wert erwartet.",
        "YAML syntax error: a value is expected here",
    ),
    "v.yaml.p.space": (
        "Hier fehlt ein Leerzeichen oder ein Zeilenumbruch.",
        "YAML syntax error: a space or a line break is missing here",
    ),
    "v.yaml.p.encoding": (
        "Die Datei enthält eine ungültige Zeichenkodierung.",
        "YAML syntax error: the file holds an invalid character encoding",
    ),
    "v.yaml.p.indent_zero": (
        "Nach '|' oder '>' muss die Einrückung eine Ziffer von 1 bis 9 sein.",
        "YAML syntax error: the indentation after '|' or '>' must be a digit from 1 to 9",
    ),
    "v.yaml.p.block_header": (
        "Nach '|' oder '>' dürfen nur '+', '-' oder eine Ziffer von 1 bis 9 folgen.",
        "YAML syntax error: only '+', '-' or a digit from 1 to 9 may follow '|' or '>'",
    ),
    "v.yaml.p.start": (
        "Mit diesem Zeichen kann kein Wert beginnen (z. B. '@', '`' oder '%'); setzen Sie den "
        "Text in Anführungszeichen.",
        "YAML syntax error: no value can start with this character (such as '@', '`' or '%'); "
        "put the text in quotes",
    ),
    "v.yaml.p.anchor_twice": (
        "Dieser Anker ('&name') ist schon vergeben.",
        "YAML syntax error: this anchor ('&name') is already used",
    ),
    "v.yaml.p.unicode": (
        "Dieses Zeichen (\\u… oder \\U…) gibt es in Unicode nicht.",
        "YAML syntax error: there is no such Unicode character (\\u… or \\U…)",
    ),
    "v.yaml.p.alias": (
        "Dieser Verweis ('*name') bezieht sich auf keinen Anker ('&name') davor.",
        "YAML syntax error: this alias ('*name') refers to no anchor ('&name') above it",
    ),
    "v.yaml.p.separator": (
        "Eine Zeile mit '---' oder '...' ist hier nicht erlaubt (vielleicht mitten in einem Text "
        "in Anführungszeichen).",
        "YAML syntax error: a line of '---' or '...' is not allowed here (perhaps inside a "
        "quoted text)",
    ),
    "v.yaml.p.escape": (
        "Unbekannte Escape-Folge mit '\\' in einem Text in doppelten Anführungszeichen (ein '\\' "
        "selbst wird '\\\\' geschrieben, oder der Text steht in einfachen Anführungszeichen).",
        "YAML syntax error: an unknown escape with '\\' in a double-quoted text (a '\\' itself "
        "is written '\\\\', or put the text in single quotes)",
    ),
    "v.yaml.p.block_end": (
        "Die Einrückung hier passt nicht zu den Zeilen darüber.",
        "YAML syntax error: the indentation here does not match the lines above",
    ),
    "v.yaml.odd_break": (
        "Die Datei enthält das Zeichen U+{code} {name}, das YAML als Zeilenumbruch liest, "
        "ein Editor aber nicht anzeigt; ersetzen Sie es durch einen Zeilenumbruch oder ein "
        "Leerzeichen (oder schreiben Sie \\u{code} in einem Text in doppelten Anführungszeichen).",
        "the file contains the character U+{code} {name}, which YAML reads as a line break but "
        "an editor does not show; replace it by a line break or a space (or write \\u{code} "
        "in a double-quoted text)",
    ),
    "v.yaml.p.other": (
        "Die YAML-Syntax ist an dieser Stelle fehlerhaft (Meldung des YAML-Lesers: {problem}).",
        "YAML syntax error: {problem}",
    ),
    # --- a value the models cannot name (ksplan.documents.explain) -------------------------------
    "v.invalid_kind": (
        "Dieser Wert ist hier nicht zulässig (Prüfung „{kind}“).",
        "this value is not allowed here (check '{kind}')",
    ),
    # --- the operating system's reasons (ksplan.i18n.os_reason) ------------------------------
    "os.other": ("Fehlernummer {number}", "error number {number}"),
    # --- the report's templates (ksplan.report) ----------------------------------------------
    "tpl.file": ("eine Vorlagendatei", "a template file"),
    "tpl.whose": ("Vorlagen", "templates"),
    "tpl.unreadable": ("Die Vorlage {path}: {reason}", "the template {path}: {reason}"),
    "tpl.not_utf8": (
        "Die Vorlage {path} ist kein UTF-8-Text (Byte {byte}).",
        "the template {path} is not UTF-8 text (byte {byte})",
    ),
    "tpl.error": (
        "{where}: Fehler in der Vorlage: {message}",
        "{where}: template error: {message}",
    ),
    "tpl.the_template": ("die Vorlage", "the template"),
    "tpl.shipped": ("die Berichtsvorlage", "the report template"),
    "tpl.missing": ("Es gibt keine Vorlage '{name}'.", "there is no template '{name}'"),
    "tpl.stopped": (
        "{where}: {reason}; es wurde nichts geschrieben.",
        "{where}: {reason}; nothing was written",
    ),
    "tpl.too_long": (
        "Die Vorlage brauchte länger als {seconds} Sekunden (eine Schleife in einer Schleife?)",
        "rendering took longer than {seconds} seconds (a loop inside a loop?)",
    ),
    "tpl.too_much": (
        "Die Ausgabe wäre größer als {megabytes} MB",
        "the output would be larger than {megabytes} MB",
    ),
    "tpl.too_big_value": (
        "Es würde ein Wert mit mehr als {limit} Zeichen oder Einträgen gebildet",
        "a value of more than {limit} characters or items would be built",
    ),
    "tpl.too_big_number": (
        "Eine Potenz mit dem Exponenten {right} wäre zu groß, um sie zu berechnen",
        "a power with the exponent {right} would be too large to compute",
    ),
    "tpl.too_deep": (
        "Die Vorlage ruft sich zu tief selbst auf (ein Makro, das sich ohne Ende aufruft?)",
        "the template calls itself too deeply (a macro that calls itself without end?)",
    ),
    "tpl.too_big_product": (
        "Das Produkt zweier Zahlen hätte mehr als {limit} Stellen",
        "the product of two numbers would have more than {limit} digits",
    ),
    "tpl.too_wide": (
        "Eine Breite oder Genauigkeit von {width} in einem Format ist zu groß (höchstens {limit})",
        "a width or precision of {width} in a format is too large (at most {limit})",
    ),
    "tpl.too_much_memory": (
        "Die Vorlage braucht mehr als {megabytes} MB Arbeitsspeicher",
        "the template needs more than {megabytes} MB of memory",
    ),
    # --- git (ksplan.gitio) ------------------------------------------------------------------
    "git.not_installed": (
        "git ist nicht installiert (oder nicht im PATH); ksplan diff braucht es.",
        "git is not installed (or not on PATH); ksplan diff needs it",
    ),
    "git.rev_dash": (
        "'{rev}': Eine Revision darf nicht mit '-' beginnen.",
        "'{rev}': a revision may not start with '-'",
    ),
    "git.rev_empty": ("Es wurde eine leere Revision angegeben.", "an empty revision was given"),
    "git.rev_control": (
        "'{rev}': Eine Revision darf keine Steuerzeichen enthalten.",
        "'{rev}': a revision may not contain control characters",
    ),
    "git.no_base": (
        "'{a}' und '{b}' haben keinen gemeinsamen Vorgänger.",
        "'{a}' and '{b}' have no common ancestor",
    ),
    "git.too_many": (
        "Höchstens zwei Revisionen können verglichen werden, angegeben wurden {n} (möglich: "
        "REV, REV REV, A..B oder A...B).",
        "at most two revisions can be compared, {n} were given (use REV, REV REV, A..B or A...B)",
    ),
    "git.range_and_rev": (
        "'{arg}': Ein Bereich (A..B) kann nicht mit einer weiteren Revision kombiniert werden.",
        "'{arg}': a range (A..B) cannot be combined with another revision",
    ),
    "git.merge_base_repo": (
        "'A...B' braucht ein Repository, in dem der gemeinsame Vorgänger gesucht wird.",
        "'A...B' needs a repository to find the merge base in",
    ),
    "git.cannot_list": (
        "git kann die Dateien von {rev} nicht auflisten (git meldet: {reason})",
        "git cannot list the files of {rev}: {reason}",
    ),
    "git.cannot_read": (
        "git kann die Plandateien nicht lesen (git meldet: {reason})",
        "git cannot read the plan files: {reason}",
    ),
    "git.cannot_read_object": (
        "git kann das Objekt {obj} nicht lesen.",
        "git cannot read the object {obj}",
    ),
    "git.no_plan": (
        "In {folder} gibt es in der Revision {rev} keinen Plan.",
        "there is no plan in {folder} at revision {rev}",
    ),
    "git.no_plan_files": (
        "Keine der Plandateien ({files}) existiert hier in der Revision {rev}: Ist das der Ordner "
        "des Plans (--plan)?",
        "none of the plan files ({files}) exists here at revision {rev}: is this the plan's "
        "folder (--plan)?",
    ),
    "git.file_missing": (
        "Die Datei existiert in der Revision {rev} nicht.",
        "the file does not exist at revision {rev}",
    ),
    "git.file_folder": (
        "Das ist in der Revision {rev} ein Ordner, erwartet wird hier aber eine YAML-Datei.",
        "this is a folder at revision {rev}, but a YAML file is expected here",
    ),
    "git.file_special": (
        "Das ist in der Revision {rev} keine gewöhnliche Datei (ein Link oder ein Submodul).",
        "this is not a regular file at revision {rev} (a link or a submodule)",
    ),
    "git.file_large": (
        "Die Datei ist größer als {megabytes} MB.",
        "the file is larger than {megabytes} MB",
    ),
    "git.unreadable": (
        "Der Plan kann in der Revision {rev} nicht gelesen werden.",
        "the plan cannot be read at revision {rev}",
    ),
    "git.unreadable_both": (
        "Der Plan kann auf keiner der beiden Seiten gelesen werden.",
        "the plan cannot be read on either side",
    ),
    "git.invalid_both": (
        "Der Plan ist auf beiden Seiten fehlerhaft.",
        "the plan is invalid on both sides",
    ),
    # --- the seat arithmetic's refusals (ksplan.apportionment) -------------------------------
    "ap.method": (
        "Unbekanntes Verfahren {method}: möglich sind {methods}",
        "unknown method {method}: choose one of {methods}",
    ),
    "ap.seats_type": (
        "Die Zahl der Sitze muss eine ganze Zahl sein, nicht {seats}",
        "the number of seats must be a whole number, not {seats}",
    ),
    "ap.seats_negative": (
        "Die Zahl der Sitze kann nicht negativ sein ({seats})",
        "the number of seats cannot be negative (got {seats})",
    ),
    "ap.no_mandates": (
        "Die Summe der Mandate ist 0: Es gibt nichts, wonach Sitze verteilt werden könnten",
        "the total of mandates is 0: there is nothing to divide seats by",
    ),
    "ap.majority_hn": (
        "Die Mehrheitsklausel gilt nur für Hare-Niemeyer, nicht für {method}",
        "the majority clause applies to Hare-Niemeyer only, not to {method}",
    ),
    "ap.parties_type": (
        "Die Fraktionen müssen als Liste von Paaren (Name, Mandate) angegeben werden",
        "the parties must be given as a list of (name, mandates) pairs",
    ),
    "ap.no_parties": (
        "Es gibt keine Fraktionen: Mindestens eine wird gebraucht, um Sitze zu vergeben",
        "there are no parties: at least one is needed to give seats to",
    ),
    "ap.entry_pair": (
        "Eintrag {position} ist kein Paar (Name, Mandate): {entry}",
        "entry {position} is not a (name, mandates) pair: {entry}",
    ),
    "ap.entry_name": (
        "Eintrag {position} hat keinen Namen: Jede Fraktion braucht einen",
        "entry {position} has no name: every party needs one",
    ),
    "ap.name_twice": (
        "Der Name {name} kommt mehr als einmal vor",
        "the party name {name} appears more than once",
    ),
    "ap.mandates_type": (
        "Die Mandate von {name} müssen eine ganze Zahl sein, nicht {count}",
        "the mandates of {name} must be a whole number, not {count}",
    ),
    "ap.mandates_negative": (
        "Die Mandate von {name} können nicht negativ sein ({count})",
        "the mandates of {name} cannot be negative (got {count})",
    ),
    "ap.winners_text": (
        "Geben Sie die Losgewinner als Liste von Namen an, nicht als einen Text {text}",
        "give the lot winners as a list of names, not as the single text {text}",
    ),
    "ap.winner_type": (
        "Ein Losgewinner muss der Name einer Fraktion sein, nicht {name}",
        "a lot winner must be a party name, not {name}",
    ),
    "ap.winner_twice": (
        "Jede Fraktion kann das Los nur einmal gewinnen, aber {names} wird mehrfach genannt",
        "each party can win the lot only once, but {names} is named more than once",
    ),
    "ap.no_lot": (
        "Es gibt kein Los zu entscheiden: Das Ergebnis ist eindeutig",
        "there is no lot to decide: the result is unique",
    ),
    "ap.not_candidate": (
        "{name} ist nicht unter den Losbeteiligten ({candidates})",
        "{name} is not among the lot candidates ({candidates})",
    ),
    "ap.lot_count.one": (
        "Das Los geht um {seats}, aber {given} Gewinner wurde angegeben",
        "the lot is for {seats} but {given} winner was given",
    ),
    "ap.lot_count.many": (
        "Das Los geht um {seats}, aber {given} Gewinner wurden angegeben",
        "the lot is for {seats} but {given} winners were given",
    ),
    "ap.seat": ("Sitz|Sitze", "seat|seats"),
    "ap.places": (
        "Die Zahl der Nachkommastellen muss eine ganze Zahl ≥ 0 sein, nicht {places}",
        "the number of decimal places must be a whole number >= 0, not {places}",
    ),
}
