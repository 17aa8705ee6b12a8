"""Shared bodies whose routes count for their members (`via`): who they are and who joins them.

Joint tax offices (`www.<name>belastingen.test`) serve gemeenten and waterschappen for
kwijtschelding, WOZ and tax objections, payment plans and the water board levies; regional
social services serve gemeenten for bijstand and Wmo; parking portals
(`<gemeente>.parkeerservice.test`) take parking permits; the national Omgevingsloket
(`omgevingswet.overheid.test`) takes permit requests; BIJ12 handles faunaschade.
"""

from __future__ import annotations

import math
import random

from digimeter.core.model import Product
from testweb.model import Route, SharedBody, Site
from testweb.orgs import slugify
from testweb.productdata import ProductText

TAX_OFFICES = (
    ("Belastingsamenwerking Rivierenland", "rivierenland"),
    ("Gemeentelijke Belastingen Westfriesland", "westfriesland"),
    ("Regionale Belastingdienst Amstelland", "amstelland"),
    ("Belastingsamenwerking Drechtsteden", "drechtsteden"),
    ("Belastingen Kempenland", "kempenland"),
    ("Regionaal Belastingkantoor Twente", "twentse"),
    ("Belastingsamenwerking Achterhoek", "achterhoek"),
    ("Belastingdienst Noorderkwartier", "noorderkwartier"),
    ("Belastingsamenwerking Zuid-Limburg", "zuidlimburg"),
    ("West-Brabantse Belastingsamenwerking", "westbrabant"),
    ("Belastingsamenwerking Veluwe", "veluwe"),
    ("Gooise Belastingen", "gooise"),
)
SOCIAL_SERVICES = (
    ("ISD Kompas", "www.isdkompas.test"),
    ("ISD Brabantse Wal", "www.isdbrabantsewal.test"),
    ("Sociale Dienst Veluwerand", "www.sdveluwerand.test"),
    ("ISD Midden-Holland", "www.isdmiddenholland.test"),
    ("Werk en Inkomen Lekstroom", "www.werkeninkomenlekstroom.test"),
    ("Sociaal Domein Oost", "www.sociaaldomeinoost.test"),
)
TAX_PRODUCTS = (
    "belastingkwijtschelding",
    "woz-bezwaar",
    "belastingaanslag-bezwaar",
    "betalingsregeling",
    "zuiveringsheffing",
    "watersysteemheffing",
)
SOCIAL_PRODUCTS = ("bijstand", "bijzondere-bijstand", "wmo-voorziening")
OMGEVINGSLOKET = "omgevingswet.overheid.test"
BIJ12_HOST = "www.bij12.test"
BIJ12_PORTAL = "www.mijnfaunazakenbij12.test"


def _auth(
    url: str,
    *,
    digid: bool = True,
    eherkenning: bool = False,
    prefill: bool = False,
    platform: str = "gravity",
) -> Route:
    return Route("auth", platform, digid=digid, eherkenning=eherkenning, prefill=prefill, url=url)


