"""The one place that reads YAML.

Plan files are read event by event from ruamel.yaml's parser (the C parser where it is
installed) and built into plain Python values here, so that

* every value and every key keeps its exact line and column (for located error messages),
* dates stay text until the models parse them (``2019-02-30`` becomes a located error),
* YAML 1.1 surprises do not happen: ``yes`` stays text, ``08`` stays text, ``1.10`` stays text,
* duplicate keys, tabs, second documents, tags, deep nesting and alias bombs are caught with
  a message a clerk can act on, never a traceback.

A duplicate key does not stop the reading: the first value is kept and the duplicate is
recorded in :attr:`YamlDocument.problems` (the rest of the file is still checked). Everything
else here that cannot be read stops the file with :class:`PlanUnreadable`.

Writing YAML back (keeping comments) is :mod:`ksplan.yaml_writer`'s job.
"""

from __future__ import annotations

import errno
import io
import os
import re
import stat
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

from ruamel.yaml import events as ev
from ruamel.yaml.error import MarkedYAMLError, YAMLError

from ksplan.errors import PlanUnreadable, Problem
from ksplan.i18n import decimal, number, os_reason, t

try:  # the C parser is several times faster; the pure one behaves the same
    from ruamel.yaml.cyaml import CParser as _CParser  # type: ignore[attr-defined]

    def _parser(text: str) -> Any:
        return _CParser(text)  # given the text itself, not a stream, it keeps just one copy

except ImportError:  # pragma: no cover - depends on the installation
    from ruamel.yaml.main import YAML as _YAML

    def _parser(text: str) -> Any:
        loader = _YAML(typ="safe", pure=True)
        return loader.get_constructor_parser(io.StringIO(text))[1]


# Documented limits: exceeding one is a located error, not a slow death.
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DEPTH = 64
MAX_SCALAR_CHARS = 100_000
MAX_ALIAS_EXPANSION = 100_000  # values that aliases may add in one file
MAX_VALUES = 500_000  # keys, texts, numbers, lists and mappings in one file
MAX_RECORDED = 1000  # duplicate keys recorded per file (one more says that there are more)

# Characters no plan text needs and that a terminal would obey (colours, cursor moves, the
# window title): C0 controls except tab and line feed, DEL, and the C1 controls. A raw one
# is refused by the YAML parser; this catches those written as escapes ("\e[31m", "\x9b").
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")

# Characters YAML reads as line breaks although editors show none: refused, located.
_ODD_BREAK = re.compile("[\x85\u2028\u2029]")
_BREAKS = re.compile("\r\n|\r|\n")

# Longer digit strings stay text (Python refuses to convert them, and no plan number is so long).
_MAX_INT_CHARS = 4000
_INT_RE = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_NULLS = frozenset(("", "~", "null", "Null", "NULL"))
_TRUE = frozenset(("true", "True", "TRUE"))
_FALSE = frozenset(("false", "False", "FALSE"))


class Pos:
    """Where a value stands in its file, and where its children stand (1-based)."""

    __slots__ = ("children", "column", "keys", "line")

    def __init__(self, line: int, column: int) -> None:
        self.line = line
        self.column = column
        self.keys: dict[str, tuple[int, int]] | None = None
        self.children: dict[str, Pos] | list[Pos] | None = None


