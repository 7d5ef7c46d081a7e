"""The report (``ksplan report``): golden files, escaping, determinism and user templates.

Golden files: ``tests/golden/report/report.{de,en}.{md,html}`` hold the report of the shipped
plan as of 22.11.2026. After an intended change to the report, the templates or the shipped
data, regenerate them with

    KSPLAN_REGENERATE_GOLDEN=1 .venv/bin/pytest tests/test_report.py tests/test_report_browser.py

and review the difference (``git diff tests/golden/report/``) before committing. The same
variable makes the browser test rewrite the README's screenshot ``docs/report.png``.
"""

from __future__ import annotations

import dataclasses
import os
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from ksplan import svg
from ksplan.errors import UsageError
from ksplan.loading import load_plan
from ksplan.paths import shipped
from ksplan.plan import Plan
from ksplan.report import build_context, md_escape, render_report, write_report

from .conftest import check_golden, edit

GOLDEN = Path(__file__).resolve().parent / "golden" / "report"
AS_OF = date(2026, 11, 22)
REGENERATE = os.environ.get("KSPLAN_REGENERATE_GOLDEN") == "1"
EVIL = "<script>alert(1)</script> & | [x](http://evil)"
SECTION_IDS = [
    "key-figures",
    "assembly",
    "coverage",
    "overdue",
    "catalogue",
    "rules",
    "work",
    "assumptions",
    "sources",
]


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(shipped("data"))


def with_title(plan: Plan, measure_id: str, title: str) -> Plan:
    """The plan with one measure's title replaced (no YAML round trip: fast for Hypothesis)."""
    measures = [
        m.model_copy(update={"title": title}) if m.id == measure_id else m for m in plan.measures
    ]
    measures_file = plan.measures_file.model_copy(update={"measures": measures})
    return dataclasses.replace(plan, measures_file=measures_file)


# --- Markdown and HTML helpers --------------------------------------------------------------


def cells(row: str) -> int:
    """The number of cells of a Markdown table row: pipes not escaped by a backslash."""
    count = 0
    i = 0
    while i < len(row):
        if row[i] == "\\":
            i += 2
            continue
        if row[i] == "|":
            count += 1
        i += 1
    return count - 1  # a row starts and ends with a pipe


def tables(markdown: str) -> list[list[str]]:
    found: list[list[str]] = []
    current: list[str] = []
    for line in markdown.split("\n"):
        if line.startswith("|"):
            current.append(line)
        elif current:
            found.append(current)
            current = []
    if current:
        found.append(current)
    return found


def assert_tables_regular(markdown: str) -> None:
    all_tables = tables(markdown)
    assert all_tables
    for table in all_tables:
        widths = {cells(row) for row in table}
        assert len(widths) == 1, table
        for row in table:
            assert row.endswith("|") and not row.endswith("\\|"), row


def markdown_html(markdown: str) -> str:
    """The Markdown as a renderer with raw HTML allowed would show it (the worst case)."""
    return MarkdownIt("commonmark", {"html": True}).enable("table").render(markdown)


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[tuple[str, str | None], ...]]] = []
        self.text: list[str] = []
        self.headings: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(attrs)))
        if tag == "h2":
            self.headings.append(dict(attrs).get("id") or "")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(html: str) -> Tags:
    parser = Tags()
    parser.feed(html)
    parser.close()
    return parser


# --- golden files ---------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_golden(plan: Plan, fmt: str, lang: str) -> None:
    text = render_report(plan, AS_OF, fmt, lang)
    check_golden(GOLDEN / f"report.{lang}.{fmt}", text)


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_deterministic(plan: Plan, fmt: str) -> None:
    first = render_report(plan, AS_OF, fmt, "de")
    again = render_report(load_plan(shipped("data")), AS_OF, fmt, "de")
    assert first == again
    assert build_context(plan, AS_OF, "en") == build_context(plan, AS_OF, "en")


