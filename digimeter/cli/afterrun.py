"""After every scheduled run: `changes.md` and a JSON summary POSTed to the schedule's
webhook. (The compare tables and the report's changes section are written by the run
itself: the scheduler starts `digimeter measure --compare-previous`.)

`changes.md` is the short human summary of `digimeter.cli.runchanges`: the organisations whose
maturity moved more than the schedule's threshold, the verdicts that flipped with the
evidence URLs of both runs, and the municipal mergers the comparison applied.
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

from digimeter.cli.schedules import Schedule

logger = logging.getLogger(__name__)
CHANGES_NAME = "changes.md"
WEBHOOK_TIMEOUT = 15.0
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def after_run(schedule: Schedule, run_dir: Path, outcome: str) -> dict[str, Any]:
    """After a run that ended `outcome` (complete, incomplete, failed): changes.md against
    the previous run (when the schedule compares and there is one), then the webhook;
    returns what was done, for the schedule's history."""
    from digimeter.cli.runchanges import changes_since
    from digimeter.core.runhistory import previous_run

    payload: dict[str, Any] = {
        "schedule": schedule.name,
        "run_id": run_dir.name,
        "run_dir": str(run_dir.resolve()),
        "outcome": outcome,
        "previous_run": None,
    }
    if outcome == "complete":
        payload.update(_headline(run_dir))
        previous = previous_run(run_dir)
        payload["previous_run"] = previous.name if previous else None
        if previous is not None and schedule.compare_previous:
            changes = changes_since(run_dir, previous, not_found=schedule.not_found,
                                    threshold=schedule.change_threshold)  # fmt: skip
            (run_dir / CHANGES_NAME).write_text(changes.markdown(), encoding="utf-8")
            payload["changes"] = changes.summary()
            payload["changes_md"] = str((run_dir / CHANGES_NAME).resolve())
    done = {"compared_with": payload["previous_run"] if "changes" in payload else None}
    if schedule.webhook:
        done["webhook"] = post_json(schedule.webhook, payload)
    return done


def _headline(run_dir: Path) -> dict[str, Any]:
    summary = json.loads((run_dir / "summary.json").read_text(encoding="utf-8"))
    total = summary.get("headline", {}).get("all", {})
    return {
        "counts": summary.get("counts", {}),
        "maturity": total.get("maturity"),
        "availability": total.get("availability"),
        "report": str((run_dir / "report.html").resolve()),
    }


def post_json(url: str, payload: dict[str, Any]) -> str:
    """POST the payload; 'HTTP <status>' or the error, never an exception."""
    body = json.dumps(payload, default=_plain, ensure_ascii=False).encode("utf-8")
    request = urllib.request.Request(
        url, data=body, method="POST", headers={"Content-Type": "application/json"}
    )
    handlers = []
    if urllib.parse.urlsplit(url).hostname in LOOPBACK:  # never through an http_proxy
        handlers.append(urllib.request.ProxyHandler({}))
    try:
        with urllib.request.build_opener(*handlers).open(
            request, timeout=WEBHOOK_TIMEOUT
        ) as response:
            return f"HTTP {response.status}"
    except (urllib.error.URLError, OSError, ValueError) as exc:
        logger.warning("webhook %s failed: %s", url, exc)
        return f"failed: {exc}"


def _plain(value: Any) -> Any:
    if hasattr(value, "item"):
        return value.item()
    return str(value)
