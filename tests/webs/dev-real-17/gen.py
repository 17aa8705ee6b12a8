#!/usr/bin/env python3
"""Generate the held-out, trap-weighted test web "web-dev17".

Ten gemeenten (Zuid-Holland, Gooi, Brabant), each in its own CMS structure, with shared
bodies, form platforms, identity providers and ground-truth labels.

    python3 gen.py [OUTDIR]        (default: web/ beside this file)

Deterministic: no randomness, no dependence on set/dict order or hash randomisation; every
list that ends up in a file is built in a fixed order or sorted. Standard library only.
"""
from __future__ import annotations

import csv
import io
import json
import posixpath
import re
import shutil
import sys
import zipfile
import zlib
from html import escape as _esc
from pathlib import Path

PRODUCTS_CSV = Path(__file__).resolve().parent.parent.parent.parent / "config" / "products.csv"

# ---------------------------------------------------------------------------------------
# output store
# ---------------------------------------------------------------------------------------
FILES: dict[tuple[str, str], bytes] = {}
REDIRECTS: list[dict] = []
_REDIRECT_KEYS: dict[str, str] = {}
HOST_REDIRECTS: list[dict] = []
NOT_FOUND_PAGES: list[dict] = []
SEARCHES: list[dict] = []
EXTRA_FILES: dict[str, bytes] = {}   # root-relative files outside sites/


def esc(s: str) -> str:
    return _esc(s, quote=True)


def crc(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


def url_to_file(url: str) -> tuple[str, str]:
    m = re.match(r"^http://([^/]+)(/[^#]*)?$", url)
    assert m, url
    host, path = m.group(1), m.group(2) or "/"
    if "?" in path:
        p, q = path.split("?", 1)
        if p.endswith("/"):
            return host, p.lstrip("/") + "index.html?" + q
        return host, p.lstrip("/") + "?" + q
    if path.endswith("/"):
        return host, path.lstrip("/") + "index.html"
    return host, path.lstrip("/")


def put(url: str, data, overwrite: bool = False) -> None:
    if isinstance(data, str):
        data = data.encode("utf-8")
    key = url_to_file(url)
    if key in FILES and not overwrite and FILES[key] != data:
        raise RuntimeError(f"conflicting content for {url}")
    FILES[key] = data


def exists(url: str) -> bool:
    return url_to_file(url) in FILES


def redirect(url: str, location: str, status: int = 302) -> None:
    if url in _REDIRECT_KEYS:
        if _REDIRECT_KEYS[url] != location:
            raise RuntimeError(f"conflicting redirect {url}")
        return
    _REDIRECT_KEYS[url] = location
    REDIRECTS.append({"url": url, "status": status, "location": location})


def slugify(s: str) -> str:
    s = s.lower()
    for a, b in (("ë", "e"), ("é", "e"), ("è", "e"), ("ï", "i"), ("ö", "o"), ("ü", "u"), ("&", "en"), ("€", "")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def underscored(s: str) -> str:
    s = s.replace("(", "").replace(")", "").replace(",", "").replace(":", "").replace("/", "_")
    s = re.sub(r"\s+", "_", s.strip())
    return s[:1].upper() + s[1:]


def camel(s: str) -> str:
    parts = re.split(r"[^A-Za-z0-9]+", slugify(s))
    return "".join(p[:1].upper() + p[1:] for p in parts if p)


# ---------------------------------------------------------------------------------------
# documents: a small PDF writer (text + AcroForm text fields) and a DOCX writer
# ---------------------------------------------------------------------------------------
def _pdf_str(s: str) -> bytes:
    b = s.encode("cp1252", errors="replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def make_pdf(title: str, lines: list[str], fields: list[str] | None = None, author: str = "") -> bytes:
    """A real PDF: Helvetica text, wrapped lines, optional AcroForm text fields (label + box)."""
    fields = fields or []
    wrapped: list[tuple[str, str]] = []   # (kind, text)
    for ln in lines:
        if ln.startswith("## "):
            wrapped.append(("h", ln[3:]))
            continue
        words, cur = ln.split(" "), ""
        for w in words:
            if len(cur) + len(w) + 1 > 92:
                wrapped.append(("t", cur))
                cur = w
            else:
                cur = (cur + " " + w).strip()
        wrapped.append(("t", cur))
    items = wrapped + [("f", f) for f in fields]
    pages: list[list[tuple[str, str]]] = [[]]
    y = 760
    for it in items:
        step = 22 if it[0] == "f" else (20 if it[0] == "h" else 15)
        if y - step < 60:
            pages.append([])
            y = 780
        pages[-1].append(it)
        y -= step
    objs: dict[int, bytes] = {}
    # 1 catalog, 2 pages, 3 font, 4 info; then per page: page, content; then fields
    n = 5
    page_ids, field_ids = [], []
    page_objs = []
    for pi, pitems in enumerate(pages):
        pid, cid = n, n + 1
        n += 2
        page_ids.append(pid)
        ops = [b"BT"]
        yy = 790 if pi else 790
        if pi == 0:
            ops.append(b"/F1 16 Tf 1 0 0 1 50 %d Tm " % yy + _pdf_str(title) + b" Tj")
            yy = 760
        else:
            yy = 780
        annots = []
        for kind, text in pitems:
            if kind == "h":
                yy -= 6
                ops.append(b"/F1 12 Tf 1 0 0 1 50 %d Tm " % yy + _pdf_str(text) + b" Tj")
                yy -= 14
            elif kind == "t":
                ops.append(b"/F1 10 Tf 1 0 0 1 50 %d Tm " % yy + _pdf_str(text) + b" Tj")
                yy -= 15
            else:
                ops.append(b"/F1 10 Tf 1 0 0 1 50 %d Tm " % yy + _pdf_str(text) + b" Tj")
                fid = n
                n += 1
                field_ids.append(fid)
                annots.append(fid)
                name = re.sub(r"[^A-Za-z0-9]+", "_", text)[:40] + f"_{len(field_ids)}"
                objs[fid] = (b"<< /Type /Annot /Subtype /Widget /FT /Tx /T " + _pdf_str(name) +
                             b" /TU " + _pdf_str(text) +
                             b" /Rect [250 %d 545 %d] /F 4 /P %d 0 R /DA (/Helv 10 Tf 0 g) /MK << /BC [0 0 0] /BG [0.95 0.95 1] >> /Border [0 0 1] >>" % (yy - 5, yy + 12, pid))
                yy -= 22
        ops.append(b"ET")
        stream = b"\n".join(ops)
        objs[cid] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"
        annot = (b" /Annots [" + b" ".join(b"%d 0 R" % a for a in annots) + b"]") if annots else b""
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /Helv 3 0 R >> >> /Contents %d 0 R" % cid) + annot + b" >>"
    acro = b""
    if field_ids:
        acro = (b" /AcroForm << /Fields [" + b" ".join(b"%d 0 R" % f for f in field_ids) +
                b"] /NeedAppearances true /DA (/Helv 10 Tf 0 g) /DR << /Font << /Helv 3 0 R >> >> >>")
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R" + acro + b" >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % p for p in page_ids) + b"] /Count %d >>" % len(page_ids)
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author or "Gemeente") + b" /Producer (gen.py web-dev17) >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in range(1, n):
        offsets[i] = out.tell()
        out.write(b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n" % n)
    out.write(b"0000000000 65535 f \n")
    for i in range(1, n):
        out.write(b"%010d 00000 n \n" % offsets[i])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref))
    return out.getvalue()


def make_docx(title: str, paras: list[str], fields: list[str]) -> bytes:
    def p(text: str, bold: bool = False) -> str:
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'
    body = p(title, True) + "".join(p(x) for x in paras)
    body += "".join(p(f"{f}: ______________________________________") for f in fields)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           f'<w:body>{body}<w:sectPr/></w:body></w:document>')
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
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)):
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def kb(data: bytes) -> str:
    return f"{max(1, round(len(data) / 1024))} kB"


