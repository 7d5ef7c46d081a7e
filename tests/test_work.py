"""The Vollversammlung's work: members, attendance and quorum, inputs and their course,
recommendations, Handlungsfelder 2.0 and the chain through them (ksplan.work), validated
(ksplan.work_checks) and shown (ksplan.views.work, the report's Masterplan 2.0 section).

The example plan ``examples/musterstadt`` is fictional. Golden files under
``tests/golden/work/`` pin the trace and the report section in both languages; regenerate
them with ``KSPLAN_REGENERATE_GOLDEN=1 .venv/bin/pytest tests/test_work.py`` and review the
difference.
"""

from __future__ import annotations

import io
import json
import re
import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ksplan.errors import DataError, PlanInvalid, UsageError
from ksplan.i18n import use
from ksplan.loading import load_plan
from ksplan.plan import Plan
from ksplan.work import (
    attendance,
    cycles,
    inputs,
    links,
    meetings,
    members_on,
    node_ids,
    resolve_node,
    trace,
)

from .conftest import DATA, REPO, check_golden, edit

EXAMPLE = REPO / "examples" / "musterstadt"
GOLDEN = Path(__file__).resolve().parent / "golden" / "work"


@pytest.fixture(scope="module")
def example() -> Plan:
    return load_plan(EXAMPLE, today=date(2026, 11, 30))


@pytest.fixture
def example_dir(tmp_path: Path) -> Path:
    target = tmp_path / "musterstadt"
    shutil.copytree(EXAMPLE, target)
    return target


def golden(name: str, text: str) -> None:
    check_golden(GOLDEN / name, text)


def problems_of(directory: Path) -> list[Any]:
    with pytest.raises(PlanInvalid) as caught:
        load_plan(directory)
    return [p for p in caught.value.problems if p.severity == "error"]


# --- the example plan and the shipped one -----------------------------------------------------


def test_example_is_fictional_in_every_file() -> None:
    for path in sorted(EXAMPLE.glob("*.yaml")):
        head = path.read_text(encoding="utf-8")[:400]
        assert "ERFUNDENES BEISPIEL" in head and "Musterstadt" in head, path.name


def test_example_validates_with_the_warnings_it_means(example: Plan) -> None:
    assert [p.message for p in example.warnings] == [
        "E1 stammt aus der Sitzung vom 11.06.2024, die nach der erfassten Anwesenheit nicht "
        "beschlussfähig war.",
        "E2 stammt aus der Sitzung vom 11.06.2024, die nach der erfassten Anwesenheit nicht "
        "beschlussfähig war.",
        "Sitzung am 11.06.2024: 6 stimmberechtigte Mitglieder anwesend, beschlussfähig erst ab 7.",
        "Sitzung am 03.12.2024: 5 stimmberechtigte Mitglieder anwesend, beschlussfähig erst ab 7.",
        "1 von 2 Sitzen der Fraktion Grün besetzt (Stand 01.02.2024).",
    ]
    assert {p.code for p in example.warnings} == {"quorum", "count"}


def test_shipped_plan_records_no_work() -> None:
    plan = load_plan(DATA)
    a = plan.assembly
    assert (a.members, a.fields_2, a.recommendations, a.inputs) == ([], [], [], [])
    assert a.quorum is None and a.inputs_open_after is None
    assert members_on(plan, date(2026, 11, 30)).recorded == 0
    assert inputs(plan, date(2026, 11, 30)) == []
    with pytest.raises(DataError, match="nichts erfasst"):
        resolve_node(plan, "E1")


def test_a_plan_without_the_new_lists_loads(plan_dir: Path) -> None:
    """Older plans (and old git revisions) have none of the new keys."""
    text = (plan_dir / "assembly.yaml").read_text(encoding="utf-8")
    cut = text.index("# --- Die Arbeit der Vollversammlung")
    (plan_dir / "assembly.yaml").write_text(text[:cut], encoding="utf-8")
    assert load_plan(plan_dir).assembly.inputs == []


# --- members on a day ---------------------------------------------------------------------------


