#!/usr/bin/env python3
"""gen.py OUTDIR -- a labelled simulated web of ten Dutch municipalities (web-dev31).

Standard library only, deterministic (no randomness; choices are md5 hashes of fixed keys).
Reads products.csv beside this script (columns product_key, name_nl, org_types only).
Writes OUTDIR/sites/<host>/<path>, organisations.csv, labels.csv, testweb.json, search/.
"""
import csv
import hashlib
import html
import io
import json
import os
import re
import shutil
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

# --------------------------------------------------------------------------------------
# basic helpers
# --------------------------------------------------------------------------------------
FILES = {}          # (host, filepath) -> bytes
REDIRECTS = []      # testweb.json redirects
REDIRECT_SEEN = {}
LABELS = []
SEARCH_INDEX = {}   # host -> list of {url,title,text}


def h(s):
    return html.escape(str(s), quote=True)


def hx(*parts):
    return int(hashlib.md5("|".join(str(p) for p in parts).encode("utf-8")).hexdigest(), 16)


def pick(seq, *key):
    return seq[hx(*key) % len(seq)]


def slugify(s, sep="-"):
    s = s.lower()
    for a, b in (("é", "e"), ("ë", "e"), ("ï", "i"), ("ó", "o"), ("ü", "u"), ("&", "en"), ("'", "")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", sep, s).strip(sep)
    return s


def split_url(url):
    assert url.startswith("http://"), url
    rest = url[len("http://"):]
    if "/" in rest:
        host, path = rest.split("/", 1)
        path = "/" + path
    else:
        host, path = rest, "/"
    query = ""
    if "?" in path:
        path, query = path.split("?", 1)
    if "#" in query:
        query = query.split("#", 1)[0]
    if "#" in path:
        path = path.split("#", 1)[0]
    return host, path, query


def file_for(url):
    host, path, query = split_url(url)
    if path.endswith("/"):
        fp = path[1:] + "index.html"
    else:
        fp = path[1:]
    if query:
        fp = fp + "?" + query
    return host, fp


def put(url, content):
    host, fp = file_for(url)
    if isinstance(content, str):
        content = content.encode("utf-8")
    key = (host, fp)
    if key in FILES and FILES[key] != content:
        raise SystemExit("conflicting content for %s" % url)
    FILES[key] = content
    return url


def exists(url):
    return file_for(url) in FILES


def redirect(url, location, status=302):
    if url in REDIRECT_SEEN:
        if REDIRECT_SEEN[url] != location:
            raise SystemExit("conflicting redirect %s" % url)
        return url
    REDIRECT_SEEN[url] = location
    REDIRECTS.append({"url": url, "status": status, "location": location})
    return url


# --------------------------------------------------------------------------------------
# documents: minimal valid PDF (optionally with AcroForm fields), DOCX, RTF
# --------------------------------------------------------------------------------------
def _pdf_str(s):
    s = s.encode("cp1252", "replace").decode("cp1252")
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title, lines, fields=(), pad=0):
    content = ["BT", "/F1 15 Tf", "56 790 Td", "(%s) Tj" % _pdf_str(title), "/F1 10 Tf"]
    y = 0
    for ln in lines:
        content.append("0 -16 Td")
        content.append("(%s) Tj" % _pdf_str(ln))
        y += 16
    content.append("ET")
    for i, f in enumerate(fields):
        yy = 700 - y - i * 34
        content.append("BT /F1 10 Tf 56 %d Td (%s:) Tj ET" % (yy + 6, _pdf_str(f)))
        content.append("200 %d 320 20 re S" % yy)
    stream = "\n".join(content).encode("cp1252", "replace")
    objs = []
    n_fields = len(fields)
    field_ids = [6 + i for i in range(n_fields)]
    info_id = 6 + n_fields
    if n_fields:
        acro = b" /AcroForm << /Fields [" + b" ".join(b"%d 0 R" % i for i in field_ids) + \
            b"] /DA (/Helv 0 Tf 0 g) /DR << /Font << /Helv 5 0 R >> >> >>"
        annots = b" /Annots [" + b" ".join(b"%d 0 R" % i for i in field_ids) + b"]"
    else:
        acro = b""
        annots = b""
    objs.append(b"<< /Type /Catalog /Pages 2 0 R" + acro + b" >>")
    objs.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                b" /Resources << /Font << /F1 5 0 R >> >>" + annots + b" >>")
    objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for i, f in enumerate(fields):
        yy = 700 - y - i * 34
        objs.append(("<< /Type /Annot /Subtype /Widget /FT /Tx /T (%s) /Rect [200 %d 520 %d] /F 4 /P 3 0 R"
                     " /DA (/Helv 10 Tf 0 g) >>" % (_pdf_str(slugify(f, "_")), yy, yy + 20)).encode("cp1252"))
    objs.append(("<< /Title (%s) /Producer (gemeente documentbeheer) /CreationDate (D:20240115093000+01'00') >>"
                 % _pdf_str(title)).encode("cp1252", "replace"))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    # embedded-font-like filler (PDF comments) so that files have realistic sizes
    seed = hashlib.sha256(title.encode("utf-8")).hexdigest()
    while out.tell() < pad:
        seed = hashlib.sha256(seed.encode("ascii")).hexdigest()
        out.write(b"% " + (seed + seed[:30]).encode("ascii") + b"\n")
    offsets = []
    for i, o in enumerate(objs):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % (i + 1) + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objs) + 1, info_id, xref))
    return out.getvalue()


