"""A site that is unreachable at the first attempt gets a second one later in the same run.

A real crawl (subprocess, the testweb proxy) of three organisations: one always up, one
whose site does not exist when the crawl starts and appears while it runs (it comes
back), and one that never exists (unreachable with both reasons)."""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import REPO

from digimeter.cli.schedulecommands import write_product_subset
from digimeter.core.configfiles import DEFAULT_PRODUCTS
from digimeter.core.errors import INCOMPLETE, OK
from digimeter.core.runhistory import run_info
from testweb.server import running_server

DELAY = 4
PAGE = (
    "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{title}</title></head>"
    "<body><main><h1>{title}</h1>{body}</main></body></html>"
)
HOME = PAGE.format(title="Gemeente", body="<a href='/paspoort'>Paspoort aanvragen</a>")
PRODUCT = PAGE.format(
    title="Paspoort aanvragen",
    body="<p>Een paspoort vraagt u aan bij de balie van het gemeentehuis.</p>" * 4,
)
ORGS = {"GM0001": "www.eerst.test", "GM0002": "www.terug.test", "GM0003": "www.weg.test"}


def write_site(sites: Path, host: str) -> None:
    (sites / host).mkdir(parents=True)
    (sites / host / "index.html").write_text(HOME, encoding="utf-8")
    (sites / host / "paspoort").write_text(PRODUCT, encoding="utf-8")


def state_of(db: Path) -> dict[str, tuple[str, str]]:
    con = sqlite3.connect(db)
    try:
        return {
            c: (s, r) for c, s, r in con.execute("SELECT org_code, state, reason FROM org_crawl")
        }
    finally:
        con.close()


def home_failed(db: Path, host: str) -> bool:
    if not db.exists():
        return False
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
        try:
            row = con.execute(
                "SELECT error FROM pages WHERE url = ?", (f"http://{host}/",)
            ).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return False
    return row is not None and row[0] == "dns"


def setup(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The web (only GM0001's site exists), the organisation and products lists."""
    web = tmp_path / "web"
    write_site(web / "sites", ORGS["GM0001"])
    orgs = tmp_path / "orgs.csv"
    orgs.write_text("code,name,org_type,website\n" + "".join(
        f"{code},Gemeente {code},gemeente,http://{host}/\n" for code, host in ORGS.items()
    ), encoding="utf-8")  # fmt: skip
    products = tmp_path / "products.csv"
    write_product_subset(DEFAULT_PRODUCTS, {"paspoort"}, products)
    return web, orgs, products


def start_crawl(run: Path, proxy: str, *args: str) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", "digimeter.cli", "crawl", "--output", str(run.parent),
           "--proxy", proxy, *args]  # fmt: skip
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)  # fmt: skip


def wait_for_first_failure(run: Path, code: str) -> None:
    deadline = time.monotonic() + 120
    while not home_failed(run / "run.db", ORGS[code]) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert home_failed(run / "run.db", ORGS[code]), "the first attempt never failed"


def test_a_site_that_comes_back_mid_run_is_crawled_at_its_second_attempt(tmp_path: Path) -> None:
    web, orgs, products = setup(tmp_path)
    log = tmp_path / "access.log"
    run = tmp_path / "out" / "r"
    with running_server(web, access_log=log) as proxy:
        crawl = start_crawl(run, proxy, "--organisations", str(orgs), "--products", str(products),
                            "--run-id", "r", "--no-polite", "-s", "DIGIMETER_RENDER=False",
                            "-s", f"DIGIMETER_SITE_RETRY_DELAY={DELAY}")  # fmt: skip
        wait_for_first_failure(run, "GM0002")
        assert state_of(run / "run.db")["GM0002"] == ("crawling", "")  # waiting, not final
        write_site(web / "sites", ORGS["GM0002"])  # the site comes back
        _, stderr = crawl.communicate(timeout=300)
    assert crawl.returncode == OK, stderr[-3000:]
    assert run_info(run).state == "crawled"
    states = state_of(run / "run.db")
    assert states["GM0001"] == ("done", "")
    assert states["GM0002"] == ("done", "")
    assert states["GM0003"] == ("unreachable", "dns; second attempt: dns")
    requests = log.read_text(encoding="utf-8").splitlines()
    assert requests.count(f"GET http://{ORGS['GM0002']}/ 502") == 1
    assert requests.count(f"GET http://{ORGS['GM0002']}/ 200") == 1
    assert requests.count(f"GET http://{ORGS['GM0003']}/ 502") == 2
    with open(run / "crawl_organisations.csv", newline="", encoding="utf-8") as fh:
        summary = {r["org_code"]: r for r in csv.DictReader(fh)}
    assert summary["GM0002"]["found"] == "1"
    assert summary["GM0001"]["found"] == "1"


def test_an_interrupt_while_sites_wait_for_their_second_attempt_leaves_them_to_resume(
    tmp_path: Path,
) -> None:
    web, orgs, products = setup(tmp_path)
    run = tmp_path / "out" / "r"
    with running_server(web) as proxy:
        crawl = start_crawl(run, proxy, "--organisations", str(orgs), "--products", str(products),
                            "--run-id", "r", "--no-polite", "-s", "DIGIMETER_RENDER=False",
                            "-s", "DIGIMETER_SITE_RETRY_DELAY=600")  # fmt: skip
        wait_for_first_failure(run, "GM0003")
        wait_for_first_failure(run, "GM0002")
        crawl.send_signal(signal.SIGINT)
        _, stderr = crawl.communicate(timeout=120)
        assert crawl.returncode == INCOMPLETE, stderr[-3000:]
        assert run_info(run).state == "interrupted"
        states = state_of(run / "run.db")
        assert states["GM0002"][0] == states["GM0003"][0] == "interrupted", states
        write_site(web / "sites", ORGS["GM0002"])  # back by the time the run is resumed
        resume = start_crawl(run, proxy, "--resume", str(run), "--override-settings",
                             "-s", "DIGIMETER_SITE_RETRY_DELAY=0")  # fmt: skip
        _, stderr = resume.communicate(timeout=300)
    assert resume.returncode == OK, stderr[-3000:]
    states = state_of(run / "run.db")
    assert states["GM0002"] == ("done", "")
    assert states["GM0003"] == ("unreachable", "dns; second attempt: dns")
