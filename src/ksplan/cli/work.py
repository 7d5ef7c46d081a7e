"""The Vollversammlung's work: ``members``, ``trace``, ``inputs`` and the edits ``member add``,
``handlungsfeld add``, ``recommendation add|step``, ``input add|step`` (a meeting with its
attendance: ``meeting add`` in :mod:`ksplan.cli.edit`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from ksplan.cli import completion
from ksplan.cli.common import (
    AsOfOption,
    JsonOption,
    LangOption,
    NoteOption,
    PlanOption,
    as_of_date,
    cli_date,
    console,
    guarded,
    load,
    output_format,
    print_json,
    set_language,
)
from ksplan.cli.edit import SourceOption, run_edit

if TYPE_CHECKING:
    from ksplan.plan import Plan

FormatOption = Annotated[str, typer.Option("--format")]
TEXT_OR_JSON = ("text", "json")
WhenOption = Annotated[str, typer.Option("--date")]
ListOption = Annotated[list[str] | None, typer.Option()]

member_app = typer.Typer(no_args_is_help=True)
field_app = typer.Typer(no_args_is_help=True)
recommendation_app = typer.Typer(no_args_is_help=True)
input_app = typer.Typer(no_args_is_help=True)


def _show(
    plan: Path | None,
    fmt: str,
    as_json: bool,
    lang: str,
    answer: Callable[[Plan], tuple[Any, Any]],
) -> None:
    """One read command: ``answer`` gives (the JSON, the terminal view) for the loaded plan,
    each built only when it is shown."""

    def run() -> None:
        set_language(lang)
        chosen = output_format(fmt, as_json, TEXT_OR_JSON)
        as_data, as_view = answer(load(plan))
        if chosen == "json":
            print_json(as_data())
        else:
            console().print(as_view())

    guarded(run)


def members(
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    fmt: FormatOption = "text",
    as_json: JsonOption = False,
    lang: LangOption = "de",
) -> None:
    """Who holds each seat and deputy seat of the Vollversammlung on a date; open seats."""

    def answer(loaded: Plan) -> tuple[Any, Any]:
        from ksplan.views.work import members_json, members_view
        from ksplan.work import members_on

        found = members_on(loaded, as_of_date(as_of))
        established = loaded.assembly.established.date
        return lambda: members_json(found), lambda: members_view(found, established)

    _show(plan, fmt, as_json, lang, answer)


def trace(
    node_id: Annotated[str, typer.Argument(metavar="ID", autocompletion=completion.node_ids)],
    plan: PlanOption = None,
    fmt: FormatOption = "text",
    as_json: JsonOption = False,
    lang: LangOption = "de",
) -> None:
    """The chain through an input, recommendation, Handlungsfeld 2.0 or measure."""

    def answer(loaded: Plan) -> tuple[Any, Any]:
        from ksplan.views.work import trace_json, trace_view
        from ksplan.work import resolve_node
        from ksplan.work import trace as compute

        found = compute(loaded, resolve_node(loaded, node_id))
        return lambda: trace_json(loaded, found), lambda: trace_view(loaded, found)

    _show(plan, fmt, as_json, lang, answer)


def inputs(
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    lab: Annotated[str | None, typer.Option("--lab")] = None,
    open_only: Annotated[bool, typer.Option("--open")] = False,
    fmt: FormatOption = "text",
    as_json: JsonOption = False,
    lang: LangOption = "de",
) -> None:
    """The inputs from the Quartierslabore and where each stands; --open: those waiting."""

    def answer(loaded: Plan) -> tuple[Any, Any]:
        from ksplan.views.work import inputs_json, inputs_view
        from ksplan.vocabulary import named
        from ksplan.work import inputs as compute
        from ksplan.work import lab_names

        day = as_of_date(as_of)
        from ksplan.vocabulary import fold
        from ksplan.work import DIGITAL

        wanted = None
        if lab is not None and fold(lab) in ("digital", "digitale beteiligung", "online"):
            wanted = DIGITAL  # not a lab: the inputs that came in online
        elif lab is not None:
            wanted = named(lab, lab_names(loaded), "lab")
        found = compute(loaded, day, lab=wanted, open_only=open_only)
        return lambda: inputs_json(loaded, found), lambda: inputs_view(
            loaded, found, day, open_only
        )

    _show(plan, fmt, as_json, lang, answer)


@member_app.command("add")
def member_add(
    seat: Annotated[str, typer.Argument(metavar="SITZ")],
    since: Annotated[str, typer.Option("--since")],
    source: SourceOption,
    holding_id: Annotated[str | None, typer.Option("--id")] = None,
    name: Annotated[str | None, typer.Option("--name")] = None,
    role: Annotated[str | None, typer.Option("--role")] = None,
    deputy_of: Annotated[str | None, typer.Option("--deputy-of")] = None,
    until: Annotated[str | None, typer.Option("--until")] = None,
    note: NoteOption = None,
    plan: PlanOption = None,
    lang: LangOption = "de",
) -> None:
    """Record who holds a seat of the Vollversammlung (or, with --deputy-of, a deputy)."""
    from ksplan.edits_work import add_holding

    run_edit(
        plan,
        lambda d: add_holding(
            d,
            seat,
            cli_date(since),
            source,
            holding_id=holding_id,
            name=name,
            role=role,
            deputy_of=deputy_of,
            until=cli_date(until),
            note=note,
        ),
        lang,
    )


@field_app.command("add")
def field_add(
    field_id: Annotated[str, typer.Argument(metavar="ID")],
    name: Annotated[str, typer.Argument(metavar="NAME")],
    named: Annotated[str, typer.Option("--named")],
    source: SourceOption,
    meeting: Annotated[str | None, typer.Option("--meeting")] = None,
    group: ListOption = None,
    description: Annotated[str | None, typer.Option("--description")] = None,
    plan: PlanOption = None,
    lang: LangOption = "de",
) -> None:
    """Record a Handlungsfeld of Masterplan 2.0 named by the Vollversammlung."""
    from ksplan.edits_work import add_field

    run_edit(
        plan,
        lambda d: add_field(
            d,
            field_id,
            name,
            cli_date(named),
            source,
            meeting=meeting,
            groups=group,
            description=description,
        ),
        lang,
    )


@recommendation_app.command("add")
def recommendation_add(
    rec_id: Annotated[str, typer.Argument(metavar="ID")],
    meeting: Annotated[str, typer.Option("--meeting")],
    text: Annotated[str, typer.Option("--text")],
    to: Annotated[str, typer.Option("--to")],
    source: SourceOption,
    committee: Annotated[str | None, typer.Option("--committee")] = None,
    field: Annotated[str | None, typer.Option("--field")] = None,
    measure: ListOption = None,
    proposal: Annotated[bool, typer.Option("--proposal")] = False,
    plan: PlanOption = None,
    lang: LangOption = "de",
) -> None:
    """Record a recommendation (E…) or a proposal for a Vorlage (V…, --proposal)."""
    from ksplan.edits_work import add_recommendation

    run_edit(
        plan,
        lambda d: add_recommendation(
            d,
            rec_id,
            meeting,
            text,
            to,
            source,
            committee=committee,
            field=field,
            measures=measure,
            proposal=proposal,
        ),
        lang,
    )


@recommendation_app.command("step")
def recommendation_step(
    rec_id: Annotated[
        str, typer.Argument(metavar="ID", autocompletion=completion.recommendation_ids)
    ],
    step: Annotated[str, typer.Argument(metavar="SCHRITT")],
    source: SourceOption,
    when: WhenOption = "heute",
    by: Annotated[str | None, typer.Option("--by")] = None,
    note: NoteOption = None,
    plan: PlanOption = None,
    lang: LangOption = "de",
) -> None:
    """Record a step in a recommendation's course (beraten, beschlossen, umgesetzt …)."""
    from ksplan.edits_work import add_recommendation_step

    run_edit(
        plan,
        lambda d: add_recommendation_step(
            d, rec_id, step, cli_date(when), source, by=by, note=note
        ),
        lang,
    )


