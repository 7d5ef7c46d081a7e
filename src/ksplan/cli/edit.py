"""The edit commands: ``measure status``, ``lab add``, ``meeting add``, ``report-event add``.
Each names one edit of :mod:`ksplan.edits`; what was written is said by
:func:`ksplan.views.edits.write_edit`."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from ksplan.cli import completion
from ksplan.cli.common import LangOption, NoteOption, PlanOption, cli_date, guarded, set_language

if TYPE_CHECKING:
    from ksplan.edits import EditResult

SourceOption = Annotated[str, typer.Option("--source")]
OptionalSource = Annotated[str | None, typer.Option("--source")]
DateArgument = Annotated[str, typer.Argument(metavar="DATUM")]

measure_app = typer.Typer(no_args_is_help=True)
lab_app = typer.Typer(no_args_is_help=True)
meeting_app = typer.Typer(no_args_is_help=True)
report_event_app = typer.Typer(no_args_is_help=True)


def run_edit(plan: Path | None, action: Callable[[Path], EditResult], lang: str) -> None:
    """Run one edit on the plan folder named (or found) and say what was written."""

    def run() -> None:
        set_language(lang)
        from ksplan.paths import writable_plan_dir
        from ksplan.views.edits import write_edit

        directory = writable_plan_dir(plan)
        write_edit(sys.stdout, sys.stderr, action(directory), directory)

    guarded(run)


@measure_app.command("status")
def measure_status(
    measure_id: Annotated[str, typer.Argument(metavar="ID", autocompletion=completion.measure_ids)],
    status: Annotated[str, typer.Argument(metavar="STAND", autocompletion=completion.status_words)],
    source: SourceOption,
    when: Annotated[str, typer.Option("--date")] = "heute",
    note: NoteOption = None,
    plan: PlanOption = None,
    lang: LangOption = "de",
) -> None:
    """Append a status entry to a measure's history (comments and layout are kept)."""
    from ksplan.edits import set_measure_status

    run_edit(
        plan,
        lambda d: set_measure_status(
            d, measure_id, status, cli_date(when, partial=True), note, source
        ),
        lang,
    )


@lab_app.command("add")
def lab_add(
    district: Annotated[
        str, typer.Argument(metavar="STADTBEZIRK", autocompletion=completion.district_ids)
    ],
    source: SourceOption,
    when: Annotated[str | None, typer.Option("--date")] = None,
    quarter: Annotated[str | None, typer.Option("--quarter")] = None,
    status: Annotated[str | None, typer.Option("--status")] = None,
    note: NoteOption = None,
    plan: PlanOption = None,
    lang: LangOption = "de",
) -> None:
    """Record a Quartierslabor in a Stadtbezirk."""
    from ksplan.edits import add_lab

    run_edit(
        plan,
        lambda d: add_lab(
            d, district, cli_date(when, partial=True), quarter, status or "held", note, source
        ),
        lang,
    )


@meeting_app.command("add")
def meeting_add(
    when: DateArgument,
    source: OptionalSource = None,
    note: NoteOption = None,
    meeting_id: Annotated[str | None, typer.Option("--id")] = None,
    kind: Annotated[str | None, typer.Option("--kind")] = None,
    agenda: Annotated[list[str] | None, typer.Option("--agenda")] = None,
    present: Annotated[list[str] | None, typer.Option("--present")] = None,
    others: Annotated[list[str] | None, typer.Option("--other")] = None,
    group: Annotated[str | None, typer.Option("--group")] = None,
    plan: PlanOption = None,
    lang: LangOption = "de",
) -> None:
    """Record a meeting of the Vollversammlung or of an Arbeitsgruppe, with who attended."""
    from ksplan.edits import add_meeting

    run_edit(
        plan,
        lambda d: add_meeting(
            d,
            cli_date(when),
            note,
            source,
            meeting_id=meeting_id,
            kind=kind,
            agenda=agenda or (),
            present=present or (),
            others=others or (),
            group=group,
        ),
        lang,
    )


@report_event_app.command("add")
def report_event_add(
    kind: Annotated[str, typer.Argument(metavar="ART")],
    when: DateArgument,
    source: OptionalSource = None,
    note: NoteOption = None,
    covers: Annotated[int | None, typer.Option("--covers")] = None,
    plan: PlanOption = None,
    lang: LangOption = "de",
) -> None:
    """Record a report given to the Rat or to the ABöOAB (``ksplan check`` looks for them)."""
    from ksplan.edits import add_report

    run_edit(plan, lambda d: add_report(d, kind, cli_date(when), note, source, covers), lang)


def register(app: typer.Typer) -> None:
    app.add_typer(measure_app, name="measure")
    app.add_typer(lab_app, name="lab")
    app.add_typer(meeting_app, name="meeting")
    app.add_typer(report_event_app, name="report-event")
