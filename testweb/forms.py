"""The pages of form platforms: anonymous forms and login gates, in each platform's own markup.

Gravity Forms on an OpenWebConcept `mijn.` host, TriplEforms `.aspx` wizards, an Open
Forms SDK embed whose form (or login button) only exists after its inline script runs,
Formdesk, iForm (`/pls/iform/`), a multi-step wizard on the organisation's own site, and a
national "Mijn" portal. Login buttons lead to the simulated DigiD and eHerkenning.
"""

from __future__ import annotations

import json

from testweb.markup import digid_login_url, eherkenning_login_url, esc
from testweb.model import Route, Row

PREFILL_TEXTS = (
    "Na het inloggen met DigiD zijn uw naam, adres en burgerservicenummer al ingevuld.",
    "Uw gegevens worden automatisch ingevuld vanuit de Basisregistratie Personen.",
    "Wij vullen uw gegevens alvast voor u in, zodat u alleen uw aanvraag hoeft te controleren.",
)


def field_labels(row: Row) -> list[tuple[str, bool]]:
    """(label, required) of the fields of the product's form."""
    return list(fields_for(row.product.kind, row.product.audience))


REPORT_FIELDS = (
    ("Omschrijving van de melding", True),
    ("Locatie of adres", True),
    ("Uw naam", False),
    ("E-mailadres", True),
    ("Telefoonnummer", False),
)
REQUEST_FIELDS = (
    ("Voorletters", True),
    ("Achternaam", True),
    ("Straat en huisnummer", True),
    ("Postcode", True),
    ("Woonplaats", True),
    ("E-mailadres", True),
    ("Telefoonnummer", False),
    ("Toelichting op uw aanvraag", False),
)
BUSINESS_FIELDS = (("Bedrijfsnaam", True), ("KvK-nummer", True))


def fields_for(kind: str, audience: str) -> tuple[tuple[str, bool], ...]:
    """(label, required) of a form for a product of this kind (melding or other) and audience."""
    fields = REPORT_FIELDS if kind == "melding" else REQUEST_FIELDS
    return (*BUSINESS_FIELDS, *fields) if audience == "ondernemer" else fields


def _input(label: str, required: bool, index: int, prefix: str) -> str:
    star = '<span class="required">*</span>' if required else ""
    fid = f"{prefix}_{index}"
    req = ' required aria-required="true"' if required else ""
    if label.startswith(("Toelichting", "Omschrijving")):
        control = f'<textarea id="{fid}" name="{fid}" rows="5"{req}></textarea>'
    else:
        kind = "email" if "mail" in label.lower() else "tel" if "Telefoon" in label else "text"
        control = f'<input type="{kind}" id="{fid}" name="{fid}"{req}>'
    return f'<div class="field"><label for="{fid}">{esc(label)}{star}</label>{control}</div>'


def login_buttons(route: Route, return_url: str, *, start: str = "") -> str:
    """Login links to the identity providers (or to this platform's start URLs)."""
    links = []
    if route.digid:
        href = f"{start}digid/start" if start else digid_login_url(return_url)
        links.append(
            f'<a class="login-button login-button--digid" href="{esc(href)}">'
            '<img src="/static/img/digid.svg" alt="DigiD logo" width="32"> Inloggen met DigiD</a>'
        )
    if route.eherkenning:
        href = f"{start}eherkenning/start" if start else eherkenning_login_url(return_url)
        links.append(
            f'<a class="login-button login-button--eherkenning" href="{esc(href)}">'
            '<img src="/static/img/eherkenning.svg" alt="eHerkenning logo" width="32"> '
            "Inloggen met eHerkenning</a>"
        )
    if route.eidas:
        links.append(
            f'<a class="login-button login-button--eidas" href="'
            f'{esc(eherkenning_login_url(return_url, "eidas"))}">Inloggen met eIDAS '
            "(Europees inlogmiddel)</a>"
        )
    if route.yivi:
        links.append(
            f'<a class="login-button login-button--yivi" href="'
            f'{esc(eherkenning_login_url(return_url, "yivi"))}">Inloggen met Yivi</a>'
        )
    return '<div class="login-options" role="group" aria-label="Kies hoe u wilt inloggen">' + (
        "".join(links) + "</div>"
    )


