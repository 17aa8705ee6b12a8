"""Politeness over all workers of a run: at most CONCURRENT_REQUESTS_PER_DOMAIN requests in
flight per host, whichever worker sends them.

Scrapy holds the per-host limit within one process (its download slots). Workers that share
a run through Redis crawl different organisations, but organisations share hosts (the
national permit portal, a joint tax office, a form platform), so two workers would each
send that many. With DIGIMETER_REDIS_URL every request to the network takes a lease on its
host: a member `<worker>|<id>` of the sorted set `digimeter:<run>:host:<host>`, added only
while fewer than the limit are held (a Lua script, atomic), and removed when its download
ends. Leases of a worker whose heartbeat has expired (killed: crawler.distributed) are
dropped, and every lease ends after LEASE_MAX_SECONDS at the latest.

The lease is taken by the download handler (`leased`), when the request leaves its download
slot: after the slot's delay, inside its per-host limit. Taken earlier (a downloader
middleware, before the slot), a request waiting for its host would hold one of the
downloader's CONCURRENT_REQUESTS places that other hosts' requests could use, and a lease
would be held through the slot's delay. Measured on 60 organisations with 2 workers
(bench/national.py): taken before the slot, 2,167 of 6,030 requests waited for a lease, 66
at a time on average; taken here, none did. Redis is asked through its asyncio client: a
blocking call stops the whole crawl until Redis answers, and on a busy machine that took a
quarter of a worker's time (a py-spy profile of a 400-organisation run with 2 workers).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable

import redis.asyncio
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.http import Request, Response
from scrapy.statscollectors import StatsCollector

from classifiers.hosts import host_of
from crawler.context import CrawlContext
from crawler.distributed import KEY_TTL, default_worker_id, run_key

#: seconds between attempts of a request waiting for its host
POLL_SECONDS = 0.05
#: the longest a lease is held, whatever happens to its request
LEASE_MAX_SECONDS = 600

# KEYS[1]: the host's lease set. ARGV: limit, member, now, expiry, the workers' heartbeat
# key prefix, the set's time to live
_ACQUIRE = """
local held = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
for i = 1, #held, 2 do
  local worker = string.match(held[i], '^(.*)|')
  if tonumber(held[i + 1]) < tonumber(ARGV[3])
      or redis.call('EXISTS', ARGV[5] .. worker) == 0 then
    redis.call('ZREM', KEYS[1], held[i])
  end
end
if redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('ZADD', KEYS[1], ARGV[4], ARGV[2])
  redis.call('EXPIRE', KEYS[1], ARGV[6])
  return 1
end
return 0
"""


class HostLeases:
    def __init__(
        self,
        server: redis.asyncio.Redis,
        run_id: str,
        worker: str,
        limit: int,
        stats: StatsCollector,
    ) -> None:
        self.server, self.worker, self.limit, self.stats = server, worker, limit, stats
        self.prefix = f"{run_key(run_id)}:host:"
        self.alive_prefix = f"{run_key(run_id)}:worker:"
        self.acquire = server.register_script(_ACQUIRE)

    @classmethod
    def for_crawler(cls, crawler: Crawler) -> HostLeases | None:
        """The crawl's leases with Redis; None for one worker (Scrapy's download slots hold
        the per-host limit then)."""
        ctx = CrawlContext.of(crawler)
        if not ctx.config.redis_url:
            return None
        server = redis.asyncio.Redis.from_url(ctx.config.redis_url, decode_responses=True)
        limit = crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
        worker = ctx.config.worker_id or default_worker_id()
        return cls(server, ctx.store.run_id, worker, limit, crawler.stats)

    async def try_lease(self, host: str) -> str:
        """A lease on `host` ('' when the limit is held already)."""
        member = f"{self.worker}|{uuid.uuid4().hex[:12]}"
        now = time.time()
        args: list[str | int | float] = [
            self.limit, member, now, now + LEASE_MAX_SECONDS, self.alive_prefix, KEY_TTL
        ]  # fmt: skip
        return member if await self.acquire(keys=[self.prefix + host], args=args) else ""

    async def take(self, host: str) -> str:
        """A lease on `host`, waited for while the limit is held (counted in the stats)."""
        member = await self.try_lease(host)
        if not member:
            waited = time.monotonic()
            while not (member := await self.try_lease(host)):
                await asyncio.sleep(POLL_SECONDS)
            self.stats.inc_value("digimeter/host_lease/waited")
            ms = round((time.monotonic() - waited) * 1000)
            self.stats.inc_value("digimeter/host_lease/wait_ms", ms)
        self.stats.inc_value("digimeter/host_lease/taken")
        return member

    @contextlib.asynccontextmanager
    async def held(self, url: str) -> AsyncIterator[None]:
        """Hold a lease on `url`'s host while the body runs."""
        host = host_of(url)
        member = await self.take(host)
        try:
            yield
        finally:
            await self.server.zrem(self.prefix + host, member)


Download = Callable[[Request], Awaitable[Response]]


async def leased(leases: HostLeases | None, request: Request, download: Download) -> Response:
    """`download(request)` under a lease on its host (with Redis; without, as it is)."""
    if leases is None:
        return await download(request)
    async with leases.held(request.url):
        return await download(request)


class LeasedHTTPHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 download handler, taking host leases with Redis (a crawl without
    rendering; crawler.render.SharedPlaywrightHandler takes them when it renders)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        self.leases = HostLeases.for_crawler(crawler)

    async def download_request(self, request: Request) -> Response:
        return await leased(self.leases, request, super().download_request)
