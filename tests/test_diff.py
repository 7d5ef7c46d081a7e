"""``ksplan diff``: the semantic comparison of two plans, read from real git repositories.

One repository with a short history (built once per module) serves the read-only tests; tests
that change the working tree or break the plan build their own.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from ksplan.diff import PlanDiff, diff_plans, has_changes
from ksplan.errors import PlanInvalid, PlanUnreadable, UsageError
from ksplan.gitio import (
    WORKING_TREE,
    parse_range,
    read_plan_at,
    resolve_revision,
    run_diff,
)
from ksplan.i18n import use
from ksplan.loading import load_plan
from ksplan.views.diff import diff_json, md_escape, no_changes, render_markdown, render_text

from .conftest import DATA, edit

AS_OF = date(2025, 11, 22)

M09_DONE = """        certainty: likely
  - id: M10"""
M09_DONE_NEW = """        certainty: likely
      - date: 2024-01-15
        status: done
        source: Niederschrift ABöOAB vom 15.01.2024
  - id: M10"""
M10_DONE = """    field: sichere-oeffentliche-raeume
    field_is_reading: true
    owners: [edg]
    history: []
  - id: M11"""
M10_DONE_NEW = """    field: sichere-oeffentliche-raeume
    field_is_reading: true
    owners: [edg]
    history:
      - date: 2024-01
        status: done
        source: Jahresbericht 2024
  - id: M11"""
EVING = """  - id: eving
    name: Eving
    labs: []"""
EVING_LAB = """  - id: eving
    name: Eving
    labs:
      - quarter: Eving-Zentrum
        status: held
        date: 2024-05-14
        source: Stadt Dortmund, Pressemitteilung vom 15.05.2024"""
CDU = """        name: CDU
        mandates: 23"""
CDU_30 = """        name: CDU
        mandates: 30"""


def git(repo: Path, *args: str) -> str:
    proc = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, check=True
    )
    return proc.stdout.strip()


def new_repo(root: Path, *, with_plan: bool = True) -> Path:
    """A fresh repository at ``root`` holding a copy of the shipped plan in ``data/``."""
    root.mkdir(parents=True)
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.name", "Test")
    git(root, "config", "user.email", "test@example.org")
    git(root, "config", "commit.gpgsign", "false")
    git(root, "config", "core.hooksPath", str(root / ".git" / "no-hooks"))
    if with_plan:
        shutil.copytree(DATA, root / "data")
        commit(root, "plan")
    return root


def commit(repo: Path, message: str, tag: str | None = None) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "--allow-empty", "-m", message)
    if tag:
        git(repo, "tag", tag)


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """main: plan → status → lab → seats → misc → comment; topic (from plan): renames."""
    repo = new_repo(tmp_path_factory.mktemp("history") / "repo")
    git(repo, "tag", "plan")
    data = repo / "data"
    edit(data / "measures.yaml", M09_DONE, M09_DONE_NEW)
    edit(data / "measures.yaml", M10_DONE, M10_DONE_NEW)
    commit(repo, "M09 and M10 done", "status")
    edit(data / "districts.yaml", EVING, EVING_LAB)
    commit(repo, "Quartierslabor in Eving", "lab")
    edit(data / "assembly.yaml", CDU, CDU_30)
    commit(repo, "CDU mandates", "seats")
    edit(
        data / "measures.yaml",
        "title: Optimierung softwarebasierter Tourenplanungen",
        "title: Optimierung der Tourenplanung",
    )
    edit(
        data / "measures.yaml",
        "  - id: haus-und-grund",
        "  - id: ordnungsamt\n    name: Ordnungsamt der Stadt Dortmund\n  - id: haus-und-grund",
    )
    edit(
        data / "assembly.yaml",
        "meetings: []",
        "meetings:\n  - date: 2024-05-14\n    note: konstituierende Sitzung\n",
    )
    commit(repo, "title, body, meeting", "misc")
    edit(data / "measures.yaml", "plan:\n", "# a comment only\nplan:\n")
    commit(repo, "comment only", "comment")
    git(repo, "checkout", "-q", "-b", "topic", "plan")
    edit(data / "districts.yaml", "name: Hörde", "name: Hörde-Phoenix")
    commit(repo, "rename Hörde", "renamed")
    git(repo, "checkout", "-q", "main")
    return repo


def diff(repo: Path, *revs: str) -> PlanDiff:
    return run_diff(repo / "data", list(revs), AS_OF)


def texts(d: PlanDiff) -> list[str]:
    """The changes' sentences in the language in force (German unless a test asks)."""
    return [str(c.text) for c in d.changes]


