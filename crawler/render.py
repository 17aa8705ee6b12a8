"""Rendering with Chromium through scrapy-playwright: what the browser may load and click.

The browser is started and restricted by `crawler.browser` (the one launcher): it loads a
page's documents and scripts (through the same proxy as Scrapy, PLAYWRIGHT_LAUNCH_OPTIONS),
never images, fonts, media or style sheets, never an identity provider (a script that
navigates to DigiD is stopped there) and never anything but a GET
(PLAYWRIGHT_ABORT_REQUEST is `browser.abort_request`). When the crawler asks (a page whose
raw HTML has buttons without a target, `classifiers.clickables.needs_clicking`), `click_ways`
then clicks those buttons and records where they go (a GET navigation, stopped before it is
sent) and what they tried to send (a POST, an identity provider: blocked), in the stored page.
"""

from __future__ import annotations

import json
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin

from scrapy.crawler import Crawler
from scrapy.http import Request, Response
from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler
from scrapy_playwright.page import PageMethod

from classifiers.clickables import BLOCKED_HEADER, CLICKS_HEADER
from classifiers.routes import identity_provider_rule
from crawler.browser import WAIT_UNTIL
from crawler.hostleases import HostLeases, leased
from crawler.pagepool import PagePool
from crawler.settle import settle

if TYPE_CHECKING:
    from playwright.async_api import Page, Route
    from playwright.async_api import Request as PlaywrightRequest


def render_meta(*, click: bool = False) -> dict[str, Any]:
    """Request meta for a rendered fetch: the DOM once the page's scripts are finished
    (`crawler.settle`: the same DOM on every run); `click`: then click
    the buttons whose target only a click shows (`click_ways`)."""
    methods = [PageMethod(settle)]
    if click:
        methods.append(PageMethod(click_ways))
    return {
        "playwright": True,
        "playwright_page_goto_kwargs": {"wait_until": WAIT_UNTIL},
        "playwright_page_init_callback": "crawler.settle.watch_page",
        "playwright_page_methods": methods,
    }


_SHARED: weakref.WeakKeyDictionary[Any, SharedPlaywrightHandler] = weakref.WeakKeyDictionary()


class SharedPlaywrightHandler(ScrapyPlaywrightDownloadHandler):
    """scrapy-playwright's handler, one instance for http and https: one Playwright driver
    and one browser per crawl instead of one per scheme, and its pages kept open between
    renders (`crawler.pagepool`)."""

    lazy = False  # scrapy-playwright starts its driver on engine_started
    leases: HostLeases | None = None
    pages: PagePool

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SharedPlaywrightHandler:
        handler = _SHARED.get(crawler)
        if handler is None:
            handler = _SHARED[crawler] = cls(crawler)
            handler.leases = HostLeases.for_crawler(crawler)
            handler.pages = PagePool(handler.config.max_pages_per_context)
        return handler

    async def download_request(self, request: Request) -> Response:
        """With Redis, under a lease on the request's host (crawler.hostleases)."""
        return await leased(self.leases, request, self._download_pooled)

    async def _download_pooled(self, request: Request) -> Response:
        """A render on a page of the pool when one is idle (scrapy-playwright's
        `playwright_page`), the page kept open afterwards (`playwright_include_page`) and
        given back to the pool, or closed (`PagePool.give_back`)."""
        if not request.meta.get("playwright"):
            return await super().download_request(request)
        async with self.pages.slots:
            page = self.pages.take()
            if page is not None:
                request.meta["playwright_page"] = page
            request.meta["playwright_include_page"] = True
            try:
                response = await super().download_request(request)
            except BaseException:
                await self.pages.give_back(request.meta.pop("playwright_page", None), clean=False)
                raise
            clean = _click_method(request) is None
            await self.pages.give_back(request.meta.pop("playwright_page", None), clean=clean)
        self.stats.set_value("digimeter/render/pages_reused", self.pages.reused)
        self.stats.set_value("digimeter/render/pages_closed", self.pages.closed)
        return response

    async def close(self) -> None:
        if getattr(self, "_digimeter_closed", False):
            return
        self._digimeter_closed = True
        await self.pages.close()
        await super().close()


