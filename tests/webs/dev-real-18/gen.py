#!/usr/bin/env python3
"""Generate web-dev18: a trap-weighted, labelled simulated web of ten Dutch gemeenten.

    python3 gen.py [OUTDIR]        (default: web/ beside this file)

Deterministic: no randomness, every collection written in sorted order, PDF/DOCX/ODT
writers without timestamps. Only the Python standard library is used.
The product list is read through PRODUCTS_CSV (columns product_key, name_nl, org_types,
audience, offered_by only).
"""
import csv
import html
import json
import posixpath
import shutil
import sys
import zipfile
from pathlib import Path

PRODUCTS_CSV = Path(__file__).resolve().parent.parent.parent.parent / "config" / "products.csv"

YEAR = 2025
E = html.escape

# ---------------------------------------------------------------------------------------
# Output store
# ---------------------------------------------------------------------------------------


class Web:
    def __init__(self):
        self.files = {}          # (host, urlpath) -> bytes
        self.redirects = []      # dicts
        self.host_redirects = []
        self.not_found = []
        self.searches = []
        self.search_files = {}   # relpath -> bytes
        self.labels = []
        self.orgs = []
        self.features = {}

    def put(self, url, content):
        assert url.startswith("http://"), url
        rest = url[len("http://"):]
        host, _, path = rest.partition("/")
        path = "/" + path
        assert host.endswith(".test"), host
        if isinstance(content, str):
            content = content.encode("utf-8")
        key = (host, path)
        if key in self.files and self.files[key] != content:
            raise SystemExit(f"conflicting content for {url}")
        self.files[key] = content

    def has(self, url):
        rest = url[len("http://"):]
        host, _, path = rest.partition("/")
        return (host, "/" + path) in self.files

    def redirect(self, url, location, status=302):
        for r in self.redirects:
            if r["url"] == url:
                if r["location"] != location:
                    raise SystemExit(f"conflicting redirect {url}")
                return
        assert "?" not in url, url
        self.redirects.append({"url": url, "status": status, "location": location})

    def feature(self, name, n=1):
        self.features[name] = self.features.get(name, 0) + n

    def write(self, out):
        out = Path(out)
        if out.exists():
            shutil.rmtree(out)
        sites = out / "sites"
        # check for file/dir conflicts
        paths = {}
        for (host, path) in sorted(self.files):
            fp = path[1:]
            if fp == "" or fp.endswith("/"):
                fp = fp + "index.html"
            elif "?" in fp:
                pass
            paths[(host, path)] = fp
        dirs = set()
        for (host, path), fp in paths.items():
            parts = fp.split("/")
            for i in range(1, len(parts)):
                dirs.add((host, "/".join(parts[:i])))
        for (host, path), fp in sorted(paths.items()):
            if (host, fp) in dirs:
                raise SystemExit(f"file/dir conflict: {host}/{fp}")
        for (host, path), fp in sorted(paths.items()):
            target = sites / host / fp
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(self.files[(host, path)])
        for rel, data in sorted(self.search_files.items()):
            p = out / rel
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)
        manifest = {
            "name": "web-dev18",
            "description": "Trap-weighted held-out web of ten gemeenten (see README.md).",
            "features": {k: self.features[k] for k in sorted(self.features)},
            "behaviours": {
                "host_redirects": sorted(self.host_redirects, key=lambda r: r["host"]),
                "redirects": sorted(self.redirects, key=lambda r: r["url"]),
                "not_found_pages": sorted(self.not_found, key=lambda r: r["host"]),
                "searches": sorted(self.searches, key=lambda r: r["host"]),
            },
        }
        (out / "testweb.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
        with open(out / "organisations.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(["code", "name", "org_type", "website", "inhabitants"])
            for o in sorted(self.orgs):
                w.writerow(o)
        with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
            cols = ["org_code", "product_key", "level", "status", "product_url", "route_url",
                    "level_strict", "via", "notes"]
            w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
            w.writeheader()
            for row in sorted(self.labels, key=lambda r: (r["org_code"], r["product_key"])):
                w.writerow(row)


# ---------------------------------------------------------------------------------------
# Documents: PDF (with optional AcroForm text fields), DOCX, ODT, SVG
# ---------------------------------------------------------------------------------------


def _pdf_str(s):
    b = s.encode("cp1252", errors="replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def _wrap(text, width=92):
    out, line = [], ""
    for word in text.split():
        if len(line) + len(word) + 1 > width:
            out.append(line)
            line = word
        else:
            line = (line + " " + word).strip()
    if line:
        out.append(line)
    return out


def make_pdf(title, paragraphs, fields=None, org=""):
    """A one-page A4 PDF. `fields`: labels of fillable text fields (a form) or None."""
    ops = []
    y = 800
    ops.append(b"BT /F2 15 Tf 50 %d Td " % y + _pdf_str(title) + b" Tj ET")
    y -= 18
    if org:
        ops.append(b"BT /F1 9 Tf 50 %d Td " % y + _pdf_str(org) + b" Tj ET")
        y -= 22
    for para in paragraphs:
        for line in _wrap(para):
            ops.append(b"BT /F1 10 Tf 50 %d Td " % y + _pdf_str(line) + b" Tj ET")
            y -= 13
        y -= 6
    annots = []
    if fields:
        y -= 4
        for i, label in enumerate(fields):
            if y < 90:
                break
            ops.append(b"BT /F1 10 Tf 50 %d Td " % (y + 4) + _pdf_str(label) + b" Tj ET")
            ops.append(b"0.5 w 230 %d 310 18 re S" % (y - 2))
            annots.append((label, (230, y - 2, 540, y + 16), i))
            y -= 26
        ops.append(b"BT /F1 10 Tf 50 %d Td " % (y - 10) + _pdf_str(
            "Datum: ____________________     Handtekening: ____________________") + b" Tj ET")
    content = b"\n".join(ops)
    objs = []   # list of bytes, obj number = index+1
    n_fields = len(annots)
    first_field = 7
    field_refs = " ".join(f"{first_field + i} 0 R" for i in range(n_fields))
    catalog = b"<< /Type /Catalog /Pages 2 0 R"
    if n_fields:
        catalog += (b" /AcroForm << /Fields [" + field_refs.encode() +
                    b"] /DA (/Helv 10 Tf 0 g) /DR << /Font << /Helv 4 0 R >> >> >>")
    catalog += b" >>"
    objs.append(catalog)
    objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R"
    if n_fields:
        page += b" /Annots [" + field_refs.encode() + b"]"
    page += b" >>"
    objs.append(page)
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
    for label, (x1, y1, x2, y2), i in annots:
        name = "veld%02d" % (i + 1)
        objs.append(("<< /Type /Annot /Subtype /Widget /FT /Tx /T (%s) /TU " % name).encode()
                    + _pdf_str(label) +
                    (" /Rect [%d %d %d %d] /F 4 /P 3 0 R /DA (/Helv 10 Tf 0 g) /MK << /BC [0 0 0] >> >>"
                     % (x1, y1, x2, y2)).encode())
    info_num = len(objs) + 1
    objs.append(b"<< /Title " + _pdf_str(title) + b" /Producer (web-dev18 pdfwriter) >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % (i + 1) + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objs) + 1, info_num, xref)
    return bytes(out)


def _zip(entries):
    buf = __import__("io").BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, compress in entries:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            z.writestr(zi, data)
    return buf.getvalue()


def make_docx(title, paragraphs, fields):
    def p(text, bold=False):
        r = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p><w:r>{r}<w:t xml:space="preserve">{E(text)}</w:t></w:r></w:p>'
    body = p(title, True) + "".join(p(x) for x in paragraphs)
    body += "".join(p(f"{f}: ......................................................") for f in fields)
    body += p("Datum: ..................   Handtekening: ..................")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct, True), ("_rels/.rels", rels, True),
                 ("word/document.xml", doc, True)])


def make_odt(title, paragraphs, fields):
    body = f"<text:h text:outline-level=\"1\">{E(title)}</text:h>"
    body += "".join(f"<text:p>{E(x)}</text:p>" for x in paragraphs)
    body += "".join(f"<text:p>{E(f)}: ..............................................</text:p>" for f in fields)
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f'<office:body><office:text>{body}</office:text></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return _zip([("mimetype", "application/vnd.oasis.opendocument.text", False),
                 ("META-INF/manifest.xml", manifest, True), ("content.xml", content, True)])


DIGID_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="46" height="46" viewBox="0 0 46 46">'
             '<rect width="46" height="46" rx="4" fill="#000"/><text x="5" y="29" fill="#fff" '
             'font-family="Arial" font-size="14" font-weight="bold">DigiD</text></svg>\n')
EH_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="46" height="46" viewBox="0 0 46 46">'
          '<rect width="46" height="46" rx="4" fill="#c20064"/><text x="12" y="30" fill="#fff" '
          'font-family="Arial" font-size="18" font-weight="bold">eH</text></svg>\n')
LOGO_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="180" height="40"><rect width="180" height="40" '
            'fill="{c}"/><text x="8" y="26" fill="#fff" font-family="Arial" font-size="15">{n}</text></svg>\n')


def kb(data):
    """Size as real sites write it."""
    return max(1, round(len(data) / 1024))


