"""ksplan's benchmark: every target as a ratio against a baseline measured in the same run.

    python bench/run.py                      # all figures, 5 runs each (medians)
    python bench/run.py --runs 9             # steadier figures on a noisy machine
    python bench/run.py --readme README.md   # ... and write them into the README's table

The machines this runs on are shared and noisy, so absolute seconds mean little: each figure
is divided by a baseline taken in the same run, on the same machine, and compared with its
target (OK or OVER). Nothing here is asserted in the test suite.

ksplan's own modules are compiled to bytecode first, as an installation does (pip compiles
what it installs; an editable install writes the bytecode on first use unless
PYTHONDONTWRITEBYTECODE is set). Start-up figures on the shipped plan are taken with the plan
in the cache (as every run after the first finds it) and, for context, with an empty cache;
scale figures with an empty cache in every run unless they are about the cache.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BIN = Path(sys.executable).parent
PY = sys.executable
SHIPPED = str(REPO / "data")
BEGIN = "<!-- bench:begin (written by bench/run.py --readme; do not edit by hand) -->"
END = "<!-- bench:end -->"

# Peak resident memory of one child, in kB (Linux reports ru_maxrss in kB), and its processor
# time in seconds (user, system).
MEASURE = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
    "stderr=subprocess.DEVNULL); u = resource.getrusage(resource.RUSAGE_CHILDREN); "
    "print(u.ru_maxrss, u.ru_utime, u.ru_stime)"
)


@dataclass
class Timing:
    seconds: float
    peak_mb: float
    user: float = 0.0  # processor time in the program itself (median)
    system: float = 0.0  # processor time in the kernel for it: files, memory (median)


@dataclass
class Row:
    group: str
    name: str
    value: str
    ratio: str
    target: str
    verdict: str
    baseline: str


class Caches:
    """Cache folders for the children: one kept warm, or a fresh empty one for every run."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.count = 0

    def fresh(self) -> dict[str, str]:
        self.count += 1
        return {**os.environ, "XDG_CACHE_HOME": str(self.root / f"cold-{self.count}")}

    def warm(self) -> dict[str, str]:
        return {**os.environ, "XDG_CACHE_HOME": str(self.root / "warm")}


Env = Callable[[], dict[str, str]] | None


def measure_together(cmds: list[tuple[list[str], Env]], runs: int) -> list[Timing]:
    """Each command ``runs`` times, taking turns (so that a figure and its baseline see the
    same load): the median wall time of each, and the largest peak memory seen."""
    times: list[list[float]] = [[] for _ in cmds]
    peaks: list[list[float]] = [[] for _ in cmds]
    users: list[list[float]] = [[] for _ in cmds]
    systems: list[list[float]] = [[] for _ in cmds]
    for _ in range(runs):
        for i, (cmd, env) in enumerate(cmds):
            child_env = env() if env else None
            start = time.perf_counter()
            out = subprocess.run(
                [PY, "-c", MEASURE, *cmd], capture_output=True, text=True, check=True, env=child_env
            )
            times[i].append(time.perf_counter() - start)
            peak, user, system = [*out.stdout.split(), "0", "0", "0"][:3]
            peaks[i].append(int(peak) / 1024)
            users[i].append(float(user))
            systems[i].append(float(system))
    return [
        Timing(statistics.median(t), max(p), statistics.median(u), statistics.median(k))
        for t, p, u, k in zip(times, peaks, users, systems, strict=True)
    ]


def measure(cmd: list[str], runs: int, env: Env = None) -> Timing:
    return measure_together([(cmd, env)], runs)[0]


def against(
    cmd: list[str], base: list[str], runs: int, env: Env = None, base_env: Env = None
) -> tuple[float, float]:
    """Seconds of ``cmd`` and of its baseline ``base``, measured taking turns."""
    a, b = measure_together([(cmd, env), (base, base_env)], runs)
    return a.seconds, b.seconds


def ksplan(*args: str) -> list[str]:
    return [str(BIN / "ksplan"), *args]


def works(*args: str, env: dict[str, str] | None = None) -> bool:
    return subprocess.run(ksplan(*args), capture_output=True, env=env).returncode == 0


def make_plan(n: int, folder: Path, env: dict[str, str]) -> Path:
    target = folder / f"plan-{n}"
    subprocess.run([PY, str(HERE / "make_plan.py"), str(n), str(target)], check=True)
    if not works("validate", "--plan", str(target), env=env):
        raise SystemExit(f"the generated plan of {n} measures is not valid")
    return target


