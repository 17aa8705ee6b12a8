"""Review overrides (the `overrides` table of run.db) are applied before aggregation.

Hand-made overrides on the fixture run (see test_scoring_aggregates for the verdicts):

    GM0014 p_o1    not_found -> ok 67         (the reviewer found the online form)
    GM0034 p_b1    ok 0 -> ok 33 (2026-08-01), then ok 100 / strict 67 (2026-08-02): latest wins
    PV20   p_prov  ok 100 -> not_offered      (excluded from then on)
    GM9999 p_b1    no such verdict: not applied, counted as unmatched
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest
from scoring_fixtures import add_overrides, store_run

from scoring.compute import compute_scores
from scoring.inputs import ScoringInputError, load_run
from scoring.run import score_run

approx = pytest.approx

OVERRIDES = [
    ("GM0014", "p_o1", "ok", 67, 67, "anna", "2026-08-01T10:00:00Z", "form on mijn.groningen"),
    ("GM0034", "p_b1", "ok", 100, 67, "bert", "2026-08-02T09:00:00Z", "DigiD form found"),
    ("GM0034", "p_b1", "ok", 33, 33, "anna", "2026-08-01T09:00:00Z", "pdf only"),
    ("PV20", "p_prov", "not_offered", None, None, "carla", "2026-08-01T11:00:00Z", "no such"),
    ("GM9999", "p_b1", "ok", 100, 100, "anna", "2026-08-01T12:00:00Z", "typo in code"),
]


@pytest.fixture
def overridden_run(tmp_path: Path) -> Path:
    run = store_run(tmp_path / "run")
    add_overrides(run, OVERRIDES)
    return run


def org(table: pd.DataFrame, code: str) -> pd.Series:
    return table[table["org_code"] == code].iloc[0]


def test_overrides_replace_status_and_level_before_aggregation(overridden_run: Path) -> None:
    scores = compute_scores(load_run(overridden_run))
    orgs = scores.tables["scores_organisations"]
    gm14 = org(orgs, "GM0014")
    # p_b1 100, p_b2 33, p_o1 67 (override), p_both 67.
    assert gm14["maturity"] == approx((100 + 33 + 67 + 67) / 4)
    assert gm14["maturity_ondernemer"] == approx(67.0)  # p_o1 67, p_both 67
    assert (gm14["n_not_found"], gm14["n_overridden"]) == (0, 1)
    gm34 = org(orgs, "GM0034")
    # p_b1 100 (latest override), p_b2 100, p_no 33, p_o1 67, p_both not_found 0.
    assert gm34["maturity"] == approx(300 / 5)
    assert gm34["maturity_strict"] == approx((67 + 100 + 33 + 67 + 0) / 5)
    prov = org(orgs, "PV20")
    assert prov["maturity"] == approx(0.0)  # only p_both (0) is left
    assert (prov["n_counted"], prov["n_not_offered"]) == (1, 1)
    assert scores.n_overrides_applied == 3
    assert scores.n_overrides_unmatched == 1
    assert scores.overrides_unmatched == [("GM9999", "p_b1")]
    types = scores.tables["scores_types"].set_index("org_type")
    assert types.loc["gemeente", "n_overridden"] == 2
    assert types.loc["provincie", "n_overridden"] == 1
    assert types.loc["all", "n_overridden"] == 3
    products = scores.tables["scores_products"]
    b1 = products[(products["org_type"] == "gemeente") & (products["product_key"] == "p_b1")]
    assert b1.iloc[0]["maturity"] == approx(100.0) and b1.iloc[0]["n_overridden"] == 1


def test_applied_overrides_are_listed_with_before_and_after(overridden_run: Path) -> None:
    applied = compute_scores(load_run(overridden_run)).tables["overrides_applied"]
    assert len(applied) == 3
    b1 = applied[applied["product_key"] == "p_b1"].iloc[0]
    assert (b1["status_before"], b1["level_before"], b1["level_after"]) == ("ok", 0, 100)
    assert (b1["reviewer"], b1["reason"]) == ("bert", "DigiD form found")
    o1 = applied[applied["product_key"] == "p_o1"].iloc[0]
    assert o1["status_before"] == "not_found" and pd.isna(o1["level_before"])


def test_every_table_and_the_summary_record_the_overrides(overridden_run: Path) -> None:
    result = score_run(overridden_run)
    summary = json.loads((overridden_run / "summary.json").read_text(encoding="utf-8"))
    assert summary["overrides"] == {
        "applied": 3, "unmatched": 1, "source": "run.db table overrides"
    }  # fmt: skip
    for name in ("scores_organisations", "scores_types", "scores_audiences", "scores_products",
                 "scores_size_classes"):  # fmt: skip
        assert "n_overridden" in result.tables[name].columns, name
        assert result.tables[name]["n_overridden"].sum() > 0, name
    review = pd.read_csv(overridden_run / "not_found_unreachable.csv", keep_default_na=False)
    assert "overridden" in review.columns
    assert len(pd.read_csv(overridden_run / "overrides_applied.csv")) == 3
    from openpyxl import load_workbook

    workbook = load_workbook(overridden_run / f"digimeter-{result.run_id}.xlsx", read_only=True)
    about = {r[0]: r[1] for r in workbook["over"].iter_rows(values_only=True)}  # Dutch
    assert about["correcties toegepast"] == "3" and about["correcties zonder oordeel"] == "1"


def test_an_override_to_not_found_counts_per_the_not_found_option(tmp_path: Path) -> None:
    run = store_run(tmp_path / "run")
    add_overrides(run, [("WS0155", "p_ws", "not_found", None, None, "d", "2026-08-03", "gone")])
    zero = compute_scores(load_run(run)).tables["scores_organisations"]
    assert org(zero, "WS0155")["maturity"] == approx(0.0)
    excluded = compute_scores(load_run(run), not_found="exclude").tables["scores_organisations"]
    assert math.isnan(org(excluded, "WS0155")["maturity"])


def test_without_overrides_table_nothing_is_applied(tmp_path: Path) -> None:
    scores = compute_scores(load_run(store_run(tmp_path / "run")))
    assert scores.n_overrides_applied == 0
    assert scores.tables["overrides_applied"].empty
    assert not scores.verdicts["overridden"].any()


def test_a_bad_override_is_a_clear_error(tmp_path: Path) -> None:
    run = store_run(tmp_path / "run")
    add_overrides(run, [OVERRIDES[0], ("GM0014", "p_b1", "ok", 50, 50, "x", "2026", "typo")])
    with pytest.raises(ScoringInputError) as info:
        load_run(run)
    message = str(info.value)
    assert "table overrides" in message and "row 2" in message
    assert "field 'level'" in message and "'50' is not a level" in message


def test_an_ok_override_without_level_is_rejected(tmp_path: Path) -> None:
    run = store_run(tmp_path / "run")
    add_overrides(run, [("GM0014", "p_b2", "ok", None, None, "x", "2026", "no level")])
    with pytest.raises(ScoringInputError, match=r"row 1, field 'level': status ok needs a level"):
        load_run(run)


def test_an_ok_override_without_strict_level_takes_the_level(tmp_path: Path) -> None:
    run = store_run(tmp_path / "run")
    add_overrides(run, [("GM0014", "p_b2", "ok", 100, None, "x", "2026", "DigiD")])
    scores = compute_scores(load_run(run))
    verdict = scores.verdicts.set_index(["org_code", "product_key"]).loc[("GM0014", "p_b2")]
    assert verdict["level_strict"] == 100
