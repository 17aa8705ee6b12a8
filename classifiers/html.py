"""Parsing stored HTML and finding a page's main content (no Scrapy, lxml only)."""

from __future__ import annotations

import re
from functools import cache

import lxml.html
from lxml.etree import ParserError, _Element, iterwalk

from classifiers.ruleset import RuleSet, load_rules
from digimeter.core.pages import Page

#: Elements that are site furniture, not the page's own content (names: rules/content.toml).
_FURNITURE_TAGS = ("header", "footer", "nav", "aside", "script", "style", "noscript", "template")
_FURNITURE_ROLES = ("banner", "navigation", "contentinfo", "search", "complementary")
#: Furniture that can still be a call-to-action box of the product (an aside in <main>).
_SOFT_FURNITURE_TAGS = ("aside",)
_SOFT_FURNITURE_ROLES = ("complementary",)
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


def _name(el: _Element) -> str:
    return f"{el.get('id') or ''} {el.get('class') or ''}".strip()


def is_furniture(el: _Element, rules: RuleSet) -> bool:
    """True for headers, footers, navigation, side bars and the like. A `<noscript>` that
    holds a link is not: it is the way on a browser without scripts shows in place of the
    one the page's scripts build (a script-built DigiD button and its fallback link)."""
    if el.tag == "noscript":
        return not el.xpath(".//a[@href]")
    if el.tag in _FURNITURE_TAGS:
        return True
    if (el.get("role") or "").lower() in _FURNITURE_ROLES:
        return True
    name = _name(el)
    return bool(name) and any(r.search("name", name) for r in rules.section("furniture"))


def is_cta_block(el: _Element, rules: RuleSet) -> bool:
    """True for a call-to-action box ("Direct regelen") that is styled as an aside."""
    cta_rules = rules.section("cta_block")
    name = _name(el)
    if name and any(r.search("name", name) for r in cta_rules):
        return True
    for heading in el.iter("h2", "h3", "h4", "strong"):
        text = element_text(heading)
        return any(r.search("heading", text) for r in cta_rules)
    return False


def is_tab_list(el: _Element, rules: RuleSet | None = None) -> bool:
    """True for a page's tabs ('Omschrijving | Aanvragen | Kosten': role=tablist, or a name
    of content.toml's `tab_list`), which lead to views of the page itself."""
    name = _name(el)
    rules = rules or _content_rules()
    return (el.get("role") or "").lower() == "tablist" or (
        bool(name) and any(r.search("name", name) for r in rules.section("tab_list"))
    )


def _keeps(el: _Element, rules: RuleSet) -> bool:
    """Furniture inside the main content that is nevertheless the product's own content: a
    call-to-action box, or the product page's tabs."""
    if is_tab_list(el, rules):
        return True
    soft = el.tag in _SOFT_FURNITURE_TAGS or (el.get("role") or "") in _SOFT_FURNITURE_ROLES
    if not soft and el.tag in _FURNITURE_TAGS:
        return False
    if (el.get("role") or "").lower() in ("banner", "navigation", "contentinfo", "search"):
        return False
    return is_cta_block(el, rules)


@cache
def _content_rules() -> RuleSet:
    """The shipped rules (their furniture and cta_block sections, rules/content.toml)."""
    return load_rules()


def main_scope(tree: _Element) -> tuple[_Element, list[_Element]]:
    """The page's main element and the furniture elements inside it (in the tree given).

    The main element is the first of `<main>`, `role=main`, a content id or `<article>`, else
    the body. Furniture is what `is_furniture` marks (not descending into it), except
    call-to-action boxes styled as asides inside a real main element.
    """
    rules = _content_rules()
    root = tree
    for xpath in _MAIN_XPATHS:
        found = tree.xpath(xpath)
        if found:
            root = found[0]
            break
    else:
        body = tree.find("body")
        root = _content_block(body, rules) if body is not None else tree
    in_main = root is not tree and root.tag != "body"
    # without a main element, the block that holds the page's title holds its content
    heading = None if in_main else next(root.iter("h1"), None)
    holders = set() if heading is None else set(heading.iterancestors()) - {root, tree}
    removed: list[_Element] = []
    stack: list[_Element] = list(root)
    while stack:
        el = stack.pop()
        if not isinstance(el.tag, str):
            continue
        # whether it sits in the content is asked of furniture only (an ancestor walk)
        if is_furniture(el, rules) and not (
            (in_main or not holders.isdisjoint(el.iterancestors())) and _keeps(el, rules)
        ):
            removed.append(el)
            continue
        stack.extend(el)
    return root, removed


