"""The plan's problems in German, ksplan's default (the tests about *what* is found and where
run in English: the ``english`` fixture).

One case of every kind of message: YAML syntax, a wrong type, a missing field, an unknown
field with a suggestion, a duplicate ID, a reference, a date, a limit and validate's summary;
the located form ``FILE:LINE:COL: field.path: message`` and the JSON shape stay the same.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ksplan import cache
from ksplan.dates import parse_cli_date
from ksplan.i18n import language, use

from .conftest import edit

LOCATED = re.compile(r"^(?P<file>[^:\n]+\.yaml):(?P<line>\d+):(?P<col>\d+): (?P<rest>.*)$", re.M)
ENGLISH = ("the plan", "is missing", "did you mean", "expected", "is used twice", "not defined")


@pytest.fixture(autouse=True)
def german(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """German as a clerk's terminal has it: no KSPLAN_LANG, no --lang."""
    monkeypatch.delenv("KSPLAN_LANG", raising=False)
    before = language()
    use("de")
    yield
    use(before)


def validate(cli: Any, plan_dir: Path, *args: str) -> Any:
    return cli("validate", "--plan", str(plan_dir), *args)


def located(output: str) -> list[str]:
    """The messages of the located lines (``field.path: message``)."""
    return [m.group("rest") for m in LOCATED.finditer(output)]


def assert_german(output: str) -> None:
    for word in ENGLISH:
        assert word not in output, f"{word!r} in {output!r}"


def test_a_valid_plan_is_summed_up_in_german(cli: Any, plan_dir: Path) -> None:
    result = validate(cli, plan_dir)
    assert result.exit_code == 0
    assert re.search(
        r": Der Plan ist in Ordnung – 30 Maßnahmen, 12 Stadtbezirke, \d+ Ratsperioden?, "
        r"\d+ Aufträge?",
        result.stdout,
    ), result.stdout
    assert_german(result.stdout)


@pytest.mark.parametrize(
    ("file", "old", "new", "expected"),
    [
        (  # syntax
            "measures.yaml",
            "owners: [dezernat-3]\n",
            "owners: [dezernat-3\n",
            "Eine Liste in [eckigen Klammern] ist nicht geschlossen.",
        ),
        (  # type
            "assembly.yaml",
            "voting_members: 20",
            "voting_members: zwanzig",
            "voting_members: Hier wird eine ganze Zahl erwartet; gefunden wurde der Text "
            "'zwanzig'.",
        ),
        (  # missing
            "measures.yaml",
            "  title: Masterplan Kommunale Sicherheit\n",
            "",
            "plan.title: Das Pflichtfeld 'title' fehlt.",
        ),
        (  # unknown field, with a suggestion
            "measures.yaml",
            "  title: Masterplan Kommunale Sicherheit\n",
            "  titel: Masterplan Kommunale Sicherheit\n",
            "plan.titel: Das Feld 'titel' ist unbekannt – meinten Sie 'title'?",
        ),
        (  # duplicate ID
            "measures.yaml",
            "  - id: M11\n",
            "  - id: M10\n",
            "'M10' kommt als Maßnahmen-ID zweimal vor (zuerst in Zeile 186).",
        ),
        (  # reference, with a suggestion
            "measures.yaml",
            "owners: [dezernat-3]\n",
            "owners: [dezernat-33]\n",
            "Die Stelle 'dezernat-33' ist unter 'bodies' nicht angelegt – meinten Sie "
            "'dezernat-3'?",
        ),
        (  # a date that does not exist
            "measures.yaml",
            "    date: 2019-02-21\n",
            "    date: 2019-02-30\n",
            "plan.decision.date: '2019-02-30' ist kein Datum: Der Februar 2019 hat 28 Tage.",
        ),
        (  # a value not allowed
            "measures.yaml",
            "    horizon: kurzfristig\n",
            "    horizon: bald\n",
            "Hier ist der Text 'bald' nicht zulässig; bitte verwenden Sie einen dieser Werte:",
        ),
        (  # a limit
            "measures.yaml",
            "  city: Dortmund\n",
            f"  city: {'x' * 2001}\n",
            "plan.city: Der Text ist zu lang (2.001 Zeichen; erlaubt sind höchstens 2000).",
        ),
        (  # a count that does not add up
            "assembly.yaml",
            "voting_members: 20",
            "voting_members: 21",
            "voting_members: voting_members nennt 21, die aufgeführten Mitglieder ergeben "
            "zusammen aber 20:",
        ),
    ],
    ids=[
        "syntax",
        "type",
        "missing",
        "unknown-field",
        "duplicate",
        "reference",
        "date",
        "value",
        "limit",
        "count",
    ],
)
def test_every_kind_of_problem_in_german(
    cli: Any, plan_dir: Path, file: str, old: str, new: str, expected: str
) -> None:
    edit(plan_dir / file, old, new)
    result = validate(cli, plan_dir)
    assert result.exit_code in (1, 2)
    messages = located(result.stdout)
    assert messages, result.stdout
    assert any(expected in m for m in messages), result.stdout
    summary = result.stdout.splitlines()[-1]
    assert re.search(
        r": Der Plan (ist fehlerhaft \(\d+ Fehler\)|kann nicht gelesen werden \(\d+ Probleme?\))$",
        summary,
    ), summary
    assert_german(result.stdout)


