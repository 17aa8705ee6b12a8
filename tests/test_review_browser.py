"""The review app in Debian's Chromium through Playwright: the keyboard-only path from the
queue to an override, the score change in the overview and the labels read back by
`digimeter evaluate`; and a hostile stored page whose scripts cannot run."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from playwright.sync_api import Browser, Page
from review_fixtures import add_hostile_verdict

from digimeter.cli import main
from digimeter.core.runstore import RunStore
from review.server import running_app
from scoring.compute import compute_scores
from scoring.inputs import load_run


@pytest.fixture
def run(review_run: Path) -> Path:
    add_hostile_verdict(review_run, "GM0575", "parkeervergunning")
    return review_run


def watched(browser: Browser, base: str) -> tuple[Page, list[str], list[str], list[str]]:
    """A page with every request, dialog and script error it meets recorded."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    requests: list[str] = []
    dialogs: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(base + "/name")
    # typed once the field has the focus autofocus gives it (a loaded machine may be late)
    page.wait_for_function("document.activeElement && document.activeElement.id === 'reviewer'")
    page.keyboard.type("Anna de Vries")
    page.keyboard.press("Enter")
    page.wait_for_url("**/queue")
    return page, requests, dialogs, errors


def gemeente_maturity(run: Path) -> float:
    types = compute_scores(load_run(run)).tables["scores_types"].set_index("org_type")
    return float(types.at["gemeente", "maturity"])


def test_keyboard_review_from_queue_to_labels(browser: Browser, run: Path, tmp_path: Path) -> None:
    before = gemeente_maturity(run)
    with running_app(run) as base:
        page, _, _, errors = watched(browser, base)
        page.goto(base + "/queue?product=klacht&status=ok")
        rows = page.locator("#queue tbody tr[data-href]")
        assert rows.count() == 3
        page.keyboard.press("j")
        page.keyboard.press("k")
        first = rows.first.get_attribute("data-href") or ""
        page.keyboard.press("Enter")
        page.wait_for_url(f"**{first.split('?')[0]}*")
        org_product = first.split("?")[0].removeprefix("/verdict/")
        page.frame_locator("#stored").locator("body").wait_for()
        page.keyboard.press("?")
        assert page.locator("#help").is_visible()
        page.keyboard.press("Escape")
        level = page.locator("#level").inner_text()
        new_level = "33" if level != "33" else "67"
        page.keyboard.press(new_level[0])
        assert page.evaluate("document.activeElement.id") == "reason"
        page.keyboard.type("only a printable form on the product page")
        page.keyboard.press("Enter")
        page.wait_for_url(lambda url: org_product not in url)
        second = page.url.split("/verdict/")[1].split("?")[0]
        page.keyboard.press("c")
        page.wait_for_url(lambda url: second not in url)
        page.goto(base + "/overview")
        assert page.locator("#n-overridden").inner_text() == "1"
        assert page.locator("#n-confirmed").inner_text() == "1"
        row = page.locator('#score-change tr[data-type="gemeente"]')
        after = gemeente_maturity(run)
        assert after != pytest.approx(before)
        assert row.locator(".maturity-after").inner_text() == f"{after:.1f}%"
        assert f"{before:.1f}%" in row.inner_text()
        assert errors == []
    labels = tmp_path / "labels.csv"
    result = CliRunner().invoke(main, ["review", "export", str(run), "-o", str(labels)])
    assert result.exit_code == 0 and "2 reviewed verdict(s)" in result.output
    evaluated = CliRunner().invoke(
        main, ["evaluate", "--labels", str(labels), "--verdicts", str(run / "verdicts.csv")]
    )
    assert evaluated.exit_code == 0, evaluated.output
    assert "exact-level accuracy: 1/2 = 50.0 %" in evaluated.output
    store = RunStore(run)
    try:
        override = next(r for r in store.reviews() if r.decision == "override")
        assert override.reviewer == "Anna de Vries"
        assert override.reason == "only a printable form on the product page"
        assert f"{override.org_code}/{override.product_key}" == org_product
    finally:
        store.close()


def test_a_hostile_stored_page_cannot_run_script(browser: Browser, run: Path) -> None:
    with running_app(run) as base:
        page, requests, dialogs, errors = watched(browser, base)
        page.goto(base + "/verdict/GM0575/parkeervergunning")
        frame = page.frame_locator("#stored")
        frame.locator("h1").wait_for()
        assert frame.locator("[data-digimeter-evidence]").count() >= 1
        for link in ("#jslink", "#jslink2", "#jsbutton"):
            frame.locator(link).click()
        page.wait_for_timeout(500)
        for tab in page.locator("[data-page-tab]").all():
            tab.click()
            page.wait_for_timeout(200)
        stored = next(f for f in page.frames if "/stored/" in f.url)
        assert stored.locator("html[data-pwned]").count() == 0
        assert page.locator("html[data-pwned]").count() == 0
        assert dialogs == []
        assert not [u for u in requests if "pwned" in u or "evil.test" in u]
        assert errors == []
        # The organisation name holding markup is shown as text in the app's own page.
        assert "<img src=x" in page.locator("p.who-what strong").inner_text()
        assert page.locator("p.who-what img").count() == 0
