"""Every way on a person can click on a parsed HTML page, as typed records (no Scrapy).

    from classifiers.clickables import clickables, ways_on
    for way in ways_on(page):          # Clickable(url, kind, text, in_main, ...)
        ...

A page's ways on are more than its `<a href>`: image-map areas, buttons and other elements
whose click handler or `data-href` navigates (`location.href = ...`, `window.open(...)`),
GET forms (the URL a browser builds from the action and the fields' default values),
frames, a `<meta http-equiv="refresh">` or `Refresh` header, and an inline script that
sends the browser on (an interstitial). URLs are resolved as a browser resolves them:
against `<base href>` and the page URL (a form without an action submits to the page's
own URL). A POST form is recorded too, as a signal that the page holds a form, but it is
not a way on (`way_on` is False): following it would submit something.

Only http(s) targets are kept; fragments are dropped. The records come in document order,
one per element (and per submit button of a form); page-level navigations (refresh,
script redirect) have `in_main` False, since they belong to no part of the content.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit

from lxml.etree import _Element

from classifiers.html import element_text, main_scope, parse_html
from digimeter.core.pages import Page

__all__ = [
    "KINDS", "Clickable", "base_url", "builds_ways_on", "clickables", "script_targets", "ways_on",
]  # fmt: skip

#: The kinds of clickables, in the vocabulary of the records.
KINDS = (
    "anchor", "area", "button", "get_form", "post_form", "iframe", "frame", "meta_refresh",
    "js_redirect", "text_url",
)  # fmt: skip

#: Attributes that name a click target on any element (clickable rows, card links).
_HREF_ATTRS = ("data-href", "data-link", "data-target-url", "data-navigate", "data-navigate-to")
#: Attributes that name a click target only on elements a person clicks (buttons, links):
#: elsewhere `data-url` is as often a script's endpoint.
_BUTTON_HREF_ATTRS = ("data-url", "data-location", "data-redirect")
_CLICKABLE_ROLES = ("button", "link", "menuitem", "tab", "option")
#: Script constructs that send the browser to a literal URL.
_NAVIGATION = re.compile(
    r"""(?:\b(?:window|document|self|top|parent)\s*\.\s*)?\blocation(?:\s*\.\s*href)?\s*=(?!=)\s*(?P<q1>['"`])(?P<u1>[^'"`]*?)(?P=q1)"""
    r"""|\blocation\s*\.\s*(?:assign|replace)\s*\(\s*(?P<q2>['"`])(?P<u2>[^'"`]*?)(?P=q2)"""
    r"""|\bwindow\s*\.\s*open\s*\(\s*(?P<q3>['"`])(?P<u3>[^'"`]*?)(?P=q3)""",
    re.I,
)
_REFRESH = re.compile(
    r"^\s*\d*(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(['\"]?)(?P<url>.*?)\1\s*$", re.I
)
_SCRIPT_TYPES = re.compile(r"^\s*((text|application)/(x-)?(java|ecma)script|module)?\s*$", re.I)
_STRIP = re.compile(r"[\t\n\r]")
#: An address written out in the text ('via www.omgevingsloket.nl', 'omgevingswet.overheid.nl'):
#: a person types or copies it. Bare host names need a known top-level domain.
_TEXT_URL = re.compile(
    r"(?<![@\w.-])(?:https?://[^\s<>\"'()]+|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[^\s<>\"'()]*)?"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:nl|eu|com|org|net|be|frl|test)(?:/[^\s<>\"'()]*)?)(?![\w@-])",
    re.I,
)
_TEXT_TAGS = frozenset({"p", "li", "td", "dd", "div", "span", "strong", "em", "b", "i", "section"})
#: Inline scripts that put links, buttons or frames into the page (they exist only after
#: the script ran: the page must be rendered to see its ways on).
_BUILDS = re.compile(
    r"createElement\(\s*['\"](a|button|iframe|form|area)['\"]|\.innerHTML\s*\+?=|"
    r"insertAdjacentHTML|document\.write|\.outerHTML\s*=",
    re.I,
)
_NOT_FIELDS = frozenset({"hidden", "submit", "button", "reset", "image"})
_SUBMITS = frozenset({"submit", "image"})


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

    @property
    def way_on(self) -> bool:
        """False for what clicking would not follow without sending something (POST)."""
        return self.method == "GET"

    @property
    def page_level(self) -> bool:
        """A navigation of the page itself (refresh, script redirect), not a thing to click."""
        return self.kind in ("meta_refresh", "js_redirect")


def base_url(tree: _Element, url: str) -> str:
    """The document's base URL: the first `<base href>` resolved against the page URL."""
    for base in tree.iter("base"):
        href = _STRIP.sub("", base.get("href") or "").strip()
        if href:
            return urljoin(url, href)
    return url


def _absolute(base: str, target: str) -> str:
    """The absolute http(s) URL of a target without its fragment, or ''."""
    target = _STRIP.sub("", target).strip()
    if not target or target.startswith("#"):
        return ""
    url = urljoin(base, target).split("#")[0]
    return url if urlsplit(url).scheme.lower() in ("http", "https") else ""


def _label(*parts: str) -> str:
    seen: list[str] = []
    for part in parts:
        part = " ".join((part or "").split())
        if part and not any(part in s for s in seen):
            seen.append(part)
    return " ".join(seen)


def script_targets(script: str) -> list[str]:
    """The literal URLs a piece of script navigates to (location.href = ..., window.open)."""
    return [
        m.group("u1") if m.group("u1") is not None else m.group("u2") or m.group("u3") or ""
        for m in _NAVIGATION.finditer(script)
    ]


def _is_button_like(el: _Element) -> bool:
    role = (el.get("role") or "").lower()
    return el.tag in ("button", "a", "input") or role in _CLICKABLE_ROLES or bool(el.get("onclick"))


def _script_clicks(el: _Element, base: str, text: str) -> list[Clickable]:
    """Clicks whose target a script or data attribute names (kind 'button')."""
    found: list[tuple[str, str]] = []
    handler = el.get("onclick") or ""
    href = (el.get("href") or "").strip() if el.tag == "a" else ""
    if href.lower().startswith("javascript:"):
        handler = f"{href[11:]};{handler}"
    found += [("onclick", t) for t in script_targets(handler)]
    names = _HREF_ATTRS + (_BUTTON_HREF_ATTRS if _is_button_like(el) else ())
    found += [(name, el.get(name) or "") for name in names if el.get(name)]
    out = []
    for source, target in found:
        url = _absolute(base, target)
        if url:
            out.append(Clickable(url, "button", text, tag=str(el.tag), source=source))
    return out


def _control_kind(control: _Element) -> str:
    if control.tag in ("select", "textarea", "button"):
        return str(control.tag)
    return (control.get("type") or "text").lower()


def _is_blank(control: _Element) -> bool:
    kind = _control_kind(control)
    if control.tag == "select" or kind in ("checkbox", "radio", "range", "color"):
        return False
    if control.tag == "textarea":
        return not (control.text or "").strip()
    return kind == "file" or not (control.get("value") or "").strip()


def _form_data(controls: list[_Element], submitter: _Element | None) -> list[tuple[str, str]]:
    """The name/value pairs a browser sends: the controls' default values, and the
    submit button clicked (an image button sends its click position, here 0,0)."""
    pairs: list[tuple[str, str]] = []
    for control in controls:
        name = control.get("name") or ""
        kind = _control_kind(control)
        if control.get("disabled") is not None:
            continue
        if control.tag == "button" or kind in (*_SUBMITS, "button", "reset"):
            if control is submitter and kind == "image":
                prefix = f"{name}." if name else ""
                pairs += [(f"{prefix}x", "0"), (f"{prefix}y", "0")]
            elif control is submitter and name:
                pairs.append((name, control.get("value") or ""))
            continue
        if not name or kind == "file":
            continue
        if kind in ("checkbox", "radio"):
            if control.get("checked") is not None:
                pairs.append((name, control.get("value") or "on"))
        elif control.tag == "select":
            options = list(control.iter("option"))
            chosen = [o for o in options if o.get("selected") is not None]
            if not chosen and options and control.get("multiple") is None:
                chosen = options[:1]
            for option in chosen:
                value = option.get("value")
                pairs.append((name, value if value is not None else element_text(option)))
        elif control.tag == "textarea":
            pairs.append((name, control.text or ""))
        else:
            pairs.append((name, control.get("value") or ""))
    return pairs


def _form_clicks(
    form: _Element, base: str, page_url: str, owned: list[_Element]
) -> list[Clickable]:
    """One record per submit button (or one for a form without any): GET ones are ways on."""
    controls = [
        c for c in (*form.iter("input", "select", "textarea", "button"), *owned)
        if isinstance(c.tag, str)
    ]  # fmt: skip
    visible = [c for c in controls if c.tag != "button" and _control_kind(c) not in _NOT_FIELDS]
    fields, blank = len(visible), sum(1 for c in visible if _is_blank(c))
    submitters = [
        c for c in controls
        if (c.tag == "button" and (c.get("type") or "submit").lower() == "submit")
        or (c.tag == "input" and _control_kind(c) in _SUBMITS)
    ]  # fmt: skip
    form_label = _label(form.get("aria-label") or "", form.get("title") or "")
    out: list[Clickable] = []
    for submitter in submitters or [None]:
        sub = submitter if submitter is not None else form
        action = sub.get("formaction") if submitter is not None else None
        action = action if action is not None else form.get("action") or ""
        method = (sub.get("formmethod") or form.get("method") or "get").lower()
        target = _absolute(base, action) if action.strip() else page_url.split("#")[0]
        if not target:
            continue
        text = ""
        if submitter is not None:
            text = _label(element_text(submitter), submitter.get("value") or "",
                          submitter.get("alt") or "", submitter.get("title") or "",
                          submitter.get("aria-label") or "")  # fmt: skip
        text = _label(text, form_label)
        if method == "post":
            out.append(Clickable(target, "post_form", text, tag="form", source="action",
                                 method="POST", fields=fields, blank=blank))  # fmt: skip
            continue
        if method != "get":  # method="dialog" closes a dialog: no navigation
            continue
        query = urlencode(_form_data(controls, submitter))
        parts = urlsplit(target)
        url = urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))
        out.append(Clickable(url, "get_form", text, tag="form", source="action", fields=fields,
                             blank=blank))  # fmt: skip
    return list(dict.fromkeys(out))


