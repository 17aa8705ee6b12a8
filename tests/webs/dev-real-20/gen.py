#!/usr/bin/env python3
"""Generate held-out test web 'dev20' (trap-weighted) for digimeter.

Usage: python3 gen.py [OUTDIR]      (default: web/ beside this file)

Ten Dutch municipalities, each in its own site structure, with their form
platforms, shared services, national portals and simulated identity providers.
Deterministic: everything is written from ordered lists, files are written in
sorted order, no randomness, no hash() (only hashlib where a stable pick is
needed). Only the columns product_key, name_nl, org_types, audience and
offered_by of products.csv are used.
"""
from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import posixpath
import shutil
import sys
import zipfile
from pathlib import Path

PRODUCTS_CSV = Path(__file__).resolve().parent.parent.parent.parent / "config" / "products.csv"

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

FILES: dict[tuple[str, str], bytes] = {}
REDIRECTS: list[dict] = []
HOST_REDIRECTS: list[dict] = []
NOT_FOUND: list[dict] = []
SEARCHES: list[dict] = []
SEARCH_FILES: dict[str, bytes] = {}
CONTENT_TYPES: list[dict] = []


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def pick(key: str, options: list):
    """Stable choice (sha1 of key)."""
    h = int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16)
    return options[h % len(options)]


def split_url(url: str) -> tuple[str, str]:
    assert url.startswith("http://"), url
    rest = url[len("http://"):]
    host, _, path = rest.partition("/")
    return host, "/" + path


def put(url: str, content, overwrite: bool = False) -> None:
    """Store a file for absolute URL (query kept in the file name)."""
    host, path = split_url(url)
    if path.endswith("/"):
        fpath = path + "index.html"
    elif "?" in path and path.split("?")[0].endswith("/"):
        p, q = path.split("?", 1)
        fpath = p + "index.html?" + q
    else:
        fpath = path
    if isinstance(content, str):
        content = content.encode("utf-8")
    key = (host, fpath.lstrip("/"))
    if key in FILES and not overwrite and FILES[key] != content:
        raise RuntimeError(f"duplicate file with other content: {url}")
    FILES[key] = content


def has(url: str) -> bool:
    host, path = split_url(url)
    if path.endswith("/"):
        path += "index.html"
    return (host, path.lstrip("/")) in FILES


def redirect(url: str, location: str, status: int = 302) -> None:
    REDIRECTS.append({"url": url, "status": status, "location": location})


def slugify(s: str) -> str:
    rep = {"ë": "e", "é": "e", "è": "e", "ï": "i", "ö": "o", "ü": "u", "á": "a", "'": "", "(": "", ")": "",
           ",": "", ".": "", ":": "", "/": "-", "&": "en", "?": ""}
    out = s.lower()
    for a, b in rep.items():
        out = out.replace(a, b)
    out = "-".join(w for w in out.replace("_", " ").replace("-", " ").split())
    return out


# ---------------------------------------------------------------------------
# documents: minimal PDF (with optional AcroForm) and DOCX writers
# ---------------------------------------------------------------------------

def _pdf_str(s: str) -> bytes:
    b = s.encode("cp1252", errors="replace")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf_bytes(title: str, lines: list[str], fields: list[tuple[str, str]] | None = None,
              author: str = "") -> bytes:
    """A one-page PDF; fields -> AcroForm text fields drawn as boxes with labels."""
    fields = fields or []
    ops = [b"BT /F1 15 Tf 50 790 Td " + _pdf_str(title) + b" Tj ET"]
    y = 760
    for ln in lines:
        size = 10
        font = b"/F1"
        if ln.startswith("## "):
            ln = ln[3:]
            font = b"/F2"
            size = 11
            y -= 4
        ops.append(b"BT " + font + b" " + str(size).encode() + b" Tf 50 " + str(y).encode() + b" Td "
                   + _pdf_str(ln) + b" Tj ET")
        y -= 14
        if y < 60:
            break
    widgets = []
    for i, (name, label) in enumerate(fields):
        y -= 8
        ops.append(b"BT /F1 9 Tf 50 " + str(y).encode() + b" Td " + _pdf_str(label) + b" Tj ET")
        y -= 20
        rect = (50, y, 545, y + 17)
        ops.append(("0.5 w %d %d %d %d re S" % (rect[0], rect[1], rect[2] - rect[0], rect[3] - rect[1])).encode())
        widgets.append((name, rect))
        if y < 60:
            break
    if fields:
        y -= 24
        ops.append(b"BT /F1 9 Tf 50 " + str(max(y, 30)).encode() + b" Td " +
                   _pdf_str("Datum: ____________   Handtekening: ______________________") + b" Tj ET")
    stream = b"\n".join(ops)
    objs: list[bytes] = []
    # 1 catalog, 2 pages, 3 page, 4 font F1, 5 font F2, 6 content, 7 info, 8.. widgets
    n_w = len(widgets)
    w_ids = list(range(8, 8 + n_w))
    cat = b"<< /Type /Catalog /Pages 2 0 R"
    if widgets:
        cat += b" /AcroForm << /Fields [" + b" ".join(b"%d 0 R" % i for i in w_ids) + \
            b"] /NeedAppearances true /DA (/F1 10 Tf 0 g) /DR << /Font << /F1 4 0 R >> >> >>"
    cat += b" >>"
    objs.append(cat)
    objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R"
    if widgets:
        page += b" /Annots [" + b" ".join(b"%d 0 R" % i for i in w_ids) + b"]"
    page += b" >>"
    objs.append(page)
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objs.append(b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author or "Gemeente") +
                b" /Producer (dev20 pdf writer) >>")
    for name, rect in widgets:
        objs.append(b"<< /Type /Annot /Subtype /Widget /FT /Tx /T " + _pdf_str(name) +
                    b" /Rect [%d %d %d %d]" % rect + b" /F 4 /P 3 0 R /DA (/F1 10 Tf 0 g) >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 7 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def docx_bytes(title: str, paras: list[str]) -> bytes:
    def p(t, style=None):
        st = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f'<w:p>{st}<w:r><w:t xml:space="preserve">{esc(t)}</w:t></w:r></w:p>'
    body = p(title, "Title") + "".join(p(x) for x in paras)
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
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def form_pdf(org_name: str, title: str, extra_fields: list[str] | None = None) -> bytes:
    fields = [("naam", "Naam en voorletters"), ("adres", "Adres"), ("postcode", "Postcode en woonplaats"),
              ("telefoon", "Telefoonnummer"), ("email", "E-mailadres")]
    for i, f in enumerate(extra_fields or []):
        fields.append((f"veld{i + 1}", f))
    lines = [f"{org_name}", "Vul dit formulier volledig in en onderteken het.",
             "Stuur het formulier met de gevraagde bijlagen naar:",
             f"{org_name}, Postbus, of lever het in bij de publieksbalie.",
             "## 1. Uw gegevens"]
    return pdf_bytes(title, lines, fields, author=org_name)


def info_pdf(org_name: str, title: str, lines: list[str]) -> bytes:
    return pdf_bytes(title, [org_name, ""] + lines, None, author=org_name)


# ---------------------------------------------------------------------------
# product texts (written for this web; Dutch as municipal sites write it)
# t: titles (formal first, then colloquial variants); sec: section; form: name of the e-form
# ---------------------------------------------------------------------------

P = {
    "brp-uittreksel": dict(
        t=["Uittreksel BRP aanvragen", "Uittreksel Basisregistratie Personen (BRP)", "Uittreksel uit de BRP",
           "Uittreksel BRP"], sec="Burgerzaken", form="Aanvraag uittreksel BRP",
        intro="Een uittreksel uit de Basisregistratie Personen (BRP) is een officieel bewijs van uw inschrijving in de gemeente. U heeft het bijvoorbeeld nodig voor een nieuwe baan, een huurwoning of een verblijfsvergunning in het buitenland.",
        voorw="U staat ingeschreven in de gemeente. U kunt alleen een uittreksel over uzelf aanvragen, of over uw minderjarige kinderen.",
        nodig="Uw DigiD of een geldig identiteitsbewijs.", kosten="Een uittreksel kost € 15,30 (tarief 2025).",
        duur="U ontvangt het uittreksel binnen 5 werkdagen per post.",
        zero="U vraagt een uittreksel aan bij de balie Burgerzaken. Neem een geldig identiteitsbewijs mee."),
    "verhuismelding": dict(
        t=["Verhuizing doorgeven", "Verhuizen", "Verhuizen binnen of naar {gem}", "Adreswijziging doorgeven"],
        sec="Burgerzaken", form="Verhuizing doorgeven",
        intro="Gaat u verhuizen binnen de gemeente of komt u in onze gemeente wonen? Geef uw nieuwe adres dan door. Dit kan vanaf 4 weken voor tot uiterlijk 5 dagen na uw verhuisdatum.",
        voorw="U bent 16 jaar of ouder. Verhuist u met uw gezin, dan kunt u de verhuizing ook voor uw partner en kinderen doorgeven.",
        nodig="Een huurcontract of koopakte. Woont u in bij iemand, dan heeft u een verklaring hoofdbewoner nodig.",
        kosten="Gratis.", duur="Wij verwerken uw verhuizing binnen 5 werkdagen.",
        zero="U geeft uw verhuizing door aan de balie. Maak hiervoor een afspraak."),
    "geboorteaangifte": dict(
        t=["Geboorteaangifte", "Geboorte", "Aangifte geboorte", "Geboorte aangeven"], sec="Burgerzaken",
        form="Geboorteaangifte doen",
        intro="Is uw kind geboren? Dan moet u dit binnen 3 dagen na de geboorte aangeven in de gemeente waar het kind is geboren.",
        voorw="De vader of moeder doet de aangifte. Kan dat niet, dan mag iemand anders die bij de geboorte aanwezig was aangifte doen.",
        nodig="Uw identiteitsbewijs. Als de ouders niet getrouwd zijn: een bewijs van erkenning.",
        kosten="Gratis.", duur="Het kind wordt direct ingeschreven in de BRP.",
        zero="U doet aangifte aan de balie Burgerzaken. Maak hiervoor een afspraak; binnen 3 dagen na de geboorte kunt u altijd terecht."),
    "overlijdensaangifte": dict(
        t=["Overlijden aangeven", "Overlijden", "Aangifte van overlijden", "Iemand is overleden"], sec="Burgerzaken",
        form="Aangifte overlijden",
        intro="Als iemand overlijdt, moet dit binnen 6 werkdagen worden aangegeven bij de gemeente waar het overlijden plaatsvond.",
        voorw="Meestal doet de uitvaartondernemer de aangifte. Een arts moet eerst een verklaring van overlijden afgeven.",
        nodig="De verklaring van overlijden van de arts.", kosten="Gratis. Een akte van overlijden kost € 15,30.",
        duur="De akte wordt direct opgemaakt.",
        zero="De uitvaartondernemer regelt de aangifte van overlijden met de gemeente. U hoeft zelf niets te doen. Heeft u vragen, bel dan met Burgerzaken."),
    "huwelijksaangifte": dict(
        t=["Melding voorgenomen huwelijk of partnerschap", "Trouwen of geregistreerd partnerschap", "Trouwen",
           "Ondertrouw (melding voorgenomen huwelijk)"], sec="Burgerzaken",
        form="Melding voorgenomen huwelijk/partnerschap",
        intro="Wilt u trouwen of een geregistreerd partnerschap aangaan? Dan doet u eerst een melding voorgenomen huwelijk of partnerschap (vroeger: ondertrouw). Dit doet u uiterlijk 2 weken en maximaal 1 jaar voor de datum.",
        voorw="U bent allebei 18 jaar of ouder en niet al getrouwd. U kiest twee tot vier getuigen.",
        nodig="Een geldig identiteitsbewijs van u beiden en van de getuigen.",
        kosten="De melding is gratis. Een ceremonie op maandagochtend is gratis, de andere tarieven staan in de tarieventabel.",
        duur="Na de melding kunt u binnen een jaar trouwen.",
        zero="Voor de melding voorgenomen huwelijk maakt u een afspraak bij Burgerzaken. U komt samen langs."),
    "paspoort": dict(
        t=["Paspoort aanvragen", "Paspoort", "Reisdocument: paspoort"], sec="Burgerzaken", form="Paspoort",
        intro="Een paspoort is een reisdocument waarmee u in en buiten Europa kunt reizen. Voor volwassenen is het 10 jaar geldig.",
        voorw="U vraagt het paspoort persoonlijk aan. Voor kinderen onder de 18 is toestemming van beide ouders nodig.",
        nodig="Een pasfoto die niet ouder is dan 6 maanden en uw oude paspoort of identiteitskaart.",
        kosten="Een paspoort voor 18 jaar en ouder kost € 84,95.", duur="Na 5 werkdagen kunt u het paspoort ophalen.",
        zero="U vraagt een paspoort persoonlijk aan bij de balie. Dit kan alleen op afspraak."),
    "identiteitskaart": dict(
        t=["Identiteitskaart aanvragen", "ID-kaart", "Identiteitskaart (ID-kaart)"], sec="Burgerzaken",
        form="Identiteitskaart",
        intro="Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa en naar enkele andere landen.",
        voorw="U vraagt de identiteitskaart persoonlijk aan. Ook kinderen hebben een eigen ID-kaart nodig.",
        nodig="Een recente pasfoto en uw oude identiteitsbewijs.", kosten="Een identiteitskaart voor 18 jaar en ouder kost € 77,85.",
        duur="Na 5 werkdagen kunt u de kaart ophalen.",
        zero="Een identiteitskaart vraagt u persoonlijk aan bij de balie. Maak eerst een afspraak."),
    "parkeervergunning": dict(
        t=["Parkeervergunning aanvragen", "Parkeervergunning bewoners", "Parkeervergunning"], sec="Parkeren",
        form="Parkeervergunning aanvragen",
        intro="Woont u in een gebied met betaald parkeren of een vergunninggebied? Dan kunt u een parkeervergunning aanvragen voor uw eigen auto.",
        voorw="U staat ingeschreven op een adres in het vergunninggebied en de auto staat op uw naam of is een leaseauto.",
        nodig="Het kenteken van uw auto.", kosten="Een bewonersvergunning kost € 96,00 per jaar.",
        duur="De vergunning is direct geldig na betaling.",
        zero="U vraagt een parkeervergunning aan bij de publieksbalie."),
    "gehandicaptenparkeerkaart": dict(
        t=["Gehandicaptenparkeerkaart (GPK)", "Gehandicaptenparkeerkaart aanvragen", "Gehandicaptenparkeerkaart"],
        sec="Zorg en ondersteuning", form="Aanvraag gehandicaptenparkeerkaart",
        intro="Heeft u een beperking en kunt u maar een korte afstand lopen? Dan kunt u een gehandicaptenparkeerkaart (GPK) aanvragen. Er is een kaart voor bestuurders en voor passagiers.",
        voorw="U kunt door een ziekte of handicap minder dan 100 meter lopen, ook met hulpmiddelen. Dit duurt minimaal 6 maanden.",
        nodig="Een pasfoto en een handtekening. Een arts van een onafhankelijk bureau voert een medische keuring uit.",
        kosten="De kaart kost € 169,00 inclusief de medische keuring.", duur="U krijgt binnen 8 weken een besluit.",
        zero="Voor een aanvraagformulier belt u met het Zorgloket."),
    "gehandicaptenparkeerplaats": dict(
        t=["Gehandicaptenparkeerplaats aanvragen", "Gehandicaptenparkeerplaats", "Invalidenparkeerplaats"],
        sec="Zorg en ondersteuning", form="Aanvraag gehandicaptenparkeerplaats",
        intro="Heeft u een gehandicaptenparkeerkaart en een eigen auto? Dan kunt u een parkeerplaats bij uw woning aanvragen waarop alleen u mag parkeren.",
        voorw="U heeft een gehandicaptenparkeerkaart voor bestuurders en er is bij uw woning geen eigen parkeerplaats.",
        nodig="Uw gehandicaptenparkeerkaart en het kenteken.", kosten="Gratis.",
        duur="U krijgt binnen 8 weken een besluit. Daarna volgt een verkeersbesluit.",
        zero="Neem contact op met het Zorgloket voor een aanvraag."),
    "hondenbelasting": dict(
        t=["Hondenbelasting", "Hond aan- of afmelden", "Hondenbelasting: hond aan- en afmelden"], sec="Belastingen",
        form="Hond aan- of afmelden",
        intro="Heeft u een hond? Dan betaalt u hondenbelasting. U meldt uw hond aan binnen 14 dagen nadat u de hond heeft gekregen. Heeft u geen hond meer, meld hem dan af.",
        voorw="U betaalt voor iedere hond die ouder is dan 3 maanden.", nodig="Het aantal honden en de datum.",
        kosten="Het tarief voor de eerste hond is € 84,12 per jaar.", duur="U krijgt een aanslag of verminderingsbeschikking.",
        zero="Geef de aan- of afmelding schriftelijk door aan de afdeling Belastingen."),
    "belastingkwijtschelding": dict(
        t=["Kwijtschelding gemeentelijke belastingen", "Kwijtschelding aanvragen", "Kwijtschelding"],
        sec="Belastingen", form="Kwijtschelding aanvragen",
        intro="Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor de afvalstoffenheffing en de rioolheffing.",
        voorw="Uw inkomen is niet hoger dan de kosten van bestaan en u heeft geen vermogen van betekenis.",
        nodig="Bewijsstukken van uw inkomen, uitgaven en bankrekeningen van de laatste 3 maanden.",
        kosten="Gratis.", duur="U krijgt binnen 8 weken bericht.",
        zero="Vraag het aanvraagformulier op bij de afdeling Belastingen."),
    "woz-bezwaar": dict(
        t=["Bezwaar maken tegen de WOZ-waarde", "WOZ-waarde", "WOZ-beschikking: bezwaar maken"], sec="Belastingen",
        form="Bezwaar WOZ-beschikking",
        intro="Bent u het niet eens met de WOZ-waarde van uw woning of bedrijfspand? Dan kunt u binnen 6 weken na de datum op het aanslagbiljet bezwaar maken.",
        voorw="U bent eigenaar of gebruiker van het object.", nodig="Het aanslagnummer en uw argumenten, bijvoorbeeld verkoopprijzen van vergelijkbare woningen.",
        kosten="Gratis.", duur="U krijgt binnen 19 weken een uitspraak.",
        zero="Stuur een brief met uw bezwaar naar de heffingsambtenaar."),
    "bijstand": dict(
        t=["Bijstandsuitkering aanvragen", "Bijstand", "Uitkering aanvragen (bijstand)"], sec="Werk en inkomen",
        form="Aanvraag bijstandsuitkering",
        intro="Heeft u te weinig inkomen om van te leven en geen recht op een andere uitkering? Dan kunt u een bijstandsuitkering aanvragen.",
        voorw="U bent 18 jaar of ouder, woont rechtmatig in Nederland en heeft geen vermogen boven de grens.",
        nodig="Bankafschriften van de laatste 3 maanden, loonstroken en uw huurcontract.",
        kosten="Gratis.", duur="U krijgt binnen 8 weken een besluit.",
        zero="Neem contact op met het team Werk en Inkomen voor een intakegesprek."),
    "bijzondere-bijstand": dict(
        t=["Bijzondere bijstand", "Bijzondere bijstand aanvragen", "Extra kosten: bijzondere bijstand"],
        sec="Werk en inkomen", form="Aanvraag bijzondere bijstand",
        intro="Heeft u noodzakelijke extra kosten die u niet zelf kunt betalen? Bijvoorbeeld voor een bril, bewindvoering of een eigen bijdrage? Dan kunt u bijzondere bijstand aanvragen.",
        voorw="U heeft een laag inkomen en de kosten zijn noodzakelijk. Vraag de bijzondere bijstand aan voordat u de kosten maakt.",
        nodig="Een offerte of nota en bewijs van uw inkomen.", kosten="Gratis.", duur="U krijgt binnen 8 weken een besluit.",
        zero="Vraag een aanvraagformulier aan bij het Sociaal Team."),
    "wmo-voorziening": dict(
        t=["Wmo: hulp en ondersteuning aanvragen", "Hulp bij het huishouden en andere Wmo-voorzieningen",
           "Wmo-melding doen", "Ondersteuning thuis (Wmo)"], sec="Zorg en ondersteuning", form="Melding Wmo",
        intro="Heeft u hulp nodig om thuis te kunnen blijven wonen? Denk aan hulp bij het huishouden, een scootmobiel, een woningaanpassing of begeleiding. Dit regelt de gemeente via de Wet maatschappelijke ondersteuning (Wmo).",
        voorw="U woont in de gemeente en kunt het niet zelf of met hulp van uw omgeving oplossen.",
        nodig="Na uw melding volgt een keukentafelgesprek met een consulent.",
        kosten="Voor de meeste voorzieningen betaalt u een eigen bijdrage van maximaal € 21,80 per maand.",
        duur="Binnen 6 weken na uw melding krijgt u een verslag van het gesprek.",
        zero="Bel het Wmo-loket. Een consulent maakt dan een afspraak voor een gesprek bij u thuis."),
    "leerlingenvervoer": dict(
        t=["Leerlingenvervoer", "Leerlingenvervoer aanvragen", "Vervoer naar school (leerlingenvervoer)"],
        sec="Onderwijs", form="Aanvraag leerlingenvervoer",
        intro="Kan uw kind niet zelfstandig naar school? Dan kunt u leerlingenvervoer aanvragen: een vergoeding of aangepast vervoer.",
        voorw="De afstand tussen huis en school is meer dan 6 kilometer, of uw kind kan door een beperking niet zelfstandig reizen.",
        nodig="Een verklaring van de school en eventueel een medische verklaring.",
        kosten="Afhankelijk van uw inkomen betaalt u een eigen bijdrage.", duur="U krijgt binnen 8 weken een besluit.",
        zero="Neem contact op met de consulent leerlingenvervoer."),
    "grofvuil": dict(
        t=["Grofvuil", "Grofvuil laten ophalen", "Grof huishoudelijk afval"], sec="Afval", form="Grofvuil ophalen",
        intro="Grof huishoudelijk afval, zoals meubels, matrassen en tapijt, kunt u laten ophalen of zelf wegbrengen naar de milieustraat.",
        voorw="Maximaal 2 m3 per keer. Bied het grofvuil op de ophaaldag voor 7.30 uur aan.",
        nodig="Een lijst van de spullen.", kosten="De eerste 4 keer per jaar zijn gratis.",
        duur="Wij halen het binnen 2 weken op.",
        zero="Bel de afvalservice om een afspraak te maken voor het ophalen van grofvuil."),
    "afvalcontainer": dict(
        t=["Afvalcontainer aanvragen of wijzigen", "Minicontainer", "Container aanvragen, omruilen of repareren",
           "Kliko aanvragen"], sec="Afval", form="Container aanvragen of wijzigen",
        intro="Heeft u een nieuwe container nodig, is uw container kapot of wilt u een grotere of kleinere container? Dan kunt u dit doorgeven.",
        voorw="U woont in een laagbouwwoning met een eigen containerset.", nodig="Het chipnummer van de container, als u dat heeft.",
        kosten="Een extra container kost € 45,00. Omruilen is gratis.", duur="Binnen 10 werkdagen.",
        zero="Bel de afvalservice."),
    "melding-openbare-ruimte": dict(
        t=["Melding openbare ruimte", "Melding doen", "Meld een probleem in de buitenruimte",
           "Klachten en meldingen openbare ruimte"], sec="Wonen en leefomgeving", form="Melding openbare ruimte",
        intro="Ziet u een losse stoeptegel, een kapotte lantaarnpaal, zwerfafval of een verstopte put? Meld het aan de gemeente.",
        voorw="De melding gaat over de openbare ruimte in de gemeente.", nodig="De locatie en eventueel een foto.",
        kosten="Gratis.", duur="Wij behandelen meldingen binnen 5 werkdagen.",
        zero="Bel 14 met het netnummer om een melding te doen."),
    "omgevingsvergunning": dict(
        t=["Omgevingsvergunning", "Omgevingsvergunning aanvragen", "Bouwen en verbouwen: vergunning"],
        sec="Bouwen en wonen", form="Omgevingsvergunning",
        intro="Wilt u bouwen, verbouwen, slopen of het gebruik van een pand wijzigen? Dan heeft u misschien een omgevingsvergunning nodig. Sinds 1 januari 2024 geldt de Omgevingswet.",
        voorw="Doe eerst de vergunningcheck om te zien of u een vergunning nodig heeft.", nodig="Tekeningen en een situatieschets.",
        kosten="De leges hangen af van de bouwkosten.", duur="Binnen 8 weken (reguliere procedure).",
        zero="Neem contact op met het team Vergunningen."),
    "kapvergunning": dict(
        t=["Kapvergunning", "Boom kappen", "Bomen kappen"], sec="Bouwen en wonen", form="Kapvergunning",
        intro="Wilt u een boom kappen? Voor sommige bomen heeft u een omgevingsvergunning voor het vellen van houtopstand nodig (kapvergunning).",
        voorw="Een vergunning is nodig voor bomen met een stamomtrek van meer dan 80 cm op 1,30 meter hoogte.",
        nodig="Een foto van de boom en een situatietekening.", kosten="€ 85,00 per aanvraag.",
        duur="Binnen 8 weken.", zero="Neem contact op met de boomdeskundige van de gemeente."),
    "bouwdossier-inzage": dict(
        t=["Bouwtekeningen opvragen", "Bouwdossier inzien", "Bouwarchief raadplegen"], sec="Bouwen en wonen",
        form="Bouwdossier opvragen",
        intro="Wilt u de bouwtekeningen of vergunningen van een woning of pand inzien? Dan kunt u het bouwdossier opvragen uit het bouwarchief.",
        voorw="Iedereen mag een bouwdossier inzien. Voor kopieën van tekeningen kan toestemming van de architect nodig zijn.",
        nodig="Het adres van het pand.", kosten="Inzage is gratis; digitale kopieën kosten € 12,50.",
        duur="U krijgt binnen 10 werkdagen bericht.", zero="Maak een afspraak met het bouwarchief."),
    "bezwaar": dict(
        t=["Bezwaar maken", "Bezwaar maken tegen een besluit", "Bezwaarschrift indienen"], sec="Bestuur en organisatie",
        form="Bezwaarschrift indienen",
        intro="Bent u het niet eens met een besluit van de gemeente? Dan kunt u bezwaar maken. Dit doet u binnen 6 weken na de datum van het besluit.",
        voorw="U bent belanghebbende bij het besluit.", nodig="Een kopie van het besluit en de reden van uw bezwaar.",
        kosten="Gratis.", duur="Binnen 12 weken na het einde van de bezwaartermijn.",
        zero="Stuur uw bezwaarschrift per brief naar het college van burgemeester en wethouders. Vermeld uw naam, adres, de datum, het besluit en waarom u het er niet mee eens bent, en onderteken de brief."),
    "klacht": dict(
        t=["Klacht indienen", "Klacht over de gemeente", "Klachten"], sec="Bestuur en organisatie", form="Klachtenformulier",
        intro="Bent u niet tevreden over hoe een medewerker of de gemeente u heeft behandeld? Dan kunt u een klacht indienen.",
        voorw="De klacht gaat over een gedraging van de gemeente. Een klacht moet binnen een jaar worden ingediend.",
        nodig="Een omschrijving van wat er is gebeurd.", kosten="Gratis.", duur="Binnen 6 weken.",
        zero="Schrijf een brief aan de klachtencoördinator."),
    "woo-verzoek": dict(
        t=["Woo-verzoek indienen", "Informatie opvragen (Woo)", "Wet open overheid (Woo)"], sec="Bestuur en organisatie",
        form="Woo-verzoek",
        intro="Met een Woo-verzoek vraagt u om openbaarmaking van documenten van de gemeente, op grond van de Wet open overheid.",
        voorw="Iedereen kan een Woo-verzoek indienen. Omschrijf zo precies mogelijk over welk onderwerp u informatie zoekt.",
        nodig="Het onderwerp en de periode.", kosten="Gratis.", duur="Binnen 4 weken, met een mogelijke verlenging van 2 weken.",
        zero="Stuur uw Woo-verzoek per post aan het college van burgemeester en wethouders."),
    "subsidie": dict(
        t=["Subsidie aanvragen", "Subsidies", "Subsidie voor verenigingen en stichtingen"], sec="Subsidies",
        form="Subsidieaanvraag",
        intro="De gemeente geeft subsidie aan verenigingen, stichtingen en inwoners voor activiteiten die bijdragen aan een sterke samenleving: sport, cultuur, welzijn en duurzaamheid.",
        voorw="De activiteit past binnen de Algemene subsidieverordening en de beleidsregels.",
        nodig="Een activiteitenplan en een begroting.", kosten="Gratis.", duur="Binnen 8 tot 13 weken.",
        zero="Neem contact op met de subsidieadviseur."),
    "evenementenvergunning": dict(
        t=["Evenementenvergunning", "Evenement organiseren", "Evenementenvergunning aanvragen"], sec="Ondernemen",
        form="Aanvraag evenementenvergunning",
        intro="Organiseert u een evenement zoals een braderie, festival, sportwedstrijd of concert? Dan heeft u meestal een evenementenvergunning nodig.",
        voorw="Vraag de vergunning minimaal 8 weken (grote evenementen 12 weken) voor het evenement aan.",
        nodig="Een situatietekening, een veiligheidsplan en een draaiboek.", kosten="Vanaf € 77,00 (zie de legesverordening).",
        duur="8 tot 12 weken.", zero="Neem contact op met de evenementencoördinator."),
    "exploitatievergunning-horeca": dict(
        t=["Exploitatievergunning horeca", "Horecavergunning", "Exploitatievergunning"], sec="Ondernemen",
        form="Aanvraag exploitatievergunning",
        intro="Wilt u een horecabedrijf beginnen of overnemen, zoals een café, restaurant of lunchroom? Dan heeft u een exploitatievergunning nodig.",
        voorw="Er volgt een Bibob-toets. Het bestemmingsplan moet horeca toestaan.",
        nodig="Een plattegrond, huurcontract en een uittreksel van de KvK.", kosten="€ 312,00.", duur="8 weken.",
        zero="Neem contact op met het team Vergunningen voor een intakegesprek."),
    "alcoholvergunning": dict(
        t=["Alcoholvergunning", "Drank schenken", "Alcoholwetvergunning aanvragen", "Drank- en horecavergunning"],
        sec="Ondernemen", form="Aanvraag alcoholvergunning",
        intro="Wilt u in uw horecazaak of slijterij alcohol verkopen of schenken? Dan heeft u een alcoholvergunning nodig op grond van de Alcoholwet.",
        voorw="Leidinggevenden zijn 21 jaar of ouder, hebben een Verklaring Sociale Hygiëne en staan niet slecht bekend.",
        nodig="Een plattegrond van de inrichting en kopieën van de Verklaringen Sociale Hygiëne.",
        kosten="€ 297,00.", duur="8 weken.", zero="Bel het team Vergunningen."),
    "terrasvergunning": dict(
        t=["Terrasvergunning", "Terras", "Terras plaatsen"], sec="Ondernemen", form="Aanvraag terrasvergunning",
        intro="Wilt u bij uw horecazaak een terras plaatsen op de openbare weg? Dan heeft u een terrasvergunning nodig.",
        voorw="Het terras mag de doorgang niet belemmeren; er moet 1,5 meter vrije looproute overblijven.",
        nodig="Een tekening met de afmetingen van het terras.", kosten="€ 145,00 en precario per m2.", duur="8 weken.",
        zero="Neem contact op met het team Vergunningen."),
    "standplaatsvergunning": dict(
        t=["Standplaatsvergunning", "Standplaats", "Verkopen vanaf een standplaats"], sec="Ondernemen",
        form="Aanvraag standplaatsvergunning",
        intro="Wilt u buiten de markt iets verkopen vanaf een vaste plek, zoals een kraam of viswagen? Dan heeft u een standplaatsvergunning nodig.",
        voorw="Er zijn maar een beperkt aantal standplaatsen.", nodig="Een foto van de kraam of wagen.",
        kosten="€ 64,00 plus een vergoeding per dag.", duur="8 weken.", zero="Neem contact op met de marktmeester."),
    "marktvergunning": dict(
        t=["Marktvergunning", "Weekmarkt", "Plaats op de weekmarkt"], sec="Ondernemen", form="Aanvraag marktplaats",
        intro="Wilt u op de weekmarkt staan met een kraam? Dan heeft u een marktvergunning (vaste plaats) of dagplaats nodig.",
        voorw="U staat ingeschreven bij de KvK.", nodig="Uw branche en de lengte van uw kraam.",
        kosten="Marktgeld per strekkende meter.", duur="U komt op de wachtlijst.",
        zero="Meld u bij de marktmeester op de markt of bel met de gemeente."),
    "reclamebelasting": dict(
        t=["Reclamebelasting", "Reclame-uitingen en reclamebelasting"], sec="Belastingen", form="Reclamebelasting",
        intro="Ondernemers met reclame-uitingen die vanaf de openbare weg zichtbaar zijn, betalen in het centrum reclamebelasting. De opbrengst gaat naar het ondernemersfonds.",
        voorw="Het gaat om borden, lichtreclames en vlaggen aan de gevel.", nodig="Geen.",
        kosten="Afhankelijk van de oppervlakte.", duur="U ontvangt de aanslag in het voorjaar.",
        zero="U hoeft niets te doen; u ontvangt automatisch een aanslag."),
    "geluidsontheffing": dict(
        t=["Geluidsontheffing", "Ontheffing geluid", "Ontheffing geluidshinder aanvragen"], sec="Ondernemen",
        form="Aanvraag ontheffing geluid",
        intro="Wilt u bij een feest, evenement of werkzaamheden meer geluid maken dan is toegestaan? Dan heeft u een ontheffing nodig.",
        voorw="Vraag de ontheffing minimaal 4 weken van tevoren aan.", nodig="Tijden, plaats en soort geluid.",
        kosten="€ 45,00.", duur="4 weken.", zero="Neem contact op met het team Vergunningen."),
    "winkeltijdenontheffing": dict(
        t=["Ontheffing winkeltijden", "Winkeltijden", "Koopzondagen en winkeltijden"], sec="Ondernemen",
        form="Aanvraag ontheffing winkeltijden",
        intro="Wilt u uw winkel openen op zondag, een feestdag of buiten de normale tijden? Dan heeft u soms een ontheffing nodig.",
        voorw="U heeft een winkel in de gemeente.", nodig="De data en tijden.", kosten="€ 52,00.", duur="4 weken.",
        zero="Neem contact op met het team Vergunningen."),
    "kansspelautomaatvergunning": dict(
        t=["Aanwezigheidsvergunning kansspelautomaten", "Speelautomaten", "Gokkast plaatsen"], sec="Ondernemen",
        form="Aanvraag aanwezigheidsvergunning speelautomaat",
        intro="Wilt u een kansspelautomaat (gokkast) plaatsen in uw horecazaak? Dan heeft u een aanwezigheidsvergunning nodig.",
        voorw="U heeft een alcoholvergunning voor een horecazaak. Maximaal 2 automaten per zaak.",
        nodig="Een kopie van uw alcoholvergunning.", kosten="€ 56,50 per automaat per jaar.", duur="8 weken.",
        zero="Bel het team Vergunningen."),
    "collectevergunning": dict(
        t=["Collectevergunning", "Collecteren", "Geld inzamelen (collecte)"], sec="Ondernemen",
        form="Aanvraag collectevergunning",
        intro="Wilt u langs de deuren of op straat geld of goederen inzamelen voor een goed doel? Dan heeft u een collectevergunning nodig.",
        voorw="Landelijke fondsen op het collecterooster van het CBF hebben een vaste week.",
        nodig="De naam van de instelling en de periode.", kosten="Gratis.", duur="4 weken.",
        zero="Neem contact op met de gemeente."),
    "ligplaatsvergunning": dict(
        t=["Ligplaatsvergunning", "Ligplaats voor uw boot", "Ligplaats aanvragen"], sec="Wonen en leefomgeving",
        form="Aanvraag ligplaatsvergunning",
        intro="Wilt u een boot of woonboot laten liggen in gemeentelijk water of in een gemeentelijke haven? Dan heeft u een ligplaatsvergunning nodig.",
        voorw="De boot is niet langer dan 12 meter (woonboten: zie de verordening).", nodig="Afmetingen en registratie van de boot.",
        kosten="Havengeld per meter per jaar.", duur="U komt op de wachtlijst.", zero="Neem contact op met de havenmeester."),
    "uitwegvergunning": dict(
        t=["Uitweg of inrit aanleggen", "Uitrit aanvragen", "Inrit (uitweg) aanleggen of wijzigen"],
        sec="Bouwen en wonen", form="Aanvraag uitrit",
        intro="Wilt u een inrit of uitweg aanleggen, verbreden of verplaatsen van uw perceel naar de openbare weg? Dan heeft u toestemming nodig.",
        voorw="De uitweg mag de verkeersveiligheid niet in gevaar brengen en er mag geen openbare parkeerplaats verdwijnen.",
        nodig="Een situatietekening.", kosten="€ 110,00 plus de aanlegkosten.", duur="8 weken.",
        zero="Neem contact op met het team Wegen."),
    "belastingaanslag-bezwaar": dict(
        t=["Bezwaar tegen uw belastingaanslag", "Bezwaar maken tegen de aanslag gemeentelijke belastingen",
           "Niet eens met de aanslag"], sec="Belastingen", form="Bezwaar belastingaanslag",
        intro="Bent u het niet eens met de aanslag gemeentelijke belastingen, bijvoorbeeld de afvalstoffenheffing of rioolheffing? Dan kunt u binnen 6 weken bezwaar maken.",
        voorw="Maak bezwaar binnen 6 weken na de dagtekening van het aanslagbiljet.", nodig="Het aanslagnummer.",
        kosten="Gratis.", duur="Binnen 12 weken.", zero="Stuur een brief naar de heffingsambtenaar."),
    "betalingsregeling": dict(
        t=["Betalingsregeling", "Betalingsregeling aanvragen", "Betalen in termijnen"], sec="Belastingen",
        form="Betalingsregeling aanvragen",
        intro="Kunt u uw aanslag niet in één keer betalen? Betaal dan met automatische incasso in 10 termijnen, of vraag een betalingsregeling aan.",
        voorw="De aanslag is nog niet (helemaal) betaald en er loopt nog geen dwangbevel.", nodig="Het aanslagnummer.",
        kosten="Gratis.", duur="U krijgt binnen 2 weken bericht.",
        zero="Bel de afdeling Belastingen om een betalingsregeling af te spreken."),
}

EN_TITLES = {
    "verhuismelding": "Moving house: register your new address",
    "paspoort": "Passport and identity card",
    "parkeervergunning": "Parking permit",
    "terrasvergunning": "Terrace permit",
    "brp-uittreksel": "Extract from the Personal Records Database (BRP)",
    "melding-openbare-ruimte": "Report a problem in a public space",
}


# ---------------------------------------------------------------------------
# HTML skeleton
# ---------------------------------------------------------------------------

def doc(title: str, body: str, lang: str = "nl", head: str = "", html_cls: str = "", body_cls: str = "") -> str:
    hc = f' class="{html_cls}"' if html_cls else ""
    bc = f' class="{body_cls}"' if body_cls else ""
    return (f'<!DOCTYPE html>\n<html lang="{lang}"{hc}>\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'<title>{esc(title)}</title>\n{head}</head>\n<body{bc}>\n{body}\n</body>\n</html>\n')


DIGID_LOGO_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="46" height="46" viewBox="0 0 46 46">'
                  '<rect width="46" height="46" rx="6" fill="#000"/><text x="5" y="29" font-family="Arial" '
                  'font-size="14" font-weight="bold" fill="#fff">DigiD</text></svg>\n')
EH_LOGO_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">'
               '<rect width="120" height="40" rx="4" fill="#eee"/><text x="6" y="25" font-family="Arial" '
               'font-size="13" fill="#c00">eHerkenning</text></svg>\n')

