"""Is a link or text about a product? The route side's one door to the product matcher.

The route walk and the crawler's route follower ask only this module. Which entry of a
list of forms is the product's is decided by the one product matcher
(`classifiers.matching.ProductMatcher`, Dutch morphology over products.csv), as discovery
decides which page is the product's.

* `relevance(text, product)`: 2 the text names the product, 1 another of its terms, 0 none;
* `link_relevance(text, url, product)`: the same for a link, its URL's words counting less;
* `specificity(text, product)`: how specifically a text names the product (its words
  weighted by how few products of `config/products.csv` use them);
* `choose_links(links, product)` / `overview_choice(title, links, product)`: on a page that
  lists routes (an overview of forms), the entries the matcher ranks the product first for
  (`fits_best`): the route goes on through them only;
* `names_another(text, product)`: the text names another product more specifically;
  `names_another_by_name`: by its name or main term;
* `disowns(text, product)`: the text says it is something else than the product;
* `same_subject(title, other)`: two titles name the same thing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol, TypeVar
from urllib.parse import unquote, urlsplit

from classifiers import hosts
from classifiers.matching import GENERIC_WORDS, ProductMatcher
from classifiers.matchrules import load_rules as load_match_rules
from digimeter.core.configfiles import load_products
from digimeter.core.model import Product

__all__ = [
    "choose_links", "content_words", "disowns", "fits_best", "link_relevance", "named_in",
    "nameless_words", "names_another", "names_another_by_name", "names_narrower",
    "overview_choice", "prepare", "relevance", "requested_as_named", "same_subject",
    "specificity",
]  # fmt: skip

#: At most this many links of a list are taken for one product.
MAX_CHOSEN = 3
#: A chosen link holds at least one word that at most a few products use (log(67/4) = 2.8).
MIN_SPECIFIC = 2.0
#: A list entry's URL words count this share of its text's
URL_SHARE = 0.9
#: A word of a narrower product's name names it only with this many letters or more
NARROWING_LETTERS = 6


class _Link(Protocol):
    @property
    def url(self) -> str: ...
    @property
    def text(self) -> str: ...


L = TypeVar("L", bound=_Link)


def relevance(text: str, product: Product) -> int:
    """2 when the text names the product (its name or main term), 1 another term, else 0."""
    return hosts.relevance(text, product) if text else 0


def url_words(url: str, *, query: bool = True) -> str:
    """A URL's path and query as words (`/producten/evenement-aanvragen?id=3` -> words)."""
    parts = urlsplit(url)
    where = f"{parts.path} {parts.query}" if query else parts.path
    return re.sub(r"[/_\-.+=&?]+", " ", unquote(where)).strip()


def link_relevance(text: str, url: str, product: Product) -> int:
    """A link's relevance: its text's, or its URL's words' when the text says nothing."""
    return relevance(text, product) or min(1, relevance(url_words(url), product))


@lru_cache(maxsize=1)
def _catalogue() -> tuple[Product, ...]:
    """The measured products (config/products.csv), for how specific a word is."""
    try:
        return tuple(load_products())
    except (OSError, ValueError):
        return ()


@lru_cache(maxsize=4096)
def _weights(product: Product) -> tuple[tuple[re.Pattern[str], float], ...]:
    """The product's distinctive words with their specificity: log(products / products
    whose terms hold the word), so 'overlijden' weighs more than 'aangeven'."""
    catalogue = {p.key: p for p in (*_catalogue(), product)}
    words_of = {key: _words(p) for key, p in catalogue.items()}
    out = []
    for word in words_of[product.key]:
        share = sum(1 for words in words_of.values() if word in words)
        # a short word must end there (an inflection aside): 'hond' is not 'hondsdagen'
        end = r"(en|s|e|n)?\b" if len(word) < 6 else ""
        pattern = re.compile(r"\b" + re.escape(word) + end, re.I)
        out.append((pattern, math.log(len(catalogue) / share)))
    return tuple(out)


@lru_cache(maxsize=4096)
def _words(product: Product) -> frozenset[str]:
    """The words of the product's name and search terms (4+ letters, not generic, not one of
    the discovery tables' stopwords: 'voor' in 'Betalingsregeling voor belastingen
    aanvragen' names nothing, so 'geen omgevingsvergunning voor bouwen' is not about it),
    and its short names: a search term that is one word of three letters ('vog', 'wmo')."""
    phrases = [t.lower() for t in (*product.search_terms, product.name_nl) if t]
    words = {w for phrase in phrases for w in content_words(phrase)}
    short = {t.strip().lower() for t in product.search_terms if re.fullmatch(r"\s*\w{3}\s*", t)}
    return frozenset(words | (short - nameless_words()))


