"""What one stored HTML page offers: forms, logins, platforms, phrases and route links.

A page is parsed once and reduced to `PageFacts`, which the route walk (`walk.py`) reads.
On the product page only the main content counts (`classifiers.html.main_content`), and
markers outside it (a DigiD logo in the footer, a "Mijn ..." login in the header) are
recorded as traps. Pages further along a route are read the same way, falling back to the
whole body when they have no recognisable main content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from lxml.etree import _Element

from classifiers.clickables import clickables
from classifiers.findings import Finding, sentence_around
from classifiers.forms import FormFacts, classify_form, page_forms
from classifiers.hosts import host_of, registrable
from classifiers.html import (
    block_text,
    element_text,
    main_content,
    main_scope,
    one_line,
    page_title,
    parse_html,
)
from classifiers.logins import (
    gate_logins,
    idp_login,
    info_link,
    link_claims,
    login_url,
    portal_login,
    status_lead_in,
)
from classifiers.routes import RouteKind, RouteLink, route_links
from classifiers.ruleset import RuleSet
from digimeter.core.pages import Page

#: How much of a page's raw HTML the platform markers are searched in.
MAX_HTML_SCAN = 300_000


@dataclass(frozen=True)
class LinkFacts(RouteKind):
    """A candidate route link and what its own text says."""

    url: str
    text: str
    reasons: tuple[str, ...]
    is_document: bool
    #: Logins the link text announces ('DigiD link ...'), empty with 'zonder DigiD'.
    claims: tuple[Finding, ...] = ()
    #: The rule when the link is about DigiD itself or a site-wide portal login.
    info_rule: str = ""
    info_signal: str = ""
    #: How a person follows it (`classifiers.clickables.KINDS`).
    kind: str = "anchor"
    #: What the page says just before it (`classifiers.clickables.lead_in`).
    lead_in: str = ""
    #: Logins the sentence just before it announces ('U logt in met DigiD.' above 'Online
    #: aanvragen'): they count only where its target could not be read (`link_offer`).
    lead_in_claims: tuple[Finding, ...] = ()
    #: An online form its own words or the sentence around it announce ('Vul het online
    #: formulier in'): it counts only where its target could not be read (`link_offer`).
    form_claims: tuple[Finding, ...] = ()
    #: In the page's main content itself (`RouteLink.in_content`).
    in_content: bool = False


@dataclass(frozen=True)
class PlatformHit:
    rule: str
    kind: str
    vendor: bool
    weight: float
    signal: str


@dataclass(frozen=True)
class PageFacts:
    """What one HTML page offers (see the module docstring)."""

    url: str
    title: str
    kind: str = ""
    kind_finding: Finding | None = None
    rendered: bool = False
    #: Title, h1 and main text, lower-cased (for product relevance).
    text: str = ""
    #: The main text as written, one line per block (sentences for `classifiers.notoffered`).
    main_text: str = ""
    phrases: tuple[tuple[str, Finding], ...] = ()  # (scope, finding)
    logins: tuple[Finding, ...] = ()
    forms: tuple[FormFacts, ...] = ()
    platforms: tuple[PlatformHit, ...] = ()
    links: tuple[LinkFacts, ...] = ()
    #: E-mail links: (address, signal mailto or trap_mailto, rule id).
    mailtos: tuple[tuple[str, str, str], ...] = ()
    traps: tuple[Finding, ...] = field(default_factory=tuple)
    #: A JavaScript form platform whose form or login is not in this (unrendered) DOM.
    js_pending: bool = False
    #: The form or login sits in a JavaScript platform's container: a script built it.
    js_built: bool = False
    #: An interstitial (exit notice, consent wall, splash page): its links marked `passage`
    #: are the ways through it (`classifiers.routes.passage`).
    interstitial: bool = False
    #: The registrable domains the page's header and logo link to: whose site it presents.
    brand_sites: tuple[str, ...] = ()

    def platform(self, kind: str) -> PlatformHit | None:
        return next((p for p in self.platforms if p.kind == kind), None)


def _page_kind(rules: RuleSet, url: str, html: str) -> tuple[str, Finding | None]:
    for rule in rules.section("page_kind"):
        match = rule.search("url", url) or rule.search("html", html)
        if match:
            return str(rule.option("kind")), Finding(
                rule.signal, rule.id, url, match.group(0)[:80], rule.weight
            )
    return "", None


def platform_hits(rules: RuleSet, url: str, html: str) -> tuple[PlatformHit, ...]:
    """The platforms (rules/platforms.toml) a URL and its raw HTML belong to."""
    parts = urlsplit(url)
    values = {"host": parts.hostname or "", "path": parts.path, "url": url, "html": html}
    hits = []
    for rule in rules.section("platform"):
        if any(rule.search(name, values[name]) for name in rule.patterns):
            hits.append(
                PlatformHit(
                    rule.id, str(rule.option("kind")), bool(rule.option("vendor", False)),
                    rule.weight, rule.signal,
                )
            )  # fmt: skip
    return tuple(hits)


def _js_built(rules: RuleSet, scope: _Element) -> bool:
    """True when a form, link or button sits inside a script platform's container element."""
    patterns = [
        re.compile(str(r.option("container")), re.I)
        for r in rules.section("platform")
        if r.option("container")
    ]
    for el in scope.iter():
        name = f"{el.get('id') or ''} {el.get('class') or ''}" if isinstance(el.tag, str) else ""
        found = name.strip() and any(p.search(name) for p in patterns)
        if found and next(el.iter("form", "a", "button"), None) is not None:
            return True
    return False


