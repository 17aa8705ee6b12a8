"""Lists derived from the organisation scores and the verdicts: size classes, top and
bottom 10 per type, the not-found/unreachable cases for review, and the verdicts as
scored."""

from __future__ import annotations

import json

import pandas as pd

from digimeter.core.model import ORG_TYPES
from scoring.aggregate import SIZE_CLASSES, product_names

TOP_N = 10
#: A type with at most this many scored organisations gets one ranking (`all`), since its
#: top and bottom lists would share organisations.
ONE_LIST_MAX = 2 * TOP_N


def size_class_scores(orgs: pd.DataFrame, cells: pd.DataFrame) -> pd.DataFrame:
    """Per organisation type x size class, over organisations with a number of inhabitants.

    Empty (no rows) when no organisation has inhabitants.
    """
    with_size = orgs[orgs["size_class"] != ""]
    overridden = cells.groupby("org_code")["overridden"].sum()
    counted = cells[cells["counted"]]
    rows = []
    for org_type in ORG_TYPES:
        of_type = with_size[with_size["org_type"] == org_type]
        if of_type.empty:
            continue
        for label, start, end in SIZE_CLASSES:
            part = of_type[of_type["size_class"] == label]
            maturity = part["maturity"].dropna()
            rows.append(
                {
                    "org_type": org_type,
                    "size_class": label,
                    "inhabitants_from": start,
                    "inhabitants_to": end,
                    "n_organisations": len(maturity),
                    "n_organisations_listed": len(part),
                    "n_products": int(
                        counted.loc[
                            counted["org_code"].isin(part["org_code"]), "product_key"
                        ].nunique()
                    ),
                    "n_counted": int(part["n_counted"].sum()),
                    "maturity": maturity.mean(),
                    "maturity_median": maturity.median(),
                    "maturity_min": maturity.min(),
                    "maturity_max": maturity.max(),
                    "availability": part["availability"].mean(),
                    "availability_67": part["availability_67"].mean(),
                    "maturity_burger": part["maturity_burger"].mean(),
                    "maturity_ondernemer": part["maturity_ondernemer"].mean(),
                    "maturity_strict": part["maturity_strict"].mean(),
                    "score_eu": part["score_eu"].mean(),
                    "n_overridden": int(overridden.reindex(part["org_code"]).fillna(0).sum()),
                }
            )
    return pd.DataFrame(rows)


def top_bottom(orgs: pd.DataFrame, n: int = TOP_N) -> pd.DataFrame:
    """Top and bottom `n` organisations per type by maturity; a type with at most `2 n`
    scored organisations gets one list, `all`, of every organisation (highest first).

    Ties are broken by availability, then availability_67, then name, so the lists are
    stable; `rank_in_type` shows shared ranks.
    """
    scored = orgs[orgs["maturity"].notna()]
    columns = ["org_code", "org_name", "maturity", "availability", "availability_67",
               "n_counted", "rank_in_type"]  # fmt: skip
    parts = []
    for org_type in ORG_TYPES:
        of_type = scored[scored["org_type"] == org_type]
        if of_type.empty:
            continue
        keys = ["maturity", "availability", "availability_67", "org_name"]
        ranked = of_type.sort_values(keys, ascending=[False, False, False, True])
        if len(of_type) <= 2 * n:
            lists = [("all", ranked)]
        else:
            bottom = of_type.sort_values(keys, ascending=[True, True, True, True]).head(n)
            lists = [("top", ranked.head(n)), ("bottom", bottom)]
        for name, part in lists:
            block = part[columns].copy()
            block.insert(0, "position", range(1, len(block) + 1))
            block.insert(0, "list", name)
            block.insert(0, "org_type", org_type)
            parts.append(block)
    if not parts:
        return pd.DataFrame(columns=["org_type", "list", "position", *columns])
    return pd.concat(parts, ignore_index=True)


def evidence_items(evidence: str) -> list[dict[str, object]]:
    """The evidence items of a verdict (its JSON list of {url, rule, snippet}); [] if none."""
    try:
        items = json.loads(evidence) if evidence else []
    except json.JSONDecodeError:
        return []
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def evidence_url(route_url: str, product_url: str, evidence: str) -> str:
    """Where to see a verdict's evidence: its route, else its product page, else the URL
    of its first evidence item."""
    if route_url or product_url:
        return route_url or product_url
    items = evidence_items(evidence)
    return str(items[0].get("url", "")) if items else ""


def _reason(evidence: str) -> str:
    """A readable summary of a verdict's evidence: `rule: snippet` pairs."""
    try:
        items = json.loads(evidence) if evidence else []
    except json.JSONDecodeError:
        return evidence
    if not isinstance(items, list):
        return str(items)
    parts = []
    for item in items:
        if isinstance(item, dict):
            rule, snippet = item.get("rule", ""), item.get("snippet", "")
            parts.append(f"{rule}: {snippet}" if snippet else str(rule))
    return "; ".join(p for p in parts if p)


def verdicts_scored(
    verdicts: pd.DataFrame, counted: pd.Series, products: pd.DataFrame
) -> pd.DataFrame:
    """Every verdict after the overrides, with its product name, whether it counts, its
    evidence URL and a readable reason (the columns of `verdicts_scored` and
    `not_found_unreachable`)."""
    text = verdicts[["route_url", "product_url", "evidence"]].fillna("")
    urls = [
        evidence_url(r, p, e)
        for r, p, e in zip(text["route_url"], text["product_url"], text["evidence"], strict=True)
    ]
    return pd.DataFrame(
        {
            "org_code": verdicts["org_code"],
            "org_name": verdicts["org_name"],
            "org_type": verdicts["org_type"],
            "product_key": verdicts["product_key"],
            "product_name": product_names(verdicts["product_key"], products),
            "audience": verdicts["audience"],
            "status": verdicts["status"],
            "level": verdicts["level"],
            "level_strict": verdicts["level_strict"],
            "counted": counted.astype(bool),
            "overridden": verdicts["overridden"].astype(bool),
            "product_url": verdicts["product_url"],
            "route_url": verdicts["route_url"],
            "via": verdicts["via"],
            "evidence_url": urls,
            "reason": verdicts["evidence"].map(_reason),
            "evidence": verdicts["evidence"],
            "rules_version": verdicts["rules_version"],
        }
    ).reset_index(drop=True)


def not_found_unreachable(scored: pd.DataFrame) -> pd.DataFrame:
    """Every not_found and unreachable verdict of `verdicts_scored`, for review."""
    return scored[scored["status"].isin(("not_found", "unreachable"))].reset_index(drop=True)
