#!/usr/bin/env python3
"""Generator of the held-out web 'web-dev15' (emphasis: DigiD traps next to products).

usage: gen.py [OUTDIR]   (default: web/ beside this file)
Deterministic: no randomness except SHA-1 based choices; all output sorted.
"""
import csv, hashlib, html, json, os, re, shutil, sys

PRODUCTS_CSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'config', 'products.csv')
# later: os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "config", "products.csv")

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, "web")

E = html.escape


def h(*parts):
    return int(hashlib.sha1("|".join(parts).encode()).hexdigest(), 16)


def pick(seq, *key):
    return seq[h(*key) % len(seq)]

# ---------------------------------------------------------------- products
def load_products():
    rows = []
    with open(PRODUCTS_CSV, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append({k: r[k] for k in ("product_key", "name_nl", "org_types", "audience", "offered_by")})
    return rows

# own titles (colloquial, as real sites write them) and a section
TITLES = {
    "brp-uittreksel": (["Uittreksel BRP", "Uittreksel Basisregistratie Personen (BRP)", "Uittreksel uit de BRP aanvragen"], "Burgerzaken"),
    "verhuismelding": (["Verhuizen", "Verhuizing doorgeven", "Verhuizen binnen of naar de gemeente"], "Burgerzaken"),
    "geboorteaangifte": (["Geboorte", "Aangifte geboorte", "Geboorte aangeven"], "Burgerzaken"),
    "overlijdensaangifte": (["Overlijden", "Aangifte van overlijden", "Overlijden melden"], "Burgerzaken"),
    "huwelijksaangifte": (["Trouwen en geregistreerd partnerschap", "Melding voorgenomen huwelijk (ondertrouw)", "Trouwen"], "Burgerzaken"),
    "paspoort": (["Paspoort", "Paspoort aanvragen", "Reisdocumenten: paspoort"], "Burgerzaken"),
    "identiteitskaart": (["Identiteitskaart", "ID-kaart aanvragen", "Identiteitskaart (ID-kaart)"], "Burgerzaken"),
    "parkeervergunning": (["Parkeervergunning", "Parkeervergunning bewoners", "Parkeervergunning aanvragen"], "Verkeer en parkeren"),
    "gehandicaptenparkeerkaart": (["Gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart (GPK)", "Parkeerkaart voor gehandicapten"], "Verkeer en parkeren"),
    "gehandicaptenparkeerplaats": (["Gehandicaptenparkeerplaats", "Gehandicaptenparkeerplaats op kenteken", "Invalidenparkeerplaats"], "Verkeer en parkeren"),
    "hondenbelasting": (["Hondenbelasting", "Hond aanmelden of afmelden", "Hondenbelasting: aan- en afmelden"], "Belastingen"),
    "belastingkwijtschelding": (["Kwijtschelding", "Kwijtschelding gemeentelijke belastingen", "Kwijtschelding belastingen"], "Belastingen"),
    "woz-bezwaar": (["WOZ-waarde", "Bezwaar WOZ-beschikking", "Bezwaar tegen de WOZ-waarde"], "Belastingen"),
    "bijstand": (["Bijstandsuitkering", "Bijstand", "Uitkering levensonderhoud (bijstand)"], "Werk en inkomen"),
    "bijzondere-bijstand": (["Bijzondere bijstand", "Bijzondere kosten (bijzondere bijstand)", "Bijzondere bijstand aanvragen"], "Werk en inkomen"),
    "wmo-voorziening": (["Wmo", "Hulp bij het huishouden en andere Wmo-voorzieningen", "Ondersteuning thuis (Wmo)"], "Zorg"),
    "leerlingenvervoer": (["Leerlingenvervoer", "Aanvraag leerlingenvervoer", "Vervoer naar school"], "Onderwijs"),
    "grofvuil": (["Grofvuil", "Grof huishoudelijk afval", "Grofvuil laten ophalen"], "Afval"),
    "afvalcontainer": (["Minicontainer", "Afvalcontainers", "Container aanvragen, omruilen of inleveren"], "Afval"),
    "melding-openbare-ruimte": (["Melding openbare ruimte", "Melding doen", "Meldingen en klachten buitenruimte"], "Wonen en leefomgeving"),
    "omgevingsvergunning": (["Omgevingsvergunning", "Vergunning voor bouwen of verbouwen", "Omgevingsvergunning aanvragen"], "Bouwen en wonen"),
    "kapvergunning": (["Boom kappen", "Kapvergunning", "Bomen kappen"], "Bouwen en wonen"),
    "bouwdossier-inzage": (["Bouwtekeningen inzien", "Bouwdossier opvragen", "Archief: bouwdossiers"], "Bouwen en wonen"),
    "bezwaar": (["Bezwaar maken", "Bezwaarschrift indienen", "Niet eens met een besluit"], "Bestuur"),
    "klacht": (["Klacht indienen", "Klachten", "Ontevreden? Dien een klacht in"], "Bestuur"),
    "woo-verzoek": (["Woo-verzoek", "Informatie opvragen (Woo)", "Wet open overheid"], "Bestuur"),
    "subsidie": (["Subsidies", "Subsidie aanvragen", "Subsidie voor uw vereniging"], "Bestuur"),
    "evenementenvergunning": (["Evenement organiseren", "Evenementenvergunning", "Evenementen"], "Ondernemen"),
    "exploitatievergunning-horeca": (["Horeca-exploitatievergunning", "Exploitatievergunning", "Horecabedrijf beginnen"], "Ondernemen"),
    "alcoholvergunning": (["Drank schenken", "Alcoholvergunning", "Alcoholwetvergunning"], "Ondernemen"),
    "terrasvergunning": (["Terras", "Terrasvergunning", "Terras bij uw zaak"], "Ondernemen"),
    "standplaatsvergunning": (["Standplaats", "Standplaatsvergunning", "Verkopen op straat (standplaats)"], "Ondernemen"),
    "marktvergunning": (["Weekmarkt", "Marktplaats op de weekmarkt", "Marktvergunning"], "Ondernemen"),
    "reclamebelasting": (["Reclamebelasting", "Reclame op uw pand", "Reclame-uiting"], "Ondernemen"),
    "geluidsontheffing": (["Geluidsontheffing", "Ontheffing geluid", "Lawaai bij evenement of werk"], "Ondernemen"),
    "winkeltijdenontheffing": (["Winkeltijden", "Koopzondag", "Ontheffing winkeltijden"], "Ondernemen"),
    "kansspelautomaatvergunning": (["Speelautomaten", "Aanwezigheidsvergunning kansspelautomaten", "Gokkast in uw café"], "Ondernemen"),
    "collectevergunning": (["Collecte", "Collecteren", "Collectevergunning"], "Ondernemen"),
    "ligplaatsvergunning": (["Ligplaats", "Woonboot of ligplaats", "Ligplaatsvergunning"], "Bouwen en wonen"),
    "uitwegvergunning": (["Uitrit aanleggen", "Inrit of uitweg", "Uitwegvergunning"], "Bouwen en wonen"),
    "belastingaanslag-bezwaar": (["Bezwaar tegen uw aanslag", "Bezwaar gemeentelijke belastingen", "Niet eens met uw aanslag"], "Belastingen"),
    "betalingsregeling": (["Betalingsregeling", "Betalen in termijnen", "Automatische incasso en betalingsregeling"], "Belastingen"),
    # water board
    "wegvergunning-provinciaal": (["Werken langs een weg of vaarweg", "Vergunning werken aan wegen"], "Vergunningen"),
    "schadevergoeding-provincie": (["Schade melden", "Schadeclaim indienen"], "Contact"),
    "watervergunning": (["Watervergunning", "Vergunning aanvragen"], "Vergunningen"),
    "watermelding": (["Melding doen", "Melding of klacht over water"], "Contact"),
    "zuiveringsheffing": (["Zuiveringsheffing", "Vervuilingseenheden"], "Belastingen"),
    "watersysteemheffing": (["Watersysteemheffing", "Waterschapsbelasting"], "Belastingen"),
    "bedrijfsafvalwater-melding": (["Lozen bedrijfsafvalwater", "Melding lozing"], "Vergunningen"),
}


def slugify(t):
    s = t.lower()
    for a, b in (("(", ""), (")", ""), (":", ""), ("?", ""), (",", ""), ("'", ""), ("é", "e"), ("ë", "e"), ("/", "-")):
        s = s.replace(a, b)
    return "-".join(s.split())

# ---------------------------------------------------------------- organisations
ORGS = [
    dict(code="GM0297", name="Gemeente Zaltbommel", short="Zaltbommel", host="www.zaltbommel.test", family="slug",
         form="openforms", formhost="formulieren.zaltbommel.test", tax="www.belastingenrivierenland.test", waste="www.avri.test",
         social=None, site_traps=["footer_logos"], cookie=True, sitemap=True),
    dict(code="GM0281", name="Gemeente Tiel", short="Tiel", host="www.tiel.test", family="iprox",
         form="tripleforms", formhost="loket.tiel.test", tax="www.belastingenrivierenland.test", waste="www.avri.test",
         social="www.werkzaakrivierenland.test", site_traps=["header_mijn"], bare_redirect=True, sitemap=False),
    dict(code="GM0216", name="Gemeente Culemborg", short="Culemborg", host="www.culemborg.test", family="catalog",
         form="gravity", formhost="mijn.culemborg.test", tax="www.belastingenrivierenland.test", waste="www.avri.test",
         social="www.werkzaakrivierenland.test", site_traps=["feedback"], soft404=True, sitemap=True),
    dict(code="GM1991", name="Gemeente Maashorst", short="Maashorst", host="www.gemeentemaashorst.test", family="owc",
         form="goform", formhost="eformulieren.gemeentemaashorst.test", tax=None, waste=None, social=None,
         site_traps=["header_mijn"], taalsplash=True, english=True, sitemap=True),
    dict(code="GM0824", name="Gemeente Oisterwijk", short="Oisterwijk", host="www.oisterwijk.test", family="sim",
         form="formdesk", formhost="oisterwijk.formdesk.test", tax=None, waste=None, social=None,
         site_traps=["footer_logos", "feedback"], sitemap=False),
    dict(code="GM0777", name="Gemeente Etten-Leur", short="Etten-Leur", host="www.etten-leur.test", family="typo3",
         form="exxellence", formhost="eloket.etten-leur.test", tax="www.bwb.test", waste=None, social=None,
         site_traps=["footer_logos", "chatbot"], soft404=True, english=True, sitemap=True),
    dict(code="GM1931", name="Gemeente Krimpenerwaard", short="Krimpenerwaard", host="www.krimpenerwaard.test", family="nlds",
         form="openforms", formhost="formulieren.krimpenerwaard.test", tax="www.svhw.test", waste=None, social=None,
         site_traps=["header_mijn", "feedback"], cookie=True, sitemap=False),
    dict(code="GM1904", name="Gemeente Stichtse Vecht", short="Stichtse Vecht", host="stichtsevecht.test", family="sitecore",
         form="sim", formhost="eloket.stichtsevecht.test", tax=None, waste=None, social=None,
         site_traps=["header_mijn", "chatbot"], www_redirect=True, sitemap=True),
    dict(code="WS0372", name="Hoogheemraadschap van Delfland", short="Delfland", host="www.hhdelfland.test", family="wp",
         form="gravity", formhost="www.hhdelfland.test", tax=None, waste=None, social=None,
         site_traps=["footer_logos"], sitemap=True, english=True, org_type="waterschap"),
]

SITE_TRAP_TXT = {
    "header_mijn": "site-wide 'Mijn {s}' / 'Inloggen met DigiD' button in the header",
    "footer_logos": "DigiD and eHerkenning logos in the footer",
    "feedback": "'Was deze informatie nuttig?' feedback form under the page",
    "chatbot": "'Stel uw vraag' chatbot widget",
}

# ---------------------------------------------------------------- routes plan
# kinds: digid, eh (100); prefill (100, strict 100); anon (67); pdf (33); info, appt (0);
# via_tax, via_olo, via_waste, via_social, via_parking; not_found, not_offered
BASE = {
    "brp-uittreksel": ["digid", "prefill", "digid"],
    "verhuismelding": ["prefill", "digid", "digid"],
    "geboorteaangifte": ["digid", "info", "digid"],
    "overlijdensaangifte": ["info", "info", "pdf"],
    "huwelijksaangifte": ["digid", "digid", "pdf"],
    "paspoort": ["appt"], "identiteitskaart": ["appt", "appt", "info"],
    "parkeervergunning": ["digid", "via_parking", "pdf"],
    "gehandicaptenparkeerkaart": ["digid", "pdf", "anon"],
    "gehandicaptenparkeerplaats": ["anon", "pdf", "digid"],
    "hondenbelasting": ["digid", "digid", "not_offered"],
    "belastingkwijtschelding": ["via_tax", "digid"],
    "woz-bezwaar": ["via_tax", "digid"],
    "bijstand": ["via_social", "digid", "digid"],
    "bijzondere-bijstand": ["digid", "pdf", "digid"],
    "wmo-voorziening": ["anon", "info", "digid"],
    "leerlingenvervoer": ["digid", "pdf", "digid"],
    "grofvuil": ["via_waste", "anon", "appt"],
    "afvalcontainer": ["via_waste", "anon", "digid"],
    "melding-openbare-ruimte": ["anon", "anon", "anon"],
    "omgevingsvergunning": ["via_olo"],
    "kapvergunning": ["via_olo", "pdf", "anon"],
    "bouwdossier-inzage": ["anon", "anon", "info"],
    "bezwaar": ["digid", "anon", "pdf"],
    "klacht": ["anon", "digid", "anon"],
    "woo-verzoek": ["anon", "digid", "info"],
    "subsidie": ["eh", "pdf", "anon"],
    "evenementenvergunning": ["eh", "pdf", "anon"],
    "exploitatievergunning-horeca": ["pdf", "eh", "eh"],
    "alcoholvergunning": ["eh", "pdf", "eh"],
    "terrasvergunning": ["pdf", "eh", "anon"],
    "standplaatsvergunning": ["pdf", "anon", "eh"],
    "marktvergunning": ["info", "pdf", "not_found"],
    "reclamebelasting": ["not_offered", "info", "not_found"],
    "geluidsontheffing": ["anon", "pdf", "eh"],
    "winkeltijdenontheffing": ["not_offered", "info", "not_found"],
    "kansspelautomaatvergunning": ["pdf", "eh", "not_found"],
    "collectevergunning": ["anon", "pdf", "info"],
    "ligplaatsvergunning": ["not_found", "info", "pdf"],
    "uitwegvergunning": ["pdf", "anon", "via_olo"],
    "belastingaanslag-bezwaar": ["via_tax", "digid"],
    "betalingsregeling": ["via_tax", "anon", "digid"],
    "wegvergunning-provinciaal": ["via_olo"], "schadevergoeding-provincie": ["anon"],
    "watervergunning": ["via_olo"], "watermelding": ["anon"],
    "zuiveringsheffing": ["via_tax"], "watersysteemheffing": ["via_tax"],
    "bedrijfsafvalwater-melding": ["eh"],
}

# forced trap products per organisation: product -> (kind, [traps])
TRAPS = {
    "GM0297": {"paspoort": ("appt", ["sidebar_direct"]), "terrasvergunning": ("pdf", ["seealso", "regpdf"]),
               "overlijdensaangifte": ("info", ["news"]), "gehandicaptenparkeerkaart": ("pdf", ["business"]),
               "identiteitskaart": ("appt", ["faq"])},
    "GM0281": {"identiteitskaart": ("appt", ["status"]), "leerlingenvervoer": ("pdf", ["eloket"]),
               "standplaatsvergunning": ("pdf", ["change"]), "wmo-voorziening": ("info", ["contact", "sidebar_direct"])},
    "GM0216": {"paspoort": ("appt", ["seealso"]), "gehandicaptenparkeerkaart": ("pdf", ["business", "regpdf"]),
               "marktvergunning": ("info", ["change"]), "overlijdensaangifte": ("info", ["faq"])},
    "GM1991": {"paspoort": ("appt", ["sidebar_direct"]), "kansspelautomaatvergunning": ("pdf", ["eloket"]),
               "terrasvergunning": ("pdf", ["seealso"]), "ligplaatsvergunning": ("info", ["news"])},
    "GM0824": {"identiteitskaart": ("appt", ["status"]), "collectevergunning": ("pdf", ["sidebar_direct"]),
               "gehandicaptenparkeerplaats": ("pdf", ["seealso", "regpdf"]), "overlijdensaangifte": ("info", ["contact"])},
    "GM0777": {"paspoort": ("appt", ["faq"]), "standplaatsvergunning": ("pdf", ["business"]),
               "bouwdossier-inzage": ("info", ["status"]), "leerlingenvervoer": ("pdf", ["change"])},
    "GM1931": {"identiteitskaart": ("appt", ["sidebar_direct"]), "marktvergunning": ("pdf", ["eloket"]),
               "gehandicaptenparkeerkaart": ("pdf", ["business"]), "wmo-voorziening": ("info", ["news", "status"])},
    "GM1904": {"paspoort": ("appt", ["status", "seealso"]), "terrasvergunning": ("pdf", ["eloket"]),
               "overlijdensaangifte": ("info", ["change"]), "kansspelautomaatvergunning": ("pdf", ["regpdf", "sidebar_direct"])},
    "WS0372": {"schadevergoeding-provincie": ("pdf", ["sidebar_direct"]), "watermelding": ("anon", ["news"])},
}

EXTRA_NOT_FOUND = {
    "GM0297": ("ligplaatsvergunning", "bouwdossier-inzage"), "GM0281": ("ligplaatsvergunning", "geluidsontheffing"),
    "GM0216": ("ligplaatsvergunning", "collectevergunning"), "GM1991": ("winkeltijdenontheffing", "bouwdossier-inzage"),
    "GM0824": ("ligplaatsvergunning", "kansspelautomaatvergunning"), "GM0777": ("ligplaatsvergunning", "marktvergunning"),
    "GM1931": ("collectevergunning", "geluidsontheffing"), "GM1904": ("winkeltijdenontheffing", "bouwdossier-inzage"),
    "WS0372": ("betalingsregeling",),
}

TRAP_TXT = {
    "sidebar_direct": "'Direct regelen' sidebar lists other products' DigiD forms",
    "seealso": "'Zie ook' link to a neighbouring product's DigiD form",
    "regpdf": "regulation/tariff PDF next to the product",
    "news": "a news item about the product links to a DigiD login",
    "faq": "an FAQ page about the product links to a DigiD login",
    "business": "a businesses' page of the same name has an eHerkenning form for businesses only",
    "status": "'Bekijk de status van uw aanvraag' (Mijn Zaken) behind DigiD",
    "eloket": "e-loket overview lists many DigiD forms, this product has only a PDF",
    "change": "DigiD login only for viewing or changing an existing permit/registration",
    "contact": "generic contact form link",
}

LEVEL = {"digid": 100, "eh": 100, "prefill": 100, "anon": 67, "pdf": 33, "info": 0, "appt": 0,
         "via_tax": 100, "via_olo": 100, "via_waste": 67, "via_social": 100, "via_parking": 100}


def plan_org(o, products):
    rows = []
    for p in products:
        k = p["product_key"]
        opts = BASE.get(k, ["info"])
        kind = pick(opts, o["code"], k)
        traps = []
        if k in TRAPS[o["code"]]:
            kind, traps = TRAPS[o["code"]][k]
        if k in EXTRA_NOT_FOUND.get(o["code"], ()):
            kind = "not_found"
        # fallbacks for bodies the org does not have
        if kind == "via_tax" and not o["tax"]:
            kind = "digid"
        if kind == "via_waste" and not o["waste"]:
            kind = "anon"
        if kind == "via_social" and not o["social"]:
            kind = "digid"
        if kind == "via_parking" and o["code"] not in ("GM0297", "GM1904", "GM0777"):
            kind = "digid"
        rows.append(dict(p=p, kind=kind, traps=list(traps)))
    return rows

# ---------------------------------------------------------------- PDF writer
def pdf_bytes(title, lines):
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").encode("latin-1", "replace").decode("latin-1")
    content = ["BT /F1 16 Tf 50 790 Td (%s) Tj ET" % esc(title)]
    y = 760
    for ln in lines:
        content.append("BT /F1 11 Tf 50 %d Td (%s) Tj ET" % (y, esc(ln)))
        y -= 18
    stream = "\n".join(content).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            ("<< /Title (%s) /Producer (web-dev15) >>" % esc(title)).encode("latin-1", "replace")]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, ob in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + ob + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for of in offs:
        out += b"%010d 00000 n \n" % of
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return bytes(out)


