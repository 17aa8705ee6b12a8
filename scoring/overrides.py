"""Apply reviewer overrides to verdicts before anything is aggregated.

An override `(org_code, product_key, status, level, level_strict, reviewer, reviewed_at,
reason)` replaces the verdict's status, level and level_strict. When a verdict has several
overrides, the latest `reviewed_at` wins (ties: the later row). Overrides for an
organisation x product without a verdict are not applied; they are counted as unmatched.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from scoring.tables import OVERRIDES_APPLIED

KEY = ["org_code", "product_key"]


@dataclass
class OverrideResult:
    """The verdicts after overrides, and what was applied."""

    verdicts: pd.DataFrame
    #: One row per applied override: before/after status and levels, who, when, why.
    applied: pd.DataFrame
    #: (org_code, product_key) of the overrides that matched no verdict.
    unmatched: list[tuple[str, str]]


def apply_overrides(verdicts: pd.DataFrame, overrides: pd.DataFrame) -> OverrideResult:
    """Return the verdicts with the overrides applied and an `overridden` column added."""
    result = verdicts.copy()
    result["overridden"] = False
    if overrides.empty:
        return OverrideResult(result, pd.DataFrame(columns=OVERRIDES_APPLIED.names), [])
    latest = (
        overrides.assign(_order=range(len(overrides)))
        .sort_values(["reviewed_at", "_order"], kind="stable")
        .drop_duplicates(KEY, keep="last")
        .drop(columns="_order")
    )
    joined = result.reset_index().merge(
        latest, on=KEY, how="inner", suffixes=("", "_override"), validate="one_to_one"
    )
    known = pd.MultiIndex.from_frame(result[KEY])
    unmatched_mask = ~pd.MultiIndex.from_frame(latest[KEY]).isin(known)
    unmatched = [tuple(r) for r in latest.loc[unmatched_mask, KEY].itertuples(index=False)]
    idx = joined["index"].to_numpy()
    applied = pd.DataFrame(
        {
            "org_code": joined["org_code"],
            "org_name": joined["org_name"],
            "org_type": joined["org_type"],
            "product_key": joined["product_key"],
            "status_before": joined["status"],
            "level_before": joined["level"],
            "level_strict_before": joined["level_strict"],
            "status_after": joined["status_override"],
            "level_after": joined["level_override"],
            "level_strict_after": joined["level_strict_override"],
            "reviewer": joined["reviewer"],
            "reviewed_at": joined["reviewed_at"],
            "reason": joined["reason"],
        }
    )
    result.loc[idx, "status"] = joined["status_override"].to_numpy()
    result.loc[idx, "level"] = joined["level_override"].to_numpy()
    result.loc[idx, "level_strict"] = joined["level_strict_override"].to_numpy()
    result.loc[idx, "overridden"] = True
    return OverrideResult(result, applied.reset_index(drop=True), unmatched)
