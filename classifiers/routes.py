"""Which links of a page can be routes to the product (shared by the crawler and classifiers).

The crawler fetches what `route_links` marks `fetch`, hop by hop, and never fetches an
identity provider; the classifiers read the same links from the stored pages. The
vocabulary lives in `rules/routes.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from lxml.etree import _Element

from classifiers.html import element_text, main_content, parse_html
from classifiers.ruleset import RULES_DIR, RuleFileError, load_rules
from digimeter.pages import Page

__all__ = ["RouteLink", "RuleFileError", "identity_provider_rule", "route_links", "vocabulary"]

RULES_FILE = RULES_DIR / "routes.toml"


@dataclass(frozen=True)
class RouteVocabulary:
    idp_hosts: tuple[tuple[str, re.Pattern[str]], ...]
    idp_paths: tuple[tuple[str, re.Pattern[str]], ...]
    doc_paths: tuple[tuple[str, re.Pattern[str]], ...]
    doc_texts: tuple[tuple[str, re.Pattern[str]], ...]
    cta_texts: tuple[tuple[str, re.Pattern[str]], ...]
    cta_urls: tuple[tuple[str, re.Pattern[str]], ...]
    skip_schemes: frozenset[str]
    skip_url: re.Pattern[str]


@cache
def vocabulary(directory: Path = RULES_DIR) -> RouteVocabulary:
    """The route vocabulary of the rule files (validated at load, cached)."""
    rules = load_rules(directory)

    def pick(section: str, field: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
        return tuple(
            (r.id, r.patterns[field]) for r in rules.section(section) if field in r.patterns
        )

    skip = rules.table("skip")
    return RouteVocabulary(
        idp_hosts=pick("identity_provider", "host"),
        idp_paths=pick("identity_provider", "path"),
        doc_paths=pick("document", "path"),
        doc_texts=pick("document", "text"),
        cta_texts=pick("call_to_action", "text"),
        cta_urls=pick("call_to_action", "url"),
        skip_schemes=frozenset(skip.option("schemes", [])),
        skip_url=skip.patterns["url"],
    )


@lru_cache(maxsize=65536)
def identity_provider_rule(url: str) -> str:
    """The id of the rule that marks `url` as an identity provider, or ''."""
    vocab = vocabulary()
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    for rule_id, pattern in vocab.idp_hosts:
        if pattern.search(host):
            return rule_id
    for rule_id, pattern in vocab.idp_paths:
        if pattern.search(parts.path.lower()):
            return rule_id
    return ""


@dataclass(frozen=True)
class RouteLink:
    """A link that may be a route: where it goes, what it says, and why it was picked."""

    url: str
    text: str
    #: Rule ids that made the link a candidate (doc.*, cta.*, external, idp.*).
    reasons: tuple[str, ...]
    #: The crawler should fetch it (False for identity providers and skipped links).
    fetch: bool
    in_main: bool

    @property
    def is_document(self) -> bool:
        return any(r.startswith("doc.") for r in self.reasons)

    @property
    def identity_provider(self) -> bool:
        return any(r.startswith("idp.") for r in self.reasons)


def _link_text(a: _Element) -> str:
    text = element_text(a)
    title = a.get("title") or a.get("aria-label") or ""
    return f"{text} {title}".strip()


def route_links(
    page: Page, tree: _Element | None = None, *, hop: int = 0, main: _Element | None = None
) -> list[RouteLink]:
    """The candidate route links of a page, one per target URL.

    At hop 0 (the product page) only the main content counts, and any link to another
    host is a candidate; from hop 1 on (form hosts, portals) the whole page counts but
    only links that look like documents, calls to action or logins, those of the main
    content first (`in_main`), then the others, each in document order. `main`: the page's
    `main_content(tree)` when the caller has it already.
    """
    tree = tree if tree is not None else parse_html(page)
    if tree is None:
        return []
    vocab = vocabulary()
    base = page.url
    base_tags = tree.xpath("//base[@href]")
    if base_tags:
        base = urljoin(page.url, base_tags[0].get("href"))
    own_host = urlsplit(page.url).hostname or ""
    inner = main if main is not None else main_content(tree)
    scope = inner if hop == 0 else tree
    main_hrefs = {(a.get("href") or "").strip() for a in inner.iter("a")}
    links: dict[str, RouteLink] = {}
    for a in scope.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith("#"):
            continue
        url = urljoin(base, href).split("#")[0]
        parts = urlsplit(url)
        if parts.scheme.lower() in vocab.skip_schemes or parts.scheme not in ("http", "https"):
            continue
        if url in links or url.rstrip("/") == page.url.rstrip("/"):
            continue
        text = _link_text(a)
        reasons: list[str] = []
        idp = identity_provider_rule(url)
        if idp:
            reasons.append(idp)
        # rule patterns are compiled lower-case (classifiers.ruleset): match lowered text
        low_path, low_text, low_url = parts.path.lower(), text.lower(), url.lower()
        reasons += [rid for rid, p in vocab.doc_paths if p.search(low_path)]
        reasons += [rid for rid, p in vocab.doc_texts if p.search(low_text)]
        reasons += [rid for rid, p in vocab.cta_texts if p.search(low_text)]
        reasons += [rid for rid, p in vocab.cta_urls if p.search(low_url)]
        if hop == 0 and (parts.hostname or "") != own_host:
            reasons.append("external")
        if not reasons or (vocab.skip_url.search(low_url) and not idp):
            continue
        links[url] = RouteLink(
            url=url,
            text=text,
            reasons=tuple(dict.fromkeys(reasons)),
            fetch=not idp,
            in_main=hop == 0 or href in main_hrefs,
        )
    return sorted(links.values(), key=lambda link: not link.in_main)