@dataclass(frozen=True)
class YamlDocument:
    """A parsed plan file: the data, and the position of everything in it."""

    path: Path
    display: str
    data: Any
    root: Pos
    problems: tuple[Problem, ...] = ()
    """What was found while reading and read past (duplicate keys): errors, located."""

    def locate(self, loc: tuple[str | int, ...], *, key: bool = False) -> tuple[int, int]:
        """Line and column for a field path; as near as possible when it is missing.

        With ``key=True`` the position of the mapping key itself is returned (for unknown keys).
        """
        pos = self.root
        for i, part in enumerate(loc):
            children = pos.children
            last = i == len(loc) - 1
            if isinstance(children, dict) and isinstance(part, str) and part in children:
                if last and key and pos.keys is not None:
                    return pos.keys[part]
                pos = children[part]
            elif isinstance(children, list) and isinstance(part, int) and 0 <= part < len(children):
                pos = children[part]
            else:
                break
        return pos.line, pos.column

    def field_name(self, loc: tuple[str | int, ...]) -> str:
        """``measures[M05].horizon``: list items are named by their ID where they have one."""
        text = ""
        node: Any = self.data
        for part in loc:
            if isinstance(part, int):
                item = node[part] if isinstance(node, list) and 0 <= part < len(node) else None
                ident = item.get("id") if isinstance(item, dict) else None
                text += f"[{ident}]" if isinstance(ident, str) and ident else f"[{part}]"
                node = item
            else:
                text += f".{part}" if text else part
                node = node.get(part) if isinstance(node, dict) else None
        return text

    def problem(
        self,
        loc: tuple[str | int, ...],
        message: str,
        *,
        key: bool = False,
        code: str = "invalid",
        severity: str = "error",
    ) -> Problem:
        line, column = self.locate(loc, key=key)
        return Problem(self.display, message, line, column, self.field_name(loc), code, severity)


