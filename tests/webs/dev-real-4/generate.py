#!/usr/bin/env python3
"""Deterministic generator of the held-out web 'web-dev4'. Usage: python3 generate.py [OUTDIR]"""
import csv, hashlib, html, json, os, re, shutil, sys, zlib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from products_nl import P, EN

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web")
PRODUCTS_CSV = os.path.join(HERE, "..", "..", "..", "config", "products.csv")


def h(*parts):
    return int(hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:8], 16)


def esc(s):
    return html.escape(s, quote=True)


def slugify(s):
    s = s.lower().replace("ë", "e").replace("é", "e").replace("ú", "u").replace("â", "a")
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s

# --------------------------------------------------------------------------- files
FILES = {}


def put(host, path, content):
    if path.endswith("/"):
        path += "index.html"
    FILES[(host, path.lstrip("/"))] = content


def pdf_bytes(title, lines, form=False):
    """Minimal own PDF writer: one page, Helvetica text; a form PDF gets boxes and dotted lines."""
    def pe(s):
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 16 Tf 50 790 Td (%s) Tj ET" % pe(title)]
    y = 760
    for ln in lines:
        ops.append("BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (y, pe(ln)))
        if form and ln.endswith(":"):
            ops.append("0.5 w 200 %d m 540 %d l S" % (y - 2, y - 2))
        y -= 22
    if form:
        ops.append("BT /F1 10 Tf 50 %d Td (Handtekening:) Tj ET" % (y - 10))
        ops.append("1 w 150 %d 200 50 re S" % (y - 60))
        ops.append("BT /F1 10 Tf 50 %d Td (Datum:) Tj ET" % (y - 80))
        ops.append("0.5 w 150 %d m 300 %d l S" % (y - 82, y - 82))
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            ("<< /Title (%s) /Producer (web-dev4 generator) >>" % pe(title)).encode("latin-1")]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def form_pdf(title, org):
    return pdf_bytes(title, [org, "Vul dit formulier volledig in en stuur het ondertekend terug.",
                             "1. Uw gegevens", "Naam en voorletters:", "Adres:", "Postcode en woonplaats:",
                             "Telefoonnummer:", "E-mailadres:", "2. Uw aanvraag", "Omschrijving:",
                             "Locatie / adres van de activiteit:", "Gewenste datum:",
                             "Stuur het formulier naar: Postbus 100 of lever het in bij de balie."], form=True)


def reg_pdf(title, org):
    return pdf_bytes(title, [org, "Artikel 1 Begripsbepalingen", "In deze verordening wordt verstaan onder:",
                             "a. college: het college van burgemeester en wethouders / dagelijks bestuur;",
                             "Artikel 2 Reikwijdte", "Deze verordening is van toepassing op ...",
                             "Artikel 3 Tarieven", "De tarieven staan in de bij deze verordening behorende tabel.",
                             "Artikel 4 Inwerkingtreding", "Deze verordening treedt in werking op 1 januari 2026."])

# --------------------------------------------------------------------------- orgs
ORGS = [
    # code, name, type, host, family, extra
    dict(code="GM0772", name="Gemeente Eindhoven", short="Eindhoven", type="gemeente", host="www.eindhoven.test",
         family="nlds", inhabitants=238000, p=(58, 70, 78), mechs=["js", "js", "a", "button"], formhost="formulieren.eindhoven.test",
         bare_redirect="eindhoven.test", cookie="links", english=True, mijn=True, sitemap=True, soft404=False,
         traps=["contact", "chat", "zieook", "afspraak", "nieuwsbrief", "pdf_reg"]),
    dict(code="GM0505", name="Gemeente Dordrecht", short="Dordrecht", type="gemeente", host="www.dordrecht.test",
         family="catalog", inhabitants=120000, p=(50, 66, 80), mechs=["a", "getform", "iframe"], formhost="loket.dordrecht.test",
         soft404=True, sitemap=False, mijn=True, footer_logo=True,
         traps=["contact", "eloket", "ideal", "downloads", "pdf_reg", "mailto"]),
    dict(code="GM0180", name="Gemeente Staphorst", short="Staphorst", type="gemeente", host="www.staphorst.test",
         family="iprox", inhabitants=17800, p=(35, 48, 72), mechs=["img", "a", "button"], formhost="fd8.formdesk.test",
         soft404=False, sitemap=True, footer_logo=True,
         traps=["afspraak", "pdf_reg", "downloads", "mailto", "contact"]),
    dict(code="GM1701", name="Gemeente Westerveld", short="Westerveld", type="gemeente", host="gemeentewesterveld.test",
         family="owc", inhabitants=20500, p=(45, 60, 75), mechs=["a", "img", "getform"], formhost="mijn.gemeentewesterveld.test",
         www_redirect="www.gemeentewesterveld.test", soft404=True, sitemap=False,
         traps=["contact", "zieook", "chat", "pdf_reg"]),
    dict(code="GM1714", name="Gemeente Sluis", short="Sluis", type="gemeente", host="www.gemeentesluis.test",
         family="gemopl", inhabitants=23500, p=(50, 62, 78), mechs=["button", "a", "iframe"], formhost="loket.gemeentesluis.test",
         splash=True, sitemap=True, mijn=True, english=True,
         traps=["contact", "eloket", "afspraak", "nieuwsbrief", "pdf_reg"]),
    dict(code="GM0086", name="Gemeente Opsterland", short="Opsterland", type="gemeente", host="www.opsterland.test",
         family="pdcq", inhabitants=30000, p=(52, 64, 80), mechs=["a", "img", "js"], formhost="formulieren.opsterland.test",
         soft404=True, footer_logo=True, sitemap=False,
         traps=["chat", "downloads", "zieook", "contact"]),
    dict(code="GM1711", name="Gemeente Echt-Susteren", short="Echt-Susteren", type="gemeente", host="www.echt-susteren.test",
         family="drupal", inhabitants=32000, p=(48, 62, 80), mechs=["getform", "a", "button", "img"], formhost="loket.echt-susteren.test",
         cookie="form", sitemap=True, english=True,
         traps=["eloket", "contact", "ideal", "pdf_reg", "mailto"]),
    dict(code="PV28", name="Provincie Zuid-Holland", short="Zuid-Holland", type="provincie", host="www.zuid-holland.test",
         family="nlds", p=(50, 65, 82), mechs=["a", "button"], formhost="loket.zuid-holland.test",
         sitemap=True, mijn=False, english=True, traps=["contact", "nieuwsbrief", "pdf_reg", "zieook"]),
    dict(code="PV21", name="Provincie Fryslân", short="Fryslân", type="provincie", host="www.fryslan.test",
         family="gemopl", p=(40, 60, 80), mechs=["img", "a", "getform"], formhost="formulieren.fryslan.test",
         splash=True, fy=True, sitemap=False, footer_logo=True, traps=["contact", "pdf_reg", "downloads"]),
    dict(code="WS0655", name="Waterschap Hollandse Delta", short="Hollandse Delta", type="waterschap", host="www.wshd.test",
         family="wp", p=(40, 62, 82), mechs=["a", "button"], formhost="www.wshd.test", taxhost="www.svhw.test",
         taxname="SVHW", sitemap=True, traps=["contact", "pdf_reg", "chat", "ideal"]),
    dict(code="WS0539", name="Waterschap De Dommel", short="De Dommel", type="waterschap", host="www.dommel.test",
         family="wp", p=(40, 62, 82), mechs=["a", "img", "iframe"], formhost="formulieren.dommel.test",
         taxhost="www.belastingen-dommelvallei.test", taxname="Belastingsamenwerking Dommelvallei", bare_redirect="dommel.test",
         sitemap=False, soft404=True, mijn=False, traps=["pdf_reg", "contact", "nieuwsbrief"]),
    dict(code="WS0647", name="Waterschap Noorderzijlvest", short="Noorderzijlvest", type="waterschap", host="www.noorderzijlvest.test",
         family="wp", p=(30, 55, 85), mechs=["a", "getform"], formhost="www.noorderzijlvest.test",
         taxhost="www.nbkbelastingen.test", taxname="Noordelijk Belastingkantoor", sitemap=True,
         traps=["pdf_reg", "downloads", "mailto"]),
    dict(code="WS0663", name="Waterschap Vechtstromen", short="Vechtstromen", type="waterschap", host="www.vechtstromen.test",
         family="wp", p=(45, 65, 82), mechs=["a", "button", "js"], formhost="loket.vechtstromen.test",
         taxhost="www.gbtwente.test", taxname="GBTwente", english=True, sitemap=True, cookie="links",
         traps=["contact", "pdf_reg", "chat"]),
    dict(code="zb000195", name="Dienst voor het kadaster en de openbare registers", short="Kadaster", type="rijk",
         host="www.kadaster.test", family="rijk", p=(0, 100, 100), mechs=["a"], formhost="www.kadaster.test",
         sitemap=True, mijn=True, english=True, traps=["ideal", "contact"]),
]
TYPE_LETTER = {"gemeente": "G", "provincie": "P", "waterschap": "W", "rijk": "R"}

PRODS = list(csv.DictReader(open(PRODUCTS_CSV, encoding="utf-8")))
PROD = {r["product_key"]: dict(key=r["product_key"], name=r["name_nl"], types=r["org_types"],
                               audience=r["audience"], offered_by=r["offered_by"]) for r in PRODS}


def applicable(org):
    L = TYPE_LETTER[org["type"]]
    out = []
    for r in PRODS:
        if L not in r["org_types"]:
            continue
        if L == "R" and r["offered_by"] != org["code"]:
            continue
        out.append(r["product_key"])
    return out

