"""Form pages and login gates of the realistic style, in the markup real e-forms use.

Three kinds of form page: a server-rendered e-loket form, a form on an invented SaaS
vendor's host, and a form that only exists after its script ran. Login gates show
"Inloggen met DigiD" buttons, or only the DigiD logo as an image with alt text.
"""

from __future__ import annotations

import json
import struct
import zlib

from testweb.markup import digid_login_url, eherkenning_login_url, esc
from testweb.model import Route

Fields = tuple[tuple[str, bool], ...]
PREFILL = "Na het inloggen zijn uw naam en adres al ingevuld; u controleert alleen uw gegevens."


def png_bytes(rgb: tuple[int, int, int], size: int = 24) -> bytes:
    """A small valid single-colour PNG (deterministic)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    row = b"\x00" + bytes(rgb) * size
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * size, 9))
        + chunk(b"IEND", b"")
    )


def document(title: str, body: str, *, head: str = "", lang: str = "nl", cls: str = "") -> str:
    attr = f' class="{cls}"' if cls else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n{head}</head>\n<body{attr}>\n{body}\n</body>\n</html>\n"
    )


def login_buttons(route: Route, return_url: str, *, image_only: bool, img: str) -> str:
    """Links to the identity providers; with `image_only` the logo's alt text is all."""
    out: list[str] = []
    for name, label, _ in route.logins:
        href = (
            digid_login_url(return_url)
            if name == "digid"
            else eherkenning_login_url(return_url, name)
        )
        if image_only:
            alt = f"Inloggen met {label}" if len(out) % 2 == 0 else label
            out.append(
                f'<a href="{esc(href)}" class="login-{name}"><img src="{img}{name}.png" '
                f'alt="{esc(alt)}" width="64" height="64"></a>'
            )
        else:
            out.append(f'<a href="{esc(href)}" class="knop knop--{name}">Inloggen met {label}</a>')
    return '<div class="inloggen">' + "".join(out) + "</div>"


def _fields_html(fields: tuple[tuple[str, bool], ...]) -> str:
    out = []
    for i, (label, required) in enumerate(fields):
        star = " *" if required else ""
        req = " required" if required else ""
        kind = "email" if "mail" in label.lower() else "text"
        out.append(
            f'<div class="veld"><label for="v{i}">{esc(label)}{star}</label>'
            f'<input type="{kind}" id="v{i}" name="v{i}"{req}></div>'
        )
    return "".join(out)


def eloket_page(
    title: str, brand: str, url: str, route: Route, fields: Fields, *, image_only: bool, img: str
) -> str:
    """A server-rendered e-loket page: the form itself, or its login gate."""
    if route.channel == "auth":
        prefill = f"<p>{esc(PREFILL)}</p>" if route.prefill else ""
        body = (
            f"<header><p>{esc(brand)} | Digitaal loket</p></header><main><h1>{esc(title)}</h1>"
            "<p>Om dit formulier te kunnen invullen, logt u eerst in. Zo weten wij zeker dat u "
            f"het bent.</p>{login_buttons(route, url, image_only=image_only, img=img)}{prefill}"
            "<p>Na 15 minuten zonder activiteit wordt u automatisch uitgelogd.</p></main>"
        )
        return document(f"{title} - {brand}", body, cls="eloket")
    body = (
        f"<header><p>{esc(brand)} | Digitaal loket</p></header><main><h1>{esc(title)}</h1>"
        "<p class='voortgang'>Stap 1 van 4 - Voortgang: 0%</p>"
        f"<form method='post' action='{esc(url)}' class='eformulier'>"
        "<p>Velden met een * zijn verplicht.</p>"
        f"{_fields_html(fields)}<button type='submit'>Volgende stap</button></form>"
        "<p>Tussentijds opslaan is niet mogelijk.</p></main>"
    )
    return document(f"{title} - {brand}", body, cls="eloket")


