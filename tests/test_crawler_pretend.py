"""Pages that pretend and ways on that are not anchors: a soft 404 is never a product page,
a splash page (consent wall, "kies uw taal") is passed through, a form is the route of the
information page and not the product page, and buttons, GET forms and frames are followed."""

from __future__ import annotations

from crawler.discovery.limits import Limits
from crawler.discovery.pagereader import page_info
from digimeter.core.pages import Page
from tests.test_crawler_discovery import (
    HOME,
    RULES,
    cases,
    crawl_state,
    drive,
    html_page,
    product_page,
    redirect,
)

PASPOORT = HOME + "paspoort-aanvragen"
TEXT = "U vraagt een paspoort aan bij de gemeente. Neem een pasfoto mee."


def test_a_soft_404_is_never_a_product_page() -> None:
    missing = HOME + "hondenbelasting"
    state = crawl_state(("paspoort", "hondenbelasting"))
    web = {
        HOME: html_page(
            HOME,
            "Welkom",
            f'<a href="{PASPOORT}">Paspoort</a><a href="{missing}">Hondenbelasting</a>',
        ),
        PASPOORT: product_page(PASPOORT, "Paspoort aanvragen", TEXT),
        missing: html_page(
            missing, "Pagina niet gevonden", "<p>De pagina hondenbelasting bestaat niet.</p>"
        ),
    }
    drive(state, web)
    found = cases(state)
    assert found["paspoort"][:2] == ("found", PASPOORT)
    assert found["hondenbelasting"][0] == "not_found"


def test_a_documents_own_page_is_no_product_page() -> None:
    """A CMS's page of one file (its type, its size, a download button) is the document's,
    a route: the product it names has no page of its own here. A thin product page whose
    link says '(pdf, 90 kB)' stays a product page."""
    document = HOME + "documenten/aanvraagformulier-bijstand"
    pdf = HOME + "documenten/formulieren/aanvraagformulier-bijstand.pdf"
    facts = "<dl><dt>Bestandstype</dt><dd>PDF</dd><dt>Grootte</dt><dd>90 kB</dd></dl>"
    state = crawl_state(("paspoort", "bijstand"))
    web = {
        HOME: html_page(
            HOME,
            "Welkom",
            f'<a href="{PASPOORT}">Paspoort</a><a href="{document}">Bijstand aanvragen</a>',
        ),
        PASPOORT: product_page(PASPOORT, "Paspoort aanvragen", TEXT),
        document: html_page(
            document,
            "Aanvraagformulier bijstand (pdf, 90 kB)",
            f'{facts}<p><a class="knop" href="{pdf}">Download</a></p>',
        ),
    }
    drive(state, web)
    assert cases(state)["bijstand"][0] == "not_found"
    assert page_info(web[document], RULES).is_document  # type: ignore[union-attr]
    thin = html_page(
        document,
        "Bijstand",
        f'<p>Vraag bijstand aan.</p><p><a href="{pdf}">Aanvraagformulier (pdf, 90 kB)</a></p>',
    )
    assert not page_info(thin, RULES).is_document  # type: ignore[union-attr]


def test_a_language_splash_is_passed_through() -> None:
    start = HOME + "nl/"
    state = crawl_state(("paspoort",))
    splash = (
        "<html><head><title>Kies uw taal</title></head><body>"
        f'<a href="{start}">Nederlands</a> <a href="{HOME}en/">English</a></body></html>'
    )
    web = {
        HOME: Page(HOME, 200, {"content-type": "text/html"}, splash.encode()),
        start: html_page(
            start,
            "Welkom",
            f'<p>{"Nieuws en diensten. " * 30}</p><a href="{PASPOORT}">Paspoort aanvragen</a>',
        ),
        PASPOORT: product_page(PASPOORT, "Paspoort aanvragen", TEXT),
    }
    drive(state, web)
    assert cases(state)["paspoort"][:2] == ("found", PASPOORT)


