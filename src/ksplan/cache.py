"""A cache of validated plans for the read-only commands, keyed by everything that decides the
result, so that it is never stale.

The key is a hash of: every byte of the plan files, which of them exist, and the names they
are shown by; the source of ksplan itself (its version, the models and every rule); the
installed pydantic, pydantic-core and ruamel.yaml; the Python version; the language in force
(the problems and warnings kept are worded in it); and, for ``validate``, the day (it warns
about events dated after it). Any change of any of them is a miss, and the
plan is read and validated as without a cache. Only valid plans are stored.

Where: ``$XDG_CACHE_HOME/ksplan``, else ``~/.cache/ksplan``; a file per plan folder and
language (and one for ``validate``), a few dozen at most. Deleting the folder is always safe. A
cache file that cannot be read, is damaged, belongs to someone else or is writable by others
is ignored (and replaced); a cache that cannot be written is not written. Edits never use it:
they read and validate the files they change themselves.

``report`` keeps its output the same way, keyed also by the day, format and language and by
every byte of the shipped templates (a report from a user's own template is always rendered).

A plan's file holds a header, a short summary (what ``validate`` prints: the counts and the
warnings) and the plan's validated models (what the other commands compute on), each with
its own checksum. ``validate`` reads only the summary, so it needs neither YAML nor pydantic,
and stores only the summary (writing the models would cost a first validate of a large plan
a tenth more time and memory); the first other command stores the models.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import stat
import struct
import sys
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from ksplan import __version__
from ksplan.errors import Problem
from ksplan.gcpause import gc_paused
from ksplan.i18n import language
from ksplan.paths import display_path

if TYPE_CHECKING:
    from ksplan.plan import Plan
    from ksplan.yaml_reader import YamlDocument

PLAN_FILES = ("measures", "assembly", "districts", "orders")  # as ksplan.plan reads them
OPTIONAL_FILES = frozenset({"orders"})
MAGIC = b"ksplan-cache-1\n"
TEXT_MAGIC = b"ksplan-report-1\n"
_HEADER = struct.Struct(">32sQ32sQ32s")  # key, summary length and digest, plan length, digest
MAX_ENTRIES = 32
_MAX_FILE_BYTES = 20 * 1024 * 1024  # as the reader's limit: larger files are refused there
_LIBRARIES = ("pydantic", "pydantic_core", "ruamel.yaml")


@dataclass(frozen=True)
class Summary:
    """What ``validate`` says about a valid plan."""

    measures: int
    districts: int
    terms: int
    orders: int
    warnings: tuple[Problem, ...]


def cache_dir() -> Path:
    """``$XDG_CACHE_HOME/ksplan`` (when set to an absolute path), else ``~/.cache/ksplan``."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not base or not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "ksplan"


def summary(directory: Path, *, today: date | None = None) -> Summary:
    """The summary of the valid plan in ``directory``, with the warnings about events after
    ``today``; raises as :func:`ksplan.loading.load_plan`."""
    entry = _Entry(directory, today)
    if entry.key is not None:
        found = entry.read(whole=False)
        if found is not None:
            return found[0]
    plan = entry.load(keep_plan=False)  # validate needs the summary only
    return _summary_of(plan)


def load_plan(directory: Path) -> Plan:
    """The valid plan in ``directory``, from the cache when the files are unchanged; raises as
    :func:`ksplan.loading.load_plan`, which it is equal to."""
    return _Entry(directory).plan()


def report_text(directory: Path, day: date, fmt: str, lang: str, template: Path | None) -> str:
    """The report on the plan in ``directory``, from the cache when neither the plan nor
    anything else the report depends on has changed: the day, format and language, the
    shipped templates (every byte), ksplan's source and the installed jinja2 and markupsafe.
    A report from a user's own template is always rendered (what it includes is not known
    before it is rendered)."""
    from ksplan.report import render_report

    entry = _Entry(directory)
    if template is not None or entry.key is None:
        return render_report(entry.plan(), day, fmt, lang, template)
    name = _digest(os.fsencode(f"{os.path.abspath(directory)}\0{fmt}\0{lang}")).hex()[:32]
    path = cache_dir() / "reports" / f"{name}.txt"
    found = _read_text(path, _report_key(entry.key, day, fmt, lang))
    if found is not None:
        return found
    text = render_report(entry.plan(), day, fmt, lang, None)
    if entry.key is not None:  # the key of the bytes the plan was made of
        key = _report_key(entry.key, day, fmt, lang)
        data = text.encode("utf-8")
        _atomic(path, lambda stream: stream.write(TEXT_MAGIC + key + _digest(data) + data))
    return text


