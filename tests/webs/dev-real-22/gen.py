#!/usr/bin/env python3
"""Generate web-dev22: a trap-weighted, labelled simulated web of ten Dutch government sites.

    python3 gen.py [OUT]        (default: web/ beside this file)

Deterministic: every random choice comes from random.Random seeded with a CRC32 of a fixed
string; every file list is sorted before it is written.
"""
import csv
import html
import json
import posixpath
import random
import shutil
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from content import C, CP  # noqa: E402
from pdfw import make_pdf  # noqa: E402

PRODUCTS_CSV = Path(__file__).resolve().parent.parent.parent.parent / "config" / "products.csv"
E = html.escape


def rng_for(*parts):
    return random.Random(zlib.crc32(":".join(parts).encode()))


def slugify(s):
    out = []
    for ch in s.lower():
        if ch.isalnum():
            out.append({"é": "e", "ë": "e", "ï": "i", "ö": "o"}.get(ch, ch))
        else:
            out.append("-")
    return "-".join(p for p in "".join(out).split("-") if p)


def load_products():
    with open(PRODUCTS_CSV, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [{k: r[k] for k in ("product_key", "name_nl", "org_types", "audience", "offered_by")} for r in rows]


# --------------------------------------------------------------------------------------------
# Organisations and their sites
# --------------------------------------------------------------------------------------------
ORGS = [
    ("GM0353", "Gemeente IJsselstein", "gemeente"),
    ("GM1961", "Gemeente Vijfheerenlanden", "gemeente"),
    ("GM0736", "Gemeente De Ronde Venen", "gemeente"),
    ("GM0312", "Gemeente Bunnik", "gemeente"),
    ("GM0308", "Gemeente Baarn", "gemeente"),
    ("GM0313", "Gemeente Bunschoten", "gemeente"),
    ("GM0050", "Gemeente Zeewolde", "gemeente"),
    ("GM0677", "Gemeente Hulst", "gemeente"),
    ("GM0654", "Gemeente Borsele", "gemeente"),
    ("PV29", "Provincie Zeeland", "provincie"),
]
INHABITANTS = {"GM0353": 34800, "GM1961": 58200, "GM0736": 45500, "GM0312": 15600, "GM0308": 25100,
               "GM0313": 22000, "GM0050": 23500, "GM0677": 27700, "GM0654": 23200}

S = {
    "GM0353": dict(g="IJsselstein", host="www.ijsselstein.test", cms="go", links="abs",
                   platform="openforms", formhost="formulieren.ijsselstein.test",
                   ctas=["a", "jsanchor", "a", "getform"], sitewide=["header_login", "feedback"],
                   cookie=True, sitemap=True, english=True, tel="14 030", mijn="Mijn IJsselstein",
                   appt="ijsselstein.afspraakmaken.test", tax="bghu", vias={
                       "hondenbelasting": "bghu", "belastingkwijtschelding": "bghu", "woz-bezwaar": "bghu", "belastingaanslag-bezwaar": "bghu", "betalingsregeling": "bghu",
                       "bijstand": "wil", "bijzondere-bijstand": "wil", "parkeervergunning": "parkeer"},
                   not_offered={"ligplaatsvergunning": ("Woonboten en ligplaatsen", "Er zijn in IJsselstein geen openbare ligplaatsen voor woonschepen of boten. De gemeente geeft daarom geen ligplaatsvergunningen af.")},
                   not_found=["kansspelautomaatvergunning", "marktvergunning"],
                   shared=[("paspoort", "identiteitskaart", "Paspoort en ID-kaart")]),
    "GM1961": dict(g="Vijfheerenlanden", host="www.vijfheerenlanden.test", cms="catalog", links="abs",
                   platform="tripleforms", formhost="eloket.vijfheerenlanden.test",
                   ctas=["onclick", "onclick", "overview", "a"], sitewide=["direct_regelen", "chatbot"],
                   sitemap=False, tel="0345 63 26 00", mijn="Mijn Vijfheerenlanden",
                   appt="vijfheerenlanden.jccafspraak.test", vias={
                       "bijstand": "wil", "grofvuil": "avri", "afvalcontainer": "avri"},
                   not_offered={"winkeltijdenontheffing": ("Winkels op zondag", "Winkels in Vijfheerenlanden mogen op alle dagen van 06.00 tot 22.00 uur open. Een ontheffing winkeltijden is daarom niet meer nodig en kunt u niet aanvragen.")},
                   not_found=["ligplaatsvergunning", "collectevergunning", "bouwdossier-inzage"],
                   audience_pages=["parkeervergunning"]),
    "GM0736": dict(g="De Ronde Venen", host="www.derondevenen.test", bare="derondevenen.test", cms="iprox", links="rel",
                   platform="gravity", formhost="loket.derondevenen.test",
                   ctas=["iframe", "a", "iframe", "img"], sitewide=["footer_digid"], cookie=True,
                   sitemap=True, tel="0297 29 16 16", mijn="Mijn Loket", tax="bghu",
                   appt="derondevenen.afspraakmaken.test", vias={
                       "hondenbelasting": "bghu", "belastingkwijtschelding": "bghu", "woz-bezwaar": "bghu", "belastingaanslag-bezwaar": "bghu", "betalingsregeling": "bghu"},
                   not_offered={"reclamebelasting": ("Reclame", "De gemeente De Ronde Venen heft geen reclamebelasting. Wilt u een reclamebord of lichtreclame aan uw gevel plaatsen, dan heeft u mogelijk wel een omgevingsvergunning nodig.")},
                   not_found=["winkeltijdenontheffing", "ligplaatsvergunning"],
                   shared=[("gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats", "Gehandicaptenparkeren")]),
    "GM0312": dict(g="Bunnik", host="www.bunnik.test", cms="owc", links="base",
                   platform="openforms", formhost="formulieren.bunnik.test",
                   ctas=["a", "a", "getform"], sitewide=["chatbot", "feedback"], soft404=True,
                   sitemap=False, tel="030 659 42 00", mijn="MijnBunnik", tax="bghu",
                   appt="bunnik.afspraakmaken.test", vias={
                       "hondenbelasting": "bghu", "belastingkwijtschelding": "bghu", "woz-bezwaar": "bghu", "belastingaanslag-bezwaar": "bghu", "betalingsregeling": "bghu",
                       "bijstand": "werk", "melding-openbare-ruimte": "fixi"},
                   not_offered={"hondenbelasting": ("Honden", "Sinds 1 januari 2023 heft de gemeente Bunnik geen hondenbelasting meer. U hoeft uw hond dus niet meer aan of af te melden.")},
                   not_found=["ligplaatsvergunning", "kansspelautomaatvergunning", "marktvergunning", "collectevergunning"],
                   stale=["ligplaatsvergunning", "collectevergunning"]),
    "GM0308": dict(g="Baarn", host="www.baarn.test", bare="baarn.test", cms="productid", links="rel",
                   platform="formdesk", formhost="fd8.formdesk.test",
                   ctas=["getform", "img", "a", "getform"], sitewide=["header_login"], soft404=True,
                   sitemap=True, search=True, tel="035 548 16 00", mijn="Mijn Baarn",
                   appt="baarn.afspraakmaken.test", vias={"melding-openbare-ruimte": "fixi"},
                   not_offered={"winkeltijdenontheffing": ("Koopzondagen", "Per 1 januari 2022 heeft de gemeenteraad de winkeltijden vrijgegeven. Winkels mogen op zon- en feestdagen open; de gemeente verleent geen ontheffingen winkeltijden meer.")},
                   not_found=["ligplaatsvergunning", "leerlingenvervoer", "geluidsontheffing"],
                   stale=["leerlingenvervoer"],
                   shared=[("paspoort", "identiteitskaart", "Paspoort of identiteitskaart aanvragen")]),
    "GM0313": dict(g="Bunschoten", host="bunschoten.test", www="www.bunschoten.test", cms="sim", links="abs",
                   platform="eform", formhost="eformulieren.bunschoten.test",
                   ctas=["overview", "img", "overview", "a"], sitewide=["direct_regelen"],
                   sitemap=False, tel="033 299 12 34", mijn="Mijn Bunschoten",
                   appt="bunschoten.jccafspraak.test", vias={"bijstand": "werk"},
                   not_offered={"reclamebelasting": ("Reclame-uitingen", "In Bunschoten betaalt u geen reclamebelasting. Voor het plaatsen van een reclamebord op of aan een gebouw geldt wel het omgevingsplan.")},
                   not_found=["ligplaatsvergunning", "kansspelautomaatvergunning", "standplaatsvergunning"]),
    "GM0050": dict(g="Zeewolde", host="www.zeewolde.test", cms="pdc", links="abs",
                   platform="sim", formhost="loket.zeewolde.test",
                   ctas=["getform", "a", "overview"], sitewide=["footer_digid", "contact_form"], soft404=True,
                   sitemap=True, tel="036 522 95 22", mijn="Mijn Zeewolde",
                   appt="afspraak.zeewolde.test", vias={"bijstand": "werk"},
                   not_offered={"parkeervergunning": ("Parkeren", "In Zeewolde parkeert u overal gratis. Er zijn geen gebieden met betaald parkeren of vergunninghoudersparkeren, dus u kunt geen parkeervergunning aanvragen.")},
                   not_found=["ligplaatsvergunning", "marktvergunning", "standplaatsvergunning"],
                   stale=["standplaatsvergunning", "marktvergunning"],
                   shared=[("paspoort", "identiteitskaart", "Paspoort en identiteitskaart")]),
    "GM0677": dict(g="Hulst", host="www.gemeentehulst.test", cms="sitecore", links="abs",
                   platform="exx", formhost="formulieren.gemeentehulst.test",
                   ctas=["onclick", "a", "onclick"], sitewide=["header_login", "feedback"], lang_splash=True,
                   sitemap=True, english=True, tel="0114 38 92 11", mijn="Mijn Hulst", tax="sabewa",
                   appt="hulst.jccafspraak.test", vias={
                       "hondenbelasting": "sabewa", "belastingkwijtschelding": "sabewa", "woz-bezwaar": "sabewa", "belastingaanslag-bezwaar": "sabewa", "betalingsregeling": "sabewa",
                       "grofvuil": "zrd", "afvalcontainer": "zrd"},
                   not_offered={"collectevergunning": ("Collecteren", "Voor een collecte heeft u in Hulst geen vergunning nodig. De gemeente geeft geen collectevergunningen meer af; u houdt zich aan het landelijke collecterooster.")},
                   not_found=["bouwdossier-inzage", "ligplaatsvergunning"],
                   shared=[("paspoort", "identiteitskaart", "Paspoort en identiteitskaart")],
                   audience_pages=["parkeervergunning"]),
    "GM0654": dict(g="Borsele", host="www.borsele.test", cms="wp", links="abs",
                   platform="vendor", formhost="borsele.e-formulier.test",
                   ctas=["iframe", "a", "iframe", "onclick"], sitewide=[], cookie=True,
                   sitemap=False, tel="0113 238 383", mijn="Mijn Borsele", tax="sabewa",
                   appt="borsele.afspraakmaken.test", vias={
                       "hondenbelasting": "sabewa", "belastingkwijtschelding": "sabewa", "woz-bezwaar": "sabewa", "belastingaanslag-bezwaar": "sabewa", "betalingsregeling": "sabewa",
                       "grofvuil": "zrd", "afvalcontainer": "zrd"},
                   not_offered={"marktvergunning": ("Weekmarkten in Borsele", "Borsele kent geen gemeentelijke weekmarkt. De gemeente geeft daarom geen marktvergunningen uit. Wilt u verkopen vanaf een vaste plek, kijk dan bij standplaatsen.")},
                   not_found=["parkeervergunning", "kansspelautomaatvergunning", "winkeltijdenontheffing"]),
    "PV29": dict(g="Zeeland", host="www.zeeland.test", cms="nlds", links="abs",
                 platform="openforms", formhost="formulieren.zeeland.test",
                 ctas=["a", "a", "onclick"], sitewide=["header_login_p"], sitemap=True,
                 tel="0118 63 10 11", mijn="Mijn Zeeland (subsidies)",
                 vias={"schadevergoeding-provincie": "bij12"},
                 not_offered={"watervergunning": ("Grondwater en oppervlaktewater", "De provincie Zeeland verleent geen watervergunningen. Voor het onttrekken of lozen van water gaat u naar waterschap Scheldestromen.")},
                 not_found=["geluidsontheffing"]),
}

# product -> weighted route kinds
W = {
    "brp-uittreksel": [("digid", 8), ("info", 1)],
    "verhuismelding": [("digid", 9), ("pdf", 1)],
    "geboorteaangifte": [("info", 4), ("digid", 4), ("anon", 1)],
    "overlijdensaangifte": [("info", 5), ("pdf", 2), ("anon", 2)],
    "huwelijksaangifte": [("digid", 5), ("info", 3)],
    "paspoort": [("info", 1)], "identiteitskaart": [("info", 1)],
    "parkeervergunning": [("digid", 6), ("pdf", 2)],
    "gehandicaptenparkeerkaart": [("digid", 5), ("pdf", 3), ("anon", 1)],
    "gehandicaptenparkeerplaats": [("pdf", 3), ("digid", 3), ("anon", 1), ("info", 1)],
    "hondenbelasting": [("digid", 6), ("pdf", 2)],
    "belastingkwijtschelding": [("digid", 4), ("pdf", 3)],
    "woz-bezwaar": [("digid", 6), ("anon", 2)],
    "belastingaanslag-bezwaar": [("digid", 4), ("anon", 3), ("info", 1)],
    "betalingsregeling": [("anon", 2), ("digid", 3), ("info", 3)],
    "bijstand": [("digid", 6), ("info", 2)],
    "bijzondere-bijstand": [("digid", 5), ("pdf", 4)],
    "wmo-voorziening": [("anon", 3), ("info", 4), ("digid", 3)],
    "leerlingenvervoer": [("digid", 6), ("anon", 2), ("pdf", 1)],
    "grofvuil": [("anon", 4), ("digid", 5)],
    "afvalcontainer": [("anon", 4), ("digid", 5)],
    "melding-openbare-ruimte": [("anon", 8), ("digid", 1)],
    "omgevingsvergunning": [("olo", 1)],
    "kapvergunning": [("olo", 5), ("pdf", 2), ("anon", 1)],
    "bouwdossier-inzage": [("anon", 4), ("info", 3), ("digid", 3)],
    "bezwaar": [("digid", 5), ("anon", 3), ("info", 1)],
    "klacht": [("anon", 5), ("digid", 3), ("info", 1)],
    "woo-verzoek": [("anon", 3), ("digid", 4), ("info", 2)],
    "subsidie": [("both", 6), ("pdf", 2), ("anon", 1)],
    "evenementenvergunning": [("both", 5), ("pdf", 4)],
    "exploitatievergunning-horeca": [("eh", 5), ("pdf", 4)],
    "alcoholvergunning": [("eh", 4), ("pdf", 4), ("info", 1)],
    "terrasvergunning": [("pdf", 3), ("eh", 5), ("anon", 1)],
    "standplaatsvergunning": [("pdf", 5), ("anon", 2), ("eh", 2), ("info", 1)],
    "marktvergunning": [("pdf", 3), ("info", 4), ("anon", 2)],
    "reclamebelasting": [("info", 6), ("pdf", 2)],
    "geluidsontheffing": [("anon", 3), ("pdf", 3), ("eh", 2), ("info", 1)],
    "winkeltijdenontheffing": [("pdf", 4), ("anon", 3), ("info", 2)],
    "kansspelautomaatvergunning": [("pdf", 5), ("eh", 3), ("info", 1)],
    "collectevergunning": [("anon", 3), ("pdf", 3), ("info", 2)],
    "ligplaatsvergunning": [("pdf", 4), ("info", 3)],
    "uitwegvergunning": [("olo", 4), ("pdf", 3), ("anon", 3)],
}
# provincie Zeeland: fixed routes
WP = {
    "omgevingsvergunning": "olo", "bezwaar": "anon", "klacht": "anon", "woo-verzoek": "anon",
    "subsidie": "portal", "evenementenvergunning": "pdf", "uitwegvergunning": "pdf",
    "beschermde-dieren-ontheffing": "olo", "natuurvergunning": "olo", "ontgrondingsvergunning": "olo",
    "tijdelijk-luchtvaartterrein": "eh", "wegvergunning-provinciaal": "both", "vuurwerk-ontbranding": "pdf",
}
LEVEL = {"digid": 100, "eh": 100, "both": 100, "portal": 100, "anon": 67, "pdf": 33, "info": 0, "olo": 100}

# shared bodies: key -> (host, name, {product: (path, level, kind)})
BODIES = {
    "bghu": ("www.bghu.test", "BghU (Belastingsamenwerking gemeenten en hoogheemraadschap Utrecht)", {
        "hondenbelasting": ("/hond-aanmelden-of-afmelden", 100, "digid"),
        "belastingkwijtschelding": ("/kwijtschelding-aanvragen", 100, "digid"),
        "woz-bezwaar": ("/bezwaar-maken", 100, "both"),
        "belastingaanslag-bezwaar": ("/bezwaar-tegen-aanslag", 100, "both"),
        "betalingsregeling": ("/betalingsregeling", 100, "digid")}),
    "sabewa": ("www.sabewazeeland.test", "SaBeWa Zeeland", {
        "hondenbelasting": ("/particulieren/hondenbelasting", 100, "digid"),
        "belastingkwijtschelding": ("/particulieren/kwijtschelding", 33, "pdf"),
        "woz-bezwaar": ("/woz/bezwaar-indienen", 100, "both"),
        "belastingaanslag-bezwaar": ("/particulieren/bezwaar", 100, "digid"),
        "betalingsregeling": ("/particulieren/betalingsregeling", 67, "anon")}),
    "wil": ("www.werkeninkomenlekstroom.test", "Werk en Inkomen Lekstroom", {
        "bijstand": ("/bijstand-aanvragen", 100, "digid"),
        "bijzondere-bijstand": ("/bijzondere-bijstand", 100, "digid")}),
    "werk": ("www.werk.test", "UWV werk.nl", {"bijstand": ("/particulieren/bijstand-aanvragen", 100, "digid")}),
    "parkeer": ("ijsselstein.parkeervergunningen.test", "Parkeervergunningen IJsselstein (online parkeerloket)", {
        "parkeervergunning": ("/", 100, "both")}),
    "avri": ("www.avri.test", "Avri", {"grofvuil": ("/grofvuil-aanmelden", 67, "anon"),
                                         "afvalcontainer": ("/container-aanvragen", 67, "anon")}),
    "zrd": ("www.zrd.test", "ZRD (Zeeuwse Reinigingsdienst)", {"grofvuil": ("/grofvuil", 67, "anon"),
                                                              "afvalcontainer": ("/minicontainers", 100, "digid")}),
    "fixi": ("www.fixi.test", "Fixi", {"melding-openbare-ruimte": ("/{g}/melding", 67, "anon")}),
    "bij12": ("www.bij12.test", "BIJ12", {"schadevergoeding-provincie": ("/faunaschade/tegemoetkoming-aanvragen", 67, "anon")}),
    "olo": ("omgevingswet.overheid.test", "Omgevingsloket", {"*": ("/aanvragen/", 100, "both")}),
}

DIGID_START = "http://digid.test/inloggen"
EH_START = "http://eherkenning.test/kies-uw-middel"


# --------------------------------------------------------------------------------------------
# Web writer
# --------------------------------------------------------------------------------------------
class Web:
    def __init__(self):
        self.files = {}
        self.redirects = []
        self.host_redirects = []
        self.not_found_pages = []
        self.searches = []
        self.extra = {}
        self.search_index = {}

    def put(self, url, body):
        assert url.startswith("http://"), url
        rest = url[len("http://"):]
        host, _, path = rest.partition("/")
        path = "/" + path
        q = ""
        if "?" in path:
            path, q = path.split("?", 1)
        if path.endswith("/"):
            path += "index.html"
        rel = f"sites/{host}{path}" + (f"?{q}" if q else "")
        if rel in self.files and self.files[rel] != body:
            raise SystemExit(f"conflicting content for {url}")
        self.files[rel] = body
        return url

    def redirect(self, url, location, status=302):
        self.redirects.append({"url": url, "status": status, "location": location})


WEB = Web()


def page_html(title, body, lang="nl", head_extra="", cls="", base=None):
    b = f'<base href="{base}">' if base else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}" class="{cls}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n{b}<title>{E(title)}</title>\n'
            f'{head_extra}</head>\n<body>\n{body}\n</body>\n</html>\n')