def test_an_encoding_problem_in_german(cli: Any, plan_dir: Path) -> None:
    (plan_dir / "districts.yaml").write_bytes("name: Hörde\n".encode("latin-1"))
    result = validate(cli, plan_dir)
    assert result.exit_code == 2
    assert "districts.yaml:1:8: Die Datei ist nicht in UTF-8 gespeichert" in result.stdout


def test_a_warning_is_marked_in_german_with_a_german_date(cli: Any, plan_dir: Path) -> None:
    edit(plan_dir / "assembly.yaml", "meetings: []\n", "meetings:\n  - date: 2099-01-15\n")
    result = validate(cli, plan_dir)
    assert result.exit_code == 0
    assert ": Hinweis: meetings[0].date: Diese Sitzung ist nach heute datiert." in result.stdout
    assert "(1 Hinweis)" in result.stdout


def test_json_keeps_its_shape_and_carries_german_messages(cli: Any, plan_dir: Path) -> None:
    edit(plan_dir / "measures.yaml", "    horizon: kurzfristig\n", "    horizon: bald\n")
    report = json.loads(validate(cli, plan_dir, "--format", "json").stdout)
    [error] = report["errors"]
    assert set(error) == {"file", "line", "column", "field", "message", "code", "severity"}
    assert error["field"] == "measures[M04].horizon" and error["code"] == "value"
    assert error["message"] == (
        "Hier ist der Text 'bald' nicht zulässig; bitte verwenden Sie einen dieser Werte: "
        "direkt, kurzfristig oder längerfristig"
    )


def test_lang_en_switches_every_message(cli: Any, plan_dir: Path) -> None:
    edit(plan_dir / "measures.yaml", "  - id: M11\n", "  - id: M10\n")
    result = cli("validate", "--plan", str(plan_dir), "--lang", "en")
    assert "the measure ID 'M10' is used twice (first on line 186)" in result.stdout
    assert result.stdout.splitlines()[-1].endswith(": the plan is invalid (1 error)")


def test_a_date_typed_on_the_command_line_is_explained_with_both_forms() -> None:
    with pytest.raises(ValueError, match=r"31\.12\.2024 oder 2024-12-31"):
        parse_cli_date("morgen")
    with pytest.raises(ValueError, match="Der Februar 2020 hat 29 Tage"):
        parse_cli_date("30.02.2020")


def test_the_cache_never_serves_a_message_in_the_other_language(plan_dir: Path) -> None:
    """The cache keeps the problems and warnings worded in the language of the run that
    stored them: the language is part of its key."""
    edit(plan_dir / "assembly.yaml", "meetings: []\n", "meetings:\n  - date: 2030-01-15\n")
    day = date(2029, 12, 31)

    def warning(lang: str) -> str:
        use("de" if lang == "de" else "en")
        [message] = [p.message for p in cache.summary(plan_dir, today=day).warnings]
        return message

    german, english = warning("de"), warning("en")
    assert german == "Diese Sitzung ist nach heute datiert."
    assert english == "this meeting is dated after today"
    for _ in range(2):  # each from its own entry, in either order
        assert warning("en") == english
        assert warning("de") == german
    use("de")
    assert [p.message for p in cache.load_plan(plan_dir).warnings] == []  # no day: no warning


def test_a_suggestion_ends_the_sentence_even_next_to_another_mistake(
    cli: Any, plan_dir: Path
) -> None:
    # the owner of a measure whose horizon is wrong is still checked, and its "meinten Sie …?"
    # ends the message (no full stop after the question mark)
    measures = plan_dir / "measures.yaml"
    edit(measures, "    horizon: kurzfristig\n", "    horizon: bald\n")
    edit(measures, "dogewo-nachbarschaftsagenturen]", "dogewo-agenturen]")
    result = cli("validate", "--plan", str(plan_dir))
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if "dogewo-agenturen" in ln]
    assert lines and lines[0].endswith("meinten Sie 'dogewo-nachbarschaftsagenturen'?")
    assert "?." not in result.output
