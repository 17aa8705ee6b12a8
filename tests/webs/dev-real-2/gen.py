#!/usr/bin/env python3
"""Generate the held-out simulated web (deterministic).  usage: gen.py [--out DIR]"""
import csv, html, io, json, os, random, shutil, sys
from posixpath import relpath, dirname
from gen_data import ORGS, PROD, PW_INTRO, FRY, SECTION_NAMES, FRY_SECTIONS
from pdfw import make_pdf

HERE = os.path.dirname(os.path.abspath(__file__))
PRODUCTS_CSV = os.path.join(HERE, "..", "..", "..", "config", "products.csv")
E = html.escape

W = {}            # (host, path) -> str|bytes ; path without leading '/', '' = root index
REDIRECTS = []
HOST_REDIRECTS = []
SOFT404 = []
LABELS = []
COUNT = {}


def feat(name, n=1):
    COUNT[name] = COUNT.get(name, 0) + n


def put(host, path, content):
    W[(host, path.lstrip("/"))] = content


def load_products():
    rows = list(csv.DictReader(open(PRODUCTS_CSV, encoding="utf-8")))
    return [(r["product_key"], r["name_nl"], r["name_en"], r["org_types"], r["audience"], r["offered_by"]) for r in rows]


TYPE_LETTER = {"gemeente": "G", "provincie": "P", "waterschap": "W"}

# ---------------------------------------------------------------- shared bodies (invented / national hosts)
BODIES = {
    "omgevingsloket": ("omgevingswet.overheid.test", "Omgevingsloket"),
    "bij12": ("www.bij12.test", "BIJ12"),
    "wfbel": ("www.wfbelastingen.test", "Belastingsamenwerking West-Friesland"),
    "vallbel": ("www.belastingenvallei.test", "Belastingen Vallei"),
    "gblt": ("www.gblt.test", "GBLT"),
    "sdne": ("www.sdnoardeast.test", "Sociaal Domein Noardeast"),
    "rsdv": ("www.rsdvallei.test", "Regionale Sociale Dienst Vallei"),
    "werk": ("www.werk.test", "werk.nl (UWV)"),
    "pzw": ("zwolle.parkeerloket.test", "Parkeerloket Zwolle"),
    "pdev": ("deventer.parkeerloket.test", "Parkeerloket Deventer"),
    "rova": ("www.rova.test", "ROVA"),
    "circ": ("www.circulus.test", "Circulus"),
    "hvc": ("www.hvcgroep.test", "HVC"),
    "ofgv": ("www.ofgv.test", "Omgevingsdienst Flevoland & Gooi en Vechtstreek"),
}
TAXKEYS = ["hondenbelasting", "belastingkwijtschelding", "woz-bezwaar", "belastingaanslag-bezwaar", "betalingsregeling",
           "watersysteemheffing", "zuiveringsheffing"]
ORG_VIA = {
    "GM0405": {**{k: "wfbel" for k in TAXKEYS}, "bijstand": "werk", "grofvuil": "hvc"},
    "GM0339": {**{k: "vallbel" for k in TAXKEYS}, "bijstand": "rsdv", "bijzondere-bijstand": "rsdv", "wmo-voorziening": "rsdv"},
    "GM0737": {"bijstand": "sdne", "bijzondere-bijstand": "sdne", "wmo-voorziening": "sdne"},
    "WS0664": {k: "gblt" for k in TAXKEYS + ["belastingkwijtschelding"]},
    "GM0193": {"parkeervergunning": "pzw", "grofvuil": "rova", "afvalcontainer": "rova"},
    "GM0150": {"parkeervergunning": "pdev", "grofvuil": "circ", "bijstand": "werk"},
    "PV27": {"schadevergoeding-provincie": "bij12"},
    "PV24": {"schadevergoeding-provincie": "bij12", "ontgrondingsvergunning": "ofgv", "vuurwerk-ontbranding": "ofgv"},
}
OLOKET_KEYS = {"omgevingsvergunning", "kapvergunning", "uitwegvergunning", "natuurvergunning", "watervergunning"}

# route preferences per product: kind weights  (d=digid, e=eherk, w=web, p=pdf, n=none)
PREF = {
 "brp-uittreksel": "d5 p1 n1", "verhuismelding": "d8 w1 p1", "geboorteaangifte": "d4 n3", "overlijdensaangifte": "n6 w1 p1",
 "huwelijksaangifte": "d4 n2 p1", "paspoort": "n1", "identiteitskaart": "n1", "parkeervergunning": "d5 p1 n1",
 "gehandicaptenparkeerkaart": "d4 p3 n1", "gehandicaptenparkeerplaats": "d2 p3 w2 n1", "hondenbelasting": "d5 p2 w1",
 "belastingkwijtschelding": "d5 p3", "woz-bezwaar": "d6 w1 p1", "bijstand": "d5 n2", "bijzondere-bijstand": "d4 p3 n1",
 "wmo-voorziening": "w3 n3 d2", "leerlingenvervoer": "d4 p3", "grofvuil": "w5 n2 d1", "afvalcontainer": "w4 n3",
 "melding-openbare-ruimte": "w8 d1", "omgevingsvergunning": "d1", "kapvergunning": "d1 p2 w1", "bouwdossier-inzage": "w4 n3 p1",
 "bezwaar": "d4 w3 p2", "klacht": "w5 d3 n1", "woo-verzoek": "w3 d2 p2 n2", "subsidie": "e4 p3 w2",
 "evenementenvergunning": "e5 p3 w1", "exploitatievergunning-horeca": "e4 p4", "alcoholvergunning": "e5 p4",
 "terrasvergunning": "e4 p3 w2", "standplaatsvergunning": "p4 w2 e2 n2", "marktvergunning": "p3 n3 w2",
 "reclamebelasting": "n4 p3 e1", "geluidsontheffing": "w4 p4 e1", "winkeltijdenontheffing": "p4 w3 n2",
 "kansspelautomaatvergunning": "p5 e3", "collectevergunning": "w4 p4 n2", "ligplaatsvergunning": "p4 n2 d2",
 "uitwegvergunning": "d1 p2 w1", "belastingaanslag-bezwaar": "d6 w1", "betalingsregeling": "d4 w2 n2",
 "beschermde-dieren-ontheffing": "e4 p2", "natuurvergunning": "e1", "ontgrondingsvergunning": "e3 p2",
 "tijdelijk-luchtvaartterrein": "e3 w2 p2", "wegvergunning-provinciaal": "e4 w2 p2", "vuurwerk-ontbranding": "e3 p3 n1",
 "schadevergoeding-provincie": "d1", "watervergunning": "e4 p2", "watermelding": "w4 e3 p1", "zuiveringsheffing": "e3 n3",
 "watersysteemheffing": "d3 n3", "bedrijfsafvalwater-melding": "e3 p3 w2",
}
LEVEL = {"d": 100, "e": 100, "w": 67, "p": 33, "n": 0}

PRES = {  # CTA presentation styles per family
    "ams": ["a", "js", "getform", "a"], "rot": ["button", "a", "overview"], "iprox": ["img", "a", "a"],
    "cat": ["getform", "overview", "a"], "owc": ["button", "a", "iframe"], "base": ["img", "a"],
    "small": ["overview", "iframe", "a"], "tiny": ["a", "img"], "nlds": ["js", "iframe", "a"],
    "flev": ["button", "a", "getform"], "wp": ["overview", "a", "getform"], "wp2": ["iframe", "getform", "a"],
}

