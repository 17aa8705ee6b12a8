#!/usr/bin/env python3
"""Generate the dev19 held-out web (trap-weighted): ten gemeenten in Overijssel, Drenthe,
Groningen, Friesland and Noord-Holland, each in its own CMS structure, plus the shared
bodies, form platforms and identity providers they send users to.

    python3 gen.py [OUTDIR]        (default: web/ beside this file)

Deterministic: no randomness, every list is built in a fixed order and files are written
sorted. The product list is read from PRODUCTS_CSV (columns product_key, name_nl,
org_types, audience, offered_by only).
"""
import csv
import io
import json
import posixpath
import re
import shutil
import sys
import zipfile
import zlib
from html import escape
from pathlib import Path
from urllib.parse import urlsplit, quote

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_content as C  # noqa: E402

PRODUCTS_CSV = Path(__file__).resolve().parent.parent.parent.parent / "config" / "products.csv"
ALLOWED_COLUMNS = ("product_key", "name_nl", "org_types", "audience", "offered_by")


def h(s):
    return escape(str(s), quote=True)


def slugify(s):
    table = str.maketrans("àáâäèéêëìíîïòóôöùúûüçñ", "aaaaeeeeiiiioooouuuucn")
    s = s.lower().translate(table)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def camel(s):
    table = str.maketrans("àáâäèéêëìíîïòóôöùúûüç", "aaaaeeeeiiiioooouuuuc")
    parts = re.split(r"[^A-Za-z0-9]+", s.translate(table))
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


def underscored(s):
    table = str.maketrans("àáâäèéêëìíîïòóôöùúûüç", "aaaaeeeeiiiioooouuuuc")
    s = re.sub(r"[^A-Za-z0-9]+", "_", s.translate(table)).strip("_")
    return s[:1].upper() + s[1:]


def cap(s):
    return s if s.startswith("eHerkenning") else s[:1].upper() + s[1:]


def stable_num(text, mod, base=0):
    return base + zlib.crc32(text.encode("utf-8")) % mod


def load_products():
    rows = []
    with open(PRODUCTS_CSV, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append({k: r[k] for k in ALLOWED_COLUMNS})
    return rows


# --------------------------------------------------------------------------- writer

class Web:
    def __init__(self):
        self.files = {}
        self.redirects = []
        self.host_redirects = []
        self.not_found_pages = []
        self.searches = []
        self.content_types = []
        self.extra_files = {}

    def put(self, url, data, replace=False):
        sp = urlsplit(url)
        path = sp.path or "/"
        if path.endswith("/"):
            path += "index.html"
        if sp.query:
            path += "?" + sp.query
        key = (sp.netloc, path.lstrip("/"))
        if isinstance(data, str):
            data = data.encode("utf-8")
        if key in self.files and self.files[key] != data and not replace:
            raise ValueError("conflicting content for %s" % url)
        self.files[key] = data

    def has(self, url):
        sp = urlsplit(url)
        path = sp.path or "/"
        if path.endswith("/"):
            path += "index.html"
        if sp.query:
            path += "?" + sp.query
        return (sp.netloc, path.lstrip("/")) in self.files

    def redirect(self, url, location, status=302):
        for r in self.redirects:
            if r["url"] == url:
                return
        self.redirects.append({"url": url, "status": status, "location": location})

    def write(self, out):
        out = Path(out)
        if out.exists():
            shutil.rmtree(out)
        for (host, path) in sorted(self.files):
            p = out / "sites" / host / path
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(self.files[(host, path)])
        for name in sorted(self.extra_files):
            p = out / name
            p.parent.mkdir(parents=True, exist_ok=True)
            data = self.extra_files[name]
            p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))


# --------------------------------------------------------------------------- documents

def _pdf_str(s):
    b = s.encode("cp1252", errors="replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def _wrap(text, width):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def make_pdf(title, org, paragraphs, fields=None):
    """A small, valid PDF. With `fields` it is a form: labelled boxes that are AcroForm
    text fields, plus date and signature fields."""
    fields = list(fields or [])
    if fields:
        fields = fields + ["Datum", "Handtekening"]
    pages = []  # list of (ops list, field list with rects)
    ops, annots = [], []
    y = 800

    def newpage():
        nonlocal ops, annots, y
        pages.append((ops, annots))
        ops, annots, y = [], [], 800

    def text(x, yy, size, s, bold=False):
        ops.append(b"BT /%s %d Tf %d %d Td %s Tj ET" % (b"F2" if bold else b"F1", size, x, yy, _pdf_str(s)))

    text(50, y, 9, org)
    y -= 28
    for line in _wrap(title, 60):
        text(50, y, 16, line, True)
        y -= 22
    y -= 6
    for para in paragraphs:
        for line in _wrap(para, 95):
            if y < 60:
                newpage()
            text(50, y, 10, line)
            y -= 14
        y -= 8
    for i, lab in enumerate(fields):
        if y < 90:
            newpage()
        text(50, y, 10, lab)
        y -= 24
        ops.append(b"0.5 w 50 %d 495 20 re S" % y)
        annots.append(("veld_%02d" % (i + 1), lab, (50, y, 545, y + 20)))
        y -= 18
    pages.append((ops, annots))

    objs = {}
    n_fixed = 5
    next_id = n_fixed + 1
    page_ids, field_ids = [], []
    page_specs = []
    for ops_, annots_ in pages:
        pid, cid = next_id, next_id + 1
        next_id += 2
        aids = []
        for a in annots_:
            aids.append((next_id, a))
            next_id += 1
        page_specs.append((pid, cid, ops_, aids))
        page_ids.append(pid)
    for pid, cid, ops_, aids in page_specs:
        stream = b"\n".join(ops_)
        objs[cid] = b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream)
        annot_refs = b" ".join(b"%d 0 R" % aid for aid, _ in aids)
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R "
                     b"/F2 4 0 R >> >> /Contents %d 0 R%s >>" % (cid, (b" /Annots [" + annot_refs + b"]") if aids else b""))
        for aid, (name, lab, r) in aids:
            objs[aid] = (b"<< /Type /Annot /Subtype /Widget /FT /Tx /T %s /TU %s /Rect [%d %d %d %d] /F 4 /P %d 0 R "
                         b"/DA (/F1 10 Tf 0 g) /MK << /BC [0 0 0] >> >>" % (_pdf_str(name), _pdf_str(lab), r[0], r[1], r[2], r[3], pid))
            field_ids.append(aid)
    acro = b""
    if field_ids:
        acro = (b" /AcroForm << /Fields [%s] /NeedAppearances true /DA (/F1 10 Tf 0 g) /DR << /Font << /F1 3 0 R >> >> >>"
                % b" ".join(b"%d 0 R" % i for i in field_ids))
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R%s >>" % acro
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % p for p in page_ids), len(page_ids))
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = b"<< /Title %s /Author %s /Producer (dev19 pdf writer) >>" % (_pdf_str(title), _pdf_str(org))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in range(1, next_id):
        offsets[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % next_id
    for i in range(1, next_id):
        out += b"%010d 00000 n \n" % offsets[i]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (next_id, xref)
    return bytes(out)


def make_docx(title, org, paragraphs, fields):
    def para(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, escape(t))
    body = [para(org), para(title, True)] + [para(p) for p in paragraphs]
    for f in fields + ["Datum", "Handtekening"]:
        body.append(para(f + ": ......................................................"))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + "</w:body></w:document>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": doc,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels", "word/document.xml"]:
            zi = zipfile.ZipInfo(name, date_time=(2024, 5, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, files[name])
    return buf.getvalue()


DIGID_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48">'
             '<rect width="48" height="48" rx="6" fill="#000"/><text x="24" y="29" font-family="Arial" '
             'font-size="13" font-weight="bold" fill="#fff" text-anchor="middle">DigiD</text></svg>')
EH_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="96" height="32" viewBox="0 0 96 32">'
          '<rect width="96" height="32" rx="4" fill="#fff" stroke="#2a3a8c"/><circle cx="14" cy="16" r="8" '
          'fill="#f39200"/><text x="58" y="21" font-family="Arial" font-size="11" fill="#2a3a8c" '
          'text-anchor="middle">eHerkenning</text></svg>')
LOGO_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40" viewBox="0 0 160 40">'
            '<rect width="40" height="40" fill="%s"/><text x="48" y="26" font-family="Arial" font-size="14" '
            'fill="#222">%s</text></svg>')

# --------------------------------------------------------------------------- identity providers

DIGID_IDP = "http://digid.test/saml/idp/request_authentication"
EH_BROKERS = {
    "a": "http://broker.eherkenning-makelaar.test/select",
    "b": "http://login.entree-broker.test/eh/authenticate",
}
IDP_HOSTS = ["digid.test", "broker.eherkenning-makelaar.test", "login.entree-broker.test"]


def idp_location(kind, sp_url, broker="a"):
    token = "%08x" % zlib.crc32(sp_url.encode())
    if kind == "digid":
        return "%s?SAMLRequest=fZJdT8IwFIb%s&RelayState=%s&SigAlg=rsa-sha256" % (DIGID_IDP, token, quote(sp_url, safe=""))
    return "%s?SAMLRequest=PHNhbWxwOkF1dGhu%s&RelayState=%s" % (EH_BROKERS[broker], token, quote(sp_url, safe=""))


def simple_page(title, body, lang="nl", head_extra="", body_class=""):
    return ("<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
            "content=\"width=device-width, initial-scale=1\"><title>%s</title>%s</head><body class=\"%s\">%s</body></html>\n"
            % (lang, h(title), head_extra, body_class, body))


def build_idps(web):
    style = "<style>body{font-family:Arial,sans-serif;margin:0}header{background:#154273;color:#fff;padding:12px 24px}main{padding:24px;max-width:640px}label{display:block;margin-top:12px}</style>"
    web.put("http://digid.test/img/digid.svg", DIGID_SVG)
    web.put("http://digid.test/", simple_page("DigiD - Uw digitale identiteit", (
        "<header><img src=\"/img/digid.svg\" alt=\"DigiD logo\"> DigiD</header><main><h1>DigiD</h1>"
        "<p>Met DigiD logt u in bij de overheid, het onderwijs, de zorg en pensioenfondsen. Zo weten zij "
        "wie u bent.</p><ul><li><a href=\"/aanvragen\">DigiD aanvragen</a></li><li><a href=\"/over-digid/app\">"
        "De DigiD app</a></li><li><a href=\"http://machtigen.digid.test/\">DigiD Machtigen</a></li></ul></main>"), head_extra=style))
    web.put("http://digid.test/aanvragen", simple_page("DigiD aanvragen - DigiD", (
        "<header>DigiD</header><main><h1>DigiD aanvragen</h1><p>Vraag een DigiD aan met uw BSN, "
        "geboortedatum, postcode en huisnummer. U krijgt binnen 3 werkdagen een brief met een activeringscode.</p>"
        "<form method=\"post\" action=\"/aanvragen-stap-2\"><label>Burgerservicenummer <input name=\"bsn\"></label>"
        "<label>Geboortedatum <input name=\"gebdat\"></label><label>Postcode <input name=\"pc\"></label>"
        "<button type=\"submit\">Volgende</button></form></main>"), head_extra=style))
    web.put("http://digid.test/aanvragen-stap-2", simple_page("DigiD aanvragen - stap 2", "<main><h1>Stap 2</h1><p>Kies een gebruikersnaam en wachtwoord.</p></main>"))
    web.put("http://digid.test/over-digid/app", simple_page("De DigiD app", (
        "<header>DigiD</header><main><h1>De DigiD app</h1><p>Met de DigiD app logt u veilig en makkelijk in. "
        "U heeft alleen uw telefoon en een zelfgekozen pincode nodig.</p></main>"), head_extra=style))
    web.put(DIGID_IDP, simple_page("Inloggen - DigiD", (
        "<header><img src=\"/img/digid.svg\" alt=\"DigiD\"> DigiD</header><main><h1>Inloggen bij een "
        "overheidsorganisatie</h1><p>Kies hoe u wilt inloggen.</p><h2>Met de DigiD app</h2><p><a href=\"/saml/idp/app\">"
        "Inloggen met de DigiD app</a></p><h2>Met gebruikersnaam en wachtwoord</h2><form method=\"post\" "
        "action=\"/saml/idp/password\"><label>Gebruikersnaam <input name=\"username\">"
        "</label><label>Wachtwoord <input type=\"password\" name=\"password\"></label><label><input type=\"checkbox\" "
        "name=\"sms\"> Extra controle via sms</label><button type=\"submit\">Inloggen</button></form><p><a href=\"/\">"
        "Annuleren</a></p></main>"), head_extra=style))
    web.put("http://digid.test/saml/idp/app", simple_page("DigiD app - koppel", "<main><h1>Scan de QR-code met de DigiD app</h1></main>"))
    web.put("http://digid.test/saml/idp/password", simple_page("DigiD - sms-controle", "<main><h1>Voer de sms-code in</h1></main>"))
    web.put("http://digid.test/robots.txt", "User-agent: *\nDisallow: /saml/\n")
    web.put("http://machtigen.digid.test/", simple_page("DigiD Machtigen", (
        "<main><h1>DigiD Machtigen</h1><p>Met DigiD Machtigen kunt u iemand anders toestemming geven om "
        "namens u zaken te regelen bij de overheid. U logt in met uw eigen DigiD.</p>"
        "<p><a href=\"http://machtigen.digid.test/machtiging-vastleggen\">Machtiging vastleggen</a></p></main>"), head_extra=style))
    web.put("http://machtigen.digid.test/machtiging-vastleggen", simple_page("Machtiging vastleggen", (
        "<main><h1>Machtiging vastleggen</h1><p>Log in met DigiD om een machtiging vast te leggen.</p>"
        "<a href=\"http://machtigen.digid.test/inloggen\">Inloggen met DigiD</a></main>")))
    web.redirect("http://machtigen.digid.test/inloggen", idp_location("digid", "http://machtigen.digid.test/"))
    web.put("http://eherkenning.test/img/eherkenning.svg", EH_SVG)
    web.put("http://eherkenning.test/", simple_page("eHerkenning", (
        "<main><h1>eHerkenning</h1><p>eHerkenning is het inlogmiddel voor ondernemers om zaken te "
        "regelen met de overheid. U koopt eHerkenning bij een erkende leverancier.</p></main>"), head_extra=style))
    for key, url in sorted(EH_BROKERS.items()):
        leveranciers = ["Connectis", "Digidentity", "KPN", "Z login", "Signicat"] if key == "a" else [
            "Digidentity", "ESGE", "Z login", "KPN"]
        items = "".join("<li><a href=\"%s?leverancier=%s\">%s</a></li>" % (urlsplit(url).path, slugify(l), h(l)) for l in leveranciers)
        extra = ("<h2>Europees inlogmiddel (eIDAS)</h2><p><a href=\"%s?leverancier=eidas\">Inloggen met een "
                 "Europees erkend inlogmiddel</a></p>" % urlsplit(url).path) if key == "a" else ""
        web.put(url, simple_page("Inloggen met eHerkenning - kies uw leverancier", (
            "<main><img src=\"http://eherkenning.test/img/eherkenning.svg\" alt=\"eHerkenning\"><h1>Selecteer de "
            "leverancier van uw inlogmiddel</h1><p>U wordt doorgestuurd naar de inlogpagina van uw "
            "leverancier. Betrouwbaarheidsniveau: EH3.</p><ul>%s</ul>%s</main>" % (items, extra)), head_extra=style))
    web.put("http://mijn.overheid.test/", simple_page("MijnOverheid", (
        "<main><h1>MijnOverheid</h1><p>Uw Berichtenbox, lopende zaken en persoonlijke gegevens op één "
        "plek.</p><p><a class=\"button\" href=\"/inloggen\">Inloggen met DigiD</a></p>"
        "<p><a href=\"/inloggen/eidas\">Inloggen met een Europees inlogmiddel</a></p></main>"), head_extra=style))
    web.redirect("http://mijn.overheid.test/inloggen", idp_location("digid", "http://mijn.overheid.test/"))
    web.redirect("http://mijn.overheid.test/inloggen/eidas", idp_location("eh", "http://mijn.overheid.test/eidas"))


# --------------------------------------------------------------------------- Omgevingsloket

OLO_HOST = "omgevingswet.overheid.test"
OLO_AANVRAGEN = "http://%s/aanvragen/" % OLO_HOST
OLO_CHECK = "http://%s/checken/" % OLO_HOST


def build_olo(web):
    style = "<style>body{font-family:RijksoverheidSans,Arial,sans-serif;margin:0}header{background:#01689b;color:#fff;padding:14px 24px}main{padding:24px;max-width:760px}</style>"
    nav = ("<header><a href=\"/\" style=\"color:#fff\">Omgevingsloket</a> &middot; <a href=\"/checken/\" style=\"color:#fff\">"
           "Vergunningcheck</a> &middot; <a href=\"/aanvragen/\" style=\"color:#fff\">Aanvragen</a> &middot; "
           "<a href=\"/mijn-omgevingsloket/\" style=\"color:#fff\">Mijn Omgevingsloket</a></header>")
    web.put("http://%s/" % OLO_HOST, simple_page("Omgevingsloket | Omgevingswet", nav + (
        "<main><h1>Omgevingsloket</h1><p>Wilt u iets bouwen, verbouwen of een boom kappen? In het "
        "Omgevingsloket checkt u of u een vergunning nodig heeft, en vraagt u een vergunning aan of "
        "doet u een melding.</p><ul><li><a href=\"/checken/\">Vergunningcheck doen</a></li><li><a "
        "href=\"/aanvragen/\">Aanvraag of melding indienen</a></li><li><a href=\"/regels-op-de-kaart/\">Regels op "
        "de kaart</a></li></ul></main>"), head_extra=style))
    web.put(OLO_CHECK, simple_page("Vergunningcheck | Omgevingsloket", nav + (
        "<main><h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft of een melding moet doen. "
        "De check is anoniem: u hoeft niet in te loggen. Het resultaat is geen aanvraag.</p>"
        "<form method=\"get\" action=\"/checken/locatie\"><label>Adres of perceel <input name=\"adres\"></label>"
        "<button type=\"submit\">Start de check</button></form></main>"), head_extra=style))
    web.put("http://%s/checken/locatie" % OLO_HOST, simple_page("Kies uw werkzaamheden | Vergunningcheck", nav + (
        "<main><h1>Welke werkzaamheden wilt u doen?</h1><form method=\"get\" action=\"/checken/resultaat\">"
        "<label><input type=\"checkbox\" name=\"w\" value=\"dakkapel\"> Dakkapel plaatsen</label><label><input "
        "type=\"checkbox\" name=\"w\" value=\"boom\"> Boom kappen</label><label><input type=\"checkbox\" name=\"w\" "
        "value=\"uitbouw\"> Uitbouw</label><button type=\"submit\">Volgende</button></form></main>"), head_extra=style))
    web.put("http://%s/checken/resultaat" % OLO_HOST, simple_page("Uitkomst vergunningcheck", nav + (
        "<main><h1>Uitkomst</h1><p>U heeft waarschijnlijk een vergunning nodig. <a href=\"/aanvragen/\">"
        "Ga naar aanvragen</a>.</p></main>"), head_extra=style))
    web.put("http://%s/regels-op-de-kaart/" % OLO_HOST, simple_page("Regels op de kaart", nav + "<main><h1>Regels op de kaart</h1><p>Bekijk welke regels er gelden op een locatie.</p></main>", head_extra=style))
    login = ("<p><a class=\"button\" href=\"/aanvragen/inloggen/digid\"><img src=\"http://digid.test/img/digid.svg\" "
             "alt=\"\" width=\"32\"> Inloggen met DigiD</a></p><p><a class=\"button\" href=\"/aanvragen/inloggen/"
             "eherkenning\">Inloggen met eHerkenning</a></p><p><a href=\"/aanvragen/inloggen/eidas\">Inloggen met "
             "een Europees inlogmiddel (eIDAS)</a></p>")
    web.put(OLO_AANVRAGEN, simple_page("Aanvragen en melden | Omgevingsloket", nav + (
        "<main><h1>Aanvraag of melding indienen</h1><p>Met het Omgevingsloket vraagt u een "
        "omgevingsvergunning aan of doet u een melding bij uw gemeente, provincie of waterschap. Log in "
        "om te beginnen. U kunt uw aanvraag tussentijds opslaan.</p><p><strong>Na het inloggen haalt het "
        "Omgevingsloket uw gegevens op uit de basisregistraties (BRP en Handelsregister). Uw naam, adres "
        "en BSN of KvK-nummer zijn dan al ingevuld.</strong></p>" + login + "</main>"), head_extra=style))
    web.put("http://%s/mijn-omgevingsloket/" % OLO_HOST, simple_page("Mijn Omgevingsloket", nav + (
        "<main><h1>Mijn Omgevingsloket</h1><p>Bekijk uw lopende aanvragen en meldingen.</p>" + login + "</main>"), head_extra=style))
    web.redirect("http://%s/aanvragen/inloggen/digid" % OLO_HOST, idp_location("digid", OLO_AANVRAGEN))
    web.redirect("http://%s/aanvragen/inloggen/eherkenning" % OLO_HOST, idp_location("eh", OLO_AANVRAGEN))
    web.redirect("http://%s/aanvragen/inloggen/eidas" % OLO_HOST, idp_location("eh", OLO_AANVRAGEN + "eidas"))
    web.put("http://%s/robots.txt" % OLO_HOST, "User-agent: *\nAllow: /\n")


# --------------------------------------------------------------------------- shared bodies

BODY_STYLE = "<style>body{font-family:Arial,sans-serif;margin:0;color:#222}header{padding:14px 24px;border-bottom:4px solid %s}main{padding:20px 24px;max-width:780px}a.button{display:inline-block;background:%s;color:#fff;padding:8px 14px;text-decoration:none;margin:4px 0}</style>"

