"""What one step of a route offers: a page's own routes, a document, or a link's own words.

The route walk (`walk.py`) finds the steps; the functions here turn one step into routes
(`Route`, with a level, signals, evidence and a confidence) and notes (qualifiers and
recognised traps) in a `RouteLog`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from classifiers.documents import DocumentRole
from classifiers.findings import Finding
from classifiers.pagefacts import LinkFacts, PageFacts, PlatformHit
from classifiers.signals import level_from_signals

#: Walk steps without a signal that are kept as evidence: the link chosen on an overview,
#: an interstitial passed through.
NOTED_STEPS = frozenset(
    {"route.overview", "route.interstitial", "route.another_product", "route.not_the_same"}
)


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


@dataclass(frozen=True)
class Step:
    """Where on the route a step is: its hop, the other body's host, its relevance."""

    hop: int
    via: str = ""
    relevance: int = 0
    prefill: tuple[Finding, ...] = ()


@dataclass
class RouteLog:
    """The routes and side findings of one case."""

    routes: list[Route] = field(default_factory=list)
    notes: list[Finding] = field(default_factory=list)
    #: the rule files' [confidence] table (RuleSet.confidences)
    confidences: Mapping[str, float] = field(default_factory=dict)

    def confidence(self, name: str) -> float:
        """The confidence the rule files give a finding of kind `name`."""
        return self.confidences[name]

    def add(
        self, url: str, signals: set[str], evidence: list[Finding], step: Step,
        *, text_only: bool = False,
    ) -> None:  # fmt: skip
        """A route to `url`: its level follows from its signals, its confidence from its
        evidence."""
        if not evidence:
            raise ValueError(f"a route to {url} without evidence")
        confidence = max(f.weight for f in evidence)
        self.routes.append(
            Route(
                level=level_from_signals(signals), url=url, signals=frozenset(signals),
                evidence=tuple(evidence),
                confidence=round(
                    confidence * (self.confidence("text_only_factor") if text_only else 1), 3
                ),
                via=step.via, hop=step.hop, relevance=step.relevance, order=len(self.routes),
                text_only=text_only, prefill=step.prefill,
            )
        )  # fmt: skip

    def note(self, finding: Finding | None) -> None:
        """Keep a finding with a signal, or a step of the walk worth showing (NOTED_STEPS)."""
        if finding is not None and (finding.signal or finding.rule in NOTED_STEPS):
            self.notes.append(finding)


def prefill_statements(facts: PageFacts) -> tuple[Finding, ...]:
    """The page's pre-fill statements ('We halen uw gegevens op uit de BRP')."""
    return tuple(f for _, f in facts.phrases if f.signal == "prefill_text")


def page_offers(log: RouteLog, facts: PageFacts, step: Step, claims: tuple[Finding, ...]) -> None:
    """The routes a page offers itself: a login gate, a web form, a booking, a script form."""
    step = replace(step, prefill=prefill_statements(facts))
    for scope, finding in facts.phrases:
        on_product_page = step.hop == 0 and finding.signal != "prefill_text"
        on_route = scope != "product" and finding.signal in ("payment_step", "via_delegation")
        if on_product_page or on_route:
            log.note(finding)
    for finding in facts.traps if step.hop == 0 else ():
        log.note(finding)
    js_form = {"js_form"} if facts.js_built else set()
    # an appointment system's page books a moment at the counter: its other forms are the
    # booking's steps and its logins manage appointments made ('Mijn afspraken')
    booked = step.hop > 0 and books_appointment(facts)
    if booked:
        for login in facts.logins:
            log.note(replace(login, signal="trap_site_login", rule="site_login.appointment"))
    elif facts.logins:
        log.add(facts.url, {f.signal for f in facts.logins} | js_form, [*facts.logins], step)
    for form in facts.forms:
        finding = Finding(form.signal, form.rule, facts.url, form.snippet, log.confidence("form"))
        if form.signal == "appointment_online":
            log.add(facts.url, {"appointment_online"}, [finding], step)
        elif booked:
            continue
        elif form.signal == "html_form":
            log.add(facts.url, js_form or {"html_form"}, [finding], step)
        elif form.signal == "own_login":
            log.add(facts.url, {"own_login"}, [finding], step)
        else:
            log.note(finding)
    booking = facts.platform("appointment")
    if booking and not any(f.signal == "appointment_online" for f in facts.forms):
        finding = Finding(
            "appointment_online", booking.rule, facts.url, facts.title, booking.weight
        )
        log.add(facts.url, {"appointment_online"}, [finding], step)
    if booked:
        return
    script = facts.platform("js_form")
    if facts.js_pending and script is not None:
        # the form was not rendered: the link's own words say whether it needs a login
        embed = Finding("js_form", script.rule, facts.url, facts.title[:80], script.weight)
        if claims:
            signals = {c.signal for c in claims} | {"js_form"}
            log.add(facts.url, signals, [*claims, embed], step, text_only=True)
        else:
            log.add(facts.url, {"js_form"}, [embed], step)
    for address, signal, rule in facts.mailtos:
        log.note(Finding(signal, rule, facts.url, address, log.confidence("mailto")))