def _report_key(plan_key: bytes, day: date, fmt: str, lang: str) -> bytes:
    from ksplan.paths import shipped

    h = hashlib.blake2b(digest_size=32)
    templates = shipped("templates")
    parts = [plan_key, b"report", fmt.encode(), lang.encode(), day.isoformat().encode()]
    for file in sorted(p for p in templates.rglob("*") if p.is_file()):
        parts += [os.fsencode(file.relative_to(templates)), file.read_bytes()]
    parts += list(_library_stamps(("jinja2", "markupsafe")))
    for data in parts:
        h.update(struct.pack(">Q", len(data)))
        h.update(data)
    return h.digest()


def _read_text(path: Path, key: bytes, magic: bytes = TEXT_MAGIC) -> str | None:
    try:
        with open(path, "rb") as stream:
            if not _trusted(os.fstat(stream.fileno())):
                return None
            data = stream.read()
    except OSError:
        return None
    head = len(magic)
    if data[:head] != magic or data[head : head + 32] != key:
        return None
    body = data[head + 64 :]
    if _digest(body) != data[head + 32 : head + 64]:
        return None
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _summary_of(plan: Plan) -> Summary:
    return Summary(
        len(plan.measures),
        len(plan.districts_file.districts),
        len(plan.assembly.terms),
        len(plan.orders),
        plan.warnings,
    )


