"""Start-up: only the command that runs is built, options are read without pydantic where that
is exact, and read-only commands end without the interpreter's teardown.

What is checked here is behaviour (the same values, the same messages, the same output and
exit codes, which modules a command loads); how long anything takes is measured in bench/.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import typer.main
from hypothesis import given, settings
from hypothesis import strategies as st
from typer._click.exceptions import BadParameter
from typer._coercion import build_runtime_param

from ksplan import clikit, commandline, launcher
from ksplan.cli import app

from .conftest import DATA, edit


def all_params() -> list[tuple[str, Any]]:
    found = []

    def walk(command: Any, path: str) -> None:
        for param in command.params:
            if getattr(param, "type_descriptor", None) is not None:
                found.append((f"{path} {param.name}", param))
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, f"{path} {name}".strip())

    walk(typer.main.get_command(app), "")
    return found


PARAMS = all_params()


def convert(runtime: Any, value: Any, param: Any) -> tuple[str, Any]:
    try:
        return "value", runtime._coerce_value(value, param, None)
    except BadParameter as exc:
        return "error", exc.format_message()
    except ValueError as exc:  # e.g. a NUL in a path, which the operating system refuses
        return type(exc).__name__, str(exc)


def same_as_typer(param: Any, value: Any) -> None:
    descriptor = param.type_descriptor
    plain = clikit.PlainParam(
        parameter_info=descriptor.parameter_info, annotation=descriptor.annotation
    )
    ours = convert(plain, value, param)
    theirs = convert(build_runtime_param(descriptor), value, param)
    assert ours == theirs
    assert type(ours[1]) is type(theirs[1])


TEXTS = ["", "0", "7", "007", "-3", "+4", "1_000", " 5", "5 ", "٣", "12345678901234567890"]
TEXTS += ["abc", "data", "a b", "~", "/", "x/../y", "-", "é", "2024-05-01", "\x00"]


@pytest.mark.parametrize(("where", "param"), PARAMS, ids=[w for w, _ in PARAMS])
def test_every_option_reads_every_text_as_typer_does(where: str, param: Any) -> None:
    assert param.type_descriptor.annotation in (str, int, bool, Path, list[str]), where
    for text in TEXTS:
        if param.type_descriptor.annotation == list[str]:
            same_as_typer(param, (text, "b"))
            same_as_typer(param, [text])
        else:
            same_as_typer(param, text)


@settings(max_examples=60, deadline=None)
@given(
    index=st.integers(min_value=0, max_value=len(PARAMS) - 1),
    text=st.text(max_size=12) | st.from_regex(r"[+-]?[0-9_ ]{0,25}", fullmatch=True),
)
def test_any_text_is_read_as_typer_reads_it(index: int, text: str) -> None:
    _, param = PARAMS[index]
    if param.type_descriptor.annotation == list[str]:
        same_as_typer(param, (text,))
    elif param.type_descriptor.annotation is not bool:
        same_as_typer(param, text)


def test_only_the_command_that_runs_is_built() -> None:
    seats = typer.main.get_command(clikit.lean(app, "seats"))
    assert list(seats.commands) == ["seats"]  # type: ignore[attr-defined]
    edits = typer.main.get_command(clikit.lean(app, "measure"))
    assert list(edits.commands) == ["measure"]  # type: ignore[attr-defined]
    assert list(edits.commands["measure"].commands) == ["status"]  # type: ignore[attr-defined]
    whole = typer.main.get_command(app)
    for name in (None, "no-such-command"):
        listed = typer.main.get_command(clikit.lean(app, name))
        assert list(listed.commands) == list(whole.commands)  # type: ignore[attr-defined]
    assert len(app.registered_commands) > 1  # the application itself is left whole


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["seats", "--json"], "seats"),
        (["--version"], None),
        (["--help"], None),
        ([], None),
        (["measure", "status", "M01", "done"], "measure"),
        (["--", "seats"], None),
    ],
)
def test_the_command_name_is_the_first_word_that_is_no_option(
    args: list[str], name: str | None
) -> None:
    assert commandline.command_name(args) == name


def run_child(code: str, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "KSPLAN_PLAN"}
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=60,
    )


LOADED = """
import json, sys
from ksplan.launcher import main
sys.argv = ["ksplan", *sys.argv[1:]]
try:
    main()
