"""'Not offered' by meaning (`classifiers.notoffered`): negation, offering verb and object."""

from __future__ import annotations

import pytest

from classifiers import load_rules
from classifiers.notoffered import not_offered_statement
from classifiers.pagefacts import analyze_html
from digimeter.core.configfiles import load_products
from digimeter.core.pages import Page

PRODUCTS = {p.key: p for p in load_products()}


@pytest.mark.parametrize(
    ("product", "text"),
    [
        ("reclamebelasting", "De gemeente Ommeland heft geen reclamebelasting. Borden mogen wel."),
        ("winkeltijdenontheffing", "Winkels bepalen zelf hun openingstijden. U hoeft daarom geen "
         "ontheffing aan te vragen; die geven wij ook niet meer af."),
        ("parkeervergunning", "Een parkeervergunning is in het centrum niet nodig en kunt u bij "
         "de gemeente Ommeland ook niet aanvragen."),
        ("hondenbelasting", "Ommeland heft sinds 1 januari 2019 geen hondenbelasting meer."),
        ("parkeervergunning", "Er zijn geen vergunninggebieden; u kunt daarom geen "
         "parkeervergunning aanvragen."),
        ("evenementenvergunning", "De provincie verleent geen evenementenvergunningen."),
        ("hondenbelasting", "U hoeft uw hond niet meer aan of af te melden bij de gemeente."),
        ("terrasvergunning", "Voor een terras bij uw zaak heeft u geen aparte vergunning nodig."),
        # other words and other forms of the verb (lemmas), the object elsewhere in the sentence
        ("marktvergunning", "Ommeland heeft geen weekmarkt."),
        ("marktvergunning", "Er worden geen plaatsen op een markt uitgegeven."),
        ("ligplaatsvergunning", "Er zijn in Ommeland geen ligplaatsen voor woonboten."),
        ("terrasvergunning", "De terrasvergunning is in 2020 afgeschaft."),
        ("reclamebelasting", "U betaalt geen reclamebelasting; die is per 2021 opgeheven."),
        ("reclamebelasting", "Ommeland kent geen belasting op reclame-uitingen."),
        ("hondenbelasting", "Sinds 2019 heft Ommeland geen belasting meer op het houden van "
         "honden."),
        ("collectevergunning", "Voor een collecte heeft u in Ommeland geen vergunning meer nodig."),
        ("winkeltijdenontheffing", "Een ontheffing van de winkeltijden is niet nodig en wordt niet "
         "verleend."),
        ("hondenbelasting", "U hoeft uw hond niet meer bij ons aan te melden."),
        ("collectevergunning", "Collecteren is in Ommeland vergunningvrij. U hoeft hiervoor niets "
         "te doen."),
        # 'voor bouwen' restates what the permit is for ('voor' names no other product)
        ("omgevingsvergunning", "Ommeland geeft geen omgevingsvergunning voor bouwen af."),
        # what the product is about is not the organisation's to manage ('wegen', its object)
        ("wegvergunning-provinciaal", "Delfland beheert geen wegen. Voor wegen is de gemeente "
         "verantwoordelijk."),
        ("wegvergunning-provinciaal", "Het waterschap heft geen wegenheffing: wij beheren geen "
         "wegen."),
        ("parkeervergunning", "In Ommeland is parkeren overal gratis; een parkeervergunning "
         "bestaat niet."),
        ("reclamebelasting", "In Ommeland betaalt u geen reclamebelasting."),
        # one of several things negated, not the last
        ("reclamebelasting", "De gemeente Ommeland heft geen reclamebelasting en geen "
         "precariobelasting."),
        ("hondenbelasting", "Wij heffen geen toeristenbelasting, geen hondenbelasting en geen "
         "precariobelasting."),
        # where: the organisation's own area, no restriction ('in onze gemeente')
        ("parkeervergunning", "Een bewonersvergunning bestaat daarom niet in onze gemeente."),
        # a colon ends the clause; what follows says why
        ("ligplaatsvergunning", "In de gemeente Ommeland kunt u geen ligplaatsvergunning "
         "aanvragen: de vaarten zijn in beheer van het hoogheemraadschap."),
        # nothing to request, said without 'meer' or 'geen'
        ("winkeltijdenontheffing", "Een ontheffing van de winkeltijden hoeft u niet aan te "
         "vragen."),
    ],
)  # fmt: skip
def test_not_offered_in_other_words(product: str, text: str) -> None:
    finding = not_offered_statement(load_rules(), text, "http://x.test/p", PRODUCTS[product])
    assert finding is not None and finding.signal == "not_offered_text"
    assert finding.rule.startswith("not_offered.")