@lru_cache(maxsize=1)
def nameless_words() -> frozenset[str]:
    """Words that name no product: the generic words of titles ('aanvragen') and the
    discovery tables' stopwords ('voor')."""
    return GENERIC_WORDS | load_match_rules().stopwords


def content_words(phrase: str) -> list[str]:
    """The words of a lower-case phrase that may name a product: 4+ letters, not nameless."""
    return [w for w in re.findall(r"[a-z0-9à-ÿ]{4,}", phrase) if w not in nameless_words()]


def specificity(text: str, product: Product) -> float:
    """How specifically a text names the product: the summed specificity of its words."""
    return sum(weight for pattern, weight in _weights(product) if pattern.search(text))


def overview_choice(
    title: str, links: Sequence[L], product: Product, product_title: str = ""
) -> list[L]:
    """The links a route takes through a page that lists routes (an overview of forms, a
    digital counter) for the product: those naming it, when the page's title does not
    (a page titled for the product is followed as the product's own); where none does,
    the entry titled like the product page (`product_title`: 'Horecabedrijf starten' on
    the page and in the e-loket, the activity for the exploitatievergunning); [] else."""
    if relevance(title, product):
        return []
    chosen = choose_links(links, product)
    if not chosen and product_title:
        chosen = [link for link in links if same_subject(link.text, product_title)]
    return chosen[:MAX_CHOSEN]


def _title_words(title: str) -> frozenset[str]:
    words = re.findall(r"[a-z0-9à-ÿ]{4,}", title.lower())
    return frozenset(w for w in words if w not in GENERIC_WORDS)


def same_subject(title: str, other: str) -> bool:
    """True when two page titles name the same thing: their distinctive words (4+ letters,
    not generic) are mostly shared ('Melding woon en leefomgeving' twice), or they are the
    same words ('Melding doen' twice: generic words, but the same title). A label before a
    colon says how, not what: 'Aanvragen met eHerkenning: Ontheffing stiltegebied' names
    'Ontheffing stiltegebied'."""
    subject = title.rsplit(": ", 1)[-1]
    if subject != title and same_subject(subject, other):
        return True
    if re.findall(r"\w+", title.lower()) == re.findall(r"\w+", other.lower()) and title.strip():
        return True
    a, b = _title_words(title), _title_words(other)
    return bool(a and b) and len(a & b) / len(a | b) >= 0.6


def named_in(title: str, text: str) -> bool:
    """True when every distinctive word of a title (4+ letters, not generic) is in the text:
    an address '/formulier/melding-woon-en-leefomgeving/inloggen' names the page 'Melding
    woon en leefomgeving'."""
    words = _title_words(title)
    return bool(words) and words <= _title_words(text)


def names_another(text: str, product: Product) -> bool:
    """True when the text names another product, more specifically than this one ('Verhuizing
    doorgeven' for geboorteaangifte): a page so titled belongs to that product."""
    mine = specificity(text, product)
    return any(
        p.key != product.key and (score := specificity(text, p)) >= MIN_SPECIFIC and score > mine
        for p in _catalogue()
    )


def names_another_by_name(text: str, product: Product) -> bool:
    """True when the text names another product by its name or main term ('Melding
    openbare ruimte', 'Klacht indienen'), not merely by a word of it ('digitale aangifte')."""
    return any(p.key != product.key and relevance(text, p) >= 2 for p in _catalogue())


def names_narrower(text: str, product: Product) -> bool:
    """True when the text names a narrower kind of the product: one whose name holds every
    word of this one's and more, and the text holds a word of that more ('Bezwaar tegen uw
    belastingaanslag of WOZ-waarde?' before 'Maak digitaal bezwaar met DigiD' on the page
    about objecting to a decision of the municipality). Only words of six letters or more
    count as that more: 'tegen' of 'Bezwaar maken tegen de WOZ-waarde' names nothing."""
    own = _name_words(product)
    words = set(re.findall(r"[a-z0-9à-ÿ]+", text.lower()))
    return bool(own) and any(
        p.key != product.key
        and own < _name_words(p)
        and relevance(text, p)
        and any(len(w) >= NARROWING_LETTERS and w in words for w in _name_words(p) - own)
        for p in _catalogue()
    )