def ratio_row(
    group: str, name: str, value: float, base: float, target: float | None, baseline: str
) -> Row:
    ratio = value / base if base else float("inf")
    if target is None:
        return Row(group, name, f"{value:.3f}", f"{ratio:.2f}", "—", "", baseline)
    verdict = "OK" if ratio <= target else "OVER"
    return Row(group, name, f"{value:.3f}", f"{ratio:.2f}", f"≤ {target:g}", verdict, baseline)


def compile_ksplan() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    src = REPO / "src" / "ksplan"
    subprocess.run([PY, "-m", "compileall", "-q", str(src)], check=True, env=env)


def startup(runs: int, caches: Caches) -> list[Row]:
    rows: list[Row] = []
    group = "start-up, shipped plan"
    base_imports = [PY, "-c", "import typer, pydantic, ruamel.yaml"]
    base_typer = [PY, "-c", "import typer"]
    floor = [PY, str(HERE / "floor.py"), "--json"]
    imports = '`python -c "import typer, pydantic, ruamel.yaml"`'
    typer_only = '`python -c "import typer"`'
    floor_name = "`bench/floor.py` (one typer command, one pydantic model)"
    commands = [
        ["validate"],
        ["measures", "--json"],
        ["seats", "--json"],
        ["coverage", "--json"],
        ["overdue", "--json"],
        ["check", "--json"],
    ]
    commands += [[name] for name in ("members", "trace") if works(name, "--plan", SHIPPED)]
    for command in commands:
        cmd = ksplan(*command, "--plan", SHIPPED)
        works(*command, "--plan", SHIPPED, env=caches.warm())  # the cache as a second run has it
        t, f, i = measure_together([(cmd, caches.warm), (floor, None), (base_imports, None)], runs)
        name = f"`ksplan {' '.join(command)}`"
        rows.append(ratio_row(group, name, t.seconds, f.seconds, 1.0, floor_name))
        rows.append(ratio_row(group, name, t.seconds, i.seconds, 1.6, imports))
    for command in (["validate"], ["measures", "--json"]):
        t, f = against(ksplan(*command, "--plan", SHIPPED), floor, runs, caches.fresh)
        name = f"`ksplan {' '.join(command)}`, first run (empty cache)"
        rows.append(ratio_row(group, name, t, f, 1.0, floor_name))
    what_if = ["seats", "--faction", "SPD=27", "--faction", "CDU=22", "--seats", "10", "--json"]
    t, f = against(ksplan(*what_if), floor, runs)
    rows.append(ratio_row(group, "`ksplan seats --faction …` (what-if)", t, f, 0.8, floor_name))
    for command in (["--help"], ["seats", "--help"], ["validate", "--help"]):
        ksplan_help = ksplan(*command)
        subprocess.run(ksplan_help, capture_output=True, env=caches.warm())  # as a second run
        t, b = against(ksplan_help, base_typer, runs, caches.warm)
        name = f"`ksplan {' '.join(command)}`"
        rows.append(ratio_row(group, name, t, b, 1.0, typer_only))
    t, b = against(ksplan("--version"), base_typer, runs)
    rows.append(ratio_row(group, "`ksplan --version`", t, b, 1.1, typer_only))
    # where the floor is: the smallest programs of the stack, against the same baselines
    group = "floors of the stack (context)"
    t, b = against([PY, str(HERE / "floor.py"), "--help"], base_typer, runs)
    rows.append(ratio_row(group, "`bench/floor.py --help`", t, b, None, typer_only))
    t, b = against(floor, base_imports, runs)
    rows.append(ratio_row(group, "`bench/floor.py --json`", t, b, None, imports))
    t, b = against([PY, "-c", "import typer; import ksplan.models"], floor, runs)
    name = '`python -c "import typer; import ksplan.models"`'
    rows.append(ratio_row(group, name, t, b, None, floor_name))
    return rows


