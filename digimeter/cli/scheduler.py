"""The scheduler loop: start each schedule's measurement when its cron expression says.

On start, a schedule with an unfinished run gets it resumed at once (or marked failed
and replaced when it is too old; see `digimeter.cli.scheduledrun`). Then the loop sleeps until
the next start of any schedule and starts every schedule that is due, each in its own
thread, so a long monthly run never delays another schedule. A start that falls while
the schedule's previous run still goes on is refused by the schedule's lock and logged.
`stop()` (SIGTERM) stops the running measurements as resumable runs and ends the loop.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime

from digimeter.cli.scheduledrun import Clock, MeasurementRunner, unfinished_runs
from digimeter.cli.schedules import Schedule

logger = logging.getLogger(__name__)


class Scheduler:
    """Runs `start(schedule, reason)` for every schedule that is due, until stopped."""

    def __init__(
        self,
        schedules: list[Schedule],
        *,
        clock: Clock | None = None,
        start: Callable[[Schedule, str], None] | None = None,
        runner: MeasurementRunner | None = None,
    ) -> None:
        self.schedules = schedules
        self.clock = clock or Clock()
        self.runner = runner or MeasurementRunner(self.clock)
        self.stop_event = self.runner.stop_event
        self._start = start or self._thread
        self.threads: list[threading.Thread] = []
        self.next_starts: dict[str, datetime | None] = {}

    def run_forever(self) -> None:
        now = self.clock.now()
        for schedule in self.schedules:
            self.next_starts[schedule.name] = schedule.next_start(now)
            logger.info(
                "schedule %s: next start %s", schedule.name, self.next_starts[schedule.name]
            )
            if unfinished_runs(schedule):
                logger.warning("schedule %s: an unfinished run is taken up", schedule.name)
                self._start(schedule, "recover")
        while not self.stop_event.is_set():
            pending = [t for t in self.next_starts.values() if t is not None]
            if not pending:
                logger.warning("no schedule has a start left; the scheduler ends")
                break
            self.clock.sleep((min(pending) - self.clock.now()).total_seconds(), self.stop_event)
            if self.stop_event.is_set():
                break
            now = self.clock.now()
            for schedule in self.schedules:
                due = self.next_starts[schedule.name]
                if due is not None and due <= now:
                    logger.info("schedule %s: start due at %s", schedule.name, due)
                    self._start(schedule, "cron")
                    self.next_starts[schedule.name] = schedule.next_start(now)
        self.join()

    def _thread(self, schedule: Schedule, reason: str) -> None:
        self.threads = [t for t in self.threads if t.is_alive()]
        thread = threading.Thread(
            target=self.runner.run, args=(schedule,), name=f"{schedule.name}-{reason}"
        )
        thread.start()
        self.threads.append(thread)

    def stop(self) -> None:
        logger.warning("stopping: running measurements are ended as resumable runs")
        self.stop_event.set()
        self.runner.stop()

    def join(self) -> None:
        for thread in self.threads:
            thread.join()
