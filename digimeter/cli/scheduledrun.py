"""One scheduled measurement: under the schedule's lock, resume or start a run, retry a
failed one, then the after-run actions. Runs are `digimeter measure` subprocesses, judged
by their exit status (digimeter.core.errors) or, when a process died, by the run's state
(digimeter.core.runstate).

Every attempt is one line of `<output>/schedule-history.jsonl` (what `schedule list`
shows as the last outcome); the subprocess's output goes to `<output>/logs/<run-id>.log`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from digimeter.cli.runlock import LockHeld, RunLock
from digimeter.cli.schedulecommands import measure_command, resume_command
from digimeter.cli.schedules import Schedule
from digimeter.core.errors import BAD_INPUT, FAILED, INCOMPLETE, OK
from digimeter.core.runhistory import RunInfo, latest_measured, list_runs, run_info, utc_time
from digimeter.core.runstate import CLASSIFIED, CRAWLED, INTERRUPTED
from digimeter.core.runstate import FAILED as FAILED_STATE
from digimeter.core.runstore import RunStore

logger = logging.getLogger(__name__)
HISTORY_NAME = "schedule-history.jsonl"
#: outcome of a measurement process, by exit status
OUTCOMES = {OK: "complete", BAD_INPUT: "bad_input", INCOMPLETE: "incomplete", FAILED: "failed"}


class Clock:
    """The time and the waiting, injectable for tests (aware datetimes)."""

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def sleep(self, seconds: float, stop: threading.Event) -> None:
        """Wait `seconds`, or until `stop` is set."""
        stop.wait(max(0.0, seconds))


def lock_path(schedule: Schedule) -> Path:
    return schedule.output / f".{schedule.name}.lock"


def history(schedule: Schedule) -> list[dict[str, Any]]:
    path = schedule.output / HISTORY_NAME
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    entries = [json.loads(line) for line in lines if line.strip()]
    return [e for e in entries if e.get("schedule") == schedule.name]


def schedule_runs(schedule: Schedule) -> list[RunInfo]:
    """This schedule's run folders in its output folder, oldest first."""
    if not schedule.output.is_dir():
        return []
    return [r for r in list_runs(schedule.output) if r.schedule == schedule.name]


def unfinished_runs(schedule: Schedule) -> list[RunInfo]:
    """The schedule's runs to resume: interrupted ones, and ones whose measurement stopped
    after the crawl (crawled or classified, never recorded complete or expired)."""
    settled = {
        e["run_id"]
        for e in history(schedule)
        if e["outcome"] == "complete" or e.get("action") == "expired"
    }
    return [
        r
        for r in schedule_runs(schedule)
        if r.state == INTERRUPTED
        or (r.state in (CRAWLED, CLASSIFIED) and r.folder.name not in settled)
    ]


def outcome(returncode: int, run_dir: Path) -> str:
    """complete, bad_input, incomplete or failed: the exit status, or, for a process that
    died, the state it left the run in (a run `measure --resume` can finish is incomplete)."""
    if returncode in OUTCOMES:
        return OUTCOMES[returncode]
    resumable = (INTERRUPTED, CRAWLED, CLASSIFIED)
    if (run_dir / RunStore.DB_NAME).is_file() and run_info(run_dir).state in resumable:
        return "incomplete"
    return "failed"


@dataclass
class Attempt:
    run_dir: Path
    action: str  # new, resume, retry
    outcome: str = ""
    returncode: int | None = None


