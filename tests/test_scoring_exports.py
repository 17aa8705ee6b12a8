"""The exports: CSV columns and rounding, Parquet and Excel read back equal to the CSVs,
the workbook's formatting, and summary.json."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from openpyxl import load_workbook
from scoring_fixtures import EARLIER_VERDICTS, add_overrides, csv_run, store_run

from digimeter.core.model import ORG_SCORE_FIELDS
from scoring.inputs import ScoringInputError
from scoring.run import ScoreResult, score_run
from scoring.sheetnames import column_titles, sheet_title
from scoring.tables import TABLES, TABLES_BY_NAME, TableSpec, markdown

OVERRIDE = ("GM0014", "p_o1", "ok", 67, 67, "anna", "2026-08-01T10:00:00Z", "form found")


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> ScoreResult:
    """The run scored in English, then in Dutch (the default): `english.xlsx` beside it is
    the English workbook, `digimeter-2026-run.xlsx` the Dutch one."""
    base = tmp_path_factory.mktemp("exports")
    earlier = store_run(base / "2025-run", EARLIER_VERDICTS, started_at="2025-07-01")
    run = store_run(base / "2026-run")
    add_overrides(run, [OVERRIDE])
    english = score_run(run, compare=earlier, lang="en")
    workbook = english.out_dir / f"digimeter-{english.run_id}.xlsx"
    workbook.rename(english.out_dir / "english.xlsx")
    return score_run(run, compare=earlier)


def workbook_path(result: ScoreResult, lang: str) -> Path:
    name = "english.xlsx" if lang == "en" else f"digimeter-{result.run_id}.xlsx"
    return result.out_dir / name


def read_csv_typed(path: Path, spec: TableSpec) -> pd.DataFrame:
    numeric = spec.names_of_kind("int", "pct", "pp")
    dtypes = {c.name: {"text": str, "int": "Int64", "bool": bool}.get(c.kind, "float64")
              for c in spec.columns}  # fmt: skip
    return pd.read_csv(
        path, dtype=dtypes, keep_default_na=False, na_values={c: [""] for c in numeric}
    )


def test_every_table_is_written_with_its_documented_columns(result: ScoreResult) -> None:
    assert set(result.tables) == {t.name for t in TABLES}
    for spec in TABLES:
        header = (result.out_dir / f"{spec.name}.csv").read_text(encoding="utf-8").split("\n")[0]
        assert header.split(",") == spec.names, spec.name
        assert f"`{spec.name}`" in markdown()
        for column in spec.names:
            assert f"`{column}`" in markdown()
    organisations = (result.out_dir / "scores_organisations.csv").read_text(encoding="utf-8")
    leading = organisations.split("\n")[0].split(",")[: len(ORG_SCORE_FIELDS)]
    assert tuple(leading) == ORG_SCORE_FIELDS


def test_the_column_reference_is_in_sync() -> None:
    from scoring.tables import REFERENCE_HEADER

    reference = Path(__file__).resolve().parents[1] / "scoring" / "TABLES.md"
    assert reference.read_text(encoding="utf-8") == REFERENCE_HEADER + markdown(), (
        "scoring/TABLES.md is stale: run `python -m scoring.tables > scoring/TABLES.md`"
    )


def test_csv_percentages_have_one_decimal_and_empty_scores_stay_empty(
    result: ScoreResult,
) -> None:
    lines = (result.out_dir / "scores_organisations.csv").read_text(encoding="utf-8").split("\n")
    header = lines[0].split(",")
    rows = {line.split(",")[0]: dict(zip(header, line.split(","), strict=True))
            for line in lines[1:] if line}  # fmt: skip
    # GM0014 with the override (p_o1 67): 100, 33, 67, 67 -> 66.75; citizens 100, 33, 67.
    assert rows["GM0014"]["maturity_burger"] == "66.7"
    assert rows["GM0014"]["availability"] == "100.0"
    assert rows["GM0034"]["maturity_burger"] == "33.2"  # 33.25 rounded to one decimal
    unreachable = rows["GM0037"]
    assert unreachable["maturity"] == "" and unreachable["availability"] == ""
    assert unreachable["n_counted"] == "0" and unreachable["n_unreachable"] == "5"
    assert rows["GM0014"]["n_overridden"] == "1"


def test_parquet_reads_back_equal_to_the_csv(result: ScoreResult) -> None:
    for spec in TABLES:
        from_csv = read_csv_typed(result.out_dir / f"{spec.name}.csv", spec)
        from_parquet = pd.read_parquet(result.out_dir / f"{spec.name}.parquet")
        assert list(from_parquet.columns) == spec.names
        pd.testing.assert_frame_equal(from_parquet, from_csv, check_dtype=False, obj=spec.name)
        assert len(from_csv) == len(result.tables[spec.name])


def _excel_frame(path: Path, spec: TableSpec, lang: str) -> pd.DataFrame:
    frame = pd.read_excel(path, sheet_name=sheet_title(spec, lang), dtype=object)
    assert list(frame.columns) == column_titles(spec, lang), spec.name
    out = pd.DataFrame(index=frame.index)
    for column, title in zip(spec.columns, column_titles(spec, lang), strict=True):
        values = frame[title]
        if column.kind == "text":
            out[column.name] = values.map(lambda v: "" if pd.isna(v) else str(v))
        elif column.kind == "int":
            out[column.name] = pd.to_numeric(values).astype("Int64")
        elif column.kind == "pct":
            out[column.name] = pd.to_numeric(values).astype("float64") * 100
        elif column.kind == "pp":
            out[column.name] = pd.to_numeric(values).astype("float64")
        else:
            out[column.name] = values.astype(bool)
    return out


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_excel_reads_back_equal_to_the_csv(result: ScoreResult, lang: str) -> None:
    path = workbook_path(result, lang)
    for spec in TABLES:
        from_csv = read_csv_typed(result.out_dir / f"{spec.name}.csv", spec)
        from_excel = _excel_frame(path, spec, lang)
        assert len(from_excel) == len(from_csv), spec.name
        for column in spec.columns:
            left, right = from_excel[column.name], from_csv[column.name]
            if column.kind in ("pct", "pp"):
                assert np.allclose(left.to_numpy(float), right.to_numpy(float), equal_nan=True,
                                   atol=1e-9), (spec.name, column.name)  # fmt: skip
            else:
                assert left.tolist() == right.tolist(), (spec.name, column.name)


def test_excel_sheets_are_formatted(result: ScoreResult) -> None:
    workbook = load_workbook(workbook_path(result, "en"))
    assert workbook.sheetnames == ["about", *(t.name for t in TABLES)]
    sheet = workbook["scores_organisations"]
    spec = TABLES_BY_NAME["scores_organisations"]
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:AD{len(result.tables[spec.name]) + 1}"
    maturity = sheet.cell(row=2, column=spec.names.index("maturity") + 1)
    # GM0014: 66.75 is rounded like the CSV (to 66.8), then stored as a fraction.
    assert maturity.number_format == "0.0%" and maturity.value == pytest.approx(0.668)
    change = workbook["changes_organisations"]
    col = TABLES_BY_NAME["changes_organisations"].names.index("maturity_change") + 1
    assert change.cell(row=2, column=col).number_format == "+0.0;-0.0;0.0"
    widths = {
        sheet.cell(row=1, column=i + 1).column_letter: sheet.column_dimensions[
            sheet.cell(row=1, column=i + 1).column_letter
        ].width
        for i in range(len(spec.names))
    }
    assert widths["B"] > widths["D"] >= len("maturity")  # org_name is wider than a score
    about = {r[0].value: r[1].value for r in workbook["about"].iter_rows()}
    assert about["run"] == "2026-run" and about["rules version(s)"] == "fx-1"
    assert about["sheet changes_verdicts"].startswith("Verdicts that changed: one row per")


def test_the_dutch_workbook_has_dutch_names(result: ScoreResult) -> None:
    workbook = load_workbook(workbook_path(result, "nl"))
    assert workbook.sheetnames[:3] == ["over", "organisaties", "typen"]
    assert "oordelen" in workbook.sheetnames and "scores_types" not in workbook.sheetnames
    header = [c.value for c in workbook["organisaties"][1]]
    assert header[:5] == ["code", "organisatie", "type", "volwassenheid", "beschikbaarheid"]
    about = {r[0].value: r[1].value for r in workbook["over"].iter_rows()}
    assert about["versie(s) van de regels"] == "fx-1"
    assert about["tabblad oordelen"].startswith("Oordelen zoals gescoord: één rij per")
    assert about["rekenwijze strict"].startswith("volwassenheid uit level_strict")


def test_the_about_sheet_lists_only_the_sheets_there_are(tmp_path: Path) -> None:
    result = score_run(store_run(tmp_path / "run"), lang="en")  # no --compare: no changes_*
    workbook = load_workbook(result.out_dir / f"digimeter-{result.run_id}.xlsx")
    listed = [r[0].value[len("sheet ") :] for r in workbook["about"].iter_rows()
              if str(r[0].value).startswith("sheet ")]  # fmt: skip
    assert listed == workbook.sheetnames[1:] == [t.name for t in TABLES if not t.compare_only]


def test_the_verdicts_sheet_has_every_verdict_with_its_evidence_url(result: ScoreResult) -> None:
    spec = TABLES_BY_NAME["verdicts_scored"]
    verdicts = read_csv_typed(result.out_dir / "verdicts_scored.csv", spec)
    assert len(verdicts) == 19
    rows = {(r.org_code, r.product_key): r for r in verdicts.itertuples()}
    found = rows[("GM0014", "p_b1")]  # ok at 100: the route decided the level
    assert (found.status, found.level, found.evidence_url) == (
        "ok",
        100,
        "https://www.groningen.test/p_b1/form",
    )
    assert rows[("GM0034", "p_b1")].evidence_url == "https://www.almere.test/p_b1"  # level 0
    gone = rows[("GM0037", "p_b1")]  # unreachable: the URL of its first evidence item
    assert (gone.status, gone.evidence_url, gone.counted) == (
        "unreachable",
        "https://www.stadskanaal.test/p_b1",
        False,
    )
    overridden = rows[("GM0014", "p_o1")]  # not_found, overridden to ok 67
    assert (overridden.status, overridden.level, overridden.overridden) == ("ok", 67, True)
    assert rows[("PV20", "p_prov")].product_name == "Ontheffing aanvragen"
    sheet = _excel_frame(workbook_path(result, "nl"), spec, "nl")
    assert sheet["evidence_url"].tolist() == verdicts["evidence_url"].tolist()


def test_summary_json(result: ScoreResult) -> None:
    summary = json.loads((result.out_dir / "summary.json").read_text(encoding="utf-8"))
    assert summary["run_id"] == "2026-run"
    assert summary["rules_versions"] == ["fx-1"]
    assert summary["options"]["not_found"] == "zero"
    assert summary["run_dates"]["started_at"] == "2026-07-01T08:00:00Z"
    # GM0014 p_o1 was overridden from not_found to ok.
    assert summary["counts"]["verdicts_by_status"] == {
        "ok": 11, "not_offered": 2, "not_found": 1, "unreachable": 5
    }  # fmt: skip
    everyone = summary["headline"]["all"]
    # With the override: GM0014 66.75, GM0034 40, PV20 50, WS0155 33.
    assert everyone["maturity"] == round((66.75 + 40 + 50 + 33) / 4, 1)
    assert everyone["n_organisations"] == 4 and everyone["n_counted"] == 12
    assert summary["headline"]["provincie"]["maturity_strict"] == 33.5
    assert summary["audiences"]["gemeente"]["burger"]["n_organisations"] == 2
    assert set(summary["conventions"]) == {"default", "authenticated", "strict", "eu"}
    assert summary["tables"]["scores_types"] == {
        "csv": "scores_types.csv", "parquet": "scores_types.parquet", "rows": 4
    }  # fmt: skip
    assert summary["excel"] == "digimeter-2026-run.xlsx"


def test_empty_tables_are_written_with_their_header(tmp_path: Path) -> None:
    folder = csv_run(tmp_path / "run", with_organisations=False)  # no inhabitants
    result = score_run(folder)
    spec = TABLES_BY_NAME["scores_size_classes"]
    text = (folder / "scores_size_classes.csv").read_text(encoding="utf-8")
    assert text == ",".join(spec.names) + "\n"
    assert pd.read_parquet(folder / "scores_size_classes.parquet").columns.tolist() == spec.names
    sheet = pd.read_excel(folder / f"digimeter-{result.run_id}.xlsx", sheet_name="grootteklassen")
    assert sheet.empty and sheet.columns.tolist() == column_titles(spec, "nl")
    assert result.summary["tables"]["overrides_applied"]["rows"] == 0


def test_bad_input_keeps_the_tables_already_written(tmp_path: Path) -> None:
    run = store_run(tmp_path / "run")
    score_run(run)
    before = {p.name: p.read_bytes() for p in run.iterdir() if p.suffix in (".csv", ".json")}
    add_overrides(run, [("GM0014", "p_b1", "maybe", None, None, "x", "2026", "?")])
    with pytest.raises(ScoringInputError, match="unknown status 'maybe'"):
        score_run(run)
    after = {p.name: p.read_bytes() for p in run.iterdir() if p.suffix in (".csv", ".json")}
    assert after == before
    assert not list(run.glob(".*.tmp"))
