"""The plan in git: ``ksplan diff``, ``ksplan git-setup`` and the two commands git itself
calls once set up (``git-textconv``, ``git-diff-driver``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ksplan.cli.common import (
    AsOfOption,
    JsonOption,
    LangOption,
    PlanOption,
    as_of_date,
    guarded,
    output_format,
    print_json,
    set_language,
)
from ksplan.errors import ExitCode, UsageError


def diff(
    revisions: Annotated[list[str] | None, typer.Argument(metavar="[REV [REV]]")] = None,
    plan: PlanOption = None,
    fmt: Annotated[str, typer.Option("--format")] = "text",
    as_json: JsonOption = False,
    exit_code: Annotated[bool, typer.Option("--exit-code")] = False,
    as_of: AsOfOption = None,
    lang: LangOption = "de",
) -> None:
    """What a change to the plan means: changes and their consequences."""

    def run() -> int:
        set_language(lang)
        from ksplan.diff import has_changes
        from ksplan.gitio import run_diff
        from ksplan.i18n import t
        from ksplan.paths import resolve_plan_dir, shipped
        from ksplan.views.diff import diff_json, render_markdown, render_text

        chosen = output_format(fmt, as_json, ("text", "md", "json"))
        day = as_of_date(as_of)
        directory = resolve_plan_dir(plan)
        if directory == shipped("data"):  # no plan folder here: nothing of the user's to compare
            raise UsageError(t("cli.no_plan_to_compare"))
        result = run_diff(directory, list(revisions or []), day)
        if chosen == "json":
            print_json(diff_json(result))
        else:
            sys.stdout.write((render_markdown if chosen == "md" else render_text)(result))
        return ExitCode.FAILED if exit_code and has_changes(result) else ExitCode.OK

    guarded(run)


def git_setup(plan: PlanOption = None, lang: LangOption = "de") -> None:
    """Make `git diff` and `git log -p` show ksplan's semantic diff for the plan files."""

    def run() -> None:
        set_language(lang)
        from ksplan.diff_driver import git_setup as setup
        from ksplan.diff_driver import portable_command
        from ksplan.paths import writable_plan_dir

        for line in setup(writable_plan_dir(plan), portable_command()):
            sys.stdout.write(line + "\n")

    guarded(run)


def git_textconv(path: Annotated[Path, typer.Argument()]) -> None:
    """Called by git (see `ksplan git-setup`): the file as one line per value."""

    def run() -> None:
        from ksplan.diff_driver import textconv_text

        sys.stdout.write(textconv_text(path))

    guarded(run)


def git_diff_driver(args: Annotated[list[str], typer.Argument()]) -> None:
    """Called by git (see `ksplan git-setup`): PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE …"""

    def run() -> None:
        from datetime import date

        from ksplan.diff_driver import driver_text
        from ksplan.i18n import t

        if len(args) < 5:
            raise UsageError(t("cli.diff_driver_args"))
        sys.stdout.write(driver_text(args[0], args[1], args[4], date.today()))

    guarded(run)


def register(app: typer.Typer) -> None:
    app.command()(diff)
    app.command("git-setup")(git_setup)
    app.command("git-textconv", hidden=True)(git_textconv)
    app.command("git-diff-driver", hidden=True)(git_diff_driver)
