"""Every way on a person can click on a parsed HTML page, as typed records (no Scrapy).

    from classifiers.clickables import clickables, ways_on
    for way in ways_on(page):          # Clickable(url, kind, text, in_main, ...)
        ...

A page's ways on are more than its `<a href>`: image-map areas, buttons and other elements
whose click handler or `data-href` navigates (`location.href = ...`, `window.open(...)`),
GET forms (the URL a browser builds from the action and the fields' default values),
frames, a `<meta http-equiv="refresh">` or `Refresh` header, an inline script that sends
the browser on (an interstitial), an address written out in a sentence, and what the
crawler's browser saw a button do when it clicked it (`click`; `blocked` for a request it
stopped: a POST, an identity provider). URLs are resolved as a browser resolves them:
against `<base href>` and the page URL (a form without an action submits to the page's
own URL). A POST form is recorded too, as a signal that the page holds a form, but it is
not a way on (`way_on` is False): following it would submit something.

Only http(s) targets are kept; fragments are dropped. The records come in document order,
one per element (and per submit button of a form); page-level navigations (refresh,
script redirect) have `in_main` False, since they belong to no part of the content.
"""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urljoin, urlsplit

from lxml.etree import _Element

from classifiers.clickrecord import (
    BLOCKED_HEADER,
    BUTTON_HREF_ATTRS,
    CLICKS_HEADER,
    HREF_ATTRS,
    KINDS,
    Clickable,
    absolute_url,
    label,
)
from classifiers.getforms import form_clicks
from classifiers.html import element_text, main_scope, parse_html
from classifiers.scripted import browser_clicks, builds_ways_on, needs_clicking, script_targets
from digimeter.core.pages import Page

__all__ = [
    "BLOCKED_HEADER", "CLICKS_HEADER", "KINDS", "TEXT_URL", "Clickable", "base_url",
    "builds_ways_on", "clickables", "needs_clicking", "script_targets", "ways_on",
]  # fmt: skip

