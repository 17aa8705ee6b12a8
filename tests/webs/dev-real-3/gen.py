# -*- coding: utf-8 -*-
"""Generate the held-out simulated web web-dev3 (deterministic; no randomness beyond crc32)."""
import csv
import json
import os
import posixpath
import re
import shutil
import sys
import zlib
from html import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from products_nl import P as PROD  # noqa: E402
from plan import plan  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "web")

FILES = {}          # (host, path) -> bytes
REDIRECTS = []
HOST_REDIRECTS = []
NOT_FOUND = []
SEARCHES = []
LABELS = []
FEATURES = {}       # feature -> count


def feat(name, n=1):
    FEATURES[name] = FEATURES.get(name, 0) + n


def h(s):
    return zlib.crc32(s.encode("utf-8"))


def put(host, path, content):
    if isinstance(content, str):
        content = content.encode("utf-8")
    if path.endswith("/"):
        path += "index.html"
    key = (host, path)
    FILES[key] = content


def redirect(url, location, status=302):
    REDIRECTS.append({"url": url, "status": status, "location": location})


def slugify(s):
    s = s.lower()
    for a, b in (("ë", "e"), ("é", "e"), ("ï", "i"), ("ú", "u"), ("â", "a"), ("€", ""), ("³", "3")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def under(s):
    s = re.sub(r"[^A-Za-z0-9ëéïú ]+", "", s).strip()
    s = s.replace(" ", "_")
    return s[0].upper() + s[1:]


# ---------------------------------------------------------------- PDF writer
def pdf(title, lines, form=False):
    """A small valid one-page PDF; a form PDF gets boxes and field lines."""
    def esc(t):
        t = t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        return t.encode("latin-1", "replace").decode("latin-1")
    ops = ["BT /F1 16 Tf 50 790 Td (%s) Tj ET" % esc(title)]
    y = 760
    for ln in lines:
        ops.append("BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (y, esc(ln)))
        if form and ln.rstrip().endswith(":"):
            ops.append("0.5 w 200 %d 340 16 re S" % (y - 4))
        y -= 24 if form else 14
        if y < 60:
            break
    if form:
        ops.append("BT /F1 10 Tf 50 %d Td (Datum: ____________   Handtekening: ______________________) Tj ET" % max(y - 10, 30))
    stream = "\n".join(ops).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (web-dev3 generator) >>" % esc(title)).encode("latin-1", "replace"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offs:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def form_pdf(orgname, title):
    return pdf("Aanvraagformulier " + title, [
        orgname, "Vul dit formulier volledig in en stuur het met de bijlagen naar ons op.", "",
        "1. Gegevens aanvrager", "Naam en voorletters:", "Adres:", "Postcode en woonplaats:",
        "Telefoonnummer:", "E-mailadres:", "2. Gegevens aanvraag", "Omschrijving:", "Datum / periode:",
        "Locatie:", "3. Bijlagen", "Meegestuurd (aankruisen):"], form=True)


def regulation_pdf(orgname, title):
    return pdf(title, [orgname, "", "Artikel 1 Begripsomschrijvingen",
                       "In deze verordening wordt verstaan onder ...", "Artikel 2 Belastbaar feit",
                       "Artikel 3 Tarieven: zie de bijbehorende tarieventabel.", "Artikel 4 Inwerkingtreding",
                       "Deze regeling treedt in werking op 1 januari 2025.", "",
                       "Vastgesteld door de raad in de openbare vergadering van 12 december 2024."])


# ---------------------------------------------------------------- organisations
ORGS = {
    "UT": dict(code="GM0344", name="Gemeente Utrecht", type="gemeente", host="www.utrecht.test", inh=367984,
               place="Utrecht"),
    "MA": dict(code="GM0935", name="Gemeente Maastricht", type="gemeente", host="www.gemeentemaastricht.test",
               inh=122418, place="Maastricht"),
    "SM": dict(code="GM0090", name="Gemeente Smallingerland", type="gemeente", host="www.smallingerland.test",
               inh=56341, place="Drachten"),
    "GW": dict(code="GM1729", name="Gemeente Gulpen-Wittem", type="gemeente", host="www.gulpen-wittem.test",
               inh=14052, place="Gulpen"),
    "WW": dict(code="GM1950", name="Gemeente Westerwolde", type="gemeente", host="www.westerwolde.test",
               inh=26203, place="Ter Apel"),
    "OS": dict(code="GM0828", name="Gemeente Oss", type="gemeente", host="www.oss.test", inh=93560, place="Oss"),
    "LE": dict(code="GM0546", name="Gemeente Leiden", type="gemeente", host="www.leiden.test", inh=126540,
               place="Leiden"),
    "MI": dict(code="GM0687", name="Gemeente Middelburg", type="gemeente", host="www.middelburg.test", inh=49206,
               place="Middelburg"),
    "GE": dict(code="PV25", name="Provincie Gelderland", type="provincie", host="www.gelderland.test", place="Arnhem"),
    "PU": dict(code="PV26", name="Provincie Utrecht", type="provincie", host="www.provincie-utrecht.test",
               place="Utrecht"),
    "VV": dict(code="WS0662", name="Vallei en Veluwe", type="waterschap", host="www.vallei-veluwe.test",
               place="Apeldoorn"),
    "BD": dict(code="WS0652", name="Brabantse Delta", type="waterschap", host="brabantsedelta.test", place="Breda"),
    "DU": dict(code="oorg10148", name="Dienst Uitvoering Onderwijs", type="rijk", host="www.duo.test",
               place="Groningen"),
    "CB": dict(code="zb000209", name="Centraal Bureau Rijvaardigheidsbewijzen", type="rijk", host="www.cbr.test",
               place="Rijswijk"),
}
SHORT = {"UT": "Utrecht", "MA": "Maastricht", "SM": "Smallingerland", "GW": "Gulpen-Wittem", "WW": "Westerwolde",
         "OS": "Oss", "LE": "Leiden", "MI": "Middelburg", "GE": "Gelderland", "PU": "provincie Utrecht",
         "VV": "Vallei en Veluwe", "BD": "Brabantse Delta", "DU": "DUO", "CB": "CBR"}

# shared bodies (own invented hosts)
TAX = {"MA": "www.bhm-belastingen.test", "GW": "www.bhm-belastingen.test",
       "OS": "www.deltabelastingen.test", "MI": "www.deltabelastingen.test", "BD": "www.deltabelastingen.test",
       "VV": "www.belastingkantoor-veluwevallei.test"}
TAXNAME = {"www.bhm-belastingen.test": "BHM Belastingen (Belastingen Heuvelland-Maas)",
           "www.deltabelastingen.test": "Delta Belastingen",
           "www.belastingkantoor-veluwevallei.test": "Belastingkantoor Veluwe-Vallei"}
SOCIAL = {"SM": ("www.isd-fryslanoost.test", "ISD Fryslân-Oost"),
          "GW": ("www.sociaaldomeinheuvelland.test", "Sociaal Domein Heuvelland")}
PARK = {"OS": "oss.parkeerdienst.test", "MI": "middelburg.parkeerdienst.test"}
OLO = "omgevingsloket.overheid.test"
BIJ = "mijnfaunazaken.bij12.test"
WASTE = ("www.afvalloket-oostgroningen.test", "Afvalloket Oost-Groningen")
DIGID = "digid.test"
EHERK = "eherkenning.test"

NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
             "november", "december"]

PREFILL = [
    "Als u inlogt met DigiD, vullen wij uw naam en adres alvast voor u in.",
    "Uw persoonsgegevens halen we automatisch op uit de Basisregistratie Personen (BRP). U hoeft ze niet zelf in te typen.",
    "Na het inloggen ziet u de gegevens die wij al van u hebben. Die zijn al ingevuld; u controleert ze alleen.",
    "Een deel van het formulier is al ingevuld met uw gegevens uit de BRP.",
    "Met eHerkenning nemen wij uw bedrijfsgegevens automatisch over uit het Handelsregister van de KVK.",
    "Omdat u inlogt, kennen wij uw adres en gezinssamenstelling al. Die gegevens staan al in het formulier.",
    "We vullen zoveel mogelijk gegevens alvast voor u in, zoals uw adres en uw opleiding.",
]
NOPREFILL = [
    "Houd uw DigiD bij de hand.",
    "U logt in met DigiD. Heeft u nog geen DigiD? Vraag deze dan eerst aan.",
    "Inloggen gaat met DigiD, met sms-controle of de DigiD app.",
    "Voor het formulier heeft u DigiD nodig.",
]


# ---------------------------------------------------------------- site styles
class Site:
    """Rendering of one organisation's own site."""

    def __init__(self, key):
        self.key = key
        self.o = ORGS[key]
        self.host = self.o["host"]
        self.name = self.o["name"]
        self.short = SHORT[key]
        self.pages = []        # (path, title) for sitemap/A-Z
        self.az = []           # (title, path)
        self.news = []
        self.forms = []        # (title, url) for the overview page
        self.search_index = []
        self.header_login = key in ("SM", "LE")
        self.footer_digid = key in ("WW", "OS", "MI")
        self.english = {}

    # url scheme per family -------------------------------------------------
    def product_path(self, pk, title, business=False, lang="nl"):
        k = self.key
        slug = slugify(title)
        cat = PROD[pk]["cat"]
        idn = 1000 + (h(k + pk) % 8000)
        if k == "UT":
            sec = {"burgerzaken": "burgerzaken", "parkeren": "verkeer-en-parkeren", "zorg": "zorg-en-onderwijs",
                   "onderwijs": "zorg-en-onderwijs", "belastingen": "belastingen", "werk": "werk-en-inkomen",
                   "afval": "afval", "openbare-ruimte": "wonen-en-leven", "bouwen": "bouwen-en-verbouwen",
                   "bestuur": "bestuur-en-organisatie", "subsidie": "bestuur-en-organisatie",
                   "ondernemen": "ondernemen", "water": "wonen-en-leven"}[cat]
            if lang == "en":
                return "/english/" + slugify(PROD[pk]["en"]) + "/"
            return "/%s/%s/" % (sec, slug)
        if k == "MA":
            return "/%s/%s" % ("en" if lang == "en" else "nl", slugify(PROD[pk]["en"]) if lang == "en" else slug)
        if k == "SM":
            return "/product?id=%d" % idn
        if k == "GW":
            return "/%s/%s.html" % ("ondernemers" if business else "inwoners", slug)
        if k == "WW":
            return "/" + slug
        if k == "OS":
            sec = {"burgerzaken": "Paspoort_rijbewijs_en_verhuizen", "parkeren": "Verkeer_en_parkeren",
                   "zorg": "Zorg_en_welzijn", "onderwijs": "Zorg_en_welzijn", "belastingen": "Belastingen",
                   "werk": "Werk_en_inkomen", "afval": "Afval", "openbare-ruimte": "Wonen_en_leefomgeving",
                   "bouwen": "Bouwen_en_wonen", "bestuur": "Bestuur", "subsidie": "Subsidies",
                   "ondernemen": "Vergunningen", "water": "Wonen_en_leefomgeving"}[cat]
            return "/%s/%s/%s" % ("Ondernemers" if business else "Inwoners", sec, under(title))
        if k == "LE":
            if lang == "en":
                return "/en/" + slugify(PROD[pk]["en"])
            return "/%s/%s" % ("ondernemers" if business else "inwoners", slug)
        if k == "MI":
            return "/%s/product/%s_%d.html" % ("ondernemers_42" if business else "inwoners_41", slug.replace("-", "_"), idn)
        if k == "GE":
            sec = "subsidies" if pk == "subsidie" else ("loket" if pk in ("bezwaar", "klacht", "woo-verzoek") else "vergunningen")
            return "/%s/%s" % (sec, slug)
        if k == "PU":
            return "/loket/product?pid=%d" % (idn % 900 + 100)
        if k == "VV":
            return "/%s/" % slug
        if k == "BD":
            return "/loket/%s" % slug
        if k == "DU":
            if lang == "en":
                return "/english/student-finance/applying.jsp"
            return "/particulier/studiefinanciering/aanvragen.jsp"
        if k == "CB":
            if lang == "en":
                return "/en/driving-licence/health-declaration.htm"
            return "/nl/rijbewijs/gezondheidsverklaring.htm"
        raise KeyError(k)

    def url(self, path):
        return "http://%s%s" % (self.host, path)

    # page wrapper ------------------------------------------------------------
    def nav(self):
        k = self.key
        if self.o["type"] == "gemeente":
            items = [("Home", self.home_path()), ("Inwoners", self.az_path()), ("Ondernemers", self.az_path()),
                     ("Nieuws", self.news_index_path()), ("Contact", self.contact_path())]
        else:
            items = [("Home", self.home_path()), ("Loket", self.az_path()), ("Actueel", self.news_index_path()),
                     ("Contact", self.contact_path())]
        if k == "LE":
            items.append(("English", "/en/"))
        if k == "UT":
            items.append(("English", "/english/"))
        return "".join('<li><a href="%s">%s</a></li>' % (p, t) for t, p in items)

    def home_path(self):
        return {"WW": "/home", "BD": "/home", "MA": "/nl/"}.get(self.key, "/")

    def az_path(self):
        return {"UT": "/onderwerpen-a-z/", "MA": "/nl/a-z", "SM": "/producten", "GW": "/inwoners/a-z.html",
                "WW": "/producten-en-diensten", "OS": "/Inwoners/Producten_A-Z", "LE": "/a-z",
                "MI": "/inwoners_41/producten-a-z.html", "GE": "/loket/", "PU": "/loket/", "VV": "/loket/",
                "BD": "/loket/", "DU": "/particulier/", "CB": "/nl/onderwerpen.htm"}[self.key]

    def news_index_path(self):
        return {"UT": "/nieuws/", "MA": "/nl/nieuws", "SM": "/nieuws", "GW": "/nieuws/overzicht.html",
                "WW": "/nieuws", "OS": "/Actueel/Nieuws", "LE": "/nieuws", "MI": "/nieuws_43/", "GE": "/actueel",
                "PU": "/actueel/nieuws", "VV": "/nieuws/", "BD": "/actueel", "DU": "/nieuws/", "CB": "/nl/nieuws.htm"}[self.key]

    def contact_path(self):
        return {"UT": "/contact/", "MA": "/nl/contact", "SM": "/contact", "GW": "/contact.html", "WW": "/contact",
                "OS": "/Contact", "LE": "/contact", "MI": "/contact_44/", "GE": "/contact", "PU": "/contact",
                "VV": "/contact/", "BD": "/contact", "DU": "/contact/", "CB": "/nl/contact.htm"}[self.key]

    def wrap(self, title, body, path, lang="nl", hreflang=None, extra_head=""):
        k = self.key
        cls = {"UT": "utrecht-document utrecht-page", "MA": "sc-page", "SM": "sim-pdc", "GW": "wp-owc",
               "WW": "path-node page-node-type-product", "OS": "iprox", "LE": "nlds denhaag-page",
               "MI": "sim-site", "GE": "nlds-theme gld", "PU": "typo3 pu", "VV": "wordpress theme-vv",
               "BD": "bd-site", "DU": "rijk duo", "CB": "rijk cbr"}[k]
        head_login = ""
        if self.header_login:
            mijn = {"SM": "MijnSmallingerland", "LE": "Mijn Leiden"}[k]
            murl = {"SM": "http://smallingerland.mijnomgeving.test/mijn/overzicht",
                    "LE": "http://mijn.leiden.test/mijn-leiden/"}[k]
            head_login = ('<div class="header-login"><a href="%s"><img src="/img/digid.svg" alt="">'
                          ' Inloggen %s (DigiD)</a></div>' % (murl, mijn))
        foot_digid = ""
        if self.footer_digid:
            foot_digid = ('<div class="footer-logos"><img src="/img/digid-logo.png" alt="DigiD"> '
                          '<img src="/img/eherkenning.png" alt="eHerkenning"> <span>Veilig regelen met DigiD en eHerkenning</span></div>')
        base = ""
        if k == "GW":
            base = '<base href="http://www.gulpen-wittem.test/inwoners/">'
        hl = ""
        if hreflang:
            hl = "".join('<link rel="alternate" hreflang="%s" href="%s">' % (a, u) for a, u in hreflang)
        search = ""
        if k in ("UT", "LE", "GE", "OS"):
            sp, param = SEARCH_CFG[k]
            search = ('<form class="search" action="%s" method="get"><label for="q">Zoeken</label>'
                      '<input id="q" name="%s" type="search"><button type="submit">Zoek</button></form>' % (sp, param))
        cookie = ""
        if k in ("MA", "PU", "UT", "LE", "VV"):
            cookie = ('<div id="cookiebar" class="cookie-banner"><p>Wij gebruiken cookies om de website te verbeteren.</p>'
                      '<button onclick="document.getElementById(\'cookiebar\').remove()">Akkoord</button></div>')
        gv = "" if k == "WW" else '<meta name="generator" content="%s">' % {
            "UT": "Drupal 10 (NL Design System)", "MA": "Sitecore", "SM": "SIM PDC", "GW": "WordPress 6.4; OpenWebConcept",
            "OS": "iProx", "LE": "Drupal 10 (NLDS)", "MI": "SIM", "GE": "Sitecore", "PU": "TYPO3 CMS",
            "VV": "WordPress 6.5", "BD": "Umbraco", "DU": "Hippo CMS", "CB": "SDL Tridion"}.get(k, "")
        html = ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8">%s<title>%s | %s</title>%s%s%s'
                '<meta name="viewport" content="width=device-width, initial-scale=1">'
                '<link rel="stylesheet" href="/css/site.css"></head>\n'
                '<body class="%s">%s<a class="skiplink" href="#main">Naar de inhoud</a>\n'
                '<header><a class="logo" href="%s"><img src="/img/logo.svg" alt="Logo %s"></a>%s<nav><ul>%s</ul></nav>%s</header>\n'
                '<main id="main">%s</main>\n'
                '<footer><div>%s &middot; Postbus %d &middot; %s</div>'
                '<ul><li><a href="%s">Contact</a></li><li><a href="%s">Nieuws</a></li><li><a href="/privacy">Privacy</a></li>'
                '<li><a href="/toegankelijkheid">Toegankelijkheid</a></li></ul>%s</footer></body></html>\n') % (
            lang, gv, escape(title), escape(self.name), base, hl, extra_head, cls, cookie, self.home_path(),
            escape(self.name), head_login, self.nav(), search, body, escape(self.name), 1000 + h(k) % 9000,
            self.o["place"], self.contact_path(), self.news_index_path(), foot_digid)
        return self.relink(html, path)

    def relink(self, html, path):
        """Oss: '../' relative links; Gulpen-Wittem: relative to <base href>."""
        if self.key == "OS":
            pdir = posixpath.dirname(path.split("?")[0]) or "/"

            def rel(m):
                target = m.group(2)
                if not target.startswith("/") or target.startswith("//"):
                    return m.group(0)
                r = posixpath.relpath(target.split("?")[0], pdir)
                if target.endswith("/") and not r.endswith("/"):
                    r += "/"
                if "?" in target:
                    r += "?" + target.split("?", 1)[1]
                return '%s="%s"' % (m.group(1), r)
            return re.sub(r'(href|src|action)="([^"]*)"', rel, html)
        if self.key == "GW":
            def rel(m):
                target = m.group(2)
                if not target.startswith("/") or target.startswith("//"):
                    return m.group(0)
                t = target.split("?")[0]
                r = posixpath.relpath(t, "/inwoners")
                if t.endswith("/") and not r.endswith("/"):
                    r += "/"
                if "?" in target:
                    r += "?" + target.split("?", 1)[1]
                return '%s="%s"' % (m.group(1), r)
            return re.sub(r'(href|src|action)="([^"]*)"', rel, html)
        return html

    def page(self, path, title, body, in_az=False, lang="nl", hreflang=None, text=""):
        put(self.host, path, self.wrap(title, body, path, lang=lang, hreflang=hreflang))
        self.pages.append((path, title))
        if in_az:
            self.az.append((title, path))
        self.search_index.append({"url": self.url(path), "title": title, "text": (text or title)[:300]})