@pytest.fixture
def english() -> Iterator[None]:
    use("en")
    yield
    use("de")


# --- what changed, and what it means -------------------------------------------------------


def test_status_change_from_the_history(history: Path, english: None) -> None:
    """In English (``--lang en``): the sentences, the text and the Markdown."""
    d = diff(history, "plan", "status")
    assert texts(d) == [
        "M09 status in progress (27.02.2018, likely) → done (15.01.2024); "
        "source: Niederschrift ABöOAB vom 15.01.2024",
        "M10 status unknown → done (January 2024); source: Jahresbericht 2024",
    ]
    m09 = d.changes[0]
    assert (m09.section, m09.subject, m09.kind, m09.field) == (
        "measures",
        "M09",
        "changed",
        "status",
    )
    assert m09.before["status"] == "in_progress"
    assert m09.after == {
        "date": "2024-01-15",
        "status": "done",
        "source": "Niederschrift ABöOAB vom 15.01.2024",
        "certainty": "confirmed",
    }
    assert d.changes[1].before == {"status": "unknown", "date": None}
    gone = {e.id: str(e.text) for e in d.consequences.overdue.no_longer_overdue}
    # Neither was overdue: M09 was last recorded before its due date and M10 never, so both
    # were past due with their status unknown.
    assert gone == {
        "M09": "M09 no longer past due, status unknown: now done (15.01.2024)",
        "M10": "M10 no longer past due, status unknown: now done (January 2024)",
    }
    assert d.consequences.overdue.after == d.consequences.overdue.before
    assert d.consequences.overdue.after_unknown == d.consequences.overdue.before_unknown - 2
    assert not d.consequences.seats.changed and not d.consequences.coverage.changed
    text = render_text(d)
    assert "M09 status in progress (27.02.2018, likely) → done (15.01.2024)" in text
    assert "M09 no longer past due, status unknown: now done (15.01.2024)" in text
    md = render_markdown(d)
    assert "- M09 status in progress (27.02.2018, likely) → done (15.01.2024)" in md
    assert "**Overdue measures**" in md


def test_lab_added_in_eving_covers_the_district(history: Path) -> None:
    d = diff(history, "status", "lab")
    assert texts(d) == ["Eving: Quartierslabor Eving-Zentrum (14.05.2024) hinzugefügt"]
    change = d.changes[0]
    assert (change.section, change.subject, change.kind) == (
        "districts",
        "Eving / Quartierslabor Eving-Zentrum (14.05.2024)",
        "added",
    )
    assert change.after["date"] == "2024-05-14"
    cov = d.consequences.coverage
    assert (cov.before_covered, cov.after_covered, cov.after_total) == (4, 5, 12)
    assert [(x.id, x.before, x.after) for x in cov.districts] == [("eving", "missing", "covered")]
    line = "Eving jetzt abgedeckt (Quartierslabor Eving-Zentrum, 14.05.2024)"
    assert str(cov.districts[0].text) == line
    text = render_text(d)
    assert "Quartierslabore: 4/12 → 5/12 Stadtbezirke abgedeckt" in text
    assert line in text
    assert "**Quartierslabore**: 4/12 → 5/12 Stadtbezirke abgedeckt" in render_markdown(d)


def test_mandates_changed_so_that_seats_move(history: Path) -> None:
    d = diff(history, "lab", "seats")
    assert texts(d) == ["Ratsperiode 2025-2030: Fraktion CDU Mandate 23 → 30"]
    assert d.changes[0].path == "terms[2025-2030].fraktionen[cdu].mandates"
    assert d.changes[0].subject == "2025-2030 / CDU"
    seats = d.consequences.seats
    assert seats.before.allocation == {
        "SPD": 3,
        "CDU": 2,
        "AfD": 2,
        "GRÜNE & Volt": 2,
        "DIE LINKE": 1,
    }
    assert [(s.fraktion, s.before, s.after) for s in seats.changes] == [
        ("SPD", 3, 2),
        ("CDU", 2, 3),
    ]
    text = render_text(d)
    assert "Vollversammlung (Ratsperiode 2025-2030, 10 Sitze, Hare-Niemeyer)" in text
    assert "Sitze: SPD 3 → 2, CDU 2 → 3" in text
    md = render_markdown(d)
    assert "| Fraktion | vorher | nachher | Änderung |" in md
    assert "| SPD | 3 | 2 | -1 |" in md
    assert "| CDU | 2 | 3 | +1 |" in md
    assert "| AfD | 2 | 2 |  |" in md
    data = diff_json(d)["consequences"]["seats"]
    assert data["changes"] == [
        {"id": "spd", "fraktion": "SPD", "before": 3, "after": 2},
        {"id": "cdu", "fraktion": "CDU", "before": 2, "after": 3},
    ]
    assert data["after"]["allocation"]["CDU"] == 3


