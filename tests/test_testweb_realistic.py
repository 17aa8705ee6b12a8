"""The realistic style of the simulated web: real material only, every real-world feature on
a small web, ground truth that answers through the server, determinism.

The web (12 organisations, seed 4) is generated once per session (`realistic_web`).
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from click.testing import CliRunner
from lxml import html as lxml_html

from digimeter.cli import main
from digimeter.core.configfiles import load_organisations, load_products
from digimeter.core.model import applicable_products
from testweb.client import fetch, fetch_following
from testweb.generate import generate_web
from testweb.realistic.generate import build_realistic
from testweb.realistic.material import (
    DEFAULT_TITLES,
    MaterialError,
    is_tuning_url,
    load_tuning_titles,
    load_wordings,
)
from testweb.responder import Responder
from testweb.shared import SOCIAL_SERVICES, TAX_OFFICES
from testweb.verify import clickable_links, unreachable_from_home

pytestmark = pytest.mark.timeout(600)
IDP_HOSTS = ("digid-sim.test", "eherkenning-sim.test")


@pytest.fixture(scope="module")
def labels(realistic_web) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    with open(realistic_web.labels_csv, encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def manifest(realistic_web) -> dict:  # type: ignore[no-untyped-def, type-arg]
    return json.loads((realistic_web.root / "testweb.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def page(realistic_web):  # type: ignore[no-untyped-def]
    """GET a URL as the server answers it (no redirects followed): (status, tree or None)."""
    responder = Responder(realistic_web.root)

    def get(url: str) -> tuple[int, lxml_html.HtmlElement | None, dict[str, str]]:
        answer = responder.respond("GET", url, proxied=True)
        headers = dict(answer.headers)
        is_html = headers.get("Content-Type", "").startswith("text/html") and answer.body.strip()
        return answer.status, lxml_html.fromstring(answer.body) if is_html else None, headers

    return get


# --- the real material and its split ---------------------------------------------------
def test_tuning_half_is_the_even_sha1_urls(tmp_path: Path) -> None:
    even = next(
        f"https://example.nl/{i}" for i in range(50) if is_tuning_url(f"https://example.nl/{i}")
    )
    odd = next(
        f"https://example.nl/{i}" for i in range(50) if not is_tuning_url(f"https://example.nl/{i}")
    )
    assert int(hashlib.sha1(even.encode()).hexdigest(), 16) % 2 == 0
    assert int(hashlib.sha1(odd.encode()).hexdigest(), 16) % 2 == 1
    header = (
        "product_key,org_type,organisation,title,url,cta_text,cta_kind,confidence,retrieved,"
        "title_source,lang\n"
    )
    path = tmp_path / "titles.csv"
    path.write_text(
        header
        + f"paspoort,G,Gemeente A,Paspoort,{even},Afspraak maken,appointment,high,x,heading,nl\n"
        + f"paspoort,G,Gemeente B,Reisdocument,{odd},Online aanvragen,online-form,high,x,"
        "heading,nl\n",
        encoding="utf-8",
    )
    rows = load_tuning_titles(path)
    assert [(r.title, r.url) for r in rows] == [("Paspoort", even)]
    assert rows[0].kinds == {"appointment"} and rows[0].pieces == ("Afspraak maken",)


def test_the_shared_titles_are_read_by_their_tuning_half_only() -> None:
    rows = load_tuning_titles(DEFAULT_TITLES)
    assert 150 < len(rows) < 300
    assert all(is_tuning_url(r.url) for r in rows)


def test_generic_labels_must_come_from_real_cta_texts(tmp_path: Path) -> None:
    rows = load_tuning_titles(DEFAULT_TITLES)
    data = (Path(__file__).parent.parent / "testweb" / "data" / "realistic.toml").read_text(
        encoding="utf-8"
    )
    bad = tmp_path / "realistic.toml"
    bad.write_text(
        data.replace('"Direct regelen"', '"Klik hier voor uw aanvraag"', 1), encoding="utf-8"
    )
    with pytest.raises(MaterialError, match=r"Klik hier voor uw aanvraag.*not in the cta_text"):
        load_wordings(rows, bad)


def test_titles_and_cta_texts_come_from_the_tuning_half(tmp_path: Path, shared_dir: Path) -> None:
    rows = load_tuning_titles(DEFAULT_TITLES)
    wordings = load_wordings(rows)
    pieces = {p for r in rows for p in r.pieces} | {p for v in wordings.cta.values() for p in v}
    titles = {r.display_title for r in rows}
    orgs = load_organisations_for(tmp_path, shared_dir)
    plan, _ = build_realistic(tmp_path / "web", orgs, load_products(), 9, None)
    partners: dict[int, list] = {}
    for row in plan.rows:
        if row.shares_page_of is not None:
            partners.setdefault(id(row), []).append(row.shares_page_of)
            partners.setdefault(id(row.shares_page_of), []).append(row)
    used_titles = 0
    for row in plan.rows:
        assert set(row.pieces) <= pieces, row.pieces
        if row.model is None or row.status != "ok":
            continue
        assert is_tuning_url(row.model.url) and row.model.display_title in titles
        # the generator adapts a title only by the organisation's name and type word; one
        # page of two products joins their titles with "en"
        others = partners.get(id(row), [])
        words = set(re.findall(r"\w+", row.title.lower()))
        words -= set(re.findall(r"\w+", row.site.short.lower()))
        sources = [row.model.display_title] + [
            r.model.display_title if r.model else r.title for r in others
        ]
        allowed = {w for t in sources for w in re.findall(r"\w+", t.lower())}
        assert words <= allowed | {"provincie", "waterschap", "en"}, (row.title, sources)
        used_titles += 1
    assert used_titles > 200


def load_organisations_for(tmp_path: Path, shared_dir: Path):  # type: ignore[no-untyped-def]
    from testweb.orgs import choose_organisations

    register = shared_dir / "data" / "registers" / "organisations-2023.csv"
    orgs, _ = choose_organisations(12, 9, load_products(), register)
    return orgs


# --- ground truth ------------------------------------------------------------------------
def test_one_label_per_organisation_and_product(realistic_web, labels) -> None:  # type: ignore[no-untyped-def]
    orgs = load_organisations(realistic_web.organisations_csv)
    products = load_products()
    pairs = Counter((r["org_code"], r["product_key"]) for r in labels)
    assert set(pairs.values()) == {1}
    assert set(pairs) == {(o.code, p.key) for o in orgs for p in applicable_products(o, products)}
    assert {r["status"] for r in labels} == {"ok", "not_offered", "not_found"}
    assert {r["level"] for r in labels if r["level"]} == {"0", "33", "67", "100"}
    for row in labels:
        if row["status"] == "ok":
            assert row["product_url"] and int(row["level_strict"]) <= int(row["level"])
        if row["level"] in ("33", "67", "100"):
            assert row["route_url"], row
        if row["via"]:
            assert "via_delegation" in row["signals"].split(";")


def test_every_labelled_url_answers_through_the_proxy(realistic_web, labels) -> None:  # type: ignore[no-untyped-def]
    urls = sorted({u for r in labels for u in (r["product_url"], r["route_url"]) if u})
    assert len(urls) > 300
    for url in urls:
        answer, chain = fetch_following(realistic_web.proxy, url, timeout=20)
        assert answer.status == 200, (url, chain)
        assert b"niet gevonden" not in answer.body.lower(), url
        if len(chain) > 1:  # login start URLs redirect to an identity provider
            assert urlsplit(chain[-1]).hostname in IDP_HOSTS, chain


def test_every_labelled_url_is_reachable_by_clicking_from_the_website(realistic_web) -> None:  # type: ignore[no-untyped-def]
    assert unreachable_from_home(realistic_web.root, max_hops=8) == []


def test_product_url_is_the_information_page_and_route_url_the_form(labels, page) -> None:  # type: ignore[no-untyped-def]
    informational = 0
    for row in labels:
        if row["status"] != "ok" or not row["route_url"] or row["product_url"] == row["route_url"]:
            continue
        _, tree, _ = page(row["product_url"])
        assert tree is not None and tree.xpath("//h1"), row["product_url"]
        assert not tree.xpath("//form[@method='post']//input[@type='email']"), row["product_url"]
        informational += 1
    assert informational > 150


# --- the features ------------------------------------------------------------------------
def _product_rows(labels: list[dict[str, str]]) -> list[dict[str, str]]:
    return [r for r in labels if r["status"] == "ok"]


def test_portals_on_hosts_no_list_names_and_varied_per_seed(
    labels, manifest, tmp_path, shared_dir
) -> None:  # type: ignore[no-untyped-def]
    known = {f"www.{stem}belastingen.test" for _, stem in TAX_OFFICES} | {
        h for _, h in SOCIAL_SERVICES
    }
    via = Counter(r["via"] for r in labels if r["via"])
    kinds = {b["kind"] for b in manifest["bodies"].values()}
    assert kinds >= {"tax", "social", "permit", "waste", "parking", "meldpunt"}
    assert len(via) >= 8 and not set(via) & known
    orgs = load_organisations_for(tmp_path, shared_dir)
    other, _ = build_realistic(tmp_path / "other", orgs, load_products(), 5, None)
    again, _ = build_realistic(tmp_path / "again", orgs, load_products(), 9, None)
    seed9 = {b.host for b in again.bodies}
    assert seed9 != {b.host for b in other.bodies}


def test_calls_to_action_as_buttons_get_forms_iframes_scripts(labels, page) -> None:  # type: ignore[no-untyped-def]
    found: Counter[str] = Counter()
    for row in _product_rows(labels):
        if row["product_url"] == row["route_url"] or not row["route_url"]:
            continue
        _, tree, _ = page(row["product_url"])
        assert tree is not None
        links = set(clickable_links(tree, row["product_url"]))
        plain = {urljoin(tree.xpath("string(//base/@href)") or row["product_url"], h)
                 for h in tree.xpath("//a/@href")}  # fmt: skip
        if tree.xpath("//button[@onclick]") and links - plain:
            found["onclick"] += 1
        if row["route_url"] in {
            urljoin(row["product_url"], s) for s in tree.xpath("//iframe/@src")
        }:
            found["iframe"] += 1
        if (
            tree.xpath("//form[@method='get'][.//input[@type='hidden']]")
            and row["route_url"] in links
        ):
            found["get_form"] += 1
        if (
            tree.xpath("//script[contains(., 'createElement')]")
            and row["route_url"] in links - plain
        ):
            found["script"] += 1
        if tree.xpath("//a[img[@alt='DigiD']]"):
            found["image"] += 1
    assert all(found[k] >= 3 for k in ("onclick", "iframe", "get_form", "script", "image")), found


def test_digid_only_as_an_image_with_alt_text(labels, page) -> None:  # type: ignore[no-untyped-def]
    gates = 0
    for url in {
        r["route_url"] for r in labels if "digid" in r["signals"].split(";") and r["route_url"]
    }:
        status, tree, _ = page(url)
        if status != 200 or tree is None:
            continue
        for anchor in tree.xpath("//a[img[contains(@alt, 'DigiD')]]"):
            if "digid" not in anchor.text_content().lower() and "digid-sim.test" in anchor.get(
                "href"
            ):
                gates += 1
    assert gates >= 3


def test_overview_pages_between_product_page_and_form(labels, page) -> None:  # type: ignore[no-untyped-def]
    hops = 0
    for row in _product_rows(labels):
        if "forms overview" not in row["notes"]:
            continue
        overview = re.search(r"forms overview (\S+);", row["notes"]).group(1)  # type: ignore[union-attr]
        _, tree, _ = page(overview)
        assert tree is not None
        links = clickable_links(tree, overview)
        assert len(links) >= 10 and row["route_url"] in links
        _, product, _ = page(row["product_url"])
        assert overview in clickable_links(product, row["product_url"])
        hops += 1
    assert hops >= 3


def test_consent_walls_redirects_and_soft_404s(realistic_web, manifest, labels, page) -> None:  # type: ignore[no-untyped-def]
    sites = manifest["sites"].values()
    walls = 0
    for site in sites:
        if not site["consent"]:
            continue
        _, tree, _ = page(f"http://{site['host']}/")
        links = clickable_links(tree, f"http://{site['host']}/")
        assert 1 <= len(set(links)) <= 3 and len(tree.text_content()) < 600
        answer, chain = fetch_following(realistic_web.proxy, links[0])
        assert answer.status == 200 and chain[-1].split("?")[0] == f"http://{site['host']}/home"
        walls += 1
    assert walls >= 2
    redirects = Counter(s["redirect"] for s in sites if s["redirect"])
    assert redirects["to_www"] >= 2 and redirects["to_bare"] >= 2
    for site in sites:
        if site["redirect"]:
            status, _, headers = page(f"http://{site['entry']}/inwoners?x=1")
            assert status == 301 and headers["Location"] == f"http://{site['host']}/inwoners?x=1"
    soft = [s for s in sites if s["soft404"]]
    assert len(soft) >= 3
    for site in soft:
        answer = fetch(
            realistic_web.proxy, f"http://{site['host']}/bestaat-niet-{len(site['host'])}"
        )
        assert answer.status == 200 and b"niet gevonden" in answer.body.lower()
    stale = [r for r in labels if r["status"] == "not_found" and "soft 404" in r["notes"]]
    assert len(stale) >= 2


def test_catalogues_base_href_and_relative_links(labels, page) -> None:  # type: ignore[no-untyped-def]
    query = [r for r in _product_rows(labels) if "?id=" in r["product_url"]]
    assert len(query) >= 10
    based = dotted = 0
    for row in _product_rows(labels):
        _, tree, _ = page(row["product_url"])
        if tree is not None and tree.xpath("//base/@href"):
            based += 1
        if tree is not None and any(h.startswith("../") for h in tree.xpath("//a/@href")):
            dotted += 1
    assert based >= 10 and dotted >= 10
    catalogue = f"http://{urlsplit(query[0]['product_url']).hostname}/producten"
    letters = [u for u in clickable_links(page(catalogue)[1], catalogue) if "?letter=" in u]
    assert len(letters) >= 5
    listed = {link for u in letters for link in clickable_links(page(u)[1], u)}
    assert len({r["product_url"] for r in query} & listed) >= 5


def test_english_pages_accordions_and_neighbouring_pages(labels, page) -> None:  # type: ignore[no-untyped-def]
    english = [
        m.group(1)
        for r in labels
        if (m := re.search(r"English page beside it: (\S+?)(;|$)", r["notes"]))
    ]
    assert len(english) >= 3
    for url in english:
        _, tree, _ = page(url)
        assert tree.get("lang") == "en"
    with_english = [r for r in labels if "English page beside it" in r["notes"]]
    _, tree, _ = page(with_english[0]["product_url"])
    assert tree.xpath("//link[@rel='alternate'][@hreflang='en']/@href")
    asides = sum(
        bool(
            page(r["product_url"])[1].xpath(
                "//aside[@class='direct-regelen']//*[@href or @onclick or @src or @action]"
            )
        )
        for r in _product_rows(labels)
        if r["route_url"] and r["route_url"] != r["product_url"]
    )
    assert asides >= 5
    accordions = 0
    for row in _product_rows(labels):
        _, tree, _ = page(row["product_url"])
        accordions += bool(tree is not None and tree.xpath("//button[@aria-expanded]"))
    assert accordions >= 5
    notes = " ".join(r["notes"] for r in labels)
    assert notes.count("closely related page") >= 3
    assert notes.count("other audience") >= 1
    assert notes.count("one page covers this product") >= 2
    body_only = [r for r in labels if "no page of its own" in r["notes"]]
    assert body_only and all(urlsplit(r["product_url"]).hostname == r["via"] for r in body_only)
    traps = Counter(s for r in labels for s in r["signals"].split(";") if s.startswith("trap_"))
    assert traps["trap_sibling_page"] + traps["trap_audience_page"] >= 2
    assert traps["trap_neighbour_form"] >= 1


def test_not_offered_under_other_titles(labels, page) -> None:  # type: ignore[no-untyped-def]
    rows = [r for r in labels if r["status"] == "not_offered"]
    assert len(rows) >= 3
    for row in rows:
        _, tree, _ = page(row["product_url"])
        title = tree.xpath("string(//h1)")
        assert title and row["product_key"].split("-")[0] not in title.lower()
        assert "not_offered_text" in row["signals"]


def test_a_consent_form_beside_an_in_person_product_is_a_helper_not_a_route(labels, page) -> None:  # type: ignore[no-untyped-def]
    """Paspoort and identiteitskaart are requested in person (products.csv kind 'afspraak'):
    the parents' consent PDF real pages show beside the appointment is a trap, not level 33."""
    in_person = {p.key for p in load_products() if p.kind == "afspraak"}
    helpers = 0
    for row in _product_rows(labels):
        if row["product_key"] not in in_person:
            continue
        signals = row["signals"].split(";")
        assert "pdf_form" not in signals and "doc_form" not in signals, row
        assert row["level"] != "33", row
        if "trap_auxiliary_pdf" not in signals:
            continue
        _, tree, _ = page(row["product_url"])
        assert tree is not None
        docs = [
            a for a in tree.xpath("//a[@href]")
            if re.search(r"\.(pdf|docx)$", a.get("href")) and "toestemming" in a.get("href")
        ]  # fmt: skip
        assert docs, row["product_url"]
        assert all(urljoin(row["product_url"], a.get("href")) != row["route_url"] for a in docs)
        helpers += 1
    assert helpers >= 3


