"""Crawls of the labelled corpus (`../shared/corpus/`) through the testweb proxy: every
labelled product page found, routes stored, JavaScript forms rendered, only the proxy
contacted; a crawl killed with SIGKILL and resumed; two workers sharing one crawl through a
real redis-server. One reference crawl per session."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import psutil
import pytest

from crawler.run import prepare_run
from digimeter.core.configfiles import load_organisations, load_products
from digimeter.core.pages import normalize_url, resolve
from digimeter.core.runstore import RunStore
from testweb.localredis import running_redis
from testweb.server import running_server

REPO = Path(__file__).resolve().parent.parent
#: Runs the CLI with an audit hook that records every socket address the process uses.
AUDITED_CLI = """
import runpy, sys
log = open(sys.argv.pop(1), "a", buffering=1)
def hook(event, args):
    if event == "socket.connect" and isinstance(args[1], tuple):
        log.write(f"connect {args[1][0]} {args[1][1]}\\n")
    elif event == "socket.getaddrinfo":
        log.write(f"resolve {args[0]} {args[1]}\\n")
sys.addaudithook(hook)
sys.argv = ["digimeter", *sys.argv[1:]]
runpy.run_module("digimeter.cli", run_name="__main__")
"""


def crawl_cmd(corpus: Path, proxy: str, out: Path, run_id: str, *extra: str) -> list[str]:
    return [
        sys.executable, "-m", "digimeter.cli", "crawl", "--organisations",
        str(corpus / "organisations.csv"), "--proxy", proxy, "--output", str(out),
        "--run-id", run_id, *extra,
    ]  # fmt: skip


def read_cases(run: Path) -> dict[tuple[str, str], tuple[str, str, str, str]]:
    store = RunStore(run)
    try:
        return {
            (c.org.code, c.product.key): (c.outcome, c.product_url, c.found_via, c.reason)
            for c in store.cases()
        }
    finally:
        store.close()


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def access_log(path: Path) -> list[str]:
    return [line.split(" ")[1] for line in path.read_text().splitlines() if line]


@dataclass
class Reference:
    run: Path
    proxy_port: int
    connections: list[str]
    child_peers: set[tuple[str, int]]
    log: list[str]


def watch_children(pid: int, stop: threading.Event, peers: set[tuple[str, int]]) -> None:
    """Sample the remote addresses of the crawl's child processes (Chromium) until stopped."""
    while not stop.is_set():
        try:
            children = psutil.Process(pid).children(recursive=True)
        except psutil.NoSuchProcess:
            return
        for child in children:
            try:
                for conn in child.net_connections(kind="tcp"):
                    if conn.raddr:
                        peers.add((conn.raddr.ip, conn.raddr.port))
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
        stop.wait(0.02)


@pytest.fixture(scope="session")
def corpus(shared_dir: Path) -> Path:
    return shared_dir / "corpus"


@pytest.fixture(scope="session")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Reference]:
    """An uninterrupted crawl of the corpus, run with an audit hook and watched children."""
    tmp = tmp_path_factory.mktemp("corpus_crawl")
    log_path, audit = tmp / "access.log", tmp / "sockets.log"
    with running_server(corpus, access_log=log_path) as proxy:
        cmd = crawl_cmd(corpus, proxy, tmp / "out", "ref", "--no-polite")
        cmd[1:3] = ["-c", AUDITED_CLI, str(audit)]
        peers: set[tuple[str, int]] = set()
        stop = threading.Event()
        proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        watcher = threading.Thread(target=watch_children, args=(proc.pid, stop, peers))
        watcher.start()
        _out, err = proc.communicate(timeout=300)
        stop.set()
        watcher.join()
    assert proc.returncode == 0, err.decode()[-3000:]
    port = int(proxy.rsplit(":", 1)[1])
    yield Reference(tmp / "out" / "ref", port, audit.read_text().splitlines(), peers,
                    access_log(log_path))  # fmt: skip


def test_every_labelled_product_page_is_found(reference: Reference, corpus: Path) -> None:
    cases = read_cases(reference.run)
    labels = read_csv(corpus / "labels.csv")
    wrong = [
        (r["org_code"], r["product_key"], cases.get((r["org_code"], r["product_key"])))
        for r in labels
        if cases.get((r["org_code"], r["product_key"]), ("",))[0] != "found"
        or normalize_url(cases[(r["org_code"], r["product_key"])][1])
        != normalize_url(r["product_url"])
    ]
    assert wrong == []


