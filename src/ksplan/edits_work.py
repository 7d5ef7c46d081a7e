"""The edits of the Vollversammlung's work: a seat holder or deputy, a Handlungsfeld of
Masterplan 2.0, a recommendation and a step in its course, an input and a step in its course
(a meeting with its attendance is :func:`ksplan.edits.add_meeting`).

Each is one :func:`ksplan.edits.apply_edit` of assembly.yaml: locked, validated as the plan
would be, written atomically, every other byte kept. Every entry says where it comes from
(``source``). Words a clerk types are understood in German and English, in any letter case.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from ksplan import vocabulary
from ksplan.dates import PartialDate
from ksplan.edits import (
    AlreadyRecorded,
    EditResult,
    _block_list,
    _entry,
    _insert_by_date,
    apply_edit,
    check_text,
    check_when,
    flow_list,
    yaml_date,
)
from ksplan.errors import UsageError
from ksplan.i18n import day, language, t
from ksplan.plan import Plan
from ksplan.yaml_writer import text_value

STEP_WORDS = {
    "submitted": "eingebracht",
    "deliberated": "beraten",
    "adopted": "beschlossen",
    "rejected": "abgelehnt",
    "referred": "verwiesen",
    "implemented": "umgesetzt",
    "withdrawn": "zurückgezogen",
}
INPUT_STEP_WORDS = {
    "reported": "berichtet",
    "recommendation": "Empfehlung",
    "measure": "Maßnahme",
    "field": "Handlungsfeld",
    "merged": "aufgegangen",
    "declined": "abgelehnt",
}
ADDRESSEE_WORDS = {
    "rat": "Rat",
    "fachausschuss": "Fachausschuss",
    "lenkungskreis": "Lenkungskreis",
    "verwaltung": "Verwaltung",
}


SYNONYMS = {
    "ausschuss": "fachausschuss",
    "committee": "fachausschuss",
    "council": "rat",
    "administration": "verwaltung",
    "steering group": "lenkungskreis",
    "zusammengefuehrt": "merged",
    "massnahme": "measure",
}
"""Other words a clerk may type, folded (see :func:`ksplan.vocabulary.fold`)."""


def word(typed: str, words: dict[str, str], what: str) -> str:
    """The data's code for a word typed in German or English (``beschlossen`` → adopted)."""
    known = SYNONYMS.get(vocabulary.fold(typed))
    if known in words:
        return known
    return vocabulary.named(typed, words, what)


_REQUIRED = frozenset({"source", "text", "name"})  # said, so never only blanks


def _texts(**options: str | None) -> None:
    for name, value in options.items():
        check_text(f"--{name.replace('_', '-')}", value, required=name in _REQUIRED)


def _after_last(course: Any, when: PartialDate, code: str, shown: str) -> None:
    """A new step of a course: not the same step on the same day again, not before the last
    step recorded (a course is told in order; an earlier step is added by hand, in place)."""
    for step in course:
        if step.date == when.start and step.step == code:
            raise AlreadyRecorded(
                t("edit.work.step_known", step=shown, day=when.format(language()))
            )
    if course and when.start < course[-1].date:
        raise UsageError(t("edit.work.step_before", last=day(course[-1].date)))


def _pick(typed: str, known: dict[str, str], what: str) -> str:
    """An ID of the plan, typed in any letter case; "meinten Sie …?" for a near miss."""
    if not known:
        raise UsageError(t("edit.work.none_yet", what=t(f"vocabulary.what.{what}")))
    return vocabulary.named(typed, known, what)


def _new_id(typed: str, taken: set[str], what: str) -> str:
    if typed in taken:
        raise UsageError(t("edit.work.taken", what=t(f"vocabulary.what.{what}"), id=typed))
    return typed


