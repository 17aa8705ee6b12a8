"""Which ways on of a page are candidate routes (`classifiers.routes.route_links`)."""

from __future__ import annotations

import re

import pytest
from test_classifiers_clickables import fixture_page

from classifiers import load_rules
from classifiers.routes import route_links
from digimeter.core.pages import Page


def titled_page(url: str, title: str, main: str) -> Page:
    """A stored HTML page with a title, its h1 and `main` as its main content."""
    body = f"<html lang='nl'><head><title>{title}</title></head><body><main><h1>{title}"
    body += f"</h1>{main}</main></body></html>"
    return Page(url, 200, {"content-type": "text/html; charset=utf-8"}, body.encode())


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
    kpn = "http://eherkenning.kpn.test/makelaar/kies-leverancier?entityID=urn:nl:eherkenning:ZV"
    assert identity_provider_rule(f"{kpn}&ServiceID=urn:etoegang:DV:1") == "idp.broker.etoegang"
    assert identity_provider_rule(kpn) == "idp.broker.etoegang"
    assert identity_provider_rule("https://idp.z.nl/sso?SAMLRequest=fZJdT8Iw") == "idp.saml.request"
    assert identity_provider_rule("https://www.gemeente.nl/zoeken?q=samlrequest") == ""


def test_what_the_browser_saw_a_click_do_is_a_route() -> None:
    links = {link.url: link for link in route_links(fixture_page("browser_records"))}
    clicked = links["http://www.ommeland.test/e-loket/container?stap=1"]
    assert clicked.kind == "click" and clicked.fetch
    idp = links["http://digid-sim.test/saml/idp/request_authentication?SAMLRequest=x"]
    assert idp.identity_provider and not idp.fetch  # login evidence, never fetched
    assert "http://www.ommeland.test/api/opslaan" not in links  # a blocked POST: a signal only
    # an address in the text is a route where the sentence says to go there
    assert "http://ommeland.meldpunt.test" in links
    assert "http://www.afvalbedrijf-ommeland.test/containers" not in links


def test_a_form_page_is_told_from_an_information_page() -> None:
    from classifiers import load_rules
    from classifiers.routepages import is_form_page

    rules = load_rules()
    form = Page(
        "http://www.ommeland.test/formulier/bewonersvergunning", 200,
        {"content-type": "text/html"},
        b"<main><h1>Bewonersvergunning</h1><form method='post' action='/verstuur'>"
        b"<label for='k'>Kenteken</label><input id='k' name='kenteken'>"
        b"<label for='n'>Naam</label><input id='n' name='naam'>"
        b"<label for='a'>Adres</label><input id='a' name='adres'>"
        b"<button>Versturen</button></form></main>",
    )  # fmt: skip
    assert is_form_page(rules, form)
    info = Page(
        "http://www.ommeland.test/bewonersvergunning", 200, {"content-type": "text/html"},
        ("<main><h1>Bewonersvergunning</h1>" + "<p>Woont u in het centrum? Dan heeft u een "
         "vergunning nodig om in uw straat te parkeren.</p>" * 12 + "<p><a href="
         "'/formulier/bewonersvergunning'>Aanvragen</a></p></main>").encode(),
    )  # fmt: skip
    assert not is_form_page(rules, info)
    assert is_form_page(rules, Page("https://mijn.ommeland.test/x", 200, {}, b""))


def test_only_buttons_that_may_go_somewhere_need_a_click() -> None:
    from classifiers.clickables import needs_clicking
    from classifiers.html import parse_html

    def needs(html: str) -> bool:
        page = Page("http://x.test/p", 200, {"content-type": "text/html"}, html.encode())
        tree = parse_html(page)
        assert tree is not None
        return needs_clicking(tree)

    script = "<script>document.querySelector('button').onclick = go;</script>"
    assert needs(f"<main><button>Aanvragen</button></main>{script}")
    assert needs(f"<main><span role='button' tabindex='0'>Start</span></main>{script}")
    assert not needs("<main><button>Aanvragen</button></main>")  # no script: nothing happens
    assert not needs(f"<main><button aria-expanded='false'>Kosten</button></main>{script}")
    assert not needs(f"<main><button class='accordion__button'>Kosten</button></main>{script}")
    assert not needs(f"<main><form><button>Zoek</button></form></main>{script}")  # a submit
    assert not needs(f"<header><button>Menu</button></header><main>x</main>{script}")
    assert not needs(f"<main><button onclick=\"location.href='/f'\">A</button></main>{script}")


@pytest.mark.parametrize(
    ("text", "about_the_login"),
    [
        ("DigiD aanvragen", True),
        ("DigiD aanvragen via de website van DigiD", True),
        ("Vraag eerst uw DigiD aan", True),
        # a DigiD logo's alt text before the call to action: a request made with DigiD
        ("DigiD Aanvragen incidentele subsidie", False),
        ("DigiD Aanvragen parkeervergunning", False),
    ],
)
def test_a_link_about_getting_digid_is_told_from_a_request_with_digid(
    text: str, about_the_login: bool
) -> None:
    from classifiers.logins import info_link

    rule = info_link(load_rules(), "http://aanvragen.x.test/subsidie/", text)
    assert (rule is not None and rule.id == "login.info.about_digid") is about_the_login


def test_an_overviews_entries_are_chosen_by_the_product_matcher() -> None:
    from dataclasses import dataclass

    from classifiers.aboutproduct import choose_links
    from digimeter.core.configfiles import load_products

    @dataclass(frozen=True)
    class Entry:
        text: str
        url: str

    products = {p.key: p for p in load_products()}
    f = "http://loket.x.test/formulier"
    entries = [
        Entry("Afvalpas aanvragen", f"{f}/afvalpas"),
        Entry("Verhuizing doorgeven (DigiD)", f"{f}/verhuizing-digid"),
        Entry("Verhuizing doorgeven (pdf)", f"{f}/verhuizing.pdf"),
        Entry("Zorg en ondersteuning (Wmo)", f"{f}/zorg"),
        Entry("Gehandicaptenparkeerkaart en gehandicaptenparkeerplaats", f"{f}/gpk"),
        Entry("Doorgaan", f"{f}/klacht-over-de-gemeente-indienen"),
        Entry("Overlijden aangeven", f"{f}/overlijden"),
    ]

    def chosen(key: str) -> list[str]:
        return [e.url.rsplit("/", 1)[1] for e in choose_links(entries, products[key])]

    assert sorted(chosen("verhuismelding")) == ["verhuizing-digid", "verhuizing.pdf"]  # both
    # of entries alike, the best named comes first: its route is the one shown on a tie
    melding = [
        Entry("Melding ingebruikname bouwwerk", f"{f}/melding-ingebruikname-bouwwerk"),
        Entry("Melding woon en leefomgeving", f"{f}/melding-woon-en-leefomgeving"),
    ]
    first = choose_links(melding, products["melding-openbare-ruimte"])[0]
    assert first.url.endswith("/melding-woon-en-leefomgeving")
    assert chosen("wmo-voorziening") == ["zorg"]  # by its acronym and objects
    assert chosen("gehandicaptenparkeerkaart") == ["gpk"]  # a title naming two products
    assert chosen("gehandicaptenparkeerplaats") == ["gpk"]
    assert chosen("klacht") == ["klacht-over-de-gemeente-indienen"]  # by its URL's words
    assert chosen("geboorteaangifte") == []  # 'aangeven' alone names another product


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        ("Verhuizing doorgeven (binnen Nederland)", "identiteitskaart", 0),
        ("Nederlandse identiteitskaart aanvragen", "identiteitskaart", 2),
        ("Openbare verlichting", "melding-openbare-ruimte", 0),
        ("Melding openbare ruimte", "melding-openbare-ruimte", 2),
        ("Bijzondere bijstand", "bijzondere-bijstand", 2),
    ],
)
def test_an_adjective_of_a_products_phrase_does_not_name_it_alone(
    text: str, key: str, expected: int
) -> None:
    """'nederlandse' in 'nederlandse identiteitskaart' only qualifies the card: a text that
    says 'Nederland' is not about the card."""
    from classifiers.aboutproduct import relevance
    from digimeter.core.configfiles import load_products

    products = {p.key: p for p in load_products()}
    assert relevance(text, products[key]) == expected


