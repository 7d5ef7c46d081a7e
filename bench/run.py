"""ksplan's benchmark: every figure as a ratio against a baseline measured in the same run.

    python bench/run.py            # all figures, 5 runs each (medians)
    python bench/run.py --runs 9   # steadier figures on a noisy machine

The machines this runs on are shared and noisy, so absolute seconds mean little: each figure
is divided by a baseline taken in the same run, on the same machine, and compared with its
target. Nothing here is asserted in the test suite.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BIN = Path(sys.executable).parent
PY = sys.executable

# Peak resident memory of one child, in kB (Linux reports ru_maxrss in kB).
MEASURE = (
    "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
    "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
)


@dataclass
class Timing:
    seconds: float
    peak_mb: float


def measure(cmd: list[str], runs: int) -> Timing:
    """Median wall time over ``runs`` runs, and the largest peak memory seen."""
    times, peaks = [], []
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run([PY, "-c", MEASURE, *cmd], capture_output=True, text=True, check=True)
        times.append(time.perf_counter() - start)
        peaks.append(int(out.stdout.strip() or 0) / 1024)
    return Timing(statistics.median(times), max(peaks))


def ksplan(*args: str) -> list[str]:
    return [str(BIN / "ksplan"), *args]


def make_plan(n: int, folder: Path) -> Path:
    target = folder / f"plan-{n}"
    subprocess.run([PY, str(HERE / "make_plan.py"), str(n), str(target)], check=True)
    check = subprocess.run(ksplan("validate", "--plan", str(target)), capture_output=True)
    if check.returncode != 0:
        raise SystemExit(f"the generated plan of {n} measures is not valid")
    return target


def has_report() -> bool:
    return subprocess.run(ksplan("report", "--help"), capture_output=True).returncode == 0


def row(name: str, value: float, base: float, target: float, note: str = "") -> tuple[str, ...]:
    ratio = value / base if base else float("inf")
    verdict = "ok" if ratio <= target else "OVER"
    return (name, f"{value:.3f}", f"{ratio:.2f}", f"≤ {target:g}", verdict, note)


def print_table(rows: list[tuple[str, ...]]) -> None:
    header = ("figure", "seconds", "ratio", "target", "", "baseline")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for r in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(r)).rstrip())


def main() -> None:
    parser = argparse.ArgumentParser(description="ksplan benchmark (ratios, same run)")
    parser.add_argument("--runs", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--small", type=int, default=1000, help="measures in the small plan")
    parser.add_argument("--large", type=int, default=10000, help="measures in the large plan")
    args = parser.parse_args()
    runs = args.runs
    rows: list[tuple[str, ...]] = []
    floor_rows: list[tuple[str, ...]] = []
    notes: list[str] = []

    # --- start-up: read-only commands on the shipped plan -----------------------------------
    shipped = str(REPO / "data")
    base_imports = measure([PY, "-c", "import typer, pydantic, ruamel.yaml"], runs).seconds
    base_typer = measure([PY, "-c", "import typer"], runs).seconds
    floor = measure([PY, str(HERE / "floor.py"), "--json"], runs).seconds
    for command in (
        ["validate"],
        ["measures", "--json"],
        ["seats", "--json"],
        ["coverage", "--json"],
        ["overdue", "--json"],
        ["check", "--json"],
    ):
        t = measure(ksplan(*command, "--plan", shipped), runs).seconds
        name = f"ksplan {' '.join(command)}"
        rows.append(row(name, t, base_imports, 1.2, "import typer, pydantic, ruamel.yaml"))
        floor_rows.append(row(name, t, floor, 1.2, "bench/floor.py: typer + one pydantic model"))
    t = measure(ksplan("--version"), runs).seconds
    rows.append(row("ksplan --version", t, base_typer, 1.1, "import typer"))

    # --- scale, growth, memory -----------------------------------------------------------------
    with tempfile.TemporaryDirectory(prefix="ksplan-bench-") as tmp:
        small = make_plan(args.small, Path(tmp))
        large = make_plan(args.large, Path(tmp))
        size_mb = sum(p.stat().st_size for p in large.glob("*.yaml")) / 1e6
        v_small = measure(ksplan("validate", "--plan", str(small)), runs)
        v_large = measure(ksplan("validate", "--plan", str(large)), runs)
        checker = shutil.which("check-jsonschema", path=str(BIN)) or shutil.which(
            "check-jsonschema"
        )
        if checker:
            start = time.perf_counter()
            for name in ("measures", "assembly", "districts", "orders"):
                subprocess.run(
                    [checker, "--schemafile", str(REPO / "schemas" / f"{name}.schema.json"),
                     str(large / f"{name}.yaml")],
                    capture_output=True,
                    check=True,
                )  # fmt: skip
            cj = time.perf_counter() - start  # one run: it takes long, and its noise is small
            rows.append(
                row(f"validate {args.large:,} measures", v_large.seconds, cj, 0.5,
                    f"check-jsonschema, same files and schemas ({size_mb:.1f} MB)")
            )  # fmt: skip
        else:
            notes.append("check-jsonschema is not installed (pip install -e '.[bench]'): skipped")
        rows.append(
            row(f"validate {args.large:,} measures", v_large.seconds, v_small.seconds, 12,
                f"validate {args.small:,} measures")
        )  # fmt: skip
        if has_report():
            out = Path(tmp) / "report.html"
            r_large = measure(
                ksplan("report", "--format", "html", "--out", str(out), "--plan", str(large)), runs
            )
            rows.append(
                row(f"report html {args.large:,} measures", r_large.seconds, v_large.seconds, 2,
                    f"validate {args.large:,} measures")
            )  # fmt: skip
        else:
            notes.append("ksplan report is not available yet: report figure skipped")
        peak = v_large.peak_mb
        rows.append(
            (f"peak memory, validate {args.large:,}", f"{peak:.0f} MB", "", "< 500 MB",
             "ok" if peak < 500 else "OVER", "resident set size")
        )  # fmt: skip

    print(f"ksplan benchmark — medians of {runs} runs, Python {sys.version.split()[0]}")
    print_table(rows)
    print()
    print("Start-up against the floor (the smallest typer + pydantic program, for context):")
    print_table(floor_rows)
    for note in notes:
        print(f"note: {note}")


if __name__ == "__main__":
    main()
