"""One plan file checked against its model: every field error found (not only the first),
explained for a clerk and located by line and column, a long list checked in windows, and the
parts of a file that are valid put back together for the cross-file checks
(:mod:`ksplan.salvage`).
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, get_args, get_origin

from pydantic import ValidationError

from ksplan.dates import describe
from ksplan.errors import Problem
from ksplan.i18n import number, t
from ksplan.models import (
    FILE_MODELS,
    Model,
)
from ksplan.paths import display_path as display_path  # where edits and report find it

if TYPE_CHECKING:  # the reader (and ruamel.yaml) is loaded only when files are read
    from ksplan.yaml_reader import YamlDocument

# A file with thousands of mistakes is a wrong file, not a list to work through: beyond this
# many problems per file, one line says how many more there are (and nothing is slowed down
# by explaining each of them).
MAX_PROBLEMS_PER_FILE = 1000
_SHOWN_TEXT = 80  # characters of a long text quoted in a message
_LIST_HEAD = 2000  # items of a long list that are checked first (see validate_document)


def _field_names(models: list[type[Model]]) -> set[str]:
    names: set[str] = set()
    todo = list(models)
    seen: set[type[Model]] = set()
    while todo:
        model = todo.pop()
        if model in seen:
            continue
        seen.add(model)
        for name, info in model.model_fields.items():
            names.add(info.alias or name)
            for arg in _model_args(info.annotation):
                todo.append(arg)
    return names


def _model_args(annotation: Any) -> list[type[Model]]:
    found: list[type[Model]] = []
    stack = [annotation]
    while stack:
        item = stack.pop()
        if isinstance(item, type) and issubclass(item, Model):
            found.append(item)
        stack.extend(getattr(item, "__args__", ()) or ())
        meta = getattr(item, "__origin__", None)
        if meta is not None and isinstance(meta, type) and issubclass(meta, Model):
            found.append(meta)
    return found


def _expected_text(ctx: dict[str, Any]) -> str:
    """The allowed values pydantic lists ("'a', 'b' or 'c'"), in the language in force."""
    text = str(ctx.get("expected", "")).replace("'", "")
    first, joined, last = text.rpartition(" or ")
    return t("v.or", first=first, last=last) if joined else text


def _clip(value: Any) -> Any:
    """A long text shortened for quoting in a message."""
    if isinstance(value, str) and len(value) > _SHOWN_TEXT:
        return value[:_SHOWN_TEXT] + "…"
    return value


def explain(error: Any, known_keys: set[str]) -> tuple[str, bool, str]:
    """(message, point_at_key, code) for one pydantic error, worded for a clerk."""
    kind: str = error["type"]
    full = error.get("input")
    value = _clip(full)
    ctx: dict[str, Any] = error.get("ctx") or {}
    loc = error["loc"]
    last = loc[-1] if loc else ""
    if kind == "missing":
        return t("v.missing", field=last), False, "missing"
    if kind == "extra_forbidden":
        import difflib  # only to suggest a name for an unknown key

        from ksplan.output import hidden_character

        close = difflib.get_close_matches(str(last), sorted(known_keys), n=1, cutoff=0.6)
        hint = t("v.did_you_mean", name=close[0]) if close else ""
        hidden = hidden_character(str(last))
        if hidden is not None:
            hint = t("v.hidden_in_key", hidden=hidden, hint=hint)
        return t("v.unknown_field", field=last, hint=hint), True, "unknown-field"
    if kind == "string_type":
        hint = ""
        if isinstance(value, (int, bool)) or value is None:
            hint = t("v.quote_hint")
        return t("v.expected_text", found=describe(value), hint=hint), False, "type"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return t("v.expected_int", found=describe(value)), False, "type"
    if kind in ("bool_type", "bool_parsing"):
        return t("v.expected_bool", found=describe(value)), False, "type"
    if kind == "literal_error":
        shown = describe(value)
        return t("v.not_allowed", found=shown, allowed=_expected_text(ctx)), False, "value"
    if kind == "list_type":
        return t("v.expected_list", found=describe(value)), False, "type"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return t("v.expected_mapping", found=describe(value)), False, "type"
    if kind == "string_too_short":
        return t("v.empty"), False, "value"
    if kind == "string_too_long":
        limit = ctx.get("max_length")
        length = number(len(full)) if isinstance(full, str) else "?"
        return t("v.too_long", length=length, limit=limit), False, "value"
    if kind == "greater_than_equal":
        return t("v.at_least", limit=ctx.get("ge"), found=describe(value)), False, "value"
    if kind == "less_than_equal":
        return t("v.at_most", limit=ctx.get("le"), found=describe(value)), False, "value"
    if kind == "too_short":
        return t("v.entries", n=ctx.get("min_length")), False, "value"
    if kind in ("value_error", "assertion_error"):
        message = str(error.get("msg", ""))
        for prefix in ("Value error, ", "Assertion failed, "):
            message = message.removeprefix(prefix)
        return message, False, "value"
    return t("v.invalid_kind", kind=kind), False, "invalid"


_KNOWN_KEYS = _field_names(list(FILE_MODELS.values()))


def _value_at(data: Any, loc: tuple[str | int, ...]) -> Any:
    """The value at a field path, or None where there is none."""
    node = data
    for part in loc:
        if isinstance(node, dict) and isinstance(part, str):
            node = node.get(part)
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            return None
    return node


def _first_errors(exc: ValidationError, data: Any, limit: int) -> list[dict[str, Any]]:
    """The first ``limit`` errors of a validation, without building all of them.

    ``exc.errors()`` would build a dictionary (with the offending value) for every error,
    hundreds of megabytes for a file with 500,000 of them; the JSON form is compact and is
    decoded only as far as needed. The offending value is looked up in the data by its path.
    """
    text = exc.json(include_url=False, include_input=False)
    decoder = json.JSONDecoder()
    found: list[dict[str, Any]] = []
    index = text.index("[") + 1
    while len(found) < limit:
        while text[index] in " \n\r\t,":
            index += 1
        if text[index] == "]":
            break
        error, index = decoder.raw_decode(text, index)
        loc = tuple(p for p in error.get("loc", ()) if isinstance(p, (str, int)))
        error["loc"] = loc
        if error.get("type") != "missing":
            error["input"] = _value_at(data, loc)
        found.append(error)
    return found


def too_many(file: str, more: int | None) -> Problem:
    """The one line that stands for the problems of a file beyond the first few."""
    count = t("v.more_problems", n=number(more)) if more is not None else None
    return Problem(
        file,
        t(
            "v.too_many",
            more=count or t("v.more_problems_unknown"),
            shown=number(MAX_PROBLEMS_PER_FILE),
        ),
        code="truncated",
    )


Loc = tuple[str | int, ...]


def _long_lists(value: Any, path: Loc = ()) -> list[Loc]:
    """Paths of the lists longer than ``_LIST_HEAD`` items, outermost first, none inside another."""
    if isinstance(value, list):
        if len(value) > _LIST_HEAD:
            return [path]
        return [p for i, item in enumerate(value) for p in _long_lists(item, (*path, i))]
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in _long_lists(item, (*path, key))]
    return []


def _window(value: Any, path: Loc, start: int, here: Loc = ()) -> Any:
    """A copy of the data in which the list at ``path`` holds only the items from ``start`` on
    (at most ``_LIST_HEAD`` of them) and every other long list only its first items."""
    if isinstance(value, list):
        if here == path:
            return value[start : start + _LIST_HEAD]
        if len(value) > _LIST_HEAD:
            return value[:_LIST_HEAD]
        return [_window(item, path, start, (*here, i)) for i, item in enumerate(value)]
    if isinstance(value, dict):
        return {key: _window(item, path, start, (*here, key)) for key, item in value.items()}
    return value


def _problems(doc: YamlDocument, errors: list[dict[str, Any]]) -> list[Problem]:
    problems: list[Problem] = []
    for error in errors:
        message, at_key, code = explain(error, _KNOWN_KEYS)
        problems.append(doc.problem(error["loc"], message, key=at_key, code=code))
    return problems


def _shifted(errors: list[dict[str, Any]], path: Loc, start: int) -> list[dict[str, Any]]:
    """Errors of a window with their list index made absolute again; outside errors dropped
    after the first window (they would repeat in every window)."""
    shifted = []
    depth = len(path)
    for error in errors:
        loc = error["loc"]
        inside = loc[:depth] == path and len(loc) > depth and isinstance(loc[depth], int)
        if inside:
            error["loc"] = (*path, loc[depth] + start, *loc[depth + 1 :])
        elif start > 0:
            continue
        shifted.append(error)
    return shifted


def validate_document(doc: YamlDocument, model: type[Model]) -> tuple[Model | None, list[Problem]]:
    """Validate one file's data; return the model or the located problems."""
    result, errors, more = validate_errors(doc, model)
    problems = _problems(doc, errors)
    return result, problems if more is None else [*problems, more]


