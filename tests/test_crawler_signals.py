"""The spider and the pipeline that stores organisations' results know each other only
through the crawler's signals (crawler.orgresults): a result made outside a callback is
sent as `org_result`, the pipeline stores it and sends `org_stored`."""

from __future__ import annotations

from pathlib import Path

from scrapy.utils.test import get_crawler

from crawler.context import CrawlContext
from crawler.orgresults import OrgResult, org_result, org_stored
from crawler.pipelines import FinishOrgPipeline
from crawler.settings import build_settings
from crawler.spider import DigimeterSpider
from digimeter.core.configfiles import load_products
from digimeter.core.model import Case, Organisation, applicable_products
from digimeter.core.runstore import RunStore

ORG = Organisation("gm0001", "Gemeente Voorbeeld", "gemeente", "http://www.voorbeeld.test/")


def test_a_result_sent_as_a_signal_is_stored_and_announced(tmp_path: Path) -> None:
    run = tmp_path / "run"
    products = applicable_products(ORG, load_products())[:2]
    store = RunStore(run, create=True)
    store.save_inputs([ORG], products)
    store.close()
    settings = build_settings({"DIGIMETER_RUN_DIR": str(run)}).copy_to_dict()
    # the crawler's components without a crawl: no reactor is needed (or installed)
    crawler = get_crawler(DigimeterSpider, {**settings, "TWISTED_REACTOR_ENABLED": False})
    pipeline = FinishOrgPipeline.from_crawler(crawler)
    announced: list[str] = []

    def stored(org_code: str) -> None:
        announced.append(org_code)

    crawler.signals.connect(stored, signal=org_stored)
    cases = [Case(ORG, p, "not_found") for p in products]
    crawler.signals.send_catch_log(
        signal=org_result, result=OrgResult(ORG.code, cases, "done", summary={"pages": 3})
    )
    assert announced == [ORG.code]
    assert crawler.stats.get_value("digimeter/orgs/done") == 1
    ctx = CrawlContext.of(crawler)
    assert ctx.store.finished_orgs() == {ORG.code}
    assert [(c.product.key, c.outcome) for c in ctx.store.cases()] == [
        (p.key, "not_found") for p in products
    ]
    # an item from a callback takes the same way
    pipeline.process_item(OrgResult(ORG.code, cases[:1], "unreachable", "dns"))
    assert announced == [ORG.code, ORG.code]
    assert [c.outcome for c in ctx.store.cases()] == ["not_found"]
    ctx.close()