@input_app.command("add")
def input_add(
    input_id: Annotated[str, typer.Argument(metavar="ID")],
    text: Annotated[str, typer.Option("--text")],
    source: SourceOption,
    when: WhenOption = "heute",
    lab: Annotated[str | None, typer.Option("--lab")] = None,
    digital: Annotated[bool, typer.Option("--digital")] = False,
    note: NoteOption = None,
    plan: PlanOption = None,
    lang: LangOption = "de",
) -> None:
    """Record an input from a Quartierslabor (--lab) or from digital participation."""
    from ksplan.edits_work import add_input

    run_edit(
        plan,
        lambda d: add_input(
            d, input_id, cli_date(when), text, source, lab=lab, digital=digital, note=note
        ),
        lang,
    )


@input_app.command("step")
def input_step(
    input_id: Annotated[str, typer.Argument(metavar="ID", autocompletion=completion.input_ids)],
    step: Annotated[str, typer.Argument(metavar="SCHRITT")],
    source: SourceOption,
    when: WhenOption = "heute",
    to: Annotated[str | None, typer.Option("--to")] = None,
    target: Annotated[str | None, typer.Option("--target")] = None,
    reason: Annotated[str | None, typer.Option("--reason")] = None,
    note: NoteOption = None,
    plan: PlanOption = None,
    lang: LangOption = "de",
) -> None:
    """Record a step in an input's course: reported, or what became of it."""
    from ksplan.edits_work import add_input_step

    run_edit(
        plan,
        lambda d: add_input_step(
            d,
            input_id,
            step,
            cli_date(when),
            source,
            to=to,
            target=target,
            reason=reason,
            note=note,
        ),
        lang,
    )


def register(app: typer.Typer) -> None:
    for command in (members, trace, inputs):
        app.command()(command)
    app.add_typer(member_app, name="member")
    app.add_typer(field_app, name="handlungsfeld")
    app.add_typer(recommendation_app, name="recommendation")
    app.add_typer(input_app, name="input")