BODIES = {
    "gbt": {
        "host": "www.gbtwente.test", "name": "Gemeentelijk Belastingkantoor Twente", "short": "GBT",
        "color": "#0a5d8c", "login": "Mijn GBT", "login_host": "mijn.gbtwente.test",
        "members": ["Almelo", "Borne", "Enschede", "Hengelo", "Oldenzaal"],
        "products": {
            "hondenbelasting": ("D", "/hondenbelasting", False,
                                "Heeft u een hond gekregen of is uw hond overleden of weggegeven? Meld uw hond aan of af in Mijn GBT."),
            "belastingkwijtschelding": ("D", "/kwijtschelding", False,
                                        "U vraagt kwijtschelding aan via Mijn GBT. U logt in met DigiD en voegt bewijsstukken toe als bijlage."),
            "woz-bezwaar": ("D", "/woz/bezwaar-maken", True,
                            "Maak bezwaar via Mijn GBT. Na het inloggen met DigiD zijn uw gegevens en de WOZ-waarde van uw woning al ingevuld."),
            "belastingaanslag-bezwaar": ("D", "/bezwaar-maken", False,
                                         "Bezwaar tegen uw aanslag maakt u online via Mijn GBT, of per brief."),
            "betalingsregeling": ("P", "/betalen/betalingsregeling", False,
                                  "Kunt u niet in 10 termijnen betalen? Vul dan het formulier Verzoek betalingsregeling in en stuur het met bewijsstukken naar GBT, Postbus 1, 7550 AA Hengelo."),
        },
    },
    "nbk": {
        "host": "www.noordelijkbelastingkantoor.test", "name": "Noordelijk Belastingkantoor", "short": "NBK",
        "color": "#2b7a3d", "login": "Mijn NBK", "login_host": "www.noordelijkbelastingkantoor.test",
        "members": ["Het Hogeland", "Westerkwartier", "Eemsdelta"],
        "products": {
            "hondenbelasting": ("D", "/hondenbelasting/hond-aan-of-afmelden", False,
                                "Meld uw hond aan of af in Mijn NBK. U logt in met DigiD."),
            "belastingkwijtschelding": ("D", "/kwijtschelding/aanvragen", False,
                                        "Vraag kwijtschelding online aan via Mijn NBK. Houd uw bankafschriften bij de hand."),
            "woz-bezwaar": ("D", "/woz/bezwaar-maken", False,
                            "U maakt bezwaar tegen de WOZ-waarde via Mijn NBK. Log in met DigiD of eHerkenning."),
            "belastingaanslag-bezwaar": ("D", "/aanslag/bezwaar-maken", False,
                                         "Niet eens met uw aanslag? Maak bezwaar via Mijn NBK."),
            "betalingsregeling": ("D", "/betalen/betalingsregeling", False,
                                  "Vraag een betalingsregeling aan in Mijn NBK."),
        },
    },
    "werk": {
        "host": "www.werk.test", "name": "UWV werk.nl", "short": "werk.nl", "color": "#0066cc",
        "login": "Mijn werk.nl", "login_host": "www.werk.test", "members": [],
        "products": {
            "bijstand": ("D", "/werkzoekenden/bijstand-aanvragen", False,
                         "Vraagt u bijstand aan bij uw gemeente? Dan begint u hier: u schrijft zich in als werkzoekende en vult de aanvraag bijstand in. Log in met DigiD."),
        },
    },
    "werkplein": {
        "host": "www.werkplein-nof.test", "name": "Werkplein Noordoost-Friesland", "short": "Werkplein",
        "color": "#c4122f", "login": "Mijn Werkplein", "login_host": "mijn.werkplein-nof.test",
        "members": ["Achtkarspelen", "Dantumadiel", "Tytsjerksteradiel"],
        "products": {
            "bijstand": ("D", "/inkomen/bijstand-aanvragen", False,
                         "Een bijstandsuitkering vraagt u online aan. Log in met uw DigiD."),
            "bijzondere-bijstand": ("P", "/inkomen/bijzondere-bijstand", False,
                                    "Download het aanvraagformulier bijzondere bijstand, vul het in en stuur het met de bewijsstukken naar het Werkplein."),
            "wmo-voorziening": ("A", "/zorg/hulp-bij-het-huishouden-en-meer", False,
                                "Heeft u hulp nodig? Doe een melding met het formulier hieronder. Een consulent belt u binnen 5 werkdagen."),
        },
    },
    "park_oldenzaal": {
        "host": "oldenzaal.parkeervergunning.test", "name": "Parkeervergunningen Oldenzaal", "short": "Parkeerloket",
        "color": "#333399", "login": "Parkeerloket", "login_host": "oldenzaal.parkeervergunning.test",
        "members": ["Oldenzaal"],
        "products": {"parkeervergunning": ("D", "/", False,
                                           "Vraag hier uw bewonersvergunning of bezoekersregeling aan. U logt in met DigiD en betaalt met iDEAL.")},
    },
    "park_steenwijkerland": {
        "host": "steenwijkerland.parkeervergunning.test", "name": "Parkeervergunningen Steenwijkerland",
        "short": "Parkeerloket", "color": "#333399", "login": "Parkeerloket",
        "login_host": "steenwijkerland.parkeervergunning.test", "members": ["Steenwijkerland"],
        "products": {"parkeervergunning": ("D", "/", False,
                                           "Bewoners van Giethoorn en Steenwijk-centrum vragen hier hun parkeervergunning aan. Inloggen met DigiD.")},
    },
    "twentemilieu": {
        "host": "www.twentemilieu.test", "name": "Twente Milieu", "short": "Twente Milieu", "color": "#6aa121",
        "members": ["Enschede", "Hengelo", "Oldenzaal", "Losser"],
        "products": {"grofvuil": ("A", "/grofvuil", False,
                                  "Meld uw grofvuil online aan. Wij halen het binnen 2 weken op.")},
    },
    "rova": {
        "host": "www.rova.test", "name": "ROVA", "short": "ROVA", "color": "#e2007a",
        "login": "Mijn ROVA", "login_host": "mijn.rova.test",
        "members": ["Raalte", "Steenwijkerland", "Zwolle", "Dalfsen"],
        "products": {
            "grofvuil": ("OWN", "/grofvuil", False,
                         "Grofvuil laten ophalen regelt u in Mijn ROVA. Log in met uw ROVA-account (e-mailadres en wachtwoord) of maak een account aan."),
            "afvalcontainer": ("A", "/containers", False,
                               "Container kapot, kwijt of wilt u een ander formaat? Vul het formulier in."),
        },
    },
    "area": {
        "host": "www.area-reiniging.test", "name": "Area Reiniging", "short": "Area", "color": "#f29100",
        "members": ["Coevorden", "Emmen", "Borger-Odoorn"],
        "products": {"grofvuil": ("A", "/grofvuil", False, "Grofvuil aanmelden kan via het aanmeldformulier.")},
    },
    "omrin": {
        "host": "www.omrin.test", "name": "Omrin", "short": "Omrin", "color": "#00a19a",
        "members": ["Achtkarspelen", "De Fryske Marren", "Leeuwarden", "Smallingerland"],
        "products": {"grofvuil": ("A", "/grofvuil", False,
                                  "Grof huishoudelijk afval halen wij op afspraak bij u op. Meld uw grofvuil aan met het formulier.")},
    },
    "hvc": {
        "host": "www.hvcgroep.test", "name": "HVC", "short": "HVC", "color": "#009fe3",
        "members": ["Hollands Kroon", "Den Helder", "Schagen"],
        "products": {"grofvuil": ("A", "/grofvuil", False, "U kunt grofvuil online aanmelden voor ophalen.")},
    },
}


class BodyRoutes:
    """Builds the pages of shared bodies and returns the route URL per (body, product)."""

    def __init__(self, web):
        self.web = web
        self.routes = {}
        self.body_traps = {}
        for key in sorted(BODIES):
            self._build(key, BODIES[key])

    def _build(self, key, b):
        web, host = self.web, b["host"]
        style = BODY_STYLE % (b["color"], b["color"])
        base = "http://%s" % host
        nav = "<header><a href=\"/\"><strong>%s</strong></a></header>" % h(b["name"])
        links = []
        for pk in sorted(b["products"]):
            kind, path, prefill, text = b["products"][pk]
            title = C.P[pk]["titles"][1 if pk != "parkeervergunning" else 0].replace("{g}", "uw gemeente")
            page_url = base + path
            if path == "/":
                continue
            links.append("<li><a href=\"%s\">%s</a></li>" % (path, h(title)))
        members = ""
        if b["members"]:
            members = "<h2>Wij werken voor</h2><ul>%s</ul>" % "".join("<li>Gemeente %s</li>" % h(m) for m in b["members"])
        for pk in sorted(b["products"]):
            kind, path, prefill, text = b["products"][pk]
            page_url = base + path
            title = C.P[pk]["titles"][1 if pk != "parkeervergunning" else 0].replace("{g}", "uw gemeente")
            body = "<main><h1>%s</h1><p>%s</p>" % (h(title if path != "/" else b["name"]), h(text))
            trap = None
            if kind == "D":
                start = "http://%s/login/digid?dienst=%s" % (b["login_host"], pk)
                self.web.redirect(start.split("?")[0], idp_location("digid", page_url))
                body += ("<p><a class=\"button\" href=\"%s\"><img src=\"http://digid.test/img/digid.svg\" alt=\"\" width=\"24\"> "
                         "Inloggen met DigiD</a></p>" % start)
                if key == "nbk":
                    start_eh = "http://%s/login/eherkenning?dienst=%s" % (b["login_host"], pk)
                    self.web.redirect(start_eh.split("?")[0], idp_location("eh", page_url, "b"))
                    body += "<p><a class=\"button\" href=\"%s\">Inloggen met eHerkenning (ondernemers)</a></p>" % start_eh
                route = page_url
                level, strict = 100, (100 if prefill else 67)
                note = "%s login page with DigiD on %s" % (b["login"], host)
                if prefill:
                    note += " that states pre-filled data"
            elif kind == "P":
                pdf = base + "/media/formulieren/%s.pdf" % slugify(C.P[pk]["form"])
                web.put(pdf, make_pdf(C.P[pk]["form"], b["name"], [text], ["Naam", "Adres", "BSN", "Aanslagnummer", "Telefoonnummer", "Toelichting"]))
                body += "<p><a href=\"%s\">%s (pdf, %d kB)</a></p>" % (urlsplit(pdf).path, h(C.P[pk]["form"]), stable_num(pdf, 120, 60))
                if "login" in b:
                    start = "http://%s/login/digid?dienst=overzicht" % b["login_host"]
                    self.web.redirect(start.split("?")[0], idp_location("digid", base + "/"))
                    if key == "werkplein":
                        body += ("<h2>Ook bijstand aanvragen?</h2><p>Een gewone bijstandsuitkering vraagt u online aan: "
                                 "<a class=\"button\" href=\"%s\">Bijstand aanvragen met DigiD</a></p>" % start)
                        trap = "login button for the ordinary bijstand application next to the PDF on the Werkplein page"
                    else:
                        body += ("<aside><h2>%s</h2><p>Bekijk uw aanslagen en betalingen.</p><p><a class=\"button\" href=\"%s\">"
                                 "Inloggen met DigiD</a></p></aside>" % (h(b["login"]), start))
                        trap = "'%s' DigiD login (view assessments) next to the PDF on the tax office page" % b["login"]
                route, level, strict = pdf, 33, 33
                note = "PDF form on %s" % host
            elif kind == "A":
                form_url = page_url.rstrip("/") + "-aanmelden" if pk == "grofvuil" else page_url.rstrip("/") + "-formulier"
                fields = C.P[pk].get("fields") or ["Naam", "Adres", "Telefoonnummer", "E-mailadres", "Uw vraag"]
                web.put(form_url, simple_page("%s - %s" % (C.P[pk]["form"], b["name"]), nav + (
                    "<main><h1>%s</h1><p>Velden met een * zijn verplicht.</p><form method=\"post\" action=\"%s-verzonden\">%s"
                    "<button type=\"submit\">Versturen</button></form></main>" % (
                        h(C.P[pk]["form"]), urlsplit(form_url).path,
                        "".join("<p><label>%s *<br><input name=\"f%d\"></label></p>" % (h(f), i) for i, f in enumerate(fields))
                    )), head_extra=style))
                web.put(form_url + "-verzonden", simple_page("Bedankt", nav + "<main><h1>Bedankt voor uw aanvraag</h1></main>", head_extra=style))
                body += "<p><a class=\"button\" href=\"%s\">%s</a></p>" % (urlsplit(form_url).path, "Formulier invullen" if pk != "grofvuil" else "Grofvuil aanmelden")
                route, level, strict = form_url, 67, 67
                note = "anonymous web form on %s" % host
            elif kind == "OWN":
                login_url = "http://%s/inloggen?dienst=%s" % (b["login_host"], pk)
                web.put("http://%s/inloggen" % b["login_host"], simple_page("Inloggen - %s" % b["login"], (
                    "<main><h1>Inloggen bij %s</h1><p>Log in met uw e-mailadres en wachtwoord om grofvuil aan te "
                    "melden, uw afvalpas te bekijken of een container te bestellen.</p><form method=\"post\" action=\"/inloggen-verwerken\">"
                    "<p><label>E-mailadres<br><input name=\"email\"></label></p><p><label>Wachtwoord<br><input type=\"password\" "
                    "name=\"pw\"></label></p><button type=\"submit\">Inloggen</button></form><p><a href=\"/account-aanmaken\">"
                    "Nog geen account? Account aanmaken</a></p></main>" % h(b["login"]))))
                web.put("http://%s/account-aanmaken" % b["login_host"], simple_page("Account aanmaken - %s" % b["login"], (
                    "<main><h1>Account aanmaken</h1><form method=\"post\" action=\"/account-aanmaken\"><p><label>Postcode <input name=\"pc\">"
                    "</label></p><p><label>Huisnummer <input name=\"hn\"></label></p><p><label>E-mailadres <input name=\"email\"></label></p>"
                    "<button type=\"submit\">Account aanmaken</button></form></main>")))
                web.put("http://%s/inloggen-verwerken" % b["login_host"], simple_page("Mijn ROVA", "<main><h1>Ingelogd</h1><p><a href=\"/grofvuil/aanmelden\">Grofvuil aanmelden</a></p></main>"))
                web.put("http://%s/grofvuil/aanmelden" % b["login_host"], simple_page("Grofvuil aanmelden - Mijn ROVA", "<main><h1>Grofvuil aanmelden</h1><form method=\"post\" action=\"/grofvuil/aanmelden\"><p><label>Wat biedt u aan? <input name=\"wat\"></label></p><p><label>Ophaaldatum <select name=\"d\"><option>di 3 juni</option><option>di 10 juni</option></select></label></p><button type=\"submit\">Aanmelden</button></form></main>"))
                body += "<p><a class=\"button\" href=\"%s\">Inloggen op %s</a></p>" % (login_url, h(b["login"]))
                route, level, strict = login_url, 67, 67
                note = "online request behind the body's own account login (e-mail and password, not DigiD) on %s" % b["login_host"]
            body += "</main>"
            if path == "/":
                body = body.replace("</main>", "<h2>Voorwaarden</h2><p>U woont in het vergunninggebied. De vergunning is gekoppeld aan uw kenteken.</p></main>")
            web.put(page_url, simple_page("%s | %s" % (title if path != "/" else "Home", b["name"]), nav + body, head_extra=style))
            self.routes[(key, pk)] = (page_url, route, level, strict, note, host)
            if trap:
                self.body_traps[(key, pk)] = trap
        if not any(b["products"][pk][1] == "/" for pk in b["products"]):
            login_block = ""
            if "login" in b and key in ("gbt", "nbk"):
                start = "http://%s/login/digid?dienst=overzicht" % b["login_host"]
                self.web.redirect(start.split("?")[0], idp_location("digid", base + "/"))
                login_block = "<p><a class=\"button\" href=\"%s\">Inloggen %s (DigiD)</a></p>" % (start, h(b["login"]))
            web.put(base + "/", simple_page(b["name"], nav + "<main><h1>%s</h1>%s<ul>%s</ul>%s</main>" % (
                h(b["name"]), login_block, "".join(links), members), head_extra=style))
        web.put(base + "/robots.txt", "User-agent: *\nDisallow:\n")
        if "login_host" in b and b["login_host"] != host and b["login_host"] not in ("mijn.rova.test",):
            web.put("http://%s/" % b["login_host"], simple_page(b["login"], "<main><h1>%s</h1><p>Log in om uw gegevens te bekijken.</p>"
                                                                  "<p><a href=\"/login/digid?dienst=overzicht\">Inloggen met DigiD</a></p></main>" % h(b["login"])))
            web.put("http://%s/robots.txt" % b["login_host"], "User-agent: *\nDisallow: /login/\n")

    def route(self, body, pk):
        return self.routes[(body, pk)]


# --------------------------------------------------------------------------- appointments, chat, reporting

def build_appointment(web, host, path, org_name, mijn_digid, style_kind):
    url = "http://%s%s" % (host, path)
    products = ["Paspoort aanvragen", "Identiteitskaart aanvragen", "Rijbewijs aanvragen of verlengen",
                "Aangifte geboorte", "Melding voorgenomen huwelijk", "Inzage bouwarchief"]
    opts = "".join("<option>%s</option>" % h(p) for p in products)
    form = ("<form method=\"post\" action=\"%s\"><fieldset><legend>1. Kies een product</legend><select name=\"product\">%s</select>"
            "<label>Aantal personen <input name=\"aantal\" value=\"1\"></label></fieldset><fieldset><legend>2. Kies een datum en tijd</legend>"
            "<select name=\"datum\"><option>maandag 2 juni</option><option>dinsdag 3 juni</option><option>woensdag 4 juni</option></select>"
            "<select name=\"tijd\"><option>09:00</option><option>09:15</option><option>10:30</option></select></fieldset><fieldset><legend>3. Uw gegevens"
            "</legend><label>Naam <input name=\"naam\"></label><label>E-mailadres <input name=\"email\"></label><label>Telefoon <input "
            "name=\"tel\"></label></fieldset><button type=\"submit\">Afspraak bevestigen</button></form>" % (path + ("bevestigen" if path.endswith("/") else "/bevestigen"), opts))
    mijn = ""
    if mijn_digid:
        start = "http://%s/mijnafspraken/digid" % host
        web.redirect(start, idp_location("digid", url))
        mijn = ("<section class=\"mijn-afspraken\"><h2>Mijn afspraken</h2><p>Wilt u een afspraak bekijken, verzetten of "
                "annuleren? Log in met DigiD.</p><a class=\"btn\" href=\"%s\"><img src=\"http://digid.test/img/digid.svg\" alt=\"\" width=\"24\"> "
                "Inloggen met DigiD</a></section>" % start)
    cls = "jcc-afspraken" if style_kind == "jcc" else "qmatic-webbooking"
    web.put(url, simple_page("Afspraak maken - %s" % org_name, (
        "<div class=\"%s\"><header><strong>%s</strong> - Online afspraak maken</header><main><h1>Maak een afspraak</h1>"
        "<p>Maak hier een afspraak voor de balie Burgerzaken. Neem bij uw afspraak de benodigde documenten mee.</p>%s%s</main></div>"
        % (cls, h(org_name), form, mijn))))
    web.put(url + ("bevestigen" if url.endswith("/") else "/bevestigen"), simple_page("Afspraak bevestigd", "<main><h1>Uw afspraak is bevestigd</h1></main>"))
    web.put("http://%s/robots.txt" % host, "User-agent: *\nDisallow: /\n")
    return url


def build_chat(web):
    web.put("http://chat.gem-assistent.test/widget", simple_page("Gem - digitale assistent", (
        "<div class=\"gem-widget\"><p><strong>Gem</strong>, de digitale assistent van de gemeente</p><p>Hallo! Ik ben Gem. "
        "Stel je vraag, bijvoorbeeld: hoe vraag ik een paspoort aan?</p><form method=\"post\" action=\"/widget-vraag\">"
        "<input name=\"vraag\" placeholder=\"Typ je vraag\"><button type=\"submit\">Verstuur</button></form></div>")))
    web.put("http://chat.gem-assistent.test/widget-vraag", simple_page("Gem", "<p>Gem denkt na...</p>"))
    web.put("http://chat.gem-assistent.test/robots.txt", "User-agent: *\nDisallow: /\n")


def build_fixi(web, org_slug, org_name):
    url = "http://%s.fixi.test/meldingen/nieuw" % org_slug
    fields = C.P["melding-openbare-ruimte"]["fields"]
    web.put(url, simple_page("Nieuwe melding - %s" % org_name, (
        "<main class=\"fixi\"><h1>Melding doen in de openbare ruimte</h1><p>%s. Kies een categorie en geef de plek aan op de kaart.</p>"
        "<form method=\"post\" action=\"/meldingen/verzonden\"><p><label>Categorie <select name=\"cat\"><option>Afval</option>"
        "<option>Straatverlichting</option><option>Bestrating</option><option>Groen</option></select></label></p>%s"
        "<button type=\"submit\">Melding versturen</button></form><p>Download ook de app.</p></main>" % (
            h(org_name), "".join("<p><label>%s<br><input name=\"m%d\"></label></p>" % (h(f), i) for i, f in enumerate(fields))))))
    web.put("http://%s.fixi.test/meldingen/verzonden" % org_slug, simple_page("Melding ontvangen", "<main><h1>Bedankt voor uw melding</h1></main>"))
    web.put("http://%s.fixi.test/robots.txt" % org_slug, "User-agent: *\nAllow: /\n")
    return url


# --------------------------------------------------------------------------- form platforms

OPEN_FORMS_SDK = r"""(function () {
  function el(t, a, txt) { var e = document.createElement(t); for (var k in a) { e.setAttribute(k, a[k]); } if (txt) { e.textContent = txt; } return e; }
  function render(root, cfg) {
    root.appendChild(el('h1', {'class': 'utrecht-heading-1'}, cfg.name));
    if (cfg.intro) { root.appendChild(el('p', {'class': 'utrecht-paragraph'}, cfg.intro)); }
    if (cfg.loginOptions && cfg.loginOptions.length) {
      var box = el('div', {'class': 'openforms-login-options'});
      cfg.loginOptions.forEach(function (o) {
        var a = el('a', {'class': 'utrecht-button utrecht-button--primary-action', 'href': o.url}, 'Inloggen met ' + o.label);
        box.appendChild(a);
      });
      if (cfg.anonymousUrl) { box.appendChild(el('a', {'class': 'utrecht-button utrecht-button--secondary-action', 'href': cfg.anonymousUrl}, 'Doorgaan zonder in te loggen')); }
      root.appendChild(box);
      if (cfg.prefillText) { root.appendChild(el('p', {'class': 'openforms-prefill-info'}, cfg.prefillText)); }
    } else {
      var f = el('form', {'method': 'post', 'action': cfg.submitUrl, 'class': 'openforms-form'});
      f.appendChild(el('p', {}, 'Stap 1 van 2: Uw melding'));
      cfg.fields.forEach(function (x, i) {
        f.appendChild(el('label', {'for': 'veld' + i, 'class': 'utrecht-form-label'}, x));
        f.appendChild(el('input', {'id': 'veld' + i, 'name': 'veld' + i, 'type': 'text', 'class': 'utrecht-textbox'}));
      });
      f.appendChild(el('button', {'type': 'submit', 'class': 'utrecht-button utrecht-button--primary-action'}, 'Verzenden'));
      root.appendChild(f);
    }
  }
  var roots = document.querySelectorAll('.open-forms-sdk-root');
  Array.prototype.forEach.call(roots, function (root) {
    var inline = root.getAttribute('data-form-config');
    if (inline) { render(root, JSON.parse(document.getElementById(inline).textContent)); return; }
    fetch(root.getAttribute('data-base-url') + 'forms/' + root.getAttribute('data-form-id'))
      .then(function (r) { return r.json(); })
      .then(function (cfg) { render(root, cfg); });
  });
})();
"""


class OpenFormsPlatform:
    desc = "Open Formulieren (form built by JavaScript)"

    def __init__(self, web, site, host, fetch=True):
        self.web, self.site, self.host, self.fetch = web, site, host, fetch
        self.forms = []
        web.put("http://%s/static/sdk/open-forms-sdk.js" % host, OPEN_FORMS_SDK)
        web.put("http://%s/static/sdk/open-forms-sdk.css" % host, ".utrecht-button{display:inline-block;padding:8px 16px;margin:4px}")
        web.put("http://%s/robots.txt" % host, "User-agent: *\nDisallow: /api/\nDisallow: /auth/\n")

    def config(self, slug, name, auth, prefill, fields):
        cfg = {"name": name, "slug": slug}
        logins = []
        page = "http://%s/%s/" % (self.host, slug)
        if auth in ("digid", "both", "digid_anon"):
            start = "http://%s/auth/%s/digid/start" % (self.host, slug)
            self.web.redirect(start, idp_location("digid", page))
            logins.append({"label": "DigiD", "url": start + "?next=" + quote(page, safe="")})
        if auth in ("eh", "both"):
            start = "http://%s/auth/%s/eherkenning/start" % (self.host, slug)
            self.web.redirect(start, idp_location("eh", page, self.site.broker))
            logins.append({"label": "eHerkenning", "url": start + "?next=" + quote(page, safe="")})
        if logins:
            cfg["intro"] = "Om dit formulier in te vullen moet u eerst inloggen."
            cfg["loginOptions"] = logins
            if prefill:
                cfg["prefillText"] = ("Na het inloggen halen wij uw gegevens op uit de Basisregistratie Personen. Uw naam "
                                      "en adres zijn dan al ingevuld.")
            if auth == "digid_anon":
                anon = "http://%s/%s/anoniem" % (self.host, slug)
                cfg["anonymousUrl"] = anon
                self.web.put(anon, simple_page(name, "<main><h1>%s</h1><form method=\"post\" action=\"/%s/bevestiging\">%s<button type=\"submit\">Verzenden</button></form></main>" % (
                    h(name), slug, "".join("<p><label>%s <input name=\"v%d\"></label></p>" % (h(f), i) for i, f in enumerate(fields or ["Naam", "E-mailadres", "Omschrijving"])))))
        else:
            cfg["intro"] = "Velden met een * zijn verplicht."
            cfg["fields"] = [f + " *" for f in (fields or ["Naam", "E-mailadres", "Omschrijving"])]
            cfg["submitUrl"] = "/%s/bevestiging" % slug
        self.web.put("http://%s/%s/bevestiging" % (self.host, slug), simple_page("Bevestiging - " + name, "<main><h1>Bedankt</h1><p>Uw formulier is verzonden.</p></main>"))
        return cfg

    def form(self, slug, name, auth, prefill=False, fields=None):
        cfg = self.config(slug, name, auth, prefill, fields)
        url = "http://%s/%s/" % (self.host, slug)
        if self.fetch:
            self.web.put("http://%s/api/v2/forms/%s" % (self.host, slug), json.dumps(cfg, ensure_ascii=False, sort_keys=True))
            root = ('<div class="open-forms-sdk-root" id="openforms-container" data-sdk-module="/static/sdk/open-forms-sdk.js" '
                    'data-form-id="%s" data-base-url="/api/v2/" data-base-path="/%s/"></div>' % (slug, slug))
        else:
            root = ('<script type="application/json" id="of-cfg-%s">%s</script><div class="open-forms-sdk-root" id="openforms-container" '
                    'data-form-id="%s" data-form-config="of-cfg-%s"></div>' % (slug, json.dumps(cfg, ensure_ascii=False, sort_keys=True).replace("</", "<\\/"), slug, slug))
        page = ('<!DOCTYPE html>\n<html lang="nl" class="openforms-theme"><head><meta charset="utf-8"><title>%s | %s</title>'
                '<link rel="stylesheet" href="/static/sdk/open-forms-sdk.css"></head><body class="utrecht-document">'
                '<header class="utrecht-page-header"><img src="/static/logo.svg" alt="%s"></header><main class="utrecht-page-content">%s'
                '<noscript>Om dit formulier te gebruiken moet JavaScript aan staan.</noscript></main>'
                '<script src="/static/sdk/open-forms-sdk.js"></script></body></html>\n' % (h(name), h(self.site.name), h(self.site.name), root))
        self.web.put(url, page)
        self.web.put("http://%s/static/logo.svg" % self.host, LOGO_SVG % (self.site.color, h(self.site.name)))
        self.forms.append((name, url, auth))
        return url

    def embed(self, slug, name, auth, prefill=False, fields=None):
        """An Open Forms form embedded in a product page: returns HTML for the page."""
        cfg = self.config(slug, name, auth, prefill, fields)
        return ('<div class="openforms-embed"><script type="application/json" id="of-cfg-%s">%s</script>'
                '<div class="open-forms-sdk-root" data-form-id="%s" data-form-config="of-cfg-%s"></div>'
                '<script src="http://%s/static/sdk/open-forms-sdk.js"></script></div>' % (
                    slug, json.dumps(cfg, ensure_ascii=False, sort_keys=True).replace("</", "<\\/"), slug, slug, self.host))