def form_pdf(orgname, title):
    return pdf_bytes("Aanvraagformulier " + title, [
        orgname, "", "1. Gegevens aanvrager", "Naam: ______________________________",
        "Adres: _____________________________", "Postcode en woonplaats: ____________________",
        "Telefoonnummer: ____________________", "E-mailadres: _______________________", "",
        "2. Uw aanvraag", "Omschrijving: ______________________________________",
        "Datum(s): __________________", "", "3. Ondertekening",
        "Datum: ____________  Handtekening: ____________________", "",
        "Stuur het ingevulde formulier naar de gemeente of lever het in bij de balie."])


def reg_pdf(orgname, title):
    return pdf_bytes(title, [orgname, "", "Artikel 1 Begripsbepalingen",
                             "In deze verordening wordt verstaan onder ...", "Artikel 2 Tarieven",
                             "De tarieven staan in de bij deze verordening behorende tarieventabel.",
                             "Artikel 3 Inwerkingtreding", "Deze verordening treedt in werking op 1 januari 2026."])

# ---------------------------------------------------------------- writing helpers
FILES = {}
BEHAV = {"redirects": [], "host_redirects": [], "not_found_pages": []}


def put(host, path, content):
    if path.endswith("/"):
        path += "index.html"
    key = (host, path.lstrip("/"))
    if isinstance(content, str):
        content = content.encode("utf-8")
    FILES[key] = content


