"""Which links of a page can be routes to the product (shared by the crawler and classifiers).

The crawler fetches what `route_links` marks `fetch`, hop by hop, and never fetches an
identity provider; the classifiers read the same links from the stored pages. The
vocabulary lives in `rules/routes.toml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from lxml.etree import _Element

from classifiers.clickables import Clickable, clickables
from classifiers.html import element_text, main_content, parse_html
from classifiers.rulefile import RuleFileError
from classifiers.ruleset import RULES_DIR, load_rules
from digimeter.core.pages import Page

__all__ = [
    "RouteLink", "RuleFileError", "identity_provider_rule", "passage", "route_links", "vocabulary",
]  # fmt: skip

RULES_FILE = RULES_DIR / "routes.toml"
#: A query parameter holding an absolute URL: an exit link (`/verlaten?url=https%3A...`).
_EXIT_QUERY = re.compile(r"(^|&)[^=&]+=https?(:|%3a)", re.I)


@dataclass(frozen=True)
class RouteVocabulary:
    idp_hosts: tuple[tuple[str, re.Pattern[str]], ...]
    idp_paths: tuple[tuple[str, re.Pattern[str]], ...]
    idp_urls: tuple[tuple[str, re.Pattern[str]], ...]
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
        idp_urls=pick("identity_provider", "url"),
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
    if parts.query:
        for rule_id, pattern in vocab.idp_urls:
            if pattern.search(url.lower()):
                return rule_id
    return ""


class RouteKind:
    """What a candidate link's `kind` and `reasons` say (shared by RouteLink and LinkFacts)."""

    kind: str
    reasons: tuple[str, ...]

    @property
    def embedded(self) -> bool:
        """A frame: what it shows is part of the page that holds it."""
        return self.kind in ("iframe", "frame")

    @property
    def item_only(self) -> bool:
        """Only an entry of the page's content: a route where it names the product."""
        return self.reasons == ("item",)


@dataclass(frozen=True)
class RouteLink(RouteKind):
    """A link that may be a route: where it goes, what it says, and why it was picked."""

    url: str
    text: str
    #: Rule ids that made the link a candidate (doc.*, cta.*, external, frame, redirect, idp.*).
    reasons: tuple[str, ...]
    #: The crawler should fetch it (False for identity providers and skipped links).
    fetch: bool
    in_main: bool
    #: How a person follows it (`classifiers.clickables.KINDS`): anchor, button, get_form, ...
    kind: str = "anchor"
    #: What the page says just before it (`classifiers.clickables.lead_in`).
    lead_in: str = ""
    #: In the page's main content itself (`in_main` also holds an interstitial's header
    #: link, which is its way on).
    in_content: bool = False

    @property
    def is_document(self) -> bool:
        return any(r.startswith("doc.") for r in self.reasons)

    @property
    def identity_provider(self) -> bool:
        return any(r.startswith("idp.") for r in self.reasons)


def is_document_link(url: str, text: str) -> bool:
    """A link to a file to download: its path or its text says so (the `document` rules)."""
    return bool(_document_rules(vocabulary(), urlsplit(url).path.lower(), text.lower()))


def _document_rules(vocab: RouteVocabulary, low_path: str, low_text: str) -> list[str]:
    """The `document` rules a link's lower-cased path or text matches."""
    return [rid for rid, p in vocab.doc_paths if p.search(low_path)] + [
        rid for rid, p in vocab.doc_texts if p.search(low_text)
    ]


def _reasons(vocab: RouteVocabulary, way: Clickable, own_host: str, hop: int) -> list[str]:
    parts = urlsplit(way.url)
    reasons: list[str] = []
    idp = identity_provider_rule(way.url)
    if idp:
        reasons.append(idp)
    # rule patterns are compiled lower-case (classifiers.rulefile): match lowered text
    low_path, low_text, low_url = parts.path.lower(), way.text.lower(), way.url.lower()
    reasons += _document_rules(vocab, low_path, low_text)
    reasons += [rid for rid, p in vocab.cta_texts if p.search(low_text)]
    reasons += [rid for rid, p in vocab.cta_urls if p.search(low_url)]
    if way.kind in ("iframe", "frame"):
        reasons.append("frame")
    elif way.page_level:
        reasons.append("redirect")
    if hop == 0 and ((parts.hostname or "") != own_host or _EXIT_QUERY.search(parts.query)):
        reasons.append("external")  # another host, or an exit link carrying one
    return reasons


#: An interstitial (an exit notice, a consent wall, a language or splash page) says little
#: and offers one to three ways on, or sends the browser on by itself.
INTERSTITIAL_MAX_CHARS = 600
INTERSTITIAL_MAX_WAYS = 3


