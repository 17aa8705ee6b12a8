"""The sample and its arithmetic, on hand-computed cases: stratified allocation, the
stratified estimate and variance, the Wilson interval, the ratio estimate, Cohen's kappa,
and a whole sample reviewed through run.db."""

from __future__ import annotations

from pathlib import Path

import pytest

from digimeter.core.reviewrecords import Outcome
from digimeter.core.runstore import RunStore
from review.sampling import allocate, draw_sample
from scoring.accuracy import sample_accuracy
from scoring.estimate import StratumSample, cohen_kappa, stratified_proportion, stratified_ratio
from scoring.estimate import wilson as wilson_interval

approx = pytest.approx


def test_two_strata_proportion_by_hand() -> None:
    # A: N=100, 10 reviewed, 6 right; B: N=300, 20 reviewed, 15 right. W = 0.25, 0.75.
    # p = 0.25*0.6 + 0.75*0.75 = 0.7125
    # var = 0.25^2*(1-10/100)*0.6*0.4/9 + 0.75^2*(1-20/300)*0.75*0.25/19
    #     = 0.0015 + 0.005180921 = 0.006680921; half width 1.96*sqrt(var) = 0.1602014
    est = stratified_proportion(
        [("A", 100, [True] * 6 + [False] * 4), ("B", 300, [True] * 15 + [False] * 5)]
    )
    assert est.value == approx(0.7125)
    assert (est.low, est.high) == (approx(0.5522986, abs=1e-6), approx(0.8727014, abs=1e-6))
    assert est.n == 30 and "stratified" in est.method


def test_one_stratum_uses_the_wilson_interval() -> None:
    # 18 of 20: the Wilson interval is 0.6990 .. 0.9721 (textbook value).
    est = stratified_proportion([("all", 500, [True] * 18 + [False] * 2)])
    assert est.value == approx(0.9)
    assert (est.low, est.high) == (approx(0.69897, abs=1e-4), approx(0.97214, abs=1e-4))
    assert est.method.startswith("Wilson")
    assert wilson_interval(20, 20) == (approx(0.8389, abs=1e-4), 1.0)


def test_ratio_estimate_by_hand() -> None:
    # (y, x) per reviewed verdict; A: N=10, B: N=20.
    # Y = 10*2/4 + 20*2/5 = 13, X = 10*3/4 + 20*4/5 = 23.5, R = 0.5531915
    # e = y - R x; s2_A(e) = 0.2254414, s2_B(e) = 0.2505659
    # var = (10^2*(1-4/10)*s2_A/4 + 20^2*(1-5/20)*s2_B/5) / 23.5^2 = 18.4155726 / 552.25
    #     = 0.0333464; half width 1.96*0.1826101 = 0.3579092
    est = stratified_ratio(
        [
            StratumSample("A", 10, ((1, 1), (0, 1), (0, 0), (1, 1))),
            StratumSample("B", 20, ((1, 1), (0, 1), (1, 1), (0, 1), (0, 0))),
        ]
    )
    assert est.value == approx(13 / 23.5)
    assert (est.low, est.high) == (approx(0.1952823, abs=1e-6), approx(0.9111007, abs=1e-6))
    assert est.shifted(0.5).value == approx(13 / 23.5 - 0.5)


def test_a_stratum_without_reviews_is_an_error() -> None:
    with pytest.raises(ValueError, match="stratum B has no reviewed verdict"):
        stratified_proportion([("A", 10, [True, True]), ("B", 5, [])])


def test_cohen_kappa_by_hand() -> None:
    # 50 items: both yes 20, A yes/B no 5, A no/B yes 10, both no 15.
    # p_o = 35/50 = 0.7; p_e = (25*30 + 25*20)/2500 = 0.5; kappa = 0.2/0.5 = 0.4
    pairs = [("y", "y")] * 20 + [("y", "n")] * 5 + [("n", "y")] * 10 + [("n", "n")] * 15
    assert cohen_kappa(pairs) == approx(0.4)
    assert cohen_kappa([("67", "67"), ("33", "33")]) == approx(1.0)
    assert cohen_kappa([("67", "67")] * 3) is None and cohen_kappa([]) is None