def login_start(host, path, idp):
    put(host, path, "<html><body>Doorsturen naar %s ...</body></html>" % idp)
    BEHAV["redirects"].append({"url": "http://%s%s" % (host, path), "status": 302,
                               "location": "http://%s/inloggen?return=http://%s%s" % (idp, host, path)})
    return "http://%s%s" % (host, path)

DIGID_IMG = '<img src="http://www.digid.test/images/digid-logo.svg" alt="DigiD" width="40">'
EH_IMG = '<img src="http://www.eherkenning.test/images/eherkenning-logo.svg" alt="eHerkenning" width="60">'

# ---------------------------------------------------------------- form routes
def make_route(o, r, title, slug):
    """Create the route target and return (route_url, cta_html, note)."""
    kind = r["kind"]
    fh = o["formhost"]
    style = o["form"]
    s = slug
    if kind in ("digid", "prefill", "eh"):
        idp = "www.eherkenning.test" if kind == "eh" else "www.digid.test"
        means = "eHerkenning" if kind == "eh" else "DigiD"
        pre = "<p>Wij vullen uw persoonsgegevens alvast in: uw gegevens zijn al ingevuld uit de BRP.</p>" if kind == "prefill" else ""
        if style == "openforms":
            fpath = "/%s/" % s
            ls = login_start(fh, "/auth/%s/%s/start" % (s, means.lower()), idp)
            put(fh, fpath, page_plain("%s - %s" % (title, o["short"]),
                '<div id="open-forms-sdk-root" data-form="%s"></div>%s<noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>'
                '<script>var r=document.getElementById("open-forms-sdk-root");'
                'r.innerHTML=\'<h1>%s</h1><p>Log in om het formulier te starten.</p><a class="openforms-button" href="%s">Inloggen met %s</a>\';</script>'
                % (s, pre, E(title), ls, means)))
            note = "Open Formulieren form (JS-rendered) with %s login" % means
        elif style == "tripleforms":
            fpath = "/TriplEforms/DirectRegelen/%s.aspx" % "".join(w.capitalize() for w in s.split("-"))
            ls = login_start(fh, "/TriplEforms/Login/%s/%s.aspx" % (means, s), idp)
            put(fh, fpath, page_plain("Stap 1 van 4 - %s" % title,
                '<h1>%s</h1>%s<p>Voor dit formulier moet u inloggen.</p><form action="%s" method="get">'
                '<input type="hidden" name="form" value="%s"><button type="submit">Inloggen met %s</button></form>'
                % (E(title), pre, ls, s, means)))
            note = "TriplEforms .aspx wizard behind %s" % means
        elif style == "gravity":
            fpath = "/formulieren/%s/" % s
            ls = login_start(fh, "/inloggen/%s/?redirect_to=/formulieren/%s/" % (means.lower(), s) if False else "/inloggen/%s/%s" % (means.lower(), s), idp)
            put(fh, fpath, page_plain(title, '<h1>%s</h1>%s<p>Log in om verder te gaan.</p><a href="%s">%s Inloggen met %s</a>'
                                      % (E(title), pre, ls, DIGID_IMG if means == "DigiD" else EH_IMG, means)))
            note = "form on %s behind %s login" % (fh, means)
        elif style == "goform":
            fpath = "/eformulieren/%s" % s
            ls = login_start(fh, "/eformulieren/login/%s/%s" % (means.lower(), s), idp)
            put(fh, fpath, page_plain(title, '<h1>%s</h1>%s<p>U logt in met %s.</p><a href="%s">%s</a>'
                                      % (E(title), pre, means, ls, DIGID_IMG if means == "DigiD" else EH_IMG)))
            note = "GemeenteOplossingen e-form; login link shown only as %s logo image with alt text" % means
        elif style == "formdesk":
            fpath = "/%s" % s
            ls = login_start(fh, "/login-%s/%s" % (means.lower(), s), idp)
            put(fh, fpath, page_plain(title, '<h1>%s</h1>%s<p>Dit formulier vult u in na inloggen.</p><button onclick="location.href=\'%s\'">Inloggen met %s</button>'
                                      % (E(title), pre, ls, means)))
            note = "Formdesk form behind %s (button onclick)" % means
        elif style == "exxellence":
            fpath = "/formulier/%s" % s
            ls = login_start(fh, "/login/%s/%s" % (means.lower(), s), idp)
            put(fh, fpath, page_plain(title, '<h1>%s</h1>%s<form action="%s" method="get"><input type="submit" value="Inloggen met %s"></form>'
                                      % (E(title), pre, ls, means)))
            note = "e-loket form behind %s (GET form submit)" % means
        else:  # sim
            fpath = "/aanvragen/%s.html" % s
            ls = login_start(fh, "/aanvragen/%s/%s.html" % (means.lower(), s), idp)
            put(fh, fpath, page_plain(title, '<h1>Digitaal aanvragen: %s</h1>%s<a href="%s">Start met %s</a>'
                                      % (E(title), pre, ls, means)))
            note = "SIM e-form behind %s" % means
        url = "http://%s%s" % (fh, fpath)
        label = pick(["Direct aanvragen", "Online regelen", "Aanvragen met %s" % means, "Start het formulier (%s)" % means,
                      "Regel het online"], o["code"], s, "cta")
        return url, label, note
    if kind == "anon":
        if style == "openforms":
            fpath = "/%s/" % s
            put(o["formhost"], fpath, page_plain(title, '<div id="open-forms-sdk-root"></div><script>document.getElementById("open-forms-sdk-root").innerHTML='
                '\'<h1>%s</h1><form method="post" action="/%s/verzenden"><label>Naam <input name="naam"></label><label>E-mail <input name="email"></label>'
                '<label>Toelichting <textarea name="toelichting"></textarea></label><button type="submit">Volgende</button></form>\';</script>' % (E(title), s)))
            note = "anonymous Open Formulieren form (JS-rendered)"
        else:
            fpath = {"tripleforms": "/TriplEforms/Formulier/%s.aspx", "gravity": "/formulieren/%s/", "goform": "/eformulieren/%s",
                     "formdesk": "/%s", "exxellence": "/formulier/%s", "sim": "/aanvragen/%s.html"}[style] % s
            put(fh, fpath, page_plain(title, '<h1>%s</h1><p>Velden met * zijn verplicht. U hoeft niet in te loggen.</p>'
                '<form method="post" action="%s"><label>Naam* <input name="naam"></label><label>Adres* <input name="adres"></label>'
                '<label>E-mailadres* <input name="email" type="email"></label><label>Uw aanvraag <textarea name="omschrijving"></textarea></label>'
                '<input type="file" name="bijlage"> <small>Toegestaan: pdf, doc, docx, jpg</small><button type="submit">Versturen</button></form>' % (E(title), fpath)))
            note = "online form without login on %s" % fh
        return "http://%s%s" % (fh, fpath), pick(["Online formulier invullen", "Vul het formulier in", "Meld het online", "Aanvragen"], o["code"], s, "cta"), note
    if kind == "pdf":
        fpath = "/%s/aanvraagformulier-%s.pdf" % ("documents" if o["family"] != "iprox" else "Documenten", s)
        put(o["host"], fpath, form_pdf(o["name"], title))
        return "http://%s%s" % (o["host"], fpath), "Aanvraagformulier %s (pdf, %d kB)" % (title.lower(), 40 + h(s) % 150), "printable PDF form"
    return None, None, None

