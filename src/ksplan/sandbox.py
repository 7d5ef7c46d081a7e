"""Where a report template runs: Jinja2's sandbox, with limits on what a template can cost.

A template is a small text file and its report a document. A mistaken or hostile template —
loops inside loops, ``"x" * 10**10``, ``"{:>1000000000}".format(x)``, a string doubled in a
loop — must neither hang ksplan nor eat the machine's memory, so every render is bounded:

* **time**: it stops after :data:`MAX_RENDER_SECONDS` (a timer interrupts the render);
* **output**: it stops at :data:`MAX_OUTPUT_CHARS` characters of output;
* **memory**: the process may not grow by more than :data:`MAX_RENDER_MEMORY` bytes while it
  renders (an address-space limit, lifted again afterwards); whatever builds a larger value
  fails at once;
* **single values**, before they are built, with a message that names the cause: ``*`` and
  ``**`` (no value of more than :data:`MAX_VALUE_CHARS` characters or items, no number of more
  than :data:`MAX_NUMBER_BITS` bits) and every width or precision in a format (``format``,
  ``%``, the ``format`` and ``center`` filters, ``center``/``ljust``/``rjust``/``zfill``) —
  at most :data:`MAX_FORMAT_WIDTH`.

Each limit is a :class:`RenderStopped` that says which one was hit. For tests, the first
three can be lowered (never raised) through ``KSPLAN_TEMPLATE_SECONDS``,
``KSPLAN_TEMPLATE_OUTPUT_MB`` and ``KSPLAN_TEMPLATE_MEMORY_MB``.
"""

from __future__ import annotations

import contextlib
import os
import re
import string
import types
from collections.abc import Callable, Iterator
from functools import update_wrapper
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import EscapeFormatter, Markup

from ksplan.i18n import number, t

MAX_OUTPUT_CHARS = 64 * 1024 * 1024
MAX_VALUE_CHARS = 16 * 1024 * 1024  # one value a template builds with * or **
MAX_NUMBER_BITS = 1_000_000  # about 300,000 digits
MAX_FORMAT_WIDTH = 10_000
MAX_RENDER_SECONDS = 30.0
MAX_RENDER_MEMORY = 1024 * 1024 * 1024

_MB = 1024 * 1024
_DIGITS = re.compile(r"\d+")
# A printf conversion: %[(key)][flags][width][.precision][length]type
_PRINTF = re.compile(r"%(?:\([^)]*\))?[#0 +\-]*(\*|\d+)?(?:\.(\*|\d*))?[hlL]?([a-zA-Z%])")


class RenderStopped(Exception):
    """A limit of a template's render was reached; the message says which."""


def _lowered(name: str, default: float) -> float:
    """A limit, lowered by the environment variable ``name`` for a test (never raised)."""
    try:
        value = float(os.environ.get(name, ""))
    except ValueError:
        return default
    return value if 0 < value < default else default


def render_seconds() -> float:
    return _lowered("KSPLAN_TEMPLATE_SECONDS", MAX_RENDER_SECONDS)


def output_chars() -> int:
    return int(_lowered("KSPLAN_TEMPLATE_OUTPUT_MB", MAX_OUTPUT_CHARS / _MB) * _MB)


def render_memory() -> int:
    return int(_lowered("KSPLAN_TEMPLATE_MEMORY_MB", MAX_RENDER_MEMORY / _MB) * _MB)


# --- single values ---------------------------------------------------------------------------


def _check_width(value: object) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and value > MAX_FORMAT_WIDTH:
        raise RenderStopped(t("tpl.too_wide", width=number(value), limit=number(MAX_FORMAT_WIDTH)))


def check_format_spec(spec: str) -> None:
    """A format spec (``>1000``, ``.3f``, ``%d.%m.%Y``): no width or precision over the limit."""
    for digits in _DIGITS.findall(spec):
        _check_width(int(digits) if len(digits) < 12 else MAX_FORMAT_WIDTH + 1)


