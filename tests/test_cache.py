"""The cache of validated plans: used when nothing changed, never stale, harmless when broken.

Each test has its own empty cache folder (see ``own_cache`` in conftest.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ksplan import cache
from ksplan import loading as plans
from ksplan.errors import PlanInvalid
from ksplan.paths import shipped
from ksplan.plan import Plan

from .conftest import edit


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.plan")) if folder.is_dir() else []


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the plan files read and validated (not taken from the cache)."""
    seen: list[str] = []
    real = plans.build_plan

    def counting(documents: Any, directory: Path | None = None, **kwargs: Any) -> Plan:
        seen.append(str(directory))
        return real(documents, directory, **kwargs)

    monkeypatch.setattr(plans, "build_plan", counting)
    return seen


def test_an_unchanged_plan_comes_from_the_cache_and_equals_a_fresh_one(
    plan_dir: Path, own_cache: Path, parses: list[str]
) -> None:
    first = cache.load_plan(plan_dir)
    assert len(entries(own_cache)) == 1 and len(parses) == 1
    again = cache.load_plan(plan_dir)
    summary = cache.summary(plan_dir)
    assert len(parses) == 1  # not read again
    assert (summary.measures, summary.districts, summary.terms) == (30, 12, 2)
    fresh = plans.load_plan(plan_dir)
    assert again == first == fresh
    assert again.measures_file.model_dump() == fresh.measures_file.model_dump()
    assert again.warnings == fresh.warnings == summary.warnings
    assert again.directory == plan_dir


def test_the_parsed_files_are_still_there_when_asked_for(plan_dir: Path) -> None:
    cache.load_plan(plan_dir)
    cached = cache.load_plan(plan_dir)
    fresh = plans.load_plan(plan_dir)
    assert sorted(cached.documents) == ["assembly", "districts", "measures", "orders"]
    for name in ("measures", "assembly", "districts", "orders"):
        assert cached.documents[name].data == fresh.documents[name].data
        assert cached.documents[name].locate(("measures", 3, "title")) == fresh.documents[
            name
        ].locate(("measures", 3, "title"))


@pytest.mark.parametrize("name", ["measures", "assembly", "districts", "orders"])
def test_any_changed_byte_is_a_miss(plan_dir: Path, parses: list[str], name: str) -> None:
    cache.load_plan(plan_dir)
    path = plan_dir / f"{name}.yaml"
    path.write_bytes(path.read_bytes() + b"# a comment changes nothing but the bytes\n")
    cache.load_plan(plan_dir)
    assert len(parses) == 2
    cache.load_plan(plan_dir)
    assert len(parses) == 2


def test_a_changed_value_is_seen_at_once(plan_dir: Path) -> None:
    before = cache.load_plan(plan_dir)
    m = plan_dir / "measures.yaml"
    title = before.measures[0].title
    edit(m, f"title: {title}", f"title: {title} (geändert)")
    after = cache.load_plan(plan_dir)
    assert after.measures[0].title == f"{title} (geändert)"
    assert cache.summary(plan_dir).measures == 30


def test_an_invalid_plan_is_never_stored_and_reported_as_without_a_cache(
    plan_dir: Path, own_cache: Path
) -> None:
    cache.load_plan(plan_dir)
    edit(plan_dir / "measures.yaml", "    horizon: kurzfristig\n", "    horizon: bald\n")
    stored = {p: p.read_bytes() for p in entries(own_cache)}
    with pytest.raises(PlanInvalid) as cached_error:
        cache.load_plan(plan_dir)
    with pytest.raises(PlanInvalid) as plain_error:
        plans.load_plan(plan_dir)
    assert cached_error.value.problems == plain_error.value.problems
    assert {p: p.read_bytes() for p in entries(own_cache)} == stored


def test_the_day_validate_checks_against_is_part_of_the_key(
    plan_dir: Path, parses: list[str], english: None
) -> None:
    """validate warns about events after today: a plan checked yesterday is checked again."""
    edit(plan_dir / "assembly.yaml", "meetings: []\n", "meetings:\n  - date: 2030-01-15\n")
    before = cache.summary(plan_dir, today=date(2029, 12, 31))
    assert cache.summary(plan_dir, today=date(2029, 12, 31)) == before
    assert len(parses) == 1
    after = cache.summary(plan_dir, today=date(2030, 1, 16))
    assert len(parses) == 2
    fresh = plans.load_plan(plan_dir, today=date(2029, 12, 31))  # (counted: 3)
    assert before.warnings == fresh.warnings
    assert any("after today" in p.message for p in before.warnings)
    assert not any("after today" in p.message for p in after.warnings)
    cache.load_plan(plan_dir)  # the other commands warn about no day: their own entry
    assert cache.summary(plan_dir, today=date(2030, 1, 16)) == after
    assert len(parses) == 4


