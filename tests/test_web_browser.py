"""The editor's page in a real headless Chromium (Debian's), driven by Playwright.

Starts the server on a free loopback port, pastes a story with a slip in it, presses
Check, checks the highlight, the detail and the suggestion, applies it, and saves
screenshots to tests/artifacts/ (gitignored) for a human to look at.

Needs: pip install -e '.[web,browser,test]' and apt-get install chromium.
Playwright's own browser download is not used: we launch /usr/bin/chromium.
"""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("FACTCHECK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM}: apt-get install -y chromium (or set FACTCHECK_CHROMIUM)",
                allow_module_level=True)
pytest.importorskip("uvicorn", reason="the web extra is not installed: pip install -e '.[web]'")
sync_api = pytest.importorskip("playwright.sync_api",
                               reason="Playwright is not installed: pip install -e '.[browser]'")

import factcheck  # noqa: E402
from factcheck.web import running_server  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
# Without these, Chromium in a sandbox-less, network-less container hangs on startup
# trying to reach Google services.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]

# The founding story's slip. The flags in the headline are characters outside the
# Basic Multilingual Plane: two UTF-16 units each in the page, one code point each
# in the API's offsets, so a wrong conversion would shift every highlight after them.
STORY = """---
title: Pakistan and Iran agree to strengthen ties 🇵🇰🇮🇷
date: 2025-11-25
country: PK
---
ISLAMABAD: Pakistan and Iran agreed on Tuesday to strengthen ties on regional and global issues.

The recent uptick in visits began in August when Iranian President Masoud Pezeshkian travelled to Pakistan.
President Pezeshkian spoke of raising bilateral trade to Rs10bn and showed interest in working with Pakistan
and China to expand regional commerce. The two countries signed at least a dozen agreements.
"""


@pytest.fixture(scope="module")
def server_url():
    with running_server() as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True, timeout=60_000)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server_url):
    context = browser.new_context(viewport={"width": 1440, "height": 900}, device_scale_factor=1)
    page = context.new_page()
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
    page.problems = problems
    page.goto(server_url + "/")
    yield page
    context.close()


def _expected_finding() -> dict:
    findings = [f.to_dict() for f in factcheck.check(STORY) if f.suggestion]
    assert findings, "the default rule pack should flag Rs10bn in the founding story, with a suggestion"
    return findings[0]


def test_check_highlight_and_apply_the_suggestion(page):
    finding = _expected_finding()
    ARTIFACTS.mkdir(exist_ok=True)

    page.fill("#text", STORY)
    # The front matter fills the date and country fields on the page itself.
    sync_api.expect(page.locator("#date")).to_have_value("2025-11-25")
    sync_api.expect(page.locator("#country")).to_have_value("PK")

    page.click("#check")
    sync_api.expect(page.locator("#status")).to_contain_text("finding")

    # The highlight sits exactly on the flagged words despite the astral characters above.
    mark = page.locator("#review mark.hl").filter(has_text=finding["text"]).first
    sync_api.expect(mark).to_have_text(finding["text"])
    sync_api.expect(mark).to_have_class(re.compile(rf"\bsev-{finding['severity']}\b"))
    sync_api.expect(page.locator("#review")).to_contain_text(STORY.split("\n---\n", 1)[1].strip()[:40])

    # Keyboard: focus is on the first finding; Enter shows it, the detail follows.
    sync_api.expect(page.locator("#review mark.hl:focus")).to_have_count(1)
    page.keyboard.press("Enter")
    sync_api.expect(page.locator("#detail")).to_be_visible()
    mark.click()
    sync_api.expect(page.locator("#detail-quote")).to_have_text(finding["text"])
    sync_api.expect(page.locator("#detail-message")).to_have_text(finding["message"])
    sync_api.expect(page.locator("#detail-suggestion")).to_have_text(finding["suggestion"])
    sync_api.expect(page.locator("#apply")).to_be_enabled()
    page.screenshot(path=str(ARTIFACTS / "web-check.png"), full_page=False)

    page.click("#apply")
    sync_api.expect(page.locator("#status")).to_contain_text("Replaced")
    fixed = STORY[:finding["start"]] + finding["suggestion"] + STORY[finding["end"]:]
    assert page.input_value("#text") == fixed
    sync_api.expect(page.locator("#review")).to_contain_text(f"trade to {finding['suggestion']} and")
    sync_api.expect(page.locator("#review .fixed")).to_have_text(finding["suggestion"])
    remaining = [f.to_dict() for f in factcheck.check(fixed)]
    sync_api.expect(page.locator("#finding-list > li")).to_have_count(len(remaining))
    assert not any(f["start"] == finding["start"] and f["rule"] == finding["rule"] for f in remaining)
    page.screenshot(path=str(ARTIFACTS / "web-applied.png"), full_page=False)

    # Undo puts the slip back and checks again.
    page.click("#undo")
    sync_api.expect(page.locator("#status")).to_contain_text("Undid")
    assert page.input_value("#text") == STORY
    assert page.problems == []


def test_arrow_keys_walk_the_findings_and_figures_toggle(page):
    page.fill("#text", STORY + "\nThe pipeline runs 1,200km. On Tuesday, November 26, 2025, the 2,100km pipeline opened.\n")
    page.keyboard.press("Control+Enter")
    sync_api.expect(page.locator("#status")).to_contain_text("finding")
    count = page.locator("#finding-list > li").count()
    if count >= 2:
        first = page.locator("#detail-pos").inner_text()
        page.keyboard.press("ArrowRight")
        sync_api.expect(page.locator("#detail-pos")).not_to_have_text(first)
        sync_api.expect(page.locator("#detail-pos")).to_contain_text(f"2 of {count}")
        page.keyboard.press("ArrowLeft")
        sync_api.expect(page.locator("#detail-pos")).to_contain_text(f"1 of {count}")

    page.click("#figures-toggle")
    sync_api.expect(page.locator("#figures-toggle")).to_have_attribute("aria-pressed", "true")
    sync_api.expect(page.locator("#figures")).to_be_visible()
    sync_api.expect(page.locator("#review .fig").filter(has_text="1,200km")).to_have_count(1)
    sync_api.expect(page.locator("#figure-rows")).to_contain_text("2,100km")
    page.screenshot(path=str(ARTIFACTS / "web-figures.png"), full_page=False)

    # Editing the text marks the results out of date until the next check.
    page.click("#edit")
    page.locator("#text").press("End")
    page.keyboard.type(" More.")
    sync_api.expect(page.locator("#status")).to_contain_text("changed")
    assert page.problems == []


def test_story_text_is_never_markup(page):
    page.fill("#text", 'The <img src=x onerror="document.title=\'pwned\'"> budget was Rs10bn ($3.5bn) in 2025.')
    page.fill("#date", "2025-11-25")
    page.fill("#country", "PK")
    page.click("#check")
    sync_api.expect(page.locator("#status")).not_to_have_text("Checking…")
    assert page.locator("#review img").count() == 0
    sync_api.expect(page.locator("#review")).to_contain_text("<img src=x")
    assert page.title() != "pwned"


def test_errors_from_the_server_are_shown(page, server_url):
    page.fill("#text", "---\ndate: [\n---\nRs5bn")
    page.click("#check")
    sync_api.expect(page.locator("#status")).to_contain_text("front matter")
    sync_api.expect(page.locator("#status")).to_have_class("status problem")
