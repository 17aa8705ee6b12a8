"""After every scheduled run: the comparison with the previous run, `changes.md`, and a
JSON summary POSTed to the schedule's webhook.

`changes.md` is the short human summary: the organisations whose maturity moved more than
the schedule's threshold, the verdicts that flipped (status or level) with the evidence
URLs of both runs, and the municipal mergers the comparison applied.
"""

from __future__ import annotations

import json
import logging
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pandas as pd

from digimeter.schedules import Schedule

logger = logging.getLogger(__name__)
CHANGES_NAME = "changes.md"
WEBHOOK_TIMEOUT = 15.0
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def after_run(schedule: Schedule, run_dir: Path, previous: Path | None) -> dict[str, Any]:
    """Compare (when asked and there is a previous run), write changes.md, call the webhook;
    returns what was done, for the schedule's history."""
    from digimeter import runstatus

    complete = runstatus.is_complete(run_dir)
    payload: dict[str, Any] = {
        "schedule": schedule.name,
        "run_id": run_dir.name,
        "run_dir": str(run_dir.resolve()),
        "outcome": "complete" if complete else runstatus.run_state(run_dir),
        "previous_run": previous.name if previous else None,
    }
    if complete:
        payload.update(_headline(run_dir))
    if complete and previous is not None and schedule.compare_previous:
        changes, notes = compare_with(schedule, run_dir, previous)
        text = changes_markdown(
            run_dir.name, previous.name, changes, notes, schedule.change_threshold
        )
        (run_dir / CHANGES_NAME).write_text(text, encoding="utf-8")
        payload["changes"] = change_summary(changes, notes, schedule.change_threshold)
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


def compare_with(
    schedule: Schedule, run_dir: Path, previous: Path
) -> tuple[dict[str, pd.DataFrame], list[str]]:
    """Score and report the run against the previous one (the changes tables and section)."""
    from digimeter.pipeline import DEFAULT_GEOJSON
    from scoring.report import write_report
    from scoring.run import score_run

    result = score_run(run_dir, compare=previous, not_found=schedule.not_found)
    geojson = DEFAULT_GEOJSON if DEFAULT_GEOJSON.exists() else None
    write_report(run_dir, compare=previous, not_found=schedule.not_found, geojson=geojson)
    assert result.compared is not None
    changes = {k: v for k, v in result.tables.items() if k.startswith("changes_")}
    return changes, list(result.compared.run.merger_notes)


def moved_organisations(changes: dict[str, pd.DataFrame], threshold: float) -> pd.DataFrame:
    orgs = changes["changes_organisations"]
    moved = orgs[orgs["maturity_change"].abs() > threshold]
    return moved.sort_values("maturity_change", key=lambda s: s.abs(), ascending=False)


def _level(value: Any) -> str:
    return "-" if pd.isna(value) or value == "" else f"{int(float(value))}"


def _evidence_urls(evidence: Any) -> list[str]:
    try:
        items = json.loads(evidence) if isinstance(evidence, str) and evidence else []
    except ValueError:
        return []
    return [i["url"] for i in items if isinstance(i, dict) and i.get("url")][:3]


def changes_markdown(
    run_id: str,
    previous_id: str,
    changes: dict[str, pd.DataFrame],
    notes: list[str],
    threshold: float,
) -> str:
    moved = moved_organisations(changes, threshold)
    verdicts = changes["changes_verdicts"]
    lines = [f"# Changes in run {run_id} since run {previous_id}", ""]
    lines += [f"- Municipal merger: {note}." for note in notes]
    lines += ["", f"## Maturity moved more than {threshold:g} points ({len(moved)})", ""]
    if len(moved):
        lines += ["| organisation | code | before | after | change |", "|---|---|---:|---:|---:|"]
        for r in moved.itertuples():
            lines.append(
                f"| {r.org_name} | {r.org_code} | {r.maturity_before:.1f} | "
                f"{r.maturity_after:.1f} | {r.maturity_change:+.1f} |"
            )
    else:
        lines.append("None.")
    lines += ["", f"## Verdicts that flipped ({len(verdicts)})", ""]
    for r in verdicts.itertuples():
        lines.append(
            f"- {r.org_name} ({r.org_code}), {r.product_key}: {r.status_before or '-'} "
            f"{_level(r.level_before)} -> {r.status_after or '-'} {_level(r.level_after)} "
            f"({r.change})"
        )
        for side in ("before", "after"):
            urls = [
                getattr(r, f"route_url_{side}"),
                *_evidence_urls(getattr(r, f"evidence_{side}")),
            ]
            urls = list(dict.fromkeys(u for u in urls if isinstance(u, str) and u))
            if urls:
                lines.append(f"  - evidence {side}: " + ", ".join(f"<{u}>" for u in urls))
    if not len(verdicts):
        lines.append("None.")
    return "\n".join(lines) + "\n"


def change_summary(
    changes: dict[str, pd.DataFrame], notes: list[str], threshold: float
) -> dict[str, Any]:
    moved = moved_organisations(changes, threshold)
    verdicts = changes["changes_verdicts"]
    return {
        "threshold": threshold,
        "organisations_moved": [
            {
                "org_code": r.org_code,
                "org_name": r.org_name,
                "maturity_before": _number(r.maturity_before),
                "maturity_after": _number(r.maturity_after),
                "maturity_change": _number(r.maturity_change),
            }
            for r in moved.itertuples()
        ],
        "verdicts_changed": len(verdicts),
        "verdicts_by_change": {
            str(k): int(v) for k, v in verdicts["change"].value_counts().items()
        },
        "mergers": notes,
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


def _number(value: Any) -> float | None:
    return None if pd.isna(value) else round(float(value), 1)


def _plain(value: Any) -> Any:
    if hasattr(value, "item"):
        return value.item()
    return str(value)