def test_members_change_with_their_periods(example: Plan) -> None:
    def holder(day: date, seat: str) -> str | None:
        found = [s for s in members_on(example, day).seats if s.seat == seat]
        return found[0].holder.id if found[0].holder else None

    assert holder(date(2024, 6, 30), "wohlfahrtspflege") == "wohlfahrt-1"
    assert holder(date(2024, 7, 1), "wohlfahrtspflege") == "wohlfahrt-2"
    assert holder(date(2024, 8, 31), "jugendamt") is None
    assert holder(date(2024, 9, 1), "jugendamt") == "jugendamt-1"


def test_open_seats_follow_the_allocation(example: Plan) -> None:
    m = members_on(example, date(2024, 10, 15))
    council = [s for s in m.seats if s.kind == "council"]
    assert [s.seat for s in council] == ["rot", "rot", "gruen", "gruen", "blau", "gelb"]
    assert [s.seat for s in m.open_seats()] == ["gruen"]
    assert len(m.voting) == example.assembly.voting_members
    blau = next(s for s in council if s.seat == "blau")
    assert [d.id for d in blau.deputies] == ["blau-1-v"]


def test_before_the_assembly_existed(example: Plan) -> None:
    m = members_on(example, date(2023, 1, 1))
    assert not m.established and all(s.holder is None for s in m.seats)


def test_a_deputy_counts_for_the_member_and_quorum_is_flagged(example: Plan) -> None:
    refs = {r.meeting.id: r for r in meetings(example)}
    june = attendance(example, refs["vv-2024-06"])
    assert (june.voting, june.has_quorum, june.quorum) == (6, False, 7)
    feb = attendance(example, refs["vv-2024-02"])
    assert (feb.voting, feb.advisory, feb.has_quorum) == (11, 1, True)
    group = attendance(example, refs["ag-sauberkeit-2024-05"])
    assert group.has_quorum is None and group.others == 2  # no quorum rule for an AG


# --- inputs ---------------------------------------------------------------------------------


def test_inputs_where_each_stands(example: Plan) -> None:
    states = {v.input.id: v.state for v in inputs(example, date(2025, 1, 31))}
    assert states == {
        "nord-1": "recommendation",
        "nord-2": "field",
        "nord-3": "declined",
        "mitte-1": "recommendation",
        "mitte-2": "merged",
        "mitte-3": "recommendation",
        "sued-1": "merged",
        "sued-2": "reported",
        "sued-3": "received",
        "digital-1": "measure",
    }
    earlier = {v.input.id: v.state for v in inputs(example, date(2024, 6, 1))}
    assert earlier == {
        "nord-1": "received",
        "nord-2": "reported",
        "nord-3": "received",
        "mitte-1": "received",
        "mitte-2": "received",
        "mitte-3": "received",
    }


def test_open_after_the_plans_months(example: Plan) -> None:
    """sued-2 was reported on 05.11.2024, sued-3 came in on 12.09.2024 and was never
    reported; the plan says 6 months."""
    assert [v.input.id for v in inputs(example, date(2025, 3, 12), open_only=True)] == []
    assert [v.input.id for v in inputs(example, date(2025, 3, 13), open_only=True)] == ["sued-3"]
    assert [v.input.id for v in inputs(example, date(2025, 5, 5), open_only=True)] == ["sued-3"]
    opened = [v.input.id for v in inputs(example, date(2025, 5, 6), open_only=True)]
    assert opened == ["sued-2", "sued-3"]
    assert [v.input.id for v in inputs(example, date(2025, 5, 6), lab="labor-nord-2024")] == [
        "nord-1",
        "nord-2",
        "nord-3",
    ]


# --- the chain ----------------------------------------------------------------------------------


def test_trace_backwards_and_forwards(example: Plan) -> None:
    found = trace(example, ("measure", "M03"))
    path = []
    node = found.origins[0]
    while True:
        path.append((node.kind, node.id))
        if not node.children:
            break
        node = node.children[0]
    assert path == [
        ("recommendation", "V1"),
        ("field", "beleuchtung"),
        ("input", "nord-2"),
        ("input", "sued-1"),
    ]
    assert found.outcomes == ()


@pytest.mark.parametrize(
    ("typed", "node"),
    [
        ("e1", ("recommendation", "E1")),
        ("V1", ("recommendation", "V1")),
        ("m7", ("measure", "M07")),
        ("Nord-1", ("input", "nord-1")),
        ("BELEUCHTUNG", ("field", "beleuchtung")),
    ],
)
def test_ids_as_a_clerk_types_them(example: Plan, typed: str, node: tuple[str, str]) -> None:
    assert resolve_node(example, typed) == node


