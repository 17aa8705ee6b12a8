"""Change against an earlier run: per organisation, per type, per product, per verdict.

Both runs are scored the same way (the same `not_found` handling, each with its own
review overrides) before they are compared. A verdict has changed when its status or its
level differs; verdicts only in one run are `new` or `gone`.
"""

from __future__ import annotations

import pandas as pd

from scoring.aggregate import product_names
from scoring.compute import ScoreTables

METRICS = ("maturity", "availability", "availability_67")


def _before_after(
    after: pd.DataFrame, before: pd.DataFrame, keys: list[str], counts: dict[str, str]
) -> pd.DataFrame:
    """Outer-join two score tables on `keys`; metrics and counts as before/after/change."""
    keep = [*METRICS, *counts]
    merged = before[keys + keep].merge(
        after[keys + keep], on=keys, how="outer", suffixes=("_before", "_after"), sort=False
    )
    out = merged[keys].copy()
    for metric in METRICS:
        out[f"{metric}_before"] = merged[f"{metric}_before"]
        out[f"{metric}_after"] = merged[f"{metric}_after"]
        # Change from the rounded figures, so before + change = after as published.
        out[f"{metric}_change"] = merged[f"{metric}_after"].round(1) - merged[
            f"{metric}_before"
        ].round(1)
    for column, target in counts.items():
        out[f"{target}_before"] = merged[f"{column}_before"]
        out[f"{target}_after"] = merged[f"{column}_after"]
    return out


def _order_after_then_before(
    out: pd.DataFrame, after: pd.DataFrame, before: pd.DataFrame, keys: list[str]
) -> pd.DataFrame:
    order = pd.concat([after[keys], before[keys]]).drop_duplicates().reset_index(drop=True)
    order["_pos"] = range(len(order))
    return out.merge(order, on=keys, how="left").sort_values("_pos").drop(columns="_pos")


def verdict_changes(now: ScoreTables, then: ScoreTables) -> pd.DataFrame:
    """Every organisation x product whose status or level differs between the runs."""
    cols = ["org_code", "org_name", "org_type", "product_key", "status", "level",
            "level_strict", "route_url", "evidence", "rules_version", "overridden"]  # fmt: skip
    keys = ["org_code", "product_key"]
    merged = then.verdicts[cols].merge(
        now.verdicts[cols], on=keys, how="outer", suffixes=("_before", "_after"), indicator=True
    )
    level_b, level_a = merged["level_before"], merged["level_after"]
    same_level = (level_b == level_a).fillna(False) | (level_b.isna() & level_a.isna())
    same = (merged["status_before"] == merged["status_after"]) & same_level
    changed = merged[~same.fillna(False).astype(bool) | (merged["_merge"] != "both")].copy()
    lb = changed["level_before"].astype("float64").fillna(-1)
    la = changed["level_after"].astype("float64").fillna(-1)
    change = pd.Series("status", index=changed.index, dtype=object)
    change[la > lb] = "up"
    change[la < lb] = "down"
    change[changed["_merge"] == "right_only"] = "new"
    change[changed["_merge"] == "left_only"] = "gone"
    out = pd.DataFrame(
        {
            "org_code": changed["org_code"],
            "org_name": changed["org_name_after"].fillna(changed["org_name_before"]),
            "org_type": changed["org_type_after"].fillna(changed["org_type_before"]),
            "product_key": changed["product_key"],
            "product_name": product_names(
                changed["product_key"],
                pd.concat([now.run.products, then.run.products]).drop_duplicates("product_key"),
            ),
            "change": change,
        }
    )
    for name in ("status", "level", "level_strict", "route_url", "evidence", "rules_version",
                 "overridden"):  # fmt: skip
        for side in ("before", "after"):
            out[f"{name}_{side}"] = changed[f"{name}_{side}"]
    for side in ("before", "after"):
        out[f"overridden_{side}"] = out[f"overridden_{side}"].fillna(False).astype(bool)
        for name in ("status", "route_url", "evidence", "rules_version"):
            out[f"{name}_{side}"] = out[f"{name}_{side}"].fillna("")
    out = _order_after_then_before(out, now.verdicts, then.verdicts, keys)
    return out.reset_index(drop=True)


def compare_tables(now: ScoreTables, then: ScoreTables) -> dict[str, pd.DataFrame]:
    """The `changes_*` tables of `now` against the earlier run `then`."""
    org_now, org_then = now.tables["scores_organisations"], then.tables["scores_organisations"]
    orgs = _before_after(org_now, org_then, ["org_code"], {"n_counted": "n_counted"})
    names = pd.concat([org_now, org_then]).drop_duplicates("org_code").set_index("org_code")
    orgs.insert(1, "org_name", orgs["org_code"].map(names["org_name"]))
    orgs.insert(2, "org_type", orgs["org_code"].map(names["org_type"]))
    verdicts = verdict_changes(now, then)
    changed = verdicts.groupby("org_code").size()
    orgs["n_verdicts_changed"] = orgs["org_code"].map(changed).fillna(0).astype("int64")
    orgs = _order_after_then_before(orgs, org_now, org_then, ["org_code"])

    t_now, t_then = now.tables["scores_types"], then.tables["scores_types"]
    types = _before_after(t_now, t_then, ["org_type"], {"n_organisations": "n_organisations"})
    types = _order_after_then_before(types, t_now, t_then, ["org_type"])

    p_now, p_then = now.tables["scores_products"], then.tables["scores_products"]
    keys = ["org_type", "product_key"]
    products = _before_after(p_now, p_then, keys, {"n_organisations": "n_organisations"})
    both = pd.concat([p_now, p_then]).drop_duplicates("product_key")
    pnames = dict(zip(both["product_key"], both["product_name"], strict=True))
    products.insert(2, "product_name", products["product_key"].map(pnames))
    products = _order_after_then_before(products, p_now, p_then, keys)
    return {
        "changes_organisations": orgs.reset_index(drop=True),
        "changes_types": types.reset_index(drop=True),
        "changes_products": products.reset_index(drop=True),
        "changes_verdicts": verdicts,
    }