# ---------------------------------------------------------------------------
# identity providers and national portals
# ---------------------------------------------------------------------------

DIGID_SSO = "http://digid.test/saml/idp/request_authentication"
EH_BROKERS = {
    "makelaar": "http://eherkenning-makelaar.test/broker/select",
    "connect": "http://login.eh-connect.test/eh/kies-leverancier",
}


def digid_redirect_target(sp_host: str, relay: str) -> str:
    tok = hashlib.sha1(f"{sp_host}{relay}".encode()).hexdigest()[:24]
    return f"{DIGID_SSO}?SAMLRequest=fZJdb8IgFIb{tok}&RelayState={relay}"


def eh_redirect_target(broker: str, sp_host: str, relay: str) -> str:
    tok = hashlib.sha1(f"eh{sp_host}{relay}".encode()).hexdigest()[:20]
    return f"{EH_BROKERS[broker]}?SAMLRequest=PHNhbWxwOkF1dGhu{tok}&RelayState={relay}"


def login_start(url: str, method: str, broker: str = "makelaar") -> str:
    """Register url as a login start redirecting to the IdP; returns url."""
    host, path = split_url(url)
    relay = slugify(path.strip("/").replace("/", "-"))[:40] or "start"
    if method == "digid":
        redirect(url.split("?")[0], digid_redirect_target(host, relay))
    else:
        redirect(url.split("?")[0], eh_redirect_target(broker, host, relay))
    return url


def build_idps() -> None:
    put("http://digid.test/saml/idp/request_authentication", doc(
        "DigiD | Inloggen", '<header><img src="/img/digid-logo.svg" alt="DigiD"></header>'
        '<main><h1>Inloggen bij DigiD</h1><p>Kies hoe u wilt inloggen.</p>'
        '<section><h2>Met de DigiD app</h2><a href="/saml/idp/app">Inloggen met de DigiD app</a></section>'
        '<section><h2>Met een sms-controle</h2><form method="post" action="/saml/idp/request_authentication">'
        '<label>DigiD gebruikersnaam <input name="username"></label>'
        '<label>Wachtwoord <input name="password" type="password"></label>'
        '<button type="submit">Inloggen</button></form></section>'
        '<p><a href="/saml/idp/request_logout">Annuleren</a></p></main>'))
    put("http://digid.test/saml/idp/app", doc("DigiD app", "<main><h1>Scan de QR-code met de DigiD app</h1></main>"))
    put("http://digid.test/saml/idp/request_logout", doc("DigiD", "<main><h1>U bent uitgelogd</h1></main>"))
    put("http://digid.test/img/digid-logo.svg", DIGID_LOGO_SVG)
    put("http://digid.test/robots.txt", "User-agent: *\nDisallow: /\n")
    put("http://www.digid.test/", doc("DigiD", '<main><h1>DigiD</h1><p>Met DigiD logt u in bij de overheid.</p>'
        '<ul><li><a href="/aanvragen">DigiD aanvragen</a></li><li><a href="/machtigen">DigiD Machtigen</a></li>'
        '<li><a href="/over-digid/digid-app">DigiD app</a></li></ul></main>'))
    put("http://www.digid.test/aanvragen", doc("DigiD aanvragen", '<main><h1>DigiD aanvragen</h1>'
        '<p>U vraagt DigiD aan met uw burgerservicenummer en adres. U ontvangt binnen 3 werkdagen een activeringscode per brief.</p>'
        '<form action="/aanvragen/stap-1" method="post"><label>BSN <input name="bsn"></label>'
        '<label>Geboortedatum <input name="gd"></label><label>Postcode <input name="pc"></label>'
        '<label>Huisnummer <input name="hn"></label><button>Volgende</button></form></main>'))
    put("http://www.digid.test/machtigen", doc("DigiD Machtigen", '<main><h1>DigiD Machtigen</h1>'
        '<p>Met DigiD Machtigen kunt u iemand anders zaken voor u laten regelen bij de overheid.</p>'
        f'<p><a href="http://machtigen.digid.test/inloggen">Inloggen bij DigiD Machtigen</a></p></main>'))
    redirect("http://machtigen.digid.test/inloggen", digid_redirect_target("machtigen.digid.test", "machtigen"))
    put("http://machtigen.digid.test/", doc("DigiD Machtigen", '<main><h1>DigiD Machtigen</h1>'
        '<a href="/inloggen">Inloggen met DigiD</a></main>'))
    put("http://www.digid.test/over-digid/digid-app", doc("DigiD app", "<main><h1>De DigiD app</h1>"
        "<p>Vanaf 2025 heeft u voor steeds meer diensten de DigiD app met ID-check nodig.</p></main>"))
    put("http://www.digid.test/img/digid-logo.svg", DIGID_LOGO_SVG)
    for b, url in sorted(EH_BROKERS.items()):
        put(url, doc("eHerkenning - kies uw leverancier", '<main><h1>Inloggen met eHerkenning</h1>'
            '<p>Selecteer de leverancier van uw inlogmiddel.</p><form method="post">'
            '<select name="idp"><option>KPN</option><option>Signicat</option><option>Connectis</option>'
            '<option>Z login</option></select><label><input type="checkbox" name="onthoud"> Onthoud mijn keuze</label>'
            '<button type="submit">Ga verder</button></form><p>Betrouwbaarheidsniveau: EH3</p></main>'))
    put("http://www.eherkenning.test/logo.svg", EH_LOGO_SVG)
    put("http://www.eherkenning.test/", doc("eHerkenning", "<main><h1>eHerkenning</h1>"
        "<p>eHerkenning is het inlogmiddel voor ondernemers bij de overheid.</p></main>"))
    # MijnOverheid
    put("http://mijn.overheid.test/", doc("MijnOverheid", '<main><h1>MijnOverheid</h1>'
        '<p>Uw berichten van de overheid, persoonlijke gegevens en lopende zaken op één plek.</p>'
        '<p><a class="button" href="/inloggen/digid">Inloggen met DigiD</a></p></main>'))
    login_start("http://mijn.overheid.test/inloggen/digid", "digid")


OLO = "omgevingswet.overheid.test"


def build_omgevingsloket() -> None:
    h = f"http://{OLO}"
    nav = ('<nav><a href="/">Home</a> | <a href="/vergunningcheck">Vergunningcheck</a> | '
           '<a href="/aanvragen">Aanvragen</a> | <a href="/mijn-omgevingsloket">Mijn Omgevingsloket</a></nav>')
    put(h + "/", doc("Omgevingsloket", nav + '<main><h1>Omgevingsloket</h1><p>Wilt u iets bouwen, verbouwen of '
        'slopen? Doe de vergunningcheck. Vraag een vergunning aan of doe een melding.</p>'
        '<ul><li><a href="/vergunningcheck">Vergunningcheck doen</a></li><li><a href="/aanvragen">Vergunning aanvragen of melding doen</a></li></ul></main>'))
    put(h + "/aanvragen", doc("Aanvragen | Omgevingsloket", nav + '<main><h1>Vergunning aanvragen of melding doen</h1>'
        '<p>Een aanvraag of melding doet u in het Omgevingsloket. U logt in met DigiD (particulieren) of eHerkenning (bedrijven).</p>'
        '<p>Na het inloggen haalt het Omgevingsloket uw gegevens op uit de basisregistraties (BRP en Handelsregister). '
        'Uw naam, adres en burgerservicenummer zijn dan al ingevuld.</p>'
        '<p><a class="button" href="/aanvragen/inloggen/digid">Inloggen met DigiD</a></p>'
        '<p><a class="button" href="/aanvragen/inloggen/eherkenning">Inloggen met eHerkenning</a></p>'
        '<p><a href="/aanvragen/inloggen/eidas">Inloggen met een Europees erkend inlogmiddel (eIDAS)</a></p></main>'))
    login_start(h + "/aanvragen/inloggen/digid", "digid")
    login_start(h + "/aanvragen/inloggen/eherkenning", "eh")
    login_start(h + "/aanvragen/inloggen/eidas", "eh", "connect")
    login_start(h + "/mijn-omgevingsloket/inloggen", "digid")
    put(h + "/mijn-omgevingsloket", doc("Mijn Omgevingsloket", nav + '<main><h1>Mijn Omgevingsloket</h1>'
        '<p>Bekijk uw projecten en concepten.</p><a href="/mijn-omgevingsloket/inloggen">Inloggen</a></main>'))
    put(h + "/vergunningcheck", doc("Vergunningcheck | Omgevingsloket", nav + '<main><h1>Vergunningcheck</h1>'
        '<p>Met de vergunningcheck ziet u of u een vergunning nodig heeft of een melding moet doen. '
        'U hoeft hiervoor niet in te loggen. De uitkomst is geen aanvraag.</p>'
        '<form action="/vergunningcheck-stap-2" method="get"><label>Adres of perceel <input name="adres"></label>'
        '<fieldset><legend>Wat wilt u doen?</legend><label><input type="radio" name="w" value="bouwen"> Bouwen</label>'
        '<label><input type="radio" name="w" value="kappen"> Bomen kappen</label>'
        '<label><input type="radio" name="w" value="reclame"> Reclame plaatsen</label></fieldset>'
        '<button type="submit">Volgende</button></form>'
        '<p>Wilt u meteen aanvragen? <a href="/aanvragen">Inloggen en aanvragen</a></p></main>'))
    put(h + "/vergunningcheck-stap-2", doc("Vergunningcheck stap 2", nav + "<main><h1>Vergunningcheck: vragen</h1>"
        "<p>Beantwoord de vragen over uw plan.</p></main>"))
    put(h + "/robots.txt", "User-agent: *\nDisallow: /mijn-omgevingsloket\n")


# ---------------------------------------------------------------------------
# other bodies: joint tax offices, social services, waste companies, parking
# portals, reporting apps, a pupil-transport portal
# ---------------------------------------------------------------------------

class Body:
    """A shared service on its own host. routes: pk -> (auth|None, path, title)."""

    def __init__(self, key, host, name, kind, routes, serves, broker="makelaar", intro=""):
        self.key, self.host, self.name, self.kind = key, host, name, kind
        self.routes = routes
        self.serves = serves
        self.broker = broker
        self.intro = intro
        self.pages: list[tuple[str, str]] = []
        self.built = set()

    def u(self, path):
        return f"http://{self.host}{path}"

    def nav(self):
        return (f'<header class="bd-header"><a href="/" class="logo">{esc(self.name)}</a> '
                f'<a href="/mijn">Mijn {esc(self.name.split(" (")[0])}</a></header>')

    def page(self, title, main):
        foot = (f'<footer><p>{esc(self.name)} voert taken uit voor de gemeenten '
                f'{esc(", ".join(self.serves))}.</p><a href="/privacy">Privacy</a></footer>')
        return doc(f"{title} | {self.name}", self.nav() + f"<main>{main}</main>" + foot)

    def level_of(self, pk):
        auth = self.routes[pk][0]
        return 67 if auth is None else 100

    def route(self, pk) -> str:
        auth, path, title = self.routes[pk]
        url = self.u(path)
        if pk in self.built:
            return url
        self.built.add(pk)
        txt = P[pk]
        if auth is None:
            fields = ('<label>Postcode <input name="postcode" required></label>'
                      '<label>Huisnummer <input name="huisnummer" required></label>'
                      '<label>Naam <input name="naam"></label><label>E-mailadres <input name="email" type="email"></label>'
                      '<label>Omschrijving <textarea name="omschrijving"></textarea></label>')
            if pk == "melding-openbare-ruimte":
                fields = ('<label>Categorie <select name="cat"><option>Straatverlichting</option><option>Bestrating</option>'
                          '<option>Zwerfafval</option><option>Groen</option></select></label>'
                          '<label>Locatie <input name="locatie"></label><label>Foto <input type="file" name="foto"></label>'
                          '<label>Omschrijving <textarea name="omschrijving"></textarea></label>'
                          '<label>E-mailadres (optioneel) <input name="email"></label>')
            main = (f"<h1>{esc(title)}</h1><p>{esc(txt['intro'])}</p>"
                    f'<form method="post" action="{path.rstrip("/")}/verzenden" class="bd-form">{fields}'
                    '<button type="submit">Versturen</button></form>')
        else:
            start = self.u(path.rstrip("/") + ("/inloggen-digid" if auth == "digid" else "/inloggen-eherkenning"))
            login_start(start, auth, self.broker)
            extra = ""
            if auth == "digid" and pk in ("parkeervergunning",):
                s2 = self.u(path.rstrip("/") + "/inloggen-eherkenning")
                login_start(s2, "eh", self.broker)
                extra = f'<p>Bedrijven: <a href="{s2}">inloggen met eHerkenning</a></p>'
            lbl = "Inloggen met DigiD" if auth == "digid" else "Inloggen met eHerkenning"
            main = (f"<h1>{esc(title)}</h1><p>{esc(txt['intro'])}</p><p>{esc(txt['voorw'])}</p>"
                    f"<h2>Direct regelen</h2><p>U regelt dit online. Log in om het formulier te starten.</p>"
                    f'<p><a class="btn-login" href="{start}"><img src="/img/digid.svg" alt=""> {lbl}</a></p>{extra}')
        put(url, self.page(title, main))
        self.pages.append((url, title))
        return url

    def mijn_url(self):
        return self.u("/mijn")

    def finish(self):
        put(self.u("/img/digid.svg"), DIGID_LOGO_SVG)
        start = self.u("/mijn/inloggen")
        login_start(start, "digid", self.broker)
        put(self.u("/mijn"), self.page("Mijn omgeving", f"<h1>Mijn {esc(self.name)}</h1><p>Bekijk uw aanslagen, "
            f"betalingen en meldingen.</p><p><a href=\"{start}\">Inloggen met DigiD</a></p>"))
        items = "".join(f'<li><a href="{u}">{esc(t)}</a></li>' for u, t in sorted(self.pages))
        put(self.u("/"), self.page(self.name, f"<h1>{esc(self.name)}</h1><p>{esc(self.intro)}</p><ul>{items}</ul>"))
        put(self.u("/privacy"), self.page("Privacyverklaring", "<h1>Privacyverklaring</h1><p>Wij gaan zorgvuldig om met uw gegevens.</p>"))
        put(self.u("/robots.txt"), "User-agent: *\nDisallow: /mijn\n")