NOT_OFFERED = {
    ("GM0339", "ligplaatsvergunning"): ("Water en recreatie", "water-en-recreatie",
        "In Renswoude liggen geen vaarwegen of havens. De gemeente geeft daarom geen ligplaatsvergunningen af."),
    ("GM0088", "marktvergunning"): ("Ondernemen op het eiland", "ondernemen-op-het-eiland",
        "Op Schiermonnikoog is geen weekmarkt. Een marktvergunning kunt u bij ons dus niet aanvragen; voor een standplaats bij het dorp kunt u wel contact opnemen."),
    ("GM0088", "parkeervergunning"): ("Auto op het eiland", "auto-op-het-eiland",
        "Schiermonnikoog is autoluw. Bezoekers laten hun auto achter in Lauwersoog. De gemeente geeft geen parkeervergunningen uit."),
    ("GM0193", "reclamebelasting"): ("Reclame aan de gevel", "Reclame_aan_de_gevel",
        "Wilt u een reclamebord of lichtreclame aan uw pand? Let op de welstandsregels. Zwolle heft geen reclamebelasting."),
    ("GM0363", "hondenbelasting"): ("Belastingen voor particulieren", "belastingen-particulieren",
        "Als inwoner betaalt u onroerendezaakbelasting, afvalstoffenheffing en rioolheffing. Amsterdam heft sinds 2017 geen hondenbelasting meer."),
    ("GM0150", "winkeltijdenontheffing"): ("Koopzondagen", "koopzondagen",
        "Winkels in Deventer mogen op alle zondagen open tussen 12.00 en 18.00 uur. Een ontheffing winkeltijden is niet nodig en wordt niet verleend."),
}
SHARED_PAGE = {"GM0363": ("paspoort", "identiteitskaart"), "GM0193": ("paspoort", "identiteitskaart"),
               "GM0737": ("paspoort", "identiteitskaart"), "GM0405": ("paspoort", "identiteitskaart"),
               "GM0150": ("exploitatievergunning-horeca", "alcoholvergunning")}
SIMILAR = {  # (org, key) -> sibling page title, slug, kind of sibling form
    ("GM0599", "evenementenvergunning"): ("Klein evenement melden", "klein-evenement-melden", "w"),
    ("GM0150", "parkeervergunning"): ("Parkeerontheffing voor werkzaamheden", "parkeerontheffing", "e"),
    ("GM0193", "ligplaatsvergunning"): ("Ligplaats passantenhaven", "Ligplaats_passantenhaven", "w"),
    ("PV27", "wegvergunning-provinciaal"): ("Wegafsluiting of verkeersbesluit aanvragen", "wegafsluiting", "e"),
    ("WS0653", "watervergunning"): ("Ontheffing vaarverbod", "ontheffing-vaarverbod", "w"),
}
AUDIENCE = {("GM0599", "afvalcontainer"), ("GM0193", "afvalcontainer"), ("GM0405", "afvalcontainer"), ("GM0150", "subsidie")}
ENGLISH = {"GM0363": ["brp-uittreksel", "verhuismelding", "parkeervergunning", "melding-openbare-ruimte"],
           "GM0599": ["verhuismelding", "brp-uittreksel", "paspoort"],
           "PV27": ["subsidie", "natuurvergunning"]}
PREFILL_TEXTS = ["Na het inloggen met DigiD zijn uw naam, adres en BSN al ingevuld.",
                 "We halen uw gegevens op uit de Basisregistratie Personen (BRP). U hoeft ze niet zelf in te vullen.",
                 "Uw gegevens zijn al ingevuld als u inlogt. Controleer ze en vul de rest aan."]

TRAP_DESC = {
    "contact": "generic contact form 'Stel uw vraag'", "klachtlink": "'Klacht indienen' form link beside the product",
    "afspraak": "appointment booking 'Afspraak maken'", "verordening": "regulation/tariff PDF",
    "otherform": "form of another product (Melding openbare ruimte)", "news": "news item about the product",
    "rijk": "national information page without a route", "unavailable": "'formulier tijdelijk niet beschikbaar' notice",
    "brochure": "brochure PDF that is not a form", "app": "'Download de app' link", "chatbot": "chatbot widget",
    "digidinfo": "general 'Inloggen met DigiD' explanation page", "mailto": "mailto link",
}


# ---------------------------------------------------------------- site model
class Site:
    def __init__(self, o):
        self.o = o
        self.code = o["code"]; self.host = o["host"]; self.fam = o["fam"]
        self.pages = {}  # path -> (title)
        self.news = []
        self.forms_overview = []   # (title, url)
        self.az = []               # (title, path)
        self.home = "/home" if o.get("consent") else ("/nl/" if self.fam == "tiny" else "/")
        self.fry = self.code in ("GM0737", "WS0653")
        self.path_sec = {}

    def url(self, path):
        return "http://%s%s" % (self.host, path)

    def href(self, frm, to):
        """link text as the family writes it."""
        if to.startswith("http://") and not to.startswith("http://%s/" % self.host):
            return to
        if to.startswith("http://"):
            to = to[len("http://%s" % self.host):]
        if self.fam in ("iprox", "wp2") and frm.count("/") >= 2 and to.startswith("/") and "?" not in to:
            fd = dirname(frm) or "/"
            r = relpath(to, fd)
            if to.endswith("/") and not r.endswith("/"):
                r += "/"
            return r
        if self.fam == "base":
            if to.startswith("/ynwenners/"):
                return to[len("/ynwenners/"):] or "./"
            return ".." + to
        if self.fam == "nlds":
            return to.lstrip("/") or "./"
        return to

    def base_tag(self):
        if self.fam == "base":
            return '<base href="http://www.t-diel.test/ynwenners/">'
        if self.fam == "nlds":
            return '<base href="http://www.noord-holland.test/">'
        return ""

    def product_path(self, key, idx):
        slug = PROD[key][1]; sec = PROD[key][2]
        f = self.fam
        if f == "ams": return "/%s/%s/" % (sec, slug)
        if f == "rot": return "/%s/" % slug
        if f == "iprox":
            t = PROD[key][0][0].replace(" ", "_").replace("(", "").replace(")", "").replace(":", "")
            return "/%s/%s/%s" % ("Ondernemers" if sec == "ondernemen" else "Inwoners", sec.replace("-", "_").capitalize(), t)
        if f == "cat": return "/product?id=%d" % (1040 + idx * 7)
        if f == "owc": return "/onderwerp/%s/" % slug
        if f == "base": return "/ynwenners/produkten/%s.html" % slug
        if f == "small": return "/inwoners/%s" % slug
        if f == "tiny": return "/nl/%s.html" % slug
        if f == "nlds": return "/loket/%s" % slug
        if f == "flev": return "/loket/product?pdc=%d" % (200 + idx * 3)
        if f == "wp": return "/index.php?p=%d" % (3100 + idx * 11)
        if f == "wp2": return "/nl/%s/%s/" % (sec, slug)

    # ------------------------------------------------------------ page shell
    def page(self, path, title, body, lang="nl", extra_head=""):
        o = self.o
        nav = self.nav(path)
        mijn = ""
        if o.get("mijn"):
            mijn = '<a class="login" href="http://%s/auth/site/digid">%s &ndash; Inloggen</a>' % (mijn_host(self), o["mijn"])
        footer_logo = ""
        if o.get("footer_digid"):
            footer_logo = ('<div class="logos"><a href="http://www.digid.test/"><img src="/img/digid.svg" alt="DigiD"></a> '
                           '<img src="/img/eherkenning.svg" alt="eHerkenning"></div>')
        sitename = o["name"]
        if self.fry:
            sitename += ' <span lang="fy">%s</span>' % ("Gemeente Tytsjerksteradiel" if o["type"] == "gemeente" else "Wetterskip Fryslân")
        search = '<form class="zoek" action="%s" method="get"><input name="q" aria-label="Zoeken"><button>Zoeken</button></form>' % self.href(path, "/zoeken")
        doc = ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\">%s<title>%s | %s</title>%s</head>\n<body class=\"%s\">\n"
               "<header><a class=\"logo\" href=\"%s\">%s</a> %s %s</header>\n<nav>%s</nav>\n<main>\n%s\n</main>\n"
               "<footer><p>%s &middot; <a href=\"%s\">Contact</a> &middot; <a href=\"%s\">Privacy</a> &middot; "
               "<a href=\"%s\">Toegankelijkheid</a></p>%s</footer>\n</body></html>\n") % (
            lang, self.base_tag(), E(title), E(o["short"]), extra_head, self.fam, self.href(path, self.home), sitename,
            search, mijn, nav, body, E(o["name"]), self.href(path, "/contact/"), self.href(path, "/privacy"),
            self.href(path, "/toegankelijkheid"), footer_logo)
        put(self.host, self.fpath(path), doc)
        self.pages[path] = title

    def fpath(self, path):
        p = path.lstrip("/")
        if p == "" or p.endswith("/"):
            p += "index.html"
        return p

    def nav(self, path):
        items = [(s, "/%s" % self.section_path(s)) for s in self.sections]
        return "<ul>" + "".join('<li><a href="%s">%s</a></li>' % (self.href(path, u), E(self.section_title(s))) for s, u in items) + \
            '<li><a href="%s">%s</a></li></ul>' % (self.href(path, self.az_path()), "A-Z" if self.o["type"] == "gemeente" else "Loket")

    def section_title(self, s):
        if self.fry and s in FRY_SECTIONS:
            return "%s / %s" % (FRY_SECTIONS[s], SECTION_NAMES[s])
        return SECTION_NAMES[s]

    def section_path(self, s):
        if self.fam == "base": return "ynwenners/%s/" % s
        if self.fam == "iprox": return "%s/%s/" % ("Ondernemers" if s == "ondernemen" else "Inwoners", s.replace("-", "_").capitalize())
        if self.fam == "tiny": return "nl/%s.html" % s
        if self.fam == "wp2": return "nl/%s/" % s
        return "%s/" % s if self.fam in ("ams", "owc") else s

    def az_path(self):
        return {"cat": "/producten", "ams": "/a-z/", "rot": "/producten-en-diensten/", "flev": "/loket/",
                "nlds": "/loket/", "wp": "/index.php?page_id=12", "tiny": "/nl/a-z.html", "base": "/ynwenners/a-z/"}.get(self.fam, "/a-z")


