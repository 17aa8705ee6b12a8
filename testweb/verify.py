"""Checks of a generated web against its own ground truth, without a network.

`LinkGraph` answers URLs with the server's own `Responder` (files plus the manifest's
redirects and dynamic pages) and follows what a person can click (`clickable_links`), so
reachability is checked on exactly what the server would serve. Used by the tests and
`bench/testweb.py`.
"""

from __future__ import annotations

import csv
import re
from collections import deque
from pathlib import Path
from urllib.parse import urldefrag, urlencode, urljoin

from lxml import html as lxml_html

from testweb.responder import Responder

SKIP_SCHEMES = ("mailto:", "tel:", "javascript:", "data:", "#")
#: URLs in onclick handlers and in scripts that write links ("href": "...").
SCRIPT_URL = re.compile(
    r"""(?:location(?:\.href)?\s*=\s*|window\.open\(\s*|"href":\s*)['"]([^'"]+)['"]"""
)
REFRESH_URL = re.compile(r"""url\s*=\s*['"]?([^'";]+)""", re.IGNORECASE)


def clickable_links(tree: lxml_html.HtmlElement, url: str) -> list[str]:
    """What a person can click to go on, as absolute URLs: anchors, iframes, GET forms,
    buttons with onclick, anchors a script writes, a meta refresh; `<base href>` honoured."""
    base = url
    for href in tree.xpath("//base/@href")[:1]:
        base = urljoin(url, href.strip())
    found = [h.strip() for h in tree.xpath("//a/@href | //iframe/@src | //frame/@src")]
    for form in tree.xpath("//form"):
        if (form.get("method") or "get").lower() != "get":
            continue
        fields = [
            (i.get("name"), i.get("value") or "")
            for i in form.xpath(".//input[@type='hidden'][@name]")
        ]
        action = (form.get("action") or "").strip() or url
        found.append(action + ("?" + urlencode(fields) if fields else ""))
    for code in tree.xpath("//@onclick | //script/text()"):
        found += SCRIPT_URL.findall(code)
    for content in tree.xpath("//meta[@http-equiv='refresh' or @http-equiv='Refresh']/@content"):
        found += REFRESH_URL.findall(content)
    return [urldefrag(urljoin(base, h))[0] for h in found if h and not h.startswith(SKIP_SCHEMES)]


class LinkGraph:
    """Links of every page of a served folder, read once and cached."""

    def __init__(self, root: Path | str) -> None:
        self.responder = Responder(root)
        self._links: dict[str, tuple[str, ...]] = {}
        self._redirects: dict[str, str] = {}

    def links(self, url: str) -> tuple[str, ...]:
        """Absolute link targets of `url` (a redirect's target is its only link)."""
        if url in self._links:
            return self._links[url]
        self._redirects.pop(url, None)
        response = self.responder.respond("GET", url, proxied=True)
        if response.status == 503:  # a page that fails once: retry, as a crawler would
            response = self.responder.respond("GET", url, proxied=True)
        out: tuple[str, ...] = ()
        location = dict(response.headers).get("Location")
        if location and 300 <= response.status < 400:
            out = (urljoin(url, location),)
            self._redirects[url] = out[0]
        elif response.status == 200 and response.stream is None:
            content_type = dict(response.headers).get("Content-Type", "")
            if content_type.startswith("text/html") and response.body.strip():
                tree = lxml_html.fromstring(response.body)
                out = tuple(dict.fromkeys(clickable_links(tree, url)))
        self._links[url] = out
        return out

    def hops_from(self, start: str, max_hops: int = 4) -> dict[str, int]:
        """Every URL reachable from `start` within `max_hops` links, with its distance.

        Following a redirect costs no hop: it is the same click.
        """
        seen = {start: 0}
        queue = deque([start])
        while queue:
            url = queue.popleft()
            depth = seen[url]
            targets = self.links(url)
            step = 0 if url in self._redirects else 1
            if depth + step > max_hops:
                continue
            for target in targets:
                if seen.get(target, max_hops + 1) > depth + step:
                    seen[target] = depth + step
                    if step:
                        queue.append(target)
                    else:
                        queue.appendleft(target)
        return seen


def read_labels(root: Path | str) -> list[dict[str, str]]:
    with open(Path(root) / "labels.csv", encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def unreachable_from_home(root: Path | str, max_hops: int = 4) -> list[str]:
    """Labelled product pages and routes not reachable from their homepage within max_hops."""
    with open(Path(root) / "organisations.csv", encoding="utf-8", newline="") as fh:
        websites = {row["code"]: row["website"] for row in csv.DictReader(fh)}
    graph = LinkGraph(root)
    problems = []
    by_org: dict[str, list[dict[str, str]]] = {}
    for row in read_labels(root):
        by_org.setdefault(row["org_code"], []).append(row)
    for code, rows in sorted(by_org.items()):
        wanted = {u for r in rows for u in (r["product_url"], r["route_url"]) if u}
        if not wanted:
            continue
        reached = graph.hops_from(websites[code], max_hops)
        problems += [f"{code}: {url}" for url in sorted(wanted - set(reached))]
    return problems
