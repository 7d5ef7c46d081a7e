"""Mistakes on the command line itself, in the clerk's language (real subprocesses: typer
reports them before any command runs)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def ksplan(*args: str, lang: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "KSPLAN_LANG"}
    if lang is not None:
        env["KSPLAN_LANG"] = lang
    return subprocess.run(
        [sys.executable, "-m", "ksplan", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )


@pytest.mark.parametrize(
    ("args", "german", "english"),
    [
        (
            ["measure", "status", "m10", "erledigt"],
            "ksplan: Die Angabe --source fehlt.",
            "ksplan: Missing option --source.",
        ),
        (
            ["measure", "status", "m10", "--source", "x"],
            "ksplan: Die Angabe STAND fehlt.",
            "ksplan: Missing argument STATUS.",
        ),
        (
            ["measure", "status", "--source", "x"],
            "ksplan: Die Angabe MASSNAHME fehlt.",
            "ksplan: Missing argument MEASURE.",
        ),
        (
            ["survey", "import"],
            "ksplan: Die Angabe DATEI fehlt.",
            "ksplan: Missing argument FILE.",
        ),
        (
            ["measures", "--stauts", "erledigt"],
            "ksplan: Die Option --stauts gibt es nicht – meinten Sie --status?",
            "ksplan: There is no option --stauts – did you mean --status?",
        ),
        (
            ["meassures"],
            "ksplan: Den Befehl „meassures“ gibt es nicht – meinten Sie 'measures', 'measure'?",
            "ksplan: There is no command 'meassures' – did you mean 'measures', 'measure'?",
        ),
    ],
)
def test_command_line_mistakes(args: list[str], german: str, english: str, tmp_path: Path) -> None:
    de = ksplan(*args)
    assert de.returncode == 2
    assert german in de.stderr and "Aufruf: " in de.stderr and "Traceback" not in de.stderr
    assert "Usage" not in de.stderr and "Missing" not in de.stderr
    en = ksplan(*args, lang="en")
    assert en.returncode == 2 and english in en.stderr and "Usage: " in en.stderr
    assert ksplan(*args, "--lang", "en").stderr == en.stderr or args[0] == "meassures"


def test_a_missing_argument_is_named_as_its_usage_line_names_it() -> None:
    """The message names the value as the usage line above it does (``DATEI …``)."""
    de = ksplan("survey", "import")
    assert de.stderr.splitlines()[0].endswith(" survey import [OPTIONEN] DATEI …")
    assert de.stderr.splitlines()[-1] == "ksplan: Die Angabe DATEI fehlt."
    assert "FILES" not in de.stderr
    en = ksplan("survey", "import", lang="en")
    assert en.stderr.splitlines()[0].endswith(" survey import [OPTIONS] FILE …")
    assert en.stderr.splitlines()[-1] == "ksplan: Missing argument FILE."