def make_docx(title, lines):
    buf = io.BytesIO()
    z = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)

    def add(name, data):
        zi = zipfile.ZipInfo(name, date_time=(2024, 1, 15, 9, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, data)
    add("[Content_Types].xml",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.document.main+xml"/></Types>')
    add("_rels/.rels",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        'officeDocument" Target="word/document.xml"/></Relationships>')
    paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % html.escape(x)
                    for x in [title] + list(lines))
    add("word/document.xml",
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:body>%s</w:body></w:document>' % paras)
    z.close()
    return buf.getvalue()


def size_label(n, style):
    kb = n / 1024.0
    if style == 0:
        return "pdf, %d kB" % max(1, round(kb))
    if style == 1:
        return "PDF, %.1f kB" % kb
    if style == 2:
        return "PDF %d KB" % max(1, round(kb))
    return "pdf, %d KB" % max(1, round(kb))


FORM_FIELDS = ["Naam", "Adres", "Postcode en woonplaats", "Telefoonnummer", "E-mailadres", "Datum", "Handtekening"]

# --------------------------------------------------------------------------------------
# product texts (own wording; titles partly modelled on real titles)
# sec: section key; bus: business product (eHerkenning audience)
# --------------------------------------------------------------------------------------
SECTIONS = {
    "burgerzaken": "Burgerzaken",
    "reizen": "Paspoort, ID-kaart en rijbewijs",
    "belastingen": "Belastingen",
    "zorg": "Zorg en ondersteuning",
    "werk": "Werk en inkomen",
    "afval": "Afval",
    "openbare-ruimte": "Openbare ruimte",
    "wonen": "Bouwen en wonen",
    "verkeer": "Verkeer en parkeren",
    "ondernemen": "Ondernemen en vergunningen",
    "bestuur": "Bestuur en organisatie",
    "onderwijs": "Onderwijs en jeugd",
}

P = {
    "brp-uittreksel": dict(
        titles=["Uittreksel BRP aanvragen", "Uittreksel Basisregistratie Personen (BRP)", "Uittreksel BRP",
                "Uittreksels uit de BRP", "BRP-uittreksel"],
        sec="burgerzaken", form="Aanvraag uittreksel BRP",
        wat="Een uittreksel uit de Basisregistratie Personen (BRP) is een officieel document met uw persoonsgegevens, "
            "zoals uw naam, geboortedatum en adres. U heeft het bijvoorbeeld nodig voor een huurwoning, een "
            "nieuwe baan of een aanvraag bij een ambassade.",
        hoe="U vraagt het uittreksel aan voor uzelf. Voor iemand anders kan dat alleen met een schriftelijke "
            "machtiging. Soms vraagt een instantie om een internationaal uittreksel of om een uittreksel met "
            "adreshistorie; geef dat bij de aanvraag aan.",
        nodig=["een geldig identiteitsbewijs", "het doel waarvoor u het uittreksel nodig heeft"],
        kosten="Een uittreksel kost &euro; 16,10.", duur="U ontvangt het uittreksel binnen 5 werkdagen per post.",
        balie="U vraagt een uittreksel aan bij de balie van het gemeentehuis. Neem uw identiteitsbewijs mee."),
    "verhuismelding": dict(
        titles=["Verhuizing doorgeven", "Verhuizen", "Verhuizing", "Verhuizen binnen of naar de gemeente",
                "Adreswijziging doorgeven"],
        sec="burgerzaken", form="Verhuizing doorgeven",
        wat="Gaat u verhuizen? Geef uw nieuwe adres dan door aan de gemeente. Dat kan vanaf 4 weken voor de "
            "verhuisdatum en uiterlijk 5 dagen erna. De gemeente geeft uw adres door aan andere instanties, zoals "
            "de Belastingdienst.",
        hoe="Verhuist u met het hele gezin? Dan kunt u de verhuizing voor alle gezinsleden tegelijk doorgeven. "
            "Gaat u inwonen bij iemand? Dan heeft u een verklaring van de hoofdbewoner nodig.",
        nodig=["uw nieuwe adres en de verhuisdatum", "een kopie van het identiteitsbewijs van de hoofdbewoner als u "
               "gaat inwonen"],
        kosten="Het doorgeven van een verhuizing is gratis.", duur="Wij verwerken uw verhuizing binnen 5 werkdagen.",
        balie="U geeft uw verhuizing door aan de balie van het gemeentehuis of per brief."),
    "geboorteaangifte": dict(
        titles=["Geboorte aangeven", "Aangifte geboorte", "Geboorte", "Geboorteaangifte", "Geboorte doorgeven"],
        sec="burgerzaken", form="Geboorteaangifte",
        wat="Is uw kind geboren? Dan doet u binnen 3 dagen aangifte van de geboorte. De geboorte wordt dan "
            "ingeschreven in de Basisregistratie Personen en uw kind krijgt een burgerservicenummer.",
        hoe="Aangifte doet de vader, de moeder of de meemoeder. Is dat niet mogelijk, dan mag iemand anders die bij "
            "de geboorte was of in het huis woont aangifte doen.",
        nodig=["uw identiteitsbewijs", "eventueel een verklaring van erkenning of naamskeuze"],
        kosten="Geboorteaangifte is gratis.", duur="De akte wordt direct opgemaakt.",
        balie="U doet aangifte in het gemeentehuis van de gemeente waar uw kind geboren is. Maak hiervoor een afspraak."),
    "overlijdensaangifte": dict(
        titles=["Overlijden aangeven", "Aangifte overlijden", "Overlijden", "Aangifte van overlijden",
                "Overlijden doorgeven"],
        sec="burgerzaken", form="Aangifte van overlijden (voor uitvaartondernemers)", bus=True,
        wat="Na een overlijden moet binnen 6 werkdagen aangifte worden gedaan bij de gemeente waar iemand is "
            "overleden. Meestal regelt de uitvaartondernemer dit voor de nabestaanden.",
        hoe="De uitvaartondernemer doet de aangifte met de verklaring van overlijden van de arts. Daarna krijgt u "
            "een akte van overlijden en verlof tot begraven of cremeren.",
        nodig=["de verklaring van overlijden van de arts", "het identiteitsbewijs van de overledene"],
        kosten="Aangifte van overlijden is gratis. Een afschrift van de akte kost &euro; 16,10.",
        duur="De akte wordt direct opgemaakt.",
        balie="De aangifte gebeurt op afspraak in het gemeentehuis. Meestal regelt de uitvaartondernemer dit."),
    "huwelijksaangifte": dict(
        titles=["Melding voorgenomen huwelijk of partnerschap", "Trouwen of partnerschap melden",
                "Voornemen huwelijk of geregistreerd partnerschap melden", "Ondertrouw",
                "Huwelijk en geregistreerd partnerschap"],
        sec="burgerzaken", form="Melding voorgenomen huwelijk of partnerschap",
        wat="Wilt u trouwen of een geregistreerd partnerschap aangaan? Dan meldt u dat minimaal 2 weken en "
            "maximaal 1 jaar voor de datum bij de gemeente. Vroeger heette dit ondertrouw.",
        hoe="U meldt het voornemen samen met uw partner. Bij de melding geeft u ook uw getuigen door. Daarna kunt u "
            "de datum, tijd en locatie vastleggen.",
        nodig=["de gegevens van u en uw partner", "de gegevens van 2 tot 4 getuigen",
               "een geldig identiteitsbewijs"],
        kosten="De melding is gratis. De kosten van de ceremonie hangen af van dag en locatie.",
        duur="U ontvangt binnen 2 weken bericht.",
        balie="U doet de melding samen op afspraak in het gemeentehuis."),
    "paspoort": dict(
        titles=["Paspoort aanvragen", "Paspoort", "Paspoort aanvragen of verlengen", "Reisdocument: paspoort"],
        sec="reizen", form="Paspoort aanvragen",
        wat="Een paspoort is een reisdocument en identiteitsbewijs. Een paspoort is 10 jaar geldig; voor kinderen "
            "onder 18 jaar 5 jaar.",
        hoe="U vraagt een paspoort altijd persoonlijk aan in het gemeentehuis. Wij nemen uw vingerafdrukken en een "
            "handtekening af. Voor kinderen onder de 18 jaar is toestemming nodig van beide ouders met gezag.",
        nodig=["een recente pasfoto die voldoet aan de eisen", "uw huidige paspoort of identiteitskaart"],
        kosten="Een paspoort kost &euro; 84,70 (18 jaar en ouder) of &euro; 61,05 (jonger dan 18 jaar).",
        duur="Uw paspoort ligt na 5 werkdagen klaar.",
        balie="U vraagt een paspoort persoonlijk aan in het gemeentehuis. Maak hiervoor een afspraak."),
    "identiteitskaart": dict(
        titles=["Identiteitskaart aanvragen", "ID-kaart", "Identiteitskaart", "Nederlandse identiteitskaart aanvragen"],
        sec="reizen", form="Identiteitskaart aanvragen",
        wat="Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa en naar een aantal "
            "andere landen. De identiteitskaart is 10 jaar geldig; voor kinderen 5 jaar.",
        hoe="U vraagt de identiteitskaart persoonlijk aan. Vanaf 12 jaar zetten we uw vingerafdrukken op de kaart.",
        nodig=["een recente pasfoto", "uw oude identiteitskaart of paspoort"],
        kosten="Een identiteitskaart kost &euro; 77,85 (18 jaar en ouder) of &euro; 43,80 (jonger dan 18 jaar).",
        duur="De identiteitskaart ligt na 5 werkdagen klaar.",
        balie="U vraagt de identiteitskaart aan in het gemeentehuis. Maak hiervoor eerst een afspraak."),
    "parkeervergunning": dict(
        titles=["Parkeervergunning aanvragen", "Parkeervergunning", "Parkeervergunning bewoners",
                "Bewonersvergunning parkeren"],
        sec="verkeer", form="Parkeervergunning aanvragen",
        wat="Woont u in een gebied met betaald parkeren of een vergunninggebied? Met een parkeervergunning parkeert u "
            "in uw eigen buurt zonder te betalen per uur.",
        hoe="Per adres geven we een beperkt aantal vergunningen uit. De vergunning is gekoppeld aan uw kenteken. "
            "Voor bezoek kunt u bezoekersparkeren regelen.",
        nodig=["het kenteken van uw auto", "uw bankgegevens voor de betaling"],
        kosten="Een vergunning kost &euro; 98 per jaar.", duur="De vergunning is direct na betaling geldig.",
        balie="U vraagt de vergunning aan bij de balie."),
    "gehandicaptenparkeerkaart": dict(
        titles=["Gehandicaptenparkeerkaart aanvragen", "Gehandicaptenparkeerkaart", "Parkeerkaart voor gehandicapten",
                "Europese gehandicaptenparkeerkaart (GPK)"],
        sec="verkeer", form="Aanvraag gehandicaptenparkeerkaart",
        wat="Met een gehandicaptenparkeerkaart (GPK) mag u parkeren op een algemene gehandicaptenparkeerplaats. Er is "
            "een kaart voor bestuurders en een kaart voor passagiers.",
        hoe="Na uw aanvraag volgt meestal een medische keuring door een onafhankelijk arts. Daarna beslissen wij over "
            "uw aanvraag.",
        nodig=["een recente pasfoto", "een kopie van uw rijbewijs als u bestuurder bent"],
        kosten="De kaart kost &euro; 92,50 inclusief de medische keuring.",
        duur="U krijgt binnen 8 weken een besluit.",
        balie="U vraagt de kaart aan bij de balie van het gemeentehuis."),
    "gehandicaptenparkeerplaats": dict(
        titles=["Gehandicaptenparkeerplaats aanvragen", "Gehandicaptenparkeerplaats",
                "Gehandicaptenparkeerplaats op kenteken", "Eigen parkeerplaats voor gehandicapten"],
        sec="verkeer", form="Aanvraag gehandicaptenparkeerplaats",
        wat="Heeft u een gehandicaptenparkeerkaart en kunt u niet in de buurt van uw woning parkeren? Dan kunt u een "
            "gehandicaptenparkeerplaats op kenteken aanvragen.",
        hoe="Wij beoordelen of een parkeerplaats mogelijk is. Daarvoor nemen wij een verkeersbesluit.",
        nodig=["uw gehandicaptenparkeerkaart", "het kenteken van uw auto"],
        kosten="Aan de aanvraag zijn geen kosten verbonden.", duur="U krijgt binnen 8 weken een besluit.",
        balie="U kunt de aanvraag schriftelijk indienen."),
    "hondenbelasting": dict(
        titles=["Hond aan- of afmelden", "Hondenbelasting", "Aan- of afmelden hond", "Hondenbelasting: hond aanmelden"],
        sec="belastingen", form="Hond aan- of afmelden",
        wat="Heeft u een hond? Dan betaalt u hondenbelasting. U meldt uw hond aan binnen 14 dagen nadat u hem in huis "
            "heeft. Is uw hond overleden of weg, meld hem dan af.",
        hoe="Na uw melding ontvangt u een (aangepaste) aanslag. Blinden-, hulp- en geleidehonden zijn vrijgesteld.",
        nodig=["uw burgerservicenummer", "het aantal honden"],
        kosten="Het tarief is &euro; 79,20 voor de eerste hond.", duur="U krijgt binnen 8 weken de aanslag.",
        balie="U meldt uw hond schriftelijk aan."),
    "belastingkwijtschelding": dict(
        titles=["Kwijtschelding gemeentelijke belastingen", "Kwijtschelding aanvragen", "Kwijtschelding belastingen",
                "Belastingen, kwijtschelding"],
        sec="belastingen", form="Aanvraag kwijtschelding gemeentelijke belastingen",
        wat="Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor een deel van de "
            "gemeentelijke belastingen, zoals de afvalstoffenheffing en de rioolheffing.",
        hoe="U vraagt kwijtschelding aan binnen 3 maanden na de dagtekening van het aanslagbiljet. Soms krijgt u "
            "automatisch kwijtschelding.",
        nodig=["uw aanslagbiljet", "bewijzen van uw inkomen, vaste lasten en vermogen"],
        kosten="Een aanvraag is gratis.", duur="U krijgt binnen 8 weken een besluit.",
        balie="U vraagt kwijtschelding schriftelijk aan."),
    "woz-bezwaar": dict(
        titles=["Bezwaar maken tegen de WOZ-waarde", "WOZ-waarde, bezwaar maken", "Bezwaar WOZ",
                "Niet eens met uw WOZ-waarde?"],
        sec="belastingen", form="Bezwaar WOZ-beschikking",
        wat="Bent u het niet eens met de WOZ-waarde van uw woning of bedrijfspand? Dan kunt u binnen 6 weken na de "
            "datum op het aanslagbiljet bezwaar maken.",
        hoe="Bekijk eerst het taxatieverslag. Neem gerust contact op met een taxateur; vaak is er een misverstand dat "
            "snel is opgelost.",
        nodig=["uw aanslagbiljet", "onderbouwing van de waarde die u juist vindt"],
        kosten="Bezwaar maken is gratis.", duur="U krijgt binnen 6 weken een uitspraak.",
        balie="U dient uw bezwaar schriftelijk in."),
    "bijstand": dict(
        titles=["Bijstandsuitkering aanvragen", "Bijstand", "Uitkering aanvragen", "Bijstandsuitkering",
                "Bijstand (Participatiewet)"],
        sec="werk", form="Aanvraag bijstandsuitkering",
        wat="Heeft u niet genoeg inkomen of vermogen om van te leven? Dan kunt u misschien een bijstandsuitkering "
            "krijgen volgens de Participatiewet.",
        hoe="Na uw aanvraag nodigen wij u uit voor een gesprek. Daarin bespreken we ook uw mogelijkheden om te werken.",
        nodig=["uw identiteitsbewijs", "bankafschriften van de afgelopen 3 maanden", "uw huurcontract"],
        kosten="Aanvragen is gratis.", duur="U krijgt binnen 8 weken een besluit.",
        balie="U meldt zich bij het Werkplein of bij de gemeente."),
    "bijzondere-bijstand": dict(
        titles=["Bijzondere bijstand aanvragen", "Bijzondere bijstand", "Bijzondere kosten vergoed krijgen",
                "Vergoeding bijzondere kosten"],
        sec="werk", form="Aanvraag bijzondere bijstand",
        wat="Heeft u een laag inkomen en onverwachte, noodzakelijke kosten die u niet zelf kunt betalen? Dan kunt u "
            "bijzondere bijstand aanvragen, bijvoorbeeld voor bewindvoering of een eigen bijdrage.",
        hoe="Vraag de bijzondere bijstand aan voordat u de kosten maakt.",
        nodig=["offertes of rekeningen", "bewijs van inkomen"],
        kosten="Aanvragen is gratis.", duur="U krijgt binnen 8 weken een besluit.",
        balie="U vraagt bijzondere bijstand aan met een aanvraagformulier dat u bij de gemeente kunt opvragen."),
    "wmo-voorziening": dict(
        titles=["Wmo-voorziening aanvragen", "Zorg en ondersteuning (Wmo)", "Hulp bij het huishouden",
                "Wet maatschappelijke ondersteuning (Wmo)", "Ondersteuning vanuit de Wmo"],
        sec="zorg", form="Melding Wmo",
        wat="Heeft u hulp nodig om zelfstandig thuis te wonen, bijvoorbeeld hulp bij het huishouden, een "
            "woningaanpassing of vervoer? Dan kunt u ondersteuning vanuit de Wet maatschappelijke ondersteuning "
            "(Wmo) aanvragen.",
        hoe="Na uw melding neemt een consulent contact met u op voor een gesprek. Samen kijken we wat u nodig heeft.",
        nodig=["uw burgerservicenummer", "informatie over uw situatie"],
        kosten="Voor de meeste voorzieningen betaalt u een eigen bijdrage van maximaal &euro; 21 per maand.",
        duur="Binnen 6 weken na uw melding krijgt u een verslag van het gesprek.",
        balie="U kunt telefonisch contact opnemen met het Wmo-loket."),
    "leerlingenvervoer": dict(
        titles=["Leerlingenvervoer aanvragen", "Leerlingenvervoer", "Vergoeding leerlingenvervoer",
                "Aanvragen leerlingenvervoer"],
        sec="onderwijs", form="Aanvraag leerlingenvervoer",
        wat="Gaat uw kind naar een school die ver weg is, of kan uw kind door een beperking niet zelfstandig naar "
            "school? Dan kunt u misschien een vergoeding of aangepast vervoer krijgen.",
        hoe="Vraag het vervoer voor het nieuwe schooljaar aan voor 1 mei. Wij beoordelen de aanvraag aan de hand van "
            "de verordening.",
        nodig=["de gegevens van de school", "een beschikking of verklaring van de school bij speciaal onderwijs"],
        kosten="Soms betaalt u een eigen bijdrage, afhankelijk van uw inkomen.",
        duur="U krijgt binnen 8 weken een besluit.",
        balie="Neem contact op met de consulent leerlingenvervoer."),
    "grofvuil": dict(
        titles=["Grofvuil laten ophalen", "Grof huishoudelijk afval", "Grofvuil", "Grofvuil aanmelden"],
        sec="afval", form="Grofvuil aanmelden",
        wat="Grof huishoudelijk afval, zoals meubels, matrassen en grote elektrische apparaten, kunt u laten ophalen "
            "of zelf wegbrengen naar de milieustraat.",
        hoe="Meld het grofvuil aan. Zet het op de ophaaldag voor 7.30 uur aan de straat.",
        nodig=["een lijst van de spullen die u wilt laten ophalen"],
        kosten="Ophalen kost &euro; 25 per keer (maximaal 2 m3).", duur="Ophalen gebeurt binnen 2 weken.",
        balie="Bel het klantcontactcentrum om een afspraak te maken voor het ophalen."),
    "afvalcontainer": dict(
        titles=["Afvalcontainer aanvragen of wijzigen", "Minicontainers", "Extra container aanvragen",
                "Containers aanvragen, ruilen of inleveren", "Kliko aanvragen of omruilen"],
        sec="afval", form="Container aanvragen, ruilen of inleveren",
        wat="Heeft u een extra of grotere container nodig, is uw container kapot of gestolen? Dan kunt u een "
            "container aanvragen, omruilen of inleveren.",
        hoe="Wij bezorgen de nieuwe container op de eerstvolgende bezorgdag.",
        nodig=["uw adres", "de chipcode van de container"],
        kosten="Een extra container kost &euro; 45 per jaar.", duur="Levering binnen 2 weken.",
        balie="U kunt een container telefonisch aanvragen."),
    "melding-openbare-ruimte": dict(
        titles=["Melding openbare ruimte", "Melding doen", "Meldpunt openbare ruimte", "Melding woon- en leefomgeving",
                "Iets melden in de buitenruimte"],
        sec="openbare-ruimte", form="Melding openbare ruimte",
        wat="Ziet u een losliggende stoeptegel, een kapotte lantaarnpaal of zwerfafval? Meld het ons, dan lossen we "
            "het zo snel mogelijk op.",
        hoe="U ontvangt een bevestiging van uw melding. Spoedmeldingen buiten kantoortijd geeft u telefonisch door.",
        nodig=["de plek van het probleem", "eventueel een foto"],
        kosten="Een melding doen is gratis.", duur="De meeste meldingen handelen we binnen 2 weken af.",
        balie="Bel het klantcontactcentrum."),
    "omgevingsvergunning": dict(
        titles=["Omgevingsvergunning aanvragen", "Omgevingsvergunning", "Vergunning voor bouwen en verbouwen",
                "Bouwen en verbouwen: vergunning"],
        sec="wonen", form="Omgevingsvergunning",
        wat="Wilt u bouwen, verbouwen, slopen of het gebruik van een pand wijzigen? Dan heeft u misschien een "
            "omgevingsvergunning nodig.",
        hoe="Met de vergunningcheck in het Omgevingsloket ziet u of een vergunning nodig is. De aanvraag dient u in "
            "via het Omgevingsloket van de Rijksoverheid.",
        nodig=["bouwtekeningen en een situatietekening", "een constructieberekening"],
        kosten="De leges hangen af van de bouwkosten (legesverordening).", duur="Binnen 8 weken een besluit.",
        balie="Neem contact op met het team Vergunningen."),
    "kapvergunning": dict(
        titles=["Kapvergunning aanvragen", "Boom kappen", "Bomen kappen", "Kapvergunning", "Bomen"],
        sec="wonen", form="Kapvergunning aanvragen",
        wat="Wilt u een boom kappen? Voor beschermde bomen en bomen met een stamomtrek van meer dan 80 cm heeft u "
            "een vergunning nodig.",
        hoe="Vaak geldt een herplantplicht. Wij beoordelen de aanvraag op natuurwaarde en beeldwaarde.",
        nodig=["een foto van de boom", "een situatieschets"],
        kosten="De leges zijn &euro; 85 per aanvraag.", duur="Binnen 8 weken een besluit.",
        balie="Neem contact op met de afdeling Groen."),
    "bouwdossier-inzage": dict(
        titles=["Bouwdossier inzien", "Bouwtekeningen opvragen", "Bouwarchief", "Bouwtekening opvragen of inzien"],
        sec="wonen", form="Bouwdossier opvragen",
        wat="Wilt u de bouwtekeningen of vergunningen van een pand bekijken? Dan kunt u het bouwdossier opvragen "
            "uit het bouwarchief.",
        hoe="Wij zoeken de stukken op en sturen u een digitale kopie, of u maakt een afspraak om het dossier in te "
            "zien.",
        nodig=["het adres van het pand"], kosten="Digitale kopie&euml;n kosten &euro; 12,50 per dossier.",
        duur="U ontvangt de stukken binnen 10 werkdagen.", balie="U kunt het dossier op afspraak inzien."),
    "bezwaar": dict(
        titles=["Bezwaar maken", "Bezwaar maken tegen een besluit", "Bezwaar en beroep",
                "Bezwaar maken tegen gemeentelijk besluit"],
        sec="bestuur", form="Bezwaarschrift indienen",
        wat="Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken na de datum van het "
            "besluit bezwaar maken.",
        hoe="Een onafhankelijke commissie bezwaarschriften kan u uitnodigen voor een hoorzitting. Daarna beslist het "
            "college.",
        nodig=["een kopie van het besluit", "de reden waarom u het er niet mee eens bent"],
        kosten="Bezwaar maken is gratis.", duur="Binnen 12 weken een beslissing.",
        balie="U dient een ondertekend bezwaarschrift in per post."),
    "klacht": dict(
        titles=["Klacht indienen", "Klacht over de gemeente", "Klachten", "Klacht over de gemeente indienen"],
        sec="bestuur", form="Klachtenformulier",
        wat="Bent u niet tevreden over hoe een medewerker of bestuurder van de gemeente u heeft behandeld? Dan kunt "
            "u een klacht indienen.",
        hoe="Een klachtbehandelaar neemt contact met u op. Bent u niet tevreden over de afhandeling, dan kunt u naar de "
            "Nationale ombudsman.",
        nodig=["een beschrijving van wat er is gebeurd"], kosten="Gratis.",
        duur="Binnen 6 weken een reactie.", balie="U kunt een klacht indienen per brief."),
    "woo-verzoek": dict(
        titles=["Woo-verzoek indienen", "Informatieverzoek (Woo)", "Wet open overheid (Woo)", "Woo-verzoeken",
                "Informatie opvragen bij de gemeente"],
        sec="bestuur", form="Woo-verzoek",
        wat="Met een Woo-verzoek vraagt u de gemeente om informatie over een bestuurlijke aangelegenheid openbaar te "
            "maken. De Wet open overheid (Woo) is de opvolger van de Wob.",
        hoe="Omschrijf zo precies mogelijk welke informatie u zoekt. Wij nemen binnen 4 weken een besluit.",
        nodig=["een omschrijving van de informatie"], kosten="Gratis.",
        duur="Binnen 4 weken, met mogelijk 2 weken verlenging.", balie="U kunt uw verzoek per brief indienen."),
    "subsidie": dict(
        titles=["Subsidie aanvragen", "Subsidies", "Subsidie voor verenigingen en organisaties",
                "Incidentele subsidie aanvragen"],
        sec="ondernemen", form="Subsidieaanvraag", bus=True,
        wat="Organiseert u een activiteit voor inwoners of heeft uw vereniging geld nodig? Dan kunt u misschien "
            "subsidie aanvragen.",
        hoe="Vraag jaarlijkse subsidie aan voor 1 oktober. Eenmalige subsidie vraagt u minstens 8 weken voor de "
            "activiteit aan.",
        nodig=["een begroting", "een activiteitenplan"], kosten="Gratis.",
        duur="Binnen 8 weken een besluit.", balie="Neem contact op met de subsidieadviseur."),
    "evenementenvergunning": dict(
        titles=["Evenementenvergunning aanvragen", "Evenement organiseren", "Evenementenvergunning",
                "Evenement melden of vergunning aanvragen"],
        sec="ondernemen", form="Aanvraag evenementenvergunning", bus=True,
        wat="Organiseert u een evenement, zoals een braderie, festival of sportwedstrijd op de openbare weg? Dan heeft "
            "u meestal een evenementenvergunning nodig.",
        hoe="Vraag de vergunning minimaal 8 weken van tevoren aan, voor grote evenementen 12 weken. Kleine "
            "evenementen kunt u soms melden.",
        nodig=["een situatietekening", "een veiligheidsplan bij grotere evenementen"],
        kosten="De leges zijn &euro; 70 tot &euro; 450.", duur="Binnen 8 weken een besluit.",
        balie="Neem contact op met de evenementencoordinator."),
    "exploitatievergunning-horeca": dict(
        titles=["Exploitatievergunning horeca", "Horeca exploitatievergunning", "Exploitatievergunning aanvragen",
                "Horecabedrijf beginnen"],
        sec="ondernemen", form="Aanvraag exploitatievergunning", bus=True,
        wat="Wilt u een horecabedrijf exploiteren, zoals een caf&eacute;, restaurant of snackbar? Dan heeft u een "
            "exploitatievergunning nodig.",
        hoe="Wij doen een Bibob-toets en vragen advies aan de politie.",
        nodig=["een uittreksel van de KvK", "een plattegrond van de zaak", "de ingevulde Bibob-vragenlijst"],
        kosten="De leges zijn &euro; 325.", duur="Binnen 8 weken een besluit.",
        balie="Maak een afspraak voor een intakegesprek."),
    "alcoholvergunning": dict(
        titles=["Alcoholvergunning aanvragen", "Alcoholvergunning", "Drank- en horecavergunning",
                "Vergunning Alcoholwet"],
        sec="ondernemen", form="Aanvraag alcoholvergunning", bus=True,
        wat="Wilt u bedrijfsmatig alcohol schenken of verkopen? Dan heeft u een alcoholvergunning nodig volgens de "
            "Alcoholwet (voorheen Drank- en Horecawet).",
        hoe="De leidinggevenden moeten een Verklaring Sociale Hygi&euml;ne hebben en op de vergunning staan.",
        nodig=["Verklaring Sociale Hygi&euml;ne van de leidinggevenden", "een plattegrond", "een KvK-uittreksel"],
        kosten="De leges zijn &euro; 276.", duur="Binnen 8 weken een besluit.",
        balie="Neem contact op met de afdeling Vergunningen."),
    "terrasvergunning": dict(
        titles=["Terrasvergunning aanvragen", "Terrasvergunning", "Terras", "Horecaterras"],
        sec="ondernemen", form="Aanvraag terrasvergunning", bus=True,
        wat="Wilt u als horecaondernemer een terras plaatsen op de openbare weg? Dan heeft u een terrasvergunning nodig.",
        hoe="Wij toetsen de aanvraag aan het terrassenbeleid.", nodig=["een tekening van het terras"],
        kosten="De leges zijn &euro; 120.", duur="Binnen 8 weken een besluit.",
        balie="Neem contact op met de afdeling Vergunningen."),
    "standplaatsvergunning": dict(
        titles=["Standplaatsvergunning aanvragen", "Standplaatsvergunning", "Standplaats aanvragen",
                "Standplaats, aanvraag"],
        sec="ondernemen", form="Aanvraag standplaatsvergunning", bus=True,
        wat="Wilt u buiten de markt vanuit een kraam of wagen iets verkopen op een vaste plek? Dan heeft u een "
            "standplaatsvergunning nodig.",
        hoe="Er is een beperkt aantal standplaatsen. Is er geen plek vrij, dan komt u op een wachtlijst.",
        nodig=["een KvK-uittreksel", "een foto van de kraam of wagen"], kosten="De leges zijn &euro; 66.",
        duur="Binnen 8 weken een besluit.", balie="U vraagt de vergunning schriftelijk aan."),
    "marktvergunning": dict(
        titles=["Marktvergunning aanvragen", "Weekmarkt", "Marktplaats aanvragen", "Standplaats op de weekmarkt"],
        sec="ondernemen", form="Aanvraag marktplaats", bus=True,
        wat="Wilt u als ondernemer op de weekmarkt staan? Dan heeft u een marktvergunning (vaste of dagplaats) nodig.",
        hoe="De marktmeester deelt de plaatsen in volgens het marktreglement.", nodig=["een KvK-uittreksel"],
        kosten="U betaalt marktgeld per strekkende meter.", duur="Afhankelijk van de wachtlijst.",
        balie="Neem contact op met de marktmeester."),
    "reclamebelasting": dict(
        titles=["Reclamebelasting", "Reclame", "Reclame-uitingen en reclamebelasting", "Reclame plaatsen"],
        sec="belastingen", form="Aangifte reclamebelasting", bus=True,
        wat="Ondernemers met een reclame-uiting die zichtbaar is vanaf de openbare weg betalen in een deel van de "
            "gemeente reclamebelasting. De opbrengst gaat naar het ondernemersfonds.",
        hoe="U krijgt jaarlijks een aanslag. Wijzigingen in uw reclame-uitingen geeft u door.",
        nodig=["de afmetingen van uw reclame-uitingen"], kosten="Het tarief hangt af van de oppervlakte.",
        duur="De aanslag volgt in het voorjaar.", balie="Neem contact op met team Belastingen."),
    "geluidsontheffing": dict(
        titles=["Geluidsontheffing aanvragen", "Ontheffing geluid", "Geluidhinder, ontheffing",
                "Ontheffing geluidshinder"],
        sec="ondernemen", form="Aanvraag ontheffing geluid",
        wat="Wilt u een activiteit houden met versterkte muziek of geluid boven de normen, bijvoorbeeld een feest in de "
            "buitenlucht? Dan heeft u een geluidsontheffing nodig.",
        hoe="Vraag de ontheffing minstens 4 weken van tevoren aan.", nodig=["datum, tijd en locatie van de activiteit"],
        kosten="De leges zijn &euro; 45.", duur="Binnen 4 weken een besluit.",
        balie="Neem contact op met de afdeling Vergunningen."),
    "winkeltijdenontheffing": dict(
        titles=["Ontheffing winkeltijden", "Winkeltijden ontheffing", "Koopzondagen en winkeltijden",
                "Openingstijden winkels"],
        sec="ondernemen", form="Aanvraag ontheffing winkeltijden", bus=True,
        wat="Winkels mogen niet altijd open zijn. Wilt u uw winkel op zondag of op een feestdag openen, dan heeft u "
            "soms een ontheffing nodig.",
        hoe="Vraag de ontheffing minstens 4 weken van tevoren aan.", nodig=["de data en tijden"],
        kosten="Gratis.", duur="Binnen 4 weken een besluit.", balie="U vraagt de ontheffing schriftelijk aan."),
    "kansspelautomaatvergunning": dict(
        titles=["Aanwezigheidsvergunning kansspelautomaten", "Speelautomaten", "Kansspelautomaten",
                "Aanwezigheidsvergunning speelautomaten aanvragen"],
        sec="ondernemen", form="Aanvraag aanwezigheidsvergunning kansspelautomaten", bus=True,
        wat="Wilt u in uw horecabedrijf of speelhal een kansspelautomaat plaatsen? Dan heeft u een "
            "aanwezigheidsvergunning nodig.",
        hoe="In een horecabedrijf mogen maximaal 2 kansspelautomaten staan.", nodig=["uw alcoholvergunning"],
        kosten="&euro; 56,50 per automaat per jaar.", duur="Binnen 8 weken een besluit.",
        balie="Neem contact op met de afdeling Vergunningen."),
    "collectevergunning": dict(
        titles=["Collectevergunning aanvragen", "Collecteren", "Collectevergunning", "Geld inzamelen voor een goed doel"],
        sec="ondernemen", form="Aanvraag collectevergunning",
        wat="Wilt u met uw organisatie geld of goederen inzamelen huis aan huis of op straat? Dan heeft u meestal "
            "een collectevergunning nodig.",
        hoe="Landelijke fondsen op het collecterooster van het CBF hoeven geen vergunning aan te vragen.",
        nodig=["het doel van de collecte", "de periode"], kosten="Gratis.", duur="Binnen 4 weken een besluit.",
        balie="U vraagt de vergunning schriftelijk aan."),
    "ligplaatsvergunning": dict(
        titles=["Ligplaatsvergunning aanvragen", "Ligplaatsvergunning", "Ligplaats voor uw boot",
                "Ligplaats (woon)boot, toestemming"],
        sec="wonen", form="Aanvraag ligplaatsvergunning",
        wat="Wilt u een boot of woonboot langere tijd afmeren in openbaar water van de gemeente? Dan heeft u een "
            "ligplaatsvergunning nodig.",
        hoe="Er is een beperkt aantal ligplaatsen. Passanten betalen havengeld.", nodig=["de afmetingen van de boot"],
        kosten="U betaalt liggeld per meter.", duur="Binnen 8 weken een besluit.",
        balie="Neem contact op met de havenmeester."),
    "uitwegvergunning": dict(
        titles=["Uitweg of inrit aanvragen", "Inrit of uitrit aanleggen", "Uitritvergunning", "Inrit aanvragen",
                "Uitweg aanleggen of veranderen"],
        sec="wonen", form="Aanvraag uitweg (inrit)",
        wat="Wilt u een inrit aanleggen of veranderen om uw eigen terrein op te rijden? Dan heeft u meestal "
            "toestemming van de gemeente nodig.",
        hoe="De gemeente legt het deel in de openbare ruimte aan op uw kosten.",
        nodig=["een situatietekening", "de breedte van de inrit"], kosten="De leges zijn &euro; 95.",
        duur="Binnen 8 weken een besluit.", balie="Neem contact op met het klantcontactcentrum."),
    "belastingaanslag-bezwaar": dict(
        titles=["Bezwaar tegen belastingaanslag", "Bezwaar maken tegen de aanslag gemeentelijke belastingen",
                "Belastingen: bezwaar maken", "Bezwaar aanslag gemeentelijke belastingen"],
        sec="belastingen", form="Bezwaar belastingaanslag",
        wat="Bent u het niet eens met de aanslag gemeentelijke belastingen, bijvoorbeeld omdat het aantal personen of "
            "de afvalstoffenheffing niet klopt? Dan kunt u binnen 6 weken bezwaar maken.",
        hoe="Betaal de aanslag wel op tijd; bezwaar geeft geen uitstel van betaling.",
        nodig=["uw aanslagbiljet"], kosten="Gratis.", duur="Binnen 6 weken een uitspraak.",
        balie="U dient het bezwaar schriftelijk in."),
    "betalingsregeling": dict(
        titles=["Betalingsregeling aanvragen", "Belastingen, betalingsregeling", "Betalingsregeling",
                "Betaling regelen"],
        sec="belastingen", form="Verzoek betalingsregeling",
        wat="Kunt u uw aanslag gemeentelijke belastingen niet in een keer betalen? Dan kunt u een betalingsregeling "
            "aanvragen.",
        hoe="Betaalt u met automatische incasso, dan betaalt u al in 10 termijnen.", nodig=["uw aanslagnummer"],
        kosten="Gratis.", duur="Binnen 4 weken een reactie.", balie="U vraagt een regeling schriftelijk aan."),
}

UPL = {
    "brp-uittreksel": "brpUittr", "verhuismelding": "verhuismelding", "geboorteaangifte": "geboorteaangifte",
    "overlijdensaangifte": "overlijdensaangifte", "huwelijksaangifte": "huwelijksaangifte", "paspoort": "paspoort",
    "identiteitskaart": "identiteitskaart", "parkeervergunning": "parkeervergunning",
    "gehandicaptenparkeerkaart": "gehandicaptenparkeerkaart",
    "gehandicaptenparkeerplaats": "gehandicaptenparkeerplaats", "hondenbelasting": "hondenbelasting",
    "belastingkwijtschelding": "belastingkwijtschelding", "woz-bezwaar": "woz-beschikking", "bijstand": "bijstand",
    "bijzondere-bijstand": "bijzBijstUitk", "wmo-voorziening": "wmo-voorziening",
    "leerlingenvervoer": "leerlingenvervoer", "grofvuil": "afvalinzameling_grofvuil",
    "afvalcontainer": "afvalcontainer", "melding-openbare-ruimte": "melding_openbare_ruimte_(algemeen)",
    "omgevingsvergunning": "omgevingsvergunning", "kapvergunning": "omgevingsvergunning_kap",
    "bouwdossier-inzage": "bouwplaninzage", "bezwaar": "bezwaar", "klacht": "klacht",
    "woo-verzoek": "verzoek_overheidsinformatie", "evenementenvergunning": "evenementenvergunning",
    "exploitatievergunning-horeca": "horecaExplVrg", "alcoholvergunning": "alcoholvergunning",
    "terrasvergunning": "terrasvergunning", "standplaatsvergunning": "standplaatsvergunning",
    "marktvergunning": "marktstandplaatsvergunning", "reclamebelasting": "reclamebelasting",
    "geluidsontheffing": "geluidsontheffing", "winkeltijdenontheffing": "winkeltijdenontheffing",
    "kansspelautomaatvergunning": "kansspelautomaatvergunning", "collectevergunning": "collectevergunning",
    "ligplaatsvergunning": "ligplaatsvergunning", "uitwegvergunning": "omgVgUitweg",
    "belastingaanslag-bezwaar": "belastingaanslag_bezwaar", "betalingsregeling": "belastingbetalingsregeling",
}

# related products (sidebar "Gerelateerd"); a link to a sibling with a higher route is a trap
SIBLINGS = {
    "brp-uittreksel": ["verhuismelding", "geboorteaangifte"],
    "verhuismelding": ["brp-uittreksel", "afvalcontainer"],
    "geboorteaangifte": ["huwelijksaangifte", "brp-uittreksel"],
    "overlijdensaangifte": ["geboorteaangifte", "brp-uittreksel"],
    "huwelijksaangifte": ["geboorteaangifte", "brp-uittreksel"],
    "paspoort": ["identiteitskaart", "brp-uittreksel"],
    "identiteitskaart": ["paspoort", "brp-uittreksel"],
    "parkeervergunning": ["gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats"],
    "gehandicaptenparkeerkaart": ["gehandicaptenparkeerplaats", "wmo-voorziening"],
    "gehandicaptenparkeerplaats": ["gehandicaptenparkeerkaart", "parkeervergunning"],
    "hondenbelasting": ["belastingkwijtschelding", "betalingsregeling"],
    "belastingkwijtschelding": ["betalingsregeling", "bijzondere-bijstand"],
    "woz-bezwaar": ["belastingaanslag-bezwaar", "bezwaar"],
    "bijstand": ["bijzondere-bijstand", "belastingkwijtschelding"],
    "bijzondere-bijstand": ["bijstand", "belastingkwijtschelding"],
    "wmo-voorziening": ["gehandicaptenparkeerkaart", "leerlingenvervoer"],
    "leerlingenvervoer": ["wmo-voorziening", "bijzondere-bijstand"],
    "grofvuil": ["afvalcontainer", "melding-openbare-ruimte"],
    "afvalcontainer": ["grofvuil", "melding-openbare-ruimte"],
    "melding-openbare-ruimte": ["klacht", "grofvuil"],
    "omgevingsvergunning": ["kapvergunning", "uitwegvergunning", "bouwdossier-inzage"],
    "kapvergunning": ["omgevingsvergunning", "melding-openbare-ruimte"],
    "bouwdossier-inzage": ["omgevingsvergunning", "woo-verzoek"],
    "bezwaar": ["klacht", "woz-bezwaar"],
    "klacht": ["bezwaar", "melding-openbare-ruimte"],
    "woo-verzoek": ["klacht", "bezwaar"],
    "subsidie": ["evenementenvergunning", "collectevergunning"],
    "evenementenvergunning": ["geluidsontheffing", "alcoholvergunning"],
    "exploitatievergunning-horeca": ["alcoholvergunning", "terrasvergunning"],
    "alcoholvergunning": ["exploitatievergunning-horeca", "terrasvergunning"],
    "terrasvergunning": ["exploitatievergunning-horeca", "alcoholvergunning"],
    "standplaatsvergunning": ["marktvergunning", "evenementenvergunning"],
    "marktvergunning": ["standplaatsvergunning"],
    "reclamebelasting": ["omgevingsvergunning", "betalingsregeling"],
    "geluidsontheffing": ["evenementenvergunning", "melding-openbare-ruimte"],
    "winkeltijdenontheffing": ["standplaatsvergunning", "evenementenvergunning"],
    "kansspelautomaatvergunning": ["alcoholvergunning", "exploitatievergunning-horeca"],
    "collectevergunning": ["subsidie", "evenementenvergunning"],
    "ligplaatsvergunning": ["omgevingsvergunning", "melding-openbare-ruimte"],
    "uitwegvergunning": ["omgevingsvergunning", "kapvergunning"],
    "belastingaanslag-bezwaar": ["woz-bezwaar", "betalingsregeling"],
    "betalingsregeling": ["belastingkwijtschelding", "belastingaanslag-bezwaar"],
}

# --------------------------------------------------------------------------------------
# traps: other (non-measured) services, auxiliary documents, regulations
# --------------------------------------------------------------------------------------
# kind: digid / form / pdf / eh / digid_eh / page
OTHER = {
    "naamgebruik": ("Naamgebruik wijzigen", "digid"),
    "emigratie_pdf": ("Emigratieformulier (vertrek naar het buitenland)", "pdf"),
    "adresonderzoek": ("Melding onjuiste bewoning (adresonderzoek)", "form"),
    "erkenning": ("Erkenning ongeboren kind: gegevens doorgeven", "digid"),
    "naamskeuze_pdf": ("Verklaring naamskeuze", "pdf"),
    "grafrechten": ("Grafrechten verlengen", "digid"),
    "verlof_pdf": ("Aanvraag verlof tot begraven of cremeren buiten de termijn", "pdf"),
    "trouwlocatie": ("Trouwlocatie reserveren", "form"),
    "trouwambtenaar_pdf": ("Aanvraag trouwambtenaar voor een dag", "pdf"),
    "vermissing_pdf": ("Verklaring vermissing reisdocument", "pdf"),
    "schuldhulp": ("Aanmelden voor schuldhulpverlening", "form"),
    "incasso": ("Automatische incasso belastingen afgeven", "digid"),
    "taxatieverslag": ("Taxatieverslag opvragen", "digid"),
    "wijziging": ("Wijzigingen doorgeven voor uw uitkering", "digid"),
    "energietoeslag": ("Energietoeslag aanvragen", "digid"),
    "iit": ("Individuele inkomenstoeslag aanvragen", "digid"),
    "mantelzorg": ("Mantelzorgwaardering aanvragen", "form"),
    "afvalpas": ("Afvalpas aanvragen of vervangen", "form"),
    "overlast": ("Overlast melden", "form"),
    "vooroverleg": ("Vooroverleg (principeverzoek) indienen", "digid_eh"),
    "gereedmelding_pdf": ("Gereedmelding bouwwerkzaamheden", "pdf"),
    "groenadoptie": ("Groen adopteren", "form"),
    "privacy": ("Privacyverzoek (AVG) indienen", "digid"),
    "verantwoording": ("Subsidie verantwoorden", "eh"),
    "evenementenagenda": ("Activiteit aanmelden voor de evenementenagenda", "form"),
    "leidinggevende_pdf": ("Wijziging leidinggevende horecabedrijf", "pdf"),
    "marktgeld": ("Marktgeld betalen", "form"),
    "loterij_pdf": ("Aanvraag vergunning kleine kansspelen (loterij)", "pdf"),
    "havengeld": ("Havengeld betalen (passanten)", "form"),
    "ondernemersloket": ("Mijn Ondernemersloket", "eh"),
}

AUX = {
    "hoofdbewoner": "Verklaring hoofdbewoner (inwoning)",
    "toestemming": "Verklaring toestemming reisdocument minderjarige",
    "bibob": "Bibob-vragenlijst",
    "machtiging": "Machtiging uittreksel voor een ander",
    "medisch": "Medische vragenlijst gehandicaptenparkeerkaart",
}

REGS = {
    "parkeren": "Parkeerverordening 2023",
    "gpk": "Beleidsregels gehandicaptenparkeervoorzieningen",
    "verkeersbesluit": "Verkeersbesluit gehandicaptenparkeerplaatsen",
    "tarieven": "Tarieventabel gemeentelijke belastingen 2024",
    "aanslag_voorbeeld": "Toelichting op het aanslagbiljet (voorbeeld)",
    "woz_folder": "Folder Uw WOZ-beschikking",
    "leerlingenvervoer": "Verordening leerlingenvervoer",
    "welstand": "Welstandsnota",
    "bomenlijst": "Lijst beschermde bomen",
    "bezwaarcommissie": "Verordening commissie bezwaarschriften",
    "woo_besluiten": "Overzicht Woo-besluiten 2023",
    "asv": "Algemene subsidieverordening",
    "evenementenbeleid": "Evenementenbeleid",
    "terrasbeleid": "Terrassenbeleid",
    "standplaatsenbeleid": "Standplaatsenbeleid",
    "marktreglement": "Marktreglement",
    "reclame_verordening": "Verordening reclamebelasting",
    "apv": "Algemene Plaatselijke Verordening (APV)",
    "winkeltijden": "Winkeltijdenverordening",
    "collecterooster": "Collecterooster 2024",
    "havenverordening": "Havenverordening",
    "uitweg_beleid": "Beleidsregels uitwegen",
    "kwijtschelding_normen": "Normbedragen kwijtschelding 2024",
    "afvalstoffen": "Afvalstoffenverordening",
    "wmo_verordening": "Verordening maatschappelijke ondersteuning",
    "participatiewet": "Beleidsregels Participatiewet",
    "kansspel": "Verordening speelautomatenhallen",
    "huwelijk_tarieven": "Tarieven huwelijk en partnerschap 2024",
    "legesverordening": "Legesverordening 2024",
}

# product-specific trap menu; a page gets one or two (rotated by a hash), skipping those
# that would coincide with the product's own route
TRAPMENU = {
    "brp-uittreksel": ["mijnoverheid", "aux:machtiging", "other:naamgebruik"],
    "verhuismelding": ["aux:hoofdbewoner", "other:emigratie_pdf", "other:adresonderzoek"],
    "geboorteaangifte": ["other:erkenning", "other:naamskeuze_pdf", "status_login"],
    "overlijdensaangifte": ["other:grafrechten", "other:verlof_pdf", "appointment_digid"],
    "huwelijksaangifte": ["other:trouwlocatie", "other:trouwambtenaar_pdf", "reg:huwelijk_tarieven"],
    "paspoort": ["aux:toestemming", "appointment_digid", "other:vermissing_pdf"],
    "identiteitskaart": ["appointment_digid", "aux:toestemming", "mijnoverheid"],
    "parkeervergunning": ["status_login", "reg:parkeren", "digid_info"],
    "gehandicaptenparkeerkaart": ["reg:gpk", "aux:medisch", "status_login"],
    "gehandicaptenparkeerplaats": ["reg:verkeersbesluit", "status_login", "digid_info"],
    "hondenbelasting": ["tax_portal", "reg:tarieven", "other:incasso"],
    "belastingkwijtschelding": ["other:schuldhulp", "reg:kwijtschelding_normen", "other:incasso"],
    "woz-bezwaar": ["wozloket", "other:taxatieverslag", "reg:woz_folder"],
    "bijstand": ["calculator", "other:wijziging", "other:energietoeslag"],
    "bijzondere-bijstand": ["other:iit", "calculator", "reg:participatiewet"],
    "wmo-voorziening": ["callback", "other:mantelzorg", "reg:wmo_verordening"],
    "leerlingenvervoer": ["reg:leerlingenvervoer", "digid_info", "status_login"],
    "grofvuil": ["other:afvalpas", "app", "postcode"],
    "afvalcontainer": ["postcode", "tax_portal", "reg:afvalstoffen"],
    "melding-openbare-ruimte": ["app", "status_login", "other:groenadoptie"],
    "omgevingsvergunning": ["other:vooroverleg", "reg:welstand", "other:gereedmelding_pdf"],
    "kapvergunning": ["other:groenadoptie", "reg:bomenlijst", "omgevingsloket"],
    "bouwdossier-inzage": ["omgevingsloket", "mailto", "other:vooroverleg"],
    "bezwaar": ["bezwaar_woz", "ombudsman", "reg:bezwaarcommissie"],
    "klacht": ["ombudsman", "question", "other:overlast"],
    "woo-verzoek": ["other:privacy", "reg:woo_besluiten", "mailto"],
    "subsidie": ["other:verantwoording", "reg:asv", "mailto"],
    "evenementenvergunning": ["other:evenementenagenda", "reg:evenementenbeleid", "omgevingsloket"],
    "exploitatievergunning-horeca": ["aux:bibob", "other:ondernemersloket", "reg:legesverordening"],
    "alcoholvergunning": ["other:leidinggevende_pdf", "aux:bibob", "other:ondernemersloket"],
    "terrasvergunning": ["reg:terrasbeleid", "tax_portal", "other:ondernemersloket"],
    "standplaatsvergunning": ["reg:standplaatsenbeleid", "mailto", "other:marktgeld"],
    "marktvergunning": ["reg:marktreglement", "other:marktgeld", "mailto"],
    "reclamebelasting": ["tax_portal", "reg:reclame_verordening", "omgevingsloket"],
    "geluidsontheffing": ["other:overlast", "reg:apv", "other:evenementenagenda"],
    "winkeltijdenontheffing": ["reg:winkeltijden", "mailto", "other:ondernemersloket"],
    "kansspelautomaatvergunning": ["other:loterij_pdf", "reg:kansspel", "other:ondernemersloket"],
    "collectevergunning": ["reg:collecterooster", "other:loterij_pdf", "question"],
    "ligplaatsvergunning": ["other:havengeld", "reg:havenverordening", "omgevingsloket"],
    "uitwegvergunning": ["omgevingsloket", "reg:uitweg_beleid", "other:groenadoptie"],
    "belastingaanslag-bezwaar": ["wozloket", "other:incasso", "bezwaar_general"],
    "betalingsregeling": ["other:incasso", "other:schuldhulp", "reg:tarieven"],
}

# --------------------------------------------------------------------------------------
# the ten municipalities
# --------------------------------------------------------------------------------------
SITES = [
    dict(code="GM1969", name="Gemeente Westerkwartier", short="Westerkwartier", host="www.westerkwartier.test",
         inh=66100, family="slug", platform="of_js", tel="14 0594", place="Zuidhorn", pc="9800 AA",
         tax="own", waste="own", header_login="Mijn Westerkwartier", feedback=True, soft404=True,
         pdfdir="/sites/default/files/documenten/", pdfstyle=0, search=True,
         appt="http://afspraken.westerkwartier.test/"),
    dict(code="GM1896", name="Gemeente Zwartewaterland", short="Zwartewaterland", host="www.zwartewaterland.test",
         inh=23300, family="sim", platform="esuite", tel="14 038", place="Hasselt", pc="8060 AA",
         tax="own", waste="rova", footer_digid=True, newsletter=True, direct_box=True,
         pdfdir="/document.php?m=1&fileid=", pdfstyle=3,
         appt="http://www.zwartewaterland.test/inwoners/afspraak-maken_43188/"),
    dict(code="GM0893", name="Gemeente Bergen (L)", short="Bergen", host="www.bergen.test",
         inh=13150, family="origin", platform="formdesk", tel="14 0485", place="Bergen (L)", pc="5854 ZG",
         tax="bsgw", waste="own", feedback=True, veelgevraagd=True, cookie=True, soft404=True,
         pdfdir="/_flysystem/media/", pdfstyle=1,
         appt="http://gemeentebergen.jccsoftware.test/JCC/G-Plan/afspraak/"),
    dict(code="GM1992", name="Gemeente Voorne aan Zee", short="Voorne aan Zee", host="www.voorneaanzee.test",
         inh=71900, family="origin", platform="of_iframe", tel="14 0181", place="Hellevoetsluis", pc="3220 AA",
         tax="svhw", waste="own", header_login="Mijn Voorne aan Zee", chat=True, direct_box=True,
         pdfdir="/_flysystem/media/", pdfstyle=0, old_hosts=["brielle", "hellevoetsluis", "westvoorne"],
         appt="http://afspraken.voorneaanzee.test/qmaticwebbooking/"),
    dict(code="GM0351", name="Gemeente Woudenberg", short="Woudenberg", host="www.woudenberg.test",
         inh=14000, family="short", platform="getform", tel="14 033", place="Woudenberg", pc="3930 EA",
         tax="own", waste="rova", header_login="Mijn Woudenberg", feedback=True,
         pdfdir="/sites/default/files/", pdfstyle=2,
         appt="http://woudenberg.afspraakmaken.test/"),
    dict(code="GM0373", name="Gemeente Bergen NH", short="Bergen", host="www.bergen-nh.test",
         inh=30000, family="wp", platform="gravity", tel="14 072", place="Bergen", pc="1860 AA",
         tax="cocensus", waste="hvc", header_login="Mijn BUCH", newsletter=True, question=True, search=True,
         pdfdir="/wp-content/uploads/2023/11/", pdfstyle=3,
         appt="http://afspraken.bergen-nh.test/"),
    dict(code="GM0622", name="Gemeente Vlaardingen", short="Vlaardingen", host="www.vlaardingen.test",
         inh=75100, family="iprox", platform="aspx", tel="14 010", place="Vlaardingen", pc="3130 EA",
         tax="own", waste="irado", header_login="Inloggen", footer_digid=True, chat=True, direct_box=True,
         search=True, pdfdir="/publish/pages/", pdfstyle=1,
         appt="http://afspraak.vlaardingen.test/"),
    dict(code="GM0377", name="Gemeente Bloemendaal", short="Bloemendaal", host="www.bloemendaal.test",
         inh=24100, family="loket", platform="loket", tel="14 023", place="Overveen", pc="2050 AA",
         tax="cocensus", waste="meerlanden", footer_digid=True, feedback=True, mijnoverheid_footer=True, sc=True,
         pdfdir="/fileadmin/user_upload/formulieren/", pdfstyle=0,
         appt="http://loket.bloemendaal.test/afspraak-maken"),
    dict(code="GM0946", name="Gemeente Nederweert", short="Nederweert", host="www.nederweert.test",
         inh=17300, family="show", platform="key2", tel="14 0495", place="Nederweert", pc="6030 AA",
         tax="bsgw", waste="own", newsletter=True, cookie=True, header_login="Inloggen MijnOverheid",
         pdfdir="/Documenten/Formulieren/", pdfstyle=2,
         appt="http://nederweert.mijnafspraak.test/"),
    dict(code="GM0175", name="Gemeente Ommen", short="Ommen", host="www.ommen.test",
         inh=18500, family="owc", platform="of_embed", tel="14 0529", place="Ommen", pc="7730 AA",
         tax="gblt", waste="rova", header_login="Mijn Ommen", feedback=True, chat=True, sc=True,
         pdfdir="/wp-content/uploads/", pdfstyle=0,
         appt="http://afspraak.ommen.test/"),
]
SITE_BY_CODE = {s["code"]: s for s in SITES}

# kinds: D DigiD form, DP DigiD form with explicit pre-fill text, E eHerkenning, DE DigiD+eHerkenning,
# F online form without login, P PDF, W Word form, C counter/phone/letter/appointment only,
# V:<body>:<kind> another body's route, NO not offered, NF no product page
SPECS = {
"GM1969": """
brp-uittreksel D
verhuismelding D t=aux:hoofdbewoner
geboorteaangifte D appt
overlijdensaangifte E appt
huwelijksaangifte D
paspoort C appt
identiteitskaart C appt
parkeervergunning NO
gehandicaptenparkeerkaart D
gehandicaptenparkeerplaats F
hondenbelasting NO
belastingkwijtschelding D
woz-bezwaar D
bijstand D
bijzondere-bijstand D
wmo-voorziening F
leerlingenvervoer D
grofvuil F
afvalcontainer F
melding-openbare-ruimte F
omgevingsvergunning V:ol:DP
kapvergunning V:ol:DP
bouwdossier-inzage F
bezwaar D
klacht F
woo-verzoek F
subsidie DE
evenementenvergunning DE
exploitatievergunning-horeca P
alcoholvergunning P
terrasvergunning F
standplaatsvergunning F
marktvergunning C phone
reclamebelasting NO
geluidsontheffing F
winkeltijdenontheffing NF
kansspelautomaatvergunning P
collectevergunning F
ligplaatsvergunning P fill
uitwegvergunning F
belastingaanslag-bezwaar D
betalingsregeling D
""",
"GM1896": """
brp-uittreksel D
verhuismelding D pdf
geboorteaangifte C appt
overlijdensaangifte C
huwelijksaangifte D
paspoort C appt share=reisdocumenten
identiteitskaart C appt share=reisdocumenten
parkeervergunning NO
gehandicaptenparkeerkaart P share=gpk
gehandicaptenparkeerplaats P share=gpk
hondenbelasting D
belastingkwijtschelding P fill
woz-bezwaar D share=belastingbezwaar
bijstand D
bijzondere-bijstand P
wmo-voorziening C contact title=Zorg_en_ondersteuning_(Wmo)
leerlingenvervoer D
grofvuil V:rova:F
afvalcontainer V:rova:F
melding-openbare-ruimte F
omgevingsvergunning V:ol:DP
kapvergunning V:ol:DP
bouwdossier-inzage C mail
bezwaar C letter t=bezwaar_woz
klacht F
woo-verzoek C letter
subsidie P
evenementenvergunning W
exploitatievergunning-horeca P
alcoholvergunning P
terrasvergunning P
standplaatsvergunning C letter
marktvergunning C phone
reclamebelasting NF
geluidsontheffing P
winkeltijdenontheffing C letter
kansspelautomaatvergunning P
collectevergunning C letter
ligplaatsvergunning D t=other:havengeld
uitwegvergunning V:ol:DP
belastingaanslag-bezwaar D share=belastingbezwaar
betalingsregeling P
""",
"GM0893": """
brp-uittreksel F
verhuismelding D
geboorteaangifte C appt
overlijdensaangifte C
huwelijksaangifte P
paspoort C appt
identiteitskaart C appt
parkeervergunning NO
gehandicaptenparkeerkaart P
gehandicaptenparkeerplaats P
hondenbelasting V:bsgw:D
belastingkwijtschelding V:bsgw:D
woz-bezwaar V:bsgw:D
bijstand V:werk:D
bijzondere-bijstand P
wmo-voorziening C appt title=Wet_maatschappelijke_ondersteuning_(Wmo)
leerlingenvervoer P
grofvuil F
afvalcontainer F
melding-openbare-ruimte F
omgevingsvergunning V:ol:DP
kapvergunning V:ol:DP
bouwdossier-inzage NF
bezwaar P
klacht F
woo-verzoek C letter
subsidie P
evenementenvergunning F
exploitatievergunning-horeca P share=horeca
alcoholvergunning P share=horeca
terrasvergunning NO
standplaatsvergunning P
marktvergunning P
reclamebelasting NO
geluidsontheffing F
winkeltijdenontheffing C letter
kansspelautomaatvergunning P
collectevergunning F
ligplaatsvergunning NO
uitwegvergunning P
belastingaanslag-bezwaar V:bsgw:D
betalingsregeling V:bsgw:D
""",
"GM1992": """
brp-uittreksel D
verhuismelding D
geboorteaangifte D
overlijdensaangifte E
huwelijksaangifte D
paspoort C appt
identiteitskaart C appt
parkeervergunning D
gehandicaptenparkeerkaart D
gehandicaptenparkeerplaats D
hondenbelasting V:svhw:D
belastingkwijtschelding V:svhw:D
woz-bezwaar V:svhw:D
bijstand D
bijzondere-bijstand D
wmo-voorziening F
leerlingenvervoer D
grofvuil F
afvalcontainer F
melding-openbare-ruimte F title=Melding_openbare_ruimte
omgevingsvergunning V:ol:DP
kapvergunning V:ol:DP
bouwdossier-inzage F
bezwaar DE
klacht F
woo-verzoek D
subsidie E
evenementenvergunning DE
exploitatievergunning-horeca E
alcoholvergunning E
terrasvergunning E
standplaatsvergunning DE
marktvergunning P
reclamebelasting C
geluidsontheffing F
winkeltijdenontheffing F
kansspelautomaatvergunning E
collectevergunning F
ligplaatsvergunning P
uitwegvergunning F
belastingaanslag-bezwaar V:svhw:D
betalingsregeling V:svhw:D
""",
"GM0351": """
brp-uittreksel D
verhuismelding D
geboorteaangifte D appt title=Geboorte_aangeven
overlijdensaangifte C
huwelijksaangifte D
paspoort C appt
identiteitskaart C appt
parkeervergunning NO
gehandicaptenparkeerkaart P
gehandicaptenparkeerplaats F
hondenbelasting F
belastingkwijtschelding P
woz-bezwaar D share=belastingbezwaar
bijstand V:werk:D
bijzondere-bijstand F
wmo-voorziening F
leerlingenvervoer P
grofvuil V:rova:F
afvalcontainer V:rova:F
melding-openbare-ruimte F
omgevingsvergunning V:ol:DP
kapvergunning F
bouwdossier-inzage F
bezwaar C letter
klacht F
woo-verzoek C mail
subsidie P
evenementenvergunning P
exploitatievergunning-horeca C appt
alcoholvergunning P
terrasvergunning C letter
standplaatsvergunning F
marktvergunning C phone
reclamebelasting NO
geluidsontheffing F
winkeltijdenontheffing NO
kansspelautomaatvergunning P
collectevergunning F
ligplaatsvergunning NF
uitwegvergunning F
belastingaanslag-bezwaar D share=belastingbezwaar
betalingsregeling C letter
""",
"GM0373": """
brp-uittreksel DP
verhuismelding DP
geboorteaangifte C appt
overlijdensaangifte E
huwelijksaangifte P pdfmail appt title=Huwelijk_en_geregistreerd_partnerschap
paspoort C appt
identiteitskaart C appt
parkeervergunning D
gehandicaptenparkeerkaart D
gehandicaptenparkeerplaats D
hondenbelasting V:cocensus:D
belastingkwijtschelding V:cocensus:D
woz-bezwaar V:cocensus:D
bijstand D
bijzondere-bijstand DP
wmo-voorziening F
leerlingenvervoer D
grofvuil V:hvc:F
afvalcontainer V:hvc:F
melding-openbare-ruimte V:fixi:F
omgevingsvergunning V:ol:DP
kapvergunning V:ol:DP
bouwdossier-inzage F
bezwaar D
klacht F
woo-verzoek F
subsidie E
evenementenvergunning E
exploitatievergunning-horeca P
alcoholvergunning P
terrasvergunning F
standplaatsvergunning F
marktvergunning C phone
reclamebelasting C
geluidsontheffing F
winkeltijdenontheffing NO
kansspelautomaatvergunning P
collectevergunning F
ligplaatsvergunning NF
uitwegvergunning V:ol:DP
belastingaanslag-bezwaar V:cocensus:D
betalingsregeling V:cocensus:D
""",
"GM0622": """
brp-uittreksel D
verhuismelding D
geboorteaangifte D
overlijdensaangifte E
huwelijksaangifte D
paspoort C appt
identiteitskaart C appt
parkeervergunning V:parkeerservice:D
gehandicaptenparkeerkaart D
gehandicaptenparkeerplaats D
hondenbelasting D
belastingkwijtschelding D
woz-bezwaar DE
bijstand V:stroomopwaarts:D
bijzondere-bijstand V:stroomopwaarts:D
wmo-voorziening F
leerlingenvervoer D
grofvuil V:irado:F
afvalcontainer V:irado:F
melding-openbare-ruimte F
omgevingsvergunning V:ol:DP
kapvergunning V:ol:DP
bouwdossier-inzage F
bezwaar DE
klacht F
woo-verzoek D
subsidie E
evenementenvergunning DE
exploitatievergunning-horeca E
alcoholvergunning E
terrasvergunning E
standplaatsvergunning E
marktvergunning P
reclamebelasting P
geluidsontheffing F
winkeltijdenontheffing NO
kansspelautomaatvergunning E
collectevergunning F
ligplaatsvergunning D t=other:havengeld
uitwegvergunning F
belastingaanslag-bezwaar DE
betalingsregeling D
""",
"GM0377": """
brp-uittreksel D img
verhuismelding D img
geboorteaangifte C appt
overlijdensaangifte C
huwelijksaangifte D img
paspoort C appt share=reisdocumenten
identiteitskaart C appt share=reisdocumenten
parkeervergunning V:parkeerloket:D
gehandicaptenparkeerkaart P stale_sc
gehandicaptenparkeerplaats P
hondenbelasting V:cocensus:D
belastingkwijtschelding V:cocensus:D
woz-bezwaar V:cocensus:D
bijstand D img
bijzondere-bijstand P
wmo-voorziening F
leerlingenvervoer D
grofvuil V:meerlanden:F
afvalcontainer V:meerlanden:F
melding-openbare-ruimte V:fixi:F
omgevingsvergunning V:ol:DP
kapvergunning D img
bouwdossier-inzage F
bezwaar D img
klacht F
woo-verzoek F
subsidie W stale_sc
evenementenvergunning P
exploitatievergunning-horeca P
alcoholvergunning P
terrasvergunning P
standplaatsvergunning P
marktvergunning C phone
reclamebelasting NO
geluidsontheffing P
winkeltijdenontheffing C letter
kansspelautomaatvergunning NF
collectevergunning P
ligplaatsvergunning NF
uitwegvergunning V:ol:DP
belastingaanslag-bezwaar V:cocensus:D
betalingsregeling V:cocensus:D
""",
"GM0946": """
brp-uittreksel D
verhuismelding D
geboorteaangifte C appt
overlijdensaangifte C
huwelijksaangifte D
paspoort C appt notonline
identiteitskaart C appt notonline
parkeervergunning NO
gehandicaptenparkeerkaart C noform
gehandicaptenparkeerplaats P
hondenbelasting NO
belastingkwijtschelding V:bsgw:D
woz-bezwaar V:bsgw:D
bijstand D
bijzondere-bijstand D
wmo-voorziening C phone
leerlingenvervoer D
grofvuil F
afvalcontainer C phone
melding-openbare-ruimte F t=app
omgevingsvergunning V:ol:DP
kapvergunning V:ol:DP
bouwdossier-inzage F
bezwaar D
klacht F
woo-verzoek C letter
subsidie DE
evenementenvergunning DE
exploitatievergunning-horeca NO
alcoholvergunning P
terrasvergunning P
standplaatsvergunning P
marktvergunning P
reclamebelasting NO
geluidsontheffing P
winkeltijdenontheffing NO
kansspelautomaatvergunning P
collectevergunning P
ligplaatsvergunning NF
uitwegvergunning P
belastingaanslag-bezwaar V:bsgw:D
betalingsregeling V:bsgw:D
""",
"GM0175": """
brp-uittreksel D js
verhuismelding D js
geboorteaangifte D
overlijdensaangifte C
huwelijksaangifte D js
paspoort C appt
identiteitskaart C appt
parkeervergunning P title=Parkeervergunning_blauwe_zone
gehandicaptenparkeerkaart D
gehandicaptenparkeerplaats F
hondenbelasting NO
belastingkwijtschelding V:gblt:D
woz-bezwaar V:gblt:D
bijstand D js
bijzondere-bijstand D
wmo-voorziening F js
leerlingenvervoer D
grofvuil V:rova:F
afvalcontainer V:rova:F
melding-openbare-ruimte F js
omgevingsvergunning V:ol:DP
kapvergunning V:ol:DP
bouwdossier-inzage F
bezwaar D
klacht F js
woo-verzoek F
subsidie DE
evenementenvergunning DE
exploitatievergunning-horeca P
alcoholvergunning P
terrasvergunning F
standplaatsvergunning F
marktvergunning C phone
reclamebelasting NF
geluidsontheffing F
winkeltijdenontheffing C letter
kansspelautomaatvergunning P
collectevergunning F
ligplaatsvergunning P
uitwegvergunning F
belastingaanslag-bezwaar V:gblt:D
betalingsregeling V:gblt:D
""",
}

SHARED_TITLES = {
    "reisdocumenten": "Paspoort en identiteitskaart",
    "gpk": "Gehandicaptenparkeerkaart en gehandicaptenparkeerplaats",
    "belastingbezwaar": "Bezwaar maken tegen WOZ-waarde of belastingaanslag",
    "horeca": "Horeca: exploitatievergunning en alcoholvergunning",
}

# not offered: (page title, statement); the page is where the statement stands
NOT_OFFERED = {
    ("GM1969", "parkeervergunning"): ("Parkeren", "In de hele gemeente Westerkwartier is parkeren gratis. In de "
        "centra van Leek en Zuidhorn geldt op een aantal plekken een blauwe zone; gebruik daar een parkeerschijf. "
        "Omdat er geen betaald parkeren is, geven wij geen parkeervergunningen uit."),
    ("GM1969", "hondenbelasting"): ("Honden", "Sinds 1 januari 2019 betaalt u in Westerkwartier geen belasting meer "
        "voor uw hond. U hoeft uw hond dus ook niet aan of af te melden. Wel blijft de opruimplicht gelden."),
    ("GM1969", "reclamebelasting"): ("Reclame aan uw gevel", "De gemeente Westerkwartier heft geen "
        "reclamebelasting. Voor grote lichtreclames kan wel een vergunning nodig zijn; doe daarvoor de "
        "vergunningcheck."),
    ("GM1896", "parkeervergunning"): ("Parkeren in Hasselt, Genemuiden en Zwartsluis", "Parkeren in Zwartewaterland "
        "is gratis. In de blauwe zones parkeert u met een parkeerschijf; bewoners krijgen daar geen vergunning of "
        "ontheffing. Een parkeervergunning kunt u bij ons dus niet aanvragen."),
    ("GM0893", "parkeervergunning"): ("Parkeren", "In de gemeente Bergen is geen betaald parkeren en zijn er geen "
        "vergunninggebieden. U heeft dus geen parkeervergunning nodig."),
    ("GM0893", "terrasvergunning"): ("Terras bij uw horecabedrijf", "Voor een terras bij uw horecazaak heeft u in "
        "Bergen geen vergunning meer nodig, zolang u zich houdt aan de algemene regels uit de APV. Een "
        "terrasvergunning aanvragen is daarom niet mogelijk en niet nodig."),
    ("GM0893", "reclamebelasting"): ("Belastingen voor ondernemers", "Ondernemers betalen in Bergen onder meer "
        "onroerendezaakbelasting en rioolheffing via BsGW. De gemeente heft geen reclamebelasting en geen "
        "precariobelasting."),
    ("GM0893", "ligplaatsvergunning"): ("Jachthavens en aanlegplaatsen", "De jachthavens aan de Maas worden beheerd "
        "door particuliere havenbedrijven. Voor een ligplaats neemt u contact op met de haven zelf. De gemeente "
        "geeft geen ligplaatsvergunningen uit."),
    ("GM0351", "parkeervergunning"): ("Parkeren in Woudenberg", "In Woudenberg betaalt u nergens voor parkeren. "
        "Vergunningen of ontheffingen voor parkeren zijn daarom niet nodig en worden niet verstrekt."),
    ("GM0351", "reclamebelasting"): ("Ondernemersfonds", "Woudenberg kent geen reclamebelasting. Het "
        "ondernemersfonds wordt gevuld via een opslag op de OZB voor niet-woningen."),
    ("GM0351", "winkeltijdenontheffing"): ("Koopzondagen", "Winkels in Woudenberg mogen op zondag open van 12.00 "
        "tot 18.00 uur. Dat is vastgelegd in de verordening. U hoeft daarvoor niets aan te vragen: een ontheffing "
        "van de winkeltijden wordt niet verleend."),
    ("GM0373", "winkeltijdenontheffing"): ("Winkeltijden en toeristische vrijstelling", "De hele gemeente Bergen "
        "heeft een toeristische vrijstelling. Winkels mogen daardoor elke zondag en op feestdagen open. Een "
        "ontheffing aanvragen is niet nodig."),
    ("GM0622", "winkeltijdenontheffing"): ("Winkeltijden", "De gemeenteraad heeft de zondagsopenstelling vrijgegeven. "
        "Winkels in Vlaardingen mogen op zondag en de meeste feestdagen open tussen 6.00 en 22.00 uur. Een ontheffing "
        "is niet nodig en kunt u niet aanvragen."),
    ("GM0377", "reclamebelasting"): ("Gemeentelijke belastingen voor ondernemers", "Bloemendaal heft geen "
        "reclamebelasting en geen precariobelasting. Wel betaalt u als eigenaar of gebruiker van een bedrijfspand "
        "onroerendezaakbelasting."),
    ("GM0946", "parkeervergunning"): ("Parkeren", "In Nederweert is parkeren overal gratis. Er zijn geen "
        "parkeervergunningen."),
    ("GM0946", "hondenbelasting"): ("Hondenbelasting afgeschaft", "De gemeenteraad heeft de hondenbelasting per 2021 "
        "afgeschaft. U hoeft uw hond niet meer aan te melden of af te melden."),
    ("GM0946", "exploitatievergunning-horeca"): ("Horecabedrijf starten", "Nederweert kent geen exploitatievergunning "
        "voor horecabedrijven. Schenkt u alcohol, dan heeft u wel een alcoholvergunning nodig."),
    ("GM0946", "reclamebelasting"): ("Reclame", "De gemeente Nederweert heft geen reclamebelasting."),
    ("GM0946", "winkeltijdenontheffing"): ("Koopzondagen", "Winkels in Nederweert mogen alle zondagen open. Een "
        "ontheffing van de Winkeltijdenwet is daarom niet nodig."),
    ("GM0175", "hondenbelasting"): ("Hond", "Ommen heeft geen hondenbelasting. Wel moet u de poep van uw hond "
        "opruimen en is uw hond in de bebouwde kom aangelijnd."),
}

# not found: a mention elsewhere (news item) that a careless matcher might take for the product
NOT_FOUND_NEWS = {
    ("GM1969", "winkeltijdenontheffing"): ("Winkels in december ook op zondag open",
        "Winkeliers in Leek en Zuidhorn mogen in december op alle zondagen open. Dat heeft het college besloten."),
    ("GM1896", "reclamebelasting"): ("Ondernemersfonds Zwartewaterland van start",
        "Het nieuwe ondernemersfonds wordt betaald uit een opslag op de OZB. Een reclamebelasting komt er niet."),
    ("GM0893", "bouwdossier-inzage"): ("Bouwarchief verhuist naar Venlo",
        "Het bouwarchief van de gemeente verhuist dit voorjaar tijdelijk. Bouwtekeningen zijn in die periode "
        "beperkt beschikbaar."),
    ("GM0351", "ligplaatsvergunning"): ("Nieuwe steiger bij de Grift",
        "Bij de Grift is een nieuwe steiger geplaatst voor kano's en sloepen. Aanleggen is er gratis."),
    ("GM0373", "ligplaatsvergunning"): ("Sloepen welkom in Egmond-Binnen",
        "Een nieuwe aanlegplaats voor sloepen maakt Egmond-Binnen bereikbaar over water."),
    ("GM0377", "kansspelautomaatvergunning"): ("APV Bloemendaal herzien",
        "De raad heeft de APV herzien. Onder meer de regels voor speelautomaten en evenementen zijn aangepast."),
    ("GM0377", "ligplaatsvergunning"): ("Woonboten in het Spaarne: reactie college",
        "Het college beantwoordt vragen over woonboten. Bloemendaal heeft geen eigen ligplaatsenbeleid."),
    ("GM0946", "ligplaatsvergunning"): ("Werkzaamheden Noordervaart",
        "Rijkswaterstaat werkt aan de oevers van de Noordervaart. Booteigenaren worden gevraagd rekening te houden "
        "met stremmingen."),
    ("GM0175", "reclamebelasting"): ("Nieuwe bewegwijzering voor bedrijventerrein",
        "Op bedrijventerrein Ommen Oost komt nieuwe bewegwijzering. Ondernemers kunnen reclame op de borden "
        "plaatsen."),
}


def parse_specs():
    out = {}
    for code, text in SPECS.items():
        rows = {}
        for line in text.strip().splitlines():
            parts = line.split()
            key, kind = parts[0], parts[1]
            opts = {}
            for o in parts[2:]:
                if "=" in o:
                    k, v = o.split("=", 1)
                    opts[k] = v.replace("_", " ") if k == "title" else v
                else:
                    opts[o] = True
            rows[key] = dict(kind=kind, opts=opts)
        out[code] = rows
    return out

# --------------------------------------------------------------------------------------
# small page helper for hosts that are not municipalities
# --------------------------------------------------------------------------------------
def simple_page(title, body, brand="", css="", lang="nl"):
    return ("<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s%s</title>\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n%s</head>\n<body>\n%s\n</body>\n</html>\n"
            % (lang, h(title), (" | " + h(brand)) if brand else "", css, body))


def svg_logo(text, color="#000"):
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">'
            '<rect width="120" height="40" rx="6" fill="%s"/><text x="10" y="26" font-family="Arial" '
            'font-size="18" fill="#fff">%s</text></svg>\n' % (color, html.escape(text)))


DIGID_IDP = "http://digid.test/saml/idp/request_authentication"
BROKERS = {
    "signicat": ("http://eherkenning.signicat.test/broker/select", "Signicat"),
    "connectis": ("http://eh.connectis.test/eherkenning/kies-leverancier", "Connectis"),
}


def login_start(url, idp="digid", broker="signicat"):
    if idp == "digid":
        loc = DIGID_IDP + "?SAMLart=&RelayState=" + slugify(url)[:40]
    else:
        loc = BROKERS[broker][0] + "?service=" + slugify(url)[:40]
    redirect(url, loc, 302)
    return url


def build_identity():
    put("http://digid.test/assets/digid-logo.svg", svg_logo("DigiD", "#e17000"))
    put(DIGID_IDP, simple_page("Inloggen", """
<header class="digid-header"><img src="/assets/digid-logo.svg" alt="DigiD"></header>
<main><h1>Inloggen bij DigiD</h1>
<p>U wilt inloggen bij een overheidsorganisatie of zorgaanbieder. Kies hoe u wilt inloggen.</p>
<form method="post" action="/saml/idp/request_authentication" class="digid-login">
<label for="u">DigiD gebruikersnaam</label> <input id="u" name="authentication[digid_username]">
<label for="p">Wachtwoord</label> <input id="p" type="password" name="authentication[wachtwoord]">
<button type="submit">Inloggen</button></form>
<p><a href="/inloggen_app">Inloggen met de DigiD app</a> | <a href="/saml/idp/request_logout">Annuleren</a></p>
</main>""", "DigiD"))
    put("http://digid.test/inloggen_app", simple_page("Inloggen met de DigiD app",
        "<h1>Inloggen met de DigiD app</h1><p>Scan de QR-code met uw DigiD app.</p>"
        "<p><a href=\"/saml/idp/request_authentication\">Terug</a></p>", "DigiD"))
    put("http://digid.test/saml/idp/request_logout", simple_page("Uitgelogd",
        "<h1>U heeft het inloggen geannuleerd</h1><p>U kunt dit venster sluiten.</p>", "DigiD"))
    put("http://www.digid.test/", simple_page("DigiD", """
<h1>DigiD</h1><p>Met DigiD logt u in bij de overheid, het onderwijs en de zorg.</p>
<ul><li><a href="/aanvragen">DigiD aanvragen</a></li><li><a href="/over-digid/machtigen">Iemand machtigen</a></li></ul>""",
        "DigiD"))
    put("http://www.digid.test/aanvragen", simple_page("DigiD aanvragen", """
<h1>DigiD aanvragen</h1><p>Vraag uw DigiD aan. U ontvangt binnen 3 werkdagen een brief met een activeringscode.</p>
<form method="get" action="/aanvragen-stap-1"><label>Burgerservicenummer <input name="bsn"></label>
<button>Aanvraag starten</button></form><p><a href="/">Home</a></p>""", "DigiD"))
    put("http://www.digid.test/aanvragen-stap-1", simple_page("DigiD aanvragen stap 1",
        "<h1>Stap 1: uw gegevens</h1><p>Vul uw gegevens in zoals ze in de BRP staan.</p><p><a href=\"/\">Home</a></p>",
        "DigiD"))
    put("http://www.digid.test/over-digid/machtigen", simple_page("DigiD Machtigen",
        "<h1>Iemand machtigen</h1><p>Met DigiD Machtigen regelt iemand anders uw zaken online.</p>"
        "<p><a href=\"/\">Home</a></p>", "DigiD"))
    for key, (url, name) in sorted(BROKERS.items()):
        put(url, simple_page("Inloggen met eHerkenning", """
<h1>Inloggen met eHerkenning</h1><p>Selecteer de leverancier van uw inlogmiddel.</p>
<form method="get" action="%s"><select name="leverancier"><option>KPN</option><option>%s</option>
<option>Z login</option></select><button>Doorgaan</button></form>
<p>Betrouwbaarheidsniveau: EH3</p>""" % (url, name), name))
    # MijnOverheid
    redirect("http://mijn.overheid.test/inloggen", DIGID_IDP + "?RelayState=mijnoverheid", 302)
    put("http://mijn.overheid.test/", simple_page("MijnOverheid", """
<h1>MijnOverheid</h1><p>Uw Berichtenbox, lopende zaken en persoonlijke gegevens op een plek.</p>
<p><a class="button" href="/inloggen">Inloggen met DigiD</a></p>
<ul><li>Berichtenbox</li><li>Lopende zaken</li><li>Persoonlijke gegevens</li></ul>""", "MijnOverheid"))


# --------------------------------------------------------------------------------------
# national and regional bodies
# --------------------------------------------------------------------------------------
OL = "http://omgevingswet.overheid.test"


def build_national():
    put(OL + "/home", simple_page("Omgevingsloket", """
<header><a href="/home">Omgevingsloket</a></header>
<h1>Omgevingsloket</h1>
<ul class="tiles"><li><a href="/checken">Vergunningcheck doen</a></li><li><a href="/aanvragen">Aanvragen of melden</a></li>
<li><a href="/regels-op-de-kaart">Regels op de kaart</a></li><li><a href="/mijn-omgevingsloket">Mijn Omgevingsloket</a></li></ul>""",
        "Omgevingsloket"))
    put(OL + "/checken", simple_page("Vergunningcheck", """
<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft of een melding moet doen. U hoeft niet in te loggen.</p>
<form method="get" action="/vergunningcheck/locatie"><label>Adres of perceel <input name="adres"></label>
<button type="submit">Start de check</button></form><p><a href="/home">Home</a></p>""", "Omgevingsloket"))
    put(OL + "/vergunningcheck/locatie", simple_page("Vergunningcheck - locatie",
        "<h1>Stap 1: locatie</h1><p>Kies de locatie op de kaart.</p><p><a href=\"/checken\">Terug</a></p>",
        "Omgevingsloket"))
    put(OL + "/regels-op-de-kaart", simple_page("Regels op de kaart",
        "<h1>Regels op de kaart</h1><p>Bekijk welke regels gelden op een locatie.</p><p><a href=\"/home\">Home</a></p>",
        "Omgevingsloket"))
    login_start(OL + "/aanvragen/inloggen/digid")
    login_start(OL + "/aanvragen/inloggen/eherkenning", "eh", "connectis")
    put(OL + "/aanvragen", simple_page("Aanvragen of melden", """
<h1>Aanvragen of melden</h1>
<p>Een aanvraag of melding doet u in het Omgevingsloket. Het bevoegd gezag (gemeente, provincie of waterschap) ontvangt
uw aanvraag direct.</p>
<p><a class="button" href="/aanvragen/inloggen/digid">Inloggen met DigiD</a> (particulieren)</p>
<p><a class="button" href="/aanvragen/inloggen/eherkenning">Inloggen met eHerkenning</a> (bedrijven)</p>
<p class="prefill">Na het inloggen haalt het Omgevingsloket uw gegevens op uit de basisregistraties (de BRP of het
Handelsregister). Uw naam, adres en burgerservicenummer of KvK-nummer zijn dan al ingevuld.</p>
<p><a href="/home">Home</a></p>""", "Omgevingsloket"))
    login_start(OL + "/mijn-omgevingsloket/inloggen")
    put(OL + "/mijn-omgevingsloket", simple_page("Mijn Omgevingsloket", """
<h1>Mijn Omgevingsloket</h1><p>Bekijk uw ingediende aanvragen en meldingen.</p>
<p><a href="/mijn-omgevingsloket/inloggen">Inloggen met DigiD</a></p><p><a href="/home">Home</a></p>""",
        "Omgevingsloket"))
    # other national / sector sites used as traps
    put("http://www.wozwaardeloket.test/", simple_page("WOZ-waardeloket", """
<h1>WOZ-waardeloket</h1><p>Bekijk de WOZ-waarde van iedere woning in Nederland. Inloggen is niet nodig.</p>
<form method="get" action="/zoeken"><label>Postcode en huisnummer <input name="q"></label><button>Zoeken</button></form>""",
        "WOZ-waardeloket"))
    put("http://www.wozwaardeloket.test/zoeken", simple_page("Zoekresultaat", "<h1>Zoekresultaat</h1>"
        "<p>Geen adres gevonden.</p><p><a href=\"/\">Opnieuw zoeken</a></p>", "WOZ-waardeloket"))
    put("http://www.nationaleombudsman.test/klacht-indienen", simple_page("Klacht indienen", """
<h1>Klacht indienen bij de Nationale ombudsman</h1>
<p>Heeft u eerst een klacht ingediend bij de organisatie zelf? Vul dan ons klachtformulier in.</p>
<form method="post" action="/klacht-verzonden"><label>Over welke organisatie? <input name="org"></label>
<label>Uw klacht <textarea name="klacht"></textarea></label><label>Naam <input name="naam"></label>
<label>E-mail <input name="email"></label><button type="submit">Versturen</button></form>""", "Nationale ombudsman"))
    put("http://www.nationaleombudsman.test/klacht-verzonden", simple_page("Verzonden",
        "<h1>Bedankt</h1><p>Wij hebben uw klacht ontvangen.</p>", "Nationale ombudsman"))
    put("http://www.berekenuwrecht.test/", simple_page("Bereken uw recht", """
<h1>Bereken uw recht</h1><p>Bereken anoniem op welke toeslagen en regelingen u recht heeft.</p>
<form method="get" action="/berekening"><label>Postcode <input name="postcode"></label><label>Leeftijd
<input name="leeftijd"></label><label>Netto inkomen per maand <input name="inkomen"></label>
<button>Bereken</button></form>""", "Bereken uw recht"))
    put("http://www.berekenuwrecht.test/berekening", simple_page("Uw berekening",
        "<h1>Uw berekening</h1><p>U heeft mogelijk recht op de volgende regelingen.</p><p><a href=\"/\">Opnieuw</a></p>",
        "Bereken uw recht"))
    put("http://www.rijksoverheid.test/onderwerpen/paspoort-en-identiteitskaart", simple_page(
        "Paspoort en identiteitskaart", "<h1>Paspoort en identiteitskaart</h1><p>U vraagt een paspoort of "
        "identiteitskaart aan bij uw gemeente.</p>", "Rijksoverheid.nl"))
    put("http://www.rijksoverheid.test/onderwerpen/omgevingswet", simple_page("Omgevingswet",
        "<h1>Omgevingswet</h1><p>Sinds 1 januari 2024 geldt de Omgevingswet.</p>", "Rijksoverheid.nl"))
    put("http://apps.apple.test/nl/app/mijngemeente/id1234567", simple_page("MijnGemeente in de App Store",
        "<h1>MijnGemeente</h1><p>Doe een melding in de openbare ruimte met de app.</p>", "App Store"))
    put("http://play.google.test/store/apps/details?id=nl.mijngemeente.app", simple_page("MijnGemeente - Apps op Google Play",
        "<h1>MijnGemeente</h1><p>Installeren</p>", "Google Play"))
    put("http://apps.apple.test/nl/app/buitenbeter/id7654321", simple_page("BuitenBeter in de App Store",
        "<h1>BuitenBeter</h1><p>Meld problemen in de openbare ruimte.</p>", "App Store"))
    put("http://apps.apple.test/nl/app/afvalwijzer/id1111111", simple_page("Afvalwijzer in de App Store",
        "<h1>Afvalwijzer</h1><p>Ophaaldagen in uw gemeente.</p>", "App Store"))
    put("http://app-eu.readspeaker.test/cgi-bin/rsent", simple_page("ReadSpeaker",
        "<p>Voorleesfunctie. Deze pagina speelt de tekst af.</p>", "ReadSpeaker"))
    put("http://webchat.obi4wan.test/widget.js", CHAT_JS)


CHAT_JS = """/* webchat widget (OBI4wan-like) */
(function () {
  var cfg = window.chatConfig || {};
  var b = document.createElement('button');
  b.className = 'webchat-launcher';
  b.type = 'button';
  b.textContent = cfg.label || 'Chat met ons';
  b.addEventListener('click', function () {
    var p = document.createElement('div');
    p.className = 'webchat-panel';
    p.innerHTML = '<p>Welkom bij de chat van ' + (cfg.org || 'de gemeente') + '. Stel uw vraag.</p>' +
      '<form class="webchat-form"><textarea name="bericht"></textarea><button type="submit">Verstuur</button></form>';
    document.body.appendChild(p);
  });
  document.body.appendChild(b);
})();
"""

# tax offices and other bodies: (host base, name, login start, eh)
BODY = {
    "bsgw": dict(name="BsGW", long="Belastingsamenwerking Gemeenten en Waterschappen", base="http://www.bsgw.test"),
    "svhw": dict(name="SVHW", long="Samenwerkingsverband Vastgoedinformatie Heffing en Waardebepaling",
                 base="http://www.svhw.test"),
    "cocensus": dict(name="Cocensus", long="Cocensus", base=None),
    "gblt": dict(name="GBLT", long="Gemeenschappelijk Belastingkantoor Lococensus-Tricijn", base="http://www.gblt.test"),
    "werk": dict(name="werk.nl", long="UWV werk.nl", base="http://www.werk.test"),
    "stroomopwaarts": dict(name="Stroomopwaarts", long="Stroomopwaarts MVS", base="http://www.stroomopwaarts.test"),
    "rova": dict(name="ROVA", long="ROVA", base="http://www.rova.test"),
    "irado": dict(name="Irado", long="Irado", base="http://www.irado.test"),
    "hvc": dict(name="HVC", long="HVC", base="http://www.hvcgroep.test"),
    "meerlanden": dict(name="Meerlanden", long="Meerlanden", base="http://www.meerlanden.test"),
    "fixi": dict(name="Fixi", long="Fixi", base="http://www.fixi.test"),
    "parkeerservice": dict(name="ParkeerService", long="ParkeerService", base=None),
    "parkeerloket": dict(name="Parkeerloket", long="Digitaal Parkeerloket", base=None),
    "ol": dict(name="Omgevingsloket", long="Omgevingsloket", base=OL),
}

TAX_SERVICES = {
    "belastingkwijtschelding": ("Kwijtschelding aanvragen", "kwijtschelding"),
    "woz-bezwaar": ("Bezwaar maken tegen de WOZ-waarde", "bezwaar-woz"),
    "hondenbelasting": ("Hond aan- of afmelden", "hondenbelasting"),
    "belastingaanslag-bezwaar": ("Bezwaar maken tegen uw aanslag", "bezwaar-aanslag"),
    "betalingsregeling": ("Betalingsregeling aanvragen", "betalingsregeling"),
}


def tax_body_base(body, site):
    if body == "cocensus":
        return "http://%s.cocensus.test" % site["host"].split(".")[1]
    if body == "gblt":
        return "http://www.gblt.test/" + site["host"][4:].rsplit(".", 1)[0]
    return BODY[body]["base"]


def tax_portal_url(site):
    """Page of the (own or joint) tax portal with a DigiD login: a trap on non-tax pages."""
    if site["tax"] == "own":
        return "http://belastingen.%s/mijn-belastingen" % site["host"][4:]
    b = site["tax"]
    return tax_body_base(b, site) + ("/mijn-loket" if b == "gblt" else "/mijn-belastingzaken")


def build_tax_portal(site):
    b = site["tax"]
    url = tax_portal_url(site)
    if b == "own":
        host = "belastingen." + site["host"][4:]
        start = login_start("http://%s/mijn-belastingen/digid" % host)
        estart = login_start("http://%s/mijn-belastingen/eherkenning" % host, "eh", "signicat")
        put(url, simple_page("Mijn belastingen", """
<h1>Mijn belastingen %s</h1><p>Bekijk uw aanslag, uw WOZ-beschikking en het taxatieverslag, en regel uw
betaling.</p><p><a class="btn" href="%s">Inloggen met DigiD</a> <a class="btn" href="%s">Inloggen met
eHerkenning</a></p><p><a href="http://%s/">Terug naar de website</a></p>""" % (
            h(site["short"]), start, estart, site["host"]), "Gemeente " + site["short"]))
        return url
    base = tax_body_base(b, site)
    start = login_start(url + "/inloggen")
    put(url, simple_page("Mijn " + BODY[b]["name"], """
<h1>%s voor inwoners en ondernemers</h1><p>Log in om uw aanslagen, WOZ-waarde en betalingen te bekijken.</p>
<p><a class="button" href="%s">Inloggen met DigiD</a></p><p><a href="%s/">Home</a></p>""" % (
        "Mijn loket" if b == "gblt" else "Mijn belastingzaken", start, base), BODY[b]["name"]))
    return url


def build_tax_service(site, body, key, kind):
    """Route page at a joint tax office. Returns (url, signals)."""
    base_ = tax_body_base(body, site)
    if not exists(base_ + "/"):
        put(base_ + "/", simple_page(BODY[body]["long"], """
<h1>%s</h1><p>Wij heffen en innen belastingen voor gemeenten en waterschappen.</p>
<ul>%s</ul>""" % (h(BODY[body]["long"]), "".join('<li><a href="%s/%s">%s</a></li>' % (base_, s, h(t))
                                                   for t, s in TAX_SERVICES.values())), BODY[body]["name"]))
        for k in TAX_SERVICES:
            _tax_service_page(body, base_, k)
    return _tax_service_page(body, base_, key)


def _tax_service_page(body, base_, key):
    title, slug = TAX_SERVICES[key]
    url = base_ + "/" + slug
    start = login_start(url + "/digid")
    sig = ["digid"]
    extra = ""
    if key in ("woz-bezwaar", "belastingaanslag-bezwaar"):
        estart = login_start(url + "/eherkenning", "eh", "connectis")
        extra = '<p><a class="button" href="%s">Inloggen met eHerkenning</a> (bedrijven)</p>' % estart
        sig.append("eherkenning")
    put(url, simple_page(title, """
<nav><a href="%s/">%s</a></nav>
<h1>%s</h1>
<p>Dit regelt u online in het digitale loket van %s. U logt in met DigiD. Heeft u geen DigiD, bel ons dan; wij sturen
u een formulier.</p>
<p><a class="button" href="%s">Inloggen met DigiD</a></p>%s
<p>Heeft u vragen? Bel %s.</p>""" % (base_, h(BODY[body]["name"]), h(title), h(BODY[body]["name"]), start, extra,
                                    "088 - 845 02 00" if body == "bsgw" else "0800 - 020 13 13"), BODY[body]["name"]))
    return url, sig


def build_body_service(site, body, key):
    """Non-tax bodies. Returns (url, signals, note)."""
    short = site["host"][4:].rsplit(".", 1)[0]
    if body == "ol":
        return OL + "/aanvragen", ["digid", "eherkenning", "prefill_text"], "Omgevingsloket: inloggen met DigiD of eHerkenning, vooringevuld uit basisregistraties"
    if body == "werk":
        url = "http://www.werk.test/werkzoekenden/uitkering-aanvragen/bijstand"
        start = login_start("http://www.werk.test/werkzoekenden/inloggen")
        put(url, simple_page("Bijstand aanvragen", """
<h1>Bijstandsuitkering aanvragen</h1><p>Vraag uw bijstandsuitkering online aan via werk.nl. Uw aanvraag wordt
doorgestuurd naar uw gemeente.</p><p><a class="button" href="%s">Inloggen met DigiD</a></p>""" % start, "werk.nl"))
        return url, ["digid"], "aanvraag via werk.nl met DigiD"
    if body == "stroomopwaarts":
        t = {"bijstand": ("Bijstandsuitkering aanvragen", "uitkering-aanvragen"),
             "bijzondere-bijstand": ("Bijzondere bijstand aanvragen", "bijzondere-bijstand-aanvragen")}[key]
        url = "http://www.stroomopwaarts.test/inwoners/" + t[1]
        start = login_start(url + "/digid")
        put(url, simple_page(t[0], """
<nav><a href="http://www.stroomopwaarts.test/">Stroomopwaarts</a></nav>
<h1>%s</h1><p>Stroomopwaarts voert de Participatiewet uit voor Maassluis, Vlaardingen en Schiedam. Vraag online aan
met DigiD.</p><p><a class="button" href="%s">Aanvragen met DigiD</a></p>""" % (t[0], start), "Stroomopwaarts"))
        put("http://www.stroomopwaarts.test/", simple_page("Stroomopwaarts", "<h1>Stroomopwaarts</h1><ul>"
            "<li><a href=\"/inwoners/uitkering-aanvragen\">Uitkering aanvragen</a></li>"
            "<li><a href=\"/inwoners/bijzondere-bijstand-aanvragen\">Bijzondere bijstand</a></li></ul>", "Stroomopwaarts"))
        return url, ["digid"], "regionale sociale dienst Stroomopwaarts, DigiD"
    if body in ("rova", "irado", "hvc", "meerlanden"):
        base = BODY[body]["base"]
        if key == "grofvuil":
            url = base + "/grofvuil/" + short
            put(url, simple_page("Grofvuil aanmelden", """
<nav><a href="%s/">%s</a></nav><h1>Grofvuil laten ophalen in %s</h1>
<p>Meld uw grofvuil aan met dit formulier. U hoeft niet in te loggen.</p>
<form method="post" action="%s/grofvuil/verzonden"><label>Postcode <input name="postcode" required></label>
<label>Huisnummer <input name="huisnummer" required></label><label>Wat wilt u laten ophalen?
<textarea name="omschrijving"></textarea></label><label>E-mailadres <input type="email" name="email"></label>
<button type="submit">Aanmelden</button></form>""" % (base, BODY[body]["name"], h(site["short"]), base),
                BODY[body]["name"]))
            put(base + "/grofvuil/verzonden", simple_page("Aangemeld", "<h1>Bedankt</h1><p>U ontvangt een "
                "bevestiging per e-mail.</p>", BODY[body]["name"]))
            sig = ["online_form"]
        else:
            url = base + "/containers/" + short
            login = base + "/mijn-account/inloggen"
            if body in ("rova", "irado"):
                put(login, simple_page("Inloggen", """
<h1>Inloggen op Mijn %s</h1><form method="post" action="%s/mijn-account/inloggen"><label>E-mailadres <input name="email"></label>
<label>Wachtwoord <input type="password" name="wachtwoord"></label><button>Inloggen</button></form>
<p><a href="%s/mijn-account/registreren">Account aanmaken</a></p>""" % (BODY[body]["name"], base, base), BODY[body]["name"]))
                put(base + "/mijn-account/registreren", simple_page("Registreren", "<h1>Account aanmaken</h1>"
                    "<form method=\"post\" action=\"/mijn-account/registreren\"><label>E-mail <input name=\"email\"></label>"
                    "<button>Registreren</button></form>", BODY[body]["name"]))
                put(url, simple_page("Container aanvragen of wijzigen", """
<nav><a href="%s/">%s</a></nav><h1>Container aanvragen, ruilen of inleveren</h1>
<p>Dit regelt u in Mijn %s. Log in met uw e-mailadres en wachtwoord, of maak een account aan.</p>
<p><a class="button" href="%s">Inloggen op Mijn %s</a></p>""" % (base, BODY[body]["name"], BODY[body]["name"], login,
                                                               BODY[body]["name"]), BODY[body]["name"]))
                sig = ["online_form", "own_login"]
            else:
                put(url, simple_page("Container aanvragen of wijzigen", """
<nav><a href="%s/">%s</a></nav><h1>Container aanvragen of omruilen</h1>
<form method="post" action="%s/containers/verzonden"><label>Postcode <input name="postcode"></label>
<label>Huisnummer <input name="nr"></label><label>Soort container <select name="soort"><option>GFT</option>
<option>Restafval</option><option>Papier</option></select></label><label>Wat wilt u? <select name="actie">
<option>Extra container</option><option>Omruilen</option><option>Kapot</option></select></label>
<button type="submit">Versturen</button></form>""" % (base, BODY[body]["name"], base), BODY[body]["name"]))
                put(base + "/containers/verzonden", simple_page("Verzonden", "<h1>Bedankt</h1>", BODY[body]["name"]))
                sig = ["online_form"]
        if not exists(base + "/"):
            put(base + "/", simple_page(BODY[body]["long"], "<h1>%s</h1><p>Afvalinzameling en reiniging.</p>"
                % h(BODY[body]["long"]), BODY[body]["name"]))
        return url, sig, "formulier bij afvalbedrijf %s" % BODY[body]["name"]
    if body == "fixi":
        url = "http://www.fixi.test/gemeente/" + short + "/melding"
        put(url, simple_page("Melding doen", """
<h1>Melding openbare ruimte %s</h1><p>Doe hier uw melding. Geef de locatie aan op de kaart.</p>
<form method="post" action="/gemeente/%s/melding-verzonden"><label>Categorie <select name="cat"><option>Straatverlichting</option>
<option>Bestrating</option><option>Groen</option><option>Afval</option></select></label>
<label>Omschrijving <textarea name="omschrijving"></textarea></label><label>Foto <input type="file" name="foto"></label>
<label>E-mail (optioneel) <input name="email"></label><button type="submit">Melding versturen</button></form>""" % (
            h(site["short"]), short), "Fixi"))
        put("http://www.fixi.test/gemeente/" + short + "/melding-verzonden", simple_page("Bedankt",
            "<h1>Uw melding is verstuurd</h1>", "Fixi"))
        return url, ["online_form"], "meldingsplatform Fixi, zonder inloggen"
    if body in ("parkeerservice", "parkeerloket"):
        host = "%s.%s.test" % (short, body)
        url = "http://%s/vergunningen/bewonersvergunning" % host
        start = login_start("http://%s/inloggen/digid" % host)
        put(url, simple_page("Bewonersvergunning aanvragen", """
<nav><a href="http://%s/">Parkeren %s</a></nav><h1>Bewonersvergunning aanvragen</h1>
<p>Vraag uw parkeervergunning online aan. U logt in met DigiD en betaalt met iDEAL.</p>
<p><a class="button" href="%s">Inloggen met DigiD</a></p>
<p>Bezoekers aanmelden? Gebruik de <a href="http://%s/bezoekers">bezoekersapp</a>.</p>""" % (
            host, h(site["short"]), start, host), "Parkeren " + site["short"]))
        put("http://%s/" % host, simple_page("Parkeren " + site["short"], "<h1>Digitaal parkeerloket</h1><ul>"
            "<li><a href=\"/vergunningen/bewonersvergunning\">Bewonersvergunning</a></li>"
            "<li><a href=\"/bezoekers\">Bezoekersparkeren</a></li></ul>", "Parkeren"))
        put("http://%s/bezoekers" % host, simple_page("Bezoekersparkeren", "<h1>Bezoekersparkeren</h1>"
            "<p>Meld bezoek aan via de app.</p>", "Parkeren"))
        return url, ["digid", "payment"], "parkeerportaal %s met DigiD" % host
    raise SystemExit("unknown body " + body)

# --------------------------------------------------------------------------------------
# form platforms (one per municipality)
# --------------------------------------------------------------------------------------
AUTH_SIGNALS = {"none": ["online_form"], "digid": ["digid"], "digid_prefill": ["digid", "prefill_text"],
                "eh": ["eherkenning"], "digid_eh": ["digid", "eherkenning"]}
PREFILL_TEXT = ("Na het inloggen met DigiD vullen wij uw naam, adres en burgerservicenummer automatisch in vanuit de "
                "Basisregistratie Personen (BRP). U hoeft die gegevens niet zelf in te typen.")
FORMCACHE = {}


def form_fields_html(title, style, upload):
    lab = {"gf": '<li class="gfield"><label class="gfield_label">%s<span class="gfield_required">*</span></label>'
                 '<div class="ginput_container"><input type="text" name="input_%d" aria-required="true"></div></li>',
           "plain": '<div class="field"><label for="f%d">%s</label><input id="f%d" name="f%d" type="text"></div>'}
    names = ["Voorletters en achternaam", "Straat en huisnummer", "Postcode", "Woonplaats", "Telefoonnummer",
             "E-mailadres"]
    out = []
    for i, n in enumerate(names):
        if style == "gf":
            out.append(lab["gf"] % (n, i + 1))
        else:
            out.append(lab["plain"] % (i, n, i, i))
    if style == "gf":
        out.append('<li class="gfield"><label class="gfield_label">Toelichting</label><div class="ginput_container">'
                   '<textarea name="input_9" rows="6"></textarea></div></li>')
    else:
        out.append('<div class="field"><label for="f9">Toelichting op uw aanvraag</label>'
                   '<textarea id="f9" name="toelichting" rows="6"></textarea></div>')
    if upload:
        out.append('<div class="field"><label for="f10">Bijlagen</label><input id="f10" type="file" name="bijlage" multiple>'
                   '<p class="hint">Toegestane bestanden: pdf, jpg, png, doc en docx. Max. bestandsgrootte: 5 MB.</p></div>')
    out.append('<div class="field"><input type="checkbox" id="f11" name="akkoord" required> <label for="f11">Ik verklaar '
               'dat ik dit formulier naar waarheid heb ingevuld.</label></div>')
    return "\n".join(out)


def platform_host(site):
    dom = site["host"][4:]
    return {"of_js": "formulieren." + dom, "esuite": "eloket." + dom, "formdesk": "fd8.formdesk.test",
            "of_iframe": "formulieren." + dom, "getform": "formulier." + dom, "gravity": "mijn." + dom,
            "aspx": "formulieren." + dom, "loket": "loket." + dom, "key2": "eloket." + dom,
            "of_embed": "formulieren." + dom}[site["platform"]]


def camel(title):
    words = re.sub(r"[^A-Za-z0-9 ]+", " ", title.replace("é", "e").replace("ë", "e")).split()
    return "".join(w[:1].upper() + w[1:] for w in words)


def form_page_shell(site, title, body, extra_head=""):
    return ("<!DOCTYPE html>\n<html lang=\"nl\" class=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s - %s</title>\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n%s</head>\n<body>\n"
            "<header class=\"form-header\"><a href=\"http://%s/\"><img src=\"/static/logo.svg\" alt=\"Logo %s\"></a></header>\n"
            "<main class=\"form-main\">\n%s\n</main>\n<footer class=\"form-footer\"><a href=\"%s\">Privacy</a>"
            "</footer>\n</body>\n</html>\n" % (
                "openforms-theme utrecht-document" if site["platform"].startswith("of_") else "eform",
                h(title), h(site["name"]), extra_head, site["host"], h(site["name"]), body, page_url(site, "privacy")))


def make_form(site, fslug, title, auth, upload=False):
    """Write the form (or its login start page) on the municipality's platform.
    Returns dict(link, route, mode, signals, prefill)."""
    ck = (site["code"], fslug)
    if ck in FORMCACHE:
        return FORMCACHE[ck]
    p = site["platform"]
    ph = platform_host(site)
    put("http://%s/static/logo.svg" % ph, svg_logo(site["short"][:10], "#00528a"))
    sig = list(AUTH_SIGNALS[auth])
    prefill = auth == "digid_prefill"
    needs_login = auth != "none"
    broker = "connectis" if hx(site["code"]) % 2 else "signicat"
    fields = form_fields_html(title, "gf" if p == "gravity" else "plain", upload)
    if upload:
        sig.append("trap_upload_formats")
    res = None
    if p in ("of_js", "of_iframe", "of_embed"):
        base = "http://%s/%s/" % (ph, fslug)
        logins = []
        if auth in ("digid", "digid_prefill", "digid_eh"):
            logins.append(("digid", "DigiD", login_start("http://%s/auth/%s/digid/start" % (ph, fslug))))
        if auth in ("eh", "digid_eh"):
            logins.append(("eherkenning", "eHerkenning",
                           login_start("http://%s/auth/%s/eherkenning/start" % (ph, fslug), "eh", broker)))
        if p == "of_js":
            cfg = {"uuid": "%032x" % hx(site["code"], fslug), "slug": fslug, "name": title,
                   "loginRequired": needs_login,
                   "loginOptions": [{"identifier": i, "label": l, "url": u,
                                     "logo": {"imageSrc": "http://%s/static/img/%s.svg" % (ph, i)}}
                                    for i, l, u in logins],
                   "steps": [] if needs_login else [{"name": "Uw gegevens", "fields": ["Naam", "Adres", "Postcode",
                                                                                       "E-mailadres", "Toelichting"]}],
                   "submitUrl": "http://%s/%s/bevestiging" % (ph, fslug),
                   "literals": {"beginText": "Formulier starten"}}
            put("http://%s/api/v2/forms/%s" % (ph, fslug), json.dumps(cfg, ensure_ascii=False, indent=1))
            put("http://%s/%s/bevestiging" % (ph, fslug), form_page_shell(site, "Bevestiging",
                "<h1>Bedankt</h1><p>Uw formulier is verzonden.</p>"))
            for i, l, u in logins:
                put("http://%s/static/img/%s.svg" % (ph, i), svg_logo(l, "#e17000" if i == "digid" else "#0b71a1"))
            body = ('<h1 class="sr-only">%s</h1>\n<div class="open-forms-sdk-root" id="openforms-container" '
                    'data-sdk-module="http://%s/static/sdk/open-forms-sdk.mjs" data-form-id="%s" '
                    'data-base-url="http://%s/api/v2/" data-base-path="/%s/"></div>\n'
                    '<noscript>Schakel JavaScript in om dit formulier te kunnen invullen.</noscript>\n'
                    '<script type="module" src="http://%s/static/sdk/sdk-wrapper.mjs"></script>' % (
                        h(title), ph, fslug, ph, fslug, ph))
            put(base, form_page_shell(site, title, body,
                '<link rel="stylesheet" href="http://%s/static/sdk/open-forms-sdk.css">\n' % ph))
            put("http://%s/static/sdk/open-forms-sdk.css" % ph, ".open-forms-sdk-root{font-family:sans-serif}\n")
            put("http://%s/static/sdk/sdk-wrapper.mjs" % ph, OF_WRAPPER)
            put("http://%s/static/sdk/open-forms-sdk.mjs" % ph, OF_SDK)
            sig += ["openforms", "js_only_form"]
        else:
            parts = ['<h1 class="utrecht-heading-1">%s</h1>' % h(title)]
            if needs_login:
                parts.append('<p class="openforms-body">Om dit formulier te starten moet u inloggen.</p>')
                for i, l, u in logins:
                    parts.append('<p class="openforms-login-option"><a class="utrecht-button utrecht-button--primary" '
                                 'href="%s"><img src="/static/img/%s.svg" alt="" width="32"> Inloggen met %s</a></p>'
                                 % (u, i, l))
                    put("http://%s/static/img/%s.svg" % (ph, i), svg_logo(l, "#e17000" if i == "digid" else "#0b71a1"))
            else:
                parts.append('<form method="post" action="/%s/bevestiging" class="openforms-form">\n<h2>Stap 1 van 2: '
                             'uw gegevens</h2>\n%s\n<button type="submit" class="utrecht-button">Volgende</button></form>'
                             % (fslug, fields))
                put("http://%s/%s/bevestiging" % (ph, fslug), form_page_shell(site, "Bevestiging",
                    "<h1>Bedankt</h1><p>Uw melding is ontvangen.</p>"))
            if prefill:
                parts.append("<p>%s</p>" % PREFILL_TEXT)
            put(base, form_page_shell(site, title, "\n".join(parts)))
            sig.append("openforms")
        res = dict(link=base, route=base, mode="iframe" if p == "of_iframe" else "link")
    elif p == "esuite":
        base = "http://%s/eformulieren/%s/" % (ph, fslug)
        starts = []
        if auth in ("digid", "digid_prefill", "digid_eh"):
            starts.append(("DigiD", login_start(base + "digid")))
        if auth in ("eh", "digid_eh"):
            starts.append(("eHerkenning", login_start(base + "eherkenning", "eh", broker)))
        if needs_login:
            body = '<h1>%s</h1><p>Voor dit formulier logt u in.</p>%s' % (h(title), "".join(
                '<p><a href="%s">Inloggen met %s</a></p>' % (u, l) for l, u in starts))
            if prefill:
                body += "<p>%s</p>" % PREFILL_TEXT
            put(base, form_page_shell(site, title, body))
            res = dict(link=starts[0][1], route=starts[0][1], mode="link", starts=starts)
        else:
            put(base, form_page_shell(site, title, '<h1>%s</h1><p>Voortgang: 0%%</p><form method="post" action="%sverzenden">'
                '%s<button type="submit">Verzenden</button></form>' % (h(title), base, fields)))
            put(base + "verzenden", form_page_shell(site, "Verzonden", "<h1>Bedankt</h1><p>Uw formulier is verzonden.</p>"))
            res = dict(link=base, route=base, mode="link")
        sig.append("esuite")
    elif p == "formdesk":
        name = slugify(title, "_")
        url = "http://%s/gemeentebergen/%s" % (ph, name)
        if needs_login:
            st = login_start("http://%s/gemeentebergen/digid.aspx" % ph) if auth != "eh" else \
                login_start("http://%s/gemeentebergen/eherkenning.aspx" % ph, "eh", broker)
            body = ('<div id="fdHeader"><h1>%s</h1></div><p>Dit formulier is beveiligd. U moet eerst inloggen met %s.</p>'
                    '<p><a class="fdButton" href="%s?form=%s">Inloggen met %s</a></p>' % (
                        h(title), "eHerkenning" if auth == "eh" else "DigiD", st, name,
                        "eHerkenning" if auth == "eh" else "DigiD"))
            if auth == "digid_eh":
                st2 = login_start("http://%s/gemeentebergen/eherkenning.aspx" % ph, "eh", broker)
                body += '<p><a class="fdButton" href="%s?form=%s">Inloggen met eHerkenning</a></p>' % (st2, name)
        else:
            body = ('<div id="fdHeader"><h1>%s</h1></div><form id="fdForm" method="post" action="/gemeentebergen/verzonden">'
                    '%s<p>Betalen doet u aan het eind met iDEAL.</p><button type="submit" class="fdButton">Verzenden'
                    '</button></form>' % (h(title), fields))
            put("http://%s/gemeentebergen/verzonden" % ph, form_page_shell(site, "Verzonden", "<h1>Bedankt</h1>"))
        put(url, form_page_shell(site, title, body, '<meta name="generator" content="Formdesk">\n'))
        res = dict(link=url, route=url, mode="link")
        sig.append("formdesk")
    elif p == "getform":
        url = "http://%s/start?formulier=%s" % (ph, fslug)
        if needs_login:
            st = login_start("http://%s/digid/login" % ph) if auth != "eh" else \
                login_start("http://%s/eherkenning/login" % ph, "eh", broker)
            body = '<h1>%s</h1><p>U logt in met %s. Daarna vult u het formulier in.</p><p><a class="knop" href="%s?formulier=%s">Inloggen met %s</a></p>' % (
                h(title), "eHerkenning" if auth == "eh" else "DigiD", st, fslug, "eHerkenning" if auth == "eh" else "DigiD")
            if prefill:
                body += "<p>%s</p>" % PREFILL_TEXT
        else:
            body = '<h1>%s</h1><form method="post" action="/verzonden">%s<button type="submit">Versturen</button></form>' % (
                h(title), fields)
            put("http://%s/verzonden" % ph, form_page_shell(site, "Verzonden", "<h1>Bedankt</h1>"))
        put(url, form_page_shell(site, title, body))
        res = dict(link="http://%s/start" % ph, route=url, mode="getform", param=("formulier", fslug))
    elif p == "gravity":
        url = "http://%s/%s/" % (ph, fslug)
        if needs_login:
            st = login_start("http://%s/digid-login" % ph) if auth != "eh" else \
                login_start("http://%s/eherkenning-login" % ph, "eh", broker)
            body = ('<h1 class="entry-title">%s</h1><div class="owc-digid-gate"><p>Om dit formulier in te vullen logt u in '
                    'met %s.</p><a class="button" href="%s?redirect_to=/%s/">Inloggen met %s</a></div>' % (
                        h(title), "eHerkenning" if auth == "eh" else "DigiD", st, fslug,
                        "eHerkenning" if auth == "eh" else "DigiD"))
            if prefill:
                body += '<p class="owc-prefill-notice">%s</p>' % PREFILL_TEXT
            body += ('<div id="js-resumeSession" hidden>Kies \'Verlengen\' om uw sessie te verlengen.</div>')
        else:
            body = ('<h1 class="entry-title">%s</h1><div class="gform_wrapper"><form method="post" enctype="multipart/form-data" '
                    'id="gform_%d" action="/%s/"><p class="gform_required_legend">"<span class="gfield_required">*</span>" '
                    'geeft vereiste velden aan</p><ul class="gform_fields">%s</ul><input type="submit" class="gform_button" '
                    'value="Verzenden"></form></div>' % (h(title), hx(fslug) % 90 + 3, fslug, fields))
        put(url, form_page_shell(site, title, body))
        res = dict(link=url, route=url, mode="link")
        sig.append("gravity_forms")
    elif p == "aspx":
        name = camel(title)
        url = "http://%s/Formulieren/%s.aspx" % (ph, name)
        vs = '<input type="hidden" name="__VIEWSTATE" value="/wEPDwUK%s">' % ("%08x" % (hx(name) % 4294967295))
        if needs_login:
            bts = []
            if auth in ("digid", "digid_prefill", "digid_eh"):
                bts.append('<a class="btn-digid" href="%s?ReturnUrl=%s"><img src="/Images/digid.svg" alt="DigiD"> '
                           'Inloggen met DigiD</a>' % (login_start("http://%s/Formulieren/Login/DigiD.aspx" % ph), name))
            if auth in ("eh", "digid_eh"):
                bts.append('<a class="btn-eh" href="%s?ReturnUrl=%s">Inloggen met eHerkenning</a>' % (
                    login_start("http://%s/Formulieren/Login/eHerkenning.aspx" % ph, "eh", broker), name))
            put("http://%s/Images/digid.svg" % ph, svg_logo("DigiD", "#e17000"))
            body = '<form method="post" action="%s.aspx" id="aspnetForm">%s<h1>%s</h1><p>Stap 1 van 5: Inloggen</p>%s</form>' % (
                name, vs, h(title), "".join("<p>%s</p>" % b for b in bts))
        else:
            body = ('<form method="post" action="%s.aspx" id="aspnetForm">%s<h1>%s</h1><p>Velden met een * zijn verplicht</p>%s'
                    '<input type="submit" name="ctl00$Volgende" value="Volgende"></form>' % (name, vs, h(title), fields))
        put(url, form_page_shell(site, title, body))
        res = dict(link=url, route=url, mode="link")
        sig.append("aspx_form")
    elif p == "loket":
        url = "http://%s/formulieren/%s" % (ph, fslug)
        if needs_login:
            parts = ['<h1>%s</h1><p>Log in om het formulier te starten:</p>' % h(title)]
            if auth in ("digid", "digid_prefill", "digid_eh"):
                parts.append('<a href="%s?formulier=%s"><img src="/img/digid-logo.svg" alt="DigiD" width="60"></a>' % (
                    login_start("http://%s/digid/inloggen" % ph), fslug))
            if auth in ("eh", "digid_eh"):
                parts.append('<a href="%s?formulier=%s"><img src="/img/eherkenning-logo.svg" alt="eHerkenning" width="90"></a>' % (
                    login_start("http://%s/eherkenning/inloggen" % ph, "eh", broker), fslug))
            put("http://%s/img/digid-logo.svg" % ph, svg_logo("DigiD", "#e17000"))
            put("http://%s/img/eherkenning-logo.svg" % ph, svg_logo("eHerkenning", "#0b71a1"))
            body = "\n".join(parts)
        else:
            body = '<h1>%s</h1><form method="post" action="/formulieren/verzonden">%s<button>Verzenden</button></form>' % (
                h(title), fields)
            put("http://%s/formulieren/verzonden" % ph, form_page_shell(site, "Verzonden", "<h1>Bedankt</h1>"))
        put(url, form_page_shell(site, title, body))
        res = dict(link=url, route=url, mode="link")
    elif p == "key2":
        name = camel(title)
        url = "http://%s/eformulier/%s" % (ph, name)
        if needs_login:
            parts = ['<h1>%s</h1><p>U moet zich eerst identificeren.</p>' % h(title)]
            if auth in ("digid", "digid_prefill", "digid_eh"):
                parts.append('<p><a class="button" href="%s?returnUrl=/eformulier/%s"><img src="/content/digid.svg" alt="">'
                             ' Start met DigiD</a></p>' % (login_start("http://%s/authenticatie/digid" % ph), name))
            if auth in ("eh", "digid_eh"):
                parts.append('<p><a class="button" href="%s?returnUrl=/eformulier/%s">Start met eHerkenning</a></p>' % (
                    login_start("http://%s/authenticatie/eherkenning" % ph, "eh", broker), name))
            put("http://%s/content/digid.svg" % ph, svg_logo("DigiD", "#e17000"))
            body = "\n".join(parts)
        else:
            body = '<h1>%s</h1><form method="post" action="/eformulier/verzonden">%s<button>Verzenden</button></form>' % (
                h(title), fields)
            put("http://%s/eformulier/verzonden" % ph, form_page_shell(site, "Verzonden", "<h1>Bedankt</h1>"))
        put(url, form_page_shell(site, title, body))
        res = dict(link=url, route=url, mode="link")
        sig.append("key2_eloket")
    res["signals"] = sig
    res["prefill"] = prefill
    res["auth"] = auth
    FORMCACHE[ck] = res
    return res


OF_WRAPPER = """import { OpenForm } from './open-forms-sdk.mjs';
const el = document.getElementById('openforms-container');
if (el) {
  const form = new OpenForm(el, {baseUrl: el.dataset.baseUrl, formId: el.dataset.formId, basePath: el.dataset.basePath});
  form.init();
}
"""

OF_SDK = """/* open-forms-sdk (simplified build) */
export class OpenForm {
  constructor(el, opts) { this.el = el; this.opts = opts; }
  async init() {
    const r = await fetch(this.opts.baseUrl + 'forms/' + this.opts.formId);
    const f = await r.json();
    const root = document.createElement('div');
    root.className = 'openforms-form';
    const h = document.createElement('h1');
    h.className = 'utrecht-heading-1';
    h.textContent = f.name;
    root.appendChild(h);
    if (f.loginRequired) {
      const p = document.createElement('p');
      p.textContent = 'Om dit formulier te starten moet u inloggen.';
      root.appendChild(p);
      for (const o of f.loginOptions) {
        const a = document.createElement('a');
        a.className = 'utrecht-button utrecht-button--primary openforms-login-button';
        a.href = o.url;
        const img = document.createElement('img');
        img.src = o.logo.imageSrc; img.alt = ''; img.width = 32;
        a.appendChild(img);
        a.appendChild(document.createTextNode(' Inloggen met ' + o.label));
        root.appendChild(a);
      }
    } else {
      const form = document.createElement('form');
      form.method = 'post';
      form.action = f.submitUrl;
      for (const step of f.steps) {
        const h2 = document.createElement('h2'); h2.textContent = step.name; form.appendChild(h2);
        for (const name of step.fields) {
          const lab = document.createElement('label'); lab.textContent = name;
          const inp = name === 'Toelichting' ? document.createElement('textarea') : document.createElement('input');
          inp.name = name.toLowerCase();
          lab.appendChild(inp); form.appendChild(lab);
        }
      }
      const b = document.createElement('button'); b.type = 'submit'; b.textContent = 'Verzenden';
      form.appendChild(b);
      root.appendChild(form);
    }
    this.el.appendChild(root);
  }
}
"""

# --------------------------------------------------------------------------------------
# municipality site: URLs per CMS family
# --------------------------------------------------------------------------------------
SHORT = {
    "brp-uittreksel": "uittreksel", "verhuismelding": "verhuizen", "geboorteaangifte": "geboorte",
    "overlijdensaangifte": "overlijden", "huwelijksaangifte": "trouwen", "paspoort": "paspoort",
    "identiteitskaart": "identiteitskaart", "parkeervergunning": "parkeren", "gehandicaptenparkeerkaart": "gpk",
    "gehandicaptenparkeerplaats": "gehandicaptenparkeerplaats", "hondenbelasting": "hondenbelasting",
    "belastingkwijtschelding": "kwijtschelding", "woz-bezwaar": "woz", "bijstand": "bijstand",
    "bijzondere-bijstand": "bijzondere-bijstand", "wmo-voorziening": "wmo", "leerlingenvervoer": "leerlingenvervoer",
    "grofvuil": "grofvuil", "afvalcontainer": "containers", "melding-openbare-ruimte": "melding",
    "omgevingsvergunning": "omgevingsvergunning", "kapvergunning": "bomen", "bouwdossier-inzage": "bouwarchief",
    "bezwaar": "bezwaar", "klacht": "klacht", "woo-verzoek": "woo", "subsidie": "subsidie",
    "evenementenvergunning": "evenementen", "exploitatievergunning-horeca": "exploitatievergunning",
    "alcoholvergunning": "alcoholvergunning", "terrasvergunning": "terras", "standplaatsvergunning": "standplaats",
    "marktvergunning": "markt", "reclamebelasting": "reclame", "geluidsontheffing": "geluid",
    "winkeltijdenontheffing": "koopzondagen", "kansspelautomaatvergunning": "speelautomaten",
    "collectevergunning": "collecte", "ligplaatsvergunning": "ligplaats", "uitwegvergunning": "inrit",
    "belastingaanslag-bezwaar": "bezwaar-belastingen", "betalingsregeling": "betalingsregeling",
}
SEC_ID = {k: 43100 + i * 7 for i, k in enumerate(SECTIONS)}


def base(site):
    return "http://" + site["host"]


def sec_name(site, sec):
    return SECTIONS[sec]


def section_url(site, sec):
    f = site["family"]
    name = SECTIONS[sec]
    if f == "slug":
        return base(site) + "/onderwerpen/" + slugify(name)
    if f == "sim":
        return base(site) + "/inwoners/%s_%d/" % (slugify(name), SEC_ID[sec])
    if f == "origin":
        return base(site) + "/" + slugify(name)
    if f == "short":
        return base(site) + "/onderwerpen/" + slugify(name)
    if f == "wp":
        return base(site) + "/thema/%s/" % slugify(name)
    if f == "iprox":
        return base(site) + "/Inwoners/%s/" % re.sub(r"[^\w\-]+", "_", name).strip("_")
    if f == "loket":
        return "http://loket.%s/themas/%s" % (site["host"][4:], slugify(name))
    if f == "show":
        return base(site) + "/Regelen-en-aanvragen/%s/" % "-".join(name.replace(",", "").split())
    if f == "owc":
        return base(site) + "/thema/%s/" % slugify(name)
    raise SystemExit(f)


def product_page_url(site, key, title, sec, shared=False):
    f = site["family"]
    if f == "slug":
        return base(site) + "/" + slugify(title)
    if f == "sim":
        if key == "wmo-voorziening":
            return base(site) + "/sociaaldomein/zorg-en-ondersteuning-wmo_43076/"
        return section_url(site, sec) + "product/%s_%d.html" % (slugify(title), 100 + hx(site["code"], title) % 900)
    if f == "origin":
        return base(site) + "/" + slugify(title)
    if f == "short":
        return base(site) + "/" + (slugify(title) if shared else SHORT.get(key, slugify(title)))
    if f == "wp":
        return base(site) + "/aanvragen-en-regelen/%s/" % slugify(title)
    if f == "iprox":
        t = re.sub(r"[^\w\-()]+", "_", title).strip("_")
        return section_url(site, sec) + t
    if f == "loket":
        return "http://loket.%s/producten/%s" % (site["host"][4:], slugify(title, "_"))
    if f == "show":
        t = "-".join(re.sub(r"[^\w\s\-]+", " ", title).split())
        return section_url(site, sec) + t[:1].upper() + t[1:]
    if f == "owc":
        return base(site) + "/onderwerp/%s/" % slugify(title)
    raise SystemExit(f)


def az_url(site):
    return {"slug": base(site) + "/producten-en-diensten", "sim": base(site) + "/inwoners/alle-producten_43011/",
            "origin": base(site) + "/producten-a-z", "short": base(site) + "/alle-onderwerpen",
            "wp": base(site) + "/aanvragen-en-regelen/", "iprox": base(site) + "/Inwoners/Producten_en_diensten_A-Z",
            "loket": "http://loket.%s/producten/" % site["host"][4:],
            "show": base(site) + "/Regelen-en-aanvragen/", "owc": base(site) + "/onderwerpen/"}[site["family"]]


def page_url(site, name):
    """Generic pages (contact, privacy, news...) per family."""
    f = site["family"]
    if f == "sim":
        ids = {"contact": 43021, "privacy": 43022, "toegankelijkheid": 43023, "cookies": 43024, "actueel": 43030,
               "gemeenteraad": 43040, "college": 43041, "afvalkalender": 43050, "zoeken": 43060, "nieuwsbrief": 43070,
               "contactformulier": 43025, "bel-mij-terug": 43026, "stel-uw-vraag": 43027, "feedback": 43028}
        return base(site) + "/%s_%d/" % (name, ids[name])
    if f in ("iprox", "show") and name == "actueel":
        return base(site) + "/Actueel/Nieuws/"
    if f == "iprox":
        return base(site) + "/" + name.capitalize()
    if f == "show":
        return base(site) + "/" + "-".join(w.capitalize() for w in name.split("-"))
    if f in ("wp", "owc"):
        return base(site) + "/%s/" % name
    return base(site) + "/" + name


def news_url(site, slug, n):
    f = site["family"]
    if f == "sim":
        return base(site) + "/actueel_43030/item/%s_%d.html" % (slug, 2000 + n)
    if f == "wp":
        return base(site) + "/nieuws/2024/0%d/%s/" % (1 + n % 9, slug)
    if f == "owc":
        return base(site) + "/nieuws/%s/" % slug
    if f == "iprox":
        return base(site) + "/Actueel/Nieuws/%s" % slug
    if f == "show":
        return base(site) + "/Actueel/Nieuws/%s" % slug
    return base(site) + "/nieuws/" + slug


def mijn_host(site):
    return "mijn." + site["host"][4:]


def status_url(site):
    if site.get("header_login") and site["code"] not in ("GM0946",):
        return "http://%s/lopende-zaken" % mijn_host(site)
    return "http://mijn.overheid.test/"


# --------------------------------------------------------------------------------------
# documents on municipal sites
# --------------------------------------------------------------------------------------
DOCCACHE = {}


def make_doc(site, slug, title, kind="pdf", form=True, fill=False):
    ck = (site["code"], slug, kind)
    if ck in DOCCACHE:
        return DOCCACHE[ck]
    if form:
        lines = ["Gemeente " + site["short"], "Vul dit formulier volledig in en onderteken het.",
                 "Stuur het formulier naar: Gemeente %s, Postbus 1, %s %s" % (site["short"], site["pc"], site["place"]),
                 "of lever het in bij de balie van het gemeentehuis.", "", "1. Gegevens aanvrager"]
    else:
        lines = ["Gemeente " + site["short"], "Vastgesteld door de gemeenteraad.", "", "Artikel 1 Begripsbepalingen",
                 "In deze verordening wordt verstaan onder ...", "Artikel 2 Toepassingsbereik", "Artikel 3 Tarieven"]
    if kind == "docx":
        data = make_docx(title, lines + ["Naam: ..........", "Adres: ..........", "Handtekening: .........."])
        ext = "docx"
    elif kind == "rtf":
        data = ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs24 %s\\par %s\\par}" % (
            title, "\\par ".join(lines))).encode("cp1252", "replace")
        ext = "rtf"
    else:
        data = make_pdf(title, lines + (["Naam: ______________________", "Adres: _____________________",
                                         "Handtekening: _______________"] if form and not fill else []),
                        fields=FORM_FIELDS if fill else (), pad=14000 + hx(site["code"], slug) % 110000)
        ext = "pdf"
    d = site["pdfdir"]
    if d.startswith("/document.php"):
        url = base(site) + "/document.php?m=1&fileid=%d&f=%s&attachment=0" % (
            10000 + hx(site["code"], slug) % 89999, "%032x" % hx(slug, "f"))
        if ext != "pdf":
            url = base(site) + "/documenten/%s.%s" % (slug, ext)
    elif d == "/publish/pages/":
        url = base(site) + "/publish/pages/%d/%s.%s" % (100000 + hx(site["code"], slug) % 90000, slug, ext)
    elif site["code"] == "GM0946":
        url = base(site) + d + camel(title) + "." + ext
    elif site["code"] == "GM0377":
        url = "http://www.bloemendaal.test" + d + slug + "." + ext
    else:
        url = base(site) + d + slug + "." + ext
    put(url, data)
    n = len(data)
    style = site["pdfstyle"]
    if kind == "docx":
        lab = "Word, %d kB" % max(1, round(n / 1024.0))
    elif kind == "rtf":
        lab = "rtf, %d kB" % max(1, round(n / 1024.0))
    else:
        lab = size_label(n, style)
    DOCCACHE[ck] = (url, lab)
    return url, lab