# shared bodies' routes
SHARED = {
    "www.belastingenrivierenland.test": "Belastingen Rivierenland",
    "www.bwb.test": "Belastingsamenwerking West-Brabant (BWB)",
    "www.svhw.test": "SVHW",
    "www.avri.test": "Avri",
    "www.werkzaakrivierenland.test": "Werkzaak Rivierenland",
    "omgevingswet.overheid.test": "Omgevingsloket",
    "zaltbommel.parkeerservice.test": "Parkeerservice",
}
SHARED_PAGES = {}


def shared_route(host, key, title):
    path = "/%s" % key
    if host == "omgevingswet.overheid.test":
        path = "/aanvragen/"
        ls = login_start(host, "/aanvragen/inloggen/digid", "www.digid.test")
        ls2 = login_start(host, "/aanvragen/inloggen/eherkenning", "www.eherkenning.test")
        SHARED_PAGES[(host, path)] = page_plain("Aanvragen - Omgevingsloket",
            '<h1>Vergunning aanvragen of melding doen</h1><p>Log in om een aanvraag of melding in te dienen. Uw gegevens worden automatisch ingevuld.</p>'
            '<a href="%s">Inloggen met DigiD</a> <a href="%s">Inloggen met eHerkenning</a>' % (ls, ls2))
        return "http://%s%s" % (host, path), True
    if host == "www.avri.test":
        SHARED_PAGES[(host, path)] = page_plain(title + " - Avri", '<h1>%s</h1><form method="post" action="%s/verstuur"><label>Postcode <input name="postcode"></label>'
            '<label>Huisnummer <input name="huisnummer"></label><label>Wat wilt u? <select name="soort"><option>Aanmelden</option><option>Omruilen</option></select></label>'
            '<button type="submit">Verder</button></form>' % (E(title), path))
        return "http://%s%s" % (host, path), False
    ls = login_start(host, "/inloggen" + path, "www.digid.test")
    SHARED_PAGES[(host, path)] = page_plain(title + " - " + SHARED[host], '<h1>%s</h1><p>Regel dit online via ons digitale loket. Log in met DigiD; bedrijven met eHerkenning.</p>'
        '<a class="button" href="%s">Inloggen met DigiD</a>' % (E(title), ls))
    return "http://%s%s" % (host, path), False

# ---------------------------------------------------------------- page templates
def page_plain(title, body, extra_head=""):
    return ('<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>%s</title>%s</head>\n<body>\n%s\n</body></html>\n'
            % (E(title), extra_head, body))


