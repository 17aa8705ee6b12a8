"""The spider: turns discovery's fetches into requests and results into `OrgResult` items.

Organisations are the unit of work. `start()` admits up to DIGIMETER_CONCURRENT_ORGS at a
time (from a local list, or from a Redis list shared with other workers), each with its own
`OrgCrawl` state; every response or failure goes back to that state, and when an
organisation is done its cases go to `FinishOrgPipeline` as one item (or, outside a
callback, as a signal: crawler.orgresults).

An organisation one of whose requests is cut (the browser closed or crashed, or anything
failing once the crawl is interrupted) is never finished: it is recorded as interrupted and
crawled again on resume. Organisations still open when the spider closes are recorded the
same way.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Request, Response
from twisted.python.failure import Failure

from classifiers import aboutproduct
from classifiers.matching import ProductMatcher
from classifiers.matchrules import load_rules
from crawler.context import CrawlContext
from crawler.discovery.evaluation import Evaluator
from crawler.discovery.fetch import Fetch
from crawler.discovery.kinds import ROBOTS, FetchKind
from crawler.discovery.limits import Limits
from crawler.discovery.orgcrawl import OrgCrawl
from crawler.fetchcodec import META_KEY, fetch_of
from crawler.orgqueue import OrgQueue, org_queue
from crawler.orgresults import OrgResult, org_result, org_stored
from crawler.pagecodec import (
    PAGE_KEY,
    StoredFailure,
    failure_reason,
    is_cut,
    page_from_failure,
    page_from_response,
)
from crawler.render import render_meta
from crawler.secondattempt import ATTEMPT_KEY, SecondAttempts
from digimeter.core.model import Organisation, applicable_products
from digimeter.core.pages import Page

logger = logging.getLogger(__name__)
#: seconds between checks that the crawl still makes progress
STALL_CHECK = 60.0
#: seconds between looks at organisations other Redis workers still crawl
OTHERS_POLL = 2.0
#: request priority per kind of fetch: finish what is started before opening new pages
#: Scheduling priority by kind of fetch: a route first, then what starts a site, then candidates.
PRIORITY: dict[str, int] = {
    FetchKind.ROUTE: 40, FetchKind.ROBOTS: 30, FetchKind.HOME: 30, FetchKind.FEED: 30,
    FetchKind.SITEMAP: 30, FetchKind.CANDIDATE: 20, FetchKind.SEARCH: 10, FetchKind.HUB: 0,
}  # fmt: skip


#: request.meta key of a render asked again after the browser failed it (`_render_again`)
RENDER_RETRY = "digimeter_render_retry"


class DigimeterSpider(scrapy.Spider):
    name = "digimeter"

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> DigimeterSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.setup(crawler)
        return spider

    def setup(self, crawler: Crawler) -> None:
        self.ctx = CrawlContext.of(crawler)
        self.config = self.ctx.config
        self.rules = load_rules(self.config.rules_path)
        aboutproduct.prepare()  # not inside the crawl, where it would hold up the reactor
        self.ctx.store.set_meta(discovery_rules_version=self.rules.version)
        self.organisations = {o.code: o for o in self.ctx.store.organisations()}
        self.products = self.ctx.store.products()
        self.limits = Limits(
            budget=self.config.page_budget, max_depth=self.config.max_depth,
            route_hops=self.config.route_hops, max_redirects=self.config.max_redirects,
            trap_variants=self.config.trap_variants, search_queries=self.config.search_queries,
            render=self.config.render,
        )  # fmt: skip
        self.active: dict[str, OrgCrawl] = {}
        self.slot_free = asyncio.Event()
        self.matchers: dict[tuple[str, tuple[str, ...]], Evaluator] = {}
        self.orgs_done = 0
        self.last_page = time.monotonic()
        self.second = SecondAttempts(self.settings.getfloat("DIGIMETER_SITE_RETRY_DELAY"))
        crawler.signals.connect(self.request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(self.idle, signal=signals.spider_idle)
        crawler.signals.connect(self.closed_queue, signal=signals.spider_closed)
        crawler.signals.connect(self.org_stored, signal=org_stored)

    # -- admitting organisations ---------------------------------------------------------
    async def start(self) -> AsyncIterator[Any]:
        self.ctx.queue = org_queue(self.ctx, self.crawler.stats)
        while not self.ctx.interrupted:
            while len(self.active) >= self.config.concurrent_orgs:
                self.slot_free.clear()
                try:
                    await asyncio.wait_for(self.slot_free.wait(), timeout=STALL_CHECK)
                except TimeoutError:
                    self._unstall()
            if self.ctx.interrupted:
                return
            code = self.second.due() or self.queue.next()
            if code is None:
                # with second attempts, an organisation still crawling may yet be deferred
                wait = self.second.wait()
                if wait is not None or (self.second.enabled and self.active):
                    await asyncio.sleep(1.0 if wait is None else min(wait, 1.0))
                    self._unstall()
                    continue
                if not self.queue.others_pending():
                    return
                # another worker may die and leave us its work; meanwhile an organisation of
                # ours that lost a request is finished as it stands (the engine never goes idle
                # while this waits, so `idle` cannot)
                self._unstall()
                await asyncio.sleep(OTHERS_POLL)
                continue
            org = self.organisations.get(code)
            if org is None:
                logger.error("organisation %s is not in the run's inputs; skipped", code)
                continue
            state = self._new_state(org)
            if not state.states:  # no measured product applies (e.g. most national bodies)
                self.orgs_done += 1
                yield OrgResult(code, [], "done", summary={"pages": 0, "products": 0})
                continue
            self.active[code] = state
            self.ctx.store.start_org(code, self.config.worker_id)
            self.ctx.host_orgs[(urlsplit(org.website).hostname or "").lower()] = code
            for fetch in state.start():
                yield self._request(fetch)

    def _new_state(self, org: Organisation) -> OrgCrawl:
        products = applicable_products(org, self.products)
        key = (org.org_type, tuple(p.key for p in products))
        if key not in self.matchers:
            matcher = ProductMatcher(products, org.org_type, self.rules)
            self.matchers[key] = Evaluator(matcher, self.rules)
        return OrgCrawl(org, products, self.matchers[key], self.limits)

    def _request(self, fetch: Fetch) -> Request:
        meta: dict[str, Any] = {META_KEY: fetch.to_meta()}
        if fetch.kind == ROBOTS:
            meta["dont_obey_robotstxt"] = True
        if fetch.render:
            meta.update(render_meta(click=bool(fetch.extra.get("click"))))
        if self.second.is_second(fetch.org):
            meta[ATTEMPT_KEY] = 2
        return Request(
            fetch.url, callback=self.parse, errback=self.failed, meta=meta,
            priority=PRIORITY.get(fetch.kind, 0),
        )  # fmt: skip

    # -- results ---------------------------------------------------------------------------
    def parse(self, response: Response) -> Iterator[Any]:
        fetch = fetch_of(response.request)
        if fetch is None:
            return
        page = response.meta.get(PAGE_KEY) or page_from_response(response, rendered=fetch.render)
        yield from self._on_page(fetch, page)

    def failed(self, failure: Failure) -> Iterator[Any]:
        # Scrapy hands a request's Failure over with the request set on it
        request: Request | None = getattr(failure, "request", None)
        fetch = fetch_of(request)
        exc = failure.value
        if fetch is None or request is None or exc is None:
            return
        if self.ctx.interrupted or is_cut(exc):
            self._cut(fetch.org, f"{type(exc).__name__} on {request.url}")
            return
        if retry := self._render_again(request, fetch, exc):
            yield retry
            return
        page = exc.page if isinstance(exc, StoredFailure) else request.meta.get(PAGE_KEY)
        if page is None:
            page = page_from_failure(request, exc, rendered=fetch.render)
        yield from self._on_page(fetch, page)

    def _render_again(self, request: Request, fetch: Fetch, exc: BaseException) -> Request | None:
        """A render the browser failed ('Route is already handled!' of a page reused on a
        loaded machine), asked once more on a fresh page: a failed render of a product page
        hides its call to action and leaves the product at level 0."""
        if not fetch.render or request.meta.get(RENDER_RETRY) or isinstance(exc, StoredFailure):
            return None
        if failure_reason(exc) != "render_failed":
            return None
        self.crawler.stats.inc_value("digimeter/render/retried")
        meta = {k: v for k, v in request.meta.items() if k != "playwright_page"}
        return request.replace(dont_filter=True, meta={**meta, RENDER_RETRY: True})

    def request_dropped(self, request: Request, **_: Any) -> None:
        """A request the scheduler refused (a duplicate): tell discovery it failed."""
        fetch = fetch_of(request)
        if fetch is not None and fetch.org in self.active:
            if self.ctx.interrupted:
                self._cut(fetch.org, "interrupted")
                return
            self.crawler.stats.inc_value("digimeter/requests_dropped")
            self._dispatch(self._on_page(fetch, Page(url=request.url, status=0, error="dropped")))

    def _dispatch(self, outputs: Iterator[Any]) -> None:
        """Outputs produced outside a callback: requests to the engine, results stored."""
        for out in outputs:
            if isinstance(out, Request):
                self.crawler.engine.crawl(out)
            elif isinstance(out, OrgResult):
                self._send_result(out)

    def _send_result(self, result: OrgResult) -> None:
        """A result made outside a callback goes to the pipeline as a signal."""
        self.crawler.signals.send_catch_log(signal=org_result, result=result)

    @property
    def queue(self) -> OrgQueue:
        """Which organisations this process crawls (opened in `start`, when the crawl's
        stats exist)."""
        if self.ctx.queue is None:
            raise RuntimeError("the organisation queue opens when the crawl starts")
        return self.ctx.queue

    def org_stored(self, org_code: str) -> None:
        if self.ctx.queue is not None:
            self.ctx.queue.done(org_code)

    def _unstall(self) -> None:
        """Nothing arrived for a long time while organisations wait: a request was lost
        (nothing is in flight that could still answer); finish them as they stand."""
        limit = (
            self.settings.getfloat("DOWNLOAD_TIMEOUT")
            * 3
            * (self.settings.getint("RETRY_TIMES") + 1)
        )
        if time.monotonic() - self.last_page < max(limit, STALL_CHECK):
            return
        self._force_finish("stalled", "stalled")

    def _on_page(self, fetch: Fetch, page: Page) -> Iterator[Any]:
        self.last_page = time.monotonic()
        state = self.active.get(fetch.org)
        if state is None:
            return
        try:
            fetches = state.on_page(fetch, page)
        except Exception:
            logger.exception("discovery failed for %s on %s", fetch.org, page.url)
            self.crawler.stats.inc_value("digimeter/discovery_errors")
            yield self._finish(state, incomplete="discovery_error")
            return
        for f in fetches:
            yield self._request(f)
        if state.done and not self._defer(state):
            yield self._finish(state)

    def _defer(self, state: OrgCrawl) -> bool:
        """An unreachable site waits for its second attempt (crawler.secondattempt)."""
        if not state.failure or not self.second.defer(state.org.code, state.failure):
            return False
        logger.info("%s unreachable (%s): second attempt in %.0f s", state.org.code,
                    state.failure, self.second.delay)  # fmt: skip
        self.crawler.stats.inc_value("digimeter/second_attempts")
        self.active.pop(state.org.code, None)
        self.slot_free.set()
        return True

    def _finish(self, state: OrgCrawl, incomplete: str = "") -> OrgResult:
        self.active.pop(state.org.code, None)
        self.slot_free.set()
        self.orgs_done += 1
        summary = state.summary()
        failure = state.failure
        if self.second.is_second(state.org.code):
            summary["attempts"] = 2
            if failure:
                failure = self.second.both_reasons(state.org.code, failure)
        if incomplete:
            summary["incomplete"] = incomplete
        result = "unreachable" if failure else "done"
        return OrgResult(state.org.code, state.cases(failure), result, failure, summary)

    def _cut(self, code: str, why: str) -> None:
        """A request of the organisation was cut: record it as interrupted, not finished."""
        state = self.active.pop(code, None)
        if state is None:
            return
        self.slot_free.set()
        self.crawler.stats.inc_value("digimeter/orgs_cut")
        if not self.ctx.interrupted:
            logger.warning("organisation %s: a request was cut (%s); crawled again on resume",
                           code, why)  # fmt: skip
        self.ctx.store.interrupt_orgs([code], reason=why)
        self.queue.give_up(code)

    def closed_queue(self) -> None:
        """The spider closes: organisations still open (or waiting for their second
        attempt) are recorded as interrupted."""
        open_codes = [*self.active, *self.second.waiting]
        if open_codes:
            why = "interrupted" if self.ctx.interrupted else "crawl stopped"
            self.ctx.store.interrupt_orgs(open_codes, reason=why)
            for code in open_codes:
                self.queue.give_up(code)
            self.active.clear()
            self.second.waiting.clear()
        if self.ctx.queue is not None:
            self.ctx.queue.close()

    def idle(self) -> None:
        """Nothing left to download: organisations still open lost a request; finish them."""
        self._force_finish("lost requests", "lost_requests")

    def _force_finish(self, what: str, incomplete: str) -> None:
        """Finish every open organisation as it stands and store its result."""
        if self.ctx.interrupted:
            return
        for state in list(self.active.values()):
            logger.warning("organisation %s %s; finished as it stands", state.org.code, what)
            self.crawler.stats.inc_value("digimeter/orgs_force_finished")
            self._send_result(self._finish(state, incomplete=incomplete))
