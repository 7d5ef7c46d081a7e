"""What every command shares: its options, the language, loading the plan, and the one place
that turns an error into a message on standard error and an exit status (:func:`guarded`).

Option help is not written here: the help screen (:mod:`ksplan.views.help`) takes every
command's and option's text from the catalogue (``ksplan.texts.help``), in the language in
force.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from ksplan.errors import ExitCode, KsplanError, UsageError

if TYPE_CHECKING:
    import datetime as dt

    from ksplan.i18n import Lang
    from ksplan.plan import Plan

PlanOption = Annotated[Path | None, typer.Option("--plan", envvar="KSPLAN_PLAN")]
AsOfOption = Annotated[str | None, typer.Option("--as-of")]
JsonOption = Annotated[bool, typer.Option("--json")]
LangOption = Annotated[str, typer.Option("--lang", envvar="KSPLAN_LANG")]
StrictOption = Annotated[bool, typer.Option("--strict")]
NoteOption = Annotated[str | None, typer.Option("--note")]

PLAN_FILE_NAMES = ("measures", "assembly", "districts", "orders")


def set_language(lang: str) -> Lang:
    """The language asked for, which from now on every text of this command is worded in."""
    from ksplan.i18n import parse_language, t, use

    chosen = parse_language(lang)
    if chosen is None:
        raise UsageError(t("cli.unknown_language", typed=lang))
    use(chosen)
    return chosen


def output_format(fmt: str, as_json: bool, known: tuple[str, ...]) -> str:
    """The output format asked for: ``--format`` (any letter case), ``--json`` its short form."""
    from ksplan.i18n import t

    chosen = "json" if as_json else fmt.strip().lower()
    if chosen not in known:
        raise UsageError(t("cli.unknown_format", typed=fmt, known=", ".join(known)))
    return chosen


def fail(error: KsplanError) -> NoReturn:
    """The one place that turns an error into output on stderr and an exit status."""
    from ksplan.output import visible, write_problems

    try:
        if error.problems:
            write_problems(error.problems, "text", sys.stderr)
        sys.stderr.write(f"ksplan: {visible(error.message)}\n")
        sys.stderr.flush()
    except (KsplanError, OSError):  # standard error itself cannot be written: the status says it
        silence(sys.stderr)
    raise typer.Exit(int(error.exit_code))


def safe_streams() -> None:
    """Route standard output and error through :class:`ksplan.output.SafeOutput` (once).

    A terminal that can only show ASCII gets escapes (``\\xfc``) instead of a crash.
    """
    from ksplan.output import SafeOutput

    for name in ("stdout", "stderr"):
        current = getattr(sys, name)
        if isinstance(current, SafeOutput):
            continue
        reconfigure = getattr(current, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(Exception):
                reconfigure(errors="backslashreplace")
        setattr(sys, name, SafeOutput(current, name))


def silence(stream: Any) -> None:
    """Point a stream that failed at /dev/null, so that nothing fails again when it is flushed
    at exit (the data it still holds is lost either way)."""
    raw = getattr(stream, "raw", stream)
    with contextlib.suppress(Exception):
        fd = raw.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, fd)
        os.close(null)


def guarded(fn: Callable[[], int | None]) -> None:
    """Run a command body; map ksplan errors to their exit codes, never a traceback.

    Standard output that cannot be written ends the command with exit 2 and a message on
    standard error; a pipe whose reader has gone (``ksplan … | head``) ends it silently with 1.
    """
    from ksplan.i18n import parse_language, t, use
    from ksplan.output import OutputUnwritable

    safe_streams()
    use(parse_language(os.environ.get("KSPLAN_LANG", "")) or "de")
    try:
        code = fn()
        sys.stdout.flush()
    except BrokenPipeError:
        silence(sys.stdout)
        raise typer.Exit(int(ExitCode.FAILED)) from None
    except KsplanError as error:
        if isinstance(error, OutputUnwritable):
            silence(sys.stdout)
        fail(error)
    except KeyboardInterrupt:
        sys.stderr.write(f"ksplan: {t('cli.interrupted')}\n")
        raise typer.Exit(int(ExitCode.INTERRUPTED)) from None
    raise typer.Exit(int(code or 0))


def load(plan_dir: Path | None) -> Plan:
    """The plan for a read-only command (from the cache when its files are unchanged)."""
    from ksplan.cache import load_plan
    from ksplan.paths import resolve_plan_dir

    return load_plan(resolve_plan_dir(plan_dir))


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def console() -> Any:
    from ksplan.output import safe_console

    return safe_console()


def cli_date(text: str | None, *, partial: bool = False) -> Any:
    """A date from the command line (ISO, German or 'heute'/'today'); a clear usage error if
    not. With ``partial``, a month or a year alone is a date too."""
    from ksplan.dates import PartialDate, parse_cli_date

    if text is None:
        return None
    try:
        if partial:
            if text.strip().lower() in ("today", "heute") or "." in text:
                return PartialDate.parse(parse_cli_date(text))
            return PartialDate.parse(text)
        return parse_cli_date(text)
    except ValueError as exc:
        raise UsageError(f"{exc}") from None


def as_of_date(text: str | None) -> dt.date:
    """``--as-of``, or today."""
    from datetime import date

    day: dt.date = date.today() if text is None else cli_date(text)
    return day


def verdict_code(outcomes: list[str], strict: bool) -> int:
    """Exit 1 for ``not_met``; with --strict also for ``no_evidence``."""
    bad = {"not_met", "no_evidence"} if strict else {"not_met"}
    return ExitCode.FAILED if bad.intersection(outcomes) else ExitCode.OK