def scale(runs: int, caches: Caches, small_n: int, large_n: int, tmp: Path) -> list[Row]:
    rows: list[Row] = []
    group = f"scale, {large_n:,} measures"
    small = make_plan(small_n, tmp, caches.fresh())
    large = make_plan(large_n, tmp, caches.fresh())
    size_mb = sum(p.stat().st_size for p in large.glob("*.yaml")) / 1e6
    v_large, v_small = measure_together(
        [
            (ksplan("validate", "--plan", str(large)), caches.fresh),
            (ksplan("validate", "--plan", str(small)), caches.fresh),
        ],
        runs,
    )
    name = "`ksplan validate` (empty cache)"
    checker = shutil.which("check-jsonschema", path=str(BIN)) or shutil.which("check-jsonschema")
    if checker:
        start = time.perf_counter()
        for file in ("measures", "assembly", "districts", "orders"):
            if not (large / f"{file}.yaml").exists():
                continue
            subprocess.run(
                [checker, "--schemafile", str(REPO / "schemas" / f"{file}.schema.json"),
                 str(large / f"{file}.yaml")],
                capture_output=True,
                check=True,
            )  # fmt: skip
        cj = time.perf_counter() - start  # one run: it takes long, and its noise is small
        rows.append(
            ratio_row(group, name, v_large.seconds, cj, 0.10,
                      f"check-jsonschema, same files and schemas ({size_mb:.1f} MB)")
        )  # fmt: skip
    else:
        rows.append(Row(group, name, "", "", "≤ 0.1", "skipped", "check-jsonschema missing"))
    rows.append(
        ratio_row(group, f"{name}, growth", v_large.seconds, v_small.seconds, 10,
                  f"the same for {small_n:,} measures")
    )  # fmt: skip
    peak = v_large.peak_mb
    rows.append(
        Row(group, "peak memory of `ksplan validate`", f"{peak:.0f} MB", "", "≤ 150 MB",
            "OK" if peak <= 150 else "OVER", "resident set size")
    )  # fmt: skip

    def repeated(args: list[str], what: str) -> None:
        folder = tmp / f"repeat-{args[0]}"
        env = {**os.environ, "XDG_CACHE_HOME": str(folder)}
        works(*args, env=env)
        warm_run, cold_run = measure_together(
            [(ksplan(*args), lambda: env), (ksplan(*args), caches.fresh)], runs
        )
        warm, cold = warm_run.seconds, cold_run.seconds
        rows.append(
            ratio_row(group, f"{what}, repeated (unchanged plan)", warm, cold, 0.3,
                      "its first run (empty cache)")
        )  # fmt: skip

    repeated(["validate", "--plan", str(large)], "`ksplan validate`")
    if works("report", "--help"):
        out = tmp / "report.html"
        report = ["report", "--format", "html", "--out", str(out), "--plan", str(large)]
        validate = ksplan("validate", "--plan", str(large))
        r_large, v_again = against(ksplan(*report), validate, runs, caches.fresh, caches.fresh)
        rows.append(
            ratio_row(group, "`ksplan report --format html` (empty cache)", r_large,
                      v_again, 2, "`ksplan validate` (empty cache)")
        )  # fmt: skip
        repeated(report, "`ksplan report --format html`")
    if works("site", "--help"):
        site = ["site", "--out", str(tmp / "site"), "--plan", str(large)]
        validate = ksplan("validate", "--plan", str(large))
        s_run, v_run = measure_together([(ksplan(*site), caches.fresh), (validate, caches.fresh)],
                                        runs)  # fmt: skip
        rows.append(
            ratio_row(group, "`ksplan site` (empty cache)", s_run.seconds, v_run.seconds, 3,
                      "`ksplan validate` (empty cache)")
        )  # fmt: skip
        # context: where the time goes (10,000 pages are 10,000 files: on a busy disk the
        # kernel's share grows, and with it the wall time)
        rows.append(
            ratio_row(group, "`ksplan site`, processor time in ksplan (user)", s_run.user,
                      v_run.user, None, "the same for `ksplan validate`")
        )  # fmt: skip
        rows.append(
            Row(group, "`ksplan site`, processor time in the kernel (system)",
                f"{s_run.system:.3f}", "", "—", "",
                f"`ksplan validate`: {v_run.system:.3f} s")
        )  # fmt: skip
    else:
        rows.append(Row(group, "`ksplan site`", "", "", "≤ 3", "not yet", "no such command"))
    return rows


