"""`export_labels`: reviewed verdicts as ground-truth labels for `digimeter evaluate`.

One row per verdict with a current decision: the outcome the reviewer settled on (the
verdict's own for a confirmation), in the columns of `labels.csv` (`model.LABEL_FIELDS`)
plus `level_strict`, who decided, when, and the reason in `notes`. Reviewed real runs
thus become labelled data for the classifiers.
"""

from __future__ import annotations

import csv
from pathlib import Path

from digimeter.core.model import LABEL_FIELDS
from digimeter.core.runstore import RunStore
from scoring.exports import atomic_path

FIELDS = (*LABEL_FIELDS, "level_strict", "reviewer", "reviewed_at", "origin", "notes")


def _text(value: int | None) -> str:
    return "" if value is None else str(value)


def export_labels(store: RunStore, path: Path) -> int:
    """Write the labels; returns the number of rows."""
    latest = store.latest_reviews()
    rows = []
    for verdict in store.verdict_rows():
        review = latest.get((verdict["org_code"], verdict["product_key"]))
        if review is None:
            continue
        notes = review.reason
        if review.stale:
            notes += f" [evidence changed since the review: {', '.join(review.stale)}]"
        rows.append(
            {
                "org_code": review.org_code,
                "product_key": review.product_key,
                "level": _text(review.new.level),
                "status": review.new.status,
                "product_url": verdict["product_url"],
                "route_url": verdict["route_url"],
                "level_strict": _text(review.new.level_strict),
                "reviewer": review.reviewer,
                "reviewed_at": review.reviewed_at,
                "origin": review.origin,
                "notes": notes.strip(),
            }
        )
    with atomic_path(path) as tmp, open(tmp, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(FIELDS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)
