"""The order of discovery for one organisation, cheapest sources first (mixed into
`OrgCrawl`): candidates the feed, sitemap and links proposed (plus a few hub pages), then
the site search, then the focused crawl (and, for products with no page at all, a last
look at list entries that name no product), then the routes of product pages not yet
followed."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from crawler.fetch import CANDIDATE, ELSEWHERE, FEED, HOME, HUB, ROBOTS, SEARCH, SITEMAP, Fetch
from digimeter.core.pages import normalize_url

if TYPE_CHECKING:
    from classifiers.parsedpage import ParsedPage
    from crawler.discovery import Limits
    from crawler.evaluation import Evaluator
    from crawler.frontier import Frontier
    from crawler.pageinfo import SearchForm
    from crawler.products import ProductState, Proposals

BOOT_KINDS = (ROBOTS, HOME, SITEMAP, FEED)
DISCOVERY_KINDS = (ROBOTS, HOME, SITEMAP, FEED, SEARCH, CANDIDATE, HUB)
#: hub pages (menus, A-Z lists) opened before the site search
HUB_PAGES = 8
#: focused-crawl pages in flight at a time, so that the best links go first
EXPLORE_WINDOW = 4
#: unnamed list entries opened at the end when products have no page at all
LAST_LOOK = 6


class StagePlan:
    """Moves one organisation's discovery from stage to stage (see crawler.discovery)."""

    org_code: str
    stage: str
    #: the products' pages have been assigned (at the start of the routes stage)
    assigned: bool = False
    #: candidates on other sites have been asked for (at the end of the explore stage)
    elsewhere_asked: bool = False
    #: the last look at unnamed list entries has been taken (`_last_look`)
    last_looked: bool = False
    unnamed: dict[str, tuple[str, dict[str, float]]]
    away: dict[str, list[tuple[float, str]]]
    failure: str
    home_done: bool
    hubs_fetched: int
    pending: Counter[str]
    explored: set[str]
    states: dict[str, ProductState]
    proposals: Proposals
    frontier: Frontier
    search_form: SearchForm | None
    ev: Evaluator
    limits: Limits

    def _unsettled(self) -> list[str]:
        return [k for k, st in self.states.items() if not st.settled]

    def _start_routes(self, st: ProductState, page: ParsedPage | None) -> list[Fetch]:
        raise NotImplementedError

    def assign_pages(self) -> None:
        raise NotImplementedError

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
            out = self._elsewhere() + self._last_look()
            if out:
                return out
            self.stage = "routes"
        if self.stage == "routes":
            if not self.assigned:
                self.assigned = True
                self.assign_pages()
            for st in self.states.values():
                if not st.best_url or st.best_score < self.ev.confirm:
                    continue
                if not st.routed or normalize_url(st.routed_url) != normalize_url(st.best_url):
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
            if normalize_url(p.url) in self.explored:
                continue
            st.fetched[p.source] = st.fetched.get(p.source, 0) + 1
            out.append(Fetch(self.org_code, p.url, CANDIDATE, p.product, p.source, depth=2))
        return out

    def _elsewhere(self) -> list[Fetch]:
        """Once, for each product no page of the site was found for: the best link to
        another site that names it (the shared tax office's "Hondenbelasting")."""
        if self.elsewhere_asked:
            return []
        self.elsewhere_asked = True
        out = []
        for key, links in self.away.items():
            if self.states[key].pages or self.states[key].settled:
                continue
            _, url = max(links)
            out.append(Fetch(self.org_code, url, CANDIDATE, key, ELSEWHERE, depth=2))
        return out

    def _last_look(self) -> list[Fetch]:
        """Once, when products have no page yet (none scores `confirm`): the site's list
        entries that name no product surely (none scores `candidate`: 'Minder regels voor
        inwoners en ondernemers', 'Veelgestelde vragen'), up to LAST_LOOK pages, best
        scored for those products first, where a page may say that the organisation does
        not offer them."""
        if self.last_looked:
            return []
        self.last_looked = True
        confirm = self.ev.confirm
        missing = [k for k, st in self.states.items() if not st.settled and st.best_score < confirm]
        if not missing:
            return []
        entries = [
            (-max((scores.get(k, 0.0) for k in missing), default=0.0), n, url)
            for n, (key, (url, scores)) in enumerate(self.unnamed.items())
            if key not in self.explored
        ]
        return [
            Fetch(self.org_code, url, HUB, depth=2) for _, _, url in sorted(entries)[:LAST_LOOK]
        ]

    def _pop_hubs(self) -> list[Fetch]:
        out = []
        while self.hubs_fetched < HUB_PAGES and (item := self.frontier.pop_hub(max_depth=2)):
            if normalize_url(item.url) in self.explored:
                continue
            self.hubs_fetched += 1
            out.append(Fetch(self.org_code, item.url, HUB, depth=item.depth))
        return out

    def _searches(self) -> list[Fetch]:
        if self.search_form is None or not self.limits.search_queries:
            return []
        out = []
        for key in self._unsettled():
            terms = self.ev.matcher.best_terms(key)[: self.limits.search_queries]
            for term in terms:
                url = self.search_form.url_for(term)
                out.append(Fetch(self.org_code, url, SEARCH, key, "search", depth=1))
        return out

    def _explore(self) -> list[Fetch]:
        out: list[Fetch] = []
        while self.pending[HUB] + len(out) < EXPLORE_WINDOW:
            item = self.frontier.pop()
            if item is None:
                break
            if normalize_url(item.url) in self.explored:
                continue
            out.append(Fetch(self.org_code, item.url, HUB, depth=item.depth))
        return out
