"""The report's pictures as inline SVG, drawn from prepared numbers: no data is computed here.

Three pictures: the council seats of the Vollversammlung as a hemicycle, the twelve
Stadtbezirke as a schematic tile map coloured by Quartierslabor coverage, and the measures by
status as one stacked bar. Each picture is an ``<svg role="img">`` with a ``<title>`` and a
``<desc>`` (referenced by ``aria-labelledby``) and carries its own legend; every text taken
from the plan is escaped. The output is deterministic: same input, same bytes (coordinates
are written with fixed decimals, colours come from fixed palettes).
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from markupsafe import Markup, escape

FONT = "DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif"

# Common party colours, matched against the words of a Fraktion's name. The first match wins,
# so "GRÜNE & Volt" is green; a colour already taken by an earlier Fraktion is not reused.
PARTY_COLOURS: tuple[tuple[frozenset[str], str], ...] = (
    (frozenset({"SPD"}), "#E3000F"),
    (frozenset({"CDU"}), "#2B2B2B"),
    (frozenset({"GRÜNE", "Grüne", "GRÜNEN", "Grünen", "Bündnisgrüne"}), "#1A9E3A"),
    (frozenset({"AfD"}), "#009EE0"),
    (frozenset({"LINKE", "Linke"}), "#BE3075"),
    (frozenset({"FDP"}), "#FFED00"),
    (frozenset({"PARTEI"}), "#8A1538"),
    (frozenset({"Volt"}), "#502379"),
    (frozenset({"BSW"}), "#E8702A"),
)
NEUTRAL_COLOURS: tuple[str, ...] = (
    "#5B7083",
    "#A67C52",
    "#6E9E75",
    "#8E7CC3",
    "#C0A062",
    "#4F8FA6",
    "#9C6B7E",
    "#7F8C5A",
)
LOT_COLOUR = "#B0B0B0"

STATE_COLOURS = {
    "covered": "#2E7D32",
    "planned": "#F2B632",
    "missing": "#F3D3CF",
}
STATUS_COLOURS = {
    "done": "#2E7D32",
    "in_progress": "#1565C0",
    "planned": "#F2B632",
    "dropped": "#6D6D6D",
    "unknown": "#D5DBE0",
}

# The twelve Stadtbezirke of Dortmund in their rough geographic arrangement: (column, row),
# north at the top. Schematic only: tiles of equal size, not the districts' real shapes.
DORTMUND_TILES: dict[str, tuple[int, int]] = {
    "mengede": (0, 0),
    "eving": (2, 0),
    "huckarde": (1, 1),
    "innenstadt-nord": (2, 1),
    "scharnhorst": (3, 1),
    "luetgendortmund": (0, 2),
    "innenstadt-west": (1, 2),
    "innenstadt-ost": (2, 2),
    "brackel": (3, 2),
    "hombruch": (1, 3),
    "hoerde": (2, 3),
    "aplerbeck": (3, 3),
}

_WORD = re.compile(r"[^\W\d_]+")


def party_colours(names: Sequence[str]) -> dict[str, str]:
    """A colour per Fraktion: its party's common colour where the name says, else neutral."""
    colours: dict[str, str] = {}
    used: set[str] = set()
    for name in names:
        words = set(_WORD.findall(name))
        for keys, colour in PARTY_COLOURS:
            if words & keys and colour not in used:
                colours[name] = colour
                used.add(colour)
                break
    spare = [c for c in NEUTRAL_COLOURS if c not in used]
    index = 0
    for name in names:
        if name not in colours:
            colours[name] = spare[index % len(spare)]
            index += 1
    return colours


def text_colour(fill: str) -> str:
    """Black or white, whichever reads better on ``fill`` (#RRGGBB)."""
    red, green, blue = (int(fill[i : i + 2], 16) / 255 for i in (1, 3, 5))

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    # Contrast against white (1.05 / (L + 0.05)) vs. against black ((L + 0.05) / 0.05).
    return "#FFFFFF" if 1.05 / (luminance + 0.05) > (luminance + 0.05) / 0.05 else "#1A1A1A"


