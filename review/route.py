"""The route of a verdict as a chain of URLs with their HTTP statuses, from the stored pages.

The verdict records its product page and the page or file that decided its level; the
hops between them are found again in the stored pages: redirects (their Location), and the
links, form actions, frames and refreshes of each stored HTML page, breadth first, at most
`MAX_LINK_HOPS` links deep and `MAX_PAGES` pages read. A target that was not stored (an
identity provider the crawler never requests) ends the chain as `not stored`.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from urllib.parse import urljoin

import lxml.html

from digimeter.core.pages import Page, PageStore, normalize_url

MAX_LINK_HOPS = 3
MAX_PAGES = 40
MAX_REDIRECTS = 10
LINK_TAGS = {
    "a": "href",
    "area": "href",
    "form": "action",
    "iframe": "src",
    "frame": "src",
    "button": "formaction",
}
REFRESH = re.compile(r"url\s*=\s*['\"]?([^'\";]+)", re.I)


@dataclass(frozen=True)
class Hop:
    """One URL of the route: how it was reached, and what the crawl stored for it."""

    url: str
    how: str  # start, redirect, link, untraced
    status: int | None
    error: str = ""
    content_type: str = ""

    @property
    def stored(self) -> bool:
        return self.status is not None


def links(page: Page) -> list[str]:
    """Absolute URLs a person can follow from an HTML page (links, forms, frames, refresh)."""
    if "html" not in page.content_type and page.body.lstrip()[:1] != b"<":
        return []
    try:
        tree = lxml.html.fromstring(page.text())
    except (ValueError, lxml.etree.ParserError):
        return []
    base = page.url
    found = tree.xpath("//base/@href")
    if found:
        base = urljoin(page.url, str(found[0]))
    out = []
    for el in tree.iter(*LINK_TAGS, "meta"):
        if el.tag == "meta":
            match = (
                REFRESH.search(el.get("content", ""))
                if el.get("http-equiv", "").lower() == "refresh"
                else None
            )
            value = match.group(1) if match else ""
        else:
            value = el.get(LINK_TAGS[str(el.tag)], "")
        value = value.strip()
        if value and not value.lower().startswith(("javascript:", "mailto:", "tel:", "#")):
            out.append(urljoin(base, value))
    return out


def _hop(store: PageStore, url: str, how: str) -> Hop:
    page = store.get(url)
    if page is None:
        return Hop(url, how, None)
    return Hop(url, how, page.status, page.error, page.content_type)


def trace_route(store: PageStore, product_url: str, route_url: str) -> list[Hop]:
    """The chain from the product page to the route (only the product page without one)."""
    if not product_url:
        return [_hop(store, route_url, "start")] if route_url else []
    target = normalize_url(route_url) if route_url else ""
    parents: dict[str, tuple[str, str]] = {normalize_url(product_url): ("", "start")}
    queue = deque([(product_url, 0)])
    read = 0
    found = ""
    while queue and target and not found and read < MAX_PAGES:
        url, depth = queue.popleft()
        page = store.get(url)
        read += 1
        if page is None:
            continue
        steps = [(page.location, "redirect", depth)] if page.location else []
        if not steps and depth < MAX_LINK_HOPS:
            steps = [(link, "link", depth + 1) for link in links(page)]
        for nxt, how, nxt_depth in steps:
            key = normalize_url(nxt)
            if key in parents:
                continue
            parents[key] = (normalize_url(url), how)
            if key == target:
                found = key
                break
            if len(parents) < MAX_PAGES * 50:
                queue.append((nxt, nxt_depth))
    start = normalize_url(product_url)
    chain: list[tuple[str, str]] = []
    node = found
    while node and node != start:
        parent, how = parents[node]
        chain.append((node, how))
        node = parent
    hops = [_hop(store, product_url, "start")]
    hops += [_hop(store, url, how) for url, how in reversed(chain)]
    if target and not found and target != start:
        hops.append(_hop(store, route_url, "untraced"))
    return hops
