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


def test_a_render_the_browser_failed_is_asked_once_more(tmp_path: Path) -> None:
    """A render that fails in the browser ('Route is already handled!' on a loaded machine)
    is asked once more, on a fresh page and past the duplicate filter; a second failure
    goes to discovery as a failed page. A product page whose call to action a script builds
    otherwise ended at level 0 in some runs and not in others."""
    from playwright._impl._errors import Error as PlaywrightError
    from twisted.python.failure import Failure

    from crawler.discovery.fetch import Fetch
    from crawler.discovery.kinds import ROUTE
    from crawler.spider import RENDER_RETRY

    run = tmp_path / "run"
    store = RunStore(run, create=True)
    store.save_inputs([ORG], applicable_products(ORG, load_products())[:1])
    store.close()
    settings = build_settings({"DIGIMETER_RUN_DIR": str(run)}).copy_to_dict()
    crawler = get_crawler(DigimeterSpider, {**settings, "TWISTED_REACTOR_ENABLED": False})
    spider = DigimeterSpider.from_crawler(crawler)
    fetch = Fetch(ORG.code, ORG.website + "paspoort", ROUTE, product="paspoort", render=True)

    def failed(request: object) -> list[object]:
        failure = Failure(PlaywrightError("Route.continue_: Route is already handled!"))
        failure.request = request  # type: ignore[attr-defined]
        return list(spider.failed(failure))

    first = spider._request(fetch)
    (again,) = failed(first)
    assert again.url == first.url and again.dont_filter and again.meta[RENDER_RETRY]
    assert again.meta.get("playwright") and "playwright_page" not in again.meta
    assert failed(again) == []  # no organisation is active here: nothing more to ask
    raw = spider._request(Fetch(ORG.code, ORG.website + "paspoort", ROUTE, product="paspoort"))
    assert failed(raw) == []  # only renders are asked again
    assert crawler.stats.get_value("digimeter/render/retried") == 1
    CrawlContext.of(crawler).close()
