"""Shared fixtures: a scratch copy of the shipped plan, and the CLI through its runner."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import typer.testing
from typer.testing import CliRunner

from ksplan.cli import app
from ksplan.clikit import build
from ksplan.views.usage import install as install_usage

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def own_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test (and every ksplan it starts) has its own, empty cache folder: tests do not
    see each other's cached plans, in parallel or not, and nothing is written to ~/.cache."""
    folder = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder / "ksplan"


@pytest.fixture(autouse=True)
def _language_of_the_environment() -> None:
    """Every test starts in the language the environment asks for (German unless
    KSPLAN_LANG says otherwise): a command run in this process with ``--lang en`` sets the
    language in force, and that must not carry over into the next test."""
    from ksplan.i18n import parse_language, use

    use(parse_language(os.environ.get("KSPLAN_LANG", "")) or "de")


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """ksplan speaks English in this test: the core in this process (``ksplan.i18n.use``),
    the command line run here and every ksplan it starts (``KSPLAN_LANG=en``). For tests about
    *what* is found and where; the German wording is tested on its own."""
    from ksplan.i18n import language, use

    before = language()
    monkeypatch.setenv("KSPLAN_LANG", "en")
    use("en")
    yield
    use(before)


@pytest.fixture
def plan_dir(tmp_path: Path) -> Path:
    """A writable copy of the shipped Dortmund plan."""
    target = tmp_path / "plan"
    shutil.copytree(DATA, target)
    return target


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    """Replace text in a plan file; fail loudly if the text is not there."""
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, count), encoding="utf-8")


def check_golden(path: Path, text: str) -> None:
    """``text`` is the content of the golden file ``path``; with KSPLAN_REGENERATE_GOLDEN=1
    the file is written first (whole, then renamed: a test on another worker never reads half
    a file)."""
    if os.environ.get("KSPLAN_REGENERATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        fresh = path.with_name(f".{path.name}.{os.getpid()}")
        fresh.write_text(text, encoding="utf-8", newline="\n")
        fresh.replace(path)
    assert path.exists(), f"{path} is missing: run with KSPLAN_REGENERATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), (
        f"the output differs from {path.name}; if the change is intended, regenerate with "
        "KSPLAN_REGENERATE_GOLDEN=1 and review the diff"
    )


def run_cli(*args: str, env: dict[str, str] | None = None) -> Any:
    """The command line in this process, built as the ksplan program builds it: only the
    command that runs (see ksplan.clikit)."""
    install_usage()
    # like a pipe: no terminal width (tests read whole lines)
    settings = {"COLUMNS": "", **(env or {})}
    runner = CliRunner()
    with runner.isolation(env=settings):  # in the language the environment asks for
        built = build(app, list(args))
    saved = typer.testing._get_command  # the runner builds from a typer app; this one is built
    typer.testing._get_command = lambda _app: built
    try:
        return runner.invoke(app, list(args), env=settings, catch_exceptions=False)
    finally:
        typer.testing._get_command = saved


@pytest.fixture
def cli() -> Callable[..., object]:
    return run_cli
