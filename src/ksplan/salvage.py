"""Checking what can be checked: a plan with mistakes, the broken parts taken out.

When a file breaks its model, the cross-file checks of :mod:`ksplan.consistency` still run on
the rest of it, so that one run lists every mistake it can:

* an unknown key is left out;
* an entry with an ID (a measure, body, Handlungsfeld, member, working group, term, Fraktion,
  district, order, event) whose ID is valid is kept: only its broken values are left unset
  (an optional one takes its default), and the checks that read an unset value skip that
  entry for that check only — a measure with a wrong ``horizon`` still has its owners, its
  Handlungsfeld and its status history checked, and references to it resolve;
* a broken optional value elsewhere is left out (it takes its default), else the smallest
  list entry that holds the broken value is left out: an entry without an ID (a status entry,
  a Quartierslabor, a meeting, a report, a lot), an entry whose ID itself is broken, an entry
  the model as a whole refuses (e.g. an order of a kind that lacks its fields), an item of a
  list of IDs (an owner);
* a broken top-level value is left unset, and so is a broken value inside it
  (``plan.decision.date``): the checks that read one stop there (they run last).

The data and the positions are pruned together, so every problem found on what is left is
located in the real file, by line and column. A file that has more problems than are listed,
whose top level is not a mapping, or that cannot be read at all takes no part; the checks that
need it are skipped (:data:`ksplan.consistency.NEEDS`).

What was left out can mislead a check, so these problems are not reported on a partial plan
(they would be consequences, not mistakes): a reference to the ID of an entry that was left
out ("the body … is not defined"), and sums and counts over a file with a broken value inside
a list entry ("voting_members says …", "the body … is responsible for no measure"); a broken
top-level value elsewhere (``established``) leaves them exact, and they are reported.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Annotated, Any, get_origin

from pydantic import ConfigDict, TypeAdapter, ValidationError

from ksplan.documents import Loc, _model_args
from ksplan.errors import Problem
from ksplan.models import FILE_MODELS, Model
from ksplan.yaml_reader import Pos, YamlDocument

ROUNDS = 4  # builds of what is left, at most (each can refuse entries)
_AGGREGATE_CODES = frozenset({"count", "unused"})
_REMOVE = object()  # a leaf of the removal trie: this key or list entry is left out


def _field_info(model: type[Model], key: str) -> Any:
    for name, info in model.model_fields.items():
        if (info.alias or name) == key:
            return info
    return None


def _has_id(model: type[Model] | None) -> bool:
    return (
        model is not None and "id" in model.model_fields and model.model_fields["id"].is_required()
    )


def removal(model: type[Model], loc: Loc, kind: str) -> Loc | None:
    """What to leave out for one error: the error's key (unknown keys), else the innermost
    optional field or list entry that holds it; None when nothing is left out (the broken
    value stays unset: a value of an entry with a valid ID, or a top-level value)."""
    if kind == "extra_forbidden":
        return loc or None
    best: Loc | None = None
    entry: Loc | None = None  # the innermost list entry with an ID on the way
    current: type[Model] | None = model
    for i, part in enumerate(loc):
        if isinstance(part, int):
            best = loc[: i + 1]
            entry = best if _has_id(current) else None
            continue
        info = _field_info(current, part) if current is not None else None
        if info is None:
            current = None
            continue
        if not info.is_required():
            best = loc[: i + 1]
        args = _model_args(info.annotation)
        current = args[0] if args else None
    if entry is not None and best == entry and len(loc) > len(entry) and loc[len(entry)] != "id":
        return None  # keep the entry; the broken value inside it stays unset
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
    """A validator for one field of a model, as strict as the model."""
    info = model.model_fields[name]
    if isinstance(info.annotation, type) and issubclass(info.annotation, Model):
        return TypeAdapter(info.annotation)  # strict by its own configuration
    annotation: Any = info.annotation
    if info.metadata:
        annotation = Annotated[(annotation, *info.metadata)]
    return TypeAdapter(annotation, config=ConfigDict(strict=True))


def lenient(
    model: type[Model], data: Any, path: Loc = (), refused: list[Loc] | None = None
) -> Model | None:
    """``data`` as ``model``, with every value that breaks its model left unset (an optional
    one takes its default), looking into entries and required parts; None when ``data`` is
    not a mapping. An entry that the model's own rules refuse with what is left of it (an
    event without its broken date has no date at all) is added to ``refused`` by its path."""
    if not isinstance(data, dict):
        return None
    try:
        return model.model_validate(data)
    except ValidationError:
        pass
    values: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        key = info.alias or name
        if key not in data:
            continue
        value = data[key]
        try:
            values[name] = _adapter(model, name).validate_python(value)
            continue
        except ValidationError:
            pass
        inner = _model_args(info.annotation)
        if not inner:
            continue  # a broken plain value: unset (or its default)
        if get_origin(info.annotation) is list and isinstance(value, list):
            items = []
            for index, item in enumerate(value):
                built = lenient(inner[0], item, (*path, key, index), refused)
                if built is not None:
                    items.append(built)
            values[name] = items
        elif info.is_required():
            found = lenient(inner[0], value, (*path, key), refused)
            if found is not None:
                values[name] = found
    built = model.model_construct(**values)
    if path and isinstance(path[-1], int) and refused is not None and not _passes_rules(built):
        refused.append(path)
    return built


def _passes_rules(built: Model) -> bool:
    """Whether a model built from part of its data passes the model's own rules (its model
    validators) as far as they can tell; one that reads an unset value cannot tell."""
    for decorator in type(built).__pydantic_decorators__.model_validators.values():
        if decorator.info.mode != "after":
            continue
        try:
            decorator.func(built)
        except AttributeError:
            continue
        except (ValueError, AssertionError):
            return False
    return True


def salvage(
    doc: YamlDocument, model: type[Model], errors: list[dict[str, Any]]
) -> tuple[Model, YamlDocument, list[Any]] | None:
    """The model of what is left of a file without its broken parts, the document of what
    is left (positions of the real file) and what was left out; None when nothing is left."""
    paths = []
    for error in errors:
        path = removal(model, tuple(error["loc"]), str(error.get("type", "")))
        if path is not None:
            paths.append(path)
    removed: list[Any] = []
    data, root = _prune(doc.data, doc.root, _trie(paths), removed)
    for _ in range(ROUNDS):
        refused: list[Loc] = []
        found = lenient(model, data, (), refused)
        if found is None:
            return None
        if not refused:
            return found, YamlDocument(doc.path, doc.display, data, root), removed
        data, root = _prune(data, root, _trie(refused), removed)
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
    partial: set[str] = set()  # the files (as shown) with a list entry left out or incomplete
    for name, (errors, truncated) in failed.items():
        found = None if truncated else salvage(documents[name], FILE_MODELS[name], errors)
        if found is None:
            continue
        models[name], checked[name], removed = found
        in_lists = any(isinstance(part, int) for e in errors for part in e["loc"])
        if removed or in_lists:  # a count over the file's lists would be wrong
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