except SystemExit:
    pass
names = ("pydantic", "rich", "jinja2", "ruamel.yaml", "ksplan.models")
sys.stderr.write(json.dumps({n: n in sys.modules for n in names}) + "\\n")
"""


def loaded(*args: str) -> dict[str, bool]:
    child = run_child(LOADED, *args)
    assert child.returncode == 0, child.stderr
    result: dict[str, bool] = json.loads(child.stderr.strip().splitlines()[-1])
    return result


def test_a_what_if_loads_no_model_and_json_no_rich() -> None:
    what_if = loaded("seats", "--faction", "A=3", "--faction", "B=2", "--seats", "4", "--json")
    assert what_if == {
        "pydantic": False,
        "rich": False,
        "jinja2": False,
        "ruamel.yaml": False,
        "ksplan.models": False,
    }
    plan = loaded("seats", "--plan", str(DATA), "--json")
    assert plan["ksplan.models"] and not plan["rich"] and not plan["jinja2"]


def test_bad_options_are_refused_with_typers_messages(cli: Any) -> None:
    child = subprocess.run(
        [sys.executable, "-m", "ksplan", "seats", "--faction", "A=3", "--seats", "vier"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    in_process = cli("seats", "--faction", "A=3", "--seats", "vier")
    assert child.returncode == in_process.exit_code == 2
    assert "Ungültiger Wert für --seats: eine ganze Zahl wird erwartet" in child.stderr


# --- the quick exit -----------------------------------------------------------------------------


class Exited(Exception):
    pass


def quick_exit(monkeypatch: pytest.MonkeyPatch, args: list[str], code: object) -> int | None:
    """The status ``finish`` exits with for ``args``, or None when it leaves it to Python."""
    exits: list[int] = []

    def fake_exit(status: int) -> None:
        exits.append(status)
        raise Exited

    monkeypatch.setattr(os, "_exit", fake_exit)
    monkeypatch.setattr(sys, "argv", ["ksplan", *args])
    try:
        launcher.finish(code)
    except Exited:
        return exits[0]
    return None


def test_read_only_commands_exit_at_once_with_their_status(monkeypatch: pytest.MonkeyPatch) -> None:
    assert quick_exit(monkeypatch, ["validate"], 1) == 1
    assert quick_exit(monkeypatch, ["seats", "--json"], None) == 0
    assert quick_exit(monkeypatch, ["--help"], 0) == 0
    assert quick_exit(monkeypatch, ["check"], 3) == 3


def test_edits_and_unusual_exits_end_as_usual(monkeypatch: pytest.MonkeyPatch) -> None:
    assert quick_exit(monkeypatch, ["measure", "status", "M01", "done"], 0) is None
    assert quick_exit(monkeypatch, ["lab", "add", "eving"], 0) is None
    assert quick_exit(monkeypatch, ["git-setup"], 0) is None
    assert quick_exit(monkeypatch, ["validate"], "a message") is None


def test_a_running_thread_keeps_the_usual_exit(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        assert quick_exit(monkeypatch, ["validate"], 0) is None
    finally:
        stop.set()
        worker.join()


def test_output_is_complete_and_the_status_kept(plan_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "measures.json"
    with out.open("w") as stream:
        done = subprocess.run(
            [sys.executable, "-m", "ksplan", "measures", "--json", "--plan", str(plan_dir)],
            stdout=stream,
            timeout=60,
        )
    assert done.returncode == 0
    assert len(json.loads(out.read_text())) == 30
    edit(plan_dir / "measures.yaml", "    horizon: kurzfristig\n", "    horizon: bald\n")
    bad = subprocess.run(
        [sys.executable, "-m", "ksplan", "validate", "--format", "json", "--plan", str(plan_dir)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert bad.returncode == 1
    assert json.loads(bad.stdout)["errors"][0]["field"].endswith(".horizon")


def test_exit_handlers_still_run() -> None:
    code = """
import atexit, sys
atexit.register(lambda: print("handler ran", flush=True))
sys.argv = ["ksplan", "seats", "--faction", "A=1", "--json"]
from ksplan.launcher import run
run()
"""
    child = run_child(code)
    assert child.returncode == 0, child.stderr
    assert child.stdout.rstrip().endswith("handler ran")


def test_read_only_commands_run_without_the_cyclic_collector() -> None:
    code = """
