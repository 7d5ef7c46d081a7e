"""The report to the Rat and the ABöOAB: the plan's state on one day, as Markdown or HTML.

:func:`build_context` gathers everything a template may show — key figures, the
Vollversammlung and its council seats, Quartierslabor coverage, overdue measures, the
catalogue, the rule check, assumptions and sources — from the core modules, fully prepared:
plain dicts, lists, strings, numbers and booleans, texts in the report's language, dates as
21.02.2019. Templates only arrange; they compute nothing. :func:`render_report` renders the
shipped templates (``templates/report.md.j2``, ``templates/report.html.j2``) or a user's own
template with the same context.

Templates run in a sandboxed Jinja2 environment with ``StrictUndefined``: a misspelt name is
an error, reported as a :class:`~ksplan.errors.UsageError` naming the template file and line.
HTML is autoescaped. In Markdown every printed value is escaped for Markdown (``|``, ``[``,
``]``, ``<``, ``>``, ``*``, ``_``, backticks, ``~``, ``\\``, a leading ``#``, line breaks),
so a title can neither break a table nor become a link or HTML; the ``md`` filter does the
same explicitly and is idempotent.

The context (every name a template may use)
-------------------------------------------

Texts are in the report's language, dates are written 21.02.2019 (``*_iso``: 2019-02-21),
missing texts are ``""``; ``svg`` values are inline SVG markup (print them as they are).

- ``lang`` (de, en), ``labels`` (every fixed text of the report by key, e.g.
  ``labels["col.status"]``, ``labels.as_of``), ``title``, ``city``, ``subtitle``, ``as_of``,
  ``as_of_iso``, ``document_title``
- ``sections[]``: ``id``, ``title`` — the nine sections in order (key-figures, assembly,
  coverage, overdue, catalogue, rules, work, assumptions, sources)
- ``decision``: ``date``, ``body``, ``document``, ``source``; ``motion``: ``date``, ``body``,
  ``source``
- ``figures``: ``measures_total``, ``status_counts[]`` (``status``, ``label``, ``count``),
  ``overdue``, ``overdue_unknown``, ``districts_covered``, ``districts_total``,
  ``next_deadline`` (``date``, ``date_iso``, ``days``, ``in_days``, ``what[]``; or none),
  ``cards[]`` (``key``, ``label``, ``value``, ``detail``, ``points[]``), ``unknown_note``
- ``assembly``: ``name``, ``established`` (``date``, ``body``, ``source``), ``chair``,
  ``office``, ``voting_members``, ``voting_text``, ``institutions[]``, ``ex_officio[]``,
  ``council_seats``, ``advisory[]`` (``name``, ``appointed``, ``note``), ``min_meetings``,
  ``meetings_year``, ``meetings_this_year``, ``meetings_text``, ``meetings[]`` (``date``,
  ``note``, ``source``)
- ``seats``: ``available``, ``error``, ``term``, ``method``, ``seats``, ``total_mandates``,
  ``rows[]`` (``name``, ``mandates``, ``quota_exact``, ``quota``, ``whole``, ``remainder``,
  ``remainder_seat``, ``seats``, ``seats_text``, ``lot_candidate``, ``colour``), ``sum``
  (``mandates``, ``whole``, ``seats``), ``lot`` (``seats``, ``candidates[]``, ``sentence``; or
  none), ``lot_applied``, ``explanation``, ``notes[]``, ``caption``, ``source``,
  ``term_source``
- ``coverage``: ``covered``, ``total``, ``deadline``, ``deadline_source``,
  ``days_to_deadline``, ``deadline_missed``, ``deadline_text``, ``text``, ``rule``,
  ``states[]`` (``state``, ``label``, ``count``), ``districts[]`` (``id``, ``name``,
  ``state``, ``state_label``, ``covered_from``, ``labs[]``: ``quarter``, ``status``,
  ``status_label``, ``date``, ``counts_note``, ``note``, ``source``)
- ``overdue``: ``count``, ``unknown``, ``text``, ``rule``, ``rows[]`` (a catalogue measure
  plus ``due_since``, ``days_overdue``; most overdue first)
- ``catalogue[]`` (one per Handlungsfeld): ``id``, ``name``, ``count``, ``count_text``,
  ``measures[]`` (``id``, ``title``, ``field``, ``horizon``, ``horizon_label``, ``status``,
  ``status_label``, ``status_date``, ``status_likely``, ``owners[]``, ``due``, ``due_iso``,
  ``due_own``, ``overdue``), ``status_notes[]`` (``id``, ``date``, ``status_label``,
  ``note``, ``source``, ``url``, ``likely``)
- ``rules``: ``summary``, ``unrecorded``, ``rows[]`` (``id``, ``title``, ``outcome``: pass,
  fail or not_yet_due, ``outcome_label``, ``evidence[]``, ``source``)
- ``work`` (Masterplan 2.0, :mod:`ksplan.report_work`): ``recorded``, ``none_text``,
  ``intro``, ``fields[]`` (``id``, ``name``, ``named``, ``groups[]``, ``recommendations[]``,
  ``description``), ``rec_states[]``, ``recommendations[]`` (per addressee: ``addressee``,
  ``counts[]`` by ``rec_states``, ``rows[]``: ``id``, ``kind``, ``text``, ``to``, ``state``,
  ``measures[]``), ``inputs_total``, ``outcomes[]`` (``state``, ``count``), ``labs[]``
  (``lab``, ``total``, ``details``), ``open[]`` (``id``, ``lab``, ``text``, ``state``),
  ``open_text``, ``chains[]`` (``id``, ``title``, ``lines[]``: ``depth``, ``text``),
  ``attendance[]`` (``date``, ``kind``, ``voting``, ``advisory``, ``verdict``,
  ``below``), ``quorum_text``
- ``reports[]``: ``kind`` (rat, aboeoab), ``kind_label``, ``date``, ``note``, ``source``
- ``horizon_policy[]``: ``horizon``, ``label``, ``months``, ``due``, ``measures``;
  ``assumptions[]`` (sentences)
- ``sources[]``: ``text``, ``url`` (when the source is a web address), ``cited_for``
- ``charts``: ``status``, ``seats``, ``districts``, each with ``svg``, ``title`` and
  ``summary`` (the picture in words)
- ``history``: the measures by status over time (``ksplan report --history``; else none):
  ``svg``, ``title``, ``summary``, ``columns[]`` (status labels), ``rows[]`` (``day``,
  ``counts[]`` in the columns' order, ``total``); then ``sections`` ends with ``history``

Templates are rendered with ``trim_blocks`` and ``lstrip_blocks``: a line that holds only a
block tag leaves no trace, and the line break after a block tag is dropped (write ``+%}`` to
keep it).
"""