def validate_errors(
    doc: YamlDocument, model: type[Model]
) -> tuple[Model | None, list[dict[str, Any]], Problem | None]:
    """Validate one file's data: the model, or the first errors (pydantic's, with their paths)
    and the line that says how many more there are (None when all are listed).

    Pydantic holds every error of a validation in memory, so a file of 500,000 wrong items
    would need hundreds of megabytes. Long lists are therefore checked window by window
    (``_LIST_HEAD`` items at a time) first. When every window is fine, the file's model is put
    together from the windows' validated items (see :func:`_assembled`) instead of validating
    the whole file a second time; where a validator could see a whole list, the file is
    validated whole, and that validation can then find only few errors.
    """
    errors: list[dict[str, Any]] = []
    first: Model | None = None  # the first window's model: everything but the long lists
    items: dict[Loc, list[Any]] = {}  # the validated items of each long list, in order
    for path in _long_lists(doc.data):
        length = len(_value_at(doc.data, path))
        items[path] = []
        for start in range(0, length, _LIST_HEAD):
            try:
                part = model.model_validate(_window(doc.data, path, start))
            except ValidationError as exc:
                window = _first_errors(exc, _window(doc.data, path, start), MAX_PROBLEMS_PER_FILE)
                errors.extend(_shifted(window, path, start))
            else:
                first = first or part
                items[path].extend(_attribute_at(part, path))
            if len(errors) > MAX_PROBLEMS_PER_FILE:
                return None, errors[:MAX_PROBLEMS_PER_FILE], too_many(doc.display, None)
    if errors:
        return None, errors, None
    if first is not None and all(_assemblable(model, path) for path in items):
        return _assembled(first, items), [], None
    try:
        return model.model_validate(doc.data), [], None
    except ValidationError as exc:
        errors = _first_errors(exc, doc.data, MAX_PROBLEMS_PER_FILE)
        total = exc.error_count()
        more = too_many(doc.display, total - len(errors)) if total > len(errors) else None
        return None, errors, more


