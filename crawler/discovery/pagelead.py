"""The lead of an HTML page: its main content's first paragraph, which names what the page
is about, and the links in it (`PageInfo.lead`, `PageInfo.lead_links`)."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml.etree import _Element

from classifiers.html import element_text
from crawler.discovery.pageinfo import Link

#: the lead: the first paragraph of at least LEAD_MIN_CHARS, cut at LEAD_MAX_CHARS
LEAD_MIN_CHARS = 40
LEAD_MAX_CHARS = 300


def lead_of(main: _Element, base: str) -> tuple[str, list[Link]]:
    """The main content's first paragraph of some length (not in a box or a form), and the
    links in it. A first paragraph that only asks ('Wilt u een café beginnen?') is read
    with the paragraphs that answer it, up to one that says something ('Dan heeft u een
    exploitatievergunning nodig.'). A table cell or definition that holds its text without
    paragraphs is one too (a product catalogue's 'Omschrijving' row)."""
    texts: list[str] = []
    links: list[Link] = []
    for p in main.iter("p", "td", "dd"):
        if p.tag != "p" and p.find(".//p") is not None:
            continue  # its paragraphs are read themselves
        if any(a.tag in ("aside", "form", "nav") for a in p.iterancestors()):
            continue
        text = element_text(p)
        if len(text) < LEAD_MIN_CHARS:
            continue
        texts.append(text)
        links += [
            Link(urljoin(base, a.get("href") or ""), element_text(a), True)
            for a in p.iter("a")
            if a.get("href")
        ]
        if not _only_asks(text) or sum(map(len, texts)) >= LEAD_MAX_CHARS:
            break
    return " ".join(texts)[:LEAD_MAX_CHARS], links


def _only_asks(text: str) -> bool:
    """True when every sentence of a text is a question."""
    sentences = [s for s in re.split(r"(?<=[.?!])\s+", text.strip()) if s]
    return bool(sentences) and all(s.endswith("?") for s in sentences)
