"""Every aggregate on a small verdict set whose figures are computed by hand.

The verdict set is `scoring_fixtures.VERDICTS` (one line per verdict, `code,product,
status,level,level_strict`). Products: p_b1, p_b2, p_no burger; p_o1 ondernemer; p_both
beide (counts for both audiences); p_prov (province, beide); p_ws (water, ondernemer).

    GM0014  p_b1 ok 100 (strict 67)  p_b2 ok 33  p_no not_offered  p_o1 not_found  p_both ok 67
    GM0034  p_b1 ok 0  p_b2 ok 100  p_no ok 33  p_o1 ok 67  p_both not_found
    GM0037  everything unreachable
    PV20    p_both ok 0  p_prov ok 100 (strict 67)
    WS0155  p_both not_offered  p_ws ok 33
"""

from __future__ import annotations

import math
from pathlib import Path

import pandas as pd
import pytest
from scoring_fixtures import csv_run, store_run

from scoring.compute import ScoreTables, compute_scores
from scoring.inputs import load_run

approx = pytest.approx


def score(folder: Path, not_found: str = "zero") -> ScoreTables:
    return compute_scores(load_run(folder), not_found=not_found)


@pytest.fixture(scope="module")
def zero(tmp_path_factory: pytest.TempPathFactory) -> ScoreTables:
    return score(csv_run(tmp_path_factory.mktemp("zero") / "run"))


@pytest.fixture(scope="module")
def exclude(tmp_path_factory: pytest.TempPathFactory) -> ScoreTables:
    return score(csv_run(tmp_path_factory.mktemp("exclude") / "run"), "exclude")


def org(scores: ScoreTables, code: str) -> pd.Series:
    table = scores.tables["scores_organisations"]
    return table[table["org_code"] == code].iloc[0]


def row(frame: pd.DataFrame, **keys: str) -> pd.Series:
    mask = pd.Series(True, index=frame.index)
    for k, v in keys.items():
        mask &= frame[k] == v
    assert mask.sum() == 1, keys
    return frame[mask].iloc[0]


def test_organisation_scores_not_found_as_zero(zero: ScoreTables) -> None:
    gm14 = org(zero, "GM0014")
    # Counted: p_b1 100, p_b2 33, p_o1 not_found as 0, p_both 67 (p_no not_offered excluded).
    assert gm14["maturity"] == approx(200 / 4)  # 50.0
    assert gm14["availability"] == approx(75.0)  # 100, 33, 67 of 4 are >= 33
    assert gm14["availability_67"] == approx(50.0)  # 100, 67 of 4
    assert gm14["maturity_burger"] == approx((100 + 33 + 67) / 3)  # p_b1, p_b2, p_both
    assert gm14["maturity_ondernemer"] == approx((0 + 67) / 2)  # p_o1 (0), p_both
    assert gm14["maturity_strict"] == approx((67 + 33 + 0 + 67) / 4)  # 41.75
    assert gm14["score_eu"] == approx((100 + 50 + 0 + 100) / 4)  # 62.5
    assert (gm14["n_counted"], gm14["n_not_found"], gm14["n_not_offered"]) == (4, 1, 1)
    assert (gm14["n_unreachable"], gm14["n_products"], gm14["n_ok"]) == (0, 5, 3)
    assert (gm14["n_counted_burger"], gm14["n_counted_ondernemer"]) == (3, 2)

    gm34 = org(zero, "GM0034")
    # Counted: p_b1 0, p_b2 100, p_no 33, p_o1 67, p_both not_found 0.
    assert gm34["maturity"] == approx(200 / 5)  # 40.0
    assert gm34["availability"] == approx(60.0)  # 100, 33, 67 of 5
    assert gm34["availability_67"] == approx(40.0)
    assert gm34["maturity_burger"] == approx((0 + 100 + 33 + 0) / 4)  # 33.25
    assert gm34["availability_burger"] == approx(50.0)  # 100, 33 of 4
    assert gm34["maturity_ondernemer"] == approx((67 + 0) / 2)
    assert gm34["maturity_strict"] == approx(40.0)
    assert gm34["score_eu"] == approx((50 + 100 + 50 + 100 + 0) / 5)  # 60.0

    wat = org(zero, "WS0155")
    assert wat["maturity"] == approx(33.0)
    assert wat["availability"] == approx(100.0) and wat["availability_67"] == approx(0.0)
    assert math.isnan(wat["maturity_burger"])  # no citizen product counted: empty, not 0
    assert wat["maturity_ondernemer"] == approx(33.0)

    prov = org(zero, "PV20")
    assert prov["maturity"] == approx(50.0)
    assert prov["maturity_burger"] == approx(50.0) == prov["maturity_ondernemer"]  # beide
    assert prov["maturity_strict"] == approx((0 + 67) / 2)
    assert prov["score_eu"] == approx((50 + 100) / 2)


