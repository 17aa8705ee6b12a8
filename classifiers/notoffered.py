"""'Not offered', found by meaning: a negation, an offering verb and the product's object in
one sentence, instead of fixed sentences.

    from classifiers.notoffered import not_offered_statement
    finding = not_offered_statement(rules, text, url, product)

A sentence (never a question) says the organisation does not offer a product when one rule
of `rules/phrases.toml [[offer_negation]]` matches it:

* its verb: `text` (a pattern) or `verbs` (lemmas, so every form counts: 'verleend',
  'geheven', 'uitgegeven', 'afgeschaft' are 'verlenen', 'heffen', 'uit_geven', 'af_schaffen');
* its `negation` ('geen', 'niet'; a rule without one, 'is afgeschaft', needs none), and not
  its `unless` (a condition: 'als u ...'; 'online': then the product exists, not online);
  a rule with `before` counts only after a sentence that matches it ('vergunningvrij');
* its object: the words the (last) negation negates name the product ('geen
  hondenbelasting meer'), and what follows them is no restriction (`tail`: not 'geen
  subsidie voor activiteiten die ...'); or they are a kind of product that is not the
  product's own ('geen belasting', 'geen vergunning meer nodig') and the rest of the
  sentence names the product ('op het houden van honden', 'voor een collecte'); a rule
  with `context = true` may take the product from the sentence before ('Een terras is
  vergunningvrij als ... . U hoeft niets aan te vragen.').

The product is named through Dutch morphology (`classifiers.dutch`: inflections, lemmas,
compound parts) by the words of its name, terms and objects in products.csv that are not
generic ('vergunning', 'aanvragen'); a word that only narrows it ('hulphonden' for 'hond')
is a restriction, and a sentence that names another product more specifically
(`aboutproduct.names_another`) is about that one. Discovery uses it too, to take the page
that says so as the product's page.
"""

from __future__ import annotations

import re
from functools import lru_cache

from classifiers.aboutproduct import nameless_words, names_another
from classifiers.dutch import analyse, lemma, tokens
from classifiers.findings import Finding
from classifiers.matching import GENERIC_WORDS
from classifiers.rule import Rule
from classifiers.ruleset import RuleSet
from digimeter.core.model import Product

__all__ = ["names_object", "not_offered_statement", "object_forms"]

_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")
MAX_SENTENCE = 400
#: the words that end the phrase a negation negates (prepositions, conjunctions)
_PHRASE_END = re.compile(
    r"\b(voor|tijdens|binnen|buiten|zonder|behalve|op|in|bij|na|tot|vanaf|dan|aan|van|met|"
    r"en|want|omdat|maar|dus|daarom|of|die|dat|als|wanneer)\b|[,;:.!?]"
)
#: words of a negated phrase that say nothing about what it is ('meer', articles, 'geen
#: aparte vergunning')
_FILLER = frozenset(
    {"meer", "een", "de", "het", "ook", "nog", "wel", "echt", "dan", "wij", "we", "aparte",
     "afzonderlijke", "hiervoor", "daarvoor", "daarom", "dus"}
)  # fmt: skip
#: separable verb particles and the like, no things ('geven wij niet af', 'niet nodig')
_PARTICLES = frozenset({"af", "uit", "toe", "op", "nodig", "mogelijk", "meer", "wordt", "worden"})


@lru_cache(maxsize=4096)
def object_forms(product: Product) -> frozenset[str]:
    """The forms (inflections, lemmas) of the words that name the product: the words of its
    name, search terms and objects with 4+ letters that are not generic."""
    words = {
        w
        for phrase in (product.name_nl, *product.search_terms, *product.objects)
        for w in tokens(phrase)
        if len(w) >= 4 and w not in GENERIC_WORDS
    }
    return frozenset(f for w in words for f in analyse(w).forms)


def _naming(text: str, product: Product) -> tuple[bool, bool]:
    """(the text names the product with a word of its own, the text has a word that only
    narrows it: a compound of one of its words with another, 'hulphonden')."""
    own = object_forms(product)
    plain = narrowed = False
    for token in tokens(text):
        word = analyse(token)
        if word.forms & own:
            plain = True
        elif word.compound and any(part & own for part in word.parts):
            narrowed = True
    return plain, narrowed