def _refresh(content: str, base: str) -> str:
    match = _REFRESH.match(content or "")
    return _absolute(base, match.group("url")) if match else ""


def clickables(
    page: Page, tree: _Element | None = None, scope: tuple[_Element, list[_Element]] | None = None
) -> list[Clickable]:
    """Every way on of an HTML page (and its POST forms), in document order.

    `tree`: the parsed page when the caller has it; `scope`: its `main_scope(tree)`.
    """
    tree = tree if tree is not None else parse_html(page)
    if tree is None:
        return []
    base = base_url(tree, page.url)
    root, furniture = scope if scope is not None else main_scope(tree)
    cut = set(furniture)

    def in_main(el: _Element) -> bool:
        for node in (el, *el.iterancestors()):
            if node in cut:
                return False
            if node is root:
                return True
        return False

    owned: dict[str, list[_Element]] = {}
    for control in tree.xpath("//*[@form]"):
        owned.setdefault(control.get("form") or "", []).append(control)
    out: list[Clickable] = []
    header = page.headers.get("refresh", "")
    if header and (url := _refresh(header, page.url)):
        out.append(Clickable(url, "meta_refresh", tag="", source="refresh-header"))
    for el in tree.iter():
        tag = el.tag
        if not isinstance(tag, str):
            continue
        records: list[Clickable] = []
        if tag in ("a", "area"):
            text = _label(element_text(el), el.get("alt") or "", el.get("title") or "",
                          el.get("aria-label") or "")  # fmt: skip
            url = _absolute(base, el.get("href") or "")
            if url and not (el.get("href") or "").strip().lower().startswith("javascript:"):
                kind = "anchor" if tag == "a" else "area"
                records.append(Clickable(url, kind, text, tag=tag, source="href"))
            records += _script_clicks(el, base, text)
        elif tag == "form":
            records += _form_clicks(el, base, page.url, owned.get(el.get("id") or "", []))
        elif tag in ("iframe", "frame"):
            url = _absolute(base, el.get("src") or "")
            if url:
                text = _label(el.get("title") or "", el.get("aria-label") or "",
                              el.get("name") or "")  # fmt: skip
                records.append(Clickable(url, tag, text, tag=tag, source="src"))
        elif tag == "meta" and (el.get("http-equiv") or "").lower() == "refresh":
            url = _refresh(el.get("content") or "", base)
            if url:
                out.append(Clickable(url, "meta_refresh", tag="meta", source="content"))
            continue
        elif tag == "script":
            if not el.get("src") and el.text and _SCRIPT_TYPES.match(el.get("type") or ""):
                for target in script_targets(el.text):
                    url = _absolute(base, target)
                    if url:
                        out.append(Clickable(url, "js_redirect", tag="script", source="script"))
            continue
        elif tag in _TEXT_TAGS and (el.text or any(c.tail for c in el)):
            records += _text_urls(el, page.url)
        if tag not in ("a", "area", "form", "iframe", "frame") and (
            el.get("onclick") or any(el.get(n) for n in (*_HREF_ATTRS, *_BUTTON_HREF_ATTRS))
        ):
            text = _label(element_text(el), el.get("value") or "", el.get("title") or "",
                          el.get("aria-label") or "")  # fmt: skip
            records += _script_clicks(el, base, text)
        if records:
            inside = in_main(el)
            out += [_with_main(r, inside) for r in records]
    return out


