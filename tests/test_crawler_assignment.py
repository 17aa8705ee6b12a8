"""Pages assigned to one organisation's products together (crawler.discovery.assignment): a page
belongs to the product it fits best, the audience's section weighs in, and a page shared
by two products is allowed only when it covers both, marked for review."""

from __future__ import annotations

import pytest

from classifiers.matching import ProductMatcher
from crawler.discovery.assignment import assign
from crawler.discovery.evaluation import Evaluator
from crawler.discovery.limits import Limits
from crawler.discovery.orgcrawl import OrgCrawl
from crawler.discovery.pagereader import page_info
from crawler.discovery.products import ProductState
from tests.test_crawler_discovery import (
    ALL,
    HOME,
    ORG,
    RULES,
    cases,
    crawl_state,
    drive,
    html_page,
    product_page,
)


def states(pages: dict[str, dict[str, float]]) -> dict[str, ProductState]:
    out = {k: ProductState(ALL[k]) for k in ("bijstand", "bijzondere-bijstand", "paspoort")}
    for key, scored in pages.items():
        out[key].pages = {url: (score, 3) for url, score in scored.items()}
    return out


def test_a_page_belongs_to_the_product_it_fits_best() -> None:
    st = states(
        {
            "bijstand": {"/bijzondere-bijstand": 80.0, "/bijstand": 90.0},
            "bijzondere-bijstand": {"/bijzondere-bijstand": 95.0},
        }
    )
    assign(st, lambda url, a, b: False)
    assert st["bijstand"].best_url == "/bijstand"
    assert st["bijzondere-bijstand"].best_url == "/bijzondere-bijstand"
    assert not st["bijstand"].shared_with


def test_a_product_without_a_page_of_its_own_does_not_take_a_neighbours() -> None:
    st = states(
        {
            "bijstand": {"/bijzondere-bijstand": 80.0},
            "bijzondere-bijstand": {"/bijzondere-bijstand": 95.0},
        }
    )
    assign(st, lambda url, a, b: False)
    assert st["bijstand"].best_url == ""
    assert st["bijzondere-bijstand"].best_url == "/bijzondere-bijstand"


def test_a_page_covering_both_products_is_shared_and_marked() -> None:
    st = states({"bijstand": {"/uitkeringen": 80.0}, "bijzondere-bijstand": {"/uitkeringen": 85.0}})
    assign(st, lambda url, a, b: url == "/uitkeringen")
    assert st["bijstand"].best_url == "/uitkeringen"
    assert st["bijstand"].shared_with == "bijzondere-bijstand"
    assert st["bijzondere-bijstand"].shared_with == ""


def test_discovery_marks_a_page_titled_for_two_products_for_review() -> None:
    url = HOME + "paspoort-en-identiteitskaart"
    state = crawl_state(("paspoort", "identiteitskaart"))
    title = "Paspoort en identiteitskaart aanvragen"
    web = {
        HOME: html_page(HOME, "Welkom", f'<a href="{url}">{title}</a>'),
        url: product_page(url, title, "Een paspoort of identiteitskaart vraagt u aan."),
    }
    drive(state, web)
    found = {c.product.key: c for c in state.cases()}
    assert {k: c.product_url for k, c in found.items()} == {
        "paspoort": url,
        "identiteitskaart": url,
    }
    shared = [c for c in found.values() if c.reason.startswith("shared:")]
    assert len(shared) == 1


def test_the_businesses_page_wins_for_a_business_product() -> None:
    """Two pages of the same name: the one in the businesses' section is the page of a
    product for businesses, not the one in the residents' section."""
    citizens = HOME + "inwoners/evenement-organiseren"
    business = HOME + "ondernemers/evenement-organiseren"
    state = crawl_state(("evenementenvergunning",))
    text = "Voor een evenement heeft u een evenementenvergunning nodig."
    web = {
        HOME: html_page(
            HOME,
            "Welkom",
            f'<a href="{citizens}">Evenement organiseren</a>'
            f'<a href="{business}">Evenement organiseren</a>',
        ),
        citizens: product_page(citizens, "Evenement organiseren", text),
        business: product_page(business, "Evenement organiseren", text),
    }
    drive(state, web)
    assert cases(state)["evenementenvergunning"][:2] == ("found", business)