def mijn_host(s):
    return "mijn." + s.host.replace("www.", "")


# ---------------------------------------------------------------- form platforms
def form_url(s, slug, kind):
    o = s.o; f = o["forms"]; fh = o["fhost"]
    if f == "openforms": return "http://%s/%s" % (fh, slug)
    if f == "triple": return "http://%s/%s.aspx" % (fh, "".join(w.capitalize() for w in slug.split("-")))
    if f == "gravity": return "http://%s/formulier/%s/" % (fh, slug)
    if f == "formdesk": return "http://%s/%s/%s" % (fh, o["short"].lower(), slug)
    if f == "eform": return "http://%s/eformulieren/%s" % (fh, slug)


def login_url(url, kind):
    host = url.split("/")[2]
    slug = url.rstrip("/").split("/")[-1].replace(".aspx", "").lower()
    return "http://%s/auth/%s/%s" % (host, slug, "digid" if kind == "d" else "eherkenning")


def add_login(url):
    host = url.split("/")[2]
    path = "/" + url.split("/", 3)[3]
    idp = "http://digid.test/inloggen" if url.endswith("/digid") else "http://eherkenning.test/kies-uw-middel"
    REDIRECTS.append({"url": url, "status": 302, "location": idp + "?return=" + "http://" + host + path})


FIELDS = {"d": ["Telefoonnummer", "E-mailadres", "Toelichting"], "e": ["KvK-nummer", "Contactpersoon", "Omschrijving activiteit"],
          "w": ["Naam", "Adres", "E-mailadres", "Uw melding of aanvraag"]}


def write_form(s, url, title, kind, prefill=False, org_name=None):
    """Write the form page at url; return nothing. kind d/e (login) or w (anonymous)."""
    o = s.o
    host = url.split("/")[2]; path = "/" + url.split("/", 3)[3]
    plat = o["forms"] if host == o["fhost"] else "body"
    fields = "".join('<label>%s<input name="f%d"></label>' % (E(l), i) for i, l in enumerate(FIELDS[kind]))
    body = "<h1>%s</h1>" % E(title)
    if kind in "de":
        lu = login_url(url, kind); add_login(lu)
        word = "DigiD" if kind == "d" else "eHerkenning"
        pre = "<p>%s</p>" % PREFILL_TEXTS[len(title) % 2 if kind == "d" else 2] if prefill else ""
        if plat == "openforms":
            feat("js_built_form")
            body += ('<div id="openforms-root" data-form="%s"><noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript></div>\n'
                     '<script>\n(function(){var r=document.getElementById("openforms-root");\n'
                     'r.innerHTML=\'<div class="openforms-start"><p>Log in om het formulier te starten.</p>%s'
                     '<a class="utrecht-button" href="%s">Inloggen met %s</a></div>\';})();\n</script>') % (
                E(title), pre.replace("'", "\\'"), lu, word)
        else:
            body += ('<p>Om dit formulier te gebruiken logt u in met %s.</p>%s<p><a class="btn" href="%s">'
                     '<img src="/img/%s.svg" alt="" width="32"> Inloggen met %s</a></p>') % (word, pre, lu, word.lower(), word)
            if plat == "triple":
                body = '<div class="wizard"><span>Stap 1 van 5: Inloggen</span>' + body + "</div>"
    else:
        action = path + "verzonden" if path.endswith("/") else path + "-verzonden"
        put(host, action.lstrip("/"), "<!DOCTYPE html><html><body><h1>Bedankt</h1><p>Uw formulier is verzonden.</p></body></html>")
        form = '<form method="post" action="%s" id="gform_1">%s<button type="submit">Versturen</button></form>' % (action, fields)
        if plat == "openforms":
            feat("js_built_form")
            body += ('<div id="openforms-root"></div>\n<script>\ndocument.getElementById("openforms-root").innerHTML=%s;\n</script>'
                     % json.dumps('<p>U kunt dit formulier invullen zonder in te loggen.</p>' + form))
        else:
            body += "<p>Velden met een * zijn verplicht. U hoeft niet in te loggen.</p>" + form
    who = org_name or o["name"]
    doc = ("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>%s - %s</title></head><body>"
           "<header>%s &ndash; E-formulieren</header><main>%s</main></body></html>\n") % (E(title), E(who), E(who), body)
    put(host, fpath_of(path), doc)


def fpath_of(path):
    p = path.lstrip("/")
    return p + "index.html" if (p == "" or p.endswith("/")) else p


def write_pdf(host, path, title, form=True, kind="form"):
    if kind == "form":
        lines = ["Vul dit formulier volledig in en stuur het ondertekend op naar de gemeente.",
                 "Stuur kopieen van de gevraagde bewijsstukken mee.", "", "1. Gegevens aanvrager"]
        fields = ["Naam en voorletters", "Adres", "Postcode en woonplaats", "Telefoonnummer", "Datum", "Handtekening"]
    elif kind == "regulation":
        lines = ["Artikel 1 Begripsbepalingen", "In deze verordening wordt verstaan onder: ...", "Artikel 2 Belastbaar feit",
                 "Artikel 3 Tarieven: zie de bij deze verordening behorende tarieventabel.", "Artikel 4 Inwerkingtreding"]
        fields = []
    else:
        lines = ["In deze folder leest u alles over de regels en de kosten.", "Meer informatie: bel 14 0 of kijk op onze website.",
                 "Deze folder is geen aanvraagformulier."]
        fields = []
    put(host, path.lstrip("/"), make_pdf(title, lines, fields))


# ---------------------------------------------------------------- planning
def parse_pref(p):
    out = []
    for tok in p.split():
        out.append((tok[0], int(tok[1:])))
    return out


