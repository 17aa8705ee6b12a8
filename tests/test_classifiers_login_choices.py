"""A form service's 'Hoe wilt u inloggen?' page and the links around it: the page a call to
action opens where a person chooses DigiD, eHerkenning or no login is the product's gate,
not an overview to choose the product's entry from (`RouteWalk.overview`); a login whose
own words say it follows a request already made is never the product's route, however
well they name the product (`RouteWalk.follow`); a bare link after a sentence naming
another product, to an address naming that one, is that product's way on any host
(`WalkCase.for_another`); a product's whole name names it (`hosts.relevance`). Beside
them, other ways a form service's pages mislead: a list of other products' logins is no
form of the product; a portal's login whose address names the product, or that another
body's page about the product offers, is its way."""

from __future__ import annotations

from test_classifiers_neighbours import HOME, ORG, _level, _login_start, _product
from test_classifiers_routes import titled_page

from classifiers import load_rules
from classifiers.aboutproduct import relevance
from classifiers.classify import Classifier
from digimeter.core.model import Case
from digimeter.core.pages import MemoryPageStore, Page

FORMS = "http://formulieren.zandvliet-sim.test/"


def _form(url: str, title: str) -> object:
    fields = "".join(f"<label>{f} <input name='{f}'></label>" for f in ("Naam", "Adres", "Mail"))
    return titled_page(url, title, f"<form method='post'>{fields}<button>Versturen</button></form>")


def _login_choice(store: MemoryPageStore, slug: str, *, status_link: bool = False) -> str:
    """The form service's login choice for `slug`: DigiD, eHerkenning for businesses, and
    without login (a form); with `status_link`, the DigiD login is only to see the status."""
    choice, anonymous = f"{FORMS}{slug}/start", f"{FORMS}{slug}-zonder-inloggen/"
    digid, eherkenning = f"{FORMS}auth/{slug}/digid/start", f"{FORMS}auth/{slug}/eherkenning/start"
    if status_link:
        tracker, tracker_login = f"{FORMS}mijn/lopende-zaken", f"{FORMS}auth/mijn-zaken/digid/start"
        ways = f"<li><a href='{anonymous}'>Melding doen zonder inloggen</a></li><li><a href="
        ways += f"'{tracker}'>Log in met DigiD en bekijk de status van uw melding</a></li>"
        tracked = f"<p>Bekijk de status.</p><a href='{tracker_login}'>Inloggen met DigiD</a>"
        store.add(titled_page(tracker, "Mijn lopende zaken", tracked))
        _login_start(store, tracker_login)
    else:
        ways = (f"<li><a href='{digid}'>Inloggen met DigiD (particulieren)</a></li><li><a href="
                f"'{eherkenning}'>Inloggen met eHerkenning (bedrijven en organisaties)</a></li>"
                f"<li><a href='{anonymous}'>Doorgaan zonder inloggen</a></li>")  # fmt: skip
        _login_start(store, digid)
        _login_start(store, eherkenning)
    store.add(titled_page(choice, "Hoe wilt u inloggen?", f"<ul>{ways}</ul>"))
    store.add(_form(anonymous, "Formulier"))
    return choice


def test_a_login_choice_page_is_the_products_gate_not_an_overview() -> None:
    """'Aanvragen' opens 'Hoe wilt u inloggen?': DigiD, eHerkenning (bedrijven en
    organisaties) or 'Doorgaan zonder inloggen'. The logins are the product's (100), though
    a word of the eHerkenning login's audience names another product a little ('bedrijven'
    of a business parking permit) or this one ('organisaties' of a complaint about the
    organisation): neither names a product by name, so the page is no list of forms whose
    one entry naming the product (the anonymous form's address) is the way (67)."""
    for key, slug, title in (
        ("bijzondere-bijstand", "bijzondere-bijstand", "Vergoeding bijzondere kosten"),
        ("klacht", "klacht", "Klachten"),
        ("evenementenvergunning", "evenementenvergunning", "Evenementenvergunning"),
    ):
        store = MemoryPageStore()
        page = f"{HOME}{slug}-info"
        choice = _login_choice(store, slug)
        store.add(titled_page(page, title, f"<p>Dit regelt u online.</p><a class='cta' href='"
                              f"{choice}'>Aanvragen</a>"))  # fmt: skip
        assert _level(store, key, page) == 100, key