def doc_link(site, url, text, lab):
    st = site["pdfstyle"]
    url = h(url)
    if st == 1:
        return '<a class="download" href="%s">%s <span class="meta">(%s)</span></a>' % (url, h(text), lab)
    if st == 2:
        return '<a href="%s" class="document">%s</a> (%s)' % (url, h(text), lab)
    return '<a href="%s">%s (%s)</a>' % (url, h(text), lab)

# --------------------------------------------------------------------------------------
# routes (what decides the level) and calls to action
# --------------------------------------------------------------------------------------
KIND_AUTH = {"D": "digid", "DP": "digid_prefill", "E": "eh", "DE": "digid_eh", "F": "none"}
TAX_BODIES = ("bsgw", "svhw", "cocensus", "gblt")


def host_of(url):
    return split_url(url)[0]


CTA_OVERRIDE = {("GM0351", "geboorteaangifte"): "Online geboorte aangeven",
                ("GM1969", "melding-openbare-ruimte"): "Doe een melding",
                ("GM0622", "melding-openbare-ruimte"): "Melding openbare ruimte doen"}


def cta_label(site, key, auth):
    if (site["code"], key) in CTA_OVERRIDE:
        return CTA_OVERRIDE[(site["code"], key)]
    form = P[key]["form"]
    c = site["code"]
    low = form[:1].lower() + form[1:]
    if auth == "none":
        return {"GM1969": "Online formulier invullen", "GM1896": form, "GM0893": "Direct regelen: " + low,
                "GM0351": "Online " + low, "GM0373": "Naar het formulier", "GM0622": ">> " + form + " (online formulier)",
                "GM0377": "Digitaal formulier " + low, "GM0946": "Direct regelen", "GM0175": "Regel het online",
                "GM1992": form}.get(c, form)
    login = {"digid": "DigiD", "digid_prefill": "DigiD", "eh": "eHerkenning", "digid_eh": "DigiD of eHerkenning"}[auth]
    return {"GM1969": "Direct aanvragen", "GM1896": form, "GM0893": "%s (met %s)" % (form, login),
            "GM0351": "Online " + low, "GM0373": "Inloggen met %s en %s" % (login, low),
            "GM0622": ">> %s online %s (%s)" % (form, "indienen" if key in ("bezwaar", "woz-bezwaar", "belastingaanslag-bezwaar",
                                                                           "woo-verzoek", "klacht") else "aanvragen", login),
            "GM0377": "Aanvragen met " + login,
            "GM0946": "Aanvragen met " + login, "GM0175": "Regel het online (%s)" % login,
            "GM1992": form}.get(c, form)