def _doc(
    title: str, body: str, *, head: str = "", html_class: str = "", body_class: str = ""
) -> str:
    hc = f' class="{html_class}"' if html_class else ""
    bc = f' class="{body_class}"' if body_class else ""
    return (
        f'<!DOCTYPE html>\n<html lang="nl"{hc}>\n<head>\n<meta charset="utf-8">\n'
        f"<title>{esc(title)}</title>\n{head}</head>\n<body{bc}>\n{body}\n</body>\n</html>\n"
    )


def _prefill(route: Route, row: Row) -> str:
    if not route.prefill:
        return ""
    return (
        f'<p class="prefill-note">{esc(PREFILL_TEXTS[row.rng.randrange(len(PREFILL_TEXTS))])}</p>'
    )


def gravity_page(row: Row, route: Route, url: str, brand: str) -> str:
    title = row.title
    if route.channel == "auth":
        body = (
            f'<header class="portal-header"><span class="portal-brand">{esc(brand)}</span></header>'
            f"<main><h1>{esc(title)}</h1><div class='form-intro'><p>Om dit formulier te gebruiken "
            f"logt u eerst in.</p></div>{login_buttons(route, url)}{_prefill(route, row)}"
            "<p class='session-note'>De inlogtijd is 15 minuten; kies 'Verlengen' om uw sessie te "
            "verlengen.</p></main>"
        )
        return _doc(f"{title} - {brand}", body, body_class="owc-gravityforms page-template-form")
    fields = "".join(
        _input(label, req, i + 1, "input_3") for i, (label, req) in enumerate(field_labels(row))
    )
    body = (
        f'<header class="portal-header"><span class="portal-brand">{esc(brand)}</span></header>'
        f"<main><h1>{esc(title)}</h1><div class='gform_wrapper'><form method='post' id='gform_3' "
        f"class='gform' action='{esc(url)}'><p class='gform_required_legend'>\"<span "
        "class='gfield_required'>*</span>\" geeft vereiste velden aan</p>"
        f"{fields}<div class='gform_footer'><input type='submit' class='gform_button button' "
        "value='Versturen'></div></form></div></main>"
    )
    return _doc(f"{title} - {brand}", body, body_class="owc-gravityforms page-template-form")


def triple_page(row: Row, route: Route, url: str, org_name: str) -> str:
    title = row.title
    head = '<link rel="stylesheet" href="/DirectRegelen/Styles/triple.css">\n'
    if route.channel == "auth":
        body = (
            f"<div id='header'><span>{esc(org_name)} - Direct regelen</span></div><div "
            "id='content'>"
            f"<h1>{esc(title)}</h1><p>Voor dit formulier moet u inloggen. Zo weten wij zeker dat u "
            f"het bent.</p>{login_buttons(route, url)}{_prefill(route, row)}</div>"
        )
        return _doc(title, body, head=head)
    fields = "".join(
        _input(label, req, i + 1, "ctl00_Content_Veld")
        for i, (label, req) in enumerate(field_labels(row)[:5])
    )
    body = (
        f"<div id='header'><span>{esc(org_name)} - Direct regelen</span></div><div id='content'>"
        f"<h1>{esc(title)}</h1><ol class='steps'><li class='active'>Stap 1 van 3: Uw gegevens</li>"
        "<li>Stap 2: Uw aanvraag</li><li>Stap 3: Controleren en verzenden</li></ol>"
        f"<form name='aspnetForm' method='post' action='{esc(url)}' id='aspnetForm'>"
        "<input type='hidden' name='__VIEWSTATE' value='/wEPDwUKMTY3NzE5MjIyMGRk'>"
        f"<p class='verplicht'>Velden met een * zijn verplicht</p>{fields}"
        "<input type='submit' name='ctl00$Content$Volgende' value='Volgende'></form></div>"
    )
    return _doc(title, body, head=head)