# --------------------------------------------------------------------------- plans
TAX_G = {"belastingkwijtschelding", "woz-bezwaar", "belastingaanslag-bezwaar", "betalingsregeling"}
TAX_W = {"belastingkwijtschelding", "belastingaanslag-bezwaar", "betalingsregeling", "zuiveringsheffing", "watersysteemheffing"}
OLO = {"omgevingsvergunning", "kapvergunning"}
PREFILL = [
    "Na het inloggen met DigiD staan uw naam en adres al ingevuld.",
    "Wij halen uw gegevens op uit de Basisregistratie Personen (BRP). U hoeft die niet zelf in te vullen.",
    "Uw persoonsgegevens worden automatisch overgenomen; controleer ze en vul de rest aan.",
    "Een deel van het formulier is vooraf ingevuld met de gegevens die wij al van u hebben.",
    "Als u inlogt met eHerkenning vullen wij de gegevens van uw bedrijf uit het Handelsregister alvast voor u in.",
    "U hoeft uw adres niet op te geven: dat kennen we al uit de BRP.",
]

# explicit overrides: (org, key) -> dict
OV = {}


def ov(code, key, **kw):
    OV[(code, key)] = kw

# Eindhoven
ov("GM0772", "paspoort", kind="info", traps=["afspraak"], note="appointment only")
ov("GM0772", "identiteitskaart", kind="info", traps=["afspraak", "nieuwsbrief"], note="appointment only")
ov("GM0772", "overlijdensaangifte", kind="info", traps=["contact"])
ov("GM0772", "parkeervergunning", kind="digid", via="eindhoven.mijnparkeerloket.test", twin=True, prefill=2)
ov("GM0772", "verhuismelding", kind="digid", mech="js", prefill=1)
ov("GM0772", "brp-uittreksel", kind="digid", mech="js", prefill=0)
ov("GM0772", "grofvuil", kind="form", mech="js")
ov("GM0772", "omgevingsvergunning", kind="digid", via="omgevingswet.overheid.test")
ov("GM0772", "kapvergunning", kind="digid", via="omgevingswet.overheid.test")
ov("GM0772", "bijstand", kind="digid", mech="a", prefill=1)
ov("GM0772", "ligplaatsvergunning", status="not_offered", stmt=("Varen en aanmeren", "In Eindhoven zijn geen openbare ligplaatsen voor boten; de gemeente geeft daarom geen ligplaatsvergunningen af."))
ov("GM0772", "marktvergunning", kind="info", traps=["zieook"], note="markets run by market master; info only")
ov("GM0772", "hondenbelasting", status="not_offered", stmt=("Belastingen voor inwoners", "Eindhoven kent geen hondenbelasting meer sinds 2019. U hoeft uw hond dus ook niet aan of af te melden."))
# Dordrecht
for k in ["bijstand", "bijzondere-bijstand", "wmo-voorziening"]:
    ov("GM0505", k, kind="digid", via="www.sociaaldienstdrechtsteden.test", prefill=(3 if k == "bijstand" else None))
for k in TAX_G:
    ov("GM0505", k, kind="digid", via="www.gbd-drechtsteden.test")
ov("GM0505", "alcoholvergunning", kind="eh", shared="exploitatievergunning-horeca", overview=True)
ov("GM0505", "exploitatievergunning-horeca", kind="eh", shared="alcoholvergunning", overview=True)
ov("GM0505", "paspoort", kind="info", traps=["afspraak", "contact"])
ov("GM0505", "identiteitskaart", kind="info", traps=["afspraak"])
ov("GM0505", "klacht", kind="form", mech="a")
ov("GM0505", "woo-verzoek", kind="pdf", traps=["eloket"])
ov("GM0505", "gehandicaptenparkeerplaats", kind="info", traps=["eloket", "downloads"], note="only phone; e-loket lists other forms")
ov("GM0505", "ligplaatsvergunning", kind="digid", overview=True)
ov("GM0505", "standplaatsvergunning", kind="pdf", overview=True)
ov("GM0505", "hondenbelasting", kind="info", traps=["ideal"], note="tax info; iDEAL pay page")
# Staphorst
ov("GM0180", "paspoort", kind="info", shared="identiteitskaart", traps=["afspraak"])
ov("GM0180", "identiteitskaart", kind="info", shared="paspoort", traps=["afspraak"])
ov("GM0180", "hondenbelasting", status="not_offered", stmt=("Gemeentelijke belastingen", "Gemeente Staphorst heft geen hondenbelasting. U betaalt wel onroerendezaakbelasting, rioolheffing en afvalstoffenheffing."))
ov("GM0180", "reclamebelasting", status="not_offered", stmt=("Reclame aan de gevel", "In Staphorst wordt geen reclamebelasting geheven. Voor grote reclameborden heeft u soms wel een omgevingsvergunning nodig."))
ov("GM0180", "parkeervergunning", status="not_offered", stmt=("Parkeren in Staphorst", "Parkeren is in heel Staphorst gratis. Er is geen betaald parkeren en er zijn dus ook geen parkeervergunningen."))
ov("GM0180", "ligplaatsvergunning", status="not_found")
ov("GM0180", "marktvergunning", kind="info", traps=["mailto"])
ov("GM0180", "verhuismelding", kind="digid", mech="img")
ov("GM0180", "omgevingsvergunning", kind="digid", via="omgevingswet.overheid.test")
ov("GM0180", "kapvergunning", kind="info", note="no permit needed outside list; info only", traps=["pdf_reg"])
ov("GM0180", "belastingkwijtschelding", kind="pdf", traps=["downloads"])
# Westerveld
ov("GM1701", "parkeervergunning", status="not_offered", stmt=("Auto en vervoer", "De gemeente Westerveld heeft geen betaald parkeren. Een parkeervergunning is daarom niet nodig en kunt u niet aanvragen."))
ov("GM1701", "ligplaatsvergunning", status="not_found")
ov("GM1701", "marktvergunning", status="not_found")
ov("GM1701", "omgevingsvergunning", kind="digid", via="omgevingswet.overheid.test")
ov("GM1701", "verhuismelding", kind="digid", mech="getform", prefill=5)
ov("GM1701", "grofvuil", kind="form", via="www.afvalloket-drenthe-zuid.test")
ov("GM1701", "afvalcontainer", kind="form", via="www.afvalloket-drenthe-zuid.test")
ov("GM1701", "bijstand", kind="info", traps=["zieook", "contact"], note="call the Sociaal Team")
# Sluis
ov("GM1714", "ligplaatsvergunning", kind="pdf")
ov("GM1714", "paspoort", kind="info", traps=["afspraak"])
ov("GM1714", "identiteitskaart", kind="info", traps=["afspraak", "eloket"])
for k in TAX_G:
    ov("GM1714", k, kind="digid", via="www.sabewa.test")
ov("GM1714", "evenementenvergunning", kind="eh", overview=True, twin_event=True)
ov("GM1714", "terrasvergunning", kind="form", mech="iframe")
ov("GM1714", "omgevingsvergunning", kind="digid", via="omgevingswet.overheid.test")
ov("GM1714", "leerlingenvervoer", kind="digid", via="www.leerlingenvervoerzeeland.test")
# Opsterland
ov("GM0086", "hondenbelasting", kind="digid", mech="js", prefill=4)
ov("GM0086", "reclamebelasting", status="not_offered", stmt=("Ondernemen in Opsterland", "Opsterland heft geen reclamebelasting. Wel heeft u voor grote lichtreclames een vergunning nodig."))
ov("GM0086", "parkeervergunning", status="not_found")
ov("GM0086", "ligplaatsvergunning", kind="pdf", traps=["pdf_reg"])
ov("GM0086", "paspoort", kind="info", traps=["afspraak", "chat"])
ov("GM0086", "overlijdensaangifte", kind="info", traps=["downloads"])
ov("GM0086", "omgevingsvergunning", kind="digid", via="omgevingswet.overheid.test")
ov("GM0086", "kapvergunning", kind="digid", via="omgevingswet.overheid.test")
# Echt-Susteren
ov("GM1711", "ligplaatsvergunning", kind="pdf")
ov("GM1711", "paspoort", kind="info", traps=["afspraak", "ideal"])
ov("GM1711", "woz-bezwaar", kind="digid", via="www.bsgr.test", prefill=1)
ov("GM1711", "belastingkwijtschelding", kind="digid", via="www.bsgr.test")
ov("GM1711", "betalingsregeling", kind="form", via="www.bsgr.test")
ov("GM1711", "belastingaanslag-bezwaar", kind="digid", via="www.bsgr.test")
ov("GM1711", "omgevingsvergunning", kind="digid", via="omgevingswet.overheid.test")
ov("GM1711", "geluidsontheffing", kind="info", traps=["eloket"])
ov("GM1711", "collectevergunning", kind="form", overview=True)
ov("GM1711", "winkeltijdenontheffing", status="not_offered", stmt=("Koopzondagen in Echt-Susteren", "Winkels in Echt-Susteren mogen op alle zondagen open. U hoeft daarvoor geen ontheffing aan te vragen; de gemeente verleent deze ontheffing niet meer."))
# Zuid-Holland
ov("PV28", "omgevingsvergunning", kind="eh", via="omgevingswet.overheid.test")
ov("PV28", "natuurvergunning", kind="eh", via="omgevingswet.overheid.test")
ov("PV28", "ontgrondingsvergunning", kind="eh", via="omgevingswet.overheid.test")
ov("PV28", "subsidie", kind="eh", via="subsidies.zuid-holland.test", prefill=4)
ov("PV28", "watervergunning", kind="eh", via="omgevingswet.overheid.test")
ov("PV28", "evenementenvergunning", kind="info", traps=["zieook"], note="events only on provincial roads; info")
ov("PV28", "vuurwerk-ontbranding", kind="pdf")
ov("PV28", "tijdelijk-luchtvaartterrein", kind="eh", mech="a")
ov("PV28", "schadevergoeding-provincie", kind="form")
ov("PV28", "beschermde-dieren-ontheffing", kind="pdf", traps=["pdf_reg"])
# Fryslân
ov("PV21", "watervergunning", status="not_offered", stmt=("Wetter en wetterbehear", "De provincie Fryslân verleent geen watervergunningen. Voor werken in of bij het water gaat u naar Wetterskip Fryslân."))
ov("PV21", "ontgrondingsvergunning", kind="pdf")
ov("PV21", "subsidie", kind="eh", overview=True)
ov("PV21", "omgevingsvergunning", kind="eh", via="omgevingswet.overheid.test")
ov("PV21", "vuurwerk-ontbranding", status="not_found")
ov("PV21", "tijdelijk-luchtvaartterrein", kind="form", mech="getform")
ov("PV21", "evenementenvergunning", kind="info", traps=["downloads"])
# water boards
for c in ["WS0655", "WS0539", "WS0647", "WS0663"]:
    ov(c, "watervergunning", kind="eh", via="omgevingswet.overheid.test")
    for k in TAX_W:
        ov(c, k, kind="digid", via="TAX")
