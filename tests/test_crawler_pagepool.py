"""Browser pages kept open between renders (`crawler.pagepool`), in a real crawl
(subprocess, Scrapy, scrapy-playwright with /usr/bin/chromium, the testweb proxy): a
one-organisation web whose product pages are built by their scripts, so every one is
rendered. Fewer pages are opened than rendered, yet each stored page holds its own DOM,
and a page a button was clicked on is not used again."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from test_crawler_web import REPO, Web, page

from digimeter.core.runstore import RunStore
from testweb.server import running_server

HOST = "www.pooldorp.test"
#: product key -> the page's title; each page's content exists only after its script ran
PRODUCTS = {
    "paspoort": "Paspoort",
    "identiteitskaart": "Identiteitskaart",
    "parkeervergunning": "Parkeervergunning",
    "hondenbelasting": "Hondenbelasting",
    "evenementenvergunning": "Evenementenvergunning",
    "kapvergunning": "Kapvergunning",
    "geboorteaangifte": "Geboorte aangeven",
    "brp-uittreksel": "Uittreksel BRP",
}
#: the parking form's start is a button whose target only a click shows
CLICK_FORM = page(
    "Parkeervergunning aanvragen",
    "<p>Vraag hier uw parkeervergunning aan.</p><button id='go'>Start het formulier</button>"
    "<script>document.getElementById('go').addEventListener('click', () => {"
    " location.href = '/formulieren/start'; });</script>",
)


def scripted(key: str, title: str) -> str:
    """A page whose text and call to action a script writes."""
    built = (
        f"<h1>{title}</h1>" + f"<p>Alles over {title.lower()} bij de gemeente Pooldorp.</p>" * 4
        + f"<p class='mark'>eigen-inhoud-{key}</p>"
        + f"<a href='/formulieren/{key}'>{title} aanvragen</a>"
    )  # fmt: skip
    return (
        "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'>"
        f"<title>{title} | Gemeente Pooldorp</title></head><body><main><div id='app'></div>"
        f"<script>document.getElementById('app').innerHTML = {json.dumps(built)};</script>"
        "</main></body></html>"
    )


@pytest.fixture(scope="module")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pagepool")
    web = Web(root)
    links = "".join(f"<li><a href='/{k}'>{t}</a></li>" for k, t in PRODUCTS.items())
    web.file(HOST, "/", page("Welkom", f"<ul>{links}</ul>" + "<p>Gemeente Pooldorp.</p>" * 10))
    web.file(HOST, "/robots.txt", "User-agent: *\nAllow: /\n")
    for key, title in PRODUCTS.items():
        web.file(HOST, f"/{key}", scripted(key, title))
        form = (
            CLICK_FORM
            if key == "parkeervergunning"
            else page(f"{title} aanvragen", "<form></form>")
        )
        web.file(HOST, f"/formulieren/{key}", form)
    web.file(HOST, "/formulieren/start", page("Start", "<form></form>"))
    web.finish()
    (root / "organisations.csv").write_text(
        f"code,name,org_type,website\nGM0012,Gemeente Pooldorp,gemeente,http://{HOST}/\n"
    )
    with open(REPO / "config" / "products.csv", encoding="utf-8") as src:
        rows = list(csv.reader(src))
    with open(root / "products.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([rows[0], *[r for r in rows[1:] if r[0] in PRODUCTS]])
    with running_server(root) as proxy:
        cmd = [
            sys.executable, "-m", "digimeter.cli", "crawl", "--organisations",
            str(root / "organisations.csv"), "--products", str(root / "products.csv"),
            "--proxy", proxy, "--output", str(root / "out"), "--run-id", "pool",
            "--no-polite", "-s", "DOWNLOAD_TIMEOUT=10",
            "-s", "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT=2",
        ]  # fmt: skip
        done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return root / "out" / "pool"


def test_each_rendered_page_holds_its_own_dom(crawled: Path) -> None:
    store = RunStore(crawled)
    try:
        pages = {key: store.page_store().get(f"http://{HOST}/{key}") for key in PRODUCTS}
    finally:
        store.close()
    for key, stored in pages.items():
        assert stored is not None and stored.rendered, key
        marks = [m for m in PRODUCTS if f"eigen-inhoud-{m}<" in stored.body.decode()]
        assert marks == [key]


def test_fewer_pages_are_opened_than_rendered_and_a_clicked_page_is_not_reused(
    crawled: Path,
) -> None:
    stats = json.loads((crawled / "crawl_stats.json").read_text())
    rendered, opened = stats["digimeter/pages_rendered"], stats["playwright/page_count"]
    assert rendered >= len(PRODUCTS)
    assert stats["digimeter/render/pages_reused"] == rendered - opened
    assert stats["playwright/page_count/max_concurrent"] <= 2
    # two places: two pages, plus one if a render came after the clicked page was closed
    assert 2 <= opened <= 3
    assert stats["digimeter/render/pages_closed"] == 1
