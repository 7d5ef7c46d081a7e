"""Every command speaks one language at a time: German by default, English with --lang en.

Each command runs in both languages; the output, with every text of the plan itself taken out
(titles, names, notes and sources are data and stay as written), must hold no marker word of
the other language.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from .conftest import DATA

ENGLISH = re.compile(
    r"\b(the|overdue|Deadline|deadline|not met|no evidence|not yet due|Responsible|written to"
    r"|recorded|Result|Orders on|measures overdue|status unknown|days ago|is not|unknown field"
    r"|required field|must be|expected|Usage|Options|Arguments|Commands|Show this|Default"
    r"|required|written|refused|Missing|Exit status)\b|^note:",
    re.M,
)
GERMAN = re.compile(
    r"\b(überfällig|Überfällig|nicht belegt|noch nicht fällig|nicht erfüllt|Zuständig|Hinweis"
    r"|gespeichert|Ergebnis|Aufträge am|Stand unbekannt|Tagen|erfasst|Sitzung|fehlt|ist kein"
    r"|meinten Sie|Aufruf|Optionen|Angaben|Befehle|Vorgabe|Pflichtangabe|geschrieben"
    r"|Exit-Status)\b"
)


def _data_texts() -> list[str]:
    """Every text of the shipped plan, longest first (they are data, in German, and shown as
    written in either language)."""
    found: set[str] = set()

    def walk(node: Any) -> Iterator[str]:
        if isinstance(node, dict):
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)
        elif isinstance(node, str):
            yield node

    for path in DATA.glob("*.yaml"):
        found.update(walk(YAML(typ="safe").load(path.read_text(encoding="utf-8"))))
    return sorted((t for t in found if len(t) > 2), key=len, reverse=True)


DATA_TEXTS = _data_texts()


def _without_data(text: str) -> str:
    text = re.sub(r"\\([\\`*_\[\]<>|~$#!])", r"\1", text)  # Markdown's escapes undone
    text = re.sub(r"ksplan(?: [a-z-]+)+", " ", text)  # command names are not words
    text = re.sub(r"^  ([a-z-]+)  ", "  ", text, flags=re.M)  # nor in a help's list
    for value in DATA_TEXTS:
        text = text.replace(value, " ")
    return text


COMMANDS: list[list[str]] = [
    ["validate"],
    ["validate", "--plan", "nowhere"],
    ["measures"],
    ["measures", "--status", "fertig"],
    ["seats"],
    ["seats", "--term", "2020-2025"],
    ["coverage", "--as-of", "2025-01-01"],
    ["overdue", "--as-of", "2026-11-30"],
    ["check", "--as-of", "2026-11-30"],
    ["report", "--as-of", "2026-11-30"],
    ["report", "--format", "html", "--out", "bericht.html"],
    ["schema", "--out", "schemas"],
    ["diff"],
    ["git-setup"],
    ["measure", "status", "m5", "erledigt", "--source", "Test", "--date", "01.02.2026"],
    ["measure", "status", "M99", "done", "--source", "Test"],
    ["lab", "add", "hoerde", "--source", "Test", "--date", "2026-02-01"],
    ["lab", "add", "Hörde", "--source", "Test"],
    ["meeting", "add", "31.12.2026", "--source", "Test"],
    ["report-event", "add", "rat", "2026-03-01", "--source", "Test"],
    ["members", "--as-of", "2026-11-30"],
    ["inputs", "--open"],
    ["trace", "E1"],
    ["member", "add", "polizei", "--since", "2024-02-01", "--role", "Leitung", "--source", "Test"],
    ["member", "add", "polizi", "--since", "2024-02-01", "--source", "Test"],
    ["input", "add", "x-1", "--digital", "--date", "2026-01-05", "--text", "T", "--source", "T"],
    ["recommendation", "step", "E1", "beschlossen", "--source", "Test"],
    ["seats", "--seats", "zehn"],
    ["seats", "--frobnicate"],
    ["lab"],
    ["members"],
    ["inputs", "--open"],
    ["trace", "m5"],
    ["trace", "E99"],
    ["export", "--format", "xlsx", "--out", "export"],
    ["export", "--format", "ics", "--out", "export"],
    ["survey", "export", "--out", "abfrage"],
    ["survey", "import", "nichtda.xlsx"],
    ["handlungsfeld", "add", "beleuchtung", "Beleuchtung", "--source", "Test"],
    ["site", "--as-of", "2026-11-30"],
]


def _command_paths() -> list[list[str]]:
    """Every command and command group, as typed (``measure status``)."""
    import typer.main

    from ksplan.cli import app

    found: list[list[str]] = [[]]

    def walk(command: Any, path: list[str]) -> None:
        for name, sub in getattr(command, "commands", {}).items():
            found.append([*path, name])
            walk(sub, [*path, name])

    walk(typer.main.get_command(app), [])
    return found


COMMANDS += [[*path, "--help"] for path in _command_paths()]


def _run(args: list[str], lang: str, cwd: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k != "KSPLAN_LANG"}
    env["COLUMNS"] = "3000"  # no line breaks inside the plan's texts
    proc = subprocess.run(
        [sys.executable, "-m", "ksplan", *args, "--lang", lang],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env=env,
        check=False,
    )
    return proc.stdout + proc.stderr


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_german_output_has_no_english(args: list[str], tmp_path: Path) -> None:
    shutil.copytree(DATA, tmp_path / "data")
    out = _without_data(_run(args, "de", tmp_path))
    assert not ENGLISH.findall(out), ENGLISH.findall(out)


@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: " ".join(a))
def test_english_output_has_no_german(args: list[str], tmp_path: Path) -> None:
    shutil.copytree(DATA, tmp_path / "data")
    out = _without_data(_run(args, "en", tmp_path))
    assert not GERMAN.findall(out), GERMAN.findall(out)
