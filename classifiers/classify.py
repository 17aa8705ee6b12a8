"""`classify(case, store, rules) -> Verdict`: the classifier's entry point.

A `Classifier` holds a page store, the rules and caches: every page is parsed once and
every document inspected once per run, however many products' routes pass through it
(the Omgevingsloket, a joint tax office, the identity providers).
"""

from __future__ import annotations

from classifiers.documents import DocumentFacts, inspect_document
from classifiers.pagefacts import PageFacts, PlatformHit, analyze_html, platform_hits
from classifiers.ruleset import RuleSet, load_rules
from classifiers.verdicts import decide
from classifiers.walk import RouteWalk
from digimeter.core.model import Case, Product, Verdict
from digimeter.core.pages import Page, PageStore, normalize_url, resolve


class Classifier:
    """Classifies cases against one page store, caching what it reads."""

    def __init__(self, store: PageStore, rules: RuleSet | None = None) -> None:
        self.store = store
        self.rules = rules or load_rules()
        self._resolved: dict[str, tuple[Page | None, list[str]]] = {}
        self._facts: dict[tuple[str, bool], PageFacts | None] = {}
        self._documents: dict[str, DocumentFacts] = {}
        self._platforms: dict[str, tuple[PlatformHit, ...]] = {}

    def resolve(self, url: str) -> tuple[Page | None, list[str]]:
        key = normalize_url(url)
        if key not in self._resolved:
            self._resolved[key] = resolve(self.store, url)
        return self._resolved[key]

    def facts(self, page: Page, *, hop: int) -> PageFacts | None:
        key = (normalize_url(page.url), hop == 0)
        if key not in self._facts:
            self._facts[key] = analyze_html(self.rules, page, hop=hop)
        return self._facts[key]

    def document(self, url: str, page: Page) -> DocumentFacts:
        key = normalize_url(url)
        if key not in self._documents:
            self._documents[key] = inspect_document(self.rules, url, page)
        return self._documents[key]

    def _platform_hits(self, url: str) -> tuple[PlatformHit, ...]:
        hits = self._platforms.get(url)
        if hits is None:
            hits = self._platforms[url] = platform_hits(self.rules, url, "")
        return hits

    def platform_of(self, url: str) -> PlatformHit | None:
        """The platform a URL's host or path belongs to (without reading the page)."""
        hits = self._platform_hits(url)
        return hits[0] if hits else None

    def is_vendor(self, url: str) -> bool:
        return any(h.vendor for h in self._platform_hits(url))

    def appointment_address(self, url: str) -> bool:
        """True for an address of an appointment system (its host or path)."""
        return any(h.kind == "appointment" for h in self._platform_hits(url))

    def classify(self, case: Case, partners: tuple[Product, ...] = ()) -> Verdict:
        """The verdict of one case; `partners`: the products of the organisation's other
        cases on the same page (a page that covers both), whose words name its routes too."""
        if case.outcome != "found":
            return decide(case, self.rules, None, None)
        page, chain = self.resolve(case.product_url)
        facts = self.facts(page, hop=0) if page is not None and page.ok else None
        if facts is None:
            return decide(case, self.rules, None, None, missing=page, chain=chain)
        walk = RouteWalk(
            classifier=self, case=case, confidences=self.rules.confidences, partners=partners
        )
        walk.start(facts)
        return decide(case, self.rules, facts, walk)


def classify(case: Case, store: PageStore, rules: RuleSet | None = None) -> Verdict:
    """Classify one case from stored pages (a pure function of the case, store and rules)."""
    return Classifier(store, rules).classify(case)
