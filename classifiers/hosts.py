"""Hosts and products: whose domain a URL is on, and whether a text is about the product."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import urlsplit

from classifiers.dutch import analyse, lemma, tokens
from classifiers.matching import GENERIC_WORDS, product_texts
from digimeter.core.model import Organisation, Product

#: Words in organisation names and host labels that say what kind of body it is.
_ORG_WORDS = re.compile(
    r"^(gemeente|gem|provincie|prov|waterschap|hoogheemraadschap|hhs|hh|wetterskip|"
    r"ministerie|rijks?)[-_]?",
    re.I,
)


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def bare_host(url: str) -> str:
    """A URL's host without 'www.' (the register and the links may name either)."""
    return host_of(url).removeprefix("www.")


def registrable(host: str) -> str:
    """The registrable domain of a host: its last two labels (`mijn.x.test` -> `x.test`)."""
    labels = host.lower().strip(".").split(".")
    return ".".join(labels[-2:])


def slug(text: str) -> str:
    """Lower-case ASCII letters and digits only (`Súdwest-Fryslân` -> `sudwestfryslan`)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", ascii_text.lower())


def _domain_key(host: str) -> str:
    label = registrable(host).split(".")[0]
    return slug(_ORG_WORDS.sub("", label)) or slug(label)


@lru_cache(maxsize=4096)
def _org_keys(website: str, name: str) -> frozenset[str]:
    words = re.sub(r"\(.*?\)", "", name).split()
    name_key = slug("".join(w for w in words if not _ORG_WORDS.fullmatch(w)))
    return frozenset(k for k in (_domain_key(host_of(website)), name_key) if k)


def names_org(text: str, org: Organisation) -> bool:
    """True when a short text is the organisation's name (an entry's lead-in 'Duiven:', a
    path segment 'kaag-en-braassem'), case, accents and punctuation aside."""
    return slug(text) in _org_keys(org.website, org.name)


def is_own_host(host: str, org: Organisation, product_url: str = "") -> bool:
    """True when `host` belongs to the organisation itself (its site, form hosts, PDC host)."""
    host = host.lower()
    own = {registrable(host_of(org.website))}
    if product_url:
        own.add(registrable(host_of(product_url)))
    if registrable(host) in own:
        return True
    return _domain_key(host) in _org_keys(org.website, org.name)


@lru_cache(maxsize=1024)
def product_terms(product: Product) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The product's phrases (its wordings in products.csv, folded) and its distinctive
    words (5+ letters, not generic)."""
    phrases = {" ".join(tokens(t)) for t in product_texts(product)[: _n_texts(product)]}
    phrases.discard("")
    modifiers = _modifiers(phrases)
    words = {
        w
        for p in phrases
        for w in p.split()
        if len(w) >= 5 and w not in GENERIC_WORDS and w not in modifiers
    }
    return tuple(sorted(phrases)), tuple(sorted(words))


def _modifiers(phrases: set[str]) -> frozenset[str]:
    """The words that only qualify another word of the product's phrases: an inflected
    adjective before its noun ("nederlandse" identiteitskaart, "bijzondere" bijstand,
    "openbare" ruimte) names no product alone ('Verhuizing binnen Nederland' is not about
    the identity card). An adjective's -e ending is the inflection its lemma lacks."""
    before = {w for p in phrases for w in p.split()[:-1]}
    alone = {p.split()[-1] for p in phrases}
    return frozenset(w for w in before - alone if is_inflected_adjective(w))


#: a past participle used as an adjective: a prefix, the verb's stem and -t or -d, and the
#: inflection -e ('verplichte', 'beschermde', 'gehandicapte')
_PARTICIPLE = re.compile(r"^(ge|be|ver|ont|her|er)[a-z]{3,}[td]e$")


def is_inflected_adjective(word: str) -> bool:
    """'nederlandse' (nederlands), 'openbare' (openbaar), 'losse' (los), 'verplichte' (a
    participle of verplichten); not a noun in -e ('ruimte', 'boete': the dictionary's
    lemma is the word or longer)."""
    if not word.endswith("e"):
        return False
    base = lemma(word).lower()
    if _PARTICIPLE.match(word) and base.endswith("en"):
        return True
    return base != word and len(base) <= len(word) and not base.endswith("en")


def _n_texts(product: Product) -> int:
    """Name, search terms and objects (not the object-activity pairs)."""
    return 1 + len(product.search_terms) + len(product.objects)


@lru_cache(maxsize=1024)
def _strong_words(product: Product) -> frozenset[str]:
    """The words that name the product: its name's and its first search term's, and those
    two phrases whole ('Hond aan- of afmelden', whose words are too short or too generic to
    name it alone)."""
    _, words = product_terms(product)
    first = product.search_terms[0] if product.search_terms else ""
    named = set(tokens(product.name_nl)) | set(tokens(first))
    phrases = {" ".join(tokens(first)), " ".join(tokens(product.name_nl))} - {""}
    return frozenset(w for w in words if w in named) | frozenset(phrases)


@lru_cache(maxsize=4096)
def _text_index(text: str) -> tuple[str, frozenset[str]]:
    """A text's folded words (space-joined) and the forms of its words and their parts."""
    folded = tokens(text)
    forms: set[str] = set()
    for token in set(folded):
        word = analyse(token)
        forms |= word.forms
        for part in word.parts if word.compound else ():
            forms |= part
    return " " + " ".join(folded) + " ", frozenset(forms)


def _find(text: str, terms: frozenset[str] | tuple[str, ...]) -> str:
    """The longest term the text mentions: a phrase or short word at a word start, a
    word also as an inflection, a lemma or a part of a compound ("evenementenvergunning")."""
    joined, forms = _text_index(text)
    for term in sorted(terms, key=len, reverse=True):
        if f" {term}" in joined:
            return term
        if " " not in term and len(term) >= 5 and analyse(term).forms & forms:
            return term
    return ""


def mentions_product(text: str, product: Product) -> str:
    """The product term the text mentions (a phrase or a distinctive word), else ''."""
    phrases, words = product_terms(product)
    return _find(text, (*phrases, *words))


def relevance(text: str, product: Product) -> int:
    """2 when the text names the product (its name or main term), 1 another term, else 0."""
    if _find(text, _strong_words(product)):
        return 2
    return 1 if mentions_product(text, product) else 0
