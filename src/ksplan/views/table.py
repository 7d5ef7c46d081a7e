"""Tables for the terminal that never break a word and never cut a value.

Every view that shows rows and columns builds a :class:`FitTable` (never a bare rich
``Table``). At the width it is printed at, it is drawn

- as a table whose columns are as wide as their longest line, when that fits;
- else as a table whose columns wrap between words, when every column can be as wide as its
  longest word (a column made with ``wrap=False`` — numbers, a seat count with its lot mark —
  as wide as its longest value);
- else as one block per row: the row's heading ("M09 — Planung und …"), then every other
  value under its column's name ("  Horizont: kurzfristig"), each wrapped between words.

The title stands left-aligned above it and wraps at the whole width, not the table's. A word
wider than the whole width stands alone on its line, whole (the terminal may fold it; ksplan
never cuts it). Piped output without ``COLUMNS`` is drawn at :data:`ksplan.output.UNWRAPPED`:
one line per row, nothing wrapped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from ksplan.output import CONTINUED, WORD, visible, wrap_words

Justify = Literal["left", "center", "right"]

_EDGE = 1  # the table's left border
_PER_COLUMN = 3  # a column's right border and its padding on both sides
_INDENT = 2  # a value under its row's heading
_HANG = 4  # a value's further lines
_JOIN = " — "  # between the cells of a row's heading


@dataclass
class _Column:
    header: str
    justify: Justify
    wrap: bool


@dataclass
class _Row:
    cells: list[Text]
    style: str | None
    end_section: bool = False


def _escaped(text: Text) -> Text:
    """``text`` as it will be shown (controls, direction overrides and invisible characters as
    escapes, see :func:`ksplan.output.visible`), so that its width is measured as shown."""
    shown = visible(text.plain, lines=True)
    if shown == text.plain:
        return text
    return Text(shown, style=text.style, justify=text.justify, overflow=text.overflow,
                no_wrap=text.no_wrap, end=text.end)  # fmt: skip


class FitTable:
    """A table of rows, drawn to fit the width it is printed at (see the module).

    ``heading`` is the number of leading columns that name a row (joined by " — ") when rows
    are shown as blocks: 1 for a name, 2 for "ID — title".
    """

    def __init__(self, title: str | Text | None = None, *, heading: int = 1) -> None:
        self.title = _escaped(Text(title) if isinstance(title, str) else title) if title else None
        self.heading = heading
        self.columns: list[_Column] = []
        self.rows: list[_Row] = []

    def add_column(self, header: str, *, justify: Justify = "left", wrap: bool = True) -> None:
        self.columns.append(_Column(header, justify, wrap))

    def add_row(self, *cells: str | Text | None, style: str | None = None) -> None:
        """One row; plain strings are text, never console markup."""
        texts = [_escaped(cell if isinstance(cell, Text) else Text(cell or "")) for cell in cells]
        texts += [Text("") for _ in range(len(self.columns) - len(texts))]
        self.rows.append(_Row(texts, style))

    def add_section(self) -> None:
        """A rule under the last row (above a sum, say)."""
        if self.rows:
            self.rows[-1].end_section = True

    # --- layout --------------------------------------------------------------------------

    def _cells(self, index: int) -> list[Text]:
        return [Text(self.columns[index].header), *(row.cells[index] for row in self.rows)]

    def _bounds(self) -> tuple[list[int], list[int]]:
        """Per column the least width that keeps every word (or value) whole, and the width
        of its longest line."""
        lows, highs = [], []
        for index, column in enumerate(self.columns):
            header, *cells = self._cells(index)
            lines = [line for cell in cells for line in cell.plain.split("\n")]
            high = max(map(cell_len, [*lines, *header.plain.split("\n")]), default=0)
            sizes = map(_longest_word if column.wrap else cell_len, lines)
            whole = max(_longest_word(header.plain), *sizes, 0)
            lows.append(whole)
            highs.append(high)
        return lows, highs

    def widths(self, width: int) -> list[int] | None:
        """Each column's width when the table fits ``width`` with every word whole; None when
        it does not (the rows are then shown as blocks)."""
        room = width - _EDGE - _PER_COLUMN * len(self.columns)
        lows, highs = self._bounds()
        if sum(highs) <= room:
            return highs
        if sum(lows) > room:
            return None
        # the room beyond the least widths: first whole lines for the columns that lack
        # least (a status, a date with its note), then the rest to the others in proportion
        # to what each lacks
        chosen = lows[:]
        open_ = sorted(range(len(chosen)), key=lambda i: highs[i] - lows[i])
        while open_ and highs[open_[0]] - lows[open_[0]] <= room - sum(chosen):
            done = open_.pop(0)
            chosen[done] = highs[done]
        lacks = {i: highs[i] - lows[i] for i in open_}
        spare = room - sum(chosen)
        for i in open_:
            chosen[i] += spare * lacks[i] // sum(lacks.values())
        for i in sorted(open_, key=lambda i: chosen[i] - highs[i]):
            if sum(chosen) < room and chosen[i] < highs[i]:
                chosen[i] += 1
        return chosen

    # --- drawing -------------------------------------------------------------------------

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        if self.title is not None and self.title.plain.strip():
            title = Text(style="table.title")
            title.append_text(self.title)
            yield from wrap_words(title, width, hang=CONTINUED)
        widths = self.widths(width)
        if widths is not None:
            yield self._table(widths)
            return
        for row in self.rows:
            yield Text("")
            yield from self._block(row, width)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        lows, highs = self._bounds()
        natural = _EDGE + sum(high + _PER_COLUMN for high in highs)
        least = _INDENT + max(lows, default=0)
        return Measurement(least, natural).clamp(max_width=options.max_width)

    def _table(self, widths: list[int]) -> Table:
        table = Table()
        # a column that does not wrap is as wide as its longest value (see widths): only its
        # name may wrap, between words. No word is wider than its column, so "fold" breaks
        # none; it only drops the blank after a wide character's line, which rich's
        # "ellipsis" would count as too long and cut.
        for column, width in zip(self.columns, widths, strict=True):
            table.add_column(column.header, justify=column.justify, width=width, overflow="fold")
        for row in self.rows:
            table.add_row(*row.cells, style=row.style, end_section=row.end_section)
        return table

    def _block(self, row: _Row, width: int) -> list[Text]:
        """A row as a block: its heading, then each further value under its column's name."""
        named = [" ".join(cell.plain.split("\n")) for cell in row.cells[: self.heading]]
        heading = Text(_JOIN.join(name for name in named if name), style="bold")
        hang = min(cell_len(named[0]) + cell_len(_JOIN), width // 3) if self.heading > 1 else 2
        lines = wrap_words(heading, width, hang=hang)
        for column, cell in zip(
            self.columns[self.heading :], row.cells[self.heading :], strict=True
        ):
            if not cell.plain.strip():
                continue
            first, *more = cell.split("\n")
            label = Text(f"{column.header}: " if column.header else "")
            lines += wrap_words(label + first, width, indent=_INDENT, hang=_HANG)
            for line in more:
                lines += wrap_words(line, width, indent=_HANG, hang=_HANG)
        if row.style:
            for line in lines:
                line.stylize(row.style)
        return lines


class Indented:
    """Text indented by ``indent`` blanks, every line (wrapped ones too), broken only between
    words."""

    def __init__(self, text: Text, indent: int) -> None:
        self.text = text
        self.indent = indent

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from wrap_words(self.text, options.max_width, indent=self.indent, hang=self.indent)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        natural = self.indent + max(map(cell_len, self.text.plain.split("\n")))
        least = self.indent + _longest_word(self.text.plain)
        return Measurement(least, natural).clamp(max_width=options.max_width)


def _longest_word(text: str) -> int:
    return max((cell_len(word) for word in WORD.findall(text)), default=0)