class SharedBodies:
    """All shared bodies of one web, and the membership of each organisation."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.tax: list[SharedBody] = []
        self.social: list[SharedBody] = []
        self.parking: list[SharedBody] = []
        self.omgevingsloket = SharedBody("omgevingsloket", "Omgevingsloket", OMGEVINGSLOKET)
        self.bij12 = SharedBody("bij12", "BIJ12", BIJ12_HOST)
        loket = f"http://{OMGEVINGSLOKET}/aanvragen/"
        for key in (
            "omgevingsvergunning",
            "kapvergunning",
            "uitwegvergunning",
            "natuurvergunning",
            "ontgrondingsvergunning",
            "watervergunning",
            "watermelding",
            "bedrijfsafvalwater-melding",
            "beschermde-dieren-ontheffing",
            "rws-vergunning",
        ):
            self.omgevingsloket.routes[key] = _auth(
                loket, eherkenning=True, prefill=True, platform="omgevingsloket"
            )
        self.bij12.routes["schadevergoeding-provincie"] = Route(
            "own_login", "mijnfaunazaken", url=f"http://{BIJ12_PORTAL}/inloggen"
        )
        self.bij12.pages["schadevergoeding-provincie"] = (
            f"http://{BIJ12_HOST}/onderwerp/faunaschade/tegemoetkoming-aanvragen/"
        )

    @property
    def all(self) -> list[SharedBody]:
        return [*self.tax, *self.social, *self.parking, self.omgevingsloket, self.bij12]

    def assign(self, gemeenten: list[Site], waterschappen: list[Site], rng: random.Random) -> None:
        """Hand out memberships; the first gemeenten always join one of each kind."""
        tax_members = [
            s for i, s in enumerate(gemeenten) if i == 0 or (i > 2 and rng.random() < 0.45)
        ]
        tax_members += [s for s in waterschappen if rng.random() < 0.8]
        n_tax = min(len(TAX_OFFICES), max(1, math.ceil(len(tax_members) / 10)))
        picks = rng.sample(range(len(TAX_OFFICES)), n_tax)
        self.tax = [self._tax_office(i, TAX_OFFICES[p]) for i, p in enumerate(picks)]
        for i, site in enumerate(tax_members):
            site.tax = self.tax[i % n_tax]
            site.tax.members.append(site.org.code)
        social_members = [
            s for i, s in enumerate(gemeenten) if i == 1 or (i > 2 and rng.random() < 0.4)
        ]
        n_social = min(len(SOCIAL_SERVICES), max(1, math.ceil(len(social_members) / 8)))
        picks = rng.sample(range(len(SOCIAL_SERVICES)), n_social)
        self.social = [self._social_service(i, SOCIAL_SERVICES[p]) for i, p in enumerate(picks)]
        for i, site in enumerate(social_members):
            site.social = self.social[i % n_social]
            site.social.members.append(site.org.code)
        for i, site in enumerate(gemeenten):
            if i == 2 or (i > 2 and rng.random() < 0.4):
                host = f"{slugify(site.short).replace('-', '')}.parkeerservice.test"
                portal = SharedBody("parking", f"Parkeerservice {site.short}", host)
                portal.routes["parkeervergunning"] = _auth(
                    f"http://{host}/", eherkenning=True, platform="parkeerportaal"
                )
                portal.members.append(site.org.code)
                site.parking = portal
                self.parking.append(portal)

    def _tax_office(self, index: int, spec: tuple[str, str]) -> SharedBody:
        name, stem = spec
        host = f"www.{stem}belastingen.test"
        body = SharedBody("tax", name, host)
        portal = f"http://mijn.{stem}belastingen.test"
        for key in TAX_PRODUCTS:
            slug = key.replace("belasting", "") if key == "belastingkwijtschelding" else key
            body.pages[key] = f"http://{host}/{slug.strip('-')}"
        body.routes["belastingkwijtschelding"] = (
            Route(
                "document",
                "pdf_fillable",
                url=f"http://{host}/documenten/aanvraag-kwijtschelding.pdf",
            )
            if index % 4 == 3
            else _auth(f"{portal}/kwijtschelding/")
        )
        body.routes["woz-bezwaar"] = _auth(f"{portal}/bezwaar-woz/", eherkenning=True)
        body.routes["belastingaanslag-bezwaar"] = _auth(f"{portal}/bezwaar/", eherkenning=True)
        body.routes["betalingsregeling"] = (
            Route("form", "gravity", url=f"http://{host}/formulieren/automatische-incasso")
            if index % 2
            else _auth(f"{portal}/automatische-incasso/", eherkenning=True)
        )
        body.routes["zuiveringsheffing"] = (
            Route("info")
            if index % 3 == 0
            else _auth(f"{portal}/vervuilingseenheden/", digid=False, eherkenning=True)
        )
        body.routes["watersysteemheffing"] = Route("info")
        return body

    def _social_service(self, index: int, spec: tuple[str, str]) -> SharedBody:
        name, host = spec
        body = SharedBody("social", name, host)
        for key in SOCIAL_PRODUCTS:
            body.pages[key] = f"http://{host}/{key}"
        body.routes["bijstand"] = _auth(
            f"http://{host}/e-loket/bijstand-aanvragen/", prefill=index == 0, platform="gravity"
        )
        body.routes["bijzondere-bijstand"] = (
            Route(
                "document", "pdf", url=f"http://{host}/documenten/aanvraag-bijzondere-bijstand.pdf"
            )
            if index % 2
            else _auth(f"http://{host}/e-loket/bijzondere-bijstand/")
        )
        body.routes["wmo-voorziening"] = (
            Route("form", "gravity", url=f"http://{host}/e-loket/wmo-melding/")
            if index % 2 == 0
            else _auth(f"http://{host}/e-loket/wmo-melding/")
        )
        return body

    def delegate_for(
        self, site: Site, product: Product, text: ProductText, rng: random.Random
    ) -> SharedBody | None:
        """The body whose route counts for this organisation x product, or None."""
        kind = text.delegate
        if kind == "tax" and site.tax is not None and product.key in TAX_PRODUCTS:
            return site.tax
        if kind == "social" and site.social is not None:
            if product.key == "wmo-voorziening" and rng.random() < 0.4:
                return None
            return site.social
        if kind == "parking":
            return site.parking
        share = text.delegate_share.get(site.letter, 0.0)
        if kind == "omgevingsloket" and product.key in self.omgevingsloket.routes:
            return self.omgevingsloket if rng.random() < share else None
        if kind == "bij12":
            return self.bij12 if rng.random() < share else None
        return None