TAX_ROUTES = {
    "belastingkwijtschelding": ("digid", "/kwijtschelding", "Kwijtschelding aanvragen"),
    "woz-bezwaar": ("digid", "/woz/bezwaar-maken", "Bezwaar maken tegen de WOZ-waarde"),
    "belastingaanslag-bezwaar": ("digid", "/bezwaar-aanslag", "Bezwaar maken tegen uw aanslag"),
    "betalingsregeling": ("digid", "/betalen/betalingsregeling", "Betalingsregeling aanvragen"),
    "hondenbelasting": ("digid", "/hondenbelasting", "Hond aan- of afmelden"),
}

BODIES: dict[str, Body] = {
    "cocensus": Body("cocensus", "www.cocensus.test", "Cocensus", "tax", TAX_ROUTES, ["Heemstede"],
                     intro="Cocensus heft en int de gemeentelijke belastingen en stelt de WOZ-waarden vast."),
    "bsge": Body("bsge", "www.bsgeemland.test", "Belastingsamenwerking Gemeenten Eemland (BSGE)", "tax", TAX_ROUTES,
                 ["Soest"], broker="connect", intro="De BSGE voert de belastingtaken uit voor de aangesloten gemeenten."),
    "bwb": Body("bwb", "www.bwbrabant.test", "Belastingsamenwerking West-Brabant (BWB)", "tax", TAX_ROUTES, ["Moerdijk"],
                intro="BWB heft en int de lokale belastingen en voert de Wet WOZ uit."),
    "bkz": Body("bkz", "www.belastingkantoorzeeland.test", "Belastingkantoor Zeeland", "tax", TAX_ROUTES,
                ["Schouwen-Duiveland"], intro="Het Belastingkantoor Zeeland regelt de gemeentelijke en waterschapsbelastingen."),
    "amsb": Body("amsb", "belastingzaken.amstelveen.test", "Belastingzaken Amstelveen-Aalsmeer", "tax", TAX_ROUTES,
                 ["Aalsmeer", "Amstelveen"], intro="De gemeente Amstelveen voert de belastingen uit voor Aalsmeer en Amstelveen."),
    "iasz": Body("iasz", "www.iasz.test", "IASZ (Intergemeentelijke Afdeling Sociale Zaken)", "isd", {
        "bijstand": ("digid", "/inkomen/bijstand-aanvragen", "Bijstandsuitkering aanvragen"),
        "bijzondere-bijstand": ("digid", "/inkomen/bijzondere-bijstand", "Bijzondere bijstand aanvragen"),
    }, ["Heemstede", "Bloemendaal"], intro="De IASZ voert de Participatiewet uit voor Heemstede en Bloemendaal."),
    "wil": Body("wil", "www.wil-lekstroom.test", "Werk en Inkomen Lekstroom", "isd", {
        "bijstand": ("digid", "/uitkering/aanvragen", "Uitkering aanvragen"),
        "bijzondere-bijstand": ("digid", "/bijzondere-bijstand", "Bijzondere bijstand aanvragen"),
    }, ["Nieuwegein", "Houten", "IJsselstein", "Lopik", "Vijfheerenlanden"],
        intro="Werk en Inkomen Lekstroom helpt inwoners aan werk en inkomen."),
    "werk": Body("werk", "www.werk.test", "werk.nl (UWV)", "national", {
        "bijstand": ("digid", "/werkzoekenden/bijstand-aanvragen", "Bijstandsuitkering aanvragen via werk.nl"),
    }, ["alle gemeenten"], intro="werk.nl is de website van UWV voor werkzoekenden."),
    "hvc": Body("hvc", "www.hvcgroep.test", "HVC", "waste", {
        "grofvuil": (None, "/grofvuil-aanmelden", "Grofvuil aanmelden"),
        "afvalcontainer": (None, "/containers/aanvragen-of-omruilen", "Container aanvragen, omruilen of laten repareren"),
    }, ["Velsen", "Edam-Volendam"], intro="HVC zamelt het huishoudelijk afval in."),
    "meerlanden": Body("meerlanden", "www.meerlanden.test", "Meerlanden", "waste", {
        "grofvuil": (None, "/particulier/grofvuil/afspraak", "Afspraak grofvuil ophalen"),
        "afvalcontainer": (None, "/particulier/containers/wijzigen", "Container aanvragen of wijzigen"),
    }, ["Heemstede", "Aalsmeer"], intro="Meerlanden haalt uw afval op."),
    "zrd": Body("zrd", "www.zrd.test", "ZRD (Zeeuwse Reinigingsdienst)", "waste", {
        "grofvuil": (None, "/grofvuil", "Grofvuil laten ophalen"),
        "afvalcontainer": (None, "/minicontainers/aanvragen", "Minicontainer aanvragen of wijzigen"),
    }, ["Schouwen-Duiveland"], intro="De ZRD zamelt afval in op Schouwen-Duiveland."),
    "park_ev": Body("park_ev", "edam-volendam.parkeerservice.test", "Parkeerservice Edam-Volendam", "parking", {
        "parkeervergunning": ("digid", "/vergunningen/aanvragen", "Parkeervergunning aanvragen"),
    }, ["Edam-Volendam"], intro="Digitaal parkeerloket voor vergunningen en bezoekersparkeren."),
    "park_sd": Body("park_sd", "schouwen-duiveland.parkeerloket.test", "P-Loket Schouwen-Duiveland", "parking", {
        "parkeervergunning": ("digid", "/aanvragen/bewonersvergunning", "Bewonersvergunning aanvragen"),
    }, ["Schouwen-Duiveland"], broker="connect", intro="Het P-Loket regelt parkeervergunningen voor Zierikzee."),
    "park_ve": Body("park_ve", "velsen.parkeerservice.test", "Parkeerservice Velsen", "parking", {
        "parkeervergunning": ("digid", "/vergunning/aanvragen", "Parkeervergunning aanvragen"),
    }, ["Velsen"], intro="Digitaal parkeerloket Velsen."),
    "fixi": Body("fixi", "www.fixi.test", "Fixi", "mor", {
        "melding-openbare-ruimte": (None, "/meldingen/nieuw/edam-volendam", "Melding maken in Edam-Volendam"),
    }, ["Edam-Volendam"], intro="Fixi: meldingen openbare ruimte."),
    "buitenbeter": Body("buitenbeter", "www.buitenbeter.test", "BuitenBeter", "mor", {
        "melding-openbare-ruimte": (None, "/melden/moerdijk", "Melding doen in gemeente Moerdijk"),
    }, ["Moerdijk"], intro="Met BuitenBeter meldt u problemen in de buitenruimte."),
    "llv": Body("llv", "nieuwegein.leerlingenvervoerloket.test", "Leerlingenvervoerloket", "llv", {
        "leerlingenvervoer": ("digid", "/aanvraag", "Leerlingenvervoer aanvragen"),
    }, ["Nieuwegein"], intro="Het leerlingenvervoerloket behandelt aanvragen leerlingenvervoer."),
}


# ---------------------------------------------------------------------------
# form platforms
# ---------------------------------------------------------------------------

EXTRA_FIELDS = {
    "parkeervergunning": [("kenteken", "Kenteken", "text")],
    "gehandicaptenparkeerplaats": [("kenteken", "Kenteken", "text"), ("gpk", "Nummer gehandicaptenparkeerkaart", "text")],
    "grofvuil": [("spullen", "Welke spullen biedt u aan?", "textarea")],
    "afvalcontainer": [("soort", "Soort container", "select:Restafval|GFT|Papier|PMD")],
    "melding-openbare-ruimte": [("categorie", "Waar gaat uw melding over?", "select:Straatverlichting|Bestrating|Groen|Zwerfafval|Riolering"),
                                ("locatie", "Locatie", "text"), ("foto", "Foto (optioneel)", "file")],
    "woo-verzoek": [("onderwerp", "Over welk onderwerp wilt u informatie?", "textarea"), ("periode", "Periode", "text")],
    "klacht": [("datum", "Datum van het voorval", "date"), ("klacht", "Omschrijf uw klacht", "textarea")],
    "bezwaar": [("besluit", "Kenmerk en datum van het besluit", "text"), ("gronden", "Waarom bent u het niet eens met het besluit?", "textarea")],
    "bouwdossier-inzage": [("adres_pand", "Adres van het pand", "text"), ("stukken", "Welke stukken wilt u inzien?", "textarea")],
    "wmo-voorziening": [("hulpvraag", "Waarmee heeft u hulp nodig?", "textarea")],
    "collectevergunning": [("instelling", "Naam van de instelling", "text"), ("periode", "Periode van de collecte", "text")],
    "standplaatsvergunning": [("product", "Wat gaat u verkopen?", "text"), ("dag", "Gewenste dag", "text")],
    "geluidsontheffing": [("datum", "Datum en tijden", "text"), ("bron", "Geluidsbron", "text")],
    "terrasvergunning": [("zaak", "Naam horecazaak", "text"), ("m2", "Oppervlakte terras (m2)", "text")],
    "uitwegvergunning": [("tekening", "Situatietekening", "file")],
    "betalingsregeling": [("aanslag", "Aanslagnummer", "text"), ("termijnen", "Aantal termijnen", "text")],
    "evenementenvergunning": [("evenement", "Naam evenement", "text"), ("datum", "Datum", "date"), ("bezoekers", "Verwacht aantal bezoekers", "text")],
    "geboorteaangifte": [("kind", "Voornamen van het kind", "text"), ("geboortedatum", "Geboortedatum", "date")],
    "huwelijksaangifte": [("datum", "Gewenste datum", "date"), ("partner", "Gegevens partner", "textarea")],
}


def form_short(pk: str) -> str:
    f = P[pk]["form"]
    for pre in ("Aanvraag ", "Aanvragen "):
        if f.startswith(pre):
            return f[len(pre):]
    return f


def field_html(pk: str, style: str = "plain") -> str:
    base = [("naam", "Naam", "text"), ("adres", "Adres", "text"), ("postcode", "Postcode", "text"),
            ("email", "E-mailadres", "email"), ("telefoon", "Telefoonnummer", "tel")]
    rows = base + EXTRA_FIELDS.get(pk, [("toelichting", "Toelichting", "textarea")])
    out = []
    for i, (n, lbl, typ) in enumerate(rows):
        req = ' <span class="gfield_required">*</span>' if (style == "gravity" and i < 4) else (" *" if i < 4 else "")
        if typ == "textarea":
            ctrl = f'<textarea id="f_{n}" name="{n}" rows="5"></textarea>'
        elif typ.startswith("select:"):
            opts = "".join(f"<option>{esc(o)}</option>" for o in typ[7:].split("|"))
            ctrl = f'<select id="f_{n}" name="{n}">{opts}</select>'
        else:
            ctrl = f'<input id="f_{n}" name="{n}" type="{typ}">'
        if style == "table":
            out.append(f'<tr><td><label for="f_{n}">{esc(lbl)}{req}</label></td><td>{ctrl}</td></tr>')
        else:
            out.append(f'<div class="field"><label for="f_{n}">{esc(lbl)}{req}</label>{ctrl}</div>')
    return "\n".join(out)


class Platform:
    """An e-form platform of one municipality."""

    def __init__(self, site, host, skin, path_tmpl, login_tmpl, broker="makelaar", nr_base=100000):
        self.site, self.host, self.skin = site, host, skin
        self.path_tmpl, self.login_tmpl = path_tmpl, login_tmpl
        self.broker = broker
        self.nr_base = nr_base
        self.forms: list[tuple[str, str, str, str]] = []  # (pk, name, url, auth)
        self.made: dict = {}

    def u(self, path):
        return f"http://{self.host}{path}"

    def ids(self, pk, variant=""):
        name = P[pk]["form"] if not variant else variant
        slug = slugify(name)
        camel = "".join(w[:1].upper() + w[1:] for w in slug.split("-"))
        nr = self.nr_base + (int(hashlib.sha1((pk + variant).encode()).hexdigest()[:6], 16) % 90000)
        return name, slug, camel, nr

    def make(self, pk, auth, js=False, prefill=False, img_only=False, variant="", list_it=True):
        """Create the form (or login gate) page; returns (form_url, login_url or '')."""
        key = (pk, auth, variant)
        if key in self.made:
            return self.made[key]
        name, slug, camel, nr = self.ids(pk, variant)
        path = self.path_tmpl.format(slug=slug, Name=camel, nr=nr)
        url = self.u(path)
        logins = {}
        if auth:
            methods = ["digid", "eherkenning"] if auth == "digid_eh" else (["eherkenning"] if auth == "eh" else ["digid"])
            for m in methods:
                lu = self.u(self.login_tmpl.format(slug=slug, Name=camel, nr=nr, method=m))
                login_start(lu, "digid" if m == "digid" else "eh", self.broker)
                logins[m] = lu
        put(url, self.render(pk, name, url, auth, logins, js, prefill, img_only, nr))
        first_login = logins.get("digid") or logins.get("eherkenning") or ""
        self.made[key] = (url, first_login)
        if list_it:
            self.forms.append((pk, name, url, auth or ""))
        return self.made[key]

    # -- rendering -----------------------------------------------------
    def login_buttons(self, logins, img_only, style="btn"):
        out = []
        for m, lu in logins.items():
            if m == "digid":
                if img_only:
                    out.append(f'<a class="login-digid" href="{lu}"><img src="/static/img/digid.svg" alt="Inloggen met DigiD" width="46" height="46"></a>')
                else:
                    out.append(f'<a class="{style} btn-digid" href="{lu}"><img src="/static/img/digid.svg" alt="" width="32"> Inloggen met DigiD</a>')
            else:
                out.append(f'<a class="{style} btn-eherkenning" href="{lu}"><img src="/static/img/eherkenning.svg" alt="" width="80"> Inloggen met eHerkenning</a>')
        return " ".join(out)

    def render(self, pk, name, url, auth, logins, js, prefill, img_only, nr):
        s = self.site
        org = s.name
        prefill_txt = ("Na het inloggen halen we uw gegevens op uit de Basisregistratie Personen (BRP). "
                       "Uw naam en adres zijn al ingevuld.") if prefill else ""
        if auth:
            who = {"digid": "met DigiD", "eh": "met eHerkenning", "digid_eh": "met DigiD (inwoners) of eHerkenning (bedrijven)"}[auth]
            gate_txt = f"Om dit formulier in te vullen logt u in {who}."
            body_static = (f"<p>{gate_txt}</p>" + (f"<p>{prefill_txt}</p>" if prefill else "") +
                           f'<div class="login-options">{self.login_buttons(logins, img_only)}</div>'
                           '<p class="timeout">Let op: na 15 minuten zonder activiteit wordt u automatisch uitgelogd.</p>')
        else:
            body_static = None
        sk = self.skin
        if js:
            # Open Formulieren style: the page holds an empty root; the script builds form or login
            if auth:
                parts = []
                for m, lu in logins.items():
                    lbl = "Inloggen met DigiD" if m == "digid" else "Inloggen met eHerkenning"
                    parts.append(f'    b = document.createElement("a"); b.className = "utrecht-button utrecht-button--primary-action";\n'
                                 f'    b.href = "{lu}"; b.textContent = "{lbl}"; root.appendChild(b);\n')
                inner = ("    var p = document.createElement('p'); p.textContent = " + json.dumps(
                    f"U moet inloggen om dit formulier te starten. {prefill_txt}".strip()) + "; root.appendChild(p);\n    var b;\n" + "".join(parts))
            else:
                flds = field_html(pk).replace("\n", "")
                inner = ("    var f = document.createElement('form'); f.method = 'post'; f.action = " + json.dumps(url.rstrip('/') + '/verzenden') + ";\n"
                         "    f.innerHTML = " + json.dumps(flds + '<p>Velden met een * zijn verplicht.</p><button type="submit" class="utrecht-button">Versturen</button>') + ";\n"
                         "    root.appendChild(f);\n")
            body = (f'<header class="of-header"><img src="/static/img/logo.svg" alt="{esc(org)}"></header>'
                    f'<main><h1 class="utrecht-heading-1">{esc(name)}</h1>'
                    f'<div class="open-forms-sdk-root" id="openforms-container" data-sdk-module="/static/sdk/open-forms-sdk.mjs" '
                    f'data-form-id="{nr:x}-{slugify(name)}" data-base-url="http://{self.host}/api/v2/" data-base-path="/{slugify(name)}/"></div>'
                    f'<noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript></main>'
                    '<script type="module" src="/static/sdk/open-forms-sdk.mjs"></script>\n'
                    "<script>\ndocument.addEventListener('DOMContentLoaded', function () {\n"
                    "    var root = document.getElementById('openforms-container');\n"
                    + inner + "});\n</script>")
            return doc(f"{name} | {org}", body, html_cls="openforms-theme utrecht-document")
        if body_static is None:
            if sk == "gravity":
                body_static = (f'<div class="gform_wrapper"><form id="gform_{nr % 97}" method="post" action="{url}">'
                               '<div class="gform_description">&quot;*&quot; geeft vereiste velden aan</div>'
                               f'{field_html(pk, "gravity")}<input type="submit" class="gform_button" value="Verzenden"></form></div>')
            elif sk == "iform":
                body_static = (f'<form name="formEgem" method="post" action="/pls/iform/formEgemFormVerwerk">'
                               f'<input type="hidden" name="F_FORMNR" value="{nr}"><table class="iform">{field_html(pk, "table")}</table>'
                               '<p>Velden met een * zijn verplicht</p><input type="submit" value="Volgende &gt;"></form>')
            elif sk == "triple":
                body_static = (f'<form method="post" action="{url}" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY{nr}">'
                               f'<p class="stap">Stap 1 van 4: Uw gegevens</p>{field_html(pk)}'
                               '<input type="submit" name="ctl00$Volgende" value="Volgende"></form>')
            else:
                body_static = (f'<form method="post" action="{url.split("?")[0].rstrip("/")}/verzenden">'
                               f'<p class="voortgang">Voortgang: 0%</p>{field_html(pk)}'
                               '<p>Verplichte velden zijn met een * gemarkeerd.</p><button type="submit">Versturen</button></form>')
        brand = {"gravity": "", "iform": '<p class="powered">iForm</p>', "triple": '<p class="powered">TriplEforms</p>',
                 "formdesk": '<p class="powered">Powered by Formdesk</p>', "esuite": '<p class="powered">e-Suite</p>'}.get(sk, "")
        if sk == "triple" and auth:
            body_static = '<p class="stap">Stap 1 van 5: Inloggen</p>' + body_static
        body = (f'<header class="frm-header"><a href="{s.home_url()}"><img src="/static/img/logo.svg" alt="Logo {esc(org)}"></a></header>'
                f'<main class="frm-{sk}"><h1>{esc(name)}</h1>{body_static}</main><footer>{brand}'
                f'<a href="{s.home_url()}">Naar de website van {esc(org)}</a></footer>')
        return doc(f"{name} - {org}", body)

    def finish(self):
        put(self.u("/static/img/digid.svg"), DIGID_LOGO_SVG)
        put(self.u("/static/img/eherkenning.svg"), EH_LOGO_SVG)
        put(self.u("/static/img/logo.svg"), f'<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40"><text x="0" y="25">{esc(self.site.name)}</text></svg>\n')
        if self.skin == "openforms":
            put(self.u("/static/sdk/open-forms-sdk.mjs"), "/* Open Forms SDK (stub) */\nexport default {};\n")
        if not has(self.u("/")):
            put(self.u("/"), doc(f"Formulieren {self.site.name}", f'<main><h1>E-formulieren {esc(self.site.name)}</h1>'
                f'<p>Start een formulier vanaf de website <a href="{self.site.home_url()}">{esc(self.site.host)}</a>.</p></main>'))
        put(self.u("/robots.txt"), "User-agent: *\nAllow: /\n")


# ---------------------------------------------------------------------------
# rows (labels) and sites
# ---------------------------------------------------------------------------

AUTH_KINDS = {  # kind -> (auth, js, prefill, img_only, direct_login)
    "d": ("digid", False, False, False, False), "dj": ("digid", True, False, False, False),
    "dl": ("digid", False, False, False, True), "di": ("digid", False, False, True, True),
    "dp": ("digid", False, True, False, False), "dpj": ("digid", True, True, False, False),
    "e": ("eh", False, False, False, False), "de": ("digid_eh", False, False, False, False),
    "dej": ("digid_eh", True, False, False, False),
    "f": (None, False, False, False, False), "fj": (None, True, False, False, False),
}


class Row:
    def __init__(self, site, pk, spec):
        self.site, self.pk, self.spec = site, pk, spec
        toks = spec.split()
        self.kind = toks[0]
        self.cta = ""
        self.traps: list[str] = []
        self.tvar = 0
        self.shares: str = ""
        for t in toks[1:]:
            if t.startswith("@"):
                self.cta = t[1:]
            elif t.startswith("+"):
                self.traps.append(t[1:])
            elif t.startswith("t:"):
                self.tvar = int(t[2:])
            elif t.startswith("sh:"):
                self.shares = t[3:]
            else:
                raise ValueError(f"bad token {t} in {site.code} {pk}")
        self.status = "ok"
        self.level = None
        self.product_url = ""
        self.route_url = ""
        self.cta_url = ""
        self.via = ""
        self.prefill = False
        self.route_desc = ""
        self.title = ""
        self.trap_notes: list[str] = []
        self.extra_note = ""
        self.auth = None

    def label(self):
        strict = ""
        if self.status == "ok":
            strict = self.level if self.level != 100 else (100 if self.prefill else 67)
        cta = {"btn": "; the call to action is a <button onclick>", "get": "; the call to action is a GET form with a submit button",
               "iframe": "; the form is embedded in an iframe on the product page",
               "js": "; the call-to-action link is written by JavaScript",
               "ov": f"; the page links to the '{self.site.overview_title}' overview page, which lists this form among many others",
               }.get(getattr(self, "cta_eff", ""), "")
        notes = (self.site.struct + "; " + self.route_desc + cta + ".") if self.status == "ok" else self.route_desc
        if self.extra_note:
            notes += " " + self.extra_note
        tn = []
        for x in self.trap_notes:
            if x not in tn:
                tn.append(x)
        if tn:
            notes += " Trap: " + "; ".join(tn) + "."
        return {"org_code": self.site.code, "product_key": self.pk, "level": "" if self.level is None else self.level,
                "status": self.status, "product_url": self.product_url, "route_url": self.route_url,
                "level_strict": strict, "via": self.via, "notes": notes.strip()}


NO_TEXT: dict[tuple[str, str], tuple[str, str]] = {}
SHARED_TITLES = {
    ("paspoort", "identiteitskaart"): "Paspoort en identiteitskaart",
    ("gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats"): "Gehandicaptenparkeerkaart en -parkeerplaats",
    ("exploitatievergunning-horeca", "alcoholvergunning"): "Horecavergunningen: exploitatie- en alcoholvergunning",
    ("woz-bezwaar", "belastingaanslag-bezwaar"): "Bezwaar maken tegen WOZ-waarde of aanslag",
    ("belastingkwijtschelding", "betalingsregeling"): "Kan ik mijn aanslag niet betalen?",
}
SHARED_FORMS = {
    ("gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats"): "Aanvraag gehandicaptenparkeerkaart en -parkeerplaats",
    ("exploitatievergunning-horeca", "alcoholvergunning"): "Aanvraag horecavergunningen (exploitatie- en alcoholvergunning)",
    ("woz-bezwaar", "belastingaanslag-bezwaar"): "Bezwaar WOZ-beschikking of belastingaanslag",
    ("belastingkwijtschelding", "betalingsregeling"): "Kwijtschelding of betalingsregeling aanvragen",
}
SIBS = {
    # key: (title, product text, kind, intro)
    "klein-evenement": ("Melding klein evenement", "evenementenvergunning", "f",
                        "Organiseert u een klein evenement, zoals een buurtbarbecue of straatfeest met minder dan 200 bezoekers? Dan is een melding genoeg."),
    "incidentele-ontheffing": ("Incidentele festiviteit melden", "geluidsontheffing", "f",
                               "Horecaondernemers melden een incidentele festiviteit met versterkte muziek minimaal 10 dagen van tevoren."),
    "tijdelijke-ontheffing": ("Tijdelijke ontheffing alcoholverbod (para-commercieel)", "alcoholvergunning", "de",
                              "Wilt u tijdens een evenement tijdelijk zwak-alcoholhoudende drank schenken? Vraag een ontheffing artikel 35 Alcoholwet aan."),
    "bezoekersvergunning": ("Bezoekersparkeren", "parkeervergunning", "d",
                            "Krijgt u bezoek? Met bezoekersparkeren parkeert uw bezoek voordelig in de vergunningzone."),
    "mantelzorg": ("Mantelzorgwaardering aanvragen", "wmo-voorziening", "d",
                   "Zorgt u voor een naaste? Als dank voor uw inzet kunt u één keer per jaar de mantelzorgwaardering aanvragen."),
    "venten": ("Ventvergunning", "standplaatsvergunning", "f",
               "Wilt u huis-aan-huis of op straat rondgaan om spullen te verkopen (venten)? Daarvoor geldt een aparte melding."),
    "kapmelding": ("Boom kappen in de gemeentelijke groenstrook melden", "kapvergunning", "f",
                   "Staat er een gemeentelijke boom voor uw huis die overlast geeft? Meld het ons."),
}
AUDS = {
    # same title, other audience (businesses), with a higher route
    "afvalcontainer": ("Afvalcontainer", "e", "Bedrijven met een bedrijfsafvalcontract van de gemeente vragen een extra container aan met eHerkenning."),
    "parkeervergunning": ("Parkeervergunning", "e", "Ondernemers in het vergunninggebied vragen een bedrijfsvergunning aan met eHerkenning."),
        "grofvuil": ("Grofvuil", "e", "Bedrijven kunnen grofvuil laten ophalen tegen betaling; meld u aan met eHerkenning."),
}