from __future__ import annotations

import functools
import re
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from ksplan import svg
from ksplan.apportionment import fraction_str
from ksplan.coverage import DISTRICT_STATES, coverage, lab_view
from ksplan.dates import PartialDate, add_months, format_date
from ksplan.deadlines import past_due, status_on
from ksplan.errors import KsplanError, UsageError
from ksplan.i18n import Lang, count, decimal, msg, os_reason, parse_language, t
from ksplan.models import HORIZONS, STATUS_ORDER, STATUSES, Measure, Status
from ksplan.orders import (
    OUTCOMES,
    OrderResult,
    check,
    evaluate,
    outcome_label,
    upcoming,
)
from ksplan.output import md_escape as output_md_escape
from ksplan.output import visible
from ksplan.paths import shipped
from ksplan.plan import Plan, display_path
from ksplan.sandbox import RenderStopped, Sandbox, render
from ksplan.seats import METHOD_NAMES, allocation_for_term
from ksplan.texts import TEXTS
from ksplan.views import seats as seat_view

if TYPE_CHECKING:
    from ksplan.site.history import History

FORMATS: tuple[str, ...] = ("md", "html")
LANGS: tuple[str, ...] = ("de", "en")
TEMPLATE_NAMES = {"md": "report.md.j2", "html": "report.html.j2"}

SECTION_IDS = (
    "key-figures",
    "assembly",
    "coverage",
    "overdue",
    "catalogue",
    "rules",
    "work",
    "assumptions",
    "sources",
)

# Statuses in the order of the report: finished first, unknown last.
assert set(STATUS_ORDER) == set(STATUSES)

LABEL_KEYS: tuple[str, ...] = tuple(
    key.removeprefix("report.") for key in TEXTS if key.startswith("report.")
)
"""Every fixed text of the report, as templates see it (``labels[key]``)."""


def labels(lang: Lang) -> dict[str, str]:
    return {
        **{key: t(key, lang) for key in TEXTS if key.startswith(("status.", "horizon."))},
        **{key: t(f"report.{key}", lang) for key in LABEL_KEYS},
        **{f"outcome.{o}": outcome_label(o, lang) for o in OUTCOMES},
    }


