"""What people checked in a run: how many verdicts reviewers confirmed or changed, and the
accuracy estimated from the run's reviewed sample (`digimeter review sample`).

The figures go into `summary.json` (`review`), the workbook's `about` sheet, the output of
`digimeter score` and the report (headline note and methodology). A run scored from a
plain verdicts CSV has no review tables: nothing was checked.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scoring.accuracy import SampleAccuracy, sample_accuracy


@dataclass
class ReviewNote:
    """Review counts of a run (current decisions) and its sample's estimates."""

    checked: int = 0
    confirmed: int = 0
    changed: int = 0
    carried: int = 0
    stale: int = 0
    sample: SampleAccuracy | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "checked": self.checked,
            "confirmed": self.confirmed,
            "changed": self.changed,
            "carried": self.carried,
            "stale": self.stale,
            "sample": self.sample.as_dict() if self.sample else None,
        }

    def sentence(self) -> str:
        """'People checked 120 verdicts and changed 14 (3 carried from an earlier run).'"""
        if not self.checked:
            return "No verdict of this run was checked by a reviewer."
        extra = []
        if self.carried:
            extra.append(f"{self.carried} decision(s) carried from an earlier run")
        if self.stale:
            extra.append(f"{self.stale} whose evidence changed since the review")
        tail = f" ({'; '.join(extra)})" if extra else ""
        return (
            f"People checked {self.checked} verdict(s) and changed {self.changed}; "
            f"{self.confirmed} were confirmed{tail}."
        )

    def accuracy_lines(self) -> list[str]:
        """The sample's estimates as sentences (empty without a sample)."""
        s = self.sample
        if s is None:
            return []
        if not s.complete or s.accuracy is None:
            return [
                f"Sample {s.sample_id}: {s.decided} of {s.size} verdicts decided; the "
                "accuracy is estimated once every sampled verdict is decided."
            ]
        a = s.accuracy
        lines = [
            f"Estimated exact-level accuracy {100 * a.value:.1f} % (95 % interval "
            f"{100 * a.low:.1f} – {100 * a.high:.1f} %), from a stratified random sample of "
            f"{s.size} verdicts in {s.strata} strata reviewed blind; {a.method}."
        ]
        if s.uncovered:
            lines.append(
                f"{s.uncovered} verdict(s) are in strata the sample drew nothing from (a "
                "sample smaller than twice the number of strata): the estimates leave them out."
            )
        d = s.availability_difference
        if d is not None and s.published_availability is not None:
            lines.append(
                f"Estimated minus published availability (pooled, level ≥ 33): "
                f"{100 * d.value:+.1f} points (95 % interval {100 * d.low:+.1f} to "
                f"{100 * d.high:+.1f}; published {s.published_availability:.1f} %)."
            )
        for a_name, b_name, n, kappa in s.agreement:
            shown = "undefined" if kappa is None else f"{kappa:.2f}"
            lines.append(f"Agreement of {a_name} and {b_name} on {n} verdicts: Cohen's κ {shown}.")
        return lines


def review_note(
    run_dir: Path | None, *, published_availability: float | None, not_found: str
) -> ReviewNote:
    """The review counts and sample estimates of a run folder (empty for a CSV run)."""
    if run_dir is None:
        return ReviewNote()
    from digimeter.runstore import RunStore

    store = RunStore(run_dir)
    try:
        latest = store.latest_reviews()
        return ReviewNote(
            checked=len(latest),
            confirmed=sum(r.decision == "confirm" for r in latest.values()),
            changed=sum(r.decision == "override" for r in latest.values()),
            carried=sum(r.origin == "carried" for r in latest.values()),
            stale=sum(bool(r.stale) for r in latest.values()),
            sample=sample_accuracy(
                store, published_availability=published_availability, not_found=not_found
            ),
        )
    finally:
        store.close()