def test_a_consent_walls_buttons_are_followed_where_discovery_skips_their_addresses() -> None:
    """A consent wall whose only ways on are '/cookies/accepteren' and '/cookies/weigeren'
    (addresses discovery skips elsewhere: cookie policy pages), each redirecting to the
    homepage: a person clicks one and is on the site."""
    accept, refuse, home = HOME + "cookies/accepteren", HOME + "cookies/weigeren", HOME + "home"
    state = crawl_state(("paspoort",))
    wall = (
        "<html><head><title>Cookievoorkeuren</title></head><body><h1>Uw cookievoorkeuren</h1>"
        f'<a href="{accept}">Alle cookies accepteren</a> <a href="{refuse}">Alleen noodzakelijk'
        "</a></body></html>"
    )
    web = {
        HOME: Page(HOME, 200, {"content-type": "text/html"}, wall.encode()),
        accept: redirect(accept, home),
        refuse: redirect(refuse, home),
        home: html_page(
            home,
            "Welkom",
            f'<p>{"Nieuws en diensten. " * 30}</p><a href="{PASPOORT}">Paspoort aanvragen</a>',
        ),
        PASPOORT: product_page(PASPOORT, "Paspoort aanvragen", TEXT),
    }
    drive(state, web)
    assert cases(state)["paspoort"][:2] == ("found", PASPOORT)


def test_buttons_get_forms_and_frames_are_followed() -> None:
    kap, hond = HOME + "kapvergunning", HOME + "hond"
    state = crawl_state(("paspoort", "kapvergunning", "hondenbelasting"))
    main = (
        f"<button onclick=\"location.href='{PASPOORT}'\">Paspoort aanvragen</button>"
        f'<form method="get" action="{kap}"><button>Kapvergunning aanvragen</button></form>'
        f'<iframe src="{hond}" title="Hondenbelasting"></iframe>'
    )
    web = {
        HOME: html_page(HOME, "Welkom", main),
        PASPOORT: product_page(PASPOORT, "Paspoort aanvragen", TEXT),
        kap: product_page(kap, "Kapvergunning aanvragen", "Een boom kappen mag niet zomaar."),
        hond: product_page(hond, "Hondenbelasting", "Voor uw hond betaalt u hondenbelasting."),
    }
    drive(state, web)
    found = cases(state)
    assert found["paspoort"][:2] == ("found", PASPOORT)
    assert found["kapvergunning"][0] == "found" and found["kapvergunning"][1].startswith(kap)
    assert found["hondenbelasting"][:2] == ("found", hond)


def test_the_information_page_not_the_form_is_the_product_page() -> None:
    form = HOME + "formulieren/paspoort"
    fields = "".join(f'<label>Veld {i}<input name="f{i}"></label>' for i in range(5))
    state = crawl_state(("paspoort",))
    web = {
        HOME: html_page(
            HOME,
            "Welkom",
            f'<a href="{form}">Paspoort aanvragen</a> <a href="{PASPOORT}">Paspoort</a>',
        ),
        form: html_page(form, "Paspoort aanvragen", f'<form method="post">{fields}</form>'),
        PASPOORT: product_page(
            PASPOORT, "Paspoort aanvragen", TEXT, f'<a href="{form}">Aanvragen</a>'
        ),
    }
    drive(state, web)
    assert cases(state)["paspoort"][:2] == ("found", PASPOORT)


def test_a_catalogue_with_query_string_urls_is_no_spider_trap() -> None:
    keys = (
        "paspoort", "identiteitskaart", "hondenbelasting", "kapvergunning", "grofvuil",
        "terrasvergunning", "collectevergunning", "standplaatsvergunning",
    )  # fmt: skip
    titles = (
        "Paspoort aanvragen", "Identiteitskaart aanvragen", "Hondenbelasting",
        "Kapvergunning aanvragen", "Grofvuil laten ophalen", "Terrasvergunning",
        "Collectevergunning", "Standplaatsvergunning",
    )  # fmt: skip
    pages = {f"{HOME}product?id={100 + i}": title for i, title in enumerate(titles)}
    state = crawl_state(keys)
    listing = "".join(f'<li><a href="{url}">{title}</a></li>' for url, title in pages.items())
    # the calendar beside it is a trap: each week links to the next
    web = {HOME: html_page(HOME, "Welkom", f'<ul>{listing}</ul><a href="{HOME}rooster?week=0">')}
    for w in range(30):
        url = f"{HOME}rooster?week={w}"
        web[url] = html_page(url, f"Week {w}", f'<a href="{HOME}rooster?week={w + 1}">volgende</a>')
    for url, title in pages.items():
        web[url] = product_page(url, title, f"Informatie over {title.lower()} bij de gemeente.")
    fetched = drive(state, web)
    found = cases(state)
    assert {key: found[key][:2] for key in keys} == {
        key: ("found", url) for key, url in zip(keys, pages, strict=True)
    }
    assert sum("rooster" in f.url for f in fetched) <= Limits().trap_variants + 1


