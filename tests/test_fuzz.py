"""Property-based fuzzing: whatever the input, ksplan answers with its own errors, never a crash.

* loading and validation of generated YAML text, random bytes, and mutations of the shipped
  plan (keys dropped, types changed, random unicode, lists and mappings swapped), and — where
  a mutated plan is still valid — every computation the commands make on it;
* every command's options (dates, numbers, names, paths) through the CLI runner, with the
  documented exit statuses only.

The default run is short; ``pytest -m slow`` (or ``KSPLAN_SLOW=1``) runs the long version.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML
from typer.testing import CliRunner

from ksplan.cli import app
from ksplan.errors import KsplanError
from ksplan.loading import build_plan, read_documents
from ksplan.plan import PLAN_FILES, Plan
from ksplan.yaml_reader import YamlDocument, parse_yaml_bytes, parse_yaml_text

from .conftest import DATA

# The long run: selected with ``-m slow`` (or KSPLAN_SLOW=1); skipped in a plain ``pytest``.
SLOW_SELECTED = "'slow' in config.getoption('markexpr') or os.environ.get('KSPLAN_SLOW') == '1'"


def slow(test: Callable[..., None]) -> Callable[..., None]:
    skip = pytest.mark.skipif(
        f"not ({SLOW_SELECTED})", reason="long fuzzing run: pytest -m slow (or KSPLAN_SLOW=1)"
    )
    return pytest.mark.slow(skip(test))


SHORT = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
LONG = settings(
    max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)

SHIPPED = read_documents(DATA)
SHIPPED_TEXT = {name: (DATA / f"{name}.yaml").read_text(encoding="utf-8") for name in PLAN_FILES}


# --- the computations every read-only command makes on a valid plan --------------------------


def use_plan(plan: Plan, day: dt.date) -> None:
    """Run what validate, measures, seats, coverage, overdue and check compute."""
    from ksplan import seats
    from ksplan.catalogue import catalogue_rows, filter_measures
    from ksplan.coverage import coverage, coverage_json
    from ksplan.deadlines import overdue, overdue_json
    from ksplan.orders import check, check_json, upcoming
    from ksplan.views import seats as seat_view

    catalogue_rows(plan, filter_measures(plan))
    coverage_json(coverage(plan, day), "en")
    overdue_json(plan, overdue(plan, day))
    results = check(plan, day)
    upcoming(plan, day)
    for lang in ("de", "en"):
        check_json(plan, results, lang)
    for term in plan.assembly.terms:
        try:
            found = seats.allocation_for_term(plan, term, seats.SeatOptions(compare=True))
            for allocation in found.allocations:
                seat_view.allocation_json(allocation)
                for lang in ("de", "en"):
                    seat_view.explanation(allocation, lang)
        except KsplanError:
            pass


def load_and_use(documents: dict[str, YamlDocument], day: dt.date) -> None:
    """Validate; where the plan is valid, compute on it. Only ksplan's errors may come out."""
    try:
        plan = build_plan(documents)
    except KsplanError:
        return
    use_plan(plan, day)


# --- generated YAML text and bytes ------------------------------------------------------------

TOKENS = [
    "- ", ": ", "\n", "  ", "    ", "[", "]", "{", "}", ", ", "&a ", "*a", "&b ", "*b",
    "!!str ", "!!int ", "!x ", "'", '"', "# c", "---\n", "...\n", "? ", "|\n", ">-\n",
    "%YAML 1.2\n", "<<: ", "\t", "~", "null", "yes", "no", "true", "08", "1.10", "-1",
    "0x1F", "1e3", ".inf", "2019-02-30", "2024-12-31", "2024", "\\e", "\\x9b", "\\ud800",
    "\ufeff", "\u202e", "\u0085", "\u2028", "é", "ß", "😀", "\x00", "\x1b", "\r",
    "measures", "districts", "deadline", "id", "name", "labs", "date", "source", "title",
    "owners", "history", "status", "M01", "eving", "held", "plan", "terms", "fraktionen",
]  # fmt: skip

yamlish = st.lists(
    st.one_of(st.sampled_from(TOKENS), st.text(max_size=8)), min_size=1, max_size=60
).map("".join)
days = st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))


def check_text_as_each_file(text: str, day: dt.date) -> None:
    for name in PLAN_FILES:
        path = DATA / f"{name}.yaml"
        try:
            doc = parse_yaml_text(text, path, f"plan/{name}.yaml")
        except KsplanError:
            continue
        load_and_use({**SHIPPED, name: doc}, day)