def plan_org(s, products):
    o = s.o
    letter = TYPE_LETTER[o["type"]]
    keys = [p for p in products if letter in p[3] and p[0] in PROD]
    rng = random.Random("nf:" + s.code)
    n_nf = {"GM0363": 1, "GM0599": 2, "GM0193": 2, "GM0150": 3, "GM0405": 3, "GM0737": 3, "GM0339": 5, "GM0088": 7}.get(s.code, 1)
    candidates = [k[0] for k in keys if k[0] not in ("verhuismelding", "paspoort", "identiteitskaart", "omgevingsvergunning",
                                                     "bezwaar", "klacht", "melding-openbare-ruimte", "watervergunning")
                  and (s.code, k[0]) not in NOT_OFFERED and (s.code, k[0]) not in SIMILAR and (s.code, k[0]) not in AUDIENCE
                  and k[0] not in SHARED_PAGE.get(s.code, ()) and k[0] not in ENGLISH.get(s.code, [])]
    notfound = set(rng.sample(sorted(candidates), n_nf))
    plans = {}
    for idx, (key, name_nl, name_en, types, aud, _) in enumerate(keys):
        r = random.Random("%s:%s" % (s.code, key))
        pl = dict(key=key, name_en=name_en, aud=aud, idx=idx, traps=[], via=None, prefill=False)
        if (s.code, key) in NOT_OFFERED:
            pl["status"] = "not_offered"
        elif key in notfound:
            pl["status"] = "not_found"
        else:
            pl["status"] = "ok"
            dg = o["digital"]
            weights = []
            for k, w in parse_pref(PREF[key]):
                f = (0.5 + dg) if k in "de" else (1.4 - dg) if k == "p" else (1.9 - dg) if k == "n" else 1.0
                weights.append((k, w * f))
            tot = sum(w for _, w in weights); x = r.random() * tot
            for k, w in weights:
                x -= w
                if x <= 0:
                    break
            if key == "verhuismelding" and dg >= 0.6: k = "d"
            if aud == "ondernemer" and k == "d": k = "e"
            if o["type"] != "gemeente" and k == "d" and key not in ("watersysteemheffing", "schadevergoeding-provincie"):
                k = "e" if r.random() < 0.6 else "d"
            via = ORG_VIA.get(s.code, {}).get(key)
            if key in OLOKET_KEYS and (key == "omgevingsvergunning" or key == "natuurvergunning" or r.random() < 0.5):
                via = "omgevingsloket"
            if via:
                k = "e" if via in ("ofgv",) else "d"
                pl["via"] = via
            if (s.code, key) in SIMILAR or (s.code, key) in AUDIENCE:
                k = "p" if r.random() < 0.5 else "n"
                pl["via"] = None
            if key in ("paspoort", "identiteitskaart") and s.code in SHARED_PAGE and key == "identiteitskaart":
                pass
            pl["kind"] = k
            pl["pres"] = r.choice(PRES[s.fam])
            if k in "de" and r.random() < 0.22 and not pl["via"]:
                pl["prefill"] = True
            if (pl["via"], key) in (("gblt", "belastingkwijtschelding"), ("wfbel", "belastingkwijtschelding"), ("werk", "bijstand")):
                pl["prefill"] = True
            # traps
            pool = ["contact", "klachtlink", "verordening", "otherform", "news", "rijk", "brochure", "app", "digidinfo", "mailto", "chatbot"]
            if key in ("paspoort", "identiteitskaart", "huwelijksaangifte", "geboorteaangifte", "brp-uittreksel", "bijstand", "wmo-voorziening"):
                pool += ["afspraak", "afspraak"]
            if key in ("klacht", "bezwaar"): pool = [t for t in pool if t not in ("contact", "klachtlink")]
            if key == "melding-openbare-ruimte": pool = [t for t in pool if t != "otherform"]
            if k in "pn" and pl["via"] is None:
                pool += ["unavailable"]
            nt = r.choice([0, 1, 1, 2, 2, 3])
            if key in ("paspoort", "identiteitskaart"):
                nt = max(nt, 1); pool = ["afspraak"] + pool
            seen = []
            for t in r.sample(pool, min(nt, len(pool))) if key not in ("paspoort", "identiteitskaart") else ["afspraak"] + r.sample(pool[1:], nt - 1):
                if t not in seen: seen.append(t)
            pl["traps"] = seen
        plans[key] = pl
    # shared page: second key copies the first's route
    if s.code in SHARED_PAGE:
        a, b = SHARED_PAGE[s.code]
        if plans[a]["status"] == "ok" and plans[b]["status"] == "ok":
            for f in ("kind", "pres", "traps", "via", "prefill"):
                plans[b][f] = plans[a][f]
            plans[b]["shared_with"] = a; plans[a]["shared_with"] = b
    return keys, plans


# ---------------------------------------------------------------- shared-body pages
BODY_PAGES = {}


def body_route(body, key, kind, prefill):
    host, name = BODIES[body]
    slug = PROD[key][1]
    url = "http://%s/%s" % (host, {"omgevingsloket": "aanvragen/%s" % slug, "werk": "particulieren/bijstand-aanvragen",
                                   "bij12": "faunazaken/schade-melden"}.get(body, "%s" % slug))
    if url in BODY_PAGES:
        return url
    BODY_PAGES[url] = 1
    host_ = host; path = "/" + url.split("/", 3)[3]
    word = "DigiD" if kind == "d" else "eHerkenning"
    lu = "http://%s/auth/%s/%s" % (host_, slug, "digid" if kind == "d" else "eherkenning")
    if body == "omgevingsloket":
        lu_e = "http://%s/auth/%s/eherkenning" % (host_, slug)
        add_login(lu); add_login(lu_e)
        body_html = ("<h1>Aanvraag of melding indienen</h1><p>Via het Omgevingsloket vraagt u een vergunning aan of doet u een melding "
                     "voor activiteiten in de fysieke leefomgeving.</p><p>Doe eerst de <a href=\"/vergunningcheck\">Vergunningcheck</a>.</p>"
                     "<p><a class=\"btn\" href=\"%s\">Inloggen met DigiD</a> <a class=\"btn\" href=\"%s\">Inloggen met eHerkenning</a></p>" % (lu, lu_e))
        put(host_, "vergunningcheck", "<!DOCTYPE html><html><body><h1>Vergunningcheck</h1><p>Beantwoord de vragen en zie of u een vergunning nodig heeft.</p></body></html>")
    else:
        add_login(lu)
        pre = "<p>%s</p>" % PREFILL_TEXTS[1 if kind == "d" else 2] if prefill else ""
        body_html = ("<h1>%s</h1><p>%s voert deze taak uit voor de aangesloten gemeenten en waterschappen.</p>%s"
                     "<p><a class=\"btn\" href=\"%s\">Regel het online met %s</a></p>") % (E(PROD[key][0][0]), E(name), pre, lu, word)
    put(host_, fpath_of(path), "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>%s</title></head><body><header>%s</header><main>%s</main></body></html>\n"
        % (E(PROD[key][0][0] + " - " + name), E(name), body_html))
    put(host_, "index.html", "<!DOCTYPE html><html><head><title>%s</title></head><body><h1>%s</h1><p>Welkom.</p></body></html>" % (E(name), E(name)))
    return url


# ---------------------------------------------------------------- product page rendering
def cta_html(s, path, pl, title, route_url, kind, pdf_url):
    """Return html of the call to action and list of feature names."""
    pres = pl["pres"]; word = {"d": "DigiD", "e": "eHerkenning"}.get(kind, "")
    verb = r_verb(pl["key"], s)
    if pl["via"]:
        host, name = BODIES[pl["via"]]
        feat("shared_service_portal")
        if pres == "button":
            feat("button_onclick")
            return '<p>%s regelt dit voor ons.</p><button type="button" onclick="location.href=\'%s\'">Naar %s</button>' % (E(name), route_url, E(name))
        return '<p>Dit regelt u bij %s.</p><p><a href="%s">%s via %s</a></p>' % (E(name), route_url, E(verb), E(name))
    if kind == "p":
        if pres == "overview":
            return None  # handled by overview
        if pres == "button":
            feat("button_onclick")
            return '<button class="download" onclick="window.location.href=\'%s\'">Download het aanvraagformulier</button>' % s.href(path, pdf_url)
        return '<p>Download het <a href="%s">aanvraagformulier (pdf, 86 kB)</a>, vul het in en stuur het op.</p>' % s.href(path, pdf_url)
    if kind == "n":
        return None
    if pres == "overview":
        return None
    if pres == "button":
        feat("button_onclick")
        return '<button type="button" class="cta" onclick="location.href=\'%s\'">%s %s</button>' % (route_url, E(verb), ("met " + word) if word else "")
    if pres == "getform":
        feat("get_form")
        action = route_url
        return ('<form class="cta" method="get" action="%s"><input type="hidden" name="bron" value="website">'
                '<button type="submit">Start %s</button></form>%s') % (action, "aanvraag" if kind != "w" else "formulier",
                                                                       "<p>U logt in met %s.</p>" % word if word else "")
    if pres == "iframe" and kind == "w":
        feat("iframe_form")
        return '<iframe src="%s" title="Formulier %s" width="100%%" height="700"></iframe>' % (route_url, E(title))
    if pres == "img" and kind in "de":
        feat("digid_image_only")
        lu = login_url(route_url, kind)
        return '<p>%s:</p><a href="%s"><img src="/img/%s-knop.png" alt="Inloggen met %s"></a>' % (E(verb), lu, word.lower(), word)
    if pres == "js" and s.o["forms"] != "openforms":
        feat("script_written_link")
        return '<div id="cta"></div><script>document.getElementById("cta").innerHTML=\'<a class="button" href="%s">%s</a>\';</script>' % (route_url, E(verb))
    if word:
        return '<p><a class="button" href="%s">%s met %s</a></p>' % (route_url, E(verb), word)
    return '<p><a class="button" href="%s">%s</a> (zonder inloggen)</p>' % (route_url, E(verb))