def test_a_route_that_leads_back_to_the_home_page_ends_there() -> None:
    """The identity card's page books an appointment; the booking page's 'Terug naar de
    website' leads to the home page, which lists every product. A form reached from there
    (another product's, or the loss report's) is not the card's route: a person who is back
    at the home page has left the route."""
    from classifiers.classify import Classifier
    from digimeter.core.configfiles import load_products
    from digimeter.core.model import Case, Organisation
    from digimeter.core.pages import MemoryPageStore

    home, loket, afspraak = (
        "http://www.zandvliet.test/",
        "http://loket.zandvliet.test",
        ("http://afspraak.zandvliet.test/"),
    )
    card = f"{loket}/producten/nederlandse_identiteitskaart_aanvragen"
    move = f"{loket}/producten/verhuizing_doorgeven_binnen_nederland"
    lost = f"{loket}/producten/vermissing_melden"

    store = MemoryPageStore()
    store.add(titled_page(card, "Nederlandse identiteitskaart aanvragen",
                   f"<p>U komt persoonlijk langs. <a href='{afspraak}'>Maak een afspraak</a>"
                   "</p>"))  # fmt: skip
    booking = (
        "<html lang='nl'><head><title>Afspraak maken</title></head><body><h1>Afspraak maken"
        "</h1><p>U kiest een product, een datum en een tijd.</p><form method='post' "
        "action='#/bevestigen' class='booking-form'><label for='p'>Product</label>"
        "<select id='p' name='product'>"
        "<option>Identiteitskaart aanvragen</option></select><label for='d'>Datum</label>"
        "<input id='d' type='date' name='datum'><button type='submit'>Afspraak bevestigen"
        f"</button></form><p><a href='{home}'>Terug naar de website</a></p></body></html>"
    )
    store.add(Page(afspraak, 200, {"content-type": "text/html"}, booking.encode()))
    store.add(titled_page(home, "Welkom",
                   "<p>Paspoort of identiteitskaart nodig? Regel het bij ons.</p>"
                   f"<a href='{move}'>Verhuizing doorgeven (binnen Nederland)</a>"
                   f"<a href='{lost}'>Identiteitskaart kwijt: vermissing melden</a>"))  # fmt: skip
    saml = "http://digid-sim.test/saml/idp/request_authentication?SAMLRequest=x"
    store.add(titled_page(move, "Verhuizing doorgeven", f"<a href='{saml}'>Online regelen</a>"))
    store.add(titled_page(lost, "Vermissing melden", f"<a href='{saml}'>Melden met DigiD</a>"))
    products = {p.key: p for p in load_products()}
    org = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", home)
    verdict = Classifier(store, load_rules()).classify(
        Case(org, products["identiteitskaart"], "found", card)
    )
    assert verdict.level == 0 and "appointment_online" in verdict.signals
    assert "digid" not in verdict.signals


@pytest.mark.parametrize(
    ("path", "level"),
    [
        ("/formulier/melding-woon-en-leefomgeving/inloggen", 100),  # names the page: its form
        ("/inloggen", 0),  # the site's own login, whatever the button says
    ],
)
def test_a_portal_button_whose_address_names_the_product_page_is_its_route(
    path: str, level: int
) -> None:
    """'MijnGemeente APP' looks like the site-wide login; its address names the product
    page's subject and leads to DigiD: it is the product's own login gate."""
    from classifiers.classify import Classifier
    from digimeter.core.configfiles import load_products
    from digimeter.core.model import Case, Organisation
    from digimeter.core.pages import MemoryPageStore

    site, loket = "http://hdsr.test", "http://loket.hdsr.test"
    product_url = f"{site}/regelen/melding-woon-en-leefomgeving/"
    saml = "http://digid-sim.test/saml/idp/request_authentication?SAMLRequest=x"
    title = "Melding woon en leefomgeving"
    main = (
        "<p>Ziet u iets in de buurt dat kapot is? Meld het ons.</p>"
        f"<a href='{loket}{path}' class='knop'>MijnGemeente APP</a>"
    )
    store = MemoryPageStore()
    store.add(titled_page(product_url, title, main))
    store.add(Page(f"{loket}{path}", 302, {"location": saml}, b""))
    products = {p.key: p for p in load_products()}
    org = Organisation("WS9999", "Waterschap De Stichtse Rijnlanden", "waterschap", f"{site}/")
    case = Case(org, products["melding-openbare-ruimte"], "found", product_url)
    assert Classifier(store, load_rules()).classify(case).level == level


def test_an_overview_entry_titled_exactly_like_the_product_page_is_its_route() -> None:
    """A water authority's page 'Melding doen' sends the reader to its e-loket: "Kies daar
    het formulier 'Melding doen'". Both words are generic (they name no product: the report
    of a problem in public space has 'melding doen' as a term too), but the entry is titled
    exactly like the product page, so it is the route; a title of other generic words is
    not."""
    from dataclasses import dataclass

    from classifiers.aboutproduct import overview_choice, same_subject
    from digimeter.core.configfiles import load_products

    @dataclass(frozen=True)
    class Entry:
        text: str
        url: str

    f = "http://formulieren.waterschap.test"
    entries = [
        Entry("Probleem melden", f"{f}/melding-openbare-ruimte"),
        Entry("Melding doen", f"{f}/melding-doen"),
        Entry("Schade melden", f"{f}/schade-melden"),
    ]
    product = {p.key: p for p in load_products()}["watermelding"]
    chosen = overview_choice("E-loket", entries, product, "Melding doen")
    assert [e.url for e in chosen] == [f"{f}/melding-doen"]
    assert same_subject("Melding doen", "melding  doen")
    assert not same_subject("Melding doen", "Melding maken")
    # a label before a colon says how, not what
    assert same_subject("Aanvragen met eHerkenning: Ontheffing stiltegebied",
                        "Ontheffing stiltegebied")  # fmt: skip
    assert not same_subject("Aanvragen met eHerkenning: Subsidieloket", "Ontheffing stiltegebied")


