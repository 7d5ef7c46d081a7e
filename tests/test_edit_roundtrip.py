"""Edits change only what was edited: every other byte of the file stays as it was.

A property test writes random (valid) plans — odd but legal scalars in titles and notes,
comments, any kind of line end, with or without a byte-order mark or a final line end — and
makes a random edit; the file afterwards is the file before with one block of lines inserted
(and at most an empty ``[]`` opened into a block list). Plans whose untouched parts cannot be
reproduced are refused with the reason and stay byte-identical.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ksplan.dates import PartialDate
from ksplan.edits import add_lab, add_meeting, add_report, set_measure_status
from ksplan.errors import EditRefused

from .conftest import DATA, edit

pytestmark = pytest.mark.usefixtures("english")  # what is found and where (German: *_de.py)

LINES = re.compile(rb"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")

# Titles that a loader would turn into numbers, dates or special floats and write back
# differently (3.141592653589793116, .inf, .nan, 1_0, a rounded timestamp) if it could.
ODD_TITLES = [
    "3.14159265358979323846",
    "1e400",
    "-1E+400",
    ".NaN",
    ".inf",
    "-.Inf",
    "1__0",
    "0x_1F",
    "0o17",
    "0b1010",
    "1_000.000_1",
    "2001-12-14t21:59:43.123456789-05:00",
    "2001-12-14 21:59:43.1234567891",
    "2019-02-30",
    "12:30:45",
    "yes",
    "No",
    "on",
    "Off",
    "'12'",
    '"0777"',
    "'null'",
    '"~"',
    "= Wert",
    "'It''s'",
    '"a\\tb"',
    "<<",
    "~x",
    "190:20:30",
    ".5",
    "+.inf",
    "0e0",
    "1e-400",
    "'  zwei  Leerzeichen  '",
    "2024-02-30T25:61:61",
    "&anker Wert",
    "Wert # ein Kommentar",
]


@st.composite
def plans(draw: st.DrawFn) -> dict[str, bytes]:
    """The shipped plan with odd titles and notes, comments, and a random line-end style."""
    texts = {n: (DATA / n).read_text(encoding="utf-8") for n in _FILES}
    measures = texts["measures.yaml"]
    titles = [m.start(1) for m in re.finditer(r"\n    title: ([^\n]*)", measures)]
    for start in sorted(draw(st.sets(st.sampled_from(titles), max_size=8)), reverse=True):
        end = measures.index("\n", start)
        measures = measures[:start] + draw(st.sampled_from(ODD_TITLES)) + measures[end:]
    texts["measures.yaml"] = measures
    for name in _FILES:
        lines = texts[name].split("\n")
        # before a top-level line or a list item's first key: never inside a block scalar
        places = [i for i, ln in enumerate(lines) if ln[:1] not in (" ", "") or "- id:" in ln]
        for index in sorted(draw(st.sets(st.sampled_from(places), max_size=3)))[::-1]:
            lines.insert(index, "# " + draw(st.sampled_from(["Kommentar", "ÄÖÜ ß", "x: [1"])))
        texts[name] = "\n".join(lines)
    eol = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    bom = draw(st.booleans())
    final = draw(st.booleans())
    out = {}
    for name, text in texts.items():
        body = text.rstrip("\n").replace("\n", eol) + (eol if final else "")
        out[name] = (b"\xef\xbb\xbf" if bom else b"") + body.encode("utf-8")
    return out


_FILES = ("measures.yaml", "assembly.yaml", "districts.yaml")

Edit = Callable[[Path], object]


@st.composite
def edits(draw: st.DrawFn) -> tuple[str, Edit]:
    day = draw(st.dates(min_value=dt.date(2019, 2, 21), max_value=dt.date(2025, 12, 31)))
    precision = draw(st.sampled_from(["day", "month", "year"]))
    when = {
        "day": PartialDate(day.year, day.month, day.day),
        "month": PartialDate(day.year, day.month),
        "year": PartialDate(day.year),
    }[precision]
    note = draw(st.sampled_from([None, "12", "yes", "null", "", "a: b", "# x", "Notiz"]))
    note = note or None
    kind = draw(st.sampled_from(["status", "lab", "meeting", "report"]))
    if kind == "status":
        measure = f"M{draw(st.integers(1, 30)):02d}"
        status = draw(st.sampled_from(["planned", "in_progress", "done", "dropped"]))
        return "measures.yaml", lambda p: set_measure_status(p, measure, status, when, note, "x")
    if kind == "lab":
        district = draw(st.sampled_from(["eving", "mengede", "innenstadt-nord", "hombruch"]))
        return "districts.yaml", lambda p: add_lab(p, district, when, "Q", "held", note, "y")
    if kind == "meeting":
        return "assembly.yaml", lambda p: add_meeting(p, day, note, None)
    return "measures.yaml", lambda p: add_report(p, "rat", day, note, "Drucksache")


def assert_only_inserted(before: bytes, after: bytes) -> None:
    """``after`` is ``before`` with one block of lines inserted (an empty ``[]`` may open)."""
    old, new = LINES.findall(before), LINES.findall(after)
    prefix = 0
    while prefix < len(old) and prefix < len(new) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < len(old) - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    removed = old[prefix : len(old) - suffix]
    assert len(new) > len(old)
    if removed:
        assert len(removed) == 1 and removed[0].rstrip().endswith(b"[]"), removed
        if suffix == 0:  # the last line of the file, opened into a block
            return
    if not removed and suffix == 0 and not old[-1].endswith((b"\n", b"\r")):
        # appended after a last line without a line end: that line gains one, nothing else
        assert new[len(old) - 1].rstrip(b"\r\n") == old[-1]


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,
)
@given(plan=plans(), change=edits())
def test_an_edit_changes_only_the_lines_it_adds(
    plan: dict[str, bytes], change: tuple[str, Edit], tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("plan")
    for name, raw in plan.items():
        (folder / name).write_bytes(raw)
    file, run = change
    run(folder)
    for name, raw in plan.items():
        after = (folder / name).read_bytes()
        if name == file:
            assert_only_inserted(raw, after)
        else:
            assert after == raw


def _plan_with(tmp_path: Path, old: str, new: str, file: str = "measures.yaml") -> Path:
    folder = tmp_path / "plan"
    shutil.copytree(DATA, folder)
    edit(folder / file, old, new)
    return folder


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("  city: Dortmund", '  city: "Dort\\x6dund"'),  # an escape the dump would undo
        ("  city: Dortmund", "  city:   Dortmund"),  # extra blanks after the colon
        ("  city: Dortmund", "  city: Dortmund   "),  # blanks at the end of the line
        ("  city: Dortmund", "  city: !!str Dortmund"),  # a tag the dump writes otherwise
        ("owners: [dezernat-3]\n", "owners: [ dezernat-3 ]\n"),  # blanks inside brackets
        ("  kurzfristig: 24\n", "  kurzfristig:  24\n"),  # two blanks in a mapping
        ("  city: Dortmund", '  city: "Dort\\u006Dund"'),  # a \\u escape the dump would undo
    ],
)
def test_a_file_that_cannot_be_reproduced_is_refused_with_the_line(
    cli: Any, tmp_path: Path, old: str, new: str
) -> None:
    folder = _plan_with(tmp_path, old, new)
    text = (folder / "measures.yaml").read_text(encoding="utf-8")
    line = text[: text.index(new)].count("\n") + 1
    before = (folder / "measures.yaml").read_bytes()
    args = ["measure", "status", "M09", "done", "--date", "2024", "--source", "x"]
    result = cli(*args, "--plan", str(folder))
    if result.exit_code == 0:  # reproduced exactly after all: then only lines were added
        assert_only_inserted(before, (folder / "measures.yaml").read_bytes())
        return
    assert result.exit_code == 1, result.output
    assert f"measures.yaml:{line}:1: line {line} would be rewritten" in result.output
    assert "make this change by hand" in result.output
    assert (folder / "measures.yaml").read_bytes() == before


def test_a_shared_list_is_not_edited_through_one_of_its_names(cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "plan"
    shutil.copytree(DATA, folder)
    path = folder / "measures.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace("    history: []\n", "    history: &h []\n", 1)
    text = text.replace("    history: []\n", "    history: *h\n", 1)
    path.write_text(text, encoding="utf-8")
    before = path.read_bytes()
    for measure in ("M01", "M02"):  # the anchor, then the alias
        args = ["measure", "status", measure, "done", "--source", "x", "--plan", str(folder)]
        result = cli(*args)
        assert result.exit_code == 1, result.output
        assert "is shared with another place through an anchor" in result.output
        assert path.read_bytes() == before


def test_an_edit_on_a_plan_without_measures_says_so(
    cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KSPLAN_LANG", "de")
    folder = tmp_path / "plan"
    shutil.copytree(DATA, folder)
    path = folder / "measures.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("\nmeasures:\n")
    end = re.compile(r"\n[a-z_]+:").search(text, start + 2)
    assert end is not None
    path.write_text(text[:start] + "\nmeasures: []" + text[end.start() :], encoding="utf-8")
    before = path.read_bytes()
    result = cli("measure", "status", "M01", "done", "--source", "x", "--plan", str(folder))
    assert result.exit_code == 2, result.output
    assert "Der Plan enthält keine Maßnahmen: Es gibt keinen Stand zu setzen." in result.output
    assert path.read_bytes() == before
    result = cli("report-event", "add", "rat", "2024-12-01", "--plan", str(folder))
    assert result.exit_code == 0, result.output


def test_an_impossible_date_is_located_like_validate(cli: Any, tmp_path: Path) -> None:
    folder = _plan_with(tmp_path, "      - date: 2019-12\n", "      - date: 2019-02-30\n")
    result = cli("meeting", "add", "2024-03-01", "--plan", str(folder))
    assert result.exit_code == 1, result.output
    assert re.search(
        r"measures\.yaml:\d+:\d+: measures\[M\d+\]\.history\[0\]\.date: '2019-02-30' is not a "
        "date: February 2019 has 28 days",
        result.output,
    ), result.output
    # in a text field the same text is just text, and the edit is made
    folder = _plan_with(tmp_path / "2", "  city: Dortmund", "  city: 2019-02-30")
    result = cli("meeting", "add", "2024-03-01", "--plan", str(folder))
    assert result.exit_code == 0, result.output


def test_edits_of_two_plan_folders_sharing_a_file_both_land(tmp_path: Path) -> None:
    """Two folders whose assembly.yaml is one file (a symbolic link): no edit is lost."""
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(DATA, a)
    shutil.copytree(DATA, b)
    (b / "assembly.yaml").unlink()
    (b / "assembly.yaml").symlink_to(a / "assembly.yaml")
    errors: list[BaseException] = []
    days = [dt.date(2024, month, 1) for month in range(1, 9)]

    def meeting(folder: Path, day: dt.date) -> None:
        try:
            add_meeting(folder, day, None, None)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [
        threading.Thread(target=meeting, args=(a if i % 2 else b, day))
        for i, day in enumerate(days)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    text = (a / "assembly.yaml").read_text(encoding="utf-8")
    assert all(f"  - date: {day.isoformat()}\n" in text for day in days)
    assert (b / "assembly.yaml").is_symlink()


def test_the_lock_covers_the_folder_of_the_file_really_written(tmp_path: Path) -> None:
    from ksplan.yaml_writer import plan_lock

    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "assembly.yaml").write_text("x: 1\n", encoding="utf-8")
    a = tmp_path / "a"
    a.mkdir()
    (a / "assembly.yaml").symlink_to(shared / "assembly.yaml")
    with (
        plan_lock(shared),
        pytest.raises(EditRefused, match="Another ksplan edit"),
        plan_lock(a, wait_seconds=0.2, files=(a / "assembly.yaml",)),
    ):
        pass
