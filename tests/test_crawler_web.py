"""A real crawl (subprocess, Scrapy, the testweb proxy) of a hand-made web of nine small
organisations, each built to exercise one path: SC feed, sitemap index, site search,
focused links (with a calendar trap, a redirect loop, a huge page, a news article and an
identity provider behind a redirect), robots.txt (one page, everything), DNS failure, a 503
homepage and a site slower than the timeout. One crawl per session; the tests read the run
folder and the server's access log."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from classifiers.matchrules import load_rules
from digimeter.core.runstore import RunStore
from testweb.server import running_server

REPO = Path(__file__).resolve().parent.parent
PRODUCT_KEYS = ("paspoort", "hondenbelasting", "parkeervergunning", "kapvergunning")
HTML_CAP = 1_000_000
TRAP_VARIANTS = 4
BUDGET = 80
ORGS = {
    "GM0001": "www.feeddorp.test", "GM0002": "www.sitemapstad.test", "GM0003": "www.zoekdorp.test",
    "GM0004": "www.linkstad.test", "GM0005": "www.robotsdorp.test", "GM0006": "www.geheimdorp.test",
    "GM0007": "www.bestaatniet.test", "GM0008": "www.stukdorp.test", "GM0009": "www.traagdorp.test",
    "GM0010": "www.veiligdorp.test",
}  # fmt: skip
FEED_LINK = '<link rel="alternate" type="application/xml" title="Samenwerkende Catalogi" href="/sc/producten.xml">'  # noqa: E501
SEARCH_FORM = "<form role='search' action='/zoeken' method='get'><input type='search' name='zoekterm'><button>Zoeken</button></form>"  # noqa: E501


def page(title: str, main: str, *, head: str = "", header: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{title} | Gemeente"
        f"</title>{head}</head><body><header>{header}<nav><a href='/'>Home</a></nav></header>"
        f"<main><h1>{title}</h1>{main}</main><footer><a href='http://digid-sim.test/'>"
        "<img alt='DigiD'> Veilig inloggen met DigiD</a></footer></body></html>"
    )


def product(title: str, text: str, cta: str = "") -> str:
    return page(title, f"<h2>Wat is het?</h2><p>{text}</p>" * 3 + f"<h2>Aanvragen</h2>{cta}")


PASPOORT = product("Paspoort aanvragen", "Een paspoort vraagt u aan bij de balie.")
HOND = product("Hond aan- of afmelden", "Heeft u een hond? Dan betaalt u hondenbelasting.")


class Web:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.behaviours: dict[str, list[dict[str, object]]] = {}

    def file(self, host: str, path: str, text: str | bytes) -> None:
        target = self.root / "sites" / host / path.lstrip("/")
        if path.endswith("/"):
            target = target / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode() if isinstance(text, str) else text)

    def behave(self, section: str, **entry: object) -> None:
        self.behaviours.setdefault(section, []).append(entry)

    def finish(self) -> None:
        (self.root / "testweb.json").write_text(json.dumps({"behaviours": self.behaviours}))


def feed_xml(entries: list[tuple[str, str]]) -> str:
    items = "".join(
        "<overheidproduct:scproduct owms-version='4.0'><overheidproduct:meta>"
        f"<overheidproduct:owmskern><dcterms:identifier>{url}</dcterms:identifier>"
        "</overheidproduct:owmskern><overheidproduct:scmeta>"
        "<overheidproduct:onlineAanvragen>nee</overheidproduct:onlineAanvragen>"
        "<overheidproduct:uniformeProductnaam resourceIdentifier="
        f"'http://standaarden.overheid.nl/owms/terms/{upl}'/></overheidproduct:scmeta>"
        "</overheidproduct:meta></overheidproduct:scproduct>"
        for upl, url in entries
    )
    return (
        "<?xml version='1.0' encoding='UTF-8'?><overheidproduct:scproducten "
        "xmlns:overheidproduct='http://standaarden.overheid.nl/product/terms/' "
        f"xmlns:dcterms='http://purl.org/dc/terms/'>{items}</overheidproduct:scproducten>"
    )


def build_web(root: Path) -> None:
    web = Web(root)
    allow = "User-agent: *\nAllow: /\n"
    # GM0001: SC feed only (opaque URLs, nothing links them)
    h = ORGS["GM0001"]
    web.file(h, "/", page("Welkom", "<p>Welkom in Feeddorp.</p>", head=FEED_LINK))
    web.file(h, "/robots.txt", allow)
    web.file(h, "/pdc/item-17", PASPOORT)
    web.file(h, "/pdc/item-18", HOND)
    web.file(h, "/sc/producten.xml", feed_xml([
        ("paspoort", f"http://{h}/pdc/item-17"), ("hondenbelasting", f"http://{h}/pdc/item-18"),
        ("parkeervergunning", f"http://{h}/pdc/item-99"),  # stale: gone
    ]))  # fmt: skip
    # GM0002: a sitemap index named in robots.txt; one page fails once (retry)
    h = ORGS["GM0002"]
    web.file(h, "/", page("Welkom", "<p>Welkom in Sitemapstad.</p>"))
    web.file(h, "/robots.txt", allow + "Sitemap: http://www.sitemapstad.test/sitemaps/index.xml\n")
    web.file(h, "/sitemaps/index.xml",
             "<sitemapindex><sitemap><loc>http://www.sitemapstad.test/sitemaps/1.xml</loc></sitemap></sitemapindex>")  # fmt: skip  # noqa: E501
    locs = "".join(
        f"<url><loc>http://{h}/{p}</loc></url>"
        for p in ("paspoort-aanvragen", "hondenbelasting", "contact")
    )
    web.file(h, "/sitemaps/1.xml", f"<urlset>{locs}</urlset>")
    web.file(h, "/paspoort-aanvragen", PASPOORT)
    web.file(h, "/hondenbelasting", HOND)
    web.file(h, "/contact", page("Contact", "<p>Bel 14 0000.</p>"))
    web.behave("flaky", url=f"http://{h}/hondenbelasting", status=503)
    # GM0003: site search only, its results include a news article
    h = ORGS["GM0003"]
    web.file(h, "/", page("Welkom", "<p>Welkom in Zoekdorp.</p>", header=SEARCH_FORM))
    web.file(h, "/robots.txt", allow)
    web.file(h, "/a/1001", PASPOORT)
    web.file(h, "/a/1002", HOND)
    web.file(
        h,
        "/nieuws/hondenbelasting-2026",
        page("Hondenbelasting 2026", "<p>Nieuw tarief hondenbelasting.</p>"),
    )
    web.file(
        h,
        "/zoeken-template.html",
        page("Zoekresultaten", "<p>Gezocht: <!--QUERY--></p><!--RESULTS-->", header=SEARCH_FORM),
    )
    index = [
        {
            "url": f"http://{h}/nieuws/hondenbelasting-2026",
            "title": "Hondenbelasting 2026",
            "text": "nieuws hondenbelasting hond",
        },
        {
            "url": f"http://{h}/a/1001",
            "title": "Paspoort aanvragen",
            "text": "paspoort reisdocument",
        },
        {
            "url": f"http://{h}/a/1002",
            "title": "Hond aan- of afmelden",
            "text": "hondenbelasting hond aanmelden",
        },
    ]
    web.file(h, "/zoekindex.json", json.dumps(index))
    web.behave("searches", host=h, path="/zoeken", param="zoekterm",
               index=f"sites/{h}/zoekindex.json",
               template=f"sites/{h}/zoeken-template.html")  # fmt: skip
    # GM0004: focused links through hubs, with hostile parts and an IdP behind a redirect
    h = ORGS["GM0004"]
    start = "http://formulieren.linkstad.test/auth/hond/digid/start"
    web.file(h, "/", page("Welkom", "".join([
        "<ul><li><a href='/onderwerpen'>Onderwerpen</a></li>",
        "<li><a href='/producten'>Producten</a></li>",
        "<li><a href='/agenda?maand=2026-12'>Agenda</a></li>",
        "<li><a href='/oud-loket'>Loket</a></li>",
        "<li><a href='/besluiten'>Alle producten</a></li>",
        "<li><a href='/nieuws/hond'>Hondenbelasting omlaag</a></li></ul>"])))  # fmt: skip
    web.file(h, "/robots.txt", allow)
    web.file(
        h,
        "/onderwerpen",
        page(
            "Onderwerpen",
            "<a href='/burgerzaken/'>Burgerzaken</a> <a href='/belastingen/'>Belastingen</a>",
        ),
    )
    web.file(
        h,
        "/burgerzaken/",
        page(
            "Burgerzaken", "<a href='/burgerzaken/reisdocument'>Paspoort of ID-kaart aanvragen</a>"
        ),
    )
    web.file(
        h,
        "/belastingen/",
        page("Belastingen", "<a href='/belastingen/hond'>Hond aan- of afmelden</a>"),
    )
    web.file(h, "/burgerzaken/reisdocument", PASPOORT)
    web.file(h, "/belastingen/hond", product(
        "Hond aan- of afmelden", "Heeft u een hond? Dan betaalt u hondenbelasting.",
        f"<p><a href='{start}'>Hond aanmelden (met DigiD)</a> "
        "<a href='http://digid-sim.test/saml/idp/request_authentication?SAMLRequest=abc'>Inloggen met DigiD</a> "  # noqa: E501
        "<a href='/files/aanmeldformulier-hond.pdf'>Aanmeldformulier (pdf, 1 kB)</a>"
        "</p>"))  # fmt: skip
    web.file(h, "/files/aanmeldformulier-hond.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n")
    web.file(
        h, "/nieuws/hond", page("Hondenbelasting omlaag", "<p>De hondenbelasting gaat omlaag.</p>")
    )
    web.file("formulieren.linkstad.test", "/index.html", "form host")
    idp = "http://digid-sim.test/saml/idp/request_authentication?SAMLRequest=x"
    web.behave("redirects", url=start, status=302, location=idp)
    web.behave("calendars", host=h, path="/agenda", param="maand", start="2026-12")
    web.behave("calendars", host=h, path="/producten", param="maand", start="2026-12")
    web.behave(
        "redirects", url=f"http://{h}/oud-loket", status=302, location=f"http://{h}/oud-loket-2"
    )
    web.behave(
        "redirects", url=f"http://{h}/oud-loket-2", status=302, location=f"http://{h}/oud-loket"
    )
    web.behave("huge", url=f"http://{h}/besluiten", bytes=20_000_000)
    # GM0005: robots.txt disallows one product page; GM0006: everything
    h = ORGS["GM0005"]
    web.file(
        h,
        "/",
        page(
            "Welkom",
            "<a href='/paspoort'>Paspoort aanvragen</a> "
            "<a href='/hondenbelasting'>Hondenbelasting</a>",
        ),
    )
    web.file(h, "/robots.txt", "User-agent: *\nDisallow: /paspoort\n")
    web.file(h, "/paspoort", PASPOORT)
    web.file(h, "/hondenbelasting", HOND)
    h = ORGS["GM0006"]
    web.file(h, "/", page("Welkom", "<a href='/paspoort'>Paspoort aanvragen</a>"))
    web.file(h, "/robots.txt", "User-agent: *\nDisallow: /\n")
    web.file(h, "/paspoort", PASPOORT)
    # GM0007 has no host at all; GM0008's homepage is always 503; GM0009 is too slow
    web.file(ORGS["GM0008"], "/robots.txt", allow)
    web.behave("statuses", url=f"http://{ORGS['GM0008']}/", status=503)
    web.file(ORGS["GM0009"], "/", page("Welkom", "<p>Traag.</p>"))
    web.behave("delays", host=ORGS["GM0009"], seconds=30)
    web.file(ORGS["GM0010"], "/", page("Welkom", "<p>Alleen via https.</p>"))
    web.file("digid-sim.test", "/index.html", "DigiD")
    web.finish()
    with open(root / "organisations.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["code", "name", "org_type", "website"])
        for code, host in ORGS.items():
            scheme = "https" if code == "GM0010" else "http"  # CONNECT fails at the proxy
            w.writerow([code, f"Gemeente {host.split('.')[1]}", "gemeente", f"{scheme}://{host}/"])
    with open(REPO / "config" / "products.csv", encoding="utf-8") as src:
        rows = [r for r in csv.reader(src)]
    with open(root / "products.csv", "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([rows[0], *[r for r in rows[1:] if r[0] in PRODUCT_KEYS]])


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@dataclass
class Crawled:
    run: Path
    log: list[tuple[str, str, int]]
    output: str

    def cases(self) -> dict[tuple[str, str], tuple[str, str, str, str]]:
        store = RunStore(self.run)
        try:
            return {
                (c.org.code, c.product.key): (c.outcome, c.product_url, c.found_via, c.reason)
                for c in store.cases()
            }
        finally:
            store.close()

    def requested(self, needle: str) -> list[str]:
        return [url for _, url, _ in self.log if needle in url]


@pytest.fixture(scope="session")
def crawled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawled]:
    root = tmp_path_factory.mktemp("crawler_web")
    build_web(root)
    log_path = root / "access.log"
    with running_server(root, access_log=log_path) as proxy:
        cmd = [
            sys.executable, "-m", "digimeter.cli", "crawl", "--organisations",
            str(root / "organisations.csv"), "--products", str(root / "products.csv"),
            "--proxy", proxy, "--output", str(root / "out"), "--run-id", "web", "--no-polite",
            "-s", "DOWNLOAD_TIMEOUT=2", "-s", "RETRY_TIMES=1",
            "-s", f"DIGIMETER_ORG_PAGE_BUDGET={BUDGET}",
            "-s", f"DIGIMETER_HTML_MAX_BYTES={HTML_CAP}",
            "-s", f"DIGIMETER_TRAP_VARIANTS={TRAP_VARIANTS}",
            "-s", "DIGIMETER_RENDER=false",
        ]  # fmt: skip
        done = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    log = []
    for line in log_path.read_text().splitlines():
        method, url, status = line.split(" ")
        log.append((method, url, int(status)))
    yield Crawled(root / "out" / "web", log, done.stdout + done.stderr)


def test_every_organisation_finished_once(crawled: Crawled) -> None:
    cases = crawled.cases()
    assert len(cases) == len(ORGS) * len(PRODUCT_KEYS)
    rows = read_csv(crawled.run / "crawl_organisations.csv")
    assert sorted(r["org_code"] for r in rows) == sorted(ORGS)
    stats = json.loads((crawled.run / "crawl_stats.json").read_text())
    assert stats["digimeter/orgs_finished"] == len(ORGS)
    assert f"organisations {len(ORGS)}/{len(ORGS)}" in crawled.output  # the progress display


@pytest.mark.parametrize(
    ("org", "via", "paspoort", "hond"),
    [
        ("GM0001", "sc_feed", "/pdc/item-17", "/pdc/item-18"),
        ("GM0002", "sitemap", "/paspoort-aanvragen", "/hondenbelasting"),
        ("GM0003", "search", "/a/1001", "/a/1002"),
        ("GM0004", "links", "/burgerzaken/reisdocument", "/belastingen/hond"),
    ],
)
def test_each_discovery_path(
    crawled: Crawled, org: str, via: str, paspoort: str, hond: str
) -> None:
    cases = crawled.cases()
    base = f"http://{ORGS[org]}"
    assert cases[(org, "paspoort")][:3] == ("found", base + paspoort, via)
    assert cases[(org, "hondenbelasting")][:3] == ("found", base + hond, via)
    assert cases[(org, "kapvergunning")][0] == "not_found"


def test_stale_feed_entry_is_not_found(crawled: Crawled) -> None:
    assert crawled.cases()[("GM0001", "parkeervergunning")][0] == "not_found"
    assert crawled.requested("feeddorp.test/pdc/item-99")  # the feed's URL was tried


def test_retry_gets_a_page_that_failed_once(crawled: Crawled) -> None:
    statuses = [s for _, u, s in crawled.log if u.endswith("sitemapstad.test/hondenbelasting")]
    assert statuses[:2] == [503, 200]


def test_news_article_in_search_results_is_not_the_product_page(crawled: Crawled) -> None:
    assert not crawled.requested("zoekdorp.test/nieuws/")
    assert not crawled.requested("linkstad.test/nieuws/")


def test_identity_providers_are_never_requested(crawled: Crawled) -> None:
    assert not crawled.requested("digid-sim.test")
    store = RunStore(crawled.run)
    try:
        start = store.page_store().get("http://formulieren.linkstad.test/auth/hond/digid/start")
        pdf = store.page_store().get("http://www.linkstad.test/files/aanmeldformulier-hond.pdf")
    finally:
        store.close()
    assert start is not None and start.status == 302
    assert start.location.startswith("http://digid-sim.test/saml/idp/request_authentication")
    assert pdf is not None and pdf.body.startswith(b"%PDF")


def test_spider_traps_cost_less_than_the_budget(crawled: Crawled) -> None:
    assert not crawled.requested("linkstad.test/agenda")  # a calendar by its name
    months = crawled.requested("linkstad.test/producten")
    assert 1 <= len(months) <= TRAP_VARIANTS + 1  # endless "volgende maand" links, cut off
    loop = crawled.requested("linkstad.test/oud-loket")
    assert 2 <= len(loop) <= 3
    row = next(
        r for r in read_csv(crawled.run / "crawl_organisations.csv")
        if r["org_code"] == "GM0004"
    )  # fmt: skip
    assert int(row["budget_used"]) < BUDGET
    assert int(row["traps"]) >= 1


def test_huge_page_is_cut_at_the_cap(crawled: Crawled) -> None:
    store = RunStore(crawled.run)
    try:
        huge = store.page_store().get("http://www.linkstad.test/besluiten")
    finally:
        store.close()
    assert huge is not None and huge.truncated
    assert HTML_CAP <= len(huge.body) < 2 * HTML_CAP


def test_robots_disallowed_product_page_is_recorded(crawled: Crawled) -> None:
    cases = crawled.cases()
    assert cases[("GM0005", "paspoort")] == (
        "unreachable", "http://www.robotsdorp.test/paspoort", "", "robots",
    )  # fmt: skip
    assert cases[("GM0005", "hondenbelasting")][0] == "found"
    assert not crawled.requested("robotsdorp.test/paspoort")


@pytest.mark.parametrize(
    ("org", "reason"),
    [
        ("GM0006", "robots"),
        ("GM0007", "dns"),
        ("GM0008", "http_503"),
        ("GM0009", "timeout"),
        ("GM0010", "tls"),
    ],
)
def test_unreachable_sites(crawled: Crawled, org: str, reason: str) -> None:
    outcomes = {v[0] for k, v in crawled.cases().items() if k[0] == org}
    reasons = {v[3] for k, v in crawled.cases().items() if k[0] == org}
    assert outcomes == {"unreachable"} and reasons == {reason}


def test_the_discovery_tables_version_is_in_the_run_metadata(crawled: Crawled) -> None:
    store = RunStore(crawled.run)
    try:
        version = store.meta()["discovery_rules_version"]
    finally:
        store.close()
    assert version == load_rules().version
    assert len(version) == 12
