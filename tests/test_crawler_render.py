"""Clicking in a real browser (`crawler.render.click_ways`): a button's target is recorded
and never requested, and anything but a GET (a POST, a form submission, an identity
provider) is blocked before it leaves the browser. Chromium from /usr/bin/chromium, a page
served on 127.0.0.1 that logs every request it receives."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import ClassVar

import pytest
from localhttp import QuietHandler, serving

from crawler.browser import abort_request, launch_options
from crawler.render import BLOCKED_HEADER, CLICKS_HEADER, click_headers, click_ways
from crawler.settle import settle

SAML = "http://digid-sim.test/saml/idp/request_authentication?SAMLRequest=fZJdT8Iw"
PAGE = f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>A</title></head>
<body><header><button id="menu">Menu</button></header>
<main><h1>Parkeervergunning</h1>
<button id="go">Vergunning aanvragen</button>
<button id="pop">Formulier in een nieuw venster</button>
<button id="post">Bewaren</button>
<form method="post" action="/submit"><input name="naam" value="x">
  <button type="button" id="versturen">Versturen</button></form>
<span role="button" id="idp">Inloggen met DigiD</span>
<button id="nothing">Toon meer</button>
<a href="/gewoon">Gewone link</a>
</main>
<script>
const on = (id, f) => document.getElementById(id).addEventListener('click', f);
on('go', () => {{ location.href = '/formulier?stap=1'; }});
on('pop', () => {{ window.open('/popup', '_blank'); }});
on('post', () => {{ fetch('/api/bewaar', {{method: 'POST', body: 'x=1'}}); }});
on('versturen', (e) => {{ e.target.form.submit(); }});
on('idp', () => {{ location.assign('{SAML}'); }});
on('menu', () => {{ location.href = '/menu'; }});
</script></body></html>"""


class _Handler(QuietHandler):
    seen: ClassVar[list[tuple[str, str]]] = []

    def _answer(self) -> None:
        self.seen.append((self.command, self.path))
        body = PAGE.encode() if self.path == "/page" else b"<html><body>ok</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer


@pytest.fixture
def site() -> Iterator[str]:
    _Handler.seen = []
    with serving(_Handler) as url:
        yield url


async def _click(url: str) -> dict[str, list[dict[str, str]]]:
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        browser = await pw.chromium.launch(**launch_options())
        try:
            page = await browser.new_page()
            await page.goto(url, wait_until="load")
            return await click_ways(page)
        finally:
            await browser.close()


def test_clicks_record_where_buttons_go_and_send_nothing_else(site: str) -> None:
    result = asyncio.run(_click(f"{site}/page"))
    clicks = {c["text"]: c["url"] for c in result["clicks"]}
    assert clicks == {
        "Vergunning aanvragen": f"{site}/formulier?stap=1",
        "Formulier in een nieuw venster": f"{site}/popup",
    }
    blocked = {(b["method"], b["url"], b["text"]) for b in result["blocked"]}
    assert ("POST", f"{site}/api/bewaar", "Bewaren") in blocked
    assert ("POST", f"{site}/submit", "Versturen") in blocked
    assert ("GET", SAML, "Inloggen met DigiD") in blocked
    # the server saw the page only: no navigation, no POST, no popup left the browser
    assert [s for s in _Handler.seen if s[1] != "/favicon.ico"] == [("GET", "/page")]


def test_click_results_become_the_stored_pages_headers() -> None:
    from scrapy.http import Request

    from crawler.render import render_meta

    # every rendered page is settled first; clicking only when asked
    assert [m.method for m in render_meta()["playwright_page_methods"]] == [settle]
    request = Request("http://x.test/p", meta=render_meta(click=True))
    first, method = request.meta["playwright_page_methods"]
    assert (first.method, method.method) == (settle, click_ways)
    method.result = {"clicks": [{"url": "http://x.test/f", "text": "Start"}], "blocked": []}
    headers = click_headers(request)
    assert json.loads(headers[CLICKS_HEADER]) == [{"url": "http://x.test/f", "text": "Start"}]
    assert BLOCKED_HEADER not in headers


class _Req:
    def __init__(self, url: str, method: str = "GET", resource_type: str = "document") -> None:
        self.url, self.method, self.resource_type = url, method, resource_type


def test_the_browser_never_sends_anything_but_a_get() -> None:
    assert abort_request(_Req("http://x.test/f", "POST"))
    assert abort_request(_Req(SAML))
    assert abort_request(_Req("http://x.test/logo.png", resource_type="image"))
    assert not abort_request(_Req("http://x.test/f"))
