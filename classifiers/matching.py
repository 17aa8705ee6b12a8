"""The one product matcher: how well a text, a URL or a page is about each product.

Used by discovery (which page is which product's page) and by the route walk (is a link
about the case's product). A product's terms are its name, its search terms, its objects
("drank", "geboorte") and every object with every activity ("drank schenken"), all from
products.csv, plus the few site-type wordings of the discovery tables.

A text (a title, an anchor text, a URL slug) is split into content words (stopwords and
action words such as "aanvragen" dropped). Each word of a term is compared with the text's
words through Dutch morphology (`classifiers.dutch`): the same word, the same lemma or stem
("vergunningen"/"vergunning", "schenkt"/"schenken"), a compound whose head it is
("afkoppelsubsidie" has the head "subsidie"), a compound it is the head of ("vergunning" in
the term "watervergunning"), a compound it is a part of ("evenement" in
"evenementenvergunning"), a spelling variant, or an acronym of the words ("WMO", "Wet
maatschappelijke ondersteuning"). A product's score for a text is its best term's

    100 * (w_term * share of the term's letters matched + w_text * share of the text's
           letters the product's terms explain together)

("Hulp en ondersteuning (Wmo)": one term has "wmo", another "ondersteuning"). All weights
and word lists are data (`crawler/rules/discovery.toml`, loaded by `classifiers.matchrules`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlsplit

from classifiers.dutch import fold, forms
from classifiers.matchrules import DiscoveryRules
from classifiers.titlerules import TitleRules
from classifiers.wordmatch import TextScorer, term_grams, text_grams
from digimeter.core.model import ORG_TYPE_LETTER, Product

#: where a sentence of running text ends
SENTENCE_END = re.compile(r"[.?!;:]+(?:\s|$)")

_ID_SUFFIX = re.compile(r"([_-]\d+|\.(html?|aspx|php|jsp|cfm))+$")
_ID_PREFIX = re.compile(r"^\d+[._-]+(?=[a-z])")
_NUMERIC = re.compile(r"^[@\d_-]*$")
_WORDY = re.compile(r"[a-zA-Z]{3}")
#: identifiers, not words: codes mixing letters and digits
_CODE = re.compile(r"^(?=.*\d)[0-9a-zA-Z_-]+$")

__all__ = [
    "GENERIC_WORDS",
    "ProductMatcher",
    "TextScorer",
    "fold",
    "product_texts",
    "slug_text",
]


#: Words too common in product names to say which product a text is about ('zaken' of
#: 'waardebepaling onroerende zaken' is the 'Mijn zaken' and 'Lopende zaken' of every portal).
GENERIC_WORDS = frozenset(
    {
        "aanvragen", "aanvraag", "doorgeven", "melden", "melding", "indienen", "maken", "doen",
        "regelen", "vergunning", "gemeentelijke", "gemeente", "belastingen", "belasting",
        "waterschap", "provincie", "ontheffing", "formulier", "online", "digitaal",
        "informatie", "aanmelden", "afmelden", "wijzigen", "verlengen", "kosten", "zaken",
    }
)  # fmt: skip

#: two single words joined by 'of' ('wild of werkzaamheden'), not a cut compound ('aan- of')
_ALTERNATIVES = re.compile(r"(?<![\w-])(\w+) of (\w+)(?![\w-])")


def name_alternatives(name: str) -> list[str]:
    """A name that joins two words by 'of' names either: 'Schade door wild of werkzaamheden
    melden' is 'Schade door wild melden' and 'Schade door werkzaamheden melden'."""
    found = _ALTERNATIVES.search(name)
    if found is None:
        return []
    head, tail = name[: found.start()], name[found.end() :]
    return [f"{head}{word}{tail}" for word in found.groups()]


def product_texts(product: Product, extra: tuple[str, ...] = ()) -> list[str]:
    """Every wording of a product: name (and the alternatives it joins by 'of'), search
    terms, objects, objects with activities."""
    pairs = [f"{o} {a}" for o in product.objects for a in product.activities]
    names = [product.name_nl, *name_alternatives(product.name_nl)]
    return [*names, *product.search_terms, *product.objects, *pairs, *extra]


def slug_text(url: str, rules: DiscoveryRules) -> str:
    """The words of a URL that name its page: the last meaningful path segment."""
    parts = urlsplit(url)
    segments = [unquote(s) for s in parts.path.split("/") if s]
    for segment in reversed(segments):
        core = _ID_PREFIX.sub("", _ID_SUFFIX.sub("", segment.lower()))
        if core and not _NUMERIC.match(core) and core not in rules.url_stopwords:
            return re.sub(r"[-_+.]+", " ", core)
    # a query names its page by the values that are words ("?onderwerp=paspoort"), never
    # by numbers and identifiers ("?id=950")
    values = (v for _, v in parse_qsl(parts.query) if _WORDY.search(v) and not _CODE.match(v))
    return re.sub(r"[-_+.]+", " ", " ".join(values).lower())