def test_a_status_trackers_login_is_no_route_however_it_names_the_product() -> None:
    """The login choice of a report offers 'Melding doen zonder inloggen' (a form, 67) and
    'Log in met DigiD en bekijk de status van uw melding', which names the product's
    'melding' but follows a report already made: not the product's login."""
    store = MemoryPageStore()
    page = f"{HOME}melding-openbare-ruimte"
    choice = _login_choice(store, "melding-openbare-ruimte", status_link=True)
    store.add(titled_page(page, "Melding openbare ruimte", "<p>Ziet u iets kapot?</p><a "
                          f"class='cta' href='{choice}'>Melding doen</a>"))  # fmt: skip
    assert _level(store, "melding-openbare-ruimte", page) == 67


def test_a_bare_link_after_a_sentence_naming_another_product_is_that_ones_on_any_host() -> None:
    """'Parkeren in Zandvliet' says the municipality issues no parking permits, then 'Heeft
    u een gehandicaptenparkeerkaart nodig? <Vraag deze hier aan>' to a form service's
    '/Inloggen.aspx?id=Gehandicaptenparkeerkaart' (its query names the card): the card's
    way, not the permit's, though the form service is another host. Not offered."""
    store = MemoryPageStore()
    page = f"{HOME}parkeren"
    choice = _login_choice(store, "gehandicaptenparkeerkaart")
    entry = f"{FORMS}Inloggen.aspx?id=Gehandicaptenparkeerkaart"
    store.add(titled_page(entry, "E-loket", f"<a href='{choice}'>Verder</a>"))
    store.add(titled_page(page, "Parkeren in Zandvliet", "<p>Parkeren is overal gratis, dus "
                          "de gemeente geeft geen parkeervergunningen uit.</p><p>Heeft u een "
                          "gehandicaptenparkeerkaart nodig? <a href='"
                          f"{entry}'>Vraag deze hier aan</a>.</p>"))  # fmt: skip
    case = Case(ORG, _product("parkeervergunning"), "found", page)
    verdict = Classifier(store, load_rules()).classify(case)
    assert verdict.status == "not_offered", (verdict.level, verdict.route_url)


def test_a_products_whole_name_names_it_and_portal_words_do_not() -> None:
    """'Hond aan- of afmelden', the dog tax's name, names it by name (2), though its words
    are too short or too generic to alone; 'zaken' of 'waardebepaling onroerende zaken' is
    every portal's 'Mijn zaken' and names no product."""
    dog, woz = _product("hondenbelasting"), _product("woz-bezwaar")
    assert relevance("Hond aan- of afmelden aanvragen", dog) == 2
    assert relevance("Hond aanmelden", dog) == 1
    assert relevance("Bekijk de status in Mijn lopende zaken", woz) == 0
    assert relevance("Waardebepaling onroerende zaken", woz) >= 1


def test_a_list_of_other_products_logins_is_no_form_of_the_product() -> None:
    """The passport's page ends 'Bekijk alle formulieren in het digitaal loket': a list of
    other products' DigiD logins ('Uittreksel BRP', 'Verhuizing doorgeven', ...). A page the
    product page links to with logins on it is the product's form, whatever its title, but
    not a list of other products' forms: information only (0)."""
    store = MemoryPageStore()
    page, loket = f"{HOME}paspoort", f"{HOME}digitaal-loket"
    entries = (
        "uittreksel-brp",
        "verhuizing-doorgeven",
        "trouwen",
        "klacht-indienen",
        "woo-verzoek",
    )
    names = ("Uittreksel BRP", "Verhuizing doorgeven", "Trouwen of geregistreerd partnerschap",
             "Klacht indienen", "Woo-verzoek indienen")  # fmt: skip
    items = ""
    for slug, name in zip(entries, names, strict=True):
        start = f"{FORMS}auth/{slug}/digid/start"
        items += f"<li><a href='{start}'>{name}</a></li>"
        _login_start(store, start)
    store.add(titled_page(loket, "Digitaal loket", f"<p>Al onze formulieren.</p><ul>{items}</ul>"))
    store.add(titled_page(page, "Paspoort aanvragen", "<p>Maak een afspraak aan de balie.</p>"
                          f"<p>Bekijk <a href='{loket}'>alle formulieren in het digitaal loket"
                          "</a>.</p>"))  # fmt: skip
    assert _level(store, "paspoort", page) == 0