ov("WS0655", "zuiveringsheffing", kind="eh", via="TAX", prefill=4)
ov("WS0655", "watermelding", kind="form", mech="a", note="own Gravity form")
ov("WS0655", "bedrijfsafvalwater-melding", kind="eh", via="omgevingswet.overheid.test")
ov("WS0655", "wegvergunning-provinciaal", kind="form", mech="button")
ov("WS0655", "omgevingsvergunning", kind="eh", via="omgevingswet.overheid.test", shared="watervergunning")
ov("WS0655", "schadevergoeding-provincie", kind="pdf", traps=["contact"])
ov("WS0655", "subsidie", kind="form", mech="a")
ov("WS0655", "melding-openbare-ruimte", kind="form", mech="button")
ov("WS0539", "watermelding", kind="eh", mech="iframe")
ov("WS0539", "bedrijfsafvalwater-melding", kind="pdf", traps=["pdf_reg"])
ov("WS0539", "wegvergunning-provinciaal", status="not_offered", stmt=("Wegen en fietspaden", "Waterschap De Dommel beheert geen wegen. Wilt u werken langs een weg? Neem contact op met de gemeente of de provincie."))
ov("WS0539", "omgevingsvergunning", status="not_offered", stmt=("Vergunningen: wie doet wat?", "Voor bouwen, verbouwen of slopen bent u bij de gemeente aan het goede adres. Het waterschap verleent alleen vergunningen voor activiteiten in of bij het water."))
ov("WS0539", "schadevergoeding-provincie", kind="form", mech="a")
ov("WS0539", "subsidie", kind="eh", overview=True)
ov("WS0647", "watermelding", kind="pdf")
ov("WS0647", "bedrijfsafvalwater-melding", kind="pdf")
ov("WS0647", "wegvergunning-provinciaal", status="not_found")
ov("WS0647", "omgevingsvergunning", kind="eh", via="omgevingswet.overheid.test", shared="watervergunning")
ov("WS0647", "subsidie", kind="info", traps=["nieuwsbrief"], note="subsidy closed; info")
ov("WS0647", "melding-openbare-ruimte", kind="info", traps=["mailto"], note="24/7 phone only")
ov("WS0647", "schadevergoeding-provincie", kind="pdf")
ov("WS0663", "watermelding", kind="form", mech="js")
ov("WS0663", "bedrijfsafvalwater-melding", kind="eh", via="omgevingswet.overheid.test")
ov("WS0663", "wegvergunning-provinciaal", kind="eh", via="omgevingswet.overheid.test", shared="watervergunning")
ov("WS0663", "omgevingsvergunning", status="not_offered", stmt=("Omgevingswet en het waterschap", "Vechtstromen geeft geen omgevingsvergunning voor bouwen af. Werkt u in of bij water? Dan vraagt u een watervergunning aan."))
ov("WS0663", "schadevergoeding-provincie", kind="form", mech="js")
ov("WS0663", "subsidie", kind="eh", mech="button")
ov("WS0647", "belastingkwijtschelding", kind="form", via="TAX", note="anonymous form at tax office")
ov("WS0539", "watersysteemheffing", kind="info", traps=["ideal"])
ov("WS0655", "betalingsregeling", kind="form", via="TAX")
ov("WS0663", "zuiveringsheffing", kind="eh", via="TAX", prefill=4)
ov("zb000195", "kadastrale-gegevens", kind="form", mech="a", note="anonymous webshop order with iDEAL")

NOT_FOUND_FRACTION = 7  # percent, by hash, for rows without an override


def plan_row(org, key):
    p = dict(OV.get((org["code"], key), {}))
    prod = PROD[key]
    if "status" in p:
        return p
    if "kind" not in p:
        if org["type"] == "gemeente" and h(org["code"], key, "nf") % 100 < NOT_FOUND_FRACTION:
            return dict(status="not_found")
        r = h(org["code"], key, "lvl") % 100
        a, b, c = org["p"]
        if r < a:
            kind = "eh" if prod["audience"] == "ondernemer" or org["type"] in ("provincie",) else "digid"
        elif r < b:
            kind = "form"
        elif r < c:
            kind = "pdf"
        else:
            kind = "info"
        p["kind"] = kind
        if kind == "info" and "traps" not in p:
            pool = org["traps"]
            p["traps"] = [pool[h(org["code"], key, "t") % len(pool)]]
    if p.get("overview"):
        p["mech"] = "a"
    if p.get("via") == "TAX":
        p["via"] = org["taxhost"]
    if "mech" not in p and p["kind"] in ("digid", "eh", "form") and not p.get("via"):
        p["mech"] = org["mechs"][h(org["code"], key, "m") % len(org["mechs"])]
    if p["kind"] in ("digid", "eh") and "prefill" not in p and h(org["code"], key, "pf") % 5 == 0:
        p["prefill"] = h(org["code"], key, "pw") % len(PREFILL)
    if p["kind"] in ("digid", "form", "eh") and "overview" not in p and not p.get("via") and p.get("mech") not in ("js", "iframe") \
            and "eloket" in org["traps"] and h(org["code"], key, "ov") % 4 == 0:
        p["overview"] = True
    # extra traps on some non-zero rows
    if p["kind"] != "info" and "traps" not in p and h(org["code"], key, "xt") % 5 == 0:
        pool = [t for t in org["traps"] if t not in ("afspraak",)]
        p["traps"] = [pool[h(org["code"], key, "xt2") % len(pool)]]
    p.setdefault("traps", [])
    if key == "klacht":
        p["traps"] = [t for t in p["traps"] if t != "downloads"]
    p["status"] = "ok"
    return p

# --------------------------------------------------------------------------- url schemes
CAT_G = {
    "Burgerzaken": ["brp-uittreksel", "verhuismelding", "geboorteaangifte", "overlijdensaangifte", "huwelijksaangifte", "paspoort", "identiteitskaart"],
    "Belastingen": ["hondenbelasting", "belastingkwijtschelding", "woz-bezwaar", "belastingaanslag-bezwaar", "betalingsregeling", "reclamebelasting"],
    "Zorg en inkomen": ["bijstand", "bijzondere-bijstand", "wmo-voorziening", "leerlingenvervoer", "gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats"],
    "Wonen en leefomgeving": ["grofvuil", "afvalcontainer", "melding-openbare-ruimte", "parkeervergunning", "omgevingsvergunning", "kapvergunning", "bouwdossier-inzage", "uitwegvergunning", "ligplaatsvergunning"],
    "Ondernemen": ["evenementenvergunning", "exploitatievergunning-horeca", "alcoholvergunning", "terrasvergunning", "standplaatsvergunning", "marktvergunning", "geluidsontheffing", "winkeltijdenontheffing", "kansspelautomaatvergunning", "collectevergunning"],
    "Bestuur en organisatie": ["bezwaar", "klacht", "woo-verzoek", "subsidie"],
}
CAT_P = {"Vergunningen en ontheffingen": ["omgevingsvergunning", "natuurvergunning", "ontgrondingsvergunning", "tijdelijk-luchtvaartterrein", "wegvergunning-provinciaal", "vuurwerk-ontbranding", "beschermde-dieren-ontheffing", "watervergunning", "evenementenvergunning", "geluidsontheffing", "uitwegvergunning"],
         "Subsidies": ["subsidie"], "Contact en service": ["bezwaar", "klacht", "woo-verzoek", "schadevergoeding-provincie"]}
CAT_W = {"Vergunningen en meldingen": ["watervergunning", "watermelding", "bedrijfsafvalwater-melding", "omgevingsvergunning", "wegvergunning-provinciaal"],
         "Belastingen": ["zuiveringsheffing", "watersysteemheffing", "belastingkwijtschelding", "belastingaanslag-bezwaar", "betalingsregeling"],
         "Melden en regelen": ["melding-openbare-ruimte", "schadevergoeding-provincie", "subsidie", "bezwaar", "klacht", "woo-verzoek"]}
CAT_R = {"Producten": ["kadastrale-gegevens"]}


def cats(org):
    return {"gemeente": CAT_G, "provincie": CAT_P, "waterschap": CAT_W, "rijk": CAT_R}[org["type"]]


def cat_of(org, key):
    for c, ks in cats(org).items():
        if key in ks:
            return c
    return list(cats(org))[0]


def prefix(org):
    return "/nl" if org.get("splash") else ""


def home_path(org):
    if org.get("splash"):
        return "/nl/"
    if org.get("cookie") == "form":
        return "/start"
    if org.get("cookie"):
        return "/home"
    return "/"


IDS = {}


def pid(org, key, base, mod):
    if (org["code"], key) not in IDS:
        used = {v for (c, k), v in IDS.items() if c == org["code"]}
        i = base + h(org["code"], key) % mod
        while i in used:
            i += 1
        IDS[(org["code"], key)] = i
    return IDS[(org["code"], key)]


