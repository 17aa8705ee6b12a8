"""Crawler benchmark: `scrapy bench` for the ceiling, then a full crawl of a generated web.

    .venv/bin/python bench/crawl.py                       # 400 organisations, seed 1
    .venv/bin/python bench/crawl.py --organisations 40 --web /tmp/web40 --keep /tmp/bench

Prints, for one run on this machine: `scrapy bench` pages/s; the crawl's pages/s (pages
fetched from the network, rendered ones included) and its ratio to `scrapy bench`; fetched
pages per found product (hostile parts excluded: organisations labelled unreachable, and
pages of the manifest's calendars, huge pages, fixed-status pages, delayed pages and redirect
loops); discovery recall and precision against the labels' product_url; the share of pages
rendered; peak memory (RSS summed over the crawl's process tree, Chromium included, sampled
every 0.5 s; shared pages are counted once per process, so this overstates); wall time; and
whether every hostile organisation ended as a classified outcome (unreachable + reason).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import psutil

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from digimeter.core.pages import normalize_url  # noqa: E402
from digimeter.core.runstore import RunStore  # noqa: E402
from testweb.server import running_server  # noqa: E402

TARGETS = {"recall": 0.98, "precision": 0.98, "pages_per_found": 4.0, "ratio": 0.5, "peak_gb": 1.5}


def scrapy_bench(seconds: int) -> float:
    """Pages per second of `scrapy bench` (its own local server, no network)."""
    cmd = [str(REPO / ".venv" / "bin" / "scrapy"), "bench", "-s", f"CLOSESPIDER_TIMEOUT={seconds}"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=seconds + 120, cwd="/tmp")
    out = done.stderr + done.stdout
    count = re.search(r"'downloader/response_count': (\d+)", out)
    elapsed = re.search(r"'elapsed_time_seconds': ([\d.]+)", out)
    if not (count and elapsed):
        raise RuntimeError(f"cannot read scrapy bench's stats:\n{out[-2000:]}")
    return int(count.group(1)) / float(elapsed.group(1))


class PeakMemory(threading.Thread):
    """The peak of the RSS summed over the process trees of `pids`, sampled every 0.5 s;
    and `cpu_seconds`, the CPU time (user + system) the trees used, as last sampled."""

    def __init__(self, *pids: int) -> None:
        super().__init__(daemon=True)
        self.pids, self.peak, self.stop = pids, 0, threading.Event()
        self.cpu: dict[int, float] = {}

    @property
    def cpu_seconds(self) -> float:
        return sum(self.cpu.values())

    def run(self) -> None:
        while not self.stop.is_set():
            procs = []
            for pid in self.pids:
                try:
                    root = psutil.Process(pid)
                    procs += [root, *root.children(recursive=True)]
                except psutil.NoSuchProcess:
                    continue
            if not procs:
                return
            total = 0
            for p in procs:
                try:
                    total += p.memory_info().rss
                    times = p.cpu_times()
                    self.cpu[p.pid] = times.user + times.system
                except (psutil.NoSuchProcess, psutil.AccessDenied):
                    continue
            self.peak = max(self.peak, total)
            self.stop.wait(0.5)


def hostile_urls(web: Path) -> tuple[set[str], list[tuple[str, str]]]:
    """URLs (and host/path prefixes) of the manifest's hostile behaviours."""
    manifest = json.loads((web / "testweb.json").read_text(encoding="utf-8"))
    b = manifest.get("behaviours", {})
    urls = {normalize_url(e["url"]) for s in ("huge", "statuses", "flaky") for e in b.get(s, [])}
    urls |= {normalize_url(e["url"]) for e in b.get("delays", []) if e.get("url")}
    redirects = {
        normalize_url(e["url"]): normalize_url(e["location"]) for e in b.get("redirects", [])
    }
    for start in redirects:  # redirect loops
        seen, url = set(), start
        while url in redirects and url not in seen:
            seen.add(url)
            url = redirects[url]
        if url in seen:
            urls |= seen
    prefixes = [(c["host"].lower(), c["path"]) for c in b.get("calendars", [])]
    return urls, prefixes


def crawl(web: Path, out: Path, extra: list[str]) -> tuple[float, int, str]:
    with running_server(web) as proxy:
        cmd = [
            sys.executable, "-m", "digimeter.cli", "crawl", "--organisations",
            str(web / "organisations.csv"), "--proxy", proxy, "--output", str(out),
            "--run-id", "bench", "--no-polite", *extra,
        ]  # fmt: skip
        started = time.monotonic()
        proc = subprocess.Popen(cmd, cwd=REPO, stderr=subprocess.PIPE, text=True)
        memory = PeakMemory(proc.pid)
        memory.start()
        _, err = proc.communicate()
        wall = time.monotonic() - started
        memory.stop.set()
    if proc.returncode != 0:
        raise RuntimeError(f"the crawl failed:\n{err[-3000:]}")
    return wall, memory.peak, err


