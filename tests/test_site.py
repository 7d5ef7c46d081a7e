"""``ksplan site``: the plan as a static website, with its history from a real git repository.

The site is built for the shipped plan (outside git: no history, and it says so) and for a
generated repository whose plan has a dozen commits (status changes, a Quartierslabor, a
meeting, a change of layout only, a broken version and its repair). Every internal link must
resolve (file and anchor), two builds must be byte-identical, every value from the plan is
escaped, and an existing folder that is not a ksplan site is never replaced.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ksplan.errors import UsageError
from ksplan.loading import load_plan
from ksplan.site import MARKER, History, SiteOptions, build_site, make_site, read_history
from tests.conftest import DATA, REPO, edit, run_cli

AS_OF = date(2026, 11, 22)
GIT = ["git", "-c", "user.name=Erika Muster", "-c", "user.email=erika@example.org"]


def git(top: Path, *args: str, when: str | None = None) -> str:
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(top)}
    if when is not None:
        env |= {"GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    done = subprocess.run(
        [*GIT, "-C", str(top), *args], capture_output=True, text=True, check=True, env=env
    )
    return done.stdout


def _cli_ok(*args: str) -> None:
    result = run_cli(*args)
    assert result.exit_code == 0, result.output


def make_history_repo(top: Path) -> Path:
    """A repository whose plan folder ``data/`` has twelve commits, on days in 2024 and 2025."""
    plan = top / "data"
    shutil.copytree(DATA, plan)
    git(top, "init", "-q", "-b", "main")
    steps = 0

    def commit(message: str, day: str) -> None:
        nonlocal steps
        git(top, "add", "-A")
        git(top, "commit", "-qm", message, when=f"{day}T10:00:00+01:00")
        steps += 1

    commit("Plan übernommen", "2024-01-08")
    _cli_ok("measure", "status", "M09", "done", "--date", "2024-01-15", "--source",
            "Drucksache 1", "--plan", str(plan))  # fmt: skip
    commit("M09 umgesetzt", "2024-01-20")
    _cli_ok("lab", "add", "eving", "--date", "2024-05-14", "--quarter", "Eving-Zentrum",
            "--source", "dortmund.de", "--plan", str(plan))  # fmt: skip
    commit("Quartierslabor Eving", "2024-05-20")
    _cli_ok("meeting", "add", "2024-06-03", "--source", "Protokoll", "--plan", str(plan))
    commit("Sitzung der Vollversammlung", "2024-06-10")
    text = (plan / "measures.yaml").read_text(encoding="utf-8")
    (plan / "measures.yaml").write_text(text + "# Kommentar: nur die Form\n", encoding="utf-8")
    commit("Nur ein Kommentar", "2024-07-01")
    edit(plan / "measures.yaml", "horizon: direkt", "horizon: bald")
    commit("Versehen: ungültiger Horizont", "2024-08-01")
    edit(plan / "measures.yaml", "horizon: bald", "horizon: direkt")
    commit("Horizont wieder richtig", "2024-08-02")
    for i, (measure, status, day) in enumerate(
        [
            ("M01", "in_progress", "2024-09-10"),
            ("M02", "planned", "2024-11-05"),
            ("M03", "done", "2025-02-12"),
            ("M01", "done", "2025-06-30"),
            ("M04", "dropped", "2025-10-01"),
        ]
    ):
        _cli_ok("measure", "status", measure, status, "--date", day, "--source",
                f"Bericht {i + 1}", "--plan", str(plan))  # fmt: skip
        commit(f"{measure}: {status}", day)
    (top / "README").write_text("not part of the plan\n", encoding="utf-8")
    commit("Kein Plan", "2025-10-02")  # changes no plan file: not in the history
    assert steps == 13
    return plan


@pytest.fixture(scope="module")
def history_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_history_repo(tmp_path_factory.mktemp("repo"))


@pytest.fixture(scope="module")
def shipped_plan_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped plan outside any git repository."""
    target = tmp_path_factory.mktemp("nogit") / "data"
    shutil.copytree(DATA, target)
    return target


