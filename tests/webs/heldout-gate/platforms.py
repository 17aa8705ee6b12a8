"""Form platforms on their own hosts, and the shared bodies (tax offices, social services,
waste companies, parking portals, Omgevingsloket, BIJ12, omgevingsdienst)."""
import json

from web_core import (U, put, esc, login_start, slugify, under, num, form_pdf, size_label,
                      page_simple, note_structure, redirect, exists)

FIELDS = {
    "default": ["Voorletters en achternaam", "Straat en huisnummer", "Postcode", "Woonplaats",
                "Telefoonnummer", "E-mailadres"],
    "melding": ["Wat wilt u melden?", "Locatie (straat of omgeving)", "Omschrijving", "Foto (optioneel)",
                "Uw e-mailadres (optioneel)"],
    "biz": ["Naam organisatie", "KvK-nummer", "Contactpersoon", "Telefoonnummer", "E-mailadres"],
}


def fields_for(key, biz=False):
    if key in ("melding-openbare-ruimte",):
        return FIELDS["melding"]
    return FIELDS["biz"] if biz else FIELDS["default"]


def _simple_form_html(fields, submit="Versturen", action="", legend=""):
    rows = "".join("<div class='form-row'><label for='f%d'>%s</label><input id='f%d' name='f%d' type='text'></div>"
                   % (i, esc(f), i, i) for i, f in enumerate(fields))
    return ("<form method='post' action='%s' class='eform'>%s%s<div class='form-actions'><button type='submit'>%s"
            "</button></div></form>" % (esc(action), legend, rows, esc(submit)))


# ===================================================================== Open Formulieren
OF_REGISTRY = {}     # host -> {slug: definition}


def of_form(org, key, kind, name, intro=""):
    """A standalone Open-Forms-like form page; the form (or login buttons) exist only after
    the SDK script runs. Returns the form page URL."""
    host = "formulieren.%s.test" % org["sub"]
    slug = slugify(name)
    auth = {"digid": ["digid"], "ehk": ["eherkenning"], "digid_ehk": ["digid", "eherkenning"],
            "anon": []}[kind]
    base = U(host, "/")
    for p in auth:
        login_start(U(host, "/auth/%s/%s/start" % (slug, p)), p, "%s-%s" % (org["sub"], slug),
                    broker=num(org["code"]) % 2)
    OF_REGISTRY.setdefault(host, {})[slug] = {
        "name": name, "slug": slug, "loginRequired": bool(auth), "loginOptions": auth,
        "explanation": intro or ("Vul dit formulier in. Het invullen duurt ongeveer 10 minuten."),
        "steps": ["Uw gegevens", "Uw aanvraag", "Controleren en verzenden"],
        "fields": fields_for(key, biz=(kind == "ehk")),
    }
    page = ("<!DOCTYPE html><html lang='nl' class='openforms-theme'><head><meta charset='utf-8'>"
            "<title>%s - %s</title><meta name='viewport' content='width=device-width, initial-scale=1'>"
            "<link rel='stylesheet' href='/static/sdk/open-forms-sdk.css'></head>"
            "<body class='utrecht-document utrecht-page'><header class='utrecht-page-header'>"
            "<img src='/media/logo.svg' alt='%s'></header><main class='utrecht-page-content'>"
            "<div class='open-forms-sdk-root' id='openforms-container' data-sdk-module='/static/sdk/open-forms-sdk.js' "
            "data-form-id='%s' data-base-url='%sapi/v2/' data-base-path='/%s/' data-lang='nl'></div>"
            "<noscript>Om dit formulier te gebruiken moet u JavaScript inschakelen in uw browser.</noscript>"
            "</main><script src='/static/sdk/open-forms-sdk.js'></script>"
            "<script>new OpenForm(document.getElementById('openforms-container'), {baseUrl: '%sapi/v2/', "
            "formId: '%s', basePath: '/%s/'}).init();</script></body></html>"
            % (esc(name), esc(org["name"]), esc(org["name"]), slug, base, slug, base, slug, slug))
    put(host, "/%s/" % slug, page)
    note_structure("js_only_form")
    return U(host, "/%s/" % slug)


