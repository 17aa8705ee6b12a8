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
`settle` or more has its routes followed at once. Discovery may use DISCOVERY_SHARE of the
page budget; routes the rest.

The parts share one `Findings` record, given to each: `SourceReader` (robots.txt, homepage,
sitemaps, SC feed), the `Frontier` of the focused crawl, `ProductRoutes` (the routes of
the products' pages) and the `StagePlan`.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import replace
from urllib.parse import urlsplit

from classifiers.parsedpage import ParsedPage
from classifiers.routes import identity_provider_rule
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
from crawler.discovery.pageinfo import PageInfo, page_info
from crawler.discovery.productroutes import ProductRoutes
from crawler.discovery.products import ProductState, build_cases
from crawler.discovery.routes import RouteFollower
from crawler.discovery.sitescope import TrapGuard, listed_variants, variant_key
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
        #: fetches asked for so far (the page budget)
        self.used = 0
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
        out = self._emit(self._redirect(fetch, page) if page.location else self._final(fetch, page))
        out += self._emit(self.plan.advance())
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
            self.plan.pending[f.kind] += 1
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
            self.site.scope.add(target)
        if fetch.kind == CANDIDATE:  # a moved page keeps what proposed it
            self.site.proposals.sources.setdefault(target, set()).add(fetch.source)
            feed = self.site.feed_for.get(normalize_url(fetch.url))
            if feed:
                self.site.feed_for.setdefault(normalize_url(target), set()).update(feed)
        return [fetch.redirected(target)]

    def _dead_end(self, fetch: Fetch, reason: str) -> list[Fetch]:
        if fetch.kind == HOME and not fetch.depth:
            self.site.failure = reason
        elif fetch.kind == CANDIDATE and fetch.product:
            self.site.states[fetch.product].failures.append((fetch.url, reason))
        return []

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
            return self._moved(fetch, info.moved_to)
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
            out.append(replace(fetch, url=page.url, render=True, again=0, redirects=0, chain=()))
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
            out += self._judge(parsed, info, elsewhere)
        source = "search" if fetch.kind == SEARCH else "links"
        depth = fetch.depth + 1 if fetch.kind != SEARCH else 1
        if fetch.kind != SEARCH or not info.is_news:
            self._harvest(info, depth, source, main_only=fetch.kind == SEARCH)
        return out

    # -- judging and harvesting ----------------------------------------------------------------
    def _judge(self, parsed: ParsedPage, info: PageInfo, elsewhere: str = "") -> list[Fetch]:
        page = parsed.page
        feed = self.site.feed_for.get(normalize_url(page.url), set())
        together = self.site.named_together.get(normalize_url(page.url), frozenset())
        verdict = self.ev.judge(info, self.site.scope, feed, elsewhere, together)
        if elsewhere and verdict.scores:
            self.site.states[elsewhere].elsewhere.add(page.url)
        if verdict.sent:
            self.site.sent_on[normalize_url(page.url)] = set(verdict.sent)
        for key, url in verdict.sent.items():
            # the lead sends the reader to another site for a product: a page to open for
            # it when the site has none of its own
            if not self.site.scope.is_site(url) and key in self.site.states:
                self.site.away.setdefault(key, []).append((self.ev.confirm, url))
        if verdict.scores and info.titles:
            self.site.titles[page.url] = info.titles[0]
        if verdict.covered:
            self.site.covered[page.url] = verdict.covered
        out = []
        rank = self.site.proposals.rank(page.url)
        for key, score in verdict.scores.items():
            st = self.site.states[key]
            # a page as good for another product is ambiguous: a page of its own wins, by
            # up to `margin` points, and an ambiguous page never ends the search; a form
            # yields to an information page by `form_page` points (but is the product's
            # page where it has no other)
            shared = any(other >= score for k, other in verdict.scores.items() if k != key)
            weight = score - (self.ev.margin if shared else 0.0) + self.ev.own_name(key, info.title)
            weight -= self.ev.form_page if info.is_form else 0.0
            previous = st.pages.get(page.url)
            if previous is None or score > previous[0]:
                st.pages[page.url] = (score, rank)
            if info.is_form or info.other_language:
                st.forms.add(page.url)
            other_kind = self.ev.other_kind(info, key)
            if other_kind:
                st.other_kind.add(page.url)
            if weight > st.best_weight or (weight == st.best_weight and rank < st.best_rank):
                st.best_score, st.best_url, st.best_rank = score, page.url, rank
                st.best_weight = weight
                if st.routed:  # a better page after routes were started: its routes too
                    out += self.product_routes.start(st, parsed)
            settles = not (shared or info.is_form or info.other_language or other_kind)
            if not st.settled and settles and score >= self.ev.rules.thresholds["settle"]:
                st.settled = True
                out += self.product_routes.start(st, parsed)
        # a page that says a product still sought is not offered is where a reviewer looks
        sought = [k for k in self.site.unsettled() if k not in verdict.scores]
        for key in self.ev.says_not_offered(info, sought) if verdict.eligible else ():
            self.site.states[key].pages.setdefault(page.url, (self.ev.confirm, rank))
            self.site.states[key].statements.add(page.url)
        if normalize_url(page.url) in self.routes.product_pages and page.rendered:
            out += self.routes.from_product_page(self.org.code, parsed)
        return out

    def _harvest(self, info: PageInfo, depth: int, source: str, main_only: bool) -> None:
        """Propose the page's links as candidates and add them to the frontier. A link is a
        candidate for a product still sought when it scores `candidate`, or when it is the
        page's best link for the product and scores `follow` (an A-Z list's "Parkeren met
        een handicap" is where a person looking for the gehandicaptenparkeerkaart clicks)."""
        unsettled = set(self.site.unsettled())
        candidate, follow = self.ev.candidate, self.ev.rules.thresholds["follow"]
        best: dict[str, tuple[float, str]] = {}
        lists = listed_variants(info.url, [link.url for link in info.links])
        # the organisation's own lists and sections, not another product's page (whose
        # links to other sites are its routes)
        listing = info.url not in self.site.titles
        # a page that sends the reader on for a product ('dit is iets anders dan <X>') is
        # no list of X's pages: its own calls to action are another thing's routes
        sent_on = self.site.sent_on.get(normalize_url(info.url), set())
        for link in info.links:
            if (main_only and not link.in_main) or self.ev.skip(link.url):
                continue
            scores = self.ev.link_scores(link)
            # 'Hulp bij het huishouden' ("dit is iets anders dan <Zorg en ondersteuning
            # (Wmo)>"): its 'Online aanvragen' opens its own form, not the Wmo's
            if link.in_main and sent_on:
                words = self.ev.matcher.score_text(link.text)
                disowned = {k for k in sent_on if words.get(k, 0.0) < candidate}
                if disowned:
                    self.site.disowned.setdefault(normalize_url(link.url), set()).update(disowned)
            if not self.site.scope.is_site(link.url):
                together = self.ev.matcher.shared_title(link.text) if link.text else {}
                if len(together) >= 2 and listing and link.in_main:
                    self.site.named_together[normalize_url(link.url)] = frozenset(together)
                # the organisation's own page sends the reader to another site for it
                for key, score in scores.items():
                    if (
                        key in unsettled
                        and key not in sent_on
                        and score >= candidate
                        and listing
                        and link.in_main
                    ):
                        self.site.away.setdefault(key, []).append((score, link.url))
                continue
            named = max(scores.values(), default=0.0) >= self.ev.candidate
            if not self.trap.allows(link.url, named, variant_key(link.url) in lists):
                continue
            # a list's entry that names no product surely (none scores `confirm`; 'Regels en
            # vergunningen: wat is veranderd?' half names every permit): where a statement
            # may stand (a Dutch one: not an entry of a list in another language)
            surely = max(scores.values(), default=0.0) >= self.ev.confirm
            if listing and link.in_main and not info.other_language and not surely:
                self.site.unnamed.setdefault(normalize_url(link.url), (link.url, scores))
            for key, score in scores.items():
                if key not in unsettled:
                    continue
                if score >= candidate:
                    self.site.proposals.add(link.url, key, source, score)
                elif score >= max(follow, best.get(key, (0.0, ""))[0]):
                    best[key] = (score, link.url)
            if depth <= self.limits.max_depth and source == "links":
                self.frontier.add(link, depth, scores)
        for key, (score, url) in best.items():
            self.site.proposals.add(url, key, source, score)
