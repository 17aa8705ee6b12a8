"""Scheduled measurements end to end: `digimeter schedule once` as a service runs it, with
real `digimeter measure` subprocesses crawling the small simulated web through its proxy,
judged by their exit statuses (0 complete, 2 refused, 3 incomplete, 4 failed).

Two runs in a row (the second re-crawls with conditional requests and compares), a run
refused while another holds the lock, a run stopped with SIGTERM and resumed, an
interrupted run too old to resume, a run that fails and is retried; and the retry policy
with an injected clock."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import ClassVar

import pytest
from conftest import REPO, ServedWeb
from localhttp import QuietHandler, serving
from scoring_fixtures import organisations, products

from digimeter.cli.runlock import RunLock
from digimeter.cli.scheduledrun import MeasurementRunner, history
from digimeter.cli.schedules import Schedule, load_schedules
from digimeter.core.errors import BAD_INPUT, FAILED, INCOMPLETE
from digimeter.core.runhistory import run_info
from digimeter.core.runstore import RunStore

PRODUCTS = ["paspoort", "hondenbelasting", "parkeervergunning", "kapvergunning", "subsidie"]


class Hook(QuietHandler):
    posts: ClassVar[list[dict[str, object]]] = []

    def do_POST(self) -> None:
        Hook.posts.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
        self.send_response(200)
        self.end_headers()


@pytest.fixture(scope="module")
def hook() -> Iterator[str]:
    with serving(Hook) as url:
        yield f"{url}/"


def config(tmp: Path, web: ServedWeb, *, codes: int = 3, extra: str = "", hook: str = "") -> Path:
    with open(web.organisations_csv, newline="", encoding="utf-8") as fh:
        orgs = [r["code"] for r in csv.DictReader(fh)][:codes]
    path = tmp / "schedules.toml"
    path.write_text(
        f"""[schedules.monthly]