def render_cta(site, key, form, opts, label=None):
    """HTML for the call to action pointing at a form. Returns (html, signals)."""
    auth = form["auth"]
    label = label or cta_label(site, key, auth)
    mode = form["mode"]
    sig = []
    c = site["code"]
    if mode == "iframe":
        out = ('<div class="form-embed"><iframe src="%s" title="Formulier %s" width="100%%" height="640" '
               'loading="lazy"></iframe></div>' % (form["link"], h(P[key]["form"] if key in P else label)))
        if hx(c, key, "fallback") % 2:
            out += '<p class="small"><a href="%s" target="_blank" rel="noopener">Open het formulier in een nieuw venster</a></p>' % form["link"]
        sig.append("iframe_form")
        return out, sig
    if mode == "getform":
        sig.append("get_form_cta")
        return ('<form method="get" action="%s" class="direct-regelen"><input type="hidden" name="%s" value="%s">'
                '<button type="submit" class="button">%s</button></form>' % (
                    form["link"], form["param"][0], form["param"][1], h(label)), sig)
    if site["platform"] == "key2":
        sig.append("onclick_button")
        return ('<button type="button" class="btn btn-primary" onclick="window.location.href=\'%s\'">%s</button>' % (
            form["link"], h(label)), sig)
    if opts.get("js"):
        sig.append("js_built_cta")
        return ('<div class="owc-cta" data-href="%s" data-label="%s"></div>' % (form["link"], h(label)), sig)
    if opts.get("img") and auth in ("digid", "digid_prefill", "digid_eh"):
        sig.append("digid_image_link")
        put(base(site) + "/img/digid-knop.svg", svg_logo("DigiD", "#e17000"))
        return ('<p class="digid-knop"><a href="%s"><img src="%s/img/digid-knop.svg" alt="DigiD" width="110"></a></p>'
                % (form["link"], base(site)), sig)
    if site["platform"] == "esuite":
        if auth == "none":
            return '<p><a class="link-formulier" href="%s">%s</a></p>' % (form["link"], h(label)), sig
        out = []
        for l, u in form.get("starts", [("DigiD", form["link"])]):
            put(base(site) + "/images/%s.svg" % slugify(l), svg_logo(l, "#e17000"))
            out.append('<p class="%s-link"><a href="%s"><img src="/images/%s.svg" alt="%s link"> %s</a></p>' % (
                slugify(l), u, slugify(l), l, h(label)))
        return "\n".join(out), sig
    cls = {"GM1969": "button button--primary", "GM0893": "btn btn--cta", "GM0373": "wp-block-button__link",
           "GM0622": "iprox-button", "GM0377": "button", "GM0175": "button button--cta"}.get(c, "button")
    return '<p><a class="%s" href="%s">%s</a></p>' % (cls, form["link"], h(label)), sig


