"""The website in a real browser: Debian's headless Chromium, driven by selenium, from file://.

A person's path through the site (start page → a measure, a Stadtbezirk, the change log; the
search typed into), no console errors, nothing fetched from the network, no sideways
scrolling on a phone, and an accessibility check with axe-core (WCAG 2.1 A and AA rules): no
serious or critical violation on any page visited.

axe-core comes from its npm package, installed by ``.ci/run`` into ``.ci/axe/node_modules``
(``cd .ci/axe && npm ci``); it is never downloaded at test time. Without it the accessibility
test is skipped locally, with that reason, and fails under CI.

``KSPLAN_REGENERATE_GOLDEN=1`` also rewrites the README's screenshots ``docs/site-start.png``
and ``docs/site-measure.png`` (the shipped plan with its history in this repository).
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ksplan.loading import load_plan
from ksplan.site import make_site
from tests.test_report_browser import (  # the same browser for every browser test
    REPO,
    _unavailable,
    browser,
    console_errors,
    open_page,
    overflow,
)
from tests.test_site import AS_OF, make_history_repo

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]
__all__ = ["browser"]

AXE = REPO / ".ci" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
PAGES = [
    "index.html",
    "massnahmen/index.html",
    "massnahmen/M09.html",
    "handlungsfelder/sichere-nachbarschaft.html",
    "stadtbezirke/index.html",
    "stadtbezirke/eving.html",
    "vollversammlung.html",
    "auftraege.html",
    "stellen/index.html",
    "quellen.html",
    "aenderungen.html",
    "suche/index.html",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    plan = make_history_repo(tmp_path_factory.mktemp("repo"))
    out = tmp_path_factory.mktemp("out") / "site"
    make_site(load_plan(plan), plan, out, as_of=AS_OF)
    return out


@pytest.fixture(scope="module")
def work_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fictional example plan, which records the Vollversammlung's work (Masterplan 2.0)."""
    example = REPO / "examples" / "musterstadt"
    out = tmp_path_factory.mktemp("work") / "site"
    make_site(load_plan(example), example, out, as_of=AS_OF, history=False)
    return out


def _wait(driver: Any, condition: Any) -> None:
    """Until ``condition(driver)`` holds (a page loading after a click, a script's results)."""
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, 10).until(condition)


def _h1(driver: Any) -> str:
    return str(driver.find_element("css selector", "h1").text)


def _follow(driver: Any, selector: str, text: str) -> None:
    """Click the link with ``text`` inside ``selector`` and wait for the next page."""
    links = [a for a in driver.find_elements("css selector", f"{selector} a") if a.text == text]
    assert links, f"no link {text!r} in {selector}"
    before = driver.current_url
    links[0].click()
    _wait(driver, lambda d: d.current_url != before)


def _nothing_fetched(driver: Any) -> None:
    names = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
    )
    assert all(str(n).startswith("file://") for n in names), names


def test_a_visit(browser: Any, site: Path) -> None:
    open_page(browser, site / "index.html", 1200, 1000)
    assert browser.execute_script("return document.documentElement.lang") == "de"
    assert "Kennzahlen" in browser.page_source
    assert len(browser.find_elements("css selector", "svg[role=img]")) == 4
    _nothing_fetched(browser)
    assert console_errors(browser) == []
    # to a measure through the list
    _follow(browser, ".site-nav", "Maßnahmen")
    _follow(browser, "table", "M09")
    assert _h1(browser).startswith("M09")
    assert "M09 umgesetzt" in browser.page_source  # its change from git
    assert console_errors(browser) == []
    # to a Stadtbezirk
    _follow(browser, ".site-nav", "Stadtbezirke")
    _follow(browser, "table", "Eving")
    assert _h1(browser) == "Eving"
    assert "Eving-Zentrum" in browser.page_source
    assert console_errors(browser) == []
    # to the change log, and from an entry of it back to a measure page
    _follow(browser, ".site-nav", "Änderungen")
    assert _h1(browser) == "Änderungen"
    assert (
        len(browser.find_elements("css selector", "ol.changelog > li")) == 11
    )  # the commit that changed only a comment is not news
    assert console_errors(browser) == []


