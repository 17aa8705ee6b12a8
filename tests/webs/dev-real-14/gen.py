# -*- coding: utf-8 -*-
"""Generator of the web-dev14 held-out web (deterministic; no randomness).

    python gen.py [--out web]

Writes web/sites/<host>/..., web/testweb.json, web/organisations.csv, web/labels.csv,
web/search/*.  Sites, plans and wordings are hand-written below and in content.py.
"""
import csv, json, os, re, shutil, sys, zlib, html, posixpath
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from content import TITLES, SHORT, SECTION, WATER, PROV  # noqa

OUT = HERE / "web"
if "--out" in sys.argv:
    OUT = Path(sys.argv[sys.argv.index("--out") + 1]).resolve()

PRODUCTS = []
for r in csv.DictReader(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'config', 'products.csv'), encoding="utf-8")):
    PRODUCTS.append({k: r[k] for k in ("product_key", "name_nl", "org_types", "audience", "offered_by")})
PNAME = {p["product_key"]: p["name_nl"] for p in PRODUCTS}
PAUD = {p["product_key"]: p["audience"] for p in PRODUCTS}

FILES = {}          # (host, path) -> bytes
BEH = {"redirects": [], "host_redirects": [], "not_found_pages": [], "searches": [], "statuses": [], "delays": []}
SEARCH = {}         # host -> list of {url,title,text}
LABELS = []
FEATURES = {}       # structure -> count


def feat(name, n=1):
    FEATURES[name] = FEATURES.get(name, 0) + n


def esc(s):
    return html.escape(s, quote=True)


def slugify(s):
    s = s.lower()
    for a, b in (("é", "e"), ("ë", "e"), ("ï", "i"), ("ó", "o"), ("â", "a"), ("ú", "u"), ("ê", "e")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def put(host, path, content):
    if isinstance(content, str):
        content = content.encode("utf-8")
    FILES[(host, path)] = content


def url(host, path):
    return "http://%s%s" % (host, path)


# ---------------------------------------------------------------- PDF writer
def pdf_bytes(title, lines, form=False):
    """A small but valid PDF (one page, Helvetica); form=True draws boxes and lines to fill in."""
    def pesc(t):
        t = t.encode("latin-1", "replace").decode("latin-1")
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 16 Tf 50 790 Td (%s) Tj ET" % pesc(title)]
    y = 755
    for ln in lines:
        ops.append("BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (y, pesc(ln)))
        if form and ln.endswith(":"):
            ops.append("0.5 w 200 %d m 540 %d l S" % (y - 2, y - 2))
        y -= 24 if form else 16
    if form:
        ops.append("BT /F1 10 Tf 50 %d Td (Handtekening:) Tj ET" % (y - 10))
        ops.append("1 w 200 %d 200 50 re S" % (y - 60))
        ops.append("BT /F1 10 Tf 50 %d Td (Datum:) Tj ET" % (y - 80))
        ops.append("0.5 w 200 %d m 400 %d l S" % (y - 82, y - 82))
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            ("<< /Title (%s) /Producer (web-dev14 gen.py) >>" % pesc(title)).encode("latin-1")]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def form_pdf(host, path, title, org_name):
    lines = [org_name, "", "1. Gegevens aanvrager", "Naam en voorletters:", "Adres:", "Postcode en woonplaats:",
             "Telefoonnummer:", "E-mailadres:", "", "2. Gegevens aanvraag", "Omschrijving:", "Locatie:", "Datum of periode:",
             "", "Stuur het ingevulde formulier met de bijlagen naar het postadres van de organisatie", "of lever het in bij de balie."]
    put(host, path, pdf_bytes("Aanvraagformulier " + title, lines, form=True))
    feat("pdf_form")
    return url(host, path)


def reg_pdf(host, path, title, org_name):
    lines = [org_name, "", "Artikel 1 Begripsbepalingen", "In deze verordening wordt verstaan onder ...",
             "Artikel 2 Reikwijdte", "Artikel 3 Tarieven", "De tarieven zijn opgenomen in de bij deze verordening behorende tabel.",
             "Artikel 4 Inwerkingtreding", "Deze verordening treedt in werking op 1 januari 2026."]
    put(host, path, pdf_bytes(title, lines, form=False))
    feat("trap_regulation_pdf")
    return url(host, path)


DIGID_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48">'
             '<rect width="48" height="48" rx="6" fill="#000"/><text x="6" y="30" fill="#fff" font-size="14" '
             'font-family="Arial" font-weight="bold">DigiD</text><rect x="6" y="34" width="36" height="4" fill="#e17000"/></svg>')
EH_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="32"><rect width="120" height="32" fill="#fff" stroke="#00305f"/>'
          '<text x="6" y="21" fill="#00305f" font-size="13" font-family="Arial">eHerkenning</text></svg>')

# ---------------------------------------------------------------- identity providers
IDP = {"digid": "digid.test", "eh": "eherkenning.test"}


def idp_pages():
    put("digid.test", "/inloggen", """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>DigiD | Inloggen</title></head>
<body><header><img src="/img/digid.svg" alt="DigiD"></header><main><h1>Inloggen bij een organisatie</h1>
<p>Kies hoe u wilt inloggen.</p><ul><li><a href="/inloggen-app">Met de DigiD app</a></li><li><a href="/inloggen-sms">Met gebruikersnaam, wachtwoord en sms-controle</a></li></ul>
<form method="post" action="/inloggen-sms"><label>DigiD gebruikersnaam <input name="username"></label><label>Wachtwoord <input type="password" name="password"></label><button>Inloggen</button></form>
<p><a href="/annuleren">Annuleren</a></p></main></body></html>""")
    put("digid.test", "/inloggen-app", "<!DOCTYPE html><html lang=nl><head><meta charset=utf-8><title>DigiD app</title></head><body><h1>Scan de QR-code met de DigiD app</h1></body></html>")
    put("digid.test", "/inloggen-sms", "<!DOCTYPE html><html lang=nl><head><meta charset=utf-8><title>DigiD sms</title></head><body><h1>Voer de sms-code in</h1><form method=post><input name=code><button>Volgende</button></form></body></html>")
    put("digid.test", "/annuleren", "<!DOCTYPE html><html lang=nl><head><meta charset=utf-8><title>DigiD</title></head><body><h1>U hebt het inloggen geannuleerd</h1></body></html>")
    put("digid.test", "/img/digid.svg", DIGID_SVG)
    put("digid.test", "/", "<!DOCTYPE html><html lang=nl><head><meta charset=utf-8><title>DigiD</title></head><body><h1>DigiD</h1><p>Met DigiD logt u veilig in bij de overheid.</p></body></html>")
    put("eherkenning.test", "/kies-middel", """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Inloggen met eHerkenning</title></head>
<body><h1>Kies uw eHerkenningsleverancier</h1><ul><li><a href="/leverancier/1">Leverancier A</a></li><li><a href="/leverancier/2">Leverancier B</a></li>
<li><a href="/eidas">Inloggen met een Europees erkend inlogmiddel (eIDAS)</a></li></ul></body></html>""")
    for p in ("/leverancier/1", "/leverancier/2", "/eidas"):
        put("eherkenning.test", p, "<!DOCTYPE html><html lang=nl><head><meta charset=utf-8><title>Inloggen</title></head><body><h1>Inloggen</h1><form method=post><input name=user><input type=password name=pw><button>Inloggen</button></form></body></html>")
    put("eherkenning.test", "/", "<!DOCTYPE html><html lang=nl><head><meta charset=utf-8><title>eHerkenning</title></head><body><h1>eHerkenning</h1></body></html>")


def login_start(host, path, kind):
    """A login start URL that answers 302 to the identity provider; returns its URL."""
    loc = "http://digid.test/inloggen?sp=%s" % host if kind == "digid" else "http://eherkenning.test/kies-middel?sp=%s" % host
    u = url(host, path)
    if not any(r["url"] == u for r in BEH["redirects"]):
        BEH["redirects"].append({"url": u, "status": 302, "location": loc})
    return u


def simple_page(title, body, lang="nl", extra_head=""):
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\"><title>%s</title>"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">%s</head>\n<body>\n%s\n</body></html>\n"
            % (lang, esc(title), extra_head, body))


FIELDS = '''<div class="field"><label for="naam">Naam</label><input id="naam" name="naam" required></div>
<div class="field"><label for="adres">Adres</label><input id="adres" name="adres"></div>
<div class="field"><label for="email">E-mailadres</label><input id="email" type="email" name="email" required></div>
<div class="field"><label for="tel">Telefoonnummer</label><input id="tel" name="telefoon"></div>
<div class="field"><label for="oms">Omschrijving</label><textarea id="oms" name="omschrijving" rows="6"></textarea></div>
<div class="field"><label for="bijlage">Bijlage (optioneel)</label><input id="bijlage" type="file" name="bijlage"></div>'''


# ---------------------------------------------------------------- form platforms
class Platform:
    def __init__(self, name, host, form_path, login_path, brand, js=False, img=False):
        self.name, self.host, self.form_path, self.login_path = name, host, form_path, login_path
        self.brand, self.js, self.img = brand, js, img


def digid_link(href, img, text="Inloggen met DigiD", host=None):
    if img:
        feat("digid_image_only")
        return '<a class="digid-button" href="%s"><img src="/img/digid.svg" width="48" height="48" alt="%s"></a>' % (href, esc(text))
    return '<a class="button button--digid" href="%s">%s</a>' % (href, esc(text))