def openforms_page(row: Row, route: Route, url: str, form_id: str, base: str, org_name: str) -> str:
    """An Open Forms SDK embed: no static <form>; fields or login button come from the script."""
    title = row.title
    head = (
        f'<link rel="stylesheet" href="{base}static/sdk/open-forms-sdk.css">\n'
        f'<script type="module" src="{base}static/sdk/sdk-wrapper.mjs"></script>\n'
    )
    config: dict[str, object] = {"formId": form_id, "baseUrl": f"{base}api/v2/", "title": title}
    if route.channel == "auth":
        slug = url.rstrip("/").rsplit("/", 1)[-1]
        start = f"{base}auth/{slug}/"
        buttons = login_buttons(route, url, start=start)
        if route.js:
            options = [
                {"label": f"Inloggen met {label}", "url": f"{start}{plugin}/start"}
                for _, label, plugin in route.logins
            ]
            config["loginOptions"] = options
            static = ""
        else:
            static = f"<div class='openforms-login'>{buttons}</div>"
    else:
        config["fields"] = [{"label": label, "required": req} for label, req in field_labels(row)]
        static = ""
    script = (
        "<script>\n(function () {\n  var cfg = " + json.dumps(config, ensure_ascii=False) + ";\n"
        "  var root = document.getElementById('openforms-container');\n"
        "  var h = document.createElement('h2'); h.textContent = cfg.title; root.appendChild(h);\n"
        "  if (cfg.loginOptions) {\n    cfg.loginOptions.forEach(function (o) {\n"
        "      var b = document.createElement('a'); b.className = 'utrecht-button-link "
        "openforms-login';\n"
        "      b.href = o.url; b.textContent = o.label; root.appendChild(b);\n    });\n  }\n"
        "  if (cfg.fields) {\n    var f = document.createElement('form'); f.method = 'post';\n"
        "    f.action = cfg.baseUrl + 'submissions';\n"
        "    var legend = document.createElement('p'); legend.textContent = 'Velden met een * "
        "zijn verplicht';\n"
        "    f.appendChild(legend);\n"
        "    cfg.fields.forEach(function (fld, i) {\n"
        "      var l = document.createElement('label'); l.htmlFor = 'of-' + i;\n"
        "      l.textContent = fld.label + (fld.required ? ' *' : '');\n"
        "      var inp = document.createElement('input'); inp.id = 'of-' + i; inp.name = 'veld' + "
        "i;\n"
        "      inp.required = fld.required; f.appendChild(l); f.appendChild(inp);\n    });\n"
        "    var s = document.createElement('button'); s.type = 'submit'; s.textContent = "
        "'Versturen';\n"
        "    f.appendChild(s); root.appendChild(f);\n  }\n})();\n</script>"
    )
    body = (
        f"<header class='utrecht-page-header'><span>{esc(org_name)}</span></header>"
        "<main class='utrecht-page-content'><h1 "
        f"class='utrecht-heading-1'>{esc(title)}</h1>{static}"
        f"{_prefill(route, row)}<div class='open-forms-sdk-root' id='openforms-container' "
        f"data-sdk-module='{base}static/sdk/open-forms-sdk.mjs' data-form-id='{form_id}' "
        f"data-base-url='{base}api/v2/' data-base-path='/{url.split('/', 3)[3]}'></div>"
        f"<noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript></main>{script}"
    )
    return _doc(
        f"{title} | {org_name}",
        body,
        head=head,
        html_class="openforms-theme",
        body_class="utrecht-document",
    )