class Site:
    def __init__(self, o):
        self.o = o
        self.host = o["host"]
        self.pages = []  # (url, title) for sitemap/A-Z
        self.fam = o["family"]

    def url_for(self, key, title, n, audience="inwoner"):
        s = slugify(title)
        f = self.fam
        if f == "slug":
            return "/" + s
        if f == "iprox":
            sect = TITLES[key][1].replace(" ", "_")
            return "/Inwoners/%s/%s" % (sect, title.replace(" ", "_").replace("(", "").replace(")", "").replace(":", ""))
        if f == "catalog":
            return "/product?id=%d" % n
        if f == "owc":
            return "/onderwerp/" + s
        if f == "sim":
            return "/%s/producten-en-diensten/%s" % ("ondernemers" if audience == "ondernemer" else "inwoners", s)
        if f == "typo3":
            return "/%s/%s/%s.html" % ("ondernemen" if audience == "ondernemer" else "inwoners", slugify(TITLES[key][1]), s)
        if f == "nlds":
            return "/loket/" + s
        if f == "sitecore":
            return "/%s/%s" % ("ondernemer" if audience == "ondernemer" else "inwoner", s)
        return "/%s/" % s  # wp

    def link(self, path):
        """Links as the family writes them."""
        if self.fam == "sitecore":
            return path.lstrip("/")  # relative to <base href>
        return path

    def header(self):
        o = self.o
        s = o["short"]
        nav = [("Home", "/home" if o.get("cookie") or o.get("taalsplash") else "/"), ("Producten en diensten", self.overview_path()),
               ("Nieuws", "/nieuws/"), ("Contact", "/contact/")]
        if self.fam in ("sitecore", "typo3", "sim"):
            nav.insert(2, ("Ondernemers", "/ondernemers/" if self.fam != "sitecore" else "/ondernemer/"))
        out = '<header class="site-header"><a class="logo" href="%s">%s</a><nav><ul>' % (self.link(nav[0][1]), E(o["name"]))
        out += "".join('<li><a href="%s">%s</a></li>' % (self.link(u), E(t)) for t, u in nav)
        out += '</ul></nav><form action="%s" method="get" role="search"><input name="q"><button>Zoeken</button></form>' % self.link("/zoeken")
        if "header_mijn" in o["site_traps"]:
            mh = "mijn." + self.host.replace("www.", "")
            out += '<a class="mijn-login" href="http://%s/">Mijn %s</a> <a href="http://%s/">%s Inloggen met DigiD</a>' % (mh, E(s), mh, DIGID_IMG)
        return out + "</header>"

    def footer(self):
        o = self.o
        out = '<footer><p>%s &middot; Postbus 100 &middot; <a href="tel:14%s">14 %s</a> &middot; <a href="mailto:info@%s">info@%s</a></p>' % (
            E(o["name"]), "0" + o["code"][-3:], "0" + o["code"][-3:], self.host.replace("www.", ""), self.host.replace("www.", ""))
        out += '<p><a href="%s">Privacy</a> <a href="%s">Toegankelijkheid</a> <a href="%s">Sitemap</a></p>' % (
            self.link("/privacy"), self.link("/toegankelijkheid"), self.link("/a-z"))
        if "footer_logos" in o["site_traps"]:
            out += '<div class="footer-logos">%s %s <span>Veilig inloggen met DigiD of eHerkenning</span></div>' % (DIGID_IMG, EH_IMG)
        if "chatbot" in o["site_traps"]:
            out += ('<div id="chatbot" class="chat-widget"><button>Stel uw vraag</button><p>Gemma, de digitale assistent, helpt u graag. '
                    'Voor persoonlijke vragen kunt u <a href="http://mijn.%s/">inloggen met DigiD</a>.</p></div>' % self.host.replace("www.", ""))
        return out + "</footer>"

    def overview_path(self):
        return {"slug": "/producten", "iprox": "/Inwoners/", "catalog": "/producten", "owc": "/onderwerpen", "sim": "/inwoners/producten-en-diensten/",
                "typo3": "/inwoners/", "nlds": "/loket/", "sitecore": "/inwoner/", "wp": "/regelen/"}[self.fam]

    def render(self, title, main, aside="", head_extra="", feedback=True):
        o = self.o
        base = '<base href="http://%s/">' % self.host if self.fam == "sitecore" else ""
        body = self.header() + '<main id="content">' + main + "</main>"
        if aside:
            body += '<aside class="sidebar">%s</aside>' % aside
        if feedback and "feedback" in o["site_traps"]:
            body += ('<section class="feedback"><h2>Was deze informatie nuttig?</h2><form action="%s" method="post">'
                     '<button name="nuttig" value="ja">Ja</button><button name="nuttig" value="nee">Nee</button>'
                     '<textarea name="opmerking"></textarea></form></section>' % self.link("/feedback"))
        body += self.footer()
        gen = {"slug": "Drupal 10 (GemeenteOplossingen)", "iprox": "iprox", "catalog": "Tridion-PDC", "owc": "WordPress OpenWebConcept",
               "sim": "Simgroep Smart Dashboard", "typo3": "TYPO3 CMS", "nlds": "NL Design System (Utrecht components)",
               "sitecore": "Sitecore", "wp": "WordPress 6.4"}[self.fam]
        return page_plain("%s | %s" % (title, o["name"]), body, base + '<meta name="generator" content="%s">' % gen + head_extra)


def product_body(site, o, r, title, cta, note_bits, extra_links):
    """Heading template per family; cta is an html fragment or ''."""
    k = r["p"]["product_key"]
    nm = r["p"]["name_nl"]
    intro = "<p>%s. Hieronder leest u hoe dit werkt in %s.</p>" % (E(nm), E(o["short"]))
    kosten = "<p>Kijk voor de kosten in de tarieventabel of neem contact op met het KlantContactCentrum.</p>"
    f = site.fam
    if f in ("slug", "nlds"):
        parts = [("Wat is het?", intro), ("Hoe werkt het?", "<p>Hieronder leest u wat u moet doen.</p>" + cta),
                 ("Wat moet ik doen?", "<p>Zorg dat u alle gegevens bij de hand heeft.</p>"), ("Wat kost het?", kosten)]
        main = "<h1>%s</h1>" % E(title) + "".join("<h2>%s</h2>%s" % (a, b) for a, b in parts)
    elif f in ("iprox", "wp"):
        main = "<h1>%s</h1>%s<h2>Aanvragen</h2>%s<h2>Voorwaarden</h2><p>U staat ingeschreven in de gemeente of heeft een belang.</p><h2>Kosten</h2>%s" % (
            E(title), intro, cta, kosten)
    elif f in ("catalog", "sim"):
        main = ("<h1>%s</h1>%s<details open><summary>Wat moet u doen</summary>%s</details><details><summary>Wat heeft u nodig</summary>"
                "<p>Een geldig legitimatiebewijs.</p></details><details><summary>Kosten</summary>%s</details><details><summary>Termijn</summary>"
                "<p>U krijgt binnen 8 weken een besluit.</p></details>" % (E(title), intro, cta, kosten))
    else:  # owc, typo3, sitecore
        main = "<h1>%s</h1><div class=\"lead\">%s</div><h2>Direct regelen</h2>%s<h2>Meer informatie</h2><p>Heeft u vragen? Bel 14 0%s.</p>%s" % (
            E(title), intro, cta, o["code"][-3:], kosten)
    return main + extra_links


def cta_html(site, o, url, label, key, kind):
    """Vary the structure of the call to action."""
    if url is None:
        return ""
    variant = pick(["a", "a", "button", "getform", "iframe", "imgalt"], o["code"], key, "ctav")
    if kind in ("pdf",):
        variant = "a"
    if kind not in ("digid", "prefill", "eh") and variant == "imgalt":
        variant = "a"
    if variant == "button":
        return '<p><button class="btn" onclick="location.href=\'%s\'">%s</button></p>' % (url, E(label)), "button onclick"
    if variant == "getform":
        return '<form action="%s" method="get"><button type="submit">%s</button></form>' % (url, E(label)), "GET form"
    if variant == "iframe":
        return '<iframe src="%s" title="%s" width="100%%" height="600"></iframe>' % (url, E(label)), "iframe"
    if variant == "imgalt":
        img = EH_IMG if kind == "eh" else DIGID_IMG
        return '<p><a href="%s">%s</a></p>' % (url, img), "DigiD/eHerkenning logo image as link"
    return '<p><a class="cta" href="%s">%s</a></p>' % (url, E(label)), "anchor"