class ProductMatcher(TitleRules):
    """Scores texts, URLs and pages against the products measured for one organisation."""

    def __init__(self, products: list[Product], org_type: str, rules: DiscoveryRules) -> None:
        self.rules = rules
        self.scorer = TextScorer(rules)
        self.products = products
        self.by_key = {p.key: p for p in products}
        self.org_letter = ORG_TYPE_LETTER.get(org_type, "")
        extra: dict[str, list[str]] = {}
        for syn in rules.synonyms:
            if org_type in syn.org_types:
                extra.setdefault(syn.product, []).extend(syn.terms)
        self.terms: dict[str, tuple[tuple[str, ...], ...]] = {}
        #: the letter 4-grams of each product's term words (and their lemmas and stems): a
        #: text sharing none of them cannot match the product
        self.grams: dict[str, frozenset[str]] = {}
        for p in products:
            texts = product_texts(p, tuple(extra.get(p.key, ())))
            words = {self.scorer.words(t) for t in texts}
            self.terms[p.key] = tuple(sorted(w for w in words if w))
            self.grams[p.key] = frozenset(g for t in self.terms[p.key] for g in term_grams(t))
        #: the forms of each product's activity words ('betalen', 'bezwaar'), read once
        self.act_forms = {
            p.key: frozenset(
                f for a in p.activities for w in self.scorer.words(a) for f in forms(w)
            )
            for p in products
        }
        #: the terms that can name a product in a running text: not those of generic words
        #: only ('meldingen', 'melding doen': "is een melding genoeg" names no product)
        self.naming = {
            key: tuple(t for t in terms if any(not forms(w) & GENERIC_WORDS for w in t))
            for key, terms in self.terms.items()
        }
        self.match_text = lru_cache(maxsize=50_000)(self._match_text)

    def _matches(
        self,
        key: str,
        words: tuple[str, ...],
        found: set[str],
        terms: tuple[tuple[str, ...], ...] | None = None,
    ) -> list[tuple[float, tuple[float, ...]]]:
        """The product's terms (or those of `terms`, some of them) that share letters
        (`found`: the text's 4-grams) with the text, matched against its words."""
        if self.grams[key].isdisjoint(found):
            return []
        return [
            self.scorer.match(words, t)
            for t in (self.terms[key] if terms is None else terms)
            if not term_grams(t).isdisjoint(found)
        ]

    def _match_text(self, text: str) -> dict[str, tuple[float, frozenset[int]]]:
        words = self.scorer.words(text)
        if not words:
            return {}
        found = text_grams(words)
        out: dict[str, tuple[float, frozenset[int]]] = {}
        for key in self.terms:
            matches = self._matches(key, words, found)
            if not matches:
                continue
            # what the text says is explained by all the product's terms together; the
            # words explained are those of the best term
            together = tuple(map(max, zip(*(e for _, e in matches), strict=True)))
            score, share, own = max(
                (self.scorer.combine(share, together, words)[0], share, own)
                for share, own in matches
            )
            if score > 0:
                out[key] = (score, self.scorer.combine(share, own, words)[1])
        return out

    def name_share(self, key: str, text: str) -> float:
        """The share (0..1) of the product's own name (products.csv `name_nl`, the UPL
        name, action words dropped) that a text matches."""
        name = self.scorer.words(self.by_key[key].name_nl)
        words = self.scorer.words(text)
        return self.scorer.match(words, name)[0] if name and words else 0.0

    def score_text(self, text: str) -> dict[str, float]:
        """Score per product (0..100) for products the text matches at all."""
        return {key: score for key, (score, _) in self.match_text(text).items()}

    def explained(self, text: str) -> dict[str, frozenset[int]]:
        """Per product, which of the text's content words its best term explains."""
        return {key: words for key, (_, words) in self.match_text(text).items()}

    def score_url(self, url: str) -> dict[str, float]:
        return self.score_text(slug_text(url, self.rules))

    def score_page(self, titles: tuple[str, ...], url: str, lead: str = "") -> dict[str, float]:
        """Page score per product: its best title (h1 or <title>) plus its URL; where the
        title is vague (no product scores `settle`), the lead (the first paragraph) says
        which product the page is about ("Kan ik mijn belasting niet betalen?" ... "Dan
        kunt u kwijtschelding aanvragen"). Where no product explains the title (another
        language), the URL stands for the title, for the products the lead names."""
        w_title, w_url = self.rules.weights["title"], self.rules.weights["url"]
        if not self.scorer.words(slug_text(url, self.rules)):
            # a URL without words ("/nl/product?id=950") says nothing about its page
            w_title, w_url = w_title + w_url, 0.0
        title: dict[str, float] = {}
        for text in titles:
            for key, score in (self.score_text(text) | self.shared_title(text)).items():
                title[key] = max(title.get(key, 0.0), score)
        by_url = self.score_url(url)
        if not title and lead:
            # a title no product's words explain ('Hûnebelesting', Frisian): the address
            # stands for it, for the products the lead names in full too ('Dan betaalt u
            # hondenbelasting')
            named = self.named(lead, tuple(by_url))
            return {k: (w_title + w_url) * s for k, s in by_url.items() if named[k]}
        scores = {k: w_title * title.get(k, 0.0) + w_url * by_url.get(k, 0.0) for k in title}
        if not lead:
            return scores
        if max(scores.values(), default=0.0) >= self.rules.thresholds["settle"]:
            # which products the lead names in full, read once for both rules below
            in_lead = {k for k, s in self.named(lead, tuple(self.by_key)).items() if s}
            return self.lead_names_another(self.lead_decides(scores, in_lead), in_lead)
        w_lead, keep = self.rules.weights["lead"], self.rules.weights["lead_keep"]
        named = self.named(lead, tuple(scores))
        out = {k: max(keep * s, (1 - w_lead) * s + w_lead * named[k]) for k, s in scores.items()}
        if max(title.values()) < self.rules.thresholds["confirm"]:
            out |= self.colloquial(lead, out)
        return out

    def colloquial(self, lead: str, scores: dict[str, float]) -> dict[str, float]:
        """A colloquial title no product's words fit well enough to make it that product's
        page ('Parkeren met een beperking', 'Hulp bij onverwachte kosten'): it is the page
        of the one product its lead names in full ('Met een gehandicaptenparkeerkaart ...'),
        when the title does not score that product, at `confirm`, so that a page of that
        product its own words fit goes first."""
        in_lead = [k for k, s in self.named(lead, tuple(self.by_key)).items() if s]
        if len(in_lead) != 1 or in_lead[0] in scores:
            return {}
        return {in_lead[0]: self.rules.thresholds["confirm"]}

    def named(self, text: str, keys: tuple[str, ...]) -> dict[str, float]:
        """100 for each of the products `keys` a running text (a lead paragraph) names one
        of the terms of in full (a term with a word that is not generic), whatever else it
        says; else 0. A term's words count within one sentence: "... olie op het water?
        Meld het ons" does not name the 'watermelding'."""
        full = self.rules.weights["stem"]
        sentences = [
            (words, text_grams(words))
            for part in SENTENCE_END.split(text)
            if (words := self.scorer.words(part))
        ]
        return {
            key: 100.0
            if any(
                m[0] >= full
                for words, found in sentences
                for m in self._matches(key, words, found, self.naming[key])
            )
            else 0.0
            for key in keys
        }

    def audience_of(self, url: str) -> str:
        """The audience of the site section a URL is in ('burger', 'ondernemer'), or ''. A
        section named for both ('/inwoners-en-ondernemers/') says neither."""
        burger = ondernemer = False
        for segment in urlsplit(url).path.lower().split("/"):
            section = f"/{segment}/"
            for_burger = bool(self.rules.pattern("audience_burger").search(section))
            for_ondernemer = bool(self.rules.pattern("audience_ondernemer").search(section))
            if not (for_burger and for_ondernemer):
                burger, ondernemer = burger or for_burger, ondernemer or for_ondernemer
        return "burger" if burger and not ondernemer else "ondernemer" if ondernemer else ""

    def fit(self, key: str, url: str) -> float:
        """Points a product loses on this page: not measured for this type of organisation,
        or meant for the other audience than the page's section."""
        product = self.by_key[key]
        loss = 0.0
        if self.org_letter and self.org_letter not in product.org_types:
            loss += self.rules.weights["other_type"]
        section = self.audience_of(url)
        if section and product.audience not in (section, "beide"):
            loss += self.rules.weights["audience"]
        return loss

    def rank(self, titles: tuple[str, ...], url: str) -> list[tuple[str, float]]:
        """Products by page score less their `fit` loss, best first; of two that score the
        same, the one fewer types of organisation offer (the more specific to this one)
        goes first."""
        scores = {k: s - self.fit(k, url) for k, s in self.score_page(titles, url).items()}
        return sorted(scores.items(), key=lambda kv: (-kv[1], len(self.by_key[kv[0]].org_types)))

    def best_terms(self, key: str) -> list[str]:
        """Search queries for a product: its first search terms, then its name."""
        product = next(p for p in self.products if p.key == key)
        return [*product.search_terms, product.name_nl]