def test_a_vague_title_is_read_with_its_lead() -> None:
    """'Kan ik mijn belasting niet betalen?' is the kwijtschelding page: its first paragraph
    says so; the page with the plain title of the neighbouring product keeps its own."""
    vague, plan = HOME + "belasting-niet-betalen", HOME + "betalingsregeling"
    state = crawl_state(("belastingkwijtschelding", "betalingsregeling"))
    lead = "Heeft u een laag inkomen? Dan kunt u kwijtschelding aanvragen voor uw belastingen."
    web = {
        HOME: html_page(
            HOME,
            "Welkom",
            f'<a href="{vague}">Kan ik mijn belasting niet betalen?</a>'
            f'<a href="{plan}">Betalingsregeling</a>',
        ),
        vague: product_page(vague, "Kan ik mijn belasting niet betalen?", lead),
        plan: product_page(plan, "Betalingsregeling", "Betaal uw aanslag in termijnen."),
    }
    drive(state, web)
    found = cases(state)
    assert found["belastingkwijtschelding"][:2] == ("found", vague)
    assert found["betalingsregeling"][:2] == ("found", plan)


def test_a_login_page_and_a_framed_form_are_routes_not_product_pages() -> None:
    login, framed = HOME + "loket/paspoort", HOME + "formulieren/paspoort"
    state = crawl_state(("paspoort",))
    buttons = (
        "<p>Voordat u begint: u logt in met DigiD.</p>"
        f'<a href="{HOME}digid/start">Inloggen met DigiD</a>'
    )
    web = {
        HOME: html_page(
            HOME,
            "Welkom",
            f'<a href="{login}">Paspoort aanvragen</a><a href="{framed}">Paspoort aanvragen</a>'
            f'<a href="{PASPOORT}">Paspoort</a>',
        ),
        login: html_page(login, "Paspoort aanvragen", buttons),
        framed: html_page(
            framed, "Paspoort aanvragen", '<iframe src="http://forms.proefdorp.test/p"></iframe>'
        ),
        PASPOORT: product_page(PASPOORT, "Paspoort", TEXT, f'<a href="{login}">Aanvragen</a>'),
    }
    drive(state, web)
    assert cases(state)["paspoort"][:2] == ("found", PASPOORT)


def test_a_topic_page_is_passed_through_to_the_product_page() -> None:
    topic, page = HOME + "onderwerpen/subsidies", HOME + "subsidie"
    state = crawl_state(("subsidie",))
    web = {
        HOME: html_page(HOME, "Welkom", f'<a href="{topic}">Subsidies</a>'),
        topic: html_page(topic, "Subsidies", f'<ul><li><a href="{page}">Subsidie</a></li></ul>'),
        page: product_page(page, "Subsidie", "Voor een activiteit kunt u subsidie krijgen."),
    }
    drive(state, web)
    assert cases(state)["subsidie"][:2] == ("found", page)


def test_a_lists_best_link_for_a_product_is_opened_though_its_words_are_vague() -> None:
    """In an A-Z list, 'Parkeren met een handicap' is where a person looking for the
    gehandicaptenparkeerkaart clicks, though the words score low."""
    section, az = HOME + "inwoners", HOME + "inwoners/producten-a-z"
    page = HOME + "parkeren-met-een-handicap"
    state = crawl_state(("gehandicaptenparkeerkaart", "paspoort"))
    lead = "Loopt u moeilijk? Dan kunt u een gehandicaptenparkeerkaart aanvragen."
    web = {
        HOME: html_page(HOME, "Welkom", f'<a href="{section}">Inwoners</a>'),
        section: html_page(section, "Inwoners", f'<a href="{az}">Producten A-Z</a>'),
        az: html_page(
            az,
            "Producten A-Z",
            f'<ul><li><a href="{PASPOORT}">Paspoort</a></li>'
            f'<li><a href="{page}">Parkeren met een handicap</a></li></ul>',
        ),
        PASPOORT: product_page(PASPOORT, "Paspoort aanvragen", TEXT),
        page: product_page(page, "Parkeren met een handicap", lead),
    }
    drive(state, web)
    assert cases(state)["gehandicaptenparkeerkaart"][:2] == ("found", page)


