"""Reviewers' decisions in run.db: history, the overrides scoring reads, stale flags after a
re-classification, and decisions carried forward into a later run."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from review_fixtures import corpus_run

from classifiers.ruleset import RuleSet, load_rules
from classifiers.run import classify_run
from digimeter.core.reviewrecords import Outcome, ReviewError
from digimeter.core.runstore import RunStore
from scoring.compute import compute_scores
from scoring.inputs import load_run

EVENT = ("GM0451", "evenementenvergunning")  # 67 with the full rules, 0 without form.request
KLACHT = ("GM0114", "klacht")


@pytest.fixture
def run(review_run: Path) -> Path:
    return review_run


def test_a_revised_decision_keeps_its_history(run: Path) -> None:
    store = RunStore(run)
    try:
        first = store.add_review(
            *KLACHT,
            Outcome("ok", 33, 33),
            reviewer="anna",
            reason="only a pdf form",
            reviewed_at="2026-08-01T10:00:00Z",
        )
        assert first.decision == "override" and first.old == Outcome("ok", 67, 67)
        assert first.fingerprint.page_digest and first.rules_version == load_rules().version
        rows = store.db.execute("SELECT org_code, status, level FROM overrides").fetchall()
        assert rows == [("GM0114", "ok", 33)]
        second = store.add_review(
            *KLACHT, Outcome("ok", 67, 67), reviewer="bert", reviewed_at="2026-08-02T10:00:00Z"
        )
        assert second.decision == "confirm"
        history = store.reviews(*KLACHT)
        assert [(r.reviewer, r.decision, r.new.level) for r in history] == [
            ("anna", "override", 33),
            ("bert", "confirm", 67),
        ]
        assert store.db.execute("SELECT COUNT(*) FROM overrides").fetchone()[0] == 0
        for sql in ("UPDATE reviews SET reason = 'x'", "DELETE FROM reviews"):
            with pytest.raises(sqlite3.DatabaseError, match="append-only"):
                store.db.execute(sql)
        assert len(store.reviews()) == 2
    finally:
        store.close()


def test_a_decision_is_checked(run: Path) -> None:
    store = RunStore(run)
    try:
        with pytest.raises(ReviewError, match="a change needs a reason"):
            store.add_review(*KLACHT, Outcome("ok", 100, 67), reviewer="anna")
        with pytest.raises(ReviewError, match="reviewer"):
            store.add_review(*KLACHT, Outcome("ok", 67, 67), reviewer=" ")
        with pytest.raises(ReviewError, match="strict level"):
            store.add_review(*KLACHT, Outcome("ok", 33, 67), reviewer="anna", reason="x")
        with pytest.raises(ReviewError, match="has no level"):
            store.add_review(*KLACHT, Outcome("not_offered", 0, 0), reviewer="anna", reason="x")
        with pytest.raises(ReviewError, match="no verdict"):
            store.add_review("GM0000", "klacht", Outcome("ok", 0, 0), reviewer="a", reason="x")
        seen = {**store.verdict_row(*KLACHT), "level": "33"}  # type: ignore[dict-item]
        with pytest.raises(ReviewError, match="changed since it was shown"):
            store.add_review(*KLACHT, Outcome("ok", 67, 67), reviewer="anna", seen=seen)
        assert store.reviews() == []
    finally:
        store.close()


def test_scoring_applies_the_latest_decisions(run: Path) -> None:
    before = compute_scores(load_run(run)).tables["scores_organisations"]
    store = RunStore(run)
    store.add_review(*KLACHT, Outcome("ok", 0, 0), reviewer="anna", reason="contact form only")
    store.add_review(
        "GM1705",
        "brp-uittreksel",
        Outcome("ok", 100, 67),
        reviewer="anna",
        reason="page found by hand",
    )
    store.close()
    scores = compute_scores(load_run(run))
    assert scores.n_overrides_applied == 2
    after = scores.tables["scores_organisations"].set_index("org_code")
    old = before.set_index("org_code")
    # GM0114 has 7 counted products: klacht 67 -> 0 lowers its maturity by 67/7 points.
    assert after.at["GM0114", "maturity"] == pytest.approx(old.at["GM0114", "maturity"] - 67 / 7)
    assert after.at["GM1705", "n_not_found"] == 0 and old.at["GM1705", "n_not_found"] == 1


def test_reclassification_keeps_overrides_and_flags_the_stale_ones(
    tmp_path: Path, shared_dir: Path, rules_without_request_forms: RuleSet
) -> None:
    run = corpus_run(tmp_path / "run", shared_dir / "corpus", rules=rules_without_request_forms)
    store = RunStore(run)
    assert store.verdict_row(*EVENT)["level"] == "0"  # type: ignore[index]
    store.add_review(*EVENT, Outcome("ok", 67, 67), reviewer="anna", reason="online form")
    store.add_review(*KLACHT, Outcome("ok", 67, 67), reviewer="anna")
    assert store.stale_reviews() == []
    store.close()
    result = classify_run(run, workers=1)
    assert result.stale_reviews == 1
    assert "1 review decision(s) flagged" in result.summary()
    store = RunStore(run)
    try:
        latest = store.latest_reviews()
        assert set(latest[EVENT].stale) == {"status or level", "route", "rules", "stored pages"}
        assert latest[KLACHT].stale == ()
        assert store.db.execute("SELECT org_code, level FROM overrides").fetchall() == [
            ("GM0451", 67)
        ]
    finally:
        store.close()
    assert compute_scores(load_run(run)).n_overrides_applied == 1


def test_decisions_carry_forward_when_the_evidence_is_unchanged(
    tmp_path: Path, shared_dir: Path
) -> None:
    earlier = corpus_run(tmp_path / "2025", shared_dir / "corpus")
    store = RunStore(earlier)
    store.add_review(*KLACHT, Outcome("ok", 33, 33), reviewer="anna", reason="pdf only")
    store.add_review(*EVENT, Outcome("ok", 67, 67), reviewer="bert")
    store.add_review(
        "GM0575", "subsidie", Outcome("ok", 67, 67), reviewer="bert", reason="no DigiD"
    )
    subsidie_url = store.verdict_row("GM0575", "subsidie")["product_url"]  # type: ignore[index]
    store.close()
    corpus = tmp_path / "corpus"
    shutil.copytree(shared_dir / "corpus", corpus)
    host, _, path = subsidie_url.removeprefix("http://").partition("/")
    page = corpus / "sites" / host / (path or "index.html")
    page = page / "index.html" if page.is_dir() else page
    page.write_text(page.read_text(encoding="utf-8") + "<!-- changed -->", encoding="utf-8")
    later = corpus_run(tmp_path / "2026", corpus)
    new = RunStore(later)
    old = RunStore(earlier)
    try:
        new.add_review(*EVENT, Outcome("ok", 67, 67), reviewer="carla")
        result = new.carry_reviews(old)
        assert (result.carried, result.already_reviewed) == (1, 1)
        assert result.changed == [("GM0575", "subsidie")]
        carried = new.reviews(*KLACHT)[-1]
        assert (carried.origin, carried.reviewer, carried.new.level) == ("carried", "anna", 33)
        assert carried.origin_detail.startswith("run 2025, review 1 of ")
        assert new.reviews("GM0575", "subsidie") == []
        assert "carried 1 decision(s) from run 2025" in result.summary()
    finally:
        new.close()
        old.close()
