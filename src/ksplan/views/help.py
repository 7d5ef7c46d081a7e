"""The help screens (``ksplan --help``, ``ksplan COMMAND --help``, a command group without a
command), drawn from the catalogue (``ksplan.texts.help``) in the language in force.

The texts are found by the command's path and the option's name: ``help.seats`` is what
``ksplan seats`` does, ``help.seats.term`` what its ``--term`` means, and ``help.opt.plan``
serves ``--plan`` wherever no command has a text of its own for it; ``help.metavar.term``
names the value an option takes (``WAHLPERIODE``), ``help.seats.exit`` its exit statuses.
tests/test_help.py checks that every command, option and value has its text.

Plain text: no boxes, no type names, a flag shown without a value; lines wrapped at the
terminal's width, or at ``COLUMNS`` when piped, or not at all (as every other output), never
inside a word, continuation lines indented.
"""

from __future__ import annotations

import sys
import textwrap
import types
from typing import Any

from ksplan.i18n import t
from ksplan.output import output_width
from ksplan.texts import TEXTS

INDENT = 2
GAP = 2


def text_key(ctx: Any) -> str:
    """``help.measure.status`` for ``ksplan measure status``; ``help.ksplan`` for the root."""
    words: list[str] = []
    while ctx.parent is not None:  # the program's own name (``python -m ksplan``) is not one
        words.insert(0, ctx.info_name)
        ctx = ctx.parent
    return "help." + (".".join(words) if words else "ksplan")


def param_key(command_key: str, name: str, kind: str = "") -> str | None:
    """The catalogue key of an option's text (``kind`` ``""``) or value name (``metavar``)."""
    if kind == "metavar":
        candidates = [f"{command_key}.metavar.{name}", f"help.metavar.{name}"]
    else:
        candidates = [f"{command_key}.{name}", f"help.opt.{name}"]
    return next((key for key in candidates if key in TEXTS), None)


def value_name(command_key: str, param: Any) -> str:
    key = param_key(command_key, param.name, "metavar")
    if key is not None:
        return t(key)
    return str(param.name).upper()


def usage_line(ctx: Any) -> str:
    """``Aufruf: ksplan seats [OPTIONEN]`` / ``Usage: ksplan measure status [OPTIONS] ID …``."""
    command = ctx.command
    key = text_key(ctx)
    parts = [t("usage.usage"), ctx.command_path]
    if any(_shown(p) and _is_option(p) for p in command.params):
        parts.append(t("usage.options"))
    for param in command.params:
        if _shown(param) and not _is_option(param):
            name = value_name(key, param)
            if param.nargs != 1:
                name = f"{name} …"
            if not param.required:
                name = f"[{name}]"
            parts.append(name)
    if hasattr(command, "commands"):
        parts.append(t("help.command_word"))
    return " ".join(parts)


def render(ctx: Any) -> str:
    """The whole help screen of the command in ``ctx``."""
    width = output_width(sys.stdout)
    wrap = _Wrapper(width)
    command = ctx.command
    key = text_key(ctx)
    out = [usage_line(ctx), ""]
    if key in TEXTS:
        for paragraph in t(key).split("\n\n"):
            out += [wrap.para(paragraph), ""]
    commands = getattr(command, "commands", None)
    if commands:
        rows = [
            (name, summary(f"{key}.{name}" if key != "help.ksplan" else f"help.{name}"))
            for name, sub in commands.items()
            if not getattr(sub, "hidden", False)
        ]
        out.append(t("help.commands_title"))
        out += wrap.rows(rows)
        out.append("")
    arguments = [p for p in command.params if _shown(p) and not _is_option(p)]
    if arguments:
        out.append(t("help.arguments_title"))
        out += wrap.rows([(value_name(key, p), _param_text(key, p)) for p in arguments])
        out.append("")
    options = [p for p in command.params if _shown(p) and _is_option(p)]
    help_option = command.get_help_option(ctx)
    if help_option is not None and help_option not in options:
        options.append(help_option)
    if options:
        out.append(t("help.options_title"))
        out += wrap.rows([(_option_label(key, p), _param_text(key, p)) for p in options])
        out.append("")
    if f"{key}.exit" in TEXTS:
        for paragraph in t(f"{key}.exit").split("\n\n"):
            out += [wrap.para(paragraph), ""]
    return "\n".join(out).rstrip("\n") + "\n"


def summary(key: str) -> str:
    """A command's first paragraph: its line in its group's list."""
    return t(key).split("\n\n")[0] if key in TEXTS else ""


def install(command: Any) -> None:
    """Let ``command`` and every command under it draw their help with :func:`render`."""

    def format_help(self: Any, ctx: Any, formatter: Any) -> None:
        formatter.write(render(ctx))

    command.format_help = types.MethodType(format_help, command)
    for sub in getattr(command, "commands", {}).values():
        install(sub)


def _shown(param: Any) -> bool:
    return not getattr(param, "hidden", False)


def _is_option(param: Any) -> bool:
    return type(param).__name__.endswith("Option")


def _option_label(key: str, param: Any) -> str:
    names = ", ".join(sorted(param.opts, key=len))
    if getattr(param, "is_flag", False):  # a flag takes no value
        return names
    return f"{names} {value_name(key, param)}"


def _param_text(key: str, param: Any) -> str:
    found = param_key(key, param.name)
    parts = [t(found)] if found is not None else []
    default = param.default
    if getattr(param, "required", False) and _is_option(param):
        parts.append(t("help.required"))
    elif isinstance(default, str) and default not in ("", "heute") and not param.is_flag:
        parts.append(t("help.default", value=default))
    envvar = getattr(param, "envvar", None)
    if envvar:
        parts.append(t("help.envvar", name=envvar))
    return " ".join(parts)


class _Wrapper:
    """Paragraphs and two-column rows, wrapped at ``width`` (None: the terminal's; 0: never)."""

    def __init__(self, width: int | None) -> None:
        if width is None:
            import shutil

            width = shutil.get_terminal_size((100, 24)).columns
        self.width = width

    def para(self, text: str, indent: int = 0) -> str:
        text = " ".join(text.split())
        if not self.width:
            return " " * indent + text
        return textwrap.fill(
            text,
            width=max(self.width, 40),
            initial_indent=" " * indent,
            subsequent_indent=" " * indent,
            break_long_words=False,
            break_on_hyphens=False,
        )

    def rows(self, rows: list[tuple[str, str]]) -> list[str]:
        label_width = max((len(label) for label, _ in rows), default=0)
        label_width = min(label_width, 28)
        column = INDENT + label_width + GAP
        lines = []
        for label, text in rows:
            head = " " * INDENT + label
            text = " ".join(text.split())
            if not text:
                lines.append(head)
                continue
            if len(head) + GAP > column:  # a long label: its text starts on the next line
                lines.append(head)
                head = ""
            if not self.width:
                lines.append(head.ljust(column) + text)
                continue
            wrapped = textwrap.wrap(
                text,
                width=max(self.width - column, 20),
                break_long_words=False,
                break_on_hyphens=False,
            )
            lines.append((head.ljust(column) if head or wrapped else head) + wrapped[0])
            lines += [" " * column + line for line in wrapped[1:]]
        return lines
