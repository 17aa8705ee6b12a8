"""What discovery needs to know about one fetched HTML page (lxml only, no Scrapy)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlencode, urljoin, urlsplit

from lxml.etree import _Element, tostring

from classifiers.clickables import base_url
from classifiers.dutch import fold
from classifiers.html import element_text
from classifiers.matchrules import DiscoveryRules
from classifiers.parsedpage import ParsedPage
from classifiers.routes import is_document_link
from digimeter.core.pages import Page

_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:]{1,2}\s+")
_JS_EMBED = re.compile(
    r"open-forms-sdk-root|openforms-container|data-sdk-module|data-form-id|"
    r"id=[\"'](app|root|__next|__nuxt)[\"']|ng-app|data-reactroot",
    re.I,
)
_NOSCRIPT_JS = re.compile(r"javascript", re.I)
_JS_FORM = re.compile(rb"open-forms-sdk-root|openforms-container|data-form-id", re.I)
SEARCH_INPUT_TYPES = ("search", "text", "")
#: a page with less text of its own than this that links to pages below it is a section
SECTION_MAX_CHARS = 250
#: a page with less text than this besides its headings and links is bare
BARE_MAX_CHARS = 100
#: the lead: the first paragraph of at least LEAD_MIN_CHARS, cut at LEAD_MAX_CHARS
LEAD_MIN_CHARS = 40
LEAD_MAX_CHARS = 300
#: a page with less text than this and at most this many ways on is passed through
SPLASH_MAX_CHARS = 400
SPLASH_MAX_WAYS = 2
#: form controls a person fills in (not search boxes or buttons)
_FILLED = "input[not(@type) or not(contains('hidden submit button image reset search', @type))]"
_FORM_FIELDS = f".//form[not(@role='search')]//{_FILLED} | .//form//textarea | .//form//select"


@dataclass(frozen=True)
class Link:
    url: str
    text: str
    in_main: bool


@dataclass(frozen=True)
class SearchForm:
    """A site search: GET `action` with the query in `field` (plus fixed hidden fields)."""

    action: str
    field: str
    fixed: tuple[tuple[str, str], ...] = ()

    def url_for(self, query: str) -> str:
        params = [*self.fixed, (self.field, query)]
        sep = "&" if urlsplit(self.action).query else "?"
        return f"{self.action}{sep}{urlencode(params)}"


@dataclass
class PageInfo:
    url: str
    titles: tuple[str, ...] = ()
    #: every way on a person can follow (classifiers.clickables: anchors, buttons, GET
    #: forms without typed input, frames, refresh and script redirects)
    links: list[Link] = field(default_factory=list)
    main_text: str = ""
    #: the main text, one line per block (for sentences: `classifiers.notoffered`)
    main_lines: str = ""
    is_news: bool = False
    is_overview: bool = False
    #: a "not found" page answered with status 200
    is_soft_404: bool = False
    #: the page is a form to fill in (a route), not an information page
    is_form: bool = False
    #: almost no content and one or two ways on: a consent wall, "kies uw taal", a splash
    is_splash: bool = False
    #: a document's own page: its file's type and size and the download, nothing else (a
    #: CMS's "Bestandstype PDF, Grootte 90 kB, Download"); the document is a route, its
    #: page no product's page
    is_document: bool = False
    #: little text of its own besides its links
    thin: bool = False
    #: hardly a sentence of its own besides its headings and links: a page to pass through
    #: (a topic page "Subsidies" listing "Subsidie")
    bare: bool = False
    #: links in list items of the main content (a topic page's entries)
    list_entries: int = 0
    #: the first paragraph of the main content, which names what the page is about
    lead: str = ""
    #: the links in the lead ("Bent u inwoner? Lees dan <Paspoort en identiteitskaart>")
    lead_links: list[Link] = field(default_factory=list)
    #: a page with almost no content that moves itself to another address (a refresh or a
    #: script redirect: "Deze pagina is verhuisd"), the address
    moved_to: str = ""
    #: the page says it is in another language than Dutch (`<html lang="en">`): the Dutch
    #: page of the same product goes first
    other_language: bool = False
    search_form: SearchForm | None = None
    sc_feed_url: str = ""
    needs_render: bool = False

    @property
    def title(self) -> str:
        return self.titles[0] if self.titles else ""

    @cached_property
    def folded_text(self) -> str:
        """The main text folded (`classifiers.dutch.fold`), once per page."""
        return fold(self.main_text)


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


def _is_news(tree: _Element, url: str, rules: DiscoveryRules) -> bool:
    if rules.pattern("news_path").search(urlsplit(url).path):
        return True
    marker = rules.pattern("news_marker")
    for el in (*tree.iter("body"), *tree.iter("article")):
        if marker.search(el.get("class") or ""):
            return True
    crumbs = tree.xpath(
        "//*[contains(@class,'breadcrumb') or contains(@class,'kruimelpad')]//a"
        " | //nav[contains(@aria-label,'ruimelpad') or contains(@aria-label,'readcrumb')]//a"
    )
    news_crumb = rules.pattern("news_breadcrumb")
    return any(news_crumb.search(element_text(a).strip()) for a in crumbs)


def _own_chars(main: _Element, main_text: str) -> int:
    """The main content's text outside its links."""
    return len(main_text) - sum(len(element_text(a)) for a in main.iter("a"))


