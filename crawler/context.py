"""The one run store and configuration shared by a crawl's components (one per crawler)."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy.crawler import Crawler

from crawler.config import CrawlConfig
from digimeter.core.runstore import RunStore, WarcPageStore

if TYPE_CHECKING:
    from crawler.interrupt import Interrupts
    from crawler.orgqueue import OrgQueue

_CONTEXTS: weakref.WeakKeyDictionary[Any, CrawlContext] = weakref.WeakKeyDictionary()


class CrawlContext:
    """The run folder (one WARC writer per process) and the parsed settings of a crawler."""

    def __init__(self, config: CrawlConfig) -> None:
        self.config = config
        self.store = RunStore(config.run_dir, create=True)
        self.pages: WarcPageStore = self.store.page_store()
        #: host -> organisation code, for requests Scrapy makes on its own (robots.txt)
        self.host_orgs: dict[str, str] = {}
        #: the signal that interrupted the crawl ('' while it runs), set by crawler.interrupt
        self.interrupted = ""
        self.interrupts: Interrupts | None = None  # the crawler.interrupt extension
        #: which organisations this process crawls (opened by the spider when the crawl starts)
        self.queue: OrgQueue | None = None

    @classmethod
    def of(cls, crawler: Crawler) -> CrawlContext:
        ctx = _CONTEXTS.get(crawler)
        if ctx is None:
            ctx = _CONTEXTS[crawler] = cls(CrawlConfig.from_settings(crawler.settings))
        return ctx

    def org_for(self, url: str) -> str:
        return self.host_orgs.get((urlsplit(url).hostname or "").lower(), "")

    def close(self) -> None:
        self.pages.close()
        self.store.close()