# --- content ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["de", "en"])
def test_html_sections_in_order(plan: Plan, lang: str) -> None:
    html = render_report(plan, AS_OF, "html", lang)
    headings = parse(html).headings
    assert headings == [f"{s}-h" for s in SECTION_IDS]
    assert f'<html lang="{lang}">' in html


@pytest.mark.parametrize("lang", ["de", "en"])
def test_markdown_sections_in_order(plan: Plan, lang: str) -> None:
    text = render_report(plan, AS_OF, "md", lang)
    context = build_context(plan, AS_OF, lang)
    headings = [line[3:] for line in text.splitlines() if line.startswith("## ")]
    assert headings == [s["title"] for s in context["sections"]]
    assert text.startswith("# Masterplan Kommunale Sicherheit Dortmund\n")


def test_german_by_default(plan: Plan) -> None:
    text = render_report(plan, AS_OF, "md")
    assert "Stand: **22.11.2026**" in text
    assert "Beschluss: Drucksache 12534-18, Rat der Stadt Dortmund, 21.02.2019" in text
    for label in ("in Umsetzung", "unbekannt", "Überfällige Maßnahmen", "Maßnahmenkatalog"):
        assert label in text
    assert "| Stadtbezirke mit Quartierslabor | **4 / 12** |" in text
    # Only measures with a recorded, unfinished status are overdue; the 26 without a recorded
    # status are named apart, and the deadlines are marked as assumed.
    assert "| Überfällig | **1 / 30** |" in text
    assert "weitere 29 mit verstrichener Frist und unbekanntem Stand" in text
    assert "Fristen angenommen" in text
    assert "**31.12.2026**" in text  # the next deadline: the reports and meetings of 2026


def test_english(plan: Plan) -> None:
    text = render_report(plan, AS_OF, "md", "en")
    assert "As of: **22.11.2026**" in text
    for label in ("in progress", "unknown", "Overdue measures", "Catalogue of measures"):
        assert label in text
    assert "| Districts with a Quartierslabor | **4 / 12** |" in text


@pytest.mark.parametrize(
    ("lang", "phrases"),
    [
        (
            "de",
            [
                "keine Sitzung erfasst",
                "Nicht erfasst heißt nicht, dass keine stattgefunden hat.",
                "Kein Bericht erfasst.",
                "„unbekannt“ heißt: kein Stand erfasst. Das bedeutet nicht, dass nichts "
                "geschehen ist.",
            ],
        ),
        (
            "en",
            [
                "no meeting recorded",
                "Not recorded does not mean that none took place.",
                "No report recorded.",
                "It does not mean that nothing happened.",
            ],
        ),
    ],
)
def test_unrecorded_is_not_nothing(plan: Plan, lang: str, phrases: list[str]) -> None:
    text = render_report(plan, AS_OF, "md", lang)
    for phrase in phrases:
        assert phrase in text


def test_catalogue_grouped_by_field(plan: Plan) -> None:
    context = build_context(plan, AS_OF, "de")
    groups = context["catalogue"]
    assert [g["id"] for g in groups] == [f.id for f in plan.measures_file.fields]
    assert sum(len(g["measures"]) for g in groups) == 30
    m21 = next(m for g in groups for m in g["measures"] if m["id"] == "M21")
    assert m21["status_label"] == "in Umsetzung"
    assert m21["status_date"] == "17.02.2021"
    assert m21["due"] == "21.02.2024"
    assert "Polizeipräsidium Dortmund" in m21["owners"]


def test_seat_table(plan: Plan) -> None:
    seats = build_context(plan, AS_OF, "de")["seats"]
    assert [(r["name"], r["seats"]) for r in seats["rows"]] == [
        ("SPD", 3),
        ("CDU", 2),
        ("AfD", 2),
        ("GRÜNE & Volt", 2),
        ("DIE LINKE", 1),
    ]
    assert seats["rows"][0]["quota_exact"] == "260/93"
    assert seats["rows"][0]["quota"] == "2,7957"
    assert seats["lot"] is None
    assert build_context(plan, AS_OF, "en")["seats"]["rows"][0]["quota"] == "2.7957"


