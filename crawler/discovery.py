"""The crawl of one organisation as a plain state object: pages in, fetches out.

`OrgCrawl.start()` returns the first fetches; the spider fetches them and hands every
result (a response, a redirect hop, or a failure as a status-0 page) to `on_page`, which
returns the next fetches. Nothing here imports Scrapy, so discovery is unit-tested by
feeding it pages.

Stages, in order of cost: BOOT (robots.txt, homepage, SC feed, sitemaps), CANDIDATES (the
pages the feed, the sitemap and the links seen so far propose, plus a few hub pages such as
"Producten en diensten"), SEARCH (the site search for products still unsettled), EXPLORE
(a focused crawl, best-scored links first), ROUTES (calls to action of the product pages
not yet followed). A product page that scores `settle` or more has its routes followed at
once. Discovery may use DISCOVERY_SHARE of the page budget; routes the rest.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from classifiers.parsedpage import ParsedPage
from classifiers.routes import identity_provider_rule
from crawler.assignment import assign
from crawler.evaluation import Evaluator, SiteScope, TrapGuard, listed_variants, variant_key
from crawler.fetch import (
    CANDIDATE,
    ELSEWHERE,
    FEED,
    HOME,
    HUB,
    ROBOTS,
    ROUTE,
    SEARCH,
    SITEMAP,
    Fetch,
)
from crawler.frontier import Frontier
from crawler.pageinfo import PageInfo, SearchForm, page_info
from crawler.products import ProductState, Proposals, build_cases
from crawler.routes import RouteFollower
from crawler.sourcing import SourceReading
from crawler.stages import DISCOVERY_KINDS, StagePlan
from digimeter.core.model import Case, Organisation, Product
from digimeter.core.pages import Page, normalize_url

#: fetches whose pages are judged and harvested for links (once per URL)
EXPLORED_KINDS = (HOME, SEARCH, CANDIDATE, HUB)
DISCOVERY_SHARE = 0.75
#: splash pages (consent walls, "kies uw taal") passed through on the way to the homepage
SPLASH_HOPS = 2
#: longer URLs are not requested (browsers and servers refuse them)
MAX_URL_LENGTH = 2000
STAGES = ("boot", "candidates", "search", "explore", "routes", "done")


@dataclass(frozen=True)
class Limits:
    budget: int = 300
    max_depth: int = 4
    route_hops: int = 3
    max_redirects: int = 10
    trap_variants: int = 6
    search_queries: int = 1
    render: bool = True


def failure_reason(page: Page) -> str:
    return page.error if page.status == 0 else f"http_{page.status}"


class OrgCrawl(SourceReading, StagePlan):
    """Discovery and route following for one organisation."""

    def __init__(
        self, org: Organisation, products: list[Product], evaluator: Evaluator, limits: Limits
    ) -> None:
        self.org, self.limits, self.ev = org, limits, evaluator
        self.org_code, self.website = org.code, org.website
        self.states = {p.key: ProductState(p) for p in products}
        self.by_upl = {p.upl_uri: p.key for p in products}
        self.scope = SiteScope()
        self.scope.add(org.website)
        self.trap = TrapGuard(limits.trap_variants)
        self.proposals = Proposals()
        self.frontier = Frontier(evaluator, self._unsettled)
        self.routes = RouteFollower(limits.route_hops, products, render=limits.render)
        self.stage = "boot"
        self.failure = ""
        self.used = 0
        self.pending: Counter[str] = Counter()
        self.requested: dict[tuple[str, bool], int] = {}
        #: pages judged and harvested for links, or on their way (not route pages)
        self.explored: set[str] = set()
        self.feed_for: dict[str, set[str]] = {}
        #: the title of every page judged to be a product page (for the assignment)
        self.titles: dict[str, str] = {}
        self.search_form: SearchForm | None = None
        #: per product, links to other sites that name it (score, url)
        self.away: dict[str, list[tuple[float, str]]] = {}
        #: entries of the site's lists that name no product (url, scores), in order seen
        self.unnamed: dict[str, tuple[str, dict[str, float]]] = {}
        self.sitemaps = 0
        self.home_done = False
        self.hubs_fetched = 0
        self.counts: Counter[str] = Counter()
        self.started = time.monotonic()
        self.finished = 0.0

    # -- public ----------------------------------------------------------------------------
    def start(self) -> list[Fetch]:
        parts = urlsplit(self.org.website)
        robots = f"{parts.scheme}://{parts.netloc}/robots.txt"
        return self._emit([Fetch(self.org.code, robots, ROBOTS)])

    @property
    def done(self) -> bool:
        return self.stage == "done"

    def on_page(self, fetch: Fetch, page: Page) -> list[Fetch]:
        self.pending[fetch.kind] -= 1
        self.counts["pages"] += 1
        if page.status == 0 or page.status >= 400:
            self.counts["errors"] += 1
        if page.rendered:
            self.counts["rendered"] += 1
        out = self._emit(self._redirect(fetch, page) if page.location else self._final(fetch, page))
        out += self._emit(self._advance())
        if self.stage == "done" and not self.finished:
            self.finished = time.monotonic()
        return out

    def assign_pages(self) -> None:
        """Decide the products' pages together (crawler.assignment)."""
        assign(
            self.states,
            lambda url, a, b: self.ev.covers_both(self.titles.get(url, ""), a, b),
            self.ev.margin,
        )

    def cases(self) -> list[Case]:
        return build_cases(
            self.org, list(self.states.values()), confirm=self.ev.confirm, failure=self.failure
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
            "seconds": round((self.finished or time.monotonic()) - self.started, 2),
            "traps": len(self.trap.trapped),
        }

    # -- emitting ----------------------------------------------------------------------------
    def _emit(self, fetches: list[Fetch]) -> list[Fetch]:
        out = []
        for f in fetches:
            limit = self.limits.budget
            if f.kind in DISCOVERY_KINDS and f.kind not in (ROBOTS, HOME):
                limit = int(limit * DISCOVERY_SHARE)
            if self.used >= limit:
                self.counts["over_budget"] += 1
                continue
            if len(f.url) > MAX_URL_LENGTH:
                self.counts["too_long"] += 1
                continue
            key = (normalize_url(f.url), f.render)
            explore = f.kind in EXPLORED_KINDS and not f.render
            if key in self.requested:
                # asked for before for another purpose: served again from the store
                if f.kind != ROUTE and not (explore and key[0] not in self.explored):
                    continue
                f = replace(f, again=self.requested[key] + 1)
            if explore:
                self.explored.add(key[0])
            self.requested[key] = f.again
            self.used += 1
            self.pending[f.kind] += 1
            out.append(f)
        return out

    # -- redirects -----------------------------------------------------------------------------
    def _redirect(self, fetch: Fetch, page: Page) -> list[Fetch]:
        return self._moved(fetch, page.location)

    def _moved(self, fetch: Fetch, target: str) -> list[Fetch]:
        """Follow a page that moved (an HTTP redirect, or a page that is only a refresh to
        another address) as the same fetch."""
        if identity_provider_rule(target):
            self.counts["idp_stops"] += 1
            return self._dead_end(fetch, "idp_redirect")
        chain = {*fetch.chain, normalize_url(fetch.url)}
        if normalize_url(target) in chain or fetch.redirects >= self.limits.max_redirects:
            return self._dead_end(fetch, "redirect_loop")
        if fetch.kind == HOME:
            self.scope.add(target)
        if fetch.kind == CANDIDATE:  # a moved page keeps what proposed it
            self.proposals.sources.setdefault(target, set()).add(fetch.source)
            feed = self.feed_for.get(normalize_url(fetch.url))
            if feed:
                self.feed_for.setdefault(normalize_url(target), set()).update(feed)
        return [fetch.redirected(target)]

    def _dead_end(self, fetch: Fetch, reason: str) -> list[Fetch]:
        if fetch.kind == HOME and not fetch.depth:
            self.failure = reason
        elif fetch.kind == CANDIDATE and fetch.product:
            self.states[fetch.product].failures.append((fetch.url, reason))
        return []

    # -- final pages -------------------------------------------------------------------------
    def _final(self, fetch: Fetch, page: Page) -> list[Fetch]:
        if fetch.kind == ROBOTS:
            return self._on_robots(page)
        if fetch.kind == HOME and not page.ok:
            if not fetch.depth:  # a splash's way on that fails is no failure of the site
                self.failure = failure_reason(page)
            self.home_done = True
            return []
        if fetch.kind == SITEMAP:
            return self._on_sitemap(page)
        if fetch.kind == FEED:
            return self._on_feed(page)
        parsed = ParsedPage(page)  # parsed once for discovery, rendering and routes
        if fetch.kind == ROUTE:
            return self.routes.on_page(fetch, parsed, self.limits.render)
        if not page.ok:
            if fetch.kind == CANDIDATE and fetch.product:
                self.states[fetch.product].failures.append((page.url, failure_reason(page)))
            return []
        info = page_info(parsed, self.ev.rules)
        if info is not None and info.moved_to and fetch.kind in (CANDIDATE, HUB):
            return self._moved(fetch, info.moved_to)
        out: list[Fetch] = []
        if fetch.kind == HOME:
            self.home_done = True
            out += self._on_home(page, info)
        if info is None:
            return out
        if fetch.kind == HOME and info.is_splash and fetch.depth < SPLASH_HOPS:
            # a consent wall, "kies uw taal" or a splash page: its ways on are the site
            ways = [
                link.url
                for link in info.links
                if self.scope.is_site(link.url) and not self.ev.skip(link.url)
            ]
            out += [Fetch(self.org.code, url, HOME, depth=fetch.depth + 1) for url in ways]
        if info.needs_render and self.limits.render and not page.rendered:
            out.append(replace(fetch, url=page.url, render=True, again=0, redirects=0, chain=()))
        if fetch.kind in EXPLORED_KINDS:
            self.explored.add(normalize_url(page.url))
        if fetch.kind in (CANDIDATE, HUB) or (fetch.kind == HOME and fetch.depth > 0):
            elsewhere = fetch.product if fetch.source == ELSEWHERE else ""
            out += self._judge(parsed, info, elsewhere)
        source = "search" if fetch.kind == SEARCH else "links"
        depth = fetch.depth + 1 if fetch.kind != SEARCH else 1
        if fetch.kind != SEARCH or not info.is_news:
            self._harvest(info, depth, source, main_only=fetch.kind == SEARCH)
        return out

    # -- judging and harvesting ----------------------------------------------------------------
    def _judge(self, parsed: ParsedPage, info: PageInfo, elsewhere: str = "") -> list[Fetch]:
        page = parsed.page
        feed = self.feed_for.get(normalize_url(page.url), set())
        verdict = self.ev.judge(info, self.scope, feed, elsewhere)
        if elsewhere and verdict.scores:
            self.states[elsewhere].elsewhere.add(page.url)
        if verdict.scores and info.titles:
            self.titles[page.url] = info.titles[0]
        out = []
        rank = self.proposals.rank(page.url)
        for key, score in verdict.scores.items():
            st = self.states[key]
            # a page as good for another product is ambiguous: a page of its own wins, by
            # up to `margin` points, and an ambiguous page never ends the search
            shared = any(other >= score for k, other in verdict.scores.items() if k != key)
            weight = score - (self.ev.margin if shared else 0.0)
            previous = st.pages.get(page.url)
            if previous is None or score > previous[0]:
                st.pages[page.url] = (score, rank)
            if info.is_form or info.other_language:
                st.forms.add(page.url)
            if self.ev.other_kind(info, key):
                st.other_kind.add(page.url)
            if weight > st.best_weight or (weight == st.best_weight and rank < st.best_rank):
                st.best_score, st.best_url, st.best_rank = score, page.url, rank
                st.best_weight = weight
                if st.routed:  # a better page after routes were started: its routes too
                    out += self._start_routes(st, parsed)
            settles = not (shared or info.is_form or info.other_language)
            if not st.settled and settles and score >= self.ev.rules.thresholds["settle"]:
                st.settled = True
                out += self._start_routes(st, parsed)
        # a page that says a product still sought is not offered is where a reviewer looks
        sought = [k for k in self._unsettled() if k not in verdict.scores]
        for key in self.ev.says_not_offered(info, sought) if verdict.eligible else ():
            self.states[key].pages.setdefault(page.url, (self.ev.confirm, rank))
            self.states[key].statements.add(page.url)
        if normalize_url(page.url) in self.routes.product_pages and page.rendered:
            out += self.routes.from_product_page(self.org.code, parsed)
        return out

    def _start_routes(self, st: ProductState, page: ParsedPage | None) -> list[Fetch]:
        st.routed, st.routed_url = True, st.best_url
        out = []
        if page is not None and normalize_url(page.page.url) == normalize_url(st.best_url):
            out += self.routes.from_product_page(self.org.code, page, st.key)
        else:
            out += self.routes.product_page(self.org.code, st.best_url, st.key)
        if st.feed and st.feed.aanvraag_url:
            out += self.routes.extra(self.org.code, st.feed.aanvraag_url, st.key)
        return out

    def _harvest(self, info: PageInfo, depth: int, source: str, main_only: bool) -> None:
        """Propose the page's links as candidates and add them to the frontier. A link is a
        candidate for a product still sought when it scores `candidate`, or when it is the
        page's best link for the product and scores `follow` (an A-Z list's "Parkeren met
        een handicap" is where a person looking for the gehandicaptenparkeerkaart clicks)."""
        unsettled = set(self._unsettled())
        candidate, follow = self.ev.candidate, self.ev.rules.thresholds["follow"]
        best: dict[str, tuple[float, str]] = {}
        lists = listed_variants(info.url, [link.url for link in info.links])
        # the organisation's own lists and sections, not another product's page (whose
        # links to other sites are its routes)
        listing = info.url not in self.titles
        for link in info.links:
            if (main_only and not link.in_main) or self.ev.skip(link.url):
                continue
            scores = self.ev.link_scores(link)
            if not self.scope.is_site(link.url):
                # the organisation's own page sends the reader to another site for it
                for key, score in scores.items():
                    if key in unsettled and score >= candidate and listing and link.in_main:
                        self.away.setdefault(key, []).append((score, link.url))
                continue
            named = max(scores.values(), default=0.0) >= self.ev.candidate
            if not self.trap.allows(link.url, named, variant_key(link.url) in lists):
                continue
            if listing and link.in_main and not named:
                # a list's entry that names no product surely: where a statement may stand
                self.unnamed.setdefault(normalize_url(link.url), (link.url, scores))
            for key, score in scores.items():
                if key not in unsettled:
                    continue
                if score >= candidate:
                    self.proposals.add(link.url, key, source, score)
                elif score >= max(follow, best.get(key, (0.0, ""))[0]):
                    best[key] = (score, link.url)
            if depth <= self.limits.max_depth and source == "links":
                self.frontier.add(link, depth, scores)
        for key, (score, url) in best.items():
            self.proposals.add(url, key, source, score)
