"""Ways on that belong to a neighbour of the product or of the organisation: a sibling
product named by name (`aboutproduct.names_sibling`), anything online where the page says
the product is not online, a tab of the product page (`CaseView.views_product_page`), and
another organisation's entries on a shared overview (`CaseView.own_entries`)."""

from __future__ import annotations

from test_classifiers_routes import titled_page

from classifiers import load_rules
from classifiers.classify import Classifier
from digimeter.core.configfiles import load_products
from digimeter.core.model import Case, Organisation, Product
from digimeter.core.pages import MemoryPageStore, Page

HOME = "http://www.zandvliet.test/"
ORG = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", HOME)
SAML = "http://digid-sim.test/saml/idp/request_authentication?SAMLRequest=x"
PDF = b"%PDF-1.4\n%%EOF\n"


def _product(key: str) -> Product:
    return next(p for p in load_products() if p.key == key)


def _level(store: MemoryPageStore, key: str, page: str, org: Organisation = ORG) -> int:
    return int(
        Classifier(store, load_rules()).classify(Case(org, _product(key), "found", page)).level
    )


def _login_start(store: MemoryPageStore, url: str) -> None:
    store.add(Page(url, 302, {"location": SAML}, b""))


def test_a_link_naming_a_sibling_product_by_name_is_that_ones_way() -> None:
    """On the page of 'Bijzondere bijstand' (a PDF form, 33), 'Zie ook: Bijstandsuitkering
    aanvragen (DigiD)' names the benefit by name and leaves out 'bijzondere': the benefit's
    way. On the benefit's page (counter only, 0), 'Aanvraagformulier bijzondere bijstand
    (pdf)' is the other way round. An exit permit's page keeps 'Omgevingsvergunning
    aanvragen', which its own terms name
    (`test_the_permit_a_product_is_requested_as_is_its_route`)."""
    store = MemoryPageStore()
    special, benefit = f"{HOME}bijzondere-bijstand", f"{HOME}bijstandsuitkering"
    form, start = f"{HOME}docs/aanvraag-bijzondere-bijstand.pdf", f"{HOME}auth/bijstand/digid/start"
    store.add(titled_page(special, "Bijzondere bijstand",
                          "<p>Heeft u onverwachte kosten? Vraag bijzondere bijstand aan met het "
                          f"<a href='{form}'>Aanvraagformulier bijzondere bijstand (pdf)</a>.</p>"
                          f"<p>Zie ook: <a href='{start}'>Bijstandsuitkering aanvragen (DigiD)"
                          "</a></p>"))  # fmt: skip
    store.add(titled_page(benefit, "Bijstandsuitkering",
                          "<p>Een uitkering vraagt u aan bij de balie van het gemeentehuis.</p>"
                          f"<p>Zie ook: <a href='{form}'>Aanvraagformulier bijzondere bijstand "
                          "(pdf)</a></p>"))  # fmt: skip
    store.add(Page(form, 200, {"content-type": "application/pdf"}, PDF))
    _login_start(store, start)
    assert _level(store, "bijzondere-bijstand", special) == 33
    assert _level(store, "bijstand", benefit) == 0


def test_a_form_whose_link_and_title_name_something_else_is_not_the_products() -> None:
    """On the subsidies page (a PDF form, 33) a link 'Vrijwilliger van het jaar nomineren'
    opens a web form of that title: the link and the form both name something, and not the
    product, so the form is another thing's (not a form the page links to whatever its
    title). A form behind 'Online aanvragen', titled 'Formulier', names nothing else and
    stays the product's (67)."""
    for text, title, level in (
        ("Vrijwilliger van het jaar nomineren", "Vrijwilliger van het jaar nomineren", 33),
        ("Online aanvragen", "Formulier", 67),
    ):
        store = MemoryPageStore()
        page, form = f"{HOME}subsidies", f"{HOME}formulier/1"
        pdf = f"{HOME}docs/aanvraagformulier-subsidie.pdf"
        ways = f"<p><a href='{pdf}'>Aanvraagformulier subsidie (pdf)</a></p>"
        store.add(titled_page(page, "Subsidies", f"{ways}<p><a href='{form}'>{text}</a></p>"))
        store.add(titled_page(form, title, "<form method='post'><label>Naam <input name='n'>"
                              "</label><label>Toelichting <input name='t'></label><button>"
                              "Versturen</button></form>"))  # fmt: skip
        store.add(Page(pdf, 200, {"content-type": "application/pdf"}, PDF))
        assert _level(store, "subsidie", page) == level, text