@pytest.mark.parametrize(
    ("box", "level", "signal"),
    [
        # the sentence above the button says how one logs in: a person knows it is DigiD
        ("<p>U vraagt dit online aan. U logt in met DigiD (inwoners) of eHerkenning "
         "(bedrijven).</p><div id='cta'><a class='btn' href='{form}'>Online aanvragen</a>"
         "</div>", 100, "digid"),
        ("<p>U vraagt dit online aan met DigiD.</p><button type='button' onclick=\"location."
         "href='{form}'\">Online aanvragen</button>", 100, "digid"),
        ("<p>Vraag het aan met DigiD via <a href='{form}'>het formulier</a>.</p>", 100,
         "digid"),
        # nothing said of a login: the form host's address alone
        ("<p>U vraagt dit online aan.</p><a class='btn' href='{form}'>Online aanvragen</a>",
         67, "html_form"),
        # a status tracker above it says nothing about this way on
        ("<p>Al een aanvraag gedaan? Bekijk de status van uw aanvraag (inloggen met DigiD)."
         "</p><a class='btn' href='{form}'>Online aanvragen</a>", 67, "html_form"),
    ],
)  # fmt: skip
def test_where_a_form_host_closes_itself_the_sentence_before_the_button_says_the_login(
    box: str, level: int, signal: str
) -> None:
    """A form host whose robots.txt closes it to the crawler (`Disallow: /TriplEforms/`) is
    judged by what leads there: the link's own text, and the sentence just before it on
    the page ('U logt in met DigiD' above 'Online aanvragen'), as a person reads them."""
    from classifiers.classify import Classifier
    from digimeter.core.configfiles import load_products
    from digimeter.core.model import Case, Organisation
    from digimeter.core.pages import MemoryPageStore

    home = "http://www.zandvliet.test/"
    page = f"{home}inwoners/uittreksel-brp-aanvragen"
    form = "http://eformulieren.zandvliet.test/TriplEforms/DirectRegelen/BrpUittreksel.aspx"
    store = MemoryPageStore()
    store.add(titled_page(page, "Uittreksel BRP aanvragen", box.format(form=form)))
    store.add(Page(form, 0, {}, b"", error="robots"))
    products = {p.key: p for p in load_products()}
    org = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", home)
    verdict = Classifier(store, load_rules()).classify(
        Case(org, products["brp-uittreksel"], "found", page)
    )
    assert verdict.level == level and signal in verdict.signals
    assert verdict.route_url == form


@pytest.mark.parametrize(
    ("lead_in", "level"),
    [
        ("<p>Vul het online formulier in. Inloggen is niet nodig.</p>", 67),
        ("<p>Neem contact op met het KlantContactCentrum.</p>", 0),
    ],
)
def test_where_a_form_host_closes_itself_the_words_may_announce_an_online_form(
    lead_in: str, level: int
) -> None:
    """A GET form to a host that robots.txt closes (`loket.zandvliet.test/start`, no known
    form platform): 'Vul het online formulier in' above its button says the way is an
    online form (level 67); a button the page says nothing of is nothing."""
    from classifiers.classify import Classifier
    from digimeter.core.configfiles import load_products
    from digimeter.core.model import Case, Organisation
    from digimeter.core.pages import MemoryPageStore

    home = "http://www.zandvliet.test/"
    page = f"{home}klacht-indienen"
    start = "http://loket.zandvliet.test/start"
    button = (
        f"<form action='{start}' method='get'><input type='hidden' name='formulier' "
        "value='klacht'><button type='submit'>Verder</button></form>"
    )
    store = MemoryPageStore()
    store.add(titled_page(page, "Klacht indienen", lead_in + button))
    store.add(Page(f"{start}?formulier=klacht", 0, {}, b"", error="robots"))
    products = {p.key: p for p in load_products()}
    org = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", home)
    verdict = Classifier(store, load_rules()).classify(Case(org, products["klacht"], "found", page))
    assert verdict.level == level


def test_a_link_back_to_the_product_page_is_no_entry_of_an_overview() -> None:
    """'Direct regelen' leads to a page of that title (it names no product) with the button
    'Online aanvragen' and 'Terug naar Kwijtschelding gemeentelijke belastingen': the way
    back names the product best, but it is where the person came from; the button is the
    route."""
    from classifiers.classify import Classifier
    from digimeter.core.configfiles import load_products
    from digimeter.core.model import Case, Organisation
    from digimeter.core.pages import MemoryPageStore

    home = "http://www.zandvliet.test/"
    page = f"{home}inwoners/kwijtschelding-gemeentelijke-belastingen"
    direct = f"{home}direct-regelen/belastingkwijtschelding"
    form = "http://formulieren.zandvliet.test/belastingkwijtschelding/"
    saml = "http://digid-sim.test/saml/idp/request_authentication?SAMLRequest=x"
    store = MemoryPageStore()
    store.add(titled_page(page, "Kwijtschelding gemeentelijke belastingen",
                          "<p>Heeft u een laag inkomen? Dan kunt u kwijtschelding vragen.</p>"
                          f"<a class='btn' href='{direct}'>Direct regelen</a>"))  # fmt: skip
    store.add(titled_page(direct, "Direct regelen",
                          f"<button onclick=\"location.href='{form}'\">Online aanvragen</button>"
                          f"<p><a href='{page}'>Terug naar Kwijtschelding gemeentelijke "
                          "belastingen</a></p>"))  # fmt: skip
    store.add(titled_page(form, "Kwijtschelding aanvragen",
                          f"<a class='btn' href='{saml}'>Inloggen met DigiD</a>"))  # fmt: skip
    products = {p.key: p for p in load_products()}
    org = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", home)
    verdict = Classifier(store, load_rules()).classify(
        Case(org, products["belastingkwijtschelding"], "found", page)
    )
    assert verdict.level == 100 and "digid" in verdict.signals


def test_a_mijn_title_of_the_product_page_in_a_forms_overview_is_its_form() -> None:
    """'Mijn straat is kapot' (the public-space report) sends the reader to the e-loket's
    list of forms: 'Kies daar het formulier "Mijn straat is kapot"'. The entry of that name
    reads like a site-wide 'Mijn ...' portal link, but it is named like the product page:
    the anonymous form behind it is the route."""
    from classifiers.classify import Classifier
    from digimeter.core.configfiles import load_products
    from digimeter.core.model import Case, Organisation
    from digimeter.core.pages import MemoryPageStore

    site, loket = "http://www.zandvliet.test", "http://eloket.zandvliet.test"
    product_url = f"{site}/producten/melding-openbare-ruimte_79.html"
    title = "Mijn straat is kapot"
    store = MemoryPageStore()
    store.add(titled_page(product_url, title,
                   "<p>Ziet u een losse stoeptegel of een kapotte lantaarnpaal? Meld het ons."
                   f"</p><p>U doet dit via ons <a href='{loket}/formulieren'>E-loket (alle "
                   f"formulieren)</a>. Kies daar het formulier \"{title}\".</p>"))  # fmt: skip
    entries = "".join(
        f"<li><a href='{loket}/formulier/{slug}'>{text}</a></li>"
        for slug, text in (("boom-kappen", "Boom kappen"), ("melding", title), ("sub", "Subsidies"))
    )
    store.add(
        titled_page(f"{loket}/formulieren", "E-loket: alle formulieren", f"<ul>{entries}</ul>")
    )
    fields = "".join(f"<label>{n} <input name='{n}'></label>" for n in ("Naam", "Adres", "Email"))
    form = (
        f"<form method='post' action='/formulier/melding'>{fields}<button>Verzenden</button></form>"
    )
    store.add(titled_page(f"{loket}/formulier/melding", title, form))
    products = {p.key: p for p in load_products()}
    org = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", f"{site}/")
    case = Case(org, products["melding-openbare-ruimte"], "found", product_url)
    verdict = Classifier(store, load_rules()).classify(case)
    assert verdict.level == 67 and verdict.route_url == f"{loket}/formulier/melding"


