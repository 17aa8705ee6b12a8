"""Following a product page's routes through the stored pages (up to three hops).

From the product page, every candidate route link (`classifiers.routes.route_links`) is
followed through the store: a link or redirect to an identity provider is login evidence
(the provider itself is never fetched), a document is judged as a printable form or not, a
page is read for forms, login buttons, bookings and further links. A link whose target was
not stored is judged by its own text and URL only, with a lower confidence. Every route
found is kept; `verdicts.py` takes the highest.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from classifiers.documents import document_kind, document_role, file_words, inspect_document
from classifiers.findings import Finding
from classifiers.hosts import host_of, is_own_host, relevance
from classifiers.logins import idp_login, login_url
from classifiers.pagefacts import LinkFacts, PageFacts
from digimeter.model import Case
from digimeter.pages import normalize_url

if TYPE_CHECKING:
    from classifiers.classify import Classifier

#: Hops from the product page (hop 0) a route may take.
MAX_HOPS = 3
#: Confidence factor for a decision that rests on a link's text because its target is missing.
TEXT_ONLY = 0.6


@dataclass(frozen=True)
class Route:
    """One way the product can be requested, and the evidence for it."""

    level: int
    url: str
    signals: frozenset[str]
    evidence: tuple[Finding, ...]
    confidence: float
    via: str = ""
    hop: int = 0
    relevance: int = 0
    order: int = 0
    text_only: bool = False
    prefill: tuple[Finding, ...] = ()

    def rank(self) -> tuple[int, int, int, int, float, int]:
        """Highest level first; then observed over text-only, product-specific, fewest hops."""
        return (
            self.level, not self.text_only, self.relevance, -self.hop, self.confidence,
            -self.order,
        )  # fmt: skip


@dataclass
class RouteWalk:
    """The routes and side findings of one case."""

    classifier: Classifier
    case: Case
    routes: list[Route] = field(default_factory=list)
    notes: list[Finding] = field(default_factory=list)
    visited: set[str] = field(default_factory=set)
    product_login_text: bool = False

    # -- bookkeeping ----------------------------------------------------------------------
    def add(self, level: int, url: str, signals: set[str], evidence: list[Finding], **kw) -> None:  # type: ignore[no-untyped-def]
        confidence = max((f.weight for f in evidence), default=0.5)
        if kw.pop("text_only", False):
            kw["text_only"] = True
            confidence *= TEXT_ONLY
        self.routes.append(
            Route(
                level=level, url=url, signals=frozenset(signals), evidence=tuple(evidence),
                confidence=round(confidence, 3), order=len(self.routes), **kw,
            )
        )  # fmt: skip

    def note(self, finding: Finding | None) -> None:
        if finding is not None and finding.signal:
            self.notes.append(finding)

    def rel(self, text: str) -> int:
        return relevance(text, self.case.product)

    def delegation(self, url: str) -> tuple[str, Finding | None]:
        """(host, finding) when `url` is another body's route, else ('', None)."""
        host = host_of(url)
        if not host or is_own_host(host, self.case.org, self.case.product_url):
            return "", None
        if idp_login(self.classifier.rules, url) or self.classifier.is_vendor(url):
            return "", None
        for rule in self.classifier.rules.section("body"):
            match = rule.search("host", host)
            if match:
                return host, Finding(rule.signal, rule.id, url, host, rule.weight)
        return "", None

    # -- the walk -------------------------------------------------------------------------
    def start(self, facts: PageFacts) -> None:
        """Walk from the product page."""
        self.visited.add(normalize_url(facts.url))
        self.product_login_text = any(f.signal == "login_text" for _, f in facts.phrases)
        self.page_routes(facts, hop=0, via="", relevant=2, link_text="")
        for link in facts.links:
            self.follow(link, hop=1, parent=facts.url, via="")

    def follow(self, link: LinkFacts, *, hop: int, parent: str, via: str) -> None:
        if link.info_rule:
            self.note(Finding(link.info_signal, link.info_rule, link.url, link.text[:80], 0.8))
            return
        key = normalize_url(link.url)
        if key in self.visited:
            return
        self.visited.add(key)
        rules = self.classifier.rules
        rel = self.rel(link.text)
        idp, start = idp_login(rules, link.url), login_url(rules, link.url)
        direct = idp or start
        if direct is not None:
            # a link into an identity provider makes the linking page the gate; a platform's
            # login start URL (/auth/<form>/digid/start) is itself the form's address
            evidence = [
                Finding(direct.signal, direct.rule, link.url, link.text[:80], direct.weight)
            ]
            said = {c.signal for c in link.claims}
            signals = said if said and idp is not None else {direct.signal}
            gate = parent if idp is not None else link.url
            self.add(100, gate, signals, evidence, via=via, hop=hop - 1, relevance=rel)
            return
        if not via:
            via, finding = self.delegation(link.url)
            self.note(finding)
        page, chain = self.classifier.resolve(link.url)
        for target in chain[1:]:
            login = idp_login(rules, target) or login_url(rules, target)
            if login is not None:
                self.add(100, link.url, {login.signal}, [login], via=via, hop=hop, relevance=rel)
                return
        if page is None or page.status == 0 or page.location:
            self.judge_text(link, hop=hop, via=via, reason=page.error if page else "not stored")
            return
        if page.status in (404, 410):
            self.note(Finding("trap_dead_link", "route.dead_link", link.url, str(page.status), 0.9))
            return
        if page.status >= 400:
            self.judge_text(link, hop=hop, via=via, reason=f"http_{page.status}")
            return
        kind, _ = document_kind(rules, link.url, page) if link.is_document else ("", "")
        if kind or document_kind(rules, "", page)[0]:
            self.document(link, page, hop=hop, via=via)
            return
        facts = self.classifier.facts(page, hop=hop)
        if facts is None:
            self.judge_text(link, hop=hop, via=via, reason=f"not html ({page.content_type})")
            return
        self.visit(facts, link, hop=hop, via=via)

    def visit(self, facts: PageFacts, link: LinkFacts, *, hop: int, via: str) -> None:
        """A page on the route: its own routes, then its links (product-specific ones)."""
        if facts.kind == "news":
            self.note(facts.kind_finding)
            return
        if facts.kind == "search_results":
            return
        own_content = host_of(facts.url) == host_of(self.case.product_url) and not any(
            p.kind in ("form", "js_form", "portal", "appointment") for p in facts.platforms
        )
        page_rel = max(self.rel(link.text), self.rel(facts.title))
        relevant = page_rel or (not own_content and self.rel(facts.text))
        if own_content and not relevant:
            for form in facts.forms:
                if form.signal.startswith("trap_"):
                    self.note(Finding(form.signal, form.rule, facts.url, form.snippet, 0.9))
            return
        self.page_routes(
            facts, hop=hop, via=via, relevant=page_rel, link_text=link.text, claims=link.claims
        )
        if hop >= MAX_HOPS:
            return
        page_is_about_product = relevant or (not own_content and self.rel(facts.text))
        for sub in facts.links:
            if page_is_about_product or self.rel(sub.text) or sub.claims:
                self.follow(sub, hop=hop + 1, parent=facts.url, via=via)

    def page_routes(
        self, facts: PageFacts, *, hop: int, via: str, relevant: int, link_text: str,
        claims: tuple[Finding, ...] = (),
    ) -> None:  # fmt: skip
        """The routes a page offers itself: a login gate, a web form, a booking."""
        prefill = tuple(f for scope, f in facts.phrases if f.signal == "prefill_text")
        for scope, finding in facts.phrases:
            if scope != "product" and finding.signal in ("payment_step", "via_delegation"):
                self.note(finding)
        if hop == 0:
            for finding in facts.traps:
                self.note(finding)
            self.notes += [f for _, f in facts.phrases if f.signal != "prefill_text"]
        kw = {"via": via, "hop": hop, "relevance": relevant, "prefill": prefill}
        js = facts.platform("js_form")
        if facts.logins:
            signals = {f.signal for f in facts.logins} | ({"js_form"} if facts.js_built else set())
            self.add(100, facts.url, signals, list(facts.logins), **kw)
        for form in facts.forms:
            finding = Finding(form.signal, form.rule, facts.url, form.snippet, 0.9)
            if form.signal in ("html_form", "own_login"):
                built = facts.js_built and form.signal == "html_form"
                signal = "js_form" if built else form.signal
                self.add(67, facts.url, {signal}, [finding], **kw)
            elif form.signal == "appointment_online":
                self.add(0, facts.url, {"appointment_online"}, [finding], **kw)
            else:
                self.note(finding)
        booking = facts.platform("appointment")
        if booking and not any(f.signal == "appointment_online" for f in facts.forms):
            finding = Finding(
                "appointment_online", booking.rule, facts.url, facts.title, booking.weight
            )
            self.add(0, facts.url, {"appointment_online"}, [finding], **kw)
        if facts.js_pending and js is not None:
            embed = Finding("js_form", js.rule, facts.url, facts.title[:80], js.weight)
            if claims:
                self.add(
                    100,
                    facts.url,
                    {c.signal for c in claims} | {"js_form"},
                    [*claims, embed],
                    text_only=True,
                    **kw,
                )
            else:
                self.add(67, facts.url, {"js_form"}, [embed], **kw)
        for mail in facts.mailtos:
            self.note(Finding("mailto", "content.mailto", facts.url, mail, 0.9))

    def document(self, link: LinkFacts, page, *, hop: int, via: str) -> None:  # type: ignore[no-untyped-def]
        rules = self.classifier.rules
        facts = self.classifier.document(link.url, page)
        role = document_role(rules, facts, link.text, self.case.product.kind)
        self.document_route(link, facts.kind, role, fields=facts.fields, hop=hop, via=via)

    def document_route(
        self,
        link: LinkFacts,
        kind: str,
        role,
        *,
        fields: int,
        hop: int,
        via: str,
        text_only: bool = False,
    ) -> None:  # type: ignore[no-untyped-def]
        evidence = [Finding("", rule_id, link.url, snip, 0.9) for rule_id, _, snip in role.rules]
        if role.role != "form":
            trap = next((s for _, s, _ in role.rules if s), "trap_regulation_pdf")
            if role.role == "auxiliary":
                trap = "trap_auxiliary_pdf"
            self.note(
                Finding(
                    trap,
                    evidence[0].rule if evidence else "docrole.none",
                    link.url,
                    link.text[:80],
                    0.8,
                )
            )
            return
        signals = {"pdf_form"} if kind == "pdf" else {"doc_form"}
        if fields and kind == "pdf":
            signals.add("pdf_fillable")
        signal = "pdf_form" if kind == "pdf" else "doc_form"
        main = Finding(
            signal,
            evidence[0].rule if evidence else "docrole.form",
            link.url,
            link.text[:120],
            min(0.95, 0.6 + role.score / 4),
        )
        rel = max(self.rel(link.text), self.rel(file_words(link.url)))
        self.add(
            33,
            link.url,
            signals,
            [main, *evidence[1:3]],
            via=via,
            hop=hop,
            relevance=rel,
            text_only=text_only,
        )

    def judge_text(self, link: LinkFacts, *, hop: int, via: str, reason: str) -> None:
        """A route whose target is not stored: only the link's own text and URL count."""
        rules = self.classifier.rules
        self.note(Finding("", "route.not_stored", link.url, reason or "not stored", 0.5))
        kind, _ = document_kind(rules, link.url, None)
        rel = self.rel(link.text)
        if kind or link.is_document:
            facts = inspect_document(rules, link.url, None)
            role = document_role(rules, facts, link.text, self.case.product.kind)
            self.document_route(
                link, kind or "pdf", role, fields=0, hop=hop, via=via, text_only=True
            )
            return
        if link.claims:
            self.add(
                100,
                link.url,
                {c.signal for c in link.claims},
                list(link.claims),
                via=via,
                hop=hop,
                relevance=rel,
                text_only=True,
            )
            return
        platform = self.classifier.platform_of(link.url)
        if platform is not None and platform.kind in ("form", "js_form", "portal"):
            finding = Finding(
                "html_form", platform.rule, link.url, link.text[:80], platform.weight * 0.7
            )
            self.add(
                67,
                link.url,
                {"html_form"},
                [finding],
                via=via,
                hop=hop,
                relevance=rel,
                text_only=True,
            )
        elif platform is not None and platform.kind == "appointment":
            finding = Finding(
                "appointment_online", platform.rule, link.url, link.text[:80], platform.weight
            )
            self.add(
                0,
                link.url,
                {"appointment_online"},
                [finding],
                via=via,
                hop=hop,
                relevance=rel,
                text_only=True,
            )
