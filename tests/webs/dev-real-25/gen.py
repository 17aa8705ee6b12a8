#!/usr/bin/env python3
"""gen.py OUTDIR -- writes the labelled simulated web 'web-dev25' (ten municipalities).

Standard library only, deterministic (no randomness; choices come from sha256 of fixed
strings; every dict/list is iterated in insertion or sorted order).
Reads the product list only from products.csv beside this script (product_key, name_nl,
org_types).
"""
import csv
import hashlib
import html
import io
import json
import os
import re
import shutil
import struct
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------------------- helpers
def esc(s):
    return html.escape(s, quote=True)


def stable(*parts):
    return int(hashlib.sha256("|".join(parts).encode()).hexdigest()[:12], 16)


def pick(seq, *parts):
    return seq[stable(*parts) % len(seq)]


def slugify(t):
    t = t.lower()
    for a, b in (("ë", "e"), ("é", "e"), ("ï", "i"), ("ö", "o"), ("ü", "u"), ("á", "a")):
        t = t.replace(a, b)
    t = re.sub(r"[^a-z0-9]+", "-", t).strip("-")
    return t


def under(t):
    t = t.replace("ë", "e").replace("é", "e")
    return re.sub(r"[^A-Za-z0-9]+", "_", t).strip("_")


FILES = {}  # (host, filepath) -> bytes
BEHAV = {"redirects": [], "host_redirects": [], "not_found_pages": [], "searches": []}
SEARCH = {}  # host -> list of entries


def url_to_file(url):
    assert url.startswith("http://"), url
    rest = url[len("http://"):]
    host, _, path = rest.partition("/")
    path = "/" + path
    path = path.split("#", 1)[0]
    p, q, query = path.partition("?")
    if p.endswith("/"):
        p = p + "index.html"
    fp = p.lstrip("/")
    if q:
        fp = fp + "?" + query
    return host, fp


def put(url, content):
    host, fp = url_to_file(url)
    if isinstance(content, str):
        content = content.encode("utf-8")
    key = (host, fp)
    if key in FILES and FILES[key] != content:
        raise SystemExit("conflicting content for %s" % url)
    FILES[key] = content


def redirect(url, location, status=302):
    BEHAV["redirects"].append({"url": url, "status": status, "location": location})


