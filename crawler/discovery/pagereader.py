"""Reads one fetched HTML page into what discovery needs to know of it (`page_info`, a
`PageInfo`; lxml only, no Scrapy): its titles, its ways on, its site search form and SC
feed link, and what kind of page it is (`crawler.discovery.pagekinds`, its lead
`crawler.discovery.pagelead`, rendering `crawler.discovery.rendering`)."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml.etree import _Element

from classifiers.clickables import base_url
from classifiers.html import element_text
from classifiers.matchrules import DiscoveryRules
from classifiers.parsedpage import ParsedPage
from crawler.discovery.pageinfo import Link, PageInfo, SearchForm
from crawler.discovery.pagekinds import (
    SECTION_MAX_CHARS,
    is_document,
    is_form,
    is_news,
    is_overview,
    own_chars,
)
from crawler.discovery.pagelead import lead_of
from crawler.discovery.rendering import needs_render
from digimeter.core.pages import Page

_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:]{1,2}\s+")
SEARCH_INPUT_TYPES = ("search", "text", "")
#: a page with less text than this besides its headings and links is bare
BARE_MAX_CHARS = 100
#: a page with less text than this and at most this many ways on is passed through
SPLASH_MAX_CHARS = 400
SPLASH_MAX_WAYS = 2


def title_core(title: str) -> str:
    """'Paspoort aanvragen | Gemeente X' -> 'Paspoort aanvragen'."""
    parts = _TITLE_SEPARATORS.split(title.strip())
    return parts[0].strip() if len(parts) > 1 else title.strip()


def _links(parsed: ParsedPage) -> tuple[list[Link], str]:
    """The page's ways on, and where the page moves itself to ('' when it does not)."""
    out, moved = [], ""
    for way in parsed.ways_on:
        if way.kind == "get_form" and way.blank:
            continue  # a query to type (a search), not a button
        out.append(Link(way.url, way.text, way.in_main or way.page_level))
        if way.page_level and not moved:
            moved = way.url
    return out, moved


def _search_form(tree: _Element, base: str, rules: DiscoveryRules) -> SearchForm | None:
    action_re, field_re = rules.pattern("action"), rules.pattern("field")
    for form in tree.iter("form"):
        if (form.get("method") or "get").lower() != "get":
            continue
        action = form.get("action") or ""
        marks = f"{form.get('role') or ''} {form.get('class') or ''} {form.get('id') or ''}"
        inputs = [i for i in form.iter("input") if i.get("name")]
        texts = [i for i in inputs if (i.get("type") or "").lower() in SEARCH_INPUT_TYPES]
        named = [i for i in texts if field_re.search(i.get("name") or "")]
        is_search = (
            "search" in marks.lower() or "zoek" in marks.lower() or bool(action_re.search(action))
        )
        if not (texts and (is_search or named)):
            continue
        query = (named or texts)[0]
        fixed = tuple(
            (i.get("name") or "", i.get("value") or "")
            for i in inputs
            if (i.get("type") or "").lower() == "hidden"
        )
        return SearchForm(urljoin(base, action), query.get("name") or "q", fixed)
    return None


def _sc_feed(tree: _Element, base: str) -> str:
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        title = (link.get("title") or "").lower()
        href = link.get("href") or ""
        if "alternate" in rel and href and "samenwerkende" in title:
            return urljoin(base, href)
    return ""


def page_info(page: Page | ParsedPage, rules: DiscoveryRules) -> PageInfo | None:
    """What discovery needs of an HTML page; None when it is not HTML."""
    parsed = ParsedPage.of(page)
    page, tree = parsed.page, parsed.tree
    if tree is None:
        return None
    base = base_url(tree, page.url)
    main = parsed.main
    titles = []
    for h1 in (*main.iter("h1"), *tree.iter("h1")):
        text = element_text(h1)
        if text:
            titles.append(text)
            break
    for t in tree.iter("title"):
        text = title_core(element_text(t))
        if text and text not in titles:
            titles.append(text)
        break
    # a title in two languages ('Paspoart en identiteitskaart / Paspoort en ID-kaart', the
    # Frisian before the Dutch): each half is a title of the page too
    for text in list(titles):
        halves = [half.strip() for half in text.split(" / ")]
        if len(halves) == 2:
            titles += [half for half in halves if half and half not in titles]
    links, moved = _links(parsed)
    main_text = parsed.main_text
    body_text = parsed.body_text if tree.find("body") is not None else main_text
    title = titles[0] if titles else ""
    soft_404 = any(rules.pattern("soft_404").search(t) for t in titles[:2])
    own = own_chars(main, main_text)
    thin = own < SECTION_MAX_CHARS
    lead, lead_links = lead_of(main, base)
    headings = sum(len(element_text(h)) for h in main.iter("h1", "h2", "h3", "h4", "h5", "h6"))
    splash = len(body_text) < SPLASH_MAX_CHARS and 0 < len(links) <= SPLASH_MAX_WAYS
    bare = own - headings < BARE_MAX_CHARS
    return PageInfo(
        url=page.url,
        titles=tuple(titles),
        links=links,
        main_text=main_text[:20_000],
        main_lines=parsed.main_lines[:20_000],
        is_news=is_news(tree, page.url, rules),
        is_overview=is_overview(tree, main, main_text, title, page.url, rules),
        search_form=_search_form(tree, base, rules),
        sc_feed_url=_sc_feed(tree, base),
        needs_render=needs_render(page, tree, body_text),
        is_soft_404=soft_404,
        is_form=is_form(main, links, title, thin, rules),
        is_document=bare and is_document(main, main_text, links, page.url, rules),
        is_splash=splash,
        moved_to=moved if splash and moved != page.url else "",
        thin=thin,
        bare=bare,
        list_entries=len(main.xpath(".//li//a[@href]")),
        lead=lead,
        lead_links=lead_links,
        other_language=not (tree.get("lang") or "nl").lower().startswith("nl"),
    )