def test_allocation_is_proportional_with_two_per_stratum() -> None:
    sizes = {"gemeente/100": 700, "gemeente/33": 250, "provincie/67": 40, "gemeente/nf": 10}
    counts = allocate(sizes, 100)
    assert sum(counts.values()) == 100
    # 2 each first (8), the other 92 by size: 698/992*92 = 64.73, 248 -> 23.0, 38 -> 3.52,
    # 8 -> 0.74; 8 + floors 64, 23, 3, 0 = 98, plus one each for the two largest
    # remainders (gemeente/nf 0.74, gemeente/100 0.73).
    assert counts == {"gemeente/100": 67, "gemeente/33": 25, "provincie/67": 5, "gemeente/nf": 3}
    assert allocate({"a": 3, "b": 1}, 10) == {"a": 3, "b": 1}
    # Too small for two each: one each, the fourth by the largest remainder (49/97 of 1).
    assert allocate({"a": 50, "b": 30, "c": 20}, 4) == {"a": 2, "b": 1, "c": 1}


def test_the_sample_is_stratified_reproducible_and_leaves_out_unreachable(review_run: Path) -> None:
    run = review_run
    store = RunStore(run)
    verdicts = store.verdict_rows()
    items, strata = draw_sample(verdicts, 20, seed=5)
    again, _ = draw_sample(verdicts, 20, seed=5)
    assert [i.key for i in items] == [i.key for i in again]
    assert [i.key for i in draw_sample(verdicts, 20, seed=6)[0]] != [i.key for i in items]
    assert len(items) == 20 and all(i.drawn.status != "unreachable" for i in items)
    assert sum(n for n, _ in strata.values()) == 43  # 45 verdicts less 2 unreachable
    assert {"gemeente/100", "provincie/100", "waterschap/33", "gemeente/not_found"} <= set(strata)
    assert all(drawn >= min(2, n) for n, drawn in strata.values())
    sample_id = store.save_sample(items, strata, seed=5, rules_version="r1")
    assert store.sample().id == sample_id and len(store.sample().items) == 20  # type: ignore[union-attr]
    store.close()


def test_a_reviewed_sample_gives_the_estimates(review_run: Path) -> None:
    run = review_run
    store = RunStore(run)
    try:
        items, strata = draw_sample(store.verdict_rows(), 400, seed=1)  # the whole population
        sid = store.save_sample(items, strata, seed=1, rules_version="r1")
        assert sample_accuracy(store).accuracy is None  # type: ignore[union-attr]
        wrong = {items[0].key, items[1].key}
        for item in items:
            outcome = item.drawn
            if item.key in wrong:
                outcome = Outcome("not_offered") if outcome.status == "ok" else Outcome("ok", 0, 0)
            store.add_judgement(sid, *item.key, "anna", outcome)
            store.add_review(
                *item.key,
                outcome,
                reviewer="anna",
                reason="checked",
                origin="sample",
                sample_id=sid,
            )
        for item in items[:10]:
            store.add_judgement(sid, *item.key, "bert", item.drawn)
        result = sample_accuracy(store, published_availability=80.0)
        assert result is not None and result.complete
        # Every verdict of the run was reviewed: the estimate is exact, the interval empty.
        assert result.accuracy.value == approx(41 / 43)  # type: ignore[union-attr]
        assert result.accuracy.high - result.accuracy.low == approx(0)  # type: ignore[union-attr]
        diff = result.availability_difference
        assert diff.value == approx(result.availability.value - 0.8)  # type: ignore[union-attr]
        ((a, b, n, kappa),) = result.agreement
        assert (a, b, n) == ("anna", "bert", 10)
        assert kappa is not None and kappa < 1.0  # anna's first two differ from bert's
        assert result.as_dict()["exact_level_accuracy"]["value"] == round(100 * 41 / 43, 2)
    finally:
        store.close()
