"""ksplan never opens a network connection.

The main commands run in one child process in which every socket operation (creating a
socket, name look-ups, connecting) is refused by an audit hook and recorded; the test asserts
that none was attempted. Programs the commands start (git, for ``ksplan diff``) are recorded
too: only local git commands are allowed.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from ksplan.cli import app

from .conftest import DATA
from .oparl_server import council, serving

# Runs in the child: install the hook first, then run each command line through ksplan's
# own entry point, as `ksplan ARGS` would.
CHILD = r"""
import json, sys

report_path, commands = sys.argv[1], json.loads(sys.argv[2])
attempts, programs = [], []


def hook(event, args):
    if event.startswith("socket."):
        attempts.append([event, repr(args)[:300]])
        raise PermissionError(f"network access is blocked here ({event})")
    if event == "subprocess.Popen":
        programs.append([str(args[0]), [str(a) for a in (args[1] or [])]])
    elif event in ("os.system", "os.exec", "os.posix_spawn", "os.spawn"):
        programs.append([event, repr(args)[:300]])


sys.addaudithook(hook)

# the hook works: a socket cannot be had here
import socket
try:
    socket.create_connection(("127.0.0.1", 9), timeout=1)
    probe = "connected"
except PermissionError:
    probe = "blocked"
probe_attempts, attempts[:] = list(attempts), []

from ksplan.launcher import main

codes = []
for args in commands:
    sys.argv = ["ksplan", *args]
    try:
        main()
        codes.append(0)
    except SystemExit as exc:
        codes.append(exc.code if isinstance(exc.code, int) else 1)
with open(report_path, "w") as out:
    json.dump({"probe": probe, "probe_attempts": probe_attempts, "attempts": attempts,
               "programs": programs, "codes": codes}, out)
