"""`write_report`: the self-contained `report.html` of a run.

One file with inline CSS, inline SVG charts and map, and a little inline JavaScript (sortable
tables, filters); it makes no request and prints on A4 with a print stylesheet.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from pathlib import Path

import pandas as pd

from digimeter.runstore import now_iso
from scoring.charts import (
    distribution_chart,
    dumbbell_chart,
    grouped_bars,
    histogram,
    level_mix_chart,
)
from scoring.compute import ScoreTables
from scoring.exports import atomic_path
from scoring.geomap import MapResult, choropleth, load_areas
from scoring.htmlparts import card, figure, filter_box, page, section, table
from scoring.methodology import methodology_html
from scoring.run import SUMMARY_NAME, output_dir, score_tables_for
from scoring.svg import pct

REPORT_NAME = "report.html"
TYPE_LABELS = {
    "gemeente": "Municipalities",
    "provincie": "Provinces",
    "waterschap": "Water authorities",
    "rijk": "National bodies",
    "all": "All government",
}
REVIEW_LIMIT = 3000
CHANGES_LIMIT = 1000


@dataclass
class ReportResult:
    path: Path
    map: MapResult | None
    size_bytes: int


def _label(org_type: str) -> str:
    return TYPE_LABELS.get(org_type, org_type)


def _with_labels(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.assign(type_label=frame["org_type"].map(_label))


def _headline(scores: ScoreTables) -> str:
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
        ("type_label", "Organisation type", "text"),
        ("n_organisations", "Organisations", "int"),
        ("n_products", "Products", "int"),
        ("n_counted", "Cells counted", "int"),
        ("maturity", "Maturity", "pct"),
        ("availability", "Availability ≥33", "pct"),
        ("availability_67", "Availability ≥67", "pct"),
        ("maturity_median", "Median", "pct"),
        ("maturity_q1", "Q1", "pct"),
        ("maturity_q3", "Q3", "pct"),
        ("maturity_min", "Min", "pct"),
        ("maturity_max", "Max", "pct"),
        ("maturity_pooled", "Pooled maturity", "pct"),
    ]
    note = (
        '<p class="note">Type figures are the unweighted mean of the organisation scores; '
        "median, quartiles, min and max describe their spread; the pooled maturity is the "
        "mean over all organisation x product cells.</p>"
    )
    return cards + table(
        _with_labels(types), columns, table_id="t-types",
        total_row=lambda r: r["org_type"] == "all",
    ) + note  # fmt: skip


def _audiences(scores: ScoreTables) -> str:
    aud = scores.tables["scores_audiences"]
    scopes = list(dict.fromkeys(aud["org_type"]))
    groups, notes, av_groups = [], [], []
    for scope in scopes:
        part = aud[aud["org_type"] == scope].set_index("audience")
        groups.append((_label(scope), [part.at[a, "maturity"] for a in ("burger", "ondernemer")]))
        av_groups.append(
            (_label(scope), [part.at[a, "availability"] for a in ("burger", "ondernemer")])
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
        ("availability", "Availability ≥33", "pct"), ("availability_67", "Availability ≥67", "pct"),
        ("maturity_strict", "Strict", "pct"), ("score_eu", "EU scale", "pct"),
    ]  # fmt: skip
    return charts + table(_with_labels(aud), columns, table_id="t-audiences")


def _products(scores: ScoreTables) -> str:
    products = scores.tables["scores_products"]
    parts = []
    for org_type in dict.fromkeys(products["org_type"]):
        part = products[products["org_type"] == org_type]
        n_orgs = int(part["n_organisations"].max()) if len(part) else 0
        parts.append(f"<h3>{escape(_label(org_type))}</h3>")
        parts.append(
            figure(
                level_mix_chart(part, f"Level mix per product: {_label(org_type)}"),
                f"Share of each level per product over up to {n_orgs} organisations "
                "(counted verdicts), highest maturity first; the figure on the right is the "
                "product's maturity.",
            )
        )
    columns = [
        ("type_label", "Type", "text"), ("product_name", "Product", "text"),
        ("audience", "Audience", "text"), ("n_organisations", "Organisations", "int"),
        ("maturity", "Maturity", "pct"), ("availability", "Availability ≥33", "pct"),
        ("availability_67", "Availability ≥67", "pct"),
        ("share_not_found", "Not found", "pct"), ("share_level_0", "0", "pct"),
        ("share_level_33", "33", "pct"), ("share_level_67", "67", "pct"),
        ("share_level_100", "100", "pct"), ("n_not_offered", "Not offered", "int"),
        ("n_unreachable", "Unreachable", "int"),
    ]  # fmt: skip
    parts.append("<h3>All products</h3>" + filter_box("t-products", "Filter products…"))
    parts.append(table(_with_labels(products), columns, table_id="t-products"))
    return "".join(parts)


def _conventions(scores: ScoreTables) -> str:
    types = scores.tables["scores_types"]
    groups = [
        (_label(r.org_type), [r.maturity, r.maturity_strict, r.score_eu])
        for r in types.itertuples()
    ]
    series = ["authenticated (default)", "strict", "EU scale"]
    return figure(
        grouped_bars(groups, series, title="Maturity under the three conventions"),
        "Authenticated: an authenticated form counts as 100. Strict: 100 only with explicit "
        "pre-fill evidence. EU: not found 0, information online 50, fully online 100.",
    )


def _sizes(scores: ScoreTables) -> str:
    sizes = scores.tables["scores_size_classes"]
    if sizes.empty:
        return (
            '<p class="note">The organisation list has no <code>inhabitants</code> column (or '
            "no values), so there are no size classes. Add an <code>inhabitants</code> column "
            "to the organisation list to get them.</p>"
        )
    groups = [
        (f"{_label(r.org_type)} {r.size_class}", [r.maturity, r.availability])
        for r in sizes.itertuples()
    ]
    notes = [[f"n = {r.n_organisations}"] * 2 for r in sizes.itertuples()]
    columns = [
        ("type_label", "Type", "text"), ("size_class", "Inhabitants", "text"),
        ("n_organisations", "Organisations", "int"), ("maturity", "Maturity", "pct"),
        ("maturity_median", "Median", "pct"), ("maturity_min", "Min", "pct"),
        ("maturity_max", "Max", "pct"), ("availability", "Availability ≥33", "pct"),
        ("availability_67", "Availability ≥67", "pct"),
        ("maturity_burger", "Citizens", "pct"), ("maturity_ondernemer", "Businesses", "pct"),
    ]  # fmt: skip
    return figure(
        grouped_bars(groups, ["maturity", "availability ≥ 33"],
                     title="Maturity and availability per size class", notes=notes),
        "Mean organisation scores per size class (number of inhabitants).",
    ) + table(_with_labels(sizes), columns, table_id="t-sizes")  # fmt: skip


def _map(scores: ScoreTables, geojson: Path | str | None) -> tuple[str, MapResult | None, str]:
    if geojson is None:
        how = (
            '<div class="howto"><p><strong>No map:</strong> no boundary file was given. '
            "Write the report with municipality boundaries (GeoJSON, WGS84, features keyed "
            "by <code>statcode</code> = the organisation code, e.g. GM0363):</p>"
            "<p><code>digimeter report RUN --geojson PATH</code></p>"
            "<p>for example <code>--geojson ../shared/data/geo/gemeente_2025.geojson</code> "
            "(CBS/PDOK generalised municipality boundaries).</p></div>"
        )
        return how, None, "none (no --geojson given)"
    orgs = scores.tables["scores_organisations"]
    values = {
        r.org_code: (r.org_name, r.maturity if r.maturity == r.maturity else None, r.n_counted)
        for r in orgs.itertuples()
    }
    areas = load_areas(geojson)
    result = choropleth(areas, values, title="Maturity per municipality")
    note = (
        f"{result.n_areas} areas in {Path(geojson).name}, {result.n_scored} with a score, "
        f"{result.n_areas - result.n_scored} without (grey)"
    )
    body = figure(
        result.svg,
        f"Maturity per municipality ({note}). Hover an area for its figure. Boundaries: "
        f"{Path(geojson).name}.",
    )
    if result.not_on_map:
        shown = ", ".join(result.not_on_map[:30]) + (" …" if len(result.not_on_map) > 30 else "")
        body += (
            f'<p class="note">{len(result.not_on_map)} scored organisation(s) of a mapped '
            f"kind have no boundary in the file: {escape(shown)}.</p>"
        )
    return body, result, note


def _rankings(scores: ScoreTables) -> str:
    tb = scores.tables["top_bottom"]
    columns = [
        ("position", "#", "int"), ("org_name", "Organisation", "text"),
        ("maturity", "Maturity", "pct"), ("availability", "≥33", "pct"),
        ("availability_67", "≥67", "pct"), ("n_counted", "Products", "int"),
    ]  # fmt: skip
    parts = []
    for org_type in dict.fromkeys(tb["org_type"]):
        part = tb[tb["org_type"] == org_type]
        parts.append(f'<h3>{escape(_label(org_type))}</h3><div class="grid2">')
        for name, title in (("top", "Top 10"), ("bottom", "Bottom 10")):
            block = part[part["list"] == name]
            parts.append(f"<div><h4>{title}</h4>{table(block, columns)}</div>")
        parts.append("</div>")
    return "".join(parts) or '<p class="note">No organisation has a score.</p>'


def _organisations(scores: ScoreTables) -> str:
    columns = [
        ("org_code", "Code", "text"), ("org_name", "Organisation", "text"),
        ("type_label", "Type", "text"), ("maturity", "Maturity", "pct"),
        ("availability", "Availability ≥33", "pct"), ("availability_67", "Availability ≥67", "pct"),
        ("maturity_burger", "Citizens", "pct"), ("maturity_ondernemer", "Businesses", "pct"),
        ("maturity_strict", "Strict", "pct"), ("score_eu", "EU", "pct"),
        ("n_counted", "Counted", "int"), ("n_not_found", "Not found", "int"),
        ("n_not_offered", "Not offered", "int"), ("n_unreachable", "Unreachable", "int"),
        ("rank_in_type", "Rank in type", "int"),
    ]  # fmt: skip
    return filter_box("t-organisations", "Filter organisations…") + table(
        _with_labels(scores.tables["scores_organisations"]), columns, table_id="t-organisations"
    )


def _review(scores: ScoreTables) -> str:
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
        + table(_with_labels(review), columns, table_id="t-review", limit=REVIEW_LIMIT)
    )


def _changes(scores: ScoreTables, compared: ScoreTables, changes: dict[str, pd.DataFrame]) -> str:
    types = changes["changes_types"]
    rows = [(_label(r.org_type), r.maturity_before, r.maturity_after) for r in types.itertuples()]
    orgs = changes["changes_organisations"]
    deltas = orgs["maturity_change"].dropna().tolist()
    parts = [
        f"<p>Compared with run <strong>{escape(compared.run.run_id)}</strong>. Both runs are "
        "scored the same way, each with its own review overrides.</p>",
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
    parts.append(table(_with_labels(types), type_columns, table_id="t-change-types"))
    org_columns = [
        ("org_name", "Organisation", "text"), ("type_label", "Type", "text"),
        ("maturity_before", "Maturity before", "pct"), ("maturity_after", "after", "pct"),
        ("maturity_change", "change (pp)", "pp"), ("n_verdicts_changed", "Verdicts changed", "int"),
    ]  # fmt: skip
    movers = orgs.sort_values("maturity_change", key=lambda s: s.abs(), ascending=False)
    parts.append("<h3>Organisations</h3>" + filter_box("t-change-orgs", "Filter…"))
    parts.append(table(_with_labels(movers), org_columns, table_id="t-change-orgs"))
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


def _default_not_found(out: Path) -> str:
    summary = out / SUMMARY_NAME
    if summary.is_file():
        try:
            return str(json.loads(summary.read_text(encoding="utf-8"))["options"]["not_found"])
        except (KeyError, TypeError, json.JSONDecodeError):
            return "zero"
    return "zero"


def write_report(
    run_dir: Path | str,
    *,
    geojson: Path | str | None = None,
    compare: Path | str | None = None,
    not_found: str | None = None,
) -> ReportResult:
    """Write `report.html` into the run folder.

    `not_found` defaults to what the last `score_run` used (its summary.json), else zero.
    """
    run_path = Path(run_dir)
    out = output_dir(run_path)
    nf = not_found or _default_not_found(out)
    scores, compared, changes = score_tables_for(run_path, compare=compare, not_found=nf)
    map_html, map_result, map_note = _map(scores, geojson)
    sections = [
        ("headline", "Headline figures", _headline(scores)),
        ("distribution", "Spread per organisation type", figure(
            distribution_chart(scores.tables["scores_organisations"],
                               {k: v for k, v in TYPE_LABELS.items() if k != "all"}),
            "Each dot is an organisation; the box spans the middle half (first to third "
            "quartile), the dark line is the median, the triangle the mean, the whiskers the "
            "minimum and maximum.",
        )),
        ("audiences", "Citizens and businesses", _audiences(scores)),
        ("products", "Products", _products(scores)),
        ("conventions", "Conventions", _conventions(scores)),
        ("sizes", "Size classes", _sizes(scores)),
        ("map", "Map", map_html),
        ("rankings", "Top and bottom 10", _rankings(scores)),
        ("organisations", "All organisations", _organisations(scores)),
    ]  # fmt: skip
    if compared is not None:
        sections.append(("changes", "Change since the earlier run",
                         _changes(scores, compared, changes)))  # fmt: skip
    sections += [
        ("review", "Not found and unreachable (for review)", _review(scores)),
        ("methodology", "Methodology",
         methodology_html(scores, compared=compared, map_note=map_note)),
    ]  # fmt: skip
    big = {"products", "organisations", "review", "methodology", "changes"}
    body = "".join(section(i, t, b, new_page=i in big) for i, t, b in sections)
    versions = ", ".join(scores.rules_versions()) or "none recorded"
    subtitle = (
        f"Digital services of Dutch government organisations · run {scores.run.run_id} · "
        f"rules {versions} · not_found {nf}"
    )
    footer = f"Generated by digimeter on {escape(now_iso())}. " + (
        f"Map boundaries: {escape(Path(geojson).name)}." if geojson else ""
    )
    html = page(
        "digimeter: digital service measurement",
        subtitle,
        [(i, t.split(" (")[0]) for i, t, _ in sections],
        body,
        footer,
    )
    path = out / "report.html"
    with atomic_path(path) as tmp:
        tmp.write_text(html, encoding="utf-8")
    return ReportResult(path=path, map=map_result, size_bytes=len(html.encode("utf-8")))