def test_a_body_named_in_the_text_whose_page_is_titled_for_another_product_is_its() -> None:
    """The noise exemption's page (a PDF form, 33) says 'Heeft u last van geluid? Meld het
    bij de <Omgevingsdienst Zuidoost-Brabant>': the body's name, no call to action, opens
    'Klacht over milieu melden', a complaint form titled for another product (a complaint):
    not the exemption's way. Where the body's page is titled for the exemption, its form is
    the exemption's (67)."""
    for title, level in (("Klacht over milieu melden", 33), ("Ontheffing geluid aanvragen", 67)):
        store = MemoryPageStore()
        page, pdf = f"{HOME}ontheffing-geluid", f"{HOME}docs/aanvraagformulier-geluid.pdf"
        body = "http://www.omgevingsdienst-sim.test/milieu"
        ways = f"<p><a href='{pdf}'>Aanvraagformulier ontheffing geluid (pdf)</a></p>"
        ways += f"<p>Heeft u last van geluid? Meld het bij de <a href='{body}'>Omgevingsdienst "
        ways += "Zuidoost-Brabant</a>.</p>"
        store.add(titled_page(page, "Ontheffing geluid", ways))
        fields = "<label>Naam <input name='n'></label><label>Omschrijving <input name='o'>"
        form = f"<form method='post'>{fields}</label><button>Versturen</button></form>"
        store.add(titled_page(body, title, f"<p>Last van geluid, geur of stof?</p>{form}"))
        store.add(Page(pdf, 200, {"content-type": "application/pdf"}, PDF))
        assert _level(store, "geluidsontheffing", page) == level, title


def _birth_page(statement: str) -> tuple[MemoryPageStore, str]:
    page, form = f"{HOME}geboorte-aangeven", "http://formulieren.zandvliet.test/f/1042"
    store = MemoryPageStore()
    store.add(titled_page(page, "Geboorte aangeven",
                          f"<p>Is uw kind geboren? Doe binnen 3 dagen aangifte.</p>{statement}"
                          f"<p>Zie ook: <a href='{form}'>Online formulier</a></p>"))  # fmt: skip
    store.add(titled_page(form, "Formulier",
                          "<form method='post' action='/verzenden'><label>Naam <input "
                          "name='naam'></label><label>Datum <input name='datum'></label>"
                          "<button>Versturen</button></form>"))  # fmt: skip
    return store, page


def test_where_the_page_says_the_product_is_not_online_an_online_form_is_anothers() -> None:
    """'Online aanvragen is (nog) niet mogelijk' on the birth registration's page: the
    online form it links to under 'Zie ook' is another thing's (0); without that sentence,
    a form the product page links to is read as its own (67)."""
    store, page = _birth_page("<p>Online aanvragen is (nog) niet mogelijk.</p>")
    assert _level(store, "geboorteaangifte", page) == 0
    store, page = _birth_page("")
    assert _level(store, "geboorteaangifte", page) == 67


def test_a_tab_of_the_product_page_is_the_product_page() -> None:
    """The Wmo page's tab 'Online regelen' (`?show=online`) says 'Via internet aanvragen
    niet mogelijk' beside a 'Direct regelen' box of other products' DigiD forms: what the
    tab shows is the product page's, so the box's forms are other products' (0). A tab of
    a catalogue (`?product=2` of `?product=1`) is another page."""
    page = f"{HOME}wmo-voorziening"
    tab, form = f"{page}?show=online", f"{HOME}auth/verhuizing/digid/start"
    box = (
        f"<aside class='direct-regelen'><h2>Direct regelen</h2><ul><li><a href='{form}'>"
        "Verhuizing doorgeven</a></li></ul></aside>"
    )
    tabs = (
        f"<ul class='tabs'><li><a href='{page}'>Omschrijving</a></li><li><a href='{tab}'>"
        "Online regelen</a></li></ul>"
    )
    store = MemoryPageStore()
    store.add(titled_page(page, "Wmo-voorziening aanvragen",
                          f"{tabs}<p>Heeft u hulp nodig om zelfstandig te wonen? Dan kunt u een "
                          f"melding doen bij de gemeente.</p>{box}"))  # fmt: skip
    store.add(titled_page(tab, "Wmo-voorziening aanvragen",
                          f"{tabs}<h2>Online regelen</h2><p>Via internet aanvragen niet "
                          f"mogelijk.</p>{box}"))  # fmt: skip
    _login_start(store, form)
    assert _level(store, "wmo-voorziening", page) == 0
    from classifiers.walk import RouteWalk

    case = Case(ORG, _product("wmo-voorziening"), "found", f"{HOME}product?id=1")
    walk = RouteWalk(classifier=Classifier(store, load_rules()), case=case)
    assert walk.views_product_page(f"{HOME}product?id=1&tab=online")
    assert not walk.views_product_page(f"{HOME}product?id=2")


