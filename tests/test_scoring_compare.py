"""`--compare`: change per organisation, type and product, and the verdicts that changed.

The earlier run (`scoring_fixtures.EARLIER_VERDICTS`) differs from the current one in:

    GM0014 p_both  ok 33 -> ok 67                 (up)
    GM0034 p_o1    ok 100 -> ok 67                (down)
    GM0034 p_both  ok 33 -> not_found             (down: counted as 0 now)
    WS0155 p_both, p_ws   not measured before     (new)
    GM0099 p_b1    measured before, not now       (gone)

Maturity before (not_found as 0):
    GM0014  (100 + 33 + 0 + 33) / 4 = 41.5     now 50.0   change +8.5
    GM0034  (0 + 100 + 33 + 100 + 33) / 5 = 53.2   now 40.0   change -13.2
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest
from scoring_fixtures import EARLIER_VERDICTS, store_run

from scoring.run import ScoreResult, score_run

approx = pytest.approx


@pytest.fixture(scope="module")
def compared(tmp_path_factory: pytest.TempPathFactory) -> ScoreResult:
    base = tmp_path_factory.mktemp("compare")
    earlier = store_run(base / "2025-run", EARLIER_VERDICTS, started_at="2025-07-01")
    return score_run(store_run(base / "2026-run"), compare=earlier)


def by(frame: pd.DataFrame, **keys: str) -> pd.Series:
    mask = pd.Series(True, index=frame.index)
    for k, v in keys.items():
        mask &= frame[k] == v
    assert mask.sum() == 1, keys
    return frame[mask].iloc[0]


def test_change_per_organisation(compared: ScoreResult) -> None:
    orgs = compared.tables["changes_organisations"]
    gm14 = by(orgs, org_code="GM0014")
    assert (gm14["maturity_before"], gm14["maturity_after"]) == (41.5, 50.0)
    assert gm14["maturity_change"] == approx(8.5)
    assert gm14["availability_before"] == approx(75.0)  # 100, 33, 33 of 4
    assert gm14["availability_67_change"] == approx(50.0 - 25.0)
    assert gm14["n_verdicts_changed"] == 1
    gm34 = by(orgs, org_code="GM0034")
    assert gm34["maturity_before"] == approx(53.2) and gm34["maturity_change"] == approx(-13.2)
    assert gm34["n_verdicts_changed"] == 2
    new = by(orgs, org_code="WS0155")
    assert math.isnan(new["maturity_before"]) and new["maturity_after"] == approx(33.0)
    assert math.isnan(new["maturity_change"])
    gone = by(orgs, org_code="GM0099")
    assert gone["maturity_before"] == approx(67.0) and math.isnan(gone["maturity_after"])
    assert gone["org_name"] == "Gemeente GM0099" and gone["org_type"] == "gemeente"


def test_change_per_type_and_product(compared: ScoreResult) -> None:
    types = compared.tables["changes_types"]
    gm = by(types, org_type="gemeente")
    # Before: GM0014 41.5, GM0034 53.2, GM0099 67 -> 53.9; now 45.0.
    assert gm["maturity_before"] == approx((41.5 + 53.2 + 67) / 3, abs=0.05)
    assert gm["maturity_after"] == approx(45.0)
    assert gm["maturity_change"] == approx(45.0 - 53.9)
    assert (gm["n_organisations_before"], gm["n_organisations_after"]) == (3, 2)
    water = by(types, org_type="waterschap")  # listed but not measured in the earlier run
    assert water["n_organisations_before"] == 0 and pd.isna(water["maturity_before"])
    assert water["n_organisations_after"] == 1
    products = compared.tables["changes_products"]
    both = by(products, org_type="gemeente", product_key="p_both")
    assert (both["maturity_before"], both["maturity_after"]) == (33.0, 33.5)
    assert both["product_name"] == "Klacht indienen"


def test_changed_verdicts_with_the_evidence_of_both_runs(compared: ScoreResult) -> None:
    changes = compared.tables["changes_verdicts"]
    kinds = {(r.org_code, r.product_key): r.change for r in changes.itertuples()}
    assert kinds == {
        ("GM0014", "p_both"): "up",
        ("GM0034", "p_o1"): "down",
        ("GM0034", "p_both"): "down",
        ("WS0155", "p_both"): "new",
        ("WS0155", "p_ws"): "new",
        ("GM0099", "p_b1"): "gone",
    }
    up = by(changes, org_code="GM0014", product_key="p_both")
    assert (up["level_before"], up["level_after"]) == (33, 67)
    assert json.loads(up["evidence_before"])[0]["snippet"] == "p_both ok 33"
    assert json.loads(up["evidence_after"])[0]["snippet"] == "p_both ok 67"
    assert up["route_url_after"].endswith("p_both/form")
    lost = by(changes, org_code="GM0034", product_key="p_both")
    assert (lost["status_before"], lost["status_after"]) == ("ok", "not_found")
    assert pd.isna(lost["level_after"])
    gone = by(changes, org_code="GM0099", product_key="p_b1")
    assert gone["status_after"] == "" and gone["evidence_after"] == ""


def test_compare_files_and_summary(compared: ScoreResult) -> None:
    out = compared.out_dir
    for name in ("changes_organisations", "changes_types", "changes_products",
                 "changes_verdicts"):  # fmt: skip
        assert (out / f"{name}.csv").is_file() and (out / f"{name}.parquet").is_file()
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["compare"]["run_id"] == "2025-run"
    assert summary["compare"]["verdicts_changed"] == 6
    assert summary["compare"]["types"]["gemeente"]["maturity_after"] == 45.0
    assert summary["options"]["compare"] == "2025-run"


def test_scoring_without_compare_removes_stale_change_tables(tmp_path: Path) -> None:
    earlier = store_run(tmp_path / "earlier", EARLIER_VERDICTS)
    run = store_run(tmp_path / "now")
    score_run(run, compare=earlier)
    assert (run / "changes_verdicts.csv").exists()
    result = score_run(run)
    assert not (run / "changes_verdicts.csv").exists()
    assert not (run / "changes_types.parquet").exists()
    assert "compare" not in result.summary
