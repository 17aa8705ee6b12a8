"""Politeness with the default settings, counted by the simulated web itself: at most 2
requests in flight per host, while many hosts are asked at once, from one worker and from
two workers sharing the run through Redis (crawler.hostleases)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import REPO, ServedWeb

from crawler.run import prepare_run
from digimeter.core.configfiles import load_organisations, load_products
from digimeter.core.runstore import RunStore
from testweb.localredis import running_redis
from testweb.server import running_server


def crawl(web: ServedWeb, run: Path, workers: int) -> dict[str, object]:
    """Crawl `web` politely (the defaults) behind 50-150 ms of latency; the server's count
    of requests in flight."""
    counts = run.parent / f"{run.name}-in-flight.json"
    with running_server(web.root, latency_ms=100, jitter_ms=50, in_flight=counts) as proxy:
        prepare_run(
            run, load_organisations(web.organisations_csv), load_products(), resume=False,
            proxy=proxy, settings={},
        )  # fmt: skip
        cmd = [sys.executable, "-m", "digimeter.cli", "crawl", "--resume", str(run)]
        if workers == 1:
            done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=600)
            assert done.returncode == 0, done.stderr[-3000:]
        else:
            logs = [run.parent / f"{run.name}-w{i}.log" for i in range(workers)]
            with running_redis(run.parent) as redis_url:
                procs = [
                    subprocess.Popen(
                        [*cmd, "--redis", redis_url, "-s", f"DIGIMETER_WORKER_ID=w{i}"],
                        cwd=REPO,
                        stdout=subprocess.DEVNULL,
                        stderr=log.open("w"),
                    )
                    for i, log in enumerate(logs)
                ]
                for proc, log in zip(procs, logs, strict=True):
                    proc.wait(timeout=600)
                    assert proc.returncode == 0, log.read_text()[-3000:]
    store = RunStore(run)
    try:
        assert store.state() == "crawled"
    finally:
        store.close()
    return dict(json.loads(counts.read_text()))


def test_one_worker_asks_many_hosts_at_once_and_each_at_most_twice(
    small_web: ServedWeb, tmp_path: Path
) -> None:
    counts = crawl(small_web, tmp_path / "one", workers=1)
    assert counts["max_in_flight_per_host"] == 2, counts  # the limit, reached and held
    assert int(counts["max_in_flight"]) >= 6, counts  # several organisations at once


def test_two_redis_workers_together_ask_each_host_at_most_twice(
    small_web: ServedWeb, tmp_path: Path
) -> None:
    counts = crawl(small_web, tmp_path / "two", workers=2)
    assert counts["max_in_flight_per_host"] <= 2, counts
    assert int(counts["max_in_flight"]) >= 6, counts