def build_form(plat, slug, title, kind, org_name):
    """Write the form (or login gate) on the platform; return (form_url, route_url, strict_level, note)."""
    fp = plat.form_path(slug)
    furl = url(plat.host, fp)
    put(plat.host, "/img/digid.svg", DIGID_SVG)
    put(plat.host, "/img/eherkenning.svg", EH_SVG)
    logins = []
    if kind in ("D", "D!", "DE"):
        logins.append(("digid", login_start(plat.host, plat.login_path(slug, "digid"), "digid")))
    if kind in ("E", "DE"):
        logins.append(("eh", login_start(plat.host, plat.login_path(slug, "eh"), "eh")))
    prefill = kind == "D!"
    strict = 100 if prefill else (67 if logins else 67)
    head = '<header class="pf-header"><span class="pf-brand">%s</span> <span class="pf-org">%s</span></header>' % (esc(plat.brand), esc(org_name))
    if plat.js:
        # Open-Formulieren-like: the page is an empty container, the script builds the form
        feat("js_only_form")
        if logins:
            parts = []
            for k, lu in logins:
                t = "Inloggen met DigiD" if k == "digid" else "Inloggen met eHerkenning"
                parts.append("var a=document.createElement('a');a.className='openforms-button';a.href=%s;a.textContent=%s;box.appendChild(a);"
                             % (json.dumps(lu), json.dumps(t)))
            pre = ("var q=document.createElement('p');q.textContent=%s;box.appendChild(q);"
                   % json.dumps("Na het inloggen halen we uw gegevens op uit de BRP. Uw naam en adres zijn dan al ingevuld.") if prefill else "")
            js = ("var box=document.getElementById('openforms-root');var h=document.createElement('h1');h.textContent=%s;box.appendChild(h);"
                  "var p=document.createElement('p');p.textContent='Log in om dit formulier te starten.';box.appendChild(p);%s%s"
                  % (json.dumps(title), pre, "".join(parts)))
            route = furl
        else:
            js = ("var box=document.getElementById('openforms-root');var h=document.createElement('h1');h.textContent=%s;box.appendChild(h);"
                  "var f=document.createElement('form');f.method='post';f.action='%s/verzenden';"
                  "['Naam','E-mailadres','Telefoonnummer','Omschrijving'].forEach(function(l){var lab=document.createElement('label');lab.textContent=l;"
                  "var i=document.createElement(l=='Omschrijving'?'textarea':'input');i.name=l.toLowerCase();lab.appendChild(i);f.appendChild(lab);});"
                  "var b=document.createElement('button');b.type='submit';b.textContent='Volgende';f.appendChild(b);box.appendChild(f);"
                  % (json.dumps(title), fp.rstrip("/")))
            route = furl
        body = (head + '<main><noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>'
                '<div id="openforms-root" data-sdk-module="/static/sdk/open-forms-sdk.mjs" data-form-id="%s"></div></main>'
                '<script>document.addEventListener("DOMContentLoaded",function(){%s});</script>' % (slug, js))
        put(plat.host, fp, simple_page(title + " - " + plat.brand, body))
        return furl, route, strict, "Open-Formulieren-like form built by JavaScript"
    if logins:
        btns = []
        for k, lu in logins:
            if k == "digid":
                btns.append(digid_link(lu, plat.img))
            else:
                btns.append('<a class="button button--eherkenning" href="%s"><img src="/img/eherkenning.svg" alt=""> Inloggen met eHerkenning</a>' % lu)
        pre = ("<p>Als u bent ingelogd, zijn uw gegevens al ingevuld. Wij halen uw naam, adres en geboortedatum op uit de Basisregistratie Personen (BRP).</p>"
               if prefill else "<p>U hebt ongeveer 10 minuten nodig om dit formulier in te vullen.</p>")
        body = (head + "<main><h1>%s</h1><p>Om dit formulier in te vullen moet u inloggen.</p>%s<div class=\"logins\">%s</div>"
                "<p><a href=\"/\">Annuleren</a></p></main>" % (esc(title), pre, " ".join(btns)))
        put(plat.host, fp, simple_page(title + " | " + plat.brand, body))
        return furl, logins[0][1], strict, ""
    body = (head + "<main><h1>%s</h1><p class=\"step\">Stap 1 van 3: uw gegevens</p>"
            "<form method=\"post\" action=\"%s\">%s<button type=\"submit\">Volgende stap</button></form></main>"
            % (esc(title), esc(fp.split("?")[0].rstrip("/") + "-verzenden"), FIELDS))
    put(plat.host, fp, simple_page(title + " | " + plat.brand, body))
    feat("anonymous_form")
    return furl, furl, 67, ""


# ---------------------------------------------------------------- shared bodies
SHARED_DONE = {}


def shared_page(host, name, slug, title, kind, text, lang="nl"):
    """A page at a shared body with a route of `kind` (D, D!, E, DE, F, P, I). Returns (page_url, route_url, level, strict)."""
    key = (host, slug)
    if key in SHARED_DONE:
        return SHARED_DONE[key]
    page = "/%s" % slug
    put(host, "/img/digid.svg", DIGID_SVG)
    route, level, strict = "", 0, 0
    block = ""
    if kind in ("D", "D!", "DE", "E"):
        parts = []
        if kind in ("D", "D!", "DE"):
            lu = login_start(host, "/mijn/inloggen/digid/%s" % slug, "digid")
            parts.append(digid_link(lu, False, "Inloggen met DigiD"))
            route = route or lu
        if kind in ("E", "DE"):
            lu = login_start(host, "/mijn/inloggen/eherkenning/%s" % slug, "eh")
            parts.append('<a class="button" href="%s">Inloggen met eHerkenning</a>' % lu)
            route = route or lu
        pre = ("<p>Na het inloggen zijn uw gegevens al ingevuld.</p>" if kind == "D!" else "")
        block = "<h2>Direct regelen</h2><p>Regel het online in uw persoonlijke omgeving.</p>%s%s" % (pre, " ".join(parts))
        level, strict = 100, (100 if kind == "D!" else 67)
    elif kind == "F":
        fpath = "/formulier/%s" % slug
        put(host, fpath, simple_page(title + " - " + name, "<h1>%s</h1><form method=\"post\" action=\"/formulier/verzenden\">%s<button>Versturen</button></form>" % (esc(title), FIELDS)))
        route, level, strict = url(host, fpath), 67, 67
        block = '<h2>Aanvragen</h2><p><a class="btn" href="%s">Vul het online formulier in</a></p>' % fpath
        feat("anonymous_form")
    elif kind == "P":
        route = form_pdf(host, "/documenten/%s.pdf" % slug, title, name)
        level, strict = 33, 33
        block = '<h2>Formulier</h2><p><a href="/documenten/%s.pdf">Formulier %s (pdf, 96 kB)</a></p>' % (slug, esc(title.lower()))
    body = ('<header><a href="/" class="logo">%s</a><nav><a href="/">Home</a> <a href="/contact">Contact</a></nav></header>'
            '<main><h1>%s</h1><p>%s</p>%s</main><footer><p>%s</p></footer>' % (esc(name), esc(title), esc(text), block, esc(name)))
    put(host, page, simple_page(title + " | " + name, body, lang))
    if (host, "/") not in FILES:
        put(host, "/", simple_page(name, '<header><span class="logo">%s</span></header><main><h1>Welkom bij %s</h1><p><a href="/contact">Contact</a></p></main>' % (esc(name), esc(name))))
        put(host, "/contact", simple_page("Contact | " + name, "<h1>Contact</h1><p>Bel ons op <a href=\"tel:0881234567\">088 123 45 67</a>.</p>"))
        put(host, "/robots.txt", "User-agent: *\nDisallow:\n")
    res = (url(host, page), route, level, strict)
    SHARED_DONE[key] = res
    return res


def omgevingsloket():
    host = "omgevingswet.overheid.test"
    if (host, "/aanvragen-en-melden") in FILES:
        return url(host, "/aanvragen-en-melden"), url(host, "/mijn-omgevingsloket/inloggen/digid")
    d = login_start(host, "/mijn-omgevingsloket/inloggen/digid", "digid")
    e = login_start(host, "/mijn-omgevingsloket/inloggen/eherkenning", "eh")
    put(host, "/", simple_page("Omgevingsloket", '<header>Omgevingsloket</header><main><h1>Omgevingsloket</h1><ul><li><a href="/vergunningcheck">Vergunningcheck doen</a></li><li><a href="/aanvragen-en-melden">Aanvragen of melden</a></li></ul></main>'))
    put(host, "/vergunningcheck", simple_page("Vergunningcheck | Omgevingsloket", '<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig hebt of een melding moet doen. U hoeft niet in te loggen.</p><form method="get" action="/vergunningcheck-stap-1"><input name="adres" placeholder="Adres"><button>Start de check</button></form>'))
    put(host, "/vergunningcheck-stap-1", simple_page("Vergunningcheck | Omgevingsloket", "<h1>Stap 1: locatie</h1><form method=get><input name=werkzaamheden><button>Volgende</button></form>"))
    put(host, "/aanvragen-en-melden", simple_page("Aanvragen en melden | Omgevingsloket",
        '<header>Omgevingsloket</header><main><h1>Aanvragen of melden</h1><p>Log in om een aanvraag of melding in te dienen bij gemeente, provincie of waterschap.</p>'
        '<p><a class="button" href="%s"><img src="/img/digid.svg" alt=""> Inloggen met DigiD</a></p><p><a class="button" href="%s">Inloggen met eHerkenning</a></p>'
        '<p>Na het inloggen vullen wij uw naam en adres automatisch in.</p></main>' % (d, e)))
    put(host, "/img/digid.svg", DIGID_SVG)
    return url(host, "/aanvragen-en-melden"), d


APPOINTMENT_HOSTS = set()


def appointment(host, org_name, what):
    APPOINTMENT_HOSTS.add(host)
    path = "/afspraak-maken/%s" % slugify(what)
    put(host, path, simple_page("Afspraak maken - " + org_name, "<header>%s - Afspraken</header><main><h1>Afspraak maken: %s</h1>"
        "<form method=\"post\" action=\"/afspraak-maken/bevestigen\"><fieldset><legend>Kies een datum</legend><input type=\"date\" name=\"datum\"></fieldset>"
        "<fieldset><legend>Kies een tijd</legend><select name=\"tijd\"><option>09:00</option><option>09:15</option><option>09:30</option></select></fieldset>"
        "<label>Naam <input name=\"naam\"></label><label>E-mail <input name=\"email\"></label><button>Afspraak bevestigen</button></form></main>" % (esc(org_name), esc(what))))
    feat("trap_appointment")
    return url(host, path)


# ---------------------------------------------------------------- organisation sites
def title_for(org, key):
    if key in org.get("titles", {}):
        return org["titles"][key]
    st = org["title_style"]
    if st == "mix":
        st = [0, 2, 0, 1][sum(map(ord, key)) % 4]
    return TITLES[key][st]