class GatePlatform:
    """Server-side e-forms: a gate page with login buttons, or an anonymous form."""

    def __init__(self, web, site, host, flavor, desc):
        self.web, self.site, self.host, self.flavor, self.desc = web, site, host, flavor, desc
        self.forms = []
        web.put("http://%s/robots.txt" % host, "User-agent: *\nDisallow: /auth/\n")
        web.put("http://%s/img/digid.svg" % host, DIGID_SVG)
        web.put("http://%s/img/eherkenning.svg" % host, EH_SVG)

    # URL schemes per flavor
    def url(self, slug, name):
        f = self.flavor
        if f == "eloket":
            return "http://%s/formulier/%s" % (self.host, camel(name))
        if f == "triple":
            return "http://%s/TriplEforms/DirectRegelen/formulier/nl-NL/ev%s/%s.aspx" % (self.host, camel(self.site.short), camel(name))
        if f == "formdesk":
            return "http://%s/gemeente%s/%s" % (self.host, slugify(self.site.short).replace("-", ""), slug)
        if f == "getform":
            return "http://%s/start?formulier=%s" % (self.host, slug)
        if f == "goeform":
            return "http://%s/eformulieren/%s" % (self.host, slug)
        if f == "saas":
            return "http://%s/Formulier/%s" % (self.host, camel(name))
        if f == "ak":
            return "http://%s/formulier/nl-NL/%s" % (self.host, camel(name))
        if f == "dfm":
            return "http://%s/form/%s" % (self.host, slug)
        if f == "gravity":
            return "http://%s/%s/" % (self.host, slug)
        raise ValueError(f)

    def start(self, slug, name, idp):
        f = self.flavor
        word = "digid" if idp == "digid" else "eherkenning"
        if f == "eloket":
            return "http://%s/auth/%s?formulier=%s" % (self.host, word, camel(name))
        if f == "triple":
            return "http://%s/TriplEforms/Authenticatie/%s.aspx?formulier=%s" % (self.host, "DigiD" if idp == "digid" else "eHerkenning", camel(name))
        if f == "getform":
            return "http://%s/%s/inloggen?formulier=%s" % (self.host, word, slug)
        if f == "goeform":
            return "http://%s/eformulieren/%s/start?formulier=%s" % (self.host, word, slug)
        if f == "saas":
            return "http://%s/Inloggen/%s?returnUrl=/Formulier/%s" % (self.host, "DigiD" if idp == "digid" else "eHerkenning", camel(name))
        if f == "ak":
            return "http://%s/auth/%s/login?form=%s" % (self.host, word, camel(name))
        if f == "dfm":
            return "http://%s/form/%s/%s" % (self.host, slug, word)
        if f == "gravity":
            return "http://%s/%s/login/?redirect_to=/%s/" % (self.host, word, slug)
        if f == "formdesk":
            return "http://%s/auth/%s?form=%s" % (self.host, word, slug)
        raise ValueError(f)

    def login_markup(self, start, idp):
        f = self.flavor
        logo = "/img/digid.svg" if idp == "digid" else "/img/eherkenning.svg"
        label = "DigiD" if idp == "digid" else "eHerkenning"
        if f in ("eloket", "triple"):
            # the login is only an image with alt text
            return '<p class="login-option"><a href="%s"><img src="%s" alt="Inloggen met %s" width="96"></a></p>' % (start, logo, label)
        if f == "goeform":
            return '<p><button type="button" class="btn btn-login" onclick="location.href=\'%s\'">Inloggen met %s</button></p>' % (start, label)
        if f == "getform":
            action, q = start.split("?", 1)
            k, v = q.split("=", 1)
            return ('<form method="get" action="%s" class="login-form"><input type="hidden" name="%s" value="%s">'
                    '<button type="submit"><img src="%s" alt="" width="24"> Inloggen met %s</button></form>' % (action, k, v, logo, label))
        if f == "ak":
            return '<p><a class="knop" href="%s"><img src="%s" alt="%s" width="32"> Inloggen</a></p>' % (start, logo, label)
        return '<p><a class="button login-%s" href="%s">Inloggen met %s</a></p>' % (label.lower(), start, label)

    def anon_markup(self, slug, name, fields, action):
        f = self.flavor
        inputs = "".join('<div class="field"><label for="v%d">%s <span class="req">*</span></label><input id="v%d" name="v%d" type="text"></div>'
                         % (i, h(x), i, i) for i, x in enumerate(fields))
        if f == "gravity":
            inputs = "".join('<li class="gfield gfield_contains_required"><label class="gfield_label" for="input_1_%d">%s<span class="gfield_required">*</span></label>'
                             '<div class="ginput_container"><input name="input_%d" id="input_1_%d" type="text"></div></li>' % (i, h(x), i, i) for i, x in enumerate(fields))
            return ('<div class="gf_browser_chrome gform_wrapper" id="gform_wrapper_1"><form method="post" enctype="multipart/form-data" id="gform_1" action="%s">'
                    '<div class="gform_body"><p class="gform_required_legend">"<span class="gfield_required">*</span>" geeft vereiste velden aan</p>'
                    '<ul class="gform_fields">%s</ul></div><div class="gform_footer"><input type="submit" id="gform_submit_button_1" class="gform_button button" value="Verzenden"></div></form></div>' % (action, inputs))
        if f == "triple":
            return ('<div class="tef-wizard"><p class="tef-steps">Stap 1 van 3: Uw gegevens</p><form method="post" action="%s">%s'
                    '<p>Tussentijds opslaan is niet mogelijk.</p><input type="submit" name="volgende" value="Volgende"></form></div>' % (action, inputs))
        if f == "formdesk":
            return ('<div id="fd-form" class="formdesk"><form method="post" action="%s" name="fdForm"><p>Velden met een * zijn verplicht.</p>%s'
                    '<input type="submit" class="fd-button" value="Verzenden"></form><p class="fd-powered">Powered by Formdesk</p></div>' % (action, inputs))
        return ('<form method="post" action="%s" class="eform"><p>Verplichte velden zijn met een * gemarkeerd.</p>%s'
                '<button type="submit">Verzenden</button></form>' % (action, inputs))

    def form(self, slug, name, auth, prefill=False, fields=None):
        url = self.url(slug, name)
        fields = fields or ["Naam", "Adres", "E-mailadres", "Telefoonnummer", "Toelichting"]
        body = '<h1>%s</h1>' % h(name)
        if auth == "none":
            action = urlsplit(url).path + ("verzonden" if url.endswith("/") else "-verzonden")
            if self.flavor in ("getform",):
                action = "/verzonden"
            if self.flavor == "triple":
                action = urlsplit(url).path + "?stap=2"
            body += self.anon_markup(slug, name, fields, action)
            if self.flavor != "triple":
                self.web.put("http://%s%s" % (self.host, action), self.wrap("Verzonden", "<h1>Bedankt</h1><p>Wij hebben uw formulier ontvangen.</p>"))
        else:
            body += "<p>Voor dit formulier moet u inloggen. Daarmee weten wij zeker dat u het bent.</p>"
            idps = {"digid": ["digid"], "eh": ["eh"], "both": ["digid", "eh"], "digid_anon": ["digid"]}[auth]
            for idp in idps:
                st = self.start(slug, name, idp)
                self.web.redirect(st.split("?")[0], idp_location(idp, url, self.site.broker))
                if idp == "eh" and "digid" in idps:
                    body += "<p>Vraagt u aan namens een bedrijf of organisatie? Log dan in met eHerkenning.</p>"
                body += self.login_markup(st, idp)
            if auth == "digid_anon":
                anon = url.rstrip("/") + ("-zonder-digid" if self.flavor != "getform" else "")
                if self.flavor == "getform":
                    anon = "http://%s/start?formulier=%s-anoniem" % (self.host, slug)
                body += '<p>Geen DigiD? <a href="%s">Vul het formulier in zonder in te loggen</a>.</p>' % anon
                self.web.put(anon, self.wrap(name, "<h1>%s (zonder DigiD)</h1>%s" % (h(name), self.anon_markup(slug, name, fields, urlsplit(anon).path + "-verzonden"))))
                self.web.put(anon + "-verzonden" if "?" not in anon else "http://%s/verzonden" % self.host, self.wrap("Verzonden", "<h1>Bedankt</h1>"))
            if prefill:
                body += ("<p><strong>Na het inloggen zijn uw naam, adres en geboortedatum al ingevuld. Wij halen deze "
                         "gegevens op uit de Basisregistratie Personen (BRP).</strong></p>")
            body += "<p>U wordt na 15 minuten inactiviteit automatisch uitgelogd.</p>"
        self.web.put(url, self.wrap(name, body))
        self.forms.append((name, url, auth))
        return url

    def wrap(self, title, body):
        s = self.site
        head = ('<style>body{font-family:Arial,sans-serif;margin:0}header{background:%s;color:#fff;padding:12px 20px}'
                'main{padding:20px;max-width:720px}.field{margin:10px 0}label{display:block}</style>' % s.color)
        brand = {"eloket": "E-loket", "triple": "Digitaal loket", "formdesk": "Formulier", "getform": "Mijn Loket",
                 "goeform": "E-formulieren", "saas": "Formulierenservice", "ak": "Formulieren", "dfm": "Digitaal loket",
                 "gravity": "Mijn %s" % s.short}[self.flavor]
        return simple_page("%s - %s" % (title, s.name), '<header><strong>%s</strong> | %s</header><main>%s</main>' % (h(s.name), brand, body), head_extra=head)


# --------------------------------------------------------------------------- plan rows

class Row:
    def __init__(self, key, kind, opts, traps):
        self.key, self.kind, self.opts, self.traps = key, kind, opts, traps
        self.url = ""
        self.title = ""
        self.level = None
        self.strict = None
        self.via = ""
        self.route = ""
        self.status = ""
        self.notes = []
        self.trap_notes = []
        self.cta_html = ""
        self.route_kind = ""
        self.form_url = ""


def parse_plan(text):
    rows = {}
    for line in text.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        main, _, traps = line.partition(";")
        parts = main.split()
        key, kind = parts[0], parts[1]
        opts = {}
        for p in parts[2:]:
            if "=" in p:
                k, v = p.split("=", 1)
                opts[k] = v
            else:
                opts[p] = True
        rows[key] = Row(key, kind, opts, traps.split())
    return rows


TRAP_NOTES = {
    "site_login": "site-wide '%(login)s' login in the header",
    "footer_digid": "DigiD logo in the footer",
    "direct_box": "'%(boxname)s' box with DigiD links for other products",
    "feedback": "'Was deze informatie nuttig?' feedback form",
    "contact_form": "general 'Stel uw vraag' contact form",
    "chatbot": "chatbot widget (Gem) in an iframe",
    "mijnoverheid": "MijnOverheid (DigiD) link",
    "mor_app": "'Meld een probleem in de openbare ruimte' link to an anonymous reporting form",
    "eforms_overview": "link to the 'Alle formulieren' overview listing forms for other products",
    "jcc_mijn": "appointment booking whose 'Mijn afspraken' needs DigiD",
    "booking": "appointment booking form (not a request form)",
    "aux_pdf": "auxiliary PDF (toestemming reisdocument minderjarige)",
    "news_digid": "news item about DigiD linked beside the text",
    "tariff_pdf": "tariff PDF",
    "verordening_pdf": "regulation (verordening) PDF",
    "tax_login": "regional tax office's '%(taxlogin)s' login on a non-tax page",
    "olo_check": "Omgevingsloket vergunningcheck and login box on a page that is not a permit",
    "bezwaar_other": "DigiD bezwaar form for a different decision (WOZ) on the page",
    "notoff_sidebar": "sidebar with DigiD links on a 'not offered' page",
    "nearby_login": "login button for another product (%(other)s) next to the real route",
    "machtigen": "DigiD Machtigen link",
    "digid_aanvragen": "'DigiD aanvragen' link",
    "sibling_form": "DigiD form for a related product (melding klein evenement) on the page",
    "sibling_pdf": "PDF form of a similar permit (standplaatsvergunning) on the page",
    "sibling_page": "a page for a similar product (%(other)s) exists",
    "mailto": "mailto link",
    "mijnoverheid_footer": "MijnOverheid link in the footer",
}


# --------------------------------------------------------------------------- sites

PRODUCT_ORDER = []  # filled in main() from PRODUCTS_CSV


