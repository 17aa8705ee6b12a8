#!/usr/bin/env python3
"""gen.py OUTDIR -- write a labelled, simulated web of ten Dutch municipalities.

Standard library only, deterministic (no randomness, no set iteration).
Reads the product list only from products.csv beside this script
(columns product_key, name_nl, org_types).

Emphasis of this web: products done by appointment or by another body
(appointment systems with their own DigiD login, national bodies, regional
social services, joint tax offices, omgevingsdiensten, waste companies,
archives), and call-me-back / ask-a-question forms behind DigiD.
"""
import csv
import html
import io
import json
import os
import shutil
import struct
import sys
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape


def slugify(s, sep="-"):
    rep = {"é": "e", "ë": "e", "è": "e", "ï": "i", "ö": "o", "ü": "u", "á": "a", "â": "a", "ê": "e"}
    out = []
    for ch in s.lower():
        ch = rep.get(ch, ch)
        if ch.isalnum():
            out.append(ch)
        else:
            out.append(" ")
    return sep.join("".join(out).split())


def cap_us(s):
    """'Paspoort aanvragen' -> 'Paspoort_aanvragen' (iprox / loket style)."""
    w = slugify(s, " ").split()
    if not w:
        return "x"
    return "_".join([w[0].capitalize()] + w[1:])


# ---------------------------------------------------------------- documents

def make_pdf(title, lines):
    """A minimal, valid one-page PDF with some text."""
    def esc(t):
        t = t.encode("latin-1", "replace").decode("latin-1")
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = ["BT", "/F1 16 Tf", "50 790 Td", "(%s) Tj" % esc(title), "/F1 10 Tf"]
    for ln in lines:
        content.append("0 -18 Td")
        content.append("(%s) Tj" % esc(ln))
    content.append("ET")
    stream = "\n".join(content).encode("latin-1", "replace")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + esc(title).encode("latin-1", "replace") + b") /Producer (web-dev29 gen.py) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref))
    return out.getvalue()


def make_png(w, h, rgb_fn):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(rgb_fn(x, y))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def digid_png():
    # black square with an orange bar, like the DigiD logo
    def px(x, y):
        if 30 <= y <= 36 and 6 <= x <= 40:
            return (0xE1, 0x70, 0x00)
        return (0, 0, 0)
    return make_png(46, 46, px)


def make_docx(title, lines):
    buf = io.BytesIO()
    zi = lambda n: zipfile.ZipInfo(n, date_time=(2023, 1, 1, 0, 0, 0))
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zi("[Content_Types].xml"),
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   '</Types>')
        z.writestr(zi("_rels/.rels"),
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '</Relationships>')
        paras = "".join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % E(t) for t in [title] + lines)
        z.writestr(zi("word/document.xml"),
                   '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                   '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
                   + paras + '</w:body></w:document>')
    return buf.getvalue()


DIGID_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="46" height="46" viewBox="0 0 46 46">'
             '<title>DigiD</title><rect width="46" height="46" rx="6" fill="#000"/>'
             '<text x="6" y="28" font-family="Arial" font-size="14" fill="#fff">DigiD</text>'
             '<rect x="6" y="32" width="34" height="4" fill="#e17000"/></svg>')
EH_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="46" height="46" viewBox="0 0 46 46">'
          '<title>eHerkenning</title><rect width="46" height="46" rx="6" fill="#fff" stroke="#333"/>'
          '<text x="4" y="28" font-family="Arial" font-size="9" fill="#d40">eHerk.</text></svg>')

# ---------------------------------------------------------------- municipalities
# family: URL scheme / CMS family; platform: where the municipality's own forms live.
MUNIS = [
    dict(key="zuidplas", code="GM1892", name="Gemeente Zuidplas", short="Zuidplas",
         host="www.zuidplas.test", inhabitants=46850, family="slug", platform="openforms",
         phone="14 0180", prov="prov-zh", ws="hhsk", mail="info@zuidplas.test",
         appt=("afspraak.zuidplas.test", "/"),
         sitewide=["site_login", "feedback"]),
    dict(key="beuningen", code="GM0209", name="Gemeente Beuningen", short="Beuningen",
         host="www.beuningen.test", inhabitants=26300, family="underscore", platform="imgform",
         phone="14 024", prov="prov-gld", ws="rivierenland", mail="gemeente@beuningen.test",
         appt=("www.beuningen.test", "/qmaticwebbooking/"),
         sitewide=["site_login"]),
    dict(key="hilvarenbeek", code="GM0798", name="Gemeente Hilvarenbeek", short="Hilvarenbeek",
         host="www.hilvarenbeek.test", inhabitants=16000, family="sim", platform="formdesk",
         phone="013 505 51 55", prov="prov-nb", ws="dommel", mail="info@hilvarenbeek.test",
         appt=("hilvarenbeek.timeblockr.test", "/"),
         sitewide=["footer_digid"]),
    dict(key="overbetuwe", code="GM1734", name="Gemeente Overbetuwe", short="Overbetuwe",
         host="www.overbetuwe.test", inhabitants=49700, family="iprox", platform="iproxforms",
         phone="14 0481", prov="prov-gld", ws="rivierenland", mail="info@overbetuwe.test",
         appt=("overbetuwe.jccsoftware.test", "/JCC/G-Plan/"),
         sitewide=["site_login", "mijnoverheid_footer"]),
    dict(key="bodegraven", code="GM1901", name="Gemeente Bodegraven-Reeuwijk", short="Bodegraven-Reeuwijk",
         host="www.bodegraven-reeuwijk.test", inhabitants=37100, family="owc", platform="gravity",
         phone="14 0172", prov="prov-zh", ws="rijnland", taxbody="bsgr", mail="info@bodegraven-reeuwijk.test",
         appt=("afspraken.bodegraven-reeuwijk.test", "/"),
         sitewide=["site_login"]),
    dict(key="oostzaan", code="GM0431", name="Gemeente Oostzaan", short="Oostzaan",
         host="www.oostzaan.test", inhabitants=9950, family="loket", platform="loketforms",
         phone="075 684 71 11", prov="prov-nh", ws="hhnk", taxbody="cocensus", mail="info@oostzaan.test",
         appt=("afspraak.over-gemeenten.test", "/oostzaan/"),
         sitewide=["chat"]),
    dict(key="ooststellingwerf", code="GM0085", name="Gemeente Ooststellingwerf", short="Ooststellingwerf",
         host="www.ooststellingwerf.test", inhabitants=26300, family="regelen", platform="digitaalloket",
         phone="0516 566 222", prov="prov-fr", ws="wetterskip", mail="gemeente@ooststellingwerf.test",
         appt=("ooststellingwerf.afspraakmaken.test", "/"),
         sitewide=["site_login", "footer_digid"]),
    dict(key="hardinxveld", code="GM0523", name="Gemeente Hardinxveld-Giessendam", short="Hardinxveld-Giessendam",
         host="www.hardinxveld-giessendam.test", inhabitants=18600, family="atotz", platform="aspx",
         phone="0184 67 33 33", prov="prov-zh", ws="rivierenland", taxbody="svhw", mail="info@hardinxveld-giessendam.test",
         appt=("hardinxveld.qmatic.test", "/qmaticwebbooking/"),
         sitewide=["site_login", "direct_bar"]),
    dict(key="voorst", code="GM0285", name="Gemeente Voorst", short="Voorst",
         host="www.voorst.test", inhabitants=25300, family="aer", platform="iframe",
         phone="14 0571", prov="prov-gld", ws="vallei", mail="gemeente@voorst.test",
         appt=("voorst.mijnafspraakonline.test", "/"),
         sitewide=["site_login", "newsletter"]),
    dict(key="middendrenthe", code="GM1731", name="Gemeente Midden-Drenthe", short="Midden-Drenthe",
         host="www.middendrenthe.test", inhabitants=34200, family="pdc", platform="pdcjs",
         phone="0593 539 222", prov="prov-dr", ws="wdod", mail="gemeente@middendrenthe.test",
         appt=("afspraak.middendrenthe.test", "/"),
         sitewide=["site_login", "feedback"]),
]

# ---------------------------------------------------------------- other bodies
# kind: national / province / waterschap / tax / social / od / waste / archive / parking / portal
BODIES = {
    "olo": dict(host="omgevingswet.overheid.test", name="Omgevingsloket", kind="portal"),
    "mijnoverheid": dict(host="mijn.overheid.test", name="MijnOverheid", kind="portal"),
    "wozloket": dict(host="www.wozwaardeloket.test", name="WOZ-waardeloket", kind="portal"),
    "rdw": dict(host="www.rdw.test", name="RDW", kind="national", mijn="Mijn RDW"),
    "cbr": dict(host="www.cbr.test", name="CBR", kind="national", mijn="Mijn CBR"),
    "justis": dict(host="www.justis.test", name="Justis", kind="national", mijn="VOG online aanvragen"),
    "bld": dict(host="www.belastingdienst.test", name="Belastingdienst", kind="national", mijn="Mijn Belastingdienst"),
    "uwv": dict(host="www.uwv.test", name="UWV", kind="national", mijn="Mijn UWV"),
    "werk": dict(host="www.werk.test", name="werk.nl (UWV)", kind="national", mijn="Inschrijven als werkzoekende"),
    "svb": dict(host="www.svb.test", name="Sociale Verzekeringsbank", kind="national", mijn="Mijn SVB"),
    "duo": dict(host="www.duo.test", name="DUO", kind="national", mijn="Mijn DUO"),
    "gblt": dict(host="www.gblt.test", name="GBLT", kind="tax", mijn="Mijn GBLT"),
    "prov-zh": dict(host="www.zuid-holland.test", name="Provincie Zuid-Holland", kind="province", mijn="Subsidieloket"),
    "prov-gld": dict(host="www.gelderland.test", name="Provincie Gelderland", kind="province", mijn="Subsidieportaal"),
    "prov-nb": dict(host="www.brabant.test", name="Provincie Noord-Brabant", kind="province", mijn="Subsidieloket"),
    "prov-nh": dict(host="www.noord-holland.test", name="Provincie Noord-Holland", kind="province", mijn="Subsidieloket"),
    "prov-fr": dict(host="www.fryslan.test", name="Provinsje Fryslân", kind="province", mijn="Subsidieloket"),
    "prov-dr": dict(host="www.provincie.drenthe.test", name="Provincie Drenthe", kind="province", mijn="Subsidieloket"),
    "hhsk": dict(host="www.hhsk.test", name="Hoogheemraadschap van Schieland en de Krimpenerwaard", kind="waterschap", mijn="Mijn HHSK"),
    "rivierenland": dict(host="www.waterschaprivierenland.test", name="Waterschap Rivierenland", kind="waterschap", mijn="Mijn Waterschap"),
    "dommel": dict(host="www.dommel.test", name="Waterschap De Dommel", kind="waterschap", mijn="Mijn Dommel"),
    "rijnland": dict(host="www.rijnland.test", name="Hoogheemraadschap van Rijnland", kind="waterschap", mijn="Mijn Rijnland"),
    "hhnk": dict(host="www.hhnk.test", name="Hoogheemraadschap Hollands Noorderkwartier", kind="waterschap", mijn="Mijn HHNK belastingen"),
    "wetterskip": dict(host="www.wetterskipfryslan.test", name="Wetterskip Fryslân", kind="waterschap", mijn="Mijn Wetterskip"),
    "wdod": dict(host="www.wdodelta.test", name="Waterschap Drents Overijsselse Delta", kind="waterschap", mijn="Mijn WDODelta"),
    "vallei": dict(host="www.vallei-veluwe.test", name="Waterschap Vallei en Veluwe", kind="waterschap", mijn="Mijn Vallei en Veluwe"),
    "sdmh": dict(host="www.sdmh.test", name="Sociale Dienst Midden-Holland", kind="social", mijn="Mijn SDMH"),
    "sdd": dict(host="www.socialedienstdrechtsteden.test", name="Sociale Dienst Drechtsteden", kind="social", mijn="Mijn SDD"),
    "over": dict(host="www.over-gemeenten.test", name="OVER-gemeenten (Oostzaan en Wormerland)", kind="social", mijn="Mijn OVER-gemeenten"),
    "werkplein": dict(host="www.werkpleinhartvanbrabant.test", name="Werkplein Hart van Brabant", kind="social", mijn="Mijn Werkplein"),
    "bsgr": dict(host="www.bsgr.test", name="Belastingsamenwerking Gouwe-Rijnland", kind="tax", mijn="Mijn BSGR"),
    "svhw": dict(host="www.svhw.test", name="SVHW (belastingen en WOZ)", kind="tax", mijn="Mijn SVHW"),
    "cocensus": dict(host="www.cocensus.test", name="Cocensus", kind="tax", mijn="Mijn Cocensus"),
    "odmh": dict(host="www.odmh.test", name="Omgevingsdienst Midden-Holland", kind="od", mijn="e-loket ODMH"),
    "odrn": dict(host="www.odrn.test", name="Omgevingsdienst Regio Nijmegen", kind="od", mijn="Ondernemersloket ODRN"),
    "omwb": dict(host="www.omwb.test", name="Omgevingsdienst Midden- en West-Brabant", kind="od", mijn="Mijn OMWB"),
    "odr": dict(host="www.odrivierenland.test", name="Omgevingsdienst Rivierenland", kind="od", mijn="Mijn ODR"),
    "odnzkg": dict(host="www.odnzkg.test", name="Omgevingsdienst Noordzeekanaalgebied", kind="od", mijn="e-loket OD NZKG"),
    "fumo": dict(host="www.fumo.test", name="FUMO (Fryske Utfieringstsjinst Miljeu en Omjouwing)", kind="od", mijn="Mijn FUMO"),
    "odzhz": dict(host="www.omgevingsdienst-zhz.test", name="Omgevingsdienst Zuid-Holland Zuid", kind="od", mijn="Mijn OZHZ"),
    "ovij": dict(host="www.ovij.test", name="Omgevingsdienst Veluwe IJssel", kind="od", mijn="Mijn OVIJ"),
    "rud": dict(host="www.rud-drenthe.test", name="RUD Drenthe", kind="od", mijn="e-loket RUD Drenthe"),
    "cyclus": dict(host="www.cyclusnv.test", name="Cyclus NV", kind="waste", mijn="Mijn Cyclus"),
    "dar": dict(host="www.dar.test", name="Dar", kind="waste", mijn="Mijn Dar"),
    "hvc": dict(host="www.hvcgroep.test", name="HVC", kind="waste", mijn="Mijn HVC"),
    "omrin": dict(host="www.omrin.test", name="Omrin", kind="waste", mijn="Mijn Omrin"),
    "waardlanden": dict(host="www.waardlanden.test", name="Waardlanden", kind="waste", mijn="Mijn Waardlanden"),
    "circulus": dict(host="www.circulus.test", name="Circulus", kind="waste", mijn="Mijn Circulus"),
    "samh": dict(host="www.samh.test", name="Streekarchief Midden-Holland", kind="archive", mijn="Mijn Streekarchief"),
    "rad": dict(host="www.regionaalarchiefdordrecht.test", name="Regionaal Archief Dordrecht", kind="archive", mijn="Mijn Archief"),
    "parkeer": dict(host="overbetuwe.parkeerservice.test", name="Parkeerservice (digitaal loket parkeren Overbetuwe)", kind="parking", mijn="Mijn Parkeerservice"),
}

