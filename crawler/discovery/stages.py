"""The order of discovery for one organisation, cheapest sources first: candidates the feed,
sitemap and links proposed (plus a few hub pages), then the site search, then the focused
crawl (and, for products with no page at all, a last look at list entries that name no
product), then the routes of product pages not yet followed."""

from __future__ import annotations

from collections import Counter
from enum import Enum

from classifiers.hosts import bare_host
from crawler.discovery.evaluation import Evaluator
from crawler.discovery.fetch import Fetch
from crawler.discovery.findings import Findings
from crawler.discovery.frontier import Frontier
from crawler.discovery.kinds import BOOT_KINDS, CANDIDATE, DISCOVERY_KINDS, ELSEWHERE, HUB, SEARCH
from crawler.discovery.limits import Limits
from crawler.discovery.productroutes import ProductRoutes
from digimeter.core.pages import normalize_url

#: hub pages (menus, A-Z lists) opened before the site search
HUB_PAGES = 8
#: focused-crawl pages in flight at a time, so that the best links go first
EXPLORE_WINDOW = 4
#: unnamed list entries opened at the end when products have no page at all
LAST_LOOK = 6


class Stage(Enum):
    """The stages of one organisation's discovery, in order (crawler.discovery.orgcrawl)."""

    BOOT = "boot"
    CANDIDATES = "candidates"
    SEARCH = "search"
    EXPLORE = "explore"
    ROUTES = "routes"
    DONE = "done"


#: the stages that look for the products' pages
SEEKING = (Stage.CANDIDATES, Stage.SEARCH, Stage.EXPLORE)


class StagePlan:
    """Moves one organisation's discovery from stage to stage: `advance()` after every page
    gives the fetches the stage asks for next."""

    def __init__(
        self,
        findings: Findings,
        frontier: Frontier,
        routes: ProductRoutes,
        evaluator: Evaluator,
        limits: Limits,
    ) -> None:
        self.site = findings
        self.frontier = frontier
        self.routes = routes
        self.ev = evaluator
        self.limits = limits
        self.stage = Stage.BOOT
        #: fetches in flight per kind
        self.pending: Counter[str] = Counter()
        #: the homepage (or its failure) has arrived
        self.home_done = False
        self.hubs_fetched = 0
        #: the products' pages have been assigned (at the start of the routes stage)
        self.assigned = False
        #: candidates on other sites have been asked for (at the end of the explore stage)
        self.elsewhere_asked = False
        #: the last look at unnamed list entries has been taken (`_last_look`)
        self.last_looked = False

    def _discovery_pending(self) -> int:
        return sum(self.pending[k] for k in DISCOVERY_KINDS)

    def advance(self) -> list[Fetch]:
        if self.site.failure and self.stage is not Stage.DONE:
            if sum(self.pending.values()) == 0:
                self.stage = Stage.DONE
            return []
        if self.stage is Stage.BOOT:
            if not self.home_done or any(self.pending[k] for k in BOOT_KINDS):
                return []
            self.stage = Stage.CANDIDATES
        out: list[Fetch] = []
        if self.stage in SEEKING and not self.site.unsettled():
            self.stage = Stage.ROUTES
        if self.stage is Stage.CANDIDATES:
            out = self._pop_proposals() + self._pop_hubs()
            if out or self._discovery_pending():
                return out
            self.stage = Stage.SEARCH
            out = self._searches()
        if self.stage is Stage.SEARCH:
            out += self._pop_proposals()
            if out or self._discovery_pending():
                return out
            self.stage = Stage.EXPLORE
        if self.stage is Stage.EXPLORE:
            out = self._pop_proposals() + self._explore()
            if out or self._discovery_pending():
                return out
            out = self._elsewhere() + self._last_look()
            if out:
                return out
            self.stage = Stage.ROUTES
        if self.stage is Stage.ROUTES:
            if not self.assigned:
                self.assigned = True
                self.routes.assign()
            out += self.routes.not_followed()
            if not out and sum(self.pending.values()) == 0:
                self.stage = Stage.DONE
        return out

    def _pop_proposals(self) -> list[Fetch]:
        out = []
        per_source = int(self.ev.rules.thresholds["candidates_per_source"])
        while (p := self.site.proposals.pop()) is not None:
            st = self.site.states[p.product]
            if st.settled or st.fetched.get(p.source, 0) >= per_source:
                continue
            if normalize_url(p.url) in self.site.explored:
                continue
            st.fetched[p.source] = st.fetched.get(p.source, 0) + 1
            out.append(Fetch(self.site.code, p.url, CANDIDATE, p.product, p.source, depth=2))
        return out

    def _elsewhere(self) -> list[Fetch]:
        """Once, for each product no page of the site was found for: the best link to
        another site that names it (the shared tax office's "Hondenbelasting")."""
        if self.elsewhere_asked:
            return []
        self.elsewhere_asked = True
        out = []
        for key, links in self.site.away.items():
            if self.site.states[key].pages or self.site.states[key].settled:
                continue
            _, url = max(links)
            out.append(Fetch(self.site.code, url, CANDIDATE, key, ELSEWHERE, depth=2))
        return out

    def _last_look(self) -> list[Fetch]:
        """Once, when products have no page yet (none scores `confirm`): the site's list
        entries that name no product surely (none scores `candidate`: 'Minder regels voor
        inwoners en ondernemers', 'Veelgestelde vragen'), up to LAST_LOOK pages, where a
        page may say that the organisation does not offer them: those on the site's own host
        first (a statement stands on an information page, not among the forms of its
        'loket.' host), best scored for those products first, then for any product."""
        if self.last_looked:
            return []
        self.last_looked = True
        confirm = self.ev.confirm
        states = self.site.states
        missing = [k for k, st in states.items() if not st.settled and st.best_score < confirm]
        if not missing:
            return []
        home = bare_host(self.site.org.website)
        entries = [
            (
                bare_host(url) != home,  # the site's own pages before its form host's
                -max((scores.get(k, 0.0) for k in missing), default=0.0),
                # then those that speak of some product at all ('Parkeren met een
                # beperking' half names the parking permit) before 'Contact' or 'Nieuws'
                -max(scores.values(), default=0.0),
                n,
                url,
            )
            for n, (key, (url, scores)) in enumerate(self.site.unnamed.items())
            if key not in self.site.explored
        ]
        return [Fetch(self.site.code, url, HUB, depth=2) for *_, url in sorted(entries)[:LAST_LOOK]]

    def _pop_hubs(self) -> list[Fetch]:
        out = []
        while self.hubs_fetched < HUB_PAGES and (item := self.frontier.pop_hub(max_depth=2)):
            if normalize_url(item.url) in self.site.explored:
                continue
            self.hubs_fetched += 1
            out.append(Fetch(self.site.code, item.url, HUB, depth=item.depth))
        return out

    def _searches(self) -> list[Fetch]:
        search_form = self.site.search_form
        if search_form is None or not self.limits.search_queries:
            return []
        out = []
        for key in self.site.unsettled():
            terms = self.ev.matcher.best_terms(key)[: self.limits.search_queries]
            for term in terms:
                url = search_form.url_for(term)
                out.append(Fetch(self.site.code, url, SEARCH, key, "search", depth=1))
        return out

    def _explore(self) -> list[Fetch]:
        out: list[Fetch] = []
        while self.pending[HUB] + len(out) < EXPLORE_WINDOW:
            item = self.frontier.pop()
            if item is None:
                break
            if normalize_url(item.url) in self.site.explored:
                continue
            out.append(Fetch(self.site.code, item.url, HUB, depth=item.depth))
        return out
