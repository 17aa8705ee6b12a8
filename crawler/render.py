"""Rendering with Chromium through scrapy-playwright.

The browser is started and restricted by `crawler.browser` (the one launcher): it loads a
page's documents and scripts (through the same proxy as Scrapy, PLAYWRIGHT_LAUNCH_OPTIONS),
never images, fonts, media or style sheets, and never an identity provider (a script that
navigates to DigiD is stopped there: PLAYWRIGHT_ABORT_REQUEST is `browser.abort_request`).
"""

from __future__ import annotations

import weakref
from typing import Any

from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler

from crawler.browser import WAIT_UNTIL


def render_meta() -> dict[str, Any]:
    """Request meta for a rendered fetch: the DOM after scripts ran, page closed after."""
    return {
        "playwright": True,
        "playwright_include_page": False,
        "playwright_page_goto_kwargs": {"wait_until": WAIT_UNTIL},
    }


_SHARED: weakref.WeakKeyDictionary[Any, SharedPlaywrightHandler] = weakref.WeakKeyDictionary()


class SharedPlaywrightHandler(ScrapyPlaywrightDownloadHandler):
    """scrapy-playwright's handler, one instance for http and https: one Playwright driver
    and one browser per crawl instead of one per scheme."""

    lazy = False  # scrapy-playwright starts its driver on engine_started

    @classmethod
    def from_crawler(cls, crawler: Any) -> SharedPlaywrightHandler:
        handler = _SHARED.get(crawler)
        if handler is None:
            handler = _SHARED[crawler] = cls(crawler)
        return handler

    async def close(self) -> None:
        if getattr(self, "_digimeter_closed", False):
            return
        self._digimeter_closed = True
        await super().close()