def books_appointment(facts: PageFacts) -> bool:
    """True for a page of an appointment system (a booking host or markup, a booking
    form): nothing on it requests a product."""
    booking_form = any(f.signal == "appointment_online" for f in facts.forms)
    return facts.platform("appointment") is not None or booking_form


def document_offer(
    log: RouteLog, link: LinkFacts, kind: str, role: DocumentRole, step: Step, *,
    fields: int, text_only: bool = False,
) -> None:  # fmt: skip
    """A printable form (33), or a document that raises nothing (noted as a trap)."""
    if role.role != "form":
        wanted = "trap_auxiliary_pdf" if role.role == "auxiliary" else "trap_regulation_pdf"
        rule = next((r for r, sig, _ in role.rules if sig == wanted), "docrole.not_a_form")
        log.note(
            Finding(wanted, rule, link.url, link.text[:80], log.confidence("not_a_form_document"))
        )
        return
    signal = "pdf_form" if kind == "pdf" else "doc_form"
    signals = {signal, "pdf_fillable"} if fields and kind == "pdf" else {signal}
    weight = min(
        log.confidence("document_form_max"),
        log.confidence("document_form") + role.score * log.confidence("document_form_per_score"),
    )
    evidence = (
        [
            Finding(signal, rule, link.url, snippet, weight)
            for rule, sig, snippet in role.rules
            if not sig  # the wording and content that make it a form
        ]
        or [Finding(signal, "docrole.fields", link.url, link.text[:120], weight)]
    )
    evidence[0] = replace(evidence[0], snippet=link.text[:120] or evidence[0].snippet)
    log.add(link.url, signals, evidence[:3], step, text_only=text_only)


def link_offer(log: RouteLog, link: LinkFacts, platform: PlatformHit | None, step: Step) -> None:
    """A link whose target is not stored: a login it announces, or the sentence just before
    it ('U logt in met DigiD.' above 'Online aanvragen', a form host that robots.txt closes
    to the crawler), or a form platform's URL, or an online form its words announce ('Vul
    het online formulier in')."""
    claims = link.claims or link.lead_in_claims
    if claims:
        log.add(link.url, {c.signal for c in claims}, [*claims], step, text_only=True)
    elif platform is not None and platform.kind in ("form", "js_form", "portal"):
        weight = platform.weight * log.confidence("platform_link_factor")
        finding = Finding("html_form", platform.rule, link.url, link.text[:80], weight)
        log.add(link.url, {"html_form"}, [finding], step, text_only=True)
    elif link.form_claims:
        log.add(link.url, {"html_form"}, [*link.form_claims], step, text_only=True)
    elif platform is not None and platform.kind == "appointment":
        finding = Finding(
            "appointment_online", platform.rule, link.url, link.text[:80], platform.weight
        )
        log.add(link.url, {"appointment_online"}, [finding], step, text_only=True)
