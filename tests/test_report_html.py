"""report.html: self-contained, with every section, and a methodology from what was used."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from scoring_fixtures import EARLIER_VERDICTS, add_overrides, store_run

from scoring.report import write_report
from scoring.run import score_run

GEOJSON = Path(__file__).resolve().parents[2] / "shared/data/geo/gemeente_2025.geojson"


@pytest.fixture(scope="module")
def html(tmp_path_factory: pytest.TempPathFactory) -> str:
    base = tmp_path_factory.mktemp("report")
    earlier = store_run(base / "2025-run", EARLIER_VERDICTS, started_at="2025-07-01")
    run = store_run(base / "2026-run")
    add_overrides(run, [("GM0014", "p_o1", "ok", 67, 67, "anna", "2026-08-01", "form found")])
    score_run(run)
    result = write_report(run, geojson=GEOJSON, compare=earlier)
    assert result.path == run / "report.html"
    return result.path.read_text(encoding="utf-8")


def test_the_report_is_self_contained(html: str) -> None:
    assert html.startswith("<!DOCTYPE html>")
    assert "<link" not in html and "@import" not in html and "url(" not in html
    assert not re.search(r"<(img|script|iframe|video|audio|source)[^>]*\ssrc=", html)
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert hrefs and all(h.startswith("#") for h in hrefs), hrefs
    assert "<style>" in html and "@media print" in html
    assert "<script>" in html and "table.sortable" in html


def test_the_report_has_every_section(html: str) -> None:
    sections = ["headline", "distribution", "audiences", "products", "conventions", "sizes",
                "map", "rankings", "organisations", "changes", "review", "methodology"]  # fmt: skip
    for ident in sections:
        assert f'<section id="{ident}"' in html, ident
    assert html.count('<svg xmlns="http://www.w3.org/2000/svg" class="chart') >= 8
    assert html.count('class="area"') == 342
    assert "Uittreksel BRP aanvragen" in html and "Klacht indienen" in html


def test_headline_figures(html: str) -> None:
    # All government with the override: GM0014 66.75, GM0034 40, PV20 50, WS0155 33.
    headline = html[html.index('id="headline"') : html.index('id="distribution"')]
    assert f"{(66.75 + 40 + 50 + 33) / 4:.1f}%" in headline
    assert "4 organisations, 7 products" in headline


def test_methodology_is_written_from_the_run(html: str) -> None:
    method = html[html.index('id="methodology"') :]
    assert "fx-1" in method
    assert "2026-07-01T08:00:00Z" in method and "2026-07-01T09:30:00Z" in method
    assert "5 (3 gemeente, 1 provincie, 1 waterschap)" in method
    assert "19 (11 ok, 2 not_offered, 1 not_found, 5 unreachable)" in method
    assert "not_found verdicts are counted with level 0" in method
    assert "1 reviewer override(s) applied" in method
    assert "run 2025-run" in method
    assert "342 areas in gemeente_2025.geojson, 2 with a score" in method
    assert "information online" in method and "&lt; 20 000" in method


def test_review_list_and_changes(html: str) -> None:
    review = html[html.index('id="review"') : html.index('id="methodology"')]
    assert "1 not found and 5 unreachable verdicts" in review
    assert review.count("<tr>") == 1 + 6  # header + cases
    changes = html[html.index('id="changes"') : html.index('id="review"')]
    assert "Compared with run <strong>2025-run</strong>" in changes
    assert "Verdicts that changed (7)" in changes  # 6 + GM0014 p_o1 now overridden to ok


def test_without_compare_or_map(tmp_path: Path) -> None:
    run = store_run(tmp_path / "run")
    text = write_report(run).path.read_text(encoding="utf-8")
    assert 'id="changes"' not in text
    assert "<code>digimeter report RUN --geojson PATH</code>" in text
    assert 'class="area"' not in text


def test_a_run_where_nothing_is_counted(tmp_path: Path) -> None:
    verdicts = "GM0014,p_b1,unreachable,,\nGM0034,p_b1,not_found,,\nPV20,p_prov,not_offered,,"
    run = store_run(tmp_path / "run", verdicts)
    result = score_run(run, not_found="exclude")
    assert result.tables["scores_types"]["maturity"].isna().all()
    text = write_report(run, geojson=GEOJSON).path.read_text(encoding="utf-8")
    headline = text[text.index('id="headline"') : text.index('id="distribution"')]
    assert "–" in headline and "0 organisations" in headline
    assert "No organisation has a score." in text
    assert text.count('class="area"') == 342 and 'data-value="' not in text