class _Entry:
    """The cache entry of one plan folder, as the files are now."""

    def __init__(self, directory: Path, today: date | None = None) -> None:
        self.directory = directory
        self.today = today
        digests = _file_digests(directory)
        self.digests = digests or {}
        self.key = None if digests is None else self._key()
        folder_id = _digest(os.fsencode(os.path.abspath(directory))).hex()[:32]
        dated = "" if today is None else "-dated"
        self.path = cache_dir() / f"{folder_id}{dated}-{language()}.plan"

    def _key(self) -> bytes:
        day = b"-" if self.today is None else self.today.isoformat().encode()
        return _key(self.directory, self.digests, day)

    def read(self, *, whole: bool) -> tuple[Summary, Plan | None] | None:
        """The stored summary (and plan, if ``whole``), or None for a miss of any kind."""
        import pickle  # only where a plan is stored or read

        try:
            with open(self.path, "rb") as stream:
                info = os.fstat(stream.fileno())
                if not _trusted(info):
                    return None
                if stream.read(len(MAGIC)) != MAGIC:
                    return None
                header = stream.read(_HEADER.size)
                key, s_len, s_digest, p_len, p_digest = _HEADER.unpack(header)
                if key != self.key or s_len + p_len > info.st_size:
                    return None
                s_bytes = stream.read(s_len)
                if _digest(s_bytes) != s_digest:
                    return None
                found = pickle.loads(s_bytes)
                if not isinstance(found, Summary):
                    return None
                if not whole or p_len == 0:  # validate stores no plan
                    return found, None
                p_bytes = stream.read(p_len)
                if _digest(p_bytes) != p_digest:
                    return None
                return found, self._plan(_unpickle(p_bytes))
        except Exception:  # unreadable, damaged, from another version: a miss, never an error
            return None

    def _plan(self, stored: Any) -> Plan | None:
        from ksplan.models import AssemblyFile, DistrictsFile, MeasuresFile, OrdersFile
        from ksplan.plan import Plan

        measures, assembly, districts, orders, warnings = stored
        if not (
            isinstance(measures, MeasuresFile)
            and isinstance(assembly, AssemblyFile)
            and isinstance(districts, DistrictsFile)
            and isinstance(orders, OrdersFile)
        ):
            return None
        documents = _Documents(self.directory, self.digests)
        return Plan(
            measures, assembly, districts, orders, self.directory, documents, tuple(warnings)
        )

    def load(self, *, keep_plan: bool = True) -> Plan:
        """Read and validate the plan; store it (or only its summary, which is quicker and
        needs less memory) under the key of the very bytes read."""
        from ksplan import loading as plans
        from ksplan.yaml_reader import decode_text, parse_yaml_text, read_yaml_file

        digests: dict[str, bytes] = {}

        def read(path: Path, shown: str) -> YamlDocument:
            raw = _read_file(path)
            if raw is None:  # not a plain file: the reader says what is wrong with it
                return read_yaml_file(path, shown)
            digests[path.stem] = _digest(raw)
            text = decode_text(raw, shown)
            del raw  # as the reader does: the bytes are not needed while parsing
            return parse_yaml_text(text, path, shown)

        # as ksplan.loading.load_plan: what cannot be read is reported with what can be checked
        documents, unreadable = plans.read_readable(self.directory, read)
        plan = plans.build_plan(documents, self.directory, today=self.today, unreadable=unreadable)
        names = set(documents)
        del documents  # the parsed files, with every position: parsed again only if asked for
        if set(digests) != names:  # a file was not read through ``read``: not stored
            return plan
        self.digests = {name: digests[name] for name in PLAN_FILES if name in names}
        self.key = self._key()  # of what was parsed, should it differ
        plan = replace(plan, documents=_Documents(self.directory, self.digests))
        self._write(plan, keep_plan)
        return plan

    def _write(self, plan: Plan, keep_plan: bool) -> None:
        import pickle  # only where a plan is stored or read

        assert self.key is not None
        key = self.key
        s_bytes = pickle.dumps(_summary_of(plan), protocol=pickle.HIGHEST_PROTOCOL)
        stored = (
            plan.measures_file,
            plan.assembly,
            plan.districts_file,
            plan.orders_file,
            plan.warnings,
        )

        def write(stream: BinaryIO) -> None:
            stream.write(MAGIC + bytes(_HEADER.size) + s_bytes)
            # pickled straight into the file: no second copy of a large plan in memory
            plan_part = _Hashing(stream)
            if keep_plan:
                pickle.dump(stored, plan_part, protocol=pickle.HIGHEST_PROTOCOL)
            stream.seek(len(MAGIC))
            digest = plan_part.hash.digest()
            stream.write(_HEADER.pack(key, len(s_bytes), _digest(s_bytes), plan_part.size, digest))

        _atomic(self.path, write)

    def plan(self) -> Plan:
        """The plan: from the cache, else read, validated and stored."""
        if self.key is not None:
            found = self.read(whole=True)
            if found is not None and found[1] is not None:
                return found[1]
        return self.load()


class _Hashing:
    """A stream that passes what is written on, counting and hashing it."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream
        self.hash = hashlib.blake2b(digest_size=32)
        self.size = 0

    def write(self, data: Any) -> int:
        self.hash.update(data)
        self.size += len(data)
        written: int = self.stream.write(data)
        return written


class _Documents(Mapping[str, "YamlDocument"]):
    """The parsed plan files of a plan from the cache, read again when first asked for; a file
    that has changed since is refused rather than shown at the wrong lines."""

    def __init__(self, directory: Path, digests: dict[str, bytes]) -> None:
        self._directory = directory
        self._digests = digests
        self._parsed: dict[str, YamlDocument] = {}

    def __getitem__(self, name: str) -> YamlDocument:
        if name not in self._parsed:
            from ksplan.errors import PlanUnreadable

            path = self._directory / f"{name}.yaml"
            raw = _read_file(path)
            if raw is None or _digest(raw) != self._digests[name]:
                shown = display_path(path)
                raise PlanUnreadable(
                    f"{shown} changed while ksplan was reading the plan; run the command again",
                    [Problem(shown, "the file changed while it was read", code="unreadable")],
                )
            from ksplan.yaml_reader import parse_yaml_bytes

            self._parsed[name] = parse_yaml_bytes(raw, path, display_path(path))
        return self._parsed[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._digests)

    def __len__(self) -> int:
        return len(self._digests)


def _read_file(path: Path) -> bytes | None:
    """The bytes of a plan file, or None when it is not a plain readable file of at most the
    reader's size (the reader then says what is wrong)."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
        with os.fdopen(fd, "rb") as stream:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_size > _MAX_FILE_BYTES:
                return None
            raw = stream.read(_MAX_FILE_BYTES + 1)
    except OSError:
        return None
    return raw if len(raw) <= _MAX_FILE_BYTES else None


