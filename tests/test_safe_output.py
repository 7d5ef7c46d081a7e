"""Nothing from the data or the command line drives what shows it, and output that cannot be
written is a plain message, never an internal error.

* every character a terminal, CI log or browser would obey or hide (controls, direction
  overrides, zero-width characters) is shown as an escape, in every format of every command;
* no output line starts a GitHub workflow command (``::error …``) unless ksplan writes one;
* standard output that is full, closed or only ASCII-capable is handled (real processes).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ksplan.output import hidden_character, visible

from .conftest import DATA, edit

HOSTILE = [
    "\x1b[2J", "\x1b]0;title\x07", "\x07", "\x9b31m", "\u202e", "\u2066", "\u200b", "\u200d",
    "\ufeff", "\u2028", "\r", "\n", "\n::error::injected", "\n  ::warning file=x::y",
    "##[error]old", "%0A", ":", ",", "@ordnungsamt", "https://example.org/a_b", "www.ex.de",
    "<script>", "|", "`", "Dortmund", "ä", " ",
]  # fmt: skip
hostile_text = st.lists(st.sampled_from(HOSTILE), min_size=1, max_size=6).map("".join)

COMMAND_LINE = re.compile(r"^\s*::", re.MULTILINE)


def assert_safe(output: str, *, annotations: bool = False) -> None:
    """Nothing hidden or controlling, and no workflow command but ksplan's own annotations."""
    assert visible(output, lines=True) == output, repr(output[:400])
    assert "##[" not in output
    for line in output.splitlines():
        if COMMAND_LINE.match(line):
            assert annotations, line
            assert re.match(r"^::(error|warning) (file|title)=", line), line


def run(*args: str, env: dict[str, str] | None = None, stdout: Any = subprocess.PIPE) -> Any:
    full_env = {**os.environ, "KSPLAN_DEBUG": "", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "ksplan", *args],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env=full_env,
        timeout=60,
        check=False,
    )


# --- one place escapes: the list of characters is Unicode's -----------------------------------


def test_every_control_format_and_separator_character_is_escaped() -> None:
    missed = []
    for code in range(0x110000):
        char = chr(code)
        if char in "\t\n":
            continue
        if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp", "Cs") and visible(char) == char:
            missed.append(f"U+{code:04X}")
    assert missed == []


def test_escapes_read_as_the_same_characters_in_json() -> None:
    text = "a\u202eb\x9b\U000e0041"
    assert json.loads(f'"{visible(text)}"') == text


def test_ids_with_hidden_characters_are_named(english: None) -> None:
    assert hidden_character("M0\u200b5") == "the invisible character U+200B ZERO WIDTH SPACE"
    assert hidden_character("m\u202e") == (
        "the direction-changing character U+202E RIGHT-TO-LEFT OVERRIDE"
    )
    assert hidden_character("innenstadt-nord") is None


@pytest.mark.parametrize(
    ("id_text", "named"),
    [
        ("M0\\u200b5", "U+200B ZERO WIDTH SPACE"),
        ("M\\u202e05", "U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("M05\\u2066", "U+2066 LEFT-TO-RIGHT ISOLATE"),
    ],
)
def test_validate_says_when_an_id_hides_a_character(
    plan_dir: Path, cli: Any, id_text: str, named: str
) -> None:
    edit(plan_dir / "measures.yaml", "  - id: M05\n", f'  - id: "{id_text}"\n')
    result = cli("validate", "--plan", str(plan_dir))
    assert result.exit_code == 1
    line = next(ln for ln in result.output.splitlines() if named in ln)
    assert re.match(r"^\S+measures\.yaml:\d+:\d+: ", line), line
    assert "\u200b" not in result.output and "\u202e" not in result.output


# --- command-line values --------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["measures", "--owner", "\x1b]0;pwned\x07\u202e"],
        ["measures", "--field", "\x9b2J\u200b"],
        ["seats", "--faction", "A=1", "--faction", "\x1b[31mB\u202e\n::error::x=2"],
        ["seats", "--faction", "A=1", "--faction", "B\n::error::x=2", "--json"],
        ["seats", "--faction", "A=1", "--lot-winner", "\x1b[2J\n::error::x"],
        ["seats", "--term", "\x1b[2J\n::error::x"],
        ["overdue", "--as-of", "2024\n::error file=a::injected"],
        ["check", "--as-of", "\u202e2024-01-01"],
        ["diff", "\x1b[2J\n::error::x"],
        ["report", "--lang", "\x1b[2J\n::error::x"],
    ],
)
def test_command_line_values_are_shown_escaped(cli: Any, args: list[str]) -> None:
    result = cli(*args, "--plan", str(DATA)) if args[0] != "diff" else cli(*args)
    assert result.exit_code in (0, 1, 2, 3), result.output
    assert "internal error" not in result.output
    assert_safe(result.output)


# --- data values, every format ------------------------------------------------------------------


