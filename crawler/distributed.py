"""Sharing one crawl of one run folder between workers through Redis.

Organisations are the unit of work. The first worker of a run pushes the run's unfinished
organisations onto the list `digimeter:<run>:orgs`; every worker pops from it and claims
what it pops (`digimeter:<run>:claim:<code>` = worker id, SET NX), so each organisation is
crawled by exactly one worker. Workers keep a heartbeat key alive; when the list is empty a
worker also takes over unfinished organisations whose claimant's heartbeat has expired (a
killed worker), so `--resume` on any worker finishes the run; a worker with nothing left to
take waits while other live workers still crawl, so that every worker ends when the run
does (and takes over the work of one that dies). Requests go through
scrapy-redis (the scheduler queue per worker, `digimeter:<run>:requests:<worker>`, and a
shared dupefilter whose fingerprints name the organisation and the claim).
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
import warnings
from typing import Any

import redis
from scrapy_redis.dupefilter import RFPDupeFilter

from crawler.context import CrawlContext
from crawler.fetchcodec import OrgRequestFingerprinter, fetch_of
from crawler.orgqueue import pending_codes

logger = logging.getLogger(__name__)
# scrapy-redis 0.9 still passes `spider=` to the stats collector
warnings.filterwarnings("ignore", message=".*spider.*", module="scrapy_redis")
KEY_TTL = 7 * 24 * 3600


def default_worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


def run_key(run_id: str) -> str:
    return f"digimeter:{run_id}"


class RedisOrgQueue:
    def __init__(self, server: redis.Redis, ctx: CrawlContext, worker: str) -> None:
        self.server, self.ctx, self.worker = server, ctx, worker
        self.key = run_key(ctx.store.run_id)
        self.claims: dict[str, str] = {}
        self.given_up: set[str] = set()
        self.total = len(ctx.store.organisations())

    @classmethod
    def connect(cls, ctx: CrawlContext, codes: list[str]) -> RedisOrgQueue:
        server = redis.Redis.from_url(ctx.config.redis_url, decode_responses=True)
        queue = cls(server, ctx, ctx.config.worker_id or default_worker_id())
        queue.heartbeat()
        if server.set(f"{queue.key}:seeded", queue.worker, nx=True, ex=KEY_TTL) and codes:
            server.delete(f"{queue.key}:orgs")
            server.rpush(f"{queue.key}:orgs", *codes)
            server.expire(f"{queue.key}:orgs", KEY_TTL)
        return queue

    def _holder(self, claim: str) -> str:
        """The worker that holds a claim, '' when none (the client decodes to str)."""
        token = self.server.get(claim)
        return token.split("|")[0] if isinstance(token, str) else ""

    def _claim(self, code: str) -> bool:
        token = f"{self.worker}|{uuid.uuid4().hex[:8]}"
        claim = f"{self.key}:claim:{code}"
        if not self.server.set(claim, token, nx=True, ex=KEY_TTL):
            holder = self._holder(claim)
            alive = holder != self.worker and self._alive(holder)
            if holder and alive:
                return False  # another live worker crawls it
            self.server.set(claim, token, ex=KEY_TTL)  # the holder is gone (or was us): take over
        if code in self.ctx.store.finished_orgs():
            self.server.delete(claim)
            return False
        self.claims[code] = token
        return True

    def next(self) -> str | None:
        while (code := self.server.lpop(f"{self.key}:orgs")) is not None:
            if self._claim(str(code)):
                return str(code)
        for code in pending_codes(self.ctx):  # the list is empty: orphans of dead workers
            if code not in self.claims and code not in self.given_up and self._claim(code):
                logger.warning("worker %s takes over organisation %s", self.worker, code)
                return code
        return None

    def token(self, code: str) -> str:
        return self.claims.get(code, "")

    def done(self, code: str) -> None:
        token = self.claims.pop(code, None)
        claim = f"{self.key}:claim:{code}"
        if token and self.server.get(claim) == token:
            self.server.delete(claim)

    def give_up(self, code: str) -> None:
        self.given_up.add(code)
        self.done(code)

    def others_pending(self) -> bool:
        for code in pending_codes(self.ctx):
            holder = self._holder(f"{self.key}:claim:{code}")
            if holder and holder != self.worker and self._alive(holder):
                return True
        return False

    def _alive(self, worker: str) -> bool:
        return bool(self.server.exists(f"{self.key}:worker:{worker}"))

    def heartbeat(self) -> None:
        ttl = self.ctx.config.claim_ttl  # DIGIMETER_CLAIM_TTL
        self.server.set(f"{self.key}:worker:{self.worker}", "alive", ex=ttl)

    def close(self) -> None:
        self.server.delete(f"{self.key}:worker:{self.worker}")
        self.server.close()


class OrgDupeFilter(RFPDupeFilter):
    """scrapy-redis's shared dupefilter with per-organisation, per-claim fingerprints: a
    re-crawl of an organisation (after a worker died) is not mistaken for duplicates, and
    closing one worker does not wipe the fingerprints the others still use."""

    spider: Any = None

    @classmethod
    def from_spider(cls, spider: Any) -> OrgDupeFilter:
        df = super().from_spider(spider)
        df.spider = spider
        df.fingerprinter = OrgRequestFingerprinter()
        df.server.expire(df.key, KEY_TTL)
        return df

    def request_fingerprint(self, request: Any) -> str:
        fetch = fetch_of(request)
        queue = CrawlContext.of(self.spider.crawler).queue if self.spider is not None else None
        token = queue.token(fetch.org) if queue is not None and fetch else ""
        return token + ":" + self.fingerprinter.fingerprint(request).hex()

    def clear(self) -> None:
        """Keep the shared fingerprints (they expire with the run's keys)."""
