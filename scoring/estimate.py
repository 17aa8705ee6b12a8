"""Estimates from a reviewed sample: stratified proportions and ratios with 95 % intervals,
Wilson intervals, and Cohen's kappa. Pure arithmetic, no storage.

Notation (Cochran, Sampling Techniques, ch. 5): stratum h has N_h verdicts in the run, n_h
of them reviewed, weight W_h = N_h / N and sampling fraction f_h = n_h / N_h.

* proportion: p = sum W_h p_h, variance sum W_h^2 (1 - f_h) p_h (1 - p_h) / (n_h - 1);
* ratio (e.g. availability: cells at level >= 33 over counted cells, both estimated):
  R = Y / X with Y = sum N_h ybar_h, X = sum N_h xbar_h, variance (linearised)
  sum N_h^2 (1 - f_h) s2_h(e) / n_h / X^2 with e = y - R x;
* a single stratum: the Wilson score interval (which stays inside 0..1 and is not empty
  when every reviewed verdict was right, unlike the normal approximation).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

Z95 = 1.959963984540054


@dataclass(frozen=True)
class Estimate:
    """A point estimate with its 95 % interval and how the interval was made."""

    value: float
    low: float
    high: float
    method: str
    n: int
    #: The strata the estimate used (1: a Wilson interval).
    strata: int = 1

    def shifted(self, by: float) -> Estimate:
        """The estimate minus a known figure (e.g. estimated minus published)."""
        return Estimate(
            self.value - by, self.low - by, self.high - by, self.method, self.n, self.strata
        )


@dataclass(frozen=True)
class StratumSample:
    """One stratum: its size in the run and the (y, x) pairs of its reviewed verdicts.

    For a proportion every x is 1 and y is 1 when the verdict was right; for a ratio, x is
    1 when the verdict counts in the denominator.
    """

    name: str
    population: int
    values: tuple[tuple[float, float], ...]

    @property
    def n(self) -> int:
        return len(self.values)


def wilson(successes: float, n: float, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a proportion `successes / n`."""
    if n <= 0:
        return (0.0, 1.0)
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def _check(strata: Sequence[StratumSample]) -> list[StratumSample]:
    used = [s for s in strata if s.population > 0]
    if not used:
        raise ValueError("no stratum with verdicts; nothing to estimate")
    for s in used:
        if s.n == 0:
            raise ValueError(f"stratum {s.name} has no reviewed verdict; expected at least one")
        if s.n > s.population:
            raise ValueError(f"stratum {s.name}: {s.n} reviewed of {s.population} verdicts")
    return used


def _variance_term(values: Sequence[float], n_h: int, population: int) -> float:
    """(1 - f_h) s2_h / n_h for one stratum (0 when a single verdict was drawn)."""
    if n_h < 2:
        return 0.0
    mean = sum(values) / n_h
    s2 = sum((v - mean) ** 2 for v in values) / (n_h - 1)
    return (1 - n_h / population) * s2 / n_h


def stratified_ratio(strata: Sequence[StratumSample]) -> Estimate:
    """R = sum y / sum x over the run, estimated from the strata (see the module docstring).

    A proportion is the ratio with every x equal to 1.
    """
    used = _check(strata)
    if len(used) == 1:
        s = used[0]
        y, x = sum(v[0] for v in s.values), sum(v[1] for v in s.values)
        if x == 0:
            raise ValueError(f"stratum {s.name}: no reviewed verdict in the denominator")
        low, high = wilson(y, x)
        return Estimate(y / x, low, high, "Wilson score interval (one stratum)", s.n)
    y_total = sum(s.population * sum(v[0] for v in s.values) / s.n for s in used)
    x_total = sum(s.population * sum(v[1] for v in s.values) / s.n for s in used)
    if x_total == 0:
        raise ValueError("no reviewed verdict in the denominator")
    ratio = y_total / x_total
    variance = sum(
        s.population**2 * _variance_term([y - ratio * x for y, x in s.values], s.n, s.population)
        for s in used
    ) / (x_total**2)
    half = Z95 * math.sqrt(variance)
    return Estimate(
        ratio,
        max(0.0, ratio - half),
        min(1.0, ratio + half),
        f"stratified, {len(used)} strata, normal interval from the stratified variance",
        sum(s.n for s in used),
        len(used),
    )


def stratified_proportion(strata: Sequence[tuple[str, int, Sequence[bool]]]) -> Estimate:
    """The share of right verdicts in the run from (name, N_h, outcomes) per stratum."""
    return stratified_ratio(
        [
            StratumSample(name, n, tuple((float(o), 1.0) for o in outcomes))
            for name, n, outcomes in strata
        ]
    )


def cohen_kappa(pairs: Sequence[tuple[Hashable, Hashable]]) -> float | None:
    """Cohen's kappa of two raters' labels of the same items; None when undefined
    (no items, or both raters gave one and the same label to everything)."""
    n = len(pairs)
    if n == 0:
        return None
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[k] * second[k] for k in first) / (n * n)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1 - expected)
