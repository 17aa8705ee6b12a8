"""Run states, resume planning, preflight, the one error translator and honest inputs,
without a crawl (issue 9). Runs are written with RunStore as a crawl leaves them
(interrupted, crawled, from before run states); commands run in-process through the CLI.
The crawls themselves (interrupts, resumes, a failing run) are in test_run_interrupts.py."""

from __future__ import annotations

import csv
import json
import socket
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from openpyxl import load_workbook
from scoring_fixtures import (
    EARLIER_VERDICTS,
    ORGANISATIONS_CSV,
    csv_run,
    organisations,
    products,
    store_run,
)

from crawler.run import write_summaries
from digimeter.cli import COMMANDS, main
from digimeter.core.model import Case, applicable_products
from digimeter.core.runstore import RunStore

ORGS = "code,name,org_type,website,inhabitants\n"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


def error_lines(result: Result) -> list[str]:
    """The lines on stderr that are not warnings (a known failure is exactly one)."""
    return [line for line in result.stderr.splitlines() if not line.startswith("Warning:")]


def assert_one_line(result: Result, status: int, fragment: str) -> None:
    assert result.exit_code == status, result.output
    assert "Traceback" not in result.output
    lines = error_lines(result)
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    assert fragment in lines[0], result.output


def crawl_like_run(folder: Path, *, finished: int | None = None) -> Path:
    """A run folder as a crawl leaves it: the fixture organisations and products, the
    first `finished` organisations (all by default) crawled with not_found cases (these
    need no pages); crawled when all are, else interrupted. (Written with the storage
    calls main had too, so that these tests show what main did with such a run.)"""
    orgs, prods = organisations(), products()
    store = RunStore(folder, create=True)
    store.save_inputs(orgs, prods)
    done = orgs[: len(orgs) if finished is None else finished]
    for org in done:
        cases = [Case(org, p, "not_found") for p in applicable_products(org, prods)]
        store.finish_org(org.code, cases)
    state = "crawled" if len(done) == len(orgs) else "interrupted"
    store.set_meta(run_id=folder.name, started_at="2026-07-01T08:00:00Z", schema_version=1,
                   state=state)  # fmt: skip
    store.close()
    return folder


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# -- run states --------------------------------------------------------------------------


def test_a_new_run_db_records_its_schema_version_and_allowed_state_changes(tmp_path: Path) -> None:
    from digimeter.core.runstate import SCHEMA_VERSION, RunStateError

    store = RunStore(tmp_path / "run", create=True)
    try:
        assert store.meta()["schema_version"] == SCHEMA_VERSION
        store.advance_to("crawled")
        store.set_state("classified")
        store.set_state("scored")
        store.set_state("classified")  # a rule change: classified again
        with pytest.raises(RunStateError, match="the run is classified and cannot become crawling"):
            store.set_state("crawling")
    finally:
        store.close()


def test_a_crawl_that_nobody_runs_any_more_reads_as_interrupted(tmp_path: Path) -> None:
    from digimeter.core.runstate import CrawlLock

    run = tmp_path / "run"
    store = RunStore(run, create=True)
    store.advance_to("crawling")
    lock = CrawlLock(run)
    assert lock.acquire(shared=False)
    assert store.status().state == "crawling"  # a live crawl holds the lock
    assert not CrawlLock(run).acquire(shared=False)  # a second crawl is refused
    lock.release()  # the crawl is killed: the operating system drops its lock
    assert store.state() == "crawling" and store.status().state == "interrupted"
    store.close()


