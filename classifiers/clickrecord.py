"""The record of one way on of a page (`classifiers.clickables`), and URL helpers.

`Clickable(url, kind, text, in_main, tag, source, method, fields, blank)`: a way on a person
can click, of one of KINDS; a POST form (and a request the crawler's browser blocked) has
`method` POST and is not a way on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urljoin, urlsplit

__all__ = [
    "BLOCKED_HEADER", "BUTTON_HREF_ATTRS", "CLICKS_HEADER", "HREF_ATTRS", "KINDS", "Clickable",
    "absolute_url", "label",
]  # fmt: skip

#: The kinds of clickables, in the vocabulary of the records.
KINDS = (
    "anchor", "area", "button", "get_form", "post_form", "iframe", "frame", "meta_refresh",
    "js_redirect", "text_url", "click", "blocked",
)  # fmt: skip
#: Stored-page headers in which the crawler's browser records what its clicks did
#: (`crawler.render.click_ways`): JSON lists of {"url", "text"} and {"url", "method", "text"}.
CLICKS_HEADER = "x-digimeter-clicks"
BLOCKED_HEADER = "x-digimeter-blocked"
#: Attributes that name a click target on any element (clickable rows, card links).
HREF_ATTRS = ("data-href", "data-link", "data-target-url", "data-navigate", "data-navigate-to")
#: Attributes that name a click target only on elements a person clicks (buttons, links):
#: elsewhere `data-url` is as often a script's endpoint.
BUTTON_HREF_ATTRS = ("data-url", "data-location", "data-redirect")
_STRIP = re.compile(r"[\t\n\r]")


@dataclass(frozen=True)
class Clickable:
    """One way on (or, for a POST form, one form) on a page."""

    #: Absolute http(s) URL without fragment; for a GET form the URL its submission opens.
    url: str
    #: One of KINDS.
    kind: str
    #: What a person sees: text, image alt texts, title, aria-label (a frame: its title).
    text: str = ""
    #: Inside the page's main content (`classifiers.html.main_scope`), not site furniture.
    in_main: bool = False
    #: The element's tag ('a', 'button', 'form', 'iframe', 'meta', 'script', 'div', ...).
    tag: str = ""
    #: Where the target came from: href, onclick, data-href, action, src, content, script...
    source: str = ""
    #: 'GET', or 'POST' for a form that posts.
    method: str = "GET"
    #: A form's visible controls a person can fill in or change.
    fields: int = 0
    #: Of those, the ones with no value yet (text to type, a file to choose): a GET form
    #: with a blank field is a query (search, check), not a button.
    blank: int = 0
    #: What the page says just before a link or button (`clickables.lead_in`): 'U logt in
    #: met DigiD.' above 'Online aanvragen'.
    lead_in: str = ""

    @property
    def way_on(self) -> bool:
        """False for what clicking would not follow without sending something (POST)."""
        return self.method == "GET"

    @property
    def page_level(self) -> bool:
        """A navigation of the page itself (refresh, script redirect), not a thing to click."""
        return self.kind in ("meta_refresh", "js_redirect")


@lru_cache(maxsize=65536)
def absolute_url(base: str, target: str) -> str:
    """The absolute http(s) URL of a target without its fragment, or ''."""
    target = _STRIP.sub("", target).strip()
    if not target or target.startswith("#"):
        return ""
    url = urljoin(base, target).split("#")[0]
    return url if urlsplit(url).scheme.lower() in ("http", "https") else ""


def label(*parts: str) -> str:
    """The parts, whitespace collapsed, each once (a part inside an earlier one is left out)."""
    seen: list[str] = []
    for part in parts:
        part = " ".join((part or "").split())
        if part and not any(part in s for s in seen):
            seen.append(part)
    return " ".join(seen)