def test_an_information_page_goes_before_a_form() -> None:
    st = states({"paspoort": {"/formulier-paspoort": 100.0, "/paspoort": 80.0}})
    st["paspoort"].forms = {"/formulier-paspoort"}
    assign(st, lambda url, a, b: False, margin=8.0)
    assert st["paspoort"].best_url == "/paspoort"
    st = states({"paspoort": {"/formulier-paspoort": 100.0}})
    st["paspoort"].forms = {"/formulier-paspoort"}
    assign(st, lambda url, a, b: False, margin=8.0)
    assert st["paspoort"].best_url == "/formulier-paspoort"  # no information page: the form


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        # 'Schade melden' fits both products alike; one of them has a page of its own
        (
            {
                "bijstand": {"/schade-melden": 100.0, "/melding": 92.0},
                "bijzondere-bijstand": {"/schade-melden": 100.0},
            },
            {"bijstand": "/melding", "bijzondere-bijstand": "/schade-melden"},
        ),
        # 'Kan ik mijn belasting niet betalen?' fits A a little better, but A has its own
        (
            {
                "bijstand": {"/bijstand": 100.0, "/niet-betalen": 78.0},
                "bijzondere-bijstand": {"/niet-betalen": 72.0},
            },
            {"bijstand": "/bijstand", "bijzondere-bijstand": "/niet-betalen"},
        ),
    ],
)
def test_a_page_goes_to_the_product_that_has_no_other(
    pages: dict[str, dict[str, float]], expected: dict[str, str]
) -> None:
    st = states(pages)
    assign(st, lambda url, a, b: False, margin=8.0)
    assert {key: st[key].best_url for key in expected} == expected


def test_of_two_pages_alike_the_one_nearer_the_root_is_taken() -> None:
    st = states({"paspoort": {"/ondernemers/paspoort": 100.0, "/paspoort": 100.0}})
    assign(st, lambda url, a, b: False, margin=8.0)
    assert st["paspoort"].best_url == "/paspoort"


def test_a_page_about_two_products_is_shared_before_a_form_is_taken() -> None:
    st = states(
        {
            "bijstand": {"/bijstand-en-bijzondere-bijstand": 99.0},
            "bijzondere-bijstand": {
                "/bijstand-en-bijzondere-bijstand": 97.0,
                "/formulier-bijzondere-bijstand": 90.0,
            },
        }
    )
    st["bijzondere-bijstand"].forms = {"/formulier-bijzondere-bijstand"}
    assign(st, lambda url, a, b: url == "/bijstand-en-bijzondere-bijstand", margin=8.0)
    assert st["bijzondere-bijstand"].best_url == "/bijstand-en-bijzondere-bijstand"
    assert st["bijzondere-bijstand"].shared_with == "bijstand"


def test_of_two_pages_one_about_another_kind_of_request_goes_last() -> None:
    """'Klein evenement melden' fits the permit's words in full (100), 'Iets organiseren op
    straat' by its lead (88): the page about a notification goes after the one that is
    not, whatever they score; alone it is still the product's page."""
    st = states({"paspoort": {"/klein-evenement-melden": 100.0, "/iets-organiseren": 88.0}})
    st["paspoort"].other_kind = {"/klein-evenement-melden"}
    assign(st, lambda url, a, b: False, margin=8.0)
    assert st["paspoort"].best_url == "/iets-organiseren"
    alone = states({"paspoort": {"/klein-evenement-melden": 100.0}})
    alone["paspoort"].other_kind = {"/klein-evenement-melden"}
    assign(alone, lambda url, a, b: False, margin=8.0)
    assert alone["paspoort"].best_url == "/klein-evenement-melden"