class Site:
    family = "base"
    template = [("Wat is het?", ["intro"]), ("Hoe werkt het?", ["cond"]), ("Wat moet ik doen?", ["how"]),
                ("Wat heb ik nodig?", ["needs"]), ("Wat kost het?", ["cost"]), ("Hoe lang duurt het?", ["term"])]
    wrap_style = "h2"
    cta_default = {"D": "a", "E": "a", "DE": "a", "DA": "a", "A": "a"}
    cta_words = {"digid": "Direct aanvragen met DigiD", "eh": "Aanvragen met eHerkenning", "anon": "Naar het formulier",
                 "pdf": "%(form)s (pdf, %(kb)d kB)", "ov": "Naar het e-loket"}
    site_traps = []
    boxname = "Direct regelen"
    broker = "a"
    doc_prefix = "/documenten/"
    tvar = 0
    has_sitemap = True
    overview_url = ""

    def __init__(self, web, bodies, cfg, plan):
        self.web, self.bodies, self.cfg = web, bodies, cfg
        self.code, self.name, self.short = cfg["code"], cfg["name"], cfg["short"]
        self.host, self.tel, self.color = cfg["host"], cfg["tel"], cfg.get("color", "#00577c")
        self.maildomain = self.host.replace("www.", "")
        self.rows = parse_plan(plan)
        self.pages = []        # (url, title, text) for sitemap and search
        self.extra_forms = []  # (name, url)
        self.docs = {}
        self.ctr = 0
        self.login_name = cfg.get("login", "Mijn %s" % self.short)
        self.nf_links = []     # stale links for not_found rows
        self.setup()

    # ---------------------------------------------------------------- hooks
    def setup(self):
        pass

    def product_path(self, row, title):
        return "/%s" % slugify(title)

    def link(self, target, from_url):
        sp = urlsplit(target)
        if sp.netloc == self.host:
            return sp.path + ("?" + sp.query if sp.query else "") + ("#" + sp.fragment if sp.fragment else "")
        return target

    def u(self, path, host=None):
        return "http://%s%s" % (host or self.host, path)

    def vary(self, options):
        return options[self.cfg["vidx"] % len(options)]

    def fmt(self, s):
        return s.replace("{g}", self.short).replace("{tel}", self.tel).replace("{mail}", self.maildomain)

    # ---------------------------------------------------------------- texts
    def title_for(self, key, row=None):
        titles = C.P[key]["titles"]
        i = int(row.opts.get("t", self.tvar)) if row else self.tvar
        return self.fmt(titles[i % len(titles)])

    def cat_of(self, key):
        return C.P[key]["cat"]

    # ---------------------------------------------------------------- CTAs
    def cta(self, url, label, style, from_url, idp=None):
        href = h(self.link(url, from_url))
        cls = "button btn-primary"
        self.ctr += 1
        if style == "button":
            return '<p><button type="button" class="%s" onclick="location.href=\'%s\'">%s</button></p>' % (cls, href, h(label))
        if style == "getform":
            sp = urlsplit(url)
            action = self.link("%s://%s%s" % (sp.scheme, sp.netloc, sp.path), from_url)
            hidden = ""
            for part in sp.query.split("&") if sp.query else []:
                k, _, v = part.partition("=")
                hidden += '<input type="hidden" name="%s" value="%s">' % (h(k), h(v))
            return '<form method="get" action="%s" class="cta-form">%s<button type="submit" class="%s">%s</button></form>' % (h(action), hidden, cls, h(label))
        if style == "iframe":
            return ('<div class="eform-embed"><iframe src="%s" title="%s" width="100%%" height="900" style="border:0"></iframe></div>' % (href, h(label)))
        if style == "img":
            logo = self.link(self.u("/img/digid.svg"), from_url) if idp != "eh" else self.link(self.u("/img/eherkenning.svg"), from_url)
            alt = "DigiD" if idp != "eh" else "eHerkenning"
            return ('<p class="cta-digid"><a href="%s"><img src="%s" alt="%s" width="40" height="40"></a> <a href="%s">%s</a></p>'
                    % (href, h(logo), alt, href, h(label)))
        if style == "script":
            return ('<p id="cta-%d"></p><script>document.getElementById("cta-%d").innerHTML = \'<a class="%s" href="%s">%s</a>\';</script>'
                    % (self.ctr, self.ctr, cls, href, h(label).replace("'", "&#39;")))
        return '<p><a class="%s" href="%s">%s</a></p>' % (cls, href, h(label))

    # ---------------------------------------------------------------- documents
    def doc(self, name, paragraphs, fields=None, kind="pdf"):
        slug = slugify(name)
        url = self.u(self.doc_prefix + slug + (".pdf" if kind == "pdf" else ".docx"), self.doc_host)
        if kind == "pdf":
            data = make_pdf(name, self.name, paragraphs, fields)
        else:
            data = make_docx(name, self.name, paragraphs, fields or [])
        self.web.put(url, data)
        kb = max(1, len(data) // 1024 + stable_num(url, 90, 20))
        self.docs[url] = kb
        return url, kb

    def form_doc(self, key):
        p = C.P[key]
        return self.doc(p.get("form", p["titles"][0]) if "form" in p else "Aanvraagformulier " + p["titles"][0],
                        [self.fmt("Met dit formulier vraagt u aan: %s." % p["titles"][0].replace("{g}", self.short)),
                         "Vul het formulier volledig in en onderteken het. Stuur het formulier met de bijlagen naar de gemeente "
                         "%s of lever het in bij de balie." % self.short],
                        ["Naam en voorletters", "Adres", "Postcode en woonplaats", "Telefoonnummer", "E-mailadres"] +
                        (["Kenteken"] if "parkeer" in key else []) + ["Toelichting op uw aanvraag"])

    # ---------------------------------------------------------------- routes
    def form_slug(self, key):
        return slugify(C.P[key].get("form", key))

    def make_form(self, row, auth, fields=None, prefill=False):
        p = C.P[row.key]
        name = p.get("form", self.title_for(row.key))
        slug = self.form_slug(row.key)
        return self.pf.form(slug, name, auth, prefill=prefill, fields=fields or p.get("fields"))

    def build_route(self, row):
        k, key, p = row.kind, row.key, C.P[row.key]
        style = row.opts.get("cta", self.cta_default.get(k, "a"))
        row.cta_style = style
        form_name = p.get("form", self.title_for(key))
        if k in ("D", "E", "DE", "DA", "A"):
            auth = {"D": "digid", "E": "eh", "DE": "both", "DA": "digid_anon", "A": "none"}[k]
            if k == "D" and row.opts.get("aud2"):
                auth = "both"
            if row.opts.get("embed"):
                html = self.pf.embed(self.form_slug(key), form_name, auth, prefill=bool(row.opts.get("prefill")), fields=p.get("fields"))
                row.embed_html = html
                row.route = "SELF"
                row.form_url = ""
            else:
                row.form_url = self.make_form(row, auth, prefill=bool(row.opts.get("prefill")))
                row.route = row.form_url
            row.level = 100 if k != "A" else 67
            row.strict = 100 if row.opts.get("prefill") else (67 if k != "A" else 67)
            row.route_kind = {"D": "DigiD form", "E": "eHerkenning form", "DE": "form with DigiD and eHerkenning login",
                              "DA": "form with or without DigiD", "A": "anonymous web form"}[k]
            row.auth = auth
        elif k in ("P", "PM", "W"):
            url, kb = self.form_doc(key) if k != "W" else self.doc(form_name, [self.fmt(p["intro"])], ["Naam organisatie", "Contactpersoon", "Adres", "IBAN", "Omschrijving activiteit", "Begroting"], kind="docx")
            row.route, row.level, row.strict = url, 33, 33
            row.doc_kb = kb
            row.route_kind = {"P": "printable PDF form", "PM": "PDF form to fill in and e-mail", "W": "Word (docx) form"}[k]
        elif k in ("I", "IA", "IM"):
            row.route, row.level, row.strict = "", 0, 0
            row.route_kind = {"I": "information only", "IA": "information and an appointment booking only",
                              "IM": "information only; request by e-mail"}[k]
        elif k == "V":
            body = row.opts["via"]
            if body == "olo":
                row.route = OLO_AANVRAGEN
                row.level, row.strict = 100, 100
                row.via = OLO_HOST
                row.body_page = "http://%s/" % OLO_HOST if row.opts.get("olohome") else OLO_AANVRAGEN
                row.route_kind = "Omgevingsloket login page with pre-fill statement"
            else:
                page, route, level, strict, note, host = self.bodies.route(body, key)
                row.route, row.level, row.strict, row.via = route, level, strict, host
                row.body_page = page
                row.route_kind = note
                bt = self.bodies.body_traps.get((body, key))
                if bt:
                    row.trap_notes.append(bt)

    # ---------------------------------------------------------------- page pieces
    def how_html(self, row, from_url):
        """The 'what to do' part: text plus calls to action."""
        k, key, p = row.kind, row.key, C.P[row.key]
        form_name = p.get("form", self.title_for(key))
        out = []
        if k in ("D", "E", "DE", "DA", "A"):
            out.append("<p>%s</p>" % h(self.vary(HOW_TEXTS[k])))
            if getattr(row, "embed_html", None):
                out.append(row.embed_html)
            elif row.opts.get("ov"):
                out.append("<p>U vindt het formulier in ons e-loket, tussen de andere formulieren.</p>")
                out.append(self.cta(self.overview_url, self.cta_words["ov"], "a", from_url))
            else:
                idp = "eh" if k == "E" else "digid"
                if k == "A":
                    label = self.cta_words["anon"] % {"form": form_name}
                elif k == "E":
                    label = self.cta_words["eh"] % {"form": form_name}
                else:
                    label = self.cta_words["digid"] % {"form": form_name}
                out.append(self.cta(row.form_url, label, row.cta_style, from_url, idp=idp))
        elif k in ("P", "PM", "W"):
            ext = "pdf" if k != "W" else "docx"
            if k == "W":
                label = "%s (Word, %d kB)" % (form_name, row.doc_kb)
            else:
                label = (self.cta_words["pdf"] % {"form": form_name, "kb": row.doc_kb}).replace("formulier Aanvraag ", "formulier ")
            if k == "PM":
                out.append("<p>Download het aanvraagformulier, vul het in en stuur het met de bijlagen per e-mail naar "
                           "<a href=\"mailto:info@%s\">info@%s</a>.</p>" % (self.maildomain, self.maildomain))
            else:
                out.append("<p>%s</p>" % h(self.vary(HOW_TEXTS["P"]) % self.short))
            if row.opts.get("docpage"):
                dp = self.docpage(row, form_name, ext)
                out.append('<p><a href="%s">%s</a></p>' % (h(self.link(dp, from_url)), h("Formulier " + form_name)))
            else:
                out.append('<p class="download"><a class="download-link" href="%s">%s</a></p>' % (h(self.link(row.route, from_url)), h(label)))
        elif k == "I":
            out.append("<p>%s</p>" % h(self.fmt(p["info"])))
        elif k == "IA":
            out.append("<p>%s</p>" % h(self.fmt(p["info"])))
            out.append(self.cta(self.appointment_url, "Maak een afspraak", "a", from_url))
        elif k == "IM":
            mail = {"bouwdossier-inzage": "bouwarchief", "woo-verzoek": "woo", "collectevergunning": "vergunningen",
                    "betalingsregeling": "belastingen"}.get(key, "info")
            out.append("<p>Stuur een e-mail met uw verzoek naar <a href=\"mailto:%s@%s?subject=%s\">%s@%s</a>. Vermeld uw naam, "
                       "adres en telefoonnummer. Wij nemen binnen 5 werkdagen contact met u op.</p>" % (
                           mail, self.maildomain, quote(self.title_for(key)), mail, self.maildomain))
        elif k == "V":
            out.append(self.via_html(row, from_url))
        return "".join(out)

    def via_html(self, row, from_url):
        body = row.opts["via"]
        key = row.key
        if body == "olo":
            return ("<p>U vraagt de vergunning aan via het Omgevingsloket van de landelijke overheid. Doe eerst de "
                    "vergunningcheck. Daarna logt u in met DigiD of eHerkenning en dient u de aanvraag in. Wij "
                    "ontvangen uw aanvraag automatisch.</p><p><a class=\"button external\" href=\"%s\">Aanvragen in het "
                    "Omgevingsloket (externe link)</a></p>" % row.body_page)
        b = BODIES[body]
        text = {
            "gbt": "De gemeentelijke belastingen van %s worden uitgevoerd door het Gemeentelijk Belastingkantoor Twente (GBT). U regelt dit bij GBT." % self.short,
            "nbk": "Het Noordelijk Belastingkantoor (NBK) heft en int de gemeentelijke belastingen voor %s. U regelt dit bij het NBK." % self.short,
            "werk": "U vraagt een bijstandsuitkering aan via werk.nl van UWV. Daarna neemt een consulent van de gemeente contact met u op.",
            "werkplein": "Het Werkplein Noordoost-Friesland voert de Participatiewet en de Wmo uit voor %s. U vraagt dit aan bij het Werkplein." % self.short,
            "twentemilieu": "Twente Milieu haalt in %s het afval op. Grofvuil meldt u aan bij Twente Milieu." % self.short,
            "rova": "ROVA zamelt in %s het huishoudelijk afval in. U regelt dit bij ROVA." % self.short,
            "area": "Area Reiniging haalt het afval op in de gemeente %s. Grofvuil laten ophalen regelt u bij Area." % self.short,
            "omrin": "Omrin zamelt in %s het afval in. Grofvuil meldt u aan bij Omrin." % self.short,
            "hvc": "HVC haalt in %s het afval op. Meld uw grofvuil aan bij HVC." % self.short,
            "park_oldenzaal": "Parkeervergunningen worden uitgegeven via het digitale parkeerloket.",
            "park_steenwijkerland": "Parkeervergunningen vraagt u aan in het digitale parkeerloket.",
        }[body]
        return "<p>%s</p><p><a class=\"external\" href=\"%s\">%s (externe website)</a></p>" % (
            h(text), row.body_page, h("Naar " + b["name"]))

    def docpage(self, row, form_name, ext):
        url = self.u(self.doc_prefix.rstrip("/") + "/formulier-" + slugify(form_name), self.doc_host)
        body = ("<p>Op deze pagina downloadt u het formulier. Een pdf-bestand opent u met een pdf-lezer.</p>"
                "<table class=\"document\"><tr><th>Bestand</th><td>%s.%s</td></tr><tr><th>Grootte</th><td>%d kB</td></tr>"
                "</table><p><a class=\"button\" href=\"%s\" download>Download</a></p>" % (
                    h(slugify(form_name)), ext, row.doc_kb, h(self.link(row.route, url))))
        self.web.put(url, self.frame(url, form_name, body))
        self.pages.append((url, form_name, "Formulier " + form_name))
        return url

    # ---------------------------------------------------------------- traps
    def trap_html(self, row, trap, from_url):
        """(position, html) for a row-specific trap."""
        name, _, arg = trap.partition(":")
        L = lambda u: h(self.link(u, from_url))  # noqa: E731
        if name == "jcc_mijn" or name == "booking":
            return None
        if name == "aux_pdf":
            url, kb = self.doc("Toestemming reisdocument minderjarige",
                               ["Met dit formulier geeft een ouder met gezag toestemming voor het aanvragen van een paspoort of "
                                "identiteitskaart voor een kind onder de 18 jaar. Neem het ingevulde formulier mee naar uw afspraak."],
                               ["Naam kind", "Geboortedatum kind", "Naam ouder", "BSN ouder", "Soort reisdocument"])
            return ("how", '<p>Vraagt u een reisdocument aan voor een kind? Neem dan het ingevulde formulier <a href="%s">'
                           'Toestemming reisdocument minderjarige (pdf, %d kB)</a> mee naar de afspraak.</p>' % (L(url), kb))
        if name == "news_digid":
            return ("aside", '<div class="news-block"><h2>Nieuws</h2><ul><li><a href="%s">Inloggen met DigiD: gebruik de DigiD app</a></li>'
                             '<li><a href="%s">Nieuwe afvalkalender beschikbaar</a></li></ul></div>' % (L(self.news_url("digid-app")), L(self.news_url("afval"))))
        if name == "tariff_pdf":
            url, kb = self.doc("Legestabel %s 2025" % self.short,
                               ["Tabel behorende bij de Legesverordening 2025.",
                                "Hoofdstuk 1 Burgerzaken: uittreksel BRP € 15,10; paspoort € 84,45.",
                                "Hoofdstuk 3 Vergunningen: standplaatsvergunning € 98,00; kapvergunning € 76,50; "
                                "aanwezigheidsvergunning kansspelautomaten € 56,50 per automaat; marktgeld € 2,15 per strekkende meter.",
                                "Tarieven reclamebelasting per reclame-uiting: tot 1 m² € 120,00; 1 tot 3 m² € 260,00."])
            return ("end", '<h2>Tarieven</h2><p><a href="%s">Legestabel 2025 (pdf, %d kB)</a></p>' % (L(url), kb))
        if name == "verordening_pdf":
            p = C.P[row.key]
            vname = {"subsidievergoeding": ""}.get(row.key) or {
                "subsidie": "Algemene subsidieverordening %s" % self.short,
                "marktvergunning": "Marktverordening %s" % self.short,
                "reclamebelasting": "Verordening reclamebelasting %s 2025" % self.short,
                "exploitatievergunning-horeca": "Algemene plaatselijke verordening %s (APV)" % self.short,
                "winkeltijdenontheffing": "Winkeltijdenverordening %s" % self.short,
            }.get(row.key, "Verordening %s" % p["titles"][0])
            url, kb = self.doc(vname, ["Artikel 1 Begripsbepalingen. In deze verordening wordt verstaan onder ...",
                                        "Artikel 2 Reikwijdte. Deze verordening is van toepassing op ...",
                                        "Artikel 3 Aanvraag. Een aanvraag wordt ingediend bij het college met gebruikmaking "
                                        "van een door het college vastgesteld formulier.",
                                        "Artikel 4 Weigeringsgronden. Het college kan de aanvraag weigeren in het belang van de openbare orde."])
            return ("end", '<h2>Regelgeving</h2><p><a href="%s">%s (pdf, %d kB)</a></p>' % (L(url), h(vname), kb))
        if name == "tax_login":
            b = BODIES[arg]
            start = "http://%s/login/digid?dienst=overzicht" % b["login_host"]
            return ("aside", '<div class="tax-box"><h2>Belastingen</h2><p>Uw aanslag bekijken of een wijziging doorgeven? Dat doet u bij het %s.</p>'
                             '<p><a class="button" href="%s">Inloggen %s (DigiD)</a></p></div>' % (h(b["name"]), start, h(b["login"])))
        if name == "olo_check":
            return ("end", '<div class="olo-box"><h2>Zelf (ver)bouwen?</h2><p>Gaat u bouwen of verbouwen? Doe dan de vergunningcheck in het '
                           'Omgevingsloket. Daar kunt u ook inloggen met DigiD om een aanvraag in te dienen.</p><p><a href="%s">Vergunningcheck doen</a> | '
                           '<a href="http://%s/aanvragen/inloggen/digid">Inloggen Omgevingsloket met DigiD</a></p></div>' % (OLO_CHECK, OLO_HOST))
        if name == "bezwaar_other":
            other = self.rows[arg]
            url = other.route if other.kind != "V" else other.body_page
            return ("how", '<p>Bent u het niet eens met de WOZ-waarde of uw aanslag gemeentelijke belastingen? Daarvoor geldt een '
                           'aparte procedure: <a href="%s">Bezwaar tegen de WOZ-waarde maken (DigiD)</a>. Dit is alleen voor '
                           'bezwaar tegen de WOZ-beschikking; voor andere besluiten gebruikt u dat formulier niet.</p>' % L(url))
        if name == "nearby_login":
            other = self.rows[arg]
            url = other.form_url or (other.body_page if other.kind == "V" else other.route)
            if other.kind == "S":
                url = self.rows[other.opts["with"]].form_url
            word = "eHerkenning" if other.kind in ("E",) or self.rows.get(other.opts.get("with", ""), other).kind == "E" else "DigiD"
            row.trap_other = self.title_for(arg)
            return ("how", '<div class="related-action"><h3>Ook regelen</h3><p><a class="button" href="%s">%s aanvragen (%s)</a></p></div>'
                           % (L(url), h(C.P[arg].get("form", self.title_for(arg)).replace(" aanvragen", "")), word))
        if name == "machtigen":
            return ("how", '<p>Kunt u de aanvraag niet zelf doen? Dan kunt u iemand machtigen met <a href="http://machtigen.digid.test/">DigiD Machtigen</a>.</p>')
        if name == "digid_aanvragen":
            return ("end", '<p class="digid-hint"><img src="http://digid.test/img/digid.svg" alt="DigiD" width="24"> Heeft u nog geen DigiD? '
                           '<a href="http://digid.test/aanvragen">Vraag DigiD aan</a>. Met DigiD regelt u veel zaken met de gemeente online.</p>')
        if name == "sibling_form":
            return ("how", '<div class="related"><h3>Klein evenement?</h3><p>Voor een klein evenement (tot 250 bezoekers, geen muziek na '
                           '23.00 uur) is een melding genoeg: <a href="%s">Melding klein evenement doen (DigiD)</a>.</p></div>' % L(self.klein_evenement_url))
        if name == "sibling_pdf":
            other = self.rows[arg]
            return ("how", '<p>Wilt u buiten de weekmarkt op een vaste plek staan? Vraag dan een standplaatsvergunning aan met het '
                           '<a href="%s">aanvraagformulier standplaatsvergunning (pdf)</a>.</p>' % L(other.route))
        if name == "sibling_page":
            return None
        if name == "contact_form":
            return ("aside", self.contact_form_html(from_url))
        if name == "mijnoverheid":
            return ("end", '<p>Uw aanslagbiljet staat ook in de Berichtenbox van <a href="http://mijn.overheid.test/">MijnOverheid</a>. '
                           '<a href="http://mijn.overheid.test/inloggen">Inloggen op MijnOverheid met DigiD</a>.</p>')
        if name == "mor_app":
            return ("end", self.mor_link_html(from_url))
        if name == "eforms_overview":
            return ("end", '<p>Zoekt u een ander formulier? <a href="%s">Bekijk alle formulieren in het e-loket</a>.</p>' % L(self.overview_url))
        if name == "notoff_sidebar":
            return ("aside", self.direct_box_html(row, from_url))
        raise ValueError(trap)

    def trap_note(self, row, trap):
        name, _, arg = trap.partition(":")
        d = {"login": self.login_name, "boxname": self.boxname, "taxlogin": "", "other": ""}
        if name == "tax_login":
            d["taxlogin"] = BODIES[arg]["login"]
        if name in ("nearby_login", "sibling_page"):
            d["other"] = self.title_for(arg)
        return TRAP_NOTES[name] % d

    def contact_form_html(self, from_url):
        return ('<div class="contact-box"><h2>Stel uw vraag</h2><form method="post" action="%s"><label>Naam <input name="naam"></label>'
                '<label>E-mailadres <input name="email" type="email"></label><label>Uw vraag <textarea name="vraag"></textarea></label>'
                '<button type="submit">Verstuur</button></form></div>' % h(self.link(self.u("/contact-verzonden"), from_url)))

    def feedback_html(self, from_url):
        return ('<section class="feedback"><h2>Was deze informatie nuttig?</h2><form method="post" action="%s"><label><input type="radio" name="nuttig" value="ja"> Ja</label>'
                '<label><input type="radio" name="nuttig" value="nee"> Nee</label><label>Wat kunnen we verbeteren? <textarea name="opmerking"></textarea></label>'
                '<button type="submit">Verstuur</button></form><p>Heeft u een vraag? Dan krijgt u via dit formulier geen antwoord. Neem contact op.</p></section>'
                % h(self.link(self.u("/feedback-verzonden"), from_url)))

    def mor_link_html(self, from_url):
        return ('<p class="mor-link"><a href="%s">Meld een probleem in de openbare ruimte</a> (ook via de app)</p>' % h(self.link(self.mor_url, from_url)))

    def direct_box_html(self, row, from_url):
        items = []
        for key in ("verhuismelding", "brp-uittreksel", "hondenbelasting", "huwelijksaangifte", "belastingkwijtschelding",
                    "afvalcontainer", "woz-bezwaar", "parkeervergunning"):
            r = self.rows.get(key)
            if not r or r is row or r.kind not in ("D",) or r.opts.get("embed") or r.opts.get("ov"):
                continue
            items.append('<li><a href="%s">%s (DigiD)</a></li>' % (h(self.link(r.form_url, from_url)), h(C.P[key]["form"])))
            if len(items) == 4:
                break
        return '<nav class="direct-regelen" aria-label="%s"><h2>%s</h2><ul>%s</ul></nav>' % (self.boxname, self.boxname, "".join(items))

    def site_trap_applies(self, row, trap):
        if trap == "mor_app" and row.key == "melding-openbare-ruimte":
            return False
        if trap == "eforms_overview" and row.form_url and row.kind in ("D", "E", "DE", "DA", "A") and not row.opts.get("embed"):
            return False
        if trap == "site_login" and False:
            return False
        return True

    # ---------------------------------------------------------------- page rendering
    def sections(self, row, url):
        p = C.P[row.key]
        needs = "".join("<li>%s</li>" % h(self.fmt(n)) for n in p["needs"]) if p["needs"] else ""
        intro = "<p>%s</p>" % h(self.fmt(p["intro"]))
        for other in getattr(row, "shared_with", []):
            intro += "<p>%s</p>" % h(self.fmt(C.P[other]["intro"]))
        return {
            "intro": intro,
            "cond": "<p>%s</p>" % h(self.fmt(p["cond"])),
            "how": self.how_html(row, url),
            "needs": ("<ul>%s</ul>" % needs) if needs else "<p>Geen.</p>",
            "cost": "<p>%s</p>" % h(p["cost"]),
            "term": "<p>%s</p>" % h(p["term"]),
        }

    def wrap_sections(self, sec):
        out = []
        n = 0
        for head, keys in self.template:
            content = "".join(sec[k] for k in keys if sec.get(k))
            if not content:
                continue
            n += 1
            if self.wrap_style == "details":
                out.append('<details class="pdc-section"%s><summary>%s</summary>%s</details>' % (" open" if n <= 2 else "", h(head), content))
            elif self.wrap_style == "accordion":
                out.append('<div class="accordion-item"><h2 class="accordion-header"><button class="accordion-button" type="button" '
                           'aria-expanded="false" aria-controls="acc-%d">%s</button></h2><div id="acc-%d" class="accordion-body">%s</div></div>'
                           % (n, h(head), n, content))
            else:
                out.append('<h2>%s</h2>%s' % (h(head), content))
        return "".join(out)

    def product_page(self, row, url, title, aside_extra=""):
        sec = self.sections(row, url)
        trap_pos = {"how": "", "aside": "", "end": ""}
        for t in row.traps:
            r = self.trap_html(row, t, url)
            if r:
                trap_pos[r[0]] += r[1]
        sec["how"] += trap_pos["how"]
        main = self.before_main(row, url) + self.wrap_sections(sec) + trap_pos["end"] + self.after_main(row, url)
        aside = self.aside(row, url) + trap_pos["aside"] + aside_extra
        return self.frame(url, title, main, aside, row=row)

    def before_main(self, row, url):
        return ""

    def after_main(self, row, url):
        out = ""
        if "feedback" in self.site_traps:
            out += self.feedback_html(url)
        return out

    def aside(self, row, url):
        out = ""
        if "direct_box" in self.site_traps:
            out += self.direct_box_html(row, url)
        if "contact_form" in self.site_traps:
            out += self.contact_form_html(url)
        if "chatbot" in self.site_traps:
            out += ('<div class="chatbot"><h2>Vraag het Gem</h2><iframe src="http://chat.gem-assistent.test/widget?gemeente=%s" '
                    'title="Chat met Gem" width="300" height="360" style="border:0"></iframe></div>' % slugify(self.short))
        if "eforms_overview" in self.site_traps:
            out += '<p class="eloket-link"><a href="%s">Alle formulieren</a></p>' % h(self.link(self.overview_url, url))
        return out

    def frame(self, url, title, main, aside="", row=None, lang="nl", head_extra=""):
        raise NotImplementedError

    def header_login(self, url):
        if "site_login" not in self.site_traps:
            return ""
        return '<a class="login-mijn" href="%s"><img src="%s" alt="" width="20"> %s</a>' % (
            h(self.mijn_url), h(self.link(self.u("/img/digid.svg"), url)), h(self.login_name))

    def footer_digid(self, url):
        if "footer_digid" not in self.site_traps:
            return ""
        return ('<div class="footer-digid"><a href="http://digid.test/"><img src="%s" alt="DigiD" width="40" height="40"></a> '
                '<span>Veel zaken regelt u bij ons met DigiD.</span></div>' % h(self.link(self.u("/img/digid.svg"), url)))

    def footer_mijnoverheid(self, url):
        if "mijnoverheid_footer" not in self.site_traps:
            return ""
        return '<p class="footer-mo"><a href="http://mijn.overheid.test/">MijnOverheid: uw berichten van de overheid</a></p>'

    # ---------------------------------------------------------------- build pipeline
    def product_url(self, row, title):
        return self.u(self.product_path(row, title))

    def make_platform(self):
        raise NotImplementedError

    def build_mijn(self):
        """The page behind the site-wide 'Mijn ...' login (a trap)."""
        url = self.mijn_url
        start = url.rstrip("/") + "/inloggen/digid" if url.endswith("/") else url + "/inloggen/digid"
        self.web.redirect(start, idp_location("digid", url))
        self.web.put(url, simple_page(self.login_name, (
            "<header><strong>%s</strong></header><main><h1>%s</h1><p>In uw persoonlijke omgeving ziet u uw lopende zaken, "
            "berichten van de gemeente en uw afspraken. Log in met DigiD.</p><p><a class=\"button\" href=\"%s\">"
            "<img src=\"http://digid.test/img/digid.svg\" alt=\"\" width=\"24\"> Inloggen met DigiD</a></p><p><a href=\"%s\">"
            "Terug naar de website</a></p></main>" % (h(self.name), h(self.login_name), start, self.home_url))))

    def build(self):
        self.pf = self.make_platform()
        ap = self.cfg["appointment"]
        self.appointment_url = build_appointment(self.web, ap[0], ap[1], self.name, ap[2], ap[3])
        self.appointment_mijn = ap[2]
        if "site_login" in self.site_traps:
            self.build_mijn()
        order = [k for k in PRODUCT_ORDER if k in self.rows]
        # 1. titles and URLs
        no_pages = {}
        for key in order:
            row = self.rows[key]
            if row.kind in ("NF", "S"):
                continue
            if row.kind == "NO":
                nt, _ = NOT_OFFERED[(self.code, key)]
                row.title = nt
                if row.opts.get("nopage"):
                    if row.opts["nopage"] in no_pages:
                        row.url = no_pages[row.opts["nopage"]]
                        row.shared_no = True
                        continue
                row.url = self.no_url(row, nt)
                no_pages[row.opts.get("nopage", key)] = row.url
                continue
            row.title = self.title_for(key, row)
            row.url = self.product_url(row, row.title)
        # 2. routes
        self.mor_url = ""
        for key in order:
            row = self.rows[key]
            if row.kind in ("NF", "S", "NO"):
                continue
            if key == "melding-openbare-ruimte" and row.opts.get("fixi"):
                row.form_url = build_fixi(self.web, slugify(self.short), self.name)
                row.route, row.level, row.strict = row.form_url, 67, 67
                row.route_kind = "anonymous reporting form on the Fixi-like platform %s.fixi.test" % slugify(self.short)
                row.cta_style = "a"
                row.auth = "none"
                continue
            self.build_route(row)
        mor = self.rows.get("melding-openbare-ruimte")
        if mor and mor.form_url:
            self.mor_url = mor.form_url
        for key in order:
            row = self.rows[key]
            if row.kind == "S":
                w = self.rows[row.opts["with"]]
                row.url, row.title, row.level, row.strict, row.route, row.via = w.url, w.title, w.level, w.strict, w.route, w.via
                row.route_kind, row.form_url = w.route_kind, w.form_url
                w.shared_with = getattr(w, "shared_with", []) + [key]
        self.extra_routes()
        # 3. product pages
        for key in order:
            row = self.rows[key]
            if row.kind in ("NF", "S") or getattr(row, "shared_no", False):
                continue
            if row.kind == "NO":
                self.render_not_offered(row)
                continue
            html = self.product_page(row, row.url, row.title)
            self.web.put(row.url, html)
            self.pages.append((row.url, row.title, C.P[key]["intro"]))
            if row.opts.get("en"):
                self.render_english(row)
            if row.opts.get("aud2"):
                self.render_business_twin(row)
        self.extra_pages()
        self.build_site_pages()

    def no_url(self, row, title):
        return self.product_url(row, title)

    def render_not_offered(self, row):
        text = NOT_OFFERED[(self.code, row.key)][1]
        paras = "".join("<p>%s</p>" % h(self.fmt(t)) for t in text)
        aside = ""
        for t in row.traps:
            r = self.trap_html(row, t, row.url)
            if r:
                aside += r[1]
        html = self.frame(row.url, row.title, paras + self.after_main(row, row.url), self.aside(row, row.url) + aside, row=row)
        self.web.put(row.url, html)
        self.pages.append((row.url, row.title, " ".join(text)))

    def render_english(self, row):
        en = EN_TEXT[row.key]
        url = self.english_url(row)
        row.en_url = url
        title = C.P[row.key]["en"].replace("{g}", self.short)
        if row.kind in ("D", "DE", "E"):
            how = "<p>You can apply online. Log in with DigiD (residents) or eHerkenning (businesses).</p>" + self.cta(
                row.form_url, "Apply online", getattr(row, "cta_style", "a") if getattr(row, "cta_style", "a") != "iframe" else "a", url)
        elif row.kind in ("P", "PM"):
            how = ("<p>Download the application form, fill it in and send it to the municipality or hand it in at the town hall.</p>"
                   '<p><a href="%s">Application form (PDF, in Dutch)</a></p>' % h(self.link(row.route, url)))
        elif row.kind == "IA":
            how = "<p>Apply in person at the town hall. Make an appointment first.</p>" + self.cta(self.appointment_url, "Make an appointment", "a", url)
        else:
            how = "<p>Please contact the municipality: %s.</p>" % h(self.tel)
        main = "<p>%s</p><h2>How to apply</h2>%s<h2>Costs</h2><p>%s</p>" % (h(self.fmt(en)), how, h(C.P[row.key]["cost"]))
        main += '<p lang="nl"><a href="%s">Nederlandse versie</a></p>' % h(self.link(row.url, url))
        self.web.put(url, self.frame(url, title, main, "", row=None, lang="en"))
        self.pages.append((url, title, en))

    def english_url(self, row):
        return self.u("/en/" + slugify(C.P[row.key]["en"].replace("{g}", self.short)))

    def render_business_twin(self, row):
        url = self.business_twin_url(row)
        row.twin_url = url
        p = C.P[row.key]
        main = ("<p>%s</p><h2>Voor ondernemers</h2><p>Bent u ondernemer of vraagt u aan namens een organisatie? Log dan in met "
                "eHerkenning.</p>%s" % (h(self.fmt(p["intro"])), self.cta(row.form_url, "Aanvragen met eHerkenning", "a", url, idp="eh")))
        self.web.put(url, self.frame(url, row.title, main, "", row=None))
        self.pages.append((url, row.title + " (ondernemers)", p["intro"]))

    def business_twin_url(self, row):
        return self.u("/ondernemers/" + slugify(row.title))

    def extra_routes(self):
        pass

    def extra_pages(self):
        for key in ("rijbewijs", "afvalkalender", "naturalisatie", "begraven"):
            title, cat, text = C.EXTRA[key]
            url = self.extra_url(key, title, cat)
            if not url:
                continue
            self.web.put(url, self.frame(url, title, "<p>%s</p><p>Meer weten? Bel %s.</p>" % (h(text), h(self.tel)), self.aside(None, url)))
            self.pages.append((url, title, text))

    def extra_url(self, key, title, cat):
        return self.product_url(None, title)

    # ---------------------------------------------------------------- site-wide pages
    def cat_title(self, cat):
        return C.CATEGORIES[cat]

    def cat_url(self, cat):
        return self.u("/thema/%s" % slugify(self.cat_title(cat)))

    def news_url(self, slug):
        return self.u("/nieuws/%s" % slug)

    def rows_by_cat(self):
        out = {}
        for key in PRODUCT_ORDER:
            row = self.rows.get(key)
            if not row or row.kind in ("NF", "S") or getattr(row, "shared_no", False) or not row.url:
                continue
            out.setdefault(self.cat_of(key), []).append(row)
        return out

    def build_site_pages(self):
        byc = self.rows_by_cat()
        grouped = {}
        for cat in C.CATEGORIES:
            rows = byc.get(cat, [])
            if rows:
                grouped.setdefault(self.cat_url(cat), []).append((cat, rows))
        for url in sorted(grouped):
            groups = grouped[url]
            html = ""
            for cat, rows in groups:
                items = "".join('<li><a href="%s">%s</a></li>' % (h(self.link(r.url, url)), h(r.title)) for r in rows)
                if len(groups) > 1:
                    html += "<h2>%s</h2>" % h(C.CATEGORIES[cat])
                html += "<ul class=\"product-list\">%s</ul>" % items
            title = self.cat_title(groups[0][0])
            self.web.put(url, self.frame(url, title, html, ""))
            self.pages.append((url, title, ""))
        # news
        news_items = []
        for slug, title, text, _ in C.NEWS:
            url = self.news_url(slug)
            body = "<p class=\"date\">%s</p><p>%s</p>" % ("12 mei 2025" if slug != "digid-app" else "3 maart 2025", h(text))
            if slug == "digid-app":
                body += ('<p><img src="%s" alt="DigiD" width="48"> Meer informatie over DigiD vindt u op '
                         '<a href="http://digid.test/">digid.test</a>. <a href="http://digid.test/aanvragen">DigiD aanvragen</a>.</p>'
                         % h(self.link(self.u("/img/digid.svg"), url)))
            self.web.put(url, self.frame(url, title, body, ""))
            news_items.append((url, title))
            self.pages.append((url, title, text))
        self.news_index = self.u(self.news_index_path)
        self.web.put(self.news_index, self.frame(self.news_index, "Nieuws", "<ul>%s</ul>" % "".join(
            '<li><a href="%s">%s</a></li>' % (h(self.link(u, self.news_index)), h(t)) for u, t in news_items), ""))
        # contact
        cu = self.u(self.contact_path)
        contact = ("<p>U kunt ons bereiken via telefoonnummer %s (maandag tot en met vrijdag van 8.30 tot 17.00 uur).</p>"
                   "<p>E-mail: <a href=\"mailto:info@%s\">info@%s</a></p><p>Bezoekadres: %s</p>"
                   "<p>Voor een bezoek aan het gemeentehuis maakt u eerst een <a href=\"%s\">afspraak</a>.</p>" % (
                       h(self.tel), self.maildomain, self.maildomain, h(self.cfg["address"]), self.appointment_url))
        contact += self.contact_form_html(cu)
        self.web.put(cu, self.frame(cu, "Contact", contact, ""))
        self.web.put(self.u("/contact-verzonden"), self.frame(self.u("/contact-verzonden"), "Bedankt voor uw vraag", "<p>Wij beantwoorden uw vraag binnen 5 werkdagen.</p>", ""))
        self.web.put(self.u("/feedback-verzonden"), self.frame(self.u("/feedback-verzonden"), "Bedankt", "<p>Bedankt voor uw reactie.</p>", ""))
        self.pages.append((cu, "Contact", "telefoon e-mail bezoekadres"))
        self.web.put(self.u("/img/digid.svg"), DIGID_SVG)
        self.web.put(self.u("/img/eherkenning.svg"), EH_SVG)
        self.web.put(self.u("/img/logo.svg"), LOGO_SVG % (self.color, h(self.name)))
        self.build_az()
        self.build_home()
        self.build_overview()
        self.build_search()
        self.build_robots_sitemap()
        self.build_404()

    news_index_path = "/nieuws/"
    contact_path = "/contact"

    def az_entries(self):
        entries = []
        for key in PRODUCT_ORDER:
            row = self.rows.get(key)
            if not row:
                continue
            if row.kind == "NF":
                if row.opts.get("stale"):
                    entries.append((self.title_for(key), self.stale_url(row)))
                continue
            if row.kind == "S":
                entries.append((self.title_for(key), self.rows[row.opts["with"]].url))
                continue
            if getattr(row, "shared_no", False):
                continue
            entries.append((row.title, row.url))
        return sorted(entries, key=lambda e: e[0].lower())

    def stale_url(self, row):
        return self.u("/" + slugify(self.title_for(row.key)))

    def build_az(self):
        if not self.az_path:
            return
        url = self.az_full()
        entries = self.az_entries()
        html, cur = "", ""
        for t, u in entries:
            letter = t[:1].upper()
            if letter != cur:
                html += "%s<h2 id=\"letter-%s\">%s</h2><ul>" % ("</ul>" if cur else "", letter, letter)
                cur = letter
            html += '<li><a href="%s">%s</a></li>' % (h(self.link(u, url)), h(t))
        html += "</ul>"
        self.web.put(url, self.frame(url, "Producten en diensten A-Z", html, ""))
        self.pages.append((url, "Producten en diensten A-Z", ""))

    az_path = "/a-z"
    doc_host = None

    def az_full(self):
        return self.u(self.az_path)

    def home_main(self, url):
        top = []
        for key in ("verhuismelding", "paspoort", "afvalcontainer", "melding-openbare-ruimte", "parkeervergunning", "woz-bezwaar",
                    "wmo-voorziening", "evenementenvergunning"):
            r = self.rows.get(key)
            if r and r.url and r.kind not in ("NF",):
                top.append('<li><a href="%s">%s</a></li>' % (h(self.link(r.url, url)), h(r.title)))
        cats = "".join('<li><a href="%s">%s</a></li>' % (h(self.link(self.cat_url(c), url)), h(self.cat_title(c)))
                       for c in C.CATEGORIES if c in self.rows_by_cat())
        news = "".join('<li><a href="%s">%s</a></li>' % (h(self.link(self.news_url(s), url)), h(t)) for s, t, _, _ in C.NEWS[:3])
        return ("<section class=\"toptaken\"><h2>Veelgezocht</h2><ul>%s</ul></section><section class=\"themas\"><h2>Onderwerpen</h2>"
                "<ul>%s</ul></section><section class=\"nieuws\"><h2>Nieuws</h2><ul>%s</ul><p><a href=\"%s\">Alle nieuwsberichten</a></p>"
                "</section><p><a href=\"%s\">Alle producten en diensten van A tot Z</a></p>" % (
                    "".join(top), cats, news, h(self.link(self.u(self.news_index_path), url)),
                    h(self.link(self.az_full() if self.az_path else self.home_url, url))))

    def build_home(self):
        url = self.home_url
        self.web.put(url, self.frame(url, "Welkom bij %s" % self.name, self.home_main(url), ""))

    def build_overview(self):
        pass

    def build_search(self):
        if not getattr(self, "search_path", None):
            return
        host = urlsplit(self.u(self.search_path)).netloc
        idx = [{"url": u, "title": t, "text": (x or "")[:300]} for u, t, x in sorted(self.pages)]
        self.web.extra_files["search/%s.json" % host] = json.dumps(idx, ensure_ascii=False, indent=1, sort_keys=True)
        tpl_url = self.u(self.search_path)
        tpl = self.frame(tpl_url, "Zoeken", "<p>Zoekresultaten voor <strong><!--QUERY--></strong></p><div class=\"results\"><!--RESULTS--></div>", "")
        self.web.extra_files["search/%s.html" % host] = tpl
        self.web.searches.append({"host": host, "path": self.search_path, "param": self.search_param,
                                  "index": "search/%s.json" % host, "template": "search/%s.html" % host})

    def sitemap_urls(self):
        return sorted(set(u for u, _, _ in self.pages if urlsplit(u).netloc == self.host) | {self.home_url})

    def build_robots_sitemap(self):
        lines = ["User-agent: *", "Disallow: /zoeken", "Disallow: /feedback/"]
        if self.has_sitemap:
            sm = self.u("/sitemap.xml")
            lines.append("Sitemap: %s" % sm)
            urls = self.sitemap_urls()
            xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
                   "".join("<url><loc>%s</loc><lastmod>2025-04-01</lastmod></url>\n" % escape(u) for u in urls) + "</urlset>\n")
            self.web.put(sm, xml)
        self.web.put(self.u("/robots.txt"), "\n".join(lines) + "\n")

    def build_404(self):
        pass

    # ---------------------------------------------------------------- labels
    def labels(self, products):
        out = []
        for pr in products:
            key = pr["product_key"]
            row = self.rows[key]
            status, level, strict, purl, rurl, via = "", "", "", "", "", ""
            notes = []
            traps = []
            if row.kind == "NF":
                status = "not_found"
                notes.append("No page for this product on the site" + (" (the A-Z/sitemap still links to a missing page)" if row.opts.get("stale") else "") + ".")
                for t in row.traps:
                    traps.append(self.trap_note(row, t))
            elif row.kind == "NO":
                status = "not_offered"
                purl = row.url
                notes.append("Page '%s' states the gemeente does not offer this." % row.title)
                for t in row.traps:
                    traps.append(self.trap_note(row, t))
                traps += [self.trap_note(row, t) for t in self.site_traps if t in TRAP_NOTES and self.site_trap_applies(row, t)]
            else:
                status = "ok"
                src = self.rows[row.opts["with"]] if row.kind == "S" else row
                level, strict = src.level, src.strict
                purl = src.url
                rurl = "" if level == 0 else (src.url if src.route == "SELF" else src.route)
                via = src.via
                notes.append(self.route_note(src))
                if row.kind == "S":
                    notes.append("The page '%s' is shared with product %s." % (src.title, src.key))
                for t in src.traps:
                    tn = self.trap_note(src, t)
                    if tn and t.split(":")[0] not in ("jcc_mijn",):
                        traps.append(tn)
                traps += src.trap_notes
                if src.kind == "IA":
                    traps.append(TRAP_NOTES["booking"])
                    if self.appointment_mijn:
                        traps.append(TRAP_NOTES["jcc_mijn"])
                if src.kind == "IM":
                    traps.append(TRAP_NOTES["mailto"])
                traps += [self.trap_note(src, t) for t in self.site_traps if t in TRAP_NOTES and self.site_trap_applies(src, t)]
            seen = []
            for t in traps:
                if t not in seen:
                    seen.append(t)
            note = " ".join(notes)
            if seen:
                note += " Trap: " + "; ".join(seen) + "."
            out.append({"org_code": self.code, "product_key": key, "level": "" if level is None else level, "status": status,
                        "product_url": purl, "route_url": rurl, "level_strict": "" if strict is None else strict,
                        "via": via, "notes": note})
        return out

    CTA_NOTES = {"button": "CTA is a <button onclick>", "getform": "CTA is a GET form with hidden fields",
                 "iframe": "form shown in an iframe on the product page", "img": "DigiD marker only as an image with alt text",
                 "script": "CTA anchor written by a script", "a": ""}

    def route_note(self, row):
        k = row.kind
        if k in ("D", "E", "DE", "DA", "A"):
            host = urlsplit(row.form_url or row.url).netloc
            s = "%s on %s (%s)" % (cap(row.route_kind), getattr(self.pf, "desc", "e-forms"), host)
            if row.opts.get("fixi"):
                s = row.route_kind[:1].upper() + row.route_kind[1:]
            if row.opts.get("embed"):
                s += ", embedded in the product page and rendered by JavaScript"
            if row.opts.get("ov"):
                s += ", reached through the e-loket overview that lists many forms"
            cn = self.CTA_NOTES.get(getattr(row, "cta_style", "a"), "")
            if cn and not row.opts.get("ov") and not row.opts.get("embed"):
                s += "; " + cn
            if row.opts.get("prefill"):
                s += "; the form page states BRP pre-fill"
            return s + "."
        if k in ("P", "PM", "W"):
            s = row.route_kind[:1].upper() + row.route_kind[1:] + " linked from the product page"
            if row.opts.get("docpage"):
                s += " through a document page with a download button"
            return s + "."
        if k in ("I", "IA", "IM"):
            return row.route_kind[:1].upper() + row.route_kind[1:] + "."
        if k == "V":
            return "The page sends users to %s: %s." % (row.via, row.route_kind)
        return ""


