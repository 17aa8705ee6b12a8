"""Loading, validating and versioning the discovery tables (`crawler/rules/discovery.toml`):
the matcher's word lists and weights and discovery's page and link patterns. The version, a
short hash of the file, goes into the run's metadata like the classifier rules' version."""

from __future__ import annotations

import hashlib
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from digimeter.core.errors import BadInput
from digimeter.core.model import ORG_TYPES

THRESHOLDS = (
    "confirm", "confirm_feed", "settle", "candidate", "margin", "follow", "candidates_per_source",
    "shared_margin", "alike",
)  # fmt: skip
WEIGHTS = (
    "term", "text", "title", "url", "stem", "compound_head", "inflection", "compound_part",
    "fuzzy_min", "hub_bonus", "depth_penalty", "compound_modifier", "other_type", "audience",
    "form_page", "lead", "lead_keep", "own_name",
)  # fmt: skip
PATTERNS = {
    "page": (
        "news_path",
        "news_marker",
        "news_breadcrumb",
        "overview_title",
        "overview_marker",
        "audience_burger",
        "audience_ondernemer",
        "soft_404",
        "form_title",
        "login_start",
        "sends_on",
        "not_the_same",
        "document_facts",
    ),
    "links": ("hub_text", "hub_url", "skip_url"),
    "search": ("action", "field"),
}


class DiscoveryRulesError(BadInput, ValueError):
    """The discovery rules file is unusable; the message names the file, section and field."""


@dataclass(frozen=True)
class Synonyms:
    product: str
    terms: tuple[str, ...]
    org_types: frozenset[str]


@dataclass(frozen=True)
class DiscoveryRules:
    thresholds: dict[str, float]
    weights: dict[str, float]
    stopwords: frozenset[str]
    generic: frozenset[str]
    url_stopwords: frozenset[str]
    patterns: dict[str, re.Pattern[str]]
    list_min_links: int
    list_max_chars_per_link: int
    synonyms: tuple[Synonyms, ...]
    #: per kind of request (products.csv `kind`), the title words that say it ("melding")
    kinds: dict[str, frozenset[str]]
    #: a short hash of the rules file
    version: str = ""

    def pattern(self, name: str) -> re.Pattern[str]:
        return self.patterns[name]


def _table(path: Path, data: dict[str, Any], section: str) -> dict[str, Any]:
    value = data.get(section)
    if not isinstance(value, dict):
        raise DiscoveryRulesError(f"{path}: missing section [{section}]")
    return value


def _numbers(
    path: Path, table: dict[str, Any], section: str, names: tuple[str, ...]
) -> dict[str, float]:
    unknown = set(table) - set(names)
    if unknown:
        raise DiscoveryRulesError(
            f"{path}: [{section}] unknown field(s) {', '.join(sorted(unknown))}"
        )
    out: dict[str, float] = {}
    for name in names:
        value = table.get(name)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise DiscoveryRulesError(
                f"{path}: [{section}] field '{name}': expected a number >= 0, got {value!r}"
            )
        out[name] = float(value)
    return out


def _words(path: Path, table: dict[str, Any], name: str, section: str = "text") -> frozenset[str]:
    value = table.get(name)
    if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
        raise DiscoveryRulesError(f"{path}: [{section}] field '{name}': expected a list of words")
    return frozenset(w.lower() for w in value)


def _regex(path: Path, table: dict[str, Any], section: str, name: str) -> re.Pattern[str]:
    value = table.get(name)
    if not isinstance(value, str) or not value:
        raise DiscoveryRulesError(f"{path}: [{section}] field '{name}': expected a regex string")
    try:
        return re.compile(value, re.I)
    except re.error as exc:
        raise DiscoveryRulesError(f"{path}: [{section}] field '{name}': bad regex: {exc}") from exc


def _synonyms(path: Path, entries: Any) -> tuple[Synonyms, ...]:
    if not isinstance(entries, list):
        raise DiscoveryRulesError(f"{path}: [[synonyms]] must be a list of tables")
    out = []
    for i, entry in enumerate(entries):
        where = f"{path}: [[synonyms]] #{i + 1}"
        unknown = set(entry) - {"product", "terms", "org_types", "rationale"}
        if unknown:
            raise DiscoveryRulesError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
        for name in ("product", "rationale"):
            if not isinstance(entry.get(name), str) or not entry[name]:
                raise DiscoveryRulesError(f"{where}: field '{name}' must be a non-empty string")
        terms = entry.get("terms")
        if not isinstance(terms, list) or not terms or not all(isinstance(t, str) for t in terms):
            raise DiscoveryRulesError(f"{where} ({entry['product']}): 'terms' must list words")
        types = entry.get("org_types", list(ORG_TYPES))
        bad = [t for t in types if t not in ORG_TYPES]
        if bad:
            raise DiscoveryRulesError(
                f"{where} ({entry['product']}): org_types {bad} not in {', '.join(ORG_TYPES)}"
            )
        out.append(Synonyms(entry["product"], tuple(terms), frozenset(types)))
    return tuple(out)


#: the discovery tables the crawler uses by default (`DIGIMETER_RULES`)
DEFAULT_RULES = Path(__file__).resolve().parent.parent / "crawler" / "rules" / "discovery.toml"


@cache
def load_rules(path: Path = DEFAULT_RULES) -> DiscoveryRules:
    """Read and validate a discovery rules file (cached per path)."""
    try:
        raw = Path(path).read_bytes()
        data = tomllib.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise DiscoveryRulesError(f"{path}: cannot read the rules: {exc}") from exc
    text = _table(path, data, "text")
    kinds = _table(path, data, "kinds")
    page = _table(path, data, "page")
    patterns = {
        name: _regex(path, _table(path, data, section), section, name)
        for section, names in PATTERNS.items()
        for name in names
    }
    limits = {}
    for name in ("list_min_links", "list_max_chars_per_link"):
        value = page.get(name)
        if not isinstance(value, int) or value < 1:
            raise DiscoveryRulesError(f"{path}: [page] field '{name}': expected a whole number")
        limits[name] = value
    return DiscoveryRules(
        thresholds=_numbers(path, _table(path, data, "thresholds"), "thresholds", THRESHOLDS),
        weights=_numbers(path, _table(path, data, "weights"), "weights", WEIGHTS),
        stopwords=_words(path, text, "stopwords"),
        generic=_words(path, text, "generic"),
        url_stopwords=_words(path, text, "url_stopwords"),
        patterns=patterns,
        list_min_links=limits["list_min_links"],
        list_max_chars_per_link=limits["list_max_chars_per_link"],
        synonyms=_synonyms(path, data.get("synonyms", [])),
        kinds={k: _words(path, kinds, k, "kinds") for k in kinds},
        version=hashlib.sha256(raw).hexdigest()[:12],
    )
