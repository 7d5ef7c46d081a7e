"""What a change to the plan means: two plans compared item by item, with the consequences.

A line diff of ``data/*.yaml`` shows that a key changed; :func:`diff_plans` says what it means
("M09 status unknown → done (15.01.2024)", "Eving now covered", "CDU 2 → 3 seats").

The comparison walks the plan's models generically:

* lists whose items have an ``id`` (measures, bodies, Fraktionen, Stadtbezirke, …) are matched
  by ID: items are added, removed, or changed field by field (a changed ``name`` is a rename);
* lists without IDs (status history, Quartierslabore, meetings, reports, lots, …) are compared
  as multisets of their contents; a removed and an added item that share a natural key (a lab's
  quarter, a meeting's date) are shown as one item changed;
* nested models are compared field by field, lists of plain values by their elements.

The consequences are computed from both plans as they are: the Vollversammlung's council seats
for each side's current term, Quartierslabore coverage and overdue measures on ``as_of``.

The result is in domain terms: each change carries what changed (section, subject, kind, field,
before, after) and a sentence as a :class:`~ksplan.i18n.Msg` of the catalogue
(:mod:`ksplan.texts.diff`), worded only when shown, so one result reads in German or English.

This module is pure: no git, no files. Reading the two sides is :mod:`ksplan.gitio`'s job; the
renderings (text, Markdown, JSON) are :mod:`ksplan.views.diff`'s.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel

from ksplan.coverage import coverage
from ksplan.dates import PartialDate, format_date
from ksplan.deadlines import FINISHED, past_due, status_on
from ksplan.errors import KsplanError
from ksplan.i18n import Dated, Msg, msg
from ksplan.models import (
    AssemblyFile,
    CouncilSeats,
    District,
    DistrictsFile,
    DrawnLot,
    HorizonPolicy,
    Input,
    InputStep,
    Lab,
    Measure,
    MeasuresFile,
    Meeting,
    Model,
    OrdersFile,
    Recommendation,
    SeatHolding,
    StatusEntry,
    Term,
    WorkingGroup,
)
from ksplan.orders import check as check_orders
from ksplan.plan import Plan
from ksplan.seats import METHOD_NAMES, allocation_on

ChangeKind = Literal["added", "removed", "changed"]

SECTIONS: tuple[str, ...] = (
    "plan",
    "horizon_policy",
    "fields",
    "bodies",
    "measures",
    "reports",
    "assembly",
    "members",
    "council_seats",
    "meetings",
    "lenkungskreis",
    "working_groups",
    "seat_holders",
    "fields_2",
    "recommendations",
    "inputs",
    "terms",
    "districts",
    "orders",
    "events",
    "complete_through",
)
"""Every section a change can belong to, in the order they are shown (headings: the catalogue's
``diff.section.*``)."""


# --- the result ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One change, as data and as a sentence (worded when shown, in either language).

    ``subject`` names what changed ("M09", "council term 2025-2030 / SPD"), ``field`` the
    changed field inside it (dotted, as in the YAML; None when the whole item was added or
    removed), ``before``/``after`` the values as JSON (IDs, ISO dates), ``path`` the place in
    the file (``measures[M09].title``) and ``text`` the sentence a reviewer reads.
    ``subject`` and ``path`` are the same in every language.
    """

    section: str
    subject: str
    kind: ChangeKind
    text: Msg
    field: str | None = None
    before: Any = None
    after: Any = None
    path: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "section": self.section,
            "subject": self.subject,
            "kind": self.kind,
            "field": self.field,
            "path": self.path,
            "before": self.before,
            "after": self.after,
            "text": str(self.text),
        }


@dataclass(frozen=True)
class PendingLot:
    seats: int
    candidates: tuple[str, ...]


@dataclass(frozen=True)
class SeatSide:
    """The Vollversammlung's council seats on one side, for that side's current term."""

    term: str
    method: str
    seats: int
    allocation: dict[str, int]
    """Certain seats per Fraktion (name), in the term's order."""
    ids: dict[str, str] = field(default_factory=dict)
    """Fraktion name → ID, so that a renamed Fraktion is still the same one."""
    lot: PendingLot | None = None
    error: str | None = None
    """Why no allocation could be computed (e.g. no mandates recorded)."""

    def to_json(self) -> dict[str, Any]:
        return {
            "term": self.term,
            "method": self.method,
            "seats": self.seats,
            "allocation": dict(self.allocation),
            "ids": dict(self.ids),
            "lot": None
            if self.lot is None
            else {"seats": self.lot.seats, "candidates": list(self.lot.candidates)},
            "error": self.error,
        }


@dataclass(frozen=True)
class SeatChange:
    fraktion: str
    """The name on the new side ("old → new" when renamed; the old name when gone)."""
    before: int
    after: int
    id: str = ""


@dataclass(frozen=True)
class SeatsConsequence:
    before: SeatSide
    after: SeatSide
    changes: list[SeatChange]
    """Fraktionen whose seats differ (a Fraktion missing on one side has 0 there)."""

    @property
    def changed(self) -> bool:
        return bool(self.changes) or (self.before.lot, self.before.error) != (
            self.after.lot,
            self.after.error,
        )

    def rows(self) -> list[SeatChange]:
        """Every Fraktion of either side (matched by ID): the new side's order, then the gone."""
        old = {self.before.ids.get(n, n): (n, s) for n, s in self.before.allocation.items()}
        new = {self.after.ids.get(n, n): (n, s) for n, s in self.after.allocation.items()}
        rows = []
        for key, (name, seats) in new.items():
            old_name, old_seats = old.get(key, (name, 0))
            shown = name if old_name == name else f"{old_name} → {name}"
            rows.append(SeatChange(shown, old_seats, seats, key))
        rows += [
            SeatChange(name, seats, 0, key) for key, (name, seats) in old.items() if key not in new
        ]
        return rows


@dataclass(frozen=True)
class DistrictChange:
    id: str
    name: str
    before: str | None
    """covered, planned or missing; None when the Stadtbezirk is new."""
    after: str | None
    """None when the Stadtbezirk was removed."""
    text: Msg


