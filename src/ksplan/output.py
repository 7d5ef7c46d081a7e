"""The one place that turns problems into text, JSON or GitHub annotations.

Annotations are written with plain ``write`` calls, never through rich: rich would wrap long
lines and swallow ``[bracketed]`` text as markup.
"""

from __future__ import annotations

import errno
import io
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # rich is loaded only to print a table
    from rich.text import Text

from ksplan.errors import ExitCode, KsplanError, Problem

# Characters that would be obeyed by the terminal, CI log or browser that shows a value, or
# that cannot be seen there: control characters (colours, cursor moves, a new line that looks
# like another problem), format characters such as direction overrides (U+202E turns the
# rest of a line around) and zero-width characters (U+200B makes a second, different "M05"
# that looks the same), line and paragraph separators, and lone surrogates (bytes of the
# command line that are not UTF-8). Every one is shown as an escape such as ``\u202e``, which
# also reads as the same character in JSON. The list is that of Unicode's categories Cc, Cf,
# Zl, Zp and Cs (a test checks it against the Unicode database), plus the characters that
# are letters or marks by category but show as nothing.
_HIDDEN = (
    "\x7f-\x9f\xad\u034f\u0600-\u0605\u061c\u06dd\u070f\u0890-\u0891\u08e2"
    "\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f"
    "\u3164\ud800-\udfff\ufeff\uffa0\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f"
)
_HIDDEN_RE = re.compile(f"[\x00-\x08\x0a-\x1f{_HIDDEN}]")  # all but tab
_HIDDEN_KEEP_LINES_RE = re.compile(f"[\x00-\x08\x0b-\x1f{_HIDDEN}]")  # all but tab, line feed
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    if code > 0xFFFF:  # as a JSON-style surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def visible(text: str, *, lines: bool = False) -> str:
    """``text`` with every hidden or controlling character written as an escape (``\\u202e``).

    Tabs stay; line breaks stay with ``lines=True`` (whole output), else are ``\\n``.
    """
    return (_HIDDEN_KEEP_LINES_RE if lines else _HIDDEN_RE).sub(_escape, text)


def hidden_character(text: str) -> str | None:
    """A plain description of the first invisible or direction-changing character, if any."""
    import unicodedata

    match = _HIDDEN_KEEP_LINES_RE.search(text)  # a line break is seen (and named elsewhere)
    if match is None:
        return None
    char = match.group()
    from ksplan.i18n import t

    name = unicodedata.name(char, "")
    kind = "bidi" if char in _BIDI else "invisible"
    if unicodedata.category(char) == "Cc":
        kind = "control"
    label = f"U+{ord(char):04X}" + (f" {name}" if name else "")
    return t(f"v.hidden.{kind}", label=label)


# A line of a CI log that starts with ``::`` (after blanks) is a workflow command, and
# ``##[`` anywhere in a line is an older form of one: text from the data or the command line
# must not start one. ksplan's own annotations are written with ``write_command``.
_COMMAND_START = re.compile(r"(\n[ \t]*)::")
_OLD_COMMAND = "##["
_SGR = re.compile(r"\x1b\[[0-9;]*m")  # colours and bold, as rich writes them


class SafeOutput(io.TextIOBase):
    """Standard output or error as every ksplan command writes it: the one place output passes.

    Whatever is written, no control sequence but colours reaches the terminal (an escape
    sequence, a bell, a carriage return, U+009B are shown as ``\\u001b`` …), no direction
    override or invisible character is hidden in it, and no line starts a CI workflow command.
    A stream that cannot be written (a full disk, a closed descriptor) raises
    :class:`OutputUnwritable`; a pipe whose reader has gone raises ``BrokenPipeError``.
    """

    def __init__(self, raw: TextIO | None, name: str) -> None:
        super().__init__()
        self.raw = raw
        self.stream_name = name
        self._line_start = True  # only blanks since the last line break

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.raw, "encoding", None) or "utf-8"

    def isatty(self) -> bool:
        return self.raw is not None and self.raw.isatty()

    def fileno(self) -> int:
        if self.raw is None:
            raise OSError(errno.EBADF, "closed")
        return self.raw.fileno()

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._send(self._neutralise(_escape_outside_colours(text)))
        return len(text)

    def write_command(self, line: str) -> None:
        """A workflow command of ksplan's own (``::error …``), its values already escaped."""
        self._send(visible(line, lines=True).replace(_OLD_COMMAND, "\\u0023#["))
        self._line_start = line.endswith("\n")

    def flush(self) -> None:
        if self.raw is None:
            return
        try:
            self.raw.flush()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputUnwritable(self.stream_name, exc) from None

    def _neutralise(self, text: str) -> str:
        marked = ("\n" if self._line_start else "x") + text
        marked = _COMMAND_START.sub(lambda m: m.group(1) + "\\u003a:", marked)
        if _OLD_COMMAND in marked:
            marked = marked.replace(_OLD_COMMAND, "\\u0023#[")
        tail = text.rpartition("\n")
        if tail[1]:
            self._line_start = not tail[2].strip(" \t")
        elif tail[2].strip(" \t"):
            self._line_start = False
        return marked[1:]

    def _send(self, text: str) -> None:
        if self.raw is None:
            raise OutputUnwritable(self.stream_name, OSError(errno.EBADF, "closed"))
        try:
            self.raw.write(text)
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputUnwritable(self.stream_name, exc) from None


