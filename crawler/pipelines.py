"""Storing an organisation's cases when its crawl is done (one transaction per organisation,
which is what `--resume` relies on). Results come as items or as the `org_result` signal;
each stored one is announced with `org_stored` (crawler.orgresults)."""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler

from crawler.context import CrawlContext
from crawler.orgresults import OrgResult, org_result, org_stored

logger = logging.getLogger(__name__)


class FinishOrgPipeline:
    def __init__(self, crawler: Crawler) -> None:
        self.ctx = CrawlContext.of(crawler)
        self.stats = crawler.stats
        self.signals = crawler.signals

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FinishOrgPipeline:
        pipeline = cls(crawler)
        crawler.signals.connect(pipeline.store, signal=org_result)
        return pipeline

    def process_item(self, item: Any) -> Any:
        if isinstance(item, OrgResult):
            self.store(item)
        return item

    def store(self, result: OrgResult) -> None:
        self.ctx.store.finish_org(
            result.org_code, result.cases, state=result.state, reason=result.reason,
            summary=result.summary,
        )  # fmt: skip
        self.stats.inc_value("digimeter/orgs_finished")
        self.stats.inc_value(f"digimeter/orgs/{result.state}")
        for case in result.cases:
            self.stats.inc_value(f"digimeter/cases/{case.outcome}")
            if case.found_via:
                self.stats.inc_value(f"digimeter/found_via/{case.found_via}")
        self.signals.send_catch_log(signal=org_stored, org_code=result.org_code)
        logger.info(
            "%s: %s, %s pages, %s/%s products found", result.org_code, result.state,
            result.summary.get("pages"), result.summary.get("found"),
            result.summary.get("products"),
        )  # fmt: skip