def test_title_body_and_meeting(history: Path) -> None:
    d = diff(history, "seats", "misc")
    assert texts(d) == [
        "Stelle Ordnungsamt der Stadt Dortmund hinzugefügt",
        "M11 Titel „Optimierung softwarebasierter Tourenplanungen“ → "
        "„Optimierung der Tourenplanung“",
        "Sitzung am 14.05.2024 hinzugefügt",
    ]
    assert [c.section for c in d.changes] == ["bodies", "measures", "meetings"]
    title = d.changes[1]
    assert (title.field, title.before, title.after) == (
        "title",
        "Optimierung softwarebasierter Tourenplanungen",
        "Optimierung der Tourenplanung",
    )
    assert d.changes[2].after == {"date": "2024-05-14", "note": "konstituierende Sitzung"}
    assert not d.consequences.changed
    text = render_text(d)
    assert "\nZuständigkeiten\n  - Stelle Ordnungsamt der Stadt Dortmund hinzugefügt\n" in text
    assert "Folgen am 22.11.2025: keine" in text
    md = render_markdown(d)
    assert "#### Sitzungen\n\n- Sitzung am 14.05.2024 hinzugefügt" in md


def test_comment_only_is_no_change(history: Path) -> None:
    d = diff(history, "misc", "comment")
    assert not has_changes(d)
    assert d.changes == []
    assert no_changes() in render_text(d)
    assert "keine Änderungen am Plan" in render_markdown(d)
    data = diff_json(d)
    assert data["changes"] == [] and data["has_changes"] is False


def test_same_revision_twice_is_no_change(history: Path) -> None:
    d = diff(history, "seats", "seats")
    assert not has_changes(d)
    assert render_text(d).startswith("Änderungen am Plan: seats → seats\nkeine Änderungen am Plan")


def test_a_dot_dot_b_range_is_the_same_as_two_revisions(history: Path) -> None:
    ranged = diff(history, "plan..lab")
    assert (ranged.old_label, ranged.new_label) == ("plan", "lab")
    assert diff_json(ranged)["changes"] == diff_json(diff(history, "plan", "lab"))["changes"]
    assert len(ranged.changes) == 3


def test_three_dot_range_compares_with_the_merge_base(history: Path) -> None:
    d = diff(history, "main...topic")
    assert texts(d) == ["Stadtbezirk Hörde umbenannt in Hörde-Phoenix"]
    base = git(history, "merge-base", "main", "topic")
    assert d.old_label == base[:12]
    assert d.new_label == "topic"
    # Two dots compare the tips: everything main has and topic lacks shows up as well.
    assert len(diff(history, "main..topic").changes) > 1