class Site:
    def __init__(self, org):
        self.o = org
        self.host = org["host"]
        self.cms = org["cms"]
        self.pages = []          # (path, title) in nav order
        self.hidden = set()      # paths not in sitemap / listings
        self.news = []

    # ---- links
    def href(self, frm, to):
        if to.startswith("http://") or to.startswith("mailto:") or to.startswith("tel:"):
            return to
        st = self.o["links"]
        if st == "abs":
            return to
        if st == "base":
            return to.lstrip("/") or "./"
        d = posixpath.dirname(frm) if not frm.endswith("/") else frm.rstrip("/")
        d = d or "/"
        r = posixpath.relpath(to if to != "/" else "/", d if d else "/")
        if to.endswith("/") and not r.endswith("/"):
            r += "/"
        if r == "./" or r == ".":
            r = "./"
        return r

    def aud(self, key):
        return "ondernemers" if PAUD.get(key) == "ondernemer" else "inwoners"

    def product_path(self, key, title, idx):
        c, s = self.cms, slugify(title)
        sec = sec_of(self.o, key)
        if c == "slug":
            return "/" + s
        if c == "catalogue":
            return "/product?id=%d" % (1040 + idx * 13)
        if c == "base":
            return "/%s/%s/%s" % (self.aud(key), slugify(sec), s)
        if c == "iprox":
            return "/%s/%s/%s" % (self.aud(key).capitalize(), sec.replace(" ", "_"), re.sub(r"[^A-Za-z0-9]+", "_", title.rstrip("?")).strip("_"))
        if c == "typo3":
            return "/nl/%s/%s/" % (self.aud(key), s)
        if c == "sim":
            return "/producten-en-diensten/%s_%d.html" % (s, 310 + idx * 3)
        if c == "small":
            return "/%s/%s.html" % (slugify(sec), s)
        if c == "wp":
            return "/?page_id=%d" % (402 + idx * 7)
        if c == "wf":
            return "/nl/%s/%s" % (slugify(sec), s)
        if c == "nlds":
            return "/onderwerpen/%s/%s" % (slugify(sec), s)
        raise ValueError(c)

    def section_path(self, sec, aud="inwoners"):
        c, s = self.cms, slugify(sec)
        if sec == "Ondernemen":
            aud = "ondernemers"
        return {"slug": "/onderwerpen/%s" % s, "catalogue": "/thema/%s" % s, "base": "/%s/%s/" % (aud, s),
                "iprox": "/%s/%s/" % (aud.capitalize(), sec.replace(" ", "_")), "typo3": "/nl/%s/%s/" % (aud, s),
                "sim": "/onderwerpen/%s.html" % s, "small": "/%s/" % s, "wp": "/thema/%s/" % s, "wf": "/nl/%s/" % s,
                "nlds": "/onderwerpen/%s/" % s}[c]

    def home(self):
        return self.o.get("home", "/")

    # ---- layout
    def layout(self, path, title, main, crumbs=(), lang="nl", head_extra=""):
        o = self.o
        nav = []
        for sec in o["sections"]:
            nav.append('<li><a href="%s">%s</a></li>' % (esc(self.href(path, self.section_path(sec))), esc(sec)))
        if o.get("az"):
            nav.append('<li><a href="%s">A-Z</a></li>' % esc(self.href(path, o["az"])))
        if o.get("eloket"):
            nav.append('<li><a href="%s">%s</a></li>' % (esc(self.href(path, o["eloket"])), esc(o.get("eloket_name", "E-loket"))))
        bc = ['<a href="%s">Home</a>' % esc(self.href(path, self.home()))] + ['<a href="%s">%s</a>' % (esc(self.href(path, p)), esc(t)) for p, t in crumbs]
        header_extra = ""
        if o.get("site_login"):
            header_extra = '<a class="mijn" href="%s">%s</a>' % (o["site_login"][1], esc(o["site_login"][0]))
        search = ""
        if o.get("search"):
            sp, prm = o["search"]
            search = '<form class="search" role="search" action="%s" method="get"><label for="q">Zoeken</label><input id="q" name="%s"><button type="submit">Zoek</button></form>' % (esc(self.href(path, sp)), prm)
        footer_extra = ""
        if o.get("footer_digid"):
            footer_extra = '<div class="logos"><img src="/img/digid.svg" alt="DigiD"> <img src="/img/eherkenning.svg" alt="eHerkenning"></div>'
        base = '<base href="http://%s/">' % self.host if o["links"] == "base" else ""
        cls = {"slug": "go-site", "catalogue": "pdc-site", "base": "utrecht-document", "iprox": "iprox", "typo3": "t3-page",
               "sim": "sim-site", "small": "site", "wp": "wp-site page-template-default", "wf": "wf-site", "nlds": "denhaag-page utrecht-document"}[self.cms]
        feedback = ""
        if o.get("feedback") and main.find('class="product"') >= 0:
            feedback = ('<aside class="feedback"><form method="post" action="%s"><p>Was deze informatie nuttig?</p>'
                        '<button name="nuttig" value="ja">Ja</button><button name="nuttig" value="nee">Nee</button>'
                        '<label>Wat kunnen we verbeteren? <textarea name="opmerking"></textarea></label><button>Verstuur</button></form></aside>'
                        % esc(self.href(path, "/feedback/verzenden")))
        return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">%s<title>%s | %s</title>"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"stylesheet\" href=\"%s\">%s</head>\n"
                "<body class=\"%s\"><a class=\"skip\" href=\"#main\">Naar de inhoud</a>\n"
                "<header class=\"site-header\"><a class=\"logo\" href=\"%s\"><img src=\"%s\" alt=\"Logo %s\"></a>%s%s"
                "<nav class=\"main-nav\" aria-label=\"Hoofdmenu\"><ul>%s</ul></nav></header>\n"
                "<nav class=\"breadcrumb\" aria-label=\"Kruimelpad\">%s</nav>\n<main id=\"main\">\n%s\n%s</main>\n"
                "<footer class=\"site-footer\"><p>%s<br>Postbus %s<br>Telefoon <a href=\"tel:14%s\">14 %s</a></p>"
                "<ul><li><a href=\"%s\">Contact</a></li><li><a href=\"%s\">Privacyverklaring</a></li><li><a href=\"%s\">Toegankelijkheid</a></li></ul>%s</footer>\n</body></html>\n"
                % (lang, base, esc(title), esc(o["name"]), esc(self.href(path, "/assets/style.css")), head_extra, cls,
                   esc(self.href(path, self.home())), esc(self.href(path, "/assets/logo.svg")), esc(o["short"]), header_extra, search,
                   "".join(nav), " &gt; ".join(bc), main, feedback, esc(o["name"]), o["postbus"], o["tel"], o["tel"],
                   esc(self.href(path, o["contact"])), esc(self.href(path, "/privacy")), esc(self.href(path, "/toegankelijkheid")), footer_extra))

    def write(self, path, title, main, crumbs=(), hidden=False, lang="nl", head_extra="", listed=True):
        put(self.host, path, self.layout(path, title, main, crumbs, lang, head_extra))
        if hidden:
            self.hidden.add(path)
        if listed:
            self.pages.append((path, title))
        return url(self.host, path)


def product_body(site, key, title, text, cta, extra, cms):
    """Main content of a product page in the CMS family's own template."""
    h = esc
    if cms == "slug":
        return ('<article class="product"><h1>%s</h1><h2>Wat is het?</h2><p>%s</p><h2>Hoe werkt het?</h2><p>%s</p>'
                '<h2>Wat moet ik doen?</h2>%s<h2>Wat kost het?</h2><p>Bekijk de actuele tarieven in de legesverordening.</p>%s</article>'
                % (h(title), h(text), "Wij behandelen uw aanvraag binnen 8 weken.", cta, extra))
    if cms == "catalogue":
        return ('<div class="product pdc"><h1>%s</h1><div class="direct-regelen">%s</div><h2>Omschrijving</h2><p>%s</p>'
                '<h2>Voorwaarden</h2><p>U staat ingeschreven in de gemeente Almelo.</p><h2>Kosten</h2><table><tr><th>Omschrijving</th><th>Bedrag</th></tr>'
                '<tr><td>Leges</td><td>zie tarieventabel</td></tr></table>%s</div>' % (h(title), cta, h(text), extra))
    if cms == "base":
        return ('<div class="product utrecht-article"><h1 class="utrecht-heading-1">%s</h1><p class="utrecht-paragraph--lead">%s</p>'
                '<details open><summary>Aanvragen</summary>%s</details><details><summary>Wat heeft u nodig?</summary><ul><li>Uw DigiD of eHerkenning</li><li>Eventuele bijlagen</li></ul></details>'
                '<details><summary>Kosten</summary><p>De kosten vindt u in de tarieventabel.</p></details>%s</div>' % (h(title), h(text), cta, extra))
    if cms == "iprox":
        return ('<div class="product iprox-content"><h1>%s</h1><div class="iprox-intro"><p>%s</p></div><h2>Aanvragen</h2>%s'
                '<h2>Meer informatie</h2><p>Heeft u vragen? Bel 14 0299.</p>%s</div>' % (h(title), h(text), cta, extra))
    if cms == "typo3":
        return ('<div class="product ce-textpic"><h1>%s</h1><p>%s</p><h2>Aanvragen</h2>%s<h2>Wat heeft u nodig?</h2><ul><li>Een geldig legitimatiebewijs</li></ul>'
                '<h2>Hoe lang duurt het?</h2><p>U krijgt binnen 8 weken een besluit.</p>%s</div>' % (h(title), h(text), cta, extra))
    if cms == "sim":
        return ('<div class="product sim-pdc"><h1>%s</h1><h2>Beschrijving</h2><p>%s</p><h2>Aanvraag</h2>%s'
                '<h2>Bijzonderheden</h2><p>Neem voor vragen contact op met het KlantContactCentrum.</p>%s</div>' % (h(title), h(text), cta, extra))
    if cms == "wp":
        return ('<article class="product page type-page status-publish"><header class="entry-header"><h1 class="entry-title">%s</h1></header>'
                '<div class="entry-content"><p>%s</p><h2 class="wp-block-heading">Hoe werkt het?</h2>%s<h3 class="wp-block-heading">Meer weten?</h3>'
                '<p>Bel ons klantcontactcentrum op 088 233 12 00.</p>%s</div></article>' % (h(title), h(text), cta, extra))
    if cms == "wf":
        return ('<div class="product wf-content"><h1>%s</h1><div class="lead"><p>%s</p></div><div class="accordion"><h2 class="accordion__title">Wat moet u doen?</h2>'
                '<div class="accordion__body">%s</div><h2 class="accordion__title">Contact</h2><div class="accordion__body"><p>Bel 058 292 22 22.</p></div></div>%s</div>'
                % (h(title), h(text), cta, extra))
    if cms == "nlds":
        return ('<div class="product denhaag-rich-text"><h1 class="utrecht-heading-1">%s</h1><p class="utrecht-paragraph utrecht-paragraph--lead">%s</p>'
                '<section class="utrecht-article"><h2 class="utrecht-heading-2">Hoe vraagt u het aan?</h2>%s</section>'
                '<section><h2 class="utrecht-heading-2">Behandeltermijn</h2><p>Wij nemen binnen 8 weken een besluit. Deze termijn kan eenmaal met 6 weken worden verlengd.</p></section>%s</div>'
                % (h(title), h(text), cta, extra))
    return '<div class="product"><h1>%s</h1><p>%s</p>%s%s</div>' % (h(title), h(text), cta, extra)


CTA_TEXTS = ["Direct regelen", "Online aanvragen", "Start het formulier", "Vraag direct aan", "Online regelen", "Meld het online"]


def cta_html(site, frm, target, style, key, text=None, digid=False, slug=""):
    text = text or CTA_TEXTS[len(key) % len(CTA_TEXTS)]
    if style == "button":
        feat("cta_button_onclick")
        return '<p><button type="button" class="btn btn-primary" onclick="location.href=\'%s\'">%s</button></p>' % (target, esc(text))
    if style == "getform":
        feat("cta_get_form")
        base, _, q = target.partition("?")
        hidden = "".join('<input type="hidden" name="%s" value="%s">' % tuple(kv.split("=", 1)) for kv in q.split("&") if kv)
        return '<form class="cta" action="%s" method="get">%s<button type="submit">%s</button></form>' % (base, hidden, esc(text))
    if style == "iframe":
        feat("cta_iframe")
        return '<iframe src="%s" title="Formulier %s" width="100%%" height="720" style="border:0"></iframe>' % (target, esc(key))
    if style == "img" and digid:
        feat("digid_image_only")
        return '<p>Online aanvragen:</p><p><a href="%s"><img src="%s" width="48" height="48" alt="Inloggen met DigiD"></a></p>' % (target, esc(site.href(frm, "/img/digid.svg")))
    return '<p><a class="btn" href="%s">%s%s</a></p>' % (target, esc(text), " (met DigiD)" if digid and style == "a" else "")


def sec_of(o, key):
    return o.get("secmap", {}).get(key) or SECTION[key]


