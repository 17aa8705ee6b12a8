"""The pages a route walk passes through without taking them as the product's: an
interstitial that is not about the product (an exit notice, a consent wall, a splash page),
passed to its ways on, and an overview of routes (a forms list, a digital counter), whose
entries naming the product the walk goes on through (`classifiers.walk.RouteWalk` builds on
this)."""

from __future__ import annotations

from dataclasses import dataclass, field

from classifiers.aboutproduct import overview_choice
from classifiers.findings import Finding
from classifiers.offers import Step
from classifiers.pagefacts import LinkFacts, PageFacts
from classifiers.routepages import offers_itself
from classifiers.routes import next_hop
from classifiers.walkends import RouteEnds
from digimeter.core.pages import normalize_url

#: Hops from the product page (hop 0) a route may take.
MAX_HOPS = 3
#: A page's pre-fill statements (`prefill_text` findings)
Prefill = tuple[Finding, ...]


@dataclass
class ListedWays(RouteEnds):
    """Interstitials and overviews on the walk; `visited`: the URLs the walk has followed."""

    visited: set[str] = field(default_factory=set)

    def follow(
        self, link: LinkFacts, *, hop: int, parent: str, via: str, prefill: Prefill = ()
    ) -> None:
        """Follow one way on (`RouteWalk.follow`)."""
        raise NotImplementedError

    def passage(self, facts: PageFacts, step: Step, titled: int) -> bool:
        """An interstitial that is not about the product (an exit notice, a consent wall, a
        splash page): passed through to its ways on. Its text must name the product to hold
        the route: a word of one of the product's terms in an exit notice ("u gaat naar een
        website van een andere organisatie" for a 'klacht over de gemeentelijke
        organisatie') does not."""
        assert self.case is not None
        names_product = self.rel(facts.text) >= 2
        if not facts.interstitial or titled or names_product or step.hop >= MAX_HOPS:
            return False
        if self.another(facts.title):
            return False  # another product's page, however short
        self.note_step("route.interstitial", facts.url, facts.title[:80], "interstitial")
        for sub in facts.links:
            if "passage" in sub.reasons and (hop := next_hop(step.hop, sub.reasons)) <= MAX_HOPS:
                self.follow(sub, hop=hop, parent=facts.url, via=step.via)
        return True

    def overview(self, facts: PageFacts, step: Step) -> bool:
        """A page not titled for the product that lists routes (an overview of forms, a
        digital counter): the route goes on through the links that name the product. When
        they lead to a route, the page's own offers (a portal-wide login) do not count;
        when they do not and the page offers a route itself, it is read as any page (False).
        False too when nothing on it names the product."""
        assert self.case is not None
        listed = [sub for sub in facts.links if not any(r.startswith("idp.") for r in sub.reasons)]
        # a link back to a page of the walk ('Terug naar <the product page>') is no entry
        unvisited = [sub for sub in listed if normalize_url(sub.url) not in self.visited]
        entries = self.own_entries(unvisited)
        if step.hop >= MAX_HOPS or not listed:
            return False
        # (a login that names neither this product nor another by name is the page's own,
        # whatever audience a word of it names: 'Inloggen met eHerkenning (bedrijven en
        # organisaties)')
        logins = [
            s
            for s in listed
            if s.claims and not (self.named(s.text) or self.names_another(s.text, s.url))
        ]
        if logins and len([sub for sub in entries if sub not in logins]) < 2:
            # its own logins and one other link (a portal's start page: 'Inloggen met DigiD',
            # 'Eerst checken of u een vergunning nodig heeft'): no list to choose from
            return False
        chosen = overview_choice(facts.title, entries, self.case.product, self.product_title)
        if not chosen and len(entries) < len(unvisited):
            # an overview of several organisations' forms: none of this one's is the
            # product's ('/westervoort/leerlingenvervoer' is not Duiven's way)
            self.note_step("route.overview", facts.url, "no entry of the organisation", "overview")
            self.note_traps(facts)
            return True
        if not chosen:
            # the product page links to its form and to the forms overview listing it: the
            # form was followed from the product page, and the overview has no other route
            # of the product ('Collecteren' among 'Aanslag in termijnen betalen (DigiD)')
            product_page = normalize_url(self.case.product_url)
            followed = [
                sub for sub in listed if normalize_url(sub.url) in self.visited - {product_page}
            ]
            routed = any(route.level > 0 for route in self.routes)
            if (
                routed
                and followed
                and overview_choice(facts.title, followed, self.case.product, self.product_title)
            ):
                self.note_step("route.overview", facts.url, "followed already", "overview")
                self.note_traps(facts)
                return True
            return False
        names = "; ".join(sub.text[:60] for sub in chosen)
        self.note_step("route.overview", facts.url, f"chose {names}", "overview")
        before = len(self.routes)
        for sub in chosen:
            self.follow(sub, hop=step.hop + 1, parent=facts.url, via=step.via)
        if any(route.level > 0 for route in self.routes[before:]) or not offers_itself(facts):
            self.note_traps(facts)
            return True
        return False
