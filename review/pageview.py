"""A stored page made safe to show in the review app's sandboxed frame (beautifulsoup4).

Crawled pages are hostile. Before a stored page is served (into a frame with `sandbox` and
under a Content-Security-Policy that allows no script and no request, see `review.security`)
it loses everything that runs or fetches: script, iframe, object, embed, base, link and
meta elements, every `on*` event handler attribute, `srcdoc`, and every URL attribute with
a `javascript:`, `vbscript:` or `data:` URL (images keep `data:` images). Links and forms
are made inert (the target is kept as a tooltip), images lose their source. The elements
holding the verdict's evidence are marked (`data-digimeter-evidence`, an outline) and the
first gets the id `digimeter-evidence-1`, so the frame opens scrolled to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from digimeter.core.pages import normalize_url

REMOVED = (
    "script",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "base",
    "link",
    "meta",
    "portal",
    "template",
)
URL_ATTRIBUTES = (
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "background",
    "data",
    "srcset",
    "ping",
    "cite",
    "longdesc",
    "manifest",
    "codebase",
    "lowsrc",
    "dynsrc",
)
BAD_SCHEMES = re.compile(r"^(javascript|vbscript|data|livescript):", re.I)
CONTROL = re.compile(r"[\x00-\x20\x7f]+")
FIRST_MARK = "digimeter-evidence-1"
MARK_STYLE = (
    "[data-digimeter-evidence]{outline:3px solid #d7191c !important;outline-offset:2px;"
    "background:#fff3a0 !important;color:#000 !important}"
    "[data-digimeter-evidence]::before{content:attr(data-digimeter-evidence);"
    "display:inline-block;margin-right:4px;font:bold 11px/1.3 monospace;color:#fff;"
    "background:#d7191c;padding:1px 4px;vertical-align:middle}"
    "[data-digimeter-link]{outline:2px dashed #2c7fb8 !important}"
)


@dataclass(frozen=True)
class Mark:
    """Evidence to mark on a page: the text it matched (a snippet) and its rule id."""

    snippet: str
    rule: str


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _disarm(soup: BeautifulSoup, base_url: str) -> None:
    for tag in soup.find_all(REMOVED):
        tag.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for noscript in soup.find_all("noscript"):  # what a browser without scripts shows
        noscript.unwrap()
    for tag in soup.find_all(True):
        for name in list(tag.attrs):
            lowered = name.lower()
            value = tag.attrs[name]
            text = " ".join(value) if isinstance(value, list) else str(value)
            if lowered.startswith("on") or lowered in ("srcdoc", "is", "nonce"):
                del tag.attrs[name]
            elif lowered in URL_ATTRIBUTES:
                target = CONTROL.sub("", text)
                del tag.attrs[name]
                image = tag.name == "img" and target.lower().startswith("data:image/")
                if image and lowered == "src":
                    tag.attrs["src"] = target
                elif target and not BAD_SCHEMES.match(target) and lowered in ("href", "action"):
                    tag.attrs["title"] = "→ " + urljoin(base_url, target)
                    tag.attrs[f"data-{lowered}"] = urljoin(base_url, target)
            elif lowered == "style" and "url(" in text.lower():
                del tag.attrs[name]  # no request from an inline style either


def _tokens(soup: BeautifulSoup) -> tuple[str, list[tuple[int, int, Tag]]]:
    """The page's visible text (image alt texts included, whitespace collapsed, lower case)
    and, per text piece, where it starts and ends and the element holding it."""
    parts: list[str] = []
    owners: list[tuple[int, int, Tag]] = []
    length = 0
    body = soup.body or soup
    for node in body.descendants:
        if isinstance(node, NavigableString) and not isinstance(node, Comment):
            text, owner = str(node), node.parent
        elif isinstance(node, Tag) and node.name == "img" and node.get("alt"):
            text, owner = str(node.get("alt")), node
        else:
            continue
        piece = _normal(text)
        if not piece or owner is None or owner.name in ("style", "title"):
            continue
        owners.append((length, length + len(piece), owner))
        parts.append(piece)
        length += len(piece) + 1
    return " ".join(parts), owners


def _common_ancestor(tags: list[Tag]) -> Tag:
    chains = [[t, *t.parents] for t in tags]
    for candidate in chains[0]:
        if all(any(candidate is c for c in chain) for chain in chains[1:]):
            return candidate
    return tags[0]


def _mark_text(soup: BeautifulSoup, marks: list[Mark]) -> int:
    text, pieces = _tokens(soup)
    marked = 0
    for mark in marks:
        needle = _normal(mark.snippet)
        at = text.find(needle) if needle else -1
        if at < 0:
            continue
        end = at + len(needle)
        tags = [tag for start, stop, tag in pieces if start < end and stop > at]
        if not tags:
            continue
        element = _common_ancestor(tags)
        if element.name in ("html", "body", "[document]"):
            continue
        marked += 1
        element["data-digimeter-evidence"] = mark.rule
        if not soup.find(id=FIRST_MARK):
            element["id"] = FIRST_MARK
    return marked


def _mark_links(soup: BeautifulSoup, targets: set[str]) -> None:
    for tag in soup.select("[data-href]") + soup.select("[data-action]"):
        target = tag.get("data-href") or tag.get("data-action")
        if normalize_url(str(target)) in targets:
            tag["data-digimeter-link"] = "route"


def safe_page(html: str, url: str, marks: list[Mark], link_targets: set[str]) -> tuple[str, int]:
    """The page without anything that runs or fetches, evidence marked; and how many
    evidence snippets were found on it."""
    soup = BeautifulSoup(html, "lxml")
    _disarm(soup, url)
    marked = _mark_text(soup, marks)
    _mark_links(soup, {normalize_url(t) for t in link_targets})
    head = soup.head
    if head is None:
        head = soup.new_tag("head")
        (soup.html or soup).insert(0, head)
    style = soup.new_tag("style")
    style.string = MARK_STYLE
    head.insert(0, style)
    charset = soup.new_tag("meta", attrs={"charset": "utf-8"})
    head.insert(0, charset)
    return str(soup), marked


def text_page(title: str, lines: list[str]) -> str:
    """A plain page of text (for documents and pages that are not HTML), escaped."""
    from html import escape

    body = "".join(f"<p>{escape(line)}</p>" for line in lines)
    return (
        f'<!doctype html><meta charset="utf-8"><style>body{{font:14px/1.4 sans-serif;'
        f"margin:1rem}}</style><h1>{escape(title)}</h1>{body}"
    )
