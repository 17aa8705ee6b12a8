"""Where a route walk ends: a document, a target that was not stored, a page of which only
its traps count, and the steps worth noting (`classifiers.walk.RouteWalk` builds on this)."""

from __future__ import annotations

from dataclasses import dataclass

from classifiers.aboutproduct import named_in
from classifiers.documents import document_role, file_words, inspect_document
from classifiers.findings import Finding
from classifiers.offers import Step, document_offer, link_offer
from classifiers.pagefacts import LinkFacts, PageFacts
from classifiers.walkcase import CaseView
from digimeter.core.pages import Page


@dataclass
class RouteEnds(CaseView):
    """The ends of one case's walk; `product_title`: the product page's title."""

    product_title: str = ""

    def note_step(self, rule: str, url: str, snippet: str, confidence: str) -> None:
        """Note a step of the walk without a signal (NOTED_STEPS): the link chosen on an
        overview, an interstitial passed, a way on that is another product's."""
        self.note(Finding("", rule, url, snippet, self.confidence(confidence)))

    def note_traps(self, facts: PageFacts) -> None:
        """Another page of the site or a list: only its traps are noted."""
        for form in facts.forms:
            if form.signal.startswith("trap_"):
                self.note(Finding(form.signal, form.rule, facts.url, form.snippet,
                                  self.confidence("form")))  # fmt: skip

    def document(self, link: LinkFacts, page: Page, step: Step) -> None:
        assert self.classifier is not None and self.case is not None
        facts = self.classifier.document(link.url, page)
        role = document_role(self.classifier.rules, facts, link.text, self.case.product.kind)
        said = f"{link.text} {file_words(link.url)}"
        if (
            role.role == "form" and step.hop == 1
            and (
                self.names_another(said, link.url)
                or self.names_sibling(link.text)
                or self.denied_to(link, said)
            )
            and not named_in(self.product_title, said)
        ):  # fmt: skip
            # another product's form beside this one's page ('Klachtenformulier algemeen
            # (pdf)' in a Downloads box), unless named like the product page ('Aanvraag-
            # formulier kunt u de belasting niet betalen?')
            self.note_step("route.another_product", link.url, link.text[:80], "info_link")
            return
        rel = max(self.rel(link.text), self.rel(file_words(link.url)))
        document_offer(self, link, facts.kind, role, Step(step.hop, step.via, rel),
                       fields=facts.fields)  # fmt: skip

    def unstored(self, link: LinkFacts, step: Step, reason: str) -> None:
        """A route whose target is not stored: only the link's own text and URL count."""
        assert self.classifier is not None and self.case is not None
        rules = self.classifier.rules
        self.note_step("route.not_stored", link.url, reason or "not stored", "not_stored")
        facts = inspect_document(rules, link.url, None)
        if facts.kind or link.is_document:
            role = document_role(rules, facts, link.text, self.case.product.kind)
            rel = max(step.relevance, self.rel(file_words(link.url)))
            document_offer(self, link, facts.kind or "pdf", role, Step(step.hop, step.via, rel),
                           fields=0, text_only=True)  # fmt: skip
        else:
            link_offer(self, link, self.classifier.platform_of(link.url), step)