#: the least text of the block that holds a page's title for it to be the page's content
MIN_CONTENT_CHARS = 200


def _content_block(body: _Element, rules: RuleSet) -> _Element:
    """Without a main element, the block around the page's title (h1) that holds its text
    ('<div id="inhoud">', not the side column beside it), climbing from the title until
    the block has `MIN_CONTENT_CHARS` of text; the body where there is no such block (the
    title in a header, or nothing but the body around it)."""
    heading = next(body.iter("h1"), None)
    if heading is None or any(is_furniture(a, rules) for a in heading.iterancestors()):
        return body
    node = heading.getparent()
    while node is not None and node is not body:
        if len(element_text(node)) >= MIN_CONTENT_CHARS:
            return node
        node = node.getparent()
    return body


def main_content(tree: _Element, scope: tuple[_Element, list[_Element]] | None = None) -> _Element:
    """The page's main content with headers, footers, menus and side bars removed.

    The main element itself when it holds no furniture, else a copy without it (the tree
    passed in is never changed). `scope`: the tree's `main_scope` when the caller has it.
    """
    import copy

    root, removed = scope if scope is not None else main_scope(tree)
    if not removed:
        return root
    paths: list[tuple[int, ...]] = []
    for el in removed:
        path: list[int] = []
        node = el
        while node is not root:
            parent = node.getparent()
            if parent is None:  # not inside root: nothing of it to remove
                break
            path.append(parent.index(node))
            node = parent
        else:
            paths.append(tuple(reversed(path)))
    content = copy.deepcopy(root)
    for steps in sorted(paths, reverse=True):
        target = content
        for i in steps:
            target = target[i]
        holder = target.getparent()
        if holder is not None:
            holder.remove(target)
    return content


def element_text(el: _Element) -> str:
    """Visible text of an element including image alt texts, in document order, whitespace
    collapsed: `block_text` on one line."""
    return re.sub(r"\s+", " ", " ".join(_text_parts(el, " "))).strip()


#: elements that end a line of text: a heading runs into no sentence after it
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    ]
)


def block_text(el: _Element) -> str:
    """The visible text of an element including image alt texts, in document order, one
    line per block (a heading, a paragraph, a list item): 'Bouwen en wonen langs water' and
    the paragraph under it are two sentences, not one."""
    text = " ".join(_text_parts(el, "\n"))
    lines = (re.sub(r"\s+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def one_line(lines: str) -> str:
    """The text of `block_text` on one line: what `element_text` gives of the element."""
    return " ".join(lines.split("\n"))


def _text_parts(el: _Element, block_end: str) -> list[str]:
    """The pieces of an element's visible text in document order (texts, tails, image alt
    texts), with `block_end` after each block element."""
    parts: list[str] = []
    for event, node in iterwalk(el, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag == "img" and node.get("alt"):
                parts.append(f" {node.get('alt')} ")
            if node.text and tag and tag not in ("script", "style"):
                parts.append(node.text)
            continue
        if tag in _BLOCKS:
            parts.append(block_end)
        if node.tail and node is not el:
            parts.append(node.tail)
    return parts


def page_title(tree: _Element) -> str:
    """The page's h1, else its <title>."""
    for xpath in ("//h1", "//title"):
        found = tree.xpath(xpath)
        if found:
            text = element_text(found[0])
            if text:
                return text
    return ""