def test_the_end_of_a_crawl_decides_crawled_failed_or_interrupted(tmp_path: Path) -> None:
    orgs, prods = organisations(), products()
    assert store_state(tmp_path / "all", orgs, prods, outcome="done") == "crawled"
    # every organisation unreachable for one reason (> 90 %): the run failed, with the reason
    failed = tmp_path / "dns"
    assert store_state(failed, orgs, prods, outcome="unreachable") == "failed"
    store = RunStore(failed)
    assert store.status().reason == "5 of 5 organisations unreachable (dns)"
    store.close()
    half = RunStore(tmp_path / "half", create=True)
    half.save_inputs(orgs, prods)
    half.advance_to("crawling")
    half.finish_org(orgs[0].code, [])
    assert half.end_crawl(others_crawling=True) == "crawling"  # another worker goes on
    assert half.end_crawl(others_crawling=False) == "interrupted"
    assert [code for code, _ in half.status().missing] == [o.code for o in orgs[1:]]
    half.close()


def store_state(folder: Path, orgs: list, prods: list, *, outcome: str) -> str:  # type: ignore[type-arg]
    store = RunStore(folder, create=True)
    store.save_inputs(orgs, prods)
    store.advance_to("crawling")
    for org in orgs:
        reason = "dns" if outcome == "unreachable" else ""
        store.finish_org(org.code, [], state=outcome, reason=reason)
    state = store.end_crawl(others_crawling=False)
    store.close()
    return state


# -- resume takes the run's own settings -------------------------------------------------------


def test_resume_takes_the_runs_proxy_and_settings_and_refuses_other_ones(tmp_path: Path) -> None:
    from crawler.runplan import CrawlError, plan_run, prepare_run, write_plan

    run = tmp_path / "run"
    settings = {"DIGIMETER_POLITE": False, "DOWNLOAD_TIMEOUT": "5"}
    prepare_run(run, organisations(), products(), resume=False, proxy="http://127.0.0.1:1",
                settings=settings)  # fmt: skip
    plan = plan_run(run, None, None, resume=True, proxy=None, settings={})
    assert plan.proxy == "http://127.0.0.1:1"
    assert plan.settings == {"DIGIMETER_POLITE": "False", "DOWNLOAD_TIMEOUT": "5"}
    assert [o.code for o in plan.organisations] == [o.code for o in organisations()]
    # the same values given again, or settings of this process only, are fine
    again = {"DIGIMETER_POLITE": "false", "DIGIMETER_WORKER_ID": "w2"}
    same = plan_run(run, organisations(), products(), resume=True, proxy="http://127.0.0.1:1",
                    settings=again)  # fmt: skip
    assert same.process == {"DIGIMETER_WORKER_ID": "w2"}
    with pytest.raises(CrawlError, match=r"--proxy 'http://127.0.0.1:2' \(the run has "):
        plan_run(run, None, None, resume=True, proxy="http://127.0.0.1:2", settings={})
    with pytest.raises(CrawlError, match="DIGIMETER_POLITE 'True'"):
        plan_run(run, None, None, resume=True, proxy=None, settings={"DIGIMETER_POLITE": True})
    with pytest.raises(CrawlError, match="--organisations differs from the run's own list"):
        plan_run(run, organisations()[:2], None, resume=True, proxy=None, settings={})
    overridden = plan_run(run, None, None, resume=True, proxy="http://127.0.0.1:2",
                          settings={}, override_settings=True)  # fmt: skip
    assert overridden.proxy == "http://127.0.0.1:2"
    assert overridden.overridden == {"--proxy": ("http://127.0.0.1:1", "http://127.0.0.1:2")}
    write_plan(overridden, "rules-2")  # the change is recorded in the run, with the resume
    store = RunStore(run)
    meta = store.meta()
    store.close()
    assert meta["proxy"] == "http://127.0.0.1:2"
    assert meta["settings_overrides"][0]["changes"] == {"--proxy": "http://127.0.0.1:2"}
    assert meta["resumes"][0]["rules_version"] == "rules-2"
    assert plan_run(run, None, None, resume=True, proxy=None, settings={}).proxy.endswith(":2")


