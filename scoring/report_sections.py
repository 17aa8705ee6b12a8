"""What the first sections of report.html show (headline, spread, audiences, products,
conventions, size classes), as data for their templates in `scoring/templates/report/`.
The lists (rankings, all organisations, review, changes) are in `scoring.report_lists`."""

from __future__ import annotations

from typing import Any

import pandas as pd

from digimeter.core.model import ORG_TYPES
from scoring.aggregate import SIZE_CLASSES
from scoring.charts import Chart, distribution_chart, grouped_bars, level_mix_chart
from scoring.compute import ScoreTables
from scoring.i18n import Messages
from scoring.reporttables import build_table

AUDIENCES = ("burger", "ondernemer")


def figure(chart: Chart, caption: str) -> dict[str, Any]:
    """A chart with its caption and its data as a table (the template `figure` macro)."""
    return {"svg": chart.svg, "caption": caption, "data": chart.data}


def type_label(org_type: str, m: Messages) -> str:
    return m.t(f"org_type.{org_type}") if m.has(f"org_type.{org_type}") else org_type


def size_label(label: str, m: Messages) -> str:
    """A size class in the language's notation ('20.000 – 50.000' in Dutch)."""
    for name, start, end in SIZE_CLASSES:
        if name == label:
            if start == 0:
                return m.t("sizes.below", to=m.integer(end))
            if end is None:
                return m.t("sizes.above", from_=m.integer(start))
            return m.t("sizes.between", from_=m.integer(start), to=m.integer(end))
    return label


def headline(
    scores: ScoreTables, m: Messages, changes: dict[str, pd.DataFrame], earlier: str
) -> dict[str, Any]:
    types = scores.tables["scores_types"]
    total = types[types["org_type"] == "all"].iloc[0]
    n = m.t("headline.n", orgs=m.integer(total["n_organisations"]),
            products=m.integer(total["n_products"]))  # fmt: skip
    before = changes["changes_types"].set_index("org_type") if "changes_types" in changes else None

    def change(metric: str) -> str:
        if before is None or "all" not in before.index:
            return ""
        row = before.loc["all"]
        return m.t(
            "headline.change", change=m.pp(row[f"{metric}_change"]),
            before=m.pct(row[f"{metric}_before"]),
        )  # fmt: skip

    cards = [
        (m.t("headline.maturity"), m.pct(total["maturity"]), n, change("maturity")),
        (m.t("headline.availability"), m.pct(total["availability"]), n, change("availability")),
        (m.t("headline.availability_67"), m.pct(total["availability_67"]), n,
         change("availability_67")),
        (m.t("headline.counted"), m.integer(total["n_counted"]),
         m.t("headline.counted_note", not_found=m.integer(total["n_not_found"]),
             unreachable=m.integer(total["n_unreachable"])), ""),
    ]  # fmt: skip
    columns = [
        ("type_label", "col.type", "text"), ("n_organisations", "col.orgs", "int"),
        ("n_products", "col.products", "int"), ("n_counted", "col.cells", "int"),
        ("maturity", "col.maturity", "pct"),
    ]  # fmt: skip
    frame = types.assign(
        type_label=[type_label(t, m) + (" †" if o else "")
                    for t, o in zip(types["org_type"], types["n_overridden"], strict=True)]
    )  # fmt: skip
    if before is not None:
        frame = frame.merge(
            before[["maturity_change", "availability_change"]].reset_index(),
            on="org_type", how="left",
        )  # fmt: skip
        columns.append(("maturity_change", "col.change_pp", "pp"))
    columns.append(("availability", "col.availability", "pct"))
    if before is not None:
        columns.append(("availability_change", "col.change_pp", "pp"))
    columns += [
        ("availability_67", "col.availability_67", "pct"),
        ("maturity_median", "col.median", "pct"), ("maturity_q1", "col.q1", "pct"),
        ("maturity_q3", "col.q3", "pct"), ("maturity_min", "col.min", "pct"),
        ("maturity_max", "col.max", "pct"), ("maturity_pooled", "col.pooled", "pct"),
    ]  # fmt: skip
    review = [scores.review.sentence(m)]
    if total["n_overridden"]:
        review.append(m.t("headline.overridden"))
    review += scores.review.accuracy_lines(m)
    return {
        "warnings": [note.text(m) for note in scores.run.notes],
        "cards": cards,
        "table": build_table(
            frame,
            columns,
            m,
            ident="t-types",
            caption=m.t("headline.caption"),
            total_row=lambda r: r["org_type"] == "all",
        ),
        "review": " ".join(review),
        "note": m.t("headline.note"),
        "change_note": m.t("headline.change_note", run=earlier) if before is not None else "",
    }


def distribution(scores: ScoreTables, m: Messages) -> dict[str, Any]:
    chart = distribution_chart(scores.tables["scores_organisations"], ORG_TYPES, m)
    return {"figure": figure(chart, m.t("distribution.caption"))}


