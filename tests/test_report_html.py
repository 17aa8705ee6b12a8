"""report.html in Dutch and English: self-contained, every section, the methodology
written from what was used, in the words and the number notation of its language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from scoring_fixtures import EARLIER_VERDICTS, add_overrides, store_run

from scoring.report import write_report
from scoring.run import score_run

GEOJSON = Path(__file__).resolve().parents[2] / "shared/data/geo/gemeente_2025.geojson"
SECTIONS = ["headline", "distribution", "audiences", "products", "conventions", "sizes",
            "map", "rankings", "organisations", "changes", "review", "methodology"]  # fmt: skip
NNBSP = "\u202f"  # the English thousands separator


@pytest.fixture(scope="module")
def reports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    base = tmp_path_factory.mktemp("report")
    earlier = store_run(base / "2025-run", EARLIER_VERDICTS, started_at="2025-07-01")
    run = store_run(base / "2026-run")
    add_overrides(run, [("GM0014", "p_o1", "ok", 67, 67, "anna", "2026-08-01", "form found")])
    score_run(run)
    out = {}
    for lang in ("en", "nl"):
        result = write_report(run, geojson=GEOJSON, compare=earlier, lang=lang)
        assert result.path == run / "report.html" and result.lang == lang
        out[lang] = result.path.read_text(encoding="utf-8")
    return out


def part(html: str, start: str, end: str | None = None) -> str:
    """The text between two section ids."""
    begin = html.index(f'<section id="{start}"')
    return html[begin : html.index(f'<section id="{end}"') if end else len(html)]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_report_is_self_contained(reports: dict[str, str], lang: str) -> None:
    html = reports[lang]
    assert html.lower().startswith("<!doctype html>")
    assert f'<html lang="{lang}">' in html
    assert re.findall(r"<link[^>]*>", html) == ['<link rel="icon" href="data:,">']
    assert "@import" not in html and "url(" not in html
    assert not re.search(r"<(img|script|iframe|video|audio|source)[^>]*\ssrc=", html)
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs and all(h.startswith("#") or h == "data:," for h in hrefs), hrefs
    assert html.count("<style>") == 1 and "@media print" in html
    assert html.count("<script>") == 1 and "table.sortable" in html


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_report_has_every_section(reports: dict[str, str], lang: str) -> None:
    html = reports[lang]
    assert re.findall(r'<section id="([a-z]+)"', html) == SECTIONS
    charts = html.count('<svg xmlns="http://www.w3.org/2000/svg" class="chart')
    assert charts >= 9
    # Every chart and the map has its data as a table (the text alternative).
    assert html.count('<details class="chart-data">') == charts
    assert html.count('class="area"') == 342
    assert "Uittreksel BRP aanvragen" in html and "Klacht indienen" in html


def test_the_dutch_report_is_dutch(reports: dict[str, str]) -> None:
    html = reports["nl"]
    for dutch in ("Kerncijfers", "Volwassenheid, alle overheden", "Verantwoording",
                  "Alle organisaties", "Gemeenten", "Hoogste en laagste 10"):  # fmt: skip
        assert dutch in html, dutch
    text = re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style)>.*?</\1>", "", html, flags=re.S))
    for english in ("Headline figures", "Maturity", "Methodology", "All organisations",
                    "Municipalities", "Top 10", "organisations", "Warning"):  # fmt: skip
        assert english not in text, english
    assert "Uittreksel BRP aanvragen</td>" in html  # Dutch names need no lang mark here
    assert 'lang="nl">Uittreksel BRP aanvragen</td>' in reports["en"]


def test_headline_figures_and_their_change(reports: dict[str, str]) -> None:
    # All government with the override: GM0014 66.75, GM0034 40, PV20 50, WS0155 33 -> 47.4;
    # the earlier run: GM0014 41.5, GM0034 53.2, PV20 50, GM0099 67 -> 52.9.
    nl = part(reports["nl"], "headline", "distribution")
    assert "47,4%" in nl and "47.4%" not in nl
    assert "4 organisaties, 7 producten" in nl
    assert "-5,5 procentpunt (was 52,9%)" in nl
    en = part(reports["en"], "headline", "distribution")
    assert "47.4%" in en and "4 organisations, 7 products" in en
    assert "-5.5 pp (was 52.9%)" in en
    assert re.search(r"<th[^>]*><button[^>]*>Change \(pp\)</button></th>", en)
    assert "Figures marked † include reviewer overrides." in en
    assert "Cijfers met † bevatten correcties van beoordelaars." in nl


def test_methodology_is_written_from_the_run(reports: dict[str, str]) -> None:
    en = part(reports["en"], "methodology")
    assert "fx-1" in en
    assert "2026-07-01T08:00:00Z" in en and "2026-07-01T09:30:00Z" in en
    assert "5 (3 gemeente, 1 provincie, 1 waterschap)" in en
    assert "19 (11 ok, 2 not_offered, 1 not_found, 5 unreachable)" in en
    assert "not_found verdicts are counted with level 0" in en
    assert "1 reviewer override(s) applied" in en
    assert "run 2025-run" in en
    assert "342 areas in gemeente_2025.geojson: 2 with a score, 1 unreachable" in en
    assert "339 not measured" in en
    assert "information online" in en and f"&lt; 20{NNBSP}000" in en
    nl = part(reports["nl"], "methodology")
    assert "oordelen not_found tellen mee met niveau 0" in nl
    assert "1 correctie(s) van beoordelaars toegepast" in nl
    assert "342 gebieden in gemeente_2025.geojson: 2 met een score, 1 onbereikbaar" in nl
    assert "informatie online" in nl and "&lt; 20.000" in nl and "≥ 100.000" in nl
    assert "not_found (niet gevonden)" in nl


def test_one_ranking_when_top_and_bottom_would_overlap(reports: dict[str, str]) -> None:
    en = part(reports["en"], "rankings", "organisations")
    assert "Ranking (all 2 organisations)" in en and "Top 10" not in en
    assert en.count("<h4>") == 3  # municipalities, the province, the water authority
    nl = part(reports["nl"], "rankings", "organisations")
    assert "Rangorde (alle 2 organisaties)" in nl and "Hoogste 10" not in nl


def test_review_list_and_changes(reports: dict[str, str]) -> None:
    review = part(reports["en"], "review", "methodology")
    assert "1 not found and 5 unreachable verdicts" in review
    assert review.count("<tr") == 1 + 6  # header + cases
    changes = part(reports["en"], "changes", "review")
    assert "Compared with run <strong>2025-run</strong>" in changes
    assert "Verdicts that changed (7)" in changes  # 6 + GM0014 p_o1 now overridden to ok
    verdicts = changes[changes.index('id="t-change-verdicts"') :]
    assert ">Product</button>" in verdicts
    assert 'lang="nl">Klacht indienen</td>' in verdicts  # product names, not keys
    assert ">p_both<" not in verdicts
    nl = part(reports["nl"], "changes", "review")
    assert "Vergeleken met run <strong>2025-run</strong>" in nl
    assert "Gewijzigde oordelen (7)" in nl and ">hoger<" in nl and ">lager<" in nl


def test_without_compare_or_map(tmp_path: Path) -> None:
    run = store_run(tmp_path / "run")
    text = write_report(run).path.read_text(encoding="utf-8")
    assert '<html lang="nl">' in text  # Dutch is the default
    assert 'id="changes"' not in text
    assert "<code>digimeter report RUN --geojson PATH</code>" in text
    assert "Geen kaart:" in text
    assert 'class="area"' not in text


def test_a_run_where_nothing_is_counted(tmp_path: Path) -> None:
    verdicts = "GM0014,p_b1,unreachable,,\nGM0034,p_b1,not_found,,\nPV20,p_prov,not_offered,,"
    run = store_run(tmp_path / "run", verdicts)
    result = score_run(run, not_found="exclude")
    assert result.tables["scores_types"]["maturity"].isna().all()
    text = write_report(run, geojson=GEOJSON, lang="en").path.read_text(encoding="utf-8")
    headline = part(text, "headline", "distribution")
    assert "–" in headline and "0 organisations" in headline
    assert "No organisation has a score." in text
    assert text.count('class="area"') == 342 and 'data-value="' not in text
    # GM0014 unreachable, GM0034 measured but nothing counted, the rest not measured.
    assert 'data-code="GM0014" data-class="unreachable"' in text
    assert 'data-code="GM0034" data-class="no_score"' in text
    assert text.count('data-class="not_measured"') == 340