def names_object(text: str, product: Product) -> bool:
    """True when the text names the product (a word of its own, or a compound of one) and
    no other product more specifically."""
    plain, narrowed = _naming(text, product)
    return (plain or narrowed) and not names_another(text, product)


def _kind_only(rules: RuleSet, phrase: str) -> bool:
    """True when a negated phrase speaks of a kind of product only ('belasting', 'vergunning
    meer nodig'): its first word is one of `[offer_kind]`'s words."""
    words = [w for w in tokens(phrase) if w not in _FILLER]
    kind = rules.tables.get("offer_kind")
    return bool(words) and kind is not None and bool(kind.search("word", words[0]))


def _verb(rule: Rule, sentence: str) -> bool:
    if rule.search("text", sentence):
        return True
    verbs = rule.option("verbs") or ()
    return bool(verbs) and any(lemma(w) in verbs for w in tokens(sentence))


def _says_nothing(phrase: str) -> bool:
    """True when a negated phrase names no thing: empty, or one verb and particles ('niet
    verleend', 'geven wij niet af', not 'geen kosten verbonden'); the object is then before
    the negation."""
    words = [w for w in tokens(phrase) if w not in _FILLER]
    rest = [w for w in words if w not in _PARTICLES]
    return len(rest) <= 1 and all(_verb_form(w) for w in rest)


def _verb_form(word: str) -> bool:
    """A verb ('verleend', 'aanvragen'), not a noun ('kosten': its lemma is 'kost')."""
    base = lemma(word)
    return "_" in base or base.endswith("en") or (word in GENERIC_WORDS and word.endswith("en"))


def _about_product(
    rules: RuleSet, rule: Rule, sentence: str, before: str, product: Product, title: str = ""
) -> str:
    """Where the sentence names the product as the thing not offered (see the module
    docstring): 'sentence', 'before' (the sentence before names it), 'title' (a bare
    sentence under a title that names it), or '' (it does not)."""
    if names_another(sentence, product):
        return ""
    if title and _bare(rules, rule, sentence) and names_object(title, product):
        return "title"
    plain, narrowed = _naming(sentence, product)
    context = "before" if before and names_object(before, product) else ""
    if "before" in rule.patterns:  # only after a sentence that says so ('vergunningvrij')
        if not (before and rule.search("before", before)):
            return ""
        return "before" if context or plain else ""
    negation = rule.patterns.get("negation")
    if negation is None:  # 'De terrasvergunning is afgeschaft'
        return "sentence" if plain else context if rule.option("context") else ""
    *earlier, last = negation.finditer(sentence.lower())
    head, after = sentence[: last.start()], sentence[last.end() :]
    named = _object_negated(rule, after, product)
    if named is not None:
        return "sentence" if named else ""
    phrase, rest = _negated_phrase(after)
    tail = "tail" not in rule.patterns or bool(rule.search("tail", after))
    # 'geen belasting op ... honden', 'voor een collecte ... geen vergunning'
    kind, nothing = _kind_only(rules, phrase), _says_nothing(phrase)
    if kind and _naming(f"{head} {rest}", product) == (True, False):
        return "sentence"
    if not kind and nothing and tail and _naming(head, product)[0]:
        return "sentence"
    if rule.option("context") and (kind or nothing) and not (plain or narrowed):
        return context
    # one of several things negated: 'heft geen reclamebelasting en geen precariobelasting'
    if any(_object_negated(rule, sentence[m.end() :], product) for m in earlier):
        return "sentence"
    return ""