def test_a_portal_login_whose_address_names_the_product_is_its_way() -> None:
    """The waste company's page 'Grofvuil laten ophalen' says 'Regel het in Mijn Avalex'
    and links 'Inloggen Mijn Avalex' to '/mijn/inloggen/grofvuil-laten-ophalen': a portal's
    login, but its address names the product by name, so it is the product's way (an
    account's login form: 67), not the site's."""
    store = MemoryPageStore()
    page = f"{HOME}grof-huishoudelijk-afval"
    company = "http://www.afvalbedrijf-sim.test/"
    info, login = (
        f"{company}grofvuil-laten-ophalen",
        f"{company}mijn/inloggen/grofvuil-laten-ophalen",
    )
    fields = "<label>E-mailadres <input name='email'></label><label>Wachtwoord <input "
    fields += "type='password' name='pw'></label><button>Inloggen</button>"
    store.add(titled_page(login, "Inloggen Mijn Avalex", f"<form method='post'>{fields}</form>"))
    store.add(titled_page(info, "Grofvuil laten ophalen", "<p>Regel het in Mijn Avalex.</p><p>"
                          f"<a href='{login}'>Inloggen Mijn Avalex</a></p>"))  # fmt: skip
    store.add(titled_page(page, "Grof huishoudelijk afval", "<p>Avalex haalt het op.</p><p><a "
                          f"href='{info}'>Grofvuil laten ophalen via de website van Avalex</a>"
                          "</p>"))  # fmt: skip
    assert _level(store, "grofvuil", page) == 67


def test_a_portal_login_on_another_bodys_page_about_the_product_is_its_way() -> None:
    """The product page sends the reader to the waste company ('ROVA regelt dit voor de
    gemeente'); the company's page is titled 'Afvalcontainer aanvragen of wijzigen' and
    says 'In Mijn ROVA regelt u uw afvalzaken' above 'Inloggen Mijn ROVA', whose address
    (`/mijn/inloggen`) does not name the product. On another body's page about the product,
    that login is the product's way (an account's login form: 67); on its page about
    something else ('Afvalkalender'), or in the header of its page about the product, it is
    the site's, and the product is information only."""
    company = "http://www.afvalbedrijf-sim.test/"
    login = f"{company}mijn/inloggen"
    fields = "<label>E-mailadres <input name='email'></label><label>Wachtwoord <input "
    fields += "type='password' name='pw'></label><button>Inloggen</button>"
    named = "Afvalcontainer aanvragen of wijzigen"
    for title, level, place in ((named, 67, "main"), ("Afvalkalender", 0, "main"),
                                (named, 0, "header")):  # fmt: skip
        store = MemoryPageStore()
        page, info = f"{HOME}minicontainers", f"{company}container"
        said = "<p>In Mijn ROVA regelt u uw afvalzaken.</p>"
        way = f"<a class='btn' href='{login}'>Inloggen Mijn ROVA</a>"
        store.add(titled_page(login, "Inloggen Mijn ROVA", f"<form method='post'>{fields}</form>"))
        if place == "main":
            store.add(titled_page(info, title, f"{said}{way}"))
        else:  # the site's header, above a text that sends the reader to the phone
            body = f"<html><body><header>{way}</header><main><h1>{title}</h1><p>Bel ons.</p>"
            store.add(Page(info, 200, {"content-type": "text/html"}, f"{body}</main></body>"
                           "</html>".encode()))  # fmt: skip
        store.add(titled_page(page, "Minicontainers", "<p>ROVA regelt dit voor de gemeente. <a "
                              f"href='{info}'>Ga naar de website van ROVA</a>.</p>"))  # fmt: skip
        assert _level(store, "afvalcontainer", page) == level, (title, place)


