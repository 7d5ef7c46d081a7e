"""A report template cannot hang ksplan or eat the machine: every limit of ksplan.sandbox,
reached by a real template in a real ``ksplan report`` process.

The time, output and memory limits are the real mechanism (a timer, a count of the output,
an address-space limit); the tests lower them through the environment variables the module
documents, so that reaching one takes seconds, not half a minute.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .conftest import DATA

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the limits are Linux's")


def report(
    tmp_path: Path, template: str, env: dict[str, str] | None = None
) -> tuple[int, str, float]:
    """``ksplan report --template`` on a copy of the plan: status, standard error, seconds."""
    plan = tmp_path / "plan"
    if not plan.exists():
        shutil.copytree(DATA, plan)
    own = tmp_path / "own.j2"
    own.write_text(template, encoding="utf-8")
    full = {**os.environ, "KSPLAN_DEBUG": "", "KSPLAN_LANG": "de", **(env or {})}
    start = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "ksplan", "report", "--template", str(own), "--plan", str(plan)],
        capture_output=True,
        env=full,
        timeout=120,
        check=False,
    )
    return done.returncode, done.stderr.decode(), time.monotonic() - start


LOOPS = "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}"


def test_a_template_that_loops_is_stopped_by_the_clock(tmp_path: Path) -> None:
    code, err, seconds = report(tmp_path, LOOPS, {"KSPLAN_TEMPLATE_SECONDS": "1.5"})
    assert code == 2, err
    assert "Die Vorlage brauchte länger als 1.5 Sekunden" in err
    assert "es wurde nichts geschrieben" in err
    assert seconds < 15  # stopped, not run to its end (that would take hours)


def test_the_clock_cannot_be_set_later_than_30_seconds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the variable only lowers the limit: a larger value leaves 30 s
    from ksplan import sandbox

    code, err, _ = report(tmp_path, "{{ title }}", {"KSPLAN_TEMPLATE_SECONDS": "9999"})
    assert code == 0, err
    monkeypatch.setenv("KSPLAN_TEMPLATE_SECONDS", "9999")
    assert sandbox.render_seconds() == 30.0
    monkeypatch.setenv("KSPLAN_TEMPLATE_SECONDS", "2")
    assert sandbox.render_seconds() == 2.0


def test_a_template_that_writes_too_much_is_stopped_at_the_output_limit(tmp_path: Path) -> None:
    many = "{% for a in range(100000) %}{{ 'x' * 100 }}{% endfor %}"  # 10 MB
    code, err, _ = report(tmp_path, many, {"KSPLAN_TEMPLATE_OUTPUT_MB": "1"})
    assert code == 2, err
    assert "Die Ausgabe wäre größer als 1 MB" in err
    code, _, _ = report(tmp_path, many)  # within the default of 64 MB
    assert code == 0


@pytest.mark.parametrize(
    "template",
    [
        # a text doubled in a loop: no single step is large, the sum is
        "{% set ns = namespace(s='xx') %}{% for i in range(40) %}"
        "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s|length }}",
        "{% set ns = namespace(s=[1]) %}{% for i in range(40) %}"
        "{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s|length }}",
    ],
    ids=["text-doubled", "list-doubled"],
)
def test_a_template_that_grows_without_end_is_stopped_at_the_memory_limit(
    tmp_path: Path, template: str
) -> None:
    code, err, _ = report(tmp_path, template, {"KSPLAN_TEMPLATE_MEMORY_MB": "200"})
    assert code == 2, err
    assert "Die Vorlage braucht mehr als 200 MB Arbeitsspeicher" in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "template",
    [
        "{{ '{:>1000000000}'.format(title) }}",
        "{{ '{:>{}}'.format(title, 1000000000) }}",
        "{{ '{:.900000000f}'.format(1.5) }}",
        "{{ '{t:>999999999}'.format_map({'t': title}) }}",
        "{{ '%1000000000s' % title }}",
        "{{ '%*s' % (1000000000, title) }}",
        "{{ '%.*f' % (1000000000, 1.5) }}",
        "{{ '%1000000000d'|format(3) }}",
        "{{ title|center(1000000000) }}",
        "{{ title.center(1000000000) }}",
        "{{ title.zfill(1000000000) }}",
        "{{ title.ljust(width=1000000000) }}",
        "{{ ('\\t' * 10).expandtabs(100000000) }}",
    ],
)
def test_a_format_width_from_a_template_is_bounded(tmp_path: Path, template: str) -> None:
    code, err, seconds = report(tmp_path, template)
    assert code == 2, err
    assert "in einem Format ist zu groß (höchstens 10.000)" in err
    assert seconds < 20


@pytest.mark.parametrize(
    "template",
    [
        "{% set s = 'x' * 16000000 %}{{ s.replace('x', 'xxxxxxxxxx')|length }}",
        "{% set s = 'x' * 16000000 %}{{ (s|replace('x', 'xxxxxxxxxx'))|length }}",
        "{% set s = ['x' * 16000000] * 16 %}{{ s|join|length }}",
        "{% set s = ['x' * 16000000] * 16 %}{{ ''.join(s)|length }}",
        "{{ ('a\\n' * 1000000)|indent(1000) }}",
    ],
)
def test_a_value_built_from_large_parts_is_refused_before_it_is_built(
    tmp_path: Path, template: str
) -> None:
    code, err, _ = report(tmp_path, template)
    assert code == 2, err
    assert "Es würde ein Wert mit mehr als 16.777.216 Zeichen oder Einträgen gebildet" in err


def test_numbers_too_large_to_compute_and_a_macro_without_end(tmp_path: Path) -> None:
    squared = (
        "{% set ns = namespace(x=10**4000) %}{% for i in range(30) %}"
        "{% set ns.x = ns.x * ns.x %}{% endfor %}{{ 1 }}"
    )
    for template, said in [
        (squared, "Das Produkt zweier Zahlen hätte mehr als 300.000 Stellen"),
        ("{{ (10**4000) ** 4000 }}", "Eine Potenz mit dem Exponenten 4.000 wäre zu groß"),
        ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}", "zu tief selbst auf"),
    ]:
        code, err, _ = report(tmp_path, template)
        assert (code, said in err) == (2, True), err


def test_the_english_wording(tmp_path: Path) -> None:
    code, err, _ = report(
        tmp_path,
        "{{ '{:>99999}'.format(1) }}",
        {"KSPLAN_LANG": "en", "KSPLAN_TEMPLATE_SECONDS": "9"},
    )
    assert code == 2
    assert "a width or precision of 99,999 in a format is too large (at most 10,000)" in err
    assert "nothing was written" in err


def test_the_memory_limit_is_lifted_after_the_render() -> None:
    # in this process: render a template, then the address space is as unlimited as before
    from ksplan.sandbox import Sandbox, render

    before = resource.getrlimit(resource.RLIMIT_AS)
    env = Sandbox()
    assert render(env.from_string("{{ 'a' ~ 'b' }}"), {}) == "ab"
    assert resource.getrlimit(resource.RLIMIT_AS) == before


@settings(max_examples=60, deadline=None)
@given(
    spec=st.from_regex(
        r"[<>^=]?[+\- ]?#?0?[0-9]{0,12}[,_]?(\.[0-9]{0,12})?[sdfeg%]?", fullmatch=True
    )
)
def test_any_format_spec_is_checked_before_it_is_used(spec: str) -> None:
    """Any spec a template can write: refused when a number in it is over the limit,
    otherwise formatted (or refused by Python for its own reasons), never built larger."""
    from ksplan.sandbox import MAX_FORMAT_WIDTH, RenderStopped, Sandbox, render

    env = Sandbox()
    template = env.from_string("{{ ('{:' ~ spec ~ '}').format(value) }}")
    numbers = [int(n) for n in __import__("re").findall(r"\d+", spec)]
    value = 1.5 if spec.endswith(("f", "e", "g", "%")) else (7 if spec.endswith("d") else "x")
    try:
        text = render(template, {"spec": spec, "value": value})
    except RenderStopped:
        assert max(numbers) > MAX_FORMAT_WIDTH
        return
    except (ValueError, TypeError):
        return  # Python refuses the spec itself: no value was built
    assert not numbers or max(numbers) <= MAX_FORMAT_WIDTH
    assert len(text) <= 2 * MAX_FORMAT_WIDTH + 32
