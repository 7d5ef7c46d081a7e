"""The shipped data against its sources: the Drucksache's table, the motion, the districts."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from ksplan.loading import load_plan
from ksplan.plan import Plan

from .conftest import DATA, FIXTURES

DRUCKSACHE = FIXTURES / "sources" / "drucksache-12534-18.txt"


def source_table() -> list[tuple[int, str, str, list[str]]]:
    """Section 3 of Drucksache 12534-18, parsed from the text of the council template."""
    text = DRUCKSACHE.read_text(encoding="utf-8")
    section = text.split("Maßnahme:\tUmsetzung:\tZuständigkeit:")[1].split("#### 4.)")[0]
    rows: list[list[str]] = []
    for line in section.splitlines():
        match = re.match(r"^(\d+)\.\t(.*)$", line)
        if match:
            rows.append([match.group(1), *match.group(2).split("\t")])
        elif line.startswith("\t\t\t") and rows and not line.strip().startswith("--"):
            rows[-1][-1] += " " + line.strip()  # a cell continued after a page break
    table = []
    for number, title, horizon, owners in rows:
        # "Vereine, Verbände etc." is one entry of the list, the only one with a comma
        parts = owners.replace("Vereine, Verbände etc.", "Vereine; Verbände etc.").split(", ")
        names = [p.replace("Vereine; Verbände etc.", "Vereine, Verbände etc.") for p in parts]
        table.append((int(number), title, horizon, names))
    return table


@pytest.fixture(scope="module")
def plan() -> Plan:
    return load_plan(DATA)


def test_the_source_table_has_thirty_measures() -> None:
    assert [n for n, *_ in source_table()] == list(range(1, 31))


def test_measures_match_drucksache_12534_18(plan: Plan) -> None:
    table = source_table()
    assert len(plan.measures) == len(table) == 30
    for measure, (number, title, horizon, owners) in zip(plan.measures, table, strict=True):
        assert measure.id == f"M{number:02d}"
        assert measure.title == title
        assert measure.horizon == horizon
        # "Dezernat 6" in measure 8 is the same body as "Dezernat 6 (Stadt Dortmund)"
        expected = [o if o != "Dezernat 6" else "Dezernat 6 (Stadt Dortmund)" for o in owners]
        assert plan.owner_names(measure) == expected, measure.id


def test_each_body_is_listed_once_with_its_full_name(plan: Plan) -> None:
    names = [b.name for b in plan.measures_file.bodies]
    assert len(names) == len(set(names))
    assert "Dezernat 6" not in names
    used = {o for m in plan.measures for o in m.owners}
    assert used == set(plan.bodies)


def test_decision_date_and_default_horizon_policy(plan: Plan) -> None:
    assert plan.decision_date.isoformat() == "2019-02-21"
    policy = plan.measures_file.horizon_policy
    assert (policy.direkt, policy.kurzfristig, policy.laengerfristig) == (12, 24, 60)


def test_four_handlungsfelder_and_every_reading_is_marked(plan: Plan) -> None:
    assert [f.name for f in plan.measures_file.fields] == [
        "Sichere Nachbarschaft",
        "Sichere öffentliche Räume",
        "Sichere Infrastruktur",
        "Sicherheitskommunikation",
    ]
    # The Vorlage assigns no measure to a Handlungsfeld: every assignment is a reading,
    # M30 included (its title names "Sicherheitskommunikation", the Vorlage does not assign it).
    assert all(m.field_is_reading for m in plan.measures)


def test_status_facts_carry_sources_and_nothing_is_invented(plan: Plan) -> None:
    with_history = {m.id for m in plan.measures if m.history}
    # the only measures with public facts on their status
    assert with_history == {"M08", "M09", "M19", "M21"}
    for measure in plan.measures:
        for entry in measure.history:
            assert entry.source.strip()
    assert plan.measures_file.reports == []


def test_assembly_as_the_motion_sets_it_up(plan: Plan) -> None:
    a = plan.assembly
    assert len(a.institutions) == 8
    assert [m.name for m in a.ex_officio] == ["Rechtsdezernent/in", "Sozialdezernent/in"]
    assert a.council_seats.seats == 10
    assert a.voting_members == 20
    assert a.council_seats.method == "hare-niemeyer"
    assert a.chair == "rechtsdezernat"
    assert a.office == "Ordnungsamt"
    assert plan.meetings_order is not None and plan.meetings_order.at_least == 3
    assert a.lenkungskreis.meets == "besteht ständig und tagt bei Bedarf"
    assert a.meetings == []
    assert len(a.advisory) == 16
    assert a.lenkungskreis.external_members is False


def test_council_terms(plan: Plan) -> None:
    old = plan.term("2020-2025")
    assert [(f.name, f.mandates) for f in old.fraktionen] == [
        ("SPD", 27),
        ("Bündnis 90/Die Grünen", 22),
        ("CDU", 20),
        ("Die Linke+", 6),
        ("AfD", 5),
        ("FDP/Bürgerliste", 4),
        ("Die PARTEI", 3),
    ]
    assert old.min_fraktion_size == 3
    assert {s.name for s in old.single_members} == {"BVT", "Tierschutzpartei", "Die Rechte"}
    new = plan.term("2025-2030")
    assert new.min_fraktion_size == 5
    assert new.complete is False  # FDP, Die PARTEI, BVT, Bürgerliste: not confirmed
    likely = {f.name for f in new.fraktionen if f.certainty == "likely"}
    assert likely == {"CDU", "DIE LINKE"}
    assert ("GRÜNE & Volt", 18) in [(f.name, f.mandates) for f in new.fraktionen]
    assert [g.name for g in new.ratsgruppen] == ["BSW"]
    # The term in force is the one whose Rat had been constituted by the day asked about.
    assert plan.term_on(date(2025, 11, 12)) is old
    assert plan.term_on(date(2025, 11, 13)) is new
    assert plan.term_on(date(2021, 6, 30)) is old
    assert plan.term_on(date(2019, 6, 30)) is None


def test_districts_in_official_order(plan: Plan) -> None:
    assert [d.name for d in plan.districts_file.districts] == [
        "Innenstadt-West",
        "Innenstadt-Nord",
        "Innenstadt-Ost",
        "Eving",
        "Scharnhorst",
        "Brackel",
        "Aplerbeck",
        "Hörde",
        "Hombruch",
        "Lütgendortmund",
        "Huckarde",
        "Mengede",
    ]
    assert plan.lab_deadline is not None
    assert plan.lab_deadline.due is not None and plan.lab_deadline.due.isoformat() == "2024-12-31"
    with_labs = {d.name for d in plan.districts_file.districts if d.labs}
    assert with_labs == {"Innenstadt-Nord", "Brackel", "Hörde", "Lütgendortmund"}


@pytest.mark.parametrize("name", ["measures", "assembly", "districts", "orders"])
def test_each_file_points_editors_at_its_schema(name: str) -> None:
    first = (DATA / f"{name}.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema=../schemas/{name}.schema.json"
    assert (Path(DATA.parent) / "schemas" / f"{name}.schema.json").is_file()