def test_a_title_of_another_kind_of_request_is_recognised() -> None:
    state = crawl_state(("evenementenvergunning", "verhuismelding", "woz-bezwaar"))
    melding = page_info(html_page(HOME + "m", "Melding klein evenement"), state.ev.rules)
    permit = page_info(html_page(HOME + "v", "Evenement: vergunning of melding"), state.ev.rules)
    woz = page_info(html_page(HOME + "w", "WOZ-waarde"), state.ev.rules)
    bezwaar = page_info(html_page(HOME + "b", "Bezwaar WOZ-beschikking"), state.ev.rules)
    assert melding is not None and permit is not None and woz is not None and bezwaar
    assert state.ev.title_kinds(melding, "evenementenvergunning") == (False, True)
    assert state.ev.title_kinds(permit, "evenementenvergunning") == (True, False)
    assert state.ev.title_kinds(melding, "verhuismelding") == (True, False)
    # the objection's own kind said, or neither
    assert state.ev.title_kinds(bezwaar, "woz-bezwaar") == (True, False)
    assert state.ev.title_kinds(woz, "woz-bezwaar") == (False, False)


def test_of_two_pages_alike_the_one_titled_with_the_products_kind_goes_first() -> None:
    """'Trouwen en partnerschap' (the topic, nearer the root) and 'Melding voorgenomen
    huwelijk' both fit the notice of marriage in full: the page whose title says the
    product's kind of request (a notice) is its page."""
    melding = "/burgerzaken/melding-voorgenomen-huwelijk"
    st = states({"paspoort": {"/trouwen-en-partnerschap": 100.0, melding: 100.0}})
    assign(st, lambda url, a, b: False, margin=8.0)
    assert st["paspoort"].best_url == "/trouwen-en-partnerschap"  # nearer the root
    st["paspoort"].own_kind = {melding}
    assign(st, lambda url, a, b: False, margin=8.0)
    assert st["paspoort"].best_url == melding


def test_a_page_titled_with_the_products_own_name_goes_before_a_synonym_alike() -> None:
    """'Horecavergunning' (a word that also names the alcohol licence) scores a point above
    'Horecabedrijf exploitatievergunning' for the exploitatievergunning horeca; the page that
    names the product by its own name is its page."""
    synonym = HOME + "ondernemers/horecavergunning"
    own = HOME + "ondernemers/horecabedrijf-exploitatievergunning"
    alcohol = HOME + "ondernemers/alcoholvergunning"
    state = crawl_state(("exploitatievergunning-horeca", "alcoholvergunning"))
    web = {
        HOME: html_page(
            HOME,
            "Welkom",
            f'<a href="{synonym}">Horecavergunning</a><a href="{own}">Horecabedrijf '
            f'exploitatievergunning</a><a href="{alcohol}">Alcoholvergunning</a>',
        ),
        synonym: product_page(synonym, "Horecavergunning", "Voor uw horecazaak."),
        own: product_page(own, "Horecabedrijf exploitatievergunning", "Voor uw horecazaak."),
        alcohol: product_page(alcohol, "Alcoholvergunning", "Schenkt u alcohol?"),
    }
    drive(state, web)
    found = cases(state)
    assert found["exploitatievergunning-horeca"][:2] == ("found", own)
    assert found["alcoholvergunning"][:2] == ("found", alcohol)


