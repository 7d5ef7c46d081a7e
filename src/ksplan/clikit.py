"""Starting the command line quickly: only what the command being run needs.

* Only the command named on the command line is built (a lazy command group): typer would
  otherwise turn all commands and their options into a click tree first. ``ksplan --help``,
  no command, or an unknown one (which is answered with the list) build them all.
* Options are converted without pydantic where a plain conversion gives exactly the same
  value: typer converts every option through a pydantic ``TypeAdapter``, and building those
  imports pydantic and compiles a validator for each option, even for commands that use no
  model (``seats --faction …``). Anything else (a bad number, an unusual type) is left to
  typer, so its messages stay the same.

Both work with typer's public objects and two attributes of its parameters
(``type_descriptor`` and ``_runtime_param``); where a typer version lacks them, nothing is
changed and typer converts as usual.
"""

from __future__ import annotations

import copy
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import typer
import typer.main
from typer._coercion import RuntimeParam

from ksplan.commandline import command_name

_WHOLE_NUMBER = re.compile(r"[0-9]{1,18}")


def _name(info: Any) -> str | None:
    if info.name:
        return str(info.name)
    callback = getattr(info, "callback", None)
    if callback is None:
        return None
    return typer.main.get_command_name(callback.__name__)


def lean(app: typer.Typer, name: str | None) -> typer.Typer:
    """``app`` with only the command (or command group) ``name``; all of it when unknown."""
    if name is None:
        return app
    commands = [c for c in app.registered_commands if _name(c) == name]
    groups = [g for g in app.registered_groups if _name(g) == name]
    if not commands and not groups:
        return app  # typer lists the commands there are
    only = copy.copy(app)
    only.registered_commands = commands
    only.registered_groups = groups
    return only


class PlainParam(RuntimeParam):
    """Converts an option's text without pydantic where that is exact; otherwise typer does."""

    def _coerce_value(self, value: Any, param: Any, ctx: Any) -> Any:
        annotation = self.annotation
        info = self.parameter_info
        plain = info.parser is None and getattr(info, "click_type", None) is None
        if plain and isinstance(value, str):
            if annotation is str:
                return value
            if annotation is int and info.min is None and info.max is None:
                if _WHOLE_NUMBER.fullmatch(value):
                    return int(value)
            elif annotation is Path and info.path_type is None and "\x00" not in value:
                from typer._param_types import coerce_cli_path

                # typer converts the text with pydantic, then checks the path; given a Path,
                # it only checks
                return coerce_cli_path(Path(value), info, path_type=Path, param=param, ctx=ctx)
        if (
            plain
            and annotation == list[str]
            and isinstance(value, (list, tuple))
            and all(isinstance(v, str) for v in value)
        ):
            return list(value)
        return self._typer(param)._coerce_value(value, param, ctx)

    def _typer(self, param: Any) -> RuntimeParam:
        from typer._coercion import build_runtime_param

        return build_runtime_param(param.type_descriptor)


def _plain(param: Any) -> None:
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None or getattr(param, "_runtime_param", "absent") is not None:
        return
    if descriptor.file_annotation is None:
        param._runtime_param = PlainParam(
            parameter_info=descriptor.parameter_info, annotation=descriptor.annotation
        )


def _plain_params(command: Any) -> None:
    for param in getattr(command, "params", ()):
        _plain(param)
    built = command.get_help_option  # built when the command line is parsed

    def help_option(ctx: Any) -> Any:
        option = built(ctx)
        _plain(option)
        return option

    command.get_help_option = help_option
    for sub in getattr(command, "commands", {}).values():
        _plain_params(sub)


def build(app: typer.Typer, args: Sequence[str]) -> Any:
    """The click command that runs ``args``: only the command named, options converted
    plainly, help drawn from the catalogue, in the language the command line asks for."""
    from ksplan.cli.completion import prepare
    from ksplan.i18n import language_in, use
    from ksplan.views import help

    use(language_in(list(args)))  # help and command-line mistakes are worded before any command
    prepare()
    command = typer.main.get_command(lean(app, command_name(list(args))))
    _plain_params(command)
    help.install(command)
    return command


def start(app: typer.Typer, args: Sequence[str] | None = None) -> Any:
    """Run a command line (default: the process's own) as ``app()`` would, built leaner."""
    return build(app, sys.argv[1:] if args is None else list(args))(args)
