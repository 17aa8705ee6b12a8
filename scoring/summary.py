"""`summary.json`: the headline figures of a run, what they rest on, and how they were made."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

from scoring.cells import EU_SCALE
from scoring.compute import ScoreTables
from scoring.i18n import english

HEADLINE_FIELDS = (
    "n_organisations", "n_organisations_listed", "n_products", "n_counted", "maturity",
    "maturity_median", "availability", "availability_67", "maturity_burger",
    "maturity_ondernemer", "maturity_strict", "score_eu", "maturity_pooled",
    "availability_pooled", "availability_67_pooled", "n_not_found", "n_not_offered",
    "n_unreachable", "n_overridden",
)  # fmt: skip

#: The three conventions; their descriptions are in the message catalogue (`convention.*`).
CONVENTION_NAMES = ("authenticated", "strict", "eu")
DATE_KEYS = ("started_at", "finished_at", "crawled_at", "classified_at", "created_at")


def clean(value: Any) -> Any:
    """A JSON-ready value: NaN/NA -> None, numpy scalars -> Python, floats to 1 decimal."""
    if value is None or value is pd.NA:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float):
        return None if math.isnan(value) else round(value, 1) + 0.0
    return value


def _records(frame: pd.DataFrame, key: str, fields: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for row in frame.to_dict("records"):
        out[str(row[key])] = {f: clean(row[f]) for f in fields if f in row}
    return out


def run_dates(meta: dict[str, Any]) -> dict[str, str]:
    """The run's dates from its meta: the known keys, then any key ending in `_at`/`date`."""
    keys = [k for k in DATE_KEYS if k in meta]
    keys += sorted(k for k in meta if k not in keys and (k.endswith("_at") or "date" in k))
    return {k: str(meta[k]) for k in keys if isinstance(meta[k], str | int | float)}


def run_state(scores: ScoreTables) -> dict[str, Any]:
    """The run's state, whether its crawl is complete and which organisations it lacks."""
    status = scores.run.status
    if status is None:
        return {"state": "none (a verdicts file)", "complete": None, "missing_organisations": []}
    return {
        "state": status.state,
        "complete": status.complete,
        "missing_organisations": [code for code, _ in status.missing],
    }


def build_summary(
    scores: ScoreTables,
    *,
    generated_at: str,
    compare: ScoreTables | None = None,
    changes: dict[str, pd.DataFrame] | None = None,
) -> dict[str, Any]:
    types = scores.tables["scores_types"]
    audiences = scores.tables["scores_audiences"]
    orgs = scores.tables["scores_organisations"]
    verdicts = scores.verdicts
    en = english()
    summary: dict[str, Any] = {
        "run_id": scores.run.run_id,
        "source": scores.run.source,
        "warnings": [note.text(en) for note in scores.run.notes],
        "run_state": run_state(scores),
        "generated_at": generated_at,
        "rules_versions": scores.rules_versions(),
        "run_dates": run_dates(scores.run.meta),
        "options": {
            "not_found": scores.not_found,
            "compare": compare.run.run_id if compare else None,
        },
        "conventions": {
            "default": "authenticated",
            **{name: en.t(f"convention.{name}") for name in CONVENTION_NAMES},
        },
        "not_found_handling": en.t(f"method.not_found.{scores.not_found}"),
        "eu_scale": {str(k): v for k, v in EU_SCALE.items()},
        "averaging": en.t("convention.averaging"),
        "counts": {
            "organisations": len(orgs),
            "organisations_scored": int(orgs["maturity"].notna().sum()),
            "organisations_by_type": {
                str(k): int(v) for k, v in orgs["org_type"].value_counts(sort=False).items()
            },
            "products": int(verdicts["product_key"].nunique()),
            "verdicts": len(verdicts),
            "verdicts_by_status": scores.status_counts(),
        },
        "headline": _records(types, "org_type", HEADLINE_FIELDS),
        "audiences": {
            scope: _records(
                part,
                "audience",
                (
                    "n_organisations",
                    "n_products",
                    "n_counted",
                    "maturity",
                    "availability",
                    "availability_67",
                ),
            )
            for scope, part in audiences.groupby("org_type", sort=False)
        },
        "overrides": scores.overrides_note(),
        "review": {
            **scores.review.as_dict(),
            "statement": scores.review.sentence(en),
            "accuracy": scores.review.accuracy_lines(en),
        },
    }
    if compare is not None and changes is not None:
        summary["compare"] = {
            "run_id": compare.run.run_id,
            "source": compare.run.source,
            "overrides": compare.overrides_note(),
            "types": _records(
                changes["changes_types"],
                "org_type",
                (
                    "maturity_before",
                    "maturity_after",
                    "maturity_change",
                    "availability_before",
                    "availability_after",
                    "availability_change",
                ),
            ),
            "verdicts_changed": len(changes["changes_verdicts"]),
            "mergers": [str(note) for note in compare.run.merger_notes],
        }
    return summary
