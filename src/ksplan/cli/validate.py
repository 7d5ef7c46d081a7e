"""``ksplan validate`` and ``ksplan schema``: is the plan well-formed, and its JSON Schemas."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ksplan.cli.common import LangOption, PlanOption, guarded, output_format, set_language


def validate(
    plan: PlanOption = None,
    fmt: Annotated[str, typer.Option("--format")] = "text",
    lang: LangOption = "de",
) -> None:
    """Check the whole plan against its models and rules; list every problem found."""

    def run() -> int:
        set_language(lang)
        from ksplan.validation import validate_plan
        from ksplan.views.validation import write_validation

        chosen = output_format(fmt, False, ("text", "json", "github"))
        outcome = validate_plan(plan)
        write_validation(sys.stdout, outcome, chosen)
        return outcome.exit_code

    guarded(run)


def schema(
    out: Annotated[Path, typer.Option("--out")] = Path("schemas"), lang: LangOption = "de"
) -> None:
    """Write a JSON Schema (draft 2020-12) for each plan file, for editors and other tools."""

    def run() -> None:
        set_language(lang)
        from ksplan.i18n import t
        from ksplan.schema import write_schemas

        for path in write_schemas(out):
            sys.stdout.write(t("edit.wrote", path=path) + "\n")

    guarded(run)


def register(app: typer.Typer) -> None:
    app.command()(validate)
    app.command()(schema)
