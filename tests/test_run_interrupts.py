"""Interrupted, resumed and failing crawls, as a user meets them (issue 9): real crawls in
subprocesses, interrupted with real signals (SIGINT to the process group is Ctrl-C in a
terminal), through the simulated web's proxy.

The five-interrupts experiment is `bench/interrupts.py` on a 12-organisation web."""

from __future__ import annotations

import csv
import importlib.util
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psutil
import pytest
from conftest import REPO, ServedWeb

from digimeter.cli.evaluate import evaluate
from digimeter.core.runstore import RunStore
from testweb.server import running_server

#: exact-level accuracy of a whole measurement of the small web (as tests/test_pipeline.py)
ACCURACY_FLOOR = 0.95
FIXTURE = REPO / "tests" / "fixtures" / "openforms_rendered_digid"
#: how long the script that builds the slow web's DigiD form takes to arrive
SCRIPT_DELAY = 8.0


def load_bench() -> Any:
    spec = importlib.util.spec_from_file_location(
        "bench_interrupts", REPO / "bench" / "interrupts.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


#: bench/interrupts.py: the interrupt-and-resume experiment, shared with the benchmark
bench = load_bench()


def start(*args: str, cwd: Path) -> subprocess.Popen[str]:
    """`digimeter ARGS` in its own session (its own process group, as a terminal job)."""
    return subprocess.Popen(
        bench.cli(*args), cwd=cwd, env=bench.env(), stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, start_new_session=True,
    )  # fmt: skip


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(bench.cli(*args), cwd=cwd, env=bench.env(), capture_output=True,
                          text=True, timeout=600)  # fmt: skip


def query(run: Path, sql: str) -> list[tuple[object, ...]]:
    """Read run.db while a crawl may write it ([] while it does not exist yet)."""
    try:
        db = sqlite3.connect(f"file:{run / 'run.db'}?mode=ro", uri=True, timeout=1)
        try:
            return db.execute(sql).fetchall()
        finally:
            db.close()
    except sqlite3.Error:
        return []


def finished_orgs(run: Path) -> int:
    rows = query(run, "SELECT COUNT(*) FROM org_crawl WHERE state IN ('done', 'unreachable')")
    return int(rows[0][0]) if rows else 0


def wait_for(
    proc: subprocess.Popen[str], condition: Callable[[], bool], timeout: float = 300
) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert proc.poll() is None, "the crawl ended before the moment of the interrupt"
        assert time.monotonic() < deadline, "the moment of the interrupt never came"
        time.sleep(0.05)


def run_state(run: Path) -> str:
    store = RunStore(run)
    try:
        return store.status().state
    finally:
        store.close()


# -- Ctrl-C twice, and the run's state afterwards -------------------------------------------------


@pytest.mark.parametrize("command", ["measure", "crawl"])
def test_ctrl_c_twice_stops_at_once_and_the_run_is_interrupted(
    small_web: ServedWeb, tmp_path: Path, command: str
) -> None:
    run = tmp_path / "out" / "twice"
    proc = start(command, "--organisations", str(small_web.organisations_csv), "--proxy",
                 small_web.proxy, "--output", str(tmp_path / "out"), "--run-id", "twice",
                 "--no-polite", "-s", "DIGIMETER_CONCURRENT_ORGS=2", cwd=tmp_path)  # fmt: skip
    wait_for(proc, lambda: finished_orgs(run) >= 1)
    os.killpg(proc.pid, signal.SIGINT)
    # the second Ctrl-C once the first one has been taken (on a loaded machine the reactor
    # may take a moment to get to it)
    deadline = time.monotonic() + 30
    while proc.poll() is None and time.monotonic() < deadline:
        if "interrupted (SIGINT)" in (run / "run.log").read_text(encoding="utf-8"):
            break
        time.sleep(0.05)
    second = time.monotonic()
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert time.monotonic() - second < 10, "the second Ctrl-C did not stop the crawl at once"
    assert proc.returncode == 3, err[-3000:]
    assert "Traceback" not in err and "Future exception" not in err, err[-3000:]
    last = err.strip().splitlines()[-1]
    assert last.startswith("Error: ") and f"digimeter {command} --resume {run}" in last, err
    assert run_state(run) == "interrupted"
    assert "interrupted (SIGINT)" in (run / "run.log").read_text(encoding="utf-8")
    assert not (run / "verdicts.csv").exists() and not (run / "report.html").exists()
    refused = run_cli("classify", str(run), cwd=tmp_path)
    assert refused.returncode == 3 and "the run is interrupted" in refused.stderr
    listed = run_cli("runs", "--output", str(tmp_path / "out"), cwd=tmp_path)
    assert listed.stdout.splitlines()[2].split()[:2] == ["twice", "interrupted"]


# -- resume takes the run's proxy and settings ---------------------------------------------------


def test_resume_without_flags_takes_the_runs_proxy_and_settings(
    small_web: ServedWeb, tmp_path: Path
) -> None:
    out, run = tmp_path / "out", tmp_path / "out" / "r"
    proc = start("crawl", "--organisations", str(small_web.organisations_csv), "--proxy",
                 small_web.proxy, "--output", str(out), "--run-id", "r", "--no-polite",
                 "-s", "DIGIMETER_CONCURRENT_ORGS=2", cwd=tmp_path)  # fmt: skip
    wait_for(proc, lambda: finished_orgs(run) >= 1)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=120)
    # as the README and the interrupt message say: --resume RUN and nothing else
    resumed = run_cli("crawl", "--resume", str(run), cwd=tmp_path)
    assert run_cli("classify", str(run), cwd=tmp_path).returncode == 0
    ev = evaluate(small_web.labels_csv, run / "verdicts.csv")
    assert ev.missing == 0 and ev.accuracy >= ACCURACY_FLOOR, ev.wrong
    assert proc.returncode == 3, err[-3000:]
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert "run crawled" in resumed.stdout
    # a flag given again with another value is refused, before anything is done
    other = run_cli("crawl", "--resume", str(run), "--polite", cwd=tmp_path)
    assert other.returncode == 2, other.stderr
    assert "DIGIMETER_POLITE 'True' (the run has 'False')" in other.stderr
    assert "--override-settings" in other.stderr
    store = RunStore(run)
    try:
        meta = store.meta()
    finally:
        store.close()
    assert (
        meta["proxy"] == small_web.proxy and meta["crawl_settings"]["DIGIMETER_POLITE"] == "False"
    )
    assert [set(r) for r in meta["resumes"]] == [{"at", "code_version", "rules_version"}]
    assert meta["resumes"][0]["code_version"] == meta["code_version"]


