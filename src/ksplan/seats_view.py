"""Seat allocations as terminal tables (German, as shown to a committee)."""

from __future__ import annotations

from typing import Any

from rich.table import Table
from rich.text import Text

from ksplan.apportionment import Allocation, fraction_str
from ksplan.seats import METHOD_NAMES, Question, explanation_de, german_decimal, lot_sentence_de


def _council_seats(n: int) -> str:
    return "1 Ratssitz" if n == 1 else f"{n} Ratssitze"


def _mandates(n: int) -> str:
    return "1 Mandat" if n == 1 else f"{n} Mandate"


def _title(question: Question, a: Allocation) -> str:
    where = f"Ratsperiode {question.term_id}" if question.term_id else "Was-wäre-wenn"
    return (
        f"Vollversammlung — {_council_seats(a.seats)} nach {METHOD_NAMES[a.method]}, {where} "
        f"({_mandates(a.total_mandates)})"
    )


def print_allocation(console: Any, question: Question, a: Allocation) -> None:
    table = Table(title=_title(question, a), title_justify="left")
    for header, justify in (
        ("Fraktion", "left"),
        ("Mandate", "right"),
        ("Quote (exakt)", "right"),
        ("Quote", "right"),
        ("ganze Sitze", "right"),
        ("Rest", "right"),
        ("Restsitz", "center"),
        ("Sitze", "right"),
    ):
        table.add_column(header, justify=justify)  # type: ignore[arg-type]
    candidates = set(a.lot.candidates) if a.lot else set()
    for r in a.rows:
        seats = str(r.seats) + (" + Los?" if r.name in candidates else "")
        mark = "ja" if r.remainder_seat else ("Los" if r.name in candidates else "")
        if a.method != "hare-niemeyer":
            mark = "Los" if r.name in candidates else "–"
        table.add_row(
            Text(r.name),  # a name such as "[/x]" is text, not console markup
            str(r.mandates),
            fraction_str(r.quota),
            german_decimal(r.quota),
            str(r.whole),
            german_decimal(r.remainder),
            mark,
            seats,
        )
    total_whole = sum(r.whole for r in a.rows)
    seats_sum = str(a.certain_seats) + (f" + {a.lot.seats} Los" if a.lot else "")
    table.add_section()
    table.add_row(
        "Summe", str(a.total_mandates), "", "", str(total_whole), "", "", seats_sum, style="bold"
    )
    console.print(table)
    console.print(explanation_de(a), markup=False)
    if a.lot_applied is not None:
        console.print(
            f"Los angewandt: {', '.join(a.lot_winners)} "
            f"(gezogen unter {', '.join(a.lot_applied.candidates)}).",
            markup=False,
        )
    sentence = lot_sentence_de(a)
    if sentence:
        console.print(Text(sentence, style="bold"))


def print_comparison(console: Any, question: Question, results: list[Allocation]) -> None:
    first = results[0]
    where = f"Ratsperiode {question.term_id}" if question.term_id else "Was-wäre-wenn"
    table = Table(
        title=f"Vollversammlung — {_council_seats(first.seats)} im Vergleich, {where} "
        f"({_mandates(first.total_mandates)})",
        title_justify="left",
    )
    table.add_column("Fraktion")
    table.add_column("Mandate", justify="right")
    table.add_column("Quote", justify="right")
    for a in results:
        table.add_column(METHOD_NAMES[a.method], justify="right")
    for i, row in enumerate(first.rows):
        cells: list[str | Text] = [Text(row.name), str(row.mandates), german_decimal(row.quota)]
        for a in results:
            r = a.rows[i]
            lot = a.lot is not None and r.name in a.lot.candidates
            cells.append(f"{r.seats} + Los?" if lot else str(r.seats))
        table.add_row(*cells)
    table.add_section()
    sums = ["Summe", str(first.total_mandates), ""]
    for a in results:
        sums.append(str(a.certain_seats) + (f" + {a.lot.seats} Los" if a.lot else ""))
    table.add_row(*sums, style="bold")
    console.print(table)
    for a in results:
        if a.majority_clause:
            console.print(
                f"{METHOD_NAMES[a.method]} — Mehrheitsklausel: {a.majority_clause} erhält "
                "vorab einen Restsitz (NKWG § 36 Abs. 3).",
                markup=False,
            )
        if a.lot_applied is not None:
            console.print(
                f"{METHOD_NAMES[a.method]} — Los angewandt: {', '.join(a.lot_winners)} "
                f"(gezogen unter {', '.join(a.lot_applied.candidates)}).",
                markup=False,
            )
        sentence = lot_sentence_de(a)
        if sentence:
            console.print(f"{METHOD_NAMES[a.method]} — {sentence}", markup=False)
