"""The accuracy a run can publish, from its reviewed sample (`review sample`), and the
agreement between reviewers who judged the same sampled verdicts.

* exact-level accuracy: the share of verdicts whose status (and, for ok, level) the
  reviewers kept, estimated over the strata of the sample;
* availability: the share of counted cells at level >= 33, estimated from the reviewed
  outcomes (a stratified ratio), minus the run's published pooled availability
  (`availability_pooled` of all government, after overrides);
* Cohen's kappa between two reviewers over the sampled verdicts both judged blind.

Only a completed sample (every sampled verdict decided in the sample) gives estimates.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

from digimeter.core.reviewrecords import Outcome
from digimeter.core.runstore import RunStore
from digimeter.core.samplestore import Sample
from scoring.estimate import Estimate, StratumSample, cohen_kappa, stratified_ratio


@dataclass
class SampleAccuracy:
    """What a run's current sample says."""

    sample_id: int
    size: int
    decided: int
    strata: int
    rules_version: str
    accuracy: Estimate | None = None
    #: Estimated pooled availability (>= 33) and estimated minus published.
    availability: Estimate | None = None
    availability_difference: Estimate | None = None
    published_availability: float | None = None
    #: Verdicts in strata the sample drew nothing from (the estimates leave them out).
    uncovered: int = 0
    #: (reviewer, reviewer, verdicts both judged, kappa)
    agreement: list[tuple[str, str, int, float | None]] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.decided == self.size

    def as_dict(self) -> dict[str, Any]:
        def est(e: Estimate | None) -> dict[str, Any] | None:
            if e is None:
                return None
            return {
                "value": round(100 * e.value, 2),
                "ci95": [round(100 * e.low, 2), round(100 * e.high, 2)],
                "method": e.method,
                "n": e.n,
            }

        return {
            "sample_id": self.sample_id,
            "size": self.size,
            "decided": self.decided,
            "complete": self.complete,
            "strata": self.strata,
            "rules_version": self.rules_version,
            "uncovered": self.uncovered,
            "exact_level_accuracy": est(self.accuracy),
            "availability_estimated": est(self.availability),
            "availability_published": self.published_availability,
            "availability_difference": est(self.availability_difference),
            "agreement": [
                {"reviewers": [a, b], "verdicts": n, "kappa": k} for a, b, n, k in self.agreement
            ],
        }


def _counted(outcome: Outcome, not_found: str) -> bool:
    return outcome.status == "ok" or (outcome.status == "not_found" and not_found == "zero")


def agreement(store: RunStore, sample: Sample) -> list[tuple[str, str, int, float | None]]:
    """Cohen's kappa for every pair of reviewers over the verdicts both judged blind."""
    first: dict[str, dict[tuple[str, str], str]] = {}
    for j in store.judgements(sample.id):
        first.setdefault(j.reviewer, {}).setdefault((j.org_code, j.product_key), j.outcome.cell)
    pairs = []
    for a, b in combinations(sorted(first), 2):
        common = sorted(set(first[a]) & set(first[b]))
        if common:
            labels = [(first[a][k], first[b][k]) for k in common]
            pairs.append((a, b, len(common), cohen_kappa(labels)))
    return pairs


def sample_accuracy(
    store: RunStore, *, published_availability: float | None = None, not_found: str = "zero"
) -> SampleAccuracy | None:
    """The estimates of the run's current sample (None without a sample).

    `published_availability`: the run's pooled availability in percent, for the difference.
    """
    sample = store.sample()
    if sample is None:
        return None
    decisions = store.sample_decisions(sample.id)
    result = SampleAccuracy(
        sample_id=sample.id,
        size=len(sample.items),
        decided=sum(item.key in decisions for item in sample.items),
        strata=len(sample.strata),
        rules_version=sample.rules_version,
        published_availability=published_availability,
    )
    result.agreement = agreement(store, sample)
    if not result.complete or not sample.items:
        return result
    covered = {name: n for name, (n, drawn) in sample.strata.items() if drawn}
    result.uncovered = sum(n for name, (n, drawn) in sample.strata.items() if not drawn)
    right: dict[str, list[tuple[float, float]]] = {name: [] for name in covered}
    available: dict[str, list[tuple[float, float]]] = {name: [] for name in covered}
    for item in sample.items:
        truth = decisions[item.key].new
        right[item.stratum].append((float(truth.cell == item.drawn.cell), 1.0))
        counted = _counted(truth, not_found)
        high = counted and truth.status == "ok" and (truth.level or 0) >= 33
        available[item.stratum].append((float(high), float(counted)))
    result.accuracy = stratified_ratio(
        [StratumSample(name, n, tuple(right[name])) for name, n in covered.items()]
    )
    try:
        result.availability = stratified_ratio(
            [StratumSample(name, n, tuple(available[name])) for name, n in covered.items()]
        )
    except ValueError:  # nothing counted in the sample
        result.availability = None
    if result.availability is not None and published_availability is not None:
        result.availability_difference = result.availability.shifted(published_availability / 100.0)
    return result