def of_embed_snippet(org, key, kind, name):
    """The embed snippet for a product page (NL Design System sites embed Open Forms)."""
    url = of_form(org, key, kind, name)
    host = "formulieren.%s.test" % org["sub"]
    slug = slugify(name)
    snippet = ("<div class='utrecht-form-container utrecht-form-container--openforms'>"
            "<div class='open-forms-sdk-root' id='openforms-container' data-form-id='%s' "
            "data-base-url='%s' data-base-path='/'></div>"
            "<noscript><p>Schakel JavaScript in om het formulier te zien.</p></noscript></div>"
            "<script src='%s'></script><script>new OpenForm(document.getElementById('openforms-container'), "
            "{baseUrl: '%s', formId: '%s', basePath: location.pathname}).init();</script>"
            % (slug, U(host, "/api/v2/"), U(host, "/static/sdk/open-forms-sdk.js"), U(host, "/api/v2/"), slug))
    return snippet, url


OF_SDK = r"""/* open-forms-sdk (simulated build) */
(function(){
var FORMS = %s;
var LABELS = {digid: 'DigiD', eherkenning: 'eHerkenning', eidas: 'eIDAS'};
function el(t, a, txt){var e=document.createElement(t); for(var k in (a||{})){e.setAttribute(k,a[k]);} if(txt){e.textContent=txt;} return e;}
function OpenForm(root, opts){this.root=root; this.opts=opts;}
OpenForm.prototype.init = function(){
  var f = FORMS[this.opts.formId]; var root=this.root; var base=this.opts.baseUrl.replace(/api\/v2\/$/, '');
  if(!f){root.appendChild(el('p',{},'Dit formulier is niet (meer) beschikbaar.')); return;}
  var card = el('div',{'class':'openforms-card utrecht-form'});
  card.appendChild(el('h1',{'class':'utrecht-heading-1'}, f.name));
  card.appendChild(el('p',{'class':'utrecht-paragraph'}, f.explanation));
  var steps = el('ol',{'class':'openforms-progress-indicator'});
  f.steps.forEach(function(s){steps.appendChild(el('li',{},s));}); card.appendChild(steps);
  if(f.loginRequired){
    card.appendChild(el('p',{'class':'utrecht-paragraph'}, 'Log in om het formulier te starten.'));
    f.loginOptions.forEach(function(p){
      var a = el('a',{'class':'utrecht-button-link utrecht-button-link--primary openforms-login-button',
        'href': base + 'auth/' + f.slug + '/' + p + '/start?next=' + encodeURIComponent(location.href)},
        'Inloggen met ' + LABELS[p]);
      var logo = el('img',{'src': base + 'static/img/' + p + '.svg', 'alt': LABELS[p], 'class':'openforms-login-logo'});
      var w = el('div',{'class':'openforms-login-option'}); w.appendChild(logo); w.appendChild(a); card.appendChild(w);
    });
  } else {
    var form = el('form',{'method':'post','action': base + 'api/v2/submissions','class':'openforms-form'});
    f.fields.forEach(function(l,i){var d=el('div',{'class':'utrecht-form-field'}); d.appendChild(el('label',{'for':'veld'+i},l));
      d.appendChild(el('input',{'id':'veld'+i,'name':'veld'+i,'type':'text','class':'utrecht-textbox'})); form.appendChild(d);});
    var b = el('button',{'type':'submit','class':'utrecht-button utrecht-button--primary'},'Volgende'); form.appendChild(b);
    card.appendChild(el('p',{'class':'utrecht-paragraph'},'U kunt dit formulier invullen zonder in te loggen.'));
    card.appendChild(form);
  }
  root.appendChild(card);
};
window.OpenForm = OpenForm;
})();
"""


