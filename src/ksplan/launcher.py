"""The console-script entry point: answers ``--version`` without loading the CLI framework."""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from ksplan import __version__

        sys.stdout.write(f"ksplan {__version__}\n")
        return
    from ksplan.cli import main as cli_main

    cli_main()