def test_unknown_id_suggests_the_nearest(example: Plan) -> None:
    with pytest.raises(UsageError, match="meinten Sie „nord-2“"):
        resolve_node(example, "nord-22")


def _rendered(renderable: Any, width: int = 100) -> str:
    from rich.console import Console

    out = io.StringIO()
    Console(file=out, width=width, color_system=None, legacy_windows=False).print(renderable)
    return "\n".join(line.rstrip() for line in out.getvalue().splitlines()) + "\n"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_trace_golden(example: Plan, lang: str) -> None:
    from ksplan.views.work import trace_view

    use(lang)  # type: ignore[arg-type]
    text = "".join(
        _rendered(trace_view(example, trace(example, resolve_node(example, x))))
        for x in ("sued-1", "E1", "M03", "beleuchtung", "sued-3")
    )
    golden(f"trace.{lang}.txt", text)


def test_trace_json(example: Plan) -> None:
    from ksplan.views.work import trace_json

    data = trace_json(example, trace(example, ("recommendation", "E2")))
    assert [(n["kind"], n["id"]) for n in data["origins"]] == [
        ("input", "mitte-1"),
        ("field", "nachbarschaft"),
    ]
    assert data["origins"][0]["children"][0]["id"] == "mitte-2"
    assert [n["id"] for n in data["outcomes"]] == ["M08"]
    json.dumps(data)


# --- the report's section -------------------------------------------------------------------------


def _section(text: str, fmt: str) -> str:
    if fmt == "md":
        start = text.index("\n## Masterplan 2.0")
        end = text.index("\n## ", start + 5)
    else:
        start = text.index('<section id="work"')
        end = text.index("</section>", start) + len("</section>")
    return text[start:end].strip("\n") + "\n"


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_report_section_golden(example: Plan, fmt: str, lang: str) -> None:
    from ksplan.report import render_report

    text = render_report(example, date(2025, 1, 31), fmt, lang)
    golden(f"report-work.{lang}.{fmt}", _section(text, fmt))


def test_report_section_of_the_shipped_plan_says_nothing_is_recorded() -> None:
    from ksplan.report import render_report

    text = render_report(load_plan(DATA), date(2026, 11, 30), "md", "de")
    assert "ist nichts erfasst. Nicht erfasst heißt nicht, dass es nichts gibt." in _section(
        text, "md"
    )


# --- validation: every link resolves, dates in order, seats within the allocation ---------------


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("    seat: polizei\n    role: Leitung", "    seat: polizi\n    role: Leitung",
         "Der Sitz 'polizi' ist weder ein Mitglied (institutions, ex_officio, advisory) noch eine "
         "Fraktion – meinten Sie 'polizei'?"),
        ("        target: E1\n", "        target: E11\n",
         "Die Empfehlung 'E11' ist unter 'recommendations' nicht angelegt – meinten Sie 'E1'?"),
        ("        target: M09\n", "        target: M99\n",
         "Die Maßnahme 'M99' ist in measures.yaml nicht angelegt – meinten Sie 'M09'?"),
        ("    lab: labor-sued-2024\n    date: 2024-09-12\n    text: Kaum",
         "    lab: labor-sud-2024\n    date: 2024-09-12\n    text: Kaum",
         "Das Quartierslabor 'labor-sud-2024' ist in districts.yaml nicht angelegt (Labore "
         "brauchen dort eine 'id') – meinten Sie 'labor-sued-2024'?"),
        ("    meeting: vv-2024-06\n    text: Mehr", "    meeting: vv-2024-6\n    text: Mehr",
         "Die Sitzung 'vv-2024-6' ist nicht angelegt (meetings, working_groups[].meetings) – "
         "meinten Sie 'vv-2024-06'?"),
        ("    attendance: [polizei-1, senioren-1, handel-1, wohlfahrt-2,",
         "    attendance: [polizei-1, senioren-1, handel-1, wohlfahrt-1,",
         "'wohlfahrt-1' hatte den Sitz am 15.10.2024 nicht inne."),
        ("      - date: 2024-11-30\n        step: implemented",
         "      - date: 2024-05-30\n        step: implemented",
         "Der Verlauf ist nicht nach Datum geordnet."),
        ("  - id: nord-1\n    lab: labor-nord-2024\n    date: 2024-04-18",
         "  - id: nord-1\n    lab: labor-nord-2024\n    date: 2024-07-18",
         "'E1' ist vom 11.06.2024, die Eingabe ging erst am 18.07.2024 ein."),
    ],
)  # fmt: skip
def test_located_link_and_date_errors(example_dir: Path, old: str, new: str, message: str) -> None:
    edit(example_dir / "assembly.yaml", old, new)
    found = problems_of(example_dir)
    assert message in [p.message for p in found]
    hit = next(p for p in found if p.message == message)
    assert hit.file.endswith("assembly.yaml") and hit.line is not None


