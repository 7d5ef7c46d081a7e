"""The routine edits staff make to the plan, so nobody has to hand-edit YAML for them.

Each edit: lock the plan folder, check that the plan is valid as it is, change one file in
place (round-trip, comments kept), validate the whole plan as it would be, and only then write
the file atomically. A refused edit leaves every file byte-identical and says why.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from ksplan import vocabulary
from ksplan.dates import PartialDate
from ksplan.errors import EditRefused, PlanInvalid, PlanUnreadable, Problem, UsageError
from ksplan.files import atomic_write
from ksplan.i18n import count, language, os_reason, t
from ksplan.i18n import day as day_text
from ksplan.loading import build_plan, read_documents
from ksplan.plan import Plan, display_path
from ksplan.yaml_reader import parse_yaml_text
from ksplan.yaml_writer import RoundTrip, plan_lock, text_value


@dataclass(frozen=True)
class Rewrite:
    """What a step did, in words, and the lines (1-based) of the block it replaces: those
    lines may be rewritten or removed; every other line stays byte-identical."""

    text: str
    lines: frozenset[int]


Mutation = Callable[[Any, Plan], "str | Rewrite"]


@dataclass(frozen=True)
class EditResult:
    """A written edit: what was done, in words, and the warnings the plan has only since."""

    description: str
    warnings: tuple[Problem, ...] = ()
    written: bool = True  # False: the plan already records it, nothing was changed


@dataclass(frozen=True)
class EditOutcome:
    """What an edit did (or, not written, would do), and the plan before and after it."""

    result: EditResult
    before: Plan
    after: Plan

    @property
    def description(self) -> str:
        return self.result.description


def apply_edit(plan_dir: Path, file: str, mutate: Callable[[Any, Plan], str]) -> EditResult:
    """Run one edit of ``<plan_dir>/<file>.yaml``; return what was done."""
    return run_edit(plan_dir, file, mutate).result


def run_edit(
    plan_dir: Path, file: str, mutate: Mutation | Sequence[Mutation], *, write: bool = True
) -> EditOutcome:
    """Run one edit of ``<plan_dir>/<file>.yaml``, validated as a whole; with ``write=False``
    nothing is written and the outcome shows the plan as it would be.

    Several steps (``mutate`` a list) are applied one after the other, each inserting its own
    lines, and written together or not at all."""
    steps = [mutate] if callable(mutate) else list(mutate)
    path = plan_dir / f"{file}.yaml"
    with plan_lock(plan_dir, files=(path,)):
        documents = read_documents(plan_dir)
        try:
            before = build_plan(documents, plan_dir, today=dt.date.today())
        except PlanInvalid as exc:
            raise EditRefused(t("edit.refused.invalid_before"), exc.problems) from None
        display = display_path(path)
        opened = RoundTrip(path, display)
        done = []
        text = ""
        for number, step in enumerate(steps):
            if number:
                opened = RoundTrip(path, display, opened.encoded(text))
            try:
                result = step(opened.data, before)
            except AlreadyRecorded as known:
                if len(steps) == 1:  # nothing to do: the plan stays as it is, byte for byte
                    return EditOutcome(EditResult(known.message, written=False), before, before)
                raise
            if isinstance(result, Rewrite):
                opened.may_change = result.lines
                result = result.text
            done.append(result)
            text = opened.edited()
        description = "\n".join(done)
        edited = dict(documents)
        try:
            edited[file] = parse_yaml_text(text, path, display)
        except PlanUnreadable as exc:
            raise EditRefused(t("edit.refused.unstorable"), exc.problems) from None
        try:
            after = build_plan(edited, plan_dir, today=dt.date.today())
        except PlanInvalid as exc:
            raise EditRefused(t("edit.refused.invalid_after"), exc.problems) from None
        if write:
            try:
                atomic_write(path, opened.encoded(text))
            except OSError as exc:
                reason = os_reason(exc)
                raise EditRefused(
                    t("edit.refused.unwritable", file=display, reason=reason)
                ) from None
        # a warning the plan had before is not new because its line moved down
        seen = {_unplaced(w) for w in before.warnings}
        new = [w for w in after.warnings if _unplaced(w) not in seen]
        return EditOutcome(EditResult(description, tuple(new)), before, after)


class AlreadyRecorded(Exception):
    """An edit step finds that the plan already records what it would add."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _unplaced(problem: Problem) -> tuple[str, str, str, str]:
    return (problem.file, problem.field, problem.code, problem.message)