VERBS = {"aanvraag": ["Vraag aan", "Online aanvragen", "Direct aanvragen", "Aanvragen"],
         "melding": ["Doorgeven", "Online melden", "Geef het door", "Melding doen"]}


def r_verb(key, s):
    v = "melding" if key in ("verhuismelding", "geboorteaangifte", "overlijdensaangifte", "huwelijksaangifte", "melding-openbare-ruimte",
                             "watermelding", "bedrijfsafvalwater-melding", "hondenbelasting", "grofvuil") else "aanvraag"
    lst = VERBS[v]
    return lst[(len(s.code) + len(key)) % len(lst)]


def product_title(s, key, variant):
    t = PROD[key][0][variant % len(PROD[key][0])]
    if s.fry and key in FRY:
        t = FRY[key]
    return t


def trap_html(s, path, t, key, title):
    host = s.host
    if t == "contact":
        return '<p>Heeft u nog vragen? <a href="%s">Stel uw vraag</a> via het contactformulier.</p>' % s.href(path, "/contact/formulier")
    if t == "klachtlink":
        return '<aside><h2>Niet tevreden?</h2><p><a href="%s">Klacht indienen</a></p></aside>' % s.href(path, s.klacht_path)
    if t == "afspraak":
        return '<p><a class="button" href="http://afspraken.%s/">Afspraak maken</a> (u komt persoonlijk langs)</p>' % host.replace("www.", "")
    if t == "verordening":
        nm = ["Legesverordening", "Tarieventabel leges", "Verordening"][len(key) % 3]
        return '<p>Zie de <a href="%s">%s %s (pdf)</a>.</p>' % (s.href(path, "/documenten/%s-%s.pdf" % (nm.split()[0].lower(), PROD[key][1])), nm, 2026)
    if t == "otherform":
        return '<p>Zie ook: <a href="%s">Melding openbare ruimte</a></p>' % s.mor_route
    if t == "news":
        return '<p>Nieuws: <a href="%s">Nieuwe regels voor %s</a></p>' % (s.href(path, "/nieuws/%s" % PROD[key][1]), E(title.lower()))
    if t == "rijk":
        return '<p>Lees meer op <a href="http://www.rijksoverheid.test/onderwerpen/%s">Rijksoverheid.nl</a>.</p>' % PROD[key][1]
    if t == "unavailable":
        return '<div class="alert"><strong>Let op:</strong> Het online formulier is tijdelijk niet beschikbaar door onderhoud. Dit formulier kunt u nu niet online invullen; probeer het later opnieuw.</div>'
    if t == "brochure":
        return '<p><a href="%s">Folder %s (pdf, 1,2 MB)</a></p>' % (s.href(path, "/documenten/folder-%s.pdf" % PROD[key][1]), E(title.lower()))
    if t == "app":
        return '<p><a href="%s">Download de app</a> en regel het onderweg.</p>' % s.href(path, "/app")
    if t == "digidinfo":
        return '<p>Heeft u nog geen DigiD? Lees <a href="%s">Inloggen met DigiD</a>.</p>' % s.href(path, "/inloggen-met-digid")
    if t == "mailto":
        return '<p>Mail uw vragen naar <a href="mailto:info@%s">info@%s</a>.</p>' % (host.replace("www.", ""), host.replace("www.", ""))
    if t == "chatbot":
        return ('<div id="chat"><button onclick="openChat()">Chat met Gem</button></div><script>function openChat(){document.getElementById("chat")'
                '.innerHTML=\'<form onsubmit="return false"><input placeholder="Typ uw vraag"><button>Verstuur</button></form>\';}</script>')
    return ""


def layout(s, title, intro, cta, traps, pl, path):
    """Arrange the blocks in the CMS family's template."""
    key = pl["key"]
    costs = "<p>De kosten vindt u in de tarieventabel. Betalen kan met pinpas.</p>"
    f = s.fam
    if f in ("owc", "small", "tiny"):
        h = ["Wat is het?", "Hoe werkt het?", "Wat moet ik doen?", "Wat kost het?"]
    elif f in ("ams", "nlds"):
        h = ["Wat moet u weten", "Voorwaarden", "Aanvragen", "Kosten"]
    elif f == "base":
        h = ["Wat is it? / Wat is het?", "Hoe wurket it? / Hoe werkt het?", "Wat moat ik dwaan? / Wat moet ik doen?", "Kosten"]
    else:
        h = ["Omschrijving", "Voorwaarden", "Aanvragen", "Kosten"]
    cond = "<p>U moet ingeschreven staan in de gemeente of er een bedrijf hebben.</p>" if s.o["type"] == "gemeente" else "<p>Lees de voorwaarden goed door.</p>"
    if f == "rot" and cta:
        feat("direct_regelen_block")
        parts = ['<div class="direct-regelen"><h2>Direct regelen</h2>%s</div>' % cta, "<h2>%s</h2><p>%s</p>" % (h[0], E(intro)),
                 "<h2>%s</h2>%s" % (h[1], cond), "<h2>%s</h2>%s" % (h[3], costs)]
    elif f in ("iprox", "nlds"):
        feat("accordion")
        parts = ["<p class=\"intro\">%s</p>" % E(intro)] + [
            "<details><summary>%s</summary>%s</details>" % (h[1], cond),
            "<details open><summary>%s</summary>%s</details>" % (h[2], cta or "<p>Neem contact met ons op via 14 038.</p>"),
            "<details><summary>%s</summary>%s</details>" % (h[3], costs)]
    else:
        parts = ["<h2>%s</h2><p>%s</p>" % (h[0], E(intro)), "<h2>%s</h2>%s" % (h[1], cond),
                 "<h2>%s</h2>%s" % (h[2], cta or "<p>U kunt dit regelen aan de balie of telefonisch via 14 0%s.</p>" % (len(s.code) * 7)),
                 "<h2>%s</h2>%s" % (h[3], costs)]
    return "<h1>%s</h1>\n%s\n%s" % (E(title), "\n".join(parts), "\n".join(traps))