def form_fields(fields):
    out = []
    for i, f in enumerate(fields):
        fid = f"veld{i + 1}"
        if f.endswith("?"):
            out.append(f'<fieldset><legend>{E(f)}</legend><label><input type="radio" name="{fid}" value="ja"> Ja</label> '
                       f'<label><input type="radio" name="{fid}" value="nee"> Nee</label></fieldset>')
        elif f.startswith("Toelichting") or f.startswith("Omschrijving"):
            out.append(f'<label for="{fid}">{E(f)}</label><textarea id="{fid}" name="{fid}" rows="5"></textarea>')
        else:
            out.append(f'<label for="{fid}">{E(f)}</label><input type="text" id="{fid}" name="{fid}">')
    return "\n".join(out)


FIELDS = ["Voorletters", "Achternaam", "Straat en huisnummer", "Postcode", "Woonplaats", "Telefoonnummer", "E-mailadres",
          "Omschrijving van uw aanvraag"]
BFIELDS = ["Naam organisatie", "KvK-nummer", "Contactpersoon", "Telefoonnummer", "E-mailadres", "Omschrijving van uw aanvraag"]


# ---------------------------------------------------------------- identity providers, shared
def build_idps():
    WEB.put(DIGID_START, page_html("DigiD | Inloggen", (
        '<header><img src="/logo-digid.svg" alt="DigiD"></header><main><h1>Inloggen bij een overheidsorganisatie</h1>'
        '<p>Kies hoe u wilt inloggen.</p><form method="post" action="/wachtwoord">'
        '<label>DigiD gebruikersnaam<input name="username"></label><label>Wachtwoord<input type="password" name="password"></label>'
        '<button type="submit">Inloggen</button></form><p><a href="/app">Inloggen met de DigiD app</a></p>'
        '<p><a href="/annuleren">Annuleren</a></p></main>')))
    WEB.put("http://digid.test/", page_html("DigiD", '<h1>DigiD</h1><p>Met DigiD logt u in bij de overheid.</p><a href="/inloggen">Inloggen</a>'))
    WEB.put("http://digid.test/logo-digid.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60"><rect width="60" height="60" fill="#000"/><text x="8" y="38" fill="#fff" font-size="16">DigiD</text></svg>\n')
    WEB.put(EH_START, page_html("eHerkenning | Kies uw eHerkenningsmiddel", (
        '<main><h1>Inloggen met eHerkenning</h1><p>Deze dienst vraagt betrouwbaarheidsniveau EH3.</p>'
        '<form method="get" action="/verder"><label>Kies uw leverancier<select name="leverancier">'
        '<option>Connectis</option><option>KPN</option><option>Signicat</option></select></label>'
        '<button type="submit">Verder</button></form><p>Of: <a href="/eidas">Inloggen met een Europees erkend middel (eIDAS)</a></p></main>')))
    WEB.put("http://eherkenning.test/", page_html("eHerkenning", "<h1>eHerkenning</h1><p>Inloggen voor bedrijven bij de overheid.</p>"))
    WEB.put("http://mijn.overheid.test/berichtenbox/", page_html("MijnOverheid - Berichtenbox", (
        '<h1>Berichtenbox MijnOverheid</h1><p>Ontvang post van de overheid digitaal.</p>'
        '<a class="button" href="/auth/digid/start">Inloggen met DigiD</a>')))
    WEB.redirect("http://mijn.overheid.test/auth/digid/start", DIGID_START)


def idp_links(kind, start_base, img=False, label=None):
    """Login buttons of a gate page; returns html."""
    parts = []
    if kind in ("digid", "both"):
        if img:
            parts.append(f'<a href="{start_base}/digid/start"><img src="http://digid.test/logo-digid.svg" alt="Inloggen met DigiD" width="60" height="60"></a>')
        else:
            parts.append(f'<a class="btn btn-digid" href="{start_base}/digid/start">{E(label or "Inloggen met DigiD")}</a>')
        WEB.redirect(f"{start_base}/digid/start", DIGID_START)
    if kind in ("eh", "both"):
        parts.append(f'<a class="btn btn-eherkenning" href="{start_base}/eherkenning/start">Inloggen met eHerkenning</a>')
        WEB.redirect(f"{start_base}/eherkenning/start", EH_START)
    return "\n".join(parts)


def body_page(bkey, pkey, g):
    """Page of a shared body that holds the route; returns (url, level, kind)."""
    host, bname, routes = BODIES[bkey]
    path, level, kind = routes.get(pkey) or routes["*"]
    path = path.replace("{g}", slugify(g))
    url = f"http://{host}{path}"
    title = C[pkey][1][0] if pkey in C else pkey
    if bkey == "olo":
        return url, level, kind
    if kind == "anon":
        body = (f'<header><a href="/">{E(bname)}</a></header><main><h1>{E(title)}</h1>'
                f'<p>Vul het formulier in. U hoeft niet in te loggen.</p>'
                f'<form method="post" action="{path.rstrip("/")}-verzonden">{form_fields(FIELDS[:7] + ["Toelichting"])}'
                '<button type="submit">Versturen</button></form></main>')
        WEB.put(f"http://{host}{path.rstrip('/')}-verzonden", page_html("Verzonden", "<h1>Bedankt</h1><p>Uw formulier is verzonden.</p>"))
    elif kind == "pdf":
        pdf = f"http://{host}/media/formulier-{pkey}.pdf"
        make_form_pdf(pdf, f"Aanvraagformulier {title}", bname)
        body = (f'<header><a href="/">{E(bname)}</a></header><main><h1>{E(title)}</h1>'
                f'<p>Download het formulier, vul het in en stuur het met bewijsstukken naar {E(bname)}, Postbus 100.</p>'
                f'<p><a href="{pdf}">Aanvraagformulier {E(title.lower())} (pdf, 212 kB)</a></p></main>')
        return_url = pdf
        WEB.put(url, page_html(f"{title} | {bname}", body))
        return return_url, level, kind
    else:
        start = f"http://{host}/auth/{slugify(title)}"
        body = (f'<header><a href="/">{E(bname)}</a> <a href="/mijn">Mijn omgeving</a></header><main><h1>{E(title)}</h1>'
                f'<p>U regelt dit online. Log in om het formulier te starten. '
                f'{"Bedrijven loggen in met eHerkenning." if kind == "both" else ""}</p>{idp_links(kind, start)}</main>')
    WEB.put(url, page_html(f"{title} | {bname}", body))
    return url, level, kind


def build_bodies():
    # homes of shared bodies
    for bkey, (host, bname, routes) in sorted(BODIES.items()):
        if bkey == "olo":
            continue
        links = "".join(f'<li><a href="{p.replace("{g}", "bunnik")}">{E(C[k][1][0])}</a></li>' for k, (p, _, _) in sorted(routes.items()) if p != "/")
        if host.startswith("ijsselstein.parkeer"):
            continue
        WEB.put(f"http://{host}/", page_html(bname, f"<h1>{E(bname)}</h1><ul>{links}</ul>"))
    # Mijn-portals of tax offices (traps on non-tax pages)
    for bkey in ("bghu", "sabewa"):
        host, bname, _ = BODIES[bkey]
        WEB.put(f"http://{host}/mijn", page_html(f"Mijn {bname}", (
            f"<h1>Mijn belastingen</h1><p>Bekijk uw aanslag, WOZ-beschikking en betalingen.</p>"
            f"{idp_links('both', f'http://{host}/auth/mijn')}")))
    for bkey in ("wil", "werk", "zrd", "parkeer"):
        host, bname, _ = BODIES[bkey]
        WEB.put(f"http://{host}/mijn", page_html(f"Mijn omgeving - {bname}", f"<h1>Mijn omgeving</h1>{idp_links('digid', f'http://{host}/auth/mijn')}"))
    for u in ("http://digid.test/wachtwoord", "http://digid.test/app", "http://digid.test/annuleren",
              "http://eherkenning.test/verder", "http://eherkenning.test/eidas"):
        WEB.put(u, page_html("Inloggen", "<h1>Inloggen</h1><p>Deze simulatie logt niet echt in.</p>"))
    # Fixi / reporting app page
    WEB.put("http://www.fixi.test/app", page_html("Fixi app", "<h1>Meld het met de Fixi app</h1><p>Download de app of doe een melding via de website van uw gemeente.</p>"))
    # Omgevingsloket
    host = "omgevingswet.overheid.test"
    WEB.put(f"http://{host}/", page_html("Omgevingsloket", (
        '<h1>Omgevingsloket</h1><ul><li><a href="/checken/">Vergunningcheck doen</a></li>'
        '<li><a href="/aanvragen/">Aanvragen of melden</a></li></ul>')))
    WEB.put(f"http://{host}/aanvragen/", page_html("Aanvragen of melden | Omgevingsloket", (
        '<main><h1>Aanvragen of melden</h1><p>Dien een aanvraag voor een vergunning of een melding in bij uw gemeente, '
        'provincie of waterschap. Log eerst in.</p>'
        f'{idp_links("both", f"http://{host}/auth/aanvragen", label="Inloggen met DigiD")}'
        '<p>Voor bedrijven: inloggen met eHerkenning (niveau EH2+).</p></main>')))
    WEB.put(f"http://{host}/checken/", page_html("Vergunningcheck | Omgevingsloket", (
        '<main><h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft. De check is geen aanvraag.</p>'
        '<a href="/checken/start">Start de vergunningcheck</a> <a href="/aanvragen/">Inloggen</a></main>')))
    WEB.put(f"http://{host}/checken/start", page_html("Vergunningcheck", "<div id='app'></div><script>document.getElementById('app').innerHTML='<p>Waar gaat u iets doen?</p>'</script>"))


# ---------------------------------------------------------------- PDFs
def make_form_pdf(url, title, org, fields=None):
    fields = fields or ["Naam", "Adres", "Postcode en woonplaats", "Telefoonnummer", "E-mailadres", "Datum", "Handtekening"]
    WEB.put(url, make_pdf(title, [f"{org}", "Vul dit formulier volledig in en stuur het met de bijlagen naar de gemeente.",
                                  "Onvolledige aanvragen nemen wij niet in behandeling."], fields))


def make_doc_pdf(url, title, lines):
    WEB.put(url, make_pdf(title, lines, None))


# ---------------------------------------------------------------- form platforms
class Platform:
    """The organisation's own e-form host."""

    def __init__(self, code, site):
        self.code, self.site = code, site
        self.kind = site["platform"]
        self.host = site["formhost"]

    def url(self, slug):
        h = self.host
        return {
            "openforms": f"http://{h}/{slug}/",
            "tripleforms": f"http://{h}/TriplEforms/DirectRegelen/formulier/nl-NL/ev{self.site['g'].replace(' ', '')}/{''.join(w.capitalize() for w in slug.split('-'))}.aspx",
            "gravity": f"http://{h}/{slug}/",
            "formdesk": f"http://{h}/gemeente{slugify(self.site['g']).replace('-', '')}/{slug}",
            "eform": f"http://{h}/formulier/{slug}",
            "sim": f"http://{h}/formulier/{slug}/",
            "exx": f"http://{h}/{slug}",
            "vendor": f"http://{h}/form/{slug}",
        }[self.kind]

    def build(self, slug, title, kind, prefill=False, getform=False):
        """Write the form page; returns its URL (the route)."""
        url = self.url(slug)
        if getform:
            url = f"http://{self.host}/start?formulier={slug}"
        start = f"http://{self.host}/auth/{slug}"
        org = self.site["g"]
        pre = ""
        if prefill:
            pre = ("<p>Na het inloggen halen we uw gegevens op uit de Basisregistratie Personen (BRP). "
                   "Uw naam en adres zijn dan al ingevuld.</p>" if kind != "eh" else
                   "<p>Na het inloggen zijn uw bedrijfsgegevens uit het Handelsregister al ingevuld.</p>")
        fields = BFIELDS if kind == "eh" else FIELDS
        if self.kind == "openforms":
            if kind == "anon":
                inner = ("'<form class=\"openforms-form\" method=\"post\"><h2>" + E(title) + "</h2>"
                         + "".join(f'<label>{E(f)}<input name="f{i}"></label>' for i, f in enumerate(fields))
                         + "<button type=\"submit\">Volgende</button></form>'")
            else:
                btns = []
                if kind in ("digid", "both"):
                    btns.append(f'<a class="utrecht-button" href="{start}/digid/start">Inloggen met DigiD</a>')
                    WEB.redirect(f"{start}/digid/start", DIGID_START)
                if kind in ("eh", "both"):
                    btns.append(f'<a class="utrecht-button" href="{start}/eherkenning/start">Inloggen met eHerkenning</a>')
                    WEB.redirect(f"{start}/eherkenning/start", EH_START)
                inner = "'<h2>" + E(title) + "</h2><p>Log in om te beginnen.</p>" + "".join(btns) + "'"
            body = (f'<div class="open-forms-sdk-root" id="openforms-container" data-form-id="{slug}" '
                    f'data-base-url="http://{self.host}/api/v2/"></div>{pre}\n<noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>\n'
                    f'<script>document.getElementById("openforms-container").innerHTML = {inner};</script>')
            WEB.put(url, page_html(f"{title} | Gemeente {org}" if self.code != "PV29" else f"{title} | Provincie Zeeland", body, cls="openforms-theme utrecht-document"))
            return url
        # server-rendered platforms
        if kind == "anon":
            main = (f'<h1>{E(title)}</h1><p class="stap">Stap 1 van 3: uw gegevens</p>'
                    f'<form method="post" action="{url.split("?")[0]}" class="{self.kind}-form">'
                    f'{form_fields(fields)}<button type="submit">Volgende</button></form>')
        else:
            img = self.kind in ("formdesk", "eform")
            main = (f'<h1>{E(title)}</h1><p>Voor dit formulier moet u inloggen.</p>{pre}'
                    f'{idp_links(kind, start, img=img)}')
        chrome = {
            "tripleforms": ('<div id="TriplEforms"><form id="aspnetForm" method="post">', '</form></div>'),
            "gravity": ('<div class="gform_wrapper"><p class="gform_required_legend">"*" geeft vereiste velden aan</p>', '</div>'),
            "formdesk": ('<div class="fd-form">', '<p class="fd-footer">Formdesk</p></div>'),
        }.get(self.kind, ('<div class="eform">', '</div>'))
        if self.kind == "tripleforms" and kind == "anon":
            chrome = ('<div id="TriplEforms">', '</div>')
        WEB.put(url, page_html(f"{title} - e-formulier", f"<header>Gemeente {E(org)} - digitaal loket</header><main>{chrome[0]}{main}{chrome[1]}</main>"))
        return url


# --------------------------------------------------------------------------------------------
# Planning rows
# --------------------------------------------------------------------------------------------
def plan(products):
    rows = []
    for code, oname, otype in ORGS:
        site = S[code]
        letter = "G" if otype == "gemeente" else "P"
        for p in products:
            key = p["product_key"]
            if letter not in p["org_types"]:
                continue
            r = rng_for(code, key)
            row = dict(code=code, key=key, audience=p["audience"], status="ok", kind=None, via=None, traps=[],
                       prefill=False)
            if key in site.get("not_offered", {}):
                row["status"] = "not_offered"
            elif key in site.get("not_found", []):
                row["status"] = "not_found"
            elif key in site.get("vias", {}):
                row["kind"] = "via:" + site["vias"][key]
            elif code == "PV29":
                row["kind"] = WP.get(key, "pdf")
            else:
                ks = W[key]
                row["kind"] = r.choices([k for k, _ in ks], [w for _, w in ks])[0]
            if row["kind"] == "olo":
                row["kind"] = "via:olo"
            if row["kind"] in ("digid", "both", "eh") and r.random() < 0.22:
                row["prefill"] = True
            if row["kind"] == "digid" and p["audience"] != "burger" and r.random() < 0.5:
                row["kind"] = "both"
            rows.append(row)
    return rows


# --------------------------------------------------------------------------------------------
# Site rendering
# --------------------------------------------------------------------------------------------
SECTIONS_G = ["Burgerzaken", "Parkeren", "Belastingen", "Werk en inkomen", "Zorg en ondersteuning", "Onderwijs",
              "Afval", "Melden", "Wonen en bouwen", "Vergunningen", "Ondernemen", "Bestuur en organisatie"]
SECTIONS_P = ["Vergunningen", "Natuur", "Wegen en vaarwegen", "Water", "Bestuur en organisatie", "Ondernemen"]


class Site:
    def __init__(self, code, oname, rows):
        self.code, self.oname = code, oname
        self.c = S[code]
        self.g = self.c["g"]
        self.host = self.c["host"]
        self.base = f"http://{self.host}"
        self.rows = {r["key"]: r for r in rows}
        self.pl = Platform(code, self.c)
        self.pages = []  # product page paths (for A-Z, sitemap)
        self.all_paths = []
        self.forms_overview = []  # (title, url, marker)
        self.rng = rng_for("site", code)
        self.is_p = code == "PV29"
        self.sections = SECTIONS_P if self.is_p else SECTIONS_G
        self.titles = {}
        self.paths = {}
        self.idx = {}
        self.shared = {}
        for a, b, t in self.c.get("shared", []):
            self.shared[a] = (a, b, t)
            self.shared[b] = (a, b, t)
        self.home_path = "/home" if self.c.get("cookie") else ("/nl/" if self.c.get("lang_splash") else "/")
        self.search_items = []
        self.sibling_pages = []

    # ------------------------------------------------------------ naming and paths
    def title_of(self, key):
        if key in self.titles:
            return self.titles[key]
        if key in self.shared:
            t = self.shared[key][2]
        elif key in self.c.get("not_offered", {}):
            t = self.c["not_offered"][key][0]
        elif self.is_p and key in CP:
            t = CP[key][0]
        else:
            ts = C[key][1]
            t = ts[zlib.crc32((self.code + key).encode()) % len(ts)].replace("{g}", self.g)
        self.titles[key] = t
        return t

    def section_of(self, key):
        if self.is_p:
            sec = {"omgevingsvergunning": "Vergunningen", "bezwaar": "Bestuur en organisatie", "klacht": "Bestuur en organisatie",
                   "woo-verzoek": "Bestuur en organisatie", "subsidie": "Ondernemen", "evenementenvergunning": "Wegen en vaarwegen",
                   "uitwegvergunning": "Wegen en vaarwegen", "geluidsontheffing": "Vergunningen"}.get(key)
            return sec or C[key][0]
        return C[key][0]

    def path_of(self, key):
        if key in self.paths:
            return self.paths[key]
        t = self.title_of(key)
        s = slugify(t)
        sec = self.section_of(key)
        i = 1200 + 7 * sorted(C).index(key)
        self.idx[key] = i
        cms = self.c["cms"]
        if cms == "go":
            p = f"/{s}"
        elif cms == "catalog":
            p = f"/product?id={i}"
        elif cms == "iprox":
            p = f"/Inwoners/{sec.replace(' ', '_')}/{''.join(ch for ch in t.replace(' ', '_').replace('/', '_') if ch.isalnum() or ch in '_-')}"
            if C[key][0] == "Ondernemen":
                p = p.replace("/Inwoners/", "/Ondernemers/")
        elif cms == "owc":
            p = f"/onderwerp/{s}/"
        elif cms == "productid":
            p = (f"/ondernemers_2/product/{s.replace('-', '_')}_{i}.html" if sec == "Ondernemen"
                 else f"/inwoners_1/product/{s.replace('-', '_')}_{i}.html")
        elif cms == "sim":
            p = f"/index.php?simaction=content&mid={self.sections.index(sec) + 1}&pagid={i}"
        elif cms == "pdc":
            p = f"http://loket.zeewolde.test/producten/{s}/"
        elif cms == "sitecore":
            p = f"/nl/{'ondernemers' if sec == 'Ondernemen' else 'inwoners'}/{slugify(sec)}/{s}"
        elif cms == "wp":
            p = f"/{'ondernemen' if sec == 'Ondernemen' else 'onderwerpen'}/{s}/"
        else:
            p = f"/loket/{slugify(sec)}/{s}"
        # shared page: both products point at the first product's path
        if key in self.shared and key != self.shared[key][0]:
            p = self.path_of(self.shared[key][0])
        self.paths[key] = p
        return p

    def abs(self, p):
        return p if p.startswith("http://") else self.base + p

    def href(self, frm, to):
        """Link text from page path frm to target to, in the site's link style."""
        if to.startswith("http://") and not to.startswith(self.base + "/"):
            return to
        if self.c["cms"] == "pdc":
            return self.abs(to)
        if to.startswith(self.base):
            to = to[len(self.base):]
        style = self.c["links"]
        if style == "base":
            return to.lstrip("/") or "./"
        if style == "rel" and frm and "?" not in to:
            d = posixpath.dirname(frm) if not frm.endswith("/") else frm.rstrip("/")
            rel = posixpath.relpath(to, d or "/")
            if to.endswith("/") and not rel.endswith("/"):
                rel += "/"
            return rel
        return to

    def section_path(self, sec):
        cms = self.c["cms"]
        s = slugify(sec)
        return {"go": f"/inwoners/{s}", "catalog": f"/thema/{s}", "iprox": f"/Inwoners/{sec.replace(' ', '_')}/",
                "owc": f"/thema/{s}/", "productid": f"/{'ondernemers_2' if sec == 'Ondernemen' else 'inwoners_1'}/{s.replace('-', '_')}/",
                "sim": f"/index.php?simaction=content&mid={self.sections.index(sec) + 1}",
                "pdc": f"/{s}", "sitecore": f"/nl/{'ondernemers' if sec == 'Ondernemen' else 'inwoners'}/{s}/",
                "wp": f"/thema/{s}/", "nlds": f"/loket/{s}/"}[cms]

    # ------------------------------------------------------------ chrome
    def header(self, frm):
        c = self.c
        nav = "".join(f'<li><a href="{E(self.href(frm, self.section_path(s)))}">{E(s)}</a></li>' for s in self.sections)
        login = ""
        if "header_login" in c["sitewide"]:
            login = f'<a class="header-login" href="http://mijn.{self.host.split(".", 1)[1] if self.host.startswith("www.") else self.host}/">{E(c["mijn"])}</a>'
        if "header_login_p" in c["sitewide"]:
            login = '<a class="header-login" href="http://subsidieloket.zeeland.test/">Inloggen subsidieportaal</a>'
        search_action = {"owc": "zoeken/", "catalog": "/zoeken"}.get(c["cms"], "/zoeken")
        if c.get("search"):
            search_action = "/zoeken"
        if c["cms"] == "pdc":
            search_action = self.base + "/zoeken"
        cls = {"go": "header region-header", "iprox": "iprox-header", "owc": "site-header", "productid": "kop",
               "sim": "sim-header", "pdc": "header", "sitecore": "navbar", "wp": "wp-header", "catalog": "header-main",
               "nlds": "utrecht-page-header"}[c["cms"]]
        home = self.href(frm, self.home_path)
        return (f'<header class="{cls}"><a class="logo" href="{E(home)}"><img src="/img/logo.svg" alt="Logo {E(self.oname)}"></a>{login}'
                f'<form class="search" role="search" action="{search_action}" method="get"><label for="q">Zoeken</label>'
                f'<input id="q" name="q" type="search"><button type="submit">Zoek</button></form>'
                f'<nav aria-label="Hoofdmenu"><ul>{nav}</ul></nav></header>')

    def footer(self, frm):
        c = self.c
        extra = ""
        if "footer_digid" in c["sitewide"]:
            mh = "loket.derondevenen.test/mijn-loket/" if self.code == "GM0736" else f"mijn.{self.host.split('.', 1)[1]}/"
            extra = (f'<div class="footer-digid"><a href="http://{mh}"><img src="/img/digid-logo.svg" alt="DigiD"> '
                     f'Inloggen met DigiD</a></div>')
        azp = self.href(frm, self.az_path())
        return (f'<footer><div class="contact"><h2>Contact</h2><p>{E(self.oname)}<br>Telefoon <a href="tel:{c["tel"].replace(" ", "")}">{E(c["tel"])}</a><br>'
                f'<a href="{E(self.href(frm, "/contact"))}">Contactgegevens en openingstijden</a></p></div>{extra}'
                f'<ul class="footer-links"><li><a href="{E(azp)}">Producten en diensten A-Z</a></li><li><a href="{E(self.href(frm, "/privacy"))}">Privacy</a></li>'
                f'<li><a href="{E(self.href(frm, "/toegankelijkheid"))}">Toegankelijkheid</a></li><li><a href="{E(self.href(frm, "/nieuws/"))}">Nieuws</a></li></ul></footer>')

    def az_path(self):
        return {"catalog": "/producten", "pdc": "http://loket.zeewolde.test/producten/", "sim": "/index.php?simaction=az",
                "iprox": "/Inwoners/Producten_A-Z/", "owc": "/a-z/", "productid": "/inwoners_1/a-z_99/",
                "sitecore": "/nl/a-z", "wp": "/a-tot-z/", "go": "/producten-en-diensten", "nlds": "/loket/"}[self.c["cms"]]

    def sitewide_blocks(self, frm, key=None):
        c, out = self.c, []
        if "direct_regelen" in c["sitewide"]:
            items = [(k, r) for k, r in sorted(self.rows.items()) if r.get("route_level") == 100 and r["kind"] in ("digid", "both") and k != key]
            items = items[:5]
            if items:
                h = "Direct regelen" if self.code == "GM1961" else "Veelgevraagd"
                lis = "".join(f'<li><a href="{E(r["route_url"])}">{E(self.title_of(k))} (DigiD)</a></li>' for k, r in items)
                out.append(f'<aside class="direct-regelen"><h2>{h}</h2><ul>{lis}</ul></aside>')
        if "chatbot" in c["sitewide"]:
            out.append('<div id="chatbot" class="chat-widget"><button type="button" onclick="openChat()">Stel je vraag aan onze digitale assistent</button></div>'
                       '<script>function openChat(){document.getElementById("chatbot").insertAdjacentHTML("beforeend",'
                       '"<form class=\\"chat\\"><input name=\\"vraag\\" placeholder=\\"Typ uw vraag\\"><button>Verstuur</button></form>");}</script>')
        if "contact_form" in c["sitewide"]:
            out.append(f'<aside class="stel-uw-vraag"><h2>Vraag?</h2><a href="{E(self.href(frm, "/contactformulier"))}">Stel uw vraag via het contactformulier</a></aside>')
        return "\n".join(out)

    def feedback(self, frm):
        if "feedback" not in self.c["sitewide"]:
            return ""
        return (f'<form class="feedback" method="post" action="{E(self.href(frm, "/feedback"))}"><fieldset><legend>Was deze informatie nuttig?</legend>'
                '<button name="nuttig" value="ja">Ja</button><button name="nuttig" value="nee">Nee</button></fieldset>'
                '<label for="fb">Wat kunnen we verbeteren?</label><textarea id="fb" name="toelichting"></textarea><button type="submit">Verstuur</button></form>')

    def wrap(self, path, title, main, lang="nl", key=None, side="", head_extra=""):
        base = self.base + "/" if self.c["links"] == "base" else None
        bc = f'<nav class="breadcrumb"><a href="{E(self.href(path, self.home_path))}">Home</a> &gt; {E(title)}</nav>'
        body = (f'{self.header(path)}\n{bc}\n<main id="main-content">\n{main}\n{self.feedback(path)}\n</main>\n'
                f'<aside class="sidebar">{side}\n{self.sitewide_blocks(path, key)}</aside>\n{self.footer(path)}')
        suffix = "Provincie Zeeland" if self.is_p else f"Gemeente {self.g}"
        return page_html(f"{title} | {suffix}", body, lang=lang, base=base, head_extra=head_extra)

    def put(self, path, html_):
        url = self.abs(path)
        WEB.put(url, html_)
        if url.startswith(self.base):
            self.all_paths.append(url)
        return url

    # ------------------------------------------------------------ CTAs
    def cta(self, frm, style, url, label, marker=""):
        lab = E(label + marker)
        if style == "onclick":
            return f'<button type="button" class="btn btn-primary" onclick="location.href=\'{E(url)}\'">{lab}</button>'
        if style == "iframe":
            return f'<iframe src="{E(url)}" title="{lab}" width="100%" height="900" class="formulier-iframe"></iframe>'
        if style == "jsanchor":
            return (f'<div id="cta-{zlib.crc32(url.encode())}"></div><script>document.getElementById("cta-{zlib.crc32(url.encode())}").innerHTML='
                    f'\'<a class="button" href="{E(url)}">{lab}</a>\';</script>')
        return f'<a class="button button--primary" href="{E(self.href(frm, url))}">{lab}</a>'

    # ------------------------------------------------------------ the product route
    def route(self, row, frm):
        """Decide and build the route of a row; returns (html, route_url, level, via, notes)."""
        key, kind = row["key"], row["kind"]
        title = self.title_of(key)
        r = rng_for("route", self.code, key)
        slug = slugify(C[key][1][0])
        if kind.startswith("via:"):
            bkey = kind[4:]
            url, level, bk = body_page(bkey, key, self.g)
            host, bname = BODIES[bkey][0], BODIES[bkey][1]
            if bkey == "olo":
                txt = (f"U vraagt de vergunning aan via het Omgevingsloket. Log in met DigiD of eHerkenning. "
                       f"De aanvraag komt daarna bij {'de provincie' if self.is_p else 'de gemeente'} binnen.")
                h = f'<p>{txt}</p><p><a class="button" href="{url}">Naar het Omgevingsloket</a></p>'
                note = "link to Omgevingsloket login (DigiD/eHerkenning)"
            else:
                verb = {"anon": "Vul het formulier in op de website van", "pdf": "Download het formulier op de website van"}.get(bk, "Dit regelt u online bij")
                h = (f'<p>{E(bname)} voert dit uit voor de gemeente {E(self.g)}. {verb} {E(bname)}.</p>'
                     f'<p><a class="button" href="{url}">{E(title)} bij {E(bname.split(" (")[0])}</a></p>')
                note = f"{ {'anon': 'anonymous web form', 'pdf': 'PDF form', 'digid': 'DigiD login', 'both': 'DigiD/eHerkenning login'}[bk]} at {bname.split(' (')[0]}"
            return h, url, level, host, note
        level = LEVEL[kind]
        if kind == "info":
            if key in ("paspoort", "identiteitskaart", "geboorteaangifte", "huwelijksaangifte", "brp-uittreksel"):
                appt = self.c.get("appt")
                u = self.appointment_page()
                return (f'<p>U vraagt dit aan bij de publiekbalie in het gemeentehuis. Maak eerst een afspraak. '
                        f'Neem een geldig identiteitsbewijs en een pasfoto mee.</p><p><a class="button" href="{u}">Maak een afspraak</a></p>',
                        "", 0, None, f"appointment only ({appt})")
            if key == "overlijdensaangifte":
                return ("<p>De uitvaartverzorger doet de aangifte meestal voor u. Doet u zelf aangifte? Maak dan een afspraak "
                        f"of bel {E(self.c['tel'])}.</p>", "", 0, None, "information only (undertaker/phone)")
            if r.random() < 0.5:
                mail = f"{slug.split('-')[0]}@{self.host.replace('www.', '')}"
                return (f"<p>Stuur uw aanvraag met een korte toelichting per e-mail naar <a href=\"mailto:{mail}\">{mail}</a> "
                        f"of per post naar Postbus 1, {E(self.g)}.</p>", "", 0, None, "information only, request by e-mail (mailto)")
            return (f"<p>Neem voor een aanvraag contact op met de gemeente via telefoonnummer {E(self.c['tel'])}. "
                    "Een medewerker bespreekt met u de mogelijkheden.</p>", "", 0, None, "information only (phone)")
        if kind == "pdf":
            pdfurl = self.abs(self.doc_path(f"aanvraagformulier-{slug}.pdf"))
            make_form_pdf(pdfurl, f"Aanvraagformulier {title}", self.oname,
                          ["Naam aanvrager", "Adres", "Postcode en woonplaats", "Telefoonnummer", "E-mailadres",
                           "Omschrijving", "Datum", "Handtekening"])
            style = "onclick" if "onclick" in self.c["ctas"] and r.random() < 0.5 else "a"
            lab = r.choice(["Aanvraagformulier (pdf, 96 kB)", f"Download het formulier {title.lower()} (PDF)", "Formulier downloaden (pdf)"])
            h = (f"<p>Download het aanvraagformulier. Vul het in, onderteken het en stuur het met de bijlagen naar de gemeente, "
                 f"of lever het in bij de balie.</p><p>{self.cta(frm, style, pdfurl, lab)}</p>")
            return h, pdfurl, 33, None, "downloadable PDF form" + (" behind an onclick button" if style == "onclick" else "")
        # web forms on the own platform
        ftitle = {"anon": "", "digid": "", "eh": "", "both": "", "portal": ""}[kind]
        if self.is_p and kind == "portal":
            url = "http://subsidieloket.zeeland.test/regelingen/"
            return (f'<p>U vraagt subsidie aan via het subsidieloket van de provincie. U logt in met eHerkenning of DigiD.</p>'
                    f'<p><a class="button" href="{url}">Naar het subsidieloket</a></p>', url, 100, None, "own subsidy portal (eHerkenning/DigiD)")
        styles = list(self.c["ctas"])
        style = styles[r.randrange(len(styles))]
        if style == "img" and kind == "anon":
            style = "a"
        getform = style == "getform"
        if style == "img":
            start = f"http://{self.pl.host}/auth/{slug}"
            imgs = idp_links("digid" if kind != "eh" else "eh", start, img=True)
            if kind == "both":
                imgs = idp_links("both", start, img=True)
            url = f"{start}/digid/start" if kind != "eh" else f"{start}/eherkenning/start"
            h = (f"<p>U kunt dit online regelen. Log in om het formulier in te vullen.</p>"
                 f'{"<p>Uw gegevens worden na het inloggen automatisch ingevuld.</p>" if row["prefill"] else ""}<div class="login-blok">{imgs}</div>')
            self.forms_overview.append((title, url, kind))
            return h, url, 100, None, "DigiD logo image (alt text only) linking to login start" if kind != "eh" else "eHerkenning login start"
        url = self.pl.build(slug, title, kind, prefill=row["prefill"], getform=getform)
        self.forms_overview.append((title, url, kind))
        marker = {"digid": " (met DigiD)", "eh": " (met eHerkenning)", "both": " (DigiD of eHerkenning)", "anon": ""}[kind]
        how = {"digid": "U regelt dit online. U logt in met DigiD.",
               "eh": "U vraagt dit online aan. U logt in met eHerkenning (minimaal niveau EH3).",
               "both": "Particulieren loggen in met DigiD, bedrijven en verenigingen met eHerkenning.",
               "anon": "Vul het online formulier in. Inloggen is niet nodig."}[kind]
        label = r.choice(["Direct aanvragen", "Online regelen", "Start het formulier", "Aanvragen", "Vul het formulier in"])
        if style == "getform":
            action, q = url.split("?")
            hid = q.split("=")
            h = (f"<p>{how}</p><form method=\"get\" action=\"{E(action)}\"><input type=\"hidden\" name=\"{hid[0]}\" value=\"{hid[1]}\">"
                 f"<button type=\"submit\">{E(label + marker)}</button></form>")
            what = "GET form with submit button"
        elif style == "overview":
            ov = self.forms_overview_path()
            h = (f"<p>{how} Het formulier vindt u in ons e-loket.</p><p><a href=\"{E(self.href(frm, ov))}\">Naar alle formulieren (e-loket)</a></p>")
            what = "via the 'Alle formulieren' overview page"
        else:
            h = f"<p>{how}</p><p>{self.cta(frm, style, url, label, marker)}</p>"
            what = {"a": "anchor", "onclick": "button onclick", "iframe": "iframe", "jsanchor": "script-written anchor"}[style]
        if row["prefill"] and style != "iframe":
            h += "<p>Na het inloggen zijn uw gegevens al ingevuld.</p>"
        plat = {"openforms": "Open Formulieren (JS-rendered)", "tripleforms": "TriplEforms .aspx", "gravity": "Gravity Forms",
                "formdesk": "Formdesk", "eform": "eFormulieren", "sim": "Sim e-form", "exx": "e-form host", "vendor": "vendor e-form"}[self.pl.kind]
        lv = {"digid": "DigiD", "eh": "eHerkenning", "both": "DigiD/eHerkenning", "anon": "anonymous"}[kind]
        return h, url, level, None, f"{lv} {plat} form, {what}"

    def doc_path(self, name):
        cms = self.c["cms"]
        p = {"go": "/sites/default/files/formulieren/", "catalog": "/documenten/", "iprox": "/Inwoners/Documenten/",
             "owc": "/wp-content/uploads/2024/03/", "productid": "/document.php?m=1&fileid=", "sim": "/file/",
             "pdc": "/media/", "sitecore": "/-/media/documenten/", "wp": "/wp-content/uploads/2023/11/", "nlds": "/documenten/"}[cms]
        if "?" in p:
            p = "/documenten/"
        return p + name

    def forms_overview_path(self):
        return {"sim": "/e-loket", "catalog": "/e-loket", "pdc": "http://loket.zeewolde.test/formulieren/"}.get(self.c["cms"], "/alle-formulieren")

    def appointment_page(self):
        h = self.c.get("appt") or "afspraak.zeeland.test"
        url = f"http://{h}/"
        qm = "qmatic" in h or self.code == "GM0050"
        if qm:
            url = f"http://{h}/qmaticwebbooking/"
        WEB.put(url, page_html(f"Afspraak maken - Gemeente {self.g}", (
            f'<h1>Afspraak maken</h1><p>Kies een product, een datum en een tijd.</p>'
            f'<form method="get" action="{url}kies-tijd"><label>Product<select name="product"><option>Paspoort</option>'
            f'<option>Identiteitskaart</option><option>Rijbewijs</option><option>Uittreksel</option></select></label>'
            f'<label>Datum<input type="date" name="datum"></label><button type="submit">Volgende</button></form>'
            f'<p><a href="{url}mijn-afspraak">Mijn afspraak bekijken of annuleren</a></p>')))
        WEB.put(f"{url}kies-tijd", page_html("Kies een tijd", "<h1>Kies een tijd</h1><p>Er zijn geen tijden beschikbaar op deze datum.</p>"))
        WEB.put(f"{url}mijn-afspraak", page_html("Mijn afspraak", (
            f"<h1>Mijn afspraak</h1><p>Log in om uw afspraken te bekijken, te verzetten of te annuleren.</p>"
            f"{idp_links('digid', f'http://{h}/auth/mijn-afspraak')}")))
        return url

    # ------------------------------------------------------------ traps
    def traps_for(self, row, frm):
        """Page-specific traps; returns (html, [descriptions])."""
        key = row["key"]
        r = rng_for("traps", self.code, key)
        lvl = row.get("route_level", 0) if row["status"] == "ok" else -1
        pool = ["tariff_pdf", "mailto", "alle_formulieren", "news_digid"]
        if not self.is_p:
            pool += ["mijnoverheid", "appointment", "other_bezwaar", "mor_app"]
        if self.c.get("tax") and C[key][0] != "Belastingen":
            pool += ["tax_login", "tax_login"]
        if key in ("bouwdossier-inzage", "kapvergunning", "uitwegvergunning", "reclamebelasting", "ligplaatsvergunning") or C[key][0] == "Ondernemen":
            pool += ["olo_login", "olo_login"]
        if C[key][0] in ("Ondernemen", "Vergunningen", "Belastingen") or self.is_p:
            pool += ["verordening_pdf"]
        if lvl in (0, 33) or row["status"] == "not_offered":
            pool += ["login_nearby", "login_nearby"]
        n = 0
        if lvl < 100:
            n = r.choice([0, 1, 1, 2, 2, 3])
        elif r.random() < 0.45:
            n = 1
        if not self.c["sitewide"] and n == 0 and r.random() < 0.6:
            n = 1
        chosen = []
        for t in r.sample(pool, len(pool)):
            if len(chosen) >= n:
                break
            if t not in chosen:
                chosen.append(t)
        if key == "melding-openbare-ruimte" and "mor_app" in chosen:
            chosen.remove("mor_app")
        htmls, notes = [], []
        for t in chosen:
            h, d = self.trap_html(t, row, frm)
            htmls.append(h)
            notes.append(d)
        return "\n".join(htmls), notes

    def trap_html(self, t, row, frm):
        key = row["key"]
        title = self.title_of(key)
        if t == "tariff_pdf":
            u = self.abs(self.doc_path(f"tarieventabel-leges-2024.pdf"))
            make_doc_pdf(u, f"Tarieventabel behorende bij de Legesverordening 2024 - {self.oname}",
                         ["Hoofdstuk 1 Burgerzaken", "1.1 Paspoort (18 jaar en ouder): EUR 82,25", "1.2 Identiteitskaart: EUR 77,85",
                          "1.3 Uittreksel BRP: EUR 14,65", "Hoofdstuk 2 Vergunningen", "2.1 Evenementenvergunning: EUR 158,00",
                          "2.2 Standplaatsvergunning: EUR 61,20", "2.3 Exploitatievergunning: EUR 415,00"])
            return f'<p>Kosten: zie de <a href="{E(self.href(frm, u))}">tarieventabel leges 2024 (pdf, 180 kB)</a>.</p>', "tariff PDF"
        if t == "verordening_pdf":
            u = self.abs(self.doc_path(f"verordening-{slugify(C[key][1][0])}.pdf"))
            make_doc_pdf(u, f"Verordening - {C[key][1][0]} - {self.oname}",
                         ["Artikel 1 Begripsbepalingen", "In deze verordening wordt verstaan onder: ...",
                          "Artikel 2 Aanvraag", "Een aanvraag wordt ingediend bij het college.", "Artikel 3 Weigeringsgronden",
                          "Artikel 4 Inwerkingtreding", "Deze verordening treedt in werking op 1 januari 2024."])
            return f'<p>Regels: <a href="{E(self.href(frm, u))}">Verordening (pdf)</a> en lokale regelgeving op overheid.nl.</p>', "regulation PDF"
        if t == "mailto":
            m = f"info@{self.host.replace('www.', '')}"
            return f'<p>Heeft u nog vragen? Mail naar <a href="mailto:{m}">{m}</a>.</p>', "mailto link"
        if t == "alle_formulieren":
            ov = self.forms_overview_path()
            return f'<p><a href="{E(self.href(frm, ov))}">Bekijk alle formulieren</a></p>', "link to Alle formulieren overview listing other products' forms"
        if t == "news_digid":
            u = self.news_path(0)
            return f'<div class="gerelateerd"><h2>Nieuws</h2><a href="{E(self.href(frm, u))}">Vanaf 1 juli alleen nog inloggen met DigiD app of sms-controle</a></div>', "news article about DigiD"
        if t == "mijnoverheid":
            return '<p>Wilt u post van de gemeente digitaal ontvangen? Zet de gemeente aan in uw <a href="http://mijn.overheid.test/berichtenbox/">Berichtenbox van MijnOverheid</a>.</p>', "MijnOverheid link"
        if t == "appointment":
            u = self.appointment_page()
            return f'<p>Liever persoonlijk langskomen? <a href="{u}">Maak een afspraak</a>.</p>', "appointment booking whose 'Mijn afspraak' needs DigiD"
        if t == "tax_login":
            host, bname, _ = BODIES[self.c["tax"]]
            return f'<aside><h3>Belastingen</h3><a href="http://{host}/mijn">Mijn belastingen: inloggen bij {E(bname.split(" (")[0])}</a></aside>', f"{bname.split(' (')[0]} 'Mijn belastingen' login"
        if t == "olo_login":
            return ('<aside><h3>Vergunning nodig?</h3><p>Doe de <a href="http://omgevingswet.overheid.test/checken/">vergunningcheck</a> '
                    'of <a href="http://omgevingswet.overheid.test/aanvragen/">log in op het Omgevingsloket</a>.</p></aside>'), "Omgevingsloket check/login"
        if t == "other_bezwaar":
            slug = "bezwaar-naheffingsaanslag-parkeren"
            u = self.pl.build(slug, "Bezwaar tegen een naheffingsaanslag parkeerbelasting", "digid")
            return f'<p>Een parkeerbon gekregen? <a href="{u}">Bezwaar maken tegen een naheffingsaanslag parkeren (DigiD)</a></p>', "DigiD objection form for a different decision (parking fine)"
        if t == "mor_app":
            return '<aside><a href="http://www.fixi.test/app">Meld een probleem in de openbare ruimte (app)</a></aside>', "MOR app link"
        if t == "login_nearby":
            mh = f"http://mijn.{self.host.split('.', 1)[1] if self.host.startswith('www.') else self.host}/"
            if self.is_p:
                mh = "http://subsidieloket.zeeland.test/"
            return f'<div class="mijn-blok"><a class="button" href="{mh}">Inloggen {E(self.c["mijn"])} (DigiD)</a></div>', f"login button for {self.c['mijn']} next to the route"
        raise ValueError(t)

    def news_path(self, i):
        return {"owc": f"/nieuws/bericht-{i + 1}/", "sim": f"/index.php?simaction=nieuws&id={i + 1}",
                "catalog": f"/nieuws/{i + 1}"}.get(self.c["cms"], f"/nieuws/{['digid-app-sms-controle', 'nieuwe-afvalkalender', 'werkzaamheden-centrum'][i]}")

    # ------------------------------------------------------------ product page
    def headings(self):
        return {"go": ["Wat is het?", "Hoe werkt het?", "Wat moet ik doen?", "Wat kost het?"],
                "catalog": ["Wat is het?", "Voorwaarden", "Aanvragen", "Kosten"],
                "iprox": ["Omschrijving", "Voorwaarden", "Aanvragen", "Kosten"],
                "owc": ["Wat moet je weten?", "Voorwaarden", "Zo regel je het", "Kosten"],
                "productid": ["Omschrijving", "Voorwaarden", "Aanpak", "Kosten"],
                "sim": ["Product informatie", "Voorwaarden", "Aanvragen", "Kosten"],
                "pdc": ["Wat is het", "Wie kan het aanvragen", "Hoe vraag ik het aan", "Wat kost het"],
                "sitecore": ["Wat is het?", "Wat heb ik nodig?", "Hoe vraag ik het aan?", "Wat kost het?"],
                "wp": ["", "Voorwaarden", "Direct regelen", "Kosten"],
                "nlds": ["Waarvoor", "Voorwaarden", "Aanvragen", "Kosten en termijn"]}[self.c["cms"]]

    def product_page(self, key):
        row = self.rows[key]
        path = self.path_of(key)
        frm = path if not path.startswith("http") else "/"
        title = self.title_of(key)
        hs = self.headings()
        notes_traps = []
        if row["status"] == "not_offered":
            text = self.c["not_offered"][key][1]
            traps_h, tn = self.traps_for(row, frm)
            side = ""
            if self.code in ("GM0312", "GM0313"):
                # "wij bieden dit niet meer aan" page whose sidebar still has DigiD links
                u = self.pl.build("aanvraag-kwijtschelding-en-afmelden", "Belastingzaken regelen", "digid")
                side = f'<h2>Direct regelen</h2><ul><li><a href="{u}">Belastingzaken regelen (DigiD)</a></li></ul>'
                tn.append("sidebar DigiD link on a page saying the product is no longer offered")
            main = f"<h1>{E(title)}</h1>\n<p>{E(text)}</p>\n{traps_h}"
            url = self.put(path, self.wrap(path, title, main, key=key, side=side))
            row.update(product_url=url, route_url="", route_level=None, notes_route=f"page '{title}' states the product is not offered", page_traps=tn)
            return
        rh, rurl, level, via, rnote = row["route"]
        intro = C[key][2]
        if self.c["cms"] == "owc":
            intro = intro.replace("Heeft u", "Heb je").replace("Wilt u", "Wil je").replace(" u ", " je ").replace("uw ", "je ")
        shared_note = ""
        if key in self.shared:
            a, b, t = self.shared[key]
            other = b if key == a else a
            intro = C[a][2] + " " + C[b][2]
            shared_note = f"page shared with {other}; "
        traps_h, tn = self.traps_for(row, frm)
        cond = "U moet ingeschreven staan in de gemeente." if self.rows[key]["audience"] == "burger" else "De aanvraag moet volledig zijn. Wij kunnen aanvullende gegevens vragen."
        secs = [(hs[0], f"<p>{E(intro)}</p>"), (hs[1], f"<p>{E(cond)}</p>"), (hs[2], rh), (hs[3], "<p>Kijk voor de kosten in de legestabel. Soms zijn er geen kosten.</p>" + traps_h)]
        cms = self.c["cms"]
        if cms in ("iprox", "sim"):
            body = "".join(f"<details{' open' if i == 0 else ''}><summary><h2>{E(h)}</h2></summary>{c}</details>" for i, (h, c) in enumerate(secs))
        elif cms == "nlds":
            body = "".join(f'<section class="utrecht-article"><h2 class="utrecht-heading-2">{E(h)}</h2>{c}</section>' for h, c in secs)
        elif cms == "wp":
            # "Direct regelen" block above the text
            body = f'<div class="direct-regelen-blok">{rh}</div>' + "".join(f"<h2>{E(h)}</h2>{c}" for h, c in secs if h and h != "Direct regelen") + f"<p>{E(intro)}</p>"
            body = f'<div class="direct-regelen-blok">{rh}</div><p>{E(intro)}</p><h2>Voorwaarden</h2><p>{E(cond)}</p><h2>Kosten</h2>{secs[3][1]}'
        else:
            body = "".join(f"<h2>{E(h)}</h2>{c}" for h, c in secs)
        head_extra = ""
        if self.c.get("english") and key in ENGLISH:
            en = self.en_path(key)
            head_extra = f'<link rel="alternate" hreflang="en" href="{self.abs(en)}">\n'
            body += f'<p lang="en"><a href="{E(self.href(frm, en))}">Read this page in English</a></p>'
        main = f'<h1>{E(title)}</h1>\n{body}'
        url = self.put(path, self.wrap(path, title, main, key=key, head_extra=head_extra))
        row.update(product_url=url, route_url=rurl, route_level=level, via=via, notes_route=shared_note + rnote, page_traps=tn)
        self.search_items.append({"url": url, "title": title, "text": intro[:160]})

    def en_path(self, key):
        return f"/en/{slugify(C[key][3].replace('{g}', self.g))}"

    # ------------------------------------------------------------ build everything
    def build(self):
        # 1. routes first (so that sitewide 'direct regelen' boxes can link other products' forms)
        for key, row in sorted(self.rows.items()):
            if row["status"] != "ok":
                continue
            frm = self.path_of(key) if not self.path_of(key).startswith("http") else "/"
            row["route"] = self.route(row, frm)
            row["route_level"] = row["route"][2]
            row["route_url"] = row["route"][1]
        # shared page: the second product takes the first one's route
        for a, b, t in self.c.get("shared", []):
            if self.rows.get(a, {}).get("status") == "ok" and self.rows.get(b, {}).get("status") == "ok":
                self.rows[b]["route"] = self.rows[a]["route"]
                self.rows[b]["route_level"] = self.rows[a]["route_level"]
                self.rows[b]["route_url"] = self.rows[a]["route_url"]
        done = set()
        order = sorted(self.rows, key=lambda k: (k in self.shared and k != self.shared[k][0], k))
        for key in order:
            row = self.rows[key]
            if row["status"] == "not_found":
                continue
            p = self.path_of(key)
            if p in done:
                row.update(product_url=self.abs(p), page_traps=self.rows[self.shared[key][0]]["page_traps"],
                           notes_route=f"page shared with {self.shared[key][0]}; " + row["route"][4])
                continue
            done.add(p)
            self.product_page(key)
        self.extras()
        self.overviews()
        self.home()
        self.misc()

    def extras(self):
        """Sibling pages, audience pages, English pages."""
        if self.is_p:
            return
        c = self.c
        # two similar permits: a "melding klein evenement" beside the evenementenvergunning
        if self.code in ("GM0353", "GM0308", "GM0677", "GM0654") and self.rows.get("evenementenvergunning", {}).get("status") == "ok":
            t = "Melding klein evenement"
            u = self.pl.build("melding-klein-evenement", t, "anon")
            p = {"go": "/melding-klein-evenement", "productid": "/ondernemers_2/product/melding_klein_evenement_1999.html",
                 "sitecore": "/nl/ondernemers/ondernemen/melding-klein-evenement", "wp": "/ondernemen/melding-klein-evenement/"}[c["cms"]]
            self.put(p, self.wrap(p, t, f"<h1>{t}</h1><p>Organiseert u een klein buurtfeest met minder dan 100 bezoekers, zonder muziek na 23.00 uur? "
                                        f"Dan is een melding genoeg.</p><p>{self.cta(p, 'a', u, 'Melding doen')}</p>"))
            self.sibling_pages.append((t, p))
            self.rows["evenementenvergunning"]["page_traps"].append("sibling page 'Melding klein evenement' with an anonymous form")
        if self.code in ("GM1961", "GM0308") and self.rows.get("alcoholvergunning", {}).get("status") == "ok":
            t = "Ontheffing alcohol schenken bij een evenement (artikel 35)"
            u = self.pl.build("ontheffing-artikel-35", t, "anon")
            p = "/product?id=1990" if c["cms"] == "catalog" else "/ondernemers_2/product/ontheffing_artikel_35_1990.html"
            self.put(p, self.wrap(p, t, f"<h1>{E(t)}</h1><p>Wilt u tijdens een evenement zwak-alcoholhoudende drank schenken? Vraag dan een ontheffing aan.</p>"
                                        f"<p>{self.cta(p, 'a', u, 'Ontheffing aanvragen')}</p>"))
            self.sibling_pages.append((t, p))
            self.rows["alcoholvergunning"]["page_traps"].append("similar permit page (art. 35 ontheffing) with an anonymous form")
        # businesses' page of the same name
        for key in c.get("audience_pages", []):
            row = self.rows.get(key)
            if not row or row["status"] != "ok":
                continue
            t = self.title_of(key)
            u = self.pl.build(f"{slugify(t)}-bedrijven", f"{t} bedrijven", "eh")
            p = "/product?id=1995" if c["cms"] == "catalog" else f"/nl/ondernemers/parkeren/{slugify(t)}"
            self.put(p, self.wrap(p, t, f"<h1>{E(t)}</h1><p>Heeft u een bedrijf in een vergunninggebied? Dan kunt u een bedrijfsvergunning aanvragen.</p>"
                                        f"<p>U logt in met eHerkenning.</p><p>{self.cta(p, 'onclick', u, 'Bedrijfsvergunning aanvragen')}</p>"))
            self.sibling_pages.append((t + " (ondernemers)", p))
            row["page_traps"].append("businesses' page of the same name with an eHerkenning form")
        # English pages
        if c.get("english"):
            for key in ENGLISH:
                row = self.rows.get(key)
                if not row or row["status"] != "ok":
                    continue
                p = self.en_path(key)
                t = C[key][3].replace("{g}", self.g)
                rurl = row["route_url"]
                link = f'<p><a class="button" href="{E(rurl)}">Apply online (DigiD)</a></p>' if row["route_level"] == 100 and rurl else \
                    f'<p>Please make an appointment at the town hall.</p>'
                nl = self.href(p, row["product_url"])
                self.put(p, self.wrap(p, t, f'<h1>{E(t)}</h1><p>This page is a summary in English. You need a DigiD to use the online service.</p>{link}'
                                            f'<p><a href="{E(nl)}" hreflang="nl">Nederlandse versie</a></p>', lang="en",
                                      head_extra=f'<link rel="alternate" hreflang="nl" href="{row["product_url"]}">\n'))
                self.sibling_pages.append((t, p))

    def overviews(self):
        # section pages
        bysec = {}
        for key, row in sorted(self.rows.items()):
            if row["status"] == "not_found":
                continue
            bysec.setdefault(self.section_of(key), []).append(key)
        for sec in self.sections:
            p = self.section_path(sec)
            keys = bysec.get(sec, [])
            seen, lis = set(), []
            for k in keys:
                pp = self.path_of(k)
                if pp in seen:
                    continue
                seen.add(pp)
                lis.append(f'<li><a href="{E(self.href(p, pp))}">{E(self.title_of(k))}</a></li>')
            self.put(p, self.wrap(p, sec, f"<h1>{E(sec)}</h1><ul class='overzicht'>{''.join(lis)}</ul>"))
        # A-Z
        p = self.az_path()
        items = {}
        for key, row in sorted(self.rows.items()):
            if row["status"] == "not_found":
                if key in self.c.get("stale", []):
                    sl = slugify(self.title_of(key))
                    items[self.title_of(key)] = {"owc": f"/onderwerp/{sl}/", "pdc": f"http://loket.zeewolde.test/producten/{sl}/", "productid": f"/inwoners_1/product/{sl.replace('-', '_')}_1777.html"}.get(self.c["cms"], f"/{sl}")
                continue
            items[self.title_of(key)] = self.path_of(key)
        for t, sp in self.sibling_pages:
            items[t] = sp
        lis = "".join(f'<li><a href="{E(self.href(p if not p.startswith("http") else "/", items[t]))}">{E(t)}</a></li>' for t in sorted(items, key=str.lower))
        self.put(p, self.wrap(p if not p.startswith("http") else "/", "Producten en diensten A-Z", f"<h1>Producten en diensten A-Z</h1><ul class='a-z'>{lis}</ul>"))
        # forms overview (e-loket), always present for sites that link to it
        ov = self.forms_overview_path()
        lis = []
        for t, u, k in sorted(set(self.forms_overview)):
            mark = {"digid": " (DigiD)", "eh": " (eHerkenning)", "both": " (DigiD/eHerkenning)", "anon": ""}[k]
            lis.append(f'<li><a href="{E(u)}">{E(t)}{mark}</a></li>')
        ovf = ov if not ov.startswith("http") else "/"
        self.put(ov, self.wrap(ovf, "Alle formulieren", f"<h1>Alle formulieren</h1><p>Hieronder vindt u alle digitale formulieren van de {'provincie' if self.is_p else 'gemeente'}.</p><ul>{''.join(lis)}</ul>"))

    def home(self):
        c = self.c
        hp = self.home_path
        pop = [k for k in ("verhuismelding", "paspoort", "grofvuil", "omgevingsvergunning", "subsidie", "natuurvergunning") if self.rows.get(k, {}).get("status") == "ok"]
        lis = "".join(f'<li><a href="{E(self.href(hp, self.path_of(k)))}">{E(self.title_of(k))}</a></li>' for k in pop)
        news = "".join(f'<li><a href="{E(self.href(hp, self.news_path(i)))}">{E(NEWS[i][0])}</a></li>' for i in range(3))
        main = (f"<h1>Welkom bij {E(self.oname)}</h1><section><h2>Populaire onderwerpen</h2><ul>{lis}</ul></section>"
                f"<section><h2>Nieuws</h2><ul>{news}</ul></section>"
                f'<p><a href="{E(self.href(hp, self.az_path()))}">Alle producten en diensten</a> | <a href="{E(self.href(hp, self.forms_overview_path()))}">Alle formulieren</a></p>')
        self.put(hp, self.wrap(hp, "Home", main))
        if c.get("cookie"):
            self.put("/", page_html(f"Cookies - {self.oname}", (
                f'<div class="cookie-consent"><h1>{E(self.oname)} gebruikt cookies</h1><p>Wij gebruiken functionele en analytische cookies. '
                f'Kies of u ook cookies voor video en sociale media accepteert.</p>'
                + (f'<form method="get" action="/home"><input type="hidden" name="cookies" value="alle"><button type="submit">Alle cookies accepteren</button></form>'
                   f'<form method="get" action="/home"><input type="hidden" name="cookies" value="noodzakelijk"><button type="submit">Alleen noodzakelijke cookies</button></form>'
                   if self.code != "GM0353" else '<a class="button" href="/home">Accepteren</a> <a href="/home">Weigeren</a>')
                + '</div>')))
        if c.get("lang_splash"):
            self.put("/", page_html(f"{self.oname} - Kies uw taal", (
                f'<div class="taalkeuze"><h1>{E(self.oname)}</h1><p>Kies uw taal / Choose your language / Wählen Sie Ihre Sprache</p>'
                f'<ul><li><a href="/nl/" hreflang="nl">Nederlands</a></li><li><a href="/en/" hreflang="en">English</a></li></ul></div>')))
            self.put("/en/", self.wrap("/en/", "Welcome", "<h1>Welcome to Hulst</h1><p>Information for visitors and new residents.</p>"
                                       + "".join(f'<p><a href="{self.en_path(k)}">{E(C[k][3])}</a></p>' for k in ENGLISH if self.rows.get(k, {}).get("status") == "ok"), lang="en"))
        elif c.get("english"):
            self.put("/en/", self.wrap("/en/", "English", "<h1>Living in IJsselstein</h1>"
                                       + "".join(f'<p><a href="{self.en_path(k)}">{E(C[k][3].replace("{g}", self.g))}</a></p>' for k in ENGLISH if self.rows.get(k, {}).get("status") == "ok"), lang="en"))

    def misc(self):
        c = self.c
        for i, (t, txt) in enumerate(NEWS):
            p = self.news_path(i)
            self.put(p, self.wrap(p, t, f"<article><h1>{E(t)}</h1><p class='datum'>{12 + i} maart 2024</p><p>{E(txt)}</p></article>"))
        lis = "".join(f'<li><a href="{E(self.href("/nieuws/", self.news_path(i)))}">{E(t)}</a></li>' for i, (t, _) in enumerate(NEWS))
        self.put("/nieuws/", self.wrap("/nieuws/", "Nieuws", f"<h1>Nieuws</h1><ul>{lis}</ul>"))
        self.put("/contact", self.wrap("/contact", "Contact", (
            f"<h1>Contact</h1><p>Telefoon: {E(c['tel'])} (maandag t/m vrijdag 8.30 - 17.00 uur)</p>"
            f'<p>E-mail: <a href="mailto:info@{self.host.replace("www.", "")}">info@{self.host.replace("www.", "")}</a></p>'
            f'<p><a href="{E(self.href("/contact", "/contactformulier"))}">Stel uw vraag via het contactformulier</a></p>')))
        self.put("/contactformulier", self.wrap("/contactformulier", "Stel uw vraag", (
            f'<h1>Stel uw vraag</h1><form method="post" action="/contact-verzonden">{form_fields(["Naam", "E-mailadres", "Telefoonnummer", "Toelichting: uw vraag"])}'
            f'<button type="submit">Versturen</button></form>')))
        self.put("/contact-verzonden", self.wrap("/contact-verzonden", "Verzonden", "<h1>Bedankt voor uw vraag</h1>"))
        if not c.get("search"):
            zp = "/zoeken/" if c["cms"] == "owc" else "/zoeken"
            self.put(zp, self.wrap(zp, "Zoeken", "<h1>Zoeken</h1><p>Vul een zoekterm in.</p>"))
        WEB.put(f"http://{self.pl.host}/start", page_html("Formulieren", "<h1>Formulieren</h1><p>Kies een formulier via de website van de gemeente.</p>"))
        self.put("/feedback", self.wrap("/feedback", "Bedankt", "<h1>Bedankt voor uw reactie</h1>"))
        self.put("/privacy", self.wrap("/privacy", "Privacy", "<h1>Privacyverklaring</h1><p>Wij gaan zorgvuldig om met uw persoonsgegevens (AVG).</p>"))
        self.put("/toegankelijkheid", self.wrap("/toegankelijkheid", "Toegankelijkheid", "<h1>Toegankelijkheid</h1><p>Wij werken aan een toegankelijke website (WCAG 2.1 AA).</p>"))
        WEB.put(f"{self.base}/img/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#036"/></svg>\n')
        WEB.put(f"{self.base}/img/digid-logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40"/><text x="3" y="25" fill="#fff" font-size="11">DigiD</text></svg>\n')
        robots = "User-agent: *\nDisallow: /zoeken\n"
        if c.get("sitemap"):
            robots += f"Sitemap: {self.base}/sitemap.xml\n"
            urls = sorted(u for u in set(self.all_paths) if u.startswith(self.base) and not u.endswith(".pdf"))
            sm = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + \
                 "".join(f"<url><loc>{E(u)}</loc></url>\n" for u in urls) + "</urlset>\n"
            WEB.put(f"{self.base}/sitemap.xml", sm)
        WEB.put(f"{self.base}/robots.txt", robots)
        if c["cms"] == "pdc":
            WEB.put("http://loket.zeewolde.test/robots.txt", "User-agent: *\nDisallow:\n")
            for f in ("logo.svg", "digid-logo.svg"):
                WEB.put(f"http://loket.zeewolde.test/img/{f}", WEB.files[f"sites/{self.host}/img/{f}"])
        # mijn-portal (target of header/footer logins)
        mh = f"mijn.{self.host.split('.', 1)[1] if self.host.startswith('www.') else self.host}"
        if self.is_p:
            WEB.put("http://subsidieloket.zeeland.test/", page_html("Subsidieloket Provincie Zeeland", (
                "<h1>Subsidieloket</h1><p>Log in om een subsidie aan te vragen of uw aanvragen te bekijken.</p>"
                f"{idp_links('both', 'http://subsidieloket.zeeland.test/auth/portaal')}"
                '<p><a href="/regelingen/">Bekijk alle regelingen</a></p>')))
            WEB.put("http://subsidieloket.zeeland.test/regelingen/", page_html("Subsidieregelingen - Provincie Zeeland", (
                "<h1>Subsidieregelingen</h1><ul><li>Leefbaarheid kleine kernen</li><li>Cultuur en erfgoed</li><li>Innovatie MKB</li></ul>"
                "<p>Aanvragen kan alleen na inloggen.</p>"
                f"{idp_links('both', 'http://subsidieloket.zeeland.test/auth/aanvraag')}")))
        else:
            WEB.put(f"http://{mh}/", page_html(c["mijn"], (
                f"<h1>{E(c['mijn'])}</h1><p>In uw persoonlijke omgeving ziet u uw lopende zaken en berichten van de gemeente.</p>"
                f"{idp_links('both', f'http://{mh}/auth/mijn')}")))
            if self.code == "GM0736":
                WEB.put("http://loket.derondevenen.test/mijn-loket/", page_html("Mijn Loket De Ronde Venen", (
                    "<h1>Mijn Loket</h1><p>Bekijk de status van uw aanvragen.</p>"
                    f"{idp_links('digid', 'http://loket.derondevenen.test/auth/mijn-loket')}")))
        # search
        if c.get("search"):
            WEB.searches.append({"host": self.host, "path": "/zoeken", "param": "q", "index": f"search/{self.host}.json",
                                 "template": f"search/{self.host}.html"})
            WEB.extra[f"search/{self.host}.json"] = json.dumps(sorted(self.search_items, key=lambda x: x["url"]), ensure_ascii=False, indent=1)
            WEB.extra[f"search/{self.host}.html"] = self.wrap("/zoeken", "Zoeken", "<h1>Zoekresultaten voor <!--QUERY--></h1><ul><!--RESULTS--></ul>")
        if c.get("soft404"):
            WEB.not_found_pages.append({"host": self.host, "file": f"errors/{self.host}.html", "status": 200})
            if c["cms"] == "pdc":
                WEB.not_found_pages.append({"host": "loket.zeewolde.test", "file": f"errors/{self.host}.html", "status": 200})
            WEB.extra[f"errors/{self.host}.html"] = self.wrap("/404", "Pagina niet gevonden", "<h1>Pagina niet gevonden</h1><p>Helaas, de pagina die u zoekt bestaat niet (meer). Probeer de zoekfunctie.</p>")
        if c.get("bare"):
            WEB.host_redirects.append({"host": c["bare"], "status": 301, "to": self.host})
        if c.get("www"):
            WEB.host_redirects.append({"host": c["www"], "status": 301, "to": self.host})


ENGLISH = ["verhuismelding", "brp-uittreksel", "paspoort"]
NEWS = [("Vanaf 1 juli alleen nog inloggen met DigiD app of sms-controle",
         "Vanaf 1 juli kunt u bij de gemeente alleen nog inloggen met de DigiD app of met sms-controle. Inloggen met alleen gebruikersnaam en wachtwoord kan dan niet meer. Zo regelt u veilig uw zaken, zoals uw verhuizing doorgeven of een uittreksel aanvragen."),
        ("Nieuwe afvalkalender beschikbaar", "De afvalkalender voor het nieuwe jaar staat online. Grofvuil kunt u nog steeds laten ophalen."),
        ("Werkzaamheden in het centrum", "Vanaf maandag wordt de bestrating in het centrum vernieuwd. Evenementen en markt gaan gewoon door.")]


# --------------------------------------------------------------------------------------------
def cap(s):
    return s if s.startswith("eH") else s[0].upper() + s[1:]


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "web"
    products = load_products()
    rows = plan(products)
    build_idps()
    build_bodies()
    labels = []
    for code, oname, otype in ORGS:
        site_rows = [r for r in rows if r["code"] == code]
        site = Site(code, oname, site_rows)
        site.build()
        for r in site_rows:
            traps = [t for t in site.c["sitewide"]]
            tdesc = [SITEWIDE_DESC[t] for t in traps]
            if r["status"] == "not_found":
                stale = " (A-Z still links to it; soft 404)" if r["key"] in site.c.get("stale", []) else ""
                labels.append(dict(org_code=code, product_key=r["key"], level="", status="not_found", product_url="", route_url="",
                                   level_strict="", via="", notes=f"No page for this product on the site{stale}."))
                continue
            tdesc = tdesc + r.get("page_traps", [])
            trap_txt = (" Trap: " + "; ".join(tdesc) + ".") if tdesc else ""
            if r["status"] == "not_offered":
                labels.append(dict(org_code=code, product_key=r["key"], level="", status="not_offered", product_url=r["product_url"],
                                   route_url="", level_strict="", via="", notes=f"{cap(r['notes_route'])}.{trap_txt}"))
                continue
            lvl = r["route_level"]
            strict = lvl if lvl < 100 else (100 if r["prefill"] and r["kind"] in ("digid", "eh", "both") else 67)
            labels.append(dict(org_code=code, product_key=r["key"], level=str(lvl), status="ok", product_url=r["product_url"],
                               route_url=r["route_url"] if lvl > 0 else "", level_strict=str(strict), via=r.get("via") or "",
                               notes=f"{cap(r['notes_route'])}{' (pre-fill stated)' if strict == 100 else ''}.{trap_txt}"))
    # write
    allrel = set(WEB.files)
    for rel in sorted(allrel):
        parts = rel.split("/")
        for i in range(2, len(parts)):
            if "/".join(parts[:i]) in allrel:
                raise SystemExit(f"file/dir conflict: {'/'.join(parts[:i])} vs {rel}")
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    for rel in sorted(WEB.files):
        fp = out / rel
        fp.parent.mkdir(parents=True, exist_ok=True)
        data = WEB.files[rel]
        fp.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    for rel in sorted(WEB.extra):
        fp = out / rel
        fp.parent.mkdir(parents=True, exist_ok=True)
        fp.write_text(WEB.extra[rel], encoding="utf-8")
    beh = {"redirects": sorted({r["url"]: r for r in WEB.redirects}.values(), key=lambda r: r["url"]),
           "host_redirects": sorted(WEB.host_redirects, key=lambda r: r["host"]),
           "not_found_pages": sorted(WEB.not_found_pages, key=lambda r: r["host"])}
    if WEB.searches:
        beh["searches"] = sorted(WEB.searches, key=lambda r: r["host"])
    (out / "testweb.json").write_text(json.dumps({"style": "heldout-web-dev22", "behaviours": beh}, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    with open(out / "organisations.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for code, oname, otype in sorted(ORGS):
            c = S[code]
            site = f"http://{c['bare']}/" if c.get("bare") else (f"http://{c['www']}/" if c.get("www") else f"http://{c['host']}/")
            w.writerow([code, oname, otype, site, INHABITANTS.get(code, "")])
    cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "notes"]
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for lab in sorted(labels, key=lambda x: (x["org_code"], x["product_key"])):
            w.writerow(lab)
    print(f"wrote {len(WEB.files)} files, {len(labels)} labels to {out}")


SITEWIDE_DESC = {
    "header_login": "site-wide 'Mijn ...' login in the header",
    "header_login_p": "site-wide subsidy-portal login in the header",
    "footer_digid": "DigiD logo and 'Inloggen met DigiD' in the footer",
    "direct_regelen": "site-wide 'Direct regelen'/'Veelgevraagd' box with DigiD links for other products",
    "chatbot": "chatbot widget",
    "feedback": "'Was deze informatie nuttig?' feedback form",
    "contact_form": "general 'Stel uw vraag' contact form link",
}

if __name__ == "__main__":
    main()
