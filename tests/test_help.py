"""The help screens: every command and option explained from the catalogue, in German by
default and in English with --lang en; plain text a clerk can read."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from typing import Any

import pytest
import typer.main

from ksplan.cli import app
from ksplan.texts import TEXTS
from ksplan.views.help import param_key, usage_line, value_name

ROOT = typer.main.get_command(app)


def _commands() -> list[tuple[list[str], Any]]:
    found: list[tuple[list[str], Any]] = [([], ROOT)]

    def walk(command: Any, path: list[str]) -> None:
        for name, sub in getattr(command, "commands", {}).items():
            found.append(([*path, name], sub))
            walk(sub, [*path, name])

    walk(ROOT, [])
    return found


COMMANDS = _commands()


@pytest.mark.parametrize(
    "path,command", COMMANDS, ids=[" ".join(path) or "ksplan" for path, _ in COMMANDS]
)
def test_every_command_option_and_value_has_its_text(path: list[str], command: Any) -> None:
    key = "help." + (".".join(path) if path else "ksplan")
    assert key in TEXTS, f"no help text {key}"
    for param in command.params:
        if getattr(param, "hidden", False):
            continue
        assert param_key(key, param.name) is not None, f"{key}: no text for {param.name}"
        takes_value = not getattr(param, "is_flag", False)
        if takes_value:
            assert param_key(key, param.name, "metavar") is not None, (
                f"{key}: no value name for {param.name}"
            )


@pytest.mark.parametrize("lang", ["de", "en"])
@pytest.mark.parametrize(
    "path,command", COMMANDS, ids=[" ".join(path) or "ksplan" for path, _ in COMMANDS]
)
def test_usage_line_brackets_only_what_may_be_left_out(
    path: list[str], command: Any, lang: str
) -> None:
    """``DATEI …`` for a required argument that takes several values, ``[DATEI …]`` only for
    one that may be left out; the value names as the catalogue gives them."""
    from ksplan.i18n import use

    use(lang)  # type: ignore[arg-type]
    ctx = ROOT.make_context("ksplan", [], resilient_parsing=True)
    parent = ROOT
    for word in path:
        parent = parent.commands[word]
        ctx = parent.make_context(word, [], parent=ctx, resilient_parsing=True)
    line = usage_line(ctx)
    key = "help." + (".".join(path) if path else "ksplan")
    words = line.split(" ")
    for param in command.params:
        if getattr(param, "hidden", False) or type(param).__name__.endswith("Option"):
            continue
        name = value_name(key, param)
        shown = f"{name} …" if param.nargs != 1 else name
        expected = shown if param.required else f"[{shown}]"
        assert expected in line, (line, expected)
        if param.required:
            assert f"[{name}" not in words, line


def test_survey_import_usage_in_both_languages() -> None:
    assert (
        _help(["survey", "import"], "de")
        .splitlines()[0]
        .endswith(" survey import [OPTIONEN] DATEI …")
    )
    assert (
        _help(["survey", "import"], "en")
        .splitlines()[0]
        .endswith(" survey import [OPTIONS] FILE …")
    )


def _help(args: list[str], lang: str, columns: str = "") -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("KSPLAN_LANG", "COLUMNS")}
    if columns:
        env["COLUMNS"] = columns
    proc = subprocess.run(
        [sys.executable, "-m", "ksplan", *args, "--help", "--lang", lang],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    return proc.stdout


@pytest.mark.parametrize("lang", ["de", "en"])
def test_help_is_plain_text_without_type_names(lang: str) -> None:
    text = _help(["seats"], lang)
    assert text.startswith("Aufruf: " if lang == "de" else "Usage: ")
    assert not re.search(r"<(str|int|bool|path|list\[str\])>|TEXT|INTEGER|[╭│╰]", text)
    # a flag has no value; an option shows the name of its value
    assert re.search(r"^  --compare  +\S", text, re.M)
    value = "RATSPERIODE" if lang == "de" else "TERM"
    assert re.search(rf"^  --term {value}  +\S", text, re.M)
    assert ("Vorgabe: text." if lang == "de" else "Default: text.") in text
    assert "KSPLAN_PLAN" in text


def test_piped_help_follows_columns_and_breaks_no_word() -> None:
    text = _help(["report"], "de", columns="60")
    lines = text.splitlines()
    assert max(len(line) for line in lines) <= 60
    words = set(_help(["report"], "de", columns="1000").split())
    for line in lines:  # every word whole, continuation lines indented under their text
        assert set(line.split()) <= words, line
    after = lines[lines.index("Optionen:") + 1 :]
    option_lines = after[: after.index("")]
    continued = [line for line in option_lines if line and not line.lstrip().startswith("--")]
    assert continued and all(line.startswith(" " * 10) for line in continued)


def test_unwrapped_when_piped_without_columns() -> None:
    text = _help(["overdue"], "de")
    first = next(line for line in text.splitlines() if line.startswith("Maßnahmen nach"))
    assert first.endswith("unbekannt ist.")  # the whole paragraph on one line


def test_a_group_alone_shows_its_help_and_exits_2() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ksplan", "lab"], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 2
    assert "Befehle:" in proc.stderr and "add" in proc.stderr
    assert "\\n" not in proc.stderr  # lines as lines, not escaped
