"""What discovery asks the spider to fetch, and how such a request is fingerprinted.

A `Fetch` travels in `Request.meta["digimeter"]` as a plain dict, so requests can be
queued in Redis (scrapy-redis serialises requests) and replayed after a restart.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from scrapy import Request

from crawler.secondattempt import ATTEMPT_KEY
from digimeter.core.pages import normalize_url

META_KEY = "digimeter"

#: Kinds of fetch, by purpose.
ROBOTS, HOME, SITEMAP, FEED, SEARCH, CANDIDATE, HUB, ROUTE = (
    "robots", "home", "sitemap", "feed", "search", "candidate", "hub", "route",
)  # fmt: skip
#: the source of a candidate on another site that the organisation's own pages link to
ELSEWHERE = "elsewhere"


@dataclass(frozen=True)
class Fetch:
    """One request discovery wants made for one organisation."""

    org: str
    url: str
    kind: str
    #: The product a candidate, search or route fetch is for ('' for site-wide fetches).
    product: str = ""
    #: How a candidate was proposed: sc_feed, sitemap, search, links.
    source: str = ""
    #: Link hops from the homepage (focused crawl) or route hops from a product page.
    depth: int = 0
    hop: int = 0
    #: Redirect hops so far and the URLs of the chain (loop detection).
    redirects: int = 0
    chain: tuple[str, ...] = ()
    #: Render with Chromium (stored beside the raw response as rendered=True).
    render: bool = False
    #: >0 when a URL is asked for again (served from the store, not the network).
    again: int = 0
    priority: int = 0
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_meta(self) -> dict[str, Any]:
        data = asdict(self)
        data["chain"] = list(self.chain)
        return data

    @classmethod
    def from_meta(cls, data: dict[str, Any]) -> Fetch:
        values = dict(data)
        values["chain"] = tuple(values.get("chain", ()))
        return cls(**values)

    def redirected(self, target: str) -> Fetch:
        """The same fetch for the next hop of a redirect chain."""
        return replace(
            self,
            url=target,
            redirects=self.redirects + 1,
            chain=(*self.chain, normalize_url(self.url)),
            again=0,
        )


def fetch_of(request: Request | None) -> Fetch | None:
    data = request.meta.get(META_KEY) if request is not None else None
    return Fetch.from_meta(data) if isinstance(data, dict) else None


class OrgRequestFingerprinter:
    """Request fingerprints per organisation: the same URL is one request per organisation
    (and per rendering), so two organisations linking to one portal both get its page."""

    @classmethod
    def from_crawler(cls, crawler: Any) -> OrgRequestFingerprinter:
        return cls()

    def fingerprint(self, request: Request) -> bytes:
        data = request.meta.get(META_KEY) or {}
        attempt = request.meta.get(ATTEMPT_KEY)  # a site's second attempt: the same URLs again
        key = "\n".join(
            [
                str(data.get("org", "")),
                normalize_url(request.url),
                request.method,
                "render" if data.get("render") else "raw",
                str(data.get("again", 0)),
                *([f"attempt {attempt}"] if attempt else []),
            ]
        )
        return hashlib.sha1(key.encode("utf-8")).digest()