def test_a_portal_login_beside_the_products_own_form_on_another_bodys_page_is_not_its_way() -> None:
    """The waste company's page about the product links its form ('Vraag een container
    aan', no login) and, in the same text, 'Mijn ROVA' (a DigiD login): the form is the way
    (67); the portal beside it is the site's, however the page is titled."""
    company = "http://www.afvalbedrijf-sim.test/"
    page, info, form = f"{HOME}minicontainers", f"{company}container", f"{company}formulier"
    login, digid = f"{company}mijn/", f"{company}auth/mijn/digid/start"
    store = MemoryPageStore()
    _login_start(store, digid)
    store.add(titled_page(login, "Mijn ROVA", f"<a href='{digid}'>Inloggen met DigiD</a>"))
    store.add(_form(form, "Container aanvragen"))
    ways = f"<p><a href='{form}'>Vraag een container aan</a></p><a href='{login}'>Mijn ROVA</a>"
    store.add(titled_page(info, "Afvalcontainer aanvragen of wijzigen", ways))
    store.add(titled_page(page, "Minicontainers", "<p>ROVA regelt dit voor de gemeente. <a "
                          f"href='{info}'>Ga naar de website van ROVA</a>.</p>"))  # fmt: skip
    assert _level(store, "afvalcontainer", page) == 67


def test_a_site_login_on_a_page_along_the_route_gates_no_form_of_it() -> None:
    """The tax office's page about the remission offers its PDF form and, below it, 'Uw
    aanslag bekijken? <Log in op Mijn BSR met DigiD>', a link straight into DigiD: the
    portal's login, which gates no form of this page (33), as on the product page itself."""
    office = "http://www.belastingsamenwerking-sim.test/"
    store = MemoryPageStore()
    page, info = f"{HOME}kwijtschelding", f"{office}zandvliet/kwijtschelding"
    pdf = f"{office}docs/aanvraagformulier-kwijtschelding.pdf"
    login = f"{office}auth/mijn/digid/start"
    _login_start(store, login)
    store.add(Page(pdf, 200, {"content-type": "application/pdf"}, b"%PDF-1.4\n%%EOF\n"))
    ways = f"<p><a href='{pdf}'>Aanvraagformulier kwijtschelding (pdf)</a></p>"
    ways += f"<p>Uw aanslag bekijken? <a href='{login}'>Log in op Mijn BSR met DigiD</a>.</p>"
    store.add(titled_page(info, "Kwijtschelding", ways))
    store.add(titled_page(page, "Kwijtschelding", "<p>Dit regelt u bij BSR: <a href='"
                          f"{info}'>Kwijtschelding bij BSR</a>.</p>"))  # fmt: skip
    assert _level(store, "belastingkwijtschelding", page) == 33