def test_resuming_with_another_code_version_warns_with_both_versions(tmp_path: Path) -> None:
    from crawler.runplan import plan_run, prepare_run
    from digimeter.core.runstate import code_version

    run = tmp_path / "run"
    prepare_run(run, organisations(), products(), resume=False, proxy=None, settings={})
    store = RunStore(run)
    assert store.meta()["code_version"] == code_version()
    store.set_meta(code_version="0.0.1+gdeadbeef")
    store.close()
    plan = plan_run(run, None, None, resume=True, proxy=None, settings={})
    assert plan.warnings == [
        f"{run} was crawled so far with digimeter 0.0.1+gdeadbeef; resuming it with "
        f"digimeter {code_version()}"
    ]


# -- incomplete runs are refused, or used with a headline that says so --------------------------


@pytest.mark.parametrize("command", ["classify", "score", "report"])
def test_an_interrupted_run_is_refused(tmp_path: Path, command: str) -> None:
    run = crawl_like_run(tmp_path / "run", finished=2)
    result = invoke(command, str(run))
    assert_one_line(result, 3, "the run is interrupted: 3 of 5 organisations have no finished")
    line = error_lines(result)[0]
    assert "Gemeente Stadskanaal (GM0037), Provincie Groningen (PV20)" in line
    assert f"digimeter crawl --resume {run}" in line and "--allow-incomplete" in line
    assert not (run / "verdicts.csv").exists() and not (run / "summary.json").exists()


def test_allow_incomplete_says_so_in_every_headline(tmp_path: Path) -> None:
    run = crawl_like_run(tmp_path / "run", finished=3)
    for command in ("classify", "score", "report"):
        result = invoke(command, str(run), "--allow-incomplete")
        assert result.exit_code == 0, result.output
        assert "Warning: incomplete run (interrupted): 2 of 5 organisations" in result.output
    summary = json.loads((run / "summary.json").read_text(encoding="utf-8"))
    assert list(summary)[:4] == ["run_id", "source", "warnings", "run_state"]
    assert summary["run_state"] == {
        "state": "interrupted", "complete": False, "missing_organisations": ["PV20", "WS0155"],
    }  # fmt: skip
    assert "Provincie Groningen (PV20), Waterschap Aa en Maas (WS0155)" in summary["warnings"][0]
    about = load_workbook(run / f"digimeter-{run.name}.xlsx")["over"]  # Dutch, the default
    assert about["A1"].value == "WAARSCHUWING" and "onvolledige run" in about["B1"].value
    html = (run / "report.html").read_text(encoding="utf-8")
    headline = html[html.index('id="headline"') :][:2000]
    assert 'class="warning"' in headline and "Waterschap Aa en Maas (WS0155)" in headline
    assert "onvolledige run (onderbroken): 2 van de 5 organisaties" in headline
    assert "status van de run: onderbroken" in html
    result = invoke("report", str(run), "--allow-incomplete", "--lang", "en")
    assert result.exit_code == 0, result.output
    html = (run / "report.html").read_text(encoding="utf-8")
    assert "incomplete run (interrupted): 2 of 5 organisations" in html
    assert "run state: interrupted" in html
    store = RunStore(run)
    assert store.state() == "interrupted"  # used as it stands, still resumable
    store.close()


