"""End to end: `digimeter measure` and `digimeter demo` as a user runs them (subprocesses).

A Twisted reactor cannot restart inside one process, so each run is its own process.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, ServedWeb

from digimeter.cli.evaluate import evaluate
from digimeter.core.model import ORG_SCORE_FIELDS, VERDICT_FIELDS
from digimeter.core.runstore import RunStore

#: Exact-level accuracy a whole measurement of the small web must reach (crawl included).
MEASURE_ACCURACY_FLOOR = 0.95


def digimeter(*args: str, cwd: Path, timeout: int = 900) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "digimeter.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


@pytest.fixture(scope="module")
def measured(small_web: ServedWeb, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("measure")
    result = digimeter(
        "measure", "--organisations", str(small_web.organisations_csv), "--proxy",
        small_web.proxy, "--output", str(out), "--run-id", "e2e", "--no-polite",
        cwd=out,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    run_dir = out / "e2e"
    assert f"run folder: {run_dir}" in result.stdout
    return run_dir


def test_measure_writes_the_run_files(measured: Path) -> None:
    for name in ("run.db", "verdicts.csv", "scores_organisations.csv", "report.html",
                 "crawl_organisations.csv", "crawl_stats.json", "summary.json"):  # fmt: skip
        assert (measured / name).is_file(), name
    assert list((measured / "warc").glob("pages-*.warc.gz"))
    assert list(measured.glob("digimeter-*.xlsx"))


def test_verdicts_have_the_fixed_schema_and_one_row_per_case(
    measured: Path, small_web: ServedWeb
) -> None:
    header, rows = read_csv(measured / "verdicts.csv")
    assert tuple(header) == VERDICT_FIELDS
    _, labels = read_csv(small_web.labels_csv)
    assert sorted((r["org_code"], r["product_key"]) for r in rows) == sorted(
        (r["org_code"], r["product_key"]) for r in labels
    )
    assert {r["run_id"] for r in rows} == {"e2e"}
    assert {r["status"] for r in rows} <= {"ok", "not_offered", "not_found", "unreachable"}
    for r in rows:
        assert (r["level"] != "") == (r["status"] == "ok"), r
        assert r["level"] in ("", "0", "33", "67", "100")
    assert len({r["rules_version"] for r in rows}) == 1


def test_organisation_scores_have_the_fixed_schema(measured: Path, small_web: ServedWeb) -> None:
    header, rows = read_csv(measured / "scores_organisations.csv")
    assert tuple(header[: len(ORG_SCORE_FIELDS)]) == ORG_SCORE_FIELDS
    _, orgs = read_csv(small_web.organisations_csv)
    assert [r["org_code"] for r in rows] == [o["code"] for o in orgs]


def test_a_whole_measurement_agrees_with_the_ground_truth(
    measured: Path, small_web: ServedWeb
) -> None:
    ev = evaluate(small_web.labels_csv, measured / "verdicts.csv")
    assert ev.missing == 0
    assert ev.accuracy >= MEASURE_ACCURACY_FLOOR, [w for w in ev.wrong]
    assert not ev.traps_raised


def test_the_run_reclassifies_and_rescores_offline(measured: Path, tmp_path: Path) -> None:
    before = (measured / "verdicts.csv").read_text(encoding="utf-8")
    # no --proxy and no server: classify and score must not need the network
    for args in (["classify", str(measured)], ["score", str(measured)]):
        result = digimeter(*args, cwd=tmp_path)
        assert result.returncode == 0, result.stderr[-3000:]
    assert (measured / "verdicts.csv").read_text(encoding="utf-8") == before
    _, changes = read_csv(measured / "classification_changes.csv")
    assert changes == []
    store = RunStore(measured)
    try:
        assert len(store.verdict_rows()) == len(store.cases())
    finally:
        store.close()


def test_the_demo_runs_end_to_end(tmp_path: Path) -> None:
    result = digimeter(
        "demo", "--organisations", "5", "--output", str(tmp_path), cwd=tmp_path
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    assert "organisation" in out and "maturity" in out and "unreachable" in out
    assert "exact level" in out
    runs = [p for p in tmp_path.iterdir() if (p / "run.db").exists()]
    assert len(runs) == 1
    for name in ("verdicts.csv", "scores_organisations.csv", "report.html"):
        assert str(runs[0] / name) in out
    _, rows = read_csv(runs[0] / "scores_organisations.csv")
    _, orgs = read_csv(tmp_path / "testweb-demo" / "organisations.csv")
    assert len(rows) == len(orgs) == 5
    # the demo stopped the server it started: nothing listens on its port any more
    proxy_line = next(line for line in out.splitlines() if "serving it on" in line)
    port = int(proxy_line.split("127.0.0.1:")[1].split(";")[0])
    import socket

    with socket.socket() as sock:
        assert sock.connect_ex(("127.0.0.1", port)) != 0


def test_a_bad_organisation_list_stops_measure_before_any_work(tmp_path: Path) -> None:
    bad = tmp_path / "orgs.csv"
    bad.write_text("code,name,org_type,website\nGM1,Een,gemeente,www.een.nl\n", encoding="utf-8")
    result = digimeter("measure", "--organisations", str(bad), "--output", str(tmp_path / "o"),
                       cwd=tmp_path)  # fmt: skip
    assert result.returncode == 2  # bad input: nothing done
    assert "line 2, column 'website'" in result.stderr
    assert not (tmp_path / "o").exists()
