"""Texts of :mod:`ksplan.vocabulary`: words a clerk typed that were not understood."""

from __future__ import annotations

TEXTS: dict[str, tuple[str, str]] = {
    "vocabulary.did_you_mean": (" – meinten Sie „{word}“?", " – did you mean '{word}'?"),
    "vocabulary.no_status": (
        "„{typed}“ ist kein Stand{hint} Möglich sind: {known}",
        "'{typed}' is not a status{hint} Use one of: {known}",
    ),
    "vocabulary.no_measure": (
        "„{typed}“ ist keine Maßnahme des Plans (Maßnahmen {first} bis {last}){hint}",
        "'{typed}' is not a measure of the plan (measures {first} to {last}){hint}",
    ),
    "vocabulary.unknown": (
        "{what} „{typed}“ gibt es im Plan nicht{hint} Bekannt sind: {known}",
        "There is no {what} '{typed}' in the plan{hint} Known: {known}",
    ),
    "vocabulary.what.district": ("Einen Stadtbezirk", "Stadtbezirk"),
    "vocabulary.what.body": ("Eine Stelle", "body"),
    "vocabulary.what.field": ("Ein Handlungsfeld", "Handlungsfeld"),
    "vocabulary.what.fraktion": ("Eine Fraktion", "Fraktion"),
    "vocabulary.what.term": ("Eine Ratsperiode", "council term"),
}
