"""What the list sections of report.html show (rankings, all organisations, the review
list, the change since an earlier run), as data for their templates."""

from __future__ import annotations

from typing import Any

import pandas as pd

from digimeter.core.model import ORG_TYPES
from scoring.changecharts import dumbbell_chart, histogram
from scoring.compute import ScoreTables
from scoring.i18n import Messages
from scoring.rankings import ONE_LIST_MAX
from scoring.report_sections import figure, type_label
from scoring.reporttables import build_table

REVIEW_LIMIT = 3000
CHANGES_LIMIT = 1000


def rankings(scores: ScoreTables, m: Messages) -> dict[str, Any]:
    tb = scores.tables["top_bottom"]
    columns = [
        ("position", "col.position", "int"), ("org_name", "col.organisation", "text"),
        ("maturity", "col.maturity", "pct"), ("availability", "col.short_33", "pct"),
        ("availability_67", "col.short_67", "pct"), ("n_counted", "col.products", "int"),
    ]  # fmt: skip
    types = []
    for org_type in [t for t in ORG_TYPES if (tb["org_type"] == t).any()]:
        part = tb[tb["org_type"] == org_type]
        lists = []
        for name in dict.fromkeys(part["list"]):
            block = part[part["list"] == name]
            title = m.t("rankings.all", n=len(block)) if name == "all" else m.t(f"rankings.{name}")
            caption = f"{type_label(org_type, m)}: {title}"
            lists.append((title, build_table(block, columns, m, caption=caption)))
        one = list(part["list"].unique()) == ["all"]
        types.append((type_label(org_type, m), lists, one))
    return {
        "types": types,
        "one_list_note": m.t("rankings.all_note", limit=ONE_LIST_MAX),
        "none": m.t("rankings.none"),
    }


def organisations(scores: ScoreTables, m: Messages) -> dict[str, Any]:
    columns = [
        ("org_code", "col.code", "text"), ("org_name", "col.organisation", "text"),
        ("org_type", "col.type", "org_type"), ("maturity", "col.maturity", "pct"),
        ("availability", "col.availability", "pct"),
        ("availability_67", "col.availability_67", "pct"),
        ("maturity_burger", "col.citizens", "pct"),
        ("maturity_ondernemer", "col.businesses", "pct"),
        ("maturity_strict", "col.strict", "pct"), ("score_eu", "col.eu", "pct"),
        ("n_counted", "col.counted", "int"), ("n_not_found", "col.not_found", "int"),
        ("n_not_offered", "col.not_offered", "int"), ("n_unreachable", "col.unreachable", "int"),
        ("rank_in_type", "col.rank_in_type", "int"),
    ]  # fmt: skip
    table = build_table(
        scores.tables["scores_organisations"], columns, m, ident="t-organisations",
        caption=m.t("organisations.caption"), filter_placeholder=m.t("organisations.filter"),
    )  # fmt: skip
    return {"table": table}


def review(scores: ScoreTables, m: Messages) -> dict[str, Any]:
    cases = scores.tables["not_found_unreachable"]
    if cases.empty:
        return {"none": m.t("review.none")}
    columns = [
        ("org_name", "col.organisation", "text"), ("org_type", "col.type", "org_type"),
        ("product_name", "col.product", "product"), ("status", "col.status", "status"),
        ("counted", "col.counted_as_zero", "bool"), ("reason", "col.reason", "text"),
        ("product_url", "col.product_page", "code"),
    ]  # fmt: skip
    counts = cases["status"].value_counts()
    intro = m.t("review.intro", not_found=m.integer(counts.get("not_found", 0)),
                unreachable=m.integer(counts.get("unreachable", 0)))  # fmt: skip
    table = build_table(cases, columns, m, ident="t-review", caption=m.t("review.caption"),
                        limit=REVIEW_LIMIT, filter_placeholder=m.t("review.filter"))  # fmt: skip
    return {"intro": intro, "table": table}


def changes(compared: ScoreTables, tables: dict[str, pd.DataFrame], m: Messages) -> dict[str, Any]:
    types = tables["changes_types"]
    rows = [
        (type_label(r.org_type, m), r.maturity_before, r.maturity_after) for r in types.itertuples()
    ]
    orgs = tables["changes_organisations"]
    deltas = orgs["maturity_change"].dropna().tolist()
    figures = [
        figure(dumbbell_chart(rows, m, title=m.t("changes.types_title")),
               m.t("changes.types_caption")),
        figure(histogram(deltas, m, lo=-50, hi=50, step=5, title=m.t("changes.histogram_title"),
                         xlabel=m.t("changes.histogram_axis")),
               m.t("changes.histogram_caption", n=m.integer(len(deltas)))),
    ]  # fmt: skip
    type_columns = [
        ("org_type", "col.type", "org_type"), ("maturity_before", "col.maturity_before", "pct"),
        ("maturity_after", "col.after", "pct"), ("maturity_change", "col.change_pp", "pp"),
        ("availability_before", "col.availability_before", "pct"),
        ("availability_after", "col.after", "pct"),
        ("availability_change", "col.change_pp", "pp"),
    ]  # fmt: skip
    org_columns = [
        ("org_name", "col.organisation", "text"), ("org_type", "col.type", "org_type"),
        ("maturity_before", "col.maturity_before", "pct"), ("maturity_after", "col.after", "pct"),
        ("maturity_change", "col.change_pp", "pp"),
        ("n_verdicts_changed", "col.verdicts_changed", "int"),
    ]  # fmt: skip
    movers = orgs.sort_values("maturity_change", key=lambda s: s.abs(), ascending=False)
    verdicts = tables["changes_verdicts"]
    v_columns = [
        ("org_name", "col.organisation", "text"), ("product_name", "col.product", "product"),
        ("change", "col.change", "change"), ("status_before", "col.status_before", "status"),
        ("status_after", "col.after", "status"), ("level_before", "col.level_before", "int"),
        ("level_after", "col.after", "int"), ("route_url_after", "col.route_now", "code"),
    ]  # fmt: skip
    return {
        "intro": m.html("changes.intro_html", run=compared.run.run_id),
        "mergers": [m.t("changes.merger", note=n.text(m)) for n in compared.run.merger_notes],
        "figures": figures,
        "types": build_table(types, type_columns, m, ident="t-change-types",
                             caption=m.t("changes.types_caption_table")),
        "organisations": build_table(movers, org_columns, m, ident="t-change-orgs",
                                     caption=m.t("changes.organisations"),
                                     filter_placeholder=m.t("changes.filter")),
        "verdicts_title": m.t("changes.verdicts", n=m.integer(len(verdicts))),
        "verdicts_note": m.html("changes.verdicts_note_html"),
        "verdicts": build_table(verdicts, v_columns, m, ident="t-change-verdicts",
                                caption=m.t("changes.verdicts", n=m.integer(len(verdicts))),
                                limit=CHANGES_LIMIT, filter_placeholder=m.t("changes.filter")),
    }  # fmt: skip
