"""'Not offered', found by meaning: a negation, an offering verb and the product's object in
one sentence, instead of fixed sentences.

    from classifiers.notoffered import not_offered_statement
    finding = not_offered_statement(rules, text, url, product)

A sentence says the organisation does not offer a product when one rule of
`rules/phrases.toml [[offer_negation]]` matches it: its `text` (an offering verb: 'heft',
'verleent', 'geven ... af', or 'kunt u ... aanvragen'), its `negation` ('geen', 'niet'), its
`tail` on what follows the last negation (short and unqualified: not 'voor activiteiten
die ...'), and not its `unless` (a condition: 'als u ...', 'indien'; or 'online': then the
product exists but not online). The sentence must name the product's object: a word of
the product's name or terms that is not an activity ('hondenbelasting', 'ontheffing').
Discovery may use it too, to take the page that says so as the product's page.
"""

from __future__ import annotations

import re
from functools import lru_cache

from classifiers.findings import Finding
from classifiers.hosts import GENERIC_WORDS
from classifiers.ruleset import RuleSet
from digimeter.core.model import Product

__all__ = ["not_offered_statement", "object_words"]

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
#: Words of product names that say what is done, not what is asked for.
_ACTIVITIES = GENERIC_WORDS - {"vergunning", "belasting", "belastingen", "ontheffing", "formulier"}
MAX_SENTENCE = 400


@lru_cache(maxsize=4096)
def object_words(product: Product) -> re.Pattern[str] | None:
    """The product's objects as one word-start pattern (plurals and compounds match)."""
    phrases = [t.lower() for t in (*product.search_terms, product.name_nl) if t]
    words = {
        w
        for phrase in phrases
        for w in re.findall(r"[a-z0-9à-ÿ]+", phrase)
        if len(w) >= 4 and w not in _ACTIVITIES
    }
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b\w*({alternatives})", re.I)


def not_offered_statement(rules: RuleSet, text: str, url: str, product: Product) -> Finding | None:
    """The first sentence of `text` that says the product is not offered, as a finding."""
    objects = object_words(product)
    negations = rules.section("offer_negation")
    if objects is None or not negations:
        return None
    for sentence in _SENTENCE.split(text):
        if len(sentence) > MAX_SENTENCE or not objects.search(sentence):
            continue
        for rule in negations:
            if rule.search("unless", sentence):
                continue
            if not (rule.search("text", sentence) and rule.search("negation", sentence)):
                continue
            *_, last = rule.patterns["negation"].finditer(sentence.lower())
            if "tail" in rule.patterns and not rule.search("tail", sentence[last.end() :]):
                continue  # the negation is qualified ('geen subsidie voor activiteiten die...')
            snippet = " ".join(sentence.split())[:300]
            return Finding(rule.signal, rule.id, url, snippet, rule.weight)
    return None
