"""Browser pages kept open between renders: a new tab costs Chromium more than a page load.

Measured on the 60-organisation generated web (2026-12-06, load about 9: 200 product pages, 6 at a
time): a new page per render costs the browser and its renderer about 165 ms of CPU a page,
a page that is navigated on about 85 ms. So a page that rendered cleanly goes back to the
pool and the next render navigates it to its own URL (a new document: the previous page's
scripts, timers and DOM are gone; `crawler.settle`'s in-page counters come back with it,
they are an init script of the page).

A page is closed instead of kept when its render failed, when buttons were clicked on it
(a page a click touched may hold state or ask before it unloads), and after `MAX_USES`
renders, so that a leak in one site's scripts cannot grow for a whole crawl.

An idle page keeps its place among the pages scrapy-playwright allows a context
(PLAYWRIGHT_MAX_PAGES_PER_CONTEXT), so a render holds one of the pool's `slots` first, as
many as that, from `take` until the page is given back: a render that finds no idle page
then always finds a free place for a new one (no render waits for a place an idle page
holds).
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.async_api import Page

#: renders after which a page is closed rather than reused
MAX_USES = 50


class PagePool:
    """Idle pages, and how many renders each has done."""

    def __init__(self, size: int, max_uses: int = MAX_USES) -> None:
        self.max_uses = max_uses
        #: one render at a time per page the context may have
        self.slots = asyncio.Semaphore(size)
        self.idle: list[Page] = []
        #: renders done by each page that is idle or rendering
        self.uses: dict[Page, int] = {}
        self.reused = 0
        self.closed = 0

    def take(self) -> Page | None:
        """An idle open page, or None (then the caller opens a new one)."""
        while self.idle:
            page = self.idle.pop()
            if not page.is_closed():
                self.reused += 1
                return page
            self.uses.pop(page, None)
        return None

    async def give_back(self, page: Page | None, *, clean: bool) -> None:
        """A page after its render: kept for the next one when `clean` and not worn out,
        else closed."""
        if page is None:
            return
        uses = self.uses.pop(page, 0) + 1
        if page.is_closed():
            return
        if clean and uses < self.max_uses:
            self.uses[page] = uses
            self.idle.append(page)
            return
        self.closed += 1
        await page.close()

    async def close(self) -> None:
        """Close every idle page (the crawl ends)."""
        pages, self.idle = self.idle, []
        self.uses.clear()
        for page in pages:
            if not page.is_closed():
                await page.close()
