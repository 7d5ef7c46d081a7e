"""Words a clerk types, understood: status words in German or English, measure IDs, districts,
bodies and Fraktionen in any letter case, with or without umlauts — and "meinten Sie …?"
for a near miss.

Every function returns the plan's own spelling (``in_progress``, ``M05``, ``hoerde``) or
raises :class:`~ksplan.errors.UsageError` naming what was typed, the nearest known word and
the known words.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping

from ksplan.errors import UsageError
from ksplan.i18n import t
from ksplan.models import STATUSES, Status

_STATUS_WORDS: dict[str, Status] = {
    # German, as the report and the terminal show them, and as a clerk says them
    "geplant": "planned",
    "in umsetzung": "in_progress",
    "laufend": "in_progress",
    "begonnen": "in_progress",
    "umgesetzt": "done",
    "erledigt": "done",
    "abgeschlossen": "done",
    "verworfen": "dropped",
    "eingestellt": "dropped",
    "unbekannt": "unknown",
    # English, as the data writes them
    "planned": "planned",
    "in progress": "in_progress",
    "done": "done",
    "dropped": "dropped",
    "unknown": "unknown",
}
"""Every spelling accepted for a status, folded (see :func:`fold`)."""


def fold(text: str) -> str:
    """A word as compared: lower case, umlauts and ß spelt out (ö → oe), accents dropped,
    underscores, hyphens and runs of spaces as one space."""
    text = unicodedata.normalize("NFC", text.strip()).lower()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, plain)
    text = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    return re.sub(r"[\s_\-]+", " ", text)


def _suggestion(typed: str, known: Iterable[str]) -> str:
    """`` – meinten Sie „Hörde“?`` for the nearest known word (the first spelling of it
    given), else a full stop."""
    words = list(known)
    close = difflib.get_close_matches(fold(typed), [fold(k) for k in words], n=1, cutoff=0.6)
    for word in words:
        if close and fold(word) == close[0]:
            return t("vocabulary.did_you_mean", word=word)
    return "."


def status(typed: str) -> Status:
    """``erledigt``, ``In Umsetzung``, ``in_umsetzung``, ``DONE`` … → the data's status word."""
    found = _STATUS_WORDS.get(fold(typed))
    if found is not None:
        return found
    shown = [t(f"status.{s}") for s in STATUSES]
    raise UsageError(
        t(
            "vocabulary.no_status",
            typed=typed,
            hint=_suggestion(typed, [*shown, *_STATUS_WORDS]),
            known=", ".join(shown),
        )
    )


_MEASURE_ID = re.compile(r"m\s*0*([0-9]{1,5})", re.IGNORECASE)


def measure_id(typed: str, known: Iterable[str]) -> str:
    """``m5``, ``M5``, ``m05``, ``M 05`` → ``M05`` (as many digits as the plan's IDs have)."""
    ids = list(known)
    match = _MEASURE_ID.fullmatch(typed.strip())
    if match is not None:
        number = int(match.group(1))
        for candidate in ids:
            if candidate[1:].isdigit() and int(candidate[1:]) == number:
                return candidate
    raise UsageError(
        t(
            "vocabulary.no_measure",
            typed=typed,
            hint=".",  # a measure ID one digit away is no better guess than another
            first=ids[0] if ids else "",
            last=ids[-1] if ids else "",
        )
    )


def named(typed: str, names: Mapping[str, str], what: str) -> str:
    """An ID chosen by its ID or its name, in any letter case, with or without umlauts:
    ``Hörde``, ``hoerde``, ``HÖRDE`` → ``hoerde``. ``names`` maps each ID to its name;
    ``what`` is the catalogue noun (``vocabulary.what.district`` …)."""
    wanted = fold(typed)
    for key, name in names.items():
        if wanted in (fold(key), fold(name)):
            return key
    raise UsageError(
        t(
            "vocabulary.unknown",
            what=t(f"vocabulary.what.{what}"),
            typed=typed,
            hint=_suggestion(typed, [*names.values(), *names]),
            known=", ".join(names.values()),
        )
    )


# The kinds of a meeting as a clerk may type them (``--kind``), in the data's words
MEETING_KIND_WORDS = {
    "regular": "ordentlich",
    "special": "Sondersitzung",
    "constituent": "konstituierend",
}
