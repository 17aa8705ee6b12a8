"""Calls to action as real product pages build them: anchors, buttons with onclick, GET
forms, iframes, anchors written by a script, and DigiD only as a logo image with alt text.

The wording comes from real pages: the product's own CTA texts from the tuning half of
the real titles where they fit the route, else a generic real label (`data/realistic.toml`).
"""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlsplit

from testweb.markup import esc
from testweb.model import Route
from testweb.realistic.material import Wordings
from testweb.realistic.model import RRow


def piece_kinds(route: Route) -> set[str]:
    """The kinds of real CTA text that may describe `route` ('' is neutral text)."""
    if route.channel == "auth":
        return {"", "online-form"} | {
            name for name, _, _ in route.logins if name in ("digid", "eherkenning")
        }
    return {
        "form": {"", "online-form"},
        "document": {"pdf-form"},
        "appointment": {"appointment"},
        "mail": {"email"},
        "info": {"counter", "phone", "letter"},
    }.get(route.channel, {""})


def is_label(piece: str) -> bool:
    """A short piece is a button or link label; a longer one a sentence."""
    return len(piece.split()) <= 7 and not piece.endswith(".")


def texts_for(row: RRow, wordings: Wordings) -> tuple[list[str], dict[int, str]]:
    """Sentences to show, and a label per route index, from the row's real CTA texts."""
    allowed = [piece_kinds(r) for r in row.routes]
    if row.via is not None:
        allowed[0] = allowed[0] | {"delegated", ""}
    pieces = list(row.model.pieces) if row.model else []
    sentences: list[str] = []
    labels: dict[int, str] = {}
    for piece in pieces:
        kind = wordings.kind_of(piece)
        for i, kinds in enumerate(allowed):
            if kind in kinds:
                if is_label(piece) and i not in labels and row.routes[i].channel != "info":
                    labels[i] = piece
                elif not is_label(piece):
                    sentences.append(piece)
                break
    for i, route in enumerate(row.routes):
        if i in labels or route.channel in ("info", "mail"):
            continue
        kind = {"document": "pdf-form", "appointment": "appointment"}.get(route.channel, "")
        if row.via is not None and i == 0:
            kind = "delegated"
        elif (route.channel == "auth" and not kind) or not kind:
            kind = "online-form"
        options = wordings.cta[kind]
        labels[i] = options[row.rng.randrange(len(options))]
    row.pieces = [*sentences, *labels.values()]
    return sentences, labels


def element(style: str, href: str, label: str, *, digid_img: str = "", n: int = 0) -> str:
    """One call to action in `style` leading to `href` (already written as the page links)."""
    text = esc(label)
    if style == "onclick":
        how = (
            "window.location.href='{}'",
            "location.href='{}';return false;",
            "window.open('{}','_self')",
        )[n % 3]
        return (
            f'<button type="button" class="knop" onclick="{esc(how.format(href))}">{text}</button>'
        )
    if style == "get_form":
        parts = urlsplit(href)
        action = href.split("?", 1)[0]
        hidden = "".join(
            f'<input type="hidden" name="{esc(k)}" value="{esc(v)}">'
            for k, v in parse_qsl(parts.query)
        )
        return (
            f'<form method="get" action="{esc(action)}" class="start-aanvraag">{hidden}'
            f'<button type="submit">{text}</button></form>'
        )
    if style == "iframe":
        return (
            f'<iframe src="{esc(href)}" title="{text}" width="100%" height="900" '
            'style="border:0" loading="lazy"></iframe>'
        )
    if style == "script":
        snippet = json.dumps({"href": href, "label": label}, ensure_ascii=False)
        return (
            f"<div class='cta-placeholder' id='cta-{n}'></div><script>(function () {{ "
            f"var c = {snippet}; "
            f"var a = document.createElement('a'); a.href = c.href; a.textContent = c.label; "
            f"a.className = 'knop'; document.getElementById('cta-{n}').appendChild(a); }})();"
            "</script>"
        )
    if style == "image" and digid_img:
        return (
            f'<a href="{esc(href)}" class="knop knop--digid"><img src="{esc(digid_img)}" '
            f'alt="DigiD" width="40" height="40"> {text}</a>'
        )
    return f'<a href="{esc(href)}" class="knop">{text}</a>'
