"""Tables and text in the terminal: at every width, no word is broken and nothing is cut.

Every view of the shipped plan is drawn at widths from 20 to 200 columns; every word of every
title, column name, cell and sentence it prints must stand whole in what is shown (as many
times as it was given), no line may be wider than the width (but for a single word wider than
the width itself, which stands alone), and no line ends in blanks. ``measures`` is also run in
a real pseudo-terminal of 80 columns.
"""

from __future__ import annotations

import io
import json
import os
import pty
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from functools import cache
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Group
from rich.text import Text

from ksplan.loading import load_plan
from ksplan.output import UNWRAPPED, safe_console
from ksplan.plan import Plan
from ksplan.views.table import FitTable, Indented

from .conftest import DATA

BOX = "\u2500-\u257f"  # box drawing: a table's rules
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


@cache
def shipped() -> Plan:
    return load_plan(DATA)


def _measures(console: Any) -> None:
    from ksplan.catalogue import catalogue_rows, filter_measures
    from ksplan.views.catalogue import catalogue_view

    plan = shipped()
    rows = catalogue_rows(plan, filter_measures(plan))
    console.print(catalogue_view(plan.measures_file.plan.title, rows))


def _coverage(day: date) -> Callable[[Any], None]:
    def show(console: Any) -> None:
        from ksplan.coverage import coverage
        from ksplan.orders import evaluate
        from ksplan.views.standing import coverage_view

        plan = shipped()
        order = plan.lab_deadline
        verdict = evaluate(plan, order, day) if order is not None else None
        console.print(coverage_view(coverage(plan, day), verdict))

    return show


def _overdue(day: date) -> Callable[[Any], None]:
    def show(console: Any) -> None:
        from ksplan.deadlines import past_due
        from ksplan.orders import evaluate
        from ksplan.views.standing import overdue_view

        plan = shipped()
        orders = plan.orders_of("measures-due")
        verdict = evaluate(plan, orders[0], day) if orders else None
        console.print(overdue_view(day, len(plan.measures), past_due(plan, day), verdict))

    return show


def _check(console: Any) -> None:
    from ksplan.orders import check
    from ksplan.views.standing import check_view

    day = date(2026, 11, 30)
    console.print(check_view(day, check(shipped(), day)))


def _seats(term: str | None, *, compare: bool = False) -> Callable[[Any], None]:
    def show(console: Any) -> None:
        from ksplan import seats
        from ksplan.views.seats import print_answer

        options = seats.SeatOptions(compare=compare)
        if term is None:  # the README's lot: D, E and F share the last seat
            parties = [("A", 24), ("B", 20), ("C", 19), ("D", 4), ("E", 4), ("F", 4), ("G", 3)]
            answer = seats.allocation_for_parties(parties, seats.SeatOptions(seats=7))
        else:
            answer = seats.allocation_for_term(shipped(), shipped().term(term), options)
        print_answer(console, answer, compare=compare)

    return show


VIEWS: dict[str, Callable[[Any], None]] = {
    "measures": _measures,
    "coverage 2018": _coverage(date(2018, 12, 31)),
    "coverage 2026": _coverage(date(2026, 11, 30)),
    "overdue 2020": _overdue(date(2020, 3, 1)),
    "overdue 2026": _overdue(date(2026, 11, 30)),
    "check": _check,
    "seats 2020-2025": _seats("2020-2025"),
    "seats compared": _seats("2025-2030", compare=True),
    "seats with a lot": _seats(None),
}


def words_given(objects: Iterable[Any], width: int) -> list[str]:
    """Every word of what the views handed to the console to print: titles, column names,
    cells, sentences. (Shown as blocks, a row's heading needs no column name, "M09 — …", and
    a column's name stands before its values: where it has none, it is not shown.)"""
    found: list[str] = []
    for thing in objects:
        if isinstance(thing, FitTable):
            found += words_given([thing.title] if thing.title is not None else [], width)
            named = thing.columns
            if thing.widths(width) is None:
                named = [
                    column
                    for index, column in enumerate(thing.columns)
                    if index >= thing.heading and any(row.cells[index].plain for row in thing.rows)
                ]
            found += words_given((Text(column.header) for column in named), width)
            found += words_given((cell for row in thing.rows for cell in row.cells), width)
        elif isinstance(thing, Group):
            found += words_given(thing.renderables, width)
        elif isinstance(thing, Indented):
            found += words_given([thing.text], width)
        elif isinstance(thing, Text):
            found += thing.plain.split()
        elif isinstance(thing, str):
            found += thing.split()
        else:
            raise AssertionError(f"a view printed {type(thing).__name__}: test what it shows")
    return [word.rstrip(":") for word in found]


def words_shown(output: str) -> list[str]:
    """The words of the output: what stands between blanks and a table's rules (a block's
    column names end in a colon)."""
    return [word.rstrip(":") for word in re.split(f"[\\s{BOX}]+", output) if word]


def draw(show: Callable[[Any], None], width: int) -> tuple[str, list[Any]]:
    """What a view prints at ``width`` columns, and the objects it handed to the console."""
    buffer = io.StringIO()
    console = safe_console(file=buffer, width=width)
    printed: list[Any] = []
    original = console.print

    def recording(*objects: Any, **options: Any) -> None:
        printed.extend(objects)
        original(*objects, **options)

    console.print = recording
    show(console)
    return buffer.getvalue(), printed


def assert_fits(output: str, given_words: list[str], width: int) -> None:
    missing = Counter(given_words) - Counter(words_shown(output))
    assert not missing, f"broken or cut at {width} columns: {sorted(missing)[:10]}"
    for line in output.splitlines():
        assert line == line.rstrip(), f"blanks at the end of {line!r}"
        if cell_len(line) > width:  # only a word wider than the width, alone on its line
            assert len(line.split()) == 1, f"wider than {width}: {line!r}"
            assert cell_len(line.strip()) > width, line