def _attribute_name(model: type[Model], key: str) -> str | None:
    """The attribute that holds the file's key ``key`` (keys may be aliases)."""
    for name, info in model.model_fields.items():
        if (info.alias or name) == key:
            return name
    return None


def _attribute_at(value: Any, path: Loc) -> Any:
    """The validated value at a file path (keys, list indexes) of a model."""
    for part in path:
        if isinstance(part, int):
            value = value[part]
        else:
            value = getattr(value, _attribute_name(type(value), part) or part)
    return value


def _assemblable(model: type[Model], path: Loc) -> bool:
    """Whether the windows of the list at ``path`` validated all there is to validate.

    They did when nothing on the way sees a whole list at once: no model validator, no field
    validator, and no constraint on the list but a minimum length (which the windows of a long
    list meet whenever the whole list does). Otherwise the file is validated whole.
    """
    from annotated_types import MinLen

    current: Any = model
    for i, part in enumerate(path):
        if isinstance(part, int):
            if get_origin(current) is not list:
                return False
            current = get_args(current)[0]
            continue
        if not (isinstance(current, type) and issubclass(current, Model)):
            return False
        decorators = current.__pydantic_decorators__
        if decorators.model_validators or decorators.field_validators:
            return False
        name = _attribute_name(current, part)
        if name is None:
            return False
        info = current.model_fields[name]
        if i == len(path) - 1 and not all(isinstance(m, MinLen) for m in info.metadata):
            return False
        current = info.annotation
    return get_origin(current) is list


def _assembled(first: Model, items: dict[Loc, list[Any]]) -> Model:
    """The first window's model with each long list made whole from its windows' items."""
    result: Any = first
    for path, values in items.items():
        result = _replaced(result, path, values)
    assert isinstance(result, Model)
    return result


def _replaced(value: Any, path: Loc, new: list[Any]) -> Any:
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(head, int):
        copy = list(value)
        copy[head] = _replaced(copy[head], rest, new)
        return copy
    name = _attribute_name(type(value), head) or head
    return value.model_copy(update={name: _replaced(getattr(value, name), rest, new)})