# ---------------------------------------------------------------- product texts
# t: title variants seen on real sites; cat: section; aud: b burger / o ondernemer / bo both
PI = {
    "brp-uittreksel": dict(cat="burgerzaken", aud="b", t=["Uittreksel BRP aanvragen", "Uittreksel Basisregistratie Personen (BRP)", "Uittreksel BRP", "Bewijs van inschrijving (uittreksel BRP)", "Uittreksel uit de Basisregistratie Personen"],
        intro="Met een uittreksel uit de Basisregistratie Personen (BRP) laat u zien welke gegevens de gemeente van u heeft, zoals uw adres, geboortedatum en nationaliteit. U heeft het bijvoorbeeld nodig voor een nieuwe werkgever, een woningcorporatie of een buitenlandse instantie.",
        need="Uw DigiD of een geldig identiteitsbewijs.", cost="€ 15,00 per uittreksel.", dur="Binnen 5 werkdagen in de post."),
    "verhuismelding": dict(cat="burgerzaken", aud="b", t=["Verhuizing doorgeven", "Verhuizen", "Verhuizing", "Adreswijziging doorgeven", "Verhuizen binnen of naar de gemeente"],
        intro="Gaat u verhuizen naar of binnen de gemeente? Geef uw nieuwe adres dan uiterlijk 5 dagen na de verhuisdatum door. U kunt dit al 4 weken voor de verhuisdatum doen.",
        need="Woont u in bij iemand? Dan heeft u toestemming van de hoofdbewoner nodig.", cost="Gratis.", dur="U krijgt binnen 5 werkdagen bericht."),
    "geboorteaangifte": dict(cat="burgerzaken", aud="b", t=["Geboorte aangeven", "Aangifte geboorte", "Geboorteaangifte", "Geboorte doorgeven", "Geboorte"],
        intro="Is uw kind geboren? Dan doet u binnen 3 werkdagen aangifte van de geboorte bij de gemeente waar uw kind is geboren. Uw kind krijgt dan een geboorteakte en een burgerservicenummer (BSN).",
        need="Uw identiteitsbewijs en, als u niet getrouwd bent, de akte van erkenning.", cost="Gratis.", dur="Direct."),
    "overlijdensaangifte": dict(cat="burgerzaken", aud="b", t=["Overlijden aangeven", "Aangifte overlijden", "Overlijden", "Aangifte van overlijden", "Overlijden doorgeven"],
        intro="Als iemand overlijdt, moet het overlijden binnen 6 werkdagen worden aangegeven bij de gemeente waar het overlijden plaatsvond. Meestal doet de uitvaartverzorger de aangifte.",
        need="De verklaring van overlijden van de arts.", cost="Gratis.", dur="Direct."),
    "huwelijksaangifte": dict(cat="burgerzaken", aud="b", t=["Melding voorgenomen huwelijk of partnerschap", "Trouwen en geregistreerd partnerschap", "Ondertrouw (melding voorgenomen huwelijk)", "Voorgenomen huwelijk melden", "Trouwen"],
        intro="Wilt u trouwen of een geregistreerd partnerschap aangaan? Dan meldt u dit minimaal 2 weken en maximaal 1 jaar voor de datum bij de gemeente. Vroeger heette dit ondertrouw.",
        need="Geldige identiteitsbewijzen van u, uw partner en de getuigen.", cost="Gratis; de kosten van de ceremonie hangen af van dag en locatie.", dur="Binnen 2 weken bericht."),
    "paspoort": dict(cat="burgerzaken", aud="b", t=["Paspoort aanvragen", "Paspoort", "Paspoort aanvragen of verlengen", "Paspoort aanvragen", "Paspoort"],
        intro="Een paspoort vraagt u persoonlijk aan bij de gemeente. Bij de aanvraag nemen wij uw vingerafdrukken af en zet u uw handtekening. Kinderen jonger dan 12 jaar hoeven geen vingerafdrukken te geven.",
        need="Een recente pasfoto en uw huidige paspoort of identiteitskaart.", cost="€ 82,25 (18 jaar en ouder), € 64,25 (jonger dan 18).", dur="Na 5 werkdagen ophalen."),
    "identiteitskaart": dict(cat="burgerzaken", aud="b", t=["Identiteitskaart aanvragen", "Identiteitskaart", "ID-kaart aanvragen", "Nederlandse identiteitskaart", "Identiteitskaart aanvragen"],
        intro="Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa. U vraagt de identiteitskaart persoonlijk aan bij de gemeente waar u staat ingeschreven.",
        need="Een recente pasfoto en uw oude identiteitsbewijs.", cost="€ 77,85 (18 jaar en ouder), € 43,90 (jonger dan 18).", dur="Na 5 werkdagen ophalen."),
    "parkeervergunning": dict(cat="verkeer", aud="bo", t=["Parkeervergunning aanvragen", "Parkeervergunning", "Parkeerontheffing blauwe zone", "Parkeren", "Parkeervergunning voor bewoners"],
        intro="Woont u in een gebied met vergunninghoudersparkeren of een blauwe zone? Dan kunt u als bewoner een vergunning of ontheffing aanvragen om daar langer te parkeren.",
        need="Het kenteken van uw auto, die op uw naam staat of van uw werkgever is.", cost="€ 60,00 per jaar.", dur="Binnen 2 weken."),
    "gehandicaptenparkeerkaart": dict(cat="verkeer", aud="b", t=["Gehandicaptenparkeerkaart aanvragen", "Gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart (GPK)", "Parkeerkaart voor mensen met een beperking", "Gehandicaptenparkeerkaart aanvragen"],
        intro="Kunt u door een handicap of chronische ziekte niet ver lopen? Met een gehandicaptenparkeerkaart mag u parkeren op een algemene gehandicaptenparkeerplaats. Een onafhankelijke arts beoordeelt uw aanvraag.",
        need="Een recente pasfoto en eventueel medische informatie.", cost="€ 148,00 inclusief medische keuring.", dur="Binnen 8 weken."),
    "gehandicaptenparkeerplaats": dict(cat="verkeer", aud="b", t=["Gehandicaptenparkeerplaats aanvragen", "Gehandicaptenparkeerplaats", "Parkeerplaats op kenteken", "Invalidenparkeerplaats aanvragen", "Gehandicaptenparkeerplaats"],
        intro="Heeft u een gehandicaptenparkeerkaart en kunt u in uw straat vaak niet parkeren? Dan kunt u een parkeerplaats bij uw woning aanvragen, op het kenteken van uw auto.",
        need="Een geldige gehandicaptenparkeerkaart (bestuurderskaart).", cost="Gratis.", dur="Binnen 12 weken."),
    "hondenbelasting": dict(cat="belastingen", aud="b", t=["Hondenbelasting", "Hond aan- of afmelden", "Hondenbelasting: hond aanmelden of afmelden", "Hondenbelasting", "Hond aanmelden"],
        intro="Heeft u een hond? Dan betaalt u hondenbelasting. U meldt uw hond aan binnen 14 dagen nadat u de hond heeft gekregen, en meldt hem af als u de hond niet meer heeft.",
        need="Uw burgerservicenummer en de datum waarop u de hond kreeg.", cost="€ 84,00 per hond per jaar.", dur="U krijgt een (aangepaste) aanslag."),
    "belastingkwijtschelding": dict(cat="belastingen", aud="bo", t=["Kwijtschelding gemeentelijke belastingen", "Kwijtschelding aanvragen", "Kwijtschelding belastingen", "Belastingen, kwijtschelding", "Kwijtschelding van belastingen"],
        intro="Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor de afvalstoffenheffing en rioolheffing. U vraagt kwijtschelding aan binnen 3 maanden na de dagtekening van de aanslag.",
        need="Bewijsstukken van uw inkomen, vaste lasten en vermogen.", cost="Gratis.", dur="Binnen 8 weken."),
    "woz-bezwaar": dict(cat="belastingen", aud="bo", t=["Bezwaar maken tegen de WOZ-waarde", "WOZ-waarde, bezwaar maken", "Bezwaar WOZ-beschikking", "WOZ-bezwaar", "Bezwaar tegen WOZ-waarde"],
        intro="Bent u het niet eens met de WOZ-waarde van uw woning of bedrijfspand? Dan kunt u binnen 6 weken na de dagtekening van de beschikking bezwaar maken. Bekijk eerst het taxatieverslag.",
        need="Het aanslagnummer en uw argumenten, bijvoorbeeld verkoopprijzen van vergelijkbare woningen.", cost="Gratis.", dur="Binnen 19 weken uitspraak."),
    "bijstand": dict(cat="werk", aud="b", t=["Bijstandsuitkering aanvragen", "Bijstand", "Uitkering aanvragen", "Bijstand aanvragen", "Bijstandsuitkering"],
        intro="Heeft u niet genoeg inkomen of vermogen om van te leven? Dan kunt u misschien een bijstandsuitkering krijgen op grond van de Participatiewet.",
        need="Uw identiteitsbewijs, bankafschriften van de laatste 3 maanden en uw huurcontract.", cost="Gratis.", dur="Binnen 8 weken een besluit."),
    "bijzondere-bijstand": dict(cat="werk", aud="b", t=["Bijzondere bijstand aanvragen", "Bijzondere bijstand", "Bijzondere kosten vergoed krijgen", "Bijzondere bijstand", "Vergoeding bijzondere kosten"],
        intro="Heeft u onverwachte, noodzakelijke kosten die u niet zelf kunt betalen, zoals een eigen bijdrage voor een bewindvoerder of een nieuwe wasmachine? Dan kunt u bijzondere bijstand aanvragen.",
        need="Een offerte of nota van de kosten en bewijs van uw inkomen.", cost="Gratis.", dur="Binnen 8 weken."),
    "wmo-voorziening": dict(cat="zorg", aud="b", t=["Wmo-voorziening aanvragen", "Hulp en ondersteuning (Wmo)", "Wmo: hulp bij het huishouden en hulpmiddelen", "Ondersteuning thuis aanvragen", "Zorg en ondersteuning (Wmo)"],
        intro="Heeft u hulp nodig om zelfstandig thuis te blijven wonen, bijvoorbeeld hulp bij het huishouden, een rolstoel of een woningaanpassing? Dan kunt u een melding doen voor ondersteuning uit de Wet maatschappelijke ondersteuning (Wmo).",
        need="Een beschrijving van uw situatie.", cost="U betaalt een eigen bijdrage via het CAK.", dur="Binnen 6 weken een gesprek en advies."),
    "leerlingenvervoer": dict(cat="zorg", aud="b", t=["Leerlingenvervoer aanvragen", "Leerlingenvervoer", "Vervoer naar school", "Vergoeding leerlingenvervoer", "Leerlingenvervoer"],
        intro="Gaat uw kind naar een school die ver weg ligt, of kan uw kind door een beperking niet zelfstandig reizen? Dan kunt u een vergoeding of aangepast vervoer aanvragen.",
        need="Gegevens van de school en eventueel een verklaring van een arts.", cost="Afhankelijk van uw inkomen kan een eigen bijdrage gelden.", dur="Vraag aan vóór 1 juni voor het nieuwe schooljaar."),
    "grofvuil": dict(cat="afval", aud="b", t=["Grofvuil laten ophalen", "Grof huishoudelijk afval", "Grofvuil", "Grofvuil ophalen", "Grof afval"],
        intro="Grof huishoudelijk afval, zoals meubels, matrassen en tapijt, kunt u zelf naar de milieustraat brengen of aan huis laten ophalen.",
        need="Een lijst met de spullen die u wilt laten ophalen.", cost="Eerste 2 m³ per jaar gratis.", dur="Binnen 2 weken opgehaald."),
    "afvalcontainer": dict(cat="afval", aud="b", t=["Afvalcontainer aanvragen of wijzigen", "Minicontainer aanvragen, wijzigen of omruilen", "Container aanvragen", "Afvalcontainer kapot of kwijt", "Minicontainers"],
        intro="Verhuist u, is uw container kapot of wilt u een grotere of kleinere container? Dan vraagt u een nieuwe container aan of wijzigt u uw container.",
        need="Uw adres en het chipnummer van de container.", cost="Omruilen € 25,00; nieuwe container gratis bij verhuizing.", dur="Binnen 10 werkdagen."),
    "melding-openbare-ruimte": dict(cat="buurt", aud="bo", t=["Melding openbare ruimte", "Melding doen", "Melding openbare ruimte doen", "Meldingen woon- en leefomgeving", "Melding openbare ruimte"],
        intro="Ziet u een kapotte lantaarnpaal, een losliggende stoeptegel of zwerfafval? Meld het ons, dan lossen wij het zo snel mogelijk op.",
        need="De plaats van het probleem en eventueel een foto.", cost="Gratis.", dur="Meestal binnen 5 werkdagen opgelost."),
    "omgevingsvergunning": dict(cat="wonen", aud="bo", t=["Omgevingsvergunning aanvragen", "Omgevingsvergunning", "Vergunning voor bouwen en verbouwen", "Bouwen en verbouwen: omgevingsvergunning", "Omgevingsvergunning aanvragen"],
        intro="Voor bouwen, verbouwen, slopen of het gebruiken van een gebouw voor iets anders heeft u soms een omgevingsvergunning nodig. Sinds 1 januari 2024 geldt de Omgevingswet.",
        need="Bouwtekeningen en een situatieschets.", cost="Leges volgens de legesverordening.", dur="8 weken (reguliere procedure), 26 weken (uitgebreide procedure)."),
    "kapvergunning": dict(cat="wonen", aud="bo", t=["Kapvergunning aanvragen", "Boom kappen", "Bomen kappen (omgevingsvergunning)", "Kapvergunning", "Vergunning voor het kappen van een boom"],
        intro="Wilt u een boom kappen? Voor veel bomen heeft u een vergunning nodig. Dat hangt af van de dikte van de stam en de plek van de boom.",
        need="Een foto van de boom en een tekening met de plek.", cost="€ 85,00 per aanvraag.", dur="8 weken."),
    "bouwdossier-inzage": dict(cat="wonen", aud="bo", t=["Bouwdossier inzien", "Bouwtekening opvragen", "Bouwarchief raadplegen", "Bouwtekeningen opvragen of inzien", "Inzage bouwdossier"],
        intro="Wilt u de bouwtekeningen of vergunningen van uw huis bekijken? Dan kunt u het bouwdossier inzien of een kopie opvragen.",
        need="Het adres van het pand.", cost="Inzien gratis; digitale kopie € 12,50.", dur="Binnen 10 werkdagen."),
    "bezwaar": dict(cat="bestuur", aud="bo", t=["Bezwaar maken", "Bezwaar maken tegen een besluit", "Bezwaarschrift indienen", "Bezwaar en beroep", "Bezwaar maken"],
        intro="Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken na de datum van het besluit bezwaar maken.",
        need="Een kopie van het besluit.", cost="Gratis.", dur="Binnen 12 weken een beslissing."),
    "klacht": dict(cat="bestuur", aud="bo", t=["Klacht indienen", "Klacht over de gemeente", "Klachten", "Klacht indienen over een medewerker", "Klachtenregeling"],
        intro="Bent u ontevreden over hoe een medewerker of bestuurder van de gemeente u heeft behandeld? Dan kunt u een klacht indienen.",
        need="Een omschrijving van wat er is gebeurd.", cost="Gratis.", dur="Binnen 6 weken."),
    "woo-verzoek": dict(cat="bestuur", aud="bo", t=["Woo-verzoek indienen", "Informatie opvragen (Woo-verzoek)", "Verzoek Wet open overheid", "Woo-verzoek", "Openbaarheid van bestuur (Woo)"],
        intro="Wilt u informatie van de gemeente die nog niet openbaar is? Dan kunt u een verzoek doen op grond van de Wet open overheid (Woo). Vroeger heette dit een Wob-verzoek.",
        need="Een zo duidelijk mogelijke omschrijving van de informatie.", cost="Gratis.", dur="Binnen 4 weken (kan met 2 weken worden verlengd)."),
    "subsidie": dict(cat="bestuur", aud="bo", t=["Subsidie aanvragen", "Subsidies", "Subsidie aanvragen voor verenigingen en organisaties", "Subsidie", "Subsidie aanvragen"],
        intro="Organiseert u een activiteit die goed is voor de inwoners, of heeft uw vereniging steun nodig? Dan kunt u misschien subsidie krijgen.",
        need="Een activiteitenplan en een begroting.", cost="Gratis.", dur="Binnen 13 weken."),
    "evenementenvergunning": dict(cat="ondernemen", aud="o", t=["Evenementenvergunning aanvragen", "Evenementenvergunning", "Evenement organiseren", "Evenementen", "Evenementenvergunning aanvragen"],
        intro="Organiseert u een evenement, zoals een braderie, festival of sportwedstrijd op de openbare weg? Dan heeft u meestal een evenementenvergunning nodig.",
        need="Een situatietekening, een draaiboek en een veiligheidsplan.", cost="Leges vanaf € 95,00.", dur="8 tot 12 weken; vraag op tijd aan."),
    "exploitatievergunning-horeca": dict(cat="ondernemen", aud="o", t=["Exploitatievergunning horeca", "Horeca, exploitatievergunning", "Horecavergunning (exploitatie)", "Exploitatievergunning", "Horecabedrijf beginnen"],
        intro="Wilt u een horecabedrijf beginnen, zoals een café, restaurant of snackbar? Dan heeft u een exploitatievergunning nodig.",
        need="Een plattegrond, huurcontract en uittreksel KvK.", cost="€ 250,00.", dur="8 weken."),
    "alcoholvergunning": dict(cat="ondernemen", aud="o", t=["Alcoholvergunning aanvragen", "Alcoholwetvergunning", "Drank- en horecavergunning", "Alcoholvergunning", "Vergunning Alcoholwet"],
        intro="Schenkt u in uw horecabedrijf of slijterij alcoholhoudende drank? Dan heeft u een alcoholvergunning nodig op grond van de Alcoholwet (vroeger Drank- en Horecawet).",
        need="Verklaring Sociale Hygiëne van de leidinggevenden en een plattegrond.", cost="€ 332,00.", dur="8 weken."),
    "terrasvergunning": dict(cat="ondernemen", aud="o", t=["Terrasvergunning aanvragen", "Terras", "Terrasvergunning", "Terras bij uw horecazaak", "Terrasvergunning aanvragen"],
        intro="Wilt u bij uw horecazaak een terras op de openbare weg? Dan heeft u een terrasvergunning nodig.",
        need="Een tekening met de afmetingen van het terras.", cost="€ 120,00.", dur="8 weken."),
    "standplaatsvergunning": dict(cat="ondernemen", aud="o", t=["Standplaatsvergunning aanvragen", "Standplaats, aanvraag", "Standplaatsvergunning", "Standplaats innemen", "Verkopen vanaf een standplaats"],
        intro="Wilt u vanuit een kraam, wagen of auto iets verkopen op een vaste plek op de openbare weg, buiten de weekmarkt? Dan heeft u een standplaatsvergunning nodig.",
        need="Een uittreksel van de KvK en een foto van de verkoopwagen.", cost="€ 75,00.", dur="8 weken."),
    "marktvergunning": dict(cat="ondernemen", aud="o", t=["Marktvergunning aanvragen", "Weekmarkt: plaats op de markt", "Marktplaats aanvragen", "Marktvergunning", "Weekmarkt"],
        intro="Wilt u als marktkoopman een vaste of losse plaats op de weekmarkt? Dan heeft u een marktvergunning (vaste plaats) of een dagplaats nodig.",
        need="Een uittreksel van de KvK.", cost="Marktgeld per strekkende meter.", dur="Vaste plaats: wachtlijst."),
    "reclamebelasting": dict(cat="belastingen", aud="o", t=["Reclamebelasting", "Reclamebelasting en reclame-uitingen", "Reclamebelasting", "Reclamebelasting ondernemers", "Reclamebelasting"],
        intro="Ondernemers met reclame die vanaf de openbare weg zichtbaar is, betalen in het centrum reclamebelasting. De opbrengst gaat naar het ondernemersfonds.",
        need="-", cost="Volgens de tarieventabel.", dur="-"),
    "geluidsontheffing": dict(cat="ondernemen", aud="o", t=["Geluidsontheffing aanvragen", "Geluidhinder, ontheffing", "Ontheffing geluid", "Geluidsontheffing", "Ontheffing geluidhinder"],
        intro="Maakt u bij een feest, evenement of werkzaamheden meer geluid dan is toegestaan? Dan heeft u een ontheffing nodig.",
        need="De datum, tijden en soort geluidsbronnen.", cost="€ 45,00.", dur="4 weken."),
    "winkeltijdenontheffing": dict(cat="ondernemen", aud="o", t=["Ontheffing winkeltijden", "Winkeltijden en koopzondagen", "Winkeltijdenontheffing", "Winkel open op zondag", "Ontheffing winkeltijden"],
        intro="Wilt u uw winkel openen buiten de normale winkeltijden? Dan heeft u soms een ontheffing nodig.",
        need="-", cost="€ 60,00.", dur="4 weken."),
    "kansspelautomaatvergunning": dict(cat="ondernemen", aud="o", t=["Aanwezigheidsvergunning kansspelautomaten", "Speelautomaten in horeca", "Kansspelautomaat", "Vergunning speelautomaten", "Aanwezigheidsvergunning kansspelautomaten"],
        intro="Wilt u in uw horecabedrijf een of meer kansspelautomaten plaatsen? Dan heeft u een aanwezigheidsvergunning nodig.",
        need="Een geldige alcoholvergunning.", cost="€ 56,50 per automaat per jaar.", dur="8 weken."),
    "collectevergunning": dict(cat="ondernemen", aud="bo", t=["Collectevergunning aanvragen", "Collecteren", "Collecte houden", "Collectevergunning", "Inzamelingsactie of collecte"],
        intro="Wilt u geld of goederen inzamelen voor een goed doel, langs de deuren of op straat? Dan heeft u een vergunning nodig.",
        need="Gegevens van de organisatie en de periode van de collecte.", cost="Gratis.", dur="4 weken."),
    "ligplaatsvergunning": dict(cat="wonen", aud="bo", t=["Ligplaatsvergunning aanvragen", "Ligplaats voor een boot", "Ligplaatsvergunning", "Boot aanleggen in gemeentelijk water", "Ligplaatsvergunning aanvragen"],
        intro="Wilt u een boot, woonboot of ander vaartuig langer dan 3 dagen in gemeentelijk water laten liggen? Dan heeft u een ligplaatsvergunning nodig.",
        need="De afmetingen van het vaartuig.", cost="€ 45,00 per jaar.", dur="8 weken."),
    "uitwegvergunning": dict(cat="wonen", aud="bo", t=["Uitweg of inrit aanvragen", "Uitrit aanleggen", "Inrit/uitweg aanvragen", "Uitwegvergunning", "Inrit aanleggen of wijzigen"],
        intro="Wilt u een nieuwe inrit (uitweg) aanleggen of een bestaande inrit veranderen? Dan heeft u een vergunning nodig.",
        need="Een situatietekening met de plek en breedte van de inrit.", cost="€ 110,00 leges.", dur="8 weken."),
    "belastingaanslag-bezwaar": dict(cat="belastingen", aud="bo", t=["Bezwaar maken tegen de aanslag gemeentelijke belastingen", "Bezwaar belastingaanslag", "Belastingaanslag, bezwaar", "Bezwaar tegen uw aanslag", "Bezwaar tegen gemeentelijke belastingen"],
        intro="Bent u het niet eens met de aanslag gemeentelijke belastingen, bijvoorbeeld de afvalstoffenheffing of de onroerendezaakbelasting? Dan kunt u binnen 6 weken bezwaar maken.",
        need="Het aanslagnummer.", cost="Gratis.", dur="Binnen 12 weken."),
    "betalingsregeling": dict(cat="belastingen", aud="bo", t=["Betalingsregeling aanvragen", "Belastingen, betalingsregeling", "Betalen in termijnen", "Betalingsregeling belastingen", "Uitstel van betaling of betalingsregeling"],
        intro="Kunt u uw aanslag gemeentelijke belastingen niet in één keer betalen? Dan kunt u een betalingsregeling aanvragen of automatisch in termijnen betalen.",
        need="Het aanslagnummer en uw IBAN.", cost="Gratis.", dur="Binnen 4 weken."),
}

CATS = {
    "burgerzaken": "Burgerzaken", "verkeer": "Verkeer en parkeren", "belastingen": "Belastingen",
    "werk": "Werk en inkomen", "zorg": "Zorg en ondersteuning", "afval": "Afval",
    "buurt": "Openbare ruimte", "wonen": "Bouwen en wonen", "bestuur": "Bestuur en organisatie",
    "ondernemen": "Ondernemen",
}

# Auxiliary documents that sit next to a product (never its route).
AUX = {
    "paspoort": "Verklaring toestemming reisdocument minderjarige",
    "identiteitskaart": "Verklaring toestemming reisdocument minderjarige",
    "verhuismelding": "Verklaring hoofdbewoner (toestemming inwoning)",
    "gehandicaptenparkeerkaart": "Medische vragenlijst (informatie voor de keuringsarts)",
    "bijstand": "Checklist bewijsstukken bijstand",
    "bijzondere-bijstand": "Machtiging bewindvoerder",
    "huwelijksaangifte": "Verklaring getuigen",
    "belastingkwijtschelding": "Lijst van benodigde bewijsstukken",
}