def _escape_outside_colours(text: str) -> str:
    if "\x1b" not in text:
        return visible(text, lines=True)
    parts = []
    last = 0
    for match in _SGR.finditer(text):
        parts.append(visible(text[last : match.start()], lines=True))
        parts.append(match.group())
        last = match.end()
    parts.append(visible(text[last:], lines=True))
    return "".join(parts)


class OutputUnwritable(KsplanError):
    """Standard output (or error) cannot be written: a full disk, a closed descriptor."""

    exit_code = ExitCode.UNREADABLE

    def __init__(self, name: str, exc: OSError) -> None:
        from ksplan.i18n import os_reason, t

        reason = os_reason(exc)
        super().__init__(t("cli.unwritable", stream=t(f"cli.stream.{name}"), reason=reason))


def _free_text(renderable: Any, options: Any) -> bool:
    """Text outside a table's cells (which set an overflow of their own), left-aligned."""
    from rich.text import Text

    return (
        isinstance(renderable, Text)
        and options.overflow is None
        and renderable.overflow is None
        and not renderable.no_wrap
        and (renderable.justify or options.justify) in (None, "default", "left")
    )


class _Words:
    """Text wrapped by :func:`wrap_words`: never a word broken or cut."""

    def __init__(self, text: Any) -> None:
        self.text = text

    def __rich_console__(self, console: Any, options: Any) -> Any:
        lines = wrap_words(self.text, options.max_width, hang=CONTINUED)
        lines[-1].end = self.text.end
        return lines


_TRAILING_BLANKS = re.compile(r" +((?:\x1b\[[0-9;]*m)*)\n")


def safe_console(
    stderr: bool = False, *, file: TextIO | None = None, width: int | None = None
) -> Any:
    """A rich console for tables: every text from the data is escaped like :func:`visible`,
    no line ends in blanks, and nothing is cut or folded at the width: text wraps between
    words, and a word wider than the terminal stands whole on its own line (tables:
    :mod:`ksplan.views.table`).
    ``file`` and ``width`` are for tests; else standard output (or error) at its width."""
    from rich.console import Console
    from rich.segment import Segment

    class _SafeConsole(Console):
        def _render_buffer(self, buffer: Iterable[Segment]) -> str:
            text = super()._render_buffer(
                segment
                if segment.control
                else Segment(visible(segment.text, lines=True), segment.style)
                for segment in buffer
            )
            return _TRAILING_BLANKS.sub(r"\1\n", text)

        def print(self, *objects: Any, crop: bool = False, **options: Any) -> None:
            super().print(*objects, crop=crop, **options)

        def render(self, renderable: Any, options: Any = None) -> Iterable[Segment]:
            if _free_text(renderable, options or self.options):
                renderable = _Words(renderable)
            return super().render(renderable, options)

    stream = file or (sys.stderr if stderr else sys.stdout)
    if width is None:
        width = output_width(stream)
    return _SafeConsole(file=stream, highlight=False, soft_wrap=False, width=width)


WORD = re.compile(r"\S+")
"""A word: what text is broken between (rich breaks a table's cells there, too)."""
CONTINUED = 2
"""How far the further lines of a wrapped sentence or title are indented."""


