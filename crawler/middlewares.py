"""Downloader middlewares: IdP guard, replay from the store, storing, and the proxy.

Order (process_request ascending, process_response/process_exception descending):

    10  IdentityProviderGuard  refuses any request for an identity provider, and any non-GET
    20  ReplayMiddleware       serves URLs already in the run store instead of the network
   100  (crawler.robots) SharedRobotsTxtMiddleware  Scrapy's, obeyed by every waiting request
   540  StoreMiddleware        stores every final response and failure (after retries)
   545  (crawler.conditional) ConditionalRequestMiddleware  re-crawls: 304 -> stored page
   550  (Scrapy) RetryMiddleware
   740  ProxyMiddleware        sends every request through DIGIMETER_PROXY
   750  (Scrapy) HttpProxyMiddleware
   850  NetworkStats           Scrapy's DownloaderStats, without responses served from a store
"""

from __future__ import annotations

import logging
from dataclasses import replace

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.stats import DownloaderStats
from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response

from classifiers.routes import identity_provider_rule
from crawler.context import CrawlContext
from crawler.fetchcodec import fetch_of
from crawler.pagecodec import (
    PAGE_KEY,
    REPLAYED_KEY,
    REVISIT_KEY,
    IdentityProviderBlocked,
    StoredFailure,
    is_cut,
    page_from_failure,
    page_from_response,
    response_from_page,
)
from crawler.render import click_headers
from crawler.secondattempt import ATTEMPT_KEY

logger = logging.getLogger(__name__)


class IdentityProviderGuard:
    """Never let a request for an identity provider, or anything but a GET, leave the
    crawler (the browser has the same guard: `crawler.render.abort_request`)."""

    def __init__(self, crawler: Crawler) -> None:
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> IdentityProviderGuard:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        rule = identity_provider_rule(request.url)
        if rule:
            self.stats.inc_value("digimeter/idp_blocked")
            raise IdentityProviderBlocked(f"identity provider ({rule}): {request.url}")
        if request.method.upper() not in ("GET", "HEAD"):
            self.stats.inc_value("digimeter/unsafe_blocked")
            raise IdentityProviderBlocked(f"{request.method} is never sent: {request.url}")


class ReplayMiddleware:
    """Serve a URL that is already in the run store (from a killed run, or fetched for another
    organisation) from the store instead of the network; counted as digimeter/replayed."""

    def __init__(self, crawler: Crawler) -> None:
        self.ctx = CrawlContext.of(crawler)
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReplayMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> Response | None:
        if request.meta.get(ATTEMPT_KEY):  # a site's second attempt: from the network
            return None
        rendered = bool(request.meta.get("playwright"))
        page = self.ctx.pages.get(request.url, rendered=rendered)
        if page is None:
            return None
        self.stats.inc_value("digimeter/replayed")
        request.meta[REPLAYED_KEY] = True
        request.meta[PAGE_KEY] = page
        request.meta["dont_retry"] = True
        if page.status == 0:
            raise StoredFailure(page)
        return response_from_page(page, request)


class NetworkStats(DownloaderStats):
    """Scrapy's `downloader/*` stats for what came from the network. A response served
    from a run store (a URL asked for again, a page reused from the previous run) is not a
    download: it is counted as digimeter/store_responses and digimeter/store_response_bytes."""

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        if "digimeter_store" in response.flags:
            self.stats.inc_value("digimeter/store_responses")
            self.stats.inc_value("digimeter/store_response_bytes", len(response.body))
            return response
        return super().process_response(request, response)


class StoreMiddleware:
    """Store every response the crawl used (after retries), and every failed fetch."""

    def __init__(self, crawler: Crawler) -> None:
        self.ctx = CrawlContext.of(crawler)
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoreMiddleware:
        return cls(crawler)

    def _org(self, request: Request) -> str:
        fetch = fetch_of(request)
        return fetch.org if fetch else self.ctx.org_for(request.url)

    def process_response(self, request: Request, response: Response) -> Response:
        if request.meta.get(REPLAYED_KEY) or request.meta.get(REVISIT_KEY):
            return response
        rendered = bool(request.meta.get("playwright"))
        page = page_from_response(response, rendered=rendered)
        if rendered and (clicked := click_headers(request)):
            page = replace(page, headers={**page.headers, **clicked})
        self.ctx.store.page_writer().add(page, self._org(request))
        request.meta[PAGE_KEY] = page
        self.stats.inc_value("digimeter/pages_stored")
        if rendered:
            self.stats.inc_value("digimeter/pages_rendered")
        if page.truncated:
            self.stats.inc_value("digimeter/pages_truncated")
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        if isinstance(exception, (StoredFailure, IdentityProviderBlocked)):
            return None
        if self.ctx.interrupted or is_cut(exception):
            return None  # cut by the interrupt or a browser crash: not the site's answer
        rendered = bool(request.meta.get("playwright"))
        page = page_from_failure(request, exception, rendered=rendered)
        request.meta[PAGE_KEY] = page
        self.stats.inc_value(f"digimeter/failures/{page.error}/{type(exception).__name__}")
        if page.error == "connection":
            logger.info("%s failed: %r", request.url, exception)
        if not rendered:  # a failed render must not hide the raw page in the store
            self.ctx.store.page_writer().add(page, self._org(request))
        return None


class ProxyMiddleware:
    """Send every request Scrapy makes (the spider's, robots.txt, retries) through the proxy;
    the browser gets the same proxy through its launch options. A proxy's own DNS/TLS error
    is final: it is not retried."""

    def __init__(self, proxy: str) -> None:
        self.proxy = proxy

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProxyMiddleware:
        proxy = CrawlContext.of(crawler).config.proxy
        if not proxy:
            raise NotConfigured("no DIGIMETER_PROXY")
        return cls(proxy)

    def process_request(self, request: Request) -> None:
        if not request.meta.get("playwright"):
            request.meta["proxy"] = self.proxy

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status == 502 and response.headers.get("X-Proxy-Error"):
            request.meta["dont_retry"] = True
        return response
