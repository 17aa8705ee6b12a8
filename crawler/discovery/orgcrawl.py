"""The crawl of one organisation as a plain state object: pages in, fetches out.

`OrgCrawl.start()` returns the first fetches; the spider fetches them and hands every
result (a response, a redirect hop, or a failure as a status-0 page) to `on_page`, which
returns the next fetches. Nothing here imports Scrapy, so discovery is unit-tested by
feeding it pages.

Stages, in order of cost (`Stage`, moved on by `StagePlan`): BOOT (robots.txt, homepage,
SC feed, sitemaps), CANDIDATES (the pages the feed, the sitemap and the links seen so far
propose, plus a few hub pages such as "Producten en diensten"), SEARCH (the site search for
products still unsettled), EXPLORE (a focused crawl, best-scored links first), ROUTES
(calls to action of the product pages not yet followed). A product page that scores
`settle` or more has its routes followed at once. Discovery's own fetches may use
DISCOVERY_SHARE of the page budget, however many the routes followed at once took (a site
whose product pages each have three tab views spends most of the budget on routes); the
budget caps both together.

The parts share one `Findings` record, given to each: `SourceReader` (robots.txt, homepage,
sitemaps, SC feed), the `Frontier` of the focused crawl, `ProductRoutes` (the routes of
the products' pages), the `StagePlan`, `RedirectFollower` (pages that moved), `PageJudge`
(a page judged for the products sought) and `LinkHarvester` (a page's links proposed and
added to the frontier).
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import replace
from urllib.parse import urlsplit

from classifiers.parsedpage import ParsedPage
from classifiers.scripted import needs_clicking
from crawler.discovery.evaluation import Evaluator
from crawler.discovery.fetch import Fetch
from crawler.discovery.findings import Findings
from crawler.discovery.frontier import Frontier
from crawler.discovery.kinds import (
    CANDIDATE,
    DISCOVERY_KINDS,
    ELSEWHERE,
    EXPLORED_KINDS,
    FEED,
    HOME,
    HUB,
    ROBOTS,
    ROUTE,
    SEARCH,
    SITEMAP,
)
from crawler.discovery.limits import Limits
from crawler.discovery.linkharvester import LinkHarvester
from crawler.discovery.pagejudge import PageJudge
from crawler.discovery.pagereader import page_info
from crawler.discovery.productroutes import ProductRoutes
from crawler.discovery.products import ProductState, build_cases
from crawler.discovery.redirects import RedirectFollower
from crawler.discovery.routes import RouteFollower
from crawler.discovery.sitescope import TrapGuard
from crawler.discovery.sourcereader import SourceReader
from crawler.discovery.stages import Stage, StagePlan
from digimeter.core.model import Case, Organisation, Product
from digimeter.core.pages import Page, normalize_url

DISCOVERY_SHARE = 0.75
#: splash pages (consent walls, "kies uw taal") passed through on the way to the homepage
SPLASH_HOPS = 2
#: longer URLs are not requested (browsers and servers refuse them)
MAX_URL_LENGTH = 2000


def failure_reason(page: Page) -> str:
    return page.error if page.status == 0 else f"http_{page.status}"


class OrgCrawl:
    """Discovery and route following for one organisation."""

    def __init__(
        self, org: Organisation, products: list[Product], evaluator: Evaluator, limits: Limits
    ) -> None:
        self.org, self.limits, self.ev = org, limits, evaluator
        self.site = Findings(org, {p.key: ProductState(p) for p in products})
        self.sources = SourceReader(self.site, evaluator)
        self.trap = TrapGuard(limits.trap_variants)
        self.frontier = Frontier(evaluator, self.site.unsettled)
        self.routes = RouteFollower(limits.route_hops, products, render=limits.render)
        self.product_routes = ProductRoutes(self.site, self.routes, evaluator)
        self.plan = StagePlan(self.site, self.frontier, self.product_routes, evaluator, limits)
        self.redirects = RedirectFollower(self.site, limits)
        self.page_judge = PageJudge(self.site, evaluator, self.routes, self.product_routes)
        self.harvester = LinkHarvester(self.site, evaluator, self.trap, self.frontier, limits)
        #: fetches asked for so far (the page budget), and of them discovery's own
        self.used = 0
        self.discovery_used = 0
        #: (url, rendered) -> how often it was asked for again
        self.requested: dict[tuple[str, bool], int] = {}
        self.started = time.monotonic()
        self.finished = 0.0

    # -- public ----------------------------------------------------------------------------
    def start(self) -> list[Fetch]:
        parts = urlsplit(self.org.website)
        robots = f"{parts.scheme}://{parts.netloc}/robots.txt"
        return self._emit([Fetch(self.org.code, robots, ROBOTS)])

    @property
    def stage(self) -> Stage:
        return self.plan.stage

    @property
    def done(self) -> bool:
        return self.plan.stage is Stage.DONE

    @property
    def states(self) -> dict[str, ProductState]:
        return self.site.states

    @property
    def failure(self) -> str:
        """Why the site could not be crawled ('' when it could)."""
        return self.site.failure

    @property
    def counts(self) -> Counter[str]:
        return self.site.counts

    def on_page(self, fetch: Fetch, page: Page) -> list[Fetch]:
        self.plan.pending[fetch.kind] -= 1
        self.counts["pages"] += 1
        if page.status == 0 or page.status >= 400:
            self.counts["errors"] += 1
        if page.rendered:
            self.counts["rendered"] += 1
        out = self._emit(
            self.redirects.follow(fetch, page.location)
            if page.location
            else self._final(fetch, page)
        )
        out += self._advance()
        if self.done and not self.finished:
            self.finished = time.monotonic()
        return out

    def cases(self, failure: str | None = None) -> list[Case]:
        """One case per product; `failure` replaces the site's own (a second attempt's
        reasons)."""
        return build_cases(
            self.org,
            list(self.states.values()),
            confirm=self.ev.confirm,
            failure=self.failure if failure is None else failure,
        )

    def summary(self) -> dict[str, object]:
        found = sum(1 for c in self.cases() if c.outcome == "found")
        return {
            "pages": self.counts["pages"],
            "rendered": self.counts["rendered"],
            "errors": self.counts["errors"],
            "products": len(self.states),
            "found": found,
            "budget_used": self.used,
            "budget_exhausted": self.used >= self.limits.budget,
            # pages asked for and never fetched because the budget (or discovery's share of
            # it) was spent: a product not found may be on one of them
            "budget_dropped": self.counts["over_budget"],
            "seconds": round((self.finished or time.monotonic()) - self.started, 2),
            "traps": len(self.trap.trapped),
        }

    # -- emitting ----------------------------------------------------------------------------
    def _advance(self) -> list[Fetch]:
        """The next stage's fetches. When every fetch a stage asks for is dropped (the
        discovery share of the budget is spent) and nothing is in flight, no page will arrive
        to move the stages on: ask again until something is fetched, the crawl is done or
        a stage offers nothing (each ask consumes what it offered, so this ends)."""
        asked = self.plan.advance()
        out = self._emit(asked)
        while asked and not out and not self.done and not any(self.plan.pending.values()):
            asked = self.plan.advance()
            out = self._emit(asked)
        return out

    def _emit(self, fetches: list[Fetch]) -> list[Fetch]:
        out = []
        for f in fetches:
            discovery = f.kind in DISCOVERY_KINDS and f.kind not in (ROBOTS, HOME)
            if self.used >= self.limits.budget or (
                discovery and self.discovery_used >= int(self.limits.budget * DISCOVERY_SHARE)
            ):
                self.counts["over_budget"] += 1
                continue
            if len(f.url) > MAX_URL_LENGTH:
                self.counts["too_long"] += 1
                continue
            key = (normalize_url(f.url), f.render)
            explore = f.kind in EXPLORED_KINDS and not f.render
            if key in self.requested:
                # asked for before for another purpose: served again from the store (a page
                # of another site is judged again when opened for the product it is named for)
                again = f.kind == ROUTE or f.source == ELSEWHERE
                if not again and not (explore and key[0] not in self.site.explored):
                    continue
                f = replace(f, again=self.requested[key] + 1)
            if explore:
                self.site.explored.add(key[0])
            self.requested[key] = f.again
            self.used += 1
            self.discovery_used += discovery
            self.plan.pending[f.kind] += 1
            out.append(f)
        return out

    # -- final pages -------------------------------------------------------------------------
    def _final(self, fetch: Fetch, page: Page) -> list[Fetch]:
        if fetch.kind == ROBOTS:
            return self.sources.on_robots(page)
        if fetch.kind == HOME and not page.ok:
            if not fetch.depth:  # a splash's way on that fails is no failure of the site
                self.site.failure = failure_reason(page)
            self.plan.home_done = True
            return []
        if fetch.kind == SITEMAP:
            return self.sources.on_sitemap(page)
        if fetch.kind == FEED:
            return self.sources.on_feed(page)
        parsed = ParsedPage(page)  # parsed once for discovery, rendering and routes
        if fetch.kind == ROUTE:
            return self.routes.on_page(fetch, parsed, self.limits.render)
        if not page.ok:
            if fetch.kind == CANDIDATE and fetch.product:
                self.site.states[fetch.product].failures.append((page.url, failure_reason(page)))
            return []
        info = page_info(parsed, self.ev.rules)
        if info is not None and info.moved_to and fetch.kind in (CANDIDATE, HUB):
            return self.redirects.follow(fetch, info.moved_to)
        out: list[Fetch] = []
        if fetch.kind == HOME:
            self.plan.home_done = True
            out += self.sources.on_home(page, info)
        if info is None:
            return out
        if fetch.kind == HOME and info.is_splash and fetch.depth < SPLASH_HOPS:
            # a consent wall, "kies uw taal" or a splash page: its ways on are the site. They
            # are what a person clicks to go on, even where discovery skips such addresses
            # elsewhere ('/cookies/accepteren', which redirects to the homepage)
            own = [link.url for link in info.links if self.site.scope.is_site(link.url)]
            ways = [url for url in own if not self.ev.skip(url)] or own
            out += [Fetch(self.org.code, url, HOME, depth=fetch.depth + 1) for url in ways]
        if info.needs_render and self.limits.render and not page.rendered:
            # clicked too where a button's target only a click shows: the route walk asks
            # the same rendering of a product page, and gets this one from the store
            tree = parsed.tree
            click = {"click": True} if tree is not None and needs_clicking(tree) else {}
            out.append(replace(fetch, url=page.url, render=True, again=0, redirects=0, chain=(),
                               extra={**fetch.extra, **click}))  # fmt: skip
        if fetch.kind in EXPLORED_KINDS:
            self.site.explored.add(normalize_url(page.url))
        if fetch.kind in (CANDIDATE, HUB) or (fetch.kind == HOME and fetch.depth > 0):
            # a page of another site opened for a product: named for it by the organisation's
            # own list (ELSEWHERE), or an old address of the site's own that moved there
            moved_away = (
                fetch.kind == CANDIDATE
                and bool(fetch.chain)
                and self.site.scope.is_site(fetch.chain[0])
                and not self.site.scope.is_site(page.url)
            )
            elsewhere = fetch.product if fetch.source == ELSEWHERE or moved_away else ""
            out += self.page_judge.judge(parsed, info, elsewhere)
        source = "search" if fetch.kind == SEARCH else "links"
        depth = fetch.depth + 1 if fetch.kind != SEARCH else 1
        if fetch.kind != SEARCH or not info.is_news:
            self.harvester.harvest(info, depth, source, main_only=fetch.kind == SEARCH)
        return out