def check_bytes_as_each_file(raw: bytes, day: dt.date) -> None:
    for name in PLAN_FILES:
        try:
            doc = parse_yaml_bytes(raw, DATA / f"{name}.yaml", f"plan/{name}.yaml")
        except KsplanError:
            continue
        load_and_use({**SHIPPED, name: doc}, day)


@SHORT
@given(text=yamlish, day=days)
def test_generated_yaml_text(text: str, day: dt.date) -> None:
    check_text_as_each_file(text, day)


@SHORT
@given(raw=st.binary(max_size=300), day=days)
def test_random_bytes(raw: bytes, day: dt.date) -> None:
    check_bytes_as_each_file(raw, day)


@SHORT
@given(data=st.data())
def test_text_edits_of_the_shipped_files(data: st.DataObject) -> None:
    """Cut, splice and garble the shipped files' text at random places."""
    name = data.draw(st.sampled_from(PLAN_FILES))
    text = SHIPPED_TEXT[name]
    for _ in range(data.draw(st.integers(1, 3))):
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, min(len(text), start + 40)))
        text = text[:start] + data.draw(yamlish | st.just("")) + text[end:]
    try:
        doc = parse_yaml_text(text, DATA / f"{name}.yaml", f"plan/{name}.yaml")
    except KsplanError:
        return
    load_and_use({**SHIPPED, name: doc}, data.draw(days))


# --- mutations of the shipped plan's data ------------------------------------------------------

odd_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30
) | st.sampled_from(["", " ", "M01", "M99999", "eving", "spd", "2019-02-21", "2024-02"])
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([0, 1, 3, 12, 600, 601, 9999, 10**6]),
    st.sampled_from(
        ["0001-01-01", "9999-12-31", "9999-12", "9999", "1000", "2024-02-29", "2023-02-29"]
    ),
    odd_text,
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(odd_text, inner, max_size=3),
    max_leaves=6,
)