SEARCH_CFG = {"UT": ("/zoeken/", "q"), "LE": ("/zoeken", "zoekterm"), "GE": ("/zoeken", "query"),
              "OS": ("/Zoeken", "zoekopdracht")}


# ---------------------------------------------------------------- routes (form hosts)
def idp_redirect(url, idp="digid"):
    if idp == "digid":
        redirect(url, "http://%s/inloggen?return=%s" % (DIGID, url.split("/")[2]))
    else:
        redirect(url, "http://%s/kies-uw-leverancier?dienst=%s" % (EHERK, url.split("/")[2]))


def simple_page(title, body, css=""):
    return ('<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>%s</title>%s</head>'
            '<body>%s</body></html>\n' % (escape(title), css, body))


FIELDS = ('<label>Naam<input name="naam" required></label><label>Adres<input name="adres"></label>'
          '<label>Postcode<input name="postcode"></label><label>E-mailadres<input type="email" name="email"></label>'
          '<label>Telefoonnummer<input type="tel" name="telefoon"></label><label>Toelichting<textarea name="toelichting"></textarea></label>')


def auth_gate(site, pk, title, idps, prefill_text, host, path, login_paths, css_cls="form-gate", img_only=False,
              steps=False):
    """A form page that needs a login; the login starts redirect to the identity provider."""
    btns = []
    for idp, lp in zip(idps, login_paths):
        url = "http://%s%s" % (host, lp)
        idp_redirect(url, idp)
        if idp == "digid":
            if img_only:
                btns.append('<a class="btn-digid" href="%s"><img src="/img/digid-button.png" alt="Inloggen met DigiD"></a>' % lp)
            else:
                btns.append('<a class="button" href="%s"><img src="/img/digid.svg" alt=""> Inloggen met DigiD</a>' % lp)
        else:
            btns.append('<a class="button" href="%s">Inloggen met eHerkenning</a>' % lp)
            if idp == "eherkenning" and len(idps) == 1:
                btns.append('<p class="small">Woont of werkt u in een ander EU-land? <a href="%s">Inloggen met eIDAS</a></p>' % lp)
    head = ""
    if steps:
        head = '<ol class="wizard-steps"><li class="active">Inloggen</li><li>Gegevens</li><li>Bijlagen</li><li>Controleren en versturen</li></ol>'
    who = "bedrijf of organisatie" if idps == ["eherkenning"] else "u"
    body = ('<div class="%s"><p class="org">%s</p><h1>%s</h1>%s<p>Om dit formulier in te vullen logt %s eerst in.</p>'
            '%s<div class="login-options">%s</div><p class="privacy">Wij gaan zorgvuldig om met uw gegevens.</p></div>') % (
        css_cls, escape(site.name), escape(title), head, "u" if who == "u" else "u namens uw " + who,
        ("<p class=\"prefill\">%s</p>" % prefill_text) if prefill_text else "<p>%s</p>" % NOPREFILL[h(pk + host) % len(NOPREFILL)],
        "".join(btns))
    put(host, path, simple_page(title + " - " + site.name, body))
    return "http://%s%s" % (host, path)


def anon_form(site, title, host, path, action=None, extra=""):
    body = ('<p class="org">%s</p><h1>%s</h1><p>Vul het formulier in. U heeft geen DigiD nodig.</p>'
            '<form method="post" action="%s">%s%s<button type="submit">Verzenden</button></form>') % (
        escape(site.name), escape(title), action or path, FIELDS, extra)
    put(host, path, simple_page(title, body))
    return "http://%s%s" % (host, path)


