"""``ksplan site``: the plan as a static website, with its history from git."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from ksplan.cli.common import (
    AsOfOption,
    LangOption,
    PlanOption,
    as_of_date,
    guarded,
    load,
    set_language,
)


def site(
    plan: PlanOption = None,
    out: Annotated[Path, typer.Option("--out")] = Path("site"),
    as_of: AsOfOption = None,
    lang: LangOption = "de",
    base_url: Annotated[str, typer.Option("--base-url")] = "",
    history: Annotated[bool, typer.Option("--history/--no-history")] = True,
) -> None:
    """The plan as a static website, with its history from git."""

    def run() -> None:
        language = set_language(lang)
        from ksplan.i18n import count, t
        from ksplan.paths import resolve_plan_dir
        from ksplan.site import make_site

        day = as_of_date(as_of)
        directory = resolve_plan_dir(plan)
        made = make_site(
            load(directory),
            directory,
            out,
            as_of=day,
            lang=language,
            base_url=base_url,
            history=history,
        )
        if made.history.reason is not None:
            sys.stderr.write(t("site.history.none", reason=made.history.reason) + "\n")
        if made.history.uncommitted:
            sys.stderr.write(t("site.uncommitted") + "\n")
        pages = count(made.pages, "site.noun.page")
        files = count(made.files, "site.noun.file")
        sys.stderr.write(t("site.written", out=out, pages=pages, files=files) + "\n")

    guarded(run)


def register(app: typer.Typer) -> None:
    app.command()(site)
