"""`crawl_run`: one Scrapy crawl of a list of organisations into a run folder.

A Twisted reactor cannot be restarted, so call it once per process (tests and the other
stages run crawls as subprocesses: `python -m digimeter.cli crawl ...`).
"""

from __future__ import annotations

import csv
import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.settings import build_settings
from digimeter.model import Organisation, Product
from digimeter.runstore import RunStore, now_iso

SUMMARY_FIELDS = (
    "org_code", "org_name", "org_type", "state", "reason", "pages", "rendered", "errors",
    "products", "found", "not_found", "unreachable", "seconds", "budget_used",
    "budget_exhausted", "traps", "finished_at",
)  # fmt: skip


OUTCOMES = ("found", "not_found", "unreachable")


class CrawlError(RuntimeError):
    """The crawl cannot start (e.g. a run folder that already holds another crawl)."""


@dataclass(frozen=True)
class CrawlSummary:
    run_dir: Path
    organisations: int
    finished: int
    outcomes: dict[str, int]
    pages_stored: int
    pages_rendered: int
    replayed: int
    seconds: float
    stats: dict[str, Any] = field(default_factory=dict)

    def line(self) -> str:
        out = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items()))
        return (
            f"{self.finished}/{self.organisations} organisations crawled in {self.seconds:.0f} s; "
            f"{self.pages_stored} pages stored ({self.pages_rendered} rendered, "
            f"{self.replayed} served from the store); cases: {out or 'none'}"
        )


def prepare_run(
    run_dir: Path, organisations: list[Organisation] | None, products: list[Product] | None,
    *, resume: bool, proxy: str | None, settings: dict[str, Any],
) -> None:  # fmt: skip
    """Create the run folder with its inputs, or check the one to resume."""
    exists = (run_dir / RunStore.DB_NAME).exists()
    if resume and not exists:
        raise CrawlError(f"{run_dir}: nothing to resume (no {RunStore.DB_NAME})")
    store = RunStore(run_dir, create=True)
    try:
        if resume:
            if not store.organisations():
                raise CrawlError(f"{run_dir}: the run holds no organisations to resume")
            if "started_at" not in store.meta():
                raise CrawlError(f"{run_dir}: the run is still being prepared; start again shortly")
            store.set_meta(resumed_at=now_iso())
            return
        if store.finished_orgs() or store.page_count():
            raise CrawlError(
                f"{run_dir} already holds a crawl; resume it (--resume) or choose another run id"
            )
        if not organisations:
            raise CrawlError("no organisations to crawl")
        store.save_inputs(organisations, products or [])
        store.set_meta(
            run_id=run_dir.name, started_at=now_iso(), proxy=proxy or "",
            organisations=len(organisations), products=len(products or []),
            crawl_settings={k: str(v) for k, v in settings.items()},
        )  # fmt: skip
    finally:
        store.close()


def write_summaries(run_dir: Path, stats: dict[str, Any], worker: str = "") -> None:
    """crawl_organisations.csv and crawl_stats.json in the run folder."""
    store = RunStore(run_dir)
    try:
        orgs = {o.code: o for o in store.organisations()}
        outcomes: dict[str, Counter[str]] = {}
        for case in store.cases():
            outcomes.setdefault(case.org.code, Counter())[case.outcome] += 1
        with open(run_dir / "crawl_organisations.csv", "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, SUMMARY_FIELDS, extrasaction="ignore")
            writer.writeheader()
            for row in store.org_summaries():
                org = orgs.get(row["org_code"])
                counts = outcomes.get(row["org_code"], Counter())
                names = {"org_name": org.name, "org_type": org.org_type} if org else {}
                writer.writerow({**row, **names, **{k: counts[k] for k in OUTCOMES}})
    finally:
        store.close()
    clean = json.loads(json.dumps(stats, default=str, sort_keys=True))
    if worker:
        (run_dir / f"crawl_stats.{worker}.json").write_text(json.dumps(clean, indent=2))
        merged: dict[str, Any] = {"workers": {}}
        for path in sorted(run_dir.glob("crawl_stats.*.json")):
            merged["workers"][path.name.split(".")[1]] = json.loads(path.read_text())
        clean = merged
    (run_dir / "crawl_stats.json").write_text(json.dumps(clean, indent=2))


def crawl_run(
    run_dir: Path | str,
    organisations: list[Organisation] | None,
    products: list[Product] | None,
    *,
    proxy: str | None = None,
    settings: dict[str, Any] | None = None,
    resume: bool = False,
) -> CrawlSummary:
    """Crawl the organisations into `run_dir` (created with the inputs, or resumed)."""
    from scrapy.crawler import CrawlerProcess

    from crawler.context import CrawlContext
    from crawler.spider import DigimeterSpider

    run_dir = Path(run_dir)
    scrapy_settings = build_settings(settings, proxy=proxy)
    prepare_run(
        run_dir, organisations, products, resume=resume, proxy=proxy, settings=settings or {},
    )  # fmt: skip
    scrapy_settings.set("DIGIMETER_RUN_DIR", str(run_dir), priority="cmdline")
    scrapy_settings.set("DIGIMETER_RESUME", resume, priority="cmdline")
    worker = _redis_keys(scrapy_settings, run_dir.name)
    started = time.monotonic()
    process = CrawlerProcess(scrapy_settings)
    crawler = process.create_crawler(DigimeterSpider)
    failures: list[Any] = []
    process.crawl(crawler).addErrback(failures.append)
    process.start()
    if failures:
        raise CrawlError(f"the crawl failed: {failures[0].getErrorMessage()}") from failures[
            0
        ].value
    stats = dict(crawler.stats.get_stats())
    if stats.get("finish_reason") not in ("finished", None):
        raise CrawlError(
            f"the crawl stopped early ({stats.get('finish_reason')}); see the log above. "
            f"Resume it with --resume {run_dir}"
        )
    ctx = CrawlContext.of(crawler)
    ctx.close()
    write_summaries(run_dir, stats, worker)
    store = RunStore(run_dir)
    try:
        outcomes = Counter(c.outcome for c in store.cases())
        store.set_meta(crawl_finished_at=now_iso())
        total, finished = len(store.organisations()), len(store.finished_orgs())
    finally:
        store.close()
    return CrawlSummary(
        run_dir=run_dir, organisations=total, finished=finished, outcomes=dict(outcomes),
        pages_stored=int(stats.get("digimeter/pages_stored", 0)),
        pages_rendered=int(stats.get("digimeter/pages_rendered", 0)),
        replayed=int(stats.get("digimeter/replayed", 0)),
        seconds=time.monotonic() - started, stats=stats,
    )  # fmt: skip


def _redis_keys(settings: Any, run_id: str) -> str:
    """Per-worker scheduler queue and the shared dupefilter key; returns the worker id."""
    if not settings.get("DIGIMETER_REDIS_URL"):
        return ""
    import redis

    from crawler.distributed import default_worker_id, run_key

    worker = settings.get("DIGIMETER_WORKER_ID") or default_worker_id()
    settings.set("DIGIMETER_WORKER_ID", worker, priority="cmdline")
    queue_key = f"{run_key(run_id)}:requests:{worker}"
    settings.set("SCHEDULER_QUEUE_KEY", queue_key, priority="cmdline")
    settings.set("SCHEDULER_DUPEFILTER_KEY", f"{run_key(run_id)}:dupefilter", priority="cmdline")
    server = redis.Redis.from_url(settings.get("DIGIMETER_REDIS_URL"))
    server.delete(queue_key)  # requests of an earlier life of this worker are redone anyway
    server.close()
    return worker