def test_an_organisation_finished_as_it_stood_is_named_in_every_headline(tmp_path: Path) -> None:
    """A crawl that had to finish an organisation as it stood (a request lost, discovery
    failing) leaves a complete run whose figures for that organisation may be too low: the
    run is used, but the summary, the workbook and the report say so, naming it."""
    run = crawl_like_run(tmp_path / "run")
    store = RunStore(run)
    org = organisations()[0]
    cases = [Case(org, p, "not_found") for p in applicable_products(org, products())]
    store.finish_org(org.code, cases, summary={"pages": 3, "incomplete": "lost_requests"})
    store.close()
    write_summaries(run, {})
    with open(run / "crawl_organisations.csv", encoding="utf-8") as fh:
        rows = {row["org_code"]: row["incomplete"] for row in csv.DictReader(fh)}
    assert rows[org.code] == "lost_requests" and set(rows.values()) == {"lost_requests", ""}
    for command in ("classify", "score"):
        result = invoke(command, str(run))
        assert result.exit_code == 0, result.output
    summary = json.loads((run / "summary.json").read_text(encoding="utf-8"))
    assert summary["run_state"]["complete"] is True
    [warning] = summary["warnings"]
    assert "the crawl of 1 of 5 organisations ended before all its stages" in warning
    assert f"(lost_requests): {org.name} ({org.code})" in warning
    about = load_workbook(run / f"digimeter-{run.name}.xlsx")["over"]
    assert about["A1"].value == "WAARSCHUWING" and org.code in about["B1"].value
    result = invoke("report", str(run))
    html = (run / "report.html").read_text(encoding="utf-8")
    headline = html[html.index('id="headline"') :][:2000]
    assert 'class="warning"' in headline and "eindigde de crawl voordat" in headline


def test_a_complete_run_moves_on_to_classified_and_scored(tmp_path: Path) -> None:
    run = crawl_like_run(tmp_path / "run")
    for command, state in (("classify", "classified"), ("score", "scored")):
        result = invoke(command, str(run))
        assert result.exit_code == 0 and "Warning" not in result.output, result.output
        store = RunStore(run)
        assert store.state() == state
        store.close()
    summary = json.loads((run / "summary.json").read_text(encoding="utf-8"))
    assert summary["warnings"] == [] and summary["run_state"]["complete"] is True
    log = (run / "run.log").read_text(encoding="utf-8")  # each command's lines, in order
    marks = ["classify started: digimeter", "classify ended", "score started", "score ended"]
    positions = [log.index(mark) for mark in marks]
    assert positions == sorted(positions), log


def test_a_run_from_before_run_states_is_used_with_a_warning(tmp_path: Path) -> None:
    run = crawl_like_run(tmp_path / "run")
    db = sqlite3.connect(run / "run.db")
    db.execute("DELETE FROM meta WHERE key IN ('schema_version', 'state', 'state_at')")
    db.commit()
    db.close()
    for command in ("classify", "score", "report"):
        result = invoke(command, str(run))
        assert result.exit_code == 0, result.output
        assert "Warning: run state unknown: this run was written before" in result.output
    assert "status van de run onbekend" in (run / "report.html").read_text(encoding="utf-8")
    assert invoke("runs", "--output", str(tmp_path)).output.splitlines()[2].split()[1] == "unknown"


# -- inputs any later stage reads are checked first; a run can be repaired ------------------


@pytest.mark.parametrize(("value", "column"), [("veel", "inhabitants"), ("-5", "inhabitants")])
def test_a_bad_inhabitants_value_fails_the_check_and_stops_measure_before_anything(
    tmp_path: Path, value: str, column: str
) -> None:
    path = tmp_path / "orgs.csv"
    path.write_text(ORGS + f"GM1,Een,gemeente,http://www.een.test/,{value}\n", encoding="utf-8")
    fragment = f"orgs.csv, line 2, column '{column}': '{value}' is not a number of inhabitants"
    assert_one_line(invoke("organisations", "check", str(path)), 2, fragment)
    out = tmp_path / "out"
    assert_one_line(invoke("measure", "--organisations", str(path), "--output", str(out)), 2,
                    fragment)  # fmt: skip
    assert not out.exists()


