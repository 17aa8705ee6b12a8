"""Kinds of fetch, by purpose (`Fetch.kind`), and the groups of kinds the stages wait for."""

from __future__ import annotations

from enum import StrEnum


class FetchKind(StrEnum):
    """Why a page is fetched (a plain string compares equal, as a request's meta holds it)."""

    ROBOTS = "robots"
    HOME = "home"
    SITEMAP = "sitemap"
    FEED = "feed"
    SEARCH = "search"
    CANDIDATE = "candidate"
    HUB = "hub"
    ROUTE = "route"


ROBOTS, HOME, SITEMAP, FEED, SEARCH, CANDIDATE, HUB, ROUTE = FetchKind
#: the source of a candidate on another site that the organisation's own pages link to
ELSEWHERE = "elsewhere"

#: what the boot stage waits for
BOOT_KINDS = (ROBOTS, HOME, SITEMAP, FEED)
#: fetches that look for the products' pages (the rest, ROUTE, follow their calls to action)
DISCOVERY_KINDS = (ROBOTS, HOME, SITEMAP, FEED, SEARCH, CANDIDATE, HUB)
#: fetches whose pages are judged and harvested for links (once per URL)
EXPLORED_KINDS = (HOME, SEARCH, CANDIDATE, HUB)
