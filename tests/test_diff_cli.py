"""`ksplan diff`, `git-setup` and the diff driver end to end: a real repository of the shipped
plan, changes made with the edit commands, committed, and read back in the plan's language."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from .conftest import DATA, run_cli

GIT = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org"]


def git(repo: Path, *args: str, env: dict[str, str] | None = None) -> str:
    return subprocess.run(
        [*GIT, "-C", str(repo), *args], check=True, capture_output=True, text=True, env=env
    ).stdout


@pytest.fixture(scope="module")
def made_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A repository whose second commit was made with the edit commands (made once)."""
    top = tmp_path_factory.mktemp("diff-repo")
    plan_dir = top / "plan"
    shutil.copytree(DATA, plan_dir)
    git(top, "init", "-q")
    git(top, "add", ".")
    git(top, "commit", "-qm", "plan")
    plan = str(plan_dir)
    edits = [
        ("measure", "status", "M09", "done", "--date", "2024-01-15", "--source", "Drucksache"),
        ("lab", "add", "eving", "--date", "2024-05-14", "--quarter", "Eving-Zentrum",
         "--source", "dortmund.de"),
        ("meeting", "add", "2024-03-01", "--source", "Einladung"),
        ("report-event", "add", "aboeoab", "2024-06-11"),
    ]  # fmt: skip
    for args in edits:
        result = run_cli(*args, "--plan", plan)
        assert result.exit_code == 0, result.output
    git(top, "commit", "-qam", "edits")
    return plan_dir


@pytest.fixture
def repo(made_repo: Path, tmp_path: Path) -> Path:
    """A copy of that repository of the test's own (tests change its working tree)."""
    top = tmp_path / "repo"
    shutil.copytree(made_repo.parent, top, symlinks=True)
    return top / made_repo.name


TEXT_LINES = {
    "de": [
        "4 Änderungen",
        "M09 Stand in Umsetzung (27.02.2018, wahrscheinlich) → umgesetzt (15.01.2024)",
        "Eving: Quartierslabor Eving-Zentrum (14.05.2024) hinzugefügt",
        "Sitzung am 01.03.2024 hinzugefügt",
        "Folgen am 22.11.2026",
        "Quartierslabore: 4/12 → 5/12 Stadtbezirke abgedeckt",
        "M09 nicht mehr mit verstrichener Frist und unbekanntem Stand",
    ],
    "en": [
        "4 changes",
        "M09 status in progress (27.02.2018, likely) → done (15.01.2024)",
        "Eving: Quartierslabor Eving-Zentrum (14.05.2024) added",
        "meeting on 01.03.2024 added",
        "Consequences on 22.11.2026",
        "Quartierslabore: 4/12 → 5/12 districts covered",
        "M09 no longer past due, status unknown",
    ],
}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_text(cli: Any, repo: Path, lang: str) -> None:
    """German by default, English with --lang en."""
    chosen = ("--lang", lang) if lang == "en" else ()
    args = ("diff", "HEAD~1", "HEAD", "--plan", str(repo), "--as-of", "2026-11-22", *chosen)
    result = cli(*args)
    assert result.exit_code == 0, result.output
    assert [line for line in TEXT_LINES[lang] if line not in result.stdout] == []


# Words that give the other language away (plan data such as "Quartierslabor" is German in both).
ENGLISH = ("changed", "added", "removed", "overdue", "Consequences", "Measures", "status ")
GERMAN = ("geändert", "hinzugefügt", "entfernt", "überfällig", "Folgen", "Maßnahmen", "Stand ")


@pytest.mark.parametrize("fmt", ["text", "md", "json"])
def test_one_language_at_a_time(cli: Any, repo: Path, fmt: str) -> None:
    """German by default, English with --lang en: no word of the other language."""
    path = repo / "assembly.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("        mandates: 18\n", "        mandates: 8\n", 1), "utf-8")
    args = ("diff", "HEAD~1", "--plan", str(repo), "--as-of", "2026-11-22", "--format", fmt)
    german = cli(*args).stdout
    english = cli(*args, "--lang", "en").stdout
    if fmt == "json":  # the sentences only: keys and codes are the same in both languages
        german, english = (_sentences(json.loads(out)) for out in (german, english))
    assert german != english
    assert [w for w in ENGLISH if w in german] == []
    assert [w for w in GERMAN if w in english] == []


def _sentences(data: Any) -> str:
    if isinstance(data, dict):
        return "\n".join(
            v if k == "text" else _sentences(v) for k, v in data.items() if v is not None
        )
    if isinstance(data, list):
        return "\n".join(_sentences(v) for v in data)
    return ""


