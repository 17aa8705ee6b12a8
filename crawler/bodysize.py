"""Reading only as much of a body as the classifiers need.

HTML (and XML, text) bodies are cut at DIGIMETER_HTML_MAX_BYTES, PDFs are kept in full up to
DIGIMETER_PDF_MAX_BYTES, other bodies (images, archives, office files) keep their type and
first DIGIMETER_OTHER_MAX_BYTES. A cut body is stored with `truncated=True`.
DOWNLOAD_MAXSIZE stays as Scrapy's hard limit behind these.
"""

from __future__ import annotations

from typing import Any

from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import StopDownload
from scrapy.http import Headers, Request

from crawler.config import CrawlConfig

CAP_KEY = "digimeter_cap"
SEEN_KEY = "digimeter_bytes"


def body_cap(content_type: str, config: CrawlConfig) -> int:
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/pdf":
        return config.pdf_max_bytes
    if not kind or kind.startswith("text/") or "html" in kind or "xml" in kind:
        return config.html_max_bytes
    return config.other_max_bytes


class BodySizeCap:
    def __init__(self, config: CrawlConfig, stats: Any) -> None:
        self.config = config
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BodySizeCap:
        ext = cls(CrawlConfig.from_settings(crawler.settings), crawler.stats)
        crawler.signals.connect(ext.headers_received, signal=signals.headers_received)
        crawler.signals.connect(ext.bytes_received, signal=signals.bytes_received)
        return ext

    def headers_received(
        self, headers: Headers, body_length: int, request: Request, **_: Any
    ) -> None:
        content_type = (headers.get(b"Content-Type") or b"").decode("latin-1")
        request.meta[CAP_KEY] = body_cap(content_type, self.config)
        request.meta[SEEN_KEY] = 0

    def bytes_received(self, data: bytes, request: Request, **_: Any) -> None:
        cap = request.meta.get(CAP_KEY)
        if not cap:
            return
        seen = request.meta[SEEN_KEY] = request.meta.get(SEEN_KEY, 0) + len(data)
        if seen >= cap:
            self.stats.inc_value("digimeter/bodies_cut")
            raise StopDownload(fail=False)