def offline_text(site, key, opts):
    """Level-0 channels. Returns (html, signals)."""
    pk = P[key]
    sig = []
    parts = []
    if opts.get("notonline"):
        parts.append("<p><strong>Via internet aanvragen niet mogelijk.</strong> %s</p>" % pk["balie"])
        sig.append("not_online_text")
    elif opts.get("contact"):
        parts.append('<p>U kunt ons bereiken via het <a href="%s">digitale contactformulier</a>, telefonisch via %s, '
                     'schriftelijk, per mail of tijdens het inloopspreekuur. Een consulent neemt daarna contact met u op.</p>'
                     % (page_url(site, "contactformulier"), site["tel"]))
        sig += ["phone", "trap_generic_contact_form"]
    elif opts.get("noform"):
        parts.append("<p>Het aanvraagformulier is alleen verkrijgbaar aan de balie van het gemeentehuis of telefonisch "
                     "via %s. Wij sturen het formulier dan naar u op.</p>" % site["tel"])
        sig += ["form_on_request", "phone"]
    else:
        parts.append("<p>%s</p>" % pk["balie"])
        sig.append("counter")
    if opts.get("phone"):
        parts.append("<p>Bel ons via telefoonnummer %s (maandag tot en met vrijdag van 8.30 tot 17.00 uur).</p>" % site["tel"])
        sig.append("phone")
    if opts.get("letter"):
        parts.append("<p>Stuur een brief naar: College van burgemeester en wethouders, Postbus 1, %s %s. Vermeld uw naam, "
                     "adres en handtekening.</p>" % (site["pc"], site["place"]))
        sig.append("letter")
    if opts.get("mail"):
        parts.append('<p>Stuur een e-mail naar <a href="mailto:info@%s">info@%s</a> met uw gegevens.</p>' % (
            site["host"][4:], site["host"][4:]))
        sig.append("mailto")
    return "\n".join(parts), sig


