"""A variant's way on the product page (`classifiers.variants`), and a script-built button's
`<noscript>` fallback link (`classifiers.html.is_furniture`)."""

from __future__ import annotations

import pytest
from test_classifiers_routes import titled_page

from classifiers import load_rules
from classifiers.classify import Classifier
from classifiers.variants import subject_words
from digimeter.core.configfiles import load_products
from digimeter.core.model import Case, Organisation, Product
from digimeter.core.pages import MemoryPageStore, Page

HOME = "http://www.zandvliet.test/"
ORG = Organisation("GM9999", "Gemeente Zandvliet", "gemeente", HOME)
SAML = "http://digid-sim.test/saml/idp/request_authentication?SAMLRequest=x"


def _products() -> dict[str, Product]:
    return {p.key: p for p in load_products()}


@pytest.mark.parametrize(
    ("text", "key", "words"),
    [
        ("Melding incidentele festiviteit", "geluidsontheffing", ["incidentele", "festiviteit"]),
        ("Mantelzorgwaardering aanvragen", "wmo-voorziening", ["mantelzorgwaardering"]),
        ("Aanvraagformulier geluidsontheffing (pdf, 1 kB)", "geluidsontheffing", []),
        ("Vul eerst een reactieformulier in", "woz-bezwaar", []),  # a form's compound
        ("Naar het E-loket (alle formulieren)", "subsidie", []),  # 'loket' is common
        ("Download het formulier en stuur het op", "geluidsontheffing", []),
        ("Inloggen bij Mijn Zandvliet", "geluidsontheffing", []),  # the organisation's name
    ],
)
def test_a_links_words_name_a_subject_of_their_own_when_rare_and_not_the_products(
    text: str, key: str, words: list[str]
) -> None:
    assert subject_words(text, _products()[key], "Geluidsontheffing Gemeente Zandvliet") == words


def _noise_page(own_way: str) -> tuple[MemoryPageStore, str, str]:
    """The noise exemption's page: `own_way`, and a 'Let op' box with the form of a
    neighbouring case (an incidental party in a bar: a notice, not this exemption)."""
    page, form = f"{HOME}geluidsontheffing", f"{HOME}formulier/melding-incidentele-festiviteit"
    pdf = f"{HOME}documenten/aanvraagformulier-geluidsontheffing.pdf"
    store = MemoryPageStore()
    store.add(titled_page(page, "Geluidsontheffing aanvragen",
                          "<p>Wilt u tijdelijk meer geluid maken dan is toegestaan? Dan heeft u "
                          "een ontheffing nodig.</p><p><strong>Let op:</strong> Geeft u een feest "
                          "in uw horecazaak? Dan volstaat een melding. Daarvoor gebruikt u het "
                          f"formulier <a href='{form}'>Melding incidentele festiviteit</a>.</p>"
                          + own_way.format(pdf=pdf)))  # fmt: skip
    store.add(titled_page(form, "Melding incidentele festiviteit",
                          "<form method='post' action='/verzenden'><label>Naam <input "
                          "name='naam'></label><label>Datum <input name='datum'></label>"
                          "<button>Versturen</button></form>"))  # fmt: skip
    store.add(Page(pdf, 200, {"content-type": "application/pdf"}, b"%PDF-1.4\n%%EOF\n"))
    return store, page, pdf


def test_a_form_for_a_variant_beside_the_products_own_way_is_no_route() -> None:
    """Beside 'Aanvraagformulier geluidsontheffing (pdf)', the form 'Melding incidentele
    festiviteit' names a subject of its own: a variant's way, so the product stays at its
    printable form (33). Without the product's own way on the page, the words of one link
    settle nothing, and the form counts (67)."""
    products = _products()
    own = "<p><a href='{pdf}'>Aanvraagformulier geluidsontheffing (pdf, 1 kB)</a></p>"
    store, page, pdf = _noise_page(own)
    verdict = Classifier(store, load_rules()).classify(
        Case(ORG, products["geluidsontheffing"], "found", page)
    )
    assert (verdict.level, verdict.route_url) == (33, pdf)
    store, page, _ = _noise_page("")
    verdict = Classifier(store, load_rules()).classify(
        Case(ORG, products["geluidsontheffing"], "found", page)
    )
    assert verdict.level == 67


def test_a_script_built_login_buttons_noscript_link_is_a_way_on() -> None:
    """A PDC page builds its DigiD button with a script from a data attribute; the
    `<noscript>` beside it holds the same login as a link: what a person clicks (100; 0
    without it, the data attribute alone names no way on). A `<noscript>` without a link
    ('Schakel JavaScript in') stays furniture."""
    from classifiers.html import main_content, parse_html

    products = _products()
    page, start = f"{HOME}pdc/product/848", f"{HOME}auth/uitkering-aanvragen/digid/start"
    fallback = f"<noscript><p><a href='{start}'>Inloggen met DigiD</a></p></noscript>"
    levels = []
    for noscript in (fallback, ""):
        store = MemoryPageStore()
        store.add(titled_page(page, "Uitkering aanvragen",
                              "<p>Heeft u niet genoeg inkomen om van te leven? Dan kunt u "
                              "misschien een bijstandsuitkering krijgen.</p><h3>Aanpak</h3><div "
                              f"class='inlog-knop' data-login-url='{start}'></div>{noscript}"
                              f"<script src='{HOME}static/inloggen.js'></script>"))  # fmt: skip
        store.add(Page(start, 302, {"location": SAML}, b""))
        case = Case(ORG, products["bijstand"], "found", page)
        levels.append(Classifier(store, load_rules()).classify(case).level)
    assert levels == [100, 0]
    shown = titled_page(
        page,
        "Uitkering aanvragen",
        "<p>Vraag het aan.</p><noscript>Schakel JavaScript in.</noscript>",
    )
    tree = parse_html(shown)
    assert tree is not None and "JavaScript" not in main_content(tree).text_content()


def test_a_link_the_page_points_to_as_related_is_a_variants_way_when_it_names_a_subject() -> None:
    """A counter-only Wmo page: 'Zie ook: <Mantelzorgwaardering aanvragen>' points to a
    related subject of its own (0); the same form under 'Vraag het aan:' is read as the
    product's (67)."""
    page, form = f"{HOME}wmo", "http://formulieren.zandvliet.test/f/77"
    levels = []
    for lead in ("Zie ook:", "Vraag het aan:"):
        store = MemoryPageStore()
        store.add(titled_page(page, "Wmo-voorziening aanvragen",
                              "<p>Heeft u hulp nodig? Bel het Wmo-loket.</p>"
                              f"<p>{lead} <a href='{form}'>Mantelzorgwaardering aanvragen</a>"
                              "</p>"))  # fmt: skip
        store.add(titled_page(form, "Formulier",
                              "<form method='post' action='/verzenden'><label>Naam <input "
                              "name='naam'></label><label>Datum <input name='datum'></label>"
                              "<button>Versturen</button></form>"))  # fmt: skip
        case = Case(ORG, _products()["wmo-voorziening"], "found", page)
        levels.append(int(Classifier(store, load_rules()).classify(case).level))
    assert levels == [0, 67]
