"""What discovery asks the spider to fetch: one `Fetch` per request.

A `Fetch` is a plain record; `to_meta()` and `from_meta()` turn it into a plain dict and
back, so that it can travel with a request (crawler.fetchcodec), be queued in Redis
(scrapy-redis serialises requests) and be replayed after a restart.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import Any

from digimeter.core.pages import normalize_url


@dataclass(frozen=True)
class Fetch:
    """One request discovery wants made for one organisation."""

    org: str
    url: str
    #: why it is fetched (crawler.discovery.kinds)
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