def names_sibling(text: str, product: Product) -> bool:
    """True when the text names another product by name and more specifically, and leaves
    out a word of this one's name that the other's lacks: 'Bijstandsuitkering aanvragen
    (DigiD)' on the page of 'Bijzondere bijstand' ('bijzondere' is missing) is the
    benefit's way. Not where this product is requested as the other ('Omgevingsvergunning
    aanvragen' on an exit permit's page, whose objects name the other by all the words of
    its name: 'omgevingsvergunning uitweg')."""
    low = text.lower()
    missing = {w for w in _name_words(product) if w not in low}
    if not missing:
        return False
    mine = specificity(text, product)
    own = set(
        re.findall(r"[a-z0-9à-ÿ-]+", " ".join((*product.search_terms, *product.objects)).lower())
    )
    return any(
        p.key != product.key
        and not missing & _name_words(p)
        and not _name_words(p) <= own
        and relevance(text, p) >= 2
        and specificity(text, p) > mine
        for p in _catalogue()
    )


@lru_cache(maxsize=4096)
def _name_words(product: Product) -> frozenset[str]:
    return frozenset(content_words(product.name_nl.lower()))


def requested_as_named(text: str, product: Product) -> bool:
    """True when the text names by name another product that the product's own terms say it
    is requested as: 'Omgevingsvergunning aanvragen' on the exit permit's page, whose
    objects hold 'omgevingsvergunning uitweg'."""
    own = " ".join(t.lower() for t in (*product.search_terms, *product.objects))
    return any(
        p.key != product.key
        and p.search_terms
        and relevance(text, p) >= 2
        and re.search(rf"\b{re.escape(p.search_terms[0].lower())}\b", own) is not None
        for p in _catalogue()
    )


def disowns(text: str, product: Product) -> bool:
    """True when the text says it is something else than the product: 'Dit is iets anders
    dan een evenementenvergunning' on the page a permit's page sends the reader to for a
    small event's notification (the discovery tables' `not_the_same`, followed in the same
    sentence by words of the product)."""
    if not text:
        return False
    for said in load_match_rules().pattern("not_the_same").finditer(text):
        rest = re.split(r"[.!?]", text[said.end() :], maxsplit=1)[0]
        if relevance(rest, product):
            return True
    return False


@lru_cache(maxsize=1)
def _catalogue_matcher() -> ProductMatcher:
    """The one product matcher (`classifiers.matching`) over every measured product, built
    once (building it reads every product's terms)."""
    return ProductMatcher(list(_catalogue()), "", load_match_rules())


def prepare() -> None:
    """Build the catalogue's matcher now (a third of a second), before a crawl starts,
    rather than inside it at the first overview page."""
    _catalogue_matcher()


@lru_cache(maxsize=64)
def _matcher(product: Product) -> ProductMatcher:
    """The catalogue's matcher, or one that holds this product too where the catalogue
    does not (a product list of one's own)."""
    matcher = _catalogue_matcher()
    if matcher.by_key.get(product.key) == product:
        return matcher
    catalogue = {p.key: p for p in (*_catalogue(), product)}
    return ProductMatcher(list(catalogue.values()), "", load_match_rules())


def fits_best(text: str, url: str, product: Product) -> float:
    """The matcher's score of a list entry for the product (its text's, or its URL's words'
    a little less), or 0 when it scores below the discovery tables'
    `candidate` or another product scores higher ('Overlijden aangeven' is not the
    geboorteaangifte entry though both say 'aangeven')."""
    matcher = _matcher(product)
    # a title naming two products ('Gehandicaptenparkeerkaart en -plaats') is each one's
    shared = matcher.shared_title(text) if text else {}
    top = max(shared.values(), default=0.0)
    scores = {**matcher.score_text(text), **dict.fromkeys(shared, top)} if text else {}
    for key, score in matcher.score_url(url).items():  # 'Doorgaan' to /klacht-indienen
        scores[key] = max(scores.get(key, 0.0), URL_SHARE * score)
    mine = scores.get(product.key, 0.0)
    if mine < matcher.rules.thresholds["candidate"]:
        return 0.0
    return 0.0 if any(score > mine for score in scores.values()) else mine


def choose_links(links: Sequence[L], product: Product) -> list[L]:
    """The entries of a list that name the product best (none when none does): the one
    matcher ranks the product first for the entry's words (`fits_best`); of several, those
    within the discovery tables' `margin` of the best, at most MAX_CHOSEN."""
    scored = [(fits_best(link.text, link.url, product), link) for link in links]
    best = max((score for score, _ in scored), default=0.0)
    if best <= 0:
        return []
    # entries alike but for their route's words ('(DigiD)', '(pdf)') are all the product's
    near = best - _matcher(product).rules.thresholds["margin"]
    chosen = [(s, n, link) for n, (s, link) in enumerate(scored) if s > 0 and s >= near]
    # best first: of routes alike, the one taken first is the route shown
    return [link for _, _, link in sorted(chosen, key=lambda c: (-c[0], c[1]))][:MAX_CHOSEN]