def test_pending_lot_is_shown(plan_dir: Path) -> None:
    # DIE LINKE with 5 mandates ties with the CDU for the last remainder seat.
    edit(
        plan_dir / "assembly.yaml",
        "        mandates: 8\n        certainty: likely",
        "        mandates: 5\n        certainty: likely",
    )
    plan = load_plan(plan_dir)
    text = render_report(plan, AS_OF, "md")
    assert "**Los: 1 Sitz wird zwischen CDU und DIE LINKE gelost;" in text
    assert "| **9 + 1 Los** |" in text
    assert "**2 + Los?**" in text
    html = render_report(plan, AS_OF, "html", "en")
    assert 'fill="url(#ks-seats-lot)"' in html
    assert "Lot pending among CDU and DIE LINKE: 1 seat" in html


def test_next_deadline(plan: Plan, plan_dir: Path) -> None:
    early = build_context(plan, date(2019, 6, 1), "de")["figures"]["next_deadline"]
    assert early["date"] == "31.12.2019"
    assert early["what"] == [
        "Bericht an den Rat zum Ende eines jeden Jahres (2019: bisher 0 erfasst)"
    ]
    assert early["in_days"] == "in 213 Tagen"
    due = build_context(plan, date(2020, 2, 21), "en")["figures"]["next_deadline"]
    assert due["in_days"] == "on the day of the report"
    assert due["what"] == ["due (assumed): M05, M06, M07, M15, M17, M26, M27, M30"]
    late = build_context(plan, AS_OF, "de")["figures"]["next_deadline"]
    assert late["what"] == [
        "Bericht an den Rat zum Ende eines jeden Jahres (2026: bisher 0 erfasst)",
        "Die Vollversammlung tagt mindestens drei Mal im Jahr (2026: bisher 0 erfasst)",
        "Halbjährlicher mündlicher Zwischenbericht an den ABöOAB (2. Halbjahr 2026: bisher 0 "
        "erfasst)",
    ]
    edit(
        plan_dir / "measures.yaml",
        "reports: []",
        "reports:\n  - kind: aboeoab\n    date: 2026-09-01\n  - kind: rat\n    date: 2026-11-02\n",
    )
    after = build_context(load_plan(plan_dir), AS_OF, "de")["figures"]["next_deadline"]
    assert after["what"] == [
        "Die Vollversammlung tagt mindestens drei Mal im Jahr (2026: bisher 0 erfasst)"
    ]


def test_lab_known_to_the_month(plan_dir: Path) -> None:
    edit(
        plan_dir / "districts.yaml",
        "  - id: eving\n    name: Eving\n    labs: []",
        "  - id: eving\n    name: Eving\n    labs:\n      - quarter: Lindenhorst\n"
        "        status: held\n        date: 2024-05\n        source: Quelle\n"
        "      - status: planned\n        source: Plan",
    )
    context = build_context(load_plan(plan_dir), AS_OF, "de")
    eving = next(d for d in context["coverage"]["districts"] if d["id"] == "eving")
    assert eving["state_label"] == "durchgeführt"
    assert eving["covered_from"] == "31.05.2024"
    assert [(lab["date"], lab["counts_note"]) for lab in eving["labs"]] == [
        ("Mai 2024", "nur Monat bekannt: zählt ab 31.05.2024"),
        ("", ""),
    ]
    assert context["coverage"]["covered"] == 5


def test_recorded_meeting_and_report(plan_dir: Path) -> None:
    edit(
        plan_dir / "assembly.yaml",
        "meetings: []",
        "meetings:\n  - date: 2026-03-04\n    source: Niederschrift <1>\n",
    )
    edit(
        plan_dir / "measures.yaml",
        "reports: []",
        "reports:\n  - kind: rat\n    date: 2025-12-10\n    source: Drucksache 9 | 2025\n",
    )
    plan = load_plan(plan_dir)
    text = render_report(plan, AS_OF, "md")
    assert "2026 (bis 22.11.2026): 1 Sitzung erfasst, mindestens 3 im Jahr." in text
    assert "- 04.03.2026 (Niederschrift \\<1\\>)" in text
    assert "- 10.12.2025: Bericht an den Rat (Drucksache 9 \\| 2025)" in text