def test_working_tree_against_head(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = new_repo(tmp_path / "repo")
    edit(repo / "data" / "assembly.yaml", "constituted: 2025-11-13", "constituted: 2025-12-13")
    monkeypatch.chdir(repo)
    d = run_diff(Path("data"), [], AS_OF)
    assert (d.old_label, d.new_label) == ("HEAD", WORKING_TREE)
    assert texts(d) == ["Ratsperiode 2025-2030 konstituiert 13.11.2025 → 13.12.2025"]
    # On AS_OF (22.11.2025) the 2025-2030 council is no longer constituted: the term in force
    # is 2020-2025 again.
    seats = d.consequences.seats
    assert (seats.before.term, seats.after.term) == ("2025-2030", "2020-2025")
    moves = {s.id: (s.before, s.after) for s in seats.changes}
    assert moves["afd"] == (2, 1)
    assert moves["linke-plus"] == (0, 1)
    assert "AfD 2 → 1" in render_text(d)
    assert "Ratsperiode 2025-2030 → 2020-2025" in render_text(d)
    # One revision: that revision against the working tree.
    assert diff_json(run_diff(Path("data"), ["HEAD"], AS_OF)) == diff_json(d)


def test_renames_and_lab_state_change(tmp_path: Path) -> None:
    repo = new_repo(tmp_path / "repo")
    data = repo / "data"
    edit(data / "districts.yaml", EVING, EVING_LAB.replace("held", "planned"))
    edit(data / "districts.yaml", "        date: 2024-05-14\n", "")
    commit(repo, "planned lab")
    edit(data / "districts.yaml", "status: planned", "status: held\n        date: 2024-05")
    edit(data / "assembly.yaml", "name: GRÜNE & Volt", "name: GRÜNE")
    edit(data / "assembly.yaml", "name: Sozialdezernent/in", "name: Sozialdezernentin")
    edit(data / "measures.yaml", "  kurzfristig: 24", "  kurzfristig: 84")
    edit(
        data / "measures.yaml",
        "name: Sichere Infrastruktur",
        "name: Sichere Infrastruktur und Versorgung",
    )
    d = run_diff(data, [], AS_OF)
    assert texts(d) == [
        "Fristenregel kurzfristig 24 → 84 Monate",
        "Handlungsfeld Sichere Infrastruktur umbenannt in Sichere Infrastruktur und Versorgung",
        "Mitglied kraft Amtes Sozialdezernent/in umbenannt in Sozialdezernentin",
        "Ratsperiode 2025-2030: Fraktion GRÜNE & Volt umbenannt in GRÜNE",
        "Eving: Quartierslabor Eving-Zentrum (Mai 2024) geändert: Stand geplant → durchgeführt; "
        "Datum (keine) → Mai 2024",
    ]
    # A renamed Fraktion is the same Fraktion: its seats do not move.
    assert not d.consequences.seats.changed
    assert [r.fraktion for r in d.consequences.seats.rows()][3] == "GRÜNE & Volt → GRÜNE"
    assert str(d.consequences.coverage.districts[0].text) == (
        "Eving jetzt abgedeckt (Quartierslabor Eving-Zentrum, Mai 2024)"
    )
    newly = d.consequences.overdue.no_longer_overdue
    assert newly and all("jetzt fällig am 21.02.2026" in str(e.text) for e in newly)


def test_measure_added_and_removed_and_history_entries(tmp_path: Path) -> None:
    repo = new_repo(tmp_path / "repo")
    data = repo / "data"
    text = (data / "measures.yaml").read_text(encoding="utf-8")
    start = text.index("  - id: M11\n")
    end = text.index("  - id: M12\n")
    m11 = text[start:end]
    moved = m11.replace("id: M11", "id: M99").replace("owners: [edg]", "owners: [edg, dew21]")
    rest = text[:start] + text[end:]
    reports = rest.index("\n# Berichte")
    (data / "measures.yaml").write_text(rest[:reports] + moved + rest[reports:], encoding="utf-8")
    edit(
        data / "measures.yaml",
        M09_DONE,
        M09_DONE.replace(
            "  - id: M10",
            "      - date: 2019\n        status: planned\n        source: Vorlage\n  - id: M10",
        ),
    )
    d = run_diff(data, [], AS_OF)
    by_kind = {(c.kind, c.subject): c for c in d.changes}
    assert str(by_kind[("removed", "M11")].text) == "Maßnahme M11 entfernt"
    added = str(by_kind[("added", "M99")].text)
    assert added.startswith(
        "Maßnahme M99 hinzugefügt: „Optimierung softwarebasierter Tourenplanungen“"
    )
    assert "zuständig „EDG Entsorgung Dortmund GmbH“, „Dortmunder Energie- und" in added
    assert str(by_kind[("changed", "M09")].text).startswith(
        "M09 Stand in Umsetzung (27.02.2018, wahrscheinlich) → geplant (2019)"
    )


def test_diff_plans_is_pure_and_symmetric(tmp_path: Path) -> None:
    plan = load_plan(DATA)
    same = diff_plans(plan, load_plan(DATA), AS_OF)
    assert not has_changes(same) and not same.consequences.changed
    repo = new_repo(tmp_path / "repo")
    edit(repo / "data" / "districts.yaml", EVING, EVING_LAB)
    other = load_plan(repo / "data")
    forward = diff_plans(plan, other, AS_OF, old_label="a", new_label="b")
    backward = diff_plans(other, plan, AS_OF)
    assert [c.kind for c in forward.changes] == ["added"]
    assert [c.kind for c in backward.changes] == ["removed"]
    assert str(backward.consequences.coverage.districts[0].text) == (
        "Eving nicht mehr abgedeckt (jetzt ohne Quartierslabor)"
    )


# --- revisions and the command line --------------------------------------------------------


def test_parse_range(english: None) -> None:
    assert parse_range([]) == ("HEAD", None)
    assert parse_range(["HEAD~2"]) == ("HEAD~2", None)
    assert parse_range(["v1", "v2"]) == ("v1", "v2")
    assert parse_range(["v1..v2"]) == ("v1", "v2")
    assert parse_range(["..v2"]) == ("HEAD", "v2")
    assert parse_range(["v1.."]) == ("v1", "HEAD")
    with pytest.raises(UsageError, match="at most two revisions"):
        parse_range(["a", "b", "c"])
    with pytest.raises(UsageError, match="cannot be combined"):
        parse_range(["a..b", "c"])
    with pytest.raises(UsageError, match="needs a repository"):
        parse_range(["a...b"])


def test_three_dot_parse_range_gives_the_merge_base(history: Path) -> None:
    base = git(history, "merge-base", "main", "topic")
    topic = git(history, "rev-parse", "topic")
    assert parse_range(["main...topic"], history) == (base, topic)


def test_resolve_revision(history: Path) -> None:
    assert resolve_revision(history, "seats") == git(history, "rev-parse", "seats")
    assert resolve_revision(history / "data", "HEAD") == git(history, "rev-parse", "HEAD")
    with pytest.raises(UsageError, match="„nosuch“ ist kein Commit in diesem Repository"):
        resolve_revision(history, "nosuch")
    with pytest.raises(UsageError, match="ist kein Commit"):
        resolve_revision(history, "HEAD:data")  # a tree, not a commit


def test_invalid_revision_is_a_usage_error(history: Path) -> None:
    with pytest.raises(UsageError, match="„nosuch“ ist kein Commit") as info:
        diff(history, "nosuch")
    assert info.value.exit_code == 2
    with pytest.raises(UsageError, match="„nosuch“ ist kein Commit"):
        diff(history, "plan..nosuch")


def test_not_a_repository(tmp_path: Path) -> None:
    plain = tmp_path / "plain"
    shutil.copytree(DATA, plain / "data")
    with pytest.raises(UsageError, match="liegt in keinem git-Repository"):
        run_diff(plain / "data", [], AS_OF)


@pytest.fixture
def git_log(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every argument git is called with, one per line (git itself still does the work)."""
    real = shutil.which("git")
    assert real is not None
    shim = tmp_path / "shim"
    shim.mkdir()
    log = tmp_path / "git-args.log"
    log.write_text("", encoding="utf-8")
    script = shim / "git"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" >> "{log}"\nexec "{real}" "$@"\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    monkeypatch.setenv("PATH", f"{shim}{os.pathsep}{os.environ.get('PATH', '')}")
    return log


@pytest.mark.parametrize(
    "revs",
    [
        ["--output={out}"],
        ["-p"],
        ["--exec=touch {out}"],
        ["HEAD", "--output={out}"],
        ["HEAD..--output={out}"],
        ["--output={out}...HEAD"],
        ["-"],
    ],
)
def test_option_injection_never_reaches_git(
    history: Path, tmp_path: Path, git_log: Path, revs: list[str], english: None
) -> None:
    out = tmp_path / "x"
    args = [r.format(out=out) for r in revs]
    with pytest.raises(UsageError, match="may not start with '-'"):
        run_diff(history / "data", args, AS_OF)
    with pytest.raises(UsageError, match="may not start with '-'"):
        parse_range(args)
    assert not out.exists()
    logged = git_log.read_text(encoding="utf-8").splitlines()
    assert not any(line.startswith("--output") or line.startswith("--exec") for line in logged)
    assert "-p" not in logged


def test_revisions_reach_git_after_end_of_options(history: Path, git_log: Path) -> None:
    diff(history, "plan", "status")
    logged = git_log.read_text(encoding="utf-8").splitlines()
    assert "plan^{commit}" in logged and "status^{commit}" in logged
    for rev in ("plan^{commit}", "status^{commit}"):
        assert logged[logged.index(rev) - 1] == "--end-of-options"


def test_resolve_revision_refuses_options_before_git(
    history: Path, git_log: Path, english: None
) -> None:
    with pytest.raises(UsageError, match="a revision may not start with '-'"):
        resolve_revision(history, "--output=/tmp/x")
    assert git_log.read_text(encoding="utf-8") == ""


# --- unreadable and invalid sides ----------------------------------------------------------


def test_invalid_plan_at_one_side_names_the_side(tmp_path: Path) -> None:
    repo = new_repo(tmp_path / "repo")
    measures = repo / "data" / "measures.yaml"
    edit(measures, "  - id: M05\n", "  - id: M05\n    horizon_typo: x\n")
    commit(repo, "broken")
    line = measures.read_text(encoding="utf-8").splitlines().index("    horizon_typo: x") + 1
    with pytest.raises(PlanInvalid) as info:
        run_diff(repo / "data", ["HEAD~1", "HEAD"], AS_OF)
    problems = [p for p in info.value.problems if p.severity == "error"]
    assert [(p.file, p.line) for p in problems] == [("data/measures.yaml@HEAD", line)]
    assert "horizon_typo" in problems[0].message
    assert info.value.exit_code == 1
    # The old side is fine on its own; the broken one is the new side.
    assert not has_changes(run_diff(repo / "data", ["HEAD~1", "HEAD~1"], AS_OF))


def test_unreadable_yaml_at_a_revision(tmp_path: Path, english: None) -> None:
    repo = new_repo(tmp_path / "repo")
    districts = repo / "data" / "districts.yaml"
    edit(districts, "  - id: eving\n", "  - id: eving\n\t name: Tab\n")
    commit(repo, "tab")
    shutil.copytree(DATA, repo / "data", dirs_exist_ok=True)  # the working tree is fine again
    with pytest.raises(PlanUnreadable) as info:
        run_diff(repo / "data", ["HEAD"], AS_OF)
    [problem] = info.value.problems
    assert problem.file == "data/districts.yaml@HEAD"
    assert problem.line is not None and "tab" in problem.message


def test_both_sides_invalid_reports_both(tmp_path: Path) -> None:
    repo = new_repo(tmp_path / "repo")
    measures = repo / "data" / "measures.yaml"
    edit(measures, "    horizon: kurzfristig\n", "    horizon: sofort\n")
    commit(repo, "broken")
    edit(measures, "    horizon: sofort\n", "    horizon: bald\n")
    with pytest.raises(PlanInvalid) as info:
        run_diff(repo / "data", [], AS_OF)
    files = {p.file for p in info.value.problems}
    assert "data/measures.yaml@HEAD" in files
    assert any(not f.endswith("@HEAD") and f.endswith("measures.yaml") for f in files)


def test_revision_without_plan_files(tmp_path: Path, english: None) -> None:
    repo = new_repo(tmp_path / "repo", with_plan=False)
    (repo / "README.md").write_text("empty\n", encoding="utf-8")
    commit(repo, "readme only")
    shutil.copytree(DATA, repo / "data")
    commit(repo, "plan")
    with pytest.raises(PlanUnreadable) as info:
        run_diff(repo / "data", ["HEAD~1", "HEAD"], AS_OF)
    # said once for the folder, not once per file
    assert [(p.file, p.message) for p in info.value.problems] == [
        (
            "data@HEAD~1",
            "none of the plan files (measures.yaml, assembly.yaml, districts.yaml) exists here "
            "at revision HEAD~1: is this the plan's folder (--plan)?",
        )
    ]
    assert info.value.exit_code == 2
    # one file missing is still named as such
    (repo / "data" / "districts.yaml").unlink()
    commit(repo, "without districts")
    with pytest.raises(PlanUnreadable) as info:
        run_diff(repo / "data", ["HEAD~1", "HEAD"], AS_OF)
    assert [(p.file, p.message) for p in info.value.problems] == [
        ("data/districts.yaml@HEAD", "the file does not exist at revision HEAD")
    ]


def test_read_plan_at_names_the_side(history: Path) -> None:
    docs = read_plan_at(history / "data", "status")
    assert {d.display for d in docs.values()} == {
        "data/measures.yaml@status",
        "data/assembly.yaml@status",
        "data/districts.yaml@status",
        "data/orders.yaml@status",
    }
    assert "M09" in json.dumps(docs["measures"].data)
    on_disk = read_plan_at(history / "data", None)
    assert not on_disk["measures"].display.endswith("@status")


def test_plan_folder_at_the_top_of_the_repository(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(DATA, repo)
    git(repo, "init", "-q")
    git(repo, "config", "user.name", "Test")
    git(repo, "config", "user.email", "test@example.org")
    commit(repo, "plan at the top")
    edit(repo / "districts.yaml", EVING, EVING_LAB)
    docs = read_plan_at(repo, "HEAD")
    assert docs["districts"].display == "districts.yaml@HEAD"
    assert texts(run_diff(repo, [], AS_OF)) == [
        "Eving: Quartierslabor Eving-Zentrum (14.05.2024) hinzugefügt"
    ]


# --- rendering -----------------------------------------------------------------------------


def test_markdown_escapes_plan_text(tmp_path: Path) -> None:
    repo = new_repo(tmp_path / "repo")
    evil = "Evil | <script>alert(1)</script> [x](http://evil) *bold* _it_ `code` ~~s~~ $x$"
    edit(
        repo / "data" / "measures.yaml",
        "title: Optimierung softwarebasierter Tourenplanungen",
        f"title: '{evil}'",
    )
    edit(
        repo / "data" / "assembly.yaml",
        "name: CDU\n        mandates: 23",
        "name: 'C|D<U>'\n        mandates: 30",
    )
    d = run_diff(repo / "data", [], AS_OF)
    md = render_markdown(d)
    assert "<script>" not in md and "<U>" not in md
    assert "\\<script\\>alert(1)\\</script\\>" in md
    from markdown_it import MarkdownIt

    shown = MarkdownIt("commonmark").enable("table").render(md)
    assert "<script>" not in shown and "&lt;script&gt;alert(1)&lt;/script&gt;" in shown
    assert "](http" not in md.replace("\\](http", "")
    assert "\\[x\\](`http://evil`)" in md  # a bare URL is shown in a code span, never linked
    assert "\\*bold\\*" in md and "\\_it\\_" in md and "\\`code\\`" in md
    assert "\\~\\~s\\~\\~" in md and "\\$x\\$" in md
    title_line = next(line for line in md.splitlines() if line.startswith("- M11 Titel"))
    assert "Evil \\| \\<script\\>" in title_line
    row = next(line for line in md.splitlines() if line.startswith("| CDU → C\\|D"))
    assert row == "| CDU → C\\|D\\<U\\> | 2 | 3 | +1 |"
    assert row.replace("\\|", "").count("|") == 5  # the table keeps its four columns
    # Plain text and JSON keep the text as it is.
    assert evil in render_text(d)
    afters = [c["after"] for c in diff_json(d)["changes"]]
    assert evil in afters and "C|D<U>" in afters


def test_md_escape() -> None:
    assert md_escape("a|b") == "a\\|b"
    assert md_escape("<b>&") == "\\<b\\>&"
    assert md_escape("[l](u)") == "\\[l\\](u)"
    assert md_escape("line\nbreak") == "line break"
    assert md_escape("back\\slash") == "back\\\\slash"
    assert md_escape("![i](u)") == "\\!\\[i\\](u)"


def test_json_shape(history: Path) -> None:
    data = diff_json(diff(history, "plan", "seats"))
    assert list(data) == ["old", "new", "as_of", "has_changes", "changes", "consequences"]
    assert (data["old"], data["new"], data["as_of"], data["has_changes"]) == (
        "plan",
        "seats",
        "2025-11-22",
        True,
    )
    for change in data["changes"]:
        assert list(change) == [
            "section",
            "subject",
            "kind",
            "field",
            "path",
            "before",
            "after",
            "text",
        ]
        assert change["kind"] in ("added", "removed", "changed")
    cons = data["consequences"]
    assert list(cons) == ["seats", "coverage", "overdue", "orders", "work"]
    assert list(cons["seats"]) == ["changed", "before", "after", "changes"]
    assert list(cons["seats"]["before"]) == [
        "term",
        "method",
        "seats",
        "allocation",
        "ids",
        "lot",
        "error",
    ]
    assert cons["coverage"]["before"] == {
        "covered": 4,
        "total": 12,
        "deadline_passed_uncovered": True,
    }
    assert cons["coverage"]["after"]["covered"] == 5
    assert list(cons["overdue"]) == [
        "changed",
        "before",
        "after",
        "before_unknown",
        "after_unknown",
        "newly_overdue",
        "no_longer_overdue",
    ]
    m09 = next(x for x in cons["overdue"]["no_longer_overdue"] if x["id"] == "M09")
    assert m09["status"] == "done" and m09["days_overdue"] is None
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_relative_git_dir_as_in_hooks(history: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Git runs hooks at the top with GIT_DIR=.git; ``git -C data`` must still find it."""
    monkeypatch.chdir(history)
    monkeypatch.setenv("GIT_DIR", ".git")
    d = run_diff(Path("data"), ["status", "lab"], AS_OF)
    assert texts(d) == ["Eving: Quartierslabor Eving-Zentrum (14.05.2024) hinzugefügt"]


def test_reordering_items_with_ids_is_a_change(tmp_path: Path) -> None:
    repo = new_repo(tmp_path / "repo")
    districts = repo / "data" / "districts.yaml"
    text = districts.read_text(encoding="utf-8")
    start = text.index("  - id: mengede")
    end = text.index("\n# Quartierslabore, die stattgefunden haben") + 1
    mengede = text[start:end]
    first = text.index("  - id: innenstadt-west")
    districts.write_text(text[:first] + mengede + text[first:start] + text[end:], "utf-8")
    d = run_diff(repo / "data", [], AS_OF)
    assert texts(d) == ["Reihenfolge geändert: Stadtbezirke"]
    assert d.changes[0].text.render("en") == "order of districts changed"
    assert d.changes[0].after[0] == "mengede"
    assert has_changes(d) and not d.consequences.changed


def test_history_entries_corrected_added_and_removed(tmp_path: Path) -> None:
    repo = new_repo(tmp_path / "repo")
    measures = repo / "data" / "measures.yaml"
    edit(measures, "von 48 auf 68 Stellen erweitert", "von 48 auf 70 Stellen erweitert")
    text = measures.read_text(encoding="utf-8")
    latest = text.index("      - date: 2021\n        status: in_progress\n        note: Weniger")
    measures.write_text(text[:latest] + text[text.index("  - id: M20", latest) :], "utf-8")
    edit(
        measures,
        "    history:\n      - date: 2020-01\n",
        "    history:\n      - date: 2019-06\n        status: planned\n"
        "        source: Ratsvorlage\n      - date: 2020-01\n",
    )
    d = run_diff(repo / "data", [], AS_OF)
    assert texts(d) == [
        "M19 Stand in Umsetzung (2021) → in Umsetzung (Dezember 2019); Quelle: Stadt Dortmund, "
        "Ordnungsamt, Nachricht vom 17.12.2019, https://www.dortmund.de/de/leben_in_dortmund/"
        "sicherheit_und_recht/ordnungsamt/nachrichten_oa/detailseiten_94.jsp?nid=613506; "
        "Anmerkung: Außendienst des Kommunalen Ordnungsdienstes von 48 auf 70 Stellen erweitert, "
        "zwei zusätzliche Fahrzeuge.",
        "M19: Verlaufseintrag Dezember 2019 in Umsetzung geändert: Anmerkung „Außendienst des "
        "Kommunalen Ordnungsdienstes von 48 auf 68 Stellen erweitert, zwei zusätzliche "
        "Fahrzeuge.“ → „Außendienst des Kommunalen Ordnungsdienstes von 48 auf 70 Stellen "
        "erweitert, zwei zusätzliche Fahrzeuge.“",
        "M21: Verlaufseintrag Juni 2019 geplant hinzugefügt (Quelle: Ratsvorlage)",
    ]
    assert [c.field for c in d.changes] == ["status", None, None]
    assert [c.path for c in d.changes] == ["measures[M19].history"] * 2 + ["measures[M21].history"]


# --- the council's orders -----------------------------------------------------------------------


def test_declaring_a_record_complete_shows_the_verdict_it_changes(tmp_path: Path) -> None:
    repo = new_repo(tmp_path / "repo")
    edit(
        repo / "data" / "orders.yaml",
        "complete_through: []",
        "complete_through:\n  - record: meetings\n    through: 2024-12-31\n"
        "    source: Sitzungsprotokolle\n",
    )
    d = run_diff(repo / "data", [], AS_OF)
    assert texts(d) == ["Vollständigkeitserklärung meetings bis 31.12.2024 hinzugefügt"]
    verdicts = d.consequences.orders.changes
    assert [(v.id, v.before, v.after) for v in verdicts] == [
        ("vollversammlung-sitzungen", "no_evidence", "not_met")
    ]
    verdict = "Die Vollversammlung tagt mindestens drei Mal im Jahr: nicht belegt → nicht erfüllt"
    assert verdict in render_text(d)
    assert "**Aufträge (Bewertung)**" in render_markdown(d)
    orders = diff_json(d)["consequences"]["orders"]
    assert orders["changed"] and orders["changes"][0]["after"] == "not_met"


def test_an_event_as_evidence_and_a_new_order(tmp_path: Path) -> None:
    repo = new_repo(tmp_path / "repo")
    edit(
        repo / "data" / "orders.yaml",
        "\nevents:\n",
        "\nevents:\n  - id: geschaeftsordnung-beschlossen\n"
        "    title: Geschäftsordnung beschlossen\n"
        "    date: 2024-05-06\n    orders: [geschaeftsordnung]\n    source: Niederschrift\n",
    )
    d = run_diff(repo / "data", [], AS_OF)
    assert texts(d) == ["Ereignis geschaeftsordnung-beschlossen hinzugefügt"]
    assert [(v.id, v.before, v.after) for v in d.consequences.orders.changes] == [
        ("geschaeftsordnung", "no_deadline", "met")
    ]


def test_an_old_revision_without_orders_yaml(tmp_path: Path) -> None:
    """Plans from before orders.yaml existed compare as plans that declare no orders."""
    repo = new_repo(tmp_path / "repo", with_plan=False)
    shutil.copytree(DATA, repo / "data", ignore=shutil.ignore_patterns("orders.yaml"))
    commit(repo, "plan without orders")
    shutil.copy(DATA / "orders.yaml", repo / "data" / "orders.yaml")
    commit(repo, "orders")
    d = run_diff(repo / "data", ["HEAD~1", "HEAD"], AS_OF)
    added = [c for c in d.changes if c.section == "orders"]
    assert len(added) == 11 and all(c.kind == "added" for c in added)
    assert {v.before for v in d.consequences.orders.changes} == {None}