def _bare(rules: RuleSet, rule: Rule, sentence: str) -> bool:
    """True when a sentence denies a kind of product and names nothing else, besides its
    verbs and small words ('U heeft geen vergunning nodig', 'Ontheffingen worden niet meer
    verleend', 'Een ontheffing bestaat niet meer'): what it denies is the subject of the
    page it is on. Not 'In het buitengebied heeft u geen vergunning nodig', which restricts
    it, nor 'Er zijn geen kosten verbonden aan de melding', which denies costs."""
    kind, negation = rules.tables.get("offer_kind"), rule.patterns.get("negation")
    if kind is None or negation is None:
        return False
    *_, last = negation.finditer(sentence.lower())
    phrase, _ = _negated_phrase(sentence[last.end() :])
    subject = tokens(sentence[: last.start()])
    denied = _kind_only(rules, phrase) or (
        _says_nothing(phrase) and any(kind.search("word", w) for w in subject)
    )
    verbs = rule.option("verbs") or ()
    return denied and all(
        w in _small_words() or kind.search("word", w) or _verb_form(w) or lemma(w) in verbs
        for w in tokens(sentence)
    )


@lru_cache(maxsize=1)
def _small_words() -> frozenset[str]:
    """Words a bare sentence may hold besides a kind of product and its verbs."""
    return _FILLER | _PARTICLES | nameless_words()


def _negated_phrase(after: str) -> tuple[str, str]:
    """The words a negation negates (up to a preposition, a conjunction or a stop) and the
    rest of the sentence after them."""
    end = _PHRASE_END.search(after)
    return (after[: end.start()], after[end.start() :]) if end else (after, "")


def _object_negated(rule: Rule, after: str, product: Product) -> bool | None:
    """Whether the words after a negation name the product as the thing not offered: None
    when they do not name it; else True unless what follows restricts it (`tail`, or a
    narrower compound of its word: 'geen hondenbelasting voor hulphonden')."""
    phrase, rest = _negated_phrase(after)
    if not _naming(phrase, product)[0]:
        return None
    rest_plain, rest_narrowed = _naming(rest, product)
    # what follows completes the object ('plaatsen op een markt') or restricts it
    tail = "tail" not in rule.patterns or bool(rule.search("tail", after))
    return not rest_narrowed if rest_plain else tail


#: a sentence that says something is not offered: (the sentence, the one before, the rule)
Negation = tuple[str, str, Rule]


@lru_cache(maxsize=256)
def _negations(rules: RuleSet, text: str) -> tuple[Negation, ...]:
    """The sentences of `text` that say that something is not offered, whatever the product
    (the part of the test that does not depend on it, made once per text)."""
    negations = rules.section("offer_negation")
    found: list[Negation] = []
    before = ""
    for sentence in _SENTENCE.split(text):
        sentence = sentence.strip()
        previous, before = before, ("" if sentence.endswith("?") else sentence)
        if len(sentence) > MAX_SENTENCE or not sentence or sentence.endswith("?"):
            continue
        for rule in negations:
            if rule.search("unless", sentence) or not _verb(rule, sentence):
                continue
            if "negation" in rule.patterns and not rule.search("negation", sentence):
                continue
            found.append((sentence, previous, rule))
    return tuple(found)


def not_offered_statement(
    rules: RuleSet, text: str, url: str, product: Product, title: str = ""
) -> Finding | None:
    """The first sentence of `text` that says the product is not offered, as a finding;
    a sentence that names nothing but a kind of product ('Ontheffingen worden niet meer
    verleend') is about the product when the page's `title` names it ('Winkeltijden').
    A text of lines (one per block: `classifiers.html.block_text`) is read twice: with each
    heading a sentence of its own ('Bouwen en wonen langs water' does not make the sentence
    under it about water), and with the heading running into the sentence under it, the
    subject it names ('Koopzondagen' above 'U hoeft daarvoor geen ontheffing aan te
    vragen'). Either reading that says so counts."""
    if not object_forms(product) or not rules.section("offer_negation"):
        return None
    readings = (text, " ".join(text.splitlines())) if "\n" in text else (text,)
    for reading in readings:
        for sentence, previous, rule in _negations(rules, reading):
            where = _about_product(rules, rule, sentence, previous, product, title)
            if not where:
                continue
            context = {"before": previous, "title": f"{title}:"}.get(where, "")
            said = f"{context} {sentence}"
            snippet = " ".join(said.split())[:300]
            return Finding(rule.signal, rule.id, url, snippet, rule.weight)
    return None
