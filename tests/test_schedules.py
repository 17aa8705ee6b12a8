"""Schedules as configuration, the run lock and the scheduler loop with an injected clock.

The end-to-end runs of scheduled measurements (real `digimeter` subprocesses on a served
web) are in test_schedule_runs.py."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import REPO

from digimeter.cli.runlock import LockHeld, RunLock, holder_of
from digimeter.cli.scheduler import Scheduler
from digimeter.cli.schedules import Schedule, ScheduleError, load_schedules

ORGS = (
    "code,name,org_type,website\nGM0001,Gemeente A,gemeente,http://www.a.test/\n"
    "PV0001,Provincie B,provincie,http://www.b.test/\n"
)


def write_config(tmp_path: Path, body: str) -> Path:
    (tmp_path / "orgs.csv").write_text(ORGS, encoding="utf-8")
    path = tmp_path / "schedules.toml"
    path.write_text(body.replace("ORGS", str(tmp_path / "orgs.csv")), encoding="utf-8")
    return path


GOOD = """
[schedules.monthly]
organisations = "ORGS"
org_types = ["gemeente"]
products = ["paspoort", "hondenbelasting"]
cron = "0 2 1 * *"
output = "out/monthly"
webhook = "http://127.0.0.1:9/hook"
change_threshold = 3
retries = 2
retry_delay = 60
"""


def test_a_good_file_loads_with_defaults(tmp_path: Path) -> None:
    [s] = load_schedules(write_config(tmp_path, GOOD))
    assert (s.name, s.cron, s.output, s.retries, s.retry_delay) == (
        "monthly",
        "0 2 1 * *",
        Path("out/monthly"),
        2,
        60.0,
    )
    assert s.not_found == "zero" and s.compare_previous and s.resume_max_age_days == 7
    assert [o.code for o in s.select_organisations()] == ["GM0001"]
    assert [p.key for p in s.select_products()] == ["paspoort", "hondenbelasting"]


@pytest.mark.parametrize(
    ("change", "field", "expected"),
    [
        (('cron = "0 2 1 * *"', 'cron = "0 25 1 * *"'), "cron", "a cron expression"),
        (('cron = "0 2 1 * *"', 'cron = "0 2 1 *"'), "cron", "five fields"),
        (("retries = 2", "retries = -1"), "retries", "whole number of 0 or more"),
        (("retries = 2", "retries = 1.5"), "retries", "whole number"),
        (('org_types = ["gemeente"]', 'org_types = ["stadsdeel"]'), "org_types", "gemeente"),
        (('"hondenbelasting"]', '"hondebelasting"]'), "products", "product keys"),
        (("http://127.0.0.1:9/hook", "ftp://x/"), "webhook", "http(s) URL"),
        (("change_threshold = 3", 'change_threshold = "3"'), "change_threshold", "a number"),
        (('output = "out/monthly"', ""), "output", "missing"),
        (("retries = 2", "retry = 2"), "retry", "expected one of organisations"),
        (("retries = 2", 'timezone = "Europe/Nowhere"'), "timezone", "time zone"),
        (("retries = 2", 'not_found = "skip"'), "not_found", '"zero" or "exclude"'),
        (("retries = 2", "settings = { DIGIMETER_BUDGET = 5 }"), "settings", "DIGIMETER_BUDGET"),
    ],
)
def test_a_bad_field_names_file_schedule_field_and_expectation(
    tmp_path: Path, change: tuple[str, str], field: str, expected: str
) -> None:
    path = write_config(tmp_path, GOOD.replace(*change))
    with pytest.raises(ScheduleError) as err:
        load_schedules(path)
    message = str(err.value)
    assert message.startswith(f"{path}, schedule 'monthly', field '{field}': "), message
    assert expected in message


def test_a_missing_organisation_list_and_bad_toml_are_refused(tmp_path: Path) -> None:
    path = write_config(
        tmp_path, GOOD.replace('organisations = "ORGS"', 'organisations = "no.csv"')
    )
    with pytest.raises(ScheduleError, match=r"field 'organisations': no.csv: cannot read"):
        load_schedules(path)
    path.write_text("[schedules.x\ncron = 1", encoding="utf-8")
    with pytest.raises(ScheduleError, match="not a valid TOML file"):
        load_schedules(path)
    path.write_text("[other]\n", encoding="utf-8")
    with pytest.raises(ScheduleError, match=r"unknown section\(s\) other"):
        load_schedules(path)


def test_the_shipped_example_is_valid(tmp_path: Path) -> None:
    text = (REPO / "config" / "schedules.toml").read_text(encoding="utf-8")
    path = write_config(tmp_path, text.replace("config/organisations.csv", "ORGS"))
    names = [s.name for s in load_schedules(path)]
    assert names == ["monthly", "yearly"]


# -- the lock --------------------------------------------------------------------------------


def test_the_lock_refuses_a_second_holder_and_frees_on_release(tmp_path: Path) -> None:
    path = tmp_path / ".m.lock"
    lock = RunLock(path).acquire(since="now")
    with pytest.raises(LockHeld, match=f"held by process {os.getpid()}"):
        RunLock(path).acquire()
    assert holder_of(path)["pids"] == [os.getpid()]
    lock.release()
    assert holder_of(path) is None
    with RunLock(path) as again:
        assert again.took_over is None  # released cleanly: nothing stale


def _hold_lock_in_child(path: Path, sleep: float) -> subprocess.Popen[str]:
    code = (
        "import sys, time; from digimeter.cli.runlock import RunLock; "
        f"RunLock({str(path)!r}).acquire(since='child'); print('held', flush=True); "
        f"time.sleep({sleep})"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_live_process_holds_the_lock_and_a_dead_ones_lock_is_taken_over(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / ".m.lock"
    child = _hold_lock_in_child(path, 60)
    try:
        with pytest.raises(LockHeld, match=f"held by process {child.pid}"):
            RunLock(path).acquire()
    finally:
        child.kill()  # a crash: nothing cleans the lock file up
        child.wait()
    assert json.loads(path.read_text())["pids"] == [child.pid]
    with caplog.at_level(logging.WARNING), RunLock(path) as lock:
        assert lock.took_over is not None and lock.took_over["pids"] == [child.pid]
    assert f"took over the stale lock {path} of process {child.pid}" in caplog.text


def test_a_subprocess_that_inherits_the_lock_keeps_it_after_its_parent_dies(
    tmp_path: Path,
) -> None:
    """The scheduler passes the locked file to the measurement: killing the scheduler
    does not free the lock while the measurement still runs."""
    path = tmp_path / ".m.lock"
    code = (
        "import subprocess, sys; from digimeter.cli.runlock import RunLock; "
        f"lock = RunLock({str(path)!r}).acquire(); "
        "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'], "
        "pass_fds=(lock.fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
        "lock.add_pid(p.pid); print(p.pid, flush=True)"
    )
    parent = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    grandchild = int(parent.stdout.strip())
    try:
        with pytest.raises(LockHeld, match=str(grandchild)):
            RunLock(path).acquire()
    finally:
        os.kill(grandchild, 9)
    deadline = datetime.now() + timedelta(seconds=10)
    while datetime.now() < deadline:
        try:
            os.kill(grandchild, 0)
        except ProcessLookupError:
            break
    with RunLock(path) as lock:
        assert lock.took_over is not None


# -- the loop with an injected clock ------------------------------------------------------------


class FakeClock:
    """Time moves only when the scheduler sleeps."""

    def __init__(self, start: datetime) -> None:
        self.time = start
        self.sleeps: list[float] = []

    def now(self) -> datetime:
        return self.time

    def sleep(self, seconds: float, stop: threading.Event) -> None:
        self.sleeps.append(seconds)
        self.time += timedelta(seconds=max(seconds, 0))


def schedule(tmp_path: Path, name: str, cron: str) -> Schedule:
    return Schedule(
        name=name,
        organisations=tmp_path / "o.csv",
        cron=cron,
        output=tmp_path / name,
        timezone="Europe/Amsterdam",
    )


def test_the_loop_fires_each_schedule_at_its_cron_times(tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 1, 30, 12, 0, tzinfo=UTC))
    fired: list[tuple[str, str, datetime]] = []
    scheduler: Scheduler

    def start(s: Schedule, reason: str) -> None:
        fired.append((s.name, reason, clock.now()))
        if len(fired) == 4:
            scheduler.stop_event.set()

    monthly = schedule(tmp_path, "monthly", "0 2 1 * *")
    weekly = schedule(tmp_path, "weekly", "30 6 * * mon")
    scheduler = Scheduler([monthly, weekly], clock=clock, start=start)
    scheduler.run_forever()
    # 02:00 Amsterdam on 1 February is 01:00 UTC; Monday 2 February 06:30 is 05:30 UTC
    assert [(n, r, t.astimezone(UTC)) for n, r, t in fired] == [
        ("monthly", "cron", datetime(2026, 2, 1, 1, 0, tzinfo=UTC)),
        ("weekly", "cron", datetime(2026, 2, 2, 5, 30, tzinfo=UTC)),
        ("weekly", "cron", datetime(2026, 2, 9, 5, 30, tzinfo=UTC)),
        ("weekly", "cron", datetime(2026, 2, 16, 5, 30, tzinfo=UTC)),
    ]
    assert clock.sleeps[0] == pytest.approx(37 * 3600)  # slept until the first start


def test_the_loop_takes_up_an_interrupted_run_at_once(tmp_path: Path) -> None:
    from digimeter.core.runstore import RunStore

    monthly = schedule(tmp_path, "monthly", "0 2 1 * *")
    store = RunStore(monthly.output / "20260101T020000-monthly", create=True)
    store.set_meta(started_at="2026-01-01T01:00:00Z", schedule="monthly")
    store.advance_to("crawling")  # and then the machine went down: interrupted
    store.close()
    clock = FakeClock(datetime(2026, 1, 3, 12, 0, tzinfo=UTC))
    fired: list[tuple[str, datetime]] = []
    scheduler: Scheduler

    def start(s: Schedule, reason: str) -> None:
        fired.append((reason, clock.now()))
        scheduler.stop_event.set()

    scheduler = Scheduler([monthly], clock=clock, start=start)
    scheduler.run_forever()
    assert fired == [("recover", datetime(2026, 1, 3, 12, 0, tzinfo=UTC))]