def add_holding(
    plan_dir: Path,
    seat: str,
    since: dt.date,
    source: str,
    *,
    holding_id: str | None = None,
    name: str | None = None,
    role: str | None = None,
    deputy_of: str | None = None,
    until: dt.date | None = None,
    note: str | None = None,
) -> EditResult:
    """A member (or, with ``deputy_of``, a deputy) on a seat of the Vollversammlung."""
    _texts(name=name, role=role, note=note, source=source)

    def mutate(data: Any, plan: Plan) -> str:
        from ksplan.work import seat_kinds

        a = plan.assembly
        names = {m.id: m.name for m in (*a.institutions, *a.ex_officio, *a.advisory)}
        for term in a.terms:
            names.update({f.id: f.name for f in term.fraktionen})
        kinds = seat_kinds(plan)
        found = vocabulary.named(seat, {k: names[k] for k in kinds}, "seat")
        principal = None
        if deputy_of is not None:
            principal = _pick(deputy_of, {h.id: h.id for h in a.members}, "holding")
        taken = {h.id for h in a.members}
        if holding_id is None:
            n = 1
            while f"{found}-{n}" in taken:
                n += 1
            new = f"{found}-{n}"
        else:
            new = _new_id(holding_id, taken, "holding")
        entry = _entry(
            id=new,
            seat=found,
            deputy_of=principal,
            name=name,
            role=role,
            since=since.isoformat(),
            until=until.isoformat() if until else None,
            note=note,
            source=source,
        )
        _block_list(data, "members").append(entry)
        key = "edit.work.deputy_added" if principal else "edit.work.member_added"
        return t(key, id=new, seat=names[found], day=day(since), of=principal or "")

    return apply_edit(plan_dir, "assembly", mutate)


def add_field(
    plan_dir: Path,
    field_id: str,
    name: str,
    named: dt.date,
    source: str,
    *,
    meeting: str | None = None,
    groups: list[str] | None = None,
    description: str | None = None,
) -> EditResult:
    """A Handlungsfeld of Masterplan 2.0, named by the Vollversammlung."""
    _texts(name=name, description=description, source=source)

    def mutate(data: Any, plan: Plan) -> str:
        from ksplan.work import meetings_by_id

        a = plan.assembly
        check_when(PartialDate.parse(named), plan, "edit.what.field")
        new = _new_id(field_id, {f.id for f in a.fields_2}, "field_2")
        chosen_meeting = None
        if meeting is not None:
            chosen_meeting = _pick(meeting, {m: m for m in meetings_by_id(plan)}, "meeting")
        wgs = {g.id: g.name for g in a.working_groups}
        chosen = [_pick(g, wgs, "working_group") for g in groups or []]
        entry = _entry(id=new, name=name, named=named.isoformat(), meeting=chosen_meeting)
        if chosen:
            entry["working_groups"] = flow_list(chosen)
        if description:
            entry["description"] = text_value(description)
        entry["source"] = text_value(source)
        _block_list(data, "fields_2").append(entry)
        return t("edit.work.field_added", id=new, name=name, day=day(named))

    return apply_edit(plan_dir, "assembly", mutate)


def add_recommendation(
    plan_dir: Path,
    rec_id: str,
    meeting: str,
    text: str,
    addressee: str,
    source: str,
    *,
    committee: str | None = None,
    field: str | None = None,
    measures: list[str] | None = None,
    proposal: bool = False,
) -> EditResult:
    """An Empfehlung (``E…``) or a proposal for a Vorlage (``V…``) made at a meeting."""
    _texts(text=text, committee=committee, source=source)
    to = word(addressee, ADDRESSEE_WORDS, "addressee")

    def mutate(data: Any, plan: Plan) -> str:
        from ksplan.work import meetings_by_id

        a = plan.assembly
        new = _new_id(rec_id.strip().upper(), {r.id for r in a.recommendations}, "recommendation")
        chosen_meeting = _pick(meeting, {m: m for m in meetings_by_id(plan)}, "meeting")
        chosen_field = None
        if field is not None:
            chosen_field = _pick(field, {f.id: f.name for f in a.fields_2}, "field_2")
        ids = [m.id for m in plan.measures]
        chosen_measures = [vocabulary.measure_id(m, ids) for m in measures or []]
        entry = _entry(
            id=new,
            kind="proposal" if proposal else None,
            meeting=chosen_meeting,
            text=text,
            addressee=to,
            committee=committee,
            field=chosen_field,
        )
        if chosen_measures:
            entry["measures"] = flow_list(chosen_measures)
        entry["source"] = text_value(source)
        _block_list(data, "recommendations").append(entry)
        kind = t("work.kind.proposal" if proposal else "work.kind.recommendation")
        return t("edit.work.rec_added", kind=kind, id=new, to=t(f"work.addressee.{to}"))

    return apply_edit(plan_dir, "assembly", mutate)


