"""A mid-size generated web, served for real: its ground truth holds, and it has everything.

The web (40 organisations) is generated once per session (`mid_web` in conftest.py).
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from lxml import etree
from lxml import html as lxml_html
from pypdf import PdfReader

from digimeter.core.configfiles import load_organisations, load_products
from digimeter.core.model import applicable_products
from testweb.client import fetch, fetch_following
from testweb.labels import HOSTILE_NOTES
from testweb.verify import unreachable_from_home

pytestmark = pytest.mark.timeout(600)
IDP_HOSTS = ("digid-sim.test", "eherkenning-sim.test")


@pytest.fixture(scope="module")
def labels(mid_web) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    with open(mid_web.labels_csv, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def manifest(mid_web) -> dict:  # type: ignore[no-untyped-def, type-arg]
    return json.loads((mid_web.root / "testweb.json").read_text(encoding="utf-8"))


def _file(root: Path, url: str) -> Path:
    parts = urlsplit(url)
    path = parts.path + ("index.html" if parts.path.endswith("/") else "")
    return root / "sites" / (parts.hostname or "") / path.lstrip("/")


def test_one_label_per_organisation_and_applicable_product(mid_web, labels) -> None:  # type: ignore[no-untyped-def]
    orgs = load_organisations(mid_web.organisations_csv)
    products = load_products()
    pairs = Counter((r["org_code"], r["product_key"]) for r in labels)
    assert set(pairs.values()) == {1}
    assert set(pairs) == {(o.code, p.key) for o in orgs for p in applicable_products(o, products)}
    for row in labels:
        if row["status"] == "ok":
            assert row["level"] in ("0", "33", "67", "100") and row["product_url"]
            assert int(row["level_strict"]) <= int(row["level"])
        else:
            assert row["level"] == "" and row["level_strict"] == ""
        if row["status"] in ("not_found", "unreachable"):
            assert row["product_url"] == "" and row["route_url"] == ""
        if row["level"] in ("33", "67", "100") or row["signals"].startswith("appointment_online"):
            assert row["route_url"], row
        if row["via"]:
            assert "via_delegation" in row["signals"]


def test_every_labelled_url_answers_through_the_proxy(mid_web, labels) -> None:  # type: ignore[no-untyped-def]
    urls = sorted({u for r in labels for u in (r["product_url"], r["route_url"]) if u})
    assert len(urls) > 1000
    for url in urls:
        answer, chain = fetch_following(mid_web.proxy, url, timeout=20)
        assert answer.status == 200, (url, chain)
        if len(chain) > 1:  # only login start URLs redirect: to an identity provider
            assert "/start" in url or "/inloggen" in url, chain
            assert urlsplit(chain[-1]).hostname in IDP_HOSTS, chain


def test_documents_are_genuine(mid_web, labels) -> None:  # type: ignore[no-untyped-def]
    root = mid_web.root
    pdfs = list((root / "sites").rglob("*.pdf"))
    assert len(pdfs) > 100
    for path in pdfs:
        reader = PdfReader(io.BytesIO(path.read_bytes()), strict=True)
        assert reader.pages[0].extract_text().strip(), path
    fillable = [
        r["route_url"]
        for r in labels
        if "pdf_fillable" in r["signals"].split(";") and r["route_url"].endswith(".pdf")
    ]
    assert fillable
    for url in fillable:
        fields = PdfReader(io.BytesIO(_file(root, url).read_bytes()), strict=True).get_fields()
        assert fields, url
    for path in (root / "sites").rglob("verordening-*.pdf"):
        assert not PdfReader(io.BytesIO(path.read_bytes()), strict=True).get_fields()
    office = list((root / "sites").rglob("*.docx")) + list((root / "sites").rglob("*.odt"))
    for path in office:
        assert zipfile.ZipFile(path).testzip() is None
    docx = fetch(
        mid_web.proxy, next(r["route_url"] for r in labels if r["route_url"].endswith(".docx"))
    )
    assert docx.headers["content-type"].startswith(
        "application/vnd.openxmlformats-officedocument.wordprocessingml"
    )


def test_everything_is_present(labels, manifest) -> None:  # type: ignore[no-untyped-def]
    assert {r["status"] for r in labels} == {"ok", "not_offered", "not_found", "unreachable"}
    assert {r["level"] for r in labels if r["level"]} == {"0", "33", "67", "100"}
    assert {r["level_strict"] for r in labels if r["level"] == "100"} == {"67", "100"}
    sites = manifest["sites"].values()
    families = {s["family"] for s in sites}
    assert families == {"slug", "iprox", "productid", "pdcloket", "owc", "nlds", "wpwater", "rijk"}
    assert {s["platform"] for s in sites} >= {
        "gravity",
        "triple",
        "openforms",
        "formdesk",
        "portal",
    }
    assert {s["unreachable"] for s in sites} == {"", "dns", "http_503", "timeout", "robots"}
    assert {h for s in sites for h in s["hostile"]} == {
        "redirect_chain",
        "redirect_loop",
        "calendar",
        "huge",
    }
    assert {s["sitemap"] for s in sites} == {"none", "plain", "robots_single", "robots_index"}
    assert {s["robots"] for s in sites} >= {
        "allow",
        "disallow_search",
        "disallow_product",
        "disallow_all",
    }
    assert any(s["sc_feed"] for s in sites) and any(s["search"] for s in sites)
    notes = " ".join(r["notes"] for r in labels)
    for part in (*HOSTILE_NOTES.values(), "robots.txt disallows the product page"):
        assert part in notes, part
    signals = {s for r in labels for s in r["signals"].split(";") if s}
    assert signals >= {
        "pdf_form",
        "pdf_fillable",
        "html_form",
        "js_form",
        "digid",
        "eherkenning",
        "eidas",
        "prefill_text",
        "appointment_online",
        "mailto",
        "via_delegation",
        "not_offered_text",
        "trap_contact_form",
        "trap_regulation_pdf",
        "trap_footer_digid",
        "trap_site_login",
        "trap_news_article",
        "trap_mailto",
        "trap_auxiliary_pdf",
        "trap_old_pdf_text",
        "trap_vergunningcheck",
    }
    vias = {r["via"] for r in labels if r["via"]}
    assert "omgevingswet.overheid.test" in vias
    assert any(v.endswith("belastingen.test") for v in vias)
    assert any(v.endswith("parkeerservice.test") for v in vias)
    assert any(v.startswith(("www.isd", "www.sd", "www.werk", "www.sociaal")) for v in vias)


def test_levels_follow_the_real_patterns(labels) -> None:  # type: ignore[no-untyped-def]
    ok = [r for r in labels if r["status"] == "ok"]
    passports = [r for r in ok if r["product_key"] == "paspoort"]
    assert sum(r["level"] == "0" for r in passports) >= 0.8 * len(passports)
    permits = [r for r in ok if r["product_key"] == "omgevingsvergunning"]
    assert sum(r["via"] == "omgevingswet.overheid.test" for r in permits) >= 0.7 * len(permits)
    counted = [r for r in labels if r["status"] in ("ok", "not_found")]
    share_not_found = sum(r["status"] == "not_found" for r in counted) / len(counted)
    assert 0.005 < share_not_found < 0.08
    mean = sum(int(r["level"] or 0) for r in counted) / len(counted)
    assert 60 < mean < 90


def test_product_pages_and_routes_are_within_four_hops_of_the_homepage(mid_web) -> None:  # type: ignore[no-untyped-def]
    assert unreachable_from_home(mid_web.root, max_hops=4) == []


def test_script_built_forms_have_no_static_form(mid_web, labels) -> None:  # type: ignore[no-untyped-def]
    js_routes = {
        r["route_url"]
        for r in labels
        if "js_form" in r["signals"].split(";") and "formulieren." in r["route_url"]
    }
    assert js_routes
    for url in js_routes:
        if "/auth/" in url:
            continue
        tree = lxml_html.fromstring(_file(mid_web.root, url).read_bytes())
        assert tree.xpath("//div[contains(@class, 'open-forms-sdk-root')]"), url
        assert not tree.xpath("//form"), url


def test_script_built_forms_appear_in_a_real_browser(mid_web, labels) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import sync_playwright

    from crawler.browser import launch_options

    anonymous = next(
        r["route_url"]
        for r in labels
        if r["signals"].split(";")[0] == "js_form"
        and "digid" not in r["signals"]
        and "/auth/" not in r["route_url"]
    )
    login = next(
        r["route_url"]
        for r in labels
        if "js_form" in r["signals"]
        and "digid" in r["signals"]
        and "/auth/" not in r["route_url"]
        and "login button built by JavaScript" in r["notes"]
    )
    with sync_playwright() as pw:
        browser = pw.chromium.launch(**launch_options(proxy=mid_web.proxy))
        try:
            page = browser.new_page()
            page.goto(anonymous)
            assert page.locator("form input").count() >= 4
            assert page.locator("form button[type=submit]").inner_text() == "Versturen"
            page.goto(login)
            link = page.locator("a.openforms-login", has_text="Inloggen met DigiD")
            assert "/digid/start" in (link.get_attribute("href") or "")
        finally:
            browser.close()


def test_sc_feeds_are_valid_and_some_are_wrong(mid_web, labels, manifest, shared_dir) -> None:  # type: ignore[no-untyped-def]
    xsd = shared_dir / "data/registers/sc-4.0/standaarden.overheid.nl/sc/4.0/xsd/sc.xsd"
    schema = etree.XMLSchema(etree.parse(str(xsd)))
    uris = {p.upl_uri for p in load_products()}
    feeds = 0
    for code, site in manifest["sites"].items():
        if not site["sc_feed"] or site["unreachable"] in ("dns", "http_503"):
            continue
        home = fetch(mid_web.proxy, f"http://{site['host']}/").text() if not site["hostile"] else ""
        if home:
            assert 'title="Samenwerkende Catalogi"' in home
        feed = fetch(mid_web.proxy, f"http://{site['host']}{site['sc_feed']}")
        doc = etree.fromstring(feed.body)
        assert schema.validate(etree.ElementTree(doc)), (code, schema.error_log)
        ns = {"o": "http://standaarden.overheid.nl/product/terms/"}
        assert set(doc.xpath("//o:uniformeProductnaam/@resourceIdentifier", namespaces=ns)) <= uris
        feeds += 1
    assert feeds >= 3
    notes = " ".join(r["notes"] for r in labels)
    assert "SC feed:" in notes


def test_sitemaps_robots_and_search(mid_web, labels, manifest) -> None:  # type: ignore[no-untyped-def]
    proxy = mid_web.proxy
    product_pages = {r["org_code"]: set() for r in labels}
    for r in labels:
        if r["product_url"]:
            product_pages[r["org_code"]].add(r["product_url"])
    checked_index = checked_search = 0
    for code, site in manifest["sites"].items():
        if site["unreachable"] or site["family"] == "pdcloket":
            continue
        robots = fetch(proxy, f"http://{site['host']}/robots.txt").text()
        if site["sitemap"] == "robots_index":
            line = next(x for x in robots.splitlines() if x.startswith("Sitemap:"))
            index = etree.fromstring(fetch(proxy, line.split(" ", 1)[1]).body)
            children = [e.text for e in index.iter("{*}loc")]
            listed = set()
            for child in children:
                listed |= {
                    e.text for e in etree.fromstring(fetch(proxy, child).body).iter("{*}loc")
                }
            assert product_pages[code] <= listed
            checked_index += 1
        if site["sitemap"] == "none":
            assert "Sitemap:" not in robots
            assert fetch(proxy, f"http://{site['host']}/sitemap.xml").status == 404
        if site["search"] and product_pages[code]:
            path, param = site["search"]
            row = next(r for r in labels if r["org_code"] == code and r["product_url"])
            title = fetch(proxy, row["product_url"]).text().split("<title>")[1].split(" | ")[0]
            result = fetch(proxy, f"http://{site['host']}{path}?{param}={title.replace(' ', '+')}")
            assert f"href='{row['product_url']}'" in result.text()
            checked_search += 1
    assert checked_index and checked_search
    blocked = next(s for s in manifest["sites"].values() if s["robots"] == "disallow_all")
    assert "Disallow: /\n" in fetch(proxy, f"http://{blocked['host']}/robots.txt").text()


def test_hostile_parts_behave_through_the_proxy(mid_web, labels, manifest) -> None:  # type: ignore[no-untyped-def]
    proxy = mid_web.proxy
    sites = manifest["sites"].values()
    chain_site = next(s for s in sites if "redirect_chain" in s["hostile"])
    answer, chain = fetch_following(proxy, f"http://{chain_site['host']}/")
    assert answer.status == 200 and [urlsplit(u).path for u in chain] == ["/", "/home", "/nl/home"]
    loop_site = next(s for s in sites if "redirect_loop" in s["hostile"])
    _, loop = fetch_following(
        proxy, f"http://{loop_site['host']}/oud/nieuwsarchief", max_redirects=6
    )
    assert len(loop) > 6 and loop[0] == loop[2] == loop[4] != loop[1] == loop[3]
    calendar = next(s for s in sites if "calendar" in s["hostile"])
    page = fetch(proxy, f"http://{calendar['host']}/agenda?maand=2099-12").text()
    assert "maand=2100-01" in page and "Volgende maand" in page
    huge = next(s for s in sites if "huge" in s["hostile"])
    head = fetch(proxy, f"http://{huge['host']}/documenten/alle-besluiten", method="HEAD")
    assert int(head.headers["content-length"]) >= 10_000_000
    dns = next(s for s in sites if s["unreachable"] == "dns")
    assert fetch(proxy, f"http://{dns['host']}/").headers["x-proxy-error"] == "dns_failure"
    down = next(s for s in sites if s["unreachable"] == "http_503")
    assert fetch(proxy, f"http://{down['host']}/").status == 503
    slow = next(s for s in sites if s["unreachable"] == "timeout")
    with pytest.raises(TimeoutError):
        fetch(proxy, f"http://{slow['host']}/", timeout=2)
    for part, charset in (("cp1252", "windows-1252"), ("cp1252_undeclared", "")):
        row = next(r for r in labels if HOSTILE_NOTES[part] in r["notes"])
        answer = fetch(proxy, row["product_url"])
        assert answer.headers["content-type"] == (
            "text/html; charset=windows-1252" if charset else "text/html"
        )
        with pytest.raises(UnicodeDecodeError):
            answer.body.decode("utf-8")
        assert "€" in answer.body.decode("cp1252")
        assert (b'charset="windows-1252"' in answer.body) == bool(charset)
    flaky = next(r for r in labels if HOSTILE_NOTES["flaky"] in r["notes"])
    statuses = [fetch(proxy, flaky["product_url"]).status for _ in range(2)]
    assert sorted(statuses) == [200, 503]
    malformed = next(r for r in labels if HOSTILE_NOTES["malformed"] in r["notes"])
    body = fetch(proxy, malformed["product_url"]).body
    assert not body.rstrip().endswith(b"</html>") and b"</div></div></span><main" in body


def test_small_web_fixture_serves_its_web(small_web) -> None:  # type: ignore[no-untyped-def]
    orgs = load_organisations(small_web.organisations_csv)
    assert len(orgs) == 8
    with open(small_web.labels_csv, encoding="utf-8") as fh:
        first = next(r for r in csv.DictReader(fh) if r["status"] == "ok")
    assert fetch(small_web.proxy, first["product_url"]).status in (200, 503)