def text_of(o, key):
    return o.get("texts", {}).get(key) or SHORT[key]


def parse_plan(txt):
    plan = {}
    for ln in txt.strip().splitlines():
        parts = ln.split()
        if not parts:
            continue
        plan[parts[0]] = (parts[1], parts[2:])
    return plan


def add_label(o, key, level, status, purl, route, strict, via, notes):
    if o.get("site_trap") and status == "ok":
        notes = notes.rstrip(".") + ". Trap: " + o["site_trap"] + "."
    LABELS.append({"org_code": o["code"], "product_key": key, "level": "" if level is None else str(level), "status": status,
                   "product_url": purl, "route_url": route, "level_strict": "" if level is None else str(strict),
                   "via": via, "notes": notes})


def via_route(o, site, path, key, title, code):
    """Routes through another body. Returns (cta_html, level, route, strict, via, note)."""
    kind_map = {"T": "D", "T!": "D!", "TF": "F", "TP": "P", "K": "D", "W": "D", "S": "D", "SP": "P", "R": "F", "M": "F", "B": "DE", "TE": "E"}
    if code == "L":
        page, route = omgevingsloket()
        cta = ('<p>U vraagt de vergunning aan via het <a href="%s">Omgevingsloket</a>. Doe eerst de <a href="http://omgevingswet.overheid.test/vergunningcheck">vergunningcheck</a>.</p>'
               % page)
        return cta, 100, route, 100, "omgevingswet.overheid.test", "via the national Omgevingsloket (DigiD/eHerkenning login, pre-fill statement)"
    body = {"T": "tax", "T!": "tax", "TF": "tax", "TP": "tax", "TE": "tax", "K": "park", "W": "werk", "S": "social", "SP": "social",
            "R": "waste", "M": "meld", "B": "bij12"}[code]
    host, name = o[body] if body in o else {"werk": ("www.werk.test", "UWV werk.nl"), "bij12": ("www.bij12.test", "BIJ12")}[body]
    kind = kind_map[code]
    stitle = {"tax": title if o["type"] != "P" else title, "park": "Parkeervergunning aanvragen", "werk": "Bijstandsuitkering aanvragen (27 jaar en ouder)",
              "social": title, "waste": title, "meld": "Melding openbare ruimte", "bij12": "Faunaschade melden"}[body]
    sslug = slugify(PNAME[key]) if body not in ("meld",) else "melding-doen-%s" % slugify(o["short"])
    if o["type"] == "W":
        sslug = slugify(stitle) + ("-waterschap" if body == "tax" and "waterschap" not in stitle.lower() else "")
    if body == "park":
        sslug = "vergunning-aanvragen"
    text = SHORT.get(key) or (WATER.get(key) or PROV.get(key) or ("", ""))[1]
    if body == "tax":
        text = "%s voert de belastingtaken uit voor meerdere gemeenten en waterschappen. %s" % (name, text)
    page, route, level, strict = shared_page(host, name, sslug, stitle, kind, text)
    sentence = {"tax": "De gemeentelijke belastingen worden voor ons geheven door %s. Dit regelt u op de website van %s." % (name, name),
                "park": "Parkeervergunningen worden uitgegeven via het parkeerloket.",
                "werk": "Bent u 27 jaar of ouder? Dan vraagt u bijstand aan via werk.nl.",
                "social": "Dit regelt u bij %s, die deze taak voor ons uitvoert." % name,
                "waste": "Het inzamelen van afval doet %s voor ons." % name,
                "meld": "Meldingen over de openbare ruimte doet u via ons meldingensysteem.",
                "bij12": "De tegemoetkoming in faunaschade regelt u bij BIJ12, namens de provincie."}[body]
    if o["type"] == "W" and body == "tax":
        sentence = "De waterschapsbelastingen worden voor ons geheven door %s." % name
    cta = '<p>%s</p><p><a class="btn external" href="%s">Naar %s</a></p>' % (esc(sentence), page, esc(name))
    what = {"D": "DigiD login", "D!": "DigiD login with pre-fill statement", "F": "anonymous online form", "P": "PDF form",
            "DE": "DigiD/eHerkenning login", "E": "eHerkenning login"}[kind]
    return cta, level, route, strict, host, "via %s (%s)" % (name, what)


def build_gemeente(o):
    site = Site(o)
    plat = o["platform"]
    plan = parse_plan(o["plan"])
    keys = [p["product_key"] for p in PRODUCTS if o["type"] in p["org_types"]]
    assert set(plan) == set(keys), (o["short"], set(keys) ^ set(plan))
    eloket = []            # (title, url) for the forms overview
    section_items = {}     # section -> [(title, path)]
    az_items = []
    stale = []
    deferred = []
    for idx, key in enumerate(keys):
        code, mods = plan[key]
        if key in o.get("pairs", {}):
            deferred.append(key)
            continue
        title = o.get("pair_titles", {}).get(key) or title_for(o, key)
        sec = sec_of(o, key)
        if code == "N":
            if "stale" in mods:
                p = site.product_path(key, title, idx)
                stale.append((title, p))
                feat("stale_link_to_soft404")
                add_label(o, key, None, "not_found", "", "", None, "", "No product page; the A-Z list still links to %s, which answers a soft 404." % p)
            else:
                add_label(o, key, None, "not_found", "", "", None, "", "The site has no page for this product.")
            continue
        if code == "O":
            st_title, st_text = o["notoff"][key]
            p = site.product_path(key, st_title, idx)
            u = site.write(p, st_title, '<article class="product"><h1>%s</h1><p>%s</p></article>' % (esc(st_title), esc(st_text)),
                           [(site.section_path(sec), sec)])
            section_items.setdefault(sec, []).append((st_title, p))
            az_items.append((st_title, p))
            feat("not_offered_statement")
            add_label(o, key, None, "not_offered", u, "", None, "", "Page '%s' states that the organisation does not offer it (not-offered statement under another title)." % st_title)
            continue
        path = site.product_path(key, title, idx)
        text = text_of(o, key)
        extra, traps = "", []
        style = o["cta"]
        for m in mods:
            if m in ("button", "getform", "iframe", "a", "img", "overview"):
                style = m
        slug = slugify(PNAME[key])
        if code in ("D", "D!", "E", "DE", "F"):
            ftitle = PNAME[key] if code != "F" else PNAME[key].replace("aanvragen", "").strip()
            furl, route, strict, fnote = build_form(plat, slug, ftitle, code, o["name"])
            level = 100 if code != "F" else 67
            what = {"D": "DigiD-gated form", "D!": "DigiD form with pre-fill statement", "E": "eHerkenning-gated form",
                    "DE": "form with DigiD and eHerkenning login", "F": "anonymous online form"}[code]
            where = "on %s" % plat.host
            if style == "overview":
                feat("forms_overview_between")
                eloket.append((PNAME[key] + (" (DigiD)" if code in ("D", "D!", "DE") else " (eHerkenning)" if code == "E" else ""), furl))
                cta = '<p>%s</p><p><a class="btn" href="%s">Naar %s</a></p>' % (
                    esc("U regelt dit online. Kies op de pagina '%s' het formulier '%s'." % (o.get("eloket_name", "E-loket"), PNAME[key])),
                    esc(site.href(path, o["eloket"])), esc(o.get("eloket_name", "E-loket")))
                where += " behind the %s overview page" % o.get("eloket_name", "E-loket")
            else:
                cta = cta_html(site, path, furl, style, key, digid=code in ("D", "D!", "DE"), slug=slug)
                if style != "a":
                    where += " (CTA as %s)" % style
            note = "%s %s%s." % (what, where, (", " + fnote) if fnote else "")
            via = ""
        elif code == "P":
            pp = o["pdfdir"] + slug + ".pdf"
            route = form_pdf(site.host, pp, PNAME[key], o["name"])
            cta = '<p>Vul het aanvraagformulier in en stuur het op of lever het in bij de balie.</p><p><a href="%s">Aanvraagformulier %s (pdf, %d kB)</a></p>' % (
                esc(site.href(path, pp)), esc(title.lower()), 60 + len(key) * 3)
            level, strict, via, note = 33, 33, "", "Printable PDF application form only."
        elif code in ("I", "A"):
            cta = "<p>U kunt dit niet online regelen. Kom langs bij %s of bel %s.</p>" % (o.get("counter", "het Stadskantoor"), o.get("phone", "14 " + o["tel"]))
            if code == "A":
                au = appointment(o["appt_host"], o["name"], title)
                cta = '<p>U vraagt dit persoonlijk aan bij de balie. Maak eerst een afspraak.</p><p><a class="btn" href="%s">Maak een afspraak</a></p>' % au
                traps.append("online appointment booking (not a form)")
            route, level, strict, via, note = "", 0, 0, "", ("Information only; request at the counter by appointment." if code == "A" else "Information only; no form or online route.")
        else:
            cta, level, route, strict, via, note = via_route(o, site, path, key, title, code)
            via = via if via != site.host else ""
            note = "Product page sends the user " + note + "."
        # traps
        if "rp" in mods:
            ru = reg_pdf(site.host, o["pdfdir"] + "verordening-" + slug + ".pdf", "Verordening " + title, o["name"])
            extra += '<h2>Regelgeving</h2><p><a href="%s">Verordening en tarieven 2026 (pdf)</a></p>' % esc(site.href(path, ru.split(site.host, 1)[1]))
            traps.append("regulation PDF")
        if "mt" in mods:
            extra += '<p>Vragen? Mail naar <a href="mailto:info@%s">info@%s</a>.</p>' % (site.host.replace("www.", "").replace(".test", ".nl"), site.host.replace("www.", "").replace(".test", ".nl"))
            traps.append("mailto link")
            feat("trap_mailto")
        if "cf" in mods:
            extra += '<p>Heeft u een vraag? Gebruik ons <a href="%s">contactformulier</a>.</p>' % esc(site.href(path, o["contact"]))
            traps.append("generic contact form link")
            feat("trap_contact_form")
        if "nw" in mods:
            site.news.append(("Nieuws over %s" % title.lower().rstrip("?"), "Vanaf volgend jaar verandert er iets bij %s. Meer informatie volgt in het voorjaar." % title.lower().rstrip("?")))
            traps.append("news article mentioning the product")
            feat("trap_news")
        if "ap" in mods:
            au = appointment(o["appt_host"], o["name"], title)
            extra += '<p>Liever persoonlijk? <a href="%s">Maak een afspraak</a>.</p>' % au
            traps.append("appointment booking")
        head_extra = ""
        if "en" in mods:
            en_title, en_path = o["english"][key]
            head_extra = '<link rel="alternate" hreflang="en" href="http://%s%s">' % (site.host, en_path)
            extra += '<p lang="en"><a href="%s">Read this page in English</a></p>' % esc(site.href(path, en_path))
            en_cta = cta.replace("Direct regelen", "Apply online").replace("Naar", "Go to")
            site.write(en_path, en_title, '<article class="product"><h1>%s</h1><p>You can arrange this online with DigiD.</p>%s</article>' % (esc(en_title), en_cta),
                       lang="en", head_extra='<link rel="alternate" hreflang="nl" href="http://%s%s">' % (site.host, path))
            feat("english_page")
            note += " English page %s beside it." % en_path
        if "sim" in mods:
            stitle, scode = o["similar"][key]
            sp = site.product_path(key, stitle, idx + 100)
            if scode == "F":
                surl, sroute, _, _ = build_form(plat, slugify(stitle), stitle, "F", o["name"])
                scta = cta_html(site, sp, surl, o["cta"], key)
            else:
                scta = "<p>Neem contact op met de afdeling Vergunningen.</p>"
            site.write(sp, stitle, product_body(site, key, stitle, "Voor een klein evenement of een kleine activiteit volstaat vaak een melding. " if scode == "F" else "Tijdelijke standplaats bij een evenement of koopavond.", scta, "", site.cms),
                       [(site.section_path(sec), sec)])
            section_items.setdefault(sec, []).append((stitle, sp))
            az_items.append((stitle, sp))
            feat("similar_permit_pair")
            note += " A similar page '%s' exists beside it." % stitle
        if "aud" in mods:
            ttitle, tcode = o["twins"][key]
            tp = site.product_path(key, ttitle, idx) if site.cms != "catalogue" else "/product?id=%d" % (5040 + idx)
            if site.cms in ("base", "iprox", "typo3"):
                tp = tp.replace("/inwoners/", "/ondernemers/").replace("/Inwoners/", "/Ondernemers/")
            if tcode in ("D", "E", "F"):
                turl, troute, _, _ = build_form(plat, slug + "-bedrijven", ttitle + " (bedrijven)", tcode, o["name"])
                tcta = cta_html(site, tp, turl, o["cta"], key, digid=tcode == "D")
            elif tcode == "K":
                tcta = cta
            else:
                tcta = "<p>Neem contact op met uw inzamelaar.</p>"
            site.write(tp, ttitle, product_body(site, key, ttitle, "Informatie voor ondernemers. " + text, tcta, "", site.cms),
                       [(site.section_path(sec), sec)])
            section_items.setdefault(sec, []).append((ttitle + " (ondernemers)", tp))
            feat("citizen_business_twin")
            note += " A businesses' page of the same name exists (%s)." % tp
        main = product_body(site, key, title, text, cta, extra, site.cms)
        hidden = any(m in mods for m in ("sr", "az"))
        u = site.write(path, title, main, [(site.section_path(sec), sec)], hidden="sr" in mods, head_extra=head_extra)
        if not hidden:
            section_items.setdefault(sec, []).append((title, path))
        if "sr" not in mods:
            az_items.append((title, path))
        if "sr" in mods:
            feat("only_via_search")
            note += " Reachable only through the site search."
        if "az" in mods:
            feat("only_via_az_list")
            note += " Linked only from the A-Z list."
        if traps:
            note += " Trap: " + "; ".join(traps) + "."
        add_label(o, key, level, "ok", u, route, strict, via, note)
    for key in deferred:
        partner = o["pairs"][key]
        prow = [r for r in LABELS if r["org_code"] == o["code"] and r["product_key"] == partner][0]
        LABELS.append(dict(prow, product_key=key, notes="Shared page with %s: %s" % (partner, prow["notes"])))
        feat("shared_product_page")
    finish_site(site, section_items, az_items, eloket, stale)
    return site


