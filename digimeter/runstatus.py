"""What the scheduler needs to know of a run: its state, its exit status, how to resume it.

One adapter for the contract of the run-integrity work (issue 9): the exit statuses of
`digimeter measure` (0 complete, 2 bad input or configuration with nothing done,
3 incomplete and resumable, 4 failed) and the run states in run.db (preparing, crawling,
interrupted, crawled, classified, scored, failed). Until every run records its state,
the state is derived from what the run folder holds; a run whose process was stopped
(any other exit status) is judged by that state.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

EXIT_COMPLETE, EXIT_BAD_INPUT, EXIT_INCOMPLETE, EXIT_FAILED = 0, 2, 3, 4
STATES = ("preparing", "crawling", "interrupted", "crawled", "classified", "scored", "failed")
#: outcome of a measurement process, by exit status
OUTCOMES = {
    EXIT_COMPLETE: "complete",
    EXIT_BAD_INPUT: "bad_input",
    EXIT_INCOMPLETE: "incomplete",
    EXIT_FAILED: "failed",
}
#: the crawler setting that names a run's schedule (stored with the run's settings)
SCHEDULE_SETTING = "DIGIMETER_SCHEDULE"
DB_NAME = "run.db"


def read_meta(run_dir: Path) -> dict[str, Any]:
    """run.db's meta table, read-only; {} for a folder without a readable run.db."""
    db_path = run_dir / DB_NAME
    if not db_path.exists():
        return {}
    try:
        db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            rows = db.execute("SELECT key, value FROM meta").fetchall()
        finally:
            db.close()
    except sqlite3.Error:
        return {}
    return {k: json.loads(v) for k, v in rows}


def run_state(run_dir: Path) -> str:
    """The run's state: the recorded one, else derived from the folder's contents."""
    meta = read_meta(run_dir)
    if meta.get("state") in STATES:
        return str(meta["state"])
    if not meta or "started_at" not in meta:
        return "preparing"
    if "crawl_finished_at" not in meta:
        return "interrupted"
    if (run_dir / "summary.json").exists() and (run_dir / "report.html").exists():
        return "scored"
    return "classified" if (run_dir / "verdicts.csv").exists() else "crawled"


def is_complete(run_dir: Path) -> bool:
    return run_state(run_dir) == "scored"


def outcome(returncode: int, run_dir: Path) -> str:
    """complete, bad_input, incomplete or failed: the exit status, or the state it left."""
    if returncode in OUTCOMES:
        return OUTCOMES[returncode]
    state = run_state(run_dir)
    if state in ("interrupted", "crawling"):
        return "incomplete"
    if state == "preparing" and not (run_dir / DB_NAME).exists():
        return "bad_input"
    return "failed"


def mark_failed(run_dir: Path, reason: str) -> None:
    """Record that the run will not be completed (an interrupted run too old to resume)."""
    db = sqlite3.connect(run_dir / DB_NAME)
    try:
        with db:
            for key, value in (("state", "failed"), ("failed_reason", reason)):
                db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, json.dumps(value)))
    finally:
        db.close()


def started_at(run_dir: Path) -> datetime | None:
    raw = read_meta(run_dir).get("started_at")
    if not raw:
        return None
    return datetime.strptime(raw, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def schedule_of(run_dir: Path) -> str:
    """The schedule the run was started by ('' for a run started by hand)."""
    settings = read_meta(run_dir).get("crawl_settings") or {}
    return str(settings.get(SCHEDULE_SETTING, ""))


def resume_commands(run_dir: Path, crawl_options: list[str]) -> list[list[str]]:
    """The digimeter commands that finish an interrupted run. `crawl --resume` does not
    yet take the proxy and settings from the run, so they are given again."""
    run = str(run_dir)
    return [
        ["crawl", "--resume", run, *crawl_options],
        ["classify", run],
        ["score", run],
        ["report", run],
    ]
