"""What a route walk knows of the case's product page before it follows a way on: which
of the case's products a text names, what the page says of the product's own way (a way
that names it, 'niet online', 'niet aangeboden'), which ways on are a variant's or a
sibling product's (`classifiers.variants`, `aboutproduct.names_sibling`), which addresses
are a view of the product page (a tab in the query), and which entries of an overview
shared by organisations are this organisation's. The base of `classifiers.walkcase.CaseView`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlsplit

from classifiers.aboutproduct import (
    names_another,
    names_sibling,
    relevance,
    requested_as_named,
    url_words,
)
from classifiers.clickables import TEXT_URL
from classifiers.hosts import names_org
from classifiers.notoffered import not_offered_statement
from classifiers.offers import RouteLog
from classifiers.pagefacts import LinkFacts, PageFacts
from classifiers.variants import subject_words
from digimeter.core.model import Case, Product

if TYPE_CHECKING:
    from classifiers.classify import Classifier

__all__ = ["ProductPageView"]


@dataclass
class ProductPageView(RouteLog):
    """One case's product page: its products' words and what the page says of its way."""

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
    #: a way on of the product page names this product by name, not only a partner sharing
    #: the page ('Aanvraagformulier exploitatievergunning (pdf)'): then a way that names a
    #: partner by name and this product not is the partner's (`for_partner`)
    own_way: bool = False

    def rel(self, text: str) -> int:
        assert self.case is not None
        return max(relevance(text, p) for p in (self.case.product, *self.partners))

    def another(self, text: str) -> bool:
        """True when the text names another product than this case's and its partners'."""
        assert self.case is not None
        return names_another(text, self.case.product) and not any(
            relevance(text, p) for p in self.partners
        )

    def named(self, text: str) -> bool:
        """True when the text names this product: by name, or by a word it shares with the
        product it names, where this product is requested as that one ('Omgevingsvergunning
        aanvragen' on the exit permit's page; not 'Gehandicaptenparkeerkaart aanvragen' on
        the disabled parking space's)."""
        assert self.case is not None
        relevance = self.rel(text)
        return relevance >= 2 or (relevance == 1 and requested_as_named(text, self.case.product))

    def without_body_names(self, text: str) -> str:
        """The text less the names of the bodies that act for organisations
        (`delegation.toml`: 'Omgevingsloket', 'BIJ12'): a portal's name is no product's."""
        assert self.classifier is not None
        for rule in self.classifier.rules.section("body"):
            name = str(rule.option("name", ""))
            if name:
                text = re.sub(rf"\b{re.escape(name)}\b", " ", text, flags=re.I)
        return text

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
        self.own_way = self.own_way or any(
            not link.info_rule and self._names_own(f"{link.text} {url_words(link.url)}")
            for link in facts.links
        )
        self.settled = (
            self.settled
            or self.denied
            or self.not_online
            or any(
                not link.info_rule
                and not link.item_only
                and not self.views_product_page(link.url)  # a tab is the page, not a way
                and (self.rel(link.text) or self.rel(url_words(link.url, query=False)))
                and not self.variant_words(link)
                for link in facts.links
            )
        )

    def _names_partner(self, text: str) -> bool:
        """True when the text names a product sharing the page by name."""
        return any(relevance(text, p) >= 2 for p in self.partners)

    def _names_own(self, text: str) -> bool:
        """True when the text names this product by name and no partner sharing its page."""
        assert self.case is not None
        return relevance(text, self.case.product) >= 2 and not self._names_partner(text)

    def for_partner(self, words: str) -> bool:
        """True when a way on's words (its text, address, target's title) name a product
        sharing the page by name and this one not, where the page has a way of this one's
        own: 'Aanvragen (met eHerkenning)' to '/aanvragen/alcoholvergunning' on a page
        shared by the alcohol and the exploitation licences, whose PDF names the latter; not
        where the partner's way is the only one ('WOZ-bezwaar' on a page of both
        objections)."""
        assert self.case is not None
        return (
            self.own_way and relevance(words, self.case.product) < 2 and self._names_partner(words)
        )

    def related(self, link: LinkFacts) -> bool:
        """True when the page points to the link as related ('Zie ook: <...>')."""
        assert self.classifier is not None
        rules = self.classifier.rules.section("related_lead_in")
        return any(r.search("text", link.lead_in) for r in rules)

    def variant_words(self, link: LinkFacts) -> list[str]:
        """The words of a link's text that name a subject of its own (`classifiers.variants`)."""
        assert self.case is not None
        text = TEXT_URL.sub(" ", self.without_body_names(link.text))
        return subject_words(text, self.case.product, self.own_subject)

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

    def denied_to(self, link: LinkFacts, text: str) -> bool:
        """True when the product page says the product is not offered and points to the link
        as related, whose words (`text`) do not name the product by name (`denied`)."""
        return self.denied and self.related(link) and not self.named(text)

    def names_sibling(self, text: str) -> bool:
        """True when a link's words name a sibling product instead of this one
        (`aboutproduct.names_sibling`: 'Bijstandsuitkering aanvragen (DigiD)' on the page of
        'Bijzondere bijstand'), and none of the partners that share the page."""
        assert self.case is not None
        return names_sibling(text, self.case.product) and not any(
            relevance(text, p) for p in self.partners
        )

    def views_product_page(self, url: str) -> bool:
        """True when `url` is a view of the product page: its address with more in the query
        ('/wmo-voorziening?show=online' of '/wmo-voorziening'; not '/product?id=2' of
        '/product?id=1')."""
        assert self.case is not None
        view, page = urlsplit(url), urlsplit(self.case.product_url)
        if (view.hostname, view.path.rstrip("/")) != (page.hostname, page.path.rstrip("/")):
            return False
        return view.query != page.query and set(parse_qsl(page.query)) <= set(parse_qsl(view.query))

    def own_entries(self, entries: list[LinkFacts]) -> list[LinkFacts]:
        """On an overview shared by organisations ('/duiven/bijstand' beside
        '/westervoort/leerlingenvervoer' on one host), the entries less those in another
        organisation's folder: a folder beside one named for this organisation (on the same
        host, under the same path). All entries where no folder is named for it (an
        overview of one organisation; its CMS's '/-/media/vught/' names no other)."""
        assert self.case is not None
        org = self.case.org

        addresses = [urlsplit(link.url) for link in entries]
        places = [(a.hostname or "", [s for s in a.path.split("/") if s]) for a in addresses]
        folders = {
            (host, tuple(segments[:i]))
            for host, segments in places
            for i, segment in enumerate(segments[:-1])
            if names_org(segment, org)
        }

        def anothers(host: str, segments: list[str]) -> bool:
            return any(
                host == at
                and len(segments) > len(under) + 1
                and tuple(segments[: len(under)]) == under
                and not names_org(segments[len(under)], org)
                for at, under in folders
            )

        return [link for link, place in zip(entries, places, strict=True) if not anothers(*place)]