def test_organisation_with_nothing_counted_has_empty_scores(zero: ScoreTables) -> None:
    gm37 = org(zero, "GM0037")
    for column in ("maturity", "availability", "availability_67", "maturity_burger",
                   "maturity_strict", "score_eu"):  # fmt: skip
        assert math.isnan(gm37[column]), column
    assert (gm37["n_counted"], gm37["n_unreachable"]) == (0, 5)
    assert pd.isna(gm37["rank_in_type"])


def test_not_found_excluded(exclude: ScoreTables) -> None:
    gm14 = org(exclude, "GM0014")
    # p_o1 (not_found) leaves: p_b1 100, p_b2 33, p_both 67.
    assert gm14["maturity"] == approx(200 / 3)
    assert gm14["availability"] == approx(100.0)
    assert gm14["maturity_ondernemer"] == approx(67.0)  # only p_both
    assert gm14["score_eu"] == approx((100 + 50 + 100) / 3)
    assert (gm14["n_counted"], gm14["n_not_found"]) == (3, 1)
    gm34 = org(exclude, "GM0034")
    assert gm34["maturity"] == approx(200 / 4)  # 0, 100, 33, 67
    types = exclude.tables["scores_types"]
    assert row(types, org_type="gemeente")["maturity"] == approx((200 / 3 + 50) / 2)
    product = row(exclude.tables["scores_products"], org_type="gemeente", product_key="p_both")
    assert product["maturity"] == approx(67.0)  # GM0034's not_found is left out
    assert product["n_organisations"] == 1 and product["share_not_found"] == approx(0.0)


def test_type_scores_unweighted_mean_spread_and_pooled(zero: ScoreTables) -> None:
    types = zero.tables["scores_types"]
    assert list(types["org_type"]) == ["gemeente", "provincie", "waterschap", "all"]
    gm = row(types, org_type="gemeente")
    # Scored municipalities: GM0014 50, GM0034 40 (GM0037 has no score).
    assert (gm["n_organisations"], gm["n_organisations_listed"]) == (2, 3)
    assert gm["maturity"] == approx(45.0)
    assert gm["maturity_median"] == approx(45.0)
    assert gm["maturity_q1"] == approx(42.5) and gm["maturity_q3"] == approx(47.5)
    assert gm["maturity_min"] == approx(40.0) and gm["maturity_max"] == approx(50.0)
    assert gm["availability"] == approx((75 + 60) / 2)
    assert gm["availability_67"] == approx((50 + 40) / 2)
    # Pooled over the 9 counted cells: (200 + 200) / 9; availability 6 of 9.
    assert gm["maturity_pooled"] == approx(400 / 9)
    assert gm["availability_pooled"] == approx(600 / 9)
    assert (gm["n_products"], gm["n_counted"]) == (5, 9)
    assert (gm["n_not_found"], gm["n_not_offered"], gm["n_unreachable"]) == (2, 1, 5)
    assert gm["maturity_burger"] == approx(((100 + 33 + 67) / 3 + 33.25) / 2)
    # Strict: GM0014 (67 + 33 + 0 + 67) / 4 = 41.75, GM0034 40. EU: 62.5 and 60.
    assert gm["maturity_strict"] == approx((41.75 + 40) / 2)
    assert gm["score_eu"] == approx((62.5 + 60) / 2)
    # Strict is lower: GM0014 p_b1 is 100 authenticated but 67 strict.
    assert gm["maturity_strict"] < gm["maturity"]
    everyone = row(types, org_type="all")
    # Organisations with a score: 50, 40, 50 (PV20), 33 (WS0155).
    assert everyone["maturity"] == approx((50 + 40 + 50 + 33) / 4)
    assert everyone["maturity_median"] == approx(45.0)
    assert everyone["maturity_min"] == approx(33.0)
    assert everyone["n_organisations"] == 4 and everyone["n_organisations_listed"] == 5
    # Pooled: 9 municipal cells (400), 2 provincial (100), 1 water (33).
    assert everyone["maturity_pooled"] == approx(533 / 12)
    assert everyone["n_counted"] == 12


