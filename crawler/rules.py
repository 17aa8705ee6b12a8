"""Loading and validating the discovery scoring tables (`rules/discovery.toml`)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from digimeter.errors import BadInput
from digimeter.model import ORG_TYPES

THRESHOLDS = (
    "confirm", "confirm_feed", "settle", "candidate", "margin", "follow", "candidates_per_source",
)  # fmt: skip
WEIGHTS = (
    "term", "text", "title", "url", "stem", "compound_head", "inflection", "compound_part",
    "fuzzy_min", "hub_bonus", "depth_penalty",
)  # fmt: skip
PATTERNS = {
    "page": ("news_path", "news_marker", "news_breadcrumb", "overview_title", "overview_marker"),
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


def _words(path: Path, table: dict[str, Any], name: str) -> frozenset[str]:
    value = table.get(name)
    if not isinstance(value, list) or not all(isinstance(w, str) and w for w in value):
        raise DiscoveryRulesError(f"{path}: [text] field '{name}': expected a list of words")
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


@cache
def load_rules(path: Path) -> DiscoveryRules:
    """Read and validate a discovery rules file (cached per path)."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise DiscoveryRulesError(f"{path}: cannot read the rules: {exc}") from exc
    text = _table(path, data, "text")
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
    )
