"""The sections of report.html: headline, audiences, products, conventions, size classes,
rankings, all organisations, changes and the review list (HTML strings)."""

from __future__ import annotations

from html import escape

import pandas as pd

from scoring.charts import dumbbell_chart, grouped_bars, histogram, level_mix_chart
from scoring.compute import ScoreTables
from scoring.htmlparts import card, figure, filter_box, table
from scoring.svg import pct

TYPE_LABELS = {
    "gemeente": "Municipalities",
    "provincie": "Provinces",
    "waterschap": "Water authorities",
    "rijk": "National bodies",
    "all": "All government",
}
REVIEW_LIMIT = 3000
CHANGES_LIMIT = 1000


def type_label(org_type: str) -> str:
    return TYPE_LABELS.get(org_type, org_type)


def with_type_labels(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.assign(type_label=frame["org_type"].map(type_label))


def headline_section(scores: ScoreTables) -> str:
    types = scores.tables["scores_types"]
    total = types[types["org_type"] == "all"].iloc[0]
    n = f"{total['n_organisations']} organisations, {total['n_products']} products"
    cards = '<div class="cards">' + "".join(
        [
            card("Maturity, all government", pct(total["maturity"]), n),
            card("Availability (level ≥ 33)", pct(total["availability"]), n),
            card("Availability (level ≥ 67)", pct(total["availability_67"]), n),
            card("Verdicts counted", f"{total['n_counted']:,}".replace(",", " "),
                 f"{total['n_not_found']} not found, {total['n_unreachable']} unreachable"),
        ]
    ) + "</div>"  # fmt: skip
    columns = [
        ("type_label", "Type", "text"),
        ("n_organisations", "Orgs", "int"),
        ("n_products", "Products", "int"),
        ("n_counted", "Cells", "int"),
        ("maturity", "Maturity", "pct"),
        ("availability", "Avail. ≥33", "pct"),
        ("availability_67", "Avail. ≥67", "pct"),
        ("maturity_median", "Median", "pct"),
        ("maturity_q1", "Q1", "pct"),
        ("maturity_q3", "Q3", "pct"),
        ("maturity_min", "Min", "pct"),
        ("maturity_max", "Max", "pct"),
        ("maturity_pooled", "Pooled", "pct"),
    ]
    note = (
        '<p class="note">Maturity and availability of a type are the unweighted mean of its '
        "organisation scores; median, quartiles (Q1, Q3), min and max describe the spread of "
        "organisation maturity; cells are the organisation x product verdicts counted, and "
        "pooled is the mean level over those cells.</p>"
    )
    marked = types.assign(
        type_label=types["org_type"].map(type_label)
        + types["n_overridden"].map(lambda n: " †" if n else "")
    )
    review = (
        f'<p class="note" id="review-note">{escape(scores.review.sentence())} '
        + ("Figures marked † include reviewer overrides. " if total["n_overridden"] else "")
        + " ".join(escape(line) for line in scores.review.accuracy_lines())
        + "</p>"
    )
    return cards + table(
        marked, columns, table_id="t-types", total_row=lambda r: r["org_type"] == "all",
    ) + review + note  # fmt: skip


def audiences_section(scores: ScoreTables) -> str:
    aud = scores.tables["scores_audiences"]
    scopes = list(dict.fromkeys(aud["org_type"]))
    groups, notes, av_groups = [], [], []
    for scope in scopes:
        part = aud[aud["org_type"] == scope].set_index("audience")
        groups.append(
            (type_label(scope), [part.at[a, "maturity"] for a in ("burger", "ondernemer")])
        )
        av_groups.append(
            (type_label(scope), [part.at[a, "availability"] for a in ("burger", "ondernemer")])
        )
        notes.append([f"n = {part.at[a, 'n_organisations']}" for a in ("burger", "ondernemer")])
    series = ["citizens (burger)", "businesses (ondernemer)"]
    charts = figure(
        grouped_bars(groups, series, title="Maturity: citizens versus businesses", notes=notes),
        "Maturity per audience: mean of the organisations' audience scores.",
    ) + figure(
        grouped_bars(av_groups, series, title="Availability: citizens versus businesses",
                     notes=notes),
        "Availability (level ≥ 33) per audience.",
    )  # fmt: skip
    columns = [
        ("type_label", "Organisation type", "text"), ("audience", "Audience", "text"),
        ("n_organisations", "Organisations", "int"), ("n_products", "Products", "int"),
        ("maturity", "Maturity", "pct"), ("maturity_median", "Median", "pct"),
        ("availability", "Avail. ≥33", "pct"), ("availability_67", "Avail. ≥67", "pct"),
        ("maturity_strict", "Strict", "pct"), ("score_eu", "EU scale", "pct"),
    ]  # fmt: skip
    return charts + table(with_type_labels(aud), columns, table_id="t-audiences")


def products_section(scores: ScoreTables) -> str:
    products = scores.tables["scores_products"]
    parts = []
    for org_type in dict.fromkeys(products["org_type"]):
        part = products[products["org_type"] == org_type]
        n_orgs = int(part["n_organisations"].max()) if len(part) else 0
        parts.append(f"<h3>{escape(type_label(org_type))}</h3>")
        parts.append(
            figure(
                level_mix_chart(part, f"Level mix per product: {type_label(org_type)}"),
                f"Share of each level per product over up to {n_orgs} organisations "
                "(counted verdicts), highest maturity first; the figure on the right is the "
                "product's maturity.",
            )
        )
    columns = [
        ("type_label", "Type", "text"), ("product_name", "Product", "text"),
        ("audience", "Audience", "text"), ("n_organisations", "Organisations", "int"),
        ("maturity", "Maturity", "pct"), ("availability", "Avail. ≥33", "pct"),
        ("availability_67", "Avail. ≥67", "pct"),
        ("share_not_found", "Not found", "pct"), ("share_level_0", "0", "pct"),
        ("share_level_33", "33", "pct"), ("share_level_67", "67", "pct"),
        ("share_level_100", "100", "pct"), ("n_not_offered", "Not offered", "int"),
        ("n_unreachable", "Unreachable", "int"),
    ]  # fmt: skip
    parts.append("<h3>All products</h3>" + filter_box("t-products", "Filter products…"))
    parts.append(table(with_type_labels(products), columns, table_id="t-products"))
    return "".join(parts)


def conventions_section(scores: ScoreTables) -> str:
    types = scores.tables["scores_types"]
    groups = [
        (type_label(r.org_type), [r.maturity, r.maturity_strict, r.score_eu])
        for r in types.itertuples()
    ]
    series = ["authenticated (default)", "strict", "EU scale"]
    return figure(
        grouped_bars(groups, series, title="Maturity under the three conventions"),
        "Authenticated: an authenticated form counts as 100. Strict: 100 only with explicit "
        "pre-fill evidence. EU: not found 0, information online 50, fully online 100.",
    )


def sizes_section(scores: ScoreTables) -> str:
    sizes = scores.tables["scores_size_classes"]
    if sizes.empty:
        return (
            '<p class="note">The organisation list has no <code>inhabitants</code> column (or '
            "no values), so there are no size classes. Add an <code>inhabitants</code> column "
            "to the organisation list to get them.</p>"
        )
    groups = [
        (f"{type_label(r.org_type)} {r.size_class}", [r.maturity, r.availability])
        for r in sizes.itertuples()
    ]
    notes = [[f"n = {r.n_organisations}"] * 2 for r in sizes.itertuples()]
    columns = [
        ("type_label", "Type", "text"), ("size_class", "Inhabitants", "text"),
        ("n_organisations", "Organisations", "int"), ("maturity", "Maturity", "pct"),
        ("maturity_median", "Median", "pct"), ("maturity_min", "Min", "pct"),
        ("maturity_max", "Max", "pct"), ("availability", "Avail. ≥33", "pct"),
        ("availability_67", "Avail. ≥67", "pct"),
        ("maturity_burger", "Citizens", "pct"), ("maturity_ondernemer", "Businesses", "pct"),
    ]  # fmt: skip
    return figure(
        grouped_bars(groups, ["maturity", "availability ≥ 33"],
                     title="Maturity and availability per size class", notes=notes),
        "Mean organisation scores per size class (number of inhabitants).",
    ) + table(with_type_labels(sizes), columns, table_id="t-sizes")  # fmt: skip


def rankings_section(scores: ScoreTables) -> str:
    tb = scores.tables["top_bottom"]
    columns = [
        ("position", "#", "int"), ("org_name", "Organisation", "text"),
        ("maturity", "Maturity", "pct"), ("availability", "≥33", "pct"),
        ("availability_67", "≥67", "pct"), ("n_counted", "Products", "int"),
    ]  # fmt: skip
    parts = []
    for org_type in dict.fromkeys(tb["org_type"]):
        part = tb[tb["org_type"] == org_type]
        parts.append(f'<h3>{escape(type_label(org_type))}</h3><div class="grid2">')
        for name, title in (("top", "Top 10"), ("bottom", "Bottom 10")):
            block = part[part["list"] == name]
            parts.append(f"<div><h4>{title}</h4>{table(block, columns)}</div>")
        parts.append("</div>")
    return "".join(parts) or '<p class="note">No organisation has a score.</p>'


def organisations_section(scores: ScoreTables) -> str:
    columns = [
        ("org_code", "Code", "text"), ("org_name", "Organisation", "text"),
        ("type_label", "Type", "text"), ("maturity", "Maturity", "pct"),
        ("availability", "Avail. ≥33", "pct"), ("availability_67", "Avail. ≥67", "pct"),
        ("maturity_burger", "Citizens", "pct"), ("maturity_ondernemer", "Businesses", "pct"),
        ("maturity_strict", "Strict", "pct"), ("score_eu", "EU", "pct"),
        ("n_counted", "Counted", "int"), ("n_not_found", "Not found", "int"),
        ("n_not_offered", "Not offered", "int"), ("n_unreachable", "Unreachable", "int"),
        ("rank_in_type", "Rank in type", "int"),
    ]  # fmt: skip
    return filter_box("t-organisations", "Filter organisations…") + table(
        with_type_labels(scores.tables["scores_organisations"]), columns, table_id="t-organisations"
    )


def review_section(scores: ScoreTables) -> str:
    review = scores.tables["not_found_unreachable"]
    if review.empty:
        return '<p class="note">No verdict is not_found or unreachable.</p>'
    columns = [
        ("org_name", "Organisation", "text"), ("type_label", "Type", "text"),
        ("product_name", "Product", "text"), ("status", "Status", "text"),
        ("counted", "Counted as 0", "bool"), ("reason", "Reason / evidence", "text"),
        ("product_url", "Product page", "code"),
    ]  # fmt: skip
    counts = review["status"].value_counts()
    intro = (
        f"<p>{counts.get('not_found', 0)} not found and {counts.get('unreachable', 0)} "
        "unreachable verdicts. Check them before publishing: a product page the crawler "
        "missed lowers the organisation's score when not_found counts as 0.</p>"
    )
    return (
        intro
        + filter_box("t-review", "Filter cases…")
        + table(with_type_labels(review), columns, table_id="t-review", limit=REVIEW_LIMIT)
    )


def changes_section(
    scores: ScoreTables, compared: ScoreTables, changes: dict[str, pd.DataFrame]
) -> str:
    types = changes["changes_types"]
    rows = [
        (type_label(r.org_type), r.maturity_before, r.maturity_after) for r in types.itertuples()
    ]
    orgs = changes["changes_organisations"]
    deltas = orgs["maturity_change"].dropna().tolist()
    parts = [
        f"<p>Compared with run <strong>{escape(compared.run.run_id)}</strong>. Both runs are "
        "scored the same way, each with its own review overrides.</p>",
        *(
            f'<p class="note">Municipal merger: {escape(note)}.</p>'
            for note in compared.run.merger_notes
        ),
        figure(
            dumbbell_chart(rows, title="Maturity per type: earlier run and this run"),
            "Mean organisation maturity per type in both runs.",
        ),
        figure(
            histogram(
                deltas,
                lo=-50,
                hi=50,
                step=5,
                title="Change in organisation maturity",
                xlabel="change in maturity (percentage points)",
            ),
            f"Change per organisation ({len(deltas)} organisations scored in both runs).",
        ),
    ]
    type_columns = [
        ("type_label", "Type", "text"), ("maturity_before", "Maturity before", "pct"),
        ("maturity_after", "after", "pct"), ("maturity_change", "change (pp)", "pp"),
        ("availability_before", "Availability before", "pct"),
        ("availability_after", "after", "pct"), ("availability_change", "change (pp)", "pp"),
    ]  # fmt: skip
    parts.append(table(with_type_labels(types), type_columns, table_id="t-change-types"))
    org_columns = [
        ("org_name", "Organisation", "text"), ("type_label", "Type", "text"),
        ("maturity_before", "Maturity before", "pct"), ("maturity_after", "after", "pct"),
        ("maturity_change", "change (pp)", "pp"), ("n_verdicts_changed", "Verdicts changed", "int"),
    ]  # fmt: skip
    movers = orgs.sort_values("maturity_change", key=lambda s: s.abs(), ascending=False)
    parts.append("<h3>Organisations</h3>" + filter_box("t-change-orgs", "Filter…"))
    parts.append(table(with_type_labels(movers), org_columns, table_id="t-change-orgs"))
    verdicts = changes["changes_verdicts"]
    v_columns = [
        ("org_name", "Organisation", "text"), ("product_key", "Product", "text"),
        ("change", "Change", "text"), ("status_before", "Status before", "text"),
        ("status_after", "after", "text"), ("level_before", "Level before", "int"),
        ("level_after", "after", "int"), ("route_url_after", "Route now", "code"),
    ]  # fmt: skip
    parts.append(f"<h3>Verdicts that changed ({len(verdicts)})</h3>")
    parts.append(
        '<p class="note">The evidence of both runs is in <code>changes_verdicts.csv</code>.</p>'
    )
    parts.append(filter_box("t-change-verdicts", "Filter…"))
    parts.append(table(verdicts, v_columns, table_id="t-change-verdicts", limit=CHANGES_LIMIT))
    return "".join(parts)
