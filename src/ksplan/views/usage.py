"""Mistakes on the command line itself (a missing option, a misspelt option or command),
worded like every other message: German by default, English with ``--lang en`` or
``KSPLAN_LANG=en``.

typer reports these before any ksplan code runs, in English; :func:`install` puts
:func:`show` in the place where typer prints them.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import re
import sys
from typing import Any

from ksplan.i18n import Lang, language, t


def _param_name(param: Any, ctx: Any = None) -> str:
    """An option by its longest flag; an argument by the value name its usage line shows
    (``DATEI``, ``MASSNAHME``), not by the parameter's name in the code."""
    opts = getattr(param, "opts", None) or []
    longest = max(opts, key=len) if opts else ""
    if longest.startswith("-"):
        return str(longest)
    if ctx is not None:
        from ksplan.views.help import text_key, value_name

        return value_name(text_key(ctx), param)
    return str(getattr(param, "human_readable_name", "") or longest).upper()


def message(error: Any, lang: Lang) -> str:
    """The error in ``lang``: what was wrong, said plainly."""
    kind = type(error).__name__
    text = str(error.format_message()) if hasattr(error, "format_message") else str(error)
    if kind == "MissingParameter":
        param = getattr(error, "param", None)
        name = _param_name(param, getattr(error, "ctx", None)) if param is not None else "?"
        key = "usage.missing_option" if name.startswith("-") else "usage.missing_argument"
        return t(key, lang, name=name)
    if kind == "NoSuchOption":
        option = getattr(error, "option_name", "")
        possible = list(getattr(error, "possibilities", None) or [])
        hint = t("usage.did_you_mean", lang, names=", ".join(possible)) if possible else "."
        return t("usage.no_such_option", lang, name=option, hint=hint)
    found = re.match(r"No such command '(.+?)'\.(?: Did you mean (.+)\?)?", text)
    if found:
        hint = t("usage.did_you_mean", lang, names=found.group(2)) if found.group(2) else "."
        return t("usage.no_such_command", lang, name=found.group(1), hint=hint)
    if kind == "BadParameter":
        param = getattr(error, "param", None)
        name = _param_name(param, getattr(error, "ctx", None)) if param is not None else "?"
        reason = str(getattr(error, "message", text))
        if "valid integer" in reason:
            reason = t("usage.integer", lang)
        return t("usage.bad_value", lang, name=name, reason=reason)
    needs = re.match(r"Option '(.+?)' requires an argument", text)
    if needs:
        return t("usage.needs_value", lang, name=needs.group(1))
    extra = re.match(r"Got unexpected extra argument(?:s|\(s\))? \((.+)\)", text)
    if extra:
        return t("usage.extra_arguments", lang, args=extra.group(1))
    return text


def show(error: Any) -> None:
    """Print a command-line mistake: the usage line, where to find help, what was wrong."""
    from ksplan.output import visible

    lang = language()  # as the command line asks (ksplan.clikit.build)
    ctx = getattr(error, "ctx", None)
    if type(error).__name__ == "NoArgsIsHelpError" and ctx is not None:  # a group alone
        sys.stderr.write(visible(ctx.get_help(), lines=True) + "\n")
        return
    lines = []
    if ctx is not None:
        from ksplan.views.help import usage_line

        lines.append(usage_line(ctx))
        lines.append(t("usage.help", lang, command=ctx.command_path))
    lines.append(f"ksplan: {message(error, lang)}")
    sys.stderr.write("\n".join(visible(line) for line in lines) + "\n")


class _OnImport(importlib.abc.MetaPathFinder):
    """Puts :func:`show` into ``typer.rich_utils`` when typer loads it — only when there is a
    mistake to report or help to show, so that a command that needs neither loads no rich."""

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name != "typer.rich_utils":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is None or spec.loader is None:
            return spec
        loader = spec.loader
        original = loader.exec_module

        def exec_module(module: Any) -> None:
            original(module)
            module.rich_format_error = show

        loader.exec_module = exec_module  # type: ignore[method-assign]
        return spec


def install() -> None:
    """Let :func:`show` report command-line mistakes instead of typer's English panel."""
    loaded = sys.modules.get("typer.rich_utils")
    if loaded is not None:
        loaded.rich_format_error = show  # type: ignore[attr-defined]
    elif not any(isinstance(f, _OnImport) for f in sys.meta_path):
        sys.meta_path.insert(0, _OnImport())