@pytest.mark.parametrize(
    ("before", "level"),
    [
        # the sentence before a bare login says it follows a request already made
        ("<p>Heeft u al een aanvraag gedaan? Bekijk de status in Mijn Zaken. "
         "<a href='{login}'>Inloggen met DigiD</a></p>", 33),
        ("<p>Al aangevraagd? Volg de status van uw aanvraag in Mijn Zandvliet.</p>"
         "<a href='{login}'>Inloggen met DigiD</a>", 33),
        ("<a href='{login}'>Inloggen met DigiD om uw status te bekijken</a>", 33),
        # ... a permit or an appointment already had: to see or change it
        ("<p>Heeft u al een vergunning of inschrijving? Log in met DigiD om uw gegevens in te "
         "zien of te wijzigen.</p><p><a href='{login}'>Inloggen met DigiD (alleen wijzigen)</a>"
         "</p>", 33),
        ("<p>Wel kunt u <a href='{login}'>inloggen met DigiD</a> om uw afspraak te zien.</p>",
         33),
        ("<p>Heeft u al een afspraak? <a href='{login}'>Afspraak wijzigen of annuleren "
         "(inloggen met DigiD)</a></p>", 33),
        # ... or something already received, into a portal
        ("<p>Heeft u al bijstand of een voorziening gekregen en moet u iets wijzigen? <a "
         "href='{login}'>Log in met DigiD in het klantportaal</a>.</p>", 33),
        # ... also above a line of links only, and of a 'Mijn ...' portal
        ("<h3>Mijn dossier</h3><p>Bekijk uw lopende aanvragen.</p><p><a href='{login}'>"
         "Inloggen met eHerkenning</a> · <a href='{login}'>Inloggen met DigiD</a></p>", 33),
        ("<p>Uw lopende aanvragen ziet u in <a href='{login}'>Mijn Zandvliet (inloggen met "
         "DigiD)</a>.</p>", 33),
        ("<p>Bent u al bezig met een aanvraag? <a href='{login}'>Inloggen met DigiD</a></p>",
         33),
        # ... an appointment system's login to manage an appointment made
        ("<p><a href='http://zandvliet.afspraakmaken.test/mijn-afspraak/digid'>Mijn afspraak "
         "(inloggen met DigiD)</a></p>", 33),
        # the same login where the page says it is the way to request
        ("<p>U vraagt het online aan.</p><a href='{login}'>Inloggen met DigiD</a>", 100),
        ("<p>U vraagt het online aan.</p><p><a href='{login}'>Inloggen met eHerkenning</a> · "
         "<a href='{login}'>Inloggen met DigiD</a></p>", 100),
        # ... also into the personal portal's address (a bare login there is the site's)
        ("<p>U vraagt het online aan.</p><a href='{portal}'>Inloggen met DigiD</a>", 100),
        ("<p>Regel uw zaken op één plek.</p><a href='{portal}'>Inloggen met DigiD</a>", 33),
    ],
)  # fmt: skip
def test_a_login_the_page_says_follows_a_request_already_made_is_no_route(
    before: str, level: int
) -> None:
    """A product page with a printable form and, under 'Status van uw aanvraag', a DigiD
    login to follow requests already made: the login is no way to request (level 33, the
    form), unless the page says it is."""
    from classifiers.classify import Classifier
    from digimeter.core.configfiles import load_products
    from digimeter.core.model import Case, Organisation
    from digimeter.core.pages import MemoryPageStore

    home = "http://www.zandvliet.test/"
    page = f"{home}bijzondere-bijstand"
    pdf = f"{home}documenten/aanvraagformulier-bijzondere-bijstand.pdf"
    login, portal = f"{home}loket/inloggen", f"{home}mijn-zaken/inloggen"
    saml = "http://digid-sim.test/saml/idp/request_authentication?SAMLRequest=x"
    store = MemoryPageStore()
    status = before.format(login=login, portal=portal)
    store.add(titled_page(page, "Bijzondere bijstand",
                          "<p>Heeft u onverwachte kosten? Misschien kunt u bijzondere bijstand "
                          f"krijgen.</p><p><a href='{pdf}'>Aanvraagformulier (pdf, 90 kB)</a>"
                          f"</p><h2>Status van uw aanvraag</h2>{status}"))  # fmt: skip
    store.add(Page(pdf, 200, {"content-type": "application/pdf"}, b"%PDF-1.4\n%%EOF\n"))
    for address in (login, portal):
        store.add(Page(address, 302, {"location": saml}, b""))
    products = {p.key: p for p in load_products()}
    org = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", home)
    verdict = Classifier(store, load_rules()).classify(
        Case(org, products["bijzondere-bijstand"], "found", page)
    )
    assert verdict.level == level


def test_a_call_to_action_box_in_the_block_of_the_title_is_content_on_a_page_without_main() -> None:
    """A catalogue page without a main element (`<div id="pagina">`) with its 'Direct
    regelen' aside beside the text, in the block that holds its title: the box is the
    product's own content; a side bar beside that block is not."""
    from classifiers.clickables import clickables

    url = "http://www.zandvliet.test/inwoner/product/bijstandsuitkering_242.html"
    body = (
        "<html><body><div id='top'><a href='/'>Home</a></div><div id='pagina'>"
        "<h1>Bijstandsuitkering</h1><p>Heeft u te weinig inkomen om van te leven?</p>"
        "<aside class='direct-regelen'><h2>Direct regelen</h2><p><a href="
        "'http://formulieren.zandvliet.test/bijstandsuitkering'>Start formulier</a></p>"
        "</aside></div><aside class='zijbalk'><h2>Direct regelen</h2><p><a href="
        "'http://formulieren.zandvliet.test/paspoort'>Paspoort</a></p></aside></body></html>"
    )
    page = Page(url, 200, {"content-type": "text/html; charset=utf-8"}, body.encode())
    inside = {c.url for c in clickables(page) if c.in_main}
    assert "http://formulieren.zandvliet.test/bijstandsuitkering" in inside
    assert "http://formulieren.zandvliet.test/paspoort" not in inside