def test_a_page_that_says_a_product_is_not_offered_is_its_page() -> None:
    """'Wij heffen geen hondenbelasting' on the page 'Gemeentelijke belastingen' is where a
    reviewer looks; a sentence about a neighbouring product of like words is not."""
    taxes = HOME + "gemeentelijke-belastingen"
    state = crawl_state(("hondenbelasting", "kapvergunning", "paspoort"))
    text = (
        "<p>De gemeente heft onroerendezaakbelasting en afvalstoffenheffing.</p>"
        "<p>Wij heffen geen hondenbelasting.</p>"
        "<p>Wij verlenen geen evenementenvergunning voor de markt.</p>"
    )
    web = {
        HOME: html_page(
            HOME,
            "Welkom",
            f'<a href="{taxes}">Gemeentelijke belastingen</a><a href="{PASPOORT}">Paspoort</a>',
        ),
        taxes: html_page(taxes, "Gemeentelijke belastingen", text),
        PASPOORT: product_page(PASPOORT, "Paspoort aanvragen", TEXT),
    }
    drive(state, web)
    found = cases(state)
    assert found["hondenbelasting"][:2] == ("found", taxes)
    assert found["kapvergunning"][0] == "not_found"


def test_an_english_page_and_a_moved_page() -> None:
    """The Dutch page goes before the English one; a page that only refreshes to another
    address is followed like a redirect."""
    english, old = HOME + "en/passport", HOME + "oud/paspoort"
    state = crawl_state(("paspoort",))
    moved = (
        "<html><head><meta http-equiv='refresh' content='0; url=" + PASPOORT + "'>"
        "<title>Doorverwijzing</title></head><body><p>Deze pagina is verhuisd naar "
        f"<a href='{PASPOORT}'>Paspoort</a>.</p></body></html>"
    )
    page = product_page(english, "Apply for a passport", "Passports are valid for ten years.")
    web = {
        HOME: html_page(
            HOME, "Welkom", f'<a href="{english}">Passport</a><a href="{old}">Paspoort</a>'
        ),
        english: Page(
            english, 200, page.headers, page.body.replace(b"<html>", b'<html lang="en">')
        ),
        old: Page(old, 200, {"content-type": "text/html"}, moved.encode()),
        PASPOORT: product_page(PASPOORT, "Paspoort aanvragen", TEXT),
    }
    drive(state, web)
    assert cases(state)["paspoort"][:2] == ("found", PASPOORT)


def test_a_product_the_site_only_links_to_elsewhere_has_that_page() -> None:
    """The A-Z list sends the reader to the shared tax office for the dog tax."""
    office = "http://www.belastingkantoor.test/hondenbelasting"
    state = crawl_state(("hondenbelasting", "paspoort"))
    web = {
        HOME: html_page(
            HOME,
            "Welkom",
            f'<a href="{PASPOORT}">Paspoort</a><a href="{office}">Hondenbelasting</a>',
        ),
        PASPOORT: product_page(PASPOORT, "Paspoort aanvragen", TEXT),
        office: product_page(office, "Hondenbelasting", "Heeft u een hond? Meld hem aan."),
    }
    drive(state, web)
    assert cases(state)["hondenbelasting"][:2] == ("found", office)


def test_a_page_whose_lead_sends_the_reader_on_is_not_that_products_page() -> None:
    """'Zakenpaspoort. Let op: dit is iets anders dan <Paspoort en identiteitskaart>.'"""
    zaken, both = HOME + "zakenpaspoort", HOME + "paspoort-en-identiteitskaart"
    state = crawl_state(("paspoort",))
    lead = f'Let op: dit is iets anders dan <a href="{both}">Paspoort en identiteitskaart</a>.'
    web = {
        HOME: html_page(
            HOME,
            "Welkom",
            f'<a href="{zaken}">Zakenpaspoort</a><a href="{both}">Paspoort en identiteitskaart</a>',
        ),
        zaken: html_page(
            zaken, "Zakenpaspoort", f"<p>{lead} Hieronder leest u hoe u dit regelt.</p>"
        ),
        both: product_page(both, "Paspoort en identiteitskaart", TEXT),
    }
    drive(state, web)
    assert cases(state)["paspoort"][:2] == ("found", both)