def test_merged_inputs_in_a_circle(example_dir: Path) -> None:
    edit(
        example_dir / "assembly.yaml",
        "        step: recommendation\n        target: E2\n",
        "        step: merged\n        target: mitte-2\n",
    )
    found = problems_of(example_dir)
    assert [p.message for p in found if p.code == "cycle"] == [
        "Die Kette führt im Kreis: mitte-1 → mitte-2 → mitte-1."
    ]


def test_more_council_seats_than_the_allocation_is_an_error(example_dir: Path) -> None:
    edit(
        example_dir / "assembly.yaml",
        "  - id: gelb-1\n",
        "  - id: rot-3\n    seat: rot\n    since: 2024-03-01\n    source: Test\n  - id: gelb-1\n",
    )
    found = problems_of(example_dir)
    assert (
        "Fraktion Rot: 3 Ratssitze besetzt am 01.03.2024, die Verteilung der Ratsperiode "
        "2020-2025 gibt der Fraktion 2." in [p.message for p in found]
    )


def test_fewer_council_seats_named_is_a_warning_in_english(example: Plan) -> None:
    plan = load_plan(EXAMPLE)
    use("en")
    again = load_plan(EXAMPLE)
    assert [p.message for p in again.warnings if p.code == "count"] == [
        "1 of 2 seats of Fraktion Grün filled (as of 01.02.2024)"
    ]
    assert all(p.severity == "warning" for p in plan.warnings)


def test_model_rules(example_dir: Path) -> None:
    edit(
        example_dir / "assembly.yaml",
        "        step: declined\n        reason: Zuständig ist der Jugendhilfeausschuss; die "
        "Eingabe wurde dorthin weitergegeben.\n",
        "        step: declined\n",
    )
    found = problems_of(example_dir)
    assert "Eine abgelehnte Eingabe ('declined') nennt den Grund in 'reason'." in [
        p.message for p in found
    ]


# --- hypothesis: the chain's invariants -----------------------------------------------------

_BASE = date(2024, 3, 1)
_REC_DAYS = {"E1": 100, "E2": 220}  # meeting days after _BASE (vv-2024-06, vv-2024-10)
_FIELD_DAY = 150  # the Handlungsfeld is named that many days after _BASE


@st.composite
def chains(draw: Any) -> list[dict[str, Any]]:
    """Inputs with random dates and outcomes: merged into another input, a recommendation,
    a Handlungsfeld or a measure; the outcome's day sometimes before the input's."""
    n = draw(st.integers(1, 7))
    items = []
    for i in range(n):
        offset = draw(st.integers(0, 300))
        kind = draw(st.sampled_from(["none", "merged", "recommendation", "field", "measure"]))
        target = {
            "none": None,
            "merged": f"x-{draw(st.integers(0, n - 1))}",
            "recommendation": draw(st.sampled_from(sorted(_REC_DAYS))),
            "field": "sauberkeit",
            "measure": "M07",
        }[kind]
        step_offset = offset + draw(st.integers(-20, 60))
        items.append(
            {"id": f"x-{i}", "offset": offset, "kind": kind, "target": target, "step": step_offset}
        )
    return items


def _oracle(items: list[dict[str, Any]]) -> tuple[bool, bool]:
    """(there is a cycle, some date is out of order) — worked out without ksplan."""
    merged = {x["id"]: x["target"] for x in items if x["kind"] == "merged"}
    cycle = False
    for start in merged:
        seen, node = set(), start
        while node in merged and node not in seen:
            seen.add(node)
            node = merged[node]
        if node in seen:
            cycle = True
    bad_dates = False
    for x in items:
        if x["kind"] == "none":
            continue
        if x["step"] < x["offset"]:
            bad_dates = True
        if x["kind"] == "recommendation" and _REC_DAYS[x["target"]] < x["offset"]:
            bad_dates = True
        if x["kind"] == "field" and x["offset"] > _FIELD_DAY:
            bad_dates = True
    return cycle, bad_dates