def check_printf(fmt: str, values: object) -> None:
    """A ``%`` format and its values: no width or precision over the limit, also by ``*``."""
    starred = False
    for match in _PRINTF.finditer(fmt):
        for part in match.group(1, 2):
            if part == "*":
                starred = True
            elif part:
                check_format_spec(part)
    if starred:
        for value in values if isinstance(values, tuple) else (values,):
            _check_width(value)


class _BoundedFormatter(string.Formatter):
    """``str.format`` in the sandbox: attribute access as Jinja2's sandbox allows it, and every
    format spec checked before a field is formatted."""

    def __init__(self, env: SandboxedEnvironment) -> None:
        self._env = env
        super().__init__()

    def get_field(self, field_name: str, args: Any, kwargs: Any) -> tuple[Any, str]:
        from _string import formatter_field_name_split  # type: ignore[import-not-found]

        first, rest = formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            obj = self._env.getattr(obj, i) if is_attr else self._env.getitem(obj, i)
        return obj, first

    def format_field(self, value: Any, format_spec: str) -> Any:
        check_format_spec(format_spec)
        return super().format_field(value, format_spec)


class _BoundedEscapeFormatter(_BoundedFormatter, EscapeFormatter):
    def __init__(self, env: SandboxedEnvironment, escape: Callable[[Any], Markup]) -> None:
        self._env = env
        EscapeFormatter.__init__(self, escape)

    def format_field(self, value: Any, format_spec: str) -> Any:
        check_format_spec(format_spec)
        return EscapeFormatter.format_field(self, value, format_spec)


_WIDTH_METHODS = frozenset({"center", "ljust", "rjust", "zfill", "expandtabs"})