def test_a_box_of_other_products_logins_on_a_product_page_is_no_route() -> None:
    """A 'Direct regelen' box on every page of a site lists other products' DigiD forms
    ('Minicontainer aanvragen of wijzigen (DigiD)', 'Bezwaar gemeentelijke belastingen
    (DigiD)'): on the passport's page, which is requested at the counter, none of them is a
    route of the passport (level 0), nor of the general objection, whose word 'bezwaar'
    the box's objection to a tax assessment has. A link announcing a login that names the
    product is."""
    from classifiers.classify import Classifier
    from digimeter.core.configfiles import load_products
    from digimeter.core.model import Case, Organisation
    from digimeter.core.pages import MemoryPageStore

    home = "http://www.zandvliet.test/"
    forms = "http://formulieren.zandvliet.test/"
    saml = "http://digid-sim.test/saml/idp/request_authentication?SAMLRequest=x"
    store = MemoryPageStore()
    box = (
        "<aside class='box-direct-regelen'><h2>Direct regelen</h2><ul>"
        f"<li><a href='{forms}container/'>Minicontainer aanvragen of wijzigen (DigiD)</a></li>"
        f"<li><a href='{forms}bezwaar/'>Bezwaar gemeentelijke belastingen (DigiD)</a></li>"
        "</ul></aside>"
    )
    text = "<p>Een paspoort vraagt u persoonlijk aan bij de balie. Maak eerst een afspraak.</p>"
    for slug in ("container/", "bezwaar/", "paspoort/"):
        store.add(Page(forms + slug, 302, {"location": saml}, b""))
    products = {p.key: p for p in load_products()}
    org = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", home)
    clf = Classifier(store, load_rules())
    page = f"{home}paspoort"
    store.add(titled_page(page, "Paspoort aanvragen", box + text))
    verdict = clf.classify(Case(org, products["paspoort"], "found", page))
    assert verdict.level == 0
    own = f"<p><a href='{forms}paspoort/'>Paspoort aanvragen (DigiD)</a></p>"
    page = f"{home}paspoort-online"
    store.add(titled_page(page, "Paspoort aanvragen", box + text + own))
    verdict = clf.classify(Case(org, products["paspoort"], "found", page))
    assert verdict.level == 100
    # the general objection's page: 'Bezwaar tegen uw aanslag (DigiD)' names it by its word
    # 'bezwaar', but the objection to a tax assessment more specifically
    page = f"{home}bezwaar-maken"
    text = "<p>Bent u het niet eens met een besluit van de gemeente? Schrijf ons een brief.</p>"
    box = box.split("<li>")[0] + (
        f"<li><a href='{forms}aanslag/'>Bezwaar tegen uw aanslag (DigiD)</a></li></ul></aside>"
    )
    store.add(Page(forms + "aanslag/", 302, {"location": saml}, b""))
    store.add(titled_page(page, "Bezwaar maken", box + text))
    verdict = clf.classify(Case(org, products["bezwaar"], "found", page))
    assert verdict.level == 0
    # 'aangifte' is a word of several products, none named by it: the move's own route
    page = f"{home}verhuizing"
    own = f"<p><a href='{forms}verhuizing/'>DigiD digitale aangifte</a></p>"
    store.add(Page(forms + "verhuizing/", 302, {"location": saml}, b""))
    store.add(titled_page(page, "Verhuizing doorgeven", own))
    verdict = clf.classify(Case(org, products["verhuismelding"], "found", page))
    assert verdict.level == 100


def test_links_straight_into_other_products_logins_make_no_gate_of_the_page() -> None:
    """A 'Direct regelen' box whose entries go straight into other products' login starts
    ('Verhuizing doorgeven (DigiD)' to /auth/<form>/digid/start), and a status login the
    page says is for requests already made: the birth registration's page, which is done
    at the counter, is no login gate to a form of its own (level 0)."""
    from classifiers.classify import Classifier
    from digimeter.core.configfiles import load_products
    from digimeter.core.model import Case, Organisation
    from digimeter.core.pages import MemoryPageStore

    home, loket = "http://www.zandvliet.test/", "http://loket.zandvliet.test/auth/"
    page = f"{home}geboorte-aangeven"
    box = "".join(
        f"<li><a href='{loket}{slug}/digid/start'>{text} (DigiD)</a></li>"
        for slug, text in (("verhuizing", "Verhuizing doorgeven"), ("hond", "Hond aanmelden"))
    )
    store = MemoryPageStore()
    store.add(titled_page(page, "Geboorte aangeven",
                          "<p>U doet aangifte van de geboorte bij de balie in het "
                          "gemeentehuis.</p><div><p>Al een lopende aanvraag? Bekijk de status "
                          f"in uw persoonlijke omgeving.</p><a href='{loket}mijn/digid/start'>"
                          "Inloggen met DigiD</a></div><aside class='direct-regelen'><h2>"
                          f"Direct regelen</h2><ul>{box}</ul></aside>"))  # fmt: skip
    products = {p.key: p for p in load_products()}
    org = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", home)
    verdict = Classifier(store, load_rules()).classify(
        Case(org, products["geboorteaangifte"], "found", page)
    )
    assert verdict.level == 0 and "digid" not in verdict.signals


def test_an_elements_text_is_read_in_document_order() -> None:
    """A nested element's text comes before the text that follows it: 'Vraag <b>online
    <i>met DigiD</i></b> aan' reads as it shows, not with 'aan' before 'met DigiD'."""
    from lxml import html as lxml_html

    from classifiers.html import element_text

    el = lxml_html.fromstring("<p>Vraag <b>online <i>met DigiD</i></b> aan <img alt='logo'> nu</p>")
    assert element_text(el) == "Vraag online met DigiD aan logo nu"


def test_an_overview_listing_a_form_followed_already_adds_no_other_products_routes() -> None:
    """'Collecteren' links to its anonymous form and, below it, to 'alle e-formulieren', an
    overview listing that form among others behind DigiD ('Aanslag in termijnen betalen
    (DigiD)'). The product's entry there was followed from the product page already: the
    other entries are other products' routes, and the level stays 67."""
    from classifiers.classify import Classifier
    from digimeter.core.configfiles import load_products
    from digimeter.core.model import Case, Organisation
    from digimeter.core.pages import MemoryPageStore

    home = "http://www.zandvliet.test/"
    page = f"{home}onderwerp/collecte"
    forms = "http://zandvliet.formdesk.test/gemeente/"
    own, other = f"{forms}Collecteren", f"{forms}AanslagInTermijnenBetalen"
    store = MemoryPageStore()
    store.add(titled_page(page, "Collecteren",
                          "<p>Wilt u geld inzamelen langs de deuren? Dan heeft u een "
                          "collectevergunning nodig. Vul het online formulier in.</p>"
                          f"<p><a class='button' href='{own}'>Naar het formulier</a></p>"
                          f"<p>Bekijk ook <a href='{forms}'>alle e-formulieren</a>.</p>"
                          ))  # fmt: skip
    store.add(titled_page(forms, "Alle formulieren",
                          "<p>Voor de meeste formulieren logt u in met DigiD.</p><ul>"
                          f"<li><a href='{other}'>Aanslag in termijnen betalen</a> (DigiD)</li>"
                          f"<li><a href='{own}'>Collecteren</a></li></ul>"))  # fmt: skip
    store.add(titled_page(own, "Collecteren",
                          "<p>U hoeft niet in te loggen.</p><form method='post' action='x'>"
                          "<label>Naam <input name='naam'></label><label>Adres <input "
                          "name='adres'></label><label>E-mailadres <input type='email' "
                          "name='email'></label><textarea name='toelichting'></textarea>"
                          "<button type='submit'>Versturen</button></form>"))  # fmt: skip
    store.add(titled_page(other, "Aanslag in termijnen betalen",
                          "<a class='btn' href='http://digid.test/inloggen'>Inloggen met "
                          "DigiD</a>"))  # fmt: skip
    products = {p.key: p for p in load_products()}
    org = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", home)
    verdict = Classifier(store, load_rules()).classify(
        Case(org, products["collectevergunning"], "found", page)
    )
    assert (verdict.level, verdict.route_url) == (67, own)


