"""Waiting for a rendered page to be finished: the same DOM on every run of one web.

A page's scripts may build its content after the `load` event: an Open-Forms-like form
fetches its definition from an API once the document is parsed, and renders its login
buttons when the answer arrives. Taking the DOM at `load` then races that request: one run
sees the login, the next an empty form root. So before the DOM is taken (and before any
button is clicked) `settle` waits until the page is quiet:

* no request of the page is in flight (watched from Playwright's request events, from
  before the first request: `watch_page`, a scrapy-playwright page init callback);
* no fetch/XMLHttpRequest a script started is unanswered and no short timer (up to
  `SHORT_TIMER_MS`) is pending (counted inside the page by `settle.js`, installed before
  any of the page's scripts run);
* the DOM did not change for `QUIET_MS` (not waited for when nothing at all is pending
  at `load`: the page's own scripts have run by then);

or until `SETTLE_MAX_MS` have passed (a page that polls for ever is taken as it is then).
"""

from __future__ import annotations

import asyncio
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from playwright.async_api import Page
    from playwright.async_api import Request as PlaywrightRequest

SETTLE_JS = (Path(__file__).parent / "settle.js").read_text(encoding="utf-8")
#: how long the page must stay unchanged and idle to count as finished
QUIET_MS = 100
#: the most a page is waited for after its `load` event
SETTLE_MAX_MS = 4000
#: pending timers up to this delay count as work in progress (a longer one is a carousel)
SHORT_TIMER_MS = 1000
_STATE_JS = (
    "() => { const s = window.__digimeterSettle; return s ? [s.busy(), s.mutations] : [0, 0]; }"
)

#: the requests in flight of each watched page
_INFLIGHT: weakref.WeakKeyDictionary[Any, set[Any]] = weakref.WeakKeyDictionary()


async def watch_page(page: Page, request: Any = None) -> None:
    """Page init callback (meta `playwright_page_init_callback`): count the page's requests
    in flight and install the in-page counters before the page loads. A page of the pool
    (`crawler.pagepool`) is watched already: its count starts again for the new load."""
    if page in _INFLIGHT:
        _INFLIGHT[page].clear()
        return
    inflight: set[Any] = set()
    _INFLIGHT[page] = inflight

    def started(req: PlaywrightRequest) -> None:
        inflight.add(req)

    def ended(req: PlaywrightRequest) -> None:
        inflight.discard(req)

    page.on("request", started)
    page.on("requestfinished", ended)
    page.on("requestfailed", ended)
    await page.add_init_script(SETTLE_JS.replace("SHORT_TIMER_MS", str(SHORT_TIMER_MS)))


def in_flight(page: Page) -> int:
    """How many of the page's requests are unanswered (0 for a page not watched)."""
    return len(_INFLIGHT.get(page, ()))


async def page_state(page: Page) -> tuple[int, int]:
    """(the page's work in progress, its DOM changes so far)."""
    from playwright.async_api import Error as PlaywrightError

    try:
        busy, mutations = await page.evaluate(_STATE_JS)
    except PlaywrightError:  # the page navigated away or closed: nothing more to wait for
        return 0, -1
    return int(busy) + in_flight(page), int(mutations)


async def settle(page: Page, max_ms: int = SETTLE_MAX_MS) -> bool:
    """Wait until the page is quiet (see the module docstring); True when it is, False
    when `max_ms` ran out first. A scrapy-playwright page method."""
    loop = asyncio.get_running_loop()
    end = loop.time() + max_ms / 1000
    last = -2
    waited = False
    while True:
        busy, mutations = await page_state(page)
        if not busy and (mutations == last or not waited):
            return True  # quiet since the last look, or nothing at all pending at `load`
        waited = True
        if loop.time() >= end:
            return False
        last = -2 if busy else mutations
        await asyncio.sleep(QUIET_MS / 1000)
