"""`digimeter score` and `digimeter report` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from scoring_fixtures import EARLIER_VERDICTS, csv_run, store_run

from digimeter.cli import main

GEOJSON = Path(__file__).resolve().parents[2] / "shared/data/geo/gemeente_2025.geojson"


def test_score_by_run_id_prints_types_and_paths(tmp_path: Path) -> None:
    store_run(tmp_path / "2026-run")
    result = CliRunner().invoke(main, ["score", "2026-run", "--output", str(tmp_path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "run 2026-run: not_found zero, 0 review override(s) applied"
    gemeente = next(line for line in lines if line.startswith("gemeente"))
    # 2 scored municipalities, 5 products, maturity 45.0, availability 67.5, >=67 45.0
    assert gemeente.split() == ["gemeente", "2", "5", "45.0%", "67.5%", "45.0%"]
    assert next(line for line in lines if line.startswith("all")).split()[3] == "43.2%"
    assert f"written to {tmp_path / '2026-run'}/:" in result.output
    assert "  scores_organisations.csv" in lines and "  digimeter-2026-run.xlsx" in lines
    assert (tmp_path / "2026-run" / "scores_types.parquet").is_file()


def test_score_exclude_and_compare(tmp_path: Path) -> None:
    store_run(tmp_path / "2025-run", EARLIER_VERDICTS)
    store_run(tmp_path / "2026-run")
    result = CliRunner().invoke(
        main,
        ["score", str(tmp_path / "2026-run"), "--compare", "2025-run", "--not-found", "exclude",
         "--output", str(tmp_path)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "not_found exclude" in result.output
    assert "compared with run 2025-run:" in result.output
    assert "6 verdict(s) changed" in result.output
    summary = json.loads((tmp_path / "2026-run" / "summary.json").read_text(encoding="utf-8"))
    assert summary["options"] == {"not_found": "exclude", "compare": "2025-run"}


def test_score_a_plain_verdicts_csv(tmp_path: Path) -> None:
    folder = csv_run(tmp_path / "hand-made")
    result = CliRunner().invoke(main, ["score", str(folder / "verdicts.csv")])
    assert result.exit_code == 0, result.output
    assert (folder / "scores_organisations.csv").is_file()


def test_score_errors_are_reported_without_a_traceback(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["score", "nope", "--output", str(tmp_path)])
    assert result.exit_code == 2  # bad input
    assert "Error: nope: no such run folder" in result.output
    folder = csv_run(tmp_path / "bad")
    text = (folder / "verdicts.csv").read_text(encoding="utf-8")
    (folder / "verdicts.csv").write_text(text.replace(",ok,33,33,", ",ok,35,35,", 1), "utf-8")
    result = CliRunner().invoke(main, ["score", str(folder)])
    assert result.exit_code == 2
    assert "line 3, field 'level': '35' is not a level" in result.output
    assert "Traceback" not in result.output


def test_report_with_and_without_a_map(tmp_path: Path) -> None:
    run = store_run(tmp_path / "2026-run")
    CliRunner().invoke(main, ["score", str(run), "--not-found", "exclude"])
    plain = CliRunner().invoke(main, ["report", str(run)])
    assert plain.exit_code == 0, plain.output
    assert "no map: add --geojson PATH" in plain.output
    html = (run / "report.html").read_text(encoding="utf-8")
    assert "digimeter report RUN --geojson PATH" in html
    assert "<code>--not-found exclude</code>" in html  # taken from the last `score`
    mapped = CliRunner().invoke(main, ["report", str(run), "--geojson", str(GEOJSON)])
    assert mapped.exit_code == 0, mapped.output
    assert "map: 342 areas, 2 with a score" in mapped.output
    bad = CliRunner().invoke(main, ["report", str(run), "--geojson", str(tmp_path / "x.json")])
    assert bad.exit_code == 2 and "cannot read the GeoJSON file" in bad.output


def test_lang_chooses_the_language_of_the_report_and_the_workbook(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    run = store_run(tmp_path / "2026-run")
    languages = (
        ("nl", "over", "organisaties", "Kerncijfers"),
        ("en", "about", "scores_organisations", "Headline figures"),
    )
    for lang, about, sheet, title in languages:
        score = CliRunner().invoke(main, ["score", str(run), "--lang", lang])
        assert score.exit_code == 0, score.output
        assert "People checked" not in score.output  # the command's own output: English
        assert "No verdict of this run was checked by a reviewer." in score.output
        workbook = load_workbook(run / "digimeter-2026-run.xlsx", read_only=True)
        assert workbook.sheetnames[:2] == [about, sheet]
        report = CliRunner().invoke(main, ["report", str(run), "--lang", lang])
        assert report.exit_code == 0 and f"lang {lang})" in report.output
        html = (run / "report.html").read_text(encoding="utf-8")
        assert f'<html lang="{lang}">' in html and f">{title}</h2>" in html
    bad = CliRunner().invoke(main, ["report", str(run), "--lang", "de"])
    assert bad.exit_code == 2 and "'de' is not one of 'nl', 'en'" in bad.output