def _phrases(rules: RuleSet, text: str, url: str) -> tuple[tuple[str, Finding], ...]:
    found = []
    for rule in rules.section("phrase"):
        match = rule.search("text", text)
        if match:
            finding = Finding(rule.signal, rule.id, url, sentence_around(text, match), rule.weight)
            found.append((str(rule.option("scope", "any")), finding))
    return tuple(found)


def _mailto(rules: RuleSet, a: _Element) -> tuple[str, str, str]:
    """An e-mail link, judged by the block of text around it (rules/content.toml)."""
    address = (a.get("href") or "")[7:].split("?")[0]
    block = a.getparent()
    while block is not None and block.tag not in ("p", "li", "div", "td", "dd", "section"):
        block = block.getparent()
    text = element_text(block if block is not None else a)
    for rule in rules.section("mailto_context"):
        if rule.search("text", text):
            return address, rule.signal, rule.id
    return address, "mailto", "content.mailto"


def _brand_sites(tree: _Element, url: str) -> tuple[str, ...]:
    """The registrable domains the page's header, banner and logo links point to."""
    hrefs = tree.xpath(
        "//header//a/@href | //*[@role='banner']//a/@href"
        " | //a[contains(@class,'logo') or contains(@class,'brand')]/@href"
    )
    sites = {registrable(host_of(urljoin(url, str(h)))) for h in hrefs}
    return tuple(sorted(s for s in sites if s))


def link_facts(rules: RuleSet, link: RouteLink, *, hop: int = 0) -> LinkFacts:
    """What a link says; on the product page (hop 0) a bare login into a personal portal
    is the site's login (`portal_login`), on a portal's own page it is its way in."""
    info = (
        info_link(rules, link.url, link.text)
        or status_lead_in(rules, link.text, link.lead_in)
        or (portal_login(rules, link.url, link.text, link.lead_in) if hop == 0 else None)
    )
    return LinkFacts(
        url=link.url,
        text=link.text,
        reasons=link.reasons,
        is_document=link.is_document,
        claims=tuple(link_claims(rules, link.url, link.text)),
        info_rule=info.id if info else "",
        info_signal=info.signal if info else "",
        kind=link.kind,
        lead_in=link.lead_in,
        lead_in_claims=tuple(link_claims(rules, link.url, link.lead_in)) if link.lead_in else (),
        form_claims=tuple(form_claims(rules, link.url, f"{link.lead_in} {link.text}")),
        in_content=link.in_content,
    )


def form_claims(rules: RuleSet, url: str, text: str) -> list[Finding]:
    """Online forms a link's words announce (`[[form_link_text]]`)."""
    return [
        Finding(rule.signal, rule.id, url, text[:80], rule.weight)
        for rule in rules.section("form_link_text")
        if rule.search("text", text)
    ]


