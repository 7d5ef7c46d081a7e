"""`ksplan validate` lists every mistake it can in one run (issue 17).

A duplicate key, a file that cannot be read and model errors no longer hide the rest: the
other files are read and validated, and the cross-file checks run on every part that could
be read. Each mistake below is found by its own location (file and line) in one run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import DATA, edit

pytestmark = pytest.mark.usefixtures("english")  # what is found and where (German: *_de.py)

LOCATED = re.compile(r"^(?P<file>[^:\n]+\.yaml):(?P<line>\d+):(?P<col>\d+): (?P<rest>.*)$", re.M)


@dataclass(frozen=True)
class Mistake:
    name: str
    file: str
    old: str
    new: str
    at: str  # the line (after the edit) the message must point at
    message: str


MISTAKES = (
    Mistake(
        "duplicate-key", "measures.yaml", "  title: Masterplan", "  title: X\n  title: Masterplan",
        "  title: Masterplan", "the key 'title' appears twice in this mapping",
    ),
    Mistake(
        "wrong-horizon", "measures.yaml", "    horizon: kurzfristig\n", "    horizon: bald\n",
        "    horizon: bald", "the text 'bald' is not allowed here",
    ),
    Mistake(
        "dangling-body", "measures.yaml", "owners: [dezernat-3]\n", "owners: [dezernat-33]\n",
        "    owners: [dezernat-33]", "the body 'dezernat-33' is not defined under 'bodies'",
    ),
    Mistake(
        "bad-date", "measures.yaml", "date: 2021-02-17", "date: 2021-02-30",
        "      - date: 2021-02-30", "February 2021 has 28 days",
    ),
    Mistake(
        "wrong-type", "assembly.yaml", "external_members: false", "external_members: no",
        "  external_members: no", "expected true or false, found the text 'no'",
    ),
    Mistake(
        "dangling-chair", "assembly.yaml", "chair: rechtsdezernat", "chair: buergermeister",
        "chair: buergermeister", "the chair 'buergermeister' is not a member",
    ),
    Mistake(
        "dangling-fraktion", "assembly.yaml", "    lots: []\n",
        "    lots:\n      - date: 2020-11-20\n        winners: [die-partie]\n"
        "        source: Test\n",
        "        winners: [die-partie]", "the lot winner 'die-partie' is not a Fraktion",
    ),
    Mistake(
        "unknown-key", "districts.yaml", "  - id: hoerde\n", "  - id: hoerde\n    nme: x\n",
        "    nme: x", "unknown field 'nme'",
    ),
    Mistake(
        "dangling-order", "orders.yaml", "orders: [dialog-fortsetzen]",
        "orders: [dialog-fortsetzn]", "orders: [dialog-fortsetzn]",
        "the order 'dialog-fortsetzn' is not defined under 'orders'",
    ),
    # An entry with a broken value keeps its ID and its other values: the measure M04 with
    # the wrong horizon above still has its owners checked, the order with a wrong kind and
    # the district with a wrong name can still be named, and a broken date in the top level
    # hides nothing.
    Mistake(
        "dangling-owner-of-m04", "measures.yaml", "owners: [quartiersmanagement, dogewo-",
        "owners: [quartiersmanagement, dogewo-agenturen, dogewo-",
        "    owners: [quartiersmanagement, dogewo-agenturen",
        "the body 'dogewo-agenturen' is not defined under 'bodies'",
    ),
    Mistake(
        "decision-date", "measures.yaml", "    date: 2019-02-21", "    date: 2019-02-30",
        "    date: 2019-02-30", "February 2019 has 28 days",
    ),
    Mistake(
        "wrong-mandates", "assembly.yaml", "        mandates: 27", "        mandates: viele",
        "        mandates: viele", "expected a whole number, found the text 'viele'",
    ),
    Mistake(
        "wrong-kind", "orders.yaml", "    kind: precondition", "    kind: vorbedingung",
        "    kind: vorbedingung", "the text 'vorbedingung' is not allowed here",
    ),
    Mistake(
        "dangling-scope", "orders.yaml", "complete_through: []",
        "complete_through:\n  - record: events\n    scope: [konzept-quartierslabore, konzept-lab]\n"
        "    through: 2024-12-31\n    note: x",
        "    scope: [konzept-quartierslabore, konzept-lab]",
        "'konzept-lab' is not one of the events record's parts",
    ),
    Mistake(
        "wrong-district-name", "districts.yaml", "    name: Scharnhorst\n", "    name: 7\n",
        "    name: 7", "expected text, found the number 7",
    ),
    Mistake(
        "dangling-order-of-event", "orders.yaml", "beauftragte Abschlussbericht.\n",
        "beauftragte Abschlussbericht.\n    orders: [abschlussbericht-1]\n",
        "    orders: [abschlussbericht-1]", "the order 'abschlussbericht-1' is not defined",
    ),
)  # fmt: skip


def inject(plan_dir: Path, mistakes: list[Mistake]) -> None:
    for mistake in mistakes:
        edit(plan_dir / mistake.file, mistake.old, mistake.new)


def line_of(plan_dir: Path, mistake: Mistake) -> int:
    lines = (plan_dir / mistake.file).read_text(encoding="utf-8").splitlines()
    at = mistake.at.lstrip()
    matches = [i for i, text in enumerate(lines, 1) if text.lstrip().startswith(at)]
    assert len(matches) == 1, f"{mistake.name}: {mistake.at!r} is not one line"
    return matches[0]


def assert_reported(output: str, plan_dir: Path, mistakes: list[Mistake]) -> None:
    found = [m.groupdict() for m in LOCATED.finditer(output)]
    for mistake in mistakes:
        line = line_of(plan_dir, mistake)
        assert any(
            f["file"].endswith(mistake.file)
            and int(f["line"]) == line
            and mistake.message in f["rest"]
            for f in found
        ), f"{mistake.name} (line {line}) not reported:\n{output}"


def test_every_mistake_over_all_files_in_one_run(cli: Any, plan_dir: Path) -> None:
    inject(plan_dir, list(MISTAKES))
    result = cli("validate", "--plan", str(plan_dir))
    assert result.exit_code == 1, result.output
    assert_reported(result.output, plan_dir, list(MISTAKES))
    assert f"the plan is invalid ({len(MISTAKES)} errors)" in result.output
    assert "Traceback" not in result.output


def test_a_syntax_error_hides_only_its_own_file(cli: Any, plan_dir: Path) -> None:
    others = [m for m in MISTAKES if m.file != "districts.yaml"]
    inject(plan_dir, others)
    edit(plan_dir / "districts.yaml", "  - id: eving", "  - id: [eving")
    result = cli("validate", "--plan", str(plan_dir))
    assert result.exit_code == 2, result.output  # a file cannot be read
    assert_reported(result.output, plan_dir, others)
    assert re.search(
        r"districts\.yaml:\d+:\d+: a list in \[brackets\] is not closed", result.output
    )
    assert f"the plan cannot be read ({len(others) + 1} problems)" in result.output


def test_a_missing_file_still_lets_the_others_be_checked(cli: Any, plan_dir: Path) -> None:
    others = [m for m in MISTAKES if m.file not in ("measures.yaml", "orders.yaml")]
    inject(plan_dir, others)
    (plan_dir / "measures.yaml").unlink()
    result = cli("validate", "--plan", str(plan_dir))
    assert result.exit_code == 2
    assert "measures.yaml: the file does not exist" in result.output
    assert_reported(result.output, plan_dir, others)
    # the completeness declarations name measures: that check needs measures.yaml, and is
    # skipped rather than calling every measure unknown
    assert "is not one of the history record's parts" not in result.output


def test_what_is_left_out_is_not_reported_again(cli: Any, plan_dir: Path) -> None:
    # The body dezernat-5 breaks its model and is left out of the cross-file checks: the
    # measures that name it are not told that it is undefined, and voting_members is not
    # recounted over an assembly with a member left out.
    edit(plan_dir / "measures.yaml", "    name: Dezernat 5 (", "    nme: Dezernat 5 (")
    edit(plan_dir / "assembly.yaml", "  - id: seniorenbeirat", "  - id: Seniorenbeirat")
    result = cli("validate", "--plan", str(plan_dir))
    assert result.exit_code == 1
    rests = [m.group("rest") for m in LOCATED.finditer(result.output)]
    assert len(rests) == 3, result.output  # unknown key, the missing name, the ID's pattern
    assert "bodies[dezernat-5].name: the required field 'name' is missing" in rests
    assert not any("dezernat-5' is not defined" in r or "voting_members" in r for r in rests)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
@given(chosen=st.sets(st.sampled_from(MISTAKES), min_size=1))
def test_every_injected_mistake_is_reported(
    cli: Any, tmp_path_factory: Any, chosen: set[Mistake]
) -> None:
    import shutil

    plan_dir = tmp_path_factory.mktemp("plan")
    shutil.rmtree(plan_dir)
    shutil.copytree(DATA, plan_dir)
    mistakes = sorted(chosen, key=lambda m: m.name)
    inject(plan_dir, mistakes)
    result = cli("validate", "--plan", str(plan_dir))
    assert result.exit_code == 1, result.output
    assert_reported(result.output, plan_dir, mistakes)
    errors = len(LOCATED.findall(result.output))
    assert errors == len(mistakes), result.output  # and nothing that was not injected
