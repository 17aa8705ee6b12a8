"""Looking ahead from a link on the product page: what the page it leads to shows.

A 'Mijn ...' portal button or a 'DigiD aanvragen' link is the product's route only when the
page it leads to is about the product: titled like the product page, a list of forms with
an entry for the product, or a request form that names it. The route walk (`walk.py`) asks
`leads_to` with one of the checks below.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from classifiers.aboutproduct import overview_choice, same_subject
from classifiers.pagefacts import PageFacts
from digimeter.core.model import Product

if TYPE_CHECKING:
    from classifiers.classify import Classifier

Check = Callable[[PageFacts], bool]


def leads_to(classifier: Classifier, url: str, check: Check, passages: int = 1) -> bool:
    """True when the stored page at `url` passes `check`; an interstitial on the way (an
    exit notice) is looked through to its way on."""
    page, _ = classifier.resolve(url)
    facts = classifier.facts(page, hop=1) if page is not None and page.ok else None
    if facts is None:
        return False
    if check(facts):
        return True
    ways = [sub.url for sub in facts.links if "passage" in sub.reasons]
    return bool(facts.interstitial and passages and 0 < len(ways) <= 2) and any(
        leads_to(classifier, way, check, passages - 1) for way in ways
    )


def titled_like(product_title: str) -> Check:
    """The page is titled like the product page: 'Mijn Gemeente app' on the product page
    leads to the product's own form, not to a portal."""
    return lambda facts: same_subject(facts.title, product_title)


def lists_product(product: Product, product_title: str) -> Check:
    """The page is a list of routes (a forms overview) with an entry that names the product:
    'MijnGemeente APP' on the product page leads to the site's forms, where the product's
    form is one of many."""

    def lists(facts: PageFacts) -> bool:
        entries = [s for s in facts.links if not any(r.startswith("idp.") for r in s.reasons)]
        return bool(overview_choice(facts.title, entries, product, product_title))

    return lists


def shows_form_naming(rel: Callable[[str], int]) -> Check:
    """The page shows a request form whose own text names the product ('Schade melden'
    above its fields)."""
    return lambda facts: any(
        form.signal == "html_form" and rel(form.snippet) for form in facts.forms
    )
