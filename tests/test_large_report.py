"""The report of a plan at the documented limits stays within the memory the README promises.

A plan file may be at most 20 MB; made of the longest texts the model allows (2,000
characters), that is about 4,900 measures with a long title and a long note each. The HTML
report of such a plan is rendered by a real ``ksplan report`` process and its peak memory
measured.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .conftest import DATA
from .test_corpus import MB, run_subprocess

PEAK_MB = 300


def long_text_plan(folder: Path, measures: int) -> Path:
    plan = folder / "plan"
    shutil.copytree(DATA, plan)
    path = plan / "measures.yaml"
    text = path.read_text(encoding="utf-8")
    items = "".join(
        f"  - id: M{i:05d}\n    title: {'T' * 1990}{i:06d}\n    horizon: direkt\n"
        f"    field: sichere-nachbarschaft\n    owners: [dezernat-3]\n    note: {'N' * 1990}\n"
        "    history: []\n"
        for i in range(31, 31 + measures)
    )
    path.write_text(text.replace("  - id: M30\n", items + "  - id: M30\n", 1), encoding="utf-8")
    return plan


def test_the_html_report_of_a_plan_of_20_mb_of_long_texts(tmp_path: Path) -> None:
    plan = long_text_plan(tmp_path, 4900)
    size = (plan / "measures.yaml").stat().st_size
    assert 19 * MB < size <= 20 * MB
    out = tmp_path / "bericht.html"
    run = run_subprocess(
        ["report", "--format", "html", "--plan", str(plan), "--out", str(out)], tmp_path
    )
    assert run.code == 0, run.output
    assert out.stat().st_size > size  # every title and note is in it
    print(f"{size / MB:.1f} MB plan: {run.seconds:.1f} s, {run.peak_mb:.0f} MB")
    assert run.peak_mb <= PEAK_MB, f"{run.peak_mb:.0f} MB"
