"""Dutch words for matching: folding, lemmas, stems and compound parts.

Lemmas come from simplemma's Dutch dictionary ("vergunningen" -> "vergunning", "kappen" ->
"kap"), stems from the Snowball Dutch stemmer for words the dictionary does not know.
Compounds are split into words the dictionary knows, with the Dutch linking sounds -s-,
-e- and -en- between them ("evenementenvergunning" -> evenement + vergunning,
"afvalwaterlozing" -> afval + water + lozing, "waterschapsbelasting" -> waterschap +
belasting); the last part is the head, the thing the compound is. An acronym is read as
the first letters of the words or parts it stands for ("WMO" = Wet maatschappelijke
ondersteuning, "BRP" = basisregistratie personen).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import simplemma
import snowballstemmer

_NON_WORD = re.compile(r"[^0-9a-z]+")
#: a first part whose head follows later in the series ("exploitatie-" in "exploitatie- en
#: alcoholvergunning")
_HANGING = re.compile(r"[a-z]{3,}-,?(?=\s|$)")
_JOINS = ("en", "of", "&", "en/of")
#: the shortest compound part (modifier) and head the splitter accepts
MIN_PART = 3
MIN_HEAD = 4
#: linking sounds between the parts of a compound, longest first
LINKS = ("en", "s", "e", "")
#: derivational suffixes: Latinate verbs and their nouns (-eren, -atie, -ering) and
#: adjectives in -isch; the root keeps at least five letters
_DERIVED = re.compile(r"^([a-z]{5,}?)(eren|eert|eerde|eerden|erend|ering|eringen|aties?|ische?)$")
#: the longest acronym read letter by letter
MAX_ACRONYM = 5
_stemmer = snowballstemmer.stemmer("dutch")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _without_marks(match: re.Match[str]) -> str:
    return "".join(c for c in match.group() if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lower case without accents ("Één" -> "een")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    # only characters outside ASCII can be combining marks: the rest is left as it is
    return _NON_ASCII.sub(_without_marks, decomposed)


def tokens(text: str) -> list[str]:
    """The folded words of a text ("WOZ-waarde, bezwaar" -> woz, waarde, bezwaar), with
    elliptic compounds completed ("exploitatie- en alcoholvergunning" ->
    exploitatievergunning, alcoholvergunning)."""
    folded = fold(text)
    if _HANGING.search(folded):
        folded = _complete_ellipsis(folded)
    return [w for w in _NON_WORD.split(folded) if w]


def _complete_ellipsis(text: str) -> str:
    """Give each hanging first part ("zand-", "bouw-") the head of the compound that ends
    the series ("zand-, grind- en kleiwinning" -> zandwinning, grindwinning, kleiwinning)."""
    words = text.split()
    for i, word in enumerate(words):
        if not _HANGING.fullmatch(word):
            continue
        following = (w for w in words[i + 1 :] if not _HANGING.fullmatch(w) and w not in _JOINS)
        head = _head(_NON_WORD.sub("", next(following, "")))
        if head:
            words[i] = word.rstrip(",-") + head
    return " ".join(words)


def _head(word: str) -> str:
    """The head of a compound ("alcoholvergunning" -> vergunning), or of a word the
    dictionary does not know, its longest known ending after a first part ("horecawet" ->
    wet); "" for a word of its own ("incidentele")."""
    pieces = analyse(word).pieces
    if len(pieces) >= 2:
        return pieces[-1]
    if known(word):
        return ""
    return next((word[i:] for i in range(MIN_HEAD, len(word) - 2) if known(word[i:])), "")


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
    """The word, its lemma and their stems (stems of 4 letters or more), and the root of a
    derived word ("exploitatie", "exploiteren" -> exploit; "alcoholische" -> alcohol)."""
    base = lemma(word)
    out = {word, base}
    out.update(s for s in (stem(word), stem(base)) if len(s) >= 4)
    out.update(root(w) for w in (word, base) if root(w))
    return frozenset(out)


def root(word: str) -> str:
    """What a derived word is derived from: the part before a derivational suffix when at
    least five letters are left ("registratie" -> registr, "collecteren" -> collect,
    "alcoholische" -> alcohol); "" when it has none."""
    found = _DERIVED.match(word)
    return found.group(1) if found else ""


@dataclass(frozen=True)
class Word:
    """One folded word with what matching compares: its forms and its compound parts."""

    text: str
    forms: frozenset[str]
    #: the forms of its compound parts, head last; (forms,) when it is no compound
    parts: tuple[frozenset[str], ...]
    #: the letters of its compound parts ("basisregistratie" -> basis, registratie)
    pieces: tuple[str, ...] = ()

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
        return Word(word, own, (own,), (word,))
    return Word(word, own, tuple(forms(p) for p in split), split)


def is_acronym(word: str) -> bool:
    """A short word the dictionary does not know, read letter by letter ("wmo", "brp")."""
    return 2 <= len(word) <= MAX_ACRONYM and word.isalpha() and not known(word)


@lru_cache(maxsize=50_000)
def _finest(word: str) -> tuple[str, ...]:
    """A word split down to known words, even where the dictionary knows the compound
    ("gehandicaptenparkeerkaart" -> gehandicapt, parkeer, kaart; but also "maatschappelijke"
    -> maat, schappelijke, so acronyms are read from both splits)."""
    pieces = analyse(word).pieces
    if len(pieces) > 1:
        return tuple(p for piece in pieces for p in _finest(piece))
    # a compound the dictionary knows: split it into two known words of MIN_HEAD letters
    for i in range(MIN_HEAD, len(word) - MIN_HEAD + 1):
        right = word[i:]
        if not known(right):
            continue
        for link in LINKS:
            core = word[: i - len(link)] if link else word[:i]
            if word[:i].endswith(link) and len(core) >= MIN_HEAD and known(core):
                return _finest(core) + _finest(right)
    return (word,)


@lru_cache(maxsize=50_000)
def initials(words: tuple[str, ...]) -> dict[str, tuple[int, int]]:
    """Acronyms the words spell: the first letters of two or more successive words or
    compound parts, each with the first and last word it covers ("wet maatschappelijke
    ondersteuning" -> wmo; "basisregistratie personen" -> brp)."""
    out: dict[str, tuple[int, int]] = {}
    for split in (lambda w: analyse(w).pieces, _finest):
        pieces = [(piece[0], i) for i, w in enumerate(words) for piece in split(w)]
        for start in range(len(pieces)):
            for end in range(start + 2, min(start + MAX_ACRONYM, len(pieces)) + 1):
                letters = "".join(letter for letter, _ in pieces[start:end])
                out.setdefault(letters, (pieces[start][1], pieces[end - 1][1]))
    return out
