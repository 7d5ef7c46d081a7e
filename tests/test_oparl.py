"""The OParl import against a real HTTP server on 127.0.0.1 (tests/oparl_server.py): paging,
a Fraktion dissolved mid-term, a member changing Fraktion, and broken answers — each a clear
message, nothing written."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from ksplan.diff import diff_plans
from ksplan.loading import load_plan
from ksplan.oparl import OParlError, fraktionen_on, read_oparl
from ksplan.term_import import term_import

from .oparl_server import EXPECTED, START, Answer, Server, council, serving

TERM = "2025-2030"
ON = dt.date.fromisoformat(START)


@pytest.fixture
def server() -> Iterator[Server]:
    with serving() as running:
        yield running


def test_fraktionen_on_the_first_day_following_the_pages(server: Server) -> None:
    found = read_oparl(server.base + "/")
    counted = fraktionen_on(found, ON, dt.date(2030, 10, 31))
    assert {c.organization.label: c.members for c in counted.fraktionen} == EXPECTED
    assert "/body/1/organization?page=3" in server.requests  # every page was read
    notes = " ".join(counted.notes)
    assert "DIE LINKE besteht laut OParl nur bis zum 30.06.2026" in notes
    assert "Neue Mitte wurde laut OParl erst am 01.04.2026 gebildet" in notes
    assert "Ratsmitglied 13 wechselte am 01.04.2026 von CDU zu Neue Mitte" in notes
    # later in the term the figures are different: the same data, another day
    later = fraktionen_on(found, dt.date(2026, 7, 1))
    assert {c.organization.label: c.members for c in later.fraktionen} == {
        "SPD": 7,
        "CDU": 5,
        "GRÜNE & Volt": 5,
        "Neue Mitte": 1,
    }


def test_memberships_only_by_url_are_fetched(server: Server) -> None:
    body = json.loads(server.routes["/body/1"].body)
    del body["person"]  # a server that does not list persons: memberships come one by one
    server.json("/body/1", body)
    counted = fraktionen_on(read_oparl(server.base + "/body/1"), ON)
    assert {c.organization.label: c.members for c in counted.fraktionen} == EXPECTED
    assert any(r.startswith("/membership/") for r in server.requests)


def test_a_file_gives_the_same_figures(tmp_path: Path) -> None:
    routes = council("https://ris.beispielstadt.example")
    dump = [item for page in routes.values() for item in page.get("data", [])]
    path = tmp_path / "oparl.json"
    path.write_text(json.dumps(dump, ensure_ascii=False), encoding="utf-8")
    counted = fraktionen_on(read_oparl(str(path)), ON)
    assert {c.organization.label: c.members for c in counted.fraktionen} == EXPECTED
    assert not any("nur als Adresse" in note for note in counted.notes)
    # a file of the organisations alone: their memberships are named, not held
    organizations = routes["/body/1/organization"]["data"]
    path.write_text(json.dumps(organizations, ensure_ascii=False), encoding="utf-8")
    alone = fraktionen_on(read_oparl(str(path)), ON)
    assert alone.fraktionen == ()
    assert any("nur als Adresse; die Datei enthält sie nicht" in note for note in alone.notes)


def test_preview_is_the_semantic_diff_and_apply_writes_only_the_block(
    server: Server, plan_dir: Path
) -> None:
    before_text = (plan_dir / "assembly.yaml").read_text(encoding="utf-8")
    plan = load_plan(plan_dir)
    preview = term_import(plan_dir, server.base + "/", TERM, write=False)
    assert (plan_dir / "assembly.yaml").read_text(encoding="utf-8") == before_text
    changes = diff_plans(preview.outcome.before, preview.outcome.after, ON).changes
    mandates = {c.subject: (c.before, c.after) for c in changes if c.field == "mandates"}
    assert mandates == {
        f"{TERM} / SPD": (26, 7),
        f"{TERM} / CDU": (23, 6),
        f"{TERM} / DIE LINKE": (8, 5),
        f"{TERM} / GRÜNE & Volt": (18, 5),
    }
    removed = [c.subject for c in changes if c.kind == "removed"]
    assert removed == [f"{TERM} / AfD"]  # not a Fraktion in this (fictional) system
    term_import(plan_dir, server.base + "/", TERM, write=True)
    after_text = (plan_dir / "assembly.yaml").read_text(encoding="utf-8")
    after = load_plan(plan_dir)
    assert diff_plans(plan, after, ON).changes == changes
    # everything outside the term's Fraktionen is byte-identical
    head = before_text.split(
        "    fraktionen:\n      - id: spd\n        name: SPD\n        mandates: 26"
    )[0]
    assert after_text.startswith(head)
    tail = before_text[before_text.index("    single_members:\n      - name: Tierschutzpartei") :]
    assert after_text.endswith(tail)
    assert "Mandate am 13.11.2025 laut OParl" in after_text
    # a second import changes nothing
    again = term_import(plan_dir, server.base + "/", TERM, write=True)
    assert diff_plans(again.outcome.before, again.outcome.after, ON).changes == []
    assert (plan_dir / "assembly.yaml").read_text(encoding="utf-8") == after_text


BROKEN = {
    "http-error": (
        "/body/1/organization?page=2",
        Answer(500, b"Internal Server Error"),
        "HTTP 500",
    ),
    "not-found": ("/body/1/person", Answer(404, b"{}"), "HTTP 404"),
    "timeout": (
        "/body/1",
        Answer(200, b"{}", delay=2.0),
        "keine Antwort innerhalb von 0.5 Sekunden",
    ),
    "invalid-json": (
        "/body/1/organization",
        Answer(200, b'{"data": [ {"id": '),
        "kein gültiges JSON",
    ),
    "not-utf8": ("/body/1", Answer(200, '{"name": "Köln"}'.encode("latin-1")), "kein UTF-8"),
    "list-is-object": (
        "/body/1/person",
        Answer(200, b'{"data": {"a": 1}}'),
        "keine OParl-Objektliste",
    ),
    "answer-is-list": ("/body/1", Answer(200, b"[1, 2]"), "kein OParl-Objekt"),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_answers_are_a_clear_message_and_nothing_is_written(
    server: Server, plan_dir: Path, case: str
) -> None:
    path, answer, expected = BROKEN[case]
    server.routes[path] = answer
    before = (plan_dir / "assembly.yaml").read_bytes()
    with pytest.raises(OParlError) as caught:
        term_import(plan_dir, server.base + "/body/1", TERM, write=True, timeout=0.5)
    assert expected in caught.value.message
    assert "Nichts geschrieben" in caught.value.message
    assert (plan_dir / "assembly.yaml").read_bytes() == before


def _with(server: Server, path: str, change: dict[str, object], index: int | None = None) -> None:
    value = json.loads(server.routes[path].body)
    target = value["data"][index] if index is not None else value
    target.update(change)
    server.json(path, value)


@pytest.mark.parametrize(
    ("path", "index", "change", "expected"),
    [
        ("/body/1/organization", 1, {"startDate": 5}, "„startDate“ sollte ein Datum"),
        ("/body/1/organization", 1, {"name": ["SPD"]}, "„name“ sollte ein Text"),
        ("/body/1/organization", 1, {"membership": "x"}, "„membership“ sollte eine Liste"),
        ("/body/1", None, {"organization": 7}, "„organization“ sollte eine URL"),
        (
            "/body/1/organization",
            None,
            {"links": {"next": "http://example.invalid/x"}},
            "einen anderen Server",
        ),
        (
            "/body/1/organization?page=2",
            None,
            {"links": {"next": "/body/1/organization?page=2"}},
            "im Kreis",
        ),
    ],
)
def test_wrong_types_and_foreign_links_are_refused(
    server: Server,
    plan_dir: Path,
    path: str,
    index: int | None,
    change: dict[str, object],
    expected: str,
) -> None:
    _with(server, path, change, index)
    before = (plan_dir / "assembly.yaml").read_bytes()
    with pytest.raises(OParlError) as caught:
        term_import(plan_dir, server.base + "/body/1", TERM, write=True)
    assert expected in caught.value.message
    assert (plan_dir / "assembly.yaml").read_bytes() == before
    assert not any("example.invalid" in r for r in server.requests)


def test_a_term_counted_from_its_election_day_says_why_it_finds_nothing(
    server: Server, plan_dir: Path
) -> None:
    with pytest.raises(OParlError) as caught:
        term_import(plan_dir, server.base + "/", "2020-2025", write=False)
    assert "kein Tag der Konstituierung erfasst" in caught.value.message
