"""What the verdict page shows, prepared from the run: the rules that decided (with their
rationale), the route with statuses, the evidence snippets in their context, the stored
pages to show in the frame, and the linked document or form."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import lxml.html
from bs4 import BeautifulSoup

from classifiers.documents import inspect_document
from classifiers.hosts import host_of
from classifiers.ruleset import RuleSet
from digimeter.core.pages import Page, normalize_url
from digimeter.core.runstore import WarcPageStore
from review.pageview import Mark, safe_page, text_page
from review.route import Hop, trace_route

#: Evidence rule ids the classifiers write without a rule file entry.
BUILT_IN_RULES = {
    "crawl.not_found": "discovery found no product page on the site (catalogue feed, "
    "sitemap, site search, focused crawl)",
    "crawl.unreachable": "the site could not be crawled; the snippet gives the reason",
    "crawl.product_page": "a product page was found but could not be read",
    "level.information_only": "a product page without any route: information only (level 0)",
    "route.not_stored": "a route link whose target was not stored, judged by its text and URL",
    "route.dead_link": "a route link whose target answered 404 or 410 raises nothing",
    "content.outside_main": "a DigiD/eHerkenning marker outside the page's own content "
    "(header, footer, menu) is not the product's route",
    "docrole.fields": "a PDF with fillable form fields is a form",
}
CONTEXT = 160
DOCUMENT_TYPES = ("pdf", "msword", "officedocument", "opendocument", "rtf")


@dataclass(frozen=True)
class EvidenceView:
    url: str
    rule: str
    rationale: str
    snippet: str
    before: str = ""
    match: str = ""
    after: str = ""
    page: int | None = None


@dataclass(frozen=True)
class PageRef:
    """A stored page the frame can show (by its index in the verdict's page list)."""

    index: int
    url: str
    label: str
    status: int | None
    content_type: str
    rendered: bool


@dataclass
class VerdictView:
    verdict: dict[str, str]
    rules: list[tuple[str, str]] = field(default_factory=list)
    route: list[Hop] = field(default_factory=list)
    evidence: list[EvidenceView] = field(default_factory=list)
    pages: list[PageRef] = field(default_factory=list)
    document: dict[str, Any] | None = None
    forms: list[dict[str, Any]] = field(default_factory=list)


def evidence_items(verdict: dict[str, str]) -> list[dict[str, str]]:
    try:
        items = json.loads(verdict["evidence"] or "[]")
    except json.JSONDecodeError:
        return []
    return [
        {k: str(e.get(k, "")) for k in ("url", "rule", "snippet")}
        for e in items
        if isinstance(e, dict)
    ]


def rationale(rules: RuleSet, rule_id: str) -> str:
    if rule_id in BUILT_IN_RULES:
        return BUILT_IN_RULES[rule_id]
    try:
        return rules.get(rule_id).rationale
    except KeyError:
        return "(not a rule of the current rules version)"


def page_urls(verdict: dict[str, str], route: list[Hop]) -> list[tuple[str, str]]:
    """(url, label) of the pages of a verdict: product page, route hops, evidence pages."""
    found: dict[str, tuple[str, str]] = {}
    for i, hop in enumerate(route):
        label = "product page" if hop.how == "start" else f"route {i}"
        found.setdefault(normalize_url(hop.url), (hop.url, f"{label} ({host_of(hop.url)})"))
    for item in evidence_items(verdict):
        if item["url"]:
            label = f"evidence ({host_of(item['url'])})"
            found.setdefault(normalize_url(item["url"]), (item["url"], label))
    return list(found.values())


class PageTexts:
    """Stored pages of the run with their text, cached (the same page serves many views)."""

    def __init__(self, pages: WarcPageStore) -> None:
        self.pages = pages
        self.get = lru_cache(maxsize=64)(self._get)
        self.text = lru_cache(maxsize=64)(self._text)

    def _get(self, url: str, rendered: bool | None = None) -> Page | None:
        return self.pages.get(url, rendered=rendered)

    def _text(self, url: str) -> str:
        page = self.get(url)
        if page is None or not page.body:
            return ""
        if _is_html(page):
            soup = BeautifulSoup(page.text(), "lxml")
            for tag in soup(["script", "style", "noscript", "template"]):
                tag.decompose()
            for img in soup.find_all("img", alt=True):
                img.replace_with(f" {img['alt']} ")
            return re.sub(r"\s+", " ", soup.get_text(" ")).strip()
        return ""


def _is_html(page: Page) -> bool:
    return "html" in page.content_type or page.body.lstrip()[:1] == b"<"


def _in_context(text: str, snippet: str) -> tuple[str, str, str] | None:
    needle = re.sub(r"\s+", " ", snippet).strip()
    if not needle or not text:
        return None
    at = text.lower().find(needle.lower())
    if at < 0:
        return None
    end = at + len(needle)
    return (text[max(0, at - CONTEXT) : at], text[at:end], text[end : end + CONTEXT])


def _document(rules: RuleSet, page: Page) -> dict[str, Any] | None:
    kind = page.content_type
    if not (any(t in kind for t in DOCUMENT_TYPES) or page.body[:5] == b"%PDF-"):
        return None
    facts = inspect_document(rules, page.url, page)
    return {
        "url": page.url,
        "content_type": kind,
        "size": len(page.body),
        "kind": facts.kind,
        "title": facts.title,
        "fields": facts.fields,
        "text": facts.text[:3000],
    }


def _forms(page: Page) -> list[dict[str, Any]]:
    if not _is_html(page):
        return []
    try:
        tree = lxml.html.fromstring(page.text())
    except (ValueError, lxml.etree.ParserError):
        return []
    forms = []
    for form in tree.iter("form"):
        names = [
            el.get("name") or el.get("id") or el.get("type") or ""
            for el in form.iter("input", "select", "textarea")
            if el.get("type") != "hidden"
        ]
        forms.append(
            {
                "action": form.get("action", ""),
                "method": form.get("method", "get"),
                "fields": len(names),
                "names": ", ".join(n for n in names[:15] if n),
            }
        )
    return forms


def build_view(texts: PageTexts, rules: RuleSet, verdict: dict[str, str]) -> VerdictView:
    view = VerdictView(verdict)
    view.route = trace_route(texts.pages, verdict["product_url"], verdict["route_url"])
    urls = page_urls(verdict, view.route)
    index = {normalize_url(url): i for i, (url, _) in enumerate(urls)}
    for i, (url, label) in enumerate(urls):
        page = texts.get(url)
        if page is not None:
            has_rendered = texts.get(url, True) is not None and texts.get(url, False) is not None
            view.pages.append(PageRef(i, url, label, page.status, page.content_type, has_rendered))
    seen: set[str] = set()
    for item in evidence_items(verdict):
        if item["rule"] not in seen:
            seen.add(item["rule"])
            view.rules.append((item["rule"], rationale(rules, item["rule"])))
        context = _in_context(texts.text(item["url"]), item["snippet"]) or ("", "", "")
        view.evidence.append(
            EvidenceView(
                item["url"],
                item["rule"],
                rationale(rules, item["rule"]),
                item["snippet"],
                *context,
                page=index.get(normalize_url(item["url"])),
            )
        )
    last = texts.get(verdict["route_url"]) if verdict["route_url"] else None
    if last is not None and last.body:
        view.document = _document(rules, last)
        view.forms = [] if view.document else _forms(last)
    return view


def frame_html(
    texts: PageTexts, verdict: dict[str, str], url: str, *, rendered: bool | None, blind: bool
) -> str:
    """The stored page `url` of a verdict, safe for the frame, with its evidence marked
    (`rendered`: None for the page the classifier read, the rendered DOM when there is one)."""
    page = texts.get(url, rendered) or texts.get(url)
    if page is None:
        return text_page("Not stored", [f"The crawl stored no page for {url}."])
    if not page.body or not _is_html(page):
        lines = [
            f"{url}",
            f"HTTP status {page.status} {page.error}".strip(),
            f"content type {page.content_type or 'unknown'}, {len(page.body)} bytes",
        ]
        if page.body[:5] == b"%PDF-" or "pdf" in page.content_type:
            from classifiers.documents import DocumentFacts

            lines.append(DocumentFacts(url, "pdf", stored=True, body=page.body).text[:6000])
        return text_page("Stored response", lines)
    key = normalize_url(url)
    marks = (
        []
        if blind
        else [
            Mark(e["snippet"], e["rule"])
            for e in evidence_items(verdict)
            if normalize_url(e["url"]) == key
        ]
    )
    targets = (
        set() if blind else {verdict["route_url"]} | {e["url"] for e in evidence_items(verdict)}
    )
    html, _ = safe_page(page.text(), url, marks, {t for t in targets if t})
    return html
