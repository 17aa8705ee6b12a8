"""robots.txt holds for every request that waited for it (crawler.robots).

A real crawl of one municipality whose sitemap lists six product pages on a second host,
`loket.robotsloket.test`. That host's robots.txt answers slowly, so all six requests wait for
it together; it disallows three of them. Scrapy 2.19's own middleware lets all but the first
waiter through; ours must send none of the three."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.test_crawler_web import Web, page, product
from testweb.server import running_server

REPO = Path(__file__).resolve().parent.parent
HOME, LOKET = "www.robotsloket.test", "loket.robotsloket.test"
PAGES = {
    "paspoort": ("Paspoort aanvragen", "Een paspoort vraagt u aan bij de balie."),
    "identiteitskaart": ("Identiteitskaart aanvragen", "Een ID-kaart vraagt u aan."),
    "hondenbelasting": ("Hond aan- of afmelden", "Heeft u een hond? Dan betaalt u belasting."),
    "parkeervergunning": ("Parkeervergunning aanvragen", "Parkeren in de wijk als bewoner."),
    "kapvergunning": ("Kapvergunning aanvragen", "Een boom kappen in uw tuin."),
    "verhuismelding": ("Verhuizing doorgeven", "Gaat u verhuizen? Geef uw nieuwe adres door."),
}
DISALLOWED = ("paspoort", "hondenbelasting", "kapvergunning")


def build(root: Path) -> None:
    web = Web(root)
    web.file(HOME, "/", page("Welkom", "<p>Welkom in Robotsloket.</p>"))
    web.file(HOME, "/robots.txt", f"User-agent: *\nAllow: /\nSitemap: http://{HOME}/sitemap.xml\n")
    locs = "".join(f"<url><loc>http://{LOKET}/producten/{key}</loc></url>" for key in PAGES)
    web.file(HOME, "/sitemap.xml", f"<urlset>{locs}</urlset>")
    for key, (title, text) in PAGES.items():
        web.file(LOKET, f"/producten/{key}", product(title, text))
    rules = "".join(f"Disallow: /producten/{key}\n" for key in DISALLOWED)
    web.file(LOKET, "/robots.txt", f"User-agent: *\n{rules}")
    web.behave("delays", url=f"http://{LOKET}/robots.txt", seconds=1.5)
    web.finish()
    (root / "organisations.csv").write_text(
        f"code,name,org_type,website\nGM0999,Gemeente Robotsloket,gemeente,http://{HOME}/\n"
    )


def test_no_request_that_waited_for_robots_txt_passes_a_disallow(tmp_path: Path) -> None:
    build(tmp_path)
    log_path = tmp_path / "access.log"
    with running_server(tmp_path, access_log=log_path) as proxy:
        done = subprocess.run(
            [sys.executable, "-m", "digimeter.cli", "crawl", "--organisations",
             str(tmp_path / "organisations.csv"), "--proxy", proxy, "--output",
             str(tmp_path / "out"), "--run-id", "r", "--no-polite", "-s", "DIGIMETER_RENDER=false"],
            cwd=REPO, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    requested = [line.split(" ")[1] for line in log_path.read_text().splitlines()]
    allowed = [key for key in PAGES if key not in DISALLOWED]
    # the allowed pages were asked for, so the requests did wait for robots.txt together
    assert all(f"http://{LOKET}/producten/{key}" in requested for key in allowed), requested
    assert not [url for url in requested if url.rsplit("/", 1)[-1] in DISALLOWED], requested
