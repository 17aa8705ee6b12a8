"""Aggregate cells into scores per organisation, per type, per audience and per product.

Averaging order, as the official reports did: an organisation's score is the mean over its
counted products; a type's score is the unweighted mean of its organisations' scores
(`all` = the unweighted mean over every organisation). The pooled mean over all
organisation x product cells is given beside it (`*_pooled`). Figures stay unrounded here;
exports round them.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
import pandas as pd

from digimeter.core.model import ORG_TYPES
from scoring.cells import AUDIENCE_NAMES, VALUES

ALL = "all"
STATUS_COUNTS = {"n_not_found": "not_found", "n_not_offered": "not_offered",
                 "n_unreachable": "unreachable"}  # fmt: skip


def _status_counts(cells: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    flags = pd.DataFrame(
        {name: cells["status"] == status for name, status in STATUS_COUNTS.items()}
    )
    flags[by] = cells[by]
    flags["n_ok"] = cells["status"] == "ok"
    flags["n_overridden"] = cells["overridden"]
    return flags.groupby(by, sort=False).sum()


def organisation_scores(cells: pd.DataFrame, organisations: pd.DataFrame) -> pd.DataFrame:
    """One row per listed organisation (and any only in the verdicts), list order kept."""
    value_columns = [*VALUES, *(f"{v}_{a}" for v in VALUES for a in AUDIENCE_NAMES)]
    means = cells.groupby("org_code", sort=False)[value_columns].mean()
    counts = (
        pd.DataFrame(
            {
                "org_code": cells["org_code"],
                "n_counted": cells["counted"],
                "n_counted_burger": cells["counted_burger"],
                "n_counted_ondernemer": cells["counted_ondernemer"],
                "n_products": True,
            }
        )
        .groupby("org_code", sort=False)
        .sum()
    )
    counts = counts.join(_status_counts(cells, ["org_code"]))
    orgs = organisations.set_index("org_code")
    table = orgs.join(means).join(counts)
    count_columns = [*counts.columns]
    table[count_columns] = table[count_columns].fillna(0).astype("int64")
    table["rank_in_type"] = (
        table.groupby("org_type")["maturity"].rank(method="min", ascending=False).astype("Int64")
    )
    table["size_class"] = size_class_labels(table["inhabitants"])
    return table.reset_index()


def _spread(values: pd.Series, prefix: str) -> dict[str, float]:
    v = values.dropna()
    if v.empty:
        return {f"{prefix}{s}": np.nan for s in ("_median", "_q1", "_q3", "_min", "_max")}
    return {
        f"{prefix}_median": float(v.median()),
        f"{prefix}_q1": float(v.quantile(0.25)),
        f"{prefix}_q3": float(v.quantile(0.75)),
        f"{prefix}_min": float(v.min()),
        f"{prefix}_max": float(v.max()),
    }


def scopes(frame: pd.DataFrame) -> list[tuple[str, pd.Series]]:
    """(scope name, row mask) for every organisation type present, then `all`."""
    present = [t for t in ORG_TYPES if (frame["org_type"] == t).any()]
    out = [(t, frame["org_type"] == t) for t in present]
    out.append((ALL, pd.Series(True, index=frame.index)))
    return out


def _scope_parts(
    orgs: pd.DataFrame, cells: pd.DataFrame
) -> Iterator[tuple[str, pd.DataFrame, pd.DataFrame]]:
    """(scope, its organisations, its cells) for every scope of the organisations."""
    cell_scopes = dict(scopes(cells))
    for scope, mask in scopes(orgs):
        cmask = cell_scopes.get(scope, pd.Series(False, index=cells.index))
        yield scope, orgs[mask], cells[cmask]


def type_scores(orgs: pd.DataFrame, cells: pd.DataFrame) -> pd.DataFrame:
    """One row per organisation type, then `all`; spread and pooled figures."""
    rows = []
    for scope, part, cpart in _scope_parts(orgs, cells):
        scored = part["maturity"].notna()
        row: dict[str, object] = {
            "org_type": scope,
            "n_organisations": int(scored.sum()),
            "n_organisations_listed": len(part),
            "n_products": int(cpart.loc[cpart["counted"], "product_key"].nunique()),
            "n_counted": int(cpart["counted"].sum()),
        }
        for metric in ("maturity", "availability"):
            row[metric] = part[metric].mean()
            row.update(_spread(part[metric], metric))
        for metric in ("availability_67", "maturity_burger", "maturity_ondernemer",
                       "maturity_strict", "score_eu"):  # fmt: skip
            row[metric] = part[metric].mean()
        for metric in ("maturity", "availability", "availability_67"):
            row[f"{metric}_pooled"] = cpart[metric].mean()
        for name, status in STATUS_COUNTS.items():
            row[name] = int((cpart["status"] == status).sum())
        row["n_overridden"] = int(cpart["overridden"].sum())
        rows.append(row)
    return pd.DataFrame(rows)


def audience_scores(orgs: pd.DataFrame, cells: pd.DataFrame) -> pd.DataFrame:
    """One row per organisation type (and `all`) x audience."""
    rows = []
    for scope, part, cpart in _scope_parts(orgs, cells):
        for audience in AUDIENCE_NAMES:
            maturity = part[f"maturity_{audience}"]
            member = cpart[cpart[f"counted_{audience}"]]
            row: dict[str, object] = {
                "org_type": scope,
                "audience": audience,
                "n_organisations": int(maturity.notna().sum()),
                "n_products": int(member["product_key"].nunique()),
                "n_counted": len(member),
                "maturity": maturity.mean(),
            }
            row.update(_spread(maturity, "maturity"))
            for metric in ("availability", "availability_67", "maturity_strict", "score_eu"):
                row[metric] = part[f"{metric}_{audience}"].mean()
            for metric in ("maturity", "availability", "availability_67"):
                row[f"{metric}_pooled"] = member[metric].mean()
            row["n_overridden"] = int(cpart.loc[cpart[f"in_{audience}"], "overridden"].sum())
            rows.append(row)
    return pd.DataFrame(rows)


def product_names(keys: pd.Series, products: pd.DataFrame) -> pd.Series:
    """The product name of each key (the key itself for a product not in the list)."""
    names = dict(zip(products["product_key"], products["product_name"], strict=True))
    return keys.map(lambda k: names.get(k, k))


def product_scores(cells: pd.DataFrame, products: pd.DataFrame) -> pd.DataFrame:
    """One row per organisation type x product, products in list order within a type."""
    by = ["org_type", "product_key"]
    grouped = cells.groupby(by, sort=False)
    table = grouped[list(VALUES)].mean()
    table["n_organisations"] = grouped["counted"].sum()
    table["n_verdicts"] = grouped.size()
    table = table.join(_status_counts(cells, by))
    counted = cells[cells["counted"]]
    mix = pd.DataFrame(
        {
            "org_type": counted["org_type"],
            "product_key": counted["product_key"],
            "share_not_found": counted["status"] == "not_found",
            **{
                f"share_level_{lv}": (counted["status"] == "ok") & (counted["level"] == lv)
                for lv in (0, 33, 67, 100)
            },
        }
    )
    shares = mix.groupby(by, sort=False).mean() * 100.0
    table = table.join(shares).reset_index()
    audience = cells.drop_duplicates("product_key").set_index("product_key")["audience"]
    table["audience"] = table["product_key"].map(audience)
    table["product_name"] = product_names(table["product_key"], products)
    table["rank_in_type"] = (
        table.groupby("org_type")["maturity"].rank(method="min", ascending=False).astype("Int64")
    )
    order = {t: i for i, t in enumerate(ORG_TYPES)}
    position = {k: i for i, k in enumerate(products["product_key"])} if len(products) else {}
    first_seen = {k: i for i, k in enumerate(dict.fromkeys(cells["product_key"]))}
    table["_t"] = table["org_type"].map(order)
    table["_p"] = table["product_key"].map(lambda k: position.get(k, 10_000 + first_seen[k]))
    return table.sort_values(["_t", "_p"]).drop(columns=["_t", "_p"]).reset_index(drop=True)


# -- size classes -----------------------------------------------------------------------
#: CBS-like municipality size classes: (label, from inclusive, to exclusive or None).
SIZE_CLASSES: tuple[tuple[str, int, int | None], ...] = (
    ("< 20 000", 0, 20_000),
    ("20 000 – 50 000", 20_000, 50_000),
    ("50 000 – 100 000", 50_000, 100_000),
    ("≥ 100 000", 100_000, None),
)


def _check_size_classes() -> None:
    previous_end: int | None = 0
    for label, start, end in SIZE_CLASSES:
        if start != previous_end or (end is not None and end <= start):
            raise ValueError(f"size class {label!r}: bounds must be contiguous and ascending")
        previous_end = end
    if previous_end is not None:
        raise ValueError("the last size class must be open-ended")


_check_size_classes()


def size_class_labels(inhabitants: pd.Series) -> pd.Series:
    """The size class label of each count of inhabitants ('' when unknown)."""
    bins = [start for _, start, _ in SIZE_CLASSES] + [np.inf]
    labels = [label for label, _, _ in SIZE_CLASSES]
    values = inhabitants.astype("float64")
    classes = pd.cut(values, bins=bins, labels=labels, right=False)
    return classes.astype(object).where(values.notna(), "").astype(object)