# ---------------------------------------------------------------------------------------
# products (only product_key, name_nl, org_types, audience, offered_by are read)
# ---------------------------------------------------------------------------------------
def load_products() -> dict[str, dict]:
    out = {}
    with open(PRODUCTS_CSV, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out[r["product_key"]] = {k: r[k] for k in ("product_key", "name_nl", "org_types", "audience", "offered_by")}
    return out


CATS = {
    "burgerzaken": "Burgerzaken",
    "parkeren": "Parkeren en verkeer",
    "belastingen": "Belastingen",
    "zorg": "Zorg, werk en inkomen",
    "afval": "Afval en buitenruimte",
    "wonen": "Wonen, bouwen en verbouwen",
    "bestuur": "Klachten, bezwaar en informatie",
    "ondernemen": "Vergunningen voor ondernemers",
}

# My own wordings, written from what Dutch municipal sites say (titles are site titles,
# not UPL names). {gem} = the municipality's name.
C: dict[str, dict] = {
    "brp-uittreksel": dict(cat="burgerzaken", titles=["Uittreksel BRP", "Uittreksel Basisregistratie Personen (BRP)", "Uittreksel aanvragen", "Uittreksel uit de BRP aanvragen", "Uittreksel BRP aanvragen"],
        intro="In de Basisregistratie Personen (BRP) staan uw persoonsgegevens, zoals naam, geboortedatum, nationaliteit en adres. Soms heeft u een officieel bewijs van die gegevens nodig, bijvoorbeeld voor een werkgever, een woningcorporatie, de notaris of een buitenlandse instantie. Dat bewijs is een uittreksel.",
        need=["een geldig identiteitsbewijs (als u aan de balie komt)", "het doel waarvoor u het uittreksel nodig heeft", "uw DigiD als u het online aanvraagt"],
        cost="Een uittreksel kost € 15,20. Een internationaal uittreksel kost € 16,90.", time="U krijgt het uittreksel binnen 5 werkdagen per post thuisgestuurd.",
        act="Uittreksel aanvragen", form="Uittreksel BRP aanvragen", info="counter", en="Extract from the Personal Records Database (BRP)"),
    "verhuismelding": dict(cat="burgerzaken", titles=["Verhuizen", "Verhuizing doorgeven", "Verhuizen naar of binnen {gem}", "Verhuizing doorgeven (adreswijziging)", "Verhuizen binnen {gem}"],
        intro="Gaat u verhuizen naar {gem} of binnen de gemeente? Geef uw verhuizing dan op tijd door. Dat kan vanaf 4 weken vóór tot uiterlijk 5 dagen na de verhuisdatum. Uw nieuwe adres wordt opgenomen in de Basisregistratie Personen (BRP). Veel instanties, zoals de Belastingdienst en uw zorgverzekeraar, krijgen uw nieuwe adres dan automatisch.",
        need=["uw nieuwe adres en de verhuisdatum", "de burgerservicenummers van gezinsleden die met u meeverhuizen", "toestemming van de hoofdbewoner als u bij iemand gaat inwonen"],
        cost="Een verhuizing doorgeven is gratis.", time="U krijgt binnen 5 werkdagen een bevestiging. Soms komt een medewerker controleren of u echt op het nieuwe adres woont.",
        act="Verhuizing doorgeven", form="Verhuizing doorgeven", info="counter", en="Moving to or within {gem}"),
    "geboorteaangifte": dict(cat="burgerzaken", titles=["Geboorte aangeven", "Aangifte geboorte", "Geboorte", "Aangifte van een geboorte", "Geboorteaangifte"],
        intro="Is uw kind geboren? Dan moet u binnen 3 dagen aangifte doen in de gemeente waar uw kind is geboren. Na de aangifte maakt de ambtenaar van de burgerlijke stand de geboorteakte op, en wordt uw kind ingeschreven in de BRP met een burgerservicenummer.",
        need=["uw identiteitsbewijs", "de akte van erkenning of een akte van naamskeuze, als u die al heeft", "de geboortedatum, -tijd en de voornamen van uw kind"],
        cost="Aangifte doen is gratis.", time="De geboorteakte wordt binnen 1 werkdag opgemaakt.",
        act="Geboorte aangeven", form="Aangifte geboorte", info="counter", en="Registering a birth"),
    "overlijdensaangifte": dict(cat="burgerzaken", titles=["Overlijden aangeven", "Aangifte overlijden", "Overlijden", "Overlijden melden"],
        intro="Als iemand overlijdt, moet het overlijden worden aangegeven bij de gemeente waar de persoon is overleden. Meestal doet de uitvaartondernemer de aangifte namens de nabestaanden. De gemeente maakt daarna de akte van overlijden op.",
        need=["de verklaring van overlijden van de arts", "het identiteitsbewijs van de overledene", "gegevens over de begrafenis of crematie"],
        cost="Aangifte doen is gratis. Een afschrift van de overlijdensakte kost € 17,40.", time="De aangifte moet binnen 6 werkdagen na het overlijden zijn gedaan.",
        act="Overlijden aangeven", form="Aangifte overlijden (uitvaartondernemers)", info="undertaker", en="Registering a death"),
    "huwelijksaangifte": dict(cat="burgerzaken", titles=["Trouwen of geregistreerd partnerschap", "Melding voorgenomen huwelijk", "Trouwen", "Huwelijk of partnerschap melden", "Trouwen en partnerschap"],
        intro="Wilt u trouwen of een geregistreerd partnerschap aangaan? Dan doet u eerst een melding voorgenomen huwelijk of partnerschap (vroeger heette dit ondertrouw). Dit doet u minimaal 2 weken en maximaal 1 jaar vóór de trouwdatum.",
        need=["de gegevens van 2 tot 4 getuigen en een kopie van hun identiteitsbewijs", "de gewenste datum, tijd en trouwlocatie", "als u niet in Nederland bent geboren: een geboorteakte"],
        cost="De melding is gratis. Wat de ceremonie kost, hangt af van de dag en de locatie; zie de tarieven.", time="U krijgt binnen 2 weken bericht of de melding is goedgekeurd.",
        act="Voorgenomen huwelijk melden", form="Melding voorgenomen huwelijk of partnerschap", info="counter", en="Getting married"),
    "paspoort": dict(cat="burgerzaken", titles=["Paspoort", "Paspoort aanvragen", "Reisdocument aanvragen", "Paspoort en reisdocumenten"],
        intro="Een paspoort vraagt u persoonlijk aan bij de gemeente waar u staat ingeschreven. Bij de aanvraag nemen we uw vingerafdrukken af en zetten we uw handtekening en pasfoto in het document. Een paspoort voor volwassenen is 10 jaar geldig.",
        need=["een recente pasfoto die voldoet aan de eisen van de Rijksoverheid", "uw huidige paspoort of identiteitskaart", "voor kinderen onder de 18: toestemming van beide gezaghouders"],
        cost="Een paspoort kost € 84,30 (18 jaar en ouder) of € 64,10 (jonger dan 18 jaar).", time="Uw paspoort ligt na 5 werkdagen klaar. Met spoed kan het de volgende werkdag (extra kosten).",
        act="Afspraak maken", form="Paspoort aanvragen", info="appointment", en="Passport"),
    "identiteitskaart": dict(cat="burgerzaken", titles=["Identiteitskaart", "ID-kaart aanvragen", "Identiteitskaart aanvragen", "Nederlandse identiteitskaart"],
        intro="Met een Nederlandse identiteitskaart (ID-kaart) kunt u zich legitimeren en reizen binnen Europa en naar een aantal andere landen. U vraagt een ID-kaart persoonlijk aan; bij de aanvraag nemen we vingerafdrukken af.",
        need=["een recente pasfoto", "uw huidige identiteitsbewijs"],
        cost="Een ID-kaart kost € 77,85 (18 jaar en ouder) of € 43,65 (jonger dan 18 jaar).", time="Uw ID-kaart ligt na 5 werkdagen klaar.",
        act="Afspraak maken", form="Identiteitskaart aanvragen", info="appointment", en="Identity card"),
    "parkeervergunning": dict(cat="parkeren", titles=["Parkeervergunning", "Parkeervergunning aanvragen", "Parkeervergunning bewoners", "Bewonersvergunning parkeren"],
        intro="Woont u in een gebied met betaald parkeren of vergunninghoudersparkeren? Dan kunt u een parkeervergunning aanvragen. Met de vergunning parkeert u in de eigen zone zonder per keer te betalen. Per adres krijgt u maximaal 2 vergunningen.",
        need=["het kenteken van uw auto (op uw naam of een leaseauto)", "bij een leaseauto: een leasecontract of werkgeversverklaring"],
        cost="Een bewonersvergunning kost € 98,40 per jaar; een tweede vergunning € 196,80.", time="De vergunning is na betaling meteen geldig; er is geen papieren kaart meer, de vergunning is gekoppeld aan uw kenteken.",
        act="Parkeervergunning aanvragen", form="Parkeervergunning aanvragen", info="counter", en="Parking permit"),
    "gehandicaptenparkeerkaart": dict(cat="parkeren", titles=["Gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart aanvragen", "Parkeren met een beperking", "Gehandicaptenparkeerkaart (GPK)"],
        intro="Kunt u door een ziekte of beperking niet verder lopen dan 100 meter? Dan kunt u een gehandicaptenparkeerkaart (GPK) aanvragen. Er is een kaart voor bestuurders en een kaart voor passagiers. Met de kaart mag u parkeren op een algemene gehandicaptenparkeerplaats.",
        need=["een recente pasfoto", "uw handtekening (scan of foto)", "informatie over uw beperking; soms volgt een medische keuring"],
        cost="De kaart kost € 112,00, inclusief medische keuring.", time="U krijgt binnen 8 weken een besluit.",
        act="Gehandicaptenparkeerkaart aanvragen", form="Aanvraag gehandicaptenparkeerkaart", info="counter", en="Disabled parking card"),
    "gehandicaptenparkeerplaats": dict(cat="parkeren", titles=["Gehandicaptenparkeerplaats aanvragen", "Gehandicaptenparkeerplaats", "Parkeerplaats op kenteken", "Gehandicaptenparkeerplaats op kenteken"],
        intro="Heeft u een gehandicaptenparkeerkaart en kunt u niet parkeren op eigen terrein? Dan kunt u een gehandicaptenparkeerplaats op kenteken aanvragen in de buurt van uw woning. Alleen de auto met het kenteken op het bord mag er parkeren.",
        need=["een geldige gehandicaptenparkeerkaart", "het kenteken van de auto"],
        cost="Aan de aanvraag zijn geen kosten verbonden.", time="U krijgt binnen 8 weken een besluit; de aanleg duurt daarna nog enkele weken.",
        act="Parkeerplaats aanvragen", form="Aanvraag gehandicaptenparkeerplaats", info="phone", en="Disabled parking space"),
    "hondenbelasting": dict(cat="belastingen", titles=["Hondenbelasting", "Hond aanmelden of afmelden", "Hondenbelasting: hond aan- of afmelden", "Hond aan- en afmelden"],
        intro="Heeft u een hond in {gem}? Dan betaalt u hondenbelasting. U moet uw hond binnen 14 dagen na aanschaf aanmelden. Is uw hond overleden, weggelopen of heeft u hem weggedaan? Meld uw hond dan af; u krijgt dan een deel van de belasting terug.",
        need=["het aantal honden en de datum waarop u de hond kreeg"],
        cost="Tarief 2025: € 87,96 voor de eerste hond en € 131,76 voor iedere volgende hond.", time="U krijgt de aanslag bij de gecombineerde aanslag gemeentelijke belastingen.",
        act="Hond aan- of afmelden", form="Hond aan- of afmelden", info="letter", en="Dog tax"),
    "belastingkwijtschelding": dict(cat="belastingen", titles=["Kwijtschelding gemeentelijke belastingen", "Kwijtschelding aanvragen", "Kwijtschelding", "Kwijtschelding van gemeentelijke belastingen"],
        intro="Heeft u een laag inkomen en weinig vermogen? Dan kunt u misschien kwijtschelding krijgen voor de afvalstoffenheffing en de rioolheffing. U hoeft deze belastingen dan niet of niet helemaal te betalen. Voor de onroerendezaakbelasting en hondenbelasting is geen kwijtschelding mogelijk.",
        need=["bewijs van uw inkomen van de laatste 3 maanden", "bankafschriften van alle rekeningen van de laatste 3 maanden", "uw aanslagbiljet"],
        cost="Het aanvragen van kwijtschelding is gratis.", time="U krijgt binnen 3 maanden een besluit. Tijdens de behandeling hoeft u niet te betalen.",
        act="Kwijtschelding aanvragen", form="Verzoek om kwijtschelding", info="letter", en="Remission of municipal taxes"),
    "woz-bezwaar": dict(cat="belastingen", titles=["Bezwaar maken tegen de WOZ-waarde", "WOZ-waarde: bezwaar maken", "Bezwaar WOZ-beschikking", "WOZ-waarde"],
        intro="Elk jaar bepaalt de gemeente de WOZ-waarde van uw woning of bedrijfspand. Die waarde staat op het aanslagbiljet. Vindt u de WOZ-waarde te hoog of te laag? Dan kunt u binnen 6 weken na de dagtekening bezwaar maken. Bel gerust eerst: vaak kan een taxateur het snel uitleggen.",
        need=["het aanslagbiljet met het aanslagnummer", "de reden waarom u de waarde niet juist vindt, bijvoorbeeld verkoopprijzen van vergelijkbare woningen"],
        cost="Bezwaar maken is gratis.", time="U krijgt uiterlijk aan het einde van het belastingjaar een uitspraak.",
        act="Bezwaar maken", form="Bezwaar WOZ-waarde", info="letter", en="Objecting to the WOZ value"),
    "bijstand": dict(cat="zorg", titles=["Bijstandsuitkering aanvragen", "Bijstand", "Uitkering aanvragen", "Bijstandsuitkering (Participatiewet)"],
        intro="Heeft u niet genoeg inkomen om van te leven en kunt u geen andere uitkering krijgen? Dan kunt u misschien een bijstandsuitkering krijgen. Bent u jonger dan 27 jaar, dan moet u eerst 4 weken zelf zoeken naar werk of een opleiding voordat u de aanvraag kunt doen.",
        need=["een geldig identiteitsbewijs", "bankafschriften van de laatste 3 maanden", "uw huurcontract of hypotheekgegevens", "loonstroken of het ontslagbesluit van uw vorige uitkering"],
        cost="Aan de aanvraag zijn geen kosten verbonden.", time="U krijgt binnen 8 weken een besluit. U kunt een voorschot vragen.",
        act="Bijstand aanvragen", form="Aanvraag bijstandsuitkering", info="phone", en="Social assistance benefit"),
    "bijzondere-bijstand": dict(cat="zorg", titles=["Bijzondere bijstand", "Bijzondere bijstand aanvragen", "Vergoeding voor bijzondere kosten", "Bijzondere kosten vergoeden"],
        intro="Heeft u een laag inkomen en onverwachte, noodzakelijke kosten die u niet zelf kunt betalen? Bijvoorbeeld voor een bewindvoerder, een eigen bijdrage of reiskosten naar het ziekenhuis? Dan kunt u bijzondere bijstand aanvragen.",
        need=["de rekening of offerte van de kosten", "bewijs van inkomen en vermogen van u en uw partner"],
        cost="Aanvragen is gratis.", time="U krijgt binnen 8 weken een besluit.",
        act="Bijzondere bijstand aanvragen", form="Aanvraag bijzondere bijstand", info="phone", en="Special assistance"),
    "wmo-voorziening": dict(cat="zorg", titles=["Wmo: hulp en ondersteuning thuis", "Wmo-voorziening aanvragen", "Hulp bij het huishouden", "Ondersteuning aanvragen (Wmo)", "Melding Wmo"],
        intro="Heeft u hulp nodig om zelfstandig thuis te blijven wonen of mee te doen in de samenleving? Denk aan hulp bij het huishouden, een woningaanpassing, een rolstoel of begeleiding. Dan kunt u een melding doen voor ondersteuning vanuit de Wet maatschappelijke ondersteuning (Wmo). Na uw melding volgt een gesprek met een consulent.",
        need=["een beschrijving van uw situatie", "uw burgerservicenummer"],
        cost="Voor de meeste voorzieningen betaalt u een eigen bijdrage van maximaal € 21,80 per maand (CAK).", time="Binnen 6 weken na uw melding krijgt u een gespreksverslag; daarna beslissen we binnen 2 weken op uw aanvraag.",
        act="Melding Wmo doen", form="Melding maatschappelijke ondersteuning", info="phone", en="Support at home (Wmo)"),
    "leerlingenvervoer": dict(cat="zorg", titles=["Leerlingenvervoer", "Leerlingenvervoer aanvragen", "Vervoer naar school", "Aanvraag leerlingenvervoer"],
        intro="Kan uw kind niet zelfstandig naar school, bijvoorbeeld door een beperking of omdat de school ver weg is? Dan kunt u misschien een vergoeding of aangepast vervoer krijgen. Vraag leerlingenvervoer bij voorkeur vóór 1 mei aan voor het nieuwe schooljaar.",
        need=["het burgerservicenummer van uw kind", "een verklaring van de school of een medische verklaring"],
        cost="Soms betaalt u een eigen bijdrage, afhankelijk van uw inkomen en de afstand.", time="U krijgt binnen 8 weken een besluit.",
        act="Leerlingenvervoer aanvragen", form="Aanvraag leerlingenvervoer", info="phone", en="School transport"),
    "grofvuil": dict(cat="afval", titles=["Grofvuil", "Grofvuil laten ophalen", "Grof huishoudelijk afval", "Grofvuil aanmelden", "Grof afval ophalen"],
        intro="Heeft u grote spullen die niet in de container passen, zoals een bank, matras of kast? Dan kunt u grofvuil laten ophalen. Zet het grofvuil op de ophaaldag vóór 07.30 uur aan de straat. U kunt het ook zelf wegbrengen naar het afvalbrengstation.",
        need=["een lijst van de spullen (maximaal 2 m³ per keer)"],
        cost="Ophalen kost € 25,00 per keer; wegbrengen naar het brengstation is gratis tot 2 m³.", time="We halen het grofvuil binnen 2 weken op; u krijgt een bevestiging met de ophaaldatum.",
        act="Grofvuil aanmelden", form="Grofvuil ophalen", info="phone", en="Bulky waste collection",
        fields=["Welke spullen wilt u laten ophalen?", "Aantal stuks", "Gewenste ophaalweek"]),
    "afvalcontainer": dict(cat="afval", titles=["Afvalcontainer aanvragen of wijzigen", "Minicontainer aanvragen, omruilen of repareren", "Containers", "Kliko aanvragen of omwisselen", "Afvalbak kapot of kwijt"],
        intro="Is uw minicontainer kapot, gestolen of te klein? Of wilt u een extra container voor gft of papier? Dan kunt u een nieuwe container aanvragen, een container laten repareren of omwisselen.",
        need=["uw adres", "het chipnummer van de container als u dat weet"],
        cost="Een extra of grotere container kost € 45,00; reparatie van een kapotte container is gratis.", time="We leveren de container binnen 10 werkdagen.",
        act="Container aanvragen", form="Minicontainer aanvragen of wijzigen", info="phone", en="Waste containers",
        fields=["Wat wilt u doen? (aanvragen, omruilen, repareren)", "Soort container (restafval, gft, papier, pmd)", "Chipnummer (indien bekend)"]),
    "melding-openbare-ruimte": dict(cat="afval", titles=["Melding openbare ruimte", "Meldingen openbare ruimte", "Melding doen", "Probleem melden in de buurt", "Melding woon- en leefomgeving"],
        intro="Ziet u iets kapot of vies in de openbare ruimte? Bijvoorbeeld een losse stoeptegel, een kapotte lantaarnpaal, zwerfafval of een omgewaaide boom? Meld het ons, dan lossen we het zo snel mogelijk op.",
        need=["de plek van het probleem (straat en huisnummer of een punt op de kaart)", "een omschrijving en eventueel een foto"],
        cost="Een melding doen is gratis.", time="Eenvoudige meldingen handelen we binnen 5 werkdagen af.",
        act="Melding doen", form="Melding openbare ruimte", info="phone", en="Reporting a problem in public space",
        fields=["Waar is het probleem? (straat, huisnummer)", "Wat is er aan de hand?", "Foto toevoegen (jpg, png, max. 5 MB)"]),
    "omgevingsvergunning": dict(cat="wonen", titles=["Omgevingsvergunning", "Omgevingsvergunning aanvragen", "Vergunning voor bouwen en verbouwen", "Bouwen en verbouwen: omgevingsvergunning"],
        intro="Wilt u bouwen, verbouwen, een monument aanpassen of iets anders doen in de fysieke leefomgeving? Dan heeft u misschien een omgevingsvergunning nodig. Sinds 1 januari 2024 geldt de Omgevingswet. Met de vergunningcheck in het Omgevingsloket ziet u of u een vergunning nodig heeft of een melding moet doen.",
        need=["tekeningen van de bestaande en de nieuwe situatie", "een situatietekening", "eventueel rapporten, zoals een bodemonderzoek"],
        cost="U betaalt leges; de hoogte hangt af van de bouwkosten. Zie de legesverordening.", time="Bij de reguliere procedure beslissen we binnen 8 weken.",
        act="Vergunning aanvragen", form="Omgevingsvergunning", info="counter", en="Environmental permit"),
    "kapvergunning": dict(cat="wonen", titles=["Boom kappen", "Kapvergunning", "Bomen kappen", "Vergunning voor het kappen van een boom"],
        intro="Wilt u een boom kappen in uw tuin of op uw terrein? Voor sommige bomen heeft u een vergunning nodig, bijvoorbeeld als de boom op de lijst met waardevolle bomen staat of als de stamomtrek op 1,30 meter hoogte meer dan 80 centimeter is.",
        need=["een foto van de boom", "een tekening met de plek van de boom", "de reden van het kappen"],
        cost="Een kapvergunning kost € 82,50 per boom.", time="U krijgt binnen 8 weken een besluit.",
        act="Kapvergunning aanvragen", form="Aanvraag kapvergunning", info="counter", en="Felling a tree",
        fields=["Adres van de boom", "Soort boom en stamomtrek", "Reden van kappen", "Foto van de boom"]),
    "bouwdossier-inzage": dict(cat="wonen", titles=["Bouwdossier inzien", "Bouwtekening opvragen", "Bouwarchief raadplegen", "Inzage bouwdossier"],
        intro="Wilt u de bouwtekeningen of vergunningen van een pand bekijken? Bijvoorbeeld omdat u wilt verbouwen of een huis gaat kopen? In het bouwarchief liggen de dossiers van vergunde bouwwerken. U kunt een digitale kopie opvragen.",
        need=["het adres van het pand", "welke stukken u wilt inzien (bijvoorbeeld plattegronden of constructietekeningen)"],
        cost="Digitaal inzien is gratis. Een afdruk op A3 kost € 3,50 per pagina.", time="U ontvangt de stukken binnen 10 werkdagen.",
        act="Bouwdossier opvragen", form="Aanvraag inzage bouwdossier", info="mailto", en="Building records",
        fields=["Adres van het pand", "Welke stukken wilt u inzien?", "Waarvoor heeft u de stukken nodig?"]),
    "bezwaar": dict(cat="bestuur", titles=["Bezwaar maken", "Bezwaar maken tegen een besluit", "Bezwaarschrift indienen", "Bezwaar en beroep"],
        intro="Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken na de datum van het besluit bezwaar maken. Het college of de commissie bezwaarschriften beoordeelt uw bezwaar opnieuw. Soms nodigen we u uit voor een hoorzitting.",
        need=["een kopie van het besluit", "uw naam, adres en handtekening", "de reden waarom u het niet eens bent met het besluit"],
        cost="Bezwaar maken is gratis.", time="U krijgt binnen 12 weken na het einde van de bezwaartermijn een beslissing.",
        act="Bezwaar maken", form="Bezwaarschrift", info="letter", en="Lodging an objection",
        fields=["Kenmerk en datum van het besluit", "Waarom bent u het niet eens met het besluit?", "Kopie van het besluit (pdf)"]),
    "klacht": dict(cat="bestuur", titles=["Klacht indienen", "Klacht over de gemeente", "Klachten", "Een klacht indienen over een medewerker of de gemeente"],
        intro="Bent u niet tevreden over hoe een medewerker of bestuurder van de gemeente u heeft behandeld? Dan kunt u een klacht indienen. Vaak lossen we het samen op in een gesprek. Lukt dat niet, dan behandelt de klachtencoördinator uw klacht.",
        need=["wie of wat uw klacht betreft", "wanneer het gebeurde"],
        cost="Een klacht indienen is gratis.", time="U krijgt binnen 6 weken een reactie.",
        act="Klacht indienen", form="Klachtenformulier", info="letter", en="Complaints",
        fields=["Over wie of wat gaat uw klacht?", "Wanneer gebeurde het?", "Omschrijving van uw klacht"]),
    "woo-verzoek": dict(cat="bestuur", titles=["Woo-verzoek indienen", "Informatie opvragen (Woo)", "Wet open overheid (Woo)", "Woo-verzoek"],
        intro="Wilt u informatie hebben over een bestuurlijke aangelegenheid, zoals documenten, e-mails of rapporten? Dan kunt u een verzoek doen op grond van de Wet open overheid (Woo). Geef zo precies mogelijk aan welke informatie u zoekt.",
        need=["een omschrijving van de informatie die u zoekt", "de periode waarover het gaat"],
        cost="Een Woo-verzoek is gratis.", time="We beslissen binnen 4 weken; deze termijn kan met 2 weken worden verlengd.",
        act="Woo-verzoek indienen", form="Woo-verzoek", info="mailto", en="Requests under the Open Government Act",
        fields=["Over welk onderwerp wilt u informatie?", "Om welke periode gaat het?", "In welke vorm wilt u de informatie ontvangen?"]),
    "subsidie": dict(cat="bestuur", titles=["Subsidie aanvragen", "Subsidies", "Subsidie", "Subsidie voor verenigingen en organisaties"],
        intro="Organiseert u een activiteit voor inwoners van {gem}, of bent u een vereniging of stichting die bijdraagt aan sport, cultuur of welzijn? Dan komt u misschien in aanmerking voor subsidie. Een jaarsubsidie vraagt u vóór 1 oktober aan voor het jaar erna; een eenmalige subsidie minimaal 8 weken voor de activiteit.",
        need=["een activiteitenplan en begroting", "het KvK-nummer van uw organisatie", "het IBAN-nummer van de organisatie"],
        cost="Aanvragen is gratis.", time="U krijgt binnen 13 weken een besluit.",
        act="Subsidie aanvragen", form="Aanvraag subsidie", info="letter", en="Grants"),
    "evenementenvergunning": dict(cat="ondernemen", titles=["Evenementenvergunning", "Evenement organiseren", "Evenementenvergunning aanvragen", "Een evenement organiseren"],
        intro="Organiseert u een evenement, zoals een festival, braderie, sportwedstrijd of buurtfeest met meer dan 250 bezoekers? Dan heeft u een evenementenvergunning nodig. Vraag de vergunning minimaal 8 weken vóór het evenement aan; voor grote evenementen 12 weken.",
        need=["een situatietekening van het terrein", "een draaiboek en veiligheidsplan", "gegevens over geluid, tenten en verkeersmaatregelen"],
        cost="Een evenementenvergunning kost € 132,00 (klein) tot € 1.245,00 (groot evenement).", time="U krijgt binnen 8 weken een besluit.",
        act="Evenementenvergunning aanvragen", form="Aanvraag evenementenvergunning", info="counter", en="Event permit"),
    "exploitatievergunning-horeca": dict(cat="ondernemen", titles=["Exploitatievergunning horeca", "Horeca-exploitatievergunning", "Exploitatievergunning", "Horecabedrijf exploiteren"],
        intro="Wilt u een horecabedrijf beginnen of overnemen, zoals een café, restaurant of cafetaria? Dan heeft u een exploitatievergunning nodig. Bij de aanvraag doen we een Bibob-toets.",
        need=["een uittreksel van de Kamer van Koophandel", "een plattegrond van het pand", "het ingevulde Bibob-vragenformulier"],
        cost="Een exploitatievergunning kost € 402,00.", time="U krijgt binnen 8 weken een besluit.",
        act="Exploitatievergunning aanvragen", form="Aanvraag exploitatievergunning horeca", info="counter", en="Catering licence"),
    "alcoholvergunning": dict(cat="ondernemen", titles=["Alcoholvergunning", "Alcoholwetvergunning", "Drank schenken", "Vergunning Alcoholwet"],
        intro="Wilt u in uw horecabedrijf of slijterij alcoholhoudende drank verkopen of schenken? Dan heeft u een alcoholvergunning nodig (vroeger drank- en horecavergunning). Leidinggevenden moeten een Verklaring Sociale Hygiëne hebben.",
        need=["de Verklaring Sociale Hygiëne van alle leidinggevenden", "een plattegrond van de inrichting", "een huurcontract of eigendomsbewijs"],
        cost="Een alcoholvergunning kost € 385,00.", time="U krijgt binnen 8 weken een besluit.",
        act="Alcoholvergunning aanvragen", form="Aanvraag alcoholvergunning", info="counter", en="Alcohol licence"),
    "terrasvergunning": dict(cat="ondernemen", titles=["Terrasvergunning", "Terras", "Terrasvergunning aanvragen", "Terras plaatsen"],
        intro="Wilt u bij uw horecazaak een terras plaatsen op de stoep of het plein? Dan heeft u een terrasvergunning nodig. In de terrasvergunning staat hoe groot het terras mag zijn en tot hoe laat het open mag.",
        need=["een tekening van het terras met afmetingen", "foto's van het meubilair"],
        cost="De leges zijn € 168,00; daarnaast betaalt u jaarlijks precario per m².", time="U krijgt binnen 8 weken een besluit.",
        act="Terrasvergunning aanvragen", form="Aanvraag terrasvergunning", info="counter", en="Terrace permit"),
    "standplaatsvergunning": dict(cat="ondernemen", titles=["Standplaatsvergunning", "Standplaats innemen", "Standplaats aanvragen", "Verkopen vanaf een vaste plek"],
        intro="Wilt u buiten de markt goederen verkopen vanuit een kraam, wagen of aanhanger op een vaste plek, bijvoorbeeld een viskraam of oliebollenkraam? Dan heeft u een standplaatsvergunning nodig.",
        need=["een uittreksel van de Kamer van Koophandel", "een foto van de kraam of wagen"],
        cost="Een standplaatsvergunning kost € 61,60.", time="U krijgt binnen 8 weken een besluit.",
        act="Standplaatsvergunning aanvragen", form="Aanvraag standplaatsvergunning", info="counter", en="Street trading pitch"),
    "marktvergunning": dict(cat="ondernemen", titles=["Marktvergunning", "Standplaats op de weekmarkt", "Markt", "Marktplaats aanvragen"],
        intro="Wilt u op de weekmarkt staan met een kraam? Daarvoor heeft u een marktvergunning nodig. Vaste plaatsen worden toegewezen op volgorde van de wachtlijst; voor een dagplaats meldt u zich op de marktdag vóór 8.00 uur bij de marktmeester.",
        need=["een uittreksel van de Kamer van Koophandel", "uw branche en het soort artikelen"],
        cost="U betaalt marktgeld per strekkende meter.", time="U hoort binnen 4 weken of er plaats is.",
        act="Marktvergunning aanvragen", form="Aanvraag marktvergunning", info="marktmeester", en="Market stall"),
    "reclamebelasting": dict(cat="belastingen", titles=["Reclamebelasting", "Reclame", "Reclamebelasting en reclame-uitingen", "Reclame aan de gevel"],
        intro="Heeft u als ondernemer reclame aan of op uw pand die vanaf de openbare weg te zien is, zoals een lichtbak, uithangbord of gevelreclame? Dan betaalt u in een aantal winkelgebieden reclamebelasting. De opbrengst gaat naar de ondernemersvereniging (BIZ).",
        need=["gegevens over de reclame-uiting (afmetingen, plaats)"],
        cost="Het tarief hangt af van de oppervlakte van de reclame-uiting.", time="U ontvangt de aanslag in het voorjaar.",
        act="", form="", info="auto", en="Advertising tax"),
    "geluidsontheffing": dict(cat="ondernemen", titles=["Ontheffing geluid", "Geluidsontheffing", "Ontheffing geluidshinder", "Geluidsontheffing aanvragen"],
        intro="Organiseert u een activiteit waarbij u meer geluid maakt dan is toegestaan, zoals muziek bij een feest in de openlucht of werkzaamheden buiten de normale tijden? Dan kunt u een ontheffing aanvragen voor geluidshinder.",
        need=["de datum, tijden en plaats van de activiteit", "het soort geluid en de verwachte geluidsbelasting"],
        cost="Een geluidsontheffing kost € 58,00.", time="U krijgt binnen 4 weken een besluit.",
        act="Ontheffing aanvragen", form="Aanvraag ontheffing geluid", info="counter", en="Noise exemption",
        fields=["Datum en tijden van de activiteit", "Locatie", "Soort geluid (muziek, werkzaamheden)"]),
    "winkeltijdenontheffing": dict(cat="ondernemen", titles=["Ontheffing winkeltijden", "Winkeltijden", "Koopzondagen", "Winkel open buiten de gewone tijden"],
        intro="Winkels mogen in principe niet open op zondag, op feestdagen en tussen 22.00 en 06.00 uur. De gemeenteraad kan hier uitzonderingen op maken. Wilt u uw winkel vaker open hebben, dan kunt u in bijzondere gevallen een ontheffing aanvragen.",
        need=["de gewenste dagen en tijden", "de reden voor de ontheffing"],
        cost="Een ontheffing kost € 48,00.", time="U krijgt binnen 8 weken een besluit.",
        act="Ontheffing aanvragen", form="Aanvraag ontheffing winkeltijden", info="letter", en="Shop opening hours"),
    "kansspelautomaatvergunning": dict(cat="ondernemen", titles=["Speelautomaten", "Aanwezigheidsvergunning kansspelautomaten", "Kansspelautomaat plaatsen", "Vergunning voor speelautomaten"],
        intro="Wilt u in uw horecabedrijf een kansspelautomaat (fruitautomaat) plaatsen? Dan heeft u een aanwezigheidsvergunning nodig. In hoogdrempelige horeca mag u maximaal 2 kansspelautomaten plaatsen.",
        need=["een geldige alcoholvergunning", "het aantal automaten"],
        cost="€ 56,50 per automaat, met een maximum van € 226,50.", time="U krijgt binnen 8 weken een besluit.",
        act="Vergunning aanvragen", form="Aanvraag aanwezigheidsvergunning kansspelautomaten", info="counter", en="Gaming machine permit"),
    "collectevergunning": dict(cat="ondernemen", titles=["Collecteren", "Collectevergunning", "Geld inzamelen", "Inzamelingsactie houden"],
        intro="Wilt u met een collectebus langs de deuren gaan of op straat geld of goederen inzamelen voor een goed doel? Dan heeft u een collectevergunning nodig. Landelijke goede doelen volgen het collecterooster van het CBF.",
        need=["het doel van de inzameling", "de periode en de wijken"],
        cost="Een collectevergunning is gratis.", time="U krijgt binnen 4 weken een besluit.",
        act="Collectevergunning aanvragen", form="Aanvraag collectevergunning", info="letter", en="Collection permit",
        fields=["Naam van de organisatie", "Doel van de inzameling", "Periode en wijken"]),
    "ligplaatsvergunning": dict(cat="wonen", titles=["Ligplaatsvergunning", "Ligplaats voor een boot", "Ligplaats aanvragen", "Boot aanmeren"],
        intro="Wilt u uw boot of woonboot aanmeren in openbaar water van de gemeente? Dan heeft u een ligplaatsvergunning nodig. Voor passanten gelden de tarieven van de passantenhaven.",
        need=["de afmetingen van het vaartuig", "een foto van het vaartuig", "bewijs van eigendom"],
        cost="De ligplaatsvergunning kost € 95,00; daarnaast betaalt u liggeld.", time="U krijgt binnen 8 weken een besluit; vaak is er een wachtlijst.",
        act="Ligplaats aanvragen", form="Aanvraag ligplaatsvergunning", info="counter", en="Mooring permit",
        fields=["Naam en type vaartuig", "Lengte en breedte", "Gewenste ligplaats"]),
    "uitwegvergunning": dict(cat="wonen", titles=["Uitrit aanleggen", "Uitweg of inrit aanleggen", "Uitritvergunning", "Inrit aanleggen of veranderen"],
        intro="Wilt u een uitrit (inrit) aanleggen of veranderen om met de auto van uw eigen terrein de openbare weg op te rijden? Dan heeft u toestemming van de gemeente nodig. Vaak moet de stoeprand worden verlaagd; dat doet de gemeente op uw kosten.",
        need=["een tekening met de plek en breedte van de uitrit", "foto's van de huidige situatie"],
        cost="De leges zijn € 128,00. Het verlagen van de stoeprand brengen we apart in rekening.", time="U krijgt binnen 8 weken een besluit.",
        act="Uitrit aanvragen", form="Aanvraag uitweg", info="counter", en="Driveway exit",
        fields=["Adres", "Breedte van de uitrit", "Tekening van de situatie"]),
    "belastingaanslag-bezwaar": dict(cat="belastingen", titles=["Bezwaar tegen uw aanslag gemeentelijke belastingen", "Bezwaar maken tegen de aanslag", "Bezwaar aanslag belastingen", "Bezwaar tegen belastingaanslag"],
        intro="Bent u het niet eens met uw aanslag gemeentelijke belastingen, bijvoorbeeld met de afvalstoffenheffing of rioolheffing? Dan kunt u binnen 6 weken na de dagtekening van het aanslagbiljet bezwaar maken.",
        need=["het aanslagnummer", "de reden van uw bezwaar"],
        cost="Bezwaar maken is gratis.", time="U krijgt binnen het belastingjaar een uitspraak.",
        act="Bezwaar maken", form="Bezwaar tegen aanslag", info="letter", en="Objecting to a tax assessment"),
    "betalingsregeling": dict(cat="belastingen", titles=["Betalingsregeling belastingen", "Betalingsregeling aanvragen", "Gespreid betalen en automatische incasso", "Betalen in termijnen"],
        intro="Kunt u uw aanslag gemeentelijke belastingen niet in één keer betalen? Met automatische incasso betaalt u in 10 termijnen. Lukt ook dat niet, dan kunt u een betalingsregeling aanvragen.",
        need=["uw aanslagnummer", "uw IBAN-nummer"],
        cost="Een betalingsregeling is gratis.", time="U krijgt binnen 2 weken bericht.",
        act="Betalingsregeling aanvragen", form="Betalingsregeling / automatische incasso", info="phone", en="Payment arrangement"),
}


# ---------------------------------------------------------------------------------------
# the plan: which route each organisation offers per product
#   D digid e-form, DP digid e-form with explicit pre-fill text, E eHerkenning (+DigiD) e-form,
#   A anonymous web form, P printable PDF, W Word form, I information only, J appointment only,
#   O national Omgevingsloket (via), N not offered, - no page (not_found); "@body" = via body
# ---------------------------------------------------------------------------------------
ORG_ORDER = ["GM0502", "GM0606", "GM1930", "GM1916", "GM1926", "GM1942", "GM0406", "GM0867", "GM0757", "GM1948"]
PLAN_TEXT = """
brp-uittreksel              D         D         D         D         DP        D         D         D         D         D
verhuismelding              DP        D         D         D         D         D         D         D         D         DP
geboorteaangifte            D         J         J         D         J         D         I         D         J         D
overlijdensaangifte         I         I         E         I         I         -         I         I         -         E
huwelijksaangifte           D         D         D         D         A         D         P         D         J         D
paspoort                    J         J         J         J         J         J         J         J         J         J
identiteitskaart            J         J         J         J         J         J         J         J         J         J
parkeervergunning           D@capark  D@schpark D         D         D         D@gmpark  P         D         N         P
gehandicaptenparkeerkaart   D         D         P         D         D         D         P         D         W         D
gehandicaptenparkeerplaats  A         P         I         D         A         P         -         I         P         A
hondenbelasting             D         D         D@svhw    D         N         D         N         D         D@bsob    N
belastingkwijtschelding     D         P         D@svhw    D         D         D         D         P         D@bsob    D
woz-bezwaar                 D         D         D@svhw    D         D         D         D         D         D@bsob    D
bijstand                    D         D@stroom  D         D         D         D         D         D@baan    D         D
bijzondere-bijstand         D         D@stroom  P         D         P         D         P         P@baan    D         D
wmo-voorziening             A         I         A         I         I         D         I         A         I         I
leerlingenvervoer           D         D         D         D@llv     D@llv     D         D         D         P         D
grofvuil                    A         A@irado   A         A@avalex  A@avalex  A@gad     A@gad     D         A         D
afvalcontainer              A         A@irado   D         A@avalex  A@avalex  A@gad     A@gad     A         I         A
melding-openbare-ruimte     A         A         A         A         A         A         A         A         A         A
omgevingsvergunning         O         O         O         O         O         O         O         O         O         O
kapvergunning               O         A         O         D         O         P         O         O         O         A
bouwdossier-inzage          A         I         A         D         A         I         -         A         P         D
bezwaar                     D         D         D         D         A         D         I         D         P         D
klacht                      A         A         A         A         A         D         A         A         A         A
woo-verzoek                 A         D         A         A         I         A         I         P         A         D
subsidie                    E         E         P         E         E         P         P         E         P         E
evenementenvergunning       E         E         E         E         P         E         P         E         P         E
exploitatievergunning-horeca E         E         P         E         P         E         P         P         P         E
alcoholvergunning           E         E         P         E         P         E         P         P         P         E
terrasvergunning            E         A         P         E         A         E         -         P         P         E
standplaatsvergunning       I         P         P         E         -         N         P         P         P         A
marktvergunning             I         I         -         P         I         I         -         I         -         P
reclamebelasting            I         I         I         I         N         -         -         I         N         I
geluidsontheffing           E         P         -         A         P         A         P         A         P         E
winkeltijdenontheffing      I         I         -         I         N         I         I         -         P         N
kansspelautomaatvergunning  P         P         I         E         P         -         P         -         P         E
collectevergunning          N         I         P         I         -         P         N         I         P         N
ligplaatsvergunning         P         A         P         -         -         D         P         -         N         -
uitwegvergunning            A         P         I         D         -         O         P         A         O         D
belastingaanslag-bezwaar    D         D         D@svhw    D         D         D         P         D         D@bsob    D
betalingsregeling           D         I         D@svhw    A         -         D         -         P         D@bsob    A
"""


def parse_plan() -> dict[str, dict[str, str]]:
    plan: dict[str, dict[str, str]] = {c: {} for c in ORG_ORDER}
    for line in PLAN_TEXT.strip().splitlines():
        parts = line.split()
        pk, cells = parts[0], parts[1:]
        assert len(cells) == len(ORG_ORDER), line
        for code, cell in zip(ORG_ORDER, cells):
            plan[code][pk] = cell
    return plan


LEVEL_OF = {"D": 100, "DP": 100, "E": 100, "O": 100, "A": 67, "P": 33, "W": 33, "I": 0, "J": 0}

# ---------------------------------------------------------------------------------------
# identity providers, national portals
# ---------------------------------------------------------------------------------------
DIGID = "digid.test"
EH_BROKERS = {"signicat": "eherkenning.signicat.test", "digidentity": "eh.digidentity.test"}
SAML = "SAMLRequest=fZJdT8IwFIb%2FStN7tq4MhQZIEEJEQZZtGuWqXKR1oWvX9Ugm%2F95MhZhAuD19%2Bj7nPTkjT3VVOz6P4dU%2B4mdEH8jn8uS9bdpNb2BgVKd7mWfyuKQtzfdv5ZSCv8VmNOoa8ZbQqr5jeCzDcmhYGmNdwM0pKqeYvOMlojWC2ucI2PaNYZnMJW&RelayState="


def digid_login(relay: str) -> str:
    return f"http://{DIGID}/saml/idp/request_authentication?{SAML}{relay}"


def eh_login(relay: str, broker: str = "signicat") -> str:
    host = EH_BROKERS[broker]
    return f"http://{host}/broker/select?{SAML}{relay}"


def idp_pages() -> None:
    css = "body{font-family:RijksoverheidSans,Arial,sans-serif;margin:0}header{background:#154273;color:#fff;padding:1rem 2rem}main{padding:2rem;max-width:44rem}.btn{background:#e17000;color:#fff;padding:.6rem 1rem;border:0;display:inline-block}"
    put(f"http://{DIGID}/css/digid.css", css)
    put(f"http://{DIGID}/images/digid-logo.svg", SVG_DIGID)
    put(f"http://{DIGID}/saml/idp/request_authentication", f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Inloggen | DigiD</title><link rel="stylesheet" href="/css/digid.css"></head>
<body><header><img src="/images/digid-logo.svg" alt="DigiD" width="60"> <strong>DigiD</strong></header>
<main><h1>Inloggen bij een organisatie</h1>
<p>U wilt inloggen bij een organisatie die DigiD gebruikt. Kies hoe u wilt inloggen.</p>
<h2>Met de DigiD app</h2><p><a class="btn" href="/digid-app">Inloggen met de DigiD app</a></p>
<h2>Met gebruikersnaam en wachtwoord</h2>
<form method="post" action="/saml/idp/wachtwoord"><label for="u">DigiD gebruikersnaam</label> <input id="u" name="username" autocomplete="username"><br>
<label for="p">Wachtwoord</label> <input id="p" name="password" type="password"><br><button class="btn" type="submit">Inloggen</button></form>
<p><a href="/">Annuleren</a> · <a href="/">Wat is DigiD?</a></p></main></body></html>""")
    put(f"http://{DIGID}/digid-app", "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>DigiD app | DigiD</title></head><body><h1>Open de DigiD app</h1><p>Scan de QR-code met de DigiD app op uw telefoon.</p><p><a href=\"/\">Terug naar DigiD</a></p></body></html>")
    put(f"http://{DIGID}/saml/idp/wachtwoord", "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Sms-controle | DigiD</title></head><body><h1>Sms-controle</h1><p>Vul de code in die u per sms heeft ontvangen.</p><p><a href=\"/\">Annuleren</a></p></body></html>")
    put(f"http://{DIGID}/", """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>DigiD - Uw digitale identiteit</title><link rel="stylesheet" href="/css/digid.css"></head>
<body><header><img src="/images/digid-logo.svg" alt="DigiD" width="60"> DigiD</header><main><h1>Wat is DigiD?</h1>
<p>DigiD is uw digitale identiteit. Met DigiD logt u veilig in bij de overheid, het onderwijs, zorgverzekeraars en pensioenfondsen. U vraagt DigiD aan op deze website.</p>
<p>Gebruik de DigiD app: dat is makkelijk en veilig.</p></main></body></html>""")
    put(f"http://{DIGID}/robots.txt", "User-agent: *\nDisallow: /saml/\n")
    for name, host in sorted(EH_BROKERS.items()):
        put(f"http://{host}/images/eherkenning.svg", SVG_EH)
        brand = "Signicat" if name == "signicat" else "Digidentity"
        put(f"http://{host}/broker/select", f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>eHerkenning | Kies uw leverancier</title></head>
<body><header><img src="/images/eherkenning.svg" alt="eHerkenning" width="120"> <small>Makelaar: {brand}</small></header>
<main><h1>Inloggen met eHerkenning</h1><p>U wilt inloggen bij een overheidsorganisatie. Selecteer de leverancier van uw eHerkenningsmiddel (betrouwbaarheidsniveau EH2+ of hoger).</p>
<form method="post" action="/broker/continue"><select name="idp"><option>KPN</option><option>Digidentity</option><option>Signicat</option><option>ZealiD</option><option>Connectis</option></select>
<button type="submit">Verder</button></form><p>Inloggen als Europese onderneming? <a href="/broker/continue">Kies eIDAS</a>.</p></main></body></html>""")
        put(f"http://{host}/broker/continue", "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>eHerkenning</title></head><body><h1>U wordt doorgestuurd naar uw leverancier</h1></body></html>")
        put(f"http://{host}/robots.txt", "User-agent: *\nDisallow: /broker/\n")
    # MijnOverheid
    mo = "mijn.overheid.test"
    put(f"http://{mo}/", """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>MijnOverheid</title></head><body>
<header><strong>MijnOverheid</strong></header><main><h1>Welkom bij MijnOverheid</h1>
<p>In MijnOverheid ziet u uw persoonlijke gegevens bij de overheid, ontvangt u digitale post in de Berichtenbox en volgt u lopende zaken.</p>
<p><a href="/inloggen">Inloggen met DigiD</a></p></main></body></html>""")
    redirect(f"http://{mo}/inloggen", digid_login("mijnoverheid"))
    put(f"http://{mo}/robots.txt", "User-agent: *\nDisallow:\n")


SVG_DIGID = """<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48"><rect width="48" height="48" rx="6" fill="#000"/><text x="24" y="30" font-family="Arial" font-size="13" fill="#fff" text-anchor="middle">DigiD</text></svg>"""
SVG_EH = """<svg xmlns="http://www.w3.org/2000/svg" width="120" height="32" viewBox="0 0 120 32"><rect width="120" height="32" fill="#fff"/><text x="4" y="22" font-family="Arial" font-size="16" fill="#3c3c3c">eHerkenning</text></svg>"""


def svg_logo(text: str, color: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="220" height="48" viewBox="0 0 220 48"><rect width="48" height="48" fill="{color}"/>'
            f'<text x="56" y="30" font-family="Arial" font-size="15" fill="#222">{esc(text)}</text></svg>')


# ---------------------------------------------------------------------------------------
# Omgevingsloket (national permit portal)
# ---------------------------------------------------------------------------------------
OLO = "omgevingswet.overheid.test"
OLO_AANVRAGEN = f"http://{OLO}/aanvragen"
OLO_CHECK = f"http://{OLO}/checken"


def olo_pages() -> None:
    head = '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{t} | Omgevingsloket</title><link rel="stylesheet" href="/static/olo.css"></head><body><header class="rhc-header"><a href="/">Omgevingsloket</a> <nav><a href="/checken">Vergunningcheck</a> · <a href="/aanvragen">Aanvragen</a> · <a href="/regels-op-de-kaart">Regels op de kaart</a></nav></header><main>'
    foot = '</main><footer>Het Omgevingsloket is onderdeel van het Digitaal Stelsel Omgevingswet (DSO).</footer></body></html>'
    put(f"http://{OLO}/static/olo.css", "body{font-family:Arial;margin:0}header{background:#01689b;color:#fff;padding:1rem}header a{color:#fff}main{padding:1.5rem;max-width:48rem}.knop{background:#01689b;color:#fff;padding:.5rem 1rem;display:inline-block}")
    put(f"http://{OLO}/", head.format(t="Home") + """<h1>Omgevingsloket</h1><p>Hier checkt u of u een vergunning nodig heeft, en vraagt u een vergunning aan of doet u een melding bij de gemeente, provincie, het waterschap of het Rijk.</p>
<ul><li><a href="/checken">Vergunningcheck doen</a></li><li><a href="/aanvragen">Aanvragen of melden</a></li><li><a href="/regels-op-de-kaart">Regels op de kaart bekijken</a></li></ul>""" + foot)
    put(OLO_AANVRAGEN, head.format(t="Aanvragen en melden") + """<h1>Aanvraag of melding indienen</h1>
<p>Wilt u een omgevingsvergunning aanvragen of een melding doen? Log in om uw aanvraag of melding in te dienen bij de juiste overheid. Na het inloggen haalt het Omgevingsloket uw gegevens op uit de basisregistraties (BRP of Handelsregister), zodat u die niet zelf hoeft in te vullen.</p>
<h2>Inloggen als particulier</h2><p><a class="knop" href="/aanvragen/inloggen/digid">Inloggen met DigiD</a></p>
<h2>Inloggen als bedrijf</h2><p><a class="knop" href="/aanvragen/inloggen/eherkenning">Inloggen met eHerkenning</a> <a href="/aanvragen/inloggen/eidas">Inloggen met eIDAS</a></p>
<p>Uw aanvraag wordt doorgestuurd naar de gemeente waar de activiteit plaatsvindt.</p>""" + foot)
    redirect(f"http://{OLO}/aanvragen/inloggen/digid", digid_login("omgevingsloket"))
    redirect(f"http://{OLO}/aanvragen/inloggen/eherkenning", eh_login("omgevingsloket"))
    redirect(f"http://{OLO}/aanvragen/inloggen/eidas", eh_login("omgevingsloket-eidas"))
    put(OLO_CHECK, head.format(t="Vergunningcheck") + """<h1>Vergunningcheck</h1><p>Beantwoord een aantal vragen over uw plannen. U ziet daarna of u een vergunning nodig heeft of een melding moet doen. Voor de check hoeft u niet in te loggen; een check is geen aanvraag.</p>
<form method="get" action="/checken-locatie"><label for="adres">Adres of perceel</label> <input id="adres" name="adres"> <button type="submit">Start de check</button></form>""" + foot)
    put(f"http://{OLO}/checken-locatie", head.format(t="Vergunningcheck - locatie") + "<h1>Kies uw werkzaamheden</h1><p>Selecteer wat u wilt gaan doen.</p><ul><li>Dakkapel plaatsen</li><li>Boom kappen</li><li>Uitbouw of aanbouw</li></ul>" + foot)
    put(f"http://{OLO}/regels-op-de-kaart", head.format(t="Regels op de kaart") + "<h1>Regels op de kaart</h1><p>Bekijk welke regels gelden op een locatie.</p>" + foot)
    put(f"http://{OLO}/robots.txt", "User-agent: *\nDisallow: /aanvragen/inloggen/\n")


# ---------------------------------------------------------------------------------------
# shared bodies (via): tax offices, social services, waste companies, parking and school
# transport portals
# ---------------------------------------------------------------------------------------
class Body:
    def __init__(self, key, host, name, kind_style, color):
        self.key, self.host, self.name, self.style, self.color = key, host, name, kind_style, color
        self.pages: dict[str, tuple[str, str]] = {}   # path -> (title, body)
        self.members: list[str] = []

    def url(self, path: str) -> str:
        return f"http://{self.host}{path}"

    def page(self, path: str, title: str, body: str) -> str:
        self.pages[path] = (title, body)
        return self.url(path)

    def write(self) -> None:
        nav = "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, (t, _) in sorted(self.pages.items()) if p != "/")
        members = ", ".join(self.members)
        home_body = f"<p>{esc(self.name)} werkt voor de gemeenten {esc(members)}.</p><ul>{nav}</ul>"
        if "/" not in self.pages:
            self.pages["/"] = (self.name, home_body)
        for path, (title, body) in sorted(self.pages.items()):
            html = (f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{esc(title)} - {esc(self.name)}</title>'
                    f'<link rel="stylesheet" href="/assets/style.css"></head><body><header class="top"><a href="/"><img src="/assets/logo.svg" alt="Logo {esc(self.name)}"></a>'
                    f'<nav><ul><li><a href="/">Home</a></li>{nav}<li><a href="/contact">Contact</a></li></ul></nav></header>'
                    f'<main><h1>{esc(title)}</h1>{body}</main><footer><p>{esc(self.name)} · <a href="/contact">Contact</a> · <a href="/privacy">Privacyverklaring</a></p></footer></body></html>')
            put(self.url(path), html)
        put(self.url("/assets/style.css"), f"body{{font-family:Verdana,sans-serif;margin:0}}header{{border-bottom:4px solid {self.color};padding:1rem}}main{{padding:1rem 2rem;max-width:50rem}}.knop{{background:{self.color};color:#fff;padding:.5rem 1rem;display:inline-block;text-decoration:none}}")
        put(self.url("/assets/logo.svg"), svg_logo(self.name, self.color))
        for p, t in (("/contact", f"<p>Bereikbaar op werkdagen van 9.00 tot 17.00 uur. Telefoon 088 - 123 45 67.</p><p>E-mail: <a href=\"mailto:info@{self.host.replace('www.', '')}\">info@{self.host.replace('www.', '')}</a></p>"),
                     ("/privacy", "<p>Wij gaan zorgvuldig om met uw persoonsgegevens.</p>")):
            if p not in self.pages:
                put(self.url(p), f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{p[1:].title()} - {esc(self.name)}</title></head><body><h1>{p[1:].title()}</h1>{t}<p><a href="/">Home</a></p></body></html>')
        put(self.url("/robots.txt"), "User-agent: *\nDisallow: /digid/\n")


BODIES: dict[str, Body] = {}


def body(key: str) -> Body:
    return BODIES[key]


def init_bodies() -> None:
    for key, host, name, style, color in (
        ("svhw", "www.svhw.test", "SVHW", "tax", "#0b6e4f"),
        ("bsob", "www.bsob.test", "Belastingsamenwerking Oost-Brabant (BSOB)", "tax", "#8a1538"),
        ("stroom", "www.stroomopwaarts.test", "Stroomopwaarts MVS", "social", "#e35205"),
        ("baan", "www.baanbrekers.test", "Baanbrekers", "social", "#00857c"),
        ("irado", "www.irado.test", "Irado", "waste", "#76b82a"),
        ("avalex", "www.avalex.test", "Avalex", "waste", "#009640"),
        ("gad", "www.gad.test", "GAD (Gooise Afvalstoffendienst)", "waste", "#4c9c2e"),
        ("capark", "capelle.parkeerservice.test", "Parkeerservice - Capelle aan den IJssel", "parking", "#1d3f72"),
        ("schpark", "schiedam.parkeerservice.test", "Parkeerservice - Schiedam", "parking", "#1d3f72"),
        ("gmpark", "gooisemeren.parkeerloket.test", "Parkeerloket Gooise Meren", "parking", "#5a2d82"),
        ("llv", "www.leerlingenvervoer-haaglanden.test", "Leerlingenvervoer Haaglanden", "school", "#005ca9"),
    ):
        BODIES[key] = Body(key, host, name, style, color)


def body_route(key: str, pk: str, kind: str, org_short: str) -> tuple[str, str]:
    """Create the body's page for this product and return (route_url, description)."""
    b = BODIES[key]
    if org_short not in b.members:
        b.members.append(org_short)
    c = C[pk]
    if b.style == "tax":
        slug = {"hondenbelasting": "hondenbelasting-aan-en-afmelden", "belastingkwijtschelding": "kwijtschelding",
                "woz-bezwaar": "bezwaar-maken", "belastingaanslag-bezwaar": "bezwaar-maken",
                "betalingsregeling": "betalingsregeling"}[pk]
        path = f"/{slug}"
        start = f"/digid/start?dienst={slug}"
        redirect(b.url("/digid/start"), digid_login(key))
        titles = {"hondenbelasting-aan-en-afmelden": "Hond aan- of afmelden", "kwijtschelding": "Kwijtschelding aanvragen",
                  "bezwaar-maken": "Bezwaar maken tegen aanslag of WOZ-waarde", "betalingsregeling": "Betalingsregeling aanvragen"}
        eh = ""
        if slug in ("bezwaar-maken", "betalingsregeling"):
            eh = f'<p>Ondernemers: <a class="knop" href="/eherkenning/start?dienst={slug}">Inloggen met eHerkenning</a></p>'
            redirect(b.url("/eherkenning/start"), eh_login(key))
        body_html = (f"<p>{esc(b.name)} voert de belastingtaken uit voor de aangesloten gemeenten. Via Mijn {esc(b.name.split(' (')[0])} regelt u dit online.</p>"
                     f"<p>Log in met DigiD. U ziet dan uw aanslagen en kunt direct het formulier invullen.</p>"
                     f'<p><a class="knop" href="{start}">Inloggen met DigiD</a></p>{eh}')
        return b.page(path, titles[slug], body_html), f"{b.name} page with DigiD login (Mijn-portal of the joint tax office)"
    if b.style == "social":
        if kind == "P":
            pdf = b.url(f"/documenten/aanvraagformulier-{slugify(c['form'])}.pdf")
            data = make_pdf(f"Aanvraagformulier {c['form']}", [f"{b.name}", "Vul dit formulier volledig in en stuur het met de gevraagde bewijsstukken naar ons op.", "## Uw gegevens"],
                            ["Naam", "Burgerservicenummer", "Adres", "Telefoonnummer", "Waarvoor vraagt u bijzondere bijstand aan?", "Bedrag", "Handtekening"], b.name)
            put(pdf, data)
            path = f"/inkomen/{slugify(c['titles'][0])}"
            body_html = (f"<p>{esc(c['intro'])}</p><p>Download het aanvraagformulier, vul het in en stuur het met de bewijsstukken naar {esc(b.name)}, Postbus 100.</p>"
                         f'<p><a href="{pdf.replace("http://" + b.host, "")}">Aanvraagformulier {esc(c["form"].lower())} (pdf, {kb(data)})</a></p>')
            return b.page(path, c["titles"][0], body_html) and pdf, f"{b.name} (regional social service) page with printable PDF form"
        path = f"/inkomen/{slugify(c['titles'][0])}"
        redirect(b.url("/digid/start"), digid_login(key))
        body_html = (f"<p>{esc(c['intro'])}</p><h2>Aanvragen</h2><p>U vraagt dit online aan bij {esc(b.name)}. U logt in met DigiD.</p>"
                     f'<p><a class="knop" href="/digid/start?form={slugify(c["form"])}"><img src="/assets/digid.svg" alt="" width="24"> Inloggen met DigiD</a></p>')
        put(b.url("/assets/digid.svg"), SVG_DIGID)
        return b.page(path, c["titles"][1] if len(c["titles"]) > 1 else c["titles"][0], body_html), f"{b.name} (regional social service) page with DigiD login"
    if b.style == "waste":
        slug = "grofvuil-aanmelden" if pk == "grofvuil" else "container-aanvragen"
        title = "Grofvuil aanmelden" if pk == "grofvuil" else "Container aanvragen, omruilen of repareren"
        fields = c.get("fields", [])
        fh = "".join(f'<p><label for="f{i}">{esc(f)}</label><br><input id="f{i}" name="veld{i}"></p>' for i, f in enumerate(fields))
        body_html = (f"<p>Vul het formulier in. U hoeft niet in te loggen. Na het versturen ontvangt u een bevestiging per e-mail.</p>"
                     f'<form method="post" action="/{slug}/verzenden"><p><label for="pc">Postcode</label> <input id="pc" name="postcode" required> '
                     f'<label for="hn">Huisnummer</label> <input id="hn" name="huisnummer" required></p>{fh}'
                     f'<p><label for="em">E-mailadres</label> <input id="em" name="email" type="email" required></p><p><button type="submit">Versturen</button></p></form>'
                     f"<p>Velden met een * zijn verplicht.</p>")
        return b.page(f"/{slug}", title, body_html), f"{b.name} (waste company) anonymous online form"
    if b.style == "parking":
        redirect(b.url("/login/digid"), digid_login(key))
        body_html = (f"<p>In het digitale parkeerloket vraagt u een bewonersvergunning aan, wijzigt u uw kenteken en koopt u bezoekersparkeertijd.</p>"
                     f'<p><a class="knop" href="/login/digid">Inloggen met DigiD</a></p><p>Bedrijven loggen in met hun klantnummer en pincode.</p>')
        put(b.url("/login/bedrijf"), "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Inloggen bedrijven</title></head><body><h1>Inloggen met klantnummer</h1><form method=\"post\" action=\"/login/bedrijf\"><input name=\"klantnummer\"><input name=\"pincode\" type=\"password\"><button>Inloggen</button></form></body></html>")
        return b.page("/", "Digitaal parkeerloket", body_html), f"parking portal {b.host} with DigiD login"
    if b.style == "school":
        redirect(b.url("/aanvragen/digid"), digid_login(key))
        body_html = (f"<p>{esc(c['intro'])}</p><p>De gemeenten in de regio Haaglanden werken samen in het leerlingenvervoer. U vraagt het vervoer aan in het ouderportaal. U logt in met uw eigen DigiD.</p>"
                     f'<p><a class="knop" href="/aanvragen/digid">Aanvraag indienen (DigiD)</a></p>')
        return b.page("/aanvragen", "Leerlingenvervoer aanvragen", body_html), f"regional school transport portal with DigiD login"
    raise ValueError(key)


# ---------------------------------------------------------------------------------------
# rows and the site base class
# ---------------------------------------------------------------------------------------
class Row:
    def __init__(self, site: "Site", pk: str, cell: str):
        self.site, self.pk, self.cell = site, pk, cell
        kind, _, via = cell.partition("@")
        self.kind, self.via_key = kind, (via or None)
        self.status = {"N": "not_offered", "-": "not_found"}.get(kind, "ok")
        self.level = LEVEL_OF.get(kind) if self.status == "ok" else None
        self.strict = None
        if self.status == "ok":
            self.strict = 100 if kind in ("DP", "O") else (67 if self.level == 100 else self.level)
        self.product_url = ""
        self.route_url = ""
        self.link_url = ""     # what the product page's call to action points to
        self.via = ""
        self.route_desc = ""
        self.structure = ""
        self.traps: list[str] = []
        self.shared_primary: str | None = None
        self.extra_note = ""
        self.title = ""


class Ctx:
    def __init__(self):
        self.notes: list[str] = []
        self.side: list[str] = []
        self.inline: list[str] = []
        self.top: list[str] = []
        self.bottom: list[str] = []

    def add(self, where: str, html: str, note: str) -> None:
        getattr(self, where).append(html)
        if note and note not in self.notes:
            self.notes.append(note)


def pick(seq, *keys):
    return seq[crc("|".join(str(k) for k in keys)) % len(seq)]


NEWS = [
    ("digid-app-verplicht", "Inloggen bij de gemeente: gebruik de DigiD app", "Vanaf dit jaar logt u voor de meeste online diensten van de gemeente in met de DigiD app of met sms-controle. Inloggen met alleen gebruikersnaam en wachtwoord kan dan niet meer. Heeft u nog geen DigiD app? Download de app en activeer hem. Hulp nodig? Kom naar het DigiD-spreekuur in de bibliotheek.", True),
    ("afvalkalender-2025", "Nieuwe afvalkalender 2025 online", "De afvalkalender voor 2025 staat online. Door een nieuwe route verandert de ophaaldag in een aantal wijken. Kijk op de kalender wanneer uw container wordt geleegd.", False),
    ("werkzaamheden-centrum", "Werkzaamheden in het centrum vanaf maandag", "Vanaf maandag wordt de riolering in het centrum vervangen. Het gebied is dan alleen bereikbaar voor bestemmingsverkeer.", False),
    ("drukte-burgerzaken", "Drukte bij burgerzaken: vraag uw paspoort op tijd aan", "In de aanloop naar de zomer is het druk bij burgerzaken. Verloopt uw paspoort of identiteitskaart? Maak op tijd een afspraak.", False),
]


class Site:
    code = name = short = host = website = ""
    inhabitants = 0
    idx = 0
    family = ""
    link_mode: str | None = None
    heads = ("Wat is het?", "Hoe werkt het?", "Wat heb ik nodig?", "Wat kost het?", "Hoe lang duurt het?")
    section_style = "h2"
    shared: dict[str, str] = {}
    sitemap = False
    soft404 = False
    sitewide_notes: list[str] = []
    phone = "14 0xx"
    street = "Raadhuisplein 1"
    zipcode = "1234 AB"
    postbus = "Postbus 1"
    color = "#005a9c"
    appt_host = ""
    appt_name = "JCC"
    appt_mijn = False
    en_pages: list[str] = []
    pdf_dir = "/documenten/"
    unexpected_titles: dict[str, tuple[str, str]] = {}

    def __init__(self, plan: dict[str, str], products: dict[str, dict]):
        self.products = products
        self.rows: dict[str, Row] = {}
        for pk in products:
            if "G" in products[pk]["org_types"]:
                self.rows[pk] = Row(self, pk, plan[pk])
        self.pages: list[tuple[str, str, str]] = []   # (url, title, text) for sitemap/search
        self.news_urls: dict[str, str] = {}
        self.docs: dict[str, str] = {}

    # ----- helpers
    def url(self, path: str) -> str:
        return f"http://{self.host}{path}"

    def aud(self, pk: str) -> str:
        return self.products[pk]["audience"]

    def g(self, s: str) -> str:
        return s.replace("{gem}", self.short)

    def product_title(self, pk: str) -> str:
        if pk in self.unexpected_titles:
            return self.unexpected_titles[pk][0]
        titles = C[pk]["titles"]
        return self.g(titles[(self.idx * 3 + crc(pk)) % len(titles)])

    def email(self, local: str = "info") -> str:
        dom = self.host.replace("www.", "")
        return f"{local}@{dom}"

    # ----- to be specialised
    def ppath(self, pk: str) -> str:
        raise NotImplementedError

    def cat_path(self, cat: str) -> str:
        raise NotImplementedError

    def home_path(self) -> str:
        return "/"

    def az_path(self) -> str:
        return "/producten-a-z"

    def contact_path(self) -> str:
        return "/contact"

    def news_path(self, slug: str) -> str:
        return f"/nieuws/{slug}"

    def news_index(self) -> str:
        return "/nieuws/"

    def shell(self, path: str, title: str, main: str, sidebar: str = "", *, lang: str = "nl", head: str = "", kind: str = "page") -> str:
        raise NotImplementedError

    def cta(self, row: Row, url: str, label: str) -> str:
        return f'<p><a class="button" href="{url}">{esc(label)}</a></p>'

    def eform(self, row: Row) -> tuple[str, str, str]:
        raise NotImplementedError

    def trap_ids(self, row: Row) -> list[str]:
        return []

    # ----- writing pages
    def write_page(self, path: str, title: str, main: str, sidebar: str = "", *, lang: str = "nl", head: str = "",
                   kind: str = "page", text: str = "", index: bool = True) -> str:
        html = self.shell(path, title, main, sidebar, lang=lang, head=head, kind=kind)
        html = self.relink(html, path)
        url = self.url(path)
        put(url, html)
        if index:
            self.pages.append((url, title, text or re.sub(r"<[^>]+>", " ", main)[:300]))
        return url

    def relink(self, html: str, path: str) -> str:
        if self.link_mode is None:
            return html
        base_dir = path.split("?", 1)[0]
        base_dir = base_dir if base_dir.endswith("/") else posixpath.dirname(base_dir) + "/"

        def conv(m):
            attr, target = m.group(1), m.group(2)
            if self.link_mode == "base":
                new = target[1:] or "./"
                return f'{attr}="{new}"'
            t, sep, rest = target.partition("?")
            t, fsep, frag = t.partition("#") if not sep else (t, "", "")
            rel = posixpath.relpath(t, base_dir.rstrip("/") or "/")
            if t.endswith("/") and rel != ".":
                rel += "/"
            if rel == ".":
                rel = "./"
            return f'{attr}="{rel}{sep}{rest}{fsep}{frag}"'
        html = re.sub(r'\b(href|src|action)="(/(?!/)[^"]*)"', conv, html)
        if self.link_mode == "base":
            html = html.replace("<head>", f'<head><base href="http://{self.host}/">', 1)
        return html

    def doc(self, key: str, title: str, lines: list[str], fields: list[str] | None = None, fmt: str = "pdf", fname: str = "") -> tuple[str, str]:
        """Write a document once; returns (url, size text)."""
        fname = fname or slugify(title)
        url = self.url(f"{self.pdf_dir}{fname}.{fmt}")
        if fmt == "pdf":
            data = make_pdf(title, lines, fields, self.name)
        else:
            data = make_docx(title, lines, fields or [])
        put(url, data)
        self.docs[key] = url
        return url, kb(data)

    def form_pdf(self, row: Row, fmt: str = "pdf") -> tuple[str, str]:
        c = C[row.pk]
        f = c["form"]
        if f.startswith("Aanvraag "):
            title = "Aanvraagformulier " + f[len("Aanvraag "):]
        elif f.lower().startswith(("melding", "verzoek", "bezwaar", "aangifte")):
            title = "Formulier " + f[:1].lower() + f[1:]
        else:
            title = "Aanvraagformulier " + f[:1].lower() + f[1:]
        row._doctitle = title
        fields = ["Naam en voorletters", "Burgerservicenummer of KvK-nummer", "Adres", "Postcode en woonplaats", "Telefoonnummer", "E-mailadres"]
        fields += c.get("fields", ["Omschrijving van uw aanvraag", "Gewenste datum of periode"])
        fields += ["Datum", "Handtekening"]
        lines = [self.name, f"Met dit formulier vraagt u aan: {c['form'].lower()}.",
                 "Vul het formulier volledig in, onderteken het en stuur het met de bijlagen naar:",
                 f"{self.name}, {self.postbus}, {self.zipcode} {self.short.upper()}.", "U kunt het formulier ook inleveren bij de publieksbalie.",
                 "## 1. Gegevens aanvrager"]
        return self.doc(f"form:{row.pk}", title, lines, fields, fmt=fmt, fname=slugify(title)[:60])

    # ----- routes (pass 1)
    def build_route(self, row: Row) -> None:
        k = row.kind
        c = C[row.pk]
        if row.status != "ok":
            return
        if row.via_key:
            route, desc = body_route(row.via_key, row.pk, k, self.short)
            row.route_url = route
            row.link_url = route if BODIES[row.via_key].style != "social" or k != "P" else BODIES[row.via_key].url(f"/inkomen/{slugify(c['titles'][0])}")
            row.via = BODIES[row.via_key].host
            row.route_desc = f"sends the user to {desc} (via)"
            return
        if k == "O":
            row.route_url = row.link_url = OLO_AANVRAGEN
            row.via = OLO
            row.route_desc = "sends the user to the national Omgevingsloket (DigiD/eHerkenning login with explicit pre-fill statement)"
            return
        if k in ("P", "W"):
            url, size = self.form_pdf(row, "pdf" if k == "P" else "docx")
            row.route_url = row.link_url = url
            row._size = size
            row.route_desc = f"printable {'PDF' if k == 'P' else 'Word (docx)'} form to send or hand in"
            return
        if k in ("D", "DP", "E", "A"):
            route, link, desc = self.eform(row)
            row.route_url, row.link_url, row.route_desc = route, link, desc
            return
        if k == "J":
            row.link_url = self.appt_url()
            row.route_desc = f"appointment only ({self.appt_name} booking), no form"
            return
        row.route_desc = {"counter": "information only (at the counter)", "phone": "information only (by phone)",
                          "letter": "information only (by letter)", "mailto": "information only (request by e-mail, mailto link)",
                          "undertaker": "information only (the undertaker makes the declaration)", "auto": "information only (tax is imposed automatically)",
                          "marktmeester": "information only (contact the market master)", "appointment": "information only"}[self.info_variant(row)]

    def info_variant(self, row: Row) -> str:
        return C[row.pk]["info"]

    def appt_url(self) -> str:
        return f"http://{self.appt_host}/"

    # ----- the route section of a product page
    def route_html(self, row: Row, ctx: Ctx) -> str:
        c = C[row.pk]
        k = row.kind
        g = self.short
        if row.via_key:
            b = BODIES[row.via_key]
            intro = {"tax": f"De gemeente {g} heeft de heffing en invordering van de gemeentelijke belastingen ondergebracht bij {b.name}. U regelt dit daarom bij {b.name}.",
                     "social": f"{b.name} voert de Participatiewet uit voor de gemeente {g}. U vraagt dit aan bij {b.name}.",
                     "waste": f"{b.name} haalt het afval op in {g}. U regelt dit rechtstreeks bij {b.name}.",
                     "parking": "Parkeervergunningen regelt u in het digitale parkeerloket. U logt in met DigiD en betaalt met iDEAL.",
                     "school": "De gemeente werkt voor het leerlingenvervoer samen in de regio. U doet de aanvraag in het regionale ouderportaal."}[b.style]
            label = {"tax": f"Naar {b.name.split(' (')[0]}", "social": f"Aanvragen bij {b.name}", "waste": f"{c['act']} bij {b.name.split(' (')[0]}",
                     "parking": "Naar het parkeerloket", "school": "Naar het ouderportaal leerlingenvervoer"}[b.style]
            return f"<p>{esc(intro)}</p>" + self.cta(row, row.link_url, label)
        if k == "O":
            return (f"<p>U vraagt de vergunning aan via het Omgevingsloket van de Rijksoverheid. Doe eerst de vergunningcheck om te zien of u een vergunning nodig heeft. "
                    f"Uw aanvraag komt daarna automatisch bij de gemeente {esc(g)} binnen.</p>"
                    f'<ul><li><a href="{OLO_CHECK}">Vergunningcheck doen in het Omgevingsloket</a></li></ul>' + self.cta(row, OLO_AANVRAGEN, "Aanvragen via het Omgevingsloket"))
        if k in ("P", "W"):
            ft = "pdf" if k == "P" else "Word"
            variant = crc(self.code + "|" + row.pk) % 3
            adres = f"{self.name}, {self.postbus}, {self.zipcode} {self.short}"
            if variant == 2:
                m = self.email("vergunningen" if C[row.pk]["cat"] == "ondernemen" else "info")
                ctx.add("inline", "", "mailto link (the scanned form may be e-mailed)")
                t = (f"<p>U vraagt dit schriftelijk aan met het aanvraagformulier. Print het formulier, vul het in en stuur het naar {esc(adres)}, "
                     f'of mail de scan naar <a href="mailto:{m}">{m}</a>.</p>')
            else:
                t = "<p>" + esc(["Download het aanvraagformulier, vul het in en stuur het ondertekend op naar {adres}. U kunt het ook afgeven bij de balie in het gemeentehuis.",
                                 "Vul het formulier in en stuur het met de bijlagen naar {adres}."][variant].format(adres=adres)) + "</p>"
            return t + self.doc_link(row, f"{row._doctitle} ({ft}, {row._size})")
        if k in ("D", "DP"):
            t = pick(["U regelt dit online. U logt in met DigiD.", "Dit regelt u snel en veilig online met uw DigiD.",
                      "Vraag het online aan. Houd uw DigiD bij de hand.", "U kunt dit online doen. Hiervoor heeft u DigiD nodig."], self.code, row.pk)
            pre = ""
            if k == "DP":
                fam = " en de gegevens van uw gezinsleden" if row.pk == "verhuismelding" else ""
                pre = f"<p>Na het inloggen met DigiD halen we uw gegevens op uit de Basisregistratie Personen (BRP). Uw naam, adres{fam} zijn dan al ingevuld; u controleert ze alleen.</p>"
            return f"<p>{esc(t)}</p>{pre}" + self.cta(row, row.link_url, c["act"])
        if k == "E":
            t = pick(["Ondernemers en organisaties vragen dit online aan met eHerkenning (niveau EH2+). Vraagt u aan als particulier? Log dan in met DigiD.",
                      "U vraagt dit online aan. U logt in met eHerkenning of, als particulier, met DigiD.",
                      "Vraag de vergunning digitaal aan met eHerkenning. Heeft u nog geen eHerkenning? Vraag het op tijd aan; dit duurt enkele dagen."], self.code, row.pk)
            return f"<p>{esc(t)}</p>" + self.cta(row, row.link_url, c["act"])
        if k == "A":
            t = pick(["Vul het online formulier in. U hoeft niet in te loggen.", "Gebruik het online formulier. Inloggen is niet nodig.",
                      "U kunt dit online doorgeven met het formulier hieronder.", "Doe uw aanvraag via het digitale formulier."], self.code, row.pk)
            return f"<p>{esc(t)}</p>" + self.cta(row, row.link_url, c["act"])
        if k == "J":
            extra = ""
            if row.pk in ("paspoort", "identiteitskaart") and crc(self.code) % 2 == 0:
                u, size = self.doc("aux:toestemming", "Toestemming reisdocument minderjarige", [self.name, "Toestemming van de gezaghouder(s) voor het aanvragen van een reisdocument voor een minderjarige.", "Lever dit formulier in bij de aanvraag."], ["Naam gezaghouder", "Naam kind", "Handtekening"], fname="toestemming-reisdocument-minderjarige")
                extra = f'<p>Voor kinderen onder de 18 jaar: neem het ingevulde <a href="{u.replace("http://" + self.host, "")}">toestemmingsformulier reisdocument minderjarige (pdf, {size})</a> mee.</p>'
                ctx.add("inline", "", "auxiliary consent PDF (toestemming minderjarige), not an application form")
            t = pick(["U kunt dit niet online aanvragen. Maak een afspraak om langs te komen in het gemeentehuis.",
                      "U moet hiervoor persoonlijk langskomen. Maak eerst online een afspraak.",
                      "Aanvragen kan alleen op afspraak aan de balie."], self.code, row.pk)
            return f"<p>{esc(t)}</p>" + f'<p><a class="afspraak" href="{row.link_url}">Maak een afspraak</a></p>' + extra
        v = self.info_variant(row)
        if v == "mailto":
            m = self.email(slugify(c["act"]).split("-")[0] or "info")
            ctx.add("inline", "", "mailto link")
            return f'<p>Stuur uw verzoek per e-mail naar <a href="mailto:{m}">{m}</a> of per post naar {esc(self.name)}, {esc(self.postbus)}, {esc(self.zipcode)} {esc(g)}.</p>'
        if v == "undertaker":
            return "<p>Meestal doet de uitvaartondernemer de aangifte voor u. Doet u zelf aangifte? Neem dan contact op met burgerzaken via telefoonnummer " + esc(self.phone) + ". Een online formulier is er niet.</p>"
        if v == "auto":
            return "<p>U hoeft niets aan te vragen. U ontvangt de aanslag automatisch. Heeft u vragen over de aanslag? Bel " + esc(self.phone) + ".</p>"
        if v == "marktmeester":
            return f"<p>Neem contact op met de marktmeester via {esc(self.phone)} of kom op de marktdag langs bij de marktmeester. Aanvragen kan niet online.</p>"
        if v == "letter":
            return f"<p>Stuur een brief met uw naam, adres, de datum en uw handtekening naar {esc(self.name)}, {esc(self.postbus)}, {esc(self.zipcode)} {esc(g)}. Vermeld duidelijk waar het over gaat.</p>"
        if v == "phone":
            return f"<p>Neem contact op met de gemeente via telefoonnummer {esc(self.phone)}. Een medewerker bespreekt uw situatie met u en maakt zo nodig een afspraak voor een gesprek.</p>"
        return f"<p>Kom langs bij de publieksbalie in het gemeentehuis ({esc(self.street)}). U kunt dit niet online regelen.</p>"

    def doc_link(self, row: Row, text: str) -> str:
        return f'<p><a class="download" href="{row.route_url.replace("http://" + self.host, "")}">{esc(text)}</a></p>'

    # ----- product pages (pass 2)
    def sections(self, row: Row, ctx: Ctx, also: list[Row]) -> list[tuple[str, str]]:
        c = C[row.pk]
        intro = f"<p>{esc(self.g(c['intro']))}</p>" + "".join(f"<p>{esc(self.g(C[a.pk]['intro']))}</p>" for a in also)
        route = self.route_html(row, ctx)
        if ctx.inline:
            route += "".join(ctx.inline)
        need = "<ul>" + "".join(f"<li>{esc(n)}</li>" for n in c["need"]) + "</ul>"
        cost = f"<p>{esc(c['cost'])}</p>" + "".join(f"<p>{esc(C[a.pk]['cost'])}</p>" for a in also)
        return [(self.heads[0], intro), (self.heads[1], route), (self.heads[2], need), (self.heads[3], cost), (self.heads[4], f"<p>{esc(c['time'])}</p>")]

    def layout(self, row: Row, sections: list[tuple[str, str]], ctx: Ctx) -> str:
        out = "".join(ctx.top)
        if self.section_style == "details":
            for i, (h, b) in enumerate(sections):
                out += f'<details class="accordion"{" open" if i < 2 else ""}><summary><h2>{esc(h)}</h2></summary><div class="accordion__body">{b}</div></details>'
        else:
            for h, b in sections:
                out += f"<h2>{esc(h)}</h2>{b}"
        return out

    def render_product(self, row: Row, also: list[Row]) -> None:
        ctx = Ctx()
        for tid in self.trap_ids(row):
            fn = getattr(self, "trap_" + tid)
            res = fn(row)
            if res:
                ctx.add(*res)
        secs = self.sections(row, ctx, also)
        main = self.layout(row, secs, ctx) + "".join(ctx.bottom)
        side = self.related(row) + "".join(ctx.side)
        title = row.title
        head = self.alternates(row)
        self.write_page(self.ppath(row.pk), title, main, side, head=head, kind="product")
        row.traps = list(self.sitewide_notes) + ctx.notes

    def alternates(self, row: Row) -> str:
        if row.pk in self.en_pages:
            return f'<link rel="alternate" hreflang="en" href="{self.url(en_path(self, row.pk))}">'
        return ""

    def related(self, row: Row) -> str:
        cat = C[row.pk]["cat"]
        others = [r for r in self.visible_rows() if C[r.pk]["cat"] == cat and r.pk != row.pk and r.product_url != row.product_url][:4]
        if not others:
            return ""
        return '<nav class="related"><h2>Gerelateerd</h2><ul>' + "".join(f'<li><a href="{self.ppath(r.pk)}">{esc(r.title)}</a></li>' for r in others) + "</ul></nav>"

    def render_not_offered(self, row: Row) -> None:
        ctx = Ctx()
        for tid in self.trap_ids(row):
            res = getattr(self, "trap_" + tid)(row)
            if res:
                ctx.add(*res)
        text = self.unexpected_titles[row.pk][1]
        main = "".join(ctx.top) + f"<p>{esc(self.g(text))}</p>" + "".join(ctx.inline) + "".join(ctx.bottom)
        self.write_page(self.ppath(row.pk), row.title, main, self.related(row) + "".join(ctx.side), kind="product")
        row.traps = list(self.sitewide_notes) + ctx.notes

    def visible_rows(self) -> list[Row]:
        return [r for r in self.rows.values() if r.status in ("ok", "not_offered") and r.shared_primary is None]

    # ----- generic traps (each returns (where, html, note) or None)
    def _digid_links(self, row: Row, n: int = 4) -> list[Row]:
        pref = ["verhuismelding", "woz-bezwaar", "brp-uittreksel", "hondenbelasting", "parkeervergunning", "belastingkwijtschelding", "bijstand", "gehandicaptenparkeerkaart", "bezwaar", "leerlingenvervoer"]
        out = []
        for pk in pref:
            r = self.rows.get(pk)
            if r is None or r.status != "ok" or r.pk == row.pk or r.product_url == row.product_url:
                continue
            if r.kind in ("D", "DP") and not r.via_key and r.link_url:
                out.append(r)
            if len(out) == n:
                break
        return out

    def trap_box(self, row: Row, title: str, cls: str):
        items = self._digid_links(row)
        if not items:
            return None
        lis = "".join(f'<li><a href="{r.link_url}">{esc(C[r.pk]["act"])} (DigiD)</a></li>' for r in items)
        names = ", ".join(f"{C[r.pk]['act']} (DigiD)" for r in items[:2])
        return ("side", f'<section class="{cls}"><h2>{esc(title)}</h2><ul>{lis}</ul></section>',
                f"'{title}' box with DigiD links for other products ({names})")

    def trap_feedback(self, row: Row):
        return ("bottom", '<form class="feedback" method="post" action="/feedback"><fieldset><legend>Was deze informatie nuttig?</legend>'
                '<label><input type="radio" name="nuttig" value="ja"> Ja</label> <label><input type="radio" name="nuttig" value="nee"> Nee</label>'
                '<label for="fb-opm">Wat kunnen we verbeteren?</label><textarea id="fb-opm" name="opmerking"></textarea>'
                '<button type="submit">Verstuur</button></fieldset></form>', "'Was deze informatie nuttig?' feedback form")

    def trap_contact_form(self, row: Row):
        return ("side", '<section class="stel-uw-vraag"><h2>Stel uw vraag</h2><form method="post" action="/contact/verzonden">'
                '<label for="cq-naam">Naam</label><input id="cq-naam" name="naam"><label for="cq-mail">E-mailadres</label><input id="cq-mail" name="email" type="email">'
                '<label for="cq-vraag">Uw vraag</label><textarea id="cq-vraag" name="vraag"></textarea><button type="submit">Verzenden</button></form></section>',
                "general 'Stel uw vraag' contact form")

    def trap_news_digid(self, row: Row):
        u = self.news_path(NEWS[0][0])
        return ("side", f'<section class="nieuws"><h2>Nieuws</h2><ul><li><a href="{u}">{esc(NEWS[0][1])}</a></li></ul></section>', "news item about DigiD in the sidebar")

    def trap_mijnoverheid(self, row: Row):
        return ("inline", '<p>Uw gegevens in de BRP en de geldigheid van uw reisdocumenten ziet u ook in MijnOverheid. '
                '<a href="http://mijn.overheid.test/inloggen">Inloggen op MijnOverheid (DigiD)</a></p>', "MijnOverheid link with DigiD login")

    def trap_appt_mijn(self, row: Row):
        if row.kind == "J":
            return ("inline", "", f"'{self.appt_name}' appointment page has a 'Mijn afspraken' DigiD login")
        return ("side", f'<section class="afspraak"><h2>Maak een afspraak</h2><p>Voor burgerzaken werken we op afspraak.</p><p><a href="{self.appt_url()}">Afspraak maken of wijzigen</a></p></section>',
                f"'Maak een afspraak' ({self.appt_name}) whose 'Mijn afspraken' needs DigiD")

    def trap_olo_login(self, row: Row):
        return ("inline", f'<div class="let-op"><p><strong>Gaat u ook (ver)bouwen?</strong> Voor bouwen en verbouwen doet u de vergunningcheck in het Omgevingsloket. '
                f'Een aanvraag dient u in via Mijn Omgevingsloket.</p><p><a href="{OLO_CHECK}">Vergunningcheck</a> · <a href="{OLO_AANVRAGEN}">Inloggen in het Omgevingsloket</a></p></div>',
                "Omgevingsloket check/login for building work on a page that is not about a permit")

    def trap_reg_pdf(self, row: Row):
        cat = C[row.pk]["cat"]
        btax = "hondenbelasting" if (row.pk == "hondenbelasting" and row.status == "ok") else ("onroerendezaakbelastingen" if row.status != "ok" or row.pk == "reclamebelasting" else "afvalstoffenheffing en rioolheffing")
        t = {"belastingen": f"Verordening {btax} 2025",
             "zorg": "Verordening maatschappelijke ondersteuning 2025", "ondernemen": "Algemene Plaatselijke Verordening (APV) 2025",
             "parkeren": "Parkeerverordening 2025", "wonen": "Bomenverordening 2024", "afval": "Afvalstoffenverordening 2024",
             "bestuur": "Verordening commissie bezwaarschriften", "burgerzaken": "Verordening naamgeving en nummering"}[cat]
        u, size = self.doc("reg:" + t, t, [self.name, "Gemeenteblad", "De raad van de gemeente besluit vast te stellen de volgende verordening.",
                                           "## Artikel 1 Begripsbepalingen", "In deze verordening wordt verstaan onder college: het college van burgemeester en wethouders.",
                                           "## Artikel 2 Toepassingsbereik", "Deze verordening is van toepassing op het gehele grondgebied van de gemeente.",
                                           "## Artikel 3 Inwerkingtreding", "Deze verordening treedt in werking op 1 januari 2025."])
        return ("inline", f'<h3>Regelgeving</h3><ul><li><a href="{u.replace("http://" + self.host, "")}">{esc(t)} (pdf, {size})</a></li></ul>', f"regulation PDF ({t})")

    def trap_tariff_pdf(self, row: Row):
        t = "Tarieventabel leges 2025"
        u, size = self.doc("tarief", t, [self.name, "Tarieventabel behorende bij de Legesverordening 2025.", "## Hoofdstuk 1 Burgerzaken",
                                         "1.1 Paspoort (18 jaar en ouder): EUR 84,30", "1.2 Identiteitskaart: EUR 77,85", "1.3 Uittreksel BRP: EUR 15,20",
                                         "## Hoofdstuk 3 Vergunningen", "3.1 Evenementenvergunning klein: EUR 132,00", "3.2 Exploitatievergunning: EUR 402,00",
                                         "3.3 Standplaatsvergunning: EUR 61,60", "3.4 Terrasvergunning: EUR 168,00"])
        return ("inline", f'<p>Kijk voor alle tarieven in de <a href="{u.replace("http://" + self.host, "")}">tarieventabel leges 2025 (pdf, {size})</a>.</p>', "tariff PDF (tarieventabel leges)")

    def trap_mor_app(self, row: Row):
        r = self.rows.get("melding-openbare-ruimte")
        tgt = r.link_url if r and r.link_url else self.url(self.ppath("melding-openbare-ruimte"))
        return ("side", f'<section class="meld"><h2>Meld een probleem in de openbare ruimte</h2><p>Losliggende tegel, kapotte lantaarnpaal of zwerfafval? Meld het via de app MijnGemeente of online.</p>'
                f'<p><a href="{tgt}">Melding doen</a></p></section>', "'Meld een probleem in de openbare ruimte' link (app/online form) on an unrelated page")

    def trap_bezwaar_other(self, row: Row):
        r = None
        for pk in ("bezwaar", "woz-bezwaar"):
            cand = self.rows.get(pk)
            if cand and cand.level == 100 and (cand.link_url or cand.route_url) and cand.pk != row.pk:
                r = cand
                break
        if r is None:
            return None
        what = "de WOZ-waarde of uw aanslag" if r.pk == "woz-bezwaar" else "een besluit van de gemeente"
        return ("inline", f'<p>Bent u het niet eens met {what}? <a href="{r.link_url or r.route_url}">Bezwaar maken (DigiD)</a></p>',
                f"'Bezwaar maken (DigiD)' link about a different decision ({r.pk})")


# ---------------------------------------------------------------------------------------
# Open Formulieren-like forms: the form (fields or login buttons) exists only after the
# inline script runs
# ---------------------------------------------------------------------------------------
OF_SCRIPT = r"""
(function () {
  var root = document.getElementById('openforms-container');
  var spec = JSON.parse(document.getElementById('of-spec').textContent);
  var names = {digid: 'DigiD', eherkenning: 'eHerkenning', eidas: 'eIDAS'};
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text) e.textContent = text; return e; }
  var card = el('div', 'openforms-card');
  card.appendChild(el('h2', 'utrecht-heading-2', spec.title));
  if (spec.auth.length) {
    card.appendChild(el('p', 'utrecht-paragraph', spec.authIntro));
    spec.auth.forEach(function (p) {
      var a = el('a', 'utrecht-button utrecht-button--primary-action', 'Inloggen met ' + names[p]);
      a.href = root.getAttribute('data-base-url') + 'auth/' + spec.slug + '/' + p + '/start';
      var img = document.createElement('img'); img.src = root.getAttribute('data-base-url') + 'static/img/' + p + '.svg'; img.alt = '';
      a.insertBefore(img, a.firstChild);
      card.appendChild(a);
    });
    if (spec.prefill) card.appendChild(el('p', 'utrecht-paragraph', spec.prefill));
  } else {
    var f = el('form', 'openforms-form');
    f.method = 'post'; f.action = root.getAttribute('data-base-url') + 'api/v2/submissions';
    f.appendChild(el('p', 'openforms-progress', 'Stap 1 van 3'));
    spec.fields.forEach(function (label, i) {
      var w = el('div', 'utrecht-form-field');
      var l = el('label', 'utrecht-form-label', label + ' *'); l.htmlFor = 'f' + i;
      var inp = document.createElement(label.length > 40 ? 'textarea' : 'input'); inp.id = 'f' + i; inp.name = 'veld' + i; inp.required = true;
      w.appendChild(l); w.appendChild(inp); f.appendChild(w);
    });
    var b = el('button', 'utrecht-button utrecht-button--primary-action', 'Volgende'); b.type = 'submit';
    f.appendChild(b);
    card.appendChild(f);
    card.appendChild(el('p', 'utrecht-paragraph', 'Velden met een * zijn verplicht.'));
  }
  root.appendChild(card);
})();
"""


def of_fields(pk: str) -> list[str]:
    return ["Voornamen", "Achternaam", "Postcode", "Huisnummer", "E-mailadres", "Telefoonnummer"] + C[pk].get("fields", ["Omschrijving van uw verzoek"])


def of_embed(form_host: str, slug: str, pk: str, kind: str, title: str) -> str:
    auth = {"D": ["digid"], "DP": ["digid"], "E": ["eherkenning", "digid"], "A": []}[kind]
    spec = {"slug": slug, "title": title, "auth": auth, "fields": of_fields(pk),
            "authIntro": "Om dit formulier te starten moet u inloggen." if auth else "",
            "prefill": "Uw gegevens worden na het inloggen automatisch ingevuld uit de BRP." if kind == "DP" else ""}
    for p in auth:
        redirect(f"http://{form_host}/auth/{slug}/{p}/start", digid_login(slug) if p == "digid" else eh_login(slug))
    for p in ("digid", "eherkenning"):
        put(f"http://{form_host}/static/img/{p}.svg", SVG_DIGID if p == "digid" else SVG_EH)
    put(f"http://{form_host}/static/sdk/open-forms-sdk.css", ".openforms-card{border:1px solid #ccc;padding:1rem}.utrecht-button{display:inline-block;padding:.5rem 1rem;background:#24578f;color:#fff;margin:.25rem 0}")
    put(f"http://{form_host}/static/sdk/open-forms-sdk.mjs", "export class OpenForm { constructor(el, opts) { this.el = el; this.opts = opts; } init() {} }\n")
    return (f'<div class="open-forms-sdk-root" id="openforms-container" data-sdk-module="http://{form_host}/static/sdk/open-forms-sdk.mjs" '
            f'data-form-id="{slug}" data-base-url="http://{form_host}/" data-base-path="/{slug}/"></div>'
            f'<script type="application/json" id="of-spec">{json.dumps(spec, ensure_ascii=False)}</script>'
            f'<noscript><p>Om dit formulier te gebruiken moet JavaScript aan staan.</p></noscript><script>{OF_SCRIPT}</script>')


def of_standalone(form_host: str, slug: str, pk: str, kind: str, title: str, org_name: str, color: str) -> str:
    url = f"http://{form_host}/{slug}/"
    html = (f'<!DOCTYPE html><html lang="nl" class="openforms-theme"><head><meta charset="utf-8"><title>{esc(title)} | {esc(org_name)}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/static/sdk/open-forms-sdk.css"></head>'
            f'<body class="utrecht-document"><header style="background:{color};color:#fff;padding:1rem"><strong>{esc(org_name)}</strong> · Formulieren</header>'
            f'<main class="utrecht-page-content"><h1 class="utrecht-heading-1">{esc(title)}</h1>'
            + of_embed(form_host, slug, pk, kind, title) + "</main></body></html>")
    put(url, html)
    if not exists(f"http://{form_host}/"):
        put(f"http://{form_host}/", f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Formulieren | {esc(org_name)}</title></head><body><h1>Formulieren {esc(org_name)}</h1><p>Start een formulier via de website van de gemeente.</p></body></html>')
        put(f"http://{form_host}/robots.txt", "User-agent: *\nDisallow: /auth/\nDisallow: /api/\n")
    return url


# ---------------------------------------------------------------------------------------
# appointment systems (booking is not a request form)
# ---------------------------------------------------------------------------------------
def appointment_site(site: "Site") -> None:
    host = site.appt_host
    mijn = ""
    if site.appt_mijn:
        redirect(f"http://{host}/mijn-afspraken/inloggen", digid_login("afspraak-" + site.code))
        mijn = ('<section class="mijn"><h2>Mijn afspraken</h2><p>Wilt u uw afspraak bekijken, verzetten of annuleren? Log in met DigiD.</p>'
                '<p><a href="/mijn-afspraken/inloggen"><img src="/img/digid.svg" alt="DigiD" width="32"> Inloggen met DigiD</a></p></section>')
        put(f"http://{host}/img/digid.svg", SVG_DIGID)
    products = "".join(f"<option>{esc(p)}</option>" for p in ("Paspoort aanvragen", "Identiteitskaart aanvragen", "Paspoort of ID-kaart ophalen", "Rijbewijs aanvragen", "Geboorteaangifte", "Huwelijk of partnerschap melden", "Uittreksel BRP"))
    if site.appt_name == "Qmatic":
        title = "Afspraak maken - Qmatic Web Booking"
        body = (f'<div id="app" class="qmatic-webbooking"><h1>Afspraak maken bij {esc(site.name)}</h1><p>Kies een dienst, datum en tijd.</p>'
                f'<form method="get" action="/qmaticwebbooking/tijden"><label for="dienst">Dienst</label><select id="dienst" name="dienst">{products}</select>'
                f'<label for="datum">Datum</label><input id="datum" name="datum" type="date"><button type="submit">Beschikbare tijden</button></form></div>{mijn}')
        put(f"http://{host}/qmaticwebbooking/tijden", f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Kies een tijd</title></head><body><h1>Kies een tijd</h1><form method="post" action="/qmaticwebbooking/bevestigen"><label><input type="radio" name="tijd" value="09:10"> 09:10</label><label><input type="radio" name="tijd" value="09:20"> 09:20</label><label for="naam">Naam</label><input id="naam" name="naam"><label for="mail">E-mail</label><input id="mail" name="email"><button type="submit">Afspraak bevestigen</button></form></body></html>')
    else:
        title = "Online afspraak maken - JCC G-Plan"
        body = (f'<h1>Online afspraak maken</h1><p>{esc(site.name)} - Publiekszaken. Stap 1 van 4: kies uw product(en).</p>'
                f'<form method="post" action="/afspraak/stap2"><fieldset><legend>Producten</legend>{"".join(f"<label><input type=checkbox name=product value={i}> {p}</label><br>" for i, p in enumerate(("Paspoort", "Identiteitskaart", "Rijbewijs", "Uittreksel BRP", "Geboorteaangifte")))}</fieldset>'
                f'<button type="submit">Volgende stap</button></form>{mijn}')
        put(f"http://{host}/afspraak/stap2", f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Stap 2 van 4 - datum en tijd</title></head><body><h1>Kies een datum en tijd</h1><form method="post" action="/afspraak/stap3"><input name="datum" type="date"><button>Volgende stap</button></form></body></html>')
        put(f"http://{host}/afspraak/stap3", f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Stap 3 van 4 - uw gegevens</title></head><body><h1>Uw gegevens</h1><form method="post" action="/afspraak/stap4"><label>Naam <input name="naam"></label><label>E-mail <input name="email"></label><button>Afspraak maken</button></form></body></html>')
    put(f"http://{host}/", f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{title}</title></head><body><header><img src="/img/logo.svg" alt="{esc(site.name)}"></header><main>{body}</main><footer><a href="{site.website}">Terug naar de website van de gemeente</a></footer></body></html>')
    put(f"http://{host}/img/logo.svg", svg_logo(site.name, site.color))
    put(f"http://{host}/robots.txt", "User-agent: *\nDisallow: /mijn-afspraken/\n")


# =======================================================================================
# Families
# =======================================================================================
CAT_SLUG = {"burgerzaken": "burgerzaken", "parkeren": "parkeren-en-verkeer", "belastingen": "belastingen", "zorg": "zorg-werk-en-inkomen",
            "afval": "afval-en-buitenruimte", "wonen": "wonen-en-bouwen", "bestuur": "klachten-bezwaar-en-informatie", "ondernemen": "vergunningen"}


class Capelle(Site):
    """Drupal/GemeenteOplossingen-like: root slugs, toptaken headings, Open Formulieren host (JS-only)."""
    page_kind = "Drupal root-slug page"
    code, name, short = "GM0502", "Gemeente Capelle aan den IJssel", "Capelle aan den IJssel"
    host, website, inhabitants, idx = "www.capelleaandenijssel.test", "http://capelleaandenijssel.test/", 67800, 0
    family = "Drupal (GemeenteOplossingen-like) root slugs /<slug>, 'Wat is het? / Hoe werkt het?' headings"
    phone, street, zipcode, postbus, color = "010 284 80 00", "Rivierweg 111", "2903 AR", "Postbus 70", "#00589c"
    shared = {"identiteitskaart": "paspoort", "belastingaanslag-bezwaar": "woz-bezwaar"}
    sitemap = True
    appt_host, appt_name, appt_mijn = "capelleaandenijssel.afspraakmaken.test", "Qmatic", False
    pdf_dir = "/sites/default/files/2024-11/"
    en_pages = ["verhuismelding"]
    form_host = "formulieren.capelleaandenijssel.test"
    sitewide_notes = ["site-wide 'Mijn Capelle' (DigiD) login in the header"]
    unexpected_titles = {"collectevergunning": ("Collecteren en inzamelingsacties", "Voor een collecte van een landelijk erkend goed doel volgens het collecterooster van het CBF heeft u in {gem} geen vergunning nodig. De gemeente geeft geen collectevergunningen af. Wilt u iets anders inzamelen, zoals oud papier voor uw vereniging? Neem dan contact op met de wijkbeheerder.")}

    def ppath(self, pk):
        if pk in self.shared:
            pk = self.shared[pk]
        if pk == "paspoort":
            return "/paspoort-en-identiteitskaart"
        if pk == "woz-bezwaar":
            return "/bezwaar-tegen-aanslag-of-woz-waarde"
        return "/" + slugify(self.product_title(pk))

    def cat_path(self, cat):
        return ("/ondernemers/" if cat == "ondernemen" else "/inwoners/") + CAT_SLUG[cat]

    def home_path(self):
        return "/home"

    def eform(self, row):
        slug = slugify(C[row.pk]["form"])
        url = of_standalone(self.form_host, slug, row.pk, row.kind, C[row.pk]["form"], self.name, self.color)
        who = {"D": "DigiD", "DP": "DigiD", "E": "eHerkenning/DigiD", "A": "no login"}[row.kind]
        return url, url, f"link to an Open Formulieren form on {self.form_host} whose {'login button' if row.kind != 'A' else 'fields'} exist only after JavaScript ({who})"

    def cta(self, row, url, label):
        if crc(row.pk) % 3 == 0:
            return f'<p><button type="button" class="button button--primary" onclick="location.href=\'{url}\'">{esc(label)}</button></p>'
        return f'<p class="cta"><a class="button button--primary" href="{url}">Direct regelen</a></p>'

    def trap_ids(self, row):
        t = ["direct", "feedback"]
        if C[row.pk]["cat"] == "belastingen" and row.status == "ok":
            t.append("reg_pdf")
        if row.pk in ("wmo-voorziening", "klacht"):
            t.append("bezwaar_other")
        if row.pk in ("uitwegvergunning", "bouwdossier-inzage"):
            t.append("olo_login")
        return t

    def trap_direct(self, row):
        return self.trap_box(row, "Direct regelen", "direct-regelen")

    def shell(self, path, title, main, sidebar="", *, lang="nl", head="", kind="page"):
        crumbs = f'<nav class="breadcrumb" aria-label="Kruimelpad"><ol><li><a href="/home">Home</a></li><li>{esc(title)}</li></ol></nav>' if path != "/home" else ""
        return f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} | Gemeente Capelle aan den IJssel</title><meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<link rel="stylesheet" href="/themes/custom/capelle/css/style.css">{head}</head>
<body class="path-node page-node-type-{'product' if kind == 'product' else 'page'}">
<a href="#main-content" class="visually-hidden focusable skip-link">Overslaan en naar de inhoud gaan</a>
<header class="header" role="banner"><div class="container">
<a href="/home" rel="home" class="site-logo"><img src="/themes/custom/capelle/logo.svg" alt="Gemeente Capelle aan den IJssel"></a>
<nav class="service-menu" aria-label="Servicemenu"><ul><li><a href="/contact">Contact</a></li><li><a href="/english/" hreflang="en">English</a></li>
<li class="mijn"><a href="http://mijn.capelleaandenijssel.test/">Mijn Capelle</a></li></ul></nav>
<nav class="main-menu" aria-label="Hoofdmenu"><ul><li><a href="/inwoners/">Inwoners</a></li><li><a href="/ondernemers/">Ondernemers</a></li><li><a href="/producten-a-z">Producten en diensten A-Z</a></li><li><a href="/nieuws/">Nieuws</a></li></ul></nav>
</div></header>
{crumbs}
<main id="main-content" class="main"><div class="layout-content"><h1 class="page-title">{esc(title)}</h1>{main}</div>
<aside class="layout-sidebar-second" role="complementary">{sidebar}</aside></main>
<footer class="footer" role="contentinfo"><div class="container"><div class="footer__contact"><h2>Contact</h2><p>Stadhuis, {self.street}, {self.zipcode} Capelle aan den IJssel<br>Telefoon: {self.phone}</p></div>
<ul class="footer__links"><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/toegankelijkheid">Toegankelijkheid</a></li><li><a href="/cookies">Cookies</a></li></ul></div></footer>
</body></html>"""

    def extras(self):
        put(self.url("/themes/custom/capelle/css/style.css"), "body{font-family:'Open Sans',sans-serif;margin:0}.header{background:#00589c;color:#fff}.button--primary{background:#e30613;color:#fff;padding:.6rem 1.2rem;border:0}.layout-content{max-width:48rem}")
        put(self.url("/themes/custom/capelle/logo.svg"), svg_logo("Capelle aan den IJssel", self.color))
        # cookie interstitial before the homepage
        put(self.url("/"), """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Cookies | Gemeente Capelle aan den IJssel</title></head>
<body class="cookie-consent"><div class="cookie-wall" role="dialog" aria-labelledby="cw-title"><h1 id="cw-title">Cookies op capelleaandenijssel.nl</h1>
<p>Wij gebruiken functionele en analytische cookies om de website goed te laten werken en te verbeteren. Met uw toestemming plaatsen we ook cookies om video's te tonen.</p>
<p><a class="button" href="/home">Alle cookies accepteren</a> <a class="button button--secondary" href="/home">Alleen noodzakelijke cookies</a></p>
<p><a href="/cookies">Meer over cookies</a></p></div></body></html>""")
        # Mijn Capelle portal (site-wide login)
        mh = "mijn.capelleaandenijssel.test"
        redirect(f"http://{mh}/inloggen/digid", digid_login("mijncapelle"))
        redirect(f"http://{mh}/inloggen/eherkenning", eh_login("mijncapelle"))
        put(f"http://{mh}/", """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Mijn Capelle</title></head><body><h1>Mijn Capelle</h1>
<p>In Mijn Capelle ziet u uw lopende zaken, berichten en aanvragen bij de gemeente.</p><p><a href="/inloggen/digid">Inloggen met DigiD</a></p><p><a href="/inloggen/eherkenning">Inloggen met eHerkenning</a></p>
<p><a href="http://www.capelleaandenijssel.test/home">Naar capelleaandenijssel.nl</a></p></body></html>""")
        put(f"http://{mh}/robots.txt", "User-agent: *\nDisallow: /inloggen/\n")
        # sibling page: melding klein evenement (anonymous form)
        slug = "melding-klein-evenement"
        u = of_standalone(self.form_host, slug, "evenementenvergunning", "A", "Melding klein evenement", self.name, self.color)
        self.write_page("/melding-klein-evenement", "Melding klein evenement", f"<h2>Wat is het?</h2><p>Organiseert u een buurtfeest of barbecue met minder dan 100 bezoekers, zonder versterkte muziek na 22.00 uur? Dan is een melding klein evenement genoeg.</p><h2>Hoe werkt het?</h2><p>Doe de melding minimaal 4 weken van tevoren.</p><p><a class=\"button\" href=\"{u}\">Melding doen</a></p>")
        for p, t, b in (("/privacy", "Privacyverklaring", "<p>De gemeente gaat zorgvuldig om met uw gegevens.</p>"), ("/toegankelijkheid", "Toegankelijkheid", "<p>Wij willen dat iedereen onze website kan gebruiken.</p>"),
                        ("/cookies", "Cookies", "<p>Deze website gebruikt functionele en analytische cookies.</p>")):
            self.write_page(p, t, b, index=False)


class Schiedam(Site):
    """iProx-like: /Inwoners/<Sectie>/<Titel_Met_Underscores>, relative ../ links, accordions,
    TriplEforms .aspx e-forms with DigiD shown only as an image, E-loket overview."""
    page_kind = "iProx-like /Inwoners/<Sectie>/<Titel> page (relative ../ links)"
    code, name, short = "GM0606", "Gemeente Schiedam", "Schiedam"
    host, website, inhabitants, idx = "www.schiedam.test", "http://www.schiedam.test/", 80900, 1
    family = "iProx-like /Inwoners/<Sectie>/<Titel_Underscored>, relative ../ links, accordion"
    link_mode = "dotdot"
    heads = ("Omschrijving", "Aanvragen", "Wat heeft u nodig", "Kosten", "Termijn")
    section_style = "details"
    phone, street, zipcode, postbus, color = "14 010", "Stadserf 1", "3112 DZ", "Postbus 1501", "#c8102e"
    shared = {"identiteitskaart": "paspoort"}
    appt_host, appt_name, appt_mijn = "afspraak.schiedam.test", "JCC", True
    pdf_dir = "/Documenten/Formulieren/"
    en_pages = ["verhuismelding"]
    eloket = "eloket.schiedam.test"
    sitewide_notes = ["DigiD logo in the footer (links to DigiD information)", "chatbot widget 'Vraag het Gem'"]
    SECT = {"burgerzaken": "Burgerzaken", "parkeren": "Parkeren", "belastingen": "Belastingen", "zorg": "Werk_en_inkomen", "afval": "Afval",
            "wonen": "Wonen_en_bouwen", "bestuur": "Bestuur_en_organisatie", "ondernemen": "Vergunningen"}

    def ppath(self, pk):
        if pk in self.shared:
            pk = self.shared[pk]
        t = "Paspoort_en_identiteitskaart" if pk == "paspoort" else underscored(self.product_title(pk))
        top = "Ondernemers" if self.aud(pk) == "ondernemer" else "Inwoners"
        return f"/{top}/{self.SECT[C[pk]['cat']]}/{t}"

    def cat_path(self, cat):
        return ("/Ondernemers/" if cat == "ondernemen" else "/Inwoners/") + self.SECT[cat] + "/"

    def az_path(self):
        return "/Inwoners/Producten_en_diensten_A-Z"

    def news_path(self, slug):
        return f"/Nieuws/{underscored(slug.replace('-', ' '))}"

    def news_index(self):
        return "/Nieuws/"

    def via_overview(self, row):
        return C[row.pk]["cat"] in ("belastingen", "bestuur")

    def eform(self, row):
        name = camel(C[row.pk]["form"])
        url = f"http://{self.eloket}/TriplEforms/DirectRegelen/formulier/nl-NL/evSchiedam/{name}.aspx"
        kind = row.kind
        if kind == "A":
            fields = of_fields(row.pk)
            fh = "".join(f'<div class="veld"><label for="ctl00_f{i}">{esc(f)}</label><input id="ctl00_f{i}" name="ctl00$f{i}" type="text"></div>' for i, f in enumerate(fields))
            body = (f'<div class="stappen">Stap 1 van 3: Uw gegevens</div><form method="post" action="./{name}.aspx" id="aspnetForm">'
                    f'<input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk">{fh}<input type="submit" name="ctl00$volgende" value="Volgende"></form>')
        else:
            redirect(f"http://{self.eloket}/TriplEforms/Authenticatie/DigiD.aspx", digid_login("schiedam"))
            redirect(f"http://{self.eloket}/TriplEforms/Authenticatie/eHerkenning.aspx", eh_login("schiedam", "digidentity"))
            eh = ""
            if kind == "E":
                eh = f'<p><a href="/TriplEforms/Authenticatie/eHerkenning.aspx?formulier={name}"><img src="/TriplEforms/images/eherkenning.svg" alt="eHerkenning"></a></p>'
            body = (f'<div class="stappen">Stap 1 van 4: Inloggen</div><p>Voor dit formulier moet u zich identificeren.</p>'
                    f'<p><a href="/TriplEforms/Authenticatie/DigiD.aspx?formulier={name}"><img src="/TriplEforms/images/digid.svg" alt="Inloggen met DigiD"></a></p>{eh}'
                    f'<p class="timeout">Let op: na 15 minuten zonder activiteit wordt u automatisch uitgelogd.</p>')
        put(f"http://{self.eloket}/TriplEforms/images/digid.svg", SVG_DIGID)
        put(f"http://{self.eloket}/TriplEforms/images/eherkenning.svg", SVG_EH)
        put(url, f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{esc(C[row.pk]["form"])} - E-loket gemeente Schiedam</title></head><body class="TriplEforms">'
                 f'<div id="header"><img src="/TriplEforms/images/digid.svg" alt="" style="display:none"><strong>Gemeente Schiedam - Direct regelen</strong></div>'
                 f'<h1>{esc(C[row.pk]["form"])}</h1>{body}</body></html>')
        self.eforms.append((C[row.pk]["form"], url, kind))
        auth = {"D": "DigiD", "DP": "DigiD", "E": "eHerkenning/DigiD", "A": "no login"}[kind]
        if self.via_overview(row):
            return url, self.url("/E-loket/Formulieren_A-Z"), f"CTA to the 'E-loket' overview of all forms, then TriplEforms .aspx form ({auth}, DigiD shown as image alt text only)"
        return url, url, f"image-only DigiD/eHerkenning link to a TriplEforms .aspx form ({auth}, login marker only in image alt text)" if kind != "A" else "link to an anonymous TriplEforms .aspx form"

    def __init__(self, *a):
        super().__init__(*a)
        self.eforms = []

    def cta(self, row, url, label):
        if url.endswith("Formulieren_A-Z"):
            return f'<p><a class="knop" href="{url.replace("http://" + self.host, "")}">Naar het E-loket</a></p>'
        if row.kind in ("D", "DP") and not row.via_key:
            return f'<p class="digid-knop"><a href="{url}"><img src="/images/logo-digid.svg" alt="DigiD" width="40" height="40"> {esc(label)}</a></p>'
        if row.kind == "E" and not row.via_key:
            return f'<p class="digid-knop"><a href="{url}"><img src="/images/logo-eherkenning.svg" alt="eHerkenning"> {esc(label)}</a></p>'
        return f'<p><a class="knop" href="{url}">{esc(label)}</a></p>'

    def trap_ids(self, row):
        t = []
        if row.status == "ok" and not (row.kind in ("D", "DP", "E", "A") and self.via_overview(row)):
            t.append("allforms")
        if C[row.pk]["cat"] == "burgerzaken":
            t.append("appt_mijn")
        return t

    def trap_allforms(self, row):
        return ("side", '<section class="e-loket"><h2>E-loket</h2><p>Alle formulieren van de gemeente op één plek.</p><p><a href="/E-loket/Formulieren_A-Z">Alle formulieren</a></p></section>',
                "link to the 'E-loket: Alle formulieren' overview listing (DigiD) forms for other products")

    def shell(self, path, title, main, sidebar="", *, lang="nl", head="", kind="page"):
        return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)} - Gemeente Schiedam</title><meta name="generator" content="iprox.">
<link rel="stylesheet" href="/views/css/schiedam.css">{head}</head>
<body class="{'pagetype-product' if kind == 'product' else 'pagetype-artikel'}">
<div id="header"><a href="/" class="logo"><img src="/views/img/logo-schiedam.svg" alt="Logo gemeente Schiedam, naar de homepage"></a>
<form class="zoeken" method="get" action="/Zoeken"><label for="zoekterm">Zoeken</label><input id="zoekterm" name="zoekterm"><button type="submit">Zoek</button></form>
<ul class="menu"><li><a href="/Inwoners/">Inwoners</a></li><li><a href="/Ondernemers/">Ondernemers</a></li><li><a href="/E-loket/Formulieren_A-Z">E-loket</a></li><li><a href="/Nieuws/">Nieuws</a></li><li><a href="/Contact">Contact</a></li><li><a href="/English/" lang="en">English</a></li></ul></div>
<div id="content"><div class="grid-main"><h1>{esc(title)}</h1><div class="iprox-content">{main}</div></div><div class="grid-side">{sidebar}</div></div>
<div id="chatbot" class="gem-chat"><button type="button" onclick="document.getElementById('gem').hidden=false">Vraag het Gem</button><div id="gem" hidden><p>Hoi, ik ben Gem, de digitale assistent van de gemeente. Stel uw vraag!</p><input aria-label="Uw vraag" name="gemvraag"></div></div>
<div id="footer"><p>Gemeente Schiedam · {self.street} · {self.zipcode} Schiedam · Telefoon {self.phone}</p>
<p class="logos"><a href="http://digid.test/"><img src="/images/logo-digid.svg" alt="DigiD"></a> <a href="/Privacyverklaring">Privacyverklaring</a> · <a href="/Toegankelijkheid">Toegankelijkheid</a></p></div>
</body></html>"""

    def contact_path(self):
        return "/Contact"

    def extras(self):
        put(self.url("/views/css/schiedam.css"), "body{font-family:Arial;margin:0}#header{border-bottom:3px solid #c8102e}details summary h2{display:inline}.knop{background:#c8102e;color:#fff;padding:.4rem .8rem}")
        put(self.url("/views/img/logo-schiedam.svg"), svg_logo("Schiedam", self.color))
        put(self.url("/images/logo-digid.svg"), SVG_DIGID)
        put(self.url("/images/logo-eherkenning.svg"), SVG_EH)
        lis = "".join(f'<li><a href="{u}">{esc(t)}</a> <span class="login">{"(DigiD)" if k in ("D", "DP") else ("(eHerkenning)" if k == "E" else "")}</span></li>' for t, u, k in sorted(self.eforms))
        self.write_page("/E-loket/Formulieren_A-Z", "E-loket: alle formulieren", f"<p>Hier vindt u alle formulieren van de gemeente Schiedam op alfabet. Voor de meeste formulieren logt u in met DigiD of eHerkenning.</p><ul class=\"formulieren\">{lis}</ul>")
        self.write_page("/E-loket/", "E-loket", '<p>Regel uw zaken met de gemeente online.</p><p><a href="/E-loket/Formulieren_A-Z">Alle formulieren A-Z</a></p>', index=False)
        bz = self.rows["bezwaar"]
        self.write_page("/Ondernemers/Bestuur_en_organisatie/Bezwaar_maken", bz.title,
                        '<details class="accordion" open><summary><h2>Omschrijving</h2></summary><div class="accordion__body"><p>Bent u als ondernemer het niet eens met een besluit van de gemeente, bijvoorbeeld over een vergunning of een last onder dwangsom? Dan kunt u binnen 6 weken bezwaar maken.</p></div></details>'
                        '<details class="accordion" open><summary><h2>Aanvragen</h2></summary><div class="accordion__body"><p>Ondernemers dienen het bezwaarschrift online in via het E-loket, met eHerkenning.</p><p><a class="knop" href="/E-loket/Formulieren_A-Z">Naar het E-loket</a></p></div></details>', kind="product")
        for p, t in (("/Privacyverklaring", "Privacyverklaring"), ("/Toegankelijkheid", "Toegankelijkheid")):
            self.write_page(p, t, "<p>Informatie volgt.</p>", index=False)


class Nissewaard(Site):
    """Product catalogue with query strings (/inwoner/product?id=NNNN), SIM-PDC-like headings,
    Formdesk forms in iframes, DigiD e-loket, SVHW for taxes, soft 404."""
    page_kind = "catalogue page /inwoner/product?id=NNNN"
    code, name, short = "GM1930", "Gemeente Nissewaard", "Nissewaard"
    host, website, inhabitants, idx = "www.nissewaard.test", "http://www.nissewaard.test/", 86500, 2
    family = "product catalogue with query strings /inwoner/product?id=NNNN (SIM-PDC-like)"
    heads = ("Omschrijving", "Aanvragen", "Voorwaarden", "Kosten", "Termijn")
    phone, street, zipcode, postbus, color = "14 0181", "Raadhuisplein 1", "3201 BN", "Postbus 25", "#00a3ad"
    shared = {"alcoholvergunning": "exploitatievergunning-horeca"}
    soft404 = True
    appt_host, appt_name, appt_mijn = "nissewaard.qmatic.test", "Qmatic", False
    pdf_dir = "/publish/library/"
    formdesk = "nissewaard.formdesk.test"
    loket = "loket.nissewaard.test"
    sitewide_notes = []
    unexpected_titles = {}

    def pid(self, pk):
        keys = sorted(C)
        return 4100 + keys.index(pk) * 13

    def ppath(self, pk):
        if pk in self.shared:
            pk = self.shared[pk]
        top = "ondernemer" if self.aud(pk) == "ondernemer" else "inwoner"
        return f"/{top}/product?id={self.pid(pk)}"

    def product_title(self, pk):
        if pk == "exploitatievergunning-horeca":
            return "Horecavergunning (exploitatie- en alcoholvergunning)"
        return super().product_title(pk)

    def cat_path(self, cat):
        return f"/{'ondernemer' if cat == 'ondernemen' else 'inwoner'}/{CAT_SLUG[cat]}"

    def az_path(self):
        return "/inwoner/producten-en-diensten"

    def eform(self, row):
        c = C[row.pk]
        if row.kind == "A":
            name = camel(c["form"])
            url = f"http://{self.formdesk}/gemeentenissewaard/{name}"
            fields = of_fields(row.pk)
            fh = "".join(f'<tr><td><label for="fd{i}">{esc(f)}</label> <span class="required">*</span></td><td><input id="fd{i}" name="veld_{i}" class="fd-input"></td></tr>' for i, f in enumerate(fields))
            put(url, f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{esc(c["form"])} - Formdesk</title><link rel="stylesheet" href="/css/formdesk.css"></head><body class="fd-form">'
                     f'<form method="post" action="/gemeentenissewaard/{name}?fdstep=2" id="fdForm"><h1>{esc(c["form"])}</h1><table>{fh}</table>'
                     f'<p><input type="submit" value="Verzenden" class="fd-button"></p><p class="fd-note">Velden met een * zijn verplicht.</p></form></body></html>')
            put(f"http://{self.formdesk}/css/formdesk.css", ".fd-form{font-family:Tahoma}.fd-button{background:#00a3ad;color:#fff}")
            put(f"http://{self.formdesk}/robots.txt", "User-agent: *\nDisallow:\n")
            return url, url, "anonymous Formdesk form embedded in an <iframe> on the product page"
        slug = slugify(c["form"])
        url = f"http://{self.loket}/aanvragen/{slug}"
        redirect(f"http://{self.loket}/digid/inloggen", digid_login("nissewaard"))
        redirect(f"http://{self.loket}/eherkenning/inloggen", eh_login("nissewaard"))
        eh = f'<p><a class="knop" href="/eherkenning/inloggen?formulier={slug}">Inloggen met eHerkenning</a></p>' if row.kind == "E" else ""
        put(url, f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{esc(c["form"])} | E-loket Nissewaard</title></head><body><header><strong>E-loket gemeente Nissewaard</strong></header>'
                 f'<h1>{esc(c["form"])}</h1><p>U kunt dit formulier pas invullen nadat u bent ingelogd.</p>'
                 f'<p><a class="knop" href="/digid/inloggen?formulier={slug}">Inloggen met DigiD</a></p>{eh}</body></html>')
        if not exists(f"http://{self.loket}/"):
            put(f"http://{self.loket}/", '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>E-loket Nissewaard</title></head><body><h1>E-loket</h1><p><a href="/mijn">Mijn Nissewaard</a></p></body></html>')
            put(f"http://{self.loket}/robots.txt", "User-agent: *\nDisallow: /digid/\n")
        return url, url, f"link 'Aanvragen met {'eHerkenning' if row.kind == 'E' else 'DigiD'}' to the e-loket form page with login"

    def cta(self, row, url, label):
        if row.kind == "A" and not row.via_key and url.startswith(f"http://{self.formdesk}/"):
            return f'<div class="formulier"><iframe src="{url}" title="Formulier {esc(label)}" width="100%" height="900" style="border:0"></iframe></div>'
        if row.kind in ("D", "DP", "E") and not row.via_key:
            return f'<p><a class="knop" href="{url}">{esc(label)} ({"eHerkenning" if row.kind == "E" else "DigiD"})</a></p>'
        return f'<p><a class="knop" href="{url}">{esc(label)}</a></p>'

    def trap_ids(self, row):
        t = ["feedback"]
        cat = C[row.pk]["cat"]
        if cat != "belastingen":
            t.append("tax_login")
        if cat == "burgerzaken":
            t.append("news_digid")
        if row.pk == "bouwdossier-inzage":
            t.append("olo_login")
        return t

    def trap_tax_login(self, row):
        b = BODIES["svhw"]
        redirect(b.url("/digid/start"), digid_login("svhw"))
        return ("side", f'<section class="svhw"><h2>Mijn SVHW</h2><p>Bekijk uw aanslag gemeentelijke belastingen en WOZ-waarde.</p><p><a href="{b.url("/digid/start?dienst=mijn")}">Inloggen met DigiD</a></p></section>',
                "SVHW 'Mijn SVHW' tax login box in the sidebar of a non-tax page")

    def shell(self, path, title, main, sidebar="", *, lang="nl", head="", kind="page"):
        return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)} - Gemeente Nissewaard</title><link rel="stylesheet" href="/publish/css/nissewaard.css">{head}</head>
<body><div class="top"><a href="/"><img src="/publish/img/logo.svg" alt="Gemeente Nissewaard"></a>
<form action="/zoeken" method="get" class="search"><input name="q" aria-label="Zoekterm"><button>Zoeken</button></form></div>
<nav class="hoofdmenu"><a href="/">Home</a> | <a href="/inwoner/">Inwoner</a> | <a href="/ondernemer/">Ondernemer</a> | <a href="/inwoner/producten-en-diensten">Producten en diensten</a> | <a href="/nieuws">Nieuws</a> | <a href="/contact">Contact</a></nav>
<div class="wrapper"><main class="content"><h1>{esc(title)}</h1>{'<div class="pdc-product"><h2 class="pdc-label">Product informatie</h2>' + main + '</div>' if kind == 'product' else main}</main><aside>{sidebar}</aside></div>
<footer><p>Gemeente Nissewaard, {self.street}, {self.zipcode} Spijkenisse. Bel {self.phone}.</p><p><a href="/contact">Contact</a> · <a href="/disclaimer">Disclaimer</a></p></footer></body></html>"""

    def extras(self):
        put(self.url("/publish/css/nissewaard.css"), "body{font-family:Verdana;margin:0}.top{background:#00a3ad}.knop{background:#f39200;color:#fff;padding:.4rem}")
        put(self.url("/publish/img/logo.svg"), svg_logo("Nissewaard", self.color))
        self.write_page("/disclaimer", "Disclaimer", "<p>Aan de inhoud van deze website kunnen geen rechten worden ontleend.</p>", index=False)
        redirect(f"http://{self.loket}/mijn/inloggen", digid_login("mijnnissewaard"))
        put(f"http://{self.loket}/mijn", '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Mijn Nissewaard</title></head><body><h1>Mijn Nissewaard</h1><p><a href="/mijn/inloggen">Inloggen met DigiD</a></p></body></html>')


class Leidschendam(Site):
    """OpenWebConcept (WordPress PDC): /onderwerp/<slug>, <base href> with links relative to it,
    Gravity Forms on mijn.lv.test with a DigiD gate, www -> bare host redirect."""
    page_kind = "OpenWebConcept /onderwerp/<slug> page (<base href>)"
    code, name, short = "GM1916", "Gemeente Leidschendam-Voorburg", "Leidschendam-Voorburg"
    host, website, inhabitants, idx = "lv.test", "http://www.lv.test/", 77900, 3
    family = "OpenWebConcept PDC /onderwerp/<slug>, <base href> + base-relative links"
    link_mode = "base"
    heads = ("Wat is het?", "Hoe vraag ik het aan?", "Wat heb ik nodig?", "Wat kost het?", "Hoe lang duurt het?")
    phone, street, zipcode, postbus, color = "14 070", "Koningin Julianaplein 10", "2262 BA", "Postbus 1005", "#00853f"
    shared = {"identiteitskaart": "paspoort"}
    sitemap = True
    appt_host, appt_name, appt_mijn = "afspraken.lv.test", "JCC", False
    pdf_dir = "/wp-content/uploads/2024/09/"
    mijn = "mijn.lv.test"
    sitewide_notes = []

    def ppath(self, pk):
        if pk in self.shared:
            pk = self.shared[pk]
        if pk == "paspoort":
            return "/onderwerp/paspoort-en-id-kaart"
        if pk == "parkeervergunning":
            return "/onderwerp/parkeervergunning-bewoners"
        return "/onderwerp/" + slugify(self.product_title(pk))

    def product_title(self, pk):
        if pk == "paspoort":
            return "Paspoort en ID-kaart"
        if pk == "parkeervergunning":
            return "Parkeervergunning"
        return super().product_title(pk)

    def cat_path(self, cat):
        return "/thema/" + CAT_SLUG[cat]

    def eform(self, row):
        c = C[row.pk]
        slug = slugify(c["form"])
        url = f"http://{self.mijn}/{slug}/"
        if row.kind == "A":
            fh = "".join(f'<li class="gfield gfield_contains_required"><label class="gfield_label" for="input_1_{i}">{esc(f)}<span class="gfield_required">*</span></label><div class="ginput_container"><input id="input_1_{i}" name="input_{i}" type="text"></div></li>' for i, f in enumerate(of_fields(row.pk)))
            body = (f'<div class="gform_wrapper"><form method="post" id="gform_1" action="/{slug}/"><div class="gform_heading"><p class="gform_required_legend">"<span class="gfield_required">*</span>" geeft vereiste velden aan</p></div>'
                    f'<ul class="gform_fields">{fh}</ul><div class="gform_footer"><input type="submit" class="gform_button button" value="Versturen"></div></form></div>')
            desc = "anonymous Gravity Forms form on mijn.lv.test"
        else:
            redirect(f"http://{self.mijn}/digid/login/", digid_login("lv"))
            redirect(f"http://{self.mijn}/eherkenning/login/", eh_login("lv"))
            eh = f'<p><a class="btn" href="/eherkenning/login/?redirect_to=/{slug}/">Inloggen met eHerkenning</a></p>' if row.kind == "E" else ""
            body = (f'<div class="owc-gf-digid"><img src="/wp-content/plugins/gravityforms-digid/img/digid.svg" alt="DigiD logo" width="60"><p>Om dit formulier in te vullen moet u eerst inloggen met DigiD.</p>'
                    f'<p><a class="btn" href="/digid/login/?redirect_to=/{slug}/">Inloggen met DigiD</a></p>{eh}</div>'
                    f'<div id="js-resumeSession" hidden>Kies \'Verlengen\' om uw sessie te verlengen.</div>')
            desc = f"OWC DigiD block linking to a Gravity Forms page on mijn.lv.test behind {'eHerkenning/DigiD' if row.kind == 'E' else 'DigiD'}"
        put(f"http://{self.mijn}/wp-content/plugins/gravityforms-digid/img/digid.svg", SVG_DIGID)
        put(url, f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{esc(c["form"])} - Mijn Leidschendam-Voorburg</title></head><body class="page-template-gravityform"><header><a href="http://lv.test/">Gemeente Leidschendam-Voorburg</a></header><main><h1>{esc(c["form"])}</h1>{body}</main></body></html>')
        if not exists(f"http://{self.mijn}/"):
            put(f"http://{self.mijn}/", '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Mijn Leidschendam-Voorburg</title></head><body><h1>Formulieren</h1><p>Start een formulier vanaf lv.nl.</p></body></html>')
            put(f"http://{self.mijn}/robots.txt", "User-agent: *\nDisallow: /digid/\n")
        return url, url, desc

    def cta(self, row, url, label):
        if row.kind in ("D", "DP", "E") and not row.via_key and url.startswith(f"http://{self.mijn}/"):
            logo = "digid" if row.kind != "E" else "eherkenning"
            return (f'<div class="pdc-digid-block"><img src="/wp-content/themes/lv/assets/img/{logo}.svg" alt=""><div><p>Met {"eHerkenning" if logo == "eherkenning" else "DigiD"} regelt u dit direct online.</p>'
                    f'<a class="button button--digid" href="{url}">{esc(label)}</a></div></div>')
        return f'<p><a class="button" href="{url}">{esc(label)}</a></p>'

    def trap_ids(self, row):
        t = ["popular", "contact_form"]
        if row.pk == "parkeervergunning":
            t.append("audience")
        return t

    def trap_audience(self, row):
        return ("inline", '<p>Bent u ondernemer? Lees dan de pagina <a href="/onderwerp/parkeervergunning-bedrijven">Parkeervergunning voor ondernemers</a>.</p>', "")

    def trap_popular(self, row):
        return self.trap_box(row, "Populaire onderwerpen", "populair")

    def shell(self, path, title, main, sidebar="", *, lang="nl", head="", kind="page"):
        return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>{esc(title)} - Gemeente Leidschendam-Voorburg</title>
<link rel="stylesheet" href="/wp-content/themes/lv/assets/css/main.css">{head}</head>
<body class="{'single-pdc-item' if kind == 'product' else 'page'}"><header class="site-header"><a href="/" class="brand"><img src="/wp-content/themes/lv/assets/img/logo.svg" alt="Gemeente Leidschendam-Voorburg"></a>
<nav class="primary"><ul><li><a href="/thema/">Onderwerpen</a></li><li><a href="/producten-a-z/">Producten A-Z</a></li><li><a href="/nieuws/">Nieuws</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>
<main class="site-main"><article><h1 class="entry-title">{esc(title)}</h1>{main}</article><aside class="sidebar">{sidebar}</aside></main>
<footer class="site-footer"><p>Gemeente Leidschendam-Voorburg · {self.street}, {self.zipcode} Leidschendam · {self.phone}</p><p><a href="/privacy/">Privacy</a> · <a href="/sitemap.xml">Sitemap</a></p></footer></body></html>"""

    def az_path(self):
        return "/producten-a-z/"

    def contact_path(self):
        return "/contact/"

    def news_index(self):
        return "/nieuws/"

    def news_path(self, slug):
        return f"/nieuws/{slug}/"

    def extras(self):
        put(self.url("/wp-content/themes/lv/assets/css/main.css"), "body{font-family:'Source Sans Pro';margin:0}.site-header{background:#00853f}.pdc-digid-block{display:flex;border:1px solid #ccc;padding:1rem}.button{background:#00853f;color:#fff;padding:.5rem 1rem}")
        put(self.url("/wp-content/themes/lv/assets/img/logo.svg"), svg_logo("Leidschendam-Voorburg", self.color))
        put(self.url("/wp-content/themes/lv/assets/img/digid.svg"), SVG_DIGID)
        put(self.url("/wp-content/themes/lv/assets/img/eherkenning.svg"), SVG_EH)
        self.write_page("/privacy/", "Privacy", "<p>Privacyverklaring van de gemeente.</p>", index=False)
        # same-name page for businesses (eHerkenning)
        slug = "parkeervergunning-bedrijven"
        redirect(f"http://{self.mijn}/eherkenning/login/", eh_login("lv"))
        url = f"http://{self.mijn}/{slug}/"
        put(url, '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Parkeervergunning bedrijven - Mijn Leidschendam-Voorburg</title></head><body><h1>Parkeervergunning bedrijven</h1><p>Log in met eHerkenning om een bedrijfsvergunning aan te vragen.</p><p><a class="btn" href="/eherkenning/login/?redirect_to=/parkeervergunning-bedrijven/">Inloggen met eHerkenning</a></p></body></html>')
        self.write_page("/onderwerp/parkeervergunning-bedrijven", "Parkeervergunning",
                        "<p class=\"doelgroep\">Voor ondernemers</p><h2>Wat is het?</h2><p>Heeft u een bedrijf in een vergunningsgebied en heeft u uw auto nodig voor uw werk? Dan kunt u een bedrijfsvergunning aanvragen.</p>"
                        f"<h2>Hoe vraag ik het aan?</h2><p>U vraagt de bedrijfsvergunning aan met eHerkenning.</p><p><a class=\"button\" href=\"{url}\">Bedrijfsvergunning aanvragen</a></p>", kind="product")


class Pijnacker(Site):
    """Drupal /<thema>/<slug>; Open Forms embedded in the product page itself (form and login
    button exist only after the inline script runs); per-page traps only (no site-wide ones)."""
    page_kind = "Drupal /<thema>/<slug> page"
    code, name, short = "GM1926", "Gemeente Pijnacker-Nootdorp", "Pijnacker-Nootdorp"
    host, website, inhabitants, idx = "www.pijnacker-nootdorp.test", "http://www.pijnacker-nootdorp.test/", 57100, 4
    family = "Drupal /<thema>/<slug> with Open Forms embedded in the page (JS-only)"
    heads = ("Wat is het?", "Wat moet ik doen?", "Wat heb ik nodig?", "Kosten", "Hoe lang duurt het?")
    phone, street, zipcode, postbus, color = "14 015", "Oranjeplein 1", "2641 EZ", "Postbus 1", "#7ab800"
    shared = {"alcoholvergunning": "exploitatievergunning-horeca"}
    sitemap = True
    appt_host, appt_name, appt_mijn = "pijnacker-nootdorp.jccsoftware.test", "JCC", True
    pdf_dir = "/sites/default/files/documenten/"
    form_host = "formulieren.pijnacker-nootdorp.test"
    sitewide_notes = []
    unexpected_titles = {
        "hondenbelasting": ("Belastingen voor inwoners", "De gemeente Pijnacker-Nootdorp heft onroerendezaakbelasting, afvalstoffenheffing en rioolheffing. Er is in Pijnacker-Nootdorp geen hondenbelasting; u hoeft uw hond dus niet aan of af te melden."),
        "reclamebelasting": ("Belastingen voor ondernemers", "Als ondernemer betaalt u onroerendezaakbelasting voor uw bedrijfspand en eventueel precariobelasting. De gemeente Pijnacker-Nootdorp kent geen reclamebelasting."),
        "winkeltijdenontheffing": ("Winkeltijden en koopzondagen", "In Pijnacker-Nootdorp mogen winkels op zondag en feestdagen open zijn tussen 12.00 en 18.00 uur. Een ontheffing van de winkeltijden is daarom niet nodig en wordt niet verleend."),
    }

    def ppath(self, pk):
        if pk in self.shared:
            pk = self.shared[pk]
        if pk in self.unexpected_titles:
            return f"/{CAT_SLUG[C[pk]['cat']]}/{slugify(self.unexpected_titles[pk][0])}"
        return f"/{CAT_SLUG[C[pk]['cat']]}/{slugify(self.product_title(pk))}"

    def product_title(self, pk):
        if pk == "exploitatievergunning-horeca":
            return "Horecavergunningen"
        return super().product_title(pk)

    def cat_path(self, cat):
        return f"/{CAT_SLUG[cat]}/"

    def eform(self, row):
        url = self.url(self.ppath(row.pk))
        return url, "", f"Open Forms form embedded in the product page itself; {'login button' if row.kind != 'A' else 'fields'} exist only after JavaScript ({ {'D': 'DigiD', 'DP': 'DigiD', 'E': 'eHerkenning/DigiD', 'A': 'no login'}[row.kind]})"

    def cta(self, row, url, label):
        if not url and row.kind in ("D", "DP", "E", "A"):
            return '<div class="utrecht-form-container--openforms">' + of_embed(self.form_host, slugify(C[row.pk]["form"]), row.pk, row.kind, C[row.pk]["form"]) + "</div>"
        if row.kind in ("P", "W"):
            return f'<p><button type="button" class="btn" onclick="window.location.href=\'{url}\'">{esc(label)}</button></p>'
        return f'<p><a class="btn" href="{url}">{esc(label)}</a></p>'

    def doc_link(self, row, text):
        return self.cta(row, row.route_url, "Download het formulier") + f"<p class=\"bestandsinfo\">{esc(text)}</p>"

    def trap_ids(self, row):
        cat = C[row.pk]["cat"]
        t = []
        if cat == "burgerzaken":
            t.append("appt_mijn")
            if row.pk in ("paspoort", "identiteitskaart", "geboorteaangifte"):
                t.append("mijnoverheid")
        elif cat == "belastingen":
            t.append("reg_pdf")
        elif cat == "ondernemen":
            t.append("tariff_pdf")
        elif row.pk == "bouwdossier-inzage":
            t.append("olo_login")
        elif row.pk == "klacht":
            t.append("bezwaar_other")
        return t

    def shell(self, path, title, main, sidebar="", *, lang="nl", head="", kind="page"):
        return f"""<!DOCTYPE html>
<html lang="{lang}" dir="ltr"><head><meta charset="utf-8"><title>{esc(title)} | Pijnacker-Nootdorp</title><link rel="stylesheet" href="/themes/pn/css/pn.css">{head}</head>
<body class="{'node--type-product' if kind == 'product' else 'node--type-page'}"><header><a href="/" class="logo"><img src="/themes/pn/logo.svg" alt="Home - Gemeente Pijnacker-Nootdorp"></a>
<nav><ul><li><a href="/onderwerpen">Onderwerpen</a></li><li><a href="/producten-a-z">A-Z</a></li><li><a href="/nieuws/">Nieuws</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main><h1>{esc(title)}</h1>{main}</main><aside>{sidebar}</aside>
<footer><p>Gemeente Pijnacker-Nootdorp · {self.street}, {self.zipcode} Pijnacker · {self.phone}</p></footer></body></html>"""

    def extras(self):
        put(self.url("/themes/pn/css/pn.css"), "body{font-family:Lato;margin:0}header{background:#7ab800}.btn{background:#005f6a;color:#fff;padding:.5rem}")
        put(self.url("/themes/pn/logo.svg"), svg_logo("Pijnacker-Nootdorp", self.color))
        cats = "".join(f'<li><a href="{self.cat_path(c)}">{esc(CATS[c])}</a></li>' for c in CATS)
        self.write_page("/onderwerpen", "Onderwerpen", f"<ul>{cats}</ul>", index=False)


class GooiseMeren(Site):
    """TYPO3-like /inwoners/<cat>/<slug>/ folders; calls to action as GET forms with a hidden
    field to the Centric-like e-loket (formulier?id=NNN); E-loket overview for business forms;
    cookie consent wall as a GET form; bare -> www redirect."""
    page_kind = "TYPO3-like /inwoners/<cat>/<slug>/ page"
    code, name, short = "GM1942", "Gemeente Gooise Meren", "Gooise Meren"
    host, website, inhabitants, idx = "www.gooisemeren.test", "http://gooisemeren.test/", 58300, 5
    family = "TYPO3-like /inwoners/<cat>/<slug>/, GET-form calls to action to eloket formulier?id="
    heads = ("Omschrijving", "Aanvragen", "Voorwaarden", "Kosten", "Afhandeling")
    phone, street, zipcode, postbus, color = "14 035", "Brinklaan 35", "1404 GN", "Postbus 6000", "#0a5a8c"
    shared = {"belastingaanslag-bezwaar": "woz-bezwaar"}
    sitemap = True
    appt_host, appt_name, appt_mijn = "gooisemeren.qmatic.test", "Qmatic", True
    pdf_dir = "/fileadmin/user_upload/formulieren/"
    eloket = "eloket.gooisemeren.test"
    sitewide_notes = ["site-wide 'Inloggen' (Mijn Loket, DigiD/eHerkenning) in the header"]
    unexpected_titles = {"standplaatsvergunning": ("Standplaats innemen", "Wij verlenen op dit moment geen nieuwe standplaatsvergunningen. Alle standplaatsen in Gooise Meren zijn vergeven en er is geen wachtlijst meer. Deze dienst bieden wij daarom niet aan.")}

    def __init__(self, *a):
        super().__init__(*a)
        self.eforms = []

    def ppath(self, pk):
        if pk in self.shared:
            pk = self.shared[pk]
        top = "ondernemers" if self.aud(pk) == "ondernemer" else "inwoners"
        return f"/{top}/{CAT_SLUG[C[pk]['cat']]}/{slugify(self.product_title(pk))}/"

    def cat_path(self, cat):
        return f"/{'ondernemers' if cat == 'ondernemen' else 'inwoners'}/{CAT_SLUG[cat]}/"

    def az_path(self):
        return "/producten-en-diensten/"

    def contact_path(self):
        return "/contact/"

    def news_index(self):
        return "/nieuws/"

    def news_path(self, slug):
        return f"/nieuws/{slug}/"

    def home_path(self):
        return "/home/"

    def fid(self, pk):
        return 200 + sorted(C).index(pk) * 3

    def eform(self, row):
        c = C[row.pk]
        fid = self.fid(row.pk)
        url = f"http://{self.eloket}/formulier?id={fid}"
        if row.kind == "A":
            fh = "".join(f'<p><label for="v{i}">{esc(f)} *</label><br><input id="v{i}" name="v{i}"></p>' for i, f in enumerate(of_fields(row.pk)))
            body = f'<form method="post" action="/formulier/verzenden"><input type="hidden" name="id" value="{fid}">{fh}<p><button type="submit">Verzenden</button></p></form><p>* verplicht veld</p>'
            desc = "anonymous e-loket form"
        else:
            redirect(f"http://{self.eloket}/login/digid", digid_login("gooisemeren"))
            redirect(f"http://{self.eloket}/login/eherkenning", eh_login("gooisemeren"))
            eh = f'<p><a class="btn" href="/login/eherkenning?id={fid}">Inloggen met eHerkenning</a></p>' if row.kind == "E" else ""
            body = f'<p>Log in om het formulier te starten.</p><p><a class="btn" href="/login/digid?id={fid}">Inloggen met DigiD</a></p>{eh}'
            desc = f"e-loket form with {'eHerkenning/DigiD' if row.kind == 'E' else 'DigiD'} login"
        put(url, f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{esc(c["form"])} - E-loket Gooise Meren</title></head><body><div class="eloket"><h1>{esc(c["form"])}</h1>{body}</div></body></html>')
        self.eforms.append((c["form"], url, row.kind))
        if row.kind == "E":
            return url, self.url("/ondernemers/e-loket/"), f"link to the 'E-loket' overview listing all e-forms, then {desc}"
        return url, url, f"GET form (hidden id) submitting to the {desc}"

    def cta(self, row, url, label):
        if url.startswith(f"http://{self.eloket}/formulier?id="):
            fid = url.split("=", 1)[1]
            return (f'<form class="eloket-start" method="get" action="http://{self.eloket}/formulier"><input type="hidden" name="id" value="{fid}">'
                    f'<button type="submit" class="btn btn-primary">{esc(label)}</button></form>')
        return f'<p><a class="btn btn-primary" href="{url.replace("http://" + self.host, "")}">{esc(label)}</a></p>'

    def trap_ids(self, row):
        t = []
        if C[row.pk]["cat"] == "burgerzaken":
            t.append("appt_mijn")
        if row.pk in ("wmo-voorziening", "bijstand", "leerlingenvervoer", "bezwaar", "klacht"):
            t.append("mijnoverheid")
        if row.pk == "bouwdossier-inzage":
            t.append("olo_login")
        if row.status == "not_offered":
            t.append("regel_box")
        return t

    def trap_regel_box(self, row):
        return self.trap_box(row, "Direct regelen", "direct-regelen")

    def shell(self, path, title, main, sidebar="", *, lang="nl", head="", kind="page"):
        return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)}: Gemeente Gooise Meren</title><meta name="generator" content="TYPO3 CMS">
<link rel="stylesheet" href="/typo3conf/ext/gooisemeren/Resources/Public/Css/main.css">{head}</head>
<body id="p{crc(path) % 9000 + 1000}"><header><div class="logo"><a href="/home/"><img src="/typo3conf/ext/gooisemeren/Resources/Public/Images/logo.svg" alt="Gemeente Gooise Meren"></a></div>
<div class="login"><a href="http://{self.eloket}/mijnloket">Inloggen</a></div>
<nav><ul><li><a href="/inwoners/">Inwoners</a></li><li><a href="/ondernemers/">Ondernemers</a></li><li><a href="/producten-en-diensten/">Producten en diensten</a></li><li><a href="/nieuws/">Actueel</a></li><li><a href="/contact/">Contact</a></li></ul></nav></header>
<div class="page"><main><h1>{esc(title)}</h1>{main}</main><aside>{sidebar}</aside></div>
<footer><p>Gemeente Gooise Meren, {self.street}, {self.zipcode} Bussum · {self.phone}</p><p><a href="/privacy/">Privacy</a></p></footer></body></html>"""

    def extras(self):
        put(self.url("/typo3conf/ext/gooisemeren/Resources/Public/Css/main.css"), "body{font-family:Roboto;margin:0}header{background:#0a5a8c}.btn-primary{background:#f7a600;border:0;padding:.5rem 1rem}")
        put(self.url("/typo3conf/ext/gooisemeren/Resources/Public/Images/logo.svg"), svg_logo("Gooise Meren", self.color))
        self.write_page("/privacy/", "Privacy", "<p>Privacyverklaring.</p>", index=False)
        # consent wall at / (GET form), real home at /?consent=ja and /home/
        put(self.url("/"), f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Cookie-instellingen - Gemeente Gooise Meren</title></head><body>
<div class="consent"><h1>Wij gebruiken cookies</h1><p>Gooise Meren gebruikt cookies om de website te verbeteren en om filmpjes van YouTube te tonen. Kies uw instelling om verder te gaan.</p>
<form method="get" action="/"><input type="hidden" name="consent" value="ja"><button type="submit">Akkoord</button></form>
<form method="get" action="/home/"><button type="submit">Alleen noodzakelijke cookies</button></form></div></body></html>""")
        put(self.url("/?consent=ja"), FILES[url_to_file(self.url("/home/"))])
        lis = "".join(f'<li><a href="{u}">{esc(t)}</a>{" (eHerkenning)" if k == "E" else (" (DigiD)" if k in ("D", "DP") else "")}</li>' for t, u, k in sorted(self.eforms))
        self.write_page("/ondernemers/e-loket/", "E-loket", f"<p>Regel uw zaken met de gemeente online. Ondernemers loggen in met eHerkenning, inwoners met DigiD.</p><ul>{lis}</ul>")
        redirect(f"http://{self.eloket}/mijnloket/digid", digid_login("mijnloket-gm"))
        redirect(f"http://{self.eloket}/mijnloket/eherkenning", eh_login("mijnloket-gm"))
        put(f"http://{self.eloket}/mijnloket", '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Mijn Loket - Gooise Meren</title></head><body><h1>Mijn Loket</h1><p>Bekijk de status van uw aanvragen en meldingen.</p><p><a href="/mijnloket/digid">Inloggen met DigiD</a></p><p><a href="/mijnloket/eherkenning">Inloggen met eHerkenning</a></p></body></html>')
        put(f"http://{self.eloket}/robots.txt", "User-agent: *\nDisallow: /login/\n")


class Huizen(Site):
    """Old 'productid' family /inwoner/producten-en-diensten_41/product/<slug>_<id>.html with
    relative ../ links, Formdesk forms in iframes (DigiD as image only), GAD for waste, soft 404."""
    page_kind = "productid page /.../product/<slug>_<id>.html (relative ../ links)"
    code, name, short = "GM0406", "Gemeente Huizen", "Huizen"
    host, website, inhabitants, idx = "www.huizen.test", "http://www.huizen.test/", 41700, 6
    family = "productid URLs /inwoner/producten-en-diensten_41/product/<slug>_<id>.html, relative ../ links"
    link_mode = "dotdot"
    heads = ("Wat is het?", "Hoe vraag ik het aan?", "Wat moet ik meenemen?", "Kosten", "Termijn")
    section_style = "details"
    phone, street, zipcode, postbus, color = "14 035", "Graaf Wichman 2", "1271 NX", "Postbus 5", "#004b87"
    shared = {"identiteitskaart": "paspoort", "alcoholvergunning": "exploitatievergunning-horeca"}
    soft404 = True
    appt_host, appt_name, appt_mijn = "afspraken.huizen.test", "JCC", False
    pdf_dir = "/inwoner/producten-en-diensten_41/documenten/"
    formdesk = "huizen.formdesk.test"
    sitewide_notes = ["'Inloggen met DigiD' (MijnOverheid) in the footer"]
    unexpected_titles = {
        "hondenbelasting": ("Hond", "Heeft u een hond? Houd uw hond aan de lijn in de bebouwde kom en ruim de poep op. De hondenbelasting is in Huizen per 1 januari 2017 afgeschaft; u hoeft uw hond niet meer aan of af te melden."),
        "collectevergunning": ("Geld of goederen inzamelen", "Voor collectes van goede doelen die op het landelijke collecterooster van het CBF staan, heeft u in Huizen geen vergunning nodig. De gemeente verleent geen collectevergunningen. Andere inzamelingen hoeft u niet te melden."),
    }

    def pid(self, pk):
        return 1100 + sorted(C).index(pk) * 7

    def ppath(self, pk):
        if pk in self.shared:
            pk = self.shared[pk]
        if self.aud(pk) == "ondernemer":
            return f"/ondernemer/producten_52/product/{slugify(self.product_title(pk))}_{self.pid(pk)}.html"
        return f"/inwoner/producten-en-diensten_41/product/{slugify(self.product_title(pk))}_{self.pid(pk)}.html"

    def product_title(self, pk):
        if pk == "paspoort":
            return "Paspoort en identiteitskaart"
        if pk == "exploitatievergunning-horeca":
            return "Horeca: exploitatie- en alcoholvergunning"
        return super().product_title(pk)

    def cat_path(self, cat):
        return "/ondernemer/producten_52/" if cat == "ondernemen" else f"/inwoner/{CAT_SLUG[cat]}_{40 + list(CATS).index(cat)}/"

    def az_path(self):
        return "/inwoner/producten-en-diensten_41/"

    def eform(self, row):
        c = C[row.pk]
        name = camel(c["form"])
        if row.kind == "A":
            url = f"http://{self.formdesk}/gemeentehuizen/{name}"
            fh = "".join(f'<div class="fd-row"><label for="fd{i}">{esc(f)} *</label><input id="fd{i}" name="veld{i}"></div>' for i, f in enumerate(of_fields(row.pk)))
            body = f'<form method="post" action="/gemeentehuizen/{name}?step=2">{fh}<input type="submit" value="Verzenden"></form>'
            desc = "anonymous Formdesk form inside an <iframe>"
        else:
            url = f"http://{self.formdesk}/gemeentehuizen/{name}-DigiD"
            redirect(f"http://{self.formdesk}/digid/sso", digid_login("huizen"))
            redirect(f"http://{self.formdesk}/eherkenning/sso", eh_login("huizen"))
            put(f"http://{self.formdesk}/img/digid.svg", SVG_DIGID)
            put(f"http://{self.formdesk}/img/eherkenning.svg", SVG_EH)
            eh = f'<a href="/eherkenning/sso?form={name}"><img src="/img/eherkenning.svg" alt="eHerkenning"></a>' if row.kind == "E" else ""
            body = f'<p>Identificeer u om verder te gaan.</p><p><a href="/digid/sso?form={name}"><img src="/img/digid.svg" alt="Inloggen met DigiD"></a> {eh}</p>'
            desc = f"Formdesk form inside an <iframe> whose {'eHerkenning/DigiD' if row.kind == 'E' else 'DigiD'} login is only an image with alt text"
        put(url, f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{esc(c["form"])}</title></head><body class="formdesk"><h1>{esc(c["form"])}</h1>{body}</body></html>')
        put(f"http://{self.formdesk}/robots.txt", "User-agent: *\nDisallow:\n")
        return url, url, desc

    def cta(self, row, url, label):
        if url.startswith(f"http://{self.formdesk}/"):
            return f'<iframe class="formdesk" src="{url}" title="{esc(label)}" width="100%" height="700"></iframe>'
        return f'<p><a class="button" href="{url}">{esc(label)}</a></p>'

    def trap_ids(self, row):
        t = []
        if row.pk != "melding-openbare-ruimte":
            t.append("mor_app")
        if row.pk == "woo-verzoek":
            t.append("login_nearby")
        if row.pk in ("parkeervergunning", "gehandicaptenparkeerkaart"):
            t.append("reg_pdf")
        return t

    def trap_login_nearby(self, row):
        return ("inline", '<div class="mijn-huizen"><p>Bekijk uw lopende aanvragen in MijnOverheid.</p><p><a href="http://mijn.overheid.test/inloggen"><img src="/images/digid.svg" alt=""> Inloggen met DigiD</a></p></div>',
                "DigiD login button (MijnOverheid, lopende zaken) right next to the e-mail route")

    def shell(self, path, title, main, sidebar="", *, lang="nl", head="", kind="page"):
        return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)} - Gemeente Huizen</title><link rel="stylesheet" href="/css/huizen.css">{head}</head>
<body><div id="top"><a href="/"><img src="/images/logo-huizen.svg" alt="Gemeente Huizen"></a>
<ul id="menu"><li><a href="/">Home</a></li><li><a href="/inwoner/producten-en-diensten_41/">Producten en diensten</a></li><li><a href="/ondernemer/producten_52/">Ondernemen</a></li><li><a href="/nieuws/">Nieuws</a></li><li><a href="/contact/">Contact</a></li></ul>
<form action="/zoeken/" method="get"><input name="trefwoord" aria-label="Zoeken"><input type="submit" value="Zoek"></form></div>
<div id="inhoud"><h1>{esc(title)}</h1>{main}</div><div id="rechts">{sidebar}</div>
<div id="voet"><p>Gemeente Huizen · {self.street} · {self.zipcode} Huizen · {self.phone}</p>
<p><a href="http://mijn.overheid.test/inloggen"><img src="/images/digid.svg" alt=""> Inloggen met DigiD</a> · <a href="/privacy/">Privacy</a></p></div></body></html>"""

    def contact_path(self):
        return "/contact/"

    def news_index(self):
        return "/nieuws/"

    def news_path(self, slug):
        return f"/nieuws/{slug}_{crc(slug) % 9000}.html"

    def extras(self):
        put(self.url("/css/huizen.css"), "body{font-family:Georgia;margin:0}#top{background:#004b87}iframe.formdesk{border:1px solid #ddd}")
        put(self.url("/images/logo-huizen.svg"), svg_logo("Huizen", self.color))
        put(self.url("/images/digid.svg"), SVG_DIGID)
        self.write_page("/privacy/", "Privacy", "<p>Privacyverklaring.</p>", index=False)


class Waalwijk(Site):
    """<base href> site with base-relative links, /onderwerpen/<cat>/<slug>.html, calls to action
    as <button onclick>, 'Digitaal loket' overview between the page and the forms, soft 404."""
    page_kind = "/onderwerpen/<cat>/<slug>.html page (<base href>)"
    code, name, short = "GM0867", "Gemeente Waalwijk", "Waalwijk"
    host, website, inhabitants, idx = "www.waalwijk.test", "http://www.waalwijk.test/", 49500, 7
    family = "<base href> + base-relative links, /onderwerpen/<cat>/<slug>.html, button onclick"
    link_mode = "base"
    heads = ("Inleiding", "Hoe werkt het?", "Wat heeft u nodig?", "Kosten", "Meer informatie")
    phone, street, zipcode, postbus, color = "0416 683 456", "Taxandriaweg 6", "5141 PA", "Postbus 10.000", "#d52b1e"
    shared = {"alcoholvergunning": "exploitatievergunning-horeca"}
    soft404 = True
    appt_host, appt_name, appt_mijn = "waalwijk.afspraakmaken.test", "Qmatic", False
    pdf_dir = "/documenten/formulieren/"
    fhost = "formulieren.waalwijk.test"
    sitewide_notes = []

    def __init__(self, *a):
        super().__init__(*a)
        self.eforms = []

    def ppath(self, pk):
        if pk in self.shared:
            pk = self.shared[pk]
        return f"/onderwerpen/{CAT_SLUG[C[pk]['cat']]}/{slugify(self.product_title(pk))}.html"

    def product_title(self, pk):
        if pk == "exploitatievergunning-horeca":
            return "Horecavergunning"
        return super().product_title(pk)

    def cat_path(self, cat):
        return f"/onderwerpen/{CAT_SLUG[cat]}.html"

    def az_path(self):
        return "/a-z.html"

    def contact_path(self):
        return "/contact.html"

    def news_index(self):
        return "/nieuws.html"

    def news_path(self, slug):
        return f"/nieuws/{slug}.html"

    def eform(self, row):
        c = C[row.pk]
        slug = slugify(c["form"])
        url = f"http://{self.fhost}/{slug}"
        if row.kind == "A":
            fh = "".join(f'<div><label for="e{i}">{esc(f)}</label> <input id="e{i}" name="e{i}"></div>' for i, f in enumerate(of_fields(row.pk)))
            body = f'<form method="post" action="/{slug}/verstuur">{fh}<button type="submit">Versturen</button></form><p>Velden met een * zijn verplicht.</p>'
            desc = "anonymous e-form"
        else:
            redirect(f"http://{self.fhost}/digid/login", digid_login("waalwijk"))
            redirect(f"http://{self.fhost}/eherkenning/login", eh_login("waalwijk", "digidentity"))
            eh = f'<button type="button" onclick="location.href=\'/eherkenning/login?form={slug}\'">Inloggen met eHerkenning</button>' if row.kind == "E" else ""
            body = f'<p>Start het formulier door in te loggen.</p><button type="button" onclick="location.href=\'/digid/login?form={slug}\'">Inloggen met DigiD</button> {eh}'
            desc = f"e-form with {'eHerkenning/DigiD' if row.kind == 'E' else 'DigiD'} login buttons (onclick)"
        put(url, f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{esc(c["form"])} - eFormulieren Waalwijk</title></head><body><h1>{esc(c["form"])}</h1>{body}</body></html>')
        put(f"http://{self.fhost}/robots.txt", "User-agent: *\nDisallow: /digid/\n")
        self.eforms.append((c["form"], url, row.kind))
        if crc(row.pk) % 2 == 0:
            return url, self.url("/digitaal-loket.html"), f"<button onclick> to the 'Digitaal loket' overview listing all forms, then {desc}"
        return url, url, f"<button onclick> to the {desc}"

    def cta(self, row, url, label):
        return f'<p><button type="button" class="btn" onclick="location.href=\'{url}\'">{esc(label)}</button></p>'

    def doc_link(self, row, text):
        return f'<p><a class="download" href="{row.route_url.replace("http://" + self.host, "")}">{esc(text)}</a></p>'

    def trap_ids(self, row):
        t = []
        cat = C[row.pk]["cat"]
        if row.pk in ("bouwdossier-inzage", "uitwegvergunning", "ligplaatsvergunning", "gehandicaptenparkeerplaats"):
            t.append("olo_login")
        if row.pk in ("parkeervergunning", "klacht", "wmo-voorziening"):
            t.append("bezwaar_other")
        if cat == "ondernemen":
            t.append("tariff_pdf")
        if cat == "belastingen":
            t.append("reg_pdf")
        if cat == "burgerzaken":
            t.append("news_digid")
        if row.status == "ok" and row.level is not None and row.level < 67 and cat in ("zorg", "bestuur", "ondernemen"):
            t.append("allforms")
        return t

    def trap_allforms(self, row):
        return ("side", '<section><h2>Digitaal loket</h2><p>Alle digitale formulieren van de gemeente.</p><p><a href="/digitaal-loket.html">Naar het Digitaal loket</a></p></section>',
                "link to the 'Digitaal loket' overview listing (DigiD) forms for other products")

    def shell(self, path, title, main, sidebar="", *, lang="nl", head="", kind="page"):
        return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)} | Waalwijk</title><link rel="stylesheet" href="/static/css/waalwijk.css">{head}</head>
<body><header><a href="/index.html"><img src="/static/img/logo.svg" alt="Gemeente Waalwijk"></a><nav><a href="/onderwerpen.html">Onderwerpen</a> <a href="/a-z.html">A-Z</a> <a href="/digitaal-loket.html">Digitaal loket</a> <a href="/nieuws.html">Nieuws</a> <a href="/contact.html">Contact</a></nav>
<form action="/zoeken" method="get"><input name="query" aria-label="Zoek"><button>Zoeken</button></form></header>
<main><h1>{esc(title)}</h1>{main}</main><aside>{sidebar}</aside><footer><p>Gemeente Waalwijk · {self.street} · {self.zipcode} Waalwijk · {self.phone}</p></footer></body></html>"""

    def home_path(self):
        return "/index.html"

    def extras(self):
        put(self.url("/static/css/waalwijk.css"), "body{font-family:Arial;margin:0}header{background:#d52b1e}.btn{background:#333;color:#fff;padding:.5rem 1rem;border:0}")
        put(self.url("/static/img/logo.svg"), svg_logo("Waalwijk", self.color))
        lis = "".join(f'<li><a href="{u}">{esc(t)}</a>{" - met eHerkenning" if k == "E" else (" - met DigiD" if k in ("D", "DP") else "")}</li>' for t, u, k in sorted(self.eforms))
        self.write_page("/digitaal-loket.html", "Digitaal loket", f"<p>In het digitaal loket vindt u alle formulieren waarmee u zaken met de gemeente regelt.</p><ul class=\"formulieren\">{lis}</ul>")
        cats = "".join(f'<li><a href="{self.cat_path(c)}">{esc(CATS[c])}</a></li>' for c in CATS)
        self.write_page("/onderwerpen.html", "Onderwerpen", f"<ul>{cats}</ul>", index=False)
        put(self.url("/"), FILES[url_to_file(self.url("/index.html"))])


class Boxtel(Site):
    """'Kies uw taal' splash, TYPO3 PDC catalogue /nl/producten?pid=NNN, GET-form calls to action
    to loket.boxtel.test/eformulier?form=<slug>, BSOB for taxes, 'Veelgevraagd' DigiD box."""
    page_kind = "PDC catalogue page /nl/producten?pid=NNN"
    code, name, short = "GM0757", "Gemeente Boxtel", "Boxtel"
    host, website, inhabitants, idx = "www.boxtel.test", "http://www.boxtel.test/", 32300, 8
    family = "language splash, PDC catalogue with query strings /nl/producten?pid=NNN"
    heads = ("Inleiding", "Aanpak", "Voorwaarden", "Kosten", "Termijn")
    section_style = "details"
    phone, street, zipcode, postbus, color = "14 0411", "Markt 1", "5281 AS", "Postbus 10000", "#e2001a"
    shared = {"identiteitskaart": "paspoort", "alcoholvergunning": "exploitatievergunning-horeca"}
    soft404 = True
    appt_host, appt_name, appt_mijn = "afspraak.boxtel.test", "JCC", False
    pdf_dir = "/fileadmin/boxtel/formulieren/"
    loket = "loket.boxtel.test"
    en_pages = ["verhuismelding", "paspoort"]
    sitewide_notes = []
    unexpected_titles = {
        "parkeervergunning": ("Parkeren in Boxtel", "In het centrum van Boxtel parkeert u gratis, in de blauwe zone met een parkeerschijf. Er is in Boxtel geen betaald parkeren en er zijn geen vergunninggebieden. Een parkeervergunning kunt u daarom niet aanvragen."),
        "reclamebelasting": ("Belastingen voor bedrijven", "Als ondernemer betaalt u in Boxtel onroerendezaakbelasting en rioolheffing. De gemeente heft geen reclamebelasting en geen precariobelasting."),
        "ligplaatsvergunning": ("Varen en aanmeren", "De Dommel is in Boxtel alleen bevaarbaar voor kano's en kleine bootjes. Er zijn in Boxtel geen openbare ligplaatsen; de gemeente geeft geen ligplaatsvergunningen af."),
    }

    def pid(self, pk):
        return 230 + sorted(C).index(pk) * 11

    def ppath(self, pk):
        if pk in self.shared:
            pk = self.shared[pk]
        return f"/nl/producten?pid={self.pid(pk)}"

    def product_title(self, pk):
        if pk == "paspoort":
            return "Paspoort en identiteitskaart"
        if pk == "exploitatievergunning-horeca":
            return "Horecavergunningen"
        return super().product_title(pk)

    def cat_path(self, cat):
        return f"/nl/{CAT_SLUG[cat]}"

    def home_path(self):
        return "/nl/"

    def az_path(self):
        return "/nl/producten"

    def contact_path(self):
        return "/nl/contact"

    def news_index(self):
        return "/nl/nieuws/"

    def news_path(self, slug):
        return f"/nl/nieuws/{slug}"

    def eform(self, row):
        c = C[row.pk]
        slug = slugify(c["form"])[:40]
        url = f"http://{self.loket}/eformulier?form={slug}"
        if row.kind == "A":
            fh = "".join(f'<p><label for="b{i}">{esc(f)}</label><input id="b{i}" name="b{i}"></p>' for i, f in enumerate(of_fields(row.pk)))
            body = f'<form method="post" action="/eformulier/verzenden"><input type="hidden" name="form" value="{slug}">{fh}<p><button>Verzenden</button></p></form>'
            desc = "anonymous e-form"
        else:
            redirect(f"http://{self.loket}/inloggen/digid", digid_login("boxtel"))
            redirect(f"http://{self.loket}/inloggen/eherkenning", eh_login("boxtel"))
            eh = f'<li><a href="/inloggen/eherkenning?form={slug}">Inloggen met eHerkenning</a></li>' if row.kind == "E" else ""
            body = f'<p>Kies hoe u wilt inloggen:</p><ul><li><a href="/inloggen/digid?form={slug}">Inloggen met DigiD</a></li>{eh}</ul>'
            desc = f"e-form with {'eHerkenning/DigiD' if row.kind == 'E' else 'DigiD'} login"
        put(url, f'<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>{esc(c["form"])} - Digitaal loket Boxtel</title></head><body><h1>{esc(c["form"])}</h1>{body}</body></html>')
        put(f"http://{self.loket}/robots.txt", "User-agent: *\nDisallow: /inloggen/\n")
        return url, url, f"GET form (hidden field form=) submitting to the {desc}"

    def cta(self, row, url, label):
        if url.startswith(f"http://{self.loket}/eformulier?form="):
            slug = url.split("=", 1)[1]
            return (f'<form method="get" action="http://{self.loket}/eformulier" class="start-formulier"><input type="hidden" name="form" value="{slug}">'
                    f'<button type="submit">Start formulier</button></form>')
        return f'<p><a class="btn" href="{url.replace("http://" + self.host, "")}">{esc(label)}</a></p>'

    def trap_ids(self, row):
        t = ["faq"]
        cat = C[row.pk]["cat"]
        if cat in ("wonen", "afval", "zorg"):
            t.append("tax_login")
        if row.status == "ok" and row.kind in ("P", "W", "I") and cat in ("ondernemen", "bestuur", "parkeren"):
            t.append("login_nearby")
        if row.pk == "bouwdossier-inzage":
            t.append("olo_login")
        return t

    def trap_faq(self, row):
        return self.trap_box(row, "Veelgevraagd", "veelgevraagd")

    def trap_tax_login(self, row):
        b = BODIES["bsob"]
        redirect(b.url("/digid/start"), digid_login("bsob"))
        return ("side", f'<section><h2>Mijn belastingen</h2><p>Uw aanslag en WOZ-waarde bekijken bij BSOB.</p><p><a href="{b.url("/digid/start?dienst=mijn")}">Inloggen met DigiD</a></p></section>',
                "BSOB 'Mijn belastingen' DigiD login on a non-tax page")

    def trap_login_nearby(self, row):
        return ("inline", '<div class="ondernemersloket"><h3>Mijn ondernemersdossier</h3><p>Bekijk uw lopende vergunningaanvragen.</p>'
                f'<p><a href="http://{self.loket}/inloggen/eherkenning?form=dossier">Inloggen met eHerkenning</a> <a href="http://{self.loket}/inloggen/digid?form=dossier">Inloggen met DigiD</a></p></div>',
                "eHerkenning/DigiD login for 'Mijn ondernemersdossier' right next to the real route")

    def shell(self, path, title, main, sidebar="", *, lang="nl", head="", kind="page"):
        home = "/en/" if lang == "en" else "/nl/"
        return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)} - Gemeente Boxtel</title><link rel="stylesheet" href="/typo3conf/ext/boxtel/css/boxtel.css">{head}</head>
