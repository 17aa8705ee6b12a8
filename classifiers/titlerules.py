"""Rules that read a title as a whole, beside the product matcher's word scores.

A title can name two products in its parts ("Paspoort en identiteitskaart"), fit several
alike so that its lead or the act it names decides ("Kan ik mijn aanslag niet in één keer
betalen?"), or sit above a lead that names another product. `TitleRules` is mixed into
`classifiers.matching.ProductMatcher`; its methods use the matcher's scores (`MatcherLike`).
"""

from __future__ import annotations

import re
from typing import Protocol

from classifiers.dutch import forms, tokens
from classifiers.matchrules import DiscoveryRules
from classifiers.wordmatch import TextScorer

#: the words that join the parts of a title naming two things
JOINS = ("en",)
#: a name followed by another in brackets: 'Watervergunning (omgevingsvergunning ...)'
_BRACKETED = re.compile(r"\s*([^()]+?)\s*\(([^()]+)\)\s*")


def one_clause(title: str) -> bool:
    """True when a title names one thing: no 'en' joining two, no 'of' between
    alternatives ('Paspoort of ID-kaart aanvragen')."""
    return not any(w in JOINS or w == "of" for w in tokens(title))


class MatcherLike(Protocol):
    """What the title rules read of the product matcher."""

    rules: DiscoveryRules
    scorer: TextScorer
    act_forms: dict[str, frozenset[str]]

    def score_text(self, text: str) -> dict[str, float]: ...
    def explained(self, text: str) -> dict[str, frozenset[int]]: ...
    def named(self, text: str, keys: tuple[str, ...]) -> dict[str, float]: ...
    def acts_named(self, text: str, keys: tuple[str, ...]) -> frozenset[str]: ...
    def has_acts(self, key: str) -> bool: ...