def build_route(site, key, spec, page_title):
    kind = spec["kind"]
    opts = spec["opts"]
    pk = P[key]
    R = dict(kind=kind, opts=opts, status="ok", level=None, strict=None, route="", via="", signals=[], notes="",
             cta=[], link="")
    c = site["code"]
    if kind == "NO":
        R["status"] = "not_offered"
        R["signals"].append("not_offered_text")
        R["notes"] = "pagina zegt dat de gemeente dit niet aanbiedt"
        return R
    if kind == "NF":
        R["status"] = "not_found"
        R["notes"] = "geen productpagina op de site"
        return R
    if kind in KIND_AUTH:
        auth = KIND_AUTH[kind]
        upload = auth == "none" and hx(c, key, "upl") % 3 == 0
        form = make_form(site, slugify(pk["form"]), pk["form"], auth, upload)
        html_, s = render_cta(site, key, form, opts)
        R["cta"].append(html_)
        R["signals"] += form["signals"] + s
        R["level"] = 67 if auth == "none" else 100
        R["route"] = form["route"]
        R["link"] = form["link"] if form["mode"] != "getform" else form["route"]
        R["strict"] = 100 if form["prefill"] else 67
        R["notes"] = {"none": "online formulier zonder inloggen", "digid": "formulier achter DigiD",
                      "digid_prefill": "DigiD-formulier, pagina noemt vooringevulde gegevens",
                      "eh": "formulier achter eHerkenning", "digid_eh": "formulier achter DigiD/eHerkenning"}[auth]
        R["notes"] += " (%s)" % site["platform"]
        if opts.get("pdf"):
            url, lab = make_doc(site, slugify(pk["form"]) + "-formulier", pk["form"] + " (papieren formulier)")
            R["cta"].append("<p>Liever op papier? %s</p>" % doc_link(site, url, "Download het formulier", lab))
            R["signals"].append("pdf_form")
        if opts.get("appt"):
            R["cta"].append('<p>Liever persoonlijk? <a href="%s?dienst=%s">Maak een afspraak</a>.</p>' % (site["appt"], key))
            R["signals"] += ["appointment_online"]
        return R
    if kind in ("P", "W"):
        dkind = "docx" if kind == "W" else "pdf"
        url, lab = make_doc(site, slugify(pk["form"]), "Aanvraagformulier " + pk["form"][:1].lower() + pk["form"][1:]
                            if not pk["form"].lower().startswith("aanvraag") else pk["form"], dkind, fill=bool(opts.get("fill")))
        text = {0: "Aanvraagformulier %s" % pk["form"].lower(), 1: pk["form"], 2: "Download het aanvraagformulier",
                3: "Formulier " + pk["form"].lower()}[site["pdfstyle"]]
        R["cta"].append("<p>Vul het aanvraagformulier in, onderteken het en stuur het op of lever het in bij de balie.</p>")
        R["cta"].append("<p>%s</p>" % doc_link(site, url, text, lab))
        if opts.get("pdfmail"):
            R["cta"].append('<p>U kunt het ingevulde formulier ook mailen naar <a href="mailto:burgerzaken@%s">'
                            'burgerzaken@%s</a>.</p>' % (site["host"][4:], site["host"][4:]))
            R["signals"] += ["pdf_email_submission", "mailto"]
        R["signals"].append("word_form" if kind == "W" else "pdf_form")
        if opts.get("fill"):
            R["signals"].append("pdf_fillable")
        if opts.get("appt"):
            R["cta"].append('<p>Of <a href="%s?dienst=%s">maak een afspraak</a> om het formulier af te geven.</p>' % (
                site["appt"], key))
            R["signals"].append("appointment_online")
        R["level"] = 33
        R["strict"] = 33
        R["route"] = url
        R["link"] = url
        R["notes"] = "alleen een %s-formulier om te printen" % ("Word" if kind == "W" else "pdf")
        return R
    if kind == "C":
        html_, s = offline_text(site, key, opts)
        R["cta"].append(html_)
        R["signals"] += s
        if opts.get("appt"):
            R["cta"].append('<p><a class="button" href="%s?dienst=%s">Afspraak maken</a></p>' % (site["appt"], key))
            R["signals"] += ["appointment_online", "trap_appointment_digid"]
        R["level"] = 0
        R["strict"] = 0
        R["notes"] = "alleen balie/telefoon/brief" + (" met online afspraak" if opts.get("appt") else "")
        if opts.get("contact"):
            R["notes"] = "verwijst naar het algemene contactformulier (geen productformulier)"
        return R
    if kind.startswith("V:"):
        _, body, sub = kind.split(":")
        if body in TAX_BODIES:
            url, s = build_tax_service(site, body, key, sub)
            note = "via %s, inloggen met DigiD" % BODY[body]["name"]
        else:
            url, s, note = build_body_service(site, body, key)
        level = 67 if sub == "F" else 100
        bname = BODY[body]["name"]
        lab = {"ol": "Vraag de vergunning aan in het Omgevingsloket",
               "werk": "Vraag de uitkering aan via werk.nl"}.get(body, "Regel het bij %s" % bname)
        if body in TAX_BODIES:
            lab = "%s bij %s" % (TAX_SERVICES[key][0], bname)
        if site["platform"] == "key2" and body != "ol":
            R["cta"].append('<button type="button" class="btn" onclick="window.location.href=\'%s\'">%s</button>' % (url, h(lab)))
            R["signals"].append("onclick_button")
        elif opts.get("js"):
            R["cta"].append('<div class="owc-cta" data-href="%s" data-label="%s"></div>' % (url, h(lab)))
            R["signals"].append("js_built_cta")
        else:
            R["cta"].append('<p><a href="%s" class="extern">%s</a> (externe link)</p>' % (url, h(lab)))
        if body == "ol":
            R["cta"].insert(0, '<p>U doet eerst de <a href="%s/checken">vergunningcheck</a>. Is een vergunning nodig, '
                               'dan dient u de aanvraag in via het Omgevingsloket. Daarvoor logt u in met DigiD of '
                               'eHerkenning.</p>' % OL)
        R["signals"] += s + ["via_external_portal"]
        R["level"] = level
        R["strict"] = 100 if "prefill_text" in s else (67 if level == 100 else level)
        R["route"] = url
        R["link"] = url
        R["via"] = host_of(url)
        R["notes"] = note
        return R
    raise SystemExit("unknown kind %s" % kind)

# --------------------------------------------------------------------------------------
# traps on product pages
# --------------------------------------------------------------------------------------
def other_service(site, oid):
    title, kind = OTHER[oid]
    if kind == "pdf":
        url, lab = make_doc(site, slugify(title), title)
        return doc_link(site, url, title, lab), "trap_other_pdf"
    auth = {"digid": "digid", "form": "none", "eh": "eh", "digid_eh": "digid_eh"}[kind]
    f = make_form(site, slugify(title), title, auth)
    lab = title + {"digid": " (met DigiD)", "none": "", "eh": " (met eHerkenning)", "digid_eh": " (DigiD of eHerkenning)"}[auth]
    link = f["route"] if f["mode"] == "getform" else f["link"]
    if f["mode"] == "iframe":
        link = f["route"]
    return '<a href="%s">%s</a>' % (link, h(lab)), "trap_other_form"


def ensure_generic_form_page(site, name, title, intro):
    url = page_url(site, name)
    ex = SITE_EXTRA.setdefault(site["code"], {})
    if url not in ex:
        ex[url] = (title, '<p>%s</p>\n<form method="post" action="%s" class="webform">'
            '<label>Naam <input name="naam"></label><label>Telefoonnummer <input name="telefoon"></label>'
            '<label>E-mailadres <input name="email"></label><label>Uw vraag <textarea name="vraag"></textarea></label>'
            '<button type="submit">Versturen</button></form>' % (intro, url))
    return url


SITE_EXTRA = {}