def js_form(site, pk, title, host, slug, login, prefill_text):
    """Open-Formulieren style: the page is an empty container; the script builds the form or login button."""
    path = "/%s/" % slug
    if login:
        idp = "digid" if login == "digid" else "eherkenning"
        lp = "/auth/%s/%s/start" % (slug, idp)
        idp_redirect("http://%s%s" % (host, lp), idp)
        label = "Inloggen met DigiD" if idp == "digid" else "Inloggen met eHerkenning"
        inner = ("'<h1>' + cfg.title + '</h1><p>%s</p><a class=\"openforms-button\" href=\"%s\">%s</a>'" %
                 ((prefill_text or "Log in om te beginnen.").replace("'", "\\'"), lp, label))
    else:
        inner = ("'<h1>' + cfg.title + '</h1><form method=\"post\" action=\"/api/v2/submissions\">"
                 "<label>Naam<input name=\"naam\"></label><label>E-mail<input name=\"email\"></label>"
                 "<label>Omschrijving<textarea name=\"omschrijving\"></textarea></label>"
                 "<button type=\"submit\">Volgende</button></form>'")
    body = ('<noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>'
            '<div id="openforms-root" data-sdk-url="/static/sdk/" data-form-slug="%s"></div>'
            '<script>(function(){var cfg={title:%s};var el=document.getElementById("openforms-root");'
            'el.innerHTML=%s;})();</script>') % (slug, json.dumps(title), inner)
    put(host, path, simple_page(title + " - " + site.name, body))
    return "http://%s%s" % (host, path)


def make_route(site, pk, code, title):
    """Create the route for an own-organisation form; returns (cta_url, route_url, pres_hint, desc)."""
    k = site.key
    prefill = code.endswith("p")
    kind = code[0]
    ptxt = PREFILL[h(k + pk) % len(PREFILL)] if prefill else ""
    if prefill and k == "DU":
        ptxt = PREFILL[6]
    if prefill and kind == "E":
        ptxt = PREFILL[4]
    slug = slugify(PROD[pk]["titles"][0])
    idps = {"D": ["digid"], "E": ["eherkenning"], "B": ["digid", "eherkenning"]}.get(kind)
    if k in ("UT", "BD"):
        host = "formulieren.utrecht.test" if k == "UT" else "formulieren.brabantsedelta.test"
        login = None if kind == "A" else ("digid" if kind in "DB" else "eherkenning")
        u = js_form(site, pk, title, host, slug, login, ptxt)
        if kind == "B":
            lp = "/auth/%s/eherkenning/start" % slug
            idp_redirect("http://%s%s" % (host, lp), "eherkenning")
        feat("js_rendered_form")
        return u, u, "Open Formulieren (JS)"
    if k in ("MA", "OS"):
        host = "loket.gemeentemaastricht.test" if k == "MA" else "eloket.oss.test"
        name = "".join(w.capitalize() for w in re.findall(r"[a-z0-9]+", slug))
        path = ("/eloket/formulier/%s.aspx" if k == "MA" else "/TriplEforms/DirectRegelen/formulier/nl-NL/evOss/scr%s.aspx") % name
        if kind == "A":
            u = anon_form(site, title, host, path)
        else:
            lps = ["/eloket/%s/%s" % (i, name) for i in idps]
            u = auth_gate(site, pk, title, idps, ptxt, host, path, lps, steps=True)
        feat("aspx_wizard")
        site.forms.append((title, u))
        return u, u, ".aspx e-loket wizard"
    if k == "SM":
        host = "smallingerland.mijnomgeving.test"
        path = "/formulier/start?formulier=%s" % slug
        if kind == "A":
            u = anon_form(site, title, host, path, action="/formulier/verzend")
        else:
            u = auth_gate(site, pk, title, idps, ptxt, host, path, ["/digid/login/%s" % slug])
        return u, u, "mijnomgeving form host"
    if k in ("GW", "PU"):
        host = "gulpen-wittem.e-formulier.test" if k == "GW" else "provincie-utrecht.e-formulier.test"
        org = "gemeentegulpenwittem" if k == "GW" else "provincieutrecht"
        name = "".join(w.capitalize() for w in re.findall(r"[a-z0-9]+", slug))
        path = "/%s/%s" % (org, name)
        if kind == "A":
            u = anon_form(site, title, host, path)
        else:
            u = auth_gate(site, pk, title, idps, ptxt, host, path, ["/%s/%s/%s-login" % (org, name, i) for i in idps])
        return u, u, "e-formulier SaaS host"
    if k == "WW":
        host = "loket.westerwolde.test"
        path = "/eformulieren/%s" % slug
        if kind == "A":
            u = anon_form(site, title, host, path)
        else:
            u = auth_gate(site, pk, title, idps, ptxt, host, path, ["/eformulieren/%s/%s" % (slug, i) for i in idps],
                          img_only=True)
            feat("digid_image_only_gate")
        return u, u, "GemeenteOplossingen eFormulieren"
    if k == "LE":
        if kind == "A":
            u = anon_form(site, title, "www.leiden.test", "/formulieren/%s" % slug)
            return u, u, "own-site form"
        host = "mijn.leiden.test"
        u = auth_gate(site, pk, title, idps, ptxt, host, "/%s/" % slug, ["/%s/%s-login" % (i, slug) for i in idps])
        return u, u, "Mijn Leiden (Gravity Forms) host"
    if k == "MI":
        host = "e-formulieren.middelburg.test"
        path = "/formulier?naam=%s" % slug
        if kind == "A":
            u = anon_form(site, title, host, path, action="/formulier/verzenden")
        else:
            u = auth_gate(site, pk, title, idps, ptxt, host, path, ["/login/%s/%s" % (i, slug) for i in idps])
        return u, u, "e-formulieren host with query string"
    if k == "GE":
        host = "subsidies.gelderland.test" if pk == "subsidie" else "loket.gelderland.test"
        path = "/aanvraag/%s" % slug
        if kind == "A":
            u = anon_form(site, title, "www.gelderland.test", "/formulieren/%s" % slug)
            return u, u, "own-site form"
        if pk == "subsidie":
            idps = ["eherkenning", "digid"]
        u = auth_gate(site, pk, title, idps, ptxt, host, path, ["/inloggen/%s/%s" % (i, slug) for i in idps])
        return u, u, "provincial loket"
    if k == "VV":
        if kind == "A":
            u = anon_form(site, title, "www.vallei-veluwe.test", "/formulieren/%s/" % slug)
            return u, u, "Gravity Forms on the site"
        host = "loket.vallei-veluwe.test"
        u = auth_gate(site, pk, title, idps, ptxt, host, "/%s" % slug, ["/login/%s/%s" % (i, slug) for i in idps])
        return u, u, "water board loket"
    if k == "DU":
        u = auth_gate(site, pk, title, ["digid"], ptxt, "mijn.duo.test", "/studiefinanciering/aanvragen",
                      ["/inloggen/digid"])
        return u, u, "Mijn DUO"
    if k == "CB":
        u = auth_gate(site, pk, title, ["digid"], ptxt, "mijn.cbr.test", "/gezondheidsverklaring/",
                      ["/auth/digid"])
        return u, u, "Mijn CBR"
    raise KeyError(k)


def pdf_path(site, pk, title):
    k = site.key
    slug = slugify(title)
    p = {"UT": "/sites/default/files/formulieren/%s.pdf", "MA": "/-/media/documenten/formulieren/%s.pdf",
         "SM": "/documenten/formulier-%s.pdf", "GW": "/wp-content/uploads/2024/03/%s-aanvraagformulier.pdf",
         "WW": "/sites/default/files/2024-02/aanvraagformulier-%s.pdf", "OS": "/Publicaties/Formulieren/%s.pdf",
         "LE": "/media/formulieren/%s.pdf", "MI": "/document.php?m=12&fileid=%s", "GE": "/documenten/%s-formulier.pdf",
         "PU": "/fileadmin/formulieren/%s.pdf", "VV": "/wp-content/uploads/formulier-%s.pdf",
         "BD": "/media/documents/%s.pdf"}[k] % slug
    return p


# ---------------------------------------------------------------- shared bodies
SHARED_ROUTES = {}


