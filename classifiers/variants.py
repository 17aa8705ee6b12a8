"""Ways on for a variant of the product: a link whose words name a subject of their own.

A product page often links, beside the product's own form, to the form of a neighbouring
case: 'Geeft u een feest in uw horecazaak? ... het formulier <Melding incidentele
festiviteit>' on the noise exemption's page, '<Dagplaats op de markt reserveren>' on the
market permit's, '<Kentekenwijziging gehandicaptenparkeerplaats>' on the disabled parking
space's. What sets such a link apart is not a list of names but how its words read: it
holds a word that names a subject (a word that is rare in ordinary Dutch, by `wordfreq`'s
frequencies) which is no word of the product, of the page's title, of the organisation's
name or of a call to action. Where the page also has a way that names the product with no
such word (its own 'Aanvraagformulier geluidsontheffing (pdf)'), the other is a variant's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from wordfreq import zipf_frequency

from classifiers.aboutproduct import content_words, relevance
from classifiers.routes import vocabulary
from digimeter.core.model import Product

__all__ = ["RARE_ZIPF", "subject_words"]

#: A word rarer than this in Dutch text (Zipf scale: once per million words) names a
#: subject; common words ('tijdelijke', 'downloaden', 'loket', 'starten') name none.
RARE_ZIPF = 3.0


def _calls(word: str) -> bool:
    """True when a call to action's wording starts the word ('aanvraagformulier')."""
    return any(pattern.match(word) for _, pattern in vocabulary().cta_texts)


@lru_cache(maxsize=65536)
def _names_subject(word: str) -> bool:
    """True for a word rare in Dutch that is no call to action's: not 'aanvraagformulier',
    nor a compound of a common word and a call to action ('reactieformulier')."""
    if zipf_frequency(word, "nl") >= RARE_ZIPF or _calls(word):
        return False
    return not any(
        _calls(word[cut:]) and zipf_frequency(word[:cut].removesuffix("s"), "nl") >= RARE_ZIPF
        for cut in range(3, len(word) - 3)
    )


def subject_words(text: str, product: Product, known: str = "") -> list[str]:
    """The words of a link's text that name a subject other than the product: rare in Dutch,
    not a call to action's, not nameless, not naming the product, not in `known` (the page's
    title and the organisation's name)."""
    seen = set(re.findall(r"[a-z0-9à-ÿ]+", known.lower()))
    return [
        word
        for word in content_words(text.lower())
        if word not in seen and _names_subject(word) and not relevance(word, product)
    ]
