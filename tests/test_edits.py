"""Edit commands: exact, comment-keeping, validated before writing, atomic, one at a time."""

from __future__ import annotations

import os
import subprocess
import threading
from pathlib import Path
from typing import Any

import pytest

from ksplan.errors import EditRefused
from ksplan.yaml_writer import plan_lock

from .conftest import edit

GIT = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org"]


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        [*GIT, "-C", str(repo), *args], check=True, capture_output=True, text=True
    ).stdout


@pytest.fixture
def repo(plan_dir: Path) -> Path:
    git(plan_dir, "init", "-q")
    git(plan_dir, "add", ".")
    git(plan_dir, "commit", "-qm", "plan")
    return plan_dir


def diff_lines(repo: Path) -> tuple[list[str], list[str]]:
    """The lines the working tree removes and adds, against HEAD."""
    out = git(repo, "diff", "--unified=0", "--no-color")
    removed = [ln[1:] for ln in out.splitlines() if ln.startswith("-") and not ln.startswith("---")]
    added = [ln[1:] for ln in out.splitlines() if ln.startswith("+") and not ln.startswith("+++")]
    return removed, added


def test_measure_status_appends_exactly_its_lines(cli: Any, repo: Path) -> None:
    result = cli(
        "measure", "status", "M09", "done", "--date", "2024-01-15",
        "--note", "Fortschreibung beschlossen", "--source", "Drucksache 12345-24",
        "--plan", str(repo),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "M09: Stand in Umsetzung → umgesetzt (15.01.2024)" in result.stdout
    removed, added = diff_lines(repo)
    assert removed == []
    assert added == [
        "      - date: 2024-01-15",
        "        status: done",
        "        note: Fortschreibung beschlossen",
        "        source: Drucksache 12345-24",
    ]
    assert cli("validate", "--plan", str(repo)).exit_code == 0


def test_first_status_entry_turns_the_empty_list_into_a_block(cli: Any, repo: Path) -> None:
    result = cli(
        "measure", "status", "M05", "in_progress", "--date", "2024-06",
        "--source", "Vollversammlung", "--plan", str(repo),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "M05: Stand unbekannt → in Umsetzung (Juni 2024)" in result.stdout
    removed, added = diff_lines(repo)
    assert removed == ["    history: []"]
    assert added == [
        "    history:",
        "      - date: 2024-06",
        "        status: in_progress",
        "        source: Vollversammlung",
    ]


def test_lab_add(cli: Any, repo: Path) -> None:
    result = cli(
        "lab", "add", "Eving", "--date", "2024-05-14", "--quarter", "Eving-Zentrum",
        "--source", "dortmund.de", "--plan", str(repo),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Eving: Quartierslabor Eving-Zentrum (14.05.2024, durchgeführt) ergänzt" in result.stdout
    removed, added = diff_lines(repo)
    assert removed == ["    labs: []"]
    assert added == [
        "    labs:",
        "      - quarter: Eving-Zentrum",
        "        status: held",
        "        date: 2024-05-14",
        "        source: dortmund.de",
    ]


def test_meetings_and_reports_stay_in_date_order(cli: Any, repo: Path) -> None:
    for day in ("2024-09-01", "2024-03-01"):
        assert cli("meeting", "add", day, "--plan", str(repo)).exit_code == 0
    assert cli("report-event", "add", "rat", "2019-12-10", "--plan", str(repo)).exit_code == 0
    text = (repo / "assembly.yaml").read_text(encoding="utf-8")
    assert "meetings:\n  - date: 2024-03-01\n  - date: 2024-09-01\n" in text
    assert "reports:\n  - kind: rat\n    date: 2019-12-10\n" in (repo / "measures.yaml").read_text(
        encoding="utf-8"
    )
    assert cli("validate", "--plan", str(repo)).exit_code == 0


def test_every_comment_survives_an_edit(cli: Any, repo: Path) -> None:
    def comments(name: str) -> list[str]:
        text = (repo / name).read_text(encoding="utf-8")
        return [ln for ln in text.splitlines() if "#" in ln]

    before = {n: comments(n) for n in ("measures.yaml", "assembly.yaml", "districts.yaml")}
    cli(
        "measure",
        "status",
        "M01",
        "planned",
        "--date",
        "2024",
        "--source",
        "x",
        "--plan",
        str(repo),
    )
    cli("meeting", "add", "2024-03-01", "--plan", str(repo))
    cli("lab", "add", "mengede", "--status", "planned", "--source", "x", "--plan", str(repo))
    after = {n: comments(n) for n in before}
    assert after == before


def test_refused_edit_leaves_the_file_byte_identical(cli: Any, repo: Path) -> None:
    before = (repo / "districts.yaml").read_bytes()
    # a note longer than the plan allows: the edit would make the plan invalid
    long_note = "x" * 2001
    result = cli(
        "lab",
        "add",
        "eving",
        "--date",
        "2024",
        "--note",
        long_note,
        "--source",
        "x",
        "--plan",
        str(repo),
    )
    assert result.exit_code == 1
    assert "Der Text ist zu lang" in result.output
    assert "nichts geschrieben" in result.output
    assert (repo / "districts.yaml").read_bytes() == before
    assert git(repo, "status", "--porcelain") == ""


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (
            ("measure", "status", "M99", "done", "--source", "x"),
            2,
            "„M99“ ist keine Maßnahme des Plans",
        ),
        (("measure", "status", "M01", "fertig", "--source", "x"), 2, "„fertig“ ist kein Stand"),
        (
            ("measure", "status", "M01", "done", "--source", "x", "--date", "2024-02-30"),
            2,
            "Der Februar 2024 hat 29 Tage",
        ),
        (
            ("measure", "status", "M01", "done", "--source", ""),
            2,
            "--source darf nicht leer sein",
        ),
        (
            ("lab", "add", "eving", "--source", "   ", "--date", "2024"),
            2,
            "--source darf nicht leer sein",
        ),
        (
            ("measure", "status", "M01", "done", "--source", "Protokoll \u202eredlof"),
            2,
            "die Schreibrichtung ändernde Zeichen U+202E",
        ),
        (
            ("measure", "status", "M01", "done", "--source", "x", "--note", "zero\u200bwidth"),
            2,
            "unsichtbare oder die Schreibrichtung ändernde Zeichen U+200B",
        ),
        (
            ("lab", "add", "eving", "--source", "x"),
            2,
            "bitte mit --date angeben, wann es stattfand",
        ),
        (
            ("measure", "status", "M01", "done", "--source", "x", "--date", "2042-01-01"),
            2,
            "Ein Stand vom 01.01.2042 liegt nach heute",
        ),
        (
            ("measure", "status", "M01", "done", "--source", "x", "--date", "1850"),
            2,
            "liegt vor dem Ratsbeschluss zum Masterplan (21.02.2019)",
        ),
        (
            ("report-event", "add", "aboeoab", "2025-01-15", "--covers", "2024"),
            2,
            "--covers gilt nur für einen Bericht an den Rat",
        ),
        (
            ("lab", "add", "Nirgendwo", "--source", "x"),
            2,
            "Einen Stadtbezirk „Nirgendwo“ gibt es im Plan nicht",
        ),
        (
            ("lab", "add", "eving", "--source", "x", "--status", "maybe"),
            2,
            "„maybe“ ist kein Stand eines Quartierslabors",
        ),
        (("meeting", "add", "gestern"), 2, "31.12.2024 oder 2024-12-31"),
        (("report-event", "add", "bund", "2024-01-01"), 2, "„bund“ ist keine Art von Bericht"),
    ],
)
def test_bad_edits_are_refused_plainly(
    cli: Any, repo: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    before = {p.name: p.read_bytes() for p in repo.glob("*.yaml")}
    result = cli(*args, "--plan", str(repo))
    assert result.exit_code == code, result.output
    assert message in result.output
    assert {p.name: p.read_bytes() for p in repo.glob("*.yaml")} == before


def test_edit_of_an_invalid_plan_is_refused(cli: Any, repo: Path) -> None:
    edit(repo / "measures.yaml", "    horizon: kurzfristig\n", "    horizon: bald\n")
    before = (repo / "assembly.yaml").read_bytes()
    result = cli("meeting", "add", "2024-03-01", "--plan", str(repo))
    assert result.exit_code == 1
    assert "Der Plan ist schon jetzt ungültig; bitte zuerst diese Probleme beheben" in result.output
    assert (repo / "assembly.yaml").read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_read_only_folder_is_refused_and_unchanged(cli: Any, repo: Path) -> None:
    target = repo / "assembly.yaml"
    before = target.read_bytes()
    os.chmod(repo, 0o555)
    try:
        result = cli("meeting", "add", "2024-03-01", "--plan", str(repo))
    finally:
        os.chmod(repo, 0o755)
    assert result.exit_code == 1
    assert "konnte nicht geschrieben werden" in result.output
    assert target.read_bytes() == before


def test_disk_full_during_write_leaves_the_file_unchanged(
    cli: Any, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from ksplan import yaml_writer

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    target = repo / "assembly.yaml"
    before = target.read_bytes()
    monkeypatch.setattr(yaml_writer.os, "fsync", full)
    result = cli("meeting", "add", "2024-03-01", "--plan", str(repo))
    assert result.exit_code == 1
    assert (
        "konnte nicht geschrieben werden (kein Platz mehr auf dem Datenträger); die Datei ist "
        "unverändert" in result.output
    )
    assert target.read_bytes() == before
    assert not list(repo.glob(".assembly.yaml.*.tmp"))


def test_byte_order_mark_is_kept(cli: Any, repo: Path) -> None:
    path = repo / "assembly.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert cli("meeting", "add", "2024-03-01", "--plan", str(repo)).exit_code == 0
    assert path.read_bytes().startswith(b"\xef\xbb\xbf# yaml-language-server")


def test_second_edit_waits_for_the_lock_then_gives_up(repo: Path) -> None:
    # a second lock on the same folder, from another open file description, must not be had
    with (
        plan_lock(repo),
        pytest.raises(EditRefused, match="andere ksplan-Änderung"),
        plan_lock(repo, wait_seconds=0.2),
    ):
        pass


def test_concurrent_edits_both_land(cli: Any, repo: Path) -> None:
    from ksplan.dates import PartialDate
    from ksplan.edits import add_meeting, set_measure_status

    errors: list[BaseException] = []

    def meeting() -> None:
        try:
            import datetime as dt

            add_meeting(repo, dt.date(2024, 3, 1), None, None)
        except BaseException as exc:
            errors.append(exc)

    def status() -> None:
        try:
            set_measure_status(repo, "M01", "planned", PartialDate(2024), None, "x")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=meeting), threading.Thread(target=status)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert "  - date: 2024-03-01" in (repo / "assembly.yaml").read_text(encoding="utf-8")
    assert "      - date: 2024\n        status: planned" in (repo / "measures.yaml").read_text(
        encoding="utf-8"
    )


def test_edits_never_touch_the_plan_inside_the_package(tmp_path: Path) -> None:
    """Run where there is no ./data: the shipped plan is read-only, the edit says so."""
    import sys

    env = {k: v for k, v in os.environ.items() if k != "KSPLAN_PLAN"}
    for args in (["meeting", "add", "2024-03-01"], ["git-setup"]):
        result = subprocess.run(
            [sys.executable, "-m", "ksplan", *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 2, result.stderr
        assert "mitgelieferte Dortmunder Plan kann nicht geändert werden" in result.stderr


def test_covers_must_be_a_plausible_year(cli: Any, repo: Path) -> None:
    before = (repo / "measures.yaml").read_bytes()
    result = cli("report-event", "add", "rat", "2024-12-01", "--covers", "24", "--plan", str(repo))
    assert result.exit_code == 2
    assert "--covers 24" in result.output
    assert (repo / "measures.yaml").read_bytes() == before


def test_git_setup_outside_a_repository_is_a_usage_error(cli: Any, plan_dir: Path) -> None:
    result = cli("git-setup", "--plan", str(plan_dir))
    assert result.exit_code == 2
    assert "liegt in keinem git-Repository" in result.output


def test_an_event_dated_after_today_is_refused(cli: Any, repo: Path) -> None:
    before = {p.name: p.read_bytes() for p in repo.glob("*.yaml")}
    for args in (
        ("lab", "add", "eving", "--date", "2042-05-14", "--source", "x"),
        ("meeting", "add", "2042-01-01"),
        ("report-event", "add", "rat", "2042-01-01"),
    ):
        result = cli(*args, "--plan", str(repo))
        assert result.exit_code == 2, result.output
        assert "liegt nach heute; erfasst wird nur, was geschehen ist" in result.output
    assert {p.name: p.read_bytes() for p in repo.glob("*.yaml")} == before
    planned = cli(
        "lab",
        "add",
        "eving",
        "--date",
        "2042-05",
        "--status",
        "geplant",
        "--source",
        "x",
        "--plan",
        str(repo),
    )
    assert planned.exit_code == 0, planned.output  # a planned lab may lie ahead


@pytest.mark.parametrize(
    "args",
    [
        ("measure", "status", "m5", "Erledigt", "--date", "01.02.2024", "--source", "x"),
        ("lab", "add", "HOERDE", "--date", "14.5.2024", "--source", "x"),
        ("meeting", "add", "12.03.2025"),
        ("report-event", "add", "rat", "15.01.2025", "--covers", "2024"),
    ],
)
def test_the_same_edit_twice_changes_nothing_the_second_time(
    cli: Any, repo: Path, args: tuple[str, ...]
) -> None:
    first = cli(*args, "--plan", str(repo))
    assert first.exit_code == 0, first.output
    after_first = {p.name: p.read_bytes() for p in repo.glob("*.yaml")}
    again = cli(*args, "--plan", str(repo))
    assert again.exit_code == 0, again.output
    assert "schon erfasst; nichts geändert" in again.stdout
    assert {p.name: p.read_bytes() for p in repo.glob("*.yaml")} == after_first


def test_a_status_that_goes_back_is_written_with_a_note(cli: Any, repo: Path) -> None:
    done = ("measure", "status", "M05", "umgesetzt", "--date", "2024-01", "--source", "x")
    assert cli(*done, "--plan", str(repo)).exit_code == 0
    back = ("measure", "status", "M05", "in Umsetzung", "--date", "2024-06", "--source", "x")
    result = cli(*back, "--plan", str(repo))
    assert result.exit_code == 0
    assert "Der Stand geht damit zurück" in result.stdout


def test_an_edit_on_a_missing_plan_folder_is_a_clear_usage_error(cli: Any, tmp_path: Path) -> None:
    missing = tmp_path / "nirgends"
    for args in (
        ("measure", "status", "M05", "done", "--source", "x"),
        ("lab", "add", "eving", "--date", "2024", "--source", "x"),
        ("meeting", "add", "2024-03-01"),
        ("report-event", "add", "rat", "2024-03-01"),
    ):
        result = cli(*args, "--plan", str(missing))
        assert result.exit_code == 2, result.output
        assert f"Den Plan-Ordner {missing} gibt es nicht." in result.output
    assert not missing.exists()