# Related, unlabelled products (siblings) with their own, higher route.
SIBLING = {
    "huwelijksaangifte": ("Trouwlocatie reserveren", "trouwlocatie-reserveren", "67"),
    "identiteitskaart": ("Vermissing of diefstal reisdocument melden", "vermissing-reisdocument", "100"),
    "paspoort": ("Vermissing of diefstal reisdocument melden", "vermissing-reisdocument", "100"),
    "bijzondere-bijstand": ("Individuele inkomenstoeslag aanvragen", "individuele-inkomenstoeslag", "100"),
    "bijstand": ("Meedoenregeling aanvragen", "meedoenregeling", "100"),
    "wmo-voorziening": ("Mantelzorgwaardering aanvragen", "mantelzorgwaardering", "100"),
    "evenementenvergunning": ("Klein evenement melden", "klein-evenement-melden", "67"),
    "geluidsontheffing": ("Incidentele festiviteit melden", "incidentele-festiviteit", "67"),
    "terrasvergunning": ("Tijdelijke terrasuitbreiding melden", "terrasuitbreiding-melden", "67"),
    "gehandicaptenparkeerplaats": ("Parkeerontheffing voor mantelzorgers", "ontheffing-mantelzorgers", "100"),
    "gehandicaptenparkeerkaart": ("Parkeerontheffing voor mantelzorgers", "ontheffing-mantelzorgers", "100"),
    "kapvergunning": ("Boom snoeien of melden (openbaar groen)", "boom-melden", "67"),
    "collectevergunning": ("Loterijvergunning aanvragen", "loterijvergunning", "67"),
    "standplaatsvergunning": ("Snuffelmarkt of rommelmarkt melden", "rommelmarkt-melden", "67"),
}

# Text for a login of another body shown as an aside (trap_other_body_login).
OTHER_TEXT = {
    "rdw": "Wilt u uw gehandicaptenparkeerkaart koppelen aan een kenteken of uw voertuiggegevens bekijken? Dat regelt u bij de RDW.",
    "cbr": "Rijbewijs verlengen na uw 75e? Vul eerst de Gezondheidsverklaring in bij het CBR.",
    "justis": "Voor de Bibob-toets of een Verklaring Omtrent het Gedrag (VOG) voor uw leidinggevenden gaat u naar Justis.",
    "bld": "De WOZ-waarde gebruikt de Belastingdienst ook voor uw aangifte inkomstenbelasting. Vragen over uw aangifte stelt u aan de Belastingdienst.",
    "uwv": "Bent u ziek of werkloos geworden? Vraag dan eerst een uitkering aan bij UWV.",
    "werk": "Bent u tussen 18 en 67 jaar? Schrijf u dan eerst in als werkzoekende op werk.nl. Let op: deze inschrijving is nog geen aanvraag.",
    "svb": "Heeft u AOW en een laag inkomen? Dan vraagt u een aanvullende inkomensvoorziening ouderen (AIO) aan bij de SVB, niet bij de gemeente.",
    "duo": "Gaat uw kind naar het mbo of hoger onderwijs? Dan vraagt het zelf een studentenreisproduct aan bij DUO.",
    "gblt": "Kwijtschelding van de waterschapsbelasting vraagt u apart aan bij GBLT.",
    "prov": "Zoekt u een subsidie van de provincie, bijvoorbeeld voor natuur of erfgoed? Kijk dan in het subsidieloket van de provincie.",
    "ws": "De waterschapsbelasting en kwijtschelding daarvan regelt u bij het waterschap.",
}

# ---------------------------------------------------------------- labelling specs
# One line per product: key route [trap ...] [share=<key>] [title=<Title_with_underscores>]
# route: 0app (appointment only), 0bal (counter), 0tel (phone), 0mail (letter / e-mail),
#        0req (form only on request), 0uv (undertaker does it),
#        33 / 67 / 100 / 100p (pre-fill stated) / 100e (eHerkenning) / 100de (DigiD + eHerkenning),
#        <level>v:<body> (the route is another body's), no:<reason>, nf (no page at all)
SPECS = {
"zuidplas": """
brp-uittreksel 100 appt_digid direct mijnoverheid
verhuismelding 100 aux_pdf appt_manage status
geboorteaangifte 0app appt_digid appt_manage not_online
overlijdensaangifte 100e appt_digid callback_digid
huwelijksaangifte 100 appt_digid sibling
paspoort 0app appt_digid appt_manage aux_pdf direct other_login:cbr
identiteitskaart 0app appt_digid sibling mijnoverheid
parkeervergunning no:free_parking title=Parkeren_in_Zuidplas
gehandicaptenparkeerkaart 100 other_login:rdw callback_digid
gehandicaptenparkeerplaats 33 sibling
hondenbelasting 100 payment regulation_pdf
belastingkwijtschelding 100v:sdmh tax_login other_login:ws
woz-bezwaar 100 wozloket other_login:bld
bijstand 100v:sdmh other_login:svb other_login:werk
bijzondere-bijstand 100v:sdmh sibling selftest
wmo-voorziening 67 callback_digid question_digid
leerlingenvervoer 100 regulation_pdf other_login:duo
grofvuil 67v:cyclus own_login
afvalcontainer 67v:cyclus own_login
melding-openbare-ruimte 67 question_digid
omgevingsvergunning 100v:olo regional_login:odmh
kapvergunning 67 omgevingsloket sibling
bouwdossier-inzage 67 mailto
bezwaar 100 callback_digid
klacht 67 question_digid
woo-verzoek 67 mailto
subsidie 100de other_login:prov
evenementenvergunning 100e sibling
exploitatievergunning-horeca 33 seealso_form:alcoholvergunning other_login:justis
alcoholvergunning 100e other_login:justis
terrasvergunning 33 sibling
standplaatsvergunning 33 sibling
marktvergunning 0bal not_online
reclamebelasting nf
geluidsontheffing 67 sibling
winkeltijdenontheffing no:shop_free title=Winkeltijden
kansspelautomaatvergunning 33 regulation_pdf
collectevergunning 67 sibling
ligplaatsvergunning no:province_waters other_login:prov title=Ligplaatsen_en_aanlegplaatsen
uitwegvergunning 100v:olo omgevingsloket
belastingaanslag-bezwaar 100 other_login:bld
betalingsregeling 67 tax_login payment
""",
"beuningen": """
brp-uittreksel 33 appt_digid direct
verhuismelding 100 aux_pdf mijnoverheid
geboorteaangifte 0app appt_digid appt_manage
overlijdensaangifte 0app appt_digid not_online
huwelijksaangifte 0app appt_digid sibling
paspoort 0app appt_digid appt_manage aux_pdf other_login:cbr
identiteitskaart 0app appt_digid appt_manage aux_pdf other_login:cbr share=paspoort
parkeervergunning 67 title=Parkeerontheffing_blauwe_zone
gehandicaptenparkeerkaart 33 other_login:rdw sibling
gehandicaptenparkeerplaats 33 seealso_pdf:gehandicaptenparkeerkaart
hondenbelasting no:dog_abolished title=Hond_in_Beuningen
belastingkwijtschelding 100 payment other_login:ws
woz-bezwaar 100 wozloket other_login:bld
bijstand 100 other_login:werk other_login:svb
bijzondere-bijstand 33 selftest sibling
wmo-voorziening 0tel callback_digid selftest
leerlingenvervoer 100 other_login:duo
grofvuil 67v:dar own_login
afvalcontainer 100v:dar
melding-openbare-ruimte 67 question_digid
omgevingsvergunning 100v:olo regional_login:odrn
kapvergunning 100v:olo
bouwdossier-inzage 0app appt_digid not_online
bezwaar 33 mailto
klacht 67 callback_digid
woo-verzoek 33 mailto
subsidie 100de other_login:prov
evenementenvergunning 33 sibling
exploitatievergunning-horeca 33 other_login:justis
alcoholvergunning 33 other_login:justis seealso_pdf:exploitatievergunning-horeca
terrasvergunning 33
standplaatsvergunning 33
marktvergunning nf
reclamebelasting no:no_reclame title=Reclame
geluidsontheffing 33 sibling
winkeltijdenontheffing nf
kansspelautomaatvergunning 33
collectevergunning no:collecte_free title=Collecteren
ligplaatsvergunning nf
uitwegvergunning 67
belastingaanslag-bezwaar 100 other_login:bld
betalingsregeling 0tel tax_login payment
""",
"hilvarenbeek": """
brp-uittreksel 67 appt_digid
verhuismelding 100 aux_pdf
geboorteaangifte 0app appt_digid
overlijdensaangifte 0uv not_online
huwelijksaangifte 0app appt_digid appt_manage
paspoort 0app appt_digid direct aux_pdf
identiteitskaart 0app appt_digid direct
parkeervergunning no:free_parking_all title=Parkeren
gehandicaptenparkeerkaart 0req other_login:rdw
gehandicaptenparkeerplaats 0req
hondenbelasting 33 payment regulation_pdf
belastingkwijtschelding 33 other_login:ws tax_login
woz-bezwaar 33 wozloket tax_login
bijstand 100v:werkplein other_login:werk
bijzondere-bijstand 100v:werkplein selftest
wmo-voorziening 67 callback_digid
leerlingenvervoer 33 other_login:duo
grofvuil 67
afvalcontainer 67
melding-openbare-ruimte 67 question_digid
omgevingsvergunning 100v:olo regional_login:omwb
kapvergunning 100v:olo
bouwdossier-inzage 67
bezwaar 0mail mailto
klacht 67
woo-verzoek 0mail mailto
subsidie 33pe other_login:prov
evenementenvergunning 33 sibling
exploitatievergunning-horeca no:expl_dereg title=Horecabedrijf_starten
alcoholvergunning 33 other_login:justis
terrasvergunning no:terras_free title=Terras_bij_uw_horecazaak
standplaatsvergunning 33
marktvergunning 0bal
reclamebelasting nf
geluidsontheffing 67
winkeltijdenontheffing no:shop_free title=Winkeltijden
kansspelautomaatvergunning 33
collectevergunning 67 sibling
ligplaatsvergunning nf
uitwegvergunning 100v:olo
belastingaanslag-bezwaar 33 other_login:bld tax_login
betalingsregeling 67 payment
""",
"overbetuwe": """
brp-uittreksel 100 appt_digid
verhuismelding 100 aux_pdf appt_manage
geboorteaangifte 100 appt_digid
overlijdensaangifte 100e appt_digid
huwelijksaangifte 100 sibling
paspoort 0app appt_digid appt_manage direct other_login:cbr
identiteitskaart 0app appt_digid appt_manage direct
parkeervergunning 100v:parkeer other_login:rdw
gehandicaptenparkeerkaart 100 sibling
gehandicaptenparkeerplaats 100
hondenbelasting 100 tax_login
belastingkwijtschelding 100 other_login:gblt
woz-bezwaar 100 wozloket
bijstand 100 other_login:werk other_login:svb
bijzondere-bijstand 100 selftest
wmo-voorziening 100 callback_digid
leerlingenvervoer 100
grofvuil 67 own_login
afvalcontainer 67
melding-openbare-ruimte 67 question_digid
omgevingsvergunning 100v:olo regional_login:odr
kapvergunning 100v:olo
bouwdossier-inzage 67
bezwaar 100
klacht 67
woo-verzoek 67
subsidie 100de other_login:prov
evenementenvergunning 100e
exploitatievergunning-horeca 100e other_login:justis
alcoholvergunning 100e other_login:justis
terrasvergunning 100e
standplaatsvergunning 67
marktvergunning 67
reclamebelasting no:no_reclame_fund title=Reclame-uitingen_en_ondernemersfonds
geluidsontheffing 67
winkeltijdenontheffing 67
kansspelautomaatvergunning 33
collectevergunning 67
ligplaatsvergunning nf
uitwegvergunning 100v:olo
belastingaanslag-bezwaar 100
betalingsregeling 100
""",
"bodegraven": """
brp-uittreksel 100p appt_digid
verhuismelding 100p aux_pdf
geboorteaangifte 0app appt_digid appt_manage
overlijdensaangifte 0uv appt_digid
huwelijksaangifte 100p appt_digid
paspoort 0app appt_digid appt_manage direct
identiteitskaart 0app appt_digid appt_manage direct
parkeervergunning 67 title=Ontheffing_blauwe_zone
gehandicaptenparkeerkaart 100p other_login:rdw
gehandicaptenparkeerplaats 100p
hondenbelasting 100v:bsgr
belastingkwijtschelding 100v:bsgr other_login:ws
woz-bezwaar 100v:bsgr wozloket
bijstand 100v:sdmh other_login:werk
bijzondere-bijstand 100v:sdmh
wmo-voorziening 0tel regional_login:sdmh callback_digid
leerlingenvervoer 100p other_login:duo
grofvuil 67v:cyclus
afvalcontainer 67v:cyclus
melding-openbare-ruimte 67 question_digid
omgevingsvergunning 100v:olo regional_login:odmh
kapvergunning 100v:olo
bouwdossier-inzage 67v:samh
bezwaar 100p
klacht 100p
woo-verzoek 67
subsidie 100de
evenementenvergunning 100e
exploitatievergunning-horeca 33 other_login:justis
alcoholvergunning 33 other_login:justis
terrasvergunning 67
standplaatsvergunning 67
marktvergunning 0bal
reclamebelasting nf
geluidsontheffing 67
winkeltijdenontheffing no:shop_free title=Koopzondagen_en_winkeltijden
kansspelautomaatvergunning 33
collectevergunning 67
ligplaatsvergunning 33
uitwegvergunning 67
belastingaanslag-bezwaar 100v:bsgr
betalingsregeling 100v:bsgr
""",
"oostzaan": """
brp-uittreksel 100 appt_digid
verhuismelding 100 aux_pdf
geboorteaangifte 0app appt_digid
overlijdensaangifte 0app appt_digid not_online
huwelijksaangifte 0app appt_digid sibling
paspoort 0app appt_digid appt_manage aux_pdf
identiteitskaart 0app appt_digid appt_manage
parkeervergunning no:free_parking title=Parkeren
gehandicaptenparkeerkaart 33 other_login:rdw
gehandicaptenparkeerplaats 33
hondenbelasting 100v:cocensus
belastingkwijtschelding 100v:cocensus other_login:ws
woz-bezwaar 100v:cocensus wozloket
bijstand 100v:over other_login:werk other_login:svb
bijzondere-bijstand 100v:over
wmo-voorziening 67v:over callback_digid
leerlingenvervoer 100v:over other_login:duo
grofvuil 67v:hvc own_login
afvalcontainer 67v:hvc
melding-openbare-ruimte 67 question_digid
omgevingsvergunning 100v:olo regional_login:odnzkg
kapvergunning 100v:olo
bouwdossier-inzage 67
bezwaar 67
klacht 67
woo-verzoek 67
subsidie 33
evenementenvergunning 33 sibling
exploitatievergunning-horeca 33
alcoholvergunning 33 other_login:justis
terrasvergunning 33
standplaatsvergunning 33
marktvergunning nf
reclamebelasting nf
geluidsontheffing 33 sibling
winkeltijdenontheffing nf
kansspelautomaatvergunning nf
collectevergunning 33w
ligplaatsvergunning 33
uitwegvergunning 67
belastingaanslag-bezwaar 100v:cocensus other_login:bld
betalingsregeling 100v:cocensus
""",
"ooststellingwerf": """
brp-uittreksel 100 appt_digid
verhuismelding 100 aux_pdf
geboorteaangifte 0app appt_digid
overlijdensaangifte 0uv
huwelijksaangifte 33 appt_digid
paspoort 0app appt_digid appt_manage direct
identiteitskaart 0app appt_digid direct
parkeervergunning no:blue_zone_only title=Parkeren_in_Oosterwolde
gehandicaptenparkeerkaart 100 other_login:rdw
gehandicaptenparkeerplaats 33
hondenbelasting 33 payment
belastingkwijtschelding 100 other_login:ws
woz-bezwaar 100 wozloket
bijstand 100 other_login:werk
bijzondere-bijstand 100 selftest
wmo-voorziening 0tel callback_digid
leerlingenvervoer 33 other_login:duo
grofvuil 67v:omrin own_login
afvalcontainer 67v:omrin
melding-openbare-ruimte 67
omgevingsvergunning 100v:olo regional_login:fumo
kapvergunning 67 omgevingsloket
bouwdossier-inzage 0app appt_digid
bezwaar 100
klacht 67
woo-verzoek 33 mailto
subsidie 100de other_login:prov
evenementenvergunning 100e
exploitatievergunning-horeca 33 other_login:justis
alcoholvergunning 33
terrasvergunning 33
standplaatsvergunning 33
marktvergunning 0bal
reclamebelasting no:no_reclame title=Reclame
geluidsontheffing 67
winkeltijdenontheffing no:shop_free title=Winkeltijden
kansspelautomaatvergunning 33
collectevergunning 67
ligplaatsvergunning 33
uitwegvergunning 67
belastingaanslag-bezwaar 100 other_login:bld
betalingsregeling 67 payment
""",
"hardinxveld": """
brp-uittreksel 100 appt_digid
verhuismelding 100 aux_pdf
geboorteaangifte 0app appt_digid
overlijdensaangifte 100e
huwelijksaangifte 100 appt_digid
paspoort 0app appt_digid appt_manage
identiteitskaart 0app appt_digid appt_manage
parkeervergunning no:free_parking title=Parkeren
gehandicaptenparkeerkaart 100v:sdd other_login:rdw
gehandicaptenparkeerplaats 33
hondenbelasting no:dog_abolished title=Hondenbelasting_afgeschaft
belastingkwijtschelding 100v:svhw
woz-bezwaar 100v:svhw wozloket
bijstand 100v:sdd other_login:werk
bijzondere-bijstand 100v:sdd selftest
wmo-voorziening 0tel regional_login:sdd callback_digid
leerlingenvervoer 100
grofvuil 67v:waardlanden
afvalcontainer 67v:waardlanden
melding-openbare-ruimte 67 question_digid
omgevingsvergunning 100v:olo regional_login:odzhz
kapvergunning 100v:olo
bouwdossier-inzage 67v:rad
bezwaar 100
klacht 67
woo-verzoek 67 mailto
subsidie 33
evenementenvergunning 67
exploitatievergunning-horeca 33 other_login:justis
alcoholvergunning 33
terrasvergunning 33
standplaatsvergunning 67
marktvergunning 0bal
reclamebelasting nf
geluidsontheffing 67v:odzhz
winkeltijdenontheffing no:shop_free title=Winkeltijden
kansspelautomaatvergunning 33
collectevergunning 67
ligplaatsvergunning 33
uitwegvergunning 67
belastingaanslag-bezwaar 100v:svhw other_login:bld
betalingsregeling 100v:svhw
""",
"voorst": """
brp-uittreksel 100 appt_digid
verhuismelding 100 aux_pdf
geboorteaangifte 67 appt_digid
overlijdensaangifte 0app appt_digid
huwelijksaangifte 100
paspoort 0app appt_digid direct aux_pdf
identiteitskaart 0app appt_digid direct
parkeervergunning 67 title=Parkeerontheffing_blauwe_zone_Twello
gehandicaptenparkeerkaart 100 other_login:rdw
gehandicaptenparkeerplaats 100
hondenbelasting 100
belastingkwijtschelding 33 other_login:gblt payment
woz-bezwaar 100 wozloket
bijstand 100 other_login:werk other_login:svb
bijzondere-bijstand 33 selftest
wmo-voorziening 67 callback_digid
leerlingenvervoer 100 other_login:duo
grofvuil 100v:circulus
afvalcontainer 100v:circulus
melding-openbare-ruimte 67
omgevingsvergunning 100v:olo regional_login:ovij
kapvergunning 100v:olo
bouwdossier-inzage 67
bezwaar 100
klacht 67
woo-verzoek 67
subsidie 100de other_login:prov
evenementenvergunning 100e
exploitatievergunning-horeca no:expl_dereg title=Horeca_exploiteren
alcoholvergunning 100e other_login:justis
terrasvergunning 67
standplaatsvergunning 67
marktvergunning 67
reclamebelasting nf
geluidsontheffing 67
winkeltijdenontheffing nf
kansspelautomaatvergunning 33
collectevergunning no:collecte_free title=Collecte_houden
ligplaatsvergunning nf
uitwegvergunning 67
belastingaanslag-bezwaar 100 other_login:bld
betalingsregeling 67 payment
""",
"middendrenthe": """
brp-uittreksel 0app appt_digid not_online
verhuismelding 100 aux_pdf
geboorteaangifte 0app appt_digid
overlijdensaangifte 0bal not_online
huwelijksaangifte 0app appt_digid
paspoort 0app appt_digid appt_manage direct
identiteitskaart 0app appt_digid appt_manage direct
parkeervergunning no:free_parking title=Parkeren
gehandicaptenparkeerkaart 33 other_login:rdw
gehandicaptenparkeerplaats 33
hondenbelasting 33 payment
belastingkwijtschelding 33 other_login:gblt payment
woz-bezwaar 100 wozloket
bijstand 100 other_login:werk
bijzondere-bijstand 33 selftest
wmo-voorziening 0tel callback_digid
leerlingenvervoer 33 other_login:duo
grofvuil 67
afvalcontainer 67
melding-openbare-ruimte 67 question_digid
omgevingsvergunning 100v:olo regional_login:rud
kapvergunning 100v:olo
bouwdossier-inzage 67
bezwaar 33
klacht 67
woo-verzoek 67
subsidie 33 other_login:prov
evenementenvergunning 33 sibling
exploitatievergunning-horeca 33
alcoholvergunning 33 other_login:justis
terrasvergunning nf
standplaatsvergunning 33
marktvergunning 0bal
reclamebelasting nf
geluidsontheffing 33
winkeltijdenontheffing nf
kansspelautomaatvergunning 33
collectevergunning nf
ligplaatsvergunning nf
uitwegvergunning 33
belastingaanslag-bezwaar 100 other_login:bld
betalingsregeling 33 payment
""",
}

