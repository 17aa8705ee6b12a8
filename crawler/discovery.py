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

from crawler.evaluation import Evaluator, SiteScope, TrapGuard
from crawler.fetch import CANDIDATE, FEED, HOME, HUB, ROBOTS, ROUTE, SEARCH, SITEMAP, Fetch
from crawler.frontier import Frontier
from crawler.pageinfo import PageInfo, SearchForm, page_info
from crawler.products import ProductState, Proposals, build_cases
from crawler.routes import RouteFollower
from crawler.sources import parse_sc_feed, parse_sitemap, robots_sitemaps
from digimeter.model import Case, Organisation, Product
from digimeter.pages import Page, normalize_url

BOOT_KINDS = (ROBOTS, HOME, SITEMAP, FEED)
DISCOVERY_KINDS = (ROBOTS, HOME, SITEMAP, FEED, SEARCH, CANDIDATE, HUB)
DISCOVERY_SHARE = 0.75
MAX_SITEMAPS = 20
HUB_PAGES = 8
EXPLORE_WINDOW = 4
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


class OrgCrawl:
    """Discovery and route following for one organisation."""

    def __init__(
        self, org: Organisation, products: list[Product], evaluator: Evaluator, limits: Limits
    ) -> None:
        self.org, self.limits, self.ev = org, limits, evaluator
        self.states = {p.key: ProductState(p) for p in products}
        self.by_upl = {p.upl_uri: p.key for p in products}
        self.scope = SiteScope()
        self.scope.add(org.website)
        self.trap = TrapGuard(limits.trap_variants)
        self.proposals = Proposals()
        self.frontier = Frontier(evaluator, self._unsettled)
        self.routes = RouteFollower(limits.route_hops)
        self.stage = "boot"
        self.failure = ""
        self.used = 0
        self.pending: Counter[str] = Counter()
        self.requested: dict[tuple[str, bool], int] = {}
        self.feed_for: dict[str, set[str]] = {}
        self.search_form: SearchForm | None = None
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
            key = (normalize_url(f.url), f.render)
            if key in self.requested:
                if f.kind != ROUTE:
                    continue
                f = replace(f, again=self.requested[key] + 1)
            self.requested[key] = f.again
            self.used += 1
            self.pending[f.kind] += 1
            out.append(f)
        return out

    def _unsettled(self) -> list[str]:
        return [k for k, st in self.states.items() if not st.settled]

    # -- redirects -----------------------------------------------------------------------------
    def _redirect(self, fetch: Fetch, page: Page) -> list[Fetch]:
        from classifiers.routes import identity_provider_rule

        target = page.location
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
        if fetch.kind == HOME:
            self.failure = reason
        elif fetch.kind == CANDIDATE and fetch.product:
            self.states[fetch.product].failures.append((fetch.url, reason))
        return []

    # -- final pages -------------------------------------------------------------------------
    def _final(self, fetch: Fetch, page: Page) -> list[Fetch]:
        if fetch.kind == ROBOTS:
            return self._on_robots(page)
        if fetch.kind == HOME and not page.ok:
            self.failure = failure_reason(page)
            self.home_done = True
            return []
        if fetch.kind == SITEMAP:
            return self._on_sitemap(page)
        if fetch.kind == FEED:
            return self._on_feed(page)
        if fetch.kind == ROUTE:
            return self.routes.on_page(fetch, page, self.limits.render)
        if not page.ok:
            if fetch.kind == CANDIDATE and fetch.product:
                self.states[fetch.product].failures.append((page.url, failure_reason(page)))
            return []
        info = page_info(page, self.ev.rules)
        out: list[Fetch] = []
        if fetch.kind == HOME:
            self.home_done = True
            out += self._on_home(page, info)
        if info is None:
            return out
        if info.needs_render and self.limits.render and not page.rendered:
            out.append(replace(fetch, url=page.url, render=True, again=0, redirects=0, chain=()))
        if fetch.kind in (CANDIDATE, HUB):
            out += self._judge(page, info)
        source = "search" if fetch.kind == SEARCH else "links"
        depth = fetch.depth + 1 if fetch.kind != SEARCH else 1
        if fetch.kind != SEARCH or not info.is_news:
            out += self._harvest(info, depth, source, main_only=fetch.kind == SEARCH)
        return out

    def _on_robots(self, page: Page) -> list[Fetch]:
        out = [Fetch(self.org.code, self.org.website, HOME)]
        for url in robots_sitemaps(page)[:5]:
            self.sitemaps += 1
            out.append(Fetch(self.org.code, url, SITEMAP, depth=1))
        return out

    def _on_home(self, page: Page, info: PageInfo | None) -> list[Fetch]:
        self.scope.add(page.url)
        out = []
        if info and info.sc_feed_url:
            out.append(Fetch(self.org.code, info.sc_feed_url, FEED, depth=1))
        if info and info.search_form:
            self.search_form = info.search_form
        if not self.sitemaps:
            parts = urlsplit(page.url)
            self.sitemaps += 1
            out.append(
                Fetch(self.org.code, f"{parts.scheme}://{parts.netloc}/sitemap.xml", SITEMAP)
            )
        return out

    def _on_sitemap(self, page: Page) -> list[Fetch]:
        sitemap = parse_sitemap(page)
        out = []
        for child in sitemap.children:
            if self.sitemaps < MAX_SITEMAPS:
                self.sitemaps += 1
                out.append(Fetch(self.org.code, child, SITEMAP, depth=1))
        candidate = self.ev.candidate
        for url in sitemap.urls:
            if not self.scope.is_site(url) or self.ev.skip(url):
                continue
            self.counts["sitemap_urls"] += 1
            for key, score in self.ev.matcher.score_url(url).items():
                if score >= candidate:
                    self.proposals.add(url, key, "sitemap", score)
        return out

    def _on_feed(self, page: Page) -> list[Fetch]:
        for entry in parse_sc_feed(page):
            key = self.by_upl.get(entry.upl_uri)
            if key is None:
                continue
            self.counts["feed_entries"] += 1
            self.states[key].feed = entry
            if entry.url:
                self.feed_for.setdefault(normalize_url(entry.url), set()).add(key)
                self.proposals.add(entry.url, key, "sc_feed", 100.0)
        return []

    # -- judging and harvesting ----------------------------------------------------------------
    def _judge(self, page: Page, info: PageInfo) -> list[Fetch]:
        verdict = self.ev.judge(info, self.scope, self.feed_for.get(normalize_url(page.url), set()))
        out = []
        for key, score in verdict.scores.items():
            st = self.states[key]
            rank = self.proposals.rank(page.url)
            if score > st.best_score or (score == st.best_score and rank < st.best_rank):
                st.best_score, st.best_url, st.best_rank = score, page.url, rank
            if not st.settled and score >= self.ev.rules.thresholds["settle"]:
                st.settled = True
                out += self._start_routes(st, page)
        if normalize_url(page.url) in self.routes.product_pages and page.rendered:
            out += self.routes.from_product_page(self.org.code, page)
        return out

    def _start_routes(self, st: ProductState, page: Page | None) -> list[Fetch]:
        st.routed = True
        out = []
        if page is not None and normalize_url(page.url) == normalize_url(st.best_url):
            out += self.routes.from_product_page(self.org.code, page)
        elif normalize_url(st.best_url) not in self.routes.product_pages:
            out.append(Fetch(self.org.code, st.best_url, ROUTE, hop=0))
        if st.feed and st.feed.aanvraag_url:
            out += self.routes.extra(self.org.code, st.feed.aanvraag_url)
        return out

    def _harvest(self, info: PageInfo, depth: int, source: str, main_only: bool) -> list[Fetch]:
        unsettled = set(self._unsettled())
        candidate = self.ev.candidate
        for link in info.links:
            if main_only and not link.in_main:
                continue
            if not self.scope.is_site(link.url) or self.ev.skip(link.url):
                continue
            if not self.trap.allows(link.url):
                continue
            scores = self.ev.link_scores(link)
            for key, score in scores.items():
                if key in unsettled and score >= candidate:
                    self.proposals.add(link.url, key, source, score)
            if depth <= self.limits.max_depth and source == "links":
                self.frontier.add(link, depth, scores)
        return []

    # -- stages --------------------------------------------------------------------------------
    def _discovery_pending(self) -> int:
        return sum(self.pending[k] for k in DISCOVERY_KINDS)

    def _advance(self) -> list[Fetch]:
        if self.failure and self.stage != "done":
            if sum(self.pending.values()) == 0:
                self.stage = "done"
            return []
        if self.stage == "boot":
            if not self.home_done or any(self.pending[k] for k in BOOT_KINDS):
                return []
            self.stage = "candidates"
        out: list[Fetch] = []
        if self.stage in ("candidates", "search", "explore") and not self._unsettled():
            self.stage = "routes"
        if self.stage == "candidates":
            out = self._pop_proposals() + self._pop_hubs()
            if out or self._discovery_pending():
                return out
            self.stage = "search"
            out = self._searches()
        if self.stage == "search":
            out += self._pop_proposals()
            if out or self._discovery_pending():
                return out
            self.stage = "explore"
        if self.stage == "explore":
            out = self._pop_proposals() + self._explore()
            if out or self._discovery_pending():
                return out
            self.stage = "routes"
        if self.stage == "routes":
            for st in self.states.values():
                if not st.routed and st.best_url and st.best_score >= self.ev.confirm:
                    out += self._start_routes(st, None)
            if not out and sum(self.pending.values()) == 0:
                self.stage = "done"
        return out

    def _pop_proposals(self) -> list[Fetch]:
        out = []
        per_source = int(self.ev.rules.thresholds["candidates_per_source"])
        while (p := self.proposals.pop()) is not None:
            st = self.states[p.product]
            if st.settled or st.fetched.get(p.source, 0) >= per_source:
                continue
            if (normalize_url(p.url), False) in self.requested:
                continue
            st.fetched[p.source] = st.fetched.get(p.source, 0) + 1
            out.append(Fetch(self.org.code, p.url, CANDIDATE, p.product, p.source, depth=2))
        return out

    def _pop_hubs(self) -> list[Fetch]:
        out = []
        while self.hubs_fetched < HUB_PAGES and (item := self.frontier.pop_hub(max_depth=2)):
            if (normalize_url(item.url), False) in self.requested:
                continue
            self.hubs_fetched += 1
            out.append(Fetch(self.org.code, item.url, HUB, depth=item.depth))
        return out

    def _searches(self) -> list[Fetch]:
        if self.search_form is None or not self.limits.search_queries:
            return []
        out = []
        for key in self._unsettled():
            st = self.states[key]
            terms = self.ev.matcher.best_terms(key)[: self.limits.search_queries]
            for term in terms:
                st.searched += 1
                url = self.search_form.url_for(term)
                out.append(Fetch(self.org.code, url, SEARCH, key, "search", depth=1))
        return out

    def _explore(self) -> list[Fetch]:
        out = []
        while self.pending[HUB] + len(out) < EXPLORE_WINDOW:
            item = self.frontier.pop()
            if item is None:
                break
            if (normalize_url(item.url), False) in self.requested:
                continue
            out.append(Fetch(self.org.code, item.url, HUB, depth=item.depth))
        return out
