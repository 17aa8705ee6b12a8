"""Review app benchmark: a reviewer works through verdicts of a stored run with the keyboard.

    .venv/bin/python bench/review.py --run RUN [--verdicts 100]

RUN is a classified run folder (e.g. the 400-organisation run kept by
`bench/crawl.py --keep DIR`, then `digimeter classify DIR/bench`). The benchmark works on a
copy of its run.db (the WARC files are linked, not copied), so the run itself is left as
it was. It serves the review app on 127.0.0.1, drives Debian's Chromium through
Playwright, and prints:

* the queue: how long the queue page of every verdict takes to open (navigation to the
  load event), over several loads;
* the review: `--verdicts` verdicts reviewed with the keyboard from the queue of verdicts
  with a product page (status ok; `Enter` opens the first; `c` confirms; every fifth is
  corrected with `3`/`6`, a typed reason and `Enter`), timed from the keypress that saves
  to the next verdict shown with its stored page (the load event, which waits for the
  page's frame);

with the median and the 95th percentile, against the targets (queue <= 1 s, <= 1.5 s per
verdict).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from playwright.sync_api import sync_playwright  # noqa: E402

from crawler.browser import launch_options  # noqa: E402
from digimeter.core.runstore import RunStore  # noqa: E402
from review.server import running_app  # noqa: E402

TARGETS = {"queue": 1.0, "verdict": 1.5}


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def copy_run(run: Path, into: Path) -> Path:
    """run.db copied (a consistent snapshot through SQLite's backup), WARC files linked."""
    target = into / run.name
    target.mkdir(parents=True)
    source = RunStore(run)
    copy = RunStore(target, create=True)
    try:
        source.copy_database(copy)
    finally:
        source.close()
        copy.close()
    os.symlink((run / "warc").resolve(), target / "warc")
    return target


def figures(name: str, values: list[float], target: float) -> str:
    median, p95 = statistics.median(values), percentile(values, 95)
    verdict = "met" if p95 <= target else "NOT met"
    return (
        f"{name}: median {median:.3f} s, p95 {p95:.3f} s, max {max(values):.3f} s "
        f"over {len(values)} (target <= {target:g} s: {verdict} at p95)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--run", type=Path, required=True, help="a classified run folder")
    ap.add_argument("--verdicts", type=int, default=100)
    ap.add_argument("--queue-loads", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-review-") as tmp:
        run = copy_run(args.run, Path(tmp))
        store = RunStore(run)
        n_verdicts = len(store.verdict_rows())
        store.close()
        started = time.perf_counter()
        with running_app(run) as base, sync_playwright() as pw:
            print(
                f"run {args.run}: {n_verdicts} verdicts; app started in "
                f"{time.perf_counter() - started:.2f} s"
            )
            browser = pw.chromium.launch(**launch_options())
            page = browser.new_page(viewport={"width": 1500, "height": 950})
            page.goto(base + "/name")
            page.keyboard.type("bench")
            page.keyboard.press("Enter")
            page.wait_for_url("**/queue")
            queue_times = []
            for _ in range(args.queue_loads):
                t0 = time.perf_counter()
                page.goto(base + "/queue", wait_until="load")
                queue_times.append(time.perf_counter() - t0)
            shown = page.locator("h2").first.inner_text()
            # The reviewed verdicts: the queue of those with a product page (status ok), so
            # each one shows a stored page; the most doubtful first, as a reviewer gets them.
            page.goto(base + "/queue?status=ok", wait_until="load")
            with page.expect_navigation(wait_until="load"):
                page.keyboard.press("Enter")
            times, corrected = [], 0
            for i in range(args.verdicts):
                frame = page.frame(name="stored")
                assert "/verdict/" in page.url and frame is not None and "/stored/" in frame.url
                level = page.locator("#level").inner_text()
                if i % 5 == 4:
                    page.keyboard.press("3" if level != "33" else "6")
                    page.keyboard.type("benchmark correction")
                    key, corrected = "Enter", corrected + 1
                else:
                    key = "c"
                t0 = time.perf_counter()
                with page.expect_navigation(wait_until="load"):
                    page.keyboard.press(key)
                times.append(time.perf_counter() - t0)
            browser.close()
        print(f"queue page ({shown}):")
        print("  " + figures("opens in", queue_times, TARGETS["queue"]))
        print(
            f"{args.verdicts} verdicts reviewed with the keyboard ({args.verdicts - corrected} "
            f"confirmed with c, {corrected} corrected with a level key, a reason and Enter):"
        )
        print(
            "  "
            + figures(
                "keypress to the next verdict with its stored page", times, TARGETS["verdict"]
            )
        )
        shutil.rmtree(run, ignore_errors=True)


if __name__ == "__main__":
    main()
