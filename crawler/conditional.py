"""Re-crawls that cost little: conditional requests against the previous run's pages.

With DIGIMETER_PREVIOUS_RUN set (the scheduler sets it to the schedule's previous complete
run), a GET for a URL that run stored as a 200 carries `If-None-Match` and
`If-Modified-Since` from the stored headers. A `304 Not Modified` is answered with the
stored page, and the run stores a WARC revisit record that points to it (see
`digimeter.core.revisits`). A page to render whose raw page was not modified reuses the
previous run's rendered DOM in the same way, without starting the browser.

Order: process_request after StoreMiddleware (540), so the headers are added last;
process_response before it, so StoreMiddleware never stores the bare 304.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response

from crawler.context import CrawlContext
from crawler.fetchcodec import fetch_of
from crawler.pagecodec import PAGE_KEY, REPLAYED_KEY, REVISIT_KEY, response_from_page
from crawler.settings import SettingsError
from digimeter.core.pages import normalize_url
from digimeter.core.runstore import RunStore, now_iso

CONDITIONAL_KEY = "digimeter_conditional"
#: headers of a 304 that update the stored ones (RFC 9111 section 4.3.4)
UPDATED_HEADERS = ("etag", "last-modified", "date", "cache-control", "expires")


class ConditionalRequestMiddleware:
    def __init__(self, crawler: Crawler, previous: Path) -> None:
        self.ctx = CrawlContext.of(crawler)
        self.stats = crawler.stats
        self.previous = RunStore(previous)
        self.pages = self.previous.page_store()
        #: raw URLs answered 304 in this process: their rendered DOM is reused too
        self.not_modified: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestMiddleware:
        previous = crawler.settings.get("DIGIMETER_PREVIOUS_RUN") or ""
        if not previous:
            raise NotConfigured("no DIGIMETER_PREVIOUS_RUN")
        if not (Path(previous) / RunStore.DB_NAME).is_file():
            raise SettingsError(
                f"DIGIMETER_PREVIOUS_RUN={previous!r}: not a run folder (no {RunStore.DB_NAME})"
            )
        middleware = cls(crawler, Path(previous))
        crawler.signals.connect(middleware.close, signal=signals.spider_closed)
        return middleware

    def process_request(self, request: Request) -> Response | None:
        if request.method != "GET" or request.meta.get(REPLAYED_KEY):
            return None
        url = normalize_url(request.url)
        if request.meta.get("playwright"):
            return self._reuse(request, url, rendered=True) if url in self.not_modified else None
        ref = self.previous.page_ref(url, rendered=False)
        if ref is None or ref.status != 200 or not ref.warc_file:
            return None
        stored = ref.headers
        if stored.get("etag"):
            request.headers["If-None-Match"] = stored["etag"]
        if stored.get("last-modified"):
            request.headers["If-Modified-Since"] = stored["last-modified"]
        if stored.get("etag") or stored.get("last-modified"):
            request.meta[CONDITIONAL_KEY] = True
            self.stats.inc_value("digimeter/conditional_requests")
        return None

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status != 304 or not request.meta.get(CONDITIONAL_KEY):
            return response
        url = normalize_url(request.url)
        updates = {
            name: value.decode("latin-1")
            for name in UPDATED_HEADERS
            if (value := response.headers.get(name))
        }
        reused = self._reuse(request, url, rendered=False, updates=updates)
        if reused is None:
            return response
        self.not_modified.add(url)
        return reused

    def _reuse(
        self, request: Request, url: str, *, rendered: bool, updates: dict[str, str] | None = None
    ) -> Response | None:
        page = self.pages.get(url, rendered=rendered)
        if page is None or page.rendered != rendered:
            return None
        original = self.previous.revisit_original(url, rendered=rendered)
        if original is None:
            return None
        page = replace(page, url=request.url, fetched_at=now_iso(),
                       headers={**page.headers, **(updates or {})})  # fmt: skip
        self.ctx.store.page_writer().add_revisit(page, self._org(request), original)
        request.meta[PAGE_KEY] = page
        request.meta[REVISIT_KEY] = True
        self.stats.inc_value("digimeter/revisits" + ("/rendered" if rendered else ""))
        return response_from_page(page, request)

    def _org(self, request: Request) -> str:
        fetch = fetch_of(request)
        return fetch.org if fetch else self.ctx.org_for(request.url)

    def close(self) -> None:
        self.pages.close()
        self.previous.close()