def test_organisations_update_repairs_a_run_with_a_bad_attribute(tmp_path: Path) -> None:
    run = crawl_like_run(tmp_path / "run")
    db = sqlite3.connect(run / "run.db")  # as a run stored before the check existed
    db.execute(
        """UPDATE organisations SET extra = '{"inhabitants": "veel"}' WHERE code = 'GM0034'"""
    )
    db.commit()
    db.close()
    assert invoke("classify", str(run)).exit_code == 0
    refused = invoke("score", str(run))
    assert_one_line(refused, 2, "'veel' for GM0034 is not a number of inhabitants")
    assert f"digimeter organisations update {run} FILE" in refused.output
    fixed = tmp_path / "fixed.csv"
    fixed.write_text(ORGANISATIONS_CSV.replace("60000", "61000"), encoding="utf-8")
    wrong = tmp_path / "wrong.csv"
    wrong.write_text(ORGANISATIONS_CSV.replace("www.almere.test", "www.almere2.test"), "utf-8")
    assert_one_line(invoke("organisations", "update", str(run), str(wrong)), 2,
                    "changes the type or website of GM0034")  # fmt: skip
    cases_before = RunStore(run).cases()
    result = invoke("organisations", "update", str(run), str(fixed))
    assert result.exit_code == 0 and "updated the attributes of 5 organisations" in result.output
    store = RunStore(run)
    assert store.cases() == cases_before  # the crawl is untouched
    assert {o.code: o.extra["inhabitants"] for o in store.organisations()}["GM0034"] == "61000"
    store.close()
    assert invoke("score", str(run)).exit_code == 0


def test_duplicate_websites_warn_and_bad_ports_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "orgs.csv"
    path.write_text(ORGS + "GM1,Een,gemeente,http://www.een.test/,\n"
                    "GM2,Twee,gemeente,https://een.test,\n", encoding="utf-8")  # fmt: skip
    result = invoke("organisations", "check", str(path))
    assert result.exit_code == 0
    warning = f"{path}, line 3, column 'website': https://een.test is also the website of GM1"
    assert f"Warning: {warning} (line 2)" in result.output
    path.write_text(ORGS + "GM1,Een,gemeente,http://www.een.test:99999/,\n", encoding="utf-8")
    assert_one_line(
        invoke("organisations", "check", str(path)),
        2,
        "line 2, column 'website': 'http://www.een.test:99999/' has an invalid port",
    )


def test_a_proxy_on_which_nothing_listens_stops_the_run_before_anything_is_written(
    tmp_path: Path,
) -> None:
    orgs = tmp_path / "orgs.csv"
    orgs.write_text(ORGS + "GM1,Een,gemeente,http://www.een.test/,\n", encoding="utf-8")
    out = tmp_path / "out"
    proxy = f"http://127.0.0.1:{free_port()}"
    for command in ("measure", "crawl"):
        result = invoke(command, "--organisations", str(orgs), "--proxy", proxy, "--output",
                        str(out))  # fmt: skip
        assert_one_line(result, 2, f"the proxy {proxy} does not answer")
        assert not out.exists()


# -- one line per known failure, in every command ----------------------------------------------


