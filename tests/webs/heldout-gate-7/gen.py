#!/usr/bin/env python3
"""Held-out web heldout-gate-7: 3 provinces, 4 water authorities, 3 municipalities.

Standard library only, deterministic.  Usage: python3 gen.py OUTDIR
"""
import csv
import html
import io
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def products_csv():
    p = os.path.normpath(os.path.join(HERE, "../../../config/products.csv"))
    if os.path.exists(p):
        return p
    return "/work/main/config/products.csv"


E = html.escape
FILES = {}          # (host, path) -> bytes
REDIRECTS = []      # behaviours.redirects
SEARCH = {}         # host -> list of index rows


def put(url, content):
    m = re.match(r"http://([^/]+)(/.*)$", url)
    host, path = m.group(1), m.group(2)
    if path.endswith("/"):
        path += "index.html"
    if isinstance(content, str):
        content = content.encode("utf-8")
    key = (host, path)
    if key in FILES and FILES[key] != content:
        raise SystemExit("conflicting content for %s" % url)
    FILES[key] = content


def exists(url):
    m = re.match(r"http://([^/]+)(/.*)$", url)
    host, path = m.group(1), m.group(2)
    if path.endswith("/"):
        path += "index.html"
    return (host, path) in FILES


def slugify(s):
    s = s.lower()
    for a, b in (("é", "e"), ("ë", "e"), ("ï", "i"), ("ö", "o"), ("ü", "u"), ("â", "a"), ("ú", "u"), ("ô", "o")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


# --------------------------------------------------------------------------- documents

def pdf_bytes(title, lines):
    def esc(t):
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    y = 790
    parts = ["BT /F1 15 Tf 50 %d Td (%s) Tj ET" % (y, esc(title))]
    for ln in lines:
        y -= 20
        parts.append("BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (y, esc(ln)))
    stream = "\n".join(parts).encode("cp1252", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (Formulierenbeheer) >>" % esc(title)).encode("cp1252", "replace"),
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


def docx_bytes(title, lines):
    buf = io.BytesIO()
    z = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)

    def add(name, data):
        zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 12, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    add("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    add("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % E(t) for t in [title] + lines)
    add("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % paras)
    z.close()
    return buf.getvalue()


def kb(n):
    return max(1, round(n / 1024))


FORM_LINES = ["Gegevens aanvrager", "Naam: ______________________________",
              "Adres: _____________________________", "Postcode en woonplaats: ______________",
              "Telefoonnummer: ____________________", "E-mailadres: ______________________",
              "Toelichting op uw aanvraag: ________________________________",
              "Datum: ____________  Handtekening: ____________________",
              "Stuur het formulier volledig ingevuld en ondertekend naar het postadres,",
              "of lever het in bij de balie."]


def doc_link(url, label, kind="pdf"):
    """Create a document and return an anchor with type and size."""
    if kind == "docx":
        data = docx_bytes(label, FORM_LINES)
    else:
        data = pdf_bytes(label, FORM_LINES if "ormulier" in label or "aanvraag" in label.lower() or "melding" in label.lower() else
                         ["Deze publicatie bevat regels en toelichting.", "Artikel 1 Begripsbepalingen", "Artikel 2 Reikwijdte",
                          "Artikel 3 Tarieven en bedragen", "Vastgesteld in de openbare vergadering."])
    put(url, data)
    return data


# --------------------------------------------------------------------------- identity providers and shared bodies

DIGID_IDP = "http://digid-sim.test/saml/idp/request_authentication"
EHK_IDP = "http://eherkenning-sim.test/broker/kies-inlogmiddel"


def idp_pages():
    put(DIGID_IDP, "<!DOCTYPE html><html lang=nl><head><meta charset=utf-8><title>DigiD | Inloggen</title></head><body>"
        "<h1>Inloggen bij DigiD</h1><p>Kies hoe u wilt inloggen.</p><form method=post action=\"/saml/idp/request_authentication\">"
        "<label>DigiD gebruikersnaam <input name=username></label><label>Wachtwoord <input type=password name=password></label>"
        "<button>Inloggen</button></form><p><a href=\"/aanvragen\">Nog geen DigiD? Vraag uw DigiD aan</a></p></body></html>")
    put("http://digid-sim.test/aanvragen", "<!DOCTYPE html><html lang=nl><head><meta charset=utf-8><title>DigiD aanvragen</title></head><body><h1>DigiD aanvragen</h1><p>Vraag DigiD aan met uw burgerservicenummer.</p></body></html>")
    put("http://digid-sim.test/", "<!DOCTYPE html><html lang=nl><head><meta charset=utf-8><title>DigiD</title></head><body><h1>DigiD</h1><p><a href=\"/aanvragen\">DigiD aanvragen</a></p></body></html>")
    put(EHK_IDP, "<!DOCTYPE html><html lang=nl><head><meta charset=utf-8><title>eHerkenning - kies uw leverancier</title></head><body>"
        "<h1>Inloggen met eHerkenning</h1><p>Selecteer de leverancier van uw inlogmiddel.</p><form method=post action=\"/broker/kies-inlogmiddel\">"
        "<select name=leverancier><option>Leverancier A</option><option>Leverancier B</option></select><button>Verder</button></form>"
        "<p>Of log in met een <a href=\"/broker/eidas\">Europees erkend inlogmiddel (eIDAS)</a>.</p></body></html>")
    put("http://eherkenning-sim.test/broker/eidas", "<!DOCTYPE html><html lang=nl><head><meta charset=utf-8><title>eIDAS</title></head><body><h1>Europees inloggen (eIDAS)</h1></body></html>")


def auth_start(host, slug, method):
    """A login start that answers 302 to the identity provider."""
    url = "http://%s/auth/%s/%s/start" % (host, slug, method)
    loc = DIGID_IDP if method == "digid" else EHK_IDP
    entry = {"url": url, "status": 302, "location": loc}
    if entry not in REDIRECTS:
        REDIRECTS.append(entry)
    return url


def simple_page(title, body, brand="", css=""):
    return ("<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\"><meta name=viewport content=\"width=device-width, initial-scale=1\">"
            "<title>%s%s</title>%s</head><body>%s</body></html>\n" % (E(title), (" | " + E(brand)) if brand else "", css, body))


LOGIN_TXT = {
    "digid": ("Inloggen met DigiD", "digid", "/static/img/digid.png", "Logo DigiD"),
    "eherkenning": ("Inloggen met eHerkenning", "eherkenning", "/static/img/eherkenning.png", "Logo eHerkenning"),
}

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082")


def login_form_page(host, slug, title, methods, brand, platform="plain", prefill=False, note=""):
    """Start page of a form behind DigiD/eHerkenning. Returns its URL."""
    url = "http://%s/%s/" % (host, slug) if platform != "triple" else \
        "http://%s/TriplEforms/DirectRegelen/formulier/nl-NL/evAmsterdam/%s.aspx" % (host, slug)
    if exists(url):
        return url
    btns = []
    for m in methods:
        t, cls, img, alt = LOGIN_TXT[m]
        put("http://%s%s" % (host, img), PNG)
        btns.append('<a class="utrecht-button %s-button" href="%s"><img src="%s" alt="%s" width=46 height=46> %s</a>'
                    % (cls, auth_start(host, slug, m), img, alt, t))
    pre = ("<p>Na het inloggen vullen wij uw persoonsgegevens (naam, adres, BSN) automatisch in vanuit de "
           "Basisregistratie Personen. Controleer ze voordat u verder gaat.</p>") if prefill else ""
    steps = '<ol class="steps"><li class=active>Inloggen</li><li>Uw gegevens</li><li>Aanvraag</li><li>Controleren</li><li>Versturen</li></ol>'
    if platform == "gravity":
        extra = ('<p class="gform_required_legend">"<span class="gfield_required">*</span>" geeft vereiste velden aan</p>'
                 '<div id="js-resumeSession" hidden>Kies \'Verlengen\' om uw sessie te verlengen. <button id="js-abortSession">Uitloggen</button></div>')
    elif platform == "triple":
        extra = '<p>Voortgang: 0%</p><p>Tussentijds opslaan is niet mogelijk.</p>'
    else:
        extra = '<p>U wordt na 15 minuten inactiviteit automatisch uitgelogd.</p>'
    body = ('<header><strong>%s</strong> &ndash; Formulieren</header><main><h1>%s</h1>%s'
            '<p>Voor dit formulier moet u eerst inloggen.</p>%s%s<div class="login-options">%s</div>%s'
            '<p><a href="http://digid-sim.test/aanvragen">Heeft u nog geen DigiD? Vraag DigiD aan</a></p></main>'
            % (E(brand), E(title), steps, pre, E(note) and "<p>%s</p>" % E(note), " ".join(btns), extra))
    put(url, simple_page(title, body, brand))
    return url


def anon_form_page(host, path, title, brand, platform="plain", fields=None):
    url = "http://%s%s" % (host, path)
    if exists(url):
        return url
    fields = fields or ["Naam", "Adres", "Postcode", "Woonplaats", "Telefoonnummer", "E-mailadres", "Omschrijving"]
    done = url.rsplit("/", 1)[0] + "/verzonden" if not url.endswith("/") else url + "verzonden"
    if not exists(done):
        put(done, simple_page("Bedankt", "<h1>Bedankt</h1><p>Wij hebben uw formulier ontvangen.</p>", brand))
    inputs = "".join('<div class="field"><label>%s *<br><input name="f%d" required></label></div>' % (E(f), i)
                     for i, f in enumerate(fields))
    legend = {"gravity": '<p class="gform_required_legend">"*" geeft vereiste velden aan</p>',
              "formdesk": '<p class="fd-header">Formdesk</p><p>Velden met een * zijn verplicht</p>',
              "triple": "<p>Voortgang: 0%</p><p>Velden met een * zijn verplicht</p>",
              "govforms": '<p>Verplichte velden zijn met een * gemarkeerd</p>'}.get(platform, "<p>Velden met een * zijn verplicht</p>")
    body = ('<header><strong>%s</strong></header><main><h1>%s</h1>%s<form method="post" action="%s">%s'
            '<div class="field"><label>Bijlage (pdf, jpg, doc of docx, max. 2 MB)<br><input type=file name=bijlage></label></div>'
            '<button type="submit">Versturen</button></form></main>' % (E(brand), E(title), legend, done, inputs))
    put(url, simple_page(title, body, brand))
    return url


def openforms_page(host, slug, title, brand, methods=(), prefill=False):
    """Open-Forms-like page: form or login only exist after the script runs."""
    url = "http://%s/%s/" % (host, slug)
    if exists(url):
        return url
    put("http://%s/static/sdk/open-forms-sdk.mjs" % host,
        "export class OpenForm{constructor(el,o){this.el=el;this.o=o}init(){this.el.innerHTML='<form></form>'}}\n")
    put("http://%s/static/sdk/open-forms-sdk.css" % host, ".openforms-theme{font-family:sans-serif}\n")
    logins = ", ".join('{"provider":"%s","label":"Inloggen met %s","url":"%s"}'
                       % (m, "DigiD" if m == "digid" else "eHerkenning", auth_start(host, slug, m)) for m in methods)
    submit = "http://%s/api/v2/submissions" % host
    put(submit, '{"detail":"Method GET not allowed."}')
    put("http://%s/api/v2/" % host, '{"forms":"http://%s/api/v2/forms"}' % host)
    put("http://%s/api/v2/forms" % host, '{"count":1,"results":[{"slug":"%s"}]}' % slug if False else '{"detail":"Authenticatie vereist."}')
    script = ("<script type=\"module\">import {OpenForm} from '/static/sdk/open-forms-sdk.mjs';\n"
              "const el=document.getElementById('openforms-container');\n"
              "const cfg={baseUrl:'http://%s/api/v2/',formId:'%s',basePath:'/%s/',loginOptions:[%s],submitUrl:'%s'};\n"
              "const f=new OpenForm(el,cfg);f.init();\n"
              "if(cfg.loginOptions.length){el.innerHTML='<h2>Inloggen</h2>'+cfg.loginOptions.map(o=>'<a class=\"utrecht-button\" href=\"'+o.url+'\">'+o.label+'</a>').join(' ');}\n"
              "else{el.innerHTML='<form method=\"post\" action=\"'+cfg.submitUrl+'\"><label>Naam <input name=naam></label><label>E-mailadres <input name=email></label><label>Omschrijving <textarea name=omschrijving></textarea></label><button>Volgende</button></form>';}\n"
              "</script>" % (host, slug, slug, logins, submit))
    body = ('<main><h1>%s</h1><div class="open-forms-sdk-root" id="openforms-container" data-sdk-module="/static/sdk/open-forms-sdk.mjs" '
            'data-form-id="%s" data-base-url="http://%s/api/v2/" data-base-path="/%s/"></div>'
            '<noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>%s%s</main>' % (E(title), slug, host, slug,
            "<p>Na het inloggen met DigiD zijn uw persoonsgegevens en uw huidige adres al voor u ingevuld.</p>" if prefill else "", script))
    css = '<link rel="stylesheet" href="/static/sdk/open-forms-sdk.css">'
    put(url, ("<!DOCTYPE html>\n<html lang=\"nl\" class=\"openforms-theme\"><head><meta charset=\"utf-8\"><title>%s | %s</title>%s</head>"
              "<body class=\"utrecht-document\">%s</body></html>\n" % (E(title), E(brand), css, body)))
    return url


# --------------------------------------------------------------------------- products

def load_products():
    out = []
    with open(products_csv(), newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out.append((r["product_key"], r["name_nl"], r["org_types"]))
    return out


# Titles and a first paragraph, written per product as real sites word them.
TXT = {
    "brp-uittreksel": ("Uittreksel BRP aanvragen", "Een uittreksel uit de Basisregistratie Personen (BRP) is een bewijs van uw persoonsgegevens, zoals naam, geboortedatum en adres. U heeft het bijvoorbeeld nodig voor een werkgever of een buitenlandse instantie."),
    "verhuismelding": ("Verhuizing doorgeven", "Gaat u verhuizen binnen de gemeente of komt u in de gemeente wonen? Geef uw verhuizing uiterlijk 5 dagen na uw verhuisdatum door. Dat kan al 4 weken van tevoren."),
    "geboorteaangifte": ("Geboorte aangeven", "Is uw kind geboren? Dan moet u binnen 3 dagen aangifte doen. De vader, moeder of duomoeder doet de aangifte."),
    "overlijdensaangifte": ("Overlijden aangeven", "Na een overlijden moet binnen 6 werkdagen aangifte worden gedaan. Meestal doet de uitvaartondernemer dit voor u."),
    "huwelijksaangifte": ("Trouwen of geregistreerd partnerschap: melding voorgenomen huwelijk", "Wilt u trouwen of een geregistreerd partnerschap aangaan? Dan meldt u dit minimaal 2 weken en maximaal 1 jaar van tevoren (vroeger: ondertrouw)."),
    "paspoort": ("Paspoort aanvragen", "Een paspoort is 10 jaar geldig voor volwassenen en 5 jaar voor kinderen onder de 18. U vraagt het aan in persoon, op afspraak."),
    "identiteitskaart": ("Identiteitskaart (ID-kaart) aanvragen", "Met een identiteitskaart kunt u zich legitimeren en reizen binnen Europa. U vraagt de ID-kaart aan bij de balie, op afspraak."),
    "parkeervergunning": ("Parkeervergunning voor bewoners", "Woont u in een gebied met betaald parkeren? Met een bewonersvergunning parkeert u in uw eigen vergunninggebied."),
    "gehandicaptenparkeerkaart": ("Gehandicaptenparkeerkaart (GPK) aanvragen", "Heeft u een ziekte of beperking waardoor u niet ver kunt lopen? Met een gehandicaptenparkeerkaart mag u op een algemene gehandicaptenparkeerplaats parkeren."),
    "gehandicaptenparkeerplaats": ("Gehandicaptenparkeerplaats op kenteken aanvragen", "Heeft u een gehandicaptenparkeerkaart en parkeert u bij uw woning of werk? Dan kunt u een parkeerplaats op uw kenteken aanvragen."),
    "hondenbelasting": ("Hondenbelasting: hond aan- of afmelden", "Heeft u een hond? Dan betaalt u hondenbelasting. Een nieuwe hond meldt u binnen 14 dagen aan."),
    "belastingkwijtschelding": ("Kwijtschelding gemeentelijke belastingen", "Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor bijvoorbeeld de afvalstoffenheffing en rioolheffing."),
    "woz-bezwaar": ("Bezwaar maken tegen de WOZ-waarde", "Bent u het niet eens met de WOZ-waarde op uw aanslag? Dan kunt u binnen 6 weken na de dagtekening bezwaar maken."),
    "bijstand": ("Bijstandsuitkering aanvragen", "Heeft u niet genoeg geld om van te leven en geen recht op een andere uitkering? Dan kunt u misschien een bijstandsuitkering krijgen."),
    "bijzondere-bijstand": ("Bijzondere bijstand", "Heeft u hoge kosten die u niet zelf kunt betalen, zoals een bewindvoerder of een wasmachine? Dan komt u misschien in aanmerking voor bijzondere bijstand."),
    "wmo-voorziening": ("Wmo: hulp en ondersteuning aanvragen", "Heeft u hulp nodig in het huishouden, een hulpmiddel of een aanpassing in huis? Via de Wet maatschappelijke ondersteuning (Wmo) kunt u ondersteuning krijgen."),
    "leerlingenvervoer": ("Leerlingenvervoer aanvragen", "Kan uw kind niet zelfstandig naar school? Dan kunt u een vergoeding of aangepast vervoer aanvragen. Vraag dit voor 1 mei aan voor het nieuwe schooljaar."),
    "grofvuil": ("Grofvuil laten ophalen", "Grof huishoudelijk afval zoals meubels en matrassen laat u ophalen of brengt u naar het afvalbrengpunt."),
    "afvalcontainer": ("Afvalcontainer aanvragen, wijzigen of omruilen", "Heeft u een nieuwe, extra of grotere container nodig, of is uw container kapot of gestolen?"),
    "melding-openbare-ruimte": ("Melding openbare ruimte", "Ziet u een losliggende stoeptegel, een kapotte lantaarnpaal of zwerfvuil? Meld het ons."),
    "omgevingsvergunning": ("Omgevingsvergunning aanvragen", "Gaat u bouwen, verbouwen of slopen? Misschien heeft u een omgevingsvergunning nodig. Doe eerst de vergunningcheck in het Omgevingsloket."),
    "kapvergunning": ("Boom kappen", "Wilt u een boom kappen? Voor sommige bomen heeft u een omgevingsvergunning voor het kappen (kapvergunning) nodig."),
    "bouwdossier-inzage": ("Bouwtekeningen en bouwdossier opvragen", "Wilt u de bouwtekeningen van een woning of gebouw bekijken? Vraag het bouwdossier op uit ons archief."),
    "bezwaar": ("Bezwaar maken", "Bent u het niet eens met een besluit? Dan kunt u binnen 6 weken bezwaar maken."),
    "klacht": ("Klacht indienen", "Bent u ontevreden over hoe een medewerker u heeft behandeld? Dien dan een klacht in."),
    "woo-verzoek": ("Woo-verzoek indienen", "Wilt u informatie die niet openbaar is? Dan kunt u een verzoek doen op grond van de Wet open overheid (Woo)."),
    "subsidie": ("Subsidie aanvragen", "Wij ondersteunen activiteiten van verenigingen, stichtingen en inwoners met subsidies."),
    "evenementenvergunning": ("Evenementenvergunning aanvragen", "Organiseert u een evenement zoals een festival, braderie of straatfeest? Dan heeft u misschien een evenementenvergunning nodig. Vraag deze minimaal 8 weken van tevoren aan."),
    "exploitatievergunning-horeca": ("Exploitatievergunning horeca", "Wilt u een horecabedrijf beginnen of overnemen? Dan heeft u een exploitatievergunning nodig."),
    "alcoholvergunning": ("Alcoholvergunning aanvragen", "Schenkt u alcoholhoudende drank in uw horecabedrijf of slijterij? Dan heeft u een alcoholvergunning nodig (Alcoholwet)."),
    "terrasvergunning": ("Terrasvergunning", "Wilt u een terras bij uw horecabedrijf? Daarvoor heeft u in de meeste gevallen toestemming nodig."),
    "standplaatsvergunning": ("Standplaatsvergunning aanvragen", "Wilt u op een vaste plek buiten de markt iets verkopen, zoals vis, bloemen of oliebollen? Dan heeft u een standplaatsvergunning nodig."),
    "marktvergunning": ("Marktplaats (marktvergunning) aanvragen", "Wilt u een kraam op de weekmarkt? Dan heeft u een vaste of tijdelijke marktvergunning nodig."),
    "reclamebelasting": ("Reclamebelasting en reclame-uitingen", "Heeft u reclame aan uw gevel of op uw pand? Dan betaalt u mogelijk reclamebelasting en heeft u soms een vergunning nodig."),
    "geluidsontheffing": ("Ontheffing geluidhinder aanvragen", "Wilt u bij een activiteit meer geluid maken dan is toegestaan? Dan heeft u een geluidsontheffing nodig."),
    "winkeltijdenontheffing": ("Ontheffing winkeltijden", "Wilt u uw winkel openen op zondag, feestdagen of buiten de normale tijden? Dan heeft u misschien een ontheffing nodig."),
    "kansspelautomaatvergunning": ("Aanwezigheidsvergunning speelautomaten", "Wilt u een of meer kansspelautomaten plaatsen in uw horecabedrijf? Dan heeft u een aanwezigheidsvergunning nodig."),
    "collectevergunning": ("Collectevergunning aanvragen", "Wilt u geld of goederen inzamelen voor een goed doel? Dan heeft u een collectevergunning nodig."),
    "ligplaatsvergunning": ("Ligplaatsvergunning woonboot of vaartuig", "Wilt u een woonboot of vaartuig afmeren in openbaar water? Dan heeft u een ligplaatsvergunning nodig."),
    "uitwegvergunning": ("Uitrit of inrit aanleggen", "Wilt u een nieuwe uitrit (uitweg) maken of een bestaande wijzigen? Dan heeft u toestemming nodig van de wegbeheerder."),
    # provinces
    "beschermde-dieren-ontheffing": ("Ontheffing of omgevingsvergunning flora- en fauna-activiteit", "Verstoort u beschermde dieren of planten, bijvoorbeeld bij sloop, renovatie of nieuwbouw? Dan heeft u mogelijk een omgevingsvergunning voor een flora- en fauna-activiteit nodig (voorheen ontheffing Wet natuurbescherming)."),
    "natuurvergunning": ("Natura 2000-activiteit: vergunning aanvragen", "Voor activiteiten die schadelijk kunnen zijn voor een Natura 2000-gebied, bijvoorbeeld door stikstofdepositie, heeft u een omgevingsvergunning voor een Natura 2000-activiteit nodig (voorheen natuurvergunning Wnb)."),
    "ontgrondingsvergunning": ("Ontgronden: omgevingsvergunning ontgrondingsactiviteit", "Wilt u zand, klei of grind winnen of de bodem verlagen? Dan heeft u een vergunning voor een ontgrondingsactiviteit nodig van de provincie."),
    "tijdelijk-luchtvaartterrein": ("Ontheffing tijdelijk en uitzonderlijk gebruik (TUG)", "Wilt u met een helikopter, luchtballon of ander luchtvaartuig opstijgen of landen buiten een luchthaven? Dan heeft u een TUG-ontheffing nodig."),
    "wegvergunning-provinciaal": ("Werkzaamheden op of langs een provinciale weg", "Gaat u werken in of langs een provinciale weg of vaarweg, bijvoorbeeld kabels leggen of een evenement houden? Dan heeft u toestemming van de wegbeheerder nodig."),
    "vuurwerk-ontbranding": ("Ontbrandingstoestemming en melding vuurwerk", "Wilt u als erkend bedrijf professioneel vuurwerk afsteken? Dan heeft u een ontbrandingstoestemming of moet u een melding doen bij de provincie."),
    "schadevergoeding-provincie": ("Schade door wild of werkzaamheden", "Heeft u schade door beschermde dieren, of door werkzaamheden van de overheid? Dan kunt u in sommige gevallen een tegemoetkoming of nadeelcompensatie aanvragen."),
    "watervergunning": ("Watervergunning aanvragen", "Wilt u iets doen in, op of bij het water of een dijk, zoals een steiger bouwen, een duiker aanleggen of grondwater onttrekken? Dan heeft u vaak een watervergunning (omgevingsvergunning voor een wateractiviteit) nodig."),
    # water authorities
    "watermelding": ("Melding doen (waterschapsverordening)", "Voor sommige activiteiten heeft u geen vergunning nodig, maar moet u het waterschap wel vooraf informeren met een melding, bijvoorbeeld bij een bronbemaling of het dempen van een kleine sloot."),
    "zuiveringsheffing": ("Zuiveringsheffing", "Met de zuiveringsheffing betalen huishoudens en bedrijven voor het zuiveren van afvalwater. Bedrijven betalen op basis van vervuilingseenheden."),
    "watersysteemheffing": ("Watersysteemheffing", "Met de watersysteemheffing betalen ingezetenen en eigenaren van gebouwen, grond en natuur mee aan droge voeten en schoon water."),
    "belastingaanslag-bezwaar": ("Bezwaar tegen uw aanslag waterschapsbelasting", "Bent u het niet eens met uw aanslag? Dan kunt u binnen 6 weken na de dagtekening bezwaar maken."),
    "betalingsregeling": ("Betalingsregeling aanvragen", "Kunt u de aanslag niet in één keer betalen? Kies dan voor automatische incasso in termijnen of vraag een betalingsregeling aan."),
    "bedrijfsafvalwater-melding": ("Lozen van bedrijfsafvalwater melden", "Loost uw bedrijf afvalwater op het riool of het oppervlaktewater? Dan moet u dit in veel gevallen vooraf melden."),
}

# provincial / water-board specific titles
TXT_P = {
    "omgevingsvergunning": ("Omgevingsvergunning aanvragen bij de provincie", "De provincie is bevoegd gezag voor onder meer ontgrondingen, Natura 2000-activiteiten, open bodemenergiesystemen en enkele milieubelastende activiteiten. U dient uw aanvraag in via het Omgevingsloket."),
    "bezwaar": ("Bezwaar maken tegen een besluit van de provincie", "Bent u het niet eens met een besluit van Gedeputeerde Staten of Provinciale Staten? Dan kunt u binnen 6 weken bezwaar maken."),
    "klacht": ("Klacht over de provincie", "Bent u niet tevreden over hoe een medewerker van de provincie u heeft behandeld? Dan kunt u een klacht indienen."),
    "woo-verzoek": ("Woo-verzoek: informatie opvragen", "Op grond van de Wet open overheid kunt u de provincie vragen om documenten openbaar te maken."),
    "subsidie": ("Subsidies", "De provincie verleent subsidies voor projecten op het gebied van natuur, cultuur, mobiliteit, energie en economie. U vraagt subsidie aan via het subsidieportaal."),
    "evenementenvergunning": ("Evenement op of langs een provinciale weg", "Organiseert u een evenement dat gebruikmaakt van een provinciale weg?"),
    "geluidsontheffing": ("Ontheffing stiltegebied", "In stiltegebieden gelden regels voor geluid. Voor een activiteit met meer geluid, zoals een feest of een evenement, heeft u een ontheffing van de provincie nodig."),
    "uitwegvergunning": ("Uitweg of inrit op een provinciale weg", "Wilt u een inrit of uitweg aanleggen of wijzigen op een provinciale weg? Daarvoor heeft u een vergunning van de provincie als wegbeheerder nodig."),
    "watervergunning": ("Watervergunning grondwater (provincie)", "De provincie is bevoegd gezag voor grote grondwateronttrekkingen voor industrie, drinkwater en open bodemenergiesystemen (bodemwarmte). Voor andere onttrekkingen gaat u naar het waterschap."),
}
TXT_W = {
    "belastingkwijtschelding": ("Kwijtschelding waterschapsbelasting", "Heeft u een laag inkomen? Dan kunt u kwijtschelding aanvragen voor de zuiveringsheffing en de watersysteemheffing ingezetenen."),
    "melding-openbare-ruimte": ("Melding of klacht over water, dijken of wegen", "Ziet u dode vissen, een kapotte stuw, vervuild water of wateroverlast? Meld het ons. Bij spoed belt u de storingslijn, dag en nacht bereikbaar."),
    "omgevingsvergunning": ("Omgevingsvergunning voor een wateractiviteit", "Sinds 1 januari 2024 heet de watervergunning officieel omgevingsvergunning voor een wateractiviteit."),
    "bezwaar": ("Bezwaar maken tegen een besluit van het waterschap", "Bent u het niet eens met een besluit van het waterschap, bijvoorbeeld over een vergunning of een handhavingsbesluit? Maak dan binnen 6 weken bezwaar."),
    "klacht": ("Klacht indienen over het waterschap", "Bent u niet tevreden over de manier waarop wij u hebben behandeld? Laat het ons weten."),
    "woo-verzoek": ("Woo-verzoek indienen", "Wilt u documenten van het waterschap inzien die niet openbaar zijn? Dien dan een Woo-verzoek in."),
    "subsidie": ("Subsidie", "Wij stimuleren inwoners, bedrijven en organisaties die water vasthouden, vergroenen of de waterkwaliteit verbeteren."),
    "wegvergunning-provinciaal": ("Werkzaamheden in of bij een vaarweg", "Wilt u werken in of bij een vaarweg die wij beheren, of een evenement op het water organiseren? Dan heeft u toestemming nodig."),
    "schadevergoeding-provincie": ("Schade melden", "Heeft u schade door werkzaamheden van het waterschap, of door een dijk, stuw of gemaal? Dan kunt u ons aansprakelijk stellen of nadeelcompensatie aanvragen."),
    "watervergunning": ("Watervergunning aanvragen", "Wilt u iets doen in, op of bij het water of een dijk, zoals een steiger bouwen, een duiker aanleggen of grondwater onttrekken? Dan heeft u vaak een watervergunning (omgevingsvergunning voor een wateractiviteit) nodig."),
}


TXT_G = {
    "belastingaanslag-bezwaar": ("Bezwaar maken tegen de aanslag gemeentelijke belastingen", "Bent u het niet eens met uw aanslag, bijvoorbeeld de afvalstoffenheffing of rioolheffing? Maak dan binnen 6 weken na de dagtekening bezwaar."),
    "betalingsregeling": ("Betalingsregeling gemeentelijke belastingen", "Kunt u uw aanslag niet in één keer betalen? Betaal dan automatisch in termijnen of vraag een betalingsregeling aan."),
}


def text_for(org, key):
    if org["type"] == "gemeente" and key in TXT_G:
        return TXT_G[key]
    if org["type"] == "provincie" and key in TXT_P:
        return TXT_P[key]
    if org["type"] == "waterschap" and key in TXT_W:
        return TXT_W[key]
    return TXT[key]


# --------------------------------------------------------------------------- organisations

ORGS = [
    dict(code="PV26", name="Provincie Utrecht", type="provincie", host="www.provincie-utrecht.test", inh=1390000,
         brand="Provincie Utrecht", family="nlds", formhost="formulieren.provincie-utrecht.test", platform="openforms",
         sitewide=["trap_newsletter_form"], soft404=None),
    dict(code="PV23", name="Provincie Overijssel", type="provincie", host="www.overijssel.test", inh=1180000,
         brand="Provincie Overijssel", family="nlds2", formhost="eloket.overijssel.test", platform="plain",
         sitewide=["trap_mijn_login"], soft404=None),
    dict(code="PV29", name="Provincie Zeeland", type="provincie", host="www.zeeland.test", inh=391000,
         brand="Provincie Zeeland", family="drupal", formhost="www.zeeland.test", platform="webform",
         sitewide=["trap_feedback_form"], soft404=200),
    dict(code="WS0155", name="Waterschap Amstel, Gooi en Vecht", type="waterschap", host="www.agv.test", inh=1300000,
         brand="Waterschap Amstel, Gooi en Vecht", family="agv", formhost="www.waternet.test", platform="plain",
         sitewide=["trap_mijn_login"], soft404=None),
    dict(code="WS0616", name="Hoogheemraadschap van Rijnland", type="waterschap", host="www.rijnland.test", inh=1350000,
         brand="Hoogheemraadschap van Rijnland", family="wpwater", formhost="formulieren.rijnland.test", platform="openforms",
         sitewide=["trap_mijn_login"], soft404=404),
    dict(code="WS0663", name="Waterschap Vechtstromen", type="waterschap", host="www.vechtstromen.test", inh=870000,
         brand="Waterschap Vechtstromen", family="wpwater2", formhost="www.vechtstromen.test", platform="gravity",
         sitewide=["trap_newsletter_form"], soft404=None),
    dict(code="WS0665", name="Waterschap Limburg", type="waterschap", host="www.waterschaplimburg.test", inh=1110000,
         brand="Waterschap Limburg", family="wpwater3", formhost="formulieren.waterschaplimburg.test", platform="govforms",
         sitewide=["trap_feedback_form"], soft404=200),
    dict(code="GM0599", name="Rotterdam", type="gemeente", host="www.rotterdam.test", inh=670000,
         brand="Gemeente Rotterdam", family="rotterdam", formhost="formulier.rotterdam.test", platform="openforms",
         sitewide=["trap_mijn_login", "trap_feedback_form"], soft404=200),
    dict(code="GM0363", name="Amsterdam", type="gemeente", host="www.amsterdam.test", inh=930000,
         brand="Gemeente Amsterdam", family="amsterdam", formhost="formulieren.amsterdam.test", platform="triple",
         sitewide=["trap_mijn_login"], soft404=404),
    dict(code="GM0737", name="Tytsjerksteradiel", type="gemeente", host="www.tytsjerksteradiel.test", inh=32500,
         brand="Gemeente Tytsjerksteradiel", family="productid", formhost="mijn.tytsjerksteradiel.test", platform="gravity",
         sitewide=["trap_footer_digid", "trap_newsletter_form"], soft404=None),
]

SECTIONS_G = {
    "brp-uittreksel": "burgerzaken", "verhuismelding": "burgerzaken", "geboorteaangifte": "burgerzaken",
    "overlijdensaangifte": "burgerzaken", "huwelijksaangifte": "burgerzaken", "paspoort": "burgerzaken",
    "identiteitskaart": "burgerzaken", "parkeervergunning": "parkeren", "gehandicaptenparkeerkaart": "parkeren",
    "gehandicaptenparkeerplaats": "parkeren", "hondenbelasting": "belastingen", "belastingkwijtschelding": "belastingen",
    "woz-bezwaar": "belastingen", "belastingaanslag-bezwaar": "belastingen", "betalingsregeling": "belastingen", "bijstand": "werk-en-inkomen", "bijzondere-bijstand": "werk-en-inkomen",
    "wmo-voorziening": "zorg", "leerlingenvervoer": "zorg", "grofvuil": "afval", "afvalcontainer": "afval",
    "melding-openbare-ruimte": "melden", "omgevingsvergunning": "wonen", "kapvergunning": "wonen",
    "bouwdossier-inzage": "wonen", "bezwaar": "bestuur", "klacht": "bestuur", "woo-verzoek": "bestuur",
    "subsidie": "subsidies", "ligplaatsvergunning": "wonen", "uitwegvergunning": "wonen", "collectevergunning": "ondernemen",
}
SECTION_NAMES = {
    "burgerzaken": "Paspoort, verhuizen en burgerzaken", "parkeren": "Parkeren en verkeer", "belastingen": "Belastingen",
    "werk-en-inkomen": "Werk en inkomen", "zorg": "Zorg en ondersteuning", "afval": "Afval", "melden": "Melden",
    "wonen": "Wonen en bouwen", "bestuur": "Bestuur en organisatie", "subsidies": "Subsidies", "ondernemen": "Ondernemen",
    "vergunningen": "Vergunningen en ontheffingen", "natuur": "Natuur en landschap", "verkeer": "Wegen en vaarwegen",
    "contact": "Contact en loket", "regelen": "Regelen en melden",
}


def section(org, key):
    if org["type"] == "gemeente":
        return SECTIONS_G.get(key, "ondernemen")
    if org["type"] == "provincie":
        if key == "subsidie":
            return "subsidies"
        if key in ("bezwaar", "klacht", "woo-verzoek", "schadevergoeding-provincie"):
            return "contact"
        if key in ("beschermde-dieren-ontheffing", "natuurvergunning"):
            return "natuur"
        if key in ("wegvergunning-provinciaal", "uitwegvergunning", "evenementenvergunning"):
            return "verkeer"
        return "vergunningen"
    if key in ("belastingkwijtschelding", "zuiveringsheffing", "watersysteemheffing", "belastingaanslag-bezwaar", "betalingsregeling"):
        return "belastingen"
    if key in ("bezwaar", "klacht", "woo-verzoek", "subsidie", "schadevergoeding-provincie", "melding-openbare-ruimte"):
        return "contact"
    return "vergunningen"


PID = {}


def product_url(org, key, title):
    f = org["family"]
    h = "http://" + org["host"]
    s = slugify(title)
    sec = section(org, key)
    if f == "rotterdam":
        return "%s/%s" % (h, s)
    if f == "amsterdam":
        return "%s/%s/%s/" % (h, sec, slugify(key))
    if f == "productid":
        n = PID.setdefault(key, 1100 + len(PID) * 7)
        if sec == "ondernemen":
            return "%s/ondernemers_44/product/%s_%d.html" % (h, s, n)
        return "%s/inwoners_42/product/%s_%d.html" % (h, s, n)
    if f == "nlds":
        return "%s/loket/%s" % (h, slugify(key))
    if f == "nlds2":
        if sec == "subsidies":
            return "%s/loket/subsidies/%s" % (h, s)
        return "%s/loket/vergunningen-en-ontheffingen/%s" % (h, s)
    if f == "drupal":
        return "%s/%s/%s" % (h, {"subsidies": "subsidies", "contact": "contact"}.get(sec, "vergunningen"), s)
    if f == "agv":
        return "%s/%s/%s/" % (h, {"belastingen": "belastingen", "contact": "contact"}.get(sec, "regelen"), slugify(key))
    if f == "wpwater":
        return "%s/regels-en-vergunningen/%s/" % (h, s) if sec == "vergunningen" else "%s/%s/%s/" % (h, sec, s)
    if f == "wpwater2":
        return "%s/loket/%s/" % (h, s)
    return "%s/vergunning-en-melding/%s" % (h, s) if sec == "vergunningen" else "%s/%s/%s" % (h, sec, s)


# --------------------------------------------------------------------------- row specifications
# "product kind traps"   kinds: info appt pdf docx form jsform digid ehk digid_ehk olo via=<body>:<level> no nf mailto paper
# traps: names without the trap_ prefix; PREFILL marks explicit pre-fill text.

SPEC = {}
SPEC["GM0599"] = """
brp-uittreksel digid sibling=verhuismelding appointment_digid
verhuismelding digid aux_pdf status_tracker PREFILL
geboorteaangifte appt sibling=brp-uittreksel contact_form
overlijdensaangifte info contact_form news_item
huwelijksaangifte digid appointment_digid tariff_pdf
paspoort appt appointment_digid aux_pdf not_online_text
identiteitskaart appt appointment_digid sibling=brp-uittreksel
parkeervergunning digid tariff_pdf payment_page status_tracker
gehandicaptenparkeerkaart digid sibling=gehandicaptenparkeerplaats regulation_pdf
gehandicaptenparkeerplaats digid sibling=gehandicaptenparkeerkaart
hondenbelasting digid tax_login sibling=belastingkwijtschelding regulation_pdf
belastingkwijtschelding digid tax_login sibling=woz-bezwaar
woz-bezwaar digid wozwaardeloket tax_login
bijstand digid callback_form sibling=bijzondere-bijstand
bijzondere-bijstand digid sibling=bijstand regulation_pdf
wmo-voorziening info callback_form contact_form
leerlingenvervoer digid regulation_pdf contact_form
grofvuil jsform sibling=melding-openbare-ruimte tariff_pdf
afvalcontainer jsform sibling=grofvuil
melding-openbare-ruimte jsform contact_form app_store
omgevingsvergunning olo vergunningcheck tariff_pdf sibling=bezwaar
kapvergunning olo vergunningcheck regulation_pdf
bouwdossier-inzage jsform tariff_pdf contact_form
bezwaar digid contact_form sibling=klacht
klacht jsform contact_form sibling=bezwaar
woo-verzoek jsform mailto news_item
subsidie digid_ehk regulation_pdf newsletter_inline
evenementenvergunning digid_ehk sibling=geluidsontheffing regulation_pdf
exploitatievergunning-horeca ehk sibling=alcoholvergunning tariff_pdf
alcoholvergunning ehk sibling=exploitatievergunning-horeca
terrasvergunning ehk sibling=exploitatievergunning-horeca regulation_pdf
standplaatsvergunning pdf regulation_pdf not_online_text
marktvergunning info mailto regulation_pdf
reclamebelasting olo tax_login tariff_pdf
geluidsontheffing digid_ehk sibling=evenementenvergunning
winkeltijdenontheffing no news_item
kansspelautomaatvergunning ehk sibling=exploitatievergunning-horeca regulation_pdf
collectevergunning info contact_form
ligplaatsvergunning digid regulation_pdf tariff_pdf
uitwegvergunning olo vergunningcheck
belastingaanslag-bezwaar digid tax_login sibling=woz-bezwaar
betalingsregeling digid tax_login payment_page
"""
SPEC["GM0363"] = """
brp-uittreksel digid appointment_digid
verhuismelding digid aux_pdf sibling=parkeervergunning
geboorteaangifte digid appointment_digid
overlijdensaangifte info appointment_digid
huwelijksaangifte digid appointment_digid tariff_pdf
paspoort appt appointment_digid aux_pdf
identiteitskaart appt appointment_digid not_online_text
parkeervergunning digid tariff_pdf payment_page sibling=bezwaar
gehandicaptenparkeerkaart digid sibling=gehandicaptenparkeerplaats
gehandicaptenparkeerplaats digid sibling=gehandicaptenparkeerkaart
hondenbelasting no news_item
belastingkwijtschelding digid tax_login sibling=betalingsregeling
woz-bezwaar digid wozwaardeloket tax_login
bijstand digid callback_form sibling=bijzondere-bijstand
bijzondere-bijstand digid sibling=bijstand
wmo-voorziening info callback_form sibling=leerlingenvervoer
leerlingenvervoer digid regulation_pdf
grofvuil form sibling=melding-openbare-ruimte
afvalcontainer form sibling=grofvuil
melding-openbare-ruimte jsform app_store status_tracker
omgevingsvergunning olo vergunningcheck
kapvergunning olo vergunningcheck regulation_pdf
bouwdossier-inzage digid tariff_pdf
bezwaar digid sibling=klacht
klacht form sibling=bezwaar
woo-verzoek form news_item
subsidie digid_ehk regulation_pdf
evenementenvergunning digid_ehk sibling=geluidsontheffing regulation_pdf
exploitatievergunning-horeca ehk sibling=terrasvergunning tariff_pdf
alcoholvergunning ehk sibling=exploitatievergunning-horeca
terrasvergunning ehk regulation_pdf
standplaatsvergunning ehk not_online_text
marktvergunning ehk regulation_pdf
reclamebelasting info tax_login tariff_pdf
geluidsontheffing digid_ehk sibling=evenementenvergunning
winkeltijdenontheffing ehk regulation_pdf
kansspelautomaatvergunning ehk sibling=exploitatievergunning-horeca
collectevergunning no contact_form
ligplaatsvergunning digid regulation_pdf other_body_vignet
uitwegvergunning digid vergunningcheck
belastingaanslag-bezwaar digid sibling=woz-bezwaar
betalingsregeling digid payment_page tax_login
"""
SPEC["GM0737"] = """
brp-uittreksel digid appointment_digid
verhuismelding digid aux_pdf
geboorteaangifte appt contact_form
overlijdensaangifte info news_item
huwelijksaangifte digid tariff_pdf
paspoort appt aux_pdf not_online_text
identiteitskaart appt aux_pdf
parkeervergunning no contact_form
gehandicaptenparkeerkaart pdf sibling=verhuismelding digid_info
gehandicaptenparkeerplaats pdf digid_info
hondenbelasting form tax_login regulation_pdf
belastingkwijtschelding pdf tax_login digid_info
woz-bezwaar digid wozwaardeloket tax_login
bijstand via=werk:100 callback_form regulation_pdf
bijzondere-bijstand pdf digid_info regulation_pdf
wmo-voorziening digid callback_form
leerlingenvervoer docx regulation_pdf
grofvuil via=omrin:67 news_item
afvalcontainer via=omrin:67 sibling=grofvuil_omrin
melding-openbare-ruimte form contact_form
omgevingsvergunning olo vergunningcheck
kapvergunning olo regulation_pdf
bouwdossier-inzage mailto contact_form
bezwaar digid contact_form
klacht form contact_form
woo-verzoek mailto contact_form
subsidie pdf regulation_pdf
evenementenvergunning pdf sibling=melding_klein_evenement regulation_pdf
exploitatievergunning-horeca pdf regulation_pdf
alcoholvergunning pdf tariff_pdf
terrasvergunning form sibling=exploitatievergunning-horeca
standplaatsvergunning paper regulation_pdf
marktvergunning info mailto
reclamebelasting no tax_login
geluidsontheffing pdf sibling=melding_klein_evenement
winkeltijdenontheffing pdf regulation_pdf
kansspelautomaatvergunning nf
collectevergunning docx contact_form
ligplaatsvergunning nf
uitwegvergunning pdf vergunningcheck
belastingaanslag-bezwaar digid tax_login wozwaardeloket
betalingsregeling pdf tax_login not_online_text
"""
SPEC["PV26"] = """
omgevingsvergunning olo vergunningcheck news_item
bezwaar digid_ehk contact_form
klacht jsform contact_form
woo-verzoek jsform mailto
subsidie via=subsidieportaal_utrecht:100 regulation_pdf newsletter_inline
evenementenvergunning no sibling=wegvergunning-provinciaal
geluidsontheffing digid_ehk regulation_pdf
uitwegvergunning digid_ehk sibling=wegvergunning-provinciaal
beschermde-dieren-ontheffing olo faunabeheer_link regulation_pdf
natuurvergunning olo aerius vergunningcheck sibling=bezwaar
ontgrondingsvergunning olo regulation_pdf
tijdelijk-luchtvaartterrein digid_ehk regulation_pdf
wegvergunning-provinciaal jsform sibling=uitwegvergunning
vuurwerk-ontbranding via=odru:100 regulation_pdf
schadevergoeding-provincie via=bij12:67 sibling=nadeelcompensatie_pdf
watervergunning olo other_body_ws
"""
SPEC["PV23"] = """
omgevingsvergunning olo vergunningcheck
bezwaar form contact_form
klacht form contact_form
woo-verzoek form mailto news_item
subsidie ehk regulation_pdf status_tracker
evenementenvergunning form sibling=wegvergunning-provinciaal
geluidsontheffing pdf regulation_pdf not_online_text
uitwegvergunning olo sibling=wegvergunning-provinciaal
beschermde-dieren-ontheffing olo faunabeheer_link
natuurvergunning olo aerius
ontgrondingsvergunning olo regulation_pdf vooroverleg_form
tijdelijk-luchtvaartterrein pdf regulation_pdf
wegvergunning-provinciaal form tariff_pdf
vuurwerk-ontbranding pdf regulation_pdf
schadevergoeding-provincie via=bij12:67 news_item
watervergunning olo other_body_ws
"""
SPEC["PV29"] = """
omgevingsvergunning olo vergunningcheck
bezwaar info contact_form
klacht mailto contact_form
woo-verzoek info mailto
subsidie via=subsidieloket_zeeland:100 regulation_pdf
evenementenvergunning nf
geluidsontheffing via=rudzeeland:33 regulation_pdf
uitwegvergunning pdf tariff_pdf
beschermde-dieren-ontheffing olo faunabeheer_link
natuurvergunning olo aerius
ontgrondingsvergunning olo regulation_pdf
tijdelijk-luchtvaartterrein info mailto not_online_text
wegvergunning-provinciaal pdf sibling=uitwegvergunning
vuurwerk-ontbranding via=rudzeeland:67 regulation_pdf
schadevergoeding-provincie pdf regulation_pdf
watervergunning olo other_body_ws
"""
SPEC["WS0155"] = """
belastingkwijtschelding via=waternet_tax:100 sibling=betalingsregeling
melding-openbare-ruimte via=waternet_melding:67 storingslijn
omgevingsvergunning olo vergunningcheck keur_pdf
bezwaar info contact_form
klacht via=waternet_klacht:67 contact_form
woo-verzoek form mailto
subsidie nf
wegvergunning-provinciaal nf
schadevergoeding-provincie via=waternet_schade:67 contact_form
watervergunning olo vergunningcheck keur_pdf
watermelding olo keur_pdf
zuiveringsheffing via=waternet_zh:100 tax_login tariff_pdf
watersysteemheffing info tax_login tariff_pdf
belastingaanslag-bezwaar via=waternet_bezwaar:100 wozwaardeloket
betalingsregeling via=waternet_betreg:100 payment_page
bedrijfsafvalwater-melding olo regulation_pdf
"""
SPEC["WS0616"] = """
belastingkwijtschelding digid tax_login sibling=betalingsregeling
melding-openbare-ruimte jsform storingslijn
omgevingsvergunning olo vergunningcheck keur_pdf
bezwaar jsform contact_form
klacht jsform contact_form
woo-verzoek jsform mailto
subsidie jsform regulation_pdf news_item
wegvergunning-provinciaal pdf regulation_pdf
schadevergoeding-provincie jsform contact_form
watervergunning olo vergunningcheck keur_pdf
watermelding digid_ehk keur_pdf
zuiveringsheffing ehk tax_login tariff_pdf
watersysteemheffing info tax_login tariff_pdf
belastingaanslag-bezwaar digid_ehk wozwaardeloket
betalingsregeling digid payment_page
bedrijfsafvalwater-melding olo regulation_pdf
"""
SPEC["WS0663"] = """
belastingkwijtschelding via=gblt_kw:100 sibling=betalingsregeling
melding-openbare-ruimte form storingslijn app_store
omgevingsvergunning olo vergunningcheck keur_pdf
bezwaar digid_ehk contact_form
klacht form contact_form
woo-verzoek mailto contact_form
subsidie pdf regulation_pdf
wegvergunning-provinciaal nf
schadevergoeding-provincie pdf contact_form
watervergunning olo keur_pdf sibling=bezwaar
watermelding olo keur_pdf
zuiveringsheffing via=gblt_zh:100 tariff_pdf
watersysteemheffing info tax_login
belastingaanslag-bezwaar via=gblt_bezwaar:100 wozwaardeloket
betalingsregeling via=gblt_betreg:100 payment_page
bedrijfsafvalwater-melding info regulation_pdf
"""
SPEC["WS0665"] = """
belastingkwijtschelding via=bsgw_kw:100 sibling=betalingsregeling
melding-openbare-ruimte form storingslijn
omgevingsvergunning olo vergunningcheck keur_pdf
bezwaar form contact_form
klacht form contact_form
woo-verzoek form mailto
subsidie ehk regulation_pdf news_item
wegvergunning-provinciaal no contact_form
schadevergoeding-provincie digid_ehk news_item
watervergunning olo vergunningcheck keur_pdf
watermelding form keur_pdf
zuiveringsheffing via=bsgw_zh:100 tariff_pdf
watersysteemheffing info tax_login tariff_pdf
belastingaanslag-bezwaar via=bsgw_bezwaar:100 wozwaardeloket
betalingsregeling via=bsgw_betreg:100 tax_login
bedrijfsafvalwater-melding olo regulation_pdf
"""

NOT_OFFERED = {
    ("GM0599", "winkeltijdenontheffing"): "In Rotterdam mogen winkels op zondag en op de meeste feestdagen open van 12.00 tot 18.00 uur. U heeft daarvoor geen ontheffing nodig; de gemeente verleent geen ontheffingen winkeltijden.",
    ("GM0363", "hondenbelasting"): "Amsterdam heft geen hondenbelasting. U hoeft uw hond dus niet aan of af te melden bij de gemeente. Wel moet uw hond gechipt en geregistreerd zijn.",
    ("GM0363", "collectevergunning"): "In Amsterdam heeft u geen vergunning nodig om te collecteren. De gemeente verleent geen collectevergunningen. Houd u wel aan het landelijke collecterooster van het CBF.",
    ("GM0737", "parkeervergunning"): "In de gemeente Tytsjerksteradiel is parkeren overal gratis. Er is geen betaald parkeren en wij geven daarom geen parkeervergunningen uit. Wel geldt in Burgum in het centrum een blauwe zone.",
    ("GM0737", "reclamebelasting"): "De gemeente Tytsjerksteradiel heft geen reclamebelasting. Voor grote reclame-uitingen aan een gebouw kan wel een omgevingsvergunning nodig zijn.",
    ("PV26", "evenementenvergunning"): "De provincie verleent geen evenementenvergunningen. Een evenementenvergunning vraagt u aan bij de gemeente waar het evenement plaatsvindt. Gebruikt uw evenement een provinciale weg, dan vraagt u daarnaast toestemming voor werkzaamheden op of langs de provinciale weg.",
    ("WS0665", "wegvergunning-provinciaal"): "Waterschap Limburg beheert geen wegen en geen vaarwegen. Voor werkzaamheden langs een weg neemt u contact op met de gemeente, de provincie of Rijkswaterstaat.",
}


# --------------------------------------------------------------------------- shared bodies (via)

OLO = "omgevingswet.overheid.test"


def build_olo():
    h = "http://" + OLO
    put(h + "/", simple_page("Omgevingsloket", '<h1>Omgevingsloket</h1><ul><li><a href="/checken/">Vergunningcheck doen</a></li>'
                             '<li><a href="/aanvragen">Aanvragen en melden</a></li><li><a href="/regels-op-de-kaart">Regels op de kaart</a></li></ul>'))
    put(h + "/checken/", simple_page("Vergunningcheck | Omgevingsloket",
                                    '<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft of een melding moet doen. U hoeft niet in te loggen. '
                                    'De uitkomst is geen aanvraag.</p><form method=get action="/checken/locatie"><label>Adres of locatie <input name=locatie></label><button>Start de check</button></form>'))
    put(h + "/checken/locatie", simple_page("Vergunningcheck stap 1", "<h1>Kies uw werkzaamheden</h1><p>Stap 1 van 5</p>"))
    put(h + "/regels-op-de-kaart", simple_page("Regels op de kaart", "<h1>Regels op de kaart</h1><p>Bekijk welke regels gelden op een locatie.</p>"))
    btn = ('<a class="button" href="%s">Inloggen met DigiD</a> <a class="button" href="%s">Inloggen met eHerkenning</a>'
           % (auth_start(OLO, "aanvragen", "digid"), auth_start(OLO, "aanvragen", "eherkenning")))
    put("http://%s/static/img/digid.png" % OLO, PNG)
    put(h + "/aanvragen", simple_page("Aanvragen en melden | Omgevingsloket",
                                      '<h1>Aanvraag of melding indienen</h1><p>Log in om een vergunning aan te vragen of een melding te doen. '
                                      'Na het inloggen haalt het Omgevingsloket uw gegevens op uit de basisregistraties en vult deze alvast in.</p>'
                                      '<img src="/static/img/digid.png" alt="Logo DigiD">%s' % btn))
    return h + "/aanvragen"


BODIES = {}


def body_site(key, host, name, home_links=()):
    BODIES[key] = (host, name)
    links = "".join('<li><a href="%s">%s</a></li>' % (u, E(t)) for u, t in home_links)
    put("http://%s/" % host, simple_page(name, "<header><strong>%s</strong></header><h1>%s</h1><ul>%s</ul>" % (E(name), E(name), links)))


def via_route(spec, org, key, title):
    """Build the other body's pages; return (link_url, route_url, via_host, level, signals, note)."""
    body, lvl = spec.split(":")
    lvl = int(lvl)
    if body.startswith("waternet"):
        host, name = "www.waternet.test", "Waternet"
        mijn = "mijn.waternet.test"
    elif body.startswith("gblt"):
        host, name, mijn = "www.gblt.test", "GBLT", "mijn.gblt.test"
    elif body.startswith("bsgw"):
        host, name, mijn = "www.bsgw.test", "BsGW", "mijn.bsgw.test"
    elif body == "werk":
        host, name, mijn = "www.werk.test", "werk.nl (UWV)", "www.werk.test"
    elif body == "omrin":
        host, name, mijn = "www.omrin.test", "Omrin", "mijn.omrin.test"
    elif body == "bij12":
        host, name, mijn = "www.bij12.test", "BIJ12", "mijnfaunazaken.bij12.test"
    elif body == "odru":
        host, name, mijn = "www.odru.test", "Omgevingsdienst regio Utrecht", "eloket.odru.test"
    elif body == "rudzeeland":
        host, name, mijn = "www.rud-zeeland.test", "RUD Zeeland", "www.rud-zeeland.test"
    elif body == "subsidieportaal_utrecht":
        host, name, mijn = "subsidies.provincie-utrecht.test", "Subsidieportaal Provincie Utrecht", "subsidies.provincie-utrecht.test"
    elif body == "subsidieloket_zeeland":
        host, name, mijn = "subsidieloket.zeeland.test", "Subsidieloket Provincie Zeeland", "subsidieloket.zeeland.test"
    else:
        raise SystemExit(body)
    slug = slugify(title)
    info = "http://%s/informatie/%s" % (host, slug) if body not in ("subsidieportaal_utrecht", "subsidieloket_zeeland") else None
    signals = []
    if lvl == 100:
        methods = ["digid"] if key in ("bijstand",) else ["digid", "eherkenning"]
        if body.startswith(("subsidie", "odru")):
            methods = ["eherkenning", "digid"]
        route = login_form_page(mijn, slug, title, methods, name, platform="plain")
        signals += ["digid" if "digid" in methods else "", "eherkenning" if "eherkenning" in methods else ""]
        cta = '<a class="cta" href="%s">%s (inloggen met %s)</a>' % (route, E(title), " of ".join("DigiD" if m == "digid" else "eHerkenning" for m in methods))
    elif lvl == 67:
        if body == "bij12":
            route = anon_form_page(mijn, "/schade-melden", "Schade melden - MijnFaunazaken", name, fields=["E-mailadres", "Verificatiecode", "Soort schade", "Perceel", "Omschrijving"])
            cta = '<a class="cta" href="%s">Meld uw schade via MijnFaunazaken</a> (u maakt een account aan met uw e-mailadres)' % route
            signals.append("own_account")
        elif body == "omrin":
            route = anon_form_page(mijn, "/%s" % slug, title + " - Mijn Omrin", name, fields=["Omrin-pasnummer", "Postcode", "Huisnummer", "Soort afval", "Gewenste datum"])
            cta = '<a class="cta" href="%s">Regel het in Mijn Omrin</a> (inloggen met uw Omrin-account)' % route
            signals.append("own_account")
        else:
            route = anon_form_page(host, "/formulieren/%s" % slug, title, name)
            cta = '<a class="cta" href="%s">Vul het formulier in</a>' % route
        signals.append("online_form")
    elif lvl == 33:
        route = "http://%s/documenten/aanvraagformulier-%s.pdf" % (host, slug)
        data = doc_link(route, "Aanvraagformulier " + title)
        cta = '<a href="%s">Aanvraagformulier %s (pdf, %d kB)</a>' % (route, E(title.lower()), kb(len(data)))
        signals.append("pdf")
    else:
        raise SystemExit("via level")
    if info:
        extra = ""
        if body.startswith(("waternet", "gblt", "bsgw")):
            extra = '<p>Wilt u uw aanslag bekijken? <a href="%s">Log in op Mijn %s</a>.</p>' % (
                login_form_page(mijn, "overzicht", "Mijn " + name, ["digid", "eherkenning"], name), name)
        put(info, simple_page(title + " | " + name, "<header><a href=\"/\">%s</a></header><main><h1>%s</h1><p>%s voert deze taak uit voor de aangesloten overheden.</p><p>%s</p>%s</main>"
                              % (E(name), E(title), E(name), cta, extra)))
        if not exists("http://%s/" % host):
            body_site(body, host, name)
        link = info
    else:
        link = route
        if not exists("http://%s/" % host):
            body_site(body, host, name, [(route, title)])
    return link, route, host, lvl, [s for s in signals if s]


# --------------------------------------------------------------------------- page chrome per family

NAV = {
    "gemeente": [("Wonen en leven", "burgerzaken"), ("Zorg en inkomen", "werk-en-inkomen"), ("Afval", "afval"), ("Belastingen", "belastingen"),
                 ("Ondernemen", "ondernemen"), ("Bestuur", "bestuur")],
    "provincie": [("Vergunningen en ontheffingen", "vergunningen"), ("Natuur", "natuur"), ("Wegen en vaarwegen", "verkeer"),
                  ("Subsidies", "subsidies"), ("Contact", "contact")],
    "waterschap": [("Vergunningen en meldingen", "vergunningen"), ("Belastingen", "belastingen"), ("Contact en melden", "contact")],
}


def ov_url(org, sec):
    return "http://%s/onderwerpen/%s/" % (org["host"], sec)


def mijn_url(org):
    t = org["type"]
    if org["code"] == "GM0599":
        return login_form_page("mijn.rotterdam.test", "inloggen", "Mijn Rotterdam", ["digid", "eherkenning"], "Mijn Rotterdam"), "Mijn Rotterdam"
    if org["code"] == "GM0363":
        return login_form_page("mijn.amsterdam.test", "inloggen", "Mijn Amsterdam", ["digid", "eherkenning"], "Mijn Amsterdam"), "Mijn Amsterdam"
    if org["code"] == "PV23":
        return login_form_page("eloket.overijssel.test", "mijn-overijssel", "Mijn Overijssel", ["eherkenning", "digid"], "Provincie Overijssel"), "Inloggen Mijn Overijssel"
    if org["code"] == "WS0155":
        return login_form_page("mijn.waternet.test", "overzicht", "Mijn Waternet", ["digid", "eherkenning"], "Waternet"), "Mijn Waternet"
    if org["code"] == "WS0616":
        return login_form_page("belastingen.rijnland.test", "mijn-belastingen", "Mijn Belastingen Rijnland", ["digid", "eherkenning"], "Belastingen Rijnland"), "Mijn Belastingen"
    return None, None


def chrome(org, title, main, crumbs=()):
    h = "http://" + org["host"]
    nav = "".join('<li><a href="%s">%s</a></li>' % (ov_url(org, s), E(l)) for l, s in NAV[org["type"]])
    top = ""
    mu, ml = mijn_url(org)
    if mu:
        top = '<a class="mijn-login" href="%s">%s</a>' % (mu, E(ml))
    cookie = ('<div class="cookie-banner" role="dialog"><p>Wij gebruiken cookies om de website te verbeteren. '
              '<a href="%s/cookies">Lees meer over cookies</a></p><button data-consent="yes">Accepteren</button>'
              '<button data-consent="no">Alleen noodzakelijke cookies</button></div>' % h)
    bc = '<nav class="breadcrumb"><a href="%s/">Home</a>%s</nav>' % (h, "".join(' &gt; <a href="%s">%s</a>' % (u, E(t)) for u, t in crumbs))
    feedback = ""
    if "trap_feedback_form" in org["sitewide"]:
        feedback = ('<form class="feedback" method="post" action="%s/feedback/verzonden"><fieldset><legend>Was deze informatie nuttig?</legend>'
                    '<label><input type=radio name=nuttig value=ja> Ja</label><label><input type=radio name=nuttig value=nee> Nee</label>'
                    '<label>Toelichting <textarea name=toelichting></textarea></label><button>Verstuur</button></fieldset></form>' % h)
    news = ""
    if "trap_newsletter_form" in org["sitewide"]:
        news = ('<form class="newsletter" method="post" action="%s/nieuwsbrief/bedankt"><label>Meld u aan voor de nieuwsbrief '
                '<input type=email name=email placeholder="E-mailadres"></label><button>Aanmelden</button></form>' % h)
    digid = ""
    if "trap_footer_digid" in org["sitewide"]:
        digid = ('<div class="footer-digid"><img src="%s/images/digid-logo.png" alt="Logo DigiD"> Veel zaken regelt u online met '
                 '<a href="http://digid-sim.test/">DigiD</a>.</div>' % h)
    footer = ('<footer>%s%s<ul><li><a href="%s/contact/">Contact</a></li><li><a href="%s/privacy">Privacyverklaring</a></li>'
              '<li><a href="%s/toegankelijkheid">Toegankelijkheid</a></li><li><a href="%s/cookies">Cookies</a></li>'
              '<li><a href="%s/nieuws/">Nieuws</a></li><li><a href="%s/a-z">A-Z</a></li></ul><p>&copy; %s</p></footer>'
              % (news, digid, h, h, h, h, h, h, E(org["brand"])))
    gen = {"nlds": "NL Design System", "nlds2": "Drupal 10", "drupal": "Drupal 9", "agv": "WordPress 6.4", "wpwater": "WordPress 6.5",
           "wpwater2": "WordPress 6.3", "wpwater3": "WordPress 6.5", "rotterdam": "Rotterdam CMS", "amsterdam": "Amsterdam CMS",
           "productid": "Simgo CMS"}[org["family"]]
    return ('<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            '<meta name="generator" content="%s"><title>%s | %s</title><link rel="stylesheet" href="%s/assets/site.css"></head>'
            '<body class="utrecht-document">%s<header><a class="skip" href="#main">Direct naar de inhoud</a><a href="%s/" class="logo">'
            '<img src="%s/images/logo.png" alt="Logo %s"></a>%s<form class="search" role="search" method="get" action="%s/zoeken">'
            '<label>Zoeken <input name="q"></label><button>Zoek</button></form><nav class="mega-menu"><ul>%s</ul></nav></header>'
            '%s<main id="main">%s%s</main>%s<script src="%s/assets/site.js"></script></body></html>\n'
            % (gen, E(title), E(org["brand"]), h, cookie, h, h, E(org["brand"]), top, h, nav, bc, main, feedback, footer, h))


HEADINGS = {
    "rotterdam": ("Wat is het?", "Hoe werkt het?", "Wat moet ik doen?"),
    "amsterdam": ("Wat u moet weten", "Wat heeft u nodig", "Aanvragen"),
    "productid": ("Omschrijving", "Voorwaarden", "Aanvragen"),
    "nlds": ("Wanneer heeft u dit nodig?", "Voorwaarden", "Hoe vraagt u het aan?"),
    "nlds2": ("Wat is het?", "Waar moet u aan voldoen?", "Aanvragen"),
    "drupal": ("Omschrijving", "Voorwaarden", "Aanvraag"),
    "agv": ("Wanneer?", "Wat heb je nodig?", "Zo regel je het"),
    "wpwater": ("Wanneer heeft u dit nodig?", "Regels", "Aanvragen of melden"),
    "wpwater2": ("Wat is het?", "Wat heeft u nodig?", "Hoe regelt u het?"),
    "wpwater3": ("Wanneer?", "Voorwaarden", "Direct regelen"),
}

MORE = {
    "gemeente": "Op deze pagina leest u wanneer u dit nodig heeft en hoe u het regelt.",
    "provincie": "Gedeputeerde Staten beslissen op uw aanvraag. Neem bij twijfel vooraf contact op met het Provinciehuis.",
    "waterschap": "Zo beschermen wij de dijken en zorgen wij voor voldoende en schoon water.",
}
PHONE = {"GM0599": "14 010", "GM0363": "14 020", "GM0737": "(0511) 46 08 60", "PV26": "030 258 91 11", "PV23": "038 499 88 99",
         "PV29": "0118 63 10 11", "WS0155": "0900 9394", "WS0616": "071 306 30 63", "WS0663": "088 220 33 33", "WS0665": "088 888 66 66"}

COND = {
    "gemeente": "U moet ingeschreven staan in de gemeente of er een bedrijf hebben. Houd uw gegevens en eventuele bewijsstukken bij de hand.",
    "provincie": "Houd gegevens bij de hand over de locatie, de planning en de uitvoerder. Voor bedrijven is eHerkenning niveau EH2+ of hoger nodig.",
    "waterschap": "Kijk in de waterschapsverordening en de algemene regels of u een vergunning nodig heeft of een melding moet doen.",
}


# --------------------------------------------------------------------------- build

def build():
    products = load_products()
    idp_pages()
    olo_url = build_olo()
    rows = []
    letter = {"gemeente": "G", "provincie": "P", "waterschap": "W"}
    for org in ORGS:
        h = "http://" + org["host"]
        spec = {}
        for line in SPEC[org["code"]].strip().splitlines():
            parts = line.split()
            spec[parts[0]] = (parts[1], parts[2:])
        pages = []    # (url, title, sec)
        org_rows = []
        applicable = [(k, n) for k, n, t in products if letter[org["type"]] in t]
        missing = [k for k, n in applicable if k not in spec]
        if missing:
            raise SystemExit("%s missing %s" % (org["code"], missing))
        # first pass: route urls (siblings need them)
        routes = {}
        for key, name in applicable:
            kind, traps = spec[key]
            title, intro = text_for(org, key)
            routes[key] = build_route(org, key, title, kind, olo_url)
        for key, name in applicable:
            kind, traps = spec[key]
            title, intro = text_for(org, key)
            r = routes[key]
            if kind == "nf":
                org_rows.append(dict(org_code=org["code"], product_key=key, level="", status="not_found", product_url="", route_url="",
                                     level_strict="", via="", signals="", notes="no page about this product on the site"))
                continue
            purl = product_url(org, key, title)
            sec = section(org, key)
            trap_html, trap_sigs = [], []
            prefill = False
            for t in traps:
                if t == "PREFILL":
                    prefill = True
                    continue
                hs, sig = make_trap(org, key, title, t, routes)
                trap_html.append(hs)
                trap_sigs.append(sig)
            hd = HEADINGS[org["family"]]
            if kind == "no":
                main = '<h1>%s</h1><p>%s</p>' % (E(title), E(NOT_OFFERED[(org["code"], key)]))
                main += "".join(trap_html)
            else:
                sents = re.split(r"(?<=[.?!])\s+", intro)
                first, rest = sents[0], " ".join(sents[1:]) or MORE[org["type"]]
                main = ('<h1>%s</h1><p class="intro">%s</p><h2>%s</h2><p>%s</p><h2>%s</h2><p>%s</p><h2>%s</h2>%s%s'
                        % (E(title), E(first), hd[0], E(rest), hd[1], E(COND[org["type"]]), hd[2], r["cta"],
                           "".join(trap_html)))
                if org["family"] in ("productid", "drupal"):
                    # accordion: every heading becomes a collapsed <details> block
                    body = main.split("</p>", 1)
                    parts = re.split(r"<h2>(.*?)</h2>", body[1])
                    acc = "".join('<details><summary>%s</summary>%s</details>' % (parts[i], parts[i + 1]) for i in range(1, len(parts), 2))
                    main = body[0] + "</p>" + parts[0] + acc
                main += ('<h2>Kosten</h2><p>%s</p><h2>Hoe lang duurt het?</h2><p>%s</p>'
                         % ("Zie de actuele tarieven." if org["type"] == "gemeente" else "Voor de behandeling betaalt u leges volgens de legesverordening, tenzij anders vermeld.",
                            "Meestal ontvangt u binnen 8 weken een besluit."))
            crumbs = [(ov_url(org, sec), SECTION_NAMES[sec])]
            put(purl, chrome(org, title, main, crumbs))
            pages.append((purl, title, sec))
            SEARCH.setdefault(org["host"], []).append({"url": purl, "title": title, "text": intro})
            sig = list(org["sitewide"]) + trap_sigs
            if kind == "no":
                org_rows.append(dict(org_code=org["code"], product_key=key, level="", status="not_offered", product_url=purl, route_url="",
                                     level_strict="", via="", signals=";".join(sig), notes="page says the organisation does not offer it"))
                continue
            lvl = r["level"]
            strict = lvl
            if lvl == 100 and not (prefill or r.get("prefill")):
                strict = 67
            sig = r["signals"] + sig + (["prefill_text"] if prefill or r.get("prefill") else [])
            org_rows.append(dict(org_code=org["code"], product_key=key, level=str(lvl), status="ok", product_url=purl,
                                 route_url=r["route"], level_strict=str(strict), via=r["via"], signals=";".join(sig), notes=r["note"]))
        build_site_pages(org, pages)
        rows += org_rows
    return rows


def build_route(org, key, title, kind, olo_url):
    """Create the route pages for one row; returns dict(level, route, via, signals, cta, note)."""
    h = "http://" + org["host"]
    fh = org["formhost"]
    brand = org["brand"]
    slug = slugify(key if org["family"] != "amsterdam" else title)
    res = dict(level=0, route="", via="", signals=[], cta="", note="")
    prefill = key == "verhuismelding" and org["code"] == "GM0599"
    if kind in ("nf", "no"):
        return res
    if kind == "info":
        txt = {"gemeente": "U kunt dit niet online regelen. Maak een afspraak of bel %s." % PHONE[org["code"]],
               "provincie": "Neem contact op met het Provinciehuis via telefoonnummer %s of stuur een brief." % PHONE[org["code"]],
               "waterschap": "Dit regelt u schriftelijk. Stuur een brief naar het postadres van het waterschap, of bel ons klantcontactcentrum: %s." % PHONE[org["code"]]}[org["type"]]
        if key == "overlijdensaangifte":
            txt = "Meestal doet de uitvaartondernemer de aangifte. Doet u het zelf, maak dan een afspraak bij de balie. Neem de overlijdensverklaring van de arts mee."
        if key == "bezwaar":
            txt = "Stuur een ondertekend bezwaarschrift met uw naam, adres, datum, het besluit waartegen u bezwaar maakt en de reden. U kunt ook een brief sturen per post."
        if key == "watersysteemheffing":
            txt = "U ontvangt de aanslag automatisch. U hoeft hiervoor zelf niets aan te vragen."
        res.update(cta="<p>%s</p>" % E(txt), note="information only")
        return res
    if kind == "appt":
        ah = {"GM0599": "afspraak.rotterdam.test", "GM0363": "afspraak.amsterdam.test", "GM0737": "tytsjerksteradiel.afspraakplanner.test"}[org["code"]]
        url = "http://%s/afspraak-maken/%s" % (ah, slugify(key))
        put(url, simple_page("Afspraak maken", '<h1>Afspraak maken: %s</h1><p>Kies een datum en tijd.</p><form method=post action="/afspraak-maken/bevestigen">'
                             '<label>Datum <input type=date name=datum></label><label>Tijd <select name=tijd><option>09:00</option><option>09:15</option></select></label>'
                             '<label>E-mailadres <input name=email></label><button>Afspraak bevestigen</button></form>' % E(title), brand))
        put("http://%s/afspraak-maken/bevestigen" % ah, simple_page("Afspraak bevestigd", "<h1>Uw afspraak is gemaakt</h1>", brand))
        res.update(cta='<p>U vraagt dit aan bij de balie in het Stadswinkel/gemeentehuis. Neem uw oude document en een pasfoto mee.</p>'
                   '<p><a class="cta" href="%s">Maak een afspraak</a></p>' % url,
                   signals=["appointment_online"], note="appointment only; the booking is not a form")
        return res
    if kind in ("pdf", "docx"):
        ext = kind
        url = "%s/%s/aanvraagformulier-%s.%s" % (h, {"productid": "up/documenten", "rotterdam": "sites/default/files"}.get(org["family"], "documenten"), slugify(title), ext)
        data = doc_link(url, "Aanvraagformulier " + title, kind)
        typ = "PDF" if ext == "pdf" else "Word-document, docx"
        res.update(level=33, route=url, signals=[ext],
                   cta='<p>Download het aanvraagformulier, vul het in en stuur het ondertekend op, of lever het in bij de balie.</p>'
                   '<p><a href="%s">Aanvraagformulier %s (%s, %d kB)</a></p>' % (url, E(title.lower()), typ, kb(len(data))),
                   note="printable form")
        return res
    if kind == "mailto":
        dom = org["host"].replace("www.", "")
        res.update(cta='<p>Stuur uw verzoek per e-mail naar <a href="mailto:info@%s">info@%s</a> of per post.</p>' % (dom, dom),
                   signals=["mailto"], note="e-mail or letter only")
        return res
    if kind == "paper":
        url = anon_form_page(org["host"], "/formulieren/formulier-aanvragen-%s" % slug, "Aanvraagformulier %s toesturen" % title.lower(), brand,
                             fields=["Naam", "Adres", "Postcode", "Woonplaats"])
        res.update(cta='<p>Online aanvragen is niet mogelijk. U kunt het aanvraagformulier bij ons opvragen; wij sturen het u per post toe. '
                   '<a href="%s">Vraag het formulier aan</a>.</p>' % url,
                   signals=["trap_paper_form_order"], note="the online form only orders a paper form by post: level 0")
        return res
    if kind == "olo":
        res.update(level=100, route=olo_url, via=OLO, signals=["digid", "eherkenning", "prefill_text"], prefill=True,
                   cta='<p>U vraagt de vergunning aan of doet de melding via het Omgevingsloket. Log in met DigiD of eHerkenning.</p>'
                   '<p><a class="cta" href="%s">Naar het Omgevingsloket</a></p>' % olo_url, note="via Omgevingsloket")
        return res
    if kind.startswith("via="):
        link, route, vhost, lvl, sigs = via_route(kind[4:], org, key, title)
        name = vhost
        res.update(level=lvl, route=route, via=vhost, signals=sigs,
                   cta='<p>Dit regelt u niet bij ons maar bij een andere organisatie.</p><p><a class="cta" href="%s">Ga naar %s</a></p>' % (link, E(vhost.replace("www.", ""))),
                   note="via %s" % vhost)
        return res
    if kind in ("form", "jsform"):
        if kind == "jsform" or org["platform"] == "openforms":
            url = openforms_page("meldingen.amsterdam.test" if org["code"] == "GM0363" else fh, slug, title, brand)
            sig = ["online_form", "js_only"]
        else:
            plat = org["platform"]
            if plat == "triple":
                path = "/TriplEforms/DirectRegelen/formulier/nl-NL/evAmsterdam/%s.aspx" % re.sub(r"[^A-Za-z]", "", title.title())
            elif plat == "gravity" and org["code"] == "GM0737":
                fh2 = "fd8.formdesk.test"
                url = anon_form_page(fh2, "/tytsjerksteradiel/%s" % slug, title, brand, platform="formdesk")
                res.update(level=67, route=url, signals=["online_form", "formdesk"],
                           cta='<p><a class="cta" href="%s">Vul het online formulier in</a> (u hoeft niet in te loggen)</p>' % url, note="anonymous online form")
                return res
            elif plat == "govforms":
                path = "/Formulieren/%s" % slugify(title)
            else:
                path = "/formulieren/%s" % slug
            url = anon_form_page(fh, path, title, brand, platform=plat)
            sig = ["online_form"]
        res.update(level=67, route=url, signals=sig,
                   cta='<p><a class="cta" href="%s">%s</a></p>' % (url, {"rotterdam": "Direct regelen", "amsterdam": "Online aanvragen"}.get(org["family"], "Online formulier invullen")),
                   note="online form without login")
        return res
    if kind in ("digid", "ehk", "digid_ehk"):
        methods = {"digid": ["digid"], "ehk": ["eherkenning"], "digid_ehk": ["digid", "eherkenning"]}[kind]
        plat = org["platform"]
        if org["code"] == "WS0616" and key in ("belastingkwijtschelding", "zuiveringsheffing", "belastingaanslag-bezwaar", "betalingsregeling"):
            url = login_form_page("belastingen.rijnland.test", slug, title, methods, "Belastingen Rijnland")
            sig = []
        elif plat == "openforms":
            url = openforms_page(fh, slug, title, brand, methods, prefill=prefill)
            sig = ["js_only"]
        elif plat == "triple":
            url = login_form_page(fh, re.sub(r"[^A-Za-z]", "", title.title()), title, methods, brand, platform="triple", prefill=prefill)
            sig = []
        elif org["type"] == "waterschap" and org["code"] in ("WS0663", "WS0665", "WS0155"):
            url = login_form_page({"WS0663": "eloket.vechtstromen.test", "WS0665": "formulieren.waterschaplimburg.test", "WS0155": "mijn.waternet.test"}[org["code"]],
                                  slug, title, methods, brand)
            sig = []
        elif org["type"] == "waterschap" and key in ("belastingkwijtschelding", "zuiveringsheffing", "belastingaanslag-bezwaar", "betalingsregeling"):
            url = login_form_page("belastingen.rijnland.test", slug, title, methods, "Belastingen Rijnland")
            sig = []
        else:
            url = login_form_page(fh if fh != org["host"] else "eloket." + org["host"][4:], slug, title, methods, brand, platform=plat, prefill=prefill)
            sig = []
        sig = [m for m in methods] + sig
        lab = {"digid": "met DigiD", "ehk": "met eHerkenning", "digid_ehk": "met DigiD of eHerkenning"}[kind]
        logo = '<img src="%s/images/digid-logo.png" alt="DigiD">' % h if "digid" in methods else ""
        res.update(level=100, route=url, signals=sig, prefill=prefill,
                   cta='<p>%s <a class="cta" href="%s">%s aanvragen (%s)</a></p><p>Lukt het niet online? Bel ons, dan helpen wij u.</p>' % (logo, url, E(title), lab),
                   note="online form behind %s" % "/".join(methods) + ("; form start page states pre-fill" if prefill else ""))
        return res
    raise SystemExit("unknown kind %s" % kind)


def make_trap(org, key, title, t, routes):
    """Return (html, signal) for a trap."""
    h = "http://" + org["host"]
    brand = org["brand"]
    name, _, arg = t.partition("=")
    sig = "trap_" + name
    if name == "sibling":
        if arg == "bezwaar" and routes[arg]["route"]:
            return ('<p>Bent u het niet eens met het besluit op uw aanvraag? <a href="%s">Maak online bezwaar</a>.</p>' % routes[arg]["route"],
                    "trap_bezwaar_form")
        if arg in routes and routes[arg]["route"]:
            r = routes[arg]
            stitle = text_for(org, arg)[0]
            return ('<aside class="direct-regelen"><h2>Direct regelen</h2><ul><li><a href="%s">%s</a></li></ul></aside>' % (r["route"], E(stitle)),
                    "trap_sibling_form_" + arg)
        # special siblings
        if arg == "melding_klein_evenement":
            u = anon_form_page("fd8.formdesk.test", "/tytsjerksteradiel/melding-klein-evenement", "Melding klein evenement", brand, platform="formdesk")
            return ('<p>Organiseert u een klein evenement of een incidentele festiviteit? Dan is een melding genoeg: <a href="%s">Melding klein evenement doen</a>.</p>' % u,
                    "trap_sibling_form_melding_klein_evenement")
        if arg == "betalingsregeling_g":
            u = login_form_page("mijn.amsterdam.test", "betalingsregeling", "Betalingsregeling aanvragen", ["digid"], "Belastingen Amsterdam")
            return ('<aside class="direct-regelen"><h2>Direct regelen</h2><ul><li><a href="%s">Betalingsregeling aanvragen</a></li></ul></aside>' % u,
                    "trap_sibling_form_betalingsregeling")
        if arg == "grofvuil_omrin":
            u = "http://mijn.omrin.test/grof-huishoudelijk-afval-laten-ophalen"
            if not exists(u):
                anon_form_page("mijn.omrin.test", "/grof-huishoudelijk-afval-laten-ophalen", "Grofvuil laten ophalen - Mijn Omrin", "Omrin")
            return ('<p>Ook grofvuil laten ophalen? <a href="%s">Maak een afspraak in Mijn Omrin</a>.</p>' % u, "trap_sibling_form_grofvuil")
        if arg == "nadeelcompensatie_pdf":
            u = h + "/documenten/aanvraagformulier-nadeelcompensatie.pdf"
            d = doc_link(u, "Aanvraagformulier nadeelcompensatie")
            return ('<p>Schade door werkzaamheden aan een provinciale weg? Dat is nadeelcompensatie: <a href="%s">Aanvraagformulier nadeelcompensatie (pdf, %d kB)</a>. Voor schade door wilde dieren gebruikt u dit formulier niet.</p>' % (u, kb(len(d))),
                    "trap_sibling_pdf_nadeelcompensatie")
        # sibling without online route: link to its page is harmless; fall back to contact form
        name = "contact_form"
        sig = "trap_contact_form"
    if name == "contact_form":
        u = anon_form_page(org["host"], "/contact/contactformulier", "Contactformulier", brand, fields=["Naam", "E-mailadres", "Telefoonnummer", "Uw vraag"])
        return '<p>Heeft u een vraag over dit onderwerp? <a href="%s">Stel uw vraag via het contactformulier</a>.</p>' % u, sig
    if name == "callback_form":
        u = anon_form_page(org["host"], "/contact/terugbelverzoek", "Terugbelverzoek", brand, fields=["Naam", "Telefoonnummer", "Onderwerp", "Voorkeurstijd"])
        return '<p>Wilt u liever eerst met iemand praten? <a href="%s">Vraag een terugbelverzoek aan</a>, dan bellen wij u binnen 2 werkdagen.</p>' % u, sig
    if name == "appointment_digid":
        ah = {"GM0599": "afspraak.rotterdam.test", "GM0363": "afspraak.amsterdam.test", "GM0737": "tytsjerksteradiel.afspraakplanner.test"}[org["code"]]
        u = login_form_page(ah, "inloggen", "Afspraak maken - inloggen", ["digid"], brand, note="Log in met DigiD om uw afspraken te bekijken, te wijzigen of een nieuwe afspraak te maken.")
        return '<p>Heeft u al een afspraak? <a href="%s">Bekijk of wijzig uw afspraak (inloggen met DigiD)</a>.</p>' % u, sig
    if name == "status_tracker":
        mh = {"GM0599": "mijn.rotterdam.test", "GM0363": "mijn.amsterdam.test", "PV23": "eloket.overijssel.test"}.get(org["code"], "mijn." + org["host"][4:])
        u = login_form_page(mh, "lopende-zaken", "Mijn lopende zaken", ["digid", "eherkenning"], brand)
        return '<p>Al een aanvraag gedaan? <a href="%s">Bekijk de status van uw aanvraag</a> in Mijn lopende zaken.</p>' % u, sig
    if name in ("regulation_pdf", "tariff_pdf", "keur_pdf", "aux_pdf"):
        if name == "regulation_pdf":
            lab = {"gemeente": "Verordening en beleidsregels %s" % title.lower(), "provincie": "Beleidsregels %s" % title.lower(),
                   "waterschap": "Beleidsregels %s" % title.lower()}[org["type"]]
            fn = "beleidsregels-%s.pdf" % slugify(key)
        elif name == "tariff_pdf":
            lab = "Tarieventabel 2026" if org["type"] != "waterschap" else "Tarieven waterschapsbelastingen 2026"
            fn = "tarieventabel-2026.pdf"
        elif name == "keur_pdf":
            lab = "Waterschapsverordening %s (keur)" % org["name"].split()[-1]
            fn = "waterschapsverordening.pdf"
        else:
            lab = "Verklaring toestemming reisdocument minderjarige" if key in ("paspoort", "identiteitskaart") else "Verklaring hoofdbewoner"
            fn = slugify(lab) + ".pdf"
        u = "%s/documenten/%s" % (h, fn)
        d = pdf_bytes(lab, ["Deze verklaring hoort bij uw aanvraag of verhuizing.", "Naam: ________", "Handtekening: ________"] if name == "aux_pdf"
                      else ["Artikel 1 Begripsbepalingen", "Artikel 2 Toepassingsbereik", "Artikel 3 Tarieven", "Vastgesteld door het bestuur."])
        put(u, d)
        return '<p><a href="%s">%s (pdf, %d kB)</a></p>' % (u, E(lab), kb(len(d))), sig
    if name == "not_online_text":
        return "<p><strong>Let op:</strong> online aanvragen is (nog) niet mogelijk.</p>", sig
    if name == "payment_page":
        ph = {"WS0155": "betalen.waternet.test", "WS0663": "betalen.gblt.test", "WS0665": "betalen.bsgw.test"}.get(org["code"], "betalen." + org["host"][4:])
        u = anon_form_page(ph, "/betalen/%s" % slugify(key), "Online betalen", brand, fields=["Betalingskenmerk", "Bedrag", "Bank (iDEAL)"])
        return '<p>Heeft u een rekening ontvangen? <a href="%s">Betaal direct met iDEAL</a>.</p>' % u, sig
    if name == "news_item":
        u = "%s/nieuws/%s-2026" % (h, slugify(key))
        put(u, chrome(org, "Nieuws: wijzigingen %s" % title.lower(), "<h1>Nieuws: wijzigingen rond %s</h1><p class=date>12 maart 2026</p><p>Vanaf 1 juli veranderen de regels voor %s. Lees op de productpagina wat dit voor u betekent.</p>"
                                                                     % (E(title.lower()), E(title.lower())), [(h + "/nieuws/", "Nieuws")]))
        return '<p>Lees ook: <a href="%s">Nieuws: wijzigingen rond %s</a></p>' % (u, E(title.lower())), sig
    if name == "mailto":
        dom = org["host"].replace("www.", "")
        return '<p>Vragen? Mail naar <a href="mailto:info@%s">info@%s</a>.</p>' % (dom, dom), sig
    if name == "vergunningcheck":
        return '<p>Weet u niet of u een vergunning nodig heeft? <a href="http://%s/checken/">Doe de vergunningcheck</a>.</p>' % OLO, sig
    if name == "wozwaardeloket":
        u = "http://www.wozwaardeloket.test/"
        put(u, simple_page("WOZ-waardeloket", "<h1>WOZ-waardeloket</h1><form method=get action=\"/zoek\"><label>Postcode <input name=postcode></label><button>Zoek</button></form>"))
        put("http://www.wozwaardeloket.test/zoek", simple_page("WOZ-waarden", "<h1>WOZ-waarden</h1>"))
        return '<p>Bekijk de WOZ-waarde van andere woningen in het <a href="%s">WOZ-waardeloket</a>.</p>' % u, sig
    if name == "tax_login":
        mu = {"GM0599": ("mijn.rotterdam.test", "Mijn Belastingzaken"), "GM0363": ("mijn.amsterdam.test", "Mijn Belastingen"),
              "GM0737": ("mijn.tytsjerksteradiel.test", "Mijn Belastingzaken"), "WS0155": ("mijn.waternet.test", "Mijn Waternet"),
              "WS0616": ("belastingen.rijnland.test", "Mijn Belastingen"), "WS0663": ("mijn.gblt.test", "Mijn GBLT"),
              "WS0665": ("mijn.bsgw.test", "Mijn BsGW")}[org["code"]]
        u = login_form_page(mu[0], "overzicht", mu[1], ["digid", "eherkenning"], brand)
        return '<p>Bekijk uw aanslag en betalingen in <a href="%s">%s</a> (inloggen met DigiD).</p>' % (u, E(mu[1])), sig
    if name == "digid_info":
        return '<p>Heeft u nog geen DigiD? <a href="http://digid-sim.test/aanvragen">Vraag DigiD aan</a>.</p>', sig
    if name == "app_store":
        u = "%s/app" % h
        put(u, chrome(org, "Download de app", "<h1>Download de app</h1><p>Doe meldingen ook met de app voor iOS en Android.</p>"))
        return '<p>Melden kan ook met <a href="%s">de app</a>.</p>' % u, sig
    if name == "storingslijn":
        return '<p>Spoed? Bel de storingslijn, 24 uur per dag bereikbaar: <a href="tel:0900-0000000">0900 - 000 00 00</a>.</p>', "trap_phone_number"
    if name == "newsletter_inline":
        return ('<form class="newsletter" method="post" action="%s/nieuwsbrief/bedankt"><p>Blijf op de hoogte van nieuwe subsidieregelingen.</p>'
                '<label>E-mailadres <input type=email name=email></label><button>Aanmelden nieuwsbrief</button></form>' % h), "trap_newsletter_form"
    if name == "other_body_vignet":
        u = anon_form_page("www.waternet.test", "/formulieren/vaarvignet-aanvragen", "Vaarvignet aanvragen", "Waternet")
        return '<p>Vaart u met een motorboot door de grachten? Dan heeft u een vaarvignet nodig: <a href="%s">Vaarvignet aanvragen bij Waternet</a>.</p>' % u, sig
    if name == "other_body_ws":
        u = "http://www.waterschappen.test/watervergunning"
        put(u, simple_page("Watervergunning | Waterschappen", "<h1>Watervergunning bij het waterschap</h1><p>Kijk op de site van uw waterschap.</p>"))
        return '<p>Gaat het om een kleine onttrekking of om werken bij een watergang? Dan is het waterschap bevoegd. <a href="%s">Zoek uw waterschap</a>.</p>' % u, sig
    if name == "faunabeheer_link":
        u = "http://www.bij12.test/faunabeheer-ontheffingen"
        if not exists("http://www.bij12.test/"):
            body_site("bij12", "www.bij12.test", "BIJ12")
        put(u, simple_page("Ontheffingen faunabeheer | BIJ12", "<h1>Ontheffingen faunabeheer</h1><p>Faunabeheereenheden vragen ontheffingen aan via het Faunaregistratiesysteem.</p>"))
        return '<p>Ontheffingen voor faunabeheer en schadebestrijding lopen via de faunabeheereenheid: zie <a href="%s">BIJ12</a>.</p>' % u, sig
    if name == "aerius":
        u = "http://calculator.aerius.test/"
        put(u, simple_page("AERIUS Calculator", "<h1>AERIUS Calculator</h1><p>Bereken de stikstofdepositie van uw project.</p><form method=post action=\"/nieuw\"><button>Nieuwe berekening</button></form>"))
        put("http://calculator.aerius.test/nieuw", simple_page("Nieuwe berekening", "<h1>Nieuwe berekening</h1>"))
        return '<p>Bereken eerst de stikstofdepositie met de <a href="%s">AERIUS Calculator</a>.</p>' % u, "trap_calculator_tool"
    if name == "vooroverleg_form":
        u = anon_form_page(org["host"], "/formulieren/vooroverleg-aanvragen", "Vooroverleg aanvragen", brand, fields=["Naam", "Organisatie", "Locatie", "Omschrijving initiatief"])
        return '<p>Wij raden u aan eerst vooroverleg te voeren: <a href="%s">vraag vooroverleg aan</a>.</p>' % u, "trap_vooroverleg_form"
    raise SystemExit("unknown trap %s" % t)


def build_site_pages(org, pages):
    h = "http://" + org["host"]
    brand = org["brand"]
    for p in ("/assets/site.css",):
        put(h + p, "body{font-family:sans-serif}.cookie-banner{position:fixed;bottom:0}\n")
    put(h + "/assets/site.js", "document.querySelectorAll('[data-consent]').forEach(b=>b.addEventListener('click',()=>b.closest('.cookie-banner').remove()));\n")
    put(h + "/images/logo.png", PNG)
    put(h + "/images/digid-logo.png", PNG)
    secs = []
    for u, t, s in pages:
        if s not in secs:
            secs.append(s)
    for l, s in NAV[org["type"]]:
        if s not in secs:
            secs.append(s)
    for s in secs:
        items = "".join('<li><a href="%s">%s</a></li>' % (u, E(t)) for u, t, ss in pages if ss == s)
        put(ov_url(org, s), chrome(org, SECTION_NAMES[s], "<h1>%s</h1><ul class=\"link-list\">%s</ul>" % (E(SECTION_NAMES[s]), items)))
    az = "".join('<li><a href="%s">%s</a></li>' % (u, E(t)) for u, t, s in sorted(pages, key=lambda x: x[1].lower()))
    put(h + "/a-z", chrome(org, "Producten en diensten A-Z", "<h1>Producten en diensten A-Z</h1><ul>%s</ul>" % az))
    tiles = "".join('<li class="toptaak"><a href="%s">%s</a></li>' % (u, E(t)) for u, t, s in pages[:8])
    put(h + "/", chrome(org, "Home", '<h1>Welkom bij %s</h1><section class="toptaken"><h2>Veelgevraagd</h2><ul>%s</ul></section>'
                                '<p><a href="%s/a-z">Alle onderwerpen van A tot Z</a></p><section><h2>Nieuws</h2><p><a href="%s/nieuws/">Alle nieuwsberichten</a></p></section>'
                     % (E(brand), tiles, h, h)))
    news = "".join('<li><a href="http://%s%s">%s</a></li>' % (hh, p, "Nieuwsbericht") for (hh, p) in sorted(FILES) if hh == org["host"] and p.startswith("/nieuws/") and p != "/nieuws/index.html")
    put(h + "/nieuws/", chrome(org, "Nieuws", "<h1>Nieuws</h1><ul>%s</ul>" % news))
    contact = anon_form_page(org["host"], "/contact/contactformulier", "Contactformulier", brand, fields=["Naam", "E-mailadres", "Telefoonnummer", "Uw vraag"])
    put(h + "/contact/", chrome(org, "Contact", '<h1>Contact</h1><p>Bel ons op werkdagen van 8.30 tot 17.00 uur.</p><p><a href="%s">Contactformulier</a></p>' % contact))
    for p, t in (("/privacy", "Privacyverklaring"), ("/toegankelijkheid", "Toegankelijkheidsverklaring"), ("/cookies", "Cookieverklaring")):
        put(h + p, chrome(org, t, "<h1>%s</h1><p>%s respecteert uw privacy en houdt zich aan de AVG.</p>" % (E(t), E(brand))))
    put(h + "/feedback/verzonden", chrome(org, "Bedankt voor uw reactie", "<h1>Bedankt voor uw reactie</h1>"))
    put(h + "/nieuwsbrief/bedankt", chrome(org, "Aanmelding nieuwsbrief", "<h1>Bedankt voor uw aanmelding</h1>"))
    put(h + "/zoeken", chrome(org, "Zoeken", "<h1>Zoeken</h1><!--RESULTS-->"))
    put(h + "/robots.txt", "User-agent: *\nDisallow: /zoeken\nSitemap: %s/sitemap.xml\n" % h)
    urls = "".join("<url><loc>%s</loc></url>" % E(u) for u, t, s in pages)
    put(h + "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>\n' % urls)
    put(h + "/404.html", chrome(org, "Pagina niet gevonden", "<h1>Pagina niet gevonden</h1><p>De pagina die u zoekt bestaat niet (meer). Probeer de zoekfunctie.</p>"))


def main():
    out = sys.argv[1]
    rows = build()
    # hosts of shared bodies need a homepage
    hosts = sorted({h for h, p in FILES})
    for hh in hosts:
        if (hh, "/index.html") not in FILES:
            put("http://%s/" % hh, simple_page(hh, "<h1>%s</h1>" % E(hh)))
    paths = set(FILES)
    for (host, path) in FILES:
        parts = path.strip("/").split("/")
        for i in range(1, len(parts)):
            if (host, "/" + "/".join(parts[:i])) in paths:
                raise SystemExit("file/dir conflict %s %s" % (host, path))
    for (host, path), data in sorted(FILES.items()):
        fp = os.path.join(out, "sites", host, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "wb") as f:
            f.write(data)
    with open(os.path.join(out, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for o in ORGS:
            w.writerow([o["code"], o["name"], o["type"], "http://%s/" % o["host"], o["inh"]])
    cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "signals", "notes"]
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, cols, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)
    os.makedirs(os.path.join(out, "search"), exist_ok=True)
    searches = []
    for o in ORGS:
        host = o["host"]
        with open(os.path.join(out, "search", host + ".json"), "w", encoding="utf-8") as f:
            json.dump(SEARCH.get(host, []), f, ensure_ascii=False, indent=1, sort_keys=True)
        with open(os.path.join(out, "search", host + ".html"), "w", encoding="utf-8") as f:
            f.write('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Zoekresultaten | %s</title></head><body>'
                    '<h1>Zoekresultaten voor &quot;<!--QUERY-->&quot;</h1><!--RESULTS--><p><a href="http://%s/">Home</a></p></body></html>\n' % (E(o["brand"]), host))
        searches.append({"host": host, "path": "/zoeken", "param": "q", "index": "search/%s.json" % host, "template": "search/%s.html" % host})
    host_redirects = [{"host": o["host"][4:], "status": 301, "to": o["host"]} for o in ORGS]
    nf = []
    for o in ORGS:
        if o["soft404"]:
            nf.append({"host": o["host"], "file": "sites/%s/404.html" % o["host"], "status": o["soft404"]})
    redirects = list(REDIRECTS)
    # an old URL of a renamed page, as real sites keep after a relaunch
    redirects.append({"url": "http://www.rotterdam.test/paspoort", "status": 301, "location": "http://www.rotterdam.test/paspoort-aanvragen"})
    redirects.append({"url": "http://www.zeeland.test/loket/subsidies", "status": 301, "location": "http://www.zeeland.test/subsidies/subsidies"})
    manifest = {
        "seed": 7,
        "counts": {"organisations": len(ORGS), "labels": len(rows)},
        "behaviours": {
            "redirects": redirects,
            "host_redirects": host_redirects,
            "not_found_pages": nf,
            "searches": searches,
            "delays": [{"url": "http://www.waterschaplimburg.test/a-z", "seconds": 2}],
            "flaky": [{"url": "http://www.overijssel.test/a-z", "status": 503}],
        },
    }
    with open(os.path.join(out, "testweb.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == "__main__":
    main()
