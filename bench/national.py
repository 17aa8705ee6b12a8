"""National-run benchmark: a polite crawl of a generated web that answers like the real web.

    .venv/bin/python bench/national.py                          # 400 organisations, seed 1
    .venv/bin/python bench/national.py --organisations 60 --web /tmp/web60 --keep /tmp/nat

The simulated web is served with every response delayed by `--latency` ± `--jitter` ms
(default 150 ± 250, floored at 0: 150 to 400 ms, as real government sites answer), and
crawled with the polite defaults (at most 2 requests per host, AutoThrottle, a delay)
twice: once by 1 worker, once by 2 workers sharing the run through Redis (`crawl --resume
RUN --redis URL`; a real `redis-server` on 127.0.0.1, started and stopped here). Both runs
are classified, and their verdicts compared (every field but the run id).

Printed per run, measured in this one invocation: wall time; pages/s (pages stored, rendered
ones included); renders/s; requests in flight at the server (time-weighted mean and
maximum, and the maximum per host: politeness holds at 2 or fewer), counted by the
simulated web itself (`testweb serve --in-flight`), the browser's requests included; peak
memory (RSS summed over the workers' process trees, Chromium included, sampled every 0.5 s;
shared pages count once per process, so this overstates) and the CPU time they used (what a
crawl bound by the CPU shows: near as many cores as the machine has); Redis's peak memory;
the run folder's size on disk; and the speed-up of 2 workers against 1.
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import redis

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.crawl import PeakMemory  # noqa: E402
from crawler.run import prepare_run  # noqa: E402
from digimeter.core.configfiles import load_organisations, load_products  # noqa: E402
from testweb.localredis import running_redis  # noqa: E402
from testweb.server import running_server  # noqa: E402

TARGETS = {"minutes_1": 25.0, "speedup": 1.5, "per_host": 2}


def folder_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def crawl(web: Path, run: Path, workers: int, args: argparse.Namespace) -> dict[str, float]:
    """Crawl `web` into `run` with `workers` workers; the run's figures."""
    settings = dict(s.split("=", 1) for s in args.settings)
    in_flight = run.parent / f"{run.name}.in-flight.json"
    figures: dict[str, float] = {}
    with contextlib.ExitStack() as stack:
        server = running_server(
            web, latency_ms=args.latency, jitter_ms=args.jitter, in_flight=in_flight
        )
        proxy = stack.enter_context(server)
        prepare_run(
            run, load_organisations(web / "organisations.csv"), load_products(),
            resume=False, proxy=proxy, settings=settings,
        )  # fmt: skip
        cmd = [sys.executable, "-m", "digimeter.cli", "crawl", "--resume", str(run)]
        redis_url = ""
        if workers > 1:
            redis_url = stack.enter_context(running_redis(run.parent))
            cmd += ["--redis", redis_url]
        started = time.monotonic()
        commands = [[*cmd, "-s", f"DIGIMETER_WORKER_ID=w{i + 1}"] for i in range(workers)]
        if workers == 1:
            commands = [cmd]
        logs = [run.parent / f"{run.name}.w{i + 1}.log" for i in range(workers)]
        procs = [
            subprocess.Popen(
                c, cwd=REPO, stdout=subprocess.DEVNULL, stderr=stack.enter_context(log.open("w"))
            )
            for c, log in zip(commands, logs, strict=True)
        ]
        memory = PeakMemory(*(p.pid for p in procs))
        memory.start()
        for proc in procs:
            proc.wait()
        figures["wall"] = time.monotonic() - started
        memory.stop.set()
        figures["peak_rss"] = memory.peak
        figures["cpu"] = memory.cpu_seconds
        if redis_url:
            info = redis.Redis.from_url(redis_url).info("memory")
            figures["redis_peak"] = float(info["used_memory_peak"])
    for proc, log in zip(procs, logs, strict=True):
        if proc.returncode != 0:
            tail = log.read_text(errors="replace")[-3000:]
            raise RuntimeError(f"a worker failed (exit {proc.returncode}):\n{tail}")
    stats = [json.loads(f.read_text()) for f in sorted(run.glob("crawl_stats*.json"))]
    figures["pages"] = sum(s.get("digimeter/pages_stored", 0) for s in stats)
    figures["rendered"] = sum(s.get("digimeter/pages_rendered", 0) for s in stats)
    figures["response_bytes"] = sum(s.get("downloader/response_bytes", 0) for s in stats)
    for name in ("taken", "waited", "wait_ms"):  # crawler.hostleases, with Redis
        figures[f"lease_{name}"] = sum(s.get(f"digimeter/host_lease/{name}", 0) for s in stats)
    server = json.loads(in_flight.read_text())
    figures["mean_in_flight"] = server["mean_in_flight"]
    figures["max_in_flight"] = server["max_in_flight"]
    figures["per_host_max"] = server["max_in_flight_per_host"]
    figures["requests"] = server["requests"]
    done = subprocess.run([sys.executable, "-m", "digimeter.cli", "classify", str(run)],
                          cwd=REPO, capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"classify failed:\n{done.stderr[-3000:]}")
    figures["disk"] = folder_bytes(run)
    return figures