def test_every_labelled_route_is_stored(reference: Reference, corpus: Path) -> None:
    store = RunStore(reference.run)
    try:
        pages = store.page_store()
        missing = []
        for r in read_csv(corpus / "labels.csv"):
            if r["route_url"]:
                page, _ = resolve(pages, r["route_url"])
                if page is None or not (page.ok or page.location):
                    missing.append(r["route_url"])
    finally:
        store.close()
    assert missing == []


def test_javascript_forms_are_stored_rendered(reference: Reference) -> None:
    store = RunStore(reference.run)
    try:
        klacht = store.page_store().get("http://formulieren.emmen.test/klacht-indienen/")
        wmo = store.page_store().get("http://formulieren.emmen.test/wmo-melding/")
        raw = store.page_store().get("http://formulieren.emmen.test/wmo-melding/", rendered=False)
    finally:
        store.close()
    assert klacht is not None and klacht.rendered
    text = klacht.text()
    assert text.count("<input") + text.count("<textarea") == 8
    assert "Verzenden" in text and "<form" in text
    assert wmo is not None and wmo.rendered and "Inloggen met DigiD" in wmo.text()
    assert raw is not None and not raw.rendered
    assert lxml.html.fromstring(raw.text()).xpath("//a[contains(@href, 'digid')]") == []


def test_identity_providers_are_never_contacted(reference: Reference) -> None:
    assert not [u for u in reference.log if "digid-sim.test" in u or "eherkenning-sim" in u]


def test_only_the_simulated_web_is_asked_for(reference: Reference) -> None:
    """Not even through the proxy does anything ask for another host (browser background
    traffic such as autofill or translate is switched off)."""
    hosts = {urlsplit(u if "://" in u else f"http://{u}").hostname for u in reference.log}
    assert hosts and all(h and h.endswith(".test") for h in hosts), hosts


def test_the_crawl_contacts_only_the_proxy(reference: Reference) -> None:
    allowed = {("127.0.0.1", reference.proxy_port)}
    connects = [line.split() for line in reference.connections if line.startswith("connect")]
    assert connects, "the audit hook saw no connection at all"
    assert {(host, int(port)) for _, host, port in connects} == allowed
    resolved = {line.split()[1] for line in reference.connections if line.startswith("resolve")}
    assert resolved <= {"127.0.0.1"}
    assert reference.child_peers, "no connection of the browser was seen"
    assert reference.child_peers <= allowed | {("::1", reference.proxy_port)}


def test_crawl_summary_files(reference: Reference) -> None:
    rows = read_csv(reference.run / "crawl_organisations.csv")
    assert len(rows) == 6 and all(int(r["pages"]) > 0 for r in rows)
    assert sum(int(r["rendered"]) for r in rows) >= 2
    assert (reference.run / "crawl_stats.json").exists()


# -- resume after SIGKILL --------------------------------------------------------------------


def finished_orgs(run: Path) -> int:
    try:
        db = sqlite3.connect(f"file:{run / 'run.db'}?mode=ro", uri=True, timeout=1)
        try:
            return int(db.execute("SELECT COUNT(*) FROM org_crawl").fetchone()[0])
        finally:
            db.close()
    except sqlite3.Error:
        return 0


def stored_pages(run: Path) -> set[tuple[str, int]]:
    db = sqlite3.connect(run / "run.db")
    try:
        return {(u, r) for u, r in db.execute("SELECT url, rendered FROM pages")}
    finally:
        db.close()