def _check(value: str, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise UsageError(t(f"cli.unknown_{what}", typed=value, known=", ".join(allowed)))


class _Words:
    """Small phrases in the report's language (counts, plurals, dates)."""

    def __init__(self, lang: Lang) -> None:
        self.lang: Lang = lang
        self.de = lang == "de"
        self.labels = labels(lang)

    def __call__(self, key: str) -> str:
        return self.labels[key]

    def t(self, key: str, **values: object) -> str:
        """The catalogue's text ``key`` in the report's language, with ``values`` filled in."""
        return t(key, self.lang, **values)

    def date(self, value: date) -> str:
        return format_date(value, self.lang)

    def partial(self, value: PartialDate) -> str:
        return value.format(self.lang)

    def seats(self, n: int) -> str:
        return count(n, "noun.seat", self.lang)

    def measures(self, n: int) -> str:
        return count(n, "noun.measure", self.lang)

    def days(self, n: int) -> str:
        return count(n, "noun.day", self.lang)

    def in_days(self, n: int) -> str:
        if n == 0:
            return self.t("report.t.today")
        return self.t("report.t.in_days", days=count(n, "noun.in_day", self.lang))

    def decimal(self, value: Any, places: int = 4) -> str:
        return decimal(value, places, self.lang)

    def names(self, items: list[str]) -> str:
        if not items:
            return ""
        if len(items) == 1:
            return items[0]
        return ", ".join(items[:-1]) + self.t("report.t.and") + items[-1]


# --- the context ---------------------------------------------------------------------------


def _status_on(measure: Measure, as_of: date) -> tuple[Status, Any]:
    entry = status_on(measure, as_of)
    return (entry.status if entry is not None else "unknown"), entry


def _url(text: str) -> str:
    """``text`` when it is a single web address (then shown as a link), else ""."""
    return text if re.fullmatch(r"https?://[^\s<>\"']+", text) else ""


class _Sources:
    """Sources in the order first cited, each with what cites it."""

    def __init__(self) -> None:
        # dicts as ordered sets: a source cited by thousands of measures stays linear
        self._uses: dict[str, dict[str, None]] = {}

    def add(self, text: str | None, use: str) -> None:
        """Cite ``text`` for ``use``; several sources written as one, separated by "; ", are
        listed one by one, so that a source cited in several places appears once."""
        if not text:
            return
        for part in text.split("; "):
            if part.strip():
                self._uses.setdefault(part.strip(), {})[use] = None

    def listing(self) -> list[dict[str, Any]]:
        return [
            {
                "text": text,
                "url": _url(text),
                "cited_for": ", ".join(uses),
            }
            for text, uses in self._uses.items()
        ]


def _next_deadline(plan: Plan, as_of: date, w: _Words) -> dict[str, Any] | None:
    """The earliest deadline falling on or after ``as_of``, with everything due that day."""
    duties = upcoming(plan, as_of)
    if not duties:
        return None
    first = min(d for d, _ in duties)
    days = (first - as_of).days
    return {
        "date": w.date(first),
        "date_iso": first.isoformat(),
        "days": days,
        "in_days": w.in_days(days),
        "what": [what.render(w.lang) for d, what in duties if d == first],
    }


def _own_due_text(n: int, w: _Words) -> str:
    if n == 0:
        return w.t("report.t.own_due.none")
    return w.t(
        "report.t.own_due.one" if n == 1 else "report.t.own_due.many", measures=w.measures(n)
    )


def _seats(plan: Plan, w: _Words, as_of: date) -> dict[str, Any]:
    council = plan.assembly.council_seats
    term = plan.term_on(as_of)
    base: dict[str, Any] = {
        "available": False,
        "error": "",
        "term": term.id if term is not None else "",
        "method": METHOD_NAMES[council.method],
        "seats": council.seats,
        "total_mandates": sum(f.mandates for f in term.fraktionen) if term is not None else 0,
        "rows": [],
        "sum": {"mandates": 0, "whole": 0, "seats": ""},
        "lot": None,
        "lot_applied": "",
        "explanation": "",
        "notes": [],
        "caption": "",
        "source": council.source,
        "term_source": term.source if term is not None else "",
    }
    if term is None:
        base["error"] = w.t("report.t.no_term", day=w.date(as_of))
        return base
    try:
        answer = allocation_for_term(plan, term)
    except KsplanError as exc:
        base["error"] = w.t("report.t.seats_error", reason=exc.message)
        return base
    a = answer.allocation
    candidates = set(a.lot.candidates) if a.lot else set()
    colours = svg.party_colours([r.name for r in a.rows])
    rows = []
    for r in a.rows:
        rows.append(
            {
                "name": r.name,
                "mandates": r.mandates,
                "quota_exact": fraction_str(r.quota),
                "quota": w.decimal(r.quota),
                "whole": r.whole,
                "remainder": w.decimal(r.remainder),
                "remainder_seat": seat_view.remainder_mark(a, r, empty="–", lang=w.lang),
                "seats": r.seats,
                "seats_text": seat_view.seats_cell(a, r, w.lang),
                "lot_candidate": r.name in candidates,
                "colour": colours[r.name],
            }
        )
    lot: dict[str, Any] | None = None
    if a.lot is not None:
        sentence = seat_view.lot_sentence(a, w.lang)
        lot = {"seats": a.lot.seats, "candidates": list(a.lot.candidates), "sentence": sentence}
    # the same notes as ``ksplan seats`` gives (the core words none of them)
    notes = [note.render(w.lang) for note in answer.notes]
    if term.constituted is None:
        when = w.date(term.election)
        notes.insert(
            0, msg("seats.note.not_constituted", term=term.id, election=when).render(w.lang)
        )
    applied = seat_view.lot_applied_sentence(a, w.lang) or ""
    seats_sum = seat_view.seats_sum(a, w.lang)
    base.update(
        {
            "available": True,
            "method": METHOD_NAMES[a.method],
            "seats": a.seats,
            "total_mandates": a.total_mandates,
            "rows": rows,
            "sum": {
                "mandates": a.total_mandates,
                "whole": sum(r.whole for r in a.rows),
                "seats": seats_sum,
            },
            "lot": lot,
            "lot_applied": applied,
            "explanation": seat_view.explanation(a, w.lang),
            "notes": notes,
            "caption": w.t(
                "report.t.seat_caption",
                caption=w("seat_table_caption"),
                seats=w.seats(a.seats),
                method=METHOD_NAMES[a.method],
                term=term.id,
                mandates=a.total_mandates,
            ),
        }
    )
    return base


def _seat_chart(seats: dict[str, Any], w: _Words) -> dict[str, Any]:
    if not seats["available"]:
        return {"svg": Markup(""), "summary": seats["error"], "title": ""}
    groups = [
        svg.SeatGroup(row["name"], row["seats"], row["colour"])
        for row in seats["rows"]
        if row["seats"] > 0
    ]
    legend = [f"{g.label}: {w.seats(g.seats)}" for g in groups]
    lot = seats["lot"]
    if lot is not None:
        groups.append(svg.SeatGroup(w.t("report.t.lot"), lot["seats"], svg.LOT_COLOUR, lot=True))
        among = w.names(lot["candidates"])
        legend.append(w.t("report.t.lot_pending", among=among, seats=w.seats(lot["seats"])))
    summary = "; ".join(legend) + "."
    title = w.t("report.t.seat_chart_title", seats=w.seats(seats["seats"]))
    picture = svg.seat_chart(
        groups,
        title=title,
        description=summary,
        centre_label=w.seats(seats["seats"]),
        legend=legend,
    )
    return {"svg": picture, "summary": summary, "title": title}


@dataclass
class _Parts:
    """The sections of the context, built one by one from the same plan and day."""

    plan: Plan
    as_of: date
    w: _Words
    sources: _Sources = field(default_factory=_Sources)
    results: dict[str, OrderResult] = field(default_factory=dict)

    # --- measures: status on the day, due dates, overdue -------------------------------------

    def measures(self) -> dict[str, Any]:
        plan, w, as_of = self.plan, self.w, self.as_of
        past = past_due(plan, as_of)
        late = [item for item in past if item.state == "overdue"]
        unassessed = [item for item in past if item.state == "status_unknown"]
        late_ids = {item.measure.id for item in late}
        counts = dict.fromkeys(STATUS_ORDER, 0)
        rows: dict[str, dict[str, Any]] = {}
        notes: dict[str, list[dict[str, Any]]] = {}
        for m in plan.measures:
            status, entry = _status_on(m, as_of)
            counts[status] += 1
            due = plan.due(m)
            rows[m.id] = {
                "id": m.id,
                "title": m.title,
                "field": plan.field_names[m.field],
                "horizon": m.horizon,
                "horizon_label": w(f"horizon.{m.horizon}"),
                "status": status,
                "status_label": w(f"status.{status}"),
                "status_date": w.partial(entry.date) if entry is not None else "",
                "status_likely": entry is not None and entry.certainty == "likely",
                "owners": plan.owner_names(m),
                "due": w.date(due),
                "due_iso": due.isoformat(),
                "due_own": m.due is not None,
                "due_basis": plan.due_basis(m),
                "due_basis_label": w(plan.due_basis(m)) if m.due is None else "",
                "overdue": m.id in late_ids,
            }
            for e in m.history:
                self.sources.add(e.source, m.id)
            if entry is not None:
                notes.setdefault(m.field, []).append(
                    {
                        "id": m.id,
                        "date": w.partial(entry.date),
                        "status_label": w(f"status.{entry.status}"),
                        "note": entry.note or "",
                        "source": entry.source,
                        "url": _url(entry.source),
                        "likely": entry.certainty == "likely",
                    }
                )
        catalogue = []
        for f in plan.measures_file.fields:
            in_field = [rows[m.id] for m in plan.measures if m.field == f.id]
            readings = sum(1 for m in plan.measures if m.field == f.id and m.field_is_reading)
            catalogue.append(
                {
                    "id": f.id,
                    "name": f.name,
                    "count": len(in_field),
                    "count_text": w.measures(len(in_field)),
                    "readings": readings,
                    "reading_note": t(
                        "report.field_reading_all"
                        if readings == len(in_field)
                        else "report.field_reading_some",
                        w.lang,
                        count=readings,
                    )
                    if readings
                    else "",
                    "measures": in_field,
                    "status_notes": notes.get(f.id, []),
                }
            )
        total = len(plan.measures)

        def past_rows(items: list[Any]) -> list[dict[str, Any]]:
            return [
                {
                    **rows[item.measure.id],
                    "due_since": w.date(item.due),
                    "days_overdue": item.days_overdue,
                    "status": item.status,
                    "status_label": w(f"status.{item.status}"),
                    "status_date": w.partial(item.status_date) if item.status_date else "",
                }
                for item in items
            ]

        day = w.date(as_of)
        assumed = any(item.due_basis == "assumed" for item in past)
        if not late:
            text = w.t("report.t.overdue.none", day=day)
        else:
            key = "report.t.overdue.one" if len(late) == 1 else "report.t.overdue.many"
            text = w.t(key, day=day, late=len(late), measures=w.measures(total))
        unassessed_text = (
            w.t("report.t.overdue.unassessed", measures=w.measures(len(unassessed)))
            if unassessed
            else ""
        )
        assumed_text = w.t("report.t.overdue.assumed") if assumed else ""
        status_rows = [
            {"status": s, "label": w(f"status.{s}"), "count": counts[s]} for s in STATUS_ORDER
        ]
        legend = [f"{r['label']}: {r['count']}" for r in status_rows]
        chart_title = w.t("report.t.status_chart_title", total=total, day=day)
        summary = "; ".join(legend) + "."
        chart = svg.status_bar(
            [svg.BarSegment(s, w(f"status.{s}"), counts[s]) for s in STATUS_ORDER],
            title=chart_title,
            description=summary,
            legend=legend,
        )
        return {
            "total": total,
            "counts": counts,
            "status_rows": status_rows,
            "own_due": sum(1 for m in plan.measures if m.due is not None),
            "catalogue": catalogue,
            "overdue": {
                "count": len(late),
                "unknown": len(unassessed),
                "text": text,
                "rows": past_rows(late),
                "unassessed": past_rows(unassessed),
                "unassessed_text": unassessed_text,
                "assumed": assumed,
                "assumed_text": assumed_text,
                "rule": w.t("report.t.overdue.rule"),
            },
            "chart": {"svg": chart, "summary": summary, "title": chart_title},
        }

    # --- Quartierslabore -------------------------------------------------------------------

    def coverage(self) -> dict[str, Any]:
        plan, w, as_of = self.plan, self.w, self.as_of
        cov = coverage(plan, as_of)
        districts: list[dict[str, Any]] = []
        for d_cov, district in zip(cov.districts, plan.districts_file.districts, strict=True):
            labs = []
            for lab in district.labs:
                if lab.date is not None:
                    when = w.partial(lab.date)
                    # a year or a month only: say from which day the lab counts
                    counts_note = lab_view(lab).note(w.lang) or ""
                elif lab.held_by is not None:
                    day = w.date(lab.held_by)
                    when = w.t("report.t.by_day", day=day)
                    counts_note = ""
                else:
                    when = counts_note = ""
                labs.append(
                    {
                        "quarter": lab.quarter or "",
                        "status": lab.status,
                        "status_label": w(f"lab.{lab.status}"),
                        "date": when,
                        "counts_note": counts_note,
                        "note": lab.note or "",
                        "source": lab.source,
                    }
                )
                self.sources.add(lab.source, district.name)
            districts.append(
                {
                    "id": d_cov.id,
                    "name": d_cov.name,
                    "state": d_cov.state,
                    "state_label": w(f"state.{d_cov.state}"),
                    "covered_from": w.date(d_cov.covered_from) if d_cov.covered_from else "",
                    "labs": labs,
                }
            )
        self.sources.add(cov.deadline_source, w("section.coverage"))
        order = plan.lab_deadline
        verdict = evaluate(plan, order, as_of) if order is not None else None
        states: list[dict[str, Any]] = [
            {
                "state": s,
                "label": w(f"state.{s}"),
                "count": sum(1 for d in cov.districts if d.state == s),
            }
            for s in DISTRICT_STATES
        ]
        deadline = w.date(cov.deadline) if cov.deadline is not None else ""
        days = cov.days_to_deadline
        if days is None:
            deadline_text = w.t("report.t.deadline.none")
        elif days > 0:
            deadline_text = w.t("report.t.deadline.ahead", deadline=deadline, days=w.days(days))
        elif days == 0:
            deadline_text = w.t("report.t.deadline.today", deadline=deadline)
        elif verdict is not None and verdict.outcome in ("met", "not_met"):
            deadline_text = w.t(f"report.t.deadline.{verdict.outcome}", deadline=deadline)
        else:
            deadline_text = w.t("report.t.deadline.no_evidence", deadline=deadline)
        summary = "; ".join(f"{d['name']}: {d['state_label']}" for d in districts) + "."
        chart_title = w.t("report.t.district_chart_title", day=w.date(as_of))
        chart = svg.district_map(
            [svg.DistrictTile(d["id"], d["name"], d["state"], d["state_label"]) for d in districts],
            title=chart_title,
            description=f"{w('schematic')} {summary}",
            legend=[(s["state"], f"{s['label']}: {s['count']}") for s in states],
            note=w("schematic"),
            compass=w.t("report.t.compass"),
        )
        return {
            "covered": cov.covered,
            "total": cov.total,
            "deadline": deadline,
            "deadline_source": cov.deadline_source or "",
            "days_to_deadline": days,
            "verdict": verdict.outcome if verdict is not None else "",
            "verdict_label": w(f"outcome.{verdict.outcome}") if verdict is not None else "",
            "district_unknown": [
                {
                    "quarter": v.quarter or "",
                    "note": v.note(w.lang) or "",
                }
                for v in cov.district_unknown
            ],
            "deadline_text": deadline_text,
            "text": w.t(
                "report.t.coverage", covered=cov.covered, total=cov.total, deadline=deadline_text
            ),
            "districts": districts,
            "states": states,
            "rule": w.t("report.t.coverage.rule"),
            "chart": {"svg": chart, "summary": summary, "title": chart_title},
        }

    # --- the Vollversammlung ---------------------------------------------------------------

    def assembly(self) -> dict[str, Any]:
        plan, w, as_of = self.plan, self.w, self.as_of
        assembly = plan.assembly
        order = plan.meetings_order
        need = order.at_least if order is not None and order.at_least is not None else 0
        year, day = as_of.year, w.date(as_of)
        held = len([x for x in assembly.meetings if x.date.year == year and x.date <= as_of])
        at_least = w.t("report.t.meetings.at_least", need=need) if need else ""
        if held:
            held_text = count(held, "noun.meeting", w.lang)
            meetings_text = w.t(
                "report.t.meetings.held", year=year, day=day, meetings=held_text, at_least=at_least
            )
        else:
            meetings_text = w.t("report.t.meetings.none", year=year, day=day, at_least=at_least)
        exists = plan.assembly_exists(as_of)
        established = w.date(assembly.established.date)
        not_yet = w.t(
            "report.t.not_yet", day=day, established=established, body=assembly.established.body
        )
        meetings = []
        for meeting in sorted(assembly.meetings, key=lambda m: m.date):
            meetings.append(
                {
                    "date": w.date(meeting.date),
                    "note": meeting.note or "",
                    "source": meeting.source or "",
                }
            )
            self.sources.add(meeting.source, w("meetings"))
        advisory = []
        for member in assembly.advisory:
            appointed = ""
            if member.appointed is not None:
                when = w.date(member.appointed.date)
                appointed = w.t("report.t.appointed", day=when)
                self.sources.add(member.appointed.source, member.name)
            advisory.append(
                {"name": member.name, "appointed": appointed, "note": member.note or ""}
            )
        self.sources.add(assembly.established.source, w("section.assembly"))
        self.sources.add(assembly.council_seats.source, w("seat_allocation"))
        term = plan.term_on(as_of)
        if term is not None:
            self.sources.add(term.source, w("seat_allocation"))
            for lot in term.lots:
                self.sources.add(lot.source, w("seat_allocation"))
        names = {x.id: x.name for x in [*assembly.ex_officio, *assembly.institutions]}
        institutions, ex_officio = len(assembly.institutions), len(assembly.ex_officio)
        council = assembly.council_seats.seats
        voting = institutions + ex_officio + council
        return {
            "name": assembly.name,
            "established": {
                "date": w.date(assembly.established.date),
                "body": assembly.established.body,
                "source": assembly.established.source,
            },
            "chair": names.get(assembly.chair, assembly.chair),
            "office": assembly.office,
            "voting_members": assembly.voting_members,
            "voting_text": w.t(
                "report.t.voting",
                institutions=institutions,
                ex_officio=ex_officio,
                council=council,
                voting=voting,
                intended=assembly.voting_members,
            ),
            "institutions": [x.name for x in assembly.institutions],
            "ex_officio": [x.name for x in assembly.ex_officio],
            "council_seats": council,
            "advisory": advisory,
            "min_meetings": need,
            "exists": exists,
            "not_yet_text": "" if exists else not_yet,
            "meetings_year": year,
            "meetings_this_year": held,
            "meetings_text": meetings_text,
            "meetings": meetings,
        }

    # --- the rule check and the reports given -----------------------------------------------

    def rules(self) -> dict[str, Any]:
        w = self.w
        results = check(self.plan, self.as_of)
        self.results = {r.id: r for r in results}
        counts = {o: sum(1 for r in results if r.outcome == o) for o in OUTCOMES}
        for r in results:
            self.sources.add(r.source, w("section.rules"))
        for event in self.plan.orders_file.events:
            if event.date is None or event.date.start <= self.as_of:
                self.sources.add(event.source, event.title)
        return {
            "rows": [
                {
                    "id": r.id,
                    "title": r.title(w.lang),
                    "outcome": r.outcome,
                    "outcome_label": w(f"outcome.{r.outcome}"),
                    "evidence": r.evidence(w.lang),
                    "source": r.source,
                    "given_by": r.order.given_by,
                    "date": w.date(r.order.date),
                    "quote": r.order.quote,
                    "note": r.order.note or "",
                    "addressee": r.order.addressee,
                }
                for r in results
            ],
            "summary": ", ".join(f"{counts[o]} {w(f'outcome.{o}')}" for o in OUTCOMES)
            if results
            else w("no_orders"),
            "counts": counts,
            "unrecorded": t("orders.unrecorded", w.lang),
        }

    def reports(self) -> list[dict[str, Any]]:
        reports = []
        for rep in sorted(self.plan.measures_file.reports, key=lambda r: (r.date, r.kind)):
            reports.append(
                {
                    "kind": rep.kind,
                    "kind_label": self.w(f"report.{rep.kind}"),
                    "date": self.w.date(rep.date),
                    "note": rep.note or "",
                    "source": rep.source or "",
                }
            )
            self.sources.add(rep.source, self.w(f"report.{rep.kind}"))
        return reports

    # --- key figures ---------------------------------------------------------------------

    def _tone(self, kind: str) -> str:
        """The colour of a key-figure card: the verdict of the plan's order of ``kind``
        (good: met; bad: not met; unknown: no evidence; neutral otherwise)."""
        found = [r for r in self.results.values() if r.order.kind == kind]
        if not found:
            return "neutral"
        tones = {"met": "good", "not_met": "bad", "no_evidence": "unknown"}
        return tones.get(found[0].outcome, "neutral")

    def figures(self, measures: dict[str, Any], cov: dict[str, Any]) -> dict[str, Any]:
        w = self.w
        total, late = measures["total"], measures["overdue"]
        upcoming = _next_deadline(self.plan, self.as_of, w)
        return {
            "measures_total": total,
            "status_counts": measures["status_rows"],
            "overdue": late["count"],
            "overdue_unknown": late["unknown"],
            "districts_covered": cov["covered"],
            "districts_total": cov["total"],
            "next_deadline": upcoming,
            "cards": [
                {
                    "key": "measures",
                    "tone": "neutral",
                    "label": w("figure.measures"),
                    "value": str(total),
                    "detail": ", ".join(
                        f"{r['label']} {r['count']}" for r in measures["status_rows"] if r["count"]
                    ),
                    "points": [],
                },
                {
                    "key": "overdue",
                    "label": w("figure.overdue"),
                    "value": f"{late['count']} / {total}",
                    "detail": w.t("report.t.card.overdue"),
                    "points": [
                        p
                        for p in (
                            w.t("report.t.card.unknown", n=late["unknown"])
                            if late["unknown"]
                            else "",
                            w.t("report.t.card.assumed") if late["assumed"] else "",
                        )
                        if p
                    ],
                    "tone": self._tone("measures-due"),
                },
                {
                    "key": "districts",
                    "label": w("figure.districts"),
                    "value": f"{cov['covered']} / {cov['total']}",
                    "detail": cov["deadline_text"],
                    "points": [],
                    "tone": self._tone("coverage"),
                },
                {
                    "key": "next-deadline",
                    "label": w("figure.next_deadline"),
                    "value": upcoming["date"] if upcoming else w("none"),
                    "detail": upcoming["in_days"] if upcoming else "",
                    "points": list(upcoming["what"]) if upcoming else [],
                    "tone": "neutral",
                },
            ],
            "unknown_note": w.t("report.t.unknown_note"),
        }

    # --- assumptions -------------------------------------------------------------------------

    def horizon_policy(self) -> list[dict[str, Any]]:
        plan = self.plan
        policy = plan.measures_file.horizon_policy
        return [
            {
                "horizon": h,
                "label": self.w(f"horizon.{h}"),
                "months": policy.months(h),
                "due": self.w.date(add_months(plan.decision_date, policy.months(h))),
                "measures": sum(1 for m in plan.measures if m.horizon == h and m.due is None),
            }
            for h in HORIZONS
        ]

    def assumptions(
        self, horizons: list[dict[str, Any]], measures: dict[str, Any], unknown_note: str
    ) -> list[str]:
        w = self.w
        decided = w.date(self.plan.decision_date)
        unknown = w.measures(measures["counts"]["unknown"])
        per_horizon = "; ".join(
            w.t(
                "report.t.horizon_due",
                label=h["label"],
                months=h["months"],
                decided=decided,
                due=h["due"],
            )
            for h in horizons
        )
        return [
            w.t("report.t.assume.horizons", horizons=per_horizon),
            _own_due_text(measures["own_due"], w),
            w.t(
                "report.t.assume.unknown",
                note=unknown_note,
                day=w.date(self.as_of),
                measures=unknown,
            ),
            w.t("report.t.assume.partial_dates"),
            t("orders.unrecorded", w.lang),
            w.t("report.t.assume.seats", likely=w("likely")),
            *(p.message for p in self.plan.warnings),
        ]


def heading_anchor(title: str) -> str:
    """The anchor GitHub and GitLab give a Markdown heading: lower case, punctuation dropped,
    spaces as hyphens (letters with umlauts stay)."""
    kept = "".join(ch for ch in title.lower() if ch.isalnum() or ch in " -_")
    return kept.replace(" ", "-")


def _language(lang: str) -> Lang:
    chosen = parse_language(lang)
    if chosen is None:
        raise UsageError(t("cli.unknown_language", typed=lang))
    return chosen


def build_context(
    plan: Plan, as_of: date, lang: str = "de", history: History | None = None
) -> dict[str, Any]:
    """Everything a report template may use, prepared for ``lang`` (``de`` or ``en``); with
    ``history`` (the plan's history from git) also the section "Verlauf"."""
    w = _Words(_language(lang))
    parts = _Parts(plan, as_of, w)
    info = plan.measures_file.plan
    decision = info.decision
    established = plan.assembly.established
    # The order of these calls is the order of the cited sources.
    measures = parts.measures()
    cov = parts.coverage()
    assembly = parts.assembly()
    seats = _seats(plan, w, as_of)
    rules = parts.rules()
    reports = parts.reports()
    figures = parts.figures(measures, cov)
    horizons = parts.horizon_policy()
    from ksplan.report_work import work_context

    work = work_context(plan, as_of, w.lang, parts.sources.add)
    chart = None
    if history is not None:
        from ksplan.site.history import history_figure

        chart = history_figure(plan, history, as_of, w.lang)
    sources = [
        s
        for s in parts.sources.listing()
        if s["text"] not in (decision.source, established.source)  # listed on their own
    ]
    return {
        "lang": lang,
        "labels": labels(w.lang),
        "title": info.title,
        "city": info.city,
        "subtitle": w("subtitle"),
        "as_of": w.date(as_of),
        "as_of_iso": as_of.isoformat(),
        "document_title": (
            f"{info.title} {info.city} — {w('subtitle')}, {w('as_of')} {w.date(as_of)}"
        ),
        "sections": [
            {"id": s, "title": w(f"section.{s}"), "anchor": heading_anchor(w(f"section.{s}"))}
            for s in (*SECTION_IDS, *(("history",) if chart is not None else ()))
        ],
        "decision": {
            "date": w.date(decision.date),
            "body": decision.body,
            "document": decision.document,
            "source": decision.source,
        },
        "motion": {
            "date": w.date(established.date),
            "body": established.body,
            "source": established.source,
        },
        "figures": figures,
        "assembly": assembly,
        "seats": seats,
        "coverage": {k: v for k, v in cov.items() if k != "chart"},
        "overdue": measures["overdue"],
        "catalogue": measures["catalogue"],
        "rules": rules,
        "work": work,
        "reports": reports,
        "horizon_policy": horizons,
        "assumptions": parts.assumptions(horizons, measures, figures["unknown_note"]),
        "sources": sources,
        "charts": {
            "status": measures["chart"],
            "seats": _seat_chart(seats, w),
            "districts": cov["chart"],
        },
        "history": chart,
    }


# --- rendering -----------------------------------------------------------------------------


class MdText(str):
    """Text already escaped for Markdown: the ``md`` filter leaves it as it is."""

    __slots__ = ()


def md_escape(value: object) -> MdText:
    """``value`` as Markdown text (:func:`ksplan.output.md_escape`), marked as escaped."""
    if isinstance(value, MdText):
        return value
    return MdText(output_md_escape(value))


def md_link(value: object) -> MdText:
    """A web address the plan cites, as the text and target of a deliberate Markdown link."""
    text = " ".join(str(value).split())
    return MdText(_LINK_SPECIAL.sub(lambda m: "\\" + m.group(0), text))


# What must be escaped in a link's text and target (a web address keeps its $ and #)
_LINK_SPECIAL = re.compile(r"[\\`*_\[\]<>|~]")


def html_finalize(value: object) -> object:
    """Every value printed into HTML (escaped afterwards by autoescape): a control,
    direction-changing or invisible character from the data is shown as an escape
    (``\u202e``), so that it cannot reorder or hide what a reader sees."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return visible(value, lines=True)
    return value


def _md_finalize(value: object) -> object:
    """Every value printed by a Markdown template is escaped, unless it already is."""
    return md_escape(value)


# A template is a small text file: a regular file of at most this size (a named pipe or
# /dev/zero is refused before it is read). How long and how large a render may run is
# ksplan.sandbox's job.
MAX_TEMPLATE_BYTES = 1024 * 1024


def _read_template(path: Path, shown: str) -> str:
    """A template's text: a regular UTF-8 file of at most MAX_TEMPLATE_BYTES, or a usage error."""
    from ksplan.errors import PlanUnreadable
    from ksplan.yaml_reader import read_file_bytes

    try:
        raw = read_file_bytes(
            path, shown, limit=MAX_TEMPLATE_BYTES, what=t("tpl.file"), whose=t("tpl.whose")
        )
    except PlanUnreadable as exc:
        raise UsageError(t("tpl.unreadable", path=shown, reason=exc.message)) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(t("tpl.not_utf8", path=shown, byte=exc.start + 1)) from None


class _FileLoader(jinja2.BaseLoader):
    """Loads exactly one template file, by the path the user gave (never interpreted)."""

    def __init__(self, name: str, path: Path) -> None:
        self.name = name
        self.path = path

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str | None, Callable[[], bool] | None]:
        if template != self.name:
            raise jinja2.TemplateNotFound(template)
        shown = str(self.path)
        return _read_template(self.path, shown), shown, lambda: True


