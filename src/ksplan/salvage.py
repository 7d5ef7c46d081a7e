"""Checking what can be checked: a plan with mistakes, the broken parts taken out.

When a file breaks its model, the cross-file checks of :mod:`ksplan.consistency` still run on
the rest of it, so that one run lists every mistake it can:

* an unknown key is left out;
* a value that breaks its model is left out where the model has a default for it (an optional
  field, e.g. a measure's ``due`` or ``note``), else the smallest list entry that holds it is
  left out (a status entry, an owner, a measure, a district, a term, an order …);
* what that leaves is validated again (leaving out an entry can empty a list that must not be
  empty), a few rounds at most.

The data and the positions are pruned together, so every problem found on what is left is
located in the real file, by line and column. A file whose top-level values are broken, that
has more problems than are listed, or that cannot be read at all takes no part; the checks
that need it are skipped (:data:`ksplan.consistency.NEEDS`).

What was left out can mislead a check, so these problems are not reported on a partial plan
(they would be consequences, not mistakes): a reference to the ID of an entry that was left
out ("the body … is not defined"), and sums and counts over a file from which something was
left out ("voting_members says …", "the body … is responsible for no measure").
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Annotated, Any

from pydantic import ConfigDict, TypeAdapter, ValidationError

from ksplan.errors import Problem
from ksplan.models import FILE_MODELS, Model
from ksplan.plan import MAX_PROBLEMS_PER_FILE, Loc, _model_args
from ksplan.yaml_reader import Pos, YamlDocument

ROUNDS = 4  # validations of what is left, at most (each round can empty a list)
_AGGREGATE_CODES = frozenset({"count", "unused"})
_REMOVE = object()  # a leaf of the removal trie: this key or list entry is left out


def _field_info(model: type[Model], key: str) -> Any:
    for name, info in model.model_fields.items():
        if (info.alias or name) == key:
            return info
    return None


def removal(model: type[Model], loc: Loc, kind: str) -> Loc | None:
    """What to leave out for one error: the error's key (unknown keys), else the innermost
    optional field or list entry that holds it, else None (the file cannot be salvaged)."""
    if kind == "extra_forbidden":
        return loc or None
    best: Loc | None = None
    current: type[Model] | None = model
    for i, part in enumerate(loc):
        if isinstance(part, int):
            best = loc[: i + 1]
            continue
        info = _field_info(current, part) if current is not None else None
        if info is None:
            current = None
            continue
        if not info.is_required():
            best = loc[: i + 1]
        args = _model_args(info.annotation)
        current = args[0] if args else None
    return best


def _trie(paths: list[Loc]) -> dict[Any, Any]:
    root: dict[Any, Any] = {}
    for path in sorted(paths, key=len):
        node = root
        for part in path[:-1]:
            child = node.setdefault(part, {})
            if child is _REMOVE:
                break
            node = child
        else:
            node[path[-1]] = _REMOVE
    return root


def _prune(value: Any, pos: Pos, trie: dict[Any, Any], removed: list[Any]) -> tuple[Any, Pos]:
    """A copy of ``value`` and its positions without what ``trie`` names (shared elsewhere)."""
    new_pos = Pos(pos.line, pos.column)
    new_pos.keys, new_pos.children = pos.keys, pos.children
    if isinstance(value, dict) and isinstance(pos.children, dict):
        data = dict(value)
        children = dict(pos.children)
        keys = dict(pos.keys or {})
        for key, sub in trie.items():
            if key not in data or key not in children:
                continue
            if sub is _REMOVE:
                del data[key], children[key]
                keys.pop(key, None)
            else:
                data[key], children[key] = _prune(data[key], children[key], sub, removed)
        new_pos.keys, new_pos.children = keys, children
        return data, new_pos
    if isinstance(value, list) and isinstance(pos.children, list):
        items: list[Any] = []
        places: list[Pos] = []
        for index, (item, place) in enumerate(zip(value, pos.children, strict=False)):
            sub = trie.get(index)
            if sub is _REMOVE:
                removed.append(item)
                continue
            if sub is not None:
                item, place = _prune(item, place, sub, removed)
            items.append(item)
            places.append(place)
        new_pos.children = places
        return items, new_pos
    return value, pos


@functools.cache
def _adapter(model: type[Model], name: str) -> TypeAdapter[Any]:
    """A validator for one field of a file's model, as strict as the model."""
    info = model.model_fields[name]
    if isinstance(info.annotation, type) and issubclass(info.annotation, Model):
        return TypeAdapter(info.annotation)  # strict by its own configuration
    annotation: Any = info.annotation
    if info.metadata:
        annotation = Annotated[(annotation, *info.metadata)]
    return TypeAdapter(annotation, config=ConfigDict(strict=True))


