"""The query page and the entity page in headless Chromium (Debian's chromium + chromedriver).

Missing browser binaries FAIL these tests (they are never skipped): run the
project's setup, which installs `chromium` and `chromium-driver`.
Selenium is pointed at /usr/bin/chromedriver and told to stay offline, so
selenium-manager never downloads anything.
"""

from __future__ import annotations

import os
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait
from serve_helpers import FACT_WITH_SOURCE, local_select

from kg.saved import saved_queries

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
WAIT = 30


@pytest.fixture(scope="module")
def browser(tmp_path_factory) -> Iterator[webdriver.Chrome]:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.fail(
            f"{' and '.join(missing)} not found: the browser tests need Debian's chromium and "
            "chromium-driver; run the project's setup (`make browser-deps`, i.e. "
            "`apt-get install -y chromium chromium-driver`)",
            pytrace=False,
        )
    previous = os.environ.get("SE_OFFLINE")
    os.environ["SE_OFFLINE"] = "true"
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        if previous is None:
            os.environ.pop("SE_OFFLINE", None)
        else:
            os.environ["SE_OFFLINE"] = previous


def _result_rows(browser) -> list:
    return browser.find_elements(By.CSS_SELECTOR, "#result-table tbody tr")


def _wait_for_rows(browser, n: int) -> None:
    WebDriverWait(browser, WAIT).until(
        lambda d: d.find_elements(By.ID, "result-table") and len(_result_rows(d)) == n
    )


def test_query_page_runs_a_saved_query(browser, server, sample_store, tmp_path_factory):
    saved = saved_queries()
    name = "who-said-what" if "who-said-what" in saved else next(iter(saved))
    expected = local_select(sample_store, saved[name].text)
    assert expected, f"the saved query {name} should have answers on the sample"

    browser.get(server.url)
    button = WebDriverWait(browser, WAIT).until(
        ec.element_to_be_clickable((By.CSS_SELECTOR, f'button.run-saved[data-name="{name}"]'))
    )
    assert browser.find_element(By.ID, "editor").tag_name == "textarea"
    button.click()
    _wait_for_rows(browser, len(expected))
    headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#result-table th")]
    assert headers == [f"?{v}" for v in expected[0]] or len(headers) >= len(expected[0])
    assert saved[name].text.strip() in browser.find_element(By.ID, "editor").get_attribute("value")
    shot = Path(os.environ.get("KG_SERVE_SCREENSHOT") or tmp_path_factory.mktemp("shot") / "q.png")
    browser.execute_script("window.scrollTo(0, 0)")
    browser.save_screenshot(str(shot))
    assert shot.stat().st_size > 0


def test_ctrl_enter_runs_the_editor_query_and_links_lead_to_entities(browser, server, sample_store):
    query = "SELECT ?e WHERE { ?e a nkg:Person } ORDER BY ?e LIMIT 3"
    expected = local_select(sample_store, query)
    browser.get(server.url)
    editor = WebDriverWait(browser, WAIT).until(ec.presence_of_element_located((By.ID, "editor")))
    WebDriverWait(browser, WAIT).until(
        lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true"
    )
    editor.clear()
    editor.send_keys(query)
    editor.send_keys(Keys.CONTROL, Keys.ENTER)
    _wait_for_rows(browser, len(expected))
    link = browser.find_element(By.CSS_SELECTOR, "#result-table a.entity")
    assert link.get_attribute("title") == expected[0]["e"]
    link.click()
    WebDriverWait(browser, WAIT).until(ec.url_contains("/entity?iri="))
    assert browser.find_element(By.TAG_NAME, "h1").text


def test_entity_page_shows_a_source_sentence(browser, server, sample_store):
    fact = local_select(sample_store, FACT_WITH_SOURCE)[0]
    browser.get(server.url + "entity?iri=" + urllib.parse.quote(fact["e"], safe=""))
    sentences = WebDriverWait(browser, WAIT).until(
        ec.presence_of_all_elements_located((By.CSS_SELECTOR, "blockquote.sentence"))
    )
    wanted = " ".join(fact["sentence"].split())
    match = next(s for s in sentences if wanted in " ".join(s.text.split()))
    match.find_element(By.CSS_SELECTOR, ".from a").click()
    WebDriverWait(browser, WAIT).until(ec.url_contains("/article?id="))
    assert browser.find_element(By.TAG_NAME, "h1").text == " ".join(fact["headline"].split())
    marked = browser.find_element(By.ID, "hl").text
    assert " ".join(marked.split()) == wanted
