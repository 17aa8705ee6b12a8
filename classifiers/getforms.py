"""What a browser does when a person submits a form: the URL a GET form opens, built from
its action and its fields' default values (`classifiers.clickables`)."""

from __future__ import annotations

from urllib.parse import urlencode, urlsplit, urlunsplit

from lxml.etree import _Element

from classifiers.clickrecord import Clickable, absolute_url, label
from classifiers.html import element_text

__all__ = ["form_clicks"]

_NOT_FIELDS = frozenset({"hidden", "submit", "button", "reset", "image"})
_SUBMITS = frozenset({"submit", "image"})


def control_kind(control: _Element) -> str:
    if control.tag in ("select", "textarea", "button"):
        return str(control.tag)
    return (control.get("type") or "text").lower()


def is_blank(control: _Element) -> bool:
    kind = control_kind(control)
    if control.tag == "select" or kind in ("checkbox", "radio", "range", "color"):
        return False
    if control.tag == "textarea":
        return not (control.text or "").strip()
    return kind == "file" or not (control.get("value") or "").strip()


def form_data(controls: list[_Element], submitter: _Element | None) -> list[tuple[str, str]]:
    """The name/value pairs a browser sends: the controls' default values, and the
    submit button clicked (an image button sends its click position, here 0,0)."""
    pairs: list[tuple[str, str]] = []
    for control in controls:
        name = control.get("name") or ""
        kind = control_kind(control)
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


def form_clicks(form: _Element, base: str, page_url: str, owned: list[_Element]) -> list[Clickable]:
    """One record per submit button (or one for a form without any): GET ones are ways on."""
    controls = [
        c for c in (*form.iter("input", "select", "textarea", "button"), *owned)
        if isinstance(c.tag, str)
    ]  # fmt: skip
    visible = [c for c in controls if c.tag != "button" and control_kind(c) not in _NOT_FIELDS]
    fields, blank = len(visible), sum(1 for c in visible if is_blank(c))
    submitters: list[_Element | None] = [
        c for c in controls
        if (c.tag == "button" and (c.get("type") or "submit").lower() == "submit")
        or (c.tag == "input" and control_kind(c) in _SUBMITS)
    ]  # fmt: skip
    form_label = label(form.get("aria-label") or "", form.get("title") or "")
    out: list[Clickable] = []
    for submitter in submitters or [None]:
        sub = submitter if submitter is not None else form
        action = sub.get("formaction") if submitter is not None else None
        action = action if action is not None else form.get("action") or ""
        method = (sub.get("formmethod") or form.get("method") or "get").lower()
        target = absolute_url(base, action) if action.strip() else page_url.split("#")[0]
        if not target:
            continue
        text = ""
        if submitter is not None:
            text = label(element_text(submitter), submitter.get("value") or "",
                          submitter.get("alt") or "", submitter.get("title") or "",
                          submitter.get("aria-label") or "")  # fmt: skip
        text = label(text, form_label)
        if method == "post":
            out.append(Clickable(target, "post_form", text, tag="form", source="action",
                                 method="POST", fields=fields, blank=blank))  # fmt: skip
            continue
        if method != "get":  # method="dialog" closes a dialog: no navigation
            continue
        query = urlencode(form_data(controls, submitter))
        parts = urlsplit(target)
        url = urlunsplit((parts.scheme, parts.netloc, parts.path, query, ""))
        out.append(Clickable(url, "get_form", text, tag="form", source="action", fields=fields,
                             blank=blank))  # fmt: skip
    return list(dict.fromkeys(out))