def paths(node: Any, here: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield here
    if isinstance(node, dict):
        for key, value in node.items():
            yield from paths(value, (*here, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from paths(value, (*here, index))


def mutate(data: st.DataObject, root: Any) -> Any:
    """One random change somewhere in the tree (the root may be replaced)."""
    where = data.draw(st.sampled_from(list(paths(root))))
    if not where:
        return data.draw(values)
    parent = root
    for part in where[:-1]:
        parent = parent[part]
    last = where[-1]
    node = parent[last]
    op = data.draw(
        st.sampled_from(
            ["drop", "replace", "swap", "duplicate", "rename", "insert", "nest", "empty"]
        )
    )
    if op == "drop":
        del parent[last]
    elif op == "replace":
        parent[last] = data.draw(values)
    elif op == "swap":  # a list becomes a mapping and back, a scalar becomes a list
        if isinstance(node, dict):
            parent[last] = list(node.values())
        elif isinstance(node, list):
            parent[last] = {str(i): v for i, v in enumerate(node)}
        else:
            parent[last] = [node]
    elif op == "duplicate" and isinstance(parent, list):
        parent.insert(last, copy.deepcopy(node))
    elif op == "rename" and isinstance(parent, dict):
        parent[data.draw(odd_text)] = parent.pop(last)
    elif op == "insert" and isinstance(node, (dict, list)):
        if isinstance(node, dict):
            node[data.draw(odd_text)] = data.draw(values)
        else:
            node.insert(data.draw(st.integers(0, len(node))), data.draw(values))
    elif op == "nest":
        for _ in range(data.draw(st.sampled_from([1, 5, 70]))):
            node = [node]
        parent[last] = node
    elif op == "empty":
        parent[last] = type(node)() if isinstance(node, (dict, list, str)) else None
    return root


DATE_KEYS = {"date", "due", "held_by", "election", "constituted", "formed"}
extreme_dates = st.sampled_from(
    ["0001-01-01", "1000-01-01", "9998-12-31", "9999-01-01", "9999-12-31", "9999-12", "9999"]
) | days.map(dt.date.isoformat)


def set_a_date(data: st.DataObject, root: Any) -> None:
    """A valid but extreme date in one of the date fields."""
    where = [p for p in paths(root) if p and p[-1] in DATE_KEYS]
    if not where:
        return
    path = data.draw(st.sampled_from(where))
    parent = root
    for part in path[:-1]:
        parent = parent[part]
    parent[path[-1]] = data.draw(extreme_dates)


def dump(data: Any) -> str:
    import io

    out = io.StringIO()
    yaml = YAML(typ="safe", pure=True)
    yaml.dump(data, out)
    return out.getvalue()


def check_mutated_plan(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(PLAN_FILES))
    tree = copy.deepcopy(SHIPPED[name].data)
    for _ in range(data.draw(st.integers(0, 3))):
        set_a_date(data, tree)
    for _ in range(data.draw(st.integers(0, 3))):
        tree = mutate(data, tree)
    day = data.draw(days)
    original = SHIPPED[name]
    # the data as it stands (positions of the unmutated file: as near as they get) ...
    direct = YamlDocument(original.path, original.display, tree, original.root)
    load_and_use({**SHIPPED, name: direct}, day)
    # ... and written out as YAML and read back
    try:
        doc = parse_yaml_text(dump(tree), original.path, original.display)
    except KsplanError:
        return
    load_and_use({**SHIPPED, name: doc}, day)


@SHORT
@given(data=st.data())
def test_mutated_plans(data: st.DataObject) -> None:
    check_mutated_plan(data)


def test_the_shipped_plan_is_used_in_every_way() -> None:
    plan = build_plan(SHIPPED)
    for day in (dt.date(1, 1, 1), dt.date(2019, 2, 21), dt.date(2024, 12, 31), dt.date.max):
        use_plan(plan, day)


@slow
@LONG
@given(text=yamlish, day=days)
def test_generated_yaml_text_long(text: str, day: dt.date) -> None:
    check_text_as_each_file(text, day)


@slow
@LONG
@given(raw=st.binary(max_size=2000), day=days)
def test_random_bytes_long(raw: bytes, day: dt.date) -> None:
    check_bytes_as_each_file(raw, day)


@slow
@LONG
@given(data=st.data())
def test_mutated_plans_long(data: st.DataObject) -> None:
    check_mutated_plan(data)


# --- every command's options, through the CLI ------------------------------------------------

RUNNER = CliRunner()
EXIT_CODES = {0, 1, 2, 3}

# Text as it can arrive on a command line: any unicode, and bytes that are not UTF-8
# (Python hands them over as lone surrogates U+DC80…U+DCFF).
arg_text = st.text(
    alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00")
    | st.characters(min_codepoint=0xDC80, max_codepoint=0xDCFF),
    max_size=20,
)
ODD_DATES = [
    "today", "heute", "2024-02-30", "31.02.2024", "2024-13-01", "0000-01-01", "2024",
    "2024-06", "99999-01-01", " 2024-01-01 ", "1.1.2024", "-1",
]  # fmt: skip
date_text = st.one_of(
    arg_text,
    days.map(dt.date.isoformat),
    days.map(lambda d: d.strftime("%d.%m.%Y")),
    st.sampled_from(ODD_DATES),
)
number_text = st.one_of(
    st.integers(-(10**6), 10**6).map(str),
    st.sampled_from(["0", "-0", "1e3", "10.5", "99999999999999999999999", "", " 7", "٣"]),
    arg_text,
)
names = st.one_of(
    arg_text,
    st.sampled_from(
        ["SPD", "spd", "CDU", "cdu", "Bündnis 90/Die Grünen", "A", "", "=", "afd", "AfD"]
    ),
)


def invoke(*args: str) -> Any:
    result = RUNNER.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code in EXIT_CODES, (args, result.exit_code, result.output)
    assert "Traceback" not in result.output
    return result


@pytest.fixture(scope="module")
def plan_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    target = tmp_path_factory.mktemp("fuzz") / "plan"
    shutil.copytree(DATA, target)
    return target


def seats_args(data: st.DataObject, plan: Path) -> list[str]:
    args = ["seats"]
    if data.draw(st.booleans()):
        for _ in range(data.draw(st.integers(1, 5))):
            args += ["--faction", f"{data.draw(names)}={data.draw(number_text)}"]
    else:
        args += ["--plan", str(plan)]
        if data.draw(st.booleans()):
            args += ["--term", data.draw(st.sampled_from(["2020-2025", "2025-2030"]) | arg_text)]
    if data.draw(st.booleans()):
        args += ["--seats", data.draw(number_text)]
    if data.draw(st.booleans()):
        methods = st.sampled_from(["hare-niemeyer", "dhondt", "sainte-lague"]) | arg_text
        args += ["--method", data.draw(methods)]
    for _ in range(data.draw(st.integers(0, 2))):
        args += ["--lot-winner", data.draw(names)]
    for flag in ("--compare", "--majority-clause", "--json"):
        if data.draw(st.booleans()):
            args.append(flag)
    return args


def read_only_args(data: st.DataObject, plan: Path) -> list[str]:
    command = data.draw(
        st.sampled_from(["validate", "measures", "seats", "coverage", "overdue", "check"])
    )
    if command == "seats":
        return seats_args(data, plan)
    args = [command, "--plan", str(plan)]
    if command == "validate":
        args += ["--format", data.draw(st.sampled_from(["text", "json", "github"]) | arg_text)]
    if command in ("measures", "overdue"):
        if data.draw(st.booleans()):
            args += ["--field", data.draw(arg_text | st.sampled_from(["sichere-infrastruktur"]))]
        if data.draw(st.booleans()):
            args += ["--owner", data.draw(arg_text | st.sampled_from(["Dezernat", "edg"]))]
    if command == "measures" and data.draw(st.booleans()):
        args += ["--status", data.draw(arg_text | st.sampled_from(["done", "unknown"]))]
    if command in ("coverage", "overdue", "check"):
        if data.draw(st.booleans()):
            args += ["--as-of", data.draw(date_text)]
        if command != "overdue" and data.draw(st.booleans()):
            args += ["--lang", data.draw(st.sampled_from(["de", "en"]) | arg_text)]
        if command != "check" and data.draw(st.booleans()):
            args.append("--strict")
    if command != "validate" and data.draw(st.booleans()):
        args.append("--json")
    return args


def edit_args(data: st.DataObject, plan: Path) -> list[str]:
    command = data.draw(st.sampled_from(["measure", "lab", "meeting", "report-event"]))
    if command == "measure":
        measure = data.draw(st.sampled_from(["M01", "M09", "M30", "M99", "m1"]) | arg_text)
        statuses = st.sampled_from(["planned", "in_progress", "done", "dropped", "unknown"])
        args = ["measure", "status", measure, data.draw(statuses | arg_text)]
        args += ["--source", data.draw(arg_text), "--date", data.draw(date_text)]
    elif command == "lab":
        district = st.sampled_from(["eving", "Hörde", "MENGEDE", "innenstadt-nord"]) | arg_text
        args = ["lab", "add", data.draw(district), "--source", data.draw(arg_text)]
        if data.draw(st.booleans()):
            args += ["--date", data.draw(date_text)]
        if data.draw(st.booleans()):
            args += ["--quarter", data.draw(arg_text)]
        if data.draw(st.booleans()):
            args += ["--status", data.draw(st.sampled_from(["held", "planned"]) | arg_text)]
    elif command == "meeting":
        args = ["meeting", "add", data.draw(date_text)]
        if data.draw(st.booleans()):
            args += ["--source", data.draw(arg_text)]
    else:
        kind = st.sampled_from(["rat", "aboeoab"]) | arg_text
        args = ["report-event", "add", data.draw(kind), data.draw(date_text)]
    if data.draw(st.booleans()):
        args += ["--note", data.draw(arg_text)]
    return [*args, "--plan", str(plan)]


def schema_args(data: st.DataObject, base: Path) -> list[str]:
    name = data.draw(
        st.sampled_from(["out", "with space", "ümlaut", "a/b/c", ".hidden", "-dash", "x" * 200])
        | st.text(alphabet=st.characters(codec="utf-8", exclude_characters="/\x00"), max_size=12)
    )
    target = base / name if name not in ("", ".", "..") else base / "out"
    if data.draw(st.booleans()):  # the folder exists already
        target.mkdir(parents=True, exist_ok=True)
    return ["schema", "--out", str(target)]


def check_plan_still_valid(plan: Path) -> None:
    result = RUNNER.invoke(app, ["validate", "--plan", str(plan)], catch_exceptions=False)
    assert result.exit_code == 0, result.output


@SHORT
@given(data=st.data())
def test_read_only_command_options(data: st.DataObject, plan_copy: Path) -> None:
    invoke(*read_only_args(data, plan_copy))


def report_args(data: st.DataObject, plan: Path, scratch: Path) -> list[str]:
    args = ["report", "--plan", str(plan)]
    if data.draw(st.booleans()):
        args += ["--format", data.draw(st.sampled_from(["md", "html"]) | arg_text)]
    if data.draw(st.booleans()):
        args += ["--lang", data.draw(st.sampled_from(["de", "en"]) | arg_text)]
    if data.draw(st.booleans()):
        args += ["--as-of", data.draw(date_text)]
    if data.draw(st.booleans()):
        template = scratch / "template.j2"
        template.write_text(data.draw(st.text(max_size=60)), encoding="utf-8")
        choice = st.sampled_from([template, scratch, scratch / "missing.j2"])
        args += ["--template", str(data.draw(choice))]
    if data.draw(st.booleans()):
        name = data.draw(st.sampled_from(["out.html", "no-such-folder/out.md", ""]))
        args += ["--out", str(scratch / name)]
    return args


def diff_args(data: st.DataObject, plan: Path) -> list[str]:
    args = ["diff", "--plan", str(plan)]
    if data.draw(st.booleans()):
        args += ["--format", data.draw(st.sampled_from(["text", "md", "json"]) | arg_text)]
    if data.draw(st.booleans()):
        args += ["--as-of", data.draw(date_text)]
    revisions = data.draw(
        st.lists(arg_text | st.sampled_from(["HEAD", "HEAD~1", "-p"]), max_size=3)
    )
    return [*args, "--", *revisions]


@SHORT
@given(data=st.data())
def test_report_options(data: st.DataObject, plan_copy: Path, tmp_path_factory: Any) -> None:
    invoke(*report_args(data, plan_copy, tmp_path_factory.mktemp("report")))


@SHORT
@given(data=st.data())
def test_diff_options(data: st.DataObject, plan_copy: Path) -> None:
    invoke(*diff_args(data, plan_copy))


@SHORT
@given(data=st.data())
def test_edit_command_options(data: st.DataObject, plan_copy: Path) -> None:
    before = {p.name: p.read_bytes() for p in plan_copy.glob("*.yaml")}
    result = invoke(*edit_args(data, plan_copy))
    if result.exit_code != 0:  # a refused edit leaves every file as it was
        assert {p.name: p.read_bytes() for p in plan_copy.glob("*.yaml")} == before
    check_plan_still_valid(plan_copy)


@SHORT
@given(data=st.data())
def test_schema_out_paths(data: st.DataObject, tmp_path_factory: pytest.TempPathFactory) -> None:
    with tempfile.TemporaryDirectory(dir=tmp_path_factory.getbasetemp()) as base:
        result = invoke(*schema_args(data, Path(base)))
        for written in result.stdout.split("geschrieben: ")[1:]:  # only below the given folder
            assert written.startswith(base)


@pytest.mark.parametrize("where", ["a-file", "a-file/below"])
def test_schema_out_where_a_file_is(where: str, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x")
    result = RUNNER.invoke(app, ["schema", "--out", str(tmp_path / where)], catch_exceptions=False)
    assert result.exit_code == 2
    assert "Die Schemas können dort nicht geschrieben werden" in result.output


@slow
@LONG
@given(data=st.data())
def test_read_only_command_options_long(data: st.DataObject, plan_copy: Path) -> None:
    invoke(*read_only_args(data, plan_copy))


@slow
@LONG
@given(data=st.data())
def test_edit_command_options_long(data: st.DataObject, plan_copy: Path) -> None:
    before = {p.name: p.read_bytes() for p in plan_copy.glob("*.yaml")}
    result = invoke(*edit_args(data, plan_copy))
    if result.exit_code != 0:
        assert {p.name: p.read_bytes() for p in plan_copy.glob("*.yaml")} == before
    check_plan_still_valid(plan_copy)


def test_slow_runs_are_skipped_unless_asked_for(request: pytest.FixtureRequest) -> None:
    asked = "slow" in request.config.getoption("markexpr") or os.environ.get("KSPLAN_SLOW")
    marks = [m.name for m in getattr(test_mutated_plans_long, "pytestmark", [])]
    assert "slow" in marks
    if not asked:
        skip = next(m for m in test_mutated_plans_long.pytestmark if m.name == "skipif")
        assert skip.args and "markexpr" in skip.args[0]


@settings(max_examples=150, deadline=None, database=None)
@given(text=yamlish)
def test_every_syntax_error_is_said_in_the_readers_language(text: str) -> None:
    """No problem the YAML parser reports reaches a German reader in the parser's English:
    each has its own text in the catalogue (the fallback quotes the parser and is unused)."""
    from ksplan.errors import PlanUnreadable
    from ksplan.i18n import use

    use("de")
    try:
        parse_yaml_text(text, DATA / "measures.yaml", "plan/measures.yaml")
    except PlanUnreadable as exc:
        for problem in exc.problems:
            assert "Meldung des YAML-Lesers" not in problem.message, (text, problem.message)
