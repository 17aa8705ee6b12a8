"""Hosts and products: whose domain a URL is on, and whether a text is about the product."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import urlsplit

from digimeter.model import Organisation, Product

#: Words in organisation names and host labels that say what kind of body it is.
_ORG_WORDS = re.compile(
    r"^(gemeente|gem|provincie|prov|waterschap|hoogheemraadschap|hhs|hh|wetterskip|"
    r"ministerie|rijks?)[-_]?",
    re.I,
)
#: Words too common in product names to say which product a text is about.
GENERIC_WORDS = _GENERIC = frozenset(
    {
        "aanvragen", "aanvraag", "doorgeven", "melden", "melding", "indienen", "maken", "doen",
        "regelen", "vergunning", "gemeentelijke", "gemeente", "belastingen", "belasting",
        "waterschap", "provincie", "ontheffing", "formulier", "online", "digitaal",
        "informatie", "aanmelden", "afmelden", "wijzigen", "verlengen", "kosten",
    }
)  # fmt: skip


def host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


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
    """The product's search phrases and its distinctive words (5+ letters, not generic)."""
    phrases = {t.lower() for t in (*product.search_terms, product.name_nl) if t}
    words = {
        w
        for phrase in phrases
        for w in re.findall(r"[a-z0-9à-ÿ-]+", phrase)
        if len(w) >= 5 and w not in _GENERIC
    }
    return tuple(sorted(phrases)), tuple(sorted(words))


@lru_cache(maxsize=1024)
def _product_patterns(product: Product) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(name words and first search term, all terms) as word-start regexes."""
    phrases, words = product_terms(product)
    first = {product.search_terms[0].lower()} if product.search_terms else set()
    name_words = {w for w in words if w in product.name_nl.lower()}

    def pattern(terms: set[str] | tuple[str, ...]) -> re.Pattern[str]:
        parts = [
            re.escape(t) + (r"\b" if len(t) < 6 else "")
            for t in sorted(terms, key=len, reverse=True)
        ]
        return re.compile(r"\b(" + "|".join(parts) + ")" if parts else r"(?!x)x", re.I)

    return pattern(first | name_words), pattern({*phrases, *words})


def mentions_product(text: str, product: Product) -> str:
    """The product term the text mentions (a phrase or a distinctive word), else ''."""
    match = _product_patterns(product)[1].search(text)
    return match.group(1).lower() if match else ""


def relevance(text: str, product: Product) -> int:
    """2 when the text names the product (its name or main term), 1 another term, else 0."""
    strong, weak = _product_patterns(product)
    if strong.search(text):
        return 2
    return 1 if weak.search(text) else 0
