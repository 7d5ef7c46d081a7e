"""Languages: which one is spoken, and how texts, dates, numbers and counts are written in it.

ksplan speaks German by default and English on request (``--lang en`` or ``KSPLAN_LANG=en``).
The command line sets the language once (:func:`use`); everything that words a text asks
:func:`t` for it by key, in the language in force. Every text lives in one catalogue,
:mod:`ksplan.texts`, with its German and its English wording side by side; a test fails when a
text exists in one language only or the two wordings take different values.

Dates are written 21.02.2019 in both languages (the plan's readers are German), ISO 8601 in
JSON; decimals with a comma in German (3,1034) and a point in English; small counts in words
where a sentence reads better so ("dreimal", "three times").
"""

from __future__ import annotations

import errno
import string
from collections.abc import Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import Literal

Lang = Literal["de", "en"]
LANGS: tuple[Lang, ...] = ("de", "en")
DEFAULT: Lang = "de"

_current: ContextVar[Lang] = ContextVar("ksplan_language", default=DEFAULT)

_NAMES: dict[str, Lang] = {
    "de": "de",
    "deu": "de",
    "ger": "de",
    "deutsch": "de",
    "german": "de",
    "en": "en",
    "eng": "en",
    "englisch": "en",
    "english": "en",
}


def parse_language(text: str) -> Lang | None:
    """``de``/``en`` (also ``Deutsch``, ``English``, ``DE``, ``de_DE.UTF-8``); None if unknown."""
    word = text.strip().lower().replace("-", "_").split(".")[0].split("_")[0]
    return _NAMES.get(word)


def use(lang: Lang) -> None:
    """Speak ``lang`` from now on (the command line calls this once, before any work)."""
    _current.set(lang)


def language() -> Lang:
    return _current.get()


def t(key: str, /, lang: Lang | None = None, **values: object) -> str:
    """The text ``key`` of the catalogue in ``lang`` (default: the language in force), with
    ``values`` filled in. An unknown key is a programming error (KeyError)."""
    from ksplan.texts import TEXTS

    de, en = TEXTS[key]
    template = de if (lang or _current.get()) == "de" else en
    return template.format(**values) if values else template


@dataclass(frozen=True)
class Msg:
    """A text of the catalogue with its values, worded only when shown — so that a result
    of the core can be shown in either language. A value may itself be a :class:`Msg`, or a
    tuple of them (joined with commas)."""

    key: str
    values: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.render()

    def render(self, lang: Lang | None = None) -> str:
        chosen = lang or _current.get()
        return t(self.key, chosen, **{k: _render(v, chosen) for k, v in self.values.items()})


def msg(key: str, /, **values: object) -> Msg:
    return Msg(key, values)


class Dated:
    """A date as precise as known (``PartialDate``), worded only when shown: a month is
    named in the language then in force (Mai 2024, May 2024)."""

    __slots__ = ("value",)

    def __init__(self, value: object) -> None:
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Dated) and other.value == self.value

    def __hash__(self) -> int:
        return hash(self.value)

    def __str__(self) -> str:
        return self.render()

    def render(self, lang: Lang | None = None) -> str:
        return str(self.value.format(lang or _current.get()))  # type: ignore[attr-defined]


def _render(value: object, lang: Lang) -> object:
    if isinstance(value, Msg | Dated):
        return value.render(lang)
    if isinstance(value, tuple):
        return ", ".join(str(_render(v, lang)) for v in value)
    return value


def both(key: str, /, **values: object) -> tuple[str, str]:
    """The text in German and in English (for results that carry both)."""
    return t(key, "de", **values), t(key, "en", **values)


# --- numbers and counts --------------------------------------------------------------------

_WORDS: dict[Lang, tuple[str, ...]] = {
    "de": (
        "null",
        "ein",
        "zwei",
        "drei",
        "vier",
        "fünf",
        "sechs",
        "sieben",
        "acht",
        "neun",
        "zehn",
        "elf",
        "zwölf",
    ),
    "en": (
        "no",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
    ),
}


def count(n: int, key: str, lang: Lang | None = None) -> str:
    """``n`` and the catalogue noun ``key`` (``"Sitz|Sitze"``) in the right number:
    ``1 Sitz``, ``3 Sitze``; with thousands separated (``10.000 Maßnahmen``)."""
    chosen = lang or _current.get()
    one, many = t(key, chosen).split("|")
    return f"{number(n, chosen)} {one if n == 1 else many}"