def pdf_bytes(title, lines):
    def pe(s):
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = ["BT", "/F1 16 Tf", "50 790 Td", "(%s) Tj" % pe(title), "/F1 11 Tf"]
    for ln in lines:
        stream.append("0 -20 Td")
        stream.append("(%s) Tj" % pe(ln))
    stream.append("ET")
    content = "\n".join(stream).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        ("<< /Title (%s) /Producer (web-dev25 gen.py) >>" % pe(title)).encode("latin-1"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def docx_bytes(title, lines):
    body = "".join("<w:p><w:r><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % esc(x) for x in [title] + lines)
    parts = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '</Relationships>'),
        ("word/document.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % body),
    ]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return out.getvalue()


def png_bytes(w=46, h=46, rgb=(0, 0, 0)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def kb(n):
    return max(1, round(n / 1024))


# ----------------------------------------------------------------------------- products
def load_products():
    rows = []
    with open(os.path.join(HERE, "..", "..", "..", "config", "products.csv"), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append({"key": r["product_key"], "name": r["name_nl"], "org_types": r["org_types"]})
    return rows


# Page titles per product (own wording, modelled on real titles); chosen per site.
TITLES = {
    "brp-uittreksel": ["Uittreksel BRP aanvragen", "Uittreksel Basisregistratie Personen", "Uittreksel aanvragen", "Uittreksels en afschriften"],
    "verhuismelding": ["Verhuizing doorgeven", "Verhuizen", "Verhuizen naar of binnen de gemeente", "Adreswijziging doorgeven"],
    "geboorteaangifte": ["Geboorte aangeven", "Aangifte geboorte", "Geboorteaangifte", "Geboorte doorgeven"],
    "overlijdensaangifte": ["Overlijden aangeven", "Aangifte van overlijden", "Overlijden", "Aangifte doen van overlijden"],
    "huwelijksaangifte": ["Voornemen huwelijk of partnerschap melden", "Trouwen of partnerschap registreren", "Melding voorgenomen huwelijk (ondertrouw)", "Huwelijk en geregistreerd partnerschap"],
    "paspoort": ["Paspoort aanvragen", "Paspoort", "Paspoort aanvragen of verlengen"],
    "identiteitskaart": ["Identiteitskaart aanvragen", "Identiteitskaart (ID-kaart)", "ID-kaart aanvragen"],
    "parkeervergunning": ["Parkeervergunning aanvragen", "Parkeervergunning bewoners", "Parkeervergunning"],
    "gehandicaptenparkeerkaart": ["Gehandicaptenparkeerkaart aanvragen", "Gehandicaptenparkeerkaart (GPK)", "Parkeerkaart voor gehandicapten"],
    "gehandicaptenparkeerplaats": ["Gehandicaptenparkeerplaats aanvragen", "Gehandicaptenparkeerplaats op kenteken", "Invalidenparkeerplaats aanvragen"],
    "hondenbelasting": ["Hondenbelasting", "Hond aan- of afmelden", "Hondenbelasting: hond aanmelden of afmelden"],
    "belastingkwijtschelding": ["Kwijtschelding gemeentelijke belastingen", "Kwijtschelding aanvragen", "Kwijtschelding belastingen"],
    "woz-bezwaar": ["Bezwaar maken tegen de WOZ-waarde", "WOZ-waarde en bezwaar", "Bezwaar WOZ-beschikking"],
    "bijstand": ["Bijstandsuitkering aanvragen", "Bijstand", "Uitkering levensonderhoud (bijstand)"],
    "bijzondere-bijstand": ["Bijzondere bijstand aanvragen", "Bijzondere bijstand", "Vergoeding bijzondere kosten (bijzondere bijstand)"],
    "wmo-voorziening": ["Wmo-voorziening aanvragen", "Hulp en ondersteuning (Wmo)", "Wmo-melding doen", "Hulp bij het huishouden en andere Wmo-voorzieningen"],
    "leerlingenvervoer": ["Leerlingenvervoer aanvragen", "Leerlingenvervoer", "Vervoer naar school (leerlingenvervoer)"],
    "grofvuil": ["Grofvuil laten ophalen", "Grof huishoudelijk afval", "Grofvuil aanbieden"],
    "afvalcontainer": ["Afvalcontainer aanvragen of wijzigen", "Minicontainer aanvragen, omruilen of inleveren", "Containers (kliko) aanvragen"],
    "melding-openbare-ruimte": ["Melding openbare ruimte", "Melding doen van een probleem in de buurt", "Meldingen openbare ruimte", "Schade of overlast melden"],
    "omgevingsvergunning": ["Omgevingsvergunning aanvragen", "Omgevingsvergunning", "Vergunning voor bouwen en verbouwen"],
    "kapvergunning": ["Kapvergunning aanvragen", "Boom kappen", "Bomen kappen (kapvergunning)"],
    "bouwdossier-inzage": ["Bouwdossier inzien", "Bouwtekening of bouwdossier opvragen", "Bouwarchief raadplegen"],
    "bezwaar": ["Bezwaar maken", "Bezwaar maken tegen een besluit", "Bezwaarschrift indienen"],
    "klacht": ["Klacht indienen", "Klacht over de gemeente", "Klachten"],
    "woo-verzoek": ["Woo-verzoek indienen", "Verzoek om informatie (Woo)", "Wet open overheid: informatie opvragen"],
    "subsidie": ["Subsidie aanvragen", "Subsidies", "Subsidie voor uw vereniging of organisatie"],
    "evenementenvergunning": ["Evenementenvergunning aanvragen", "Evenement organiseren", "Evenementenvergunning"],
    "exploitatievergunning-horeca": ["Exploitatievergunning horeca", "Horeca-exploitatievergunning aanvragen", "Exploitatievergunning"],
    "alcoholvergunning": ["Alcoholvergunning aanvragen", "Alcoholwetvergunning", "Vergunning Alcoholwet"],
    "terrasvergunning": ["Terrasvergunning aanvragen", "Terras", "Vergunning voor een terras"],
    "standplaatsvergunning": ["Standplaatsvergunning aanvragen", "Standplaats", "Vaste standplaats aanvragen"],
    "marktvergunning": ["Marktvergunning aanvragen", "Weekmarkt: vaste plaats aanvragen", "Marktvergunning"],
    "reclamebelasting": ["Reclamebelasting", "Reclamebelasting en reclame-uitingen", "Reclamebelasting ondernemers"],
    "geluidsontheffing": ["Geluidsontheffing aanvragen", "Ontheffing geluid", "Ontheffing geluidhinder"],
    "winkeltijdenontheffing": ["Ontheffing winkeltijden aanvragen", "Winkeltijden en koopzondagen", "Ontheffing Winkeltijdenwet"],
    "kansspelautomaatvergunning": ["Aanwezigheidsvergunning kansspelautomaten", "Speelautomaten plaatsen", "Vergunning speelautomaat"],
    "collectevergunning": ["Collectevergunning aanvragen", "Collecteren", "Inzamelingsactie of collecte"],
    "ligplaatsvergunning": ["Ligplaatsvergunning aanvragen", "Ligplaats voor een boot", "Ligplaatsvergunning"],
    "uitwegvergunning": ["Uitrit aanleggen of wijzigen", "Uitwegvergunning aanvragen", "Inrit (uitweg) aanvragen"],
    "belastingaanslag-bezwaar": ["Bezwaar maken tegen uw aanslag gemeentelijke belastingen", "Bezwaar belastingaanslag", "Bezwaar tegen de aanslag"],
    "betalingsregeling": ["Betalingsregeling aanvragen", "Betalingsregeling gemeentelijke belastingen", "Gespreid betalen"],
}

SECTION = {}
for _sec, _pks in [
    ("Burgerzaken", "brp-uittreksel verhuismelding geboorteaangifte overlijdensaangifte huwelijksaangifte paspoort identiteitskaart"),
    ("Verkeer en parkeren", "parkeervergunning gehandicaptenparkeerkaart gehandicaptenparkeerplaats uitwegvergunning"),
    ("Belastingen", "hondenbelasting belastingkwijtschelding woz-bezwaar reclamebelasting belastingaanslag-bezwaar betalingsregeling"),
    ("Zorg en inkomen", "bijstand bijzondere-bijstand wmo-voorziening leerlingenvervoer"),
    ("Afval en buitenruimte", "grofvuil afvalcontainer melding-openbare-ruimte kapvergunning"),
    ("Wonen en bouwen", "omgevingsvergunning bouwdossier-inzage ligplaatsvergunning"),
    ("Bestuur en contact", "bezwaar klacht woo-verzoek subsidie collectevergunning"),
    ("Ondernemen", "evenementenvergunning exploitatievergunning-horeca alcoholvergunning terrasvergunning standplaatsvergunning marktvergunning geluidsontheffing winkeltijdenontheffing kansspelautomaatvergunning"),
]:
    for _p in _pks.split():
        SECTION[_p] = _sec

INTRO = {
    "brp-uittreksel": "Met een uittreksel uit de Basisregistratie Personen (BRP) laat u zien wie u bent en waar u woont. U heeft het bijvoorbeeld nodig voor een huurwoning of voor een werkgever in het buitenland.",
    "verhuismelding": "Gaat u verhuizen? Geef uw nieuwe adres uiterlijk 5 dagen na de verhuisdatum door. U kunt dit 4 weken van tevoren al doen.",
    "geboorteaangifte": "Is uw kind geboren? Dan doet u binnen 3 dagen aangifte van de geboorte. Daarna staat uw kind ingeschreven in de Basisregistratie Personen.",
    "overlijdensaangifte": "Als iemand overlijdt, moet dit binnen 6 werkdagen worden aangegeven bij de gemeente waar de persoon is overleden. Meestal regelt de uitvaartondernemer dit voor u.",
    "huwelijksaangifte": "Wilt u trouwen of een geregistreerd partnerschap aangaan? Dan meldt u dit minimaal 2 weken en maximaal 1 jaar van tevoren.",
    "paspoort": "Een paspoort is 10 jaar geldig voor volwassenen en 5 jaar voor kinderen onder de 18. U vraagt het paspoort persoonlijk aan.",
    "identiteitskaart": "Met een identiteitskaart kunt u zich legitimeren en reizen binnen Europa. U vraagt de identiteitskaart persoonlijk aan.",
    "parkeervergunning": "Woont u in een gebied met betaald parkeren? Met een parkeervergunning parkeert u in uw eigen wijk.",
    "gehandicaptenparkeerkaart": "Kunt u door een ziekte of beperking niet ver lopen? Met een gehandicaptenparkeerkaart mag u op speciale plekken parkeren.",
    "gehandicaptenparkeerplaats": "Heeft u een gehandicaptenparkeerkaart en geen eigen parkeerplek? Dan kunt u een parkeerplaats op uw kenteken aanvragen.",
    "hondenbelasting": "Heeft u een hond? Dan betaalt u hondenbelasting. U meldt uw hond aan binnen 2 weken nadat u de hond heeft gekregen.",
    "belastingkwijtschelding": "Heeft u een laag inkomen en weinig vermogen? Dan kunt u misschien kwijtschelding krijgen voor de afvalstoffenheffing en rioolheffing.",
    "woz-bezwaar": "Bent u het niet eens met de WOZ-waarde van uw woning of pand? Dan kunt u binnen 6 weken na de datum op de aanslag bezwaar maken.",
    "bijstand": "Heeft u niet genoeg inkomen om van te leven? Dan kunt u misschien een bijstandsuitkering krijgen.",
    "bijzondere-bijstand": "Heeft u onverwachte of noodzakelijke kosten die u niet zelf kunt betalen? Dan kunt u bijzondere bijstand aanvragen.",
    "wmo-voorziening": "Kunt u door ziekte, beperking of ouderdom niet meer alles zelf? Via de Wmo kunt u hulp krijgen, zoals hulp bij het huishouden of een scootmobiel.",
    "leerlingenvervoer": "Kan uw kind niet zelfstandig naar school? Dan kunt u een vergoeding of vervoer aanvragen. Doe dit voor 1 juni voor het nieuwe schooljaar.",
    "grofvuil": "Grofvuil is afval dat niet in de container past, zoals meubels, matrassen en tapijt. U kunt het laten ophalen of zelf wegbrengen.",
    "afvalcontainer": "Heeft u een nieuwe, extra of andere container nodig, of is uw container kapot of gestolen? Dan regelt u dat hier.",
    "melding-openbare-ruimte": "Ziet u een losliggende stoeptegel, een kapotte lantaarnpaal of zwerfafval? Laat het ons weten.",
    "omgevingsvergunning": "Wilt u bouwen, verbouwen of iets aan uw monument veranderen? Dan heeft u misschien een omgevingsvergunning nodig.",
    "kapvergunning": "Wilt u een boom kappen? Voor sommige bomen heeft u een vergunning nodig.",
    "bouwdossier-inzage": "Wilt u bouwtekeningen of vergunningen van een pand bekijken? U kunt het bouwdossier inzien of een kopie opvragen.",
    "bezwaar": "Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken bezwaar maken.",
    "klacht": "Bent u niet tevreden over hoe een medewerker of de gemeente u heeft behandeld? Dan kunt u een klacht indienen.",
    "woo-verzoek": "Wilt u informatie die de gemeente heeft, maar die niet openbaar is? Dan kunt u een verzoek doen op grond van de Wet open overheid (Woo).",
    "subsidie": "Heeft u een vereniging of organisatie en een activiteit voor inwoners? Misschien kunt u subsidie krijgen.",
    "evenementenvergunning": "Organiseert u een evenement, zoals een festival, braderie of sportwedstrijd? Dan heeft u meestal een evenementenvergunning nodig.",
    "exploitatievergunning-horeca": "Wilt u een café, restaurant of ander horecabedrijf beginnen of overnemen? Dan heeft u een exploitatievergunning nodig.",
    "alcoholvergunning": "Schenkt u alcohol in uw horecabedrijf of slijterij? Dan heeft u een vergunning op grond van de Alcoholwet nodig.",
    "terrasvergunning": "Wilt u bij uw horecazaak een terras plaatsen op de openbare weg? Dan heeft u een terrasvergunning nodig.",
    "standplaatsvergunning": "Wilt u met een kraam of wagen op een vaste plek in de gemeente staan, buiten de markt? Dan heeft u een standplaatsvergunning nodig.",
    "marktvergunning": "Wilt u een vaste plaats op de weekmarkt? Dan vraagt u een marktvergunning aan.",
    "reclamebelasting": "Reclamebelasting is een belasting voor reclame-uitingen die vanaf de openbare weg zichtbaar zijn.",
    "geluidsontheffing": "Wilt u tijdelijk meer geluid maken dan is toegestaan, bijvoorbeeld bij een feest of bij werkzaamheden? Dan heeft u een ontheffing nodig.",
    "winkeltijdenontheffing": "Wilt u uw winkel openen op zondag of na 22.00 uur? Dan heeft u mogelijk een ontheffing van de winkeltijden nodig.",
    "kansspelautomaatvergunning": "Wilt u een speelautomaat met geldprijzen in uw horecazaak plaatsen? Dan heeft u een aanwezigheidsvergunning nodig.",
    "collectevergunning": "Wilt u geld of goederen inzamelen voor een goed doel? Dan heeft u een collectevergunning nodig.",
    "ligplaatsvergunning": "Wilt u met uw boot of woonschip een vaste ligplaats innemen in gemeentelijk water? Dan heeft u een ligplaatsvergunning nodig.",
    "uitwegvergunning": "Wilt u een nieuwe uitrit (inrit) aanleggen of een bestaande uitrit veranderen? Dan heeft u een vergunning nodig.",
    "belastingaanslag-bezwaar": "Bent u het niet eens met de aanslag gemeentelijke belastingen? Dan kunt u binnen 6 weken bezwaar maken.",
    "betalingsregeling": "Kunt u de aanslag gemeentelijke belastingen niet in één keer betalen? Dan kunt u een betalingsregeling aanvragen.",
}

COST = ["De kosten vindt u in de legestabel.", "Hier zijn geen kosten aan verbonden.", "U betaalt leges. Het bedrag staat in de tarieventabel.", "Dit is gratis."]

# -------------------------------------------------------------------------- the matrix
SITE_ORDER = ["HW", "GM", "EE", "HE", "TU", "NB", "WE", "MA", "PA", "HI"]
MATRIX = """
brp-uittreksel               D  D  F  D  P  D  PF D  D  D
verhuismelding               D  D  D  D  D  D  D  PF D  D
geboorteaangifte             A  0  0  D  0  A  D  0  A  A
overlijdensaangifte          0  0  0  0  P  0  0  0  0  0
huwelijksaangifte            D  D  A  D  P  0  D  D  D  D
paspoort                     A  A  0  A  A  A  A  A  A  A
identiteitskaart             A  A  0  A  A  A  A  A  A  A
parkeervergunning            N  D  N  N  N  P  K  N  F  N
gehandicaptenparkeerkaart    D  P  P  D  P  D  D  P  D  D
gehandicaptenparkeerplaats   P  P  0  D  P  F  D  P  D  P
hondenbelasting              T  N  N  T  N  N  N  T  T  T
belastingkwijtschelding      T  P  D  T  T  T  D  T  T  T
woz-bezwaar                  T  D  D  T  T  T  D  T  T  T
bijstand                     D  D  J  D  D  D  D  J  S  S
bijzondere-bijstand          D  P  P  D  P  PE D  P  S  S
wmo-voorziening              F  0  F  D  0  P  F  D  F  0
leerlingenvervoer            D  D  P  D  D  P  D  D  D  F
grofvuil                     R  R  F  R  0  R  F  F  R  R
afvalcontainer               F  R  F  R  D  R  D  F  R  R
melding-openbare-ruimte      F  F  F  F  F  F  F  F  F  F
omgevingsvergunning          O  O  O  O  O  O  O  O  O  O
kapvergunning                O  P  O  O  O  O  O  P  F  O
bouwdossier-inzage           F  M  X  F  M  0  F  F  D  F
bezwaar                      D  P  0  D  F  0  D  P  D  D
klacht                       F  F  F  D  F  F  F  F  F  F
woo-verzoek                  F  M  F  F  0  M  F  P  F  F
subsidie                     DE P  P  E  P  P  E  P  D  F
evenementenvergunning        DE P  P  D  P  P  E  FP D  D
exploitatievergunning-horeca E  P  P  E  P  P  E  P  D  P
alcoholvergunning            E  P  P  E  P  P  E  P  D  P
terrasvergunning             P  P  X  P  P  P  E  F  P  P
standplaatsvergunning        P  F  P  P  P  0  E  P  P  W
marktvergunning              P  P  0  P  N  X  E  P  P  W
reclamebelasting             N  N  N  N  N  N  P  T  N  N
geluidsontheffing            P  F  X  P  0  P  D  P  F  P
winkeltijdenontheffing       N  P  N  P  N  P  N  P  N  P
kansspelautomaatvergunning   P  P  P  E  P  P  E  P  D  P
collectevergunning           F  P  N  P  F  N  F  P  P  F
ligplaatsvergunning          P  N  N  N  N  P  P  P  N  N
uitwegvergunning             O  P  F  P  F  P  D  P  F  O
belastingaanslag-bezwaar     T  D  D  T  T  T  D  T  T  T
betalingsregeling            T  F  0  T  T  T  F  T  T  T
"""

# products that share one page (site -> list of (page key, [products]))
SHARED = {
    "EE": [("reisdocumenten", ["paspoort", "identiteitskaart"], "Reisdocumenten: paspoort en identiteitskaart"),
           ("belastingen", ["hondenbelasting", "reclamebelasting"], "Gemeentelijke belastingen")],
    "TU": [("reisdocumenten", ["paspoort", "identiteitskaart"], "Paspoort en identiteitskaart"),
           ("horeca", ["exploitatievergunning-horeca", "alcoholvergunning"], "Horecavergunningen (exploitatie en Alcoholwet)")],
    "PA": [("horeca", ["exploitatievergunning-horeca", "alcoholvergunning"], "Horecavergunning (exploitatie- en alcoholvergunning)")],
    "HI": [("markt", ["marktvergunning", "standplaatsvergunning"], "Markt- en standplaatsvergunning")],
}

# Other products that the page of a product mentions in the body text ('zie ook').
RELATED = {
    "brp-uittreksel": [("verhuismelding", "Klopt uw adres niet meer? Geef dan eerst uw verhuizing door: {link}.")],
    "verhuismelding": [("afvalcontainer", "Nieuw adres? Regel meteen uw containers: {link}."),
                       ("hondenbelasting", "Verhuist u met uw hond? Meld uw hond aan: {link}."),
                       ("parkeervergunning", "Heeft u een auto? Vraag ook een parkeervergunning aan voor uw nieuwe adres: {link}.")],
    "geboorteaangifte": [("verhuismelding", "Bent u kort na de geboorte verhuisd? Geef de verhuizing apart door: {link}."),
                         ("brp-uittreksel", "Een afschrift van de geboorteakte of een uittreksel vraagt u aan via {link}.")],
    "overlijdensaangifte": [("brp-uittreksel", "Heeft u een akte of uittreksel nodig voor de nalatenschap? {link}"),
                            ("bijzondere-bijstand", "Kunt u de kosten van de uitvaart niet betalen? Kijk of u bijzondere bijstand kunt krijgen: {link}.")],
    "huwelijksaangifte": [("brp-uittreksel", "Woont u niet in de gemeente? Vraag dan eerst een uittreksel BRP aan: {link}."),
                          ("verhuismelding", "Gaat u na het trouwen samenwonen? Geef uw verhuizing door: {link}.")],
    "paspoort": [("brp-uittreksel", "Heeft u een bewijs van Nederlanderschap nodig? Vraag een uittreksel aan: {link}."),
                 ("verhuismelding", "Let op: bent u verhuisd? Geef dit eerst door: {link}.")],
    "identiteitskaart": [("verhuismelding", "Let op: bent u net verhuisd? Geef uw nieuwe adres eerst door via {link}."),
                         ("brp-uittreksel", "Zie ook: {link}.")],
    "parkeervergunning": [("gehandicaptenparkeerkaart", "Heeft u een beperking? Vraag dan een gehandicaptenparkeerkaart aan: {link}."),
                          ("gehandicaptenparkeerplaats", "Een parkeerplaats op kenteken vraagt u apart aan: {link}.")],
    "gehandicaptenparkeerkaart": [("gehandicaptenparkeerplaats", "Wilt u ook een parkeerplaats bij uw huis op uw kenteken? Gebruik dan {link}."),
                                  ("wmo-voorziening", "Heeft u ook hulp thuis nodig? {link}")],
    "gehandicaptenparkeerplaats": [("gehandicaptenparkeerkaart", "Let op: u heeft eerst een gehandicaptenparkeerkaart nodig. Die vraagt u aan met {link}."),
                                   ("parkeervergunning", "Woont u in een vergunninggebied? Zie ook {link}.")],
    "hondenbelasting": [("belastingkwijtschelding", "Kunt u de belasting niet betalen? Vraag kwijtschelding aan: {link}."),
                        ("melding-openbare-ruimte", "Overlast van hondenpoep? Doe een melding: {link}.")],
    "belastingkwijtschelding": [("betalingsregeling", "Liever in termijnen betalen? {link}"),
                                ("bijzondere-bijstand", "Heeft u andere kosten die u niet kunt betalen? {link}")],
    "woz-bezwaar": [("belastingaanslag-bezwaar", "Bent u het niet eens met een andere heffing op de aanslag? Gebruik dan {link}."),
                    ("belastingkwijtschelding", "Kunt u de aanslag niet betalen? {link}")],
    "bijstand": [("bijzondere-bijstand", "Heeft u bijzondere kosten? Vraag dan bijzondere bijstand aan: {link}."),
                 ("belastingkwijtschelding", "Met een bijstandsuitkering kunt u vaak kwijtschelding krijgen: {link}.")],
    "bijzondere-bijstand": [("bijstand", "Heeft u helemaal geen inkomen? Vraag dan eerst een bijstandsuitkering aan: {link}."),
                            ("belastingkwijtschelding", "Wilt u ook kwijtschelding van gemeentelijke belastingen? {link}")],
    "wmo-voorziening": [("gehandicaptenparkeerkaart", "Kunt u slecht lopen? Dan kunt u misschien een gehandicaptenparkeerkaart krijgen: {link}."),
                        ("leerlingenvervoer", "Vervoer naar school valt niet onder de Wmo. Zie {link}.")],
    "leerlingenvervoer": [("wmo-voorziening", "Vervoer voor volwassenen regelt u via de Wmo: {link}."),
                          ("bijzondere-bijstand", "Hoge kosten voor school? {link}")],
    "grofvuil": [("afvalcontainer", "Wilt u een extra of grotere container? {link}"),
                 ("melding-openbare-ruimte", "Ziet u grofvuil op straat liggen? Doe een melding: {link}.")],
    "afvalcontainer": [("grofvuil", "Grof afval past niet in de container. Zie {link}."),
                       ("melding-openbare-ruimte", "Is uw container niet geleegd? Meld het: {link}.")],
    "melding-openbare-ruimte": [("klacht", "Heeft u een klacht over hoe wij uw melding hebben afgehandeld? {link}"),
                                ("grofvuil", "Grofvuil laten ophalen? {link}")],
    "omgevingsvergunning": [("uitwegvergunning", "Wilt u ook een uitrit aanleggen? Daarvoor geldt een aparte aanvraag: {link}."),
                            ("bouwdossier-inzage", "Oude bouwtekeningen van uw huis vindt u via {link}.")],
    "kapvergunning": [("melding-openbare-ruimte", "Is een boom op straat gevaarlijk of ziek? Meld het ons: {link}."),
                      ("omgevingsvergunning", "Kapt u voor een bouwplan? Zie {link}.")],
    "bouwdossier-inzage": [("omgevingsvergunning", "Wilt u gaan bouwen? {link}"),
                           ("woo-verzoek", "Zoekt u andere informatie dan een bouwdossier? Doe dan een Woo-verzoek: {link}.")],
    "bezwaar": [("woz-bezwaar", "Bezwaar tegen uw WOZ-waarde? Dat gaat anders: {link}."),
                ("klacht", "Wilt u klagen over hoe u bent behandeld? Dat is geen bezwaar maar een klacht: {link}.")],
    "klacht": [("bezwaar", "Bent u het niet eens met een besluit? Dan maakt u bezwaar: {link}."),
               ("melding-openbare-ruimte", "Wilt u iets melden in de openbare ruimte? {link}")],
    "woo-verzoek": [("bouwdossier-inzage", "Wilt u een bouwtekening inzien? Daarvoor hoeft u geen Woo-verzoek te doen: {link}."),
                    ("klacht", "Bent u ontevreden over de afhandeling? {link}")],
    "subsidie": [("evenementenvergunning", "Organiseert u een evenement? Vraag op tijd een vergunning aan: {link}.")],
    "evenementenvergunning": [("geluidsontheffing", "Maakt u muziek buiten de evenementenuren? Zie {link}."),
                              ("alcoholvergunning", "Schenkt u alcohol? {link}")],
    "exploitatievergunning-horeca": [("terrasvergunning", "Wilt u ook een terras? {link}"),
                                     ("alcoholvergunning", "Schenkt u alcohol? Dan heeft u ook een alcoholvergunning nodig: {link}."),
                                     ("kansspelautomaatvergunning", "Speelautomaten? {link}")],
    "alcoholvergunning": [("exploitatievergunning-horeca", "Let op: voor de exploitatie gebruikt u het formulier {link}."),
                          ("terrasvergunning", "Zie ook {link}.")],
    "terrasvergunning": [("exploitatievergunning-horeca", "Een terras hoort bij uw exploitatievergunning. Nog geen vergunning? {link}")],
    "standplaatsvergunning": [("marktvergunning", "Wilt u op de weekmarkt staan? Dan vraagt u een marktvergunning aan: {link}.")],
    "marktvergunning": [("standplaatsvergunning", "Wilt u buiten de markt op een vaste plek staan? {link}")],
    "reclamebelasting": [("belastingaanslag-bezwaar", "Bezwaar tegen een aanslag? {link}")],
    "geluidsontheffing": [("evenementenvergunning", "Hoort het geluid bij een evenement? Dan regelt u het in de evenementenvergunning: {link}.")],
    "winkeltijdenontheffing": [("evenementenvergunning", "Organiseert u een braderie of koopavond met activiteiten? {link}")],
    "kansspelautomaatvergunning": [("exploitatievergunning-horeca", "U moet ook een exploitatievergunning hebben: {link}.")],
    "collectevergunning": [("evenementenvergunning", "Is uw actie een evenement? {link}"),
                           ("subsidie", "Zoekt u geld voor uw vereniging? Kijk ook naar {link}.")],
    "ligplaatsvergunning": [("melding-openbare-ruimte", "Ziet u een wrak of een gezonken boot? Meld het: {link}.")],
    "uitwegvergunning": [("omgevingsvergunning", "Verbouwt u ook? {link}"),
                         ("kapvergunning", "Moet er een boom weg voor de uitrit? {link}")],
    "belastingaanslag-bezwaar": [("woz-bezwaar", "Gaat uw bezwaar over de WOZ-waarde? {link}"),
                                 ("betalingsregeling", "Wilt u in termijnen betalen? {link}")],
    "betalingsregeling": [("belastingkwijtschelding", "Heeft u een laag inkomen? Misschien krijgt u kwijtschelding: {link}.")],
}

# sibling forms (not measured products) with a higher route than the product itself
SIBLINGS = {
    "evenementenvergunning": ("Melding klein evenement", "D", "Organiseert u een klein evenement (minder dan 100 bezoekers, geen muziek na 23.00 uur)? Dan is een melding genoeg"),
    "kapvergunning": ("Kapmelding doen", "F", "Valt uw boom niet onder de vergunningplicht? Dan doet u alleen een kapmelding"),
    "alcoholvergunning": ("Ontheffing artikel 35 Alcoholwet", "D", "Wilt u alleen tijdelijk alcohol schenken op een evenement? Dan vraagt u een ontheffing artikel 35 aan"),
    "exploitatievergunning-horeca": ("Wijziging leidinggevende doorgeven", "D", "Komt er een nieuwe leidinggevende bij? Geef dit door"),
    "standplaatsvergunning": ("Incidentele standplaats melden", "F", "Staat u maar één dag op een plek? Dan is een melding voldoende"),
    "marktvergunning": ("Dagplaats op de markt reserveren", "F", "Wilt u als dagplaatser op de markt staan? Reserveer een dagplaats"),
    "geluidsontheffing": ("Melding incidentele festiviteit", "F", "Geeft u een feest in uw horecazaak? Dan kunt u volstaan met een melding incidentele festiviteit"),
    "terrasvergunning": ("Tijdelijke terrasuitbreiding melden", "F", "Wilt u uw terras tijdelijk uitbreiden? Doe een melding"),
    "uitwegvergunning": ("Graafmelding (werkzaamheden in de openbare ruimte)", "D", "Gaat een aannemer de stoep openbreken? Die doet een graafmelding"),
    "ligplaatsvergunning": ("Passantenplaats reserveren", "F", "Bent u passant? Reserveer online een plaats in de passantenhaven"),
    "bijzondere-bijstand": ("Meedoenregeling aanvragen", "D", "Voor sport, cultuur en schoolspullen van uw kinderen is er de Meedoenregeling"),
    "wmo-voorziening": ("Mantelzorgwaardering aanvragen", "F", "Zorgt u voor een naaste? Vraag de jaarlijkse mantelzorgwaardering aan"),
    "gehandicaptenparkeerplaats": ("Kentekenwijziging gehandicaptenparkeerplaats", "F", "Heeft u al een parkeerplaats en een nieuwe auto? Geef het nieuwe kenteken door"),
    "woo-verzoek": ("Archiefstukken inzien (studiezaal)", "F", "Wilt u archiefstukken inzien in de studiezaal? Reserveer een plaats"),
    "bouwdossier-inzage": ("Vergunningcheck bouwen", "F", "Weet u niet of u een vergunning nodig heeft?"),
    "parkeervergunning": ("Ontheffing laden en lossen", "F", "Moet u laden en lossen in het voetgangersgebied?"),
}

LEVEL_OF = {"D": 100, "DE": 100, "E": 100, "PF": 100, "F": 67, "FP": 67, "P": 33, "W": 33, "PE": 33, "0": 0, "A": 0, "M": 0}

# ----------------------------------------------------------------------------- sites
SITES = {
    "HW": dict(code="GM1963", name="Gemeente Hoeksche Waard", short="Hoeksche Waard", dom="gemeentehw", inh=90106,
               fam="owc", tax="svhw", social=None, waste="radhw", platform="openforms", phone="14 0186",
               mijn=("Mijn Hoeksche Waard", "digid"), headings="toptaken", appt="qmatic", footer_digid=True,
               newsletter=True, chat=False, feedback=True, direct=None),
    "GM": dict(code="GM1771", name="Gemeente Geldrop-Mierlo", short="Geldrop-Mierlo", dom="geldrop-mierlo", inh=40006,
               fam="slug", tax=None, social=None, waste="cure", platform="gravity", phone="040 - 289 38 93",
               mijn=("MijnGeldrop-Mierlo", "digid"), headings="toptaken", appt="jcc", footer_digid=False,
               newsletter=False, chat=True, feedback=True, direct=["verhuismelding", "brp-uittreksel", "melding-openbare-ruimte"]),
    "EE": dict(code="GM0317", name="Gemeente Eemnes", short="Eemnes", dom="eemnes", inh=9652,
               fam="iprox", tax=None, social=None, waste=None, platform="aspx", phone="035 - 538 81 00",
               mijn=None, headings="aanvragen", appt="qmatic", footer_digid=True,
               newsletter=True, chat=False, feedback=False, direct=None),
    "HE": dict(code="GM0163", name="Gemeente Hellendoorn", short="Hellendoorn", dom="hellendoorn", inh=36540,
               fam="pdcid", tax="gbtwente", social=None, waste="rova", platform="plain", phone="14 0548",
               mijn=("Mijn Hellendoorn", "digid"), headings="toptaken", appt="jcc", footer_digid=False,
               newsletter=False, chat=False, feedback=True, direct=None),
    "TU": dict(code="GM0183", name="Gemeente Tubbergen", short="Tubbergen", dom="tubbergen", inh=21725,
               fam="loket", tax="gbtwente", social=None, waste=None, platform="formdesk", phone="0546 - 62 80 00",
               mijn=None, headings="pdc", appt="jcc", footer_digid=True,
               newsletter=False, chat=False, feedback=False, direct=None),
    "NB": dict(code="GM1695", name="Gemeente Noord-Beveland", short="Noord-Beveland", dom="noord-beveland", inh=7664,
               fam="regelen", tax="sabewa", social=None, waste="zrd", platform="getform", phone="0113 - 37 73 73",
               mijn=("Mijn Noord-Beveland", "digid"), headings="toptaken", appt="qmatic", footer_digid=False,
               newsletter=True, chat=False, feedback=True, direct=None),
    "WE": dict(code="GM1783", name="Gemeente Westland", short="Westland", dom="gemeentewestland", inh=113245,
               fam="westland", tax=None, social=None, waste=None, platform="openforms-embed", phone="14 0174",
               mijn=("MijnWestland", "digid"), headings="aanvragen", appt="qmatic", footer_digid=True,
               newsletter=True, chat=True, feedback=True, direct=["verhuismelding", "brp-uittreksel", "afvalcontainer", "parkeervergunning"]),
    "MA": dict(code="GM1641", name="Gemeente Maasgouw", short="Maasgouw", dom="gemeentemaasgouw", inh=23934,
               fam="esuite", tax="bsgw", social=None, waste=None, platform="esuite", phone="0475 - 85 25 00",
               mijn=("Mijn Maasgouw", "digid"), headings="pdc", appt="jcc", footer_digid=False,
               newsletter=False, chat=False, feedback=True, direct=None),
    "PA": dict(code="GM0590", name="Gemeente Papendrecht", short="Papendrecht", dom="papendrecht", inh=32553,
               fam="overzicht", tax="svhw", social="sdd", waste="hvc", platform="script", phone="14 078",
               mijn=("Mijn Papendrecht", "digid"), headings="toptaken", appt="qmatic", footer_digid=True,
               newsletter=False, chat=False, feedback=True, direct=None),
    "HI": dict(code="GM0531", name="Gemeente Hendrik-Ido-Ambacht", short="Hendrik-Ido-Ambacht", dom="hendrik-ido-ambacht", inh=31823,
               fam="hia", tax="svhw", social="sdd", waste="hvc", platform="loket", phone="078 - 770 85 85",
               mijn=("Mijn Ambacht", "digid"), headings="aanvragen", appt="jcc", footer_digid=False,
               newsletter=True, chat=True, feedback=False, direct=["verhuismelding", "melding-openbare-ruimte", "grofvuil"]),
}
for _k, _s in SITES.items():
    _s["id"] = _k
    _s["host"] = "www.%s.test" % _s["dom"]
    _s["www"] = "http://%s" % _s["host"]

# Other bodies: joint tax offices, social services, waste companies, parking portal, national portals.
# products: pk -> (kind, title); kinds D (DigiD form), F (online form), P (pdf)
BODIES = {
    "svhw": dict(host="www.svhw.test", name="SVHW (Samenwerkingsverband Vastgoedinformatie Heffing en Waardebepaling)", short="SVHW",
                 products={"belastingkwijtschelding": ("D", "Kwijtschelding aanvragen"),
                           "woz-bezwaar": ("D", "Bezwaar maken tegen de WOZ-waarde"),
                           "belastingaanslag-bezwaar": ("D", "Bezwaar maken tegen een belastingaanslag"),
                           "betalingsregeling": ("F", "Betalingsregeling aanvragen"),
                           "hondenbelasting": ("D", "Hond aan- of afmelden")},
                 portal="Mijn SVHW"),
    "gbtwente": dict(host="www.gbtwente.test", name="GBTwente (Gemeentelijk Belastingkantoor Twente)", short="GBTwente",
                     products={"belastingkwijtschelding": ("D", "Kwijtschelding"),
                               "woz-bezwaar": ("D", "Bezwaar WOZ-waarde"),
                               "belastingaanslag-bezwaar": ("D", "Bezwaar tegen de aanslag"),
                               "betalingsregeling": ("D", "Automatische incasso en betalingsregeling"),
                               "hondenbelasting": ("D", "Hondenbelasting")},
                     portal="Mijn GBTwente"),
    "sabewa": dict(host="www.sabewazeeland.test", name="SaBeWa Zeeland", short="SaBeWa Zeeland",
                   products={"belastingkwijtschelding": ("P", "Kwijtschelding van belastingen"),
                             "woz-bezwaar": ("D", "WOZ-bezwaar"),
                             "belastingaanslag-bezwaar": ("D", "Bezwaar en beroep"),
                             "betalingsregeling": ("F", "Betalingsregeling")},
                   portal="Mijn SaBeWa"),
    "bsgw": dict(host="www.bsgw.test", name="BsGW (Belastingsamenwerking Gemeenten en Waterschappen)", short="BsGW",
                 products={"belastingkwijtschelding": ("D", "Kwijtschelding aanvragen"),
                           "woz-bezwaar": ("D", "Bezwaar WOZ-beschikking"),
                           "belastingaanslag-bezwaar": ("D", "Bezwaar tegen aanslag"),
                           "betalingsregeling": ("F", "Betalingsregeling treffen"),
                           "hondenbelasting": ("D", "Hond aanmelden of afmelden"),
                           "reclamebelasting": ("D", "Aangifte reclamebelasting")},
                 portal="Mijn BsGW"),
    "sdd": dict(host="www.sddrechtsteden.test", name="Sociale Dienst Drechtsteden", short="Sociale Dienst Drechtsteden",
                products={"bijstand": ("D", "Bijstandsuitkering aanvragen"),
                          "bijzondere-bijstand": ("D", "Bijzondere bijstand aanvragen")},
                portal="Mijn Sociale Dienst"),
    "werk": dict(host="www.werk.test", name="werk.nl (UWV)", short="werk.nl",
                 products={"bijstand": ("D", "Bijstand aanvragen")}, portal="Mijn werk.nl"),
    "radhw": dict(host="www.radhw.test", name="RAD Hoeksche Waard", short="RAD",
                  products={"grofvuil": ("F", "Grofvuil ophalen")}, portal="Mijn RAD"),
    "cure": dict(host="www.cure-afvalbeheer.test", name="Cure Afvalbeheer", short="Cure",
                 products={"grofvuil": ("F", "Grofvuil laten ophalen"), "afvalcontainer": ("D", "Container aanvragen of wijzigen")},
                 portal="Mijn Cure"),
    "rova": dict(host="www.rova.test", name="ROVA", short="ROVA",
                 products={"grofvuil": ("F", "Grofvuil aanmelden"), "afvalcontainer": ("F", "Container aanvragen")}, portal="Mijn ROVA"),
    "hvc": dict(host="www.hvcgroep.test", name="HVC", short="HVC",
                products={"grofvuil": ("F", "Grofvuil ophalen"), "afvalcontainer": ("F", "Container aanvragen of ruilen")}, portal="Mijn HVC"),
    "zrd": dict(host="www.zrd.test", name="ZRD (Zeeuwse Reinigingsdienst)", short="ZRD",
                products={"grofvuil": ("F", "Grofvuil afspraak"), "afvalcontainer": ("P", "Container aanvragen")}, portal="Mijn ZRD"),
    "parkeren": dict(host="westland.parkeerservice.test", name="Parkeerservice Westland", short="Parkeerservice",
                     products={"parkeervergunning": ("D", "Parkeervergunning aanvragen")}, portal="Mijn Parkeren"),
}
MATRIX_BODY = {"T": "tax", "S": "social", "R": "waste"}

DIGID_IDP = "http://digid.test/saml/idp/request_authentication"
EH_BROKER = "http://broker.eherkenning.test/selecteer-leverancier"
OLO = "http://omgevingswet.overheid.test"
MIJNOVERHEID = "http://mijn.overheid.test/"
JUSTIS = "http://www.justis.test/vog-aanvragen"


def basic_page(title, body, host_name, css="", head_extra=""):
    return ("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>%s | %s</title>%s%s</head>\n"
            "<body>\n<header><p class=\"logo\">%s</p></header>\n<main>\n<h1>%s</h1>\n%s\n</main>\n"
            "<footer><p>%s</p></footer>\n</body></html>\n") % (
        esc(title), esc(host_name), css, head_extra, esc(host_name), esc(title), body, esc(host_name))


def login_start(host, slug, kind="digid"):
    """An auth start URL on a host that answers 302 to the fake identity provider."""
    url = "http://%s/auth/%s/%s/start" % (host, slug, kind)
    target = DIGID_IDP + "?SAMLRequest=" + slug if kind == "digid" else EH_BROKER + "?dienst=" + slug
    if not any(r["url"] == url for r in BEHAV["redirects"]):
        redirect(url, target)
    return url


# ----------------------------------------------------------------------------- shared bodies
def write_shared_bodies():
    # fake DigiD identity provider
    put("http://digid.test/", basic_page("DigiD", "<p>DigiD is uw digitale identiteit voor de overheid.</p>", "DigiD"))
    put(DIGID_IDP, basic_page("Inloggen bij DigiD", (
        "<p>Kies hoe u wilt inloggen.</p><form method=\"post\" action=\"/saml/idp/request_authentication\">"
        "<label>DigiD gebruikersnaam <input name=\"username\"></label><label>Wachtwoord <input type=\"password\" name=\"password\"></label>"
        "<button type=\"submit\">Inloggen</button></form><p><a href=\"/\">Annuleren</a></p>"), "DigiD"))
    put(EH_BROKER, basic_page("Inloggen met eHerkenning", (
        "<p>Selecteer de leverancier van uw inlogmiddel.</p><ul><li>Leverancier A</li><li>Leverancier B</li></ul>"
        "<p>Betrouwbaarheidsniveau: EH3</p>"), "eHerkenning"))
    put("http://broker.eherkenning.test/", basic_page("eHerkenning", "<p>Makelaar eHerkenning.</p>", "eHerkenning"))
    # Omgevingsloket
    olo_name = "Omgevingsloket"
    put(OLO + "/", basic_page("Omgevingsloket", (
        "<p>Via het Omgevingsloket checkt u of u een vergunning nodig heeft, en vraagt u een vergunning aan of doet u een melding.</p>"
        "<ul><li><a href=\"/checken/\">Vergunningcheck doen</a></li><li><a href=\"/aanvragen/\">Aanvragen of melden</a></li>"
        "<li><a href=\"/mijn-omgevingsloket/\">Mijn Omgevingsloket</a></li></ul>"), olo_name))
    put(OLO + "/checken/", basic_page("Vergunningcheck", (
        "<p>Beantwoord een paar vragen en zie of u een vergunning nodig heeft. U hoeft niet in te loggen.</p>"
        "<form method=\"get\" action=\"/checken/resultaat\"><label>Locatie (postcode) <input name=\"postcode\"></label>"
        "<label>Wat wilt u doen? <select name=\"activiteit\"><option>Bouwen</option><option>Boom kappen</option><option>Uitrit aanleggen</option></select></label>"
        "<button type=\"submit\">Check starten</button></form>"), olo_name))
    put(OLO + "/checken/resultaat", basic_page("Uitkomst vergunningcheck", "<p>Op basis van uw antwoorden is een vergunning mogelijk nodig. <a href=\"/aanvragen/\">Aanvragen</a></p>", olo_name))
    digid = login_start("omgevingswet.overheid.test", "aanvragen", "digid")
    eh = login_start("omgevingswet.overheid.test", "aanvragen", "eherkenning")
    put(OLO + "/aanvragen/", basic_page("Aanvragen of melden", (
        "<p>Dien uw aanvraag voor een omgevingsvergunning in of doe een melding. Log in om te beginnen.</p>"
        "<p><a class=\"btn digid\" href=\"%s\"><img src=\"/static/img/digid.png\" alt=\"DigiD\"> Inloggen met DigiD</a></p>"
        "<p><a class=\"btn\" href=\"%s\">Inloggen met eHerkenning</a></p>"
        "<p>Na het inloggen haalt het Omgevingsloket uw gegevens op uit de basisregistraties (BRP en Handelsregister). "
        "Uw naam en adres zijn dan al ingevuld.</p>") % (digid, eh), olo_name))
    put(OLO + "/static/img/digid.png", png_bytes(rgb=(240, 120, 0)))
    mo = login_start("omgevingswet.overheid.test", "mijn-omgevingsloket", "digid")
    put(OLO + "/mijn-omgevingsloket/", basic_page("Mijn Omgevingsloket", (
        "<p>Bekijk de status van uw aanvragen en meldingen.</p><p><a href=\"%s\">Inloggen met DigiD</a></p>") % mo, olo_name))
    # MijnOverheid
    mo = login_start("mijn.overheid.test", "berichtenbox", "digid")
    put(MIJNOVERHEID, basic_page("MijnOverheid", (
        "<p>In MijnOverheid leest u uw berichten van de overheid in de Berichtenbox en ziet u uw lopende zaken.</p>"
        "<p><a href=\"%s\">Inloggen met DigiD</a></p>") % mo, "MijnOverheid"))
    # Justis VOG
    jl = login_start("www.justis.test", "vog-np", "digid")
    put(JUSTIS, basic_page("Verklaring Omtrent het Gedrag (VOG) aanvragen", (
        "<p>Heeft u een code van uw werkgever? Vraag de VOG online aan met DigiD.</p>"
        "<p><a href=\"%s\">VOG aanvragen met DigiD</a></p>") % jl, "Justis"))

    for bid, b in BODIES.items():
        write_body(bid, b)


def body_product_url(bid, pk):
    b = BODIES[bid]
    return "http://%s/%s" % (b["host"], slugify(b["products"][pk][1]))


def body_route(bid, pk):
    """(level, route_url, signals, strict) of the other body's route for pk."""
    b = BODIES[bid]
    kind, title = b["products"][pk]
    slug = slugify(title)
    if kind == "D":
        return 100, "http://%s/formulieren/%s" % (b["host"], slug), ["digid"], 67
    if kind == "F":
        return 67, "http://%s/formulieren/%s" % (b["host"], slug), ["html_form"], 67
    return 33, "http://%s/documenten/%s.pdf" % (b["host"], slug), ["pdf_form"], 33


def write_body(bid, b):
    host = b["host"]
    portal = login_start(host, "mijn", "digid")
    links = []
    for pk, (kind, title) in b["products"].items():
        slug = slugify(title)
        purl = body_product_url(bid, pk)
        links.append("<li><a href=\"%s\">%s</a></li>" % (purl, esc(title)))
        lvl, rurl, sig, _ = body_route(bid, pk)
        if kind == "D":
            start = login_start(host, slug, "digid")
            put(rurl, basic_page(title, (
                "<p>Voor dit formulier logt u in met DigiD. Het formulier bestaat uit 4 stappen.</p>"
                "<p><a class=\"digid-button\" href=\"%s\">Inloggen met DigiD</a></p>"
                "<p>Na 15 minuten zonder activiteit wordt u automatisch uitgelogd.</p>") % start, b["short"]))
            cta = "<p><a class=\"button\" href=\"%s\">%s (met DigiD)</a></p>" % (rurl, esc(title))
        elif kind == "F":
            put(rurl, basic_page(title, (
                "<form method=\"post\" action=\"%s-verzonden\"><p>Velden met een * zijn verplicht.</p>"
                "<label>Naam * <input name=\"naam\"></label><label>Adres * <input name=\"adres\"></label>"
                "<label>Postcode * <input name=\"postcode\"></label><label>E-mailadres * <input type=\"email\" name=\"email\"></label>"
                "<label>Toelichting <textarea name=\"toelichting\"></textarea></label>"
                "<button type=\"submit\">Versturen</button></form>") % rurl, b["short"]))
            put(rurl + "-verzonden", basic_page("Bedankt", "<p>Uw formulier is verzonden.</p>", b["short"]))
            cta = "<p><a class=\"button\" href=\"%s\">Online formulier: %s</a></p>" % (rurl, esc(title))
        else:
            put(rurl, pdf_bytes(title, ["Aanvraagformulier", "Naam:", "Adres:", "Handtekening:",
                                        "Stuur het formulier ondertekend naar %s, Postbus 100." % b["short"]]))
            cta = "<p><a href=\"%s\">Aanvraagformulier %s (pdf)</a>. Vul het formulier in, onderteken het en stuur het op.</p>" % (rurl, esc(title.lower()))
        put(purl, basic_page(title, (
            "<p>%s voert dit uit voor de aangesloten gemeenten.</p><h2>Zo regelt u het</h2>%s"
            "<aside><p><a href=\"%s\">Inloggen %s</a> om uw gegevens en aanslagen te bekijken.</p></aside>") % (
            esc(b["name"]), cta, portal, esc(b["portal"])), b["short"]))
    put("http://%s/" % host, basic_page(b["name"], (
        "<ul>%s</ul><p><a href=\"%s\">%s (DigiD)</a></p>") % ("".join(links), portal, esc(b["portal"])), b["short"]))


# ----------------------------------------------------------------------------- not offered wordings
NOT_OFFERED = {
    ("HW", "parkeervergunning"): ("Parkeren", "In de Hoeksche Waard is parkeren gratis. Er zijn geen vergunninggebieden, dus u hoeft geen parkeervergunning aan te vragen. In de centra van Oud-Beijerland en 's-Gravendeel geldt wel een blauwe zone."),
    ("EE", "parkeervergunning"): ("Parkeren in Eemnes", "Eemnes kent geen betaald parkeren en geen parkeervergunningen."),
    ("HE", "parkeervergunning"): ("Parkeervergunning", "De gemeente Hellendoorn geeft geen parkeervergunningen uit. Overal in de gemeente parkeert u gratis; in het centrum van Nijverdal met een parkeerschijf."),
    ("TU", "parkeervergunning"): ("Parkeren", "Parkeren is in de hele gemeente gratis. Een vergunning is daarom niet nodig en ook niet aan te vragen."),
    ("MA", "parkeervergunning"): ("Parkeervergunning", "Dit product wordt niet aangeboden door gemeente Maasgouw."),
    ("HI", "parkeervergunning"): ("Parkeren en blauwe zone", "Hendrik-Ido-Ambacht heeft geen betaald parkeren. Bewoners hebben dus geen parkeervergunning nodig en kunnen die ook niet aanvragen."),
    ("GM", "hondenbelasting"): ("Hondenbelasting", "Sinds 1 januari 2021 is de hondenbelasting in Geldrop-Mierlo afgeschaft. U hoeft uw hond niet meer aan of af te melden."),
    ("EE", "hondenbelasting"): (None, "De gemeente Eemnes heft onroerendezaakbelasting, afvalstoffenheffing en rioolheffing. Hondenbelasting en reclamebelasting heffen wij niet."),
    ("NB", "hondenbelasting"): ("Honden in Noord-Beveland", "Noord-Beveland heft geen hondenbelasting. Wel geldt in de bebouwde kom een aanlijn- en opruimplicht."),
    ("TU", "hondenbelasting"): ("Hondenbelasting", "Hondenbelasting bestaat in Tubbergen niet meer. De gemeenteraad heeft de belasting per 1 januari 2019 afgeschaft."),
    ("WE", "hondenbelasting"): ("Hondenbelasting", "In Westland betaalt u geen hondenbelasting."),
    ("HW", "reclamebelasting"): ("Reclamebelasting", "De gemeente Hoeksche Waard heft geen reclamebelasting."),
    ("GM", "reclamebelasting"): ("Reclame", "Wij kennen geen reclamebelasting. Ondernemers in het centrum betalen wel een BIZ-bijdrage via de ondernemersvereniging."),
    ("EE", "reclamebelasting"): (None, None),
    ("HE", "reclamebelasting"): ("Reclamebelasting", "Er wordt in de gemeente Hellendoorn geen reclamebelasting geheven."),
    ("TU", "reclamebelasting"): ("Reclame-uitingen", "Voor reclame betaalt u in Tubbergen geen belasting."),
    ("NB", "reclamebelasting"): ("Reclamebelasting", "Niet van toepassing: de gemeente Noord-Beveland heft geen reclamebelasting."),
    ("PA", "reclamebelasting"): ("Reclamebelasting", "Papendrecht heft geen reclamebelasting meer. Deze belasting is per 2017 afgeschaft."),
    ("HI", "reclamebelasting"): ("Reclame en uithangborden", "Een belasting op reclame kent Hendrik-Ido-Ambacht niet."),
    ("HW", "winkeltijdenontheffing"): ("Winkeltijden", "Winkels in de Hoeksche Waard mogen op zondag open van 12.00 tot 18.00 uur zonder ontheffing. Voor andere tijden verleent de gemeente geen ontheffingen."),
    ("EE", "winkeltijdenontheffing"): ("Koopzondagen", "In Eemnes bepalen winkeliers zelf of zij op zondag opengaan. Een ontheffing aanvragen is niet nodig en ook niet mogelijk."),
    ("TU", "winkeltijdenontheffing"): ("Winkeltijden", "De gemeente Tubbergen verleent geen ontheffingen van de winkeltijden."),
    ("WE", "winkeltijdenontheffing"): ("Winkeltijden", "In Westland zijn de winkeltijden vrijgegeven. U hoeft geen ontheffing aan te vragen om op zondag of 's avonds open te gaan."),
    ("PA", "winkeltijdenontheffing"): ("Openingstijden winkels", "Sinds de Winkeltijdenverordening 2018 zijn winkels vrij om op zondag te openen. De gemeente geeft daarom geen ontheffing meer af."),
    ("EE", "collectevergunning"): ("Collecteren", "Voor een collecte heeft u in Eemnes geen vergunning van de gemeente nodig. Erkende goede doelen volgen het landelijke collecterooster."),
    ("NB", "collectevergunning"): ("Collecte", "Noord-Beveland heeft de collectevergunning afgeschaft. U hoeft bij de gemeente dus niets aan te vragen."),
    ("TU", "marktvergunning"): ("Weekmarkt", "De gemeente Tubbergen geeft geen marktplaatsen uit. De weekmarkt wordt georganiseerd door de plaatselijke marktvereniging; voor een plaats neemt u contact op met de marktmeester van de vereniging."),
    ("GM", "ligplaatsvergunning"): ("Ligplaatsen", "De gemeente Geldrop-Mierlo heeft geen ligplaatsen voor boten in beheer en geeft geen ligplaatsvergunningen uit."),
    ("EE", "ligplaatsvergunning"): ("Haven Eemnes", "De jachthaven wordt beheerd door de watersportvereniging. De gemeente geeft geen ligplaatsvergunningen uit."),
    ("HE", "ligplaatsvergunning"): ("Ligplaatsvergunning", "Niet van toepassing in de gemeente Hellendoorn."),
    ("TU", "ligplaatsvergunning"): ("Ligplaatsvergunning", "Dit product biedt de gemeente Tubbergen niet aan."),
    ("PA", "ligplaatsvergunning"): ("Ligplaatsen", "Papendrecht verleent geen ligplaatsvergunningen. Ligplaatsen langs de Merwede vallen onder Rijkswaterstaat."),
    ("HI", "ligplaatsvergunning"): ("Woonboten en ligplaatsen", "Er zijn geen ligplaatsen in gemeentelijk beheer. De gemeente neemt geen aanvragen voor een ligplaatsvergunning in behandeling."),
}


# ----------------------------------------------------------------------------- URL schemes
def num_id(*parts):
    return 100 + stable(*parts) % 9000


def page_url(site, key, title, section):
    fam, w = site["fam"], site["www"]
    slug = slugify(title)
    if fam == "owc":
        return "%s/onderwerp/%s/" % (w, slug)
    if fam in ("slug", "westland"):
        return "%s/%s" % (w, slug)
    if fam == "iprox":
        return "%s/Inwoners/%s/%s" % (w, under(section), under(title))
    if fam == "pdcid":
        return "%s/inwoners_43/product/%s_%d.html" % (w, slug.replace("-", "_"), num_id(site["id"], key))
    if fam == "loket":
        return "http://loket.%s.test/producten/%s" % (site["dom"], under(title))
    if fam == "regelen":
        return "%s/Regelen-en-aanvragen/%s/%s" % (w, under(section), under(title))
    if fam == "esuite":
        return "%s/loket/product/%s" % (w, hashlib.md5((site["id"] + key).encode()).hexdigest())
    if fam == "overzicht":
        return "%s/Inwoners/Overzicht_Inwoners/%s/%s" % (w, under(section), under(title))
    if fam == "hia":
        return "%s/inwoners/%s/%s" % (w, slugify(section), slug)
    raise ValueError(fam)


def section_url(site, section):
    fam, w = site["fam"], site["www"]
    s = slugify(section)
    if fam == "owc":
        return "%s/onderwerpen/%s/" % (w, s)
    if fam in ("slug", "westland"):
        return "%s/thema/%s" % (w, s)
    if fam in ("iprox",):
        return "%s/Inwoners/%s/" % (w, under(section))
    if fam == "pdcid":
        return "%s/inwoners_43/thema/%s.html" % (w, s.replace("-", "_"))
    if fam == "loket":
        return "http://loket.%s.test/thema/%s" % (site["dom"], s)
    if fam == "regelen":
        return "%s/Regelen-en-aanvragen/%s/" % (w, under(section))
    if fam == "esuite":
        return "%s/loket/thema/%s" % (w, s)
    if fam == "overzicht":
        return "%s/Inwoners/Overzicht_Inwoners/%s/" % (w, under(section))
    if fam == "hia":
        return "%s/inwoners/%s/" % (w, s)
    raise ValueError(fam)


def doc_url(site, name, ext="pdf"):
    fam, w = site["fam"], site["www"]
    f = "%s.%s" % (name, ext)
    return {
        "owc": "%s/wp-content/uploads/2024/02/%s" % (w, f),
        "slug": "%s/wp-content/uploads/2023/11/%s" % (w, f),
        "iprox": "%s/publish/pages/%d/%s" % (w, num_id(name), f),
        "pdcid": "%s/documenten/%s" % (w, f),
        "loket": "http://loket.%s.test/documenten/%s" % (site["dom"], f),
        "regelen": "%s/fileadmin/formulieren/%s" % (w, f),
        "westland": "%s/sites/default/files/%s" % (w, f),
        "esuite": "%s/fileadmin/user_upload/%s" % (w, f),
        "overzicht": "%s/Inwoners/Formulieren/Downloads/%s" % (w, f),
        "hia": "%s/media/%d/%s" % (w, num_id(name), f),
    }[fam]


def add_doc(site, name, title, lines, ext="pdf"):
    url = doc_url(site, name, ext)
    data = pdf_bytes(title, lines) if ext == "pdf" else docx_bytes(title, lines)
    put(url, data)
    return url, len(data)


def doc_label(site, title, size, ext="pdf"):
    k = kb(size)
    v = stable(site["id"], title) % 4
    if ext != "pdf":
        return "%s (%s, %d kB)" % (title, ext, k)
    return ["%s (pdf, %d kB)" % (title, k), "%s (PDF, %d KB)" % (title, k), "%s pdf" % title,
            ">> %s downloaden (PDF)" % title][v]


# ----------------------------------------------------------------------------- form platforms
def idp_redirect(url, kind="digid"):
    target = DIGID_IDP + "?SAMLRequest=x" if kind == "digid" else EH_BROKER
    if not any(r["url"] == url for r in BEHAV["redirects"]):
        redirect(url, target)
    return url


FORM_FIELDS = ("<p class=\"gform_required_legend\">%s</p>"
               "<label>Voorletters en achternaam * <input name=\"naam\" required></label>"
               "<label>Straat en huisnummer * <input name=\"adres\" required></label>"
               "<label>Postcode en woonplaats * <input name=\"woonplaats\" required></label>"
               "<label>Telefoonnummer <input name=\"telefoon\"></label>"
               "<label>E-mailadres * <input type=\"email\" name=\"email\" required></label>"
               "<label>Omschrijving * <textarea name=\"omschrijving\"></textarea></label>"
               "<label>Bijlage (pdf, jpg, doc of docx, max. 2 MB) <input type=\"file\" name=\"bijlage\"></label>")

PREFILL_TEXT = ("<p class=\"prefill\">Na het inloggen met DigiD vullen wij uw naam, adres en burgerservicenummer "
                "automatisch in vanuit de Basisregistratie Personen. U controleert alleen of alles klopt.</p>")

OF_JS = r"""// open-forms-sdk (simulated): builds the form or the login choice after the page loads
(function () {
  function el(t, a, txt) { var e = document.createElement(t); for (var k in a) e.setAttribute(k, a[k]); if (txt) e.textContent = txt; return e; }
  var roots = document.querySelectorAll('.open-forms-sdk-root');
  roots.forEach(function (root) {
    var cfg = JSON.parse(root.getAttribute('data-config'));
    var box = el('div', {'class': 'openforms-start'});
    box.appendChild(el('h2', {}, cfg.title));
    if (cfg.logins.length === 0) {
      var f = el('form', {'method': 'post', 'action': cfg.submit, 'class': 'openforms-form'});
      f.appendChild(el('p', {}, 'Velden met een * zijn verplicht. Stap 1 van 3'));
      ['Naam *', 'Adres *', 'E-mailadres *', 'Toelichting'].forEach(function (l, i) {
        var lab = el('label', {}, l); lab.appendChild(el(i === 3 ? 'textarea' : 'input', {'name': 'veld' + i})); f.appendChild(lab);
      });
      f.appendChild(el('button', {'type': 'submit'}, 'Volgende'));
      box.appendChild(f);
    } else {
      cfg.logins.forEach(function (l) {
        var a = el('a', {'href': l.url, 'class': 'utrecht-button openforms-login-' + l.provider}, 'Inloggen met ' + l.label);
        box.appendChild(a);
      });
    }
    root.appendChild(box);
  });
})();
"""


def form_page_html(site, title, inner, host_label, extra_head=""):
    return ("<!DOCTYPE html>\n<html lang=\"nl\" class=\"%s\"><head><meta charset=\"utf-8\"><title>%s - %s</title>%s</head>\n"
            "<body><header><p>%s - e-formulieren</p></header><main><h1>%s</h1>\n%s\n</main>"
            "<footer><p><a href=\"%s/\">Terug naar de website</a></p></footer></body></html>\n") % (
        "openforms-theme utrecht-document" if "open-forms" in inner else "eform",
        esc(title), esc(site["short"]), extra_head, esc(host_label), esc(title), inner, site["www"])


def make_form(site, key, title, kind):
    """Create the form route on the site's platform. Returns dict(link, route, signals, strict, cta_kind).

    kind: F (anonymous), D (DigiD), E (eHerkenning), DE (both), PF (DigiD + pre-fill statement)."""
    plat, dom, sid = site["platform"], site["dom"], site["id"]
    slug = slugify(title)
    logins = {"F": [], "D": ["digid"], "E": ["eherkenning"], "DE": ["digid", "eherkenning"], "PF": ["digid"]}[kind]
    sig = ["html_form"] if kind == "F" else list(logins)
    if kind == "PF":
        sig.append("prefill_text")
    strict = 100 if kind == "PF" else 67
    lbl = {"digid": "DigiD", "eherkenning": "eHerkenning"}
    prefill = PREFILL_TEXT if kind == "PF" else ""

    def login_links(host, path_fn, cls="button"):
        out = []
        for l in logins:
            u = idp_redirect("http://%s%s" % (host, path_fn(l)), l)
            out.append("<p><a class=\"%s %s\" href=\"%s\">Inloggen met %s</a></p>" % (cls, l, u, lbl[l]))
        return "".join(out)

    if plat in ("openforms", "openforms-embed"):
        ofhost = "formulieren.%s.test" % dom if plat == "openforms" else "open-formulieren.%s.test" % dom
        if plat == "openforms":
            route = "http://%s/%s/" % (ofhost, slug)
        else:
            route = "%s/formulieren/%s" % (site["www"], slug)
        submit = "http://%s/%s/verzonden" % (ofhost, slug)
        cfg = {"title": title, "submit": submit,
               "logins": [{"provider": l, "label": lbl[l],
                           "url": idp_redirect("http://%s/auth/%s/%s/start" % (ofhost, slug, l), l)} for l in logins]}
        put(submit, basic_page("Bedankt", "<p>Uw formulier is ontvangen.</p>", site["short"]))
        put("http://%s/static/sdk/open-forms-sdk.js" % ofhost, OF_JS)
        inner = ("%s<div class=\"open-forms-sdk-root\" id=\"openforms-container\" data-sdk-module=\"http://%s/static/sdk/open-forms-sdk.js\" "
                 "data-form-id=\"%s\" data-base-url=\"http://%s/api/v2/\" data-base-path=\"/%s\" data-config=\"%s\"></div>"
                 "<noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>"
                 "<script src=\"http://%s/static/sdk/open-forms-sdk.js\"></script>") % (
            prefill, ofhost, slug, ofhost, slug, esc(json.dumps(cfg, sort_keys=True)), ofhost)
        put(route, form_page_html(site, title, inner, "Formulieren"))
        if plat == "openforms":
            put("http://%s/" % ofhost, basic_page("Formulieren", "<p>Kies een formulier via de website van de gemeente.</p>", site["short"]))
        return dict(link=route, route=route, signals=sig + ["js_form"], strict=strict)

    if plat == "gravity":
        host = "mijn.%s.test" % dom
        route = "http://%s/%s/" % (host, slug)
        if kind == "F":
            inner = ("<div class=\"gform_wrapper\"><form method=\"post\" action=\"%sbevestiging/\" id=\"gform_%d\">%s"
                     "<input type=\"submit\" class=\"gform_button\" value=\"Verzenden\"></form></div>") % (
                route, num_id(slug), FORM_FIELDS % "\"*\" geeft vereiste velden aan")
            put(route + "bevestiging/", basic_page("Bedankt", "<p>Wij hebben uw formulier ontvangen.</p>", site["short"]))
        else:
            inner = prefill + "<div class=\"owc-digid\"><p>Voor dit formulier moet u inloggen.</p>%s</div>" % login_links(
                host, lambda l: "/%s/inloggen/%s" % (slug, l), "gf-digid-button")
        put(route, form_page_html(site, title, inner, site["mijn"][0] if site["mijn"] else "Mijn"))
        return dict(link=route, route=route, signals=sig, strict=strict)

    if plat == "aspx":
        host = "eformulieren.%s.test" % dom
        name = under(title)
        route = "http://%s/Formulieren/%s.aspx" % (host, name)
        if kind == "F":
            inner = ("<form method=\"post\" action=\"%s\" id=\"aspnetForm\"><input type=\"hidden\" name=\"__VIEWSTATE\" value=\"dDwtMTA4\">"
                     "%s<input type=\"submit\" name=\"ctl00$Verzenden\" value=\"Verzenden\"></form>") % (route, FORM_FIELDS % "Velden met een * zijn verplicht.")
        else:
            inner = prefill + "<p>U logt in om het formulier te starten.</p>" + login_links(
                host, lambda l: "/Formulieren/%s/%s.aspx" % (name, "DigiD" if l == "digid" else "eHerkenning"))
        put(route, form_page_html(site, title, inner, "E-loket"))
        return dict(link=route, route=route, signals=sig, strict=strict)

    if plat == "plain":  # Hellendoorn: forms on the main host; DigiD links straight to the login start
        if kind == "F":
            route = "%s/inwoners_43/formulier/%s_%d.html" % (site["www"], slug.replace("-", "_"), num_id(sid, slug))
            inner = "<form method=\"post\" action=\"%s\">%s<button type=\"submit\">Verzenden</button></form>" % (
                route, FORM_FIELDS % "Verplichte velden zijn met een * gemarkeerd.")
            put(route, form_page_html(site, title, inner, site["short"]))
            return dict(link=route, route=route, signals=sig, strict=strict)
        starts = [idp_redirect("%s/%s/%s/start" % (site["www"], l, slug), l) for l in logins]
        return dict(link=starts[0], route=starts[0], signals=sig + ["login_start_link"], strict=strict, starts=starts)

    if plat == "formdesk":
        host = "%s.formdesk.test" % dom
        route = "http://%s/gemeente%s/%s" % (host, dom, slug)
        if kind == "F":
            inner = ("<form method=\"post\" action=\"%s\" class=\"fd-form\">%s<button type=\"submit\">Verzenden</button></form>"
                     "<p class=\"fd-footer\">Powered by Formdesk</p>") % (route, FORM_FIELDS % "Velden met een * zijn verplicht.")
        else:
            inner = prefill + "<p>Log eerst in.</p>" + login_links(host, lambda l: "/gemeente%s/%s/%s" % (dom, slug, l))
        put(route, form_page_html(site, title, inner, "Formdesk"))
        return dict(link=route, route=route, signals=sig + ["iframe"], strict=strict)

    if plat == "getform":
        host = "formulieren.%s.test" % dom
        route = "http://%s/start?formulier=%s" % (host, slug)
        if kind == "F":
            inner = "<form method=\"post\" action=\"http://%s/verzenden\">%s<button type=\"submit\">Versturen</button></form>" % (
                host, FORM_FIELDS % "Velden met een * zijn verplicht.")
            put("http://%s/verzenden" % host, basic_page("Verzonden", "<p>Bedankt.</p>", site["short"]))
        else:
            inner = prefill + "<p>Voor dit formulier heeft u DigiD of eHerkenning nodig.</p>" + login_links(
                host, lambda l: "/%s/%s" % (l, slug))
        put(route, form_page_html(site, title, inner, "Formulieren"))
        put("http://%s/start" % host, basic_page("Formulieren", "<p>Geen formulier gekozen.</p>", site["short"]))
        return dict(link=route, route=route, signals=sig + ["get_form"], strict=strict, getform=(host, slug))

    if plat == "esuite":
        host = "eloket.%s.test" % dom
        route = "http://%s/aanvraag/%d" % (host, num_id(sid, slug))
        if kind == "F":
            inner = "<form method=\"post\" action=\"%s\">%s<button type=\"submit\">Indienen</button></form>" % (
                route, FORM_FIELDS % "Velden met een * zijn verplicht.")
        else:
            links = []
            for l in logins:
                u = idp_redirect("%s/%s" % (route, l), l)
                links.append("<a href=\"%s\"><img src=\"http://%s/img/%s.png\" alt=\"%s\" width=\"46\" height=\"46\"></a>" % (
                    u, host, l, lbl[l]))
            inner = prefill + "<p>Kies hoe u wilt inloggen:</p><p>%s</p>" % " ".join(links)
            put("http://%s/img/digid.png" % host, png_bytes(rgb=(240, 120, 0)))
            put("http://%s/img/eherkenning.png" % host, png_bytes(rgb=(0, 80, 160)))
        put(route, form_page_html(site, title, inner, "e-Loket"))
        return dict(link=route, route=route, signals=sig + (["digid_image"] if kind != "F" else []), strict=strict)

    if plat == "script":  # Papendrecht: forms on the main host, CTA built by script
        name = under(title)
        route = "%s/Inwoners/Formulieren/%s" % (site["www"], name)
        if kind == "F":
            inner = "<form method=\"post\" action=\"%s\">%s<button type=\"submit\">Verzenden</button></form>" % (
                route, FORM_FIELDS % "Velden met een * zijn verplicht.")
        else:
            inner = prefill + login_links(site["host"], lambda l: "/Inwoners/Formulieren/%s/%s" % (name, "DigiD" if l == "digid" else "eHerkenning"))
        put(route, form_page_html(site, title, inner, site["short"]))
        return dict(link=route, route=route, signals=sig + ["script_button"], strict=strict)

    if plat == "loket":
        host = "loket.%s.test" % dom
        route = "http://%s/e-formulieren/%s/" % (host, slug)
        if kind == "F":
            inner = "<form method=\"post\" action=\"%sverstuurd\">%s<button type=\"submit\">Versturen</button></form>" % (
                route, FORM_FIELDS % "Velden met een * zijn verplicht.")
            put(route + "verstuurd", basic_page("Verstuurd", "<p>Bedankt.</p>", site["short"]))
        else:
            inner = prefill + login_links(host, lambda l: "/e-formulieren/%s/%s-start" % (slug, l))
        put(route, form_page_html(site, title, inner, "Digitaal loket"))
        return dict(link=route, route=route, signals=sig, strict=strict)
    raise ValueError(plat)


# ----------------------------------------------------------------------------- calls to action
def digid_img(site):
    return "%s/static/img/digid.png" % site["www"]


def cta_html(site, pk, form, text, kind):
    """Markup of the call to action that leads to a form route on the site's own platform."""
    plat = site["platform"]
    route = form["link"]
    suffix = {"F": "", "D": " (met DigiD)", "PF": " (met DigiD)", "E": " (met eHerkenning)", "DE": " (met DigiD of eHerkenning)"}[kind]
    if plat == "openforms":
        return "<p><a class=\"button button--primary\" href=\"%s\">%s%s</a></p>" % (route, esc(text), suffix)
    if plat == "openforms-embed":
        return "<div class=\"cta\"><a class=\"btn btn-primary\" href=\"%s\">Online aanvragen</a></div>" % route
    if plat == "gravity":
        if kind == "F":
            return "<p><a class=\"btn\" href=\"%s\">%s</a></p>" % (route, esc(text))
        return "<p><a class=\"btn btn-digid\" href=\"%s\"><img src=\"%s\" alt=\"DigiD\" width=\"46\"> %s</a></p>" % (route, digid_img(site), esc(text))
    if plat == "aspx":
        if kind == "F":
            return "<p><a href=\"%s\">Naar het formulier %s</a></p>" % (route, esc(text.lower()))
        return "<p class=\"digid-link\"><img src=\"%s\" alt=\"DigiD\" width=\"30\"> <a href=\"%s\">%s</a></p>" % (digid_img(site), route, esc(text))
    if plat == "plain":
        if kind == "F":
            return "<p><a href=\"%s\">Vul het online formulier in</a></p>" % route
        out = []
        for u, l in zip(form["starts"], {"D": ["digid"], "PF": ["digid"], "E": ["eherkenning"], "DE": ["digid", "eherkenning"]}[kind]):
            img = digid_img(site) if l == "digid" else "%s/static/img/eherkenning.png" % site["www"]
            out.append("<a class=\"login-img\" href=\"%s\"><img src=\"%s\" alt=\"Inloggen met %s\"></a>" % (
                u, img, "DigiD" if l == "digid" else "eHerkenning"))
        return "<p>%s</p>" % " ".join(out)
    if plat == "formdesk":
        return ("<div class=\"iframe-form\"><iframe src=\"%s\" title=\"Formulier %s\" width=\"100%%\" height=\"640\"></iframe></div>") % (route, esc(text))
    if plat == "getform":
        host, slug = form["getform"]
        return ("<form method=\"get\" action=\"http://%s/start\" class=\"cta-form\"><input type=\"hidden\" name=\"formulier\" value=\"%s\">"
                "<button type=\"submit\">Online regelen</button></form>") % (host, slug)
    if plat == "esuite":
        return "<p><a class=\"aanvraag-starten\" href=\"%s\">Aanvraag starten</a></p>" % route
    if plat == "script":
        if stable(site["id"], pk) % 2:
            return ("<p><button type=\"button\" class=\"cta\" onclick=\"window.location.href='%s'\">Direct aanvragen</button></p>") % route
        cid = "cta-%s" % slugify(pk)
        return ("<div id=\"%s\"></div><script>(function(){var a=document.createElement('a');a.href='%s';"
                "a.className='button';a.textContent='%s';document.getElementById('%s').appendChild(a);})();</script>") % (
            cid, route, esc(text + suffix).replace("'", "&#39;"), cid)
    if plat == "loket":
        return "<p><a href=\"%s\">%s%s</a></p>" % (route, esc(text), suffix)
    raise ValueError(plat)


def appt_url(site, pk):
    if site["appt"] == "qmatic":
        return "http://afspraak.%s.test/qmaticwebbooking/#/%s" % (site["dom"], slugify(pk))
    return "http://%s.jccsoftware.test/JCC/G-Plan/#%s" % (site["dom"], slugify(pk))


def write_appt(site):
    if site["appt"] == "qmatic":
        host, base = "afspraak.%s.test" % site["dom"], "/qmaticwebbooking/"
    else:
        host, base = "%s.jccsoftware.test" % site["dom"], "/JCC/G-Plan/"
    login = idp_redirect("http://%s%smijn-afspraken/digid" % (host, base))
    put("http://%s%s" % (host, base), basic_page("Afspraak maken", (
        "<p>Kies het onderwerp en een datum en tijd. Een afspraak maken is geen aanvraag: u neemt uw documenten mee naar de balie.</p>"
        "<ul><li>Paspoort of identiteitskaart</li><li>Rijbewijs</li><li>Huwelijk of partnerschap</li><li>Geboorteaangifte</li></ul>"
        "<form method=\"get\" action=\"http://%s%skalender\"><label>Datum <input type=\"date\" name=\"datum\"></label><button>Tijden tonen</button></form>"
        "<p>Afspraak wijzigen of annuleren? <a href=\"%s\">Inloggen met DigiD</a></p>") % (host, base, login),
        "Afspraken %s" % site["short"]))
    put("http://%s%skalender" % (host, base), basic_page("Kies een tijd", "<p>Er zijn tijden beschikbaar.</p>", "Afspraken"))
    put("http://%s/" % host, basic_page("Afspraken", "<p><a href=\"%s\">Afspraak maken</a></p>" % base, "Afspraken"))


# ----------------------------------------------------------------------------- routes
def site_title(site, pk):
    return pick(TITLES[pk], site["id"], pk, "title")


def noun(pname):
    words = pname.lower().split()
    while len(words) > 1 and words[-1] in ("aanvragen", "indienen", "doen", "maken"):
        words.pop()
    return " ".join(words)


def compute_route(site, pk, code, pname):
    sid = site["id"]
    title = site_title(site, pk)
    r = dict(pk=pk, code=code, status="ok", level=None, link=None, route="", via="", signals=[], strict=None,
             cta="", notes="", title=title)
    if code in ("D", "DE", "E", "PF", "F", "FP"):
        kind = "F" if code == "FP" else code
        form = make_form(site, pk, pname, kind)
        r.update(level=LEVEL_OF[code], link=form["link"], route=form["route"], signals=list(form["signals"]),
                 strict=form["strict"] if code != "F" and code != "FP" else 67)
        r["cta"] = cta_html(site, pk, form, pname, kind)
        r["notes"] = {"F": "online form without login", "D": "online form behind DigiD", "E": "online form behind eHerkenning",
                      "DE": "online form behind DigiD or eHerkenning", "PF": "DigiD form whose page states pre-fill from the BRP",
                      "FP": "printable form and an online form without login; the online form wins"}[code]
        if code == "FP":
            url, size = add_doc(site, "aanvraagformulier-" + slugify(pk), "Aanvraagformulier " + noun(pname),
                                ["Naam:", "Adres:", "Datum evenement:", "Handtekening:"])
            r["cta"] += "<p>Liever op papier? <a href=\"%s\">%s</a></p>" % (url, esc(doc_label(site, "Aanvraagformulier", size)))
            r["signals"].append("pdf_form")
        if r["level"] == 100 and "prefill_text" not in r["signals"]:
            r["strict"] = 67
        elif r["level"] == 100:
            r["strict"] = 100
        else:
            r["strict"] = r["level"]
    elif code in ("P", "W", "PE"):
        ext = "docx" if code == "W" else "pdf"
        name = "aanvraagformulier-" + slugify(pk)
        ftitle = "Aanvraagformulier " + noun(pname)
        url, size = add_doc(site, name, ftitle, ["Gegevens aanvrager", "Naam:", "Adres:", "Telefoon:", "Datum en handtekening:",
                                                 "Stuur dit formulier naar: %s, Postbus 1." % site["name"]], ext)
        lbl = doc_label(site, ftitle, size, ext)
        r.update(level=33, link=url, route=url, strict=33, signals=["pdf_form" if ext == "pdf" else "docx_form"])
        if code == "PE":
            mail = "bijzonderebijstand@%s.test" % site["dom"]
            r["cta"] = ("<p>Download het <a href=\"%s\">%s</a>, vul het in en mail het met de bewijsstukken naar "
                        "<a href=\"mailto:%s\">%s</a>.</p>") % (url, esc(lbl), mail, mail)
            r["signals"] += ["pdf_email_submission", "mailto"]
            r["notes"] = "printable form to send by e-mail"
        else:
            r["cta"] = "<p><a class=\"download\" href=\"%s\">%s</a></p><p>Vul het formulier in, onderteken het en stuur het op of lever het in bij de balie.</p>" % (url, esc(lbl))
            r["notes"] = "printable form (%s)" % ext
    elif code == "0":
        r.update(level=0, signals=["counter"], strict=0)
        if pk == "overlijdensaangifte":
            r["cta"] = "<p>Meestal doet de uitvaartondernemer de aangifte voor u. Doet u het zelf? Kom dan langs bij de balie van het gemeentehuis. Neem de verklaring van overlijden van de arts mee.</p>"
        else:
            r["cta"] = "<p>U regelt dit aan de balie van het gemeentehuis. Bel %s voor meer informatie of om langs te komen.</p>" % esc(site["phone"])
        r["notes"] = "counter or phone only"
    elif code == "A":
        u = appt_url(site, pk)
        r.update(level=0, signals=["appointment_online", "trap_appointment_login"], strict=0)
        r["cta"] = "<p>U moet hiervoor persoonlijk langskomen. <a class=\"button\" href=\"%s\">Maak een afspraak</a></p>" % u
        r["notes"] = "appointment only; the booking system has its own DigiD login for managing appointments"
    elif code == "M":
        mail = "info@%s.test" % site["dom"]
        r.update(level=0, signals=["mailto"], strict=0)
        r["cta"] = "<p>Stuur uw verzoek per e-mail naar <a href=\"mailto:%s\">%s</a>. Vermeld het adres van het pand.</p>" % (mail, mail)
        r["notes"] = "request by e-mail only (mailto)"
    elif code in ("T", "S", "R", "J", "K"):
        bid = {"T": site["tax"], "S": site["social"], "R": site["waste"], "J": "werk", "K": "parkeren"}[code]
        b = BODIES[bid]
        lvl, rurl, sig, strict = body_route(bid, pk)
        link = body_product_url(bid, pk)
        r.update(level=lvl, link=link, route=rurl, via=b["host"], signals=sig + ["via_external_portal"], strict=strict)
        r["cta"] = "<p>%s regelt dit voor de gemeente. <a href=\"%s\">%s (Verwijst naar een externe website)</a></p>" % (
            esc(b["short"]), link, esc(b["products"][pk][1]))
        r["notes"] = "handled by %s; its route counts" % b["short"]
    elif code == "O":
        r.update(level=100, link=OLO + "/aanvragen/", route=OLO + "/aanvragen/", via="omgevingswet.overheid.test",
                 signals=["digid", "eherkenning", "prefill_text", "via_external_portal"], strict=100)
        r["cta"] = ("<p>U vraagt de vergunning aan via het Omgevingsloket. <a href=\"%s/aanvragen/\">Aanvragen in het Omgevingsloket</a> "
                    "(Deze link gaat naar een externe website)</p>") % OLO
        r["notes"] = "via the national Omgevingsloket (DigiD/eHerkenning, states pre-fill from base registries)"
    elif code == "N":
        r.update(status="not_offered", signals=["not_offered_text"])
        r["notes"] = "page states the municipality does not offer it"
    elif code == "X":
        r.update(status="not_found", title=None)
        r["notes"] = "no page about this product on the site"
    else:
        raise ValueError(code)
    return r


# ----------------------------------------------------------------------------- layout
def layout(site, title, body, crumbs=None, sidebar="", extra_traps=None):
    """Full page; returns (html, site-wide trap signals present)."""
    traps = []
    w = site["www"]
    head = []
    if site["mijn"]:
        head.append("<a class=\"mijn-login\" href=\"%s/mijn-omgeving/\"><img src=\"%s\" alt=\"\" width=\"20\"> %s (inloggen)</a>" % (
            w, digid_img(site), esc(site["mijn"][0])))
        traps.append("trap_header_login")
    nav = "".join("<li><a href=\"%s\">%s</a></li>" % (section_url(site, s), esc(s)) for s in SECTIONS)
    foot = ["<p>%s &middot; Telefoon %s &middot; <a href=\"%s/contact\">Contact</a> &middot; <a href=\"%s/privacy\">Privacy</a></p>" % (
        esc(site["name"]), esc(site["phone"]), w, w)]
    if site["footer_digid"]:
        foot.append("<p class=\"digid-footer\"><a href=\"http://digid.test/\"><img src=\"%s\" alt=\"DigiD\" width=\"30\"></a> Veel zaken regelt u online met DigiD.</p>" % digid_img(site))
        traps.append("trap_footer_digid")
    if site["newsletter"]:
        foot.append("<form class=\"nieuwsbrief\" method=\"get\" action=\"%s/nieuwsbrief/aanmelden\"><label>Meld u aan voor de nieuwsbrief "
                    "<input type=\"email\" name=\"email\"></label><button type=\"submit\">Aanmelden</button></form>" % w)
        traps.append("trap_newsletter")
    if site["chat"]:
        foot.append("<div id=\"chatbot\"><a href=\"%s/chat\">Chat met Gem, de digitale assistent</a></div>" % w)
        traps.append("trap_chat")
    cr = ""
    if crumbs:
        cr = "<nav class=\"breadcrumb\">" + " &gt; ".join("<a href=\"%s\">%s</a>" % (u, esc(t)) for u, t in crumbs) + "</nav>"
    html_ = ("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><title>%s - %s</title>"
             "<meta name=\"viewport\" content=\"width=device-width\"></head>\n<body class=\"%s\">\n"
             "<header><a class=\"logo\" href=\"%s/\">%s</a> %s"
             "<form class=\"zoek\" method=\"get\" action=\"%s/zoeken\"><input name=\"q\" aria-label=\"Zoeken\"><button>Zoeken</button></form>"
             "<ul class=\"menu\">%s</ul></header>\n%s<div class=\"content\"><main>\n<h1>%s</h1>\n%s\n</main>%s</div>\n"
             "<footer>%s</footer>\n</body></html>\n") % (
        esc(title), esc(site["name"]), site["fam"], w, esc(site["name"]), " ".join(head), w, nav, cr, esc(title), body,
        ("<aside>%s</aside>" % sidebar) if sidebar else "", "".join(foot))
    return html_, traps


SECTIONS = ["Burgerzaken", "Verkeer en parkeren", "Belastingen", "Zorg en inkomen", "Afval en buitenruimte",
            "Wonen en bouwen", "Bestuur en contact", "Ondernemen"]


def link_for_other(site, routes, other):
    """A body-text link to another product's route (its form, PDF or portal page)."""
    r = routes[other]
    if r["status"] != "ok" or r["level"] is None or r["level"] < 33 or not r["link"]:
        return None, None
    name = PNAMES[other]
    if r["via"]:
        txt = "%s (via %s)" % (name, r["via"])
        sig = "trap_related_portal"
    elif r["level"] == 33:
        txt = "het formulier %s (pdf)" % name.lower()
        sig = "trap_related_pdf"
    else:
        lg = "digid" in r["signals"] and " (DigiD)" or ("eherkenning" in r["signals"] and " (eHerkenning)" or "")
        txt = "het formulier %s%s" % (name.lower(), lg)
        sig = "trap_related_form"
    return "<a href=\"%s\">%s</a>" % (r["link"], esc(txt)), sig


def sibling_trap(site, pk, own_level):
    if pk not in SIBLINGS:
        return None
    stitle, skind, text = SIBLINGS[pk]
    if own_level is None and pk not in ("parkeervergunning",):
        return None  # on not-offered pages only siblings that do not contradict the statement
    if own_level is not None and LEVEL_OF[skind] <= own_level:
        return None
    form = make_form(site, "sib-" + pk, stitle, skind)
    suffix = " (met DigiD)" if skind == "D" else ""
    return ("<div class=\"let-op\"><p><strong>Let op:</strong> %s. Daarvoor gebruikt u het formulier "
            "<a href=\"%s\">%s%s</a>.</p></div>") % (esc(text), form["link"], esc(stitle), suffix), "trap_sibling_form"


FREE = {"woz-bezwaar", "belastingaanslag-bezwaar", "belastingkwijtschelding", "betalingsregeling", "bezwaar", "klacht",
        "woo-verzoek", "melding-openbare-ruimte", "bijstand", "bijzondere-bijstand", "wmo-voorziening", "verhuismelding",
        "geboorteaangifte", "overlijdensaangifte", "hondenbelasting", "subsidie", "leerlingenvervoer"}
TAX_PKS = {"hondenbelasting", "belastingkwijtschelding", "woz-bezwaar", "reclamebelasting", "belastingaanslag-bezwaar", "betalingsregeling"}


def pool_traps(site, pks, routes):
    pk = pks[0]
    sec = SECTION[pk]
    w = site["www"]
    pool = []
    lvl = routes[pk]["level"]
    if site["mijn"] and (lvl is None or lvl < 100):
        pool.append(("<p>Heeft u al een aanvraag gedaan? <a href=\"%s/mijn-omgeving/\">Bekijk de status in %s</a> (inloggen met DigiD).</p>" % (
            w, esc(site["mijn"][0])), "trap_status_login"))
    b = routes.get("bezwaar")
    if b and b["status"] == "ok" and b["level"] and b["level"] >= 67 and "bezwaar" not in pks and sec in ("Ondernemen", "Zorg en inkomen", "Verkeer en parkeren", "Wonen en bouwen"):
        pool.append(("<h2>Bezwaar maken</h2><p>Bent u het niet eens met het besluit? Dan kunt u binnen 6 weken bezwaar maken met "
                     "<a href=\"%s\">het bezwaarformulier (DigiD)</a>.</p>" % b["link"], "trap_bezwaar_form"))
    if sec in ("Ondernemen", "Wonen en bouwen", "Verkeer en parkeren", "Afval en buitenruimte") and routes[pk].get("code") != "O":
        pool.append(("<p>Twijfelt u of u ook een omgevingsvergunning nodig heeft? <a href=\"%s/checken/\">Doe de vergunningcheck in het Omgevingsloket</a>.</p>" % OLO,
                     "trap_omgevingsloket"))
    if site["tax"] and pk not in TAX_PKS:
        tb = BODIES[site["tax"]]
        pool.append(("<p>Uw aanslag gemeentelijke belastingen bekijken? <a href=\"http://%s/auth/mijn/digid/start\">Log in bij %s</a>.</p>" % (
            tb["host"], esc(tb["portal"])), "trap_tax_portal"))
    if sec in ("Ondernemen", "Belastingen", "Zorg en inkomen", "Afval en buitenruimte", "Verkeer en parkeren"):
        rname = {"Ondernemen": "Algemene Plaatselijke Verordening %s 2023" % site["short"], "Belastingen": "Belastingverordeningen 2024",
                 "Zorg en inkomen": "Beleidsregels sociaal domein 2024",
                 "Afval en buitenruimte": "Afvalstoffenverordening 2022", "Verkeer en parkeren": "Tarieventabel leges 2024"}[sec]
        url, size = add_doc(site, slugify(rname), rname, ["Artikel 1. Begripsbepalingen", "Artikel 2. ..."])
        pool.append(("<h2>Regels</h2><p><a href=\"%s\">%s</a></p>" % (url, esc(doc_label(site, rname, size))), "trap_regulation_pdf"))
    pool.append(("<p>Vragen? Mail naar <a href=\"mailto:info@%s.test\">info@%s.test</a>.</p>" % (site["dom"], site["dom"]), "trap_mailto"))
    if sec in ("Belastingen", "Burgerzaken", "Zorg en inkomen"):
        pool.append(("<p>Berichten van de gemeente ontvangt u digitaal in <a href=\"%s\">MijnOverheid</a>.</p>" % MIJNOVERHEID, "trap_mijnoverheid"))
    if pk in ("brp-uittreksel", "paspoort", "identiteitskaart", "collectevergunning", "exploitatievergunning-horeca"):
        pool.append(("<p>Heeft u ook een Verklaring Omtrent het Gedrag nodig? Die vraagt u aan bij Justis: <a href=\"%s\">VOG aanvragen met DigiD</a>.</p>" % JUSTIS,
                     "trap_other_body_form"))
    pool.append(("<p>Staat uw vraag er niet tussen? <a href=\"%s/contact\">Stel uw vraag via het contactformulier</a>.</p>" % w, "trap_contact_form"))
    if sec in ("Zorg en inkomen",):
        pool.append(("<p>Wilt u eerst persoonlijk advies? <a href=\"%s\">Maak online een afspraak met het sociaal team</a>.</p>" % appt_url(site, "sociaal-team"),
                     "trap_appointment"))
    pool.sort(key=lambda t: stable(site["id"], pk, t[1]))
    return pool[:2 + stable(site["id"], pk, "n") % 2]


def render_product_page(site, pagekey, title, pks, routes, url):
    r0 = routes[pks[0]]
    w = site["www"]
    traps = []
    parts = []
    intro = " ".join(INTRO[p] for p in pks)
    status = r0["status"]
    hd = site["headings"]
    if status == "not_offered":
        stmt = NOT_OFFERED[(site["id"], pks[0])][1]
        parts.append("<p class=\"intro\">%s</p>" % esc(stmt))
        parts.append("<h2>Meer weten?</h2><p>Heeft u vragen? Bel %s.</p>" % esc(site["phone"]))
    else:
        ctas = []
        seen = set()
        for p in pks:
            if routes[p]["cta"] not in seen:
                ctas.append(routes[p]["cta"])
                seen.add(routes[p]["cta"])
        cta = "".join(ctas)
        cost = pick(COST, site["id"], pagekey)
        if r0["via"] or pks[0] in FREE:
            cost = "Dit is gratis."
        if hd == "toptaken":
            parts.append("<h2>Wat is het?</h2><p>%s</p>" % esc(intro))
            parts.append("<h2>Hoe werkt het?</h2><p>U regelt dit bij de gemeente %s.</p>" % esc(site["short"]))
            parts.append("<h2>Wat moet ik doen?</h2>%s" % cta)
            parts.append("<h2>Wat kost het?</h2><p>%s</p>" % esc(cost))
            parts.append("<h2>Voorwaarden</h2><p>U woont of werkt in de gemeente, of de activiteit vindt hier plaats.</p>")
        elif hd == "pdc":
            parts.append("<section class=\"product-informatie\"><h2>Product informatie</h2><h3>Inleiding</h3><p>%s</p>"
                         "<h3>Omschrijving</h3><p>De gemeente behandelt uw aanvraag binnen de wettelijke termijn.</p>"
                         "<h3>Voorwaarden</h3><p>Zie de toelichting hieronder.</p><h3>Termijn</h3><p>8 weken.</p>"
                         "<h3>Aanpak</h3>%s<h3>Kosten</h3><p>%s</p></section>" % (esc(intro), cta, esc(cost)))
        else:
            parts.append("<p class=\"intro\">%s</p><h2>Aanvragen</h2>%s<h2>Kosten</h2><p>%s</p>" % (esc(intro), cta, esc(cost)))
    # body-text links to other products ('zie ook')
    zie = []
    for p in pks:
        for other, tmpl in RELATED.get(p, []):
            if other in pks:
                continue
            link, sig = link_for_other(site, routes, other)
            if link and routes[other]["link"] in [routes[q]["link"] for q in pks]:
                continue  # same route as the product itself: not a trap
            if link:
                zie.append((stable(site["id"], p, other), tmpl.format(link=link), sig))
    zie.sort()
    nz = 1 + stable(site["id"], pagekey, "nz") % 2
    if zie:
        blk = "".join("<p>%s</p>" % t for _, t, _ in zie[:nz])
        parts.append("<h2>Zie ook</h2>" + blk if stable(site["id"], pagekey, "zh") % 2 else blk)
        traps += [s for _, _, s in zie[:nz]]
    sib = sibling_trap(site, pks[0], r0["level"] if status == "ok" else None)
    if sib:
        parts.insert(1 if len(parts) > 1 else len(parts), sib[0])
        traps.append(sib[1])
    for h_, s in pool_traps(site, pks, routes):
        parts.append(h_)
        traps.append(s)
    # related-products list for some CMS families
    sidebar = ""
    if site["fam"] in ("pdcid", "esuite", "hia", "regelen"):
        rel = []
        for other in sorted(SECTION, key=lambda o: stable(site["id"], pagekey, o)):
            if other in pks or SECTION[other] != SECTION[pks[0]]:
                continue
            lk, _ = link_for_other(site, routes, other)
            if lk:
                rel.append("<li>%s</li>" % lk)
            if len(rel) == 3:
                break
        if rel:
            sidebar += "<div class=\"gerelateerd\"><h2>Gerelateerde producten</h2><ul>%s</ul></div>" % "".join(rel)
            traps.append("trap_related_list")
    if site["direct"]:
        items = []
        for other in site["direct"]:
            if other in pks:
                continue
            lk, _ = link_for_other(site, routes, other)
            if lk:
                items.append("<li>%s</li>" % lk.replace("het formulier ", ""))
        if items:
            sidebar += "<div class=\"direct-regelen\"><h2>Direct regelen</h2><ul>%s</ul></div>" % "".join(items)
            traps.append("trap_direct_regelen")
    if site["feedback"]:
        parts.append("<form class=\"feedback\" method=\"get\" action=\"%s/feedback\"><fieldset><legend>Was deze informatie nuttig?</legend>"
                     "<label><input type=\"radio\" name=\"nuttig\" value=\"ja\"> Ja</label><label><input type=\"radio\" name=\"nuttig\" value=\"nee\"> Nee</label>"
                     "<label>Wat kunnen we verbeteren? <textarea name=\"opmerking\"></textarea></label><button type=\"submit\">Versturen</button></fieldset></form>" % w)
        traps.append("trap_feedback_form")
    if len(pks) > 1:
        traps.append("trap_shared_page")
    crumbs = [(w + "/", "Home"), (section_url(site, SECTION[pks[0]]), SECTION[pks[0]])]
    page, st = layout(site, title, "\n".join(parts), crumbs, sidebar)
    put(url, page)
    return st + traps


# ----------------------------------------------------------------------------- news
NEWS = {
    "HW": [("Nieuwe regels voor kappen van bomen", "kapvergunning"), ("Paspoort aanvragen: reken op drukte in het voorjaar", "paspoort")],
    "GM": [("Grofvuil vanaf nu ook op zaterdag ophalen", "grofvuil")],
    "EE": [("Terrassen in het dorpscentrum mogen langer open", "terrasvergunning"), ("Geluid bij evenementen: nieuwe normen", "geluidsontheffing")],
    "HE": [("Subsidieronde 2025 geopend", "subsidie")],
    "TU": [("Kermis en evenementen: vraag op tijd uw vergunning aan", "evenementenvergunning")],
    "NB": [("Weekmarkt Kamperland verhuist tijdelijk", "marktvergunning")],
    "WE": [("Parkeren in de kernen: wat verandert er?", "parkeervergunning")],
    "MA": [("Bouwdossiers nu digitaal in te zien", "bouwdossier-inzage")],
    "PA": [("Drukte bij de balie: maak een afspraak", "identiteitskaart")],
    "HI": [("Nieuwe containers in Sandelingen-Ambacht", "afvalcontainer")],
}

PNAMES = {}


def write_site(site, products):
    sid, w = site["id"], site["www"]
    codes = {}
    for line in MATRIX.strip().splitlines():
        parts = line.split()
        codes[parts[0]] = parts[1 + SITE_ORDER.index(sid)]
    routes = {}
    for p in products:
        routes[p["key"]] = compute_route(site, p["key"], codes[p["key"]], p["name"])
    # which page carries which products
    pages = []  # (pagekey, title, [pks])
    shared_pks = set()
    for pagekey, pks, title in SHARED.get(sid, []):
        pages.append((pagekey, title, pks))
        shared_pks.update(pks)
    for p in products:
        pk = p["key"]
        if pk in shared_pks or routes[pk]["status"] == "not_found":
            continue
        title = routes[pk]["title"]
        if routes[pk]["status"] == "not_offered":
            title = NOT_OFFERED[(sid, pk)][0]
        pages.append((pk, title, [pk]))
    pages.sort(key=lambda t: [x["key"] for x in products].index(t[2][0]))
    page_of = {}
    traps_of = {}
    by_section = {s: [] for s in SECTIONS}
    for pagekey, title, pks in pages:
        url = page_url(site, pagekey, title, SECTION[pks[0]])
        tr = render_product_page(site, pagekey, title, pks, routes, url)
        for pk in pks:
            page_of[pk] = url
            traps_of[pk] = tr
        by_section[SECTION[pks[0]]].append((url, title))
    # news
    news_links = []
    for ntitle, npk in NEWS.get(sid, []):
        nurl = "%s/nieuws/%s" % (w, slugify(ntitle))
        body = "<p class=\"datum\">12 maart 2025</p><p>%s</p>" % esc(INTRO[npk])
        if npk in page_of:
            body += "<p>Lees meer op de pagina <a href=\"%s\">%s</a>.</p>" % (page_of[npk], esc(site_title(site, npk)))
        else:
            traps_of.setdefault(npk, []).append("trap_news")
        pg, _ = layout(site, ntitle, body, [(w + "/", "Home"), (w + "/nieuws/", "Nieuws")])
        put(nurl, pg)
        news_links.append("<li><a href=\"%s\">%s</a></li>" % (nurl, esc(ntitle)))
    pg, _ = layout(site, "Nieuws", "<ul>%s</ul>" % "".join(news_links))
    put(w + "/nieuws/", pg)
    # section pages
    for s in SECTIONS:
        items = "".join("<li><a href=\"%s\">%s</a></li>" % (u, esc(t)) for u, t in by_section[s])
        pg, _ = layout(site, s, "<ul class=\"producten\">%s</ul>" % items, [(w + "/", "Home")])
        put(section_url(site, s), pg)
    # home
    top = [pk for pk in ("verhuismelding", "paspoort", "grofvuil", "melding-openbare-ruimte", "omgevingsvergunning") if pk in page_of]
    home = ("<p>Welkom bij de gemeente %s.</p><h2>Veelgezocht</h2><ul>%s</ul><h2>Onderwerpen</h2><ul>%s</ul>"
            "<h2>Nieuws</h2><ul>%s</ul><p><a href=\"%s/nieuws/\">Alle nieuwsberichten</a></p>") % (
        esc(site["short"]), "".join("<li><a href=\"%s\">%s</a></li>" % (page_of[p], esc(site_title(site, p))) for p in top),
        "".join("<li><a href=\"%s\">%s</a></li>" % (section_url(site, s), esc(s)) for s in SECTIONS), "".join(news_links), w)
    if site["fam"] == "loket":
        home += "<p><a href=\"http://loket.%s.test/\">Naar het digitaal loket (alle producten)</a></p>" % site["dom"]
    pg, _ = layout(site, "Gemeente %s" % site["short"], home)
    put(w + "/", pg)
    if site["fam"] == "loket":
        lk = "http://loket.%s.test" % site["dom"]
        pg, _ = layout(site, "Producten en diensten", "<ul>%s</ul>" % "".join(
            "<li><a href=\"%s\">%s</a></li>" % (section_url(site, s), esc(s)) for s in SECTIONS))
        put(lk + "/", pg)
        put(lk + "/robots.txt", "User-agent: *\nDisallow:\nSitemap: %s/sitemap.xml\n" % lk)
        put(lk + "/sitemap.xml", sitemap([u for u, _, _ in sorted(set((page_of[p], 0, 0) for p in page_of))]))
    # furniture
    cform = ("<p>Stel uw vraag via het formulier. Wij reageren binnen 5 werkdagen.</p><form method=\"post\" action=\"%s/contact-verzonden\">"
             "<label>Naam <input name=\"naam\"></label><label>E-mail <input name=\"email\"></label><label>Uw vraag <textarea name=\"vraag\"></textarea></label>"
             "<button type=\"submit\">Versturen</button></form><p>Of bel %s.</p>") % (w, esc(site["phone"]))
    for path, title, body in [
        ("/contact", "Contact", cform),
        ("/contact-verzonden", "Bedankt voor uw vraag", "<p>Wij hebben uw vraag ontvangen.</p>"),
        ("/privacy", "Privacyverklaring", "<p>De gemeente gaat zorgvuldig om met uw gegevens.</p>"),
        ("/nieuwsbrief/aanmelden", "Nieuwsbrief", "<p>Bedankt voor uw aanmelding voor de nieuwsbrief.</p>"),
        ("/feedback", "Bedankt voor uw reactie", "<p>Uw reactie helpt ons de website te verbeteren.</p>"),
        ("/chat", "Chat", "<p>Stel uw vraag aan Gem, de digitale assistent. Op werkdagen kunt u ook chatten met een medewerker.</p>"),
    ]:
        pg, _ = layout(site, title, body)
        put(w + path, pg)
    if site["mijn"]:
        st = idp_redirect(w + "/mijn-omgeving/digid")
        pg, _ = layout(site, site["mijn"][0], (
            "<p>In %s ziet u uw lopende aanvragen, meldingen en afspraken.</p><p><a class=\"button\" href=\"%s\">Inloggen met DigiD</a></p>") % (
            esc(site["mijn"][0]), st))
        put(w + "/mijn-omgeving/", pg)
    put(digid_img(site), png_bytes(rgb=(240, 120, 0)))
    put("%s/static/img/eherkenning.png" % w, png_bytes(rgb=(0, 80, 160)))
    write_appt(site)
    # search
    entries = []
    for pagekey, title, pks in pages:
        entries.append({"url": page_of[pks[0]], "title": title, "text": INTRO[pks[0]]})
    if sid in ("HW", "GM", "WE", "HI"):
        SEARCH[site["host"]] = (entries, layout(site, "Zoeken", "<p>Zoekresultaten voor <strong><!--QUERY--></strong></p><ul class=\"results\"><!--RESULTS--></ul>")[0])
        BEHAV["searches"].append({"host": site["host"], "path": "/zoeken", "param": "q",
                                  "index": "search/%s.json" % site["host"], "template": "search/%s.html" % site["host"]})
    else:
        pg, _ = layout(site, "Zoeken", "<p>Typ een zoekterm in het zoekveld bovenaan de pagina, of kies een onderwerp.</p>")
        put(w + "/zoeken", pg)
    put(w + "/robots.txt", "User-agent: *\nDisallow: /zoeken\nSitemap: %s/sitemap.xml\n" % w)
    own = sorted(set(u for u in page_of.values() if u.startswith(w + "/")))
    put(w + "/sitemap.xml", sitemap([w + "/"] + [section_url(site, s) for s in SECTIONS if section_url(site, s).startswith(w)] + own))
    nf, _ = layout(site, "Pagina niet gevonden", "<p>Helaas, deze pagina bestaat niet (meer). Probeer de zoekfunctie.</p>")
    put(w + "/404.html", nf)
    BEHAV["not_found_pages"].append({"host": site["host"], "file": "sites/%s/404.html" % site["host"],
                                     "status": 200 if sid in ("TU", "NB") else 404})
    BEHAV["host_redirects"].append({"host": "%s.test" % site["dom"], "status": 301, "to": site["host"]})
    # labels
    rows = []
    for p in products:
        pk = p["key"]
        r = routes[pk]
        sig = []
        for s in r["signals"] + traps_of.get(pk, []):
            if s not in sig:
                sig.append(s)
        level = "" if r["status"] != "ok" else str(r["level"])
        strict = "" if r["status"] != "ok" else str(r["strict"])
        notes = r["notes"]
        if pk in shared_pks:
            notes += "; page shared with another product"
        rows.append({"org_code": site["code"], "product_key": pk, "level": level, "status": r["status"],
                     "product_url": page_of.get(pk, ""), "route_url": r["route"] if r["status"] == "ok" and r["level"] else "",
                     "level_strict": strict, "via": r["via"], "signals": ";".join(sig), "notes": notes})
    return rows


def SECTION_PK(title, url, page_of):
    for p, u in sorted(page_of.items()):
        if u == url:
            return p
    return None


def pages_title(pages, page_of, pk):
    for _, t, pks in pages:
        if pk in pks:
            return t
    return pk


def sitemap(urls):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n%s</urlset>\n" %
            "".join("  <url><loc>%s</loc></url>\n" % esc(u) for u in urls))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web")
    products = [p for p in load_products() if "G" in p["org_types"]]
    for p in products:
        PNAMES[p["key"]] = p["name"]
    write_shared_bodies()
    rows = []
    for sid in SITE_ORDER:
        rows += write_site(SITES[sid], products)
    paths = set("%s/%s" % k for k in FILES)
    for p in sorted(paths):
        parts = p.split("/")
        for i in range(1, len(parts)):
            if "/".join(parts[:i]) in paths:
                raise SystemExit("file/folder conflict: %s" % p)
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for (host, fp) in sorted(FILES):
        path = os.path.join(out, "sites", host, fp)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(FILES[(host, fp)])
    os.makedirs(os.path.join(out, "search"), exist_ok=True)
    for host in sorted(SEARCH):
        entries, tpl = SEARCH[host]
        with open(os.path.join(out, "search", host + ".json"), "w", encoding="utf-8") as f:
            json.dump(entries, f, ensure_ascii=False, indent=1, sort_keys=True)
        with open(os.path.join(out, "search", host + ".html"), "w", encoding="utf-8") as f:
            f.write(tpl)
    with open(os.path.join(out, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.writer(f, lineterminator="\n")
        wr.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for sid in SITE_ORDER:
            s = SITES[sid]
            wr.writerow([s["code"], s["name"], "gemeente", "http://%s/" % s["host"], s["inh"]])
    cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "signals", "notes"]
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        wr.writeheader()
        for r in rows:
            wr.writerow(r)
    beh = {k: v for k, v in BEHAV.items() if v}
    with open(os.path.join(out, "testweb.json"), "w", encoding="utf-8") as f:
        json.dump({"behaviours": beh}, f, indent=1, sort_keys=True)
    print("wrote %d files, %d labels into %s" % (len(FILES), len(rows), out))


if __name__ == "__main__":
    main()