NEWS_DIGID = ("Inloggen met DigiD: vanaf 1 maart de DigiD app met ID-check",
              "Vanaf 1 maart logt u voor een aantal diensten van de gemeente in met de DigiD app met ID-check. "
              "Heeft u de app nog niet? Download hem in de app-store. Lukt het niet? Kom dan naar het DigiD-uitgiftepunt in het gemeentehuis.")


class Site:
    code = name = short = host = ""
    website = ""
    phone = "14 0000"
    struct = ""
    sitewide: list[str] = []
    plan = ""
    bodies: dict[str, str] = {}
    appt_vendor = "JCC"
    appt_mijn = False
    soft404 = False
    sitemap = False
    search = None  # (path, param)
    lang_pages: list[str] = []
    cta_default = "a"
    no_text: dict = {}
    inhabitants = ""
    platform_desc = "the municipality's form host"
    labels = {
        "digid": ["{form} (DigiD)", "Direct regelen met DigiD", "Online aanvragen met DigiD"],
        "eh": ["{form} (met eHerkenning)", "Online aanvragen met eHerkenning"],
        "digid_eh": ["Online aanvragen", "Direct regelen"],
        "anon": ["Naar het formulier", "Online formulier invullen", "{form}"],
        "pdf": ["Aanvraagformulier {short} (pdf, {kb} kB)", "{form} (PDF, {kb} KB)", "Formulier {short} (pdf)"],
        "word": ["Aanvraagformulier {short} (Word, {kb} kB)"],
    }
    route_txt = {
        "digid": ["U regelt dit online. U logt in met DigiD.", "Vraag het online aan met DigiD."],
        "eh": ["U vraagt de vergunning online aan. U logt in met eHerkenning.",
               "Ondernemers dienen de aanvraag online in met eHerkenning."],
        "digid_eh": ["Vraag online aan. Inwoners loggen in met DigiD, organisaties en bedrijven met eHerkenning."],
        "anon": ["Vul het online formulier in. U hoeft hiervoor niet in te loggen.",
                 "Doe het online met het formulier. Inloggen is niet nodig."],
        "pdf": ["Download het aanvraagformulier. Vul het in, onderteken het en stuur het met de bijlagen naar de gemeente. U kunt het ook afgeven bij de balie."],
        "word": ["Download het formulier (Word), vul het in en stuur het ondertekend op."],
        "pm": ["Download het formulier, vul het op uw computer in en mail het met de bijlagen naar {email}."],
    }

    def __init__(self):
        self.rows: dict[str, Row] = {}
        self.order: list[str] = []
        self.pages: list[tuple[str, str, str]] = []  # url, title, text (for sitemap/search)
        self.platform = self.make_platform()
        self.news: list[tuple[str, str, str]] = []
        self.extra_pages: list[tuple[str, str]] = []
        self.email = f"info@{self.host.replace('www.', '')}"
        self.appt_url = ""
        self.doc_n = 0
        for pk, tv in sorted(self.no_text.items()):
            NO_TEXT[(self.code, pk)] = tv

    # -- URL scheme hooks ------------------------------------------------
    def u(self, path):
        return f"http://{self.host}{path}"

    def home_url(self):
        return self.u("/")

    def product_path(self, pk, title, aud="burger"):
        return "/" + slugify(title)

    def product_url_for(self, pk, title, aud="burger"):
        return self.u(self.product_path(pk, title, aud))

    def section_url(self, sec):
        return self.u("/onderwerpen/" + slugify(sec))

    def write_home_generic(self, url, title, intro=""):
        L = lambda to: self.L(url, to)
        tt = "".join(f'<li><a href="{L(u)}">{esc(t)}</a></li>' for u, t in self.top_tasks())
        secs = "".join(f'<li><a href="{L(self.section_url(s))}">{esc(s)}</a></li>' for s in self.sec_list)
        nws = "".join(f'<li><a href="{L(u)}">{esc(t)}</a></li>' for u, t, _ in self.news)
        main = (f"{intro}<section class='toptaken'><h2>Snel naar</h2><ul>{tt}</ul></section>"
                f"<section><h2>Onderwerpen</h2><ul>{secs}</ul></section><section><h2>Nieuws</h2><ul>{nws}</ul></section>"
                f"<p><a href='{L(self.overview_url())}'>{esc(self.overview_title)}</a> | <a href='{L(self.az_url())}'>Producten A-Z</a> | "
                f"<a href='{L(self.contact_url())}'>Contact</a></p>")
        put(url, self.page(url, title, main))
        self.pages.append((url, title, title))

    def doc_url(self, fname):
        return self.u("/documenten/" + fname)

    def news_url(self, slug):
        return self.u("/nieuws/" + slug)

    def contact_url(self):
        return self.u("/contact")

    def overview_url(self):
        return self.u("/formulieren")

    def az_url(self):
        return self.u("/a-z")

    def mijn_url(self):
        return ""

    def L(self, frm, to):
        """href from page frm to absolute URL to."""
        if to.startswith("mailto:") or to.startswith("#"):
            return to
        h1, _ = split_url(frm)
        h2, p2 = split_url(to)
        if h1 == h2:
            return p2
        return to

    def make_platform(self):
        raise NotImplementedError

    # -- texts -------------------------------------------------------------
    def title_of(self, row):
        ts = P[row.pk]["t"]
        t = ts[row.tvar % len(ts)]
        return t.replace("{gem}", self.short)

    def pick(self, key, opts):
        return pick(f"{self.code}|{key}", opts)

    # -- phase A: routes ------------------------------------------------
    def doc_pdf(self, fname, content):
        url = self.doc_url(fname)
        put(url, content)
        return url

    def appointment(self):
        if self.appt_url:
            return self.appt_url
        self.appt_url = self.make_appointment()
        return self.appt_url

    def make_appointment(self):
        host = f"afspraken.{self.host.replace('www.', '')}"
        url = f"http://{host}/"
        self.write_appointment(url, self.appt_vendor)
        return url

    def write_appointment(self, url, vendor):
        host, path = split_url(url)
        mijn = ""
        if self.appt_mijn:
            lu = f"http://{host}/mijn-afspraak/inloggen"
            login_start(lu, "digid")
            mijn = (f'<section class="mijn-afspraak"><h2>Mijn afspraak</h2><p>Wilt u uw afspraak bekijken, verzetten of annuleren? '
                    f'Log in met DigiD.</p><a class="btn" href="{lu}">Mijn afspraak (inloggen met DigiD)</a></section>')
        opts = "".join(f"<option>{esc(x)}</option>" for x in
                       ["Paspoort aanvragen", "Identiteitskaart aanvragen", "Rijbewijs aanvragen", "Paspoort/ID-kaart ophalen",
                        "Geboorteaangifte", "Melding voorgenomen huwelijk", "Uittreksel BRP", "Verklaring omtrent gedrag"])
        brand = {"JCC": "JCC G-Plan", "Qmatic": "Qmatic Web Booking", "Timeblockr": "TIMEBLOCKR"}[vendor]
        body = (f'<header><strong>{esc(self.name)}</strong> - Afspraak maken</header><main><h1>Afspraak maken</h1>'
                f'<p>Kies het product waarvoor u een afspraak wilt maken, en daarna een datum en tijd.</p>'
                f'<form method="post" action="{path}bevestigen" class="booking"><label>Product <select name="product">{opts}</select></label>'
                '<label>Aantal personen <input name="aantal" type="number" value="1"></label>'
                '<label>Datum <input name="datum" type="date"></label><label>Tijd <select name="tijd"><option>09:00</option><option>09:15</option></select></label>'
                '<label>Naam <input name="naam"></label><label>E-mailadres <input name="email"></label>'
                '<button type="submit">Afspraak bevestigen</button></form>'
                f'{mijn}</main><footer>{brand}</footer>')
        put(url, doc(f"Afspraak maken - {self.name}", body))
        put(f"http://{host}{path}bevestigen", doc("Afspraak bevestigd", "<main><h1>Uw afspraak is bevestigd</h1></main>"))
        put(f"http://{host}/robots.txt", "User-agent: *\nDisallow: /bevestigen\n")

    def compute_route(self, row):
        k, pk = row.kind, row.pk
        name = SHARED_FORMS.get((pk, row.shares), P[pk]["form"]) if row.shares else P[pk]["form"]
        row.form_name = name
        if k in AUTH_KINDS:
            auth, js, prefill, img, direct = AUTH_KINDS[k]
            form_url, login_url = self.platform.make(pk, auth, js=js, prefill=prefill, img_only=img,
                                                     variant=name if row.shares else "")
            row.auth = auth
            row.prefill = prefill
            row.level = 100 if auth else 67
            if direct:
                row.route_url = login_url
                row.cta_url = login_url
            else:
                row.route_url = form_url
                row.cta_url = form_url
            if row.cta == "ov":
                row.cta_url = self.overview_url() + "#" + slugify(name)
            where = self.platform_desc
            if auth:
                a = {"digid": "DigiD", "eh": "eHerkenning", "digid_eh": "DigiD and eHerkenning"}[auth]
                row.route_desc = f"online form behind {a} on {where}"
                if js:
                    row.route_desc += " (login button built by JavaScript)"
                if direct:
                    row.route_desc += ("; the call to action is the DigiD login start (only an image with alt text)"
                                       if img else "; the call to action links straight to the login start")
                if prefill:
                    row.route_desc += "; the form page states explicit pre-fill from the BRP"
            else:
                row.route_desc = f"anonymous online form on {where}" + (" (fields built by JavaScript)" if js else "")
        elif k in ("p", "w", "pm"):
            self.doc_n += 1
            short = name[len("Aanvraag "):] if name.startswith("Aanvraag ") else name
            fname = slugify("aanvraagformulier " + (short if row.shares else form_short(pk)))
            if k == "w":
                url = self.doc_pdf(fname + ".docx", docx_bytes(name, ["Aanvraagformulier " + self.name,
                                   "Naam:", "Adres:", "Postcode en woonplaats:", "Telefoon:", "E-mail:",
                                   "Toelichting:", "", "Datum en handtekening:"]))
                row.route_desc = "Word form to download, fill in and send"
            else:
                url = self.doc_pdf(fname + ".pdf", form_pdf(self.name, name))
                row.route_desc = ("fillable PDF form to e-mail (no online form)" if k == "pm"
                                  else "printable PDF form to send or hand in")
                if k == "pm":
                    row.trap_notes.append("mailto link for sending the PDF")
            row.route_url = url
            row.cta_url = url
            row.level = 33
        elif k == "i":
            row.level = 0
            row.route_desc = "information only (counter, phone or letter)"
        elif k == "a":
            row.level = 0
            row.cta_url = self.appointment()
            row.route_desc = f"information only; appointment at the counter ({self.appt_vendor} booking)"
            row.trap_notes.append(f"online appointment booking form ({self.appt_vendor}) is not a request form")
            if self.appt_mijn:
                row.trap_notes.append("the booking page has a 'Mijn afspraak' DigiD login")
        elif k == "m":
            row.level = 0
            row.cta_url = f"mailto:{pk.split('-')[0]}@{self.host.replace('www.', '')}"
            row.route_desc = "information only; request by e-mail (mailto link)"
            row.trap_notes.append("mailto link")
        elif k.startswith("v:"):
            role = k[2:]
            if role == "olo":
                row.route_url = f"http://{OLO}/aanvragen"
                row.level = 100
                row.prefill = True
                row.via = OLO
                row.route_desc = "the page sends the user to the Omgevingsloket (DigiD/eHerkenning login with pre-fill statement)"
            else:
                body = BODIES[self.bodies[role]]
                row.route_url = body.route(pk)
                row.level = body.level_of(pk)
                row.via = body.host
                row.route_desc = (f"the page sends the user to {body.name} "
                                  + ("(DigiD login)" if row.level == 100 else "(anonymous online form)"))
            row.cta_url = row.route_url
        else:
            raise ValueError(k)

    # -- CTA rendering ----------------------------------------------------
    def cta_category(self, row):
        k = row.kind
        if k in AUTH_KINDS:
            return {"digid": "digid", "eh": "eh", "digid_eh": "digid_eh", None: "anon"}[AUTH_KINDS[k][0]]
        return {"p": "pdf", "pm": "pdf", "w": "word"}.get(k, "")

    def cta_label(self, row):
        cat = self.cta_category(row)
        form = getattr(row, "form_name", P[row.pk]["form"])
        kb = 40 + int(hashlib.sha1((self.code + row.pk).encode()).hexdigest()[:4], 16) % 180
        lab = self.pick(row.pk + "lbl", self.labels[cat])
        short = form[len("Aanvraag "):] if form.startswith("Aanvraag ") else form
        return lab.format(form=form, kb=kb, title=row.title, short=short)

    def cta_html(self, frm, url, label, style, img_alt="Inloggen met DigiD"):
        href = self.L(frm, url)
        if style == "btn":
            return (f'<p><button type="button" class="button button--primary" '
                    f'onclick="location.href=\'{href}\'">{esc(label)}</button></p>')
        if style == "get":
            if "?" in url:
                base, q = url.split("?", 1)
                hidden = "".join(f'<input type="hidden" name="{esc(kv.split("=")[0])}" value="{esc(kv.split("=")[1])}">'
                                 for kv in q.split("&"))
            else:
                base, hidden = url, '<input type="hidden" name="bron" value="website">'
            return (f'<form class="cta-form" method="get" action="{self.L(frm, base)}">{hidden}'
                    f'<button type="submit">{esc(label)}</button></form>')
        if style == "iframe":
            return (f'<iframe class="e-formulier" src="{href}" title="{esc(label)}" width="100%" height="900" '
                    f'style="border:0"></iframe>')
        if style == "js":
            h = json.dumps(href)
            return (f'<div class="js-cta" data-cta="1"></div><script>(function(){{var u={h};'
                    f'var a=document.createElement("a");a.href=u;a.className="btn";a.textContent={json.dumps(label)};'
                    f'document.currentScript.previousElementSibling.appendChild(a);}})();</script>'
                    f'<noscript>Schakel JavaScript in om verder te gaan.</noscript>')
        if style == "img":
            return (f'<p class="digid-cta"><a href="{href}"><img src="{self.L(frm, self.u("/img/digid.svg"))}" '
                    f'alt="{esc(img_alt)}" width="46" height="46"></a> {esc(label)}</p>')
        return f'<p><a class="cta" href="{href}">{esc(label)}</a></p>'

    def route_html(self, row, frm):
        k = row.kind
        t = P[row.pk]
        if k in AUTH_KINDS or k in ("p", "w", "pm"):
            cat = self.cta_category(row)
            key = "pm" if k == "pm" else cat
            txt = self.pick(row.pk + "rt", self.route_txt[key]).format(email=self.email)
            style = row.cta or self.cta_default
            label = self.cta_label(row)
            if k == "di":
                style = "img"
                label = row.form_name
            row.cta_eff = "ov" if row.cta == "ov" else style
            if row.cta == "ov":
                return (f"<p>{esc(txt)}</p><p>U vindt het formulier in ons digitaal loket, onder "
                        f"&lsquo;{esc(row.form_name)}&rsquo;.</p>" +
                        self.cta_html(frm, row.cta_url, "Naar het digitaal loket", "a"))
            extra = ""
            if k == "pm":
                extra = f'<p>Mail het ingevulde formulier naar <a href="mailto:{self.email}">{self.email}</a>.</p>'
            return f"<p>{esc(txt)}</p>" + self.cta_html(frm, row.cta_url, label, style) + extra
        if k == "i":
            return f"<p>{esc(t['zero'])}</p><p>Bel {esc(self.phone)} of kom langs bij de publieksbalie.</p>"
        if k == "a":
            return (f"<p>{esc(t['zero'])}</p>" +
                    self.cta_html(frm, row.cta_url, "Maak een afspraak", row.cta if row.cta in ("btn", "a") else "a"))
        if k == "m":
            addr = row.cta_url[7:]
            return (f"<p>U kunt uw aanvraag of verzoek per e-mail indienen. Vermeld uw naam, adres en telefoonnummer.</p>"
                    f'<p>E-mail: <a href="{row.cta_url}">{esc(addr)}</a></p><p>Of stuur een brief naar de gemeente.</p>')
        if k.startswith("v:"):
            role = k[2:]
            if role == "olo":
                txt = ("Een omgevingsvergunning vraagt u aan via het Omgevingsloket. Doe eerst de vergunningcheck. "
                       "U logt in met DigiD of eHerkenning.")
                label = self.pick(row.pk + "olo", ["Naar het Omgevingsloket", "Aanvragen in het Omgevingsloket",
                                                    "Vergunning aanvragen via het Omgevingsloket (externe link)"])
            else:
                body = BODIES[self.bodies[role]]
                txt = (f"{body.name} regelt dit voor de gemeente {self.short}. "
                       f"U regelt het op de website van {body.name.split(' (')[0]}.")
                label = self.pick(row.pk + "via", [f"{body.routes[row.pk][2]} bij {body.name.split(' (')[0]}",
                                                    f"Ga naar {body.name.split(' (')[0]} (externe link)",
                                                    f"{body.routes[row.pk][2]} (Verwijst naar een externe website)"])
            style = row.cta if row.cta in ("btn", "a", "js") else "a"
            row.cta_eff = style
            return f"<p>{esc(txt)}</p>" + self.cta_html(frm, row.cta_url, label, style)
        raise ValueError(k)

    # -- traps --------------------------------------------------------------
    def other_digid_links(self, row, n=5):
        pref = ["verhuismelding", "brp-uittreksel", "woz-bezwaar", "belastingkwijtschelding", "parkeervergunning",
                "hondenbelasting", "bijzondere-bijstand", "huwelijksaangifte", "geboorteaangifte", "grofvuil",
                "melding-openbare-ruimte", "bezwaar"]
        out = []
        skip = {row.pk, row.shares}
        for pk in pref:
            r = self.rows.get(pk)
            if not r or pk in skip or r.status != "ok" or r.shares == row.pk or not r.route_url:
                continue
            if r.level not in (100, 67) or r.route_url.startswith("mailto"):
                continue
            ttl = P[pk]["form"]
            lbl = f"{ttl} (DigiD)" if r.level == 100 else ttl
            out.append((r.route_url, lbl))
            if len(out) >= n:
                break
        return out

    def trap(self, code, row, frm):
        """-> (region, html, note)"""
        L = lambda to: self.L(frm, to)
        if code in ("direct", "veelgevraagd", "populair"):
            links = self.other_digid_links(row)
            head = {"direct": "Direct regelen", "veelgevraagd": "Veelgevraagd", "populair": "Populaire onderwerpen"}[code]
            items = "".join(f'<li><a href="{L(u)}">{esc(t)}</a></li>' for u, t in links)
            return ("aside", f'<section class="direct-regelen"><h2>{head}</h2><ul>{items}</ul></section>',
                    f"'{head}' box with DigiD links for other products ("
                    + ", ".join(t for _, t in links[:3]) + ")")
        if code == "feedback":
            return ("after", '<form class="feedback" method="post" action="/feedback"><fieldset><legend>Was deze informatie nuttig?</legend>'
                    '<label><input type="radio" name="nuttig" value="ja"> Ja</label><label><input type="radio" name="nuttig" value="nee"> Nee</label>'
                    '</fieldset><label>Wat kunnen we verbeteren? <textarea name="opmerking"></textarea></label>'
                    '<button type="submit">Verstuur</button></form>', "'Was deze informatie nuttig?' feedback form")
        if code == "contact":
            return ("after", f'<section class="stel-uw-vraag"><h2>Stel uw vraag</h2><form method="post" action="{L(self.contact_url())}">'
                    '<label>Naam <input name="naam"></label><label>E-mailadres <input name="email" type="email"></label>'
                    '<label>Uw vraag <textarea name="vraag"></textarea></label><button type="submit">Verstuur uw vraag</button></form></section>',
                    "general 'Stel uw vraag' contact form on the page")
        if code == "alleform":
            return ("aside", f'<section><h2>Formulieren</h2><p><a href="{L(self.overview_url())}">Bekijk alle formulieren</a> '
                    f'(veel formulieren met DigiD)</p></section>', "link to the 'Alle formulieren' overview that lists DigiD forms of other products")
        if code == "news":
            nu = self.news_url(slugify(NEWS_DIGID[0])[:60])
            return ("aside", f'<section class="nieuws"><h2>Nieuws</h2><ul><li><a href="{L(nu)}">{esc(NEWS_DIGID[0])}</a></li></ul></section>',
                    "link to a news article about DigiD")
        if code == "tariff":
            u = self.doc_url("tarieventabel-leges-2025.pdf")
            if not has(u):
                put(u, info_pdf(self.name, "Tarieventabel behorende bij de Legesverordening 2025",
                                ["Titel 1 Algemene dienstverlening", "1.1 Uittreksel BRP: EUR 15,30",
                                 "1.2 Paspoort 18 jaar en ouder: EUR 84,95", "1.3 Identiteitskaart: EUR 77,85",
                                 "Titel 2 Fysieke leefomgeving", "2.1 Omgevingsvergunning: 3,1% van de bouwkosten",
                                 "Titel 3 Europese dienstenrichtlijn", "3.1 Alcoholvergunning: EUR 297,00",
                                 "3.2 Exploitatievergunning: EUR 312,00", "3.3 Evenementenvergunning: vanaf EUR 77,00"]))
            return ("after", f'<p class="download"><a href="{L(u)}">Tarieventabel leges 2025 (pdf, 212 kB)</a></p>',
                    "tariff PDF (Tarieventabel leges)")
        if code == "verord":
            ttl = {"hondenbelasting": "Verordening hondenbelasting 2025", "subsidie": "Algemene subsidieverordening",
                   "evenementenvergunning": "Algemene Plaatselijke Verordening (APV)",
                   "terrasvergunning": "Terrassenbeleid en APV", "wmo-voorziening": "Verordening maatschappelijke ondersteuning",
                   "leerlingenvervoer": "Verordening leerlingenvervoer", "parkeervergunning": "Parkeerverordening",
                   "ligplaatsvergunning": "Havenverordening", "marktvergunning": "Marktverordening",
                   "kapvergunning": "Bomenverordening", "belastingkwijtschelding": "Kwijtscheldingsbeleid (beleidsregels)",
                   "bijzondere-bijstand": "Beleidsregels bijzondere bijstand", "klacht": "Klachtenregeling",
                   "bezwaar": "Verordening commissie bezwaarschriften"}.get(row.pk, "Algemene Plaatselijke Verordening (APV)")
            u = self.doc_url(slugify(ttl) + ".pdf")
            if not has(u):
                put(u, info_pdf(self.name, ttl, ["Artikel 1 Begripsbepalingen", "In deze verordening wordt verstaan onder:",
                                                 "a. college: het college van burgemeester en wethouders;",
                                                 "Artikel 2 Aanvraag", "Een aanvraag wordt ingediend met een door het college vastgesteld formulier.",
                                                 "Artikel 3 Weigeringsgronden", "Artikel 4 Inwerkingtreding",
                                                 "Deze verordening treedt in werking op 1 januari 2025."]))
            return ("after", f'<h3>Regelgeving</h3><p><a href="{L(u)}">{esc(ttl)} (pdf)</a></p>', f"regulation PDF ({ttl})")
        if code == "pdfinfo":
            ttl = f"Folder {P[row.pk]['t'][0].lower()}"
            u = self.doc_url(slugify(ttl) + ".pdf")
            if not has(u):
                put(u, info_pdf(self.name, ttl.capitalize(), [P[row.pk]["intro"][:90], P[row.pk]["intro"][90:180],
                                                             "Meer informatie: bel " + self.phone]))
            return ("after", f'<p><a href="{L(u)}">{esc(ttl.capitalize())} (pdf, 1,2 MB)</a></p>', "information leaflet PDF (not a form)")
        if code == "mijnoverheid":
            return ("after", '<section class="mijnoverheid"><h3>Uw berichten van de overheid</h3><p>Post van de gemeente ontvangt u ook in de '
                    'Berichtenbox van MijnOverheid.</p><p><a class="btn" href="http://mijn.overheid.test/inloggen/digid">'
                    '<img src="http://www.digid.test/img/digid-logo.svg" alt="" width="24"> Inloggen met DigiD</a></p></section>',
                    "'Inloggen met DigiD' button that leads to MijnOverheid")
        if code == "taxlogin":
            tb = BODIES.get(self.bodies.get("tax", ""))
            if tb:
                u, nm = tb.mijn_url(), tb.name.split(" (")[0]
            else:
                u, nm = self.mijn_url() or "http://mijn.overheid.test/", "belastingen"
            return ("aside", f'<section class="mijn-belastingen"><h2>Mijn belastingen</h2><p>Bekijk uw aanslag en WOZ-beschikking.</p>'
                    f'<p><a href="{L(u)}">Inloggen bij {esc(nm)} met DigiD</a></p></section>',
                    f"'Mijn belastingen' login of {nm} on a page that is not about taxes" if P[row.pk]["sec"] != "Belastingen"
                    else f"'Mijn belastingen' login of {nm} (account overview, not this product's form)")
        if code == "olocheck":
            return ("after", f'<section class="olo"><h3>Vergunning nodig?</h3><p>Doe de <a href="http://{OLO}/vergunningcheck">vergunningcheck in het Omgevingsloket</a>. '
                    f'Bent u al bezig met een aanvraag? <a href="http://{OLO}/mijn-omgevingsloket">Inloggen in Mijn Omgevingsloket</a>.</p></section>',
                    "Omgevingsloket vergunningcheck and login on a page whose product is not requested there")
        if code == "bezwaar_other":
            r = self.rows.get("woz-bezwaar")
            u = r.route_url if r and r.route_url and r.level == 100 else f"http://{OLO}/aanvragen"
            lbl = "Bezwaar maken tegen de WOZ-waarde (DigiD)" if r and r.level == 100 else "Bezwaar of zienswijze via het Omgevingsloket"
            if row.pk == "woz-bezwaar":
                r2 = self.rows.get("bezwaar")
                u = r2.route_url if r2 and r2.route_url else self.contact_url()
                lbl = "Bezwaar tegen een ander besluit van de gemeente"
            return ("aside", f'<section><h2>Bezwaar maken</h2><p><a href="{L(u)}">{esc(lbl)}</a></p></section>',
                    f"'{lbl}' link for a different decision")
        if code == "mor":
            r = self.rows.get("melding-openbare-ruimte")
            u = r.route_url if r and r.route_url else self.contact_url()
            return ("aside", f'<section class="melden"><h2>Melding doen</h2><p><a href="{L(u)}">Meld een probleem in de openbare ruimte</a> '
                    '- of gebruik de app.</p></section>', "'Meld een probleem in de openbare ruimte' link on an unrelated page")
        if code == "digid_aanvragen":
            return ("after", '<p class="digid-info"><img src="http://www.digid.test/img/digid-logo.svg" alt="DigiD" width="32"> '
                    'Heeft u nog geen DigiD? <a href="http://www.digid.test/aanvragen">Vraag DigiD aan</a>.</p>',
                    "'Vraag DigiD aan' link and DigiD logo")
        if code == "machtigen":
            return ("after", '<p>Regelt u dit voor iemand anders? Gebruik <a href="http://www.digid.test/machtigen">DigiD Machtigen</a>.</p>',
                    "DigiD Machtigen link")
        if code == "loginnear":
            u = self.platform.u("/ondernemersdossier/inloggen")
            login_start(u, "eh", self.platform.broker)
            return ("after", f'<div class="ondernemersloket"><p>Ondernemer? Bekijk uw lopende aanvragen in het Ondernemersdossier.</p>'
                    f'<p><a class="btn" href="{L(u)}"><img src="http://www.eherkenning.test/logo.svg" alt=""> Inloggen met eHerkenning</a></p></div>',
                    "'Inloggen met eHerkenning' button for the general business dossier next to the route")
        if code == "newsletter":
            return ("after", '<form class="nieuwsbrief" method="post" action="/nieuwsbrief"><h3>Nieuwsbrief</h3>'
                    '<label>E-mailadres <input type="email" name="email"></label><button type="submit">Aanmelden</button></form>',
                    "newsletter subscription form")
        if code == "afvalwijzer":
            ak = self.u("/afvalkalender")
            if ak not in [x[0] for x in self.extra_pages]:
                self.extra_pages.append((ak, self.page(ak, "Afvalkalender", "<p>Vul uw postcode en huisnummer in om de ophaaldagen te zien.</p>", sec="Afval")))
            return ("after", f'<form class="afvalwijzer" method="get" action="{L(self.u("/afvalkalender"))}"><h3>Afvalkalender</h3>'
                    '<label>Postcode <input name="postcode"></label><label>Huisnummer <input name="huisnummer"></label>'
                    '<button type="submit">Toon ophaaldagen</button></form>', "Afvalwijzer postcode form (collection calendar)")
        if code.startswith("sib:") or code.startswith("aud:"):
            url, ttl, lvl = self.extra_page(code, row)
            if code.startswith("sib:"):
                note = f"linked page of a similar product '{ttl}' has its own online route (level {lvl})"
            elif code == "aud:parkeervergunning":
                note = f"linked same-name page '{ttl}' for businesses (eHerkenning; same level as the citizens' page)"
            else:
                note = f"linked same-name page '{ttl}' for businesses (bedrijfsafval, another product) has an eHerkenning route (level {lvl})"
            return ("aside", f'<section class="zie-ook"><h2>Zie ook</h2><ul><li><a href="{L(url)}">{esc(ttl)}</a></li></ul></section>', note)
        if code.startswith("rel:"):
            other = self.rows[code[4:]]
            return ("aside", f'<section class="zie-ook"><h2>Zie ook</h2><ul><li><a href="{L(other.product_url)}">{esc(other.title)}</a></li></ul></section>',
                    f"linked page of the related product '{other.title}' has a higher route (level {other.level})")
        raise ValueError(code)

    def extra_page(self, code, row):
        kind_, key = code.split(":")
        if kind_ == "sib":
            ttl, pk, k, intro = SIBS[key]
            aud = "burger"
        else:
            _, k, intro = AUDS[key]
            pk = key
            ttl = row.title  # the same name as the citizens' page
            aud = "ondernemer"
        cache = getattr(self, "_extra", {})
        self._extra = cache
        if code in cache:
            return cache[code]
        url = self.product_url_for(pk, ttl, aud)
        auth = AUTH_KINDS[k][0]
        form_url, login = self.platform.make(pk, auth, variant=ttl if kind_ == "sib" else ttl + " bedrijven")
        fake = Row(self, pk, k)
        fake.title = ttl
        fake.cta_url = form_url
        fake.auth = auth
        main = (f"<p>{esc(intro)}</p>" + self.cta_html(url, form_url, {"digid": "Direct regelen met DigiD", "eh": "Aanvragen met eHerkenning",
                                                                      "digid_eh": "Online aanvragen", None: "Online melden"}[auth], "a"))
        self.extra_pages.append((url, self.page(url, ttl, main, "", crumbs=[], sec=P[pk]["sec"], aud=aud)))
        cache[code] = (url, ttl, 100 if auth else 67)
        self.pages.append((url, ttl, intro))
        return cache[code]

    # -- page assembly --------------------------------------------------
    def sitewide_notes(self):
        notes = {
            "hdr_login": f"site-wide 'Mijn {self.short}' DigiD login in the header",
            "hdr_inloggen": "site-wide 'Inloggen' link to the Mijn Loket DigiD login in the header",
            "ftr_digid": "DigiD logo with 'Inloggen met DigiD' in the footer",
            "chat": "chatbot widget with a question field",
            "mor_footer": "'Meld een probleem in de openbare ruimte (app)' link in the footer",
        }
        return notes

    def headings(self):
        return [("intro", "Wat is het?"), ("voorw", "Voorwaarden"), ("route", "Hoe vraag ik het aan?"),
                ("nodig", "Wat heb ik nodig?"), ("kosten", "Wat kost het?"), ("duur", "Hoe lang duurt het?")]

    def sections_html(self, row, frm, route_block):
        t = P[row.pk]
        parts = []
        for role, head in self.headings():
            if role == "route":
                body = route_block
            else:
                body = f"<p>{esc(t[role])}</p>"
            parts.append(self.section_block(head, body, role))
        return "".join(parts)

    def section_block(self, head, body, role):
        return f"<h2>{esc(head)}</h2>{body}"

    def product_page(self, row):
        frm = row.product_url
        after, aside = [], []
        codes = list(row.traps)
        for code in self.sitewide:
            if code in self.sitewide_notes():
                row.trap_notes.append(self.sitewide_notes()[code])
            else:
                codes.append(code)
        for code in codes:
            region, h, note = self.trap(code, row, frm)
            (after if region == "after" else aside).append(h)
            row.trap_notes.append(note)
        if row.status == "not_offered":
            ttl, text = NO_TEXT[(self.code, row.pk)]
            main = text
        else:
            rb = self.route_html(row, frm)
            if row.shares:
                other = P[row.shares]
                rb += f"<p>{esc(other['intro'])}</p>"
            main = self.sections_html(row, frm, rb)
        main += "".join(after)
        html_ = self.page(frm, row.title, main, "".join(aside), crumbs=[], sec=P[row.pk]["sec"],
                          aud=("ondernemer" if P[row.pk]["sec"] == "Ondernemen" else "burger"))
        put(frm, html_)
        self.pages.append((frm, row.title, P[row.pk]["intro"]))

    def page(self, url, title, main, aside="", crumbs=None, sec="", aud="burger", lang="nl"):
        raise NotImplementedError

    # -- orchestration ----------------------------------------------------
    def parse_plan(self):
        out = {}
        for line in self.plan.strip().splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            pk, _, spec = line.partition(" ")
            out[pk] = spec.strip()
        return out

    def build_rows(self, product_keys):
        plan = self.parse_plan()
        missing = [pk for pk in product_keys if pk not in plan]
        extra = [pk for pk in plan if pk not in product_keys]
        if missing or extra:
            raise RuntimeError(f"{self.code}: plan missing {missing} extra {extra}")
        shared_later = []
        for pk in product_keys:
            spec = plan[pk]
            self.order.append(pk)
            if spec.startswith("="):
                shared_later.append((pk, spec[1:].split()[0], spec))
                continue
            row = Row(self, pk, spec)
            self.rows[pk] = row
            if row.kind == "NO":
                row.status = "not_offered"
                ttl, _ = NO_TEXT[(self.code, pk)]
                row.title = ttl
                row.product_url = self.product_url_for(pk, ttl, "ondernemer" if P[pk]["sec"] == "Ondernemen" else "burger")
                row.route_desc = "The site states that the municipality does not offer this product (page '" + ttl + "')."
            elif row.kind in ("NF", "NF404"):
                row.status = "not_found"
                row.route_desc = "No page for this product on the site."
                if row.kind == "NF404":
                    row.route_desc += (" The A-Z list still links to it; that address answers 'Pagina niet gevonden'"
                                       + (" with status 200 (soft 404)." if self.soft404 else " (404)."))
            else:
                if row.shares:
                    row.title = SHARED_TITLES[(pk, row.shares)]
                else:
                    row.title = self.title_of(row)
                aud = "ondernemer" if P[pk]["sec"] == "Ondernemen" else "burger"
                row.product_url = self.product_url_for(pk, row.title, aud)
                self.compute_route(row)
        for pk, other, spec in shared_later:
            o = self.rows[other]
            assert o.shares == pk, (self.code, pk, other)
            r = Row(self, pk, o.spec.split()[0])
            r.status, r.level, r.product_url, r.route_url = o.status, o.level, o.product_url, o.route_url
            r.via, r.prefill, r.title, r.cta_url = o.via, o.prefill, o.title, o.cta_url
            r.route_desc = o.route_desc
            r.cta_eff = getattr(o, "cta_eff", "")
            r.trap_notes = list(o.trap_notes)
            r.extra_note = f"One page shared with {other} ('{o.title}')."
            o.extra_note = f"One page shared with {pk} ('{o.title}')."
            r.shared_from = other
            self.rows[pk] = r

    def build_pages(self):
        for pk in self.order:
            r = self.rows[pk]
            if getattr(r, "shared_from", None):
                continue
            if r.status in ("ok", "not_offered"):
                self.product_page(r)
        for pk in self.order:
            r = self.rows[pk]
            if getattr(r, "shared_from", None):
                r.trap_notes = list(self.rows[r.shared_from].trap_notes)
                r.cta_eff = getattr(self.rows[r.shared_from], "cta_eff", "")
        for url, content in self.extra_pages:
            put(url, content)

    def page_rows(self):
        return [self.rows[pk] for pk in self.order if self.rows[pk].status in ("ok", "not_offered")
                and not getattr(self.rows[pk], "shared_from", None)]

    def stale_links(self):
        """(title, url) of A-Z entries pointing at missing pages (NF404)."""
        out = []
        for pk in self.order:
            r = self.rows[pk]
            if r.kind == "NF404":
                ttl = P[pk]["t"][0]
                out.append((ttl, self.product_url_for(pk, ttl, "ondernemer" if P[pk]["sec"] == "Ondernemen" else "burger")))
        return out

    # -- generic site pages ----------------------------------------------------
    def top_tasks(self):
        pref = ["verhuismelding", "paspoort", "brp-uittreksel", "grofvuil", "melding-openbare-ruimte", "parkeervergunning",
                "omgevingsvergunning", "woz-bezwaar"]
        out = []
        for pk in pref:
            r = self.rows.get(pk)
            if r and r.status in ("ok", "not_offered") and not getattr(r, "shared_from", None):
                out.append((r.product_url, r.title))
        return out[:6]

    def az_entries(self):
        ent = [(r.title, r.product_url) for r in self.page_rows()]
        for url, ttl, _ in self.pages:
            if (ttl, url) not in ent and url != self.home_url() and "/nieuws" not in url and (ttl, url) not in ent:
                pass
        ent += self.stale_links()
        return sorted(set(ent), key=lambda x: (x[0].lower(), x[1]))

    def write_news(self):
        items = [NEWS_DIGID,
                 ("Nieuwe tarieven gemeentelijke belastingen en leges 2025",
                  "De gemeenteraad heeft de tarieven voor 2025 vastgesteld. U vindt ze in de tarieventabel."),
                 ("Gemeentehuis gesloten op Koningsdag", "Op Koningsdag is het gemeentehuis gesloten. Meldingen openbare ruimte kunt u gewoon online doen."),
                 (self.news_item[0], self.news_item[1])]
        for ttl, txt in items:
            url = self.news_url(slugify(ttl)[:60])
            extra = ""
            if ttl == NEWS_DIGID[0]:
                extra = ('<p><img src="http://www.digid.test/img/digid-logo.svg" alt="DigiD logo" width="46"></p>'
                         '<p>Meer informatie op <a href="http://www.digid.test/over-digid/digid-app">digid.nl</a>. '
                         '<a href="http://www.digid.test/aanvragen">DigiD aanvragen</a>.</p>')
            if len(self.news_item) > 2 and ttl == self.news_item[0]:
                extra = self.news_item[2](self, url)
            main = f"<p class='datum'>12 maart 2025</p><p>{esc(txt)}</p>{extra}"
            put(url, self.page(url, ttl, main, "", sec="Nieuws"))
            self.news.append((url, ttl, txt))
            self.pages.append((url, ttl, txt))

    def write_contact(self):
        url = self.contact_url()
        main = (f"<p>U kunt ons bellen op {esc(self.phone)} (maandag tot en met vrijdag van 8.30 tot 17.00 uur).</p>"
                f'<p>E-mail: <a href="mailto:{self.email}">{self.email}</a></p>'
                f'<h2>Stel uw vraag</h2><form method="post" action="{self.L(url, url)}"><label>Naam <input name="naam"></label>'
                '<label>E-mailadres <input name="email" type="email"></label><label>Uw vraag <textarea name="vraag"></textarea></label>'
                '<button type="submit">Versturen</button></form>')
        put(url, self.page(url, "Contact", main, "", sec="Contact"))
        self.pages.append((url, "Contact", "Contact met de gemeente"))

    def write_overview(self):
        url = self.overview_url()
        items = []
        for pk, name, furl, auth in sorted(self.platform.forms, key=lambda x: (x[1].lower(), x[2])):
            mark = {"digid": " (DigiD)", "eh": " (eHerkenning)", "digid_eh": " (DigiD/eHerkenning)", "": ""}[auth]
            items.append(f'<li id="{slugify(name)}"><a href="{self.L(url, furl)}">{esc(name)}</a>{mark}</li>')
        docs = []
        for r in self.page_rows():
            if r.kind in ("p", "w", "pm"):
                docs.append(f'<li><a href="{self.L(url, r.route_url)}">{esc(P[r.pk]["form"])}</a> (download)</li>')
        main = (f"<p>Hier vindt u alle formulieren van de gemeente {esc(self.short)}. Voor de meeste formulieren logt u in met DigiD "
                f"of eHerkenning.</p><h2>Online formulieren</h2><ul class='formulieren'>{''.join(items)}</ul>"
                f"<h2>Formulieren om te downloaden</h2><ul>{''.join(sorted(docs))}</ul>")
        put(url, self.page(url, self.overview_title, main, "", sec="Formulieren"))
        self.pages.append((url, self.overview_title, "Alle formulieren"))

    overview_title = "Alle formulieren"
    news_item = ("Subsidieregeling 2025 geopend", "Verenigingen en stichtingen kunnen weer subsidie aanvragen.")

    def write_az(self):
        url = self.az_url()
        ent = self.az_entries()
        by = {}
        for t, u in ent:
            by.setdefault(t[0].upper(), []).append((t, u))
        main = ""
        for letter in sorted(by):
            main += f"<h2 id='{letter}'>{letter}</h2><ul>" + "".join(
                f'<li><a href="{self.L(url, u)}">{esc(t)}</a></li>' for t, u in by[letter]) + "</ul>"
        put(url, self.page(url, "Producten en diensten A-Z", main, "", sec="A-Z"))
        self.pages.append((url, "Producten en diensten A-Z", "A-Z"))

    def write_sitemap(self):
        urls = sorted({u for u, _, _ in self.pages if split_url(u)[0] == self.host} | {self.home_url()})
        body = "".join(f"<url><loc>{esc(u)}</loc><lastmod>2025-03-01</lastmod></url>" for u in urls)
        put(self.u("/sitemap.xml"), '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>\n')

    def robots(self):
        txt = "User-agent: *\nDisallow: /zoeken\n"
        if self.sitemap:
            txt += f"Sitemap: {self.u('/sitemap.xml')}\n"
        return txt

    def write_search(self):
        if not self.search:
            return
        path, param = self.search
        idx = [{"url": u, "title": t, "text": x[:200]} for u, t, x in sorted(self.pages) if split_url(u)[0] == self.host]
        SEARCH_FILES[f"search/{self.host}.json"] = json.dumps(idx, ensure_ascii=False, indent=1).encode("utf-8")
        tpl = self.page(self.u(path), "Zoeken", '<p>Zoekresultaten voor &ldquo;<!--QUERY-->&rdquo;</p><ol class="results"><!--RESULTS--></ol>', "", sec="Zoeken")
        SEARCH_FILES[f"search/{self.host}.html"] = tpl.encode("utf-8")
        SEARCHES.append({"host": self.host, "path": path, "param": param,
                         "index": f"search/{self.host}.json", "template": f"search/{self.host}.html"})

    def write_404(self):
        html_ = self.page(self.u("/404"), "Pagina niet gevonden",
                          f"<p>Helaas, de pagina die u zoekt bestaat niet (meer). Gebruik de zoekfunctie of ga naar de "
                          f'<a href="{self.L(self.u("/404"), self.home_url())}">homepage</a>.</p>', "", sec="")
        FILES[("_notfound", f"{self.host}.html")] = html_.encode("utf-8")
        NOT_FOUND.append({"host": self.host, "file": f"notfound/{self.host}.html", "status": 200 if self.soft404 else 404})

    def write_statics(self):
        put(self.u("/img/digid.svg"), DIGID_LOGO_SVG)
        put(self.u("/img/eherkenning.svg"), EH_LOGO_SVG)

    def build_site(self):
        self.write_news()
        self.write_contact()
        self.write_overview()
        self.write_sections()
        self.write_home()
        self.write_az()
        self.write_extra()
        self.write_statics()
        self.write_404()
        if self.sitemap:
            self.write_sitemap()
        put(self.u("/robots.txt"), self.robots())
        self.write_search()
        self.platform.finish()

    def write_extra(self):
        pass

    def write_home(self):
        raise NotImplementedError

    def write_sections(self):
        secs = {}
        for r in self.page_rows():
            secs.setdefault(P[r.pk]["sec"], []).append(r)
        for sec in sorted(secs):
            url = self.section_url(sec)
            items = "".join(f'<li><a href="{self.L(url, r.product_url)}">{esc(r.title)}</a></li>'
                            for r in sorted(secs[sec], key=lambda r: r.title.lower()))
            put(url, self.page(url, sec, f"<ul class='producten'>{items}</ul>", "", sec=sec))
            self.pages.append((url, sec, sec))
        self.sec_list = sorted(secs)