@settings(max_examples=150, deadline=None)
@given(
    name=st.sampled_from(sorted(VIEWS)),
    width=st.integers(20, 200),
    lang=st.sampled_from(["de", "en"]),
)
def test_every_view_of_the_shipped_plan_keeps_every_word_whole(
    name: str, width: int, lang: str
) -> None:
    from ksplan.i18n import language, use

    before = language()
    use(lang)  # type: ignore[arg-type]
    try:
        output, printed = draw(VIEWS[name], width)
    finally:
        use(before)
    assert printed
    assert_fits(output, words_given(printed, width), width)
    assert not output.startswith(" "), "a title is never centred"


RULES = "".join(map(chr, range(0x2500, 0x2580)))  # told apart from words by the test only
WORD = st.text(
    st.characters(categories=["L", "N", "P", "S"], exclude_characters=RULES),
    min_size=1,
    max_size=30,
)
CELL = st.lists(WORD, max_size=6).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(
    headers=st.lists(WORD, min_size=1, max_size=8),
    data=st.data(),
    width=st.integers(10, 200),
    heading=st.integers(1, 2),
)
def test_any_table_keeps_every_word_whole(
    headers: list[str], data: st.DataObject, width: int, heading: int
) -> None:
    """Any words, any width (wide characters too): a table, a wrapped table or blocks."""
    table = FitTable(data.draw(CELL), heading=heading)
    for index, header in enumerate(headers):
        table.add_column(header, justify="right" if index % 2 else "left", wrap=index != 1)
    for _ in range(data.draw(st.integers(0, 5))):
        table.add_row(*data.draw(st.lists(CELL, min_size=len(headers), max_size=len(headers))))
    output, printed = draw(lambda console: console.print(table), width)
    assert_fits(output, words_given(printed, width), width)


def test_piped_without_columns_is_one_line_a_row() -> None:
    """Piped without COLUMNS: the table at its natural width, one line per measure, the title
    flush left above it."""
    output, _ = draw(_measures, UNWRAPPED)
    lines = output.splitlines()
    assert lines[0] == "Masterplan Kommunale Sicherheit — 30 Maßnahmen"
    rows = [line for line in lines if line.startswith("│ M")]
    assert len(rows) == 30 == len(lines) - 5  # title, top rule, header, rule, bottom rule
    assert len({cell_len(line) for line in lines[1:]}) == 1


def test_a_table_too_wide_for_whole_words_becomes_blocks() -> None:
    output, _ = draw(_measures, 80)
    block = output.split("\n\n")[9]  # M09
    assert block.splitlines() == [
        "M09 — Planung und Erarbeitung eines „Aktionsplans Saubere Stadt“ und",
        "      Fortschreibung als Stadtentwicklungskonzept",
        "  Horizont: kurzfristig",
        "  Handlungsfeld: Sichere öffentliche Räume",
        "  Zuständig: EDG Entsorgung Dortmund GmbH",
        "  Stand: in Umsetzung",
        "  fällig: 21.02.2021 (angenommen)",
    ]


def test_a_narrow_table_wraps_between_words_and_keeps_numbers_whole() -> None:
    table = FitTable("Sitze")
    table.add_column("Fraktion")
    table.add_column("Sitze", justify="right", wrap=False)
    table.add_row("Bündnis 90/Die Grünen", "1 + Los?")
    output, _ = draw(lambda console: console.print(table), 30)
    assert output.splitlines() == [
        "Sitze",
        "┏━━━━━━━━━━━━━━━━━┳━━━━━━━━━━┓",
        "┃ Fraktion        ┃    Sitze ┃",
        "┡━━━━━━━━━━━━━━━━━╇━━━━━━━━━━┩",
        "│ Bündnis 90/Die  │ 1 + Los? │",
        "│ Grünen          │          │",
        "└─────────────────┴──────────┘",
    ]


def test_measures_in_a_real_terminal_of_80_columns() -> None:
    """``ksplan measures`` in a pseudo-terminal 80 columns wide, as a clerk runs it: every word
    of every measure whole, no line wider than the terminal, none ending in blanks."""
    import fcntl
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 80, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR")}
    env.update(TERM="xterm-256color", KSPLAN_LANG="de")
    child = subprocess.Popen(
        [sys.executable, "-m", "ksplan", "measures", "--plan", str(DATA)],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,
    )
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal closes when the child is gone
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    assert child.wait(timeout=60) == 0
    shown = ANSI.sub("", b"".join(chunks).decode("utf-8")).replace("\r\n", "\n")
    assert "\x1b" not in shown
    rows = json.loads(
        subprocess.run(
            [sys.executable, "-m", "ksplan", "measures", "--plan", str(DATA), "--json"],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
    )
    given = [
        word
        for row in rows
        for value in (row["id"], row["title"], row["field_name"], "; ".join(row["owners"]))
        for word in value.split()
    ]
    assert_fits(shown, [word.rstrip(":") for word in given], 80)
    assert "\n  Horizont: kurzfristig\n" in shown
    assert "  fällig: 21.02.2021 (angenommen)\n" in shown


def test_every_terminal_table_is_a_fit_table() -> None:
    """A rich ``Table`` built anywhere but in views/table.py would break words or cut values
    again at some width: every view builds a FitTable."""
    from .conftest import REPO

    source = REPO / "src" / "ksplan"
    offenders = [
        str(path.relative_to(source))
        for path in source.rglob("*.py")
        if path != source / "views" / "table.py"
        and re.search(r"^\s*from rich\.table import|rich\.table\.Table", path.read_text(), re.M)
    ]
    assert offenders == []