# --- HTML: self-contained, accessible, printable --------------------------------------------


def test_html_is_self_contained(plan: Plan) -> None:
    html = render_report(plan, AS_OF, "html")
    assert "<script" not in html
    assert "<link" not in html
    assert "@import" not in html and "url(http" not in html and "@font-face" not in html
    assert not re.search(r'\ssrc="', html)
    assert "@page { size: A4;" in html
    assert "@media print" in html
    assert '<meta name="viewport"' in html
    # every link from the data points to a web page the plan cites, and only http(s)
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert all(h.startswith("#") or h.startswith("https://") for h in hrefs)


def test_html_tables_are_accessible(plan: Plan) -> None:
    tags = parse(render_report(plan, AS_OF, "html")).tags
    names = [t for t, _ in tags]
    assert names.count("table") == names.count("caption") > 5
    for tag, attrs in tags:
        if tag == "th":
            assert dict(attrs).get("scope") in ("col", "row")
        if tag == "div" and ("class", "table-wrap") in attrs:
            assert ("tabindex", "0") in attrs and ("role", "region") in attrs


def test_html_pictures_have_text(plan: Plan) -> None:
    html = render_report(plan, AS_OF, "html")
    pictures = re.findall(r"<svg .*?</svg>", html, re.S)
    assert len(pictures) == 3
    for picture, prefix in zip(pictures, ("ks-status", "ks-seats", "ks-districts"), strict=True):
        assert 'role="img"' in picture
        assert f'aria-labelledby="{prefix}-title {prefix}-desc"' in picture
        assert f'<title id="{prefix}-title">' in picture
        assert f'<desc id="{prefix}-desc">' in picture
    assert "Schematische Darstellung, keine Karte." in pictures[2]
    for name in ("Mengede", "Innenstadt-", "Lütgendortmund", "Aplerbeck", "Hörde"):
        assert name in pictures[2]
    # the text alternative next to each picture
    assert html.count("<figcaption>") == 3


def test_party_colours() -> None:
    colours = svg.party_colours(
        [
            *("SPD", "CDU", "Bündnis 90/Die Grünen", "AfD", "Die Linke+", "FDP/Bürgerliste"),
            *("Die PARTEI", "Volt", "BSW", "Tierschutzpartei", "Freie Wähler"),
        ]
    )
    assert colours["SPD"] == "#E3000F"
    assert colours["Bündnis 90/Die Grünen"] == "#1A9E3A"
    assert colours["Die Linke+"] == "#BE3075"
    assert colours["FDP/Bürgerliste"] == "#FFED00"
    assert colours["Tierschutzpartei"] == svg.NEUTRAL_COLOURS[0]  # "partei" is not PARTEI
    assert colours["Freie Wähler"] == svg.NEUTRAL_COLOURS[1]
    assert len(set(colours.values())) == len(colours)
    # "GRÜNE & Volt" is green; a second green Fraktion gets a neutral colour
    again = svg.party_colours(["GRÜNE & Volt", "Grüne Jugend"])
    assert again == {"GRÜNE & Volt": "#1A9E3A", "Grüne Jugend": svg.NEUTRAL_COLOURS[0]}


def test_hemicycle_positions_are_left_to_right() -> None:
    for total in (1, 10, 12, 13, 90):
        spots = svg.hemicycle_positions(total)
        assert len(spots) == total
        assert all(y >= -1e-9 for _, y, _ in spots)
    xs = [x for x, _, _ in svg.hemicycle_positions(10)]
    assert xs == sorted(xs)


