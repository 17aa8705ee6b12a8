"""How well a text's words match a term's words: Dutch words compared through their forms,
compound parts, spelling variants and acronyms (`classifiers.dutch`), with the weights of
the discovery tables. The scorer of the one product matcher (`classifiers.matching`)."""

from __future__ import annotations

import itertools
from functools import lru_cache

from rapidfuzz.distance import Indel, Levenshtein

from classifiers.dutch import Word, analyse, initials, is_acronym, tokens
from classifiers.matchrules import DiscoveryRules

__all__ = ["TextScorer", "grams", "term_grams", "text_grams"]


@lru_cache(maxsize=100_000)
def grams(word: str) -> frozenset[str]:
    """Letter 4-grams of a word (the word itself when shorter)."""
    if len(word) <= 4:
        return frozenset((word,))
    return frozenset(word[i : i + 4] for i in range(len(word) - 3))


@lru_cache(maxsize=10_000)
def term_grams(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(g for w in words for g in grams(w) | _form_grams(w))


@lru_cache(maxsize=100_000)
def _form_grams(word: str) -> frozenset[str]:
    """4-grams of a word's other forms (lemma, stem): 'kap' meets 'kappen'."""
    return frozenset(g for f in analyse(word).forms for g in grams(f))


def _ends_with(parts: tuple[frozenset[str], ...], sub: tuple[frozenset[str], ...]) -> bool:
    n = len(sub)
    return n < len(parts) and all(p & s for p, s in zip(parts[-n:], sub, strict=True))


def _contains(parts: tuple[frozenset[str], ...], sub: tuple[frozenset[str], ...]) -> bool:
    n = len(sub)
    return n < len(parts) and any(
        all(p & s for p, s in zip(parts[i : i + n], sub, strict=True))
        for i in range(len(parts) - n)
    )


def text_grams(words: tuple[str, ...]) -> set[str]:
    """The letter 4-grams of a text's words and of their other forms."""
    return {g for w in words for g in grams(w) | _form_grams(w)}


class TextScorer:
    """Splits texts into content words and compares words (the rules' word lists/weights)."""

    def __init__(self, rules: DiscoveryRules) -> None:
        self.rules = rules
        self.dropped = rules.stopwords | rules.generic
        w = rules.weights
        self.w_stem, self.w_head = w["stem"], w["compound_head"]
        self.w_infl, self.w_part = w["inflection"], w["compound_part"]
        self.w_modifier = w["compound_modifier"]
        self.fuzzy_min = w["fuzzy_min"] / 100.0
        self.w_term, self.w_text = w["term"], w["text"]
        self._similar: dict[tuple[str, str], float] = {}

    def words(self, text: str) -> tuple[str, ...]:
        return tuple(w for w in tokens(text) if w not in self.dropped and not w.isdigit())

    def similarity(self, s: str, t: str) -> float:
        """How well text word `t` matches term word `s` (0..1), cached."""
        key = (s, t)
        found = self._similar.get(key)
        if found is None:
            if len(self._similar) > 500_000:
                self._similar.clear()
            found = self._similar[key] = self._similarity(s, t)
        return found

    def _similarity(self, s: str, t: str) -> float:
        if s == t:
            return 1.0
        a, b = analyse(s), analyse(t)
        if a.forms & b.forms:
            return self.w_stem
        by_parts = self._by_parts(a, b)
        if by_parts:
            return by_parts
        # words the dictionary cannot split: inflections and compounds by their letters
        if len(s) >= 4 and t.startswith(s):
            return self.w_modifier if b.compound else self.w_infl
        if len(s) >= 4 and t.endswith(s):
            return self.w_head
        if len(t) >= 5 and (s.endswith(t) or s.startswith(t)):
            return self.w_part
        # a spelling variant, not another compound: a small edit and the same head
        if len(s) >= 5 and len(t) >= 5 and s[-3:] == t[-3:] and s[0] == t[0]:
            ratio = Indel.normalized_similarity(s, t)
            if ratio >= self.fuzzy_min and Levenshtein.distance(s, t) <= 2:
                return ratio
        return 0.0

    def _by_parts(self, a: Word, b: Word) -> float:
        """Term word `a` against text word `b` through their compound parts."""
        same_length = a.compound and b.compound and len(a.parts) == len(b.parts)
        if same_length and all(p & q for p, q in zip(a.parts, b.parts, strict=True)):
            return self.w_stem  # "evenementvergunning" ~ "evenementenvergunning"
        if _ends_with(b.parts, a.parts):
            return self.w_head
        if _ends_with(a.parts, b.parts):
            return self.w_part
        if _contains(b.parts, a.parts):
            return self.w_modifier
        if _contains(a.parts, b.parts) and len(b.text) >= 4:
            return self.w_part
        return 0.0

    def _acronyms(
        self, text_words: tuple[str, ...], term_words: tuple[str, ...], explained: list[float]
    ) -> list[float]:
        """Term words matched through an acronym ("wmo" in the term, "Wet maatschappelijke
        ondersteuning" in the text, or the other way round); marks the text words explained."""
        spelled = [0.0] * len(term_words)
        in_text = initials(text_words)
        for j, s in enumerate(term_words):
            if is_acronym(s) and s in in_text:
                first, last = in_text[s]
                spelled[j] = self.w_stem
                for i in range(first, last + 1):
                    explained[i] = max(explained[i], self.w_stem)
        in_term = initials(term_words)
        for i, t in enumerate(text_words):
            if is_acronym(t) and t in in_term:
                first, last = in_term[t]
                explained[i] = max(explained[i], self.w_stem)
                for j in range(first, last + 1):
                    spelled[j] = max(spelled[j], self.w_stem)
        return spelled

    def score(
        self, text_words: tuple[str, ...], term_words: tuple[str, ...]
    ) -> tuple[float, frozenset[int]]:
        """0..100: how well a text (its content words) matches one term; and which of the
        text's words the term explains."""
        if not text_words or not term_words:
            return 0.0, frozenset()
        term_share, explained = self.match(text_words, term_words)
        return self.combine(term_share, explained, text_words)

    def combine(
        self, term_share: float, explained: tuple[float, ...], text_words: tuple[str, ...]
    ) -> tuple[float, frozenset[int]]:
        """The score of a text for a term: the share of the term matched and the share of
        the text's letters explained; and the text's words explained."""
        text_share = sum(e * len(t) for e, t in zip(explained, text_words, strict=True)) / sum(
            len(t) for t in text_words
        )
        score = 100.0 * (self.w_term * term_share + self.w_text * text_share)
        return score, frozenset(i for i, e in enumerate(explained) if e >= self.w_part)

    def match(
        self, text_words: tuple[str, ...], term_words: tuple[str, ...]
    ) -> tuple[float, tuple[float, ...]]:
        """The share of a term's letters the text matches, and how well the term explains
        each text word (0..1)."""
        # joined neighbours catch split compounds ("id kaart" ~ "idkaart")
        pairs = [(a + b, i) for i, (a, b) in enumerate(itertools.pairwise(text_words))]
        explained = [0.0] * len(text_words)
        spelled = self._acronyms(text_words, term_words, explained)
        matched = 0.0
        for s, by_acronym in zip(term_words, spelled, strict=True):
            best, where = by_acronym, -1
            for i, t in enumerate(text_words):
                sim = self.similarity(s, t)
                if sim > best:
                    best, where = sim, i
            for joined, i in pairs:
                sim = self.similarity(s, joined)
                if sim > best:
                    best, where = sim, -(i + 2)
            spread = self._spread(s, text_words) if best < self.w_stem else ()
            if spread:  # "vergunning voor een evenement" ~ "evenementenvergunning"
                best, where = self.w_stem, -1
                for i in spread:
                    explained[i] = max(explained[i], best)
            matched += best * len(s)
            if where >= 0:
                explained[where] = max(explained[where], best)
            elif where <= -2:
                i = -where - 2
                explained[i] = max(explained[i], best)
                explained[i + 1] = max(explained[i + 1], best)
        return matched / sum(len(s) for s in term_words), tuple(explained)

    def _spread(self, s: str, text_words: tuple[str, ...]) -> tuple[int, ...]:
        """The text words that are the parts of compound `s` in any order ("vergunning voor
        een evenement" for "evenementenvergunning"), or () when a part is missing."""
        parts = analyse(s).parts
        if len(parts) < 2:
            return ()
        found = []
        for part in parts:
            where = next((i for i, t in enumerate(text_words) if part & analyse(t).forms), -1)
            if where < 0:
                return ()
            found.append(where)
        return tuple(found) if len(set(found)) == len(found) else ()