def test_resume_after_kill_9(reference: Reference, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run = out / "killed"
    with running_server(corpus) as proxy:
        cmd = crawl_cmd(
            corpus, proxy, out, "killed", "--no-polite", "-s", "DIGIMETER_CONCURRENT_ORGS=1"
        )
        proc = subprocess.Popen(
            cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + 120
        while finished_orgs(run) < 2 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGKILL)  # the crawl and its browser, as a crash would
        proc.wait()
    done_before = finished_orgs(run)
    assert 2 <= done_before < 6, "the crawl was not killed mid-way"
    before = stored_pages(run)
    log_path = tmp_path / "resumed.log"
    with running_server(corpus, access_log=log_path) as proxy:
        # the simulated web now listens on another port: a changed proxy, recorded in the run
        cmd = [*crawl_cmd(corpus, proxy, out, "x", "--no-polite")[:6], "--proxy", proxy,
               "--override-settings", "--resume", str(run)]  # fmt: skip
        cmd = [c for c in cmd if c not in ("--organisations", str(corpus / "organisations.csv"))]
        done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    after = stored_pages(run)
    refetched = {normalize_url(u) for u in access_log(log_path)} & {u for u, _ in before}
    # a URL stored raw before the kill may be loaded again only by the browser, to render it
    rendered_now = {u for u, r in after - before if r == 1}
    assert refetched <= rendered_now
    assert read_cases(run) == read_cases(reference.run)
    store = RunStore(run)
    try:
        per_case = store.db.execute(
            "SELECT COUNT(*), COUNT(DISTINCT org_code || '/' || product_key) FROM cases"
        ).fetchone()
        assert per_case[0] == per_case[1] == len(read_cases(reference.run))
        assert len(store.finished_orgs()) == 6
    finally:
        store.close()
    assert "served from the store" in done.stdout


# -- two workers through Redis -----------------------------------------------------------------


@pytest.fixture
def redis_url(tmp_path: Path) -> Iterator[str]:
    with running_redis(tmp_path) as url:
        yield url


def test_two_workers_share_one_crawl(
    reference: Reference, corpus: Path, tmp_path: Path, redis_url: str
) -> None:
    out = tmp_path / "out"
    run = out / "shared"
    settings = {
        "DIGIMETER_POLITE": "false", "DIGIMETER_CONCURRENT_ORGS": "1",
        "DOWNLOAD_DELAY": "0.05",  # organisations take a moment, so both workers get some
        "DIGIMETER_RENDER": "false",  # the corpus's product pages need no browser
    }  # fmt: skip
    with running_server(corpus) as proxy:
        # the run folder is prepared once (as `digimeter crawl` does), then both workers join
        # it with nothing but --resume and --redis: the proxy and settings are the run's
        prepare_run(
            run, load_organisations(corpus / "organisations.csv"), load_products(),
            resume=False, proxy=proxy, settings=settings,
        )  # fmt: skip
        cmd = [sys.executable, "-m", "digimeter.cli", "crawl", "--resume", str(run),
               "--redis", redis_url]  # fmt: skip
        first, second = (
            subprocess.Popen(
                [*cmd, "-s", f"DIGIMETER_WORKER_ID={name}"],
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            for name in ("w1", "w2")
        )
        results = [p.communicate(timeout=300) for p in (first, second)]
    for proc, (_, err) in zip((first, second), results, strict=True):
        assert proc.returncode == 0, err.decode()[-3000:]  # each exits with the run's status
    assert read_cases(run) == read_cases(reference.run)
    store = RunStore(run)
    try:
        assert store.state() == "crawled"
        assert set(store.org_states().values()) <= {"done", "unreachable"}
    finally:
        store.close()
    db = sqlite3.connect(run / "run.db")
    try:
        assert db.execute(
            "SELECT COUNT(*), COUNT(DISTINCT org_code) FROM org_crawl"
        ).fetchone() == (6, 6)
        files_per_org = dict(
            db.execute(
                "SELECT org_code, COUNT(DISTINCT warc_file) FROM pages "
                "WHERE org_code != '' AND warc_file != '' GROUP BY org_code"
            ).fetchall()
        )
        workers = {
            f for (f,) in db.execute("SELECT DISTINCT warc_file FROM pages WHERE warc_file != ''")
        }
    finally:
        db.close()
    assert set(files_per_org.values()) == {1}  # each organisation crawled by one worker
    assert len(workers) == 2  # ... and both workers crawled, each into its own WARC file
    assert {p.name for p in (run).glob("crawl_stats.*.json")} == {
        "crawl_stats.w1.json", "crawl_stats.w2.json",
    }  # fmt: skip


def worker_of_crawling_org(run: Path) -> str:
    """The worker of an organisation crawled now ('' when none is)."""
    try:
        db = sqlite3.connect(f"file:{run / 'run.db'}?mode=ro", uri=True, timeout=1)
        try:
            rows = db.execute("SELECT summary FROM org_crawl WHERE state = 'crawling'").fetchall()
        finally:
            db.close()
    except sqlite3.Error:
        return ""
    return next((json.loads(s).get("worker", "") for (s,) in rows), "")


def verdict_rows(run: Path) -> list[tuple[str, ...]]:
    from classifiers.run import classify_run

    classify_run(run)
    with open(run / "verdicts.csv", newline="", encoding="utf-8") as fh:
        return [tuple(v for k, v in r.items() if k != "run_id") for r in csv.DictReader(fh)]


def test_a_worker_killed_mid_run_leaves_its_organisation_to_the_other(
    reference: Reference, corpus: Path, tmp_path: Path, redis_url: str
) -> None:
    """SIGKILL one of two workers while it crawls an organisation: the other takes it over
    once the dead one's heartbeat has expired, the run completes, and its verdicts equal
    those of the single-process reference crawl."""
    run = tmp_path / "out" / "shared"
    settings = {"DIGIMETER_POLITE": "false", "DIGIMETER_CONCURRENT_ORGS": "1",
                "DOWNLOAD_DELAY": "0.05", "DIGIMETER_CLAIM_TTL": "3"}  # fmt: skip
    with running_server(corpus) as proxy:
        prepare_run(
            run, load_organisations(corpus / "organisations.csv"), load_products(),
            resume=False, proxy=proxy, settings=settings,
        )  # fmt: skip
        cmd = [sys.executable, "-m", "digimeter.cli", "crawl", "--resume", str(run), "--redis",
               redis_url, "-s", "DIGIMETER_PROGRESS_INTERVAL=1"]  # fmt: skip
        victim, survivor = (
            subprocess.Popen(
                [*cmd, "-s", f"DIGIMETER_WORKER_ID={name}"],
                cwd=REPO,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,  # its browser dies with it
            )
            for name in ("w1", "w2")
        )
        deadline = time.monotonic() + 120
        while worker_of_crawling_org(run) != "w1" and time.monotonic() < deadline:
            time.sleep(0.02)
        os.killpg(victim.pid, signal.SIGKILL)  # mid-organisation, as a crash would
        victim.communicate()
        _, err = survivor.communicate(timeout=300)
    assert survivor.returncode == 0, err.decode()[-3000:]
    assert "worker w2 takes over organisation" in (run / "run.log").read_text(encoding="utf-8")
    store = RunStore(run)
    try:
        assert store.state() == "crawled"
    finally:
        store.close()
    assert read_cases(run) == read_cases(reference.run)
    single = shutil.copytree(reference.run, tmp_path / "single")
    assert verdict_rows(run) == verdict_rows(single)


def test_a_dead_workers_organisations_are_taken_over(
    corpus: Path, tmp_path: Path, redis_url: str
) -> None:
    """Each organisation goes to one worker; one whose worker died (no heartbeat) is taken
    over by another, once the shared list is empty."""
    from crawler.config import CrawlConfig
    from crawler.context import CrawlContext
    from crawler.distributed import RedisOrgQueue
    from crawler.settings import build_settings

    run = tmp_path / "run"
    organisations = load_organisations(corpus / "organisations.csv")
    prepare_run(run, organisations, load_products(), resume=False, proxy=None, settings={})

    def worker(name: str) -> RedisOrgQueue:
        settings = build_settings(
            {"DIGIMETER_RUN_DIR": str(run), "DIGIMETER_REDIS_URL": redis_url,
             "DIGIMETER_WORKER_ID": name}
        )  # fmt: skip
        ctx = CrawlContext(CrawlConfig.from_settings(settings))
        return RedisOrgQueue.connect(ctx, [o.code for o in organisations])

    a, b = worker("a"), worker("b")
    taken = [a.next(), b.next(), a.next()]
    assert len(set(taken)) == 3  # never the same organisation twice
    rest = [code for code in iter(b.next, None)]
    assert sorted(taken + rest) == sorted(o.code for o in organisations)
    assert b.next() is None  # a still holds its two, and a is alive
    a.server.delete(f"{a.key}:worker:a")  # a dies: its heartbeat key expires
    orphans = {b.next(), b.next()}
    assert orphans == {taken[0], taken[2]}
    assert b.next() is None