def formdesk_page(row: Row, route: Route, url: str, org_name: str) -> str:
    title = row.title
    if route.channel == "auth":
        body = (
            f"<div class='fd-header'>{esc(org_name)}</div><h1>{esc(title)}</h1>"
            "<p>Dit formulier vereist "
            f"inloggen.</p>{login_buttons(route, url)}{_prefill(route, row)}"
        )
        return _doc(title, body, body_class="formdesk")
    rows = "".join(
        f"<tr><td><label for='fd{i}'>{esc(label)}{' *' if req else ''}</label></td>"
        f"<td><input id='fd{i}' name='fd{i}' type='text'></td></tr>"
        for i, (label, req) in enumerate(field_labels(row))
    )
    body = (
        f"<div class='fd-header'>{esc(org_name)}</div><form method='post' action='{esc(url)}' "
        f"id='formdesk'><h1>{esc(title)}</h1><p>Velden met een * zijn verplicht.</p><table>{rows}"
        "</table><input type='submit' value='Verzenden'></form>"
        "<p class='fd-footer'>Formulier aangeboden via Formdesk</p>"
    )
    return _doc(title, body, body_class="formdesk")


def iform_page(row: Row, url: str, org_name: str) -> str:
    fields = "".join(
        _input(label, req, i + 1, "P_VELD") for i, (label, req) in enumerate(field_labels(row))
    )
    body = (
        f"<div class='iform-kop'>{esc(org_name)} | e-formulieren</div><h1>{esc(row.title)}</h1>"
        "<form action='/pls/iform/formEgemFormVerwerk' method='post' name='iform'>"
        "<input type='hidden' name='F_FORMNR' value='103217'>"
        "<p>Verplichte velden zijn met een * gemarkeerd.</p>"
        f"{fields}<input type='submit' value='Verzenden'></form>"
    )
    return _doc(row.title, body, body_class="iform")


def wizard_steps(row: Row, base: str) -> list[tuple[str, str, str]]:
    """(url, title, main html) of a three-step form on the organisation's own site."""
    fields = field_labels(row)
    first = "".join(_input(lbl, req, i + 1, "stap1") for i, (lbl, req) in enumerate(fields[:4]))
    second = "".join(_input(lbl, req, i + 1, "stap2") for i, (lbl, req) in enumerate(fields[4:]))
    head = f"<h1>{esc(row.title)}</h1>"
    return [
        (
            base,
            row.title,
            f"{head}<p class='progress'>Stap 1 van 3: Active step: Uw gegevens</p>"
            f"<form method='post' action='{base}stap-2'><p>Velden met een * zijn "
            f"verplicht</p>{first}"
            "<button type='submit'>Volgende</button></form>",
        ),
        (
            f"{base}stap-2",
            f"{row.title} - stap 2",
            f"{head}<p class='progress'>Stap 2 van 3: Uw aanvraag</p>"
            f"<form method='post' action='{base}stap-3'>{second}<button "
            "type='submit'>Volgende</button></form>",
        ),
        (
            f"{base}stap-3",
            f"{row.title} - controleren",
            f"{head}<p class='progress'>Stap 3 van 3: "
            "Controleren en verzenden</p><form method='post' "
            f"action='{base}verzonden'><p>Controleer uw "
            "gegevens.</p><button type='submit'>Versturen</button></form>",
        ),
        (
            f"{base}verzonden",
            f"{row.title} - verzonden",
            f"{head}<p>Bedankt, wij hebben uw formulier ontvangen.</p>",
        ),
    ]


def portal_page(row: Row, route: Route, url: str, org_name: str) -> str:
    title = row.title
    body = (
        f"<header class='mijn-header'><span>Mijn {esc(org_name)}</span></header><main>"
        f"<h1>{esc(title)}</h1><p>Log in om uw aanvraag te doen. Wij bewaren uw gegevens "
        "veilig.</p>"
        f"{login_buttons(route, url)}{_prefill(route, row)}</main>"
    )
    return _doc(f"{title} - Mijn {org_name}", body, body_class="mijn-portal")