def test_audiences_count_beide_for_both(zero: ScoreTables) -> None:
    aud = zero.tables["scores_audiences"]
    burger = row(aud, org_type="gemeente", audience="burger")
    assert burger["maturity"] == approx(((100 + 33 + 67) / 3 + 33.25) / 2)
    assert (burger["n_organisations"], burger["n_products"]) == (2, 4)  # p_b1 p_b2 p_no p_both
    assert burger["n_counted"] == 7  # GM0014: 3, GM0034: 4
    business = row(aud, org_type="gemeente", audience="ondernemer")
    assert business["maturity"] == approx(33.5)  # both municipalities 33.5
    assert (business["n_products"], business["n_counted"]) == (2, 4)  # p_o1, p_both
    assert business["maturity_pooled"] == approx((0 + 67 + 67 + 0) / 4)
    everyone = row(aud, org_type="all", audience="ondernemer")
    assert everyone["maturity"] == approx((33.5 + 33.5 + 50 + 33) / 4)
    burger_all = row(aud, org_type="all", audience="burger")
    assert burger_all["n_organisations"] == 3  # WS0155 has no counted citizen product
    assert burger_all["maturity"] == approx(((100 + 33 + 67) / 3 + 33.25 + 50) / 3)


def test_product_scores_and_level_mix(zero: ScoreTables) -> None:
    products = zero.tables["scores_products"]
    b1 = row(products, org_type="gemeente", product_key="p_b1")
    assert b1["product_name"] == "Uittreksel BRP aanvragen"
    assert b1["maturity"] == approx(50.0)  # 100 and 0; GM0037 unreachable
    assert (b1["n_organisations"], b1["n_verdicts"], b1["n_unreachable"]) == (2, 3, 1)
    assert b1["share_level_100"] == approx(50.0) and b1["share_level_0"] == approx(50.0)
    both = row(products, org_type="gemeente", product_key="p_both")
    assert both["maturity"] == approx(33.5)  # 67 and not_found 0
    assert both["share_not_found"] == approx(50.0) and both["share_level_67"] == approx(50.0)
    assert both["audience"] == "beide"
    no = row(products, org_type="gemeente", product_key="p_no")
    assert no["maturity"] == approx(33.0) and no["n_not_offered"] == 1
    assert no["n_organisations"] == 1
    shares = products[[c for c in products.columns if c.startswith("share_")]]
    counted = products["n_organisations"] > 0
    assert shares[counted].sum(axis=1).to_numpy() == approx([100.0] * int(counted.sum()))
    assert shares[~counted].isna().all(axis=None)  # nothing counted: empty, not 0
    assert row(products, org_type="provincie", product_key="p_both")["maturity"] == approx(0.0)
    assert row(products, org_type="waterschap", product_key="p_both")["n_organisations"] == 0
    gm_rank = products[products["org_type"] == "gemeente"].set_index("product_key")
    assert gm_rank.loc["p_b2", "rank_in_type"] == 1  # 66.5 > 50 > 33.5 = 33.5 > 33
    assert list(gm_rank["rank_in_type"]) == [2, 1, 5, 3, 3]
    # Products keep the list order within a type.
    assert list(gm_rank.index) == ["p_b1", "p_b2", "p_no", "p_o1", "p_both"]


