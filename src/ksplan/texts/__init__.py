"""The catalogue of every text ksplan shows a person, in German and in English.

Each entry is ``key: (German, English)``; ``{name}`` marks a value filled in, and a count noun
is written ``singular|plural``. The entries are kept in one module per area (what the plan
stands on a day, the report, …) and merged here into :data:`TEXTS`; :func:`ksplan.i18n.t` looks
them up. A key defined twice is an error at import.
"""

from __future__ import annotations

from ksplan.texts import (
    cli,
    diff,
    edits,
    exports,
    failures,
    help,
    oparl,
    orders,
    report,
    seats,
    site,
    standing,
    survey,
    usage,
    validation,
    vocabulary,
    work,
)

TEXTS: dict[str, tuple[str, str]] = {}
for _area in (
    standing.TEXTS,
    orders.TEXTS,
    report.TEXTS,
    vocabulary.TEXTS,
    edits.TEXTS,
    seats.TEXTS,
    diff.TEXTS,
    validation.TEXTS,
    cli.TEXTS,
    usage.TEXTS,
    help.TEXTS,
    survey.TEXTS,
    exports.TEXTS,
    oparl.TEXTS,
    work.TEXTS,
    failures.TEXTS,
    site.TEXTS,
):
    _twice = TEXTS.keys() & _area.keys()
    if _twice:
        raise RuntimeError(f"texts defined twice: {sorted(_twice)}")
    TEXTS.update(_area)
