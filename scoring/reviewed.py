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
from scoring.i18n import Messages, english


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

    def sentence(self, m: Messages | None = None) -> str:
        """'People checked 120 verdicts and changed 14 (3 carried from an earlier run).'"""
        m = m or english()
        if not self.checked:
            return m.t("reviewed.none")
        extra = []
        if self.carried:
            extra.append(m.t("reviewed.carried", n=self.carried))
        if self.stale:
            extra.append(m.t("reviewed.stale", n=self.stale))
        tail = f" ({'; '.join(extra)})" if extra else ""
        return m.t(
            "reviewed.checked",
            checked=self.checked, changed=self.changed, confirmed=self.confirmed, tail=tail,
        )  # fmt: skip

    def accuracy_lines(self, m: Messages | None = None) -> list[str]:
        """The sample's estimates as sentences (empty without a sample)."""
        m = m or english()
        s = self.sample
        if s is None:
            return []
        if not s.complete or s.accuracy is None:
            return [m.t("reviewed.sample_open", sample=s.sample_id, decided=s.decided, size=s.size)]
        a = s.accuracy
        method = (
            m.t("reviewed.method_wilson")
            if a.strata == 1
            else m.t("reviewed.method_stratified", strata=a.strata)
        )
        lines = [
            m.t(
                "reviewed.accuracy",
                value=m.number(100 * a.value),
                low=m.number(100 * a.low),
                high=m.number(100 * a.high),
                size=s.size,
                strata=s.strata,
                method=method,
            )
        ]
        if s.uncovered:
            lines.append(m.t("reviewed.uncovered", n=s.uncovered))
        d = s.availability_difference
        if d is not None and s.published_availability is not None:
            lines.append(
                m.t(
                    "reviewed.availability",
                    value=m.pp(100 * d.value),
                    low=m.pp(100 * d.low),
                    high=m.pp(100 * d.high),
                    published=m.number(s.published_availability),
                )
            )
        for a_name, b_name, n, kappa in s.agreement:
            shown = m.t("reviewed.kappa_undefined") if kappa is None else m.number(kappa, 2)
            lines.append(m.t("reviewed.kappa", first=a_name, second=b_name, n=n, kappa=shown))
        return lines


def review_note(
    run_dir: Path | None, *, published_availability: float | None, not_found: str
) -> ReviewNote:
    """The review counts and sample estimates of a run folder (empty for a CSV run)."""
    if run_dir is None:
        return ReviewNote()
    from digimeter.core.runstore import RunStore

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
