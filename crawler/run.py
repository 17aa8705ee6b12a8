"""`crawl_run`: one Scrapy crawl of a list of organisations into a run folder.

A Twisted reactor cannot be restarted, so call it once per process (tests and the other
stages run crawls as subprocesses: `python -m digimeter.cli crawl ...`). The run's state
(digimeter.core.runstate) says how it ended: crawled, interrupted (resume it), or failed.
"""

from __future__ import annotations

import csv
import json
import logging
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from classifiers.matchrules import load_rules
from classifiers.ruleset import RULES_DIR, rules_version
from crawler.config import CrawlConfig
from crawler.runplan import CrawlError, plan_run, prepare_run, write_plan
from crawler.settings import build_settings
from digimeter.core.errors import DigimeterError, RunFailed, RunIncomplete, warn
from digimeter.core.model import Organisation, Product
from digimeter.core.preflight import check_proxy, check_redis, check_writable
from digimeter.core.runlog import run_log
from digimeter.core.runstate import COMPLETE_STATES, CRAWLING, FAILED, CrawlLock
from digimeter.core.runstore import RunStore, now_iso, set_run_state

__all__ = ["CrawlError", "CrawlSummary", "crawl_run", "prepare_run"]
logger = logging.getLogger(__name__)

SUMMARY_FIELDS = (
    "org_code", "org_name", "org_type", "state", "reason", "incomplete", "pages", "rendered",
    "errors", "products", "found", "not_found", "unreachable", "seconds", "budget_used",
    "budget_exhausted", "budget_dropped", "traps", "finished_at",
)  # fmt: skip


OUTCOMES = ("found", "not_found", "unreachable")


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
    #: the run's state after this crawl: crawled, interrupted or failed (crawling while
    #: other workers go on)
    state: str = ""
    reason: str = ""
    resume_command: str = ""

    def line(self) -> str:
        out = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items()))
        return (
            f"{self.finished}/{self.organisations} organisations crawled in {self.seconds:.0f} s; "
            f"{self.pages_stored} pages stored ({self.pages_rendered} rendered, "
            f"{self.replayed} served from the store); cases: {out or 'none'}; run {self.state}"
        )

    def check(self) -> None:
        """Raise unless every organisation reached a final state (the run is crawled)."""
        error: DigimeterError
        if self.state == FAILED:
            error = RunFailed(f"{self.run_dir}: the run failed: {self.reason}")
            error.hint = "check the proxy, the network and the organisation list; start a new run"
            raise error
        if self.state in COMPLETE_STATES or self.finished == self.organisations:
            return  # (a run from before run states stays `unknown` when complete)
        error = RunIncomplete(
            f"{self.run_dir}: the run is {self.state}: {self.organisations - self.finished} of "
            f"{self.organisations} organisations are not finished"
        )
        error.hint = f"resume it with `{self.resume_command}`"
        raise error


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
    override_settings: bool = False,
    resume_command: str = "",
    schedule: str = "",
) -> CrawlSummary:
    """Crawl the organisations into `run_dir` (created with the inputs, or resumed).

    Everything is checked first (settings, rule files, the output folder, the proxy and
    Redis); nothing is written when a check fails. The summary says the run's state.
    """
    run_dir = Path(run_dir)
    resume_command = resume_command or f"digimeter crawl --resume {run_dir}"
    plan = plan_run(
        run_dir, organisations, products, resume=resume, proxy=proxy, settings=settings,
        override_settings=override_settings, schedule=schedule,
    )  # fmt: skip
    for warning in plan.warnings:
        warn(warning)
    scrapy_settings = build_settings(plan.crawl_settings(), proxy=plan.proxy or None)
    scrapy_settings.set("DIGIMETER_RUN_DIR", str(run_dir), priority="cmdline")
    scrapy_settings.set("DIGIMETER_RESUME", resume, priority="cmdline")
    scrapy_settings.set("DIGIMETER_RESUME_COMMAND", resume_command, priority="cmdline")
    config = CrawlConfig.from_settings(scrapy_settings)
    load_rules(config.rules_path)
    check_writable(run_dir)
    if config.proxy:
        check_proxy(config.proxy)
    if config.redis_url:
        check_redis(config.redis_url)
    if resume and not plan.pending:
        return _summary(run_dir, {}, 0.0, resume_command)
    run_dir.mkdir(parents=True, exist_ok=True)
    lock = CrawlLock(run_dir)
    if not lock.acquire(shared=bool(config.redis_url)):
        raise CrawlError(f"{run_dir}: another process is crawling this run now")
    started = time.monotonic()
    try:
        write_plan(plan, rules_version(RULES_DIR))
        with run_log(run_dir, "crawl"):
            stats = _crawl(run_dir, scrapy_settings)
    finally:
        lock.release()
    return _summary(run_dir, stats, time.monotonic() - started, resume_command)


def _crawl(run_dir: Path, scrapy_settings: Any) -> dict[str, Any]:
    """One Scrapy crawl of the run's unfinished organisations; returns its stats."""
    from scrapy.crawler import CrawlerProcess

    from crawler.context import CrawlContext
    from crawler.spider import DigimeterSpider

    set_run_state(run_dir, CRAWLING)
    worker = _redis_keys(scrapy_settings, run_dir.name)
    process = CrawlerProcess(scrapy_settings)
    crawler = process.create_crawler(DigimeterSpider)
    failures: list[Any] = []
    process.crawl(crawler).addErrback(failures.append)
    process.start(install_signal_handlers=False)  # crawler.interrupt handles the signals
    stats = dict(crawler.stats.get_stats())
    ctx = CrawlContext.of(crawler)
    interrupted = ctx.interrupted
    ctx.close()
    write_summaries(run_dir, stats, worker)
    if failures and not interrupted:
        message = failures[0].getErrorMessage()
        logger.error("the crawl failed: %s", message)
        error = RunFailed(f"{run_dir}: the crawl failed: {message}")
        error.hint = "see run.log; fix the cause and resume the run"
        raise error
    return stats


def _summary(
    run_dir: Path, stats: dict[str, Any], seconds: float, resume_command: str
) -> CrawlSummary:
    """The crawl's summary, after the run's state is decided: crawled or failed when every
    organisation is final, else interrupted (unless other workers still crawl it)."""
    store = RunStore(run_dir)
    try:
        store.end_crawl(others_crawling=CrawlLock.held(run_dir))
        if stats:
            store.set_meta(crawl_finished_at=now_iso())
        outcomes = Counter(c.outcome for c in store.cases())
        status = store.status()
        total, finished = len(store.organisations()), len(store.finished_orgs())
    finally:
        store.close()
    return CrawlSummary(
        run_dir=run_dir, organisations=total, finished=finished,
        outcomes={str(outcome): n for outcome, n in outcomes.items()},
        pages_stored=int(stats.get("digimeter/pages_stored", 0)),
        pages_rendered=int(stats.get("digimeter/pages_rendered", 0)),
        replayed=int(stats.get("digimeter/replayed", 0)),
        seconds=seconds, stats=stats, state=status.state, reason=status.reason,
        resume_command=resume_command,
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