# ---------------------------------------------------------------- build one organisation
def build_org(o, products, labels, stats):
    site = Site(o)
    s = o["short"]
    host = o["host"]
    rows = plan_org(o, products)
    mh = "mijn." + host.replace("www.", "")
    site_trap_note = "; ".join("Trap: " + SITE_TRAP_TXT[t].format(s=s) for t in o["site_traps"])
    # mijn portal (site-wide login)
    login_start(mh, "/", "www.digid.test")
    overview_items = []  # (title, url)
    eloket_forms = []  # forms listed on the e-loket overview (title, url)
    news = []
    faqs = []
    business_pages = []
    n = 1000 + h(o["code"]) % 800
    prod_pages = {}
    shared_page_of = {}
    # shared page: bezwaar + belastingaanslag-bezwaar on one page for Tiel and Oisterwijk
    share_pair = ("belastingaanslag-bezwaar", "woz-bezwaar") if o["code"] in ("GM0281", "GM0824") else None
    for r in rows:
        p = r["p"]
        k = p["product_key"]
        kind = r["kind"]
        titles = TITLES[k][0]
        title = pick(titles, o["code"], k, "t")
        n += 1 + h(o["code"], k) % 7
        path = site.url_for(k, title, n, "ondernemer" if p["audience"] == "ondernemer" else "inwoner")
        r["title"] = title
        r["path"] = path
        if kind in ("not_found",):
            r["status"] = "not_found"
            r["note"] = "No page for this product on the site"
            if o.get("soft404"):
                overview_items.append((title, path))  # stale A-Z link -> soft 404
                r["note"] += "; the A-Z list links to it but the URL answers a soft 404 (200 'Pagina niet gevonden')"
            continue
        if kind == "not_offered":
            r["status"] = "not_offered"
            continue
        if share_pair and k == share_pair[0]:
            continue  # handled with woz-bezwaar
        r["status"] = "ok"
    # not offered statements under unexpected titles
    no_parts = []
    for r in rows:
        if r.get("status") == "not_offered":
            k = r["p"]["product_key"]
            txt = {"hondenbelasting": "Wij heffen geen hondenbelasting. U hoeft uw hond dus niet aan of af te melden.",
                   "reclamebelasting": "De gemeente %s heft geen reclamebelasting." % s,
                   "winkeltijdenontheffing": "In %s mogen winkels op alle zondagen open; een ontheffing winkeltijden is niet nodig en wordt niet verleend." % s}[k]
            no_parts.append((k, txt))
    if no_parts:
        nt = pick(["Belastingen en heffingen", "Overzicht gemeentelijke belastingen", "Regels voor ondernemers"], o["code"], "nop")
        npath = site.url_for("bezwaar", nt, 999)
        if site.fam == "catalog":
            npath = "/product?id=999"
        body = "<h1>%s</h1><p>Hieronder vindt u een overzicht.</p>" % E(nt) + "".join("<h2>%s</h2><p>%s</p>" % (E(TITLES[k][0][0]), E(t)) for k, t in no_parts)
        put(host, npath, site.render(nt, body))
        overview_items.append((nt, npath))
        for r in rows:
            if r.get("status") == "not_offered":
                r["product_url"] = "http://%s%s" % (host, npath)
                r["note"] = "Not offered: statement under the page '%s'" % nt
    # ok rows
    for r in rows:
        p = r["p"]
        k = p["product_key"]
        kind = r["kind"]
        if r.get("status") != "ok":
            continue
        title, path = r["title"], r["path"]
        notes = []
        via = ""
        route_url, label, rnote = None, None, None
        level = LEVEL[kind]
        strict = level
        if kind.startswith("via_"):
            body = {"via_tax": o["tax"], "via_olo": "omgevingswet.overheid.test", "via_waste": o["waste"], "via_social": o["social"],
                    "via_parking": s.lower().replace(" ", "") + ".parkeerservice.test"}[kind]
            if kind == "via_parking":
                SHARED.setdefault(body, "Parkeerservice")
            route_url, prefill = shared_route(body, k if kind != "via_olo" else "", title)
            via = body
            label = {"via_tax": "Regel het bij %s" % SHARED.get(body, body), "via_olo": "Naar het Omgevingsloket",
                     "via_waste": "Meld het aan bij Avri", "via_social": "Aanvragen bij Werkzaak Rivierenland",
                     "via_parking": "Naar de parkeerservice"}[kind]
            rnote = "route of %s" % SHARED.get(body, body)
            if kind == "via_olo":
                strict = 100
                rnote += " (DigiD/eHerkenning with pre-fill statement)"
            elif level == 100:
                strict = 67
            intro_via = "<p>%s regelt dit voor de gemeente %s.</p>" % (E(SHARED.get(body, body)), E(s))
        else:
            intro_via = ""
            if kind in ("digid", "prefill", "eh", "anon", "pdf"):
                route_url, label, rnote = make_route(o, r, title, slugify(title))
            if kind == "prefill":
                strict = 100
            elif level == 100:
                strict = 67
        # CTA
        cta = ""
        cta_kind = ""
        if route_url:
            if o["family"] in ("typo3", "sitecore") and kind in ("digid", "eh", "anon") and h(o["code"], k, "ov") % 3 == 0:
                # via an overview page between product page and form
                eloket_forms.append((title, route_url, kind))
                cta = '<p><a href="%s">Ga naar het e-loket</a> en kies "%s".</p>' % (site.link("/e-loket"), E(title))
                cta_kind = "via e-loket overview"
            else:
                cta, cta_kind = cta_html(site, o, route_url, label, k, kind)
        elif kind == "appt":
            jh = "%s.jccsoftware.test" % slugify(s) if o["code"] in ("GM0297", "GM0281", "GM0777", "GM1904") else "afspraken.%s" % host.replace("www.", "")
            apath = "/afspraak-maken"
            put(jh, apath + "/", page_plain("Afspraak maken - " + o["name"], "<h1>Afspraak maken</h1><form method='post' action='/afspraak-maken/stap2'>"
                "<label>Product <select name='product'><option>Paspoort</option><option>Identiteitskaart</option><option>Rijbewijs</option></select></label>"
                "<label>Datum <input name='datum' type='date'></label><button>Volgende</button></form>"))
            cta = ('<p>U moet hiervoor zelf langskomen bij de balie in het gemeentehuis. Dit kan alleen op afspraak. '
                   'Neem een geldige pasfoto en uw oude document mee.</p>'
                   '<p><a class="cta" href="http://%s%s/">Afspraak maken</a></p>' % (jh, apath))
            notes.append("Trap: only an 'Afspraak maken' booking (%s), which is no form" % ("JCC" if "jcc" in jh else "Qmatic"))
        elif kind == "info":
            cta = pick(["<p>U kunt dit niet online regelen. Neem contact op met de gemeente via 14 0%s.</p>" % o["code"][-3:],
                        "<p>Kom langs bij de balie of stuur een brief aan het college van burgemeester en wethouders.</p>",
                        "<p>Via internet aanvragen is niet mogelijk.</p>"], o["code"], k, "info")
        if kind == "via_olo":
            cta = "<p>U vraagt de vergunning aan via het Omgevingsloket.</p>" + cta
        if kind == "digid" and k == "parkeervergunning" and False:
            pass
        # traps
        aside = ""
        extra = ""
        for t in r["traps"]:
            if t == "sidebar_direct":
                others = [x for x in rows if x.get("status") == "ok" and x["kind"] in ("digid", "prefill") and x is not r][:4]
                items = []
                for x in others:
                    items.append((x["title"], x["p"]["product_key"]))
                aside += "<h2>Direct regelen</h2><ul>" + "".join('<li><a href="%s">%s</a> %s</li>' % (
                    site.link(x["path"]), E(x["title"]), DIGID_IMG) for x in others) + "</ul>"
            elif t == "seealso":
                nb = [x for x in rows if x.get("status") == "ok" and x["kind"] in ("digid", "prefill") and x is not r]
                nb = sorted(nb, key=lambda x: 0 if x["p"]["product_key"] in ("parkeervergunning", "verhuismelding") else 1)[0]
                extra += '<h2>Zie ook</h2><ul><li><a href="%s">%s (DigiD)</a></li></ul>' % (site.link(nb["path"]), E(nb["p"]["name_nl"]))
            elif t == "regpdf":
                rp = "/documents/verordening-%s-2026.pdf" % slugify(title)
                put(host, rp, reg_pdf(o["name"], "Verordening en tarieven %s 2026" % title))
                extra += '<h2>Regelgeving</h2><p><a href="%s">Verordening %s 2026 (pdf, 212 kB)</a> &middot; <a href="%s">Legestabel 2026 (pdf)</a></p>' % (
                    site.link(rp), E(title.lower()), site.link(rp))
            elif t == "news":
                news.append((title, r, "login"))
                extra += '<h2>Nieuws</h2><p><a href="%s">Nieuw: %s</a></p>' % (site.link("/nieuws/%s-nieuw" % slugify(title)), E(title))
            elif t == "faq":
                faqs.append((title, r))
                extra += '<p><a href="%s">Veelgestelde vragen over %s</a></p>' % (site.link("/veelgestelde-vragen/%s" % slugify(title)), E(title.lower()))
            elif t == "business":
                bt = title + " voor instellingen" if k == "gehandicaptenparkeerkaart" else title + " (ondernemers)"
                business_pages.append((bt, r))
                extra += '<p>Bent u ondernemer of instelling? Kijk bij <a href="%s">%s</a>.</p>' % (site.link("/ondernemers/" + slugify(bt)), E(bt))
            elif t == "status":
                extra += ('<h2>Al aangevraagd?</h2><p><a href="http://%s/zaken">Bekijk de status van uw aanvraag in Mijn Zaken</a> %s</p>' % (mh, DIGID_IMG))
                login_start(mh, "/zaken", "www.digid.test")
            elif t == "eloket":
                extra += '<p>Alle digitale formulieren vindt u in het <a href="%s">e-loket</a>.</p>' % site.link("/e-loket")
                for x in rows:
                    if x.get("status") == "ok" and x["kind"] in ("digid", "prefill", "eh") and x is not r:
                        eloket_forms.append((x["title"], None, x["kind"]))
            elif t == "change":
                extra += ('<h2>Wijzigen of inzien</h2><p>Heeft u al een vergunning of inschrijving? Log in met DigiD om uw gegevens in te zien of te wijzigen. '
                          'Een nieuwe aanvraag kan niet online.</p><p><a href="http://%s/wijzigen">Inloggen met DigiD (alleen wijzigen)</a></p>' % mh)
                login_start(mh, "/wijzigen", "www.digid.test")
            elif t == "contact":
                extra += '<p>Vragen? Gebruik ons <a href="%s">contactformulier</a>.</p>' % site.link("/contact/contactformulier")
            notes.append("Trap: " + TRAP_TXT[t])
        main = product_body(site, o, r, title, intro_via + cta, notes, extra)
        put(host, path, site.render(title, main, aside))
        purl = "http://%s%s" % (host, path)
        r["product_url"] = purl
        overview_items.append((title, path))
        lbl = {"ok": True}
        desc = {"digid": "DigiD form", "prefill": "DigiD form with explicit pre-fill text", "eh": "eHerkenning form", "anon": "online form without login",
                "pdf": "printable PDF form only", "info": "information only", "appt": "appointment only"}.get(kind, rnote)
        note = "Product page; " + (desc or "")
        if rnote and rnote not in desc:
            note += " (" + rnote + ")"
        if cta_kind:
            note += ", CTA as " + cta_kind
        if notes:
            note += "; " + "; ".join(notes)
        if site_trap_note:
            note += "; " + site_trap_note
        r.update(level=level, strict=strict, route_url=route_url or "", via=via, note=note)
        # English page beside the Dutch one
        if o.get("english") and k in ("verhuismelding", "parkeervergunning", "watervergunning", "brp-uittreksel"):
            ep = "/en/" + slugify(r["p"]["product_key"])
            put(host, ep, site.render(r["p"]["name_nl"] + " (English)", "<h1>%s</h1><p>This page is in English. For the application, see the "
                                      "<a href=\"%s\">Dutch page</a>.</p>" % (E(r["p"]["product_key"].replace("-", " ").capitalize()), site.link(path))))
            r["note"] += "; English page beside it"
    # shared page for two products
    if share_pair:
        a = [x for x in rows if x["p"]["product_key"] == share_pair[0]][0]
        b = [x for x in rows if x["p"]["product_key"] == share_pair[1]][0]
        if b.get("status") == "ok":
            a.update(status="ok", level=b["level"], strict=b["strict"], route_url=b["route_url"], via=b["via"], product_url=b["product_url"],
                     note="Shares the page of woz-bezwaar ('%s'), which also covers bezwaar tegen de aanslag; same route" % b["title"])
            b["note"] += "; page shared with belastingaanslag-bezwaar"
            # add the words to the shared page: re-render by appending a paragraph
            key = (host, b["path"].lstrip("/") if not b["path"].endswith("/") else b["path"].lstrip("/") + "index.html")
            FILES[key] = FILES[key].replace(b"</main>", "<h2>Bezwaar tegen uw aanslag</h2><p>Bent u het niet eens met de aanslag gemeentelijke belastingen? Ook dan maakt u hier bezwaar.</p></main>".encode())
        else:
            a.update(status="not_found", note="No page")
    # e-loket overview
    if eloket_forms:
        extra_forms = [(x["title"], None, x["kind"]) for x in rows if x.get("status") == "ok" and x["kind"] in ("digid", "prefill")][:8]
        allf = {}
        for t_, u_, k_ in eloket_forms + extra_forms:
            if t_ not in allf or u_:
                allf[t_] = (u_, k_)
        lis = []
        for t_ in sorted(allf):
            u_, k_ = allf[t_]
            if u_ is None:
                x = [x for x in rows if x.get("title") == t_][0]
                u_ = x.get("route_url") or x.get("product_url")
            mk = {"digid": " (DigiD)", "prefill": " (DigiD)", "eh": " (eHerkenning)"}.get(k_, "")
            lis.append('<li><a href="%s">%s</a>%s</li>' % (u_, E(t_), mk))
        put(host, "/e-loket", site.render("E-loket: alle formulieren", "<h1>E-loket</h1><p>Alle formulieren die u online kunt invullen. Voor de meeste logt u in met DigiD of eHerkenning.</p><ul>%s</ul>" % "".join(lis)))
        overview_items.append(("E-loket", "/e-loket"))
    # news and faq pages
    for title, r, _ in news:
        put(host, "/nieuws/%s-nieuw" % slugify(title), site.render("Nieuws: " + title, "<h1>%s: wat verandert er?</h1><p>De gemeente %s past de werkwijze voor %s aan. "
            "Bekijk uw gegevens in <a href=\"http://%s/\">Mijn %s (inloggen met DigiD)</a>.</p>" % (E(title), E(s), E(title.lower()), mh, E(s))))
    for title, r in faqs:
        put(host, "/veelgestelde-vragen/%s" % slugify(title), site.render("Veelgestelde vragen " + title, "<h1>Veelgestelde vragen: %s</h1>"
            "<h2>Kan ik het online aanvragen?</h2><p>Nee, u moet langskomen. Wel kunt u <a href=\"http://%s/\">inloggen met DigiD</a> om uw afspraak te zien.</p>" % (E(title), mh)))
    for bt, r in business_pages:
        fh = o["formhost"]
        bs = slugify(bt)
        ls = login_start(fh, "/eh/%s/start" % bs, "www.eherkenning.test")
        put(fh, "/eh/%s/" % bs, page_plain(bt, "<h1>%s</h1><p>Alleen voor bedrijven en instellingen. Log in met eHerkenning.</p><a href=\"%s\">%s Inloggen met eHerkenning</a>" % (E(bt), ls, EH_IMG)))
        put(host, "/ondernemers/" + bs, site.render(bt, "<h1>%s</h1><p>Dit formulier is alleen voor bedrijven en zorginstellingen die personen vervoeren.</p>"
            "<p><a href=\"http://%s/eh/%s/\">Aanvragen met eHerkenning</a></p>" % (E(bt), fh, bs)))
    # homepage, overview, A-Z, contact, news, misc
    ov = "".join('<li><a href="%s">%s</a></li>' % (site.link(u), E(t)) for t, u in sorted(overview_items))
    put(host, site.overview_path() if site.overview_path().endswith("/") else site.overview_path(), site.render("Producten en diensten", "<h1>Producten en diensten</h1><ul>%s</ul>" % ov))
    put(host, "/a-z", site.render("Onderwerpen A-Z", "<h1>A-Z</h1><ul>%s</ul>" % ov))
    top = sorted(overview_items)[:8]
    home = ("<h1>Welkom bij de %s</h1><h2>Veel gezocht</h2><ul>%s</ul><p><a href=\"%s\">Alle producten en diensten</a> &middot; <a href=\"%s\">A-Z</a></p>"
            % (E(o["name"].replace("Gemeente", "gemeente")), "".join('<li><a href="%s">%s</a></li>' % (site.link(u), E(t)) for t, u in top),
               site.link(site.overview_path()), site.link("/a-z")))
    home += '<h2>Nieuws</h2><ul><li><a href="%s">Begroting 2027 vastgesteld</a></li></ul>' % site.link("/nieuws/begroting-2027")
    homepath = "/home" if o.get("cookie") or o.get("taalsplash") else "/"
    put(host, homepath, site.render(o["name"], home))
    if o.get("cookie"):
        put(host, "/", page_plain("Cookies - " + o["name"], "<h1>Cookies op %s</h1><p>Wij gebruiken functionele en analytische cookies.</p>"
            "<form action=\"/home\" method=\"get\"><input type=\"hidden\" name=\"cookies\" value=\"accept\"><button>Accepteren</button></form>"
            "<a href=\"/home\">Alleen noodzakelijke cookies</a>" % host))
    if o.get("taalsplash"):
        put(host, "/", page_plain("Kies uw taal", '<h1>Kies uw taal / Choose your language</h1><a href="/home">Nederlands</a> <a href="/en/">English</a>'))
        put(host, "/en/", site.render("Welcome", "<h1>Welcome to %s</h1><p><a href=\"/home\">Nederlands</a></p>" % E(s)))
    put(host, "/nieuws/", site.render("Nieuws", "<h1>Nieuws</h1><ul><li><a href=\"%s\">Begroting 2027 vastgesteld</a></li>%s</ul>" % (
        site.link("/nieuws/begroting-2027"), "".join('<li><a href="%s">%s</a></li>' % (site.link("/nieuws/%s-nieuw" % slugify(t)), E(t)) for t, _, _ in news))))
    put(host, "/nieuws/begroting-2027", site.render("Begroting", "<h1>Begroting 2027 vastgesteld</h1><p>Het bestuur stemde in met de begroting.</p>"))
    put(host, "/contact/", site.render("Contact", "<h1>Contact</h1><p>Bel 14 0%s of gebruik het <a href=\"%s\">contactformulier</a>.</p>" % (o["code"][-3:], site.link("/contact/contactformulier"))))
    put(host, "/contact/contactformulier", site.render("Contactformulier", "<h1>Contactformulier</h1><form method=\"post\" action=\"/contact/verzonden\"><label>Naam <input name=\"naam\"></label>"
        "<label>Vraag <textarea name=\"vraag\"></textarea></label><button>Verzenden</button></form>", feedback=False))
    for pth in ("/privacy", "/toegankelijkheid", "/zoeken", "/feedback", "/ondernemers/", "/ondernemer/"):
        put(host, pth, site.render(pth.strip("/").capitalize(), "<h1>%s</h1><p>Informatie.</p>" % E(pth.strip("/").capitalize())))
    robots = "User-agent: *\nDisallow: /zoeken\n"
    if o.get("sitemap"):
        robots += "Sitemap: http://%s/sitemap.xml\n" % host
        urls = sorted(set(["http://%s%s" % (host, homepath)] + ["http://%s%s" % (host, u) for _, u in overview_items]))
        put(host, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
            "".join("<url><loc>%s</loc></url>\n" % E(u) for u in urls) + "</urlset>\n")
    put(host, "/robots.txt", robots)
    if o.get("soft404"):
        put(host, "/_404.html", site.render("Pagina niet gevonden", "<h1>Pagina niet gevonden</h1><p>De pagina die u zoekt bestaat niet (meer). Probeer de zoekfunctie.</p>", feedback=False))
        BEHAV["not_found_pages"].append({"host": host, "file": "sites/%s/_404.html" % host, "status": 200})
    bare = host.replace("www.", "")
    if o.get("bare_redirect"):
        BEHAV["host_redirects"].append({"host": bare, "status": 301, "to": host})
        FILES[(bare, ".keep")] = b""
    if o.get("www_redirect"):
        BEHAV["host_redirects"].append({"host": "www." + host, "status": 301, "to": host})
        FILES[("www." + host, ".keep")] = b""
    if site.fam == "iprox":
        relativise(host)
    # labels
    for r in rows:
        p = r["p"]
        st = r.get("status")
        row = dict(org_code=o["code"], product_key=p["product_key"], level="", status=st, product_url=r.get("product_url", ""),
                   route_url="", level_strict="", via="", notes=r.get("note", ""))
        if st == "ok":
            row.update(level=str(r["level"]), route_url=r["route_url"] if r["level"] > 0 else "", level_strict=str(r["strict"]), via=r["via"])
        labels.append(row)