def test_an_appointment_systems_page_offers_a_booking_and_nothing_else() -> None:
    """The passport's page sends the reader to the appointment system ('Maak een
    afspraak'). Its first step lists products to book for (a form) and its 'Mijn
    afspraken' box has a DigiD login to see or move an appointment made: neither requests
    the passport, which stays at 0 (an appointment is no form)."""
    from classifiers.classify import Classifier
    from digimeter.core.configfiles import load_products
    from digimeter.core.model import Case, Organisation
    from digimeter.core.pages import MemoryPageStore

    home = "http://www.zandvliet.test/"
    page, booking = f"{home}paspoort", "http://afspraak.zandvliet.test/"
    login = f"{booking}mijn-afspraken/inloggen"
    store = MemoryPageStore()
    store.add(titled_page(page, "Paspoort aanvragen",
                          "<p>U vraagt een paspoort aan bij de balie. Maak eerst een afspraak.</p>"
                          f"<p><a class='button' href='{booking}'>Maak een afspraak</a></p>"
                          ))  # fmt: skip
    store.add(titled_page(booking, "Online afspraak maken",
                          "<p>Stap 1 van 4: kies uw product(en).</p><form method='post' "
                          "action='/afspraak/stap2'><label><input type=checkbox name=product "
                          "value=0> Paspoort</label><label><input type=checkbox name=product "
                          "value=1> Rijbewijs</label><button type='submit'>Volgende stap</button>"
                          "</form><h2>Mijn afspraken</h2><p>Wilt u uw afspraak bekijken of "
                          f"verzetten? Log in met DigiD.</p><a href='{login}'>Inloggen met DigiD"
                          "</a>"))  # fmt: skip
    store.add(Page(login, 302, {"location": "http://digid.test/inloggen"}, b""))
    products = {p.key: p for p in load_products()}
    org = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", home)
    verdict = Classifier(store, load_rules()).classify(
        Case(org, products["paspoort"], "found", page)
    )
    assert verdict.level == 0 and "appointment_online" in verdict.signals
    assert "digid" not in verdict.signals


def test_without_a_main_element_the_block_around_the_title_is_the_content() -> None:
    """A page without <main>, role=main or a content id: its text is in the block around
    the h1 ('<div id="inhoud">'), and the side column beside it ('<div id="rechts">' with
    'Meld een probleem in de openbare ruimte' and its 'Melding doen') is no part of the
    subsidy's content, and its form no route of the subsidy."""
    from classifiers.classify import Classifier
    from digimeter.core.configfiles import load_products
    from digimeter.core.model import Case, Organisation
    from digimeter.core.pages import MemoryPageStore

    home = "http://www.zandvliet.test/"
    page, pdf = f"{home}product/subsidie_1338.html", f"{home}documenten/subsidie.pdf"
    melding = "http://zandvliet.formdesk.test/gemeente/MeldingOpenbareRuimte"
    text = "<p>Organiseert u een activiteit voor inwoners? Dan komt u misschien in aanmerking "
    text += "voor subsidie. Een jaarsubsidie vraagt u voor 1 oktober aan.</p>" * 2
    body = (
        "<html><head><title>Subsidie</title></head><body><div id='top'><a href='/'>Home</a>"
        f"</div><div id='inhoud'><h1>Subsidie</h1>{text}<p>Print het formulier en stuur het "
        f"op.</p><p><a href='{pdf}'>Aanvraagformulier subsidie (pdf)</a></p></div><div "
        "id='rechts'><section><h2>Meld een probleem in de openbare ruimte</h2><p>Losliggende "
        f"tegel of zwerfafval? Meld het online.</p><p><a href='{melding}'>Melding doen</a>"
        "</p></section></div></body></html>"
    )
    store = MemoryPageStore()
    store.add(Page(page, 200, {"content-type": "text/html; charset=utf-8"}, body.encode()))
    store.add(titled_page(melding, "Melding openbare ruimte",
                          "<form method='post' action='x'><label>Naam <input name='naam'>"
                          "</label><label>Adres <input name='adres'></label><label>E-mail "
                          "<input type='email' name='email'></label><textarea name='wat'>"
                          "</textarea><button type='submit'>Versturen</button></form>"
                          ))  # fmt: skip
    store.add(Page(pdf, 200, {"content-type": "application/pdf"}, b""))
    products = {p.key: p for p in load_products()}
    org = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", home)
    verdict = Classifier(store, load_rules()).classify(
        Case(org, products["subsidie"], "found", page)
    )
    assert verdict.route_url != melding and "html_form" not in verdict.signals


@pytest.mark.parametrize(
    "box",
    [
        "<p><strong>Gaat u ook (ver)bouwen?</strong> Voor bouwen en verbouwen doet u de "
        "vergunningcheck in het Omgevingsloket.</p><p><a href='{check}'>Vergunningcheck</a> · "
        "<a href='{login}'>Inloggen in het Omgevingsloket</a></p>",
        "<p>Vergunning nodig? Doe de <a href='{check}'>vergunningcheck in het Omgevingsloket"
        "</a>.</p><p><a href='{login}'>Inloggen Omgevingsloket met DigiD</a></p>",
        # the check's link names no product by name; the login is the portal's ('log in op')
        "<p>Bouwt of verbouwt u ook? <a href='{check}'>Doe de vergunningcheck</a> of <a "
        "href='{login}'>log in op Mijn Omgevingsloket</a>.</p>",
    ],
)  # fmt: skip
def test_the_omgevingsloket_beside_a_product_it_does_not_serve_is_no_route(box: str) -> None:
    """The building file's page is requested by e-mail (0); a box beside it sends builders
    to the Omgevingsloket's permit check and its login. Neither is the building file's
    route: the check names the building permit, and a bare portal login is the portal's,
    where nothing says it is this product's."""
    from classifiers.classify import Classifier
    from digimeter.core.configfiles import load_products
    from digimeter.core.model import Case, Organisation
    from digimeter.core.pages import MemoryPageStore

    home, portal = "http://www.zandvliet.test/", "http://omgevingswet.overheid.test/"
    page, check, login = f"{home}bouwdossier-inzien", f"{portal}checken", f"{portal}aanvragen"
    store = MemoryPageStore()
    store.add(titled_page(page, "Bouwdossier inzien",
                          "<p>Wilt u de bouwtekeningen van uw huis inzien? Stuur uw verzoek "
                          "per e-mail naar <a href='mailto:archief@zandvliet.test'>archief@"
                          "zandvliet.test</a>.</p>" + box.format(check=check, login=login)
                          ))  # fmt: skip
    # the check's first step reads like a request form: only the link's words tell
    store.add(titled_page(check, "Vergunningcheck",
                          "<p>Check of u een vergunning nodig heeft.</p><form action='/check'>"
                          "<label>Adres of locatie <input name='adres'></label><label>Wat wilt "
                          "u doen? <select name='wat'><option>Bouwen</option><option>Boom "
                          "kappen</option></select></label><button>Volgende</button></form>"
                          ))  # fmt: skip
    store.add(titled_page(login, "Aanvraag indienen",
                          "<a href='http://digid.test/inloggen'>Inloggen met DigiD</a>"
                          ))  # fmt: skip
    products = {p.key: p for p in load_products()}
    org = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", home)
    clf = Classifier(store, load_rules())
    verdict = clf.classify(Case(org, products["bouwdossier-inzage"], "found", page))
    assert verdict.level == 0
    # the building permit's own page with the same box: the Omgevingsloket is its route
    own = f"{home}omgevingsvergunning"
    store.add(titled_page(own, "Omgevingsvergunning aanvragen",
                          "<p>Een omgevingsvergunning vraagt u aan in het Omgevingsloket.</p>"
                          + box.format(check=check, login=login)))  # fmt: skip
    verdict = clf.classify(Case(org, products["omgevingsvergunning"], "found", own))
    assert verdict.level == 100


