"""Whether an HTML page is to be rendered in a browser: its content is built by scripts
(an embedded form, a single-page app, little text besides its scripts)."""

from __future__ import annotations

import re

from lxml.etree import _Element

from classifiers.html import element_text
from classifiers.parsedpage import ParsedPage
from digimeter.core.pages import Page

_JS_EMBED = re.compile(
    r"open-forms-sdk-root|openforms-container|data-sdk-module|data-form-id|"
    r"id=[\"'](app|root|__next|__nuxt)[\"']|ng-app|data-reactroot",
    re.I,
)
_NOSCRIPT_JS = re.compile(r"javascript", re.I)


def needs_render(page: Page, tree: _Element, text: str) -> bool:
    """The page's content is built by scripts: the marks of a script app or an embedded form
    in its HTML, or scripts and little `text` (its body's)."""
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
    """True for an HTML page whose content is built by scripts (see needs_render)."""
    parsed = ParsedPage.of(page)
    if parsed.tree is None:
        return False
    return needs_render(parsed.page, parsed.tree, parsed.body_text)