def build(plan_dir: Path, out: Path, lang: str = "de", history: bool = True) -> Path:
    make_site(load_plan(plan_dir), plan_dir, out, as_of=AS_OF, lang=lang, history=history)  # type: ignore[arg-type]
    return out


@pytest.fixture(scope="module")
def history_site(history_repo: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(history_repo, tmp_path_factory.mktemp("site") / "site")


# --- links -----------------------------------------------------------------------------------


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value is not None:
                self.links.append(value)
            if name == "id" and value is not None:
                self.ids.add(value)


def _parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def broken_links(site: Path) -> list[str]:
    """Every internal link (href, src) of every page whose file or anchor does not exist."""
    pages = {p: _parse(p) for p in site.rglob("*.html")}
    broken = []
    for page, parsed in pages.items():
        for link in parsed.links:
            parts = urlsplit(link)
            if parts.scheme in ("http", "https", "mailto"):
                continue
            assert not parts.scheme and not parts.netloc, f"{page}: {link}"
            target = (page.parent / unquote(parts.path)).resolve() if parts.path else page
            if not target.is_file():
                broken.append(f"{page.relative_to(site)}: {link}")
                continue
            if parts.fragment:
                ids = pages[target].ids if target in pages else set()
                if parts.fragment not in ids:
                    broken.append(f"{page.relative_to(site)}: {link} (no anchor)")
    return broken


# --- the shipped plan -------------------------------------------------------------------------


def test_shipped_plan_without_git(shipped_plan_dir: Path, tmp_path: Path) -> None:
    site = build(shipped_plan_dir, tmp_path / "site")
    plan = load_plan(shipped_plan_dir)
    for m in plan.measures:
        assert (site / "massnahmen" / f"{m.id}.html").is_file()
    for d in plan.districts_file.districts:
        assert (site / "stadtbezirke" / f"{d.id}.html").is_file()
    for f in plan.measures_file.fields:
        assert (site / "handlungsfelder" / f"{f.id}.html").is_file()
    for page in ("index.html", "vollversammlung.html", "auftraege.html", "quellen.html",
                 "stellen/index.html", "aenderungen.html", "suche/index.html"):  # fmt: skip
        assert (site / page).is_file(), page
    assert not (site / "feed.xml").exists()  # no history, no feed
    home = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="de">' in home
    assert "Ohne Geschichte erstellt: der Plan liegt nicht in einem git-Repository" in home
    assert "Kennzahlen" in home and "30 / 30" not in home
    assembly = (site / "vollversammlung.html").read_text(encoding="utf-8")
    assert "Hare-Niemeyer" in assembly and "Quote (exakt)" in assembly
    m08 = (site / "massnahmen" / "M08.html").read_text(encoding="utf-8")
    assert "Nette Toilette" in m08 and "Verlauf des Stands" in m08
    assert "mengede-intakt.de" in m08  # the status entry's source
    bodies = (site / "stellen" / "index.html").read_text(encoding="utf-8")
    for m in plan.measures:  # every measure under each of its bodies
        assert bodies.count(f'href="../massnahmen/{m.id}.html"') == len(m.owners), m.id
    assert broken_links(site) == []
    index = json.loads((site / "suche" / "index.json").read_text(encoding="utf-8"))
    kinds = {e["k"] for e in index}
    assert kinds == {"measure", "body", "district", "field", "source"}
    assert len([e for e in index if e["k"] == "measure"]) == len(plan.measures)
    marker = json.loads((site / MARKER).read_text(encoding="utf-8"))
    assert marker["generator"] == "ksplan"


def test_english(shipped_plan_dir: Path, tmp_path: Path) -> None:
    site = build(shipped_plan_dir, tmp_path / "site", lang="en")
    home = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in home and "Key figures" in home and "Built without history" in home
    assert "Kennzahlen" not in home
    assert (site / "massnahmen" / "M01.html").is_file()  # the same addresses in both languages


def test_deterministic(history_repo: Path, history_site: Path, tmp_path: Path) -> None:
    again = build(history_repo, tmp_path / "again")
    first = {p.relative_to(history_site): p.read_bytes() for p in history_site.rglob("*")
             if p.is_file()}  # fmt: skip
    second = {p.relative_to(again): p.read_bytes() for p in again.rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


# --- the history ------------------------------------------------------------------------------


def test_history_reads_every_plan_commit(history_repo: Path) -> None:
    history = read_history(history_repo)
    assert history.available
    subjects = [r.subject for r in history.revisions]
    # neither the commit that changed no plan file nor the one that changed only a comment
    assert len(subjects) == 11 and "Nur ein Kommentar" not in subjects
    assert subjects[0] == "M04: dropped" and subjects[-1] == "Plan übernommen"  # newest first
    states = {r.subject: r.state for r in history.revisions}
    assert states["Plan übernommen"] == "first"
    assert states["Versehen: ungültiger Horizont"] == "invalid"
    assert states["Horizont wieder richtig"] == "changed"
    by_subject = {r.subject: r for r in history.revisions}
    # the repair is compared with the last valid version: nothing changed in content
    repaired = by_subject["Horizont wieder richtig"].diff
    assert repaired is not None and repaired.changes == []
    m09 = by_subject["M09 umgesetzt"]
    assert list(m09.measure_changes()) == ["M09"]
    assert m09.counts["done"] == by_subject["Plan übernommen"].counts["done"] + 1
    assert by_subject["M09 umgesetzt"].day == date(2024, 1, 20)


def test_change_log_feed_and_measure_pages(history_site: Path) -> None:
    log = (history_site / "aenderungen.html").read_text(encoding="utf-8")
    order = [log.index(s) for s in ("M04: dropped", "M09 umgesetzt", "Plan übernommen")]
    assert order == sorted(order)  # newest first
    assert "Erika Muster" in log and "20.01.2024" in log
    assert "Eving: Quartierslabor Eving-Zentrum (14.05.2024) hinzugefügt" in log
    assert "Folgen am 20.05.2024" in log and "Quartierslabore:" in log
    assert "Inhaltlich keine Änderung" in log
    assert (
        "Der Plan ist in dieser Fassung nach den heutigen Regeln von ksplan ungültig (1 Fehler)"
        in log
    )
    assert 'role="img"' in log and "Maßnahmen nach Stand im Zeitverlauf" in log
    assert broken_links(history_site) == []
    m09 = (history_site / "massnahmen" / "M09.html").read_text(encoding="utf-8")
    assert "M09 umgesetzt" in m09 and "../aenderungen.html#c-" in m09
    m05 = (history_site / "massnahmen" / "M05.html").read_text(encoding="utf-8")
    assert "Keine Änderung an dieser Maßnahme" in m05
    feed = ET.parse(history_site / "feed.xml").getroot()
    atom = "{http://www.w3.org/2005/Atom}"
    entries = feed.findall(f"{atom}entry")
    assert len(entries) == 11
    titles = [e.findtext(f"{atom}title") for e in entries]
    assert titles[0] == "01.10.2025 – M04: dropped"
    assert all(e.findtext(f"{atom}updated") for e in entries)
    assert "Maßnahmen" in (entries[-2].findtext(f"{atom}content") or "")


def test_base_url_in_feed_and_canonical(history_repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    make_site(load_plan(history_repo), history_repo, out, as_of=AS_OF,
              base_url="https://example.org/plan")  # fmt: skip
    feed = (out / "feed.xml").read_text(encoding="utf-8")
    assert (
        '<link rel="self" type="application/atom+xml" href="https://example.org/plan/feed.xml"/>'
        in feed
    )
    page = (out / "massnahmen" / "M01.html").read_text(encoding="utf-8")
    assert '<link rel="canonical" href="https://example.org/plan/massnahmen/M01.html">' in page
    with pytest.raises(UsageError):
        make_site(load_plan(history_repo), history_repo, tmp_path / "x", as_of=AS_OF,
                  base_url="javascript:alert(1)")  # fmt: skip


def test_no_history_switch(history_repo: Path, tmp_path: Path) -> None:
    site = build(history_repo, tmp_path / "site", history=False)
    assert not (site / "feed.xml").exists()
    assert "die Geschichte wurde abgeschaltet (--no-history)" in (
        site / "aenderungen.html"
    ).read_text(encoding="utf-8")


# --- writing ----------------------------------------------------------------------------------


def test_refuses_a_folder_that_is_not_a_site(shipped_plan_dir: Path, tmp_path: Path) -> None:
    precious = tmp_path / "documents"
    precious.mkdir()
    (precious / "letter.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(UsageError, match="keine von ksplan erstellte Website"):
        build(shipped_plan_dir, precious)
    assert [p.name for p in precious.iterdir()] == ["letter.txt"]
    with pytest.raises(UsageError):
        build(shipped_plan_dir, shipped_plan_dir)  # the plan's own folder
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(UsageError, match="Datei, kein Ordner"):
        build(shipped_plan_dir, tmp_path / "file")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no leftovers


def test_replaces_a_previous_site_and_an_empty_folder(
    shipped_plan_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "site"
    out.mkdir()  # empty: taken
    build(shipped_plan_dir, out)
    (out / "stale.html").write_text("from an older build", encoding="utf-8")
    build(shipped_plan_dir, out)
    assert not (out / "stale.html").exists()  # the whole folder is replaced
    assert (out / "index.html").is_file()
    # the old site, moved aside, is removed by a process of its own
    deadline = time.monotonic() + 30
    while sorted(p.name for p in tmp_path.iterdir()) != ["site"] and time.monotonic() < deadline:
        time.sleep(0.05)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


# --- escaping ---------------------------------------------------------------------------------

HOSTILE = (
    st.lists(
        st.sampled_from([*"<>&\"'/ abc=", "</script>", "<b>", "&amp;", "<!--", "]]>"]),
        min_size=1,
        max_size=12,
    )
    .map("".join)
    .filter(lambda s: s.strip() == s and bool(s))
)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=HOSTILE)
def test_every_value_is_escaped(shipped_plan_dir: Path, title: str) -> None:
    plan = load_plan(shipped_plan_dir)
    measure = plan.measures[0].model_copy(update={"title": title})
    plan.measures_file.measures[0] = measure
    try:
        files = build_site(plan, History([]), SiteOptions(AS_OF))
    finally:
        plan.measures_file.measures[0] = load_plan(shipped_plan_dir).measures[0]
    page = files["massnahmen/M01.html"].decode("utf-8")
    h1 = re.search(r"<h1>(.*?)</h1>", page, re.S)
    assert h1 is not None
    shown = re.sub(r"<span class=\"muted\">M01</span> ", "", h1.group(1))
    assert "<" not in shown and ">" not in shown  # no markup from the data
    import html

    assert html.unescape(shown) == title
    script = files["suche/index.js"].decode("utf-8")
    assert "</script" not in script.lower()
    data = json.loads(
        script.removeprefix("window.KSPLAN_SEARCH=").rstrip(";\n").replace("<\\/", "</")
    )
    assert data[0]["t"] == f"M01 {title}"


# --- the command ------------------------------------------------------------------------------


def test_command(history_repo: Path, shipped_plan_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = run_cli("site", "--plan", str(history_repo), "--out", str(out), "--as-of",
                     "22.11.2026")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert f"Website geschrieben: {out} (" in result.stderr
    assert (out / "feed.xml").is_file()
    result = run_cli("site", "--plan", str(shipped_plan_dir), "--out", str(out), "--lang", "en",
                     "--as-of", "2026-11-22")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "Built without history: the plan is not in a git repository" in result.stderr
    assert "Website written" in result.stderr
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("x", encoding="utf-8")
    result = run_cli("site", "--plan", str(shipped_plan_dir), "--out", str(tmp_path / "mine"))
    assert result.exit_code == 2
    assert "keine von ksplan erstellte Website" in result.stderr
    result = run_cli("site", "--plan", str(history_repo), "--out", str(out), "--no-history",
                     "--base-url", "file:///etc")  # fmt: skip
    assert result.exit_code == 2 and "--base-url" in result.stderr


def test_command_as_a_process(history_repo: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "ksplan", "site", "--plan", str(history_repo), "--out", str(out),
         "--as-of", "2026-11-22", "--base-url", "https://example.org/masterplan/"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert "Website geschrieben" in done.stderr
    assert broken_links(out) == []
    broken = history_repo / "assembly.yaml"
    original = broken.read_bytes()
    broken.write_bytes(original.replace(b"voting_members: 20", b"voting_members: zwanzig"))
    try:
        done = subprocess.run(
            [sys.executable, "-m", "ksplan", "site", "--plan", str(history_repo), "--out",
             str(out)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
    finally:
        broken.write_bytes(original)
    assert done.returncode == 1, done.stderr
    assert "assembly.yaml:" in done.stderr
    assert (out / "index.html").is_file()  # the site before is still there, whole


def test_report_with_history(history_repo: Path, tmp_path: Path) -> None:
    """``ksplan report --history``: the section "Verlauf" with the picture and its figures."""
    out = tmp_path / "report.html"
    result = run_cli("report", "--plan", str(history_repo), "--history", "--format", "html",
                     "--out", str(out), "--as-of", "2026-11-22")  # fmt: skip
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert '<h2 id="history-h">Verlauf</h2>' in page
    assert 'aria-labelledby="ks-history-title ks-history-desc"' in page
    assert page.count('<th scope="row">') > 11
    result = run_cli("report", "--plan", str(history_repo), "--history", "--as-of", "2026-11-22")
    assert result.exit_code == 0
    assert "## Verlauf" in result.stdout
    assert "| 20.01.2024 |" in result.stdout  # the day of a commit, one row
    plain = run_cli("report", "--plan", str(history_repo), "--as-of", "2026-11-22")
    assert "## Verlauf" not in plain.stdout  # only when asked for


def test_the_vollversammlungs_work_where_the_plan_records_it(tmp_path: Path) -> None:
    """The fictional example plan records the Masterplan 2.0 work: a page of its own, in the
    navigation and the search; the Dortmund plan records none of it, so there is no page."""
    example = REPO / "examples" / "musterstadt"
    site = build(example, tmp_path / "site", history=False)
    page = (site / "masterplan-2.html").read_text(encoding="utf-8")
    plan = load_plan(example)
    for rec in plan.assembly.recommendations:
        assert html_text(rec.text) in page, rec.id
    assert 'href="masterplan-2.html" aria-current="page"' in page
    assert 'href="masterplan-2.html"' in (site / "index.html").read_text(encoding="utf-8")
    index = json.loads((site / "suche" / "index.json").read_text(encoding="utf-8"))
    kinds = [e["k"] for e in index]
    assert kinds.count("recommendation") == len(plan.assembly.recommendations)
    assert kinds.count("input") == len(plan.assembly.inputs)
    assert broken_links(site) == []
    shipped = build(DATA, tmp_path / "shipped", history=False)
    assert not (shipped / "masterplan-2.html").exists()
    assert "masterplan-2.html" not in (shipped / "index.html").read_text(encoding="utf-8")


def html_text(text: str) -> str:
    import html

    return html.escape(text, quote=False)


def test_uncommitted_plan_changes_are_named_and_hidden_characters_shown(
    tmp_path: Path,
) -> None:
    """A site built from plan files with changes not yet committed says so (the change log
    does not know them), and a direction-changing character from the data is shown as an
    escape, never applied to the page."""
    repo = make_history_repo(tmp_path / "repo")
    edit(repo / "measures.yaml", "title: Regelmäßig", "title: \u202eRegelmäßig")
    result = run_cli("site", "--plan", str(repo), "--out", str(tmp_path / "web"))
    assert result.exit_code == 0, result.output
    assert "noch nicht eingecheckt" in result.stderr
    page = (tmp_path / "web" / "massnahmen" / "M05.html").read_text(encoding="utf-8")
    assert "\u202e" not in page and "\\u202eRegelmäßig" in page


def test_as_of_shows_the_history_up_to_that_day(history_repo: Path, tmp_path: Path) -> None:
    result = run_cli(
        "site", "--plan", str(history_repo), "--out", str(tmp_path / "web"), "--as-of",
        "01.06.2024",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    log = (tmp_path / "web" / "aenderungen.html").read_text(encoding="utf-8")
    assert "M09 umgesetzt" in log  # 20.01.2024
    assert "M04: dropped" not in log  # 01.10.2025, after the day looked at