def vendor_page(
    title: str,
    brand: str,
    vendor: str,
    url: str,
    route: Route,
    fields: Fields,
    *,
    image_only: bool,
    img: str,
) -> str:
    """A form on a SaaS form vendor's host (invented vendors, own markup)."""
    footer = (
        f"<footer class='ef-footer'>Formulier van {esc(brand)}, aangeboden via "
        f"{esc(vendor)}</footer>"
    )
    if route.channel == "auth":
        prefill = f"<p class='ef-note'>{esc(PREFILL)}</p>" if route.prefill else ""
        body = (
            f"<div class='ef-wrapper'><h1 class='ef-title'>{esc(title)}</h1><p>Voor dit formulier "
            f"moet u inloggen.</p>{login_buttons(route, url, image_only=image_only, img=img)}"
            f"{prefill}</div>{footer}"
        )
        return document(title, body, cls="ef-page")
    body = (
        f"<div class='ef-wrapper'><form class='ef-form' method='post' action='{esc(url)}'>"
        f"<h1 class='ef-title'>{esc(title)}</h1><p>Verplichte velden zijn met een * gemarkeerd."
        f"</p>{_fields_html(fields)}<input type='submit' value='Verzenden'>"
        f"</form></div>{footer}"
    )
    return document(title, body, cls="ef-page")


def script_page(title: str, brand: str, url: str, route: Route, fields: Fields) -> str:
    """A form (or login button) that exists only after the page's script ran."""
    config: dict[str, object] = {"title": title, "action": url}
    if route.channel == "auth":
        config["login"] = [
            {
                "label": f"Inloggen met {label}",
                "href": digid_login_url(url)
                if name == "digid"
                else eherkenning_login_url(url, name),
            }
            for name, label, _ in route.logins
        ]
        if route.prefill:
            config["note"] = PREFILL
    else:
        config["fields"] = [{"label": lbl, "required": req} for lbl, req in fields]
    script = (
        "<script>\n(function () {\n  var c = " + json.dumps(config, ensure_ascii=False) + ";\n"
        "  var app = document.getElementById('app');\n"
        "  var h = document.createElement('h1'); h.textContent = c.title; app.appendChild(h);\n"
        "  (c.login || []).forEach(function (l) {\n"
        "    var a = document.createElement('a'); a.href = l.href; a.textContent = l.label;\n"
        "    a.className = 'knop'; app.appendChild(a);\n  });\n"
        "  if (c.note) { var n = document.createElement('p'); n.textContent = c.note; "
        "app.appendChild(n); }\n"
        "  if (c.fields) {\n    var f = document.createElement('form'); f.method = 'post'; "
        "f.action = c.action;\n"
        "    var p = document.createElement('p'); p.textContent = 'Velden met een * zijn "
        "verplicht.'; f.appendChild(p);\n"
        "    c.fields.forEach(function (x, i) {\n"
        "      var l = document.createElement('label'); l.htmlFor = 'f' + i;\n"
        "      l.textContent = x.label + (x.required ? ' *' : '');\n"
        "      var e = document.createElement('input'); e.id = 'f' + i; e.name = 'f' + i;\n"
        "      e.required = x.required; f.appendChild(l); f.appendChild(e);\n    });\n"
        "    var b = document.createElement('button'); b.type = 'submit'; "
        "b.textContent = 'Verzenden';\n    f.appendChild(b); app.appendChild(f);\n  }\n"
        "})();\n</script>"
    )
    body = (
        f"<header><p>{esc(brand)}</p></header><main><div id='app' data-form='"
        f"{esc(url.rsplit('/', 1)[-1])}'></div><noscript>Dit formulier werkt alleen met "
        f"JavaScript.</noscript></main>{script}"
    )
    return document(f"{title} | {brand}", body, cls="js-form")


def appointment_page(brand: str, home: str) -> str:
    """An appointment booking page: a booking form, not a request form."""
    body = (
        f"<main><h1>Afspraak maken</h1><p>Kies een onderwerp, een dag en een tijd voor uw "
        f"afspraak bij {esc(brand)}.</p><form method='post' action='#bevestigen'>"
        "<label for='o'>Onderwerp</label><select id='o' name='onderwerp'><option>Paspoort of "
        "identiteitskaart</option><option>Rijbewijs</option><option>Aangifte</option>"
        "<option>Overig</option></select><label for='d'>Datum</label><input type='date' id='d' "
        "name='datum'><label for='t'>Tijd</label><select id='t' name='tijd'><option>09:00</option>"
        "<option>09:10</option></select><button type='submit'>Afspraak bevestigen</button>"
        f"</form><p><a href='{esc(home)}'>Terug</a></p></main>"
    )
    return document(f"Afspraak maken - {brand}", body, cls="afspraken")
