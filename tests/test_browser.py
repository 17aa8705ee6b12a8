"""One browser launcher: the crawl, the evaluation harness, the tests and the benchmarks
start Chromium from `crawler.browser`, and a page rendered for evaluation is rendered as
the crawl renders it (wait `load`, identity providers and images refused)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import REPO

from crawler.browser import (
    NAVIGATION_TIMEOUT_MS,
    WAIT_UNTIL,
    abort_request,
    launch_options,
    render_pages,
)
from crawler.render import render_meta
from crawler.settings import build_settings
from testweb.server import running_server

#: what only the one launcher may write: Chromium's flags, its path as a launch argument, a
#: launch with options of its own
OWN_LAUNCH = re.compile(
    r"--no-sandbox|--disable-gpu|executable_path\s*=|chromium\.launch\((?!\*\*launch_options)"
)


def test_nothing_but_crawler_browser_launches_chromium_its_own_way() -> None:
    offenders = []
    for folder in ("digimeter", "crawler", "classifiers", "scoring", "review", "testweb",
                   "tests", "bench"):  # fmt: skip
        for path in sorted((REPO / folder).rglob("*.py")):
            if path in (REPO / "crawler" / "browser.py", Path(__file__)) or "webs" in path.parts:
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if OWN_LAUNCH.search(line):
                    offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)


def test_the_crawl_renders_with_the_one_launcher() -> None:
    settings = build_settings({}, proxy="http://127.0.0.1:9")
    assert settings["PLAYWRIGHT_LAUNCH_OPTIONS"] == launch_options(proxy="http://127.0.0.1:9")
    assert settings["PLAYWRIGHT_ABORT_REQUEST"] == "crawler.browser.abort_request"
    assert settings.getint("PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT") == NAVIGATION_TIMEOUT_MS
    assert WAIT_UNTIL == "load"
    assert render_meta()["playwright_page_goto_kwargs"] == {"wait_until": WAIT_UNTIL}
    other = build_settings({"DIGIMETER_CHROMIUM": "/opt/chromium"})
    assert other["PLAYWRIGHT_LAUNCH_OPTIONS"]["executable_path"] == "/opt/chromium"
    assert "proxy" not in other["PLAYWRIGHT_LAUNCH_OPTIONS"]


class _Request:
    def __init__(self, url: str, resource_type: str = "document", method: str = "GET") -> None:
        self.url, self.resource_type, self.method = url, resource_type, method


def test_what_the_browser_may_not_load() -> None:
    assert abort_request(_Request("http://digid-sim.test/saml/idp/request"))
    assert abort_request(_Request("http://www.a.test/logo.png", "image"))
    assert not abort_request(_Request("http://www.a.test/app.js", "script"))
    assert not abort_request(_Request("http://www.a.test/aanvragen"))


SLOW_PAGE = """<!doctype html><html><body><h1>Aanvragen</h1>
<script async src="/slow.js"></script>
<script>window.addEventListener("load", () => document.body.insertAdjacentHTML(
  "beforeend", '<form id="late"><input name="naam"></form>'));</script>
</body></html>"""
LOGIN_PAGE = """<!doctype html><html><body><h1>Inloggen</h1>
<script>location.href = "http://digid-sim.test/saml/idp/start";</script></body></html>"""


def test_render_pages_waits_for_load_and_never_reaches_an_identity_provider(
    tmp_path: Path,
) -> None:
    sites = tmp_path / "sites"
    for rel, text in {
        "www.a.test/slow/index.html": SLOW_PAGE,
        "www.a.test/slow.js": "window.slowLoaded = true;",
        "www.a.test/login/index.html": LOGIN_PAGE,
        "digid-sim.test/saml/idp/start/index.html": "<html><body>DigiD</body></html>",
    }.items():
        (sites / rel).parent.mkdir(parents=True, exist_ok=True)
        (sites / rel).write_text(text, encoding="utf-8")
    manifest = {"behaviours": {"delays": [{"url": "http://www.a.test/slow.js", "seconds": 1.5}]}}
    (tmp_path / "testweb.json").write_text(json.dumps(manifest), encoding="utf-8")
    log = tmp_path / "access.log"
    urls = ["http://www.a.test/slow/", "http://www.a.test/login/"]
    with running_server(tmp_path, access_log=log) as proxy:
        rendered = render_pages(urls, proxy)
    # the load event fired (after the slow script) before the DOM was read
    assert b'<form id="late">' in rendered["http://www.a.test/slow/"]
    # the script's navigation to DigiD was stopped in the browser (as in the crawl, whose
    # scrapy-playwright aborts it the same way): DigiD's page was never loaded
    assert b"<body>DigiD</body>" not in rendered["http://www.a.test/login/"]
    requested = log.read_text(encoding="utf-8")
    assert "www.a.test/slow.js" in requested and "digid-sim.test" not in requested


def test_a_form_embedded_from_another_host_reads_its_api_in_the_browser(tmp_path: Path) -> None:
    """An Open Forms SDK on the product page (www.<org>) reads the form's definition from the
    form host's API (formulieren.<org>) and builds its login button: the simulated web's
    files may be read across hosts, as the embedding APIs of real form platforms allow. The
    answer comes after `load`, as a slow API's does: the page is read once it is finished."""
    sdk = (
        "fetch('http://formulieren.a.test/api/forms/verhuizing').then(r => r.json())"
        ".then(f => { const a = document.createElement('a'); a.href = f.login;"
        " a.textContent = 'Inloggen met DigiD'; document.getElementById('root').append(a); });"
    )
    files = {
        "www.a.test/verhuizen/index.html": "<html><body><main><h1>Verhuizen</h1><div id='root'>"
        "</div></main><script src='http://formulieren.a.test/sdk.js'></script></body></html>",
        "formulieren.a.test/sdk.js": sdk,
        "formulieren.a.test/api/forms/verhuizing.json": '{"login": "/auth/verhuizing/digid/start"}',
    }
    for rel, text in files.items():
        (tmp_path / "sites" / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "sites" / rel).write_text(text, encoding="utf-8")
    (tmp_path / "sites/formulieren.a.test/api/forms/verhuizing.json").rename(
        tmp_path / "sites/formulieren.a.test/api/forms/verhuizing"
    )
    # the API answers after the page's `load`: the DOM is taken once the page settled
    api = "http://formulieren.a.test/api/forms/verhuizing"
    manifest = {"behaviours": {"delays": [{"url": api, "seconds": 0.8}]}}
    (tmp_path / "testweb.json").write_text(json.dumps(manifest), encoding="utf-8")
    with running_server(tmp_path) as proxy:
        rendered = render_pages(["http://www.a.test/verhuizen/"], proxy)
    assert b'href="/auth/verhuizing/digid/start"' in rendered["http://www.a.test/verhuizen/"]
