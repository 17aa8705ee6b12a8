"""`digimeter schedule run|list|once`: scheduled measurements (config/schedules.toml)."""

from __future__ import annotations

import logging
import signal
from pathlib import Path
from typing import Any

import click

from digimeter.cli.schedules import DEFAULT_SCHEDULES, Schedule

config_option = click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=DEFAULT_SCHEDULES,
    show_default="config/schedules.toml",
    help="The schedules file.",
)


def _load(config_file: Path) -> list[Schedule]:
    from digimeter.cli.schedules import load_schedules

    return load_schedules(config_file)  # a bad file: ScheduleError, one line, exit 2


def _logging() -> None:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s", force=True
    )


def _on_sigterm(stop: Any) -> None:
    def handler(signum: int, _frame: object) -> None:
        stop()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


@click.group(name="schedule")
def command() -> None:
    """Scheduled measurements: run the scheduler, list the schedules, run one now."""


@command.command(name="run")
@config_option
def run_command(config_file: Path) -> None:
    """Keep running and start each schedule's measurement on time.

    On start, an unfinished run of a schedule is resumed with `measure --resume` (or, when
    older than the schedule's resume_max_age_days, left: an interrupted one is marked
    failed, and a new run is started). SIGTERM or Ctrl-C stops running measurements as
    resumable runs and ends the scheduler.
    """
    from digimeter.cli.afterrun import after_run
    from digimeter.cli.scheduledrun import MeasurementRunner
    from digimeter.cli.scheduler import Scheduler

    schedules = _load(config_file)
    _logging()
    scheduler = Scheduler(schedules, runner=MeasurementRunner(after_run=after_run))
    _on_sigterm(scheduler.stop)
    click.echo(f"scheduler: {len(schedules)} schedule(s) from {config_file}", err=True)
    scheduler.run_forever()


@command.command(name="list")
@config_option
def list_command(config_file: Path) -> None:
    """Show each schedule's next start, last outcome and whether a run goes on now."""
    from digimeter.cli.runlock import holder_of
    from digimeter.cli.scheduledrun import Clock, history, lock_path

    schedules = _load(config_file)
    now = Clock().now()
    head = f"{'schedule':<16} {'cron':<14} {'next start':<26} {'last outcome':<34} running"
    click.echo(head)
    click.echo("-" * len(head))
    for schedule in schedules:
        nxt = schedule.next_start(now)
        runs = [e for e in history(schedule) if e.get("run_id") and e["outcome"] != "after_run"]
        last = f"{runs[-1]['outcome']} ({runs[-1]['run_id']})" if runs else "never run"
        holder = holder_of(lock_path(schedule))
        running = "pid " + ",".join(map(str, holder.get("pids", []))) if holder else "no"
        click.echo(
            f"{schedule.name:<16} {schedule.cron:<14} "
            f"{nxt.isoformat(timespec='minutes') if nxt else '-':<26} {last:<34} {running}"
        )


@command.command(name="once")
@click.argument("name")
@config_option
def once_command(name: str, config_file: Path) -> None:
    """Run schedule NAME's measurement now (resuming its unfinished run if it has one).

    Exits 0 when the run is complete, 2 when the measurement was refused (bad input, or
    another run of it goes on), 3 when it is incomplete (resumable), 4 when it failed.
    """
    from digimeter.cli.afterrun import after_run
    from digimeter.cli.scheduledrun import MeasurementRunner
    from digimeter.cli.schedules import find_schedule
    from digimeter.core.errors import BadInput, RunFailed, RunIncomplete

    schedule = find_schedule(_load(config_file), name, config_file)
    _logging()
    runner = MeasurementRunner(after_run=after_run)
    _on_sigterm(runner.stop)
    outcome = runner.run(schedule)
    click.echo(f"schedule {name}: {outcome}")
    if outcome == "complete":
        return
    where = f"schedule {name} (see {schedule.output / 'logs'} and `digimeter schedule list`)"
    errors = {"incomplete": RunIncomplete, "skipped": BadInput, "bad_input": BadInput}
    error = errors.get(outcome, RunFailed)(f"{where}: the measurement ended {outcome}")
    if outcome == "incomplete":
        error.hint = f"run `digimeter schedule once {name}` again to resume it"
    raise error
