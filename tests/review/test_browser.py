"""End to end in a real browser: Playwright driving Debian's Chromium, headless.

Opens the list, a document, sees the highlights, accepts, edits and rejects rows,
reloads and finds them kept, exports gold and evaluates the original run against it.
Saves a screenshot of the document view to outputs/screenshots/.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from pipeline.evaluate.run import evaluate_run
from pipeline.review.data import export_gold
from tests.conftest import AL_MONITOR, ROOT

CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
         "--no-first-run", "--disable-component-update", "--disable-sync"]

if not CHROMIUM.exists() and os.environ.get("CI") != "true":
    pytest.skip("Debian's chromium is not installed here (CI installs it)", allow_module_level=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture()
def server(tmp_path, corpus_run):
    import uvicorn

    from pipeline.review.app import create_app

    run = tmp_path / "run"
    shutil.copytree(corpus_run[0], run)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(run), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", run
    server.should_exit = True
    thread.join(timeout=10)


def test_review_in_the_browser(server, tmp_path):
    from playwright.sync_api import sync_playwright

    url, run = server
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS, headless=True)
        page = browser.new_page(viewport={"width": 1500, "height": 1000})
        page.goto(url + "/")
        assert page.locator("#doc-list tbody tr").count() == 2
        page.click(f"a.doc-link[href='/doc/{AL_MONITOR.stem}']")
        page.wait_for_selector("#text")
        assert page.locator(".hl").count() > 40  # every table highlighted in the text
        assert page.locator(".hl.t-events").count() >= 3 and page.locator(".hl.t-claims").count() >= 5

        event = page.locator("tr.row[data-table='events']").first
        event.locator("button.accept").click()
        page.wait_for_function("document.querySelector(\"tr.row[data-table='events']\").className.includes('accepted')")

        actor = page.locator("tr.row[data-table='actors']").nth(1)
        actor.locator("button.edit").click()
        actor.locator("td[data-col='name'] input").fill("Defense Secretary Mark Esper")
        actor.locator("button.edit").click()
        page.wait_for_function("document.querySelectorAll(\"tr.row[data-table='actors']\")[1].className.includes('edited')")

        place = page.locator("tr.row[data-table='locations']").first
        place_key = place.get_attribute("data-key")
        place.locator("button.reject").click()
        page.wait_for_function("document.querySelector(\"tr.row[data-table='locations']\").className.includes('rejected')")
        page.click("#mark-reviewed")
        page.wait_for_function("document.querySelector('#mark-reviewed').classList.contains('on')")

        page.reload()
        assert "status-accepted" in page.locator("tr.row[data-table='events']").first.get_attribute("class")
        assert page.locator("tr.row[data-table='actors']").nth(1).locator("td[data-col='name']").inner_text() == \
            "Defense Secretary Mark Esper"
        assert "status-rejected" in page.locator(f"tr.row[data-key='{place_key}']").get_attribute("class")
        assert page.locator("#mark-reviewed").get_attribute("class") == "on"

        page.locator("tr.row[data-table='events']").first.hover()
        shots = ROOT / "outputs" / "screenshots"
        shots.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(shots / "review-document.png"), full_page=False)
        page.goto(url + "/")
        assert "1 of 2 documents reviewed" in page.inner_text("header")
        page.screenshot(path=str(shots / "review-list.png"))
        browser.close()

    counts = export_gold(run, tmp_path / "gold")
    assert counts["documents"] == 1
    report = evaluate_run(run, tmp_path / "gold", fmt="csv")
    assert report["tables"]["locations"]["spu"] == 1  # the rejected place
    assert report["tables"]["actors"]["attributes"]["name"]["accuracy"] < 1.0  # the edited name
    assert report["tables"]["events"]["strict"]["f1"] == 1.0