def _unreadable(
    display: str, message: str, line: int | None = None, col: int | None = None
) -> PlanUnreadable:
    problem = Problem(display, message, line, col, code="unreadable")
    return PlanUnreadable(message, [problem])


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return t("v.file.fifo")
    if stat.S_ISSOCK(mode):
        return t("v.file.socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return t("v.file.device")
    return t("v.file.special")


def read_yaml_file(path: Path, display: str | None = None) -> YamlDocument:
    """Read one plan file; raise :class:`PlanUnreadable` with a located problem if it can't be."""
    shown = display or str(path)
    text = decode_text(read_file_bytes(path, shown), shown)
    return parse_yaml_text(text, path, shown)


def read_file_bytes(
    path: Path,
    shown: str,
    *,
    limit: int = MAX_FILE_BYTES,
    what: str | None = None,
    whose: str | None = None,
) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or :class:`PlanUnreadable`.

    Only regular files are read (a named pipe would block, a device would never end), and
    never more than ``limit`` bytes. Every file ksplan reads goes through here. ``what`` and
    ``whose`` name the file expected (default: a YAML file; plan files).
    """
    what = what or t("v.file.yaml")
    whose = whose or t("v.file.whose")
    megabytes = f"{decimal(Fraction(limit, 1024 * 1024), 0)} MB"
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise _unreadable(shown, t("v.file.folder", what=what))
        if not stat.S_ISREG(info.st_mode):
            raise _unreadable(shown, t("v.file.kind", kind=_file_kind(info.st_mode), what=what))
        if info.st_size > limit:
            raise _unreadable(
                shown,
                t(
                    "v.file.size",
                    size=decimal(Fraction(info.st_size, 1024 * 1024), 1),
                    whose=whose,
                    limit=megabytes,
                ),
            )
        # O_NONBLOCK: should the file have been swapped for a named pipe since the check
        # above, opening it must not wait for a writer; fstat below then refuses it.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
        with os.fdopen(fd, "rb") as handle:
            mode = os.fstat(fd).st_mode
            if not stat.S_ISREG(mode):
                raise _unreadable(shown, t("v.file.kind", kind=_file_kind(mode), what=what))
            raw = handle.read(limit + 1)
    except FileNotFoundError:
        raise _unreadable(shown, t("v.file.missing")) from None
    except PermissionError:
        raise _unreadable(shown, t("v.file.denied")) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _unreadable(shown, t("v.file.loop")) from None
        raise _unreadable(shown, t("v.file.os", reason=os_reason(exc))) from None
    if len(raw) > limit:
        raise _unreadable(shown, t("v.file.larger", limit=megabytes, whose=whose))
    return raw


def decode_text(raw: bytes, display: str) -> str:
    """Bytes to text: UTF-8 only (a byte-order mark is allowed), with a located message if not."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise _unreadable(display, t("v.file.utf", encoding="UTF-32"), 1, 1)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _unreadable(display, t("v.file.utf", encoding="UTF-16"), 1, 1)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    nul = raw.find(b"\x00")
    if nul >= 0:
        line, col = _line_col_of_byte(raw, nul)
        raise _unreadable(display, t("v.file.nul"), line, col)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _line_col_of_byte(raw, exc.start)
        byte = raw[exc.start]
        raise _unreadable(
            display,
            t("v.file.not_utf8", byte=f"{byte:02X}"),
            line,
            col,
        ) from None


def _line_col_of_byte(raw: bytes, offset: int) -> tuple[int, int]:
    line = raw.count(b"\n", 0, offset) + 1
    start = raw.rfind(b"\n", 0, offset) + 1
    col = len(raw[start:offset].decode("utf-8", errors="replace")) + 1
    return line, col


def parse_yaml_bytes(raw: bytes, path: Path, display: str) -> YamlDocument:
    text = decode_text(raw, display)
    return parse_yaml_text(text, path, display)


def parse_yaml_text(text: str, path: Path, display: str) -> YamlDocument:
    if not text.strip():
        raise _unreadable(display, t("v.file.empty"), 1, 1)
    odd = _ODD_BREAK.search(text)
    if odd is not None:  # YAML reads it as a line break: every line after it would be off
        head = text[: odd.start()]
        line = len(_BREAKS.findall(head)) + 1
        col = odd.start() - max(head.rfind("\n"), head.rfind("\r"))
        name = {"\x85": "NEXT LINE", "\u2028": "LINE SEPARATOR"}.get(
            odd.group(), "PARAGRAPH SEPARATOR"
        )
        raise _unreadable(
            display, t("v.yaml.odd_break", code=f"{ord(odd.group()):04X}", name=name), line, col
        )
    try:
        builder = _Builder(text, display)
        data, root = builder.build()
    except PlanUnreadable:
        raise
    except MarkedYAMLError as exc:
        raise _syntax_error(exc, text, display) from None
    except YAMLError as exc:
        raise _reader_error(exc, text, display) from None
    except RecursionError:  # pragma: no cover - the depth limit comes first
        raise _unreadable(display, t("v.yaml.nested")) from None
    return YamlDocument(path, display, data, root, tuple(builder.problems))


def _syntax_error(exc: MarkedYAMLError, text: str, display: str) -> PlanUnreadable:
    problem = (exc.problem or "").strip()
    mark = exc.problem_mark or exc.context_mark
    if problem.startswith("found unexpected end of stream") and exc.context_mark is not None:
        mark = exc.context_mark  # where the unclosed quote opens, not the end of the file
    line = mark.line + 1 if mark is not None else None
    col = mark.column + 1 if mark is not None else None
    lines = text.splitlines()
    if line is not None and 0 < line <= len(lines):
        this = lines[line - 1]
        indent = this[: len(this) - len(this.lstrip(" \t"))]
        if "\t" in indent or "tab" in problem:
            tab_col = this.find("\t") + 1 if "\t" in this else col
            return _unreadable(
                display,
                t("v.yaml.tab"),
                line,
                tab_col,
            )
    if line is not None and any(ln.rstrip() == "..." for ln in lines[:line]):
        return _unreadable(display, t("v.yaml.p.after_end"), line, col)  # YAML's end marker
    return _unreadable(display, syntax_message(problem or str(exc)), line, col)


def syntax_message(problem: str) -> str:
    """The YAML parser's problem (English, its own words) said in the language in force."""
    key = next((v for k, v in _SYNTAX if problem.startswith(k)), None)
    if key is None:
        return t("v.yaml.p.other", problem=problem)
    return t(key, open="{", close="}", what="")


# Every problem the YAML parser reports (libyaml's wording, and that of ruamel.yaml's pure
# parser where it differs), by the start of its text, to a message of the catalogue.
_SYNTAX: tuple[tuple[str, str], ...] = (
    ("did not find expected key", "v.yaml.key"),
    ("mapping values are not allowed", "v.yaml.colon"),
    ("found unexpected ':'", "v.yaml.colon"),
    ("did not find expected ',' or ']'", "v.yaml.bracket"),
    ("did not find expected ',' or '}'", "v.yaml.brace"),
    ("expected ',' or ']'", "v.yaml.bracket"),
    ("expected ',' or '}'", "v.yaml.brace"),
    ("found unexpected end of stream", "v.yaml.quote"),
    ("did not find expected '-' indicator", "v.yaml.dash"),
    ("found a tab character", "v.yaml.tab"),
    ("block sequence entries are not allowed", "v.yaml.p.sequence_here"),
    ("mapping keys are not allowed", "v.yaml.p.key_here"),
    ("could not find expected ':'", "v.yaml.p.missing_colon"),
    ("could not find expected directive name", "v.yaml.p.directive"),
    ("found unknown directive name", "v.yaml.p.directive"),
    ("did not find expected version number", "v.yaml.p.directive"),
    ("did not find expected digit or '.' character", "v.yaml.p.directive"),
    ("expected a digit", "v.yaml.p.directive"),
    ("found extremely long version number", "v.yaml.p.directive"),
    ("found duplicate %YAML directive", "v.yaml.p.directive"),
    ("found duplicate YAML directive", "v.yaml.p.directive"),
    ("found duplicate %TAG directive", "v.yaml.p.directive"),
    ("found incompatible YAML document", "v.yaml.p.directive"),
    ("found unexpected non-alphabetical character", "v.yaml.p.directive"),
    ("did not find expected whitespace or line break", "v.yaml.p.space"),
    ("did not find expected whitespace", "v.yaml.p.directive"),
    ("did not find URI escaped octet", "v.yaml.p.tag"),
    ("did not find expected '!'", "v.yaml.p.tag"),
    ("did not find expected tag URI", "v.yaml.p.tag"),
    ("did not find the expected '>'", "v.yaml.p.tag"),
    ("found undefined tag handle", "v.yaml.p.tag"),
    ("expected URI", "v.yaml.p.tag"),
    ("expected '>'", "v.yaml.p.tag"),
    ("expected '!'", "v.yaml.p.tag"),
    ("did not find expected <document start>", "v.yaml.p.document"),
    ("did not find expected <stream-start>", "v.yaml.p.document"),
    ("expected STREAM-START", "v.yaml.p.document"),
    ("expected '<document start>'", "v.yaml.p.document"),
    ("expected DOCUMENT-START or STREAM-END", "v.yaml.p.after_end"),
    ("expected DOCUMENT-END", "v.yaml.p.after_end"),
    ("expected nothing after STREAM-END", "v.yaml.p.after_end"),
    ("found non-comment content after document end marker", "v.yaml.p.after_end"),
    ("expected a single document", "v.yaml.second"),
    ("did not find expected alphabetic or numeric character", "v.yaml.p.anchor_name"),
    ("expected alphabetic or numeric character", "v.yaml.p.anchor_name"),
    ("did not find expected comment or line break", "v.yaml.p.line_end"),
    ("expected a comment or a line break", "v.yaml.p.line_end"),
    ("did not find expected hexdecimal number", "v.yaml.p.hex"),
    ("expected escape sequence", "v.yaml.p.hex"),
    ("did not find expected node content", "v.yaml.p.value"),
    ("expected SCALAR, SEQUENCE-START, MAPPING-START, or ALIAS", "v.yaml.p.value"),
    ("expected the node content", "v.yaml.p.value"),
    ("found an incorrect leading UTF-8 octet", "v.yaml.p.encoding"),
    ("found an incorrect trailing UTF-8 octet", "v.yaml.p.encoding"),
    ("incomplete UTF-8 octet sequence", "v.yaml.p.encoding"),
    ("incomplete UTF-16", "v.yaml.p.encoding"),
    ("invalid leading UTF-8 octet", "v.yaml.p.encoding"),
    ("invalid trailing UTF-8 octet", "v.yaml.p.encoding"),
    ("invalid length of a UTF-8 sequence", "v.yaml.p.encoding"),
    ("found an indentation indicator equal to 0", "v.yaml.p.indent_zero"),
    ("expected indentation indicator in the range 1-9", "v.yaml.p.indent_zero"),
    ("expected chomping or indentation indicators", "v.yaml.p.block_header"),
    ("found character", "v.yaml.p.start"),
    ("found duplicate anchor", "v.yaml.p.anchor_twice"),
    ("found invalid Unicode character escape code", "v.yaml.p.unicode"),
    ("invalid Unicode character", "v.yaml.p.unicode"),
    ("unexpected low surrogate area", "v.yaml.p.unicode"),
    ("found undefined alias", "v.yaml.p.alias"),
    ("found unexpected document indicator", "v.yaml.p.separator"),
    ("found unexpected document separator", "v.yaml.p.separator"),
    ("found unknown escape character", "v.yaml.p.escape"),
    ("expected <block end>", "v.yaml.p.block_end"),
    ("control characters are not allowed", "v.yaml.control"),
)


def _reader_error(exc: YAMLError, text: str, display: str) -> PlanUnreadable:
    position = getattr(exc, "position", None)
    line = col = None
    if isinstance(position, int):
        line = text.count("\n", 0, position) + 1
        col = position - (text.rfind("\n", 0, position) + 1) + 1
    char = getattr(exc, "character", None)
    what = f" (U+{ord(char):04X})" if isinstance(char, str) and len(char) == 1 else ""
    if isinstance(char, int):
        what = f" (U+{char:04X})"
    return _unreadable(
        display,
        t("v.yaml.control", what=what),
        line,
        col,
    )


def resolves_to_text(value: str) -> bool:
    """Whether a plain scalar with this text is read as text (not a number, yes/no or null)."""
    return isinstance(_resolve_plain(value), str)


def _resolve_plain(value: str) -> Any:
    """YAML 1.2 core schema for plain scalars, minus the surprises (see the module text)."""
    if value in _NULLS:
        return None
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    if len(value) <= _MAX_INT_CHARS and _INT_RE.fullmatch(value):
        return int(value)
    return value


_IGNORED = object()  # the pending key of a value that is read and left out

_NODE_EVENTS = (ev.ScalarEvent, ev.MappingStartEvent, ev.SequenceStartEvent, ev.AliasEvent)


class _Builder:
    """Builds Python values from parser events, iteratively (no recursion limit to hit)."""

    def __init__(self, text: str, display: str) -> None:
        self.text = text
        self.display = display
        self.anchors: dict[str, tuple[Any, Pos, int, int]] = {}  # value, where, size, levels
        self.expansion = 0
        self.values = 0
        self.problems: list[Problem] = []  # duplicate keys: recorded, and reading goes on

    def fail(self, mark: Any, message: str) -> PlanUnreadable:
        return _unreadable(self.display, message, mark.line + 1, mark.column + 1)

    def build(self) -> tuple[Any, Pos]:
        parser = _parser(self.text)
        # Each frame: [container, pos, pending_key, pending_key_pos, size, anchor]
        stack: list[list[Any]] = []
        result: Any = None
        result_pos: Pos | None = None
        documents = 0
        dict_type = dict
        get_event = parser.get_event
        check_event = parser.check_event
        while check_event():
            event = get_event()
            kind = type(event)
            if kind in _NODE_EVENTS:
                self.values += 1
                if self.values > MAX_VALUES:
                    raise self.fail(
                        event.start_mark,
                        t("v.yaml.values", limit=number(MAX_VALUES)),
                    )
            if kind is ev.ScalarEvent:
                mark = event.start_mark
                value_text: str = event.value
                if event.tag is not None and event.tag not in ("tag:yaml.org,2002:str", "!"):
                    raise self.fail(mark, t("v.yaml.tag", tag=event.tag))
                if len(value_text) > MAX_SCALAR_CHARS:
                    raise self.fail(
                        mark,
                        t(
                            "v.yaml.long_text",
                            length=number(len(value_text)),
                            limit=number(MAX_SCALAR_CHARS),
                        ),
                    )
                control = _CONTROL_RE.search(value_text)
                if control is not None:
                    raise self.fail(
                        mark,
                        t("v.yaml.text_control", code=f"{ord(control.group()):04X}"),
                    )
                expecting_key = bool(stack) and type(stack[-1][0]) is dict and stack[-1][3] is None
                if event.style or event.tag is not None or expecting_key:
                    value: Any = value_text
                else:
                    value = _resolve_plain(value_text)
                pos = Pos(mark.line + 1, mark.column + 1)
                size = 1
            elif kind is ev.MappingStartEvent or kind is ev.SequenceStartEvent:
                mark = event.start_mark
                if event.tag is not None and event.tag not in (
                    "tag:yaml.org,2002:map",
                    "tag:yaml.org,2002:seq",
                ):
                    raise self.fail(mark, t("v.yaml.tag", tag=event.tag))
                if len(stack) >= MAX_DEPTH:
                    raise self.fail(mark, t("v.yaml.depth", limit=MAX_DEPTH))
                pos = Pos(mark.line + 1, mark.column + 1)
                if kind is ev.MappingStartEvent:
                    container: Any = dict_type()
                    pos.keys = {}
                    pos.children = {}
                else:
                    container = []
                    pos.children = []
                stack.append([container, pos, None, None, 1, event.anchor, 1])
                continue
            elif kind is ev.MappingEndEvent or kind is ev.SequenceEndEvent:
                frame = stack.pop()
                value, pos, size = frame[0], frame[1], frame[4]
                if frame[5] is not None:
                    self.anchors[frame[5]] = (value, pos, size, frame[6])
                if stack:  # the levels below this one, for aliases of it
                    stack[-1][6] = max(stack[-1][6], frame[6] + 1)
                self._attach(stack, value, pos, size)
                if not stack:
                    result, result_pos = value, pos
                continue
            elif kind is ev.AliasEvent:
                mark = event.start_mark
                anchor = event.anchor
                if anchor not in self.anchors:
                    raise self.fail(mark, t("v.yaml.no_anchor", anchor=anchor))
                value, target_pos, size, levels = self.anchors[anchor]
                if len(stack) + levels > MAX_DEPTH:  # an alias nests what it names here
                    raise self.fail(
                        mark,
                        t("v.yaml.alias_depth", limit=MAX_DEPTH, anchor=anchor),
                    )
                if stack:
                    stack[-1][6] = max(stack[-1][6], levels + 1)
                self.expansion += size
                if self.expansion > MAX_ALIAS_EXPANSION:
                    raise self.fail(
                        mark,
                        t("v.yaml.expansion", limit=number(MAX_ALIAS_EXPANSION)),
                    )
                pos = Pos(mark.line + 1, mark.column + 1)
                pos.keys, pos.children = target_pos.keys, target_pos.children
            elif kind is ev.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise self.fail(
                        event.start_mark,
                        t("v.yaml.second"),
                    )
                continue
            else:  # stream start/end, document end
                continue
            if kind is ev.ScalarEvent and event.anchor is not None:
                self.anchors[event.anchor] = (value, pos, size, 0)
            if not stack:
                result, result_pos = value, pos
                continue
            self._attach(stack, value, pos, size)
        if documents == 0 or result_pos is None:
            raise _unreadable(self.display, t("v.file.comments"), 1, 1)
        return result, result_pos

    def _attach(self, stack: list[list[Any]], value: Any, pos: Pos, size: int) -> None:
        if not stack:
            return
        frame = stack[-1]
        frame[4] += size
        container = frame[0]
        if type(container) is list:
            container.append(value)
            frame[1].children.append(pos)
            return
        if frame[3] is None:  # this value is a key
            if not isinstance(value, str):
                raise _unreadable(
                    self.display,
                    t("v.yaml.key_word"),
                    pos.line,
                    pos.column,
                )
            key = value
            keys = frame[1].keys
            if key in keys:
                first_line, _ = keys[key]
                if len(self.problems) <= MAX_RECORDED:
                    self.problems.append(
                        Problem(
                            self.display,
                            t("v.yaml.key_twice", key=key, first=first_line, again=pos.line),
                            pos.line,
                            pos.column,
                            code="duplicate-key",
                        )
                    )
                frame[2] = _IGNORED
            else:
                frame[2] = key
            frame[3] = (pos.line, pos.column)
            return
        key = frame[2]
        if key is _IGNORED:  # the value of a duplicate key: read, and left out
            frame[2] = None
            frame[3] = None
            return
        container[key] = value
        frame[1].keys[key] = frame[3]
        frame[1].children[key] = pos
        frame[2] = None
        frame[3] = None
