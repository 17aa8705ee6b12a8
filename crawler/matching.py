"""Fuzzy Dutch matching of texts and URLs against the products of one organisation.

A text (a title, an anchor text, a URL slug) is split into content words (stopwords and
action words such as "aanvragen" dropped). Each word of a product term is compared with
the text's words: equal, the same stem ("belastingen"/"belasting"), a Dutch compound that
contains it ("afkoppelsubsidie" has the head "subsidie"), an inflection ("minicontainers"),
part of a compound term ("vergunning" in "watervergunning"), or a spelling variant
(rapidfuzz ratio). The text's score for a term is

    100 * (w_term * share of the term's letters matched + w_text * share of the text's
           letters the term explains)

and a product's score is its best term's. All weights and word lists are data
(`rules/discovery.toml`).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote, urlsplit

from rapidfuzz.distance import Indel, Levenshtein

from crawler.rules import DiscoveryRules
from digimeter.model import Product

_NON_WORD = re.compile(r"[^0-9a-z]+")
_ID_SUFFIX = re.compile(r"([_-]\d+|\.(html?|aspx|php|jsp|cfm))+$")
_NUMERIC = re.compile(r"^[@\d_-]*$")


def fold(text: str) -> str:
    """Lower case without accents ("Één" -> "een")."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_DOUBLE_VOWEL = re.compile(r"(aa|ee|oo|uu)")


def stem(word: str) -> str:
    """A light Dutch plural stem: 'belastingen' -> 'belasting', 'containers' -> 'container'."""
    if len(word) > 5 and word.endswith("en"):
        return word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def same_stem(a: str, b: str) -> bool:
    """Equal plural stems with double vowels folded ('automaten' ~ 'automaat')."""
    fold_vowels = _DOUBLE_VOWEL.sub
    return fold_vowels(lambda m: m.group(1)[0], a) == fold_vowels(lambda m: m.group(1)[0], b)


@lru_cache(maxsize=100_000)
def grams(word: str) -> frozenset[str]:
    """Letter 4-grams of a word (the word itself when shorter)."""
    if len(word) <= 4:
        return frozenset((word,))
    return frozenset(word[i : i + 4] for i in range(len(word) - 3))