def test_an_added_or_removed_orders_file_is_a_miss(plan_dir: Path, parses: list[str]) -> None:
    orders = (plan_dir / "orders.yaml").read_bytes()
    with_orders = cache.summary(plan_dir)
    (plan_dir / "orders.yaml").unlink()
    without = cache.summary(plan_dir)
    assert with_orders.orders > 0 and without.orders == 0
    assert any(p.code == "no-orders" for p in without.warnings)
    assert len(parses) == 2
    (plan_dir / "orders.yaml").write_bytes(orders)
    assert cache.summary(plan_dir) == with_orders
    assert len(parses) == 3


def test_the_name_files_are_shown_by_is_part_of_the_key(
    plan_dir: Path, parses: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(plan_dir.parent)
    cache.load_plan(Path("plan"))
    cache.load_plan(plan_dir)  # shown as plan/measures.yaml all the same
    assert len(parses) == 1
    elsewhere = plan_dir.parent / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    cache.load_plan(plan_dir)  # the same files, shown by their full path in messages
    assert len(parses) == 2


def damage(entry: Path, how: str) -> None:
    data = entry.read_bytes()
    if how == "truncated":
        entry.write_bytes(data[: len(data) // 2])
    elif how == "flipped-byte":
        middle = len(data) // 2
        entry.write_bytes(data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :])
    elif how == "flipped-summary-byte":
        at = len(cache.MAGIC) + cache._HEADER.size + 3
        entry.write_bytes(data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :])
    elif how == "empty":
        entry.write_bytes(b"")
    elif how == "garbage":
        entry.write_bytes(os.urandom(len(data)))
    elif how == "other-format":
        entry.write_bytes(b"ksplan-cache-0\n" + data[len(cache.MAGIC) :])
    elif how == "writable-by-others":
        entry.chmod(0o666)
    elif how == "a-folder":
        entry.unlink()
        entry.mkdir()
    else:
        raise AssertionError(how)


@pytest.mark.parametrize(
    "how",
    [
        "truncated",
        "flipped-byte",
        "flipped-summary-byte",
        "empty",
        "garbage",
        "other-format",
        "writable-by-others",
        "a-folder",
    ],
)
def test_a_damaged_cache_is_ignored(
    plan_dir: Path, own_cache: Path, parses: list[str], how: str
) -> None:
    fresh = cache.load_plan(plan_dir)
    (entry,) = entries(own_cache)
    damage(entry, how)
    assert cache.summary(plan_dir).measures == 30
    assert cache.load_plan(plan_dir) == fresh
    assert len(parses) >= 2  # read again, not taken from the damaged file
    if how != "a-folder":  # and replaced by a good entry
        assert cache.load_plan(plan_dir) == fresh
        assert oct(entry.stat().st_mode & 0o777) == oct(0o600)


def test_a_cache_that_cannot_be_written_is_not_written(
    plan_dir: Path, own_cache: Path, parses: list[str]
) -> None:
    own_cache.parent.mkdir(parents=True, exist_ok=True)
    own_cache.write_text("not a folder")  # so nothing can be created below it
    assert cache.load_plan(plan_dir) == plans.load_plan(plan_dir)
    assert cache.load_plan(plan_dir).measures[0].id == "M01"
    assert own_cache.read_text() == "not a folder"


def test_deleting_the_cache_is_safe(plan_dir: Path, own_cache: Path, parses: list[str]) -> None:
    import shutil

    cache.load_plan(plan_dir)
    shutil.rmtree(own_cache)
    assert cache.summary(plan_dir).districts == 12
    assert len(parses) == 2
    assert len(entries(own_cache)) == 1


def test_only_the_newest_entries_are_kept(
    plan_dir: Path, own_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "MAX_ENTRIES", 3)
    for i in range(5):
        copy = plan_dir.parent / f"copy-{i}"
        copy.mkdir()
        for f in plan_dir.iterdir():
            (copy / f.name).write_bytes(f.read_bytes())
        cache.load_plan(copy)
    assert len(entries(own_cache)) == 3


def test_where_the_cache_lives(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "ksplan"
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for unusable in ("", "relative/path"):
        monkeypatch.setenv("XDG_CACHE_HOME", unusable)
        assert cache.cache_dir() == tmp_path / "home" / ".cache" / "ksplan"


def test_files_that_are_not_plain_files_are_left_to_the_reader(
    plan_dir: Path, own_cache: Path
) -> None:
    (plan_dir / "districts.yaml").unlink()
    (plan_dir / "districts.yaml").mkdir()
    with pytest.raises(Exception) as cached_error:
        cache.load_plan(plan_dir)
    with pytest.raises(Exception) as plain_error:
        plans.load_plan(plan_dir)
    assert type(cached_error.value) is type(plain_error.value)
    assert cached_error.value.problems == plain_error.value.problems  # type: ignore[attr-defined]
    assert entries(own_cache) == []


# --- through the command line ---------------------------------------------------------------


def ksplan(*args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "KSPLAN_PLAN"}
    return subprocess.run(
        [sys.executable, "-m", "ksplan", *args], capture_output=True, text=True, env=env
    )


def test_validate_says_the_same_from_the_cache(plan_dir: Path, own_cache: Path) -> None:
    first = ksplan("validate", "--plan", str(plan_dir))
    assert entries(own_cache)
    again = ksplan("validate", "--plan", str(plan_dir))
    assert (again.returncode, again.stdout, again.stderr) == (
        first.returncode,
        first.stdout,
        first.stderr,
    )
    args = ("validate", "--format", "json", "--plan", str(plan_dir))
    as_json = [json.loads(ksplan(*args).stdout) for _ in range(2)]
    assert as_json[0] == as_json[1] and as_json[0]["valid"] is True


def test_edits_never_use_the_cache(
    plan_dir: Path, cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli("validate", "--plan", str(plan_dir)).exit_code == 0

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("an edit asked the cache")

    with monkeypatch.context() as patched:
        patched.setattr(cache, "load_plan", refuse)
        patched.setattr(cache, "summary", refuse)
        patched.setattr(cache._Entry, "read", refuse)
        result = cli(
            "measure", "status", "M01", "done", "--source", "Test", "--plan", str(plan_dir)
        )
        assert result.exit_code == 0, result.output
    listed = json.loads(cli("measures", "--json", "--plan", str(plan_dir)).output)
    assert listed[0]["status"] == "done"


def test_the_shipped_plan_is_cached_like_any_other(own_cache: Path) -> None:
    assert cache.load_plan(shipped("data")) == plans.load_plan(shipped("data"))
    assert len(entries(own_cache)) == 1


def test_the_files_of_a_cached_plan_are_not_shown_after_they_changed(plan_dir: Path) -> None:
    from ksplan.errors import PlanUnreadable

    cache.load_plan(plan_dir)
    cached = cache.load_plan(plan_dir)
    edit(plan_dir / "districts.yaml", "Eving", "Eving ")
    assert cached.documents["measures"].data["measures"][0]["id"] == "M01"
    with pytest.raises(PlanUnreadable, match="changed while"):
        cached.documents["districts"]


def test_validate_stores_the_summary_and_the_next_command_the_plan(
    plan_dir: Path, own_cache: Path, parses: list[str]
) -> None:
    cache.summary(plan_dir)
    (entry,) = entries(own_cache)
    small = entry.stat().st_size
    cache.summary(plan_dir)
    assert len(parses) == 1
    cache.load_plan(plan_dir)
    assert len(parses) == 2 and entry.stat().st_size > small
    cache.load_plan(plan_dir)
    cache.summary(plan_dir)
    assert len(parses) == 2


# --- the report's output ----------------------------------------------------------------------

AS_OF = date(2026, 11, 22)


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(format, language) of every report rendered (not taken from the cache)."""
    from ksplan import report

    seen: list[tuple[str, str]] = []
    real = report.render_report

    def counting(plan: Any, day: date, fmt: str, lang: str, template: Any = None) -> str:
        seen.append((fmt, lang))
        return real(plan, day, fmt, lang, template)

    monkeypatch.setattr(report, "render_report", counting)
    return seen


def test_an_unchanged_report_comes_from_the_cache(
    plan_dir: Path, renders: list[tuple[str, str]]
) -> None:
    from ksplan.report import render_report

    first = cache.report_text(plan_dir, AS_OF, "html", "de", None)
    again = cache.report_text(plan_dir, AS_OF, "html", "de", None)
    assert again == first and len(renders) == 1
    assert again == render_report(plans.load_plan(plan_dir), AS_OF, "html", "de")
    for day, fmt, lang in [(date(2026, 11, 23), "html", "de"), (AS_OF, "md", "de")]:
        cache.report_text(plan_dir, day, fmt, lang, None)
    cache.report_text(plan_dir, AS_OF, "html", "en", None)
    assert len(renders) == 5  # the test's own, and: another day, format or language


def test_a_changed_plan_changes_the_report(plan_dir: Path) -> None:
    before = cache.report_text(plan_dir, AS_OF, "md", "de", None)
    edit(plan_dir / "measures.yaml", "    horizon: kurzfristig\n", "    horizon: direkt\n")
    after = cache.report_text(plan_dir, AS_OF, "md", "de", None)
    assert after != before
    assert after == cache.report_text(plan_dir, AS_OF, "md", "de", None)


def test_a_changed_template_changes_the_report(
    plan_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    from ksplan import paths, report

    templates = tmp_path / "templates"
    shutil.copytree(shipped("templates"), templates)
    real = paths.shipped

    def shipped_here(folder: str) -> Path:
        return templates if folder == "templates" else real(folder)

    monkeypatch.setattr(paths, "shipped", shipped_here)
    monkeypatch.setattr(report, "shipped", shipped_here)
    before = cache.report_text(plan_dir, AS_OF, "md", "de", None)
    (entry,) = templates.glob("report.md.j2")
    entry.write_text(entry.read_text(encoding="utf-8") + "\nGeändert.\n", encoding="utf-8")
    report._shipped_environment.cache_clear()  # type: ignore[attr-defined]
    after = cache.report_text(plan_dir, AS_OF, "md", "de", None)
    assert after.rstrip().endswith("Geändert.")
    assert not before.rstrip().endswith("Geändert.")


def test_a_report_from_a_users_template_is_always_rendered(
    plan_dir: Path, tmp_path: Path, own_cache: Path, renders: list[tuple[str, str]]
) -> None:
    own = tmp_path / "own.md.j2"
    own.write_text("{{ city }}\n", encoding="utf-8")
    texts = [cache.report_text(plan_dir, AS_OF, "md", "de", own) for _ in range(2)]
    own.write_text("Stadt: {{ city }}\n", encoding="utf-8")
    texts.append(cache.report_text(plan_dir, AS_OF, "md", "de", own))
    assert texts == ["Dortmund\n", "Dortmund\n", "Stadt: Dortmund\n"]
    assert len(renders) == 3
    assert not (own_cache / "reports").exists()


@pytest.mark.parametrize("how", ["truncated", "flipped-byte", "empty", "writable-by-others"])
def test_a_damaged_report_entry_is_ignored(
    plan_dir: Path, own_cache: Path, renders: list[tuple[str, str]], how: str
) -> None:
    first = cache.report_text(plan_dir, AS_OF, "md", "de", None)
    (entry,) = (own_cache / "reports").glob("*.txt")
    damage(entry, how)
    assert cache.report_text(plan_dir, AS_OF, "md", "de", None) == first
    assert len(renders) == 2


def test_all_of_ksplans_source_is_in_the_key() -> None:
    from pathlib import PurePath

    import ksplan

    package = Path(ksplan.__file__).resolve().parent
    stamped = {s.decode() for s in cache._code_stamps() if s.endswith(b".py")}
    sources = {str(PurePath(p.relative_to(package))) for p in package.rglob("*.py")}
    assert sources <= stamped
    assert {"cache.py", "models.py"} <= stamped
    assert any("/" in name for name in stamped)  # the modules in subpackages too


def test_an_unreadable_file_is_reported_with_the_others_problems_as_without_a_cache(
    plan_dir: Path, own_cache: Path
) -> None:
    from ksplan.errors import KsplanError

    (plan_dir / "districts.yaml").write_text("districts: [\n", encoding="utf-8")
    edit(plan_dir / "measures.yaml", "    horizon: kurzfristig\n", "    horizon: bald\n")
    with pytest.raises(KsplanError) as cached_error:
        cache.summary(plan_dir)
    with pytest.raises(KsplanError) as plain_error:
        plans.load_plan(plan_dir)
    assert cached_error.value.problems == plain_error.value.problems
    assert {p.file.rsplit("/", 1)[-1] for p in cached_error.value.problems} >= {
        "districts.yaml",
        "measures.yaml",
    }
    assert entries(own_cache) == []