NOT_OFFERED = {
    "free_parking": "Parkeren is in heel {g} gratis. Er zijn geen betaalde parkeerplaatsen en geen vergunninghoudersplaatsen. De gemeente geeft daarom geen parkeervergunningen uit.",
    "free_parking_all": "In {g} betaalt u nergens voor parkeren en is er geen blauwe zone. Een parkeervergunning of -ontheffing bestaat bij ons dan ook niet.",
    "blue_zone_only": "In het centrum van Oosterwolde geldt een blauwe zone. Daar parkeert u met een parkeerschijf. Voor bewoners en bedrijven worden geen parkeervergunningen of ontheffingen verstrekt.",
    "shop_free": "Winkels in {g} mogen op alle dagen van de week open zijn, ook op zondag, tussen 06.00 en 22.00 uur. U heeft daarvoor geen ontheffing nodig; de gemeente verleent deze ontheffing niet meer.",
    "province_waters": "De gemeente {g} geeft geen ligplaatsvergunningen af. De Ringvaart en de Hollandse IJssel zijn geen gemeentelijk water. Voor een ligplaats daar neemt u contact op met de vaarwegbeheerder (de provincie).",
    "dog_abolished": "De gemeenteraad heeft besloten de hondenbelasting per 1 januari 2019 af te schaffen. U hoeft uw hond daarom niet meer bij ons aan of af te melden.",
    "no_reclame": "De gemeente {g} heft geen reclamebelasting. Ondernemers betalen in {g} dus geen belasting voor reclame-uitingen.",
    "no_reclame_fund": "In {g} wordt geen reclamebelasting geheven. Het ondernemersfonds wordt betaald uit een opslag op de onroerendezaakbelasting voor niet-woningen; daarvoor hoeft u niets aan te vragen of aan te geven.",
    "collecte_free": "Voor een collecte heeft u in {g} geen vergunning meer nodig. De gemeente geeft geen collectevergunningen meer af. Het Centraal Bureau Fondsenwerving (CBF) maakt het landelijke collecterooster.",
    "expl_dereg": "Sinds 1 juli 2021 is de exploitatievergunning voor horecabedrijven in {g} afgeschaft. U hoeft deze vergunning niet meer aan te vragen. Schenkt u alcohol? Dan heeft u wel een alcoholvergunning nodig.",
    "terras_free": "Een terras bij uw horecazaak is in {g} vergunningvrij, als u zich houdt aan de regels uit de APV. De gemeente verleent geen terrasvergunningen.",
}

# ---------------------------------------------------------------- the web container
IDP = {
    "digid": "http://digid.test/saml/idp/request_authentication?SAMLRequest=fZJdT4MwFIbv",
    "eherkenning": "http://eherkenning.connectis.test/broker/select?RelayState=sp",
}


class Web:
    def __init__(self):
        self.files = {}
        self.redirects = []
        self._logins = {}
        self.sitemaps = {}   # host -> [paths]

    def put(self, host, path, data, sitemap=True):
        if isinstance(data, str):
            data = data.encode("utf-8")
        key = (host, path)
        if key in self.files and self.files[key] != data:
            raise SystemExit("conflicting content for http://%s%s" % key)
        if key not in self.files and sitemap and not path.endswith((".pdf", ".docx", ".png", ".svg", ".js", ".css", ".txt", ".xml")):
            self.sitemaps.setdefault(host, []).append(path)
        self.files[key] = data

    def has(self, host, path):
        return (host, path) in self.files

    def login(self, host, slug, kind="digid"):
        path = "/auth/%s/%s/start" % (slug, kind)
        url = "http://%s%s" % (host, path)
        if url not in self._logins:
            self._logins[url] = True
            self.redirects.append({"url": url, "status": 302, "location": IDP[kind]})
        return url

    def write(self, out):
        sites = os.path.join(out, "sites")
        for (host, path), data in sorted(self.files.items()):
            rel = path.lstrip("/")
            if path.endswith("/"):
                rel += "index.html"
            fn = os.path.join(sites, host, *rel.split("/"))
            d = os.path.dirname(fn)
            if os.path.isfile(d):
                raise SystemExit("file/dir clash at %s" % d)
            os.makedirs(d, exist_ok=True)
            if os.path.isdir(fn):
                raise SystemExit("dir/file clash at %s" % fn)
            with open(fn, "wb") as f:
                f.write(data)


W = Web()


def u(host, path):
    return "http://%s%s" % (host, path)


def split(url):
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    return host, "/" + path


def a(href, text, cls=None, extra=""):
    c = ' class="%s"' % cls if cls else ""
    return '<a href="%s"%s%s>%s</a>' % (E(href), c, extra, text)


def kb(n):
    return max(1, round(n / 1024))


def put_pdf(url, title, lines):
    data = make_pdf(title, lines)
    h, p = split(url)
    W.put(h, p, data)
    return "%s (pdf, %d kB)" % (E(title), kb(len(data)))


def put_docx(url, title, lines):
    data = make_docx(title, lines)
    h, p = split(url)
    W.put(h, p, data)
    return "%s (Word, %d kB)" % (E(title), kb(len(data)))


def simple_page(title, body, lang="nl", head="", cls=""):
    return ('<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n%s</head>\n<body>\n%s\n</body>\n</html>\n'
            % (lang, (' class="%s"' % cls) if cls else "", E(title), head, body))


def form_fields(fields):
    out = []
    for i, (label, typ) in enumerate(fields):
        fid = "f%d" % i
        if typ == "textarea":
            out.append('<p><label for="%s">%s *</label><br><textarea id="%s" name="%s" rows="5" required></textarea></p>' % (fid, E(label), fid, fid))
        elif typ.startswith("select:"):
            opts = "".join("<option>%s</option>" % E(o) for o in typ[7:].split("|"))
            out.append('<p><label for="%s">%s *</label><br><select id="%s" name="%s">%s</select></p>' % (fid, E(label), fid, fid, opts))
        elif typ == "file":
            out.append('<p><label for="%s">%s</label><br><input type="file" id="%s" name="%s"><br><small>Toegestaan: pdf, jpg, doc, docx. Max. bestandsgrootte: 2 MB.</small></p>' % (fid, E(label), fid, fid))
        else:
            out.append('<p><label for="%s">%s *</label><br><input type="%s" id="%s" name="%s" required></p>' % (fid, E(label), typ, fid, fid))
    return "\n".join(out)


def generic_fields(title):
    return [("Voorletters en achternaam", "text"), ("Straat en huisnummer", "text"), ("Postcode", "text"),
            ("Woonplaats", "text"), ("E-mailadres", "email"), ("Telefoonnummer", "tel"),
            ("Omschrijving van uw aanvraag: %s" % title, "textarea"), ("Bijlage", "file")]


# ---------------------------------------------------------------- identity providers
def build_idps():
    W.put("digid.test", "/", simple_page("DigiD", '<h1>DigiD</h1><p>Met DigiD logt u in bij de overheid en organisaties in de zorg.</p>'
                                         '<p>%s</p>' % a("/saml/idp/request_authentication", "Inloggen")))
    W.put("digid.test", "/saml/idp/request_authentication", simple_page(
        "Inloggen | DigiD",
        '<h1>Inloggen bij een overheidsorganisatie</h1><p>Kies hoe u wilt inloggen.</p>'
        '<form method="post" action="/saml/idp/request_authentication"><p><label>DigiD gebruikersnaam<br><input name="username"></label></p>'
        '<p><label>Wachtwoord<br><input type="password" name="password"></label></p><p><button type="submit">Inloggen</button></p></form>'
        '<p>%s</p><p>%s</p>' % (a("/saml/idp/request_authentication", "Inloggen met de DigiD app"), a("/", "Annuleren"))))
    W.put("eherkenning.connectis.test", "/broker/select", simple_page(
        "eHerkenning - kies uw leverancier",
        '<h1>Inloggen met eHerkenning</h1><p>Selecteer de leverancier van uw inlogmiddel.</p>'
        '<form method="post" action="/broker/select"><select name="idp"><option>KPN</option><option>Connectis</option>'
        '<option>Signicat</option><option>ZealiD</option></select> <button type="submit">Verder</button></form>'))


# ---------------------------------------------------------------- other bodies
BODY_PAGES = {}   # bkey -> list of (path, title)


def body_page(bkey, path, title, main):
    b = BODIES[bkey]
    nav = a("/", "Home")
    page = simple_page(
        "%s | %s" % (title, b["name"]),
        '<header class="body-header"><p class="logo">%s</p><nav>%s</nav></header>\n<main>\n<h1>%s</h1>\n%s\n</main>\n'
        '<footer><p>%s</p></footer>' % (E(b["name"]), nav, E(title), main, E(b["name"])))
    W.put(b["host"], path, page)
    lst = BODY_PAGES.setdefault(bkey, [])
    if (path, title) not in lst:
        lst.append((path, title))
    return u(b["host"], path)


def body_login(bkey):
    """The other body's own login page ('Mijn ...'), with DigiD."""
    b = BODIES[bkey]
    host = b["host"]
    slug = slugify(b.get("mijn", "mijn"))
    lg = W.login(host, slug)
    extra = ""
    if b["kind"] in ("province", "od"):
        extra = "<p>%s</p>" % a(W.login(host, slug, "eherkenning"), "Inloggen met eHerkenning")
    main = ('<p>Log in om uw persoonlijke gegevens en lopende zaken bij %s te bekijken.</p>'
            '<p><a class="btn" href="%s"><img src="/img/digid-logo.svg" alt="DigiD" width="46" height="46"> Inloggen met DigiD</a></p>%s'
            % (E(b["name"]), E(lg), extra))
    ensure_logo(host)
    return body_page(bkey, "/" + slug, b.get("mijn", "Inloggen"), main)


def ensure_logo(host):
    if not W.has(host, "/img/digid-logo.svg"):
        W.put(host, "/img/digid-logo.svg", DIGID_SVG)
    if not W.has(host, "/img/eherkenning-logo.svg"):
        W.put(host, "/img/eherkenning-logo.svg", EH_SVG)


BODY_PREFIX = {"social": "/aanvragen/", "tax": "/mijn-belastingen/", "waste": "/", "archive": "/bouwdossiers/",
               "od": "/formulieren/", "parking": "/", "portal": "/", "national": "/", "province": "/", "waterschap": "/"}


def body_route(bkey, slug, title, level, muni=None):
    """Build the route of a product on another body's host. Returns (route_url, signals)."""
    b = BODIES[bkey]
    host = b["host"]
    ensure_logo(host)
    if bkey == "olo":
        return olo_aanvragen(), ["digid", "eherkenning", "online_form", "prefill_text"]
    pre = BODY_PREFIX[b["kind"]]
    if b["kind"] == "waste" and muni:
        pre = "/%s/" % muni
    path = pre + slug
    sig = []
    if level == "33":
        pdf = path + ".pdf"
        put_pdf(u(host, pdf), "Aanvraagformulier " + title, ["%s - %s" % (b["name"], title), "Naam:", "Adres:", "Handtekening:", "Stuur het formulier naar ons postadres."])
        return u(host, pdf), ["pdf_form"]
    if level == "67":
        main = ('<p>Vul het formulier hieronder in. Velden met een * zijn verplicht.</p>'
                '<form method="post" action="%s-verzonden">%s<p><button type="submit">Versturen</button></p></form>'
                % (E(path), form_fields(generic_fields(title))))
        body_page(bkey, path + "-verzonden", "Bedankt", "<p>Wij hebben uw aanvraag ontvangen.</p>")
        return body_page(bkey, path, title, main), ["online_form"]
    # 100 / 100e
    parts = []
    if level in ("100", "100de"):
        lg = W.login(host, slug)
        parts.append('<p><a class="btn btn-digid" href="%s"><img src="/img/digid-logo.svg" alt="" width="46" height="46"> Inloggen met DigiD</a></p>' % E(lg))
        sig.append("digid")
    if level in ("100e", "100de"):
        lg = W.login(host, slug, "eherkenning")
        parts.append('<p><a class="btn" href="%s"><img src="/img/eherkenning-logo.svg" alt="" width="46" height="46"> Inloggen met eHerkenning</a></p>' % E(lg))
        sig.append("eherkenning")
    main = ('<p>U vraagt dit aan met het digitale formulier. Log eerst in.</p>%s'
            '<p>Na 15 minuten zonder activiteit wordt u automatisch uitgelogd.</p>' % "".join(parts))
    return body_page(bkey, path, title + " - digitaal aanvragen", main), sig + ["online_form"]


def olo_aanvragen():
    host = BODIES["olo"]["host"]
    ensure_logo(host)
    if not W.has(host, "/aanvragen/"):
        d = W.login(host, "aanvragen")
        e = W.login(host, "aanvragen", "eherkenning")
        body_page("olo", "/aanvragen/", "Aanvragen of melden", (
            '<p>Via het Omgevingsloket vraagt u een vergunning aan of doet u een melding bij gemeente, provincie of waterschap.</p>'
            '<p><a class="btn" href="%s"><img src="/img/digid-logo.svg" alt="" width="46" height="46"> Inloggen met DigiD</a></p>'
            '<p><a class="btn" href="%s"><img src="/img/eherkenning-logo.svg" alt="" width="46" height="46"> Inloggen met eHerkenning</a></p>'
            '<p>Na het inloggen haalt het Omgevingsloket uw gegevens op uit de basisregistraties; uw naam en adres zijn dan al ingevuld.</p>'
            '<p>%s</p>' % (E(d), E(e), a("/checken/", "Eerst de vergunningcheck doen"))))
        body_page("olo", "/checken/", "Vergunningcheck", (
            '<p>Check of u een vergunning nodig heeft. U hoeft niet in te loggen.</p>'
            '<form method="get" action="/checken/resultaat"><p><label>Uw adres<br><input name="adres"></label></p>'
            '<p><label>Wat wilt u doen?<br><input name="activiteit"></label></p><button type="submit">Start de check</button></form>'))
        body_page("olo", "/checken/resultaat", "Resultaat vergunningcheck",
                  '<p>Voor deze activiteit heeft u waarschijnlijk een vergunning nodig. %s</p>' % a("/aanvragen/", "Ga naar aanvragen"))
        ml = W.login(host, "mijn-omgevingsloket")
        body_page("olo", "/mijn/", "Mijn Omgevingsloket",
                  '<p>Bekijk uw lopende aanvragen en meldingen.</p><p><a href="%s">Inloggen met DigiD</a></p>' % E(ml))
    return u(host, "/aanvragen/")


def build_body_homes():
    for bkey in sorted(BODY_PAGES):
        b = BODIES[bkey]
        links = "".join("<li>%s</li>" % a(p, E(t)) for p, t in sorted(BODY_PAGES[bkey]) if p != "/")
        W.put(b["host"], "/", simple_page(b["name"], '<header><p class="logo">%s</p></header><main><h1>%s</h1><ul>%s</ul></main>'
                                          % (E(b["name"]), E(b["name"]), links)))
        W.put(b["host"], "/robots.txt", "User-agent: *\nAllow: /\n")


# ---------------------------------------------------------------- appointment systems
APPT = {}


def appointment(site):
    """The municipality's appointment system: own host, own DigiD login. Returns urls."""
    m = site.m
    if m["key"] in APPT:
        return APPT[m["key"]]
    host, base = m["appt"]
    ensure_logo(host)
    lg = W.login(host, "mijn-afspraken")
    products = ["Paspoort of identiteitskaart aanvragen", "Paspoort of identiteitskaart ophalen", "Rijbewijs aanvragen",
                "Geboorteaangifte", "Melding voorgenomen huwelijk", "Aangifte overlijden", "Uittreksel of verklaring",
                "Bouwdossier inzien", "Gesprek Wmo-consulent"]
    opts = "".join('<option value="%d">%s</option>' % (i, E(p)) for i, p in enumerate(products))
    title = "Afspraak maken | %s" % m["name"]
    top = ('<div class="appt-login"><p>Heeft u al een afspraak? %s</p>'
           '<p><a class="btn-digid" href="%s"><img src="/img/digid-logo.svg" alt="DigiD" width="46" height="46"> Inloggen met DigiD</a> '
           'om uw afspraken te bekijken, te wijzigen of te annuleren.</p></div>' % (a(base + "wijzigen", "Afspraak wijzigen of annuleren"), E(lg)))
    W.put(host, base, simple_page(title, (
        '<header><p>%s - online afspraken</p></header><main><h1>Maak een afspraak</h1>'
        '<p>Kies het onderwerp van uw afspraak. U kunt tot 6 weken vooruit een afspraak maken.</p>'
        '<form method="get" action="%sstap-2"><p><label>Product<br><select name="product">%s</select></label></p>'
        '<p><label>Aantal personen<br><select name="personen"><option>1</option><option>2</option><option>3</option></select></label></p>'
        '<p><button type="submit">Volgende stap</button></p></form>%s</main>' % (E(m["name"]), base, opts, top))))
    W.put(host, base + "stap-2", simple_page(title, (
        '<main><h1>Kies een datum en tijd</h1><form method="post" action="%sbevestigd">'
        '<p><label>Datum<br><input type="date" name="datum"></label></p><p><label>Tijd<br><select name="tijd"><option>09:00</option><option>09:15</option><option>10:30</option></select></label></p>'
        '<p><label>Naam<br><input name="naam"></label></p><p><label>E-mailadres<br><input type="email" name="email"></label></p>'
        '<p><button type="submit">Afspraak bevestigen</button></p></form><p>%s</p></main>' % (base, a(base, "Terug")))))
    W.put(host, base + "bevestigd", simple_page(title, '<main><h1>Uw afspraak is gemaakt</h1><p>U ontvangt een bevestiging per e-mail. Neem de benodigde documenten mee.</p><p>%s</p></main>' % a(base, "Nieuwe afspraak")))
    W.put(host, base + "wijzigen", simple_page(title, (
        '<main><h1>Afspraak wijzigen of annuleren</h1><p>Vul uw afspraaknummer en e-mailadres in.</p>'
        '<form method="post" action="%sgewijzigd"><p><label>Afspraaknummer<br><input name="nr"></label></p>'
        '<p><label>E-mailadres<br><input type="email" name="email"></label></p><p><button type="submit">Zoek mijn afspraak</button></p></form>'
        '<p>Of <a href="%s">log in met DigiD</a> om al uw afspraken te zien.</p></main>' % (base, E(lg)))))
    W.put(host, base + "gewijzigd", simple_page(title, '<main><h1>Uw afspraak</h1><p>Wij hebben uw afspraak gevonden. %s</p></main>' % a(base, "Terug naar afspraken")))
    r = dict(index=u(host, base), manage=u(host, base + "wijzigen"), login=lg)
    if m["key"] == "hardinxveld":
        # the municipality shows the booking tool in an iframe on its own page
        wrap = site.extra_page("Afspraak maken", "burgerzaken", (
            '<p>Voor veel producten van Burgerzaken maakt u eerst een afspraak. Dat kan hieronder.</p>'
            '<iframe src="%s" title="Afsprakenmodule" width="100%%" height="700"></iframe>' % E(r["index"])), slug="afspraak-maken")
        r["index_page"] = wrap
    APPT[m["key"]] = r
    return r

