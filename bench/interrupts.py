"""Interrupt-and-resume benchmark: a crawl interrupted at random moments, each time resumed,
ends with the verdicts of a clean run.

    .venv/bin/python bench/interrupts.py                     # 60 organisations, 10 interruptions
    .venv/bin/python bench/interrupts.py --organisations 12 --interruptions 5 --seed 3

Generates a simulated web (register names, fixed seed), serves it, crawls it once without
interruption (the reference), then crawls it again and interrupts that crawl at random
moments (a seeded choice of stored-page counts), cycling through kill -9 of the process
group (a crash), SIGINT to the process group (Ctrl-C in a terminal), SIGTERM to the process,
and SIGINT twice; after each interruption the run is resumed with `crawl --resume RUN` and
no other flag. After each interruption the organisations finished so far are classified
(`classify --allow-incomplete`) and their verdicts compared, field by field (all but
run_id), with the clean run's; after the last resume, all of them. Prints one line per
interruption and the figures: N interruptions, N that hit a running crawl and stopped as
expected, N after which the verdicts were identical, and the final comparison.

`tests/test_run_interrupts.py` runs the same experiment on a 12-organisation web.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from digimeter.core.runstore import RunFolderError, RunStore  # noqa: E402
from testweb.generate import generate_web  # noqa: E402
from testweb.server import running_server  # noqa: E402

#: how a crawl is interrupted, in turn
KINDS = ("SIGKILL", "SIGINT", "SIGTERM", "SIGINT twice")
#: the exit status each kind must end with (kill -9: killed by the signal)
EXPECTED_EXIT = {"SIGKILL": -signal.SIGKILL, "SIGINT": 3, "SIGTERM": 3, "SIGINT twice": 3}
CRAWL_FLAGS = ("--no-polite", "-s", "DIGIMETER_PROGRESS=false")
STOP_TIMEOUT = 120


@dataclass
class Interruption:
    kind: str
    at_pages: int
    exit_status: int | None
    seconds_to_stop: float
    children_left: int
    #: verdicts of the organisations finished so far: how many, and how many as the clean run
    verdicts: int = 0
    identical: int = 0

    @property
    def hit(self) -> bool:
        return self.exit_status == EXPECTED_EXIT[self.kind] and not self.children_left

    def line(self) -> str:
        return (
            f"{self.kind:<13} at {self.at_pages:>5} stored pages: exit {self.exit_status}, "
            f"stopped in {self.seconds_to_stop:.1f} s, {self.children_left} child process(es) "
            f"left; verdicts so far {self.identical}/{self.verdicts} identical "
            f"{'ok' if self.hit and self.identical == self.verdicts else 'NOT OK'}"
        )


def cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "digimeter.cli", *args]


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO)}


def stored_pages(run: Path) -> int:
    """Pages in the run's index (0 while run.db does not exist yet)."""
    try:
        store = RunStore(run)
    except RunFolderError:
        return 0
    try:
        return store.page_count()
    finally:
        store.close()


def crawl(args: list[str], log: Path) -> subprocess.Popen[bytes]:
    with open(log, "ab") as fh:
        return subprocess.Popen(
            cli("crawl", *args), cwd=REPO, env=env(), stdout=fh, stderr=fh,
            start_new_session=True,
        )  # fmt: skip


def interrupt(proc: subprocess.Popen[bytes], kind: str) -> tuple[int | None, float, int]:
    """Send `kind`; returns the exit status, the seconds it took to stop, and how many of
    the process's children (the browser) are still alive shortly after."""
    children = psutil.Process(proc.pid).children(recursive=True)
    started = time.monotonic()
    if kind == "SIGKILL":
        os.killpg(proc.pid, signal.SIGKILL)
    elif kind == "SIGTERM":
        proc.send_signal(signal.SIGTERM)
    else:
        os.killpg(proc.pid, signal.SIGINT)
        if kind == "SIGINT twice":
            time.sleep(0.3)
            os.killpg(proc.pid, signal.SIGINT)
    try:
        status: int | None = proc.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        status = None
    seconds = time.monotonic() - started
    deadline = time.monotonic() + 15
    while any(c.is_running() and c.status() != psutil.STATUS_ZOMBIE for c in children):
        if time.monotonic() > deadline:
            break
        time.sleep(0.2)
    left = sum(1 for c in children if c.is_running() and c.status() != psutil.STATUS_ZOMBIE)
    return status, seconds, left


