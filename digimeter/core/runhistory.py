"""Runs as a history: the run folders of an output folder, each with its state, schedule
and maturity, the earlier runs it reads pages from and the later runs that read from it.

`digimeter runs` lists them; `previous_run` is the run a run is compared with
(`--compare-previous`) and re-crawled against (the scheduler's conditional requests);
`delete_run` refuses a run that later runs read pages from (WARC revisit records, see
`digimeter.core.revisits`) until `inline_run` has made those runs self-contained.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from digimeter.core.errors import BadInput, warn
from digimeter.core.runstate import COMPLETE_STATES, CrawlLock
from digimeter.core.runstore import RunStore


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
    #: the schedule that started it ('' for a run started by hand)
    schedule: str = ""
    #: the all-government maturity of its last scoring (None before it is scored)
    maturity: float | None = None
    org_codes: frozenset[str] = frozenset()
    #: the runs whose WARC files it reads unchanged pages from (folder names)
    refers_to: tuple[str, ...] = ()
    #: the later runs that read unchanged pages from its WARC files (folder names)
    referred_by: tuple[str, ...] = ()

    @property
    def measured(self) -> bool:
        """Its crawl is complete and it has verdicts: a run others can be compared with."""
        return self.state in COMPLETE_STATES and self.verdicts > 0


def utc_time(value: object) -> datetime | None:
    try:
        return datetime.strptime(str(value), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def run_info(folder: Path) -> RunInfo:
    """One run folder's facts; a run.db that cannot be read is shown as `damaged`."""
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
    start = utc_time(meta.get("started_at"))
    end = utc_time(meta.get("crawl_finished_at") or meta.get("finished_at") or meta.get("state_at"))
    if status.state in ("crawling", "preparing"):
        end = datetime.now(UTC)
    seconds = (end - start).total_seconds() if start and end else None
    rules = store.rules_versions() or [v for v in [meta.get("rules_version")] if v]
    codes = frozenset(o.code for o in store.organisations())
    return RunInfo(
        folder, store.run_id, status.state, str(meta.get("started_at", "")), seconds,
        status.organisations, store.verdict_count(), tuple(rules),
        schedule=str(meta.get("schedule", "")), maturity=maturity(folder), org_codes=codes,
        refers_to=tuple(sorted(store.referred_runs())),
    )  # fmt: skip


def maturity(run_dir: Path) -> float | None:
    """The all-government maturity in the run's summary.json (None when not scored)."""
    try:
        summary = json.loads((run_dir / "summary.json").read_text(encoding="utf-8"))
        value = summary["headline"]["all"]["maturity"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return float(value) if isinstance(value, int | float) else None


def list_runs(output: Path) -> list[RunInfo]:
    """Every run folder directly under `output`, oldest first, with the runs that refer
    to each."""
    folders = [p for p in output.iterdir() if (p / RunStore.DB_NAME).is_file()]
    runs = sorted((run_info(p) for p in folders), key=lambda r: (r.started_at, r.run_id))
    referred: dict[str, list[str]] = {}
    for run in runs:
        for name in run.refers_to:
            referred.setdefault(name, []).append(run.folder.name)
    return [replace(r, referred_by=tuple(referred.get(r.folder.name, ()))) for r in runs]


def find_info(run_dir: Path) -> tuple[list[RunInfo], int]:
    """The runs beside `run_dir` (see list_runs) and the position of `run_dir` among them."""
    runs = list_runs(run_dir.parent)
    names = [r.folder.name for r in runs]
    return runs, names.index(run_dir.name)


def latest_measured(
    runs: list[RunInfo], *, schedule: str = "", org_codes: frozenset[str] = frozenset()
) -> RunInfo | None:
    """The last of `runs` (oldest first) that is measured and belongs to `schedule`, or,
    without a schedule, measured the organisations `org_codes`."""
    for run in reversed(runs):
        same = run.schedule == schedule if schedule else run.org_codes == org_codes
        if same and run.measured:
            return run
    return None


def previous_run(run_dir: Path) -> Path | None:
    """The latest earlier complete run of the same schedule, or (for a run started by
    hand) of the same organisation list, beside `run_dir`."""
    runs, at = find_info(Path(run_dir))
    me = runs[at]
    found = latest_measured(runs[:at], schedule=me.schedule, org_codes=me.org_codes)
    return found.folder if found else None


def previous_to_compare(run_dir: Path) -> Path | None:
    """`previous_run`, with a warning when there is none (--compare-previous)."""
    found = previous_run(run_dir)
    if found is None:
        warn(f"{run_dir}: no earlier complete run of its schedule or organisation list in "
             f"{run_dir.parent}; nothing to compare with")  # fmt: skip
    return found


class ReferredRunError(BadInput):
    """A run that later runs read pages from cannot be deleted."""


def delete_run(run_dir: Path) -> None:
    """Delete a run folder, unless it is being crawled or later runs read pages from it."""
    runs, at = find_info(run_dir)
    me = runs[at]
    if CrawlLock.held(run_dir):
        raise BadInput(f"{run_dir}: a process is crawling this run now; it cannot be deleted")
    if me.referred_by:
        error = ReferredRunError(
            f"{run_dir}: the later run(s) {', '.join(me.referred_by)} read unchanged pages from "
            "its WARC files (revisit records); deleting it would break them"
        )
        error.hint = "make them self-contained first: " + "; ".join(
            f"digimeter runs inline {run_dir.parent / name}" for name in me.referred_by
        )
        raise error
    shutil.rmtree(run_dir)


def inline_run(run_dir: Path) -> int:
    """Copy every page the run reads from earlier runs into its own WARC files; returns
    how many pages were copied."""
    if CrawlLock.held(run_dir):
        raise BadInput(f"{run_dir}: a process is crawling this run now; inline it afterwards")
    store = RunStore(run_dir)
    try:
        return store.inline_revisits()
    finally:
        store.close()