def _furniture_traps(rules: RuleSet, tree: _Element, scope: _Element, url: str) -> list[Finding]:
    """Traps of the product page: contact-form links in its text, and DigiD markers, portal
    logins and contact forms outside its main content."""
    inside = {(a.get("href") or "").strip() for a in scope.iter("a")}
    traps: list[Finding] = []
    for a in scope.iter("a"):
        text = element_text(a)
        for rule in rules.section("link_trap"):
            if rule.search("text", text) or rule.search("url", a.get("href") or ""):
                traps.append(Finding(rule.signal, rule.id, url, text[:80], rule.weight))
    body = tree.find("body")
    for form in (body if body is not None else tree).iter("form"):
        if any(p.tag in ("header", "footer") for p in form.iterancestors()):
            continue
        facts = classify_form(rules, form, url, "")
        if facts.signal == "trap_contact_form":
            traps.append(Finding(facts.signal, facts.rule, url, facts.snippet,
                                 rules.confidence("contact_form")))  # fmt: skip
    for a in tree.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href in inside:
            continue
        text = " ".join(str(a.xpath("string()")).split())  # lxml.html's text_content()
        absolute = href if href.startswith("http") else ""
        marker = bool(absolute and (idp_login(rules, absolute) or login_url(rules, absolute)))
        marker = marker or rules.may_match("login_link_text", "text", text)
        if not marker and not rules.may_match("site_login", "text", text):
            continue
        text = element_text(a)
        info = info_link(rules, absolute or href, text)
        if info is not None and info.signal == "trap_site_login":
            traps.append(Finding("trap_site_login", info.id, url, text[:80], info.weight))
        elif marker:
            traps.append(Finding("trap_footer_digid", "content.outside_main", url, text[:80],
                                 rules.confidence("digid_outside_main")))  # fmt: skip
    return traps


def analyze_html(rules: RuleSet, page: Page, *, hop: int) -> PageFacts | None:
    """The facts of an HTML page (None when the body is not HTML)."""
    tree = parse_html(page)
    if tree is None:
        return None
    url = page.url
    html = page.body[:MAX_HTML_SCAN].decode("utf-8", "replace")
    parts = main_scope(tree)
    scope = main_content(tree, parts)
    lines = block_text(scope)
    if hop > 0 and not lines:
        scope = tree
        lines = block_text(scope)
    title = page_title(tree)
    title_element = tree.find(".//title")
    head_title = element_text(title_element) if title_element is not None else ""
    text = one_line(lines)
    kind, kind_finding = _page_kind(rules, url, html)
    ways = clickables(page, tree, parts)
    links = route_links(page, tree, hop=min(hop, 1), ways=ways)
    if hop > 0 and scope is not tree:
        links = [link for link in links if link.in_main]
    forms = page_forms(rules, scope, url, f"{url} | {head_title} | {title}")
    logins = gate_logins(rules, scope, url, hop=hop)
    platforms = platform_hits(rules, url, html)
    has_form = any(f.fields for f in forms)
    js_platform = any(p.kind == "js_form" for p in platforms)
    js_pending = js_platform and not has_form and not logins
    # an interstitial offers nothing itself: no login, form or platform of its own
    passing = (
        hop > 0 and not logins and not platforms and not has_form
        and any("passage" in link.reasons for link in links)
    )  # fmt: skip
    mailtos = tuple(
        _mailto(rules, a)
        for a in scope.iter("a")
        if (a.get("href") or "").lower().startswith("mailto:")
    )
    return PageFacts(
        url=url,
        title=title,
        kind=kind,
        kind_finding=kind_finding,
        rendered=page.rendered,
        text=f"{head_title} {title} {text}".lower(),
        main_text=lines if hop == 0 else "",
        phrases=_phrases(rules, text, url),
        logins=tuple(logins),
        forms=tuple(forms),
        platforms=platforms,
        links=tuple(link_facts(rules, link, hop=hop) for link in links),
        mailtos=mailtos,
        traps=tuple(_furniture_traps(rules, tree, scope, url)) if hop == 0 else (),
        js_pending=js_pending,
        interstitial=passing,
        brand_sites=_brand_sites(tree, url) if hop > 0 else (),
        js_built=js_platform and _js_built(rules, scope),
    )


__all__ = ["LinkFacts", "PageFacts", "PlatformHit", "analyze_html"]
