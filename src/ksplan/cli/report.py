"""``ksplan report``: the report to the council, as Markdown or HTML."""

from __future__ import annotations

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
    output_format,
    set_language,
)


def report(
    plan: PlanOption = None,
    fmt: Annotated[str, typer.Option("--format")] = "md",
    out: Annotated[Path | None, typer.Option("--out")] = None,
    as_of: AsOfOption = None,
    lang: LangOption = "de",
    template: Annotated[Path | None, typer.Option("--template")] = None,
    history: Annotated[bool, typer.Option("--history")] = False,
) -> None:
    """The report to the council: key figures, seats, labs, overdue measures, orders."""

    def run() -> None:
        language = set_language(lang)
        from ksplan.cache import report_text
        from ksplan.i18n import t
        from ksplan.paths import resolve_plan_dir
        from ksplan.report import write_report

        chosen = output_format(fmt, False, ("md", "html"))
        day = as_of_date(as_of)
        directory = resolve_plan_dir(plan)
        if history:  # read from git on every run, not cached
            from ksplan.cache import load_plan
            from ksplan.report import render_report
            from ksplan.site import read_history

            found = read_history(directory)
            if found.reason is not None:
                sys.stderr.write(t("site.history.none", reason=found.reason) + "\n")
            text = render_report(load_plan(directory), day, chosen, language, template, found)
        else:
            text = report_text(directory, day, chosen, language, template)  # cached if unchanged
        if out is None or str(out) == "-":
            sys.stdout.write(text)
        else:
            write_report(text, out, protect=[directory / f"{n}.yaml" for n in PLAN_FILE_NAMES])
            sys.stderr.write(t("edit.wrote", path=out) + "\n")

    guarded(run)


def register(app: typer.Typer) -> None:
    app.command()(report)
