"""A rendered page is taken once its scripts are finished (`crawler.settle`), so two runs of
one web see the same DOM: an Open-Forms-like form that fetches its definition after the
page loaded shows its login buttons every time. Chromium from /usr/bin/chromium against a
server on 127.0.0.1 that answers the form's API late."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import pytest
from localhttp import QuietHandler, serving

from crawler.browser import launch_options
from crawler.settle import SETTLE_MAX_MS, settle, watch_page

#: the form root is filled from an API answered late, after the `load` event
FORM = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Formulier</title>
</head><body><main><div id="root" data-url="/api/forms/subsidie"></div><script>
document.addEventListener('DOMContentLoaded', () => {
  const root = document.getElementById('root');
  fetch(root.dataset.url).then((r) => r.json()).then((d) => {
    root.innerHTML = d.logins.map((l) => `<a href="/auth/${l}/start">Inloggen met ${l}</a>`)
      .join('');
  });
});
</script></main></body></html>"""
#: a call to action a script adds a moment after the page loaded
LATER = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Later</title>
</head><body><main><h1>Subsidie</h1><script>
window.addEventListener('load', () => setTimeout(() => {
  document.querySelector('main').insertAdjacentHTML('beforeend',
    '<a class="cta" href="/formulier">Subsidie aanvragen</a>');
}, 250));
</script></main></body></html>"""
#: a page that never stops asking (a poller): taken as it is once the wait runs out
POLLING = """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Poll</title>
</head><body><main><p id="n">0</p><script>
let n = 0;
const tick = () => fetch('/api/slow').then(() => {
  document.getElementById('n').textContent = String(++n); tick(); });
tick();
</script></main></body></html>"""


class _Handler(QuietHandler):
    def do_GET(self) -> None:
        pages = {"/form": FORM, "/later": LATER, "/poll": POLLING}
        if self.path == "/api/forms/subsidie":
            time.sleep(0.6)  # answered well after the page's load event
            body, kind = b'{"logins": ["DigiD", "eHerkenning"]}', "application/json"
        elif self.path == "/api/slow":
            time.sleep(0.2)
            body, kind = b"{}", "application/json"
        else:
            body, kind = pages.get(self.path, "<html></html>").encode(), "text/html"
        self.send_response(200)
        self.send_header("Content-Type", f"{kind}; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with serving(_Handler) as url:
        yield url


async def _render(url: str, *, settled: bool) -> tuple[str, bool, float]:
    """(the DOM, whether the page settled, seconds spent settling) as the crawler takes it."""
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(**launch_options())
        try:
            page = await browser.new_page()
            await watch_page(page)
            await page.goto(url, wait_until="load")
            started = time.monotonic()
            quiet = await settle(page) if settled else False
            return await page.content(), quiet, time.monotonic() - started
        finally:
            await browser.close()


def test_a_form_built_from_a_late_api_answer_is_taken_with_its_logins(site: str) -> None:
    # at `load` the form root is still empty: what the crawler took before (a flake)
    raw, _, _ = asyncio.run(_render(f"{site}/form", settled=False))
    assert "Inloggen met DigiD" not in raw
    # settled, twice: the login buttons every time
    for _ in range(2):
        dom, quiet, _ = asyncio.run(_render(f"{site}/form", settled=True))
        assert quiet
        assert "Inloggen met DigiD" in dom and "Inloggen met eHerkenning" in dom


def test_a_call_to_action_a_script_adds_after_a_short_timer_is_taken(site: str) -> None:
    dom, quiet, _ = asyncio.run(_render(f"{site}/later", settled=True))
    assert quiet and "Subsidie aanvragen" in dom


def test_a_page_that_never_stops_is_taken_when_the_wait_runs_out(site: str) -> None:
    dom, quiet, spent = asyncio.run(_render(f"{site}/poll", settled=True))
    assert not quiet
    assert SETTLE_MAX_MS / 1000 <= spent < SETTLE_MAX_MS / 1000 + 3
    assert '<p id="n">0</p>' not in dom  # it did run meanwhile
