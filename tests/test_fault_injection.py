"""Edits lose nothing: a killed write leaves the old file or the new one, a second edit waits
for the first, and a failed write leaves the plan byte-identical and says why.

The children here are real processes: forked writers killed with SIGKILL at random moments
and at every line of :func:`~ksplan.files.atomic_write`, ``python -m ksplan`` edits
killed mid-run, and two ``ksplan`` edits started at the same moment.
"""

from __future__ import annotations

import errno
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from ksplan.files import atomic_write
from ksplan.loading import load_plan
from ksplan.yaml_reader import read_yaml_file

from .conftest import DATA

pytestmark = pytest.mark.usefixtures("english")  # what is found and where (German: *_de.py)

SLOW_SELECTED = "'slow' in config.getoption('markexpr') or os.environ.get('KSPLAN_SLOW') == '1'"


def slow(test: Callable[..., None]) -> Callable[..., None]:
    skip = pytest.mark.skipif(
        f"not ({SLOW_SELECTED})", reason="long fault-injection run: pytest -m slow"
    )
    return pytest.mark.slow(skip(test))


def payloads() -> tuple[bytes, bytes]:
    """Two versions of assembly.yaml, a few MB each, both valid YAML, of different lengths."""
    text = (DATA / "assembly.yaml").read_text(encoding="utf-8")
    old = text + "# alt\n" * 300_000
    new = text.replace("meetings: []", "meetings:\n  - date: 2024-03-01") + "# neu\n" * 450_000
    return old.encode(), new.encode()