@dataclass(frozen=True)
class CoverageConsequence:
    as_of: dt.date
    before_covered: int
    before_total: int
    after_covered: int
    after_total: int
    before_passed_uncovered: bool
    after_passed_uncovered: bool
    districts: list[DistrictChange]

    @property
    def changed(self) -> bool:
        return bool(self.districts) or (
            self.before_covered,
            self.before_total,
            self.before_passed_uncovered,
        ) != (self.after_covered, self.after_total, self.after_passed_uncovered)


@dataclass(frozen=True)
class OverdueEntry:
    id: str
    title: str
    due: dt.date | None
    days_overdue: int | None
    status: str
    text: Msg


@dataclass(frozen=True)
class OverdueConsequence:
    as_of: dt.date
    before: int
    after: int
    newly_overdue: list[OverdueEntry]
    """Measures now overdue or past due with unknown status (the text says which)."""
    no_longer_overdue: list[OverdueEntry]
    before_unknown: int = 0
    """Measures past due with their status unknown, before and after."""
    after_unknown: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.newly_overdue or self.no_longer_overdue)


@dataclass(frozen=True)
class VerdictChange:
    """An order whose verdict on the day differs between the two sides."""

    id: str
    title: str
    before: str | None
    """The outcome code (see :mod:`ksplan.orders`); None when the order is new."""
    after: str | None
    """None when the order was removed."""
    text: Msg


@dataclass(frozen=True)
class OrdersConsequence:
    as_of: dt.date
    changes: list[VerdictChange]

    @property
    def changed(self) -> bool:
        return bool(self.changes)


@dataclass(frozen=True)
class WorkChange:
    """A recommendation or an input whose state on the day differs between the two sides, or
    the number of open voting seats (``kind``: recommendation, input, open_seats)."""

    kind: str
    id: str
    before: str | None
    after: str | None
    text: Msg


@dataclass(frozen=True)
class WorkConsequence:
    as_of: dt.date
    changes: list[WorkChange]

    @property
    def changed(self) -> bool:
        return bool(self.changes)


@dataclass(frozen=True)
class Consequences:
    seats: SeatsConsequence
    coverage: CoverageConsequence
    overdue: OverdueConsequence
    orders: OrdersConsequence
    work: WorkConsequence = field(default_factory=lambda: WorkConsequence(dt.date.min, []))

    @property
    def changed(self) -> bool:
        return (
            self.seats.changed
            or self.coverage.changed
            or self.overdue.changed
            or self.orders.changed
            or self.work.changed
        )


@dataclass(frozen=True)
class PlanDiff:
    old_label: str
    new_label: str
    as_of: dt.date
    changes: list[Change]
    consequences: Consequences

    def by_section(self) -> list[tuple[str, list[Change]]]:
        """The changes grouped by section, in the order of :data:`SECTIONS`."""
        order = {name: i for i, name in enumerate(SECTIONS)}
        groups: dict[str, list[Change]] = {}
        for change in self.changes:
            groups.setdefault(change.section, []).append(change)
        return sorted(groups.items(), key=lambda kv: order.get(kv[0], len(order)))


def has_changes(d: PlanDiff) -> bool:
    """True when the plans differ in content (``ksplan diff --exit-code`` exits 1)."""
    return bool(d.changes)


# --- values as JSON and as text ------------------------------------------------------------


def _json(value: Any) -> Any:
    if isinstance(value, BaseModel):
        dumped = value.model_dump(mode="json", by_alias=True, exclude_none=True)
        for name, info in type(value).model_fields.items():  # an empty optional list says nothing
            if info.default == [] and dumped.get(info.alias or name) == []:
                del dumped[info.alias or name]
        return dumped
    if isinstance(value, PartialDate):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    return value


def _key(value: Any) -> str:
    """A hashable fingerprint of a value's content (for multisets)."""
    return json.dumps(_json(value), sort_keys=True, ensure_ascii=False)


def _minus(items: Sequence[Any], others: Sequence[Any]) -> list[Any]:
    """The items of ``items`` left after taking away ``others`` (as multisets, in order)."""
    left = Counter(_key(i) for i in items) - Counter(_key(i) for i in others)
    result: list[Any] = []
    for item in items:
        k = _key(item)
        if left[k] > 0:
            left[k] -= 1
            result.append(item)
    return result


def _date_text(value: PartialDate | dt.date) -> Shown:
    if isinstance(value, PartialDate):
        return Dated(value)
    return format_date(value, "de")


Namer = Callable[[Plan, str], str]
Shown = str | Msg | Dated | tuple[Any, ...]
"""A value as a sentence shows it: plain text, a text of the catalogue, or a list of them."""


def _quoted(text: str) -> Msg:
    return msg("diff.quoted", text=text)


