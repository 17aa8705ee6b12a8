"""Benchmark: re-classifying a stored run (`classify_run`), in verdicts per second.

    .venv/bin/python bench/classify.py                       # a 400-organisation web
    .venv/bin/python bench/classify.py --organisations 50    # smaller
    .venv/bin/python bench/classify.py --run output/<run-id> # an existing run (e.g. a crawl)
    .venv/bin/python bench/classify.py --web /tmp/web400     # a web generated before

Without --run it generates a simulated web (`testweb generate`, fixed seed), stores the
pages its labelled cases need in a run folder (WARC files + run.db, as a crawl stores them:
`digimeter.cli.labelled.write_run`; not timed), then times `classify_run` on that run, which
reads every page back from the WARC files, parses it and writes verdicts.csv. It prints the
figures, and the accuracy of the run's verdicts against the web's labels as a check. The
target: a 400-organisation run re-classified in under a minute.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from classifiers.run import classify_run, default_workers  # noqa: E402
from digimeter.cli.evaluate import evaluate  # noqa: E402
from digimeter.cli.labelled import StaticWebStore, labelled_cases, write_run  # noqa: E402
from digimeter.core.runstore import RunStore  # noqa: E402

REGISTER = REPO.parent / "shared" / "data" / "registers" / "organisations-2023.csv"


def cached_renders(web: Path, cache: Path | None) -> dict[str, bytes]:
    """Rendered DOMs of the web's script pages from a `digimeter classify-labelled
    --render-cache`."""
    if cache is None:
        return {}
    from digimeter.cli.labelled import render_cache_file, script_pages

    found = {}
    for url in script_pages(web):
        path = render_cache_file(cache, url)
        if path.is_file():
            found[url] = path.read_bytes()
    return found


def build_run(web: Path, run_dir: Path, rendered: dict[str, bytes]) -> float:
    started = time.perf_counter()
    pages = StaticWebStore(web, rendered=rendered)
    store = write_run(run_dir, labelled_cases(web), pages, run_id=run_dir.name)
    store.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", type=Path, help="benchmark this existing run folder")
    parser.add_argument("--web", type=Path, help="a generated (or labelled static) web to use")
    parser.add_argument("--organisations", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--repeat", type=int, default=2, help="timed classifications")
    parser.add_argument(
        "--render-cache",
        type=Path,
        help="rendered DOMs (digimeter classify-labelled WEB --verdicts F --render-cache DIR) "
        "to store beside the raw pages, as a crawl that renders stores them",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="bench-classify-") as tmp:
        web, run_dir = args.web, args.run
        if run_dir is None:
            if web is None:
                from testweb.generate import generate_web

                web = Path(tmp) / "web"
                started = time.perf_counter()
                generate_web(
                    web,
                    seed=args.seed,
                    n_organisations=args.organisations,
                    register=REGISTER if REGISTER.exists() else None,
                )
                print(
                    f"generated {args.organisations} organisations in "
                    f"{time.perf_counter() - started:.1f} s: {web}"
                )
            run_dir = Path(tmp) / "run"
            rendered = cached_renders(web, args.render_cache)
            seconds = build_run(web, run_dir, rendered)
            print(f"stored the run (not timed): {seconds:.1f} s, {len(rendered)} rendered DOMs")
        store = RunStore(run_dir)
        n_orgs, n_pages = len(store.organisations()), store.page_count()
        store.close()
        print(f"run: {run_dir} ({n_orgs} organisations, {n_pages} stored pages)")
        best = None
        for i in range(args.repeat):
            result = classify_run(run_dir, workers=args.workers)
            rate = result.verdicts / result.seconds
            print(
                f"  classify_run #{i + 1}: {result.verdicts} verdicts in "
                f"{result.seconds:.1f} s = {rate:.0f} verdicts/s ({args.workers} workers)"
            )
            best = result if best is None or result.seconds < best.seconds else best
        assert best is not None
        print(
            f"best: {best.seconds:.1f} s for {best.verdicts} verdicts, "
            f"{best.verdicts / best.seconds:.0f} verdicts/s; target < 60 s for 400 orgs"
        )
        if web is not None and (web / "labels.csv").exists():
            ev = evaluate(web / "labels.csv", best.verdicts_csv)
            print(
                f"check: exact-level accuracy of the run's verdicts {ev.right}/{ev.labels} "
                f"= {100 * ev.accuracy:.2f} %"
            )


if __name__ == "__main__":
    main()
