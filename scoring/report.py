"""`write_report`: the self-contained `report.html` of a run.

One file with inline CSS, inline SVG charts and map, and a little inline JavaScript (sortable
tables, filters); it makes no request and prints on A4 with a print stylesheet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from digimeter.runstore import now_iso
from scoring.charts import distribution_chart
from scoring.compute import ScoreTables
from scoring.exports import atomic_path
from scoring.geomap import MapResult, choropleth, load_areas
from scoring.htmlparts import figure, page, section, warning_box
from scoring.mergers import Merger
from scoring.methodology import methodology_html
from scoring.report_sections import (
    TYPE_LABELS,
    audiences_section,
    changes_section,
    conventions_section,
    headline_section,
    organisations_section,
    products_section,
    rankings_section,
    review_section,
    sizes_section,
)
from scoring.run import last_not_found, output_dir, score_tables_for

REPORT_NAME = "report.html"


@dataclass
class ReportResult:
    """The report written: its path, the map drawn (None without --geojson), its size."""

    path: Path
    map: MapResult | None
    size_bytes: int
    #: the warnings that head the report
    notes: list[str] = field(default_factory=list)


def _map(scores: ScoreTables, geojson: Path | str | None) -> tuple[str, MapResult | None, str]:
    """The map section, the map drawn, and a one-line note for the methodology."""
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


def write_report(
    run_dir: Path | str,
    *,
    geojson: Path | str | None = None,
    compare: Path | str | None = None,
    not_found: str | None = None,
    mergers: list[Merger] | None = None,
    allow_incomplete: bool = False,
) -> ReportResult:
    """Write `report.html` into the run folder.

    `not_found` defaults to what the last `score_run` used (its summary.json), else zero.
    The warnings about the run (incomplete, compared runs that share few organisations)
    head the report.
    """
    run_path = Path(run_dir)
    out = output_dir(run_path)
    nf = not_found or last_not_found(out)
    scores, compared, changes = score_tables_for(
        run_path,
        compare=compare,
        not_found=nf,
        allow_incomplete=allow_incomplete,
        mergers=mergers,
    )
    map_html, map_result, map_note = _map(scores, geojson)
    sections = [
        ("headline", "Headline figures",
         warning_box(scores.run.notes) + headline_section(scores)),
        ("distribution", "Spread per organisation type", figure(
            distribution_chart(scores.tables["scores_organisations"],
                               {k: v for k, v in TYPE_LABELS.items() if k != "all"}),
            "Each dot is an organisation; the box spans the middle half (first to third "
            "quartile), the dark line is the median, the triangle the mean, the whiskers the "
            "minimum and maximum.",
        )),
        ("audiences", "Citizens and businesses", audiences_section(scores)),
        ("products", "Products", products_section(scores)),
        ("conventions", "Conventions", conventions_section(scores)),
        ("sizes", "Size classes", sizes_section(scores)),
        ("map", "Map", map_html),
        ("rankings", "Top and bottom 10", rankings_section(scores)),
        ("organisations", "All organisations", organisations_section(scores)),
    ]  # fmt: skip
    if compared is not None:
        sections.append(("changes", "Change since the earlier run",
                         changes_section(scores, compared, changes)))  # fmt: skip
    sections += [
        ("review", "Not found and unreachable (for review)", review_section(scores)),
        ("methodology", "Methodology",
         methodology_html(scores, compared=compared, map_note=map_note)),
    ]  # fmt: skip
    big = {"products", "organisations", "review", "methodology", "changes"}
    body = "".join(section(i, t, b, new_page=i in big) for i, t, b in sections)
    versions = ", ".join(scores.rules_versions()) or "none recorded"
    status = scores.run.status
    state = f" · run state: {status.state}" if status and not status.complete else ""
    subtitle = (
        f"Digital services of Dutch government organisations · run {scores.run.run_id} · "
        f"rules {versions} · not_found {nf}{state}"
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
    path = out / REPORT_NAME
    with atomic_path(path) as tmp:
        tmp.write_text(html, encoding="utf-8")
    return ReportResult(
        path=path, map=map_result, size_bytes=len(html.encode("utf-8")), notes=scores.run.notes
    )
