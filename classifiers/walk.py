"""Following a product page's routes through the stored pages (up to three hops).

From the product page, every candidate route link (`classifiers.routes.route_links`) is
followed through the store: a link or redirect to an identity provider is login evidence
(the provider itself is never fetched), a document is judged as a printable form or not, a
page is read for forms, login buttons, bookings and further links (`offers.py`). A link
whose target was not stored is judged by its own text and URL only, with a lower
confidence. Pages of the organisation's own site are followed only when they are about the
product, so a link to another product's page never lends that product's route. Every route
found is kept; `verdicts.py` takes the highest.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from classifiers.aboutproduct import content_words, disowns, named_in, same_subject, url_words
from classifiers.documents import document_kind
from classifiers.findings import Finding
from classifiers.hosts import host_of
from classifiers.logins import idp_login, login_url
from classifiers.lookahead import leads_to, lists_product, shows_form_naming, titled_like
from classifiers.offers import (
    Route,
    Step,
    books_appointment,
    page_offers,
    prefill_statements,
)
from classifiers.pagefacts import LinkFacts, PageFacts
from classifiers.routepages import lists_others, offers_more
from classifiers.routes import next_hop
from classifiers.walklists import MAX_HOPS, ListedWays, Prefill
from digimeter.core.pages import normalize_url

__all__ = ["MAX_HOPS", "Route", "RouteWalk"]

_PLATFORM_KINDS = ("form", "js_form", "portal", "appointment")
#: The delegation rule for any other domain (judged by what the page shows).
OTHER_DOMAIN = "delegation.other_domain"
#: The login rule for a link that follows a request already made (logins.toml)
STATUS_TRACKER = "site_login.status_tracker"
#: logins whose own words, or the sentence around them, say they follow a request made, a
#: permit had, or that the product is not requested there: never the product's way
NOT_THE_WAY = frozenset({STATUS_TRACKER, "status_lead_in.already_had", "status_lead_in.not_there"})


@dataclass
class RouteWalk(ListedWays):
    """The walk of one case: the routes and notes found, the URLs visited."""

    #: pages reached by a way that named the product and a login ('Inloggen met DigiD en
    #: Woo-verzoek aanvragen'): a bare 'Inloggen' on them is that login, not the site's
    announcing: set[str] = field(default_factory=set)
    #: other bodies' pages titled with the product whose only way on is their portal (the
    #: waste company's 'Afvalcontainer aanvragen': 'In Mijn ROVA regelt u dit'): a 'Mijn
    #: ...' login in their text (not in their header) is the product's
    about_elsewhere: set[str] = field(default_factory=set)

    def start(self, facts: PageFacts) -> None:
        """Walk from the product page."""
        self.product_title = facts.title
        self.read_product_page(facts)
        self.visited.add(normalize_url(facts.url))
        self.walk_product_page(facts)

    def walk_product_page(self, facts: PageFacts) -> None:
        """What the product page offers itself, and its ways on (also those of a view of it:
        a tab '?show=online' is the product page as a person sees it)."""
        assert self.classifier is not None
        # its links straight into another product's login ('Verhuizing doorgeven (DigiD)'
        # to /auth/<form>/digid/start in a box of other products' forms), into a login the
        # page says is for requests already made, or into an appointment system's ('Log in
        # met DigiD en maak direct een afspraak'), gate no form of its own
        page_offers(self, self.gates(facts, product_page=True), Step(hop=0, relevance=2), ())
        for link in facts.links:
            self.follow(link, hop=1, parent=facts.url, via="")

    def follow(
        self, link: LinkFacts, *, hop: int, parent: str, via: str, prefill: Prefill = ()
    ) -> None:
        """Follow one way on from `parent`; `prefill`: the parent page's pre-fill statements
        ('We halen uw gegevens op uit de BRP' above its 'Inloggen met DigiD'), which are
        the login's that the link starts."""
        assert self.classifier is not None and self.case is not None
        # a 'Mijn ...' portal or a 'DigiD aanvragen' link whose address names what the
        # product page is titled (/formulier/<the product page's subject>/inloggen), whose
        # target is titled like the product page (its own form, with a DigiD logo's alt text
        # in the link), lists the product's form among others (the site's forms overview),
        # or shows a request form that names the product (another body's portal where one
        # makes an account: BIJ12's 'MijnFaunazaken' with its 'Schade melden' form), is its
        # route; so is a link named like the product page, which a 'Mijn ...' title is
        # ('Mijn straat is kapot' in the forms overview the page sends the reader to)
        site_login = link.info_signal == "trap_site_login"
        # never a login whose own words say it follows a request made ('Log in met DigiD en
        # bekijk de status van uw melding'), however well they name the product
        portal_for_product = link.info_rule not in NOT_THE_WAY and (
            (
                site_login
                and (
                    normalize_url(parent) in self.announcing
                    or (normalize_url(parent) in self.about_elsewhere and link.in_content)
                    or self.rel(link.text)
                    or same_subject(link.text, self.product_title)
                )
            )
            or (
                link.info_signal in ("trap_site_login", "trap_idp_info_link")
                and (hop == 1 or bool(via))  # on the product page, or on another body's page
                and (
                    named_in(self.product_title, url_words(link.url, query=False))
                    # ('Inloggen Mijn Avalex' to '/mijn/inloggen/grofvuil-laten-ophalen')
                    or self.named(url_words(link.url, query=False))
                    or any(
                        leads_to(self.classifier, link.url, check)
                        for check in (
                            titled_like(self.product_title),
                            lists_product(self.case.product, self.product_title),
                            shows_form_naming(self.rel),
                        )
                    )
                )
            )
        )
        if link.info_rule and not portal_for_product:
            self.note(
                Finding(link.info_signal, link.info_rule, link.url, link.text[:80],
                        self.confidence("info_link"))
            )  # fmt: skip
            return
        key = normalize_url(link.url)
        if key in self.visited or self.is_home(link.url):
            return
        self.visited.add(key)
        rules = self.classifier.rules
        idp, start = idp_login(rules, link.url), login_url(rules, link.url)
        if self.classifier.appointment_address(link.url) and (idp or start or link.claims):
            # 'Mijn afspraak (inloggen met DigiD)': a login to manage an appointment made
            self.note(Finding("trap_site_login", "site_login.appointment", link.url,
                              link.text[:80], self.confidence("info_link")))  # fmt: skip
            return
        if idp is not None or start is not None:
            # a link into an identity provider makes the linking page the gate; a platform's
            # login start URL (/auth/<form>/digid/start) is itself the form's address
            direct = idp or start
            assert direct is not None
            if self.for_another(link, None, None):
                # 'Verhuizing doorgeven (DigiD)' straight to its form's login, in a box of
                # other products' forms on the birth registration's page
                self.note_step("route.another_product", link.url, link.text[:80], "info_link")
                return
            said = {c.signal for c in link.claims}
            signals = said if said and idp is not None else {direct.signal}
            evidence = [
                Finding(direct.signal, direct.rule, link.url, link.text[:80], direct.weight)
            ]
            step = Step(hop - 1, via, self.rel(link.text), prefill)
            self.add(parent if idp is not None else link.url, signals, evidence, step)
            return
        page, chain = self.classifier.resolve(link.url)
        if hop == 1 and self.partners_way(link, page):
            # a way of a product sharing the page, beside one of this product's own
            self.note_step("route.another_product", link.url, link.text[:80], "info_link")
            return
        if not via and not link.embedded:  # a frame's form is shown on the page itself
            via, finding = self.delegation(link.url)
            if (
                finding is not None
                and finding.rule == OTHER_DOMAIN
                and self.presents_org(page, hop)
            ):
                via, finding = "", None  # a supplier's host showing the organisation's own form
            if hop == 1 and self.for_another(link, page, finding):
                self.note_step("route.another_product", link.url, link.text[:80], "info_link")
                if page is not None and (facts := self.classifier.facts(page, hop=hop)):
                    self.note_traps(facts)  # a portal's check seen on the way is a trap
                return
            self.note(finding)
        step = Step(hop, via, self.rel(link.text))
        for target in chain[1:]:
            login = idp_login(rules, target) or login_url(rules, target)
            if login is not None:
                self.add(link.url, {login.signal}, [login], replace(step, prefill=prefill))
                return
        if page is None or page.status == 0 or page.location:
            self.unstored(link, step, page.error if page else "not stored")
        elif page.status in (404, 410):
            self.note(
                Finding("trap_dead_link", "route.dead_link", link.url, str(page.status),
                        self.confidence("dead_link"))
            )  # fmt: skip
        elif page.status >= 400:
            self.unstored(link, step, f"http_{page.status}")
        elif document_kind(rules, link.url if link.is_document else "", page)[0]:
            self.document(link, page, step)
        elif (facts := self.classifier.facts(page, hop=hop)) is not None:
            self.visit(facts, link, step)
        else:
            self.unstored(link, step, f"not html ({page.content_type})")

    def visit(self, facts: PageFacts, link: LinkFacts, step: Step) -> None:
        """A page on the route: its own routes, then its links (product-specific ones)."""
        assert self.case is not None
        if facts.kind in ("news", "search_results"):
            self.note(facts.kind_finding)
            return
        if step.hop == 1 and self.views_product_page(facts.url):
            # a tab of the product page ('Online regelen' to '?show=online'): its text and
            # its ways on are the product page's
            self.read_product_page(facts)
            self.walk_product_page(facts)
            return
        if disowns(facts.text, self.case.product):  # 'Dit is iets anders dan ...'
            self.note_step("route.not_the_same", facts.url, facts.title[:80], "info_link")
            return
        titled = max(self.rel(link.text), self.rel(facts.title))
        own_content = host_of(facts.url) == host_of(self.case.product_url) and not any(
            p.kind in _PLATFORM_KINDS for p in facts.platforms
        )
        # an overview of the own site counts where the product page's call to action leads
        listed = not own_content or step.hop == 1
        if link.claims and self.rel(link.text):
            self.announcing.add(normalize_url(facts.url))
        if step.via and self.rel(facts.title) >= 2 and not offers_more(facts):
            self.about_elsewhere.add(normalize_url(facts.url))
        if self.passage(facts, step, titled) or (listed and self.overview(facts, step)):
            return
        # an interstitial of the own site that names the product ('U wordt doorgestuurd naar
        # het formulier Uittreksel aanvragen') is on its way, as another body's page is
        named = self.rel(facts.text)
        on_its_way = bool(named) if not own_content else facts.interstitial and named >= 2
        about_product = bool(titled) or on_its_way
        # a form the product page links to directly is the product's form, whatever its title;
        # not a list of other products' forms, whose logins are theirs (a 'Digitaal loket'
        # of DigiD links 'Uittreksel BRP', 'Verhuizing doorgeven', ... on the passport's page),
        # nor, beside a way of the page's own that names the product, a form whose link and
        # title both name something else ('Vrijwilliger van het jaar nomineren' beside the
        # subsidies page's 'Aanvraagformulier subsidie')
        direct_form = (
            step.hop == 1
            and (
                facts.logins or facts.js_pending
                or any(f.signal in ("html_form", "own_login") for f in facts.forms)
            )
            and not lists_others(facts, self.another)
            and not (
                self.settled
                and content_words(link.text.lower())
                and content_words(facts.title.lower())
            )
        )  # fmt: skip
        if own_content and not about_product and not direct_form:
            self.note_traps(facts)
            return
        if step.hop == 1 and step.via and link.reasons == ("external",) and not about_product:
            # another body named in the text ('Werk en inkomen regelt u bij Senzer'), no call
            # to action, and its page says nothing of the product: no way to request it
            self.note_traps(facts)
            return
        page_offers(self, self.gates(facts, product_page=False), Step(step.hop, step.via, titled),
                    link.claims)  # fmt: skip
        if books_appointment(facts):
            return  # a person booking an appointment goes on to book it
        # the page another body's call to action on the product page leads to: the user goes
        # on there through its own calls to action ('Aanvragen' on a portal's start page),
        # but not through a list of other products' forms (an e-loket: 'Geen inkomen' there
        # is the bijstand's form, not the marktvergunning's)
        sent_there = (
            step.hop == 1
            and not own_content
            and any(r.startswith("cta.") for r in link.reasons)
            and not lists_others(facts, self.another)
        )
        said = prefill_statements(facts)
        for sub in facts.links:
            hop = next_hop(step.hop, sub.reasons)
            if sub.item_only or hop > MAX_HOPS:
                continue  # an item is followed only where an overview names the product
            if about_product or self.rel(sub.text) or sub.claims:
                self.follow(sub, hop=hop, parent=facts.url, via=step.via, prefill=said)
            elif sent_there and not self.another(sub.text):
                # on the portal the user goes on by its calls to action, not another
                # product's ('Verhuizing doorgeven (DigiD)' in a list of every form)
                self.follow(sub, hop=hop, parent=facts.url, via=step.via, prefill=said)