import atexit, gc, sys
atexit.register(lambda: print("collector", gc.isenabled(), flush=True))
sys.argv = ["ksplan", *sys.argv[1:]]
from ksplan.launcher import run
run()
"""
    read_only = run_child(code, "seats", "--faction", "A=1", "--json")
    assert read_only.stdout.rstrip().endswith("collector False"), read_only.stderr
    other = run_child(code, "measure", "--help")
    assert other.stdout.rstrip().endswith("collector True"), other.stderr


# --- help from the cache ------------------------------------------------------------------------


def ksplan_help(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    return subprocess.run(
        [sys.executable, "-m", "ksplan", *args],
        capture_output=True,
        text=True,
        env={**full, **env},
        timeout=60,
    )


@pytest.mark.parametrize("args", [["--help"], ["seats", "--help"], ["measure", "status", "--help"]])
def test_help_from_the_cache_is_the_help_typer_writes(args: list[str], own_cache: Path) -> None:
    first = ksplan_help(*args)
    assert first.returncode == 0 and "Aufruf: " in first.stdout
    assert len(list((own_cache / "help").glob("*.txt"))) == 1
    again = ksplan_help(*args)
    assert (again.returncode, again.stdout, again.stderr) == (0, first.stdout, first.stderr)


def test_help_for_another_width_is_not_taken_from_the_cache(own_cache: Path) -> None:
    wide = ksplan_help("--help", COLUMNS="120")
    narrow = ksplan_help("--help", COLUMNS="60")
    assert narrow.stdout != wide.stdout
    assert max(len(line) for line in narrow.stdout.splitlines()) <= 60
    assert ksplan_help("--help", COLUMNS="60").stdout == narrow.stdout
    assert len(list((own_cache / "help").glob("*.txt"))) == 2


def test_help_at_a_terminal_is_cached_apart_and_the_same(own_cache: Path) -> None:
    import pty

    def at_terminal() -> bytes:
        pid, fd = pty.fork()
        if pid == 0:  # the child: ksplan with a terminal as its output
            os.execv(sys.executable, [sys.executable, "-m", "ksplan", "--help"])
        output = b""
        while True:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            output += chunk
        os.waitpid(pid, 0)
        os.close(fd)
        return output

    piped = ksplan_help("--help").stdout
    first, again = at_terminal(), at_terminal()
    assert first == again
    assert b"Aufruf:" in first
    assert len(list((own_cache / "help").glob("*.txt"))) == 2
    assert piped.encode() != first  # a terminal gets its own (coloured) text


def test_a_failed_or_damaged_help_is_not_used(own_cache: Path) -> None:
    bad = ksplan_help("no-such-command", "--help")
    assert bad.returncode == 2
    assert not (own_cache / "help").exists()
    first = ksplan_help("--help")
    (entry,) = (own_cache / "help").glob("*.txt")
    entry.write_bytes(entry.read_bytes()[:-40] + b"x" * 40)
    assert ksplan_help("--help").stdout == first.stdout


def test_the_help_key_covers_what_help_is_made_of(monkeypatch: pytest.MonkeyPatch) -> None:
    from ksplan import helpcache

    base = helpcache._key(["--help"])
    assert helpcache._key(["seats", "--help"]) != base
    monkeypatch.setenv("NO_COLOR", "1")
    assert helpcache._key(["--help"]) != base
    monkeypatch.delenv("NO_COLOR")
    assert helpcache._key(["--help"]) == base
    monkeypatch.setenv("OLDPWD", "/somewhere/else")  # a shell's bookkeeping
    assert helpcache._key(["--help"]) == base
    monkeypatch.setattr(helpcache, "_code_stamps", lambda: iter([b"other source"]))
    assert helpcache._key(["--help"]) != base


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--help"], True),
        (["seats", "--help"], True),
        (["measure", "status", "--help"], True),
        (["seats", "--json", "--help"], False),
        (["--help", "seats"], False),
        (["a", "b", "c", "--help"], False),
        ([], False),
    ],
)
def test_what_counts_as_a_help_request(args: list[str], expected: bool) -> None:
    assert launcher.is_help(args) is expected