# -- an interrupt mid-render ---------------------------------------------------------------------


def build_slow_render_web(root: Path) -> None:
    """One municipality whose Wmo form is an Open-Forms-like page: its raw HTML is an empty
    shell, and the DigiD login (level 100) exists only after a script, which arrives
    SCRIPT_DELAY seconds late, has run in the browser."""
    p02 = (FIXTURE / "p02.html").read_text(encoding="utf-8")
    inner = re.search(r'(<div class="open-forms-sdk-root".*?</div></div>)', p02, re.S)
    assert inner is not None
    shell = p02.replace(inner.group(1), '<div id="openforms-container"></div>')
    shell = re.sub(r"<script>.*?</script>", '<script src="/sdk.js"></script>', shell, flags=re.S)
    script = (
        f"document.getElementById('openforms-container').outerHTML = {json.dumps(inner.group(1))};"
    )
    home = ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Gemeente Emmen"
            "</title></head><body><main><h1>Welkom</h1><a href='/producten/wmo-melding'>Wmo "
            "aanvragen</a></main></body></html>")  # fmt: skip
    files = {
        "www.emmen.test/index.html": home,
        "www.emmen.test/robots.txt": "User-agent: *\nAllow: /\n",
        "www.emmen.test/producten/wmo-melding": (FIXTURE / "p01.html").read_text("utf-8"),
        "formulieren.emmen.test/wmo-melding/index.html": shell,
        "formulieren.emmen.test/sdk.js": script,
    }
    for name, text in files.items():
        (root / "sites" / name).parent.mkdir(parents=True, exist_ok=True)
        (root / "sites" / name).write_text(text, encoding="utf-8")
    delay = {"url": "http://formulieren.emmen.test/sdk.js", "seconds": SCRIPT_DELAY}
    (root / "testweb.json").write_text(json.dumps({"behaviours": {"delays": [delay]}}))
    (root / "organisations.csv").write_text(
        "code,name,org_type,website\nGM0114,Gemeente Emmen,gemeente,http://www.emmen.test/\n"
    )
    with open(REPO / "config" / "products.csv", encoding="utf-8") as src:
        rows = list(csv.reader(src))
    with open(root / "products.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([rows[0], *[r for r in rows[1:] if r[0] == "wmo-voorziening"]])


@pytest.fixture(scope="module")
def slow_web(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedWeb]:
    root = tmp_path_factory.mktemp("slow_render_web")
    build_slow_render_web(root)
    with running_server(root) as proxy:
        yield ServedWeb(root, proxy)


def start_slow_crawl(web: ServedWeb, out: Path, *extra: str) -> subprocess.Popen[str]:
    """The slow web's crawl; its render takes SCRIPT_DELAY s, far within the time it gets
    (also on a loaded machine), and a resume takes the same settings from the run."""
    return start("crawl", "--organisations", str(web.organisations_csv), "--products",
                 str(web.root / "products.csv"), "--proxy", web.proxy, "--output", str(out),
                 "--run-id", "slow", "--no-polite", "-s", "DOWNLOAD_TIMEOUT=60",
                 "-s", "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT=60000", *extra,
                 cwd=out.parent)  # fmt: skip


def rendering(run: Path) -> bool:
    """The form's raw page is stored: its render (waiting for the slow script) has begun."""
    return bool(query(run, "SELECT 1 FROM pages WHERE rendered = 0 AND url LIKE "
                           "'http://formulieren.emmen.test/wmo-melding/%'"))  # fmt: skip


def crawl_until_mid_render(web: ServedWeb, out: Path) -> subprocess.Popen[str]:
    """The slow web's crawl, once it is well inside the render that waits for the script."""
    proc = start_slow_crawl(web, out)
    wait_for(proc, lambda: rendering(out / "slow"))
    time.sleep(2)
    return proc


def wmo_level(run: Path) -> str:
    with open(run / "verdicts.csv", newline="", encoding="utf-8") as fh:
        return next(r["level"] for r in csv.DictReader(fh) if r["product_key"] == "wmo-voorziening")


def test_an_organisation_cut_mid_render_is_not_done_and_is_crawled_again_on_resume(
    slow_web: ServedWeb, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run = out / "slow"
    proc = crawl_until_mid_render(slow_web, out)
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C: the browser's driver gets it too
    _, err = proc.communicate(timeout=120)
    assert query(run, "SELECT state FROM org_crawl WHERE org_code = 'GM0114'") == [("interrupted",)]
    assert query(run, "SELECT COUNT(*) FROM cases") == [(0,)]
    assert proc.returncode == 3, err[-3000:]
    assert "Traceback" not in err and "Future exception" not in err, err[-3000:]
    resumed = run_cli("measure", "--resume", str(run), cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert wmo_level(run) == "100"  # the DigiD login was on the render the interrupt cut


def test_a_browser_crash_mid_render_never_leaves_a_wrong_verdict(
    slow_web: ServedWeb, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    run = out / "slow"
    proc = crawl_until_mid_render(slow_web, out)
    browser = [c for c in psutil.Process(proc.pid).children(recursive=True) if "chrom" in c.name()]
    assert browser
    for child in browser:  # the browser crashes; the crawl itself goes on
        child.kill()
    _, err = proc.communicate(timeout=120)
    # the cut render is retried in a new browser, or its organisation is left to a resume
    if proc.returncode == 3:
        assert query(run, "SELECT state FROM org_crawl") == [("interrupted",)]
        assert run_cli("crawl", "--resume", str(run), cwd=tmp_path).returncode == 0
    assert proc.returncode in (0, 3), err[-3000:]
    assert run_cli("classify", str(run), cwd=tmp_path).returncode == 0
    assert wmo_level(run) == "100"


def test_progress_names_the_last_organisations_and_stops_at_once_on_an_interrupt(
    slow_web: ServedWeb, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    proc = start_slow_crawl(slow_web, out, "-s", "DIGIMETER_PROGRESS_INTERVAL=0.1")
    lines: list[tuple[float, str]] = []
    reader = threading.Thread(target=lambda: lines.extend(
        (time.monotonic(), line) for line in proc.stderr  # type: ignore[union-attr]
    ))  # fmt: skip
    reader.start()
    wait_for(proc, lambda: rendering(out / "slow"))
    time.sleep(1)
    proc.send_signal(signal.SIGTERM)  # the browser lives on: the render ends while stopping
    signalled = time.monotonic()
    proc.wait(timeout=120)
    reader.join()
    late = [
        line for at, line in lines if at > signalled + 0.5 and "[digimeter] organisations" in line
    ]
    assert not late, late  # no progress line once the interrupt is handled
    err = "".join(line for _, line in lines)
    assert "in flight: Gemeente Emmen (GM0114)" in err
    # the render finished while the crawl stopped: the organisation is done, the run complete
    assert (proc.returncode, run_state(out / "slow")) in ((0, "crawled"), (3, "interrupted"))


# -- a run that cannot complete as configured ----------------------------------------------------


def test_a_run_whose_organisations_are_nearly_all_unreachable_for_one_reason_fails(
    small_web: ServedWeb, tmp_path: Path
) -> None:
    orgs = tmp_path / "orgs.csv"
    rows = [
        f"GM{9000 + i},Gemeente Nergens {i},gemeente,http://www.nergens{i}.test/" for i in range(10)
    ]
    orgs.write_text("code,name,org_type,website\n" + "\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    done = run_cli("crawl", "--organisations", str(orgs), "--proxy", small_web.proxy, "--output",
                   str(out), "--run-id", "nowhere", "--no-polite", cwd=tmp_path)  # fmt: skip
    assert done.returncode == 4, done.stderr[-3000:]
    assert "the run failed: 10 of 10 organisations unreachable (dns)" in done.stderr
    assert run_state(out / "nowhere") == "failed"
    refused = run_cli("classify", str(out / "nowhere"), cwd=tmp_path)
    assert refused.returncode == 4 and "the run failed" in refused.stderr


# -- five interrupts of a crawl, each followed by a resume ------------------------------------


def test_five_interrupts_each_followed_by_a_resume_give_the_verdicts_of_a_clean_run(
    shared_dir: Path, tmp_path: Path
) -> None:
    from testweb.generate import generate_web

    web = tmp_path / "web"
    generate_web(web, seed=3, n_organisations=12,
                 register=shared_dir / "data" / "registers" / "organisations-2023.csv")  # fmt: skip
    out = tmp_path / "runs"
    out.mkdir()
    # timeouts well above what this web needs (its one slow page takes 3 s): on a loaded
    # machine a page that merely waits for the CPU must not end as a timeout in one run only
    flags = (*bench.CRAWL_FLAGS, "-s", "DOWNLOAD_TIMEOUT=60",
             "-s", "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT=60000")  # fmt: skip
    with running_server(web) as proxy:
        clean = bench.clean_crawl(web, proxy, out, flags)
        run, done, final = bench.interrupted_crawl(
            web, proxy, out, interruptions=5, seed=3, clean=clean, flags=flags
        )
    log = (out / "interrupted.log").read_text(encoding="utf-8")
    assert len(done) == 5 and {i.kind for i in done} == set(bench.KINDS), done
    for item in done:  # each hit a running crawl, which stopped as it should
        assert item.hit, (item.line(), log[-3000:])
        assert item.identical == item.verdicts, item.line()
    assert final == 0, log[-3000:]
    assert "Traceback" not in log and "Future exception" not in log
    bench.classify(run)
    expected, got = bench.verdicts(clean), bench.verdicts(run)
    assert len(expected) > 400 and got == expected