def of_finish():
    for host, forms in OF_REGISTRY.items():
        put(host, "/static/sdk/open-forms-sdk.js", OF_SDK % json.dumps(forms, ensure_ascii=False, sort_keys=True))
        put(host, "/static/sdk/open-forms-sdk.css", ".openforms-card{max-width:48rem}")
        put(host, "/static/img/digid.svg", __import__("web_core").DIGID_SVG)
        put(host, "/static/img/eherkenning.svg", __import__("web_core").EH_SVG)
        put(host, "/media/logo.svg", "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'/>")
        put(host, "/", page_simple("Open Formulieren", "Formulieren",
                                   "<p>Kies een formulier via de website van de gemeente.</p>"))
        put(host, "/robots.txt", "User-agent: *\nDisallow: /auth/\nDisallow: /api/\n")


def of_iframe_page(org, key, kind, name):
    """A server-rendered embed page of the form host, shown inside an <iframe>."""
    host = "formulieren.%s.test" % org["sub"]
    slug = slugify(name)
    auth = {"digid": ["digid"], "ehk": ["eherkenning"], "digid_ehk": ["digid", "eherkenning"],
            "anon": []}[kind]
    body = "<h2>%s</h2>" % esc(name)
    if auth:
        for p in auth:
            u = login_start(U(host, "/auth/%s/%s/start" % (slug, p)), p, "%s-%s" % (org["sub"], slug))
            body += ("<p><a target='_top' class='utrecht-button-link' href='%s'>Inloggen met %s</a></p>"
                     % (u, "DigiD" if p == "digid" else "eHerkenning"))
    else:
        body += "<p>U hoeft niet in te loggen.</p>" + _simple_form_html(fields_for(key), "Volgende",
                                                                          U(host, "/api/v2/submissions"))
    put(host, "/%s/embed" % slug, "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>%s</title>"
        "</head><body class='openforms-embed'>%s</body></html>" % (esc(name), body))
    note_structure("iframe_cta")
    return U(host, "/%s/embed" % slug)


# ===================================================================== generic gate pages
def gate_page(org, host, path, title, providers, relay, brand, intro="", prefill_text="", extra="",
              login_paths=None, img_only=False, broker=0):
    """A form start page that asks the user to log in (DigiD and/or eHerkenning)."""
    btns = ""
    for p in providers:
        lp = (login_paths or {}).get(p) or "%s/%s/inloggen" % (path.rstrip("/"), p)
        u = login_start(U(host, lp), p, relay, broker)
        label = {"digid": "Inloggen met DigiD", "eherkenning": "Inloggen met eHerkenning",
                 "eidas": "Inloggen met eIDAS (Europees inlogmiddel)"}[p]
        if img_only:
            btns += "<p><a href='%s'><img src='/img/%s.svg' alt='%s'></a></p>" % (u, p, label)
        else:
            btns += ("<p class='login-option login-option--%s'><img src='/img/%s.svg' alt='' width='40'> "
                     "<a class='button' href='%s'>%s</a></p>" % (p, p, u, label))
    put(host, "/img/digid.svg", __import__("web_core").DIGID_SVG)
    put(host, "/img/eherkenning.svg", __import__("web_core").EH_SVG)
    put(host, "/img/eidas.svg", "<svg xmlns='http://www.w3.org/2000/svg' width='40' height='40'><title>eIDAS</title></svg>")
    body = ("<p>%s</p>%s<p>U logt eerst in. Daarna vult u het formulier in.</p>%s%s"
            % (esc(intro or "Met dit formulier regelt u het online."),
               ("<p class='prefill'>%s</p>" % esc(prefill_text)) if prefill_text else "", btns, extra))
    put(host, path, page_simple(brand, title, body))
    return U(host, path)


