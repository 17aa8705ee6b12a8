"""Typed records passed between the stages: organisations, products, crawl cases, verdicts.

Every stage reads and writes these records; none of them depends on Scrapy.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from enum import Enum, IntEnum, StrEnum
from typing import Any, TypeVar, get_type_hints


class OrgType(StrEnum):
    """The four kinds of government organisation that are measured."""

    GEMEENTE = "gemeente"
    PROVINCIE = "provincie"
    WATERSCHAP = "waterschap"
    RIJK = "rijk"


class Status(StrEnum):
    """The outcome of one organisation x product (DESIGN.md §1, statuses)."""

    OK = "ok"
    NOT_OFFERED = "not_offered"
    NOT_FOUND = "not_found"
    UNREACHABLE = "unreachable"


class Level(IntEnum):
    """The digital maturity of one product at one organisation (DESIGN.md §1, levels)."""

    INFORMATION = 0
    PRINTABLE_FORM = 33
    ONLINE_FORM = 67
    PREFILLED_FORM = 100


class CrawlOutcome(StrEnum):
    """What the crawl found for one organisation x product."""

    FOUND = "found"
    NOT_FOUND = "not_found"
    UNREACHABLE = "unreachable"


ORG_TYPES: tuple[str, ...] = tuple(t.value for t in OrgType)
#: The letter used in products.csv `org_types` for each organisation type.
ORG_TYPE_LETTER: dict[str, str] = {
    OrgType.GEMEENTE: "G", OrgType.PROVINCIE: "P", OrgType.WATERSCHAP: "W", OrgType.RIJK: "R",
}  # fmt: skip
STATUSES: tuple[str, ...] = tuple(s.value for s in Status)
LEVELS: tuple[int, ...] = tuple(level.value for level in Level)
AUDIENCES: tuple[str, ...] = ("burger", "ondernemer", "beide")

E = TypeVar("E", bound=Enum)


def _coerce(record: object, name: str, kind: type[E], *, optional: bool = False) -> None:
    """Store field `name` of a frozen record as a member of `kind` (a plain value such as
    'gemeente' or 33, as read from a CSV file or run.db, is accepted and checked)."""
    value = getattr(record, name)
    if (optional and value is None) or isinstance(value, kind):
        return
    try:
        member = kind(value)
    except ValueError:
        allowed = ", ".join(str(m.value) for m in kind)
        raise ValueError(
            f"{type(record).__name__}.{name}: {value!r} is not a {kind.__name__}; "
            f"expected one of {allowed}"
        ) from None
    object.__setattr__(record, name, member)  # frozen: set once, while constructing


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
    org_type: OrgType
    website: str
    #: Columns of the organisation list beyond the four required ones (e.g. `inhabitants`).
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        _coerce(self, "org_type", OrgType)


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
    outcome: CrawlOutcome
    product_url: str = ""
    #: How the product page was found: sc_feed, sitemap, search, links.
    found_via: str = ""
    #: For unreachable: dns, tls, timeout, http_<status>, robots, ...; for found:
    #: shared:<product key> when the page is also that product's page (to review)
    reason: str = ""
    #: Hints from the organisation's Samenwerkende Catalogi feed (never a verdict).
    sc_online_aanvragen: str = ""
    sc_aanvraag_url: str = ""

    def __post_init__(self) -> None:
        _coerce(self, "outcome", CrawlOutcome)


@dataclass(frozen=True)
class Evidence:
    """One piece of evidence behind a verdict."""

    url: str
    rule: str
    snippet: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"url": self.url, "rule": self.rule, "snippet": self.snippet}


@dataclass(frozen=True, kw_only=True)
class Verdict:
    """The classification of one organisation x product.

    Its fields, in order, are the columns of `verdicts.csv` and of run.db's `verdicts`
    table (`VERDICT_FIELDS`); `as_row()` and `from_row()` convert to and from a CSV row.
    """

    run_id: str = ""
    org_code: str
    org_name: str
    org_type: OrgType
    product_key: str
    audience: str
    status: Status
    level: Level | None
    level_strict: Level | None
    #: Kept to two decimals in a row.
    confidence: float
    product_url: str = ""
    route_url: str = ""
    via: str = ""
    signals: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    rules_version: str = ""

    def __post_init__(self) -> None:
        _coerce(self, "org_type", OrgType)
        _coerce(self, "status", Status)
        _coerce(self, "level", Level, optional=True)
        _coerce(self, "level_strict", Level, optional=True)

    def as_row(self) -> dict[str, str]:
        """The verdict as a verdicts.csv row (every value a string; '' for no level)."""
        return {name: codec.to_cell(getattr(self, name)) for name, codec in VERDICT_CODECS.items()}

    @classmethod
    def from_row(cls, row: Mapping[str, str]) -> Verdict:
        """The verdict of a verdicts.csv row (as written by `as_row`); a missing optional
        column takes its default."""
        values = {n: c.from_cell(row[n]) for n, c in VERDICT_CODECS.items() if n in row}
        return cls(**values)


@dataclass(frozen=True)
class Codec:
    """How the values of one field are written in a CSV cell and read back."""

    to_cell: Callable[[Any], str]
    from_cell: Callable[[str], Any]
    #: The SQLite column type of the field.
    sql_type: str = "TEXT"


def _evidence_cell(evidence: tuple[Evidence, ...]) -> str:
    return json.dumps([e.as_dict() for e in evidence], ensure_ascii=False)


def _evidence_value(cell: str) -> tuple[Evidence, ...]:
    return tuple(Evidence(**item) for item in json.loads(cell or "[]"))


def _optional_level(cell: str) -> Level | None:
    return Level(int(cell)) if cell != "" else None


def _enum_codec(kind: type[Enum]) -> Codec:
    return Codec(lambda v: str(v.value), kind)


_CODECS: dict[Any, Codec] = {
    str: Codec(str, str),
    float: Codec(lambda v: f"{v:.2f}", float, "REAL"),
    OrgType: _enum_codec(OrgType),
    Status: _enum_codec(Status),
    Level | None: Codec(lambda v: "" if v is None else str(int(v)), _optional_level, "INTEGER"),
    tuple[str, ...]: Codec(";".join, lambda c: tuple(c.split(";")) if c else ()),
    tuple[Evidence, ...]: Codec(_evidence_cell, _evidence_value),
}


def _codecs(record: type) -> dict[str, Codec]:
    """The codec of every field of `record`, by its declared type."""
    hints = get_type_hints(record)
    missing = [f.name for f in fields(record) if hints[f.name] not in _CODECS]
    if missing:
        raise TypeError(f"{record.__name__}: no CSV codec for the type of {missing}")
    return {f.name: _CODECS[hints[f.name]] for f in fields(record)}


#: How each field of a verdict is written in verdicts.csv and run.db, in column order.
VERDICT_CODECS: dict[str, Codec] = _codecs(Verdict)
#: Columns of `verdicts.csv`, in order: the fields of `Verdict`.
VERDICT_FIELDS: tuple[str, ...] = tuple(VERDICT_CODECS)
