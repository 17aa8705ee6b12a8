"""Per-product discovery state and the cases it ends in."""

from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass, field

from crawler.discovery.sourcefiles import FeedEntry
from digimeter.core.model import Case, CrawlOutcome, Organisation, Product

#: found_via values, cheapest first.
SOURCES = ("sc_feed", "sitemap", "search", "links")
#: Candidate failures that make a product unreachable rather than not found.
HARD_FAILURES = ("robots", "dns", "tls", "timeout", "connection")


@dataclass
class ProductState:
    product: Product
    best_score: float = 0.0
    best_url: str = ""
    best_rank: int = len(SOURCES)
    #: the best page's score, less the margin when another product scores as high on it
    best_weight: float = 0.0
    settled: bool = False
    routed: bool = False
    feed: FeedEntry | None = None
    #: candidates fetched per source
    fetched: dict[str, int] = field(default_factory=dict)
    #: (url, reason) of strong candidates that could not be fetched
    failures: list[tuple[str, str]] = field(default_factory=list)
    #: every page that qualified as this product's page: url -> (score, source rank)
    pages: dict[str, tuple[float, int]] = field(default_factory=dict)
    #: those of `pages` that are forms (routes) or in another language, not the information
    #: page of a Dutch reader
    forms: set[str] = field(default_factory=set)
    #: those of `pages` whose title speaks only of another kind of request
    other_kind: set[str] = field(default_factory=set)
    #: those of `pages` whose title says the product's own kind of request ('Melding ...')
    own_kind: set[str] = field(default_factory=set)
    #: those of `pages` that only say the product is not offered
    statements: set[str] = field(default_factory=set)
    #: those of `pages` on another site that the organisation's own pages link to
    elsewhere: set[str] = field(default_factory=set)
    #: the page whose routes were followed
    routed_url: str = ""
    #: the product that owns the page this product shares (crawler.discovery.assignment)
    shared_with: str = ""

    @property
    def key(self) -> str:
        return self.product.key


@dataclass(order=True)
class Proposal:
    """A URL proposed as a product's page, fetched best score first."""

    sort_key: tuple[float, int]
    url: str = field(compare=False)
    product: str = field(compare=False)
    source: str = field(compare=False)
    score: float = field(compare=False)


class Proposals:
    """The queue of candidate product pages of one organisation."""

    def __init__(self) -> None:
        self._heap: list[Proposal] = []
        self._count = itertools.count()
        self.sources: dict[str, set[str]] = {}

    def add(self, url: str, product: str, source: str, score: float) -> None:
        self.sources.setdefault(url, set()).add(source)
        heapq.heappush(
            self._heap, Proposal((-score, next(self._count)), url, product, source, score)
        )

    def pop(self) -> Proposal | None:
        return heapq.heappop(self._heap) if self._heap else None

    def __len__(self) -> int:
        return len(self._heap)

    def rank(self, url: str) -> int:
        found = self.sources.get(url, set())
        return min((SOURCES.index(s) for s in found if s in SOURCES), default=len(SOURCES) - 1)


def build_cases(
    org: Organisation, states: list[ProductState], *, confirm: float, failure: str
) -> list[Case]:
    """One case per applicable product, from what discovery ended with."""
    cases = []
    for st in states:
        hints = {
            "sc_online_aanvragen": st.feed.online_aanvragen if st.feed else "",
            "sc_aanvraag_url": st.feed.aanvraag_url if st.feed else "",
        }
        if failure:
            cases.append(Case(org, st.product, CrawlOutcome.UNREACHABLE, reason=failure, **hints))
        elif st.best_url and st.best_score >= confirm:
            via = SOURCES[min(st.best_rank, len(SOURCES) - 1)]
            reason = f"shared:{st.shared_with}" if st.shared_with else ""
            cases.append(
                Case(org, st.product, CrawlOutcome.FOUND, st.best_url, via, reason, **hints)
            )
        elif hard := [f for f in st.failures if f[1] in HARD_FAILURES or f[1].startswith("http_5")]:
            url, reason = hard[0]
            cases.append(
                Case(org, st.product, CrawlOutcome.UNREACHABLE, url, reason=reason, **hints)
            )
        else:
            cases.append(Case(org, st.product, CrawlOutcome.NOT_FOUND, **hints))
    return cases
