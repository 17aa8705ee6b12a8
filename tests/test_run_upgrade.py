"""Verdicts in run.db columns, and runs written before them (schema version 1).

`tests/data/run-schema1/` is a run folder written by the code of f274da1 (verdicts as JSON
texts, schema version 1): `digimeter testweb generate --organisations 5 --seed 3`, served,
`digimeter measure --no-polite --run-id run`; its `run.db`, WARC file and `verdicts.csv` as
measured, and in `expected/` what `digimeter score` and `digimeter report` of that code wrote
for it. Opened by this code, it is upgraded and must score and report the same.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from classifiers.ruleset import load_rules
from classifiers.run import classify_run
from digimeter.core.errors import BadInput
from digimeter.core.model import Evidence, Level, OrgType, Status, Verdict
from digimeter.core.runstate import SCHEMA_VERSION
from digimeter.core.runstore import RunStore
from scoring.report import write_report
from scoring.run import score_run

OLD_RUN = Path(__file__).parent / "data" / "run-schema1"
EXPECTED = OLD_RUN / "expected"
#: Moments and paths that differ between two reports of one run.
STAMPS = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ")


@pytest.fixture
def old_run(tmp_path: Path) -> Path:
    run = tmp_path / "run"
    shutil.copytree(OLD_RUN, run, ignore=shutil.ignore_patterns("expected"))
    return run


def _csv_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_the_fixture_is_a_schema_1_run() -> None:
    db = sqlite3.connect(f"file:{OLD_RUN / 'run.db'}?mode=ro", uri=True)
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    version = json.loads(row[0])
    columns = [r[1] for r in db.execute("PRAGMA table_info(verdicts)")]
    db.close()
    assert version == 1
    assert columns == ["org_code", "product_key", "row"]


def test_an_old_run_is_upgraded_when_opened(old_run: Path) -> None:
    store = RunStore(old_run)
    try:
        assert store.meta()["schema_version"] == SCHEMA_VERSION == 2
        assert store.state() == "scored"
        measured = _csv_rows(old_run / "verdicts.csv")
        assert store.verdict_rows() == measured
        assert store.verdicts() == [Verdict.from_row(row) for row in measured]
        assert store.verdict_row("GM0766", measured[0]["product_key"]) == measured[0]
        assert store.rules_versions() == sorted({r["rules_version"] for r in measured})
    finally:
        store.close()
    db = sqlite3.connect(old_run / "run.db")
    types = {r[1]: r[2] for r in db.execute("PRAGMA table_info(verdicts)")}
    levels = {r[0] for r in db.execute("SELECT DISTINCT typeof(level) FROM verdicts")}
    db.close()
    assert types["level"] == "INTEGER" and types["confidence"] == "REAL"
    assert levels == {"integer", "null"}
    again = RunStore(old_run)  # a second open finds nothing to upgrade
    assert again.verdict_rows() == measured
    again.close()


def test_an_old_run_scores_and_reports_as_before(old_run: Path) -> None:
    score_run(old_run)
    write_report(old_run)
    for expected in sorted(EXPECTED.glob("*.csv")):
        assert (old_run / expected.name).read_bytes() == expected.read_bytes(), expected.name
    summary = json.loads((old_run / "summary.json").read_text(encoding="utf-8"))
    before = json.loads((EXPECTED / "summary.json").read_text(encoding="utf-8"))
    for key in ("source", "generated_at"):
        assert summary.pop(key) and before.pop(key)
    assert summary == before
    report = (old_run / "report.html").read_text(encoding="utf-8")
    old_report = gzip.decompress((EXPECTED / "report.html.gz").read_bytes()).decode("utf-8")
    assert len(STAMPS.findall(report)) == len(STAMPS.findall(old_report)) > 0
    assert STAMPS.sub("T", report) == STAMPS.sub("T", old_report)


def test_an_old_run_classifies_to_the_same_verdicts(old_run: Path) -> None:
    result = classify_run(old_run, workers=1)
    assert result.had_previous and result.changed == 0
    # every field but rules_version, which follows the rule files (they change over time)
    new, old = _csv_rows(old_run / "verdicts.csv"), _csv_rows(OLD_RUN / "verdicts.csv")
    assert len(new) == len(old) > 0
    assert {r["rules_version"] for r in new} == {load_rules().version}
    assert _without_rules_version(old) == _without_rules_version(new)
    store = RunStore(old_run)
    try:
        previous, current = store.verdict_rows(previous=True), store.verdict_rows()
        assert _without_rules_version(previous) == _without_rules_version(current)
    finally:
        store.close()


def _without_rules_version(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """The rows less what follows the classifier's growth: rules_version follows the rule
    files, and the route walk's notes (`route.*` evidence: a link judged another product's
    way) may grow as it learns. Every other field and every other piece of evidence (the
    logins, forms, phrases and traps that decide the verdict) must stay the same."""
    return [
        {k: _without_walk_notes(v) if k == "evidence" else v for k, v in row.items()
         if k != "rules_version"}
        for row in rows
    ]  # fmt: skip


def _without_walk_notes(evidence: str) -> list[dict[str, str]]:
    return [e for e in json.loads(evidence or "[]") if not e["rule"].startswith("route.")]


def test_a_damaged_old_verdict_is_refused_with_its_row(old_run: Path) -> None:
    db = sqlite3.connect(old_run / "run.db")
    row = json.loads(db.execute("SELECT row FROM verdicts WHERE rowid = 3").fetchone()[0])
    db.execute(
        "UPDATE verdicts SET row = ? WHERE rowid = 3", (json.dumps({**row, "level": "veel"}),)
    )
    db.commit()
    db.close()
    with pytest.raises(BadInput, match=r"run.db table verdicts, row 3: cannot be upgraded"):
        RunStore(old_run)
    db = sqlite3.connect(old_run / "run.db")  # nothing was changed
    assert [r[1] for r in db.execute("PRAGMA table_info(verdicts)")][-1] == "row"
    db.close()


def test_verdicts_round_trip_through_the_store(tmp_path: Path) -> None:
    verdicts = [
        Verdict(
            run_id="r",
            org_code=f"X{i}",
            org_name='Org; "quoted"',
            org_type=org_type,
            product_key=f"p{i}",
            audience="beide",
            status=status,
            level=level,
            level_strict=level,
            confidence=0.25 * (i % 5),
            signals=("a", "b")[: i % 3],
            evidence=tuple(Evidence(f"http://x.test/{j}", "r", "é") for j in range(i % 3)),
        )
        for i, (org_type, status, level) in enumerate(
            (t, s, lv) for t in OrgType for s in Status for lv in (*Level, None)
        )
    ]
    store = RunStore(tmp_path / "run", create=True)
    try:
        store.save_verdicts(verdicts)
        got = sorted(store.verdicts(), key=lambda v: v.org_code)
        assert got == sorted(verdicts, key=lambda v: v.org_code)
        rows = sorted(store.verdict_rows(), key=lambda r: r["org_code"])
        assert rows == sorted((v.as_row() for v in verdicts), key=lambda r: r["org_code"])
        store.save_verdicts(verdicts[:3])
        assert store.verdict_count() == 3 and len(store.verdicts(previous=True)) == len(verdicts)
    finally:
        store.close()