def build_shared():
    # tax offices
    for host, name in TAXNAME.items():
        body = "<h1>%s</h1><p>Wij heffen en innen de belastingen voor onze deelnemers.</p><ul>" % name
        items = [("kwijtschelding", "Kwijtschelding aanvragen", ["digid"], True),
                 ("woz", "Bezwaar maken tegen de WOZ-waarde", ["digid", "eherkenning"], host != "www.deltabelastingen.test"),
                 ("bezwaar", "Bezwaar tegen uw aanslag", ["digid", "eherkenning"], False),
                 ("betalingsregeling", "Automatische incasso of betalingsregeling", ["digid"], False),
                 ("hondenbelasting", "Hond aan- of afmelden", ["digid"], False),
                 ("zuiveringsheffing", "Aangifte zuiveringsheffing", ["eherkenning"], False),
                 ("watersysteemheffing", "Wijziging doorgeven voor de watersysteemheffing", ["digid"], False)]
        for slug, title, idps, pf in items:
            ptxt = ""
            if pf:
                ptxt = ("Na het inloggen ziet u uw aanslag; uw gegevens en de gegevens van uw huishouden zijn al ingevuld."
                        if slug == "woz" else
                        "Wij halen uw inkomensgegevens op bij het Inlichtingenbureau; die hoeft u niet meer zelf in te vullen.")
            path = "/mijn/%s" % slug
            s = type("S", (), {"name": name})()
            u = auth_gate(s, slug, title, idps, ptxt, host, path, ["/mijn/%s/login-%s" % (slug, i) for i in idps])
            SHARED_ROUTES[(host, slug)] = (u, bool(ptxt))
            body += '<li><a href="%s">%s</a></li>' % (path, title)
        body += "</ul><p>Heeft u een vraag? Bel ons op werkdagen.</p>"
        put(host, "/", simple_page(name, body))
        put(host, "/robots.txt", "User-agent: *\nDisallow:\n")
    # social services
    for key, (host, name) in SOCIAL.items():
        s = type("S", (), {"name": name})()
        u1 = auth_gate(s, "bijstand", "Bijstand aanvragen", ["digid"], "", host, "/aanvragen/bijstand",
                       ["/aanvragen/bijstand/digid"])
        u2 = auth_gate(s, "bijzondere-bijstand", "Bijzondere bijstand aanvragen", ["digid"],
                       "Wij vullen uw gegevens uit de BRP alvast voor u in.", host, "/aanvragen/bijzondere-bijstand",
                       ["/aanvragen/bijzondere-bijstand/digid"])
        SHARED_ROUTES[(host, "bijstand")] = (u1, False)
        SHARED_ROUTES[(host, "bijzondere-bijstand")] = (u2, True)
        put(host, "/", simple_page(name, "<h1>%s</h1><p>Voor werk, inkomen en schulden.</p><ul>"
                                   '<li><a href="/aanvragen/bijstand">Bijstand aanvragen</a></li>'
                                   '<li><a href="/aanvragen/bijzondere-bijstand">Bijzondere bijstand aanvragen</a></li></ul>' % name))
    # parking portals
    for key, host in PARK.items():
        s = type("S", (), {"name": "Parkeerdienst " + SHORT[key]})()
        u = auth_gate(s, "parkeervergunning", "Parkeervergunning aanvragen of wijzigen", ["digid", "eherkenning"], "",
                      host, "/vergunning/aanvragen", ["/login/digid", "/login/eherkenning"])
        SHARED_ROUTES[(host, "parkeervergunning")] = (u, False)
        put(host, "/", simple_page("Parkeerdienst", '<h1>Parkeerdienst %s</h1><a href="/vergunning/aanvragen">Vergunning aanvragen</a>' % SHORT[key]))
    # national permit portal
    s = type("S", (), {"name": "Omgevingsloket"})()
    u = auth_gate(s, "omgevingsvergunning", "Aanvragen of melden", ["digid", "eherkenning"], "", OLO,
                  "/aanvragen-of-melden", ["/aanvragen-of-melden/inloggen/digid", "/aanvragen-of-melden/inloggen/eherkenning"])
    SHARED_ROUTES[(OLO, "olo")] = (u, False)
    put(OLO, "/", simple_page("Omgevingsloket", '<h1>Omgevingsloket</h1><ul><li><a href="/vergunningcheck">Vergunningcheck doen</a></li>'
                              '<li><a href="/aanvragen-of-melden">Aanvragen of melden</a></li></ul>'))
    put(OLO, "/vergunningcheck", simple_page("Vergunningcheck", "<h1>Vergunningcheck</h1><p>Beantwoord de vragen en zie of u een vergunning nodig heeft.</p>"
                                             '<form action="/vergunningcheck/stap-2"><label>Locatie<input name="adres"></label><button>Volgende</button></form>'))
    # BIJ12 own account (no DigiD/eHerkenning)
    put(BIJ, "/", simple_page("MijnFaunazaken", '<h1>MijnFaunazaken</h1><p>Maak een account aan met uw e-mailadres. U ontvangt een inlogcode per e-mail.</p>'
                              '<form method="post" action="/account/aanmaken"><label>E-mailadres<input type="email" name="email"></label>'
                              '<button>Account aanmaken</button></form><form method="post" action="/melding/schade"><h2>Schade melden</h2>%s'
                              '<button type="submit">Melding versturen</button></form>' % FIELDS))
    SHARED_ROUTES[(BIJ, "fauna")] = ("http://%s/" % BIJ, False)
    put("www.bij12.test", "/", simple_page("BIJ12", '<h1>BIJ12</h1><p>Faunaschade melden doet u via <a href="http://%s/">MijnFaunazaken</a>.</p>' % BIJ))
    # Mijn portals behind the site-wide header logins
    for host, path, name in (("smallingerland.mijnomgeving.test", "/mijn/overzicht", "MijnSmallingerland"),
                             ("mijn.leiden.test", "/mijn-leiden/", "Mijn Leiden")):
        lp = path.rstrip("/") + "/digid"
        idp_redirect("http://%s%s" % (host, lp), "digid")
        put(host, path, simple_page(name, '<h1>%s</h1><p>Bekijk de status van uw aanvragen en uw persoonlijke gegevens.</p>'
                                    '<a class="button" href="%s">Inloggen met DigiD</a>' % (name, lp)))
    # waste company
    host, name = WASTE
    u = anon_form(type("S", (), {"name": name})(), "Grofvuil of container aanmelden", host, "/aanmelden/")
    put(host, "/", simple_page(name, '<h1>%s</h1><p>Afvalinzameling voor Westerwolde en omliggende gemeenten.</p><a href="/aanmelden/">Grofvuil of container aanmelden</a>' % name))
    SHARED_ROUTES[(host, "waste")] = (u, False)
    # identity providers
    put(DIGID, "/inloggen", simple_page("Inloggen - DigiD", "<h1>Inloggen bij DigiD</h1><form method=\"post\" action=\"/inloggen-verder\"><label>DigiD gebruikersnaam<input name=\"u\"></label><label>Wachtwoord<input type=\"password\" name=\"p\"></label><button>Inloggen</button></form><p><a href=\"/app\">Inloggen met de DigiD app</a></p>"))
    put(DIGID, "/inloggen-verder", simple_page("DigiD", "<h1>Controleer uw sms-code</h1>"))
    put(DIGID, "/app", simple_page("DigiD app", "<h1>Inloggen met de DigiD app</h1><p>Scan de QR-code.</p>"))
    put(DIGID, "/", simple_page("DigiD", "<h1>DigiD</h1><p>Uw digitale identiteit.</p>"))
    put(EHERK, "/kies-uw-leverancier", simple_page("eHerkenning", "<h1>Kies uw eHerkenningsleverancier</h1><ul><li>Leverancier A</li><li>Leverancier B</li></ul>"))
    put(EHERK, "/", simple_page("eHerkenning", "<h1>eHerkenning</h1>"))


# ---------------------------------------------------------------- appointment hosts
APP_HOSTS = {"UT": "afspraken.utrecht.test", "MA": "maastricht.afsprakenplanner.test", "LE": "afspraken.leiden.test",
             "OS": "www.oss.test", "SM": "smallingerland.mijnomgeving.test", "GW": "gulpen-wittem.e-formulier.test",
             "MI": "afspraak.middelburg.test", "WW": "loket.westerwolde.test"}


def appointment(site, pk, title):
    k = site.key
    host = APP_HOSTS[k]
    path = {"UT": "/jccafspraak/", "MA": "/qmaticwebbooking/", "LE": "/afspraak-maken/", "OS": "/Afspraak_maken",
            "SM": "/afspraak", "GW": "/gemeentegulpenwittem/AfspraakMaken", "MI": "/afspraken/", "WW": "/afspraak-maken"}[k]
    if (host, path if not path.endswith("/") else path + "index.html") not in FILES:
        body = ('<h1>Afspraak maken</h1><p>Kies een product, een datum en een tijd.</p><form method="post" action="%s">'
                '<label>Product<select name="product"><option>Paspoort</option><option>Identiteitskaart</option>'
                '<option>Rijbewijs</option><option>Geboorteaangifte</option><option>Huwelijk / partnerschap</option></select></label>'
                '<label>Datum<input type="date" name="datum"></label><label>Tijd<select name="tijd"><option>09:00</option>'
                '<option>09:15</option><option>09:30</option></select></label><button type="submit">Afspraak bevestigen</button></form>') % path
        if host == site.host:
            site.page(path, "Afspraak maken", body)
        else:
            put(host, path, simple_page("Afspraak maken - " + site.name, body))
    return "http://%s%s" % (host, path)


# ---------------------------------------------------------------- product pages
HEADINGS = {
    "UT": ("Wat moet u weten?", "Wat heeft u nodig?", "Kosten", "Zo regelt u het"),
    "MA": None,  # accordion
    "SM": ("Inleiding", "Voorwaarden", "Kosten", "Aanpak"),
    "GW": ("Wat is het?", "Wat heb ik nodig?", "Wat kost het?", "Hoe werkt het?"),
    "WW": ("Wat is het?", "Wat moet ik meenemen?", "Wat kost het?", "Wat moet ik doen?"),
    "OS": ("Omschrijving", "Voorwaarden", "Kosten", "Aanvragen"),
    "LE": ("Zo werkt het", "Wat heeft u nodig", "Kosten", "Aanvragen"),
    "MI": ("Omschrijving", "Voorwaarden", "Kosten", "Aanvraag"),
    "GE": ("Wanneer heeft u dit nodig?", "Voorwaarden", "Kosten", "Hoe vraagt u het aan?"),
    "PU": ("Omschrijving", "Voorwaarden", "Kosten", "Aanvragen"),
    "VV": ("Waarom?", "Wat heeft u nodig?", "Kosten", "Hoe regelt u het?"),
    "BD": ("Wat is het?", "Voorwaarden", "Kosten", "Regelen"),
    "DU": ("Wanneer?", "Wat heeft u nodig?", "Kosten", "Aanvragen"),
    "CB": ("Wat is het?", "Wat heeft u nodig?", "Kosten", "Zo werkt het"),
}

CTA_WORDS = {"D": ["Direct regelen met DigiD", "Vraag online aan", "Online regelen", "Start het formulier",
                   "Ga naar het formulier", "Aanvragen met DigiD", "Doorgeven", "Meteen regelen"],
             "E": ["Aanvragen met eHerkenning", "Online aanvragen (met eHerkenning)", "Start aanvraag",
                   "Naar het aanvraagformulier"],
             "A": ["Vul het formulier in", "Online formulier", "Doe een melding", "Naar het formulier",
                   "Meld het online", "Formulier invullen"]}


def cta_html(site, pk, kind, url, title, variant):
    """A call to action in the organisation's presentation (anchor/button/GET form/image/iframe)."""
    words = CTA_WORDS["A" if kind == "A" else ("E" if kind == "E" else "D")]
    w = words[h(site.key + pk + "w") % len(words)]
    if variant == "button":
        feat("cta_button_onclick")
        return '<p><button type="button" class="btn btn-primary" onclick="location.href=\'%s\'">%s</button></p>' % (url, escape(w))
    if variant == "getform":
        feat("cta_get_form")
        base, q = url.split("?", 1) if "?" in url else (url, "")
        hidden = "".join('<input type="hidden" name="%s" value="%s">' % tuple(kv.split("=", 1)) for kv in q.split("&") if kv)
        return '<form class="cta" action="%s" method="get">%s<button type="submit">%s</button></form>' % (base, hidden, escape(w))
    if variant == "img":
        feat("cta_digid_image_alt_only")
        return '<p><a href="%s"><img src="/img/digid-knop.png" alt="DigiD"></a> %s</p>' % (url, escape(title))
    if variant == "iframe":
        feat("cta_iframe")
        return '<iframe src="%s" title="Formulier %s" width="100%%" height="900"></iframe>' % (url, escape(title))
    if variant == "jsanchor":
        feat("cta_script_written_anchor")
        return ('<div id="cta-%s"></div><script>document.getElementById("cta-%s").innerHTML=\'<a class="button" href="%s">%s</a>\';</script>'
                % (pk, pk, url, escape(w)))
    feat("cta_anchor")
    extra = " (met DigiD)" if kind == "D" and h(pk + site.key) % 3 == 0 else ""
    return '<p><a class="button cta" href="%s">%s</a>%s</p>' % (url, escape(w), extra)


def pres_for(site, pk, kind):
    k = site.key
    r = h(k + pk + "pres") % 10
    if k == "MA":
        return "button"
    if k in ("SM", "MI"):
        return "getform" if r < 7 else "a"
    if k == "GW" and kind == "A":
        return "iframe"
    if k == "PU" and kind == "A":
        return "iframe"
    if k == "WW" and kind in "DB":
        return "img"
    if k == "BD":
        return "button" if r < 6 else "a"
    if k == "LE":
        return "jsanchor" if r < 2 else ("button" if r < 4 else "a")
    if k == "VV":
        return "jsanchor" if r < 3 else "a"
    return "a"