def product_path(org, key, title):
    f = org["family"]
    s = slugify(title)
    if f == "nlds":
        return "/%s/%s" % ("loket" if org["type"] == "provincie" else slugify(cat_of(org, key)), s)
    if f == "catalog":
        return "/product?id=%d" % pid(org, key, 1000, 8999)
    if f == "iprox":
        return "/Inwoners/%s/%s" % (cat_of(org, key).replace(" ", "_"), title.replace(" ", "_").replace("?", "").replace(":", ""))
    if f == "owc":
        return "/onderwerp/%s/" % s
    if f == "gemopl":
        return prefix(org) + "/%s" % s
    if f == "pdcq":
        return "/producten/product?pdc=%d" % pid(org, key, 200, 799)
    if f == "drupal":
        aud = "ondernemers" if PROD[key]["audience"] == "ondernemer" else "inwoners"
        return "/%s/%s" % (aud, s)
    if f == "wp":
        return "/%s/%s/" % ("loket" if h(org["code"], key) % 2 else "regelen", s)
    return "/producten/%s" % s


def href(org, frm, url):
    """How a site writes a link to an absolute URL (family-dependent)."""
    host = org["host"]
    if not url.startswith("http://%s/" % host):
        return url
    path = url[len("http://%s" % host):]
    f = org["family"]
    if f == "owc":
        return path.lstrip("/")  # relative to <base href>
    if f == "iprox" and frm.startswith("/Inwoners/") and path.startswith("/Inwoners/"):
        a = frm.strip("/").split("/")[:-1]
        b = path.strip("/").split("/")
        return "../" * (len(a) - 1) + "/".join(b[1:])
    if f in ("catalog", "pdcq") and h(path) % 3 == 0:
        return url
    return path


def U(org, path):
    return "http://%s%s" % (org["host"], path)

# --------------------------------------------------------------------------- layout
def page(org, path, title, body, extra_head=""):
    f = org["family"]
    n = org["short"]
    navlinks = "".join('<li><a href="%s">%s</a></li>' % (esc(href(org, path, U(org, catpath(org, c)))), esc(c)) for c in cats(org))
    home = esc(href(org, path, U(org, home_path(org))))
    base = '<base href="http://%s/">' % org["host"] if f == "owc" else ""
    mijn = ""
    if org.get("mijn"):
        mijn = '<a class="mijn-omgeving" href="http://mijn.%s/">Mijn %s <img src="/img/digid-klein.png" alt=""></a>' % (dom(org), esc(n))
    if org["type"] == "rijk":
        mijn = '<a href="http://mijn.%s/">Mijn Kadaster</a>' % dom(org)
    footer_logo = ""
    if org.get("footer_logo"):
        footer_logo = '<div class="logos"><img src="/img/digid.png" alt="DigiD"> <img src="/img/eherkenning.png" alt="eHerkenning"> <p>Veilig inloggen bij ons kan met DigiD of eHerkenning.</p></div>'
    links = ['<a href="%s">Contact</a>' % esc(href(org, path, U(org, prefix(org) + "/contact"))),
             '<a href="%s">A-Z</a>' % esc(href(org, path, U(org, prefix(org) + "/a-z"))),
             '<a href="%s">Nieuws</a>' % esc(href(org, path, U(org, prefix(org) + "/nieuws/"))),
             '<a href="%s">Privacy</a>' % esc(href(org, path, U(org, prefix(org) + "/privacy")))]
    if org.get("english"):
        links.append('<a href="%s" hreflang="en">English</a>' % esc(href(org, path, U(org, "/en/"))))
    search = '<form class="zoek" action="%s" method="get"><label>Zoeken <input name="q"></label><button>Zoek</button></form>' % esc(href(org, path, U(org, prefix(org) + "/zoeken")))
    if f == "nlds":
        head = '<header class="utrecht-page-header"><a class="logo" href="%s">%s</a>%s%s<nav class="utrecht-navigation"><ul>%s</ul></nav></header>' % (home, esc(org["name"]), search, mijn, navlinks)
        shell = '<div class="utrecht-page"><main class="utrecht-page-content" id="main"><h1 class="utrecht-heading-1">%s</h1>%s</main></div>'
    elif f == "iprox":
        head = '<div id="kop"><a href="%s"><img src="/publish/pages/1/logo.png" alt="Logo %s"></a><ul id="menu">%s</ul>%s%s</div>' % (home, esc(org["name"]), navlinks, search, mijn)
        shell = '<div id="content" class="grid-blok"><div class="iprox-content"><h1>%s</h1>%s</div></div>'
    elif f == "wp":
        head = '<header id="masthead" class="site-header"><div class="site-branding"><a href="%s" rel="home">%s</a></div><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">%s</ul></nav>%s%s</header>' % (home, esc(org["name"]), navlinks.replace("<li>", '<li class="menu-item">'), search, mijn)
        shell = '<main id="primary" class="site-main"><article class="page type-page"><header class="entry-header"><h1 class="entry-title">%s</h1></header><div class="entry-content">%s</div></article></main>'
    elif f == "rijk":
        head = '<div class="header"><div class="logo"><img src="/img/beeldmerk.svg" alt="Kadaster - naar de homepage"></div>%s<ul class="nav">%s</ul>%s</div>' % (mijn, navlinks, search)
        shell = '<div class="article"><h1>%s</h1>%s</div>'
    else:
        head = '<header><div class="top"><a href="%s" class="brand">%s</a>%s</div><nav aria-label="Hoofdmenu"><ul>%s</ul></nav>%s</header>' % (home, esc(org["name"]), mijn, navlinks, search)
        shell = '<main><div class="container"><h1>%s</h1>%s</div></main>'
    foot = '<footer class="site-footer"><p>%s &middot; Postbus 100 &middot; <a href="tel:14 0%s">14 0%s</a></p><p>%s</p>%s</footer>' % (
        esc(org["name"]), h(org["code"]) % 900 + 100, h(org["code"]) % 900 + 100, " | ".join(links), footer_logo)
    return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8">%s<title>%s | %s</title>%s'
            '<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>%s%s%s</body></html>\n') % (
        "en" if path.startswith("/en/") else "nl", base, esc(title), esc(n), extra_head, head, shell % (esc(title), body), foot)


def dom(org):
    return org["host"][4:] if org["host"].startswith("www.") else org["host"]


def catpath(org, c):
    f = org["family"]
    if f == "iprox":
        return "/Inwoners/%s/" % c.replace(" ", "_")
    if f == "catalog":
        return "/producten?categorie=%s" % slugify(c)
    if f == "pdcq":
        return "/producten/"  + ("" if c == list(cats(org))[0] else "thema-" + slugify(c))
    return prefix(org) + "/thema/%s/" % slugify(c) if f != "nlds" else "/%s/" % slugify(c)

# --------------------------------------------------------------------------- routes
REDIRECTS = []
IDP = {"digid": "http://digid.test/inloggen", "eh": "http://eherkenning.test/kies-uw-makelaar"}


def login_url(host, org, slug, idp):
    """A login start on host that answers 302 to the identity provider."""
    if host.startswith("loket.dordrecht"):
        url = "http://%s/TriplEforms/%s/%s.aspx" % (host, "DigiD" if idp == "digid" else "eHerkenning", slug.title().replace("-", ""))
    elif "formdesk" in host:
        url = "http://%s/gemeentestaphorst/%s/auth-%s" % (host, slug, "digid" if idp == "digid" else "eh")
    elif host.startswith("formulieren.") and org and org["mechs"][0] == "js":
        url = "http://%s/auth/%s/%s/start" % (host, slug, "digid" if idp == "digid" else "eherkenning")
    else:
        url = "http://%s/inloggen/%s/%s" % (host, "digid" if idp == "digid" else "eherkenning", slug)
    REDIRECTS.append({"url": url, "status": 302, "location": IDP[idp] + "?sp=" + host})
    return url


def form_url(org, slug):
    fh = org["formhost"]
    if fh.startswith("loket.dordrecht"):
        return "http://%s/TriplEforms/%s.aspx" % (fh, slug.title().replace("-", ""))
    if "formdesk" in fh:
        return "http://%s/gemeentestaphorst/%s" % (fh, slug)
    if org["family"] == "wp" and fh == org["host"]:
        return "http://%s/formulier-%s/" % (fh, slug)
    return "http://%s/formulier/%s" % (fh, slug)


def form_page(title, action, orgname, note=""):
    return ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s</title></head><body>'
            '<h1>%s</h1><p>%s</p>%s<form method="post" action="%s" class="gform_wrapper">'
            '<fieldset><legend>Uw gegevens</legend><label>Naam <input name="naam" required></label>'
            '<label>Adres <input name="adres"></label><label>E-mail <input type="email" name="email"></label>'
            '<label>Telefoon <input name="telefoon"></label></fieldset><fieldset><legend>Uw aanvraag</legend>'
            '<label>Toelichting <textarea name="toelichting"></textarea></label>'
            '<label>Bijlage <input type="file" name="bijlage"></label></fieldset>'
            '<button type="submit">Verzenden</button></form></body></html>\n') % (
        esc(title), esc(title), esc(orgname), note, esc(action))


def js_form_page(title, orgname, login=None, idp="digid"):
    if login:
        build = ('var a=document.createElement("a");a.href=%s;a.className="openforms-login";'
                 'a.textContent=%s;root.appendChild(a);') % (json.dumps(login), json.dumps("Inloggen met " + ("DigiD" if idp == "digid" else "eHerkenning")))
    else:
        build = ('var f=document.createElement("form");f.method="post";f.action="/api/v2/submissions";'
                 'f.innerHTML=\'<label>Naam <input name="naam"></label><label>E-mail <input name="email" type="email"></label>'
                 '<label>Omschrijving <textarea name="omschrijving"></textarea></label><button type="submit">Volgende</button>\';root.appendChild(f);')
    return ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s - %s</title></head><body>'
            '<noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>'
            '<div id="openforms-root" data-form="%s"></div><script>(function(){var root=document.getElementById("openforms-root");'
            'var h=document.createElement("h1");h.textContent=%s;root.appendChild(h);%s})();</script></body></html>\n') % (
        esc(title), esc(orgname), esc(slugify(title)), json.dumps(title), build)


