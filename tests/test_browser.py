"""The report in a real browser (headless Chromium through selenium): it loads with no console error, its filters
hide what they should, its timeline draws every event, and no article text runs as markup.

Skipped where no browser is installed, but never in CI: with `CI` or `CLAIMX_REQUIRE_BROWSER` set, a missing
browser fails. Nothing is downloaded: the driver is the installed one, never selenium-manager's.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimx.cli import app

from .conftest import CORPUS

REQUIRED = bool(os.environ.get("CI") or os.environ.get("CLAIMX_REQUIRE_BROWSER"))
BROWSERS = ("chromium", "chromium-browser", "google-chrome")
HEADLESS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)
SECTIONS = ("overview", "conflicts", "sheets", "timeline", "evidence")

# article text written to run if a page ever rendered it; each sentence holds a figure, so it reaches claims,
# and the figures of GLM-5.2 disagree, so it reaches conflicts
SCRIPT = "<script>window.pwned=1</script>"
ATTRIBUTE = '"><img src=x onerror="window.pwned=2">'
HOSTILE = {
    "a.md": f"---\noutlet: '{SCRIPT}'\n---\n# GLM-5.2 {SCRIPT} review\n\n"
    f"GLM-5.2 has 1.2 trillion parameters, says {ATTRIBUTE} the launch post {SCRIPT}.\n",
    "b.md": "# GLM-5.2 notes\n\nGLM-5.2 has 355 billion parameters in total.\n",
}


def unavailable(reason: str):
    if REQUIRED:
        pytest.fail(f"{reason}, and CI or CLAIMX_REQUIRE_BROWSER is set: the browser test must run")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        unavailable("selenium is not installed")
    binary = next(filter(None, map(shutil.which, BROWSERS)), None)
    driver_path = shutil.which("chromedriver")
    if not binary or not driver_path:
        unavailable("no Chromium and chromedriver found")
    options = webdriver.ChromeOptions()
    options.binary_location = binary  # a browser named here and a driver given: selenium-manager downloads nothing
    for argument in HEADLESS:
        options.add_argument(argument)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SE_OFFLINE", "true")
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
    yield driver
    driver.quit()


def write_report(corpus: Path, page: Path) -> Path:
    result = CliRunner().invoke(app, ["report", str(corpus), "--output", str(page), "--no-cache", "--quiet"])
    assert result.exit_code == 0, result.output
    return page


@pytest.fixture(scope="module")
def report(browser, tmp_path_factory):
    """The own corpus's report, open in the browser, its console read once (reading empties it)."""
    page = write_report(CORPUS, tmp_path_factory.mktemp("report") / "report.html")
    browser.get(page.as_uri())
    return browser, browser.get_log("browser")


def by_css(driver, selector: str):
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, selector)


def test_the_report_loads_with_every_section_and_no_console_error(report):
    driver, console = report
    assert [entry for entry in console if entry["level"] == "SEVERE"] == []
    for section in SECTIONS:
        (element,) = by_css(driver, f"section#{section}")
        assert element.is_displayed() and element.find_element("css selector", "h2").text
    assert len(by_css(driver, "#conflicts .conflict")) > 10


def choose(driver, field: str, value: str) -> None:
    from selenium.webdriver.support.ui import Select

    for select in by_css(driver, "select[data-filter]"):
        chosen = select.get_attribute("data-filter") == field
        Select(select).select_by_visible_text(value if chosen else "all")


@pytest.mark.parametrize(
    "field, value",
    [("severity", "high"), ("kind", "event"), ("model", "GLM-5.2"), ("confidence", "medium")],
)
def test_a_filter_shows_only_the_conflicts_it_chooses(report, field, value):
    driver, _ = report
    choose(driver, field, value)
    conflicts = by_css(driver, "#conflicts .conflict")
    shown = [c for c in conflicts if c.is_displayed()]
    assert 0 < len(shown) < len(conflicts)
    assert all(c.get_attribute(f"data-{field}") == value for c in shown)
    assert all(c.get_attribute(f"data-{field}") != value for c in conflicts if not c.is_displayed())
    assert by_css(driver, "#shown")[0].text == str(len(shown))


def test_all_shows_every_conflict_again(report):
    driver, _ = report
    choose(driver, "kind", "event")
    choose(driver, "kind", "all")
    assert all(c.is_displayed() for c in by_css(driver, "#conflicts .conflict"))


def test_the_timeline_draws_one_row_per_event_and_one_mark_per_dating(report):
    from claimx.cli.runs import claims_and_conflicts
    from claimx.reading.timeline import timeline_of

    driver, _ = report
    claims, conflicts, _ = claims_and_conflicts([CORPUS], [], 10, quiet=True, no_cache=True)
    timeline = timeline_of(claims, conflicts)
    rows = by_css(driver, "#timeline svg g.event")
    assert len(rows) == len(timeline.entries) > 5
    assert len(by_css(driver, "#timeline svg .mark")) == sum(len(entry.datings) for entry in timeline.entries)
    assert all(row.find_elements("css selector", ".mark") for row in rows)
    assert by_css(driver, "#timeline svg")[0].size["width"] > 0  # drawn, not shown as text


def test_no_article_text_runs_as_markup(browser, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in HOSTILE.items():
        (corpus / name).write_text(text, encoding="utf-8")
    browser.get(write_report(corpus, tmp_path / "report.html").as_uri())
    assert [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"] == []
    assert browser.execute_script("return typeof window.pwned") == "undefined"
    conflicts = by_css(browser, "#conflicts .conflict")
    assert conflicts and any(SCRIPT in c.text and ATTRIBUTE in c.text for c in conflicts)
    evidence = by_css(browser, "#evidence")[0].text
    assert SCRIPT in evidence and ATTRIBUTE in evidence
    assert by_css(browser, "#evidence img, #conflicts img") == []
