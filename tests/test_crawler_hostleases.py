"""Politeness over Redis workers (`crawler.hostleases`), on a real redis-server."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from scrapy.http import Request, Response

from crawler.distributed import run_key
from crawler.hostleases import LEASE_KEY, HostLeases
from testweb.localredis import running_redis

RUN = "r1"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[redis.Redis]:
    with running_redis(tmp_path) as url:
        client = redis.Redis.from_url(url, decode_responses=True)
        yield client
        client.close()


def worker(server: redis.Redis, name: str) -> HostLeases:
    server.set(f"{run_key(RUN)}:worker:{name}", "alive", ex=30)  # its heartbeat
    return HostLeases(server, RUN, name, limit=2)


def test_two_workers_hold_at_most_the_limit_of_a_host_together(server: redis.Redis) -> None:
    a, b = worker(server, "a"), worker(server, "b")
    first, second = a.try_lease("portal.test"), b.try_lease("portal.test")
    assert first and second
    assert not a.try_lease("portal.test") and not b.try_lease("portal.test")
    assert b.try_lease("www.other.test")  # another host has its own limit
    server.zrem(f"{run_key(RUN)}:host:portal.test", first)  # a's request came back
    assert b.try_lease("portal.test")
    assert not a.try_lease("portal.test")


def test_leases_of_a_dead_worker_are_taken_over(server: redis.Redis) -> None:
    a, b = worker(server, "a"), worker(server, "b")
    assert a.try_lease("portal.test") and a.try_lease("portal.test")
    assert not b.try_lease("portal.test")
    server.delete(f"{run_key(RUN)}:worker:a")  # a was killed: its heartbeat expired
    assert b.try_lease("portal.test") and b.try_lease("portal.test")
    assert not b.try_lease("portal.test")


def test_a_request_waits_for_its_host_and_gives_its_lease_back(server: redis.Redis) -> None:
    asyncio.run(_wait_and_give_back(server))


async def _wait_and_give_back(server: redis.Redis) -> None:
    a, b = worker(server, "a"), worker(server, "b")
    requests = [Request(f"http://portal.test/{i}") for i in range(3)]
    await a.process_request(requests[0])
    await b.process_request(requests[1])
    waiting = asyncio.ensure_future(a.process_request(requests[2]))
    await asyncio.sleep(0.3)
    assert not waiting.done()  # the host's two leases are held
    b.process_response(requests[1], Response(requests[1].url))
    await asyncio.wait_for(waiting, timeout=5)
    assert LEASE_KEY in requests[2].meta and LEASE_KEY not in requests[1].meta
    a.process_exception(requests[0], TimeoutError())
    a.process_response(requests[2], Response(requests[2].url))
    assert server.zcard(f"{run_key(RUN)}:host:portal.test") == 0