class TitleRules:
    """Title rules of `ProductMatcher` (see the module's docstring)."""

    def lead_decides(
        self: MatcherLike, scores: dict[str, float], in_lead: set[str]
    ) -> dict[str, float]:
        """Of the products a title fits alike (within `alike` of the best: 'Horecavergunning'
        for the exploitation permit and the alcohol licence; not 'Melding water', which fits
        the watermelding 8 points better than the public-space report), the one the lead alone names
        in full (`in_lead`: 'Dan heeft u een exploitatievergunning nodig') is the page's:
        the others go a point behind it. Behind, not it ahead: the page is no better for it
        than one titled with its own name ('Melding doen' above 'Ziet u een kapotte stuw?'
        for the public-space report, which has a page 'Melding openbare ruimte')."""
        best = max(scores.values())
        near = [k for k, s in scores.items() if s >= best - self.rules.thresholds["alike"]]
        named = [k for k in near if k in in_lead] if len(near) > 1 else []
        if len(named) != 1:
            return scores
        behind = {k: min(scores[k], best - 1.0) for k in near if k != named[0]}
        return scores | behind | {named[0]: best}

    def lead_names_another(
        self: MatcherLike, scores: dict[str, float], in_lead: set[str]
    ) -> dict[str, float]:
        """A title one product's words fit, above a lead that names in full one other
        product and not that one ('Vergunningen en meldingen voor werken bij water' above
        'Voor bouwen heeft u vaak een omgevingsvergunning nodig'): the page is about the
        product the lead names too. It scores `margin` below the title's product, so it is
        that product's page only where the title's product has a better page of its own."""
        top = max(scores, key=scores.__getitem__)
        if len(in_lead) != 1 or top in in_lead:
            return scores
        (other,) = in_lead
        floor = scores[top] - self.rules.thresholds["margin"]
        return scores | {other: max(scores.get(other, 0.0), floor)}

    def shared_title(self: MatcherLike, text: str) -> dict[str, float]:
        """A title that names two products in its parts ("Paspoort en identiteitskaart",
        "Gehandicaptenparkeerkaart en gehandicaptenparkeerplaats op kenteken", a name with
        another in brackets: "Watervergunning (omgevingsvergunning wateractiviteit)"): each
        of them scored on its own part; {} for a title that does not."""
        bracketed = _BRACKETED.fullmatch(text)
        # the bracket joins the name and the other name as 'en' joins two things
        words = tokens(" en ".join(bracketed.groups()) if bracketed else text)
        if not any(w in JOINS for w in words):
            return {}
        # one product's term explains the whole title: it is that product's name
        # ("Drank- en horecavergunning"), not two things joined
        content = len(self.scorer.words(text))
        if any(len(found) == content for found in self.explained(text).values()):
            return {}
        parts: list[str] = []
        current: list[str] = []
        for w in [*words, "en"]:
            if w in JOINS:
                if current:
                    parts.append(" ".join(current))
                current = []
            else:
                current.append(w)
        settle = self.rules.thresholds["settle"]
        tops: list[tuple[list[str], float]] = []
        for part in parts:
            scores = self.score_text(part)
            high = max(scores.values(), default=0.0)
            keys = [k for k, s in scores.items() if s == high]
            # a part that names a product, not only what one does ('werken in' of 'Werken
            # in of langs de weg')
            if high >= settle and any(self.named(part, tuple(keys)).values()):
                tops.append((keys, high))
        # a part that names several products alike names the one no other part names:
        # in "Horecavergunning en horecabedrijf exploitatievergunning" the first part is
        # the alcohol licence, whose neighbour the second part names; a part naming
        # several that no other part names says none of them surely
        sure = {keys[0] for keys, _ in tops if len(keys) == 1}
        best: dict[str, float] = {}
        for keys, score in tops:
            left = [k for k in keys if k not in sure] if len(keys) > 1 else keys
            if len(left) == 1:
                best[left[0]] = max(best.get(left[0], 0.0), score)
        return best if len(best) >= 2 else {}

    def acts_named(self: MatcherLike, text: str, keys: tuple[str, ...]) -> frozenset[str]:
        """The products (of `keys`) whose own activities (products.csv `activities`, their
        content words) the text names in some form ('betalen' in 'Uw aanslag in termijnen
        betalen'); products whose activities are all action words ('aanvragen') never."""
        said = {f for w in self.scorer.words(text) for f in forms(w)}
        return frozenset(key for key in keys if not self.act_forms[key].isdisjoint(said))

    def act_decides(
        self: MatcherLike, title: str, scores: dict[str, float], margin: float, lead: str = ""
    ) -> dict[str, float]:
        """Of the products within `margin` of a one-clause title's best, the only one whose
        own activities it names goes a point ahead: 'Kan ik mijn aanslag niet in één keer
        betalen?' is the payment plan's page ('betalen'), though the objection to an
        assessment scores the word 'aanslag' higher; nothing says 'bezwaar'. Unless the lead
        names another of them in full and not that one: 'Kunt u de belasting niet betalen?'
        above '... Dit heet kwijtschelding' is the remission's page; or the best product
        explains the act's word itself."""
        if not scores or not one_clause(title):
            return scores
        best = max(scores.values())
        near = tuple(k for k, s in scores.items() if s >= best - margin and self.has_acts(k))
        top = max(scores, key=scores.__getitem__)
        if top not in near or len(near) < 2:
            return scores
        acts = self.acts_named(title, near)
        if len(acts) != 1 or top in acts:
            return scores
        (key,) = acts
        # the act must be a word the best product does not explain itself ('Standplaats
        # aanvragen': 'standplaats' is the stall permit's object, whatever else calls it so)
        words = self.scorer.words(title)
        at = {i for i, w in enumerate(words) if forms(w) & self.act_forms[key]}
        if at <= self.explained(title).get(top, frozenset()):
            return scores
        in_lead = {k for k, s in self.named(lead, near).items() if s} if lead else set()
        if in_lead and key not in in_lead:
            return scores
        return scores | {key: best + 1.0}

    def has_acts(self: MatcherLike, key: str) -> bool:
        """True when the product's activities hold a content word (not only 'aanvragen')."""
        return bool(self.act_forms[key])
