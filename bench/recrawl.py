"""Re-crawl benchmark: what a second monthly run of an unchanged web downloads.

    .venv/bin/python bench/recrawl.py                        # 60 organisations, seed 1
    .venv/bin/python bench/recrawl.py --organisations 12 --change-share 0.2

Generates the web, serves it, crawls it once in full and once more with the first run as
DIGIMETER_PREVIOUS_RUN (conditional requests; a 304 reuses the stored page through a WARC
revisit record), classifies both runs and prints, per run, Scrapy's
`downloader/response_bytes` and status counts, the second run's share of the first's
bytes (target <= 10 %), and whether both runs' verdicts are identical. With
--change-share, the web is generated again with that share of its pages edited before
the second crawl, and a third, full crawl of the changed web checks that the conditional
re-crawl's verdicts equal a full re-crawl's.

Response bytes are those received from the network: a response served from a run store
(a URL asked for again, a rendered page reused from the previous run) is not counted
there (crawler.middlewares.NetworkStats) but as `store` bytes, printed beside them.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from testweb.changes import change_pages  # noqa: E402
from testweb.generate import generate_web  # noqa: E402
from testweb.server import running_server  # noqa: E402

TARGET = 0.10
REGISTER = REPO.parent / "shared" / "data" / "registers" / "organisations-2023.csv"


def digimeter(*args: str) -> None:
    cmd = [sys.executable, "-m", "digimeter.cli", *args]
    done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")


def crawl(web: Path, proxy: str, out: Path, run_id: str, previous: Path | None) -> dict:
    extra = ["-s", f"DIGIMETER_PREVIOUS_RUN={previous}"] if previous else []
    started = time.monotonic()
    digimeter("crawl", "--organisations", str(web / "organisations.csv"), "--proxy", proxy,
              "--output", str(out), "--run-id", run_id, "--no-polite", *extra)  # fmt: skip
    seconds = time.monotonic() - started
    digimeter("classify", str(out / run_id))
    stats = json.loads((out / run_id / "crawl_stats.json").read_text())
    stats["seconds"] = seconds
    return stats


def verdicts(run: Path, fields: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every verdict without its run id (or only `fields` of it)."""
    with open(run / "verdicts.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    if fields:
        return [tuple(row[k] for k in fields) for row in rows]
    return [tuple(v for k, v in row.items() if k != "run_id") for row in rows]


def compare(a: Path, b: Path, what: str) -> None:
    levels = ("org_code", "product_key", "status", "level", "level_strict")
    same = sum(x == y for x, y in zip(verdicts(a), verdicts(b), strict=True))
    total = len(verdicts(a))
    print(f"{what}: {same}/{total} verdicts identical in every field; status and levels "
          f"identical: {verdicts(a, levels) == verdicts(b, levels)}")  # fmt: skip
    failed = []
    for run in (a, b):
        stats = json.loads((run / "crawl_stats.json").read_text())
        failed.append(f"{run.name} {sum(v for k, v in stats.items() if _render_failure(k))}")
    print(f"  failed renders: {', '.join(failed)} (a Chromium timeout loses a rendered page "
          "and with it a verdict's evidence)")  # fmt: skip


def _render_failure(stat: str) -> bool:
    return stat.startswith(("digimeter/failures/render", "digimeter/failures/timeout/TimeoutError"))


def line(name: str, stats: dict) -> str:
    statuses = {k.rsplit("/", 1)[1]: v for k, v in stats.items()
                if k.startswith("downloader/response_status_count/")}  # fmt: skip
    return (
        f"{name:<28} response_bytes {stats.get('downloader/response_bytes', 0):>11,}  "
        f"responses {stats.get('downloader/response_count', 0):>6}  "
        f"304 {statuses.get('304', 0):>5}  revisits {stats.get('digimeter/revisits', 0):>5} "
        f"(+{stats.get('digimeter/revisits/rendered', 0)} rendered)  "
        f"from store {stats.get('digimeter/store_response_bytes', 0):>11,} B  "
        f"{stats['seconds']:.0f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--organisations", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--change-share", type=float, default=0.0)
    parser.add_argument("--work", type=Path, default=None, help="keep the web and runs here")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="recrawl-"))
    web, out = work / "web", work / "runs"
    generate_web(web, seed=args.seed, n_organisations=args.organisations,
                 register=REGISTER if REGISTER.exists() else None)  # fmt: skip
    print(f"web: {args.organisations} organisations, seed {args.seed}, in {web}")
    with running_server(web) as proxy:
        first = crawl(web, proxy, out, "first", None)
        print(line("first run (full)", first))
        if not args.change_share:
            second = crawl(web, proxy, out, "second", out / "first")
            print(line("second run (conditional)", second))
    if args.change_share:
        generate_web(web, seed=args.seed, n_organisations=args.organisations,
                     register=REGISTER if REGISTER.exists() else None)  # fmt: skip
        changed = change_pages(web, args.change_share, seed=2)
        print(f"web generated again with {len(changed)} HTML pages changed")
        with running_server(web) as proxy:
            second = crawl(web, proxy, out, "second", out / "first")
            print(line("second run (conditional)", second))
            full = crawl(web, proxy, out, "full", None)
            print(line("full re-crawl", full))
        compare(out / "second", out / "full", "conditional re-crawl against a full re-crawl")
    else:
        compare(out / "first", out / "second", "second run against the first")
    ratio = second["downloader/response_bytes"] / first["downloader/response_bytes"]
    verdict = "met" if ratio <= TARGET else "NOT met"
    print(f"second run downloads {ratio:.1%} of the first run's response bytes "
          f"(target <= {TARGET:.0%}: {verdict})")  # fmt: skip


if __name__ == "__main__":
    main()