# ---------------------------------------------------------------------------------------
# Product texts (written for this web; titles are colloquial titles used on municipal sites)
# ---------------------------------------------------------------------------------------
# theme: burgerzaken, parkeren, belastingen, inkomen, zorg, afval, melden, bouwen, ondernemen,
#        subsidie
P = {
    "brp-uittreksel": dict(
        titles=["Uittreksel BRP", "Uittreksel Basisregistratie Personen (BRP)", "Uittreksel aanvragen"],
        theme="burgerzaken", act="aanvragen", form="Uittreksel BRP aanvragen",
        intro="Een uittreksel uit de Basisregistratie Personen (BRP) is een officieel bewijs van uw "
              "persoonsgegevens, zoals uw naam, geboortedatum, nationaliteit en adres. U heeft het "
              "bijvoorbeeld nodig bij een sollicitatie, voor een huurwoning of voor instanties in het buitenland.",
        voorwaarden=["U staat ingeschreven in de gemeente {gem}.",
                     "U vraagt het uittreksel aan voor uzelf. Voor iemand anders heeft u een machtiging nodig.",
                     "Woont u in het buitenland? Dan vraagt u het uittreksel aan bij een RNI-gemeente."],
        kosten="Een uittreksel kost € 15,20 (tarief {y}).",
        termijn="U ontvangt het uittreksel binnen 3 werkdagen per post.",
        fields=["Burgerservicenummer", "Soort uittreksel", "Doel van het uittreksel", "Aantal exemplaren"],
        en=("Extract from the Personal Records Database (BRP)",
            "An extract from the BRP is an official statement of your personal details, such as your name, date of birth and address.")),
    "verhuismelding": dict(
        titles=["Verhuizen", "Verhuizing doorgeven", "Verhuizing binnen, naar of uit {gem}"],
        theme="burgerzaken", act="doorgeven", form="Verhuizing doorgeven",
        intro="Gaat u verhuizen naar of binnen de gemeente {gem}? Geef uw verhuizing dan op tijd door. "
              "Dat kan vanaf 4 weken voor uw verhuisdatum tot uiterlijk 5 dagen erna. Verhuist u naar het "
              "buitenland? Dan meldt u dat uiterlijk 5 dagen voor vertrek.",
        voorwaarden=["U geeft de verhuizing door voor uzelf en voor uw gezinsleden op hetzelfde adres.",
                     "Gaat u inwonen bij iemand? Dan heeft u toestemming nodig van de hoofdbewoner.",
                     "U moet kunnen aantonen dat u op het nieuwe adres woont, bijvoorbeeld met een huurcontract of koopakte."],
        kosten="Het doorgeven van een verhuizing is gratis.",
        termijn="Binnen 5 werkdagen verwerken wij uw verhuizing. U krijgt een bevestiging per post.",
        fields=["Verhuisdatum", "Nieuw adres", "Postcode", "Wie verhuizen er mee?", "Telefoonnummer"],
        en=("Moving house", "Are you moving to or within {gem}? Report your move to the municipality no later than 5 days after your moving date.")),
    "geboorteaangifte": dict(
        titles=["Geboorte aangeven", "Aangifte geboorte", "Geboorte"],
        theme="burgerzaken", act="aangeven", form="Aangifte geboorte",
        intro="Is uw kind geboren in {gem}? Gefeliciteerd! U doet binnen 3 werkdagen na de geboorte aangifte "
              "bij de gemeente waar uw kind is geboren. Bij de aangifte krijgt uw kind een burgerservicenummer (BSN).",
        voorwaarden=["De vader, moeder of meemoeder doet aangifte.",
                     "Kan dat niet? Dan mag iemand anders die bij de geboorte aanwezig was aangifte doen.",
                     "Neem een geldig identiteitsbewijs mee van de aangever en van de moeder."],
        kosten="Aangifte doen is gratis. Een afschrift van de geboorteakte kost € 14,10.",
        termijn="U moet binnen 3 werkdagen na de geboorte aangifte doen.",
        fields=["Datum van geboorte", "Voornamen van het kind", "Geslachtsnaam", "Plaats van geboorte"]),
    "overlijdensaangifte": dict(
        titles=["Overlijden aangeven", "Aangifte overlijden", "Overlijden"],
        theme="burgerzaken", act="aangeven", form="Aangifte overlijden",
        intro="Is iemand overleden in de gemeente {gem}? Dan moet het overlijden worden aangegeven bij de "
              "gemeente. Meestal regelt de uitvaartondernemer dit voor u. De aangifte moet gedaan zijn vóór de "
              "begrafenis of crematie.",
        voorwaarden=["Er is een verklaring van overlijden van de (schouw)arts.",
                     "De aangifte wordt gedaan door de uitvaartverzorger of een familielid."],
        kosten="Aangifte doen is gratis. Een afschrift van de overlijdensakte kost € 14,10.",
        termijn="Binnen 6 werkdagen na het overlijden vindt de begrafenis of crematie plaats.",
        fields=["Naam overledene", "Datum van overlijden", "Plaats van overlijden", "Naam uitvaartonderneming"]),
    "huwelijksaangifte": dict(
        titles=["Trouwen en geregistreerd partnerschap", "Melding voorgenomen huwelijk of partnerschap", "Ondertrouw"],
        theme="burgerzaken", act="melden", form="Melding voorgenomen huwelijk of partnerschap",
        intro="Wilt u trouwen of een geregistreerd partnerschap aangaan? Dan meldt u dit eerst bij de gemeente "
              "(vroeger heette dit ondertrouw). Dit doet u minimaal 2 weken en maximaal 1 jaar voor de datum "
              "waarop u wilt trouwen.",
        voorwaarden=["U bent allebei 18 jaar of ouder.",
                     "U bent niet al getrouwd of geregistreerd partner met iemand anders.",
                     "U heeft 2 tot 4 getuigen."],
        kosten="De melding is gratis. De kosten van de ceremonie vindt u in de tarievenlijst.",
        termijn="Meld uw voorgenomen huwelijk minimaal 2 weken voor de trouwdatum.",
        fields=["Gewenste trouwdatum", "Gegevens partner", "Gegevens getuigen", "Locatie"]),
    "paspoort": dict(
        titles=["Paspoort", "Paspoort aanvragen"],
        theme="burgerzaken", act="aanvragen", form="Paspoort aanvragen",
        intro="Een paspoort is een reisdocument en een geldig identiteitsbewijs. U vraagt uw paspoort aan bij "
              "de gemeente waar u woont. U moet hiervoor zelf naar het gemeentehuis komen, ook kinderen.",
        voorwaarden=["U heeft de Nederlandse nationaliteit.",
                     "U neemt een recente pasfoto mee die voldoet aan de eisen.",
                     "Voor kinderen onder de 18 jaar is toestemming van beide ouders nodig."],
        kosten="Paspoort 18 jaar en ouder: € 84,85. Jonger dan 18 jaar: € 64,30.",
        termijn="Uw paspoort is na 5 werkdagen klaar. U haalt het zelf op.",
        fields=[],
        en=("Passport", "A passport is a travel document and valid proof of identity. You apply for it in person at the town hall.")),
    "identiteitskaart": dict(
        titles=["Identiteitskaart", "ID-kaart aanvragen", "Identiteitskaart aanvragen"],
        theme="burgerzaken", act="aanvragen", form="Identiteitskaart aanvragen",
        intro="Met een Nederlandse identiteitskaart kunt u zich identificeren en reizen binnen Europa en naar "
              "een aantal andere landen. U vraagt de identiteitskaart persoonlijk aan bij de gemeente.",
        voorwaarden=["U heeft de Nederlandse nationaliteit.", "U komt zelf naar de balie en neemt een pasfoto mee."],
        kosten="Identiteitskaart 18 jaar en ouder: € 77,85. Jonger dan 18 jaar: € 43,40.",
        termijn="Binnen 5 werkdagen kunt u de kaart ophalen.",
        fields=[]),
    "parkeervergunning": dict(
        titles=["Parkeervergunning", "Parkeervergunning bewoners", "Parkeervergunning aanvragen"],
        theme="parkeren", act="aanvragen", form="Parkeervergunning aanvragen",
        intro="Woont u in een gebied met betaald parkeren of vergunninghoudersparkeren? Dan kunt u een "
              "parkeervergunning aanvragen. Met de vergunning parkeert u in uw eigen vergunninggebied.",
        voorwaarden=["U staat ingeschreven op een adres in het vergunninggebied.",
                     "De auto staat op uw naam of u gebruikt een lease- of bedrijfsauto.",
                     "Per adres geven wij maximaal 2 vergunningen uit."],
        kosten="Een bewonersvergunning kost € 98,50 per jaar. Een tweede vergunning kost € 196,- per jaar.",
        termijn="De vergunning is direct geldig na betaling.",
        fields=["Kenteken", "Vergunninggebied", "Ingangsdatum"]),
    "gehandicaptenparkeerkaart": dict(
        titles=["Gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart aanvragen", "Parkeren met een beperking"],
        theme="parkeren", act="aanvragen", form="Aanvraag gehandicaptenparkeerkaart",
        intro="Kunt u door een ziekte of handicap niet ver lopen? Dan kunt u een gehandicaptenparkeerkaart "
              "aanvragen. Met de kaart mag u onder andere parkeren op een algemene gehandicaptenparkeerplaats.",
        voorwaarden=["U kunt niet meer dan 100 meter lopen, ook niet met hulpmiddelen.",
                     "Uw beperking duurt minimaal 6 maanden.",
                     "Een onafhankelijk arts kan u medisch keuren."],
        kosten="De kaart kost € 167,- inclusief medische keuring.",
        termijn="Wij beslissen binnen 8 weken.",
        fields=["Soort kaart (bestuurder/passagier)", "Naam behandelend arts", "Loopafstand", "Pasfoto (upload)"]),
    "gehandicaptenparkeerplaats": dict(
        titles=["Gehandicaptenparkeerplaats", "Gehandicaptenparkeerplaats op kenteken", "Gehandicaptenparkeerplaats aanvragen"],
        theme="parkeren", act="aanvragen", form="Aanvraag gehandicaptenparkeerplaats",
        intro="Heeft u een gehandicaptenparkeerkaart en kunt u niet in de buurt van uw woning parkeren? Dan "
              "kunt u een parkeerplaats bij uw huis aanvragen die alleen voor uw auto (kenteken) bedoeld is.",
        voorwaarden=["U heeft een geldige gehandicaptenparkeerkaart voor bestuurders.",
                     "U heeft geen eigen parkeerplaats of oprit.",
                     "Er is voldoende ruimte op straat."],
        kosten="Aan de aanvraag zijn geen kosten verbonden.",
        termijn="Wij beslissen binnen 8 weken. Daarna volgt een verkeersbesluit.",
        fields=["Kenteken", "Adres", "Nummer gehandicaptenparkeerkaart"]),
    "hondenbelasting": dict(
        titles=["Hondenbelasting", "Hond aan- of afmelden", "Hond"],
        theme="belastingen", act="aan- of afmelden", form="Hond aan- of afmelden",
        intro="Heeft u een hond? Dan betaalt u hondenbelasting. Heeft u een nieuwe hond, of heeft u geen hond "
              "meer? Meld dit dan binnen 14 dagen.",
        voorwaarden=["U meldt iedere hond aan die ouder is dan 3 maanden.",
                     "Een hond die overlijdt of wegloopt meldt u af."],
        kosten="Voor de eerste hond betaalt u € 72,- per jaar (tarief {y}).",
        termijn="U krijgt binnen 4 weken een (gewijzigde) aanslag.",
        fields=["Aantal honden", "Datum aanschaf of afmelding", "Reden afmelding"]),
    "belastingkwijtschelding": dict(
        titles=["Kwijtschelding gemeentelijke belastingen", "Kwijtschelding aanvragen", "Kwijtschelding belastingen"],
        theme="belastingen", act="aanvragen", form="Verzoek om kwijtschelding",
        intro="Heeft u een laag inkomen en weinig vermogen? Dan kunt u misschien kwijtschelding krijgen voor een "
              "deel van de gemeentelijke belastingen, zoals de afvalstoffenheffing en de rioolheffing.",
        voorwaarden=["Uw inkomen is niet hoger dan de bijstandsnorm.",
                     "U heeft geen auto met een waarde boven € 3.350,-.",
                     "U vraagt kwijtschelding aan binnen 3 maanden na de datum op het aanslagbiljet."],
        kosten="Het aanvragen van kwijtschelding is gratis.",
        termijn="U krijgt binnen 8 weken een beslissing.",
        fields=["Aanslagnummer", "Inkomen per maand", "Vaste lasten", "Bankafschriften (upload)"]),
    "woz-bezwaar": dict(
        titles=["WOZ-waarde", "Bezwaar maken tegen de WOZ-waarde", "Bezwaar WOZ-beschikking"],
        theme="belastingen", act="indienen", form="Bezwaar WOZ-beschikking",
        intro="Bent u het niet eens met de WOZ-waarde van uw woning of bedrijfspand? Dan kunt u bezwaar maken "
              "binnen 6 weken na de dagtekening van de WOZ-beschikking. Neem gerust eerst contact met ons op: "
              "vaak kunnen we samen bekijken of de waarde klopt.",
        voorwaarden=["U bent eigenaar of gebruiker van het pand.",
                     "U maakt bezwaar binnen 6 weken na de datum op het aanslagbiljet."],
        kosten="Bezwaar maken is gratis.",
        termijn="U krijgt binnen 6 weken een uitspraak. Dit kan eenmalig met 6 weken worden verlengd.",
        fields=["Aanslagnummer", "Adres van het object", "Waarde volgens u", "Reden van bezwaar"]),
    "belastingaanslag-bezwaar": dict(
        titles=["Bezwaar tegen aanslag gemeentelijke belastingen", "Bezwaar belastingaanslag", "Bezwaar maken tegen uw aanslag"],
        theme="belastingen", act="indienen", form="Bezwaar belastingaanslag",
        intro="Bent u het niet eens met uw aanslag gemeentelijke belastingen, bijvoorbeeld omdat het aantal "
              "personen voor de afvalstoffenheffing niet klopt? Dan kunt u bezwaar maken binnen 6 weken na de "
              "dagtekening van de aanslag.",
        voorwaarden=["U maakt bezwaar binnen 6 weken.", "U vermeldt het aanslagnummer en de reden van bezwaar."],
        kosten="Bezwaar maken is gratis.",
        termijn="U ontvangt binnen 6 weken een uitspraak op bezwaar.",
        fields=["Aanslagnummer", "Belastingsoort", "Reden van bezwaar"]),
    "betalingsregeling": dict(
        titles=["Betalingsregeling", "Betalingsregeling belastingen", "Gespreid betalen"],
        theme="belastingen", act="aanvragen", form="Betalingsregeling aanvragen",
        intro="Kunt u de aanslag gemeentelijke belastingen niet in één keer betalen? Dan kunt u een "
              "betalingsregeling aanvragen. Met automatische incasso betaalt u standaard in 10 termijnen.",
        voorwaarden=["U vraagt de regeling aan vóór de vervaldatum van de aanslag.",
                     "U heeft geen achterstand van eerdere aanslagen."],
        kosten="Een betalingsregeling is gratis.",
        termijn="U krijgt binnen 2 weken bericht.",
        fields=["Aanslagnummer", "Gewenst aantal termijnen", "IBAN"]),
    "reclamebelasting": dict(
        titles=["Reclamebelasting", "Reclame", "Reclame-uiting plaatsen"],
        theme="ondernemen", act="aanvragen", form="Reclame-uiting melden",
        intro="Heeft u als ondernemer reclame aan de gevel, een uithangbord of een reclamezuil? In een aantal "
              "gebieden betaalt u daarvoor reclamebelasting. De opbrengst gaat naar het ondernemersfonds.",
        voorwaarden=["De reclame is zichtbaar vanaf de openbare weg.",
                     "U volgt de regels voor reclame uit de APV en het omgevingsplan."],
        kosten="Het tarief hangt af van de oppervlakte van de reclame-uiting.",
        termijn="De aanslag volgt automatisch.",
        fields=["Naam bedrijf", "KvK-nummer", "Afmetingen reclame"]),
    "bijstand": dict(
        titles=["Bijstandsuitkering", "Bijstand aanvragen", "Uitkering aanvragen"],
        theme="inkomen", act="aanvragen", form="Aanvraag bijstandsuitkering",
        intro="Heeft u geen of te weinig inkomen om van te leven? En kunt u geen andere uitkering krijgen? Dan "
              "kunt u misschien een bijstandsuitkering aanvragen. Wij kijken ook samen met u naar werk.",
        voorwaarden=["U bent 18 jaar of ouder en woont in de gemeente {gem}.",
                     "Uw inkomen en vermogen zijn lager dan de bijstandsnorm.",
                     "U zoekt actief naar werk."],
        kosten="Aanvragen is gratis.",
        termijn="U krijgt binnen 8 weken een besluit.",
        fields=["Gegevens partner", "Inkomsten", "Vermogen", "Woonsituatie"]),
    "bijzondere-bijstand": dict(
        titles=["Bijzondere bijstand", "Bijzondere bijstand aanvragen", "Vergoeding voor extra kosten"],
        theme="inkomen", act="aanvragen", form="Aanvraag bijzondere bijstand",
        intro="Heeft u onverwachte of noodzakelijke kosten die u niet zelf kunt betalen, bijvoorbeeld voor een "
              "bril, bewindvoering of een wasmachine? Dan kunt u misschien bijzondere bijstand krijgen.",
        voorwaarden=["U heeft een laag inkomen.", "De kosten zijn noodzakelijk en worden niet door een andere regeling vergoed.",
                     "U vraagt de bijstand aan voordat u de kosten maakt."],
        kosten="Aanvragen is gratis.",
        termijn="Binnen 8 weken krijgt u een besluit.",
        fields=["Soort kosten", "Bedrag", "Offerte of nota (upload)"]),
    "wmo-voorziening": dict(
        titles=["Wmo: hulp en ondersteuning", "Hulp bij het huishouden en andere Wmo-voorzieningen", "Wmo-melding doen"],
        theme="zorg", act="melden", form="Melding Wmo",
        intro="Heeft u hulp nodig om zelfstandig te blijven wonen of mee te doen in de samenleving? "
              "Bijvoorbeeld hulp bij het huishouden, een scootmobiel of een woningaanpassing? Dan kunt u een "
              "melding doen bij het Wmo-loket. Een consulent neemt daarna contact met u op voor een gesprek.",
        voorwaarden=["U woont in de gemeente {gem}.", "U kunt het niet zelf of met hulp van uw omgeving oplossen."],
        kosten="Voor de meeste voorzieningen betaalt u een eigen bijdrage van maximaal € 21,80 per maand.",
        termijn="Binnen 6 weken na uw melding vindt het gesprek en het onderzoek plaats.",
        fields=["Waarvoor heeft u hulp nodig?", "Telefoonnummer", "Wie mag er bij het gesprek zijn?"]),
    "leerlingenvervoer": dict(
        titles=["Leerlingenvervoer", "Aanvragen leerlingenvervoer", "Vervoer naar school"],
        theme="zorg", act="aanvragen", form="Aanvraag leerlingenvervoer",
        intro="Gaat uw kind naar het (speciaal) basisonderwijs of speciaal onderwijs en is de school ver weg? "
              "Of kan uw kind door een beperking niet zelfstandig reizen? Dan kunt u een vergoeding of vervoer "
              "aanvragen.",
        voorwaarden=["De afstand tussen huis en school is meer dan 6 kilometer.",
                     "Het gaat om de dichtstbijzijnde toegankelijke school."],
        kosten="Afhankelijk van uw inkomen betaalt u een eigen bijdrage.",
        termijn="Vraag het vervoer vóór 1 mei aan voor het nieuwe schooljaar.",
        fields=["Naam kind", "School", "Soort vervoer", "Schooljaar"]),
    "grofvuil": dict(
        titles=["Grofvuil", "Grofvuil laten ophalen", "Grof huishoudelijk afval"],
        theme="afval", act="aanmelden", form="Grofvuil ophalen",
        intro="Grof huishoudelijk afval, zoals meubels, matrassen en tapijt, past niet in de container. U kunt "
              "het zelf naar de milieustraat brengen of thuis laten ophalen.",
        voorwaarden=["U biedt maximaal 2 m³ per keer aan.", "Zet het afval op de ophaaldag vóór 7.30 uur buiten."],
        kosten="Ophalen kost € 25,- per keer. Wegbrengen naar de milieustraat is gratis tot 1 m³.",
        termijn="Wij halen het grofvuil binnen 2 weken op.",
        fields=["Postcode", "Huisnummer", "Welke spullen?", "Gewenste ophaaldatum"],
        en=("Bulky waste", "Bulky household waste such as furniture and mattresses can be collected at your home.")),
    "afvalcontainer": dict(
        titles=["Afvalcontainer", "Minicontainer aanvragen, ruilen of wijzigen", "Containers"],
        theme="afval", act="aanvragen", form="Container aanvragen of wijzigen",
        intro="Heeft u een nieuwe container nodig, is uw container kapot of gestolen, of wilt u een kleinere of "
              "grotere container? Dat kunt u bij ons aanvragen.",
        voorwaarden=["U woont in een woning met een eigen container (laagbouw)."],
        kosten="Een nieuwe container na diefstal of vermissing is gratis. Wisselen van formaat kost € 27,50.",
        termijn="Binnen 10 werkdagen wordt de container geleverd.",
        fields=["Postcode", "Huisnummer", "Soort container", "Reden"]),
    "melding-openbare-ruimte": dict(
        titles=["Melding openbare ruimte", "Melding doen", "Meld een probleem in de buitenruimte"],
        theme="melden", act="melden", form="Melding openbare ruimte",
        intro="Ziet u een losse stoeptegel, een kapotte lantaarnpaal, zwerfafval of een volle prullenbak? "
              "Meld het ons. Zo houden we samen de buurt schoon, heel en veilig.",
        voorwaarden=["Heeft u een spoedeisende melding buiten kantoortijd? Bel dan het storingsnummer."],
        kosten="Een melding doen is gratis.",
        termijn="Wij handelen de meeste meldingen binnen 5 werkdagen af.",
        fields=["Wat wilt u melden?", "Locatie", "Omschrijving", "Foto (optioneel)", "E-mailadres"]),
    "omgevingsvergunning": dict(
        titles=["Omgevingsvergunning", "Vergunning voor bouwen en verbouwen", "Bouwen en verbouwen"],
        theme="bouwen", act="aanvragen", form="Omgevingsvergunning aanvragen",
        intro="Wilt u bouwen, verbouwen of iets aan uw huis veranderen? Voor veel bouwactiviteiten heeft u een "
              "omgevingsvergunning nodig. Soms is een melding genoeg, en soms is het vergunningvrij.",
        voorwaarden=["Uw plan past in het omgevingsplan, of u vraagt een afwijking aan.",
                     "U levert alle gegevens en tekeningen aan."],
        kosten="De leges hangen af van de bouwkosten. Zie de legestabel.",
        termijn="Wij beslissen binnen 8 weken (reguliere procedure).",
        fields=[]),
    "kapvergunning": dict(
        titles=["Kapvergunning", "Boom kappen", "Omgevingsvergunning voor het kappen van een boom"],
        theme="bouwen", act="aanvragen", form="Kapvergunning aanvragen",
        intro="Wilt u een boom kappen? Voor bomen die op de bomenlijst staan of die een bepaalde stamomvang "
              "hebben, heeft u een vergunning nodig. Kijk eerst of dat voor uw boom geldt.",
        voorwaarden=["De boom heeft een stamomtrek van meer dan 90 cm op 1,30 meter hoogte, of staat op de lijst met waardevolle bomen.",
                     "Vaak moet u een nieuwe boom terugplanten."],
        kosten="De leges bedragen € 82,50 per aanvraag.",
        termijn="Wij beslissen binnen 8 weken.",
        fields=["Aantal bomen", "Soort boom", "Reden van kappen", "Situatietekening (upload)"]),
    "bouwdossier-inzage": dict(
        titles=["Bouwdossier inzien", "Bouwtekeningen opvragen", "Archief: bouwtekeningen en vergunningen"],
        theme="bouwen", act="opvragen", form="Bouwdossier opvragen",
        intro="Wilt u de bouwtekeningen of oude vergunningen van uw huis of een ander pand inzien? Die bewaren "
              "wij in het bouwarchief. U kunt een bouwdossier opvragen en digitaal of in de studiezaal bekijken.",
        voorwaarden=["Vermeld het adres en, als u dat weet, het bouwjaar.",
                     "Sommige tekeningen mogen om veiligheidsredenen niet worden verstrekt."],
        kosten="Digitaal inzien is gratis. Een kopie op papier kost € 3,50 per tekening.",
        termijn="U ontvangt het dossier binnen 10 werkdagen.",
        fields=["Adres van het pand", "Bouwjaar (indien bekend)", "Wat zoekt u?", "E-mailadres"]),
    "bezwaar": dict(
        titles=["Bezwaar maken", "Bezwaar maken tegen een besluit", "Bezwaar en beroep"],
        theme="melden", act="indienen", form="Bezwaarschrift indienen",
        intro="Bent u het niet eens met een besluit van de gemeente? Dan kunt u bezwaar maken. U doet dat binnen "
              "6 weken na de datum van het besluit. De bezwaarcommissie adviseert het college daarna.",
        voorwaarden=["U bent belanghebbende bij het besluit.",
                     "Uw bezwaarschrift bevat uw naam en adres, de datum, een omschrijving van het besluit, de reden van bezwaar en uw handtekening."],
        kosten="Bezwaar maken is gratis.",
        termijn="Wij beslissen binnen 12 weken na afloop van de bezwaartermijn.",
        fields=["Datum en kenmerk van het besluit", "Reden van bezwaar", "Bijlagen (upload)"]),
    "klacht": dict(
        titles=["Klacht indienen", "Klacht over de gemeente", "Klachten"],
        theme="melden", act="indienen", form="Klachtenformulier",
        intro="Bent u niet tevreden over hoe een medewerker of bestuurder van de gemeente u heeft behandeld? "
              "Dan kunt u een klacht indienen. Wij nemen binnen 5 werkdagen contact met u op.",
        voorwaarden=["De klacht gaat over een gedraging, niet over een besluit.",
                     "U dient de klacht in binnen een jaar na het voorval."],
        kosten="Een klacht indienen is gratis.",
        termijn="Wij handelen uw klacht binnen 6 weken af.",
        fields=["Over wie of wat gaat uw klacht?", "Datum van het voorval", "Omschrijving", "Telefoonnummer"]),
    "woo-verzoek": dict(
        titles=["Woo-verzoek", "Informatie opvragen (Woo-verzoek)", "Wet open overheid (Woo)"],
        theme="melden", act="indienen", form="Woo-verzoek indienen",
        intro="Wilt u informatie van de gemeente inzien die nog niet openbaar is? Dan kunt u een verzoek doen op "
              "grond van de Wet open overheid (Woo). Geef zo precies mogelijk aan over welk onderwerp u "
              "informatie wilt.",
        voorwaarden=["Iedereen kan een Woo-verzoek indienen.", "U hoeft niet te zeggen waarom u de informatie wilt."],
        kosten="Een Woo-verzoek is gratis.",
        termijn="Wij beslissen binnen 4 weken. Dit kan met 2 weken worden verlengd.",
        fields=["Onderwerp", "Periode", "Omschrijving van de gevraagde informatie", "E-mailadres"]),
    "subsidie": dict(
        titles=["Subsidie", "Subsidie aanvragen", "Subsidies"],
        theme="subsidie", act="aanvragen", form="Subsidieaanvraag",
        intro="De gemeente {gem} geeft subsidie aan verenigingen, stichtingen en initiatieven die bijdragen aan "
              "een sterke samenleving, bijvoorbeeld op het gebied van sport, cultuur en welzijn.",
        voorwaarden=["Uw activiteit past binnen de subsidieregeling.",
                     "U vraagt jaarsubsidie aan vóór 1 oktober van het jaar ervoor.",
                     "Eenmalige subsidie vraagt u minimaal 8 weken voor de activiteit aan."],
        kosten="Aan de aanvraag zijn geen kosten verbonden.",
        termijn="Wij beslissen binnen 8 tot 13 weken.",
        fields=["Naam organisatie", "Activiteit", "Begroting (upload)", "Gevraagd bedrag"]),
    "evenementenvergunning": dict(
        titles=["Evenementenvergunning", "Evenement organiseren", "Evenementenvergunning aanvragen"],
        theme="ondernemen", act="aanvragen", form="Aanvraag evenementenvergunning",
        intro="Organiseert u een evenement, zoals een braderie, festival, sportwedstrijd of straatfeest? Dan "
              "heeft u meestal een evenementenvergunning nodig. Voor een klein evenement is soms een melding genoeg.",
        voorwaarden=["Vraag de vergunning minimaal 8 weken van tevoren aan, voor grote evenementen 12 weken.",
                     "U levert een situatietekening en een veiligheidsplan aan."],
        kosten="Klein evenement: € 56,-. Groot evenement: € 420,- (legestabel {y}).",
        termijn="Wij beslissen binnen 8 weken.",
        fields=["Naam evenement", "Datum en tijden", "Locatie", "Verwacht aantal bezoekers", "Situatietekening (upload)"]),
    "exploitatievergunning-horeca": dict(
        titles=["Exploitatievergunning", "Exploitatievergunning horeca", "Horecavergunning"],
        theme="ondernemen", act="aanvragen", form="Aanvraag exploitatievergunning",
        intro="Wilt u een horecabedrijf beginnen of overnemen, zoals een café, restaurant of cafetaria? Dan "
              "heeft u een exploitatievergunning nodig. Wij voeren daarbij een Bibob-onderzoek uit.",
        voorwaarden=["U en uw leidinggevenden hebben een goed levensgedrag.",
                     "De inrichting voldoet aan het omgevingsplan."],
        kosten="€ 327,- voor een nieuwe vergunning.",
        termijn="Wij beslissen binnen 8 weken.",
        fields=["Naam bedrijf", "KvK-nummer", "Adres inrichting", "Leidinggevenden", "Bibob-vragenlijst (upload)"]),
    "alcoholvergunning": dict(
        titles=["Alcoholvergunning", "Drank- en horecavergunning", "Vergunning Alcoholwet"],
        theme="ondernemen", act="aanvragen", form="Aanvraag alcoholvergunning",
        intro="Schenkt of verkoopt u alcohol in uw horecazaak, slijterij of sportkantine? Dan heeft u een "
              "alcoholvergunning nodig (vroeger: drank- en horecavergunning).",
        voorwaarden=["Leidinggevenden zijn 21 jaar of ouder en hebben een Verklaring Sociale Hygiëne.",
                     "De ruimte voldoet aan de inrichtingseisen van de Alcoholwet."],
        kosten="€ 386,- voor een nieuwe vergunning.",
        termijn="Wij beslissen binnen 8 weken.",
        fields=["Naam bedrijf", "KvK-nummer", "Leidinggevenden", "Verklaring Sociale Hygiëne (upload)", "Plattegrond (upload)"]),
    "terrasvergunning": dict(
        titles=["Terrasvergunning", "Terras", "Terras plaatsen"],
        theme="ondernemen", act="aanvragen", form="Aanvraag terrasvergunning",
        intro="Wilt u als horecaondernemer een terras plaatsen op de stoep of op het plein? Dan heeft u een "
              "terrasvergunning nodig.",
        voorwaarden=["Er blijft minimaal 1,5 meter vrije doorgang voor voetgangers.",
                     "Het terras sluit op dezelfde tijd als uw horecazaak."],
        kosten="Leges € 145,-. Daarnaast betaalt u precario per m².",
        termijn="Wij beslissen binnen 8 weken.",
        fields=["Naam bedrijf", "Afmetingen terras", "Tekening (upload)"]),
    "standplaatsvergunning": dict(
        titles=["Standplaatsvergunning", "Standplaats", "Standplaats innemen"],
        theme="ondernemen", act="aanvragen", form="Aanvraag standplaatsvergunning",
        intro="Wilt u buiten de weekmarkt met een kraam, viswagen of foodtruck op een vaste plek in de gemeente "
              "staan? Dan heeft u een standplaatsvergunning nodig.",
        voorwaarden=["Er is plaats op een van de aangewezen standplaatslocaties.",
                     "U bent ingeschreven bij de Kamer van Koophandel."],
        kosten="€ 96,- per aanvraag, plus een vergoeding per dag.",
        termijn="Wij beslissen binnen 8 weken.",
        fields=["Naam bedrijf", "KvK-nummer", "Gewenste locatie", "Dagen", "Soort waren"]),
    "marktvergunning": dict(
        titles=["Markt", "Marktvergunning", "Weekmarkt: standplaats op de markt"],
        theme="ondernemen", act="aanvragen", form="Aanvraag marktplaats",
        intro="Wilt u met een kraam op de weekmarkt staan? Dan heeft u een marktvergunning (vaste plaats) nodig. "
              "Voor een losse dag kunt u zich bij de marktmeester melden als dagplaatser.",
        voorwaarden=["Er is een plaats vrij in uw branche.", "U heeft een KvK-inschrijving."],
        kosten="Marktgeld wordt per strekkende meter berekend.",
        termijn="U staat op de wachtlijst tot er een plaats vrijkomt.",
        fields=["Naam", "KvK-nummer", "Branche", "Aantal meters"]),
    "geluidsontheffing": dict(
        titles=["Geluidsontheffing", "Ontheffing geluid", "Ontheffing geluidhinder"],
        theme="ondernemen", act="aanvragen", form="Aanvraag ontheffing geluid",
        intro="Organiseert u een activiteit waarbij u meer geluid maakt dan is toegestaan, bijvoorbeeld live "
              "muziek in de buitenlucht of werkzaamheden 's nachts? Dan heeft u een ontheffing nodig.",
        voorwaarden=["Vraag de ontheffing minimaal 4 weken van tevoren aan.", "Omwonenden worden vooraf geïnformeerd."],
        kosten="€ 68,- per ontheffing.",
        termijn="Wij beslissen binnen 4 weken.",
        fields=["Activiteit", "Datum en tijden", "Locatie", "Geluidsbron"]),
    "winkeltijdenontheffing": dict(
        titles=["Winkeltijden", "Ontheffing winkeltijden", "Koopzondagen"],
        theme="ondernemen", act="aanvragen", form="Ontheffing winkeltijden",
        intro="Winkels mogen volgens de Winkeltijdenwet op zon- en feestdagen en 's nachts niet open, tenzij "
              "de gemeente dat toestaat. Voor bijzondere situaties kunt u een ontheffing aanvragen.",
        voorwaarden=["U heeft een winkel in de gemeente.", "Vraag de ontheffing minimaal 4 weken van tevoren aan."],
        kosten="€ 55,- per ontheffing.",
        termijn="Wij beslissen binnen 4 weken.",
        fields=["Naam winkel", "Datum", "Reden"]),
    "kansspelautomaatvergunning": dict(
        titles=["Aanwezigheidsvergunning speelautomaten", "Kansspelautomaten", "Speelautomaten in de horeca"],
        theme="ondernemen", act="aanvragen", form="Aanvraag aanwezigheidsvergunning kansspelautomaten",
        intro="Wilt u in uw café of restaurant een of twee kansspelautomaten plaatsen? Dan heeft u een "
              "aanwezigheidsvergunning nodig van de gemeente.",
        voorwaarden=["U heeft een alcoholvergunning voor een horecalokaliteit.", "Maximaal 2 automaten per zaak."],
        kosten="€ 56,50 per kansspelautomaat per jaar.",
        termijn="Wij beslissen binnen 8 weken.",
        fields=["Naam bedrijf", "Aantal automaten", "Exploitant automaten"]),
    "collectevergunning": dict(
        titles=["Collecte", "Collectevergunning", "Geld of goederen inzamelen"],
        theme="ondernemen", act="aanvragen", form="Aanvraag collectevergunning",
        intro="Wilt u met uw organisatie huis-aan-huis of op straat geld of goederen inzamelen voor een goed "
              "doel? Dan heeft u een collectevergunning nodig. Landelijke fondsen volgen het collecterooster van het CBF.",
        voorwaarden=["Uw organisatie heeft een goed doel.", "Vraag de vergunning minimaal 6 weken van tevoren aan."],
        kosten="Aan de vergunning zijn geen kosten verbonden.",
        termijn="Wij beslissen binnen 4 weken.",
        fields=["Naam organisatie", "Doel", "Periode", "Wijken"]),
    "ligplaatsvergunning": dict(
        titles=["Ligplaatsvergunning", "Woonboot of ligplaats", "Ligplaats voor uw boot"],
        theme="ondernemen", act="aanvragen", form="Aanvraag ligplaatsvergunning",
        intro="Wilt u een boot, woonboot of ander vaartuig langere tijd laten liggen in openbaar water of in "
              "de gemeentelijke haven? Dan heeft u een ligplaatsvergunning nodig.",
        voorwaarden=["Er is een ligplaats vrij.", "Het vaartuig is in goede staat en verzekerd."],
        kosten="Havengeld per meter per jaar volgens de tarieventabel.",
        termijn="Wij beslissen binnen 8 weken.",
        fields=["Naam vaartuig", "Lengte", "Gewenste periode"]),
    "uitwegvergunning": dict(
        titles=["Uitrit aanleggen", "Uitwegvergunning", "Inrit of uitrit aanleggen of wijzigen"],
        theme="parkeren", act="aanvragen", form="Aanvraag uitwegvergunning",
        intro="Wilt u een nieuwe in- of uitrit aanleggen of een bestaande verbreden, bijvoorbeeld om op eigen "
              "terrein te parkeren? Dan heeft u een uitwegvergunning nodig.",
        voorwaarden=["De uitrit leidt niet tot een onveilige verkeerssituatie.",
                     "Er gaat geen openbare parkeerplaats of boom verloren."],
        kosten="Leges € 118,-. De aanleg door de gemeente betaalt u apart.",
        termijn="Wij beslissen binnen 8 weken.",
        fields=["Adres", "Breedte uitrit", "Situatietekening (upload)"]),
}

THEMES = {
    "burgerzaken": ["Burgerzaken", "Paspoort, rijbewijs en verhuizen", "Documenten en burgerzaken"],
    "parkeren": ["Parkeren en verkeer", "Verkeer en parkeren", "Parkeren"],
    "belastingen": ["Belastingen", "Belastingen en WOZ", "Gemeentelijke belastingen"],
    "inkomen": ["Werk en inkomen", "Geldzaken en inkomen", "Inkomen en schulden"],
    "zorg": ["Zorg en ondersteuning", "Zorg en welzijn", "Hulp en zorg"],
    "afval": ["Afval", "Afval en milieu", "Afval en grondstoffen"],
    "melden": ["Melden, bezwaar en klachten", "Melding, klacht of bezwaar", "Meldingen en klachten"],
    "bouwen": ["Wonen en bouwen", "Bouwen en verbouwen", "Wonen, bouwen en verbouwen"],
    "ondernemen": ["Vergunningen voor ondernemers", "Ondernemen", "Evenementen en vergunningen"],
    "subsidie": ["Subsidies", "Subsidies en regelingen", "Subsidie"],
}
THEME_ORDER = ["burgerzaken", "parkeren", "belastingen", "inkomen", "zorg", "afval", "melden", "bouwen",
               "subsidie", "ondernemen"]


def slugify(text):
    t = text.lower()
    for a, b in (("ë", "e"), ("é", "e"), ("ï", "i"), ("ö", "o"), ("ü", "u"), ("€", ""), ("&", "en")):
        t = t.replace(a, b)
    out = []
    for ch in t:
        if ch.isalnum():
            out.append(ch)
        else:
            out.append("-")
    s = "".join(out)
    while "--" in s:
        s = s.replace("--", "-")
    return s.strip("-")


def underscore(text):
    t = text
    for a, b in (("ë", "e"), ("é", "e"), ("ï", "i"), ("ö", "o"), ("ü", "u"), ("(", ""), (")", ""),
                 (":", ""), (",", ""), ("/", " "), ("-", " "), ("&", "en")):
        t = t.replace(a, b)
    return "_".join(w for w in t.split() if w)


def cap(s):
    return s if s.startswith("eH") else s[:1].upper() + s[1:]


