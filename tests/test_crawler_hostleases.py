"""Politeness over Redis workers (`crawler.hostleases`), on a real redis-server."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path

import pytest
import redis
import redis.asyncio
from scrapy.http import Request, Response
from scrapy.utils.test import get_crawler

from crawler.distributed import run_key
from crawler.hostleases import HostLeases, leased
from testweb.localredis import running_redis

RUN = "r1"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[redis.Redis]:
    """A real redis-server; the client the test checks it with (the workers have their own,
    asyncio clients, as in a crawl)."""
    with running_redis(tmp_path) as url:
        client = redis.Redis.from_url(url, decode_responses=True)
        yield client
        client.close()


def worker(server: redis.Redis, name: str) -> HostLeases:
    """A worker's leases, with its heartbeat set; call it inside the event loop."""
    server.set(f"{run_key(RUN)}:worker:{name}", "alive", ex=30)
    url = "redis://{host}:{port}/{db}".format(**server.connection_pool.connection_kwargs)
    client = redis.asyncio.Redis.from_url(url, decode_responses=True)
    return HostLeases(client, RUN, name, limit=2, stats=get_crawler().stats)


def test_two_workers_hold_at_most_the_limit_of_a_host_together(server: redis.Redis) -> None:
    async def check() -> None:
        a, b = worker(server, "a"), worker(server, "b")
        first, second = await a.try_lease("portal.test"), await b.try_lease("portal.test")
        assert first and second
        assert not await a.try_lease("portal.test")
        assert not await b.try_lease("portal.test")
        assert await b.try_lease("www.other.test")  # another host has its own limit
        server.zrem(f"{run_key(RUN)}:host:portal.test", first)  # a's request came back
        assert await b.try_lease("portal.test")
        assert not await a.try_lease("portal.test")

    asyncio.run(check())


def test_leases_of_a_dead_worker_are_taken_over(server: redis.Redis) -> None:
    async def check() -> None:
        a, b = worker(server, "a"), worker(server, "b")
        assert await a.try_lease("portal.test") and await a.try_lease("portal.test")
        assert not await b.try_lease("portal.test")
        server.delete(f"{run_key(RUN)}:worker:a")  # a was killed: its heartbeat expired
        assert await b.try_lease("portal.test") and await b.try_lease("portal.test")
        assert not await b.try_lease("portal.test")

    asyncio.run(check())


def test_a_download_waits_for_its_host_and_gives_its_lease_back(server: redis.Redis) -> None:
    asyncio.run(_wait_and_give_back(server))


async def until(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    """Wait until `condition` holds (a loaded machine is slow to connect and answer)."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def _wait_and_give_back(server: redis.Redis) -> None:
    a, b = worker(server, "a"), worker(server, "b")
    key = f"{run_key(RUN)}:host:portal.test"
    finish = {i: asyncio.Event() for i in range(3)}
    started: list[int] = []

    def download(i: int, *, fails: bool = False) -> Callable[[Request], Awaitable[Response]]:
        async def run(request: Request) -> Response:
            started.append(i)
            await finish[i].wait()
            if fails:
                raise TimeoutError(request.url)
            return Response(request.url)

        return run

    requests = [Request(f"http://portal.test/{i}") for i in range(3)]
    tasks = [
        asyncio.ensure_future(leased(a, requests[0], download(0, fails=True))),
        asyncio.ensure_future(leased(b, requests[1], download(1))),
        asyncio.ensure_future(leased(a, requests[2], download(2))),
    ]
    await until(lambda: len(started) == 2)
    await asyncio.sleep(0.3)
    assert len(started) == 2  # the host's two leases are held: the third waits
    assert server.zcard(key) == 2
    first = started[0]
    finish[first].set()  # its download ends (request 0's with a failure): its lease comes back
    await asyncio.gather(tasks[first], return_exceptions=True)
    await until(lambda: len(started) == 3)  # the one that waited goes
    for event in finish.values():
        event.set()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    assert isinstance(results[0], TimeoutError)  # a failed download gives its lease back too
    assert [r.url for r in results[1:] if isinstance(r, Response)] == [
        requests[1].url,
        requests[2].url,
    ]
    assert server.zcard(key) == 0
    # how long requests waited for their hosts is counted (the benchmark prints it)
    stats = [w.stats for w in (a, b)]
    assert sum(st.get_value("digimeter/host_lease/taken", 0) for st in stats) == 3
    assert sum(st.get_value("digimeter/host_lease/waited", 0) for st in stats) == 1
    assert sum(st.get_value("digimeter/host_lease/wait_ms", 0) for st in stats) >= 300


def test_without_redis_a_download_takes_no_lease() -> None:
    async def download(request: Request) -> Response:
        return Response(request.url, status=203)

    response = asyncio.run(leased(None, Request("http://portal.test/"), download))
    assert response.status == 203