@lru_cache(maxsize=10_000)
def term_grams(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(g for w in words for g in grams(w))


class TextScorer:
    """Splits texts into content words and compares words (the rules' word lists/weights)."""

    def __init__(self, rules: DiscoveryRules) -> None:
        self.rules = rules
        self.dropped = rules.stopwords | rules.generic
        w = rules.weights
        self.w_stem, self.w_head = w["stem"], w["compound_head"]
        self.w_infl, self.w_part = w["inflection"], w["compound_part"]
        self.fuzzy_min = w["fuzzy_min"] / 100.0
        self.w_term, self.w_text = w["term"], w["text"]
        self._similar: dict[tuple[str, str], float] = {}

    def words(self, text: str) -> tuple[str, ...]:
        return tuple(w for w in _NON_WORD.split(fold(text)) if w and w not in self.dropped)

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
        ss, ts = stem(s), stem(t)
        if ss == ts or same_stem(ss, ts):
            return self.w_stem
        if len(s) >= 4 and (t.startswith(s) or t.startswith(ss)):
            return self.w_infl
        if len(s) >= 4 and (t.endswith(s) or ts.endswith(ss)):
            return self.w_head
        if len(t) >= 5 and (s.endswith(t) or s.startswith(t) or ss.endswith(ts)):
            return self.w_part
        # a spelling variant, not another compound: a small edit and the same head
        if len(s) >= 5 and len(t) >= 5 and s[-3:] == t[-3:] and s[0] == t[0]:
            ratio = Indel.normalized_similarity(s, t)
            if ratio >= self.fuzzy_min and Levenshtein.distance(s, t) <= 2:
                return ratio
        return 0.0

    def score(
        self, text_words: tuple[str, ...], term_words: tuple[str, ...]
    ) -> tuple[float, frozenset[int]]:
        """0..100: how well a text (its content words) matches one term; and which of the
        text's words the term explains."""
        if not text_words or not term_words:
            return 0.0, frozenset()
        # joined neighbours catch split compounds ("id kaart" ~ "idkaart")
        pairs = [(a + b, i) for i, (a, b) in enumerate(itertools.pairwise(text_words))]
        explained = [0.0] * len(text_words)
        matched = 0.0
        for s in term_words:
            best, where = 0.0, -1
            for i, t in enumerate(text_words):
                sim = self.similarity(s, t)
                if sim > best:
                    best, where = sim, i
            for joined, i in pairs:
                sim = self.similarity(s, joined)
                if sim > best:
                    best, where = sim, -(i + 2)
            matched += best * len(s)
            if where >= 0:
                explained[where] = max(explained[where], best)
            elif where <= -2:
                i = -where - 2
                explained[i] = max(explained[i], best)
                explained[i + 1] = max(explained[i + 1], best)
        term_share = matched / sum(len(s) for s in term_words)
        text_share = sum(e * len(t) for e, t in zip(explained, text_words, strict=True)) / sum(
            len(t) for t in text_words
        )
        score = 100.0 * (self.w_term * term_share + self.w_text * text_share)
        return score, frozenset(i for i, e in enumerate(explained) if e >= self.w_part)


def slug_text(url: str, rules: DiscoveryRules) -> str:
    """The words of a URL that name its page: the last meaningful path segment."""
    parts = urlsplit(url)
    segments = [unquote(s) for s in parts.path.split("/") if s]
    for segment in reversed(segments):
        core = _ID_SUFFIX.sub("", segment.lower())
        if core and not _NUMERIC.match(core) and core not in rules.url_stopwords:
            return re.sub(r"[-_+.]+", " ", core)
    if parts.query:
        return re.sub(r"[-_+=&.]+", " ", unquote(parts.query))
    return ""


class ProductMatcher:
    """Scores texts and URLs against the products measured for one organisation."""

    def __init__(self, products: list[Product], org_type: str, rules: DiscoveryRules) -> None:
        self.rules = rules
        self.scorer = TextScorer(rules)
        self.products = products
        extra: dict[str, list[str]] = {}
        for syn in rules.synonyms:
            if org_type in syn.org_types:
                extra.setdefault(syn.product, []).extend(syn.terms)
        self.terms: dict[str, tuple[tuple[str, ...], ...]] = {}
        #: the letter 4-grams of each product's term words: a text sharing none of them
        #: cannot match the product (every similarity rule needs a shared part)
        self.grams: dict[str, frozenset[str]] = {}
        for p in products:
            texts = [p.name_nl, *p.search_terms, *extra.get(p.key, [])]
            words = {self.scorer.words(t) for t in texts}
            self.terms[p.key] = tuple(w for w in words if w)
            self.grams[p.key] = frozenset(g for t in self.terms[p.key] for g in term_grams(t))
        self.match_text = lru_cache(maxsize=50_000)(self._match_text)

    def _match_text(self, text: str) -> dict[str, tuple[float, frozenset[int]]]:
        words = self.scorer.words(text)
        if not words:
            return {}
        text_grams = {g for w in words for g in grams(w)}
        out: dict[str, tuple[float, frozenset[int]]] = {}
        for key, terms in self.terms.items():
            if self.grams[key].isdisjoint(text_grams):
                continue
            scored = [
                self.scorer.score(words, t)
                for t in terms
                if not term_grams(t).isdisjoint(text_grams)
            ]
            best = max(scored, key=lambda r: r[0])
            if best[0] > 0:
                out[key] = best
        return out

    def score_text(self, text: str) -> dict[str, float]:
        """Score per product (0..100) for products the text matches at all."""
        return {key: score for key, (score, _) in self.match_text(text).items()}

    def explained(self, text: str) -> dict[str, frozenset[int]]:
        """Per product, which of the text's content words its best term explains."""
        return {key: words for key, (_, words) in self.match_text(text).items()}

    def score_url(self, url: str) -> dict[str, float]:
        return self.score_text(slug_text(url, self.rules))

    def best_terms(self, key: str) -> list[str]:
        """Search queries for a product: its first search terms, then its name."""
        product = next(p for p in self.products if p.key == key)
        return [*product.search_terms, product.name_nl]
