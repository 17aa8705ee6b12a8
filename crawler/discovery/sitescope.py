"""The organisation's own site, and URL patterns that trap a crawler (for discovery).

`SiteScope` tells which URLs belong to the organisation's site; `TrapGuard` refuses URLs
that only vary a query or repeat path segments without end (calendars, filters), unless a
page lists them together (an A-Z index: `listed_variants`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from classifiers.hostkinds import is_route_host

MAX_URL_LENGTH = 600
#: a page that links to this many query variants of one path lists them (an A-Z index)
LIST_VARIANTS = 5
#: ... and of its own path, this many: an A-Z index's letter page shows every letter, where
#: a pager or a calendar shows a few neighbours of the page (the next ones, without end)
LIST_OWN_VARIANTS = 12
_REPEATED_SEGMENTS = re.compile(r"(/[^/]+)(/[^/]+)?\1(\2)?\1")


def site_key(host: str) -> str:
    """The registrable part of a host name (its last two labels): www.x.nl -> x.nl."""
    labels = host.lower().strip(".").split(".")
    return ".".join(labels[-2:])


@dataclass
class SiteScope:
    """Which URLs belong to the organisation's own site (for discovery)."""

    hosts: set[str] = field(default_factory=set)

    def add(self, url: str) -> None:
        host = (urlsplit(url).hostname or "").lower()
        if host:
            self.hosts.add(host)

    def is_site(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        if not host or is_route_host(host):
            return False
        if host in self.hosts:
            return True
        return site_key(host) in {site_key(h) for h in self.hosts}


class TrapGuard:
    """Spider-trap detection by URL pattern: a path with ever new query strings (calendars,
    filters), repeated path segments, or absurdly long URLs.

    Variants a page lists together are a list, not a trap (an A-Z index's `?letter=a` ...
    `?letter=z`: `listed`); a trap makes its variants one or two at a time ("volgende
    maand"). A link whose text names a product is what a person clicks in a catalogue
    (`/product?id=123` "Paspoort aanvragen"), not a trap's next variant (`named`). Neither
    counts against the path's variants."""

    def __init__(self, max_variants: int) -> None:
        self.max_variants = max_variants
        self.variants: dict[tuple[str, str], set[str]] = {}
        #: variants counted (not listed together, not named)
        self.made: Counter[tuple[str, str]] = Counter()
        self.trapped: set[tuple[str, str]] = set()

    def allows(self, url: str, named: bool = False, listed: bool = False) -> bool:
        if len(url) > MAX_URL_LENGTH:
            return False
        parts = urlsplit(url)
        if _REPEATED_SEGMENTS.search(parts.path):
            return False
        if not parts.query or named:
            return True
        key = variant_key(url)
        seen = self.variants.setdefault(key, set())
        if parts.query in seen:
            return True
        if not listed:
            if self.made[key] >= self.max_variants:
                self.trapped.add(key)
                return False
            self.made[key] += 1
        seen.add(parts.query)
        return True


def listed_variants(page_url: str, urls: list[str]) -> set[tuple[str, str]]:
    """The paths (host, path) of which a page links to LIST_VARIANTS query variants or more;
    LIST_OWN_VARIANTS or more where the page is itself one of them."""
    counts: Counter[tuple[str, str]] = Counter()
    for url in set(urls):
        parts = urlsplit(url)
        if parts.query:
            counts[((parts.hostname or "").lower(), parts.path)] += 1
    here = urlsplit(page_url)
    own = ((here.hostname or "").lower(), here.path) if here.query else None
    return {
        key
        for key, n in counts.items()
        if n >= (LIST_OWN_VARIANTS if key == own else LIST_VARIANTS)
    }


def variant_key(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return (parts.hostname or "").lower(), parts.path
