"""Commands that exchange the plan with the tools around the office: the status survey by
spreadsheet (``survey export``, ``survey import``), the exports (``export``) and the council
information system (``term import``). Options in, one core call, one view, exit code."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Annotated

import typer

from ksplan.cli.common import (
    PLAN_FILE_NAMES,
    AsOfOption,
    LangOption,
    PlanOption,
    as_of_date,
    guarded,
    load,
    set_language,
)
from ksplan.errors import ExitCode, UsageError

survey_app = typer.Typer(no_args_is_help=True)
term_app = typer.Typer(no_args_is_help=True)

DEFAULT_OUT = {
    "xlsx": "masterplan.xlsx",
    "ics": "masterplan.ics",
    "datapackage": "masterplan-datapackage",
}


def register(app: typer.Typer) -> None:
    app.add_typer(survey_app, name="survey")
    app.add_typer(term_app, name="term")
    app.command("export")(export)


@survey_app.command("export")
def survey_export(
    body: Annotated[
        list[str] | None,
        typer.Option("--body"),
    ] = None,
    out: Annotated[Path, typer.Option("--out")] = Path("."),
    as_of: AsOfOption = None,
    plan: PlanOption = None,
    lang: LangOption = "de",
) -> None:
    """One workbook per responsible body with its measures, to be filled in and returned."""

    def run() -> None:
        set_language(lang)
        from ksplan.survey import export_survey
        from ksplan.views.survey import export_text

        day = as_of_date(as_of)
        files = export_survey(load(plan), out, day, body or [])
        sys.stdout.write(export_text(files, day))

    guarded(run)


@survey_app.command("import")
def survey_import(
    files: Annotated[list[str], typer.Argument(metavar="DATEI")],
    apply: Annotated[bool, typer.Option("--apply")] = False,
    prefer: Annotated[
        list[str] | None,
        typer.Option("--prefer"),
    ] = None,
    as_of: AsOfOption = None,
    plan: PlanOption = None,
    lang: LangOption = "de",
) -> None:
    """Check returned workbooks row by row; show what would change, or record it (--apply)."""

    def run() -> int:
        set_language(lang)
        from ksplan.diff import diff_plans
        from ksplan.i18n import count, t
        from ksplan.loading import load_plan
        from ksplan.output import problem_line
        from ksplan.paths import writable_plan_dir
        from ksplan.survey import check_files, plan_import, read_answers, record
        from ksplan.views.diff import render_text
        from ksplan.views.survey import problems_text, summary_text

        check_files([Path(name) for name in files])
        directory = writable_plan_dir(plan)
        today = dt.date.today()
        day = as_of_date(as_of)
        current = load_plan(directory, today=today)
        books = [read_answers(current, Path(name), today) for name in files]
        found = plan_import(current, books, prefer or [])
        sys.stdout.write(problems_text(found))
        sys.stdout.write(summary_text(found))
        if apply and found.problems:
            sys.stderr.write(t("survey.refused_apply") + "\n")
            return int(ExitCode.FAILED)
        outcome = record(directory, found, write=apply)
        if outcome is None:
            sys.stdout.write(t("survey.nothing_new") + "\n")
        else:
            change = diff_plans(
                outcome.before,
                outcome.after,
                day,
                old_label=t("survey.side.plan"),
                new_label=t("survey.side.answers"),
            )
            if not apply:
                sys.stdout.write("\n" + t("survey.preview_head") + "\n")
            sys.stdout.write("\n" + render_text(change))
            if apply:
                done = count(len(found.new), "survey.noun.answers")
                sys.stdout.write(t("survey.applied", count=done, folder=directory) + "\n")
                for warning in outcome.result.warnings:
                    sys.stderr.write(problem_line(warning) + "\n")
        if found.problems or found.conflicts:
            sys.stderr.write(t("survey.not_all") + "\n")
            return int(ExitCode.FAILED)
        return 0

    guarded(run)


def export(
    fmt: Annotated[str, typer.Option("--format")],
    out: Annotated[
        Path | None,
        typer.Option("--out"),
    ] = None,
    as_of: AsOfOption = None,
    plan: PlanOption = None,
    lang: LangOption = "de",
) -> None:
    """The plan for other tools: a workbook (xlsx), a calendar (ics) or open data
    (datapackage: CSV files with datapackage.json)."""

    def run() -> None:
        set_language(lang)
        from ksplan.exports import FORMATS, write_files
        from ksplan.i18n import t
        from ksplan.paths import resolve_plan_dir

        kind = fmt.strip().lower()
        if kind not in FORMATS:
            raise UsageError(t("export.unknown_format", typed=fmt))
        day = as_of_date(as_of)
        current = load(plan)
        target = out or Path(DEFAULT_OUT[kind])
        if kind == "xlsx":
            from ksplan.exports.xlsx import workbook

            files = {target.name: workbook(current, day)}
        elif kind == "ics":
            from ksplan.exports.ics import calendar

            files = {target.name: calendar(current, day)}
        else:
            from ksplan.exports.datapackage import package

            files = package(current, day)
        directory = resolve_plan_dir(plan)
        protect = [directory / f"{n}.yaml" for n in PLAN_FILE_NAMES]
        for path in write_files(files, target, folder=kind == "datapackage", protect=protect):
            sys.stdout.write(t("export.written", path=path) + "\n")

    guarded(run)


@term_app.command("import")
def term_import(
    oparl: Annotated[str, typer.Option("--oparl")],
    term: Annotated[str, typer.Option("--term")],
    apply: Annotated[bool, typer.Option("--apply")] = False,
    timeout: Annotated[int, typer.Option("--timeout", min=1, max=600)] = 10,
    plan: PlanOption = None,
    lang: LangOption = "de",
) -> None:
    """The Fraktionen and their mandates on the term's first day, from the council information
    system (OParl 1.1); the only command that opens a network connection, to that URL only."""

    def run() -> None:
        set_language(lang)
        from ksplan.paths import writable_plan_dir
        from ksplan.term_import import term_import as run_import
        from ksplan.views.oparl import import_text

        directory = writable_plan_dir(plan)
        found = run_import(directory, oparl, term, write=apply, timeout=timeout)
        sys.stdout.write(import_text(found, written=apply))
        if apply:
            from ksplan.views.edits import write_edit

            write_edit(sys.stdout, sys.stderr, found.outcome.result, directory)

    guarded(run)