def _text_urls(el: _Element, page_url: str) -> list[Clickable]:
    """Addresses written out in an element's own text, with the sentence as their text."""
    parts = [el.text or "", *(child.tail or "" for child in el)]
    found = []
    for part in parts:
        for match in _TEXT_URL.finditer(part):
            target = match.group(0).rstrip(".,;:!?")
            if not target.lower().startswith("http"):
                target = f"{urlsplit(page_url).scheme or 'https'}://{target}"
            url = _absolute(page_url, target)
            if url:
                sentence = sentence_with(part, match.start())
                found.append(Clickable(url, "text_url", sentence, tag=str(el.tag), source="text"))
    return found


def sentence_with(text: str, at: int) -> str:
    """The sentence of `text` around offset `at` (at most 200 characters)."""
    start = max(text.rfind(". ", 0, at), text.rfind("? ", 0, at), text.rfind("! ", 0, at))
    ends = [i for i in (text.find(". ", at), text.find("? ", at)) if i >= 0]
    end = min(ends) + 1 if ends else len(text)
    return " ".join(text[start + 1 if start >= 0 else 0 : end].split())[:200]


def builds_ways_on(tree: _Element) -> bool:
    """True when an inline script in the body puts links, buttons or frames into the page."""
    body = tree.find("body")
    for script in body.iter("script") if body is not None else ():
        if not script.get("src") and script.text and _BUILDS.search(script.text):
            return True
    return False


def _with_main(record: Clickable, inside: bool) -> Clickable:
    if record.in_main == inside:
        return record
    return replace(record, in_main=inside)


def ways_on(page: Page, tree: _Element | None = None) -> list[Clickable]:
    """The clickables a person can follow without sending anything (no POST forms)."""
    return [c for c in clickables(page, tree) if c.way_on]
