"""The generated-web gate: the classifier on a small simulated web (the `small_web` fixture).

Cases come from the web's labels (`product_url`), pages from its folder plus the fixed
answers its server adds (redirects to identity providers, Content-Type overrides), and the
pages whose form a script builds are rendered by Chromium through the served web. Floors
are pinned in `tests/accuracy_floors.json` (`small_web`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from classifiers.signals import level_from_signals
from crawler.browser import render_pages
from digimeter.cli.evaluate import Evaluation, evaluate
from digimeter.cli.labelled import classify_labelled, script_pages, write_verdicts

FLOORS = json.loads((Path(__file__).parent / "accuracy_floors.json").read_text())
EPS = FLOORS["epsilon"]


@pytest.fixture(scope="module")
def small_web_evaluation(small_web, tmp_path_factory: pytest.TempPathFactory) -> Evaluation:  # type: ignore[no-untyped-def]
    urls = script_pages(small_web.root)
    rendered = render_pages(urls, small_web.proxy)
    assert set(rendered) == set(urls)
    verdicts = classify_labelled(small_web.root, rendered=rendered)
    for v in verdicts:
        if v.status == "ok":
            assert level_from_signals(v.signals) == v.level, v
            assert level_from_signals(v.signals, strict=True) == v.level_strict, v
    path = tmp_path_factory.mktemp("small_web_verdicts") / "verdicts.csv"
    write_verdicts(path, verdicts, run_id="small_web")
    return evaluate(small_web.labels_csv, path)


def test_small_web_exact_level_accuracy(small_web_evaluation: Evaluation) -> None:
    ev = small_web_evaluation
    assert ev.labels > 100
    assert ev.accuracy >= FLOORS["small_web"]["exact_level_accuracy"] - EPS, ev.wrong


def test_small_web_no_trap_raises_a_level(small_web_evaluation: Evaluation) -> None:
    ev = small_web_evaluation
    assert ev.trap_rows > 0
    assert len(ev.traps_raised) <= FLOORS["small_web"]["traps_raised"], ev.traps_raised


def test_small_web_maturity_within_two_points(small_web_evaluation: Evaluation) -> None:
    within = small_web_evaluation.maturity_within or 0
    assert within >= FLOORS["small_web"]["maturity_within_2_points"] - EPS


def test_small_web_strict_convention_and_routes(small_web_evaluation: Evaluation) -> None:
    ev = small_web_evaluation
    assert (ev.strict_accuracy or 0) >= FLOORS["small_web"]["level_strict_accuracy"] - EPS
    for name in ("digid", "pdf_form", "html_form", "via_delegation", "prefill_text"):
        score = ev.signals[name]
        assert (score.recall or 0) >= FLOORS["small_web"]["signal_recall"] - EPS, name
        assert (score.precision or 0) >= FLOORS["small_web"]["signal_precision"] - EPS, name