def build_org(s, products):
    o = s.o
    keys, plans = plan_org(s, products)
    secs = []
    for k in keys:
        if PROD[k[0]][2] not in secs:
            secs.append(PROD[k[0]][2])
    s.sections = secs
    # paths
    for pl in plans.values():
        pl["path"] = s.product_path(pl["key"], pl["idx"])
    kl = plans.get("klacht")
    s.klacht_path = kl["path"] if kl and kl["status"] == "ok" else "/contact/formulier"
    mor = plans.get("melding-openbare-ruimte")
    s.mor_route = form_url(s, "melding-openbare-ruimte", "w")
    write_form(s, s.mor_route, "Melding openbare ruimte", "w")
    # shared page path
    if s.code in SHARED_PAGE:
        a, b = SHARED_PAGE[s.code]
        if plans[b].get("shared_with"):
            plans[b]["path"] = plans[a]["path"]
    overview_items = []
    org_rows = []
    for key, pl in plans.items():
        st = pl["status"]
        if st == "not_found":
            org_rows.append(dict(org_code=s.code, product_key=key, level="", status="not_found", product_url="", route_url="",
                                 level_strict="", via="", notes="No page for this product on the site%s." % (
                                     " (the A-Z list still links to a removed page that answers with a soft 404)" if o.get("soft404") else "")))
            if o.get("soft404"):
                s.az.append((PROD[key][0][0], "/oud/%s" % PROD[key][1])); feat("stale_link_soft404")
            continue
        if st == "not_offered":
            t, slug, text = NOT_OFFERED[(s.code, key)]
            path = {"iprox": "/Inwoners/Wonen/%s" % slug, "tiny": "/nl/%s.html" % slug, "cat": "/product?id=%d" % 999,
                    "small": "/inwoners/%s" % slug, "ams": "/belastingen/%s/" % slug}.get(s.fam, "/%s" % slug)
            s.page(path, t, "<h1>%s</h1><p>%s</p>" % (E(t), E(text))); s.path_sec[path] = PROD[key][2]
            s.az.append((t, path)); feat("not_offered_unexpected_title")
            sitew = site_traps(s)
            org_rows.append(dict(org_code=s.code, product_key=key, level="", status="not_offered", product_url=s.url(path), route_url="",
                                 level_strict="", via="", notes="Page titled '%s' states the product is not offered.%s" % (t, (" Trap: " + sitew) if sitew else "")))
            continue
        title = product_title(s, key, pl["idx"])
        if pl.get("shared_with"):
            a, b = SHARED_PAGE[s.code]
            title = {"paspoort": "Paspoort en ID-kaart", "exploitatievergunning-horeca": "Horecavergunning (exploitatie en alcohol)"}[a]
            if s.fry and a == "paspoort": title = "Paspoart en identiteitskaart / Paspoort en ID-kaart"
        intro = PW_INTRO.get(key, PROD[key][3]) if o["type"] != "gemeente" else PROD[key][3]
        kind = pl["kind"]; path = pl["path"]; level = LEVEL[kind]
        route_url = ""; pdf_url = None; notes = []
        slug = PROD[key][1]
        if pl.get("shared_with") and key == SHARED_PAGE[s.code][1]:
            a0 = plans[SHARED_PAGE[s.code][0]]
            route_url, pdf_url = a0["final_route"], a0["final_pdf"]
            notes.append(a0["final_note"])
        elif pl["via"]:
            route_url = body_route(pl["via"], key, kind, pl["prefill"])
            notes.append("Product page sends the user to %s (%s)" % (BODIES[pl["via"]][1], "DigiD/eHerkenning login"))
        elif kind in "dew":
            route_url = form_url(s, slug, kind)
            ftitle = title if not pl.get("shared_with") else "Aanvraag " + title
            write_form(s, route_url, ftitle, kind, pl["prefill"])
            if pl["pres"] == "img" and kind in "de":
                route_url_label = login_url(route_url, kind)
            notes.append({"d": "DigiD form", "e": "eHerkenning form", "w": "anonymous web form"}[kind] + " on %s" % route_url.split("/")[2])
        elif kind == "p":
            pdf_url = "/documenten/aanvraagformulier-%s.pdf" % slug
            write_pdf(s.host, pdf_url, "Aanvraagformulier " + title)
            route_url = s.url(pdf_url)
            notes.append("Printable PDF form")
        else:
            notes.append("Information only (counter, phone or letter)")
        cta = None
        if pl.get("shared_with") and key == SHARED_PAGE[s.code][1]:
            pass
        elif pl["status"] == "ok" and kind != "n":
            cta = cta_html(s, path, pl, title, route_url, kind, pdf_url)
            if pl["pres"] == "img" and kind in "de" and not pl["via"]:
                route_url = login_url(route_url, kind)
            if cta is None and pl["pres"] == "overview":
                overview_items.append((title, route_url if kind != "p" else s.url(pdf_url)))
                ov = s.overview_path
                cta = '<p>Dit regelt u via ons <a href="%s">%s</a>.</p>' % (s.href(path, ov), s.overview_title)
                notes.append("reached via the '%s' overview page that lists many forms" % s.overview_title)
                feat("overview_page_route")
            if kind in "p" and pl["pres"] == "button":
                pass
        pl["final_route"] = route_url; pl["final_pdf"] = pdf_url; pl["final_note"] = notes[0]
        if pl["prefill"] and kind in "de":
            notes.append("explicit pre-fill text")
        if pl["pres"] in ("button", "getform", "iframe", "img", "js") and kind not in "np" and not pl["via"]:
            notes.append({"button": "CTA is a button with onclick", "getform": "CTA is a GET form", "iframe": "form inside an iframe",
                          "img": "DigiD shown only as an image with alt text", "js": "form/link built by JavaScript"}[pl["pres"]])
        # traps
        tr_html = []; trap_notes = []
        for t in pl["traps"]:
            tr_html.append(trap_html(s, path, t, key, title)); trap_notes.append(TRAP_DESC[t]); feat("trap_" + t)
            if t == "verordening":
                nm = ["Legesverordening", "Tarieventabel leges", "Verordening"][len(key) % 3]
                write_pdf(s.host, "/documenten/%s-%s.pdf" % (nm.split()[0].lower(), PROD[key][1]), "%s %s" % (nm, o["short"]), kind="regulation")
            if t == "brochure":
                write_pdf(s.host, "/documenten/folder-%s.pdf" % PROD[key][1], "Folder " + title, kind="brochure")
            if t == "news":
                s.news.append((key, title))
        extra_links = []
        if (s.code, key) in SIMILAR:
            st_, sslug, skind = SIMILAR[(s.code, key)]
            spath = {"iprox": "/Inwoners/Wonen/%s" % sslug, "cat": "/product?id=%d" % (1040 + 400 + pl["idx"])}.get(s.fam, path.rsplit("/", 2)[0] + "/" + sslug + ("/" if path.endswith("/") else ""))
            if s.fam == "wp": spath = "/index.php?p=%d" % (9000 + pl["idx"])
            surl = form_url(s, sslug, skind); write_form(s, surl, st_, skind)
            sc = '<p><a class="button" href="%s">%s</a></p>' % (surl, "Melden" if skind == "w" else "Aanvragen met eHerkenning")
            s.page(spath, st_, "<h1>%s</h1><p>Dit is iets anders dan een %s.</p>%s" % (E(st_), E(title.lower()), sc))
            s.az.append((st_, spath)); feat("similar_permit_page"); s.path_sec[spath] = PROD[key][2]
            extra_links.append('<p>Zoekt u iets anders? Zie <a href="%s">%s</a>.</p>' % (s.href(path, spath), E(st_)))
            trap_notes.append("similar permit page '%s' has its own higher route" % st_)
        if (s.code, key) in AUDIENCE:
            bt = title + " voor bedrijven" if key != "subsidie" else title + " voor ondernemers"
            bpath = path.rstrip("/") + ("-bedrijven" if "?" not in path else "&doelgroep=bedrijven")
            if "?" in path: bpath = "/product?id=%d" % (1040 + 500 + pl["idx"])
            burl = form_url(s, PROD[key][1] + "-bedrijven", "e"); write_form(s, burl, bt, "e")
            s.page(bpath, bt, "<h1>%s</h1><p>Informatie voor ondernemers.</p><p><a class=\"button\" href=\"%s\">Aanvragen met eHerkenning</a></p>" % (E(bt), burl))
            s.az.append((bt, bpath)); feat("audience_same_name_page"); s.path_sec[bpath] = PROD[key][2]
            extra_links.append('<p>Bent u ondernemer? Kijk bij <a href="%s">%s</a>.</p>' % (s.href(path, bpath), E(bt)))
            trap_notes.append("same-name business page with an eHerkenning form")
        eng = ""
        if key in ENGLISH.get(s.code, []):
            epath = {"ams": "/en/%s/" % slug, "rot": "/english/%s/" % slug}.get(s.fam, "/en/%s" % slug)
            ecta = cta if cta and "overview" not in (cta or "") else ""
            s.page(epath, pl["name_en"], "<h1>%s</h1><p>This page is also available in Dutch.</p>%s<p><a href=\"%s\">Nederlands</a></p>"
                   % (E(pl["name_en"]), ecta or "<p>Please contact us.</p>", s.href(epath, path)), lang="en",
                   extra_head='<link rel="alternate" hreflang="nl" href="%s">' % s.url(path))
            eng = '<link rel="alternate" hreflang="en" href="%s">' % s.url(epath)
            extra_links.append('<p lang="en"><a href="%s">English</a></p>' % s.href(path, epath)); feat("english_page")
        body = layout(s, title, intro, cta, tr_html + extra_links, pl, path)
        if pl.get("shared_with") and key == SHARED_PAGE[s.code][1]:
            pass
        else:
            s.page(path, title, body, extra_head=eng)
            s.az.append((title, path)); s.path_sec[path] = PROD[key][2]
        if pl.get("shared_with"):
            notes.append("one page shared by two products")
            if key == SHARED_PAGE[s.code][0]:
                feat("shared_product_page")
        sitew = site_traps(s)
        if sitew: trap_notes.append(sitew)
        via_host = BODIES[pl["via"]][0] if pl["via"] else ""
        strict = level if level < 100 else (100 if pl["prefill"] else 67)
        if pl["via"] == "omgevingsloket": strict = 67
        note = "; ".join(notes) + "."
        if trap_notes:
            note += " Trap: " + "; ".join(trap_notes) + "."
        org_rows.append(dict(org_code=s.code, product_key=key, level=str(level), status="ok", product_url=s.url(path),
                             route_url=route_url if level > 0 else "", level_strict=str(strict), via=via_host, notes=note))
    s.overview_items = overview_items
    return org_rows


