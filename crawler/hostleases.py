"""Politeness over all workers of a run: at most CONCURRENT_REQUESTS_PER_DOMAIN requests in
flight per host, whichever worker sends them.

Scrapy holds the per-host limit within one process (its download slots). Workers that share
a run through Redis crawl different organisations, but organisations share hosts (the
national permit portal, a joint tax office, a form platform), so two workers would each
send that many. With DIGIMETER_REDIS_URL every request from the network first takes a
lease on its host: a member `<worker>|<id>` of the sorted set `digimeter:<run>:host:<host>`,
added only while fewer than the limit are held (a Lua script, atomic), and removed when
the response or the failure comes back. Leases of a worker whose heartbeat has expired
(killed: crawler.distributed) are dropped, and every lease ends after LEASE_MAX_SECONDS
at the latest. A request waits for its lease in the downloader, before its download slot.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from urllib.parse import urlsplit

import redis
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Request, Response

from crawler.context import CrawlContext
from crawler.distributed import KEY_TTL, default_worker_id, run_key

#: request meta: the (set key, member) of the lease a request holds
LEASE_KEY = "digimeter_host_lease"
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
    def __init__(self, server: redis.Redis, run_id: str, worker: str, limit: int) -> None:
        self.server, self.worker, self.limit = server, worker, limit
        self.prefix = f"{run_key(run_id)}:host:"
        self.alive_prefix = f"{run_key(run_id)}:worker:"
        self.acquire = server.register_script(_ACQUIRE)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HostLeases:
        ctx = CrawlContext.of(crawler)
        if not ctx.config.redis_url:
            raise NotConfigured("one worker: Scrapy's download slots hold the per-host limit")
        server = redis.Redis.from_url(ctx.config.redis_url, decode_responses=True)
        limit = crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN")
        worker = ctx.config.worker_id or default_worker_id()
        return cls(server, ctx.store.run_id, worker, limit)

    def try_lease(self, host: str) -> str:
        """A lease on `host` ('' when the limit is held already)."""
        member = f"{self.worker}|{uuid.uuid4().hex[:12]}"
        now = time.time()
        args: list[str | int | float] = [
            self.limit, member, now, now + LEASE_MAX_SECONDS, self.alive_prefix, KEY_TTL
        ]  # fmt: skip
        return member if self.acquire(keys=[self.prefix + host], args=args) else ""

    async def process_request(self, request: Request) -> None:
        host = (urlsplit(request.url).hostname or "").lower()
        while not (member := self.try_lease(host)):
            await asyncio.sleep(POLL_SECONDS)
        request.meta[LEASE_KEY] = (self.prefix + host, member)

    def release(self, request: Request) -> None:
        lease = request.meta.pop(LEASE_KEY, None)
        if lease is not None:
            self.server.zrem(*lease)

    def process_response(self, request: Request, response: Response) -> Response:
        self.release(request)
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        self.release(request)
