"""One scheduled measurement: under the schedule's lock, resume or start a run, retry a
failed one, then the after-run actions. Runs are `digimeter` subprocesses; their exit
statuses and run states are read through `digimeter.runstatus`.

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

from digimeter import runhistory, runstatus
from digimeter.runlock import LockHeld, RunLock
from digimeter.schedulecommands import measure_command, resume_commands
from digimeter.schedules import Schedule

logger = logging.getLogger(__name__)
HISTORY_NAME = "schedule-history.jsonl"


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


def schedule_runs(schedule: Schedule) -> list[Path]:
    """This schedule's run folders in its output folder, oldest first."""
    return runhistory.schedule_runs(schedule.output, schedule.name)


def previous_complete_run(schedule: Schedule, before: Path | None = None) -> Path | None:
    """The latest complete run of the schedule (started before `before`)."""
    return runhistory.latest_complete(schedule_runs(schedule), before)


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
        after_run: Callable[[Schedule, Path, Path | None], dict[str, Any]] | None = None,
        stop: threading.Event | None = None,
    ) -> None:
        self.clock = clock or Clock()
        self.after_run = after_run
        self.stop_event = stop or threading.Event()
        self._children: dict[int, subprocess.Popen[bytes]] = {}
        self._lock = threading.Lock()

    # -- one measurement -------------------------------------------------------------------
    def run(self, schedule: Schedule) -> str:
        """Resume the schedule's interrupted run, or start a new one; the final outcome."""
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
                self._after(schedule, attempt.run_dir)
                return "complete"
            if self.stop_event.is_set() or attempt.outcome == "bad_input" or retries <= 0:
                if not self.stop_event.is_set():
                    self._after(schedule, attempt.run_dir, failed=True)
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
        """The interrupted run to resume (the latest, when young enough); older ones are
        marked failed."""
        interrupted = [
            r
            for r in schedule_runs(schedule)
            if runstatus.run_state(r) in ("interrupted", "crawling")
        ]
        max_age = timedelta(days=schedule.resume_max_age_days)
        resume: Attempt | None = None
        for run_dir in reversed(interrupted):
            started = runstatus.started_at(run_dir)
            age = self.clock.now() - started if started else max_age * 2
            if resume is None and age <= max_age:
                resume = Attempt(run_dir, "resume")
                continue
            reason = f"interrupted {age.days} days ago; older than {schedule.resume_max_age_days:g}"
            runstatus.mark_failed(run_dir, reason + " days, so not resumed")
            logger.warning(
                "schedule %s: run %s marked failed: %s", schedule.name, run_dir.name, reason
            )
            self._record(schedule, run_dir, "failed", action="expired", message=reason)
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
        if attempt.action == "resume":
            previous = previous_complete_run(schedule, before=attempt.run_dir)
            commands = resume_commands(schedule, attempt.run_dir, previous)
        else:
            commands = [measure_command(schedule, attempt.run_dir, previous_complete_run(schedule))]
        started = self.clock.now()
        logger.info("schedule %s: %s run %s", schedule.name, attempt.action, attempt.run_dir)
        code = 0
        for args in commands:
            code = self._subprocess(args, attempt.run_dir, lock)
            if code != 0:
                break
        attempt.returncode = code
        attempt.outcome = runstatus.outcome(code, attempt.run_dir)
        if self.stop_event.is_set() and attempt.outcome != "complete":
            attempt.outcome = "incomplete"
        logger.info("schedule %s: run %s ended %s (exit %s)", schedule.name,
                    attempt.run_dir.name, attempt.outcome, code)  # fmt: skip
        self._record(schedule, attempt.run_dir, attempt.outcome, action=attempt.action,
                     started=started.isoformat(timespec="seconds"), returncode=code)  # fmt: skip

    def _subprocess(self, args: list[str], run_dir: Path, lock: RunLock) -> int:
        if self.stop_event.is_set():
            return runstatus.EXIT_INCOMPLETE
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
            logger.warning("stopping %s (pid %d)", proc.args[3], proc.pid)  # type: ignore[index]
            with contextlib.suppress(ProcessLookupError):
                os.kill(proc.pid, signal.SIGTERM)

    # -- after the run -----------------------------------------------------------------------
    def _after(self, schedule: Schedule, run_dir: Path, *, failed: bool = False) -> None:
        if self.after_run is None:
            return
        previous = None if failed else previous_complete_run(schedule, before=run_dir)
        try:
            result = self.after_run(schedule, run_dir, previous)
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