def cta(org, frm, url, label, mech, idp=None):
    u = esc(href(org, frm, url))
    if mech == "button":
        return '<p><button type="button" class="btn btn-primary" onclick="location.href=\'%s\'">%s</button></p>' % (u, esc(label))
    if mech == "getform":
        base, _, q = url.partition("?")
        hid = '<input type="hidden" name="bron" value="productpagina">'
        return '<form class="direct-regelen" action="%s" method="get">%s<button type="submit">%s</button></form>' % (esc(href(org, frm, base)), hid, esc(label))
    if mech == "img" and idp:
        alt = {"digid": "Inloggen met DigiD", "eh": "Inloggen met eHerkenning"}[idp]
        return '<p><a href="%s" class="login-logo"><img src="/img/%s-logo.svg" alt="%s" width="60"></a></p>' % (u, idp, alt)
    return '<p><a class="cta" href="%s">%s</a></p>' % (u, esc(label))


LBL_DIGID = ["Inloggen met DigiD en aanvragen", "Direct regelen met DigiD", "Aanvragen (met DigiD)", "Start het formulier - u logt in met DigiD", "Doorgeven met DigiD", "Regel het online"]
LBL_EH = ["Aanvragen met eHerkenning", "Inloggen met eHerkenning", "Naar het aanvraagformulier (eHerkenning)", "Online aanvragen"]
LBL_FORM = ["Vul het formulier in", "Naar het formulier", "Online melden", "Aanvraagformulier invullen", "Direct aanvragen"]
LBL_PDF = ["Aanvraagformulier (pdf)", "Download het formulier (PDF, 120 kB)", "Formulier om te printen", "Aanvraagformulier {t} (pdf)"]


def pick(lst, *k):
    return lst[h(*k) % len(lst)]


SHARED_PAGES = {}   # via host -> {path: (title, body)}


def shared_add(host, path, title, body):
    SHARED_PAGES.setdefault(host, {})[path] = (title, body)


VIA_NAMES = {"omgevingswet.overheid.test": "Omgevingsloket", "www.sociaaldienstdrechtsteden.test": "Sociale Dienst Drechtsteden",
             "www.gbd-drechtsteden.test": "Gemeentebelastingen Drechtsteden", "www.sabewa.test": "Sabewa Zeeland",
             "www.bsgr.test": "BsGW/BSGR Limburg", "eindhoven.mijnparkeerloket.test": "Parkeerloket Eindhoven",
             "www.afvalloket-drenthe-zuid.test": "Afvalloket Zuidwest-Drenthe", "subsidies.zuid-holland.test": "Subsidieportaal Zuid-Holland",
             "www.leerlingenvervoerzeeland.test": "Leerlingenvervoer Zeeuws-Vlaanderen",
             "www.svhw.test": "SVHW", "www.belastingen-dommelvallei.test": "Belastingsamenwerking Dommelvallei",
             "www.nbkbelastingen.test": "Noordelijk Belastingkantoor", "www.gbtwente.test": "GBTwente"}


def via_route(org, key, plan, title):
    """Returns (link on product page, route_url, route description)."""
    v = plan["via"]
    idp = "eh" if plan["kind"] == "eh" else "digid"
    if v == "omgevingswet.overheid.test":
        shared_add(v, "/aanvragen", "Aanvragen of melden - Omgevingsloket",
                   '<p>Dien hier uw aanvraag of melding in bij gemeente, provincie of waterschap.</p>'
                   '<p><a href="%s">Inloggen met DigiD</a> (particulieren)</p><p><a href="%s">Inloggen met eHerkenning</a> (bedrijven)</p>'
                   '<p>Niet zeker of u een vergunning nodig heeft? <a href="/checken">Doe de Vergunningcheck</a>.</p>' % (
                       login_url(v, None, "aanvragen", "digid"), login_url(v, None, "aanvragen-eh", "eh")))
        shared_add(v, "/checken", "Vergunningcheck - Omgevingsloket", "<p>Beantwoord de vragen en zie of u een vergunning nodig heeft.</p>")
        shared_add(v, "/", "Omgevingsloket", '<p><a href="/aanvragen">Aanvragen</a> | <a href="/checken">Vergunningcheck</a></p>')
        return "http://%s/aanvragen" % v, "http://%s/aanvragen" % v, "Omgevingsloket login (DigiD/eHerkenning)"
    s = slugify(key)
    path = "/%s" % s
    name = VIA_NAMES.get(v, v)
    if plan["kind"] == "form":
        fu = "http://%s/formulier/%s" % (v, s)
        FILES[(v, "formulier/%s" % s)] = form_page(P[key][0][1] + " - " + name, "/verzonden", name).encode()
        body = '<p>%s</p><p><a href="%s">Meld het online</a> (u hoeft niet in te loggen)</p>' % (esc(P[key][1]), fu)
        shared_add(v, path, P[key][0][1] + " | " + name, body)
        return "http://%s%s" % (v, path), fu, "anonymous form at %s" % name
    lu = login_url(v, None, s, idp)
    body = '<p>%s</p><p>%s regelt dit voor %s.</p><p><a href="%s">%s</a></p>' % (
        esc(P[key][1]), esc(name), esc(org["short"]), lu, "Inloggen met DigiD" if idp == "digid" else "Inloggen met eHerkenning")
    if plan.get("via_prefill"):
        body += "<p>%s</p>" % PREFILL[0]
    shared_add(v, path, P[key][0][1] + " | " + name, body)
    shared_add(v, "/", name, "<p>Welkom bij %s.</p>" % esc(name))
    return "http://%s%s" % (v, path), lu, "%s login at %s" % ("DigiD" if idp == "digid" else "eHerkenning", name)

# --------------------------------------------------------------------------- product pages
SECTION_HEADS = {
    "gemopl": ["Wat is het?", "Hoe werkt het?", "Wat moet ik doen?", "Wat kost het?"],
    "drupal": ["Omschrijving", "Aanvragen", "Voorwaarden", "Kosten"],
    "nlds": ["Wat is het", "Zo regelt u het", "Wat heeft u nodig", "Kosten"],
    "iprox": ["Beschrijving", "Aanvraag", "Benodigdheden", "Kosten"],
    "catalog": ["Inleiding", "Hoe vraagt u het aan?", "Meenemen", "Tarieven"],
    "owc": ["Over dit onderwerp", "Direct regelen", "Voorwaarden", "Kosten"],
    "pdcq": ["Algemeen", "Aanvragen", "Wat moet u meenemen", "Wat kost het"],
    "wp": ["Waar gaat het om?", "Hoe regelt u het?", "Goed om te weten", "Kosten"],
    "rijk": ["Wat is het?", "Bestellen", "Voorwaarden", "Prijzen"],
}


def trap_html(org, key, frm, t, ctx):
    n = org["short"]
    if t == "contact":
        return ('<aside class="vraag"><h2>%s</h2><form action="%s" method="post"><label>Uw vraag <textarea name="vraag"></textarea></label>'
                '<label>E-mail <input name="email" type="email"></label><button type="submit">Verstuur uw vraag</button></form></aside>') % (
            pick(["Stel uw vraag", "Heeft u een vraag?", "Vraag het ons", "Niet gevonden wat u zocht?"], org["code"], key), esc(href(org, frm, U(org, prefix(org) + "/contact"))))
    if t == "chat":
        return ('<div class="chat-widget"><button type="button" onclick="window.openChat && openChat()">Chat met %s</button> '
                'of stuur een WhatsApp-bericht naar <a href="tel:+31612345678">06 12 34 56 78</a>.</div>') % esc(n)
    if t == "nieuwsbrief":
        return ('<aside class="nieuwsbrief"><h2>Blijf op de hoogte</h2><form action="%s" method="post"><label>E-mailadres <input name="email" type="email"></label>'
                '<button type="submit">Aanmelden voor de nieuwsbrief</button></form></aside>') % esc(href(org, frm, U(org, prefix(org) + "/nieuwsbrief")))
    if t == "pdf_reg":
        doc = "/documenten/%s-verordening-2026.pdf" % slugify(key)
        FILES[(org["host"], doc.lstrip("/"))] = reg_pdf("Verordening %s %s 2026" % (P[key][0][0], n), org["name"])
        lbl = pick(["Verordening (pdf)", "Tarieven en regels 2026 (PDF)", "Beleidsregels %s (pdf)" % P[key][0][0], "Toelichting en tarieventabel (pdf, 85 kB)"], org["code"], key, "r")
        ctx["reg_pdf"] = U(org, doc)
        return '<div class="regelgeving"><h2>Regelgeving</h2><ul><li><a href="%s">%s</a></li></ul></div>' % (esc(href(org, frm, U(org, doc))), esc(lbl))
    if t == "downloads":
        doc = "/documenten/klachtenformulier.pdf"
        FILES[(org["host"], doc.lstrip("/"))] = form_pdf("Klachtenformulier %s" % org["name"], org["name"])
        return '<div class="downloads"><h2>Downloads</h2><ul><li><a href="%s">Klachtenformulier algemeen (pdf)</a></li></ul></div>' % esc(href(org, frm, U(org, doc)))
    if t == "mailto":
        return '<p>Stuur uw vraag of aanvraag per e-mail naar <a href="mailto:info@%s">info@%s</a>.</p>' % (dom(org), dom(org))
    if t == "afspraak":
        a = "http://afspraak.%s/" % dom(org)
        ctx["afspraak"] = a
        return '<p>U kunt dit alleen persoonlijk regelen aan de balie. <a class="btn" href="%s?product=%s">Maak een afspraak</a></p>' % (a, slugify(key))
    if t == "ideal":
        return '<p>Heeft u een factuur of aanslag ontvangen? <a href="%s">Betalen</a> kan eenvoudig met iDEAL.</p>' % esc(href(org, frm, U(org, prefix(org) + "/betalen")))
    if t == "zieook":
        tgt = ctx.get("zieook_target")
        if not tgt:
            return ""
        return '<aside class="gerelateerd"><h2>%s</h2><ul><li><a href="%s">%s</a></li></ul></aside>' % (
            pick(["Zie ook", "Gerelateerd", "Dit vind je misschien ook handig"], org["code"], key), esc(href(org, frm, tgt[0])), esc(tgt[1]))
    if t == "eloket":
        return '<p>Bekijk ook ons <a href="%s">E-loket</a> met alle formulieren.</p>' % esc(href(org, frm, U(org, prefix(org) + "/formulieren")))
    return ""


