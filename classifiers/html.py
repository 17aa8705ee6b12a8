"""Parsing stored HTML and finding a page's main content (no Scrapy, lxml only)."""

from __future__ import annotations

import re

import lxml.html
from lxml.etree import ParserError, _Element

from digimeter.pages import Page

#: Elements that are site furniture, not the page's own content.
_FURNITURE_TAGS = ("header", "footer", "nav", "aside", "script", "style", "noscript", "template")
_FURNITURE_ROLES = ("banner", "navigation", "contentinfo", "search", "complementary")
_FURNITURE_NAME = re.compile(
    r"(^|[\s_-])(header|footer|sidebar|zijbalk|aside|breadcrumbs?|kruimelpad|menu|topmenu|"
    r"navigation|nav|skiplinks?|cookie\w*|site-search|search-block\w*)($|[\s_-])",
    re.I,
)
_MAIN_XPATHS = (
    "//main",
    "//*[@role='main']",
    "//*[@id='content' or @id='main' or @id='main-content' or @id='maincontent']",
    "//article",
)


def parse_html(page: Page) -> _Element | None:
    """The page's HTML tree, or None when the body is not HTML or cannot be parsed."""
    if not page.body or page.content_type not in ("", "text/html", "application/xhtml+xml"):
        return None
    try:
        return lxml.html.document_fromstring(page.text())
    except (ParserError, ValueError):
        return None


def is_furniture(el: _Element) -> bool:
    """True for headers, footers, navigation, side bars and the like."""
    if el.tag in _FURNITURE_TAGS:
        return True
    if (el.get("role") or "").lower() in _FURNITURE_ROLES:
        return True
    name = f"{el.get('id') or ''} {el.get('class') or ''}"
    return bool(name.strip()) and bool(_FURNITURE_NAME.search(name))


def main_content(tree: _Element) -> _Element:
    """A copy of the page's main content with headers, footers, menus and side bars removed."""
    import copy

    root = tree
    for xpath in _MAIN_XPATHS:
        found = tree.xpath(xpath)
        if found:
            root = found[0]
            break
    else:
        body = tree.find("body")
        root = body if body is not None else tree
    content = copy.deepcopy(root)
    for el in list(content.iter()):
        if el is content or not isinstance(el.tag, str):
            continue
        if is_furniture(el) and el.getparent() is not None:
            el.getparent().remove(el)
    return content


def element_text(el: _Element) -> str:
    """Visible text of an element including image alt texts, whitespace collapsed."""
    parts: list[str] = []
    for node in el.iter():
        if not isinstance(node.tag, str) or node.tag in ("script", "style"):
            if node.tail:
                parts.append(node.tail)
            continue
        if node.tag == "img" and node.get("alt"):
            parts.append(f" {node.get('alt')} ")
        if node.text:
            parts.append(node.text)
        if node.tail and node is not el:
            parts.append(node.tail)
    return re.sub(r"\s+", " ", " ".join(parts)).strip()


def page_title(tree: _Element) -> str:
    """The page's h1, else its <title>."""
    for xpath in ("//h1", "//title"):
        found = tree.xpath(xpath)
        if found:
            text = element_text(found[0])
            if text:
                return text
    return ""