def site_traps(s):
    t = []
    if s.o.get("mijn"): t.append("site-wide '%s' login in the header" % s.o["mijn"])
    if s.o.get("footer_digid"): t.append("DigiD logo in the footer")
    return "; ".join(t)


def finish_site(s, products):
    o = s.o; host = s.host
    # overview page (forms list, with many unrelated forms too)
    items = list(s.overview_items)
    for t, slug in [("Melding openbare ruimte", "melding-openbare-ruimte"), ("Aanvraag huisnummer", "huisnummer"),
                    ("Aanmelden nieuwsbrief", "nieuwsbrief"), ("Compliment geven", "compliment"), ("Vrijwilligersverzekering", "verzekering")]:
        u = form_url(s, slug, "w")
        if slug != "melding-openbare-ruimte": write_form(s, u, t, "w")
        items.append((t, u))
    items.sort()
    s.page(s.overview_path, s.overview_title, "<h1>%s</h1><p>Hier vindt u al onze formulieren.</p><ul>%s</ul>" % (
        E(s.overview_title), "".join('<li><a href="%s">%s</a></li>' % (s.href(s.overview_path, u) if u.startswith("http://" + host) else u, E(t)) for t, u in items)))
    # contact + contact form
    cf = "/contact/formulier"
    s.page("/contact/", "Contact", "<h1>Contact</h1><p>Bel 14 0%s of mail naar <a href=\"mailto:info@%s\">info@%s</a>.</p><p><a href=\"%s\">Contactformulier</a></p>" % (
        len(s.code) * 7, host.replace("www.", ""), host.replace("www.", ""), s.href("/contact/", cf)))
    s.page(cf, "Contactformulier", '<h1>Contactformulier</h1><form method="post" action="%s"><label>Naam<input name="naam"></label><label>E-mail<input name="email"></label>'
           '<label>Uw vraag<textarea name="vraag"></textarea></label><button>Verstuur</button></form>' % s.href(cf, "/contact/verzonden"))
    s.page("/contact/verzonden", "Bedankt", "<h1>Bedankt voor uw vraag</h1>")
    for p_, t_ in (("/privacy", "Privacyverklaring"), ("/toegankelijkheid", "Toegankelijkheidsverklaring")):
        s.page(p_, t_, "<h1>%s</h1><p>Wij gaan zorgvuldig om met uw gegevens.</p>" % t_)
    s.page("/inloggen-met-digid", "Inloggen met DigiD", "<h1>Inloggen met DigiD</h1><img src=\"/img/digid.svg\" alt=\"DigiD\"><p>Met DigiD logt u veilig in bij de overheid. "
           "Vraag DigiD aan op <a href=\"http://www.digid.test/aanvragen\">digid.nl</a>. Op onze website ziet u bij elk product of u kunt inloggen met DigiD.</p>")
    s.page("/app", "Download de app", "<h1>Download de app</h1><p>Met de app van %s ziet u de afvalkalender en doet u meldingen.</p><img src=\"/img/appstore.png\" alt=\"Download in de App Store\"><img src=\"/img/playstore.png\" alt=\"Ontdek het op Google Play\">" % E(o["short"]))
    s.page("/zoeken", "Zoeken", "<h1>Zoeken</h1><p>Gebruik het zoekveld of de <a href=\"%s\">lijst A-Z</a>.</p>" % s.href("/zoeken", s.az_path()))
    # news
    nitems = [("/nieuws/%s" % PROD[k][1], "Nieuwe regels voor %s" % t.lower()) for k, t in s.news] + [("/nieuws/raadsvergadering", "Raad besluit over begroting")]
    for p_, t_ in nitems:
        s.page(p_, t_, "<h1>%s</h1><p class=\"date\">12 november 2026</p><p>Vanaf volgend jaar verandert er iets. Lees meer op de productpagina.</p>" % E(t_))
    s.page("/nieuws/", "Nieuws", "<h1>Nieuws</h1><ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (s.href("/nieuws/", p_), E(t_)) for p_, t_ in nitems))
    # sections
    for sec in s.sections:
        sp = "/" + s.section_path(sec)
        its = sorted(set((t, p) for (t, p) in s.az if s.path_sec.get(p) == sec))
        s.page(sp, s.section_title(sec), "<h1>%s</h1><ul>%s</ul>" % (E(s.section_title(sec)), "".join(
            '<li><a href="%s">%s</a></li>' % (s.href(sp, p), E(t)) for t, p in its)))
    # A-Z
    az = sorted(set(s.az))
    s.page(s.az_path(), "Producten en diensten A-Z" if o["type"] == "gemeente" else "Loket", "<h1>%s</h1><ul>%s</ul>" % (
        "Alle producten en diensten" if o["type"] == "gemeente" else "Vergunningen, subsidies en meldingen",
        "".join('<li><a href="%s">%s</a></li>' % (s.href(s.az_path(), p), E(t)) for t, p in az)))
    # home
    home = s.home
    s.page(home, "Home", "<h1>Welkom bij %s</h1><p>Wat wilt u regelen?</p><ul>%s</ul><p><a href=\"%s\">Alle producten A-Z</a> &middot; <a href=\"%s\">%s</a> &middot; <a href=\"%s\">Nieuws</a></p>" % (
        E(o["name"]), "".join('<li><a href="%s">%s</a></li>' % (s.href(home, p), E(t)) for t, p in az[:8]),
        s.href(home, s.az_path()), s.href(home, s.overview_path), E(s.overview_title), s.href(home, "/nieuws/")))
    if o.get("consent"):
        feat("consent_wall")
        put(host, "index.html", "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Cookies - %s</title></head><body><div class=\"cookiewall\">"
            "<h1>%s gebruikt cookies</h1><p>Wij gebruiken functionele en analytische cookies. Kies hieronder.</p>"
            "<form action=\"/home\" method=\"get\"><input type=\"hidden\" name=\"cookies\" value=\"ja\"><button>Alle cookies accepteren</button></form>"
            "<a href=\"/home?cookies=nee\">Alleen noodzakelijke cookies</a></div></body></html>\n" % (E(o["short"]), E(o["name"])))
    if s.fam == "tiny":
        feat("language_splash")
        put(host, "index.html", "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Schiermonnikoog</title></head><body><h1>Kies uw taal</h1>"
            "<ul><li><a href=\"/nl/\">Nederlands</a></li><li><a href=\"/de/\">Deutsch</a></li><li><a href=\"/en/\">English</a></li></ul></body></html>\n")
        put(host, "de/index.html", "<!DOCTYPE html><html lang=\"de\"><body><h1>Willkommen auf Schiermonnikoog</h1><p><a href=\"/nl/\">Nederlands</a></p></body></html>")
        put(host, "en/index.html", "<!DOCTYPE html><html lang=\"en\"><body><h1>Welcome to Schiermonnikoog</h1><p><a href=\"/nl/\">Nederlands</a></p></body></html>")
    # mijn host + appointment host
    if o.get("mijn"):
        mh = mijn_host(s); add_login("http://%s/auth/site/digid" % mh)
        put(mh, "index.html", "<!DOCTYPE html><html><body><h1>%s</h1><p>Bekijk uw lopende zaken.</p><a href=\"/auth/site/digid\">Inloggen met DigiD</a></body></html>" % E(o["mijn"]))
    ah = "afspraken." + host.replace("www.", "")
    put(ah, "index.html", "<!DOCTYPE html><html><head><title>Afspraak maken</title></head><body><h1>Afspraak maken</h1><form method=\"post\" action=\"/bevestig\">"
        "<label>Product<select name=\"p\"><option>Paspoort</option><option>ID-kaart</option><option>Rijbewijs</option><option>Trouwen</option></select></label>"
        "<label>Datum<input type=\"date\" name=\"d\"></label><button>Kies tijd</button></form></body></html>")
    put(ah, "bevestig", "<!DOCTYPE html><html><body><h1>Afspraak bevestigd</h1></body></html>")
    if o.get("soft404"):
        feat("soft_404_host")
        put("_soft404", host + ".html", "<!DOCTYPE html><html><head><title>Pagina niet gevonden</title></head><body><h1>Pagina niet gevonden</h1>"
            "<p>Sorry, de pagina die u zoekt bestaat niet (meer). Ga naar de <a href=\"/\">homepage</a>.</p></body></html>")
        SOFT404.append({"host": host, "file": "_soft404/%s.html" % host, "status": 200})
    # robots & sitemap
    robots = "User-agent: *\nDisallow: /zoeken\n"
    if s.fam in ("ams", "rot", "iprox", "owc", "nlds", "wp2", "flev"):
        urls = sorted(s.url(p) for p in s.pages)
        put(host, "sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s</urlset>\n' % "".join(
            "<url><loc>%s</loc></url>\n" % E(u) for u in urls))
        robots += "Sitemap: http://%s/sitemap.xml\n" % host
        feat("sitemap")
    put(host, "robots.txt", robots)
    for img in ("digid.svg", "eherkenning.svg"):
        put(host, "img/" + img, '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#f60"/><text x="4" y="24" font-size="10">%s</text></svg>' % img.split(".")[0])