# ---------------------------------------------------------------- plan details
TITLE_OVERRIDE = {
    ("OS", "alcoholvergunning"): "Drank schenken", ("WW", "alcoholvergunning"): "Alcohol verkopen of schenken",
    ("SM", "alcoholvergunning"): "Paracommercie: alcohol schenken in kantine", ("UT", "verhuismelding"): "Verhuizen",
    ("WW", "geboorteaangifte"): "Geboorte", ("LE", "afvalcontainer"): "Afvalcontainer",
    ("LE", "parkeervergunning"): "Parkeervergunning", ("UT", "parkeervergunning"): "Parkeervergunning",
    ("MI", "afvalcontainer"): "Afvalcontainers", ("GW", "grofvuil"): "Grof afval", ("SM", "afvalcontainer"): "Kliko kapot of kwijt",
    ("OS", "wmo-voorziening"): "Hulp bij het huishouden", ("MA", "bijzondere-bijstand"): "Vergoeding voor extra kosten",
    ("UT", "standplaatsvergunning"): "Standplaatsvergunning", ("UT", "marktvergunning"): "Marktvergunning",
    ("LE", "standplaatsvergunning"): "Standplaatsvergunning", ("LE", "marktvergunning"): "Marktvergunning",
    ("MI", "standplaatsvergunning"): "Standplaatsvergunning", ("MI", "marktvergunning"): "Weekmarkt: standplaats op de markt",
    ("GW", "exploitatievergunning-horeca"): "Horecavergunning (exploitatie en alcohol)",
    ("SM", "paspoort"): "Paspoort en identiteitskaart", ("WW", "paspoort"): "Reisdocumenten: paspoort en ID-kaart",
    ("MI", "paspoort"): "Paspoort of ID-kaart aanvragen", ("VV", "watervergunning"): "Werken in of bij het water",
    ("BD", "watervergunning"): "Keurvergunning", ("GE", "tijdelijk-luchtvaartterrein"): "Landen met een helikopter of luchtballon",
    ("PU", "schadevergoeding-provincie"): "Schade door wild", ("GE", "schadevergoeding-provincie"): "Faunaschade melden",
    ("VV", "schadevergoeding-provincie"): "Schade melden", ("BD", "schadevergoeding-provincie"): "Nadeelcompensatie",
    ("OS", "kapvergunning"): "Boom kappen", ("MA", "kapvergunning"): "Bomen kappen", ("WW", "uitwegvergunning"): "Uitrit of inrit",
    ("MA", "woz-bezwaar"): "Niet eens met uw WOZ-waarde?", ("UT", "woz-bezwaar"): "WOZ-waarde",
}
SHARED_PAGE = {("SM", "identiteitskaart"): "paspoort", ("WW", "identiteitskaart"): "paspoort",
               ("MI", "identiteitskaart"): "paspoort", ("GW", "alcoholvergunning"): "exploitatievergunning-horeca"}
BUSINESS_SAME_NAME = {("LE", "parkeervergunning"): "E", ("LE", "afvalcontainer"): "trap",
                      ("UT", "parkeervergunning"): "E", ("MI", "afvalcontainer"): "info"}
TRAPS = {
    "contact": ["UT:reclamebelasting", "MA:marktvergunning", "WW:paspoort", "LE:overlijdensaangifte",
                "GE:evenementenvergunning", "SM:geboorteaangifte", "OS:reclamebelasting", "BD:watersysteemheffing"],
    "regpdf": ["SM:ligplaatsvergunning", "MI:reclamebelasting", "UT:overlijdensaangifte", "MA:reclamebelasting",
               "PU:watervergunning", "BD:watersysteemheffing", "GW:paspoort", "MI:grofvuil", "WW:identiteitskaart"],
    "voorwaarden": ["MA:standplaatsvergunning", "SM:reclamebelasting", "WW:geluidsontheffing",
                    "OS:kansspelautomaatvergunning", "GE:evenementenvergunning", "MI:overlijdensaangifte"],
    "news": ["WW:gehandicaptenparkeerplaats", "UT:reclamebelasting", "SM:ligplaatsvergunning", "MI:grofvuil",
             "GE:evenementenvergunning", "MA:overlijdensaangifte"],
    "zieook": ["UT:reclamebelasting>terrasvergunning", "MA:marktvergunning>evenementenvergunning",
               "SM:ligplaatsvergunning>melding-openbare-ruimte", "GW:kapvergunning>melding-openbare-ruimte",
               "OS:overlijdensaangifte>brp-uittreksel", "LE:geboorteaangifte>verhuismelding",
               "WW:overlijdensaangifte>brp-uittreksel", "PU:watervergunning>wegvergunning-provinciaal"],
    "overview_other": ["OS:reclamebelasting", "OS:kansspelautomaatvergunning", "OS:geboorteaangifte",
                       "MA:geboorteaangifte", "MA:marktvergunning", "MA:alcoholvergunning"],
    "mailto": ["WW:wmo-voorziening", "GW:overlijdensaangifte", "PU:watervergunning", "SM:overlijdensaangifte"],
}
TRAPSET = {}
for t, lst in TRAPS.items():
    for it in lst:
        a, _, other = it.partition(">")
        o, pk = a.split(":")
        TRAPSET.setdefault((o, pk), []).append((t, other))

ENGLISH = {"UT": ["verhuismelding", "parkeervergunning", "afvalcontainer", "brp-uittreksel"],
           "MA": ["verhuismelding", "paspoort", "parkeervergunning", "woz-bezwaar", "afvalcontainer"],
           "LE": ["verhuismelding", "brp-uittreksel", "paspoort"], "DU": ["studiefinanciering"], "CB": ["rijvaardigheid"]}

NOT_OFFERED = {
    ("UT", "hondenbelasting"): ("Uw hond in de stad",
        "Utrecht heeft de hondenbelasting afgeschaft. De gemeente Utrecht heft geen hondenbelasting; u hoeft uw hond dus niet aan of af te melden. Wel gelden regels voor aanlijnen en opruimen van poep. Op de kaart ziet u de losloopgebieden."),
    ("GW", "parkeervergunning"): ("Parkeren in Gulpen en Wittem",
        "In Gulpen-Wittem parkeert u gratis, op enkele parkeerterreinen met een parkeerschijf na. Er zijn geen vergunninggebieden: de gemeente geeft geen parkeervergunningen uit. Voor een gehandicaptenparkeerkaart kijkt u bij Zorg."),
    ("WW", "hondenbelasting"): ("Honden",
        "Sinds 1 januari 2019 heft de gemeente Westerwolde geen hondenbelasting meer. U hoeft uw hond niet aan te melden. Honden moeten in de bebouwde kom wel aangelijnd zijn."),
    ("WW", "ligplaatsvergunning"): ("Varen en aanleggen",
        "Westerwolde kent geen ligplaatsvergunning; de gemeente verleent die niet. Aanleggen in een passantenhaven regelt u met de havenmeester, die ook het havengeld int. Een woonboot is in onze gemeente niet toegestaan."),
    ("GW", "ligplaatsvergunning"): ("Wonen op het water?",
        "Gulpen-Wittem ligt in het Heuvelland en heeft geen bevaarbaar water. Er zijn geen ligplaatsen voor woonboten of andere vaartuigen en de gemeente verleent geen ligplaatsvergunningen."),
    ("MA", "winkeltijdenontheffing"): ("Winkels op zondag open",
        "In heel Maastricht mogen winkels op zondag van 12.00 tot 18.00 uur open. Een ontheffing van de winkeltijden is daarom niet nodig en wordt door de gemeente niet verleend."),
    ("BD", "subsidie"): ("Samenwerken in de regio",
        "Wij werken samen met gemeenten, natuurorganisaties en boeren. Brabantse Delta verstrekt op dit moment geen subsidies aan particulieren, bedrijven of organisaties; er is geen subsidieregeling open."),
}

VIA_SLUG = {"belastingkwijtschelding": "kwijtschelding", "woz-bezwaar": "woz", "belastingaanslag-bezwaar": "bezwaar",
            "betalingsregeling": "betalingsregeling", "hondenbelasting": "hondenbelasting",
            "zuiveringsheffing": "zuiveringsheffing", "watersysteemheffing": "watersysteemheffing"}

APPLIES = {}