# --------------------------------------------------------------------------- families

def footer_common(site, url):
    return ('<p>%s &middot; Telefoon <a href="tel:%s">%s</a> &middot; <a href="mailto:info@%s">info@%s</a></p>'
            '<p><a href="%s">Contact</a> | <a href="%s">Privacyverklaring</a> | <a href="%s">Cookies</a> | '
            '<a href="%s">Toegankelijkheid</a></p>' % (
                h(site.cfg["address"]), site.tel.replace(" ", ""), h(site.tel), site.maildomain, site.maildomain,
                h(site.link(site.u(site.contact_path), url)), h(site.link(site.u("/privacy"), url)),
                h(site.link(site.u("/cookies"), url)), h(site.link(site.u("/toegankelijkheid"), url))))


def cat_nav(site, url):
    byc = site.rows_by_cat()
    return "".join('<li><a href="%s">%s</a></li>' % (h(site.link(site.cat_url(c), url)), h(site.cat_title(c)))
                   for c in C.CATEGORIES if c in byc)


class OldenzaalSite(Site):
    """Drupal, root slugs, 'Wat is het? / Hoe werkt het? / Wat moet ik doen?', Open Forms loaded by fetch()."""
    family = "drupal-slug"
    site_traps = ["site_login", "feedback"]
    cta_words = {"digid": "Direct regelen", "eh": "Aanvragen met eHerkenning", "anon": "Formulier invullen",
                 "pdf": "%(form)s (pdf, %(kb)d kB)", "ov": "Naar het e-loket"}
    doc_prefix = "/sites/default/files/2024-03/"
    tvar = 0
    search_path, search_param = "/zoeken", "q"

    def setup(self):
        self.home_url = self.u("/home")
        self.mijn_url = "http://mijn.oldenzaal.test/"

    def make_platform(self):
        return OpenFormsPlatform(self.web, self, "formulieren.oldenzaal.test", fetch=True)

    def english_url(self, row):
        return self.u("/en/moving-to-oldenzaal")

    def frame(self, url, title, main, aside="", row=None, lang="nl", head_extra=""):
        crumbs = '<nav class="breadcrumb" aria-label="Kruimelpad"><ol><li><a href="/home">Home</a></li>'
        if row is not None and row.key in C.P:
            crumbs += '<li><a href="%s">%s</a></li>' % (h(self.link(self.cat_url(self.cat_of(row.key)), url)), h(self.cat_title(self.cat_of(row.key))))
        crumbs += "<li>%s</li></ol></nav>" % h(title)
        return ('<!DOCTYPE html>\n<html lang="%s" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">'
                '<title>%s | Gemeente Oldenzaal</title><link rel="stylesheet" href="/themes/custom/oldenzaal/css/style.css">%s</head>'
                '<body class="path-node page-node-type-product"><a href="#main-content" class="visually-hidden focusable skip-link">Overslaan en naar de inhoud gaan</a>'
                '<div class="dialog-off-canvas-main-canvas"><header role="banner" class="region region-header"><a href="/home" rel="home" class="site-logo">'
                '<img src="/img/logo.svg" alt="Home - Gemeente Oldenzaal"></a><nav class="menu--main"><ul><li><a href="/home">Home</a></li>%s<li><a href="/a-z">A-Z</a></li>'
                '<li><a href="/nieuws/">Nieuws</a></li><li><a href="/contact">Contact</a></li></ul></nav><form action="/zoeken" method="get" class="search-block-form" '
                'role="search"><label for="edit-keys">Zoeken</label><input id="edit-keys" name="q" type="search"><input type="submit" value="Zoeken"></form>%s</header>'
                '<div class="region region-breadcrumb">%s</div><main role="main" id="main-content"><div class="layout-content"><h1 class="page-title">%s</h1>'
                '<div class="field--name-body">%s</div></div><aside class="layout-sidebar-second">%s</aside></main><footer role="contentinfo" class="site-footer">'
                '<h2>Gemeente Oldenzaal</h2>%s</footer></div></body></html>\n' % (
                    lang, h(title), head_extra, cat_nav(self, url), self.header_login(url), crumbs, h(title), main, aside, footer_common(self, url)))

    def build_home(self):
        super().build_home()
        self.web.put(self.u("/"), simple_page("Cookies op oldenzaal.test", (
            '<div class="cookie-consent"><img src="/img/logo.svg" alt="Gemeente Oldenzaal"><h1>Deze website gebruikt cookies</h1>'
            '<p>Wij gebruiken functionele en analytische cookies om de website goed te laten werken en te verbeteren. Kies of u ook '
            'cookies van derden (voor filmpjes en kaarten) accepteert.</p><p><a class="button" href="/home?cookie-consent=all">'
            'Alle cookies accepteren</a> <a class="button" href="/home?cookie-consent=necessary">Alleen noodzakelijke cookies</a></p>'
            '<p><a href="/cookies">Meer over cookies</a></p></div>')))
        for p, t in (("/privacy", "Privacyverklaring"), ("/cookies", "Cookies"), ("/toegankelijkheid", "Toegankelijkheid")):
            self.web.put(self.u(p), self.frame(self.u(p), t, "<p>%s van de gemeente Oldenzaal.</p>" % t, ""))


class RaalteSite(Site):
    """SIM-like product catalogue: /product?id=NNNN, <base href>, all links relative; soft 404."""
    family = "catalog-query"
    site_traps = ["footer_digid", "contact_form"]
    template = [("Omschrijving", ["intro"]), ("Aanvragen", ["how"]), ("Voorwaarden", ["cond"]), ("Wat moet u meenemen?", ["needs"]),
                ("Kosten", ["cost"]), ("Termijn", ["term"])]
    cta_default = {"D": "img", "E": "img", "DE": "img", "DA": "img", "A": "a"}
    cta_words = {"digid": "%(form)s", "eh": "%(form)s", "anon": "Online formulier invullen",
                 "pdf": "Download %(form)s (PDF)", "ov": "E-loket"}
    doc_prefix = "/bestanden/formulieren/"
    tvar = 1
    has_sitemap = False
    az_path = "/producten"
    news_index_path = "/nieuws/"

    def setup(self):
        self.home_url = self.u("/")

    def make_platform(self):
        return GatePlatform(self.web, self, "eloket.raalte.test", "eloket", "the e-loket gate pages")

    def product_path(self, row, title):
        if row is None:
            return "/product?id=%d" % stable_num(title, 800, 2000)
        return "/product?id=%d" % (1100 + 13 * PRODUCT_ORDER.index(row.key))

    def stale_url(self, row):
        return self.u("/product?id=%d" % (1100 + 13 * PRODUCT_ORDER.index(row.key)))

    def cat_url(self, cat):
        return self.u("/inwoners/%s" % slugify(self.cat_title(cat))) if cat != "ondernemen" else self.u("/ondernemers/vergunningen")

    def news_url(self, slug):
        return self.u("/nieuws/%s" % slug)

    def link(self, target, from_url):
        sp = urlsplit(target)
        if sp.netloc == self.host:
            rel = sp.path.lstrip("/") + ("?" + sp.query if sp.query else "")
            return rel or "./"
        return target

    def frame(self, url, title, main, aside="", row=None, lang="nl", head_extra=""):
        L = lambda p: h(self.link(self.u(p), url))  # noqa: E731
        return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><base href="http://www.raalte.test/"><title>%s - Gemeente Raalte</title>'
                '<link rel="stylesheet" href="css/sim.css">%s</head><body><div id="container"><div id="header"><a href="./" class="logo"><img src="img/logo.svg" '
                'alt="Gemeente Raalte"></a><ul id="topmenu"><li><a href="./">Home</a></li><li><a href="%s">Producten A-Z</a></li><li><a href="%s">Nieuws</a></li>'
                '<li><a href="%s">Contact</a></li></ul><form class="zoekformulier" action="zoeken" method="get"><input name="zoekterm" aria-label="Zoeken">'
                '<button type="submit">Zoek</button></form></div><div id="menu"><ul>%s</ul></div><div id="content"><div class="pdc-product"><h1>%s</h1>%s</div>'
                '<div id="rechterkolom">%s</div></div><div id="footer">%s%s</div></div></body></html>\n' % (
                    lang, h(title), head_extra, L(self.az_path), L(self.news_index_path), L(self.contact_path), cat_nav(self, url),
                    h(title), main, aside, footer_common(self, url), self.footer_digid(url)))

    def build_404(self):
        page = self.frame(self.u("/"), "Pagina niet gevonden", "<p>Helaas, de pagina die u zoekt bestaat niet (meer). Gebruik de zoekfunctie of "
                          "bekijk de <a href=\"producten\">producten en diensten</a>.</p>", "")
        self.web.extra_files["errors/www.raalte.test.html"] = page
        self.web.not_found_pages.append({"host": self.host, "file": "errors/www.raalte.test.html", "status": 200})
        self.web.put(self.u("/zoeken"), self.frame(self.u("/zoeken"), "Zoeken", "<p>Geen resultaten gevonden.</p>", ""))
        for p, t in (("/privacy", "Privacyverklaring"), ("/cookies", "Cookies"), ("/toegankelijkheid", "Toegankelijkheid")):
            self.web.put(self.u(p), self.frame(self.u(p), t, "<p>%s.</p>" % t, ""))