def test_a_title_of_one_act_on_anothers_object_is_not_shared() -> None:
    """'Uw aanslag in termijnen betalen' (one clause, the act 'betalen') is the
    betalingsregeling's page: the belastingaanslag-bezwaar's word 'aanslag' is what is paid,
    and nothing says 'bezwaar'. A title joining two things still covers both."""
    state = crawl_state(("betalingsregeling", "belastingaanslag-bezwaar", "woz-bezwaar"))
    ev = state.ev
    assert not ev.covers_both("Uw aanslag in termijnen betalen", "belastingaanslag-bezwaar",
                              "betalingsregeling")  # fmt: skip
    assert ev.covers_both("Bezwaar tegen de WOZ-waarde en de aanslag", "woz-bezwaar",
                          "belastingaanslag-bezwaar")  # fmt: skip
    url = HOME + "belastingen/uw-aanslag-in-termijnen-betalen"
    title = "Uw aanslag in termijnen betalen"
    web = {
        HOME: html_page(HOME, "Welkom", f'<a href="{url}">{title}</a>'),
        url: product_page(url, title, "Betaal uw aanslag in tien termijnen."),
    }
    drive(state, web)
    found = {c.product.key: c.product_url for c in state.cases() if c.outcome == "found"}
    assert found == {"betalingsregeling": url}


def test_a_title_of_one_clause_without_an_act_is_the_product_it_begins_with() -> None:
    """'Betalingsregeling waterschapsbelasting' names the payment plan first and the tax it
    is about after, and no act: it is the payment plan's page, not the water levy's, though
    the water authority has no page of the levy. 'Paspoort of ID-kaart aanvragen' joins
    alternatives: both."""
    keys = ("betalingsregeling", "watersysteemheffing", "belastingkwijtschelding", "paspoort")
    ev = crawl_state((*keys, "identiteitskaart")).ev
    assert not ev.covers_both("Betalingsregeling waterschapsbelasting", "watersysteemheffing",
                              "betalingsregeling")  # fmt: skip
    assert ev.covers_both("Paspoort of ID-kaart aanvragen", "paspoort", "identiteitskaart")
    assert ev.covers_both("Betalingsregeling en kwijtschelding", "betalingsregeling",
                          "belastingkwijtschelding")  # fmt: skip
    state = crawl_state(("betalingsregeling", "watersysteemheffing"))
    url = HOME + "belastingen/betalingsregeling-waterschapsbelasting"
    title = "Betalingsregeling waterschapsbelasting"
    web = {
        HOME: html_page(HOME, "Welkom", f'<a href="{url}">{title}</a>'),
        url: product_page(url, title, "Betaal uw aanslag in termijnen."),
    }
    drive(state, web)
    found = {c.product.key: c.product_url for c in state.cases() if c.outcome == "found"}
    assert found == {"betalingsregeling": url}


def water_authority_state(keys: tuple[str, ...]) -> OrgCrawl:
    products = [ALL[k] for k in keys]
    evaluator = Evaluator(ProductMatcher(products, "waterschap", RULES), RULES)
    return OrgCrawl(ORG, products, evaluator, Limits())


@pytest.mark.parametrize("own_page", [False, True])
def test_a_page_whose_lead_names_two_products_as_its_subjects_is_shared(own_page: bool) -> None:
    """'Waterschapsbelastingen' above 'Het waterschap heft de zuiveringsheffing en de
    watersysteemheffing' is the page of both levies: the zuiveringsheffing, which has no
    page of its own, shares it (marked for review). Where it has a page of its own, that
    is its page and nothing is shared."""
    levies = HOME + "belastingen/waterschapsbelastingen"
    own = HOME + "belastingen/zuiveringsheffing"
    links = f'<a href="{levies}">Waterschapsbelastingen</a>'
    web = {
        levies: html_page(
            levies,
            "Waterschapsbelastingen",
            "<p>Het waterschap heft de zuiveringsheffing en de watersysteemheffing.</p>"
            + "<p>U krijgt elk jaar een aanslag van het belastingkantoor.</p>" * 4,
        ),
    }
    if own_page:
        links += f'<a href="{own}">Zuiveringsheffing</a>'
        web[own] = product_page(own, "Zuiveringsheffing", "Voor het zuiveren van afvalwater.")
    web[HOME] = html_page(HOME, "Welkom", links)
    state = water_authority_state(("zuiveringsheffing", "watersysteemheffing"))
    drive(state, web)
    found = {c.product.key: c for c in state.cases()}
    assert found["watersysteemheffing"].product_url == levies
    assert found["zuiveringsheffing"].product_url == (own if own_page else levies)
    shared = [c.reason for c in found.values() if c.reason.startswith("shared:")]
    assert shared == ([] if own_page else ["shared:watersysteemheffing"])