def damaged_run(tmp_path: Path) -> Path:
    run = store_run(tmp_path / "damaged")
    data = (run / "run.db").read_bytes()
    for name in ("run.db-wal", "run.db-shm"):
        (run / name).unlink(missing_ok=True)
    (run / "run.db").write_bytes(data[: len(data) // 3])
    return run


def failure_cases(tmp_path: Path) -> dict[str, tuple[list[str], int, str]]:
    """command -> (arguments, exit status, part of the error line)."""
    orgs = tmp_path / "orgs.csv"
    orgs.write_text(ORGS + "GM1,Een,gemeente,http://www.een.test/,\n", encoding="utf-8")
    existing = crawl_like_run(tmp_path / "out" / "taken")
    damaged = damaged_run(tmp_path)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    return {
        "demo": (["demo", "--organisations", "3"], 2, "3 is not in the range 5<=x<=2000"),
        "measure": (["measure", "--organisations", str(orgs), "--output", str(tmp_path / "out"),
                     "--run-id", "taken"], 2, f"{existing} already holds a run; resume it"),
        "crawl": (["crawl", "--organisations", str(orgs), "--output", str(tmp_path / "o2"), "-s",
                   "DIGIMETER_POLITE=maybe"], 2, "DIGIMETER_POLITE='maybe': expected true or"),
        "classify": (["classify", str(damaged)], 2, "run.db: cannot be read"),
        "classify-labelled": (["classify-labelled", str(tmp_path), "--verdicts",
                               str(tmp_path / "v.csv")], 2, "organisations.csv"),
        "score": (["score", str(damaged)], 2, "run.db: cannot be read"),
        "report": (["report", str(damaged)], 2, "run.db: cannot be read"),
        "evaluate": (["evaluate", "--labels", str(orgs), "--verdicts", str(orgs)], 2,
                     "missing column(s)"),
        "organisations": (["organisations", "check", str(tmp_path / "none.csv")], 2,
                          "cannot read the file"),
        "runs": (["runs", "--output", str(tmp_path / "none")], 2, "no such folder"),
        "review": (["review", "sample", str(tmp_path / "none")], 2, "no run '"),
        "schedule": (["schedule", "list", "--config", str(orgs)], 2,
                     "orgs.csv: not a valid TOML file"),
        "testweb": (["testweb", "serve", "--root", str(tmp_path)], 2, "no 'sites' folder"),
        "unwritable": (["crawl", "--organisations", str(orgs), "--output",
                        str(blocker / "out")], 2, "is a file; choose another --output"),
        "proxy": (["crawl", "--organisations", str(orgs), "--output", str(tmp_path / "o3"),
                   "--proxy", "notaurl"], 2, "DIGIMETER_PROXY='notaurl': expected an http proxy"),
    }  # fmt: skip


@pytest.mark.parametrize("case", [*COMMANDS, "unwritable", "proxy"])
def test_a_known_failure_is_one_line_and_its_exit_status(tmp_path: Path, case: str) -> None:
    args, status, fragment = failure_cases(tmp_path)[case]
    result = invoke(*args)
    if status == 2 and result.output.startswith("Usage:"):  # click's own usage errors
        assert (
            result.exit_code == 2 and fragment in result.output and "Traceback" not in result.output
        )
        return
    assert_one_line(result, status, fragment)
    for leftover in ("o2", "o3"):  # an invalid setting or proxy leaves no run folder behind
        assert not (tmp_path / leftover).exists()


#: per command, a function it calls, to make it raise KeyboardInterrupt (Ctrl-C)
INTERRUPTED = {
    "demo": ("testweb.generate.generate_web", "demo --output {tmp}"),
    "measure": ("crawler.run.crawl_run", "measure --organisations {orgs} --output {tmp}"),
    "crawl": ("crawler.run.crawl_run", "crawl --organisations {orgs} --output {tmp}"),
    "classify": ("classifiers.run.classify_run", "classify {run}"),
    "classify-labelled": (
        "digimeter.cli.labelled.classify_labelled",
        "classify-labelled {tmp} --verdicts {tmp}/v.csv --no-render",
    ),
    "score": ("scoring.run.score_run", "score {run}"),
    "report": ("scoring.report.write_report", "report {run}"),
    "evaluate": ("digimeter.cli.evaluate.evaluate", "evaluate --labels {orgs} --verdicts {orgs}"),
    "organisations": (
        "digimeter.cli.commands.organisations.organisation_list",
        "organisations check {orgs}",
    ),
    "runs": ("digimeter.cli.commands.runs.list_runs", "runs --output {tmp}"),
    "review": ("review.sampling.draw_sample", "review sample {run}"),
    "schedule": ("digimeter.cli.schedules.load_schedules", "schedule list --config {orgs}"),
    "testweb": ("testweb.generate.generate_web", "testweb generate --out {tmp}/web"),
}


@pytest.mark.parametrize("command", COMMANDS)
def test_ctrl_c_in_any_command_is_one_line_and_status_3(
    tmp_path: Path, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    target, args = INTERRUPTED[command]
    orgs = tmp_path / "orgs.csv"
    orgs.write_text(ORGS + "GM1,Een,gemeente,http://www.een.test/,\n", encoding="utf-8")
    run = store_run(tmp_path / "run")

    def interrupted(*_: object, **__: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(target, interrupted)
    values = {"tmp": str(tmp_path), "orgs": str(orgs), "run": str(run)}
    result = invoke(*[a.format(**values) for a in args.split()])
    assert_one_line(result, 3, "interrupted")


# -- honest inputs -------------------------------------------------------------------------------


def test_a_verdicts_csv_cut_off_mid_line_is_refused_with_the_line(tmp_path: Path) -> None:
    folder = csv_run(tmp_path / "cut")
    path = folder / "verdicts.csv"
    head, last = path.read_text(encoding="utf-8").rstrip("\n").rsplit("\n", 1)
    n = head.count("\n") + 2  # the last line's number
    path.write_text(head + "\n" + last[: last.index('"[{') + 10], encoding="utf-8")  # in evidence
    assert_one_line(
        invoke("score", str(path)), 2, f"verdicts.csv, line {n}: unexpected end of data"
    )
    path.write_text(head + "\n" + last.split(",")[0] + ",", encoding="utf-8")
    assert_one_line(invoke("score", str(path)), 2,
                    f"line {n}: 2 fields but the header has 16; the line is cut off")  # fmt: skip
    assert_one_line(
        invoke("evaluate", "--labels", str(path), "--verdicts", str(path)),
        2,
        f"line {n}: 2 fields but the header has 16: the last line is cut off",
    )
    assert not (folder / "summary.json").exists()


def test_compare_with_no_organisation_in_common_says_so(tmp_path: Path) -> None:
    now = store_run(tmp_path / "now")
    other = store_run(tmp_path / "other", "GM0999,p_b1,ok,67,67\n")
    assert_one_line(invoke("score", str(now), "--compare", str(other)), 2,
                    "shares no organisation with run now; nothing to compare")  # fmt: skip
    assert not (now / "summary.json").exists()


def test_compare_with_few_organisations_in_common_compares_only_those(tmp_path: Path) -> None:
    now = store_run(tmp_path / "now")
    few = "\n".join(line for line in EARLIER_VERDICTS.splitlines() if line.startswith("GM0014"))
    few += "\nGM0098,p_b1,ok,0,0\nGM0099,p_b1,ok,67,67\nGM0097,p_b1,ok,33,33\n"
    earlier = store_run(tmp_path / "earlier", few)
    result = invoke("score", str(now), "--compare", str(earlier))
    assert result.exit_code == 0, result.output
    note = "share only 1 organisations (1 of 5 and of 4); the changes compare only these"
    assert f"Warning: run now and the compared run earlier {note}" in result.output
    assert "1 verdict(s) changed" in result.output  # GM0014 p_both 33 -> 67, nothing else
    summary = json.loads((now / "summary.json").read_text(encoding="utf-8"))
    assert note in summary["warnings"][0]
    report = invoke("report", str(now), "--compare", str(earlier), "--lang", "en")
    assert report.exit_code == 0 and note in (now / "report.html").read_text(encoding="utf-8")
    assert invoke("report", str(now), "--compare", str(earlier)).exit_code == 0
    dutch = "hebben maar 1 organisaties gemeen (1 van 5 en van 4); de veranderingen vergelijken"
    assert dutch in (now / "report.html").read_text(encoding="utf-8")


# -- digimeter runs --------------------------------------------------------------------------------


def test_runs_lists_every_run_folder_with_its_state(tmp_path: Path) -> None:
    store_run(tmp_path / "a-scored")  # fixtures advance it to classified
    assert invoke("score", str(tmp_path / "a-scored")).exit_code == 0
    crawl_like_run(tmp_path / "b-interrupted", finished=1)
    damaged_run(tmp_path)
    (tmp_path / "not-a-run").mkdir()
    result = invoke("runs", "--output", str(tmp_path))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].split() == ["run", "state", "started", "(UTC)", "duration", "orgs", "verdicts",
                                "rules", "schedule", "maturity", "referred"]  # fmt: skip
    rows = {line.split()[0]: line.split() for line in lines[2:]}
    assert set(rows) == {"a-scored", "b-interrupted", "damaged"}
    summary = json.loads((tmp_path / "a-scored" / "summary.json").read_text(encoding="utf-8"))
    maturity = f"{summary['headline']['all']['maturity']:.1f}"
    assert rows["a-scored"][1:] == ["scored", "2026-07-01", "08:00", "1:30:00", "5", "19", "fx-1",
                                    "-", maturity, "-"]  # fmt: skip
    assert rows["b-interrupted"][1] == "interrupted" and rows["b-interrupted"][5] == "5"
    assert rows["damaged"][1] == "damaged"


def test_an_organisation_whose_page_budget_ran_out_is_named_in_every_headline(
    tmp_path: Path,
) -> None:
    """An organisation whose page budget ran out before every page asked for was fetched,
    with products not found, may have them on the pages never fetched: the summary and the
    report say so, naming it. One whose budget ran out with every product found does not."""
    run = crawl_like_run(tmp_path / "run")
    store = RunStore(run)
    cut, full = organisations()[:2]
    for org, missed in ((cut, 2), (full, 0)):
        cases = [Case(org, p, "not_found") for p in applicable_products(org, products())]
        found = len(cases) - missed
        store.finish_org(org.code, cases, summary={
            "pages": 300, "products": len(cases), "found": found, "budget_exhausted": True,
            "budget_dropped": 25,
        })  # fmt: skip
    store.close()
    write_summaries(run, {})
    for command in ("classify", "score"):
        result = invoke(command, str(run))
        assert result.exit_code == 0, result.output
    summary = json.loads((run / "summary.json").read_text(encoding="utf-8"))
    [warning] = summary["warnings"]
    assert "the page budget of 1 of 5 organisations ran out" in warning
    assert "(25 pages not fetched)" in warning and f"{cut.name} ({cut.code})" in warning
    assert full.code not in warning
    result = invoke("report", str(run))
    html = (run / "report.html").read_text(encoding="utf-8")
    headline = html[html.index('id="headline"') :][:2000]
    assert 'class="warning"' in headline and "paginabudget" in headline


def test_an_organisation_with_few_products_found_is_named_in_every_headline(
    tmp_path: Path,
) -> None:
    """An organisation whose crawl found fewer than half of its products (a site search
    closed by robots.txt, pages behind scripts) would rank at the bottom of the report for
    what the crawler could not read: the summary and the report name it, to be checked.
    One that lacks a few products is not named."""
    run = crawl_like_run(tmp_path / "run")
    store = RunStore(run)
    few, most = organisations()[:2]
    for org, share in ((few, 0.3), (most, 0.8)):
        cases = [Case(org, p, "not_found") for p in applicable_products(org, products())]
        store.finish_org(org.code, cases, summary={
            "pages": 40, "products": len(cases), "found": int(share * len(cases)),
        })  # fmt: skip
    store.close()
    write_summaries(run, {})
    for command in ("classify", "score"):
        result = invoke(command, str(run))
        assert result.exit_code == 0, result.output
    summary = json.loads((run / "summary.json").read_text(encoding="utf-8"))
    [warning] = summary["warnings"]
    assert "the crawl found fewer than 50 % of the products of 1 of 5 organisations" in warning
    assert f"{few.name} ({few.code})" in warning and most.code not in warning
    result = invoke("report", str(run))
    html = (run / "report.html").read_text(encoding="utf-8")
    headline = html[html.index('id="headline"') :][:2000]
    assert 'class="warning"' in headline and "minder dan 50 % van de producten" in headline