# ---------------------------------------------------------------------------
# 1. Velsen: Drupal/GemeenteOplossingen-like root slugs, cookie wall, Open Formulieren
# ---------------------------------------------------------------------------

class Velsen(Site):
    code, name, short, host = "GM0453", "Gemeente Velsen", "Velsen", "www.velsen.test"
    website = "http://www.velsen.test/"
    inhabitants = "69000"
    phone = "14 0255"
    struct = "Root-slug product page (Wat is het?/Hoe werkt het?/Wat moet ik doen?) behind a cookie wall"
    platform_desc = "the Open Formulieren host formulieren.velsen.test"
    sitewide = ["hdr_login", "feedback"]
    bodies = {"park": "park_ve", "waste": "hvc"}
    appt_vendor, appt_mijn = "JCC", True
    sitemap = True
    search = ("/zoeken", "keys")
    labels = dict(Site.labels, digid=["Direct regelen", "{form} (DigiD)", "Start het formulier"],
                  anon=["Online melden", "Naar het formulier", "Start het formulier"])
    news_item = ("Hondenbelasting afgeschaft", "Sinds 1 januari 2023 betaalt u in Velsen geen hondenbelasting meer.")
    no_text = {"hondenbelasting": ("Hond", "<p>Fijn dat u een hond heeft! Hier leest u wat de regels zijn voor honden in Velsen: "
                                   "aanlijngebieden, losloopgebieden en hondenpoep opruimen.</p><h2>Hondenbelasting</h2>"
                                   "<p>Met ingang van 1 januari 2023 heeft de gemeenteraad de hondenbelasting afgeschaft. "
                                   "U hoeft uw hond niet meer aan of af te melden en u krijgt geen aanslag meer.</p>"
                                   "<h2>Losloopgebieden</h2><p>In de duinen en in het Park Velserbeek mag uw hond los.</p>")}
    plan = """
brp-uittreksel dj +digid_aanvragen
verhuismelding dpj @btn +machtigen
geboorteaangifte dj +news
overlijdensaangifte i +alleform
huwelijksaangifte dj +tariff
paspoort a sh:identiteitskaart +tariff
identiteitskaart =paspoort
parkeervergunning v:park +bezwaar_other +verord
gehandicaptenparkeerkaart dj
gehandicaptenparkeerplaats p +mijnoverheid
hondenbelasting NO +direct
belastingkwijtschelding dj +pdfinfo
woz-bezwaar dj t:1 +mijnoverheid
bijstand dj
bijzondere-bijstand dj +verord
wmo-voorziening fj +sib:mantelzorg
leerlingenvervoer dj
grofvuil v:waste +afvalwijzer
afvalcontainer v:waste
melding-openbare-ruimte fj
omgevingsvergunning v:olo
kapvergunning v:olo t:1
bouwdossier-inzage i
bezwaar dj
klacht fj
woo-verzoek fj +newsletter
subsidie de +verord
evenementenvergunning e @btn
exploitatievergunning-horeca p +loginnear
alcoholvergunning p t:1 +sib:tijdelijke-ontheffing
terrasvergunning e
standplaatsvergunning i +sib:venten
marktvergunning i t:1 +mor
reclamebelasting NF
geluidsontheffing fj
winkeltijdenontheffing NF404
kansspelautomaatvergunning p +tariff
collectevergunning m +loginnear
ligplaatsvergunning NF
uitwegvergunning v:olo
belastingaanslag-bezwaar dj +mijnoverheid
betalingsregeling i +alleform
"""

    def make_platform(self):
        return Platform(self, "formulieren.velsen.test", "openforms", "/{slug}/", "/auth/{slug}/{method}/start")

    def home_url(self):
        return self.u("/home")

    def doc_url(self, fname):
        return self.u("/sites/default/files/2025-01/" + fname)

    def mijn_url(self):
        u = "http://mijn.velsen.test/inloggen"
        return u

    def page(self, url, title, main, aside="", crumbs=None, sec="", aud="burger", lang="nl"):
        L = lambda to: self.L(url, to)
        hdr = (f'<header class="site-header"><a class="logo" href="{L(self.home_url())}"><img src="{L(self.u("/themes/velsen/logo.svg"))}" alt="Gemeente Velsen"></a>'
               f'<nav class="main-menu"><a href="{L(self.u("/inwoners"))}">Inwoners</a> <a href="{L(self.u("/ondernemers"))}">Ondernemers</a> '
               f'<a href="{L(self.u("/bestuur"))}">Bestuur en organisatie</a> <a href="{L(self.contact_url())}">Contact</a></nav>'
               f'<a class="mijn-velsen" href="{self.mijn_url()}">Mijn Velsen</a>'
               f'<form class="search" action="{L(self.u("/zoeken"))}" method="get"><input name="keys" placeholder="Zoeken"><button>Zoek</button></form></header>')
        bc = f'<nav class="breadcrumb"><a href="{L(self.home_url())}">Home</a> &gt; {esc(sec)}</nav>' if sec else ""
        side = f'<aside class="sidebar">{aside}</aside>' if aside else ""
        ftr = (f'<footer class="site-footer"><p>Gemeente Velsen, Dudokplein 1, 1971 EN IJmuiden. Bel {self.phone}.</p>'
               f'<a href="{L(self.u("/privacy"))}">Privacy</a> <a href="{L(self.u("/cookies"))}">Cookies</a> '
               f'<a href="{L(self.az_url())}">A-Z</a> <a href="{L(self.u("/sitemap.xml"))}">Sitemap</a></footer>')
        body = f'{hdr}{bc}<main><article class="node node--type-product"><h1>{esc(title)}</h1>{main}</article>{side}</main>{ftr}'
        return doc(f"{title} | Gemeente Velsen", body, lang=lang)

    def headings(self):
        return [("intro", "Wat is het?"), ("voorw", "Hoe werkt het?"), ("route", "Wat moet ik doen?"),
                ("nodig", "Wat heb ik nodig?"), ("kosten", "Wat kost het?"), ("duur", "Hoe lang duurt het?")]

    def write_home(self):
        url = self.home_url()
        L = lambda to: self.L(url, to)
        tt = "".join(f'<li><a href="{L(u)}">{esc(t)}</a></li>' for u, t in self.top_tasks())
        secs = "".join(f'<li><a href="{L(self.section_url(s))}">{esc(s)}</a></li>' for s in self.sec_list)
        nws = "".join(f'<li><a href="{L(u)}">{esc(t)}</a></li>' for u, t, _ in self.news)
        main = (f"<section class='toptaken'><h2>Veelgezocht</h2><ul>{tt}</ul></section><section><h2>Onderwerpen</h2><ul>{secs}</ul></section>"
                f"<section><h2>Nieuws</h2><ul>{nws}</ul></section><p><a href='{L(self.overview_url())}'>Alle formulieren</a></p>")
        put(url, self.page(url, "Welkom bij de gemeente Velsen", main))
        for p, t in (("/inwoners", "Inwoners"), ("/ondernemers", "Ondernemers"), ("/bestuur", "Bestuur en organisatie")):
            put(self.u(p), self.page(self.u(p), t, f"<ul>{secs}</ul>", sec=t))
        put(self.u("/privacy"), self.page(self.u("/privacy"), "Privacyverklaring", "<p>Wij gaan zorgvuldig om met uw gegevens.</p>"))
        put(self.u("/cookies"), self.page(self.u("/cookies"), "Cookies", "<p>Wij gebruiken functionele en analytische cookies.</p>"))
        put(self.u("/themes/velsen/logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text y="25">Velsen</text></svg>\n')
        # cookie wall on the start URL
        put(self.u("/"), doc("Cookies | Gemeente Velsen", '<div class="cookie-wall"><h1>Deze website gebruikt cookies</h1>'
            '<p>Wij gebruiken cookies om de website goed te laten werken en om het gebruik te meten. '
            'Kies of u alle cookies accepteert of alleen de noodzakelijke.</p>'
            '<a class="button" href="/home?cookies=all">Alle cookies accepteren</a> '
            '<a class="button" href="/home?cookies=functional">Alleen noodzakelijke cookies</a></div>'))
        # Mijn Velsen
        login_start("http://mijn.velsen.test/inloggen", "digid")
        put("http://mijn.velsen.test/", doc("Mijn Velsen", '<main><h1>Mijn Velsen</h1><p>Uw lopende zaken en berichten.</p>'
            '<a href="/inloggen">Inloggen met DigiD</a></main>'))


def rel_link(frm: str, to: str) -> str:
    """Relative href from URL frm to URL to on the same host ('../' style)."""
    _, p1 = split_url(frm)
    _, p2 = split_url(to)
    frag = q = ""
    if "#" in p2:
        p2, frag = p2.split("#", 1)
        frag = "#" + frag
    if "?" in p2:
        p2, q = p2.split("?", 1)
        q = "?" + q
    p1 = p1.split("?")[0]
    base = p1 if p1.endswith("/") else posixpath.dirname(p1) + "/"
    rel = posixpath.relpath(p2, base)
    if p2.endswith("/") and rel != ".":
        rel += "/"
    if rel == ".":
        rel = "./"
    return rel + q + frag


def under(s: str) -> str:
    out = []
    for ch in s.replace("ë", "e").replace("é", "e").replace("ï", "i"):
        out.append(ch if (ch.isalnum() or ch == "-") else "_")
    x = "".join(out)
    while "__" in x:
        x = x.replace("__", "_")
    return x.strip("_")


# ---------------------------------------------------------------------------
# 2. Heemstede: iProx-like /Inwoners/<Sectie>/<Titel>, '../' links, E-loket overview
# ---------------------------------------------------------------------------

class Heemstede(Site):
    code, name, short, host = "GM0397", "Gemeente Heemstede", "Heemstede", "www.heemstede.test"
    website = "http://www.heemstede.test/"
    inhabitants = "27600"
    phone = "(023) 548 58 68"
    struct = "iProx-like /Inwoners/<Sectie>/<Titel> page with accordion and relative ../ links"
    platform_desc = "the eFormulieren host eloket.heemstede.test"
    sitewide = ["ftr_digid"]
    bodies = {"tax": "cocensus", "isd": "iasz", "waste": "meerlanden"}
    appt_vendor, appt_mijn = "Qmatic", False
    labels = dict(Site.labels, digid=["Aanvragen via het e-loket (DigiD)", "{form}", "Direct aanvragen"],
                  anon=["Formulier invullen", "{form}"], digid_eh=["Aanvragen met DigiD of eHerkenning"])
    overview_title = "Digitaal loket"
    news_item = ("Meerlanden haalt grofvuil voortaan op afspraak op", "Grofvuil laten ophalen? Maak online een afspraak bij Meerlanden.")
    no_text = {
        "exploitatievergunning-horeca": ("Horecabedrijf beginnen",
            "<p>Wilt u een horecabedrijf beginnen in Heemstede? Lees hier waar u aan moet denken.</p>"
            "<h2>Exploitatievergunning</h2><p>In Heemstede heeft u geen exploitatievergunning nodig. De gemeenteraad heeft deze "
            "vergunningplicht in 2019 uit de Algemene Plaatselijke Verordening geschrapt.</p>"
            "<h2>Alcohol schenken</h2><p>Schenkt u alcohol? Dan heeft u wel een alcoholvergunning nodig.</p>"),
        "reclamebelasting": ("Reclame aan de gevel",
            "<p>Wilt u reclame aanbrengen aan uw bedrijfspand? Kleine reclame-uitingen mogen zonder vergunning.</p>"
            "<p>De gemeente Heemstede heft geen reclamebelasting.</p><p>Voor grote lichtreclames of reclamemasten kan een "
            "omgevingsvergunning nodig zijn.</p>"),
    }
    plan = """
brp-uittreksel d @ov
verhuismelding d +machtigen
geboorteaangifte a +digid_aanvragen
overlijdensaangifte i t:2 +pdfinfo
huwelijksaangifte a t:1 +tariff
paspoort a +tariff
identiteitskaart a t:1 +news
parkeervergunning d t:2 +aud:parkeervergunning
gehandicaptenparkeerkaart p +rel:gehandicaptenparkeerplaats
gehandicaptenparkeerplaats di
hondenbelasting v:tax +verord
belastingkwijtschelding v:tax +mijnoverheid
woz-bezwaar v:tax
bijstand v:isd
bijzondere-bijstand v:isd +pdfinfo
wmo-voorziening i +contact +sib:mantelzorg
leerlingenvervoer p +digid_aanvragen
grofvuil v:waste
afvalcontainer v:waste t:2 +aud:afvalcontainer
melding-openbare-ruimte f @ov
omgevingsvergunning v:olo
kapvergunning v:olo +verord
bouwdossier-inzage m t:2
bezwaar d @ov
klacht f @ov
woo-verzoek f t:1
subsidie p t:2 +verord +pdfinfo
evenementenvergunning de @ov +sib:klein-evenement
exploitatievergunning-horeca NO +olocheck
alcoholvergunning p +loginnear
terrasvergunning e +tariff
standplaatsvergunning i
marktvergunning NF
reclamebelasting NO +olocheck
geluidsontheffing w
winkeltijdenontheffing NF404
kansspelautomaatvergunning p +tariff
collectevergunning f
ligplaatsvergunning NF
uitwegvergunning d
belastingaanslag-bezwaar v:tax +bezwaar_other
betalingsregeling v:tax
"""

    def make_platform(self):
        return Platform(self, "eloket.heemstede.test", "eformulieren", "/formulier/{Name}", "/formulier/{Name}/inloggen-{method}")

    def L(self, frm, to):
        if to.startswith(("mailto:", "#")):
            return to
        if split_url(frm)[0] != split_url(to)[0]:
            return to
        return rel_link(frm, to)

    def product_path(self, pk, title, aud="burger"):
        top = "Ondernemers" if aud == "ondernemer" else "Inwoners"
        return f"/{top}/{under(P[pk]['sec'])}/{under(title)}"

    def section_url(self, sec):
        top = "Ondernemers" if sec == "Ondernemen" else "Inwoners"
        return self.u(f"/{top}/{under(sec)}/")

    def doc_url(self, fname):
        n = 1000 + int(hashlib.sha1(fname.encode()).hexdigest()[:4], 16) % 9000
        return self.u(f"/publish/pages/{n}/{fname}")

    def news_url(self, slug):
        return self.u("/Actueel/Nieuws/" + under(slug.replace("-", " ").capitalize()))

    def contact_url(self):
        return self.u("/Contact/")

    def overview_url(self):
        return self.u("/Inwoners/Digitaal_loket/")

    def az_url(self):
        return self.u("/Producten_en_diensten_A-Z/")

    def make_appointment(self):
        url = "http://heemstede.afspraakmaken.test/qmaticwebbooking/"
        self.write_appointment(url, "Qmatic")
        return url

    def headings(self):
        return [("intro", "Omschrijving"), ("voorw", "Voorwaarden"), ("route", "Aanvragen"), ("nodig", "Benodigdheden"),
                ("kosten", "Kosten"), ("duur", "Termijn")]

    def section_block(self, head, body, role):
        i = ["intro", "voorw", "route", "nodig", "kosten", "duur"].index(role)
        opened = role == "intro"
        return (f'<div class="iprox-accordion"><h2 class="accordion-title"><button aria-expanded="{"true" if opened else "false"}" '
                f'aria-controls="acc{i}">{esc(head)}</button></h2><div class="accordion-panel" id="acc{i}"'
                f'{"" if opened else " hidden"}>{body}</div></div>')

    def page(self, url, title, main, aside="", crumbs=None, sec="", aud="burger", lang="nl"):
        L = lambda to: self.L(url, to)
        hdr = (f'<div id="header"><a href="{L(self.home_url())}" class="logo"><img src="{L(self.u("/publish/library/logo.svg"))}" alt="Logo gemeente Heemstede"></a>'
               f'<ul class="iprox-menu"><li><a href="{L(self.u("/Inwoners/"))}">Inwoners</a></li><li><a href="{L(self.u("/Ondernemers/"))}">Ondernemers</a></li>'
               f'<li><a href="{L(self.u("/Bestuur/"))}">Bestuur</a></li><li><a href="{L(self.az_url())}">Producten A-Z</a></li></ul></div>')
        bc = f'<div class="breadcrumbs"><a href="{L(self.home_url())}">Home</a> / {esc(sec)}</div>' if sec else ""
        side = f'<div class="iprox-side">{aside}</div>' if aside else ""
        ftr = (f'<div id="footer"><p>Raadhuisplein 1, 2101 HA Heemstede | {self.phone}</p>'
               f'<p class="digid-footer"><a href="http://eloket.heemstede.test/inloggen"><img src="{L(self.u("/img/digid.svg"))}" alt="DigiD"> Inloggen met DigiD</a></p>'
               f'<a href="{L(self.contact_url())}">Contact</a> <a href="{L(self.u("/Privacy/"))}">Privacy</a></div>')
        body = f'{hdr}{bc}<div id="content" class="iprox-content"><h1>{esc(title)}</h1>{main}</div>{side}{ftr}'
        return doc(f"{title} - Gemeente Heemstede", body, lang=lang)

    def write_home(self):
        url = self.home_url()
        L = lambda to: self.L(url, to)
        tt = "".join(f'<li><a href="{L(u)}">{esc(t)}</a></li>' for u, t in self.top_tasks())
        secs = "".join(f'<li><a href="{L(self.section_url(s))}">{esc(s)}</a></li>' for s in self.sec_list)
        nws = "".join(f'<li><a href="{L(u)}">{esc(t)}</a></li>' for u, t, _ in self.news)
        put(url, self.page(url, "Gemeente Heemstede", f"<h2>Direct naar</h2><ul>{tt}</ul><h2>Nieuws</h2><ul>{nws}</ul>"
                           f"<p><a href='{L(self.overview_url())}'>Digitaal loket</a></p>"))
        for p, t, ss in (("/Inwoners/", "Inwoners", [s for s in self.sec_list if s != "Ondernemen"]),
                         ("/Ondernemers/", "Ondernemers", ["Ondernemen"]), ("/Bestuur/", "Bestuur", [])):
            u = self.u(p)
            items = "".join(f'<li><a href="{self.L(u, self.section_url(s))}">{esc(s)}</a></li>' for s in ss)
            put(u, self.page(u, t, f"<ul>{items}</ul>", sec=t))
        put(self.u("/Privacy/"), self.page(self.u("/Privacy/"), "Privacy", "<p>Privacyverklaring van de gemeente.</p>"))
        put(self.u("/publish/library/logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text y="25">Heemstede</text></svg>\n')
        login_start("http://eloket.heemstede.test/inloggen", "digid")


# ---------------------------------------------------------------------------
# 3. Aalsmeer: product catalogue /product?id=NNNN, bare host redirect, Mijn Loket, chatbot
# ---------------------------------------------------------------------------

class Aalsmeer(Site):
    code, name, short, host = "GM0358", "Gemeente Aalsmeer", "Aalsmeer", "www.aalsmeer.test"
    website = "http://aalsmeer.test/"
    inhabitants = "32700"
    phone = "14 0297"
    struct = "Product catalogue page /product?id=NNNN ('Direct regelen' block above the text)"
    platform_desc = "the SaaS form host aalsmeer.mijnformulieren.test"
    sitewide = ["hdr_inloggen", "chat"]
    bodies = {"tax": "amsb", "werk": "werk", "waste": "meerlanden"}
    appt_vendor, appt_mijn = "JCC", False
    soft404 = True
    cta_default = "btn"
    labels = dict(Site.labels, digid=["Aanvragen met DigiD", "Direct regelen", "Start aanvraag"],
                  anon=["Direct melden", "Formulier starten"], eh=["Aanvragen (eHerkenning)"])
    overview_title = "Formulieren"
    news_item = ("Nieuwe containers voor oud papier", "Meerlanden deelt in april nieuwe papiercontainers uit.")
    no_text = {
        "parkeervergunning": ("Parkeren", "<p>In Aalsmeer is parkeren gratis. Er is geen betaald parkeren en er zijn geen "
                              "vergunninggebieden. De gemeente geeft daarom geen parkeervergunningen uit.</p>"
                              "<h2>Blauwe zone</h2><p>In het centrum geldt een blauwe zone van maandag tot en met zaterdag. "
                              "Gebruik een parkeerschijf; u mag maximaal 2 uur parkeren.</p>"),
        "winkeltijdenontheffing": ("Koopzondagen", "<p>Winkels in Aalsmeer mogen op zon- en feestdagen open van 12.00 tot 18.00 uur.</p>"
                                   "<p>U hoeft hiervoor geen ontheffing aan te vragen: de gemeente verleent geen ontheffingen "
                                   "van de winkeltijden. Wel gelden de regels van de Winkeltijdenwet voor Pasen, Pinksteren en Kerstmis.</p>"),
    }
    plan = """
brp-uittreksel d
verhuismelding d +machtigen
geboorteaangifte d t:1
overlijdensaangifte i
huwelijksaangifte d +tariff
paspoort a +digid_aanvragen
identiteitskaart a t:1
parkeervergunning NO
gehandicaptenparkeerkaart d sh:gehandicaptenparkeerplaats
gehandicaptenparkeerplaats =gehandicaptenparkeerkaart
hondenbelasting v:tax
belastingkwijtschelding v:tax t:1
woz-bezwaar v:tax @js +mijnoverheid
bijstand v:werk
bijzondere-bijstand d
wmo-voorziening f t:2
leerlingenvervoer di
grofvuil v:waste t:1 +afvalwijzer
afvalcontainer v:waste t:3
melding-openbare-ruimte f t:1
omgevingsvergunning v:olo
kapvergunning v:olo
bouwdossier-inzage f
bezwaar i +bezwaar_other
klacht f
woo-verzoek m
subsidie e
evenementenvergunning e +sib:klein-evenement
exploitatievergunning-horeca p sh:alcoholvergunning
alcoholvergunning =exploitatievergunning-horeca
terrasvergunning e +loginnear
standplaatsvergunning i
marktvergunning NF
reclamebelasting NF404
geluidsontheffing p +sib:incidentele-ontheffing
winkeltijdenontheffing NO
kansspelautomaatvergunning i
collectevergunning NF
ligplaatsvergunning p t:1 +verord
uitwegvergunning d
belastingaanslag-bezwaar v:tax
betalingsregeling v:tax
"""

    def make_platform(self):
        return Platform(self, "aalsmeer.mijnformulieren.test", "saas", "/{slug}", "/{slug}/inloggen/{method}")

    def pid(self, pk, title):
        return 1000 + int(hashlib.sha1((pk + title).encode()).hexdigest()[:6], 16) % 9000

    def product_path(self, pk, title, aud="burger"):
        return f"/product?id={self.pid(pk, title)}"

    def section_url(self, sec):
        return self.u("/onderwerp/" + slugify(sec))

    def az_url(self):
        return self.u("/producten")

    def doc_url(self, fname):
        return self.u(f"/documenten/{1000 + int(hashlib.sha1(fname.encode()).hexdigest()[:4], 16) % 9000}/{fname}")

    def mijn_url(self):
        return "http://loket.aalsmeer.test/inloggen"

    def headings(self):
        return [("route", "Direct regelen"), ("intro", "Wat is het?"), ("voorw", "Voorwaarden"), ("nodig", "Wat heeft u nodig?"),
                ("kosten", "Kosten"), ("duur", "Hoe lang duurt het?")]

    def section_block(self, head, body, role):
        if role == "route":
            return f'<div class="direct-regelen-blok"><h2>{esc(head)}</h2>{body}</div>'
        return f"<h2>{esc(head)}</h2>{body}"

    def page(self, url, title, main, aside="", crumbs=None, sec="", aud="burger", lang="nl"):
        L = lambda to: self.L(url, to)
        hdr = (f'<header><a href="{L(self.home_url())}"><img src="{L(self.u("/img/logo-aalsmeer.svg"))}" alt="Gemeente Aalsmeer"></a>'
               f'<nav><a href="{L(self.az_url())}">Producten</a> <a href="{L(self.overview_url())}">Formulieren</a> '
               f'<a href="{L(self.contact_url())}">Contact</a></nav>'
               f'<a class="inloggen" href="{self.mijn_url()}">Inloggen Mijn Loket</a></header>')
        side = f'<aside>{aside}</aside>' if aside else ""
        chat = ('<div class="chatbot" id="gem"><p>Hallo, ik ben Gem, de digitale assistent. Stel uw vraag!</p>'
                '<form class="chat-form" action="/chat" method="post"><input name="vraag" placeholder="Typ uw vraag">'
                '<button type="submit">Verstuur</button></form></div>')
        ftr = (f'<footer><p>Raadhuisplein 1, 1431 EH Aalsmeer. Bel {self.phone}.</p><a href="{L(self.u("/privacy"))}">Privacy</a></footer>')
        return doc(f"{title} - Gemeente Aalsmeer", f"{hdr}<main><h1>{esc(title)}</h1>{main}</main>{side}{chat}{ftr}", lang=lang)

    def write_home(self):
        self.write_home_generic(self.home_url(), "Welkom in Aalsmeer")
        put(self.u("/privacy"), self.page(self.u("/privacy"), "Privacy", "<p>Privacyverklaring.</p>"))
        put(self.u("/img/logo-aalsmeer.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text y="25">Aalsmeer</text></svg>\n')
        put(self.u("/chat"), self.page(self.u("/chat"), "Digitale assistent", "<p>Gem beantwoordt uw vraag zo snel mogelijk.</p>"))
        lu_d, lu_e = "http://loket.aalsmeer.test/inloggen/digid", "http://loket.aalsmeer.test/inloggen/eherkenning"
        login_start(lu_d, "digid")
        login_start(lu_e, "eh")
        put("http://loket.aalsmeer.test/inloggen", doc("Mijn Loket Aalsmeer", '<main><h1>Inloggen Mijn Loket</h1>'
            '<p>In Mijn Loket ziet u uw lopende zaken, berichten en persoonlijke gegevens.</p>'
            f'<p><a href="{lu_d}">Inloggen met DigiD</a></p><p><a href="{lu_e}">Inloggen met eHerkenning</a></p></main>'))
        HOST_REDIRECTS.append({"host": "aalsmeer.test", "status": 301, "to": self.host})
        put("http://aalsmeer.test/index.html", doc("Aalsmeer", f'<p><a href="{self.home_url()}">Gemeente Aalsmeer</a></p>'))


# ---------------------------------------------------------------------------
# 4. Edam-Volendam: /<sectie>_<id>/product/<slug>_<id>.html with <base href>, TriplEforms .aspx
# ---------------------------------------------------------------------------

class EdamVolendam(Site):
    code, name, short, host = "GM0385", "Gemeente Edam-Volendam", "Edam-Volendam", "www.edam-volendam.test"
    website = "http://www.edam-volendam.test/"
    inhabitants = "36600"
    phone = "14 0299"
    struct = "Product page /<sectie>_<id>/product/<slug>_<id>.html with <base href> and base-relative links"
    platform_desc = "the TriplEforms .aspx host formulieren.edam-volendam.test"
    sitewide = ["populair"]
    bodies = {"park": "park_ev", "waste": "hvc", "mor": "fixi"}
    appt_vendor, appt_mijn = "Qmatic", True
    sitemap = True
    labels = dict(Site.labels, digid=["DigiD link {form}", "{form} (met DigiD)", "Direct regelen"],
                  eh=["eHerkenning {form}", "Aanvragen met eHerkenning"], anon=["Digitaal formulier {form}", "Naar het formulier"])
    news_item = ("Nieuwe parkeerautomaten in Volendam", "Op de Dijk zijn nieuwe parkeerautomaten geplaatst.")
    plan = """
brp-uittreksel d
verhuismelding d +digid_aanvragen
geboorteaangifte d t:2
overlijdensaangifte i t:1
huwelijksaangifte d t:2
paspoort a sh:identiteitskaart
identiteitskaart =paspoort
parkeervergunning v:park +verord
gehandicaptenparkeerkaart p
gehandicaptenparkeerplaats NF
hondenbelasting d t:1
belastingkwijtschelding d sh:betalingsregeling
betalingsregeling =belastingkwijtschelding
woz-bezwaar d
bijstand d @js
bijzondere-bijstand p +verord
wmo-voorziening i t:3 +contact
leerlingenvervoer d
grofvuil v:waste
afvalcontainer v:waste t:2
melding-openbare-ruimte v:mor
omgevingsvergunning v:olo
kapvergunning v:olo t:2
bouwdossier-inzage f t:2
bezwaar d
klacht f
woo-verzoek m
subsidie e
evenementenvergunning e +sib:klein-evenement
exploitatievergunning-horeca e t:1
alcoholvergunning e
terrasvergunning e t:1
standplaatsvergunning e
marktvergunning p t:1
reclamebelasting i
geluidsontheffing p +loginnear
winkeltijdenontheffing i
kansspelautomaatvergunning p +tariff
collectevergunning i t:2
ligplaatsvergunning d t:1
uitwegvergunning f
belastingaanslag-bezwaar d
"""

    def make_platform(self):
        return Platform(self, "formulieren.edam-volendam.test", "triple",
                        "/TriplEforms/DirectRegelen/formulier/nl-NL/evEdamVolendam/{Name}.aspx",
                        "/TriplEforms/{method}/Inloggen.aspx?formulier={Name}")

    def L(self, frm, to):
        if to.startswith(("mailto:", "#")):
            return to
        if split_url(frm)[0] != split_url(to)[0]:
            return to
        p = split_url(to)[1].lstrip("/")
        return p or "./"

    def pid(self, key):
        return 10000 + int(hashlib.sha1(key.encode()).hexdigest()[:6], 16) % 90000

    def product_path(self, pk, title, aud="burger"):
        top = "ondernemers_43200" if aud == "ondernemer" else "inwoners_43117"
        return f"/{top}/product/{slugify(title)}_{self.pid(pk + title)}.html"

    def section_url(self, sec):
        top = "ondernemers_43200" if sec == "Ondernemen" else "inwoners_43117"
        return self.u(f"/{top}/thema/{slugify(sec)}_{self.pid(sec)}.html")

    def doc_url(self, fname):
        return self.u(f"/bestanden/{self.pid(fname)}/{fname}")

    def news_url(self, slug):
        return self.u(f"/actueel_43300/nieuws/{slug}_{self.pid(slug)}.html")

    def contact_url(self):
        return self.u("/contact_43400/")

    def overview_url(self):
        return self.u("/digitaal-loket_43500/")

    def az_url(self):
        return self.u("/a-z_43600/")

    def make_appointment(self):
        url = "http://afspraak.edam-volendam.test/qmaticwebbooking/"
        self.write_appointment(url, "Qmatic")
        return url

    def headings(self):
        return [("intro", "Beschrijving"), ("route", "Aanvraag"), ("voorw", "Voorwaarden"), ("nodig", "Wat moet u meenemen?"),
                ("kosten", "Kosten"), ("duur", "Termijnen")]

    def page(self, url, title, main, aside="", crumbs=None, sec="", aud="burger", lang="nl"):
        L = lambda to: self.L(url, to)
        head = f'<base href="http://{self.host}/">\n'
        hdr = (f'<div class="top"><a href="./"><img src="img/logo-ev.svg" alt="Logo Edam-Volendam"></a>'
               f'<ul class="menu"><li><a href="inwoners_43117/">Inwoners</a></li><li><a href="ondernemers_43200/">Ondernemers</a></li>'
               f'<li><a href="{L(self.az_url())}">A-Z</a></li><li><a href="{L(self.contact_url())}">Contact</a></li>'
               f'<li><a href="english_43700/">English</a></li></ul></div>')
        side = f'<div class="kolom-rechts">{aside}</div>' if aside else ""
        ftr = f'<div class="footer">Stadskantoor, Mgr. C. Veermanlaan 27, Volendam | {self.phone} | <a href="sitemap.xml">Sitemap</a></div>'
        return doc(f"{title} - Gemeente Edam-Volendam", f'{hdr}<div class="inhoud"><h1>{esc(title)}</h1>{main}</div>{side}{ftr}',
                   lang=lang, head=head)

    def write_home(self):
        self.write_home_generic(self.home_url(), "Gemeente Edam-Volendam")
        put(self.u("/img/logo-ev.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text y="25">Edam-Volendam</text></svg>\n')
        for top, t, ss in (("inwoners_43117", "Inwoners", [s for s in self.sec_list if s != "Ondernemen"]),
                           ("ondernemers_43200", "Ondernemers", ["Ondernemen"])):
            u = self.u(f"/{top}/")
            put(u, self.page(u, t, "<ul>" + "".join(f'<li><a href="{self.L(u, self.section_url(s))}">{esc(s)}</a></li>' for s in ss) + "</ul>"))

    def write_extra(self):
        # English pages beside the Dutch ones
        en = []
        for pk in ("parkeervergunning", "terrasvergunning"):
            r = self.rows[pk]
            url = self.u(f"/english_43700/product/{slugify(EN_TITLES[pk])}_{self.pid('en' + pk)}.html")
            txt = {"parkeervergunning": "Do you live in the centre of Volendam or Edam? You can apply for a residents' parking permit "
                                        "through the parking service. You log in with DigiD.",
                   "terrasvergunning": "Would you like to place a terrace in front of your café or restaurant? You need a terrace permit. "
                                       "Apply online with eHerkenning."}[pk]
            main = f"<p>{esc(txt)}</p><p><a href=\"{self.L(url, r.route_url)}\">Apply online</a></p><p><a href=\"{self.L(url, r.product_url)}\">Nederlands</a></p>"
            put(url, self.page(url, EN_TITLES[pk], main, lang="en"))
            en.append((url, EN_TITLES[pk]))
            self.pages.append((url, EN_TITLES[pk], txt))
        u = self.u("/english_43700/")
        put(u, self.page(u, "English", "<p>Information for visitors and new residents.</p><ul>" +
                         "".join(f'<li><a href="{self.L(u, x)}">{esc(t)}</a></li>' for x, t in en) + "</ul>", lang="en"))


# ---------------------------------------------------------------------------
# 5. Nieuwegein: OpenWebConcept /onderwerp/<slug>/ with NL Design System, Gravity Forms on mijn.
# ---------------------------------------------------------------------------

class Nieuwegein(Site):
    code, name, short, host = "GM0356", "Gemeente Nieuwegein", "Nieuwegein", "www.nieuwegein.test"
    website = "http://www.nieuwegein.test/"
    inhabitants = "64500"
    phone = "14 030"
    struct = "OpenWebConcept /onderwerp/<slug>/ page (NL Design System) with a 'Direct regelen' sidebar"
    platform_desc = "the Gravity Forms host mijn.nieuwegein.test"
    sitewide = ["hdr_login", "direct"]
    bodies = {"isd": "wil", "llv": "llv"}
    appt_vendor, appt_mijn = "JCC", False
    soft404 = True
    sitemap = True
    search = ("/zoeken", "s")
    labels = dict(Site.labels, digid=["Regel het direct online", "{form} (DigiD)"],
                  anon=["Vul het formulier in", "Melden"], digid_eh=["Aanvragen met DigiD of eHerkenning", "Regel het direct online"])
    news_item = ("Nieuwe afvalpassen voor de milieustraat", "Vanaf 1 juni heeft u een nieuwe afvalpas nodig.")
    no_text = {"hondenbelasting": ("Hond", "<h2>Veelgestelde vragen over honden</h2><dl>"
                                   "<dt>Waar mag mijn hond loslopen?</dt><dd>In de losloopgebieden die op de kaart staan.</dd>"
                                   "<dt>Moet ik in Nieuwegein hondenbelasting betalen?</dt><dd>Nee. Nieuwegein kent geen hondenbelasting. "
                                   "U hoeft uw hond dus ook niet aan of af te melden.</dd>"
                                   "<dt>Moet ik hondenpoep opruimen?</dt><dd>Ja, overal in de bebouwde kom.</dd></dl>")}
    plan = """
brp-uittreksel dp t:2
verhuismelding dp t:1
geboorteaangifte d
overlijdensaangifte i +news
huwelijksaangifte d t:1
paspoort a +tariff
identiteitskaart a
parkeervergunning d +aud:parkeervergunning
gehandicaptenparkeerkaart d t:1
gehandicaptenparkeerplaats i
hondenbelasting NO
belastingkwijtschelding d t:1
woz-bezwaar d
bijstand v:isd
bijzondere-bijstand v:isd t:1
wmo-voorziening f t:3 +sib:mantelzorg
leerlingenvervoer v:llv
grofvuil d t:1
afvalcontainer f t:1 +aud:afvalcontainer
melding-openbare-ruimte f t:2
omgevingsvergunning v:olo
kapvergunning v:olo t:1
bouwdossier-inzage f t:1
bezwaar d t:1
klacht f t:1
woo-verzoek d t:2
subsidie de t:2
evenementenvergunning de t:1
exploitatievergunning-horeca de
alcoholvergunning de t:2
terrasvergunning de t:2
standplaatsvergunning p
marktvergunning i t:2 +mor
reclamebelasting NF
geluidsontheffing f
winkeltijdenontheffing NF
kansspelautomaatvergunning de t:1
collectevergunning p t:1
ligplaatsvergunning NF404
uitwegvergunning d t:1
belastingaanslag-bezwaar d t:1
betalingsregeling f t:1
"""

    def make_platform(self):
        return Platform(self, "mijn.nieuwegein.test", "gravity", "/{slug}/", "/inloggen-{method}/?redirect_to=/{slug}/")

    def product_path(self, pk, title, aud="burger"):
        return f"/ondernemers/onderwerp/{slugify(title)}/" if aud == "ondernemer" else f"/onderwerp/{slugify(title)}/"

    def section_url(self, sec):
        return self.u(f"/thema/{slugify(sec)}/")

    def doc_url(self, fname):
        return self.u(f"/wp-content/uploads/2024/05/{fname}")

    def news_url(self, slug):
        return self.u(f"/nieuws/{slug}/")

    def contact_url(self):
        return self.u("/contact/")

    def overview_url(self):
        return self.u("/formulieren/")

    def az_url(self):
        return self.u("/onderwerpen-a-z/")

    def mijn_url(self):
        return "http://mijn.nieuwegein.test/mijn-nieuwegein/"

    def headings(self):
        return [("intro", "Wat moet u weten?"), ("voorw", "Voorwaarden"), ("route", "Aanvragen"), ("nodig", "Wat heeft u nodig?"),
                ("kosten", "Kosten"), ("duur", "Hoe lang duurt het?")]

    def section_block(self, head, body, role):
        return f'<h2 class="utrecht-heading-2">{esc(head)}</h2><div class="utrecht-paragraph">{body}</div>'

    def page(self, url, title, main, aside="", crumbs=None, sec="", aud="burger", lang="nl"):
        L = lambda to: self.L(url, to)
        alt = ""
        hdr = (f'<header class="utrecht-page-header"><a href="{L(self.home_url())}"><img src="{L(self.u("/wp-content/themes/owc/logo.svg"))}" alt="Gemeente Nieuwegein"></a>'
               f'<nav class="utrecht-navbar"><a href="{L(self.u("/thema/"))}">Onderwerpen</a> <a href="{L(self.az_url())}">A-Z</a> '
               f'<a href="{L(self.contact_url())}">Contact</a> <a href="{L(self.u("/en/"))}">English</a></nav>'
               f'<a class="utrecht-button mijn" href="{self.mijn_url()}">Mijn Nieuwegein</a>'
               f'<form role="search" action="{L(self.u("/zoeken"))}"><input name="s"><button>Zoeken</button></form></header>')
        side = f'<aside class="owc-sidebar">{aside}</aside>' if aside else ""
        ftr = (f'<footer class="utrecht-page-footer"><p>Stadsplein 1, 3431 LZ Nieuwegein | {self.phone}</p>'
               f'<a href="{L(self.u("/privacy/"))}">Privacy</a> <a href="{L(self.u("/sitemap.xml"))}">Sitemap</a></footer>')
        body = f'{hdr}<main class="utrecht-page-content"><h1 class="utrecht-heading-1">{esc(title)}</h1>{main}</main>{side}{ftr}'
        return doc(f"{title} - Gemeente Nieuwegein", body, lang=lang, html_cls="utrecht-document", head=alt)

    def write_home(self):
        self.write_home_generic(self.home_url(), "Gemeente Nieuwegein")
        u = self.u("/thema/")
        put(u, self.page(u, "Onderwerpen", "<ul>" + "".join(f'<li><a href="{self.L(u, self.section_url(s))}">{esc(s)}</a></li>' for s in self.sec_list) + "</ul>"))
        put(self.u("/privacy/"), self.page(self.u("/privacy/"), "Privacy", "<p>Privacyverklaring.</p>"))
        put(self.u("/wp-content/themes/owc/logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text y="25">Nieuwegein</text></svg>\n')
        lu = "http://mijn.nieuwegein.test/mijn-nieuwegein/inloggen-digid"
        lue = "http://mijn.nieuwegein.test/mijn-nieuwegein/inloggen-eherkenning"
        login_start(lu, "digid")
        login_start(lue, "eh")
        put(self.mijn_url(), doc("Mijn Nieuwegein", f'<main><h1>Mijn Nieuwegein</h1><p>Bekijk uw lopende zaken en berichten.</p>'
            f'<p><a href="{lu}">Inloggen met DigiD</a></p><p><a href="{lue}">Inloggen met eHerkenning</a></p></main>'))

    def write_extra(self):
        en = []
        for pk in ("verhuismelding", "paspoort", "melding-openbare-ruimte"):
            r = self.rows[pk]
            url = self.u(f"/en/{slugify(EN_TITLES[pk])}/")
            txt = {"verhuismelding": "Are you moving to Nieuwegein or within Nieuwegein? Register your new address online. You log in with DigiD.",
                   "paspoort": "You apply for a passport or ID card in person at the town hall. Make an appointment first.",
                   "melding-openbare-ruimte": "Did you notice a broken street light or litter? Report it online."}[pk]
            link = (f'<p><a href="{self.L(url, r.route_url)}">Start (in Dutch)</a></p>' if r.route_url else "")
            main = f"<p>{esc(txt)}</p>{link}<p><a href=\"{self.L(url, r.product_url)}\">Nederlandse versie</a></p>"
            put(url, self.page(url, EN_TITLES[pk], main, lang="en"))
            en.append((url, EN_TITLES[pk]))
            self.pages.append((url, EN_TITLES[pk], txt))
        u = self.u("/en/")
        put(u, self.page(u, "Living in Nieuwegein", "<ul>" + "".join(f'<li><a href="{self.L(u, x)}">{esc(t)}</a></li>' for x, t in en) + "</ul>", lang="en"))


# ---------------------------------------------------------------------------
# 6. Soest: Typo3-like /inwoners/<thema>/<slug>, www -> bare host, Formdesk, E-loket, GET-form CTAs
# ---------------------------------------------------------------------------

class Soest(Site):
    code, name, short, host = "GM0342", "Gemeente Soest", "Soest", "soest.test"
    website = "http://www.soest.test/"
    inhabitants = "47800"
    phone = "14 035"
    struct = "Typo3-like /inwoners/<thema>/<slug> page with call-to-action GET forms"
    platform_desc = "Formdesk (fd8.formdesk.test)"
    sitewide = ["taxlogin", "contact"]
    bodies = {"tax": "bsge"}
    appt_vendor, appt_mijn = "Timeblockr", False
    search = ("/zoeken", "q")
    cta_default = "get"
    labels = dict(Site.labels, digid=["Aanvragen met DigiD", "Start formulier"], anon=["Start formulier", "Online melden"])
    overview_title = "E-loket"
    news_item = ("Kapvergunning afgeschaft", "Vanaf 1 januari 2024 heeft u geen kapvergunning meer nodig voor bomen in uw tuin.")
    no_text = {
        "kapvergunning": ("Bomen", "<p>Bomen zijn belangrijk voor een groen Soest. Lees hier wat u moet weten over bomen in uw tuin en in de openbare ruimte.</p>"
                          "<h2>Boom kappen in uw eigen tuin</h2><p>De kapvergunning is in Soest afgeschaft. U mag bomen op uw eigen terrein "
                          "kappen zonder vergunning. Wij vragen u wel om, als het kan, een nieuwe boom te planten.</p>"
                          "<h2>Gemeentelijke bomen</h2><p>Heeft u last van een gemeentelijke boom? Doe een melding openbare ruimte.</p>"),
        "exploitatievergunning-horeca": ("Horeca", "<p>Informatie voor horecaondernemers in Soest.</p><h2>Veelgestelde vragen</h2>"
                                         "<p><strong>Heb ik een exploitatievergunning nodig?</strong><br>Nee. Deze vergunning bestaat niet meer in Soest. "
                                         "U heeft wel een alcoholvergunning nodig als u alcohol schenkt, en soms een terrasvergunning.</p>"),
    }
    plan = """
brp-uittreksel d @ov
verhuismelding d t:1
geboorteaangifte a
overlijdensaangifte i
huwelijksaangifte a t:3
paspoort a t:1
identiteitskaart a
parkeervergunning d
gehandicaptenparkeerkaart p +pdfinfo
gehandicaptenparkeerplaats p t:2
hondenbelasting v:tax t:1
belastingkwijtschelding v:tax
woz-bezwaar v:tax t:2
bijstand d @a
bijzondere-bijstand d
wmo-voorziening i t:1
leerlingenvervoer d @ov
grofvuil f t:2 +afvalwijzer
afvalcontainer f t:2 +aud:afvalcontainer
melding-openbare-ruimte f t:3 @iframe
omgevingsvergunning v:olo t:2
kapvergunning NO +olocheck
bouwdossier-inzage m t:2
bezwaar f +bezwaar_other
klacht f t:2 @iframe
woo-verzoek d t:2
subsidie p t:1 +verord
evenementenvergunning p t:1 +sib:klein-evenement
exploitatievergunning-horeca NO
alcoholvergunning p t:2
terrasvergunning p t:2
standplaatsvergunning p t:2
marktvergunning NF
reclamebelasting NF
geluidsontheffing f t:2
winkeltijdenontheffing NF404
kansspelautomaatvergunning w t:1
collectevergunning p t:1
ligplaatsvergunning NF
uitwegvergunning d t:2
belastingaanslag-bezwaar v:tax t:1
betalingsregeling v:tax t:2
"""

    def make_platform(self):
        return Platform(self, "fd8.formdesk.test", "formdesk", "/gemeentesoest/{Name}", "/gemeentesoest/{Name}/{method}-login")

    def product_path(self, pk, title, aud="burger"):
        top = "ondernemers" if aud == "ondernemer" else "inwoners"
        return f"/{top}/{slugify(P[pk]['sec'])}/{slugify(title)}"

    def section_url(self, sec):
        top = "ondernemers" if sec == "Ondernemen" else "inwoners"
        return self.u(f"/{top}/{slugify(sec)}/")

    def doc_url(self, fname):
        return self.u(f"/fileadmin/user_upload/{fname}")

    def overview_url(self):
        return self.u("/e-loket")

    def az_url(self):
        return self.u("/a-tot-z")

    def make_appointment(self):
        url = "http://soest.afspraakplanner.test/"
        self.write_appointment(url, "Timeblockr")
        return url

    def headings(self):
        return [("intro", "Wat is het"), ("voorw", "Wie kan het aanvragen"), ("route", "Hoe vraag ik het aan"),
                ("nodig", "Wat moet ik meenemen"), ("kosten", "Kosten"), ("duur", "Wanneer krijg ik het")]

    def page(self, url, title, main, aside="", crumbs=None, sec="", aud="burger", lang="nl"):
        L = lambda to: self.L(url, to)
        hdr = (f'<header id="page-header"><a href="{L(self.home_url())}"><img src="{L(self.u("/typo3conf/ext/soest/logo.svg"))}" alt="Gemeente Soest"></a>'
               f'<ul class="nav"><li><a href="{L(self.u("/inwoners/"))}">Inwoners</a></li><li><a href="{L(self.u("/ondernemers/"))}">Ondernemers</a></li>'
               f'<li><a href="{L(self.overview_url())}">E-loket</a></li><li><a href="{L(self.az_url())}">A-Z</a></li></ul>'
               f'<form action="{L(self.u("/zoeken"))}" method="get"><input name="q"><button>Zoek</button></form></header>')
        side = f'<aside class="col-aside">{aside}</aside>' if aside else ""
        ftr = f'<footer><p>Raadhuisplein 1, 3761 AA Soest | {self.phone}</p><a href="{L(self.contact_url())}">Contact</a></footer>'
        return doc(f"{title} | Gemeente Soest", f'{hdr}<div class="row"><main class="col-main"><h1>{esc(title)}</h1>{main}</main>{side}</div>{ftr}', lang=lang)

    def write_home(self):
        self.write_home_generic(self.home_url(), "Gemeente Soest")
        for top, t, ss in (("inwoners", "Inwoners", [s for s in self.sec_list if s != "Ondernemen"]),
                           ("ondernemers", "Ondernemers", ["Ondernemen"])):
            u = self.u(f"/{top}/")
            put(u, self.page(u, t, "<ul>" + "".join(f'<li><a href="{self.L(u, self.section_url(s))}">{esc(s)}</a></li>' for s in ss) + "</ul>"))
        put(self.u("/typo3conf/ext/soest/logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text y="25">Soest</text></svg>\n')
        HOST_REDIRECTS.append({"host": "www.soest.test", "status": 301, "to": self.host})
        put("http://www.soest.test/index.html", doc("Soest", f'<p><a href="{self.home_url()}">Gemeente Soest</a></p>'))


# ---------------------------------------------------------------------------
# 7. Nijkerk: portal www. plus PDC catalogue loket.<org>/producten/<Titel>, iForm with F_FORMNR query
# ---------------------------------------------------------------------------

class Nijkerk(Site):
    code, name, short, host = "GM0267", "Gemeente Nijkerk", "Nijkerk", "www.nijkerk.test"
    website = "http://www.nijkerk.test/"
    inhabitants = "44500"
    phone = "14 033"
    struct = "PDC catalogue page loket.nijkerk.test/producten/<Titel> ('Product informatie' with <details>)"
    platform_desc = "the iForm host zaken.nijkerk.test (formEgemFormToon?F_FORMNR=...)"
    sitewide: list[str] = []
    bodies: dict = {}
    appt_vendor, appt_mijn = "JCC", True
    sitemap = True
    cta_default = "get"
    labels = dict(Site.labels, digid=["Aanvragen met DigiD", "Formulier starten (DigiD)"], anon=["Formulier starten", "Naar het formulier"])
    overview_title = "Alle formulieren"
    news_item = ("Let op: nepmails over DigiD", "Er worden valse e-mails verstuurd namens DigiD en de gemeente. Klik niet op de links.")
    no_text = {
        "parkeervergunning": ("Parkeren en blauwe zone", "<p>In Nijkerk betaalt u nergens voor parkeren. De gemeente kent geen "
                              "vergunninggebieden en geeft daarom geen parkeervergunningen uit.</p><p>In het centrum geldt een blauwe "
                              "zone. Parkeer met een parkeerschijf, maximaal 2 uur.</p>"),
        "reclamebelasting": ("Gemeentelijke belastingen: overzicht", "<p>De gemeente Nijkerk heft de volgende belastingen: onroerendezaakbelasting (OZB), "
                             "afvalstoffenheffing, rioolheffing, hondenbelasting en toeristenbelasting.</p><p>Wij heffen geen reclamebelasting "
                             "en geen precariobelasting.</p>"),
    }
    plan = """
brp-uittreksel d @get +tariff
verhuismelding d @get t:1 +news
geboorteaangifte a t:2
overlijdensaangifte i +alleform
huwelijksaangifte d +tariff
paspoort a +tariff
identiteitskaart a +tariff
parkeervergunning NO +verord
gehandicaptenparkeerkaart d t:1
gehandicaptenparkeerplaats d +verord
hondenbelasting d +verord
belastingkwijtschelding d t:2 +pdfinfo
woz-bezwaar d +mijnoverheid
bijstand d
bijzondere-bijstand d +verord
wmo-voorziening i t:1 +alleform +verord
leerlingenvervoer d +verord
grofvuil d t:2
afvalcontainer d
melding-openbare-ruimte f
omgevingsvergunning v:olo
kapvergunning v:olo t:2 +verord
bouwdossier-inzage p t:2 +alleform
bezwaar p t:2 +bezwaar_other
klacht f
woo-verzoek f
subsidie de +verord
evenementenvergunning p +verord +news
exploitatievergunning-horeca p +tariff
alcoholvergunning p t:2 +tariff
terrasvergunning e t:2
standplaatsvergunning p +alleform
marktvergunning i t:2 +verord
reclamebelasting NO
geluidsontheffing i t:2
winkeltijdenontheffing NF
kansspelautomaatvergunning p +tariff
collectevergunning NF
ligplaatsvergunning NF
uitwegvergunning f t:1
belastingaanslag-bezwaar d t:1
betalingsregeling i t:2 +mijnoverheid
"""
    LOKET = "loket.nijkerk.test"

    def make_platform(self):
        return Platform(self, "zaken.nijkerk.test", "iform", "/pls/iform/formEgemFormToon?F_FORMNR={nr}",
                        "/pls/iform/{method}_login?F_FORMNR={nr}", nr_base=103000)

    def lk(self, path):
        return f"http://{self.LOKET}{path}"

    def product_url_for(self, pk, title, aud="burger"):
        return self.lk(f"/producten/{under(title)}")

    def section_url(self, sec):
        return self.lk(f"/thema/{slugify(sec)}")

    def doc_url(self, fname):
        return self.lk(f"/documenten/{fname}")

    def overview_url(self):
        return self.lk("/formulieren")

    def az_url(self):
        return self.lk("/producten/")

    def headings(self):
        return [("intro", "Inleiding"), ("voorw", "Voorwaarden"), ("nodig", "Benodigdheden"), ("route", "Aanpak"),
                ("kosten", "Kosten"), ("duur", "Termijn")]

    def sections_html(self, row, frm, route_block):
        inner = Site.sections_html(self, row, frm, route_block)
        extra = ""
        if row.kind in AUTH_KINDS and AUTH_KINDS[row.kind][0]:
            extra = ('<details><summary>Toelichting digitaal formulier</summary><p>Voor het digitale formulier logt u in met DigiD. '
                     'Zorg dat u uw DigiD bij de hand heeft.</p></details>')
        return f'<div class="pdc-product"><h2>Product informatie</h2>{inner}{extra}</div>'

    def section_block(self, head, body, role):
        op = " open" if role in ("intro", "route") else ""
        return f"<details{op}><summary>{esc(head)}</summary>{body}</details>"

    def page(self, url, title, main, aside="", crumbs=None, sec="", aud="burger", lang="nl"):
        L = lambda to: self.L(url, to)
        hdr = (f'<header><a href="{self.home_url()}"><img src="http://{self.host}/static/logo-nijkerk.svg" alt="Gemeente Nijkerk"></a>'
               f'<nav><a href="{self.home_url()}">Home</a> <a href="{L(self.az_url())}">Loket: producten A-Z</a> '
               f'<a href="{L(self.overview_url())}">Formulieren</a> <a href="{L(self.u("/nieuws/"))}">Nieuws</a> '
               f'<a href="{L(self.contact_url())}">Contact</a></nav></header>')
        side = f'<aside>{aside}</aside>' if aside else ""
        ftr = f'<footer><p>Kolkstraat 21, 3861 AK Nijkerk | {self.phone}</p></footer>'
        return doc(f"{title} - Gemeente Nijkerk", f'{hdr}<main><h1>{esc(title)}</h1>{main}</main>{side}{ftr}', lang=lang)

    def write_home(self):
        self.write_home_generic(self.home_url(), "Gemeente Nijkerk",
                                f'<p>Iets regelen? Ga naar het <a href="{self.az_url()}">digitale loket</a>.</p>')
        put(self.u("/static/logo-nijkerk.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text y="25">Nijkerk</text></svg>\n')
        nu = self.u("/nieuws/")
        put(nu, self.page(nu, "Nieuws", "<ul>" + "".join(f'<li><a href="{self.L(nu, u)}">{esc(t)}</a></li>' for u, t, _ in self.news) + "</ul>"))
        put(self.lk("/"), self.page(self.lk("/"), "Digitaal loket Nijkerk", f'<p><a href="{self.az_url()}">Producten A-Z</a> | '
                                    f'<a href="{self.overview_url()}">Alle formulieren</a></p>'))

    def news_url(self, slug):
        return self.u("/nieuws/" + slug)

    def write_sitemap(self):
        for host in (self.host, self.LOKET):
            urls = sorted({u for u, _, _ in self.pages if split_url(u)[0] == host} | {f"http://{host}/"})
            body = "".join(f"<url><loc>{esc(u)}</loc></url>" for u in urls)
            put(f"http://{host}/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>\n')
        put(self.lk("/robots.txt"), f"User-agent: *\nSitemap: {self.lk('/sitemap.xml')}\n")


# ---------------------------------------------------------------------------
# 8. Moerdijk: WordPress-like /inwoners/<slug>/, cookie consent GET form, e-Suite forms in iframes
# ---------------------------------------------------------------------------

class Moerdijk(Site):
    code, name, short, host = "GM1709", "Gemeente Moerdijk", "Moerdijk", "www.moerdijk.test"
    website = "http://www.moerdijk.test/"
    inhabitants = "37600"
    phone = "14 0168"
    struct = "WordPress-like /inwoners/<slug>/ page behind a cookie-consent form"
    platform_desc = "the e-Suite host eformulieren.moerdijk.test"
    sitewide = ["mor_footer"]
    bodies = {"tax": "bwb", "mor": "buitenbeter"}
    appt_vendor, appt_mijn = "JCC", False
    soft404 = True
    sitemap = True
    labels = dict(Site.labels, digid=["Direct aanvragen met DigiD", "{form}"], eh=["Aanvragen met eHerkenning"],
                  anon=["Formulier invullen"])
    news_item = ("Nieuwe app voor meldingen: BuitenBeter", "Meldingen over de buitenruimte doet u voortaan met de BuitenBeter-app.")
    no_text = {"collectevergunning": ("Collecteren en inzamelen", "<p>Wilt u geld of goederen inzamelen voor een goed doel?</p>"
                                      "<p>Voor een collecte heeft u in de gemeente Moerdijk geen vergunning nodig. De collectevergunning "
                                      "is per 1 januari 2022 uit de APV geschrapt. Landelijke goede doelen collecteren volgens het rooster van het CBF.</p>")}
    plan = """
brp-uittreksel d @iframe
verhuismelding d @iframe t:1
geboorteaangifte a +digid_aanvragen
overlijdensaangifte i
huwelijksaangifte i t:2 +news
paspoort a t:1
identiteitskaart a
parkeervergunning NF
gehandicaptenparkeerkaart di
gehandicaptenparkeerplaats p t:2
hondenbelasting v:tax +taxlogin
belastingkwijtschelding v:tax t:2
woz-bezwaar v:tax
bijstand d t:1 +machtigen
bijzondere-bijstand d
wmo-voorziening f @iframe
leerlingenvervoer di t:2
grofvuil d t:2
afvalcontainer d t:1
melding-openbare-ruimte v:mor t:3
omgevingsvergunning v:olo t:1
kapvergunning v:olo
bouwdossier-inzage d
bezwaar d t:2
klacht f @iframe t:2
woo-verzoek f
subsidie e t:1
evenementenvergunning e t:1 +sib:klein-evenement
exploitatievergunning-horeca e
alcoholvergunning e t:1
terrasvergunning p t:2 +loginnear
standplaatsvergunning p t:1 +taxlogin
marktvergunning NF
reclamebelasting i +taxlogin
geluidsontheffing p t:1
winkeltijdenontheffing i t:2
kansspelautomaatvergunning p t:2
collectevergunning NO
ligplaatsvergunning p t:2 +verord
uitwegvergunning f t:2
belastingaanslag-bezwaar v:tax t:2
betalingsregeling v:tax t:1
"""

    def make_platform(self):
        return Platform(self, "eformulieren.moerdijk.test", "esuite", "/formulieren/{slug}/", "/formulieren/{slug}/inloggen/{method}")

    def home_url(self):
        return self.u("/home/")

    def product_path(self, pk, title, aud="burger"):
        top = "ondernemers" if aud == "ondernemer" else "inwoners"
        return f"/{top}/{slugify(title)}/"

    def section_url(self, sec):
        return self.u(f"/thema/{slugify(sec)}/")

    def doc_url(self, fname):
        return self.u(f"/media/{2000 + int(hashlib.sha1(fname.encode()).hexdigest()[:4], 16) % 7000}/{fname}")

    def news_url(self, slug):
        return self.u(f"/nieuws/{slug}/")

    def contact_url(self):
        return self.u("/contact/")

    def overview_url(self):
        return self.u("/formulieren/")

    def az_url(self):
        return self.u("/a-z/")

    def headings(self):
        return [("intro", "Over dit onderwerp"), ("voorw", "Voorwaarden"), ("route", "Aanvragen"), ("kosten", "Wat kost het?"),
                ("nodig", "Meer weten?"), ("duur", "Hoe lang duurt het?")]

    def page(self, url, title, main, aside="", crumbs=None, sec="", aud="burger", lang="nl"):
        L = lambda to: self.L(url, to)
        mor = BODIES["buitenbeter"].u("/melden/moerdijk")
        hdr = (f'<header class="site-header"><a href="{L(self.home_url())}" class="custom-logo-link"><img src="{L(self.u("/wp-content/themes/moerdijk/logo.svg"))}" alt="Gemeente Moerdijk"></a>'
               f'<nav class="menu"><a href="{L(self.u("/inwoners/"))}">Inwoners</a> <a href="{L(self.u("/ondernemers/"))}">Ondernemers</a> '
               f'<a href="{L(self.az_url())}">A-Z</a> <a href="{L(self.contact_url())}">Contact</a></nav></header>')
        side = f'<aside class="widget-area">{aside}</aside>' if aside else ""
        ftr = (f'<footer class="site-footer"><p>Pastoor van Kessel Centrum 1, 4761 CX Zevenbergen | {self.phone}</p>'
               f'<p><a href="{mor}">Meld een probleem in de openbare ruimte (BuitenBeter app)</a></p>'
               f'<a href="{L(self.u("/sitemap.xml"))}">Sitemap</a></footer>')
        return doc(f"{title} - Gemeente Moerdijk", f'{hdr}<main id="primary"><article><h1 class="entry-title">{esc(title)}</h1>'
                   f'<div class="entry-content">{main}</div></article></main>{side}{ftr}', lang=lang)

    def sitewide_notes(self):
        n = Site.sitewide_notes(self)
        n["mor_footer"] = "'Meld een probleem in de openbare ruimte (BuitenBeter app)' link in the footer of every page"
        return n

    def product_page(self, row):
        if row.pk == "melding-openbare-ruimte":
            keep = self.sitewide
            self.sitewide = []
            Site.product_page(self, row)
            self.sitewide = keep
            return
        Site.product_page(self, row)

    def write_home(self):
        self.write_home_generic(self.home_url(), "Gemeente Moerdijk")
        put(self.u("/"), doc("Cookies - Gemeente Moerdijk", '<div class="cmplz-cookiebanner"><h1>Wij gebruiken cookies</h1>'
            '<p>Deze website gebruikt cookies. Met uw toestemming plaatsen wij ook cookies voor statistieken.</p>'
            '<form method="get" action="/home/"><input type="hidden" name="cmplz_consent" value="all">'
            '<button type="submit">Accepteren</button></form>'
            '<form method="get" action="/home/"><input type="hidden" name="cmplz_consent" value="functional">'
            '<button type="submit">Alleen functioneel</button></form></div>'))
        for top, t, ss in (("inwoners", "Inwoners", [s for s in self.sec_list if s != "Ondernemen"]),
                           ("ondernemers", "Ondernemers", ["Ondernemen"])):
            u = self.u(f"/{top}/")
            put(u, self.page(u, t, "<ul>" + "".join(f'<li><a href="{self.L(u, self.section_url(s))}">{esc(s)}</a></li>' for s in ss) + "</ul>"))
        put(self.u("/wp-content/themes/moerdijk/logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text y="25">Moerdijk</text></svg>\n')


# ---------------------------------------------------------------------------
# 9. Vught: Sitecore-like /inwoners/regelen-en-aanvragen/<thema>/<slug>, bare host redirect,
#    cookie interstitial with a button, 'Alle formulieren' overview, script-written anchors
# ---------------------------------------------------------------------------

class Vught(Site):
    code, name, short, host = "GM0865", "Gemeente Vught", "Vught", "www.vught.test"
    website = "http://vught.test/"
    inhabitants = "27200"
    phone = "14 073"
    struct = "Sitecore-like /inwoners/regelen-en-aanvragen/<thema>/<slug> page with a 'Veelgevraagd' box"
    platform_desc = "the digital counter host digitaalloket.vught.test"
    sitewide = ["hdr_inloggen", "veelgevraagd"]
    bodies: dict = {}
    appt_vendor, appt_mijn = "JCC", True
    search = ("/zoeken", "zoekterm")
    labels = dict(Site.labels, digid=["Inloggen met DigiD en aanvragen", "Direct regelen"], anon=["Formulier invullen", "Melding doen"],
                  eh=["Inloggen met eHerkenning en aanvragen"])
    news_item = ("Geen precario- en reclamebelasting meer", "De gemeenteraad heeft besloten deze belastingen niet meer te heffen.")
    no_text = {"reclamebelasting": ("Precariobelasting", "<p>Precariobelasting betaalde u voor het hebben van voorwerpen op, "
                                    "onder of boven gemeentegrond, zoals een terras of een uithangbord.</p>"
                                    "<p>De gemeenteraad van Vught heeft besloten om met ingang van 1 januari 2021 geen precariobelasting "
                                    "en geen reclamebelasting meer te heffen. U ontvangt hiervoor dus geen aanslag meer.</p>")}
    plan = """
brp-uittreksel d @ov
verhuismelding d @js
geboorteaangifte d t:3
overlijdensaangifte i
huwelijksaangifte d @ov t:1
paspoort a sh:identiteitskaart +mijnoverheid
identiteitskaart =paspoort
parkeervergunning d @js +bezwaar_other
gehandicaptenparkeerkaart d
gehandicaptenparkeerplaats d t:1
hondenbelasting d t:2
belastingkwijtschelding d @ov
woz-bezwaar d sh:belastingaanslag-bezwaar
belastingaanslag-bezwaar =woz-bezwaar
bijstand d t:2
bijzondere-bijstand d t:2
wmo-voorziening f t:1
leerlingenvervoer p t:2 +digid_aanvragen
grofvuil d +afvalwijzer
afvalcontainer d t:3
melding-openbare-ruimte f @js t:2
omgevingsvergunning v:olo
kapvergunning v:olo t:2
bouwdossier-inzage m t:1
bezwaar d t:2
klacht f t:2
woo-verzoek f
subsidie e t:1
evenementenvergunning e t:2
exploitatievergunning-horeca e t:2
alcoholvergunning p t:3 +sib:tijdelijke-ontheffing
terrasvergunning p
standplaatsvergunning p t:1 +sib:venten
marktvergunning NF
reclamebelasting NO
geluidsontheffing f t:1
winkeltijdenontheffing NF
kansspelautomaatvergunning i t:1
collectevergunning i t:2
ligplaatsvergunning NF
uitwegvergunning d t:2
betalingsregeling i t:1
"""
    BASE = "/inwoners/regelen-en-aanvragen"

    def make_platform(self):
        return Platform(self, "digitaalloket.vught.test", "digitaalloket", "/formulier/{Name}", "/formulier/{Name}/inloggen/{method}")

    def home_url(self):
        return self.u("/home")

    def product_path(self, pk, title, aud="burger"):
        top = "/ondernemers/regelen-en-aanvragen" if aud == "ondernemer" else self.BASE
        return f"{top}/{slugify(P[pk]['sec'])}/{slugify(title)}"

    def section_url(self, sec):
        top = "/ondernemers/regelen-en-aanvragen" if sec == "Ondernemen" else self.BASE
        return self.u(f"{top}/{slugify(sec)}/")

    def doc_url(self, fname):
        return self.u(f"/-/media/vught/documenten/{fname}")

    def overview_url(self):
        return self.u(self.BASE + "/alle-formulieren")

    def az_url(self):
        return self.u("/inwoners/a-z")

    def mijn_url(self):
        return "http://digitaalloket.vught.test/mijn-loket"

    def headings(self):
        return [("intro", "Algemeen"), ("route", "Aanvragen"), ("voorw", "Voorwaarden"), ("nodig", "Meenemen"),
                ("kosten", "Kosten"), ("duur", "Doorlooptijd")]

    def sections_html(self, row, frm, route_block):
        t = P[row.pk]
        tabs, panels = [], []
        for i, (role, head) in enumerate(self.headings()):
            body = route_block if role == "route" else f"<p>{esc(t[role])}</p>"
            tabs.append(f'<li role="tab" aria-controls="tab{i}">{esc(head)}</li>')
            panels.append(f'<div role="tabpanel" id="tab{i}" class="tab-panel"><h2>{esc(head)}</h2>{body}</div>')
        return f'<ul class="tabs" role="tablist">{"".join(tabs)}</ul>{"".join(panels)}'

    def page(self, url, title, main, aside="", crumbs=None, sec="", aud="burger", lang="nl"):
        L = lambda to: self.L(url, to)
        hdr = (f'<header class="header"><a href="{L(self.home_url())}"><img src="{L(self.u("/-/media/vught/logo.svg"))}" alt="Gemeente Vught"></a>'
               f'<nav><a href="{L(self.u("/inwoners/"))}">Inwoners</a> <a href="{L(self.u("/ondernemers/"))}">Ondernemers</a> '
               f'<a href="{L(self.overview_url())}">Alle formulieren</a> <a href="{L(self.contact_url())}">Contact</a></nav>'
               f'<a class="login" href="{self.mijn_url()}">Inloggen</a>'
               f'<form action="{L(self.u("/zoeken"))}"><input name="zoekterm"><button>Zoeken</button></form></header>')
        side = f'<aside class="sidebar">{aside}</aside>' if aside else ""
        ftr = f'<footer><p>Secretariaat, Postbus 10100, 5260 GA Vught | {self.phone}</p><a href="{L(self.az_url())}">A-Z</a></footer>'
        return doc(f"{title} | Gemeente Vught", f'{hdr}<main><h1>{esc(title)}</h1>{main}</main>{side}{ftr}', lang=lang)

    def write_home(self):
        self.write_home_generic(self.home_url(), "Gemeente Vught")
        put(self.u("/"), doc("Gemeente Vught - cookies", '<div class="consent-overlay"><h1>Cookie-instellingen</h1>'
            '<p>Wij gebruiken cookies om onze website te verbeteren. Geeft u toestemming?</p>'
            '<button type="button" onclick="document.cookie=\'consent=1\';location.href=\'/home\'">Akkoord</button> '
            '<button type="button" onclick="location.href=\'/home?consent=0\'">Weigeren</button></div>'))
        for p, t in (("/inwoners/", "Inwoners"), ("/ondernemers/", "Ondernemers")):
            u = self.u(p)
            ss = [s for s in self.sec_list if (s == "Ondernemen") == (t == "Ondernemers")]
            put(u, self.page(u, t, "<ul>" + "".join(f'<li><a href="{self.L(u, self.section_url(s))}">{esc(s)}</a></li>' for s in ss) + "</ul>"))
        put(self.u("/-/media/vught/logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text y="25">Vught</text></svg>\n')
        lu = "http://digitaalloket.vught.test/mijn-loket/inloggen"
        login_start(lu, "digid")
        put(self.mijn_url(), doc("Mijn loket Vught", f'<main><h1>Mijn loket</h1><p>Uw lopende zaken.</p><a href="{lu}">Inloggen met DigiD</a></main>'))
        HOST_REDIRECTS.append({"host": "vught.test", "status": 301, "to": self.host})
        put("http://vught.test/index.html", doc("Vught", f'<p><a href="{self.home_url()}">Gemeente Vught</a></p>'))


# ---------------------------------------------------------------------------
# 10. Schouwen-Duiveland: 'Kies uw taal' splash, Drupal /nl/<slug>, /nl/media/<id>/download documents,
#     Open Formulieren, DigiD shown only as an image
# ---------------------------------------------------------------------------

class SchouwenDuiveland(Site):
    code, name, short, host = "GM1676", "Gemeente Schouwen-Duiveland", "Schouwen-Duiveland", "www.schouwen-duiveland.test"
    website = "http://www.schouwen-duiveland.test/"
    inhabitants = "34600"
    phone = "14 0111"
    struct = "Drupal /nl/<slug> page behind a 'Kies uw taal' splash"
    platform_desc = "the Open Formulieren host formulieren.schouwen-duiveland.test"
    sitewide: list[str] = []
    bodies = {"tax": "bkz", "waste": "zrd", "park": "park_sd"}
    appt_vendor, appt_mijn = "Qmatic", False
    soft404 = True
    labels = dict(Site.labels, pdf=["Download het aanvraagformulier (PDF)", "Aanvraagformulier {short} (PDF, {kb} kB)"],
                  anon=["Formulier invullen", "Online melden"])
    news_item = ("Toeristenbelasting 2025 vastgesteld", "De toeristenbelasting gaat in 2025 omhoog naar € 2,60 per persoon per nacht.")
    no_text = {"winkeltijdenontheffing": ("Zondagsopenstelling winkels", "<div class=\"alert\"><strong>Wij bieden dit niet meer aan.</strong></div>"
                                          "<p>Vanwege het toeristische karakter van Schouwen-Duiveland mogen alle winkels op zon- en feestdagen open. "
                                          "Een ontheffing van de winkeltijden is daarom niet meer nodig en wordt niet meer verleend.</p>")}
    plan = """
brp-uittreksel di
verhuismelding di t:1
geboorteaangifte di t:3
overlijdensaangifte i t:2
huwelijksaangifte dj t:1
paspoort a +digid_aanvragen
identiteitskaart a t:2 +digid_aanvragen
parkeervergunning v:park +verord
gehandicaptenparkeerkaart p +verord
gehandicaptenparkeerplaats i t:1
hondenbelasting v:tax
belastingkwijtschelding v:tax +mijnoverheid
woz-bezwaar v:tax
bijstand dj
bijzondere-bijstand p +machtigen
wmo-voorziening i t:2 +contact
leerlingenvervoer p t:1
grofvuil v:waste t:2
afvalcontainer v:waste t:1
melding-openbare-ruimte fj
omgevingsvergunning v:olo
kapvergunning v:olo
bouwdossier-inzage p +olocheck
bezwaar p t:2 @btn +bezwaar_other
klacht fj
woo-verzoek m t:1 +newsletter
subsidie p +verord
evenementenvergunning p t:1 +sib:klein-evenement
exploitatievergunning-horeca p +loginnear
alcoholvergunning e t:1
terrasvergunning p +tariff
standplaatsvergunning pm t:1
marktvergunning i t:1
reclamebelasting NF
geluidsontheffing pm t:1
winkeltijdenontheffing NO +direct
kansspelautomaatvergunning i t:1
collectevergunning i t:1
ligplaatsvergunning di t:1
uitwegvergunning i t:1
belastingaanslag-bezwaar v:tax
betalingsregeling v:tax t:1
"""

    def make_platform(self):
        return Platform(self, "formulieren.schouwen-duiveland.test", "openforms", "/{slug}/", "/auth/{slug}/{method}/start")

    def home_url(self):
        return self.u("/nl/")

    def product_path(self, pk, title, aud="burger"):
        return f"/nl/ondernemen/{slugify(title)}" if aud == "ondernemer" else f"/nl/{slugify(title)}"

    def section_url(self, sec):
        return self.u(f"/nl/thema/{slugify(sec)}")

    def doc_url(self, fname):
        return self.u(f"/nl/media/{3000 + int(hashlib.sha1(fname.encode()).hexdigest()[:4], 16) % 6000}/download")

    def doc_pdf(self, fname, content):
        url = self.doc_url(fname)
        put(url, content)
        ct = "application/pdf" if fname.endswith(".pdf") else "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        if not any(c["url"] == url for c in CONTENT_TYPES):
            CONTENT_TYPES.append({"url": url, "content_type": ct})
        return url

    def news_url(self, slug):
        return self.u(f"/nl/nieuws/{slug}")

    def contact_url(self):
        return self.u("/nl/contact")

    def overview_url(self):
        return self.u("/nl/formulieren")

    def az_url(self):
        return self.u("/nl/onderwerpen-a-z")

    def trap(self, code, row, frm):
        res = Site.trap(self, code, row, frm)
        # documents of this site are served from /nl/media/<id>/download
        for c in ("tariff", "verord", "pdfinfo"):
            pass
        return res

    def headings(self):
        return [("intro", "Wat is het?"), ("route", "Wat moet ik doen?"), ("nodig", "Wat heb ik nodig?"), ("kosten", "Kosten"),
                ("duur", "Termijn"), ("voorw", "Bijzonderheden")]

    def page(self, url, title, main, aside="", crumbs=None, sec="", aud="burger", lang="nl"):
        L = lambda to: self.L(url, to)
        home = self.u("/en/") if lang == "en" else self.home_url()
        hdr = (f'<header role="banner"><a href="{L(home)}" rel="home"><img src="{L(self.u("/themes/custom/sd/logo.svg"))}" alt="Home"></a>'
               f'<nav><a href="{L(self.az_url())}">Onderwerpen A-Z</a> <a href="{L(self.contact_url())}">Contact</a></nav>'
               f'<ul class="language-switcher"><li><a href="{L(self.u("/nl/"))}" hreflang="nl">NL</a></li>'
               f'<li><a href="{L(self.u("/en/"))}" hreflang="en">EN</a></li><li><a href="{L(self.u("/de/"))}" hreflang="de">DE</a></li></ul></header>')
        side = f'<aside class="region-sidebar">{aside}</aside>' if aside else ""
        ftr = f'<footer><p>Laan van Sint Maarten 5, 4301 JZ Zierikzee | {self.phone}</p></footer>'
        return doc(f"{title} | Gemeente Schouwen-Duiveland", f'{hdr}<main role="main"><h1 class="page-title">{esc(title)}</h1>'
                   f'<div class="node__content">{main}</div></main>{side}{ftr}', lang=lang)

    def write_home(self):
        self.write_home_generic(self.home_url(), "Gemeente Schouwen-Duiveland")
        put(self.u("/"), doc("Schouwen-Duiveland - Kies uw taal", '<main class="splash"><h1>Gemeente Schouwen-Duiveland</h1>'
            '<p>Kies uw taal / Wählen Sie Ihre Sprache / Choose your language</p><ul>'
            '<li><a href="/nl/" hreflang="nl">Nederlands</a></li><li><a href="/de/" hreflang="de">Deutsch</a></li>'
            '<li><a href="/en/" hreflang="en">English</a></li></ul></main>'))
        put(self.u("/themes/custom/sd/logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text y="25">Schouwen-Duiveland</text></svg>\n')
        u = self.u("/de/")
        put(u, doc("Gemeinde Schouwen-Duiveland", '<main><h1>Willkommen in Schouwen-Duiveland</h1><p>Informationen für Touristen: '
                   '<a href="http://www.schouwen-duiveland.test/nl/">Nederlands</a></p></main>', lang="de"))

    def write_extra(self):
        en = []
        for pk in ("parkeervergunning", "brp-uittreksel"):
            r = self.rows[pk]
            url = self.u(f"/en/{slugify(EN_TITLES[pk])}")
            txt = {"parkeervergunning": "Do you live in the centre of Zierikzee? Apply for a residents' parking permit at the P-Loket. You log in with DigiD.",
                   "brp-uittreksel": "Do you need proof of registration? Request an extract from the BRP online with DigiD."}[pk]
            main = (f"<p>{esc(txt)}</p><p><a href=\"{self.L(url, r.route_url)}\">Apply online</a></p>"
                    f"<p><a href=\"{self.L(url, r.product_url)}\" hreflang=\"nl\">Nederlands</a></p>")
            put(url, self.page(url, EN_TITLES[pk], main, lang="en"))
            en.append((url, EN_TITLES[pk]))
            self.pages.append((url, EN_TITLES[pk], txt))
        u = self.u("/en/")
        put(u, self.page(u, "Welcome to Schouwen-Duiveland", "<p>Information for residents and visitors.</p><ul>" +
                         "".join(f'<li><a href="{self.L(u, x)}">{esc(t)}</a></li>' for x, t in en) + "</ul>", lang="en"))


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------

SITES = [Velsen, Heemstede, Aalsmeer, EdamVolendam, Nieuwegein, Soest, Nijkerk, Moerdijk, Vught, SchouwenDuiveland]


def load_products():
    with open(PRODUCTS_CSV, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    keep = []
    for r in rows:
        keep.append({k: r[k] for k in ("product_key", "name_nl", "org_types", "audience", "offered_by")})
    return keep


def main(argv):
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent / "web"
    products = load_products()
    gkeys = [p["product_key"] for p in products if "G" in p["org_types"]]
    for pk in gkeys:
        if pk not in P:
            raise RuntimeError(f"no text for {pk}")
    build_idps()
    build_omgevingsloket()
    sites = [cls() for cls in SITES]
    for s in sites:
        s.build_rows(gkeys)
    for s in sites:
        s.build_pages()
    for s in sites:
        s.build_site()
    for key in sorted(BODIES):
        if BODIES[key].built:
            BODIES[key].finish()
    allf = {(h, f) for h, f in FILES}
    for (h, f) in sorted(allf):
        parts = f.split("/")
        for i in range(1, len(parts)):
            if (h, "/".join(parts[:i])) in allf:
                raise RuntimeError(f"file/folder clash: {h}/{'/'.join(parts[:i])} and {h}/{f}")
    if out.exists():
        shutil.rmtree(out)
    (out / "sites").mkdir(parents=True)
    n_html = 0
    for (host, fpath) in sorted(FILES):
        data = FILES[(host, fpath)]
        if host == "_notfound":
            dest = out / "notfound" / fpath
        else:
            dest = out / "sites" / host / fpath
            if not fpath.endswith((".pdf", ".docx", ".svg", ".txt", ".xml", ".mjs", ".css")) and "/download" not in fpath:
                n_html += 1
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)
    for name in sorted(SEARCH_FILES):
        dest = out / name
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(SEARCH_FILES[name])
    with open(out / "organisations.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for s in sorted(sites, key=lambda s: s.code):
            w.writerow([s.code, s.name, "gemeente", s.website, s.inhabitants])
    labels = []
    for s in sorted(sites, key=lambda s: s.code):
        for pk in gkeys:
            labels.append(s.rows[pk].label())
    with open(out / "labels.csv", "w", newline="", encoding="utf-8") as f:
        cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "notes"]
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in labels:
            w.writerow(r)
    seen = set()
    redirects = []
    for r in REDIRECTS:
        if r["url"] in seen:
            continue
        seen.add(r["url"])
        redirects.append(r)
    behaviours = {
        "redirects": sorted(redirects, key=lambda r: r["url"]),
        "host_redirects": sorted(HOST_REDIRECTS, key=lambda r: r["host"]),
        "not_found_pages": sorted(NOT_FOUND, key=lambda r: r["host"]),
        "searches": sorted(SEARCHES, key=lambda r: r["host"]),
        "content_types": sorted(CONTENT_TYPES, key=lambda r: r["url"]),
    }
    manifest = {"name": "dev20 held-out web (trap-weighted)", "behaviours": behaviours}
    (out / "testweb.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    hosts = sorted({h for h, _ in FILES if h != "_notfound"})
    print(f"wrote {out}: {len(FILES)} files ({n_html} html-ish), {len(hosts)} hosts, {len(labels)} labels")


if __name__ == "__main__":
    main(sys.argv)