class MeasurementRunner:
    """Runs the measurements of schedules; `stop()` ends running subprocesses cleanly."""

    def __init__(
        self,
        clock: Clock | None = None,
        *,
        after_run: Callable[[Schedule, Path, str], dict[str, Any]] | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        self.clock = clock or Clock()
        self.after_run = after_run
        self.stop_event = stop or threading.Event()
        self._children: dict[int, subprocess.Popen[bytes]] = {}
        self._lock = threading.Lock()

    # -- one measurement -------------------------------------------------------------------
    def run(self, schedule: Schedule) -> str:
        """Resume the schedule's unfinished run, or start a new one; the final outcome."""
        lock = RunLock(lock_path(schedule))
        try:
            lock.acquire(since=self.clock.now().isoformat(timespec="seconds"))
        except LockHeld as exc:
            logger.warning("schedule %s: not started: %s", schedule.name, exc)
            self._record(schedule, None, "skipped", message=str(exc))
            return "skipped"
        try:
            if lock.took_over:
                self._record(schedule, None, "lock_taken_over", message=str(lock.took_over))
            return self._run_locked(schedule, lock)
        finally:
            lock.release()

    def _run_locked(self, schedule: Schedule, lock: RunLock) -> str:
        attempt = self._recover(schedule)
        if attempt is None:
            attempt = Attempt(self._new_run_dir(schedule), "new")
        retries = schedule.retries
        while True:
            self._execute(schedule, attempt, lock)
            if attempt.outcome == "complete":
                self._after(schedule, attempt)
                return "complete"
            if self.stop_event.is_set() or attempt.outcome == "bad_input" or retries <= 0:
                if not self.stop_event.is_set():
                    self._after(schedule, attempt)
                return attempt.outcome
            retries -= 1
            logger.warning(
                "schedule %s: run %s %s; retry in %.0f s (%d retries left after it)",
                schedule.name,
                attempt.run_dir.name,
                attempt.outcome,
                schedule.retry_delay,
                retries,
            )
            self.clock.sleep(schedule.retry_delay, self.stop_event)
            if self.stop_event.is_set():
                return attempt.outcome
            if attempt.outcome == "incomplete":
                attempt = Attempt(attempt.run_dir, "resume")
            else:
                attempt = Attempt(self._new_run_dir(schedule), "retry")

    def _recover(self, schedule: Schedule) -> Attempt | None:
        """The unfinished run to resume (the latest, when young enough); older interrupted
        ones are marked failed, and no unfinished run older than the limit is resumed."""
        max_age = timedelta(days=schedule.resume_max_age_days)
        resume: Attempt | None = None
        for run in reversed(unfinished_runs(schedule)):
            started = utc_time(run.started_at)
            age = self.clock.now() - started if started else max_age * 2
            if resume is None and age <= max_age:
                resume = Attempt(run.folder, "resume")
                continue
            reason = (
                f"{run.state}, started {age.days} days ago: older than "
                f"{schedule.resume_max_age_days:g} days, so not resumed"
            )
            if run.state == INTERRUPTED:
                store = RunStore(run.folder)
                try:
                    store.set_state(FAILED_STATE, reason=reason)
                finally:
                    store.close()
            logger.warning("schedule %s: run %s not resumed: %s", schedule.name, run.run_id, reason)
            self._record(schedule, run.folder, "failed", action="expired", message=reason)
        return resume

    def _new_run_dir(self, schedule: Schedule) -> Path:
        stamp = self.clock.now().astimezone().strftime("%Y%m%dT%H%M%S")
        run_dir = schedule.output / f"{stamp}-{schedule.name}"
        n = 1
        while run_dir.exists():
            n += 1
            run_dir = schedule.output / f"{stamp}-{schedule.name}-{n}"
        return run_dir

    # -- subprocesses ----------------------------------------------------------------------
    def _execute(self, schedule: Schedule, attempt: Attempt, lock: RunLock) -> None:
        if attempt.action == "resume":  # the run keeps its own settings and previous run
            args = resume_command(schedule, attempt.run_dir)
        else:
            previous = latest_measured(schedule_runs(schedule), schedule=schedule.name)
            args = measure_command(schedule, attempt.run_dir, previous.folder if previous else None)
        started = self.clock.now()
        logger.info("schedule %s: %s run %s", schedule.name, attempt.action, attempt.run_dir)
        code = self._subprocess(args, attempt.run_dir, lock)
        attempt.returncode = code
        attempt.outcome = outcome(code, attempt.run_dir)
        if self.stop_event.is_set() and attempt.outcome != "complete":
            attempt.outcome = "incomplete"
        logger.info("schedule %s: run %s ended %s (exit %s)", schedule.name,
                    attempt.run_dir.name, attempt.outcome, code)  # fmt: skip
        self._record(schedule, attempt.run_dir, attempt.outcome, action=attempt.action,
                     started=started.isoformat(timespec="seconds"), returncode=code)  # fmt: skip

    def _subprocess(self, args: list[str], run_dir: Path, lock: RunLock) -> int:
        if self.stop_event.is_set():
            return INCOMPLETE
        logs = run_dir.parent / "logs"
        logs.mkdir(parents=True, exist_ok=True)
        cmd = [sys.executable, "-m", "digimeter.cli", *args]
        with open(logs / f"{run_dir.name}.log", "ab") as log:
            log.write(("$ digimeter " + " ".join(args) + "\n").encode())
            log.flush()
            proc = subprocess.Popen(
                cmd,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                pass_fds=(lock.fd,) if lock.fd is not None else (),
                start_new_session=True,
            )
            lock.add_pid(proc.pid)
            with self._lock:
                self._children[proc.pid] = proc
            try:
                return proc.wait()
            finally:
                with self._lock:
                    self._children.pop(proc.pid, None)

    def stop(self) -> None:
        """SIGTERM to every running measurement (each stops as a resumable run)."""
        self.stop_event.set()
        with self._lock:
            children = list(self._children.values())
        for proc in children:
            what = proc.args[3] if isinstance(proc.args, list) else proc.args  # the subcommand
            logger.warning("stopping %s (pid %d)", what, proc.pid)
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.pid, signal.SIGTERM)

    # -- after the run -----------------------------------------------------------------------
    def _after(self, schedule: Schedule, attempt: Attempt) -> None:
        if self.after_run is None:
            return
        run_dir = attempt.run_dir
        try:
            result = self.after_run(schedule, run_dir, attempt.outcome)
        except Exception as exc:  # an after-run action never turns a good run bad
            logger.exception(
                "schedule %s: after-run actions of %s failed", schedule.name, run_dir.name
            )
            self._record(schedule, run_dir, "after_run_failed", message=str(exc))
            return
        self._record(schedule, run_dir, "after_run", **result)

    def _record(
        self, schedule: Schedule, run_dir: Path | None, outcome: str, **fields: Any
    ) -> None:
        schedule.output.mkdir(parents=True, exist_ok=True)
        entry = {
            "schedule": schedule.name,
            "time": self.clock.now().isoformat(timespec="seconds"),
            "run_id": run_dir.name if run_dir else "",
            "outcome": outcome,
            **fields,
        }
        with open(schedule.output / HISTORY_NAME, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(entry, default=str) + "\n")