def history_repo(n: int, commits: int, tmp: Path, env: dict[str, str]) -> Path:
    """A git repository whose plan (``n`` measures) has ``commits`` commits, one a day: the
    first adds the plan, each of the others renames one measure."""
    top = tmp / f"history-{n}-{commits}"
    plan = make_plan(n, top, env)
    git = ["git", "-C", str(plan), "-c", "user.name=Bench", "-c", "user.email=bench@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    text = (plan / "measures.yaml").read_text(encoding="utf-8")
    for i in range(commits):
        if i:
            k = (i - 1) % n + 1
            text = re.sub(
                rf"(  - id: M0*{k}\n    title: Maßnahme {k}\b)", rf"\1 (Fassung {i})", text, count=1
            )
            (plan / "measures.yaml").write_text(text, encoding="utf-8")
        stamp = datetime.fromisoformat("2024-01-01T12:00:00+01:00").timestamp() + i * 86400
        when = {"GIT_AUTHOR_DATE": f"{stamp:.0f} +0100", "GIT_COMMITTER_DATE": f"{stamp:.0f} +0100"}
        subprocess.run([*git, "add", "-A"], check=True)
        subprocess.run(
            [*git, "commit", "-qm", f"Fassung {i}"], check=True, env={**os.environ, **when}
        )
    return plan


def history(runs: int, caches: Caches, tmp: Path, n: int = 100) -> list[Row]:
    """The change log: linear in the number of commits (each revision read once)."""
    group = f"history from git, plan of {n:,} measures"
    if not works("site", "--help"):
        return [Row(group, "`ksplan site` with history", "", "", "", "not yet", "no such command")]
    small = history_repo(n, 100, tmp, caches.fresh())
    large = history_repo(n, 200, tmp, caches.fresh())

    def site(plan: Path, *extra: str) -> list[str]:
        return ksplan("site", "--plan", str(plan), "--out", str(tmp / f"site-{plan.parent.name}"),
                      "--as-of", "2026-11-30", *extra)  # fmt: skip

    with_200, with_100, without = measure_together(
        [(site(large), caches.fresh), (site(small), caches.fresh),
         (site(large, "--no-history"), caches.fresh)],
        runs,
    )  # fmt: skip
    part_200 = with_200.seconds - without.seconds
    part_100 = with_100.seconds - without.seconds
    return [
        ratio_row(group, "`ksplan site`, 200 commits", with_200.seconds, without.seconds, None,
                  "`ksplan site --no-history`, same plan"),
        ratio_row(group, "history part, 200 commits (growth)", part_200, part_100, 2.3,
                  "the history part for 100 commits (linear: 2)"),
        Row(group, "history part per commit", f"{part_200 / 200:.4f}", "", "—", "",
            "200 commits: site minus site --no-history, divided by 200"),
    ]  # fmt: skip


def machine() -> str:
    cpu = ""
    try:
        found = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M)
        cpu = f", {found.group(1).strip()}" if found else ""
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores{cpu}, "
        f"Python {platform.python_version()}"
    )


def load_average() -> str:
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "?"


def print_table(rows: list[Row]) -> None:
    header = ("figure", "seconds", "ratio", "target", "", "baseline")
    cells = [(r.name, r.value, r.ratio, r.target, r.verdict, r.baseline) for r in rows]
    widths = [max(len(c[i]) for c in [header, *cells]) for i in range(len(header))]
    group = None
    lines = [header, tuple("-" * w for w in widths), *cells]
    for r, c in zip([None, None, *rows], lines, strict=True):
        if r is not None and r.group != group:
            group = r.group
            print(f"-- {group}")
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(c)).rstrip())


def markdown(rows: list[Row], runs: int, started: str, load: str) -> str:
    lines = [
        BEGIN,
        f"Figures of {started} on {machine()}; medians of {runs} runs; load average "
        f"{load} (the machine is shared). Written by `python bench/run.py --readme README.md`.",
        "",
        "| figure | seconds | ratio | target | | baseline |",
        "|---|---|---|---|---|---|",
    ]
    group = None
    for r in rows:
        if r.group != group:
            group = r.group
            lines.append(f"| **{group}** | | | | | |")
        verdict = f"**{r.verdict}**" if r.verdict == "OVER" else r.verdict
        lines.append(
            f"| {r.name} | {r.value} | {r.ratio} | {r.target} | {verdict} | {r.baseline} |"
        )
    lines.append(END)
    return "\n".join(lines)


def write_readme(path: Path, block: str) -> None:
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.S)
    if not pattern.search(text):
        raise SystemExit(f"{path}: no benchmark block ({BEGIN} … {END}) to replace")
    path.write_text(pattern.sub(lambda _: block, text), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description="ksplan benchmark (ratios, same run)")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--small", type=int, default=1000, help="measures in the small plan")
    parser.add_argument("--large", type=int, default=10000, help="measures in the large plan")
    parser.add_argument("--readme", type=Path, help="write the figures into this README")
    parser.add_argument(
        "--parts",
        default="startup,scale,history",
        help="which figures (comma-separated: startup, scale, history); all by default",
    )
    args = parser.parse_args()
    started = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    load_before = load_average()
    compile_ksplan()
    with tempfile.TemporaryDirectory(prefix="ksplan-bench-") as folder:
        tmp = Path(folder)
        caches = Caches(tmp / "caches")
        rows = startup(args.runs, caches) if "startup" in args.parts else []
        if "scale" in args.parts:
            rows += scale(args.runs, caches, args.small, args.large, tmp)
        if "history" in args.parts:
            rows += history(args.runs, caches, tmp)
    load = f"{load_before} at the start, {load_average()} at the end"
    print(f"ksplan benchmark — {started}, {machine()}, medians of {args.runs} runs, load {load}")
    print_table(rows)
    if args.readme:
        write_readme(args.readme, markdown(rows, args.runs, started, load))
        print(f"wrote the figures into {args.readme}")


if __name__ == "__main__":
    main()
