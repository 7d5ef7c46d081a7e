"""The HTML report in a real browser: Debian's headless Chromium, driven by selenium.

Needs ``chromium`` and ``chromium-driver`` (apt) and ``selenium`` (pip); nothing is downloaded
at test time (the driver is ``/usr/bin/chromedriver``, selenium-manager stays offline). Without
them the tests are skipped, except under CI (``CI=true``), where that is a failure.

``KSPLAN_REGENERATE_GOLDEN=1`` also rewrites ``docs/report.png``, the README's screenshot of
the top of the German report at 1200 px wide.
"""

from __future__ import annotations

import base64
import os
import re
import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from ksplan.loading import load_plan
from ksplan.paths import shipped
from ksplan.report import render_report, write_report

# One Chromium per test run, not one per worker: all browser tests run on the same worker.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

REPO = Path(__file__).resolve().parent.parent
AS_OF = date(2026, 11, 22)
DRIVER = Path("/usr/bin/chromedriver")
SECTIONS = [
    "key-figures",
    "assembly",
    "coverage",
    "overdue",
    "catalogue",
    "rules",
    "work",
    "assumptions",
    "sources",
]
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--force-device-scale-factor=1",
]


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _unavailable(reason: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{reason} (under CI the browser test must run, not skip)")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    binary = _chromium()
    if binary is None or not DRIVER.exists():
        _unavailable(
            "headless Chromium is not installed (apt-get install chromium chromium-driver)"
        )
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.options import Options
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _unavailable("selenium is not installed (pip install selenium)")
    os.environ["SE_OFFLINE"] = "true"  # selenium-manager must never download anything
    options = Options()
    options.binary_location = str(binary)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def report_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    plan = load_plan(shipped("data"))
    folder = tmp_path_factory.mktemp("report")
    files = {}
    for lang in ("de", "en"):
        path = folder / f"report.{lang}.html"
        write_report(render_report(plan, AS_OF, "html", lang), path)
        files[lang] = path
    return files


def open_page(driver: Any, path: Path, width: int, height: int, mobile: bool = False) -> None:
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
    )
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "screen"})
    driver.get(path.as_uri())
    driver.get_log("browser")  # only what this page logs counts


def console_errors(driver: Any) -> list[str]:
    return [e["message"] for e in driver.get_log("browser") if e["level"] in ("SEVERE", "ERROR")]


def overflow(driver: Any) -> int:
    """How many pixels the page is wider than the window (0: no sideways scrolling)."""
    return int(
        driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
    )


def test_desktop(browser: Any, report_files: dict[str, Path], tmp_path: Path) -> None:
    open_page(browser, report_files["de"], 1200, 1100)
    assert browser.execute_script("return document.documentElement.lang") == "de"
    assert console_errors(browser) == []
    # nothing was fetched: no stylesheet, font, picture or script from anywhere
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0
    assert overflow(browser) == 0
    for section in SECTIONS:
        heading = browser.find_element("id", f"{section}-h")
        assert heading.is_displayed(), section
        assert heading.text.strip()
    pictures = browser.find_elements("css selector", "svg[role=img]")
    assert len(pictures) == 3
    for picture in pictures:
        assert picture.is_displayed()
        assert picture.size["width"] > 200 and picture.size["height"] > 80
    cards = browser.find_elements("css selector", ".card")
    assert [c.location["y"] for c in cards] == [cards[0].location["y"]] * 4  # one row
    shot = browser.get_screenshot_as_png()
    assert shot.startswith(b"\x89PNG")
    (tmp_path / "desktop.png").write_bytes(shot)
    if os.environ.get("KSPLAN_REGENERATE_GOLDEN") == "1":
        (REPO / "docs").mkdir(exist_ok=True)
        (REPO / "docs" / "report.png").write_bytes(shot)


def test_phone(browser: Any, report_files: dict[str, Path], tmp_path: Path) -> None:
    open_page(browser, report_files["en"], 390, 860, mobile=True)
    assert browser.execute_script("return document.documentElement.lang") == "en"
    assert console_errors(browser) == []
    assert overflow(browser) == 0
    # every table reflows into one block per row: none is wider than the screen
    wrappers = browser.find_elements("css selector", ".table-wrap")
    assert wrappers
    too_wide = [
        w.get_attribute("aria-label")
        for w in wrappers
        if browser.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth", w)
    ]
    assert too_wide == []
    labelled = browser.execute_script(
        "return getComputedStyle(document.querySelector('.catalogue td[data-label]'), "
        "'::before').content"
    )
    assert labelled not in ("", "none", "normal")  # each cell names its column
    # the tile map's district names stay readable (at least 9 px on the screen)
    sizes = browser.execute_script(
        "return [...document.querySelectorAll('svg text')]"
        ".map(t => t.getBoundingClientRect().height)"
    )
    assert sizes and min(sizes) >= 9
    cards = browser.find_elements("css selector", ".card")
    assert len({c.location["y"] for c in cards}) == 4  # stacked
    for picture in browser.find_elements("css selector", "svg[role=img]"):
        assert picture.size["width"] <= 400
    (tmp_path / "phone.png").write_bytes(browser.get_screenshot_as_png())


def test_print_is_a4(browser: Any, report_files: dict[str, Path]) -> None:
    open_page(browser, report_files["de"], 1200, 1100)
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    assert not browser.find_element("css selector", "nav.toc").is_displayed()
    pdf = browser.execute_cdp_cmd(
        "Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True}
    )
    data = base64.b64decode(pdf["data"])
    assert data.startswith(b"%PDF")
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([0-9.]+) ([0-9.]+)\s*\]", data)
    assert boxes, "no page in the PDF"
    for width, height in boxes:  # A4 is 595 x 842 points
        assert abs(float(width) - 595.3) < 2 and abs(float(height) - 841.9) < 2
    assert len(boxes) > 5


def test_masterplan_2_section_of_the_example(browser: Any, tmp_path: Path) -> None:
    """The Masterplan 2.0 section with content (the fictional example plan): on a desktop
    and on a phone, without sideways scrolling, every table inside the screen."""
    plan = load_plan(REPO / "examples" / "musterstadt")
    path = tmp_path / "musterstadt.html"
    write_report(render_report(plan, date(2025, 1, 31), "html", "de"), path)
    open_page(browser, path, 1200, 1100)
    assert console_errors(browser) == []
    assert overflow(browser) == 0
    section = browser.find_element("id", "work")
    assert (
        section.find_element("id", "work-h").text
        == "Masterplan 2.0: die Arbeit der Vollversammlung"
    )
    assert len(section.find_elements("css selector", "table")) == 6
    chains = section.find_elements("css selector", "ul.chains > li")
    assert len(chains) == 5
    below = section.find_elements("css selector", "strong")
    assert [b.text for b in below] == ["nicht beschlussfähig (weniger als 7)"] * 2
    open_page(browser, path, 390, 860, mobile=True)
    assert overflow(browser) == 0
    section = browser.find_element("id", "work")
    wrappers = section.find_elements("css selector", ".table-wrap")
    too_wide = [
        w.get_attribute("aria-label")
        for w in wrappers
        if browser.execute_script("return arguments[0].scrollWidth > arguments[0].clientWidth", w)
    ]
    assert too_wide == []
    (tmp_path / "musterstadt-phone.png").write_bytes(browser.get_screenshot_as_png())