@pytest.mark.parametrize(
    ("product", "text"),
    [
        ("hondenbelasting", "Als u geen hond meer heeft, meldt u de hond af."),
        ("parkeervergunning", "U kunt de parkeervergunning niet online aanvragen."),
        ("evenementenvergunning", "U hoeft geen vergunning aan te vragen als het klein is."),
        ("belastingkwijtschelding", "Kwijtschelding is niet mogelijk voor de hondenbelasting."),
        ("evenementenvergunning", "Wij verlenen geen vergunning als u te laat bent."),
        ("paspoort", "U kunt een paspoort niet aanvragen zonder afspraak."),
        ("hondenbelasting", "U betaalt geen hondenbelasting voor een hulphond."),
        ("hondenbelasting", "Wij heffen geen hondenbelasting voor hulphonden."),
        ("bijstand", "Heeft u geen inkomen? Dan kunt u bijstand aanvragen."),
        ("subsidie", "U kunt geen subsidie aanvragen voor activiteiten die al zijn begonnen."),
        ("parkeervergunning", "De gemeente heft geen reclamebelasting."),  # another product
        ("evenementenvergunning", "Voor een klein evenement heeft u geen vergunning nodig."),
        ("parkeervergunning", "Er zijn geen kosten verbonden aan de parkeervergunning."),
        ("hondenbelasting", "De hondenbelasting wordt per 2027 afgeschaft."),  # a plan
        ("verhuismelding", "Verhuist u binnen Ommeland? U hoeft niets te doen."),  # a question
        ("paspoort", "U hoeft uw oude paspoort niet mee te nemen."),
        ("marktvergunning", "Voor een collecte heeft u geen vergunning meer nodig."),  # another
        ("terrasvergunning", "De hondenbelasting is afgeschaft. U hoeft uw hond niet meer aan te "
         "melden."),  # the sentence before names another product
        ("reclamebelasting", "U hoeft voor de reclamebelasting niets aan te vragen."),  # levied
        # headings run into one sentence: 'nodig' of one, 'geen' of another
        ("omgevingsvergunning", "Aanvragen in het Omgevingsloket Wat heeft u nodig een "
         "beschrijving Kosten Aan de aanvraag zijn geen kosten verbonden."),
        ("parkeervergunning", "Uw parkeervergunning wordt elk jaar verlengd. U hoeft geen "
         "nieuwe vergunning aan te vragen."),
        ("hondenbelasting", "Wij heffen geen hondenbelasting voor hulphonden en "
         "blindengeleidehonden."),
        ("wegvergunning-provinciaal", "Het waterschap beheert de wegen in de polder."),
        ("wegvergunning-provinciaal", "Wij beheren geen wegen in de bebouwde kom."),  # some
        ("parkeervergunning", "Een parkeervergunning bestaat niet voor bezoekers."),
        ("parkeervergunning", "U betaalt geen kosten voor de parkeervergunning."),
        ("hondenbelasting", "Als u geen hond heeft, betaalt u geen hondenbelasting."),
        ("hondenbelasting", "Wij heffen geen hondenbelasting voor hulphonden en geen "
         "precariobelasting."),
        # some of the things, not the product: a restriction
        ("bouwdossier-inzage", "Sommige tekeningen mogen om veiligheidsredenen niet worden "
         "verstrekt."),
        ("parkeervergunning", "Een bewonersvergunning bestaat niet in de binnenstad."),  # a part
        ("winkeltijdenontheffing", "Een ontheffing hoeft u niet aan te vragen bij de "
         "provincie."),  # elsewhere
        ("paspoort", "Een paspoort hoeft u niet opnieuw aan te vragen."),  # a renewal
        ("ligplaatsvergunning", "U hoeft de ligplaatsvergunning niet aan te vragen als u een "
         "kleine boot heeft."),  # a condition
    ],
)  # fmt: skip
def test_restrictions_conditions_and_other_products_are_not_not_offered(
    product: str, text: str
) -> None:
    assert not_offered_statement(load_rules(), text, "http://x.test/p", PRODUCTS[product]) is None