def _write_chain(directory: Path, items: list[dict[str, Any]]) -> None:
    from ksplan.yaml_reader import read_yaml_file

    data = read_yaml_file(EXAMPLE / "assembly.yaml", "assembly.yaml").data
    data["recommendations"] = [r for r in data["recommendations"] if r["id"] in _REC_DAYS]
    for r in data["recommendations"]:
        r["meeting"] = "vv-2024-06" if r["id"] == "E1" else "vv-2024-10"
        r["course"] = []
        r.pop("field", None)
    for m in data["meetings"]:
        if m["id"] == "vv-2024-06":
            m["date"] = str(_BASE + timedelta(days=_REC_DAYS["E1"]))
        if m["id"] == "vv-2024-10":
            m["date"] = str(_BASE + timedelta(days=_REC_DAYS["E2"]))
        m["attendance"] = []
    data["fields_2"] = [f for f in data["fields_2"] if f["id"] == "sauberkeit"]
    data["fields_2"][0].pop("meeting")
    data["fields_2"][0]["named"] = str(_BASE + timedelta(days=_FIELD_DAY))
    data["inputs"] = []
    for x in items:
        entry: dict[str, Any] = {
            "id": x["id"],
            "channel": "digital",
            "date": str(_BASE + timedelta(days=x["offset"])),
            "text": "Eingabe",
            "source": "Test",
        }
        if x["kind"] != "none":
            entry["course"] = [
                {
                    "date": str(_BASE + timedelta(days=x["step"])),
                    "step": x["kind"],
                    "target": x["target"],
                    "source": "Test",
                }
            ]
        data["inputs"].append(entry)
    directory.mkdir(exist_ok=True)
    for name in ("measures", "districts", "orders"):
        shutil.copy(EXAMPLE / f"{name}.yaml", directory / f"{name}.yaml")
    (directory / "assembly.yaml").write_text(json.dumps(data, ensure_ascii=False), "utf-8")


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(items=chains())
def test_chain_invariants(tmp_path: Path, items: list[dict[str, Any]]) -> None:
    directory = tmp_path / f"p{abs(hash(json.dumps(items))) % 10**9}"
    _write_chain(directory, items)
    cycle, bad_dates = _oracle(items)
    try:
        plan = load_plan(directory)
    except PlanInvalid as exc:
        codes = {p.code for p in exc.problems if p.severity == "error"}
        assert ("cycle" in codes) == cycle, exc.problems
        assert ("order" in codes) == bad_dates, exc.problems
        assert codes <= {"cycle", "order"}, exc.problems
        return
    assert not cycle and not bad_dates
    # valid: no cycle, every outcome resolves, dates in order along every link
    forward = links(plan)
    assert cycles(forward) == []
    known = set(node_ids(plan))
    dated = {("input", x.id): x.date for x in plan.assembly.inputs}
    for origin, targets in forward.items():
        for target in targets:
            assert target in known
            if origin in dated and target in dated and origin[0] == target[0] == "input":
                continue  # a merge may go either way in time
            if origin in dated and target[0] == "recommendation":
                rec = next(r for r in plan.assembly.recommendations if r.id == target[1])
                day = next(m.date for m in plan.assembly.meetings if m.id == rec.meeting)
                assert dated[origin] <= day
    for node in known:  # every trace ends, and no path repeats a node
        found = trace(plan, node)

        def walk(n: Any, path: tuple[Any, ...]) -> None:
            assert (n.kind, n.id) not in path or n.repeated
            for c in n.children:
                walk(c, (*path, (n.kind, n.id)))

        for n in (*found.origins, *found.outcomes):
            walk(n, (node,))


def test_messages_have_no_placeholders_left(example_dir: Path) -> None:
    edit(example_dir / "assembly.yaml", "    seat: gelb\n", "    seat: gelp\n")
    for p in problems_of(example_dir):
        assert not re.search(r"\{[a-z_]+\}", p.message)