class _FolderLoader(jinja2.FileSystemLoader):
    """Templates next to the user's template, read with the same care (regular files only)."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        from jinja2.loaders import split_template_path

        for folder in self.searchpath:
            path = Path(folder, *split_template_path(template))
            if path.exists() or path.is_symlink():
                return _read_template(path, str(path)), str(path), lambda: True
        raise jinja2.TemplateNotFound(template)


def _environment(fmt: str, loader: jinja2.BaseLoader) -> SandboxedEnvironment:
    env = Sandbox(
        loader=loader,
        autoescape=fmt == "html",
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_md_finalize if fmt == "md" else html_finalize,
    )
    env.filters["md"] = md_escape
    env.filters["md_link"] = md_link
    return env


@functools.lru_cache(maxsize=8)
def _shipped_environment(fmt: str, directory: str) -> SandboxedEnvironment:
    """One environment per format for the shipped templates, so they compile once."""
    return _environment(fmt, jinja2.FileSystemLoader(directory))


def _locate(exc: BaseException, known: set[str]) -> tuple[str | None, int | None]:
    """The template file and line an error was raised at, from the rewritten traceback."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return exc.filename or exc.name, exc.lineno
    found: tuple[str | None, int | None] = (None, None)
    for frame in traceback.extract_tb(exc.__traceback__):
        if frame.filename in known:
            found = (frame.filename, frame.lineno)
    return found