def test_a_portal_the_sentence_around_it_says_the_product_is_not_requested_at_is_not_its_way() -> (
    None
):
    """'Voor bouwactiviteiten gaat u naar het <Omgevingsloket (inloggen met DigiD of
    eHerkenning)>. Deze terrasvergunning vraagt u daar niet aan.' beside the terrace
    permit's PDF: the portal is not the permit's way (33). Without the second sentence the
    portal's login counts (100)."""
    portal = "http://omgevingsloket-sim.test/aanvragen/"
    start = "http://omgevingsloket-sim.test/auth/digid/start"
    for denial, level in (" Deze terrasvergunning vraagt u daar niet aan.", 33), ("", 100):
        store = MemoryPageStore()
        page, pdf = f"{HOME}terras", f"{HOME}docs/aanvraagformulier-terrasvergunning.pdf"
        _login_start(store, start)
        store.add(Page(pdf, 200, {"content-type": "application/pdf"}, b"%PDF-1.4\n%%EOF\n"))
        store.add(
            titled_page(portal, "Omgevingsloket", f"<a href='{start}'>Inloggen met DigiD</a>")
        )
        ways = f"<p><a href='{pdf}'>Aanvraagformulier terrasvergunning (pdf)</a></p><p>Voor "
        ways += f"bouwactiviteiten gaat u naar het <a href='{portal}'>Omgevingsloket (inloggen "
        ways += f"met DigiD of eHerkenning)</a>.{denial}</p>"
        store.add(titled_page(page, "Terrasvergunning", ways))
        assert _level(store, "terrasvergunning", page) == level, denial


def test_a_login_to_change_a_permit_already_had_is_not_its_way() -> None:
    """'Heeft u de vergunning al? Geef een wijziging door of trek de vergunning in:
    <Wijziging doorgeven (DigiD)>' to /auth/wijzigen-alcoholvergunning/digid/start beside
    the licence's PDF: a form for a permit already had, though its address names the
    product (33). Where the page says nothing of having it, the login counts (100)."""
    start = f"{HOME}auth/wijzigen-alcoholvergunning/digid/start"
    asked = "Heeft u de vergunning al? Geef een wijziging door of trek de vergunning in: "
    for lead, level in ((asked, 33), ("", 100)):
        store = MemoryPageStore()
        page, pdf = f"{HOME}alcoholvergunning", f"{HOME}docs/aanvraagformulier-alcohol.pdf"
        _login_start(store, start)
        store.add(Page(pdf, 200, {"content-type": "application/pdf"}, b"%PDF-1.4\n%%EOF\n"))
        ways = f"<p><a href='{pdf}'>Aanvraagformulier alcoholvergunning (pdf)</a></p>"
        ways += f"<p>{lead}<a href='{start}'>Wijziging doorgeven (DigiD)</a>.</p>"
        store.add(titled_page(page, "Alcoholvergunning", ways))
        assert _level(store, "alcoholvergunning", page) == level, lead


def test_other_products_logins_on_another_bodys_page_are_theirs() -> None:
    """The social service's page about special assistance offers its PDF form and a 'Direct
    regelen' box of other products' DigiD logins ('Verhuizing doorgeven (DigiD)'): those
    gate no form of this page and are no way of this product, on another body's page as on
    the product page (33)."""
    service = "http://www.sociale-dienst-sim.test/"
    store = MemoryPageStore()
    page, info = f"{HOME}bijzondere-bijstand", f"{service}zandvliet/bijzondere-bijstand"
    pdf = f"{service}docs/aanvraagformulier-bijzondere-bijstand.pdf"
    box = ""
    for slug, text in (("verhuizing", "Verhuizing doorgeven"), ("brp", "Uittreksel BRP aanvragen")):
        start = f"http://mijn.sociale-dienst-sim.test/auth/dr-{slug}/digid/start"
        _login_start(store, start)
        box += f"<li><a href='{start}'>{text} (DigiD)</a></li>"
    store.add(Page(pdf, 200, {"content-type": "application/pdf"}, b"%PDF-1.4\n%%EOF\n"))
    ways = f"<p><a href='{pdf}'>Aanvraagformulier bijzondere bijstand (pdf)</a></p>"
    store.add(titled_page(info, "Bijzondere bijstand", f"{ways}<aside><h2>Direct regelen</h2>"
                          f"<ul>{box}</ul></aside>"))  # fmt: skip
    sent = f"<p>Dit regelt u bij de sociale dienst: <a href='{info}'>Bijzondere bijstand bij de "
    store.add(titled_page(page, "Bijzondere bijstand", f"{sent}sociale dienst</a>.</p>"))
    assert _level(store, "bijzondere-bijstand", page) == 33