def wrap_words(text: Any, width: int, *, indent: int = 0, hang: int = 0) -> list[Any]:
    """``text`` in lines of at most ``width`` cells, broken only between words: the first line
    indented by ``indent``, the others by ``hang``. A word too wide for its indented line
    starts at the margin; one wider than ``width`` stands alone there, whole. Blanks that
    begin a line indent it and its wrapped lines."""
    from rich.cells import cell_len
    from rich.text import Text

    lines: list[Text] = []
    for number, part in enumerate(text.split("\n", allow_blank=True)):
        plain = part.plain
        lead = len(plain) - len(plain.lstrip(" "))
        spans: list[tuple[int, int, int]] = []  # indent, start, end of each line
        used = 0
        for word in WORD.finditer(plain):
            start, end = word.span()
            size = cell_len(plain[start:end])
            if spans and used + cell_len(plain[spans[-1][2] : start]) + size <= width:
                used += cell_len(plain[spans[-1][2] : start]) + size
                spans[-1] = (spans[-1][0], spans[-1][1], end)
                continue
            margin = lead + (indent if number == 0 and not spans else hang)
            if margin + size > width:
                margin = 0
            spans.append((margin, start, end))
            used = margin + size
        for margin, start, end in spans or [(0, 0, 0)]:
            line = Text(" " * margin) + part[start:end]
            line.no_wrap = True
            line.overflow = "ignore"
            lines.append(line)
    return lines


UNWRAPPED = 10_000
"""The width of piped output when COLUMNS does not set one: in effect, no line is wrapped."""


def output_width(stream: TextIO) -> int | None:
    """A terminal's own width; for piped output (files, CI logs) the width in ``COLUMNS``,
    else none at all — a line is never cut at some assumed terminal width. (rich honours
    ``NO_COLOR`` by itself.)"""
    import os

    if stream.isatty():
        return None
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) > 0 else UNWRAPPED


# What GitHub would turn into a link (a bare URL, ``www.…``, an e-mail address) or a
# notification (``@name``, ``@org/team``) in Markdown: URLs go into code spans (shown, not
# linked), and a zero-width joiner, written as an entity, follows every ``@`` (reads the same).
_AUTOLINK = re.compile(
    r"(?:(?:https?|ftp)://|www\.)[^\s<>|`\"'\\\[\](){}]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+",
    re.IGNORECASE,
)
_MENTION = re.compile(r"(?<!\w)@(?=\w)")


# Markdown's syntax characters (``#`` also for GitHub's #123 links, ``$`` for its maths), and
# ``&`` where it would begin an entity
_MD_SPECIAL = re.compile(r"[\\`*_\[\]<>|~$#!]|&(?=#?[0-9A-Za-z]+;)")


def md_escape(value: object) -> str:
    """``value`` as Markdown text, for the report and the diff alike: one line (every line
    break Python knows becomes a space, so no renderer sees a new line, table row or block),
    no table, link, emphasis, code, heading or HTML syntax, no mention, no automatic link."""
    text = "" if value is None else str(value)
    text = " ".join(part.strip() for part in text.splitlines() if part.strip())
    return md_inert(text, md_syntax)


def md_syntax(text: str) -> str:
    """Every character Markdown gives a meaning, escaped with a backslash; ``&`` before what
    would be an entity too."""
    return _MD_SPECIAL.sub(lambda m: "\\" + m.group(0), text)


def md_inert(text: str, escape: Callable[[str], str]) -> str:
    """One line of text for Markdown: ``escape`` makes its syntax inert, and nothing in it
    becomes a link or mentions anyone."""
    parts = []
    last = 0
    for match in _AUTOLINK.finditer(text):
        parts.append(_MENTION.sub("@&#8205;", escape(text[last : match.start()])))
        url = match.group().rstrip(".,;:!?")  # the sentence's punctuation is not the URL's
        parts.append(f"`{url}`")
        last = match.start() + len(url)
    parts.append(_MENTION.sub("@&#8205;", escape(text[last:])))
    return "".join(parts)


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
        from ksplan.i18n import t

        parts.append(t("v.warning"))
    if p.field:
        parts.append(p.field)
    parts.append(p.message)
    return visible(": ".join(parts))


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
    return visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


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
    if fmt == "github":
        send = getattr(stream, "write_command", stream.write)
        for p in problems:
            send(github_line(p) + "\n")
        return
    for p in problems:
        stream.write(problem_line(p) + "\n")
