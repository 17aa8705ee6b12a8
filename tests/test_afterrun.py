"""After a scheduled run: comparison with municipal mergers, changes.md and the webhook.

Two run folders with known differences: between them Groningen (GM0014) and Almere
(GM0034) merged into a new municipality GM1999, Stadskanaal's site came back, and the
province's one product went from 0 to 100."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from click.testing import CliRunner, Result
from localhttp import QuietHandler, serving
from scoring_fixtures import VERDICTS, organisations, products, verdict_rows

from digimeter.cli import main
from digimeter.cli.afterrun import CHANGES_NAME, after_run
from digimeter.cli.schedules import Schedule
from digimeter.core.configfiles import ConfigError
from digimeter.core.model import Organisation, Verdict
from digimeter.core.runstore import RunStore
from scoring.mergers import load_mergers
from scoring.report import write_report
from scoring.run import score_run

LATER = """\
GM1999,p_b1,ok,100,67
GM1999,p_b2,ok,100,100
GM1999,p_no,ok,33,33
GM1999,p_o1,ok,67,67
GM1999,p_both,ok,67,67
GM0037,p_b1,ok,67,67
GM0037,p_b2,ok,67,67
GM0037,p_no,ok,0,0
GM0037,p_o1,ok,67,67
GM0037,p_both,ok,67,67
PV20,p_both,ok,100,100
PV20,p_prov,ok,100,67
WS0155,p_both,not_offered,,
WS0155,p_ws,ok,33,33
"""
MERGERS = "old_code,new_code,date\nGM0014,GM1999,2027-01-01\nGM0034,GM1999,2027-01-01\n"


def make_run(folder: Path, compact: str, orgs: list[Organisation], day: str) -> Path:
    store = RunStore(folder, create=True)
    store.save_inputs(orgs, products())
    names = {o.code: o.name for o in orgs}
    rows = verdict_rows(compact, run_id=folder.name)
    for row in rows:
        row["org_name"] = names[row["org_code"]]
    store.save_verdicts([Verdict.from_row(r) for r in rows])
    store.set_meta(run_id=folder.name, started_at=f"{day}T01:00:00Z",
                   crawl_finished_at=f"{day}T02:00:00Z", schedule="monthly")  # fmt: skip
    store.advance_to("classified")
    store.close()
    score_run(folder)
    return folder


@pytest.fixture(scope="module")
def scored_runs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("runs")
    make_run(folder / "r1", VERDICTS, organisations(), "2026-12-01")
    merged = Organisation("GM1999", "Gemeente Nieuwstad", "gemeente", "https://www.n.test/",
                          {"inhabitants": "80000"})  # fmt: skip
    later_orgs = [merged] + [o for o in organisations() if o.code not in ("GM0014", "GM0034")]
    make_run(folder / "r2", LATER, later_orgs, "2027-02-01")
    return folder


@pytest.fixture
def runs(scored_runs: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """The two scored runs (copies each test may change) and the mergers file."""
    shutil.copytree(scored_runs, tmp_path, dirs_exist_ok=True)
    mergers = tmp_path / "mergers.csv"
    mergers.write_text(MERGERS, encoding="utf-8")
    return tmp_path / "r1", tmp_path / "r2", mergers


def headline(run: Path) -> float:
    summary = json.loads((run / "summary.json").read_text(encoding="utf-8"))
    return float(summary["headline"]["all"]["maturity"])


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), prog_name="digimeter")


class Receiver(QuietHandler):
    posts: ClassVar[list[dict[str, object]]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Receiver.posts.append({"type": self.headers["Content-Type"], "json": json.loads(body)})
        self.send_response(204)
        self.end_headers()


@pytest.fixture
def receiver() -> Iterator[str]:
    Receiver.posts = []
    with serving(Receiver) as url:
        yield f"{url}/hook"


def test_compare_sets_the_predecessors_aggregate_against_the_successor(
    runs: tuple[Path, Path, Path],
) -> None:
    earlier, later, mergers_csv = runs
    mergers = load_mergers(mergers_csv)
    result = score_run(later, compare=earlier, mergers=mergers)
    orgs = result.tables["changes_organisations"].set_index("org_code")
    # GM0014 counts 100, 33, 0 (not found), 67; GM0034 0, 100, 33, 67, 0: pooled 400 / 9
    assert orgs.at["GM1999", "maturity_before"] == pytest.approx(44.4, abs=0.05)
    assert orgs.at["GM1999", "maturity_after"] == pytest.approx(73.4, abs=0.05)
    assert orgs.at["GM1999", "maturity_change"] == pytest.approx(29.0, abs=0.05)
    assert "GM0014" not in orgs.index and "GM0034" not in orgs.index
    note = result.summary["compare"]["mergers"][0]
    assert "Gemeente Nieuwstad (GM1999) is compared with the aggregate of its predecessors" in note
    assert "Gemeente Groningen (GM0014), Gemeente Almere (GM0034)" in note
    write_report(later, compare=earlier, mergers=mergers, lang="en")
    report = (later / "report.html").read_text(encoding="utf-8")
    assert "Municipal merger: Gemeente Nieuwstad (GM1999) is compared with" in report
    write_report(later, compare=earlier, mergers=mergers)  # in Dutch, the default
    report = (later / "report.html").read_text(encoding="utf-8")
    assert "Gemeentelijke herindeling: Gemeente Nieuwstad (GM1999) wordt vergeleken" in report


def test_without_the_mergers_file_the_merged_municipalities_are_not_compared(
    runs: tuple[Path, Path, Path],
) -> None:
    earlier, later, _ = runs
    result = score_run(later, compare=earlier, mergers=[])
    orgs = result.tables["changes_organisations"].set_index("org_code")
    assert orgs.at["GM1999", "maturity_before"] != orgs.at["GM1999", "maturity_before"]  # NaN
    assert result.summary["compare"]["mergers"] == []


def test_a_bad_mergers_file_names_file_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_text("old_code,new_code,date\nGM0014,GM1999,1 januari\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"m.csv, line 2, column 'date': '1 januari' is not"):
        load_mergers(path)
    path.write_text("old_code,new_code,date\nGM0014,GM0014,2027-01-01\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="merges into itself"):
        load_mergers(path)


def test_after_run_writes_changes_md_and_posts_the_summary(
    runs: tuple[Path, Path, Path], receiver: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, later, mergers_csv = runs
    monkeypatch.setattr("scoring.mergers.DEFAULT_MERGERS", mergers_csv)
    schedule = Schedule(name="monthly", organisations=Path("o.csv"), cron="0 2 1 * *",
                        output=later.parent, webhook=receiver, change_threshold=20)  # fmt: skip
    done = after_run(schedule, later, "complete")
    assert done == {"compared_with": "r1", "webhook": "HTTP 204"}
    text = (later / CHANGES_NAME).read_text(encoding="utf-8")
    assert text.startswith("# Changes in run r2 since run r1\n")
    assert "Municipal merger: Gemeente Nieuwstad (GM1999) is compared with" in text
    # moved more than 20 points: PV20 50 -> 100, GM1999 44.4 -> 73.4 (Stadskanaal was
    # unreachable, so it has no maturity before and no change)
    assert "## Maturity moved more than 20 points (2)" in text
    assert "| Provincie Groningen | PV20 | 50.0 | 100.0 | +50.0 |" in text
    assert "| Gemeente Nieuwstad | GM1999 | 44.4 | 73.4 | +29.0 |" in text
    assert "- Provincie Groningen (PV20), p_both: ok 0 -> ok 100 (up)" in text
    assert "  - evidence after: <https://www.provinciegroningen.test/p_both/form>" in text
    [post] = Receiver.posts
    assert post["type"] == "application/json"
    payload = post["json"]
    assert payload["schedule"] == "monthly" and payload["run_id"] == "r2"
    assert payload["outcome"] == "complete" and payload["previous_run"] == "r1"
    changes = payload["changes"]
    moved = {o["org_code"]: o["maturity_change"] for o in changes["organisations_moved"]}
    assert moved == {"PV20": 50.0, "GM1999": 29.0}
    assert changes["verdicts_by_change"]["up"] >= 1 and changes["mergers"]
    assert changes["verdicts_changed"] == sum(changes["verdicts_by_change"].values())
    assert changes["maturity_after"] == round(headline(later), 1) == payload["maturity"]


def test_a_webhook_that_does_not_answer_never_fails_the_run(
    runs: tuple[Path, Path, Path],
) -> None:
    _, later, _ = runs
    schedule = Schedule(name="m", organisations=Path("o.csv"), cron="0 2 1 * *",
                        output=later.parent, webhook="http://127.0.0.1:9/hook")  # fmt: skip
    done = after_run(schedule, later, "complete")
    assert done["webhook"].startswith("failed: ")
    assert (later / CHANGES_NAME).exists()


def test_runs_show_and_compare_previous_find_the_previous_run_of_the_schedule(
    runs: tuple[Path, Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    earlier, later, mergers_csv = runs
    monkeypatch.setattr("scoring.mergers.DEFAULT_MERGERS", mergers_csv)
    out = str(later.parent)
    listed = invoke("runs", "--output", out)
    assert listed.exit_code == 0, listed.output
    rows = {line.split()[0]: line.split() for line in listed.output.splitlines()[2:]}
    own = {r.name: headline(r) for r in (earlier, later)}  # each run's own scoring
    assert rows["r1"][-3:] == ["monthly", f"{own['r1']:.1f}", "-"]
    assert rows["r2"][-2] == f"{own['r2']:.1f}"
    shown = invoke("runs", "show", "r2", "--output", out, "--threshold", "20")
    assert shown.exit_code == 0, shown.output
    assert "  schedule: monthly" in shown.output
    assert "previous complete run of schedule monthly: r1" in shown.output
    types = score_run(later, compare=earlier).tables["changes_types"].set_index("org_type")
    before = types.at["all", "maturity_before"]  # r1 with the predecessors merged
    assert before != own["r1"]
    assert f"all-government maturity {before:.1f} -> {own['r2']:.1f}" in shown.output
    assert "organisations whose maturity moved more than 20 points: 2" in shown.output
    assert "Gemeente Nieuwstad (GM1999) 44.4 -> 73.4 (+29.0)" in shown.output
    assert "municipal merger: Gemeente Nieuwstad (GM1999)" in shown.output
    first = invoke("runs", "show", "r1", "--output", out)
    assert "no earlier complete run of schedule monthly" in first.output
    for command in ("score", "report"):
        done = invoke(command, "r2", "--output", out, "--compare-previous")
        assert done.exit_code == 0, done.output
    summary = json.loads((later / "summary.json").read_text(encoding="utf-8"))
    assert summary["compare"]["run_id"] == "r1"
    assert "herindeling: Gemeente Nieuwstad" in (later / "report.html").read_text()
    alone = invoke("score", "r1", "--output", out, "--compare-previous")
    assert alone.exit_code == 0 and "no earlier complete run" in alone.output
    both = invoke("score", "r2", "--output", out, "--compare-previous", "--compare", "r1")
    assert both.exit_code == 2 and "not both" in both.output