def _shared_loket(segments: tuple[str, str]) -> tuple[MemoryPageStore, str]:
    """Duiven's school transport page (a PDF) links to the digital counter it shares with
    Westervoort; the counter lists each municipality's forms under its name."""
    own, other = segments
    page, loket = "http://www.duiven.test/leerlingenvervoer", "http://eloket.regio.test/"
    pdf = "http://www.duiven.test/docs/aanvraag-leerlingenvervoer.pdf"
    entries = "".join(
        f"<li><strong>{name.title()}</strong>: <a href='{loket}{name}/{slug}'>{text}</a></li>"
        for name, slug, text in (
            (own, "kwijtschelding", "Verzoek kwijtschelding (DigiD)"),
            (other, "leerlingenvervoer", "Aanvraag leerlingenvervoer (DigiD)"),
        )
    )
    store = MemoryPageStore()
    store.add(titled_page(page, "Leerlingenvervoer",
                          f"<p>Download het <a href='{pdf}'>aanvraagformulier leerlingenvervoer "
                          f"(pdf)</a>. Alle formulieren vindt u in het <a href='{loket}'>"
                          "digitale loket</a>.</p>"))  # fmt: skip
    store.add(titled_page(loket, "Digitaal loket", f"<p>Formulieren.</p><ul>{entries}</ul>"))
    for name, slug in ((own, "kwijtschelding"), (other, "leerlingenvervoer")):
        url, start = f"{loket}{name}/{slug}", f"{loket}auth/{name}-{slug}/digid/start"
        store.add(
            titled_page(url, slug.title(), f"<p><a href='{start}'>Inloggen met DigiD</a></p>")
        )
        _login_start(store, start)
    store.add(Page(pdf, 200, {"content-type": "application/pdf"}, PDF))
    return store, page


def test_on_an_overview_shared_by_organisations_only_the_organisations_entries_count() -> None:
    """The counter's entry for school transport is Westervoort's ('/westervoort/...'): not
    Duiven's way (its PDF, 33). Where the entries carry no organisation's name (a counter of
    one organisation), the entry naming the product is the way (100)."""
    duiven = Organisation("GM0226", "Gemeente Duiven", "gemeente", "http://www.duiven.test/")
    store, page = _shared_loket(("duiven", "westervoort"))
    assert _level(store, "leerlingenvervoer", page, duiven) == 33
    store, page = _shared_loket(("inwoners", "burgers"))
    assert _level(store, "leerlingenvervoer", page, duiven) == 100


def test_where_the_page_says_the_product_is_not_offered_a_way_not_naming_it_is_anothers() -> None:
    """'De gemeente heft geen hondenbelasting meer' above 'Zie ook: <Hondenoverlast
    melden>': the report form is another thing's, and the product is not offered. Without
    that sentence the page is the tax's page with a form (67)."""
    page, form = f"{HOME}hond", "http://formulieren.zandvliet.test/hondenoverlast-melden"
    for statement, expected in (
        ("Sinds 2020 heft de gemeente Zandvliet geen hondenbelasting meer.", ("not_offered", None)),
        ("Heeft u een hond? Dan betaalt u hondenbelasting.", ("ok", 67)),
    ):
        store = MemoryPageStore()
        store.add(titled_page(page, "Hond",
                              f"<p>{statement}</p><p>Zie ook: <a href='{form}'>Hondenoverlast "
                              "melden</a></p>"))  # fmt: skip
        store.add(titled_page(form, "Hondenoverlast melden",
                              "<form method='post' action='/verzenden'><label>Naam <input "
                              "name='naam'></label><label>Waar <input name='waar'></label>"
                              "<button>Versturen</button></form>"))  # fmt: skip
        case = Case(ORG, _product("hondenbelasting"), "found", page)
        verdict = Classifier(store, load_rules()).classify(case)
        level = None if verdict.level is None else int(verdict.level)
        assert (verdict.status, level) == expected


def test_on_a_shared_page_a_way_naming_the_partner_is_the_partners() -> None:
    """'Horecavergunningen: exploitatie en alcohol', a page of both licences: its PDF
    'Aanvraagformulier exploitatievergunning' is the exploitation licence's (33), and
    'Aanvragen (met eHerkenning)' to '/aanvragen/alcoholvergunning' (titled so) is the
    alcohol licence's (100), not both products'. Where the partner's way is the page's only
    one, it stays both products (`test_a_page_covering_two_products_lends_its_route_to_both`)."""
    page = f"{HOME}horecavergunningen"
    pdf = f"{HOME}docs/aanvraagformulier-exploitatievergunning-horeca.pdf"
    portal = "http://loket.zandvliet-sim.test/aanvragen/alcoholvergunning"
    start = "http://loket.zandvliet-sim.test/auth/alcoholvergunning/eherkenning/start"
    store = MemoryPageStore()
    store.add(titled_page(page, "Horecavergunningen: exploitatie en alcohol",
                          f"<p>Download het <a href='{pdf}'>aanvraagformulier exploitatievergunning"
                          f" (pdf)</a>.</p><p>Alcohol schenken? <a href='{portal}'>Aanvragen (met "
                          "eHerkenning)</a></p>"))  # fmt: skip
    store.add(Page(pdf, 200, {"content-type": "application/pdf"}, PDF))
    store.add(titled_page(portal, "Alcoholvergunning", f"<a href='{start}'>Inloggen met "
                          "eHerkenning</a>"))  # fmt: skip
    store.add(Page(start, 302, {"location": SAML}, b""))
    classifier = Classifier(store, load_rules())
    exploitation, alcohol = _product("exploitatievergunning-horeca"), _product("alcoholvergunning")
    both = (
        classifier.classify(Case(ORG, exploitation, "found", page), (alcohol,)),
        classifier.classify(Case(ORG, alcohol, "found", page), (exploitation,)),
    )
    assert [int(v.level) for v in both] == [33, 100], [v.route_url for v in both]