def test_js_only_forms(labels, page) -> None:  # type: ignore[no-untyped-def]
    js = [r for r in labels if "js_form" in r["signals"].split(";")]
    assert len(js) >= 3
    for row in js:
        _, tree, _ = page(row["route_url"])
        assert not tree.xpath("//form") and tree.xpath("//script[contains(., 'createElement')]")


# --- determinism and the command ---------------------------------------------------------
def _digest(root: Path) -> str:
    sha = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        sha.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes() + b"\0")
    return sha.hexdigest()


def test_realistic_webs_are_deterministic(tmp_path: Path) -> None:
    generate_web(tmp_path / "a", seed=3, n_organisations=6, style="realistic")
    # another process with another string-hash seed: no dependence on set or dict order
    cmd = [sys.executable, "-m", "testweb", "generate", "--style", "realistic", "--out"]
    cmd += [str(tmp_path / "b"), "--seed", "3", "--organisations", "6"]
    env = {**os.environ, "PYTHONHASHSEED": "4321"}
    subprocess.run(cmd, check=True, cwd=Path(__file__).parent.parent, env=env, capture_output=True)
    generate_web(tmp_path / "c", seed=8, n_organisations=6, style="realistic")
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b") != _digest(tmp_path / "c")


def test_cli_generates_a_realistic_web_of_30_organisations(tmp_path: Path) -> None:
    out = tmp_path / "web"
    args = [
        "testweb",
        "generate",
        "--style",
        "realistic",
        "--out",
        str(out),
        "--organisations",
        "30",
        "--seed",
        "2",
    ]
    result = CliRunner().invoke(main, args, prog_name="digimeter")
    assert result.exit_code == 0, result.output
    assert "30 organisations" in result.output
    data = json.loads((out / "testweb.json").read_text(encoding="utf-8"))
    assert data["style"] == "realistic" and len(data["sites"]) == 30
    assert len(load_organisations(out / "organisations.csv")) == 30
    missing = CliRunner().invoke(
        main, [*args[:-6], "--out", str(tmp_path / "x"), "--titles", str(tmp_path / "no.csv")]
    )
    assert missing.exit_code != 0 and "no.csv" in missing.output


