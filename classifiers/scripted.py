"""Ways on that scripts make: literal navigations in handlers, links a script builds, buttons
only a click resolves, and what the crawler's browser recorded when it clicked them."""

from __future__ import annotations

import json
import re

from lxml.etree import _Element

from classifiers.clickrecord import (
    BLOCKED_HEADER,
    BUTTON_HREF_ATTRS,
    CLICKS_HEADER,
    HREF_ATTRS,
    Clickable,
    absolute_url,
)
from classifiers.html import main_scope
from digimeter.core.pages import Page

__all__ = ["browser_clicks", "builds_ways_on", "needs_clicking", "script_targets"]

#: Script constructs that send the browser to a literal URL.
_NAVIGATION = re.compile(
    r"""(?:\b(?:window|document|self|top|parent)\s*\.\s*)?\blocation(?:\s*\.\s*href)?\s*=(?!=)\s*(?P<q1>['"`])(?P<u1>[^'"`]*?)(?P=q1)"""
    r"""|\blocation\s*\.\s*(?:assign|replace)\s*\(\s*(?P<q2>['"`])(?P<u2>[^'"`]*?)(?P=q2)"""
    r"""|\bwindow\s*\.\s*open\s*\(\s*(?P<q3>['"`])(?P<u3>[^'"`]*?)(?P=q3)""",
    re.I,
)
#: Inline scripts that put links, buttons or frames into the page (they exist only after
#: the script ran: the page must be rendered to see its ways on).
_BUILDS = re.compile(
    r"createElement\(\s*['\"](a|button|iframe|form|area)['\"]|\.innerHTML\s*\+?=|"
    r"insertAdjacentHTML|document\.write|\.outerHTML\s*=",
    re.I,
)


def script_targets(script: str) -> list[str]:
    """The literal URLs a piece of script navigates to (location.href = ..., window.open)."""
    return [
        m.group("u1") if m.group("u1") is not None else m.group("u2") or m.group("u3") or ""
        for m in _NAVIGATION.finditer(script)
    ]


def browser_clicks(page: Page) -> list[Clickable]:
    """What the crawler's browser saw the page's buttons do (kinds click and blocked)."""
    out: list[Clickable] = []
    for header, kind in ((CLICKS_HEADER, "click"), (BLOCKED_HEADER, "blocked")):
        try:
            records = json.loads(page.headers.get(header, "") or "[]")
        except ValueError:
            continue
        for record in records if isinstance(records, list) else ():
            url = (
                absolute_url(page.url, str(record.get("url", "")))
                if isinstance(record, dict)
                else ""
            )
            if url:
                method = str(record.get("method", "GET")).upper()
                text = str(record.get("text", ""))[:200]
                out.append(Clickable(url, kind, text, True, "", "browser", method))
    return out


#: A button that opens or closes part of the page rather than going somewhere: by its
#: attributes, or the words of its class.
_DISCLOSURE_ATTRS = frozenset(
    {"aria-expanded", "aria-controls", "aria-haspopup", "data-toggle", "data-bs-toggle",
     "data-dismiss", "data-bs-dismiss"}
)  # fmt: skip
_DISCLOSURE_CLASS = re.compile(r"accordion|toggle|collapse|dropdown|\btabs?\b|close|menu", re.I)
_CLICKABLE_XPATH = (
    ".//button | .//input[@type='button'] | .//*[@role='button' or @role='link']"
    " | .//a[starts-with(normalize-space(@href), 'javascript:') or normalize-space(@href)='#']"
    " | .//*[@onclick]"
)


def needs_clicking(tree: _Element) -> bool:
    """True when the page's content has a button whose target only a click shows: a page
    with scripts, a button with no href, no data-href, no literal location in its handler,
    that is not a form's own submit and does not just open or close part of the page
    (an accordion, a menu, a tab: `aria-expanded`, `aria-controls`, `data-toggle`)."""
    if not tree.xpath("//script | //*[@onclick]"):
        return False  # no script: nothing happens on a click but what the DOM says
    root, furniture = main_scope(tree)
    cut = set(furniture)
    for el in root.xpath(_CLICKABLE_XPATH):
        if any(node in cut for node in (el, *el.iterancestors())):
            continue
        if not _DISCLOSURE_ATTRS.isdisjoint(el.attrib) or _DISCLOSURE_CLASS.search(
            el.get("class") or ""
        ):
            continue
        submit = el.tag in ("button", "input") and (el.get("type") or "submit") == "submit"
        if submit and any(a.tag == "form" for a in el.iterancestors()):
            continue
        named = any(el.get(n) for n in (*HREF_ATTRS, *BUTTON_HREF_ATTRS))
        if not named and not script_targets(el.get("onclick") or ""):
            return True
    return False


#: Elements a script fills when it is given one to mount into (a call to action, a form).
_MOUNT_TAGS = frozenset({"div", "span", "section", "p", "li", "ul", "nav"})


def _mount_point(root: _Element, cut: set[_Element]) -> bool:
    """The content has an empty element that names itself for a script (an id or a data-
    attribute, nothing inside): where a script puts what a person clicks ('cta-123',
    data-regelen-id), from a data block or a script file the HTML alone does not show."""
    for el in root.iter(*_MOUNT_TAGS):
        if len(el) or (el.text or "").strip():
            continue
        named = el.get("id") or any(a.startswith("data-") for a in el.attrib)
        if named and not any(node in cut for node in (el, *el.iterancestors())):
            return True
    return False


def builds_ways_on(tree: _Element) -> bool:
    """True when an inline script in the body puts links, buttons or frames into the page,
    or, on a page with scripts, its content has an empty element for a script to fill."""
    body = tree.find("body")
    scripts = list(body.iter("script")) if body is not None else []
    for script in scripts:
        if not script.get("src") and script.text and _BUILDS.search(script.text):
            return True
    if not scripts:
        return False
    root, furniture = main_scope(tree)
    return _mount_point(root, set(furniture))
