"""Texts of the command line itself: options, output files, revisions, the plan folder."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "cli.diff_driver_args": (
        "git-diff-driver wird von git mit sieben Argumenten aufgerufen",
        "git-diff-driver is called by git with seven arguments",
    ),
    "cli.completion.installed": (
        "Vervollständigung für {shell} eingerichtet in {path}; sie gilt in jedem neuen Terminal.",
        "{shell} completion set up in {path}; it works in every new terminal.",
    ),
    "cli.completion.unknown_shell": (
        "ksplan: Vervollständigung gibt es für bash und zsh, nicht für „{shell}“ (die Shell "
        "steht in der Umgebungsvariablen SHELL).",
        "ksplan: completion is available for bash and zsh, not for '{shell}' (the shell is "
        "read from the environment variable SHELL).",
    ),
    "os.enoent": ("Datei oder Ordner nicht gefunden", "No such file or directory"),
    "os.eacces": ("keine Berechtigung", "Permission denied"),
    "os.eperm": ("Vorgang nicht erlaubt", "Operation not permitted"),
    "os.enospc": ("kein Platz mehr auf dem Datenträger", "No space left on device"),
    "os.edquot": ("Speicherkontingent überschritten", "Disk quota exceeded"),
    "os.erofs": ("der Datenträger ist schreibgeschützt", "Read-only file system"),
    "os.eexist": ("gibt es schon", "File exists"),
    "os.eisdir": ("ist ein Ordner", "Is a directory"),
    "os.enotdir": ("ist kein Ordner", "Not a directory"),
    "os.eio": ("Ein-/Ausgabefehler", "Input/output error"),
    "os.ebusy": ("Gerät oder Datei belegt", "Device or resource busy"),
    "os.ebadf": ("die Ausgabe ist geschlossen", "Bad file descriptor"),
    "os.enametoolong": ("der Name ist zu lang", "File name too long"),
    "cli.out_unwritable": (
        "--out {out}: Der Bericht kann dort nicht geschrieben werden ({reason}).",
        "--out {out}: the report cannot be written there ({reason}).",
    ),
    "cli.schemas_unwritable": (
        "--out {out}: Die Schemas können dort nicht geschrieben werden ({reason}).",
        "--out {out}: the schemas cannot be written there ({reason}).",
    ),
    "cli.git_missing": (
        "git lässt sich nicht starten ({reason}); ist git installiert?",
        "git cannot be run ({reason}); is git installed?",
    ),
    "cli.interrupted": ("abgebrochen", "interrupted"),
    "cli.unwritable": (
        "{stream} kann nicht geschrieben werden ({reason}); die Ausgabe ist unvollständig.",
        "{stream} cannot be written ({reason}); the output is incomplete.",
    ),
    "cli.stream.stdout": ("Die Standardausgabe", "Standard output"),
    "cli.stream.stderr": ("Die Fehlerausgabe", "Standard error"),
    "cli.internal_error": (
        "interner Fehler ({error}). Das ist ein Fehler in ksplan, nicht in Ihren Daten; mit "
        "KSPLAN_DEBUG=1 erneut aufrufen für Einzelheiten.",
        "internal error ({error}). This is a bug in ksplan; run again with KSPLAN_DEBUG=1 for "
        "details.",
    ),
    "cli.unknown_language": (
        "Die Sprache „{typed}“ gibt es nicht; möglich sind de (Deutsch) und en (Englisch).",
        "unknown language '{typed}'; use de or en",
    ),
    "cli.unknown_format": (
        "Das Format „{typed}“ gibt es nicht; möglich sind: {known}.",
        "unknown format '{typed}': use one of: {known}",
    ),
    "cli.out_folder": (
        "--out {out} ist ein Ordner; bitte einen Dateinamen angeben, z. B. {example}",
        "--out {out} is a folder; give a file name, e.g. {example}",
    ),
    "cli.out_not_file": (
        "--out {out} ist keine gewöhnliche Datei; bitte einen Dateinamen für den Bericht angeben",
        "--out {out} is not a regular file; give a file name for the report",
    ),
    "cli.out_plan_file": (
        "--out {out} ist eine Datei des Plans selbst; der Bericht würde sie ersetzen",
        "--out {out} is a file of the plan itself; the report would replace it",
    ),
    "cli.no_plan_folder": (
        "Hier ist kein Plan-Ordner (kein ./data, kein --plan, kein $KSPLAN_PLAN); der in ksplan "
        "mitgelieferte Dortmunder Plan kann nicht geändert werden — bitte im Ordner mit data/ "
        "aufrufen oder --plan ORDNER angeben",
        "there is no plan folder here (no ./data, no --plan, no $KSPLAN_PLAN); the Dortmund "
        "plan shipped inside ksplan is read-only — run this in the folder that holds data/, or "
        "give --plan DIR",
    ),
    "cli.not_a_commit": (
        "„{rev}“ ist kein Commit in diesem Repository",
        "'{rev}' is not a commit in this repository",
    ),
    "cli.not_in_git": (
        "{folder} liegt in keinem git-Repository{hint}",
        "{folder} is not inside a git repository{hint}",
    ),
    "cli.git_config": ("git config {key} '{value}'", "git config {key} '{value}'"),
    "cli.attributes_added": (
        "„{pattern}“ in {path} eingetragen (bitte .gitattributes mit einchecken)",
        "added '{pattern}' to {path} (commit .gitattributes too)",
    ),
    "cli.no_plan_to_compare": (
        "Hier ist kein Plan-Ordner (kein ./data, kein --plan, kein $KSPLAN_PLAN): Es gibt "
        "nichts zu vergleichen. Bitte im Ordner mit data/ aufrufen oder --plan ORDNER angeben.",
        "there is no plan folder here (no ./data, no --plan, no $KSPLAN_PLAN): there is nothing "
        "to compare; run this in the folder that holds data/, or give --plan DIR",
    ),
}