def add_recommendation_step(
    plan_dir: Path,
    rec_id: str,
    step: str,
    when: dt.date,
    source: str,
    *,
    by: str | None = None,
    note: str | None = None,
) -> EditResult:
    """A dated step in a recommendation's course (eingebracht, beraten, beschlossen, …)."""
    _texts(by=by, note=note, source=source)
    code = word(step, STEP_WORDS, "step")

    def mutate(data: Any, plan: Plan) -> str:
        recs = plan.assembly.recommendations
        found = _pick(rec_id, {r.id: r.id for r in recs}, "recommendation")
        index = [r.id for r in recs].index(found)
        when_ = PartialDate.parse(when)
        check_when(when_, plan, "edit.what.step")
        _after_last(recs[index].course, when_, code, t(f"work.step.{code}"))
        course = _block_list(data["recommendations"][index], "course")
        entry = _entry(date=yaml_date(when_), step=code, by=by, note=note, source=source)
        _insert_by_date(course, entry, when_)
        state = t(f"work.step.{code}")
        if by:
            state = t("work.state_by", state=state, by=by, day=day(when))
        else:
            state = t("work.state_on", state=state, day=day(when))
        kind = t(f"work.kind.{recs[index].kind}")
        return t("edit.work.rec_step", kind=kind, id=found, state=state)

    return apply_edit(plan_dir, "assembly", mutate)


def add_input(
    plan_dir: Path,
    input_id: str,
    when: dt.date,
    text: str,
    source: str,
    *,
    lab: str | None = None,
    digital: bool = False,
    note: str | None = None,
) -> EditResult:
    """An input from a Quartierslabor (``lab``) or from digital participation."""
    _texts(text=text, note=note, source=source)
    if (lab is None) == (not digital):
        raise UsageError(t("edit.work.lab_or_digital"))

    def mutate(data: Any, plan: Plan) -> str:
        from ksplan.work import lab_held_from, lab_names

        new = _new_id(input_id, {x.id for x in plan.assembly.inputs}, "input")
        chosen = _pick(lab, lab_names(plan), "lab") if lab is not None else None
        check_when(PartialDate.parse(when), plan, "edit.what.input")
        held = lab_held_from(plan).get(chosen or "")
        if held is not None and when < held:
            raise UsageError(t("edit.work.input_before_lab", lab=lab_names(plan)[chosen or ""],
                               day=day(held)))  # fmt: skip
        entry = _entry(
            id=new,
            channel="digital" if digital else None,
            lab=chosen,
            date=when.isoformat(),
            text=text,
            note=note,
            source=source,
        )
        _block_list(data, "inputs").append(entry)
        return t("edit.work.input_added", id=new, day=day(when))

    return apply_edit(plan_dir, "assembly", mutate)


def add_input_step(
    plan_dir: Path,
    input_id: str,
    step: str,
    when: dt.date,
    source: str,
    *,
    to: str | None = None,
    target: str | None = None,
    reason: str | None = None,
    note: str | None = None,
) -> EditResult:
    """A step in an input's course: reported (to the Vollversammlung or an Arbeitsgruppe),
    or its outcome (a recommendation, a measure, a Handlungsfeld, merged, declined)."""
    _texts(reason=reason, note=note, source=source)
    code = word(step, INPUT_STEP_WORDS, "step")

    def mutate(data: Any, plan: Plan) -> str:
        a = plan.assembly
        found = _pick(input_id, {x.id: x.id for x in a.inputs}, "input")
        index = [x.id for x in a.inputs].index(found)
        when_ = PartialDate.parse(when)
        check_when(when_, plan, "edit.what.step")
        shown = t("work.input_step.reported") if code == "reported" else t(f"work.state.{code}")
        _after_last(a.inputs[index].course, when_, code, shown)
        group = None
        if to is not None:
            group = _pick(to, {g.id: g.name for g in a.working_groups}, "working_group")
        aim = target
        if target is not None and code == "measure":
            aim = vocabulary.measure_id(target, [m.id for m in plan.measures])
        elif target is not None and code == "recommendation":
            aim = _pick(target, {r.id: r.id for r in a.recommendations}, "recommendation")
        elif target is not None and code == "field":
            aim = _pick(target, {f.id: f.name for f in a.fields_2}, "field_2")
        elif target is not None and code == "merged":
            aim = _pick(target, {x.id: x.id for x in a.inputs}, "input")
        course = _block_list(data["inputs"][index], "course")
        entry = _entry(
            date=yaml_date(when_),
            step=code,
            to=group,
            target=aim,
            reason=reason,
            note=note,
            source=source,
        )
        _insert_by_date(course, entry, when_)
        state = t("work.input_step.reported") if code == "reported" else t(f"work.state.{code}")
        return t("edit.work.input_step", id=found, state=state, day=day(when))

    return apply_edit(plan_dir, "assembly", mutate)
