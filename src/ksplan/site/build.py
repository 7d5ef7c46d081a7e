"""The pages of the plan's website, rendered from the report's context and the history.

:func:`build_site` returns every file of the site by its path (``massnahmen/M01.html`` …) as
bytes; it writes nothing. The figures, pictures, seat table, coverage, orders and sources are
those of the report (:func:`ksplan.report.build_context`), so site and report always agree;
the site adds a page per measure, Stadtbezirk, Handlungsfeld and body, the change log from
git (:mod:`ksplan.site.history`), an Atom feed and a search.

Every page links relatively (``../massnahmen/M01.html``), so the site works from a web server,
an intranet share and ``file://`` alike; nothing is fetched from elsewhere. The templates
(``templates/site/``) are autoescaped: every value from the plan is shown as text.
The output depends only on the plan, its history and the as-of date: no clock, no random
order, so two builds are byte-identical.

A part of the plan that not every plan has gets its page only where the plan records it: the
Vollversammlung's work (Masterplan 2.0: Handlungsfelder 2.0, recommendations, the inputs of
the Quartierslabore and their traces) is ``masterplan-2.html``, in the navigation and the
search (kinds ``recommendation`` and ``input``) only then. A new part is added the same way:
its address in :data:`PAGES` (and :data:`NAV`), a template in ``templates/site/``, its
entries in the search index with a kind of their own (:data:`SEARCH_KINDS`).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import quote

import jinja2
from markupsafe import Markup, escape

from ksplan import svg
from ksplan.i18n import Lang, count, day, language, t, use
from ksplan.models import STATUS_ORDER
from ksplan.output import visible
from ksplan.paths import shipped
from ksplan.plan import Plan
from ksplan.report import build_context, html_finalize
from ksplan.site.history import History, Revision, history_figure
from ksplan.texts import TEXTS
from ksplan.views import diff as diff_view

MARKER = ".ksplan-site"
"""The file that marks a folder as a website made by ksplan (so it may be replaced)."""

SEARCH_SHOWN = 50  # results the instant search lists at once
SEARCH_KINDS = ("measure", "body", "district", "field", "recommendation", "input", "source")

SITE_LABELS = tuple(key.removeprefix("site.") for key in TEXTS if key.startswith("site."))

# Stable addresses (German, as the plan's readers cite them); the same in both languages.
PAGES = {
    "home": "index.html",
    "measures": "massnahmen/index.html",
    "fields": "handlungsfelder/index.html",
    "districts": "stadtbezirke/index.html",
    "assembly": "vollversammlung.html",
    "orders": "auftraege.html",
    "bodies": "stellen/index.html",
    "sources": "quellen.html",
    "changes": "aenderungen.html",
    "search": "suche/index.html",
    "work": "masterplan-2.html",  # only where the plan records the Vollversammlung's work
}
ASSETS = {"report.css": "report.css", "site.css": "site/site.css", "search.js": "site/search.js"}
"""Files copied into the site's ``assets/`` folder as they are, from ``templates/``."""

NAV = ("home", "measures", "fields", "districts", "assembly", "orders", "work", "changes", "search")


def measure_page(measure_id: str) -> str:
    return f"massnahmen/{measure_id}.html"


def field_page(field_id: str) -> str:
    return f"handlungsfelder/{field_id}.html"


def district_page(district_id: str) -> str:
    return f"stadtbezirke/{district_id}.html"


def status_page(status: str) -> str:
    return f"suche/stand-{status}.html"


def body_anchor(body_id: str) -> str:
    return f"{PAGES['bodies']}#stelle-{body_id}"


@dataclass(frozen=True)
class SiteOptions:
    as_of: date
    lang: Lang = "de"
    base_url: str = ""  # an absolute address the site is published at ("" if unknown)


