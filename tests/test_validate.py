"""`ksplan validate` on the shipped plan and on every kind of bad input.

Each case checks the exit code and that the message is located (file:line:col) and plain.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from .conftest import edit

pytestmark = pytest.mark.usefixtures("english")  # what is found and where (German: *_de.py)

LOCATED = re.compile(r"^(?P<file>[^:\n]+\.yaml):(?P<line>\d+):(?P<col>\d+): (?P<rest>.*)$", re.M)


def located(output: str) -> list[dict[str, Any]]:
    return [m.groupdict() for m in LOCATED.finditer(output)]


def validate(cli: Any, plan_dir: Path, *extra: str) -> Any:
    return cli("validate", "--plan", str(plan_dir), *extra)


def test_shipped_plan_is_valid(cli: Any) -> None:
    result = cli("validate")
    assert result.exit_code == 0, result.output
    valid = "the plan is valid — 30 measures, 12 districts, 2 council terms, 11 orders"
    assert valid in result.output


def test_all_errors_are_collected_not_just_the_first(cli: Any, plan_dir: Path) -> None:
    m = plan_dir / "measures.yaml"
    edit(m, "    horizon: kurzfristig\n", "    horizon: bald\n")
    edit(m, "title: Optimierung softwarebasierter", "titel: Optimierung softwarebasierter")
    edit(m, "date: 2021-02-17", "date: 2021-02-30")
    edit(plan_dir / "assembly.yaml", "external_members: false", "external_members: no")
    result = validate(cli, plan_dir)
    assert result.exit_code == 1
    found = located(result.output)
    rests = [f["rest"] for f in found]
    assert len(found) == 5, result.output
    assert any(
        r.startswith(
            "measures[M04].horizon: the text 'bald' is not allowed here; use one of: "
            "direkt, kurzfristig or längerfristig"
        )
        for r in rests
    )
    assert "measures[M11].titel: unknown field 'titel' — did you mean 'title'?" in rests
    assert "measures[M11].title: the required field 'title' is missing" in rests
    assert (
        "measures[M21].history[1].date: '2021-02-30' is not a date: February 2021 has 28 days"
        in rests
    )
    assert "lenkungskreis.external_members: expected true or false, found the text 'no'" in rests
    assert "the plan is invalid (5 errors)" in result.output
    assert "Traceback" not in result.output


def test_error_points_at_the_exact_line_and_column(cli: Any, plan_dir: Path) -> None:
    m = plan_dir / "measures.yaml"
    edit(m, "    horizon: kurzfristig\n", "    horizon: bald\n")
    lines = m.read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(lines, 1) if text == "    horizon: bald")
    [found] = located(validate(cli, plan_dir).output)
    assert (int(found["line"]), int(found["col"])) == (line, 14)
    assert found["file"].endswith("measures.yaml")


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("  direkt: 12", "  direkt: 08", "expected a whole number, found the text '08'"),
        ("  direkt: 12", "  direkt: 1.10", "expected a whole number, found the text '1.10'"),
        ("  direkt: 12", "  direkt: yes", "expected a whole number, found the text 'yes'"),
        ("  direkt: 12", "  direkt: '12'", "expected a whole number, found the text '12'"),
        ("  direkt: 12", "  direkt: -1", "must be at least 0"),
        ("  city: Dortmund", "  city: 2019", "expected text, found the number 2019 (put it in"),
        ("  city: Dortmund", "  city: yes", None),  # 'yes' stays the text 'yes': valid
        ("    date: 2019-02-21", "    date: 2019-02-30", "February 2019 has 28 days"),
        ("    date: 2019-02-21", "    date: 21.02.2019", "expected a date written as YYYY-MM-DD"),
        ("    date: 2019-02-21", "    date: 2019-13-01", "there is no month 13"),
        ("  - id: M05", "  - id: M5", "'M5' is not a valid measure ID"),
        ("  - id: M05", "  - id: \u041c05", "is not a valid measure ID"),  # Cyrillic М
        ("  - id: dezernat-5\n", "  - id: Dezernat-5\n", "is not a valid ID"),
        ("    status: in_progress", "    status: läuft", "is not allowed here; use one of"),
        ("owners: [dezernat-3]\n", "owners: []\n", "needs at least 1 entries"),
        ("owners: [dezernat-3]\n", "owners: dezernat-3\n", "expected a list"),
    ],
)
def test_field_errors_are_located_and_plain(
    cli: Any, plan_dir: Path, old: str, new: str, message: str | None
) -> None:
    edit(plan_dir / "measures.yaml", old, new)
    result = validate(cli, plan_dir)
    if message is None:
        assert result.exit_code == 0, result.output
        return
    assert result.exit_code == 1, result.output
    found = located(result.output)
    assert found, result.output
    assert any(message in f["rest"] for f in found), result.output


@pytest.mark.parametrize(
    ("file", "old", "new", "message"),
    [
        (
            "measures.yaml",
            "owners: [dezernat-3]\n",
            "owners: [dezernat-33]\n",
            "the body 'dezernat-33' is not defined under 'bodies'",
        ),
        (
            "measures.yaml",
            "    field: sichere-nachbarschaft\n",
            "    field: nachbarschaft\n",
            "the Handlungsfeld 'nachbarschaft' is not defined",
        ),
        ("measures.yaml", "  - id: M12", "  - id: M11", "the measure ID 'M11' is used twice"),
        (
            "measures.yaml",
            "      - date: 2021-02-17",
            "      - date: 2019-02-17",
            "the status history is not in date order",
        ),
        (
            "assembly.yaml",
            "voting_members: 20",
            "voting_members: 21",
            "voting_members says 21, but the members listed add up to 20: 8 institutions + 2 ex",
        ),
        ("assembly.yaml", "  seats: 10", "  seats: 9", "the members listed add up to 19"),
        (
            "orders.yaml",
            "orders: [dialog-fortsetzen]",
            "orders: [dialog-fortsetzn]",
            "the order 'dialog-fortsetzn' is not defined under 'orders' — did you mean "
            "'dialog-fortsetzen'?",
        ),
        (
            "orders.yaml",
            "complete_through: []",
            "complete_through:\n  - record: labs\n    scope: [hoerd]\n    through: 2024-12-31\n"
            "    note: Test",
            "'hoerd' is not one of the labs record's parts — did you mean 'hoerde'?",
        ),
        (
            "assembly.yaml",
            "chair: rechtsdezernat",
            "chair: buergermeister",
            "the chair 'buergermeister' is not a member",
        ),
        (
            "assembly.yaml",
            "  - id: seniorenbeirat",
            "  - id: integrationsrat",
            "the member ID 'integrationsrat' is used twice",
        ),
        (
            "assembly.yaml",
            "        mandates: 3\n",
            "        mandates: 2\n",
            "a Fraktion needs at least 3 members",
        ),
        (
            "assembly.yaml",
            "    council_seats: 90",
            "    council_seats: 80",
            "the council has 80 seats, but Fraktionen, Ratsgruppen and single members",
        ),
        (
            "districts.yaml",
            "  - id: eving",
            "  - id: brackel",
            "the district ID 'brackel' is used twice",
        ),
        (
            "districts.yaml",
            "        held_by: 2018-12-31\n        source: CDU-Fraktion Dortmund, "
            "11.01.2019 (alle vier Labore der ersten Runde durchgeführt)\n",
            "        source: x\n",
            "a held Quartierslabor needs 'date'",
        ),
    ],
)
def test_cross_file_checks(
    cli: Any, plan_dir: Path, file: str, old: str, new: str, message: str
) -> None:
    edit(plan_dir / file, old, new)
    result = validate(cli, plan_dir)
    assert result.exit_code == 1, result.output
    found = located(result.output)
    assert any(message in f["rest"] for f in found), result.output


def test_duplicate_ids_name_both_lines(cli: Any, plan_dir: Path) -> None:
    edit(plan_dir / "measures.yaml", "  - id: M12", "  - id: M11")
    [found] = located(validate(cli, plan_dir).output)
    lines = (plan_dir / "measures.yaml").read_text(encoding="utf-8").splitlines()
    first = lines.index("  - id: M11") + 1
    assert f"(first on line {first})" in found["rest"]
    assert int(found["line"]) > first


# --- YAML traps: the plan cannot be read (exit 2), still with file and line ---------------


def write(plan_dir: Path, name: str, data: bytes | str) -> None:
    path = plan_dir / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)


def unreadable(cli: Any, plan_dir: Path) -> dict[str, Any]:
    result = validate(cli, plan_dir)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert "the plan cannot be read" in result.output
    [found] = located(result.output)
    return found


def test_duplicate_keys_name_both_lines_and_the_rest_is_checked(cli: Any, plan_dir: Path) -> None:
    edit(plan_dir / "measures.yaml", "  title: Masterplan", "  title: X\n  title: Masterplan")
    edit(plan_dir / "measures.yaml", "    horizon: kurzfristig\n", "    horizon: bald\n")
    result = validate(cli, plan_dir)
    assert result.exit_code == 1, result.output  # read: the first value is kept
    duplicate, horizon = located(result.output)
    assert duplicate["rest"] == (
        "the key 'title' appears twice in this mapping: first on line 15, again on line 16; "
        "the value on line 15 is kept, this one is ignored"
    )
    assert duplicate["line"] == "16"
    assert horizon["rest"].startswith("measures[M04].horizon: the text 'bald' is not allowed")
    assert "the plan is invalid (2 errors)" in result.output


def test_tab_indentation(cli: Any, plan_dir: Path) -> None:
    edit(plan_dir / "districts.yaml", "  - id: eving", "\t- id: eving")
    found = unreadable(cli, plan_dir)
    assert "tab character" in found["rest"]
    lines = (plan_dir / "districts.yaml").read_text(encoding="utf-8").splitlines()
    assert found["line"] == str(lines.index("\t- id: eving") + 1)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "the file is empty"),
        ("\n\n   \n", "the file is empty"),
        ("# nur ein Kommentar\n", "holds only comments"),
        ("deadline: x\n---\ndistricts: []\n", "a second YAML document starts here"),
        ("a: [1, 2\nb: 3\n", "a list in [brackets] is not closed"),
        ("a: 'open\n", "the file ends in the middle of a quoted text"),
        ("a: b: c\n", "a ':' is not allowed here; put text that contains ': ' in quotes"),
        ("a: !!python/object:os.system x\n", "YAML tags such as"),
        ("a: *nothing\n", "refers to no anchor"),
        ("a: " + "[" * 10_000 + "]" * 10_000 + "\n", "nested more than 64 levels deep"),
        ("a: \x01\n", "control character"),
        ("a: " + "x" * 200_000 + "\n", "at most 100,000 are allowed"),
        ("? [a, b]\n: c\n", "a key must be a plain word"),
    ],
)
def test_unreadable_yaml(cli: Any, plan_dir: Path, content: str, message: str) -> None:
    write(plan_dir, "districts.yaml", content)
    found = unreadable(cli, plan_dir)
    assert message in found["rest"]
    assert found["file"].endswith("districts.yaml")


def test_alias_bomb_is_stopped(cli: Any, plan_dir: Path) -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    for i in range(9):
        prev, name = chr(97 + i), chr(98 + i)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    write(plan_dir, "districts.yaml", "\n".join(lines) + "\n")
    found = unreadable(cli, plan_dir)
    assert "aliases (*name) here expand the data to more than 100,000 values" in found["rest"]


def test_small_aliases_are_fine(cli: Any, plan_dir: Path) -> None:
    edit(plan_dir / "measures.yaml", "owners: [dezernat-3]\n", "owners: &solo [dezernat-3]\n")
    edit(plan_dir / "measures.yaml", "owners: [dezernat-3]\n", "owners: *solo\n")
    assert validate(cli, plan_dir).exit_code == 0


def test_utf16_is_refused(cli: Any, plan_dir: Path) -> None:
    text = (plan_dir / "districts.yaml").read_text(encoding="utf-8")
    write(plan_dir, "districts.yaml", text.encode("utf-16"))
    assert "saved as UTF-16; save it as UTF-8" in unreadable(cli, plan_dir)["rest"]


def test_latin1_is_refused_at_the_first_bad_byte(cli: Any, plan_dir: Path) -> None:
    text = (plan_dir / "districts.yaml").read_text(encoding="utf-8")
    write(plan_dir, "districts.yaml", text.encode("latin-1", errors="replace"))
    found = unreadable(cli, plan_dir)
    assert "not UTF-8: byte 0xF6" in found["rest"]  # the ö of "Hörde"
    lines = text.splitlines()
    first = next(i for i, line in enumerate(lines, 1) if any(ord(c) > 127 for c in line))
    assert found["line"] == str(first)


def test_nul_byte_is_refused(cli: Any, plan_dir: Path) -> None:
    write(plan_dir, "districts.yaml", b"deadline:\n  date: 2024\x00-12-31\n")
    found = unreadable(cli, plan_dir)
    assert "NUL byte" in found["rest"]
    assert (found["line"], found["col"]) == ("2", "13")


def test_utf8_byte_order_mark_is_accepted(cli: Any, plan_dir: Path) -> None:
    raw = (plan_dir / "districts.yaml").read_bytes()
    write(plan_dir, "districts.yaml", b"\xef\xbb\xbf" + raw)
    assert validate(cli, plan_dir).exit_code == 0


def test_missing_file_and_folder_instead_of_file(cli: Any, plan_dir: Path) -> None:
    (plan_dir / "assembly.yaml").unlink()
    (plan_dir / "districts.yaml").unlink()
    (plan_dir / "districts.yaml").mkdir()
    result = validate(cli, plan_dir)
    assert result.exit_code == 2
    assert "assembly.yaml: the file does not exist" in result.output
    assert "districts.yaml: this is a folder, but a YAML file is expected here" in result.output


def test_missing_plan_folder(cli: Any, tmp_path: Path) -> None:
    result = validate(cli, tmp_path / "nowhere")
    assert result.exit_code == 2
    assert "the plan folder does not exist" in result.output


def test_top_level_must_be_a_mapping(cli: Any, plan_dir: Path) -> None:
    write(plan_dir, "districts.yaml", "- 1\n- 2\n")
    result = validate(cli, plan_dir)
    assert result.exit_code == 1
    [found] = located(result.output)
    assert "expected a mapping (key: value lines), found a list" in found["rest"]


# --- output formats ------------------------------------------------------------------------


def test_json_format(cli: Any, plan_dir: Path) -> None:
    edit(plan_dir / "measures.yaml", "    horizon: kurzfristig\n", "    horizon: bald\n")
    result = validate(cli, plan_dir, "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["valid"] is False
    assert data["exit_code"] == 1
    [error] = data["errors"]
    assert error["field"] == "measures[M04].horizon"
    assert error["file"].endswith("measures.yaml")
    assert isinstance(error["line"], int) and isinstance(error["column"], int)
    assert error["code"] == "value"


def test_json_format_valid(cli: Any) -> None:
    data = json.loads(cli("validate", "--format", "json").stdout)
    assert data["valid"] is True and data["errors"] == []


def test_github_format_is_plain_annotations(cli: Any, plan_dir: Path) -> None:
    # a long message with [brackets] must come through whole: no wrapping, no markup
    edit(plan_dir / "measures.yaml", "owners: [dezernat-3]\n", "owners: [dezernat-33]\n")
    edit(plan_dir / "measures.yaml", "    horizon: kurzfristig\n", "    horizon: '[bald]'\n")
    result = cli(
        "validate", "--plan", str(plan_dir), "--format", "github", env={"GITHUB_ACTIONS": "true"}
    )
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 2  # model errors first, then the references of what is valid
    line, reference = lines
    assert reference.endswith(
        "::the body 'dezernat-33' is not defined under 'bodies' — did you mean 'dezernat-3'?"
    )
    assert line.startswith("::error file=")
    assert ",line=" in line and ",col=" in line and ",title=measures[M04].horizon::" in line
    assert line.endswith(
        "::the text '[bald]' is not allowed here; use one of: direkt, kurzfristig or längerfristig"
    )


def test_unknown_format_is_a_usage_error(cli: Any) -> None:
    result = cli("validate", "--format", "xml")
    assert result.exit_code == 2
    assert "unknown format 'xml'" in result.output


# --- long lists: checked in windows, and the model put together from them ----------------------


@pytest.mark.parametrize("head", [1, 2, 7])
@pytest.mark.parametrize("name", ["measures", "assembly", "districts"])
def test_a_model_put_together_from_windows_equals_the_whole_validation(
    monkeypatch: pytest.MonkeyPatch, name: str, head: int
) -> None:
    from ksplan import documents as plan_module
    from ksplan.loading import read_documents
    from ksplan.models import FILE_MODELS
    from ksplan.paths import shipped

    document = read_documents(shipped("data"))[name]
    model = FILE_MODELS[name]
    whole = model.model_validate(document.data)
    monkeypatch.setattr(plan_module, "_LIST_HEAD", head)  # every list of the plan is "long"
    assert plan_module._long_lists(document.data)
    windowed, problems = plan_module.validate_document(document, model)
    assert problems == []
    assert windowed == whole
    assert windowed is not None and windowed.model_dump() == whole.model_dump()


def test_lists_a_validator_sees_whole_are_validated_whole() -> None:
    from ksplan.documents import _assemblable
    from ksplan.models import AssemblyFile, MeasuresFile

    assert _assemblable(MeasuresFile, ("measures",))
    # a term has a model validator: a list inside a term is checked in one piece
    assert not _assemblable(AssemblyFile, ("terms", 0, "fraktionen"))
    assert not _assemblable(AssemblyFile, ("no-such-key",))


def test_errors_in_windows_are_located_as_in_the_whole_file(
    monkeypatch: pytest.MonkeyPatch, plan_dir: Path, cli: Any
) -> None:
    from ksplan import documents as plan_module

    m = plan_dir / "measures.yaml"
    edit(m, "    horizon: kurzfristig\n", "    horizon: bald\n")
    edit(m, "date: 2021-02-17", "date: 2021-02-30")
    whole = validate(cli, plan_dir)
    monkeypatch.setattr(plan_module, "_LIST_HEAD", 3)
    windowed = validate(cli, plan_dir)
    assert windowed.exit_code == whole.exit_code == 1
    assert located(windowed.output) == located(whole.output)
    assert len(located(whole.output)) == 2