_TARGET_ATTRS = frozenset((*HREF_ATTRS, *BUTTON_HREF_ATTRS))
_CLICKABLE_ROLES = ("button", "link", "menuitem", "tab", "option")
_REFRESH = re.compile(
    r"^\s*\d*(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(['\"]?)(?P<url>.*?)\1\s*$", re.I
)
_SCRIPT_TYPES = re.compile(r"^\s*((text|application)/(x-)?(java|ecma)script|module)?\s*$", re.I)
#: An address written out in the text ('via www.omgevingsloket.nl', 'omgevingswet.overheid.nl'):
#: a person types or copies it. Bare host names need a known top-level domain.
TEXT_URL = re.compile(
    r"(?<![@\w.-])(?:https?://[^\s<>\"'()]+|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[^\s<>\"'()]*)?"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:nl|eu|com|org|net|be|frl|test)(?:/[^\s<>\"'()]*)?)(?![\w@-])",
    re.I,
)
_TEXT_TAGS = frozenset({"p", "li", "td", "dd", "div", "span", "strong", "em", "b", "i", "section"})


def base_url(tree: _Element, url: str) -> str:
    """The document's base URL: the first `<base href>` resolved against the page URL."""
    for base in tree.iter("base"):
        href = re.sub(r"[\t\n\r]", "", base.get("href") or "").strip()
        if href:
            return urljoin(url, href)
    return url


def _is_button_like(el: _Element) -> bool:
    role = (el.get("role") or "").lower()
    return el.tag in ("button", "a", "input") or role in _CLICKABLE_ROLES or bool(el.get("onclick"))


def _script_clicks(el: _Element, base: str, text: str) -> list[Clickable]:
    """Clicks whose target a script or data attribute names (kind 'button')."""
    found: list[tuple[str, str]] = []
    handler = el.get("onclick") or ""
    href = (el.get("href") or "").strip() if el.tag == "a" else ""
    if href.lower().startswith("javascript:"):
        handler = f"{href[11:]};{handler}"
    found += [("onclick", t) for t in script_targets(handler)]
    names = HREF_ATTRS + (BUTTON_HREF_ATTRS if _is_button_like(el) else ())
    found += [(name, el.get(name) or "") for name in names if el.get(name)]
    out = []
    for source, target in found:
        url = absolute_url(base, target)
        if url:
            out.append(Clickable(url, "button", text, tag=str(el.tag), source=source))
    return out


def _refresh(content: str, base: str) -> str:
    match = _REFRESH.match(content or "")
    return absolute_url(base, match.group("url")) if match else ""


def clickables(
    page: Page, tree: _Element | None = None, scope: tuple[_Element, list[_Element]] | None = None
) -> list[Clickable]:
    """Every way on of an HTML page (and its POST forms), in document order.

    `tree`: the parsed page when the caller has it; `scope`: its `main_scope(tree)`.
    """
    tree = tree if tree is not None else parse_html(page)
    if tree is None:
        return []
    base = base_url(tree, page.url)
    root, furniture = scope if scope is not None else main_scope(tree)
    cut = set(furniture)

    def in_main(el: _Element) -> bool:
        for node in (el, *el.iterancestors()):
            if node in cut:
                return False
            if node is root:
                return True
        return False

    out: list[Clickable] = browser_clicks(page)
    owned: dict[str, list[_Element]] = {}
    for control in tree.xpath("//*[@form]"):
        owned.setdefault(control.get("form") or "", []).append(control)
    header = page.headers.get("refresh", "")
    if header and (url := _refresh(header, page.url)):
        out.append(Clickable(url, "meta_refresh", tag="", source="refresh-header"))
    for el in tree.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        records: list[Clickable] = []
        if tag in ("a", "area"):
            text = label(element_text(el), el.get("alt") or "", el.get("title") or "",
                          el.get("aria-label") or "")  # fmt: skip
            url = absolute_url(base, el.get("href") or "")
            if url and not (el.get("href") or "").strip().lower().startswith("javascript:"):
                kind = "anchor" if tag == "a" else "area"
                records.append(Clickable(url, kind, text, tag=tag, source="href"))
            records += _script_clicks(el, base, text)
        elif tag == "form":
            records += form_clicks(el, base, page.url, owned.get(el.get("id") or "", []))
        elif tag in ("iframe", "frame"):
            url = absolute_url(base, el.get("src") or "")
            if url:
                text = label(el.get("title") or "", el.get("aria-label") or "",
                              el.get("name") or "")  # fmt: skip
                records.append(Clickable(url, tag, text, tag=tag, source="src"))
        elif tag == "meta" and (el.get("http-equiv") or "").lower() == "refresh":
            url = _refresh(el.get("content") or "", base)
            if url:
                out.append(Clickable(url, "meta_refresh", tag="meta", source="content"))
            continue
        elif tag == "script":
            if not el.get("src") and el.text and _SCRIPT_TYPES.match(el.get("type") or ""):
                for target in script_targets(el.text):
                    url = absolute_url(base, target)
                    if url:
                        out.append(Clickable(url, "js_redirect", tag="script", source="script"))
            continue
        elif tag in _TEXT_TAGS and (el.text or any(c.tail for c in el)):
            records += _text_urls(el, page.url)
        attrs = el.attrib
        if (
            attrs
            and tag not in ("a", "area", "form", "iframe", "frame")
            and ("onclick" in attrs or not _TARGET_ATTRS.isdisjoint(attrs))
        ):
            text = label(element_text(el), el.get("value") or "", el.get("title") or "",
                          el.get("aria-label") or "")  # fmt: skip
            records += _script_clicks(el, base, text)
        if records:
            inside = in_main(el)
            said = lead_in(el) if tag in _LEAD_IN_TAGS or "onclick" in attrs else ""
            out += [_with_main(replace(r, lead_in=said) if said else r, inside) for r in records]
    return out


#: the elements a lead-in is read for: links, buttons and forms (not frames or refreshes)
_LEAD_IN_TAGS = ("a", "area", "button", "form")
#: block elements whose text is a lead-in; wrappers that hold nothing else are climbed
_LEAD_IN_BLOCKS = ("p", "div", "span", "strong", "em", "li", "dd", "td")
LEAD_IN_MAX_CHARS = 300


def lead_in(el: _Element) -> str:
    """What the page says just before a link or button: the rest of the paragraph it is in
    ('Vraag het aan met DigiD via <dit formulier>'), or the paragraph before it, also
    before the wrapper it sits in alone ('<p>U logt in met DigiD.</p><div><a>Online
    aanvragen</a></div>') or with other links only ('<p>Bekijk uw lopende aanvragen.</p>
    <p><a>Inloggen met eHerkenning</a> <a>Inloggen met DigiD</a></p>'); '' when there is
    none."""
    own = element_text(el)
    node = el
    for _ in range(3):
        parent = node.getparent()
        if parent is not None and parent.tag in ("p", "li", "dd", "td"):
            text = element_text(parent)
            if text != own and not _only_ways_on(parent):
                return text[:LEAD_IN_MAX_CHARS]
            if text != own:  # a line of links only: what the page says before it
                node, own = parent, text
                continue
        previous = node.getprevious()
        while previous is not None and not isinstance(previous.tag, str):
            previous = previous.getprevious()  # a comment or processing instruction
        if previous is not None:
            if previous.tag in _LEAD_IN_BLOCKS:
                return element_text(previous)[:LEAD_IN_MAX_CHARS]
            return ""
        if parent is None or element_text(parent) != own:
            return ""
        node = parent
    return ""


def _only_ways_on(block: _Element) -> bool:
    """True for a block of links and buttons only ('<a>Inloggen met eHerkenning</a> ·
    <a>Inloggen met DigiD</a>'): nothing in it is said about them."""
    rest = element_text(block)
    for way in block.iter("a", "button"):
        rest = rest.replace(element_text(way), " ", 1)
    return not re.search(r"\w{3}", rest)


def _text_urls(el: _Element, page_url: str) -> list[Clickable]:
    """Addresses written out in an element's own text, with the sentence as their text."""
    parts = [el.text or "", *(child.tail or "" for child in el)]
    found = []
    for part in parts:
        for match in TEXT_URL.finditer(part):
            target = match.group(0).rstrip(".,;:!?")
            if not target.lower().startswith("http"):
                target = f"{urlsplit(page_url).scheme or 'https'}://{target}"
            url = absolute_url(page_url, target)
            if url:
                sentence = sentence_with(part, match.start())
                found.append(Clickable(url, "text_url", sentence, tag=str(el.tag), source="text"))
    return found


def sentence_with(text: str, at: int) -> str:
    """The sentence of `text` around offset `at` (at most 200 characters)."""
    start = max(text.rfind(". ", 0, at), text.rfind("? ", 0, at), text.rfind("! ", 0, at))
    ends = [i for i in (text.find(". ", at), text.find("? ", at)) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    return " ".join(text[start + 1 if start >= 0 else 0 : end].split())[:200]


def _with_main(record: Clickable, inside: bool) -> Clickable:
    if record.in_main == inside:
        return record
    return replace(record, in_main=inside)


def ways_on(page: Page, tree: _Element | None = None) -> list[Clickable]:
    """The clickables a person can follow without sending anything (no POST forms)."""
    return [c for c in clickables(page, tree) if c.way_on]
