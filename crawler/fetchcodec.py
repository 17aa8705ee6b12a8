"""A `Fetch` on a Scrapy request: where it travels (`Request.meta["digimeter"]`, a plain
dict), and how such a request is fingerprinted."""

from __future__ import annotations

import hashlib

from scrapy import Request
from scrapy.crawler import Crawler

from crawler.discovery.fetch import Fetch
from crawler.secondattempt import ATTEMPT_KEY
from digimeter.core.pages import normalize_url

META_KEY = "digimeter"


def fetch_of(request: Request | None) -> Fetch | None:
    data = request.meta.get(META_KEY) if request is not None else None
    return Fetch.from_meta(data) if isinstance(data, dict) else None


class OrgRequestFingerprinter:
    """Request fingerprints per organisation: the same URL is one request per organisation
    (and per rendering), so two organisations linking to one portal both get its page."""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> OrgRequestFingerprinter:
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