def applicable():
    rows = []
    with open(os.path.join(HERE, "..", "..", "..", "config", "products.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append(r)
    return rows


def level_of(code):
    k = code[0]
    if k in "DEBTSOK":
        return 100
    if k in "AWF":
        return 67
    if k == "P":
        return 33
    if k in "IM":
        return 0
    return None


def section(site, heads, idx, content):
    if heads is None:
        names = ("Wat is het?", "Wat heeft u nodig?", "Wat kost het?", "Hoe vraagt u het aan?")
        return '<details%s><summary>%s</summary>%s</details>' % (" open" if idx == 3 else "", names[idx], content)
    tag = "h2" if site.key not in ("SM",) else "h3"
    return "<%s>%s</%s>%s" % (tag, heads[idx], tag, content)


TYPE_TEXT = {
    ("provincie", "omgevingsvergunning"): ("Omgevingsvergunning milieu en bodem",
        "Voor sommige activiteiten, zoals grote milieubelastende bedrijven en bodemenergiesystemen, is de provincie het bevoegd gezag. U vraagt de omgevingsvergunning aan in het Omgevingsloket."),
    ("waterschap", "omgevingsvergunning"): ("Omgevingsvergunning wateractiviteit",
        "Sinds de Omgevingswet heet een vergunning van het waterschap een omgevingsvergunning voor een wateractiviteit. U vraagt die aan in het Omgevingsloket."),
    ("provincie", "subsidie"): ("Subsidies",
        "De provincie ondersteunt projecten voor natuur, cultuur, mobiliteit en economie met subsidies. Kijk welke regeling open is."),
    ("waterschap", "subsidie"): ("Subsidie regenwater afkoppelen",
        "Koppelt u de regenpijp af van het riool, legt u een groen dak aan of plaatst u een regenton? Dan kunt u subsidie krijgen."),
    ("waterschap", "melding-openbare-ruimte"): ("Melding doen over water of dijk",
        "Ziet u een dode vis, een kapotte stuw, een verstopte duiker of stank bij het water? Of schade aan een dijk of fietspad van het waterschap? Meld het ons."),
    ("provincie", "evenementenvergunning"): ("Evenement op een provinciale weg",
        "Organiseert u een wielerwedstrijd, rally of ander evenement op of langs een provinciale weg? Dan heeft u toestemming van de provincie nodig."),
    ("provincie", "geluidsontheffing"): ("Ontheffing stiltegebied",
        "Wilt u in een stiltegebied geluid maken, bijvoorbeeld met een evenement of een modelvliegtuig? Dan heeft u een ontheffing nodig."),
    ("provincie", "uitwegvergunning"): ("Uitrit op een provinciale weg",
        "Wilt u een nieuwe uitrit of inrit aanleggen op een provinciale weg, of een bestaande verbreden? Dan heeft u toestemming van de provincie nodig."),
    ("waterschap", "belastingkwijtschelding"): (None,
        "Heeft u een laag inkomen en weinig vermogen? Dan hoeft u de zuiveringsheffing en de watersysteemheffing ingezetenen misschien niet te betalen."),
    ("provincie", "watervergunning"): ("Grondwater en bodemenergie",
        "Voor grote grondwateronttrekkingen, open bodemenergiesystemen en drinkwaterwinning is de provincie bevoegd gezag."),
}


def title_for(k, pk):
    tt = TYPE_TEXT.get((ORGS[k]["type"], pk))
    if tt and tt[0] and (k, pk) not in TITLE_OVERRIDE:
        return tt[0]
    title = TITLE_OVERRIDE.get((k, pk))
    if not title:
        tv = PROD[pk]["titles"]
        title = tv[h(k + pk + "t") % len(tv)]
    if ORGS[k]["type"] in ("provincie", "waterschap", "rijk"):
        title = title.replace("Aanslag gemeentelijke belastingen", "Aanslag waterschapsbelasting").replace("gemeentelijke ", "")
    return title


def build_org(site, rows, routes):
    k = site.key
    heads = HEADINGS[k]
    labels = []
    built = {}
    for pk, code in rows:
        o = site.o
        if (k, pk) in SHARED_PAGE:
            continue
        title = title_for(k, pk)
        if code == "N":
            built[pk] = None
            continue
        if code == "X":
            ttl, text = NOT_OFFERED[(k, pk)]
            path = site.product_path(pk, ttl)
            body = "<h1>%s</h1><p>%s</p>" % (escape(ttl), escape(text))
            site.page(path, ttl, body, in_az=True, text=text)
            feat("not_offered_statement_other_title")
            built[pk] = (path, "", None, "Not offered: statement on page '%s'." % ttl, [])
            continue
        biz = PROD_AUD[pk] == "ondernemer"
        path = site.product_path(pk, title, business=biz)
        structures = []
        traps = []
        p = PROD[pk]
        intro = p["intro"].replace("de gemeente", "de " + ("gemeente" if o["type"] == "gemeente" else o["type"]))
        if o["type"] == "waterschap":
            intro = intro.replace("gemeentelijke belastingen", "waterschapsbelastingen")
        tt = TYPE_TEXT.get((o["type"], pk))
        if tt:
            intro = tt[1]
        kind = code[0]
        route_url, via = "", None
        cta = ""
        other_pk = None
        if (k, pk) in {(a, b) for (a, b), c in SHARED_PAGE.items()} or any(v == pk and a == k for (a, _), v in SHARED_PAGE.items()):
            pass
        # ---- the route
        if kind in "DEBA":
            url = routes[(k, pk)]
            route_url = url
            pres = pres_for(site, pk, kind)
            if k in ("SM", "MI") and "?" not in url:
                pres = "a"
            if k == "OS" or (k == "MA" and h(pk) % 3 == 0):
                ov = "/Inwoners/E-loket" if k == "OS" else "http://loket.gemeentemaastricht.test/eloket/"
                cta = ('<p>Dit regelt u via ons E-loket. Kies daar het formulier <strong>%s</strong>.</p>'
                       '<p><a href="%s">Naar het E-loket (alle formulieren)</a></p>' % (escape(title), ov))
                structures.append("forms overview page between product page and form")
                feat("forms_overview_between")
            else:
                cta = cta_html(site, pk, kind, url, title, pres)
                structures.append({"button": "CTA as button onclick", "getform": "CTA as GET form with hidden field",
                                   "img": "CTA as DigiD image with alt text only", "iframe": "form inside an iframe",
                                   "jsanchor": "CTA anchor written by script", "a": "CTA anchor"}[pres])
            if kind in "DB" and h(k + pk + "digidline") % 2 == 0 and pres != "img":
                cta = "<p>U logt in met DigiD.</p>" + cta
            if kind in "DEB":
                if code.endswith("p"):
                    structures.append("explicit pre-fill statement on form page")
                else:
                    structures.append("login route without pre-fill statement")
            if k == "UT" and kind in "DEBA":
                structures.append("form only exists after JavaScript (Open Formulieren)")
            if k == "BD" and kind in "DEBA":
                structures.append("form only exists after JavaScript (Open Formulieren)")
            if kind in "D" and k == "GE":
                pass
            # a printable alternative next to the online route sometimes
            if h(k + pk + "alt") % 5 == 0 and kind != "A":
                pp = pdf_path(site, pk, title)
                put(site.host, pp.split("?")[0] if "document.php" not in pp else pp, form_pdf(site.name, title))
                cta += '<p>Liever op papier? <a href="%s">Download het formulier (pdf)</a>.</p>' % pp
                structures.append("PDF next to online form (highest wins)")
        elif kind == "P":
            pp = pdf_path(site, pk, title)
            put(site.host, pp, form_pdf(site.name, title))
            size = 80 + h(pk + k) % 300
            if k == "OS":
                docpage = "/Publicaties/Formulieren/" + under(title)
                site.page(docpage, "Formulier " + title,
                          '<h1>Formulier %s</h1><p>Bestandstype: PDF (%d kB)</p><p><a class="download" href="%s">Download</a></p>' % (escape(title), size, pp))
                cta = '<p>Vul het <a href="%s">aanvraagformulier</a> in en stuur het naar ons op.</p>' % docpage
                structures.append("document page with download button before the PDF")
                feat("document_page_before_pdf")
            else:
                cta = ('<p>Download het aanvraagformulier, vul het in en stuur het met de bijlagen naar %s, Postbus %d.</p>'
                       '<ul class="downloads"><li><a href="%s">Aanvraagformulier %s (pdf, %d kB)</a></li></ul>'
                       % (escape(site.name), 1000 + h(k) % 9000, pp, escape(title.lower()), size))
            route_url = "http://%s%s" % (site.host, pp)
            structures.append("printable PDF form")
        elif kind == "I":
            if o["type"] == "gemeente":
                cta = ('<p>Neem contact op met %s via telefoonnummer 14 0%s of kom langs bij de balie in het gemeentehuis.</p>'
                       % (escape(site.name), str(100 + h(k) % 899)))
            else:
                cta = ('<p>Wilt u weten wat u moet doen? Bel ons klantcontactcentrum op 0%d %d %d of stuur ons een brief.</p>'
                       % (20 + h(k) % 70, 100 + h(k + "a") % 899, 1000 + h(k + "b") % 8999))
            if pk in ("overlijdensaangifte",):
                cta = "<p>Meestal doet de uitvaartondernemer de aangifte voor u. Wilt u zelf aangifte doen? Kom dan langs bij de balie Burgerzaken.</p>"
            structures.append("information only")
        elif kind == "M":
            au = appointment(site, pk, title)
            cta = ('<p>U moet het persoonlijk aanvragen. <a class="button" href="%s">Maak een afspraak</a></p>'
                   '<p>Kies in de agenda een datum en tijd die u uitkomt.</p>' % au)
            structures.append("appointment booking only")
            traps.append("appointment booking (date picker) is the only way on")
            feat("appointment_only")
        elif kind == "T":
            th = TAX[k]
            u, pf = SHARED_ROUTES[(th, VIA_SLUG[pk])]
            route_url, via = u, th
            if h(k + pk + "v") % 2:
                cta = ('<p>%s voert de belastingtaken uit voor %s. Dit regelt u daarom bij %s.</p><p><a href="%s">Regel het bij %s</a></p>'
                       % (TAXNAME[th], escape(site.short), TAXNAME[th], u, TAXNAME[th].split(" (")[0]))
            else:
                cta = ('<p>De heffing en invordering doet %s. <a href="http://%s/">Ga naar de website van %s</a> en log in met DigiD.</p>'
                       % (TAXNAME[th], th, TAXNAME[th].split(" (")[0]))
                structures.append("link to shared office home, form one click further")
            code = "Tp" if pf else "T"
            structures.append("via joint tax office")
            feat("via_tax_office")
        elif kind == "S":
            sh, sn = SOCIAL[k]
            u, pf = SHARED_ROUTES[(sh, pk)]
            route_url, via = u, sh
            cta = '<p>%s doet dit voor de gemeente %s. <a href="%s">Vraag het aan bij %s</a>.</p>' % (sn, escape(site.short), u, sn)
            code = "Sp" if pf else "S"
            structures.append("via regional social service")
            feat("via_social_service")
        elif kind == "O":
            u, pf = SHARED_ROUTES[(OLO, "olo")]
            route_url, via = u, OLO
            cta = ('<p>U vraagt de vergunning aan via het Omgevingsloket. Doe eerst de <a href="http://%s/vergunningcheck">vergunningcheck</a>.</p>'
                   '<p><a href="%s">Aanvragen in het Omgevingsloket</a> (met DigiD of eHerkenning)</p>' % (OLO, u))
            structures.append("via national Omgevingsloket")
            feat("via_omgevingsloket")
        elif kind == "K":
            ph = PARK[k]
            u, pf = SHARED_ROUTES[(ph, "parkeervergunning")]
            route_url, via = u, ph
            cta = '<p>Parkeervergunningen regelt u bij de Parkeerdienst. <a href="%s">Vraag uw vergunning aan</a>.</p>' % u
            structures.append("via parking portal")
            feat("via_parking_portal")
        elif kind == "W":
            u, pf = SHARED_ROUTES[(WASTE[0], "waste")]
            route_url, via = u, WASTE[0]
            cta = '<p>De inzameling doet %s. <a href="%s">Meld het aan bij %s</a> (geen DigiD nodig).</p>' % (WASTE[1], u, WASTE[1])
            structures.append("via waste company (anonymous form)")
            feat("via_waste_company")
        elif kind == "F":
            u, pf = SHARED_ROUTES[(BIJ, "fauna")]
            route_url, via = u, BIJ
            cta = '<p>Schade door beschermde dieren meldt u bij BIJ12 via <a href="%s">MijnFaunazaken</a>. Daarvoor maakt u een account aan met uw e-mailadres.</p>' % u
            structures.append("via BIJ12 own-account portal (no DigiD)")
            feat("via_bij12")
        if pk in ("standplaatsvergunning", "marktvergunning") and k in ("UT", "LE", "MI"):
            structures.append("two similar permits on one site (standplaats and markt)")
            feat("two_similar_permits_rows")
        lvl = level_of(code)
        strict = 100 if code.endswith("p") else (67 if lvl == 100 else lvl)
        # ---- traps on this page
        extras = ""
        for t, other in TRAPSET.get((k, pk), []):
            if t == "contact":
                extras += ('<section class="vraag"><h2>Stel uw vraag</h2><form method="post" action="%s">'
                           '<label>Uw vraag<textarea name="vraag"></textarea></label><label>E-mailadres<input type="email" name="email"></label>'
                           '<button type="submit">Versturen</button></form></section>' % site.contact_path())
                traps.append("general 'Stel uw vraag' contact form on the page")
                feat("trap_contact_form")
            elif t == "regpdf":
                nm = {"SM": "Verordening ligplaatsen Smallingerland 2024", "MI": "Tarieventabel reclamebelasting 2025",
                      "UT": "Tarieventabel leges burgerzaken 2025", "MA": "Verordening reclamebelasting Maastricht 2025",
                      "PU": "Toelichting grondwaterregels Omgevingsverordening", "BD": "Tarieventabel waterschapsbelastingen 2025",
                      "GW": "Tarieventabel leges 2025", "WW": "Legesverordening 2025"}.get(k, "Verordening")
                if k == "MI" and pk == "grofvuil":
                    nm = "Afvalstoffenverordening Middelburg 2023"
                rp = "/documenten/%s.pdf" % slugify(nm)
                put(site.host, rp, regulation_pdf(site.name, nm))
                extras += '<h2>Regelgeving</h2><ul><li><a href="%s">%s (pdf)</a></li></ul>' % (rp, nm)
                traps.append("regulation/tariff PDF '%s'" % nm)
                feat("trap_regulation_pdf")
            elif t == "voorwaarden":
                vp = "/voorwaarden-%s" % slugify(title) if k != "GW" else "/inwoners/voorwaarden-%s.html" % slugify(title)
                site.page(vp, "Voorwaarden " + title, "<h1>Voorwaarden %s</h1><ul><li>U bent 18 jaar of ouder.</li><li>U voldoet aan de regels uit de APV.</li></ul>" % escape(title))
                extras += '<p><a href="%s">Bekijk de voorwaarden</a></p>' % vp
                traps.append("'Bekijk de voorwaarden' link")
                feat("trap_voorwaarden_link")
            elif t == "news":
                traps.append("news item mentions the product with a DigiD login link")
                site.news.append((pk, title))
                feat("trap_news_digid")
            elif t == "zieook":
                ou = routes.get((k, other))
                if ou:
                    otitle = PROD[other]["titles"][0]
                    extras += ('<aside class="zie-ook"><h2>Zie ook</h2><ul><li><a href="%s">%s: online formulier</a></li></ul></aside>'
                               % (ou, escape(otitle)))
                    traps.append("'Zie ook' block links the online form of %s" % other)
                    feat("trap_zie_ook_other_form")
            elif t == "overview_other":
                ov = "/Inwoners/E-loket" if k == "OS" else "http://loket.gemeentemaastricht.test/eloket/"
                extras += '<p>Andere zaken regelt u in ons <a href="%s">E-loket</a>.</p>' % ov
                traps.append("forms overview reachable from the page lists only other products' forms")
                feat("trap_overview_other_forms")
            elif t == "mailto":
                extras += '<p>Mail uw vraag naar <a href="mailto:info@%s">info@%s</a>.</p>' % (site.host.replace("www.", ""), site.host.replace("www.", ""))
                traps.append("mailto link")
                feat("trap_mailto")
        if site.header_login:
            traps.append("site-wide Mijn-login (DigiD) in the header")
        if site.footer_digid:
            traps.append("DigiD logo in the footer")
        # shared page for two products
        pair = [a for (a_k, a), b in SHARED_PAGE.items() if a_k == k and b == pk]
        if pair:
            structures.append("one page shared by two products (%s)" % ", ".join([pk] + pair))
            feat("page_shared_by_two_products")
        # ---- assemble the page
        need = p["need"] or "Geen bijzondere voorwaarden."
        cost = p["cost"] or "Hieraan zijn geen kosten verbonden."
        direct = ""
        if k == "UT" and kind in "DEBA":
            direct = '<div class="direct-regelen"><h2>Direct regelen</h2>%s</div>' % cta
            howto = "<p>Gebruik de knop hierboven.</p>"
        else:
            howto = cta
        body = ('<nav class="breadcrumb"><a href="%s">Home</a> &gt; <a href="%s">Producten</a></nav>'
                '<article><h1>%s</h1>%s<p class="intro">%s</p>%s%s%s%s%s</article>') % (
            site.home_path(), site.az_path(), escape(title), direct,
            escape(intro) if k in ("UT", "LE", "DU", "CB", "GE") else escape(intro.split("?")[0] + "?") if "?" in intro else escape(intro),
            section(site, heads, 0, "<p>%s</p>" % escape(intro)), section(site, heads, 1, "<p>%s</p>" % escape(need)),
            section(site, heads, 2, "<p>%s</p>" % escape(cost)), section(site, heads, 3, howto), extras)
        if k == "SM":
            body = body.replace("<article>", '<article class="product-informatie"><p class="label">Product informatie</p>', 1)
        if k == "WW" and kind == "D" and code.endswith("p") is False and h(pk) % 4 == 0:
            pass
        hreflang = None
        if pk in ENGLISH.get(k, []):
            ep = site.product_path(pk, title, lang="en")
            hreflang = [("nl", site.url(path)), ("en", site.url(ep))]
            eb = ('<article><h1>%s</h1><p>This page is also available in <a href="%s">Dutch</a>.</p>'
                  '<p>You can arrange this online. You need a DigiD (Dutch digital ID).</p>%s</article>') % (
                escape(p["en"]), path, cta if kind in "DEBATK" else "<p>Please make an appointment or contact us.</p>")
            site.page(ep, p["en"], eb, lang="en", hreflang=hreflang, text=p["en"])
            structures.append("English page beside the Dutch one")
            feat("english_page")
        site.page(path, title, body, in_az=True, hreflang=hreflang, text=intro)
        if pair:
            for other_pk in pair:
                built[other_pk] = (path, route_url, via, None, traps)
        built[pk] = (path, route_url, via, None, traps)
        # ---- business page of the same name
        bs = BUSINESS_SAME_NAME.get((k, pk))
        if bs:
            bp = site.product_path(pk, title, business=True)
            if bs == "E":
                bu = make_route_business(site, pk, title)
                btxt = '<p>Voor bedrijven die in het vergunninggebied gevestigd zijn.</p><p><a href="%s">Aanvragen met eHerkenning</a></p>' % bu
            elif bs == "trap":
                bu = auth_gate(site, pk, "Bedrijfsafval aanmelden", ["eherkenning"], "", "mijn.leiden.test", "/bedrijfsafval/",
                               ["/eherkenning/bedrijfsafval-login"])
                btxt = '<p>Bedrijven regelen hun eigen afvalcontainer. Wilt u uw bedrijfsafval door de gemeente laten ophalen? <a href="%s">Meld u aan met eHerkenning</a>.</p>' % bu
                traps.append("same-named businesses' page has an eHerkenning form for business waste (not this product)")
                feat("trap_same_name_business_page")
            else:
                btxt = "<p>Bedrijven sluiten zelf een contract af met een afvalinzamelaar. De gemeente levert geen containers aan bedrijven.</p>"
            site.page(bp, title, "<article><h1>%s</h1><p class=\"doelgroep\">Ondernemers</p>%s</article>" % (escape(title), btxt), text=title)
            structures.append("citizens' and businesses' page of the same name")
            feat("citizen_and_business_page_same_name")
        built[pk] = (path, route_url, via, None, traps)
        APPLIES[(k, pk)] = (lvl, strict, structures)
        if pair:
            for other_pk in pair:
                APPLIES[(k, other_pk)] = (lvl, strict, structures)
    return built


def make_route_business(site, pk, title):
    if site.key == "LE":
        return auth_gate(site, pk, title + " bedrijven", ["eherkenning"], "", "mijn.leiden.test", "/%s-bedrijven/" % pk,
                         ["/eherkenning/%s-bedrijven-login" % pk])
    return js_form(site, pk, title + " bedrijven", "formulieren.utrecht.test", pk + "-bedrijven", "eherkenning", "")


PROD_AUD = {}


NEWS_GENERIC = [
    ("Nieuwe openingstijden publiekshal", "Vanaf 1 maart zijn de openingstijden van de publiekshal gewijzigd. Op donderdagavond kunt u op afspraak terecht."),
    ("Werkzaamheden aan de hoofdweg", "Van 3 tot en met 21 juni wordt het asfalt vernieuwd. Er is een omleiding ingesteld."),
    ("Raad stelt begroting vast", "De raad heeft de begroting voor volgend jaar vastgesteld. De lokale lasten stijgen met 3,2 procent."),
]


def site_pages(site, built, rows):
    k = site.key
    o = site.o
    # login start on the own host used by news items and header links
    mijn_login = "/mijn-omgeving/inloggen"
    idp_redirect(site.url(mijn_login), "digid")
    # news
    news_links = []
    nip = site.news_index_path()
    npfx = nip.rstrip("/") if nip.endswith("/") else nip.rsplit("/", 1)[0] + "/nieuwsbericht"
    for i, (t, txt) in enumerate(NEWS_GENERIC):
        np = "%s/%s" % (npfx, slugify(t)) + (".html" if k == "GW" else "")
        if k == "GW":
            np = "/nieuws/" + slugify(t) + ".html"
        site.page(np, t, "<article><h1>%s</h1><p class=\"date\">%d %s 2026</p><p>%s</p></article>" % (escape(t), 3 + i, NL_MONTHS[i + 2], escape(txt)))
        news_links.append((t, np))
    for pk, title in site.news:
        t = "Binnenkort digitaal: %s" % title
        np = "%s/binnenkort-digitaal-%s" % (npfx, slugify(title)) + (".html" if k == "GW" else "")
        if k == "GW":
            np = "/nieuws/binnenkort-digitaal-%s.html" % slugify(title)
        site.page(np, t, ("<article><h1>%s</h1><p>We werken aan een digitale aanvraag voor %s. Tot die tijd verandert er niets: "
                          "de werkwijze staat op de productpagina. Wilt u alvast zien welke zaken u nu al online regelt? "
                          "<a href=\"%s\"><img src=\"/img/digid.svg\" alt=\"\"> Log in met DigiD</a> op uw persoonlijke pagina.</p></article>")
                  % (escape(t), escape(title.lower()), mijn_login))
        news_links.insert(0, (t, np))
    site.page(site.news_index_path(), "Nieuws", "<h1>Nieuws</h1><ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (p, escape(t)) for t, p in news_links))
    # contact with general form
    cp = site.contact_path()
    site.page(cp, "Contact", ("<h1>Contact</h1><p>Bel 14 0%s (op werkdagen van 8.30 tot 17.00 uur).</p><h2>Contactformulier</h2>"
                             "<form method=\"post\" action=\"%s\"><label>Naam<input name=\"naam\"></label><label>Uw vraag<textarea name=\"vraag\"></textarea></label>"
                             "<button type=\"submit\">Verstuur</button></form>") % (str(100 + h(k) % 899), cp))
    # A-Z
    entries = sorted(site.az, key=lambda x: x[0].lower())
    stale = []
    if k in ("SM", "GW", "MI", "UT"):
        for pk, code in rows:
            if code == "N" and h(k + pk + "stale") % 2 == 0:
                t = title_for(k, pk)
                sp = site.product_path(pk, t, business=PROD_AUD[pk] == "ondernemer")
                if k == "SM":
                    sp = "/product?id=%d" % (9000 + h(pk) % 999)
                stale.append((pk, t, sp))
                entries.append((t, sp))
                feat("stale_az_link_to_soft404")
        entries.sort(key=lambda x: x[0].lower())
    site.stale = stale
    az_body = "<h1>%s</h1><ul class=\"a-z\">%s</ul>" % (
        "Producten en diensten" if o["type"] != "provincie" else "Loket: vergunningen, subsidies en meldingen",
        "".join('<li><a href="%s">%s</a></li>' % (p, escape(t)) for t, p in entries))
    site.page(site.az_path(), "Alle onderwerpen A-Z", az_body)
    # forms overview (E-loket)
    if k == "OS":
        lst = "".join('<li><a href="%s">%s</a></li>' % (u, escape(t)) for t, u in sorted(site.forms))
        site.page("/Inwoners/E-loket", "E-loket: alle formulieren",
                  "<h1>E-loket</h1><p>Hier vindt u alle formulieren die u online kunt invullen.</p><ul class=\"formulieren\">%s</ul>" % lst)
    if k == "MA":
        lst = "".join('<li><a href="%s">%s</a></li>' % (u.replace("http://loket.gemeentemaastricht.test", ""), escape(t)) for t, u in sorted(site.forms))
        put("loket.gemeentemaastricht.test", "/eloket/", simple_page("E-loket Maastricht",
            "<h1>E-loket gemeente Maastricht</h1><p>Alle formulieren op een rij.</p><ul>%s</ul>" % lst))
    # homepage
    top = [(t, p) for t, p in site.az[:8]]
    home_body = ("<h1>Welkom bij %s</h1>%s<h2>Veelgezocht</h2><ul>%s</ul><p><a href=\"%s\">Alle onderwerpen A-Z</a></p>"
                 "<h2>Nieuws</h2><ul>%s</ul>") % (
        escape(site.name), "<p lang=\"fy\">Wolkom by de gemeente Smellingerlân!</p>" if k == "SM" else "",
        "".join('<li><a href="%s">%s</a></li>' % (p, escape(t)) for t, p in top), site.az_path(),
        "".join('<li><a href="%s">%s</a></li>' % (p, escape(t)) for t, p in news_links[:3]))
    site.page(site.home_path(), site.name, home_body)
    if k == "WW":
        put(site.host, "/", simple_page("Cookies - Westerwolde", "<h1>Deze website gebruikt cookies</h1><p>Wij plaatsen functionele en analytische cookies. "
            "Kies of u ook cookies voor video's accepteert.</p><form action=\"/home\" method=\"get\"><input type=\"hidden\" name=\"cookieconsent\" value=\"ja\">"
            "<button type=\"submit\">Akkoord en doorgaan</button></form><form action=\"/home\" method=\"get\"><input type=\"hidden\" name=\"cookieconsent\" value=\"nee\"><button type=\"submit\">Alleen noodzakelijke cookies</button></form>"))
        feat("cookie_consent_interstitial")
    if k == "BD":
        put(site.host, "/", simple_page("Cookievoorkeuren", "<div class=\"consent-wall\"><h1>Uw cookievoorkeuren</h1><p>Om de website te kunnen bekijken vragen we uw toestemming.</p>"
            "<a class=\"btn\" href=\"/cookies/accepteren\">Alle cookies accepteren</a> <a href=\"/cookies/weigeren\">Alleen noodzakelijk</a></div>"))
        redirect(site.url("/cookies/accepteren"), site.url("/home"))
        redirect(site.url("/cookies/weigeren"), site.url("/home"))
        feat("cookie_consent_interstitial")
    if k == "MA":
        put(site.host, "/", simple_page("Gemeente Maastricht - Kies uw taal", "<h1>Gemeente Maastricht</h1><p>Kies uw taal / Choose your language</p>"
            "<ul><li><a href=\"/nl/\" hreflang=\"nl\">Nederlands</a></li><li><a href=\"/en/\" hreflang=\"en\">English</a></li></ul>"))
        en = [(t, p) for p, t in site.pages if p.startswith("/en/")]
        site.page("/en/", "Municipality of Maastricht", "<h1>Welcome to Maastricht</h1><ul>%s</ul><p><a href=\"/nl/\">Nederlands</a></p>" % "".join('<li><a href="%s">%s</a></li>' % (p, escape(t)) for t, p in en), lang="en")
        feat("kies_uw_taal_splash")
    if k in ("UT", "LE"):
        ep = "/english/" if k == "UT" else "/en/"
        en = [(t, p) for p, t in site.pages if p.startswith(ep) and p != ep]
        site.page(ep, "English", "<h1>Information in English</h1><ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (p, escape(t)) for t, p in en), lang="en")
    if k == "DU":
        site.page("/particulier/", "Particulier", '<h1>Studiefinanciering en meer</h1><ul><li><a href="/particulier/studiefinanciering/aanvragen.jsp">Studiefinanciering aanvragen</a></li><li><a href="/english/student-finance/applying.jsp">Student finance (English)</a></li></ul>')
    if k == "UT":
        redirect(site.url("/loket/"), site.url("/onderwerpen-a-z/"), 301)
    if k == "DU":
        for t, txt in (("Studieschuld terugbetalen", "U betaalt uw studieschuld terug in 35 jaar. Wijzigingen geeft u door in Mijn DUO."),
                       ("Studentenreisproduct", "Met het studentenreisproduct reist u gratis of met korting."),
                       ("Aanvullende beurs", "Verdienen uw ouders samen niet veel? Dan krijgt u misschien een aanvullende beurs.")):
            site.page("/particulier/%s.jsp" % slugify(t), t, "<h1>%s</h1><p>%s</p>" % (t, txt))
    if k == "CB":
        for t, txt in (("Rijexamen reserveren", "Uw rijschool reserveert het examen voor u."),
                       ("Rijbewijs verlengen na 75 jaar", "Wordt u 75? Dan heeft u een Gezondheidsverklaring nodig om uw rijbewijs te verlengen."),
                       ("Medische keuring: de stappen", "Na het invullen van de Gezondheidsverklaring beoordeelt het CBR of een keuring nodig is.")):
            site.page("/nl/%s.htm" % slugify(t), t, "<h1>%s</h1><p>%s</p>" % (t, txt))
        site.page("/nl/onderwerpen.htm", "Onderwerpen", "<h1>Onderwerpen</h1><ul>%s</ul>" % "".join(
            '<li><a href="%s">%s</a></li>' % (p, escape(t)) for p, t in site.pages if p.startswith("/nl/") and p.endswith(".htm")))
    # privacy / toegankelijkheid
    site.page("/privacy" if k != "GW" else "/privacy", "Privacyverklaring", "<h1>Privacyverklaring</h1><p>Wij gaan zorgvuldig om met uw persoonsgegevens.</p>")
    site.page("/toegankelijkheid", "Toegankelijkheid", "<h1>Toegankelijkheid</h1><p>Wij streven naar een toegankelijke website (WCAG 2.1 AA).</p>")
    # robots, sitemap
    rob = "User-agent: *\n"
    if k in SEARCH_CFG:
        rob += "Disallow: %s\n" % SEARCH_CFG[k][0]
    rob += "Disallow: /mijn-omgeving/\n"
    if k in ("UT", "LE", "OS", "GE", "VV", "DU", "MI"):
        if k == "LE":
            rob += "Sitemap: http://%s/sitemap_index.xml\n" % site.host
            urls = [site.url(p) for p, _ in site.pages]
            half = len(urls) // 2
            for i, part in enumerate((urls[:half], urls[half:]), 1):
                put(site.host, "/sitemap-%d.xml" % i, '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>\n'
                    % "".join("<url><loc>%s</loc></url>" % escape(u) for u in part))
            put(site.host, "/sitemap_index.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                '<sitemap><loc>http://%s/sitemap-1.xml</loc></sitemap><sitemap><loc>http://%s/sitemap-2.xml</loc></sitemap></sitemapindex>\n' % (site.host, site.host))
            feat("sitemap_index")
        else:
            rob += "Sitemap: http://%s/sitemap.xml\n" % site.host
            put(site.host, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>\n'
                % "".join("<url><loc>%s</loc></url>" % escape(site.url(p)) for p, _ in site.pages))
            feat("sitemap")
    put(site.host, "/robots.txt", rob)
    put(site.host, "/css/site.css", "body{font-family:sans-serif}\n")
    # site search
    if k in SEARCH_CFG:
        sp, param = SEARCH_CFG[k]
        tpl = site.wrap("Zoekresultaten", "<h1>Zoekresultaten voor &quot;<!--QUERY-->&quot;</h1><div class=\"results\"><!--RESULTS--></div>", sp)
        FILES[("__search__", site.host + ".html")] = tpl.encode("utf-8")
        FILES[("__search__", site.host + ".json")] = json.dumps(site.search_index, ensure_ascii=False, indent=0).encode("utf-8")
        SEARCHES.append({"host": site.host, "path": sp, "param": param, "index": "search/%s.json" % site.host,
                         "template": "search/%s.html" % site.host})
        feat("site_search")
    # soft 404 / own 404
    if k in ("SM", "GW", "MI", "VV"):
        FILES[("__errors__", site.host + ".html")] = site.wrap("Pagina niet gevonden", "<h1>Pagina niet gevonden</h1><p>Helaas, de pagina die u zoekt bestaat niet (meer). Probeer de zoekfunctie of ga naar de <a href=\"%s\">homepage</a>.</p>" % site.home_path(), "/404").encode("utf-8")
        NOT_FOUND.append({"host": site.host, "file": "errors/%s.html" % site.host, "status": 200})
        feat("soft_404")
    if k == "UT":
        FILES[("__errors__", site.host + ".html")] = site.wrap("Pagina niet gevonden (404)", "<h1>Deze pagina bestaat niet</h1>", "/404").encode("utf-8")
        NOT_FOUND.append({"host": site.host, "file": "errors/%s.html" % site.host, "status": 404})


CONTENT_TYPES = []


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    prods = applicable()
    for r in prods:
        PROD_AUD[r["product_key"]] = r["audience"]
    pl = plan()
    build_shared()
    sites = {k: Site(k) for k in ORGS}
    org_rows = {}
    for k, o in ORGS.items():
        letter = {"gemeente": "G", "provincie": "P", "waterschap": "W", "rijk": "R"}[o["type"]]
        rows = []
        for r in prods:
            if letter not in r["org_types"]:
                continue
            if letter == "R" and r["offered_by"] != o["code"]:
                continue
            rows.append((r["product_key"], pl[(k, r["product_key"])]))
        org_rows[k] = rows
    # pass 1: own online routes
    routes = {}
    for k, rows in org_rows.items():
        for pk, code in rows:
            if code[0] in "DEBA" and (k, pk) not in SHARED_PAGE:
                u, _, _ = make_route(sites[k], pk, code, title_for(k, pk))
                routes[(k, pk)] = u
    # pass 2: pages
    all_built = {}
    for k, rows in org_rows.items():
        all_built[k] = build_org(sites[k], rows, routes)
        site_pages(sites[k], all_built[k], rows)
    # labels
    out_rows = []
    for k, rows in org_rows.items():
        s = sites[k]
        for pk, code in rows:
            b = all_built[k].get(pk)
            if code == "N":
                stale = [x for x in s.stale if x[0] == pk]
                note = "No page on the site" + ("; the A-Z still links to %s, which answers a soft 404 (status 200 'Pagina niet gevonden')" % stale[0][2] if stale and k != "UT" else "") + \
                       ("; the A-Z still links to a removed page (real 404)" if stale and k == "UT" else "") + "."
                out_rows.append([s.o["code"], pk, "", "not_found", "", "", "", "", note])
                continue
            if code == "X":
                path = b[0]
                out_rows.append([s.o["code"], pk, "", "not_offered", s.url(path), "", "", "", b[3]])
                continue
            path, route, via, _, traps = b
            lvl, strict, structs = APPLIES[(k, pk)]
            desc = {100: "Level 100", 67: "Level 67", 33: "Level 33", 0: "Level 0"}[lvl]
            note = "%s: %s" % (desc, "; ".join(dict.fromkeys(structs)))
            if via:
                note += " (via %s)" % via
            note += "."
            if traps:
                note += " Trap: " + "; ".join(dict.fromkeys(traps)) + "."
            out_rows.append([s.o["code"], pk, str(lvl), "ok", s.url(path), route if lvl else "", str(strict), via or "", note])
    # images on every host that serves pages
    png = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
           b"\x00\x00\x00\rIDATx\x9cc\xf8\xcf\xc0\xf0\x1f\x00\x05\x00\x01\xff\x89\x99=\x1d\x00\x00\x00\x00IEND\xaeB`\x82")
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#154273"/></svg>\n'
    for hh in sorted({hh for hh, _ in FILES if not hh.startswith("__")}):
        for nm in ("logo.svg", "digid.svg"):
            FILES[(hh, "/img/" + nm)] = svg.encode()
        for nm in ("digid-logo.png", "eherkenning.png", "digid-knop.png", "digid-button.png"):
            FILES[(hh, "/img/" + nm)] = png
    # write files
    paths = {(hh, p) for hh, p in FILES}
    for hh, p in paths:
        parts = p.split("/")
        for i in range(1, len(parts) - 1):
            assert (hh, "/".join(parts[:i + 1])) not in paths, ("file/dir conflict", hh, p)
    for (host, path), data in FILES.items():
        if host == "__search__":
            fp = os.path.join(OUT, "search", path)
        elif host == "__errors__":
            fp = os.path.join(OUT, "errors", path)
        else:
            fp = os.path.join(OUT, "sites", host, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "wb") as f:
            f.write(data)
    for hh, p in sorted(FILES):
        if "document.php?" in p:
            CONTENT_TYPES.append({"url": "http://%s%s" % (hh, p), "content_type": "application/pdf"})
    # host redirects
    for bare, www in (("smallingerland.test", "www.smallingerland.test"), ("middelburg.test", "www.middelburg.test"),
                      ("oss.test", "www.oss.test"), ("www.brabantsedelta.test", "brabantsedelta.test"),
                      ("utrecht.test", "www.utrecht.test")):
        HOST_REDIRECTS.append({"host": bare, "status": 301, "to": www})
        os.makedirs(os.path.join(OUT, "sites", bare), exist_ok=True)
        feat("host_redirect")
    with open(os.path.join(OUT, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for k, o in ORGS.items():
            website = {"SM": "http://smallingerland.test/", "MI": "http://middelburg.test/",
                       "BD": "http://www.brabantsedelta.test/"}.get(k, "http://%s/" % o["host"])
            w.writerow([o["code"], o["name"], o["type"], website, o.get("inh", "")])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "notes"])
        for r in out_rows:
            w.writerow(r)
    manifest = {"name": "web-dev3 held-out test web", "style": "handbuilt-heldout",
                "organisations": len(ORGS), "features": dict(sorted(FEATURES.items())),
                "behaviours": {"content_types": CONTENT_TYPES, "redirects": REDIRECTS, "host_redirects": HOST_REDIRECTS,
                               "not_found_pages": NOT_FOUND, "searches": SEARCHES}}
    with open(os.path.join(OUT, "testweb.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
    print("rows", len(out_rows), "files", len(FILES))


if __name__ == "__main__":
    if "--out" in sys.argv:  # digimeter: where to write the web (default: web/ beside gen.py)
        OUT = os.path.abspath(sys.argv[sys.argv.index("--out") + 1])
    main()