def trap_html(site, key, tid, routes, pages):
    """Return (html, signal, place) or None."""
    c = site["code"]
    dom = site["host"][4:]
    if tid == "mijnoverheid":
        return ('<p>Wilt u zien welke gegevens over u in de BRP staan? Bekijk ze in <a href="http://mijn.overheid.test/">'
                'MijnOverheid</a>. U logt in met DigiD.</p>', "trap_mijnoverheid", "text")
    if tid.startswith("aux:"):
        t = AUX[tid[4:]]
        url, lab = make_doc(site, slugify(t), t)
        ctx = {"hoofdbewoner": "Gaat u inwonen bij iemand? Laat de hoofdbewoner dan deze verklaring invullen: ",
               "toestemming": "Vraagt u een reisdocument aan voor een kind onder de 18? Beide ouders moeten toestemming "
                              "geven: ",
               "bibob": "Bij de aanvraag hoort de ingevulde ", "machtiging": "Vraagt u een uittreksel aan voor iemand "
                                                                              "anders? Gebruik dan de ",
               "medisch": "Voor de medische keuring vult u vooraf de "}[tid[4:]]
        return "<p>%s%s</p>" % (ctx, doc_link(site, url, t, lab)), "trap_auxiliary_pdf", "text"
    if tid.startswith("other:"):
        a, sig = other_service(site, tid[6:])
        return a, sig, "aside"
    if tid.startswith("reg:"):
        t = REGS[tid[4:]]
        url, lab = make_doc(site, slugify(t), t, form=False)
        return "<p>Lees ook: %s</p>" % doc_link(site, url, t, lab), "trap_regulation_pdf", "text"
    if tid == "status_login":
        return ('<p>Heeft u al een aanvraag gedaan? Bekijk de status in <a href="%s">Mijn lopende zaken</a> (inloggen met '
                'DigiD).</p>' % status_url(site), "trap_status_login", "text")
    if tid == "appointment_digid":
        return ('<p>Wilt u liever persoonlijk langskomen? <a href="%s">Maak online een afspraak</a>.</p>' % site["appt"],
                "trap_appointment_digid", "text")
    if tid == "tax_portal":
        return ('<p>Uw aanslag bekijken, automatische incasso regelen of een wijziging doorgeven? Log in bij '
                '<a href="%s">Mijn belastingen</a>.</p>' % tax_portal_url(site), "trap_tax_portal", "aside")
    if tid == "digid_info":
        return ('<p>Heeft u nog geen DigiD? <a href="http://www.digid.test/aanvragen">Vraag DigiD aan</a> (externe link).</p>',
                "trap_digid_info", "text")
    if tid == "wozloket":
        return ('<p>De WOZ-waarde van andere woningen bekijkt u op het <a href="http://www.wozwaardeloket.test/">'
                'WOZ-waardeloket</a>.</p>', "trap_woz_waardeloket", "text")
    if tid == "calculator":
        return ('<p>Weet u niet of u recht heeft op een regeling? Doe de anonieme test op <a href="http://www.berekenuwrecht.test/">'
                'Bereken uw recht</a>.</p>', "trap_calculator", "aside")
    if tid == "callback":
        url = ensure_generic_form_page(site, "bel-mij-terug", "Bel mij terug",
                                       "Laat uw telefoonnummer achter, dan bellen wij u binnen 2 werkdagen terug.")
        return '<p>Liever eerst advies? Vul het <a href="%s">bel-mij-terugformulier</a> in.</p>' % url, \
            "trap_callback_form", "text"
    if tid == "question":
        url = ensure_generic_form_page(site, "stel-uw-vraag", "Stel uw vraag",
                                       "Heeft u een vraag aan de gemeente? Stel hem hier.")
        return '<p>Staat uw antwoord er niet bij? <a href="%s">Stel uw vraag</a>.</p>' % url, "trap_question_form", "aside"
    if tid == "app":
        if c == "GM0946":
            app = ('<a href="http://apps.apple.test/nl/app/buitenbeter/id7654321"><img src="IMG/images/app-store.svg" '
                   'alt="Download BuitenBeter in de App Store"></a>')
        elif key in ("grofvuil", "afvalcontainer"):
            app = ('<a href="http://apps.apple.test/nl/app/afvalwijzer/id1111111"><img src="IMG/images/app-store.svg" '
                   'alt="Afvalwijzer in de App Store"></a>')
        else:
            app = ('<a href="http://apps.apple.test/nl/app/mijngemeente/id1234567"><img src="IMG/images/app-store.svg" '
                   'alt="MijnGemeente in de App Store"></a> <a href="http://play.google.test/store/apps/details?id=nl.'
                   'mijngemeente.app"><img src="IMG/images/google-play.svg" alt="Ontdek het op Google Play"></a>')
        app = app.replace("IMG/", base(site) + "/")
        put(base(site) + "/images/app-store.svg", svg_logo("App Store"))
        put(base(site) + "/images/google-play.svg", svg_logo("Google Play"))
        return '<div class="app-badges"><p>Download de app:</p>%s</div>' % app, "trap_app", "aside"
    if tid == "postcode":
        return ('<form method="get" action="%s" class="afvalkalender-zoek"><label>Postcode <input name="postcode"></label>'
                '<label>Huisnummer <input name="huisnummer"></label><button type="submit">Bekijk uw ophaaldagen</button>'
                '</form>' % page_url(site, "afvalkalender"), "trap_postcode_form", "aside")
    if tid == "omgevingsloket":
        return ('<p>Twijfelt u of u een vergunning nodig heeft? Doe de <a href="%s/checken">vergunningcheck</a> in het '
                'Omgevingsloket. Eerdere aanvragen bekijkt u in <a href="%s/mijn-omgevingsloket">Mijn Omgevingsloket</a>.</p>'
                % (OL, OL), "trap_omgevingsloket", "text")
    if tid == "mailto":
        return ('<p>Vragen? Mail naar <a href="mailto:info@%s">info@%s</a>.</p>' % (dom, dom), "trap_mailto", "text")
    if tid in ("bezwaar_woz", "bezwaar_general"):
        k = "woz-bezwaar" if tid == "bezwaar_woz" else "bezwaar"
        r = routes.get(k)
        if not r or r["status"] != "ok":
            return None
        link = r["link"] if r["level"] and r["level"] >= 67 else pages.get(k)
        if not link:
            return None
        text = "Maak bezwaar tegen de WOZ-waarde" if k == "woz-bezwaar" else "Dien een bezwaarschrift in"
        return ('<p>Bent u het niet eens met een ander besluit? <a href="%s">%s</a>.</p>' % (link, text),
                "trap_bezwaar_other", "text")
    if tid == "ombudsman":
        return ('<p>Bent u niet tevreden over de afhandeling? Dan kunt u terecht bij de <a href="http://www.nationaleombudsman.test/'
                'klacht-indienen">Nationale ombudsman</a>.</p>', "trap_ombudsman_form", "text")
    raise SystemExit("unknown trap " + tid)


def choose_traps(site, key, spec, R):
    menu = TRAPMENU[key]
    explicit = [t for t in spec["opts"].get("t", "").split(",") if t]
    n = 1 if R.get("level") == 100 else 2
    rot = hx(site["code"], key, "traps") % len(menu)
    ordered = menu[rot:] + menu[:rot]
    out = list(explicit)
    via = R.get("via", "")
    for t in ordered:
        if len([x for x in out if x not in explicit]) >= n:
            break
        if t in out:
            continue
        if t == "tax_portal" and key in TAX_SERVICES:
            continue
        if t == "omgevingsloket" and via == host_of(OL + "/"):
            continue
        if t == "appointment_digid" and spec["opts"].get("appt"):
            continue
        if t == "mailto" and spec["opts"].get("mail"):
            continue
        if t == "bezwaar_woz" and key == "woz-bezwaar":
            continue
        if t == "bezwaar_general" and key == "bezwaar":
            continue
        if t == "aux:hoofdbewoner" and spec["opts"].get("pdf"):
            continue
        # an auxiliary document on a counter-only page would make the label debatable, except the
        # classic consent form for a child's travel document
        if t.startswith("aux:") and R.get("level") == 0 and t != "aux:toestemming":
            continue
        out.append(t)
    return out


# --------------------------------------------------------------------------------------
# page layout per municipality
# --------------------------------------------------------------------------------------
NAV_SECS = ["burgerzaken", "belastingen", "zorg", "afval", "wonen", "ondernemen"]


def search_cfg(site):
    return {"GM1969": ("/zoeken", "keys"), "GM0373": ("/zoeken", "s"), "GM0622": ("/zoeken", "zoeken_term")}.get(
        site["code"], ("/zoeken", "q"))


def site_signals(site):
    s = []
    if site.get("header_login"):
        s.append("trap_header_login")
    if site.get("footer_digid"):
        s.append("trap_footer_digid_logo")
    if site.get("feedback"):
        s.append("trap_feedback_form")
    if site.get("chat"):
        s.append("trap_chat_widget")
    if site.get("newsletter"):
        s.append("trap_newsletter_form")
    if site.get("question"):
        s.append("trap_question_form")
    if site.get("mijnoverheid_footer"):
        s.append("trap_mijnoverheid")
    if site.get("cookie"):
        s.append("trap_cookie_form")
    return s


def header_login_url(site):
    if site["code"] == "GM0946":
        return "http://mijn.overheid.test/"
    if site["code"] == "GM0622":
        return page_url(site, "inloggen")
    return "http://%s/" % mijn_host(site)


def layout(site, title, main, crumbs=(), aside="", url=None):
    c = site["code"]
    host = host_of(url) if url else site["host"]
    put("http://%s/static/gemeente-logo.svg" % host, svg_logo(site["short"][:10], "#1d5b79"))
    sp, param = search_cfg(site)
    nav = "".join('<li><a href="%s">%s</a></li>' % (section_url(site, s), h(SECTIONS[s])) for s in NAV_SECS)
    hdr = ['<header class="site-header">',
           '<a class="skiplink" href="#main">Naar de inhoud</a>',
           '<a class="logo" href="%s/"><img src="/static/gemeente-logo.svg" alt="Logo %s, naar de homepage"></a>' % (
               base(site), h(site["name"]))]
    if site.get("header_login"):
        hdr.append('<a class="header-login" href="%s">%s</a>' % (header_login_url(site), h(site["header_login"])))
    if c in ("GM1969", "GM0622", "GM0946"):
        hdr.append('<a class="readspeaker" href="http://app-eu.readspeaker.test/cgi-bin/rsent?customerid=%d&amp;lang=nl_nl&amp;'
                   'url=%s">Lees voor</a>' % (5000 + hx(c) % 4000, h(url or base(site))))
    hdr.append('<form class="search" role="search" method="get" action="%s%s"><label for="zoek">Zoeken</label>'
               '<input id="zoek" type="search" name="%s"><button type="submit">Zoek</button></form>' % (
                   base(site), sp, param))
    hdr.append('<nav class="main-nav"><ul>%s<li><a href="%s">Alle onderwerpen A-Z</a></li><li><a href="%s">Contact</a></li>'
               '</ul></nav>' % (nav, az_url(site), page_url(site, "contact")))
    hdr.append("</header>")
    if site.get("cookie"):
        hdr.insert(0, '<div class="cookiebar"><p>Wij gebruiken cookies om de website te verbeteren.</p><form method="post" '
                      'action="%s"><button name="keuze" value="alle">Alle cookies accepteren</button><button name="keuze" '
                      'value="noodzakelijk">Alleen noodzakelijke</button></form></div>' % page_url(site, "cookies"))
    bc = ""
    if crumbs:
        bc = '<nav class="breadcrumb" aria-label="Kruimelpad">%s<a href="%s/">Home</a> %s</nav>' % (
            "U bent hier: " if site["family"] == "sim" else "", base(site),
            " ".join('&gt; <a href="%s">%s</a>' % (u, h(t)) for t, u in crumbs))
    fb = ""
    if site.get("feedback"):
        fb = ('<form class="feedback" method="get" action="%s"><p>Heeft u gevonden wat u zocht?</p>'
              '<button type="submit" name="nuttig" value="ja">Ja</button> <button type="submit" name="nuttig" value="nee">'
              'Nee</button></form>' % page_url(site, "feedback"))
    ft = ['<footer class="site-footer">',
          '<div class="contact"><h2>Contact</h2><p>%s<br>Postbus 1, %s %s<br>Telefoon %s</p></div>' % (
              h(site["name"]), site["pc"], h(site["place"]), site["tel"]),
          '<ul class="footer-links"><li><a href="%s">Contact</a></li><li><a href="%s">Privacy</a></li>'
          '<li><a href="%s">Toegankelijkheid</a></li><li><a href="%s">Cookies</a></li><li><a href="%s">Nieuws</a></li></ul>' % (
              page_url(site, "contact"), page_url(site, "privacy"), page_url(site, "toegankelijkheid"),
              page_url(site, "cookies"), page_url(site, "actueel"))]
    if site.get("newsletter"):
        ft.append('<form class="nieuwsbrief" method="post" action="%s"><label>Meld u aan voor de nieuwsbrief '
                  '<input type="email" name="email" placeholder="uw e-mailadres"></label><button type="submit">Aanmelden'
                  '</button></form>' % page_url(site, "nieuwsbrief"))
    if site.get("footer_digid"):
        put("http://%s/static/digid-logo.svg" % host, svg_logo("DigiD", "#e17000"))
        ft.append('<p class="digid-footer"><a href="http://www.digid.test/"><img src="/static/digid-logo.svg" '
                  'alt="Logo DigiD"></a> Veel zaken regelt u bij ons met DigiD.</p>')
    if site.get("mijnoverheid_footer"):
        ft.append('<p><a href="http://mijn.overheid.test/">Lopende zaken in MijnOverheid</a></p>')
    if site.get("sc"):
        ft.append('<p><a href="%s">Productcatalogus (Samenwerkende Catalogi)</a></p>' % sc_url(site))
    ft.append("</footer>")
    scripts = ""
    if site.get("chat"):
        scripts += ('<script>window.chatConfig = {org: "%s", label: "Chat met ons"};</script>\n'
                    '<script src="http://webchat.obi4wan.test/widget.js" async></script>\n' % site["name"])
    if site["code"] == "GM0175":
        put(base(site) + "/wp-content/themes/ommen/assets/js/cta.js", OMMEN_CTA_JS)
        scripts += '<script src="%s/wp-content/themes/ommen/assets/js/cta.js" defer></script>\n' % base(site)
    sep = " - " if c in ("GM0622", "GM0946", "GM1896") else " | "
    return ("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>%s%s%s</title>\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n%s</head>\n<body class=\"%s\">\n"
            "%s\n%s\n<div class=\"page\">\n<main id=\"main\">\n%s\n%s\n</main>\n%s\n</div>\n%s\n%s</body>\n</html>\n" % (
                h(title), sep, h(site["name"]), ('<link rel="canonical" href="%s">\n' % url) if url else "",
                "theme-" + site["family"], "\n".join(hdr), bc, main, fb,
                ('<aside class="sidebar">\n%s\n</aside>' % aside) if aside else "", "\n".join(ft), scripts))


OMMEN_CTA_JS = """/* Ommen theme: turn call-to-action blocks into buttons */
document.querySelectorAll('.owc-cta').forEach(function (el) {
  var a = document.createElement('a');
  a.className = 'button button--cta';
  a.href = el.getAttribute('data-href');
  a.textContent = el.getAttribute('data-label');
  el.appendChild(a);
});
"""


def sc_url(site):
    if site["code"] == "GM0377":
        return "http://loket.bloemendaal.test/sc/producten.xml"
    return base(site) + "/samenwerkende-catalogi.xml"


# --------------------------------------------------------------------------------------
# product pages
# --------------------------------------------------------------------------------------
def link_with_origin(site, url, origin):
    if site["family"] == "origin" and "?" not in url:
        return url + "?origin=" + origin
    return url


def key_blocks(site, key, R, traps, title_override=None):
    """Fragments for one product on a page."""
    pk = P[key]
    text_traps = [t[0] for t in traps if t[2] == "text"]
    aside_traps = [t[0] for t in traps if t[2] == "aside"]
    return dict(title=title_override or pk["titles"][0], wat=pk["wat"], hoe=pk["hoe"],
                nodig=pk["nodig"], kosten=pk["kosten"], duur=pk["duur"], cta="\n".join(R["cta"]),
                text_traps="\n".join(text_traps), aside_traps=aside_traps)


def render_body(site, page_title, blocks, extra_sections, no_statement=None, tabs=None):
    f = site["family"]
    out = ['<h1>%s</h1>' % h(page_title)]
    if no_statement:
        heading = {"sim": "Wat is het?", "short": "Wat is het?", "loket": "Inleiding"}.get(f, "")
        if heading:
            out.append("<h2>%s</h2>" % heading)
        out.append('<p class="intro">%s</p>' % no_statement)
        for b in blocks:
            if b["text_traps"]:
                out.append(b["text_traps"])
        out += extra_sections
        return "\n".join(out)
    multi = len(blocks) > 1
    if multi:
        out.append('<p class="intro">Op deze pagina leest u meer over: %s.</p>' % " en ".join(
            h(b["title"]) for b in blocks))
    for b in blocks:
        hl = "h3" if multi else "h2"
        if multi:
            out.append("<h2>%s</h2>" % h(b["title"]))
        nodig = "<ul>%s</ul>" % "".join("<li>%s</li>" % n for n in b["nodig"])
        if f in ("sim", "short"):
            out.append("<%s>Wat is het?</%s><p>%s</p>" % (hl, hl, b["wat"]))
            out.append("<%s>Hoe werkt het?</%s><p>%s</p>" % (hl, hl, b["hoe"]))
            out.append("<%s>Wat moet ik doen?</%s>%s" % (hl, hl, b["cta"]))
            out.append("<%s>Wat heb ik nodig?</%s>%s" % (hl, hl, nodig))
            out.append("<%s>Wat kost het?</%s><p>%s</p>" % (hl, hl, b["kosten"]))
            out.append("<%s>Hoe lang duurt het?</%s><p>%s</p>" % (hl, hl, b["duur"]))
            if b["text_traps"]:
                out.append("<%s>Extra informatie</%s>%s" % (hl, hl, b["text_traps"]))
        elif f == "loket":
            out.append('<div class="product-informatie"><%s>Product informatie</%s>' % (hl, hl))
            out.append("<h3>Inleiding</h3><p>%s</p><h3>Omschrijving</h3><p>%s</p>" % (b["wat"], b["hoe"]))
            out.append("<h3>Voorwaarden</h3>%s<h3>Termijn</h3><p>%s</p><h3>Kosten</h3><p>%s</p>" % (
                nodig, b["duur"], b["kosten"]))
            out.append("<h3>Aanpak</h3>%s" % b["cta"])
            if b["text_traps"]:
                out.append("<h3>Toelichting</h3>%s" % b["text_traps"])
            out.append("</div>")
        elif f in ("wp", "owc"):
            if f == "wp":
                out.append('<div class="wp-block-buttons direct-regelen">%s</div>' % b["cta"])
            out.append('<p class="intro">%s</p>' % b["wat"])
            out.append("<details open><summary>Hoe werkt het?</summary><p>%s</p></details>" % b["hoe"])
            if f == "owc":
                out.append("<details open><summary>Aanvragen</summary>%s</details>" % b["cta"])
            out.append("<details><summary>Wat heeft u nodig?</summary>%s</details>" % nodig)
            out.append("<details><summary>Kosten</summary><p>%s</p></details>" % b["kosten"])
            out.append("<details><summary>Hoe lang duurt het?</summary><p>%s</p></details>" % b["duur"])
            if b["text_traps"]:
                out.append("<details><summary>Meer informatie</summary>%s</details>" % b["text_traps"])
        elif f == "show":
            out.append('<p class="intro">%s</p><p>%s</p>' % (b["wat"], b["hoe"]))
            if tabs:
                out.append(tabs)
            if b["cta"]:
                out.append("<h2>Aanvragen</h2>%s" % b["cta"])
            out.append("<h2>Voorwaarden</h2>%s<h2>Kosten</h2><p>%s</p><h2>Termijn</h2><p>%s</p>" % (
                nodig, b["kosten"], b["duur"]))
            if b["text_traps"]:
                out.append("<h2>Meer informatie</h2>%s" % b["text_traps"])
        else:  # slug, origin, iprox
            out.append('<p class="intro">%s</p><p>%s</p>' % (b["wat"], b["hoe"]))
            out.append("<%s>%s</%s>%s" % (hl, "Aanvragen" if f != "iprox" else "Direct regelen", hl, b["cta"]))
            out.append("<%s>Wat heeft u nodig?</%s>%s" % (hl, hl, nodig))
            out.append("<%s>Kosten</%s><p>%s</p><%s>Hoe lang duurt het?</%s><p>%s</p>" % (
                hl, hl, b["kosten"], hl, hl, b["duur"]))
            if b["text_traps"]:
                out.append("<%s>Meer informatie</%s>%s" % (hl, hl, b["text_traps"]))
    out += extra_sections
    return "\n".join(out)


def build_site(site, spec, gkeys):
    c = site["code"]
    SITE_EXTRA.setdefault(c, {})
    pages, titles, groups = {}, {}, {}
    for key in gkeys:
        sp = spec[key]
        if sp["kind"] == "NF":
            continue
        if sp["kind"] == "NO":
            title = NOT_OFFERED[(c, key)][0]
        elif "share" in sp["opts"]:
            title = SHARED_TITLES[sp["opts"]["share"]]
        else:
            title = sp["opts"].get("title") or pick(P[key]["titles"], c, key)
        url = product_page_url(site, key, title, P[key]["sec"], "share" in sp["opts"])
        pages[key] = url
        titles[key] = title
        groups.setdefault(url, []).append(key)
    routes = {}
    for key in gkeys:
        routes[key] = build_route(site, key, spec[key], titles.get(key, ""))
    build_tax_portal(site)
    traps = {}
    for key in gkeys:
        if spec[key]["kind"] == "NF":
            traps[key] = []
            continue
        chosen = choose_traps(site, key, spec[key], routes[key])
        if spec[key]["kind"] == "NO":
            chosen = chosen[:1]
        lst = []
        for t in chosen:
            r = trap_html(site, key, t, routes, pages)
            if r:
                lst.append(r)
        traps[key] = lst
    extra_sigs = {k: [] for k in gkeys}
    site_sig = site_signals(site)

    def lvl(k):
        r = routes.get(k)
        return r["level"] if r and r["status"] == "ok" else -1

    for url in sorted(groups):
        keys = groups[url]
        page_title = titles[keys[0]]
        sec = P[keys[0]]["sec"]
        aside = []
        # direct regelen / veelgevraagd boxes
        if site.get("direct_box"):
            items = []
            for k in ("verhuismelding", "brp-uittreksel", "melding-openbare-ruimte"):
                r = routes[k]
                if r["status"] == "ok" and r["level"] >= 67:
                    items.append('<li><a href="%s">%s</a></li>' % (r["link"], h(P[k]["form"])))
            items.append('<li><a href="%s">Afspraak maken</a></li>' % site["appt"])
            aside.append('<div class="direct-regelen-box"><h2>Direct regelen</h2><ul>%s</ul></div>' % "".join(items))
            for k in keys:
                if any(lvl(o) >= 67 for o in ("verhuismelding", "brp-uittreksel", "melding-openbare-ruimte") if o != k):
                    extra_sigs[k].append("trap_direct_regelen")
        if site.get("veelgevraagd"):
            items = []
            for k in ("verhuismelding", "grofvuil", "paspoort", "hondenbelasting"):
                if k in pages:
                    items.append('<li><a href="%s">%s</a></li>' % (link_with_origin(site, pages[k], "/veelgevraagd"),
                                                                   h(titles[k])))
            vr = routes["verhuismelding"]
            items.append('<li><a href="%s">Verhuizing direct doorgeven (met DigiD)</a></li>' % vr["link"])
            aside.append('<div class="veelgevraagd"><h2>Veelgevraagd</h2><ul>%s</ul></div>' % "".join(items))
            for k in keys:
                if k != "verhuismelding":
                    extra_sigs[k].append("trap_veelgevraagd_box")
        if site.get("question"):
            qurl = ensure_generic_form_page(site, "stel-uw-vraag", "Stel uw vraag", "Heeft u een vraag? Stel hem hier.")
            aside.append('<div class="stel-uw-vraag"><h2>Stel uw vraag</h2><form method="post" action="%s">'
                         '<label>Uw vraag <textarea name="vraag"></textarea></label><label>E-mailadres <input name="email">'
                         '</label><button type="submit">Versturen</button></form></div>' % qurl)
        # related
        sibs = []
        for k in keys:
            for s in SIBLINGS[k]:
                if s in pages and pages[s] != url and s not in sibs:
                    sibs.append(s)
        if sibs:
            aside.append('<div class="gerelateerd"><h2>Gerelateerde onderwerpen</h2><ul>%s</ul></div>' % "".join(
                '<li><a href="%s">%s</a></li>' % (link_with_origin(site, pages[s], "/gerelateerd"), h(titles[s]))
                for s in sibs))
            for k in keys:
                if any(lvl(s) > max(lvl(k), 0) for s in sibs):
                    extra_sigs[k].append("trap_sibling_page")
        zie = []
        for k in keys:
            zie += traps[k] and [t[0] for t in traps[k] if t[2] == "aside"] or []
        if zie:
            aside.append('<div class="zie-ook"><h2>Zie ook</h2><ul>%s</ul></div>' % "".join("<li>%s</li>" % z for z in zie))
        # body
        no_statement = None
        if spec[keys[0]]["kind"] == "NO":
            no_statement = NOT_OFFERED[(c, keys[0])][1]
        blocks = [key_blocks(site, k, routes[k], traps[k], None if len(keys) > 1 else page_title) for k in keys]
        extra = []
        if site["family"] in ("sim", "short") and "bezwaar" in pages and "bezwaar" not in keys and not no_statement:
            extra.append('<h2>Bezwaar maken</h2><p>Bent u het niet eens met ons besluit? Dan kunt u binnen 6 weken '
                         '<a href="%s">bezwaar maken</a>.</p>' % pages["bezwaar"])
            for k in keys:
                extra_sigs[k].append("trap_bezwaar_link")
        if len(keys) > 1:
            for k in keys:
                extra_sigs[k].append("trap_shared_page")
        tabs = None
        crumbs = [(SECTIONS[sec], section_url(site, sec))]
        if site["family"] == "show" and not no_statement:
            tabs = render_tabs(site, url, keys, routes, blocks, page_title, crumbs, "\n".join(aside))
            # on half of the pages the call to action stands only in the tab
            for b, k in zip(blocks, keys):
                if routes[k]["kind"] not in ("P", "W") and (routes[k]["level"] or 0) >= 67 and hx(c, k, "tab") % 2 == 0:
                    b["cta"] = ('<p>Dit regelt u online. Kies hierboven <a href="%s?show=online">Online regelen</a>.</p>'
                                % url)
                    extra_sigs[k].append("cta_in_tab")
                elif routes[k]["kind"] == "C":
                    b["cta"] = ('<p>Dit regelt u in het gemeentehuis. Kies hierboven <a href="%s?show=townhall">Op het '
                                'gemeentehuis</a>.</p>' % url)
        body = render_body(site, page_title, blocks, extra, no_statement, tabs)
        put(url, layout(site, page_title, body, crumbs, "\n".join(aside), url))
        SEARCH_INDEX.setdefault(site["host"], []).append(
            {"url": url, "title": page_title, "text": re.sub("<[^>]+>", "", no_statement or blocks[0]["wat"])[:200]})
    return pages, titles, routes, traps, extra_sigs, site_sig, groups


