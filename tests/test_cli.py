"""The command line as a user meets it: version, plan discovery, measures, schema."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from ksplan import __version__
from ksplan.schema import schema_text

from .conftest import DATA, REPO, edit


def run(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> Any:
    """ksplan as a real process, the way CI and a clerk run it."""
    full_env = {k: v for k, v in os.environ.items() if k != "KSPLAN_PLAN"}
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "ksplan", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=full_env,
        timeout=60,
    )


def test_version(cli: Any) -> None:
    result = cli("--version")
    assert result.exit_code == 0
    assert result.stdout == f"ksplan {__version__}\n"


def test_python_dash_m_validate_as_subprocess(tmp_path: Path) -> None:
    result = run("validate", cwd=REPO)
    assert result.returncode == 0, result.stderr
    assert "data: Der Plan ist in Ordnung" in result.stdout


def test_invalid_plan_as_subprocess_has_no_traceback(plan_dir: Path) -> None:
    edit(plan_dir / "measures.yaml", "    horizon: kurzfristig\n", "    horizon: bald\n")
    result = run("validate", "--plan", str(plan_dir))
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert "measures[M04].horizon" in result.stdout


def test_no_arguments_shows_help(cli: Any) -> None:
    result = cli()
    assert "validate" in result.output and "seats" in result.output


# --- where the plan is read from -----------------------------------------------------------


def test_plan_from_environment_variable(plan_dir: Path, tmp_path: Path) -> None:
    edit(plan_dir / "measures.yaml", "    horizon: kurzfristig\n", "    horizon: bald\n")
    result = run("validate", cwd=tmp_path, env={"KSPLAN_PLAN": str(plan_dir)})
    assert result.returncode == 1
    assert str(plan_dir) in result.stdout


def test_plan_from_data_folder_in_the_current_directory(plan_dir: Path) -> None:
    workdir = plan_dir.parent
    plan_dir.rename(workdir / "data")
    edit(workdir / "data" / "measures.yaml", "    horizon: kurzfristig\n", "    horizon: bald\n")
    result = run("validate", cwd=workdir)
    assert result.returncode == 1
    assert "data/measures.yaml:" in result.stdout


def test_shipped_plan_when_there_is_no_data_folder(tmp_path: Path) -> None:
    result = run("measures", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 30


def test_option_beats_environment(plan_dir: Path, tmp_path: Path) -> None:
    result = run("validate", "--plan", str(DATA), env={"KSPLAN_PLAN": str(tmp_path)})
    assert result.returncode == 0


# --- measures ------------------------------------------------------------------------------


def test_measures_json_is_stable(cli: Any) -> None:
    result = cli("measures", "--json")
    assert result.exit_code == 0
    rows = json.loads(result.stdout)
    assert [r["id"] for r in rows] == [f"M{i:02d}" for i in range(1, 31)]
    m08 = rows[7]
    assert m08 == {
        "id": "M08",
        "title": "„Nette Toilette“",
        "horizon": "kurzfristig",
        "field": "sichere-oeffentliche-raeume",
        "field_is_reading": True,
        "field_name": "Sichere öffentliche Räume",
        "owners": [
            "Oberbürgermeister der Stadt Dortmund",
            "Dezernat 6 (Stadt Dortmund)",
            "Beteiligungsunternehmen der Stadt Dortmund",
            "private Gewerbetreibende",
        ],
        "owner_ids": [
            "oberbuergermeister",
            "dezernat-6",
            "beteiligungsunternehmen",
            "private-gewerbetreibende",
        ],
        "status": "in_progress",
        "status_date": "2023-06",
        "due": "2021-02-21",
        "due_basis": "assumed",
    }
    assert rows[0]["status"] == "unknown" and rows[0]["status_date"] is None
    assert rows[0]["due"] == "2024-02-21"  # längerfristig: 60 months


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        (("--field", "sicherheitskommunikation"), ["M01", "M02", "M30"]),
        (("--field", "Sicherheitskommunikation"), ["M01", "M02", "M30"]),
        (("--owner", "landgericht-dortmund"), ["M07"]),
        (("--owner", "Landgericht"), ["M07"]),
        (("--status", "in_progress"), ["M08", "M09", "M19", "M21"]),
        (("--owner", "edg", "--status", "in_progress"), ["M09"]),
        (
            ("--field", "sichere-infrastruktur", "--owner", "Fachbereich 37"),
            ["M25", "M26", "M27", "M28", "M29"],
        ),
    ],
)
def test_measures_filters(cli: Any, args: tuple[str, ...], ids: list[str]) -> None:
    result = cli("measures", "--json", *args)
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in json.loads(result.stdout)] == ids


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--field", "sport"), "Ein Handlungsfeld „sport“ gibt es im Plan nicht"),
        (("--owner", "Bundestag"), "Eine Stelle „Bundestag“ gibt es im Plan nicht"),
        (("--status", "finished"), "„finished“ ist kein Stand. Möglich sind: geplant"),
    ],
)
def test_measures_bad_filter_is_a_usage_error(
    cli: Any, args: tuple[str, ...], message: str
) -> None:
    result = cli("measures", *args)
    assert result.exit_code == 2
    assert message in result.output


def test_measures_table(cli: Any) -> None:
    result = cli("measures", "--owner", "Landgericht")
    assert result.exit_code == 0
    assert "M07" in result.stdout
    assert "21.02.2020" in result.stdout  # due, German date
    assert "Landgericht" in result.stdout
    assert "— 1 Maßnahme" in result.stdout and "Zuständig" in result.stdout  # German default
    english = cli("measures", "--owner", "Landgericht", "--lang", "en")
    assert "— 1 measure" in english.stdout and "Responsible" in english.stdout


def test_commands_report_an_invalid_plan_with_exit_1(cli: Any, plan_dir: Path) -> None:
    edit(plan_dir / "measures.yaml", "    horizon: kurzfristig\n", "    horizon: bald\n")
    result = cli("measures", "--plan", str(plan_dir))
    assert result.exit_code == 1
    assert "measures[M04].horizon" in result.output


# --- schema --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["measures", "assembly", "districts"])
def test_committed_schemas_are_current(name: str) -> None:
    committed = (REPO / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(name), "run `ksplan schema` to refresh schemas/"


def test_schema_command_writes_draft_2020_12(cli: Any, tmp_path: Path) -> None:
    result = cli("schema", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0
    for name in ("measures", "assembly", "districts"):
        data = json.loads((tmp_path / "out" / f"{name}.schema.json").read_text(encoding="utf-8"))
        assert data["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schemas_accept_the_shipped_plan_and_reject_a_typo() -> None:
    jsonschema = pytest.importorskip("jsonschema")
    from ksplan.yaml_reader import read_yaml_file

    for name in ("measures", "assembly", "districts"):
        schema = json.loads((REPO / "schemas" / f"{name}.schema.json").read_text(encoding="utf-8"))
        data = read_yaml_file(DATA / f"{name}.yaml").data
        jsonschema.Draft202012Validator(schema).validate(data)
    schema = json.loads((REPO / "schemas" / "measures.schema.json").read_text(encoding="utf-8"))
    data = read_yaml_file(DATA / "measures.yaml").data
    data["measures"][0]["titel"] = data["measures"][0].pop("title")
    assert list(jsonschema.Draft202012Validator(schema).iter_errors(data))


def test_measures_with_no_match_says_so(cli: Any) -> None:
    result = cli("measures", "--status", "erledigt")
    assert result.exit_code == 0
    assert "keine Maßnahme passt zu dieser Auswahl." in result.stdout
    english = cli("measures", "--status", "done", "--lang", "en")
    assert "no measure matches this choice." in english.stdout