IPROX_SECTIONS = {"burgerzaken": "Burgerzaken", "parkeren": "Verkeer_en_parkeren", "belastingen": "Belastingen",
                  "zorg": "Zorg_en_welzijn", "afval": "Afval", "melden": "Melden", "wonen": "Wonen_en_bouwen",
                  "bestuur": "Bestuur_en_organisatie"}


class SteenwijkerlandSite(Site):
    """iProx-like: /Inwoners/<Sectie>/<Titel_Met_Underscores>, ../ relative links, accordions, TriplEforms .aspx."""
    family = "iprox"
    site_traps = ["site_login", "direct_box", "chatbot"]
    boxname = "Populaire onderwerpen"
    template = [("Wat is het?", ["intro", "cond"]), ("Hoe vraag ik het aan?", ["how"]), ("Wat heb ik nodig?", ["needs"]),
                ("Kosten", ["cost"]), ("Hoe lang duurt het?", ["term"])]
    wrap_style = "accordion"
    cta_default = {"D": "img", "E": "a", "DE": "a", "DA": "a", "A": "a"}
    cta_words = {"digid": "Online aanvragen", "eh": "Online aanvragen met eHerkenning", "anon": "Formulier invullen",
                 "pdf": "Aanvraagformulier %(form)s (PDF, %(kb)d KB)", "ov": "Digitaal loket"}
    doc_prefix = "/publish/pages/4312/"
    tvar = 1
    az_path = "/Inwoners/Producten_A-Z/"
    news_index_path = "/Actueel/Nieuws/"
    contact_path = "/Contact/"

    def setup(self):
        self.home_url = self.u("/")
        self.mijn_url = "http://mijn.steenwijkerland.test/"

    def make_platform(self):
        return GatePlatform(self.web, self, "formulieren.steenwijkerland.test", "triple", "TriplEforms .aspx wizard")

    def product_path(self, row, title):
        key = row.key if row is not None else None
        cat = C.P[key]["cat"] if key else "burgerzaken"
        if cat == "ondernemen":
            return "/Ondernemers/Vergunningen/%s" % underscored(title)
        return "/Inwoners/%s/%s" % (IPROX_SECTIONS[cat], underscored(title))

    def extra_url(self, key, title, cat):
        return self.u("/Inwoners/%s/%s" % (IPROX_SECTIONS[cat], underscored(title)))

    def cat_url(self, cat):
        if cat == "ondernemen":
            return self.u("/Ondernemers/Vergunningen/")
        return self.u("/Inwoners/%s/" % IPROX_SECTIONS[cat])

    def news_url(self, slug):
        return self.u("/Actueel/Nieuws/%s" % underscored(slug.replace("-", " ")))

    def english_url(self, row):
        return self.u("/English/Mooring_permit_Giethoorn")

    def business_twin_url(self, row):
        return self.u("/Ondernemers/Subsidies/%s" % underscored(row.title))

    def link(self, target, from_url):
        sp = urlsplit(target)
        if sp.netloc != self.host:
            return target
        fdir = posixpath.dirname(urlsplit(from_url).path) or "/"
        tpath = sp.path
        rel = posixpath.relpath(tpath, fdir) if tpath != "/" else posixpath.relpath("/", fdir)
        if tpath.endswith("/") and not rel.endswith("/"):
            rel += "/"
        if rel in (".", "./"):
            rel = "./"
        return rel + ("?" + sp.query if sp.query else "")

    def frame(self, url, title, main, aside="", row=None, lang="nl", head_extra=""):
        L = lambda p: h(self.link(self.u(p), url))  # noqa: E731
        return ('<!DOCTYPE html>\n<html lang="%s" class="no-js"><head><meta charset="utf-8"><title>%s - Gemeente Steenwijkerland</title>'
                '<link rel="stylesheet" href="%s">%s</head><body class="iprox"><div class="grid-wrapper"><div class="grid-header"><a class="logo" href="%s">'
                '<img src="%s" alt="Gemeente Steenwijkerland"></a>%s<form class="zoeken" action="%s" method="get"><input name="zoeken_term" title="Zoekterm">'
                '<input type="submit" value="Zoeken"></form></div><nav class="grid-nav"><ul><li><a href="%s">Home</a></li>%s<li><a href="%s">Producten A-Z</a></li>'
                '<li><a href="%s">Nieuws</a></li><li><a href="%s">Contact</a></li><li lang="en"><a href="%s">English</a></li></ul></nav><div class="grid-main">'
                '<div class="iprox-content"><h1>%s</h1>%s</div><div class="grid-side">%s</div></div><div class="grid-footer">%s</div></div></body></html>\n' % (
                    lang, h(title), L("/publish/css/iprox.css"), head_extra, L("/"), L("/img/logo.svg"), self.header_login(url), L("/Zoeken/"),
                    L("/"), cat_nav(self, url), L(self.az_path), L(self.news_index_path), L(self.contact_path), L("/English/Mooring_permit_Giethoorn"),
                    h(title), main, aside, footer_common(self, url)))

    def build_404(self):
        self.web.put(self.u("/Zoeken/"), self.frame(self.u("/Zoeken/"), "Zoeken", "<p>Vul een zoekterm in.</p>", ""))
        for p, t in (("/privacy", "Privacyverklaring"), ("/cookies", "Cookies"), ("/toegankelijkheid", "Toegankelijkheid")):
            self.web.put(self.u(p), self.frame(self.u(p), t, "<p>%s.</p>" % t, ""))
        self.web.put(self.u("/Ondernemers/Subsidies/"), self.frame(self.u("/Ondernemers/Subsidies/"), "Subsidies voor ondernemers",
                     '<ul><li><a href="%s">%s</a></li></ul>' % (h(self.link(self.rows["subsidie"].twin_url, self.u("/Ondernemers/Subsidies/"))), h(self.rows["subsidie"].title)), ""))


class CoevordenSite(Site):
    """/<sectie>_<id>/product/<slug>_<id>.html, no-www host, GET-form CTAs, Formdesk for anonymous forms."""
    family = "productid"
    site_traps = ["site_login"]
    template = [("Wat is het?", ["intro"]), ("Wat moet ik doen?", ["how"]), ("Voorwaarden", ["cond", "needs"]), ("Kosten", ["cost", "term"])]
    wrap_style = "accordion"
    cta_default = {"D": "getform", "E": "getform", "DE": "getform", "DA": "getform", "A": "a"}
    cta_words = {"digid": "Start aanvraag", "eh": "Start aanvraag (eHerkenning)", "anon": "Naar het online formulier",
                 "pdf": ">> %(form)s downloaden (PDF)", "ov": "Naar het loket"}
    doc_prefix = "/document/"
    tvar = 3
    az_path = "/producten-a-z_43225/"
    news_index_path = "/nieuws_43230/"
    contact_path = "/contact_43240/"

    def setup(self):
        self.home_url = self.u("/")
        self.mijn_url = "http://loket.coevorden.test/mijnloket"

    def make_platform(self):
        self.formdesk = GatePlatform(self.web, self, "fd8.formdesk.test", "formdesk", "Formdesk")
        return GatePlatform(self.web, self, "loket.coevorden.test", "getform", "Mijn Loket e-forms")

    def make_form(self, row, auth, fields=None, prefill=False):
        p = C.P[row.key]
        name = p.get("form", self.title_for(row.key))
        pf = self.formdesk if auth == "none" else self.pf
        return pf.form(self.form_slug(row.key), name, auth, prefill=prefill, fields=fields or p.get("fields"))

    def route_note(self, row):
        s = super().route_note(row)
        if row.kind == "A":
            s = s.replace("Mijn Loket e-forms", "Formdesk")
        return s

    def product_path(self, row, title):
        key = row.key if row is not None else None
        idx = PRODUCT_ORDER.index(key) if key else stable_num(title, 300, 100)
        if key and C.P[key]["cat"] == "ondernemen":
            return "/ondernemers_43222/product/%s_%d.html" % (slugify(title), 400 + 17 * idx)
        return "/inwoners_43221/product/%s_%d.html" % (slugify(title), 400 + 17 * idx)

    def stale_url(self, row):
        return self.u(self.product_path(row, self.title_for(row.key)))

    def cat_url(self, cat):
        return self.u("/inwoners_43221/") if cat != "ondernemen" else self.u("/ondernemers_43222/")

    def cat_title(self, cat):
        return "Inwoners" if cat != "ondernemen" else "Ondernemers"

    def build_site_pages(self):
        super().build_site_pages()

    def news_url(self, slug):
        return self.u("/nieuws_43230/item/%s_%d.html" % (slug, stable_num(slug, 9000, 1000)))

    def frame(self, url, title, main, aside="", row=None, lang="nl", head_extra=""):
        return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s - Gemeente Coevorden</title><link rel="stylesheet" href="/css/site.css">%s</head>'
                '<body><div id="wrapper"><header><a href="/" id="logo"><img src="/img/logo.svg" alt="Logo gemeente Coevorden"></a>%s<nav id="hoofdmenu"><ul>'
                '<li><a href="/inwoners_43221/">Inwoners</a></li><li><a href="/ondernemers_43222/">Ondernemers</a></li><li><a href="/bestuur_43223/">Bestuur</a></li>'
                '<li><a href="%s">Producten A-Z</a></li><li><a href="%s">Nieuws</a></li></ul></nav><form action="/zoeken_43250/" method="get"><input name="zoeken" '
                'placeholder="Waar bent u naar op zoek?"><button>Zoeken</button></form></header><div id="content" class="product"><h1>%s</h1>%s</div><div id="sidebar">%s</div>'
                '<footer>%s</footer></div></body></html>\n' % (lang, h(title), head_extra, self.header_login(url), self.az_path, self.news_index_path, h(title), main, aside,
                                                              footer_common(self, url)))

    def build_404(self):
        page = self.frame(self.u("/404"), "Pagina niet gevonden (404)", "<p>De pagina kan niet worden gevonden.</p>", "")
        self.web.extra_files["errors/coevorden.test.html"] = page
        self.web.not_found_pages.append({"host": self.host, "file": "errors/coevorden.test.html", "status": 404})
        self.web.put(self.u("/bestuur_43223/"), self.frame(self.u("/bestuur_43223/"), "Bestuur", "<p>De gemeenteraad en het college van burgemeester en wethouders.</p>", ""))
        self.web.put(self.u("/zoeken_43250/"), self.frame(self.u("/zoeken_43250/"), "Zoeken", "<p>Geen resultaten.</p>", ""))
        for p, t in (("/privacy", "Privacyverklaring"), ("/cookies", "Cookies"), ("/toegankelijkheid", "Toegankelijkheid")):
            self.web.put(self.u(p), self.frame(self.u(p), t, "<p>%s.</p>" % t, ""))

    def sitemap_urls(self):
        urls = super().sitemap_urls()
        for key in PRODUCT_ORDER:
            r = self.rows.get(key)
            if r and r.kind == "NF" and r.opts.get("stale"):
                urls.append(self.stale_url(r))
        return sorted(urls)

    def extra_pages(self):
        super().extra_pages()
        url = self.u("/inwoners_43221/product/melding-klein-evenement_911.html")
        form = self.formdesk.form("melding-klein-evenement", "Melding klein evenement", "none",
                                  fields=["Naam organisator", "E-mailadres", "Datum", "Locatie", "Aantal bezoekers"])
        self.web.put(url, self.frame(url, "Melding klein evenement", "<p>Een klein evenement meldt u minimaal 4 weken van tevoren. Een vergunning is dan niet nodig.</p>"
                                     + self.cta(form, "Naar het meldingsformulier", "a", url), ""))
        self.pages.append((url, "Melding klein evenement", "klein evenement melden"))


class TynaarloSite(Site):
    """Main site plus a PDC catalogue on loket.tynaarlo.test/producten/<slug_met_underscores> with 'Product informatie'
    details; e-forms and an 'Alle formulieren' overview on the same loket host."""
    family = "pdc-loket"
    site_traps = ["direct_box", "mijnoverheid_footer", "eforms_overview"]
    template = [("Inleiding", ["intro"]), ("Omschrijving", ["cond"]), ("Aanpak", ["how"]), ("Benodigdheden", ["needs"]),
                ("Kosten", ["cost"]), ("Termijn", ["term"])]
    wrap_style = "details"
    cta_default = {"D": "button", "E": "button", "DE": "button", "DA": "button", "A": "a"}
    cta_words = {"digid": "Digitaal aanvragen", "eh": "Digitaal aanvragen (eHerkenning)", "anon": "Vul het e-formulier in",
                 "pdf": "%(form)s (pdf)", "ov": "Naar alle e-formulieren"}
    doc_prefix = "/bestanden/"
    doc_host = "loket.tynaarlo.test"
    tvar = 4
    loket = "loket.tynaarlo.test"
    search_path, search_param = "/zoeken", "zoekterm"
    az_path = "/"

    def setup(self):
        self.home_url = self.u("/")
        self.overview_url = "http://loket.tynaarlo.test/eformulieren/"

    def az_full(self):
        return "http://%s/" % self.loket

    def make_platform(self):
        return GatePlatform(self.web, self, self.loket, "goeform", "GemeenteOplossingen e-formulieren")

    def product_url(self, row, title):
        return "http://%s/producten/%s" % (self.loket, underscored(title).lower())

    def extra_url(self, key, title, cat):
        return "http://%s/producten/%s" % (self.loket, underscored(title).lower())

    def cat_url(self, cat):
        return self.u("/%s" % slugify(self.cat_title(cat)))

    def link(self, target, from_url):
        sp, fp = urlsplit(target), urlsplit(from_url)
        if sp.netloc == fp.netloc:
            return sp.path + ("?" + sp.query if sp.query else "")
        return target

    def frame(self, url, title, main, aside="", row=None, lang="nl", head_extra=""):
        home = h(self.link(self.u("/"), url))
        is_loket = urlsplit(url).netloc == self.loket
        crumb = '<a href="%s">Home</a> &gt; <a href="%s">Producten en diensten</a> &gt; %s' % (home, h(self.link(self.az_full(), url)), h(title)) if is_loket else \
            '<a href="%s">Home</a> &gt; %s' % (home, h(title))
        prodinfo = '<div class="pdc-info"><h2 class="pdc-heading">Product informatie</h2>%s</div>' % main if (row is not None and is_loket and row.kind not in ("NO",)) else main
        return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s - Gemeente Tynaarlo</title><link rel="stylesheet" href="http://www.tynaarlo.test/css/go.css">%s</head>'
                '<body class="%s"><div class="header"><a href="%s"><img src="http://www.tynaarlo.test/img/logo.svg" alt="Gemeente Tynaarlo"></a><ul class="mainmenu">'
                '<li><a href="%s">Home</a></li><li><a href="%s">Producten en diensten</a></li><li><a href="%s">Nieuws</a></li><li><a href="%s">Contact</a></li></ul>'
                '<form method="get" action="http://www.tynaarlo.test/zoeken"><input type="text" name="zoekterm"><input type="submit" value="Zoek"></form></div>'
                '<div class="breadcrumb">%s</div><div class="content"><div class="col-main"><h1>%s</h1>%s</div><div class="col-side">%s</div></div>'
                '<div class="footer">%s%s</div></body></html>\n' % (
                    lang, h(title), head_extra, "loket" if is_loket else "site", home, home, h(self.link(self.az_full(), url)),
                    h(self.link(self.u("/nieuws/"), url)), h(self.link(self.u("/contact"), url)), crumb, h(title), prodinfo, aside,
                    footer_common(self, url).replace('href="/', 'href="http://www.tynaarlo.test/') if is_loket else footer_common(self, url),
                    self.footer_mijnoverheid(url)))

    def build_overview(self):
        url = self.overview_url
        items = []
        for name, furl, auth in sorted(self.pf.forms):
            suffix = {"digid": " (DigiD)", "eh": " (eHerkenning)", "both": " (DigiD/eHerkenning)", "none": "", "digid_anon": ""}[auth]
            items.append('<li><a href="%s">%s</a>%s</li>' % (h(self.link(furl, url)), h(name), suffix))
        self.web.put(url, self.frame(url, "Alle formulieren", "<p>Hieronder vindt u alle e-formulieren van de gemeente Tynaarlo op "
                                     "alfabetische volgorde. Voor formulieren met (DigiD) logt u in.</p><ul class=\"eformulieren\">%s</ul>" % "".join(items), ""))

    def build_robots_sitemap(self):
        super().build_robots_sitemap()
        lurls = sorted(u for u, _, _ in self.pages if urlsplit(u).netloc == self.loket)
        self.web.put("http://%s/sitemap.xml" % self.loket, '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                     + "".join("<url><loc>%s</loc></url>\n" % escape(u) for u in lurls) + "</urlset>\n")
        self.web.put("http://%s/robots.txt" % self.loket, "User-agent: *\nDisallow: /eformulieren/digid/\nDisallow: /eformulieren/eherkenning/\nSitemap: http://%s/sitemap.xml\n" % self.loket, replace=True)

    def build_404(self):
        for p, t in (("/privacy", "Privacyverklaring"), ("/cookies", "Cookies"), ("/toegankelijkheid", "Toegankelijkheid")):
            self.web.put(self.u(p), self.frame(self.u(p), t, "<p>%s.</p>" % t, ""))


HH_THEMES = {"burgerzaken": "paspoort-rijbewijs-en-burgerzaken", "parkeren": "verkeer-en-parkeren", "belastingen": "belastingen",
             "zorg": "zorg-werk-en-inkomen", "afval": "afval", "melden": "melden", "wonen": "wonen-en-bouwen",
             "bestuur": "bestuur-en-organisatie", "ondernemen": "ondernemen-en-vergunningen"}


class HogelandSite(Site):
    """NL Design System (utrecht-* classes), /onderwerpen/<thema>/<slug>, Open Forms (inline config) and embedded forms."""
    family = "nlds"
    site_traps = ["footer_digid", "chatbot"]
    template = [("Wat u moet weten", ["intro", "cond"]), ("Aanvragen", ["how"]), ("Wat heeft u nodig?", ["needs"]),
                ("Kosten", ["cost"]), ("Hoe lang duurt het?", ["term"])]
    cta_words = {"digid": "Regel het online", "eh": "Aanvragen met eHerkenning", "anon": "Start het formulier",
                 "pdf": "%(form)s (PDF, %(kb)d kB)", "ov": "E-loket"}
    doc_prefix = "/media/documenten/"
    tvar = 2
    az_path = "/a-z"

    def setup(self):
        self.home_url = self.u("/")

    def make_platform(self):
        return OpenFormsPlatform(self.web, self, "formulieren.hethogeland.test", fetch=False)

    def product_path(self, row, title):
        cat = C.P[row.key]["cat"] if row is not None else "burgerzaken"
        return "/onderwerpen/%s/%s" % (HH_THEMES[cat], slugify(title))

    def extra_url(self, key, title, cat):
        return self.u("/onderwerpen/%s/%s" % (HH_THEMES[cat], slugify(title)))

    def cat_url(self, cat):
        return self.u("/onderwerpen/%s/" % HH_THEMES[cat])

    def english_url(self, row):
        return self.u("/en/registering-a-birth")

    def frame(self, url, title, main, aside="", row=None, lang="nl", head_extra=""):
        return ('<!DOCTYPE html>\n<html lang="%s" class="utrecht-html"><head><meta charset="utf-8"><title>%s | Gemeente Het Hogeland</title>'
                '<link rel="stylesheet" href="/_next/static/css/theme.css">%s</head><body class="utrecht-body"><div class="utrecht-page">'
                '<header class="utrecht-page-header"><a href="/" class="utrecht-link"><img src="/img/logo.svg" alt="Gemeente Het Hogeland"></a>'
                '<nav class="utrecht-navbar"><ul class="utrecht-navbar__list"><li class="utrecht-navbar__item"><a class="utrecht-navbar__link" href="/onderwerpen/">Onderwerpen</a></li>'
                '<li class="utrecht-navbar__item"><a class="utrecht-navbar__link" href="/a-z">A tot Z</a></li><li class="utrecht-navbar__item"><a class="utrecht-navbar__link" href="/nieuws/">Nieuws</a></li>'
                '<li class="utrecht-navbar__item"><a class="utrecht-navbar__link" href="/contact">Contact</a></li><li lang="en"><a href="/en/registering-a-birth">English</a></li></ul></nav></header>'
                '<main class="utrecht-page-content"><article class="utrecht-article"><h1 class="utrecht-heading-1">%s</h1>%s</article><aside>%s</aside></main>'
                '<footer class="utrecht-page-footer">%s%s</footer></div></body></html>\n' % (
                    lang, h(title), head_extra, h(title), main.replace("<h2>", '<h2 class="utrecht-heading-2">').replace("<p>", '<p class="utrecht-paragraph">'),
                    aside, footer_common(self, url), self.footer_digid(url)))

    def build_site_pages(self):
        super().build_site_pages()
        url = self.u("/onderwerpen/")
        byc = self.rows_by_cat()
        self.web.put(url, self.frame(url, "Onderwerpen", "<ul>%s</ul>" % "".join(
            '<li><a href="%s">%s</a></li>' % (self.link(self.cat_url(c), url), h(self.cat_title(c))) for c in C.CATEGORIES if c in byc), ""))

    def build_404(self):
        page = self.frame(self.u("/404"), "Pagina niet gevonden", "<p>Sorry, deze pagina bestaat niet (meer).</p><p><a href=\"/a-z\">Bekijk alle onderwerpen van A tot Z</a></p>", "")
        self.web.extra_files["errors/www.hethogeland.test.html"] = page
        self.web.not_found_pages.append({"host": self.host, "file": "errors/www.hethogeland.test.html", "status": 200})
        for p, t in (("/privacy", "Privacyverklaring"), ("/cookies", "Cookies"), ("/toegankelijkheid", "Toegankelijkheid")):
            self.web.put(self.u(p), self.frame(self.u(p), t, "<p>%s.</p>" % t, ""))


MG_CATS = {"burgerzaken": "burgerzaken", "parkeren": "verkeer-en-vervoer", "belastingen": "belastingen", "zorg": "zorg-en-inkomen",
           "afval": "afval", "melden": "melden", "wonen": "wonen-en-bouwen", "bestuur": "bestuur", "ondernemen": "vergunningen"}


class MiddenGroningenSite(Site):
    """Typo3-like: consent GET form before the home page, 'Direct regelen' block above the text, forms in iframes
    from a SaaS host."""
    family = "typo3"
    site_traps = ["direct_box", "feedback"]
    template = [("Omschrijving", ["intro"]), ("Hoe vraag ik het aan?", ["how"]), ("Voorwaarden", ["cond", "needs"]), ("Wat kost het?", ["cost", "term"])]
    cta_default = {"D": "iframe", "E": "iframe", "DE": "iframe", "DA": "iframe", "A": "iframe"}
    cta_words = {"digid": "Formulier", "eh": "Formulier", "anon": "Formulier", "pdf": "Aanvraagformulier %(form)s [pdf]", "ov": "Digitaal loket"}
    doc_prefix = "/fileadmin/user_upload/formulieren/"
    tvar = 0
    has_sitemap = False
    az_path = "/producten-a-z"

    def setup(self):
        self.home_url = self.u("/home")

    def make_platform(self):
        return GatePlatform(self.web, self, "midden-groningen.mijnformulieren.test", "saas", "a SaaS form service")

    def product_path(self, row, title):
        cat = C.P[row.key]["cat"] if row is not None else "burgerzaken"
        sec = "ondernemers" if cat == "ondernemen" else "inwoners"
        return "/%s/%s/%s" % (sec, MG_CATS[cat], slugify(title))

    def extra_url(self, key, title, cat):
        return self.u("/inwoners/%s/%s" % (MG_CATS[cat], slugify(title)))

    def cat_url(self, cat):
        sec = "ondernemers" if cat == "ondernemen" else "inwoners"
        return self.u("/%s/%s/" % (sec, MG_CATS[cat]))

    def english_url(self, row):
        return self.u("/en/passport-and-identity-card")

    def business_twin_url(self, row):
        return self.u("/ondernemers/verkeer-en-vervoer/%s" % slugify(row.title))

    def aside(self, row, url):
        out = ""
        if row is not None:
            out += '<div class="contact-teaser"><h2>Vragen?</h2><p>Bel %s</p></div>' % h(self.tel)
        return out

    def before_main(self, row, url):
        return self.direct_box_html(row, url)

    def frame(self, url, title, main, aside="", row=None, lang="nl", head_extra=""):
        return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><meta name="generator" content="TYPO3 CMS"><title>%s - Gemeente Midden-Groningen</title>'
                '<link rel="stylesheet" href="/typo3conf/ext/mg_site/Resources/Public/Css/main.css">%s</head><body id="p%d"><div class="page"><header class="page-header">'
                '<a href="/home"><img src="/img/logo.svg" alt="Gemeente Midden-Groningen"></a><nav><ul><li><a href="/inwoners/">Inwoners</a></li><li><a href="/ondernemers/">'
                'Ondernemers</a></li><li><a href="/producten-a-z">Producten A-Z</a></li><li><a href="/nieuws/">Nieuws</a></li><li><a href="/contact">Contact</a></li></ul></nav>'
                '</header><div class="page-content"><main><h1>%s</h1>%s</main><aside>%s</aside></div><footer>%s</footer></div></body></html>\n' % (
                    lang, h(title), head_extra, stable_num(url, 900, 100), h(title), main, aside, footer_common(self, url)))

    def build_home(self):
        super().build_home()
        self.web.put(self.u("/"), simple_page("Cookie-instellingen - Gemeente Midden-Groningen", (
            '<div class="cookie-wall"><h1>Wij gebruiken cookies</h1><p>Om onze website goed te laten werken gebruiken wij '
            'cookies. Kies hieronder welke cookies u toestaat. U kunt uw keuze later wijzigen.</p><form method="get" action="/home">'
            '<input type="hidden" name="cookieconsent" value="all"><button type="submit">Alle cookies toestaan</button></form>'
            '<form method="get" action="/home"><input type="hidden" name="cookieconsent" value="functional"><button type="submit">'
            'Alleen functionele cookies</button></form></div>')))
        for sec, cats in (("inwoners", [c for c in C.CATEGORIES if c != "ondernemen"]), ("ondernemers", ["ondernemen"])):
            url = self.u("/%s/" % sec)
            byc = self.rows_by_cat()
            self.web.put(url, self.frame(url, sec.capitalize(), "<ul>%s</ul>" % "".join(
                '<li><a href="%s">%s</a></li>' % (self.link(self.cat_url(c), url), h(self.cat_title(c))) for c in cats if c in byc), ""))
        for p, t in (("/privacy", "Privacyverklaring"), ("/cookies", "Cookies"), ("/toegankelijkheid", "Toegankelijkheid")):
            self.web.put(self.u(p), self.frame(self.u(p), t, "<p>%s.</p>" % t, ""))

    def extra_pages(self):
        super().extra_pages()
        url = self.u("/ondernemers/vergunningen/melding-klein-evenement")
        form = self.pf.form("melding-klein-evenement", "Melding klein evenement", "none",
                            fields=["Naam organisator", "E-mailadres", "Datum", "Locatie", "Aantal bezoekers"])
        self.web.put(url, self.frame(url, "Melding klein evenement", "<p>Organiseert u een klein evenement? Dan is een melding genoeg.</p>"
                                     + self.cta(form, "Melding klein evenement", "iframe", url), ""))
        self.pages.append((url, "Melding klein evenement", ""))