TRAP_DESC = {"contact": "general 'Stel uw vraag' contact form", "chat": "chat/WhatsApp button", "nieuwsbrief": "newsletter sign-up form",
             "pdf_reg": "regulation/tariff PDF", "downloads": "Downloads box with general complaints form PDF", "mailto": "mailto link",
             "afspraak": "appointment booking only", "ideal": "iDEAL payment page link", "zieook": "'Zie ook' link to another product's online form",
             "eloket": "E-loket overview listing only other products' forms"}

OVERVIEW = {}   # org code -> list of (title, url)
ROWS = []


def build_org(org):
    code = org["code"]
    keys = applicable(org)
    plans = {k: plan_row(org, k) for k in keys}
    pages = {}   # key -> (path, title)
    # first pass: titles, paths
    for k in keys:
        p = plans[k]
        if p["status"] != "ok":
            continue
        if p.get("shared") and p["shared"] in pages:
            pages[k] = pages[p["shared"]]
            continue
        titles = P[k][0]
        t = titles[h(code, k, "title") % len(titles)]
        if p.get("shared"):
            t = {("alcoholvergunning", "exploitatievergunning-horeca"): "Horeca: exploitatie- en alcoholvergunning",
                 ("exploitatievergunning-horeca", "alcoholvergunning"): "Horeca: exploitatie- en alcoholvergunning",
                 ("paspoort", "identiteitskaart"): "Paspoort en ID-kaart", ("identiteitskaart", "paspoort"): "Paspoort en ID-kaart",
                 }.get((k, p["shared"]), "Vergunningen en meldingen voor werken bij water")
        if org["type"] == "waterschap" and k == "melding-openbare-ruimte":
            t = pick(["Probleem in of bij het water melden", "Melding: dode vis, stank of kapotte stuw", "Melding doen over water"], code)
        if org["type"] == "provincie" and k == "subsidie":
            t = "Subsidies"
        pages[k] = (product_path(org, k, t), t)
    # own online routes (for 'zieook' traps)
    ctx_base = {}
    routes = {}
    for k in keys:
        p = plans[k]
        if p["status"] != "ok" or p["kind"] == "info":
            continue
        s = slugify(k)
        idp = "eh" if p["kind"] == "eh" else ("digid" if p["kind"] == "digid" else None)
        if p.get("via"):
            link, rurl, desc = via_route(org, k, p, pages[k][1])
        elif p["kind"] == "pdf":
            doc = "/documenten/aanvraagformulier-%s.pdf" % s if org["family"] != "wp" else "/wp-content/uploads/2025/03/formulier-%s.pdf" % s
            FILES[(org["host"], doc.lstrip("/"))] = form_pdf("Aanvraagformulier %s" % pages[k][1], org["name"])
            link = rurl = U(org, doc)
            desc = "printable PDF form"
        elif p.get("mech") == "js":
            fu = "http://%s/%s" % (org["formhost"], s)
            lu = login_url(org["formhost"], org, s, idp) if idp else None
            FILES[(org["formhost"], s)] = js_form_page(pages[k][1], org["name"], lu, idp or "digid").encode()
            link = rurl = fu
            desc = "Open Formulieren-style form built by JavaScript" + (" with %s login" % ("DigiD" if idp == "digid" else "eHerkenning") if idp else "")
        elif p.get("mech") == "iframe":
            fu = "http://%s/embed/%s" % (org["formhost"], s)
            if idp:
                lu = login_url(org["formhost"], org, s, idp)
                FILES[(org["formhost"], "embed/" + s)] = ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s</title></head><body>'
                    '<p>Om dit formulier te gebruiken logt u eerst in.</p><a href="%s" target="_top"><img src="/img/%s.svg" alt="Inloggen met %s"> Inloggen</a></body></html>\n' % (
                        esc(pages[k][1]), lu, idp, "DigiD" if idp == "digid" else "eHerkenning")).encode()
            else:
                FILES[(org["formhost"], "embed/" + s)] = form_page(pages[k][1], "/embed/verzonden", org["name"]).encode()
            link = rurl = fu
            desc = "form inside an iframe" + (" with login" if idp else "")
        elif idp:
            link = rurl = login_url(org["formhost"], org, s, idp)
            desc = "%s login start on %s" % ("DigiD" if idp == "digid" else "eHerkenning", org["formhost"])
        else:
            link = rurl = form_url(org, s)
            fh = rurl.split("/")[2]
            put(fh, "/" + rurl.split("/", 3)[3], form_page(pages[k][1], "/verzenden", org["name"]).encode())
            desc = "anonymous online form on %s" % fh
        routes[k] = (link, rurl, desc)
        if not p.get("via") and (p["kind"] in ("digid", "form", "eh") and p.get("mech") not in ("js", "iframe") or p.get("overview")):
            OVERVIEW.setdefault(code, []).append((pick(["Aanvraag", "Formulier", "Melding"], code, k) + " " + pages[k][1].lower() + (" (DigiD)" if idp == "digid" else " (eHerkenning)" if idp else " (pdf)" if p["kind"] == "pdf" else ""), rurl, k))
    # 'zieook' target: another product's own online route
    cand = [(routes[k][1], pages[k][1]) for k in keys if k in routes and plans[k]["kind"] in ("digid", "form", "eh")]
    # write product pages
    written = set()
    for k in keys:
        p = plans[k]
        prod = PROD[k]
        row = dict(org_code=code, product_key=k, level="", status=p["status"], product_url="", route_url="", level_strict="", via="", notes="")
        if p["status"] == "not_offered":
            t, stmt = p["stmt"]
            path = product_path(org, k, t)
            body = "<p>%s</p><p>Meer weten? Neem contact met ons op.</p>" % esc(stmt)
            put(org["host"], path, page(org, path, t, body).encode())
            row["product_url"] = U(org, path)
            row["notes"] = "Not offered: statement under the title '%s'." % t
            ROWS.append(row)
            org.setdefault("extra_pages", []).append((t, U(org, path)))
            continue
        if p["status"] == "not_found":
            row["notes"] = "No page for this product on the site" + (" (stale A-Z link answers with a soft 404)." if org.get("soft404") else ".")
            org.setdefault("stale", []).append(k)
            ROWS.append(row)
            continue
        path, title = pages[k]
        url = U(org, path)
        ctx = dict(ctx_base)
        others = [c for c in cand if c[0] != routes.get(k, (None, None))[1] and slugify(k) not in c[0]]
        if others:
            ctx["zieook_target"] = others[h(code, k, "z") % len(others)]
        heads = SECTION_HEADS[org["family"]]
        lvl = {"info": 0, "pdf": 33, "form": 67, "digid": 100, "eh": 100}[p["kind"]]
        ctab = ""
        route_url = ""
        desc = "information only"
        if k in routes:
            link, route_url, desc = routes[k]
            idp = "eh" if p["kind"] == "eh" else ("digid" if p["kind"] == "digid" else None)
            if p.get("overview"):
                ctab = '<p>U vraagt dit aan met een formulier. U vindt het in het overzicht <a href="%s">%s</a>.</p>' % (
                    esc(href(org, path, U(org, prefix(org) + "/formulieren"))), pick(["Alle formulieren", "E-loket", "Digitaal loket"], code))
                desc += " via the forms overview page"
            elif p.get("via"):
                nm = VIA_NAMES.get(p["via"], p["via"])
                ctab = '<p>%s voert dit uit voor de %s. </p><p><a href="%s">%s</a></p>' % (
                    esc(nm), esc(org["type"]), link, esc(pick(["Ga naar %s" % nm, "Regel het bij %s" % nm, "Aanvragen via %s" % nm, "Naar het %s" % nm], code, k)))
            elif p["kind"] == "pdf":
                ctab = '<p>Download het formulier, vul het in en stuur het op of lever het in bij de balie.</p><p><a href="%s">%s</a></p>' % (
                    esc(href(org, path, link)), esc(pick(LBL_PDF, code, k).replace("{t}", title.lower())))
            elif p.get("mech") == "iframe":
                ctab = '<iframe src="%s" title="Formulier %s" width="100%%" height="600"></iframe>' % (link, esc(title))
            elif p.get("mech") == "js":
                lbl = pick(LBL_FORM if not idp else (LBL_DIGID if idp == "digid" else LBL_EH), code, k)
                ctab = cta(org, path, link, lbl, "a")
            else:
                lbl = pick(LBL_FORM if not idp else (LBL_DIGID if idp == "digid" else LBL_EH), code, k)
                ctab = cta(org, path, link, lbl, p["mech"], idp)
        else:
            ctab = pick(["<p>Dit regelt u aan de balie van het gemeentehuis.</p>", "<p>Bel ons via 14 0%s. Wij helpen u verder.</p>" % (h(code) % 900 + 100),
                         "<p>Neem contact op met een medewerker; die bespreekt de mogelijkheden met u.</p>", "<p>Stuur een brief met uw verzoek naar ons postadres.</p>"], code, k)
            if org["type"] != "gemeente":
                ctab = ctab.replace("gemeentehuis", "kantoor")
        prefill = ""
        if p.get("prefill") is not None and lvl == 100:
            prefill = "<p class=\"info\">%s</p>" % esc(PREFILL[p["prefill"]])
        traps_html = "".join(trap_html(org, k, path, t, ctx) for t in p["traps"])
        used_traps = [t for t in p["traps"] if t != "zieook" or ctx.get("zieook_target")]
        if "afspraak" in used_traps and lvl == 0:
            ctab = ""
        body_parts = ["<p class=\"lead\">%s</p>" % esc(P[k][1])]
        if org["family"] in ("drupal", "owc") and ctab:
            body_parts.insert(0, '<div class="direct-regelen"><h2>%s</h2>%s</div>' % ("Direct regelen", ctab))
            ctab_in = ""
        else:
            ctab_in = ctab
        body_parts.append("<h2>%s</h2><p>%s</p>" % (heads[0], pick(["Lees hieronder wat u moet doen en wat het kost.", "Op deze pagina leest u de voorwaarden en hoe u het regelt.", "Hieronder vindt u meer informatie.", "Controleer eerst of dit op uw situatie van toepassing is."], code, k, "i")))
        body_parts.append("<h2>%s</h2>%s%s" % (heads[1], ctab_in, prefill))
        body_parts.append("<h2>%s</h2><ul><li>een geldig legitimatiebewijs</li><li>eventuele bijlagen</li></ul>" % heads[2])
        body_parts.append("<h2>%s</h2><p>%s</p>" % (heads[3], pick(["Gratis.", "De kosten staan in de legesverordening.", "&euro; %d,%02d" % (h(code, k) % 90 + 10, h(k) % 100)], code, k, "c")))
        if org["family"] in ("gemopl",) and org.get("splash"):
            pass
        body_parts.append(traps_html)
        if org.get("english") and k in EN and org["type"] != "rijk":
            body_parts.append('<p lang="en"><a href="%s" hreflang="en">%s (English)</a></p>' % (esc(href(org, path, U(org, "/en/" + slugify(EN[k])))), esc(EN[k])))
        if p.get("twin"):
            tp = path.replace("/wonen-en-leefomgeving/", "/ondernemen/") + "-bedrijven"
            doc = "/documenten/aanvraag-bedrijfsvergunning-parkeren.pdf"
            FILES[(org["host"], doc.lstrip("/"))] = form_pdf("Aanvraag parkeervergunning bedrijven", org["name"])
            put(org["host"], tp, page(org, tp, title, "<p>Voor bedrijven in het vergunningengebied.</p><p><a href=\"%s\">Aanvraagformulier bedrijven (pdf)</a></p>" % doc).encode())
            body_parts.append('<p>Bent u ondernemer? Kijk op <a href="%s">%s voor bedrijven</a>.</p>' % (esc(href(org, path, U(org, tp))), esc(title)))
            org.setdefault("extra_pages", []).append((title + " (bedrijven)", U(org, tp)))
        if p.get("twin_event"):
            tp = product_path(org, k, "Klein evenement melden")
            fu = form_url(org, "klein-evenement")
            put(fu.split("/")[2], "/" + fu.split("/", 3)[3], form_page("Melding klein evenement", "/verzenden", org["name"]).encode())
            put(org["host"], tp, page(org, tp, "Klein evenement melden", "<p>Voor een klein evenement (minder dan 100 bezoekers) is een melding genoeg.</p><p><a href=\"%s\">Melding doen</a></p>" % fu).encode())
            body_parts.append('<p>Organiseert u een klein evenement? Dan is <a href="%s">een melding</a> genoeg.</p>' % esc(href(org, path, U(org, tp))))
            org.setdefault("extra_pages", []).append(("Klein evenement melden", U(org, tp)))
        if path not in written:
            put(org["host"], path, page(org, path, title, "".join(body_parts)).encode())
            written.add(path)
        else:
            # shared page: append the second product's route to the existing page
            key0 = (org["host"], (path + "index.html" if path.endswith("/") else path).lstrip("/"))
            old = FILES[key0].decode()
            if ctab and ctab not in old:
                FILES[key0] = old.replace("</main>", ctab + "</main>", 1).replace("</article>", ctab + "</article>", 1).encode() if "</main>" in old else FILES[key0]
        row["product_url"] = url
        row["route_url"] = route_url
        row["level"] = str(lvl)
        row["level_strict"] = str(100 if (lvl == 100 and prefill) else (67 if lvl == 100 else lvl))
        if p.get("via") and not p["via"].endswith("." + dom(org)):
            row["via"] = p["via"]
        notes = [desc[0].upper() + desc[1:]]
        if p.get("shared"):
            notes.append("page shared with %s" % p["shared"])
        if prefill:
            notes.append("explicit pre-fill statement")
        if p.get("twin"):
            notes.append("separate businesses' page of the same name has only a PDF")
        if p.get("twin_event"):
            notes.append("sibling page 'Klein evenement melden' has an anonymous form")
        site_traps = []
        if org.get("mijn") or org["type"] == "rijk":
            site_traps.append("site-wide Mijn login in header")
        if org.get("footer_logo"):
            site_traps.append("DigiD/eHerkenning logos in footer")
        tr = [TRAP_DESC[t] for t in used_traps] + site_traps
        if tr:
            notes.append("Trap: " + ", ".join(tr))
        row["notes"] = "; ".join(notes) + "."
        ROWS.append(row)
    org["pages"] = pages
    org["plans"] = plans