# --- rendering ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=2)
def _environment(directory: str) -> jinja2.Environment:
    """The shipped site templates (no user templates here: a plain, autoescaping jinja2)."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(directory),
        autoescape=True,
        finalize=html_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@functools.lru_cache(maxsize=2)
def _first_stage(directory: str) -> jinja2.Environment:
    """For the templates rendered thousands of times (a measure's page, a row): what is the
    same on every page (labels, the way to the site's root) stands in ``[[ … ]]`` and is filled
    in once per build; the result is the template that is then rendered per item."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(directory),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        variable_start_string="[[",
        variable_end_string="]]",
        block_start_string="[%",
        block_end_string="%]",
        comment_start_string="[#",
        comment_end_string="#]",
        keep_trailing_newline=True,
    )


def _url_path(path: str) -> str:
    """A site path as a link target (characters outside an address percent-encoded)."""
    return quote(path, safe="/#.-_~")


def _relative(root: str) -> Callable[[str], str]:
    return lambda path: root + _url_path(path)


# Slots in the rendered frame; a text of the plan cannot hold them (no control characters).
_TITLE, _CANONICAL, _MAIN = "\x00title\x00", "\x00canonical\x00", "\x00main\x00"
_SLOT = re.compile("(\x00(?:title|canonical|main)\x00)")


class _Renderer:
    """Renders pages into ``files``: a page's own template gives its content, which goes into
    the frame (header, navigation, footer). The frame is rendered once per folder depth and
    current section, with slots for title, address and content — with ten thousand measure
    pages, the frame is not rendered ten thousand times."""

    def __init__(self, common: dict[str, Any]) -> None:
        self.env = _environment(str(shipped("templates")))
        self.common = common
        self.files: dict[str, bytes] = {}
        self.pages = 0
        self._frames: dict[tuple[str, str], list[str]] = {}
        self._rows = self._two_stage("rows.html.j2").make_module(common)
        self._measure = self._two_stage("measure.html.j2")

    def _two_stage(self, name: str) -> jinja2.Template:
        first = _first_stage(str(shipped("templates"))).get_template(f"site/{name}")
        source = first.render(**self.common, root="../")
        return self.env.from_string(source)

    def _frame(self, root: str, current: str) -> list[str]:
        """The frame's text split at its slots: [text, slot, text, slot, …, text]."""
        key = (root, current)
        if key not in self._frames:
            text = self.env.get_template("site/frame.html.j2").render(
                **self.common,
                root=root,
                link=_relative(root),
                page_title=Markup(_TITLE),  # slots filled in per page (see _fill)
                canonical=Markup(_CANONICAL),
                current=current,
                main=Markup(_MAIN),
            )
            self._frames[key] = _SLOT.split(text)
        return self._frames[key]

    def page(self, path: str, template: str, title: str, current: str, **context: Any) -> None:
        root = "../" * path.count("/")
        compiled = (
            self._measure
            if template == "measure.html.j2"
            else self.env.get_template(f"site/{template}")
        )
        body = compiled.render(
            **self.common, **context, root=root, link=_relative(root), path=path, page_title=title
        )
        base_url = self.common["base_url"]
        fill = {
            _TITLE: str(escape(html_finalize(title))),
            _CANONICAL: str(escape(base_url + _url_path(path))) if base_url else "",
            _MAIN: body,
        }
        text = "".join(fill.get(part, part) for part in self._frame(root, current))
        self.files[path] = text.encode("utf-8")
        self.pages += 1

    def measure_row(self, row: dict[str, Any]) -> str:
        return str(getattr(self._rows, "measure_row")(row))  # noqa: B009 (a macro)

    def measure_item(self, row: dict[str, Any]) -> str:
        return str(getattr(self._rows, "measure_item")(row))  # noqa: B009 (a macro)

    def search_item(self, entry: dict[str, str]) -> str:
        return str(getattr(self._rows, "search_item")(entry))  # noqa: B009 (a macro)

    def raw(self, path: str, data: bytes) -> None:
        self.files[path] = data


# --- the parts ---------------------------------------------------------------------------


def _label_map(lang: Lang) -> dict[str, str]:
    return {key: t(f"site.{key}", lang) for key in SITE_LABELS}


def _status_chart(
    counts: dict[str, int], title: str, prefix: str, w: dict[str, str]
) -> dict[str, Any]:
    legend = [f"{w[f'status.{s}']}: {counts.get(s, 0)}" for s in STATUS_ORDER]
    summary = "; ".join(legend) + "."
    picture = svg.status_bar(
        [svg.BarSegment(s, w[f"status.{s}"], counts.get(s, 0)) for s in STATUS_ORDER],
        title=title,
        description=summary,
        legend=legend,
        prefix=prefix,
    )
    return {"svg": picture, "title": title, "summary": summary}


def _revision_view(rev: Revision, lang: Lang) -> dict[str, Any]:
    """A revision as the change log shows it: sentences by section, then consequences."""
    sections: list[dict[str, Any]] = []
    consequences: list[dict[str, Any]] = []
    summary = ""
    d = rev.diff
    if rev.state == "first":
        summary = t("site.first", lang, measures=count(rev.measures, "site.noun.measure", lang))
    elif rev.state == "invalid":
        summary = t("site.invalid", lang, problems=count(rev.problems, "site.noun.problem", lang))
    elif d is not None and not d.changes:
        summary = t("site.layout_only", lang)
    elif d is not None:
        for section, changes in d.by_section():
            sections.append(
                {
                    "title": diff_view.section_heading(section),
                    "lines": [c.text.render(lang) for c in changes],
                }
            )
        consequences = [
            {"head": head, "lines": lines} for head, lines in diff_view.consequence_blocks(d)
        ]
        summary = "; ".join(
            f"{s['title']}: {count(len(s['lines']), 'diff.noun.change', lang)}" for s in sections
        )
    return {
        "sha": rev.sha,
        "short": rev.short,
        "anchor": f"c-{rev.short}",
        "author": rev.author,
        "day": day(rev.day),
        "iso": rev.when.isoformat(),
        "date_iso": rev.day.isoformat(),
        "subject": rev.subject,
        "state": rev.state,
        "summary": summary,
        "sections": sections,
        "consequences": consequences,
        "consequences_title": t("site.consequences", lang, day=day(rev.day)) if d else "",
    }


def _entry_view(entry: Any, w: dict[str, str], url: Callable[[str], str]) -> dict[str, Any]:
    return {
        "date": entry.date.format(language()),
        "date_iso": entry.date.start.isoformat(),
        "status": entry.status,
        "status_label": w[f"status.{entry.status}"],
        "likely": entry.certainty == "likely",
        "note": entry.note or "",
        "source": entry.source,
        "url": url(entry.source),
    }


_WEB = re.compile(r"https?://[^\s<>\"']+")


def _web(text: str) -> str:
    return text if _WEB.fullmatch(text) else ""


def _search_entry(kind: str, title: str, url: str, extra: str) -> dict[str, str]:
    return {"k": kind, "t": title, "u": url, "x": extra}


# --- the site ----------------------------------------------------------------------------


def build_site(plan: Plan, history: History, options: SiteOptions) -> dict[str, bytes]:
    """Every file of the website by its path inside the site folder (see the module)."""
    previous = language()
    use(options.lang)
    try:
        return _build(plan, history, options)
    finally:
        use(previous)


def _build(plan: Plan, history: History, options: SiteOptions) -> dict[str, bytes]:
    lang, as_of = options.lang, options.as_of
    report = build_context(plan, as_of, lang)
    w: dict[str, str] = report["labels"]
    s = _label_map(lang)
    revisions = [_revision_view(r, lang) for r in history.revisions]
    history_note = (
        ""
        if history.available
        else t(
            "site.history.none", lang, reason=history.reason.render(lang) if history.reason else ""
        )
    )
    chart = history_figure(plan, history, as_of, lang)
    common: dict[str, Any] = {
        "lang": lang,
        # escaped once here, not on each of thousands of pages
        "s": {k: escape(v) for k, v in s.items()},
        "labels": {k: escape(v) for k, v in w.items()},
        "site_title": f"{report['title']} {report['city']}",
        "as_of": report["as_of"],
        "as_of_iso": report["as_of_iso"],
        "nav": [
            {"key": k, "href": PAGES[k], "label": s[k]}
            for k in NAV
            if k != "work" or report["work"]["recorded"]
        ],
        "pages": PAGES,
        "base_url": options.base_url,
        "history_available": history.available,
        "history_note": history_note,
    }
    out = _Renderer(common)
    catalogue = report["catalogue"]
    rows = {m["id"]: m for f in catalogue for m in f["measures"]}
    field_ids = {m.id: m.field for m in plan.measures}

    # per-measure changes from git, newest first
    changed: dict[str, list[dict[str, Any]]] = {}
    for rev, view in zip(history.revisions, revisions, strict=True):
        for measure_id, texts in rev.measure_changes().items():
            changed.setdefault(measure_id, []).append(
                {"rev": view, "lines": [x.render(lang) for x in texts]}
            )

    # the start page
    out.page(
        PAGES["home"],
        "index.html.j2",
        report["title"],
        "home",
        report=report,
        history_chart=chart,
        recent=revisions[:5],
        fields=catalogue,
    )

    # measures: the list, one page each; a measure's row is rendered once for every table
    table_rows = {
        f["id"]: Markup("").join(Markup(out.measure_row(row)) for row in f["measures"])
        for f in catalogue
    }
    out.page(
        PAGES["measures"],
        "measures.html.j2",
        s["all_measures"],
        "measures",
        fields=catalogue,
        rows=table_rows,
    )
    for m in plan.measures:
        row = rows[m.id]
        timeline = [_entry_view(e, w, _web) for e in sorted(m.history, key=lambda e: e.date.start)]
        out.page(
            measure_page(m.id),
            "measure.html.j2",
            f"{m.id} {m.title}",
            "measures",
            m=row,
            field_id=field_ids[m.id],
            owners=[{"name": plan.bodies[o].name, "id": o} for o in m.owners],
            note=m.note or "",
            timeline=timeline,
            changes=changed.get(m.id, []),
        )

    # Handlungsfelder
    for f in catalogue:
        counts: dict[str, int] = dict.fromkeys(STATUS_ORDER, 0)
        for row in f["measures"]:
            counts[row["status"]] += 1
        f_chart = _status_chart(
            counts, f"{s['field_chart']}: {f['name']}", f"ks-field-{f['id']}", w
        )
        out.page(
            field_page(f["id"]),
            "field.html.j2",
            f["name"],
            "fields",
            f=f,
            chart=f_chart,
            rows=table_rows,
        )
    out.page(PAGES["fields"], "fields.html.j2", s["fields"], "fields", fields=catalogue)

    # Stadtbezirke
    coverage = report["coverage"]
    out.page(
        PAGES["districts"],
        "districts.html.j2",
        s["districts"],
        "districts",
        coverage=coverage,
        chart=report["charts"]["districts"],
    )
    for d in coverage["districts"]:
        out.page(
            district_page(d["id"]),
            "district.html.j2",
            d["name"],
            "districts",
            d=d,
            coverage=coverage,
        )

    # the Vollversammlung, the orders, bodies, sources
    out.page(PAGES["assembly"], "assembly.html.j2", s["assembly"], "assembly", report=report)
    out.page(PAGES["orders"], "orders.html.j2", s["orders"], "orders", report=report)
    bodies: list[dict[str, Any]] = []
    by_owner: dict[str, list[dict[str, Any]]] = {}
    for m in plan.measures:
        for o in m.owners:
            by_owner.setdefault(o, []).append(rows[m.id])
    items = {m.id: out.measure_item(rows[m.id]) for m in plan.measures}  # once each
    for body in plan.measures_file.bodies:
        own = by_owner.get(body.id, [])
        bodies.append(
            {
                "id": body.id,
                "name": body.name,
                "note": body.note or "",
                "count": len(own),
                "listing": Markup("".join(items[row["id"]] for row in own)),
            }
        )
    out.page(PAGES["bodies"], "bodies.html.j2", s["bodies"], "", bodies=bodies)
    out.page(PAGES["sources"], "sources.html.j2", s["sources"], "", report=report)
    if report["work"]["recorded"]:
        out.page(PAGES["work"], "work.html.j2", s["work"], "work", report=report)

    # the change log and its feed
    out.page(
        PAGES["changes"],
        "changes.html.j2",
        s["changes"],
        "changes",
        revisions=revisions,
        history_chart=chart,
    )
    if history.available:
        out.raw("feed.xml", _feed(out, revisions, options, report["title"], s))

    # the search: a list page, partial lists by status, and the index for the instant search
    index: list[dict[str, str]] = []
    by_status: dict[str, list[dict[str, str]]] = {x: [] for x in STATUS_ORDER}
    for m in plan.measures:
        row = rows[m.id]
        extra = " ".join([row["status_label"], row["field"], *row["owners"]])
        entry = _search_entry("measure", f"{m.id} {m.title}", measure_page(m.id), extra)
        index.append(entry)
        by_status[row["status"]].append(entry)
    for b in bodies:
        index.append(_search_entry("body", b["name"], body_anchor(b["id"]), b["note"]))
    for d in coverage["districts"]:
        quarters = " ".join(lab["quarter"] for lab in d["labs"])
        index.append(_search_entry("district", d["name"], district_page(d["id"]), quarters))
    for f in catalogue:
        index.append(_search_entry("field", f["name"], field_page(f["id"]), ""))
    if report["work"]["recorded"]:
        for rec in plan.assembly.recommendations:
            index.append(_search_entry("recommendation", f"{rec.id} {rec.text}", PAGES["work"], ""))
        for given in plan.assembly.inputs:
            index.append(_search_entry("input", f"{given.id} {given.text}", PAGES["work"], ""))
    for src in report["sources"]:
        index.append(_search_entry("source", src["text"], PAGES["sources"], src["cited_for"]))
    kinds = [{"key": k, "label": s[f"kind.{k}"]} for k in SEARCH_KINDS]
    statuses = [
        {"key": x, "label": w[f"status.{x}"], "href": status_page(x), "count": len(by_status[x])}
        for x in STATUS_ORDER
    ]
    shown = {id(e): out.search_item(e) for e in index}  # rendered once for every list

    def listing(entries: list[dict[str, str]]) -> dict[str, Any]:
        by_kind: dict[str, list[str]] = {k: [] for k in SEARCH_KINDS}
        for e in entries:
            by_kind[e["k"]].append(shown[id(e)])
        return {
            "listing": {k: Markup("".join(v)) for k, v in by_kind.items()},
            "counts": {k: len(v) for k, v in by_kind.items()},
        }

    for key, title, entries in (
        ("", s["search"], index),
        *((x, f"{s['search']}: {w[f'status.{x}']}", by_status[x]) for x in STATUS_ORDER),
    ):
        out.page(
            status_page(key) if key else PAGES["search"],
            "search.html.j2",
            title,
            "search",
            kinds=kinds,
            statuses=statuses,
            status_filter=key,
            shown=SEARCH_SHOWN,
            **listing(entries),
        )
    # a direction-changing or invisible character from the data shown as an escape (as on the
    # pages): the search shows what it finds with textContent, which would apply it
    data = json.dumps(_shown(index), ensure_ascii=False, separators=(",", ":"))
    out.raw("suche/index.json", data.encode("utf-8"))
    # The same index as a script: browsers do not let a page opened from file:// read a JSON
    # file, but they run a script next to it.
    script = "window.KSPLAN_SEARCH=" + data.replace("</", "<\\/") + ";\n"
    out.raw("suche/index.js", script.encode("utf-8"))
    templates = shipped("templates")
    for asset, source in ASSETS.items():
        out.raw(f"assets/{asset}", (templates / source).read_bytes())
    marker = {"generator": "ksplan", "pages": out.pages, "as_of": as_of.isoformat(), "lang": lang}
    out.raw(MARKER, (json.dumps(marker, sort_keys=True) + "\n").encode("utf-8"))
    return dict(sorted(out.files.items()))


def _feed(
    out: _Renderer,
    revisions: list[dict[str, Any]],
    options: SiteOptions,
    title: str,
    s: dict[str, str],
) -> bytes:
    compiled = out.env.get_template("site/feed.xml.j2")
    base = options.base_url.rstrip("/") + "/" if options.base_url else ""
    text = compiled.render(
        lang=options.lang,
        s=s,
        title=f"{title}: {s['feed_title']}",
        base=base,
        pages=PAGES,
        revisions=revisions[:50],
        updated=revisions[0]["iso"] if revisions else f"{options.as_of.isoformat()}T00:00:00Z",
        id_base=base or "urn:ksplan:",
    )
    return text.encode("utf-8")


__all__ = ["MARKER", "PAGES", "SiteOptions", "build_site"]


def _shown(value: Any) -> Any:
    """``value`` with every text in it as :func:`ksplan.output.visible` shows it."""
    if isinstance(value, str):
        return visible(value, lines=True)
    if isinstance(value, list):
        return [_shown(v) for v in value]
    if isinstance(value, dict):
        return {k: _shown(v) for k, v in value.items()}
    return value