AK_THEMES = {"burgerzaken": "burgerzaken", "parkeren": "verkeer", "belastingen": "belastingen", "zorg": "zorg-en-welzijn",
             "afval": "afval", "melden": "melden", "wonen": "wonen", "bestuur": "bestuur", "ondernemen": "ondernemen"}


class AchtkarspelenSite(Site):
    """WordPress-like with a 'Kies uw taal' splash (Nederlands/Frysk), /nl/thema/<thema>/<slug>/, script-written CTAs."""
    family = "wordpress"
    site_traps = ["footer_digid", "mor_app"]
    template = [("Wat is het?", ["intro"]), ("Hoe werkt het?", ["how"]), ("Voorwaarden", ["cond"]), ("Kosten", ["cost"]),
                ("Hoe lang duurt het?", ["term"])]
    cta_default = {"D": "script", "E": "a", "DE": "a", "DA": "a", "A": "a"}
    cta_words = {"digid": "Aanvragen met DigiD", "eh": "Aanvragen met eHerkenning", "anon": "Formulier invullen",
                 "pdf": "%(form)s (pdf, %(kb)d kB)", "ov": "Formulieren"}
    doc_prefix = "/wp-content/uploads/2024/05/"
    tvar = 3
    az_path = "/nl/a-z/"
    news_index_path = "/nl/nieuws/"
    contact_path = "/nl/contact/"

    def setup(self):
        self.home_url = self.u("/nl/")

    def make_platform(self):
        return GatePlatform(self.web, self, "formulieren.achtkarspelen.test", "ak", "the municipal e-forms host")

    def product_path(self, row, title):
        cat = C.P[row.key]["cat"] if row is not None else "burgerzaken"
        return "/nl/thema/%s/%s/" % (AK_THEMES[cat], slugify(title))

    def extra_url(self, key, title, cat):
        return self.u("/nl/thema/%s/%s/" % (AK_THEMES[cat], slugify(title)))

    def cat_url(self, cat):
        return self.u("/nl/thema/%s/" % AK_THEMES[cat])

    def news_url(self, slug):
        return self.u("/nl/nieuws/%s/" % slug)

    def frame(self, url, title, main, aside="", row=None, lang="nl", head_extra=""):
        mor = self.mor_link_html(url) if self.mor_url else ""
        return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s &#8211; Gemeente Achtkarspelen</title><link rel="stylesheet" '
                'href="/wp-content/themes/achtkarspelen/style.css"><link rel="alternate" hreflang="fy" href="http://www.achtkarspelen.test/fy/">%s</head>'
                '<body class="wp-singular page-template-default"><header class="site-header"><a href="/nl/" class="custom-logo-link"><img src="/img/logo.svg" '
                'alt="Gemeente Achtkarspelen"></a><div class="taal"><a href="/nl/">NL</a> | <a href="/fy/">FY</a></div>%s<nav class="main-navigation"><ul id="menu-hoofdmenu">'
                '%s<li><a href="/nl/a-z/">A-Z</a></li><li><a href="/nl/nieuws/">Nieuws</a></li><li><a href="/nl/contact/">Contact</a></li></ul></nav>'
                '<form role="search" method="get" action="/nl/"><input type="search" name="s"><button type="submit">Zoeken</button></form></header>'
                '<div id="primary" class="content-area"><main id="main" class="site-main"><article class="page type-page"><header class="entry-header"><h1 class="entry-title">%s</h1></header>'
                '<div class="entry-content">%s</div></article></main><aside id="secondary" class="widget-area">%s</aside></div><footer class="site-footer">%s%s</footer></body></html>\n' % (
                    lang, h(title), head_extra, mor, cat_nav(self, url), h(title), main, aside, footer_common(self, url), self.footer_digid(url)))

    def extra_routes(self):
        self.klein_evenement_url = self.pf.form("melding-klein-evenement", "Melding klein evenement", "digid")

    def build_home(self):
        super().build_home()
        self.web.put(self.u("/"), simple_page("Gemeente Achtkarspelen - Kies uw taal / Kies dyn taal", (
            '<div class="taalkeuze"><img src="/img/logo.svg" alt="Gemeente Achtkarspelen / Gemeente Achtkarspelen"><h1>Kies uw taal / Kies dyn taal</h1>'
            '<ul><li><a href="/nl/" hreflang="nl" lang="nl">Nederlands</a></li><li><a href="/fy/" hreflang="fy" lang="fy">Frysk</a></li></ul></div>')))
        fy = self.u("/fy/")
        belast = self.rows["hondenbelasting"].url
        self.web.put(fy, simple_page("Gemeente Achtkarspelen - Frysk", (
            '<header><a href="/fy/">Gemeente Achtkarspelen</a> | <a href="/nl/">Nederlânsk</a></header><main lang="fy"><h1>Wolkom by de gemeente Achtkarspelen</h1>'
            '<p>Op dizze side fine jo ynformaasje yn it Frysk. De measte produkten en tsjinsten steane op de Nederlânske side.</p><ul>'
            '<li><a href="/fy/tema/belestingen/">Gemeentlike belestingen</a></li><li><a href="/nl/a-z/">Alle produkten (Nederlânsk)</a></li></ul></main>'), lang="fy"))
        self.web.put(self.u("/fy/tema/belestingen/"), simple_page("Gemeentlike belestingen - Gemeente Achtkarspelen", (
            '<main lang="fy"><h1>Gemeentlike belestingen</h1><p>Achtkarspelen hellet ûnreplik-guodbelesting, ôffalstoffehef en '
            'rioelhef. Wy helje gjin hûnebelesting en gjin reklamebelesting.</p><p><a href="%s">Nederlânske ferzje</a></p></main>' % urlsplit(belast).path), lang="fy"))
        url = self.u("/nl/thema/")
        self.web.put(url, self.frame(url, "Thema's", "<ul>%s</ul>" % cat_nav(self, url), ""))
        for p, t in (("/privacy", "Privacyverklaring"), ("/cookies", "Cookies"), ("/toegankelijkheid", "Toegankelijkheid")):
            self.web.put(self.u(p), self.frame(self.u(p), t, "<p>%s.</p>" % t, ""))

    def build_404(self):
        page = self.frame(self.u("/404"), "Pagina niet gevonden", "<p>Oeps! Deze pagina is niet gevonden.</p>", "")
        self.web.extra_files["errors/www.achtkarspelen.test.html"] = page
        self.web.not_found_pages.append({"host": self.host, "file": "errors/www.achtkarspelen.test.html", "status": 200})

    def build_robots_sitemap(self):
        self.has_sitemap = False
        super().build_robots_sitemap()
        urls = self.sitemap_urls()
        self.web.put(self.u("/wp-sitemap.xml"), '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                     + "".join("<url><loc>%s</loc></url>\n" % escape(u) for u in urls) + "</urlset>\n")
        self.web.put(self.u("/robots.txt"), "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: http://www.achtkarspelen.test/wp-sitemap.xml\n", replace=True)


class FryskeMarrenSite(Site):
    """Plain CMS with /inwoners/<slug> and /ondernemers/<slug>, an '/e-loket/' overview between product and form,
    English pages with hreflang, forms on loket.defryskemarren.test (some in iframes)."""
    family = "eloket"
    site_traps = []
    template = [("Algemeen", ["intro"]), ("Aanvragen", ["how"]), ("Voorwaarden", ["cond"]), ("Meenemen", ["needs"]), ("Kosten", ["cost"])]
    cta_default = {"D": "a", "E": "a", "DE": "a", "DA": "a", "A": "iframe"}
    cta_words = {"digid": "%(form)s (met DigiD)", "eh": "%(form)s (met eHerkenning)", "anon": "Formulier", "pdf": "%(form)s (pdf, %(kb)d kB)",
                 "ov": "Naar het E-loket"}
    doc_prefix = "/Documenten/Formulieren/"
    tvar = 2
    search_path, search_param = "/zoeken", "query"
    az_path = "/a-z/"
    news_index_path = "/nieuws/"

    def setup(self):
        self.home_url = self.u("/")
        self.overview_url = self.u("/e-loket/")

    def make_platform(self):
        return GatePlatform(self.web, self, "loket.defryskemarren.test", "dfm", "the digital loket")

    def product_path(self, row, title):
        cat = C.P[row.key]["cat"] if row is not None else "burgerzaken"
        return "/%s/%s" % ("ondernemers" if cat == "ondernemen" else "inwoners", slugify(title))

    def english_url(self, row):
        return self.u("/en/%s" % slugify(C.P[row.key]["en"]))

    def cat_url(self, cat):
        return self.u("/thema/%s/" % slugify(self.cat_title(cat)))

    def news_url(self, slug):
        return self.u("/nieuws/%s" % slug)

    def frame(self, url, title, main, aside="", row=None, lang="nl", head_extra=""):
        alt = ""
        if row is not None and row.opts.get("en"):
            alt = '<link rel="alternate" hreflang="en" href="%s">' % self.english_url(row)
        return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s | De Fryske Marren</title><link rel="stylesheet" href="/css/dfm.css">%s%s</head>'
                '<body><div class="top"><a href="/" class="logo"><img src="/img/logo.svg" alt="Gemeente De Fryske Marren"></a><ul class="nav"><li><a href="/">Home</a></li>'
                '<li><a href="/inwoners/">Inwoners</a></li><li><a href="/ondernemers/">Ondernemers</a></li><li><a href="/e-loket/">E-loket</a></li><li><a href="/a-z/">A-Z</a></li>'
                '<li><a href="/nieuws/">Nieuws</a></li><li><a href="/contact">Contact</a></li><li><a href="/en/">English</a></li></ul><form action="/zoeken" method="get">'
                '<input name="query" aria-label="Zoeken"><button>Zoek</button></form></div><div class="main"><h1>%s</h1>%s</div><div class="side">%s</div><div class="bottom">%s</div></body></html>\n' % (
                    lang, h(title), alt, head_extra, h(title), main, aside, footer_common(self, url)))

    def build_overview(self):
        url = self.overview_url
        items = []
        for name, furl, auth in sorted(self.pf.forms):
            items.append('<li><a href="%s">%s</a></li>' % (furl, h(name)))
        self.web.put(url, self.frame(url, "E-loket: alle formulieren", "<p>In het E-loket regelt u zaken met de gemeente online. Voor de meeste "
                                     "formulieren logt u in met DigiD of eHerkenning.</p><ul class=\"formulieren\">%s</ul>" % "".join(items), ""))
        self.pages.append((url, "E-loket", "alle formulieren"))
        for sec in ("inwoners", "ondernemers"):
            u = self.u("/%s/" % sec)
            rows = [r for r in (self.rows.get(k) for k in PRODUCT_ORDER) if r and r.url and urlsplit(r.url).path.startswith("/%s/" % sec)]
            seen = []
            items = ""
            for r in rows:
                if r.url in seen:
                    continue
                seen.append(r.url)
                items += '<li><a href="%s">%s</a></li>' % (urlsplit(r.url).path, h(r.title))
            self.web.put(u, self.frame(u, sec.capitalize(), "<ul>%s</ul>" % items, ""))
        en = self.u("/en/")
        self.web.put(en, self.frame(en, "Welcome to De Fryske Marren", '<p>Information in English for visitors and new residents.</p><ul>'
                                    '<li><a href="/en/parking-permit">Parking permit</a></li><li><a href="/en/mooring-permit">Mooring permit</a></li></ul>', "", lang="en"))
        for p, t in (("/privacy", "Privacyverklaring"), ("/cookies", "Cookies"), ("/toegankelijkheid", "Toegankelijkheid")):
            self.web.put(self.u(p), self.frame(self.u(p), t, "<p>%s.</p>" % t, ""))

    def build_404(self):
        page = self.frame(self.u("/404"), "404 - pagina niet gevonden", "<p>Deze pagina bestaat niet.</p>", "")
        self.web.extra_files["errors/www.defryskemarren.test.html"] = page
        self.web.not_found_pages.append({"host": self.host, "file": "errors/www.defryskemarren.test.html", "status": 404})


class HollandsKroonSite(Site):
    """OpenWebConcept: /onderwerp/<slug> PDC items, Gravity Forms on mijn.hollandskroon.test (DigiD gate, BRP pre-fill)."""
    family = "owc"
    site_traps = ["site_login", "footer_digid"]
    template = [("Omschrijving", ["intro", "cond"]), ("Aanvragen", ["how"]), ("Wat heeft u nodig?", ["needs"]), ("Kosten", ["cost"]),
                ("Termijn", ["term"])]
    cta_default = {"D": "a", "E": "a", "DE": "a", "DA": "a", "A": "button"}
    cta_words = {"digid": "%(form)s (DigiD)", "eh": "%(form)s (eHerkenning)", "anon": "Naar het formulier", "pdf": "%(form)s (PDF)",
                 "ov": "Formulieren"}
    doc_prefix = "/wp-content/uploads/sites/3/2023/11/"
    tvar = 1
    search_path, search_param = "/zoeken", "s"
    az_path = "/onderwerpen-a-z/"

    def setup(self):
        self.home_url = self.u("/")
        self.mijn_url = "http://mijn.hollandskroon.test/"

    def make_platform(self):
        return GatePlatform(self.web, self, "mijn.hollandskroon.test", "gravity", "Gravity Forms (OpenWebConcept)")

    def product_path(self, row, title):
        return "/onderwerp/%s" % slugify(title)

    def cat_url(self, cat):
        return self.u("/thema/%s/" % slugify(self.cat_title(cat)))

    def frame(self, url, title, main, aside="", row=None, lang="nl", head_extra=""):
        return ('<!DOCTYPE html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s - Gemeente Hollands Kroon</title><link rel="stylesheet" '
                'href="/wp-content/themes/owc-formulieren/assets/css/style.css">%s</head><body class="pdc-item-template-default single single-pdc-item">'
                '<header class="site-header"><a href="/" class="brand"><img src="/img/logo.svg" alt="Gemeente Hollands Kroon"></a>%s<nav><ul><li><a href="/">Home</a></li>'
                '%s<li><a href="/onderwerpen-a-z/">Onderwerpen A-Z</a></li><li><a href="/nieuws/">Nieuws</a></li><li><a href="/contact">Contact</a></li></ul></nav>'
                '<form action="/zoeken" method="get" role="search"><input type="search" name="s"><button>Zoeken</button></form></header><main class="pdc-item">'
                '<h1>%s</h1>%s</main><aside class="pdc-sidebar">%s</aside><footer>%s%s</footer></body></html>\n' % (
                    lang, h(title), head_extra, self.header_login(url), cat_nav(self, url), h(title), main, aside, footer_common(self, url), self.footer_digid(url)))

    def build_mijn(self):
        url = self.mijn_url
        start = "http://mijn.hollandskroon.test/mijn/inloggen/digid"
        self.web.redirect(start, idp_location("digid", url))
        self.web.put(url, self.pf.wrap("Mijn Hollands Kroon", (
            "<h1>Mijn Hollands Kroon</h1><p>Welkom in uw persoonlijke omgeving. Hier ziet u uw lopende aanvragen en berichten.</p>"
            "<p><a class=\"button login-digid\" href=\"%s\">Inloggen met DigiD</a></p>" % start)))

    def build_404(self):
        for p, t in (("/privacy", "Privacyverklaring"), ("/cookies", "Cookies"), ("/toegankelijkheid", "Toegankelijkheid")):
            self.web.put(self.u(p), self.frame(self.u(p), t, "<p>%s.</p>" % t, ""))


# --------------------------------------------------------------------------- not offered and English texts

NOT_OFFERED = {
    ("GM0173", "terrasvergunning"): ("Terras plaatsen", [
        "Wilt u bij uw horecazaak een terras plaatsen? In Oldenzaal heeft u daarvoor geen terrasvergunning meer nodig. Sinds de "
        "wijziging van de Algemene plaatselijke verordening (APV) is de terrasvergunning afgeschaft.",
        "U moet zich wel aan de algemene regels houden: er blijft minimaal 1,5 meter ruimte voor voetgangers, het terras staat "
        "direct voor uw eigen pand en u ruimt het terras na sluitingstijd op."]),
    ("GM0173", "winkeltijdenontheffing"): ("Koopzondagen", [
        "Winkels in Oldenzaal mogen op zondag en op de meeste feestdagen open van 12.00 tot 18.00 uur. U hoeft hiervoor geen "
        "ontheffing aan te vragen. De gemeente verleent geen ontheffingen van de winkeltijden; dat is ook niet nodig.",
        "Op Eerste Paasdag, Eerste Kerstdag en 4 mei na 19.00 uur zijn winkels gesloten."]),
    ("GM0177", "parkeervergunning"): ("Parkeren in Raalte", [
        "In Raalte is parkeren overal gratis. In het centrum geldt op een aantal plekken een blauwe zone: daar gebruikt u een "
        "parkeerschijf. Omdat er geen betaald parkeren is, geeft de gemeente Raalte geen parkeervergunningen uit.",
        "Heeft u een gehandicaptenparkeerkaart? Dan mag u in de blauwe zone onbeperkt parkeren."]),
    ("GM0177", "reclamebelasting"): ("Reclame maken", [
        "Wilt u reclame maken met een bord, spandoek of vlag langs de weg? Voor tijdelijke reclameborden gelden de regels uit de "
        "APV: maximaal 2 weken, niet op rotondes en niet in bermen van provinciale wegen.",
        "De gemeente Raalte heft geen reclamebelasting."]),
    ("GM1708", "collectevergunning"): ("Collecteren", [
        "Sinds 1 januari 2020 heeft u in Steenwijkerland geen vergunning meer nodig om te collecteren. De gemeente verleent "
        "daarom geen collectevergunningen meer.",
        "Landelijke fondsen volgen het collecterooster van het CBF. Wilt u als lokale vereniging collecteren? Stem de datum dan "
        "af met andere organisaties."]),
    ("GM0109", "parkeervergunning"): ("Parkeren en blauwe zone", [
        "In de gemeente Coevorden parkeert u gratis. In de centra van Coevorden en Dalen geldt een blauwe zone: u mag daar "
        "maximaal 2 uur parkeren met een parkeerschijf.",
        "Een parkeervergunning bestaat in onze gemeente niet, omdat er geen betaald parkeren of vergunningparkeren is."]),
    ("GM0109", "hondenbelasting"): ("Honden", [
        "Honden zijn welkom in Coevorden. In de bebouwde kom geldt een aanlijnplicht en een opruimplicht: u ruimt de "
        "uitwerpselen van uw hond altijd op. In de losloopgebieden mag uw hond vrij rondlopen.",
        "Hondenbelasting: de gemeente Coevorden heeft de hondenbelasting afgeschaft. U hoeft uw hond niet aan te melden en "
        "betaalt geen hondenbelasting."]),
    ("GM1730", "parkeervergunning"): ("Parkeren in Tynaarlo", [
        "Er is in de gemeente Tynaarlo nergens betaald parkeren. U heeft daarom geen parkeervergunning nodig en kunt die ook "
        "niet aanvragen.",
        "In het centrum van Zuidlaren en in Vries geldt een blauwe zone. Gebruik daar een parkeerschijf."]),
    ("GM1966", "reclamebelasting"): ("Borden en reclame-uitingen", [
        "Wilt u een reclamebord of spandoek plaatsen? Voor borden langs de openbare weg heeft u soms toestemming nodig van de "
        "wegbeheerder. Tijdelijke borden voor een evenement mogen maximaal 3 weken blijven staan.",
        "Het Hogeland heft geen reclamebelasting."]),
    ("GM1966", "winkeltijdenontheffing"): ("Winkeltijden", [
        "In Het Hogeland mogen winkels op zondag open van 12.00 tot 20.00 uur. Dat staat in de Winkeltijdenverordening. "
        "Een ontheffing aanvragen is daarom niet nodig en ook niet mogelijk."]),
    ("GM1952", "hondenbelasting"): ("Hond", [
        "Heeft u een hond? Zorg dat uw hond gechipt en geregistreerd is. Ruim de poep van uw hond altijd op; in de hele gemeente "
        "staan hondenpoepbakken.",
        "Midden-Groningen heft geen hondenbelasting. De hondenbelasting is afgeschaft, dus u hoeft uw hond niet bij ons aan te melden."]),
    ("GM0059", "hondenbelasting"): ("Gemeentelijke belastingen", [
        "Als u in Achtkarspelen woont of een bedrijf heeft, betaalt u gemeentelijke belastingen. Achtkarspelen heft de "
        "onroerendezaakbelasting (OZB), afvalstoffenheffing en rioolheffing. U ontvangt de aanslag eind februari.",
        "Wij heffen geen hondenbelasting, geen toeristenbelasting en geen reclamebelasting."]),
    ("GM0059", "reclamebelasting"): ("Gemeentelijke belastingen", []),
    ("GM1940", "winkeltijdenontheffing"): ("Zondagsopenstelling", [
        "Sinds de nieuwe Winkeltijdenverordening mogen winkels in De Fryske Marren op zon- en feestdagen open. Een ontheffing "
        "winkeltijden is daarom niet meer nodig; de gemeente geeft die ook niet meer af.",
        "Let op: op Eerste Paasdag, Eerste Pinksterdag en Eerste Kerstdag blijven winkels dicht."]),
    ("GM1911", "parkeervergunning"): ("Parkeren", [
        "Parkeren is in heel Hollands Kroon gratis. Er zijn geen vergunninggebieden. Een parkeervergunning is in onze gemeente "
        "niet van toepassing.",
        "Wilt u een gehandicaptenparkeerplaats bij uw woning? Kijk dan bij gehandicaptenparkeerplaats."]),
    ("GM1911", "terrasvergunning"): ("Terras bij uw horecazaak", [
        "U heeft in Hollands Kroon geen terrasvergunning nodig. Wij verlenen die vergunning niet meer.",
        "Uw terras moet wel voldoen aan de regels: het terras staat voor uw eigen zaak, er blijft 1,5 meter vrije doorgang en "
        "hulpdiensten kunnen er altijd langs."]),
}

