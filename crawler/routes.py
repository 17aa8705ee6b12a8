"""Following a product page's calls to action, hop by hop, across hosts.

The links to fetch are exactly those `classifiers.routes.route_links` marks `fetch=True`
(the classifiers read the same links from the stored pages). Identity providers are never
requested: a link to one is left alone, and a redirect to one ends the chain (its 3xx page,
with the `location`, is the login evidence). Pages that need JavaScript are rendered too,
and the links of the rendered DOM are followed as well.
"""

from __future__ import annotations

from classifiers.routes import identity_provider_rule, route_links
from crawler.fetch import ROUTE, Fetch
from crawler.pageinfo import needs_rendering
from digimeter.pages import Page, normalize_url

MAX_LINKS_PER_PAGE = 25


class RouteFollower:
    def __init__(self, hops: int) -> None:
        self.hops = hops
        #: lowest hop at which each URL was asked for
        self.seen: dict[str, int] = {}
        #: product pages whose routes were followed
        self.product_pages: set[str] = set()

    def _first_ask(self, url: str, hop: int) -> bool:
        """Record `url` as asked for at `hop`; False when it was asked for at no deeper hop."""
        key = normalize_url(url)
        if self.seen.get(key, self.hops + 1) <= hop:
            return False
        self.seen[key] = hop
        return True

    def _next(self, org: str, page: Page, hop: int) -> list[Fetch]:
        if hop >= self.hops:
            return []
        out = []
        for link in route_links(page, hop=hop)[:MAX_LINKS_PER_PAGE]:
            if not link.fetch or identity_provider_rule(link.url):
                continue
            if self._first_ask(link.url, hop + 1):
                out.append(Fetch(org, link.url, ROUTE, hop=hop + 1))
        return out

    def from_product_page(self, org: str, page: Page) -> list[Fetch]:
        """Hop-1 fetches from a product page (raw or rendered) at hand."""
        key = normalize_url(page.url)
        self.product_pages.add(key)
        self.seen[key] = 0
        return self._next(org, page, 0)

    def extra(self, org: str, url: str) -> list[Fetch]:
        """A route named elsewhere (the SC feed's aanvraagURL): fetched as a hop-1 page."""
        if identity_provider_rule(url) or not self._first_ask(url, 1):
            return []
        return [Fetch(org, url, ROUTE, hop=1)]

    def on_page(self, fetch: Fetch, page: Page, render: bool) -> list[Fetch]:
        """A route page (or a product page asked for again at hop 0) arrived."""
        if fetch.hop == 0:
            self.product_pages.add(normalize_url(page.url))
        if not page.ok:
            return []
        out: list[Fetch] = []
        if render and not page.rendered and needs_rendering(page):
            out.append(Fetch(fetch.org, page.url, ROUTE, hop=fetch.hop, render=True))
        return out + self._next(fetch.org, page, fetch.hop)
