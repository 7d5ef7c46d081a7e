"""The one place that turns problems into text, JSON or GitHub annotations.

Annotations are written with plain ``write`` calls, never through rich: rich would wrap long
lines and swallow ``[bracketed]`` text as markup.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TextIO

from ksplan.errors import Problem


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
    return ": ".join(parts)


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
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


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