# --- escaping -------------------------------------------------------------------------------


@pytest.fixture
def evil_plan(plan_dir: Path) -> Plan:
    edit(
        plan_dir / "measures.yaml",
        "    title: Webbasierte interne Wissens- und Arbeitsplattform",
        '    title: "<script>alert(1)</script> & | [x](http://evil)"',
    )
    edit(
        plan_dir / "assembly.yaml", "        name: SPD\n", '        name: "SPD <b>|</b>"\n', count=2
    )
    edit(plan_dir / "districts.yaml", "    name: Eving\n", '    name: "Eving & <i>Co</i>"\n')
    return load_plan(plan_dir)


def test_html_escapes_data(evil_plan: Plan) -> None:
    html = render_report(evil_plan, AS_OF, "html")
    assert "<script" not in html
    assert "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; | [x](http://evil)" in html
    assert 'href="http://evil"' not in html
    text = "".join(parse(html).text)
    assert EVIL in text
    assert "SPD <b>|</b>" in text  # in the seat table and in the picture's legend
    assert "Eving & <i>Co</i>" in text


def test_markdown_escapes_data(evil_plan: Plan) -> None:
    text = render_report(evil_plan, AS_OF, "md")
    assert_tables_regular(text)
    assert "\\<script\\>alert(1)\\</script\\> & \\| \\[x\\](`http://evil`)" in text
    shown = markdown_html(text)
    assert "<script" not in shown
    assert "<b>" not in shown and "<i>" not in shown
    assert 'href="http://evil"' not in shown
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; | [x](<code>http://evil</code>)" in shown


def test_markdown_tables_keep_their_columns(plan: Plan) -> None:
    text = render_report(plan, AS_OF, "md")
    assert_tables_regular(text)
    shown = markdown_html(text)
    assert shown.count("<table>") == len(tables(text))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("a|b", "a\\|b"),
        ("[x](y)", "\\[x\\](y)"),
        ("<b>", "\\<b\\>"),
        ("*a* _b_ `c` ~d~", "\\*a\\* \\_b\\_ \\`c\\` \\~d\\~"),
        ("# heading", "\\# heading"),
        ("C# and #1", "C\\# and \\#1"),  # no GitHub issue link either
        ("$x$ !", "\\$x\\$ \\!"),
        ("back\\slash", "back\\\\slash"),
        ("&amp; &#60; & x", "\\&amp; \\&\\#60; & x"),
        ("line\nbreak\r\nagain", "line break again"),
        (" a \u2028 b\x1ec\x85", "a b c"),
        (None, ""),
        (7, "7"),
    ],
)
def test_md_escape(value: object, expected: str) -> None:
    assert md_escape(value) == expected
    assert md_escape(md_escape(value)) == expected  # escaped text is not escaped again


titles = st.text(min_size=1, max_size=60)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=titles)
def test_any_title_is_text_in_html(title: str) -> None:
    plan = load_plan_once()
    baseline = parse(render_report(with_title(plan, "M01", "x"), AS_OF, "html"))
    html = render_report(with_title(plan, "M01", title), AS_OF, "html")
    tags = parse(html)
    assert tags.tags == baseline.tags  # no element added or changed by the text
    assert "<script" not in html


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=titles)
def test_any_title_keeps_markdown_tables(title: str) -> None:
    plan = load_plan_once()
    baseline = render_report(with_title(plan, "M01", "x"), AS_OF, "md")
    text = render_report(with_title(plan, "M01", title), AS_OF, "md")
    assert_tables_regular(text)
    assert [len(t) for t in tables(text)] == [len(t) for t in tables(baseline)]
    assert [cells(t[0]) for t in tables(text)] == [cells(t[0]) for t in tables(baseline)]


_PLAN: list[Plan] = []


def load_plan_once() -> Plan:
    if not _PLAN:
        _PLAN.append(load_plan(shipped("data")))
    return _PLAN[0]


# --- user templates and template errors --------------------------------------------------------