def audiences(scores: ScoreTables, m: Messages) -> dict[str, Any]:
    aud = scores.tables["scores_audiences"]
    series = [m.t(f"audience.{a}") for a in AUDIENCES]
    groups: dict[str, list[tuple[str, list[float]]]] = {"maturity": [], "availability": []}
    notes = []
    for scope in dict.fromkeys(aud["org_type"]):
        part = aud[aud["org_type"] == scope].set_index("audience")
        for metric, rows in groups.items():
            rows.append((type_label(scope, m), [part.at[a, metric] for a in AUDIENCES]))
        notes.append([m.t("chart.n", n=part.at[a, "n_organisations"]) for a in AUDIENCES])
    figures = [
        figure(grouped_bars(groups[metric], series, m, title=m.t(f"audiences.{metric}_title"),
                            notes=notes), m.t(f"audiences.{metric}_caption"))
        for metric in groups
    ]  # fmt: skip
    columns = [
        ("org_type", "col.org_type", "org_type"), ("audience", "col.audience", "audience"),
        ("n_organisations", "col.organisations", "int"), ("n_products", "col.products", "int"),
        ("maturity", "col.maturity", "pct"), ("maturity_median", "col.median", "pct"),
        ("availability", "col.availability", "pct"),
        ("availability_67", "col.availability_67", "pct"),
        ("maturity_strict", "col.strict", "pct"), ("score_eu", "col.eu_scale", "pct"),
    ]  # fmt: skip
    table = build_table(aud, columns, m, ident="t-audiences", caption=m.t("audiences.caption"))
    return {"figures": figures, "table": table}


def products(scores: ScoreTables, m: Messages) -> dict[str, Any]:
    table = scores.tables["scores_products"]
    parts = []
    for org_type in dict.fromkeys(table["org_type"]):
        part = table[table["org_type"] == org_type]
        n_orgs = int(part["n_organisations"].max()) if len(part) else 0
        label = type_label(org_type, m)
        chart = level_mix_chart(part, m.t("products.title", type=label), m)
        parts.append((label, figure(chart, m.t("products.caption", n=n_orgs))))
    columns = [
        ("org_type", "col.type", "org_type"), ("product_name", "col.product", "product"),
        ("audience", "col.audience", "audience"),
        ("n_organisations", "col.organisations", "int"), ("maturity", "col.maturity", "pct"),
        ("availability", "col.availability", "pct"),
        ("availability_67", "col.availability_67", "pct"),
        ("share_not_found", "col.not_found", "pct"), ("share_level_0", "col.level_0", "pct"),
        ("share_level_33", "col.level_33", "pct"), ("share_level_67", "col.level_67", "pct"),
        ("share_level_100", "col.level_100", "pct"),
        ("n_not_offered", "col.not_offered", "int"), ("n_unreachable", "col.unreachable", "int"),
    ]  # fmt: skip
    return {
        "types": parts,
        "table": build_table(
            table,
            columns,
            m,
            ident="t-products",
            caption=m.t("products.all"),
            filter_placeholder=m.t("products.filter"),
        ),
    }


def conventions(scores: ScoreTables, m: Messages) -> dict[str, Any]:
    types = scores.tables["scores_types"]
    groups = [
        (type_label(r.org_type, m), [r.maturity, r.maturity_strict, r.score_eu])
        for r in types.itertuples()
    ]
    series = [m.t(f"conventions.{k}") for k in ("authenticated", "strict", "eu")]
    chart = grouped_bars(groups, series, m, title=m.t("conventions.title"))
    return {"figure": figure(chart, m.t("conventions.caption"))}


def sizes(scores: ScoreTables, m: Messages) -> dict[str, Any]:
    table = scores.tables["scores_size_classes"]
    if table.empty:
        return {"none": m.html("sizes.none_html")}
    table = table.assign(size_label=[size_label(s, m) for s in table["size_class"]])
    groups = [
        (m.t("sizes.group", type=type_label(r.org_type, m), size_class=r.size_label),
         [r.maturity, r.availability])
        for r in table.itertuples()
    ]  # fmt: skip
    notes = [[m.t("chart.n", n=r.n_organisations)] * 2 for r in table.itertuples()]
    series = [m.t("sizes.maturity"), m.t("sizes.availability")]
    chart = grouped_bars(groups, series, m, title=m.t("sizes.title"), notes=notes)
    columns = [
        ("org_type", "col.type", "org_type"), ("size_label", "col.inhabitants", "text"),
        ("n_organisations", "col.organisations", "int"), ("maturity", "col.maturity", "pct"),
        ("maturity_median", "col.median", "pct"), ("maturity_min", "col.min", "pct"),
        ("maturity_max", "col.max", "pct"), ("availability", "col.availability", "pct"),
        ("availability_67", "col.availability_67", "pct"),
        ("maturity_burger", "col.citizens", "pct"),
        ("maturity_ondernemer", "col.businesses", "pct"),
    ]  # fmt: skip
    return {
        "figure": figure(chart, m.t("sizes.caption")),
        "table": build_table(table, columns, m, ident="t-sizes", caption=m.t("sizes.title")),
    }