def verdicts(run: Path) -> list[tuple[str, ...]]:
    """Every verdict without its run id."""
    with open(run / "verdicts.csv", newline="", encoding="utf-8") as fh:
        rows = csv.DictReader(fh)
        return sorted(tuple(v for k, v in row.items() if k != "run_id") for row in rows)


def report(name: str, f: dict[str, float]) -> list[tuple[str, str, bool | None, str]]:
    wall = f["wall"]
    rows = [
        ("wall time", f"{wall:.0f} s ({wall / 60:.1f} min)"),
        ("pages/s", f"{f['pages'] / wall:.1f} ({f['pages']:.0f} pages stored)"),
        ("renders/s", f"{f['rendered'] / wall:.2f} ({f['rendered']:.0f} pages rendered)"),
        ("requests in flight", f"mean {f['mean_in_flight']:.1f}, max {f['max_in_flight']:.0f} "
         f"({f['requests']:.0f} requests at the server)"),
        ("peak memory", f"{f['peak_rss'] / 2**30:.2f} GB (RSS of the workers' process trees)"),
        ("CPU time", f"{f['cpu']:.0f} s of the workers' process trees, Chromium included "
         f"({f['cpu'] / wall:.2f} cores on average)"),
        ("response bytes", f"{f['response_bytes']:,.0f}"),
        ("run folder on disk", f"{f['disk'] / 2**20:.0f} MB"),
    ]  # fmt: skip
    if f["lease_taken"]:
        waited = f["lease_wait_ms"] / 1000
        rows.append(("host leases", f"{f['lease_taken']:.0f} taken, {f['lease_waited']:.0f} "
                     f"waited for ({waited:.0f} s in all, {waited / wall:.1f} requests waiting "
                     "on average)"))  # fmt: skip
    if "redis_peak" in f:
        rows.append(("Redis peak memory", f"{f['redis_peak'] / 2**20:.1f} MB"))
    return [(f"{name}: {k}", v, None, "") for k, v in rows]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--organisations", type=int, default=400)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--latency", type=float, default=150, metavar="MS")
    ap.add_argument("--jitter", type=float, default=250, metavar="MS")
    ap.add_argument("--web", type=Path, help="use (or create) the generated web in this folder")
    ap.add_argument("--keep", type=Path, help="keep the two run folders here")
    ap.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                    help="a crawler setting for every run (repeatable)")  # fmt: skip
    ap.add_argument("--workers", default="1,2", help="the runs to make, by number of workers "
                    "(default 1,2; the speed-up and verdict check need both)")  # fmt: skip
    args = ap.parse_args()
    counts = sorted({int(n) for n in args.workers.split(",")})
    with tempfile.TemporaryDirectory(prefix="digimeter-national-") as tmp:
        web = args.web or Path(tmp) / "web"
        if not (web / "labels.csv").exists():
            subprocess.run(
                [sys.executable, "-m", "digimeter.cli", "testweb", "generate", "--out", str(web),
                 "--organisations", str(args.organisations), "--seed", str(args.seed)],
                cwd=REPO, check=True, stdout=subprocess.DEVNULL,
            )  # fmt: skip
        out = args.keep or Path(tmp) / "out"
        out.mkdir(parents=True, exist_ok=True)
        print(f"{args.organisations} organisations (seed {args.seed}), latency {args.latency:g} "
              f"± {args.jitter:g} ms, polite", flush=True)  # fmt: skip
        results = {}
        for workers in counts:
            print(f"crawling with {workers} worker(s) ...", flush=True)
            results[workers] = crawl(web, out / f"workers{workers}", workers, args)
            for name, value, _, _ in report(f"{workers} worker(s)", results[workers]):
                print(f"  {name}: {value}", flush=True)  # at once: a long bench may be cut
        runs = {n: verdicts(out / f"workers{n}") for n in counts}
    rows: list[tuple[str, str, bool | None, str]] = []
    for n, figures in results.items():
        name = f"{n} worker{'s' if n > 1 else ''}"
        rows += report(name, figures)
        polite = figures["per_host_max"] <= TARGETS["per_host"]
        rows.append((f"{name}: politeness", f"at most {figures['per_host_max']:.0f} in flight "
                     "per host", polite, f"<= {TARGETS['per_host']}"))  # fmt: skip
    if 1 in results:
        minutes = results[1]["wall"] / 60
        met = minutes <= TARGETS["minutes_1"] if args.organisations == 400 else None
        target = f"<= {TARGETS['minutes_1']:g} at 400 organisations"
        rows.append(("1 worker: minutes", f"{minutes:.1f}", met, target))
    if 1 in results and 2 in results:
        speedup = results[1]["wall"] / results[2]["wall"]
        rows.append(("speed-up 2 vs 1", f"{speedup:.2f}x", speedup >= TARGETS["speedup"],
                     f">= {TARGETS['speedup']}x"))  # fmt: skip
        same = runs[1] == runs[2]
        rows.append(("verdicts identical (1 vs 2 workers)", f"{same} ({len(runs[1])} verdicts)",
                     same, ""))  # fmt: skip
    width = max(len(r[0]) for r in rows)
    print()
    for name, value, ok, target in rows:
        verdict = "" if ok is None else "PASS" if ok else "FAIL"
        target = f"target {target}" if target else ""
        print(f"{name:<{width}}  {value}  {target} {verdict}".rstrip())


if __name__ == "__main__":
    main()