def load_products():
    rows = []
    with open(PRODUCTS_CSV, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append({k: r[k] for k in ("product_key", "name_nl", "org_types", "audience", "offered_by")})
    return rows


# ---------------------------------------------------------------------------------------
# Small HTML helpers
# ---------------------------------------------------------------------------------------

def simple_page(title, body, css="", lang="nl", head=""):
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{E(title)}</title>\n{head}<style>{css}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n')


def uid(*parts):
    import hashlib
    h = hashlib.sha1("|".join(parts).encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def num(*parts, lo=100, hi=999):
    import hashlib
    h = int(hashlib.sha1("|".join(parts).encode()).hexdigest()[:8], 16)
    return lo + h % (hi - lo + 1)


DIGID_IDP = "http://digid.test/saml/idp/request_authentication"
BROKERS = {
    "signicat": ("broker.signicat.test", "/broker/select", "Signicat"),
    "kpn": ("eherkenning.kpn.test", "/makelaar/kies-leverancier", "KPN"),
}


def digid_location(sp):
    return f"{DIGID_IDP}?SAMLRequest={uid('req', sp)[:18]}&RelayState={sp}"


def eh_location(broker, sp):
    host, path, _ = BROKERS[broker]
    return f"http://{host}{path}?entityID=urn:nl:eherkenning:{sp}&ServiceID=urn:etoegang:DV:{uid(sp)[:8]}"


def login_start(web, url, auth, broker, sp):
    """Register a login start URL that redirects to the identity provider."""
    if auth == "digid":
        web.redirect(url, digid_location(sp))
    else:
        web.redirect(url, eh_location(broker, sp))
    return url


def fields_html(fields, style, with_contact=True):
    allf = list(fields)
    if with_contact:
        allf = ["Naam", "Adres", "E-mailadres"] + [f for f in allf if f not in ("Naam", "Adres", "E-mailadres")]
    parts = []
    for i, f in enumerate(allf):
        fid = f"veld_{i + 1}"
        req = not f.endswith("(optioneel)")
        star = ' <span class="gfield_required">*</span>' if (req and style == "gf") else (" *" if req else "")
        if "upload" in f:
            inp = f'<input type="file" id="{fid}" name="{fid}">'
        elif f.startswith(("Omschrijving", "Reden", "Wat ", "Waarvoor", "Over wie", "Omschrijving")):
            inp = f'<textarea id="{fid}" name="{fid}" rows="4"></textarea>'
        elif f.startswith("Soort"):
            inp = (f'<select id="{fid}" name="{fid}"><option value="">Maak een keuze</option>'
                   f'<option>Optie 1</option><option>Optie 2</option></select>')
        else:
            inp = f'<input type="text" id="{fid}" name="{fid}"{" required" if req else ""}>'
        if style == "gf":
            parts.append(f'<li class="gfield"><label class="gfield_label" for="{fid}">{E(f)}{star}</label>'
                         f'<div class="ginput_container">{inp}</div></li>')
        elif style == "table":
            parts.append(f'<tr><td><label for="{fid}">{E(f)}{star}</label></td><td>{inp}</td></tr>')
        else:
            parts.append(f'<div class="form-row"><label for="{fid}">{E(f)}{star}</label>{inp}</div>')
    if style == "gf":
        return '<ul class="gform_fields">' + "".join(parts) + "</ul>"
    if style == "table":
        return '<table class="formtable">' + "".join(parts) + "</table>"
    return "".join(parts)


def thanks(title="Bedankt"):
    return simple_page(title, "<main><h1>Bedankt</h1><p>Wij hebben uw gegevens ontvangen.</p></main>", NATIONAL_CSS)


# ---------------------------------------------------------------------------------------
# Identity providers, national portals and shared services
# ---------------------------------------------------------------------------------------

NATIONAL_CSS = "body{font-family:Arial,sans-serif;margin:0}header{background:#154273;color:#fff;padding:12px 24px}main{padding:24px;max-width:860px}a.knop,button{background:#154273;color:#fff;padding:8px 14px;border:0;text-decoration:none;display:inline-block}"


def build_idps(web):
    web.put("http://digid.test/", simple_page("DigiD | Uw digitale identiteit", (
        '<header><img src="/img/digid.svg" alt="DigiD logo"> DigiD</header><main>'
        "<h1>DigiD: de sleutel tot de digitale overheid</h1>"
        "<p>Met DigiD logt u veilig in bij de overheid, het onderwijs, de zorg en pensioenfondsen. "
        "Gebruik bij voorkeur de DigiD app.</p>"
        '<ul><li><a href="http://digid.test/aanvragen">DigiD aanvragen</a></li>'
        '<li><a href="http://machtigen.digid.test/">DigiD Machtigen</a></li></ul></main>'), NATIONAL_CSS))
    web.put("http://digid.test/aanvragen", simple_page("DigiD aanvragen", (
        "<main><h1>DigiD aanvragen</h1><p>Vraag uw DigiD aan met uw burgerservicenummer, postcode en "
        "huisnummer. U krijgt binnen 3 werkdagen een activeringscode per post.</p></main>"), NATIONAL_CSS))
    web.put("http://digid.test/img/digid.svg", DIGID_SVG)
    web.put("http://digid.test/saml/idp/request_authentication", simple_page("Inloggen | DigiD", (
        '<header><img src="/img/digid.svg" alt="DigiD"> Inloggen bij DigiD</header><main>'
        "<h1>Kies hoe u wilt inloggen</h1>"
        '<p><a class="knop" href="http://digid.test/saml/idp/app">Met de DigiD app</a></p>'
        '<form method="post" action="http://digid.test/saml/idp/request_authentication">'
        '<label>DigiD gebruikersnaam <input name="username"></label><br>'
        '<label>Wachtwoord <input name="password" type="password"></label><br>'
        '<button type="submit">Inloggen</button></form>'
        '<p><a href="http://digid.test/">Annuleren</a></p></main>'), NATIONAL_CSS))
    web.put("http://digid.test/saml/idp/app", simple_page("Inloggen met de DigiD app", (
        "<main><h1>Inloggen met de DigiD app</h1><p>Open de DigiD app op uw telefoon en scan de QR-code.</p></main>"),
        NATIONAL_CSS))
    web.put("http://machtigen.digid.test/", simple_page("DigiD Machtigen", (
        "<main><h1>DigiD Machtigen</h1><p>Met DigiD Machtigen geeft u iemand anders toestemming om namens u "
        "zaken te regelen bij de overheid. U logt hiervoor in met uw eigen DigiD.</p>"
        '<p><a class="knop" href="http://digid.test/saml/idp/request_authentication">Machtiging regelen</a></p></main>'),
        NATIONAL_CSS))
    for name, (host, path, label) in sorted(BROKERS.items()):
        web.put(f"http://{host}{path}", simple_page(f"eHerkenning | {label}", (
            f"<main><h1>Inloggen met eHerkenning</h1><p>Selecteer de leverancier van uw eHerkenningsmiddel.</p>"
            "<ul><li><a href=\"#\">KPN</a></li><li><a href=\"#\">Signicat</a></li><li><a href=\"#\">ZL Tech</a></li>"
            "<li><a href=\"#\">Digidentity</a></li></ul>"
            "<p>Betrouwbaarheidsniveau: EH2+ (substantieel)</p></main>"), NATIONAL_CSS))
    web.put("http://mijn.overheid.test/", simple_page("MijnOverheid", (
        "<header>MijnOverheid</header><main><h1>Welkom bij MijnOverheid</h1>"
        "<p>In MijnOverheid ziet u uw persoonlijke gegevens, zoals uw adres en de gegevens van uw auto. "
        "Ook ontvangt u berichten van de overheid in uw Berichtenbox.</p>"
        '<p><a class="knop" href="http://mijn.overheid.test/inloggen">Inloggen met DigiD</a></p></main>'),
        NATIONAL_CSS))
    login_start(web, "http://mijn.overheid.test/inloggen", "digid", None, "mijnoverheid")


def build_omgevingsloket(web):
    h = "http://omgevingswet.overheid.test"
    nav = (f'<nav><a href="{h}/">Home</a> | <a href="{h}/checken/">Vergunningcheck</a> | '
           f'<a href="{h}/aanvragen/">Aanvragen</a> | <a href="{h}/mijn-omgevingsloket/">Mijn Omgevingsloket</a></nav>')
    web.put(f"{h}/", simple_page("Omgevingsloket", (
        f"<header>Omgevingsloket</header>{nav}<main><h1>Welkom bij het Omgevingsloket</h1>"
        "<p>Wilt u bouwen, verbouwen, een boom kappen of iets anders veranderen in uw leefomgeving? Check of u "
        "een vergunning nodig heeft en vraag deze aan, of doe een melding.</p>"
        f'<p><a class="knop" href="{h}/checken/">Vergunningcheck doen</a> '
        f'<a class="knop" href="{h}/aanvragen/">Aanvraag of melding indienen</a></p></main>'), NATIONAL_CSS))
    web.put(f"{h}/aanvragen/", simple_page("Aanvragen | Omgevingsloket", (
        f"<header>Omgevingsloket</header>{nav}<main><h1>Aanvraag of melding indienen</h1>"
        "<p>U dient een aanvraag voor een omgevingsvergunning of een melding in bij het bevoegd gezag via het "
        "Omgevingsloket. Log in om te beginnen.</p>"
        "<p>Na het inloggen haalt het Omgevingsloket uw gegevens op uit de basisregistraties (BRP en "
        "Handelsregister) en vult deze alvast voor u in.</p>"
        f'<p><a class="knop" href="{h}/aanvragen/digid/start">Inloggen met DigiD</a> (particulieren)</p>'
        f'<p><a class="knop" href="{h}/aanvragen/eherkenning/start">Inloggen met eHerkenning</a> (bedrijven)</p>'
        "</main>"), NATIONAL_CSS))
    login_start(web, f"{h}/aanvragen/digid/start", "digid", None, "omgevingsloket")
    login_start(web, f"{h}/aanvragen/eherkenning/start", "eh", "kpn", "omgevingsloket")
    web.put(f"{h}/checken/", simple_page("Vergunningcheck | Omgevingsloket", (
        f"<header>Omgevingsloket</header>{nav}<main><h1>Vergunningcheck</h1>"
        "<p>Beantwoord een paar vragen en zie of u een vergunning nodig heeft. De check is geen aanvraag.</p>"
        f'<form method="get" action="{h}/checken/"><label>Locatie (adres) <input name="adres"></label>'
        '<label>Wat wilt u doen? <select name="werk"><option>Dakkapel plaatsen</option><option>Aanbouw</option>'
        '<option>Boom kappen</option><option>Uitrit aanleggen</option></select></label>'
        '<button type="submit">Start de check</button></form></main>'), NATIONAL_CSS))
    web.put(f"{h}/mijn-omgevingsloket/", simple_page("Mijn Omgevingsloket", (
        f"<header>Omgevingsloket</header>{nav}<main><h1>Mijn Omgevingsloket</h1>"
        "<p>Bekijk uw lopende aanvragen, projecten en berichten.</p>"
        f'<p><a class="knop" href="{h}/mijn-omgevingsloket/digid/start">Inloggen met DigiD</a> '
        f'<a class="knop" href="{h}/mijn-omgevingsloket/eherkenning/start">Inloggen met eHerkenning</a></p></main>'),
        NATIONAL_CSS))
    login_start(web, f"{h}/mijn-omgevingsloket/digid/start", "digid", None, "mijnomgevingsloket")
    login_start(web, f"{h}/mijn-omgevingsloket/eherkenning/start", "eh", "kpn", "mijnomgevingsloket")
    web.put(f"{h}/robots.txt", "User-agent: *\nAllow: /\n")


def build_rijksoverheid(web):
    h = "http://www.rijksoverheid.test"
    pages = {
        "/onderwerpen/paspoort-en-identiteitskaart": ("Paspoort en identiteitskaart",
            "U vraagt een paspoort of identiteitskaart aan bij uw gemeente. Dat moet u persoonlijk doen."),
        "/onderwerpen/verhuizen": ("Verhuizen", "Geef uw verhuizing door aan uw nieuwe gemeente."),
        "/onderwerpen/bijstand": ("Bijstand", "De bijstand is een aanvulling op uw inkomen tot het sociaal minimum."),
        "/onderwerpen/wet-open-overheid-woo": ("Wet open overheid (Woo)",
            "Met de Woo kunt u informatie van de overheid opvragen."),
        "/onderwerpen/digid": ("DigiD", "Met DigiD logt u in bij de overheid."),
    }
    for path, (t, txt) in sorted(pages.items()):
        web.put(h + path, simple_page(t + " | Rijksoverheid.nl", f"<header>Rijksoverheid</header><main><h1>{E(t)}</h1><p>{E(txt)}</p></main>", NATIONAL_CSS))
    web.put(h + "/", simple_page("Rijksoverheid.nl", "<header>Rijksoverheid</header><main><h1>Rijksoverheid</h1>"
            + "".join(f'<p><a href="{h}{p}">{E(t)}</a></p>' for p, (t, _) in sorted(pages.items())) + "</main>", NATIONAL_CSS))


class Body:
    """A shared service / other body with its own host (via)."""

    def __init__(self, key, host, name, color, broker="kpn"):
        self.key, self.host, self.name, self.color, self.broker = key, host, name, color, broker
        self.pages = {}     # path -> (title, html)
        self.products = {}  # pkey -> (level, route_url, note)

    def url(self, path):
        return f"http://{self.host}{path}"

    def css(self):
        return ("body{font-family:Verdana,sans-serif;margin:0}header{background:%s;color:#fff;padding:14px 24px}"
                "main{padding:20px 24px;max-width:900px}.btn{background:%s;color:#fff;padding:8px 16px;"
                "text-decoration:none;display:inline-block;margin:4px 0}footer{border-top:1px solid #ccc;padding:12px 24px;font-size:12px}"
                % (self.color, self.color))

    def page(self, path, title, body):
        nav = "".join(f'<a href="{p}">{E(t)}</a> ' for p, (t, _) in sorted(self.pages.items()) if p != "/")
        html_ = simple_page(f"{title} | {self.name}", (
            f'<header><a href="/" style="color:#fff">{E(self.name)}</a></header>'
            f"<main>{body}</main><footer>{E(self.name)} | <a href=\"/privacy\">Privacy</a></footer>"), self.css())
        self.pages[path] = (title, html_)

    def finish(self, web):
        links = "".join(f'<li><a href="{p}">{E(t)}</a></li>' for p, (t, _) in sorted(self.pages.items()) if p != "/")
        if "/" not in self.pages:
            self.page("/", self.name, f"<h1>{E(self.name)}</h1><ul>{links}</ul>")
        self.page("/privacy", "Privacyverklaring", "<h1>Privacyverklaring</h1><p>Wij gaan zorgvuldig om met uw gegevens.</p>")
        for p, (t, h) in sorted(self.pages.items()):
            web.put(self.url(p), h)
        web.put(self.url("/robots.txt"), "User-agent: *\nDisallow: /mijn/\n")


def build_bodies(web):
    B = {}
    # --- BsGW: Belastingsamenwerking Gemeenten en Waterschappen (Limburg) ---
    b = Body("bsgw", "www.bsgw.test", "BsGW Belastingsamenwerking Gemeenten en Waterschappen", "#00543c")
    login = "/mijn-bsgw/inloggen/digid"
    login_start(web, b.url(login), "digid", None, "bsgw")
    login_start(web, b.url("/mijn-bsgw/inloggen/eherkenning"), "eh", "kpn", "bsgw")
    mijn = (f'<p><a class="btn" href="{login}">Inloggen Mijn BsGW met DigiD</a> '
            f'<a class="btn" href="/mijn-bsgw/inloggen/eherkenning">Inloggen met eHerkenning (ondernemers)</a></p>')
    b.page("/mijn-bsgw/", "Mijn BsGW", "<h1>Mijn BsGW</h1><p>In Mijn BsGW ziet u uw aanslagen, WOZ-beschikkingen "
           "en betalingen. U regelt er ook bezwaar, kwijtschelding en wijzigingen.</p>" + mijn)
    b.page("/particulieren/bezwaar-maken/", "Bezwaar maken tegen WOZ-waarde of aanslag", (
        "<h1>Bezwaar maken</h1><p>Bent u het niet eens met de WOZ-waarde of met een belastingaanslag van uw "
        "gemeente of waterschap? Dien dan binnen 6 weken een bezwaarschrift in. Dat doet u het snelst online in "
        "Mijn BsGW. U logt in met DigiD; ondernemers met eHerkenning.</p>" + mijn +
        "<p>Liever per post? Stuur een brief naar BsGW, Postbus 1271, 6040 KG Roermond.</p>"))
    b.page("/particulieren/kwijtschelding/", "Kwijtschelding aanvragen", (
        "<h1>Kwijtschelding aanvragen</h1><p>Kunt u de gemeentelijke belastingen niet betalen? Vraag "
        "kwijtschelding aan via Mijn BsGW. Na het inloggen met DigiD vult u het formulier in en uploadt u uw "
        "bewijsstukken.</p>" + mijn))
    b.page("/particulieren/hondenbelasting/", "Hondenbelasting: hond aan- of afmelden", (
        "<h1>Hond aan- of afmelden</h1><p>Voor gemeenten die hondenbelasting heffen, verzorgt BsGW de aanslag. "
        "Meld uw hond aan of af in Mijn BsGW (inloggen met DigiD).</p>" + mijn))
    b.page("/particulieren/betalingsregeling/", "Betalingsregeling", (
        "<h1>Betalingsregeling aanvragen</h1><p>Wilt u in termijnen betalen? Vul het formulier in. U hoeft "
        "hiervoor niet in te loggen.</p><p><a class=\"btn\" href=\"/formulieren/betalingsregeling\">Formulier "
        "betalingsregeling</a></p>"))
    b.page("/formulieren/betalingsregeling", "Formulier betalingsregeling", (
        "<h1>Formulier betalingsregeling</h1><form method=\"post\" action=\"/formulieren/betalingsregeling\">"
        + fields_html(P["betalingsregeling"]["fields"], "plain") +
        "<p>Velden met een * zijn verplicht.</p><button type=\"submit\">Verzenden</button></form>"))
    b.products = {
        "woz-bezwaar": (100, b.url("/particulieren/bezwaar-maken/")),
        "belastingaanslag-bezwaar": (100, b.url("/particulieren/bezwaar-maken/")),
        "belastingkwijtschelding": (100, b.url("/particulieren/kwijtschelding/")),
        "hondenbelasting": (100, b.url("/particulieren/hondenbelasting/")),
        "betalingsregeling": (67, b.url("/formulieren/betalingsregeling")),
    }
    b.info = {k: v[1] if k != "betalingsregeling" else b.url("/particulieren/betalingsregeling/")
              for k, v in b.products.items()}
    B["bsgw"] = b

    # --- Meerinzicht (werkorganisatie Ermelo, Harderwijk, Zeewolde) ---
    b = Body("meerinzicht", "www.meerinzicht.test", "Meerinzicht", "#6b2c91")
    login_start(web, b.url("/inloggen/digid"), "digid", None, "meerinzicht")
    dl = '<p><a class="btn" href="/inloggen/digid">Inloggen met DigiD</a></p>'
    pdf = make_pdf("Aanvraagformulier bijzondere bijstand", [
        "Meerinzicht - Sociaal Domein. Vul dit formulier volledig in en stuur het met kopieën van uw "
        "bewijsstukken naar Meerinzicht, Postbus 500, 3840 AM Harderwijk."],
        ["Naam en voorletters", "BSN", "Adres", "Telefoonnummer", "Soort kosten", "Bedrag"], org="Meerinzicht")
    web.put(b.url("/media/formulieren/aanvraagformulier-bijzondere-bijstand.pdf"), pdf)
    b.page("/belastingen/kwijtschelding", "Kwijtschelding", "<h1>Kwijtschelding aanvragen</h1><p>Inwoners van "
           "Ermelo, Harderwijk en Zeewolde vragen kwijtschelding online aan. Log in met DigiD.</p>" + dl)
    b.page("/belastingen/bezwaar", "Bezwaar tegen WOZ-waarde of aanslag", "<h1>Bezwaar maken tegen uw aanslag of "
           "WOZ-waarde</h1><p>Maak binnen 6 weken bezwaar. Online met DigiD of eHerkenning.</p>" + dl)
    b.page("/belastingen/betalingsregeling", "Betalingsregeling", "<h1>Betalingsregeling</h1><p>Vul het "
           "formulier in; inloggen is niet nodig.</p><form method=\"post\" action=\"/belastingen/betalingsregeling\">"
           + fields_html(P["betalingsregeling"]["fields"], "plain") + "<button>Versturen</button></form>")
    b.page("/werk-en-inkomen/bijstand", "Bijstand aanvragen", "<h1>Bijstandsuitkering aanvragen</h1><p>U vraagt "
           "bijstand online aan bij Meerinzicht. Houd uw bankafschriften bij de hand en log in met DigiD.</p>" + dl)
    b.page("/werk-en-inkomen/bijzondere-bijstand", "Bijzondere bijstand", "<h1>Bijzondere bijstand</h1><p>Download "
           "het aanvraagformulier en stuur het ingevuld op.</p><p><a href=\"/media/formulieren/aanvraagformulier-"
           f"bijzondere-bijstand.pdf\">Aanvraagformulier bijzondere bijstand (PDF, {kb(pdf)} kB)</a></p>")
    b.products = {
        "belastingkwijtschelding": (100, b.url("/belastingen/kwijtschelding")),
        "woz-bezwaar": (100, b.url("/belastingen/bezwaar")),
        "belastingaanslag-bezwaar": (100, b.url("/belastingen/bezwaar")),
        "betalingsregeling": (67, b.url("/belastingen/betalingsregeling")),
        "bijstand": (100, b.url("/werk-en-inkomen/bijstand")),
        "bijzondere-bijstand": (33, b.url("/media/formulieren/aanvraagformulier-bijzondere-bijstand.pdf")),
    }
    b.info = {k: v[1] for k, v in b.products.items()}
    b.info["bijzondere-bijstand"] = b.url("/werk-en-inkomen/bijzondere-bijstand")
    B["meerinzicht"] = b

    # --- parking portals ---
    for key, host, name, color in (("parkeerservice_venray", "venray.parkeerservice.test", "Parkeerservice Venray", "#e35205"),
                                   ("mijnparkeren_hengelo", "hengelo.mijnparkeren.test", "Digitaal loket parkeren Hengelo", "#1b5e20")):
        b = Body(key, host, name, color)
        login_start(web, b.url("/login/digid"), "digid", None, key)
        login_start(web, b.url("/login/eherkenning"), "eh", "signicat", key)
        b.page("/", name, f"<h1>{E(name)}</h1><p>Vraag hier uw parkeervergunning aan, beheer uw kentekens en "
               "koop bezoekersuren. Betalen gaat met iDEAL.</p>"
               '<p><a class="btn" href="/login/digid">Inloggen met DigiD</a> '
               '<a class="btn" href="/login/eherkenning">Inloggen met eHerkenning</a></p>'
               '<p><a href="/vergunning-aanvragen">Nieuwe vergunning aanvragen</a></p>')
        b.page("/vergunning-aanvragen", "Parkeervergunning aanvragen", "<h1>Parkeervergunning aanvragen</h1>"
               "<p>Log in met DigiD om een bewonersvergunning aan te vragen. Uw kenteken controleren wij bij de RDW.</p>"
               '<p><a class="btn" href="/login/digid">Inloggen met DigiD</a></p>')
        b.products = {"parkeervergunning": (100, b.url("/vergunning-aanvragen"))}
        b.info = {"parkeervergunning": b.url("/vergunning-aanvragen")}
        B[key] = b

    # --- waste companies ---
    b = Body("rd4", "www.rd4.test", "Rd4 - Reinigingsdiensten", "#008d36")
    for path, t, pk in (("/grofvuil-aanmelden", "Grofvuil aanmelden", "grofvuil"),
                        ("/container-aanvragen", "Container aanvragen of wijzigen", "afvalcontainer")):
        b.page(path, t, f"<h1>{t}</h1><p>Vul uw postcode en huisnummer in. U ontvangt een bevestiging per e-mail.</p>"
               f'<form method="post" action="{path}">' + fields_html(P[pk]["fields"], "plain", with_contact=False) +
               "<label>E-mailadres * <input name=\"email\"></label><button type=\"submit\">Aanmelden</button></form>")
    b.page("/", "Rd4", "<h1>Rd4</h1><p>Rd4 haalt het afval op in Brunssum, Heerlen, Kerkrade, Landgraaf en andere "
           "Parkstad-gemeenten.</p><ul><li><a href=\"/grofvuil-aanmelden\">Grofvuil aanmelden</a></li>"
           "<li><a href=\"/container-aanvragen\">Container aanvragen</a></li></ul>")
    b.products = {"grofvuil": (67, b.url("/grofvuil-aanmelden")), "afvalcontainer": (67, b.url("/container-aanvragen"))}
    b.info = {k: v[1] for k, v in b.products.items()}
    B["rd4"] = b

    b = Body("twentemilieu", "www.twentemilieu.test", "Twente Milieu", "#005a8c")
    for path, t, pk in (("/hengelo/grofvuil", "Grofvuil laten ophalen", "grofvuil"),
                        ("/hengelo/containers", "Container aanvragen, omruilen of afmelden", "afvalcontainer")):
        b.page(path, t, f"<h1>{t}</h1><p>Regel het direct online, zonder inloggen.</p>"
               f'<form method="post" action="{path}">' + fields_html(P[pk]["fields"], "plain", with_contact=False) +
               "<button type=\"submit\">Verstuur</button></form><p>Of download de app Afvalwijzer.</p>")
    b.products = {"grofvuil": (67, b.url("/hengelo/grofvuil")), "afvalcontainer": (67, b.url("/hengelo/containers"))}
    b.info = {k: v[1] for k, v in b.products.items()}
    B["twentemilieu"] = b

    b = Body("circulus", "www.circulus.test", "Circulus", "#7ab317")
    login_start(web, b.url("/mijn-circulus/inloggen"), "digid", None, "circulus")
    for path, t in (("/epe/grofvuil", "Grofvuil ophalen in Epe"), ("/epe/containers", "Containers in Epe")):
        b.page(path, t, f"<h1>{t}</h1><p>Maak een afspraak voor het ophalen van grofvuil of vraag een container "
               "aan in Mijn Circulus. U logt in met DigiD; uw adres vullen wij automatisch in.</p>"
               '<p><a class="btn" href="/mijn-circulus/inloggen">Inloggen met DigiD</a></p>')
    b.products = {"grofvuil": (100, b.url("/epe/grofvuil")), "afvalcontainer": (100, b.url("/epe/containers"))}
    b.info = {k: v[1] for k, v in b.products.items()}
    B["circulus"] = b

    # --- werk.nl (UWV) ---
    b = Body("werk", "www.werk.test", "werk.nl", "#0067a5")
    login_start(web, b.url("/werkzoekenden/inloggen/digid"), "digid", None, "werknl")
    b.page("/werkzoekenden/uitkering-aanvragen/bijstand", "Bijstand aanvragen via werk.nl", (
        "<h1>Bijstandsuitkering aanvragen</h1><p>Woont u in een gemeente die de aanvraag via werk.nl laat lopen? "
        "Dan meldt u zich hier en vraagt u de uitkering aan. Log in met DigiD.</p>"
        '<p><a class="btn" href="/werkzoekenden/inloggen/digid">Inloggen met DigiD</a></p>'))
    b.products = {"bijstand": (100, b.url("/werkzoekenden/uitkering-aanvragen/bijstand"))}
    b.info = dict((k, v[1]) for k, v in b.products.items())
    B["werk"] = b

    # --- Gelders Archief ---
    b = Body("geldersarchief", "www.geldersarchief.test", "Gelders Archief", "#8b0000")
    b.page("/bouwtekeningen-aanvragen", "Bouwtekeningen aanvragen", (
        "<h1>Bouwdossiers en bouwtekeningen aanvragen</h1><p>De bouwdossiers van de gemeenten Rheden en Renkum "
        "(tot 2010) worden bewaard bij het Gelders Archief. Vraag ze aan met dit formulier. Inloggen is niet nodig.</p>"
        '<form method="post" action="/bouwtekeningen-aanvragen">' + fields_html(P["bouwdossier-inzage"]["fields"], "plain")
        + '<label>Gemeente * <select name="gemeente"><option>Rheden</option><option>Renkum</option></select></label>'
        "<button type=\"submit\">Aanvraag versturen</button></form>"))
    b.products = {"bouwdossier-inzage": (67, b.url("/bouwtekeningen-aanvragen"))}
    b.info = dict((k, v[1]) for k, v in b.products.items())
    B["geldersarchief"] = b

    # --- Fixi (meldingen openbare ruimte, Renkum) ---
    b = Body("fixi", "renkum.fixi.test", "Fixi - Meldingen gemeente Renkum", "#f39200")
    b.page("/", "Melding doen in Renkum", (
        "<h1>Doe een melding in de openbare ruimte</h1><p>Kies een categorie, zet een punt op de kaart en "
        "beschrijf het probleem.</p><form method=\"post\" action=\"/melding\">"
        + fields_html(P["melding-openbare-ruimte"]["fields"], "plain", with_contact=False)
        + "<button type=\"submit\">Melding versturen</button></form>"))
    web.put(b.url("/melding"), thanks())
    b.products = {"melding-openbare-ruimte": (67, b.url("/"))}
    b.info = {"melding-openbare-ruimte": b.url("/")}
    B["fixi"] = b

    # --- Omgevingsloket as a body ---
    ol = Body("ol", "omgevingswet.overheid.test", "Omgevingsloket", "#154273")
    ol.products = {k: (100, "http://omgevingswet.overheid.test/aanvragen/")
                   for k in ("omgevingsvergunning", "kapvergunning", "uitwegvergunning")}
    ol.info = {k: v[1] for k, v in ol.products.items()}
    ol.prefill = True
    B["ol"] = ol
    for k, b in B.items():
        if not hasattr(b, "prefill"):
            b.prefill = False
    return B


# ---------------------------------------------------------------------------------------
# Form platforms
# ---------------------------------------------------------------------------------------

PREFILL_TEXTS = [
    "Na het inloggen met DigiD zijn uw gegevens al ingevuld.",
    "Wij halen uw persoonsgegevens op uit de Basisregistratie Personen (BRP) en vullen ze alvast voor u in.",
    "Uw naam, adres en de gegevens van uw gezinsleden staan na het inloggen al in het formulier.",
]


class Form:
    def __init__(self, entry, route, auth, prefill=False):
        self.entry, self.route, self.auth, self.prefill = entry, route, auth, prefill


class Platform:
    """One organisation's e-form platform. kind decides URLs and markup."""

    def __init__(self, web, site, kind, host, broker):
        self.web, self.site, self.kind, self.host, self.broker = web, site, kind, host, broker
        self.forms = {}  # key -> Form
        self.catalog = []  # (title, entry url, auth) for overview pages
        self.counter = 0

    def u(self, path):
        return f"http://{self.host}{path}"

    def css(self):
        c = self.site.color
        return (f"body{{font-family:Arial,Helvetica,sans-serif;margin:0;color:#222}}"
                f".top{{background:{c};color:#fff;padding:12px 24px}}main{{padding:20px 24px;max-width:820px}}"
                f"label{{display:block;margin-top:10px;font-weight:bold}}input,textarea,select{{width:100%;padding:6px}}"
                f".btn,button{{background:{c};color:#fff;border:0;padding:9px 16px;text-decoration:none;display:inline-block;margin:6px 0}}")

    def wrap(self, title, body, head=""):
        s = self.site
        return simple_page(f"{title} - {s.name}", (
            f'<div class="top"><img src="http://{s.host}{s.logo_path}" alt="Logo {E(s.name)}" height="32"> '
            f'{E(s.name)} - E-formulieren</div><main>{body}</main>'
            f'<footer style="padding:12px 24px;font-size:12px">Vragen? Bel {E(s.phone)}. '
            f'<a href="http://{s.host}/">Terug naar de website</a></footer>'), self.css(), head=head)

    def add(self, key, title, auth, fields, prefill=False, intro=""):
        """auth: digid | eh | digid_eh | anon.  Returns Form."""
        if key in self.forms:
            return self.forms[key]
        self.counter += 1
        method = getattr(self, "_" + self.kind)
        f = method(key, title, auth, fields, prefill, intro)
        self.forms[key] = f
        self.catalog.append((title, f.entry, auth))
        self.web.feature(f"platform_{self.kind}")
        return f

    # helpers --------------------------------------------------------------------------
    def _pf(self, prefill):
        return f"<p class=\"prefill\">{E(PREFILL_TEXTS[self.counter % 3])}</p>" if prefill else ""

    def _auth_list(self, auth):
        return {"digid": ["digid"], "eh": ["eh"], "digid_eh": ["digid", "eh"]}[auth]

    def _start(self, path, a, key):
        return login_start(self.web, self.u(path), a, self.broker, f"{self.site.key}-{key}")

    def _anon_form(self, title, fields, action, style="plain", extra=""):
        legend = ('<div class="gform_required_legend">"<span class="gfield_required">*</span>" geeft vereiste velden aan</div>'
                  if style == "gf" else "<p>Velden met een * zijn verplicht.</p>")
        return (f"<h1>{E(title)}</h1>{extra}<form method=\"post\" action=\"{action}\" class=\"{'gform_wrapper' if style == 'gf' else 'eform'}\">"
                f"{legend}{fields_html(fields, style)}<p><button type=\"submit\">Verzenden</button></p></form>")

    # platform kinds --------------------------------------------------------------------
    def _openforms(self, key, title, auth, fields, prefill, intro):
        slug = slugify(title)
        path = f"/{slug}/"
        fid = uid(self.host, slug)
        if auth == "anon":
            js_fields = json.dumps(["Naam", "E-mailadres"] + [x for x in fields if x not in ("Naam", "E-mailadres")], ensure_ascii=False)
            script = ("var root=document.getElementById('openforms-container');"
                      "var f=document.createElement('form');f.method='post';f.action='/api/v2/submissions';"
                      "var h=document.createElement('h1');h.textContent=%s;root.appendChild(h);"
                      "var p=document.createElement('p');p.textContent='Stap 1 van 2. Velden met een * zijn verplicht. U hoeft niet in te loggen.';root.appendChild(p);"
                      "%s.forEach(function(l,i){var lab=document.createElement('label');lab.textContent=l+' *';"
                      "var inp=document.createElement(l.indexOf('Omschrijving')===0||l.indexOf('Wat ')===0?'textarea':'input');"
                      "inp.name='veld'+i;lab.appendChild(inp);f.appendChild(lab);});"
                      "var b=document.createElement('button');b.type='submit';b.textContent='Verzenden';f.appendChild(b);root.appendChild(f);"
                      % (json.dumps(title, ensure_ascii=False), js_fields))
        else:
            btns = []
            for a in self._auth_list(auth):
                start = self._start(f"/auth/{slug}/{'digid' if a == 'digid' else 'eherkenning'}/start", a, key)
                label = "Inloggen met DigiD" if a == "digid" else "Inloggen met eHerkenning"
                btns.append([start, label])
            pf = PREFILL_TEXTS[self.counter % 3] if prefill else ""
            script = ("var root=document.getElementById('openforms-container');"
                      "var h=document.createElement('h1');h.textContent=%s;root.appendChild(h);"
                      "var p=document.createElement('p');p.textContent=%s;root.appendChild(p);"
                      "if(%s){var q=document.createElement('p');q.className='prefill';q.textContent=%s;root.appendChild(q);}"
                      "%s.forEach(function(b){var a=document.createElement('a');a.href=b[0];a.className='utrecht-button utrecht-button--primary-action';"
                      "a.textContent=b[1];root.appendChild(a);root.appendChild(document.createTextNode(' '));});"
                      % (json.dumps(title, ensure_ascii=False),
                         json.dumps("Om dit formulier te starten logt u eerst in." + (" " + intro if intro else ""), ensure_ascii=False),
                         "true" if prefill else "false", json.dumps(pf, ensure_ascii=False),
                         json.dumps(btns, ensure_ascii=False)))
        body = (f'<div class="open-forms-sdk-root" id="openforms-container" data-sdk-module="/static/sdk/open-forms-sdk.mjs" '
                f'data-form-id="{fid}" data-base-url="http://{self.host}/api/v2/" data-base-path="{path}"></div>'
                f"<noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>"
                f"<script>{script}</script>")
        s = self.site
        page = (f'<!DOCTYPE html>\n<html lang="nl" class="openforms-theme utrecht-document">\n<head><meta charset="utf-8">'
                f"<title>{E(title)} | Formulieren {E(s.name)}</title>"
                f'<link rel="stylesheet" href="/static/sdk/open-forms-sdk.css"></head>\n<body class="utrecht-page">'
                f'<header class="utrecht-page-header"><img src="http://{s.host}{s.logo_path}" alt="{E(s.name)}"></header>'
                f'<main class="utrecht-page-content">{body}</main></body>\n</html>\n')
        self.web.put(self.u(path), page)
        self.web.put(self.u("/static/sdk/open-forms-sdk.css"), ".utrecht-button{background:#333;color:#fff;padding:8px 14px}\n")
        self.web.feature("js_only_form")
        return Form(self.u(path), self.u(path), auth, prefill)

    def _gravity(self, key, title, auth, fields, prefill, intro):
        slug = slugify(title)
        path = f"/{slug}/"
        if auth == "anon":
            body = self._anon_form(title, fields, path, "gf", f"<p>{E(intro)}</p>" if intro else "")
        else:
            links = []
            for a in self._auth_list(auth):
                start = self._start("/inloggen/digid/" if a == "digid" else "/inloggen/eherkenning/", a, "gf")
                links.append(f'<a class="btn" href="{start}?redirect_to={path}">'
                             f'{"Inloggen met DigiD" if a == "digid" else "Inloggen met eHerkenning"}</a>')
            body = (f"<h1>{E(title)}</h1><p>U moet eerst inloggen om dit formulier in te vullen.</p>{self._pf(prefill)}"
                    + " ".join(links) +
                    '<div id="js-resumeSession" hidden>Kies \'Verlengen\' om uw sessie te verlengen.</div>')
        self.web.put(self.u(path), self.wrap(title, body))
        return Form(self.u(path), self.u(path), auth, prefill)

    def _go(self, key, title, auth, fields, prefill, intro):
        slug = slugify(title)
        path = f"/formulier/{slug}"
        if auth == "anon":
            body = self._anon_form(title, fields, path)
        else:
            links = []
            for a in self._auth_list(auth):
                start = self._start(f"/digid/aanmelden/{slug}" if a == "digid" else f"/eherkenning/aanmelden/{slug}", a, key)
                links.append(f'<p><a class="btn" href="{start}">{"Inloggen met DigiD" if a == "digid" else "Inloggen met eHerkenning"}</a></p>')
            body = (f"<h1>{E(title)}</h1><p>Dit formulier vult u in nadat u bent ingelogd. U wordt na 15 minuten "
                    f"inactiviteit automatisch uitgelogd.</p>{self._pf(prefill)}" + "".join(links))
        self.web.put(self.u(path), self.site.layout(path, title, body))
        return Form(self.u(path), self.u(path), auth, prefill)

    def _eloket(self, key, title, auth, fields, prefill, intro):
        fnr = 300 + self.counter * 7
        path = f"/formulier?id={fnr}"
        if auth == "anon":
            body = self._anon_form(title, fields, "/formulier/verzenden", "table")
            self.web.put(self.u("/formulier/verzenden"), thanks())
        else:
            links = []
            for a in self._auth_list(auth):
                start = self._start(f"/{'digid' if a == 'digid' else 'eherkenning'}/start/{fnr}", a, key)
                img = "/img/digid.svg" if a == "digid" else "/img/eherkenning.svg"
                links.append(f'<a href="{start}"><img src="{img}" alt="{"Inloggen met DigiD" if a == "digid" else "Inloggen met eHerkenning"}" width="46" height="46"></a>')
            body = (f"<h1>{E(title)}</h1><p>Voor dit formulier moet u inloggen. Klik op het logo.</p>{self._pf(prefill)}"
                    + " ".join(links))
        self.web.put(self.u(path), self.wrap(title, body))
        self.web.put(self.u("/img/digid.svg"), DIGID_SVG)
        self.web.put(self.u("/img/eherkenning.svg"), EH_SVG)
        return Form(self.u(path), self.u(path), auth, prefill)

    def _triple(self, key, title, auth, fields, prefill, intro):
        name = "".join(w.capitalize() for w in slugify(title).split("-"))
        base = "/TriplEforms/DirectRegelen/formulier/nl-NL/evBrunssum/"
        if auth == "anon":
            path = base + name + ".aspx"
            body = (f'<div class="wizard-steps">Stap 1 van 3: Uw gegevens</div>'
                    + self._anon_form(title, fields, path, "table").replace("Verzenden", "Volgende"))
            self.web.put(self.u(path), self.wrap(title, body))
            return Form(self.u(path), self.u(path), auth, prefill)
        routes = []
        for a in self._auth_list(auth):
            path = base + name + ("DigiD" if a == "digid" else "eHerkenning") + ".aspx"
            login_start(self.web, self.u(path), a, self.broker, f"BR-{name}")
            routes.append(self.u(path))
        f = Form(routes[0], routes[0], auth, prefill)
        f.entries = routes
        return f

    def _esuite(self, key, title, auth, fields, prefill, intro):
        slug = slugify(title)
        if auth == "anon":
            raise SystemExit("esuite has no anonymous forms")
        path = f"/aanvragen/start?formulier={slug}"
        links = []
        for a in self._auth_list(auth):
            start = self._start(f"/login/{'digid' if a == 'digid' else 'eherkenning'}/{slug}", a, key)
            links.append(f'<a class="btn" href="{start}">Log in met {"DigiD" if a == "digid" else "eHerkenning"}</a>')
        body = (f"<h1>{E(title)}</h1><p>U gaat een aanvraag doen bij de gemeente {E(self.site.gem)}. Om verder te "
                f"gaan logt u in.</p>{self._pf(prefill)}" + " ".join(links) +
                "<p>Tussentijds opslaan is niet mogelijk.</p>")
        self.web.put(self.u(path), self.wrap(title, body))
        return Form(self.u(path), self.u(path), auth, prefill)

    def _formdesk(self, key, title, auth, fields, prefill, intro):
        name = "".join(w.capitalize() for w in slugify(title).split("-"))[:40]
        path = f"/gemeenterheden/{name}"
        body = ('<div class="fd-header">Formdesk</div>' + self._anon_form(title, fields, path, "table"))
        self.web.put(self.u(path), self.wrap(title, body))
        return Form(self.u(path), self.u(path), auth, prefill)

    def _iform(self, key, title, auth, fields, prefill, intro):
        fnr = 103217 + self.counter * 11
        path = f"/pls/iform/formEgemFormToon?F_FORMNR={fnr}"
        if auth == "anon":
            body = self._anon_form(title, fields, "/pls/iform/formEgemFormVerwerk", "table")
            self.web.put(self.u("/pls/iform/formEgemFormVerwerk"), thanks())
        else:
            links = []
            for a in self._auth_list(auth):
                start = self._start(f"/pls/iform/{'digid' if a == 'digid' else 'eherkenning'}/{fnr}", a, key)
                img = "/img/logo-digid.svg" if a == "digid" else "/img/logo-eherkenning.svg"
                links.append(f'<a href="{start}"><img src="{img}" alt="{"Logo DigiD" if a == "digid" else "Logo eHerkenning"}"></a>')
            body = (f"<h1>{E(title)}</h1><p>Log in om het formulier te starten.</p>{self._pf(prefill)}" + " ".join(links))
        self.web.put(self.u(path), self.wrap(title, body))
        self.web.put(self.u("/img/logo-digid.svg"), DIGID_SVG)
        self.web.put(self.u("/img/logo-eherkenning.svg"), EH_SVG)
        return Form(self.u(path), self.u(path), auth, prefill)

    def _sim(self, key, title, auth, fields, prefill, intro):
        name = "".join(w.capitalize() for w in slugify(title).split("-"))
        path = f"/{name}"
        if auth == "anon":
            body = self._anon_form(title, fields, path)
        else:
            links = []
            for a in self._auth_list(auth):
                start = self._start(f"/{'digid' if a == 'digid' else 'eherkenning'}/{name}", a, key)
                img = "/images/knop-digid.svg" if a == "digid" else "/images/knop-eherkenning.svg"
                links.append(f'<a href="{start}"><img src="{img}" alt="{"DigiD" if a == "digid" else "eHerkenning"}"></a>')
            body = (f"<h1>{E(title)}</h1><p>U logt in om uw gegevens te controleren.</p>{self._pf(prefill)}" + " ".join(links))
        self.web.put(self.u(path), self.wrap(title, body))
        self.web.put(self.u("/images/knop-digid.svg"), DIGID_SVG)
        self.web.put(self.u("/images/knop-eherkenning.svg"), EH_SVG)
        return Form(self.u(path), self.u(path), auth, prefill)

    def _mijn(self, key, title, auth, fields, prefill, intro):
        slug = slugify(title)
        path = f"/aanvragen/{slug}"
        if auth == "anon":
            raise SystemExit("mijn has no anonymous forms")
        btns = []
        for a in self._auth_list(auth):
            start = self._start(f"/login/{'digid' if a == 'digid' else 'eherkenning'}/{slug}", a, key)
            btns.append(f'<button type="button" class="btn" onclick="location.href=\'{start}\'">'
                        f'{"Inloggen met DigiD" if a == "digid" else "Inloggen met eHerkenning"}</button>')
        body = (f"<h1>{E(title)}</h1><p>Dit regelt u in Mijn {E(self.site.gem)}.</p>{self._pf(prefill)}" + " ".join(btns))
        self.web.put(self.u(path), self.wrap(title, body))
        return Form(self.u(path), self.u(path), auth, prefill)


# ---------------------------------------------------------------------------------------
# Plans
# ---------------------------------------------------------------------------------------

LEVEL_OF = {"D": 100, "E": 100, "DE": 100, "A": 67, "P": 33, "W": 33, "O": 33, "I": 0, "M": 0, "AF": 0}


class Spec:
    def __init__(self, line):
        key, _, rest = line.partition(":")
        self.pkey = key.strip()
        toks = rest.split()
        k = toks[0]
        self.kind, _, self.arg = k.partition(":")
        self.flags = []
        self.traps = []
        self.share = None
        self.title = None
        for t in toks[1:]:
            if t.startswith("t="):
                self.traps += t[2:].split(",")
            elif t.startswith("share="):
                self.share = t[6:]
            elif t.startswith("title="):
                self.title = int(t[6:])
            else:
                self.flags.append(t)

    def has(self, f):
        return f in self.flags


def parse_plan(text):
    out = {}
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        s = Spec(line)
        out[s.pkey] = s
    return out


class Route:
    def __init__(self):
        self.level = None
        self.route_url = ""
        self.via = ""
        self.kind = ""
        self.prefill = False
        self.html = ""
        self.notes = []


SHARED_TITLES = {
    "reisdoc": ["Paspoort en identiteitskaart", "Paspoort en ID-kaart aanvragen", "Reisdocumenten"],
    "horeca": ["Drank- en horecavergunning", "Horecavergunningen", "Horeca: exploitatie- en alcoholvergunning"],
    "belbezwaar": ["Bezwaar maken tegen WOZ-waarde of aanslag", "Bezwaar tegen uw aanslag of WOZ-beschikking"],
}


# ---------------------------------------------------------------------------------------
# Organisation site: shared machinery
# ---------------------------------------------------------------------------------------

class Site:
    key = "XX"
    linkstyle = "abs"
    base_href = None
    title_pref = 0
    theme_pref = 0
    color = "#333"
    site_traps = []          # trap notes rendered on every product page
    box_title = None         # site-wide box with DigiD links for other products
    box_products = []
    doc_dir = "/documenten/"
    has_sitemap = True
    soft404 = False
    search = None            # (path, param)
    english = False

    def __init__(self, web, bodies):
        self.web = web
        self.bodies = bodies
        self.plan = parse_plan(self.PLAN)
        self.routes = {}
        self.paths = {}      # pkey -> path of product page
        self.titles = {}
        self.extra_index = []  # (title, path) extra pages for A-Z / sitemap
        self.stale = []        # (title, path) stale links
        self.news = []         # (path, title, date, text)
        self.docs = {}
        self.search_index = []
        self.en_pages = {}     # pkey -> path
        self.logo_path = "/logo.svg"
        self.setup()

    # -- hooks ---------------------------------------------------------------------------
    def setup(self):
        pass

    def u(self, path):
        return f"http://{self.host}{path}"

    def href(self, cur, target):
        """Link from page path `cur` to `target` (a path on this host or a full URL)."""
        if target.startswith("http://"):
            pre = f"http://{self.host}/"
            if target.startswith(pre):
                target = target[len(pre) - 1:]
            else:
                return target
        if target.startswith(("mailto:", "tel:", "#")):
            return target
        style = self.linkstyle
        if style == "abs":
            return target
        if style == "full":
            return self.u(target)
        if style == "base":
            t = target.lstrip("/")
            return t if t else "./"
        # relative with ../
        tpath, q, query = target.partition("?")
        curdir = cur.split("?")[0].rsplit("/", 1)[0] + "/"
        rel = posixpath.relpath(tpath, curdir) if tpath != curdir else "."
        if tpath.endswith("/") and not rel.endswith("/"):
            rel += "/"
        if rel == "./" or rel == ".":
            rel = "./"
        return rel + (("?" + query) if q else "")

    def title_of(self, pkey):
        spec = self.plan[pkey]
        ts = P[pkey]["titles"]
        i = spec.title if spec.title is not None else self.title_pref % len(ts)
        return ts[i % len(ts)].replace("{gem}", self.gem)

    def theme_name(self, theme):
        v = THEMES[theme]
        return v[self.theme_pref % len(v)]

    def fill(self, text):
        return text.replace("{gem}", self.gem).replace("{y}", str(YEAR))

    def put_page(self, path, title, main, aside="", lang="nl", head="", pkeys=()):
        self.web.put(self.u(path), self.layout(path, title, main, aside=aside, lang=lang, head=head, pkeys=pkeys))

    # -- documents -----------------------------------------------------------------------
    def document(self, name, title, paras, fields=None, ext="pdf"):
        path = self.doc_dir + name + "." + ext
        if path in self.docs:
            return self.docs[path]
        if ext == "pdf":
            data = make_pdf(title, [self.fill(p) for p in paras], fields, org=self.name)
        elif ext == "docx":
            data = make_docx(title, [self.fill(p) for p in paras], fields or [])
        else:
            data = make_odt(title, [self.fill(p) for p in paras], fields or [])
        self.web.put(self.u(path), data)
        self.docs[path] = (self.u(path), kb(data))
        self.web.feature(f"document_{ext}")
        return self.docs[path]

    def doc_text(self, form):
        if form.startswith("Aanvraag "):
            return "Aanvraagformulier " + form[len("Aanvraag "):]
        if form.startswith(("Verzoek", "Melding", "Bezwaar", "Aangifte")):
            return form + " (formulier)"
        return "Formulier " + form[:1].lower() + form[1:]

    def form_document(self, pkey, ext="pdf", title=None):
        info = P[pkey]
        title = title or info["form"]
        name = "aanvraagformulier-" + pkey if ext == "pdf" else underscore(self.doc_text(title))
        return self.document(name, title, [
            f"Gemeente {self.gem}. Vul dit formulier volledig in en onderteken het.",
            f"Stuur het formulier met de gevraagde bijlagen naar: Gemeente {self.gem}, {self.postbus}. "
            "U kunt het ook inleveren bij de balie van het gemeentehuis."],
            ["Naam aanvrager", "Adres", "Postcode en woonplaats", "Telefoonnummer", "E-mailadres"] + info["fields"], ext)

    # -- routes ---------------------------------------------------------------------------
    def doc_link(self, cur, url, text, size, ext="pdf"):
        label = {"pdf": self.pdf_label, "docx": "{t} (Word, {k} kB)", "odt": "{t} (odt, {k} kB)"}[ext]
        return f'<a href="{self.href(cur, url)}" class="download">{E(label.format(t=text, k=size))}</a>'

    pdf_label = "{t} (pdf, {k} kB)"

    def cta(self, cur, url, text, spec, auth="anon"):
        """Render one call to action in the style of this site and row."""
        h = self.href(cur, url)
        style = self.cta_style
        for f in ("btn", "get", "img", "jsa", "ifr"):
            if spec is not None and spec.has(f):
                style = f
        if style == "btn":
            self.web.feature("cta_button_onclick")
            return f'<button type="button" class="{self.btn_class}" onclick="location.href=\'{h}\'">{E(text)}</button>'
        if style == "img" and auth in ("digid", "eh"):
            self.web.feature("cta_image_only")
            img = self.u("/img/digid-logo.svg") if auth == "digid" else self.u("/img/eherkenning-logo.svg")
            alt = ("Inloggen met DigiD" if auth == "digid" else "Inloggen met eHerkenning") if self.key != "RK" else (
                "Logo DigiD" if auth == "digid" else "Logo eHerkenning")
            return f'<a href="{h}" class="digid-knop"><img src="{self.href(cur, img)}" alt="{alt}" width="46" height="46"></a>'
        if style == "jsa":
            self.web.feature("cta_script_anchor")
            i = uid(cur, url)[:6]
            return (f'<div id="cta-{i}"></div><script>document.getElementById("cta-{i}").innerHTML = '
                    f'\'<a class="{self.btn_class}" href="{h}">{E(text)}</a>\';</script>')
        return f'<a class="{self.btn_class}" href="{h}">{E(text)}</a>'

    def auth_text(self, auth):
        return {"digid": self.t_digid, "eh": self.t_eh}[auth]

    t_digid = "{form} (met DigiD)"
    t_eh = "{form} (met eHerkenning)"
    t_anon = "Naar het formulier"
    btn_class = "button"
    cta_style = "a"

    def build_route(self, pkey, spec, cur):
        r = Route()
        info = P[pkey]
        form_title = info["form"]
        k = spec.kind
        r.kind = k
        if k in ("D", "E", "DE"):
            auth = {"D": "digid", "E": "eh", "DE": "digid_eh"}[k]
            f = self.platform.add(pkey, form_title, auth, info["fields"], prefill=spec.has("pf"))
            r.level, r.route_url, r.prefill = 100, f.route, spec.has("pf")
            auths = ["digid", "eh"] if auth == "digid_eh" else [auth]
            entries = getattr(f, "entries", [f.entry] * len(auths))
            if spec.has("ov"):
                r.html = self.overview_cta(cur, pkey, auths)
                r.notes.append(f"route behind the forms overview ({self.overview_name})")
                self.web.feature("overview_between_page_and_form")
            elif spec.has("get"):
                r.html = self.get_cta(cur, pkey, f, auths)
            else:
                parts = []
                for a, entry in zip(auths, entries):
                    parts.append(self.cta(cur, entry, self.auth_text(a).format(form=form_title), spec, a))
                lead = {("digid",): self.lead_digid, ("eh",): self.lead_eh}.get(tuple(auths), self.lead_both)
                if spec.has("img") or (self.cta_style == "img" and not any(spec.has(x) for x in ("btn", "jsa"))):
                    lead = "Dit regelt u online:"
                r.html = f"<p>{E(lead)}</p><div class=\"cta\">{' '.join(parts)}</div>"
            if spec.has("pf"):
                r.html += f"<p>{E(PREFILL_TEXTS[num(self.key, pkey) % 3])}</p>"
            r.notes.append({"digid": "DigiD", "eh": "eHerkenning", "digid_eh": "DigiD and eHerkenning"}[auth]
                           + f" form on {self.platform.host} ({self.platform.kind})")
            if spec.has("aux"):
                url, size = self.document("verklaring-" + pkey, "Verklaring " + ("hoofdbewoner" if pkey == "verhuismelding" else "bijlagen"),
                                          ["Deze verklaring hoort bij de online aanvraag."], ["Naam", "Adres", "Handtekening"])
                r.html += f"<p>Heeft u een verklaring nodig? {self.doc_link(cur, url, 'Verklaring downloaden', size)}</p>"
                r.notes.append("auxiliary PDF beside the online route")
        elif k == "A":
            f = self.anon_platform.add(pkey, form_title, "anon", info["fields"])
            r.level, r.route_url = 67, f.route
            if spec.has("ov"):
                r.html = self.overview_cta(cur, pkey, ["anon"])
                r.notes.append(f"route behind the forms overview ({self.overview_name})")
                self.web.feature("overview_between_page_and_form")
            elif spec.has("ifr"):
                self.web.feature("cta_iframe")
                r.html = (f"<p>{E(self.lead_anon)}</p><iframe src=\"{self.href(cur, f.entry)}\" title=\"{E(form_title)}\" "
                          f"width=\"100%\" height=\"720\" style=\"border:0\"></iframe>")
                r.notes.append("form inside an iframe")
            elif spec.has("js"):
                self.web.feature("cta_embedded_js_form")
                r.html = self.embedded_js_form(cur, pkey, f)
                r.notes.append("form built by JavaScript")
            else:
                r.html = f"<p>{E(self.lead_anon)}</p><div class=\"cta\">{self.cta(cur, f.entry, self.t_anon.format(form=form_title), spec)}</div>"
            r.notes.append(f"anonymous web form on {self.anon_platform.host}")
        elif k in ("P", "W", "O"):
            ext = {"P": "pdf", "W": "docx", "O": "odt"}[k]
            if spec.share == "horeca":
                form_title = "Aanvraag exploitatie- en alcoholvergunning"
            url, size = self.form_document(pkey, ext, form_title)
            r.level, r.route_url = 33, url
            r.html = (f"<p>{E(self.lead_pdf)}</p><p>{self.doc_link(cur, url, self.doc_text(form_title), size, ext)}</p>"
                      f"<p>Stuur het ingevulde formulier naar {E(self.name)}, {E(self.postbus)}, of lever het in bij de balie.</p>")
            r.notes.append(f"printable {ext.upper()} form")
        elif k == "I":
            r.level = 0
            r.html = f"<p>{E(self.info_text(pkey))}</p>"
            r.notes.append("information only (counter/phone/letter)")
        elif k == "M":
            r.level = 0
            mail = f"{slugify(pkey)[:12]}@{self.host.replace('www.', '')}"
            r.html = (f"<p>Stuur uw verzoek per e-mail naar <a href=\"mailto:{mail}\">{mail}</a>. Vermeld uw naam, "
                      f"adres en telefoonnummer.</p>")
            r.notes.append("only a mailto link")
            r.traps = ["mailto link as the only route"]
        elif k == "AF":
            r.level = 0
            r.html = (f"<p>U kunt dit niet online regelen: u moet zelf naar het gemeentehuis komen. Maak eerst een "
                      f"afspraak.</p><p><a class=\"{self.btn_class}\" href=\"{self.href(cur, self.appt_url)}\">"
                      f"{E(self.t_appt)}</a></p>")
            r.notes.append(f"appointment only ({self.appt_url.split('/')[2]})")
            r.traps = ["the appointment page is a booking form with a 'Mijn afspraak' DigiD login"]
            self.web.feature("appointment_only")
        elif k == "V":
            body = self.bodies[spec.arg]
            lvl, route = body.products[pkey]
            r.level, r.route_url, r.via = lvl, route, body.host
            r.prefill = body.prefill and lvl == 100
            link = body.info[pkey]
            r.html = self.via_html(cur, pkey, body, link)
            r.notes.append(f"via {body.name} ({body.host})")
            self.web.feature("via_" + body.key)
        else:
            raise SystemExit(f"bad kind {k}")
        if k in ("D", "E", "DE", "A") and not any(spec.has(x) for x in ("ov", "get", "ifr", "js")):
            style = self.cta_style
            for x in ("btn", "img", "jsa"):
                if spec.has(x):
                    style = x
            if style == "btn":
                r.notes.append("call to action is a <button onclick>")
            elif style == "jsa":
                r.notes.append("call to action written by a script")
            elif style == "img" and k != "A":
                r.notes.append("DigiD/eHerkenning shown only as an image with alt text")
        if spec.has("get"):
            r.notes.append("call to action is a GET form with a hidden field")
        if not hasattr(r, "traps"):
            r.traps = []
        return r

    lead_digid = "U regelt dit online. U logt in met DigiD."
    lead_eh = "U vraagt dit online aan. U logt in met eHerkenning."
    lead_both = "U regelt dit online. Inwoners loggen in met DigiD, ondernemers met eHerkenning."
    lead_anon = "Vul het online formulier in. U hoeft niet in te loggen."
    lead_pdf = "Download het formulier, vul het in en onderteken het."
    t_doc = "Aanvraagformulier {form}"
    t_appt = "Maak een afspraak"
    overview_name = "Alle formulieren"

    def info_text(self, pkey):
        th = P[pkey]["theme"]
        if pkey == "overlijdensaangifte":
            return ("De uitvaartondernemer doet meestal de aangifte voor u. Doet u het zelf? Kom dan met de "
                    "verklaring van overlijden naar het gemeentehuis. Een afspraak is niet nodig.")
        if pkey == "geboorteaangifte":
            return "U doet de aangifte aan de balie in het gemeentehuis. Neem uw identiteitsbewijs mee."
        if pkey == "marktvergunning":
            return "Neem contact op met de marktmeester. Hij is op marktdagen aanwezig op de markt of bereikbaar via " + self.phone + "."
        if pkey in ("wmo-voorziening",):
            return f"Bel het Wmo-loket via {self.phone} (maandag tot en met vrijdag 8.30 - 12.30 uur). Een consulent maakt een afspraak voor een keukentafelgesprek."
        if pkey == "bezwaar":
            return ("Stuur een ondertekende brief (bezwaarschrift) naar het college van burgemeester en wethouders, "
                    f"{self.postbus}. Vermeld de datum en het kenmerk van het besluit en waarom u het er niet mee eens bent.")
        if pkey in ("collectevergunning", "ligplaatsvergunning", "gehandicaptenparkeerplaats", "subsidie",
                    "winkeltijdenontheffing", "reclamebelasting", "woo-verzoek"):
            return (f"Neem contact op met de gemeente via {self.phone}. Wij bespreken uw situatie en sturen u zo nodig "
                    "de aanvraagformulieren toe. Een formulier om te downloaden hebben wij niet.")
        if th == "belastingen":
            return f"Bel ons via {self.phone} of stuur een brief naar {self.postbus}."
        if th == "afval":
            return f"Bel de afvallijn via {self.phone}. Wij plannen de afspraak telefonisch met u in."
        return f"U kunt dit (nog) niet online regelen. Neem contact op via {self.phone} of kom langs bij de balie."

    def via_html(self, cur, pkey, body, link):
        return (f"<p>{E(body.name)} regelt dit voor de gemeente {E(self.gem)}. U regelt het op de website van "
                f"{E(body.name)}.</p><p><a class=\"{self.btn_class}\" href=\"{link}\">Ga naar {E(body.name)}</a> "
                f"<span class=\"extern\">(externe link)</span></p>")

    def overview_cta(self, cur, pkey, auths):
        return (f"<p>Het formulier vindt u in ons digitale loket, onder &quot;{E(P[pkey]['form'])}&quot;.</p>"
                f"<p><a class=\"{self.btn_class}\" href=\"{self.href(cur, self.overview_url)}\">Naar {E(self.overview_name)}</a></p>")

    def get_cta(self, cur, pkey, f, auths):
        action, _, query = f.entry.partition("?")
        name, _, value = query.partition("=")
        self.web.feature("cta_get_form")
        return (f"<p>{E(self.lead_digid)}</p><form method=\"get\" action=\"{self.href(cur, action)}\" class=\"direct-regelen\">"
                f"<input type=\"hidden\" name=\"{name}\" value=\"{value}\">"
                f"<button type=\"submit\">{E(P[pkey]['form'])} - start aanvraag</button></form>")

    def embedded_js_form(self, cur, pkey, f):
        return self.cta(cur, f.entry, self.t_anon.format(form=P[pkey]["form"]), None)

    # -- traps ----------------------------------------------------------------------------
    def trap(self, cur, pkey, t):
        """Return (html, where, note) for a page-level trap."""
        g = self.gem
        if t == "tarief":
            url, size = self.document(f"tarieventabel-leges-{YEAR}", f"Tarieventabel behorende bij de Legesverordening {YEAR}", [
                "Titel 1 Algemene dienstverlening. Hoofdstuk 1 Burgerlijke stand. Hoofdstuk 2 Reisdocumenten: "
                "paspoort € 84,85; identiteitskaart € 77,85. Hoofdstuk 3 Rijbewijzen.",
                "Titel 2 Dienstverlening vallend onder fysieke leefomgeving: omgevingsvergunning 2,9% van de bouwkosten.",
                "Titel 3 Dienstverlening vallend onder Europese dienstenrichtlijn: exploitatievergunning € 327,-; "
                "alcoholvergunning € 386,-; evenementenvergunning € 56,- / € 420,-; standplaatsvergunning € 96,-."])
            return (f"<p>{self.doc_link(cur, url, f'Tarieventabel leges {YEAR}', size)}</p>", "main",
                    "tariff PDF (tarieventabel leges)")
        if t == "verordening":
            names = {"subsidie": f"Algemene subsidieverordening {g}", "leerlingenvervoer": f"Verordening leerlingenvervoer {g}",
                     "belastingkwijtschelding": "Kwijtscheldingsregeling gemeentelijke belastingen"}
            n = names.get(pkey, f"Algemene Plaatselijke Verordening (APV) {g}")
            url, size = self.document("verordening-" + slugify(n)[:40], n, [
                f"De raad van de gemeente {g}; gelet op artikel 149 van de Gemeentewet; besluit vast te stellen: {n}.",
                "Artikel 1 Begripsbepalingen. Artikel 2 Aanvraag. Artikel 3 Weigeringsgronden. Artikel 4 Inwerkingtreding."])
            return (f"<p>Regelgeving: {self.doc_link(cur, url, n, size)}</p>", "main", f"regulation PDF ({n})")
        if t == "mijnoverheid":
            self.web.feature("trap_mijnoverheid")
            return ("<div class=\"tip\"><h3>Uw gegevens bekijken</h3><p>In MijnOverheid ziet u welke gegevens de "
                    "gemeente van u heeft vastgelegd in de BRP.</p><p><a href=\"http://mijn.overheid.test/\">Inloggen op "
                    "MijnOverheid met DigiD</a></p></div>", "main", "MijnOverheid DigiD login link")
        if t == "afspraak_mijn":
            return (f"<div class=\"afspraak\"><h3>Afspraak maken</h3><p><a href=\"{self.href(cur, self.appt_url)}\">"
                    f"Maak online een afspraak</a>. Afspraak wijzigen of annuleren? Ga naar "
                    f"<a href=\"{self.appt_mijn}\">Mijn afspraak (inloggen met DigiD)</a>.</p></div>", "main",
                    "'Afspraak maken' block with a 'Mijn afspraak (inloggen met DigiD)' link")
        if t == "aux":
            url, size = self.document("toestemming-reisdocument-minderjarige", "Toestemmingsverklaring reisdocument minderjarige", [
                "Met deze verklaring geeft de ouder/voogd die niet meekomt toestemming voor de aanvraag van een "
                "paspoort of identiteitskaart voor een kind jonger dan 18 jaar. Neem een kopie van het "
                "identiteitsbewijs van de ouder mee."], ["Naam minderjarige", "Geboortedatum", "Naam ouder/voogd",
                                                          "Soort document", "Handtekening ouder"])
            return (f"<p>Vraagt u een document aan voor een kind? Dan is toestemming van beide ouders nodig: "
                    f"{self.doc_link(cur, url, 'Toestemmingsverklaring reisdocument minderjarige', size)}</p>", "main",
                    "auxiliary consent PDF (toestemming reisdocument minderjarige), not an application form")
        if t == "machtigen":
            return ("<p>Kunt u dit niet zelf regelen? Met <a href=\"http://machtigen.digid.test/\">DigiD Machtigen</a> "
                    "kan iemand anders het voor u doen.</p>", "main", "DigiD Machtigen link")
        if t == "ol_login":
            self.web.feature("trap_omgevingsloket_login")
            return ("<div class=\"zie-ook\"><h3>Gaat u bouwen of verbouwen?</h3><p>Check eerst of u een vergunning "
                    "nodig heeft (<a href=\"http://omgevingswet.overheid.test/checken/\">vergunningcheck</a>). Uw "
                    "lopende aanvragen ziet u in <a href=\"http://omgevingswet.overheid.test/mijn-omgevingsloket/\">"
                    "Mijn Omgevingsloket (inloggen met DigiD of eHerkenning)</a>.</p></div>", "main",
                    "Omgevingsloket login (DigiD/eHerkenning) for permits, not for this product")
        if t == "bezwaar_other":
            url, text = self.bezwaar_other_target(pkey)
            return (f"<p>Let op: {E(text)} <a href=\"{self.href(cur, url)}\">Bezwaar maken (met DigiD)</a></p>", "main",
                    "DigiD 'Bezwaar maken' link for a different decision")
        if t == "login_nearby":
            return (f"<div class=\"login-blok\"><p>Heeft u al een aanvraag lopen? Bekijk de status in "
                    f"{E(self.portal_name)}.</p><p><a class=\"{self.btn_class}\" href=\"{self.href(cur, self.portal_url)}\">"
                    f"Inloggen op {E(self.portal_name)}</a></p></div>", "main",
                    f"login button for '{self.portal_name}' next to the route")
        if t == "sibling":
            path, stitle = self.sibling_page(pkey)
            return (f"<p>Organiseert u iets kleins? Dan is een melding misschien genoeg: "
                    f"<a href=\"{self.href(cur, path)}\">{E(stitle)}</a>.</p>", "main",
                    f"sibling page '{stitle}' with an online form (another product)")
        if t == "news":
            path, ntitle = self.news_item_for(pkey)
            return (f"<p>Nieuws: <a href=\"{self.href(cur, path)}\">{E(ntitle)}</a></p>", "aside",
                    "news article about the product that mentions DigiD")
        if t == "meld_app":
            return ("<p>Ziet u iets kapot in de buurt? <a href=\"http://www.buitenbeter.test/\">Meld het met de app "
                    "BuitenBeter</a>.</p>", "main", "'Meld een probleem' app link")
        if t == "sidebar_digid":
            items = self.direct_links(exclude=(pkey,))
            return ("<div class=\"direct-regelen\"><h3>Direct regelen</h3><ul>" + "".join(
                f'<li><a href="{self.href(cur, u)}">{E(x)}</a></li>' for x, u in items) + "</ul></div>", "aside",
                    "sidebar with DigiD links for other products")
        raise SystemExit(f"unknown trap {t}")

    portal_name = "Mijn gemeente"
    portal_url = "/mijn"

    def bezwaar_other_target(self, pkey=""):
        if "parkeer" not in pkey and "woz-bezwaar" in self.routes and self.routes["woz-bezwaar"].level == 100:
            r = self.routes["woz-bezwaar"]
            url = r.route_url
            return url, "Wilt u bezwaar maken tegen de WOZ-waarde? Dat is een andere procedure."
        f = self.platform.add("bezwaar-naheffingsaanslag", "Bezwaar naheffingsaanslag parkeerbelasting", "digid",
                              ["Nummer naheffingsaanslag", "Kenteken", "Reden van bezwaar"])
        return f.entry, "Heeft u een parkeerbon (naheffingsaanslag) gekregen? Daarvoor geldt een eigen bezwaarformulier."

    def direct_links(self, exclude=()):
        out = []
        for pk in self.box_products:
            if pk in exclude:
                continue
            r = self.routes.get(pk)
            if r is None or r.level != 100:
                continue
            spec = self.plan[pk]
            target = r.route_url if not spec.has("ov") else r.route_url
            if spec.kind == "V":
                target = self.bodies[spec.arg].info[pk]
            out.append((P[pk]["form"] + " (DigiD)", target))
        return out[:5]

    def sibling_page(self, pkey):
        if not hasattr(self, "_siblings"):
            self._siblings = {}
        if pkey in self._siblings:
            return self._siblings[pkey]
        if pkey == "evenementenvergunning":
            stitle, key, fields = "Melding klein evenement", "klein-evenement", ["Naam evenement", "Datum", "Locatie", "Aantal bezoekers"]
        elif pkey == "kapvergunning":
            stitle, key, fields = "Melding boom kappen (vergunningvrij)", "melding-kap", ["Adres", "Soort boom", "Reden"]
        else:
            stitle, key, fields = "Melding " + P[pkey]["titles"][0].lower(), "melding-" + pkey, ["Omschrijving"]
        f = self.anon_platform.add(key, stitle, "anon", fields)
        path = self.extra_path(stitle)
        main = (f"<h1>{E(stitle)}</h1><p>Voor kleine activiteiten is een melding genoeg. Doe de melding minimaal "
                f"3 weken van tevoren.</p><p>{self.cta(path, f.entry, 'Melding doen', None)}</p>")
        self.put_page(path, stitle, main)
        self.extra_index.append((stitle, path))
        self.web.feature("sibling_page")
        self._siblings[pkey] = (path, stitle)
        return path, stitle

    def extra_path(self, title):
        return self.product_path("__" + slugify(title), title)

    def news_item_for(self, pkey):
        t = {"hondenbelasting": "Hondenbelasting afgeschaft",
             "verhuismelding": "Verhuizing doorgeven? Gebruik de DigiD app"}.get(
            pkey, f"Vernieuwde pagina: {P[pkey]['titles'][0].lower()}")
        for path, title, _, _ in self.news:
            if title == t:
                return path, title
        txt = (f"{t}. Veel zaken regelt u bij de gemeente {self.gem} online met DigiD. Heeft u nog geen DigiD? "
               f"Vraag het aan via digid.nl.")
        path = self.news_path(len(self.news) + 1, t)
        self.news.append((path, t, f"{2 + len(self.news)} juni {YEAR}", txt))
        return path, t

    # -- page assembly --------------------------------------------------------------------
    def sections(self, cur, pkey, r):
        info = P[pkey]
        return {
            "intro": f"<p>{E(self.fill(info['intro']))}</p>",
            "voorwaarden": "<ul>" + "".join(f"<li>{E(self.fill(v))}</li>" for v in info["voorwaarden"]) + "</ul>",
            "aanvragen": r.html,
            "kosten": f"<p>{E(self.fill(info['kosten']))}</p>",
            "termijn": f"<p>{E(self.fill(info['termijn']))}</p>",
        }

    def product_page(self, pkey, spec, pkeys, title):
        cur = self.paths[pkey]
        r = self.routes[pkey]
        sec = self.sections(cur, pkey, r)
        if len(pkeys) > 1:
            other = pkeys[1]
            sec["intro"] += f"<p>{E(self.fill(P[other]['intro']))}</p>"
            sec["kosten"] += f"<p>{E(self.fill(P[other]['kosten']))}</p>"
        main_extra, aside_extra, notes = [], [], []
        for t in spec.traps:
            h, where, note = self.trap(cur, pkey, t)
            (main_extra if where == "main" else aside_extra).append(h)
            notes.append(note)
        main = self.template(cur, pkey, title, sec, "".join(main_extra))
        self.put_page(cur, title, main, aside="".join(aside_extra), pkeys=pkeys, head=self.extra_head(pkey))
        self.search_index.append({"url": self.u(cur), "title": title, "text": self.fill(P[pkey]["intro"])[:180]})
        return notes

    def extra_head(self, pkey):
        if pkey in self.en_pages:
            return (f'<link rel="alternate" hreflang="nl" href="{self.u(self.paths[pkey])}">\n'
                    f'<link rel="alternate" hreflang="en" href="{self.u(self.en_pages[pkey])}">\n')
        return ""

    # -- the build ------------------------------------------------------------------------
    def applicable(self, products):
        return [p["product_key"] for p in products if "G" in p["org_types"]]

    def build(self, products):
        keys = self.applicable(products)
        missing = [k for k in keys if k not in self.plan]
        extra = [k for k in self.plan if k not in keys]
        if missing or extra:
            raise SystemExit(f"{self.key}: plan mismatch missing={missing} extra={extra}")
        # page paths and titles
        groups = {}
        for k in keys:
            s = self.plan[k]
            if s.share:
                groups.setdefault(s.share, []).append(k)
        for k in keys:
            s = self.plan[k]
            if s.kind in ("NF", "NFS"):
                continue
            if s.share:
                g = groups[s.share]
                tl = SHARED_TITLES[s.share]
                title = tl[self.title_pref % len(tl)]
                self.titles[k] = title
                self.paths[k] = self.product_path(g[0], title)
            elif s.kind == "NO":
                title = self.no_title(k, s)
                self.titles[k] = title
                self.paths[k] = self.product_path(k, title)
            else:
                self.titles[k] = self.title_of(k)
                self.paths[k] = self.product_path(k, self.titles[k])
        # routes (first pass: everything except traps)
        for k in keys:
            s = self.plan[k]
            if s.kind in ("NF", "NFS", "NO"):
                continue
            if s.share and groups[s.share][0] != k:
                continue
            self.routes[k] = self.build_route(k, s, self.paths[k])
        for k in keys:
            s = self.plan[k]
            if s.share and groups[s.share][0] != k and s.kind not in ("NF", "NFS", "NO"):
                self.routes[k] = self.routes[groups[s.share][0]]
        # English pages
        for k in keys:
            if self.plan[k].has("en"):
                self.en_pages[k] = self.english_path(k)
        # product pages
        rows = []
        done = set()
        for k in keys:
            s = self.plan[k]
            site_trap_notes = self.site_trap_notes_for(k) if hasattr(self, 'site_trap_notes_for') else list(self.site_traps)
            if self.box_title and self.direct_links(exclude=(k,)):
                site_trap_notes.append(f"'{self.box_title}' box with DigiD links for other products")
            if s.kind in ("NF", "NFS"):
                note = "No page for this product on the site."
                if s.kind == "NFS":
                    note += " " + self.add_stale(k)
                rows.append(self.label(k, "not_found", None, "", None, note, []))
                continue
            if s.kind == "NO":
                page_notes = self.no_page(k, s)
                rows.append(self.label(k, "not_offered", None, self.u(self.paths[k]), None,
                                       f"Not offered: statement on the page titled '{self.titles[k]}'.",
                                       site_trap_notes + page_notes))
                continue
            r = self.routes[k]
            if self.paths[k] in done:
                page_notes = self.shared_notes[self.paths[k]]
            else:
                g = groups[s.share] if s.share else [k]
                page_notes = self.product_page(g[0], self.plan[g[0]], g, self.titles[k])
                self.shared_notes = getattr(self, "shared_notes", {})
                self.shared_notes[self.paths[k]] = page_notes
                done.add(self.paths[k])
            notes = list(r.notes)
            if s.share:
                notes.append(f"page shared with {', '.join(x for x in groups[s.share] if x != k)}")
                self.web.feature("shared_product_page")
            if s.has("aud"):
                notes.append(self.audience_page(k))
            if k in self.en_pages:
                self.english_page(k)
                notes.append(f"English page beside the Dutch one ({self.en_pages[k]})")
            rows.append(self.label(k, "ok", r, self.u(self.paths[k]), r.route_url,
                                   cap("; ".join(notes)) + ".", site_trap_notes + page_notes + r.traps))
        for row in rows:
            self.web.labels.append(row)
        self.build_common()

    def label(self, k, status, r, product_url, route_url, note, traps):
        level = "" if r is None else str(r.level)
        strict = ""
        if r is not None:
            strict = str(100 if (r.level == 100 and r.prefill) else (67 if r.level == 100 else r.level))
            if r.level == 0:
                route_url = ""
        if traps:
            note = note.rstrip(".") + ". Trap: " + "; ".join(traps) + "."
        if r is not None and r.prefill:
            note = note.rstrip(".") + ". Explicit pre-fill statement."
        return {"org_code": self.code, "product_key": k, "level": level, "status": status,
                "product_url": product_url, "route_url": route_url or "", "level_strict": strict,
                "via": (r.via if r is not None else ""), "notes": note}

    def add_stale(self, k):
        title = P[k]["titles"][0]
        path = self.product_path(k, title)
        if self.web.has(self.u(path)):
            path = path + "-oud"
        self.stale.append((title, path))
        self.web.feature("stale_link_to_missing_page")
        return (f"The A-Z list/sitemap still links to {path}, which answers "
                + ("a soft 404 (status 200 'Pagina niet gevonden')." if self.soft404 else "404."))

    def audience_page(self, k):
        title = self.titles[k]
        path = self.product_path(k, title, audience="ondernemers")
        spec = self.plan[k]
        if spec.kind in ("P", "W", "O"):
            url, size = self.form_document(k + "-bedrijven")if False else self.document(
                "aanvraagformulier-" + k + "-bedrijven", P[k]["form"] + " (bedrijven)",
                ["Voor bedrijven en instellingen in het vergunninggebied."], ["Bedrijfsnaam", "KvK-nummer", "Kenteken(s)"])
            cta = self.doc_link(path, url, "Aanvraagformulier bedrijfsvergunning", size)
            lvl = "a printable PDF"
        else:
            f = self.platform.add(k + "-bedrijven", P[k]["form"] + " voor bedrijven", "eh", ["KvK-nummer", "Kenteken(s)"])
            cta = self.cta(path, f.entry, "Bedrijfsvergunning aanvragen (met eHerkenning)", None, "eh")
            lvl = "eHerkenning"
        main = (f"<h1>{E(title)}</h1><p>Heeft u een bedrijf in een vergunninggebied? Dan kunt u een "
                f"bedrijfsvergunning aanvragen voor auto's die u zakelijk gebruikt.</p><p>{cta}</p>"
                f"<p>Bent u bewoner? Kijk dan bij <a href=\"{self.href(path, self.paths[k])}\">{E(title)} voor inwoners</a>.</p>")
        self.put_page(path, title, main)
        self.extra_index.append((title + " (ondernemers)", path))
        self.web.feature("audience_pair")
        return f"a businesses' page of the same name ({path}) has {lvl}; the label follows the citizens' page"

    def english_path(self, k):
        return "/en/" + slugify(P[k]["en"][0])

    def english_page(self, k):
        t, intro = P[k]["en"]
        path = self.en_pages[k]
        r = self.routes[k]
        if r.kind in ("D", "E", "DE", "A"):
            cta = f'<p><a class="{self.btn_class}" href="{self.href(path, r.route_url)}">Go to the form (Dutch)</a></p>'
            if r.kind == "D":
                cta = (f"<p>You need a DigiD to do this online.</p>" + cta)
        elif r.kind == "AF":
            cta = f'<p><a href="{self.href(path, self.appt_url)}">Make an appointment</a></p>'
        else:
            cta = ""
        main = f"<h1>{E(t)}</h1><p>{E(self.fill(intro))}</p>{cta}<p><a href=\"{self.href(path, self.paths[k])}\">Nederlands</a></p>"
        head = (f'<link rel="alternate" hreflang="nl" href="{self.u(self.paths[k])}">\n'
                f'<link rel="alternate" hreflang="en" href="{self.u(path)}">\n')
        self.put_page(path, t, main, lang="en", head=head)
        self.extra_index.append((t + " (English)", path))
        self.web.feature("english_page")

    def no_title(self, k, s):
        return NO_TITLES[s.arg][0]

    def no_page(self, k, s):
        title, text = NO_TITLES[s.arg]
        path = self.paths[k]
        text = self.fill(text)
        main = self.no_template(path, title, text)
        aside, notes = "", []
        for t in s.traps:
            h, where, note = self.trap(path, k, t)
            if where == "main":
                main += h
            else:
                aside += h
            notes.append(note)
        self.put_page(path, title, main, aside=aside, pkeys=(k,))
        self.search_index.append({"url": self.u(path), "title": title, "text": text[:180]})
        self.web.feature("not_offered_statement")
        return notes

    def no_template(self, path, title, text):
        return f"<h1>{E(title)}</h1>" + "".join(f"<p>{E(x)}</p>" for x in text.split("\n"))


NO_TITLES = {
    "vr_belastingen": ("Gemeentelijke belastingen",
                       "De gemeente {gem} heft de onroerendezaakbelasting (OZB), afvalstoffenheffing, rioolheffing en "
                       "toeristenbelasting. De aanslagen worden verzorgd door BsGW.\n"
                       "Venray heft geen hondenbelasting. U hoeft uw hond dus ook niet aan of af te melden."),
    "pm_parkeren": ("Parkeren",
                    "In Peel en Maas is parkeren overal gratis. Er zijn geen vergunninggebieden; een "
                    "parkeervergunning is daarom niet nodig en kunt u ook niet aanvragen.\n"
                    "In de centra van Panningen en Baarlo geldt op sommige plekken een blauwe zone. Gebruik daar een parkeerschijf."),
    "pm_reclame": ("Belastingen voor ondernemers",
                   "Als ondernemer betaalt u onroerendezaakbelasting voor het gebruik en het eigendom van uw pand, en "
                   "rioolheffing. Peel en Maas kent geen reclamebelasting en geen precariobelasting."),
    "br_zondag": ("Koopzondagen",
                  "De gemeenteraad heeft besloten dat winkels in Brunssum op alle zon- en feestdagen open mogen "
                  "tussen 12.00 en 18.00 uur. U hoeft daarvoor geen ontheffing aan te vragen; de gemeente verleent geen "
                  "ontheffingen van de winkeltijden meer."),
    "zv_terras": ("Terras bij uw horecazaak",
                  "Sinds 2022 heeft u in Zevenaar geen terrasvergunning meer nodig. Wel gelden er algemene regels: "
                  "houd 1,5 meter vrij voor voetgangers en ruim het terras op na sluitingstijd.\n"
                  "Een terras op een plein of in een voetgangersgebied? Bespreek dit dan met de centrummanager."),
    "rh_hond": ("Hond",
                "Sinds 1 januari 2023 heft de gemeente Rheden geen hondenbelasting meer. U hoeft uw hond niet meer "
                "aan te melden of af te melden.\nWel geldt een opruimplicht: ruim de poep van uw hond altijd op."),
    "rh_reclame": ("Lokale lasten voor ondernemers",
                   "Ondernemers in Rheden betalen OZB en rioolheffing. De gemeente Rheden heft geen reclamebelasting. "
                   "Voor reclame aan de gevel heeft u meestal ook geen vergunning nodig, zolang u zich aan de "
                   "welstandsregels houdt."),
    "rk_reclame": ("Reclame maken",
                   "Wilt u reclame maken met borden of spandoeken? Houd u dan aan de regels uit de APV.\n"
                   "Reclamebelasting wordt in de gemeente Renkum niet geheven."),
    "ep_parkeren": ("Blauwe zone",
                    "In de centra van Epe en Vaassen geldt een blauwe zone. U parkeert daar gratis met een "
                    "parkeerschijf, maximaal 2 uur.\nParkeervergunningen geeft de gemeente Epe niet uit: die zijn "
                    "nergens nodig."),
    "ep_hond": ("Dieren",
                "Wij bieden dit niet meer aan: de hondenbelasting is in Epe per 1 januari 2015 afgeschaft. U hoeft "
                "uw hond niet meer aan of af te melden.\nHeeft u overlast van dieren of een dood dier gevonden? Doe dan een melding."),
    "er_parkeren": ("Parkeren in Ermelo",
                    "In Ermelo betaalt u niet voor parkeren. Er is geen betaald parkeren en geen "
                    "vergunninghoudersparkeren, dus u heeft geen parkeervergunning nodig.\n"
                    "In het centrum geldt een blauwe zone van maandag tot en met zaterdag."),
    "hg_zondag": ("Winkeltijden",
                  "De gemeenteraad heeft besloten dat winkels in Hengelo elke zondag open mogen van 12.00 tot 18.00 "
                  "uur. Een ontheffing aanvragen is daarom niet nodig (en niet mogelijk).\n"
                  "Op Eerste Kerstdag, Eerste Paasdag en Pinksteren zijn de winkels gesloten."),
}


# ---------------------------------------------------------------------------------------
# Common site pages
# ---------------------------------------------------------------------------------------

class CommonPages:
    """Mixin: homepage, theme pages, A-Z, contact, news, robots, sitemap, search, portals."""

    az_path = "/a-z"
    contact_path = "/contact"
    news_index = "/nieuws/"
    home_path = "/"
    search_path = None
    search_param = "q"
    extra_robots = ""

    def news_path(self, i, title):
        return f"{self.news_index.rstrip('/')}/{slugify(title)}"

    def theme_path(self, theme):
        return "/" + slugify(self.theme_name(theme))

    def pages_by_theme(self):
        out = {}
        seen = set()
        for k in self.plan:
            if k not in self.paths:
                continue
            p = self.paths[k]
            if p in seen:
                continue
            seen.add(p)
            out.setdefault(P[k]["theme"], []).append((self.titles[k], p))
        return out

    def build_common(self):
        self.web.put(self.u(self.logo_path), LOGO_SVG.format(c=self.color, n=E(self.name)))
        self.web.put(self.u("/img/digid-logo.svg"), DIGID_SVG)
        self.web.put(self.u("/img/eherkenning-logo.svg"), EH_SVG)
        # default news
        for t, txt in self.default_news():
            path = self.news_path(len(self.news) + 1, t)
            self.news.append((path, t, f"{10 + len(self.news)} mei {YEAR}", txt))
        bt = self.pages_by_theme()
        for th in THEME_ORDER:
            if th not in bt:
                continue
            path = self.theme_path(th)
            items = sorted(bt[th])
            main = (f"<h1>{E(self.theme_name(th))}</h1><ul class=\"linklist\">" +
                    "".join(f'<li><a href="{self.href(path, p)}">{E(t)}</a></li>' for t, p in items) + "</ul>")
            if th == "ondernemen":
                main += "<ul>" + "".join(f'<li><a href="{self.href(path, p)}">{E(t)}</a></li>'
                                         for t, p in sorted(self.extra_index)) + "</ul>"
            self.put_page(path, self.theme_name(th), main)
        # A-Z
        entries = []
        for th, items in bt.items():
            entries += items
        entries += self.extra_index + self.stale
        entries = sorted(set(entries), key=lambda x: (x[0].lower(), x[1]))
        main = f"<h1>{E(self.az_title)}</h1><ul class=\"a-z\">" + "".join(
            f'<li><a href="{self.href(self.az_path, p)}">{E(t)}</a></li>' for t, p in entries) + "</ul>"
        self.put_page(self.az_path, self.az_title, main)
        # news
        items = "".join(f'<li><a href="{self.href(self.news_index, p)}">{E(t)}</a> <span class="datum">{d}</span></li>'
                        for p, t, d, _ in self.news)
        self.put_page(self.news_index, "Nieuws", f"<h1>Nieuws</h1><ul class=\"nieuws\">{items}</ul>")
        for p, t, d, txt in self.news:
            self.put_page(p, t, f"<h1>{E(t)}</h1><p class=\"datum\">{d}</p><p>{E(txt)}</p>")
        # contact
        self.put_page(self.contact_path, "Contact", self.contact_main())
        self.web.put(self.u("/privacy"), self.layout("/privacy", "Privacyverklaring",
                     "<h1>Privacyverklaring</h1><p>De gemeente gaat zorgvuldig om met uw persoonsgegevens.</p>"))
        self.home()
        self.extras()
        self.robots()
        if self.has_sitemap:
            self.sitemap()
        if self.search_path:
            self.search()
        if self.soft404:
            self.soft404_page()
        if getattr(self, "appt_host", None):
            self.appointment_pages()

    az_title = "Producten en diensten A-Z"

    def default_news(self):
        return [(f"Gemeentehuis {self.gem} gesloten op Koningsdag", "Op Koningsdag is het gemeentehuis gesloten. "
                 "Online kunt u veel zaken gewoon regelen."),
                (f"Nieuwe afvalkalender {YEAR + 1}", "De nieuwe afvalkalender staat online. U vindt de ophaaldagen ook in de app."),
                ("Werkzaamheden aan de Markt", "Vanaf maandag wordt de bestrating op de Markt vernieuwd.")]

    def contact_main(self):
        return (f"<h1>Contact</h1><p>{E(self.name)}<br>{E(self.address)}<br>{E(self.postbus)}</p>"
                f"<p>Telefoon: <a href=\"tel:{self.phone.replace(' ', '')}\">{E(self.phone)}</a><br>"
                f"E-mail: <a href=\"mailto:info@{self.host.replace('www.', '')}\">info@{self.host.replace('www.', '')}</a></p>"
                "<h2>Openingstijden</h2><p>Maandag tot en met vrijdag van 8.30 tot 17.00 uur. Voor de balie "
                "Burgerzaken werken wij op afspraak.</p>")

    def top_tasks(self):
        out = []
        for k in ("verhuismelding", "paspoort", "grofvuil", "melding-openbare-ruimte", "parkeervergunning",
                  "brp-uittreksel", "omgevingsvergunning", "bijstand"):
            if k in self.paths:
                out.append((self.titles[k], self.paths[k]))
        return out

    def home(self):
        path = self.home_path
        tasks = "".join(f'<li><a href="{self.href(path, p)}">{E(t)}</a></li>' for t, p in self.top_tasks())
        themes = "".join(f'<li><a href="{self.href(path, self.theme_path(th))}">{E(self.theme_name(th))}</a></li>'
                         for th in THEME_ORDER if th in self.pages_by_theme())
        news = "".join(f'<li><a href="{self.href(path, p)}">{E(t)}</a></li>' for p, t, _, _ in self.news[:4])
        main = (f"<h1>Welkom bij de gemeente {E(self.gem)}</h1>"
                f"<section class=\"toptaken\"><h2>Veelgezocht</h2><ul>{tasks}</ul></section>"
                f"<section class=\"themas\"><h2>Onderwerpen</h2><ul>{themes}</ul>"
                f"<p><a href=\"{self.href(path, self.az_path)}\">{E(self.az_title)}</a></p></section>"
                f"<section class=\"nieuws\"><h2>Nieuws</h2><ul>{news}</ul>"
                f"<p><a href=\"{self.href(path, self.news_index)}\">Meer nieuws</a></p></section>")
        self.put_page(path, f"Gemeente {self.gem}", main)

    def extras(self):
        pass

    def robots(self):
        lines = ["User-agent: *"]
        if self.search_path:
            lines.append(f"Disallow: {self.search_path}")
        lines.append("Disallow: /admin/")
        if self.extra_robots:
            lines.append(self.extra_robots)
        if self.has_sitemap:
            lines.append(f"Sitemap: {self.u(self.sitemap_path)}")
        self.web.put(self.u("/robots.txt"), "\n".join(lines) + "\n")

    sitemap_path = "/sitemap.xml"

    def sitemap(self):
        urls = set()
        for (h, p) in self.web.files:
            if h == self.host and not p.endswith((".pdf", ".docx", ".odt", ".svg", ".txt", ".xml", ".css")):
                urls.add(self.u(p))
        for t, p in self.stale:
            urls.add(self.u(p))
        body = "".join(f"<url><loc>{E(u)}</loc><lastmod>{YEAR}-05-01</lastmod></url>" for u in sorted(urls))
        self.web.put(self.u(self.sitemap_path), '<?xml version="1.0" encoding="UTF-8"?>\n'
                     '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' + body + "</urlset>\n")
        self.web.feature("sitemap")

    def search(self):
        rel = f"search/{self.host}.json"
        tpl = f"search/{self.host}.html"
        idx = sorted(self.search_index, key=lambda x: x["url"])
        self.web.search_files[rel] = (json.dumps(idx, ensure_ascii=False, indent=0) + "\n").encode()
        page = self.layout(self.search_path, "Zoeken", "<h1>Zoekresultaten voor &quot;<!--QUERY-->&quot;</h1>"
                           "<div class=\"zoekresultaten\"><!--RESULTS--></div>")
        self.web.search_files[tpl] = page.encode()
        self.web.searches.append({"host": self.host, "path": self.search_path, "param": self.search_param,
                                  "index": rel, "template": tpl})
        self.web.feature("site_search")

    def soft404_page(self):
        path = "/pagina-niet-gevonden"
        self.put_page(path, "Pagina niet gevonden", "<h1>Pagina niet gevonden</h1><p>Helaas, de pagina die u zoekt "
                      "bestaat niet (meer). Misschien is de pagina verplaatst. Gebruik de zoekfunctie of ga naar "
                      f"<a href=\"{self.href(path, self.az_path)}\">{E(self.az_title)}</a>.</p>")
        self.web.not_found.append({"host": self.host, "file": f"sites/{self.host}{path}", "status": 200})
        self.web.feature("soft_404")

    def appointment_pages(self):
        h = self.appt_host
        base = self.appt_url
        opts = "".join(f"<option>{E(x)}</option>" for x in (
            "Paspoort aanvragen", "Identiteitskaart aanvragen", "Paspoort of ID-kaart ophalen", "Rijbewijs aanvragen",
            "Aangifte geboorte", "Uittreksel BRP"))
        body = (f"<h1>Afspraak maken - gemeente {E(self.gem)}</h1><form method=\"post\" action=\"{base}\">"
                f"<label>Kies een product <select name=\"product\">{opts}</select></label>"
                "<label>Aantal personen <input name=\"aantal\" value=\"1\"></label>"
                "<label>Datum <input type=\"date\" name=\"datum\"></label><label>Tijd <select name=\"tijd\">"
                "<option>09:00</option><option>09:15</option><option>09:30</option></select></label>"
                "<label>Naam <input name=\"naam\"></label><label>E-mailadres <input name=\"email\"></label>"
                "<button type=\"submit\">Afspraak bevestigen</button></form>"
                f"<p><a href=\"{self.appt_mijn}\">Mijn afspraak wijzigen of annuleren (inloggen met DigiD)</a></p>")
        self.web.put(base, simple_page(f"Afspraak maken | {self.name}", body,
                                       "body{font-family:Arial;margin:24px}label{display:block;margin:8px 0}"))
        login_start(self.web, self.appt_mijn, "digid", None, f"{self.key}-afspraak")
        self.web.put(f"http://{h}/robots.txt", "User-agent: *\nDisallow: /\n")
        self.web.feature("appointment_system")

    def portal_page(self, url, name, with_eh=True):
        """A 'Mijn ...' portal start page with login buttons (a site-wide login, never a product route)."""
        h = url.split("/")[2]
        sp = f"{self.key}-portal"
        d = login_start(self.web, f"http://{h}/inloggen/digid", "digid", None, sp)
        btns = f'<p><a class="btn" href="{d}">Inloggen met DigiD</a></p>'
        if with_eh:
            e = login_start(self.web, f"http://{h}/inloggen/eherkenning", "eh", self.broker, sp)
            btns += f'<p><a class="btn" href="{e}">Inloggen met eHerkenning</a></p>'
        body = (f"<h1>{E(name)}</h1><p>In {E(name)} ziet u uw lopende zaken, berichten en betalingen, en wijzigt u "
                f"uw contactgegevens.</p>{btns}")
        self.web.put(url, simple_page(f"{name} | {self.name}", body, "body{font-family:Arial;margin:24px}.btn{background:#333;color:#fff;padding:8px}"))
        self.web.feature("site_wide_portal_login")


def page_frame(lang, title, head, css, body_class, header, main, aside, footer, base=None, extra_body=""):
    b = f'<base href="{base}">\n' if base else ""
    asid = f'<aside class="sidebar">{aside}</aside>' if aside else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n{b}'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{E(title)}</title>\n'
            f'{head}<style>{css}</style>\n</head>\n<body class="{body_class}">\n{header}\n'
            f'<div class="page"><main id="content">{main}</main>{asid}</div>\n{footer}\n{extra_body}</body>\n</html>\n')


BASE_CSS = ("body{font-family:%s;margin:0;color:#1a1a1a}a{color:%s}header{background:%s;color:#fff;padding:10px 24px}"
            "header a{color:#fff;margin-right:14px}.page{display:flex;gap:32px;padding:20px 24px;max-width:1180px}"
            "main{flex:3}aside{flex:1}footer{background:#eee;padding:16px 24px;font-size:13px}"
            ".button,.btn{background:%s;color:#fff;padding:8px 16px;border:0;text-decoration:none;display:inline-block}")


def css_for(font, color):
    return BASE_CSS % (font, color, color, color)


def feedback_form(action):
    return ('<form class="feedback" method="post" action="%s"><fieldset><legend>Was deze informatie nuttig?</legend>'
            '<label><input type="radio" name="nuttig" value="ja"> Ja</label> <label><input type="radio" name="nuttig" '
            'value="nee"> Nee</label><label for="fb-toelichting">Wat kunnen we verbeteren? (optioneel)</label>'
            '<textarea id="fb-toelichting" name="toelichting"></textarea><button type="submit">Verstuur</button>'
            '</fieldset></form>' % action)


# ---------------------------------------------------------------------------------------
# The ten sites
# ---------------------------------------------------------------------------------------

class OrgSite(CommonPages, Site):
    def site_trap_notes_for(self, k):
        return list(self.site_traps)

    def direct_links(self, exclude=()):
        pool = self.box_products or [k for k in self.plan if self.plan[k].kind == "D"]
        out = []
        for pk in pool:
            if pk in exclude:
                continue
            r = self.routes.get(pk)
            if r is None or r.level != 100:
                continue
            spec = self.plan[pk]
            target = self.bodies[spec.arg].info[pk] if spec.kind == "V" else r.route_url
            out.append((P[pk]["form"] + " (DigiD)", target))
        return out[:5]

    def box_html(self, cur, pkeys):
        if not self.box_title:
            return ""
        items = self.direct_links(exclude=tuple(pkeys))
        if not items:
            return ""
        return (f'<nav class="direct-regelen"><h2>{E(self.box_title)}</h2><ul>' + "".join(
            f'<li><a href="{self.href(cur, u)}">{E(t)}</a></li>' for t, u in items) + "</ul></nav>")


# ---- 1. Sittard-Geleen: NL Design System, root slugs, Open Formulieren (JS) ------------------
class SittardGeleen(OrgSite):
    key, code, gem, name = "SG", "GM1883", "Sittard-Geleen", "Gemeente Sittard-Geleen"
    host, website, inhabitants = "www.sittard-geleen.test", "http://www.sittard-geleen.test/", 91600
    color, phone, address, postbus = "#a6192e", "14 046", "Markt 1, 6131 EK Sittard", "Postbus 18, 6130 AA Sittard"
    title_pref, theme_pref = 0, 0
    site_traps = ["header 'Mijn Sittard-Geleen' login (DigiD/eHerkenning)"]
    box_title = "Direct regelen"
    box_products = ["verhuismelding", "brp-uittreksel", "woz-bezwaar", "bijstand", "huwelijksaangifte", "parkeervergunning"]
    doc_dir = "/sites/default/files/documenten/"
    search_path, search_param = "/zoeken", "zoekterm"
    t_digid, t_eh, t_anon = "{form} met DigiD", "{form} met eHerkenning", "Start het formulier"
    pdf_label = "{t} (PDF, {k} kB)"
    btn_class = "utrecht-button utrecht-button--primary-action"
    PLAN = """
    brp-uittreksel: D
    verhuismelding: D pf en
    geboorteaangifte: D btn
    overlijdensaangifte: I t=tarief
    huwelijksaangifte: D
    paspoort: AF share=reisdoc t=afspraak_mijn,aux
    identiteitskaart: AF share=reisdoc
    parkeervergunning: D aud btn t=bezwaar_other
    gehandicaptenparkeerkaart: D
    gehandicaptenparkeerplaats: D
    hondenbelasting: V:bsgw
    belastingkwijtschelding: V:bsgw t=verordening
    woz-bezwaar: V:bsgw share=belbezwaar
    belastingaanslag-bezwaar: V:bsgw share=belbezwaar
    betalingsregeling: V:bsgw
    reclamebelasting: I t=tarief,login_nearby
    bijstand: D t=machtigen
    bijzondere-bijstand: D
    wmo-voorziening: A t=machtigen
    leerlingenvervoer: D
    grofvuil: A
    afvalcontainer: D
    melding-openbare-ruimte: A js
    omgevingsvergunning: V:ol
    kapvergunning: V:ol
    bouwdossier-inzage: A t=ol_login
    bezwaar: D
    klacht: A
    woo-verzoek: A
    subsidie: DE t=verordening
    evenementenvergunning: DE t=tarief
    exploitatievergunning-horeca: E
    alcoholvergunning: E
    terrasvergunning: E
    standplaatsvergunning: E
    marktvergunning: I t=login_nearby
    geluidsontheffing: E
    winkeltijdenontheffing: P
    kansspelautomaatvergunning: E
    collectevergunning: A
    ligplaatsvergunning: NF
    uitwegvergunning: D
    """

    def setup(self):
        self.platform = Platform(self.web, self, "openforms", "formulieren.sittard-geleen.test", "signicat")
        self.anon_platform = self.platform
        self.appt_host = "sittard-geleen.jccsoftware.test"
        self.appt_url = "http://sittard-geleen.jccsoftware.test/JCC/G-Plan/afspraak-maken/"
        self.appt_mijn = "http://sittard-geleen.jccsoftware.test/JCC/G-Plan/mijn-afspraak/digid"
        self.broker = "signicat"
        self.portal_url, self.portal_name = "http://mijn.sittard-geleen.test/", "Mijn Sittard-Geleen"

    def product_path(self, k, title, audience="inwoners"):
        if audience == "ondernemers":
            return "/ondernemers/" + slugify(title)
        return "/" + slugify(title)

    def theme_path(self, theme):
        return "/thema/" + slugify(self.theme_name(theme))

    def english_path(self, k):
        return "/en/" + slugify(P[k]["en"][0])

    def layout(self, path, title, main, aside="", lang="nl", head="", pkeys=()):
        h = lambda t: self.href(path, t)
        header = (f'<header class="utrecht-page-header"><a href="{h("/")}"><img src="{h(self.logo_path)}" alt="Gemeente '
                  f'Sittard-Geleen"></a><nav class="utrecht-navbar"><a href="{h("/thema/burgerzaken")}">Inwoners</a>'
                  f'<a href="{h("/thema/vergunningen-voor-ondernemers")}">Ondernemers</a><a href="{h(self.news_index)}">Nieuws</a>'
                  f'<a href="{h("/contact")}">Contact</a><a href="{h("/en/")}">English</a></nav>'
                  f'<form class="utrecht-form" method="get" action="{h("/zoeken")}"><input name="zoekterm" '
                  f'aria-label="Zoeken"><button type="submit">Zoeken</button></form>'
                  f'<a class="utrecht-button-link mijn" href="{self.portal_url}">Mijn Sittard-Geleen</a></header>')
        box = self.box_html(path, pkeys) if pkeys else ""
        footer = (f'<footer class="utrecht-page-footer"><p>Gemeente Sittard-Geleen | {E(self.address)} | '
                  f'Bel {E(self.phone)}</p><p><a href="{h("/privacy")}">Privacy</a> | <a href="{h(self.az_path)}">A-Z</a>'
                  f' | <a href="{h("/sitemap.xml")}">Sitemap</a></p></footer>')
        return page_frame(lang, f"{title} | Gemeente Sittard-Geleen", head, css_for("'Open Sans',Arial", self.color),
                          "utrecht-document utrecht-page", header, main, box + aside, footer)

    def template(self, cur, pkey, title, s, extra):
        return (f'<h1 class="utrecht-heading-1">{E(title)}</h1><div class="utrecht-paragraph--lead">{s["intro"]}</div>'
                f'<h2 class="utrecht-heading-2">Aanvragen</h2>{s["aanvragen"]}'
                f'<h2 class="utrecht-heading-2">Voorwaarden</h2>{s["voorwaarden"]}'
                f'<h2 class="utrecht-heading-2">Kosten</h2>{s["kosten"]}'
                f'<h2 class="utrecht-heading-2">Hoe lang duurt het?</h2>{s["termijn"]}{extra}')

    def embedded_js_form(self, cur, pkey, f):
        fid = uid(f.entry)
        return (f'<p>{E(self.lead_anon)}</p><div class="open-forms-sdk-root" id="openforms-container" data-form-id="{fid}" '
                f'data-base-url="http://{self.platform.host}/api/v2/"></div>'
                f'<script>var c=document.getElementById("openforms-container");var a=document.createElement("a");'
                f'a.href="{f.entry}";a.className="utrecht-button";a.textContent="Melding doen";c.appendChild(a);</script>')

    def extras(self):
        self.portal_page(self.portal_url, "Mijn Sittard-Geleen")
        self.put_page("/en/", "English", "<h1>Welcome to Sittard-Geleen</h1><ul>" + "".join(
            f'<li><a href="{self.href("/en/", p)}">{E(P[k]["en"][0])}</a></li>' for k, p in sorted(self.en_pages.items())) + "</ul>", lang="en")


# ---- 2. Venray: GemeenteOplossingen (Drupal) toptaken, GO e-formulieren --------------------
class Venray(OrgSite):
    key, code, gem, name = "VR", "GM0984", "Venray", "Gemeente Venray"
    host, website, inhabitants = "www.venray.test", "http://venray.test/", 44900
    color, phone, address, postbus = "#005ca9", "0478 52 33 33", "Raadhuisstraat 1, 5801 GZ Venray", "Postbus 500, 5800 AM Venray"
    title_pref, theme_pref = 1, 1
    site_traps = ["DigiD logo in the footer", "'Was deze informatie nuttig?' feedback form",
                  "chatbot iframe with a question form"]
    doc_dir = "/sites/default/files/formulieren/"
    has_sitemap = False
    soft404 = True
    search_path, search_param = "/zoeken", "search_api_fulltext"
    t_digid, t_eh, t_anon = "{form}", "{form} (eHerkenning)", "Vul het formulier in"
    lead_digid = "Regel het direct online met DigiD:"
    pdf_label = "{t} (pdf, {k} KB)"
    PLAN = """
    brp-uittreksel: D pf
    verhuismelding: D
    geboorteaangifte: AF t=afspraak_mijn
    overlijdensaangifte: I
    huwelijksaangifte: D
    paspoort: AF t=afspraak_mijn
    identiteitskaart: AF t=afspraak_mijn
    parkeervergunning: V:parkeerservice_venray
    gehandicaptenparkeerkaart: P t=machtigen
    gehandicaptenparkeerplaats: P
    hondenbelasting: NO:vr_belastingen
    belastingkwijtschelding: V:bsgw
    woz-bezwaar: V:bsgw
    belastingaanslag-bezwaar: V:bsgw
    betalingsregeling: V:bsgw
    reclamebelasting: NF
    bijstand: D
    bijzondere-bijstand: P t=login_nearby
    wmo-voorziening: I t=machtigen
    leerlingenvervoer: D
    grofvuil: A jsa
    afvalcontainer: A
    melding-openbare-ruimte: A
    omgevingsvergunning: V:ol
    kapvergunning: D
    bouwdossier-inzage: M t=ol_login
    bezwaar: D
    klacht: A
    woo-verzoek: M t=login_nearby
    subsidie: P t=verordening
    evenementenvergunning: P t=sibling,tarief
    exploitatievergunning-horeca: P share=horeca t=tarief
    alcoholvergunning: P share=horeca
    terrasvergunning: E
    standplaatsvergunning: P t=login_nearby
    marktvergunning: I
    geluidsontheffing: E
    winkeltijdenontheffing: NF
    kansspelautomaatvergunning: P
    collectevergunning: A
    ligplaatsvergunning: NFS
    uitwegvergunning: D
    """

    def setup(self):
        self.platform = Platform(self.web, self, "go", self.host, "kpn")
        self.anon_platform = self.platform
        self.broker = "kpn"
        self.appt_host = "afspraken.venray.test"
        self.appt_url = "http://afspraken.venray.test/qmaticwebbooking/"
        self.appt_mijn = "http://afspraken.venray.test/qmaticwebbooking/mijn-afspraken/login"
        self.portal_url, self.portal_name = "/mijn-venray", "Mijn Venray"
        self.web.host_redirects.append({"host": "venray.test", "status": 301, "to": "www.venray.test"})
        self.web.feature("host_redirect_bare_to_www")

    def product_path(self, k, title, audience=None):
        aud = audience or ("ondernemers" if P.get(k, {}).get("aud") == "ondernemer" else "inwoners")
        return f"/{aud}/{slugify(title)}"

    def theme_path(self, theme):
        return "/onderwerpen/" + slugify(self.theme_name(theme))

    def cta(self, cur, url, text, spec, auth="anon"):
        h = self.href(cur, url)
        if auth == "digid":
            return (f'<a class="button button--digid" href="{h}"><img src="{self.href(cur, "/img/digid-logo.svg")}" '
                    f'alt="DigiD" width="24" height="24"> {E(text)}</a>')
        return Site.cta(self, cur, url, text, spec, auth)

    def layout(self, path, title, main, aside="", lang="nl", head="", pkeys=()):
        h = lambda t: self.href(path, t)
        header = (f'<header id="header"><a class="logo" href="{h("/")}"><img src="{h(self.logo_path)}" alt="Logo gemeente Venray"></a>'
                  f'<ul class="menu"><li><a href="{h("/onderwerpen/paspoort-rijbewijs-en-verhuizen")}">Inwoners</a></li>'
                  f'<li><a href="{h("/onderwerpen/ondernemen")}">Ondernemers</a></li><li><a href="{h("/a-z")}">Producten A-Z</a></li>'
                  f'<li><a href="{h(self.news_index)}">Actueel</a></li><li><a href="{h("/contact")}">Contact</a></li></ul>'
                  f'<form method="get" action="{h("/zoeken")}"><input name="search_api_fulltext"><input type="submit" value="Zoek"></form></header>')
        fb = feedback_form(h("/feedback")) if pkeys else ""
        chat = ('<div class="chatbot"><p>Vraag het Vera, de digitale assistent van Venray</p><iframe '
                'src="http://chat.venray.test/widget" title="Chat met Vera" width="320" height="420"></iframe></div>')
        footer = (f'<footer id="footer"><div class="digid-footer"><a href="http://digid.test/"><img src="{h("/img/digid-logo.svg")}" '
                  f'alt="DigiD"></a> Veel zaken regelt u online met DigiD.</div><p>{E(self.address)} | {E(self.phone)} | '
                  f'<a href="{h("/privacy")}">Privacyverklaring</a> | <a href="{h("/cookies")}">Cookies</a></p></footer>')
        return page_frame(lang, f"{title} | Gemeente Venray", head, css_for("Verdana,sans-serif", self.color),
                          "path-node page-node-type-product", header, main + fb, aside + (chat if pkeys else ""), footer)

    def template(self, cur, pkey, title, s, extra):
        return (f"<h1>{E(title)}</h1><h2>Wat is het?</h2>{s['intro']}<h2>Hoe werkt het?</h2>{s['aanvragen']}"
                f"<h2>Wat heb ik nodig?</h2>{s['voorwaarden']}<h2>Wat kost het?</h2>{s['kosten']}"
                f"<h2>Hoe lang duurt het?</h2>{s['termijn']}{extra}")

    def extras(self):
        login_start(self.web, self.u("/mijn-venray/digid"), "digid", None, "VR-portal")
        self.put_page("/mijn-venray", "Mijn Venray", "<h1>Mijn Venray</h1><p>Bekijk de status van uw aanvragen en "
                      f"meldingen.</p><p><a class=\"button\" href=\"/mijn-venray/digid\">Inloggen met DigiD</a></p>")
        self.web.put(self.u("/feedback"), thanks("Bedankt voor uw reactie"))
        self.web.put("http://chat.venray.test/bericht", thanks())
        self.web.put(self.u("/cookies"), self.layout("/cookies", "Cookies", "<h1>Cookies</h1><p>Wij gebruiken alleen functionele en analytische cookies.</p>"))
        self.web.put("http://chat.venray.test/widget", simple_page("Chat met Vera", (
            "<div class=\"chat\"><p>Hallo! Ik ben Vera. Waar kan ik u mee helpen?</p><form method=\"post\" "
            "action=\"http://chat.venray.test/bericht\"><input name=\"vraag\" placeholder=\"Typ uw vraag\">"
            "<button type=\"submit\">Verstuur</button></form></div>"), "body{font-family:Arial}"))
        self.web.feature("chatbot")


# ---- 3. Peel en Maas: SIM-like PDC catalogue product?id=, <base href>, E-loket overview ---------
class PeelEnMaas(OrgSite):
    key, code, gem, name = "PM", "GM1894", "Peel en Maas", "Gemeente Peel en Maas"
    host, website, inhabitants = "www.peelenmaas.test", "http://peelenmaas.test/", 44300
    color, phone, address, postbus = "#00853f", "077 306 66 66", "Wilhelminaplein 1, 5981 AZ Panningen", "Postbus 7088, 5980 AB Panningen"
    title_pref, theme_pref = 2, 0
    linkstyle, base_href = "base", "http://www.peelenmaas.test/"
    doc_dir = "/documenten/"
    soft404 = True
    az_path, az_title = "/producten", "Producten en diensten"
    news_index = "/actueel/"
    t_digid, t_eh, t_anon = "Direct regelen: {form}", "Direct regelen met eHerkenning: {form}", "Direct regelen"
    overview_name = "E-loket: alle formulieren"
    PLAN = """
    brp-uittreksel: D ov
    verhuismelding: D ov
    geboorteaangifte: I
    overlijdensaangifte: I
    huwelijksaangifte: D ov
    paspoort: AF share=reisdoc
    identiteitskaart: AF share=reisdoc
    parkeervergunning: NO:pm_parkeren
    gehandicaptenparkeerkaart: D ov
    gehandicaptenparkeerplaats: A ov
    hondenbelasting: V:bsgw
    belastingkwijtschelding: V:bsgw
    woz-bezwaar: V:bsgw
    belastingaanslag-bezwaar: V:bsgw
    betalingsregeling: V:bsgw
    reclamebelasting: NO:pm_reclame
    bijstand: D ov
    bijzondere-bijstand: D get
    wmo-voorziening: A ov
    leerlingenvervoer: NF
    grofvuil: I t=meld_app
    afvalcontainer: A ov
    melding-openbare-ruimte: A
    omgevingsvergunning: V:ol
    kapvergunning: V:ol
    bouwdossier-inzage: NF
    bezwaar: D ov
    klacht: D ov
    woo-verzoek: A ov
    subsidie: P t=verordening
    evenementenvergunning: DE ov
    exploitatievergunning-horeca: E ov
    alcoholvergunning: E ov
    terrasvergunning: E ov
    standplaatsvergunning: P
    marktvergunning: NFS
    geluidsontheffing: E ov
    winkeltijdenontheffing: NF
    kansspelautomaatvergunning: P
    collectevergunning: I
    ligplaatsvergunning: P
    uitwegvergunning: D ov
    """

    def setup(self):
        self.platform = Platform(self.web, self, "eloket", "eloket.peelenmaas.test", "kpn")
        self.anon_platform = self.platform
        self.broker = "kpn"
        self.overview_url = "http://eloket.peelenmaas.test/formulieren"
        self.appt_host = "afspraken.peelenmaas.test"
        self.appt_url = "http://afspraken.peelenmaas.test/afspraak/"
        self.appt_mijn = "http://afspraken.peelenmaas.test/afspraak/mijn/digid"
        self.portal_url, self.portal_name = "http://eloket.peelenmaas.test/mijnloket", "Mijn Loket"
        self.next_id = 1000
        self.ids = {}
        self.web.host_redirects.append({"host": "peelenmaas.test", "status": 301, "to": "www.peelenmaas.test"})
        self.web.feature("host_redirect_bare_to_www")
        self.web.feature("base_href")

    def product_path(self, k, title, audience=None):
        key = (k, audience)
        if key not in self.ids:
            self.next_id += 7
            self.ids[key] = self.next_id
        return f"/product?id={self.ids[key]}"

    def add_stale(self, k):
        self.next_id += 7
        path = f"/product?id={self.next_id}"
        self.stale.append((P[k]["titles"][0], path))
        self.web.feature("stale_link_to_missing_page")
        return (f"The product list still links to {path}; the catalogue answers it with a soft 404 "
                "(status 200 'Pagina niet gevonden').")

    def theme_path(self, theme):
        return f"/{slugify(self.theme_name(theme))}"

    def news_path(self, i, title):
        return f"/actueel/nieuws_{3200 + i}/{slugify(title)}"

    def site_trap_notes_for(self, k):
        notes = ["header 'Mijn Loket' login (DigiD/eHerkenning)", "footer link to the BuitenBeter app"]
        r = self.routes.get(k)
        if r is None or r.route_url is None or "eloket.peelenmaas.test" not in (r.route_url or ""):
            notes.append("sidebar link to the E-loket 'Alle formulieren' overview listing forms of other products")
        return notes

    def layout(self, path, title, main, aside="", lang="nl", head="", pkeys=()):
        h = lambda t: self.href(path, t)
        header = (f'<header><div class="skiplink"><a href="#content">Naar de inhoud</a></div><a href="./"><img src="{h(self.logo_path)}" '
                  f'alt="Gemeente Peel en Maas"></a> <a href="{h("/producten")}">Producten en diensten</a> '
                  f'<a href="{h(self.news_index)}">Actueel</a> <a href="{h("/contact")}">Contact</a> '
                  f'<a class="mijnloket" href="{self.portal_url}">Mijn Loket</a></header>')
        side = ""
        if pkeys:
            side = (f'<div class="blok eloket"><h2>E-loket</h2><p>Alle formulieren van de gemeente op een rij.</p>'
                    f'<p><a href="{self.overview_url}">Alle formulieren</a></p></div>')
        footer = (f'<footer><p>Gemeente Peel en Maas, {E(self.address)}. Telefoon {E(self.phone)}.</p>'
                  f'<p>Kapotte lantaarnpaal of losse tegel? <a href="http://www.buitenbeter.test/">Meld het met de '
                  f'BuitenBeter-app</a></p><p><a href="{h("/privacy")}">Privacy</a> <a href="{h("/sitemap.xml")}">Sitemap</a></p></footer>')
        return page_frame(lang, f"{title} - Gemeente Peel en Maas", head, css_for("Arial", self.color), "sim-pdc",
                          header, main, side + aside, footer, base=self.base_href)

    def template(self, cur, pkey, title, s, extra):
        return (f"<h1>{E(title)}</h1><div class=\"product-informatie\"><h2>Product informatie</h2>"
                f"<details open><summary>Inleiding</summary>{s['intro']}</details>"
                f"<details open><summary>Voorwaarden</summary>{s['voorwaarden']}</details>"
                f"<details open><summary>Aanpak</summary>{s['aanvragen']}</details>"
                f"<details><summary>Kosten</summary>{s['kosten']}</details>"
                f"<details><summary>Termijn</summary>{s['termijn']}</details></div>{extra}")

    def get_cta(self, cur, pkey, f, auths):
        # The E-loket form reached with a GET form (hidden field id)
        action, _, query = f.entry.partition("?")
        self.web.feature("cta_get_form")
        return (f"<p>{E(self.lead_digid)}</p><form method=\"get\" action=\"{action}\">"
                f"<input type=\"hidden\" name=\"id\" value=\"{query.split('=')[1]}\">"
                f"<input type=\"submit\" value=\"{E(P[pkey]['form'])} (DigiD)\"></form>")

    def extras(self):
        self.portal_page(self.portal_url, "Mijn Loket Peel en Maas")
        rows = "".join(f'<tr><td><a href="{e}">{E(t)}</a></td><td>{ {"digid": "DigiD", "eh": "eHerkenning", "digid_eh": "DigiD / eHerkenning", "anon": "Zonder inloggen"}[a]}</td></tr>'
                       for t, e, a in sorted(self.platform.catalog))
        self.web.put(self.overview_url, self.platform.wrap("Alle formulieren", (
            "<h1>E-loket: alle formulieren</h1><p>Kies het formulier dat u wilt invullen.</p>"
            f"<table class=\"formulieren\"><tr><th>Formulier</th><th>Inloggen</th></tr>{rows}</table>")))
        self.web.put("http://www.buitenbeter.test/", simple_page("BuitenBeter app", (
            "<h1>BuitenBeter</h1><p>Meld problemen in de openbare ruimte met de BuitenBeter-app. Download de app "
            "in de App Store of Google Play.</p>")))
        self.web.feature("forms_overview_page")


# ---- 4. Brunssum: nested lowercase paths, ../ links, TriplEforms, cookie wall ----------------
class Brunssum(OrgSite):
    key, code, gem, name = "BR", "GM0899", "Brunssum", "Gemeente Brunssum"
    host, website, inhabitants = "www.brunssum.test", "http://www.brunssum.test/", 27600
    color, phone, address, postbus = "#003b71", "045 527 85 55", "Lindeplein 1, 6444 AT Brunssum", "Postbus 250, 6440 AG Brunssum"
    title_pref, theme_pref = 0, 2
    linkstyle = "rel"
    site_traps = ["header 'Mijn belastingen (BsGW)' DigiD login of the tax office",
                  "sidebar news item about DigiD"]
    box_title = "Populaire onderwerpen"
    box_products = ["verhuismelding", "brp-uittreksel", "woz-bezwaar", "bijstand", "huwelijksaangifte"]
    doc_dir = "/media/formulieren/"
    home_path = "/home"
    t_digid, t_eh, t_anon = "Inloggen met DigiD: {form}", "Inloggen met eHerkenning: {form}", "Formulier starten"
    pdf_label = "{t} (PDF {k} kB)"
    PLAN = """
    brp-uittreksel: D img
    verhuismelding: D img
    geboorteaangifte: AF
    overlijdensaangifte: I
    huwelijksaangifte: D
    paspoort: AF share=reisdoc t=afspraak_mijn
    identiteitskaart: AF share=reisdoc
    parkeervergunning: P aud
    gehandicaptenparkeerkaart: P
    gehandicaptenparkeerplaats: I
    hondenbelasting: V:bsgw
    belastingkwijtschelding: V:bsgw
    woz-bezwaar: V:bsgw
    belastingaanslag-bezwaar: V:bsgw
    betalingsregeling: V:bsgw
    reclamebelasting: NF
    bijstand: D
    bijzondere-bijstand: D aux
    wmo-voorziening: D
    leerlingenvervoer: P
    grofvuil: V:rd4
    afvalcontainer: V:rd4
    melding-openbare-ruimte: A
    omgevingsvergunning: V:ol
    kapvergunning: V:ol
    bouwdossier-inzage: A
    bezwaar: I t=bezwaar_other
    klacht: A btn
    woo-verzoek: A
    subsidie: DE
    evenementenvergunning: DE img
    exploitatievergunning-horeca: P t=tarief
    alcoholvergunning: P t=tarief
    terrasvergunning: P
    standplaatsvergunning: P
    marktvergunning: I
    geluidsontheffing: E
    winkeltijdenontheffing: NO:br_zondag
    kansspelautomaatvergunning: P
    collectevergunning: I
    ligplaatsvergunning: NF
    uitwegvergunning: P
    """

    def setup(self):
        self.platform = Platform(self.web, self, "triple", "formulieren.brunssum.test", "signicat")
        self.anon_platform = self.platform
        self.broker = "signicat"
        self.appt_host = "brunssum.afspraakmaken.test"
        self.appt_url = "http://brunssum.afspraakmaken.test/"
        self.appt_mijn = "http://brunssum.afspraakmaken.test/mijn-afspraak/inloggen"
        self.portal_url, self.portal_name = "http://www.bsgw.test/mijn-bsgw/", "Mijn BsGW"
        self.web.feature("relative_dotdot_links")

    def product_path(self, k, title, audience=None):
        if audience == "ondernemers" or P.get(k, {}).get("aud") == "ondernemer" or k.startswith("__"):
            return f"/ondernemers/{slugify(title)}/"
        return f"/inwoners/{slugify(self.theme_name(P[k]['theme']))}/{slugify(title)}/"

    def theme_path(self, theme):
        if theme == "ondernemen":
            return "/ondernemers/"
        return f"/inwoners/{slugify(self.theme_name(theme))}/"

    def news_path(self, i, title):
        return f"/nieuws/{YEAR}/{slugify(title)}/"

    news_index = "/nieuws/"
    az_path = "/a-z/"
    contact_path = "/contact/"

    def layout(self, path, title, main, aside="", lang="nl", head="", pkeys=()):
        h = lambda t: self.href(path, t)
        header = (f'<header class="site-header"><a href="{h("/home")}"><img src="{h(self.logo_path)}" alt="Gemeente Brunssum"></a>'
                  f'<nav><a href="{h("/inwoners/documenten-en-burgerzaken/")}">Inwoners</a><a href="{h("/ondernemers/")}">Ondernemers</a>'
                  f'<a href="{h("/a-z/")}">A-Z</a><a href="{h("/contact/")}">Contact</a></nav>'
                  f'<div class="service"><a href="http://www.bsgw.test/mijn-bsgw/">Mijn belastingen (BsGW)</a></div></header>')
        side = ""
        if pkeys:
            news = [n for n in self.news if "DigiD" in n[1]]
            side = self.box_html(path, pkeys)
            if news:
                side += (f'<div class="nieuwsblok"><h2>Nieuws</h2><p><a href="{h(news[0][0])}">{E(news[0][1])}</a></p></div>')
        footer = (f'<footer><p>Gemeente Brunssum - {E(self.address)} - {E(self.phone)}</p><p><a href="{h("/privacy")}">Privacy</a> '
                  f'<a href="{h("/sitemap.xml")}">Sitemap</a></p></footer>')
        return page_frame(lang, f"{title} - Gemeente Brunssum", head, css_for("Roboto,Arial", self.color), "sc-page",
                          header, main, side + aside, footer)

    def template(self, cur, pkey, title, s, extra):
        return (f"<article><h1>{E(title)}</h1><h2>Omschrijving</h2>{s['intro']}<h2>Aanvragen</h2>{s['aanvragen']}"
                f"<h2>Voorwaarden</h2>{s['voorwaarden']}<h2>Kosten</h2>{s['kosten']}<h2>Termijn</h2>{s['termijn']}{extra}</article>")

    def default_news(self):
        return [("Inloggen met DigiD: vanaf 1 oktober alleen met de app of sms-controle",
                 "Vanaf 1 oktober kunt u bij de gemeente Brunssum en bij BsGW alleen nog inloggen met de DigiD app of "
                 "met DigiD en sms-controle. Zo regelt u verhuizen, een uittreksel en bezwaar tegen de WOZ veilig online.")] + \
            OrgSite.default_news(self)

    def build(self, products):
        # news must exist before product pages are rendered (sidebar)
        t, txt = self.default_news()[0]
        self.news.append((self.news_path(1, t), t, f"2 april {YEAR}", txt))
        self._news_seeded = True
        OrgSite.build(self, products)

    def build_common(self):
        dn = self.default_news
        self.default_news = lambda: dn()[1:]
        OrgSite.build_common(self)
        # cookie wall at the root
        self.web.put(self.u("/"), simple_page("Cookies - Gemeente Brunssum", (
            "<div class=\"cookiewall\"><h1>Deze website gebruikt cookies</h1><p>Wij gebruiken functionele en "
            "analytische cookies. Met uw toestemming plaatsen wij ook cookies voor video's van YouTube.</p>"
            "<form method=\"get\" action=\"/cookies\"><input type=\"hidden\" name=\"keuze\" value=\"alle\">"
            "<button type=\"submit\">Alle cookies accepteren</button></form>"
            "<form method=\"get\" action=\"/cookies\"><input type=\"hidden\" name=\"keuze\" value=\"noodzakelijk\">"
            "<button type=\"submit\">Alleen noodzakelijke cookies</button></form></div>"), "body{font-family:Arial;margin:40px}"))
        self.web.redirect(self.u("/cookies"), self.u("/home"), 302)
        self.web.feature("cookie_wall")


# ---- 5. Zevenaar: OpenWebConcept /onderwerp/, Gravity Forms, language splash ----------------
class Zevenaar(OrgSite):
    key, code, gem, name = "ZV", "GM0299", "Zevenaar", "Gemeente Zevenaar"
    host, website, inhabitants = "www.zevenaar.test", "http://www.zevenaar.test/", 45100
    color, phone, address, postbus = "#c8102e", "14 0316", "Kerkstraat 27, 6901 AA Zevenaar", "Postbus 10, 6900 AA Zevenaar"
    title_pref, theme_pref = 1, 0
    site_traps = ["DigiD logo in the footer linking to the 'Mijn Zevenaar' login", "'Was deze informatie nuttig?' feedback form"]
    doc_dir = "/wp-content/uploads/2024/11/"
    home_path = "/home"
    search_path, search_param = "/zoeken/", "s"
    t_digid, t_eh, t_anon = "{form} (met DigiD)", "{form} (met eHerkenning)", "Formulier invullen"
    pdf_label = "{t} [pdf, {k} kB]"
    sitemap_path = "/sitemap_index.xml"
    PLAN = """
    brp-uittreksel: D
    verhuismelding: D pf en
    geboorteaangifte: D
    overlijdensaangifte: I
    huwelijksaangifte: D
    paspoort: AF en t=aux,afspraak_mijn
    identiteitskaart: AF t=afspraak_mijn
    parkeervergunning: D btn
    gehandicaptenparkeerkaart: D
    gehandicaptenparkeerplaats: D
    hondenbelasting: D
    belastingkwijtschelding: P t=login_nearby
    woz-bezwaar: D
    belastingaanslag-bezwaar: D
    betalingsregeling: A
    reclamebelasting: I t=tarief
    bijstand: D
    bijzondere-bijstand: P t=machtigen
    wmo-voorziening: I t=machtigen
    leerlingenvervoer: D
    grofvuil: A en
    afvalcontainer: I
    melding-openbare-ruimte: A ifr
    omgevingsvergunning: V:ol
    kapvergunning: A
    bouwdossier-inzage: M t=ol_login
    bezwaar: D
    klacht: D
    woo-verzoek: D
    subsidie: DE
    evenementenvergunning: P t=tarief
    exploitatievergunning-horeca: E
    alcoholvergunning: E
    terrasvergunning: NO:zv_terras
    standplaatsvergunning: E
    marktvergunning: P
    geluidsontheffing: E
    winkeltijdenontheffing: NF
    kansspelautomaatvergunning: P
    collectevergunning: A
    ligplaatsvergunning: NF
    uitwegvergunning: D
    """

    def setup(self):
        self.platform = Platform(self.web, self, "gravity", "mijn.zevenaar.test", "kpn")
        self.anon_platform = self.platform
        self.broker = "kpn"
        self.appt_host = "afspraken.zevenaar.test"
        self.appt_url = "http://afspraken.zevenaar.test/qmaticwebbooking/"
        self.appt_mijn = "http://afspraken.zevenaar.test/qmaticwebbooking/mijn-afspraak/digid"
        self.portal_url, self.portal_name = "http://mijn.zevenaar.test/mijn-zaken/", "Mijn Zevenaar"

    def product_path(self, k, title, audience=None):
        if audience == "ondernemers":
            return f"/onderwerp/{slugify(title)}-ondernemers"
        return f"/onderwerp/{slugify(title)}"

    def theme_path(self, theme):
        return f"/thema/{slugify(self.theme_name(theme))}/"

    def english_path(self, k):
        return "/en/" + slugify(P[k]["en"][0]) + "/"

    def layout(self, path, title, main, aside="", lang="nl", head="", pkeys=()):
        h = lambda t: self.href(path, t)
        header = (f'<header class="owc-header"><a href="{h("/home")}"><img src="{h(self.logo_path)}" alt="Zevenaar"></a>'
                  f'<nav><a href="{h("/home")}">Home</a><a href="{h(self.az_path)}">Onderwerpen A-Z</a>'
                  f'<a href="{h(self.news_index)}">Nieuws</a><a href="{h("/contact")}">Contact</a>'
                  f'<a href="{h("/en/")}" hreflang="en">English</a><a href="{h("/de/")}" hreflang="de">Deutsch</a></nav>'
                  f'<form role="search" method="get" action="{h("/zoeken/")}"><input type="search" name="s"><button>Zoeken</button></form></header>')
        fb = feedback_form("http://mijn.zevenaar.test/feedback/") if pkeys else ""
        footer = (f'<footer class="owc-footer"><div><a href="{self.portal_url}"><img src="{h("/img/digid-logo.svg")}" alt="Inloggen met DigiD"></a>'
                  f' Mijn Zevenaar</div><p>{E(self.address)} | {E(self.phone)} | <a href="{h("/privacy")}">Privacy</a></p></footer>')
        return page_frame(lang, f"{title} - Gemeente Zevenaar", head, css_for("'Source Sans Pro',Arial", self.color),
                          "wp-theme-owc", header, main + fb, aside, footer)

    def template(self, cur, pkey, title, s, extra):
        return (f"<h1>{E(title)}</h1><div class=\"owc-pdc\"><h2>Wat moet u weten?</h2>{s['intro']}{s['voorwaarden']}"
                f"<h2>Aanvragen</h2>{s['aanvragen']}<h2>Kosten</h2>{s['kosten']}<h2>Meer informatie</h2>{s['termijn']}</div>{extra}")

    def build_common(self):
        OrgSite.build_common(self)
        self.web.put(self.u("/"), simple_page("Gemeente Zevenaar - Kies uw taal", (
            "<div class=\"splash\"><img src=\"/logo.svg\" alt=\"Gemeente Zevenaar\"><h1>Welkom / Willkommen / Welcome</h1>"
            "<ul><li><a href=\"/home\" hreflang=\"nl\">Nederlands</a></li><li><a href=\"/de/\" hreflang=\"de\">Deutsch</a></li>"
            "<li><a href=\"/en/\" hreflang=\"en\">English</a></li></ul></div>"), "body{font-family:Arial;text-align:center}"))
        self.web.feature("language_splash")
        self.put_page("/de/", "Willkommen in Zevenaar", "<h1>Willkommen in Zevenaar</h1><p>Informationen für "
                      "Grenzgänger und neue Einwohner. Die meisten Dienstleistungen finden Sie auf unserer "
                      "niederländischen Website.</p><p><a href=\"/home\">Nederlands</a></p>", lang="de")
        self.put_page("/en/", "Welcome to Zevenaar", "<h1>Welcome to Zevenaar</h1><ul>" + "".join(
            f'<li><a href="{p}">{E(P[k]["en"][0])}</a></li>' for k, p in sorted(self.en_pages.items())) + "</ul>", lang="en")
        self.portal_page(self.portal_url, "Mijn Zevenaar")
        self.web.put("http://mijn.zevenaar.test/feedback/", thanks("Bedankt voor uw reactie"))


# ---- 6. Rheden: Typo3-like .html pages, eSuite GET forms, Formdesk, cookie wall (onclick) ------
class Rheden(OrgSite):
    key, code, gem, name = "RH", "GM0275", "Rheden", "Gemeente Rheden"
    host, website, inhabitants = "www.rheden.test", "http://www.rheden.test/", 44200
    color, phone, address, postbus = "#6d2077", "14 026", "Dorpsstraat 3, 6991 AN Rheden", "Postbus 9110, 6994 ZJ De Steeg"
    title_pref, theme_pref = 1, 2
    site_traps = ["header 'Mijn Rheden' login (DigiD/eHerkenning)"]
    doc_dir = "/fileadmin/user_upload/formulieren/"
    has_sitemap = False
    home_path = "/start.html"
    search_path, search_param = "/zoeken.html", "tx_search[q]"
    az_path, contact_path, news_index = "/a-z.html", "/contact.html", "/actueel.html"
    t_digid, t_eh, t_anon = "Aanvragen met DigiD", "Aanvragen met eHerkenning", "Naar het formulier (Formdesk)"
    overview_name = "Alle formulieren"
    PLAN = """
    brp-uittreksel: D get t=mijnoverheid
    verhuismelding: D get aux
    geboorteaangifte: AF
    overlijdensaangifte: I
    huwelijksaangifte: P
    paspoort: AF share=reisdoc
    identiteitskaart: AF share=reisdoc
    parkeervergunning: D get aud
    gehandicaptenparkeerkaart: P t=machtigen
    gehandicaptenparkeerplaats: NFS
    hondenbelasting: NO:rh_hond t=sidebar_digid,news
    belastingkwijtschelding: D get t=verordening
    woz-bezwaar: D
    belastingaanslag-bezwaar: D
    betalingsregeling: I t=login_nearby
    reclamebelasting: NO:rh_reclame
    bijstand: D
    bijzondere-bijstand: D
    wmo-voorziening: D
    leerlingenvervoer: P t=verordening
    grofvuil: A
    afvalcontainer: A
    melding-openbare-ruimte: A
    omgevingsvergunning: V:ol
    kapvergunning: D
    bouwdossier-inzage: V:geldersarchief t=ol_login
    bezwaar: A ov
    klacht: A ov
    woo-verzoek: M
    subsidie: P ov t=verordening
    evenementenvergunning: DE
    exploitatievergunning-horeca: P ov t=tarief
    alcoholvergunning: E
    terrasvergunning: E
    standplaatsvergunning: E
    marktvergunning: NF
    geluidsontheffing: P
    winkeltijdenontheffing: I
    kansspelautomaatvergunning: E
    collectevergunning: A
    ligplaatsvergunning: P
    uitwegvergunning: V:ol
    """

    def setup(self):
        self.platform = Platform(self.web, self, "esuite", "loket.rheden.test", "signicat")
        self.anon_platform = Platform(self.web, self, "formdesk", "fd8.formdesk.test", "signicat")
        self.broker = "signicat"
        self.overview_url = "/formulieren.html"
        self.appt_host = "rheden.afspraken.test"
        self.appt_url = "http://rheden.afspraken.test/"
        self.appt_mijn = "http://rheden.afspraken.test/mijn/digid"
        self.portal_url, self.portal_name = "http://loket.rheden.test/mijnloket", "Mijn Rheden"
        self.soft404 = True

    def product_path(self, k, title, audience=None):
        aud = audience or ("ondernemers" if P.get(k, {}).get("aud") == "ondernemer" or k.startswith("__") else "inwoners")
        return f"/{aud}/{slugify(title)}.html"

    def theme_path(self, theme):
        return f"/thema/{slugify(self.theme_name(theme))}.html"

    def news_path(self, i, title):
        return f"/actueel/nieuws/{slugify(title)}.html"

    def layout(self, path, title, main, aside="", lang="nl", head="", pkeys=()):
        h = lambda t: self.href(path, t)
        header = (f'<header id="top"><a href="{h("/start.html")}"><img src="{h(self.logo_path)}" alt="Gemeente Rheden"></a>'
                  f'<ul class="nav"><li><a href="{h("/a-z.html")}">Alles van A tot Z</a></li><li><a href="{h("/formulieren.html")}">'
                  f'Formulieren</a></li><li><a href="{h("/actueel.html")}">Actueel</a></li><li><a href="{h("/contact.html")}">Contact</a></li>'
                  f'<li class="login"><a href="{self.portal_url}">Mijn Rheden</a></li></ul></header>')
        footer = (f'<footer><p>Gemeente Rheden | {E(self.address)} | {E(self.phone)}</p><p><a href="{h("/privacy")}">Privacy</a></p></footer>')
        return page_frame(lang, f"Gemeente Rheden: {title}", head, css_for("Georgia,serif", self.color), "typo3",
                          header, main, aside, footer)

    def template(self, cur, pkey, title, s, extra):
        return (f"<h1>{E(title)}</h1>{s['intro']}<h3>Hoe vraag ik het aan?</h3>{s['aanvragen']}<h3>Voorwaarden</h3>"
                f"{s['voorwaarden']}<h3>Kosten</h3>{s['kosten']}<h3>Termijn</h3>{s['termijn']}{extra}")

    def site_trap_notes_for(self, k):
        notes = list(self.site_traps)
        r = self.routes.get(k)
        hosts = (self.platform.host, self.anon_platform.host)
        if r is None or not r.route_url or not (any(h in r.route_url for h in hosts) or "aanvraagformulier" in r.route_url):
            notes.append("header link 'Formulieren' to the overview of all forms (forms of other products)")
        return notes

    def overview_cta(self, cur, pkey, auths):
        return (f"<p>Gebruik het formulier &quot;{E(P[pkey]['form'])}&quot;. U vindt het in het overzicht van alle "
                f"formulieren.</p><p><a href=\"{self.href(cur, self.overview_url)}\">Alle formulieren</a></p>")

    def extras(self):
        self.portal_page(self.portal_url, "Mijn Rheden")
        cat = sorted(self.platform.catalog + self.anon_platform.catalog)
        docs = sorted((u, s) for p, (u, s) in self.docs.items() if "aanvraagformulier" in p)
        main = ("<h1>Alle formulieren</h1><p>Hieronder vindt u alle digitale formulieren en downloads van de "
                "gemeente Rheden.</p><ul>" + "".join(
                    f'<li><a href="{e}">{E(t)}</a>{" (DigiD)" if a == "digid" else (" (eHerkenning)" if a == "eh" else "")}</li>'
                    for t, e, a in cat) + "</ul><h2>Downloads</h2><ul>" + "".join(
                    f'<li><a href="{self.href("/formulieren.html", u)}">{E(u.rsplit("/", 1)[1])}</a> ({s} kB)</li>' for u, s in docs) + "</ul>")
        self.put_page("/formulieren.html", "Alle formulieren", main)
        self.web.feature("forms_overview_page")
        self.web.put(self.u("/"), simple_page("Gemeente Rheden", (
            "<div class=\"consent\"><h1>Wij vragen uw toestemming</h1><p>Gemeente Rheden gebruikt cookies om de "
            "website te verbeteren. Kies hieronder.</p>"
            "<button type=\"button\" onclick=\"location.href='/start.html'\">Akkoord</button> "
            "<button type=\"button\" onclick=\"location.href='/start.html'\">Alleen noodzakelijk</button></div>"),
            "body{font-family:Georgia;margin:40px}"))
        self.web.feature("cookie_wall")


# ---- 7. Renkum: iProx /Inwoners/<Sectie>/<Titel>, ../ links, iForm -----------------------
class Renkum(OrgSite):
    key, code, gem, name = "RK", "GM0274", "Renkum", "Gemeente Renkum"
    host, website, inhabitants = "www.renkum.test", "http://www.renkum.test/", 31900
    color, phone, address, postbus = "#00689d", "0317 36 89 11", "Generaal Urquhartlaan 4, 6861 GG Oosterbeek", "Postbus 9100, 6860 HA Oosterbeek"
    title_pref, theme_pref = 2, 1
    linkstyle = "rel"
    doc_dir = "/Documenten/Formulieren/"
    az_path, contact_path, news_index = "/Inwoners/Alle_onderwerpen_A_Z", "/Contact", "/Nieuws/"
    search_path, search_param = "/Zoeken", "zoeken_term"
    t_digid, t_eh, t_anon = "Regelen met inloggen", "Regelen met eHerkenning", "Regelen zonder inloggen"
    pdf_label = "{t} (pdf, {k} kB)"
    overview_name = "Digitaal loket"
    cta_style = "img"
    PLAN = """
    brp-uittreksel: D
    verhuismelding: D
    geboorteaangifte: D
    overlijdensaangifte: P
    huwelijksaangifte: D
    paspoort: AF
    identiteitskaart: AF
    parkeervergunning: A
    gehandicaptenparkeerkaart: D
    gehandicaptenparkeerplaats: P
    hondenbelasting: D
    belastingkwijtschelding: P t=verordening
    woz-bezwaar: D
    belastingaanslag-bezwaar: D
    betalingsregeling: I
    reclamebelasting: NO:rk_reclame
    bijstand: V:werk
    bijzondere-bijstand: P
    wmo-voorziening: I
    leerlingenvervoer: D
    grofvuil: A
    afvalcontainer: D
    melding-openbare-ruimte: V:fixi
    omgevingsvergunning: V:ol
    kapvergunning: V:ol
    bouwdossier-inzage: V:geldersarchief
    bezwaar: I t=bezwaar_other
    klacht: A ifr
    woo-verzoek: A
    subsidie: DE ov
    evenementenvergunning: P t=sibling
    exploitatievergunning-horeca: E
    alcoholvergunning: P
    terrasvergunning: E
    standplaatsvergunning: E
    marktvergunning: NF
    geluidsontheffing: E
    winkeltijdenontheffing: NF
    kansspelautomaatvergunning: P
    collectevergunning: P
    ligplaatsvergunning: I
    uitwegvergunning: D
    """

    def setup(self):
        self.platform = Platform(self.web, self, "iform", "zaken.renkum.test", "kpn")
        self.anon_platform = self.platform
        self.broker = "kpn"
        self.overview_url = "/Inwoners/Digitaal_loket"
        self.appt_host = "afspraken.renkum.test"
        self.appt_url = "http://afspraken.renkum.test/qmaticwebbooking/"
        self.appt_mijn = "http://afspraken.renkum.test/qmaticwebbooking/mijn/digid"
        self.portal_url, self.portal_name = "/Mijn_Renkum", "Mijn Renkum"
        self.web.feature("relative_dotdot_links")

    SECT = {"burgerzaken": "Burgerzaken", "parkeren": "Verkeer_en_parkeren", "belastingen": "Belastingen",
            "inkomen": "Werk_en_inkomen", "zorg": "Zorg_en_welzijn", "afval": "Afval", "melden": "Melden_en_klachten",
            "bouwen": "Wonen_en_bouwen", "subsidie": "Subsidies", "ondernemen": "Vergunningen"}

    def product_path(self, k, title, audience=None):
        if k.startswith("__") or audience == "ondernemers" or P[k]["aud"] == "ondernemer":
            return f"/Ondernemers/Vergunningen/{underscore(title)}"
        return f"/Inwoners/{self.SECT[P[k]['theme']]}/{underscore(title)}"

    def theme_path(self, theme):
        if theme == "ondernemen":
            return "/Ondernemers/Vergunningen/"
        return f"/Inwoners/{self.SECT[theme]}/"

    def news_path(self, i, title):
        return f"/Nieuws/{underscore(title)[:60]}"

    def site_trap_notes_for(self, k):
        n = ["sidebar 'Stel uw vraag' contact form"]
        if k != "melding-openbare-ruimte":
            n.append("'Meld een probleem (Fixi)' link on every page")
        return n

    def layout(self, path, title, main, aside="", lang="nl", head="", pkeys=()):
        h = lambda t: self.href(path, t)
        header = (f'<header class="iprox-header"><a href="{h("/")}"><img src="{h(self.logo_path)}" alt="Gemeente Renkum"></a>'
                  f'<nav><a href="{h("/Inwoners/Burgerzaken/")}">Inwoners</a> <a href="{h("/Ondernemers/Vergunningen/")}">Ondernemers</a> '
                  f'<a href="{h(self.az_path)}">Alle onderwerpen</a> <a href="{h(self.news_index)}">Nieuws</a> <a href="{h("/Contact")}">Contact</a></nav>'
                  f'<form method="get" action="{h("/Zoeken")}"><input name="zoeken_term"><button>Zoek</button></form></header>')
        side = ""
        if pkeys:
            side = (f'<div class="contactblok"><h2>Stel uw vraag</h2><form method="post" action="{h("/Contact_Vraag")}">'
                    '<label>Naam <input name="naam"></label><label>E-mail <input name="email"></label>'
                    '<label>Uw vraag <textarea name="vraag"></textarea></label><button type="submit">Verstuur</button></form></div>'
                    '<div class="meldblok"><a href="http://renkum.fixi.test/">Meld een probleem in de buitenruimte (Fixi)</a></div>')
        footer = (f'<footer><p>Gemeente Renkum, {E(self.address)}, {E(self.phone)}</p>'
                  f'<p><a href="{h("/privacy")}">Privacy</a> <a href="{h("/sitemap.xml")}">Sitemap</a></p></footer>')
        return page_frame(lang, f"{title} - Gemeente Renkum", head, css_for("Arial", self.color), "iprox", header,
                          main, side + aside, footer)

    def template(self, cur, pkey, title, s, extra):
        acc = lambda t, c: f'<div class="iprox-accordion"><h2 class="acc-kop"><button type="button" aria-expanded="false">{t}</button></h2><div class="acc-inhoud">{c}</div></div>'
        return (f"<h1>{E(title)}</h1>" + acc("Omschrijving", s["intro"]) + acc("Aanvragen", s["aanvragen"]) +
                acc("Voorwaarden", s["voorwaarden"]) + acc("Kosten", s["kosten"]) + acc("Termijn", s["termijn"]) + extra)

    def extras(self):
        login_start(self.web, self.u("/Mijn_Renkum/DigiD"), "digid", None, "RK-portal")
        self.web.put(self.u("/Contact_Vraag"), thanks())
        self.put_page("/Mijn_Renkum", "Mijn Renkum", "<h1>Mijn Renkum</h1><p>Bekijk uw lopende zaken.</p>"
                      f"<p><a href=\"{self.href('/Mijn_Renkum', '/Mijn_Renkum/DigiD')}\">Inloggen met DigiD</a></p>")
        cat = sorted(self.platform.catalog)
        main = ("<h1>Digitaal loket</h1><p>Regel het online. Kies een formulier.</p><ul>" + "".join(
            f'<li><a href="{e}">{E(t)}</a> {"(inloggen met DigiD)" if a == "digid" else ("(eHerkenning)" if a == "eh" else ("(DigiD of eHerkenning)" if a == "digid_eh" else "(zonder inloggen)"))}</li>'
            for t, e, a in cat) + "</ul>")
        self.put_page(self.overview_url, "Digitaal loket", main)
        self.web.feature("forms_overview_page")


# ---- 8. Epe: older SIM /inwoners_43/product/<slug>_<id>.html, <base href>, bare host --------
class Epe(OrgSite):
    key, code, gem, name = "EP", "GM0232", "Epe", "Gemeente Epe"
    host, website, inhabitants = "epe.test", "http://www.epe.test/", 33700
    color, phone, address, postbus = "#2e7d32", "0578 71 37 13", "Pastoriestraat 19, 8162 CS Epe", "Postbus 600, 8160 AP Epe"
    title_pref, theme_pref = 0, 1
    linkstyle, base_href = "base", "http://epe.test/"
    doc_dir = "/inwoners_43/documenten/"
    az_path, news_index = "/inwoners_43/producten-a-z", "/nieuws_3/"
    t_digid, t_eh, t_anon = "Online aanvragen", "Online aanvragen (eHerkenning)", "Formulier invullen"
    cta_style = "img"
    PLAN = """
    brp-uittreksel: D
    verhuismelding: D pf
    geboorteaangifte: I t=afspraak_mijn
    overlijdensaangifte: I
    huwelijksaangifte: AF
    paspoort: AF share=reisdoc t=afspraak_mijn
    identiteitskaart: AF share=reisdoc
    parkeervergunning: NO:ep_parkeren
    gehandicaptenparkeerkaart: P
    gehandicaptenparkeerplaats: I
    hondenbelasting: NO:ep_hond t=sidebar_digid
    belastingkwijtschelding: P t=verordening
    woz-bezwaar: D
    belastingaanslag-bezwaar: D
    betalingsregeling: A
    reclamebelasting: NF
    bijstand: D
    bijzondere-bijstand: D
    wmo-voorziening: D
    leerlingenvervoer: NFS
    grofvuil: V:circulus
    afvalcontainer: V:circulus
    melding-openbare-ruimte: A jsa
    omgevingsvergunning: V:ol
    kapvergunning: P t=sibling
    bouwdossier-inzage: A t=ol_login
    bezwaar: D
    klacht: D
    woo-verzoek: I t=news
    subsidie: P
    evenementenvergunning: DE
    exploitatievergunning-horeca: W share=horeca t=tarief
    alcoholvergunning: W share=horeca
    terrasvergunning: P
    standplaatsvergunning: O
    marktvergunning: I
    geluidsontheffing: E
    winkeltijdenontheffing: I
    kansspelautomaatvergunning: NF
    collectevergunning: A ifr
    ligplaatsvergunning: NF
    uitwegvergunning: P t=ol_login
    """

    def setup(self):
        self.platform = Platform(self.web, self, "sim", "eformulieren.epe.test", "signicat")
        self.anon_platform = self.platform
        self.broker = "signicat"
        self.appt_host = "epe.mijnafspraakmaken.test"
        self.appt_url = "http://epe.mijnafspraakmaken.test/"
        self.appt_mijn = "http://epe.mijnafspraakmaken.test/mijn-afspraken/digid"
        self.portal_url, self.portal_name = "/mijn-epe", "Mijn Epe"
        self.web.host_redirects.append({"host": "www.epe.test", "status": 301, "to": "epe.test"})
        self.web.feature("host_redirect_www_to_bare")
        self.web.feature("base_href")

    def product_path(self, k, title, audience=None):
        aud = audience or ("ondernemers" if k.startswith("__") or P[k]["aud"] == "ondernemer" else "inwoners")
        sect = {"inwoners": "inwoners_43", "ondernemers": "ondernemers_44"}[aud]
        return f"/{sect}/product/{slugify(title)}_{num(self.key, k, title, lo=101, hi=899)}.html"

    def theme_path(self, theme):
        return f"/inwoners_43/{slugify(self.theme_name(theme))}_{num('th', theme, lo=10, hi=99)}.html"

    def news_path(self, i, title):
        return f"/nieuws_3/item/{slugify(title)}_{4100 + i}.html"

    def add_stale(self, k):
        title = P[k]["titles"][0]
        path = self.product_path(k, title)
        self.stale.append((title, path))
        self.web.feature("stale_link_to_missing_page")
        return f"The A-Z list still links to {path} (also listed in the sitemap), which answers 404."

    def layout(self, path, title, main, aside="", lang="nl", head="", pkeys=()):
        h = lambda t: self.href(path, t)
        header = (f'<div id="header"><a href="./"><img src="{h(self.logo_path)}" alt="Gemeente Epe"></a>'
                  f'<ul id="menu"><li><a href="{h(self.az_path)}">Producten A-Z</a></li><li><a href="{h(self.news_index)}">Nieuws</a></li>'
                  f'<li><a href="{h("/contact")}">Contact</a></li></ul></div>')
        footer = (f'<div id="footer">Gemeente Epe | {E(self.address)} | Tel. {E(self.phone)} | <a href="{h("/privacy")}">Privacy</a></div>')
        return page_frame(lang, f"Gemeente Epe - {title}", head, css_for("Tahoma,sans-serif", self.color), "sim",
                          header, main, aside, footer, base=self.base_href)

    def template(self, cur, pkey, title, s, extra):
        return (f"<h1>{E(title)}</h1><h2>Wat is het?</h2>{s['intro']}<h2>Wat moet ik doen?</h2>{s['aanvragen']}"
                f"<h2>Wat heb ik nodig?</h2>{s['voorwaarden']}<h2>Wat kost het?</h2><table class=\"kosten\"><tr><td>"
                f"{s['kosten']}</td></tr></table><h2>Hoe lang duurt het?</h2>{s['termijn']}{extra}")

    def extras(self):
        login_start(self.web, self.u("/mijn-epe/digid"), "digid", None, "EP-portal")


# ---- 9. Ermelo: WordPress /regelen/<slug>/, Open Forms in iframes, Meerinzicht --------------
class Ermelo(OrgSite):
    key, code, gem, name = "ER", "GM0233", "Ermelo", "Gemeente Ermelo"
    host, website, inhabitants = "www.ermelo.test", "http://www.ermelo.test/", 27800
    color, phone, address, postbus = "#e4761b", "14 0341", "Stationsstraat 52, 3851 NK Ermelo", "Postbus 500, 3850 AM Ermelo"
    title_pref, theme_pref = 1, 1
    site_traps = ["chatbot widget (iframe with a question form)", "'Stel uw vraag' link to the general contact form"]
    box_title = "Veelgevraagd"
    box_products = ["verhuismelding", "hondenbelasting", "woz-bezwaar", "huwelijksaangifte", "geboorteaangifte"]
    doc_dir = "/wp-content/uploads/2025/02/"
    soft404 = True
    sitemap_path = "/wp-sitemap.xml"
    t_digid, t_eh, t_anon = "Online regelen", "Online regelen met eHerkenning", "Online regelen"
    lead_digid = "Regel het online. U heeft DigiD nodig."
    PLAN = """
    brp-uittreksel: AF t=mijnoverheid,afspraak_mijn
    verhuismelding: D
    geboorteaangifte: D
    overlijdensaangifte: NF
    huwelijksaangifte: D
    paspoort: AF t=aux
    identiteitskaart: AF
    parkeervergunning: NO:er_parkeren
    gehandicaptenparkeerkaart: A ifr
    gehandicaptenparkeerplaats: P
    hondenbelasting: D
    belastingkwijtschelding: V:meerinzicht
    woz-bezwaar: V:meerinzicht
    belastingaanslag-bezwaar: V:meerinzicht
    betalingsregeling: V:meerinzicht
    reclamebelasting: I t=login_nearby
    bijstand: V:meerinzicht
    bijzondere-bijstand: V:meerinzicht
    wmo-voorziening: A ifr
    leerlingenvervoer: D
    grofvuil: I
    afvalcontainer: A
    melding-openbare-ruimte: A ifr
    omgevingsvergunning: V:ol
    kapvergunning: V:ol
    bouwdossier-inzage: M t=ol_login
    bezwaar: D
    klacht: A
    woo-verzoek: A
    subsidie: I t=verordening
    evenementenvergunning: P t=tarief
    exploitatievergunning-horeca: P share=horeca
    alcoholvergunning: P share=horeca
    terrasvergunning: E
    standplaatsvergunning: E
    marktvergunning: NF
    geluidsontheffing: E
    winkeltijdenontheffing: NF
    kansspelautomaatvergunning: P
    collectevergunning: I
    ligplaatsvergunning: NF
    uitwegvergunning: V:ol
    """

    def setup(self):
        self.platform = Platform(self.web, self, "openforms", "formulieren.ermelo.test", "kpn")
        self.anon_platform = self.platform
        self.broker = "kpn"
        self.appt_host = "ermelo.jccsoftware.test"
        self.appt_url = "http://ermelo.jccsoftware.test/JCC/afspraak/"
        self.appt_mijn = "http://ermelo.jccsoftware.test/JCC/mijn-afspraak/digid"
        self.portal_url, self.portal_name = "/mijn-ermelo/", "Mijn Ermelo"

    def product_path(self, k, title, audience=None):
        return f"/regelen/{slugify(title)}/"

    def theme_path(self, theme):
        return f"/onderwerpen/{slugify(self.theme_name(theme))}/"

    news_index = "/nieuws/"
    az_path = "/a-z/"
    contact_path = "/contact/"

    def news_path(self, i, title):
        return f"/{YEAR}/0{1 + i % 9}/{slugify(title)}/"

    def layout(self, path, title, main, aside="", lang="nl", head="", pkeys=()):
        h = lambda t: self.href(path, t)
        header = (f'<header class="site-header"><a class="custom-logo-link" href="{h("/")}"><img src="{h(self.logo_path)}" alt="Gemeente Ermelo"></a>'
                  f'<nav class="main-navigation"><a href="{h("/a-z/")}">Regelen A-Z</a><a href="{h("/nieuws/")}">Nieuws</a>'
                  f'<a href="{h("/contact/")}">Contact</a><a href="{h("/contact/stel-uw-vraag/")}">Stel uw vraag</a></nav></header>')
        side = self.box_html(path, pkeys) if pkeys else ""
        chat = ('<div id="chatbot-ermelo"></div><script>(function(){var d=document.getElementById("chatbot-ermelo");'
                'var f=document.createElement("iframe");f.src="http://chatbot.ermelo.test/widget/";f.title="Chat met Ermelo";'
                'f.width=340;f.height=460;d.appendChild(f);})();</script>') if pkeys else ""
        footer = (f'<footer class="site-footer"><p>Gemeente Ermelo | {E(self.address)} | {E(self.phone)}</p>'
                  f'<p><a href="{h("/privacy")}">Privacy</a></p></footer>')
        return page_frame(lang, f"{title} - Gemeente Ermelo", head, css_for("Lato,Arial", self.color),
                          "wp-singular page-template-default", header, main, side + aside, footer, extra_body=chat)

    def template(self, cur, pkey, title, s, extra):
        return (f"<h1 class=\"entry-title\">{E(title)}</h1><div class=\"entry-content\">{s['intro']}<h2>Zo werkt het</h2>"
                f"{s['aanvragen']}<h2>Voorwaarden</h2>{s['voorwaarden']}<h2>Kosten</h2>{s['kosten']}"
                f"<h2>Goed om te weten</h2>{s['termijn']}{extra}</div>")

    def extras(self):
        self.portal_page(self.u(self.portal_url), "Mijn Ermelo")
        self.put_page("/contact/stel-uw-vraag/", "Stel uw vraag", (
            "<h1>Stel uw vraag</h1><p>Heeft u een vraag aan de gemeente? Vul het formulier in. Wij antwoorden binnen "
            "5 werkdagen.</p><form method=\"post\" action=\"/contact/stel-uw-vraag/\"><label>Naam * <input name=\"naam\"></label>"
            "<label>E-mailadres * <input name=\"email\"></label><label>Uw vraag * <textarea name=\"vraag\"></textarea></label>"
            "<button type=\"submit\">Versturen</button></form>"))
        self.web.put("http://chatbot.ermelo.test/widget/vraag", thanks())
        self.web.put("http://chatbot.ermelo.test/widget/", simple_page("Chat", (
            "<p>Welkom! Stel hier uw vraag aan de gemeente Ermelo.</p><form method=\"post\" action=\"/widget/vraag\">"
            "<input name=\"q\"><button>Stuur</button></form>"), "body{font-family:Arial}"))
        self.web.feature("chatbot")


# ---- 10. Hengelo: Tridion-like catalogue Product.aspx?pid=, Mijn Hengelo, cookie wall -----------
class Hengelo(OrgSite):
    key, code, gem, name = "HG", "GM0164", "Hengelo", "Gemeente Hengelo"
    host, website, inhabitants = "www.hengelo.test", "http://www.hengelo.test/", 82000
    color, phone, address, postbus = "#0a3b7c", "14 074", "Hazemeijerlaan 2, 7555 RJ Hengelo", "Postbus 18, 7550 AA Hengelo"
    title_pref, theme_pref = 2, 2
    site_traps = ["header 'Mijn Hengelo' DigiD login", "'Was deze informatie nuttig?' feedback form"]
    doc_dir = "/Documenten/Formulieren/"
    has_sitemap = False
    soft404 = True
    home_path = "/Welkom-in-Hengelo/"
    az_path = "/Welkom-in-Hengelo/Loket/Producten-A-Z.html"
    contact_path = "/Welkom-in-Hengelo/Contact.html"
    news_index = "/Welkom-in-Hengelo/Nieuws.html"
    search_path, search_param = "/Welkom-in-Hengelo/Zoeken.html", "q"
    t_digid, t_eh, t_anon = "Start aanvraag (DigiD)", "Start aanvraag (eHerkenning)", "Formulier invullen"
    cta_style = "btn"
    btn_class = "btn btn-primary"
    PLAN = """
    brp-uittreksel: D
    verhuismelding: D en
    geboorteaangifte: D
    overlijdensaangifte: E
    huwelijksaangifte: D
    paspoort: AF en t=afspraak_mijn
    identiteitskaart: AF t=afspraak_mijn,aux
    parkeervergunning: V:mijnparkeren_hengelo
    gehandicaptenparkeerkaart: D
    gehandicaptenparkeerplaats: D
    hondenbelasting: D
    belastingkwijtschelding: D
    woz-bezwaar: D
    belastingaanslag-bezwaar: D
    betalingsregeling: A
    reclamebelasting: I t=tarief
    bijstand: D
    bijzondere-bijstand: D
    wmo-voorziening: I t=machtigen
    leerlingenvervoer: D
    grofvuil: V:twentemilieu
    afvalcontainer: V:twentemilieu
    melding-openbare-ruimte: A js
    omgevingsvergunning: V:ol
    kapvergunning: D
    bouwdossier-inzage: A t=ol_login
    bezwaar: D
    klacht: D
    woo-verzoek: D
    subsidie: DE
    evenementenvergunning: DE
    exploitatievergunning-horeca: E
    alcoholvergunning: E
    terrasvergunning: E
    standplaatsvergunning: E
    marktvergunning: A
    geluidsontheffing: E
    winkeltijdenontheffing: NO:hg_zondag
    kansspelautomaatvergunning: E
    collectevergunning: I
    ligplaatsvergunning: P
    uitwegvergunning: D
    """

    def setup(self):
        self.platform = Platform(self.web, self, "mijn", "mijn.hengelo.test", "signicat")
        self.anon_platform = Platform(self.web, self, "openforms", "formulieren.hengelo.test", "signicat")
        self.broker = "signicat"
        self.appt_host = "hengelo.afspraakmaken.test"
        self.appt_url = "http://hengelo.afspraakmaken.test/"
        self.appt_mijn = "http://hengelo.afspraakmaken.test/mijn-afspraak/digid"
        self.portal_url, self.portal_name = "http://mijn.hengelo.test/", "Mijn Hengelo"
        self.pids = {}

    def product_path(self, k, title, audience=None):
        key = (k, audience)
        if key not in self.pids:
            self.pids[key] = 4000 + num("HG", k, str(audience), lo=100, hi=9899)
        return f"/Welkom-in-Hengelo/Loket/Product.aspx?pid={self.pids[key]}"

    def theme_path(self, theme):
        return f"/Welkom-in-Hengelo/{slugify(self.theme_name(theme)).title()}.html"

    def news_path(self, i, title):
        return f"/Welkom-in-Hengelo/Nieuws/{slugify(title)}.html"

    def english_path(self, k):
        return "/en/" + slugify(P[k]["en"][0]) + ".html"

    def layout(self, path, title, main, aside="", lang="nl", head="", pkeys=()):
        h = lambda t: self.href(path, t)
        header = (f'<header class="header"><a href="{h("/Welkom-in-Hengelo/")}"><img src="{h(self.logo_path)}" alt="Hengelo"></a>'
                  f'<nav><a href="{h(self.az_path)}">Loket A-Z</a> <a href="{h(self.news_index)}">Nieuws</a> '
                  f'<a href="{h(self.contact_path)}">Contact</a> <a href="{h("/en/")}">English</a></nav>'
                  f'<a class="btn mijn" href="{self.portal_url}">Mijn Hengelo</a>'
                  f'<form method="get" action="{h(self.search_path)}"><input name="q"><button>Zoeken</button></form></header>')
        fb = feedback_form(h("/Welkom-in-Hengelo/Feedback.aspx")) if pkeys else ""
        footer = (f'<footer><p>Gemeente Hengelo, {E(self.address)}, telefoon {E(self.phone)}</p>'
                  f'<p><a href="{h("/privacy")}">Privacy</a></p></footer>')
        return page_frame(lang, f"{title} - Gemeente Hengelo", head, css_for("Arial", self.color), "tridion",
                          header, main + fb, aside, footer)

    def template(self, cur, pkey, title, s, extra):
        tab = lambda i, t, c: f'<div class="tab-pane" id="tab{i}" role="tabpanel"><h2>{t}</h2>{c}</div>'
        return (f"<h1>{E(title)}</h1><ul class=\"nav-tabs\" role=\"tablist\"><li>Algemeen</li><li>Aanvragen</li><li>Kosten</li>"
                f"<li>Voorwaarden</li></ul>" + tab(1, "Algemeen", s["intro"]) + tab(2, "Aanvragen", s["aanvragen"]) +
                tab(3, "Kosten", s["kosten"] + s["termijn"]) + tab(4, "Voorwaarden", s["voorwaarden"]) + extra)

    def embedded_js_form(self, cur, pkey, f):
        return (f'<p>{E(self.lead_anon)}</p><div id="of-{pkey}"></div><script>document.getElementById("of-{pkey}").innerHTML='
                f'\'<a class="btn btn-primary" href="{f.entry}">Melding maken</a>\';</script>')

    def build_common(self):
        OrgSite.build_common(self)
        self.portal_page(self.portal_url, "Mijn Hengelo", with_eh=False)
        self.web.put(self.u("/Welkom-in-Hengelo/Feedback.aspx"), thanks("Bedankt voor uw reactie"))
        self.put_page("/en/", "Welcome to Hengelo", "<h1>Welcome to Hengelo</h1><ul>" + "".join(
            f'<li><a href="{p}">{E(P[k]["en"][0])}</a></li>' for k, p in sorted(self.en_pages.items())) + "</ul>", lang="en")
        self.web.put(self.u("/"), simple_page("Gemeente Hengelo - cookies", (
            "<div class=\"cookie-consent\"><h1>Hengelo.nl gebruikt cookies</h1><p>Wij gebruiken cookies om de site "
            "goed te laten werken en om bezoek te meten.</p><p><a href=\"/Welkom-in-Hengelo/?cookies=accepteren\">Akkoord</a> "
            "<a href=\"/Welkom-in-Hengelo/?cookies=weigeren\">Alleen noodzakelijke cookies</a></p></div>"),
            "body{font-family:Arial;margin:40px}"))
        self.web.feature("cookie_wall")


SITES = [SittardGeleen, Venray, PeelEnMaas, Brunssum, Zevenaar, Rheden, Renkum, Epe, Ermelo, Hengelo]


# ---------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------

def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "web"
    products = load_products()
    for p in products:
        if p["product_key"] in P:
            P[p["product_key"]]["aud"] = p["audience"]
    web = Web()
    build_idps(web)
    build_omgevingsloket(web)
    build_rijksoverheid(web)
    bodies = build_bodies(web)
    bodies["circulus"].prefill = True
    for cls in SITES:
        s = cls(web, bodies)
        s.build(products)
        web.orgs.append((s.code, s.name, "gemeente", s.website, str(s.inhabitants)))
    for k, b in sorted(bodies.items()):
        if b.pages:
            b.finish(web)
    web.write(out)
    # summary
    from collections import Counter
    st = Counter(r["status"] for r in web.labels)
    lv = Counter(r["level"] for r in web.labels if r["status"] == "ok")
    traps = sum(1 for r in web.labels if "Trap:" in r["notes"])
    pages = sum(1 for (h, p) in web.files if not p.endswith((".pdf", ".docx", ".odt", ".svg", ".txt", ".xml", ".css")))
    hosts = len({h for (h, p) in web.files})
    print(f"rows={len(web.labels)} status={dict(sorted(st.items()))} levels={dict(sorted(lv.items()))}")
    print(f"rows with page={st['ok'] + st['not_offered']} with trap={traps} pages={pages} hosts={hosts} files={len(web.files)}")


if __name__ == "__main__":
    main()
