"""Following a product page's calls to action, hop by hop, across hosts.

The links to fetch are those `classifiers.routes.route_links` marks `fetch=True` (the
classifiers read the same links from the stored pages): anchors, and every other way on a
person can click (buttons, GET forms, frames, an interstitial's way through). Identity
providers are never requested: a link to one is left alone, and a redirect to one ends the
chain (its 3xx page, with the `location`, is the login evidence). Route pages that need
JavaScript, and pages whose ways on a script builds or only a click resolves, are rendered
too (the browser clicks such buttons: `crawler.render.click_ways`), and the ways on of the
rendered page are followed as well; a route page that is a login gate without its scripts
(`classifiers.logins.gate_logins`) and has nothing to click is not rendered: it is the top
of the scale already.

Routes are followed per product: on a page not titled for the product whose entries name
it (an overview of forms, a digital counter: `aboutproduct.overview_choice`) only those
entries, and a login the page offers itself, are fetched, as the classifier's walk chooses
them. A page reached by a second product's route after it was read is expanded again.
"""

from __future__ import annotations

from classifiers.aboutproduct import overview_choice
from classifiers.clickables import builds_ways_on, needs_clicking
from classifiers.html import page_title
from classifiers.logins import gate_logins, link_claims
from classifiers.parsedpage import ParsedPage
from classifiers.routes import RouteLink, identity_provider_rule, next_hop, route_links
from classifiers.ruleset import load_rules
from crawler.discovery.fetch import Fetch
from crawler.discovery.kinds import ROUTE
from crawler.discovery.rendering import needs_rendering
from digimeter.core.model import Product
from digimeter.core.pages import Page, normalize_url

MAX_LINKS_PER_PAGE = 25


def _announces_login(link: RouteLink) -> bool:
    """A call to action that says it leads to a login ('Inloggen met DigiD')."""
    return bool(link_claims(load_rules(), link.url, link.text))