def relativise(host):
    """iProx-like site: internal links written relative with ../ (as many real iProx sites do)."""
    for (hh, path), data in list(FILES.items()):
        if hh != host or not path.endswith((".html",)) and "." in path.split("/")[-1]:
            continue
        depth = path.count("/")
        pre = "../" * depth if depth else "./"
        txt = data.decode("utf-8")
        txt = re.sub(r'href="/([^"]*)"', lambda m: 'href="%s%s"' % (pre, m.group(1)), txt)
        FILES[(hh, path)] = txt.encode("utf-8")


def main():
    products = load_products()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    labels = []
    orgrows = []
    for o in ORGS:
        letter = "W" if o.get("org_type") == "waterschap" else "G"
        prods = [p for p in products if letter in p["org_types"]]
        build_org(o, prods, labels, None)
        site_url = "http://%s/" % (o["host"].replace("www.", "") if o.get("bare_redirect") else ("www." + o["host"] if o.get("www_redirect") else o["host"]))
        orgrows.append([o["code"], o["name"], o.get("org_type", "gemeente"), site_url])
    for (host, path), page in sorted(SHARED_PAGES.items()):
        put(host, path, page)
    for host in sorted(SHARED):
        if (host, "index.html") not in FILES and any(hh == host for hh, _ in FILES):
            put(host, "/", page_plain(SHARED[host], "<h1>%s</h1><p>Welkom.</p>" % E(SHARED[host])))
    for idp, nm in (("www.digid.test", "DigiD"), ("www.eherkenning.test", "eHerkenning")):
        put(idp, "/inloggen", page_plain("Inloggen - " + nm, "<h1>Inloggen met %s</h1><form method='post' action='/inloggen'><input name='gebruikersnaam'><input name='wachtwoord' type='password'><button>Inloggen</button></form>" % nm))
        put(idp, "/", page_plain(nm, "<h1>%s</h1>" % nm))
        put(idp, "/images/%s-logo.svg" % nm.lower(), '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#e17000"/><text x="4" y="25">%s</text></svg>' % nm)
    allp = set(FILES)
    for (host, path) in sorted(allp):
        parts = path.split("/")
        for i in range(1, len(parts)):
            assert (host, "/".join(parts[:i])) not in allp, ("file/dir collision", host, path)
    for (host, path), data in sorted(FILES.items()):
        fp = os.path.join(OUT, "sites", host, path)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        if path == ".keep":
            continue
        with open(fp, "wb") as f:
            f.write(data)
    for o in ORGS:
        pass
    with open(os.path.join(OUT, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website"])
        for r in sorted(orgrows):
            w.writerow(r)
    cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "notes"]
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, cols, lineterminator="\n")
        w.writeheader()
        for r in sorted(labels, key=lambda r: (r["org_code"], r["product_key"])):
            w.writerow(r)
    beh = {k: sorted(v, key=lambda x: json.dumps(x, sort_keys=True)) for k, v in BEHAV.items()}
    # dedupe redirects
    seen = set()
    red = []
    for x in beh["redirects"]:
        if x["url"] not in seen:
            seen.add(x["url"])
            red.append(x)
    beh["redirects"] = red
    with open(os.path.join(OUT, "testweb.json"), "w", encoding="utf-8") as f:
        json.dump({"style": "heldout-web-dev15", "behaviours": beh}, f, indent=1, sort_keys=True)
    print("wrote", OUT, len(FILES), "files,", len(labels), "labels")


if __name__ == "__main__":
    main()
