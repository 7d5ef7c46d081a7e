"""What a command line names, read before anything else is loaded: the launcher decides with
it how to start, and the command line builds only that command."""

from __future__ import annotations


def command_name(args: list[str]) -> str | None:
    """The command a command line runs: its first word that is not an option."""
    for arg in args:
        if arg == "--":
            return None
        if not arg.startswith("-"):
            return arg
    return None
