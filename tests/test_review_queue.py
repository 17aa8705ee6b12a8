"""The review queue: doubt reasons and their order, filters, search, neighbours, and the
review CLI's sample and carry commands."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from digimeter.cli import main
from digimeter.core.model import Verdict
from digimeter.core.proposalstore import Proposal
from digimeter.core.reviewrecords import Outcome
from digimeter.core.runstore import RunStore
from review import doubt
from review.queue import Filters, ReviewQueue


@pytest.fixture
def run(review_run: Path) -> Path:
    return review_run


def verdict(**fields: str) -> dict[str, str]:
    base = {
        "org_code": "GM1",
        "product_key": "p",
        "status": "ok",
        "level": "67",
        "level_strict": "67",
        "confidence": "0.95",
        "signals": "html_form",
        "evidence": "[]",
        "product_url": "http://a.test/p",
        "route_url": "http://a.test/f",
    }
    return {**base, **fields}


def test_doubt_reasons_are_a_table() -> None:
    assert doubt.reasons(verdict(), earlier=[None], shared=set()) == []
    assert doubt.reasons(verdict(confidence="0.5"), earlier=[], shared=set()) == ["low_confidence"]
    conflict = verdict(level="67", signals="html_form;not_online_text")
    assert doubt.conflicts(conflict) == ["says it cannot be requested online"]
    assert (
        doubt.reasons(verdict(signals="digid;prefill_text", level="100"), earlier=[], shared=set())
        == []
    )
    assert doubt.reasons(verdict(status="not_found", level=""), earlier=[], shared=set()) == [
        "not_found"
    ]
    earlier = verdict(level="33", level_strict="33")
    assert doubt.reasons(verdict(), earlier=[None, earlier], shared=set()) == ["changed"]
    shared = doubt.shared_pages([verdict(), verdict(product_key="q")])
    assert doubt.reasons(verdict(), earlier=[], shared=shared) == ["shared_page"]


def test_the_queue_puts_the_most_doubtful_first_and_filters(run: Path) -> None:
    store = RunStore(run)
    try:
        store.add_proposals([Proposal("GM0451", "grofvuil", "ok", 33, "pdf", "f.xlsx", 3, "d")])
        store.add_review("GM0114", "klacht", Outcome("ok", 67, 67), reviewer="anna")
        queue = ReviewQueue(store)
        queue.refresh()
        chosen = queue.select(Filters())
        assert chosen[0].key == ("GM0451", "grofvuil") and chosen[0].all_reasons[0] == "proposal"
        scores = [doubt.score(i.all_reasons) for i in chosen]
        assert scores == sorted(scores, reverse=True)
        assert ("GM0114", "klacht") not in {i.key for i in chosen}  # reviewed: not to review
        assert [i.key for i in queue.select(Filters(state="confirmed"))] == [("GM0114", "klacht")]
        unreachable = queue.select(Filters(status="unreachable"))
        assert {i.key for i in unreachable} == {("GM9999", "paspoort"), ("GM9999", "klacht")}
        assert all(
            i.verdict["org_type"] == "provincie" for i in queue.select(Filters(type="provincie"))
        )
        found = queue.select(Filters(q="LINGEWAARD.test/woo"))
        assert [i.key for i in found] == [("GM1705", "woo-verzoek")]
        levels = queue.select(Filters(level="33", state="all"))
        assert levels and all(i.verdict["level"] == "33" for i in levels)
        keys = [i.key for i in chosen]
        prev, nxt, at, length = queue.neighbours(Filters(), keys[3], 3)
        assert (prev.key, nxt.key, at, length) == (keys[2], keys[4], 3, len(keys))  # type: ignore[union-attr]
        # A verdict just decided has left the queue: the one now at its place is next.
        _, nxt, at, _ = queue.neighbours(Filters(), ("GM0114", "klacht"), 5)
        assert (nxt.key, at) == (keys[5], 5)  # type: ignore[union-attr]
    finally:
        store.close()


def test_the_queue_marks_verdicts_changed_since_a_compared_run(
    run: Path, tmp_path: Path, shared_dir: Path
) -> None:
    earlier = Path(shutil.copytree(run, tmp_path / "earlier"))
    store = RunStore(earlier)
    rows = store.verdict_rows()
    for row in rows:
        if (row["org_code"], row["product_key"]) == ("GM0575", "subsidie"):
            row["level"] = row["level_strict"] = "33"
    store.save_verdicts([Verdict.from_row(r) for r in rows])
    compare = {(v["org_code"], v["product_key"]): v for v in store.verdict_rows()}
    store.close()
    store = RunStore(run)
    try:
        queue = ReviewQueue(store, compare)
        queue.refresh()
        changed = queue.select(Filters(doubt="changed"))
        assert [i.key for i in changed] == [("GM0575", "subsidie")]
    finally:
        store.close()


def test_the_sample_and_carry_commands(run: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["review", "sample", str(run), "--size", "20", "--seed", "4"])
    assert result.exit_code == 0, result.output
    assert "sample 1: 20 of 43 verdicts" in result.output and "gemeente/100" in result.output
    later = Path(shutil.copytree(run, tmp_path / "later"))
    store = RunStore(run)
    store.add_review("GM0114", "klacht", Outcome("ok", 33, 33), reviewer="anna", reason="pdf")
    store.close()
    result = CliRunner().invoke(main, ["review", "carry", str(later), "--from", str(run)])
    assert result.exit_code == 0, result.output
    assert "carried 1 decision(s) from run run-r" in result.output
