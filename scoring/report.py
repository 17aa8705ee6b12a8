"""`write_report`: the self-contained `report.html` of a run, in Dutch or English.

One file with inline CSS, inline SVG charts and map, and a little inline JavaScript
(sortable tables, filters); it makes no request and prints on A4 with a print stylesheet.
The page is written by the Jinja2 templates of `scoring/templates/report/` on the shared
base template (`digimeter.core.templating`), with autoescaping; its words come from the message
catalogue (`scoring.i18n`). The section builders (`report_sections`, `report_lists`,
`methodology`) turn the score tables into what the templates show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Any

import pandas as pd
from markupsafe import Markup

from digimeter.core.runstore import now_iso
from digimeter.core.templating import environment, shared_css
from scoring import report_lists, report_sections
from scoring.compute import ScoreTables
from scoring.exports import atomic_path
from scoring.geomap import MapResult, MapValue, choropleth, load_areas
from scoring.i18n import DEFAULT_LANGUAGE, Messages, messages
from scoring.mergers import Merger
from scoring.methodology import methodology
from scoring.reporttables import Cell, cell, simple_table
from scoring.run import last_not_found, output_dir, score_tables_for

REPORT_NAME = "report.html"
#: Sections that start on a new page when printed.
NEW_PAGE = {"products", "organisations", "review", "methodology", "changes"}


@dataclass
class ReportResult:
    """The report written: its path, the map drawn (None without --geojson), its size."""

    path: Path
    map: MapResult | None
    size_bytes: int
    #: the warnings that head the report (in English, for the command's output)
    notes: list[str] = field(default_factory=list)
    lang: str = DEFAULT_LANGUAGE


def _map(
    scores: ScoreTables, geojson: Path | str | None, m: Messages
) -> tuple[dict[str, Any], MapResult | None, str]:
    """The map section, the map drawn, and a one-line note for the methodology."""
    if geojson is None:
        how = {"howto": m.html("map.howto_html"), "example": m.html("map.howto_example_html")}
        return how, None, m.t("map.none")
    orgs = scores.tables["scores_organisations"]
    values = {
        r.org_code: MapValue(
            r.org_code, r.org_name, None if pd.isna(r.maturity) else float(r.maturity),
            int(r.n_counted), bool(r.n_unreachable) and not r.n_counted,
        )
        for r in orgs.itertuples()
        if r.n_products  # an organisation without a verdict was not measured
    }  # fmt: skip
    name = Path(geojson).name
    result = choropleth(load_areas(geojson), values, m)
    note = m.t("map.note", areas=m.integer(result.n_areas), file=name,
               scored=m.integer(result.n_scored), **{k: m.integer(n) for k, n in
                                                     result.without.items()})  # fmt: skip
    caption = m.t("map.caption", note=note, mean=m.pct(result.mean), file=name)
    data = simple_table(
        m.t("map.data_caption"),
        [(m.t("col.code"), False), (m.t("col.municipality"), False),
         (m.t("col.maturity"), True), (m.t("col.class"), False)],
        [[Cell(code), Cell(area), cell(value, "pct", m), Cell(label)]
         for code, area, value, label in result.rows],
    )  # fmt: skip
    section: dict[str, Any] = {
        "figure": {"svg": Markup(result.svg), "caption": caption, "data": data},
        "not_on_map": "",
    }
    if result.not_on_map:
        shown = ", ".join(result.not_on_map[:30]) + (" …" if len(result.not_on_map) > 30 else "")
        section["not_on_map"] = m.t("map.not_on_map", n=len(result.not_on_map), codes=shown)
    return section, result, note


def _asset(name: str) -> str:
    return files("scoring").joinpath("assets", name).read_text(encoding="utf-8")


def render_report(
    scores: ScoreTables,
    m: Messages,
    *,
    compared: ScoreTables | None = None,
    changes: dict[str, pd.DataFrame] | None = None,
    geojson: Path | str | None = None,
) -> tuple[str, MapResult | None]:
    """The whole report as one HTML text, and the map drawn."""
    changes = changes or {}
    earlier = compared.run.run_id if compared is not None else ""
    map_section, map_result, map_note = _map(scores, geojson, m)
    content: list[tuple[str, Any]] = [
        ("headline", report_sections.headline(scores, m, changes, earlier)),
        ("distribution", report_sections.distribution(scores, m)),
        ("audiences", report_sections.audiences(scores, m)),
        ("products", report_sections.products(scores, m)),
        ("conventions", report_sections.conventions(scores, m)),
        ("sizes", report_sections.sizes(scores, m)),
        ("map", map_section),
        ("rankings", report_lists.rankings(scores, m)),
        ("organisations", report_lists.organisations(scores, m)),
    ]
    if compared is not None:
        content.append(("changes", report_lists.changes(compared, changes, m)))
    content += [
        ("review", report_lists.review(scores, m)),
        ("methodology", methodology(scores, m, compared=compared, map_note=map_note)),
    ]
    sections = []
    for ident, data in content:
        nav = f"section.{ident}_nav" if m.has(f"section.{ident}_nav") else f"section.{ident}"
        sections.append({"id": ident, "title": m.t(f"section.{ident}"), "nav": m.t(nav),
                         "data": data, "new_page": ident in NEW_PAGE})  # fmt: skip
    status = scores.run.status
    subtitle = m.t("page.subtitle", run_id=scores.run.run_id,
                   versions=", ".join(scores.rules_versions()) or m.t("page.no_versions"),
                   not_found=scores.not_found)  # fmt: skip
    if status is not None and not status.complete:
        subtitle += m.t("page.subtitle_state", state=m.t(f"run_state.{status.state}"))
    footer = m.t("page.generated", when=now_iso())
    if geojson:
        footer += " " + m.t("page.boundaries", file=Path(geojson).name)
    template = environment("scoring").get_template("report/report.html")
    html = template.render(
        lang=m.lang, m=m, title=m.t("page.title"), subtitle=subtitle, sections=sections,
        footer=footer, css=Markup(shared_css() + _asset("report.css")),
        js=Markup(_asset("report.js")),
    )  # fmt: skip
    return html, map_result


def write_report(
    run_dir: Path | str,
    *,
    geojson: Path | str | None = None,
    compare: Path | str | None = None,
    not_found: str | None = None,
    mergers: list[Merger] | None = None,
    allow_incomplete: bool = False,
    lang: str = DEFAULT_LANGUAGE,
) -> ReportResult:
    """Write `report.html` into the run folder, in `lang` (nl or en).

    `not_found` defaults to what the last `score_run` used (its summary.json), else zero.
    The warnings about the run (incomplete, compared runs that share few organisations)
    head the report.
    """
    m = messages(lang)
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
    html, map_result = render_report(scores, m, compared=compared, changes=changes, geojson=geojson)
    path = out / REPORT_NAME
    with atomic_path(path) as tmp:
        tmp.write_text(html, encoding="utf-8")
    return ReportResult(
        path=path,
        map=map_result,
        size_bytes=len(html.encode("utf-8")),
        notes=[str(note) for note in scores.run.notes],
        lang=m.lang,
    )
