"""A fictional council information system speaking OParl 1.1, served on 127.0.0.1.

The objects follow the examples of the OParl 1.1 specification (System → Body → external
object lists of Organization and Person with ``data``, ``pagination`` and ``links.next``;
Person objects embed their Membership objects; an Organization lists its memberships by URL).
All names and people are invented ("Beispielstadt").

The Fraktionen on the day the council term 2025-2030 starts (13.11.2025):

* SPD — 7 members
* CDU — 6 members; one of them (person 13) changes to "Neue Mitte" on 01.04.2026
* DIE LINKE — 5 members; the Fraktion is dissolved on 30.06.2026
* GRÜNE & Volt — 5 members
* "Neue Mitte" — formed only on 01.04.2026: not counted at the start
* "Rat der Stadt" — a Gremium, not a Fraktion: ignored
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

NS = "https://schema.oparl.org/1.1/"
START = "2025-11-13"

# (organisation number, short name, long name, type, start, end)
ORGANIZATIONS = [
    (1, None, "Rat der Stadt Beispielstadt", "Gremium", "2025-11-13", None),
    (2, "SPD", "SPD-Fraktion im Rat der Stadt Beispielstadt", "Fraktion", START, None),
    (3, "CDU", "CDU-Fraktion im Rat der Stadt Beispielstadt", "Fraktion", START, None),
    (4, "DIE LINKE", "Fraktion DIE LINKE im Rat", "Fraktion", START, "2026-06-30"),
    (5, "Neue Mitte", "Fraktion Neue Mitte", "Fraktion", "2026-04-01", None),
    (6, "GRÜNE & Volt", "Fraktion GRÜNE & Volt im Rat", "Fraktion", START, None),
]
# person number → [(organisation, start, end)]
MEMBERS: dict[int, list[tuple[int, str, str | None]]] = {}
for n in range(1, 8):
    MEMBERS[n] = [(2, START, None)]
for n in range(8, 14):
    MEMBERS[n] = [(3, START, None)]
MEMBERS[13] = [(3, START, "2026-03-31"), (5, "2026-04-01", None)]
for n in range(14, 19):
    MEMBERS[n] = [(4, START, "2026-06-30")]
for n in range(19, 24):
    MEMBERS[n] = [(6, START, None)]
for n in range(1, 24):
    MEMBERS[n].append((1, START, None))  # every one of them sits in the Rat

EXPECTED = {"SPD": 7, "CDU": 6, "DIE LINKE": 5, "GRÜNE & Volt": 5}


def _membership(
    base: str, person: int, index: int, org: int, start: str, end: str | None
) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": f"{base}/membership/{person}-{index}",
        "type": NS + "Membership",
        "person": f"{base}/person/{person}",
        "organization": f"{base}/organization/{org}",
        "role": "Mitglied",
        "votingRight": True,
        "startDate": start,
    }
    if end is not None:
        item["endDate"] = end
    return item


def objects(base: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[str, Any]]:
    """Organisations, persons (memberships embedded) and every membership by URL."""
    memberships: dict[str, Any] = {}
    persons = []
    for person, rows in MEMBERS.items():
        embedded = [_membership(base, person, i, *row) for i, row in enumerate(rows)]
        memberships.update({m["id"]: m for m in embedded})
        persons.append(
            {
                "id": f"{base}/person/{person}",
                "type": NS + "Person",
                "body": f"{base}/body/1",
                "name": f"Ratsmitglied {person}",
                "membership": embedded,
            }
        )
    organizations = []
    for number, short, name, kind, start, end in ORGANIZATIONS:
        org: dict[str, Any] = {
            "id": f"{base}/organization/{number}",
            "type": NS + "Organization",
            "body": f"{base}/body/1",
            "name": name,
            "organizationType": kind,
            "classification": "Parlament" if kind == "Gremium" else "Fraktion",
            "startDate": start,
            "membership": [
                m for m in memberships if memberships[m]["organization"].endswith(f"/{number}")
            ],
        }
        if short:
            org["shortName"] = short
        if end:
            org["endDate"] = end
        organizations.append(org)
    return organizations, persons, memberships


def pages(base: str, path: str, items: list[dict[str, Any]], per_page: int) -> dict[str, Any]:
    """An external object list cut into pages, as the specification's example."""
    routes = {}
    total = (len(items) + per_page - 1) // per_page
    for page in range(1, total + 1):
        url = f"{path}?page={page}" if page > 1 else path
        links = {"first": f"{base}{path}", "self": f"{base}{url}"}
        if page < total:
            links["next"] = f"{base}{path}?page={page + 1}"
        routes[url] = {
            "data": items[(page - 1) * per_page : page * per_page],
            "pagination": {
                "totalElements": len(items),
                "elementsPerPage": per_page,
                "currentPage": page,
                "totalPages": total,
            },
            "links": links,
        }
    return routes


def council(base: str) -> dict[str, Any]:
    """Every route of the fictional council information system: path → JSON value."""
    organizations, persons, memberships = objects(base)
    routes: dict[str, Any] = {
        "/": {
            "id": f"{base}/",
            "type": NS + "System",
            "oparlVersion": NS,
            "name": "Ratsinformationssystem Beispielstadt (erfunden)",
            "body": f"{base}/body",
        },
        "/body/1": {
            "id": f"{base}/body/1",
            "type": NS + "Body",
            "name": "Stadt Beispielstadt",
            "system": f"{base}/",
            "organization": f"{base}/body/1/organization",
            "person": f"{base}/body/1/person",
            "meeting": f"{base}/body/1/meeting",
        },
    }
    routes |= pages(base, "/body", [routes["/body/1"]], 10)
    routes |= pages(base, "/body/1/organization", organizations, 2)
    routes |= pages(base, "/body/1/person", persons, 10)
    for url, item in memberships.items():
        routes[url.removeprefix(base)] = item
    return routes


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    delay: float = 0.0


@dataclass
class Server:
    base: str
    routes: dict[str, Answer] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)

    def json(self, path: str, value: Any) -> None:
        self.routes[path] = Answer(200, json.dumps(value, ensure_ascii=False).encode("utf-8"))


@contextmanager
def serving() -> Iterator[Server]:
    """The server on 127.0.0.1 (a free port) in a thread, stopped afterwards."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            server.requests.append(self.path)
            answer = server.routes.get(self.path)
            if answer is None:
                answer = Answer(404, b'{"error": "not found"}')
            if answer.delay:
                time.sleep(answer.delay)
            try:
                self.send_response(answer.status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, format: str, *args: Any) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    host, port = httpd.server_address[:2]
    server = Server(f"http://{host}:{port}")
    for path, value in council(server.base).items():
        server.json(path, value)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield server
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
