"""The one place that writes YAML: edits that change only what was edited, atomically.

A file is loaded with ruamel.yaml's round-trip loader, edited in place and dumped with the
indentation the plan files use (mappings 2, sequences 4 with the dash at 2). Every scalar is
loaded as its text (``3.14159265358979323846``, ``1e400``, ``.NaN`` stay exactly as written),
so the dump reproduces the untouched lines. It is then compared with the file line by line:
the edit may only insert lines (and turn an empty ``[]`` into a block list). The new lines are
spliced into the original bytes, so everything else — line ends of any kind (LF, CR LF, CR),
a byte-order mark, a missing final line end — stays byte-identical; a file that would change
anywhere else is refused with the line that would change, never silently normalised.

Writes go to a temporary file in the same folder, are flushed to disk, and replace the old
file in one rename: a crash leaves either the old file or the new one. An exclusive lock on
the plan folder and on the folder of the file really written (a symbolic link resolved) makes
a second edit wait (and then give up) instead of overwriting the first.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import io
import os
import re
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import MarkedYAMLError
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scalarstring import SingleQuotedScalarString

from ksplan.errors import EditRefused, Problem
from ksplan.i18n import count, t
from ksplan.yaml_reader import decode_text, read_file_bytes, resolves_to_text, syntax_message

BOM = b"\xef\xbb\xbf"
_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


class _TextResolver(VersionedResolver):
    """Every plain scalar is text: nothing is turned into a number, date or yes/no and back."""

    def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
        if kind is ScalarNode and implicit[0]:
            return self.DEFAULT_SCALAR_TAG
        return super().resolve(kind, value, implicit)


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.Resolver = _TextResolver
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    return yaml


def text_value(value: str | int) -> Any:
    """A new value as it is written: quoted where the plan reader would not read it as text."""
    text = str(value)
    if isinstance(value, str) and not resolves_to_text(text):
        return SingleQuotedScalarString(text)
    return text


class RoundTrip:
    """A plan file opened for editing."""

    def __init__(self, path: Path, display: str, raw: bytes | None = None) -> None:
        """Open ``path`` (or ``raw``, the bytes of that file as an earlier step edited it)."""
        self.path = path
        self.display = display
        if raw is None:
            raw = read_file_bytes(path, display)
        links = os.stat(path).st_nlink
        if links > 1:  # a rename would give this name a new file and leave the others the old
            more = count(links - 1, "edit.noun.hard_link")
            raise self._refused(t("edit.hard_links", links=more), None)
        self.may_change: frozenset[int] = frozenset()
        """Lines (1-based) an edit may rewrite or remove, not only insert around: set by an
        edit that replaces a block (e.g. a council term's Fraktionen) for that block."""
        self.bom = BOM if raw.startswith(BOM) else b""
        self.lines: list[str] = _LINE_RE.findall(decode_text(raw, display))
        self.bodies = [line.rstrip("\r\n") for line in self.lines]
        ends = Counter(
            line[len(body) :] for line, body in zip(self.lines, self.bodies, strict=True)
        )
        ends.pop("", None)
        self.eol = ends.most_common(1)[0][0] if ends else "\n"
        self._yaml = _yaml()
        try:
            self.data: Any = self._yaml.load("".join(body + "\n" for body in self.bodies))
        except MarkedYAMLError as exc:  # the plan reader accepted it; ruamel's loader did not
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark is not None else None
            reason = syntax_message(str(exc.problem or ""))
            raise self._refused(t("edit.refused.unopenable", reason=reason), line) from None
        except Exception:  # ruamel raises many kinds
            raise self._refused(t("edit.refused.unopenable_plain"), None) from None

    def _refused(self, reason: str, line: int | None) -> EditRefused:
        problem = Problem(self.display, reason, line, 1 if line else None, code="not-editable")
        return EditRefused(
            t("edit.refused.not_editable", file=self.display, reason=reason), [problem]
        )

    def edited(self) -> str:
        """The file's text after the edit: the original lines, with the new ones spliced in."""
        out = io.StringIO()
        self._yaml.dump(self.data, out)
        new = out.getvalue().split("\n")
        if new and new[-1] == "":
            new.pop()
        old = self.bodies
        prefix = 0
        while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
            prefix += 1
        suffix = 0
        while (
            suffix < min(len(old), len(new)) - prefix
            and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]
        ):
            suffix += 1
        removed = old[prefix : len(old) - suffix]
        added = new[prefix : len(new) - suffix]
        emptied = len(removed) == 1 and removed[0].rstrip().endswith("[]")
        line = self._first_forbidden(removed, added, prefix) if removed and not emptied else None
        if line is not None:
            at = line - prefix - 1
            would = added[at].lstrip() if at < len(added) else t("edit.refused.removed")
            reason = t(
                "edit.refused.rewritten", line=line, before=removed[at].lstrip(), after=would
            )
            raise self._refused(reason, line)
        head = self.lines[:prefix]
        tail = self.lines[len(old) - suffix :]
        block = [body + self.eol for body in added]
        if not tail and block:  # added at the very end: keep how the file ended
            if head and head[-1] == self.bodies[prefix - 1]:
                head[-1] += self.eol
            block[-1] = added[-1] + self.lines[-1][len(self.bodies[-1]) :]
        return "".join(head + block + tail)

    def _first_forbidden(self, removed: list[str], added: list[str], prefix: int) -> int | None:
        """The first line (1-based) of the changed block that the edit rewrites or removes
        although it may not (see :attr:`may_change`); None when every such line may change."""
        if not self.may_change:
            return prefix + 1
        import difflib

        matcher = difflib.SequenceMatcher(None, removed, added, autojunk=False)
        for op, i1, i2, _, _ in matcher.get_opcodes():
            if op in ("replace", "delete"):
                for i in range(i1, i2):
                    if prefix + i + 1 not in self.may_change:
                        return prefix + i + 1
        return None

    def encoded(self, text: str) -> bytes:
        return self.bom + text.encode("utf-8")


@contextlib.contextmanager
def plan_lock(
    directory: Path, wait_seconds: float = 10.0, *, files: tuple[Path, ...] = ()
) -> Iterator[None]:
    """Hold an exclusive lock for the duration of one edit: on the plan folder, and on the
    folder each of ``files`` really lies in (symbolic links resolved), so that two plan
    folders sharing a file through a link cannot overwrite each other's edits."""
    folders = {os.path.realpath(directory)}
    folders.update(os.path.dirname(os.path.realpath(f)) for f in files)
    deadline = time.monotonic() + wait_seconds
    with contextlib.ExitStack() as stack:
        for folder in sorted(folders):  # always the same order: no two edits wait on each other
            stack.enter_context(_folder_lock(Path(folder), directory, deadline))
        yield


@contextlib.contextmanager
def _folder_lock(folder: Path, shown: Path, deadline: float) -> Iterator[None]:
    fd = os.open(folder, os.O_RDONLY)
    try:
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise
                if time.monotonic() >= deadline:
                    raise EditRefused(t("edit.refused.locked", folder=shown)) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # closing releases the lock
