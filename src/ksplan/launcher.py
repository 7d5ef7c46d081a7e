"""The console-script entry point: answers ``--version`` without loading the CLI framework, and
ends read-only commands without the interpreter's teardown."""

from __future__ import annotations

import sys

from ksplan.commandline import command_name

# Commands that change no file but the ones they write and close themselves (their output):
# once their output is flushed, nothing is left for the interpreter's teardown to do but free
# memory, which the operating system does at once (a tenth of a second for a large plan).
READ_ONLY = frozenset(
    {
        "validate",
        "measures",
        "seats",
        "coverage",
        "overdue",
        "check",
        "report",
        "schema",
        "members",
        "trace",
        "inputs",
        "site",
    }
    | {"diff", "git-textconv", "git-diff-driver"}
)


def main() -> None:
    """Run ksplan with ``sys.argv``; returns, or raises SystemExit, like any function."""
    if sys.argv[1:] == ["--version"]:
        from ksplan import __version__

        sys.stdout.write(f"ksplan {__version__}\n")
        return
    args = sys.argv[1:]
    if is_help(args):  # from the cache when nothing it is made of changed (ksplan.helpcache)
        from ksplan import helpcache

        text = helpcache.cached(args)
        if text is not None:  # already through ksplan.output's filter; escapes as it does
            reconfigure = getattr(sys.stdout, "reconfigure", None)
            if reconfigure is not None:
                reconfigure(errors="backslashreplace")
            sys.stdout.write(text)
            return
        from ksplan.cli import main as cli_main

        with helpcache.recording(args):
            cli_main()
        return
    from ksplan.cli import main as cli_main

    cli_main()


def is_help(args: list[str]) -> bool:
    """``--help`` after at most two command words (``ksplan measure status --help``)."""
    return (
        1 <= len(args) <= 3
        and args[-1] == "--help"
        and all(a and not a.startswith("-") for a in args[:-1])
    )


def run() -> None:
    """The ``ksplan`` program: :func:`main`, then a quick exit where that is safe.

    A read-only command runs without the cyclic garbage collector: it loads a plan of up to
    hundreds of thousands of objects that live until the process ends, and the collector
    would walk all of them again and again (a report of 10,000 measures took twice as long
    with it; the peak memory is the same without it). Reference counting frees the rest.
    """
    if _read_only(sys.argv[1:]):
        import gc

        gc.disable()
    try:
        main()
    except SystemExit as exc:
        finish(exc.code)
        raise
    finish(0)


def finish(code: object) -> None:
    """Exit at once with ``code`` after a read-only command: output flushed, exit handlers run,
    no teardown. Returns (and the interpreter exits as usual) when that is not safe: another
    command, a thread still running, or output that cannot be flushed (a closed pipe, which
    the interpreter then reports as usual)."""
    import os

    if code is None:
        code = 0
    if not isinstance(code, int) or not _read_only(sys.argv[1:]):
        return
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # a closed pipe, a full disk: the usual exit reports it as usual
        return
    import atexit

    atexit._run_exitfuncs()
    os._exit(code)


def _read_only(args: list[str]) -> bool:
    name = command_name(args)
    return name is None or name in READ_ONLY