# ---------------------------------------------------------------- municipal sites
FAM_STYLE = {
    # family: (html class, header class, heading template)
    "slug": ("gemeente-zuidplas", "site-header", "toptaken"),
    "underscore": ("tpl-beuningen", "header", "accordion"),
    "sim": ("sim-site", "kop", "toptaken"),
    "iprox": ("iprox", "rx-header", "iprox"),
    "owc": ("owc yard", "site-header", "accordion"),
    "loket": ("pdc-loket", "loket-header", "pdc"),
    "regelen": ("regelen", "header", "iprox"),
    "atotz": ("hg-site", "header", "toptaken"),
    "aer": ("voorst", "header", "toptaken"),
    "pdc": ("md-pdc", "kop", "pdc"),
}


class Site:
    def __init__(self, m, idx):
        self.m = m
        self.idx = idx
        self.host = m["host"]
        self.key = m["key"]
        self.fam = m["family"]
        self.ids = 300 + idx * 50
        self.pages = []          # (url, title, cat) for overviews
        self.own_digid = []      # (pkey, title, cta_url)
        self.form_host = {"openforms": "formulieren.%s" % self.host[4:], "formdesk": "fd8.formdesk.test",
                          "gravity": "mijn.%s" % self.host[4:], "loketforms": "loket.%s" % self.host[4:],
                          "digitaalloket": "digitaalloket.%s" % self.host[4:],
                          "aspx": "formulieren.%s" % self.host[4:], "iframe": "formulieren.%s" % self.host[4:]
                          }.get(m["platform"], self.host)
        self.pdc_host = "loket.oostzaan.test" if self.fam == "loket" else self.host
        self.ext_ids = 0

    # ---- paths
    def next_id(self):
        self.ids += 7
        return self.ids

    def path_for(self, title, cat, aud="b"):
        f = self.fam
        s = slugify(title)
        if f == "slug":
            return "/" + s
        if f == "underscore":
            return "/%s/%s" % (slugify(CATS[cat], "_"), slugify(title, "_"))
        if f == "sim":
            return "/inwoners_43921/product/%s_%d.html" % (s, self.next_id())
        if f == "iprox":
            return "/%s/%s/%s" % ("Ondernemers" if aud == "o" else "Inwoners", cap_us(CATS[cat]), cap_us(title))
        if f == "owc":
            return "/onderwerp/%s/" % s
        if f == "loket":
            return "/producten/%s" % cap_us(title)
        if f == "regelen":
            return "/Regelen-en-aanvragen/%s/%s" % ("-".join(w.capitalize() for w in slugify(CATS[cat]).split("-")), "-".join(w.capitalize() if i == 0 else w for i, w in enumerate(s.split("-"))))
        if f == "atotz":
            return "/a-tot-z/" + s
        if f == "aer":
            return ("/ondernemen/" if aud == "o" else "/aanvragen-en-regelen/") + s
        if f == "pdc":
            return "/loket/inhoud/pdc/p/toon/product/%d/" % self.next_id()
        raise ValueError(f)

    def cat_path(self, cat):
        f = self.fam
        c = slugify(CATS[cat])
        return {"slug": "/onderwerpen/" + c, "underscore": "/%s/" % slugify(CATS[cat], "_"),
                "sim": "/inwoners_43921/%s_%d/" % (c, 40000 + sorted(CATS).index(cat)),
                "iprox": "/Inwoners/%s/" % cap_us(CATS[cat]), "owc": "/thema/%s/" % c, "loket": "/categorie/" + c,
                "regelen": "/Regelen-en-aanvragen/%s/" % "-".join(w.capitalize() for w in c.split("-")),
                "atotz": "/thema/" + c, "aer": "/thema/" + c,
                "pdc": "/loket/inhoud/pdc/p/toon/categorie/%d/" % (10 + sorted(CATS).index(cat))}[f]

    def az_path(self):
        return {"slug": "/onderwerpen/", "underscore": "/alle-onderwerpen", "sim": "/inwoners_43921/",
                "iprox": "/Inwoners/", "owc": "/onderwerpen/", "loket": "/producten/", "regelen": "/Regelen-en-aanvragen/",
                "atotz": "/a-tot-z/", "aer": "/aanvragen-en-regelen/", "pdc": "/loket/inhoud/pdc/p/toon/alles/"}[self.fam]

    def doc_path(self, name, ext="pdf"):
        s = slugify(name)
        return {"slug": "/sites/default/files/2023-05/%s.%s" % (s, ext),
                "underscore": "/fileadmin/user_upload/formulieren/%s.%s" % (s.replace("-", "_"), ext),
                "sim": "/document/%s.%s" % (s, ext), "iprox": "/publish/pages/%d/%s.%s" % (1200 + self.idx, s.replace("-", "_"), ext),
                "owc": "/wp-content/uploads/2023/04/%s.%s" % (s, ext), "loket": "/documenten/%s.%s" % (s, ext),
                "regelen": "/Docs/Formulieren/%s.%s" % (cap_us(name), ext), "atotz": "/media/%d/%s.%s" % (500 + self.idx, s, ext),
                "aer": "/fileadmin/voorst/formulieren/%s.%s" % (s, ext), "pdc": "/loket/inhoud/documenten/%s.%s" % (s, ext)}[self.fam]

    # ---- layout
    def header(self):
        m = self.m
        sw = m["sitewide"]
        home = u(self.host, "/")
        nav = " ".join(a(self.abs_cat(c), E(CATS[c])) for c in ("burgerzaken", "belastingen", "zorg", "wonen", "ondernemen"))
        login = ""
        if "site_login" in sw:
            login = self.site_login_html()
        bar = ""
        if "direct_bar" in sw:
            items = [x for x in self.own_digid][:3]
            bar = '<div class="direct-regelen-bar"><strong>Direct regelen:</strong> %s</div>' % " | ".join(
                a(cta, E(t)) for _, t, cta in items)
        search = ('<form class="zoek" method="get" action="%s" role="search"><label for="q">Zoeken</label> '
                  '<input id="q" name="q" type="search"> <button type="submit">Zoek</button></form>' % E(u(self.host, "/zoeken")))
        cls = FAM_STYLE[self.fam][1]
        return ('<header class="%s"><a class="logo" href="%s"><img src="%s" alt="Logo %s"></a>\n<nav class="hoofdmenu">%s</nav>\n%s\n%s</header>\n%s'
                % (cls, E(home), E(u(self.host, "/img/logo.svg")), E(m["name"]), nav, search, login, bar))

    def abs_cat(self, c):
        return u(self.pdc_host, self.cat_path(c))

    def site_login_html(self):
        k = self.key
        if k == "zuidplas":
            return '<a class="header__login" href="http://mijn.zuidplas.test/">Mijn Zuidplas</a>'
        if k == "beuningen":
            return '<a class="btn-inloggen" href="%s"><img src="%s" alt="DigiD"> Inloggen</a>' % (E(u(self.host, "/mijn_beuningen")), E(u(self.host, "/img/digid.png")))
        if k == "overbetuwe":
            return a(u(self.host, "/Mijn_Overbetuwe/"), "Mijn Overbetuwe", "rx-login")
        if k == "bodegraven":
            return '<div class="inloggen"><span>Inloggen</span> %s %s</div>' % (
                a("http://mijn.bodegraven-reeuwijk.test/", "met DigiD"), a("http://mijn.bodegraven-reeuwijk.test/", "met eHerkenning"))
        if k == "ooststellingwerf":
            return a(u(self.host, "/Mijn-Ooststellingwerf"), "Mijn Ooststellingwerf", "mijn")
        if k == "hardinxveld":
            return a(u(self.host, "/mijn-loket"), "Mijn Loket", "mijn-loket")
        if k == "voorst":
            return a("http://mijn.voorst.test/", "Mijn Voorst", "mijn")
        if k == "middendrenthe":
            lg = W.login(self.host, "mijn-midden-drenthe")
            return '<a class="digid-header" href="%s"><img src="%s" alt="Inloggen met DigiD"></a> Mijn Midden-Drenthe' % (E(lg), E(u(self.host, "/loket/static/digid.png")))
        return ""

    def build_site_login_pages(self):
        k = self.key
        m = self.m
        def lp(host, path, title):
            lg = W.login(host, "mijn-omgeving")
            W.put(host, path, simple_page(title, (
                '<main><h1>%s</h1><p>In uw persoonlijke omgeving ziet u uw lopende zaken, berichten en belastingaanslagen.</p>'
                '<p><a class="btn" href="%s"><img src="%s" alt=""> Inloggen met DigiD</a></p>%s</main>'
                % (E(title), E(lg), E(u(host, "/img/digid-logo.svg")), "") )))
            ensure_logo(host)
        if k == "zuidplas":
            lp("mijn.zuidplas.test", "/", "Mijn Zuidplas")
            lp("mijn.zuidplas.test", "/zaken/", "Mijn Zuidplas - Mijn aanvragen")
        elif k == "beuningen":
            lp(self.host, "/mijn_beuningen", "Mijn Beuningen")
        elif k == "overbetuwe":
            lp(self.host, "/Mijn_Overbetuwe/", "Mijn Overbetuwe")
        elif k == "bodegraven":
            host = "mijn.bodegraven-reeuwijk.test"
            ensure_logo(host)
            d = W.login(host, "mijn-zaken")
            e = W.login(host, "mijn-zaken", "eherkenning")
            W.put(host, "/", simple_page("Mijn Bodegraven-Reeuwijk", (
                '<main><h1>Mijn Bodegraven-Reeuwijk</h1><p>Bekijk de status van uw aanvragen en meldingen.</p>'
                '<p><a href="%s">Inloggen met DigiD</a></p><p><a href="%s">Inloggen met eHerkenning</a></p></main>' % (E(d), E(e)))))
        elif k == "ooststellingwerf":
            lp(self.host, "/Mijn-Ooststellingwerf", "Mijn Ooststellingwerf")
        elif k == "hardinxveld":
            lp(self.host, "/mijn-loket", "Mijn Loket")
        elif k == "voorst":
            lp("mijn.voorst.test", "/", "Mijn Voorst")
        ensure_logo(self.host)

    def status_url(self):
        k = self.key
        return {"zuidplas": "http://mijn.zuidplas.test/zaken/", "beuningen": u(self.host, "/mijn_beuningen"),
                "overbetuwe": u(self.host, "/Mijn_Overbetuwe/"), "bodegraven": "http://mijn.bodegraven-reeuwijk.test/",
                "ooststellingwerf": u(self.host, "/Mijn-Ooststellingwerf"), "hardinxveld": u(self.host, "/mijn-loket"),
                "voorst": "http://mijn.voorst.test/"}.get(k)

    def footer(self):
        m = self.m
        sw = m["sitewide"]
        parts = ["<p>%s | Telefoon %s</p>" % (E(m["name"]), E(m["phone"]))]
        parts.append("<p>%s | %s | %s | %s</p>" % (a(u(self.host, "/contact"), "Contact"), a(u(self.host, "/privacy"), "Privacyverklaring"),
                                                  a(u(self.host, "/toegankelijkheid"), "Toegankelijkheid"), a(u(self.pdc_host, self.az_path()), "Alle onderwerpen A-Z")))
        if "footer_digid" in sw:
            parts.append('<p class="digid-footer"><a href="http://digid.test/"><img src="%s" alt="DigiD" width="46" height="46"></a> Voor veel zaken logt u in met DigiD.</p>' % E(u(self.host, "/img/digid.png")))
        if "mijnoverheid_footer" in sw:
            parts.append('<p>Berichten van de gemeente ontvangt u ook in de %s.</p>' % a("http://mijn.overheid.test/", "Berichtenbox van MijnOverheid"))
        if "newsletter" in sw:
            parts.append('<form class="nieuwsbrief" method="post" action="%s"><label>Meld u aan voor de nieuwsbrief <input type="email" name="email" placeholder="Uw e-mailadres"></label> <button type="submit">Aanmelden</button></form>' % E(u(self.host, "/nieuwsbrief/aanmelden")))
        if "chat" in sw:
            parts.append('<div id="chatwidget" data-url="%s"></div><script src="%s"></script>' % (E(u(self.host, "/chat")), E(u(self.host, "/js/chat.js"))))
        return '<footer class="site-footer">%s</footer>' % "\n".join(parts)

    def page(self, path, title, main, crumbs=(), aside="", host=None, head=""):
        host = host or self.pdc_host
        cl = FAM_STYLE[self.fam][0]
        bc = ""
        if crumbs:
            bc = '<nav class="breadcrumb" aria-label="Kruimelpad">%s</nav>' % " &gt; ".join([a(u(self.host, "/"), "Home")] + [a(h, E(t)) for h, t in crumbs])
        sw = self.m["sitewide"]
        fb = ""
        if "feedback" in sw:
            fb = ('<form class="feedback" method="get" action="%s"><fieldset><legend>Was deze informatie nuttig?</legend>'
                  '<button name="nuttig" value="ja">Ja</button> <button name="nuttig" value="nee">Nee</button></fieldset></form>' % E(u(self.host, "/feedback")))
        asd = '<aside class="sidebar">%s</aside>' % aside if aside else ""
        body = '%s\n%s\n<main id="content">\n<h1>%s</h1>\n%s\n%s\n</main>\n%s\n%s' % (self.header(), bc, E(title), main, fb, asd, self.footer())
        W.put(host, path, simple_page("%s | %s" % (title, self.m["name"]), body, head=head, cls=cl))
        return u(host, path)

    def extra_page(self, title, cat, main, slug=None, aud="b", aside=""):
        path = self.path_for(title, cat, aud)
        if slug and self.fam in ("slug", "atotz"):
            path = ("/a-tot-z/" if self.fam == "atotz" else "/") + slug
        url = self.page(path, title, main, crumbs=[(self.abs_cat(cat), CATS[cat])], aside=aside)
        self.pages.append((url, title, cat))
        return url

    # ---- platform forms: returns (route_url, cta_url, signals)
    def form(self, slug, title, level, prefill=False):
        p = self.m["platform"]
        fh = self.form_host
        ensure_logo(fh)
        is67 = level == "67"
        want_d = level in ("100", "100p", "100de")
        want_e = level in ("100e", "100de")
        sig = ["online_form"]
        if want_d:
            sig.append("digid")
        if want_e:
            sig.append("eherkenning")
        if prefill:
            sig.append("prefill_text")
        logins = []
        if want_d:
            logins.append(("digid", W.login(fh, slug if p != "formdesk" else "gemeentehilvarenbeek-" + slug)))
        if want_e:
            logins.append(("eherkenning", W.login(fh, slug if p != "formdesk" else "gemeentehilvarenbeek-" + slug, "eherkenning")))
        fields = form_fields(generic_fields(title))
        pre = ('<p class="prefill">Na het inloggen met DigiD worden uw naam, adres en burgerservicenummer automatisch ingevuld. '
               'Deze gegevens halen wij uit de Basisregistratie Personen.</p>' if prefill else "")

        def login_links(style):
            out = []
            for kind, lg in logins:
                name = "DigiD" if kind == "digid" else "eHerkenning"
                logo = "/img/digid-logo.svg" if kind == "digid" else "/img/eherkenning-logo.svg"
                if style == "img":
                    out.append('<p><a href="%s"><img src="%s" alt="%s"></a> %s</p>' % (E(lg), logo, name, E(title)))
                elif style == "button":
                    out.append('<p><button type="button" class="btn-%s" data-href="%s" onclick="window.location.href=this.dataset.href">Inloggen met %s</button></p>' % (kind, E(lg), name))
                elif style == "getform":
                    path = lg.split("://", 1)[1].split("/", 1)[1]
                    out.append('<form method="get" action="/%s"><button type="submit">Inloggen met %s</button></form>' % (E(path), name))
                else:
                    out.append('<p><a class="btn" href="%s"><img src="%s" alt="" width="46" height="46"> Inloggen met %s</a></p>' % (E(lg), logo, name))
            return "\n".join(out)

        if p == "openforms":
            path = "/%s/" % slug
            data = 'data-form-id="%s" data-base-path="/%s/"' % (slug, slug)
            for kind, lg in logins:
                data += ' data-login-url%s="%s"' % ("" if kind == "digid" else "-eh", E(lg))
            if is67:
                data += ' data-submit-url="%s"' % E(u(fh, path + "bevestiging"))
                W.put(fh, path + "bevestiging", simple_page("Bevestiging", "<main><h1>Bedankt</h1><p>Uw formulier is verzonden. U ontvangt een bevestiging per e-mail.</p></main>", cls="openforms-theme"))
            body = ('<div class="utrecht-document"><header><img src="/static/logo.svg" alt="%s"></header>'
                    '<div class="open-forms-sdk-root" id="openforms-container" data-sdk-module="/static/sdk/open-forms-sdk.js" %s data-title="%s"></div>'
                    '<noscript>Om dit formulier te gebruiken moet JavaScript in uw browser aan staan.</noscript>'
                    '<script src="/static/sdk/open-forms-sdk.js"></script></div>' % (E(self.m["name"]), data, E(title)))
            W.put(fh, path, simple_page(title, body, cls="openforms-theme"))
            if not W.has(fh, "/static/sdk/open-forms-sdk.js"):
                W.put(fh, "/static/sdk/open-forms-sdk.js", OPENFORMS_JS)
                W.put(fh, "/static/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="0" y="25">%s</text></svg>' % E(self.m["short"]))
            url = u(fh, path)
            return url, url, sig + ["js_form"]
        if p == "imgform":
            path = "/formulieren/%s" % slug
            if is67:
                body = '<p>Velden met een * zijn verplicht.</p><form method="post" action="%s-verzonden">%s<p><button type="submit">Verzenden</button></p></form>' % (E(path), fields)
                self.page(path + "-verzonden", "Formulier verzonden", "<p>Bedankt. Wij nemen binnen 5 werkdagen contact met u op.</p>")
            else:
                body = ('<p>Dit formulier vult u in nadat u bent ingelogd.</p>%s%s' % (pre, login_links("img").replace('src="/img/digid-logo.svg"', 'src="/img/digid.png"')))
            url = self.page(path, title, body, crumbs=[(u(self.host, "/formulieren/"), "Formulieren")])
            return url, url, sig + (["digid_image"] if want_d else [])
        if p == "formdesk":
            path = "/gemeentehilvarenbeek/%s" % slug
            if is67:
                body = ('<div class="fd-form"><h1>%s</h1><p>Gemeente Hilvarenbeek</p><form method="post" action="%s-verzonden">%s'
                        '<p><input type="submit" value="Verzenden"></p></form><p class="fd-powered">Powered by Formdesk</p></div>' % (E(title), E(path), fields))
                W.put(fh, path + "-verzonden", simple_page("Verzonden", "<p>Uw formulier is verzonden.</p>"))
            else:
                body = ('<div class="fd-form"><h1>%s</h1><p>Gemeente Hilvarenbeek</p><p>Voor dit formulier moet u zich identificeren.</p>%s'
                        '<p class="fd-powered">Powered by Formdesk</p></div>' % (E(title), login_links("plain")))
            W.put(fh, path, simple_page(title + " - Formdesk", body))
            url = u(fh, path)
            return url, url, sig
        if p == "iproxforms":
            path = "/Inwoners/Formulieren_digitaal/%s" % cap_us(title)
            if is67:
                body = '<p>Voortgang: 0%%</p><p>Velden met een * zijn verplicht.</p><form method="post" action="%s_verzonden">%s<p><button type="submit">Volgende</button></p></form>' % (E(path), fields)
                self.page(path + "_verzonden", "Formulier verzonden", "<p>Bedankt voor uw aanvraag.</p>")
            else:
                body = ('<p>Voortgang: 0%%</p><p>U wordt na 15 minuten inactiviteit automatisch uitgelogd bij DigiD.</p>%s%s'
                        % (pre, login_links("getform")))
            url = self.page(path, title, body, crumbs=[(u(self.host, "/Inwoners/Formulieren_digitaal/"), "Formulieren digitaal")])
            return url, url, sig
        if p == "gravity":
            path = "/%s/" % slug
            if is67:
                body = ('<div class="gform_wrapper"><p class="gform_required_legend">"*" geeft vereiste velden aan</p>'
                        '<form method="post" action="%sverzonden/">%s<p><input type="submit" class="gform_button" value="Verzenden"></p></form></div>' % (E(path), fields))
                W.put(fh, path + "verzonden/", simple_page("Bedankt", "<p>Wij hebben uw formulier ontvangen.</p>"))
            else:
                body = ('<div class="gform_wrapper"><p>U moet inloggen om dit formulier te gebruiken.</p>%s%s'
                        '<div id="js-resumeSession" hidden>Kies \'Verlengen\' om uw sessie te verlengen.</div></div>' % (pre, login_links("plain")))
            W.put(fh, path, simple_page(title + " | Mijn Bodegraven-Reeuwijk", "<main><h1>%s</h1>%s</main>" % (E(title), body)))
            url = u(fh, path)
            return url, url, sig
        if p == "loketforms":
            path = "/formulieren/%s" % slug
            if is67:
                body = '<form method="post" action="%s-verzonden">%s<p><button type="submit">Versturen</button></p></form>' % (E(path), fields)
                self.page(path + "-verzonden", "Verzonden", "<p>Bedankt voor uw bericht.</p>")
            else:
                body = '<p>Log in om het formulier te starten.</p>%s%s' % (pre, login_links("button"))
            url = self.page(path, title, body)
            return url, url, sig + (["button_cta"] if not is67 else [])
        if p == "digitaalloket":
            path = "/eformulier/%s" % cap_us(title)
            if is67:
                body = '<p>Stap 1 van 3</p><form method="post" action="%s_verzonden">%s<p><button type="submit">Volgende stap</button></p></form>' % (E(path), fields)
                W.put(fh, path + "_verzonden", simple_page("Verzonden", "<p>Uw formulier is verzonden.</p>"))
            else:
                body = '<p>Stap 1 van 4: Inloggen</p>%s%s' % (pre, login_links("plain"))
            W.put(fh, path, simple_page(title + " | Digitaal loket Ooststellingwerf", "<main><h1>%s</h1>%s</main>" % (E(title), body)))
            url = u(fh, path)
            return url, url, sig
        if p == "aspx":
            name = cap_us(title).replace("_", "")
            path = "/DirectRegelen/formulier/nl-NL/evHardinxveld/%s.aspx" % name
            vs = '<input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY3NzE5MjIwOWRk"><input type="hidden" name="__EVENTVALIDATION" value="/wEWAgK">'
            if is67:
                body = '<form method="post" action="./%s.aspx" id="aspnetForm">%s%s<p><input type="submit" name="ctl00$btnVolgende" value="Volgende"></p></form>' % (name, vs, fields)
            else:
                inner = "".join('<p><a id="ctl00_btn%s" class="btn" href="%s">Inloggen met %s</a></p>' % (k, E(lg), "DigiD" if k == "digid" else "eHerkenning") for k, lg in logins)
                body = '<form method="post" action="./%s.aspx" id="aspnetForm">%s<p>Stap 1 van 5: Inloggen</p>%s%s</form>' % (name, vs, pre, inner)
            W.put(fh, path, simple_page(title + " - Direct regelen", "<main><h1>%s</h1>%s</main>" % (E(title), body)))
            url = u(fh, path)
            return url, url, sig
        if p == "iframe":
            path = "/forms/%s/" % slug
            if is67:
                body = '<form method="post" action="%sverzonden">%s<p><button type="submit">Verzenden</button></p></form>' % (E(path), fields)
                W.put(fh, path + "verzonden", simple_page("Verzonden", "<p>Bedankt, uw formulier is verzonden.</p>"))
            else:
                body = '<p>Log in om verder te gaan.</p>%s%s' % (pre, login_links("plain").replace('<a class="btn"', '<a class="btn" target="_top"'))
            W.put(fh, path, simple_page(title, "<main><h2>%s</h2>%s</main>" % (E(title), body)))
            url = u(fh, path)
            return url, url, sig + ["iframe_form"]
        if p == "pdcjs":
            if is67:
                path = "/loket/inhoud/formulier/%d/" % self.next_id()
                body = '<form method="post" action="%sverzonden">%s<p><button type="submit">Verzenden</button></p></form>' % (E(path), fields)
                self.page(path + "verzonden", "Verzonden", "<p>Uw formulier is ontvangen.</p>")
                url = self.page(path, title, body)
                return url, url, sig
            # the product page carries a script-built DigiD button straight to the login start
            lg = logins[0][1]
            return lg, lg, sig + ["js_login_button"]
        raise ValueError(p)


OPENFORMS_JS = r"""/* Open Forms SDK (simulated): builds the form or the login step */
(function () {
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) { e.setAttribute(k, attrs[k]); }
    if (text) { e.textContent = text; }
    return e;
  }
  var roots = document.querySelectorAll('.open-forms-sdk-root');
  for (var i = 0; i < roots.length; i++) {
    var r = roots[i];
    r.appendChild(el('h1', {'class': 'utrecht-heading-1'}, r.getAttribute('data-title')));
    var d = r.getAttribute('data-login-url');
    var e = r.getAttribute('data-login-url-eh');
    if (d || e) {
      r.appendChild(el('p', {}, 'Log in om dit formulier te starten.'));
      if (d) { r.appendChild(el('a', {'href': d, 'class': 'utrecht-button utrecht-button--primary-action'}, 'Inloggen met DigiD')); }
      if (e) { r.appendChild(el('a', {'href': e, 'class': 'utrecht-button'}, 'Inloggen met eHerkenning')); }
    } else {
      var f = el('form', {'method': 'post', 'action': r.getAttribute('data-submit-url')});
      var labels = ['Naam', 'Adres', 'E-mailadres', 'Toelichting'];
      for (var j = 0; j < labels.length; j++) {
        f.appendChild(el('label', {}, labels[j] + ' *'));
        f.appendChild(el(j === 3 ? 'textarea' : 'input', {'name': 'veld' + j, 'required': 'required'}));
      }
      f.appendChild(el('button', {'type': 'submit', 'class': 'utrecht-button'}, 'Verzenden'));
      r.appendChild(f);
    }
  }
})();
"""

MD_JS = r"""/* builds the DigiD / eHerkenning buttons of the Midden-Drenthe loket */
(function () {
  var knoppen = document.querySelectorAll('.inlog-knop');
  for (var i = 0; i < knoppen.length; i++) {
    var k = knoppen[i];
    var link = document.createElement('a');
    link.href = k.getAttribute('data-login-url');
    var img = document.createElement('img');
    img.src = k.getAttribute('data-logo');
    img.alt = k.getAttribute('data-alt');
    link.appendChild(img);
    link.appendChild(document.createTextNode(' ' + k.getAttribute('data-label')));
    k.appendChild(link);
  }
})();
"""

CHAT_JS = r"""/* chat widget */
(function () {
  var w = document.getElementById('chatwidget');
  if (!w) { return; }
  var b = document.createElement('a');
  b.href = w.getAttribute('data-url');
  b.className = 'chat-button';
  b.textContent = 'Chat met ons';
  w.appendChild(b);
})();
"""

# ---------------------------------------------------------------- routes
LEVEL_OF = {"0app": 0, "0bal": 0, "0tel": 0, "0mail": 0, "0req": 0, "0uv": 0, "33": 33, "33pe": 33, "33w": 33,
            "67": 67, "100": 100, "100p": 100, "100e": 100, "100de": 100}


def parse_specs(text):
    out = []
    for line in text.strip().splitlines():
        toks = line.split()
        pkey, route = toks[0], toks[1]
        traps, opts = [], {}
        for t in toks[2:]:
            if t.startswith("share=") or t.startswith("title="):
                k, v = t.split("=", 1)
                opts[k] = v.replace("_", " ")
            else:
                traps.append(t)
        out.append(dict(pkey=pkey, route=route, traps=traps, opts=opts))
    return out


def build_route(site, pkey, title, route):
    """Returns dict(level, route_url, cta_url, via, signals, kind, label)."""
    m = site.m
    r = dict(level=None, route_url="", cta_url="", via="", signals=[], kind=route, label="")
    if route.startswith("no:") or route == "nf":
        return r
    via = None
    if "v:" in route:
        lv, via = route.split("v:")
        b = BODIES[via]
        slug = slugify(title)
        ru, sig = body_route(via, slug, title, lv, muni=site.key)
        r.update(level=int(lv[:3] if lv.startswith("100") else lv), route_url=ru, cta_url=ru, via=b["host"],
                 signals=sig + ["via_external_portal"])
        if site.fam == "regelen":
            r["cta_url"] = site.interstitial(ru, b["name"])
            r["signals"].append("interstitial")
        return r
    lvl = LEVEL_OF[route]
    r["level"] = lvl
    if lvl == 0:
        r["signals"] = {"0app": ["appointment_online"], "0bal": ["counter"], "0tel": ["phone"], "0mail": ["letter", "email"],
                        "0req": ["counter", "form_on_request"], "0uv": ["counter", "delegated_undertaker"]}[route]
        return r
    if lvl == 33:
        name = "Aanvraagformulier " + title[0].lower() + title[1:]
        if route == "33w":
            url = u(site.pdc_host, site.doc_path(name, "docx"))
            r["label"] = put_docx(url, name, ["Gegevens aanvrager:", "Naam:", "Adres:", "Handtekening:", "Stuur het formulier naar %s, Postbus 1." % m["name"]])
            r["signals"] = ["doc_form"]
        else:
            url = u(site.pdc_host, site.doc_path(name))
            r["label"] = put_pdf(url, name, ["%s - %s" % (m["name"], title), "Naam aanvrager:", "Adres:", "Postcode en woonplaats:",
                                             "Toelichting:", "Datum en handtekening:", "Stuur het ingevulde formulier naar %s, Postbus 1." % m["name"]])
            r["signals"] = ["pdf_form"] + (["pdf_email_submission"] if route == "33pe" else [])
        r["route_url"] = r["cta_url"] = url
        return r
    slug = slugify(title)
    ru, cta, sig = site.form(slug, title, "100" if route == "100p" else route, prefill=(route == "100p"))
    r.update(route_url=ru, cta_url=cta, signals=sig)
    if lvl == 100:
        suf = " (DigiD)" if "digid" in sig else " (eHerkenning)"
        site.own_digid.append((pkey, act(title, pkey) + suf, cta))
    return r


def _site_interstitial(self, target, name):
    self.ext_ids += 1
    path = "/externe-link?id=%d" % self.ext_ids
    W.put(self.host, path, simple_page("U verlaat de website van %s" % self.m["name"], (
        '<main><h1>U verlaat onze website</h1><p>U gaat naar de website van %s. Klik op de link als u niet automatisch wordt doorgestuurd.</p>'
        '<p>%s</p></main>' % (E(name), a(target, "Doorgaan naar " + E(name)))), head='<meta http-equiv="refresh" content="3;url=%s">\n' % E(target)))
    if not W.has(self.host, "/externe-link"):
        W.put(self.host, "/externe-link", simple_page("Externe link", "<main><h1>Externe link</h1><p>%s</p></main>" % a("/", "Terug naar de homepage")))
    return u(self.host, path)


Site.interstitial = _site_interstitial


# ---------------------------------------------------------------- calls to action per family
VERBS = ("aanvragen", "doorgeven", "indienen", "melden", "maken", "ophalen", "inzien", "aangeven", "opvragen", "afmelden", "wijzigen", "doen", "houden", "regelen", "raadplegen", "aanleggen")
ACT = {"bezwaar": "indienen", "woz-bezwaar": "indienen", "belastingaanslag-bezwaar": "indienen", "klacht": "indienen",
       "woo-verzoek": "indienen", "melding-openbare-ruimte": "doen", "hondenbelasting": "aan- of afmelden",
       "grofvuil": "laten ophalen", "bouwdossier-inzage": "opvragen", "verhuismelding": "doorgeven"}


def act(title, pkey):
    t = title.split(" (")[0]
    last = t.split()[-1].lower().rstrip(")")
    if last in VERBS:
        return t
    return "%s %s" % (t, ACT.get(pkey, "aanvragen"))


def cta_html(site, pkey, title, r):
    f = site.fam
    lvl, kind, url = r["level"], r["kind"], r["cta_url"]
    m = site.m
    if r["via"]:
        bname = [b["name"] for b in BODIES.values() if b["host"] == r["via"]][0]
        how = {100: "Log daar in met DigiD" if "digid" in r["signals"] else "Log daar in met eHerkenning",
               67: "Vul daar het online formulier in", 33: "Download daar het aanvraagformulier"}[lvl]
        if "eherkenning" in r["signals"] and "digid" in r["signals"]:
            how = "Log daar in met DigiD of eHerkenning"
        bkind = [b["kind"] for b in BODIES.values() if b["host"] == r["via"]][0]
        lead = {"portal": "U vraagt dit aan via het landelijke %s.",
                "tax": "%s voert de gemeentelijke belastingen en de WOZ uit voor de gemeente {g}.",
                "social": "%s voert de Participatiewet en het minimabeleid uit voor de gemeente {g}.",
                "waste": "%s haalt het afval op in de gemeente {g} en regelt dit voor ons.",
                "archive": "Het bouwarchief van de gemeente {g} is ondergebracht bij het %s.",
                "od": "De %s behandelt deze aanvragen namens de gemeente {g}.",
                "parking": "Parkeervergunningen regelt u in het %s."}[bkind]
        txt = '<p>%s %s.</p>' % (E(lead.replace("{g}", m["short"]) % bname), how)
        if pkey == "gehandicaptenparkeerkaart" and bkind == "social":
            txt = '<p>De %s behandelt ook de aanvragen voor een gehandicaptenparkeerkaart. %s.</p>' % (E(bname), how)
        if f == "iprox":
            return txt + '<form method="get" action="%s"><button type="submit">Aanvragen bij %s</button></form>' % (E(url), E(bname))
        if f == "loket":
            return txt + '<p><button type="button" data-href="%s" onclick="window.location.href=this.dataset.href">Naar %s</button></p>' % (E(url), E(bname))
        if f == "atotz":
            return txt + '<p>&gt;&gt; %s</p>' % a(url, E(title) + " bij " + E(bname) + " (externe link)")
        return txt + '<p>%s</p>' % a(url, "%s bij %s%s" % (E(act(title, pkey)), E(bname), " (Deze link gaat naar een externe website)" if f in ("aer", "sim") else ""), "button")
    if lvl == 0:
        return ""
    if lvl == 33:
        lab = r["label"]
        ext = "pdf"
        tail = ""
        if kind == "33pe":
            tail = '<p>Vul het formulier digitaal in, sla het op en mail het naar %s. U kunt het ook printen en opsturen.</p>' % a("mailto:" + m["mail"], E(m["mail"]))
        intro = {"underscore": "Download het aanvraagformulier, vul het in en stuur het op.",
                 "sim": "U vraagt dit schriftelijk aan met het aanvraagformulier.",
                 "regelen": "Print het formulier, vul het volledig in en onderteken het."}.get(f, "Vul het aanvraagformulier in en stuur het naar de gemeente of lever het in bij de balie.")
        if f == "atotz":
            return '<p>%s</p><p>&gt;&gt; %s</p>%s' % (intro, a(url, lab), tail)
        return '<p>%s</p><ul class="downloads"><li>%s</li></ul>%s' % (intro, a(url, lab, "download"), tail)
    # online routes (67 / 100)
    d = "digid" in r["signals"]
    e = "eherkenning" in r["signals"]
    with_ = " (met DigiD)" if d and not e else (" (met eHerkenning)" if e and not d else (" (met DigiD of eHerkenning)" if d and e else ""))
    if pkey == "overlijdensaangifte" and e:
        return ('<p>Bent u uitvaartverzorger? Dan doet u de aangifte online met eHerkenning.</p>'
                + cta_html(site, "overlijdensaangifte-eh", title, r))
    if f == "slug":
        return '<p>U regelt dit online.</p><p>%s</p>' % a(url, ("Direct aanvragen" if lvl == 100 else "Online formulier invullen") + with_, "button button--primary")
    if f == "underscore":
        if d:
            return '<p>%s</p>' % ('<a href="%s"><img src="%s" alt="DigiD"> link %s</a>' % (E(url), E(u(site.host, "/img/digid.png")), E(title)))
        return '<p>%s</p>' % a(url, ("eHerkenning " if e else "") + "Vul het online formulier in", "btn")
    if f == "sim":
        return '<p>%s</p>' % a(url, "%s online%s" % (E(act(title, pkey)), with_))
    if f == "iprox":
        path = url.split("://", 1)[1].split("/", 1)[1]
        return '<form method="get" action="/%s" class="rx-aanvragen"><button type="submit">%s%s</button></form>' % (E(path), "Aanvragen" if lvl == 100 else "Online formulier", E(with_))
    if f == "owc":
        if d or e:
            logo = "/wp-content/themes/owc/img/digid-logo.svg" if d else "/wp-content/themes/owc/img/eherkenning-logo.svg"
            return ('<div class="pdc-digid"><img src="%s" alt="%s" width="46" height="46"> %s'
                    '<p>Voor deze aanvraag heeft u DigiD%s nodig.</p></div>' % (logo, "DigiD" if d else "eHerkenning", a(url, "Direct aanvragen" + with_, "btn"), " of eHerkenning" if e and d else ""))
        return '<p>%s</p>' % a(url, "Online formulier", "btn")
    if f == "loket":
        return '<p><button type="button" class="btn-aanvragen" data-href="%s" onclick="window.location.href=this.dataset.href">Online aanvragen%s</button></p>' % (E(url), E(with_))
    if f == "regelen":
        return '<p>%s</p>' % a(url, "Online regelen" + with_, "button")
    if f == "atotz":
        return '<p>&gt;&gt; %s</p>' % a(url, E(act(title, pkey)) + " online" + with_)
    if f == "aer":
        return ('<p>Vul het formulier hieronder in.%s</p><iframe class="formulier" src="%s" title="%s" width="100%%" height="600"></iframe>'
                % (" U logt in met DigiD." if d else (" U logt in met eHerkenning." if e else ""), E(url), E(title)))
    if f == "pdc":
        if lvl == 100:
            kindname = "DigiD" if d else "eHerkenning"
            logo = u(site.host, "/loket/static/digid.png") if d else u(site.host, "/loket/static/eherkenning.svg")
            return ('<div class="inlog-knop" data-login-url="%s" data-logo="%s" data-alt="%s" data-label="%s"></div>'
                    '<noscript><p>%s</p></noscript><script src="%s"></script>'
                    % (E(url), E(logo), kindname, E(act(title, pkey)), a(url, "Inloggen met " + kindname), E(u(site.host, "/loket/static/inloggen.js"))))
        return '<p>%s</p>' % a(url, "Naar het formulier")
    raise ValueError(f)


ZERO_TEXT = {
    "0app": "U vraagt dit persoonlijk aan bij de publieksbalie in het gemeentehuis. Maak daarvoor eerst een afspraak.",
    "0bal": "Kom hiervoor langs bij de publieksbalie in het gemeentehuis, of bel ons op {phone}. U krijgt dan een formulier mee.",
    "0tel": "Neem hiervoor telefonisch contact met ons op via {phone} (maandag tot en met vrijdag van 8.30 tot 17.00 uur). Een consulent maakt dan een afspraak voor een gesprek bij u thuis.",
    "0mail": "Stuur uw verzoek per brief naar {name}, Postbus 1, of per e-mail. Vermeld uw naam, adres, telefoonnummer en een duidelijke omschrijving, en onderteken de brief.",
    "0req": "Het aanvraagformulier is niet te downloaden. U kunt het opvragen via {phone} of ophalen bij de balie in het gemeentehuis. Wij sturen het formulier dan naar u toe.",
    "0uv": "Meestal doet de uitvaartverzorger de aangifte voor u. Doet u de aangifte zelf? Kom dan naar het gemeentehuis. Neem de verklaring van overlijden van de arts mee.",
}

# ---------------------------------------------------------------- traps
REG_NAMES = {
    "hondenbelasting": "Verordening hondenbelasting 2024", "leerlingenvervoer": "Verordening leerlingenvervoer 2023",
    "kansspelautomaatvergunning": "Speelautomatenverordening", "belastingkwijtschelding": "Kwijtscheldingsregeling en normbedragen 2024",
}


OTHER_CTX = {
    ("prov", "ligplaatsvergunning"): "Een ligplaats, steiger of boei in provinciaal vaarwater vraagt u aan bij de provincie.",
    ("bld", "belastingaanslag-bezwaar"): "Bezwaar tegen uw aanslag inkomstenbelasting of uw toeslagen? Dat doet u bij de Belastingdienst, niet bij de gemeente.",
    ("rdw", "parkeervergunning"): "Staat het kenteken nog niet op uw naam? Dat regelt u eerst bij de RDW.",
    ("ws", "belastingkwijtschelding"): "Heeft u ook een aanslag van het waterschap? Kwijtschelding van de waterschapsbelasting vraagt u apart aan bij het waterschap.",
}


def site_once(site, key, fn):
    cache = site.__dict__.setdefault("_once", {})
    if key not in cache:
        cache[key] = fn()
    return cache[key]


def tax_portal(site):
    def mk():
        lg = W.login(site.host, "mijn-belastingen")
        return site.page("/mijn-belastingen", "Mijn belastingen", (
            '<p>In Mijn belastingen bekijkt u uw aanslag gemeentelijke belastingen, uw WOZ-beschikking en het taxatieverslag.</p>'
            '<p><a class="btn" href="%s"><img src="%s" alt=""> Inloggen met DigiD</a></p>' % (E(lg), E(u(site.host, "/img/digid-logo.svg")))), host=site.host)
    return site_once(site, "tax", mk)


def pay_page(site):
    return site_once(site, "pay", lambda: site.page("/betalen", "Aanslag betalen", (
        '<p>Betaal uw aanslag gemeentelijke belastingen direct online met iDEAL.</p>'
        '<form method="get" action="%s"><p><label>Aanslagnummer<br><input name="aanslag"></label></p>'
        '<p><label>Bedrag<br><input name="bedrag"></label></p><p><button type="submit">Betalen met iDEAL</button></p></form>'
        % E(u(site.host, "/betalen-ideal"))), host=site.host) and site.page("/betalen-ideal", "iDEAL", "<p>Kies uw bank.</p>", host=site.host) and u(site.host, "/betalen"))


def selftest_page(site, pkey):
    def mk():
        return site.page("/rekenhulp", "Rekenhulp: heb ik recht op ondersteuning?", (
            '<p>Vul uw inkomen en gezinssituatie in. U ziet direct voor welke regelingen u misschien in aanmerking komt. Dit is geen aanvraag.</p>'
            '<form method="get" action="%s"><p><label>Netto maandinkomen<br><input name="inkomen"></label></p>'
            '<p><label>Leefsituatie<br><select name="situatie"><option>alleenstaand</option><option>samenwonend</option></select></label></p>'
            '<p><button type="submit">Bereken</button></p></form>' % E(u(site.host, "/rekenhulp-uitkomst"))), host=site.host) and site.page(
            "/rekenhulp-uitkomst", "Uitkomst rekenhulp", "<p>U komt mogelijk in aanmerking voor bijzondere bijstand en de meedoenregeling.</p>", host=site.host)
    site_once(site, "selftest", mk)
    return u(site.host, "/rekenhulp")


def woz_loket():
    h = BODIES["wozloket"]["host"]
    if not W.has(h, "/"):
        W.put(h, "/", simple_page("WOZ-waardeloket", '<main><h1>WOZ-waardeloket</h1><p>Bekijk de WOZ-waarde van iedere woning in Nederland.</p>'
                                  '<form method="get" action="/zoeken"><label>Postcode en huisnummer <input name="q"></label> <button type="submit">Zoeken</button></form></main>'))
        W.put(h, "/zoeken", simple_page("WOZ-waarde", "<main><h1>WOZ-waarde</h1><p>WOZ-waarde peildatum 1 januari 2023: € 312.000.</p></main>"))
    return u(h, "/")


def mijnoverheid():
    h = BODIES["mijnoverheid"]["host"]
    if not W.has(h, "/"):
        lg = W.login(h, "mijnoverheid")
        W.put(h, "/", simple_page("MijnOverheid", '<main><h1>MijnOverheid</h1><p>Uw Berichtenbox, lopende zaken en persoonlijke gegevens bij de overheid.</p>'
                                  '<p><a href="%s">Inloggen met DigiD</a></p></main>' % E(lg)))
    return u(h, "/")


def sibling_page(site, pkey):
    t, s, lv = SIBLING[pkey]
    def mk():
        ru, cta, sig = site.form(s, t, lv)
        if site.fam == "aer":
            act = '<iframe src="%s" title="%s" width="100%%" height="500"></iframe>' % (E(cta), E(t))
        else:
            act = '<p>%s</p>' % a(cta, E(t) + (" (met DigiD)" if lv == "100" else " - online formulier"), "button")
        return site.extra_page(t, PI[pkey]["cat"], '<h2>Wat is het?</h2><p>Dit regelt u online.</p>' + act, aud=PI[pkey]["aud"][0])
    return t, site_once(site, "sib-" + s, mk), lv


def trap(site, pkey, tok, title, routes):
    """Returns (html, signal, where, extra_route_signals)."""
    m = site.m
    arg = None
    if ":" in tok:
        tok, arg = tok.split(":", 1)
    short = m["short"]
    if tok == "appt_digid":
        ap = appointment(site)
        idx = ap.get("index_page", ap["index"])
        r = routes[pkey]
        first = "" if r["kind"] == "0app" else '<p>Liever persoonlijk aan de balie? %s.</p>' % a(idx, "Maak een afspraak")
        if site.idx % 2:
            line = '<p><a href="%s"><img src="%s" alt="DigiD" width="46" height="46"> Log in met DigiD</a> en maak direct een afspraak met uw gegevens.</p>' % (E(ap["login"]), E(u(site.host, "/img/digid-logo.svg")))
        else:
            line = '<p>Mijn afspraken: %s om uw afspraken te bekijken.</p>' % a(ap["login"], "inloggen met DigiD")
        return first + line, "trap_appointment_digid", "main", (["appointment_online"] if first else [])
    if tok == "appt_manage":
        ap = appointment(site)
        return '<p>%s</p>' % a(ap["manage"], "Afspraak wijzigen of annuleren"), "trap_appointment_manage", "main", []
    if tok == "not_online":
        txt = ["Via internet aanvragen is niet mogelijk.", "Dit kunt u niet online regelen.", "Online aanvragen kan (nog) niet."][site.idx % 3]
        return '<p class="let-op"><strong>Let op:</strong> %s</p>' % txt, "trap_not_online_text", "main", []
    if tok == "aux_pdf":
        name = AUX[pkey]
        url = u(site.pdc_host, site.doc_path(name))
        lab = put_pdf(url, name, ["Deze verklaring is een bijlage bij de aanvraag.", "Naam:", "Handtekening:"])
        return '<p>Nodig bij uw aanvraag: %s</p>' % a(url, lab), "trap_auxiliary_pdf", "main", []
    if tok == "direct":
        items = [x for x in site.own_digid if x[0] != pkey][:3]
        lis = "".join("<li>%s</li>" % a(c, E(t)) for _, t, c in items)
        return '<div class="direct-regelen"><h2>Direct regelen</h2><ul>%s</ul></div>' % lis, "trap_direct_regelen", "aside", []
    if tok == "status" and not site.status_url():
        def mk():
            lg = W.login(site.host, "mijn-zaken")
            return site.page("/mijn-zaken", "Mijn zaken", '<p>Bekijk de status van uw aanvragen en meldingen.</p><p>%s</p>' % a(lg, "Inloggen met DigiD"), host=site.host)
        return '<p>Al aangevraagd of gemeld? %s</p>' % a(site_once(site, "mijnzaken", mk), "Bekijk de status in Mijn zaken (DigiD)"), "trap_status_login", "main", []
    if tok == "status":
        return '<p>Al aangevraagd? %s</p>' % a(site.status_url(), "Bekijk de status van uw aanvraag in Mijn " + E(short)), "trap_status_login", "main", []
    if tok == "mijnoverheid":
        return '<p>Welke gegevens de gemeente van u heeft, ziet u ook in %s (inloggen met DigiD).</p>' % a(mijnoverheid(), "MijnOverheid"), "trap_mijnoverheid", "aside", []
    if tok == "sibling":
        t, url, lv = sibling_page(site, pkey)
        own = routes[pkey]["level"]
        sg = "trap_sibling_higher" if own is None or int(lv) > own else "trap_sibling_form"
        return '<div class="zie-ook"><h2>Zie ook</h2><p>%s</p></div>' % a(url, E(t)), sg, "aside", []
    if tok == "other_login":
        b = {"prov": m["prov"], "ws": m["ws"]}.get(arg, arg)
        txt = OTHER_CTX.get((arg, pkey)) or OTHER_TEXT.get(arg, OTHER_TEXT["ws"])
        lu = body_login(b)
        return '<div class="andere-instantie"><p>%s</p><p>%s</p></div>' % (E(txt), a(lu, E(BODIES[b]["mijn"]) + " (inloggen met DigiD)")), "trap_other_body_login", "aside", []
    if tok == "regional_login":
        b = BODIES[arg]
        lu = body_login(arg)
        if b["kind"] == "social":
            txt = "Heeft u al een uitkering of voorziening via %s? Geef wijzigingen door via %s." % (b["name"], b["mijn"])
        else:
            txt = "Bent u ondernemer en wilt u een melding Activiteitenbesluit doen of een klacht over bedrijven indienen? Dat doet u bij de %s." % b["name"]
        return '<p class="regio">%s %s</p>' % (E(txt), a(lu, E(b["mijn"]))), "trap_regional_login", "aside", []
    if tok == "tax_login" and m.get("taxbody"):
        b = BODIES[m["taxbody"]]
        return '<p>Uw aanslag en WOZ-beschikking bekijkt u bij %s: %s (DigiD).</p>' % (E(b["name"]), a(body_login(m["taxbody"]), E(b["mijn"]))), "trap_tax_login", "aside", []
    if tok == "bezwaar":
        r = routes["bezwaar"]
        tgt = r["cta_url"] or None
        if not tgt:
            return "", None, "main", []
        return '<p>Bent u het niet eens met een besluit van de gemeente? %s</p>' % a(tgt, "Maak bezwaar" + (" (met DigiD)" if "digid" in r["signals"] else "")), "trap_bezwaar_link", "main", []
    if tok == "eh_other":
        def mk():
            lg = W.login(site.host, "ondernemersloket", "eherkenning")
            return site.page("/ondernemersloket", "Ondernemersloket", (
                '<p>In het Ondernemersloket ziet u de status van uw vergunningaanvragen en uw belastingaanslagen als ondernemer.</p>'
                '<p><a class="btn" href="%s"><img src="%s" alt=""> Inloggen met eHerkenning</a></p>' % (E(lg), E(u(site.host, "/img/eherkenning-logo.svg")))), host=site.host)
        return '<p>Ondernemer? Volg uw aanvragen in het %s (inloggen met eHerkenning).</p>' % a(site_once(site, "ehloket", mk), "Ondernemersloket"), "trap_eherkenning_other", "aside", []
    if tok == "tax_login":
        return '<p>Uw aanslag en WOZ-beschikking bekijkt u in %s (DigiD).</p>' % a(tax_portal(site), "Mijn belastingen"), "trap_tax_login", "aside", []
    if tok == "payment":
        return '<p>Aanslag ontvangen? %s.</p>' % a(pay_page(site), "Betaal direct online met iDEAL"), "trap_payment", "main", []
    if tok == "wozloket":
        return '<p>De WOZ-waarde van andere woningen bekijkt u op het %s.</p>' % a(woz_loket(), "WOZ-waardeloket"), "trap_wozloket", "main", []
    if tok == "omgevingsloket":
        olo_aanvragen()
        h = BODIES["olo"]["host"]
        return ('<p>Bomen in een beschermd gebied of bij een monument? Doe dan de %s in het Omgevingsloket. '
                'Uw aanvragen in het Omgevingsloket volgt u via %s.</p>' % (a(u(h, "/checken/"), "vergunningcheck"), a(u(h, "/mijn/"), "Mijn Omgevingsloket"))), "trap_omgevingsloket", "main", []
    if tok == "selftest":
        return '<p>%s</p>' % a(selftest_page(site, pkey), "Doe de rekenhulp: heeft u recht op ondersteuning?"), "trap_selftest", "main", []
    if tok == "own_login":
        r = routes[pkey]
        host = r["via"] or site.host
        if r["via"]:
            bkey = [k for k, b in BODIES.items() if b["host"] == host][0]
            lu = body_page(bkey, "/inloggen", "Inloggen", '<form method="post" action="/inloggen"><p><label>E-mailadres<br><input type="email" name="email"></label></p>'
                           '<p><label>Wachtwoord<br><input type="password" name="pw"></label></p><p><button type="submit">Inloggen</button></p></form>')
            name = BODIES[bkey]["mijn"]
        else:
            lu = site.page("/afvalwijzer-inloggen", "Inloggen Afvalwijzer", '<form method="post" action="/afvalwijzer-inloggen"><p><label>E-mailadres<br><input type="email" name="email"></label></p>'
                           '<p><label>Wachtwoord<br><input type="password" name="pw"></label></p><p><button type="submit">Inloggen</button></p></form>', host=site.host)
            name = "Mijn Afvalwijzer"
        return '<p>Uw ophaaldagen en pasjes beheert u in %s (inloggen met e-mailadres en wachtwoord).</p>' % a(lu, E(name)), "trap_own_login", "aside", []
    if tok == "callback_digid":
        ru, cta, sig = site_once(site, "callback", lambda: site.form("terugbelverzoek", "Terugbelverzoek", "100"))
        return '<div class="contact-blok"><h2>Vragen?</h2><p>Bel ons op %s of %s.</p></div>' % (E(m["phone"]), a(cta, "laat u terugbellen (inloggen met DigiD)")), "trap_callback_digid", "aside", []
    if tok == "question_digid":
        ru, cta, sig = site_once(site, "question", lambda: site.form("vraag-stellen", "Stel uw vraag", "100"))
        return '<p>Heeft u een vraag hierover? %s</p>' % a(cta, "Stel uw vraag (met DigiD)"), "trap_question_digid", "aside", []
    if tok == "mailto":
        return '<p>Mailen kan ook: %s.</p>' % a("mailto:" + m["mail"], E(m["mail"])), "trap_mailto", "main", []
    if tok == "regulation_pdf":
        name = REG_NAMES.get(pkey, "Tarieventabel leges 2024")
        url = u(site.pdc_host, site.doc_path(name))
        lab = put_pdf(url, name, ["Artikel 1. Begripsbepalingen", "Artikel 2. Belastbaar feit", "Artikel 3. Tarieven"])
        return '<h2>Regelgeving</h2><ul><li>%s</li></ul>' % a(url, lab), "trap_regulation_pdf", "main", []
    if tok == "seealso_pdf":
        r = routes[arg]
        return '<p>Zie ook: %s</p>' % a(r["cta_url"], r["label"]), "trap_seealso_pdf", "main", []
    if tok == "seealso_form":
        r = routes[arg]
        return '<p>Schenkt u ook alcohol? %s</p>' % a(r["cta_url"], "Alcoholvergunning online aanvragen (met eHerkenning)"), "trap_seealso_form", "main", []
    raise ValueError(tok)


POOL = {
    "brp-uittreksel": ["mijnoverheid", "appt_digid"], "verhuismelding": ["mijnoverheid", "status"],
    "geboorteaangifte": ["appt_manage", "not_online"], "overlijdensaangifte": ["appt_manage"],
    "huwelijksaangifte": ["appt_manage", "sibling"], "paspoort": ["aux_pdf"], "identiteitskaart": ["aux_pdf"],
    "parkeervergunning": ["other_login:rdw", "status"], "gehandicaptenparkeerkaart": ["sibling", "aux_pdf"],
    "gehandicaptenparkeerplaats": ["sibling", "other_login:rdw"], "hondenbelasting": ["payment", "tax_login"],
    "belastingkwijtschelding": ["other_login:ws", "aux_pdf"], "woz-bezwaar": ["wozloket", "tax_login"],
    "bijstand": ["other_login:werk", "sibling"], "bijzondere-bijstand": ["selftest", "sibling"],
    "wmo-voorziening": ["selftest", "callback_digid"], "leerlingenvervoer": ["other_login:duo", "regulation_pdf"],
    "grofvuil": ["own_login"], "afvalcontainer": ["own_login"], "melding-openbare-ruimte": ["status", "question_digid"],
    "omgevingsvergunning": ["bezwaar", "status"], "kapvergunning": ["sibling", "bezwaar"],
    "bouwdossier-inzage": ["appt_digid", "mailto"], "bezwaar": ["callback_digid", "status"],
    "klacht": ["bezwaar", "question_digid"], "woo-verzoek": ["mailto", "status"], "subsidie": ["other_login:prov", "status"],
    "evenementenvergunning": ["sibling", "eh_other"], "exploitatievergunning-horeca": ["other_login:justis", "eh_other"],
    "alcoholvergunning": ["other_login:justis", "eh_other"], "terrasvergunning": ["sibling", "eh_other"],
    "standplaatsvergunning": ["sibling", "eh_other"], "marktvergunning": ["eh_other", "not_online"],
    "reclamebelasting": ["tax_login", "eh_other"], "geluidsontheffing": ["sibling", "eh_other"],
    "winkeltijdenontheffing": ["eh_other"], "kansspelautomaatvergunning": ["eh_other", "regulation_pdf"],
    "collectevergunning": ["sibling"], "ligplaatsvergunning": ["other_login:prov"],
    "uitwegvergunning": ["omgevingsloket", "bezwaar"], "belastingaanslag-bezwaar": ["other_login:bld", "payment"],
    "betalingsregeling": ["payment", "tax_login"],
}


def auto_traps(spec):
    """Give a product page without traps of its own one or two from its pool."""
    if spec["route"] == "nf" or spec["traps"] or "share" in spec["opts"]:
        return
    if spec["route"].startswith("no:"):
        spec["traps"] = ["question_digid" if len(spec["pkey"]) % 2 else "callback_digid"]
        return
    out = []
    for t in POOL.get(spec["pkey"], []):
        if t == "not_online" and not spec["route"].startswith("0"):
            continue
        if t == "aux_pdf" and spec["pkey"] not in AUX:
            continue
        if t == "sibling" and spec["pkey"] not in SIBLING:
            continue
        if t == "bezwaar" and spec["pkey"] == "bezwaar":
            continue
        out.append(t)
    spec["traps"] = out[:2]


SITEWIDE_SIGNAL = {"site_login": "trap_site_login", "footer_digid": "trap_footer_digid", "mijnoverheid_footer": "trap_mijnoverheid",
                   "newsletter": "trap_newsletter", "chat": "trap_chat", "direct_bar": "trap_direct_regelen", "feedback": "trap_feedback"}

# ---------------------------------------------------------------- product pages
def sections(site, pi, title, route_block, main_traps):
    tpl = FAM_STYLE[site.fam][2]
    rb = route_block + "\n".join(main_traps)
    if tpl == "toptaken":
        return ('<h2>Wat is het?</h2><p>%s</p>\n<h2>Hoe werkt het?</h2>\n%s\n<h2>Wat heb ik nodig?</h2><p>%s</p>\n'
                '<h2>Wat kost het?</h2><p>%s</p>\n<h2>Hoe lang duurt het?</h2><p>%s</p>' % (E(pi["intro"]), rb, E(pi["need"]), E(pi["cost"]), E(pi["dur"])))
    if tpl == "accordion":
        return ('<p class="intro">%s</p>\n<details open><summary>Aanvragen</summary>\n%s\n</details>\n'
                '<details><summary>Wat heeft u nodig?</summary><p>%s</p></details>\n<details><summary>Kosten</summary><p>%s</p></details>\n'
                '<details><summary>Termijn</summary><p>%s</p></details>' % (E(pi["intro"]), rb, E(pi["need"]), E(pi["cost"]), E(pi["dur"])))
    if tpl == "iprox":
        return ('<div class="rx-intro"><h2>Wat is het</h2><p>%s</p></div>\n<h2>Aanvragen</h2>\n%s\n<h2>Voorwaarden</h2><p>%s</p>\n'
                '<h2>Kosten</h2><p>%s</p>\n<h2>Termijn</h2><p>%s</p>' % (E(pi["intro"]), rb, E(pi["need"]), E(pi["cost"]), E(pi["dur"])))
    if tpl == "pdc":
        return ('<div class="pdc-product"><h2>Product informatie</h2><h3>Inleiding</h3><p>%s</p>\n<h3>Voorwaarden</h3><p>%s</p>\n'
                '<h3>Aanpak</h3>\n%s\n<h3>Kosten</h3><p>%s</p>\n<h3>Termijn</h3><p>%s</p></div>' % (E(pi["intro"]), E(pi["need"]), rb, E(pi["cost"]), E(pi["dur"])))
    raise ValueError(tpl)


def route_block(site, pkey, title, r):
    m = site.m
    if r["kind"].startswith("no:"):
        return ""
    if r["level"] == 0 and not r["via"]:
        txt = '<p>%s</p>' % E(ZERO_TEXT[r["kind"]].format(phone=m["phone"], name=m["name"]))
        if r["kind"] == "0app":
            ap = appointment(site)
            idx = ap.get("index_page", ap["index"])
            txt += '<p>%s</p>' % a(idx, "Maak een afspraak", "button")
        return txt
    return cta_html(site, pkey, title, r)


def render_product(site, items, routes, titles, paths):
    """items: the specs sharing one page (usually one)."""
    m = site.m
    first = items[0]
    pkey = first["pkey"]
    pi = PI[pkey]
    path = paths[pkey]
    if len(items) > 1:
        title = " en ".join(titles[it["pkey"]].split(" aanvragen")[0] for it in items)
    else:
        title = titles[pkey]
    main_traps, aside, trap_sigs, extra_sigs = [], [], {}, {}
    for it in items:
        k = it["pkey"]
        trap_sigs[k], extra_sigs[k] = [], []
    seen = []
    for it in items:
        for tok in it["traps"]:
            if tok in seen:
                continue
            seen.append(tok)
            html_, sig, where, extra = trap(site, it["pkey"], tok, titles[it["pkey"]], routes)
            if sig is None:
                continue
            (main_traps if where == "main" else aside).append(html_)
            for it2 in items:
                if sig not in trap_sigs[it2["pkey"]]:
                    trap_sigs[it2["pkey"]].append(sig)
                extra_sigs[it2["pkey"]] += extra
    if first["route"].startswith("no:"):
        reason = first["route"][3:]
        body = '<p class="intro">%s</p>\n<h2>Hoe zit het?</h2>\n<p>%s</p>\n%s' % (
            E(pi["intro"]), E(NOT_OFFERED[reason].format(g=m["short"])), "\n".join(main_traps))
    else:
        blocks = []
        for it in items:
            rb = route_block(site, it["pkey"], titles[it["pkey"]], routes[it["pkey"]])
            if len(items) > 1:
                rb = "<h3>%s</h3>%s" % (E(titles[it["pkey"]]), rb)
            blocks.append(rb)
        body = sections(site, pi, title, "\n".join(blocks), main_traps)
        if len(items) > 1:
            body = '<p>Op deze pagina leest u hoe u een paspoort of een identiteitskaart aanvraagt.</p>' + body
    aside_html = "\n".join(aside)
    crumbs = [(site.abs_cat(pi["cat"]), CATS[pi["cat"]])]
    url = site.page(path, title, body, crumbs=crumbs, aside=aside_html)
    if site.fam == "regelen":
        tabs = ('<nav class="tabs">%s | %s</nav>' % (a(url + "?show=online", "Online regelen"), a(url + "?show=townhall", "Op het gemeentehuis")))
        # rewrite with tabs, plus the townhall tab page
        W.files.pop((site.host, path))
        W.sitemaps[site.host].remove(path)
        site.page(path, title, tabs + body, crumbs=crumbs, aside=aside_html)
        site.page(path + "?show=townhall", title, tabs + '<h2>Op het gemeentehuis</h2><p>Liever persoonlijk contact? Bel %s of kom langs in het gemeentehuis in Oosterwolde (maandag tot en met vrijdag 9.00 - 12.30 uur).</p>' % E(m["phone"]), crumbs=crumbs)
    site.pages.append((url, title, pi["cat"]))
    return url, trap_sigs, extra_sigs


# ---------------------------------------------------------------- general site pages
NEWS = [
    ("Nieuwe openingstijden publieksbalie", "Vanaf 1 maart is de publieksbalie ook op donderdagavond open, alleen op afspraak. U maakt online een afspraak voor uw paspoort of identiteitskaart."),
    ("Verhuizing nu ook online doorgeven", "U kunt uw verhuizing voortaan ook online doorgeven met DigiD. Dat scheelt u een bezoek aan het gemeentehuis."),
    ("Aanslag gemeentelijke belastingen verstuurd", "Eind februari ontvangt u de aanslag gemeentelijke belastingen. Heeft u een laag inkomen? Misschien kunt u kwijtschelding krijgen."),
]


def build_general(site, prod_links):
    m = site.m
    h = site.host
    # assets
    W.put(h, "/img/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="0" y="30" font-size="20">%s</text></svg>' % E(m["name"]))
    W.put(h, "/img/digid.png", digid_png())
    ensure_logo(h)
    if site.pdc_host != h:
        W.put(site.pdc_host, "/img/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="0" y="30" font-size="20">%s</text></svg>' % E(m["name"]))
        W.put(site.pdc_host, "/img/digid.png", digid_png())
        ensure_logo(site.pdc_host)
    if site.fam == "owc":
        W.put(h, "/wp-content/themes/owc/img/digid-logo.svg", DIGID_SVG)
        W.put(h, "/wp-content/themes/owc/img/eherkenning-logo.svg", EH_SVG)
    if site.fam == "pdc":
        W.put(h, "/loket/static/digid.png", digid_png())
        W.put(h, "/loket/static/eherkenning.svg", EH_SVG)
        W.put(h, "/loket/static/inloggen.js", MD_JS)
    if "chat" in m["sitewide"]:
        for hh in sorted({h, site.pdc_host}):
            W.put(hh, "/js/chat.js", CHAT_JS)
        site.page("/chat", "Chat met ons", "<p>Onze chat is open op werkdagen van 9.00 tot 16.00 uur. Stel uw vraag in het chatvenster.</p>", host=h)
    if "feedback" in m["sitewide"]:
        site.page("/feedback", "Bedankt voor uw reactie", "<p>Bedankt. Met uw reactie verbeteren wij onze website.</p>", host=h)
    if "newsletter" in m["sitewide"]:
        site.page("/nieuwsbrief/aanmelden", "Nieuwsbrief", "<p>Bedankt voor uw aanmelding. U ontvangt een e-mail om uw aanmelding te bevestigen.</p>", host=h)
    if "site_login" in m["sitewide"]:
        site.build_site_login_pages()
    # unlabelled pages: national products the municipality points to
    ap = appointment(site)
    idx = ap.get("index_page", ap["index"])
    site.extra_page("Rijbewijs aanvragen of verlengen", "burgerzaken", (
        '<h2>Wat is het?</h2><p>Een rijbewijs vraagt u aan bij de gemeente waar u staat ingeschreven. Verlengen kan soms online bij de RDW.</p>'
        '<p>%s</p><p>%s</p><p>Bent u 75 jaar of ouder? Vul dan eerst de Gezondheidsverklaring in bij het CBR: %s.</p>'
        % (a(idx, "Maak een afspraak"), a(body_login("rdw"), "Rijbewijs online verlengen bij de RDW (met DigiD)"), a(body_login("cbr"), "Mijn CBR"))))
    site.extra_page("Verklaring Omtrent het Gedrag (VOG)", "burgerzaken", (
        '<h2>Wat is het?</h2><p>Een VOG vraagt u meestal online aan bij Justis. De gemeente is hierbij niet meer betrokken.</p>'
        '<p>%s</p>' % a(body_page("justis", "/producten/vog/", "VOG aanvragen", '<p>Vraag uw VOG online aan.</p><p>%s</p>' % a(W.login(BODIES["justis"]["host"], "vog"), "VOG aanvragen met DigiD")),
                        "VOG online aanvragen bij Justis (met DigiD)")))
    site.extra_page("Verhuizen naar het buitenland (emigratie)", "burgerzaken", (
        '<h2>Wat is het?</h2><p>Gaat u langer dan 8 maanden in het buitenland wonen? Dan meldt u dit bij de gemeente, uiterlijk 5 dagen voor vertrek.</p>'
        '<p>Kom hiervoor langs aan de balie. %s</p>' % a(idx, "Maak een afspraak")))
    site.extra_page("Afval scheiden", "afval", '<h2>Wat is het?</h2><p>Door afval goed te scheiden kan het opnieuw worden gebruikt. Bekijk de afvalkalender voor de ophaaldagen.</p>')
    # news
    news_links = []
    for i, (t, txt) in enumerate(NEWS):
        p = "/nieuws/%s" % slugify(t)
        news_links.append(a(site.page(p, t, "<p>%s</p>" % E(txt), host=h), E(t)))
    site.page("/nieuws/", "Nieuws", "<ul>%s</ul>" % "".join("<li>%s</li>" % n for n in news_links), host=h)
    # contact, privacy, accessibility, search
    site.page("/contact", "Contact", '<p>%s<br>Raadhuisplein 1<br>Telefoon: %s (maandag tot en met vrijdag 8.30 - 17.00 uur)</p>'
              '<p>Voor een bezoek aan de balie maakt u eerst een %s.</p>' % (E(m["name"]), E(m["phone"]), a(idx, "afspraak")), host=h)
    site.page("/privacy", "Privacyverklaring", "<p>Wij gaan zorgvuldig om met uw persoonsgegevens.</p>", host=h)
    site.page("/toegankelijkheid", "Toegankelijkheid", "<p>Wij werken aan een toegankelijke website volgens de WCAG 2.1.</p>", host=h)
    site.page("/zoeken", "Zoeken", "<p>Typ een zoekterm in het zoekveld bovenaan de pagina.</p>", host=h)
    # overviews
    allp = sorted(site.pages, key=lambda x: x[1].lower())
    for cat in CATS:
        lst = [x for x in allp if x[2] == cat]
        site.page(site.cat_path(cat), CATS[cat], "<ul>%s</ul>" % "".join("<li>%s</li>" % a(uu, E(t)) for uu, t, _ in lst))
    site.page(site.az_path(), "Alle onderwerpen van A tot Z", "<ul>%s</ul>" % "".join("<li>%s</li>" % a(uu, E(t)) for uu, t, _ in allp))
    if m["platform"] == "imgform":
        site.page("/formulieren/", "Formulieren", "<p>Alle formulieren vindt u bij het onderwerp. %s</p>" % a(u(h, site.az_path()), "Naar alle onderwerpen"))
    if m["platform"] == "iproxforms":
        site.page("/Inwoners/Formulieren_digitaal/", "Formulieren digitaal", "<p>Start een formulier vanaf de pagina van het product. %s</p>" % a(u(h, site.az_path()), "Alle onderwerpen"))
    # home
    top = ["verhuismelding", "paspoort", "afvalcontainer", "melding-openbare-ruimte", "omgevingsvergunning", "belastingkwijtschelding"]
    tl = "".join("<li>%s</li>" % a(prod_links[k], E(PI[k]["t"][0])) for k in top if k in prod_links)
    home = ('<h2>Direct naar</h2><ul class="toptaken">%s</ul>\n<h2>Onderwerpen</h2><ul>%s</ul>\n<h2>Nieuws</h2><ul>%s</ul>\n<p>%s | %s</p>'
            % (tl, "".join("<li>%s</li>" % a(site.abs_cat(c), E(CATS[c])) for c in CATS), "".join("<li>%s</li>" % n for n in news_links),
               a(u(site.pdc_host, site.az_path()), "Alle producten en diensten A-Z"), a(idx, "Afspraak maken")))
    site.page("/", "Welkom bij %s" % m["name"], home, host=h)
    if site.pdc_host != h:
        site.page("/", "Digitaal loket %s" % m["name"], '<p>%s</p>' % a(u(site.pdc_host, site.az_path()), "Alle producten"), host=site.pdc_host)


def write_sitemaps():
    for host in sorted(W.sitemaps):
        if not any(host == s.host or host == s.pdc_host for s in SITES):
            continue
        urls = "".join("<url><loc>%s</loc></url>" % E(u(host, p)) for p in W.sitemaps[host] if "?" not in p)
        W.put(host, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>\n' % urls)
        W.put(host, "/robots.txt", "User-agent: *\nDisallow: /zoeken\nSitemap: http://%s/sitemap.xml\n" % host)


SITES = []


# ---------------------------------------------------------------- labels
def note_for(r, spec, site):
    k = r["kind"]
    if k == "nf":
        return "no page for this product on the site"
    if k.startswith("no:"):
        return "page states the municipality does not offer it (%s)" % k[3:]
    if r["via"]:
        return "route is another body's: %s at %s" % ({100: "login form", 67: "online form", 33: "PDF"}[r["level"]], r["via"])
    if k == "0app":
        return "only in person by appointment; the booking system (%s) is not an application form" % site.m["appt"][0]
    if k.startswith("0"):
        return {"0bal": "counter or phone only", "0tel": "by phone / consultant visit only", "0mail": "by letter or e-mail only",
                "0req": "paper form only on request, nothing to download", "0uv": "undertaker or counter; no form"}[k]
    if r["level"] == 33:
        return "printable form" + (" (fillable PDF to be e-mailed)" if k == "33pe" else (" (Word)" if k == "33w" else ""))
    if r["level"] == 67:
        return "online form without login"
    return "form behind " + ("DigiD and eHerkenning" if k == "100de" else ("eHerkenning" if k == "100e" else "DigiD")) + (" with stated pre-fill" if k == "100p" else "")


def build_site(site, products):
    m = site.m
    specs = {s["pkey"]: s for s in parse_specs(SPECS[m["key"]])}
    for s in specs.values():
        auto_traps(s)
    gkeys = [p["product_key"] for p in products if "G" in p["org_types"]]
    missing = [k for k in gkeys if k not in specs]
    if missing:
        raise SystemExit("%s: no spec for %s" % (m["key"], missing))
    titles, paths, routes = {}, {}, {}
    for i, k in enumerate(gkeys):
        s = specs[k]
        t = s["opts"].get("title") or PI[k]["t"][(site.idx + i) % len(PI[k]["t"])]
        titles[k] = t
    # phase 1: paths and routes (non-shared first so shares can refer to them)
    for k in gkeys:
        s = specs[k]
        if s["route"] == "nf":
            routes[k] = build_route(site, k, titles[k], "nf")
            continue
        if "share" not in s["opts"]:
            paths[k] = site.path_for(titles[k], PI[k]["cat"], PI[k]["aud"][0])
        routes[k] = build_route(site, k, titles[k], s["route"])
    for k in gkeys:
        s = specs[k]
        if "share" in s["opts"]:
            paths[k] = paths[s["opts"]["share"]]
    # phase 2: pages
    groups = []
    for k in gkeys:
        s = specs[k]
        if s["route"] == "nf":
            continue
        if "share" in s["opts"]:
            continue
        grp = [s] + [specs[k2] for k2 in gkeys if specs[k2]["opts"].get("share") == k]
        groups.append(grp)
    purl, tsig, xsig = {}, {}, {}
    for grp in groups:
        url, ts, xs = render_product(site, grp, routes, titles, paths)
        for it in grp:
            purl[it["pkey"]] = url
            tsig[it["pkey"]] = ts[it["pkey"]] + (["trap_shared_page"] if len(grp) > 1 else [])
            xsig[it["pkey"]] = xs[it["pkey"]]
    build_general(site, purl)
    sw = [SITEWIDE_SIGNAL[x] for x in m["sitewide"]]
    rows = []
    for k in gkeys:
        s = specs[k]
        r = routes[k]
        if s["route"] == "nf":
            rows.append(dict(org_code=m["code"], product_key=k, level="", status="not_found", product_url="", route_url="",
                             level_strict="", via="", signals="", notes=note_for(r, s, site)))
            continue
        sig = list(r["signals"]) + xsig[k]
        traps = tsig[k] + [x for x in sw if x not in tsig[k]]
        if s["route"].startswith("no:"):
            rows.append(dict(org_code=m["code"], product_key=k, level="", status="not_offered", product_url=purl[k], route_url="",
                             level_strict="", via="", signals=";".join(sorted(set(["not_offered_text"] + traps))), notes=note_for(r, s, site)))
            continue
        lvl = r["level"]
        strict = lvl if lvl < 100 else (100 if "prefill_text" in sig else 67)
        rows.append(dict(org_code=m["code"], product_key=k, level=str(lvl), status="ok", product_url=purl[k],
                         route_url=r["route_url"] if lvl > 0 else "", level_strict=str(strict), via=r["via"],
                         signals=";".join(sorted(set(sig + traps))), notes=note_for(r, s, site)))
    return rows


# ---------------------------------------------------------------- main
def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web")
    with open(os.path.join(HERE, "..", "..", "..", "config", "products.csv"), newline="", encoding="utf-8") as f:
        products = [dict(product_key=r["product_key"], name_nl=r["name_nl"], org_types=r["org_types"]) for r in csv.DictReader(f)]
    build_idps()
    rows = []
    for i, m in enumerate(MUNIS):
        site = Site(m, i)
        SITES.append(site)
        rows += build_site(site, products)
    build_body_homes()
    write_sitemaps()
    # search pages and error pages
    behaviours = {"redirects": sorted(W.redirects, key=lambda r: r["url"])}
    searches = []
    for s in SITES:
        if s.key in ("zuidplas", "voorst", "hardinxveld"):
            searches.append({"host": s.host, "path": "/zoeken", "param": "q", "index": "search/%s.json" % s.host,
                             "template": "search/%s.html" % s.host})
    behaviours["searches"] = searches
    behaviours["host_redirects"] = [{"host": "zuidplas.test", "status": 301, "to": "www.zuidplas.test"},
                                    {"host": "voorst.test", "status": 301, "to": "www.voorst.test"}]
    behaviours["not_found_pages"] = [{"host": "www.beuningen.test", "file": "errors/beuningen-soft404.html", "status": 200},
                                     {"host": "www.middendrenthe.test", "file": "errors/middendrenthe-404.html", "status": 404}]
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    W.write(out)
    os.makedirs(os.path.join(out, "search"))
    for s in SITES:
        if s.key in ("zuidplas", "voorst", "hardinxveld"):
            idx = [{"url": uu, "title": t, "text": t + " - " + CATS[c]} for uu, t, c in sorted(s.pages)]
            with open(os.path.join(out, "search", s.host + ".json"), "w", encoding="utf-8") as f:
                json.dump(idx, f, ensure_ascii=False, indent=1, sort_keys=True)
            with open(os.path.join(out, "search", s.host + ".html"), "w", encoding="utf-8") as f:
                f.write(simple_page("Zoeken | " + s.m["name"], '<main><h1>Zoekresultaten voor "<!--QUERY-->"</h1>\n<!--RESULTS-->\n<p><a href="/">Home</a></p></main>'))
    os.makedirs(os.path.join(out, "errors"))
    with open(os.path.join(out, "errors", "beuningen-soft404.html"), "w", encoding="utf-8") as f:
        f.write(simple_page("Pagina niet gevonden | Gemeente Beuningen", '<main><h1>Oeps, deze pagina bestaat niet (meer)</h1><p>De pagina die u zoekt is verplaatst of verwijderd. <a href="/">Naar de homepage</a></p></main>'))
    with open(os.path.join(out, "errors", "middendrenthe-404.html"), "w", encoding="utf-8") as f:
        f.write(simple_page("404 | Gemeente Midden-Drenthe", '<main><h1>Pagina niet gevonden (404)</h1><p><a href="/">Naar de homepage</a></p></main>'))
    with open(os.path.join(out, "testweb.json"), "w", encoding="utf-8") as f:
        json.dump({"behaviours": behaviours}, f, indent=1, sort_keys=True)
    with open(os.path.join(out, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for m in MUNIS:
            w.writerow([m["code"], m["name"], "gemeente", "http://%s/" % m["host"], m["inhabitants"]])
    cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "signals", "notes"]
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow(r)
    print("wrote %d files, %d labels into %s" % (len(W.files), len(rows), out))


if __name__ == "__main__":
    main()
