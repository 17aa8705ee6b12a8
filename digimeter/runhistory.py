"""Runs as a history: a run's schedule, maturity, previous run and the runs that refer to it.

The pieces `digimeter runs` (its schedule, maturity and "referred to" columns, `runs show`,
`runs inline`, refusing to delete a referred run) and `--compare-previous` are built on.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from digimeter import revisits, runstatus


@dataclass(frozen=True)
class RunFacts:
    run_dir: Path
    schedule: str
    state: str
    maturity: float | None
    referred_by: tuple[str, ...]


def maturity(run_dir: Path) -> float | None:
    """The all-government maturity of the run's last scoring (None when not scored)."""
    path = run_dir / "summary.json"
    if not path.exists():
        return None
    value = json.loads(path.read_text(encoding="utf-8")).get("headline", {}).get("all", {})
    return value.get("maturity") if isinstance(value, dict) else None


def organisation_codes(run_dir: Path) -> frozenset[str]:
    import sqlite3

    db = sqlite3.connect(f"file:{run_dir / runstatus.DB_NAME}?mode=ro", uri=True)
    try:
        return frozenset(c for (c,) in db.execute("SELECT code FROM organisations"))
    finally:
        db.close()


def runs_in(folder: Path) -> list[Path]:
    """The run folders in `folder`, oldest first."""
    if not folder.is_dir():
        return []
    runs = [d for d in folder.iterdir() if (d / runstatus.DB_NAME).exists()]
    return sorted(runs, key=lambda d: (str(runstatus.read_meta(d).get("started_at", "")), d.name))


def schedule_runs(folder: Path, schedule: str) -> list[Path]:
    return [r for r in runs_in(folder) if runstatus.schedule_of(r) == schedule]


def latest_complete(runs: list[Path], before: Path | None = None) -> Path | None:
    """The last complete run of `runs` (oldest first) that comes before `before`."""
    if before is not None and before in runs:
        runs = runs[: runs.index(before)]
    complete = [r for r in runs if runstatus.is_complete(r)]
    return complete[-1] if complete else None


def previous_run(run_dir: Path) -> Path | None:
    """The latest earlier complete run of the same schedule, or (for a run started by
    hand) of the same organisation list, beside `run_dir`."""
    run_dir = Path(run_dir)
    schedule = runstatus.schedule_of(run_dir)
    if schedule:
        return latest_complete(schedule_runs(run_dir.parent, schedule), run_dir)
    codes = organisation_codes(run_dir)
    same = [r for r in runs_in(run_dir.parent) if organisation_codes(r) == codes]
    return latest_complete(same, run_dir)


def run_facts(run_dir: Path) -> RunFacts:
    return RunFacts(
        run_dir=run_dir,
        schedule=runstatus.schedule_of(run_dir),
        state=runstatus.run_state(run_dir),
        maturity=maturity(run_dir),
        referred_by=tuple(r.name for r in revisits.referring_runs(run_dir)),
    )


class ReferredRunError(RuntimeError):
    """A run that later runs read pages from cannot be deleted."""


def check_deletable(run_dir: Path) -> None:
    referring = revisits.referring_runs(run_dir)
    if referring:
        names = ", ".join(r.name for r in referring)
        raise ReferredRunError(
            f"{run_dir} cannot be deleted: the runs {names} read unchanged pages from its WARC "
            f"files (revisit records). Make them self-contained first: "
            + "; ".join(f"digimeter runs inline {r}" for r in referring)
        )
