"""Shell completion as a shell uses it: the script installed by ``--install-completion``,
sourced in a real bash, offers the plan's measure IDs, districts, status words and terms."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent


def _env(home: Path, shell: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KSPLAN")}
    env.update(HOME=str(home), SHELL=f"/bin/{shell}", PATH=f"{BIN}{os.pathsep}{env['PATH']}")
    return env


def _install(home: Path, shell: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / "ksplan"), "--install-completion"],
        capture_output=True,
        text=True,
        env=_env(home, shell),
        timeout=60,
        check=False,
    )


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash on this machine")
def test_bash_completes_from_the_plan(tmp_path: Path) -> None:
    installed = _install(tmp_path, "bash")
    assert installed.returncode == 0, installed.stderr
    assert "Vervollständigung für bash eingerichtet" in installed.stdout
    script = tmp_path / ".bash_completions" / "ksplan.sh"
    assert script.is_file()
    assert f"source '{script}'" in (tmp_path / ".bashrc").read_text()

    def offered(*words: str) -> list[str]:
        line = " ".join(f"'{w}'" for w in words)
        program = (
            f"source '{script}'; COMP_WORDS=({line}); COMP_CWORD={len(words) - 1}; "
            'COMP_LINE="${COMP_WORDS[*]}"; _ksplan_completion ksplan; '
            'printf "%s\\n" "${COMPREPLY[@]}"'
        )
        proc = subprocess.run(
            ["bash", "-c", program],
            capture_output=True,
            text=True,
            env=_env(tmp_path, "bash"),
            timeout=60,
            check=False,
        )
        return proc.stdout.split()

    assert "M05" in offered("ksplan", "measure", "status", "M")
    assert "erledigt" in offered("ksplan", "measure", "status", "M05", "er")
    assert {"hoerde", "hombruch", "huckarde"} <= set(offered("ksplan", "lab", "add", "h"))
    assert "2020-2025" in offered("ksplan", "seats", "--term", "20")
    assert {"measures", "measure", "meeting"} <= set(offered("ksplan", "me"))
    example = str(Path(__file__).resolve().parent.parent / "examples" / "musterstadt")
    assert {"nord-1", "nord-2"} <= set(offered("ksplan", "trace", "--plan", example, "nord"))
    assert "E1" in offered("ksplan", "recommendation", "step", "--plan", example, "E")


def test_zsh_setup_is_written(tmp_path: Path) -> None:
    installed = _install(tmp_path, "zsh")
    assert installed.returncode == 0, installed.stderr
    assert (tmp_path / ".zfunc" / "_ksplan").is_file()
    assert "fpath+=~/.zfunc" in (tmp_path / ".zshrc").read_text()


def test_another_shell_is_named_and_refused(tmp_path: Path) -> None:
    installed = _install(tmp_path, "tcsh")
    assert installed.returncode == 2
    assert "bash und zsh, nicht für „tcsh“" in installed.stderr
    assert not (tmp_path / ".bashrc").exists()