def interrupted_crawl(
    web: Path,
    proxy: str,
    out: Path,
    *,
    interruptions: int,
    seed: int,
    clean: Path,
    flags: tuple[str, ...] = CRAWL_FLAGS,
) -> tuple[Path, list[Interruption], int]:
    """Crawl `web` into out/interrupted (with `flags`, as the clean run), interrupting it
    `interruptions` times at random stored-page counts below the clean run's and resuming
    after each (with --resume alone); returns the run, the interruptions and the exit status
    of the last resume."""
    expected, total_pages = verdicts(clean), stored_pages(clean)
    rng = random.Random(seed)
    kinds = [KINDS[i % len(KINDS)] for i in range(interruptions)]
    rng.shuffle(kinds)
    run, log = out / "interrupted", out / "interrupted.log"
    first = ["--organisations", str(web / "organisations.csv"), "--proxy", proxy,
             "--output", str(out), "--run-id", "interrupted", *flags]  # fmt: skip
    done: list[Interruption] = []
    for i, kind in enumerate(kinds):
        have = stored_pages(run)
        step = max(1, (total_pages - have) // (interruptions - i + 1))
        target = have + rng.randint(max(1, step // 3), step)
        proc = crawl(first if i == 0 else ["--resume", str(run), "-s", "DIGIMETER_PROGRESS=false"],
                     log)  # fmt: skip
        while stored_pages(run) < target and proc.poll() is None:
            time.sleep(0.02)
        time.sleep(rng.uniform(0, 0.5))
        if proc.poll() is not None:  # the crawl ended before the moment came
            done.append(Interruption(kind, stored_pages(run), proc.returncode, 0.0, 0))
            continue
        at = stored_pages(run)
        status, seconds, left = interrupt(proc, kind)
        classify(run, "--allow-incomplete")
        so_far = verdicts(run)
        same = sum(1 for key, row in so_far.items() if expected.get(key) == row)
        done.append(Interruption(kind, at, status, seconds, left, len(so_far), same))
    final = crawl(["--resume", str(run), "-s", "DIGIMETER_PROGRESS=false"], log)
    return run, done, final.wait(timeout=3600)


def classify(run: Path, *flags: str) -> None:
    subprocess.run(cli("classify", str(run), *flags), cwd=REPO, env=env(), check=True,
                   capture_output=True)  # fmt: skip


def verdicts(run: Path) -> dict[tuple[str, str], dict[str, str]]:
    """The run's verdicts by organisation x product, every field but run_id."""
    if not (run / "verdicts.csv").exists():
        return {}
    with open(run / "verdicts.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return {(r["org_code"], r["product_key"]): {**r, "run_id": ""} for r in rows}


def clean_crawl(web: Path, proxy: str, out: Path, flags: tuple[str, ...] = CRAWL_FLAGS) -> Path:
    """The reference: one crawl without interruption, classified."""
    args = ["--organisations", str(web / "organisations.csv"), "--proxy", proxy,
            "--output", str(out), "--run-id", "clean", *flags]  # fmt: skip
    if crawl(args, out / "clean.log").wait(timeout=3600) != 0:
        raise RuntimeError(f"the clean crawl failed; see {out / 'clean.log'}")
    classify(out / "clean")
    return out / "clean"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--organisations", type=int, default=60)
    parser.add_argument("--interruptions", type=int, default=10)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--out", type=Path, default=REPO / "output" / "bench-interrupts")
    args = parser.parse_args()
    web, out = args.out / "web", args.out / "runs"
    if out.exists():
        raise SystemExit(f"{out} exists; remove it or give another --out")
    out.mkdir(parents=True)
    register = REPO.parent / "shared" / "data" / "registers" / "organisations-2023.csv"
    generate_web(web, seed=args.seed, n_organisations=args.organisations,
                 register=register if register.exists() else None)  # fmt: skip
    started = time.monotonic()
    with running_server(web) as proxy:
        clean = clean_crawl(web, proxy, out)
        clean_seconds = time.monotonic() - started
        run, done, final = interrupted_crawl(
            web, proxy, out, interruptions=args.interruptions, seed=args.seed, clean=clean
        )
    classify(run)
    expected, got = verdicts(clean), verdicts(run)
    same = sum(1 for key, row in expected.items() if got.get(key) == row)
    print(f"web: {args.organisations} organisations (seed {args.seed}), {len(expected)} verdicts; "
          f"clean crawl and classification {clean_seconds:.0f} s; {time.monotonic() - started:.0f} s in all")  # fmt: skip  # noqa: E501
    for item in done:
        print("  " + item.line())
    print(f"final resume: exit {final}")
    print(f"interruptions: {len(done)}; hit a running crawl and stopped as expected: "
          f"{sum(item.hit for item in done)}; verdicts identical after: "
          f"{sum(item.identical == item.verdicts for item in done)}")  # fmt: skip
    print(
        f"final verdicts identical to the clean run: {same}/{len(expected)} "
        f"({'identical' if same == len(expected) == len(got) else 'DIFFERENT'})"
    )


if __name__ == "__main__":
    main()