class RouteFollower:
    def __init__(
        self, hops: int, products: list[Product] | None = None, *, render: bool = True
    ) -> None:
        self.hops = hops
        self.render = render
        #: pages asked for rendered (their ways on are built by scripts)
        self.rendering: set[str] = set()
        self.products = {p.key: p for p in products or ()}
        #: lowest hop at which each URL was asked for
        self.seen: dict[str, int] = {}
        #: product pages whose routes were followed, with their products
        self.product_pages: dict[str, set[str]] = {}
        #: the products whose route reached each URL
        self.wanted: dict[str, set[str]] = {}
        #: pages read: (hop, candidate links, title)
        self.read: dict[str, tuple[int, list[RouteLink], str]] = {}

    def _first_ask(self, url: str, hop: int) -> bool:
        """Record `url` as asked for at `hop`; False when it was asked for at no deeper hop."""
        key = normalize_url(url)
        if self.seen.get(key, self.hops + 1) <= hop:
            return False
        self.seen[key] = hop
        return True

    def _ask(self, org: str, url: str, hop: int, product: str) -> list[Fetch]:
        """Fetch `url` for `product` at `hop`, or expand it for the product if already read."""
        key = normalize_url(url)
        wanted = self.wanted.setdefault(key, set())
        new = product not in wanted
        wanted.add(product)
        if self._first_ask(url, hop):
            return [Fetch(org, url, ROUTE, product=product, hop=hop)]
        if new and key in self.read:
            return self._expand(org, key, {product})
        return []

    def _expand(self, org: str, key: str, products: set[str]) -> list[Fetch]:
        """The next hop's fetches from a page read before, for the given products."""
        hop, links, title = self.read[key]
        if hop >= self.hops and not any(next_hop(hop, link.reasons) == hop for link in links):
            return []
        out: list[Fetch] = []
        routes = [link for link in links if not link.item_only][:MAX_LINKS_PER_PAGE]
        for product in sorted(products):
            chosen: list[RouteLink] = []
            if hop > 0 and product in self.products:
                # a link back to a product page ('Terug naar ...') is no entry of a list
                entries = [link for link in links if self.seen.get(normalize_url(link.url)) != 0]
                chosen = overview_choice(title, entries, self.products[product])
            # an overview: its entries that name the product, and any login it offers itself
            # (the walk falls back to it); another page: its calls to action
            picks = [*chosen, *(r for r in routes if _announces_login(r))] if chosen else routes
            for link in dict.fromkeys(picks):
                if (to := next_hop(hop, link.reasons)) <= self.hops:
                    out += self._ask(org, link.url, to, product)
        return out

    def _read(self, org: str, page: Page | ParsedPage, hop: int, products: set[str]) -> list[Fetch]:
        parsed = ParsedPage.of(page)
        page, tree = parsed.page, parsed.tree
        key = normalize_url(page.url)
        out = self._render(org, parsed, hop, products)
        links = [
            link
            for link in route_links(page, tree, hop=hop, ways=parsed.clickables)
            if link.fetch and not identity_provider_rule(link.url)
        ]
        if hop > 0 and any(link.in_main for link in links):
            links = [link for link in links if link.in_main]
        known = self.read.get(key)
        if known is not None:  # read before (raw, now rendered): keep every link seen
            urls = {link.url for link in links}
            links += [link for link in known[1] if link.url not in urls]
            hop = min(hop, known[0])  # a product page stays hop 0 whatever route brings it
        self.read[key] = (hop, links, page_title(tree) if tree is not None else "")
        return out + self._expand(org, key, products)

    def _render(self, org: str, parsed: ParsedPage, hop: int, products: set[str]) -> list[Fetch]:
        """The page again, rendered, when a script builds it or its ways on."""
        page, tree = parsed.page, parsed.tree
        key = normalize_url(page.url)
        if not self.render or page.rendered or tree is None or key in self.rendering:
            return []
        click = needs_clicking(tree)
        if not (click or builds_ways_on(tree) or (hop > 0 and needs_rendering(parsed))):
            return []
        if hop > 0 and not click and gate_logins(load_rules(), parsed.main, page.url, hop=hop):
            # a login gate already without scripts: the top of the scale, where the walk
            # stops; what the scripts add cannot raise the route (fewer renders)
            return []
        self.rendering.add(key)
        product = min(products) if products else ""
        extra = {"click": True} if click else {}
        return [Fetch(org, page.url, ROUTE, product=product, hop=hop, render=True, extra=extra)]

    def from_product_page(
        self, org: str, page: Page | ParsedPage, product: str = ""
    ) -> list[Fetch]:
        """Hop-1 fetches from a product page (raw or rendered) at hand; `product`: the
        product it is the page of ('' for the products recorded before)."""
        key = normalize_url(ParsedPage.of(page).page.url)
        products = self.product_pages.setdefault(key, set())
        if product:
            products.add(product)
        self.seen[key] = 0
        return self._read(org, page, 0, set(products) or {""})

    def product_page(self, org: str, url: str, product: str) -> list[Fetch]:
        """`url` is `product`'s page but not at hand: fetched as hop 0, or expanded for the
        product when another product's route read it already."""
        key = normalize_url(url)
        self.product_pages.setdefault(key, set()).add(product)
        known = self.read.get(key)
        if known is not None and known[0] == 0:
            return self._expand(org, key, {product})
        if self._first_ask(url, 0):  # never asked for, or only as a route of another product
            return [Fetch(org, url, ROUTE, product=product, hop=0)]
        return []  # on its way: read for every product of the page when it arrives

    def extra(self, org: str, url: str, product: str = "") -> list[Fetch]:
        """A route named elsewhere (the SC feed's aanvraagURL): fetched as a hop-1 page."""
        if identity_provider_rule(url):
            return []
        return self._ask(org, url, 1, product)

    def on_page(self, fetch: Fetch, page: Page | ParsedPage, render: bool) -> list[Fetch]:
        """A route page (or a product page asked for again at hop 0) arrived."""
        parsed = ParsedPage.of(page)
        page = parsed.page
        key = normalize_url(page.url)
        if fetch.hop == 0:
            products = self.product_pages.setdefault(key, set())
            products |= self.product_pages.get(normalize_url(fetch.url), set())
            products.add(fetch.product)
        if not page.ok:
            return []
        self.render = render
        products = self.wanted.get(normalize_url(fetch.url), set()) | {fetch.product}
        if fetch.hop == 0 or self.seen.get(key) == 0:
            # a product page, also when another product's route brings it (rendered)
            products |= self.product_pages.get(key, set())
        if len(products) > 1:
            products.discard("")
        return self._read(fetch.org, parsed, fetch.hop, products)