def fork(child: Callable[[], None]) -> int:
    """Run ``child`` in a forked process that never returns into pytest."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - runs in the child
        try:
            child()
        finally:
            os._exit(0)
    return pid


def kill(pid: int) -> None:
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


_PARSED: set[bytes] = set()


def assert_whole(path: Path, allowed: tuple[bytes, ...]) -> bytes:
    content = path.read_bytes()
    assert content in allowed, f"{path.name}: a partial file of {len(content)} bytes"
    if content not in _PARSED:  # and it parses (once for each version is enough)
        read_yaml_file(path)
        _PARSED.add(content)
    return content


def temp_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.tmp"))


# --- a writer killed at random moments ---------------------------------------------------------


def kill_writers_at_random(tmp_path: Path, kills: int, seed: int) -> None:
    old, new = payloads()
    path = tmp_path / "assembly.yaml"
    path.write_bytes(old)
    rng = random.Random(seed)

    def write_forever() -> None:
        while True:
            atomic_write(path, new)
            atomic_write(path, old)

    seen = set()
    for _ in range(kills):
        pid = fork(write_forever)
        time.sleep(rng.uniform(0, 0.02))
        kill(pid)
        seen.add(assert_whole(path, (old, new)))
    assert path.stat().st_mode & 0o777 == 0o644
    assert len(seen) == 2, "every kill hit the same state: the test proves little"
    for stale in temp_files(tmp_path):  # left-overs are only ever temporary files
        assert stale.name.startswith(".assembly.yaml.") and stale.name.endswith(".tmp")


def test_a_killed_writer_leaves_the_old_or_the_new_file(tmp_path: Path) -> None:
    kill_writers_at_random(tmp_path, kills=100, seed=2019)


@slow
def test_a_killed_writer_leaves_the_old_or_the_new_file_long(tmp_path: Path) -> None:
    kill_writers_at_random(tmp_path, kills=2000, seed=2024)


def test_a_writer_killed_at_every_line_of_the_write(tmp_path: Path) -> None:
    """SIGKILL after the 1st, 2nd, … line that atomic_write executes: old or new, never half."""
    old, new = payloads()
    path = tmp_path / "assembly.yaml"
    code = atomic_write.__code__

    def lines_executed() -> int:
        count = 0

        def tracer(frame: FrameType, event: str, arg: Any) -> Any:
            nonlocal count
            if frame.f_code is code and event == "line":
                count += 1
            return tracer

        path.write_bytes(old)
        sys.settrace(tracer)
        try:
            atomic_write(path, new)
        finally:
            sys.settrace(None)
        return count

    total = lines_executed()
    assert total > 10
    results = []
    for stop in range(1, total + 2):
        path.write_bytes(old)

        def write_and_die(stop: int = stop) -> None:
            seen = 0

            def tracer(frame: FrameType, event: str, arg: Any) -> Any:
                nonlocal seen
                if frame.f_code is code and event == "line":
                    seen += 1
                    if seen == stop:
                        os.kill(os.getpid(), signal.SIGKILL)
                return tracer

            sys.settrace(tracer)
            atomic_write(path, new)

        pid = fork(write_and_die)
        _, status = os.waitpid(pid, 0)
        results.append(assert_whole(path, (old, new)))
        if stop <= total:
            assert os.WIFSIGNALED(status), f"the child was not killed at line {stop}"
    assert results[0] == old and results[-1] == new  # both ends were reached


# --- a real `ksplan` edit killed mid-run ------------------------------------------------------


def ksplan(*args: str, **kwargs: Any) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "ksplan", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        **kwargs,
    )


def kill_cli_edits(tmp_path: Path, kills: int, seed: int) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(DATA, plan)
    edit = ("meeting", "add", "2024-03-01", "--note", "Sondersitzung", "--plan", str(plan))
    before = {p.name: p.read_bytes() for p in plan.glob("*.yaml")}
    # one edit run to the end: its result, and how long it takes
    start = time.monotonic()
    done = ksplan(*edit)
    assert done.wait() == 0, done.stderr.read() if done.stderr else ""
    duration = time.monotonic() - start
    after = (plan / "assembly.yaml").read_bytes()
    assert after != before["assembly.yaml"]
    rng = random.Random(seed)
    outcomes = set()
    for _ in range(kills):
        (plan / "assembly.yaml").write_bytes(before["assembly.yaml"])
        child = ksplan(*edit)
        time.sleep(rng.uniform(0.5, 1.05) * duration)
        child.kill()
        child.wait()
        outcomes.add(assert_whole(plan / "assembly.yaml", (before["assembly.yaml"], after)))
        for name in ("measures.yaml", "districts.yaml"):
            assert (plan / name).read_bytes() == before[name]
        load_plan(plan)  # valid, with whatever temporary files were left behind
    assert outcomes  # (which of the two states a kill hits depends on the machine)


def test_a_killed_ksplan_edit_leaves_the_old_or_the_new_file(tmp_path: Path) -> None:
    kill_cli_edits(tmp_path, kills=6, seed=1)


@slow
def test_a_killed_ksplan_edit_leaves_the_old_or_the_new_file_long(tmp_path: Path) -> None:
    kill_cli_edits(tmp_path, kills=150, seed=2)


def test_stale_temporary_files_do_not_disturb(plan_dir: Path, cli: Any) -> None:
    (plan_dir / ".measures.yaml.k2j3h4.tmp").write_bytes(b"measures: [unfinished")
    (plan_dir / ".assembly.yaml.x.tmp").write_bytes((DATA / "assembly.yaml").read_bytes()[:999])
    (plan_dir / ".districts.yaml.empty.tmp").write_bytes(b"")
    assert cli("validate", "--plan", str(plan_dir)).exit_code == 0
    assert cli("meeting", "add", "2024-03-01", "--plan", str(plan_dir)).exit_code == 0
    assert cli("validate", "--plan", str(plan_dir)).exit_code == 0
    assert len(temp_files(plan_dir)) == 3  # someone else's files are left alone


# --- two edits at once -------------------------------------------------------------------------

HOLD_LOCK = """
import sys, time
from pathlib import Path
from ksplan.yaml_writer import plan_lock
with plan_lock(Path(sys.argv[1])):
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
"""

# ``ksplan`` as it runs, but giving up on a held lock after 0.3 s instead of 10 s
IMPATIENT_EDIT = """
import functools, sys
import ksplan.edits
from ksplan.yaml_writer import plan_lock
ksplan.edits.plan_lock = functools.partial(plan_lock, wait_seconds=0.3)
from ksplan.cli import main
sys.argv = ["ksplan", *sys.argv[1:]]
main()
"""


def hold_lock(plan: Path, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(plan), str(seconds)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_a_second_edit_waits_for_the_first(plan_dir: Path) -> None:
    holder = hold_lock(plan_dir, 1.5)
    start = time.monotonic()
    edit = ksplan("meeting", "add", "2024-03-01", "--plan", str(plan_dir))
    _, err = edit.communicate(timeout=30)
    waited = time.monotonic() - start
    assert holder.wait() == 0
    assert edit.returncode == 0, err
    assert waited >= 1.0  # it waited for the lock …
    assert "  - date: 2024-03-01" in (plan_dir / "assembly.yaml").read_text(encoding="utf-8")


def test_a_second_edit_gives_up_and_writes_nothing(plan_dir: Path) -> None:
    before = {p.name: p.read_bytes() for p in plan_dir.glob("*.yaml")}
    holder = hold_lock(plan_dir, 3)
    try:
        meeting = ["meeting", "add", "2024-03-01", "--plan", str(plan_dir)]
        edit = subprocess.run(
            [sys.executable, "-c", IMPATIENT_EDIT, *meeting],
            capture_output=True,
            text=True,
            timeout=30,
        )
    finally:
        holder.kill()
        holder.wait()
    assert edit.returncode == 1
    assert "Another ksplan edit of" in edit.stderr and "nothing was written" in edit.stderr
    assert {p.name: p.read_bytes() for p in plan_dir.glob("*.yaml")} == before


@slow
def test_a_second_ksplan_edit_gives_up_after_ten_seconds(plan_dir: Path) -> None:
    before = {p.name: p.read_bytes() for p in plan_dir.glob("*.yaml")}
    holder = hold_lock(plan_dir, 15)
    try:
        edit = ksplan("meeting", "add", "2024-03-01", "--plan", str(plan_dir))
        _, err = edit.communicate(timeout=60)
    finally:
        holder.kill()
        holder.wait()
    assert edit.returncode == 1
    assert b"Another ksplan edit" in err
    assert {p.name: p.read_bytes() for p in plan_dir.glob("*.yaml")} == before


def test_edits_started_at_the_same_moment_both_land(plan_dir: Path) -> None:
    for round_ in range(2):
        day_a, day_b = f"2024-0{round_ + 1}-10", f"2024-0{round_ + 1}-20"
        first = ksplan("meeting", "add", day_a, "--plan", str(plan_dir))
        second = ksplan("meeting", "add", day_b, "--plan", str(plan_dir))
        third = ksplan(
            "measure", "status", "M01", "planned", "--date", f"202{round_}",
            "--source", "x", "--plan", str(plan_dir),
        )  # fmt: skip
        for child in (first, second, third):
            _, err = child.communicate(timeout=60)
            assert child.returncode == 0, err
        text = (plan_dir / "assembly.yaml").read_text(encoding="utf-8")
        assert f"  - date: {day_a}" in text and f"  - date: {day_b}" in text
        history = (plan_dir / "measures.yaml").read_text(encoding="utf-8")
        assert f"      - date: 202{round_}\n        status: planned" in history
    load_plan(plan_dir)


# --- a failed write leaves the plan as it was, and says why --------------------------------------


def _failing(error: int) -> Callable[..., Any]:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise OSError(error, os.strerror(error))

    return fail


@pytest.mark.parametrize(
    ("step", "error"),
    [
        ("mkstemp", errno.EROFS),  # a read-only file system
        ("mkstemp", errno.ENOSPC),
        ("write", errno.EIO),  # half of the data reached the disk
        ("write", errno.EDQUOT),
        ("chmod", errno.EPERM),
        ("replace", errno.EBUSY),
        ("replace", errno.EACCES),
    ],
)
def test_a_failed_write_leaves_the_plan_byte_identical(
    step: str, error: int, plan_dir: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ksplan import files

    before = {p.name: p.read_bytes() for p in plan_dir.glob("*.yaml")}
    if step == "mkstemp":
        monkeypatch.setattr(files.tempfile, "mkstemp", _failing(error))
    elif step == "write":
        monkeypatch.setattr(files.os, "fdopen", _fdopen_failing_write(error))
    else:
        monkeypatch.setattr(files.os, step, _failing(error))
    result = cli("meeting", "add", "2024-03-01", "--plan", str(plan_dir))
    assert result.exit_code == 1, result.output
    from ksplan.i18n import os_reason  # the reason in the language in force, not the machine's

    reason = os_reason(OSError(error, os.strerror(error)))
    assert reason != f"error number {error}"
    assert f"could not be written ({reason}); it is unchanged" in result.output
    assert {p.name: p.read_bytes() for p in plan_dir.glob("*.yaml")} == before
    assert temp_files(plan_dir) == []


def _fdopen_failing_write(error: int) -> Callable[..., Any]:
    real = os.fdopen

    class Failing:
        def __init__(self, handle: Any) -> None:
            self.handle = handle

        def __enter__(self) -> Failing:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            self.handle.write(data[: len(data) // 2])  # half of it reaches the disk
            raise OSError(error, os.strerror(error))

        def flush(self) -> None:
            self.handle.flush()

        def fileno(self) -> int:
            return int(self.handle.fileno())

    def fdopen(fd: int, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real(fd, mode, *args, **kwargs)
        return Failing(handle) if mode == "wb" else handle

    return fdopen


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        pytest.param(
            ("meeting", "add", "2024-03-01", "--note", "rot \x1b[31m"),
            2,
            "--note: the text contains the control character U+001B; control characters are "
            "not allowed in plan files",
            id="control-character",
        ),
        pytest.param(
            ("lab", "add", "eving", "--date", "2024", "--source", "Stra\udcdfe"),
            2,
            "--source: the text contains the byte 0xDF, which is not UTF-8",
            id="not-utf-8",
        ),
        pytest.param(
            ("report-event", "add", "rat", "2024-12-10", "--note", "x" * 100_001),
            1,
            "this text is 100,001 characters long; at most 100,000 are allowed",
            id="too-long-for-yaml",
        ),
    ],
)
def test_text_the_plan_cannot_hold_is_refused(
    args: tuple[str, ...], code: int, message: str, plan_dir: Path, cli: Any
) -> None:
    before = {p.name: p.read_bytes() for p in plan_dir.glob("*.yaml")}
    result = cli(*args, "--plan", str(plan_dir))
    assert result.exit_code == code, result.output
    assert message in result.output
    if code == 1:
        assert "The edit cannot be stored in the plan file, so nothing was written" in (
            result.output
        )
    assert {p.name: p.read_bytes() for p in plan_dir.glob("*.yaml")} == before


def test_a_failed_folder_sync_after_the_rename_is_no_failed_write(
    plan_dir: Path, cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # some file systems cannot sync a folder: the new file is in place, the edit succeeded
    from ksplan import files

    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if os.path.isdir(f"/proc/self/fd/{fd}"):
            raise OSError(errno.EINVAL, os.strerror(errno.EINVAL))
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", fsync)
    result = cli("meeting", "add", "2024-03-01", "--plan", str(plan_dir))
    assert result.exit_code == 0, result.output
    assert "  - date: 2024-03-01" in (plan_dir / "assembly.yaml").read_text(encoding="utf-8")


def test_an_edit_writes_through_a_symbolic_link(tmp_path: Path, cli: Any) -> None:
    shared = tmp_path / "shared"
    shutil.copytree(DATA, shared)
    plan = tmp_path / "plan"
    plan.mkdir()
    for name in ("measures.yaml", "assembly.yaml", "districts.yaml"):
        (plan / name).symlink_to(shared / name)
    assert cli("meeting", "add", "2024-03-01", "--plan", str(plan)).exit_code == 0
    assert (plan / "assembly.yaml").is_symlink()
    assert "  - date: 2024-03-01" in (shared / "assembly.yaml").read_text(encoding="utf-8")


def test_an_edit_keeps_windows_line_ends(plan_dir: Path, cli: Any) -> None:
    path = plan_dir / "assembly.yaml"
    crlf = path.read_bytes().replace(b"\n", b"\r\n")
    path.write_bytes(crlf)
    assert cli("meeting", "add", "2024-03-01", "--plan", str(plan_dir)).exit_code == 0
    after = path.read_bytes()
    assert after.count(b"\n") == after.count(b"\r\n")  # every line still ends in CR LF
    assert after == crlf.replace(b"meetings: []\r\n", b"meetings:\r\n  - date: 2024-03-01\r\n")