def next_hop(hop: int, reasons: tuple[str, ...]) -> int:
    """The hop a way on from a page at `hop` leads to: the next one, except where the page
    sends the browser on by itself (a refresh, a script redirect: `redirect`), which is
    passed like an HTTP redirect, at the same hop (a consent wall's 'Doorsturen' page)."""
    return hop if "redirect" in reasons else hop + 1


def _shows_a_form(way: Clickable) -> bool:
    """A form to fill in, or a frame that may hold one; a GET form without a field to fill
    is a button ('Akkoord en verder', its hidden fields set already)."""
    return way.kind in ("post_form", "iframe", "frame") or (
        way.kind == "get_form" and way.fields > 0
    )


def passage(page: Page, tree: _Element | None, ways: list[Clickable]) -> list[Clickable]:
    """The ways on of an interstitial page, which a person passes through; [] otherwise.

    A page without forms or frames that sends the browser on by itself (a refresh, a
    script redirect), or whose main content has almost no text (INTERSTITIAL_MAX_CHARS)
    and one to three ways on (site furniture aside). (A login gate looks alike:
    `classifiers.pagefacts` tells them apart.)
    """
    if any(w.in_main and _shows_a_form(w) for w in ways):
        return []  # it shows a form (or holds one in a frame): it is a page in its own right
    here = page.url.split("#")[0].rstrip("/")
    onward = [w for w in ways if w.way_on and w.url.rstrip("/") != here]
    onward = [w for w in onward if w.in_main or w.page_level] or onward
    targets = {w.url for w in onward}
    if not targets or len(targets) > INTERSTITIAL_MAX_WAYS:
        return []
    if any(w.page_level for w in onward):
        return onward
    if tree is None or len(element_text(main_content(tree))) > INTERSTITIAL_MAX_CHARS:
        return []
    return onward


def route_links(
    page: Page, tree: _Element | None = None, *, hop: int = 0, ways: list[Clickable] | None = None
) -> list[RouteLink]:
    """The candidate route links of a page, one per target URL.

    Every way on counts (`classifiers.clickables`: anchors, buttons, GET forms, frames,
    refreshes and script redirects), but not a GET form that waits for typed input. At hop
    0 (the product page) only the main content counts, and any link to another host is a
    candidate; from hop 1 on (form hosts, portals) the whole page counts but only links
    that look like documents, calls to action or logins, those of the main content first
    (`in_main`), then the others, each in document order. A frame and a refresh are always
    candidates; from hop 1 on, so is every way on of an interstitial (`passage`), and every
    other link of the main content is an `item` (a route only where it names the product,
    `classifiers.aboutproduct.choose_links`). `ways`: the page's `clickables` when the
    caller has them already (then `tree` is optional).
    """
    tree = tree if tree is not None or ways is not None else parse_html(page)
    if ways is None:
        if tree is None:
            return []
        ways = clickables(page, tree)
    passing = {id(w) for w in passage(page, tree, ways)} if hop > 0 else set()
    vocab = vocabulary()
    own_host = urlsplit(page.url).hostname or ""
    links: dict[str, RouteLink] = {}
    for way in ways:
        if not way.way_on or (hop == 0 and not (way.in_main or way.page_level)):
            continue
        if way.kind == "get_form" and way.blank:
            continue  # a query (search, check): it goes nowhere before a person types
        url = way.url
        parts = urlsplit(url)
        if parts.scheme.lower() in vocab.skip_schemes:
            continue
        if url.rstrip("/") == page.url.split("#")[0].rstrip("/"):
            continue
        known = links.get(url)
        if known is not None:  # one link per target: the main content's and a passage's say
            if id(way) in passing and "passage" not in known.reasons:
                known = replace(known, reasons=(*known.reasons, "passage"), in_main=True)
            if way.in_main and not (known.in_main and known.in_content):
                known = replace(known, in_main=True, in_content=True)
            links[url] = known
            continue
        if way.kind == "js_redirect" and id(way) not in passing:
            continue  # a script's location change on an ordinary page is no way on
        reasons = _reasons(vocab, way, own_host, hop)
        if id(way) in passing:
            reasons.append("passage")
        if way.kind == "text_url" and not any(r.startswith("cta.") for r in reasons):
            continue  # an address in the text is a way on where the sentence says to go there
        idp = any(r.startswith("idp.") for r in reasons)
        if not reasons and hop > 0 and way.in_main and way.kind in ("anchor", "area", "button"):
            reasons = ["item"]  # a list's entry: a route only where it names the product
        if not reasons or (vocab.skip_url.search(url.lower()) and not idp):
            continue
        links[url] = RouteLink(
            url=url,
            text=way.text,
            reasons=tuple(dict.fromkeys(reasons)),
            fetch=not idp,
            in_main=hop == 0 or way.in_main or way.page_level or id(way) in passing,
            kind=way.kind,
            lead_in=way.lead_in,
            in_content=way.in_main,
        )
    return sorted(links.values(), key=lambda link: not link.in_main)