<body><header><a href="{home}"><img src="/typo3conf/ext/boxtel/img/logo.svg" alt="Gemeente Boxtel"></a><ul class="nav"><li><a href="/nl/">Home</a></li><li><a href="/nl/producten">Producten A-Z</a></li><li><a href="/nl/nieuws/">Nieuws</a></li><li><a href="/nl/contact">Contact</a></li><li><a href="/en/">English</a></li></ul></header>
<div class="container"><main><h1>{esc(title)}</h1>{'<div class="pdc"><h2>Product informatie</h2>' + main + '</div>' if kind == 'product' else main}</main><aside>{sidebar}</aside></div>
<footer><p>Gemeente Boxtel · {self.street} · {self.zipcode} Boxtel · {self.phone}</p></footer></body></html>"""

    def extras(self):
        put(self.url("/typo3conf/ext/boxtel/css/boxtel.css"), "body{font-family:Arial;margin:0}header{background:#e2001a}details{border-bottom:1px solid #ccc}")
        put(self.url("/typo3conf/ext/boxtel/img/logo.svg"), svg_logo("Boxtel", self.color))
        put(self.url("/"), """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente Boxtel - Kies uw taal / Choose your language</title></head>
<body class="splash"><img src="/typo3conf/ext/boxtel/img/logo.svg" alt="Gemeente Boxtel"><h1>Welkom bij de gemeente Boxtel</h1><p>Kies uw taal / Choose your language</p>
<ul><li><a href="/nl/" hreflang="nl">Nederlands</a></li><li><a href="/en/" hreflang="en">English</a></li></ul></body></html>""")
        cats = "".join(f'<li><a href="{self.cat_path(c)}">{esc(CATS[c])}</a></li>' for c in CATS)
        self.write_page("/nl/onderwerpen", "Onderwerpen", f"<ul>{cats}</ul>", index=False)


class Meierijstad(Site):
    """NL Design System (utrecht-* classes), /inwoners/<slug> and /ondernemers/<slug>,
    cookie consent wall, Open Forms host in iframes or via <button onclick>, chatbot."""
    page_kind = "NL Design System /inwoners/<slug> page"
    code, name, short = "GM1948", "Gemeente Meierijstad", "Meierijstad"
    host, website, inhabitants, idx = "www.meierijstad.test", "http://meierijstad.test/", 83700, 9
    family = "NL Design System (utrecht-*) /inwoners/<slug>, Open Forms host in iframes (JS-only)"
    heads = ("Wat is het?", "Hoe vraag ik het aan?", "Wat heb ik nodig?", "Wat kost het?", "Hoe lang duurt het?")
    phone, street, zipcode, postbus, color = "14 0413", "Stadhuisplein 1", "5461 KN", "Postbus 10.000", "#006e51"
    shared = {"identiteitskaart": "paspoort"}
    sitemap = True
    appt_host, appt_name, appt_mijn = "meierijstad.jccsoftware.test", "JCC", False
    pdf_dir = "/documenten/"
    form_host = "formulieren.meierijstad.test"
    en_pages = ["paspoort", "verhuismelding"]
    sitewide_notes = ["site-wide 'Mijn Meierijstad' (DigiD) login in the header", "chatbot widget"]
    unexpected_titles = {
        "hondenbelasting": ("Hond en huisdieren", "Honden moeten in Meierijstad in de bebouwde kom aangelijnd zijn. Wij bieden het aan- en afmelden van honden niet meer aan: de hondenbelasting is in Meierijstad afgeschaft per 1 januari 2020."),
        "winkeltijdenontheffing": ("Koopzondagen en openingstijden winkels", "Winkels in Meierijstad mogen op alle zondagen en feestdagen open, behalve op Eerste Kerstdag en Eerste Paasdag. U hoeft daarvoor geen ontheffing aan te vragen; de gemeente verleent geen ontheffingen van de Winkeltijdenwet."),
        "collectevergunning": ("Inzamelen voor een goed doel", "Voor collectes van goede doelen uit het landelijke collecterooster heeft u in Meierijstad geen vergunning meer nodig. Deze vergunning is afgeschaft."),
    }

    def ppath(self, pk):
        if pk in self.shared:
            pk = self.shared[pk]
        top = "ondernemers" if self.aud(pk) == "ondernemer" else "inwoners"
        if pk == "paspoort":
            return "/inwoners/paspoort-en-identiteitskaart"
        return f"/{top}/{slugify(self.product_title(pk))}"

    def product_title(self, pk):
        if pk == "paspoort":
            return "Paspoort en identiteitskaart"
        return super().product_title(pk)

    def cat_path(self, cat):
        return f"/onderwerpen/{CAT_SLUG[cat]}"

    def home_path(self):
        return "/home"

    def eform(self, row):
        slug = slugify(C[row.pk]["form"])
        url = of_standalone(self.form_host, slug, row.pk, row.kind, C[row.pk]["form"], self.name, self.color)
        who = {"D": "DigiD", "DP": "DigiD", "E": "eHerkenning/DigiD", "A": "no login"}[row.kind]
        if row.kind == "A":
            return url, url, "Open Forms form (JS-only) embedded in an <iframe>"
        return url, url, f"<button onclick> to an Open Forms form whose login button exists only after JavaScript ({who})"

    def cta(self, row, url, label):
        if url.startswith(f"http://{self.form_host}/") and row.kind == "A":
            return f'<iframe src="{url}" title="Formulier {esc(label)}" class="utrecht-iframe" width="100%" height="800"></iframe>'
        return f'<p><button type="button" class="utrecht-button utrecht-button--primary-action" onclick="window.location.href=\'{url}\'">{esc(label)}</button></p>'

    def trap_ids(self, row):
        t = ["feedback"]
        if row.pk in ("bijzondere-bijstand", "wmo-voorziening"):
            t.append("reg_pdf")
        if row.status == "not_offered":
            t.append("regel_box")
        return t

    def trap_regel_box(self, row):
        return self.trap_box(row, "Direct regelen", "direct-regelen")

    def layout(self, row, sections, ctx):
        out = "".join(ctx.top)
        for h, b in sections:
            out += f'<section class="utrecht-article__section"><h2 class="utrecht-heading-2">{esc(h)}</h2>{b}</section>'
        return out

    def shell(self, path, title, main, sidebar="", *, lang="nl", head="", kind="page"):
        return f"""<!DOCTYPE html>
