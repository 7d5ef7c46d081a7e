"""Texts of mistakes on the command line itself (:mod:`ksplan.views.usage`)."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "usage.usage": ("Aufruf:", "Usage:"),
    "usage.help": ("Hilfe: {command} --help", "Help: {command} --help"),
    "usage.missing_option": ("Die Angabe {name} fehlt.", "Missing option {name}."),
    "usage.missing_argument": ("Die Angabe {name} fehlt.", "Missing argument {name}."),
    "usage.no_such_option": (
        "Die Option {name} gibt es nicht{hint}",
        "There is no option {name}{hint}",
    ),
    "usage.no_such_command": (
        "Den Befehl „{name}“ gibt es nicht{hint}",
        "There is no command '{name}'{hint}",
    ),
    "usage.did_you_mean": (" – meinten Sie {names}?", " – did you mean {names}?"),
    "usage.bad_value": (
        "Ungültiger Wert für {name}: {reason}",
        "Invalid value for {name}: {reason}",
    ),
    "usage.needs_value": (
        "Nach {name} fehlt der Wert.",
        "{name} needs a value after it.",
    ),
    "usage.extra_arguments": (
        "Überzählige Angaben: {args}",
        "Unexpected extra arguments: {args}",
    ),
    "usage.options": (
        "[OPTIONEN]",
        "[OPTIONS]",
    ),
    "usage.integer": (
        "eine ganze Zahl wird erwartet",
        "a whole number is expected",
    ),
}
