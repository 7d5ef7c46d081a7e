"""Shell completion: ``ksplan --install-completion`` (bash, zsh) and what the shell is offered
while typing — measure IDs, district IDs, status words and term names from the plan.

The scripts and their installation are typer's; what ksplan says about them is its own. The
shell runs ``ksplan`` with ``_KSPLAN_COMPLETE`` set to ask for completions
(:func:`ksplan.clikit.build` prepares that); a plan that cannot be read offers nothing.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import typer

COMPLETE_VAR = "_KSPLAN_COMPLETE"
SHELLS = ("bash", "zsh")


def _plan(ctx: Any) -> Any:
    """The plan named on the command line so far (or found as usual), or None."""
    from ksplan.cache import load_plan
    from ksplan.errors import KsplanError
    from ksplan.paths import resolve_plan_dir

    root = ctx
    named = None
    while root is not None:
        named = named or root.params.get("plan")
        root = root.parent
    try:
        return load_plan(resolve_plan_dir(Path(named) if named else None))
    except (KsplanError, OSError):
        return None


def _matching(words: list[str], incomplete: str) -> list[str]:
    typed = incomplete.casefold()
    return [w for w in words if w.casefold().startswith(typed)]


def measure_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    plan = _plan(ctx)
    return _matching([m.id for m in plan.measures] if plan else [], incomplete)


def district_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    plan = _plan(ctx)
    return _matching([d.id for d in plan.districts_file.districts] if plan else [], incomplete)


def term_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    plan = _plan(ctx)
    return _matching([term.id for term in plan.assembly.terms] if plan else [], incomplete)


def node_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    """Everything ``ksplan trace`` follows: inputs, recommendations, Handlungsfelder 2.0 and
    measures."""
    plan = _plan(ctx)
    if plan is None:
        return []
    a = plan.assembly
    found = [*(i.id for i in a.inputs), *(r.id for r in a.recommendations)]
    found += [*(f.id for f in a.fields_2), *(m.id for m in plan.measures)]
    return _matching(found, incomplete)


def recommendation_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    plan = _plan(ctx)
    return _matching([r.id for r in plan.assembly.recommendations] if plan else [], incomplete)


def input_ids(ctx: typer.Context, incomplete: str) -> list[str]:
    plan = _plan(ctx)
    return _matching([i.id for i in plan.assembly.inputs] if plan else [], incomplete)


def status_words(incomplete: str) -> list[str]:
    """The German status words (what a clerk types) and the plan's own."""
    from ksplan.models import STATUSES

    german = ["geplant", "in_umsetzung", "erledigt", "verworfen", "unbekannt"]
    return _matching([*german, *STATUSES], incomplete)


def prepare() -> None:
    """Before the command line is read: when the shell asks for completions, let typer answer
    in bash's and zsh's form."""
    if os.environ.get(COMPLETE_VAR):
        from typer._completion_classes import completion_init

        completion_init()


def install_completion(value: bool) -> None:
    """``--install-completion``: the script for the shell in use, and a line in its rc file."""
    if not value:
        return
    from typer._completion_shared import install

    from ksplan.i18n import t

    shell = Path(os.environ.get("SHELL", "")).name
    if shell not in SHELLS:
        sys.stderr.write(t("cli.completion.unknown_shell", shell=shell or "?") + "\n")
        raise typer.Exit(2)
    _, path = install(shell=shell, prog_name="ksplan", complete_var=COMPLETE_VAR)
    sys.stdout.write(t("cli.completion.installed", shell=shell, path=path) + "\n")
    raise typer.Exit(0)