def test_a_lead_names_a_pages_subjects_together_only_side_by_side() -> None:
    """'Standplaats' above 'Wilt u met een kraam op een vaste plek buiten de weekmarkt
    staan?' names the pitch and the market in one sentence, but not together: the page is
    not the market permit's too. 'U heeft een marktvergunning of een standplaatsvergunning
    nodig' names both side by side."""
    state = crawl_state(("standplaatsvergunning", "marktvergunning"))
    lead = (
        "<p>Wilt u met een verkoopwagen of kraam op een vaste plek buiten de weekmarkt staan? "
        "Dan heeft u een standplaatsvergunning nodig.</p>"
    )
    page = page_info(html_page(HOME + "standplaats", "Standplaats", lead * 3), state.ev.rules)
    assert page is not None and state.ev.lead_covered(page) == frozenset()
    both = "<p>U heeft een marktvergunning of een standplaatsvergunning nodig.</p>"
    page = page_info(html_page(HOME + "standplaats", "Standplaats", both), state.ev.rules)
    assert page is not None
    assert state.ev.lead_covered(page) == {"standplaatsvergunning", "marktvergunning"}


def test_the_form_a_page_saying_it_is_something_else_opens_is_not_the_products() -> None:
    """'Hulp bij het huishouden' says "dit is iets anders dan <Zorg en ondersteuning (Wmo)>";
    the form its 'Online aanvragen' opens is its own thing's, however well its title fits
    the Wmo: the Wmo's page is the one the site sends the reader to."""
    loket = "http://loket.proefdorp.test/formulier/"
    own, other = HOME + "hulp-bij-het-huishouden", loket + "hulp-bij-het-huishouden"
    wmo = loket + "zorg-en-ondersteuning-wmo"
    state = crawl_state(("wmo-voorziening",))
    form = "<form method='post'><input name='naam'><button>Volgende</button></form>"
    web = {
        HOME: html_page(
            HOME,
            "Welkom",
            f'<a href="{own}">Hulp bij het huishouden</a><a href="{loket}">Formulieren</a>',
        ),
        loket: html_page(
            loket,
            "Formulieren",
            f'<ul><li><a href="{other}">Hulp bij het huishouden</a></li>'
            f'<li><a href="{wmo}">Zorg en ondersteuning (Wmo)</a></li></ul>',
        ),
        own: html_page(
            own,
            "Hulp bij het huishouden",
            f'<p>Let op: dit is iets anders dan <a href="{wmo}">Zorg en ondersteuning (Wmo)'
            f'</a>. Hieronder leest u hoe u dit regelt.</p><p><a href="{other}">Online '
            "aanvragen</a></p>",
        ),
        other: html_page(other, "Hulp bij het huishouden", form),
        wmo: html_page(wmo, "Zorg en ondersteuning (Wmo)", form),
    }
    drive(state, web)
    assert cases(state)["wmo-voorziening"][:2] == ("found", wmo)


def test_a_product_without_a_page_shares_one_that_fits_it_alike() -> None:
    """'Horecavergunningen' fits the bar licence (97) and the alcohol licence (96) alike:
    the bar licence takes it, and the alcohol licence, which has no page of its own,
    shares it (marked for review). A point further apart, it does not."""
    for other, shared in ((96.0, True), (95.0, False)):
        st = states({"bijstand": {"/horeca": 97.0}, "bijzondere-bijstand": {"/horeca": other}})
        assign(st, lambda url, a, b: False)
        assert st["bijstand"].best_url == "/horeca"
        assert (st["bijzondere-bijstand"].best_url == "/horeca") is shared
        assert (st["bijzondere-bijstand"].shared_with == "bijstand") is shared