def _is_overview(
    tree: _Element, main: _Element, main_text: str, title: str, url: str, rules: DiscoveryRules
) -> bool:
    if rules.pattern("overview_title").search(title.strip()):
        return True
    for el in tree.iter("body"):
        if rules.pattern("overview_marker").search(el.get("class") or ""):
            return True
    anchors = list(main.iter("a"))
    chars = len(main_text)
    if (
        len(anchors) >= rules.list_min_links
        and chars / len(anchors) <= rules.list_max_chars_per_link
    ):
        return True
    # a section page: little text of its own and links to pages below its own path; a page
    # its query names at the root ('/?page_id=472', WordPress) has no path of its own
    parts = urlsplit(url)
    if parts.query and parts.path.strip("/") == "":
        return False
    path = parts.path.rstrip("/") + "/"
    paths = (urlsplit(urljoin(url, a.get("href") or "")).path for a in anchors)
    below = any(p.startswith(path) and len(p) > len(path) for p in paths)
    return below and _own_chars(main, main_text) < SECTION_MAX_CHARS


def _lead(main: _Element, base: str) -> tuple[str, list[Link]]:
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


def _is_form(
    main: _Element, links: list[Link], title: str, thin: bool, rules: DiscoveryRules
) -> bool:
    """The main content is a form to fill in (three fields or more), says it is one, or is
    little more than a frame (a form embedded from a form platform) or the login buttons
    that start one ("Inloggen met DigiD")."""
    if rules.pattern("form_title").search(title.strip()):
        return True
    login = rules.pattern("login_start")
    if thin and (
        main.find(".//iframe") is not None
        or any(link.in_main and login.search(link.text) for link in links)
    ):
        return True
    return len(main.xpath(_FORM_FIELDS)) >= 3 or bool(_JS_FORM.search(tostring(main)))


def _is_document(
    main: _Element, main_text: str, links: list[Link], url: str, rules: DiscoveryRules
) -> bool:
    """The main content says in its own words (not its links') a file's type and size, and
    leads on only to documents."""
    here = url.split("#")[0]
    onward = [link for link in links if link.in_main and link.url.split("#")[0] != here]
    documents = [link for link in onward if is_document_link(link.url, link.text)]
    if not documents or len(documents) < len(onward):
        return False
    own = main_text  # the page's own words: what its links say is theirs
    for a in main.iter("a"):
        own = own.replace(element_text(a), " ", 1)
    return bool(rules.pattern("document_facts").search(own.lower()))


def _needs_render(page: Page, tree: _Element, text: str) -> bool:
    head = page.body[:200_000].decode("utf-8", "replace")
    if _JS_EMBED.search(head):
        return True
    scripts = tree.xpath("//script")
    if not scripts:
        return False
    if len(text) < 200:
        return True
    noscript = " ".join(element_text(n) for n in tree.iter("noscript"))
    return bool(_NOSCRIPT_JS.search(noscript)) and len(text) < 600


def needs_rendering(page: Page | ParsedPage) -> bool:
    """True for an HTML page whose content is built by scripts (see _needs_render)."""
    parsed = ParsedPage.of(page)
    if parsed.tree is None:
        return False
    return _needs_render(parsed.page, parsed.tree, parsed.body_text)


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
    own = _own_chars(main, main_text)
    thin = own < SECTION_MAX_CHARS
    lead, lead_links = _lead(main, base)
    headings = sum(len(element_text(h)) for h in main.iter("h1", "h2", "h3", "h4", "h5", "h6"))
    splash = len(body_text) < SPLASH_MAX_CHARS and 0 < len(links) <= SPLASH_MAX_WAYS
    bare = own - headings < BARE_MAX_CHARS
    return PageInfo(
        url=page.url,
        titles=tuple(titles),
        links=links,
        main_text=main_text[:20_000],
        main_lines=parsed.main_lines[:20_000],
        is_news=_is_news(tree, page.url, rules),
        is_overview=_is_overview(tree, main, main_text, title, page.url, rules),
        search_form=_search_form(tree, base, rules),
        sc_feed_url=_sc_feed(tree, base),
        needs_render=_needs_render(page, tree, body_text),
        is_soft_404=soft_404,
        is_form=_is_form(main, links, title, thin, rules),
        is_document=bare and _is_document(main, main_text, links, page.url, rules),
        is_splash=splash,
        moved_to=moved if splash and moved != page.url else "",
        thin=thin,
        bare=bare,
        list_entries=len(main.xpath(".//li//a[@href]")),
        lead=lead,
        lead_links=lead_links,
        other_language=not (tree.get("lang") or "nl").lower().startswith("nl"),
    )
