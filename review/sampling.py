"""`draw_sample`: a stratified random sample of a run's verdicts for a blind review.

The population is every verdict with status ok, not_found or not_offered (an unreachable
site has no verdict to check). A stratum is an organisation type x level (`gemeente/67`),
with not_found and not_offered as levels of their own (`gemeente/not_found`). The sample
size is shared out in proportion to the strata's sizes (largest remainders), with at least
two verdicts from every stratum that has two (so each stratum's variance can be
estimated) when the size allows, else at least one; within a stratum the verdicts are drawn with
`random.Random(seed)`, so the same run, size and seed give the same sample.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable

from digimeter.core.reviewrecords import Outcome
from digimeter.core.samplestore import SampleItem

SAMPLED_STATUSES = ("ok", "not_found", "not_offered")
MIN_PER_STRATUM = 2


def stratum_of(verdict: dict[str, str]) -> str:
    """`<org_type>/<level or status>`."""
    cell = verdict["level"] if verdict["status"] == "ok" else verdict["status"]
    return f"{verdict['org_type']}/{cell}"


def allocate(sizes: dict[str, int], size: int) -> dict[str, int]:
    """How many verdicts to draw from each stratum (sums to min(size, population))."""
    population = sum(sizes.values())
    if size >= population:
        return dict(sizes)
    for least in range(MIN_PER_STRATUM, -1, -1):  # 2 each if the size allows, else 1, else 0
        floor = {name: min(least, n) for name, n in sizes.items()}
        if sum(floor.values()) <= size:
            break
    rest = size - sum(floor.values())
    spare = {name: n - floor[name] for name, n in sizes.items()}
    spare_total = sum(spare.values())
    shares = {name: rest * n / spare_total for name, n in spare.items()} if spare_total else {}
    counts = {name: floor[name] + math.floor(shares.get(name, 0)) for name in sizes}
    left = size - sum(counts.values())
    by_remainder = sorted(sizes, key=lambda name: (-(shares.get(name, 0) % 1), -sizes[name], name))
    for name in by_remainder:
        if left == 0:
            break
        if counts[name] < sizes[name]:
            counts[name] += 1
            left -= 1
    return counts


def draw_sample(
    verdicts: Iterable[dict[str, str]], size: int, seed: int
) -> tuple[list[SampleItem], dict[str, tuple[int, int]]]:
    """The sampled items (shuffled) and, per stratum, (population, drawn)."""
    if size < 1:
        raise ValueError(f"sample size {size}: expected at least 1")
    members: dict[str, list[dict[str, str]]] = {}
    for v in verdicts:
        if v["status"] in SAMPLED_STATUSES:
            members.setdefault(stratum_of(v), []).append(v)
    if not members:
        raise ValueError("the run has no verdict with status ok, not_found or not_offered")
    counts = allocate({name: len(rows) for name, rows in members.items()}, size)
    rng = random.Random(seed)
    items: list[SampleItem] = []
    for name in sorted(members):
        rows = sorted(members[name], key=lambda v: (v["org_code"], v["product_key"]))
        for v in rng.sample(rows, counts[name]):
            items.append(SampleItem(v["org_code"], v["product_key"], name, Outcome.of_verdict(v)))
    rng.shuffle(items)  # reviewed in this order: the order must not give the level away
    strata = {name: (len(members[name]), counts[name]) for name in sorted(members)}
    return items, strata