# --- diff: each new kind of change, worded, with its consequences ------------------------------

_V1_ADOPTED = (
    "        step: submitted\n        source: Erfundenes Beispiel, Niederschrift vom 15.10.2024\n"
    "    source: Erfundenes Beispiel, Niederschrift vom 15.10.2024, TOP 3\n",
    "        step: submitted\n        source: Erfundenes Beispiel, Niederschrift vom 15.10.2024\n"
    "      - date: 2025-01-23\n        step: adopted\n        by: Rat\n"
    "        source: Ratsbeschluss vom 23.01.2025\n"
    "    source: Erfundenes Beispiel, Niederschrift vom 15.10.2024, TOP 3\n",
)
_SUED2_DECLINED = (
    "        source: Erfundenes Beispiel, Vermerk der AG vom 05.11.2024\n    source: Erfundenes "
    "Beispiel, Protokoll Quartierslabor Gartenstadt\n  - id: sued-3",
    "        source: Erfundenes Beispiel, Vermerk der AG vom 05.11.2024\n"
    "      - date: 2025-02-01\n        step: declined\n        reason: Spielplatz wird erneuert.\n"
    "        source: Vermerk der AG\n    source: Erfundenes Beispiel, Protokoll Quartierslabor "
    "Gartenstadt\n  - id: sued-3",
)


@pytest.mark.parametrize(
    ("old", "new", "section", "de", "en", "consequence"),
    [
        (*_V1_ADOPTED, "recommendations",
         "Empfehlung V1: Schritt 23.01.2025 beschlossen hinzugefügt (Quelle: "
         "Ratsbeschluss vom 23.01.2025)",
         "recommendation V1: step 23.01.2025 adopted added (source: Ratsbeschluss vom "
         "23.01.2025)",
         "Vorschlag für eine Vorlage V1: beschlossen am 23.01.2025 (Rat)"),
        (*_SUED2_DECLINED, "inputs",
         "Eingabe sued-2: Schritt 01.02.2025 abgelehnt hinzugefügt (Quelle: Vermerk der AG)",
         "input sued-2: step 01.02.2025 declined added (source: Vermerk der AG)",
         "Eingabe sued-2: abgelehnt (01.02.2025): Spielplatz wird erneuert."),
        ("  - id: jugendamt-1\n",
         "  - id: gruen-2\n    seat: gruen\n    role: Ratsmitglied\n    since: 2025-01-01\n"
         "    source: Benennung\n  - id: jugendamt-1\n",
         "seat_holders",
         "Sitzinhaber gruen-2 hinzugefügt (Sitz gruen: „Ratsmitglied“ seit 01.01.2025)",
         'seat holder gruen-2 added (seat gruen: "Ratsmitglied" since 01.01.2025)',
         "Offene stimmberechtigte Sitze: 1 → 0"),
        ("    until: 2024-06-30\n", "    until: 2024-05-31\n", "seat_holders",
         "Sitzinhaber wohlfahrt-1 bis 30.06.2024 → 31.05.2024",
         "seat holder wohlfahrt-1 until 30.06.2024 → 31.05.2024", None),
        ("# Empfehlungen (E…)",
         "  - id: ordnung\n    name: Ordnung am Bahnhof\n    named: 2024-12-03\n"
         "    meeting: vv-2024-12\n    source: Niederschrift\n\n# Empfehlungen (E…)",
         "fields_2",
         "Handlungsfeld 2.0 Ordnung am Bahnhof hinzugefügt (benannt am 03.12.2024)",
         "Handlungsfeld 2.0 Ordnung am Bahnhof added (named on 03.12.2024)", None),
        ("# Eingaben aus den Quartierslaboren (lab:",
         "  - id: E4\n    meeting: vv-2024-12\n    text: Radwege freihalten\n"
         "    addressee: verwaltung\n    measures: [M09]\n    source: Niederschrift\n\n"
         "# Eingaben aus den Quartierslaboren (lab:",
         "recommendations",
         "Empfehlung E4 hinzugefügt: „Radwege freihalten“, Adressat: Verwaltung",
         'recommendation E4 added: "Radwege freihalten", addressed to Verwaltung '
         "(administration)",
         "Empfehlung E4: ohne Verlauf"),
        ("    source: Erfundenes Beispiel, Beteiligungsportal Musterstadt\n",
         "    source: Erfundenes Beispiel, Beteiligungsportal Musterstadt\n  - id: digital-2\n"
         "    channel: digital\n    date: 2025-01-10\n    text: Mehr Licht am Radweg\n"
         "    source: Beteiligungsportal\n",
         "inputs",
         "Eingabe digital-2 hinzugefügt: „Mehr Licht am Radweg“",
         'input digital-2 added: "Mehr Licht am Radweg"',
         "Eingabe digital-2: eingegangen"),
        ("      - date: 2024-11-05\n        id: ag-nachbarschaft-2024-11\n",
         "      - date: 2024-10-01\n        id: ag-nachbarschaft-2024-10\n"
         "        attendance: [senioren-1]\n        source: Vermerk\n"
         "      - date: 2024-11-05\n        id: ag-nachbarschaft-2024-11\n",
         "working_groups",
         "Arbeitsgruppe AG Nachbarschaft: Sitzung am 01.10.2024 hinzugefügt",
         "Arbeitsgruppe AG Nachbarschaft: meeting on 01.10.2024 added", None),
        ("    attendance: [polizei-2, senioren-1, recht-1, rot-1, gruen-1, blau-1]\n",
         "    attendance: [polizei-2, senioren-1, recht-1, rot-1, gruen-1, blau-1, gelb-1]\n",
         "meetings",
         "Sitzung am 11.06.2024 geändert: Anwesenheit: hinzugefügt: „gelb-1“",
         'meeting on 11.06.2024 changed: attendance: added "gelb-1"',
         "Sitzung am 11.06.2024: jetzt beschlussfähig (7 stimmberechtigte Mitglieder anwesend)"),
        ("  present: 7\n", "  present: 6\n", "assembly",
         "Vollversammlung Beschlussfähigkeit.Mindestzahl der Anwesenden 7 → 6",
         "Vollversammlung quorum.members present at least 7 → 6",
         "Sitzung am 11.06.2024: jetzt beschlussfähig (6 stimmberechtigte Mitglieder anwesend)"),
    ],
)  # fmt: skip
def test_diff_of_each_kind_of_change(
    example_dir: Path,
    old: str,
    new: str,
    section: str,
    de: str,
    en: str,
    consequence: str | None,
) -> None:
    from ksplan.diff import diff_plans

    before = load_plan(example_dir)
    edit(example_dir / "assembly.yaml", old, new)
    after = load_plan(example_dir)
    found = diff_plans(before, after, date(2025, 3, 1))
    assert [(c.section, c.text.render("de")) for c in found.changes] == [(section, de)]
    assert [c.text.render("en") for c in found.changes] == [en]
    work = [c.text.render("de") for c in found.consequences.work.changes]
    assert work == ([consequence] if consequence else [])


