"""`digimeter runs`: the run folders under OUTPUT, with their state.

One row per run folder (a folder holding run.db), oldest first. The columns are the table
`COLUMNS` (header, width, value of a `RunInfo`): a new column is one more entry there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import click

from digimeter.commands.options import output_option
from digimeter.errors import BadInput
from digimeter.runstore import RunStore


@dataclass(frozen=True)
class RunInfo:
    """What `digimeter runs` shows about one run folder."""

    folder: Path
    run_id: str
    state: str
    started_at: str = ""
    #: from the start to the end of its last crawl (to now while it is crawled)
    seconds: float | None = None
    organisations: int = 0
    verdicts: int = 0
    rules_versions: tuple[str, ...] = ()


def _time(value: object) -> datetime | None:
    try:
        return datetime.strptime(str(value), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def run_info(folder: Path) -> RunInfo:
    """One run folder's row; a run.db that cannot be read is shown as `damaged`."""
    try:
        store = RunStore(folder)
    except BadInput:
        return RunInfo(folder, folder.name, "damaged")
    try:
        return _read(folder, store)
    except sqlite3.DatabaseError:
        return RunInfo(folder, folder.name, "damaged")
    finally:
        store.close()


def _read(folder: Path, store: RunStore) -> RunInfo:
    meta, status = store.meta(), store.status()
    start = _time(meta.get("started_at"))
    end = _time(meta.get("crawl_finished_at") or meta.get("finished_at") or meta.get("state_at"))
    if status.state in ("crawling", "preparing"):
        end = datetime.now(UTC)
    seconds = (end - start).total_seconds() if start and end else None
    rules = store.rules_versions() or [v for v in [meta.get("rules_version")] if v]
    return RunInfo(
        folder, store.run_id, status.state, str(meta.get("started_at", "")), seconds,
        status.organisations, store.verdict_count(), tuple(rules),
    )  # fmt: skip


def list_runs(output: Path) -> list[RunInfo]:
    """Every run folder directly under `output`, oldest first."""
    folders = [p for p in output.iterdir() if (p / RunStore.DB_NAME).is_file()]
    return sorted((run_info(p) for p in folders), key=lambda r: (r.started_at, r.run_id))


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "-"
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


@dataclass(frozen=True)
class Column:
    header: str
    width: int
    value: Callable[[RunInfo], str]


COLUMNS = (
    Column("run", 24, lambda r: r.run_id),
    Column("state", 11, lambda r: r.state),
    Column("started (UTC)", 16, lambda r: r.started_at[:16].replace("T", " ") or "-"),
    Column("duration", 9, lambda r: _duration(r.seconds)),
    Column("orgs", 5, lambda r: str(r.organisations)),
    Column("verdicts", 8, lambda r: str(r.verdicts)),
    Column("rules", 12, lambda r: ", ".join(r.rules_versions) or "-"),
)


def runs_table(runs: list[RunInfo]) -> str:
    def row(values: list[str]) -> str:
        return "  ".join(v.ljust(c.width) for v, c in zip(values, COLUMNS, strict=True)).rstrip()

    lines = [row([c.header for c in COLUMNS])]
    lines.append("-" * len(lines[0]))
    lines += [row([c.value(r) for c in COLUMNS]) for r in runs]
    return "\n".join(lines)


@click.command(name="runs")
@output_option
def command(output: Path) -> None:
    """List the run folders under OUTPUT: state, start, duration, organisations, verdicts
    and rules version.

    States: preparing, crawling, interrupted (resume it), crawled, classified, scored,
    failed; unknown for a run written before states were recorded, damaged for a run.db
    that cannot be read.
    """
    if not output.is_dir():
        raise BadInput(f"{output}: no such folder; expected the folder of run folders (--output)")
    runs = list_runs(output)
    if not runs:
        click.echo(f"no run folders in {output}")
        return
    click.echo(runs_table(runs))
