"""What a route walk asks of the links and pages it meets beyond the product page
(`classifiers.productview`): whether a link names another product instead of this one,
whether an address is another body's route, the organisation's home page, or another domain
presenting the organisation's own form. The base of `classifiers.walk.RouteWalk` (through
`classifiers.walkends.RouteEnds`), which holds the walking itself."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from classifiers.aboutproduct import (
    names_another_by_name,
    names_narrower,
    url_words,
)
from classifiers.clickables import TEXT_URL
from classifiers.findings import Finding
from classifiers.hosts import bare_host, host_of, is_own_host, registrable
from classifiers.logins import SNIP, idp_login, login_url
from classifiers.pagefacts import LinkFacts, PageFacts
from classifiers.productview import ProductPageView
from digimeter.core.pages import Page

__all__ = ["CaseView"]


@dataclass
class CaseView(ProductPageView):
    """One case's view of the links and pages of its walk."""

    def for_another(self, link: LinkFacts, page: Page | None, body: Finding | None) -> bool:
        """True when a link on the product page names another product and not this one, by
        its words and its address ('Zie ook: Melding openbare ruimte' on the alcohol
        licence's page), nor does the page it leads to: that product's way, not this one's.
        Another body's portal is followed unless the link names another product by name
        ('vergunningcheck in het Omgevingsloket' on a page about advertising), whatever else
        it says ('conceptverzoek via het Omgevingsloket'): its route counts for the products
        it serves. A document is judged by its role first (`document`)."""
        assert self.classifier is not None and self.case is not None
        if link.embedded or link.is_document:
            return False
        # a narrower kind of this product named before it or by it ('Bezwaar tegen uw
        # WOZ-waarde? Maak digitaal bezwaar met DigiD' on the general objection's page)
        address, words = url_words(link.url, query=False), url_words(link.url)
        if names_narrower(f"{link.lead_in} {link.text} {address}", self.case.product):
            return True
        if (body is None and self.for_variant(link)) or self.denied_to(link, link.text):
            return True
        if self.names_sibling(link.text):
            return True
        # a link that names nothing itself ('Inloggen met DigiD' after 'Zie ook:
        # Gehandicaptenparkeerkaart', to /aanvraag-gehandicaptenparkeerkaart; 'Vraag deze
        # hier aan' after 'Heeft u een gehandicaptenparkeerkaart nodig?', to a form service's
        # /Inloggen.aspx?id=Gehandicaptenparkeerkaart) is for another product when both the
        # page just before it and its address name that one, on any host
        bare = not (self.another(link.text) or self.rel(link.text))
        said_before = bare and self.names_another(link.lead_in, link.url) and self.another(words)
        if body is not None and not said_before:  # the body's own name names no product
            text = TEXT_URL.sub(" ", self.without_body_names(link.text))
            if self.another(text) and not (
                self.rel(text) or self.rel(words)
            ):  # 'Doe de vergunningcheck' on the advertising page: the check's way (not
                # 'digitale aangifte' to a form service's /start?formulier=verhuizing)
                return True
            if self.names_another(text, link.url) or self.claims_for_another(
                replace(link, text=text)
            ):
                return True
            # a body named in the text, no call to action ('Omgevingsdienst Zuidoost-Brabant'
            # on the noise exemption's page), leading to a page titled for another product
            # ('Klacht over milieu melden'): that product's way
            named_only = not (self.rel(text) or any(r.startswith("cta.") for r in link.reasons))
            return named_only and self.leads_to_another(link, page)
        if not (
            said_before or self.names_another(link.text, link.url) or self.claims_for_another(link)
        ):
            return False
        facts = self.opened(page)
        return facts is None or not self.rel(facts.title) or self.another(facts.title)

    def gates(self, facts: PageFacts, *, product_page: bool) -> PageFacts:
        """The page without the logins of its site-login links ('Uw aanslag bekijken? <Log
        in op Mijn BSR met DigiD>' on the tax office's page: `follow` judges those links)
        and of links into another product's form: by name along the route ('Direct
        regelen: Verhuizing doorgeven (DigiD)' on the social service's page), by anything
        `for_another` reads on the product page, where also those into an appointment
        system go."""
        assert self.classifier is not None
        rules = self.classifier.rules
        others = {
            said
            for link in facts.links
            if (idp_login(rules, link.url) or login_url(rules, link.url))
            and (
                link.info_signal == "trap_site_login"
                or (
                    self.for_another(link, None, None)
                    if product_page
                    else self.names_another(link.text, link.url)
                )
                or (product_page and self.classifier.appointment_address(link.url))
            )
            for said in (link.text[:SNIP], link.url[:SNIP])
        }
        return replace(facts, logins=tuple(f for f in facts.logins if f.snippet not in others))

    def opened(self, page: Page | None) -> PageFacts | None:
        """What the page a link opens shows (None when it was not fetched or failed)."""
        assert self.classifier is not None
        return self.classifier.facts(page, hop=1) if page is not None and page.ok else None

    def leads_to_another(self, link: LinkFacts, page: Page | None) -> bool:
        """True when the page a link opens is titled for another product by name and not
        for this one."""
        facts = self.opened(page)
        return facts is not None and self.names_another(facts.title, link.url)

    def partners_way(self, link: LinkFacts, page: Page | None) -> bool:
        """True when a way on of a page shared with other products is a partner's
        (`for_partner`), by its words, its address and the title of what it shows: a frame,
        a document or a page."""
        if not self.partners:
            return False
        facts = None if link.is_document else self.opened(page)
        title = facts.title if facts is not None else ""
        return self.for_partner(f"{link.text} {url_words(link.url)} {title}")

    def claims_for_another(self, link: LinkFacts) -> bool:
        """A link announcing a login that names another product more specifically, and this
        one by none of its words or by words the other shares only: 'Minicontainer
        aanvragen of wijzigen (DigiD)' in a 'Direct regelen' box on the passport's page,
        'Bezwaar tegen de WOZ-waarde maken (DigiD)' on the general objection's ('WOZ-waarde'
        names the other alone); not 'DigiD Omgevingsvergunning aanvragen' on an exit
        permit's page, which is requested as one (its terms have 'omgevingsvergunning')."""
        assert self.case is not None
        if not (link.claims and self.another(link.text)):
            return False
        named = self.rel(link.text) or self.rel(url_words(link.url, query=False))
        # a word of the link names the other product by name and not this one ('WOZ-waarde';
        # not 'aangifte' of 'DigiD digitale aangifte', a word of several products)
        return not named or any(
            names_another_by_name(word, self.case.product) and not self.rel(word)
            for word in re.findall(r"[\w-]{3,}", link.text)
        )

    def names_another(self, text: str, url: str) -> bool:
        """True when a link's words name another product by name and neither they nor its
        address name this one."""
        assert self.case is not None
        if not (self.another(text) and names_another_by_name(text, self.case.product)):
            return False
        return not (self.named(text) or self.named(url_words(url, query=False)))

    def delegation(self, url: str) -> tuple[str, Finding | None]:
        """(host, finding) when `url` is another body's route, else ('', None)."""
        assert self.case is not None and self.classifier is not None
        host = host_of(url)
        if not host or is_own_host(host, self.case.org, self.case.product_url):
            return "", None
        if idp_login(self.classifier.rules, url) or self.classifier.is_vendor(url):
            return "", None
        for rule in self.classifier.rules.section("body"):
            if rule.search("host", host):
                return host, Finding(rule.signal, rule.id, url, host, rule.weight)
        return "", None

    def is_home(self, url: str) -> bool:
        """True when `url` is the organisation's home page ('Terug naar de website' on a
        booking page): a person who goes there has left the product's route."""
        assert self.case is not None
        parts = urlsplit(url)
        if parts.path.strip("/") or parts.query:
            return False
        return bare_host(url) == bare_host(self.case.org.website)

    def presents_org(self, page: Page | None, hop: int) -> bool:
        """True when a page on another domain presents itself as the organisation's: its
        header or logo links to the organisation's own site (an e-form supplier's host)."""
        assert self.classifier is not None and self.case is not None
        if page is None or not page.ok:
            return False
        facts = self.classifier.facts(page, hop=hop)
        own = {
            registrable(host_of(self.case.org.website)),
            registrable(host_of(self.case.product_url)),
        }
        return facts is not None and bool(own & set(facts.brand_sites))