EN_TEXT = {
    "verhuismelding": "Are you moving to {g} or within the municipality? Report your new address up to 4 weeks before and no later than 5 days after your move. You report your move online with DigiD.",
    "geboorteaangifte": "Has your baby been born? You must register the birth within 3 days in the municipality where the child was born. You can register online with DigiD.",
    "ligplaatsvergunning": "Do you want to moor your boat in the canals of Giethoorn or another public waterway for a longer period? You need a mooring permit. Download the application form, fill it in and send it to the municipality.",
    "parkeervergunning": "Do you live in a permit parking area in Joure, Lemmer or Sneek-area villages? Apply for a parking permit online with DigiD.",
    "paspoort": "You apply for a passport or identity card in person at the town hall. Make an appointment first.",
}


HOW_TEXTS = {
    "D": ["U regelt dit online. U logt in met DigiD.",
          "Dit regelt u eenvoudig online met uw DigiD.",
          "U kunt dit digitaal aanvragen. Hiervoor heeft u DigiD nodig.",
          "Vraag het online aan: log in met DigiD, vul het formulier in en verstuur het.",
          "Online aanvragen kan met DigiD. Houd uw DigiD app bij de hand."],
    "E": ["Vraag de vergunning online aan. U logt in met eHerkenning (niveau EH2+ of hoger).",
          "U dient de aanvraag digitaal in met eHerkenning. Heeft u een eenmanszaak? Dan kunt u ook DigiD gebruiken.",
          "Aanvragen gaat online. Als ondernemer logt u in met eHerkenning."],
    "DE": ["U vraagt dit online aan. Inwoners loggen in met DigiD, ondernemers en organisaties met eHerkenning.",
           "Online aanvragen kan met DigiD (als particulier) of met eHerkenning (namens een organisatie)."],
    "DA": ["U kunt het formulier invullen met of zonder DigiD. Met DigiD houden wij u op de hoogte via de Berichtenbox.",
           "Vul het formulier in. Inloggen met DigiD mag, maar is niet verplicht."],
    "A": ["Vul het online formulier in. U hoeft niet in te loggen.",
          "Gebruik het formulier. Inloggen is niet nodig.",
          "U kunt het digitale formulier invullen en versturen. Wij nemen daarna contact met u op."],
    "P": ["Download het formulier, vul het in en stuur het ondertekend naar de gemeente (Postbus, %s) of lever het in bij de balie. Online aanvragen is (nog) niet mogelijk.",
          "Vul het aanvraagformulier in en stuur het met de gevraagde bijlagen per post naar de gemeente %s. U kunt het ook afgeven bij de balie.",
          "U vraagt dit aan met een papieren formulier. Print het formulier, vul het in en lever het in bij het gemeentehuis van %s."],
}


# --------------------------------------------------------------------------- plans

PLANS = {
"GM0173": """
brp-uittreksel D
verhuismelding D en cta=button
geboorteaangifte IA ; jcc_mijn
overlijdensaangifte I ; news_digid
huwelijksaangifte D
paspoort IA t=2 ; jcc_mijn aux_pdf
identiteitskaart S with=paspoort
parkeervergunning V via=park_oldenzaal
gehandicaptenparkeerkaart P ; nearby_login:parkeervergunning
gehandicaptenparkeerplaats I
hondenbelasting V via=gbt
belastingkwijtschelding V via=gbt
woz-bezwaar V via=gbt
bijstand V via=werk
bijzondere-bijstand D
wmo-voorziening A
leerlingenvervoer D
grofvuil V via=twentemilieu
afvalcontainer I ; tax_login:gbt
melding-openbare-ruimte A
omgevingsvergunning V via=olo
kapvergunning V via=olo
bouwdossier-inzage IM ; olo_check
bezwaar D cta=button
klacht A
woo-verzoek A
subsidie DE
evenementenvergunning E
exploitatievergunning-horeca P ; nearby_login:alcoholvergunning
alcoholvergunning E
terrasvergunning NO
standplaatsvergunning P
marktvergunning I ; tariff_pdf verordening_pdf
reclamebelasting NF
geluidsontheffing A
winkeltijdenontheffing NO
kansspelautomaatvergunning P
collectevergunning IM
ligplaatsvergunning NF
uitwegvergunning D
belastingaanslag-bezwaar V via=gbt
betalingsregeling V via=gbt
""",
"GM0177": """
brp-uittreksel D
verhuismelding D
geboorteaangifte D cta=a
overlijdensaangifte I ; news_digid
huwelijksaangifte D
paspoort IA ; aux_pdf
identiteitskaart IA
parkeervergunning NO ; notoff_sidebar
gehandicaptenparkeerkaart P t=4
gehandicaptenparkeerplaats S with=gehandicaptenparkeerkaart
hondenbelasting D
belastingkwijtschelding P ; mijnoverheid
woz-bezwaar D
bijstand D
bijzondere-bijstand D
wmo-voorziening I ; digid_aanvragen
leerlingenvervoer D cta=a
grofvuil V via=rova
afvalcontainer V via=rova
melding-openbare-ruimte A
omgevingsvergunning V via=olo
kapvergunning D
bouwdossier-inzage A
bezwaar I ; bezwaar_other:woz-bezwaar
klacht A
woo-verzoek IM
subsidie P ; verordening_pdf
evenementenvergunning E
exploitatievergunning-horeca E
alcoholvergunning E
terrasvergunning P
standplaatsvergunning I ; tariff_pdf
marktvergunning NF stale
reclamebelasting NO
geluidsontheffing A
winkeltijdenontheffing NF stale
kansspelautomaatvergunning P
collectevergunning A
ligplaatsvergunning NF
uitwegvergunning D
belastingaanslag-bezwaar D
betalingsregeling A
""",
"GM1708": """
brp-uittreksel D
verhuismelding D prefill
geboorteaangifte I
overlijdensaangifte I
huwelijksaangifte D cta=a
paspoort IA
identiteitskaart IA
parkeervergunning V via=park_steenwijkerland
gehandicaptenparkeerkaart D
gehandicaptenparkeerplaats P
hondenbelasting D
belastingkwijtschelding D
woz-bezwaar D
bijstand V via=werk
bijzondere-bijstand D cta=button
wmo-voorziening A
leerlingenvervoer P
grofvuil V via=rova
afvalcontainer V via=rova
melding-openbare-ruimte A
omgevingsvergunning V via=olo
kapvergunning V via=olo
bouwdossier-inzage IA ; olo_check
bezwaar D
klacht A
woo-verzoek DE
subsidie DE aud2
evenementenvergunning E
exploitatievergunning-horeca P ; verordening_pdf
alcoholvergunning P ; tariff_pdf
terrasvergunning E
standplaatsvergunning P
marktvergunning I ; sibling_pdf:standplaatsvergunning
reclamebelasting I ; verordening_pdf
geluidsontheffing A
winkeltijdenontheffing NF
kansspelautomaatvergunning P
collectevergunning NO
ligplaatsvergunning P en
uitwegvergunning V via=olo
belastingaanslag-bezwaar D
betalingsregeling NF
""",
"GM0109": """
brp-uittreksel D
verhuismelding D
geboorteaangifte D
overlijdensaangifte I ; news_digid
huwelijksaangifte IA
paspoort IA ; aux_pdf
identiteitskaart S with=paspoort
parkeervergunning NO
gehandicaptenparkeerkaart PM
gehandicaptenparkeerplaats NF stale ; sibling_page:gehandicaptenparkeerkaart
hondenbelasting NO
belastingkwijtschelding D
woz-bezwaar D cta=a
bijstand D
bijzondere-bijstand P ; nearby_login:bijstand
wmo-voorziening I ; digid_aanvragen
leerlingenvervoer D
grofvuil V via=area
afvalcontainer I ; mor_app
melding-openbare-ruimte A
omgevingsvergunning V via=olo
kapvergunning P ; tariff_pdf
bouwdossier-inzage A
bezwaar A
klacht A
woo-verzoek P ; contact_form
subsidie E
evenementenvergunning E
exploitatievergunning-horeca E t=4
alcoholvergunning S with=exploitatievergunning-horeca
terrasvergunning P ; nearby_login:exploitatievergunning-horeca
standplaatsvergunning E
marktvergunning NF
reclamebelasting I ; tariff_pdf
geluidsontheffing E cta=a
winkeltijdenontheffing I ; verordening_pdf
kansspelautomaatvergunning E
collectevergunning A
ligplaatsvergunning NF
uitwegvergunning P
belastingaanslag-bezwaar D
betalingsregeling A
""",
"GM1730": """
brp-uittreksel D ov
verhuismelding D
geboorteaangifte D
overlijdensaangifte I
huwelijksaangifte D
paspoort IA ; jcc_mijn
identiteitskaart IA ; jcc_mijn
parkeervergunning NO
gehandicaptenparkeerkaart D
gehandicaptenparkeerplaats P
hondenbelasting D
belastingkwijtschelding P
woz-bezwaar D ov
bijstand D
bijzondere-bijstand D
wmo-voorziening D
leerlingenvervoer D ov
grofvuil A
afvalcontainer D
melding-openbare-ruimte A
omgevingsvergunning V via=olo
kapvergunning V via=olo
bouwdossier-inzage IM ; olo_check
bezwaar D
klacht A
woo-verzoek IM
subsidie W ; verordening_pdf
evenementenvergunning DE
exploitatievergunning-horeca P docpage
alcoholvergunning P docpage
terrasvergunning NF
standplaatsvergunning P
marktvergunning I ; tariff_pdf
reclamebelasting NF
geluidsontheffing A
winkeltijdenontheffing I ; verordening_pdf
kansspelautomaatvergunning P
collectevergunning A
ligplaatsvergunning NF
uitwegvergunning D
belastingaanslag-bezwaar D
betalingsregeling IM
""",
"GM1966": """
brp-uittreksel D prefill
verhuismelding D
geboorteaangifte D en
overlijdensaangifte I ; tax_login:nbk
huwelijksaangifte D
paspoort IA
identiteitskaart IA
parkeervergunning NF
gehandicaptenparkeerkaart P ; machtigen
gehandicaptenparkeerplaats I
hondenbelasting V via=nbk
belastingkwijtschelding V via=nbk
woz-bezwaar V via=nbk
bijstand D
bijzondere-bijstand A
wmo-voorziening I ; machtigen
leerlingenvervoer D
grofvuil D
afvalcontainer D embed
melding-openbare-ruimte A embed
omgevingsvergunning V via=olo olohome
kapvergunning V via=olo
bouwdossier-inzage A
bezwaar P ; bezwaar_other:woz-bezwaar
klacht A
woo-verzoek D
subsidie DE
evenementenvergunning E
exploitatievergunning-horeca E
alcoholvergunning E
terrasvergunning E
standplaatsvergunning P
marktvergunning I ; tariff_pdf
reclamebelasting NO
geluidsontheffing NF
winkeltijdenontheffing NO
kansspelautomaatvergunning P
collectevergunning I ; news_digid
ligplaatsvergunning P
uitwegvergunning A
belastingaanslag-bezwaar V via=nbk
betalingsregeling V via=nbk
""",
"GM1952": """
brp-uittreksel D
verhuismelding D cta=button
geboorteaangifte IA
overlijdensaangifte I
huwelijksaangifte D
paspoort IA en
identiteitskaart IA
parkeervergunning D aud2 cta=a
gehandicaptenparkeerkaart D
gehandicaptenparkeerplaats P
hondenbelasting NO
belastingkwijtschelding D
woz-bezwaar D cta=button
bijstand D
bijzondere-bijstand D
wmo-voorziening A
leerlingenvervoer P
grofvuil A cta=a
afvalcontainer A
melding-openbare-ruimte A
omgevingsvergunning V via=olo
kapvergunning V via=olo
bouwdossier-inzage IM ; olo_check
bezwaar D
klacht A
woo-verzoek A
subsidie P ; verordening_pdf
evenementenvergunning E
exploitatievergunning-horeca E
alcoholvergunning E
terrasvergunning P
standplaatsvergunning I ; tariff_pdf
marktvergunning I ; verordening_pdf
reclamebelasting NF
geluidsontheffing P
winkeltijdenontheffing NF
kansspelautomaatvergunning NF
collectevergunning P
ligplaatsvergunning P
uitwegvergunning D
belastingaanslag-bezwaar D
betalingsregeling D
""",
"GM0059": """
brp-uittreksel D
verhuismelding D
geboorteaangifte I
overlijdensaangifte I
huwelijksaangifte D cta=a
paspoort IA ; aux_pdf
identiteitskaart S with=paspoort
parkeervergunning NF
gehandicaptenparkeerkaart D
gehandicaptenparkeerplaats NF ; sibling_page:gehandicaptenparkeerkaart
hondenbelasting NO nopage=belastingen
belastingkwijtschelding P
woz-bezwaar D
bijstand V via=werkplein
bijzondere-bijstand V via=werkplein
wmo-voorziening V via=werkplein
leerlingenvervoer D
grofvuil V via=omrin
afvalcontainer I
melding-openbare-ruimte A fixi
omgevingsvergunning V via=olo
kapvergunning P
bouwdossier-inzage A
bezwaar D
klacht DA
woo-verzoek IM
subsidie DE
evenementenvergunning P ; sibling_form
exploitatievergunning-horeca E
alcoholvergunning E
terrasvergunning E
standplaatsvergunning P
marktvergunning I
reclamebelasting NO nopage=belastingen
geluidsontheffing A
winkeltijdenontheffing I ; digid_aanvragen
kansspelautomaatvergunning P
collectevergunning A
ligplaatsvergunning NF
uitwegvergunning P
belastingaanslag-bezwaar D
betalingsregeling A
""",
"GM1940": """
brp-uittreksel D ov
verhuismelding D ov
geboorteaangifte D cta=iframe
overlijdensaangifte I ; news_digid
huwelijksaangifte D
paspoort IA
identiteitskaart IA
parkeervergunning D en
gehandicaptenparkeerkaart P
gehandicaptenparkeerplaats P
hondenbelasting D
belastingkwijtschelding D cta=iframe
woz-bezwaar D
bijstand D
bijzondere-bijstand D
wmo-voorziening A ov
leerlingenvervoer D
grofvuil V via=omrin
afvalcontainer I ; eforms_overview
melding-openbare-ruimte A
omgevingsvergunning V via=olo
kapvergunning V via=olo
bouwdossier-inzage IA
bezwaar D
klacht A
woo-verzoek A cta=a
subsidie DE aud2
evenementenvergunning E
exploitatievergunning-horeca P
alcoholvergunning P
terrasvergunning P
standplaatsvergunning P
marktvergunning P
reclamebelasting NF
geluidsontheffing NF
winkeltijdenontheffing NO
kansspelautomaatvergunning I ; tariff_pdf
collectevergunning IM
ligplaatsvergunning P en ; nearby_login:parkeervergunning
uitwegvergunning P
belastingaanslag-bezwaar D
betalingsregeling NF
""",
"GM1911": """
brp-uittreksel D prefill
verhuismelding D prefill
geboorteaangifte D
overlijdensaangifte I ; mijnoverheid
huwelijksaangifte D
paspoort IA ; digid_aanvragen
identiteitskaart IA
parkeervergunning NO
gehandicaptenparkeerkaart D
gehandicaptenparkeerplaats D
hondenbelasting D
belastingkwijtschelding D
woz-bezwaar D
bijstand D
bijzondere-bijstand D
wmo-voorziening A
leerlingenvervoer D
grofvuil V via=hvc
afvalcontainer I ; mor_app
melding-openbare-ruimte A
omgevingsvergunning V via=olo
kapvergunning V via=olo
bouwdossier-inzage A cta=a
bezwaar D
klacht A
woo-verzoek IM
subsidie DE
evenementenvergunning DE
exploitatievergunning-horeca E
alcoholvergunning E
terrasvergunning NO ; notoff_sidebar
standplaatsvergunning P
marktvergunning I ; sibling_pdf:standplaatsvergunning
reclamebelasting NF
geluidsontheffing A
winkeltijdenontheffing P ; verordening_pdf
kansspelautomaatvergunning P
collectevergunning P
ligplaatsvergunning P
uitwegvergunning D
belastingaanslag-bezwaar D
betalingsregeling NF
""",
}

ORGS = [
    dict(vidx=0, code="GM0173", name="Gemeente Oldenzaal", short="Oldenzaal", cls=OldenzaalSite, host="www.oldenzaal.test",
         website="http://oldenzaal.test/", inhabitants=32100, tel="14 0541", color="#b5121b",
         address="Ganzenmarkt 1, 7571 CK Oldenzaal", appointment=("oldenzaal.jccsoftware.test", "/JCC/afspraak/", True, "jcc")),
    dict(vidx=1, code="GM0177", name="Gemeente Raalte", short="Raalte", cls=RaalteSite, host="www.raalte.test",
         website="http://www.raalte.test/", inhabitants=38400, tel="14 0572", color="#00843d",
         address="Domineeslaan 7, 8102 DB Raalte", appointment=("afspraken.raalte.test", "/", False, "qmatic")),
    dict(vidx=2, code="GM1708", name="Gemeente Steenwijkerland", short="Steenwijkerland", cls=SteenwijkerlandSite, host="www.steenwijkerland.test",
         website="http://www.steenwijkerland.test/", inhabitants=45300, tel="14 0521", color="#005ca9",
         address="Oranjeplein 1, 8331 NC Steenwijk", appointment=("afspraken.steenwijkerland.test", "/", False, "qmatic"),
         login="Mijn Steenwijkerland"),
    dict(vidx=3, code="GM0109", name="Gemeente Coevorden", short="Coevorden", cls=CoevordenSite, host="coevorden.test",
         website="http://www.coevorden.test/", inhabitants=35900, tel="14 0524", color="#e30613",
         address="Kasteel 1, 7741 GC Coevorden", appointment=("coevorden.afspraakmaken.test", "/", False, "qmatic"),
         login="Mijn Loket"),
    dict(vidx=4, code="GM1730", name="Gemeente Tynaarlo", short="Tynaarlo", cls=TynaarloSite, host="www.tynaarlo.test",
         website="http://www.tynaarlo.test/", inhabitants=34600, tel="14 0592", color="#7ab800",
         address="Kornoeljeplein 1, 9481 AZ Vries", appointment=("tynaarlo.jccsoftware.test", "/JCC/afspraak/", True, "jcc")),
    dict(vidx=5, code="GM1966", name="Gemeente Het Hogeland", short="Het Hogeland", cls=HogelandSite, host="www.hethogeland.test",
         website="http://www.hethogeland.test/", inhabitants=48000, tel="14 0595", color="#009fe3",
         address="Hoofdstraat W 70, 9951 AC Winsum", appointment=("afspraak.hethogeland.test", "/", False, "qmatic")),
    dict(vidx=6, code="GM1952", name="Gemeente Midden-Groningen", short="Midden-Groningen", cls=MiddenGroningenSite, host="www.midden-groningen.test",
         website="http://www.midden-groningen.test/", inhabitants=61000, tel="14 0598", color="#6a2c91",
         address="Kerkstraat 2, 9601 BA Hoogezand", appointment=("afspraken.midden-groningen.test", "/", False, "qmatic")),
    dict(vidx=7, code="GM0059", name="Gemeente Achtkarspelen", short="Achtkarspelen", cls=AchtkarspelenSite, host="www.achtkarspelen.test",
         website="http://www.achtkarspelen.test/", inhabitants=28000, tel="14 0511", color="#d8232a",
         address="Stationsstraat 2, 9285 NG Buitenpost", appointment=("achtkarspelen.afspraakmaken.test", "/", False, "qmatic")),
    dict(vidx=8, code="GM1940", name="Gemeente De Fryske Marren", short="De Fryske Marren", cls=FryskeMarrenSite, host="www.defryskemarren.test",
         website="http://www.defryskemarren.test/", inhabitants=52500, tel="14 0513", color="#004b87",
         address="Midstraat 1, 8501 AH Joure", appointment=("afspraak.defryskemarren.test", "/qmaticwebbooking/", False, "qmatic")),
    dict(vidx=9, code="GM1911", name="Gemeente Hollands Kroon", short="Hollands Kroon", cls=HollandsKroonSite, host="www.hollandskroon.test",
         website="http://www.hollandskroon.test/", inhabitants=49500, tel="14 0224", color="#0079c1",
         address="Middenweg 1, 1761 AA Anna Paulowna", appointment=("afspraak.hollandskroon.test", "/", False, "qmatic"),
         login="Mijn Hollands Kroon"),
]


# --------------------------------------------------------------------------- main

def check_tree(web):
    paths = set("%s/%s" % k for k in web.files)
    bad = []
    for p in sorted(paths):
        parts = p.split("/")
        for i in range(1, len(parts)):
            prefix = "/".join(parts[:i])
            if prefix in paths:
                bad.append("%s (%s)" % (prefix, p))
    if bad:
        raise ValueError("file/directory clashes:\n" + "\n".join(sorted(set(bad))))


def main(argv):
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent / "web"
    products = load_products()
    PRODUCT_ORDER[:] = [p["product_key"] for p in products]
    web = Web()
    build_idps(web)
    build_olo(web)
    build_chat(web)
    bodies = BodyRoutes(web)
    labels, orgs = [], []
    for cfg in ORGS:
        applicable = [p for p in products if "G" in p["org_types"] and not p["offered_by"]]
        plan_keys = [l.split()[0] for l in PLANS[cfg["code"]].strip().splitlines()]
        missing = [p["product_key"] for p in applicable if p["product_key"] not in plan_keys]
        extra = [k for k in plan_keys if k not in [p["product_key"] for p in applicable]]
        if missing or extra:
            raise SystemExit("plan of %s: missing %s extra %s" % (cfg["code"], missing, extra))
        site = cfg["cls"](web, bodies, cfg, PLANS[cfg["code"]])
        site.build()
        labels += site.labels(applicable)
        orgs.append(cfg)
    # host redirects: www/non-www
    web.host_redirects.append({"host": "oldenzaal.test", "status": 301, "to": "www.oldenzaal.test"})
    web.host_redirects.append({"host": "www.coevorden.test", "status": 301, "to": "coevorden.test"})
    web.host_redirects.append({"host": "raalte.test", "status": 301, "to": "www.raalte.test"})
    check_tree(web)
    web.write(out)
    with open(out / "organisations.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for cfg in orgs:
            w.writerow([cfg["code"], cfg["name"], "gemeente", cfg["website"], cfg["inhabitants"]])
    cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "notes"]
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in labels:
            w.writerow(r)
    behaviours = {
        "redirects": sorted(web.redirects, key=lambda r: r["url"]),
        "host_redirects": sorted(web.host_redirects, key=lambda r: r["host"]),
        "not_found_pages": sorted(web.not_found_pages, key=lambda r: r["host"]),
        "searches": sorted(web.searches, key=lambda r: r["host"]),
    }
    if web.content_types:
        behaviours["content_types"] = sorted(web.content_types, key=lambda r: r["url"])
    with open(out / "testweb.json", "w", encoding="utf-8") as f:
        json.dump({"name": "heldout web-dev19 (trap-weighted)", "behaviours": behaviours}, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write("\n")
    print("wrote %s: %d files, %d labels" % (out, len(web.files), len(labels)))


if __name__ == "__main__":
    main(sys.argv)