def test_user_template_gets_the_same_context(plan: Plan, tmp_path: Path) -> None:
    (tmp_path / "parts").mkdir()
    (tmp_path / "parts" / "head.j2").write_text("Kopf: {{ title }}\n", encoding="utf-8")
    own = tmp_path / "corporate.md.j2"
    own.write_text(
        '{% include "parts/head.j2" %}'
        "{{ as_of }} | {{ figures.overdue }} | {{ seats.rows[0].name }} | "
        "{{ coverage.covered }}/{{ coverage.total }} | {{ catalogue[0].measures[0].id }}\n"
        "{% for s in sections %}{{ s.title }};{% endfor %}\n",
        encoding="utf-8",
    )
    text = render_report(plan, AS_OF, "md", template=own)
    assert text == (
        "Kopf: Masterplan Kommunale Sicherheit\n"
        "22.11.2026 | 1 | SPD | 4/12 | M03\n"
        "Kennzahlen;Vollversammlung;Quartierslabore in den Stadtbezirken;"
        "Überfällige Maßnahmen;Maßnahmenkatalog;Aufträge von Rat und ABöOAB und ihre Prüfung;"
        "Masterplan 2.0: die Arbeit der Vollversammlung;Annahmen;Quellen;"
    )  # trim_blocks: the line break after a block tag is dropped


def test_user_html_template_is_autoescaped_and_can_reuse_the_css(
    evil_plan: Plan, tmp_path: Path
) -> None:
    own = tmp_path / "mine.j2"  # any name: HTML is escaped whatever the file is called
    own.write_text(
        "<style>{% include 'report.css' %}</style>"
        "{% for f in catalogue %}{% for m in f.measures %}<p>{{ m.title }}</p>{% endfor %}"
        "{% endfor %}{{ charts.seats.svg }}",
        encoding="utf-8",
    )
    html = render_report(evil_plan, AS_OF, "html", template=own)
    assert "<script" not in html
    assert "&lt;script&gt;" in html
    assert "@page { size: A4;" in html
    assert '<svg xmlns="http://www.w3.org/2000/svg"' in html  # prepared pictures stay markup


def test_relative_template_path_is_used_as_given(
    plan: Plan, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "my templates"
    folder.mkdir()
    (folder / "r.md.j2").write_text("{{ city }}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert render_report(plan, AS_OF, "md", template=Path("my templates/r.md.j2")) == "Dortmund\n"


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("line one\n{{ titel }}\n", "'titel' is undefined"),
        ("{{ title }}\n{% if %}\n", "Expected an expression"),
        ("{{ title }}\n\n{{ seats.rows[0].nam }}\n", "has no attribute 'nam'"),
        ("{{ title|no_such_filter }}\n", "No filter named 'no_such_filter'"),
        ("x\n{{ title.__class__.__mro__ }}\n", "unsafe"),
        ("x\n{% include 'nowhere.j2' %}\n", "there is no template 'nowhere.j2'"),
    ],
)
def test_template_errors_name_file_and_line(
    plan: Plan, tmp_path: Path, source: str, message: str, english: None
) -> None:
    own = tmp_path / "broken.j2"
    own.write_text(source, encoding="utf-8")
    lines = source.count("\n")
    with pytest.raises(UsageError) as caught:
        render_report(plan, AS_OF, "md", template=own)
    assert caught.value.exit_code == 2
    where = re.match(r"(.*):(\d+): template error: (.*)", caught.value.message)
    assert where is not None, caught.value.message
    assert where.group(1) == str(own)
    assert 1 <= int(where.group(2)) <= lines
    assert message in where.group(3)


def test_error_in_included_template_names_that_file(
    plan: Plan, tmp_path: Path, english: None
) -> None:
    (tmp_path / "part.j2").write_text("ok\n\n{{ missing_name }}\n", encoding="utf-8")
    own = tmp_path / "main.j2"
    own.write_text("{% include 'part.j2' %}\n", encoding="utf-8")
    with pytest.raises(UsageError, match=r"part\.j2:3: template error: 'missing_name'"):
        render_report(plan, AS_OF, "html", template=own)


