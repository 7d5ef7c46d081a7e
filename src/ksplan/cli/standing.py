"""Where the plan stands: ``measures``, ``coverage``, ``overdue`` and ``check``."""

from __future__ import annotations

from typing import Annotated

import typer

from ksplan.cli import completion
from ksplan.cli.common import (
    AsOfOption,
    JsonOption,
    LangOption,
    PlanOption,
    StrictOption,
    as_of_date,
    console,
    guarded,
    load,
    output_format,
    print_json,
    set_language,
    verdict_code,
)

FormatOption = Annotated[str, typer.Option("--format")]
FieldOption = Annotated[str | None, typer.Option("--field")]
OwnerOption = Annotated[str | None, typer.Option("--owner")]
TEXT_OR_JSON = ("text", "json")


def measures(
    plan: PlanOption = None,
    field: FieldOption = None,
    owner: OwnerOption = None,
    status: Annotated[
        str | None, typer.Option("--status", autocompletion=completion.status_words)
    ] = None,
    fmt: FormatOption = "text",
    as_json: JsonOption = False,
    lang: LangOption = "de",
) -> None:
    """The catalogue of measures, with horizon, Handlungsfeld, owners, status and due date."""

    def run() -> None:
        set_language(lang)
        from ksplan.catalogue import catalogue_rows, filter_measures
        from ksplan.vocabulary import status as status_word

        chosen = output_format(fmt, as_json, TEXT_OR_JSON)
        loaded = load(plan)
        wanted = status_word(status) if status is not None else None
        rows = catalogue_rows(
            loaded, filter_measures(loaded, field=field, owner=owner, status=wanted)
        )
        if chosen == "json":
            print_json(rows)
            return
        from ksplan.views.catalogue import catalogue_view

        console().print(catalogue_view(loaded.measures_file.plan.title, rows))

    guarded(run)


def coverage(
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    strict: StrictOption = False,
    fmt: FormatOption = "text",
    as_json: JsonOption = False,
    lang: LangOption = "de",
) -> None:
    """Quartierslabore: which Stadtbezirke have a lab recorded on a date; the deadline order."""

    def run() -> int:
        from ksplan.coverage import coverage as compute
        from ksplan.coverage import coverage_json
        from ksplan.orders import evaluate

        day = as_of_date(as_of)
        language = set_language(lang)
        chosen = output_format(fmt, as_json, TEXT_OR_JSON)
        loaded = load(plan)
        cov = compute(loaded, day)
        order = loaded.lab_deadline
        verdict = evaluate(loaded, order, day) if order is not None else None
        code = verdict_code([verdict.outcome] if verdict else [], strict)
        if chosen == "json":
            print_json(coverage_json(cov, language, verdict.outcome if verdict else None))
            return code
        from ksplan.views.standing import coverage_view

        console().print(coverage_view(cov, verdict))
        return code

    guarded(run)


def overdue(
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    field: FieldOption = None,
    owner: OwnerOption = None,
    strict: StrictOption = False,
    fmt: FormatOption = "text",
    as_json: JsonOption = False,
    lang: LangOption = "de",
) -> None:
    """Measures past their due date: overdue, and apart from them those of unknown status."""

    def run() -> int:
        from ksplan.deadlines import overdue_json, past_due
        from ksplan.orders import evaluate

        day = as_of_date(as_of)
        set_language(lang)
        chosen = output_format(fmt, as_json, TEXT_OR_JSON)
        loaded = load(plan)
        items = past_due(loaded, day, field=field, owner=owner)
        orders = loaded.orders_of("measures-due")
        verdict = evaluate(loaded, orders[0], day) if orders else None
        code = verdict_code([verdict.outcome] if verdict else [], strict)
        if chosen == "json":
            print_json(overdue_json(loaded, items))
            return code
        from ksplan.views.standing import overdue_view

        console().print(overdue_view(day, len(loaded.measures), items, verdict))
        return code

    guarded(run)


def check(
    plan: PlanOption = None,
    as_of: AsOfOption = None,
    strict: StrictOption = False,
    fmt: FormatOption = "text",
    as_json: JsonOption = False,
    lang: LangOption = "de",
) -> None:
    """The council's orders (orders.yaml), each checked on a date."""

    def run() -> int:
        from ksplan.orders import check as compute
        from ksplan.orders import check_json

        day = as_of_date(as_of)
        language = set_language(lang)
        chosen = output_format(fmt, as_json, TEXT_OR_JSON)
        loaded = load(plan)
        results = compute(loaded, day)
        code = verdict_code([r.outcome for r in results], strict)
        if chosen == "json":
            print_json(check_json(loaded, results, language))
            return code
        from ksplan.views.standing import check_view

        console().print(check_view(day, results))
        return code

    guarded(run)


def register(app: typer.Typer) -> None:
    for command in (measures, coverage, overdue, check):
        app.command()(command)