def _without_fields(model: type[Model], data: Any, broken: set[str]) -> Model | None:
    """The file's model built from its top-level values but the broken ones, which stay unset
    (a check that reads one stops there); None when another value is broken too."""
    if not isinstance(data, dict):
        return None
    values: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        key = info.alias or name
        if key in broken or key not in data:
            if key not in broken and info.is_required():
                return None
            continue
        try:
            values[name] = _adapter(model, name).validate_python(data[key])
        except ValidationError:
            return None
    return model.model_construct(**values)


def salvage(
    doc: YamlDocument, model: type[Model], errors: list[dict[str, Any]]
) -> tuple[Model, YamlDocument, list[Any]] | None:
    """The model of what is left of a file without its broken parts, the document of what
    is left (positions of the real file) and what was left out; None when nothing is left."""
    removed: list[Any] = []
    broken: set[str] = set()  # required top-level values that are broken: left unset
    for _ in range(ROUNDS):
        paths = []
        for error in errors:
            loc = tuple(error["loc"])
            path = removal(model, loc, str(error.get("type", "")))
            if path is not None:
                paths.append(path)
            elif loc and isinstance(loc[0], str):
                broken.add(loc[0])
            else:
                return None
        data, root = _prune(doc.data, doc.root, _trie(paths), removed)
        doc = YamlDocument(doc.path, doc.display, data, root)
        if broken:
            found = _without_fields(model, doc.data, broken)
            return None if found is None else (found, doc, removed)
        try:
            return model.model_validate(doc.data), doc, removed
        except ValidationError as exc:
            if exc.error_count() > MAX_PROBLEMS_PER_FILE:
                return None
            errors = [dict(e) for e in exc.errors(include_url=False, include_input=False)]
    return None


def _scalars(doc: YamlDocument) -> dict[tuple[int, int], Any]:
    """Every scalar of a document by its line and column."""
    found: dict[tuple[int, int], Any] = {}
    todo: list[tuple[Any, Pos]] = [(doc.data, doc.root)]
    while todo:
        value, pos = todo.pop()
        if isinstance(value, dict) and isinstance(pos.children, dict):
            todo.extend((value[k], pos.children[k]) for k in value if k in pos.children)
        elif isinstance(value, list) and isinstance(pos.children, list):
            todo.extend(zip(value, pos.children, strict=False))
        else:
            found[(pos.line, pos.column)] = value
    return found


def salvage_plan(
    documents: dict[str, YamlDocument],
    models: dict[str, Model],
    failed: dict[str, tuple[list[dict[str, Any]], bool]],
) -> tuple[dict[str, Model], dict[str, YamlDocument], Callable[[Problem], bool]]:
    """The models and documents the cross-file checks can run on, and the filter for their
    problems. ``failed``: the model errors of each file that broke its model, and whether
    more errors were found than listed."""
    checked = {name: doc for name, doc in documents.items() if name not in failed}
    models = dict(models)
    left_out: set[str] = set()  # the IDs of entries left out, in any file
    partial: set[str] = set()  # the files (as shown) from which something was left out
    for name, (errors, truncated) in failed.items():
        found = None if truncated else salvage(documents[name], FILE_MODELS[name], errors)
        if found is None:
            continue
        models[name], checked[name], removed = found
        partial.add(documents[name].display)
        ids = (item.get("id") for item in removed if isinstance(item, dict))
        left_out.update(i for i in ids if isinstance(i, str))
    by_display = {doc.display: doc for doc in checked.values()}
    scalars: dict[str, dict[tuple[int, int], Any]] = {}

    def keep(problem: Problem) -> bool:
        if problem.file in partial and problem.code in _AGGREGATE_CODES:
            return False
        doc = by_display.get(problem.file)
        if problem.code != "unknown-reference" or not left_out or doc is None:
            return True
        if problem.file not in scalars:
            scalars[problem.file] = _scalars(doc)
        value = scalars[problem.file].get((problem.line or 0, problem.column or 0))
        return value not in left_out

    return models, checked, keep