def sec_of(p, s, sec):
    for k, pr in PROD.items():
        if s.product_path(k, 0) == p or (s.fam not in ("cat", "flev", "wp")):
            break
    # decide by slug lookup
    for k, pr in PROD.items():
        if pr[2] == sec and (("/" + pr[1]) in p or pr[0][0].replace(" ", "_") in p):
            return True
    return False


def write_platforms():
    put("digid.test", "inloggen", "<!DOCTYPE html><html><head><title>DigiD | Inloggen</title></head><body><h1>Inloggen bij DigiD</h1>"
        "<form method=\"post\" action=\"/inloggen\"><label>Gebruikersnaam<input name=\"u\"></label><label>Wachtwoord<input type=\"password\" name=\"p\"></label><button>Inloggen</button></form></body></html>")
    put("digid.test", "index.html", "<!DOCTYPE html><html><body><h1>DigiD</h1></body></html>")
    put("www.digid.test", "index.html", "<!DOCTYPE html><html><head><title>DigiD</title></head><body><h1>DigiD</h1><p>Uw digitale identiteit. <a href=\"/aanvragen\">DigiD aanvragen</a></p></body></html>")
    put("www.digid.test", "aanvragen", "<!DOCTYPE html><html><body><h1>DigiD aanvragen</h1></body></html>")
    put("eherkenning.test", "kies-uw-middel", "<!DOCTYPE html><html><head><title>eHerkenning</title></head><body><h1>Kies uw eHerkenningsmiddel</h1><ul><li>Leverancier A</li><li>Leverancier B</li></ul></body></html>")
    put("eherkenning.test", "index.html", "<!DOCTYPE html><html><body><h1>eHerkenning</h1></body></html>")
    for k, pr in PROD.items():
        put("www.rijksoverheid.test", "onderwerpen/%s" % pr[1], "<!DOCTYPE html><html><head><title>%s | Rijksoverheid.nl</title></head><body><h1>%s</h1><p>%s</p><p>Neem contact op met uw gemeente, provincie of waterschap.</p></body></html>"
            % (E(pr[0][0]), E(pr[0][0]), E(pr[3])))
    put("www.rijksoverheid.test", "index.html", "<!DOCTYPE html><html><body><h1>Rijksoverheid</h1></body></html>")


OVERVIEW = {"ams": ("/formulieren/", "Alle formulieren"), "rot": ("/loket/", "E-loket"), "cat": ("/e-loket", "E-loket"),
            "small": ("/formulieren", "Alle formulieren"), "wp": ("/index.php?page_id=44", "Digitaal loket"),
            "base": ("/ynwenners/formulieren/", "Formulieren / Formulieren"), "tiny": ("/nl/formulieren.html", "Formulieren")}


def main():
    out = os.path.join(HERE, "web")
    if "--out" in sys.argv:
        out = sys.argv[sys.argv.index("--out") + 1]
    products = load_products()
    orgrows = []; labels = []
    write_platforms()
    for o in ORGS:
        s = Site(o)
        s.overview_path, s.overview_title = OVERVIEW.get(s.fam, ("/formulieren", "Formulieren"))
        labels += build_org(s, products)
        finish_site(s, products)
        website = "http://%s/" % host_for(o)
        orgrows.append([o["code"], o["name"], o["type"], website] + ([str(o["inh"])] if o.get("inh") else [""]))
    # write
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(os.path.join(out, "sites"))
    for (host, path), c in sorted(W.items()):
        base = os.path.join(out, "_soft404") if host == "_soft404" else os.path.join(out, "sites", host)
        fp = os.path.join(base, path)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "wb") as f:
            f.write(c if isinstance(c, bytes) else c.encode("utf-8"))
    for h in HOST_REDIRECTS:
        os.makedirs(os.path.join(out, "sites", h["host"]), exist_ok=True)
        with open(os.path.join(out, "sites", h["host"], "index.html"), "w") as f:
            f.write("<!DOCTYPE html><html><body><a href=\"http://%s/\">%s</a></body></html>" % (h["to"], h["to"]))
    with open(os.path.join(out, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n"); w.writerow(["code", "name", "org_type", "website", "inhabitants"]); w.writerows(orgrows)
    cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "notes"]
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, cols, lineterminator="\n"); w.writeheader(); w.writerows(labels)
    redirects = sorted({r["url"]: r for r in REDIRECTS}.values(), key=lambda r: r["url"])
    manifest = {"behaviours": {"redirects": redirects, "host_redirects": HOST_REDIRECTS, "not_found_pages": SOFT404},
                "features": dict(sorted(COUNT.items()))}
    with open(os.path.join(out, "testweb.json"), "w") as f:
        json.dump(manifest, f, indent=1, sort_keys=True, ensure_ascii=False)
    print("rows", len(labels), "files", len(W))


def host_for(o):
    h = o["host"]
    if o.get("bare_redirect"):
        bare = h.replace("www.", "")
        HOST_REDIRECTS.append({"host": bare, "status": 301, "to": h}); feat("www_redirect")
        return bare
    if o.get("www_to_bare"):
        HOST_REDIRECTS.append({"host": "www." + h, "status": 301, "to": h}); feat("www_redirect")
        return "www." + h
    return h


if __name__ == "__main__":
    main()
