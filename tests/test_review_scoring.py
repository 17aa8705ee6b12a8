"""`digimeter score` and `report` state what people checked and changed, mark the figures
that include overrides, and print the accuracy estimated from a reviewed sample."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from digimeter.cli import main
from digimeter.core.reviewrecords import Outcome
from digimeter.core.runstore import RunStore
from review.sampling import draw_sample
from scoring.report import write_report


def test_score_and_report_state_the_review_and_the_accuracy(review_run: Path) -> None:
    run = review_run
    store = RunStore(run)
    items, strata = draw_sample(store.verdict_rows(), 12, seed=2)
    sid = store.save_sample(items, strata, seed=2, rules_version="r")
    wrong = items[0]
    for item in items:
        outcome = item.drawn
        if item is wrong:
            outcome = Outcome("not_offered") if outcome.status == "ok" else Outcome("ok", 0, 0)
        store.add_judgement(sid, *item.key, "anna", outcome)
        store.add_review(
            *item.key, outcome, reviewer="anna", reason="seen", origin="sample", sample_id=sid
        )
    store.close()
    result = CliRunner().invoke(main, ["score", str(run)])
    assert result.exit_code == 0, result.output
    # Every stratum is right but the wrong verdict's: p = 1 - (N_h / N) * (1 / n_h).
    population = sum(n for n, _ in strata.values())
    n_h, drawn_h = strata[wrong.stratum]
    expected = 100 * (1 - n_h / population / drawn_h)
    summary = json.loads((run / "summary.json").read_text(encoding="utf-8"))
    review = summary["review"]
    assert (review["checked"], review["changed"], review["confirmed"]) == (12, 1, 11)
    accuracy = review["sample"]["exact_level_accuracy"]
    assert accuracy["value"] == round(expected, 2)
    assert accuracy["ci95"][0] < accuracy["value"] <= accuracy["ci95"][1]
    assert review["sample"]["availability_difference"] is not None
    assert "People checked 12 verdict(s) and changed 1; 11 were confirmed." in result.output
    assert f"Estimated exact-level accuracy {expected:.1f} %" in result.output
    assert "* the figures include reviewer overrides" in result.output
    html = write_report(run, lang="en").path.read_text(encoding="utf-8")
    assert "People checked 12 verdict(s) and changed 1" in html
    assert 'id="accuracy"' in html and f"{expected:.1f} % (95 % interval" in html
    assert "Estimated minus published availability" in html
    assert "Figures marked † include reviewer overrides." in html
    dutch = write_report(run).path.read_text(encoding="utf-8")  # Dutch, the default
    assert "Mensen controleerden 12 oordeel/oordelen en wijzigden er 1" in dutch
    shown = f"{expected:.1f}".replace(".", ",")
    assert 'id="accuracy"' in dutch and f"{shown}% (95%-interval" in dutch
    assert "Geschatte min gepubliceerde beschikbaarheid" in dutch
    assert "Cijfers met † bevatten correcties van beoordelaars." in dutch
    from openpyxl import load_workbook

    about = load_workbook(run / summary["excel"], read_only=True)["over"]  # `score`: Dutch
    pairs = list(about.iter_rows(values_only=True))
    rows = dict(pairs)
    checked = rows["oordelen door mensen gecontroleerd"], rows["oordelen door mensen gewijzigd"]
    assert checked == ("12", "1")
    accuracy = [value for key, value in pairs if key == "juistheid (steekproef)"]
    assert accuracy[0].startswith(f"Geschatte juistheid van het niveau {shown}%")


def test_without_reviews_the_report_says_so(review_run: Path) -> None:
    run = review_run
    result = CliRunner().invoke(main, ["score", str(run)])
    assert "No verdict of this run was checked by a reviewer." in result.output
    html = write_report(run, lang="en").path.read_text(encoding="utf-8")
    assert "No accuracy sample was reviewed for this run" in html
    assert "†" not in html
    dutch = write_report(run).path.read_text(encoding="utf-8")
    assert "Voor deze run is geen steekproef voor de juistheid beoordeeld" in dutch
