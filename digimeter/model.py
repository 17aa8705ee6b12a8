"""Typed records passed between the stages: organisations, products, crawl cases, verdicts.

Every stage reads and writes these records; none of them depends on Scrapy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

OrgType = Literal["gemeente", "provincie", "waterschap", "rijk"]
ORG_TYPES: tuple[str, ...] = ("gemeente", "provincie", "waterschap", "rijk")
#: The letter used in products.csv `org_types` for each organisation type.
ORG_TYPE_LETTER: dict[str, str] = {
    "gemeente": "G", "provincie": "P", "waterschap": "W", "rijk": "R",
}  # fmt: skip

Status = Literal["ok", "not_offered", "not_found", "unreachable"]
STATUSES: tuple[str, ...] = ("ok", "not_offered", "not_found", "unreachable")
LEVELS: tuple[int, ...] = (0, 33, 67, 100)
AUDIENCES: tuple[str, ...] = ("burger", "ondernemer", "beide")

#: Columns of `verdicts.csv`, in order (issue 2).
VERDICT_FIELDS: tuple[str, ...] = (
    "run_id", "org_code", "org_name", "org_type", "product_key", "audience", "status", "level",
    "level_strict", "confidence", "product_url", "route_url", "via", "signals", "evidence",
    "rules_version",
)  # fmt: skip

#: Columns of `scores_organisations.csv`, in order (issue 2).
ORG_SCORE_FIELDS: tuple[str, ...] = (
    "org_code", "org_name", "org_type", "maturity", "availability", "availability_67",
    "maturity_burger", "maturity_ondernemer", "n_counted", "n_not_found", "n_not_offered",
    "n_unreachable",
)  # fmt: skip

#: Columns of a ground-truth `labels.csv`; further columns (signals, notes) may follow.
LABEL_FIELDS: tuple[str, ...] = (
    "org_code", "product_key", "level", "status", "product_url", "route_url",
)  # fmt: skip


@dataclass(frozen=True)
class Organisation:
    """One government organisation to measure."""

    code: str
    name: str
    org_type: str
    website: str
    #: Columns of the organisation list beyond the four required ones (e.g. `inhabitants`).
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Product:
    """One measured product, keyed by `key` (products.csv `product_key`)."""

    key: str
    upl_uri: str
    name_nl: str
    name_en: str
    #: Letters G, P, W, R: the organisation types the product applies to.
    org_types: frozenset[str]
    audience: str
    kind: str
    search_terms: tuple[str, ...]
    notes: str = ""
    #: For national products (R): the code of the one national body that offers it.
    offered_by: str = ""
    #: What the product is about (nouns: "alcohol", "drank") and what a person does with
    #: it (verbs: "schenken"): real sites title a product page by these.
    objects: tuple[str, ...] = ()
    activities: tuple[str, ...] = ()

    def applies_to(self, org: Organisation) -> bool:
        """True when the product is measured for this organisation."""
        if ORG_TYPE_LETTER.get(org.org_type) not in self.org_types:
            return False
        if org.org_type == "rijk":
            return self.offered_by == org.code
        return True

    @property
    def audiences(self) -> tuple[str, ...]:
        """The audiences the product counts for: 'beide' counts for both."""
        return ("burger", "ondernemer") if self.audience == "beide" else (self.audience,)


def applicable_products(org: Organisation, products: list[Product]) -> list[Product]:
    """The products measured for one organisation, in list order."""
    return [p for p in products if p.applies_to(org)]


@dataclass(frozen=True)
class Case:
    """What the crawl found for one organisation x product: the classifier's input besides pages."""

    org: Organisation
    product: Product
    #: 'found', 'not_found' or 'unreachable'.
    outcome: str
    product_url: str = ""
    #: How the product page was found: sc_feed, sitemap, search, links.
    found_via: str = ""
    #: For unreachable: dns, tls, timeout, http_<status>, robots, ...; for found:
    #: shared:<product key> when the page is also that product's page (to review)
    reason: str = ""
    #: Hints from the organisation's Samenwerkende Catalogi feed (never a verdict).
    sc_online_aanvragen: str = ""
    sc_aanvraag_url: str = ""


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence behind a verdict."""

    url: str
    rule: str
    snippet: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"url": self.url, "rule": self.rule, "snippet": self.snippet}


@dataclass(frozen=True)
class Verdict:
    """The classification of one organisation x product (a row of verdicts.csv)."""

    org_code: str
    org_name: str
    org_type: str
    product_key: str
    audience: str
    status: str
    level: int | None
    level_strict: int | None
    confidence: float
    product_url: str = ""
    route_url: str = ""
    via: str = ""
    signals: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    rules_version: str = ""
    run_id: str = ""

    def as_row(self) -> dict[str, str]:
        """The verdict as a verdicts.csv row (all values as strings)."""
        import json

        return {
            "run_id": self.run_id,
            "org_code": self.org_code,
            "org_name": self.org_name,
            "org_type": self.org_type,
            "product_key": self.product_key,
            "audience": self.audience,
            "status": self.status,
            "level": "" if self.level is None else str(self.level),
            "level_strict": "" if self.level_strict is None else str(self.level_strict),
            "confidence": f"{self.confidence:.2f}",
            "product_url": self.product_url,
            "route_url": self.route_url,
            "via": self.via,
            "signals": ";".join(self.signals),
            "evidence": json.dumps([e.as_dict() for e in self.evidence], ensure_ascii=False),
            "rules_version": self.rules_version,
        }