def test_a_heading_runs_into_no_sentence_of_the_text_below_it() -> None:
    """'Bouwen en wonen langs water' (a heading) and 'Waterschap Limburg geeft geen
    omgevingsvergunningen voor bouwen af.' are two sentences: read as one, the heading's
    'water' would make the sentence about another product."""
    body = (
        "<html><body><main><h1>Bouwen en wonen langs water</h1><p>Waterschap Limburg geeft "
        "geen <b>omgevingsvergunningen</b> voor bouwen af. Daarvoor is de gemeente het bevoegd "
        "gezag.</p></main></body></html>"
    )
    page = Page("http://x.test/bouwen", 200, {"content-type": "text/html"}, body.encode())
    facts = analyze_html(load_rules(), page, hop=0)
    assert facts is not None
    assert facts.main_text.splitlines()[0] == "Bouwen en wonen langs water"
    finding = not_offered_statement(
        load_rules(), facts.main_text, page.url, PRODUCTS["omgevingsvergunning"]
    )
    assert finding is not None
    assert finding.snippet.startswith("Waterschap Limburg geeft geen omgevingsvergunningen")


def test_a_heading_names_the_subject_of_the_sentences_under_it() -> None:
    """'Koopzondagen in Ommeland' above 'U hoeft daarvoor geen ontheffing aan te vragen': the
    heading says what needs no exemption. Read with one line per block, the heading still
    counts (the text is read with it running into the sentence under it too)."""
    body = (
        "<html><body><main><h1>Koopzondagen in Ommeland</h1><p>Winkels in Ommeland mogen op "
        "alle zondagen open. U hoeft daarvoor geen ontheffing aan te vragen; de gemeente "
        "verleent deze ontheffing niet meer.</p></main></body></html>"
    )
    page = Page("http://x.test/koopzondagen", 200, {"content-type": "text/html"}, body.encode())
    facts = analyze_html(load_rules(), page, hop=0)
    assert facts is not None and "\n" in facts.main_text
    product = PRODUCTS["winkeltijdenontheffing"]
    assert not_offered_statement(load_rules(), facts.main_text, page.url, product) is not None


@pytest.mark.parametrize(
    ("title", "text", "said"),
    [
        # a sentence that names nothing but a kind of product, under a title that names it
        ("Winkeltijden", "Winkels mogen elke dag open. U hoeft hiervoor niets aan te vragen; "
         "ontheffingen worden niet meer verleend.", True),
        ("Winkels op zondag", "Zondagsopenstelling is toegestaan. U hoeft daarvoor niets aan "
         "te vragen; een ontheffing bestaat niet meer.", True),
        # a word pointing back at what the page is about ('hiervoor': the Sunday opening)
        ("Winkeltijden en koopzondagen", "Winkels mogen elke zondag open. U heeft hiervoor "
         "geen ontheffing nodig.", True),
        # ... not under a title of something else, nor a sentence that restricts it
        ("Markten", "Ontheffingen worden niet meer verleend.", False),
        ("Winkeltijden", "In het centrum worden ontheffingen niet meer verleend.", False),
        ("Winkeltijden", "Er zijn geen kosten. Inloggen is niet nodig.", False),
        ("Winkeltijden", "Er zijn geen kosten verbonden aan de ontheffing.", False),
    ],
)  # fmt: skip
def test_a_bare_sentence_denies_what_the_page_title_names(
    title: str, text: str, said: bool
) -> None:
    product = PRODUCTS["winkeltijdenontheffing"]
    finding = not_offered_statement(load_rules(), text, "http://x.test/p", product, title)
    assert (finding is not None) == said
    assert not_offered_statement(load_rules(), text, "http://x.test/p", product) is None