def test_size_classes(zero: ScoreTables) -> None:
    sizes = zero.tables["scores_size_classes"]
    assert list(sizes["org_type"].unique()) == ["gemeente"]  # only municipalities have them
    labels = list(sizes["size_class"])
    assert labels == ["< 20 000", "20 000 – 50 000", "50 000 – 100 000", "≥ 100 000"]
    small = row(sizes, size_class="< 20 000")  # GM0014 (15 000)
    assert small["maturity"] == approx(50.0) and small["n_organisations"] == 1
    assert (small["n_products"], small["n_counted"]) == (4, 4)  # p_b1 p_b2 p_o1 p_both
    middle = row(sizes, size_class="50 000 – 100 000")  # GM0034 (60 000)
    assert middle["maturity"] == approx(40.0)
    large = row(sizes, size_class="≥ 100 000")  # GM0037 (120 000), unreachable
    assert (large["n_organisations"], large["n_organisations_listed"]) == (0, 1)
    assert (large["n_products"], large["n_counted"]) == (0, 0)
    assert math.isnan(large["maturity"])
    assert row(sizes, size_class="20 000 – 50 000")["n_organisations_listed"] == 0
    assert org(zero, "GM0034")["size_class"] == "50 000 – 100 000"


def test_no_size_classes_without_inhabitants(tmp_path: Path) -> None:
    scores = score(csv_run(tmp_path / "run", with_organisations=False))
    assert scores.tables["scores_size_classes"].empty
    assert (scores.tables["scores_organisations"]["size_class"] == "").all()


def test_a_small_type_gets_one_ranking(zero: ScoreTables) -> None:
    tb = zero.tables["top_bottom"]
    assert set(tb["list"]) == {"all"}  # no type has more than 20 scored organisations
    ranking = tb[tb["org_type"] == "gemeente"]
    assert list(ranking["org_code"]) == ["GM0014", "GM0034"]  # GM0037 has no score
    assert list(ranking["position"]) == [1, 2]
    assert set(tb["org_type"]) == {"gemeente", "provincie", "waterschap"}


@pytest.mark.parametrize(("n", "lists"), [(20, {"all": 20}), (21, {"top": 10, "bottom": 10})])
def test_top_and_bottom_only_when_they_cannot_overlap(n: int, lists: dict[str, int]) -> None:
    from scoring.rankings import top_bottom

    orgs = pd.DataFrame(
        {
            "org_code": [f"GM{i:04d}" for i in range(n)],
            "org_name": [f"Gemeente {i:02d}" for i in range(n)],
            "org_type": "gemeente",
            "maturity": [float(i) for i in range(n)],
            "availability": 50.0,
            "availability_67": 25.0,
            "n_counted": 4,
            "rank_in_type": list(range(n, 0, -1)),
        }
    )
    tb = top_bottom(orgs)
    assert tb["list"].value_counts().to_dict() == lists
    if "all" in lists:
        assert list(tb["maturity"]) == sorted(orgs["maturity"], reverse=True)
    else:
        top, bottom = tb[tb["list"] == "top"], tb[tb["list"] == "bottom"]
        assert not set(top["org_code"]) & set(bottom["org_code"])
        assert top["maturity"].iloc[0] == n - 1 and bottom["maturity"].iloc[0] == 0


def test_not_found_unreachable_list(zero: ScoreTables, exclude: ScoreTables) -> None:
    review = zero.tables["not_found_unreachable"]
    assert len(review) == 7  # 2 not_found + 5 unreachable
    nf = review[review["status"] == "not_found"]
    assert set(zip(nf["org_code"], nf["product_key"], strict=True)) == {
        ("GM0014", "p_o1"), ("GM0034", "p_both")
    }  # fmt: skip
    assert nf["counted"].all()
    assert not review[review["status"] == "unreachable"]["counted"].any()
    assert nf.iloc[0]["reason"].startswith("fixture.not_found")
    assert not exclude.tables["not_found_unreachable"]["counted"].any()


def test_run_store_and_plain_csv_give_the_same_scores(tmp_path: Path) -> None:
    from_store = score(store_run(tmp_path / "store"))
    from_csv = score(csv_run(tmp_path / "csv"))
    for name in ("scores_organisations", "scores_types", "scores_audiences"):
        pd.testing.assert_frame_equal(
            from_store.tables[name].reset_index(drop=True),
            from_csv.tables[name].reset_index(drop=True),
            check_dtype=False,
        )
    assert from_store.run.meta["started_at"] == "2026-07-01T08:00:00Z"
    assert from_store.rules_versions() == ["fx-1"]
