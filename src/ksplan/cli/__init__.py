"""The command line: options in, one call into the core, one view, an exit code.

One module per family of commands; each says in ``register`` which commands it adds. Heavy
modules (the models, rich tables, jinja2) are imported inside the commands that need them,
so that ``ksplan --version`` and ``--json`` output stay quick. Help screens are drawn by
:mod:`ksplan.views.help` from the catalogue, in the language in force.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated

import typer

from ksplan import __version__
from ksplan.cli import (
    completion,
    edit,
    exchange,
    git,
    report,
    seats,
    site,
    standing,
    validate,
    work,
)
from ksplan.cli.common import fail, safe_streams
from ksplan.errors import ExitCode, KsplanError

app = typer.Typer(
    name="ksplan",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"ksplan {__version__}\n")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True)] = False,
    lang: Annotated[str, typer.Option("--lang", envvar="KSPLAN_LANG")] = "de",
    install_completion: Annotated[
        bool,
        typer.Option("--install-completion", callback=completion.install_completion, is_eager=True),
    ] = False,
) -> None:
    """ksplan: the security masterplan as data."""


for family in (validate, standing, seats, report, site, git, edit, exchange, work):
    family.register(app)


def main() -> None:
    """Console-script entry point."""
    safe_streams()
    from ksplan.clikit import start
    from ksplan.views.usage import install

    install()  # command-line mistakes in the clerk's language, not typer's English panel
    try:
        start(app)  # app(), building only the command that runs, with help from the catalogue
    except KsplanError as error:  # pragma: no cover - commands catch their own
        fail(error)
    except Exception as exc:  # a bug, not bad input: say so briefly, full trace on request
        if os.environ.get("KSPLAN_DEBUG"):
            raise
        from ksplan.i18n import t
        from ksplan.output import visible

        what = visible(f"{type(exc).__name__}: {exc}")
        sys.stderr.write(f"ksplan: {t('cli.internal_error', error=what)}\n")
        sys.exit(int(ExitCode.INTERNAL))