# -- clicking: where a button goes that has no target in the DOM ---------------------------
#: What may be clicked: buttons and script links in the page's content, not its furniture,
#: whose target the DOM does not name (`classifiers.clickables` reads the ones it names).
CLICK_CANDIDATES_JS = (Path(__file__).parent / "click_candidates.js").read_text(encoding="utf-8")
MAX_CLICKS = 6
#: How long a click may take to send its request (its handler runs late on a loaded
#: machine), polled every CLICK_POLL_MS; how long the browser may take to act on a click.
CLICK_WAIT_MS = 1500
CLICK_POLL_MS = 50
CLICK_TIMEOUT_MS = 5000


async def _wait_for_way(
    page: Page, records: tuple[list[dict[str, str]], ...], before: int
) -> list[str]:
    """After a click: wait until it sent a request (`records` grew past `before` entries)
    or opened a window, up to CLICK_WAIT_MS (a loaded machine runs a click's handler late),
    then a moment more for what follows it; the windows it opened."""
    waited, opened = 0, []
    while waited < CLICK_WAIT_MS:
        opened = await page.evaluate("() => (window.__digimeterOpened || []).splice(0)")
        if opened or sum(map(len, records)) > before:
            break
        await page.wait_for_timeout(CLICK_POLL_MS)
        waited += CLICK_POLL_MS
    await page.wait_for_timeout(CLICK_POLL_MS)
    return [*opened, *await page.evaluate("() => (window.__digimeterOpened || []).splice(0)")]


async def click_ways(page: Page) -> dict[str, list[dict[str, str]]]:
    """Click every content button whose target the DOM does not name, one by one, and
    record where each goes; nothing leaves the browser but safe GETs.

    While clicking, a navigation by GET (or a `window.open`) is recorded and stopped before
    it is sent, so the page stays; any other request a click sends (a POST, a form
    submission, an identity provider) is blocked and recorded as a signal. A scrapy-playwright
    page method: its result goes into the stored page's headers (`click_headers`).
    """
    from playwright.async_api import Error as PlaywrightError

    clicks: list[dict[str, str]] = []
    blocked: list[dict[str, str]] = []
    clicking = {"text": ""}

    async def guard(route: Route, request: PlaywrightRequest) -> None:
        url, method = request.url, request.method.upper()
        if method != "GET" or identity_provider_rule(url):
            blocked.append({"url": url, "method": method, "text": clicking["text"]})
            await route.abort("aborted")  # ERR_ABORTED: the page stays, no error page
        elif request.is_navigation_request() and request.frame == page.main_frame:
            clicks.append({"url": url, "text": clicking["text"]})
            await route.abort("aborted")
        else:
            await route.fallback()

    texts = await page.evaluate(CLICK_CANDIDATES_JS, MAX_CLICKS)
    if not texts:
        return {"clicks": clicks, "blocked": blocked}
    here = page.url
    await page.route("**/*", guard)
    try:
        for index, text in enumerate(texts):
            clicking["text"] = text
            before = len(clicks) + len(blocked)
            try:
                await page.click(f'[data-digimeter-click="{index}"]', timeout=CLICK_TIMEOUT_MS)
                opened = await _wait_for_way(page, (clicks, blocked), before)
            except PlaywrightError:
                continue
            clicks += [{"url": urljoin(here, url), "text": text} for url in opened]
            if page.url != here:  # the page went somewhere after all: stop clicking on it
                break
    finally:
        await page.unroute("**/*", guard)
    return {"clicks": clicks, "blocked": blocked}


def _click_method(request: Any) -> Any:
    """The request's `click_ways` page method (`render_meta(click=True)`), or None."""
    for method in request.meta.get("playwright_page_methods") or ():
        if getattr(method, "method", None) is click_ways:
            return method
    return None


def click_headers(request: Any) -> dict[str, str]:
    """The stored page's record of where its buttons went (`click_ways`), as headers."""
    method = _click_method(request)
    if method is None or not isinstance(method.result, dict):
        return {}
    out = {}
    if method.result.get("clicks"):
        out[CLICKS_HEADER] = json.dumps(method.result["clicks"], ensure_ascii=True)
    if method.result.get("blocked"):
        out[BLOCKED_HEADER] = json.dumps(method.result["blocked"], ensure_ascii=True)
    return out
