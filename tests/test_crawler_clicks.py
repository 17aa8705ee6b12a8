"""A real crawl (subprocess, Scrapy, scrapy-playwright with /usr/bin/chromium, the testweb
proxy) of a one-organisation web whose calls to action exist only after a click: the
browser clicks the buttons, records where they go, and the crawler follows that; a button
that would POST or go to an identity provider is blocked before anything leaves the browser.
The classifier then reads the same records from the stored pages."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from test_crawler_web import REPO, Web, page

from classifiers.run import classify_run
from digimeter.core.runstore import RunStore
from testweb.server import running_server

HOST, FORMS = "www.knopdorp.test", "formulieren.knopdorp.test"
SAML = "http://digid-sim.test/saml/idp/request_authentication?SAMLRequest=fZJdT8Iw"
TEXT = "<p>Woont u in het centrum? Dan parkeert u met een parkeervergunning voor bewoners.</p>"
PRODUCT = page(
    "Parkeervergunning aanvragen",
    TEXT * 3
    + "<button id='start' class='btn'>Parkeervergunning aanvragen</button>"
    + "<button id='bewaar' class='btn'>Bewaar deze pagina</button>"
    + "<script>"
    + "document.getElementById('start').addEventListener('click', function () {"
    + f"  window.location.href = 'http://{FORMS}/parkeren'; }});"
    + "document.getElementById('bewaar').addEventListener('click', function () {"
    + "  fetch('/api/bewaar', {method: 'POST', body: 'p=1'}); });"
    + "</script>",
)
FORM = page(
    "Parkeervergunning aanvragen",
    f"<p>Log in om de aanvraag te starten.</p><a href='{SAML}'>Inloggen met DigiD</a>",
)


@dataclass
class Clicked:
    run: Path
    log: list[tuple[str, str]]


@pytest.fixture(scope="module")
def clicked(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Clicked]:
    root = tmp_path_factory.mktemp("clicks")
    web = Web(root)
    web.file(HOST, "/", page("Welkom", "<a href='/parkeervergunning'>Parkeervergunning</a>"))
    web.file(HOST, "/robots.txt", "User-agent: *\nAllow: /\n")
    web.file(HOST, "/parkeervergunning", PRODUCT)
    web.file(FORMS, "/parkeren", FORM)
    web.file("digid-sim.test", "/index.html", "DigiD")
    web.finish()
    (root / "organisations.csv").write_text(
        f"code,name,org_type,website\nGM0011,Gemeente Knopdorp,gemeente,http://{HOST}/\n"
    )
    with open(REPO / "config" / "products.csv", encoding="utf-8") as src:
        rows = list(csv.reader(src))
    with open(root / "products.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([rows[0], *[r for r in rows[1:] if r[0] == "parkeervergunning"]])
    log_path = root / "access.log"
    with running_server(root, access_log=log_path) as proxy:
        cmd = [
            sys.executable, "-m", "digimeter.cli", "crawl", "--organisations",
            str(root / "organisations.csv"), "--products", str(root / "products.csv"),
            "--proxy", proxy, "--output", str(root / "out"), "--run-id", "clicks",
            "--no-polite", "-s", "DOWNLOAD_TIMEOUT=10",
        ]  # fmt: skip
        done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    log = [tuple(line.split(" ")[:2]) for line in log_path.read_text().splitlines()]
    yield Clicked(root / "out" / "clicks", log)  # type: ignore[arg-type]


def test_the_button_target_is_followed(clicked: Clicked) -> None:
    assert ("GET", f"http://{FORMS}/parkeren") in clicked.log


def test_nothing_but_gets_leave_and_no_identity_provider(clicked: Clicked) -> None:
    assert {method for method, _ in clicked.log} == {"GET"}
    assert not [url for _, url in clicked.log if "digid-sim.test" in url or "/api/" in url]


def test_the_stored_page_records_the_click_and_the_blocked_post(clicked: Clicked) -> None:
    store = RunStore(clicked.run)
    try:
        stored = store.page_store().get(f"http://{HOST}/parkeervergunning")
    finally:
        store.close()
    assert stored is not None and stored.rendered
    assert f"http://{FORMS}/parkeren" in stored.headers["x-digimeter-clicks"]
    assert "/api/bewaar" in stored.headers["x-digimeter-blocked"]


def test_the_classifier_follows_the_click(clicked: Clicked) -> None:
    classify_run(clicked.run)
    with open(clicked.run / "verdicts.csv", encoding="utf-8") as fh:
        (verdict,) = list(csv.DictReader(fh))
    assert (verdict["status"], verdict["level"]) == ("ok", "100")
    assert verdict["route_url"] == f"http://{FORMS}/parkeren"