def anon_page(org, host, path, title, key, brand, intro="", legend=True, biz=False):
    leg = "<p class='gform_required_legend'>\"<span class='gfield_required'>*</span>\" geeft vereiste velden aan</p>" if legend else ""
    body = "<p>%s</p>%s" % (esc(intro or "Vul het formulier in. U hoeft niet in te loggen."),
                            _simple_form_html(fields_for(key, biz), "Versturen", U(host, path), leg))
    put(host, path, page_simple(brand, title, body))
    return U(host, path)


# ===================================================================== per-platform routes
def platform_route(site, key, kind, plat, name, prefill_text=""):
    """Create the form for (org, product) on platform `plat`. Returns (entry_url, route_url,
    description, embed_html). entry_url is what the product page links to."""
    org = site.org
    sub = org["sub"]
    relay = "%s-%s" % (sub, slugify(name))
    provs = {"digid": ["digid"], "ehk": ["eherkenning"], "digid_ehk": ["digid", "eherkenning"], "anon": []}[kind]
    if plat == "of":
        u = of_form(org, key, kind, name)
        return u, u, "Open Formulieren form on %s (built by JavaScript)" % u.split("/")[2], ""
    if plat == "of_embed":
        snippet, u = of_embed_snippet(org, key, kind, name)
        return None, None, "Open Formulieren form embedded in the product page (JavaScript)", snippet
    if plat == "tef":
        host = "formulieren.%s.test" % sub
        path = "/TriplEforms/DirectRegelen/formulier/nl-NL/ev%s/%s.aspx" % (org["short"].replace(" ", ""),
                                                                           under(name).replace("-", "_"))
        if provs:
            btns = ""
            for p in provs:
                lp = "/TriplEforms/DirectRegelen/Login/%s.aspx" % ("DigiD" if p == "digid" else "eHerkenning")
                lu = login_start(U(host, lp), p, relay)
                btns += ("<input type='button' class='tef-button' value='Inloggen met %s' "
                         "onclick=\"window.location='%s?ReturnUrl=%s'\">"
                         % ("DigiD" if p == "digid" else "eHerkenning", lu, esc(path)))
            body = ("<form method='post' action='%s' id='aspnetForm'><input type='hidden' name='__VIEWSTATE' "
                    "value='/wEPDwUKMTY1NDU2MTA1MmRk'><div class='tef-step'>Stap 1 van 5: Inloggen</div>"
                    "<p>Voor dit formulier moet u inloggen.</p>%s</form>" % (esc(path), btns))
        else:
            body = ("<form method='post' action='%s' id='aspnetForm'><input type='hidden' name='__VIEWSTATE' "
                    "value='/wEPDwUKMTY1NDU2MTA1MmRk'><div class='tef-step'>Stap 1 van 3: Uw gegevens</div>%s"
                    "<input type='submit' name='ctl00$btnVolgende' value='Volgende'></form>"
                    % (esc(path), "".join("<label>%s <input name='ctl00$f%d'></label>" % (esc(f), i)
                                         for i, f in enumerate(fields_for(key)))))
        if prefill_text:
            body = "<p>%s</p>" % esc(prefill_text) + body
        put(host, path, page_simple(org["name"], name, body))
        return U(host, path), U(host, path), "TriplEforms .aspx form on %s" % host, ""
    if plat == "gf":
        host = "mijn.%s.test" % sub
        path = "/%s/" % slugify(name)
        if provs:
            u = gate_page(org, host, path, name, provs, relay, "Mijn " + org["short"],
                          intro="Om dit formulier in te vullen logt u in.",
                          login_paths={"digid": "/digid/inloggen/", "eherkenning": "/eherkenning/inloggen/"},
                          prefill_text=prefill_text)
        else:
            u = anon_page(org, host, path, name, key, "Mijn " + org["short"])
        return u, u, "Gravity Forms page on %s" % host, ""
    if plat == "iform":
        host = "zaken.%s.test" % sub
        nr = num(org["code"] + key + name, 100000, 999999)
        path = "/pls/iform/formEgemFormToon?F_FORMNR=%d" % nr
        if provs:
            lu = login_start(U(host, "/pls/iform/digid_aanmelden"), "digid", relay)
            body = ("<div class='iform'><p>U moet inloggen met DigiD om dit formulier te gebruiken.</p>"
                    "<a class='knop' href='%s?P_FORMNR=%d'><img src='/iform/img/digid.gif' alt='DigiD'> Inloggen</a>"
                    "</div>" % (lu, nr))
            put(host, "/iform/img/digid.gif", __import__("web_core").DIGID_SVG)
        else:
            body = "<div class='iform'>%s</div>" % _simple_form_html(fields_for(key), "Verzenden",
                                                                     "/pls/iform/formEgemFormVerwerk")
        put(host, path, page_simple("e-Loket " + org["short"], name, body))
        return U(host, path), U(host, path), "iForm e-form (?F_FORMNR=) on %s" % host, ""
    if plat == "fd":
        host = "www.formdesk.test"
        acct = {"gemeente": "gemeente", "provincie": "provincie"}.get(org["type"], "") + slugify(org["short"]).replace("-", "")
        path = "/%s/%s" % (acct, under(name).replace("-", "_"))
        u = anon_page(org, host, path, name, key, "Formdesk", legend=False)
        return u, u, "anonymous Formdesk form", ""
    if plat == "own":
        host = site.host
        if provs:
            path = "/e-formulieren/%s" % slugify(name)
            u = gate_page(org, host, path, name, provs, relay, org["name"],
                          intro="Met dit e-formulier regelt u het direct online.", prefill_text=prefill_text)
            return u, u, "own e-form start page with %s login" % "/".join(
                {"digid": "DigiD", "eherkenning": "eHerkenning"}[x] for x in provs), ""
        path = "/formulieren/%s" % slugify(name)
        u = anon_page(org, host, path, name, key, org["name"], legend=False)
        return u, u, "anonymous web form on the organisation's own site", ""
    if plat == "belastingportaal":
        host = "belastingen.%s.test" % sub
        path = "/%s" % slugify(name)
        u = gate_page(org, host, path, name, provs or ["digid"], relay, "Belastingen " + org["short"],
                      intro="Regel uw belastingzaken online in Mijn Belastingzaken.", prefill_text=prefill_text,
                      login_paths={"digid": "/inloggen/digid", "eherkenning": "/inloggen/eherkenning"})
        return u, u, "Mijn Belastingzaken portal with DigiD", ""
    if plat == "hb":
        host = "eloket.%s.test" % sub
        path = "/formulier/%s" % slugify(name)
        if provs:
            u = gate_page(org, host, path, name, provs, relay, "E-loket " + org["short"],
                          login_paths={"digid": "/digid/login", "eherkenning": "/eherkenning/login"},
                          prefill_text=prefill_text)
        else:
            u = anon_page(org, host, path, name, key, "E-loket " + org["short"], legend=False)
        return u, u, "e-loket form on %s" % host, ""
    if plat == "ef":
        host = "eformulieren.%s.test" % sub
        path = "/formulier/%s" % slugify(name)
        if provs:
            u = gate_page(org, host, path, name, provs, relay, "eFormulieren " + org["short"], img_only=True,
                          intro="Kies hoe u wilt inloggen.",
                          login_paths={"digid": "/auth/digid", "eherkenning": "/auth/eherkenning"},
                          prefill_text=prefill_text)
        else:
            u = anon_page(org, host, path, name, key, "eFormulieren " + org["short"])
        return u, u, "eFormulieren form on %s" % host, ""
    if plat == "signalen":
        host = "meldingen.%s.test" % sub
        path = "/incident/beschrijf"
        page = ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Melding openbare ruimte - %s"
                "</title></head><body><div id='app'></div><noscript>U heeft JavaScript nodig om een melding te doen."
                "</noscript><script>(function(){var app=document.getElementById('app');"
                "var h=document.createElement('h1');h.textContent='Beschrijf uw melding';app.appendChild(h);"
                "var f=document.createElement('form');f.method='post';f.action='/incident/samenvatting';"
                "['Waar gaat het om?','Waar is het?','Uw e-mailadres (niet verplicht)'].forEach(function(l,i){"
                "var lab=document.createElement('label');lab.textContent=l;var inp=document.createElement('input');"
                "inp.name='veld'+i;lab.appendChild(inp);f.appendChild(lab);});var b=document.createElement('button');"
                "b.type='submit';b.textContent='Volgende';f.appendChild(b);app.appendChild(f);})();</script>"
                "</body></html>" % esc(org["name"]))
        put(host, path, page)
        put(host, "/", "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>Meldingen</title>"
            "</head><body><h1>Meldingen %s</h1><p><a href='/incident/beschrijf'>Doe een melding</a></p></body></html>"
            % esc(org["short"]))
        note_structure("js_only_form")
        return U(host, path), U(host, path), "Signalen melding app (form built by JavaScript)", ""
    if plat == "fixi":
        host = "www.fixi.test"
        path = "/%s/melding" % slugify(org["short"])
        u = anon_page(org, host, path, "Melding openbare ruimte %s" % org["short"], key, "Fixi", legend=False,
                      intro="Geef op de kaart aan waar het probleem is en beschrijf het.")
        return u, u, "Fixi melding form", ""
    if plat in ("brabantloket", "brabantsubsidie"):
        host = "loket.brabant.test" if plat == "brabantloket" else "subsidies.brabant.test"
        path = "/formulieren/%s" % slugify(name) if plat == "brabantloket" else "/aanvragen/%s" % slugify(name)
        if provs:
            u = gate_page(org, host, path, name, provs + (["eidas"] if "eherkenning" in provs else []), relay,
                          "Provincie Noord-Brabant", prefill_text=prefill_text,
                          intro="Voor deze aanvraag logt u in met eHerkenning (bedrijven) of DigiD (particulieren).")
        else:
            u = anon_page(org, host, path, name, key, "Provincie Noord-Brabant", legend=False)
        return u, u, "form on %s" % host, ""
    if plat == "mijnws":
        host = "mijn.%s.test" % sub
        path = "/%s" % slugify(name)
        u = gate_page(org, host, path, name, provs or ["digid"], relay, "Mijn " + org["short"],
                      intro="Log in op Mijn %s om dit te regelen." % org["short"], prefill_text=prefill_text,
                      login_paths={"digid": "/login/digid", "eherkenning": "/login/eherkenning"})
        return u, u, "Mijn %s portal" % org["short"], ""
    if plat == "mijnsvb":
        host = "mijn.svb.test"
        path = "/%s" % slugify(name)
        u = gate_page(org, host, path, name, ["digid"], relay, "Mijn SVB",
                      intro="Log in met DigiD. Daarna kunt u de aanvraag invullen.", prefill_text=prefill_text,
                      login_paths={"digid": "/inloggen/digid"})
        return u, u, "Mijn SVB with DigiD", ""
    raise ValueError(plat)