organisations = "{web.organisations_csv}"
org_codes = {json.dumps(orgs)}
products = {json.dumps(PRODUCTS)}
cron = "0 2 1 * *"
output = "{tmp / "out"}"
proxy = "{web.proxy}"
polite = false
retries = 0
{f'webhook = "{hook}"' if hook else ""}
{extra}
""",
        encoding="utf-8",
    )
    return path


def schedule_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "digimeter.cli", "schedule", *args]


def once(cfg: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(schedule_cmd("once", "monthly", "--config", str(cfg)), cwd=cfg.parent,
                          env=env, capture_output=True, text=True, timeout=600)  # fmt: skip


def verdicts(run: Path) -> list[tuple[str, ...]]:
    with open(run / "verdicts.csv", newline="", encoding="utf-8") as fh:
        return [tuple(v for k, v in r.items() if k != "run_id") for r in csv.DictReader(fh)]


def entries(cfg: Path) -> list[dict[str, object]]:
    return history(load_schedules(cfg)[0])


@pytest.fixture(scope="module")
def two_runs(
    small_web: ServedWeb, hook: str, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Path, Path]:
    cfg = config(tmp_path_factory.mktemp("two"), small_web, hook=hook)
    Hook.posts = []
    runs = []
    for _ in range(2):
        done = once(cfg)
        assert done.returncode == 0, done.stderr[-3000:]
        assert "schedule monthly: complete" in done.stdout
        runs.append(Path(str(entries(cfg)[-2]["run_id"])))
        time.sleep(1.1)  # run ids are per second
    out = cfg.parent / "out"
    return cfg, out / runs[0], out / runs[1]


def test_a_scheduled_run_is_a_complete_measurement_of_its_schedule(
    two_runs: tuple[Path, Path, Path],
) -> None:
    cfg, first, _ = two_runs
    info = run_info(first)
    assert (info.state, info.schedule) == ("scored", "monthly")
    with open(first / "verdicts.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["product_key"] for r in rows} <= set(PRODUCTS) and len(rows) >= 3
    assert len({r["org_code"] for r in rows}) == 3
    first_entries = [e for e in entries(cfg) if e["run_id"] == first.name]
    assert [(e["outcome"], e.get("action")) for e in first_entries] == [
        ("complete", "new"), ("after_run", None)
    ]  # fmt: skip
    assert (
        (cfg.parent / "out" / "logs" / f"{first.name}.log")
        .read_text()
        .startswith("$ digimeter measure")
    )


def test_the_second_run_recrawls_conditionally_compares_and_posts(
    two_runs: tuple[Path, Path, Path],
) -> None:
    cfg, first, second = two_runs
    stats = json.loads((second / "crawl_stats.json").read_text())
    first_stats = json.loads((first / "crawl_stats.json").read_text())
    assert stats["digimeter/conditional_requests"] > 0
    assert stats["digimeter/revisits"] > 0.8 * first_stats["digimeter/pages_stored"] - 40
    assert stats["downloader/response_bytes"] < 0.3 * first_stats["downloader/response_bytes"]
    assert verdicts(second) == verdicts(first)
    summary = json.loads((second / "summary.json").read_text(encoding="utf-8"))
    assert summary["compare"]["run_id"] == first.name  # measure --compare-previous
    assert "compare" not in json.loads((first / "summary.json").read_text(encoding="utf-8"))
    text = (second / "changes.md").read_text(encoding="utf-8")
    assert f"# Changes in run {second.name} since run {first.name}" in text
    assert "## Verdicts that flipped (0)" in text
    assert [p["run_id"] for p in Hook.posts] == [first.name, second.name]
    assert Hook.posts[0]["previous_run"] is None and "changes" not in Hook.posts[0]
    assert Hook.posts[1]["previous_run"] == first.name
    assert Hook.posts[1]["changes"]["verdicts_changed"] == 0
    listing = subprocess.run(schedule_cmd("list", "--config", str(cfg)), capture_output=True,
                             text=True, env={**os.environ, "PYTHONPATH": str(REPO)})  # fmt: skip
    assert f"complete ({second.name})" in listing.stdout, listing.stdout + listing.stderr


def test_a_run_is_refused_while_another_holds_the_lock(
    small_web: ServedWeb, tmp_path: Path
) -> None:
    cfg = config(tmp_path, small_web)
    lock = RunLock(tmp_path / "out" / ".monthly.lock").acquire(since="test")
    try:
        done = once(cfg)
    finally:
        lock.release()
    assert done.returncode == BAD_INPUT
    assert "schedule monthly: skipped" in done.stdout
    assert f"held by process {os.getpid()}" in done.stderr
    assert done.stderr.strip().splitlines()[-1].startswith("Error: schedule monthly")
    assert [e["outcome"] for e in entries(cfg)] == ["skipped"]


#: a crawl slow enough to be stopped in the middle (the small web is crawled in seconds)
SLOW = "settings = { DOWNLOAD_DELAY = 0.25 }"


def interrupt_once(cfg: Path) -> Path:
    """Start `schedule once`, SIGTERM it when its crawl has stored some pages."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen(schedule_cmd("once", "monthly", "--config", str(cfg)),
                            cwd=cfg.parent, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)  # fmt: skip
    out = cfg.parent / "out"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        dbs = list(out.glob("*/run.db"))
        if dbs and _pages(dbs[0]) >= 5:
            break
        time.sleep(0.2)
    proc.send_signal(signal.SIGTERM)
    stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == INCOMPLETE, stderr[-3000:]
    assert "schedule monthly: incomplete" in stdout
    [run] = [d for d in out.iterdir() if (d / "run.db").exists()]
    assert run_info(run).state == "interrupted"
    return run