CSS = "body{font-family:Arial,sans-serif;margin:0}header,footer,main,nav{padding:1em}.btn{background:%s;color:#fff;padding:.5em 1em}"


def finish_site(site, section_items, az_items, eloket, stale):
    o, host = site.o, site.host
    put(host, "/assets/style.css", CSS % o.get("color", "#004b87"))
    put(host, "/assets/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40"><text x="0" y="28" font-size="22">%s</text></svg>' % esc(o["short"]))
    put(host, "/img/digid.svg", DIGID_SVG)
    put(host, "/img/eherkenning.svg", EH_SVG)
    home = site.home()
    # entry pages before the content
    if o.get("consent") == "links":
        put(host, "/", simple_page("Cookies - " + o["name"], '<div class="cookie-wall"><h1>Deze website gebruikt cookies</h1><p>%s gebruikt functionele en analytische cookies. '
            'Met uw toestemming plaatsen we ook cookies voor filmpjes van YouTube.</p><p><a class="btn" href="%s?cookies=accept">Accepteren</a> '
            '<a href="%s?cookies=weiger">Alleen noodzakelijke cookies</a></p></div>' % (esc(o["name"]), home, home)))
        feat("cookie_interstitial")
    elif o.get("consent") == "getform":
        put(host, "/", simple_page("Cookie-instellingen | " + o["name"], '<div class="consent"><h1>Cookie-instellingen</h1><p>Wij gebruiken cookies om de website te verbeteren.</p>'
            '<form action="%s" method="get"><input type="hidden" name="consent" value="all"><button type="submit">Alle cookies accepteren</button></form>'
            '<form action="%s" method="get"><input type="hidden" name="consent" value="necessary"><button type="submit">Alleen noodzakelijk</button></form></div>' % (home, home)))
        feat("cookie_interstitial")
    elif o.get("lang_splash"):
        put(host, "/", simple_page(o["name"], '<main class="splash"><img src="/assets/logo.svg" alt="%s"><h1>Kies uw taal / Kies dyn taal / Choose your language</h1><ul>'
            '<li><a href="/nl/" hreflang="nl">Nederlands</a></li><li><a href="/fy/" hreflang="fy">Frysk</a></li><li><a href="/en/" hreflang="en">English</a></li></ul></main>' % esc(o["short"])))
        feat("language_splash")
        site.write("/fy/", "Wolkom", '<h1>Wolkom by Wetterskip Fryslân</h1><p>Wy soargje foar feilich en skjin wetter.</p><p><a href="/nl/">Nederlânsk</a></p>', lang="fy", listed=False)
        en = "".join('<li><a href="%s">%s</a></li>' % (p, esc(t)) for t, p in o.get("english", {}).values())
        site.write("/en/", "Welcome", '<h1>Welcome to Wetterskip Fryslân</h1><p>We keep Friesland safe and its water clean.</p><ul>%s</ul><p><a href="/nl/">Nederlands</a></p>' % en, lang="en", listed=False)
    # home
    tops = "".join('<li><a href="%s">%s</a></li>' % (esc(site.href(home, p)), esc(t)) for t, p in az_items[:10])
    secs = "".join('<li><a href="%s">%s</a></li>' % (esc(site.href(home, site.section_path(s))), esc(s)) for s in o["sections"])
    news = "".join('<li><a href="%s">%s</a></li>' % (esc(site.href(home, "/nieuws/" + slugify(t))), esc(t)) for t, _ in (site.news + o.get("extra_news", []))[:4])
    site.write(home, "Home", '<h1>Welkom bij %s</h1><section><h2>Veelgezocht</h2><ul>%s</ul></section><section><h2>Onderwerpen</h2><ul>%s</ul></section>'
               '<section><h2>Nieuws</h2><ul>%s</ul><p><a href="%s">Alle nieuwsberichten</a></p></section>' % (esc(o["name"]), tops, secs, news, esc(site.href(home, "/nieuws/"))), listed=False)
    # sections
    for s in o["sections"]:
        sp = site.section_path(s)
        items = section_items.get(s, [])
        lis = "".join('<li><a href="%s">%s</a></li>' % (esc(site.href(sp, p)), esc(t)) for t, p in sorted(items))
        site.write(sp, s, '<h1>%s</h1><ul class="product-list">%s</ul>' % (esc(s), lis or "<li>Er zijn geen onderwerpen.</li>"))
    # A-Z
    if o.get("az"):
        allitems = sorted(az_items + stale, key=lambda x: x[0].lower())
        lis, letter = [], ""
        for t, p in allitems:
            if t[0].upper() != letter:
                letter = t[0].upper()
                lis.append('<h2 id="%s">%s</h2>' % (letter, letter))
            lis.append('<p><a href="%s">%s</a></p>' % (esc(site.href(o["az"], p)), esc(t)))
        site.write(o["az"], "Producten en diensten A-Z", '<h1>Producten en diensten van A tot Z</h1>%s' % "".join(lis))
        feat("az_list")
    # forms overview
    if o.get("eloket"):
        generic = [("Contactformulier", o["contact"]), ("Melding klein bouwwerk", None), ("Aanvraag gebruik sporthal", None), ("Aanmelden nieuwsbrief", None)]
        lis = ["<li><a href=\"%s\">%s</a></li>" % (u, esc(t)) for t, u in sorted(eloket)]
        for t, u in generic:
            gp = u or "/formulieren/" + slugify(t)
            if not u:
                site.write(gp, t, '<h1>%s</h1><form method="post" action="%s">%s<button>Versturen</button></form>' % (esc(t), esc(site.href(gp, "/formulieren/verzonden")), FIELDS), listed=False)
            lis.append('<li><a href="%s">%s</a></li>' % (esc(site.href(o["eloket"], gp)), esc(t)))
        site.write(o["eloket"], o.get("eloket_name", "E-loket"), '<h1>%s</h1><p>Hier vindt u al onze digitale formulieren. Voor sommige formulieren hebt u DigiD of eHerkenning nodig.</p><ul class="forms">%s</ul>'
                   % (esc(o.get("eloket_name", "E-loket")), "".join(lis)))
        feat("forms_overview_page")
    # contact + general contact form
    site.write(o["contact"], "Contact", '<h1>Contact</h1><p>Bel 14 %s (maandag tot en met vrijdag van 8.30 tot 17.00 uur) of stuur ons een bericht.</p>'
               '<h2>Contactformulier</h2><form method="post" action="%s">%s<button type="submit">Verstuur</button></form>'
               % (o["tel"], esc(site.href(o["contact"], "/contact-verzonden")), FIELDS))
    put(host, "/contact-verzonden", simple_page("Bedankt", "<h1>Bedankt voor uw bericht</h1>"))
    put(host, "/feedback/verzenden", simple_page("Bedankt", "<h1>Bedankt voor uw feedback</h1>"))
    site.write("/privacy", "Privacyverklaring", "<h1>Privacyverklaring</h1><p>Wij gaan zorgvuldig om met uw persoonsgegevens.</p>")
    site.write("/toegankelijkheid", "Toegankelijkheid", "<h1>Toegankelijkheid</h1><p>Wij streven naar een toegankelijke website (WCAG 2.1 niveau AA).</p>")
    # news
    allnews = site.news + o.get("extra_news", [])
    lis = []
    for t, body in allnews:
        np_ = "/nieuws/" + slugify(t)
        site.write(np_, t, '<article class="news"><h1>%s</h1><p class="date">12 november 2026</p><p>%s</p></article>' % (esc(t), esc(body)), [("/nieuws/", "Nieuws")])
        lis.append('<li><a href="%s">%s</a></li>' % (esc(site.href("/nieuws/", np_)), esc(t)))
    site.write("/nieuws/", "Nieuws", "<h1>Nieuws</h1><ul>%s</ul>" % "".join(lis))
    # search
    if o.get("search"):
        sp, prm = o["search"]
        idx = [{"url": url(host, p), "title": t, "text": t} for p, t in site.pages if p not in ("/privacy", "/toegankelijkheid")]
        SEARCH[host] = idx
        tpl = site.layout(sp, "Zoeken", '<h1>Zoekresultaten voor "<!--QUERY-->"</h1><div class="results"><!--RESULTS--></div>')
        BEH["searches"].append({"host": host, "path": sp, "param": prm, "index": "search/%s.json" % host, "template": "search/%s.html" % host})
        FILES[("__search__", host)] = tpl
        feat("site_search")
    # robots + sitemap
    robots = "User-agent: *\n"
    if o.get("search") and not any(p in site.hidden for p, _ in site.pages):
        robots += "Disallow: %s\n" % o["search"][0]
    else:
        robots += "Disallow: /cms/\n"
    if o.get("sitemap"):
        locs = "".join("<url><loc>%s</loc></url>" % esc(url(host, p)) for p, t in site.pages if p not in site.hidden)
        put(host, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>\n' % locs)
        robots += "Sitemap: http://%s/sitemap.xml\n" % host
        feat("sitemap")
    put(host, "/robots.txt", robots)
    # 404 handling
    nf = site.layout("/404", "Pagina niet gevonden", "<h1>Pagina niet gevonden</h1><p>De pagina die u zoekt bestaat niet (meer). Gebruik de zoekfunctie of ga naar de <a href=\"/\">homepage</a>.</p>")
    FILES[("__404__", host)] = nf
    BEH["not_found_pages"].append({"host": host, "file": "notfound/%s.html" % host, "status": 200 if o.get("soft404") else 404})
    if o.get("soft404"):
        feat("soft_404")
    if o.get("redirect_from"):
        BEH["host_redirects"].append({"host": o["redirect_from"], "status": 301, "to": host})
        feat("www_redirect")


# ---------------------------------------------------------------- the organisations
GSECTIONS = ["Burgerzaken", "Parkeren", "Belastingen", "Zorg en inkomen", "Afval", "Wonen en leefomgeving", "Bouwen en verbouwen", "Bestuur", "Subsidies", "Ondernemen"]

def P(name, host, fp, lp, brand, js=False, img=False):
    return Platform(name, host, fp, lp, brand, js, img)

ORGS = [
 dict(code="GM0080", type="G", name="Gemeente Leeuwarden", short="Leeuwarden", host="www.leeuwarden.test", website="http://leeuwarden.test/",
      redirect_from="leeuwarden.test", cms="slug", links="abs", title_style=0, home="/home", consent="links", sitemap=True,
      titles={"woz-bezwaar": "WOZ-beschikking: bezwaar maken", "bouwdossier-inzage": "Bouwarchief: tekeningen opvragen", "melding-openbare-ruimte": "Melding doen over de buitenruimte"},
      platform=P("openforms", "formulieren.leeuwarden.test", lambda s: "/%s/" % s, lambda s, k: "/auth/%s/%s/start" % (s, "digid" if k == "digid" else "eherkenning"), "Formulieren gemeente Leeuwarden", js=True),
      cta="a", pdfdir="/media/formulieren/", postbus="21000, 8900 JA Leeuwarden", tel="058", contact="/contact", color="#c8102e",
      site_login=("Mijn Leeuwarden", "http://mijn.leeuwarden.test/inloggen"), site_trap="site-wide 'Mijn Leeuwarden' login in the header",
      appt_host="afspraken.leeuwarden.test", sections=GSECTIONS,
      waste=("www.omrin.test", "Omrin"), meld=("leeuwarden.fixi.test", "Fixi meldingen Leeuwarden"),
      pairs={"identiteitskaart": "paspoort", "alcoholvergunning": "exploitatievergunning-horeca"},
      pair_titles={"paspoort": "Paspoort en ID-kaart", "exploitatievergunning-horeca": "Horecavergunning (exploitatie en Alcoholwet)"},
      english={"verhuismelding": ("Moving to or within Leeuwarden", "/en/moving-to-leeuwarden")},
      notoff={"reclamebelasting": ("Reclame-uitingen en reclameborden", "Voor reclame aan uw gevel hebt u soms een omgevingsvergunning nodig. De gemeente Leeuwarden heft geen reclamebelasting."),
              "winkeltijdenontheffing": ("Koopzondagen", "In Leeuwarden mogen winkels op zondag open. U hebt hiervoor geen ontheffing nodig; de gemeente verleent geen ontheffingen winkeltijden meer.")},
      extra_news=[("Nieuwe ondergrondse containers in Bilgaard", "Deze week plaatsen we nieuwe containers voor restafval."), ("Gemeenteraad stelt begroting 2027 vast", "De raad heeft de begroting vastgesteld.")],
      plan="""
brp-uittreksel D!
verhuismelding D! en
geboorteaangifte D
overlijdensaangifte I cf
huwelijksaangifte D
paspoort A
identiteitskaart A
parkeervergunning D
gehandicaptenparkeerkaart D
gehandicaptenparkeerplaats D
hondenbelasting D
belastingkwijtschelding D
woz-bezwaar D
bijstand W
bijzondere-bijstand D
wmo-voorziening D
leerlingenvervoer D
grofvuil R
afvalcontainer R
melding-openbare-ruimte M
omgevingsvergunning L
kapvergunning L
bouwdossier-inzage F
bezwaar D
klacht D
woo-verzoek F
subsidie E
evenementenvergunning E
exploitatievergunning-horeca E
alcoholvergunning E
terrasvergunning E
standplaatsvergunning P
marktvergunning I mt
reclamebelasting O
geluidsontheffing F
winkeltijdenontheffing O
kansspelautomaatvergunning P
collectevergunning F
ligplaatsvergunning D
uitwegvergunning L
belastingaanslag-bezwaar D
betalingsregeling F
"""),
 dict(code="GM0141", type="G", name="Gemeente Almelo", short="Almelo", host="www.almelo.test", website="http://www.almelo.test/",
      cms="catalogue", links="abs", title_style=1, az="/producten", eloket="/e-loket", eloket_name="E-loket", soft404=True, footer_digid=True,
      site_trap="DigiD and eHerkenning logos in the footer",
      titles={"afvalcontainer": "Afvalcontainer (minicontainer) aanvragen", "evenementenvergunning": "Evenementenvergunning (groot evenement)"},
      platform=P("triple", "eloket.almelo.test", lambda s: "/TriplEforms/DirectRegelen/Formulier.aspx?formulier=" + s.upper().replace("-", "_"), lambda s, k: "/TriplEforms/Login/%s/%s.aspx" % (s, "DigiD" if k == "digid" else "eHerkenning"), "Digitaal loket gemeente Almelo", img=False),
      cta="a", pdfdir="/document/", postbus="2, 7600 AA Almelo", tel="0546", contact="/contact", color="#e30613", appt_host="almelo.jccsoftware-afspraken.test",
      sections=GSECTIONS, tax=("www.gblt.test", "GBLT"), meld=("almelo.fixi.test", "Fixi meldingen Almelo"),
      similar={"evenementenvergunning": ("Melding klein evenement", "F")},
      notoff={"kapvergunning": ("Bomen", "In Almelo hebt u geen kapvergunning meer nodig. De gemeente heeft de kapvergunning afgeschaft; u mag bomen op uw eigen grond kappen zonder vergunning.")},
      extra_news=[("Paspoort of ID-kaart nodig? Vraag op tijd aan", "Het is druk bij de balie. Maak op tijd een afspraak."), ("Werkzaamheden Wierdensestraat", "Vanaf maandag is de weg afgesloten.")],
      plan="""
brp-uittreksel D
verhuismelding D
geboorteaangifte I
overlijdensaangifte I
huwelijksaangifte P
paspoort A nw
identiteitskaart A
parkeervergunning D overview
gehandicaptenparkeerkaart P
gehandicaptenparkeerplaats I
hondenbelasting T
belastingkwijtschelding T
woz-bezwaar T!
bijstand D
bijzondere-bijstand D overview
wmo-voorziening I cf
leerlingenvervoer D overview
grofvuil F overview
afvalcontainer F
melding-openbare-ruimte M
omgevingsvergunning L
kapvergunning O
bouwdossier-inzage F overview
bezwaar P
klacht F
woo-verzoek F az
subsidie E overview
evenementenvergunning E sim
exploitatievergunning-horeca P
alcoholvergunning P
terrasvergunning P az
standplaatsvergunning P az
marktvergunning N
reclamebelasting I rp
geluidsontheffing E
winkeltijdenontheffing I
kansspelautomaatvergunning P az
collectevergunning N stale
ligplaatsvergunning N
uitwegvergunning L
belastingaanslag-bezwaar T
betalingsregeling TF
"""),
 dict(code="GM0345", type="G", name="Gemeente Veenendaal", short="Veenendaal", host="www.veenendaal.test", website="http://www.veenendaal.test/",
      cms="base", links="base", title_style=2, sitemap=True, feedback=True, site_trap="'Was deze informatie nuttig?' feedback form under the page",
      titles={"melding-openbare-ruimte": "Melding openbare ruimte (MOR)", "parkeervergunning": "Parkeervergunning"},
      platform=P("gravity", "mijn.veenendaal.test", lambda s: "/formulier/%s/" % s, lambda s, k: "/inloggen/%s/%s" % ("digid" if k == "digid" else "eherkenning", s), "Mijn Veenendaal"),
      cta="button", pdfdir="/wp-content/uploads/2026/03/", postbus="1100, 3900 BC Veenendaal", tel="0318", contact="/contact", color="#00689e",
      appt_host="afspraak.veenendaal.test", sections=GSECTIONS, tax=("www.belastingenfoodvalley.test", "Belastingsamenwerking Foodvalley"),
      pairs={"identiteitskaart": "paspoort"}, pair_titles={"paspoort": "Hoe vraag ik een paspoort of ID-kaart aan?"},
      twins={"parkeervergunning": ("Parkeervergunning", "E")},
      notoff={"hondenbelasting": ("Gemeentelijke belastingen 2026", "Veenendaal heft onroerendezaakbelasting, afvalstoffenheffing en rioolheffing. Veenendaal heft geen hondenbelasting; die is per 1 januari 2019 afgeschaft."),
              "winkeltijdenontheffing": ("Zondagsopenstelling winkels", "Winkels in Veenendaal mogen op zondag open van 12.00 tot 18.00 uur. Een ontheffing winkeltijden is daarom niet nodig en wordt niet verleend.")},
      extra_news=[("Nieuwe speeltuin in Dragonder geopend", "De speeltuin is ontworpen samen met kinderen uit de wijk.")],
      plan="""
brp-uittreksel D
verhuismelding D
geboorteaangifte D
overlijdensaangifte I
huwelijksaangifte D
paspoort A
identiteitskaart A
parkeervergunning D aud
gehandicaptenparkeerkaart D
gehandicaptenparkeerplaats D
hondenbelasting O
belastingkwijtschelding T
woz-bezwaar T
bijstand D
bijzondere-bijstand D
wmo-voorziening F iframe
leerlingenvervoer D
grofvuil D
afvalcontainer D
melding-openbare-ruimte F iframe
omgevingsvergunning L
kapvergunning L
bouwdossier-inzage P
bezwaar D
klacht F
woo-verzoek D
subsidie P
evenementenvergunning E
exploitatievergunning-horeca E
alcoholvergunning E
terrasvergunning E
standplaatsvergunning P
marktvergunning N
reclamebelasting N
geluidsontheffing I
winkeltijdenontheffing O
kansspelautomaatvergunning E
collectevergunning F
ligplaatsvergunning N
uitwegvergunning P
belastingaanslag-bezwaar T
betalingsregeling T
"""),
 dict(code="GM0439", type="G", name="Gemeente Purmerend", short="Purmerend", host="www.purmerend.test", website="http://www.purmerend.test/",
      cms="iprox", links="rel", title_style=0, home="/home", consent="getform", search=("/zoeken", "zoeken_term"),
      titles={"afvalcontainer": "Afvalcontainer", "grofvuil": "Grofvuil en grof tuinafval", "woz-bezwaar": "WOZ-waarde en bezwaar", "belastingkwijtschelding": "Kwijtschelding gemeentelijke heffingen",
              "reclamebelasting": "Precario en reclamebelasting", "melding-openbare-ruimte": "Melding Openbare Ruimte", "wmo-voorziening": "Wmo: hulp en ondersteuning"},
      platform=P("formdesk", "fd8.formdesk.test", lambda s: "/gemeentepurmerend/start?formulier=" + s, lambda s, k: "/gemeentepurmerend/%s/%s" % (s, "digid" if k == "digid" else "eherkenning"), "Formdesk"),
      cta="getform", pdfdir="/Documenten/", postbus="15, 1440 AA Purmerend", tel="0299", contact="/Contact", color="#009fe3",
      appt_host="afspraken.purmerend.test", sections=GSECTIONS, park=("www.parkerenpurmerend.test", "Parkeren Purmerend"),
      twins={"parkeervergunning": ("Parkeervergunning", "K"), "afvalcontainer": ("Afvalcontainer", "I")},
      notoff={"hondenbelasting": ("Hond", "Honden moeten in Purmerend aangelijnd zijn, behalve in losloopgebieden. Ruim de poep van uw hond op. Purmerend heeft de hondenbelasting afgeschaft: u hoeft uw hond niet aan te melden.")},
      extra_news=[("Weekmarkt tijdelijk op het Tramplein", "Door werkzaamheden staat de markt tijdelijk op een andere plek.")],
      plan="""
brp-uittreksel D
verhuismelding D
geboorteaangifte D sr
overlijdensaangifte I sr
huwelijksaangifte D
paspoort A
identiteitskaart A ap
parkeervergunning K aud
gehandicaptenparkeerkaart D
gehandicaptenparkeerplaats D sr
hondenbelasting O
belastingkwijtschelding D
woz-bezwaar D!
bijstand D
bijzondere-bijstand D
wmo-voorziening I
leerlingenvervoer P
grofvuil D
afvalcontainer F aud
melding-openbare-ruimte F
omgevingsvergunning L
kapvergunning L
bouwdossier-inzage F sr
bezwaar P
klacht F
woo-verzoek P
subsidie E
evenementenvergunning E
exploitatievergunning-horeca P
alcoholvergunning P
terrasvergunning E
standplaatsvergunning P
marktvergunning P nw
reclamebelasting I
geluidsontheffing F sr
winkeltijdenontheffing N
kansspelautomaatvergunning I
collectevergunning I
ligplaatsvergunning D
uitwegvergunning L
belastingaanslag-bezwaar D
betalingsregeling F
"""),
 dict(code="GM0826", type="G", name="Gemeente Oosterhout", short="Oosterhout", host="www.oosterhout.test", website="http://www.oosterhout.test/",
      cms="typo3", links="abs", title_style=1, home="/nl/", consent="links", az="/nl/a-z/", soft404=True,
      titles={k: TITLES[k][1] + " aanvragen" for k in ("parkeervergunning", "gehandicaptenparkeerkaart", "evenementenvergunning", "terrasvergunning", "uitwegvergunning", "subsidie")},
      platform=P("eform", "oosterhout.e-formulieren.test", lambda s: "/formulier/%s" % s, lambda s, k: "/formulier/%s/inloggen-%s" % (s, "digid" if k == "digid" else "eherkenning"), "e-Formulieren Oosterhout"),
      cta="iframe", pdfdir="/fileadmin/formulieren/", postbus="10150, 4900 GB Oosterhout", tel="0162", contact="/nl/contact/", color="#5c2d91",
      appt_host="afspraken.oosterhout.test", sections=GSECTIONS, tax=("www.belastingsamenwerkingwestbrabant.test", "Belastingsamenwerking West-Brabant"),
      meld=("oosterhout.fixi.test", "Fixi meldingen Oosterhout"),
      pairs={"identiteitskaart": "paspoort"}, pair_titles={"paspoort": "Reisdocumenten (paspoort en identiteitskaart)"},
      similar={"standplaatsvergunning": ("Standplaats tijdens evenement of koopavond", "I")},
      notoff={"reclamebelasting": ("Ondernemersfonds en BIZ", "Ondernemers in het centrum betalen mee aan het ondernemersfonds via de OZB. Oosterhout kent geen reclamebelasting.")},
      extra_news=[("Oosterhout viert 50 jaar stadsrechten", "Het hele jaar zijn er activiteiten.")],
      plan="""
brp-uittreksel D
verhuismelding D
geboorteaangifte A
overlijdensaangifte I
huwelijksaangifte D
paspoort A
identiteitskaart A
parkeervergunning D button
gehandicaptenparkeerkaart D
gehandicaptenparkeerplaats D
hondenbelasting T
belastingkwijtschelding T
woz-bezwaar T
bijstand D button
bijzondere-bijstand D
wmo-voorziening F
leerlingenvervoer D
grofvuil F button
afvalcontainer F
melding-openbare-ruimte M
omgevingsvergunning L
kapvergunning L
bouwdossier-inzage F
bezwaar D
klacht F
woo-verzoek F
subsidie E
evenementenvergunning E button
exploitatievergunning-horeca E
alcoholvergunning E
terrasvergunning E
standplaatsvergunning P sim
marktvergunning P
reclamebelasting O
geluidsontheffing E
winkeltijdenontheffing F
kansspelautomaatvergunning P
collectevergunning I mt
ligplaatsvergunning N stale
uitwegvergunning D
belastingaanslag-bezwaar T
betalingsregeling T
"""),
 dict(code="GM0820", type="G", name="Gemeente Nuenen, Gerwen en Nederwetten", short="Nuenen", host="www.nuenen.test", website="http://www.nuenen.test/",
      cms="sim", links="abs", title_style=1, az="/producten-en-diensten/", eloket="/alle-formulieren", eloket_name="Alle formulieren",
      titles={"geboorteaangifte": "Aangifte geboorte", "gehandicaptenparkeerkaart": "Gehandicaptenparkeervoorziening: kaart", "gehandicaptenparkeerplaats": "Gehandicaptenparkeervoorziening: plaats",
              "kapvergunning": "Omgevingsvergunning kappen (houtopstand)", "evenementenvergunning": "APV-vergunning evenement", "standplaatsvergunning": "APV-vergunning standplaats",
              "geluidsontheffing": "APV-ontheffing geluid", "collectevergunning": "APV-vergunning inzameling geld of goederen", "uitwegvergunning": "APV-vergunning uitweg",
              "exploitatievergunning-horeca": "Horeca-exploitatie en Alcoholwet"},
      platform=P("eloket", "eloket.nuenen.test", lambda s: "/formulieren/%s" % s, lambda s, k: "/formulieren/%s/%s" % (s, "digid" if k == "digid" else "eherkenning"), "E-loket Nuenen", img=True),
      cta="img", pdfdir="/documenten/formulieren/", postbus="10000, 5670 GA Nuenen", tel="040", contact="/contact.html", color="#006633",
      appt_host="nuenen.afspraakmaken.test", sections=GSECTIONS, tax=("www.dienstdommelvallei.test", "Dienst Dommelvallei"), social=("www.dienstdommelvallei.test", "Dienst Dommelvallei"),
      pairs={"alcoholvergunning": "exploitatievergunning-horeca"},
      notoff={"reclamebelasting": ("Lokale heffingen voor ondernemers", "Ondernemers betalen onroerendezaakbelasting en rioolheffing. Nuenen heft geen reclamebelasting en geen precariobelasting."),
              "parkeervergunning": ("Parkeren in Nuenen", "Parkeren is in heel Nuenen gratis. Er zijn geen vergunninghoudersplaatsen; de gemeente geeft geen parkeervergunningen uit.")},
      extra_news=[("Van Gogh Village: nieuwe wandelroute", "Een nieuwe route langs plekken waar Van Gogh woonde.")],
      plan="""
brp-uittreksel D overview
verhuismelding D overview
geboorteaangifte I
overlijdensaangifte I
huwelijksaangifte D overview
paspoort A
identiteitskaart A
parkeervergunning O
gehandicaptenparkeerkaart P
gehandicaptenparkeerplaats P
hondenbelasting T
belastingkwijtschelding T
woz-bezwaar T
bijstand S
bijzondere-bijstand S
wmo-voorziening I
leerlingenvervoer D
grofvuil F overview
afvalcontainer F overview
melding-openbare-ruimte F
omgevingsvergunning L
kapvergunning F overview
bouwdossier-inzage I
bezwaar P
klacht F overview
woo-verzoek P
subsidie P
evenementenvergunning P
exploitatievergunning-horeca P
alcoholvergunning P
terrasvergunning P
standplaatsvergunning N
marktvergunning I
reclamebelasting O
geluidsontheffing I
winkeltijdenontheffing N
kansspelautomaatvergunning P
collectevergunning I
ligplaatsvergunning N
uitwegvergunning P
belastingaanslag-bezwaar T
betalingsregeling T
"""),
 dict(code="GM0965", type="G", name="Gemeente Simpelveld", short="Simpelveld", host="www.simpelveld.test", website="http://simpelveld.test/",
      redirect_from="simpelveld.test", cms="small", links="rel", title_style="mix", az="/a-z.html", eloket="/e-loket/", eloket_name="Digitaal loket",
      titles={"hondenbelasting": "Hondenbelasting (BsGW)", "belastingkwijtschelding": "Kwijtschelding BsGW"},
      platform=P("goeform", "eformulieren.simpelveld.test", lambda s: "/eformulier/%s" % s, lambda s, k: "/eformulier/%s/login/%s" % (s, "digid" if k == "digid" else "eherkenning"), "eFormulieren Simpelveld", img=True),
      cta="img", pdfdir="/downloads/", postbus="21000, 6369 ZG Simpelveld", tel="045", contact="/contact.html", color="#7a1f2b",
      appt_host="simpelveld.afspraakmaken.test", sections=GSECTIONS, tax=("www.bsgw.test", "BsGW"), social=("www.sociaaldomeinheuvelland.test", "Sociaal Domein Heuvelland"),
      waste=("www.rd4.test", "Rd4"),
      pairs={"identiteitskaart": "paspoort"}, pair_titles={"paspoort": "Paspoort of identiteitskaart aanvragen?"},
      extra_news=[("Carnaval 2027: vergunningen op tijd aanvragen", "Organiseert u iets tijdens carnaval? Vraag op tijd een vergunning aan.")],
      plan="""
brp-uittreksel D
verhuismelding D
geboorteaangifte I
overlijdensaangifte I
huwelijksaangifte P
paspoort A
identiteitskaart A
parkeervergunning N
gehandicaptenparkeerkaart P
gehandicaptenparkeerplaats I
hondenbelasting T
belastingkwijtschelding T
woz-bezwaar T
bijstand S
bijzondere-bijstand S
wmo-voorziening I cf
leerlingenvervoer P
grofvuil I rp
afvalcontainer R
melding-openbare-ruimte F overview
omgevingsvergunning L
kapvergunning P
bouwdossier-inzage I mt
bezwaar I mt
klacht P
woo-verzoek I
subsidie P
evenementenvergunning P nw
exploitatievergunning-horeca P
alcoholvergunning P
terrasvergunning P
standplaatsvergunning P
marktvergunning N
reclamebelasting N
geluidsontheffing P
winkeltijdenontheffing N
kansspelautomaatvergunning I
collectevergunning I
ligplaatsvergunning N
uitwegvergunning D
belastingaanslag-bezwaar T
betalingsregeling T
"""),
]

WSEC = {"belastingkwijtschelding": "Belastingen", "zuiveringsheffing": "Belastingen", "watersysteemheffing": "Belastingen", "belastingaanslag-bezwaar": "Belastingen",
        "betalingsregeling": "Belastingen", "melding-openbare-ruimte": "Melden", "watermelding": "Melden", "schadevergoeding-provincie": "Melden",
        "omgevingsvergunning": "Vergunningen", "watervergunning": "Vergunningen", "wegvergunning-provinciaal": "Vergunningen", "bedrijfsafvalwater-melding": "Vergunningen",
        "bezwaar": "Contact en organisatie", "klacht": "Contact en organisatie", "woo-verzoek": "Contact en organisatie", "subsidie": "Subsidies"}
PSEC = {"omgevingsvergunning": "Vergunningen en ontheffingen", "ontgrondingsvergunning": "Vergunningen en ontheffingen", "watervergunning": "Vergunningen en ontheffingen",
        "natuurvergunning": "Vergunningen en ontheffingen", "beschermde-dieren-ontheffing": "Vergunningen en ontheffingen", "tijdelijk-luchtvaartterrein": "Vergunningen en ontheffingen",
        "vuurwerk-ontbranding": "Vergunningen en ontheffingen", "geluidsontheffing": "Vergunningen en ontheffingen", "evenementenvergunning": "Vergunningen en ontheffingen",
        "uitwegvergunning": "Wegen en verkeer", "wegvergunning-provinciaal": "Wegen en verkeer", "subsidie": "Subsidies", "schadevergoeding-provincie": "Natuur",
        "bezwaar": "Bestuur en organisatie", "klacht": "Bestuur en organisatie", "woo-verzoek": "Bestuur en organisatie"}
WTEXT = {k: v[1] for k, v in WATER.items()}
WTEXT["belastingkwijtschelding"] = "Kunt u de waterschapsbelasting niet betalen? Dan kunt u kwijtschelding aanvragen."

ORGS += [
 dict(code="WS0664", type="W", name="Waterschap Drents Overijsselse Delta", short="WDODelta", host="wdodelta.test", website="http://www.wdodelta.test/",
      redirect_from="www.wdodelta.test", cms="wp", links="base", sitemap=True, counter="ons kantoor in Zwolle", phone="088 233 12 00",
      titles={k: v[0] for k, v in WATER.items()} | {"melding-openbare-ruimte": "Melding doen", "subsidie": "Subsidie Klimaatbestendig Delta"},
      texts=WTEXT, secmap=WSEC, sections=["Vergunningen", "Melden", "Belastingen", "Subsidies", "Contact en organisatie"],
      platform=P("wpgf", "wdodelta.test", lambda s: "/formulieren/%s/" % s, lambda s, k: "/inloggen/%s/%s" % ("digid" if k == "digid" else "eherkenning", s), "WDODelta"),
      cta="a", pdfdir="/wp-content/uploads/2025/11/", postbus="60, 8000 AB Zwolle", tel="088", contact="/contact/", color="#0077c8",
      tax=("www.gblt.test", "GBLT"), pairs={"melding-openbare-ruimte": "watermelding"},
      extra_news=[("Dijkversterking Vecht van start", "De werkzaamheden duren tot 2028."), ("Blauwalg in de Reeve", "Zwem niet in water met blauwalg.")],
      plan="""
belastingkwijtschelding T!
melding-openbare-ruimte F
omgevingsvergunning L
bezwaar D
klacht F iframe
woo-verzoek DE
subsidie DE
wegvergunning-provinciaal N
schadevergoeding-provincie F
watervergunning L
watermelding F
zuiveringsheffing TE
watersysteemheffing I
belastingaanslag-bezwaar T
betalingsregeling TF
bedrijfsafvalwater-melding L
"""),
 dict(code="WS0653", type="W", name="Wetterskip Fryslân", short="Wetterskip Fryslân", host="www.wetterskipfryslan.test", website="http://www.wetterskipfryslan.test/",
      cms="wf", links="abs", home="/nl/", lang_splash=True, soft404=True, counter="ons kantoor in Leeuwarden", phone="058 292 22 22",
      titles={k: v[0] for k, v in WATER.items()} | {"watermelding": "Melding doen", "bedrijfsafvalwater-melding": "Lozingen en bedrijfsafvalwater", "zuiveringsheffing": "Zuiveringsheffing en vervuilingseenheden"},
      texts=WTEXT, secmap=WSEC, sections=["Vergunningen", "Melden", "Belastingen", "Subsidies", "Contact en organisatie"],
      platform=P("openforms", "formulieren.wetterskipfryslan.test", lambda s: "/%s/" % s, lambda s, k: "/auth/%s/%s/start" % (s, "digid" if k == "digid" else "eherkenning"), "Formulieren Wetterskip Fryslân", js=True),
      cta="a", pdfdir="/nl/documenten/", postbus="36, 8900 AA Leeuwarden", tel="058", contact="/nl/contact", color="#00a0d2",
      tax=("www.noordelijkbelastingkantoor.test", "Noordelijk Belastingkantoor"), meld=("meldpunt.wetterskipfryslan.test", "Meldpunt Wetterskip Fryslân"),
      pairs={"melding-openbare-ruimte": "watermelding"},
      english={"watervergunning": ("Water permit", "/en/water-permit")},
      notoff={"wegvergunning-provinciaal": ("Wegen en vaarwegen", "Wetterskip Fryslân beheert geen wegen. Voor werkzaamheden aan of langs een weg of vaarweg neemt u contact op met de gemeente of de provincie Fryslân.")},
      extra_news=[("Waterpeil in boezem verlaagd", "Door de hevige regenval is het peil verlaagd.")],
      plan="""
belastingkwijtschelding T
melding-openbare-ruimte M
omgevingsvergunning L
bezwaar I mt
klacht F
woo-verzoek P
subsidie P
wegvergunning-provinciaal O
schadevergoeding-provincie P
watervergunning L en
watermelding M
zuiveringsheffing P
watersysteemheffing I rp
belastingaanslag-bezwaar T
betalingsregeling T
bedrijfsafvalwater-melding P
"""),
 dict(code="PV30", type="P", name="Provincie Noord-Brabant", short="Brabant", host="www.brabant.test", website="http://www.brabant.test/",
      cms="nlds", links="abs", sitemap=True, search=("/zoeken", "q"), counter="het Provinciehuis in 's-Hertogenbosch", phone="073 681 28 12",
      titles={k: v[0] for k, v in PROV.items()}, texts={k: v[1] for k, v in PROV.items()}, secmap=PSEC,
      sections=["Vergunningen en ontheffingen", "Wegen en verkeer", "Natuur", "Subsidies", "Bestuur en organisatie"],
      platform=P("loket", "loket.brabant.test", lambda s: "/formulier/%s" % s, lambda s, k: "/%s/%s" % ("digid" if k == "digid" else "eherkenning", s), "Provinciaal e-loket"),
      cta="button", pdfdir="/media/formulieren/", postbus="90151, 5200 MC 's-Hertogenbosch", tel="073", contact="/contact", color="#d2001e",
      english={"subsidie": ("Grants from the Province of Noord-Brabant", "/en/grants")},
      extra_news=[("Provincie investeert in snelfietspaden", "Er komen vier nieuwe snelfietsroutes.")],
      plan="""
omgevingsvergunning L
bezwaar DE
klacht F
woo-verzoek F
subsidie E en
evenementenvergunning N
geluidsontheffing P
uitwegvergunning F
beschermde-dieren-ontheffing L
natuurvergunning L
ontgrondingsvergunning L
tijdelijk-luchtvaartterrein E getform
wegvergunning-provinciaal F
vuurwerk-ontbranding E
schadevergoeding-provincie B
watervergunning L
"""),
]


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    idp_pages()
    for o in ORGS:
        build_gemeente(o)
    # write files
    paths = {(h, p) for h, p in FILES}
    for h, p in paths:
        parts = p.split("?")[0].rstrip("/").split("/")
        for i in range(1, len(parts)):
            pre = "/".join(parts[:i])
            if pre and (h, pre) in paths:
                raise SystemExit("file/folder clash %s %s %s" % (h, pre, p))
    for (host, path), data in sorted(FILES.items()):
        if host == "__search__":
            f = OUT / "search" / ("%s.html" % path)
        elif host == "__404__":
            f = OUT / "notfound" / ("%s.html" % path)
        else:
            p = path
            if p.endswith("/"):
                p += "index.html"
            f = OUT / "sites" / host / p.lstrip("/")
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    for host, idx in SEARCH.items():
        (OUT / "search" / ("%s.json" % host)).write_text(json.dumps(idx, ensure_ascii=False, indent=1), encoding="utf-8")
    # redirect-source hosts need a folder so the proxy knows the host
    for hr in BEH["host_redirects"]:
        (OUT / "sites" / hr["host"]).mkdir(parents=True, exist_ok=True)
    for r in BEH["redirects"]:
        h = r["url"].split("/")[2]
        (OUT / "sites" / h).mkdir(parents=True, exist_ok=True)
    manifest = {"format": 1, "generator": "web-dev14 gen.py", "features": dict(sorted(FEATURES.items())),
                "behaviours": {k: v for k, v in BEH.items() if v}}
    (OUT / "testweb.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    with open(OUT / "organisations.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["code", "name", "org_type", "website"])
        for o in ORGS:
            w.writerow([o["code"], o["name"], {"G": "gemeente", "W": "waterschap", "P": "provincie"}[o["type"]], o["website"]])
    cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "notes"]
    with open(OUT / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in LABELS:
            w.writerow(r)
    # summary
    from collections import Counter
    st = Counter(r["status"] for r in LABELS)
    lv = Counter(r["level"] for r in LABELS if r["status"] == "ok")
    print("rows", len(LABELS), dict(st), "levels", dict(sorted(lv.items())))
    print("pages", sum(1 for k in FILES if not k[0].startswith("__")), "hosts", len({k[0] for k in FILES if not k[0].startswith("__")}))


if __name__ == "__main__":
    main()