# ===================================================================== shared bodies
SHARED = {
    "bsgw": dict(host="www.bsgw.test", name="BsGW", full="BsGW (Belastingsamenwerking Gemeenten en Waterschappen)",
                 form_host="mijn.bsgw.test"),
    "bwb": dict(host="www.bwb.test", name="BWB", full="Belastingsamenwerking West-Brabant (BWB)",
                form_host="www.bwb.test"),
    "bsr": dict(host="www.bsr-rivierenland.test", name="BSR", full="Belastingsamenwerking Rivierenland (BSR)",
                form_host="loket.bsr-rivierenland.test"),
    "nbk": dict(host="www.noordelijkbelastingkantoor.test", name="Noordelijk Belastingkantoor",
                full="Noordelijk Belastingkantoor (NBK)", form_host="mijn.noordelijkbelastingkantoor.test"),
    "werkplein": dict(host="www.werkpleinhvwb.test", name="Werkplein Hart van West-Brabant",
                      full="Werkplein Hart van West-Brabant", form_host="aanvragen.werkpleinhvwb.test"),
    "werkzaak": dict(host="www.werkzaakrivierenland.test", name="Werkzaak Rivierenland",
                     full="Werkzaak Rivierenland", form_host="digitaal.werkzaakrivierenland.test"),
    "avri": dict(host="www.avri.test", name="Avri", full="Avri (afval en reiniging Rivierenland)",
                 form_host="mijn.avri.test"),
    "omrin": dict(host="www.omrin.test", name="Omrin", full="Omrin", form_host="www.omrin.test"),
    "parkeerservice": dict(host="amstelveen.parkeerservice.test", name="Parkeerservice",
                           full="Parkeerservice (parkeervergunningen Amstelveen)", form_host="amstelveen.parkeerservice.test"),
    "parkeerzeist": dict(host="zeist.mijnparkeerloket.test", name="Parkeerloket Zeist",
                         full="Mijn Parkeerloket Zeist", form_host="zeist.mijnparkeerloket.test"),
    "olo": dict(host="omgevingswet.overheid.test", name="Omgevingsloket", full="Omgevingsloket",
                form_host="omgevingswet.overheid.test"),
    "odbn": dict(host="www.odbn.test", name="Omgevingsdienst Brabant Noord",
                 full="Omgevingsdienst Brabant Noord (ODBN)", form_host="www.odbn.test"),
    "bij12": dict(host="www.bij12.test", name="BIJ12", full="BIJ12", form_host="mijnfaunazaken.bij12.test"),
}

