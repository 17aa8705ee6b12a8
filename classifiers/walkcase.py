"""What a route walk asks of the links and pages it meets: which of the case's products
their words name, whether they name another product instead, whether an address is another
body's route, the organisation's home page, or another domain presenting the organisation's
own form. The base of `classifiers.walk.RouteWalk`, which holds the walking itself."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlsplit

from classifiers.aboutproduct import (
    names_another,
    names_another_by_name,
    names_narrower,
    names_sibling,
    relevance,
    requested_as_named,
    url_words,
)
from classifiers.clickables import TEXT_URL
from classifiers.findings import Finding
from classifiers.hosts import bare_host, host_of, is_own_host, names_org, registrable
from classifiers.logins import idp_login
from classifiers.notoffered import not_offered_statement
from classifiers.offers import RouteLog
from classifiers.pagefacts import LinkFacts, PageFacts
from classifiers.variants import subject_words
from digimeter.core.model import Case, Product
from digimeter.core.pages import Page

if TYPE_CHECKING:
    from classifiers.classify import Classifier

__all__ = ["CaseView"]


@dataclass
class CaseView(RouteLog):
    """One case's view of the links and pages of its walk."""

    classifier: Classifier | None = None
    case: Case | None = None
    #: the products whose case has the same page (a page that covers both): their words
    #: name this route too ('WOZ-bezwaar' behind 'WOZ-waarde en belastingaanslag bezwaar')
    partners: tuple[Product, ...] = ()
    #: words the product page's own subject is named by: its title, the organisation's name
    own_subject: str = ""
    #: the product page settles the product's own way: a way on names the product (by any
    #: of its words) and no subject of its own, or the page says it is not offered or not
    #: online; then a way that names a subject of its own is a variant's
    settled: bool = False
    #: the product page says the product is not offered: a related way on ('Zie ook:')
    #: that does not name it by name is another thing's ('Zie ook: <Hondenoverlast
    #: melden>' below 'De gemeente heft geen hondenbelasting meer')
    denied: bool = False
    #: the product page says the product cannot be requested online (and not of another
    #: product): an online way it links to is another thing's
    not_online: bool = False

    def rel(self, text: str) -> int:
        assert self.case is not None
        return max(relevance(text, p) for p in (self.case.product, *self.partners))

    def another(self, text: str) -> bool:
        """True when the text names another product than this case's and its partners'."""
        assert self.case is not None
        return names_another(text, self.case.product) and not any(
            relevance(text, p) for p in self.partners
        )

    def read_product_page(self, facts: PageFacts) -> None:
        """Note what the product page says of its own way (`settled`), before any way on is
        followed."""
        assert self.case is not None and self.classifier is not None
        self.own_subject = f"{facts.title} {self.case.org.name}"
        # 'Een betalingsregeling kunt u niet online aanvragen' on a page shared with the
        # tax remission says it of the other product only
        self.not_online = self.not_online or any(
            f.signal == "not_online_text" and not names_another(f.snippet, self.case.product)
            for _, f in facts.phrases
        )
        self.denied = self.denied or bool(
            not_offered_statement(
                self.classifier.rules, facts.main_text, facts.url, self.case.product, facts.title
            )
        )
        self.settled = (
            self.settled
            or self.denied
            or self.not_online
            or any(
                not link.info_rule
                and not link.item_only
                and (self.rel(link.text) or self.rel(url_words(link.url, query=False)))
                and not self.variant_words(link)
                for link in facts.links
            )
        )

    def own_entries(self, entries: list[LinkFacts]) -> list[LinkFacts]:
        """On an overview shared by organisations ('/duiven/bijstand' beside
        '/westervoort/leerlingenvervoer' on one host), the entries less those in another
        organisation's folder: a folder beside one named for this organisation (on the same
        host, under the same path). All entries where no folder is named for it (an
        overview of one organisation; its CMS's '/-/media/vught/' names no other)."""
        assert self.case is not None
        org = self.case.org

        def parts(link: LinkFacts) -> tuple[str, list[str]]:
            address = urlsplit(link.url)
            return address.hostname or "", [s for s in address.path.split("/") if s]

        folders = {
            (host, tuple(segments[:i]))
            for host, segments in map(parts, entries)
            for i, segment in enumerate(segments[:-1])
            if names_org(segment, org)
        }

        def anothers(link: LinkFacts) -> bool:
            host, segments = parts(link)
            return any(
                host == at
                and len(segments) > len(under) + 1
                and tuple(segments[: len(under)]) == under
                and not names_org(segments[len(under)], org)
                for at, under in folders
            )

        return [link for link in entries if not anothers(link)]

    def views_product_page(self, url: str) -> bool:
        """True when `url` is a view of the product page: its address with more in the query
        ('/wmo-voorziening?show=online' of '/wmo-voorziening'; not '/product?id=2' of
        '/product?id=1')."""
        assert self.case is not None
        view, page = urlsplit(url), urlsplit(self.case.product_url)
        if (view.hostname, view.path.rstrip("/")) != (page.hostname, page.path.rstrip("/")):
            return False
        return view.query != page.query and set(parse_qsl(page.query)) <= set(parse_qsl(view.query))

    def variant_words(self, link: LinkFacts) -> list[str]:
        """The words of a link's text that name a subject of its own (`classifiers.variants`)."""
        assert self.case is not None
        text = TEXT_URL.sub(" ", self.without_body_names(link.text))
        return subject_words(text, self.case.product, self.own_subject)

    def related(self, link: LinkFacts) -> bool:
        """True when the page points to the link as related ('Zie ook: <...>')."""
        assert self.classifier is not None
        rules = self.classifier.rules.section("related_lead_in")
        return any(r.search("text", link.lead_in) for r in rules)

    def denied_to(self, link: LinkFacts, text: str) -> bool:
        """True when the product page says the product is not offered and points to the link
        as related, whose words (`text`) do not name the product by name (`denied`)."""
        return self.denied and self.related(link) and not self.named(text)

    def for_variant(self, link: LinkFacts) -> bool:
        """True when a link on the product page is a variant's way: its words name a subject
        of their own, and the page has a way that names the product with none
        ('<Melding incidentele festiviteit>' beside 'Aanvraagformulier geluidsontheffing
        (pdf)'), or the page says the product is not offered or not online ('<Foutparkeerder
        melden>' on a page saying parking is free), or the page points to it as related
        ('Zie ook: <Mantelzorgwaardering aanvragen>' on the Wmo page). A document is judged
        by its role, another body's portal by `for_another`."""
        return (
            (self.settled or self.related(link))
            and not link.is_document
            and bool(self.variant_words(link))
        )

    def names_sibling(self, text: str) -> bool:
        """True when a link's words name a sibling product instead of this one
        (`aboutproduct.names_sibling`: 'Bijstandsuitkering aanvragen (DigiD)' on the page of
        'Bijzondere bijstand'), and none of the partners that share the page."""
        assert self.case is not None
        return names_sibling(text, self.case.product) and not any(
            relevance(text, p) for p in self.partners
        )

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
        address = url_words(link.url, query=False)
        if names_narrower(f"{link.lead_in} {link.text} {address}", self.case.product):
            return True
        if (body is None and self.for_variant(link)) or self.denied_to(link, link.text):
            return True
        if self.names_sibling(link.text):
            return True
        if body is not None:  # the body's own name ('via het Omgevingsloket') names no product
            text = TEXT_URL.sub(" ", self.without_body_names(link.text))
            if self.another(text) and not (
                self.rel(text) or self.rel(url_words(link.url))
            ):  # 'Doe de vergunningcheck' on the advertising page: the check's way (not
                # 'digitale aangifte' to a form service's /start?formulier=verhuizing)
                return True
            return self.names_another(text, link.url) or self.claims_for_another(
                replace(link, text=text)
            )
        # a link that names nothing itself ('Inloggen met DigiD' after 'Zie ook:
        # Gehandicaptenparkeerkaart', to /aanvraag-gehandicaptenparkeerkaart) is for another
        # product when both the page just before it and its address name that one
        bare = not (self.another(link.text) or self.rel(link.text))
        said_before = bare and self.names_another(link.lead_in, link.url)
        if not (
            (said_before and self.another(address))
            or self.names_another(link.text, link.url)
            or self.claims_for_another(link)
        ):
            return False
        facts = self.classifier.facts(page, hop=1) if page is not None and page.ok else None
        return facts is None or not self.rel(facts.title) or self.another(facts.title)

    def without_body_names(self, text: str) -> str:
        """The text less the names of the bodies that act for organisations
        (`delegation.toml`: 'Omgevingsloket', 'BIJ12'): a portal's name is no product's."""
        assert self.classifier is not None
        for rule in self.classifier.rules.section("body"):
            name = str(rule.option("name", ""))
            if name:
                text = re.sub(rf"\b{re.escape(name)}\b", " ", text, flags=re.I)
        return text

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

    def named(self, text: str) -> bool:
        """True when the text names this product: by name, or by a word it shares with the
        product it names, where this product is requested as that one ('Omgevingsvergunning
        aanvragen' on the exit permit's page; not 'Gehandicaptenparkeerkaart aanvragen' on
        the disabled parking space's)."""
        assert self.case is not None
        relevance = self.rel(text)
        return relevance >= 2 or (relevance == 1 and requested_as_named(text, self.case.product))

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