# --------------------------------------------------------------------------- site pages
BEHAV = {"redirects": [], "host_redirects": [], "not_found_pages": [], "statuses": [], "delays": []}


def simple(title, body, lang="nl"):
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><h1>%s</h1>%s</body></html>\n' % (
        lang, esc(title), esc(title), body)).encode()


def build_site(org):
    host = org["host"]
    code = org["code"]
    n = org["short"]
    pages = org["pages"]
    pre = prefix(org)
    hp = home_path(org)
    allp = sorted({(t, U(org, pth)) for k, (pth, t) in pages.items()} | set(org.get("extra_pages", [])))
    # home
    cl = "".join('<li><a href="%s">%s</a></li>' % (esc(href(org, hp, U(org, catpath(org, c)))), esc(c)) for c in cats(org))
    top = [pages[k] for k in list(pages)[:6]]
    tl = "".join('<li><a href="%s">%s</a></li>' % (esc(href(org, hp, U(org, pth))), esc(t)) for pth, t in top)
    welcome = "Wolkom by de gemeente Opsterland! " if code == "GM0086" else ("Wolkom by de provinsje Fryslân. " if code == "PV21" else "")
    body = '<p>%sWelkom op de website van %s.</p><h2>Onderwerpen</h2><ul>%s</ul><h2>Veel gezocht</h2><ul>%s</ul><p><a href="%s">Alle producten van A tot Z</a> &middot; <a href="%s">Formulieren</a></p>' % (
        welcome, esc(org["name"]), cl, tl, esc(href(org, hp, U(org, pre + "/a-z"))), esc(href(org, hp, U(org, pre + "/formulieren"))))
    if org["type"] == "waterschap":
        body += '<p><a href="%s">Keur en legger</a> &middot; <a href="%s">Belastingen: %s</a></p>' % (
            esc(href(org, hp, U(org, "/keur-en-legger/"))), "http://%s/" % org["taxhost"], esc(org["taxname"]))
    put(host, hp, page(org, hp, org["name"], body).replace("<title>", "<title>Home - ", 1).encode())
    # cookie wall / splash
    if org.get("cookie") == "links":
        put(host, "/", simple("Cookies op %s" % host, '<p>Wij gebruiken cookies om de website goed te laten werken en om het gebruik te meten.</p>'
                               '<p><a href="/home?cookies=alle">Alle cookies accepteren</a> <a href="/home?cookies=noodzakelijk">Alleen noodzakelijke cookies</a></p>'))
    elif org.get("cookie") == "form":
        put(host, "/", simple("Cookie-instellingen", '<form action="/start" method="get"><p>Kies welke cookies u accepteert.</p>'
                               '<label><input type="radio" name="consent" value="all" checked> Alle cookies</label>'
                               '<label><input type="radio" name="consent" value="min"> Alleen functionele cookies</label><button type="submit">Opslaan en doorgaan</button></form>'))
    elif org.get("splash"):
        langs = '<li><a href="/nl/">Nederlands</a></li>' + ('<li><a href="/fy/">Frysk</a></li>' if org.get("fy") else '<li><a href="/en/">English</a></li><li><a href="/de/">Deutsch</a></li>')
        put(host, "/", simple("Kies uw taal", '<p>Kies uw taal / Choose your language</p><ul>%s</ul>' % langs))
        if org.get("fy"):
            put(host, "/fy/", simple("Provinsje Fryslân", '<p>Wolkom. De measte ynformaasje is yn it Nederlânsk: <a href="/nl/">nei de Nederlânske side</a>.</p>', "fy"))
        else:
            put(host, "/de/", simple("Gemeinde Sluis", '<p>Willkommen in Sluis. <a href="/nl/">Nederlandse website</a> <a href="/en/">English</a></p>', "de"))
    # categories
    for c, ks in cats(org).items():
        cp = catpath(org, c)
        items = "".join('<li><a href="%s">%s</a></li>' % (esc(href(org, cp, U(org, pages[k][0]))), esc(pages[k][1])) for k in ks if k in pages)
        extra = "".join('<li><a href="%s">%s</a></li>' % (esc(href(org, cp, u)), esc(t)) for t, u in org.get("extra_pages", []) if h(t) % len(cats(org)) == list(cats(org)).index(c))
        put(host, cp, page(org, cp, c, "<ul>%s%s</ul>" % (items, extra)).encode())
    # A-Z (with stale links to products without a page)
    az = list(allp)
    for k in org.get("stale", []):
        az.append((P[k][0][0], U(org, product_path(org, k, P[k][0][0]))))
    az.sort()
    azp = pre + "/a-z"
    put(host, azp, page(org, azp, "Producten en diensten van A tot Z", "<ul>%s</ul>" % "".join(
        '<li><a href="%s">%s</a></li>' % (esc(href(org, azp, u)), esc(t)) for t, u in az)).encode())
    # forms overview
    fo = pre + "/formulieren"
    ol = OVERVIEW.get(code, [])
    put(host, fo, page(org, fo, pick(["Alle formulieren", "E-loket", "Digitaal loket"], code),
                       "<p>Hieronder vindt u al onze online formulieren.</p><ul>%s</ul>" % "".join(
                           '<li><a href="%s">%s</a></li>' % (esc(href(org, fo, u)), esc(t)) for t, u, k in sorted(ol))).encode())
    # contact, privacy, nieuws, betalen, zoeken, nieuwsbrief
    cp = pre + "/contact"
    put(host, cp, page(org, cp, "Contact", '<p>Bel 14 0%s of mail naar <a href="mailto:info@%s">info@%s</a>.</p><form action="%s" method="post"><h2>Contactformulier</h2>'
                       '<label>Naam <input name="naam"></label><label>Vraag <textarea name="vraag"></textarea></label><button>Versturen</button></form>' % (
                           h(code) % 900 + 100, dom(org), dom(org), esc(href(org, cp, U(org, pre + "/contact-verzonden"))))).encode())
    put(host, pre + "/contact-verzonden", page(org, pre + "/contact-verzonden", "Bedankt", "<p>Wij hebben uw vraag ontvangen.</p>").encode())
    put(host, pre + "/privacy", page(org, pre + "/privacy", "Privacyverklaring", "<p>Wij gaan zorgvuldig om met uw gegevens.</p>").encode())
    put(host, pre + "/zoeken", page(org, pre + "/zoeken", "Zoeken", "<p>Typ een zoekterm.</p>").encode())
    put(host, pre + "/nieuwsbrief", page(org, pre + "/nieuwsbrief", "Nieuwsbrief", "<p>U bent aangemeld.</p>").encode())
    put(host, pre + "/betalen", page(org, pre + "/betalen", "Betalen", '<p>Betaal uw factuur of aanslag direct online.</p><form action="%s" method="post"><label>Factuurnummer <input name="factuur"></label>'
                                      '<label>Bedrag <input name="bedrag"></label><button type="submit">Betalen met iDEAL</button></form>' % esc(href(org, pre + "/betalen", U(org, pre + "/betalen-ideal")))).encode())
    put(host, pre + "/betalen-ideal", page(org, pre + "/betalen-ideal", "iDEAL", "<p>U wordt doorgestuurd naar uw bank.</p>").encode())
    keysl = list(pages)
    news = []
    for i in range(3):
        k = keysl[h(code, i, "news") % len(keysl)] if keysl else None
        np_ = pre + "/nieuws/2026/%02d/%s" % (10 + i, slugify(["Nieuwe openingstijden", "Werkzaamheden", "Vraag nu aan: " + (pages[k][1] if k else "subsidie")][i]))
        t = ["Nieuwe openingstijden publiekshal", "Werkzaamheden in december", "Vanaf januari online: %s" % (pages[k][1].lower() if k else "")][i]
        put(host, np_, page(org, np_, t, "<p class=\"datum\">%d november 2026</p><p>%s Lees meer op de pagina <a href=\"%s\">%s</a>.</p>" % (
            i + 3, esc(P[k][1]) if k else "", esc(href(org, np_, U(org, pages[k][0]))), esc(pages[k][1]))).encode())
        news.append((t, U(org, np_)))
    put(host, pre + "/nieuws/", page(org, pre + "/nieuws/", "Nieuws", "<ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (esc(href(org, pre + "/nieuws/", u)), esc(t)) for t, u in news)).encode())
    # water board keur/legger
    if org["type"] == "waterschap":
        FILES[(host, "documenten/keur-%s.pdf" % slugify(n))] = reg_pdf("Keur %s 2026" % org["name"], org["name"])
        put(host, "/keur-en-legger/", page(org, "/keur-en-legger/", "Keur en legger", '<p>In de keur (waterschapsverordening) staan de regels voor werken in en bij water. '
            'De legger laat zien welke wateren en dijken wij beheren.</p><p><a href="/documenten/keur-%s.pdf">Waterschapsverordening (pdf)</a></p><p><a href="http://kaarten.%s/legger">Leggerkaart bekijken</a></p>' % (slugify(n), dom(org))).encode())
        put("kaarten." + dom(org), "/legger", simple("Leggerkaart", "<div id=\"map\">Kaart laden...</div>"))
        put(org["taxhost"], "/", simple(org["taxname"], "<p>%s int de belastingen voor gemeenten en het waterschap. <a href=\"http://mijn.%s/\">Mijn %s</a></p>" % (esc(org["taxname"]), org["taxhost"][4:], esc(org["taxname"]))))
        put("mijn." + org["taxhost"][4:], "/", simple("Mijn " + org["taxname"], '<p><a href="%s">Inloggen met DigiD</a></p>' % login_url("mijn." + org["taxhost"][4:], None, "mijn", "digid")))
    # English pages
    if org.get("english"):
        en_items = []
        for k in pages:
            if k in EN:
                ep = "/en/" + slugify(EN[k])
                put(host, ep, page(org, ep, EN[k], '<p lang="en">This page explains %s in English. Applications are made in Dutch: <a href="%s" hreflang="nl">Dutch page</a>.</p>' % (
                    esc(EN[k].lower()), esc(href(org, ep, U(org, pages[k][0])))), '<link rel="alternate" hreflang="nl" href="%s">' % U(org, pages[k][0])).encode())
                en_items.append((EN[k], ep))
        put(host, "/en/", page(org, "/en/", "Welcome", '<p lang="en">Information in English.</p><ul>%s</ul>' % "".join('<li><a href="%s">%s</a></li>' % (esc(href(org, "/en/", U(org, e))), esc(t)) for t, e in en_items)).encode())
    # Mijn omgeving host
    if org.get("mijn") or org["type"] == "rijk":
        mh = "mijn." + dom(org)
        put(mh, "/", simple("Mijn %s" % n, '<p>Bekijk uw lopende zaken, aanslagen en berichten.</p><p><a href="%s"><img src="/img/digid.svg" alt="DigiD"> Inloggen</a></p>' % login_url(mh, None, "mijn", "digid")))
    # appointment host
    if any("afspraak" in org["plans"][k].get("traps", []) for k in org["plans"] if org["plans"][k]["status"] == "ok"):
        ah = "afspraak." + dom(org)
        put(ah, "/", simple("Afspraak maken - %s" % n, '<form action="/kies-tijd" method="get"><label>Product <select name="product"><option>Paspoort</option><option>ID-kaart</option><option>Rijbewijs</option></select></label>'
                             '<label>Datum <input type="date" name="datum"></label><button>Kies een tijd</button></form>'))
        put(ah, "/kies-tijd", simple("Kies een tijd", "<p>Er zijn geen tijden beschikbaar op deze dag.</p>"))
    # form host index
    if org["formhost"] != host:
        put(org["formhost"], "/", simple("Formulieren - %s" % org["name"], "<p>Kies een formulier op de website van %s.</p>" % esc(org["name"])))
    # robots, sitemap, soft404
    robots = "User-agent: *\nDisallow: %s/zoeken\n" % pre
    urls = [U(org, hp)] + [u for t, u in allp] + [u for t, u in news]
    if org.get("sitemap"):
        robots += "Sitemap: http://%s/sitemap.xml\n" % host
        sm = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "".join(
            "<url><loc>%s</loc></url>\n" % esc(u) for u in sorted(set(urls))) + "</urlset>\n"
        put(host, "/sitemap.xml", sm.encode())
    put(host, "/robots.txt", robots.encode())
    if org.get("soft404"):
        fn = "soft404/%s.html" % host
        FILES[("__root__", fn)] = page(org, "/404", "Pagina niet gevonden", "<p>Helaas, de pagina die u zoekt bestaat niet (meer). Probeer de zoekfunctie of ga naar de homepage.</p>").encode()
        BEHAV["not_found_pages"].append({"host": host, "file": fn, "status": 200})
    if org.get("bare_redirect"):
        put(org["bare_redirect"], "/robots.txt", b"User-agent: *\n")
        BEHAV["host_redirects"].append({"host": org["bare_redirect"], "status": 301, "to": host})
    if org.get("www_redirect"):
        put(org["www_redirect"], "/robots.txt", b"User-agent: *\n")
        BEHAV["host_redirects"].append({"host": org["www_redirect"], "status": 301, "to": host})


def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    for org in ORGS:
        build_org(org)
    for org in ORGS:
        build_site(org)
    for v, pgs in SHARED_PAGES.items():
        for path, (t, body) in pgs.items():
            put(v, path, simple(t, body))
        put(v, "/robots.txt", b"User-agent: *\n")
    put("digid.test", "/inloggen", simple("DigiD | Inloggen", '<form method="post" action="/inloggen/verzenden"><label>DigiD gebruikersnaam <input name="u"></label><label>Wachtwoord <input type="password" name="p"></label><button>Inloggen</button></form><p><a href="/inloggen/app">Inloggen met de DigiD app</a></p>'))
    put("digid.test", "/", simple("DigiD", "<p>DigiD is uw digitale identiteit.</p>"))
    put("eherkenning.test", "/kies-uw-makelaar", simple("Kies uw eHerkenningsmakelaar", "<ul><li>Makelaar A</li><li>Makelaar B</li></ul>"))
    put("eherkenning.test", "/", simple("eHerkenning", "<p>Inloggen voor bedrijven.</p>"))
    seen = set()
    for r in REDIRECTS:
        if r["url"] not in seen:
            seen.add(r["url"])
            BEHAV["redirects"].append(r)
    os.makedirs(OUT)
    for (host, path), content in sorted(FILES.items()):
        fp = os.path.join(OUT, path) if host == "__root__" else os.path.join(OUT, "sites", host, path)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode())
    beh = {k: v for k, v in BEHAV.items() if v}
    json.dump({"name": "web-dev4 held-out web", "behaviours": beh}, open(os.path.join(OUT, "testweb.json"), "w"), indent=1, sort_keys=True)
    with open(os.path.join(OUT, "organisations.csv"), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for o in ORGS:
            site = "http://%s/" % (o.get("bare_redirect") if o["code"] == "GM0772" else o.get("www_redirect") or o["host"])
            w.writerow([o["code"], o["name"], o["type"], site, o.get("inhabitants", "")])
    with open(os.path.join(OUT, "labels.csv"), "w", newline="") as f:
        cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "notes"]
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in ROWS:
            w.writerow(r)
    print("files", len(FILES), "rows", len(ROWS))


if __name__ == "__main__":
    main()
