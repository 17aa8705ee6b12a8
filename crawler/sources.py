"""Parsers of the cheap discovery sources: robots.txt, sitemaps and the SC feed.

Samenwerkende Catalogi 4.0 (`overheidproduct:scproducten`): every `scproduct` has the
product page URL in `owmskern/dcterms:identifier`, the UPL URI in
`scmeta/uniformeProductnaam/@resourceIdentifier`, and the self-declared hints
`onlineAanvragen` (ja/nee/digid) and `aanvraagURL/@resourceIdentifier`. Parsing is by local
name, so feeds with other namespace prefixes (or none) are read the same; broken XML is
read as far as it goes.
"""

from __future__ import annotations

import gzip
import re
import zlib
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

from digimeter.core.pages import Page

_SITEMAP_LINE = re.compile(r"^\s*sitemap\s*:\s*(\S+)", re.I | re.M)
MAX_SITEMAP_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class FeedEntry:
    """One product of an SC feed."""

    upl_uri: str
    url: str
    title: str = ""
    online_aanvragen: str = ""
    aanvraag_url: str = ""


def robots_sitemaps(page: Page) -> list[str]:
    """The `Sitemap:` URLs of a robots.txt response."""
    if not page.ok:
        return []
    text = page.body[:512_000].decode("utf-8", "replace")
    return list(dict.fromkeys(urljoin(page.url, m) for m in _SITEMAP_LINE.findall(text)))


def _xml_root(page: Page) -> etree._Element | None:
    body = page.body
    if body[:2] == b"\x1f\x8b":
        try:
            body = gzip.decompress(body)[:MAX_SITEMAP_BYTES]
        except (OSError, EOFError, zlib.error):
            return None
    if not body.strip():
        return None
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError:
        return None


def _local(el: etree._Element) -> str:
    tag = el.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def _children(el: etree._Element, name: str) -> list[etree._Element]:
    return [c for c in el.iter() if _local(c) == name]


@dataclass(frozen=True)
class Sitemap:
    """A parsed sitemap: page URLs, or (for a sitemap index) child sitemap URLs."""

    urls: tuple[str, ...] = ()
    children: tuple[str, ...] = ()


def parse_sitemap(page: Page) -> Sitemap:
    """Read a sitemap or sitemap index (XML, gzipped XML, or a plain list of URLs)."""
    if not page.ok or not page.body:
        return Sitemap()
    root = _xml_root(page)
    if root is None:
        text = page.body[:MAX_SITEMAP_BYTES].decode("utf-8", "replace")
        lines = [x.strip() for x in text.splitlines()]
        return Sitemap(urls=tuple(x for x in lines if x.startswith(("http://", "https://"))))
    locs = [
        urljoin(page.url, (loc.text or "").strip())
        for loc in _children(root, "loc")
        if (loc.text or "").strip()
    ]
    if _local(root) == "sitemapindex":
        return Sitemap(children=tuple(dict.fromkeys(locs)))
    return Sitemap(urls=tuple(dict.fromkeys(locs)))


def _text(el: etree._Element, name: str) -> str:
    found = _children(el, name)
    return (found[0].text or "").strip() if found else ""


def _resource(el: etree._Element, name: str) -> str:
    found = _children(el, name)
    if not found:
        return ""
    return (found[0].get("resourceIdentifier") or found[0].text or "").strip()


def parse_sc_feed(page: Page) -> list[FeedEntry]:
    """The products of a Samenwerkende Catalogi feed (empty when it is not one)."""
    if not page.ok:
        return []
    root = _xml_root(page)
    if root is None:
        return []
    entries = []
    for product in _children(root, "scproduct"):
        upl = _resource(product, "uniformeProductnaam")
        url = _text(product, "identifier")
        if not upl:
            continue
        entries.append(
            FeedEntry(
                upl_uri=upl,
                url=urljoin(page.url, url) if url else "",
                title=_text(product, "title"),
                online_aanvragen=_text(product, "onlineAanvragen").lower(),
                aanvraag_url=_resource(product, "aanvraagURL"),
            )
        )
    return entries