def test_search(browser: Any, site: Path) -> None:
    open_page(browser, site / "suche" / "index.html", 1200, 1000)
    field = browser.find_element("id", "q")
    assert field.is_displayed()  # shown by the script; hidden without JavaScript
    field.send_keys("toilette")
    _wait(browser, lambda d: d.find_elements("css selector", "#results-list a"))
    results = browser.find_elements("css selector", "#results-list a")
    texts = [a.text for a in results]
    assert texts[0] == "M08 „Nette Toilette“"  # measures first, then the sources that match
    assert all("toilette" in text.lower() for text in texts[1:]), texts
    assert not browser.find_element("id", "listing").is_displayed()
    results[0].click()
    _wait(browser, lambda d: _h1(d).startswith("M08"))
    # the search field in every page's header leads to the search with the term
    open_page(browser, site / "massnahmen" / "M01.html", 1200, 1000)
    top = browser.find_element("id", "q-top")
    top.send_keys("Eving")
    top.submit()
    _wait(browser, lambda d: d.current_url.split("?")[0].endswith("suche/index.html"))
    _wait(browser, lambda d: d.find_elements("css selector", "#results-list a"))
    found = [a.text for a in browser.find_elements("css selector", "#results-list a")]
    assert "Eving" in found
    assert console_errors(browser) == []


def test_without_javascript_the_filters_are_links(browser: Any, site: Path) -> None:
    open_page(browser, site / "suche" / "index.html", 1200, 1000)
    link = [a for a in browser.find_elements("css selector", ".filters a")
            if a.text.startswith("in Umsetzung (")]  # fmt: skip
    assert len(link) == 1
    shown = int(link[0].text.removeprefix("in Umsetzung (").rstrip(")"))
    link[0].click()
    assert browser.current_url.endswith("suche/stand-in_progress.html")
    assert shown > 0
    assert len(browser.find_elements("css selector", "ul.listing li")) == shown
    assert console_errors(browser) == []


def test_phone_and_print(browser: Any, site: Path, work_site: Path) -> None:
    for path in [*(site / page for page in PAGES), work_site / "masterplan-2.html"]:
        open_page(browser, path, 390, 860, mobile=True)
        assert overflow(browser) == 0, path
        assert console_errors(browser) == [], path
    open_page(browser, site / "massnahmen" / "M09.html", 1200, 1000)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert not browser.find_element("css selector", ".site-nav").is_displayed()
    assert browser.find_element("css selector", "h1").is_displayed()


def test_accessibility(browser: Any, site: Path, work_site: Path) -> None:
    if not AXE.is_file():
        _unavailable(
            f"axe-core is not installed in {AXE.parent.parent.parent} "
            "(cd .ci/axe && npm ci; .ci/run does this)"
        )
    axe = AXE.read_text(encoding="utf-8")
    found: dict[str, list[str]] = {}
    serious: dict[str, list[str]] = {}
    visits = [
        *((site / p, "") for p in PAGES),
        (site / "suche" / "index.html", "?q=polizei"),
        (work_site / "masterplan-2.html", ""),
    ]
    for path, query in visits:
        open_page(browser, path, 1200, 1000)
        page = path.as_uri()
        if query:
            browser.get(path.as_uri() + query)
        browser.execute_script(axe)
        result = browser.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document).then(r => done(r.violations.map(v => ({id: v.id, "
            "impact: v.impact, wcag: v.tags.some(t => /^wcag2(1)?a+$/.test(t)), "
            "nodes: v.nodes.length}))))"
        )
        for v in result:
            found.setdefault(page + query, []).append(f"{v['id']} {v['impact']} ({v['nodes']})")
            if v["wcag"] or v["impact"] in ("serious", "critical"):
                serious.setdefault(page + query, []).append(v["id"])
    assert serious == {}  # WCAG 2.1 A and AA, and anything serious or critical
    assert found == {}  # and axe's best practices too (landmarks, heading order): none so far


def test_screenshots(browser: Any, tmp_path: Path) -> None:
    """The README's pictures: the shipped plan's start page and a measure page."""
    out = tmp_path / "site"
    data = REPO / "data"
    make_site(load_plan(data), data, out, as_of=date(2026, 11, 30))
    shots = {"site-start.png": "index.html", "site-measure.png": "massnahmen/M08.html"}
    for name, page in shots.items():
        open_page(browser, out / page, 1200, 1000)
        assert console_errors(browser) == []
        shot = browser.get_screenshot_as_png()
        assert shot.startswith(b"\x89PNG")
        if os.environ.get("KSPLAN_REGENERATE_GOLDEN") == "1":
            (REPO / "docs" / name).write_bytes(shot)
