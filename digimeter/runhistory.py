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


def sibling_runs(run_dir: Path) -> list[Path]:
    """The run folders beside `run_dir` (itself included), oldest first."""
    runs = [d for d in run_dir.parent.iterdir() if (d / runstatus.DB_NAME).exists()]
    return sorted(runs, key=lambda d: (str(runstatus.read_meta(d).get("started_at", "")), d.name))


def previous_run(run_dir: Path) -> Path | None:
    """The latest earlier complete run of the same schedule, or (for a run started by
    hand) of the same organisation list, beside `run_dir`."""
    run_dir = Path(run_dir)
    runs = sibling_runs(run_dir)
    earlier = runs[: runs.index(run_dir)] if run_dir in runs else runs
    schedule = runstatus.schedule_of(run_dir)
    if schedule:
        same = [r for r in earlier if runstatus.schedule_of(r) == schedule]
    else:
        codes = organisation_codes(run_dir)
        same = [r for r in earlier if organisation_codes(r) == codes]
    complete = [r for r in same if runstatus.is_complete(r)]
    return complete[-1] if complete else None


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
