"""Browser tests: Playwright driving Debian's chromium against the real app over HTTP.

The app (store + API + pages) runs under uvicorn in a background thread on a free
port of 127.0.0.1, with a temporary ONGUARD_HOME. Screenshots of the key pages go
to test-artifacts/screenshots/ (gitignored).
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from web_helpers import GROOMING_CHAT, PASSWORD

CHROMIUM = Path("/usr/bin/chromium")
SCREENSHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="/usr/bin/chromium is absent: run scripts/system-deps.sh (Debian chromium)",
    ),
]

CONVERSATION = GROOMING_CHAT


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from onguard.api import create_app
    from onguard.cases import SYSTEM
    from onguard.settings import Settings

    home = tmp_path_factory.mktemp("onguard-browser-home")
    app = create_app(Settings.from_env({"ONGUARD_HOME": str(home)}))
    for name, role in (("staff", "staff"), ("dsl", "dsl"), ("admin", "admin")):
        app.state.cases.create_user(SYSTEM, name, role, PASSWORD)
    port = _free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the app did not start under uvicorn")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    app.state.store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(headless=True, executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1000, "height": 900}, locale="en-GB")
    pg = context.new_page()
    pg.set_default_timeout(30_000)
    yield pg
    context.close()


def _shot(page: Any, name: str, full_page: bool = True) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)


UNLABELLED_CONTROLS = """
() => Array.from(document.querySelectorAll('input, select, textarea'))
  .filter(el => el.type !== 'hidden' && !el.hidden)
  .filter(el => el.labels.length === 0 && !el.getAttribute('aria-label'))
  .map(el => el.name || el.id)
"""


def _assert_every_control_is_labelled(page: Any) -> None:
    assert page.evaluate(UNLABELLED_CONTROLS) == [], page.url
    assert page.title().endswith("| OnGuard"), page.url


def _sign_in(page: Any, base: str, username: str) -> None:
    page.goto(f"{base}/sign-in")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{base}/concerns")


def test_parent_reads_a_harm_page_and_checks_a_conversation(server: str, page: Any) -> None:
    page.goto(server + "/")
    assert page.locator("html").get_attribute("lang") == "en-GB"
    assert page.get_by_role("link", name="Call 999").first.is_visible()
    _shot(page, "01-home")
    page.get_by_role("navigation", name="Main").get_by_role(
        "link", name="Forms of exploitation"
    ).click()
    page.get_by_role("link", name="Sextortion", exact=True).first.click()
    page.wait_for_url("**/guide/forms/sextortion")
    assert page.get_by_role("heading", level=1).inner_text() == "Sextortion"
    assert page.get_by_role("heading", name="Where to report and get help").is_visible()
    _shot(page, "02-harm-sextortion")

    page.get_by_role("link", name="Check a conversation").first.click()
    _assert_every_control_is_labelled(page)
    page.get_by_label("Paste the messages").fill(CONVERSATION)
    page.get_by_label("The child's name in the chat (optional)").fill("Alex")
    page.get_by_label("A parent or carer").check()
    page.get_by_role("button", name="Check the conversation").click()
    page.wait_for_url(server + "/check")
    assert page.get_by_role("heading", level=1).inner_text() == "What we found in the conversation"
    marks = page.locator("mark")
    assert marks.count() >= 1, "no highlighted evidence"
    assert marks.first.get_attribute("title")
    assert page.get_by_role("heading", name="What to do next").is_visible()
    assert page.locator(".plan-routes li").count() >= 1
    _shot(page, "03-check-result")


def test_bad_conversation_input_shows_what_to_fix(server: str, page: Any) -> None:
    page.goto(server + "/check")
    page.get_by_role("button", name="Check the conversation").click()
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert "Paste the messages, or upload a chat export file." in summary.inner_text()
    _shot(page, "04-check-error")


def test_staff_signs_in_records_a_concern_and_sees_the_plan(server: str, page: Any) -> None:
    _sign_in(page, server, "staff")
    page.get_by_role("link", name="Record a concern").click()
    _assert_every_control_is_labelled(page)
    page.get_by_label("Name", exact=True).fill("Test Child")
    page.get_by_label("Age", exact=True).fill("12")
    page.get_by_label("What happened", exact=True).fill(
        "Said an online friend asked how old they are and to keep it a secret."
    )
    page.get_by_label("Talking about older or new friends they've met online").check()
    page.get_by_label("Becoming withdrawn and secretive").check()
    page.get_by_label("The child told me").check()
    page.get_by_label("Online grooming").check()
    page.get_by_label("An adult is involved").check()
    page.get_by_label("The child's own words (optional)").fill("he said not to tell my mum")
    _shot(page, "05-concern-form")
    page.get_by_role("button", name="Record the concern").click()
    page.wait_for_url("**/concerns/*")
    assert page.get_by_role("heading", name="What to do next").is_visible()
    level = page.locator(".plan .risk").inner_text()
    assert level.strip()
    assert page.locator(".plan-routes li").count() >= 1
    _shot(page, "06-concern-plan")


def test_dsl_views_a_childs_chronology(server: str, page: Any) -> None:
    _sign_in(page, server, "dsl")
    page.get_by_role("link", name="Record a concern").click()
    page.get_by_label("Name", exact=True).fill("Chronology Child")
    page.get_by_label("Age", exact=True).fill("14")
    page.get_by_label("What happened", exact=True).fill(
        "Has a second phone and many late-night messages."
    )
    page.get_by_label("Having a new phone or more than one phone").check()
    page.get_by_role("button", name="Record the concern").click()
    page.wait_for_url("**/concerns/*")
    _assert_every_control_is_labelled(page)
    page.get_by_label("What will be done").fill("Meet the child's parents")
    page.get_by_role("button", name="Add the action").click()
    page.wait_for_url("**/concerns/*")
    page.get_by_role("link", name="The child's chronology").click()
    page.wait_for_url("**/chronology")
    assert "Chronology Child" in page.get_by_role("heading", level=1).inner_text()
    items = page.locator(".timeline li")
    assert items.count() >= 2
    assert "Meet the child's parents" in page.locator(".timeline").inner_text()
    _shot(page, "07-chronology")
    page.get_by_role("link", name="See the concern").first.click()
    page.get_by_role("link", name="Printable referral summary").click()
    page.wait_for_url("**/summary")
    page.emulate_media(media="print")
    assert not page.get_by_role("navigation", name="Main").is_visible()
    assert page.get_by_role("heading", name="Referral summary").is_visible()
    _shot(page, "09-referral-summary-print")


def test_admin_reads_the_audit_log(server: str, page: Any) -> None:
    _sign_in(page, server, "admin")
    page.get_by_role("link", name="Audit log").click()
    page.wait_for_url("**/audit")
    assert page.locator("table.data tbody tr").count() >= 1
    assert "sign in" in page.locator("table.data").inner_text()
    _shot(page, "10-audit-log")


def test_pages_read_on_a_phone(server: str, browser: Any) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    pg = context.new_page()
    pg.goto(server + "/guide/respond")
    # nothing wider than the screen
    width = pg.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, width
    pg.keyboard.press("Tab")
    focused = pg.evaluate("document.activeElement.textContent")
    assert "Skip to main content" in focused
    _shot(pg, "08-respond-phone", full_page=False)
    context.close()
