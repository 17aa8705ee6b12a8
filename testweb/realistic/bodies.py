"""Shared bodies of a realistic web, on invented hosts that change with the seed.

Real organisations hand products to joint tax offices, regional social services,
environment services (omgevingsdiensten), waste companies, parking companies, reporting
apps and the national permit portal. Their names and hosts differ per region and change
over the years, so here both are drawn per seed from regions and naming patterns: no list
of hosts can know them.
"""

from __future__ import annotations

import random
import re

from testweb.markup import esc
from testweb.model import Route, SharedBody
from testweb.orgs import slugify
from testweb.realistic.model import RSite
from testweb.shared import SOCIAL_PRODUCTS, TAX_PRODUCTS

REGIONS = (
    "Oost-Veluwe",
    "Kromme Rijn",
    "Noord-Kennemerland",
    "Liemers",
    "Salland",
    "Peel en Maas",
    "Hoeksche Waard",
    "Zuidwest-Friesland",
    "Langstraat",
    "Duin- en Bollenstreek",
    "Vallei",
    "Zaanstreek",
    "Land van Cuijk",
    "Meierij",
    "Bommelerwaard",
    "Alblasserwaard",
    "Westhoek",
    "Noordoost-Groningen",
    "Oostelijk Zuid-Limburg",
    "Gooi en Vecht",
    "Krimpenerwaard",
    "Midden-Drenthe",
    "Berkelland",
    "IJsseldelta",
    "Haaglanden-Oost",
    "Heuvelland",
)
#: Per kind: (name pattern, host patterns). {r} region, {a} acronym, {s} stem, {t} town.
PATTERNS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "tax": (
        (
            "Belastingsamenwerking {r}",
            "Gemeentelijk Belastingkantoor {r}",
            "Heffingen {r}",
            "Regionaal Belastingbureau {r}",
        ),
        ("www.{a}.test", "{s}heffingen.test", "www.{s}-belastingen.test", "mijn{a}.test"),
    ),
    "social": (
        (
            "Werkplein {r}",
            "Intergemeentelijke Sociale Dienst {r}",
            "{r} Werkt",
            "Sociaal Domein {r}",
        ),
        ("www.werkplein{s}.test", "www.isd-{s}.test", "{s}werkt.test", "www.sd{a}.test"),
    ),
    "permit": (
        ("Omgevingsdienst {r}", "Regionale Uitvoeringsdienst {r}", "Milieudienst {r}"),
        ("www.od{a}.test", "www.omgevingsdienst-{s}.test", "www.rud{a}.test"),
    ),
    "waste": (
        ("Afvalbeheer {r}", "Afvalservice {r}", "Reinigingsdienst {r}"),
        ("www.afval{s}.test", "www.{a}afval.test", "mijn.{s}-afvalservice.test"),
    ),
    "loket": (
        ("Omgevingsloket",),
        (
            "aanvragen.omgevingsportaal-nl.test",
            "loket.dso-aanvragen.test",
            "www.vergunningloket-nl.test",
            "service.omgevingsregels.test",
        ),
    ),
    "parking": (
        ("{t} Parkeren", "Parkeerbedrijf {t}", "Parkeervergunningen {t}"),
        ("{t}.pvloket.test", "parkeren-{t}.test", "{t}.mijnparkeerzaken.test"),
    ),
    "meldpunt": (
        ("Meldpunt {t}", "Buitenbeter {t}", "Fixmelder {t}"),
        ("{t}.buitenmelder.test", "meldingen-{t}.test", "{t}.meldjeplek.test"),
    ),
}
PRODUCTS = {
    "tax": ("hondenbelasting", *TAX_PRODUCTS),
    "social": SOCIAL_PRODUCTS,
    "permit": (
        "geluidsontheffing",
        "tijdelijk-luchtvaartterrein",
        "beschermde-dieren-ontheffing",
        "vuurwerk-ontbranding",
    ),
    "waste": ("afvalcontainer", "grofvuil"),
    "loket": (
        "omgevingsvergunning",
        "kapvergunning",
        "uitwegvergunning",
        "watervergunning",
        "watermelding",
        "bedrijfsafvalwater-melding",
        "ontgrondingsvergunning",
        "natuurvergunning",
        "rws-vergunning",
        "reclamebelasting",
    ),
    "parking": ("parkeervergunning",),
    "meldpunt": ("melding-openbare-ruimte",),
}
KIND_OF_PRODUCT = {key: kind for kind, keys in PRODUCTS.items() for key in keys}
#: Kinds shared by several organisations (one body per few members) and kinds per town.
REGIONAL = ("tax", "social", "permit", "waste")


