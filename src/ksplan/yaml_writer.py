"""The one place that writes YAML: round-trip edits that keep every comment, atomically.

A file is loaded with ruamel.yaml's round-trip loader, edited in place and dumped with the
indentation the plan files use (mappings 2, sequences 4 with the dash at 2), so comments,
key order, quoting and everything outside the edit stay byte-identical. Writes go to a
temporary file in the same folder, are flushed to disk, and replace the old file in one
rename: a crash leaves either the old file or the new one. An exclusive lock on the plan
folder makes a second edit wait (and then give up) instead of overwriting the first.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import io
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from ksplan.errors import KsplanError, PlanUnreadable, Problem
from ksplan.yaml_reader import decode_text

BOM = b"\xef\xbb\xbf"


class EditRefused(KsplanError):
    """The edit was not written; the plan is unchanged. ``problems`` says why."""


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    return yaml


class RoundTrip:
    """A plan file opened for editing."""

    def __init__(self, path: Path, display: str) -> None:
        self.path = path
        self.display = display
        self.raw = path.read_bytes()
        self.bom = self.raw.startswith(BOM)
        # Windows line ends are kept: read as plain line feeds, written back as CR LF.
        self.crlf = self.raw.count(b"\r\n") * 2 > self.raw.count(b"\n")
        text = decode_text(self.raw, display)
        if self.crlf:
            text = text.replace("\r\n", "\n")
        self._yaml = _yaml()
        try:
            self.data: Any = self._yaml.load(text)
        except Exception as exc:  # ruamel raises many kinds; the plan was validated before
            raise PlanUnreadable(
                f"{display} cannot be opened for editing: {exc}",
                [Problem(display, f"cannot be opened for editing: {exc}", code="unreadable")],
            ) from None

    def dump(self) -> str:
        out = io.StringIO()
        self._yaml.dump(self.data, out)
        return out.getvalue()

    def encoded(self, text: str) -> bytes:
        if self.crlf:
            text = text.replace("\n", "\r\n")
        data = text.encode("utf-8")
        return BOM + data if self.bom else data


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves the old or the new file, whole.

    A symbolic link is written through: the file it points to is replaced, the link stays.
    """
    path = Path(os.path.realpath(path))
    mode = path.stat().st_mode & 0o7777 if path.exists() else 0o644
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    # The new file is in place; syncing the folder makes the rename survive a power cut. Not
    # every file system can sync a folder, and a failure here must not be reported as a
    # failed write.
    with contextlib.suppress(OSError):
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


@contextlib.contextmanager
def plan_lock(directory: Path, wait_seconds: float = 10.0) -> Iterator[None]:
    """Hold an exclusive lock on the plan folder for the duration of one edit."""
    fd = os.open(directory, os.O_RDONLY)
    try:
        deadline = time.monotonic() + wait_seconds
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                    raise
                if time.monotonic() >= deadline:
                    raise EditRefused(
                        f"another ksplan edit of {directory} is still running; nothing was "
                        "written — try again in a moment"
                    ) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # closing releases the lock
