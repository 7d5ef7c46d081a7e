"""``ksplan --help`` and ``ksplan COMMAND --help`` answered from the cache.

Rendering help takes typer (which imports its own click), the whole command tree and rich:
more than twice the time Python needs to import typer alone. The text only changes when
something it is made of changes, so the text typer wrote is kept in the cache, keyed by all
of that: the command line (and the program's name), ksplan's source, the installed typer and
rich, the Python version, every environment variable (rich and typer read several: width,
colour, CI) but four that only a shell's bookkeeping changes, whether the standard streams
are terminals and how large, and the output's encoding. Any difference is a miss, and typer
renders the help as always; only help that ended normally and wrote nothing to standard
error is kept. It lives beside the plan cache (see :mod:`ksplan.cache`).
"""

from __future__ import annotations

import hashlib
import os
import struct
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ksplan.cache import _atomic, _code_stamps, _library_stamps, _read_text, cache_dir

HELP_MAGIC = b"ksplan-help-1\n"
_SHELL_BOOKKEEPING = frozenset({"PWD", "OLDPWD", "SHLVL", "_"})


def cached(args: list[str]) -> str | None:
    """The help text for ``args`` as typer last wrote it in the same circumstances, or None."""
    return _read_text(_path(args), _key(args), HELP_MAGIC)


@contextmanager
def recording(args: list[str]) -> Iterator[None]:
    """Run the help request inside this block; what it writes is kept for next time."""
    key = _key(args)
    out, err = sys.stdout, sys.stderr
    copy = _Copy(out)
    watch = _Copy(err)
    sys.stdout, sys.stderr = copy, watch
    try:
        yield
    except SystemExit as exc:
        sys.stdout, sys.stderr = out, err
        complete = not copy.bypassed and not watch.bypassed
        if exc.code in (0, None) and copy.parts and complete and not watch.parts:
            data = "".join(copy.parts).encode("utf-8", "surrogateescape")
            _atomic(_path(args), lambda s: s.write(HELP_MAGIC + key + _digest(data) + data))
        raise
    finally:
        sys.stdout, sys.stderr = out, err


class _Copy:
    """A text stream that passes everything on to ``stream`` and keeps a copy of the text;
    everything else (isatty, fileno, encoding…) is the stream's own."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self.parts: list[str] = []
        self.bypassed = False  # something was written around this copy (to the bytes below)

    def write(self, text: str) -> int:
        written: int = self._stream.write(text)  # raises for bytes, as the stream does
        self.parts.append(text)
        return written

    def __getattr__(self, name: str) -> Any:
        if name == "buffer":
            self.bypassed = True
        return getattr(self._stream, name)


def _path(args: list[str]) -> Any:
    return cache_dir() / "help" / f"{_key(args).hex()}.txt"


def _key(args: list[str]) -> bytes:
    h = hashlib.blake2b(digest_size=32)

    def part(data: bytes) -> None:
        h.update(struct.pack(">Q", len(data)))
        h.update(data)

    part(HELP_MAGIC)
    part(sys.version.encode())
    for word in (sys.argv[0], *args):
        part(os.fsencode(word))
    for stamp in _code_stamps():
        part(stamp)
    for stamp in _library_stamps(("typer", "rich")):
        part(stamp)
    for name in sorted(os.environ):
        if name not in _SHELL_BOOKKEEPING:
            part(os.fsencode(name))
            part(os.fsencode(os.environ[name]))
    for fd in (0, 1, 2):
        try:
            terminal = os.isatty(fd)
            size = tuple(os.get_terminal_size(fd)) if terminal else ()
        except OSError:
            terminal, size = False, ()
        part(repr((fd, terminal, size)).encode())
    part(str(getattr(sys.stdout, "encoding", "")).encode())
    return h.digest()


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=32).digest()