def _shown(filename: str | None, user: Path | None) -> str:
    if filename is None:
        return t("tpl.the_template")
    if user is not None and filename == str(user):
        return filename
    return display_path(Path(filename))


def render_report(
    plan: Plan,
    as_of: date,
    fmt: str = "md",
    lang: str = "de",
    template: Path | None = None,
    history: History | None = None,
) -> str:
    """The report as Markdown or HTML; ``template`` renders a user's own template instead;
    ``history`` (from git) adds the section "Verlauf".

    A user's template is read from the path as given; ``include`` and ``import`` find files
    next to it first, then the shipped templates (so ``report.css`` or the shipped macros can
    be reused). Any template error is a :class:`UsageError` naming the file and line.
    """
    _check(fmt, FORMATS, "format")
    context = build_context(plan, as_of, lang, history)
    shipped_dir = str(shipped("templates"))
    if template is not None:
        name = f"<user template {template}>"
        loaders: list[jinja2.BaseLoader] = [
            _FileLoader(name, template),
            _FolderLoader(str(template.parent)),
            jinja2.FileSystemLoader(shipped_dir),
        ]
        env = _environment(fmt, jinja2.ChoiceLoader(loaders))
    else:
        name = TEMPLATE_NAMES[fmt]
        env = _shipped_environment(fmt, shipped_dir)
    known: set[str] = set()
    try:
        compiled = env.get_template(name)
        known = _loaded_files(env)
        text = render(compiled, context)
    except KsplanError:
        raise
    except RenderStopped as exc:
        where = str(template) if template is not None else t("tpl.shipped")
        raise UsageError(t("tpl.stopped", where=where, reason=exc)) from None
    except Exception as exc:  # any error raised by a template: the user's file is at fault
        known |= _loaded_files(env)
        filename, line = _locate(exc, known)
        where = _shown(filename, template) + (f":{line}" if line else "")
        if isinstance(exc, jinja2.TemplateNotFound):
            message = t("tpl.missing", name=exc.name)
        else:
            message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
        raise UsageError(t("tpl.error", where=where, message=message)) from None
    return text


def _loaded_files(env: jinja2.Environment) -> set[str]:
    cache = env.cache
    if cache is None:
        return set()
    return {t.filename for t in cache.values() if t.filename}


def write_report(text: str, out: Path, protect: Sequence[Path] = ()) -> None:
    """Write the report to ``out`` atomically (UTF-8); nothing else is created.

    ``out`` must be a new or a regular file (a device or pipe would be replaced by the rename)
    and none of ``protect`` (the plan's own files).
    """
    from ksplan.files import atomic_write

    if out.is_dir():
        raise UsageError(t("cli.out_folder", out=out, example=out / "report.html"))
    if out.exists() and not out.is_file():
        raise UsageError(t("cli.out_not_file", out=out))
    if any(out.exists() and p.exists() and out.samefile(p) for p in protect):
        raise UsageError(t("cli.out_plan_file", out=out))
    try:
        atomic_write(out, text.encode("utf-8"))
    except OSError as exc:
        raise UsageError(t("cli.out_unwritable", out=out, reason=os_reason(exc))) from None
