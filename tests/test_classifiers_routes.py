"""Which ways on of a page are candidate routes (`classifiers.routes.route_links`)."""

from __future__ import annotations

from test_classifiers_clickables import fixture_page

from classifiers.routes import route_links
from digimeter.core.pages import Page


def test_buttons_with_a_target_are_route_links() -> None:
    links = {link.url: link for link in route_links(fixture_page("script_buttons"))}
    loket = links["https://omgevingsloket-sim.test/aanvragen"]
    assert loket.kind == "button" and "external" in loket.reasons and loket.fetch
    assert links["http://www.ommeland.test/e-loket/kapmelding.aspx"].kind == "button"
    assert links["http://www.ommeland.test/formulieren/kap?stap=1"].text == "Direct regelen"
    assert "https://formulieren.ommeland.test/kap" in links
    # a script's endpoint on an element nobody clicks is not a way on
    assert not any("/api/" in url for url in links)


def test_frames_and_refreshes_are_always_candidates() -> None:
    links = {link.url: link for link in route_links(fixture_page("frames_and_refresh"))}
    frame = links["https://ommeland.formdesk.test/ommeland/ontheffing"]
    assert frame.embedded and "frame" in frame.reasons
    assert "redirect" in links["https://www.ommeland.test/formulieren/"].reasons
    assert links["http://www.ommeland.test/loket/nieuw"].kind == "meta_refresh"


def test_get_form_is_a_route_but_a_query_form_is_not() -> None:
    links = {link.url: link for link in route_links(fixture_page("get_forms"))}
    # the check and request forms have a file field to fill in: they wait for input
    assert not any("start.php" in url or "/check" in url for url in links)
    assert "http://www.ommeland.test/zoeken?q=" not in links
    assert not any(link.kind == "post_form" for link in links.values())
    html = b"""<main><h1>Parkeervergunning</h1><form action="https://parkeren.regio.test/start">
    <input type="hidden" name="gemeente" value="ommeland"><button>Vergunning aanvragen</button>
    </form></main>"""
    page = Page("http://www.ommeland.test/parkeren", 200, {"content-type": "text/html"}, html)
    (link,) = route_links(page)
    assert link.url == "https://parkeren.regio.test/start?gemeente=ommeland"
    assert link.kind == "get_form" and "cta.text" in link.reasons


def test_product_page_follows_only_its_main_content() -> None:
    links = route_links(fixture_page("base_href_and_furniture"))
    urls = [link.url for link in links]
    assert "https://www.ommeland.test/formulieren/parkeervergunning.pdf" in urls
    assert "https://www.parkeerloket-regio.test/aanvragen?gemeente=ommeland" in urls
    assert "https://mijn.ommeland.test/" not in urls  # the header's portal login
    assert "https://www.digid.test/" not in urls  # the footer


def test_identity_providers_are_known_by_their_request_whatever_the_host() -> None:
    from classifiers.routes import identity_provider_rule

    broker = "http://eherkenning.broker-x.test/eidas/select?entityID=urn:etoegang:DV:x&LoA=EH2"
    assert identity_provider_rule(broker) == "idp.broker.eidas"
    assert identity_provider_rule("https://login.broker-y.nl/sso?entityID=urn%3Aetoegang%3ADV")
    assert identity_provider_rule("https://idp.z.nl/sso?SAMLRequest=fZJdT8Iw") == "idp.saml.request"
    assert identity_provider_rule("https://www.gemeente.nl/zoeken?q=samlrequest") == ""