def test_exit_pages_meta_refreshes_document_pages_and_feedback_forms(  # type: ignore[no-untyped-def]
    realistic_web, labels, manifest, page
) -> None:
    features = manifest["features"]
    assert features["exit_pages_sites"] >= 1 and features["meta_refresh_sites"] >= 2
    files = [p for p in (realistic_web.root / "sites").rglob("*") if p.is_file()]
    exits = [p for p in files if p.name.startswith("externe-link?url=")]
    assert len(exits) >= 3
    for path in exits:
        url = f"http://{path.relative_to(realistic_web.root / 'sites')}"
        status, tree, headers = page(url)
        assert status == 200 and headers["Content-Type"].startswith("text/html")
        assert [
            h for h in clickable_links(tree, url) if urlsplit(h).hostname != urlsplit(url).hostname
        ]
    refreshes = [p for p in files if "/oud/" in str(p)]
    assert len(refreshes) >= 3
    for path in refreshes:
        _, tree, _ = page(f"http://{path.relative_to(realistic_web.root / 'sites')}")
        assert tree.xpath("//meta[@http-equiv='refresh']/@content")[0].startswith("0; url=http")
    downloads = 0
    for row in _product_rows(labels):
        if not row["route_url"].endswith((".pdf", ".docx")):
            continue
        _, tree, _ = page(row["product_url"])
        for link in clickable_links(tree, row["product_url"]):
            if "/documenten/" in link and not link.endswith((".pdf", ".docx")):
                _, doc, _ = page(link)
                downloads += row["route_url"] in clickable_links(doc, link)
    assert downloads >= 2
    feedback = [r for r in labels if "trap_contact_form" in r["signals"]]
    assert feedback
    _, tree, _ = page(feedback[0]["product_url"])
    assert tree.xpath("//form[@method='post']//textarea")