PREFILL_TAX = ("Na het inloggen staan uw gegevens en de gegevens van uw aanslag al ingevuld in het formulier.")


def _shared_home(b):
    s = SHARED[b]
    if not exists(s["host"], "/"):
        put(s["host"], "/", page_simple(s["name"], s["full"],
                                        "<p>Welkom bij %s.</p><p><a href='/contact'>Contact</a></p>" % esc(s["full"])))
        put(s["host"], "/contact", page_simple(s["name"], "Contact",
                                               "<p>Bel ons op werkdagen van 9.00 tot 17.00 uur.</p>"
                                               "<p><a href='mailto:info@%s'>info@%s</a></p>"
                                               % (s["host"][4:] if s["host"].startswith("www.") else s["host"],
                                                  s["host"][4:] if s["host"].startswith("www.") else s["host"])))
        put(s["host"], "/robots.txt", "User-agent: *\nAllow: /\n")


OLO_DONE = []


def olo_site():
    if OLO_DONE:
        return
    OLO_DONE.append(1)
    h = "omgevingswet.overheid.test"
    put(h, "/", page_simple("Omgevingsloket", "Omgevingsloket",
                            "<p>In het Omgevingsloket checkt u of u een vergunning nodig heeft, en vraagt u een "
                            "vergunning aan of doet u een melding.</p><ul><li><a href='/checken'>Vergunningcheck doen"
                            "</a></li><li><a href='/aanvragen'>Aanvraag of melding indienen</a></li></ul>"))
    btns = ""
    for p, lab in (("digid", "Inloggen met DigiD"), ("eherkenning", "Inloggen met eHerkenning"),
                   ("eidas", "Inloggen met eIDAS")):
        u = login_start(U(h, "/aanvragen/inloggen/%s" % p), p, "olo-aanvragen")
        btns += "<p><a class='button' href='%s'>%s</a></p>" % (u, lab)
    put(h, "/aanvragen", page_simple(
        "Omgevingsloket", "Aanvragen en melden",
        "<p>Dien uw aanvraag of melding in bij de gemeente, de provincie of het waterschap. Log eerst in.</p>"
        + btns + "<p>Na het inloggen haalt het Omgevingsloket uw gegevens op uit de basisregistraties (BRP of "
        "Handelsregister). Uw naam en adres zijn dan al ingevuld.</p>"))
    put(h, "/checken", page_simple(
        "Omgevingsloket", "Vergunningcheck",
        "<p>Met de vergunningcheck ziet u of u een vergunning nodig heeft. U hoeft niet in te loggen. De check "
        "is geen aanvraag.</p><form method='get' action='/checken/locatie'><label>Postcode <input name='postcode'>"
        "</label><label>Huisnummer <input name='huisnummer'></label><button>Start de check</button></form>"))
    put(h, "/checken/locatie", page_simple("Omgevingsloket", "Vergunningcheck - locatie",
                                           "<p>Kies de werkzaamheden die u wilt uitvoeren.</p>"))
    put(h, "/robots.txt", "User-agent: *\nDisallow: /aanvragen/inloggen/\n")


