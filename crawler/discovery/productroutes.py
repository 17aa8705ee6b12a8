"""The routes of the products' pages: started when a page settles its product (or a better
page turns up after that), and, once the pages are assigned (crawler.discovery.assignment),
for every product page whose routes were not followed from it yet."""

from __future__ import annotations

from classifiers.parsedpage import ParsedPage
from crawler.discovery.assignment import assign
from crawler.discovery.evaluation import Evaluator
from crawler.discovery.fetch import Fetch
from crawler.discovery.findings import Findings
from crawler.discovery.products import ProductState
from crawler.discovery.routes import RouteFollower
from digimeter.core.pages import normalize_url


class ProductRoutes:
    def __init__(self, findings: Findings, follower: RouteFollower, evaluator: Evaluator) -> None:
        self.site = findings
        self.follower = follower
        self.ev = evaluator

    def start(self, st: ProductState, page: ParsedPage | None) -> list[Fetch]:
        """Follow the routes of the product's best page (`page`, when it is at hand)."""
        st.routed, st.routed_url = True, st.best_url
        code = self.site.code
        out = []
        if page is not None and normalize_url(page.page.url) == normalize_url(st.best_url):
            out += self.follower.from_product_page(code, page, st.key)
        else:
            out += self.follower.product_page(code, st.best_url, st.key)
        if st.feed and st.feed.aanvraag_url:
            out += self.follower.extra(code, st.feed.aanvraag_url, st.key)
        return out

    def assign(self) -> None:
        """Decide the products' pages together (crawler.discovery.assignment). A page
        that a page saying it is something else than a product opens is not that
        product's page (`Findings.disowned`)."""
        titles = self.site.titles
        for url, keys in self.site.disowned.items():
            for key in keys & self.site.states.keys():
                st = self.site.states[key]
                for page in [u for u in st.pages if normalize_url(u) == url]:
                    del st.pages[page]
                    if page == st.best_url:
                        st.best_url, st.best_score, st.best_weight = "", 0.0, 0.0
        assign(
            self.site.states,
            lambda url, a, b: self.ev.covers_both(titles.get(url, ""), a, b),
            self.ev.margin,
            lambda url, key: self.ev.own_name(key, titles.get(url, "")),
            lambda url: self.site.covered.get(url, frozenset()),
        )

    def not_followed(self) -> list[Fetch]:
        """The routes of every product page (scoring `confirm`) not followed from it yet."""
        out = []
        for st in self.site.states.values():
            if not st.best_url or st.best_score < self.ev.confirm:
                continue
            if not st.routed or normalize_url(st.routed_url) != normalize_url(st.best_url):
                out += self.start(st, None)
        return out