def test_template_errors_are_german_by_default(plan: Plan, tmp_path: Path) -> None:
    own = tmp_path / "kaputt.j2"
    own.write_text("x\n{% include 'nirgends.j2' %}\n", encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        render_report(plan, AS_OF, "md", template=own)
    assert caught.value.message == (
        f"{own}:2: Fehler in der Vorlage: Es gibt keine Vorlage 'nirgends.j2'."
    )
    with pytest.raises(UsageError, match=r"Die Vorlage .*nope\.j2: Diese Datei gibt es nicht"):
        render_report(plan, AS_OF, "md", template=tmp_path / "nope.j2")


def test_unreadable_templates(plan: Plan, tmp_path: Path, english: None) -> None:
    with pytest.raises(UsageError, match="does not exist"):
        render_report(plan, AS_OF, "md", template=tmp_path / "nope.j2")
    with pytest.raises(UsageError, match="is a folder"):
        render_report(plan, AS_OF, "md", template=tmp_path)
    latin = tmp_path / "latin1.j2"
    latin.write_bytes("Gr\xfc\xdfe".encode("latin-1"))
    with pytest.raises(UsageError, match="not UTF-8"):
        render_report(plan, AS_OF, "md", template=latin)


def test_unknown_format_or_language(plan: Plan) -> None:
    with pytest.raises(UsageError, match="Das Format „pdf“ gibt es nicht"):
        render_report(plan, AS_OF, "pdf")
    with pytest.raises(UsageError, match="Die Sprache „fr“ gibt es nicht"):
        render_report(plan, AS_OF, "md", "fr")


def test_write_report(tmp_path: Path) -> None:
    out = tmp_path / "bericht.html"
    write_report("<p>Größe</p>\n", out)
    assert out.read_bytes() == "<p>Größe</p>\n".encode()
    write_report("zweite Fassung\n", out)
    assert out.read_text(encoding="utf-8") == "zweite Fassung\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bericht.html"]


def test_context_names(plan: Plan) -> None:
    context = build_context(plan, AS_OF, "de")
    assert sorted(context) == sorted(
        [
            "lang",
            "labels",
            "title",
            "city",
            "subtitle",
            "as_of",
            "as_of_iso",
            "document_title",
            "sections",
            "decision",
            "motion",
            "figures",
            "assembly",
            "seats",
            "coverage",
            "overdue",
            "catalogue",
            "rules",
            "work",
            "reports",
            "horizon_policy",
            "assumptions",
            "sources",
            "charts",
            "history",
        ]
    )
    assert sorted(context["labels"]) == sorted(build_context(plan, AS_OF, "en")["labels"])


@pytest.mark.parametrize("where", ["missing-folder/report.md", "."])
def test_out_that_cannot_be_written_is_a_usage_error(cli: Any, tmp_path: Path, where: str) -> None:
    result = cli("report", "--out", str(tmp_path / where))
    assert result.exit_code == 2
    assert "--out" in result.output
    assert "internal error" not in result.output


def test_out_refuses_devices_and_the_plan_itself(cli: Any, plan_dir: Path) -> None:
    assert cli("report", "--out", "/dev/null").exit_code == 2
    assert Path("/dev/null").is_char_device()
    target = plan_dir / "measures.yaml"
    before = target.read_bytes()
    result = cli("report", "--plan", str(plan_dir), "--out", str(target))
    assert result.exit_code == 2
    assert "ist eine Datei des Plans selbst" in result.output
    assert target.read_bytes() == before


def test_out_dash_is_standard_output(cli: Any) -> None:
    result = cli("report", "--out", "-", "--as-of", "2026-11-22")
    assert result.exit_code == 0
    assert result.stdout.startswith("# Masterplan Kommunale Sicherheit")
    assert not Path("-").exists()