def _show(value: Any, *, quote: bool = True, name: Callable[[str], Shown] | None = None) -> Shown:
    """A value as a reviewer reads it: German dates, quoted text, names for IDs."""
    if value is None:
        return msg("diff.none")
    if isinstance(value, bool):
        return msg("diff.yes" if value else "diff.no")
    if isinstance(value, PartialDate | dt.date):
        return _date_text(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        shown = name(value) if name is not None else value
        return _quoted(shown) if quote and isinstance(shown, str) else shown
    if isinstance(value, BaseModel):
        parts = []
        for fname, info in type(value).model_fields.items():
            item = getattr(value, fname)
            if item is not None:
                parts.append(
                    msg("diff.pair", name=info.alias or fname, value=_show(item, quote=quote))
                )
        return msg("diff.parens", items=tuple(parts))
    if isinstance(value, list | tuple):
        if not value:
            return msg("diff.none")
        return tuple(_show(v, quote=quote, name=name) for v in value)
    return str(value)


def _also(parts: Sequence[Shown]) -> Shown:
    """Parts joined with semicolons ("added …; removed …")."""
    joined = parts[0]
    for part in parts[1:]:
        joined = msg("diff.also", first=joined, then=part)
    return joined


def _is_literal(annotation: Any) -> bool:
    if get_origin(annotation) is Literal:
        return True
    return any(_is_literal(arg) for arg in get_args(annotation))


def _member_name(plan: Plan, member_id: str) -> str:
    a = plan.assembly
    for member in (*a.institutions, *a.ex_officio, *a.advisory):
        if member.id == member_id:
            return member.name
    return member_id


_NAMES: dict[tuple[type[Model], str], Namer] = {
    (Measure, "field"): lambda plan, v: plan.field_names.get(v, v),
    (Measure, "owners"): lambda plan, v: plan.bodies[v].name if v in plan.bodies else v,
    (AssemblyFile, "chair"): _member_name,
    (CouncilSeats, "method"): lambda plan, v: METHOD_NAMES.get(v, v),
    (DrawnLot, "method"): lambda plan, v: METHOD_NAMES.get(v, v),
}
"""Fields holding IDs (or codes) that are shown by name in sentences."""

_CODES: dict[tuple[type[Model], str], str] = {
    (StatusEntry, "status"): "status",
    (StatusEntry, "certainty"): "diff.certainty",
    (Lab, "status"): "diff.lab",
    (Meeting, "kind"): "work.meeting",
    (Recommendation, "addressee"): "work.addressee",
    (Recommendation, "kind"): "work.kind",
    (InputStep, "step"): "work.state",
}
"""Fields holding a code shown in words of the catalogue (``status.done``: umgesetzt)."""


def _field_word(dotted: str) -> Shown:
    """A field's name as the reader's language says it (``title``: Titel), each part of a
    dotted name on its own; a field without a word of its own is shown as in the YAML."""
    from ksplan.texts import TEXTS

    words: list[Shown] = [
        msg(f"diff.fieldname.{part}") if f"diff.fieldname.{part}" in TEXTS else part
        for part in dotted.split(".")
    ]
    joined = words[0]
    for word in words[1:]:
        joined = msg("diff.dotted", first=joined, then=word)
    return joined


# --- what the items of each list are called ------------------------------------------------


@dataclass(frozen=True)
class _Items:
    """How the items of one list are matched and named."""

    noun: str
    """The catalogue key of what one item is called."""
    label: Callable[[Any], Shown]
    key: Callable[[Any], Hashable] | None = None
    """The item's identity (its ``id``); None for lists compared as multisets."""
    pair: Callable[[Any], Hashable] | None = None
    """Multisets: a removed and an added item with the same value here are one item changed."""
    titled: bool = True
    """Whether the noun is part of the item's title in sentences ("body X note …")."""
    summary: Callable[[Any, Plan], Shown] | None = None
    """Details shown when the item is added."""


def _by_id(item: Any) -> Hashable:
    return str(item.id)


def _name(item: Any) -> str:
    return str(item.name)


def _status_word(status: str) -> Msg:
    return msg(f"status.{status}")


def _status_text(entry: StatusEntry | None) -> Msg:
    if entry is None:
        return _status_word("unknown")
    key = "diff.status_entry_likely" if entry.certainty == "likely" else "diff.status_entry"
    return msg(key, status=_status_word(entry.status), day=Dated(entry.date))


def _lab_label(lab: Lab) -> Shown:
    parts: list[Shown] = []
    if lab.status != "held":
        parts.append(msg(f"diff.lab.{lab.status}"))
    if lab.date is not None:
        parts.append(Dated(lab.date))
    elif lab.held_by is not None:
        parts.append(msg("diff.by", day=format_date(lab.held_by, "de")))
    where: Shown = lab.quarter or msg("diff.no_quarter")
    return msg("diff.lab", where=where, details=tuple(parts)) if parts else where


def _measure_summary(m: Measure, plan: Plan) -> Msg:
    owners: Shown = tuple(_quoted(n) for n in plan.owner_names(m)) if m.owners else msg("diff.none")
    values: dict[str, object] = {
        "title": _quoted(m.title),
        "horizon": m.horizon,
        "field": _quoted(plan.field_names.get(m.field, m.field)),
        "owners": owners,
    }
    if m.latest is not None:
        return msg("diff.measure_summary_status", status=_status_text(m.latest), **values)
    return msg("diff.measure_summary", **values)


def _holding_summary(h: SeatHolding) -> Msg:
    who: Shown = _quoted(h.name or h.role or h.id)
    since = format_date(h.since, "de")
    if h.deputy_of is not None:  # a deputy holds no seat of its own
        return msg("diff.work.deputy", of=h.deputy_of, seat=h.seat, who=who, day=since)
    return msg("diff.work.holding", seat=h.seat, who=who, day=since)


def _mandates(n: int) -> Msg:
    mandates = msg("diff.mandates.one") if n == 1 else msg("diff.mandates.many", n=n)
    return msg("diff.mandates_summary", mandates=mandates)


def _steps(words: str) -> _Items:
    """A course of dated steps (a recommendation's, an input's); ``words``: the catalogue's
    prefix for the step's name."""
    return _Items(
        "diff.noun.course_step",
        lambda s: msg("diff.pair", name=format_date(s.date, "de"), value=msg(f"{words}.{s.step}")),
        pair=lambda s: (s.date, s.step),
        summary=lambda s, plan: msg("diff.source", source=s.source),
    )


_MEETINGS = _Items(
    "diff.noun.meeting",
    lambda m: msg("diff.meeting", day=format_date(m.date, "de")),
    pair=lambda m: m.date,
)

_STATUS_ENTRIES = _Items(
    "diff.noun.status_entry",
    lambda e: msg("diff.pair", name=Dated(e.date), value=_status_word(e.status)),
    pair=lambda e: str(e.date),
    summary=lambda e, plan: msg("diff.source", source=e.source),
)

_LISTS: dict[tuple[type[Model], str], _Items] = {
    (MeasuresFile, "fields"): _Items("diff.noun.field", _name, key=_by_id),
    (MeasuresFile, "bodies"): _Items("diff.noun.body", _name, key=_by_id),
    (MeasuresFile, "measures"): _Items(
        "diff.noun.measure",
        lambda m: str(m.id),
        key=_by_id,
        titled=False,
        summary=lambda m, plan: _measure_summary(m, plan),
    ),
    (MeasuresFile, "reports"): _Items(
        "diff.noun.report",
        lambda r: msg(
            "diff.report",
            to=msg(f"diff.report_to.{r.kind}") if r.kind in ("rat", "aboeoab") else r.kind,
            day=format_date(r.date, "de"),
        ),
        pair=lambda r: (r.kind, r.date),
    ),
    (Measure, "history"): _STATUS_ENTRIES,
    (AssemblyFile, "institutions"): _Items("diff.noun.institution", _name, key=_by_id),
    (AssemblyFile, "ex_officio"): _Items("diff.noun.ex_officio", _name, key=_by_id),
    (AssemblyFile, "advisory"): _Items("diff.noun.advisory", _name, key=_by_id),
    (AssemblyFile, "meetings"): _MEETINGS,
    (AssemblyFile, "working_groups"): _Items("diff.noun.working_group", _name, key=_by_id),
    (WorkingGroup, "meetings"): _MEETINGS,
    (AssemblyFile, "members"): _Items(
        "diff.noun.holding",
        lambda h: str(h.id),
        key=_by_id,
        summary=lambda h, plan: _holding_summary(h),
    ),
    (AssemblyFile, "fields_2"): _Items(
        "diff.noun.field_2",
        _name,
        key=_by_id,
        summary=lambda f, plan: msg("diff.work.named", day=format_date(f.named, "de")),
    ),
    (AssemblyFile, "recommendations"): _Items(
        "diff.noun.recommendation",
        lambda r: str(r.id),
        key=_by_id,
        summary=lambda r, plan: msg(
            "diff.work.rec_summary", text=_quoted(r.text), to=msg(f"work.addressee.{r.addressee}")
        ),
    ),
    (Recommendation, "course"): _steps("work.step"),
    (AssemblyFile, "inputs"): _Items(
        "diff.noun.input",
        lambda x: str(x.id),
        key=_by_id,
        summary=lambda x, plan: msg("diff.work.input_summary", text=_quoted(x.text)),
    ),
    (Input, "course"): _steps("work.state"),
    (AssemblyFile, "terms"): _Items(
        "diff.noun.term",
        lambda t: str(t.id),
        key=_by_id,
        summary=lambda t, plan: msg(
            "diff.term_summary",
            election=format_date(t.election, "de"),
            seats=t.council_seats,
            fraktionen=len(t.fraktionen),
        ),
    ),
    (Term, "fraktionen"): _Items(
        "diff.noun.fraktion", _name, key=_by_id, summary=lambda f, plan: _mandates(f.mandates)
    ),
    (Term, "single_members"): _Items(
        "diff.noun.single_member",
        _name,
        pair=_name,
        summary=lambda s, plan: _mandates(s.mandates),
    ),
    (Term, "ratsgruppen"): _Items(
        "diff.noun.ratsgruppe", _name, pair=_name, summary=lambda s, plan: _mandates(s.mandates)
    ),
    (Term, "lots"): _Items(
        "diff.noun.lot",
        lambda lot: msg(
            "diff.lot",
            day=format_date(lot.date, "de"),
            method=METHOD_NAMES.get(lot.method, lot.method),
        ),
        pair=lambda lot: (lot.date, lot.method),
        summary=lambda lot, plan: msg("diff.lot_winners", winners=tuple(lot.winners)),
    ),
    (DistrictsFile, "districts"): _Items("diff.noun.district", _name, key=_by_id, titled=False),
    (District, "labs"): _Items("diff.noun.lab", _lab_label, pair=lambda lab: lab.quarter or None),
    (DistrictsFile, "labs_district_unknown"): _Items(
        "diff.noun.lab_no_district", _lab_label, pair=lambda lab: lab.quarter or None
    ),
    (OrdersFile, "orders"): _Items("diff.noun.order", lambda o: str(o.id), key=_by_id),
    (OrdersFile, "events"): _Items("diff.noun.event", lambda e: str(e.id), key=_by_id),
    (OrdersFile, "complete_through"): _Items(
        "diff.noun.completeness",
        lambda c: msg("diff.completeness", record=c.record, day=format_date(c.through, "de")),
        pair=lambda c: (c.record, tuple(c.scope)),
    ),
}
"""Every list of models in the plan, with how its items are matched and named."""

_NESTED: dict[tuple[type[Model], str], tuple[str, str, bool]] = {
    (MeasuresFile, "plan"): ("plan", "plan", False),
    (MeasuresFile, "horizon_policy"): ("horizon_policy", "horizon policy", False),
    (AssemblyFile, "established"): ("assembly", "Vollversammlung", True),
    (AssemblyFile, "council_seats"): ("council_seats", "council seats", False),
    (AssemblyFile, "lenkungskreis"): ("lenkungskreis", "Lenkungskreis", False),
}
"""Top-level sub-models: (section, subject, keep the field name in sentences); the title shown
is the catalogue's ``diff.title.<section>``."""

_SECTION_OF_LIST: dict[tuple[type[Model], str], str] = {
    (AssemblyFile, "members"): "seat_holders",
    (AssemblyFile, "fields_2"): "fields_2",
    (AssemblyFile, "recommendations"): "recommendations",
    (AssemblyFile, "inputs"): "inputs",
    (AssemblyFile, "institutions"): "members",
    (AssemblyFile, "ex_officio"): "members",
    (AssemblyFile, "advisory"): "members",
}

_ROOT: dict[type[Model], tuple[str, str]] = {
    MeasuresFile: ("plan", "plan"),
    AssemblyFile: ("assembly", "Vollversammlung"),
    DistrictsFile: ("districts", "districts"),
    OrdersFile: ("orders", "orders"),
}
"""Section and subject of plain values at the top of each file."""


# --- the walk ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _At:
    """Where the walk stands: the subject whose fields are compared."""

    section: str | None  # None at the top of a file
    subject: str  # the same in every language: "M09", "council term 2025-2030 / SPD"
    title: Shown  # shown before a field name: "M09", "Ratsperiode 2025-2030: Fraktion SPD"
    path: str  # "measures[M09]"
    field: str = ""  # dotted field prefix inside the subject ("decision")
    renamed_from: Shown | None = None  # "Fraktion GRÜNE & Volt": the item, for "renamed to"

    def dotted(self, key: str) -> str:
        return f"{self.field}.{key}" if self.field else key

    def child_path(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key


@dataclass
class _Ctx:
    old: Plan
    new: Plan
    changes: list[Change] = field(default_factory=list)

    def add(self, change: Change) -> None:
        self.changes.append(change)


def _value_text(
    cls: type[Model], name: str, before: Any, after: Any, ctx: _Ctx
) -> tuple[Shown, bool]:
    """("before → after" or "added X; removed Y", is_list) for one plain field."""
    info = cls.model_fields[name]
    quote = not _is_literal(info.annotation)
    namer = _NAMES.get((cls, name))
    code = _CODES.get((cls, name))
    old_name: Callable[[str], Shown] | None = None
    new_name: Callable[[str], Shown] | None = None
    if namer is not None:
        old_name, new_name = (lambda v: namer(ctx.old, v)), (lambda v: namer(ctx.new, v))
    elif code is not None:
        old_name = new_name = lambda v: msg(f"{code}.{v}")
    if isinstance(before, list) and isinstance(after, list):
        removed = _minus(before, after)
        added = _minus(after, before)
        parts: list[Shown] = []
        if added:
            parts.append(msg("diff.list_added", items=_show(added, quote=quote, name=new_name)))
        if removed:
            parts.append(msg("diff.list_removed", items=_show(removed, quote=quote, name=old_name)))
        if not parts:
            parts.append(msg("diff.list_reordered", items=_show(after, quote=quote, name=new_name)))
        return _also(parts), True
    shown_before = _show(before, quote=quote, name=old_name)
    shown_after = _show(after, quote=quote, name=new_name)
    key = "diff.arrow_months" if cls is HorizonPolicy else "diff.arrow"
    return msg(key, before=shown_before, after=shown_after), False


def _field_change(
    cls: type[Model], name: str, key: str, a: Any, b: Any, at: _At, ctx: _Ctx
) -> None:
    section, title, subject = at.section, at.title, at.subject
    if section is None:
        section, subject = _ROOT[cls]
        title = msg(f"diff.title.{section}")
    dotted = at.dotted(key)
    if name == "name" and at.renamed_from is not None and not at.field:
        text = msg("diff.renamed", old=at.renamed_from, new=b)
    else:
        shown, is_list = _value_text(cls, name, a, b, ctx)
        template = "diff.field_list" if is_list else "diff.field"
        text = msg(template, title=title, field=_field_word(dotted), shown=shown)
    ctx.add(
        Change(
            section=section,
            subject=subject,
            kind="changed",
            text=text,
            field=dotted,
            before=_json(a),
            after=_json(b),
            path=at.child_path(key),
        )
    )


def _walk(old: Model, new: Model, at: _At, ctx: _Ctx) -> None:
    cls = type(old)
    for name, info in cls.model_fields.items():
        a, b = getattr(old, name), getattr(new, name)
        if a == b:
            continue
        key = info.alias or name
        spec = _LISTS.get((cls, name))
        if (cls, name) == (Measure, "history"):
            assert isinstance(old, Measure) and isinstance(new, Measure)
            _history(old, new, at, ctx)
        elif spec is not None:
            section = at.section or _SECTION_OF_LIST.get((cls, name), key)
            _compare_items(a, b, spec, at, section, at.child_path(key), ctx)
        elif isinstance(a, Model) and isinstance(b, Model):
            nested = _NESTED.get((cls, name))
            if nested is not None:
                section, subject, keep = nested
                title = msg(f"diff.title.{section}")
                inner = _At(section, subject, title, key, key if keep else "")
            elif at.section is None:
                section, subject = _ROOT[cls]
                inner = _At(section, subject, msg(f"diff.title.{section}"), key, key)
            else:
                inner = _At(
                    at.section, at.subject, at.title, at.path, at.dotted(key), at.renamed_from
                )
            _walk(a, b, inner, ctx)
        else:
            _field_change(cls, name, key, a, b, at, ctx)


def _compare_items(
    old_items: Sequence[Any],
    new_items: Sequence[Any],
    spec: _Items,
    parent: _At,
    section: str,
    path: str,
    ctx: _Ctx,
) -> None:
    if spec.key is not None:
        _compare_by_id(old_items, new_items, spec, parent, section, path, ctx)
        return
    removed, pairs, added = _multiset_diff(old_items, new_items, spec)
    _emit_multiset(removed, pairs, added, spec, parent, section, path, ctx)


def _within(parent: _At, text: Msg) -> Msg:
    """``text`` inside its parent item ("Ratsperiode 2025-2030: Fraktion SPD hinzugefügt")."""
    return msg("diff.within", title=parent.title, text=text) if parent.title else text


def _named(spec: _Items, item: Any) -> Msg:
    return msg("diff.named", noun=msg(spec.noun), label=spec.label(item))


def _subject(parent: _At, spec: _Items, item: Any) -> str:
    label = spec.label(item) if spec.key is not None else _named(spec, item)
    shown = label.render("en") if isinstance(label, Msg) else str(label)
    return f"{parent.subject} / {shown}" if parent.subject else shown


def _added(
    item: Any, spec: _Items, parent: _At, section: str, path: str, ctx: _Ctx, *, removed: bool
) -> None:
    plan = ctx.old if removed else ctx.new
    summary = spec.summary(item, plan) if spec.summary is not None and not removed else ""
    text = (
        msg("diff.removed", item=_named(spec, item))
        if removed
        else msg("diff.added", item=_named(spec, item), summary=summary)
    )
    ctx.add(
        Change(
            section=section,
            subject=_subject(parent, spec, item),
            kind="removed" if removed else "added",
            text=_within(parent, text),
            before=_json(item) if removed else None,
            after=None if removed else _json(item),
            path=path,
        )
    )


def _compare_by_id(
    old_items: Sequence[Any],
    new_items: Sequence[Any],
    spec: _Items,
    parent: _At,
    section: str,
    path: str,
    ctx: _Ctx,
) -> None:
    assert spec.key is not None
    old_by = {spec.key(i): i for i in old_items}
    new_keys = {spec.key(i) for i in new_items}
    for item in old_items:
        key = spec.key(item)
        if key not in new_keys:
            _added(item, spec, parent, section, f"{path}[{key}]", ctx, removed=True)
    for item in new_items:
        key = spec.key(item)
        before = old_by.get(key)
        item_path = f"{path}[{key}]"
        if before is None:
            _added(item, spec, parent, section, item_path, ctx, removed=False)
        elif before != item:
            title: Msg = _named(spec, item) if spec.titled else _label(spec, item)
            inner = _At(
                section,
                _subject(parent, spec, item),
                _within(parent, title),
                item_path,
                renamed_from=_within(parent, _named(spec, before)),
            )
            _walk(before, item, inner, ctx)
    kept_old = [spec.key(i) for i in old_items if spec.key(i) in new_keys]
    kept_new = [spec.key(i) for i in new_items if spec.key(i) in old_by]
    if kept_old != kept_new:
        list_key = path.rsplit(".", 1)[-1]
        ctx.add(
            Change(
                section=section,
                subject=parent.subject or list_key,
                kind="changed",
                text=_within(parent, msg("diff.reordered", list=_field_word(list_key))),
                field=list_key,
                before=kept_old,
                after=kept_new,
                path=path,
            )
        )


def _label(spec: _Items, item: Any) -> Msg:
    """An item's label alone (a measure's ID, a Stadtbezirk's name), as a text."""
    return msg("diff.plain", text=spec.label(item))


def _multiset_diff(
    old_items: Sequence[Any], new_items: Sequence[Any], spec: _Items
) -> tuple[list[Any], list[tuple[Any, Any]], list[Any]]:
    """Removed items, (old, new) pairs of changed items, added items."""
    removed = _minus(old_items, new_items)
    added = _minus(new_items, old_items)
    pairs: list[tuple[Any, Any]] = []
    if spec.pair is not None and removed and added:
        pair = spec.pair
        old_keys = Counter(pair(i) for i in removed)
        new_keys = Counter(pair(i) for i in added)
        unique = {
            k for k in old_keys if k is not None and old_keys[k] == 1 and new_keys.get(k) == 1
        }
        by_new = {pair(i): i for i in added if pair(i) in unique}
        for item in removed:
            k = pair(item)
            if k in unique:
                pairs.append((item, by_new[k]))
        paired_old = {id(o) for o, _ in pairs}
        paired_new = {id(n) for _, n in pairs}
        removed = [i for i in removed if id(i) not in paired_old]
        added = [i for i in added if id(i) not in paired_new]
    return removed, pairs, added


def _emit_multiset(
    removed: list[Any],
    pairs: list[tuple[Any, Any]],
    added: list[Any],
    spec: _Items,
    parent: _At,
    section: str,
    path: str,
    ctx: _Ctx,
) -> None:
    for item in removed:
        _added(item, spec, parent, section, path, ctx, removed=True)
    for before, after in pairs:
        details: list[Shown] = []
        cls = type(before)
        for name, info in cls.model_fields.items():
            a, b = getattr(before, name), getattr(after, name)
            if a != b:
                shown, is_list = _value_text(cls, name, a, b, ctx)
                key = "diff.detail_list" if is_list else "diff.detail"
                details.append(msg(key, name=_field_word(info.alias or name), shown=shown))
        text = msg("diff.item_changed", item=_named(spec, after), details=_also(details))
        ctx.add(
            Change(
                section=section,
                subject=_subject(parent, spec, after),
                kind="changed",
                text=_within(parent, text),
                before=_json(before),
                after=_json(after),
                path=path,
            )
        )
    for item in added:
        _added(item, spec, parent, section, path, ctx, removed=False)


def _history(old: Measure, new: Measure, at: _At, ctx: _Ctx) -> None:
    """A measure's status (its latest entry), then the history entries added or removed."""
    before, after = old.latest, new.latest
    removed, pairs, added = _multiset_diff(old.history, new.history, _STATUS_ENTRIES)
    key = "history"
    if _status_key(before) != _status_key(after):
        more: Shown = ""
        if after is not None:
            note = msg("diff.status_note", note=after.note) if after.note else ""
            more = msg("diff.status_source", source=after.source, note=note)
        text = msg(
            "diff.status",
            title=at.title,
            before=_status_text(before),
            after=_status_text(after),
            more=more,
        )
        ctx.add(
            Change(
                section=at.section or "measures",
                subject=at.subject,
                kind="changed",
                text=text,
                field="status",
                before=_status_json(before),
                after=_status_json(after),
                path=at.child_path(key),
            )
        )
        # The status line shows the old and the new latest entry; they are not listed again.
        pairs = [(o, n) for o, n in pairs if not (o is before and n is after)]
        removed = [i for i in removed if i is not before]
        added = [i for i in added if i is not after]
    _emit_multiset(
        removed,
        pairs,
        added,
        _STATUS_ENTRIES,
        at,
        at.section or "measures",
        at.child_path(key),
        ctx,
    )


def _status_key(entry: StatusEntry | None) -> tuple[str, str | None, str | None]:
    if entry is None:
        return ("unknown", None, None)
    return (entry.status, str(entry.date), entry.certainty)


def _status_json(entry: StatusEntry | None) -> dict[str, Any]:
    if entry is None:
        return {"status": "unknown", "date": None}
    data: dict[str, Any] = _json(entry)
    return data


# --- consequences --------------------------------------------------------------------------


def _seat_side(plan: Plan, as_of: dt.date) -> SeatSide:
    cs = plan.assembly.council_seats
    term = plan.term_on(as_of)
    term_id = term.id if term is not None else "—"
    try:
        allocation = allocation_on(plan, as_of).allocation
    except KsplanError as exc:
        return SeatSide(term_id, cs.method, cs.seats, {}, error=exc.message)
    lot = allocation.lot
    assert term is not None
    ids = {f.name: f.id for f in term.fraktionen}
    return SeatSide(
        term_id,
        cs.method,
        cs.seats,
        dict(allocation.allocation),
        ids,
        PendingLot(lot.seats, tuple(lot.candidates)) if lot is not None else None,
    )


def seats_consequence(old: Plan, new: Plan, as_of: dt.date) -> SeatsConsequence:
    before, after = _seat_side(old, as_of), _seat_side(new, as_of)
    result = SeatsConsequence(before, after, [])
    return SeatsConsequence(before, after, [r for r in result.rows() if r.before != r.after])


def _lab_that_covers(text: Msg, district: District, covered_from: dt.date | None) -> Msg:
    """``text`` with the Quartierslabor that covers the Stadtbezirk, if one is recorded."""
    for lab in district.labs:
        if lab.held_on is not None and lab.held_on == covered_from:
            when: Shown | None = Dated(lab.date) if lab.date is not None else None
            if when is None and lab.held_by is not None:
                when = msg("diff.by", day=format_date(lab.held_by, "de"))
            name = msg("diff.lab_named", quarter=lab.quarter) if lab.quarter else msg("diff.a_lab")
            if when is not None:
                return msg("diff.covering_lab_when", text=text, lab=name, when=when)
            return msg("diff.covering_lab", text=text, lab=name)
    return text


def _state(state: str) -> Msg:
    return msg(f"diff.state.{state}")


def coverage_consequence(old: Plan, new: Plan, as_of: dt.date) -> CoverageConsequence:
    before, after = coverage(old, as_of), coverage(new, as_of)
    old_states = {d.id: d for d in before.districts}
    new_states = {d.id: d for d in after.districts}
    new_districts = {d.id: d for d in new.districts_file.districts}
    changes: list[DistrictChange] = []
    for d in after.districts:
        was = old_states.get(d.id)
        if was is None:
            text = msg("diff.district_new", name=d.name, state=_state(d.state))
            if d.state == "covered":
                text = _lab_that_covers(text, new_districts[d.id], d.covered_from)
            changes.append(DistrictChange(d.id, d.name, None, d.state, text))
            continue
        if was.state == d.state:
            continue
        if d.state == "covered":
            text = _lab_that_covers(
                msg("diff.district_covered", name=d.name), new_districts[d.id], d.covered_from
            )
        elif was.state == "covered":
            text = msg("diff.district_uncovered", name=d.name, state=_state(d.state))
        else:
            text = msg(
                "diff.district_state", name=d.name, before=_state(was.state), after=_state(d.state)
            )
        changes.append(DistrictChange(d.id, d.name, was.state, d.state, text))
    for d in before.districts:
        if d.id not in new_states:
            text = msg("diff.district_removed", name=d.name, state=_state(d.state))
            changes.append(DistrictChange(d.id, d.name, d.state, None, text))
    return CoverageConsequence(
        as_of,
        before.covered,
        before.total,
        after.covered,
        after.total,
        before.deadline_passed_uncovered,
        after.deadline_passed_uncovered,
        changes,
    )


def overdue_consequence(old: Plan, new: Plan, as_of: dt.date) -> OverdueConsequence:
    """Measures that become or stop being past due (overdue, or past due with their status
    unknown), or move from one of the two to the other."""
    before = {o.measure.id: o for o in past_due(old, as_of)}
    after = {o.measure.id: o for o in past_due(new, as_of)}
    new_measures = {m.id: m for m in new.measures}
    newly: list[OverdueEntry] = []
    for mid, o in after.items():
        was = before.get(mid)
        if was is not None and was.state == o.state:
            continue
        days = o.days_overdue
        ago = msg("diff.days_ago.one") if days == 1 else msg("diff.days_ago.many", days=days)
        text = msg(
            "diff.past_due",
            now=msg(f"diff.now.{o.state}", id=mid),
            was=msg(f"diff.was.{was.state}") if was is not None else "",
            due=format_date(o.due, "de"),
            ago=ago,
            status=_status_word(o.status),
        )
        newly.append(
            OverdueEntry(
                mid,
                o.measure.title,
                o.due,
                o.days_overdue,
                o.status,
                text,
            )
        )
    resolved: list[OverdueEntry] = []
    for mid, o in before.items():
        if mid in after:
            continue
        measure = new_measures.get(mid)
        if measure is None:
            reason, status, due = msg("diff.reason.removed"), o.status, None
        else:
            due = new.due(measure)
            entry = status_on(measure, as_of)
            status = entry.status if entry is not None else "unknown"
            if status in FINISHED and entry is not None:
                reason = msg(
                    "diff.reason.finished",
                    status=_status_word(status),
                    day=Dated(entry.date),
                )
            elif due >= as_of:
                reason = msg("diff.reason.due_later", day=format_date(due, "de"))
            else:
                reason = msg("diff.reason.status", status=_status_word(status))
        resolved.append(
            OverdueEntry(
                mid,
                measure.title if measure is not None else o.measure.title,
                due,
                None,
                status,
                msg(f"diff.no_longer.{o.state}", id=mid, reason=reason),
            )
        )
    count = {
        side: sum(1 for o in items.values() if o.state == "overdue")
        for side, items in (("before", before), ("after", after))
    }
    return OverdueConsequence(
        as_of,
        count["before"],
        count["after"],
        newly,
        resolved,
        len(before) - count["before"],
        len(after) - count["after"],
    )


def orders_consequence(old: Plan, new: Plan, as_of: dt.date) -> OrdersConsequence:
    """The orders whose verdict on ``as_of`` the change alters, in the new plan's order."""
    before = {r.id: r for r in check_orders(old, as_of)}
    after = {r.id: r for r in check_orders(new, as_of)}
    changes = []
    for oid in [*after, *(i for i in before if i not in after)]:
        b, a = before.get(oid), after.get(oid)
        was, now = (b.outcome if b else None), (a.outcome if a else None)
        if was == now:
            continue
        either = a if a is not None else b
        assert either is not None
        title = either.order.title
        shown_was = msg(f"outcome.{was}") if was else msg("diff.order_new")
        shown_now = msg(f"outcome.{now}") if now else msg("diff.order_removed")
        text = msg("diff.verdict", title=title, before=shown_was, after=shown_now)
        changes.append(VerdictChange(oid, title, was, now, text))
    return OrdersConsequence(as_of, changes)


def _rec_state(rec: Recommendation | None, as_of: dt.date) -> tuple[Any, Msg]:
    if rec is None:
        return None, msg("diff.work.gone")
    done = [s for s in rec.course if s.date <= as_of]
    if not done:
        return (), msg("work.step.none")
    last = done[-1]
    word = msg(f"work.step.{last.step}")
    day = format_date(last.date, "de")
    if last.by:
        return (last.step, last.date, last.by), msg(
            "work.state_by", state=word, by=last.by, day=day
        )
    return (last.step, last.date, None), msg("work.state_on", state=word, day=day)


def _input_state(plan: Plan, item: Input | None, as_of: dt.date) -> tuple[Any, Msg]:
    from ksplan.work import input_view

    if item is None:
        return None, msg("diff.work.gone")
    v = input_view(plan, item, as_of)
    last = v.last
    if last is None:
        return (v.state,), msg("work.state.received")
    key = (v.state, last.date, last.target, last.reason, last.to)
    day = format_date(last.date, "de")
    if v.state == "reported":
        groups = {g.id: g.name for g in plan.assembly.working_groups}
        to: Shown = groups.get(last.to, last.to) if last.to else msg("work.to_vollversammlung")
        return key, msg("work.inputs.reported_to", to=to, day=day)
    if v.state == "declined":
        return key, msg("work.inputs.declined", day=day, reason=last.reason or "")
    return key, msg(
        "work.inputs.outcome", state=msg(f"work.state.{v.state}"), target=last.target, day=day
    )


def work_consequence(old: Plan, new: Plan, as_of: dt.date) -> WorkConsequence:
    """What the change means for the Vollversammlung's work on ``as_of``: recommendations and
    inputs whose state differs ("Empfehlung E3: beschlossen vom Rat am 23.01.2025"), and the
    number of open voting seats."""
    from ksplan.work import members_on

    changes: list[WorkChange] = []
    old_recs = {r.id: r for r in old.assembly.recommendations}
    new_recs = {r.id: r for r in new.assembly.recommendations}
    for rid in [*new_recs, *(i for i in old_recs if i not in new_recs)]:
        (was, _), (now, text) = (
            _rec_state(old_recs.get(rid), as_of),
            _rec_state(new_recs.get(rid), as_of),
        )
        if was != now:
            rec = new_recs.get(rid) or old_recs[rid]
            kind = msg(f"work.kind.{rec.kind}")
            changes.append(
                WorkChange(
                    "recommendation",
                    rid,
                    _code(was),
                    _code(now),
                    msg("diff.work.rec", kind=kind, id=rid, state=text),
                )
            )
    old_inputs = {x.id: x for x in old.assembly.inputs}
    new_inputs = {x.id: x for x in new.assembly.inputs}
    for iid in [*new_inputs, *(i for i in old_inputs if i not in new_inputs)]:
        (was, _), (now, text) = (
            _input_state(old, old_inputs.get(iid), as_of),
            _input_state(new, new_inputs.get(iid), as_of),
        )
        if was != now:
            changes.append(
                WorkChange(
                    "input", iid, _code(was), _code(now), msg("diff.work.input", id=iid, state=text)
                )
            )
    changes.extend(_quorum_changes(old, new, as_of))
    before = len(members_on(old, as_of).open_seats()) if old.assembly.members else None
    after = len(members_on(new, as_of).open_seats()) if new.assembly.members else None
    if before != after and (before, after) != (None, None):
        changes.append(
            WorkChange(
                "open_seats",
                "",
                None if before is None else str(before),
                None if after is None else str(after),
                msg(
                    "diff.work.open_seats",
                    before="–" if before is None else before,
                    after="–" if after is None else after,
                ),
            )
        )
    return WorkConsequence(as_of, changes)


def _quorum_changes(old: Plan, new: Plan, as_of: dt.date) -> list[WorkChange]:
    """Meetings of the Vollversammlung (up to ``as_of``) whose quorum verdict differs."""
    from ksplan.work import attendance, meetings

    def verdicts(plan: Plan) -> dict[dt.date, tuple[bool | None, int]]:
        found: dict[dt.date, tuple[bool | None, int]] = {}
        for ref in meetings(plan):
            if ref.group is None and ref.meeting.date <= as_of:
                seen = attendance(plan, ref)
                found[ref.meeting.date] = (seen.has_quorum, seen.voting)
        return found

    was, now = verdicts(old), verdicts(new)
    changes = []
    for day in sorted(was.keys() & now.keys()):
        if was[day][0] == now[day][0]:
            continue
        verdict, voting = now[day]
        key = _word(verdict)
        text = msg(f"diff.work.quorum.{key}", day=format_date(day, "de"), voting=voting)
        changes.append(WorkChange("quorum", day.isoformat(), _word(was[day][0]), key, text))
    return changes


def _word(verdict: bool | None) -> str:
    return {True: "quorate", False: "not_quorate", None: "unknown"}[verdict]


def _code(state: Any) -> str | None:
    """A state as JSON: the step's code (None when the item is gone or has no state)."""
    if not state:
        return None
    return str(state[0])


def diff_plans(
    old: Plan,
    new: Plan,
    as_of: dt.date,
    *,
    old_label: str = "old",
    new_label: str = "new",
) -> PlanDiff:
    """Compare two validated plans; the consequences are computed for ``as_of``."""
    ctx = _Ctx(old, new)
    pairs: tuple[tuple[Model, Model], ...] = (
        (old.measures_file, new.measures_file),
        (old.assembly, new.assembly),
        (old.districts_file, new.districts_file),
        (old.orders_file, new.orders_file),
    )
    for before, after in pairs:
        if before != after:
            _walk(before, after, _At(None, "", "", ""), ctx)
    consequences = Consequences(
        seats_consequence(old, new, as_of),
        coverage_consequence(old, new, as_of),
        overdue_consequence(old, new, as_of),
        orders_consequence(old, new, as_of),
        work_consequence(old, new, as_of),
    )
    return PlanDiff(old_label, new_label, as_of, ctx.changes, consequences)