def _file_digests(directory: Path) -> dict[str, bytes] | None:
    """A digest of each plan file there is (one file in memory at a time), or None as for
    _read_file."""
    digests: dict[str, bytes] = {}
    for name in PLAN_FILES:
        path = directory / f"{name}.yaml"
        if name in OPTIONAL_FILES and not path.exists() and not path.is_symlink():
            continue  # as ksplan.loading.read_documents: the plan has none
        raw = _read_file(path)
        if raw is None:
            return None
        digests[name] = _digest(raw)
    return digests


def _key(directory: Path, digests: dict[str, bytes], day: bytes) -> bytes:
    h = hashlib.blake2b(digest_size=32)

    def part(data: bytes) -> None:
        h.update(struct.pack(">Q", len(data)))
        h.update(data)

    part(MAGIC)
    part(__version__.encode())
    part(sys.version.encode())
    part(day)
    part(language().encode())  # the messages kept are worded in it
    for stamp in _code_stamps():
        part(stamp)
    for name in PLAN_FILES:
        part(name.encode())
        part(os.fsencode(display_path(directory / f"{name}.yaml")))  # problems name files so
        part(digests.get(name, b"absent"))
    return h.digest()


def _code_stamps() -> Iterator[bytes]:
    """ksplan's own source, byte for byte, and where and when the libraries were installed."""
    return iter(_code_stamps_once())


@functools.cache
def _code_stamps_once() -> tuple[bytes, ...]:
    """Read once per process: the code that runs does not change while it runs."""
    stamps: list[bytes] = []
    package = Path(__file__).resolve().parent
    for source in sorted(package.rglob("*.py")):  # with the texts and views below it
        stamps += [os.fsencode(source.relative_to(package)), source.read_bytes()]
    stamps += _library_stamps(_LIBRARIES)
    return tuple(stamps)


def _library_stamps(names: tuple[str, ...]) -> Iterator[bytes]:
    """Where and when each library was installed: an upgrade rewrites its files."""
    from importlib.util import find_spec

    for name in names:
        spec = find_spec(name)
        origin = spec.origin if spec is not None and spec.origin else ""
        try:
            info = os.stat(origin)
            yield f"{name}:{origin}:{info.st_size}:{info.st_mtime_ns}".encode()
        except OSError:
            yield f"{name}:missing".encode()


@gc_paused
def _unpickle(data: bytes) -> Any:
    import pickle  # only where a plan is stored or read

    return pickle.loads(data)


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=32).digest()


def _trusted(info: os.stat_result) -> bool:
    """A regular file of this user that nobody else may write (it is unpickled)."""
    owner_ok = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    return stat.S_ISREG(info.st_mode) and owner_ok and not info.st_mode & 0o022


def _atomic(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write a cache file whole (to a temporary file, then renamed), readable by its owner
    only; keep the folder's newest entries only. Any failure leaves no cache file."""
    folder = path.parent
    temporary = folder / f".{path.name}.{os.getpid()}"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        with os.fdopen(fd, "wb") as stream:
            write(stream)
        os.replace(temporary, path)
        _prune(folder, path.suffix)
    except OSError:  # no cache then; the command does not depend on it
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)


def _prune(folder: Path, suffix: str) -> None:
    """Keep the most recently written entries only."""
    entries = sorted(folder.glob(f"*{suffix}"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for old in entries[MAX_ENTRIES:]:
        old.unlink(missing_ok=True)