def test_markdown_and_json(cli: Any, repo: Path) -> None:
    md = cli("diff", "HEAD~1", "HEAD", "--plan", str(repo), "--format", "md")
    assert md.exit_code == 0
    assert md.stdout.startswith("### Änderungen am Plan: HEAD\\~1 → HEAD")
    assert "#### Stadtbezirke und Quartierslabore" in md.stdout
    assert "**Überfällige Maßnahmen**" in md.stdout
    english = cli("diff", "HEAD~1", "HEAD", "--plan", str(repo), "--format", "md", "--lang", "en")
    assert english.stdout.startswith("### Plan changes: HEAD\\~1 → HEAD")
    assert "#### Stadtbezirke and Quartierslabore" in english.stdout
    assert "**Overdue measures**" in english.stdout
    data = json.loads(cli("diff", "HEAD~1..HEAD", "--plan", str(repo), "--format", "json").stdout)
    assert data["has_changes"] is True
    assert len(data["changes"]) == 4
    assert data["consequences"]["coverage"]


def test_exit_code_and_no_changes(cli: Any, repo: Path) -> None:
    assert cli("diff", "HEAD~1", "HEAD", "--plan", str(repo), "--exit-code").exit_code == 1
    same = cli("diff", "--plan", str(repo), "--exit-code")  # HEAD against the working tree
    assert same.exit_code == 0
    assert "keine Änderungen am Plan" in same.stdout


def test_seat_consequence(cli: Any, repo: Path) -> None:
    path = repo / "assembly.yaml"
    text = path.read_text(encoding="utf-8")
    # the first 'mandates: 18' is the AfD's in the current term
    path.write_text(text.replace("        mandates: 18\n", "        mandates: 8\n", 1), "utf-8")
    out = cli("diff", "--plan", str(repo)).stdout
    assert "Ratsperiode 2025-2030: Fraktion AfD Mandate 18 → 8" in out
    assert "Sitze: CDU 2 → 3, AfD 2 → 1" in out
    data = json.loads(cli("diff", "--plan", str(repo), "--format", "json").stdout)
    assert data["consequences"]["seats"]


@pytest.mark.parametrize("rev", ["--output=/tmp/ksplan-injected", "-p", "--exec=touch x"])
def test_option_injection_is_refused(cli: Any, repo: Path, rev: str) -> None:
    result = cli("diff", "--plan", str(repo), "--", rev)
    assert result.exit_code == 2
    assert not Path("/tmp/ksplan-injected").exists()


def test_unknown_revision(cli: Any, repo: Path) -> None:
    result = cli("diff", "nope", "--plan", str(repo))
    assert result.exit_code == 2
    assert "„nope“ ist kein Commit" in result.output


def test_invalid_plan_at_one_side(cli: Any, repo: Path) -> None:
    path = repo / "measures.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "    horizon: kurzfristig\n", "    horizon: x\n", 1
        ),
        encoding="utf-8",
    )
    result = cli("diff", "--plan", str(repo))
    assert result.exit_code == 1
    assert "measures[M04].horizon" in result.output
    assert "Traceback" not in result.output


def test_git_setup_makes_git_diff_semantic(repo: Path) -> None:
    top = repo.parent
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    setup = subprocess.run(
        [sys.executable, "-m", "ksplan", "git-setup", "--plan", str(repo)],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    assert "diff.ksplan.command" in setup.stdout
    assert "plan/*.yaml diff=ksplan" in (top / ".gitattributes").read_text(encoding="utf-8")
    # git log -p runs no external driver: it shows the one-value-per-line listing
    shown = git(top, "log", "-p", "-1", "--format=", env=env)
    assert "+measures[M09].history[1].status: done" in shown
    assert "+districts[eving].labs[0].quarter: Eving-Zentrum" in shown
    # git log -p --ext-diff and git diff run the semantic diff
    full = git(top, "log", "-p", "-1", "--ext-diff", "--format=", env=env)
    assert "ksplan diff plan/measures.yaml" in full
    assert "M09 Stand in Umsetzung (27.02.2018, wahrscheinlich) → umgesetzt (15.01.2024)" in full
    assert "Eving jetzt abgedeckt" in full
    english = {**env, "KSPLAN_LANG": "en"}
    full = git(top, "log", "-p", "-1", "--ext-diff", "--format=", env=english)
    assert "M09 status in progress (27.02.2018, likely) → done (15.01.2024)" in full
    assert "Eving now covered" in full
    (repo / "assembly.yaml").write_text(
        (repo / "assembly.yaml").read_text(encoding="utf-8") + "# note\n", encoding="utf-8"
    )
    assert "keine Änderungen am Plan" in git(top, "diff", env=env)
    # a second run changes nothing
    subprocess.run(
        [sys.executable, "-m", "ksplan", "git-setup", "--plan", str(repo)],
        capture_output=True, env=env, check=True,
    )  # fmt: skip
    assert (top / ".gitattributes").read_text(encoding="utf-8").count("diff=ksplan") == 1


def test_diff_as_subprocess(repo: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ksplan", "diff", "HEAD~1", "HEAD", "--plan", str(repo),
         "--format", "json"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["has_changes"] is True