def times(n: int, lang: Lang | None = None) -> str:
    """How often, in words for small numbers: ``einmal``/``dreimal``, ``once``/``three times``."""
    chosen = lang or _current.get()
    if chosen == "de":
        return f"{_WORDS['de'][n]}mal" if 0 < n <= 12 else f"{number(n, 'de')}-mal"
    if n == 1:
        return "once"
    if n == 2:
        return "twice"
    return f"{_WORDS['en'][n]} times" if 0 < n <= 12 else f"{number(n, 'en')} times"


def number(n: int, lang: Lang | None = None) -> str:
    """A whole number with thousands separated: 10.000 (German), 10,000 (English)."""
    text = f"{n:,}"
    return text.replace(",", ".") if (lang or _current.get()) == "de" else text


def decimal(value: Fraction | int, places: int = 4, lang: Lang | None = None) -> str:
    """An exact value rounded half away from zero to ``places`` decimals: 3,1034 (German),
    3.1034 (English)."""
    fraction = Fraction(value)
    scaled = abs(fraction) * 10**places
    rounded = (scaled.numerator * 2 + scaled.denominator) // (2 * scaled.denominator)
    sign = "-" if fraction < 0 and rounded else ""
    whole, part = divmod(rounded, 10**places)
    mark = "," if (lang or _current.get()) == "de" else "."
    return f"{sign}{whole}{mark}{part:0{places}d}" if places else f"{sign}{whole}"


def day(value: date) -> str:
    """21.02.2019 — in German and English texts alike (JSON uses ISO 8601)."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def both_dates(value: date) -> str:
    """A date in both ways a clerk may type it: 31.12.2024 (2024-12-31)."""
    return f"{day(value)} ({value.isoformat()})"


# --- the catalogue's own check ----------------------------------------------------------------


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def catalogue_problems(texts: Mapping[str, tuple[str, str]]) -> list[str]:
    """Entries missing a language, or whose two wordings take different values."""
    found = []
    for key, pair in texts.items():
        if not (isinstance(pair, tuple) and len(pair) == 2 and all(pair)):
            found.append(f"{key}: needs a German and an English text")
            continue
        de, en = pair
        if placeholders(de) != placeholders(en):
            found.append(f"{key}: {sorted(placeholders(de))} ≠ {sorted(placeholders(en))}")
        if ("|" in de) != ("|" in en):
            found.append(f"{key}: a count noun needs singular|plural in both languages")
    return found


_OS_REASONS = {
    errno.ENOENT: "os.enoent",
    errno.EACCES: "os.eacces",
    errno.EPERM: "os.eperm",
    errno.ENOSPC: "os.enospc",
    errno.EDQUOT: "os.edquot",
    errno.EROFS: "os.erofs",
    errno.EEXIST: "os.eexist",
    errno.EISDIR: "os.eisdir",
    errno.ENOTDIR: "os.enotdir",
    errno.EIO: "os.eio",
    errno.EBUSY: "os.ebusy",
    errno.EBADF: "os.ebadf",
    errno.ENAMETOOLONG: "os.enametoolong",
}


def os_reason(exc: OSError) -> str:
    """Why the operating system refused, in the language in force (a reason ksplan has no
    words for by its number)."""
    key = _OS_REASONS.get(exc.errno) if exc.errno is not None else None
    if key is not None:
        return t(key)
    if exc.errno is not None:  # the system's own words would be in its language, not ours
        return t("os.other", number=exc.errno)
    return exc.strerror or str(exc)


def language_in(argv: list[str]) -> Lang:
    """The language a command line asks for: ``--lang`` as typed, else ``KSPLAN_LANG``, else
    German."""
    import os

    for i, arg in enumerate(argv):
        if arg.startswith("--lang="):
            found = parse_language(arg.split("=", 1)[1])
        elif arg == "--lang" and i + 1 < len(argv):
            found = parse_language(argv[i + 1])
        else:
            continue
        if found is not None:
            return found
    return parse_language(os.environ.get("KSPLAN_LANG", "")) or "de"
