"""A council term's Fraktionen from the council information system (OParl 1.1).

German council information systems publish their bodies, organisations, people and
memberships through OParl. :func:`read_oparl` reads the ``Organization`` objects of type
Fraktion and their ``Membership`` objects, from a URL or from a file, and
:func:`fraktionen_on` counts the members of each Fraktion on a day (the term's start):
a Fraktion counts when it existed that day, a member when the membership ran that day, each
person once. What happens later in the term (a Fraktion dissolved, a member changing to
another Fraktion) does not change the figures and is listed as a note.

This is the only module of ksplan that opens a network connection, and only to the server of
the URL given (scheme, host and port): every further request (the body, its lists, the next
pages, a membership) must stay on that server, redirects included; no proxy is used; each
request has a timeout, and the number and size of requests are bounded.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from ksplan.errors import ExitCode, KsplanError
from ksplan.i18n import day, os_reason, t
from ksplan.vocabulary import fold

TIMEOUT_SECONDS = 10.0
MAX_REQUESTS = 500
MAX_BYTES = 20 * 1024 * 1024
MAX_OBJECTS = 200_000


class OParlError(KsplanError):
    """The answer of the council information system (or the file) cannot be used."""

    exit_code = ExitCode.UNREADABLE


def _kind(obj: dict[str, Any]) -> str:
    """``Organization``, ``Membership``, ``Person``, ``Body``, ``System`` … from ``type``."""
    value = obj.get("type")
    return value.rsplit("/", 1)[-1] if isinstance(value, str) else ""


def _date(value: Any, where: str, key: str) -> dt.date | None:
    """An OParl date (``2025-11-13``; a date-time is cut to its day); None when absent."""
    if value is None:
        return None
    if not isinstance(value, str) or not re.match(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        raise _wrong(where, key, "date", value)
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        raise _wrong(where, key, "date", value) from None


def _text(obj: dict[str, Any], key: str, where: str, required: bool = False) -> str | None:
    value = obj.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _wrong(where, key, "text", value)
    return value.strip()


def _wrong(where: str, key: str, what: str, found: Any) -> OParlError:
    """``…: 'startDate' should be a date, found: 5``."""
    return OParlError(
        t(
            "oparl.bad_value",
            where=where,
            key=key,
            what=t(f"oparl.what.{what}"),
            found=_shown(found),
        )
    )


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:57] + "…"


@dataclass(frozen=True)
class Membership:
    id: str
    person: str
    organization: str
    start: dt.date | None
    end: dt.date | None

    def runs_on(self, when: dt.date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)


@dataclass(frozen=True)
class Organization:
    id: str
    name: str
    short_name: str | None
    start: dt.date | None
    end: dt.date | None
    membership_urls: tuple[str, ...] = ()

    def exists_on(self, when: dt.date) -> bool:
        return (self.start is None or self.start <= when) and (self.end is None or when <= self.end)

    @property
    def label(self) -> str:
        return self.short_name or self.name


@dataclass
class Found:
    """Every Fraktion and membership read, and where they were read from."""

    source: str
    fraktionen: dict[str, Organization] = field(default_factory=dict)
    memberships: dict[str, Membership] = field(default_factory=dict)
    people: dict[str, str] = field(default_factory=dict)
    """Person URL → name, for the notes."""
    missing: int = 0
    """Memberships a Fraktion names by URL that a file does not hold (not counted)."""

    def take(self, value: Any) -> None:
        """Collect the Fraktionen and memberships in a JSON value (objects nested anywhere:
        a list page's ``data``, a person's ``membership``)."""
        count = 0
        stack = [value]
        while stack:
            item = stack.pop()
            count += 1
            if count > MAX_OBJECTS:
                raise OParlError(t("oparl.too_many", max=MAX_OBJECTS))
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                kind = _kind(item)
                if kind == "Organization":
                    self._organization(item)
                elif kind == "Membership":
                    self._membership(item)
                elif kind == "Person" and isinstance(item.get("name"), str):
                    self.people[str(item.get("id"))] = item["name"]
                stack.extend(v for v in item.values() if isinstance(v, dict | list))

    def _organization(self, obj: dict[str, Any]) -> None:
        where = _where(obj)
        kinds = {obj.get("organizationType"), obj.get("classification")}
        if "Fraktion" not in kinds or obj.get("deleted") is True:
            return
        urls = obj.get("membership", [])
        if not isinstance(urls, list):
            raise _wrong(where, "membership", "list", urls)
        org = Organization(
            _text(obj, "id", where, required=True) or "",
            _text(obj, "name", where, required=True) or "",
            _text(obj, "shortName", where),
            _date(obj.get("startDate"), where, "startDate"),
            _date(obj.get("endDate"), where, "endDate"),
            tuple(u for u in urls if isinstance(u, str)),
        )
        self.fraktionen[org.id] = org

    def _membership(self, obj: dict[str, Any]) -> None:
        where = _where(obj)
        if obj.get("deleted") is True:
            return
        member = Membership(
            _text(obj, "id", where, required=True) or "",
            _text(obj, "person", where, required=True) or "",
            _text(obj, "organization", where, required=True) or "",
            _date(obj.get("startDate"), where, "startDate"),
            _date(obj.get("endDate"), where, "endDate"),
        )
        self.memberships[member.id] = member


def _where(obj: dict[str, Any]) -> str:
    ident = obj.get("id")
    return ident if isinstance(ident, str) else t("oparl.object_without_id", kind=_kind(obj))


# --- reading --------------------------------------------------------------------------------


def is_url(source: str) -> bool:
    return urlsplit(source).scheme.lower() in ("http", "https")


def read_oparl(source: str, *, timeout: float = TIMEOUT_SECONDS) -> Found:
    """The Fraktionen and memberships of an OParl server (a System, Body or list URL) or of a
    JSON file (a list page, a dump of objects)."""
    if is_url(source):
        return _Client(source, timeout).read()
    path = Path(source)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise OParlError(t("oparl.too_big", source=source, mb=MAX_BYTES // (1024 * 1024)))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise OParlError(t("oparl.no_file", source=source)) from None
    except IsADirectoryError:
        raise OParlError(t("oparl.no_file", source=source)) from None
    except OSError as exc:
        raise OParlError(t("oparl.unreadable", source=source, reason=os_reason(exc))) from None
    found = Found(source)
    found.take(_json(raw, source))
    found.missing = sum(
        1
        for org in found.fraktionen.values()
        for url in org.membership_urls
        if url not in found.memberships
    )
    return found


def _json(raw: bytes, source: str) -> Any:
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise OParlError(t("oparl.not_utf8", source=source)) from None
    except (json.JSONDecodeError, RecursionError) as exc:
        line = exc.lineno if isinstance(exc, json.JSONDecodeError) else 0
        raise OParlError(t("oparl.not_json", source=source, line=line)) from None


class _Client:
    """Reads JSON from one server only, with a timeout, a bounded number of requests and a
    bounded size per answer."""

    def __init__(self, url: str, timeout: float) -> None:
        self.start = url
        self.origin = self._origin(url)
        self.timeout = timeout
        self.requests = 0
        self.seen: set[str] = set()

    @staticmethod
    def _origin(url: str) -> tuple[str, str, int | None]:
        parts = urlsplit(url)
        try:
            port = parts.port
        except ValueError:
            raise OParlError(t("oparl.bad_url", url=url)) from None
        scheme = parts.scheme.lower()
        default = 443 if scheme == "https" else 80
        return scheme, (parts.hostname or "").lower(), port or default

    def _check(self, url: str, referrer: str) -> str:
        if not isinstance(url, str) or not url:
            raise OParlError(t("oparl.bad_link", where=referrer, found=_shown(url)))
        full = urljoin(referrer, url)
        if self._origin(full) != self.origin:
            raise OParlError(
                t("oparl.foreign_link", where=referrer, url=full, origin=self._origin_text())
            )
        return full

    def _origin_text(self) -> str:
        scheme, host, port = self.origin
        return f"{scheme}://{host}:{port}"

    def get(self, url: str) -> Any:
        import socket
        import urllib.error
        import urllib.request

        self.requests += 1
        if self.requests > MAX_REQUESTS:
            raise OParlError(t("oparl.too_many_requests", max=MAX_REQUESTS))
        client = self

        class SameOrigin(urllib.request.HTTPRedirectHandler):
            def redirect_request(  # type: ignore[no-untyped-def]
                self, req, fp, code, msg, headers, newurl
            ):
                client._check(newurl, req.full_url)
                return super().redirect_request(req, fp, code, msg, headers, newurl)

        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), SameOrigin)
        request = urllib.request.Request(url, headers={"Accept": "application/json"})
        try:
            with opener.open(request, timeout=self.timeout) as response:
                raw = response.read(MAX_BYTES + 1)
        except urllib.error.HTTPError as exc:
            raise OParlError(
                t("oparl.http_error", url=url, code=exc.code, reason=exc.reason or "")
            ) from None
        except TimeoutError:
            raise OParlError(t("oparl.timeout", url=url, seconds=f"{self.timeout:g}")) from None
        except urllib.error.URLError as exc:
            reason = exc.reason
            if isinstance(reason, TimeoutError | socket.timeout):
                raise OParlError(t("oparl.timeout", url=url, seconds=f"{self.timeout:g}")) from None
            raise OParlError(t("oparl.unreachable", url=url, reason=str(reason))) from None
        except OSError as exc:
            raise OParlError(t("oparl.unreachable", url=url, reason=str(exc))) from None
        if len(raw) > MAX_BYTES:
            raise OParlError(t("oparl.too_big", source=url, mb=MAX_BYTES // (1024 * 1024)))
        return _json(raw, url)

    def _object(self, url: str, referrer: str) -> dict[str, Any]:
        full = self._check(url, referrer)
        value = self.get(full)
        if not isinstance(value, dict):
            raise OParlError(t("oparl.not_object", url=full, found=_shown(value)))
        return value

    def pages(self, url: str, referrer: str) -> Iterator[dict[str, Any]]:
        """Every page of an external object list, following ``links.next``."""
        full: str | None = self._check(url, referrer)
        while full is not None:
            if full in self.seen:
                raise OParlError(t("oparl.page_loop", url=full))
            self.seen.add(full)
            page = self.get(full)
            if not isinstance(page, dict) or not isinstance(page.get("data"), list):
                raise OParlError(t("oparl.not_list", url=full, found=_shown(page)))
            yield page
            links = page.get("links", {})
            if not isinstance(links, dict):
                raise _wrong(full, "links", "object", links)
            following = links.get("next")
            full = self._check(following, full) if following is not None else None

    def read(self) -> Found:
        found = Found(self.start)
        first = self.get(self.start)
        if not isinstance(first, dict):
            raise OParlError(t("oparl.not_object", url=self.start, found=_shown(first)))
        kind = _kind(first)
        if kind == "System":
            first = self._body_of_system(first)
            kind = "Body"
        if kind == "Body":
            where = _where(first)
            for key in ("organization", "person", "membership"):
                link = first.get(key)
                if link is None:
                    continue
                if not isinstance(link, str):
                    raise _wrong(where, key, "url", link)
                for page in self.pages(link, self.start):
                    found.take(page["data"])
        elif isinstance(first.get("data"), list):  # the URL of a list (e.g. organisations)
            self.seen.add(self.start)
            found.take(first["data"])
            links = first.get("links") or {}
            following = links.get("next") if isinstance(links, dict) else None
            if following is not None:
                for page in self.pages(following, self.start):
                    found.take(page["data"])
        else:
            raise OParlError(t("oparl.unknown_start", url=self.start, kind=kind or "?"))
        # memberships named by a Fraktion but not yet read (servers that do not embed them)
        for org in list(found.fraktionen.values()):
            for url in org.membership_urls:
                if url not in found.memberships:
                    found.take(self._object(url, org.id))
        return found

    def _body_of_system(self, system: dict[str, Any]) -> dict[str, Any]:
        link = system.get("body")
        if not isinstance(link, str):
            raise _wrong(_where(system), "body", "url", link)
        bodies: list[dict[str, Any]] = [
            b for page in self.pages(link, self.start) for b in page["data"] if isinstance(b, dict)
        ]
        if len(bodies) != 1:
            names = ", ".join(f"{b.get('name', '?')} ({b.get('id', '?')})" for b in bodies)
            raise OParlError(t("oparl.which_body", count=len(bodies), names=names or "–"))
        return bodies[0]


# --- counting ------------------------------------------------------------------------------


@dataclass(frozen=True)
class CountedFraktion:
    organization: Organization
    members: int


@dataclass(frozen=True)
class Counted:
    """The Fraktionen on a day, and what happened later that the figures do not show."""

    on: dt.date
    source: str
    fraktionen: tuple[CountedFraktion, ...]
    notes: tuple[str, ...]


def fraktionen_on(found: Found, on: dt.date, until: dt.date | None = None) -> Counted:
    """Members per Fraktion on ``on``; changes after it (up to ``until``) as notes."""
    notes: list[str] = []
    if found.missing:
        notes.append(t("oparl.note.missing", count=found.missing))
    by_org: dict[str, set[str]] = {}
    persons: dict[str, list[str]] = {}
    for m in found.memberships.values():
        org = found.fraktionen.get(m.organization)
        if org is None or not org.exists_on(on) or not m.runs_on(on):
            continue
        by_org.setdefault(org.id, set()).add(m.person)
        persons.setdefault(m.person, []).append(org.id)
    for person, orgs in sorted(persons.items()):
        if len(set(orgs)) > 1:
            names = ", ".join(found.fraktionen[o].label for o in sorted(set(orgs)))
            who = found.people.get(person, person)
            notes.append(t("oparl.note.two_fraktionen", person=who, names=names, day=day(on)))
    counted = tuple(
        CountedFraktion(org, len(by_org.get(org.id, set())))
        for org in sorted(found.fraktionen.values(), key=lambda o: (o.start or dt.date.min, o.id))
        if org.exists_on(on) and by_org.get(org.id)
    )
    later = until or dt.date.max
    for org in sorted(found.fraktionen.values(), key=lambda o: o.id):
        if org.exists_on(on) and org.end is not None and org.end <= later:
            notes.append(t("oparl.note.dissolved", name=org.label, day=day(org.end)))
        if org.start is not None and on < org.start <= later:
            notes.append(t("oparl.note.founded", name=org.label, day=day(org.start)))
    for m in sorted(found.memberships.values(), key=lambda m: (m.person, m.start or dt.date.min)):
        org = found.fraktionen.get(m.organization)
        if org is None or not m.runs_on(on) or m.end is None or m.end > later:
            continue
        successor = [
            n
            for n in found.memberships.values()
            if n.person == m.person
            and n.organization != m.organization
            and n.organization in found.fraktionen
            and n.start is not None
            and n.start > on
        ]
        if successor:
            nxt = min(successor, key=lambda n: n.start or dt.date.max)
            notes.append(
                t(
                    "oparl.note.changed",
                    person=found.people.get(m.person, m.person),
                    old=org.label,
                    new=found.fraktionen[nxt.organization].label,
                    day=day(nxt.start or on),
                )
            )
    return Counted(on, found.source, counted, tuple(notes))


def slug(text: str) -> str:
    """An ID for a new Fraktion: ``GRÜNE & Volt`` → ``gruene-volt``."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")[:64].strip("-") or "fraktion"


def match(counted: CountedFraktion, known: dict[str, str]) -> str | None:
    """The ID of the plan's Fraktion (``known``: ID → name) this organisation is, if any."""
    org = counted.organization
    wanted = {fold(org.name), fold(org.label), slug(org.label), slug(org.name)}
    for fid, name in known.items():
        if {fold(name), fid} & wanted:
            return fid
    return None