"""

# git commands that talk to other machines
NETWORK_GIT = {
    "fetch",
    "pull",
    "push",
    "clone",
    "ls-remote",
    "remote",
    "submodule",
    "archive",
    "fetch-pack",
    "send-pack",
    "request-pull",
    "send-email",
    "svn",
    "p4",
    "lfs",
}


def git_subcommand(argv: list[str]) -> str | None:
    rest = iter(argv[1:])
    for arg in rest:
        if arg in ("-C", "-c", "--git-dir", "--work-tree", "--namespace"):
            next(rest, None)
        elif not arg.startswith("-"):
            return arg
    return None


def commands(plan: Path, out: Path) -> list[list[str]]:
    p = ["--plan", str(plan)]
    found = [
        ["--version"],
        ["--help"],
        ["validate", *p],
        ["validate", *p, "--format", "json"],
        ["validate", *p, "--format", "github"],
        ["measures", *p],
        ["measures", *p, "--json", "--owner", "Dezernat"],
        ["seats", *p],
        ["seats", *p, "--compare", "--json"],
        ["seats", "--faction", "A=24", "--faction", "B=20", "--faction", "C=4", "--seats", "7"],
        ["coverage", *p, "--as-of", "2024-12-31"],
        ["overdue", *p, "--as-of", "2025-01-01", "--json"],
        ["check", *p, "--as-of", "2025-01-01"],
        ["schema", "--out", str(out / "schemas")],
        ["measure", "status", "M09", "done", "--date", "2024-01", "--source", "x", *p],
        ["lab", "add", "eving", "--date", "2024-05-14", "--source", "x", *p],
        ["meeting", "add", "2024-03-01", *p],
        ["report-event", "add", "rat", "2024-12-10", *p],
        ["survey", "export", *p, "--body", "edg", "--out", str(out / "runde")],
        ["survey", "import", str(out / "runde" / SURVEY_FILE), *p],
        ["export", *p, "--format", "xlsx", "--out", str(out / "a.xlsx")],
        ["export", *p, "--format", "ics", "--out", str(out / "a.ics")],
        ["export", *p, "--format", "datapackage", "--out", str(out / "offen")],
        ["term", "import", "--oparl", str(out / "oparl.json"), "--term", "2025-2030", *p],
        ["members", *p, "--json"],
        ["inputs", *p, "--open"],
        ["member", "add", "polizei", "--since", "2024-02-01", "--source", "x", *p],
    ]
    names = {c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands}
    if "report" in names:
        found += [
            ["report", *p, "--as-of", "2025-01-01"],
            ["report", *p, "--format", "html", "--out", str(out / "report.html")],
        ]
    if "diff" in names:
        found += [["diff", *p], ["diff", "HEAD", *p, "--format", "json"]]
    if "site" in names:
        found += [["site", *p, "--out", str(out / "site"), "--as-of", "2025-01-01"]]
    return found


SURVEY_FILE = f"statusabfrage-{dt.date.today().year}-edg.xlsx"


def test_no_command_opens_a_network_connection(tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(DATA, plan)
    pages = council("https://ris.beispielstadt.example").values()
    (tmp_path / "oparl.json").write_text(json.dumps([p.get("data", []) for p in pages]))
    git = ["git", "-c", "user.name=T", "-c", "user.email=t@example.org", "-C", str(plan)]
    for args in (["init", "-q"], ["add", "."], ["commit", "-qm", "plan"]):
        subprocess.run([*git, *args], check=True, capture_output=True)
    report = tmp_path / "report.json"
    lines = commands(plan, tmp_path)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, str(report), json.dumps(lines)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert child.returncode == 0, child.stderr[-3000:]
    found: dict[str, Any] = json.loads(report.read_text())
    assert found["probe"] == "blocked" and found["probe_attempts"]  # the guard is armed
    assert found["attempts"] == []
    for args, code in zip(lines, found["codes"], strict=True):
        # 1: a rule of `check` fails on that day; 3: a lot would decide. Never 2 or 70.
        assert code in (0, 1, 3), (args, code, child.stderr[-3000:])
    assert "Traceback" not in child.stderr
    if any(args[0] == "diff" for args in lines):
        assert found["programs"], "ksplan diff runs git: the recording of programs is broken"
    for program, argv in found["programs"]:
        assert Path(program).name == "git" or (argv and Path(argv[0]).name == "git"), program
        sub = git_subcommand(argv)
        assert sub is not None and sub not in NETWORK_GIT, f"git talking to a remote: {argv}"


# Runs in the child: sockets are allowed only to connect to the one address given.
CHILD_ONE_SERVER = r"""
import json, sys

report_path, allowed, args = sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])
connects = []


def hook(event, hook_args):
    if event == "socket.connect":
        address = list(hook_args[1])[:2]
        connects.append(address)
        if address != allowed:
            raise PermissionError(f"connection to {address} is not allowed here")
    elif event == "socket.getaddrinfo":
        connects.append(["lookup", str(hook_args[0])])


sys.addaudithook(hook)
from ksplan.launcher import main

sys.argv = ["ksplan", *args]
try:
    main()
    code = 0
except SystemExit as exc:
    code = exc.code if isinstance(exc.code, int) else 1
with open(report_path, "w") as out:
    json.dump({"connects": connects, "code": code}, out)
"""


def test_term_import_connects_only_to_the_server_of_the_url_given(tmp_path: Path) -> None:
    plan = tmp_path / "plan"
    shutil.copytree(DATA, plan)
    report = tmp_path / "report.json"
    with serving() as server:
        host, port = server.base.removeprefix("http://").split(":")
        args = [
            "term",
            "import",
            "--oparl",
            server.base + "/",
            "--term",
            "2025-2030",
            "--plan",
            str(plan),
        ]
        child = subprocess.run(
            [
                sys.executable,
                "-c",
                CHILD_ONE_SERVER,
                str(report),
                json.dumps([host, int(port)]),
                json.dumps(args),
            ],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tmp_path,
        )
    found = json.loads(report.read_text())
    assert found["code"] == 0, child.stderr[-3000:]
    connects = [c for c in found["connects"] if c[0] != "lookup"]
    assert connects and all(c == [host, int(port)] for c in connects)
    assert len(connects) == len(server.requests)  # one connection per request, no other