def _yaml_double_quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=True)  # a JSON string is a YAML double-quoted one


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    database=None,
)
@given(text=hostile_text, data=st.data())
def test_data_values_are_shown_escaped_in_every_format(
    text: str, data: st.DataObject, cli: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    plan = tmp_path_factory.mktemp("plan")
    shutil.rmtree(plan)
    shutil.copytree(DATA, plan)
    where = data.draw(st.sampled_from(["title", "key", "owner-name", "fraktion"]))
    quoted = _yaml_double_quoted(text)
    if where == "title":
        edit(
            plan / "measures.yaml", "  title: Masterplan Kommunale Sicherheit", f"  title: {quoted}"
        )
    elif where == "key":
        edit(plan / "measures.yaml", "  city: Dortmund", f"  city: Dortmund\n  {quoted}: x")
    elif where == "owner-name":
        edit(plan / "measures.yaml", "name: Landgericht Dortmund", f"name: {quoted}")
    else:
        edit(plan / "assembly.yaml", "        name: SPD\n", f"        name: {quoted}\n", count=2)
    commands = [
        (["validate", "--format", "text"], False),
        (["validate", "--format", "json"], False),
        (["validate", "--format", "github"], True),
        (["measures"], False),
        (["measures", "--json"], False),
        (["seats", "--term", "2020-2025"], False),
        (["seats", "--json", "--term", "2020-2025"], False),
        (["overdue", "--as-of", "2030-01-01"], False),
        (["check", "--as-of", "2030-01-01"], False),
        (["coverage", "--json"], False),
        (["report", "--format", "md"], False),
        (["report", "--format", "html"], False),
    ]
    for args, github in commands:
        result = cli(*args, "--plan", str(plan))
        assert result.exit_code in (0, 1, 2, 3), result.output
        assert "internal error" not in result.output
        assert_safe(result.output, annotations=github)


def test_markdown_neither_mentions_nor_links(plan_dir: Path, cli: Any) -> None:
    title = (
        "Bericht an @ordnungsamt und @org/team, siehe https://example.org/x_y und www.dortmund.de"
    )
    edit(
        plan_dir / "measures.yaml", "  title: Masterplan Kommunale Sicherheit", f"  title: {title}"
    )
    result = cli("report", "--format", "md", "--plan", str(plan_dir))
    assert result.exit_code == 0
    first = next(ln for ln in result.stdout.splitlines() if "Bericht an" in ln)
    assert not re.search(r"(?<![\w`])@\w", first), first  # no @name GitHub would notify
    assert "`https://example.org/x_y`" in first  # in a code span: shown, not linked
    assert "`www.dortmund.de`" in first
    assert "@&#8205;ordnungsamt" in first  # reads as @ordnungsamt


# --- standard output that cannot take the output ------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("de", "Die Standardausgabe kann nicht geschrieben werden (kein Platz mehr auf dem "),
        ("en", "Standard output cannot be written (No space left on device)"),
    ],
)
@pytest.mark.parametrize("args", [["report"], ["seats", "--faction", "A=3"], ["validate"]])
def test_a_full_standard_output_is_a_message_and_exit_2(
    lang: str, said: str, args: list[str]
) -> None:
    with open("/dev/full", "w") as full:
        result = run(*args, "--plan", str(DATA), stdout=full, env={"KSPLAN_LANG": lang})
    assert result.returncode == 2
    assert said in result.stderr.decode()
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("de", "Die Standardausgabe kann nicht geschrieben werden (die Ausgabe ist geschlossen)"),
        ("en", "Standard output cannot be written (Bad file descriptor)"),
    ],
)
def test_a_closed_standard_output_is_a_message_and_exit_2(lang: str, said: str) -> None:
    closed = subprocess.run(
        ["sh", "-c", f'"{sys.executable}" -m ksplan measures --plan "{DATA}" >&-'],
        capture_output=True,
        timeout=60,
        check=False,
        env={**os.environ, "KSPLAN_LANG": lang},
    )
    assert closed.returncode == 2
    assert said in closed.stderr.decode()


def test_a_reader_that_goes_away_ends_the_output_silently() -> None:
    script = (
        f'"{sys.executable}" -m ksplan report --format html --plan "{DATA}" | head -c 1 >/dev/null;'
        ' echo "status=${PIPESTATUS[0]}"'
    )
    result = subprocess.run(
        ["bash", "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout.strip() in ("status=0", "status=1"), result
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


@pytest.mark.parametrize(
    "env", [{"PYTHONIOENCODING": "ascii"}, {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0"}]
)
@pytest.mark.parametrize("args", [["seats"], ["measures"], ["report"], ["validate"]])
def test_an_ascii_only_standard_output_gets_escapes(env: dict[str, str], args: list[str]) -> None:
    result = run(*args, "--plan", str(DATA), env=env)
    assert result.returncode == 0, result.stderr
    assert b"internal error" not in result.stderr
    assert result.stdout
