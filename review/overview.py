"""The run overview: how much was reviewed (per reviewer, per organisation type), what the
overrides change in the scores, and what the sample says (accuracy, agreement)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pandas as pd

from digimeter.core.runstore import RunStore
from review.queue import ReviewQueue
from scoring.accuracy import SampleAccuracy, sample_accuracy
from scoring.checks import empty_overrides
from scoring.compute import compute_scores
from scoring.inputs import load_run

TYPE_ORDER = ("gemeente", "provincie", "waterschap", "rijk", "all")
SCORE_COLUMNS = ("maturity", "availability", "availability_67")


@dataclass
class Overview:
    verdicts: int
    states: Counter[str]
    carried: int
    open_proposals: int
    reviewers: list[dict[str, Any]] = field(default_factory=list)
    types: list[dict[str, Any]] = field(default_factory=list)
    scores: list[dict[str, Any]] = field(default_factory=list)
    organisations: list[dict[str, Any]] = field(default_factory=list)
    sample: SampleAccuracy | None = None


def _score_change(run_dir: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]], float]:
    """Per type and per changed organisation: the scores without and with the overrides;
    and the published (with overrides) pooled availability of all government."""
    run = load_run(run_dir)
    after = compute_scores(run)
    before = compute_scores(replace(run, overrides=empty_overrides()))
    rows = []
    b_types = before.tables["scores_types"].set_index("org_type")
    a_types = after.tables["scores_types"].set_index("org_type")
    for org_type in [t for t in TYPE_ORDER if t in a_types.index]:
        row: dict[str, Any] = {
            "org_type": org_type,
            "n_overridden": int(a_types.at[org_type, "n_overridden"]),
        }
        for col in SCORE_COLUMNS:
            row[f"{col}_before"] = b_types.at[org_type, col]
            row[f"{col}_after"] = a_types.at[org_type, col]
        rows.append(row)
    b_orgs = before.organisations.set_index("org_code")
    a_orgs = after.organisations.set_index("org_code")
    changed = a_orgs[a_orgs["n_overridden"] > 0]
    orgs = []
    for code, r in changed.iterrows():
        orgs.append(
            {
                "org_code": code,
                "org_name": r["org_name"],
                "n_overridden": int(r["n_overridden"]),
                "maturity_before": b_orgs.at[code, "maturity"],
                "maturity_after": r["maturity"],
            }
        )
    published = float(a_types.at["all", "availability_pooled"])
    return rows, orgs, published


def _nan(value: Any) -> Any:
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else value


def build_overview(store: RunStore, queue: ReviewQueue, run_dir: Path) -> Overview:
    queue.refresh()
    items = queue.items
    states = Counter(i.state for i in items)
    overview = Overview(
        verdicts=len(items),
        states=states,
        carried=sum(1 for i in items if i.review is not None and i.review.origin == "carried"),
        open_proposals=sum(i.proposals for i in items),
    )
    decisions = Counter(r.reviewer for r in store.reviews())
    current: dict[str, Counter[str]] = {}
    by_type: dict[str, Counter[str]] = {}
    for item in items:
        t = by_type.setdefault(item.verdict["org_type"], Counter())
        t["verdicts"] += 1
        if item.review is not None:
            t["reviewed"] += 1
            t[item.review.decision] += 1
            current.setdefault(item.review.reviewer, Counter())[item.review.decision] += 1
    overview.reviewers = [
        {
            "reviewer": name,
            "decisions": n,
            "confirmed": current.get(name, Counter())["confirm"],
            "overridden": current.get(name, Counter())["override"],
        }
        for name, n in decisions.most_common()
    ]
    overview.types = [
        {
            "org_type": t,
            "verdicts": c["verdicts"],
            "reviewed": c["reviewed"],
            "confirmed": c["confirm"],
            "overridden": c["override"],
        }
        for t, c in by_type.items()
    ]
    rows, orgs, published = _score_change(run_dir)
    overview.scores = [{k: _nan(v) for k, v in r.items()} for r in rows]
    overview.organisations = [{k: _nan(v) for k, v in r.items()} for r in orgs]
    overview.sample = sample_accuracy(store, published_availability=published)
    return overview
