"""Which products a page is about together: the questions discovery asks of a page that
more than one product fits (`Evaluator` inherits them).

* `covers_both`: its title names both products (each explains words of it the other does
  not), and is no one-clause title of one product's act;
* `lead_covered`: its lead names two products side by side in one sentence;
* `most_specific`: of two products a title names, one whose words are a strict part of
  the other's is not the page's too;
* `own_name`: points a page earns for naming a product by its own name.
"""

from __future__ import annotations

from classifiers.matching import SENTENCE_END, ProductMatcher
from classifiers.matchrules import DiscoveryRules
from classifiers.titlerules import one_clause
from crawler.discovery.pageinfo import PageInfo


class PageSharing:
    """Mixed into `crawler.discovery.evaluation.Evaluator`."""

    matcher: ProductMatcher
    rules: DiscoveryRules
    candidate: float

    def lead_covered(self, info: PageInfo) -> frozenset[str]:
        """The products a title fits (scoring `candidate`) that its lead names in full, where
        it names two or more of them side by side in one sentence (nothing but 'en', 'of'
        and the like between their words): 'Waterschapsbelastingen' above 'Zuiderzeeland
        heft de zuiveringsheffing en de watersysteemheffing' is the page of both levies.
        'Standplaats' above 'Wilt u met een kraam op een vaste plek buiten de weekmarkt
        staan?' is not the market permit's."""
        if not (info.lead and info.title):
            return frozenset()
        title = self.matcher.score_text(info.title)
        fits = tuple(k for k, s in title.items() if s >= self.candidate)
        for sentence in SENTENCE_END.split(info.lead) if len(fits) >= 2 else ():
            named = [k for k, s in self.matcher.named(sentence, fits).items() if s]
            spans = self.matcher.explained(sentence)
            together = frozenset(
                k
                for k in named
                for other in named
                if other != k
                and _adjacent(spans.get(k, frozenset()), spans.get(other, frozenset()))
            )
            if len(together) >= 2:
                return together
        return frozenset()

    def own_name(self, key: str, title: str) -> float:
        """Points a page titled `title` earns for naming the product by its own name: of two
        pages alike, the one titled "Horecabedrijf exploitatievergunning" is the
        exploitatievergunning's rather than "Horecavergunning" (a word of the alcohol licence
        too)."""
        return self.rules.weights["own_name"] * self.matcher.name_share(key, title)

    def covers_both(self, title: str, a: str, b: str) -> bool:
        """The title names both products: each explains words of it the other does not.
        A title of one clause (no 'en' joining two things) that names one product's act
        only is that product's: 'Uw aanslag in termijnen betalen' is the
        betalingsregeling's page, the belastingaanslag-bezwaar's 'aanslag' is what is paid
        and nothing says 'bezwaar'. One that names no act and that the product whose words
        begin it fits best is that product's, as Dutch puts the thing first and what it is
        about after: 'Betalingsregeling waterschapsbelasting' is the payment plan's page, not
        the water levy's."""
        if title and {a, b} <= self.matcher.shared_title(title).keys():
            return True
        explained = self.matcher.explained(title) if title else {}
        wa, wb = explained.get(a, frozenset()), explained.get(b, frozenset())
        if not (wa - wb and wb - wa):
            return False
        if not (one_clause(title) and self.matcher.has_acts(a) and self.matcher.has_acts(b)):
            return True
        acts = self.matcher.acts_named(title, (a, b))
        if not acts and (0 in wa) != (0 in wb):
            head, other = (a, b) if 0 in wa else (b, a)
            scores = self.matcher.score_text(title)
            return scores.get(head, 0.0) <= scores.get(other, 0.0)
        return len(acts) != 1

    def most_specific(self, info: PageInfo, chosen: dict[str, float]) -> dict[str, float]:
        """Drop a product whose title words are a strict part of another's and that does not
        score better: a page titled 'Bijzondere bijstand' is not also the 'bijstand' page."""
        if len(chosen) < 2 or not info.titles:
            return chosen
        explained = self.matcher.explained(info.titles[0])
        keep = dict(chosen)
        for a in chosen:
            for b in chosen:
                wa, wb = explained.get(a, frozenset()), explained.get(b, frozenset())
                if a != b and wb and wb < wa and chosen[b] <= chosen[a]:
                    keep.pop(b, None)
        return keep


def _adjacent(a: frozenset[int], b: frozenset[int]) -> bool:
    """Two spans of a text's content words, one right after the other."""
    return bool(a and b) and (max(a) + 1 == min(b) or max(b) + 1 == min(a))
