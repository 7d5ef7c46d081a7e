"""Seat allocations as terminal tables (German, as shown to a committee)."""

from __future__ import annotations

from typing import Any

from rich.table import Table

from ksplan.apportionment import Allocation, fraction_str
from ksplan.seats import METHOD_NAMES, Question, explanation_de, german_decimal, lot_sentence_de


def _title(question: Question, a: Allocation) -> str:
    where = f"Ratsperiode {question.term_id}" if question.term_id else "Was-wäre-wenn"
    return (
        f"Vollversammlung — {a.seats} Ratssitze nach {METHOD_NAMES[a.method]}, {where} "
        f"({a.total_mandates} Mandate)"
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
            r.name,
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
    console.print(explanation_de(a))
    if a.lot_applied is not None:
        console.print(
            f"Los angewandt: {', '.join(a.lot_winners)} "
            f"(gezogen unter {', '.join(a.lot_applied.candidates)})."
        )
    sentence = lot_sentence_de(a)
    if sentence:
        console.print(f"[bold]{sentence}[/bold]")


def print_comparison(console: Any, question: Question, results: list[Allocation]) -> None:
    first = results[0]
    where = f"Ratsperiode {question.term_id}" if question.term_id else "Was-wäre-wenn"
    table = Table(
        title=f"Vollversammlung — {first.seats} Ratssitze im Vergleich, {where} "
        f"({first.total_mandates} Mandate)",
        title_justify="left",
    )
    table.add_column("Fraktion")
    table.add_column("Mandate", justify="right")
    table.add_column("Quote", justify="right")
    for a in results:
        table.add_column(METHOD_NAMES[a.method], justify="right")
    for i, row in enumerate(first.rows):
        cells = [row.name, str(row.mandates), german_decimal(row.quota)]
        for a in results:
            r = a.rows[i]
            lot = a.lot is not None and r.name in a.lot.candidates
            cells.append(f"{r.seats} + Los?" if lot else str(r.seats))
        table.add_row(*cells)
    console.print(table)
    for a in results:
        sentence = lot_sentence_de(a)
        if sentence:
            console.print(f"{METHOD_NAMES[a.method]} — {sentence}")
