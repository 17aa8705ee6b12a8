"""Benchmark of the simulated web: generation time and size, and the server's requests/s.

    .venv/bin/python bench/testweb.py [--sizes 12,400] [--seconds 10] [--connections 50]

Generates a web per size into a temporary folder (time and size on disk), then serves the
largest one with `testweb serve` (a subprocess pinned to one core when possible) and runs a
simple asyncio load generator on loopback: keep-alive connections sending GET requests
through the proxy for the labelled product and route URLs and homepages of the web.
Prints the figures; no assertions.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from testweb.server import running_server  # noqa: E402


def disk_size(root: Path) -> tuple[int, int, int]:
    """Number of files, their total size, and the space allocated on disk (like du)."""
    files = [p.stat() for p in root.rglob("*") if p.is_file()]
    return len(files), sum(s.st_size for s in files), sum(s.st_blocks * 512 for s in files)


def target_urls(root: Path) -> list[str]:
    """Labelled product and route URLs, without the deliberately slow ones."""
    urls: list[str] = []
    labels = root / "labels.csv"
    if labels.exists():
        with open(labels, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                urls += [u for u in (row["product_url"], row["route_url"]) if u]
    slow: set[str] = set()
    manifest = root / "testweb.json"
    if manifest.exists():
        delays = json.loads(manifest.read_text(encoding="utf-8")).get("behaviours", {})
        slow = {d.get("url") or d.get("host", "") for d in delays.get("delays", [])}
    return sorted(u for u in set(urls) if u not in slow and urlsplit(u).hostname not in slow)


async def _worker(
    port: int, urls: list[str], start: int, deadline: float, counts: list[int]
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    i = start
    try:
        while time.perf_counter() < deadline:
            url = urls[i % len(urls)]
            i += 1
            host = urlsplit(url).hostname
            writer.write(f"GET {url} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
            await writer.drain()
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            await reader.readexactly(length)
            status = int(head.split(b" ")[1])
            counts[0 if status < 500 else 1] += 1
    finally:
        writer.close()


async def load(
    port: int, urls: list[str], seconds: float, connections: int
) -> tuple[int, int, float]:
    counts = [0, 0]
    t0 = time.perf_counter()
    deadline = t0 + seconds
    await asyncio.gather(
        *(
            _worker(port, urls, n * len(urls) // connections, deadline, counts)
            for n in range(connections)
        )
    )
    return counts[0], counts[1], time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="12,400")
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--root", help="serve this folder instead of generating (e.g. the corpus)")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="testweb-bench-"))
    try:
        served = Path(args.root) if args.root else None
        if served is None:
            from testweb.generate import generate_web

            for size in (int(s) for s in args.sizes.split(",")):
                out = work / f"web-{size}"
                t0 = time.perf_counter()
                generate_web(out, seed=1, n_organisations=size)
                elapsed = time.perf_counter() - t0
                n_files, n_bytes, allocated = disk_size(out)
                print(
                    f"generate {size:4d} organisations: {elapsed:6.1f} s, "
                    f"{n_files} files, {n_bytes / 1e6:.1f} MB of content, "
                    f"{allocated / 1e6:.1f} MB allocated on disk"
                )
                served = out
        assert served is not None
        urls = target_urls(served) or [
            f"http://{h.name}/" for h in sorted((served / "sites").iterdir())
        ]
        with running_server(served) as proxy:
            port = urlsplit(proxy).port or 0
            server_pid = _server_pid(port)
            if server_pid and hasattr(os, "sched_setaffinity"):
                os.sched_setaffinity(server_pid, {0})
            ok, failed, elapsed = asyncio.run(load(port, urls, args.seconds, args.connections))
        print(
            f"server: {ok + failed} requests in {elapsed:.1f} s over {args.connections} "
            f"keep-alive connections = {(ok + failed) / elapsed:.0f} requests/s "
            f"(server pinned to one core; {failed} 5xx answers from flaky/503 pages; "
            f"{len(urls)} distinct URLs)"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _server_pid(port: int) -> int | None:
    import psutil

    for conn in psutil.net_connections(kind="tcp"):
        if conn.laddr and conn.laddr.port == port and conn.status == psutil.CONN_LISTEN:
            return conn.pid
    return None


if __name__ == "__main__":
    main()
