"""'Not offered' by meaning (`classifiers.notoffered`): negation, offering verb and object."""

from __future__ import annotations

import pytest

from classifiers import load_rules
from classifiers.notoffered import not_offered_statement
from digimeter.core.configfiles import load_products

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
    ],
)  # fmt: skip
def test_restrictions_conditions_and_other_products_are_not_not_offered(
    product: str, text: str
) -> None:
    assert not_offered_statement(load_rules(), text, "http://x.test/p", PRODUCTS[product]) is None