def test_a_page_saying_it_is_something_else_than_a_form_elsewhere_is_not_that_products_page() -> (
    None
):
    """'Informatie over proces subsidie aanvragen. Let op: dit is iets anders dan <Subsidie
    aanvragen>' with the link on the form host: the page is not the subsidie's page, the
    form it sends the reader to is (no list of the site links to it)."""
    info = HOME + "bestuur/informatie-over-proces-subsidie-aanvragen"
    form = "http://aanvragen.proefdorp.test/subsidie-aanvragen/"
    state = crawl_state(("subsidie",))
    lead = f'Let op: dit is iets anders dan <a href="{form}">Subsidie aanvragen</a>.'
    web = {
        HOME: html_page(
            HOME,
            "Welkom",
            f'<a href="{info}">Informatie over proces subsidie aanvragen</a>',
        ),
        info: html_page(
            info,
            "Informatie over proces subsidie aanvragen",
            f"<p>{lead} Hieronder leest u hoe u dit regelt.</p>",
        ),
        form: html_page(
            form,
            "Subsidie aanvragen",
            "<form method='post'><label>Naam <input name='naam'></label>"
            "<button>Versturen</button></form>",
        ),
    }
    drive(state, web)
    assert cases(state)["subsidie"][:2] == ("found", form)


def test_a_page_for_the_other_audience_is_not_the_page_of_a_product_whose_form_is_elsewhere() -> (
    None
):
    """'Deze pagina is voor ondernemers. Bent u inwoner? Lees dan <Leerlingenvervoer>' with
    the link on the form host: the citizens' product is the form's, not this page's."""
    business = HOME + "ondernemers/leerlingenvervoer"
    form = "http://proefdorp.e-aanvraag.test/proefdorp/leerlingenvervoer"
    state = crawl_state(("leerlingenvervoer",))
    lead = (
        "Deze pagina is voor ondernemers. Bent u inwoner? Lees dan "
        f'<a href="{form}">Leerlingenvervoer</a>.'
    )
    web = {
        HOME: html_page(
            HOME,
            "Welkom",
            f'<a href="{business}">Leerlingenvervoer</a><a href="{form}">Leerlingenvervoer</a>',
        ),
        business: html_page(business, "Leerlingenvervoer", f"<p>{lead}</p>"),
        form: html_page(
            form,
            "Leerlingenvervoer",
            "<form method='post'><label>Naam <input name='naam'></label>"
            "<button>Versturen</button></form>",
        ),
    }
    drive(state, web)
    assert cases(state)["leerlingenvervoer"][:2] == ("found", form)


def test_a_page_that_is_something_else_lends_its_own_call_to_action_to_no_product() -> None:
    """'Hulp bij het huishouden. Let op: dit is iets anders dan <Hulp bij wonen en
    gezondheid>' with its own form on the supplier's host: that form, though its address
    names the product better, is the neighbour's; the product's is the one the lead names."""
    other = HOME + "hulp-bij-het-huishouden"
    own_form = "http://proefdorp.formulierenbalie.test/proefdorp/hulp-bij-wonen-en-gezondheid"
    its_form = "http://proefdorp.formulierenbalie.test/proefdorp/hulp-bij-het-huishouden-8"
    lead = f'Let op: dit is iets anders dan <a href="{own_form}">Hulp bij wonen en gezondheid</a>.'
    form = (
        "<form method='post'><label>Naam <input name='naam'></label>"
        "<button>Versturen</button></form>"
    )
    web = {
        HOME: html_page(
            HOME,
            "Welkom",
            "<p>Welkom op de website van de gemeente Proefdorp.</p>"
            f'<ul><li><a href="{other}">Hulp bij het huishouden</a></li></ul>',
        ),
        other: html_page(
            other,
            "Hulp bij het huishouden",
            f"<p>{lead} Hieronder leest u hoe u dit regelt.</p>"
            f'<p><a href="{its_form}">Online aanvragen</a></p>',
        ),
        own_form: html_page(own_form, "Hulp bij wonen en gezondheid", form),
        its_form: html_page(its_form, "Hulp bij het huishouden", form),
    }
    state = crawl_state(("wmo-voorziening",))
    drive(state, web)
    assert cases(state)["wmo-voorziening"][:2] == ("found", own_form)