# --- open data: the inputs and recommendations in the data package ------------------------------


def test_datapackage_publishes_inputs_and_recommendations(example: Plan, tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    from ksplan.exports import datapackage

    files = datapackage.package(example, date(2025, 1, 31))
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = frictionless.Package(str(tmp_path / "datapackage.json"))
    rows = {r["id"]: r for r in package.get_resource("inputs").read_rows()}
    assert (rows["sued-1"]["state"], rows["sued-1"]["target"]) == ("merged", "nord-2")
    assert rows["nord-3"]["reason"].startswith("Zuständig ist der Jugendhilfeausschuss")
    recs = {r["id"]: r["state"] for r in package.get_resource("recommendations").read_rows()}
    assert recs == {"E1": "implemented", "E2": "adopted", "E3": "rejected", "V1": "submitted"}
    shipped = datapackage.package(load_plan(DATA), date(2025, 1, 31))
    assert "inputs.csv" not in shipped and "recommendations.csv" not in shipped


def test_an_id_shared_by_an_input_and_a_field_is_a_warning(example_dir: Path) -> None:
    edit(example_dir / "assembly.yaml", "  - id: sued-3\n", "  - id: beleuchtung\n")
    found = load_plan(example_dir).warnings
    assert (
        "'beleuchtung' ist zugleich eine Eingabe und ein Handlungsfeld 2.0; ksplan trace "
        "beleuchtung zeigt die Eingabe." in [p.message for p in found]
    )