def evaluate(web: Path, run: Path) -> dict[str, float]:
    labels = list(csv.DictReader(open(web / "labels.csv", encoding="utf-8")))  # noqa: SIM115
    store = RunStore(run)
    cases = {
        (c.org.code, c.product.key): (c.outcome, c.product_url, c.reason) for c in store.cases()
    }
    tp = fp = fn = 0
    hostile_orgs = {
        o for o in {r["org_code"] for r in labels}
        if all(r["status"] == "unreachable" for r in labels if r["org_code"] == o)
    }  # fmt: skip
    unclassified = 0
    for r in labels:
        outcome, url, reason = cases.get((r["org_code"], r["product_key"]), ("missing", "", ""))
        want = normalize_url(r["product_url"]) if r["product_url"] else ""
        got = normalize_url(url) if outcome == "found" and url else ""
        if want and got == want:
            tp += 1
        else:
            fp += bool(got)
            fn += bool(want)
        if r["status"] == "unreachable" and not (outcome == "unreachable" and reason):
            unclassified += 1
    urls, prefixes = hostile_urls(web)
    pages = 0
    for ref in store.page_refs():
        url, parts = ref.url, urlsplit(ref.url)
        if ref.org_code in hostile_orgs or url in urls:
            continue
        if any(parts.hostname == h and parts.path.startswith(p) for h, p in prefixes):
            continue
        pages += 1
    found = sum(
        1 for (org, _), (outcome, _, _) in cases.items()
        if outcome == "found" and org not in hostile_orgs
    )  # fmt: skip
    total_pages, rendered = store.page_count(), store.page_count(rendered=True)
    outcomes = Counter(o for o, _, _ in cases.values())
    store.close()
    return {
        "recall": tp / max(tp + fn, 1), "precision": tp / max(tp + fp, 1), "tp": tp, "fp": fp,
        "fn": fn, "pages_per_found": pages / max(found, 1), "pages_counted": pages,
        "found": found, "pages_stored": total_pages,
        "rendered_share": rendered / max(total_pages, 1),
        "hostile_orgs": len(hostile_orgs), "hostile_unclassified": unclassified,
        "outcomes": dict(outcomes),
    }  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--organisations", type=int, default=400)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--web", type=Path, help="use (or create) the generated web in this folder")
    ap.add_argument("--keep", type=Path, help="keep the run folder here")
    ap.add_argument("--bench-seconds", type=int, default=20)
    ap.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE")
    args = ap.parse_args()
    started = time.monotonic()
    print(f"scrapy bench ({args.bench_seconds} s) ...", flush=True)
    ceiling = scrapy_bench(args.bench_seconds)
    print(f"  scrapy bench: {ceiling:.1f} pages/s", flush=True)
    with tempfile.TemporaryDirectory(prefix="digimeter-bench-") as tmp:
        web = args.web or Path(tmp) / "web"
        if not (web / "labels.csv").exists():
            t = time.monotonic()
            subprocess.run(
                [sys.executable, "-m", "digimeter.cli", "testweb", "generate", "--out", str(web),
                 "--organisations", str(args.organisations), "--seed", str(args.seed)],
                cwd=REPO, check=True,
            )  # fmt: skip
            print(f"  generated {args.organisations} organisations in {time.monotonic() - t:.0f} s")
        out = args.keep or Path(tmp) / "out"
        extra = [x for s in args.settings for x in ("-s", s)]
        print("crawling (politeness off, rendering on) ...", flush=True)
        wall, peak, _ = crawl(web, out, extra)
        run = out / "bench"
        stats = json.loads((run / "crawl_stats.json").read_text())
        figures = evaluate(web, run)
    seconds = float(stats.get("elapsed_time_seconds") or wall)
    fetched = int(stats.get("digimeter/pages_stored", 0))
    rate = fetched / seconds
    rows = [
        ("scrapy bench", f"{ceiling:.1f} pages/s", ""),
        ("crawl throughput", f"{rate:.1f} pages/s ({fetched} fetched in {seconds:.0f} s)", ""),
        ("ratio to scrapy bench", f"{rate / ceiling:.2f}", f">= {TARGETS['ratio']}"),
        ("pages per found product", f"{figures['pages_per_found']:.2f} ({figures['pages_counted']} "
         f"pages / {figures['found']} found; hostile parts excluded)", f"<= {TARGETS['pages_per_found']}"),  # noqa: E501
        ("discovery recall", f"{figures['recall']:.4f} (tp {figures['tp']}, fn {figures['fn']})", f">= {TARGETS['recall']}"),  # noqa: E501
        ("discovery precision", f"{figures['precision']:.4f} (fp {figures['fp']})", f">= {TARGETS['precision']}"),  # noqa: E501
        ("pages rendered", f"{100 * figures['rendered_share']:.1f} % of {figures['pages_stored']} stored", ""),  # noqa: E501
        ("served from the store", str(stats.get("digimeter/replayed", 0)), ""),
        ("peak memory", f"{peak / 2**30:.2f} GB (RSS of the process tree)", f"<= {TARGETS['peak_gb']} GB"),  # noqa: E501
        ("crawl wall time", f"{wall:.0f} s", ""),
        ("hostile organisations", f"{figures['hostile_orgs']}, unclassified rows: {figures['hostile_unclassified']}", "0"),  # noqa: E501
        ("cases", json.dumps(figures["outcomes"]), ""),
        ("benchmark wall time", f"{time.monotonic() - started:.0f} s", ""),
    ]  # fmt: skip
    checks = {
        "ratio to scrapy bench": rate / ceiling >= TARGETS["ratio"],
        "pages per found product": figures["pages_per_found"] <= TARGETS["pages_per_found"],
        "discovery recall": figures["recall"] >= TARGETS["recall"],
        "discovery precision": figures["precision"] >= TARGETS["precision"],
        "peak memory": peak / 2**30 <= TARGETS["peak_gb"],
        "hostile organisations": figures["hostile_unclassified"] == 0,
    }
    width = max(len(r[0]) for r in rows)
    print()
    for name, value, target in rows:
        verdict = ("PASS" if checks[name] else "FAIL") if name in checks else ""
        print(f"{name:<{width}}  {value}  {('target ' + target) if target else ''} {verdict}")


if __name__ == "__main__":
    main()