class Sandbox(SandboxedEnvironment):
    """Jinja2's sandbox, and no single value beyond the limits above, checked before it is
    built."""

    intercepted_binops = frozenset({"*", "**", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.filters["format"] = _format_filter
        self.filters["center"] = _center_filter
        self.filters["indent"] = _indent_filter
        self.filters["replace"] = _replace_filter
        self.filters["join"] = _join_filter

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        numbers = _is_int(left) and _is_int(right)
        power = operator == "**" and numbers and abs(left) > 1 and right > 0
        if power and left.bit_length() * right > MAX_NUMBER_BITS:
            raise RenderStopped(t("tpl.too_big_number", right=number(right)))
        if operator == "*":
            if numbers and left.bit_length() + right.bit_length() > MAX_NUMBER_BITS:
                raise RenderStopped(t("tpl.too_big_product", limit=number(300_000)))
            for sized, times in ((left, right), (right, left)):
                sequence = isinstance(sized, str | list | tuple) and _is_int(times)
                if sequence and len(sized) * times > MAX_VALUE_CHARS:
                    raise RenderStopped(t("tpl.too_big_value", limit=number(MAX_VALUE_CHARS)))
        if operator == "%" and isinstance(left, str):
            check_printf(left, right)
        return super().call_binop(context, operator, left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        owner = getattr(__obj, "__self__", None)
        name = getattr(__obj, "__name__", "")
        if isinstance(owner, str) and name in _WIDTH_METHODS:
            for value in (*args, *kwargs.values()):
                _check_width(value)
        if isinstance(owner, str) and name == "replace" and len(args) >= 2:
            _check_replace(owner, args[0], args[1])
        if isinstance(owner, str) and name == "join" and args:
            _check_join(owner, args[0])
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """``str.format`` and ``format_map`` with every field's format spec checked."""
        if not isinstance(value, types.BuiltinMethodType | types.MethodType):
            return None
        if value.__name__ not in ("format", "format_map"):
            return None
        owner: Any = value.__self__
        if not isinstance(owner, str):
            return None
        formatter: _BoundedFormatter
        if isinstance(owner, Markup):
            formatter = _BoundedEscapeFormatter(self, owner.escape)
        else:
            formatter = _BoundedFormatter(self)
        is_map = value.__name__ == "format_map"

        def wrapper(*args: Any, **kwargs: Any) -> str:
            if is_map:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one argument")
                kwargs, args = args[0], ()
            return type(owner)(formatter.vformat(owner, args, kwargs))

        return update_wrapper(wrapper, value)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_replace(text: str, old: object, new: object) -> None:
    if isinstance(old, str) and isinstance(new, str) and len(new) > len(old):
        times = text.count(old) if old else len(text) + 1
        if len(text) + times * (len(new) - len(old)) > MAX_VALUE_CHARS:
            raise RenderStopped(t("tpl.too_big_value", limit=number(MAX_VALUE_CHARS)))


def _check_join(separator: str, items: object) -> None:
    if isinstance(items, list | tuple):
        size = len(separator) * len(items)
        size += sum(len(i) for i in items if isinstance(i, str))
        if size > MAX_VALUE_CHARS:
            raise RenderStopped(t("tpl.too_big_value", limit=number(MAX_VALUE_CHARS)))


def _format_filter(value: Any, *args: Any, **kwargs: Any) -> str:
    from jinja2.filters import do_format

    check_printf(str(value), tuple(args) if args else tuple(kwargs.values()))
    return do_format(value, *args, **kwargs)


@jinja2.pass_eval_context
def _replace_filter(eval_ctx: Any, value: Any, old: Any, new: Any, *args: Any) -> Any:
    from jinja2.filters import do_replace

    _check_replace(str(value), str(old), str(new))
    return do_replace(eval_ctx, value, old, new, *args)


@jinja2.pass_eval_context
def _join_filter(eval_ctx: Any, value: Any, d: str = "", attribute: Any = None) -> Any:
    from jinja2.filters import sync_do_join

    if isinstance(value, list | tuple) and attribute is None:
        _check_join(str(d), [v if isinstance(v, str) else "" for v in value])
    return sync_do_join(eval_ctx, value, d, attribute)


def _center_filter(value: str, width: int = 80) -> str:
    from jinja2.filters import do_center

    _check_width(width)
    return do_center(value, width)


@jinja2.pass_eval_context
def _indent_filter(eval_ctx: Any, value: str, width: int | str = 4, *args: Any, **kw: Any) -> str:
    from jinja2.filters import do_indent

    _check_width(width if isinstance(width, int) else len(width))
    lines = str(value).count("\n") + 1
    if lines * (width if isinstance(width, int) else len(width)) > MAX_VALUE_CHARS:
        raise RenderStopped(t("tpl.too_big_value", limit=number(MAX_VALUE_CHARS)))
    return do_indent(value, width, *args, **kw)


# --- the whole render ------------------------------------------------------------------------


@contextlib.contextmanager
def _memory_ceiling(extra: int) -> Iterator[None]:
    """While inside, the process's address space may grow by at most ``extra`` bytes (Linux;
    elsewhere nothing is limited here)."""
    try:
        import resource

        with open("/proc/self/statm") as statm:
            pages = int(statm.read().split()[0])
        current = pages * os.sysconf("SC_PAGE_SIZE")
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    except (ImportError, OSError, ValueError):
        yield
        return
    ceiling = current + extra
    if hard != resource.RLIM_INFINITY and ceiling > hard:
        ceiling = hard
    if soft != resource.RLIM_INFINITY and soft <= ceiling:
        yield  # already limited at least as tightly
        return
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def render(compiled: jinja2.Template, context: dict[str, Any]) -> str:
    """Render within the limits of this module; :class:`RenderStopped` when one is reached."""
    import signal
    import threading

    seconds = render_seconds()
    limit = output_chars()

    def expired(signum: int, frame: Any) -> None:
        raise RenderStopped(t("tpl.too_long", seconds=f"{seconds:g}"))

    timed = threading.current_thread() is threading.main_thread()
    if timed:
        previous = signal.signal(signal.SIGALRM, expired)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        chunks: list[str] = []
        size = 0
        with _memory_ceiling(render_memory()):
            try:
                for chunk in compiled.generate(context):
                    size += len(chunk)
                    if size > limit:
                        raise RenderStopped(t("tpl.too_much", megabytes=f"{limit / _MB:g}"))
                    chunks.append(chunk)
            except RecursionError:
                raise RenderStopped(t("tpl.too_deep")) from None
            except MemoryError:
                chunks = []
                raise RenderStopped(
                    t("tpl.too_much_memory", megabytes=f"{render_memory() / _MB:g}")
                ) from None
        return "".join(chunks)
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
