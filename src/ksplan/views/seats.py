"""Seat allocations for a person: the terminal table, the comparison of methods, the JSON
shape, and the sentences (explanation, lot, lot applied) the report shows too.

Every text comes from the catalogue (:mod:`ksplan.texts.seats`) in the language in force, or
in the language given; the lot mark ("+ Los?", "Los") is drawn here only. Names from the plan
are printed as rich ``Text`` (never as markup). rich is imported only to print a table, so
that ``seats --json`` stays quick.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import IO, Any

from ksplan.apportionment import Allocation, Row, decimal_str, fraction_str
from ksplan.i18n import Lang, Msg, count, decimal, t
from ksplan.seats import METHOD_NAMES, SeatsAnswer

# --- words and sentences ---------------------------------------------------------------------


def names(items: Sequence[str], lang: Lang | None = None) -> str:
    """``A``, ``A und B``, ``A, B und C`` (``and`` in English)."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {t('seats.and', lang)} " + items[-1]


def explanation(a: Allocation, lang: Lang | None = None) -> str:
    """A short sentence saying how the seats were reached."""
    method = METHOD_NAMES[a.method]
    if a.seats == 0:
        return t("seats.explain.none", lang, method=method)
    if a.method == "hare-niemeyer":
        whole = sum(r.whole for r in a.rows)
        left = a.seats - whole
        parts = [
            t(
                "seats.explain.hn_whole",
                lang,
                seats=a.seats,
                total=a.total_mandates,
                whole=count(whole, "seats.noun.seat", lang),
            )
        ]
        if left == 0:
            parts.append(t("seats.explain.hn_all_given", lang))
        else:
            if left == 1:
                parts.append(t("seats.explain.hn_one_left", lang))
            else:
                parts.append(t("seats.explain.hn_left", lang, left=left))
            parts.append(t("seats.explain.hn_lot", lang))
        if a.majority_clause:
            parts.append(t("seats.explain.majority", lang, name=a.majority_clause))
        return " ".join(parts)
    divisors = "1, 2, 3, …" if a.method == "dhondt" else "1, 3, 5, …"
    key = "seats.explain.divisor_one" if a.seats == 1 else "seats.explain.divisor_many"
    return t(key, lang, method=method, seats=a.seats, divisors=divisors)


def lot_sentence(a: Allocation, lang: Lang | None = None) -> str | None:
    """The lot still to be drawn, in one sentence; None when the result is unique."""
    if a.lot is None:
        return None
    return t(
        "seats.lot.one" if a.lot.seats == 1 else "seats.lot.many",
        lang,
        n=a.lot.seats,
        names=names(a.lot.candidates, lang),
        certain=a.certain_seats,
        of_seats=count(a.seats, "seats.noun.seat_dative", lang),
    )


def lot_applied_sentence(a: Allocation, lang: Lang | None = None) -> str | None:
    """The lot that was applied; None when none was."""
    if a.lot_applied is None:
        return None
    return t(
        "seats.lot_applied",
        lang,
        winners=", ".join(a.lot_winners),
        candidates=", ".join(a.lot_applied.candidates),
    )


def remainder_mark(a: Allocation, r: Row, *, empty: str, lang: Lang | None = None) -> str:
    """The "Restsitz" cell: ``ja``, ``Los`` (a lot candidate), or ``empty`` (``–`` for the
    divisor methods, which give no remainder seats)."""
    lot = t("seats.lot", lang) if a.lot is not None and r.name in a.lot.candidates else ""
    if a.method != "hare-niemeyer":
        return lot or "–"
    return t("seats.yes", lang) if r.remainder_seat else (lot or empty)


def seats_cell(a: Allocation, r: Row, lang: Lang | None = None) -> str:
    """A row's seats: ``3``, or ``1 + Los?`` for a lot candidate."""
    if a.lot is not None and r.name in a.lot.candidates:
        return t("seats.lot_pending_cell", lang, seats=r.seats)
    return str(r.seats)


def seats_sum(a: Allocation, lang: Lang | None = None) -> str:
    """The sum of seats: ``10``, or ``9 + 1 Los`` with a lot pending."""
    if a.lot is None:
        return str(a.certain_seats)
    return t("seats.sum_with_lot", lang, certain=a.certain_seats, lot=a.lot.seats)


def _where(term_id: str | None) -> str:
    return t("seats.where.term", term=term_id) if term_id else t("seats.where.what_if")


# --- JSON ------------------------------------------------------------------------------------