def test_the_omgevingsloket_for_another_permit_beside_a_products_own_form_is_no_route() -> None:
    """An exit permit requested with the municipality's own form (67); below it, 'Heeft u
    voor uw plan misschien ook een omgevingsvergunning nodig? Doe de vergunningcheck of log
    in op het Omgevingsloket': the portal's bare login is the portal's, though the exit
    permit may be requested as an omgevingsvergunning elsewhere."""
    from classifiers.classify import Classifier
    from digimeter.core.configfiles import load_products
    from digimeter.core.model import Case, Organisation
    from digimeter.core.pages import MemoryPageStore

    home, portal = "http://www.zandvliet.test/", "http://omgevingswet.overheid.test/"
    page, form = f"{home}uitrit-aanleggen", f"{home}formulieren/uitweg-aanvragen"
    check, login = f"{portal}vergunningcheck", f"{portal}mijn-omgevingsloket/inloggen"
    store = MemoryPageStore()
    store.add(titled_page(page, "Uitrit aanleggen",
                          "<p>Wilt u een uitrit naar uw perceel aanleggen? Dan heeft u "
                          "toestemming nodig. U kunt een uitweg online aanvragen met het "
                          f"formulier.</p><p><a href='{form}'>Direct regelen</a></p><p>Heeft u "
                          "voor uw plan misschien ook een omgevingsvergunning nodig? <a href="
                          f"'{check}'>Doe de vergunningcheck</a> of <a href='{login}'>log in op "
                          "het Omgevingsloket</a>.</p>"))  # fmt: skip
    store.add(titled_page(form, "Uitweg aanvragen",
                          "<form action='/verzenden' method='post'><label>Naam <input name="
                          "'naam'></label><label>Adres van de uitweg <input name='adres'>"
                          "</label><label>Toelichting <textarea name='t'></textarea></label>"
                          "<button type='submit'>Versturen</button></form>"))  # fmt: skip
    store.add(titled_page(login, "Inloggen", "<a href='http://digid.test/inloggen'>Inloggen "
                          "met DigiD</a>"))  # fmt: skip
    products = {p.key: p for p in load_products()}
    org = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", home)
    verdict = Classifier(store, load_rules()).classify(
        Case(org, products["uitwegvergunning"], "found", page)
    )
    assert (verdict.level, verdict.route_url) == (67, form)


@pytest.mark.parametrize(
    ("product", "link"),
    [
        # DigiD Machtigen (authorising someone else) is about DigiD, no login to a form
        ("bijzondere-bijstand", "Regelt u dit voor iemand anders? Gebruik <a href="
         "'http://www.digid.test/machtigen'>DigiD Machtigen</a>."),
        # another body's login announced for a product more specific than this one
        ("bezwaar", "<a href='http://www.belastingkantoor.test/woz/bezwaar'>Bezwaar tegen de "
         "WOZ-waarde maken (DigiD)</a>"),
        # a bare login into the site's personal portal, in a box or a card in the content
        ("bijzondere-bijstand", "<h2>Mijn Zandvliet</h2><p>Regel uw zaken met de gemeente op "
         "één plek.</p><p><a href='http://mijn.zandvliet.test/'>DigiD Inloggen</a></p>"),
        ("bijzondere-bijstand", "<h2>Persoonlijk</h2><a href='http://zaken.zandvliet.test/"
         "mijn-omgeving/digid/start'>Inloggen met DigiD</a>"),
        # a tax office's portal ('Log in', not 'Inloggen'), and a login to see permits had
        ("bijzondere-bijstand", "Uw aanslag bekijken? <a href='http://www.belastingkantoor."
         "test/auth/mijn/digid/start'>Log in bij Mijn Belastingkantoor</a>"),
        ("bijzondere-bijstand", "<a href='http://www.zandvliet.test/loket/eherkenning/start'>"
         "eHerkenning Inloggen met eHerkenning</a> om uw vergunningen te bekijken."),
        # another product named by its short name ('VOG'), on another body's site
        ("collectevergunning", "Heeft u ook een Verklaring Omtrent het Gedrag nodig? Die "
         "vraagt u aan bij Justis: <a href='http://www.justis.test/vog-aanvragen'>VOG "
         "aanvragen met DigiD</a>."),
        # another product named by name, this one only by words the two share
        ("gehandicaptenparkeerplaats", "<a href='http://www.zandvliet.test/digid/gpk/start'>"
         "Gehandicaptenparkeerkaart aanvragen (met DigiD)</a>"),
        # another body named in passing, no call to action, its page not about the product
        ("kapvergunning", "Werk en inkomen regelt u bij <a href='http://www.werkplein-"
         "zandvliet.test/wijzigingen-doorgeven'>Werkplein Zandvliet</a>."),
    ],
)  # fmt: skip
def test_a_printable_form_stays_the_route_beside_logins_for_other_things(
    product: str, link: str
) -> None:
    """A product requested with a printable form (33), and beside it a link that looks
    like a login but is about DigiD itself, the site's or another body's personal portal,
    a login to follow what one has already, or another product's way: the level stays
    33. Every link goes to a DigiD login."""
    from classifiers.classify import Classifier
    from digimeter.core.configfiles import load_products
    from digimeter.core.model import Case, Organisation
    from digimeter.core.pages import MemoryPageStore

    home = "http://www.zandvliet.test/"
    page, pdf = f"{home}{product}", f"{home}documenten/aanvraagformulier.pdf"
    store = MemoryPageStore()
    store.add(titled_page(page, PRODUCTS_TITLES[product],
                          f"<p>Download het <a href='{pdf}'>aanvraagformulier (pdf)</a>, vul het "
                          f"in en stuur het op.</p><p>{link}</p>"))  # fmt: skip
    store.add(Page(pdf, 200, {"content-type": "application/pdf"}, b"%PDF-1.4\n%%EOF\n"))
    saml = "http://digid-sim.test/saml/idp/request_authentication?SAMLRequest=x"
    for url in re.findall(r"href='([^']+)'", link):
        if url.endswith("/start"):  # a login start: straight to the identity provider
            store.add(Page(url, 302, {"location": saml}, b""))
        else:
            login = "<a href='http://digid.test/inloggen'>Inloggen met DigiD</a>"
            store.add(titled_page(url, "Inloggen", login))
    products = {p.key: p for p in load_products()}
    org = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", home)
    verdict = Classifier(store, load_rules()).classify(Case(org, products[product], "found", page))
    assert verdict.level == 33


PRODUCTS_TITLES = {
    "bijzondere-bijstand": "Bijzondere bijstand", "bezwaar": "Bezwaar maken",
    "collectevergunning": "Collectevergunning", "kapvergunning": "Kapvergunning",
    "gehandicaptenparkeerplaats": "Gehandicaptenparkeerplaats",
}  # fmt: skip


def test_the_permit_a_product_is_requested_as_is_its_route() -> None:
    """An exit permit is an environment permit for an exit (its objects say so): the
    Omgevingsloket's 'Omgevingsvergunning aanvragen' on its page is its route, although the
    link names the other product by name and this one by a shared word only."""
    from classifiers.classify import Classifier
    from digimeter.core.configfiles import load_products
    from digimeter.core.model import Case, Organisation
    from digimeter.core.pages import MemoryPageStore

    home, portal = "http://www.zandvliet.test/", "http://omgevingswet.overheid.test/"
    page, login = f"{home}uitweg", f"{portal}aanvragen/digid/start"
    store = MemoryPageStore()
    store.add(titled_page(page, "Uitweg aanleggen",
                          f"<p>Voor een nieuwe uitrit heeft u een vergunning nodig. <a "
                          f"href='{login}'>Omgevingsvergunning aanvragen</a></p>"))  # fmt: skip
    saml = "http://digid-sim.test/saml/idp/request_authentication?SAMLRequest=x"
    store.add(Page(login, 302, {"location": saml}, b""))
    products = {p.key: p for p in load_products()}
    org = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", home)
    verdict = Classifier(store, load_rules()).classify(
        Case(org, products["uitwegvergunning"], "found", page)
    )
    assert verdict.level == 100


