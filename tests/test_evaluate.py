"""`digimeter evaluate`: every figure checked against a small hand-computed example."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from digimeter.cli import main
from digimeter.cli.evaluate import evaluate, evaluation_json, format_evaluation
from digimeter.core.configfiles import ConfigError

LABELS = """org_code,product_key,level,status,product_url,route_url,level_strict,signals,notes
A,p1,100,ok,u,r,100,digid;prefill_text,
A,p2,33,ok,u,r,33,pdf_form;trap_contact_form,
A,p3,,not_found,,,,,
A,p4,,not_offered,u,,,not_offered_text,
B,p1,0,ok,u,,0,,
B,p2,67,ok,u,r,67,html_form,
B,p3,,unreachable,,,,,
"""
VERDICTS = """run_id,org_code,product_key,status,level,level_strict,signals
r,A,p1,ok,100,67,digid
r,A,p2,ok,67,67,html_form;login_text
r,A,p3,not_found,,,
r,A,p4,ok,0,0,
r,B,p2,ok,67,67,html_form
r,B,p3,unreachable,,,
"""
# Hand-computed:
# right rows: A/p1, A/p3, B/p2, B/p3 -> 4 of 7 (B/p1 has no verdict: wrong, "missing")
# level_strict over ok labels with a verdict: A/p1 (100 vs 67, wrong), A/p2 (33 vs 67,
#   wrong), B/p2 (67, right) -> 1 of 3
# maturity A: truth (100 + 33 + 0) / 3 = 44.33 (p4 not_offered left out); verdicts
#   (100 + 67 + 0 + 0) / 4 = 41.75 -> error 2.58; B: truth (0 + 67) / 2 = 33.5, verdicts
#   (0 [missing = not found] + 67) / 2 = 33.5 -> error 0 -> MAE 1.29, 1 of 2 within 2 points
# html_form: tp 1 (B/p2), fp 1 (A/p2) -> precision 0.5, recall 1.0; digid tp 1;
#   prefill_text fn 1; pdf_form fn 1; trap row A/p2 raised from 33 to 67; login_text is in
#   no label, so it is not scored (1 verdict)


def write(tmp_path: Path, labels: str = LABELS, verdicts: str = VERDICTS) -> tuple[Path, Path]:
    (tmp_path / "labels.csv").write_text(labels, encoding="utf-8")
    (tmp_path / "verdicts.csv").write_text(verdicts, encoding="utf-8")
    return tmp_path / "labels.csv", tmp_path / "verdicts.csv"


def test_accuracy_counts_missing_verdicts_as_wrong(tmp_path: Path) -> None:
    ev = evaluate(*write(tmp_path))
    assert (ev.labels, ev.right, ev.missing) == (7, 4, 1)
    assert ev.accuracy == pytest.approx(4 / 7)
    assert {(w["org_code"], w["product_key"]) for w in ev.wrong} == {
        ("A", "p2"),
        ("A", "p4"),
        ("B", "p1"),
    }


def test_confusion_matrix_rows_truth_columns_verdict(tmp_path: Path) -> None:
    ev = evaluate(*write(tmp_path))
    cells = {(t, v): n for t, row in ev.confusion.items() for v, n in row.items() if n}
    assert cells == {
        ("100", "100"): 1, ("33", "67"): 1, ("not_found", "not_found"): 1,
        ("not_offered", "0"): 1, ("0", "missing"): 1, ("67", "67"): 1,
        ("unreachable", "unreachable"): 1,
    }  # fmt: skip


def test_level_strict_signals_traps_and_maturity(tmp_path: Path) -> None:
    ev = evaluate(*write(tmp_path))
    assert (ev.strict_rows, ev.strict_right) == (3, 1)
    html = ev.signals["html_form"]
    assert (html.tp, html.fp, html.fn, html.precision, html.recall) == (1, 1, 0, 0.5, 1.0)
    assert (ev.signals["digid"].tp, ev.signals["prefill_text"].fn) == (1, 1)
    assert ev.signals["pdf_form"].recall == 0.0
    assert "login_text" not in ev.signals and ev.unlabelled_signals == {"login_text": 1}
    assert ev.trap_rows == 1 and ev.traps_raised[0]["product_key"] == "p2"
    assert ev.maturity["A"] == pytest.approx((133 / 3, 167 / 4))
    assert ev.maturity["B"] == pytest.approx((33.5, 33.5))
    assert ev.maturity_mae == pytest.approx((133 / 3 - 167 / 4) / 2)
    assert ev.maturity_within == 0.5


def test_without_signals_column_via_and_not_offered_are_derived(tmp_path: Path) -> None:
    labels = (
        "org_code,product_key,level,status,product_url,route_url,notes\n"
        "A,p1,100,ok,u,r,via=Omgevingsloket\nA,p2,33,ok,u,r,Trap: regulation PDF\n"
        "A,p3,,not_offered,u,,\n"
    )
    verdicts = (
        "org_code,product_key,status,level,signals\nA,p1,ok,100,digid;via_delegation\n"
        "A,p2,ok,33,pdf_form;via_delegation\nA,p3,not_offered,,not_offered_text\n"
    )
    ev = evaluate(*write(tmp_path, labels, verdicts))
    assert ev.signals_source.startswith("derived")
    assert set(ev.signals) == {"via_delegation", "not_offered_text"}
    via = ev.signals["via_delegation"]
    assert (via.tp, via.fp, via.fn) == (1, 1, 0)
    assert ev.signals["not_offered_text"].tp == 1
    assert ev.trap_rows == 1 and not ev.traps_raised
    assert ev.accuracy == 1.0


def test_bad_input_names_file_line_and_column(tmp_path: Path) -> None:
    labels, verdicts = write(tmp_path, verdicts=VERDICTS + "r,A,p1,ok,33,33,\n")
    with pytest.raises(ConfigError, match=r"verdicts\.csv, line 8, column 'product_key'"):
        evaluate(labels, verdicts)
    labels, verdicts = write(tmp_path, labels=LABELS.replace("B,p3,,unreachable", "B,p3,,gone"))
    with pytest.raises(ConfigError, match=r"labels\.csv, line 8, column 'status'.*'gone'"):
        evaluate(labels, verdicts)
    labels, verdicts = write(tmp_path, labels="org_code,product_key,level\nA,p1,0\n")
    with pytest.raises(ConfigError, match=r"missing column\(s\) status"):
        evaluate(labels, verdicts)


def test_cli_text_json_and_min_accuracy(tmp_path: Path) -> None:
    labels, verdicts = write(tmp_path)
    runner = CliRunner()
    args = ["evaluate", "--labels", str(labels), "--verdicts", str(verdicts)]
    text = runner.invoke(main, args)
    assert text.exit_code == 0, text.output
    assert text.output.startswith("exact-level accuracy: 4/7 = 57.1 %")
    assert "1 label(s) without a verdict row, counted as wrong" in text.output
    assert "level_strict accuracy: 1/3" in text.output
    assert "1 raised above the label's level" in text.output
    assert "mean absolute error 1.29 points, 50.0 % within 2 points" in text.output
    data = json.loads(runner.invoke(main, [*args, "--json"]).output)
    assert data["right"] == 4 and data["signals"]["html_form"]["precision"] == 0.5
    assert data["confusion"]["33"]["67"] == 1
    gated = runner.invoke(main, [*args, "--min-accuracy", "90"])
    assert gated.exit_code == 1 and "below 90 %" in gated.output
    assert format_evaluation(evaluate(labels, verdicts)) in text.output


def test_product_url_recall_leaves_out_scheme_www_trailing_slash_and_case(tmp_path: Path) -> None:
    labels = """org_code,product_key,level,status,product_url,route_url
A,p1,100,ok,https://www.a.test/Paspoort/,
A,p2,33,ok,https://www.a.test/product?id=12,
A,p3,,not_offered,https://www.a.test/kapvergunning,
A,p4,,not_found,,
B,p1,0,ok,https://b.test/p1,
"""
    verdicts = """run_id,org_code,product_key,status,level,product_url
r,A,p1,ok,100,http://a.test/paspoort
r,A,p2,ok,33,https://www.a.test/product?id=13
r,A,p3,not_offered,,https://a.test/kapvergunning/
r,A,p4,not_found,,
"""
    ev = evaluate(*write(tmp_path, labels, verdicts))
    # p1 and p3 are the labelled pages; p2 has another query (another page); B/p1 is missing
    assert (ev.url_rows, ev.url_right) == (4, 2)
    assert "product-URL recall: 2/4 = 50.0 %" in format_evaluation(ev)
    assert json.loads(evaluation_json(ev))["url_recall"] == 0.5