_BAD_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def check_text(option: str, value: str | None, *, required: bool = False) -> None:
    """Refuse text from the command line that the plan files should not hold: control
    characters, bytes that are not UTF-8, invisible or direction-changing characters (they
    would hide or reorder what a reader of the plan sees), and — where the text is required —
    nothing but blanks."""
    if value is None:
        return
    if required and not value.strip():
        raise UsageError(t("edit.text.blank", option=option))
    found = _BAD_TEXT.search(value)
    if found is None:
        hidden = next((ch for ch in value if unicodedata.category(ch) == "Cf"), None)
        if hidden is not None:
            raise UsageError(t("edit.text.invisible", option=option, code=f"U+{ord(hidden):04X}"))
        return
    code = ord(found.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte of the command line that is not UTF-8
        raise UsageError(t("edit.text.not_utf8", option=option, byte=f"0x{code - 0xDC00:02X}"))
    if 0xD800 <= code <= 0xDFFF:
        raise UsageError(t("edit.text.invalid", option=option, code=f"U+{code:04X}"))
    raise UsageError(t("edit.text.control", option=option, code=f"U+{code:04X}"))


def check_when(when: PartialDate, plan: Plan, what: str) -> None:
    """A date of something that happened: not after today, not before the council decided
    the masterplan (nothing of it can have happened earlier)."""
    today = dt.date.today()
    if when.start > today:
        raise UsageError(t("edit.date.future", what=t(what), day=when.format(language())))
    if when.end < plan.decision_date:
        decided = plan.decision_date
        raise UsageError(
            t(
                "edit.date.too_early",
                what=t(what),
                day=when.format(language()),
                decided=day_text(decided),
            )
        )


def yaml_date(value: PartialDate) -> str:
    """How a date is written into the YAML: ``2024-05-14``, ``2024-05`` or ``2024``, plain."""
    return str(value)


def _anchored(node: Any) -> bool:
    anchor = getattr(node, "anchor", None)
    return bool(anchor is not None and anchor.value)


def _block_list(parent: Any, key: str) -> Any:
    """The list under ``key``, created if missing, in block style (one item per line)."""
    items = parent.get(key)
    if items is None or (type(items) is str and items in ("", "~", "null")):  # an empty value
        items = CommentedSeq()
        parent[key] = items
    if not isinstance(items, list):
        raise EditRefused(t("edit.refused.not_a_list", key=key))
    if _anchored(parent) or _anchored(items):
        raise EditRefused(t("edit.refused.anchored", key=key))
    if isinstance(items, CommentedSeq):
        items.fa.set_block_style()
    return items


def _insert_by_date(items: Any, entry: CommentedMap, when: PartialDate) -> int:
    """Insert keeping date order (after entries of the same date); return the index."""
    index = len(items)
    for i, item in enumerate(items):
        try:
            other = PartialDate.parse(item.get("date"))
        except (ValueError, AttributeError):
            continue
        if other.start > when.start:
            index = i
            break
    items.insert(index, entry)
    return index


def flow_list(values: Sequence[str]) -> CommentedSeq:
    """A short list written on one line: ``[a, b, c]``."""
    seq = CommentedSeq([text_value(v) for v in values])
    seq.fa.set_flow_style()
    return seq


def _entry(**fields: Any) -> CommentedMap:
    entry = CommentedMap()
    for key, value in fields.items():
        if value is not None:
            entry[key] = value if key == "date" else text_value(value)
    return entry


def set_measure_status(
    plan_dir: Path,
    measure_id: str,
    status: str,
    when: PartialDate,
    note: str | None,
    source: str,
) -> EditResult:
    status = vocabulary.status(status)  # erledigt, In Umsetzung, done … → the data's word
    check_text("--note", note)
    check_text("--source", source, required=True)

    def mutate(data: Any, plan: Plan) -> str:
        ids = [m.id for m in plan.measures]
        if not ids:
            raise UsageError(t("edit.no_measures"))
        found = vocabulary.measure_id(measure_id, ids)  # m5, M5, m05 → M05
        check_when(when, plan, "edit.what.status")
        index = ids.index(found)
        measure = plan.measures[index]
        before = measure.status
        shown = when.format(language())
        if any(h.date == when and h.status == status for h in measure.history):
            raise AlreadyRecorded(
                t("edit.known.status", id=found, status=t(f"status.{status}"), day=shown)
            )
        history = _block_list(data["measures"][index], "history")
        entry = _entry(date=yaml_date(when), status=status, note=note, source=source)
        position = _insert_by_date(history, entry, when)
        day = when.format(language())
        if position == len(history) - 1:
            before_word, after_word = t(f"status.{before}"), t(f"status.{status}")
            said = t("edit.status_changed", id=found, day=day, before=before_word, after=after_word)
            if _RANK[status] < _RANK[before]:  # done → in progress: possible, but worth a look
                said += t("edit.status_back")
            return said
        return t("edit.status_added", id=found, day=day, status=t(f"status.{status}"))

    return apply_edit(plan_dir, "measures", mutate)


# how far a measure has come; "unknown" says nothing, so nothing goes back from or to it
_RANK = {"unknown": 0, "planned": 1, "in_progress": 2, "done": 3, "dropped": 3}


def add_lab(
    plan_dir: Path,
    district: str,
    when: PartialDate | None,
    quarter: str | None,
    status: str,
    note: str | None,
    source: str,
) -> EditResult:
    status = _LAB_STATUS.get(vocabulary.fold(status), status)
    if status not in ("held", "planned", "unknown"):
        raise UsageError(t("edit.no_lab_status", typed=status))
    check_text("--quarter", quarter)
    check_text("--note", note)
    check_text("--source", source, required=True)

    def mutate(data: Any, plan: Plan) -> str:
        districts = plan.districts_file.districts
        found = vocabulary.named(district, {d.id: d.name for d in districts}, "district")
        index = [d.id for d in districts].index(found)
        if status == "held" and when is None:
            raise UsageError(t("edit.lab_needs_date"))
        if when is not None and status == "held":
            check_when(when, plan, "edit.what.lab")
        same = [
            lab
            for lab in districts[index].labs
            if lab.date == when and lab.status == status and (lab.quarter or None) == quarter
        ]
        if same and when is not None:
            shown = when.format(language())
            raise AlreadyRecorded(t("edit.known.lab", district=districts[index].name, day=shown))
        labs = _block_list(data["districts"][index], "labs")
        entry = _entry(
            quarter=quarter,
            status=status,
            date=yaml_date(when) if when else None,
            note=note,
            source=source,
        )
        if when is None:
            labs.append(entry)
        else:
            _insert_by_date(labs, entry, when)
        date_text = f"{when.format(language())}, " if when else ""
        return t(
            "edit.lab_added",
            district=districts[index].name,
            quarter=f" {quarter}" if quarter else "",
            when=date_text,
            status=t(f"standing.lab.{status}"),
        )

    return apply_edit(plan_dir, "districts", mutate)


def add_meeting(
    plan_dir: Path,
    when: dt.date,
    note: str | None,
    source: str | None,
    *,
    meeting_id: str | None = None,
    kind: str | None = None,
    agenda: Sequence[str] = (),
    present: Sequence[str] = (),
    others: Sequence[str] = (),
    group: str | None = None,
) -> EditResult:
    """A meeting of the Vollversammlung (or, with ``group``, of that Arbeitsgruppe), with its
    agenda and who attended (``present``: entries of ``members``; a deputy counts for the
    member)."""
    check_text("--note", note)
    check_text("--source", source)
    for option, values in (("--agenda", agenda), ("--other", others)):
        for value in values:
            check_text(option, value)
    day = PartialDate.parse(when)
    code = None
    if kind is not None:
        code = vocabulary.named(kind, vocabulary.MEETING_KIND_WORDS, "meeting_kind")

    def mutate(data: Any, plan: Plan) -> str:
        parent, where = data, t("work.vollversammlung")
        if group is not None:
            groups = plan.assembly.working_groups
            found = vocabulary.named(group, {g.id: g.name for g in groups}, "working_group")
            index = [g.id for g in groups].index(found)
            parent, where = data["working_groups"][index], groups[index].name
            known = groups[index].meetings
        else:
            known = plan.assembly.meetings
        check_when(day, plan, "edit.what.meeting")
        if any(m.date == when and meeting_id in (None, m.id) for m in known):
            raise AlreadyRecorded(t("edit.known.meeting", day=day.format(language())))
        holdings = {h.id: h.id for h in plan.assembly.members}
        attended = [vocabulary.named(p, holdings, "holding") for p in present]
        entry = _entry(date=yaml_date(day), id=meeting_id, kind=code)
        for key, values in (("agenda", list(agenda)), ("attendance", attended),
                            ("others", list(others))):  # fmt: skip
            if values:
                entry[key] = flow_list(values)
        for key, value in (("note", note), ("source", source)):
            if value is not None:
                entry[key] = text_value(value)
        _insert_by_date(_block_list(parent, "meetings"), entry, day)
        text = t("edit.meeting_added", day=day.format(language()))
        if group is not None:
            text = t("edit.work.group_meeting_added", group=where, day=day.format(language()))
        if attended:
            text += t("edit.work.attended", present=count(len(attended), "edit.work.n_present"))
        return text

    return apply_edit(plan_dir, "assembly", mutate)


REPORT_KINDS = ("rat", "aboeoab")
_LAB_STATUS = {"durchgefuehrt": "held", "geplant": "planned", "unbekannt": "unknown"}


def add_report(
    plan_dir: Path,
    kind: str,
    when: dt.date,
    note: str | None,
    source: str | None,
    covers: int | None = None,
) -> EditResult:
    kind = vocabulary.fold(kind)  # Rat, RAT, ABöOAB, aboeoab …
    if kind not in REPORT_KINDS:
        raise UsageError(t("edit.no_report_kind", typed=kind))
    if covers is not None and kind != "rat":
        raise UsageError(t("edit.covers_rat_only"))
    if covers is not None and not 1900 <= covers <= when.year:
        raise UsageError(t("edit.covers_year", covers=covers, last=when.year))
    check_text("--note", note)
    check_text("--source", source)
    day = PartialDate.parse(when)

    def mutate(data: Any, plan: Plan) -> str:
        check_when(day, plan, "edit.what.report")
        known = plan.measures_file.reports
        if any(r.kind == kind and r.date == when and r.covers == covers for r in known):
            raise AlreadyRecorded(t(f"edit.known.report.{kind}", day=day.format(language())))
        reports = _block_list(data, "reports")
        entry = _entry(kind=kind, date=yaml_date(day), covers=covers, note=note, source=source)
        _insert_by_date(reports, entry, day)
        return t(f"edit.report_added.{kind}", day=day.format(language()))

    return apply_edit(plan_dir, "measures", mutate)


@dataclass(frozen=True)
class NewStatus:
    """One status entry to record (``status`` in the data's words)."""

    measure: str
    status: str
    when: PartialDate
    note: str | None
    source: str


def record_statuses(
    plan_dir: Path, entries: Sequence[NewStatus], *, write: bool = True
) -> EditOutcome:
    """Record several status entries in one edit: all of them or, refused, none."""
    for entry in entries:
        check_text("note", entry.note)
        check_text("source", entry.source)

    def step(entry: NewStatus) -> Mutation:
        def mutate(data: Any, plan: Plan) -> str:
            index = [m.id for m in plan.measures].index(entry.measure)
            history = _block_list(data["measures"][index], "history")
            status = vocabulary.status(entry.status)
            item = _entry(date=yaml_date(entry.when), status=status, note=entry.note,
                          source=entry.source)  # fmt: skip
            _insert_by_date(history, item, entry.when)
            day = entry.when.format(language())
            return t("edit.status_added", id=entry.measure, day=day, status=t(f"status.{status}"))

        return mutate

    return run_edit(plan_dir, "measures", [step(e) for e in entries], write=write)


@dataclass(frozen=True)
class FraktionFigure:
    """A Fraktion of a council term as it should be: its ID, name and mandates."""

    id: str
    name: str
    mandates: int


def _block_lines(data: Any, index: int, key: str) -> frozenset[int]:
    """The lines (1-based) under ``terms[index].<key>``: from the line after the key to the
    line before whatever follows it (the term's next key, the next term, the next top-level
    key, or the end of the file)."""
    terms = data["terms"]
    term = terms[index]
    keys = list(term.keys())
    start = term.lc.key(key)[0] + 1
    if keys.index(key) + 1 < len(keys):
        end = term.lc.key(keys[keys.index(key) + 1])[0]
    elif index + 1 < len(terms):
        end = terms.lc.item(index + 1)[0]
    else:
        top = list(data.keys())
        after = top.index("terms") + 1
        end = data.lc.key(top[after])[0] if after < len(top) else 10**9
    return frozenset(range(start + 1, end + 1))


def set_fraktionen(
    plan_dir: Path,
    term_id: str,
    wanted: Sequence[FraktionFigure],
    note: str,
    *,
    write: bool = True,
) -> EditOutcome:
    """Make a council term's Fraktionen those in ``wanted`` (in that order of the plan's own
    first, new ones after): mandates changed, Fraktionen added or removed. Each changed or new
    Fraktion's note becomes ``note`` (where the new figure comes from). Only the lines of the
    term's ``fraktionen`` block change."""
    check_text("note", note)
    for figure in wanted:
        check_text("name", figure.name)

    def mutate(data: Any, plan: Plan) -> Rewrite:
        ids = [term.id for term in plan.assembly.terms]
        index = ids.index(term_id)
        term = data["terms"][index]
        items = _block_list(term, "fraktionen")
        lines = _block_lines(data, index, "fraktionen")
        want = {f.id: f for f in wanted}
        for i in reversed(range(len(items))):
            if items[i].get("id") not in want:
                del items[i]
        present = {item.get("id"): item for item in items}
        for figure in wanted:
            item = present.get(figure.id)
            if item is None:
                items.append(
                    _entry(id=figure.id, name=figure.name, mandates=figure.mandates, note=note)
                )
            elif int(item.get("mandates")) != figure.mandates:
                item["mandates"] = text_value(figure.mandates)
                item["note"] = text_value(note)  # the old note explained the old figure
        return Rewrite(t("edit.fraktionen_set", term=term_id), lines)

    return run_edit(plan_dir, "assembly", mutate, write=write)
