"""What kind of page an HTML page is, read from its main content (for
`crawler.discovery.pagereader.page_info`): news, an overview or a section, a form to fill
in, a document's own page."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from lxml.etree import _Element, tostring

from classifiers.html import element_text, is_tab_list
from classifiers.matchrules import DiscoveryRules
from classifiers.routes import is_document_link
from crawler.discovery.pageinfo import Link

_JS_FORM = re.compile(rb"open-forms-sdk-root|openforms-container|data-form-id", re.I)
#: a page with less text of its own than this that links to pages below it is a section
SECTION_MAX_CHARS = 250
#: form controls a person fills in (not search boxes or buttons)
_FILLED = "input[not(@type) or not(contains('hidden submit button image reset search', @type))]"
_FORM_FIELDS = f".//form[not(@role='search')]//{_FILLED} | .//form//textarea | .//form//select"


def is_news(tree: _Element, url: str, rules: DiscoveryRules) -> bool:
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


def own_chars(main: _Element, main_text: str) -> int:
    """The main content's text outside its links."""
    return len(main_text) - sum(len(element_text(a)) for a in main.iter("a"))


def is_overview(
    tree: _Element, main: _Element, main_text: str, title: str, url: str, rules: DiscoveryRules
) -> bool:
    if rules.pattern("overview_title").search(title.strip()):
        return True
    for el in tree.iter("body"):
        # a CMS may mark every page so ('<body class="overzicht">'): the marker counts where
        # the page has little text of its own, as a section page has
        marked = rules.pattern("overview_marker").search(el.get("class") or "")
        if marked and own_chars(main, main_text) < SECTION_MAX_CHARS:
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
    # the page's own tabs ('/paspoort/aanvragen') are views of it, not pages below it
    own = [a for a in anchors if not any(is_tab_list(up) for up in a.iterancestors())]
    paths = (urlsplit(urljoin(url, a.get("href") or "")).path for a in own)
    below = any(p.startswith(path) and len(p) > len(path) for p in paths)
    return below and own_chars(main, main_text) < SECTION_MAX_CHARS


def is_form(
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


def is_document(
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