<html lang="{lang}" class="utrecht-html"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{esc(title)} | Gemeente Meierijstad</title>
<link rel="stylesheet" href="/_next/static/css/meierijstad.css">{head}</head>
<body class="utrecht-document utrecht-theme"><div class="utrecht-page">
<header class="utrecht-page-header"><a href="/home" class="utrecht-link"><img src="/img/logo-meierijstad.svg" alt="Gemeente Meierijstad"></a>
<nav class="utrecht-navbar"><ul><li><a href="/onderwerpen/">Onderwerpen</a></li><li><a href="/producten-en-diensten">Producten en diensten</a></li><li><a href="/nieuws/">Nieuws</a></li><li><a href="/contact">Contact</a></li><li><a href="/en/" hreflang="en">English</a></li></ul></nav>
<a class="utrecht-button utrecht-button--secondary-action mijn" href="http://mijn.meierijstad.test/">Mijn Meierijstad</a></header>
<main class="utrecht-page-content"><article class="utrecht-article"><h1 class="utrecht-heading-1">{esc(title)}</h1>{main}</article>{'<aside>' + sidebar + '</aside>' if sidebar else ''}</main>
<div class="chat-widget" id="chatbot"><button type="button" class="utrecht-button" onclick="document.getElementById('chat').hidden=false">Chat met ons</button><div id="chat" hidden><p>Welkom! Ik ben de digitale assistent van Meierijstad.</p></div></div>
<footer class="utrecht-page-footer"><p>Gemeente Meierijstad · {self.street}, {self.zipcode} Veghel · {self.phone}</p><p><a href="/privacy">Privacy</a> · <a href="/toegankelijkheid">Toegankelijkheid</a></p></footer></div></body></html>"""

    def az_path(self):
        return "/producten-en-diensten"

    def extras(self):
        put(self.url("/_next/static/css/meierijstad.css"), ".utrecht-document{font-family:'Fira Sans';margin:0}.utrecht-page-header{background:#006e51}.utrecht-button--primary-action{background:#006e51;color:#fff}")
        put(self.url("/img/logo-meierijstad.svg"), svg_logo("Meierijstad", self.color))
        cats = "".join(f'<li><a href="{self.cat_path(c)}">{esc(CATS[c])}</a></li>' for c in CATS)
        self.write_page("/onderwerpen/", "Onderwerpen", f"<ul>{cats}</ul>", index=False)
        for p, t in (("/privacy", "Privacy"), ("/toegankelijkheid", "Toegankelijkheid")):
            self.write_page(p, t, "<p>Informatie volgt.</p>", index=False)
        put(self.url("/"), """<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Cookies - Gemeente Meierijstad</title></head><body>
