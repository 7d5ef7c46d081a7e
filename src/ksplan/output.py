"""The one place that turns problems into text, JSON or GitHub annotations.

Annotations are written with plain ``write`` calls, never through rich: rich would wrap long
lines and swallow ``[bracketed]`` text as markup.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import TextIO

from ksplan.errors import Problem

# Control characters would be obeyed by the terminal or CI log that shows a message (colours,
# cursor moves, a new line that looks like another problem): they are shown as escapes.
_CONTROL_RE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f]")
_NAMED = {"\n": "\\n", "\r": "\\r"}


def _visible(text: str) -> str:
    """``text`` with every control character (but tab) written as an escape, e.g. ``\\x1b``."""
    return _CONTROL_RE.sub(lambda m: _NAMED.get(m.group(), f"\\x{ord(m.group()):02x}"), text)


def _where(p: Problem) -> str:
    where = p.file
    if p.line is not None:
        where += f":{p.line}"
        if p.column is not None:
            where += f":{p.column}"
    return where


def problem_line(p: Problem) -> str:
    """``FILE:LINE:COL: path.to.field: message`` (``warning:`` marks warnings)."""
    parts = [_where(p)]
    if p.severity == "warning":
        parts.append("warning")
    if p.field:
        parts.append(p.field)
    parts.append(p.message)
    return _visible(": ".join(parts))


def problem_dict(p: Problem) -> dict[str, object]:
    return {
        "file": p.file,
        "line": p.line,
        "column": p.column,
        "field": p.field,
        "message": p.message,
        "code": p.code,
        "severity": p.severity,
    }


def _escape_data(text: str) -> str:
    return _visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_line(p: Problem) -> str:
    """A GitHub Actions workflow command that annotates the file at the line."""
    kind = "warning" if p.severity == "warning" else "error"
    props = [f"file={_escape_property(p.file)}"]
    if p.line is not None:
        props.append(f"line={p.line}")
    if p.column is not None:
        props.append(f"col={p.column}")
    if p.field:
        props.append(f"title={_escape_property(p.field)}")
    return f"::{kind} {','.join(props)}::{_escape_data(p.message)}"


def write_problems(problems: Sequence[Problem], fmt: str, stream: TextIO) -> None:
    """Write problems one per line (text, github) or as one JSON document."""
    if fmt == "json":
        stream.write(json.dumps([problem_dict(p) for p in problems], ensure_ascii=False, indent=2))
        stream.write("\n")
        return
    render = github_line if fmt == "github" else problem_line
    for p in problems:
        stream.write(render(p) + "\n")


def count_text(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"