def render_tabs(site, url, keys, routes, blocks, page_title, crumbs, aside):
    """Nederweert: tabs as query-string pages ?show=online / ?show=townhall."""
    online = [k for k in keys if routes[k]["status"] == "ok" and routes[k]["kind"] not in ("P", "W", "C")]
    def nav_for(active):
        items = [("", "Algemeen")]
        if online:
            items.append(("?show=online", "Online regelen"))
        items.append(("?show=townhall", "Op het gemeentehuis"))
        return '<ul class="tabs">%s</ul>' % "".join('<li%s><a href="%s%s">%s</a></li>' % (
            ' class="active"' if q == active else "", url, q, t) for q, t in items)
    nav = nav_for("")
    if online:
        body = ['<h1>%s</h1>' % h(page_title), nav_for("?show=online"), "<h2>Online regelen</h2>"]
        for k, b in zip(keys, blocks):
            if k in online:
                body.append(b["cta"])
        put(url + "?show=online", layout(site, page_title + " - Online regelen", "\n".join(body), crumbs, aside, url))
    th = ['<h1>%s</h1>' % h(page_title), nav_for("?show=townhall"), "<h2>Op het gemeentehuis</h2>"]
    for k in keys:
        pk = P[k]
        if routes[k]["kind"] == "C":
            th.append(routes[k]["cta"][0] if routes[k]["cta"] else "")
            if len(routes[k]["cta"]) > 1:
                th += routes[k]["cta"][1:]
        else:
            th.append("<p>%s</p>" % pk["balie"])
        th.append('<p>Maak hiervoor een <a href="%s">afspraak</a>.</p>' % site["appt"])
    put(url + "?show=townhall", layout(site, page_title + " - Op het gemeentehuis", "\n".join(th), crumbs, aside, url))
    return nav


# --------------------------------------------------------------------------------------
# other pages of a municipality
# --------------------------------------------------------------------------------------
GENERIC_NEWS = [
    ("Gemeentehuis tijdelijk met beperkte openingstijden", "Door een storing in de systemen is de balie op "
     "donderdag beperkt open. Afspraken gaan wel door."),
    ("Raad stelt begroting 2024 vast", "De gemeenteraad heeft de begroting voor 2024 vastgesteld. De lokale lasten "
     "stijgen met de inflatie."),
    ("Vraag op tijd uw paspoort of ID-kaart aan", "Gaat u deze zomer op reis? Controleer of uw reisdocument nog "
     "geldig is en maak op tijd een afspraak."),
    ("Energietoeslag 2023: nog tot 31 december aanvragen", "Huishoudens met een laag inkomen kunnen nog tot het "
     "einde van het jaar energietoeslag aanvragen."),
]


def build_appt(site):
    a = site["appt"]
    nxt = a + "kies-een-tijd" if a.endswith("/") else a + "-kies-een-tijd"
    mine = a + "mijn-afspraken" if a.endswith("/") else a + "-mijn-afspraken"
    start = login_start(mine + ("/digid" if a.endswith("/") else "-digid"))
    opts = "".join('<option value="%s">%s</option>' % (k, h(P[k]["form"])) for k in
                   ("paspoort", "identiteitskaart", "geboorteaangifte", "huwelijksaangifte", "brp-uittreksel"))
    body = """<h1>Afspraak maken</h1>
<p>Maak online een afspraak voor de balie Burgerzaken. Kies eerst het product.</p>
<form method="get" action="%s" class="afspraak"><label>Product <select name="dienst">%s</select></label>
<label>Aantal personen <input type="number" name="personen" value="1"></label><button type="submit">Volgende</button></form>
<p>Afspraak wijzigen of annuleren? <a href="%s">Log in met DigiD</a> bij Mijn afspraken.</p>
<p><a href="%s">Bekijk mijn afspraken</a></p>""" % (nxt, opts, start, mine)
    put(a, form_page_shell(site, "Afspraak maken", body))
    put(nxt, form_page_shell(site, "Kies een datum en tijd", '<h1>Kies een datum en tijd</h1><form method="post" action="%s">'
        '<label>Datum <input type="date" name="datum"></label><label>Tijd <select name="tijd"><option>09:00</option>'
        '<option>09:10</option><option>09:20</option></select></label><label>Naam <input name="naam"></label>'
        '<label>E-mail <input name="email"></label><button type="submit">Afspraak bevestigen</button></form>' % nxt))
    put(mine, form_page_shell(site, "Mijn afspraken", '<h1>Mijn afspraken</h1><p>Log in om uw afspraken te bekijken.</p>'
        '<p><a href="%s">Inloggen met DigiD</a></p>' % start))
    put(host_root(a) + "static/logo.svg", svg_logo(site["short"][:10], "#00528a"))


def host_root(url):
    return "http://%s/" % host_of(url)


def build_mijn(site):
    if not site.get("header_login") or site["code"] == "GM0946":
        return
    mh = mijn_host(site)
    start = login_start("http://%s/inloggen/digid" % mh)
    label = site["header_login"] if site["code"] != "GM0622" else "Mijn Vlaardingen"
    put("http://%s/static/logo.svg" % mh, svg_logo(site["short"][:10], "#00528a"))
    put("http://%s/" % mh, form_page_shell(site, label, '<h1>%s</h1><p>In %s ziet u uw lopende zaken, aanvragen en '
        'berichten van de gemeente.</p><p><a class="button" href="%s">Inloggen met DigiD</a></p>'
        '<p><a href="http://%s/lopende-zaken">Lopende zaken</a></p>' % (h(label), h(label), start, mh)))
    put("http://%s/lopende-zaken" % mh, form_page_shell(site, "Lopende zaken", '<h1>Mijn lopende zaken</h1><p>Bekijk hier '
        'de status van uw aanvragen en meldingen.</p><p><a class="button" href="%s">Inloggen met DigiD</a></p>' % start))


def build_filler(site, pages, titles, routes, groups, gkeys):
    c = site["code"]
    crumbs0 = ()
    dom = site["host"][4:]

    def lp(url, title, body, crumbs=crumbs0, aside=""):
        put(url, layout(site, title, body, crumbs, aside, url))
        SEARCH_INDEX.setdefault(site["host"], []).append({"url": url, "title": title,
                                                          "text": re.sub("<[^>]+>", " ", body)[:160].strip()})

    origin = site["family"] == "origin"
    # sections
    for sec in SECTIONS:
        items = []
        for url in sorted(groups):
            keys = groups[url]
            if P[keys[0]]["sec"] == sec:
                items.append((titles[keys[0]], url))
        items.sort()
        lst = "".join('<li><a href="%s">%s</a></li>' % (
            link_with_origin(site, u, "/" + slugify(SECTIONS[sec])) if origin else u, h(t)) for t, u in items)
        lp(section_url(site, sec), SECTIONS[sec], "<h1>%s</h1><ul class=\"product-list\">%s</ul>" % (
            h(SECTIONS[sec]), lst or "<li>Er zijn nog geen onderwerpen in deze categorie.</li>"))
    # A-Z
    entries = []
    for url in sorted(groups):
        t = titles[groups[url][0]]
        u = url
        if c == "GM0893" and "wmo-voorziening" in groups[url]:
            u = base(site) + "/wet-maatschappelijke-ondersteuning"
        elif c == "GM1992" and "melding-openbare-ruimte" in groups[url]:
            u = base(site) + "/melding-woon-en-leefomgeving"
        elif origin:
            u = link_with_origin(site, url, "/producten-a-z")
        entries.append((t, u))
    entries.sort(key=lambda e: e[0].lower())
    lp(az_url(site), "Producten en diensten A-Z", "<h1>Producten en diensten A-Z</h1><ul class=\"a-z\">%s</ul>" % "".join(
        '<li><a href="%s">%s</a></li>' % (u, h(t)) for t, u in entries))
    # news
    news = list(GENERIC_NEWS)
    for (cc, k), v in sorted(NOT_FOUND_NEWS.items()):
        if cc == c:
            news.append(v)
    items = []
    for i, (t, txt) in enumerate(news):
        u = news_url(site, slugify(t), i)
        extra = ""
        if t.startswith("Energietoeslag"):
            a, _ = other_service(site, "energietoeslag")
            extra = "<p>%s</p>" % a
        if t.startswith("Vraag op tijd"):
            extra = '<p><a href="%s">Maak een afspraak</a></p>' % site["appt"]
        lp(u, t, '<h1>%s</h1><p class="datum">%d %s 2024</p><p>%s</p>%s' % (
            h(t), 3 + i * 5, ["januari", "februari", "maart", "april", "mei", "juni", "juli"][i % 7], h(txt), extra),
           [("Nieuws", page_url(site, "actueel"))])
        items.append('<li><a href="%s">%s</a></li>' % (u, h(t)))
    lp(page_url(site, "actueel"), "Nieuws", "<h1>Nieuws</h1><ul>%s</ul>" % "".join(items))
    # home
    top = [k for k in ("verhuismelding", "paspoort", "grofvuil", "melding-openbare-ruimte", "brp-uittreksel",
                       "omgevingsvergunning", "wmo-voorziening", "belastingkwijtschelding") if k in pages]
    tiles = "".join('<li><a href="%s">%s</a></li>' % (link_with_origin(site, pages[k], "/home"), h(titles[k])) for k in top)
    secs = "".join('<li><a href="%s">%s</a></li>' % (section_url(site, s), h(SECTIONS[s])) for s in SECTIONS)
    home = ('<h1>Welkom bij %s</h1><section class="toptaken"><h2>Veelgezocht</h2><ul>%s</ul></section>'
            '<section class="onderwerpen"><h2>Onderwerpen</h2><ul>%s</ul><p><a href="%s">Alle producten en diensten</a></p>'
            '</section><section class="nieuws"><h2>Nieuws</h2><ul>%s</ul></section>' % (
                h(site["name"]), tiles, secs, az_url(site), "".join(items[:3])))
    if c == "GM1992":
        home += ('<p class="fusie">Brielle, Hellevoetsluis en Westvoorne zijn sinds 1 januari 2023 samen de gemeente '
                 'Voorne aan Zee. De oude websites <a href="http://www.brielle.test/">brielle.nl</a>, '
                 '<a href="http://www.hellevoetsluis.test/">hellevoetsluis.nl</a> en <a href="http://www.westvoorne.test/">'
                 'westvoorne.nl</a> verwijzen door naar deze website.</p>')
    put(base(site) + "/", layout(site, "Home", home, (), "", base(site) + "/"))
    # contact and generic forms
    cf = ensure_generic_form_page(site, "contactformulier", "Contactformulier",
                                  "Heeft u een vraag, opmerking of tip? Vul het contactformulier in.")
    lp(page_url(site, "contact"), "Contact", '<h1>Contact</h1><p>Bel %s of stuur een bericht via het <a href="%s">'
       'contactformulier</a>.</p><p>Bezoekadres: gemeentehuis %s. Op afspraak.</p>' % (site["tel"], cf, h(site["place"])))
    lp(page_url(site, "privacy"), "Privacyverklaring", "<h1>Privacyverklaring</h1><p>De gemeente gaat zorgvuldig om "
       "met uw persoonsgegevens.</p>")
    lp(page_url(site, "toegankelijkheid"), "Toegankelijkheid", "<h1>Toegankelijkheid</h1><p>Wij willen dat iedereen "
       "onze website kan gebruiken.</p>")
    lp(page_url(site, "cookies"), "Cookies", "<h1>Cookies</h1><p>Wij plaatsen alleen functionele en analytische "
       "cookies.</p>")
    lp(page_url(site, "afvalkalender"), "Afvalkalender", "<h1>Afvalkalender</h1><p>Vul uw postcode en huisnummer in om "
       "uw ophaaldagen te zien.</p><form method=\"get\" action=\"%s\"><label>Postcode <input name=\"postcode\"></label>"
       "<button>Zoek</button></form>" % page_url(site, "afvalkalender"))
    if site.get("feedback"):
        lp(page_url(site, "feedback"), "Bedankt voor uw reactie", '<h1>Bedankt voor uw reactie</h1><form method="post" '
           'action="%s"><label>Wat kunnen we verbeteren? <textarea name="opmerking"></textarea></label><button '
           'type="submit">Verstuur</button></form>' % page_url(site, "feedback"))
    if site.get("newsletter"):
        lp(page_url(site, "nieuwsbrief"), "Nieuwsbrief", '<h1>Nieuwsbrief</h1><form method="post" action="%s">'
           '<label>E-mailadres <input type="email" name="email"></label><button>Aanmelden</button></form>' %
           page_url(site, "nieuwsbrief"))
    if c == "GM0622":
        mh = mijn_host(site)
        lp(page_url(site, "inloggen"), "Inloggen", '<h1>Inloggen</h1><ul><li><a href="http://%s/">Mijn Vlaardingen</a> '
           '(inwoners, met DigiD)</li><li><a href="%s">Ondernemersloket</a> (ondernemers, met eHerkenning)</li></ul>' % (
               mh, other_service(site, "ondernemersloket")[0].split('"')[1]))
    for url, (t, body) in sorted(SITE_EXTRA.get(c, {}).items()):
        lp(url, t, "<h1>%s</h1>%s" % (h(t), body))
    sp, param = search_cfg(site)
    if not site.get("search"):
        lp(base(site) + sp, "Zoeken", "<h1>Zoeken</h1><p>Vul een zoekterm in.</p>")
    # 404
    put(base(site) + "/404.html", layout(site, "Pagina niet gevonden", "<h1>Pagina niet gevonden</h1><p>De pagina die u "
        "zoekt bestaat niet (meer). Gebruik de zoekfunctie of ga naar de <a href=\"%s/\">homepage</a>.</p>" % base(site)))
    # Woudenberg: the form host's own index of all forms (a "digitaal loket" landing page)
    if site["platform"] == "getform":
        ph = platform_host(site)
        forms = sorted((v["route"], k[1]) for k, v in FORMCACHE.items() if k[0] == c)
        put("http://%s/start" % ph, form_page_shell(site, "Alle formulieren", "<h1>Digitaal loket: alle formulieren</h1>"
            "<ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (u, h(sl.replace("-", " ").capitalize()))
                                     for u, sl in forms)))
    # Bloemendaal: the loket host has its own home page
    if c == "GM0377":
        lh = "http://loket.bloemendaal.test/"
        put(lh, layout(site, "Digitaal loket", '<h1>Digitaal loket</h1><p>Alles wat u bij de gemeente kunt regelen.</p>'
            '<p><a href="%s">Alle producten A-Z</a></p><ul>%s</ul>' % (az_url(site), secs), (), "", lh))


def build_sc_feed(site, pages, titles, routes, spec, gkeys):
    items = []
    stale = []
    for k in gkeys:
        r = routes[k]
        if r["status"] != "ok":
            continue
        lvl = r["level"]
        val = "digid" if lvl == 100 else ("ja" if lvl == 67 else "nee")
        aurl = r["link"] if lvl >= 67 else ""
        if spec[k]["opts"].get("stale_sc"):
            val = "digid"
            aurl = pages[k]
            stale.append(k)
        items.append("""  <overheidproduct:scproduct owms-version="4.0">
    <overheidproduct:meta>
      <overheidproduct:owmskern>
        <dcterms:identifier>%s</dcterms:identifier>
        <dcterms:title>%s</dcterms:title>
        <dcterms:language>nl</dcterms:language>
        <dcterms:type scheme="overheid:Informatietype">productbeschrijving</dcterms:type>
        <dcterms:modified>2023-%02d-15</dcterms:modified>
        <dcterms:spatial scheme="overheid:Gemeente" resourceIdentifier="http://standaarden.overheid.nl/owms/terms/%s_(gemeente)">%s</dcterms:spatial>
        <overheid:authority scheme="overheid:Gemeente" resourceIdentifier="http://standaarden.overheid.nl/owms/terms/%s_(gemeente)">%s</overheid:authority>
      </overheidproduct:owmskern>
      <overheidproduct:owmsmantel>
        <dcterms:audience scheme="overheid:Doelgroep">%s</dcterms:audience>
        <dcterms:abstract>%s</dcterms:abstract>
      </overheidproduct:owmsmantel>
      <overheidproduct:scmeta>
        <productID>%s-%d</productID>
        <onlineAanvragen>%s</onlineAanvragen>%s
%s
      </overheidproduct:scmeta>
    </overheidproduct:meta>
    <overheidproduct:body><overheidproduct:productHTML>%s</overheidproduct:productHTML></overheidproduct:body>
  </overheidproduct:scproduct>""" % (
            h(pages[k]), h(titles[k]), 1 + hx(k) % 12, site["short"], h(site["short"]), site["short"], h(site["short"]),
            "ondernemer" if P[k].get("bus") else "particulier", h(re.sub("&[a-z]+;", "", P[k]["wat"])[:150]),
            slugify(site["short"]), 1000 + hx(site["code"], k) % 9000, val,
            ('\n        <aanvraagURL resourceIdentifier="%s"/>' % h(aurl)) if aurl else "",
            ('        <uniformeProductnaam scheme="overheid:UniformeProductnaam" resourceIdentifier="http://standaarden.'
             'overheid.nl/owms/terms/%s">%s</uniformeProductnaam>' % (UPL[k], h(P[k]["name_nl"]))) if k in UPL else "",
            h(re.sub("&[a-z]+;", "", P[k]["wat"])[:120])))
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<overheidproduct:scproducten xmlns:overheidproduct="http://standaarden.'
           'overheid.nl/product/terms/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:overheid="http://standaarden.'
           'overheid.nl/owms/terms/">\n%s\n</overheidproduct:scproducten>\n' % "\n".join(items))
    put(sc_url(site), xml)
    return stale


def build_sitemap(site, urls):
    by_host = {}
    for u in urls:
        by_host.setdefault(host_of(u), []).append(u)
    for hst, lst in sorted(by_host.items()):
        if site["code"] in ("GM1896", "GM0946"):
            put("http://%s/robots.txt" % hst, "User-agent: *\nDisallow: /zoeken\n")
            continue
        body = "".join("<url><loc>%s</loc><lastmod>2024-0%d-1%d</lastmod></url>\n" % (h(u), 1 + hx(u) % 9, hx(u, 1) % 10)
                       for u in sorted(set(lst)))
        put("http://%s/sitemap.xml" % hst, '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
            'schemas/sitemap/0.9">\n%s</urlset>\n' % body)
        put("http://%s/robots.txt" % hst, "User-agent: *\nDisallow: /zoeken\nSitemap: http://%s/sitemap.xml\n" % hst)


# --------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------
def dedupe(seq):
    out = []
    for s in seq:
        if s and s not in out:
            out.append(s)
    return out


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web")
    gkeys = []
    with open(os.path.join(HERE, "..", "..", "..", "config", "products.csv"), newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            key, name, types = row["product_key"], row["name_nl"], row["org_types"]
            if "G" in types:
                gkeys.append(key)
                P[key]["name_nl"] = name
    missing = [k for k in gkeys if k not in P]
    if missing:
        raise SystemExit("no texts for %s" % missing)
    specs = parse_specs()
    build_identity()
    build_national()
    behaviours = {"redirects": REDIRECTS, "host_redirects": [], "not_found_pages": [], "searches": [],
                  "content_types": []}
    org_rows = []
    for site in SITES:
        c = site["code"]
        spec = specs[c]
        assert sorted(spec) == sorted(gkeys), c
        build_appt(site)
        build_mijn(site)
        pages, titles, routes, traps, extra_sigs, site_sig, groups = build_site(site, spec, gkeys)
        build_filler(site, pages, titles, routes, groups, gkeys)
        stale = build_sc_feed(site, pages, titles, routes, spec, gkeys) if site.get("sc") else []
        # old paths answering with a redirect (pages moved by the CMS)
        if c == "GM0893":
            redirect(base(site) + "/wet-maatschappelijke-ondersteuning",
                     pages["wmo-voorziening"] + "?origin=/wet-maatschappelijke-ondersteuning", 301)
        if c == "GM1992":
            redirect(base(site) + "/melding-woon-en-leefomgeving",
                     pages["melding-openbare-ruimte"] + "?origin=/melding-woon-en-leefomgeving", 301)
        site_urls = [u for (hst, fp) in [] for u in []]
        urls = []
        for (hst, fp), data in FILES.items():
            if hst in (site["host"], "loket.bloemendaal.test" if c == "GM0377" else "-") and (
                    fp.endswith("index.html") or "." not in fp.rsplit("/", 1)[-1]) and "?" not in fp \
                    and not fp.startswith("static/") and fp != "404.html":
                urls.append("http://%s/%s" % (hst, fp[:-len("index.html")] if fp.endswith("index.html") else fp))
        build_sitemap(site, urls)
        dom = site["host"][4:]
        behaviours["host_redirects"].append({"host": dom, "status": 301, "to": site["host"]})
        for old in site.get("old_hosts", []):
            behaviours["host_redirects"].append({"host": "www.%s.test" % old, "status": 301, "to": site["host"]})
            behaviours["host_redirects"].append({"host": "%s.test" % old, "status": 301, "to": site["host"]})
        behaviours["not_found_pages"].append({"host": site["host"], "file": "sites/%s/404.html" % site["host"],
                                              "status": 200 if site.get("soft404") else 404})
        if site.get("search"):
            sp, param = search_cfg(site)
            behaviours["searches"].append({"host": site["host"], "path": sp, "param": param,
                                           "index": "search/%s.json" % site["host"],
                                           "template": "search/%s.html" % site["host"]})
        org_rows.append([c, site["name"], "gemeente", "http://%s/" % site["host"], site["inh"]])
        for key in gkeys:
            R = routes[key]
            st = R["status"]
            if st == "not_found":
                sig = ["trap_news_mention"] + (["trap_soft404"] if site.get("soft404") else [])
                LABELS.append([c, key, "", st, "", "", "", "", ";".join(sig), R["notes"]])
                continue
            sig = list(R["signals"]) + [t[1] for t in traps[key]] + extra_sigs[key] + site_sig
            if "appointment_online" in sig:
                sig.append("trap_appointment_digid")
            if key in stale:
                sig.append("trap_stale_sc_feed")
            sig = dedupe(sig)
            if st == "not_offered":
                LABELS.append([c, key, "", st, pages[key], "", "", "", ";".join(sig), R["notes"]])
                continue
            lvl = R["level"]
            LABELS.append([c, key, str(lvl), st, pages[key], R["route"] if lvl else "",
                           str(R["strict"]), R["via"], ";".join(sig), R["notes"]])
    # Open Forms API answers are JSON
    for (hst, fp) in sorted(FILES):
        if fp.startswith("api/v2/forms/"):
            behaviours["content_types"].append({"url": "http://%s/%s" % (hst, fp),
                                                "content_type": "application/json"})
    # Zwartewaterland's document.php downloads are PDFs
    for (hst, fp) in sorted(FILES):
        if fp.startswith("document.php?"):
            behaviours["content_types"].append({"url": "http://%s/%s" % (hst, fp), "content_type": "application/pdf"})
    # file/folder clashes would make a page unreachable
    allf = set(FILES)
    for (hst, fp) in sorted(FILES):
        parts = fp.split("/")
        for i in range(1, len(parts)):
            if (hst, "/".join(parts[:i])) in allf:
                raise SystemExit("path clash: %s/%s" % (hst, fp))
    # write
    if os.path.isdir(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    for (hst, fp), data in sorted(FILES.items()):
        path = os.path.join(outdir, "sites", hst, fp)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)
    os.makedirs(os.path.join(outdir, "search"))
    for site in SITES:
        if site.get("search"):
            idx = sorted(SEARCH_INDEX.get(site["host"], []), key=lambda e: e["url"])
            with open(os.path.join(outdir, "search", site["host"] + ".json"), "w", encoding="utf-8") as fh:
                json.dump(idx, fh, ensure_ascii=False, indent=1)
            tpl = layout(site, "Zoekresultaten", '<h1>Zoekresultaten voor &quot;<!--QUERY-->&quot;</h1>\n<!--RESULTS-->')
            with open(os.path.join(outdir, "search", site["host"] + ".html"), "w", encoding="utf-8") as fh:
                fh.write(tpl)
    with open(os.path.join(outdir, "organisations.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for r in org_rows:
            w.writerow(r)
    with open(os.path.join(outdir, "labels.csv"), "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via",
                    "signals", "notes"])
        for r in LABELS:
            w.writerow(r)
    behaviours["redirects"] = sorted(REDIRECTS, key=lambda r: r["url"])
    with open(os.path.join(outdir, "testweb.json"), "w", encoding="utf-8") as fh:
        json.dump({"behaviours": behaviours}, fh, ensure_ascii=False, indent=1, sort_keys=True)
    n_html = sum(1 for (hst, fp) in FILES if not fp.endswith((".pdf", ".docx", ".svg", ".js", ".mjs", ".css", ".xml", ".txt")))
    print("wrote %d files (%d pages) on %d hosts, %d labels into %s" % (
        len(FILES), n_html, len(set(hh for hh, _ in FILES)), len(LABELS), outdir))


if __name__ == "__main__":
    main()
