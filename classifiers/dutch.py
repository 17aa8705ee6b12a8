"""Dutch words for matching: folding, lemmas, stems and compound parts.

Lemmas come from simplemma's Dutch dictionary ("vergunningen" -> "vergunning", "kappen" ->
"kap"), stems from the Snowball Dutch stemmer for words the dictionary does not know.
Compounds are split into words the dictionary knows, with the Dutch linking sounds -s-,
-e- and -en- between them ("evenementenvergunning" -> evenement + vergunning,
"afvalwaterlozing" -> afval + water + lozing, "waterschapsbelasting" -> waterschap +
belasting); the last part is the head, the thing the compound is.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import simplemma
import snowballstemmer

_NON_WORD = re.compile(r"[^0-9a-z]+")
#: the shortest compound part (modifier) and head the splitter accepts
MIN_PART = 3
MIN_HEAD = 4
#: linking sounds between the parts of a compound, longest first
LINKS = ("en", "s", "e", "")
_stemmer = snowballstemmer.stemmer("dutch")


def fold(text: str) -> str:
    """Lower case without accents ("Één" -> "een")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text: str) -> list[str]:
    """The folded words of a text ("WOZ-waarde, bezwaar" -> woz, waarde, bezwaar)."""
    return [w for w in _NON_WORD.split(fold(text)) if w]


@lru_cache(maxsize=200_000)
def known(word: str) -> bool:
    return len(word) >= MIN_PART and simplemma.is_known(word, lang="nl")


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    """The dictionary form of a word, or the word itself when the dictionary lacks it."""
    if word.isdigit():
        return word
    return str(simplemma.lemmatize(word, lang="nl"))


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The Snowball stem of a word ("belastingen" -> "belast")."""
    return str(_stemmer.stemWord(word))


def _split(word: str, head: bool) -> tuple[str, ...] | None:
    """Fewest known parts that make up `word` (a known word is one part), or None."""
    if known(word) and len(word) >= (MIN_HEAD if head else MIN_PART):
        return (word,)
    best: tuple[str, ...] | None = None
    for i in range(MIN_PART, len(word) - MIN_HEAD + 1):
        rest = _compound(word[i:], head)
        if rest is None:
            continue
        left = word[:i]
        for link in LINKS:
            if link and not left.endswith(link):
                continue
            core = left[: len(left) - len(link)] if link else left
            first = _compound(core, False) if len(core) >= MIN_PART else None
            if first is None:
                continue
            if best is None or len(first) + len(rest) < len(best):
                best = first + rest
            break
    return best


@lru_cache(maxsize=200_000)
def _compound(word: str, head: bool) -> tuple[str, ...] | None:
    return _split(word, head)


@lru_cache(maxsize=200_000)
def forms(word: str) -> frozenset[str]:
    """The word, its lemma and their stems (stems of 4 letters or more)."""
    base = lemma(word)
    out = {word, base}
    out.update(s for s in (stem(word), stem(base)) if len(s) >= 4)
    return frozenset(out)


@dataclass(frozen=True)
class Word:
    """One folded word with what matching compares: its forms and its compound parts."""

    text: str
    forms: frozenset[str]
    #: the forms of its compound parts, head last; (forms,) when it is no compound
    parts: tuple[frozenset[str], ...]

    @property
    def compound(self) -> bool:
        return len(self.parts) > 1


@lru_cache(maxsize=200_000)
def analyse(word: str) -> Word:
    """Forms and compound parts of one folded word."""
    own = forms(word)
    split = None
    if len(word) >= MIN_PART + MIN_HEAD and not word.isdigit():
        split = _compound(word, True)
    if split is None or len(split) < 2:
        return Word(word, own, (own,))
    return Word(word, own, tuple(forms(p) for p in split))