def shared_route(site, key, body, vk, name, prefill=False):
    """The other body's route. Returns (link_url, route_url, via_host, description)."""
    org = site.org
    s = SHARED[body]
    if body == "olo":
        olo_site()
        return U(s["host"], "/aanvragen"), U(s["host"], "/aanvragen"), s["host"], \
            "national Omgevingsloket (DigiD/eHerkenning login, states pre-fill)"
    _shared_home(body)
    fh = s["form_host"]
    slug = slugify(name)
    relay = "%s-%s" % (body, slug)
    if vk in ("digid", "digid_ehk"):
        provs = ["digid"] if vk == "digid" else ["digid", "eherkenning"]
        if body in ("bsgw", "bwb", "bsr", "nbk"):
            provs = ["digid", "eherkenning"]
        path = "/%s" % slug if fh != s["host"] else "/formulieren/%s" % slug
        if exists(fh, path):
            route = U(fh, path)
        else:
            route = gate_page(org, fh, path, name, provs, relay, s["name"],
                              prefill_text=PREFILL_TAX if prefill else "",
                              intro="Regel dit online bij %s." % s["full"])
        desc = "%s form behind %s" % (s["name"], "DigiD/eHerkenning" if len(provs) > 1 else "DigiD")
    elif vk == "anon":
        path = "/%s" % slug if fh != s["host"] else "/formulieren/%s" % slug
        route = U(fh, path) if exists(fh, path) else anon_page(org, fh, path, name, key, s["name"], legend=False)
        desc = "anonymous form of %s" % s["name"]
    elif vk == "pdf":
        path = "/documenten/%s.pdf" % slug
        if not exists(s["host"], path):
            put(s["host"], path, form_pdf(name, s["full"], "Postbus %d" % num(body, 100, 999),
                                          "Gebruik dit formulier om %s aan te vragen." % name.lower(),
                                          fields_for(key)))
        route = U(s["host"], path)
        desc = "PDF form of %s" % s["name"]
    else:
        raise ValueError(vk)
    # the body's own information page that links to the route
    info_path = "/%s" % slugify(site.txt(key)["title"])
    if body in ("parkeerservice", "parkeerzeist"):
        info_path = "/"
    if not exists(s["host"], info_path):
        link_text = {"digid": "Direct regelen met DigiD", "digid_ehk": "Inloggen en aanvragen",
                     "anon": "Naar het formulier", "pdf": "Download het formulier (pdf)"}[vk]
        put(s["host"], info_path, page_simple(
            s["name"], site.txt(key)["title"] if info_path != "/" else s["full"],
            "<p>%s voert deze taak uit voor meerdere gemeenten en waterschappen in de regio.</p>"
            "<p>%s</p><p><a class='button' href='%s'>%s</a></p>"
            % (esc(s["full"]), esc(site.txt(key)["wat"]), route, link_text)))
    # half of the organisations link straight to the route, the others to the body's page
    link = U(s["host"], info_path) if num(org["code"] + key) % 2 else route
    return link, route, s["host"], desc