def acronym(name: str) -> str:
    words = re.findall(r"[A-Za-z]+", name.replace("-", " "))
    return "".join(w[0] for w in words if w[0].isupper() or len(w) > 3).lower()


class BodyMaker:
    """Invents the shared bodies of one web from its seed."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(f"{seed}:realistic:bodies")
        self.regions = list(REGIONS)
        self.rng.shuffle(self.regions)
        self.taken: set[str] = set()
        self.loket = self.make("loket", "")

    def make(self, kind: str, town: str) -> SharedBody:
        names, hosts = PATTERNS[kind]
        region = self.regions.pop() if kind in REGIONAL else ""
        values = {"r": region, "t": town}
        pick = self.rng.randrange(len(names) * len(hosts))
        name = names[pick % len(names)].format(**values)
        values["a"] = acronym(name)
        values["s"] = slugify(region).replace("-", "")
        values["t"] = slugify(town).replace("-", "")
        host = hosts[pick % len(hosts)].format(**values)
        while host in self.taken:
            host = host.replace(".test", "2.test", 1)
        self.taken.add(host)
        return SharedBody(kind, name, host)

    def routes(self, body: SharedBody) -> None:
        """Fix the route of every product the body handles (the same for all members)."""
        rng = random.Random(f"{body.host}:routes")
        portal = f"http://loket.{body.host.removeprefix('www.')}"
        for key in PRODUCTS[body.kind]:
            slug = key.replace("belasting", "").strip("-") or key
            page = f"http://{body.host}/{slug}"
            body.pages[key] = page
            roll = rng.random()
            if body.kind == "loket":
                route = Route("auth", "portal", digid=True, eherkenning=True, prefill=True)
                route.url = f"http://{body.host}/aanvragen/start"
            elif body.kind in ("meldpunt", "waste") and roll < 0.7:
                route = Route("form", "vendor", url=f"{portal}/formulier/{slug}")
            elif body.kind == "permit" and roll < 0.4:
                route = Route("document", "pdf", url=f"http://{body.host}/documenten/{slug}.pdf")
            elif body.kind == "tax" and key == "watersysteemheffing":
                route = Route("info")
            else:
                business = key in ("zuiveringsheffing", "geluidsontheffing", "vuurwerk-ontbranding")
                route = Route(
                    "auth", "portal", digid=not business, eherkenning=business or roll < 0.5
                )
                route.prefill = body.kind == "social" and roll < 0.2
                route.url = f"{portal}/mijn/{slug}"
            body.routes[key] = route


def assign_bodies(
    maker: BodyMaker, gemeenten: list[RSite], waterschappen: list[RSite], rng: random.Random
) -> list[SharedBody]:
    """Regional bodies with a few members each; per-town parking and reporting services."""
    out: list[SharedBody] = []
    for kind, share, per_body in (("tax", 0.5, 5), ("social", 0.45, 4), ("waste", 0.4, 5)):
        members = [s for i, s in enumerate(gemeenten) if i < 2 or rng.random() < share]
        if kind == "tax":
            members += waterschappen
        current: SharedBody | None = None
        for i, site in enumerate(members):
            if i % per_body == 0:
                current = maker.make(kind, "")
                out.append(current)
            assert current is not None
            site.bodies[kind] = current
            current.members.append(site.org.code)
    permit: SharedBody | None = None
    for site in [*gemeenten, *waterschappen]:
        if permit is None or len(permit.members) >= 6:
            permit = maker.make("permit", "")
            out.append(permit)
        site.bodies["permit"] = permit
        permit.members.append(site.org.code)
    for i, site in enumerate(gemeenten):
        for kind in ("parking", "meldpunt"):
            if i < 3 or rng.random() < 0.35:
                body = maker.make(kind, site.short)
                body.members.append(site.org.code)
                site.bodies[kind] = body
                out.append(body)
    return out


def body_page(body: SharedBody, title: str, main: str) -> str:
    return (
        f"<!DOCTYPE html>\n<html lang='nl'>\n<head>\n<meta charset='utf-8'>\n<title>{esc(title)} | "
        f"{esc(body.name)}</title>\n</head>\n<body>\n<header><a href='http://{body.host}/'>"
        f"{esc(body.name)}</a></header>\n<main>{main}</main>\n<footer><p>{esc(body.name)} werkt "
        f"voor {len(body.members)} deelnemende organisaties.</p></footer>\n</body>\n</html>\n"
    )