<div class="cookie-consent" role="dialog"><h1>Cookies op meierijstad.nl</h1><p>Wij plaatsen functionele cookies en, met uw toestemming, cookies voor statistieken en ingesloten video's.</p>
<p><a href="/?cookies=accept">Accepteren</a> <a href="/?cookies=weiger">Weigeren</a></p></div></body></html>""")
        home = FILES[url_to_file(self.url("/home"))]
        put(self.url("/?cookies=accept"), home)
        put(self.url("/?cookies=weiger"), home)
        sub = self.rows["subsidie"]
        self.write_page("/ondernemers/subsidie-aanvragen", sub.title,
                        '<p class="utrecht-paragraph">Voor ondernemers</p><section><h2 class="utrecht-heading-2">Wat is het?</h2><p>Ondernemers, ondernemersverenigingen en BIZ-stichtingen kunnen subsidie aanvragen voor activiteiten die de economie en de leefbaarheid in de kernen versterken.</p></section>'
                        f'<section><h2 class="utrecht-heading-2">Hoe vraag ik het aan?</h2><p>U vraagt de subsidie aan met eHerkenning.</p><p><button type="button" class="utrecht-button utrecht-button--primary-action" onclick="window.location.href=\'{sub.link_url}\'">Subsidie aanvragen</button></p></section>', kind="product")
        mh = "mijn.meierijstad.test"
        redirect(f"http://{mh}/login/digid", digid_login("mijnmeierijstad"))
        put(f"http://{mh}/", '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Mijn Meierijstad</title></head><body><h1>Mijn Meierijstad</h1><p>Uw zaken, berichten en afspraken op één plek.</p><p><a href="/login/digid">Inloggen met DigiD</a></p></body></html>')


# ---------------------------------------------------------------------------------------
# generic site pages and orchestration
# ---------------------------------------------------------------------------------------
EN_TEXT = {
    "verhuismelding": "Are you moving to {gem} or within the municipality? Register your new address no earlier than 4 weeks before and no later than 5 days after your move. You can do this online with DigiD.",
    "paspoort": "You apply for a passport or identity card in person at the town hall. Make an appointment first. Bring a recent passport photo and your current identity document.",
}


def landings(site: Site) -> dict[str, list[str]]:
    cats_in = [c for c in CATS if c != "ondernemen"]
    return {"GM0502": {"/inwoners/": cats_in, "/ondernemers/": ["ondernemen"]},
            "GM0606": {"/Inwoners/": cats_in, "/Ondernemers/": ["ondernemen"]},
            "GM1930": {"/inwoner/": cats_in, "/ondernemer/": ["ondernemen"]},
            "GM1916": {"/thema/": list(CATS)},
            "GM1942": {"/inwoners/": cats_in, "/ondernemers/": ["ondernemen"]}}.get(site.code, {})


def en_path(site: Site, pk: str) -> str:
    t = C[pk]["en"].replace("{gem}", site.short)
    return {"GM0502": "/english/", "GM0606": "/English/", "GM0757": "/en/", "GM1948": "/en/"}[site.code] + (underscored(t) if site.code == "GM0606" else slugify(t))


def build_site(site: Site) -> None:
    rows = site.rows
    # pass 1: titles, urls, routes
    for pk, row in rows.items():
        if pk in site.shared:
            continue
        row.title = site.product_title(pk)
        if row.status in ("ok", "not_offered"):
            row.product_url = site.url(site.ppath(pk))
        site.build_route(row)
    for pk, prim in sorted(site.shared.items()):
        row, p = rows[pk], rows[prim]
        assert row.cell == p.cell, (site.code, pk, row.cell, p.cell)
        row.shared_primary = prim
        row.title = p.title
        row.product_url, row.route_url, row.link_url, row.via, row.route_desc = p.product_url, p.route_url, p.link_url, p.via, p.route_desc
    # pass 2: product pages
    for pk, row in rows.items():
        if row.shared_primary:
            continue
        also = [rows[s] for s, pr in sorted(site.shared.items()) if pr == pk]
        if row.status == "ok":
            site.render_product(row, also)
        elif row.status == "not_offered":
            site.render_not_offered(row)
    for pk, prim in sorted(site.shared.items()):
        rows[pk].traps = rows[prim].traps
    # English pages
    for pk in site.en_pages:
        row = rows[pk]
        nl = site.ppath(pk)
        en = en_path(site, pk)
        t = C[pk]["en"].replace("{gem}", site.short)
        target = row.link_url or site.appt_url()
        label = "Register your move (DigiD)" if row.kind in ("D", "DP") else "Make an appointment"
        head = f'<link rel="alternate" hreflang="nl" href="{site.url(nl)}">'
        site.write_page(en, t, f"<p>{esc(EN_TEXT[pk].replace('{gem}', site.short))}</p><p><a href=\"{target}\">{label}</a></p><p><a href=\"{nl}\" hreflang=\"nl\">Nederlandse versie</a></p>", lang="en", head=head)
    if site.en_pages:
        idx = {"GM0502": "/english/", "GM0606": "/English/", "GM0757": "/en/", "GM1948": "/en/"}[site.code]
        lis = "".join(f'<li><a href="{en_path(site, pk)}">{esc(C[pk]["en"].replace("{gem}", site.short))}</a></li>' for pk in site.en_pages)
        site.write_page(idx, f"Welcome to {site.short}", f"<p>Information in English for new residents and visitors of {esc(site.short)}. Most information is available in Dutch only.</p><ul>{lis}</ul>", lang="en")
    # overviews
    vis = site.visible_rows()
    by_cat: dict[str, list[Row]] = {}
    for r in vis:
        by_cat.setdefault(C[r.pk]["cat"], []).append(r)
    extra_links = {"GM0502": {"ondernemen": [("Melding klein evenement", "/melding-klein-evenement")]},
                   "GM1916": {"parkeren": [("Parkeervergunning (ondernemers)", "/onderwerp/parkeervergunning-bedrijven")]},
                   "GM1948": {"ondernemen": [("Subsidie aanvragen (ondernemers)", "/ondernemers/subsidie-aanvragen")]},
                   "GM0606": {"ondernemen": [("Bezwaar maken (ondernemers)", "/Ondernemers/Bestuur_en_organisatie/Bezwaar_maken")]}}.get(site.code, {})
    for cat in CATS:
        items = sorted([(r.title, site.ppath(r.pk)) for r in by_cat.get(cat, [])] + extra_links.get(cat, []))
        lis = "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for t, p in items)
        site.write_page(site.cat_path(cat), CATS[cat], f'<p>Alles over {esc(CATS[cat].lower())} in {esc(site.short)}.</p><ul class="overzicht">{lis}</ul>', kind="overview")
    for path, cats in landings(site).items():
        lis = "".join(f'<li><a href="{site.cat_path(c)}">{esc(CATS[c])}</a></li>' for c in cats)
        site.write_page(path, "Ondernemers" if cats == ["ondernemen"] else ("Onderwerpen" if len(cats) == len(CATS) else "Inwoners"), f"<ul>{lis}</ul>", kind="overview")
    # A-Z (some with stale links to products without a page)
    items = sorted([(r.title, site.ppath(r.pk)) for r in vis])
    stale = []
    if site.code in ("GM1930", "GM0406"):
        for pk, r in rows.items():
            if r.status == "not_found" and crc(pk) % 2 == 0:
                stale.append((site.product_title(pk), site.ppath(pk)))
                r.extra_note = "the A-Z list still links to a removed page that answers with a soft 404 (status 200 'Pagina niet gevonden')"
    items = sorted(items + stale)
    letters = {}
    for t, p in items:
        letters.setdefault(t[0].upper(), []).append((t, p))
    body = "".join(f'<h2 id="{L}">{L}</h2><ul>' + "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for t, p in letters[L]) + "</ul>" for L in sorted(letters))
    site.write_page(site.az_path(), "Producten en diensten A-Z", body, kind="overview")
    # news
    news_items = ""
    for slug, title, text, _ in NEWS:
        extra = '<p>Meer informatie over DigiD en de DigiD app vindt u op <a href="http://digid.test/">digid.nl</a>. Inloggen bij de gemeente doet u via de knop "Inloggen met DigiD" op de pagina van het product.</p>' if slug == "digid-app-verplicht" else ""
        site.write_page(site.news_path(slug), title, f'<p class="datum">{["14 januari 2025", "3 december 2024", "18 november 2024", "7 oktober 2024"][[n[0] for n in NEWS].index(slug)]}</p><p>{esc(text)}</p>{extra}', kind="news")
        news_items += f'<li><a href="{site.news_path(slug)}">{esc(title)}</a></li>'
    site.write_page(site.news_index(), "Nieuws", f"<ul>{news_items}</ul>", kind="overview")
    # contact
    site.write_page(site.contact_path(), "Contact", f"<p>{esc(site.name)}<br>Bezoekadres: {esc(site.street)}, {esc(site.zipcode)} {esc(site.short)}<br>Postadres: {esc(site.postbus)}, {esc(site.zipcode)} {esc(site.short)}</p>"
                    f"<p>Telefoon: {esc(site.phone)} (maandag tot en met vrijdag 8.30 - 17.00 uur)<br>E-mail: <a href=\"mailto:{site.email()}\">{site.email()}</a></p>"
                    f'<h2>Maak een afspraak</h2><p>Voor burgerzaken werken we op afspraak: <a href="{site.appt_url()}">afspraak maken</a>.</p>'
                    f'<h2>Contactformulier</h2><form method="post" action="{site.contact_path().rstrip("/")}/verzonden"><label for="n">Naam</label><input id="n" name="naam"><label for="m">E-mail</label><input id="m" name="email"><label for="v">Vraag</label><textarea id="v" name="vraag"></textarea><button type="submit">Versturen</button></form>', kind="page")
    # home
    popular = [r for r in vis if r.pk in ("verhuismelding", "paspoort", "grofvuil", "melding-openbare-ruimte", "parkeervergunning", "woz-bezwaar", "omgevingsvergunning", "evenementenvergunning")]
    pop = "".join(f'<li><a href="{site.ppath(r.pk)}">{esc(r.title)}</a></li>' for r in popular)
    cats = "".join(f'<li><a href="{site.cat_path(c)}">{esc(CATS[c])}</a></li>' for c in CATS)
    site.write_page(site.home_path(), f"Welkom bij de gemeente {site.short}", f'<section class="toptaken"><h2>Direct naar</h2><ul>{pop}</ul></section><section class="onderwerpen"><h2>Onderwerpen</h2><ul>{cats}</ul><p><a href="{site.az_path()}">Alle producten en diensten van A tot Z</a></p></section>'
                    f'<section class="nieuws"><h2>Nieuws</h2><ul>{news_items}</ul></section>', kind="home")
    site.extras()
    if site.appt_host:
        appointment_site(site)
    # soft 404
    if site.soft404:
        nf = site.shell("/pagina-niet-gevonden", "Pagina niet gevonden", f'<p>Helaas, de pagina die u zoekt bestaat niet (meer) of is verplaatst.</p><p>Ga naar de <a href="http://{site.host}{site.home_path()}">homepage</a> of zoek in <a href="http://{site.host}{site.az_path()}">producten en diensten A-Z</a>.</p>', "")
        put(site.url("/pagina-niet-gevonden"), nf)
        NOT_FOUND_PAGES.append({"host": site.host, "file": f"sites/{site.host}/pagina-niet-gevonden", "status": 200})
    # robots / sitemap / search
    robots = "User-agent: *\n"
    search = {"GM0606": ("/Zoeken", "zoekterm"), "GM1930": ("/zoeken", "q"), "GM0406": ("/zoeken/", "trefwoord"), "GM0867": ("/zoeken", "query")}.get(site.code)
    if search:
        robots += f"Disallow: {search[0]}\n"
    else:
        robots += "Disallow: /admin/\n"
    if site.sitemap:
        urls = sorted({u for u, _, _ in site.pages})
        if site.code == "GM1942":
            for pk, r in rows.items():
                if r.status == "not_found":
                    urls.append(site.url(site.ppath(pk)))
                    r.extra_note = "the sitemap still lists a removed page (404)"
            urls = sorted(urls)
        sm = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "".join(f"  <url><loc>{esc(u)}</loc></url>\n" for u in urls) + "</urlset>\n"
        put(site.url("/sitemap.xml"), sm)
        robots += f"Sitemap: http://{site.host}/sitemap.xml\n"
    put(site.url("/robots.txt"), robots)
    if search:
        path, param = search
        idx = [{"url": u, "title": t, "text": re.sub(r"\s+", " ", tx).strip()[:200]} for u, t, tx in sorted(site.pages)]
        EXTRA_FILES[f"search/{site.host}.json"] = json.dumps(idx, ensure_ascii=False, indent=0).encode("utf-8")
        tpl = site.shell(path, "Zoekresultaten", '<p>Zoekresultaten voor: <strong><!--QUERY--></strong></p><div class="zoekresultaten"><!--RESULTS--></div>', "")
        if site.link_mode == "base":
            tpl = tpl.replace("<head>", f'<head><base href="http://{site.host}/">', 1)
        EXTRA_FILES[f"search/{site.host}.html"] = tpl.encode("utf-8")
        SEARCHES.append({"host": site.host, "path": path, "param": param, "index": f"search/{site.host}.json", "template": f"search/{site.host}.html"})
    # host redirects
    if site.website != f"http://{site.host}/":
        other = site.website.split("/")[2]
        HOST_REDIRECTS.append({"host": other, "status": 301, "to": site.host})


def notes_for(row: Row) -> str:
    site = row.site
    if row.status == "not_found":
        n = "No page for this product on the site"
        if row.extra_note:
            n += f"; {row.extra_note}"
        return n + "."
    if row.status == "not_offered":
        t = site.unexpected_titles[row.pk][0]
        n = f"'Not offered' statement on a page titled '{t}'"
    else:
        n = f"{site.page_kind}; {row.route_desc}"
        if row.shared_primary:
            n += f"; one page shared with {row.shared_primary}"
        else:
            sec = [s for s, p in sorted(site.shared.items()) if p == row.pk]
            if sec:
                n += f"; one page shared with {', '.join(sec)}"
        if row.kind == "DP":
            n += "; explicit pre-fill text ('gegevens uit de BRP, al ingevuld')"
    n += "."
    if row.traps:
        n += " Trap: " + "; ".join(row.traps) + "."
    return n


SITE_CLASSES = [Capelle, Schiedam, Nissewaard, Leidschendam, Pijnacker, GooiseMeren, Huizen, Waalwijk, Boxtel, Meierijstad]


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "web"
    products = load_products()
    plan = parse_plan()
    init_bodies()
    idp_pages()
    olo_pages()
    sites = [cls(plan[cls.code], products) for cls in SITE_CLASSES]
    assert [s.code for s in sites] == ORG_ORDER
    for s in sites:
        build_site(s)
    for key in sorted(BODIES):
        if BODIES[key].members:
            BODIES[key].write()
    # checks: no file is also a directory
    paths = sorted(f"{h}/{p}" for h, p in FILES)
    pset = set(paths)
    for p in paths:
        parts = p.split("/")
        for i in range(1, len(parts)):
            if "/".join(parts[:i]) in pset:
                raise RuntimeError(f"file/dir clash: {'/'.join(parts[:i])} vs {p}")
    # write
    if out.exists():
        shutil.rmtree(out)
    (out / "sites").mkdir(parents=True)
    for (host, path) in sorted(FILES):
        f = out / "sites" / host / path
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(FILES[(host, path)])
    for name in sorted(EXTRA_FILES):
        f = out / name
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(EXTRA_FILES[name])
    with open(out / "organisations.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for s in sites:
            w.writerow([s.code, s.name, "gemeente", s.website, s.inhabitants])
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "notes"])
        for s in sites:
            for pk in products:
                if pk not in s.rows:
                    continue
                r = s.rows[pk]
                w.writerow([s.code, pk, "" if r.level is None else r.level, r.status, r.product_url, r.route_url if r.level else "",
                            "" if r.strict is None else r.strict, r.via, notes_for(r)])
    manifest = {"behaviours": {
        "redirects": sorted(REDIRECTS, key=lambda d: d["url"]),
        "host_redirects": sorted(HOST_REDIRECTS, key=lambda d: d["host"]),
        "not_found_pages": sorted(NOT_FOUND_PAGES, key=lambda d: d["host"]),
        "searches": sorted(SEARCHES, key=lambda d: d["host"]),
    }}
    (out / "testweb.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(FILES)} files under {out}/sites, {sum(len(s.rows) for s in sites)} labels")


if __name__ == "__main__":
    main()
