"""Is a link or text about a product? The route side's one door to the product matcher.

The route walk and the crawler's route follower ask only this module, so the matcher
behind it (today `classifiers.hosts.relevance`) can be swapped for the one rules-driven
product matcher without touching them.

* `relevance(text, product)`: 2 the text names the product, 1 another of its terms, 0 none;
* `link_relevance(text, url, product)`: the same for a link, its URL's words counting less;
* `specificity(text, product)`: how specifically a text names the product (its words
  weighted by how few products of `config/products.csv` use them);
* `choose_links(links, product)` / `overview_choice(title, links, product)`: on a page that
  lists routes (an overview of forms), the links that name the product and fit no other
  product better: the route goes on through them only;
* `names_another(text, product)`: the text names another product more specifically.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol, TypeVar
from urllib.parse import unquote, urlsplit

from classifiers import hosts
from digimeter.core.configfiles import load_products
from digimeter.core.model import Product

__all__ = [
    "choose_links", "fits_best", "link_relevance", "names_another", "overview_choice",
    "relevance", "specificity",
]  # fmt: skip

#: At most this many links of a list are taken for one product.
MAX_CHOSEN = 3
#: A chosen link holds at least one word that at most a few products use (log(67/4) = 2.8).
MIN_SPECIFIC = 2.0


class _Link(Protocol):
    @property
    def url(self) -> str: ...
    @property
    def text(self) -> str: ...


L = TypeVar("L", bound=_Link)


def relevance(text: str, product: Product) -> int:
    """2 when the text names the product (its name or main term), 1 another term, else 0."""
    return hosts.relevance(text, product) if text else 0


def url_words(url: str) -> str:
    """A URL's path and query as words (`/producten/evenement-aanvragen?id=3` -> words)."""
    parts = urlsplit(url)
    return re.sub(r"[/_\-.+=&?]+", " ", unquote(f"{parts.path} {parts.query}")).strip()


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
    """The words of the product's name and search terms (4+ letters, not generic)."""
    phrases = [t.lower() for t in (*product.search_terms, product.name_nl) if t]
    return frozenset(
        w
        for phrase in phrases
        for w in re.findall(r"[a-z0-9à-ÿ]+", phrase)
        if len(w) >= 4 and w not in hosts.GENERIC_WORDS
    )


def specificity(text: str, product: Product) -> float:
    """How specifically a text names the product: the summed specificity of its words."""
    return sum(weight for pattern, weight in _weights(product) if pattern.search(text))


def overview_choice(title: str, links: Sequence[L], product: Product) -> list[L]:
    """The links a route takes through a page that lists routes (an overview of forms, a
    digital counter) for the product: those naming it, when the page's title does not
    (a page titled for the product is followed as the product's own); [] otherwise."""
    if relevance(title, product):
        return []
    return choose_links(links, product)


def fits_best(text: str, product: Product) -> float:
    """The text's specificity for the product, or 0 when another product fits it better
    ('Overlijden aangeven' is not the geboorteaangifte link though both say 'aangeven')."""
    mine = specificity(text, product)
    if mine <= 0:
        return 0.0
    others = (specificity(text, p) for p in _catalogue() if p.key != product.key)
    return 0.0 if any(score > mine for score in others) else mine


def names_another(text: str, product: Product) -> bool:
    """True when the text names another product, more specifically than this one ('Verhuizing
    doorgeven' for geboorteaangifte): a page so titled belongs to that product."""
    mine = specificity(text, product)
    return any(
        p.key != product.key and (score := specificity(text, p)) >= MIN_SPECIFIC and score > mine
        for p in _catalogue()
    )


def choose_links(links: Sequence[L], product: Product) -> list[L]:
    """The links of a list that name the product most specifically (none when none does):
    a link must name it (relevance), fit no other product better, and hold a word few other
    products use (MIN_SPECIFIC)."""
    scored = []
    for link in links:
        if not link_relevance(link.text, link.url, product):
            continue
        scored.append((fits_best(f"{link.text} {url_words(link.url)}", product), link))
    best = max((score for score, _ in scored), default=0.0)
    if best < MIN_SPECIFIC:
        return []
    return [link for score, link in scored if score >= best - 1e-9][:MAX_CHOSEN]