def _pages(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            return int(con.execute("SELECT COUNT(*) FROM pages").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def test_sigterm_leaves_a_resumable_run_that_the_next_start_resumes(
    small_web: ServedWeb, tmp_path: Path, two_runs: tuple[Path, Path, Path]
) -> None:
    cfg = config(tmp_path, small_web, extra=SLOW)
    run = interrupt_once(cfg)
    done = once(cfg)
    assert done.returncode == 0, done.stderr[-3000:]
    outcomes = [(e["outcome"], e.get("action"), e["run_id"]) for e in entries(cfg)]
    assert outcomes[:3] == [("incomplete", "new", run.name), ("complete", "resume", run.name),
                            ("after_run", None, run.name)]  # fmt: skip
    assert run_info(run).state == "scored"
    log = (cfg.parent / "out" / "logs" / f"{run.name}.log").read_text()
    assert f"$ digimeter measure --resume {run} " in log
    assert verdicts(run) == verdicts(two_runs[1])  # same organisations, products and web


def test_an_interrupted_run_older_than_the_maximum_age_is_failed_and_replaced(
    small_web: ServedWeb, tmp_path: Path
) -> None:
    cfg = config(tmp_path, small_web, extra=f"resume_max_age_days = 0\n{SLOW}")
    run = interrupt_once(cfg)
    time.sleep(1.1)
    done = once(cfg)
    assert done.returncode == 0, done.stderr[-3000:]
    log = [(e["outcome"], e.get("action"), e["run_id"]) for e in entries(cfg)]
    assert log[1] == ("failed", "expired", run.name)
    assert log[2][:2] == ("complete", "new") and log[2][2] != run.name
    assert run_info(run).state == "failed"


def test_a_run_that_fails_is_retried_and_ends_failed(small_web: ServedWeb, tmp_path: Path) -> None:
    """Every site of the list is unreachable at both attempts: `measure` ends the run
    failed (exit 4); the schedule retries it once as a new run, then gives up."""
    orgs = tmp_path / "gone.csv"
    orgs.write_text("code,name,org_type,website\n" + "".join(
        f"GM000{i},Gemeente {i},gemeente,http://www.weg{i}.test/\n" for i in (1, 2, 3)
    ), encoding="utf-8")  # fmt: skip
    cfg = config(tmp_path, small_web, extra="site_retry_delay = 0\nretry_delay = 0")
    cfg.write_text(
        cfg.read_text().replace(str(small_web.organisations_csv), str(orgs))
        .replace("retries = 0", "retries = 1").replace("org_codes", "# org_codes"),
        encoding="utf-8",
    )  # fmt: skip
    done = once(cfg)
    assert done.returncode == FAILED, done.stderr[-3000:]
    assert done.stderr.strip().splitlines()[-1].startswith("Error: schedule monthly")
    attempts = [(e["outcome"], e.get("action")) for e in entries(cfg) if e.get("action")]
    assert attempts == [("failed", "new"), ("failed", "retry")]
    runs = sorted(d for d in (tmp_path / "out").iterdir() if (d / "run.db").exists())
    assert [run_info(r).state for r in runs] == ["failed", "failed"]
    con = sqlite3.connect(runs[0] / "run.db")
    try:
        reasons = {r for (r,) in con.execute("SELECT reason FROM org_crawl")}
    finally:
        con.close()
    assert reasons == {"dns; second attempt: dns"}


# -- the retry policy, with scripted exit statuses and an injected clock ------------------------


class ScriptedRunner(MeasurementRunner):
    """Each measurement 'process' ends with the next scripted exit status."""

    def __init__(self, codes: list[int], clock: FakeClock) -> None:
        super().__init__(clock)
        self.codes, self.commands = list(codes), []

    def _subprocess(self, args: list[str], run_dir: Path, lock: RunLock) -> int:
        self.commands.append(" ".join(args[:2]))
        return self.codes.pop(0)


class FakeClock:
    def __init__(self) -> None:
        self.time, self.sleeps = datetime(2026, 3, 1, 2, 0, tzinfo=UTC), []

    def now(self) -> datetime:
        return self.time

    def sleep(self, seconds: float, stop: threading.Event) -> None:
        self.sleeps.append(seconds)
        self.time += timedelta(seconds=seconds)


@pytest.mark.parametrize(
    ("codes", "retries", "outcome", "commands"),
    [
        ([4, 4, 0], 2, "complete", ["measure --organisations"] * 3),
        ([4, 4], 1, "failed", ["measure --organisations"] * 2),
        ([2], 3, "bad_input", ["measure --organisations"]),
        ([3, 0], 1, "complete", ["measure --organisations", "measure --resume"]),
        ([-9, 0], 1, "complete", ["measure --organisations", "measure --organisations"]),
    ],
)
def test_a_failed_run_is_retried_per_the_schedule(
    tmp_path: Path, codes: list[int], retries: int, outcome: str, commands: list[str]
) -> None:
    orgs = tmp_path / "o.csv"
    orgs.write_text("code,name,org_type,website\nGM1,Gemeente A,gemeente,http://a.test/\n")
    schedule = Schedule(name="m", organisations=orgs, cron="0 2 1 * *", output=tmp_path / "out",
                        retries=retries, retry_delay=900)  # fmt: skip
    clock = FakeClock()
    runner = ScriptedRunner([*codes, 0, 0, 0], clock)
    assert runner.run(schedule) == outcome
    assert runner.commands == commands
    attempts = [e for e in history(schedule) if e.get("action")]
    assert len(attempts) == len(codes)
    assert clock.sleeps == [900.0] * (len(codes) - 1)
    if codes[0] == 3:  # an incomplete run is resumed, not started afresh
        assert [e["action"] for e in attempts] == ["new", "resume"]
        assert attempts[0]["run_id"] == attempts[1]["run_id"]
    elif len(codes) > 1:
        assert attempts[1]["action"] == "retry" and attempts[0]["run_id"] != attempts[1]["run_id"]


def test_a_measurement_killed_mid_crawl_is_resumed(tmp_path: Path) -> None:
    """A measurement process that dies (SIGKILL: no exit status of its own) is judged by the
    state it left: a crawl nobody runs any more is interrupted, so it is resumed."""

    class KilledMidCrawl(ScriptedRunner):
        def _subprocess(self, args: list[str], run_dir: Path, lock: RunLock) -> int:
            if args[1] == "--organisations":
                store = RunStore(run_dir, create=True)
                store.save_inputs(organisations(), products())
                store.set_meta(started_at="2026-03-01T02:00:00Z", schedule="m")
                store.advance_to("crawling")
                store.close()
            return super()._subprocess(args, run_dir, lock)

    orgs = tmp_path / "o.csv"
    orgs.write_text("code,name,org_type,website\nGM1,Gemeente A,gemeente,http://a.test/\n")
    schedule = Schedule(name="m", organisations=orgs, cron="0 2 1 * *", output=tmp_path / "out",
                        retries=1, retry_delay=60)  # fmt: skip
    runner = KilledMidCrawl([-signal.SIGKILL, 0], FakeClock())
    assert runner.run(schedule) == "complete"
    assert runner.commands == ["measure --organisations", "measure --resume"]
    first, second = [e for e in history(schedule) if e.get("action")]
    assert (first["outcome"], first["returncode"]) == ("incomplete", -signal.SIGKILL)
    assert second["action"] == "resume" and second["run_id"] == first["run_id"]


@pytest.mark.parametrize("recorded", ["", "complete"])
def test_a_run_stopped_after_its_crawl_is_resumed_unless_it_was_complete(
    tmp_path: Path, recorded: str
) -> None:
    """A crawled run of the schedule whose measurement never ended complete (the scheduler
    died during classify or score) is finished with `measure --resume`; one recorded
    complete (and classified again by hand since) is left alone."""
    orgs = tmp_path / "o.csv"
    orgs.write_text("code,name,org_type,website\nGM1,Gemeente A,gemeente,http://a.test/\n")
    schedule = Schedule(name="m", organisations=orgs, cron="0 2 1 * *", output=tmp_path / "out")
    run = schedule.output / "20260301T020000-m"
    store = RunStore(run, create=True)
    store.save_inputs(organisations(), products())
    store.set_meta(started_at="2026-03-01T02:00:00Z", schedule="m")
    store.advance_to("crawled")
    store.close()
    if recorded:
        (schedule.output / "schedule-history.jsonl").write_text(
            json.dumps({"schedule": "m", "run_id": run.name, "outcome": recorded}) + "\n"
        )
    runner = ScriptedRunner([0], FakeClock())
    assert runner.run(schedule) == "complete"
    assert runner.commands == ["measure --organisations" if recorded else "measure --resume"]