@pytest.mark.parametrize(
    ("login", "level"),
    [
        # into the appointments of the organisation's own site, or of an appointment host
        ("http://www.zandvliet.test/auth/mijn-afspraken/digid/start", 0),
        ("http://afspraak.zandvliet.test/auth/digid/start", 0),
        # ... but a login into the product's own form is its route
        ("http://www.zandvliet.test/auth/geboorteaangifte/digid/start", 100),
    ],
)
def test_a_login_into_an_appointment_system_on_the_product_page_is_no_route(
    login: str, level: int
) -> None:
    """A birth registration done at the counter: under 'Maak een afspraak', 'Log in met
    DigiD en maak direct een afspraak met uw gegevens' starts a login into the appointment
    system, which books a moment at the counter and requests nothing (level 0)."""
    from classifiers.classify import Classifier
    from digimeter.core.configfiles import load_products
    from digimeter.core.model import Case, Organisation
    from digimeter.core.pages import MemoryPageStore

    home = "http://www.zandvliet.test/"
    page = f"{home}burgerzaken/geboorte-doorgeven"
    saml = "http://digid-sim.test/saml/idp/request_authentication?SAMLRequest=x"
    store = MemoryPageStore()
    store.add(titled_page(page, "Geboorte doorgeven",
                          "<p>U doet aangifte bij de balie in het gemeentehuis. Maak daarvoor "
                          f"eerst een afspraak.</p><p><a href='{home}afspraak-maken'>Maak een "
                          f"afspraak</a></p><p><a href='{login}'><img alt='DigiD' src='/d.svg'>"
                          "Log in met DigiD</a> en maak direct een afspraak met uw gegevens."
                          "</p>"))  # fmt: skip
    store.add(Page(login, 302, {"location": saml}, b""))
    products = {p.key: p for p in load_products()}
    org = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", home)
    verdict = Classifier(store, load_rules()).classify(
        Case(org, products["geboorteaangifte"], "found", page)
    )
    assert verdict.level == level


def test_a_link_that_names_nothing_is_for_what_the_page_before_it_and_its_address_name() -> None:
    """A disabled parking space requested with the municipality's own form (67); below it,
    'Zie ook: Gehandicaptenparkeerkaart (GPK). <Inloggen met DigiD>' into the parking
    card's form: the login names no product, the sentence before it and its address name
    the card, and so it is the card's way, not the parking space's. (Either alone is not
    enough: 'we halen uw gegevens op uit de BRP' before a link to the forms overview.)"""
    from classifiers.classify import Classifier
    from digimeter.core.configfiles import load_products
    from digimeter.core.model import Case, Organisation
    from digimeter.core.pages import MemoryPageStore

    home = "http://www.zandvliet.test/"
    page = f"{home}gehandicaptenparkeerplaats-op-kenteken"
    form, card = f"{home}formulieren/aanvraag-gehandicaptenparkeerplaats", f"{home}formulieren/"
    card += "aanvraag-gehandicaptenparkeerkaart"
    start = f"{home}auth/gehandicaptenparkeerkaart/digid/start"
    saml = "http://digid-sim.test/saml/idp/request_authentication?SAMLRequest=x"
    store = MemoryPageStore()
    store.add(titled_page(page, "Gehandicaptenparkeerplaats op kenteken",
                          "<p>U kunt een gehandicaptenparkeerplaats online aanvragen met het "
                          f"formulier.</p><p><a href='{form}'>Online melden of aanvragen</a></p>"
                          "<p>Zie ook: Gehandicaptenparkeerkaart (GPK). <a href='"
                          f"{card}'>Inloggen met DigiD</a></p>"))  # fmt: skip
    store.add(titled_page(form, "Aanvraag gehandicaptenparkeerplaats",
                          "<form action='/verzenden' method='post'><label>Naam <input name="
                          "'naam'></label><label>Kenteken <input name='kenteken'></label>"
                          "<label>Toelichting <textarea name='t'></textarea></label>"
                          "<button type='submit'>Versturen</button></form>"))  # fmt: skip
    store.add(titled_page(card, "Aanvraag gehandicaptenparkeerkaart",
                          f"<p><a href='{start}'>Inloggen met DigiD</a></p>"))  # fmt: skip
    store.add(Page(start, 302, {"location": saml}, b""))
    products = {p.key: p for p in load_products()}
    org = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", home)
    verdict = Classifier(store, load_rules()).classify(
        Case(org, products["gehandicaptenparkeerplaats"], "found", page)
    )
    assert (verdict.level, verdict.route_url) == (67, form)


def test_a_link_for_a_narrower_kind_of_the_product_is_that_kinds_way() -> None:
    """The page about objecting to a decision of the municipality (by letter, 0) says
    'Bezwaar tegen uw belastingaanslag of WOZ-waarde? Maak digitaal bezwaar met DigiD' to
    the tax office's form: the objection to the WOZ value is a narrower kind of objection
    (its name holds every word of 'Bezwaar maken'), and the form is its way (100), not the
    general objection's."""
    from classifiers.classify import Classifier
    from digimeter.core.configfiles import load_products
    from digimeter.core.model import Case, Organisation
    from digimeter.core.pages import MemoryPageStore

    home, office = "http://www.zandvliet.test/", "http://www.belastingkantoor.test/"
    form, start = f"{office}bezwaar-maken", f"{office}auth/bezwaar/digid/start"
    saml = "http://digid-sim.test/saml/idp/request_authentication?SAMLRequest=x"
    box = (
        "<p>Bezwaar tegen uw belastingaanslag of WOZ-waarde? <a href='{form}'>Maak digitaal "
        "bezwaar met DigiD</a>. Dit formulier is alleen voor belastingen.</p>"
    )
    store = MemoryPageStore()
    general, woz = f"{home}bezwaar-maken", f"{home}woz-waarde-bezwaar"
    store.add(titled_page(general, "Bezwaar maken",
                          "<p>Bent u het niet eens met een besluit van de gemeente? Stuur een "
                          "ondertekende brief naar de gemeente.</p>"
                          + box.format(form=form)))  # fmt: skip
    store.add(titled_page(woz, "Bezwaar maken tegen de WOZ-waarde",
                          "<p>Bent u het niet eens met de WOZ-waarde van uw woning?</p>"
                          + box.format(form=form)))  # fmt: skip
    store.add(titled_page(form, "Bezwaar maken", f"<p><a href='{start}'>Inloggen met DigiD</a>"
                          "</p>"))  # fmt: skip
    store.add(Page(start, 302, {"location": saml}, b""))
    products = {p.key: p for p in load_products()}
    org = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", home)
    clf = Classifier(store, load_rules())
    assert clf.classify(Case(org, products["bezwaar"], "found", general)).level == 0
    assert clf.classify(Case(org, products["woz-bezwaar"], "found", woz)).level == 100
