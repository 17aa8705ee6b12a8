"""Which organisations this process crawls: all of the run's (minus finished ones on
resume), or, with DIGIMETER_REDIS_URL, those it takes from the Redis list it shares with
other workers (see crawler.distributed)."""

from __future__ import annotations

from collections import deque
from typing import Any, Protocol

from crawler.context import CrawlContext


class OrgQueue(Protocol):
    #: how many organisations the run has to crawl (for the progress line)
    total: int

    def next(self) -> str | None:
        """The next organisation to crawl, or None when there is none left."""

    def token(self, code: str) -> str:
        """A name for this worker's current attempt at an organisation."""

    def done(self, code: str) -> None:
        """The organisation's cases are stored."""

    def heartbeat(self) -> None:
        """Called every few seconds while crawling."""

    def give_up(self, code: str) -> None:
        """The organisation's crawl was cut here: leave it to a resume (or another worker)."""

    def others_pending(self) -> bool:
        """True while other workers still crawl organisations of the run (wait for them)."""

    def close(self) -> None: ...


class LocalOrgQueue:
    def __init__(self, codes: list[str]) -> None:
        self._codes = deque(codes)
        self.total = len(codes)

    def next(self) -> str | None:
        return self._codes.popleft() if self._codes else None

    def token(self, code: str) -> str:
        return ""

    def done(self, code: str) -> None:
        pass

    def heartbeat(self) -> None:
        pass

    def give_up(self, code: str) -> None:
        pass

    def others_pending(self) -> bool:
        return False

    def close(self) -> None:
        pass


def pending_codes(ctx: CrawlContext) -> list[str]:
    """The run's organisations without stored cases, in list order."""
    finished = ctx.store.finished_orgs()
    return [o.code for o in ctx.store.organisations() if o.code not in finished]


def org_queue(ctx: CrawlContext, stats: Any) -> OrgQueue:
    codes = pending_codes(ctx)
    skipped = len(ctx.store.organisations()) - len(codes)
    if skipped:
        stats.set_value("digimeter/orgs_already_finished", skipped)
    if ctx.config.redis_url:
        from crawler.distributed import RedisOrgQueue

        return RedisOrgQueue.connect(ctx, codes)
    return LocalOrgQueue(codes)