def _n(value: float) -> str:
    """A coordinate with at most two decimals, without trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _open(prefix: str, width: float, height: float, title: str, description: str) -> list[str]:
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img" '
        f'viewBox="0 0 {_n(width)} {_n(height)}" width="{_n(width)}" height="{_n(height)}" '
        f'aria-labelledby="{prefix}-title {prefix}-desc" '
        f'font-family="{FONT}" font-size="14">',
        f'<title id="{prefix}-title">{escape(title)}</title>',
        f'<desc id="{prefix}-desc">{escape(description)}</desc>',
    ]


def _hatch(pattern_id: str) -> str:
    return (
        f'<defs><pattern id="{pattern_id}" width="6" height="6" '
        'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        f'<rect width="6" height="6" fill="#EEEEEE"/>'
        f'<line x1="0" y1="0" x2="0" y2="6" stroke="{LOT_COLOUR}" stroke-width="3"/>'
        "</pattern></defs>"
    )


# --- 1. Council seats as a hemicycle --------------------------------------------------------


@dataclass(frozen=True)
class SeatGroup:
    """Seats of one Fraktion, or (``lot=True``) seats still to be drawn by lot."""

    label: str
    seats: int
    colour: str
    lot: bool = False


def _rows_for(total: int) -> int:
    """One arc for a committee-sized number of seats, more rows for a council."""
    if total <= 12:
        return 1
    return max(2, round(math.sqrt(total / 2.5)))


def hemicycle_positions(total: int) -> list[tuple[float, float, float]]:
    """(x, y, radius) of ``total`` seats on a unit half circle, ordered left to right."""
    if total <= 0:
        return []
    rows = _rows_for(total)
    inner = 0.45 if rows > 1 else 1.0
    radii = [inner + (1.0 - inner) * i / (rows - 1) if rows > 1 else 1.0 for i in range(rows)]
    weight = sum(radii)
    ideal = [total * r / weight for r in radii]
    counts = [int(x) for x in ideal]
    order = sorted(range(rows), key=lambda i: (-(ideal[i] - counts[i]), -i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    spots: list[tuple[float, float, float]] = []  # (angle, radius, row)
    for row, (radius, count) in enumerate(zip(radii, counts, strict=True)):
        for k in range(count):
            angle = math.pi / 2 if count == 1 else math.pi * (1 - k / (count - 1))
            spots.append((angle, radius, row))
    spots.sort(key=lambda s: (-round(s[0], 9), s[1]))
    gaps = [math.pi * r / (c - 1) for r, c in zip(radii, counts, strict=True) if c > 1]
    row_gap = (1.0 - inner) / (rows - 1) if rows > 1 else 0.5
    seat = 0.45 * min([row_gap, *gaps])
    seat = min(seat, 0.16)
    return [(r * math.cos(a), r * math.sin(a), seat) for a, r, _ in spots]


def seat_chart(
    groups: Sequence[SeatGroup],
    *,
    title: str,
    description: str,
    centre_label: str,
    legend: Sequence[str],
    prefix: str = "ks-seats",
) -> Markup:
    """The seats as a hemicycle, left to right in the order of ``groups``, with a legend.

    ``legend`` holds one line of text per group (e.g. "SPD: 3 Sitze").
    """
    total = sum(g.seats for g in groups)
    scale = 150.0
    positions = hemicycle_positions(total)
    seat_r = positions[0][2] if positions else 0.1
    margin = 16.0
    half = (1.0 + seat_r) * scale
    width = 2 * half + 2 * margin
    cx = margin + half
    cy = margin + half
    line = 24.0
    legend_top = cy + 34
    height = legend_top + line * len(groups) + 8
    parts = _open(prefix, width, height, title, description)
    if any(g.lot for g in groups):
        parts.append(_hatch(f"{prefix}-lot"))
    index = 0
    for group in groups:
        fill = f"url(#{prefix}-lot)" if group.lot else group.colour
        stroke = "#6D6D6D" if group.lot else "#333333"
        for _ in range(group.seats):
            x, y, r = positions[index]
            index += 1
            parts.append(
                f'<circle cx="{_n(cx + x * scale)}" cy="{_n(cy - y * scale)}" '
                f'r="{_n(r * scale)}" fill="{fill}" stroke="{stroke}" stroke-width="1.5"/>'
            )
    parts.append(
        f'<text x="{_n(cx)}" y="{_n(cy - 0.25 * scale)}" text-anchor="middle" font-size="20" '
        f'font-weight="bold" fill="#1A1A1A">{escape(centre_label)}</text>'
    )
    for i, (group, text) in enumerate(zip(groups, legend, strict=True)):
        y = legend_top + i * line
        fill = f"url(#{prefix}-lot)" if group.lot else group.colour
        parts.append(
            f'<rect x="{_n(margin)}" y="{_n(y)}" width="16" height="16" rx="3" '
            f'fill="{fill}" stroke="#333333"/>'
        )
        parts.append(
            f'<text x="{_n(margin + 24)}" y="{_n(y + 13)}" fill="#1A1A1A">{escape(text)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


# --- 2. The Stadtbezirke as a schematic tile map ---------------------------------------------


@dataclass(frozen=True)
class DistrictTile:
    id: str
    name: str
    state: str  # covered, planned or missing
    state_label: str


def tile_positions(ids: Sequence[str]) -> dict[str, tuple[int, int]]:
    """Dortmund's arrangement when the districts are Dortmund's twelve, else a plain grid."""
    if sorted(ids) == sorted(DORTMUND_TILES):
        return {i: DORTMUND_TILES[i] for i in ids}
    return {i: (k % 4, k // 4) for k, i in enumerate(ids)}


def _name_lines(name: str, limit: int = 14) -> list[str]:
    if len(name) <= limit:
        return [name]
    for sep in ("-", " ", "/"):
        cut = name.rfind(sep, 0, limit + 1)
        if cut > 0:
            head = name[: cut + 1] if sep != " " else name[:cut]
            return [head, name[cut + 1 :]]
    return [name]


def district_map(
    tiles: Sequence[DistrictTile],
    *,
    title: str,
    description: str,
    legend: Sequence[tuple[str, str]],
    note: str,
    compass: str,
    prefix: str = "ks-districts",
) -> Markup:
    """Tiles in their rough arrangement, coloured by state; ``legend`` is (state, text)."""
    positions = tile_positions([t.id for t in tiles])
    columns = max((c for c, _ in positions.values()), default=0) + 1
    rows = max((r for _, r in positions.values()), default=0) + 1
    tile_w, tile_h, gap, margin = 132.0, 64.0, 6.0, 12.0
    grid_w = columns * tile_w + (columns - 1) * gap
    width = max(grid_w + 2 * margin, 420.0)
    top = margin + 18
    grid_h = rows * tile_h + (rows - 1) * gap
    legend_top = top + grid_h + 18
    line = 24.0
    height = legend_top + line * len(legend) + 30
    parts = _open(prefix, width, height, title, description)
    parts.append(
        f'<text x="{_n(margin)}" y="{_n(margin + 10)}" font-size="13" fill="#444444">'
        f"{escape(compass)}</text>"
    )
    for tile in tiles:
        column, row = positions[tile.id]
        x = margin + column * (tile_w + gap)
        y = top + row * (tile_h + gap)
        fill = STATE_COLOURS.get(tile.state, "#FFFFFF")
        ink = text_colour(fill)
        dashed = ' stroke-dasharray="5 3"' if tile.state == "missing" else ""
        parts.append(
            f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(tile_w)}" height="{_n(tile_h)}" rx="6" '
            f'fill="{fill}" stroke="#555555" stroke-width="1.2"{dashed}/>'
        )
        lines = _name_lines(tile.name)
        first = y + (24 if len(lines) == 1 else 18)
        for k, text in enumerate(lines):
            parts.append(
                f'<text x="{_n(x + tile_w / 2)}" y="{_n(first + k * 15)}" text-anchor="middle" '
                f'font-weight="bold" font-size="13" fill="{ink}">{escape(text)}</text>'
            )
        parts.append(
            f'<text x="{_n(x + tile_w / 2)}" y="{_n(y + tile_h - 9)}" text-anchor="middle" '
            f'font-size="12" fill="{ink}">{escape(tile.state_label)}</text>'
        )
    for i, (state, text) in enumerate(legend):
        y = legend_top + i * line
        dashed = ' stroke-dasharray="4 2"' if state == "missing" else ""
        parts.append(
            f'<rect x="{_n(margin)}" y="{_n(y)}" width="16" height="16" rx="3" '
            f'fill="{STATE_COLOURS.get(state, "#FFFFFF")}" stroke="#555555"{dashed}/>'
        )
        parts.append(
            f'<text x="{_n(margin + 24)}" y="{_n(y + 13)}" fill="#1A1A1A">{escape(text)}</text>'
        )
    parts.append(
        f'<text x="{_n(margin)}" y="{_n(height - 10)}" font-size="12" font-style="italic" '
        f'fill="#444444">{escape(note)}</text>'
    )
    parts.append("</svg>")
    return Markup("".join(parts))


# --- 3. Measures by status as a stacked bar ---------------------------------------------------


def _frame(x: float, y: float, width: float, height: float) -> str:
    return (
        f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(width)}" height="{_n(height)}" '
        'fill="none" stroke="#555555" stroke-width="1"/>'
    )


def _status_legend(
    keys: Sequence[str],
    legend: Sequence[str],
    left: float,
    top: float,
    columns: int,
    column_w: float,
    line: float,
) -> list[str]:
    """A swatch in the status's colour and its text, ``columns`` to a row."""
    parts = []
    for i, (key, text) in enumerate(zip(keys, legend, strict=True)):
        x = left + (i % columns) * column_w
        y = top + (i // columns) * line
        parts.append(
            f'<rect x="{_n(x)}" y="{_n(y)}" width="16" height="16" rx="3" '
            f'fill="{STATUS_COLOURS.get(key, "#FFFFFF")}" stroke="#555555"/>'
        )
        parts.append(
            f'<text x="{_n(x + 24)}" y="{_n(y + 13)}" fill="#1A1A1A">{escape(text)}</text>'
        )
    return parts


@dataclass(frozen=True)
class BarSegment:
    key: str  # a status: done, in_progress, planned, dropped, unknown
    label: str
    count: int


def status_bar(
    segments: Sequence[BarSegment],
    *,
    title: str,
    description: str,
    legend: Sequence[str],
    prefix: str = "ks-status",
) -> Markup:
    """One bar split by status (zero counts take no room), with a legend line per segment."""
    total = sum(s.count for s in segments)
    margin, bar_w, bar_h, line, column_w, columns = 12.0, 480.0, 40.0, 24.0, 160.0, 3
    width = bar_w + 2 * margin
    legend_top = margin + bar_h + 14
    legend_rows = (len(segments) + columns - 1) // columns
    height = legend_top + line * legend_rows + 2
    parts = _open(prefix, width, height, title, description)
    x = margin
    for seg in segments:
        if seg.count == 0 or total == 0:
            continue
        w = bar_w * seg.count / total
        fill = STATUS_COLOURS.get(seg.key, "#FFFFFF")
        parts.append(
            f'<rect x="{_n(x)}" y="{_n(margin)}" width="{_n(w)}" height="{_n(bar_h)}" '
            f'fill="{fill}" stroke="#FFFFFF" stroke-width="1"/>'
        )
        if w >= 28:
            parts.append(
                f'<text x="{_n(x + w / 2)}" y="{_n(margin + bar_h / 2 + 5)}" '
                f'text-anchor="middle" font-weight="bold" fill="{text_colour(fill)}">'
                f"{seg.count}</text>"
            )
        x += w
    parts.append(_frame(margin, margin, bar_w, bar_h))
    keys = [seg.key for seg in segments]
    parts += _status_legend(keys, legend, margin, legend_top, columns, column_w, line)
    parts.append("</svg>")
    return Markup("".join(parts))


@dataclass(frozen=True)
class HistoryPoint:
    """The measures by status at one version of the plan (its day)."""

    day: date
    counts: Mapping[str, int]


def status_history(
    points: Sequence[HistoryPoint],
    keys: Sequence[str],
    *,
    title: str,
    description: str,
    legend: Sequence[str],
    prefix: str = "ks-history",
) -> Markup:
    """The measures by status over time: stacked steps, one per version of the plan, on a
    time axis (each version holds until the next); ``keys`` in stacking order, bottom first."""
    margin, left, plot_w, plot_h, line, column_w, columns = 12.0, 44.0, 560.0, 200.0, 24.0, 190.0, 3
    width = left + plot_w + margin
    legend_top = margin + plot_h + 34
    legend_rows = (len(keys) + columns - 1) // columns
    height = legend_top + line * legend_rows + 2
    parts = _open(prefix, width, height, title, description)
    if points:
        first, last = points[0].day, points[-1].day
        span = max((last - first).days, 1)
        top = max(max(sum(p.counts.get(k, 0) for k in keys) for p in points), 1)
        # each version holds until the next; the last one gets a step of its own
        step = plot_w / (len(points) + 1) if (last - first).days == 0 else 0.0

        def x_of(i: int) -> float:
            if step:
                return left + i * step
            return left + (plot_w - 8) * (points[i].day - first).days / span

        for i, point in enumerate(points):
            x0 = x_of(i)
            x1 = x_of(i + 1) if i + 1 < len(points) else left + plot_w
            if x1 - x0 <= 0:
                continue
            y = margin + plot_h
            for key in keys:
                n = point.counts.get(key, 0)
                if not n:
                    continue
                h = plot_h * n / top
                y -= h
                parts.append(
                    f'<rect x="{_n(x0)}" y="{_n(y)}" width="{_n(x1 - x0)}" height="{_n(h)}" '
                    f'fill="{STATUS_COLOURS.get(key, "#FFFFFF")}"/>'
                )
        for value, y in ((top, margin), (0, margin + plot_h)):
            parts.append(
                f'<text x="{_n(left - 6)}" y="{_n(y + 5)}" text-anchor="end" '
                f'fill="#1A1A1A">{value}</text>'
            )
        labels = [(first, x_of(0), "start")]
        if len(points) > 1 and last != first:
            labels.append((last, x_of(len(points) - 1), "end"))
        for day, x, anchor in labels:
            parts.append(
                f'<text x="{_n(x if anchor == "start" else left + plot_w)}" '
                f'y="{_n(margin + plot_h + 20)}" text-anchor="{anchor}" fill="#1A1A1A">'
                f"{day.day:02d}.{day.month:02d}.{day.year:04d}</text>"
            )
    parts.append(_frame(left, margin, plot_w, plot_h))
    parts += _status_legend(keys, legend, left, legend_top, columns, column_w, line)
    parts.append("</svg>")
    return Markup("".join(parts))