def allocation_json(a: Allocation) -> dict[str, Any]:
    """The documented, stable JSON shape of one allocation."""
    return {
        "method": a.method,
        "seats": a.seats,
        "total_mandates": a.total_mandates,
        "rows": [
            {
                "name": r.name,
                "mandates": r.mandates,
                "quota": fraction_str(r.quota),
                "quota_decimal": decimal_str(r.quota, 4),
                "whole": r.whole,
                "remainder": fraction_str(r.remainder),
                "remainder_seat": r.remainder_seat,
                "seats": r.seats,
            }
            for r in a.rows
        ],
        "allocation": a.allocation,
        "lot": None
        if a.lot is None
        else {"seats": a.lot.seats, "candidates": list(a.lot.candidates)},
        "lot_applied": None
        if a.lot_applied is None
        else {
            "seats": a.lot_applied.seats,
            "candidates": list(a.lot_applied.candidates),
            "winners": list(a.lot_winners),
        },
        "majority_clause": a.majority_clause,
    }


def answer_json(answer: SeatsAnswer, *, compare: bool) -> dict[str, Any]:
    """One allocation, or with ``compare`` one per method under its name."""
    if compare:
        return {a.method: allocation_json(a) for a in answer.allocations}
    return allocation_json(answer.allocation)


# --- the terminal ----------------------------------------------------------------------------


def write_notes(stream: IO[str], notes: Sequence[Msg]) -> None:
    """The notes on an allocation, one per line (standard error)."""
    for note in notes:
        stream.write(t("seats.note", text=note.render()) + "\n")


def print_answer(console: Any, answer: SeatsAnswer, *, compare: bool) -> None:
    if compare:
        print_comparison(console, answer)
    else:
        print_allocation(console, answer)


def print_allocation(console: Any, answer: SeatsAnswer) -> None:
    from rich.text import Text

    from ksplan.views.table import FitTable

    a = answer.allocation
    title = t(
        "seats.title",
        seats=count(a.seats, "seats.noun.council_seat"),
        method=METHOD_NAMES[a.method],
        where=_where(answer.term_id),
        mandates=count(a.total_mandates, "seats.noun.mandate"),
    )
    table = FitTable(title)
    for header, justify in (
        ("fraktion", "left"),
        ("mandates", "right"),
        ("quota_exact", "right"),
        ("quota", "right"),
        ("whole", "right"),
        ("remainder", "right"),
        ("remainder_seat", "center"),
        ("seats", "right"),
    ):
        # numbers and seat counts ("1 + Los?") are never wrapped
        table.add_column(
            t(f"seats.col.{header}"),
            justify=justify,  # type: ignore[arg-type]
            wrap=header == "fraktion",
        )
    for r in a.rows:
        table.add_row(
            Text(r.name),  # a name such as "[/x]" is text, not console markup
            str(r.mandates),
            fraction_str(r.quota),
            decimal(r.quota),
            str(r.whole),
            decimal(r.remainder),
            remainder_mark(a, r, empty=""),
            seats_cell(a, r),
        )
    table.add_section()
    table.add_row(
        t("seats.sum"),
        str(a.total_mandates),
        "",
        "",
        str(sum(r.whole for r in a.rows)),
        "",
        "",
        seats_sum(a),
        style="bold",
    )
    console.print(table)
    console.print(explanation(a), markup=False)
    applied = lot_applied_sentence(a)
    if applied:
        console.print(applied, markup=False)
    sentence = lot_sentence(a)
    if sentence:
        console.print(Text(sentence, style="bold"))


def print_comparison(console: Any, answer: SeatsAnswer) -> None:
    from rich.text import Text

    from ksplan.views.table import FitTable

    results = answer.allocations
    first = results[0]
    title = t(
        "seats.title_compare",
        seats=count(first.seats, "seats.noun.council_seat"),
        where=_where(answer.term_id),
        mandates=count(first.total_mandates, "seats.noun.mandate"),
    )
    table = FitTable(title)
    table.add_column(t("seats.col.fraktion"))
    table.add_column(t("seats.col.mandates"), justify="right", wrap=False)
    table.add_column(t("seats.col.quota"), justify="right", wrap=False)
    for a in results:
        table.add_column(METHOD_NAMES[a.method], justify="right", wrap=False)
    for i, row in enumerate(first.rows):
        cells: list[str | Text] = [Text(row.name), str(row.mandates), decimal(row.quota)]
        cells.extend(seats_cell(a, a.rows[i]) for a in results)
        table.add_row(*cells)
    table.add_section()
    table.add_row(
        t("seats.sum"),
        str(first.total_mandates),
        "",
        *[seats_sum(a) for a in results],
        style="bold",
    )
    console.print(table)
    for a in results:
        method = METHOD_NAMES[a.method]
        if a.majority_clause:
            text = t("seats.compare_majority", method=method, name=a.majority_clause)
            console.print(text, markup=False)
        for sentence in (lot_applied_sentence(a), lot_sentence(a)):
            if sentence:
                console.print(f"{method} — {sentence}", markup=False)
