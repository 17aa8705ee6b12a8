#!/usr/bin/env python3
"""Generate a labelled simulated web of ten Dutch municipalities (web-dev28).

Usage: python3 gen.py [OUTDIR]    (default: web/ beside this script)

Deterministic: no randomness, no set iteration; two runs give byte-identical output.
Standard library only. Reads the product list only from products.csv beside this script
(columns product_key, name_nl, org_types).
"""
import csv
import hashlib
import html
import io
import json
import os
import shutil
import sys
import zipfile
from urllib.parse import quote, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape


def h8(s):
    return hashlib.sha1(s.encode("utf-8")).hexdigest()[:8]


def hnum(s, mod):
    return int(hashlib.sha1(s.encode("utf-8")).hexdigest()[:8], 16) % mod


# --------------------------------------------------------------------------------------
# documents
# --------------------------------------------------------------------------------------

def _pdf_str(s):
    s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return s.encode("latin-1", "replace").decode("latin-1")


def make_pdf(title, lines, fields=()):
    """A minimal valid PDF (one page, Helvetica text, optional AcroForm text fields)."""
    content = ["BT", "/F1 15 Tf", "56 790 Td", "(%s) Tj" % _pdf_str(title), "/F1 10 Tf"]
    y_step = -16
    content.append("0 -28 Td")
    for ln in lines:
        content.append("(%s) Tj" % _pdf_str(ln))
        content.append("0 %d Td" % y_step)
    content.append("ET")
    stream = "\n".join(content).encode("latin-1", "replace")
    objs = []
    field_refs = []
    n_base = 6
    annots = []
    for i, f in enumerate(fields):
        num = n_base + i
        field_refs.append("%d 0 R" % num)
        y = 420 - i * 34
        annots.append(num)
        objs_txt = ("<< /Type /Annot /Subtype /Widget /FT /Tx /T (%s) /Rect [200 %d 540 %d] "
                    "/F 4 /P 3 0 R /DA (/Helv 10 Tf 0 g) /MK << /BC [0 0 0] >> >>") % (_pdf_str(f), y, y + 20)
        objs.append((num, objs_txt.encode("latin-1", "replace")))
    page_annots = (" /Annots [%s]" % " ".join(field_refs)) if field_refs else ""
    acro = (" /AcroForm << /Fields [%s] /DA (/Helv 10 Tf 0 g) /DR << /Font << /Helv 5 0 R >> >> >>"
            % " ".join(field_refs)) if field_refs else ""
    base = [
        (1, ("<< /Type /Catalog /Pages 2 0 R%s >>" % acro).encode()),
        (2, b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
        (3, ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
             "/Contents 4 0 R%s >>" % page_annots).encode()),
        (4, b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"),
        (5, b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"),
    ]
    allobjs = base + objs
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num, body in allobjs:
        offsets[num] = out.tell()
        out.write(b"%d 0 obj\n" % num + body + b"\nendobj\n")
    xref = out.tell()
    n = len(allobjs) + 1
    out.write(b"xref\n0 %d\n" % n)
    out.write(b"0000000000 65535 f \n")
    for num in range(1, n):
        out.write(b"%010d 00000 n \n" % offsets[num])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info << /Title (%s) /Producer (web-dev28 gen.py) >> >>\n"
              % (n, _pdf_str(title).encode("latin-1", "replace")))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def make_docx(title, lines):
    """A minimal valid DOCX (fixed timestamps, so the bytes are deterministic)."""
    def para(t, style=None):
        ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
        return '<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, E(t))
    body = para(title, "Title") + "".join(para(l) for l in lines)
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + body + '</w:body></w:document>',
    }
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels", "word/document.xml"]:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, parts[name])
    return bio.getvalue()


def kb(b):
    return max(1, round(len(b) / 1024))


# --------------------------------------------------------------------------------------
# the web being written
# --------------------------------------------------------------------------------------

class Web:
    def __init__(self):
        self.files = {}
        self.redirects = []
        self.host_redirects = []
        self.not_found_pages = []
        self.searches = []
        self.index = {}      # host -> list of (url, title, text, in_sitemap)

    def add(self, url, content, title=None, text="", sitemap=True):
        u = urlsplit(url)
        assert u.scheme == "http" and u.netloc.endswith(".test"), url
        path = u.path or "/"
        fpath = path + "index.html" if path.endswith("/") else path
        if u.query:
            fpath += "?" + u.query
        rel = "sites/" + u.netloc + fpath
        if rel in self.files:
            raise ValueError("duplicate file " + rel)
        if isinstance(content, str):
            content = content.encode("utf-8")
        self.files[rel] = content
        if title is not None:
            self.index.setdefault(u.netloc, []).append((url, title, text, sitemap))
        return url

    def has(self, url):
        u = urlsplit(url)
        path = u.path or "/"
        fpath = path + "index.html" if path.endswith("/") else path
        if u.query:
            fpath += "?" + u.query
        return ("sites/" + u.netloc + fpath) in self.files

    def redirect(self, url, location, status=302):
        for r in self.redirects:
            if r["url"] == url:
                return url
        self.redirects.append({"url": url, "status": status, "location": location})
        return url


WEB = Web()


# --------------------------------------------------------------------------------------
# products (only product_key, name_nl, org_types are read)
# --------------------------------------------------------------------------------------

def read_products():
    out = []
    with open(os.path.join(HERE, "..", "..", "..", "config", "products.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if "G" in row["org_types"]:
                out.append((row["product_key"], row["name_nl"]))
    return out


# --------------------------------------------------------------------------------------
# organisations
# --------------------------------------------------------------------------------------

ORGS = [
    # code, register name, register website, host, short name, inhabitants (estimate, 2024)
    ("GM0518", "Gemeente Den Haag", "http://www.denhaag.nl", "www.denhaag.test", "Den Haag", 562000),
    ("GM1903", "Gemeente Eijsden-Margraten", "http://www.eijsden-margraten.nl", "www.eijsden-margraten.test", "Eijsden-Margraten", 25700),
    ("GM0938", "Gemeente Meerssen", "http://www.meerssen.nl", "www.meerssen.test", "Meerssen", 19000),
    ("GM0579", "Gemeente Oegstgeest", "http://www.oegstgeest.nl", "www.oegstgeest.test", "Oegstgeest", 26100),
    ("GM0269", "Gemeente Oldebroek", "http://www.oldebroek.nl", "www.oldebroek.test", "Oldebroek", 24100),
    ("GM0489", "Gemeente Barendrecht", "http://www.barendrecht.nl", "www.barendrecht.test", "Barendrecht", 50300),
    ("GM0060", "Gemeente Ameland", "http://www.ameland.nl", "www.ameland.test", "Ameland", 3800),
    ("GM0716", "Gemeente Tholen", "http://www.tholen.nl", "www.tholen.test", "Tholen", 27000),
    ("GM1773", "Gemeente Olst-Wijhe", "http://www.olst-wijhe.nl", "www.olst-wijhe.test", "Olst-Wijhe", 18900),
    ("GM1945", "Gemeente Berg en Dal", "http://www.bergendal.nl/", "www.bergendal.test", "Berg en Dal", 35500),
]


# --------------------------------------------------------------------------------------
# route-neutral product texts (own wording)
# --------------------------------------------------------------------------------------
# t: default title; i: introduction; v: conditions; n: what you need; k: costs; d: duration;
# c: category key (for menus and breadcrumbs); a: audience (b burger, o ondernemer)

PT = {
 "brp-uittreksel": dict(t="Uittreksel BRP aanvragen", c="burgerzaken", a="b",
   i="Een uittreksel uit de Basisregistratie Personen (BRP) is een officieel overzicht van de gegevens waarmee u in de gemeente staat ingeschreven. U heeft het soms nodig voor een nieuwe baan, een woning, een visum of een verblijfsvergunning in het buitenland.",
   v=["U staat ingeschreven in de gemeente.", "U vraagt het uittreksel aan voor uzelf, of voor uw kind tot 16 jaar.", "Wilt u een uittreksel met gegevens uit het verleden (historisch uittreksel)? Vermeld dat bij uw aanvraag."],
   n=["Het doel waarvoor u het uittreksel gebruikt.", "Een geldig identiteitsbewijs."],
   k="Een uittreksel kost € 16,35. Een internationaal uittreksel kost hetzelfde.", d="U ontvangt het uittreksel binnen 5 werkdagen per post op uw woonadres."),
 "verhuismelding": dict(t="Verhuizing doorgeven", c="burgerzaken", a="b",
   i="Gaat u verhuizen binnen de gemeente of komt u in de gemeente wonen? Geef uw nieuwe adres door. Dat kan vanaf 4 weken voor tot uiterlijk 5 dagen na uw verhuisdatum.",
   v=["U geeft de verhuizing door voor uzelf en voor de gezinsleden die met u meeverhuizen.", "Verhuist u naar het buitenland? Dan meldt u uw vertrek bij de gemeente waar u nu woont."],
   n=["Uw nieuwe adres en de datum van de verhuizing.", "Woont u in bij iemand? Dan heeft u toestemming van de hoofdbewoner nodig."],
   k="Het doorgeven van een verhuizing is gratis.", d="Uw adres wordt binnen 5 werkdagen aangepast. U krijgt daarover een brief."),
 "geboorteaangifte": dict(t="Geboorte aangeven", c="burgerzaken", a="b",
   i="Is uw kind geboren? Dan doet u binnen 3 dagen aangifte van de geboorte in de gemeente waar uw kind is geboren. Na de aangifte staat uw kind ingeschreven en krijgt het een burgerservicenummer.",
   v=["De vader, de moeder of de duomoeder doet de aangifte.", "Is niemand daartoe in staat? Dan mag iemand die bij de geboorte aanwezig was de aangifte doen."],
   n=["Uw identiteitsbewijs.", "Een eventuele erkenningsakte of akte van naamskeuze."],
   k="De aangifte van een geboorte is gratis. Een afschrift van de geboorteakte kost € 16,35.", d="U krijgt de akte direct mee."),
 "overlijdensaangifte": dict(t="Overlijden aangeven", c="burgerzaken", a="b",
   i="Als iemand overlijdt, moet dat binnen 6 werkdagen worden aangegeven bij de gemeente waar de persoon is overleden. Meestal doet de uitvaartondernemer de aangifte voor u.",
   v=["Voor de aangifte is een verklaring van overlijden van de arts of lijkschouwer nodig."],
   n=["De verklaring van overlijden.", "Het identiteitsbewijs van de overledene."],
   k="De aangifte is gratis. Een afschrift van de overlijdensakte kost € 16,35.", d="De akte wordt dezelfde dag opgemaakt."),
 "huwelijksaangifte": dict(t="Voorgenomen huwelijk of partnerschap melden", c="burgerzaken", a="b",
   i="Wilt u trouwen of uw partnerschap laten registreren? Meld dit minimaal 2 weken en maximaal 1 jaar voor de datum van het huwelijk of partnerschap bij de gemeente. Vroeger heette dit ondertrouw.",
   v=["U bent allebei 18 jaar of ouder.", "U bent niet al getrouwd of met iemand anders een geregistreerd partnerschap aangegaan.", "U geeft 2 tot 4 getuigen op."],
   n=["De gegevens van uw getuigen en een kopie van hun identiteitsbewijs.", "Bent u niet in Nederland geboren? Dan soms een geboorteakte."],
   k="De melding zelf is gratis. De kosten van de ceremonie hangen af van dag en tijd.", d="Binnen 2 weken hoort u of de melding is goedgekeurd."),
 "paspoort": dict(t="Paspoort aanvragen", c="burgerzaken", a="b",
   i="Met een paspoort kunt u naar alle landen reizen. Een paspoort is 10 jaar geldig, voor kinderen tot 18 jaar 5 jaar. U vraagt het paspoort persoonlijk aan in het gemeentehuis.",
   v=["U staat ingeschreven in de gemeente, of u woont in het buitenland.", "Uw kind is jonger dan 18? Dan hebben beide ouders met gezag toestemming gegeven."],
   n=["Een goedgelijkende pasfoto die aan de eisen voldoet.", "Uw huidige paspoort of identiteitskaart."],
   k="Een paspoort kost € 84,70 (18 jaar en ouder) of € 63,75 (jonger dan 18).", d="Uw paspoort is na 5 werkdagen klaar. U haalt het zelf op."),
 "identiteitskaart": dict(t="Identiteitskaart aanvragen", c="burgerzaken", a="b",
   i="Een Nederlandse identiteitskaart is een geldig identiteitsbewijs in Nederland. U kunt er ook mee reizen binnen Europa en naar enkele andere landen. U vraagt de kaart persoonlijk aan.",
   v=["U heeft de Nederlandse nationaliteit.", "Kinderen jonger dan 12 jaar komen mee, maar hoeven de kaart niet te ondertekenen."],
   n=["Een goedgelijkende pasfoto.", "Uw huidige identiteitsbewijs."],
   k="Een identiteitskaart kost € 77,85 (18 jaar en ouder) of € 43,65 (jonger dan 18).", d="De kaart is na 5 werkdagen klaar."),
 "parkeervergunning": dict(t="Parkeervergunning aanvragen", c="parkeren", a="b",
   i="Woont u in een gebied met betaald parkeren of een vergunninghoudersgebied? Dan kunt u als bewoner een parkeervergunning aanvragen voor uw auto.",
   v=["U staat ingeschreven op een adres in het vergunninggebied.", "De auto staat op uw naam, of u kunt aantonen dat u de auto van de zaak of in lease gebruikt.", "Per adres geldt een maximum aantal vergunningen."],
   n=["Het kenteken van uw auto.", "Bij een leaseauto: een verklaring van de leasemaatschappij."],
   k="Een bewonersvergunning kost € 62,00 per jaar voor de eerste auto.", d="U krijgt binnen 2 weken bericht."),
 "gehandicaptenparkeerkaart": dict(t="Gehandicaptenparkeerkaart aanvragen", c="parkeren", a="b",
   i="Met een gehandicaptenparkeerkaart (GPK) mag u parkeren op een algemene gehandicaptenparkeerplaats. Er is een kaart voor bestuurders en een kaart voor passagiers.",
   v=["U kunt door een ziekte of handicap niet meer dan 100 meter lopen, met hulpmiddelen.", "Uw beperking duurt naar verwachting minstens 6 maanden.", "Een onafhankelijke arts beoordeelt uw aanvraag (medische keuring)."],
   n=["Een recente pasfoto.", "Gegevens van uw huisarts of specialist."],
   k="Een gehandicaptenparkeerkaart kost € 95,00. De medische keuring is bij de prijs inbegrepen.", d="Wij beslissen binnen 8 weken."),
 "gehandicaptenparkeerplaats": dict(t="Gehandicaptenparkeerplaats aanvragen", c="parkeren", a="b",
   i="Heeft u een gehandicaptenparkeerkaart en een eigen auto, maar is er bij uw woning te weinig parkeerruimte? Dan kunt u een gehandicaptenparkeerplaats op kenteken aanvragen.",
   v=["U heeft een gehandicaptenparkeerkaart voor bestuurders, of u bent passagier en afhankelijk van vervoer door een huisgenoot.", "Er is geen parkeerplek op eigen terrein.", "De plek komt zo dicht mogelijk bij uw woning."],
   n=["Het kenteken van de auto.", "Een kopie van uw gehandicaptenparkeerkaart."],
   k="Aan een gehandicaptenparkeerplaats zijn geen kosten verbonden.", d="Wij beslissen binnen 8 weken. Daarna duurt de aanleg nog ongeveer 6 weken."),
 "hondenbelasting": dict(t="Hond aan- of afmelden", c="belastingen", a="b",
   i="Heeft u een hond? Dan betaalt u hondenbelasting. Krijgt u een hond, verhuist u of is uw hond overleden? Geef dit binnen 14 dagen door.",
   v=["U bent eigenaar van een hond die ouder is dan 3 maanden.", "Voor een geregistreerde kennel geldt een apart tarief."],
   n=["Het aantal honden en de datum waarop u de hond kreeg of kwijtraakte."],
   k="Het tarief voor 2025 is € 96,12 voor de eerste hond en € 144,96 voor iedere volgende hond.", d="Na uw aanmelding ontvangt u een aanslag of een verminderingsbeschikking."),
 "belastingkwijtschelding": dict(t="Kwijtschelding gemeentelijke belastingen", c="belastingen", a="b",
   i="Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor een deel van de gemeentelijke belastingen, zoals de afvalstoffenheffing en de rioolheffing.",
   v=["Uw inkomen is niet hoger dan de bijstandsnorm.", "U heeft geen of weinig vermogen, zoals spaargeld of een auto met een hoge waarde.", "Ondernemers kunnen geen kwijtschelding krijgen voor zakelijke belastingen."],
   n=["Bewijs van uw inkomen en vaste lasten van de afgelopen 3 maanden.", "Bankafschriften van alle rekeningen."],
   k="Het aanvragen van kwijtschelding is gratis.", d="U krijgt binnen 8 weken een beslissing."),
 "woz-bezwaar": dict(t="Bezwaar maken tegen de WOZ-waarde", c="belastingen", a="b",
   i="Vindt u dat de WOZ-waarde van uw woning te hoog of te laag is vastgesteld? Dan kunt u bezwaar maken. Doe dit binnen 6 weken na de datum op het aanslagbiljet.",
   v=["U bent eigenaar of huurder van het object.", "Het bezwaar is binnen 6 weken ingediend."],
   n=["Het aanslagnummer van uw aanslagbiljet.", "De reden waarom u het niet eens bent met de waarde, bijvoorbeeld verkoopprijzen van vergelijkbare woningen."],
   k="Bezwaar maken is gratis.", d="U ontvangt de uitspraak meestal binnen 3 maanden."),
 "bijstand": dict(t="Bijstandsuitkering aanvragen", c="werk-inkomen", a="b",
   i="Heeft u niet genoeg geld om van te leven en kunt u geen andere uitkering krijgen? Dan kunt u misschien een bijstandsuitkering krijgen op grond van de Participatiewet.",
   v=["U woont in de gemeente en bent 18 jaar of ouder.", "Uw inkomen en vermogen zijn lager dan de bijstandsnorm.", "U doet uw best om werk te vinden."],
   n=["Een geldig identiteitsbewijs.", "Bankafschriften van de afgelopen 3 maanden.", "Een huurcontract of hypotheekgegevens."],
   k="Het aanvragen van bijstand is gratis.", d="Wij beslissen binnen 8 weken na uw aanvraag."),
 "bijzondere-bijstand": dict(t="Bijzondere bijstand aanvragen", c="werk-inkomen", a="b",
   i="Heeft u hoge, noodzakelijke kosten die u niet zelf kunt betalen? Bijvoorbeeld voor een bewindvoerder, een eigen bijdrage of een wasmachine? Dan kunt u misschien bijzondere bijstand krijgen.",
   v=["De kosten zijn noodzakelijk en onvoorzien.", "U kunt de kosten niet betalen uit uw inkomen of vermogen.", "Vraag de bijzondere bijstand aan voordat u de kosten maakt."],
   n=["Een offerte of rekening van de kosten.", "Bewijs van uw inkomen en vermogen."],
   k="Het aanvragen is gratis.", d="U krijgt binnen 8 weken een besluit."),
 "wmo-voorziening": dict(t="Hulp aanvragen via de Wmo", c="zorg", a="b",
   i="Kunt u door ziekte, ouderdom of een beperking niet meer goed zelfstandig wonen of meedoen? Dan kunt u ondersteuning vragen via de Wet maatschappelijke ondersteuning (Wmo). Denk aan hulp bij het huishouden, een scootmobiel of een woningaanpassing.",
   v=["U woont in de gemeente.", "U kunt het probleem niet oplossen met hulp van uw omgeving of met algemene voorzieningen."],
   n=["Een beschrijving van de situatie waar u hulp bij nodig heeft."],
   k="Voor de meeste voorzieningen betaalt u een eigen bijdrage van maximaal € 21,80 per maand (CAK).", d="Na uw melding neemt een consulent binnen 2 weken contact met u op voor een gesprek."),
 "leerlingenvervoer": dict(t="Leerlingenvervoer aanvragen", c="zorg", a="b",
   i="Gaat uw kind naar een school die ver weg is, of kan uw kind door een beperking niet zelfstandig naar school reizen? Dan kunt u misschien een vergoeding of aangepast vervoer krijgen.",
   v=["De afstand tussen huis en school is meer dan 6 kilometer, of uw kind kan door een beperking niet zelfstandig reizen.", "Uw kind gaat naar de dichtstbijzijnde passende school."],
   n=["Een verklaring van de school.", "Bij een beperking: een medische verklaring."],
   k="Soms betaalt u een eigen bijdrage, afhankelijk van uw inkomen.", d="Vraag het vervoer voor 1 mei aan, zodat het na de zomervakantie geregeld is."),
 "grofvuil": dict(t="Grofvuil laten ophalen", c="afval", a="b",
   i="Grofvuil is afval dat te groot of te zwaar is voor de container, zoals meubels, matrassen en vloerbedekking. U kunt grofvuil laten ophalen of zelf wegbrengen naar de milieustraat.",
   v=["Zet het grofvuil op de ophaaldag voor 7.30 uur aan de straat.", "Per keer mag u maximaal 2 m³ aanbieden."],
   n=["Uw adres en een omschrijving van het afval."],
   k="Het ophalen van grofvuil kost € 25,00 per keer. Wegbrengen naar de milieustraat is gratis tot 2 m³.", d="U krijgt een ophaaldatum binnen 2 weken."),
 "afvalcontainer": dict(t="Afvalcontainer aanvragen of wijzigen", c="afval", a="b",
   i="Heeft u een nieuwe container nodig, wilt u een grotere of kleinere container, of is uw container kapot of gestolen? Dan kunt u een container aanvragen of wijzigen.",
   v=["U woont op een adres met minicontainers.", "Omruilen naar een andere maat kan één keer per jaar gratis."],
   n=["Uw adres en het soort container (rest, gft of papier)."],
   k="Een eerste container is gratis. Een extra container kost € 45,00.", d="De container wordt binnen 10 werkdagen geleverd of omgeruild."),
 "melding-openbare-ruimte": dict(t="Melding openbare ruimte doen", c="melden", a="b",
   i="Ziet u iets kapot of vies in de openbare ruimte? Bijvoorbeeld een losse stoeptegel, een kapotte lantaarnpaal, zwerfafval of een verstopte kolk? Meld het ons, dan lossen wij het op.",
   v=["De melding gaat over de openbare ruimte: straten, stoepen, groen, speelplaatsen en verlichting.", "Bij gevaarlijke situaties belt u direct."],
   n=["De plek van het probleem, bijvoorbeeld straat en huisnummer.", "Eventueel een foto."],
   k="Een melding doen is gratis.", d="Wij behandelen de meeste meldingen binnen 5 werkdagen."),
 "omgevingsvergunning": dict(t="Omgevingsvergunning aanvragen", c="bouwen", a="b",
   i="Wilt u bouwen, verbouwen, slopen of iets anders doen in uw fysieke leefomgeving? Dan heeft u misschien een omgevingsvergunning nodig. Sinds 1 januari 2024 geldt de Omgevingswet.",
   v=["Of u een vergunning nodig heeft, hangt af van de activiteit en van de regels in het omgevingsplan.", "Voor sommige activiteiten is een melding voldoende."],
   n=["Tekeningen en een beschrijving van het plan.", "Eventueel een constructieberekening of een bodemonderzoek."],
   k="U betaalt leges. Hoe hoog die zijn, hangt af van de bouwkosten (zie de legesverordening).", d="Voor de reguliere procedure beslissen wij binnen 8 weken. Dit kan één keer met 6 weken worden verlengd."),
 "kapvergunning": dict(t="Kapvergunning aanvragen", c="bouwen", a="b",
   i="Wilt u een boom kappen? Dan heeft u soms een vergunning nodig. Dat is een omgevingsvergunning voor het vellen van houtopstand.",
   v=["Een vergunning is nodig voor bomen met een stamomtrek van meer dan 80 centimeter, gemeten op 1,30 meter hoogte.", "Voor monumentale bomen geldt altijd een vergunningplicht."],
   n=["Een foto van de boom en een situatieschets.", "De reden van het kappen."],
   k="De leges voor een kapvergunning zijn € 86,50 per aanvraag.", d="Wij beslissen binnen 8 weken."),
 "bouwdossier-inzage": dict(t="Bouwdossier inzien", c="bouwen", a="b",
   i="Wilt u de bouwtekeningen of vergunningen van een pand bekijken? Dan kunt u het bouwdossier opvragen. Dat is handig bij verbouwen of bij de aankoop van een huis.",
   v=["Iedereen mag een bouwdossier inzien. Sommige stukken zijn niet openbaar, bijvoorbeeld constructietekeningen van publieke gebouwen."],
   n=["Het adres van het pand."],
   k="Inzien is gratis. Digitale kopieën kosten € 12,50 per dossier.", d="U ontvangt de stukken binnen 2 weken."),
 "bezwaar": dict(t="Bezwaar maken tegen een besluit", c="bestuur", a="b",
   i="Bent u het niet eens met een besluit van de gemeente? Dan kunt u bezwaar maken. Dat doet u binnen 6 weken na de datum van het besluit.",
   v=["U bent belanghebbende: het besluit raakt u rechtstreeks.", "U maakt bezwaar binnen 6 weken."],
   n=["Een kopie van het besluit.", "De reden waarom u het er niet mee eens bent."],
   k="Bezwaar maken is gratis.", d="U krijgt binnen 6 weken een beslissing. Is er een hoorzitting? Dan duurt het maximaal 12 weken."),
 "klacht": dict(t="Klacht indienen", c="melden", a="b",
   i="Bent u ontevreden over de manier waarop een medewerker of bestuurder van de gemeente u heeft behandeld? Dan kunt u een klacht indienen.",
   v=["De klacht gaat over een gedraging van de gemeente in de afgelopen 12 maanden.", "Wilt u iets melden in de openbare ruimte? Doe dan een melding openbare ruimte."],
   n=["Een omschrijving van wat er is gebeurd en wanneer."],
   k="Een klacht indienen is gratis.", d="Wij handelen uw klacht binnen 6 weken af."),
 "woo-verzoek": dict(t="Woo-verzoek indienen", c="bestuur", a="b",
   i="Wilt u informatie van de gemeente inzien die nog niet openbaar is? Dan kunt u een verzoek doen op grond van de Wet open overheid (Woo), vroeger de Wob.",
   v=["Iedereen mag een Woo-verzoek indienen. U hoeft niet te zeggen waarom u de informatie wilt.", "Omschrijf zo duidelijk mogelijk over welk onderwerp u informatie wilt."],
   n=["Een omschrijving van de informatie.", "De periode waarover het gaat."],
   k="Een Woo-verzoek is gratis.", d="Wij beslissen binnen 4 weken. Die termijn kan met 2 weken worden verlengd."),
 "subsidie": dict(t="Subsidie aanvragen", c="bestuur", a="o",
   i="Organiseert u een activiteit voor inwoners, of zet u zich in voor sport, cultuur of welzijn? Dan kunt u misschien subsidie krijgen. Wij kennen eenmalige subsidies en jaarlijkse subsidies.",
   v=["De activiteit past binnen de subsidieregels van de gemeente.", "Een jaarlijkse subsidie vraagt u voor 1 oktober aan voor het volgende jaar."],
   n=["Een begroting en een activiteitenplan.", "Het KvK-nummer van uw organisatie."],
   k="Aanvragen is gratis.", d="U krijgt binnen 8 weken een besluit."),
 "evenementenvergunning": dict(t="Evenementenvergunning aanvragen", c="evenementen", a="o",
   i="Organiseert u een evenement, zoals een festival, een braderie of een sportwedstrijd op de openbare weg? Dan heeft u meestal een evenementenvergunning nodig.",
   v=["Vraag de vergunning minimaal 8 weken voor het evenement aan, voor grote evenementen 12 weken.", "U voegt een situatietekening en een veiligheidsplan toe."],
   n=["Een situatietekening.", "Een draaiboek of veiligheidsplan."],
   k="De leges zijn € 121,00 voor een klein evenement en € 468,00 voor een groot evenement.", d="Wij beslissen binnen 8 weken."),
 "exploitatievergunning-horeca": dict(t="Exploitatievergunning horeca aanvragen", c="horeca", a="o",
   i="Wilt u een café, restaurant, snackbar of ander horecabedrijf beginnen of overnemen? Dan heeft u een exploitatievergunning nodig.",
   v=["De bestemming van het pand staat horeca toe.", "U en de leidinggevenden hebben geen strafblad dat in de weg staat (Bibob-toets)."],
   n=["Een plattegrond van de inrichting.", "Een kopie van het huurcontract of de koopakte.", "Een uittreksel van de Kamer van Koophandel."],
   k="De leges zijn € 315,00.", d="Wij beslissen binnen 8 weken."),
 "alcoholvergunning": dict(t="Alcoholvergunning aanvragen", c="horeca", a="o",
   i="Wilt u in uw horecazaak of slijterij alcohol schenken of verkopen? Dan heeft u een alcoholvergunning nodig op grond van de Alcoholwet (vroeger Drank- en Horecawet).",
   v=["De leidinggevenden hebben een Verklaring Sociale Hygiëne.", "De inrichting voldoet aan de eisen van de Alcoholwet."],
   n=["Een plattegrond van de inrichting.", "Kopieën van de Verklaringen Sociale Hygiëne."],
   k="De leges zijn € 398,00.", d="Wij beslissen binnen 8 weken."),
 "terrasvergunning": dict(t="Terrasvergunning aanvragen", c="horeca", a="o",
   i="Wilt u bij uw horecazaak een terras plaatsen op de stoep of op het plein? Dan heeft u een terrasvergunning nodig.",
   v=["Er blijft voldoende ruimte over voor voetgangers: minimaal 1,5 meter.", "Het terras ligt direct voor uw eigen zaak."],
   n=["Een tekening van het terras met de afmetingen."],
   k="De leges zijn € 112,00. Daarnaast betaalt u jaarlijks precariobelasting per m².", d="Wij beslissen binnen 8 weken."),
 "standplaatsvergunning": dict(t="Standplaatsvergunning aanvragen", c="markten", a="o",
   i="Wilt u met een kraam, wagen of stand op een vaste plek buiten de markt iets verkopen, bijvoorbeeld vis, bloemen of oliebollen? Dan heeft u een standplaatsvergunning nodig.",
   v=["Er is een standplaats vrij op de gewenste locatie en dag.", "U staat ingeschreven bij de Kamer van Koophandel."],
   n=["Een foto van de kraam of wagen.", "Een uittreksel van de Kamer van Koophandel."],
   k="De leges zijn € 75,00 per jaar.", d="Wij beslissen binnen 8 weken."),
 "marktvergunning": dict(t="Marktvergunning aanvragen", c="markten", a="o",
   i="Wilt u een kraam op de weekmarkt? Dan heeft u een marktvergunning nodig: een vaste plaats of een dagplaats (sollicitant).",
   v=["U staat ingeschreven bij de Kamer van Koophandel.", "Er is plaats voor uw branche op de markt."],
   n=["Een uittreksel van de Kamer van Koophandel.", "Een omschrijving van uw assortiment."],
   k="U betaalt marktgeld per strekkende meter per marktdag.", d="Voor een vaste plaats komt u op een wachtlijst."),
 "reclamebelasting": dict(t="Reclamebelasting", c="belastingen", a="o",
   i="Heeft u als ondernemer een reclame-uiting aan de gevel, zoals een lichtbak of een naambord, die zichtbaar is vanaf de openbare weg? Dan betaalt u reclamebelasting.",
   v=["De reclame is zichtbaar vanaf de openbare weg.", "De opbrengst gaat naar het ondernemersfonds."],
   n=["Geen aanvraag nodig: u ontvangt een aanslag."],
   k="Het tarief hangt af van de oppervlakte van de reclame.", d="De aanslag wordt in het voorjaar verstuurd."),
 "geluidsontheffing": dict(t="Ontheffing geluidhinder aanvragen", c="vergunningen", a="o",
   i="Wilt u tijdelijk meer geluid maken dan is toegestaan, bijvoorbeeld bij werkzaamheden 's nachts of een feest met live muziek? Dan heeft u een ontheffing geluidhinder nodig.",
   v=["Het geluid is tijdelijk en er is geen andere manier om het werk of de activiteit uit te voeren.", "Vraag de ontheffing minimaal 4 weken van tevoren aan."],
   n=["De datum, tijden en plaats.", "Welke apparaten of muziek u gebruikt."],
   k="De leges zijn € 58,00.", d="Wij beslissen binnen 4 weken."),
 "winkeltijdenontheffing": dict(t="Ontheffing winkeltijden aanvragen", c="vergunningen", a="o",
   i="Wilt u uw winkel open hebben op een tijd waarop dat volgens de winkeltijdenverordening niet mag, bijvoorbeeld op een zon- of feestdag? Dan kunt u een ontheffing aanvragen.",
   v=["Er is een bijzondere reden, zoals een evenement of een toeristische trekpleister.", "Vraag de ontheffing minimaal 6 weken van tevoren aan."],
   n=["De data en tijden waarop u open wilt."],
   k="De leges zijn € 45,00.", d="Wij beslissen binnen 6 weken."),
 "kansspelautomaatvergunning": dict(t="Aanwezigheidsvergunning kansspelautomaten", c="vergunningen", a="o",
   i="Wilt u in uw horecazaak of speelhal een kansspelautomaat plaatsen? Dan heeft u een aanwezigheidsvergunning van de gemeente nodig.",
   v=["In een horecazaak met een alcoholvergunning mag u maximaal 2 kansspelautomaten plaatsen.", "De automaat is toegelaten door de Kansspelautoriteit."],
   n=["Een kopie van de alcoholvergunning.", "Gegevens van de automaat."],
   k="De leges zijn € 56,50 per automaat.", d="Wij beslissen binnen 8 weken."),
 "collectevergunning": dict(t="Collectevergunning aanvragen", c="vergunningen", a="o",
   i="Wilt u met een organisatie geld of goederen inzamelen voor een goed doel, bijvoorbeeld langs de deuren? Dan heeft u een collectevergunning nodig.",
   v=["Uw organisatie heeft een erkenning van het CBF of is een lokale vereniging.", "De collecte past in het collecterooster."],
   n=["De naam van de organisatie en het doel.", "De gewenste periode."],
   k="Een collectevergunning is gratis.", d="Wij beslissen binnen 4 weken."),
 "ligplaatsvergunning": dict(t="Ligplaatsvergunning aanvragen", c="vergunningen", a="b",
   i="Wilt u met een woonboot of ander vaartuig een ligplaats innemen in het openbaar water van de gemeente? Dan heeft u een ligplaatsvergunning nodig.",
   v=["Er is een vrije ligplaats op de gewenste plek.", "Het vaartuig voldoet aan de eisen voor veiligheid en afmetingen."],
   n=["De gegevens en afmetingen van het vaartuig.", "Een foto van het vaartuig."],
   k="De leges zijn € 135,00. Daarnaast betaalt u jaarlijks liggeld.", d="Wij beslissen binnen 8 weken."),
 "uitwegvergunning": dict(t="Uitweg of inrit aanleggen", c="parkeren", a="b",
   i="Wilt u een inrit of uitweg aanleggen of veranderen, bijvoorbeeld om uw auto op eigen terrein te parkeren? Dan heeft u toestemming van de gemeente nodig.",
   v=["De inrit komt uit op een gemeentelijke weg.", "Er verdwijnt geen openbare parkeerplaats of boom zonder toestemming."],
   n=["Een situatietekening met de plek en breedte van de inrit."],
   k="De leges zijn € 98,00. De aanleg op gemeentegrond betaalt u apart.", d="Wij beslissen binnen 8 weken."),
 "belastingaanslag-bezwaar": dict(t="Bezwaar maken tegen de aanslag gemeentelijke belastingen", c="belastingen", a="b",
   i="Bent u het niet eens met uw aanslag gemeentelijke belastingen, bijvoorbeeld omdat een heffing te hoog is of niet voor u geldt? Dan kunt u bezwaar maken binnen 6 weken na de dagtekening van het aanslagbiljet.",
   v=["U maakt bezwaar binnen 6 weken.", "Betaal de aanslag wel op tijd; bij een gegrond bezwaar krijgt u geld terug."],
   n=["Het aanslagnummer.", "De reden van uw bezwaar."],
   k="Bezwaar maken is gratis.", d="U krijgt binnen 3 maanden een uitspraak."),
 "betalingsregeling": dict(t="Betalingsregeling aanvragen", c="belastingen", a="b",
   i="Kunt u de aanslag gemeentelijke belastingen niet in één keer betalen? Dan kunt u een betalingsregeling aanvragen en in termijnen betalen.",
   v=["U heeft geen achterstand bij eerdere betalingsregelingen.", "De regeling loopt niet langer dan tot het einde van het jaar."],
   n=["Het aanslagnummer.", "Het aantal termijnen dat u wilt."],
   k="Een betalingsregeling is gratis.", d="U krijgt binnen 2 weken bericht."),
}

CATS = {
 "burgerzaken": "Burgerzaken", "parkeren": "Parkeren en verkeer", "belastingen": "Belastingen",
 "werk-inkomen": "Werk en inkomen", "zorg": "Zorg en ondersteuning", "afval": "Afval",
 "melden": "Melden en klachten", "bouwen": "Bouwen en wonen", "bestuur": "Bestuur en organisatie",
 "evenementen": "Evenementen", "horeca": "Horeca", "markten": "Markten en standplaatsen",
 "vergunningen": "Vergunningen en ontheffingen",
}


# --------------------------------------------------------------------------------------
# non-measured pages that real sites carry (siblings and neighbours of measured products)
# route kinds: digid, eh, anon, pdf, appt, info, via:<body>:<prod>
# --------------------------------------------------------------------------------------

EXTRA = {
 "rijbewijs": dict(t="Rijbewijs aanvragen of verlengen", c="burgerzaken", r="appt",
   i="Is uw rijbewijs bijna verlopen of heeft u uw eerste rijbewijs gehaald? Vraag het rijbewijs persoonlijk aan in het gemeentehuis."),
 "erkenning": dict(t="Erkenning van een kind", c="burgerzaken", r="appt",
   i="Bent u niet getrouwd en heeft u geen geregistreerd partnerschap? Dan kan de vader of duomoeder het kind erkennen, het liefst al voor de geboorte."),
 "naturalisatie": dict(t="Naturalisatie", c="burgerzaken", r="appt",
   i="Wilt u Nederlander worden? Dan kunt u een naturalisatieverzoek indienen bij de gemeente. U maakt daarvoor een afspraak."),
 "adresonderzoek": dict(t="Onjuiste inschrijving melden", c="burgerzaken", r="anon",
   i="Staat er iemand ingeschreven op uw adres die daar niet (meer) woont? Meld het ons, dan stellen wij een adresonderzoek in."),
 "babs": dict(t="Trouwambtenaar voor één dag (babs)", c="burgerzaken", r="pdf",
   i="Wilt u dat een familielid of vriend uw huwelijk voltrekt? Dan kan deze persoon voor één dag tot trouwambtenaar (babs) worden benoemd."),
 "grafrechten": dict(t="Grafrechten verlengen", c="burgerzaken", r="digid",
   i="Loopt de termijn van een graf af? Als rechthebbende kunt u de grafrechten verlengen met 10 of 20 jaar."),
 "afvalpas": dict(t="Afvalpas aanvragen", c="afval", r="digid",
   i="Met de afvalpas opent u de ondergrondse containers en komt u binnen op de milieustraat. Bent u uw pas kwijt of is hij kapot? Vraag een nieuwe aan."),
 "milieustraat": dict(t="Milieustraat", c="afval", r="info",
   i="Op de milieustraat kunt u gescheiden afval kwijt, zoals puin, hout, snoeiafval, metaal en elektrische apparaten. Neem uw afvalpas mee."),
 "klein-evenement": dict(t="Klein evenement melden", c="evenementen", r="anon",
   i="Voor een klein evenement, zoals een buurtbarbecue of een straatfeest met minder dan 250 bezoekers, is een melding genoeg. Doe de melding minimaal 3 weken van tevoren."),
 "evenementenkalender": dict(t="Evenement aanmelden voor de uitagenda", c="evenementen", r="anon",
   i="Zet uw activiteit gratis in de uitagenda van de gemeente. Let op: dit is geen aanvraag voor een vergunning."),
 "incidentele-festiviteit": dict(t="Melding incidentele festiviteit", c="vergunningen", r="anon",
   i="Organiseert u als horecaondernemer een feest met muziek binnen uw zaak? Meld een incidentele festiviteit minimaal 2 weken van tevoren."),
 "loterij": dict(t="Loterijvergunning aanvragen", c="vergunningen", r="anon",
   i="Wilt u een loterij of verloting organiseren met prijzen van meer dan € 4.500 in totaal? Dan heeft u een vergunning nodig. Kleine loterijen zijn vrijgesteld."),
 "sloopmelding": dict(t="Sloopmelding doen", c="bouwen", r="via:olo:aanvragen",
   i="Gaat u slopen of asbest verwijderen? Dan doet u minimaal 4 weken van tevoren een sloopmelding in het Omgevingsloket."),
 "vergunningvrij": dict(t="Vergunningvrij bouwen", c="bouwen", r="info",
   i="Voor een klein bouwwerk, zoals een schuur in de achtertuin of een dakkapel aan de achterkant, heeft u vaak geen vergunning nodig. Doe de vergunningcheck om het zeker te weten."),
 "iit": dict(t="Individuele inkomenstoeslag", c="werk-inkomen", r="digid",
   i="Heeft u al 3 jaar of langer een laag inkomen? Dan kunt u misschien één keer per jaar een individuele inkomenstoeslag krijgen."),
 "schuldhulp": dict(t="Hulp bij geldzaken en schulden", c="werk-inkomen", r="info",
   i="Heeft u geldzorgen of schulden? Hoe eerder u hulp vraagt, hoe beter. Bel ons voor een gratis en vertrouwelijk gesprek met een schuldhulpverlener."),
 "mantelzorg": dict(t="Mantelzorgwaardering aanvragen", c="zorg", r="digid",
   i="Zorgt u langdurig voor een naaste? Als blijk van waardering kunt u één keer per jaar de mantelzorgwaardering aanvragen."),
 "toeristenbelasting": dict(t="Toeristenbelasting aangifte doen", c="belastingen", r="eh",
   i="Verhuurt u overnachtingen aan gasten? Dan doet u aangifte van de toeristenbelasting over het aantal overnachtingen."),
 "incasso": dict(t="Automatische incasso gemeentelijke belastingen", c="belastingen", r="digid",
   i="Betaal uw aanslag gemeentelijke belastingen in 10 maandelijkse termijnen met automatische incasso. Zo hoeft u nergens meer aan te denken."),
 "havengeld": dict(t="Liggeld en havengeld betalen", c="vergunningen", r="anon",
   i="Ligt u met uw boot in een gemeentelijke haven? Betaal het havengeld voor een passantenplaats direct online met iDEAL."),
 "meedoen": dict(t="Meedoenregeling", c="werk-inkomen", r="digid",
   i="Heeft u een laag inkomen? Met de meedoenregeling krijgt u een vergoeding voor sport, cultuur of een schoolreis van uw kinderen."),
 "straatfeest": dict(t="Straatfeest of buurtbarbecue", c="evenementen", r="anon",
   i="Organiseert u een straatfeest of buurtbarbecue waarvoor de straat dicht moet? Meld het ons via het formulier."),
 "precario": dict(t="Precariobelasting", c="belastingen", r="info",
   i="Heeft u voorwerpen op, onder of boven de openbare weg, zoals een terras, uithangbord of bouwsteiger? Dan betaalt u mogelijk precariobelasting."),
}

# --------------------------------------------------------------------------------------
# shared bodies: tax offices, social service, waste companies, national portals
# --------------------------------------------------------------------------------------

TEL = {"GM0518": "14 070", "GM1903": "14 043", "GM0938": "043 366 16 66", "GM0579": "071 519 18 00",
       "GM0269": "0525 638 200", "GM0489": "14 0180", "GM0060": "0519 555 555", "GM0716": "0166 832 100",
       "GM1773": "0570 568 568", "GM1945": "14 024"}

SIGNALS_ROUTE = {"digid": ["digid", "online_form"], "eh": ["eherkenning", "digid", "online_form"],
                 "anon": ["online_form", "no_login"], "pdf": ["pdf_form"], "docx": ["docx_form"]}


def digid_start_location(return_url, tag=""):
    req = h8("saml:" + return_url + tag) * 3
    return ("http://digid.test/saml/idp/request_authentication?SAMLRequest=" + req +
            "&RelayState=" + quote(return_url, safe=""))


def eh_start_location(return_url, broker):
    if broker == "signicat":
        return "http://eh.signicat.test/broker/select?ref=" + h8(return_url) + "&return=" + quote(return_url, safe="")
    return "http://eherkenning.connectis.test/ehm/select-provider?sid=" + h8(return_url) + "&RelayState=" + quote(return_url, safe="")


def login_start(url, return_url, provider="digid", broker="signicat"):
    """Register a login start (302 to a simulated identity provider) and return its URL."""
    loc = digid_start_location(return_url) if provider == "digid" else eh_start_location(return_url, broker)
    WEB.redirect(url, loc)
    return url


def simple_page(title, body, brand, css_class="plain", head_extra=""):
    return ("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>%s | %s</title>%s\n</head>\n<body class=\"%s\">\n<header class=\"brand\"><strong>%s</strong></header>\n"
            "<main>\n<h1>%s</h1>\n%s\n</main>\n</body>\n</html>\n") % (E(title), E(brand), head_extra, css_class, E(brand), E(title), body)


def form_fields_html(fields, prefix="f"):
    out = []
    for i, (label, typ) in enumerate(fields):
        fid = "%s%d" % (prefix, i + 1)
        if typ == "textarea":
            out.append('<div class="field"><label for="%s">%s *</label><textarea id="%s" name="%s" rows="5" required></textarea></div>' % (fid, E(label), fid, fid))
        elif typ == "file":
            out.append('<div class="field"><label for="%s">%s</label><input type="file" id="%s" name="%s"><p class="hint">Toegestane bestanden: pdf, jpg, png, doc, docx. Max. bestandsgrootte: 10 MB.</p></div>' % (fid, E(label), fid, fid))
        elif typ.startswith("select:"):
            opts = "".join("<option>%s</option>" % E(o) for o in typ[7:].split("|"))
            out.append('<div class="field"><label for="%s">%s *</label><select id="%s" name="%s">%s</select></div>' % (fid, E(label), fid, fid, opts))
        else:
            out.append('<div class="field"><label for="%s">%s *</label><input type="%s" id="%s" name="%s" required></div>' % (fid, E(label), typ, fid, fid))
    return "\n".join(out)


STD_FIELDS = [("Naam", "text"), ("Adres", "text"), ("Postcode en woonplaats", "text"), ("E-mailadres", "email"), ("Telefoonnummer", "tel")]


class Body:
    """Another organisation's site whose routes a municipality can send people to."""

    def __init__(self, key, host, name, kind):
        self.key, self.host, self.name, self.kind = key, host, name, kind
        self.base = "http://" + host
        self.prods = {}       # prod -> dict(page, route, level, strict, signals)
        self.pages_written = False

    def u(self, p):
        return self.base + p


BODIES = {}


def body(key):
    return BODIES[key]


def build_bodies():
    digid_img = '<img src="/static/digid.svg" alt="DigiD" width="40" height="40">'
    svg_digid = ('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40"><rect width="40" height="40" rx="4" fill="#000"/>'
                 '<text x="5" y="26" font-family="Arial" font-size="13" fill="#fff">DigiD</text><rect x="30" y="20" width="6" height="6" fill="#e17000"/></svg>')
    svg_eh = ('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40"><rect width="40" height="40" rx="4" fill="#1f3b73"/>'
              '<text x="4" y="25" font-family="Arial" font-size="12" fill="#fff">eH</text></svg>')

    # ---- identity providers ----
    WEB.add("http://digid.test/", simple_page("DigiD", "<p>DigiD is uw digitale identiteit voor zaken met de overheid.</p>"
            '<p><a href="/saml/idp/request_authentication">Inloggen</a></p>', "DigiD", "digid"), "DigiD")
    WEB.add("http://digid.test/static/digid.svg", svg_digid)
    WEB.add("http://digid.test/saml/idp/request_authentication", simple_page(
        "Inloggen bij DigiD",
        '<p>U wilt inloggen bij een organisatie. Kies hoe u wilt inloggen.</p>'
        '<form method="post" action="/saml/idp/request_authentication" class="login">'
        '<label for="u">DigiD gebruikersnaam</label><input id="u" name="username" type="text">'
        '<label for="p">Wachtwoord</label><input id="p" name="password" type="password">'
        '<button type="submit">Inloggen</button></form>'
        '<p><a href="/saml/idp/request_authentication?app=1">Inloggen met de DigiD app</a></p>'
        '<p><a href="/">Annuleren</a></p>', "DigiD", "digid"))
    WEB.add("http://digid.test/saml/idp/request_authentication?app=1", simple_page(
        "Inloggen met de DigiD app", "<p>Open de DigiD app op uw telefoon en scan de koppelcode.</p><p>Koppelcode: H7K-2QX</p>", "DigiD", "digid"))
    WEB.add("http://eh.signicat.test/broker/select", simple_page(
        "Kies uw eHerkenning-leverancier",
        '<p>Selecteer de leverancier van uw inlogmiddel.</p><form method="get" action="/broker/select">'
        '<select name="idp"><option>KPN</option><option>Digidentity</option><option>Z login</option><option>Connectis</option></select>'
        '<button type="submit">Verder</button></form>', "eHerkenning makelaar", "eh"))
    WEB.add("http://eherkenning.connectis.test/ehm/select-provider", simple_page(
        "Inloggen met eHerkenning",
        '<p>Met welk middel wilt u inloggen? Betrouwbaarheidsniveau EH3.</p><form method="post" action="/ehm/select-provider">'
        '<label><input type="radio" name="p" value="kpn"> KPN</label><label><input type="radio" name="p" value="dg"> Digidentity</label>'
        '<button type="submit">Volgende</button></form>', "eHerkenning", "eh"))

    # ---- MijnOverheid, Rijksoverheid, WOZ-waardeloket ----
    WEB.add("http://mijn.overheid.test/", simple_page(
        "MijnOverheid", '<p>Bekijk uw persoonlijke gegevens, berichten en lopende zaken.</p>'
        '<p><a class="btn" href="/inloggen">%s Inloggen met DigiD</a></p>' % digid_img.replace("/static/digid.svg", "http://digid.test/static/digid.svg"), "MijnOverheid"), "MijnOverheid")
    login_start("http://mijn.overheid.test/inloggen", "http://mijn.overheid.test/berichtenbox")
    WEB.add("http://mijn.overheid.test/berichtenbox", simple_page("Berichtenbox", "<p>U bent niet ingelogd.</p>", "MijnOverheid"))
    WEB.add("http://www.wozwaardeloket.test/", simple_page(
        "WOZ-waardeloket", '<p>Zoek de WOZ-waarde van een woning.</p><form method="get" action="/zoeken">'
        '<label for="q">Postcode en huisnummer</label><input id="q" name="q"><button type="submit">Zoeken</button></form>', "WOZ-waardeloket"), "WOZ-waardeloket")
    WEB.add("http://www.wozwaardeloket.test/zoeken", simple_page("Zoekresultaat", "<p>Vul een postcode en huisnummer in.</p>", "WOZ-waardeloket"))
    WEB.add("http://www.rijksoverheid.test/onderwerpen/paspoort-en-identiteitskaart", simple_page(
        "Paspoort en identiteitskaart", "<p>Algemene informatie over Nederlandse reisdocumenten. U vraagt een paspoort of identiteitskaart aan bij uw gemeente.</p>", "Rijksoverheid"), "Paspoort en identiteitskaart")

    # ---- Omgevingsloket ----
    olo = Body("olo", "omgevingswet.overheid.test", "Omgevingsloket", "portal")
    BODIES["olo"] = olo
    WEB.add(olo.u("/static/img/digid.svg"), svg_digid)
    WEB.add(olo.u("/static/img/eherkenning.svg"), svg_eh)
    WEB.add(olo.u("/"), simple_page("Omgevingsloket", '<p>Kijk of u een vergunning nodig heeft, of vraag een vergunning aan of doe een melding.</p>'
            '<ul><li><a href="/checken/">Vergunningcheck doen</a></li><li><a href="/aanvragen/">Aanvragen of melden</a></li>'
            '<li><a href="/mijn-omgevingsloket/">Mijn Omgevingsloket</a></li></ul>', "Omgevingsloket"), "Omgevingsloket")
    WEB.add(olo.u("/checken/"), simple_page("Vergunningcheck", '<p>Beantwoord de vragen en zie of u een vergunning nodig heeft. '
            'Dit is geen aanvraag: na de check kunt u via Aanvragen uw aanvraag of melding indienen.</p>'
            '<form method="get" action="/checken/stap-2"><label for="loc">Adres of locatie</label><input id="loc" name="locatie">'
            '<label for="w">Wat wilt u doen?</label><select id="w" name="werk"><option>Bouwen</option><option>Boom kappen</option><option>Inrit aanleggen</option><option>Slopen</option></select>'
            '<button type="submit">Volgende</button></form>', "Omgevingsloket"), "Vergunningcheck")
    WEB.add(olo.u("/checken/stap-2"), simple_page("Vergunningcheck - uitkomst", "<p>Op basis van uw antwoorden is voor deze activiteit waarschijnlijk een vergunning nodig. Ga naar <a href=\"/aanvragen/\">Aanvragen</a>.</p>", "Omgevingsloket"))
    start_d = login_start(olo.u("/aanvragen/inloggen/digid"), olo.u("/aanvragen/formulier"))
    start_e = login_start(olo.u("/aanvragen/inloggen/eherkenning"), olo.u("/aanvragen/formulier"), "eh", "signicat")
    WEB.add(olo.u("/aanvragen/"), simple_page("Aanvragen of melden", (
        '<p>Dien hier uw aanvraag voor een omgevingsvergunning of uw melding in. U logt eerst in.</p>'
        '<p>Na het inloggen vult het Omgevingsloket uw naam, adres en contactgegevens automatisch in. '
        'Die gegevens haalt het loket op uit de basisregistraties (BRP en Handelsregister).</p>'
        '<ul class="login-options"><li><a href="%s"><img src="/static/img/digid.svg" alt="DigiD" width="32"> Inloggen met DigiD</a> (particulieren)</li>'
        '<li><a href="%s"><img src="/static/img/eherkenning.svg" alt="eHerkenning" width="32"> Inloggen met eHerkenning</a> (bedrijven)</li></ul>') % (start_d, start_e), "Omgevingsloket"), "Aanvragen of melden")
    WEB.add(olo.u("/aanvragen/formulier"), simple_page("Aanvraag", "<p>U bent niet ingelogd. <a href=\"/aanvragen/\">Log eerst in</a>.</p>", "Omgevingsloket"))
    start_m = login_start(olo.u("/mijn-omgevingsloket/inloggen"), olo.u("/mijn-omgevingsloket/overzicht"))
    WEB.add(olo.u("/mijn-omgevingsloket/"), simple_page("Mijn Omgevingsloket", '<p>Bekijk de status van verzoeken die u al heeft ingediend.</p><p><a href="%s">Inloggen met DigiD</a></p>' % start_m, "Omgevingsloket"), "Mijn Omgevingsloket")
    WEB.add(olo.u("/mijn-omgevingsloket/overzicht"), simple_page("Overzicht", "<p>U bent niet ingelogd.</p>", "Omgevingsloket"))
    olo.prods["aanvragen"] = dict(page=olo.u("/aanvragen/"), route=olo.u("/aanvragen/"), level=100, strict=100,
                                  signals=["digid", "eherkenning", "prefill_text", "national_portal"])

    # ---- werk.nl ----
    werk = Body("werk", "www.werk.test", "UWV werk.nl", "portal")
    BODIES["werk"] = werk
    WEB.add(werk.u("/static/digid.svg"), svg_digid)
    WEB.add(werk.u("/"), simple_page("werk.nl", '<p>Vacatures, uitkeringen en hulp bij het vinden van werk.</p><p><a href="/bijstand-aanvragen/">Bijstand aanvragen</a></p>', "werk.nl"), "werk.nl")
    st = login_start(werk.u("/inloggen/digid/start"), werk.u("/bijstand-aanvragen/formulier"))
    WEB.add(werk.u("/bijstand-aanvragen/"), simple_page("Bijstandsuitkering aanvragen", (
        '<p>U vraagt een bijstandsuitkering aan via werk.nl. De aanvraag gaat daarna naar uw gemeente. '
        'Eerst schrijft u zich in als werkzoekende; daarna vult u de aanvraag in.</p>'
        '<p><a class="button" href="%s"><img src="/static/digid.svg" alt="" width="28"> Inloggen met DigiD en bijstand aanvragen</a></p>') % st, "werk.nl"), "Bijstandsuitkering aanvragen")
    WEB.add(werk.u("/bijstand-aanvragen/formulier"), simple_page("Aanvraag", "<p>U bent niet ingelogd.</p>", "werk.nl"))
    werk.prods["bijstand"] = dict(page=werk.u("/bijstand-aanvragen/"), route=werk.u("/bijstand-aanvragen/"), level=100, strict=67,
                                  signals=["digid", "online_form", "national_portal"])

    # ---- tax offices ----
    def tax_office(key, host, name, short, kinds, munis):
        b = Body(key, host, name, "tax")
        BODIES[key] = b
        WEB.add(b.u("/img/digid.svg"), svg_digid)
        portal_start = login_start(b.u("/mijn/inloggen"), b.u("/mijn/overzicht"))
        WEB.add(b.u("/mijn/overzicht"), simple_page("Mijn " + short, "<p>U bent niet ingelogd.</p>", name))
        WEB.add(b.u("/mijn/"), simple_page("Mijn " + short, (
            '<p>In Mijn %s ziet u uw aanslagen, WOZ-beschikkingen en betalingen.</p>'
            '<p><a href="%s"><img src="/img/digid.svg" alt="DigiD" width="30"> Inloggen met DigiD</a></p>') % (short, portal_start), name), "Mijn " + short)
        b.portal = b.u("/mijn/")
        titles = {"kwijtschelding": "Kwijtschelding aanvragen", "bezwaar": "Bezwaar maken tegen WOZ-waarde of aanslag",
                  "betalingsregeling": "Betalingsregeling aanvragen", "hond": "Hondenbelasting: hond aan- of afmelden"}
        texts = {"kwijtschelding": "Kunt u de gemeentelijke belastingen niet betalen door een laag inkomen? Vraag dan kwijtschelding aan.",
                 "bezwaar": "Bent u het niet eens met de WOZ-waarde of met de aanslag? Maak binnen 6 weken bezwaar. Dit formulier is voor de WOZ-waarde en voor alle belastingen op het aanslagbiljet.",
                 "betalingsregeling": "Lukt het niet om de aanslag in één keer of met automatische incasso te betalen? Vraag een betalingsregeling aan.",
                 "hond": "Heeft u een hond gekregen of is uw hond overleden? Geef het door; de hondenbelasting wordt dan aangepast."}
        for prod, kind in kinds.items():
            slug = {"kwijtschelding": "kwijtschelding", "bezwaar": "bezwaar-maken", "betalingsregeling": "betalingsregeling", "hond": "hondenbelasting"}[prod]
            page = b.u("/" + slug)
            if kind == "digid":
                gate = b.u("/mijn/" + slug + "-formulier")
                st = login_start(b.u("/mijn/" + slug + "/digid/start"), gate + "?ingelogd=1")
                WEB.add(gate, simple_page(titles[prod], (
                    '<p>Dit formulier vult u in na inloggen met DigiD. Na het inloggen zijn uw naam, adres en aanslaggegevens al ingevuld.</p>'
                    '<p><a class="digid" href="%s"><img src="/img/digid.svg" alt="DigiD" width="30"> Inloggen met DigiD</a></p>') % st, name))
                WEB.add(gate + "?ingelogd=1", simple_page(titles[prod], "<p>Uw sessie is verlopen. Log opnieuw in.</p>", name))
                cta = '<p><a class="button" href="%s">%s met DigiD</a></p>' % (gate, titles[prod])
                route, lvl, strict, sig = gate, 100, 100, ["digid", "online_form", "prefill_text"]
            elif kind == "anon":
                form = b.u("/formulieren/" + slug)
                WEB.add(form, simple_page(titles[prod], (
                    '<p>Vul het formulier in. Velden met een * zijn verplicht.</p><form method="post" action="/formulieren/verzonden">%s'
                    '<div class="field"><label for="an">Aanslagnummer *</label><input id="an" name="aanslagnummer" required></div>'
                    '<button type="submit">Versturen</button></form>') % form_fields_html(STD_FIELDS), name))
                cta = '<p><a class="button" href="%s">Vul het formulier in</a></p>' % form
                route, lvl, strict, sig = form, 67, 67, ["online_form", "no_login"]
            else:  # pdf
                pdf = make_pdf("Aanvraagformulier kwijtschelding gemeentelijke belastingen - " + name,
                               ["Vul dit formulier volledig in en stuur het met bewijsstukken naar " + name + ".",
                                "Gegevens aanvrager, inkomen, vermogen, woonlasten.", "Handtekening:"],
                               ["naam", "adres", "bsn", "inkomen"])
                route = WEB.add(b.u("/media/aanvraagformulier-kwijtschelding.pdf"), pdf)
                cta = '<p><a href="%s">Aanvraagformulier kwijtschelding (pdf, %d kB)</a>. Stuur het ingevulde formulier naar %s, Postbus 1200.</p>' % (route, kb(pdf), name)
                lvl, strict, sig = 33, 33, ["pdf_form"]
            body_html = ('<p>%s</p><h2>Zo regelt u het</h2>%s'
                         '<aside class="mijn"><h2>Mijn %s</h2><p>Bekijk uw aanslag en WOZ-beschikking in <a href="%s">Mijn %s</a>.</p></aside>'
                         '<p>%s voert de belastingtaken uit voor de gemeenten %s.</p>') % (
                texts[prod], cta, short, b.portal, short, name, ", ".join(munis))
            WEB.add(page, simple_page(titles[prod], body_html, name), titles[prod], texts[prod])
            b.prods[prod] = dict(page=page, route=route, level=lvl, strict=strict, signals=sig)
        WEB.add(b.u("/formulieren/verzonden"), simple_page("Verzonden", "<p>Bedankt. Wij hebben uw formulier ontvangen.</p>", name))
        links = "".join('<li><a href="%s">%s</a></li>' % (v["page"], titles[k]) for k, v in b.prods.items())
        WEB.add(b.u("/"), simple_page(name, '<ul>%s<li><a href="/mijn/">Mijn %s</a></li></ul>' % (links, short), name), name)
        return b

    tax_office("bsgw", "www.bsgw.test", "BsGW", "BsGW", {"kwijtschelding": "digid", "bezwaar": "digid", "betalingsregeling": "digid", "hond": "digid"},
               ["Eijsden-Margraten", "Meerssen", "en andere Limburgse gemeenten"])
    tax_office("bsgr", "www.bsgr.test", "Belastingsamenwerking Gouwe-Rijnland", "BSGR", {"kwijtschelding": "digid", "bezwaar": "digid", "betalingsregeling": "anon", "hond": "digid"},
               ["Oegstgeest", "en andere gemeenten in de regio"])
    tax_office("svhw", "www.svhw.test", "SVHW", "SVHW", {"kwijtschelding": "pdf", "bezwaar": "digid", "betalingsregeling": "anon", "hond": "digid"},
               ["Barendrecht", "en andere gemeenten in Zuid-Holland Zuid"])
    tax_office("bwb", "www.bwb.test", "Belastingsamenwerking West-Brabant", "BWB", {"kwijtschelding": "digid", "bezwaar": "digid", "betalingsregeling": "digid", "hond": "digid"},
               ["Tholen", "en andere West-Brabantse gemeenten"])

    # ---- Sociale Zaken Maastricht Heuvelland ----
    sz = Body("szmh", "www.szmh.test", "Sociale Zaken Maastricht Heuvelland", "social")
    BODIES["szmh"] = sz
    WEB.add(sz.u("/img/digid.svg"), svg_digid)
    st = login_start(sz.u("/digid/start"), sz.u("/aanvragen/bijzondere-bijstand/formulier"))
    WEB.add(sz.u("/aanvragen/bijzondere-bijstand/"), simple_page("Bijzondere bijstand aanvragen", (
        '<p>Inwoners van Eijsden-Margraten, Gulpen-Wittem, Maastricht, Meerssen, Vaals en Valkenburg aan de Geul vragen bijzondere bijstand bij ons aan.</p>'
        '<p><a href="%s"><img src="/img/digid.svg" alt="DigiD" width="30"> Inloggen met DigiD en aanvraag starten</a></p>') % st, sz.name), "Bijzondere bijstand aanvragen")
    WEB.add(sz.u("/aanvragen/bijzondere-bijstand/formulier"), simple_page("Formulier", "<p>U bent niet ingelogd.</p>", sz.name))
    WEB.add(sz.u("/"), simple_page(sz.name, '<p><a href="/aanvragen/bijzondere-bijstand/">Bijzondere bijstand aanvragen</a></p>', sz.name), sz.name)
    sz.prods["bijzondere-bijstand"] = dict(page=sz.u("/aanvragen/bijzondere-bijstand/"), route=sz.u("/aanvragen/bijzondere-bijstand/"),
                                           level=100, strict=67, signals=["digid", "online_form"])

    # ---- waste companies ----
    def waste(key, host, name, style):
        b = Body(key, host, name, "waste")
        BODIES[key] = b
        for prod, title, extra in [("grofvuil", "Grofvuil aanmelden", [("Wat wilt u laten ophalen?", "textarea"), ("Gewenste ophaalweek", "select:week 1|week 2|week 3")]),
                                   ("container", "Container aanvragen, omruilen of wijzigen", [("Soort container", "select:restafval|gft|papier|pmd"), ("Wat wilt u?", "select:nieuwe container|andere maat|kapot|gestolen")])]:
            if style == "a":
                page, form = b.u("/%s/" % prod), b.u("/%s/aanvragen/" % prod)
            else:
                page, form = b.u("/diensten/%s" % prod), b.u("/e-formulieren/%s-formulier" % prod)
            WEB.add(form, simple_page(title, '<p>Velden met een * zijn verplicht.</p><form method="post" action="%s">%s%s<button type="submit">Verzenden</button></form>' % (
                b.u("/bedankt"), form_fields_html([("Postcode", "text"), ("Huisnummer", "text"), ("E-mailadres", "email")]), form_fields_html(extra, "x")), name))
            WEB.add(page, simple_page(title, '<p>%s regelt de afvalinzameling in uw gemeente.</p><p><a class="btn" href="%s">%s</a></p>'
                                      '<p>Download ook de %s-app voor de afvalkalender.</p>' % (name, form, title, name), name), title)
            b.prods[prod] = dict(page=page, route=form, level=67, strict=67, signals=["online_form", "no_login"])
        WEB.add(b.u("/bedankt"), simple_page("Bedankt", "<p>Uw aanvraag is ontvangen.</p>", name))
        WEB.add(b.u("/"), simple_page(name, '<ul><li><a href="%s">Grofvuil</a></li><li><a href="%s">Containers</a></li></ul>' % (b.prods["grofvuil"]["page"], b.prods["container"]["page"]), name), name)

    waste("rd4", "www.rd4.test", "RD4", "a")
    waste("dar", "www.dar.test", "Dar", "b")
    waste("zrd", "www.zrd.test", "ZRD", "a")
    waste("circulus", "www.circulus.test", "Circulus", "b")
    waste("bar", "www.bar-afvalbeheer.test", "BAR-Afvalbeheer", "a")

    # ---- parking portal ----
    pk = Body("parkeer-oeg", "oegstgeest.parkeerservice.test", "Parkeerservice Oegstgeest", "parking")
    BODIES["parkeer-oeg"] = pk
    WEB.add(pk.u("/img/digid.svg"), svg_digid)
    st = login_start(pk.u("/digid/start"), pk.u("/vergunning/nieuw"))
    WEB.add(pk.u("/vergunning/nieuw"), simple_page("Nieuwe vergunning", "<p>U bent niet ingelogd.</p>", pk.name))
    WEB.add(pk.u("/"), simple_page("Digitaal loket parkeren", (
        '<p>Vraag een bewonersvergunning aan, wijzig uw kenteken of koop bezoekersuren. Betalen gaat met iDEAL.</p>'
        '<p><a href="%s"><img src="/img/digid.svg" alt="DigiD" width="30"> Inloggen met DigiD</a> om een parkeervergunning aan te vragen.</p>'
        '<p>Bezoekersparkeren? <a href="/bezoek">Log in met uw meldcode</a>.</p>') % st, pk.name), "Digitaal loket parkeren")
    WEB.add(pk.u("/bezoek"), simple_page("Bezoekersparkeren", '<form method="post" action="/bezoek"><label for="m">Meldcode</label><input id="m" name="meldcode"><label for="pin">Pincode</label><input id="pin" name="pin" type="password"><button>Inloggen</button></form>', pk.name))
    pk.prods["parkeervergunning"] = dict(page=pk.u("/"), route=pk.u("/"), level=100, strict=67, signals=["digid", "online_form", "parking_portal"])


# --------------------------------------------------------------------------------------
# traps
# --------------------------------------------------------------------------------------

DEFAULT_TRAPS = {
 "brp-uittreksel": ["mijnoverheid", "feedback", "status"],
 "verhuismelding": ["aux:hoofdbewoner", "mijnoverheid", "status"],
 "geboorteaangifte": ["sib:erkenning", "apptdigid", "related"],
 "overlijdensaangifte": ["sib:grafrechten", "mailto", "related"],
 "huwelijksaangifte": ["otherpdf:babs", "apptdigid", "feedback"],
 "paspoort": ["apptdigid", "aux:toestemming", "sib:rijbewijs"],
 "identiteitskaart": ["aux:toestemming", "apptdigid", "mijnoverheid"],
 "parkeervergunning": ["status", "bezwaar", "regpdf:parkeren"],
 "gehandicaptenparkeerkaart": ["sib:gehandicaptenparkeerplaats", "contact", "related"],
 "gehandicaptenparkeerplaats": ["sib:gehandicaptenparkeerkaart", "regpdf:gpp", "contact"],
 "hondenbelasting": ["regpdf:hond", "taxlogin", "news"],
 "belastingkwijtschelding": ["calc", "sib:incasso", "taxlogin"],
 "woz-bezwaar": ["wozloket", "taxlogin", "mijnoverheid"],
 "bijstand": ["calc", "otherpdf:inkomsten", "status"],
 "bijzondere-bijstand": ["sib:iit", "calc", "sib:meedoen"],
 "wmo-voorziening": ["sib:mantelzorg", "contact", "chat"],
 "leerlingenvervoer": ["regpdf:leerlingenvervoer", "contact", "newsletter"],
 "grofvuil": ["sib:afvalpas", "newsletter", "sib:milieustraat"],
 "afvalcontainer": ["sib:afvalpas", "regpdf:afval", "feedback"],
 "melding-openbare-ruimte": ["status", "contact", "sib:klacht"],
 "omgevingsvergunning": ["vcheck", "otherpdf:vooroverleg", "sib:sloopmelding"],
 "kapvergunning": ["vcheck", "nopermit", "sib:melding-openbare-ruimte"],
 "bouwdossier-inzage": ["ololg", "mailto", "vcheck"],
 "bezwaar": ["bezwaar", "mailto", "feedback"],
 "klacht": ["contact", "feedback", "status"],
 "woo-verzoek": ["contact", "register", "newsletter"],
 "subsidie": ["regpdf:subsidie", "verantw", "newsletter"],
 "evenementenvergunning": ["sib:klein-evenement", "sib:evenementenkalender", "regpdf:apv"],
 "exploitatievergunning-horeca": ["otherpdf:bibob", "sib:alcoholvergunning", "regpdf:horeca"],
 "alcoholvergunning": ["otherpdf:bibob", "sib:exploitatievergunning-horeca", "sib:incidentele-festiviteit"],
 "terrasvergunning": ["nopermit", "regpdf:terras", "sib:incidentele-festiviteit"],
 "standplaatsvergunning": ["regpdf:standplaats", "sib:marktvergunning", "contact"],
 "marktvergunning": ["regpdf:markt", "sib:standplaatsvergunning", "verantw"],
 "reclamebelasting": ["taxlogin", "regpdf:reclame", "bezwaar"],
 "geluidsontheffing": ["sib:incidentele-festiviteit", "regpdf:apv", "contact"],
 "winkeltijdenontheffing": ["news", "regpdf:winkeltijden", "contact"],
 "kansspelautomaatvergunning": ["sib:loterij", "regpdf:speelautomaten", "sib:alcoholvergunning"],
 "collectevergunning": ["nopermit", "sib:loterij", "contact"],
 "ligplaatsvergunning": ["sib:havengeld", "regpdf:havens", "contact"],
 "uitwegvergunning": ["vcheck", "sib:gehandicaptenparkeerplaats", "regpdf:uitweg"],
 "belastingaanslag-bezwaar": ["wozloket", "taxlogin", "sib:incasso"],
 "betalingsregeling": ["sib:incasso", "calc", "taxlogin"],
}

REGPDF = {
 "parkeren": ("Parkeerverordening 2025", "parkeerverordening-2025"),
 "gpp": ("Beleidsregels gehandicaptenparkeervoorzieningen", "beleidsregels-gehandicaptenparkeervoorzieningen"),
 "hond": ("Verordening hondenbelasting 2025", "verordening-hondenbelasting-2025"),
 "leerlingenvervoer": ("Verordening leerlingenvervoer", "verordening-leerlingenvervoer"),
 "afval": ("Tarieven afvalstoffenheffing 2025", "tarieven-afvalstoffenheffing-2025"),
 "subsidie": ("Algemene subsidieverordening", "algemene-subsidieverordening"),
 "apv": ("Algemene Plaatselijke Verordening (APV)", "apv-2024"),
 "horeca": ("Horecabeleid en Bibob-beleidslijn", "horecabeleid-bibob"),
 "terras": ("Terrassenbeleid 2023", "terrassenbeleid-2023"),
 "standplaats": ("Standplaatsenbeleid", "standplaatsenbeleid"),
 "markt": ("Marktverordening en marktreglement", "marktverordening"),
 "reclame": ("Verordening reclamebelasting 2025", "verordening-reclamebelasting-2025"),
 "winkeltijden": ("Winkeltijdenverordening", "winkeltijdenverordening"),
 "speelautomaten": ("Speelautomatenverordening", "speelautomatenverordening"),
 "havens": ("Havenverordening en tarieven liggeld", "havenverordening-tarieven"),
 "uitweg": ("Beleidsregels inritten", "beleidsregels-inritten"),
}

OTHERPDF = {
 "babs": ("Aanvraagformulier benoeming trouwambtenaar voor één dag (babs)", "aanvraag-babs"),
 "inkomsten": ("Inkomstenformulier (voor wie al een uitkering heeft)", "inkomstenformulier"),
 "vooroverleg": ("Aanvraagformulier vooroverleg bouwplan", "aanvraag-vooroverleg"),
 "bibob": ("Bibob-vragenlijst", "bibob-vragenlijst"),
}

NOPERMIT = {
 "kapvergunning": "Voor de meeste bomen in uw tuin heeft u geen vergunning nodig. Twijfelt u? Kijk op de bomenkaart of de boom beschermd is.",
 "terrasvergunning": "Voor een klein terras van maximaal 2 tafels direct tegen de gevel heeft u geen vergunning nodig. Dat is vergunningvrij; wel gelden de algemene regels.",
 "collectevergunning": "Staat uw organisatie in het landelijke collecterooster van het CBF? Dan heeft u geen vergunning nodig voor de collecteweek die u is toegewezen.",
}


class Site:
    fam = "base"
    heading_map = [("wat", "Wat is het?"), ("voorw", "Voorwaarden"), ("aanvragen", "Aanvragen"),
                   ("nodig", "Wat heeft u nodig?"), ("kosten", "Kosten"), ("termijn", "Hoe lang duurt het?")]

    def __init__(self, org, cfg):
        self.code, self.name, self.reg, self.host, self.short, self.inh = org
        self.cfg = cfg
        self.base = "http://" + self.host
        self.domain = self.host[4:] if self.host.startswith("www.") else self.host
        self.tel = TEL[self.code]
        self.spec = cfg["spec"]
        self.titles = cfg.get("titles", {})
        self.shared = cfg.get("shared", [])
        self.extras = cfg.get("extras", [])
        self.cta = cfg.get("cta", {})
        self.no = cfg.get("no", {})
        self.notes = cfg.get("notes", {})
        self.routes = {}
        self.page_url = {}
        self.page_title = {}
        self.page_signals = {}
        self.shared_with = {}
        self.sitewide = []
        self.news = []
        self.pdfs = {}
        self.labels = []
        self.content_pages = []    # (url, title) for sitemap order
        self.tagged = {}          # key -> list of tag slugs
        self.mail = "info@" + self.domain

    # ---------------- urls (families override) ----------------
    def u(self, path):
        return path if path.startswith("http") else self.base + path

    def slugify(self, t):
        s = t.lower()
        for a, b in [("é", "e"), ("ë", "e"), ("ï", "i"), ("ö", "o"), ("ü", "u"), ("€", ""), ("(", ""), (")", ""), (",", ""), (".", ""),
                     ("'", ""), (":", ""), ("/", "-"), ("–", "-"), ("³", "3"), ("²", "2")]:
            s = s.replace(a, b)
        s = "-".join(w for w in s.replace("-", " ").split() if w)
        return s

    def product_path(self, key, title, cat):
        return "/" + self.slugify(title)

    def cat_path(self, cat):
        return "/" + cat

    def tag_path(self, tag):
        return "/tags/" + tag

    def news_path(self, slug):
        return "/nieuws/" + slug

    def pdf_path(self, name):
        return "/documenten/" + name

    def home(self):
        return self.u("/")

    # ---------------- documents ----------------
    def pdf(self, name, title, lines, fields=(), ext="pdf"):
        key = name + "." + ext
        if key in self.pdfs:
            return self.pdfs[key]
        if ext == "docx":
            data = make_docx(title, lines)
        else:
            data = make_pdf(title, lines, fields)
        url = WEB.add(self.u(self.pdf_path(key)), data)
        self.pdfs[key] = (url, kb(data))
        return self.pdfs[key]

    # ---------------- platform hooks (families override) ----------------
    def make_form(self, key, title, kind):
        raise NotImplementedError

    def appt_url(self, key):
        return self.cfg.get("appt_url")

    # ---------------- routes ----------------
    def title_of(self, key):
        if key in self.titles:
            return self.titles[key]
        if key in PT:
            return PT[key]["t"]
        return EXTRA[key]["t"]

    def cat_of(self, key):
        return PT[key]["c"] if key in PT else EXTRA[key]["c"]

    def build_route(self, key, spec):
        title = self.title_of(key)
        kind = spec.split(":")[0]
        r = dict(kind=kind, spec=spec, entry=None, route=None, level=0, strict=0, signals=[], via="", how="")
        if kind in ("digid", "digid+p", "eh", "anon"):
            f = self.make_form(key, title, kind)
            r.update(f)
            r["level"] = 67 if kind == "anon" else 100
            if "strict" not in f:
                r["strict"] = 100 if kind == "digid+p" else 67
            r["signals"] = SIGNALS_ROUTE["digid" if kind == "digid+p" else kind] + (["prefill_text"] if kind == "digid+p" else []) + f.get("signals", [])
        elif kind in ("pdf", "docx"):
            base = "aanvraagformulier-" + self.slugify(PT[key]["t"] if key in PT else title).replace("-aanvragen", "")
            fields = ("naam", "adres", "postcode", "telefoon", "handtekening") if hnum(self.code + key, 2) == 0 else ()
            url, size = self.pdf(base, "Aanvraagformulier " + title, [
                "Gemeente " + self.short, "Vul dit formulier volledig in en onderteken het.",
                "Stuur het formulier met de bijlagen naar de gemeente of lever het in bij de balie.",
                "1. Gegevens aanvrager  2. Gegevens aanvraag  3. Bijlagen  4. Ondertekening"], fields, kind)
            r.update(entry=url, route=url, level=33, strict=33, size=size,
                     signals=SIGNALS_ROUTE[kind] + (["pdf_acroform"] if fields else []))
        elif kind == "info":
            r["how"] = spec.split(":")[1] if ":" in spec else "general"
            r["signals"] = ["info_only", r["how"]]
        elif kind == "appt":
            r["entry"] = self.appt_url(key)
            r["signals"] = ["info_only", "appointment_online"]
        elif kind == "via":
            _, bkey, bprod = spec.split(":")
            b = body(bkey)
            bp = b.prods[bprod]
            r.update(entry=bp["page"], route=bp["route"], level=bp["level"], strict=bp["strict"], via=b.host, body=b,
                     signals=list(bp["signals"]) + ["via_" + bkey])
        return r

    # ---------------- call to action markup ----------------
    def cta_html(self, key, r, text):
        style = self.cta.get(key, self.default_cta_style(key, r))
        url = r["entry"]
        r["style"] = style
        r["signals"] = r["signals"] + (["cta_" + style] if style != "link" else [])
        if style == "button":
            return '<p><button type="button" class="btn btn-primary" data-href="%s" onclick="window.location.href=this.dataset.href">%s</button></p>' % (E(url), E(text))
        if style == "getform":
            u = urlsplit(url)
            hidden = ""
            if u.query:
                for part in u.query.split("&"):
                    k, _, v = part.partition("=")
                    hidden += '<input type="hidden" name="%s" value="%s">' % (E(k), E(v))
            return '<form class="cta-form" method="get" action="%s">%s<button type="submit" class="btn">%s</button></form>' % (
                E(u.scheme + "://" + u.netloc + u.path), hidden, E(text))
        if style == "iframe":
            return '<div class="embed-form"><iframe src="%s" title="%s" width="100%%" height="900" loading="lazy"></iframe></div>' % (E(url), E(text))
        if style == "script":
            cid = "cta-" + h8(key + url)
            return ('<div id="%s" class="cta-placeholder"></div><script>(function(){var a=document.createElement("a");'
                    'a.className="btn btn-digid";a.href=%s;a.textContent=%s;document.getElementById(%s).appendChild(a);})();</script>'
                    '<noscript><p>Schakel JavaScript in om het formulier te openen.</p></noscript>') % (cid, json.dumps(url), json.dumps(text), json.dumps(cid))
        if style == "digidimg":
            return '<p class="digid-link"><a href="%s"><img src="%s" alt="DigiD link %s" width="46" height="46"></a></p>' % (E(url), self.digid_logo(), E(text))
        if style == "inputimage":
            u = urlsplit(url)
            return ('<form class="digid-start" method="get" action="%s"><input type="image" src="%s" alt="Inloggen met DigiD: %s" width="46" height="46"></form>'
                    % (E(u.scheme + "://" + u.netloc + u.path), self.digid_logo(), E(text)))
        cls = "btn"
        return '<p><a class="%s" href="%s">%s</a></p>' % (cls, E(url), E(text))

    def default_cta_style(self, key, r):
        return "link"

    def digid_logo(self):
        return self.u("/img/digid.svg")

    def route_html(self, key, r, shared=False):
        """The 'how to apply' part for a product, consistent with its route."""
        t = self.title_of(key)
        lt = t[0].lower() + t[1:]
        k = r["kind"]
        pre = ("<h3>%s</h3>" % E(t)) if shared else ""
        if k in ("digid", "digid+p"):
            txt = self.txt_digid(key, t)
            ctat = self.cta_label(key, t, "digid")
            extra = ("<p>Na het inloggen met DigiD zijn uw naam en adres al ingevuld.</p>" if k == "digid+p" else "")
            return pre + "<p>%s</p>%s%s" % (txt, self.cta_html(key, r, ctat), extra)
        if k == "eh":
            ctat = self.cta_label(key, t, "eh")
            return pre + "<p>U vraagt dit online aan. Ondernemers en organisaties loggen in met eHerkenning; particulieren met DigiD.</p>%s" % self.cta_html(key, r, ctat)
        if k == "anon":
            ctat = self.cta_label(key, t, "anon")
            return pre + "<p>%s</p>%s" % (self.txt_anon(key, t), self.cta_html(key, r, ctat))
        if k in ("pdf", "docx"):
            ext = "pdf" if k == "pdf" else "docx"
            bt = PT[key]["t"] if key in PT else t
            lt2 = bt[0].lower() + bt[1:]
            lt2 = lt2[:-len(" aanvragen")] if lt2.endswith(" aanvragen") else lt2
            link = '<a href="%s">Aanvraagformulier %s (%s, %d kB)</a>' % (r["entry"], E(lt2), ext, r["size"])
            return pre + ("<p>Download het aanvraagformulier, vul het in en onderteken het. Stuur het met de bijlagen naar %s, %s. "
                          "U kunt het formulier ook inleveren bij de balie van het gemeentehuis.</p><ul class=\"downloads\"><li>%s</li></ul>") % (
                E(self.name), E(self.cfg.get("post", "Postbus 1")), link)
        if k == "appt":
            a = r["entry"]
            return pre + ('<p>U moet hiervoor persoonlijk langskomen in het gemeentehuis. Maak eerst een afspraak.</p>'
                          '<p><a class="btn" href="%s">Maak een afspraak</a></p><p>Lukt online een afspraak maken niet? Bel %s.</p>') % (E(a), self.tel)
        if k == "info":
            how = r["how"]
            if how == "counter":
                return pre + "<p>U regelt dit aan de balie van het gemeentehuis. U hoeft geen afspraak te maken; neem een geldig identiteitsbewijs mee.</p>"
            if how == "phoneappt":
                return pre + ("<p>U moet hiervoor persoonlijk naar het gemeentehuis komen. Bel %s om een afspraak te maken. "
                              "Online een afspraak maken is niet mogelijk.</p>") % self.tel
            if how == "phone":
                return pre + "<p>Neem telefonisch contact met ons op via %s. Een medewerker bespreekt uw situatie met u en legt uw aanvraag vast.</p>" % self.tel
            if how == "letter":
                return pre + ("<p>Stuur een ondertekende brief naar %s, %s. Vermeld uw naam, adres, de datum en waar uw verzoek over gaat.</p>"
                              % (E(self.name), E(self.cfg.get("post", "Postbus 1"))))
            if how == "email":
                return pre + '<p>Stuur een e-mail met uw gegevens en uw verzoek naar <a href="mailto:%s">%s</a>. Wij nemen binnen 5 werkdagen contact met u op.</p>' % (self.mail, self.mail)
            if how == "undertaker":
                return pre + "<p>Meestal doet de uitvaartondernemer de aangifte voor u. Doet u het zelf? Kom dan met de verklaring van overlijden naar het gemeentehuis.</p>"
            if how == "general":
                return pre + "<p>Heeft u vragen? Bel ons via %s.</p>" % self.tel
            return pre + "<p>U hoeft hiervoor niets aan te vragen. U ontvangt automatisch een aanslag.</p>"  # how == "assessment"
        if k == "via":
            b = r["body"]
            return pre + self.via_text(key, r, b)
        raise ValueError(k)

    def txt_digid(self, key, t):
        return "U regelt dit online. U logt in met DigiD."

    def txt_anon(self, key, t):
        return "Vul het online formulier in. U hoeft niet in te loggen."

    def cta_label(self, key, t, kind):
        lt = t[0].lower() + t[1:]
        if kind == "digid":
            return t + " (DigiD)"
        if kind == "eh":
            return t + " (met eHerkenning of DigiD)"
        return "Naar het formulier " + lt

    def via_text(self, key, r, b):
        if b.key == "olo":
            return ('<p>U vraagt de vergunning aan of doet de melding in het landelijke Omgevingsloket. De gemeente behandelt daarna uw aanvraag.</p>'
                    '<p><a class="btn" href="%s">Aanvragen in het Omgevingsloket</a> (Verwijst naar een externe website)</p>') % r["entry"]
        if b.key == "werk":
            return ('<p>U vraagt de bijstandsuitkering aan via werk.nl van UWV. Daarna neemt een consulent van de gemeente contact met u op.</p>'
                    '<p><a class="btn" href="%s">Bijstand aanvragen via werk.nl</a> (externe link)</p>') % r["entry"]
        if b.kind == "tax":
            return ('<p>%s voert de gemeentelijke belastingen uit voor %s. U regelt dit daarom bij %s.</p>'
                    '<p><a class="btn" href="%s">Ga naar %s</a></p>') % (b.name, self.short, b.name, r["entry"], b.name)
        if b.kind == "waste":
            return ('<p>De afvalinzameling in %s wordt uitgevoerd door %s. U regelt dit op de website van %s.</p>'
                    '<p><a class="btn" href="%s">Regel het bij %s</a></p>') % (self.short, b.name, b.name, r["entry"], b.name)
        return ('<p>Dit regelt u bij %s.</p><p><a class="btn" href="%s">Naar %s</a></p>') % (b.name, r["entry"], b.name)

    # ---------------- traps ----------------
    def status_url(self):
        return self.cfg.get("status_url")

    def tax_portal(self):
        return self.cfg.get("tax_portal")

    def trap(self, key, t):
        """Return (html, signal, where) or None. where: content | aside | after."""
        name, _, arg = t.partition(":")
        own = self.routes.get(key, {})
        if name == "mijnoverheid":
            return ('<p>Wilt u weten welke gegevens de overheid van u heeft? <a href="http://mijn.overheid.test/">Bekijk uw gegevens in MijnOverheid</a> (inloggen met DigiD).</p>',
                    "trap_mijnoverheid", "content")
        if name == "feedback":
            return (('<form class="feedback" method="get" action="%s"><fieldset><legend>Heeft u gevonden wat u zocht?</legend>'
                     '<label><input type="radio" name="nuttig" value="ja"> Ja</label> <label><input type="radio" name="nuttig" value="nee"> Nee</label>'
                     '<label for="fb-%s">Toelichting</label><textarea id="fb-%s" name="toelichting"></textarea><button type="submit">Verstuur</button></fieldset></form>')
                    % (self.u(self.cfg["feedback_path"]), h8(key), h8(key)), "trap_feedback_form", "after")
        if name == "status":
            su = self.status_url()
            if not su:
                return None
            return ('<div class="status-box"><h2>Al iets aangevraagd?</h2><p>Bekijk de status van uw aanvraag of melding in <a href="%s">Mijn %s</a>. U logt in met DigiD.</p></div>'
                    % (su, E(self.short)), "trap_status_login", "aside")
        if name == "aux":
            if arg == "hoofdbewoner":
                url, size = self.pdf("verklaring-hoofdbewoner", "Verklaring hoofdbewoner / inwoning",
                                     ["De hoofdbewoner verklaart dat de aanvrager op dit adres woont.", "Voeg een kopie van het identiteitsbewijs van de hoofdbewoner toe."],
                                     ("naam hoofdbewoner", "adres", "handtekening"))
                return ('<p>Gaat u inwonen bij iemand? Laat de hoofdbewoner dan de <a href="%s">verklaring hoofdbewoner (pdf, %d kB)</a> invullen. Dit is een bijlage en geen verhuisformulier.</p>' % (url, size),
                        "trap_auxiliary_pdf", "content")
            url, size = self.pdf("toestemming-reisdocument-minderjarige", "Toestemming reisdocument minderjarige",
                                 ["Toestemming van de ouder(s) met gezag voor de aanvraag van een reisdocument voor een kind jonger dan 18 jaar."],
                                 ("naam ouder", "naam kind", "handtekening"))
            return ('<p>Vraagt u een reisdocument aan voor een kind jonger dan 18? Neem dan het formulier <a href="%s">Toestemming reisdocument minderjarige (pdf, %d kB)</a> ingevuld mee naar de afspraak.</p>' % (url, size),
                    "trap_auxiliary_pdf", "content")
        if name == "sib":
            if arg == key or arg not in self.routes or arg not in self.page_url or self.page_url[arg] == self.page_url.get(key):
                return None
            sr = self.routes[arg]
            if not sr.get("entry") or sr["kind"] in ("appt", "info"):
                return ('<p>Zie ook: <a href="%s">%s</a>.</p>' % (self.page_url[arg], E(self.title_of(arg))), "trap_related_link", "aside")
            if own.get("entry") == sr["entry"]:
                return None
            suffix = {"digid": " (DigiD)", "digid+p": " (DigiD)", "eh": " (eHerkenning)"}.get(sr["kind"], "")
            label = "Direct regelen: " + self.title_of(arg) + suffix
            if sr["kind"] in ("pdf", "docx"):
                label = "Formulier " + self.title_of(arg).lower() + " (pdf)"
            return ('<div class="zie-ook"><h2>Zie ook</h2><p><a href="%s">%s</a></p><p><a class="direct" href="%s">%s</a></p></div>'
                    % (self.page_url[arg], E(self.title_of(arg)), sr["entry"], E(label)), "trap_sibling_form", "aside")
        if name == "otherpdf":
            title, fname = OTHERPDF[arg]
            url, size = self.pdf(fname, title, ["Dit formulier hoort bij een ander onderwerp dan deze pagina.", "Vul het formulier in en stuur het naar de gemeente."], ("naam", "adres"))
            return ('<p>Zie ook: <a href="%s">%s (pdf, %d kB)</a>.</p>' % (url, E(title), size), "trap_other_pdf", "content")
        if name == "regpdf":
            title, fname = REGPDF[arg]
            url, size = self.pdf(fname, title, ["Artikel 1. Begripsbepalingen", "Artikel 2. Reikwijdte", "Artikel 3. Tarieven en voorwaarden",
                                                "Deze verordening treedt in werking op 1 januari 2025."])
            return ('<h2>Regels</h2><ul class="downloads"><li><a href="%s">%s (pdf, %d kB)</a></li></ul>' % (url, E(title), size), "trap_regulation_pdf", "content")
        if name == "mailto":
            return ('<p>Heeft u een vraag? Mail naar <a href="mailto:%s">%s</a>.</p>' % (self.mail, self.mail), "trap_mailto", "content")
        if name == "contact":
            return (('<form class="vraag" method="post" action="%s"><h2>Stel uw vraag</h2><p>Heeft u een vraag over dit onderwerp? Wij antwoorden binnen 2 werkdagen. '
                     'Dit is geen aanvraagformulier.</p>%s<button type="submit">Vraag versturen</button></form>')
                    % (self.u(self.cfg["contact_done_path"]), form_fields_html([("Naam", "text"), ("E-mailadres", "email"), ("Uw vraag", "textarea")], "q" + h8(key)[:4])),
                    "trap_contact_form", "after")
        if name == "bezwaar":
            for cand in ("belastingaanslag-bezwaar", "woz-bezwaar"):
                cr = self.routes.get(cand)
                if cand != key and cr and cr["level"] == 100 and cr.get("entry") and cr["entry"] != own.get("entry"):
                    return ('<p>Bezwaar tegen uw belastingaanslag of WOZ-waarde? <a href="%s">Maak digitaal bezwaar met DigiD</a>. Dit formulier is alleen voor belastingen.</p>' % cr["entry"],
                            "trap_bezwaar_form", "content")
            return None
        if name == "taxlogin":
            tp = self.tax_portal()
            if not tp or own.get("entry") == tp:
                return None
            return ('<div class="mijn-belastingen"><h2>Mijn belastingen</h2><p>Bekijk uw aanslag, WOZ-waarde en betalingen. <a href="%s">Inloggen met DigiD</a></p></div>' % tp,
                    "trap_tax_login", "aside")
        if name == "news":
            n = self.add_news(key)
            return ('<p>Lees ook: <a href="%s">%s</a></p>' % (n[0], E(n[1])), "trap_news_mention", "after")
        if name == "calc":
            return (('<form class="rekenhulp" method="get" action="%s"><h2>Rekenhulp</h2><p>Kijk in 2 minuten of u misschien in aanmerking komt. '
                     'De rekenhulp is geen aanvraag.</p><label for="ink-%s">Netto inkomen per maand</label><input type="number" id="ink-%s" name="inkomen">'
                     '<label for="sp-%s">Spaargeld</label><input type="number" id="sp-%s" name="spaargeld"><button type="submit">Bereken</button></form>')
                    % (self.u(self.cfg["calc_path"]), h8(key), h8(key), h8(key), h8(key)), "trap_calculator_form", "content")
        if name == "wozloket":
            return ('<form class="woz-zoek" method="get" action="http://www.wozwaardeloket.test/zoeken"><p>Vergelijk de WOZ-waarde met die van andere woningen in het '
                    '<a href="http://www.wozwaardeloket.test/">WOZ-waardeloket</a>.</p><label for="wz-%s">Postcode en huisnummer</label><input id="wz-%s" name="q"><button type="submit">Zoek WOZ-waarde</button></form>'
                    % (h8(key), h8(key)), "trap_wozwaardeloket", "content")
        if name == "chat":
            return (('<div id="chatwidget" class="chat"></div><script>(function(){var c=document.getElementById("chatwidget");'
                     'var f=document.createElement("form");f.method="post";f.action=%s;'
                     'f.innerHTML="<h2>Chat met ons</h2><label for=chatmsg>Typ uw vraag</label><textarea id=chatmsg name=bericht></textarea><button type=submit>Verstuur</button>";'
                     'c.appendChild(f);})();</script>') % json.dumps(self.u(self.cfg["contact_done_path"])), "trap_chat", "after")
        if name == "newsletter":
            return (('<form class="nieuwsbrief" method="post" action="%s"><h2>Nieuwsbrief</h2><label for="nb-%s">E-mailadres</label>'
                     '<input type="email" id="nb-%s" name="email"><button type="submit">Aanmelden</button></form>') % (self.u(self.cfg["newsletter_path"]), h8(key), h8(key)),
                    "trap_newsletter", "after")
        if name == "vcheck":
            return ('<p>Twijfelt u of u een vergunning nodig heeft? <a href="http://omgevingswet.overheid.test/checken/">Doe de vergunningcheck in het Omgevingsloket</a>.</p>',
                    "trap_vergunningcheck", "content")
        if name == "ololg":
            return ('<p>Heeft u een aanvraag ingediend in het Omgevingsloket? Volg die in <a href="http://omgevingswet.overheid.test/mijn-omgevingsloket/">Mijn Omgevingsloket</a> (DigiD).</p>',
                    "trap_omgevingsloket_login", "content")
        if name == "nopermit":
            return ("<p>%s</p>" % NOPERMIT[key], "trap_no_permit_needed_text", "content")
        if name == "register":
            return (('<form class="woo-zoek" method="get" action="%s"><h2>Zoek eerst in openbare documenten</h2><p>Misschien is de informatie al openbaar.</p>'
                     '<label for="wr">Zoekterm</label><input id="wr" name="%s"><button type="submit">Zoeken</button></form>') % (self.u(self.cfg["search_path"]), self.cfg["search_param"]),
                    "trap_search_form_register", "content")
        if name == "verantw":
            vr = self.routes.get("_verantwoording")
            if not vr:
                return None
            return ('<p>Heeft u al subsidie of een vergunning gekregen en moet u iets verantwoorden of wijzigen? <a href="%s">Log in met eHerkenning in het ondernemersportaal</a>.</p>' % vr["entry"],
                    "trap_other_process_login", "content")
        if name == "apptdigid":
            a = self.appt_url(key) or self.cfg.get("appt_url")
            mine = self.cfg.get("appt_mine")
            if not a or not mine:
                return None
            return ('<div class="afspraken"><h2>Mijn afspraken</h2><p>Wilt u een afspraak wijzigen of annuleren? <a href="%s">Log in met DigiD</a> in het afsprakensysteem.</p></div>' % mine,
                    "trap_appointment_digid", "aside")
        if name == "related":
            items = []
            for cand in self.related_candidates(key):
                cr = self.routes.get(cand)
                if cr and cr.get("entry") and cr["kind"] in ("digid", "digid+p", "eh", "anon") and cand in self.page_url:
                    items.append('<li><a href="%s">%s</a> &ndash; <a href="%s">direct regelen%s</a></li>' % (
                        self.page_url[cand], E(self.title_of(cand)), cr["entry"], " (DigiD)" if cr["kind"] in ("digid", "digid+p") else ""))
                if len(items) == 3:
                    break
            if not items:
                return None
            return ('<nav class="gerelateerd"><h2>Gerelateerde onderwerpen</h2><ul>%s</ul></nav>' % "".join(items), "trap_related_sidebar", "aside")
        raise ValueError(t)

    def related_candidates(self, key):
        cat = self.cat_of(key)
        same = [k for k in self.all_keys() if k != key and self.cat_of(k) == cat]
        return same + [k for k in ("verhuismelding", "brp-uittreksel", "melding-openbare-ruimte") if k != key]

    def all_keys(self):
        return [k for k in list(self.spec) + list(self.extras) if k in self.page_url and k not in self.no]

    def traps_for(self, key):
        if key not in DEFAULT_TRAPS:
            return []
        d = DEFAULT_TRAPS[key]
        n = 1 + hnum(self.code + key + "n", 3)
        start = hnum(self.code + key + "s", len(d))
        chosen = [d[(start + i) % len(d)] for i in range(n)]
        for t in self.cfg.get("traps", {}).get(key, []):
            if t not in chosen:
                chosen.append(t)
        for t in self.cfg.get("notraps", {}).get(key, []):
            if t in chosen:
                chosen.remove(t)
        return chosen

    def add_news(self, key):
        slug = "nieuwe-regels-" + self.slugify(self.title_of(key))[:40].strip("-")
        for n in self.news:
            if n[2] == slug:
                return n
        title = {"hondenbelasting": "Tarieven hondenbelasting 2025 bekend", "winkeltijdenontheffing": "Gemeenteraad bespreekt koopzondagen"}.get(key, "Wijziging: " + self.title_of(key))
        url = self.u(self.news_path(slug))
        n = (url, title, slug, key)
        self.news.append(n)
        return n

    # ---------------- labels ----------------
    def label(self, pk, status, level="", product_url="", route_url="", strict="", via="", signals=(), notes=""):
        seen, sig = [], []
        for s in signals:
            if s not in seen:
                seen.append(s)
                sig.append(s)
        self.labels.append(dict(org_code=self.code, product_key=pk, level=level, status=status, product_url=product_url,
                                route_url=route_url or "", level_strict=strict, via=via, signals=";".join(sig), notes=notes))

    # ---------------- page assembly ----------------
    def crumbs_html(self, crumbs):
        items = []
        for i, (t, u) in enumerate(crumbs):
            if u and i < len(crumbs) - 1:
                items.append('<li><a href="%s">%s</a></li>' % (u, E(t)))
            else:
                items.append('<li aria-current="page">%s</li>' % E(t))
        return '<nav class="breadcrumb" aria-label="Kruimelpad"><ol>%s</ol></nav>' % "".join(items)

    def page(self, url, title, main, crumbs=(), aside="", kind="page", text="", sitemap=True):
        html_ = self.shell(url, title, main, list(crumbs), aside, kind)
        WEB.add(url, html_, title, text, sitemap)
        if sitemap:
            self.content_pages.append((url, title))
        return url

    def shell(self, url, title, main, crumbs, aside, kind):
        raise NotImplementedError

    def sections_for(self, keys):
        pts = [PT[k] for k in keys]
        ul = lambda xs: "<ul>%s</ul>" % "".join("<li>%s</li>" % E(x) for x in xs)
        sec = {}
        sec["wat"] = "".join("<p>%s</p>" % E(p["i"]) for p in pts)
        sec["voorw"] = ul([v for p in pts for v in p["v"]])
        sec["nodig"] = ul([v for p in pts for v in p["n"]])
        sec["kosten"] = "".join("<p>%s</p>" % E(p["k"]) for p in pts)
        sec["termijn"] = "".join("<p>%s</p>" % E(p["d"]) for p in pts)
        return sec

    def product_main(self, keys, title):
        sec = self.sections_for(keys)
        shared = len(keys) > 1
        parts, seen_entries = [], []
        for k in keys:
            rk = self.routes[k]
            if rk.get("entry") and rk["entry"] in seen_entries:
                continue
            seen_entries.append(rk.get("entry"))
            one = shared and not self.routes[keys[0]].get("entry") == self.routes[keys[-1]].get("entry")
            parts.append(self.route_html(k, rk, one))
        sec["aanvragen"] = "".join(parts)
        content, aside, after = [], [], []
        sigs = {k: [] for k in keys}
        used = []
        for k in keys:
            for t in self.traps_for(k):
                if t in used:
                    continue
                used.append(t)
                res = self.trap(k, t)
                if not res:
                    continue
                h, sig, where = res
                {"content": content, "aside": aside, "after": after}[where].append(h)
                for k2 in keys:
                    sigs[k2].append(sig)
        if shared:
            for k in keys:
                sigs[k].append("trap_shared_page")
        main = self.layout_product(title, keys, sec, "".join(content), "".join(after))
        return main, "".join(aside), sigs

    def layout_product(self, title, keys, sec, content_traps, after_traps):
        out = ['<h1>%s</h1>' % E(title)]
        for skey, head in self.heading_map:
            if skey == "wat" and head is None:
                out.append(sec["wat"])
                continue
            out.append("<h2>%s</h2>%s" % (E(head), sec[skey]))
            if skey == "aanvragen":
                out.append(content_traps)
        out.append(after_traps)
        return "\n".join(out)

    def product_crumbs(self, key, title):
        cat = self.cat_of(key)
        cr = [("Home", self.home()), (self.cat_name(cat), self.u(self.cat_path(cat)))]
        if key in self.cfg.get("parent", {}):
            pt, pp = self.cfg["parent"][key]
            cr.append((pt, self.u(pp)))
        return cr + [(title, None)]

    def cat_name(self, cat):
        return self.cfg.get("catnames", {}).get(cat, CATS[cat])

    # ---------------- build ----------------
    def setup(self):
        pass

    def build(self):
        self.setup()
        # page urls
        shared_title = {}
        for a, b, t in self.shared:
            shared_title[a] = (t, [a, b])
            self.shared_with[a], self.shared_with[b] = b, a
        for key, spec in self.spec.items():
            if spec in ("nf",) or spec.startswith("no"):
                continue
            if key in self.shared_with and key not in shared_title:
                continue
            t, keys = shared_title.get(key, (self.title_of(key), [key]))
            url = self.u(self.product_path(key, t, self.cat_of(key)))
            for k in keys:
                self.page_url[k] = url
                self.page_title[k] = t
        for key in self.extras:
            self.page_url[key] = self.u(self.product_path(key, self.title_of(key), self.cat_of(key)))
            self.page_title[key] = self.title_of(key)
        # routes
        if self.cfg.get("verantwoording"):
            f = self.make_form("_verantwoording", "Subsidie of vergunning verantwoorden", "eh")
            self.routes["_verantwoording"] = dict(kind="eh", **f)
        for key, spec in self.spec.items():
            if spec == "nf" or spec.startswith("no") or spec.startswith("same:"):
                continue
            self.routes[key] = self.build_route(key, spec)
        for key, spec in self.spec.items():
            if spec.startswith("same:"):
                other = spec.split(":")[1]
                r = dict(self.routes[other])
                r["same"] = other
                self.routes[key] = r
        for key in self.extras:
            self.routes[key] = self.build_route(key, self.cfg.get("extra_routes", {}).get(key, EXTRA[key]["r"]))
        self.cats = []
        for k in list(self.spec) + list(self.extras):
            if (k in self.page_url or k in self.no) and self.cat_of(k) not in self.cats:
                self.cats.append(self.cat_of(k))
        self.build_chrome()
        # product pages
        done = set()
        for key, spec in self.spec.items():
            if key not in self.page_url or key in done:
                continue
            keys = shared_title.get(key, (None, [key]))[1]
            title = self.page_title[key]
            main, aside, sigs = self.product_main(keys, title)
            txt = " ".join(PT[k]["i"] for k in keys)
            self.page(self.page_url[key], title, main, self.product_crumbs(key, title), aside, "product", txt)
            for k in keys:
                self.page_signals[k] = sigs[k]
                done.add(k)
        for key in self.extras:
            r = self.routes[key]
            main = "<h1>%s</h1><p>%s</p>%s" % (E(self.title_of(key)), E(EXTRA[key]["i"]), self.route_html(key, r))
            self.page(self.page_url[key], self.title_of(key), main, self.product_crumbs(key, self.title_of(key)), "", "product", EXTRA[key]["i"])
        self.build_not_offered()
        self.build_categories()
        self.build_tags()
        self.build_overviews()
        self.build_misc()
        self.build_news()
        self.build_home()
        self.build_search_sitemap()
        self.make_labels()

    def build_not_offered(self):
        written = {}
        for pk, (path, title, text, _sig) in self.no.items():
            url = self.u(path)
            self.page_url[pk] = url
            if url in written:
                continue
            written[url] = True
            extra = self.no_page_extra(pk)
            main = "<h1>%s</h1>%s%s" % (E(title), text, extra)
            cat = self.cat_of(pk)
            self.page(url, title, main, [("Home", self.home()), (self.cat_name(cat), self.u(self.cat_path(cat))), (title, None)], "", "product",
                      html.unescape(text.replace("<p>", " ").replace("</p>", " ")))

    def no_page_extra(self, pk):
        return ""

    def cat_keys(self, cat):
        out = []
        for k in self.all_keys():
            if self.cat_of(k) == cat and self.page_url[k] not in [self.page_url[x] for x in out]:
                out.append(k)
        for pk in self.no:
            if self.cat_of(pk) == cat and self.page_url.get(pk) and self.page_url[pk] not in [self.page_url[x] for x in out]:
                out.append(pk)
        return out

    def build_categories(self):
        for cat in self.cats:
            keys = self.cat_keys(cat)
            items = "".join('<li><a href="%s">%s</a></li>' % (self.page_url[k], E(self.page_title.get(k) or self.no_title(k))) for k in keys)
            main = '<h1>%s</h1><p>Alles over %s in %s.</p><ul class="product-list">%s</ul>' % (E(self.cat_name(cat)), E(self.cat_name(cat).lower()), E(self.short), items)
            self.page(self.u(self.cat_path(cat)), self.cat_name(cat), main, [("Home", self.home()), (self.cat_name(cat), None)], "", "category")

    def no_title(self, pk):
        return self.no[pk][1] if pk in self.no else self.title_of(pk)

    TAGS = [("vergunningen", "Vergunningen", lambda k: "vergunning" in (PT.get(k) or EXTRA.get(k))["t"].lower() or (PT.get(k) or EXTRA.get(k))["c"] in ("vergunningen", "horeca", "markten")),
            ("online-regelen", "Online regelen", None),
            ("ondernemen", "Ondernemen", lambda k: k in PT and PT[k]["a"] == "o"),
            ("belastingen", "Belastingen", lambda k: (PT.get(k) or EXTRA.get(k))["c"] == "belastingen"),
            ("burgerzaken", "Burgerzaken", lambda k: (PT.get(k) or EXTRA.get(k))["c"] == "burgerzaken"),
            ("afval", "Afval", lambda k: (PT.get(k) or EXTRA.get(k))["c"] == "afval")]

    def build_tags(self):
        self.tag_urls = []
        for slug, name, pred in self.TAGS:
            if slug not in self.cfg.get("tags", []):
                continue
            items = []
            for k in self.all_keys():
                r = self.routes.get(k)
                if pred is None:
                    ok = r is not None and r["kind"] in ("digid", "digid+p", "eh", "anon")
                else:
                    ok = pred(k)
                if not ok:
                    continue
                line = '<li><a href="%s">%s</a>' % (self.page_url[k], E(self.title_of(k)))
                if r and r.get("entry") and r["kind"] in ("digid", "digid+p", "eh", "anon", "pdf"):
                    line += ' <a class="tag-direct" href="%s">%s</a>' % (r["entry"], "Direct aanvragen" if r["kind"] != "pdf" else "Formulier (pdf)")
                    if k in self.spec:
                        self.tagged.setdefault(k, []).append(slug)
                items.append(line + "</li>")
            url = self.u(self.tag_path(slug))
            self.tag_urls.append((url, name))
            main = '<h1>Onderwerp: %s</h1><p>Pagina\'s met het trefwoord &lsquo;%s&rsquo;.</p><ul class="tag-list">%s</ul>' % (E(name), E(name.lower()), "".join(items))
            self.page(url, "Trefwoord: " + name, main, [("Home", self.home()), ("Trefwoorden", None), (name, None)], "", "tag")

    def build_overviews(self):
        """Overview pages titled like a product (breadcrumb level), listing it with siblings and direct links."""
        for path, title, intro, pk, items in self.cfg.get("overviews", []):
            lis = []
            for label, target, direct in items:
                u = self.page_url.get(target, target)
                line = '<li><a href="%s">%s</a>' % (u, E(label))
                if direct and target in self.routes and self.routes[target].get("entry"):
                    line += ' &ndash; <a href="%s">%s</a>' % (self.routes[target]["entry"], E(direct))
                elif direct and direct.startswith("http"):
                    pass
                lis.append(line + "</li>")
            cat = self.cat_of(pk)
            self.page(self.u(path), title, "<h1>%s</h1><p>%s</p><ul>%s</ul>" % (E(title), E(intro), "".join(lis)),
                      [("Home", self.home()), (self.cat_name(cat), self.u(self.cat_path(cat))), (title, None)], "", "category")
            self.page_signals.setdefault(pk, []).append("trap_category_page")

    def build_news(self):
        defaults = [("drukte-burgerzaken-voorjaar", "Drukte bij burgerzaken in het voorjaar", "Vraagt u dit voorjaar een nieuw reisdocument aan? Maak op tijd een afspraak."),
                    ("nieuwe-speeltuin-geopend", "Nieuwe speeltuin geopend", "De wethouder heeft de vernieuwde speeltuin feestelijk geopend."),
                    ("raadsvergadering-begroting", "Gemeenteraad bespreekt begroting", "De gemeenteraad bespreekt in november de begroting voor volgend jaar.")]
        for slug, title, text in defaults:
            self.news.append((self.u(self.news_path(slug)), title, slug, None, text))
        for n in self.news:
            if n[3] is None:
                body_ = "<p>%s</p>" % E(n[4])
            else:
                body_ = ("<p>Er verandert iets rond &lsquo;%s&rsquo;. Lees de actuele informatie op de pagina <a href=\"%s\">%s</a>.</p>"
                         % (E(self.title_of(n[3]).lower()), self.page_url.get(n[3], self.home()), E(self.title_of(n[3]))))
            self.page(n[0], n[1], "<h1>%s</h1><p class=\"date\">Gepubliceerd: 12 maart 2025</p>%s" % (E(n[1]), body_),
                      [("Home", self.home()), ("Nieuws", self.u(self.cfg.get("news_index", "/nieuws/"))), (n[1], None)], "", "news")
        items = "".join('<li><a href="%s">%s</a></li>' % (n[0], E(n[1])) for n in self.news)
        self.news_index = self.page(self.u(self.cfg.get("news_index", "/nieuws/")), "Nieuws", "<h1>Nieuws</h1><ul>%s</ul>" % items, [("Home", self.home()), ("Nieuws", None)])

    def build_misc(self):
        c = self.cfg
        self.page(self.u(c["contact_path"]), "Contact", (
            '<h1>Contact</h1><p>%s<br>%s<br>Telefoon: %s</p><p>Maandag tot en met vrijdag van 8.30 tot 17.00 uur.</p>'
            '<h2>Contactformulier</h2><form method="post" action="%s">%s<button type="submit">Versturen</button></form>') % (
            E(self.name), E(c.get("post", "Postbus 1")), self.tel, self.u(c["contact_done_path"]),
            form_fields_html([("Naam", "text"), ("E-mailadres", "email"), ("Onderwerp", "text"), ("Uw vraag of opmerking", "textarea")])),
            [("Home", self.home()), ("Contact", None)])
        self.page(self.u(c["contact_done_path"]), "Bedankt voor uw bericht", "<h1>Bedankt voor uw bericht</h1><p>Wij nemen binnen 2 werkdagen contact met u op.</p>",
                  [("Home", self.home()), ("Bedankt", None)], sitemap=False)
        self.page(self.u(c["feedback_path"]), "Bedankt voor uw reactie", "<h1>Bedankt voor uw reactie</h1><p>Met uw reactie verbeteren wij de website.</p>",
                  [("Home", self.home()), ("Bedankt", None)], sitemap=False)
        self.page(self.u(c["calc_path"]), "Uitkomst rekenhulp", "<h1>Uitkomst rekenhulp</h1><p>Vul uw inkomen en spaargeld in om een indicatie te krijgen. Aan de uitkomst kunt u geen rechten ontlenen.</p>",
                  [("Home", self.home()), ("Rekenhulp", None)], sitemap=False)
        self.page(self.u(c["newsletter_path"]), "Aanmelding nieuwsbrief", "<h1>Bijna klaar</h1><p>U krijgt een e-mail om uw aanmelding te bevestigen.</p>",
                  [("Home", self.home()), ("Nieuwsbrief", None)], sitemap=False)
        self.page(self.u(c["privacy_path"]), "Privacyverklaring", "<h1>Privacyverklaring</h1><p>%s gaat zorgvuldig om met uw persoonsgegevens.</p>" % E(self.name),
                  [("Home", self.home()), ("Privacy", None)])
        self.page(self.u(c["a11y_path"]), "Toegankelijkheid", "<h1>Toegankelijkheid</h1><p>Wij willen dat iedereen deze website kan gebruiken.</p>",
                  [("Home", self.home()), ("Toegankelijkheid", None)])
        # A-Z
        keys = sorted(self.all_keys() + [k for k in self.no if k in self.page_url], key=lambda k: (self.page_title.get(k) or self.no_title(k)).lower())
        seen, items = [], []
        for k in keys:
            u = self.page_url[k]
            if u in seen:
                continue
            seen.append(u)
            items.append('<li><a href="%s">%s</a></li>' % (u, E(self.page_title.get(k) or self.no_title(k))))
        self.az_url = self.page(self.u(c["az_path"]), "Producten en diensten A-Z", "<h1>Producten en diensten A-Z</h1><ul class=\"az\">%s</ul>" % "".join(items),
                                [("Home", self.home()), ("A-Z", None)])

    def build_home(self):
        raise NotImplementedError

    def all_hosts(self):
        return [self.host] + self.cfg.get("more_hosts", [])

    def build_search_sitemap(self):
        c = self.cfg
        host = self.host
        tmpl = self.shell(self.u(c["search_path"]), "Zoeken", "<h1>Zoekresultaten voor &lsquo;<!--QUERY-->&rsquo;</h1>\n<!--RESULTS-->\n", [("Home", self.home()), ("Zoeken", None)], "", "search")
        WEB.files["search/%s.html" % host] = tmpl.encode("utf-8")
        idx = []
        for h in self.all_hosts():
            for (url, title, text, sm) in WEB.index.get(h, []):
                if sm:
                    idx.append({"url": url, "title": title, "text": text[:300]})
        WEB.files["search/%s.json" % host] = json.dumps(idx, ensure_ascii=False, indent=1).encode("utf-8")
        WEB.searches.append({"host": host, "path": c["search_path"], "param": c["search_param"],
                             "index": "search/%s.json" % host, "template": "search/%s.html" % host})
        self.page(self.u(c["search_path"]), "Zoeken", '<h1>Zoeken</h1><form method="get" action="%s"><label for="zq">Zoekterm</label><input id="zq" name="%s"><button type="submit">Zoeken</button></form>'
                  % (self.u(c["search_path"]), c["search_param"]), [("Home", self.home()), ("Zoeken", None)], sitemap=False)
        for h in self.all_hosts():
            urls = [u for (u, t, x, sm) in WEB.index.get(h, []) if sm]
            sm = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s</urlset>\n' % "".join(
                "  <url><loc>%s</loc><lastmod>2025-03-01</lastmod></url>\n" % E(u) for u in urls)
            WEB.add("http://%s/sitemap.xml" % h, sm)
            dis = ("Disallow: %s\n" % c["search_path"]) if h == host else ""
            WEB.add("http://%s/robots.txt" % h, "User-agent: *\n%sSitemap: http://%s/sitemap.xml\n" % (dis, h))
        WEB.host_redirects.append({"host": self.domain, "status": 301, "to": self.host})
        nf = c.get("not_found")
        if nf:
            status, text = nf
            fn = "errors/%s-404.html" % host
            WEB.files[fn] = self.shell(self.u("/404"), "Pagina niet gevonden", "<h1>Pagina niet gevonden</h1><p>%s</p>" % text, [("Home", self.home()), ("Niet gevonden", None)], "", "error").encode("utf-8")
            WEB.not_found_pages.append({"host": host, "file": fn, "status": status})

    # ---------------- labels ----------------
    def make_labels(self):
        for pk, name_nl in PRODUCTS:
            spec = self.spec[pk]
            note_extra = self.notes.get(pk, "")
            if spec == "nf":
                self.label(pk, "not_found", notes=("No page about %s on the site (nothing in menus, A-Z, search index or sitemap). " % name_nl.lower()) + note_extra)
                continue
            if spec.startswith("no"):
                path, title, text, extra_sig = self.no[pk]
                sig = ["not_offered_text"] + list(extra_sig) + self.sitewide
                self.label(pk, "not_offered", product_url=self.page_url[pk], signals=sig,
                           notes=("Page '%s' states the municipality does not offer it. " % title) + note_extra)
                continue
            r = self.routes[pk]
            base_sig = self.routes[r["same"]]["signals"] if r.get("same") else r["signals"]
            sig = list(base_sig) + self.sitewide + self.page_signals.get(pk, [])
            if pk in self.tagged:
                sig.append("trap_tag_page")
            notes = self.auto_note(pk, r)
            if r.get("same"):
                notes += " One form serves both this product and %s." % r["same"]
            if pk in self.shared_with:
                notes += " Page shared with %s (%s)." % (self.shared_with[pk], self.page_title[pk])
            if note_extra:
                notes += " " + note_extra
            lvl = r["level"]
            route = r["route"] if lvl > 0 else ""
            strict = r["strict"] if lvl > 0 else 0
            if lvl == 100 and strict not in (67, 100):
                strict = 67
            if lvl < 100:
                strict = lvl
            self.label(pk, "ok", lvl, self.page_url[pk], route, strict, r.get("via", ""), sig, notes.strip())

    def auto_note(self, pk, r):
        k = r["kind"]
        if k in ("digid", "digid+p"):
            return "Own online form behind DigiD%s." % (" with an explicit pre-fill statement" if k == "digid+p" else "")
        if k == "eh":
            return "Own online form behind eHerkenning (and DigiD)."
        if k == "anon":
            return "Own online form without login."
        if k == "pdf":
            return "Downloadable application form (PDF) to print and send."
        if k == "docx":
            return "Downloadable application form (Word .docx) to fill in and send."
        if k == "appt":
            return "Personal appearance; online appointment only (an appointment is not a form)."
        if k == "info" and r["how"] == "phoneappt":
            return "Personal appearance; appointment by phone only, no form."
        if k == "info" and r["how"] == "phone":
            return "Information only: request by phone, no form."
        if k == "info" and r["how"] == "letter":
            return "Information only: request by letter, no form."
        if k == "info" and r["how"] == "email":
            return "Information only: request by e-mail (mailto), no form."
        if k == "info" and r["how"] == "counter":
            return "Information only: at the counter, no form."
        if k == "info":
            return "Information only (%s)." % r["how"]
        if k == "via":
            b = r["body"]
            return "Delegated: the page sends the user to %s (%s); that route's level counts." % (b.name, b.host)
        return ""


FORM_FIELDS = {
 "melding-openbare-ruimte": [("Waar is het probleem? (straat en huisnummer)", "text"), ("Wat is het probleem?", "select:Losse tegel|Kapotte verlichting|Zwerfafval|Verstopte kolk|Anders"), ("Omschrijving", "textarea"), ("Foto", "file")],
 "klacht": [("Over wie of wat gaat uw klacht?", "text"), ("Wanneer gebeurde het?", "date"), ("Omschrijving van uw klacht", "textarea")],
 "woo-verzoek": [("Welke informatie wilt u ontvangen?", "textarea"), ("Over welke periode?", "text")],
 "grofvuil": [("Wat wilt u laten ophalen?", "textarea"), ("Hoeveel m³?", "select:minder dan 1 m³|1 tot 2 m³")],
 "afvalcontainer": [("Soort container", "select:restafval|gft|papier"), ("Wat wilt u?", "select:nieuwe container|andere maat|kapot|gestolen")],
 "wmo-voorziening": [("Waarvoor heeft u ondersteuning nodig?", "textarea"), ("Wie helpt u nu al?", "text")],
 "collectevergunning": [("Naam van de organisatie", "text"), ("Doel van de collecte", "text"), ("Gewenste periode", "text")],
 "bouwdossier-inzage": [("Adres van het pand", "text"), ("Welke stukken wilt u inzien?", "textarea")],
 "bezwaar": [("Datum en kenmerk van het besluit", "text"), ("Waarom bent u het niet eens met het besluit?", "textarea"), ("Kopie van het besluit", "file")],
 "geluidsontheffing": [("Datum en tijden", "text"), ("Locatie", "text"), ("Soort geluid", "textarea")],
 "uitwegvergunning": [("Adres", "text"), ("Breedte van de inrit in meters", "number"), ("Situatietekening", "file")],
 "marktvergunning": [("Branche of assortiment", "text"), ("KvK-nummer", "text")],
 "standplaatsvergunning": [("Locatie en dag", "text"), ("Wat verkoopt u?", "text"), ("KvK-nummer", "text")],
 "klein-evenement": [("Naam van het evenement", "text"), ("Datum", "date"), ("Verwacht aantal bezoekers", "number")],
 "evenementenkalender": [("Naam van de activiteit", "text"), ("Datum", "date"), ("Korte omschrijving", "textarea")],
 "incidentele-festiviteit": [("Naam horecazaak", "text"), ("Datum", "date"), ("Soort muziek", "text")],
 "loterij": [("Naam organisatie", "text"), ("Totale prijzenpot", "number")],
 "adresonderzoek": [("Adres", "text"), ("Naam van de persoon die niet (meer) op het adres woont", "text")],
 "straatfeest": [("Straat", "text"), ("Datum", "date"), ("Moet de straat worden afgesloten?", "select:Ja|Nee")],
 "havengeld": [("Naam boot", "text"), ("Lengte in meters", "number"), ("Aantal nachten", "number"), ("Betaalwijze", "select:iDEAL|Creditcard")],
 "betalingsregeling": [("Aanslagnummer", "text"), ("Aantal termijnen", "select:3|6|9")],
 "terrasvergunning": [("Naam horecazaak", "text"), ("Afmetingen terras", "text"), ("Tekening", "file")],
 "subsidie": [("Naam organisatie", "text"), ("Gevraagd bedrag", "number"), ("Begroting", "file")],
}


def fields_for(key):
    return STD_FIELDS + FORM_FIELDS.get(key, [("Toelichting op uw aanvraag", "textarea")])


# ======================================================================================
# family 1: Den Haag, iprox-like /nl/<rubriek>/<slug>.htm, forms at /nl/formulieren/*.htm
# ======================================================================================

class DenHaag(Site):
    fam = "denhaag"
    heading_map = [("wat", None), ("aanvragen", "Aanvragen"), ("voorw", "Voorwaarden"), ("nodig", "Wat heeft u nodig?"),
                   ("kosten", "Kosten"), ("termijn", "Hoe lang duurt het?")]
    RUB = {"burgerzaken": "burgerzaken", "parkeren": "parkeren", "belastingen": "belastingen", "werk-inkomen": "werk-en-inkomen",
           "zorg": "zorg-en-ondersteuning", "afval": "afval", "melden": "melden-en-klachten", "bouwen": "bouwen-en-wonen",
           "bestuur": "bestuur-en-organisatie", "evenementen": "evenementen", "horeca": "ondernemen/horeca", "markten": "ondernemen/markten",
           "vergunningen": "vergunningen-en-ontheffingen"}

    def product_path(self, key, title, cat):
        if key in self.cfg.get("paths", {}):
            return self.cfg["paths"][key]
        return "/nl/%s/%s.htm" % (self.RUB[cat], self.slugify(title))

    def cat_path(self, cat):
        return "/nl/%s.htm" % self.RUB[cat]

    def tag_path(self, tag):
        return "/nl/tag/%s.htm" % tag

    def news_path(self, slug):
        return "/nl/nieuws/%s.htm" % slug

    def pdf_path(self, name):
        return "/binaries/content/assets/formulieren/" + name

    def setup(self):
        WEB.add(self.u("/img/digid.svg"), DIGID_SVG)
        WEB.add(self.u("/img/eherkenning.svg"), EH_SVG)
        WEB.add(self.u("/static/css/denhaag.css"), "body{font-family:sans-serif}.megamenu{display:flex}")
        # Mijn Den Haag (site-wide DigiD portal)
        mh = "http://mijn.denhaag.test"
        st = login_start(mh + "/auth/mijn/digid/start", mh + "/overzicht")
        WEB.add(mh + "/overzicht", simple_page("Mijn Den Haag", "<p>U bent niet ingelogd.</p>", "Mijn Den Haag"))
        WEB.add(mh + "/", simple_page("Mijn Den Haag", '<p>Uw persoonlijke pagina bij de gemeente: lopende aanvragen, belastingen, parkeren en afspraken.</p>'
                '<p><a href="%s">Inloggen met DigiD</a></p>' % st, "Mijn Den Haag"), "Mijn Den Haag")
        for sub, t in [("aanvragen", "Mijn aanvragen"), ("belastingen", "Mijn belastingen")]:
            st2 = login_start(mh + "/auth/%s/digid/start" % sub, mh + "/" + sub + "/overzicht")
            WEB.add(mh + "/" + sub + "/", simple_page(t, '<p>Bekijk hier de status van uw zaken.</p><p><a href="%s">Inloggen met DigiD</a></p>' % st2, "Mijn Den Haag"), t)
        self.cfg["status_url"] = mh + "/aanvragen/"
        self.cfg["tax_portal"] = mh + "/belastingen/"
        # JCC-like appointment system with its own DigiD login
        ah = "http://afspraken.denhaag.test"
        mine = login_start(ah + "/JCC/G-Plan/digid/start", ah + "/JCC/G-Plan/mijn-afspraken")
        self.cfg["appt_mine"] = ah + "/JCC/G-Plan/mijn-afspraken"
        WEB.add(ah + "/JCC/G-Plan/mijn-afspraken", simple_page("Mijn afspraken", '<p>Log in om uw afspraken te bekijken, te wijzigen of te annuleren.</p><p><a href="%s">Inloggen met DigiD</a></p>' % mine, "Afspraken Den Haag"))
        self.appts = {}
        for k, t in [("paspoort", "Paspoort aanvragen"), ("identiteitskaart", "Identiteitskaart aanvragen"), ("rijbewijs", "Rijbewijs"),
                     ("erkenning", "Erkenning"), ("naturalisatie", "Naturalisatie"), ("geboorteaangifte", "Geboorteaangifte")]:
            u = ah + "/JCC/G-Plan/afspraak/" + k
            WEB.add(u, simple_page("Afspraak maken: " + t, (
                '<form method="post" action="%s/JCC/G-Plan/afspraak/bevestigen"><p>Stap 1 van 3: kies een locatie en een tijd.</p>'
                '<label for="loc">Locatie</label><select id="loc" name="locatie"><option>Stadhuis Spui</option><option>Stadsdeelkantoor Escamp</option></select>'
                '<label for="dt">Datum</label><input type="date" id="dt" name="datum"><button type="submit">Volgende</button></form>'
                '<p><a href="/JCC/G-Plan/mijn-afspraken">Mijn afspraken</a></p>') % ah, "Afspraken Den Haag"))
            self.appts[k] = u
        WEB.add(ah + "/JCC/G-Plan/afspraak/bevestigen", simple_page("Bevestigen", "<p>Vul uw gegevens in om de afspraak te bevestigen.</p>", "Afspraken Den Haag"))

    def appt_url(self, key):
        return self.appts.get(key, self.appts["paspoort"])

    def make_form(self, key, title, kind):
        slug = self.slugify(title) if not key.startswith("_") else "verantwoording"
        url = self.u("/nl/formulieren/%s.htm" % slug)
        done = self.u("/nl/formulieren/%s/verzonden.htm" % slug)
        if kind == "anon":
            body_ = ('<p class="intro">Velden met een * zijn verplicht. U kunt het formulier niet tussentijds opslaan.</p>'
                     '<form class="dh-form" method="post" action="%s">%s<button type="submit">Versturen</button></form>') % (done, form_fields_html(fields_for(key)))
            WEB.add(url, self.form_shell(title, body_), title)
            WEB.add(done, self.form_shell("Verzonden", "<p>Bedankt. U krijgt een bevestiging per e-mail.</p>"))
            return dict(entry=url, route=url)
        st = login_start(self.u("/auth/%s/digid/start" % slug), url + "?stap=1")
        links = '<li><a class="login-digid" href="%s"><img src="/img/digid.svg" alt="" width="32"> Inloggen met DigiD</a></li>' % st
        if kind == "eh":
            st2 = login_start(self.u("/auth/%s/eherkenning/start" % slug), url + "?stap=1", "eh", "signicat")
            links += '<li><a class="login-eh" href="%s"><img src="/img/eherkenning.svg" alt="" width="32"> Inloggen met eHerkenning</a></li>' % st2
        body_ = ('<p class="intro">Om dit formulier in te vullen logt u eerst in. Het invullen duurt ongeveer 10 minuten. '
                 'U wordt na 15 minuten inactiviteit automatisch uitgelogd.</p><ul class="login-options">%s</ul>') % links
        WEB.add(url, self.form_shell(title, body_), title)
        return dict(entry=url, route=url)

    def form_shell(self, title, body_):
        return ('<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>%s - Formulier | Gemeente Den Haag</title>'
                '<link rel="stylesheet" href="/static/css/denhaag.css"></head><body class="formulier">'
                '<header><a href="/nl/home.htm">Gemeente Den Haag</a></header><main><h1>%s</h1>%s</main></body></html>\n') % (E(title), E(title), body_)

    def home(self):
        return self.u("/nl/home.htm")

    def build_chrome(self):
        cols = []
        for cat in ["burgerzaken", "parkeren", "belastingen", "zorg", "werk-inkomen", "afval", "bouwen", "melden"]:
            ks = [k for k in self.spec if k in self.page_url and self.cat_of(k) == cat][:6]
            cols.append('<div class="mm-col"><h3><a href="%s">%s</a></h3><ul>%s</ul></div>' % (
                self.u(self.cat_path(cat)), E(self.cat_name(cat)), "".join('<li><a href="%s">%s</a></li>' % (self.page_url[k], E(self.page_title[k])) for k in ks)))
        direct = [k for k in ["verhuismelding", "brp-uittreksel", "hondenbelasting", "parkeervergunning", "melding-openbare-ruimte", "afvalpas"] if k in self.routes and self.routes[k].get("entry")]
        cols.append('<div class="mm-col mm-direct"><h3>Direct regelen</h3><ul>%s</ul></div>' % "".join(
            '<li><a href="%s">%s%s</a></li>' % (self.routes[k]["entry"], E(self.title_of(k)), " (DigiD)" if self.routes[k]["kind"] in ("digid", "digid+p") else "") for k in direct))
        self.megamenu = '<nav class="megamenu" aria-label="Hoofdmenu"><button class="mm-toggle" aria-expanded="false">Menu</button><div class="mm-panel">%s</div></nav>' % "".join(cols)
        fforms = [k for k in ["bezwaar", "woz-bezwaar", "klacht", "grofvuil", "bijzondere-bijstand"] if k in self.routes and self.routes[k].get("entry") and self.routes[k]["kind"] != "via"]
        self.footer = ('<footer class="site-footer"><div class="f-col"><h2>Veelgebruikte formulieren</h2><ul>%s</ul></div>'
                       '<div class="f-col"><h2>Contact</h2><p>Bel 14 070</p><p><a href="%s">Contact</a></p></div>'
                       '<div class="f-col"><a href="http://digid.test/"><img src="/img/digid.svg" alt="Logo DigiD" width="40"></a> Veilig inloggen met DigiD</div>'
                       '<ul class="f-links"><li><a href="%s">Privacy</a></li><li><a href="%s">Toegankelijkheid</a></li><li><a href="%s">Producten A-Z</a></li></ul></footer>') % (
            "".join('<li><a href="%s">%s</a></li>' % (self.routes[k]["entry"], E(self.title_of(k))) for k in fforms),
            self.u(self.cfg["contact_path"]), self.u(self.cfg["privacy_path"]), self.u(self.cfg["a11y_path"]), self.u(self.cfg["az_path"]))
        self.sitewide = ["trap_megamenu_forms", "trap_site_login", "trap_footer_forms", "trap_digid_logo_footer", "trap_site_search"]

    def shell(self, url, title, main, crumbs, aside, kind):
        head = ('<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
                '<title>%s | Den Haag</title>\n<link rel="stylesheet" href="/static/css/denhaag.css">\n<meta name="generator" content="iprox.">\n</head>\n') % E(title)
        header = ('<body class="%s">\n<a class="skiplink" href="#content">Direct naar de inhoud</a>\n<header class="site-header">'
                  '<a class="logo" href="%s">Gemeente Den Haag</a>'
                  '<form class="search" role="search" method="get" action="%s"><label for="q" class="visually-hidden">Zoeken</label>'
                  '<input id="q" name="%s" placeholder="Zoek op denhaag.nl"><button type="submit">Zoeken</button></form>'
                  '<a class="mijn" href="http://mijn.denhaag.test/">Mijn Den Haag</a></header>\n%s\n') % (
            kind, self.home(), self.u(self.cfg["search_path"]), self.cfg["search_param"], self.megamenu)
        crumbs_h = self.crumbs_html(crumbs) if crumbs else ""
        side = ('<aside class="sidebar">%s</aside>' % aside) if aside else ""
        return head + header + crumbs_h + '\n<div class="layout"><main id="content">\n%s\n</main>%s</div>\n%s\n</body>\n</html>\n' % (main, side, self.footer)

    def build_home(self):
        tiles = [k for k in ["paspoort", "verhuismelding", "parkeervergunning", "afvalpas", "melding-openbare-ruimte", "woz-bezwaar"] if k in self.page_url]
        main = ('<h1>Welkom bij de gemeente Den Haag</h1><section class="meest-gezocht"><h2>Meest gezocht</h2><ul class="tiles">%s</ul></section>'
                '<section><h2>Onderwerpen</h2><ul>%s</ul></section><section><h2>Nieuws</h2><p><a href="%s">Alle nieuwsberichten</a></p></section>'
                '<section><h2>Trefwoorden</h2><ul>%s</ul></section>') % (
            "".join('<li><a href="%s">%s</a></li>' % (self.page_url[k], E(self.page_title[k])) for k in tiles),
            "".join('<li><a href="%s">%s</a></li>' % (self.u(self.cat_path(c)), E(self.cat_name(c))) for c in self.cats),
            self.news_index, "".join('<li><a href="%s">%s</a></li>' % (u, E(n)) for u, n in self.tag_urls))
        self.page(self.home(), "Home", main, [], "", "home")
        WEB.add(self.u("/"), '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=%s"><title>Den Haag</title></head>'
                '<body><p><a href="%s">Ga naar denhaag.nl</a></p></body></html>' % (self.home(), self.home()))

    def default_cta_style(self, key, r):
        return "link"

    def txt_digid(self, key, t):
        return "U vraagt dit online aan. U heeft DigiD nodig."

    def cta_label(self, key, t, kind):
        if kind == "anon":
            return "Formulier: " + t
        if kind == "eh":
            return "Online aanvragen"
        return "Direct regelen"


DIGID_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40"><rect width="40" height="40" rx="4" fill="#000"/>'
             '<text x="5" y="26" font-family="Arial" font-size="13" fill="#fff">DigiD</text><rect x="30" y="20" width="6" height="6" fill="#e17000"/></svg>')
EH_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40"><rect width="40" height="40" rx="4" fill="#1f3b73"/>'
          '<text x="4" y="25" font-family="Arial" font-size="12" fill="#fff">eH</text></svg>')


OF_SDK = r"""(function(){
  function el(tag, attrs, text){var e=document.createElement(tag);for(var k in attrs){e.setAttribute(k,attrs[k]);}if(text){e.textContent=text;}return e;}
  function build(){
    var root=document.getElementById("openforms-container"); if(!root){return;}
    var def=JSON.parse(document.getElementById("of-form-definition").textContent);
    root.appendChild(el("h1",{"class":"utrecht-heading-1"},def.name));
    if(def.loginOptions && def.loginOptions.length){
      root.appendChild(el("p",{},def.intro));
      def.loginOptions.forEach(function(o){
        var a=el("a",{"class":"utrecht-button openforms-login-button","href":o.url},"Inloggen met "+o.label);
        root.appendChild(el("p",{})).appendChild(a);
      });
    } else {
      var f=el("form",{"method":"post","action":def.submitUrl,"class":"openforms-form"});
      f.appendChild(el("p",{},"Stap 1 van "+def.steps+": Uw gegevens"));
      def.fields.forEach(function(fl,i){
        var id="of-f"+i; f.appendChild(el("label",{"for":id},fl.label+" *"));
        var inp=fl.type==="textarea"?el("textarea",{"id":id,"name":fl.key}):el("input",{"id":id,"name":fl.key,"type":fl.type});
        f.appendChild(inp);
      });
      f.appendChild(el("button",{"type":"submit","class":"utrecht-button"},"Verzenden"));
      root.appendChild(f);
    }
  }
  if(document.readyState==="loading"){document.addEventListener("DOMContentLoaded",build);}else{build();}
})();
"""


# ======================================================================================
# family 2: Eijsden-Margraten, Drupal-like root slugs, Open-Forms-like form host (JS only)
# ======================================================================================

class EijsdenMargraten(Site):
    fam = "drupal"
    heading_map = [("wat", "Wat is het?"), ("voorw", "Wie kan het aanvragen?"), ("aanvragen", "Hoe werkt het?"),
                   ("nodig", "Wat heb ik nodig?"), ("kosten", "Wat kost het?"), ("termijn", "Hoe lang duurt het?")]
    FH = "http://formulieren.eijsden-margraten.test"

    def product_path(self, key, title, cat):
        return "/" + self.cfg.get("slugs", {}).get(key, self.slugify(title))

    def cat_path(self, cat):
        return "/thema/" + cat

    def tag_path(self, tag):
        return "/tags/" + tag

    def news_path(self, slug):
        return "/nieuws/2025/03/" + slug

    def pdf_path(self, name):
        return "/sites/default/files/2024-11/" + name

    def setup(self):
        WEB.add(self.u("/themes/custom/em/images/digid.svg"), DIGID_SVG)
        WEB.add(self.u("/themes/custom/em/css/style.css"), "body{font-family:sans-serif}")
        WEB.add(self.FH + "/static/sdk/open-forms-sdk.js", OF_SDK)
        WEB.add(self.FH + "/static/sdk/open-forms-sdk.css", ".openforms-theme{font-family:sans-serif}")
        WEB.add(self.FH + "/", simple_page("Formulieren", "<p>Kies een formulier via de website van de gemeente.</p>", "Gemeente Eijsden-Margraten"))
        self.cfg["tax_portal"] = body("bsgw").portal
        qh = "http://eijsden-margraten.qmaticcloud.test"
        WEB.add(qh + "/qmaticwebbooking/", simple_page("Afspraak maken", (
            '<form method="post" action="/qmaticwebbooking/"><label for="dienst">Dienst</label><select id="dienst" name="dienst">'
            '<option>Paspoort of identiteitskaart aanvragen</option><option>Rijbewijs</option><option>Geboorteaangifte</option><option>Naturalisatie</option></select>'
            '<label for="dag">Datum</label><input type="date" id="dag" name="dag"><button type="submit">Volgende stap</button></form>'), "Gemeente Eijsden-Margraten"), "Afspraak maken")
        self.cfg["appt_url"] = qh + "/qmaticwebbooking/#/"

    def make_form(self, key, title, kind):
        slug = self.slugify(title) if not key.startswith("_") else "verantwoording-subsidie"
        url = self.FH + "/%s/" % slug
        if kind == "anon":
            fl = [{"key": "f%d" % i, "label": l, "type": ("textarea" if t == "textarea" else ("text" if t.startswith("select") else t))} for i, (l, t) in enumerate(fields_for(key))]
            d = {"name": title, "steps": 2, "fields": fl, "submitUrl": self.FH + "/%s/bevestiging" % slug}
            WEB.add(self.FH + "/%s/bevestiging" % slug, simple_page("Bevestiging", "<p>Uw formulier is verzonden.</p>", "Gemeente Eijsden-Margraten"))
        else:
            opts = [{"label": "DigiD", "url": login_start(self.FH + "/auth/%s/digid/start" % slug, url + "startpagina")}]
            if kind == "eh":
                opts.append({"label": "eHerkenning", "url": login_start(self.FH + "/auth/%s/eherkenning/start" % slug, url + "startpagina", "eh", "connectis")})
            d = {"name": title, "intro": "Log in om te beginnen. Het invullen duurt ongeveer 10 minuten.", "loginOptions": opts}
        page = ('<!DOCTYPE html>\n<html lang="nl" class="openforms-theme"><head><meta charset="utf-8"><title>%s | Gemeente Eijsden-Margraten</title>'
                '<link rel="stylesheet" href="/static/sdk/open-forms-sdk.css"><script src="/static/sdk/open-forms-sdk.js"></script></head>'
                '<body class="utrecht-document"><header class="of-header">Gemeente Eijsden-Margraten</header><main>'
                '<div class="open-forms-sdk-root" id="openforms-container" data-sdk-module="/static/sdk/open-forms-sdk.js" data-form-id="%s" data-base-url="%s/" data-base-path="/%s/"></div>'
                '<script type="application/json" id="of-form-definition">%s</script>'
                '<noscript>Dit formulier werkt alleen met JavaScript.</noscript></main></body></html>\n') % (E(title), slug, self.FH, slug, json.dumps(d, ensure_ascii=False))
        WEB.add(url, page, title)
        return dict(entry=url, route=url, signals=["js_form"])

    def build_chrome(self):
        pop = [k for k in ["paspoort", "verhuismelding", "hondenbelasting", "grofvuil", "melding-openbare-ruimte", "omgevingsvergunning"] if k in self.page_url]
        tiles = "".join('<li class="tile"><a href="%s">%s</a></li>' % (self.page_url[k], E(self.page_title[k])) for k in pop)
        dr = [k for k in ["verhuismelding", "melding-openbare-ruimte"] if self.routes.get(k, {}).get("entry")]
        tiles += "".join('<li class="tile tile--direct"><a href="%s">%s online</a></li>' % (self.routes[k]["entry"], E(self.title_of(k))) for k in dr)
        self.populair = '<section class="block-populair"><h2>Populaire onderwerpen</h2><ul class="tiles">%s</ul></section>' % tiles
        self.sitewide = ["trap_tax_login", "trap_meest_gezocht", "trap_digid_logo_footer", "trap_site_search"]

    def shell(self, url, title, main, crumbs, aside, kind):
        menu = "".join('<li class="menu-item"><a href="%s">%s</a></li>' % (self.u(self.cat_path(c)), E(self.cat_name(c))) for c in getattr(self, "cats", [])[:9])
        return ('<!DOCTYPE html>\n<html lang="nl" dir="ltr">\n<head>\n<meta charset="utf-8">\n<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">\n'
                '<title>%s | Gemeente Eijsden-Margraten</title>\n<link rel="stylesheet" href="/themes/custom/em/css/style.css">\n</head>\n'
                '<body class="path-node page-node-type-%s">\n<header role="banner"><a href="/" rel="home" class="site-logo">Gemeente Eijsden-Margraten</a>'
                '<div class="header-links"><a href="%s">Mijn belastingen (BsGW)</a> <a href="%s">Contact</a></div>'
                '<form class="search-block-form" action="%s" method="get" role="search"><input type="search" name="%s" placeholder="Zoeken"><input type="submit" value="Zoeken"></form>'
                '<nav class="menu--main" aria-label="Hoofdnavigatie"><ul class="menu">%s</ul></nav></header>\n%s\n'
                '<main role="main"><div class="layout-content">\n%s\n</div>%s</main>\n%s\n'
                '<footer role="contentinfo"><p>Gemeente Eijsden-Margraten, Amerikaplein 1, Margraten. Telefoon 14 043</p>'
                '<p><a href="http://digid.test/"><img src="/themes/custom/em/images/digid.svg" alt="Logo DigiD" width="36"></a></p>'
                '<ul><li><a href="%s">Privacy</a></li><li><a href="%s">Toegankelijkheid</a></li><li><a href="%s">Producten A-Z</a></li></ul></footer>\n</body>\n</html>\n') % (
            E(title), kind, self.cfg["tax_portal"], self.u(self.cfg["contact_path"]), self.u(self.cfg["search_path"]), self.cfg["search_param"], menu,
            self.crumbs_html(crumbs) if crumbs else "", main, ('<aside class="layout-sidebar">%s</aside>' % aside) if aside else "",
            self.populair if kind in ("product", "home") else "",
            self.u(self.cfg["privacy_path"]), self.u(self.cfg["a11y_path"]), self.u(self.cfg["az_path"]))

    def build_home(self):
        main = ('<h1>Welkom in Eijsden-Margraten</h1><p>Regel uw zaken met de gemeente online of maak een afspraak.</p>'
                '<h2>Thema\'s</h2><ul>%s</ul><p><a href="%s">Nieuws</a> | <a href="%s">Alle producten</a></p><h2>Trefwoorden</h2><ul>%s</ul>') % (
            "".join('<li><a href="%s">%s</a></li>' % (self.u(self.cat_path(c)), E(self.cat_name(c))) for c in self.cats),
            self.news_index, self.az_url, "".join('<li><a href="%s">%s</a></li>' % (u, E(n)) for u, n in self.tag_urls))
        self.page(self.u("/"), "Home", main, [], "", "home")

    def cta_label(self, key, t, kind):
        return {"digid": "Direct aanvragen met DigiD", "eh": "Direct aanvragen met eHerkenning of DigiD"}.get(kind, "Direct naar het formulier")


# ======================================================================================
# family 3: Meerssen, GX-like /inwoners_3971/product/<slug>_<id>.html, Formdesk forms
# ======================================================================================

class Meerssen(Site):
    fam = "gx"
    heading_map = [("wat", "Omschrijving"), ("aanvragen", "Aanvragen"), ("voorw", "Voorwaarden"), ("nodig", "Meenemen"),
                   ("kosten", "Kosten"), ("termijn", "Termijn")]
    FD = "http://fd8.formdesk.test/gemeentemeerssen"
    SECT = {"b": ("inwoners", 3971), "o": ("ondernemers", 3972)}

    def aud(self, key, cat):
        if key in PT:
            return PT[key]["a"]
        return "o" if cat in ("evenementen", "horeca", "markten", "vergunningen") else "b"

    def product_path(self, key, title, cat):
        s, sid = self.SECT[self.aud(key, cat)]
        return "/%s_%d/product/%s_%d.html" % (s, sid, self.slugify(title), 100 + hnum(key, 900))

    def cat_path(self, cat):
        s, sid = self.SECT["o" if cat in ("evenementen", "horeca", "markten", "vergunningen") else "b"]
        return "/%s_%d/%s_%d/" % (s, sid, cat, 4000 + hnum(cat, 900))

    def tag_path(self, tag):
        return "/trefwoorden_3990/%s/" % tag

    def news_path(self, slug):
        return "/actueel_3975/nieuws/%s_%d.html" % (slug, 5000 + hnum(slug, 900)) if slug else "/actueel_3975/nieuws/"

    def pdf_path(self, name):
        return "/publish/pages/4721/" + name

    def setup(self):
        WEB.add(self.u("/images/digid-logo.svg"), DIGID_SVG)
        WEB.add(self.u("/img/digid.svg"), DIGID_SVG)
        WEB.add(self.FD.replace("/gemeentemeerssen", "") + "/img/digid.svg", DIGID_SVG)
        self.cfg["tax_portal"] = body("bsgw").portal
        ah = "http://afspraak.meerssen.test"
        WEB.add(ah + "/", simple_page("Afspraak maken gemeente Meerssen", (
            '<form method="post" action="/bevestigen"><p>Kies het product, de datum en de tijd.</p><select name="product"><option>Reisdocument</option><option>Rijbewijs</option>'
            '<option>Geboorteaangifte</option></select><input type="date" name="datum"><button type="submit">Verder</button></form>'), "Gemeente Meerssen"), "Afspraak maken")
        WEB.add(ah + "/bevestigen", simple_page("Bevestigen", "<p>Vul uw gegevens in.</p>", "Gemeente Meerssen"))
        self.cfg["appt_url"] = ah + "/"

    def make_form(self, key, title, kind):
        name = "".join(w.capitalize() for w in self.slugify(title).split("-"))[:40] if not key.startswith("_") else "VerantwoordingSubsidie"
        url = self.FD + "/" + name
        if kind == "anon":
            WEB.add(url, simple_page(title, ('<form method="post" action="%s" class="fd-form"><p>Velden met een * zijn verplicht.</p>%s'
                                             '<button type="submit" name="fd_submit">Verzenden</button></form><p class="fd-powered">Powered by Formdesk</p>') % (
                url + "-verzonden", form_fields_html(fields_for(key))), "Gemeente Meerssen", "formdesk"), title)
            WEB.add(url + "-verzonden", simple_page("Verzonden", "<p>Bedankt, uw formulier is verzonden.</p>", "Gemeente Meerssen", "formdesk"))
            return dict(entry=url, route=url)
        idp = digid_start_location(url + "?ingelogd=1", "fd")
        extra = ""
        if kind == "eh":
            extra = '<p><a href="%s">Inloggen met eHerkenning</a></p>' % eh_start_location(url + "?ingelogd=1", "signicat")
        WEB.add(url, simple_page(title, ('<p>Voor dit formulier moet u inloggen. Uw gegevens worden beveiligd verstuurd.</p>'
                                         '<p><a class="fd-digid" href="%s"><img src="/img/digid.svg" alt="Inloggen met DigiD" width="46"></a></p>%s'
                                         '<p class="fd-powered">Powered by Formdesk</p>') % (E(idp), extra), "Gemeente Meerssen", "formdesk"), title)
        return dict(entry=url, route=url, signals=["digid_idp_link"])

    def default_cta_style(self, key, r):
        return "digidimg" if r["kind"] in ("digid", "digid+p") else "link"

    def build_chrome(self):
        items = [("Afvalkalender RD4", body("rd4").u("/")), ("Mijn BsGW (DigiD)", self.cfg["tax_portal"])]
        for k in ["verhuismelding", "melding-openbare-ruimte"]:
            if self.routes.get(k, {}).get("entry") and self.routes[k]["kind"] != "via":
                items.append((self.title_of(k), self.routes[k]["entry"]))
        items.append(("Afspraak maken", self.cfg["appt_url"]))
        self.directnaar = '<nav class="direct-naar" aria-label="Direct naar"><h2>Direct naar</h2><ul>%s</ul></nav>' % "".join(
            '<li><a href="%s">%s</a></li>' % (u, E(t)) for t, u in items)
        faq = [k for k in ["paspoort", "verhuismelding", "parkeervergunning", "grofvuil"] if k in self.page_url]
        self.veelgevraagd = '<div class="veelgevraagd"><h2>Veelgevraagd</h2><ul>%s</ul></div>' % "".join(
            '<li><a href="%s">%s</a></li>' % (self.page_url[k], E(self.page_title[k])) for k in faq)
        self.sitewide = ["trap_direct_naar", "trap_tax_login", "trap_meest_gezocht", "trap_digid_logo_footer", "trap_site_search"]

    def layout_product(self, title, keys, sec, content_traps, after_traps):
        tabs = []
        out = ['<h1>%s</h1>' % E(title), '<ul class="tabs" role="tablist">%s</ul>' % "".join('<li role="tab">%s</li>' % E(h) for _, h in self.heading_map)]
        for skey, head in self.heading_map:
            tabs.append('<section class="tab-panel" role="tabpanel"><h2>%s</h2>%s%s</section>' % (E(head), sec[skey], content_traps if skey == "aanvragen" else ""))
        return "\n".join(out + tabs + [after_traps])

    def shell(self, url, title, main, crumbs, aside, kind):
        return ('<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n<title>%s - Gemeente Meerssen</title>\n<meta name="generator" content="GX WebManager">\n</head>\n'
                '<body class="%s">\n<div id="header"><a href="/" class="logo">Gemeente Meerssen</a>'
                '<form action="%s" method="get" class="zoeken"><input type="text" name="%s" title="Zoeken"><input type="submit" value="Zoek"></form>'
                '<ul class="hoofdmenu"><li><a href="%s">Inwoners</a></li><li><a href="%s">Ondernemers</a></li><li><a href="%s">Nieuws</a></li></ul></div>\n%s\n%s\n'
                '<div id="content"><div class="main">\n%s\n</div><div class="sidebar">%s%s</div></div>\n'
                '<div id="footer"><p>Gemeente Meerssen, Beekstraat 51, 6231 LG Meerssen</p><p><a href="%s">Contact</a> | <a href="%s">Privacy</a> | <a href="%s">Toegankelijkheid</a> | <a href="%s">Producten A-Z</a></p>'
                '<p><img src="/images/digid-logo.svg" alt="DigiD" width="30"> Inloggen met DigiD is veilig.</p></div>\n</body>\n</html>\n') % (
            E(title), kind, self.u(self.cfg["search_path"]), self.cfg["search_param"], self.u(self.cfg["az_path"]),
            self.u(self.cat_path("vergunningen")) if "vergunningen" in getattr(self, "cats", []) else self.u(self.cfg["az_path"]),
            self.u(self.cfg["news_index"]), self.directnaar, self.crumbs_html(crumbs) if crumbs else "", main, aside,
            self.veelgevraagd if kind == "product" else "", self.u(self.cfg["contact_path"]), self.u(self.cfg["privacy_path"]),
            self.u(self.cfg["a11y_path"]), self.u(self.cfg["az_path"]))

    def build_home(self):
        main = '<h1>Gemeente Meerssen</h1><h2>Onderwerpen</h2><ul>%s</ul><p><a href="%s">Nieuws</a></p>' % (
            "".join('<li><a href="%s">%s</a></li>' % (self.u(self.cat_path(c)), E(self.cat_name(c))) for c in self.cats), self.news_index)
        self.page(self.u("/"), "Home", main, [], "", "home")

    def cta_label(self, key, t, kind):
        return {"digid": t, "eh": "Aanvragen met eHerkenning"}.get(kind, "Naar het formulier")

    def txt_digid(self, key, t):
        return "Vraag het digitaal aan. Klik op het DigiD-logo om in te loggen."


# ======================================================================================
# family 4: Oegstgeest, TYPO3-like catalogue, forms embedded in iframes
# ======================================================================================

class Oegstgeest(Site):
    fam = "typo3"
    heading_map = [("wat", "Wat is het?"), ("aanvragen", "Hoe vraag ik het aan?"), ("kosten", "Wat kost het?"),
                   ("nodig", "Wat moet ik meenemen?"), ("voorw", "Voorwaarden"), ("termijn", "Termijn")]
    EF = "http://eformulieren.oegstgeest.test"
    OCATS = ("evenementen", "horeca", "markten", "vergunningen")

    def product_path(self, key, title, cat):
        if key in self.cfg.get("paths", {}):
            return self.cfg["paths"][key]
        return "/gemeente/producten-a-tot-z/product-detail/producten/%s/" % self.slugify(title)

    def cat_path(self, cat):
        return ("/ondernemers/%s/" if cat in self.OCATS else "/inwoners/%s/") % cat

    def tag_path(self, tag):
        return "/tags/%s/" % tag

    def news_path(self, slug):
        return "/actueel/nieuws/%s/" % slug if slug else "/actueel/nieuws/"

    def pdf_path(self, name):
        return "/fileadmin/user_upload/Formulieren/" + name

    def setup(self):
        WEB.add(self.EF + "/img/digid.svg", DIGID_SVG)
        WEB.add(self.u("/typo3conf/ext/oeg/Resources/Public/digid.svg"), DIGID_SVG)
        st = login_start(self.EF + "/auth/mijn/digid/start", self.EF + "/mijn/overzicht")
        WEB.add(self.EF + "/mijn/overzicht", simple_page("Mijn Oegstgeest", "<p>U bent niet ingelogd.</p>", "Mijn Oegstgeest"))
        WEB.add(self.EF + "/mijn/", simple_page("Mijn Oegstgeest", '<p>Bekijk uw lopende aanvragen en meldingen.</p><p><a href="%s"><img src="/img/digid.svg" alt="DigiD" width="30"> Inloggen met DigiD</a></p>' % st, "Mijn Oegstgeest"), "Mijn Oegstgeest")
        self.cfg["status_url"] = self.EF + "/mijn/"
        self.cfg["tax_portal"] = body("bsgr").portal
        ah = "http://oegstgeest.afspraakmaken.test"
        mine = login_start(ah + "/mijn/digid/start", ah + "/mijn/afspraken")
        WEB.add(ah + "/mijn/afspraken", simple_page("Mijn afspraken", "<p>U bent niet ingelogd.</p>", "Afspraak maken Oegstgeest"))
        WEB.add(ah + "/mijn/", simple_page("Mijn afspraken", '<p>Wijzig of annuleer uw afspraak.</p><p><a href="%s">Inloggen met DigiD</a></p>' % mine, "Afspraak maken Oegstgeest"))
        WEB.add(ah + "/", simple_page("Afspraak maken", ('<form method="post" action="/bevestigen"><label for="p">Product</label><select id="p" name="product"><option>Paspoort of ID-kaart</option>'
                                                        '<option>Rijbewijs</option><option>Geboorteaangifte</option></select><label for="d">Datum</label><input type="date" id="d" name="datum"><button type="submit">Verder</button></form>'
                                                        '<p><a href="/mijn/">Mijn afspraken</a></p>'), "Afspraak maken Oegstgeest"), "Afspraak maken")
        WEB.add(ah + "/bevestigen", simple_page("Bevestigen", "<p>Vul uw gegevens in.</p>", "Afspraak maken Oegstgeest"))
        self.cfg["appt_url"] = ah + "/"
        self.cfg["appt_mine"] = ah + "/mijn/"

    def make_form(self, key, title, kind):
        slug = self.slugify(title) if not key.startswith("_") else "verantwoording"
        if kind == "anon":
            url = self.EF + "/formulier/" + slug
            WEB.add(url, simple_page(title, '<form method="post" action="%s/formulier/verzonden"><p>* verplicht veld</p>%s<button type="submit">Versturen</button></form>' % (
                self.EF, form_fields_html(fields_for(key))), "Gemeente Oegstgeest", "eform"), title)
            if not WEB.has(self.EF + "/formulier/verzonden"):
                WEB.add(self.EF + "/formulier/verzonden", simple_page("Verzonden", "<p>Bedankt.</p>", "Gemeente Oegstgeest", "eform"))
            return dict(entry=url, route=url, signals=["iframe_form"] if key in self.cfg.get("iframe", []) else [])
        gate = self.EF + "/digid/" + slug
        st = login_start(self.EF + "/auth/%s/digid/start" % slug, gate + "?sessie=1")
        extra = ""
        if kind == "eh":
            extra = '<p><a href="%s">Inloggen met eHerkenning</a></p>' % login_start(self.EF + "/auth/%s/eherkenning/start" % slug, gate + "?sessie=1", "eh", "signicat")
        WEB.add(gate, simple_page(title, '<p>Log in om verder te gaan.</p><p><a href="%s"><img src="/img/digid.svg" alt="" width="30"> Inloggen met DigiD</a></p>%s' % (st, extra), "Gemeente Oegstgeest", "eform"), title)
        wrapper = self.u("/gemeente/digitaal-loket/%s/" % slug)
        WEB.add(wrapper, self.shell(wrapper, title, '<h1>%s</h1><p>Vul het formulier hieronder in.</p><iframe src="%s" title="%s" width="100%%" height="700"></iframe>' % (
            E(title), gate, E(title)), [("Home", self.u("/")), ("Digitaal loket", None), (title, None)], "", "form"), title)
        return dict(entry=wrapper, route=gate, signals=["iframe_form"])

    def default_cta_style(self, key, r):
        if r["kind"] == "anon" and key in self.cfg.get("iframe", []):
            return "iframe"
        return "link"

    def build_chrome(self):
        ro = [k for k in ["verhuismelding", "brp-uittreksel", "huwelijksaangifte", "leerlingenvervoer", "bezwaar"] if self.routes.get(k, {}).get("kind") in ("digid", "digid+p")]
        self.regel = '<div class="regel-online"><h2>Regel het online</h2><ul>%s</ul></div>' % "".join(
            '<li><a href="%s">%s</a></li>' % (self.routes[k]["entry"], E(self.title_of(k))) for k in ro)
        self.sitewide = ["trap_regel_online_block", "trap_site_login", "trap_digid_logo_footer", "trap_site_search"]

    def shell(self, url, title, main, crumbs, aside, kind):
        if not hasattr(self, "regel"):
            self.regel = ""
        side = aside + (self.regel if kind == "product" else "")
        return ('<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n<!-- This website is powered by TYPO3 -->\n<title>%s - Gemeente Oegstgeest</title>\n</head>\n'
                '<body id="p%s">\n<header><a href="/" class="logo">Gemeente Oegstgeest</a><nav class="main"><ul><li><a href="/inwoners/">Inwoners</a></li><li><a href="/ondernemers/">Ondernemers</a></li>'
                '<li><a href="/gemeente/producten-a-tot-z/">Producten A-Z</a></li></ul></nav>'
                '<form action="%s" method="get"><input name="%s" type="search"><button>Zoek</button></form></header>\n%s\n'
                '<div class="container"><main>\n%s\n</main><aside>%s</aside></div>\n'
                '<footer><div>Gemeente Oegstgeest, Lange Voort 2, 2341 KA Oegstgeest. Telefoon 071 519 18 00</div>'
                '<div><a href="%s"><img src="/typo3conf/ext/oeg/Resources/Public/digid.svg" alt="DigiD" width="30"> Mijn Oegstgeest</a></div>'
                '<div><a href="%s">Contact</a> <a href="%s">Privacy</a> <a href="%s">Toegankelijkheid</a></div></footer>\n</body>\n</html>\n') % (
            E(title), h8(url)[:4], self.u(self.cfg["search_path"]), self.cfg["search_param"], self.crumbs_html(crumbs) if crumbs else "", main, side,
            self.cfg["status_url"], self.u(self.cfg["contact_path"]), self.u(self.cfg["privacy_path"]), self.u(self.cfg["a11y_path"]))

    def build_home(self):
        ic = [c for c in self.cats if c not in self.OCATS]
        oc = [c for c in self.cats if c in self.OCATS]
        lst = lambda cs: "".join('<li><a href="%s">%s</a></li>' % (self.u(self.cat_path(c)), E(self.cat_name(c))) for c in cs)
        self.page(self.u("/inwoners/"), "Inwoners", "<h1>Inwoners</h1><ul>%s</ul>" % lst(ic), [("Home", self.u("/")), ("Inwoners", None)])
        self.page(self.u("/ondernemers/"), "Ondernemers", "<h1>Ondernemers</h1><ul>%s</ul>" % lst(oc), [("Home", self.u("/")), ("Ondernemers", None)])
        main = '<h1>Welkom bij de gemeente Oegstgeest</h1><ul><li><a href="/inwoners/">Inwoners</a></li><li><a href="/ondernemers/">Ondernemers</a></li></ul><p><a href="%s">Nieuws</a></p><ul>%s</ul>' % (
            self.news_index, "".join('<li><a href="%s">%s</a></li>' % (u, E(n)) for u, n in self.tag_urls))
        self.page(self.u("/"), "Home", main, [], "", "home")
        # A-Z letter views (query-string pages)
        for letter in "abegkopvw":
            keys = [k for k in self.all_keys() if (self.page_title.get(k) or "").lower().startswith(letter)]
            seen, items = [], []
            for k in keys:
                if self.page_url[k] not in seen:
                    seen.append(self.page_url[k])
                    items.append('<li><a href="%s">%s</a></li>' % (self.page_url[k], E(self.page_title[k])))
            WEB.add(self.u(self.cfg["az_path"] + "?letter=" + letter), self.shell(self.u(self.cfg["az_path"]), "Producten A-Z: " + letter.upper(),
                    "<h1>Producten met de letter %s</h1><ul>%s</ul>" % (letter.upper(), "".join(items)), [("Home", self.u("/")), ("A-Z", None)], "", "az"))

    def cta_label(self, key, t, kind):
        return {"digid": "Aanvragen (inloggen met DigiD)", "eh": "Aanvragen met eHerkenning"}.get(kind, "Formulier invullen")


# ======================================================================================
# family 5: Oldebroek, iprox-like /Inwoners/<Sectie>/<Titel_Met_Underscores>
# ======================================================================================

class Oldebroek(Site):
    fam = "iprox2"
    heading_map = [("wat", "Wat is het?"), ("voorw", "Hoe werkt het?"), ("aanvragen", "Wat moet ik doen?"), ("nodig", "Wat heb ik nodig?"),
                   ("kosten", "Wat kost het?"), ("termijn", "Hoe lang duurt het?")]
    SECT = {"burgerzaken": "Burgerzaken", "parkeren": "Parkeren_en_verkeer", "belastingen": "Belastingen", "werk-inkomen": "Werk_en_inkomen",
            "zorg": "Zorg_en_welzijn", "afval": "Afval", "melden": "Melden", "bouwen": "Bouwen_en_wonen", "bestuur": "Bestuur",
            "evenementen": "Evenementen", "horeca": "Horeca", "markten": "Markten", "vergunningen": "Vergunningen"}
    OCATS = ("evenementen", "horeca", "markten", "vergunningen")

    def t_(self, title):
        s = title
        for a, b in [("(", ""), (")", ""), (",", ""), (":", ""), ("/", "_"), ("é", "e"), ("ë", "e"), ("'", "")]:
            s = s.replace(a, b)
        return "_".join(s.split())

    def product_path(self, key, title, cat):
        top = "Ondernemers" if cat in self.OCATS else "Inwoners"
        return "/%s/%s/%s" % (top, self.SECT[cat], self.t_(title))

    def cat_path(self, cat):
        return "/%s/%s/" % ("Ondernemers" if cat in self.OCATS else "Inwoners", self.SECT[cat])

    def tag_path(self, tag):
        return "/Trefwoorden/%s/" % tag.capitalize()

    def news_path(self, slug):
        return "/Actueel/Nieuws/%s" % self.t_(slug.replace("-", " ").capitalize()) if slug else "/Actueel/Nieuws/"

    def pdf_path(self, name):
        return "/Documenten/Formulieren/" + name

    def setup(self):
        WEB.add(self.u("/publish/library/digid.svg"), DIGID_SVG)
        WEB.add(self.u("/publish/library/eherkenning.svg"), EH_SVG)
        # own username/password portal (not DigiD)
        WEB.add(self.u("/Mijn_Oldebroek"), simple_page("Mijn Oldebroek", (
            '<p>Log in met uw gebruikersnaam en wachtwoord om uw abonnementen en berichten te beheren.</p>'
            '<form method="post" action="/Mijn_Oldebroek"><label for="gb">Gebruikersnaam</label><input id="gb" name="gebruiker">'
            '<label for="ww">Wachtwoord</label><input id="ww" type="password" name="wachtwoord"><button type="submit">Inloggen</button></form>'), "Gemeente Oldebroek"), "Mijn Oldebroek")
        bh = "http://belastingen.oldebroek.test"
        st = login_start(bh + "/digid/start", bh + "/overzicht")
        WEB.add(bh + "/overzicht", simple_page("Mijn belastingen", "<p>U bent niet ingelogd.</p>", "Belastingen Oldebroek"))
        WEB.add(bh + "/", simple_page("Mijn belastingen", '<p>Bekijk uw aanslag en WOZ-beschikking.</p><p><a href="%s">Inloggen met DigiD</a></p>' % st, "Belastingen Oldebroek"), "Mijn belastingen")
        self.cfg["tax_portal"] = bh + "/"
        th = "http://oldebroek.timeblockr.test"
        WEB.add(th + "/", simple_page("Afspraak maken", '<form method="get" action="/tijden"><label for="s">Waarvoor komt u?</label><select id="s" name="s"><option>Reisdocument</option><option>Rijbewijs</option>'
                                      '<option>Aangifte geboorte</option><option>Huwelijk of partnerschap</option></select><button type="submit">Kies een tijd</button></form>', "Gemeente Oldebroek"), "Afspraak maken")
        WEB.add(th + "/tijden", simple_page("Kies een tijd", "<p>Er zijn tijden beschikbaar vanaf volgende week.</p>", "Gemeente Oldebroek"))
        self.cfg["appt_url"] = th + "/"

    def make_form(self, key, title, kind):
        tt = self.t_(title) if not key.startswith("_") else "Verantwoording_subsidie"
        slug = self.slugify(title) if not key.startswith("_") else "verantwoording"
        if kind == "anon":
            url = self.u("/Inwoners/Formulieren/" + tt)
            WEB.add(url, self.shell(url, title, '<h1>%s</h1><form method="post" action="/Inwoners/Formulieren/Verzonden"><p>Velden met een * zijn verplicht.</p>%s<button type="submit">Verzenden</button></form>' % (
                E(title), form_fields_html(fields_for(key))), [("Home", self.u("/")), ("Formulieren", None), (title, None)], "", "form"), title)
            if not WEB.has(self.u("/Inwoners/Formulieren/Verzonden")):
                WEB.add(self.u("/Inwoners/Formulieren/Verzonden"), simple_page("Verzonden", "<p>Uw formulier is verzonden.</p>", "Gemeente Oldebroek"))
            return dict(entry=url, route=url)
        url = self.u("/Inwoners/Formulieren_digitaal/" + tt)
        st = login_start(self.u("/auth/%s/digid/start" % slug), url + "?stap=1")
        extra = ""
        if kind == "eh":
            extra = '<p><a class="eh" href="%s"><img src="/publish/library/eherkenning.svg" alt="" width="30"> Inloggen met eHerkenning</a></p>' % login_start(
                self.u("/auth/%s/eherkenning/start" % slug), url + "?stap=1", "eh", "connectis")
        main = ('<h1>%s</h1><p class="voortgang">Voortgang: 0%%</p><p>Voor dit formulier logt u in met DigiD. Let op: u wordt na 15 minuten inactiviteit automatisch uitgelogd bij DigiD. '
                'Tussentijds opslaan is niet mogelijk.</p><p><a class="digid" href="%s"><img src="/publish/library/digid.svg" alt="" width="30"> Inloggen met DigiD</a></p>%s') % (E(title), st, extra)
        WEB.add(url, self.shell(url, title, main, [("Home", self.u("/")), ("Formulieren digitaal", None), (title, None)], "", "form"), title)
        return dict(entry=url, route=url)

    def build_chrome(self):
        tiles = []
        for k in ["paspoort", "verhuismelding", "hondenbelasting", "grofvuil", "melding-openbare-ruimte", "afvalpas"]:
            if k in self.page_url:
                tiles.append({"t": self.title_of(k), "u": self.page_url[k] + "?utm_source=Rx.Front"})
        for k in ["verhuismelding", "afvalpas"]:
            if self.routes.get(k, {}).get("entry"):
                tiles.append({"t": self.title_of(k) + " (DigiD)", "u": self.routes[k]["entry"]})
        self.tiles_js = ('<section class="meest-gezocht"><h2>Meest gezocht</h2><ul id="tiles"></ul><script>(function(){var d=%s;var ul=document.getElementById("tiles");'
                         'd.forEach(function(x){var li=document.createElement("li");var a=document.createElement("a");a.href=x.u;a.textContent=x.t;li.appendChild(a);ul.appendChild(li);});})();</script></section>') % json.dumps(tiles, ensure_ascii=False)
        self.sitewide = ["trap_meest_gezocht", "trap_script_tiles", "trap_own_login", "trap_site_search"]

    def shell(self, url, title, main, crumbs, aside, kind):
        if not hasattr(self, "tiles_js"):
            self.tiles_js = ""
        nav = "".join('<li><a href="%s">%s</a></li>' % (self.u(self.cat_path(c)), E(self.cat_name(c))) for c in getattr(self, "cats", []))
        return ('<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n<title>%s - Gemeente Oldebroek</title>\n<meta name="generator" content="iprox.">\n</head>\n'
                '<body class="%s">\n<div class="header"><a href="/" class="logo">Gemeente Oldebroek</a> <a class="mijn" href="/Mijn_Oldebroek">Mijn Oldebroek</a>'
                '<form action="%s" method="get"><input name="%s" placeholder="Zoeken"><button>Zoeken</button></form></div>\n'
                '<nav class="menu"><ul>%s</ul></nav>\n%s\n<div class="grid"><div class="content">\n%s\n</div><div class="aside">%s</div></div>\n%s\n'
                '<div class="footer"><p>Gemeente Oldebroek, Zuiderzeestraatweg 1, 8096 CA Oldebroek</p><p><a href="%s">Contact</a> | <a href="%s">Privacy</a> | '
                '<a href="%s">Toegankelijkheid</a> | <a href="%s">A-Z</a></p></div>\n</body>\n</html>\n') % (
            E(title), kind, self.u(self.cfg["search_path"]), self.cfg["search_param"], nav, self.crumbs_html(crumbs) if crumbs else "", main, aside,
            self.tiles_js if kind in ("product", "home", "category") else "",
            self.u(self.cfg["contact_path"]), self.u(self.cfg["privacy_path"]), self.u(self.cfg["a11y_path"]), self.u(self.cfg["az_path"]))

    def build_home(self):
        main = '<h1>Welkom bij de gemeente Oldebroek</h1><p><a href="%s">Nieuws</a> | <a href="%s">Producten A-Z</a></p><ul>%s</ul>' % (
            self.news_index, self.az_url, "".join('<li><a href="%s">%s</a></li>' % (self.u(self.cat_path(c)), E(self.cat_name(c))) for c in self.cats))
        self.page(self.u("/"), "Home", main, [], "", "home")
        for top in ("Inwoners", "Ondernemers"):
            cs = [c for c in self.cats if (c in self.OCATS) == (top == "Ondernemers")]
            self.page(self.u("/%s/" % top), top, "<h1>%s</h1><ul>%s</ul>" % (top, "".join('<li><a href="%s">%s</a></li>' % (self.u(self.cat_path(c)), E(self.cat_name(c))) for c in cs)),
                      [("Home", self.u("/")), (top, None)])

    def cta_label(self, key, t, kind):
        return {"digid": "DigiD link " + t, "eh": "eHerkenning " + t}.get(kind, ">> " + t + " online")

    def txt_digid(self, key, t):
        return "U kunt dit direct online regelen met DigiD."


# ======================================================================================
# family 6: Barendrecht, OpenWebConcept WordPress PDC /onderwerp/<slug>/, Gravity Forms on mijn.<org>
# ======================================================================================

class Barendrecht(Site):
    fam = "owc"
    MH = "http://mijn.barendrecht.test"

    def product_path(self, key, title, cat):
        return "/onderwerp/%s/" % self.cfg.get("slugs", {}).get(key, self.slugify(title))

    def cat_path(self, cat):
        return "/thema/%s/" % cat

    def tag_path(self, tag):
        return "/tag/%s/" % tag

    def news_path(self, slug):
        return "/nieuws/%s/" % slug if slug else "/nieuws/"

    def pdf_path(self, name):
        return "/wp-content/uploads/2024/10/" + name

    def setup(self):
        WEB.add(self.MH + "/wp-content/plugins/owc-gravityforms-digid/assets/digid.svg", DIGID_SVG)
        WEB.add(self.MH + "/wp-content/plugins/owc-gravityforms-digid/assets/eherkenning.svg", EH_SVG)
        WEB.add(self.u("/wp-content/themes/owc-barendrecht/assets/digid.svg"), DIGID_SVG)
        st = login_start(self.MH + "/mijn-omgeving/digid/", self.MH + "/mijn-omgeving/zaken/")
        WEB.add(self.MH + "/mijn-omgeving/zaken/", simple_page("Mijn zaken", "<p>U bent niet ingelogd.</p>", "Mijn Barendrecht"))
        WEB.add(self.MH + "/mijn-omgeving/", simple_page("Mijn Barendrecht", '<p>In Mijn Barendrecht ziet u uw lopende zaken en berichten.</p><p><a href="%s">Inloggen met DigiD</a></p>' % st, "Mijn Barendrecht"), "Mijn Barendrecht")
        WEB.add(self.MH + "/", simple_page("Mijn Barendrecht", '<p><a href="/mijn-omgeving/">Naar Mijn Barendrecht</a></p>', "Mijn Barendrecht"))
        self.cfg["status_url"] = self.MH + "/mijn-omgeving/"
        self.cfg["tax_portal"] = body("svhw").portal
        ah = "http://afspraak.barendrecht.test"
        mine = login_start(ah + "/digid/", ah + "/mijn-afspraken/overzicht")
        WEB.add(ah + "/mijn-afspraken/overzicht", simple_page("Mijn afspraken", "<p>U bent niet ingelogd.</p>", "Afspraken Barendrecht"))
        WEB.add(ah + "/mijn-afspraken/", simple_page("Mijn afspraken", '<p><a href="%s">Inloggen met DigiD</a> om uw afspraak te wijzigen.</p>' % mine, "Afspraken Barendrecht"))
        WEB.add(ah + "/", simple_page("Afspraak maken", '<form method="post" action="/stap-2"><select name="product"><option>Paspoort</option><option>ID-kaart</option><option>Rijbewijs</option>'
                                      '<option>Geboorteaangifte</option></select><input type="date" name="datum"><button type="submit">Volgende</button></form><p><a href="/mijn-afspraken/">Mijn afspraken</a></p>', "Afspraken Barendrecht"), "Afspraak maken")
        WEB.add(ah + "/stap-2", simple_page("Stap 2", "<p>Kies een tijd.</p>", "Afspraken Barendrecht"))
        self.cfg["appt_url"] = ah + "/"
        self.cfg["appt_mine"] = ah + "/mijn-afspraken/"

    def make_form(self, key, title, kind):
        slug = self.slugify(title) if not key.startswith("_") else "verantwoording"
        url = self.MH + "/%s/" % slug
        assets = "/wp-content/plugins/owc-gravityforms-digid/assets/"
        if kind == "anon":
            WEB.add(url, simple_page(title, ('<div class="gform_wrapper"><form method="post" id="gform_%d" action="%s"><div class="gform_heading"><p class="gform_required_legend">'
                                             '&quot;<span class="gfield_required">*</span>&quot; geeft vereiste velden aan</p></div>%s'
                                             '<input type="submit" class="gform_button button" value="Verzenden"></form></div>') % (
                hnum(slug, 90) + 10, url + "bevestiging/", form_fields_html(fields_for(key))), "Mijn Barendrecht", "owc-gravityforms"), title)
            WEB.add(url + "bevestiging/", simple_page("Bevestiging", "<p>Bedankt, uw formulier is ontvangen.</p>", "Mijn Barendrecht"))
            return dict(entry=url, route=url)
        st = login_start(self.MH + "/%s/digid/" % slug, url + "stap-1/")
        opts = '<a class="button button--digid" href="%s"><img src="%sdigid.svg" alt="" width="30"> Inloggen met DigiD</a>' % (st, assets)
        if kind == "eh":
            opts += ' <a class="button button--eherkenning" href="%s"><img src="%seherkenning.svg" alt="" width="30"> Inloggen met eHerkenning</a>' % (
                login_start(self.MH + "/%s/eherkenning/" % slug, url + "stap-1/", "eh", "signicat"), assets)
        pre = ('<p class="prefill">Na het inloggen vullen wij uw naam, adres en geboortedatum automatisch in vanuit de Basisregistratie Personen.</p>' if kind == "digid+p" else "")
        WEB.add(url, simple_page(title, ('<div class="owc-digid-login"><p>Om dit formulier in te vullen logt u in. Kies \'Verlengen\' om uw sessie te verlengen als daarom wordt gevraagd.</p>'
                                         '%s<p>%s</p></div>') % (pre, opts), "Mijn Barendrecht", "owc-gravityforms"), title)
        return dict(entry=url, route=url, strict=100 if kind == "digid+p" else 67)

    def build_chrome(self):
        vg = [k for k in ["paspoort", "verhuismelding", "afvalcontainer", "parkeervergunning", "melding-openbare-ruimte"] if k in self.page_url]
        self.mega = '<nav class="mega-menu"><ul><li><a href="%s">Inwoners</a><div class="mega-panel"><h3>Veelgezocht</h3><ul>%s</ul>%s</div></li><li><a href="%s">Ondernemers</a></li></ul></nav>' % (
            self.u(self.cat_path("burgerzaken")), "".join('<li><a href="%s">%s</a></li>' % (self.page_url[k], E(self.page_title[k])) for k in vg),
            "<h3>Direct regelen</h3><ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (self.routes[k]["entry"], E(self.title_of(k)))
                                                           for k in ["verhuismelding", "brp-uittreksel", "klacht"] if self.routes.get(k, {}).get("entry")),
            self.u(self.cat_path("horeca")))
        self.chat = ('<div id="gem-chat"></div><script>(function(){var w=document.getElementById("gem-chat");var f=document.createElement("form");f.method="post";'
                     'f.action=%s;f.innerHTML="<p>Stel uw vraag aan Gem, de digitale assistent</p><input name=vraag aria-label=Vraag><button type=submit>Vraag</button>";w.appendChild(f);})();</script>') % json.dumps(self.u(self.cfg["contact_done_path"]))
        self.sitewide = ["trap_megamenu_forms", "trap_site_login", "trap_chat", "trap_site_search"]

    def layout_product(self, title, keys, sec, content_traps, after_traps):
        r_block = sec["aanvragen"]
        acc = "".join('<details class="accordion"><summary>%s</summary>%s</details>' % (E(h), sec[k]) for k, h in [
            ("voorw", "Voorwaarden"), ("nodig", "Wat heeft u nodig?"), ("kosten", "Kosten"), ("termijn", "Termijn")])
        return ('<article class="pdc-item"><h1>%s</h1><div class="pdc-intro">%s</div>'
                '<section class="pdc-forms"><h2>Aanvragen</h2>%s</section>%s%s%s</article>') % (E(title), sec["wat"], r_block, content_traps, acc, after_traps)

    def shell(self, url, title, main, crumbs, aside, kind):
        if not hasattr(self, "mega"):
            self.mega, self.chat = "", ""
        return ('<!DOCTYPE html>\n<html lang="nl-NL">\n<head>\n<meta charset="UTF-8">\n<meta name="generator" content="WordPress 6.4">\n<title>%s - Gemeente Barendrecht</title>\n</head>\n'
                '<body class="wp-singular %s">\n<header class="site-header"><a href="/" class="custom-logo-link">Gemeente Barendrecht</a>'
                '<a class="mijn-link" href="%s/mijn-omgeving/"><img src="/wp-content/themes/owc-barendrecht/assets/digid.svg" alt="" width="20"> Mijn Barendrecht</a>'
                '<form role="search" method="get" action="%s"><input type="search" name="%s"><button type="submit">Zoeken</button></form>%s</header>\n%s\n'
                '<div class="site-content"><main id="main">\n%s\n</main><aside class="widget-area">%s</aside></div>\n%s\n'
                '<footer class="site-footer"><p>Gemeente Barendrecht, Raadhuisplein 1, 2991 CA Barendrecht. Telefoon 14 0180</p>'
                '<p><a href="%s">Contact</a> &middot; <a href="%s">Privacy</a> &middot; <a href="%s">Toegankelijkheid</a> &middot; <a href="%s">A-Z</a></p></footer>\n</body>\n</html>\n') % (
            E(title), kind, self.MH, self.u(self.cfg["search_path"]), self.cfg["search_param"], self.mega, self.crumbs_html(crumbs) if crumbs else "",
            main, aside, self.chat, self.u(self.cfg["contact_path"]), self.u(self.cfg["privacy_path"]), self.u(self.cfg["a11y_path"]), self.u(self.cfg["az_path"]))

    def build_home(self):
        main = '<h1>Gemeente Barendrecht</h1><ul>%s</ul><p><a href="%s">Nieuws</a></p><ul>%s</ul>' % (
            "".join('<li><a href="%s">%s</a></li>' % (self.u(self.cat_path(c)), E(self.cat_name(c))) for c in self.cats), self.news_index,
            "".join('<li><a href="%s">%s</a></li>' % (u, E(n)) for u, n in self.tag_urls))
        self.page(self.u("/"), "Home", main, [], "", "home")

    def cta_label(self, key, t, kind):
        return {"digid": t + " (met DigiD)", "eh": t + " (met eHerkenning)"}.get(kind, t + " (zonder inloggen)")


# ======================================================================================
# family 7: Ameland, small site with root slugs and 'Direct regelen' boxes
# ======================================================================================

class Ameland(Site):
    fam = "small"
    heading_map = [("wat", None), ("aanvragen", "Direct regelen"), ("voorw", "Voorwaarden"), ("nodig", "Wat heeft u nodig?"),
                   ("kosten", "Kosten"), ("termijn", "Hoe lang duurt het?")]
    LH = "http://loket.ameland.test"

    def product_path(self, key, title, cat):
        return "/" + self.cfg.get("slugs", {}).get(key, self.slugify(title))

    def cat_path(self, cat):
        return "/inwoners/" + cat

    def news_path(self, slug):
        return "/nieuws/" + slug if slug else "/nieuws"

    def pdf_path(self, name):
        return "/media/formulieren/" + name

    def setup(self):
        WEB.add(self.u("/img/digid.svg"), DIGID_SVG)
        WEB.add(self.LH + "/img/digid.svg", DIGID_SVG)

    def make_form(self, key, title, kind):
        slug = self.slugify(title) if not key.startswith("_") else "verantwoording"
        if kind == "anon":
            url = self.LH + "/formulier/" + slug
            WEB.add(url, simple_page(title, '<form method="post" action="%s/formulier/verzonden">%s<button type="submit">Indienen</button></form>' % (self.LH, form_fields_html(fields_for(key))),
                                     "Gemeente Ameland - e-loket", "esuite"), title)
            if not WEB.has(self.LH + "/formulier/verzonden"):
                WEB.add(self.LH + "/formulier/verzonden", simple_page("Ontvangen", "<p>Wij hebben uw formulier ontvangen.</p>", "Gemeente Ameland - e-loket"))
            return dict(entry=url, route=url)
        # DigiD: the product page links straight to the login start
        ret = self.LH + "/formulier/" + slug + "?digid=1"
        st = login_start(self.LH + "/auth/%s/digid/start" % slug, ret)
        return dict(entry=st, route=st, signals=["login_start_direct"])

    def default_cta_style(self, key, r):
        return "digidimg" if r["kind"] in ("digid", "digid+p") else "link"

    def route_html(self, key, r, shared=False):
        h = Site.route_html(self, key, r, shared)
        if r["kind"] in ("digid", "digid+p"):
            h += '<p><a href="%s">%s</a> (inloggen met DigiD)</p>' % (r["entry"], E(self.title_of(key)))
        return h

    def build_chrome(self):
        dr = [k for k in ["verhuismelding", "brp-uittreksel", "woz-bezwaar", "klacht", "melding-openbare-ruimte"] if self.routes.get(k, {}).get("entry") and self.routes[k]["kind"] != "via"]
        self.direct = '<div class="direct-regelen"><h2>Direct regelen</h2><ul>%s</ul></div>' % "".join(
            '<li><a href="%s">%s</a></li>' % (self.routes[k]["entry"], E(self.title_of(k))) for k in dr)
        self.sitewide = ["trap_regel_online_block", "trap_digid_logo_footer", "trap_site_search"]

    def shell(self, url, title, main, crumbs, aside, kind):
        if not hasattr(self, "direct"):
            self.direct = ""
        return ('<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n<title>%s - Gemeente Ameland</title>\n</head>\n<body class="%s">\n'
                '<header><a href="/">Gemeente Ameland</a> <nav><a href="/inwoners/">Inwoners</a> <a href="%s">Nieuws</a> <a href="%s">Contact</a></nav>'
                '<form method="get" action="%s"><input name="%s" aria-label="Zoeken"><button>Zoek</button></form></header>\n%s\n'
                '<div class="wrap"><main>\n%s\n</main><aside>%s%s</aside></div>\n'
                '<footer><p>Gemeente Ameland, Oranjeweg 5, 9163 ZN Nes. Telefoon 0519 555 555</p><p><img src="/img/digid.svg" alt="DigiD" width="28"> '
                '<a href="%s">Privacy</a> <a href="%s">Toegankelijkheid</a> <a href="%s">A-Z</a></p></footer>\n</body>\n</html>\n') % (
            E(title), kind, self.u(self.cfg["news_index"]), self.u(self.cfg["contact_path"]), self.u(self.cfg["search_path"]), self.cfg["search_param"],
            self.crumbs_html(crumbs) if crumbs else "", main, aside, self.direct if kind == "product" else "",
            self.u(self.cfg["privacy_path"]), self.u(self.cfg["a11y_path"]), self.u(self.cfg["az_path"]))

    def build_home(self):
        lst = "".join('<li><a href="%s">%s</a></li>' % (self.u(self.cat_path(c)), E(self.cat_name(c))) for c in self.cats)
        self.page(self.u("/inwoners/"), "Inwoners", "<h1>Inwoners</h1><ul>%s</ul>" % lst, [("Home", self.u("/")), ("Inwoners", None)])
        self.page(self.u("/"), "Home", "<h1>Gemeente Ameland</h1><ul>%s</ul><p><a href=\"%s\">Alle producten</a></p>" % (lst, self.az_url), [], "", "home")

    def cta_label(self, key, t, kind):
        return {"digid": t, "eh": t + " (eHerkenning)"}.get(kind, "Online " + t[0].lower() + t[1:])


# ======================================================================================
# family 8: Tholen, /Regelen-en-aanvragen/<Rubriek>/<Product>, TriplEforms-like .aspx forms
# ======================================================================================

class Tholen(Site):
    fam = "regelen"
    heading_map = [("wat", None), ("voorw", "Voorwaarden"), ("aanvragen", "Aanvragen via internet"), ("nodig", "Meenemen"),
                   ("kosten", "Kosten"), ("termijn", "Levertijd")]
    RUB = {"burgerzaken": "Burgerzaken", "parkeren": "Verkeer-en-vervoer", "belastingen": "Belastingen", "werk-inkomen": "Werk-en-inkomen",
           "zorg": "Zorg", "afval": "Afval", "melden": "Melden", "bouwen": "Bouwen-en-wonen", "bestuur": "Gemeente",
           "evenementen": "Evenementen", "horeca": "Horeca", "markten": "Markten", "vergunningen": "Vergunningen"}
    FH = "http://formulieren.tholen.test/DirectRegelen/formulier/nl-NL/evTholen/"

    def product_path(self, key, title, cat):
        s = title
        for a, b in [("(", ""), (")", ""), (",", ""), (":", ""), ("/", "-")]:
            s = s.replace(a, b)
        return "/Regelen-en-aanvragen/%s/%s" % (self.RUB[cat], "-".join(s.split()))

    def cat_path(self, cat):
        return "/Regelen-en-aanvragen/%s/" % self.RUB[cat]

    def tag_path(self, tag):
        return "/Onderwerpen/%s" % tag

    def news_path(self, slug):
        return "/Actueel/Nieuws/%s" % slug if slug else "/Actueel/Nieuws/"

    def pdf_path(self, name):
        return "/Docs/Formulieren/" + name

    def setup(self):
        WEB.add("http://formulieren.tholen.test/img/digid.svg", DIGID_SVG)
        WEB.add(self.u("/img/digid.svg"), DIGID_SVG)
        mt = "http://formulieren.tholen.test/DirectRegelen/MijnTholen.aspx"
        WEB.add(mt, simple_page("MijnTholen", '<p>Bekijk uw lopende aanvragen.</p><form method="get" action="http://digid.test/saml/idp/request_authentication">'
                                '<input type="hidden" name="SAMLRequest" value="%s"><input type="image" src="/img/digid.svg" alt="Inloggen met DigiD"></form>' % (h8("mijntholen") * 3), "Gemeente Tholen"), "MijnTholen")
        self.cfg["status_url"] = mt
        self.cfg["tax_portal"] = body("bwb").portal
        ap = self.u("/Regelen-en-aanvragen/Burgerzaken/Afspraak-maken")
        self.cfg["appt_url"] = ap

    def make_form(self, key, title, kind):
        name = "".join(w.capitalize() for w in self.slugify(title).split("-"))[:36] if not key.startswith("_") else "Verantwoording"
        if kind == "anon":
            url = self.FH + name + ".aspx"
            WEB.add(url, simple_page(title, ('<form method="post" action="%sVerzonden.aspx" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="%s">'
                                             '<p>Stap 1 van 3: Uw gegevens</p>%s<input type="submit" name="ctl00$btnVolgende" value="Volgende"></form>') % (
                self.FH, h8(name) * 4, form_fields_html(fields_for(key))), "Gemeente Tholen - Direct regelen", "tripleforms"), title)
            if not WEB.has(self.FH + "Verzonden.aspx"):
                WEB.add(self.FH + "Verzonden.aspx", simple_page("Verzonden", "<p>Uw formulier is verzonden.</p>", "Gemeente Tholen - Direct regelen"))
            return dict(entry=url, route=url)
        url = self.FH + name + "DigiD.aspx"
        extra = ""
        if kind == "eh":
            extra = '<p><a href="%s">Inloggen met eHerkenning</a></p>' % eh_start_location(url, "connectis")
        WEB.add(url, simple_page(title, ('<p>Voor dit formulier moet u inloggen met DigiD.</p><form method="get" action="http://digid.test/saml/idp/request_authentication">'
                                         '<input type="hidden" name="SAMLRequest" value="%s"><input type="hidden" name="RelayState" value="%s">'
                                         '<input type="image" src="http://formulieren.tholen.test/img/digid.svg" alt="Inloggen met DigiD" width="46"></form>%s') % (
            h8(url) * 3, E(url), extra), "Gemeente Tholen - Direct regelen", "tripleforms"), title)
        return dict(entry=url, route=url, signals=["digid_get_form"])

    def build_chrome(self):
        mb = [k for k in ["paspoort", "verhuismelding", "afvalcontainer", "omgevingsvergunning", "melding-openbare-ruimte"] if k in self.page_url]
        dr = [k for k in ["verhuismelding", "brp-uittreksel", "bijzondere-bijstand", "klacht"] if self.routes.get(k, {}).get("entry") and self.routes[k]["kind"] != "via"]
        self.menu = ('<nav class="hoofdmenu"><ul><li>Regelen en aanvragen<div class="uitklap"><div><h3>Meest bezocht</h3><ul>%s</ul></div>'
                     '<div><h3>Direct regelen</h3><ul>%s</ul></div></div></li><li><a href="/Actueel/Nieuws/">Actueel</a></li></ul></nav>') % (
            "".join('<li><a href="%s">%s</a></li>' % (self.page_url[k], E(self.page_title[k])) for k in mb),
            "".join('<li><a href="%s">%s</a></li>' % (self.routes[k]["entry"], E(self.title_of(k))) for k in dr))
        self.sitewide = ["trap_megamenu_forms", "trap_meest_gezocht", "trap_site_login", "trap_site_search"]

    def shell(self, url, title, main, crumbs, aside, kind):
        if not hasattr(self, "menu"):
            self.menu = ""
        return ('<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n<title>%s - Gemeente Tholen</title>\n'
                '<link rel="alternate" type="application/xml" title="Samenwerkende Catalogi" href="/sc/producten.xml">\n</head>\n<body class="%s">\n'
                '<div id="top"><a href="/" class="logo">Gemeente Tholen</a> <a href="http://formulieren.tholen.test/DirectRegelen/MijnTholen.aspx" class="mijn">MijnTholen</a>'
                '<form method="get" action="%s"><input name="%s"><input type="submit" value="Zoeken"></form></div>\n%s\n%s\n'
                '<div id="main">\n%s\n</div><div id="side">%s</div>\n'
                '<div id="footer"><p>Gemeente Tholen, Hof van Tholen 1, 4691 EA Tholen</p><p><a href="%s">Contact</a> <a href="%s">Privacy</a> <a href="%s">Toegankelijkheid</a> <a href="%s">A-Z</a></p></div>\n</body>\n</html>\n') % (
            E(title), kind, self.u(self.cfg["search_path"]), self.cfg["search_param"], self.menu, self.crumbs_html(crumbs) if crumbs else "",
            main, aside, self.u(self.cfg["contact_path"]), self.u(self.cfg["privacy_path"]), self.u(self.cfg["a11y_path"]), self.u(self.cfg["az_path"]))

    def build_home(self):
        self.page(self.u("/Regelen-en-aanvragen/"), "Regelen en aanvragen", "<h1>Regelen en aanvragen</h1><ul>%s</ul>" % "".join(
            '<li><a href="%s">%s</a></li>' % (self.u(self.cat_path(c)), E(self.cat_name(c))) for c in self.cats), [("Home", self.u("/")), ("Regelen en aanvragen", None)])
        self.page(self.u("/"), "Home", '<h1>Gemeente Tholen</h1><p><a href="/Regelen-en-aanvragen/">Regelen en aanvragen</a> | <a href="%s">Nieuws</a></p><ul>%s</ul>' % (
            self.news_index, "".join('<li><a href="%s">%s</a></li>' % (u, E(n)) for u, n in self.tag_urls)), [], "", "home")
        ap = self.cfg["appt_url"]
        self.page(ap, "Afspraak maken", ('<h1>Afspraak maken</h1><form method="post" action="%s"><label for="w">Waarvoor?</label><select id="w" name="waarvoor"><option>Paspoort</option>'
                                         '<option>Identiteitskaart</option><option>Rijbewijs</option></select><label for="d">Datum</label><input type="date" id="d" name="datum">'
                                         '<button type="submit">Afspraak maken</button></form>') % ap, [("Home", self.u("/")), ("Afspraak maken", None)])
        # tab views of the same pages (query-string duplicates)
        for pk in self.cfg.get("tabs", []):
            if pk not in self.page_url:
                continue
            u = self.page_url[pk]
            for tab, txt in [("internet", "Via internet aanvragen niet mogelijk. U moet hiervoor persoonlijk naar het gemeentehuis komen."),
                             ("townhall", "Aanvragen in het gemeentehuis: maak eerst een afspraak. Neem uw pasfoto en uw oude document mee.")]:
                WEB.add(u + "?show=" + tab, self.shell(u, self.page_title[pk], "<h1>%s</h1><ul class=\"tabs\"><li><a href=\"%s?show=internet\">Via internet</a></li><li><a href=\"%s?show=townhall\">In het gemeentehuis</a></li></ul><p>%s</p><p><a href=\"%s\">Maak een afspraak</a></p>" % (
                    E(self.page_title[pk]), u, u, txt, self.cfg["appt_url"]), self.product_crumbs(pk, self.page_title[pk]), "", "product"))
                self.page_signals.setdefault(pk, []).append("trap_duplicate_query_page") if tab == "internet" else None
        # Samenwerkende Catalogi feed (some values wrong on purpose)
        items = []
        for pk, spec in self.spec.items():
            if pk not in self.page_url or spec.startswith("no"):
                continue
            r = self.routes[pk]
            val = {"digid": "digid", "digid+p": "digid", "eh": "digid", "anon": "ja"}.get(r["kind"], "nee")
            if pk in self.cfg.get("sc_wrong", {}):
                val = self.cfg["sc_wrong"][pk]
                self.page_signals.setdefault(pk, []).append("trap_sc_feed_wrong")
            aurl = ('<overheidproduct:aanvraagURL resourceIdentifier="%s"/>' % E(r["entry"])) if val != "nee" and r.get("entry") else ""
            items.append(('<overheidproduct:scproduct owms-version="4.0"><overheidproduct:meta><overheidproduct:owmskern>'
                          '<dcterms:identifier>%s</dcterms:identifier><dcterms:title>%s</dcterms:title><dcterms:language>nl</dcterms:language>'
                          '<dcterms:type scheme="overheid:Informatietype">productbeschrijving</dcterms:type><dcterms:modified>2025-02-01</dcterms:modified>'
                          '<dcterms:spatial scheme="overheid:Gemeente" resourceIdentifier="http://standaarden.overheid.nl/owms/terms/Tholen_(gemeente)">Tholen</dcterms:spatial>'
                          '<overheid:authority scheme="overheid:Gemeente" resourceIdentifier="http://standaarden.overheid.nl/owms/terms/Tholen_(gemeente)">Tholen</overheid:authority>'
                          '</overheidproduct:owmskern><overheidproduct:scmeta><overheidproduct:productID>%s</overheidproduct:productID>'
                          '<overheidproduct:onlineAanvragen>%s</overheidproduct:onlineAanvragen>%s</overheidproduct:scmeta></overheidproduct:meta>'
                          '</overheidproduct:scproduct>') % (E(self.page_url[pk]), E(self.page_title[pk]), h8(pk), val, aurl))
        WEB.add(self.u("/sc/producten.xml"), '<?xml version="1.0" encoding="UTF-8"?>\n<overheidproduct:scproducten xmlns:overheidproduct="http://standaarden.overheid.nl/product/terms/" '
                'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:overheid="http://standaarden.overheid.nl/owms/terms/">\n%s\n</overheidproduct:scproducten>\n' % "\n".join(items))

    def cta_label(self, key, t, kind):
        return {"digid": "Direct regelen: " + t, "eh": "Direct regelen: " + t}.get(kind, "Direct regelen: " + t)

    def txt_digid(self, key, t):
        return "Via internet aanvragen is mogelijk. U heeft DigiD nodig."


# ======================================================================================
# family 9: Olst-Wijhe, main site www.<org> plus a product catalogue on dloket.<org>
# ======================================================================================

class OlstWijhe(Site):
    fam = "dloket"
    heading_map = [("wat", "Inleiding"), ("voorw", "Voorwaarden"), ("aanvragen", "Aanpak"), ("nodig", "Benodigdheden"),
                   ("kosten", "Kosten"), ("termijn", "Termijn")]
    DL = "http://dloket.olst-wijhe.test"

    def product_path(self, key, title, cat):
        return self.DL + "/loket/producten-en-diensten/" + self.slugify(title)

    def cat_path(self, cat):
        return self.DL + "/loket/themas/" + cat

    def tag_path(self, tag):
        return "/onderwerpen/" + tag

    def news_path(self, slug):
        return "/nieuws/" + slug if slug else "/nieuws/"

    def pdf_path(self, name):
        return self.DL + "/loket/bestanden/" + name

    def setup(self):
        WEB.add(self.DL + "/loket/img/digid.svg", DIGID_SVG)
        st = login_start(self.DL + "/loket/digid/mijn/start", self.DL + "/loket/mijn/zaken")
        WEB.add(self.DL + "/loket/mijn/zaken", simple_page("Lopende zaken", "<p>U bent niet ingelogd.</p>", "Digitaal loket Olst-Wijhe"))
        WEB.add(self.DL + "/loket/mijn/", simple_page("Uw lopende zaken", '<p>Bekijk de voortgang van uw aanvragen.</p><p><a href="%s"><img src="/loket/img/digid.svg" alt="" width="28"> Inloggen met DigiD</a></p>' % st, "Digitaal loket Olst-Wijhe"), "Uw lopende zaken")
        self.cfg["status_url"] = self.DL + "/loket/mijn/"
        st2 = login_start(self.DL + "/loket/digid/belastingen/start", self.DL + "/loket/mijn/belastingen")
        WEB.add(self.DL + "/loket/mijn/belastingen", simple_page("Mijn belastingen", "<p>U bent niet ingelogd.</p>", "Digitaal loket Olst-Wijhe"))
        WEB.add(self.DL + "/loket/mijn-belastingen", simple_page("Mijn belastingen", '<p>Bekijk uw aanslag en WOZ-waarde.</p><p><a href="%s">Inloggen met DigiD</a></p>' % st2, "Digitaal loket Olst-Wijhe"), "Mijn belastingen")
        self.cfg["tax_portal"] = self.DL + "/loket/mijn-belastingen"
        WEB.add(self.DL + "/afspraak/", simple_page("Afspraak maken", '<form method="post" action="/afspraak/"><select name="p"><option>Reisdocument</option><option>Rijbewijs</option>'
                                                   '<option>Geboorteaangifte</option></select><input type="date" name="d"><button type="submit">Verder</button></form>', "Digitaal loket Olst-Wijhe"), "Afspraak maken")
        self.cfg["appt_url"] = self.DL + "/afspraak/"

    def make_form(self, key, title, kind):
        slug = self.slugify(title) if not key.startswith("_") else "verantwoording"
        url = self.DL + "/loket/formulieren/" + slug
        if kind == "anon":
            WEB.add(url, self.shell(url, title, '<h1>%s</h1><form method="post" action="%s/loket/formulieren/verzonden">%s<button type="submit">Verzenden</button></form>' % (
                E(title), self.DL, form_fields_html(fields_for(key))), [("Loket", self.DL + "/loket/"), (title, None)], "", "form"), title)
            if not WEB.has(self.DL + "/loket/formulieren/verzonden"):
                WEB.add(self.DL + "/loket/formulieren/verzonden", simple_page("Verzonden", "<p>Bedankt.</p>", "Digitaal loket Olst-Wijhe"))
            return dict(entry=url, route=url)
        st = login_start(self.DL + "/loket/digid/%s/start" % slug, url + "?stap=1")
        extra = ""
        if kind == "eh":
            extra = '<p><a href="%s">Inloggen met eHerkenning</a></p>' % login_start(self.DL + "/loket/eherkenning/%s/start" % slug, url + "?stap=1", "eh", "signicat")
        WEB.add(url, self.shell(url, title, '<h1>%s</h1><p>Log in om het formulier te starten.</p><p><a href="%s"><img src="/loket/img/digid.svg" alt="" width="28"> Inloggen met DigiD</a></p>%s' % (
            E(title), st, extra), [("Loket", self.DL + "/loket/"), (title, None)], "", "form"), title)
        return dict(entry=url, route=url)

    def build_chrome(self):
        mg = [k for k in ["paspoort", "verhuismelding", "grofvuil", "melding-openbare-ruimte", "brp-uittreksel"] if k in self.page_url]
        self.meest = '<div class="meest-gevraagd"><h2>Meest gevraagd</h2><ul>%s</ul></div>' % "".join(
            '<li><a href="%s">%s</a></li>' % (self.page_url[k], E(self.page_title[k])) for k in mg)
        self.sitewide = ["trap_status_login_header", "trap_meest_gezocht", "trap_tax_login", "trap_site_search"]

    def shell(self, url, title, main, crumbs, aside, kind):
        if not hasattr(self, "meest"):
            self.meest = ""
        dl = url.startswith(self.DL)
        brand = "Digitaal loket Olst-Wijhe" if dl else "Gemeente Olst-Wijhe"
        return ('<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n<title>%s - %s</title>\n</head>\n<body class="%s">\n'
                '<header><a href="%s">Gemeente Olst-Wijhe</a> <a href="%s/loket/">Digitaal loket</a> <a class="zaken" href="%s/loket/mijn/">Uw lopende zaken</a> '
                '<a href="%s">Mijn belastingen</a><form method="get" action="%s"><input name="%s"><button>Zoek</button></form></header>\n%s\n'
                '<main>\n%s\n</main><aside>%s%s</aside>\n<footer><p>Gemeente Olst-Wijhe, Karel de Grotestraat 2, 8121 AE Olst</p>'
                '<p><a href="%s">Contact</a> <a href="%s">Privacy</a> <a href="%s">Toegankelijkheid</a></p></footer>\n</body>\n</html>\n') % (
            E(title), brand, kind, self.base + "/", self.DL, self.DL, self.cfg["tax_portal"], self.u(self.cfg["search_path"]), self.cfg["search_param"],
            self.crumbs_html(crumbs) if crumbs else "", main, aside, self.meest if kind == "product" else "",
            self.u(self.cfg["contact_path"]), self.u(self.cfg["privacy_path"]), self.u(self.cfg["a11y_path"]))

    def product_crumbs(self, key, title):
        cat = self.cat_of(key)
        return [("Digitaal loket", self.DL + "/loket/"), (self.cat_name(cat), self.u(self.cat_path(cat))), (title, None)]

    def build_home(self):
        lst = "".join('<li><a href="%s">%s</a></li>' % (self.u(self.cat_path(c)), E(self.cat_name(c))) for c in self.cats)
        self.page(self.DL + "/loket/", "Digitaal loket", '<h1>Digitaal loket</h1><p>Alle producten en diensten van de gemeente.</p><ul>%s</ul><p><a href="%s">A-Z</a></p>' % (lst, self.az_url),
                  [("Home", self.u("/")), ("Digitaal loket", None)])
        self.page(self.u("/"), "Home", '<h1>Gemeente Olst-Wijhe</h1><p><a href="%s/loket/">Naar het digitaal loket</a></p><p><a href="%s">Nieuws</a></p><ul>%s</ul><h2>Wonen en leven</h2><ul>%s</ul>' % (
            self.DL, self.news_index, "".join('<li><a href="%s">%s</a></li>' % (u, E(n)) for u, n in self.tag_urls),
            "".join('<li><a href="%s">%s</a></li>' % (self.page_url[k], E(self.no[k][1])) for k in self.no)), [], "", "home")

    def cta_label(self, key, t, kind):
        return {"digid": "Aanvragen met DigiD", "eh": "Aanvragen met eHerkenning of DigiD"}.get(kind, "Formulier invullen")

    def txt_digid(self, key, t):
        return "U kunt dit digitaal aanvragen via het loket. U logt in met DigiD."


# ======================================================================================
# family 10: Berg en Dal, NL Design System look, /producten/<slug>, GET forms to a loket host
# ======================================================================================

class BergEnDal(Site):
    fam = "nlds"
    heading_map = [("wat", None), ("voorw", "Voorwaarden"), ("aanvragen", "Aanvragen"), ("nodig", "Wat heeft u nodig"),
                   ("kosten", "Kosten"), ("termijn", "Wanneer hoort u iets")]
    LH = "http://loket.bergendal.test"

    def product_path(self, key, title, cat):
        return "/producten/" + self.slugify(title)

    def cat_path(self, cat):
        return "/onderwerpen/" + cat

    def tag_path(self, tag):
        return "/trefwoorden/" + tag

    def news_path(self, slug):
        return "/nieuws/" + slug if slug else "/nieuws"

    def pdf_path(self, name):
        return "/assets/documents/" + name

    def setup(self):
        WEB.add(self.LH + "/assets/digid.svg", DIGID_SVG)
        WEB.add(self.LH + "/assets/eherkenning.svg", EH_SVG)
        WEB.add(self.u("/assets/img/digid.svg"), DIGID_SVG)
        mh = "http://mijn.bergendal.test"
        st = login_start(mh + "/login/digid", mh + "/overzicht")
        st2 = login_start(mh + "/login/eherkenning", mh + "/overzicht", "eh", "connectis")
        WEB.add(mh + "/overzicht", simple_page("Mijn Berg en Dal", "<p>U bent niet ingelogd.</p>", "Mijn Berg en Dal"))
        WEB.add(mh + "/", simple_page("Mijn Berg en Dal", '<p>Uw zaken, belastingen en berichten.</p><p><a href="%s">Inloggen met DigiD</a></p><p><a href="%s">Inloggen met eHerkenning</a></p>' % (st, st2), "Mijn Berg en Dal"), "Mijn Berg en Dal")
        WEB.add(mh + "/belastingen", simple_page("Mijn belastingen", '<p>Bekijk uw aanslag.</p><p><a href="%s">Inloggen met DigiD</a></p>' % st, "Mijn Berg en Dal"), "Mijn belastingen")
        self.cfg["status_url"] = mh + "/"
        self.cfg["tax_portal"] = mh + "/belastingen"
        jh = "http://bergendal.jccsoftware.test"
        mine = login_start(jh + "/JCC/bergendal/G-Plan/digid", jh + "/JCC/bergendal/G-Plan/mijn")
        WEB.add(jh + "/JCC/bergendal/G-Plan/mijn", simple_page("Mijn afspraken", "<p>U bent niet ingelogd.</p>", "Afspraak maken Berg en Dal"))
        WEB.add(jh + "/JCC/bergendal/G-Plan/mijn-afspraken", simple_page("Mijn afspraken", '<p><a href="%s">Inloggen met DigiD</a></p>' % mine, "Afspraak maken Berg en Dal"))
        WEB.add(jh + "/JCC/bergendal/G-Plan/", simple_page("Afspraak maken", '<form method="post" action="/JCC/bergendal/G-Plan/"><select name="activiteit"><option>Paspoort</option>'
                                                            '<option>Identiteitskaart</option><option>Rijbewijs</option><option>Geboorteaangifte</option></select><input type="date" name="datum">'
                                                            '<button type="submit">Verder</button></form><p><a href="/JCC/bergendal/G-Plan/mijn-afspraken">Mijn afspraken</a></p>', "Afspraak maken Berg en Dal"), "Afspraak maken")
        self.cfg["appt_url"] = jh + "/JCC/bergendal/G-Plan/"
        self.cfg["appt_mine"] = jh + "/JCC/bergendal/G-Plan/mijn-afspraken"

    def make_form(self, key, title, kind):
        slug = self.slugify(title) if not key.startswith("_") else "verantwoording"
        url = self.LH + "/aanvragen/start?product=" + slug
        if kind == "anon":
            WEB.add(url, simple_page(title, '<form class="utrecht-form" method="post" action="%s/aanvragen/verzonden">%s<button class="utrecht-button" type="submit">Verzenden</button></form>' % (
                self.LH, form_fields_html(fields_for(key))), "Gemeente Berg en Dal - Loket", "utrecht-document"), title)
            if not WEB.has(self.LH + "/aanvragen/verzonden"):
                WEB.add(self.LH + "/aanvragen/verzonden", simple_page("Verzonden", "<p>Bedankt.</p>", "Gemeente Berg en Dal - Loket"))
            return dict(entry=url, route=url)
        st = login_start(self.LH + "/auth/%s/digid/start" % slug, self.LH + "/aanvragen/formulier?product=" + slug)
        links = '<a class="utrecht-digid-button" href="%s"><img src="/assets/digid.svg" alt="Inloggen met DigiD" width="46" height="46"></a>' % st
        if kind == "eh":
            links += ' <a class="eherkenning-button" href="%s"><img src="/assets/eherkenning.svg" alt="Inloggen met eHerkenning" width="46" height="46"></a>' % login_start(
                self.LH + "/auth/%s/eherkenning/start" % slug, self.LH + "/aanvragen/formulier?product=" + slug, "eh", "signicat")
        WEB.add(url, simple_page(title, '<p>Kies hoe u wilt inloggen.</p><p class="login-options">%s</p>' % links, "Gemeente Berg en Dal - Loket", "utrecht-document"), title)
        return dict(entry=url, route=url, signals=["digid_image_only"])

    def default_cta_style(self, key, r):
        if r["kind"] in ("digid", "digid+p", "eh", "anon"):
            return "getform"
        return "link"

    def build_chrome(self):
        dn = [("Afspraak maken", self.cfg["appt_url"])]
        for k in ["verhuismelding", "melding-openbare-ruimte", "grofvuil"]:
            r = self.routes.get(k)
            if r and r.get("entry"):
                dn.append((self.title_of(k), r["entry"]))
        self.direct = '<nav class="direct-naar utrecht-link-list"><h2>Direct naar</h2><ul>%s</ul></nav>' % "".join('<li><a href="%s">%s</a></li>' % (u, E(t)) for t, u in dn)
        ff = [k for k in ["bezwaar", "klacht", "woo-verzoek", "subsidie"] if self.routes.get(k, {}).get("entry")]
        self.ffoot = '<div class="footer-forms"><h2>Formulieren</h2><ul>%s</ul></div>' % "".join('<li><a href="%s">%s</a></li>' % (self.routes[k]["entry"], E(self.title_of(k))) for k in ff)
        self.sitewide = ["trap_direct_naar", "trap_site_login", "trap_footer_forms", "trap_site_search"]

    def shell(self, url, title, main, crumbs, aside, kind):
        if not hasattr(self, "direct"):
            self.direct, self.ffoot = "", ""
        nav = "".join('<details class="nav-group"><summary>%s</summary><a href="%s">Alles over %s</a></details>' % (E(self.cat_name(c)), self.u(self.cat_path(c)), E(self.cat_name(c).lower()))
                      for c in getattr(self, "cats", []))
        return ('<!DOCTYPE html>\n<html lang="nl" class="utrecht-html">\n<head>\n<meta charset="utf-8">\n<title>%s | Gemeente Berg en Dal</title>\n</head>\n'
                '<body class="utrecht-document %s">\n<header class="utrecht-page-header"><a href="/" class="utrecht-logo">Gemeente Berg en Dal</a>'
                '<a class="utrecht-button-link" href="http://mijn.bergendal.test/">Mijn Berg en Dal</a>'
                '<form method="get" action="%s" role="search"><input class="utrecht-textbox" name="%s"><button class="utrecht-button">Zoeken</button></form>'
                '<nav class="mega">%s</nav></header>\n%s\n%s\n<main class="utrecht-page-content">\n%s\n</main><aside>%s</aside>\n'
                '<footer class="utrecht-page-footer">%s<p>Gemeente Berg en Dal, Rijksstraatweg 24, 6571 AM Berg en Dal. Telefoon 14 024</p>'
                '<p><a href="%s">Contact</a> <a href="%s">Privacy</a> <a href="%s">Toegankelijkheid</a> <a href="%s">A-Z</a></p></footer>\n</body>\n</html>\n') % (
            E(title), kind, self.u(self.cfg["search_path"]), self.cfg["search_param"], nav, self.direct, self.crumbs_html(crumbs) if crumbs else "",
            main, aside, self.ffoot, self.u(self.cfg["contact_path"]), self.u(self.cfg["privacy_path"]), self.u(self.cfg["a11y_path"]), self.u(self.cfg["az_path"]))

    def build_home(self):
        self.page(self.u("/"), "Home", '<h1>Gemeente Berg en Dal</h1><ul>%s</ul><p><a href="%s">Nieuws</a></p><ul>%s</ul>' % (
            "".join('<li><a href="%s">%s</a></li>' % (self.u(self.cat_path(c)), E(self.cat_name(c))) for c in self.cats), self.news_index,
            "".join('<li><a href="%s">%s</a></li>' % (u, E(n)) for u, n in self.tag_urls)), [], "", "home")

    def cta_label(self, key, t, kind):
        return {"digid": "Aanvragen", "eh": "Aanvragen"}.get(kind, "Start formulier")


# ======================================================================================
# per-municipality configuration: routes, titles, traps, not-offered statements
# ======================================================================================

def std_paths(prefix, ext=""):
    return dict(contact_path=prefix + "/contact" + ext, contact_done_path=prefix + "/contact-verzonden" + ext,
                feedback_path=prefix + "/feedback/bedankt" + ext, calc_path=prefix + "/rekenhulp/uitkomst" + ext,
                newsletter_path=prefix + "/nieuwsbrief/aangemeld" + ext, privacy_path=prefix + "/privacy" + ext,
                a11y_path=prefix + "/toegankelijkheid" + ext, az_path=prefix + "/producten-a-z" + ext)


CFG = {}

CFG["GM0518"] = dict(
    std_paths("/nl", ".htm"), post="Postbus 12600, 2500 DJ Den Haag", search_path="/nl/zoeken.htm", search_param="zoekterm",
    news_index="/nl/nieuws.htm", not_found=(404, "De pagina die u zoekt bestaat niet (meer). Gebruik de zoekfunctie."),
    tags=["vergunningen", "online-regelen", "ondernemen", "belastingen"], verantwoording=True,
    spec={
        "brp-uittreksel": "digid", "verhuismelding": "digid", "geboorteaangifte": "digid", "overlijdensaangifte": "info:undertaker",
        "huwelijksaangifte": "digid", "paspoort": "appt", "identiteitskaart": "appt", "parkeervergunning": "digid",
        "gehandicaptenparkeerkaart": "digid", "gehandicaptenparkeerplaats": "digid", "hondenbelasting": "digid",
        "belastingkwijtschelding": "digid", "woz-bezwaar": "digid", "bijstand": "via:werk:bijstand", "bijzondere-bijstand": "digid",
        "wmo-voorziening": "anon", "leerlingenvervoer": "digid", "grofvuil": "anon", "afvalcontainer": "anon",
        "melding-openbare-ruimte": "anon", "omgevingsvergunning": "via:olo:aanvragen", "kapvergunning": "via:olo:aanvragen",
        "bouwdossier-inzage": "anon", "bezwaar": "digid", "klacht": "anon", "woo-verzoek": "anon", "subsidie": "eh",
        "evenementenvergunning": "eh", "exploitatievergunning-horeca": "eh", "alcoholvergunning": "eh", "terrasvergunning": "eh",
        "standplaatsvergunning": "eh", "marktvergunning": "pdf", "reclamebelasting": "info:assessment", "geluidsontheffing": "eh",
        "winkeltijdenontheffing": "pdf", "kansspelautomaatvergunning": "eh", "collectevergunning": "anon", "ligplaatsvergunning": "pdf",
        "uitwegvergunning": "via:olo:aanvragen", "belastingaanslag-bezwaar": "digid", "betalingsregeling": "digid"},
    titles={
        "brp-uittreksel": "Uittreksel Basisregistratie Personen (BRP) aanvragen", "geboorteaangifte": "Geboorteaangifte doen",
        "overlijdensaangifte": "Aangifte van overlijden", "huwelijksaangifte": "Melding voorgenomen huwelijk of geregistreerd partnerschap",
        "parkeervergunning": "Parkeervergunning voor bewoners", "hondenbelasting": "Hondenbelasting: hond aanmelden of afmelden",
        "woz-bezwaar": "WOZ-waarde: bezwaar maken", "bijzondere-bijstand": "Bijzondere bijstand", "wmo-voorziening": "Wmo: hulp en ondersteuning aanvragen",
        "afvalcontainer": "Minicontainer aanvragen of omruilen", "melding-openbare-ruimte": "Melding openbare ruimte",
        "kapvergunning": "Boom kappen: omgevingsvergunning", "bouwdossier-inzage": "Bouwtekeningen opvragen of inzien",
        "klacht": "Klacht indienen over de gemeente", "exploitatievergunning-horeca": "Exploitatievergunning horeca",
        "marktvergunning": "Marktplaats aanvragen op de Haagse Markt", "geluidsontheffing": "Ontheffing geluidhinder",
        "winkeltijdenontheffing": "Ontheffing winkeltijden", "kansspelautomaatvergunning": "Aanwezigheidsvergunning speelautomaten",
        "ligplaatsvergunning": "Ligplaatsvergunning voor woonboot aanvragen", "uitwegvergunning": "Inrit of uitrit aanleggen",
        "belastingaanslag-bezwaar": "Gemeentelijke belastingen: bezwaar maken", "betalingsregeling": "Betalingsregeling gemeentelijke belastingen"},
    paths={"parkeervergunning": "/nl/parkeren/parkeervergunningen/parkeervergunning-voor-bewoners.htm",
           "belastingkwijtschelding": "/nl/belastingen/kwijtschelding-gemeentelijke-belastingen.htm",
           "belastingaanslag-bezwaar": "/nl/belastingen/bezwaar-beroep-en-ontheffing-belastingen/gemeentelijke-belastingen-bezwaar-maken.htm"},
    parent={"parkeervergunning": ("Parkeervergunningen", "/nl/parkeren/parkeervergunningen.htm")},
    overviews=[("/nl/parkeren/parkeervergunningen.htm", "Parkeervergunningen",
                "Er zijn verschillende parkeervergunningen. Kies de vergunning die bij u past.", "parkeervergunning",
                [("Parkeervergunning voor bewoners", "parkeervergunning", None),
                 ("Gehandicaptenparkeerkaart", "gehandicaptenparkeerkaart", "Direct aanvragen (DigiD)"),
                 ("Inrit of uitrit aanleggen", "uitwegvergunning", None)])],
    cta={"parkeervergunning": "script", "woz-bezwaar": "button"},
    traps={"paspoort": ["apptdigid", "aux:toestemming"], "overlijdensaangifte": ["sib:grafrechten"], "reclamebelasting": ["taxlogin", "bezwaar"],
           "marktvergunning": ["verantw"], "winkeltijdenontheffing": ["contact"], "ligplaatsvergunning": ["sib:havengeld"],
           "bijstand": ["calc", "status"]},
    extras=["rijbewijs", "erkenning", "naturalisatie", "adresonderzoek", "babs", "grafrechten", "afvalpas", "milieustraat",
            "klein-evenement", "evenementenkalender", "incidentele-festiviteit", "loterij", "sloopmelding", "vergunningvrij",
            "iit", "schuldhulp", "mantelzorg", "toeristenbelasting", "incasso", "meedoen", "precario", "havengeld"],
    notes={"reclamebelasting": "The page explains the assessment (aanslag); nothing to request, so information only.",
           "overlijdensaangifte": "The undertaker files the notice; no form.",
           "parkeervergunning": "The call to action is built by JavaScript; the overview page 'Parkeervergunningen' is a category page, not the product page."},
)

NO_T = ["trap_not_offered_unusual_wording", "trap_not_offered_unexpected_title"]

CFG["GM1903"] = dict(
    std_paths(""), post="Postbus 10, 6269 ZG Margraten", search_path="/zoeken", search_param="keys", news_index="/nieuws/",
    not_found=(200, "Helaas, deze pagina bestaat niet (meer). Probeer de zoekfunctie."), tags=["vergunningen", "afval", "burgerzaken", "online-regelen"],
    spec={
        "brp-uittreksel": "digid", "verhuismelding": "digid", "geboorteaangifte": "appt", "overlijdensaangifte": "info:undertaker",
        "huwelijksaangifte": "digid", "paspoort": "appt", "identiteitskaart": "appt", "parkeervergunning": "no",
        "gehandicaptenparkeerkaart": "digid", "gehandicaptenparkeerplaats": "pdf", "hondenbelasting": "via:bsgw:hond",
        "belastingkwijtschelding": "via:bsgw:kwijtschelding", "woz-bezwaar": "via:bsgw:bezwaar", "bijstand": "via:werk:bijstand",
        "bijzondere-bijstand": "via:szmh:bijzondere-bijstand", "wmo-voorziening": "info:phone", "leerlingenvervoer": "pdf",
        "grofvuil": "via:rd4:grofvuil", "afvalcontainer": "via:rd4:container", "melding-openbare-ruimte": "anon",
        "omgevingsvergunning": "via:olo:aanvragen", "kapvergunning": "via:olo:aanvragen", "bouwdossier-inzage": "anon", "bezwaar": "digid",
        "klacht": "anon", "woo-verzoek": "anon", "subsidie": "pdf", "evenementenvergunning": "eh", "exploitatievergunning-horeca": "pdf",
        "alcoholvergunning": "pdf", "terrasvergunning": "pdf", "standplaatsvergunning": "pdf", "marktvergunning": "info:phone",
        "reclamebelasting": "no", "geluidsontheffing": "pdf", "winkeltijdenontheffing": "no", "kansspelautomaatvergunning": "pdf",
        "collectevergunning": "anon", "ligplaatsvergunning": "nf", "uitwegvergunning": "digid", "belastingaanslag-bezwaar": "via:bsgw:bezwaar",
        "betalingsregeling": "via:bsgw:betalingsregeling"},
    titles={"brp-uittreksel": "Uittreksel BRP", "gehandicaptenparkeerkaart": "Gehandicaptenparkeerkaart", "hondenbelasting": "Hondenbelasting",
            "belastingkwijtschelding": "Kwijtschelding belasting en heffingen", "woz-bezwaar": "Bezwaar maken WOZ", "wmo-voorziening": "Huishoudelijke hulp en andere Wmo-ondersteuning",
            "melding-openbare-ruimte": "Meldpunt openbare ruimte", "woo-verzoek": "Woo-verzoek", "subsidie": "Subsidie aanvragen",
            "evenementenvergunning": "Evenement organiseren", "belastingaanslag-bezwaar": "Bezwaar maken tegen de aanslag gemeentelijke belastingen",
            "betalingsregeling": "Betalingsregeling", "uitwegvergunning": "Inrit of uitweg maken", "marktvergunning": "Weekmarkt: marktplaats aanvragen",
            "bijzondere-bijstand": "Bijzondere bijstand", "bijstand": "Bijstandsuitkering"},
    shared=[("paspoort", "identiteitskaart", "Paspoort of identiteitskaart aanvragen"),
            ("exploitatievergunning-horeca", "alcoholvergunning", "Horecavergunning (exploitatie- en alcoholvergunning)")],
    no={"parkeervergunning": ("/parkeren", "Parkeren en blauwe zone",
                              "<p>In de kernen van Eijsden-Margraten parkeert u gratis. Bij een paar winkelcentra geldt een blauwe zone; leg dan uw parkeerschijf achter de voorruit.</p>"
                              "<p>Vergunninggebieden zijn er in onze gemeente niet. Een parkeervergunning voor bewoners bestaat hier dus ook niet en kunt u niet aanvragen.</p>", NO_T),
        "reclamebelasting": ("/belastingen-en-heffingen", "Welke belastingen heft de gemeente?",
                             "<p>De gemeente heft onroerendezaakbelasting, afvalstoffenheffing, rioolheffing, hondenbelasting en toeristenbelasting. BsGW verstuurt de aanslagen.</p>"
                             "<p>Reclamebelasting en precariobelasting kent Eijsden-Margraten niet.</p>", NO_T),
        "winkeltijdenontheffing": ("/koopzondagen", "Koopzondagen en openingstijden winkels",
                                   "<p>Eijsden-Margraten is aangewezen als toeristisch gebied. Winkels mogen daarom op alle zon- en feestdagen open van 12.00 tot 18.00 uur.</p>"
                                   "<p>Een aparte ontheffing is niet nodig en wordt ook niet verleend.</p>", NO_T)},
    traps={"paspoort": ["aux:toestemming"], "wmo-voorziening": ["sib:mantelzorg"], "marktvergunning": ["regpdf:markt"], "subsidie": ["regpdf:subsidie"],
           "gehandicaptenparkeerplaats": ["sib:gehandicaptenparkeerkaart"], "leerlingenvervoer": ["regpdf:leerlingenvervoer"]},
    extras=["rijbewijs", "erkenning", "naturalisatie", "klein-evenement", "evenementenkalender", "incidentele-festiviteit", "sloopmelding",
            "vergunningvrij", "iit", "schuldhulp", "mantelzorg", "toeristenbelasting", "milieustraat", "loterij"],
    notes={"melding-openbare-ruimte": "The form exists only after the Open-Forms-like JavaScript runs.",
           "wmo-voorziening": "The page asks to phone the sociaal team; no form."},
)

CFG["GM0938"] = dict(
    std_paths("/algemeen_3990"), post="Postbus 90, 6230 AB Meerssen", search_path="/zoeken_3990/", search_param="zoekterm",
    news_index="/actueel_3975/nieuws/", tags=["vergunningen", "ondernemen"],
    spec={
        "brp-uittreksel": "digid", "verhuismelding": "digid", "geboorteaangifte": "appt", "overlijdensaangifte": "info:undertaker",
        "huwelijksaangifte": "pdf", "paspoort": "appt", "identiteitskaart": "appt", "parkeervergunning": "pdf",
        "gehandicaptenparkeerkaart": "digid", "gehandicaptenparkeerplaats": "pdf", "hondenbelasting": "via:bsgw:hond",
        "belastingkwijtschelding": "via:bsgw:kwijtschelding", "woz-bezwaar": "via:bsgw:bezwaar", "bijstand": "via:werk:bijstand",
        "bijzondere-bijstand": "via:szmh:bijzondere-bijstand", "wmo-voorziening": "anon", "leerlingenvervoer": "digid",
        "grofvuil": "via:rd4:grofvuil", "afvalcontainer": "via:rd4:container", "melding-openbare-ruimte": "anon",
        "omgevingsvergunning": "via:olo:aanvragen", "kapvergunning": "via:olo:aanvragen", "bouwdossier-inzage": "info:email",
        "bezwaar": "info:letter", "klacht": "anon", "woo-verzoek": "info:letter", "subsidie": "anon", "evenementenvergunning": "pdf",
        "exploitatievergunning-horeca": "pdf", "alcoholvergunning": "pdf", "terrasvergunning": "pdf", "standplaatsvergunning": "pdf",
        "marktvergunning": "pdf", "reclamebelasting": "no", "geluidsontheffing": "pdf", "winkeltijdenontheffing": "pdf",
        "kansspelautomaatvergunning": "pdf", "collectevergunning": "info:letter", "ligplaatsvergunning": "no", "uitwegvergunning": "pdf",
        "belastingaanslag-bezwaar": "via:bsgw:bezwaar", "betalingsregeling": "via:bsgw:betalingsregeling"},
    titles={"brp-uittreksel": "Uittreksel basisregistratie personen (BRP)", "huwelijksaangifte": "Melding voorgenomen huwelijk of geregistreerd partnerschap",
            "paspoort": "Paspoort", "identiteitskaart": "Identiteitskaart", "parkeervergunning": "Bewonersvergunning parkeren",
            "hondenbelasting": "Hondenbelasting", "belastingkwijtschelding": "Kwijtschelding gemeentelijke belastingen",
            "woz-bezwaar": "WOZ-waarde, bezwaar maken", "wmo-voorziening": "Wet maatschappelijke ondersteuning (Wmo)", "bouwdossier-inzage": "Bouwarchief",
            "bezwaar": "Bezwaar maken tegen een besluit van de gemeente", "woo-verzoek": "Informatieverzoek Wet open overheid",
            "evenementenvergunning": "Evenementenvergunning aanvraag", "exploitatievergunning-horeca": "Horeca, exploitatievergunning",
            "alcoholvergunning": "Alcoholvergunning", "geluidsontheffing": "Geluidhinder, ontheffing", "winkeltijdenontheffing": "Winkeltijden ontheffing",
            "kansspelautomaatvergunning": "Speelautomaten, aanwezigheidsvergunning", "collectevergunning": "Collecteren",
            "uitwegvergunning": "Uitrit of inrit aanleggen", "belastingaanslag-bezwaar": "Belastingen, bezwaar maken", "betalingsregeling": "Belastingen, betalingsregeling",
            "bijzondere-bijstand": "Bijzondere bijstand", "bijstand": "Bijstand", "grofvuil": "Grofvuil", "afvalcontainer": "Minicontainers"},
    shared=[("gehandicaptenparkeerkaart", "gehandicaptenparkeerplaats", "Gehandicaptenparkeerkaart en gehandicaptenparkeerplaats"),
            ("standplaatsvergunning", "marktvergunning", "Markt- en standplaatsvergunning")],
    no={"reclamebelasting": ("/inwoners_3971/product/gemeentelijke-belastingen_208.html", "Gemeentelijke belastingen",
                             "<p>BsGW heft en int de gemeentelijke belastingen voor Meerssen: de onroerendezaakbelasting, de afvalstoffenheffing, de rioolheffing, de hondenbelasting en de toeristenbelasting.</p>"
                             "<p>Reclamebelasting wordt in Meerssen niet geheven.</p>", ["trap_not_offered_unexpected_title"]),
        "ligplaatsvergunning": ("/inwoners_3971/product/boten-en-aanlegplaatsen_412.html", "Boten en aanlegplaatsen",
                                "<p>Wilt u met uw boot aanleggen aan de Maas of in een jachthaven?</p>"
                                "<p>Hier gaat de gemeente niet over. Rijkswaterstaat beheert de Maas, en de jachthavens verhuren zelf hun ligplaatsen. "
                                "De gemeente Meerssen verleent geen ligplaatsvergunningen.</p>", NO_T)},
    traps={"bezwaar": ["bezwaar"], "evenementenvergunning": ["sib:klein-evenement"], "bouwdossier-inzage": ["ololg"], "woo-verzoek": ["contact"],
           "collectevergunning": ["nopermit"], "terrasvergunning": ["vcheck"], "geluidsontheffing": ["sib:incidentele-festiviteit"]},
    extras=["rijbewijs", "erkenning", "babs", "klein-evenement", "incidentele-festiviteit", "loterij", "sloopmelding", "iit", "schuldhulp",
            "mantelzorg", "milieustraat", "toeristenbelasting", "straatfeest"],
    notes={"bezwaar": "General objection is by letter; the DigiD link on the page is BsGW's tax objection (a different product).",
           "bouwdossier-inzage": "Request by e-mail only.", "woo-verzoek": "Request by letter only."},
)

CFG["GM0579"] = dict(
    std_paths("/gemeente"), az_path="/gemeente/producten-a-tot-z/", post="Postbus 1, 2340 AA Oegstgeest", search_path="/zoeken/", search_param="q", news_index="/actueel/nieuws/",
    tags=["online-regelen", "burgerzaken", "afval"], iframe=["melding-openbare-ruimte", "klacht"],
    spec={
        "brp-uittreksel": "digid", "verhuismelding": "digid", "geboorteaangifte": "appt", "overlijdensaangifte": "info:undertaker",
        "huwelijksaangifte": "digid", "paspoort": "appt", "identiteitskaart": "appt", "parkeervergunning": "via:parkeer-oeg:parkeervergunning",
        "gehandicaptenparkeerkaart": "pdf", "gehandicaptenparkeerplaats": "pdf", "hondenbelasting": "via:bsgr:hond",
        "belastingkwijtschelding": "via:bsgr:kwijtschelding", "woz-bezwaar": "via:bsgr:bezwaar", "bijstand": "via:werk:bijstand",
        "bijzondere-bijstand": "pdf", "wmo-voorziening": "info:phone", "leerlingenvervoer": "digid", "grofvuil": "anon",
        "afvalcontainer": "anon", "melding-openbare-ruimte": "anon", "omgevingsvergunning": "via:olo:aanvragen",
        "kapvergunning": "via:olo:aanvragen", "bouwdossier-inzage": "anon", "bezwaar": "digid", "klacht": "anon", "woo-verzoek": "anon",
        "subsidie": "pdf", "evenementenvergunning": "pdf", "exploitatievergunning-horeca": "pdf", "alcoholvergunning": "pdf",
        "terrasvergunning": "pdf", "standplaatsvergunning": "pdf", "marktvergunning": "info:phone", "reclamebelasting": "nf",
        "geluidsontheffing": "anon", "winkeltijdenontheffing": "pdf", "kansspelautomaatvergunning": "pdf", "collectevergunning": "anon",
        "ligplaatsvergunning": "pdf", "uitwegvergunning": "anon", "belastingaanslag-bezwaar": "via:bsgr:bezwaar",
        "betalingsregeling": "via:bsgr:betalingsregeling"},
    titles={"evenementenvergunning": "De evenementenvergunningaanvraag", "terrasvergunning": "Terrasvergunning", "parkeervergunning": "Parkeervergunning",
            "hondenbelasting": "Hondenbelasting", "woz-bezwaar": "Bezwaar tegen WOZ-waarde", "bijstand": "Bijstand", "wmo-voorziening": "Zorg en ondersteuning (Wmo)",
            "melding-openbare-ruimte": "Melding openbare ruimte", "woo-verzoek": "Informatieverzoek indienen (Woo)", "marktvergunning": "Marktplaats aanvragen",
            "belastingaanslag-bezwaar": "Bezwaar maken tegen de aanslag", "betalingsregeling": "Betalingsregeling voor gemeentelijke belastingen",
            "uitwegvergunning": "Inrit/uitrit aanleggen", "ligplaatsvergunning": "Ligplaatsvergunning voor woonboot aanvragen"},
    shared=[("paspoort", "identiteitskaart", "Paspoort en identiteitskaart")],
    paths={"evenementenvergunning": "/ondernemers/evenementenvergunning/de-evenementenvergunningaanvraag/",
           "klein-evenement": "/ondernemers/evenementenvergunning/melding-klein-evenement/",
           "evenementenkalender": "/ondernemers/evenementenvergunning/evenement-in-de-uitagenda/"},
    parent={"evenementenvergunning": ("Evenementenvergunning", "/ondernemers/evenementenvergunning/")},
    overviews=[("/ondernemers/evenementenvergunning/", "Evenementenvergunning", "Alles over het organiseren van een evenement in Oegstgeest.", "evenementenvergunning",
                [("De evenementenvergunningaanvraag", "evenementenvergunning", None), ("Melding klein evenement", "klein-evenement", "Direct melden"),
                 ("Evenement in de uitagenda", "evenementenkalender", "Evenement aanmelden")])],
    traps={"evenementenvergunning": ["sib:klein-evenement"], "terrasvergunning": ["nopermit"], "bijzondere-bijstand": ["sib:iit"],
           "gehandicaptenparkeerkaart": ["sib:gehandicaptenparkeerplaats"], "subsidie": ["verantw"]},
    verantwoording=True,
    extras=["rijbewijs", "erkenning", "klein-evenement", "evenementenkalender", "incidentele-festiviteit", "loterij", "sloopmelding",
            "vergunningvrij", "iit", "meedoen", "mantelzorg", "schuldhulp", "afvalpas", "milieustraat", "straatfeest"],
    notes={"evenementenvergunning": "Real URL scheme of Oegstgeest; the page 'Evenementenvergunning' above it is an overview, the application page is 'De evenementenvergunningaanvraag'.",
           "melding-openbare-ruimte": "The anonymous form is embedded in the product page as an iframe.", "klacht": "The anonymous form is embedded as an iframe."},
)

CFG["GM0269"] = dict(
    std_paths("/Algemeen"), post="Postbus 2, 8096 ZG Oldebroek", search_path="/Zoeken", search_param="zoeken_term", news_index="/Actueel/Nieuws/",
    not_found=(200, "De opgevraagde pagina is niet gevonden."), tags=[],
    spec={
        "brp-uittreksel": "digid", "verhuismelding": "digid", "geboorteaangifte": "appt", "overlijdensaangifte": "info:undertaker",
        "huwelijksaangifte": "appt", "paspoort": "appt", "identiteitskaart": "appt", "parkeervergunning": "no",
        "gehandicaptenparkeerkaart": "digid", "gehandicaptenparkeerplaats": "digid", "hondenbelasting": "digid",
        "belastingkwijtschelding": "digid", "woz-bezwaar": "digid", "bijstand": "via:werk:bijstand", "bijzondere-bijstand": "digid",
        "wmo-voorziening": "digid", "leerlingenvervoer": "digid", "grofvuil": "anon", "afvalcontainer": "anon",
        "melding-openbare-ruimte": "anon", "omgevingsvergunning": "via:olo:aanvragen", "kapvergunning": "via:olo:aanvragen",
        "bouwdossier-inzage": "anon", "bezwaar": "digid", "klacht": "anon", "woo-verzoek": "eh", "subsidie": "eh",
        "evenementenvergunning": "eh", "exploitatievergunning-horeca": "eh", "alcoholvergunning": "eh", "terrasvergunning": "eh",
        "standplaatsvergunning": "eh", "marktvergunning": "pdf", "reclamebelasting": "nf", "geluidsontheffing": "eh",
        "winkeltijdenontheffing": "info:letter", "kansspelautomaatvergunning": "eh", "collectevergunning": "digid",
        "ligplaatsvergunning": "pdf", "uitwegvergunning": "via:olo:aanvragen", "belastingaanslag-bezwaar": "same:woz-bezwaar",
        "betalingsregeling": "pdf"},
    titles={"brp-uittreksel": "Uittreksel BRP", "huwelijksaangifte": "Huwelijk en geregistreerd partnerschap", "paspoort": "Paspoort",
            "identiteitskaart": "Identiteitskaart", "hondenbelasting": "Hondenbelasting", "belastingkwijtschelding": "Kwijtschelding gemeentelijke belastingen",
            "woz-bezwaar": "Bezwaar maken tegen WOZ-waarde", "wmo-voorziening": "Wet maatschappelijke ondersteuning (Wmo)", "evenementenvergunning": "Evenementenvergunning",
            "exploitatievergunning-horeca": "Exploitatievergunning horecabedrijf", "alcoholvergunning": "Alcoholvergunning", "woo-verzoek": "Woo-verzoek indienen",
            "winkeltijdenontheffing": "Winkeltijden ontheffing", "betalingsregeling": "Betalingsregeling", "uitwegvergunning": "Inrit of uitrit aanleggen",
            "ligplaatsvergunning": "Ligplaats in de haven"},
    shared=[("woz-bezwaar", "belastingaanslag-bezwaar", "Bezwaar tegen WOZ-waarde of belastingaanslag")],
    no={"parkeervergunning": ("/Inwoners/Parkeren_en_verkeer/Parkeren", "Parkeren",
                              "<p>In de gemeente Oldebroek is parkeren overal gratis. Er zijn geen vergunninggebieden en er is geen betaald parkeren.</p>"
                              "<p>Wij geven daarom geen parkeervergunningen uit. Heeft u een handicap? Kijk dan bij de gehandicaptenparkeerkaart.</p>", ["trap_not_offered_unusual_wording"])},
    traps={"paspoort": ["aux:toestemming"], "ligplaatsvergunning": ["sib:havengeld"], "winkeltijdenontheffing": ["contact"], "marktvergunning": ["regpdf:markt"],
           "betalingsregeling": ["sib:incasso", "calc"]},
    extras=["rijbewijs", "erkenning", "naturalisatie", "grafrechten", "afvalpas", "milieustraat", "klein-evenement", "incidentele-festiviteit",
            "loterij", "sloopmelding", "vergunningvrij", "iit", "schuldhulp", "mantelzorg", "toeristenbelasting", "incasso", "havengeld"],
    notes={"winkeltijdenontheffing": "Request by letter only.", "huwelijksaangifte": "The notice is made at an appointment at the town hall; no form."},
)

CFG["GM0489"] = dict(
    std_paths(""), post="Postbus 501, 2990 AA Barendrecht", search_path="/zoeken/", search_param="s", news_index="/nieuws/",
    tags=["vergunningen", "online-regelen", "ondernemen", "burgerzaken"],
    spec={
        "brp-uittreksel": "digid+p", "verhuismelding": "digid+p", "geboorteaangifte": "appt", "overlijdensaangifte": "info:undertaker",
        "huwelijksaangifte": "digid", "paspoort": "appt", "identiteitskaart": "appt", "parkeervergunning": "digid",
        "gehandicaptenparkeerkaart": "digid+p", "gehandicaptenparkeerplaats": "digid", "hondenbelasting": "via:svhw:hond",
        "belastingkwijtschelding": "via:svhw:kwijtschelding", "woz-bezwaar": "via:svhw:bezwaar", "bijstand": "digid",
        "bijzondere-bijstand": "digid", "wmo-voorziening": "anon", "leerlingenvervoer": "digid", "grofvuil": "via:bar:grofvuil",
        "afvalcontainer": "via:bar:container", "melding-openbare-ruimte": "anon", "omgevingsvergunning": "via:olo:aanvragen",
        "kapvergunning": "via:olo:aanvragen", "bouwdossier-inzage": "anon", "bezwaar": "digid", "klacht": "digid", "woo-verzoek": "anon",
        "subsidie": "eh", "evenementenvergunning": "eh", "exploitatievergunning-horeca": "eh", "alcoholvergunning": "eh",
        "terrasvergunning": "eh", "standplaatsvergunning": "eh", "marktvergunning": "anon", "reclamebelasting": "info:assessment",
        "geluidsontheffing": "eh", "winkeltijdenontheffing": "no", "kansspelautomaatvergunning": "eh", "collectevergunning": "anon",
        "ligplaatsvergunning": "nf", "uitwegvergunning": "digid", "belastingaanslag-bezwaar": "via:svhw:bezwaar",
        "betalingsregeling": "via:svhw:betalingsregeling"},
    titles={"parkeervergunning": "Parkeervergunning en ontheffing blauwe zone", "gehandicaptenparkeerkaart": "Gehandicaptenparkeerkaart",
            "gehandicaptenparkeerplaats": "Gehandicaptenparkeerplaats op kenteken", "hondenbelasting": "Hondenbelasting",
            "belastingkwijtschelding": "Kwijtschelding", "woz-bezwaar": "WOZ-waarde", "bijstand": "Bijstandsuitkering aanvragen",
            "wmo-voorziening": "Hulp bij wonen en gezondheid", "afvalcontainer": "Minicontainers", "reclamebelasting": "Reclamebelasting",
            "belastingaanslag-bezwaar": "Bezwaar tegen uw aanslag", "betalingsregeling": "Betalen van belastingen", "uitwegvergunning": "Uitrit of inrit aanleggen",
            "marktvergunning": "Weekmarkt", "klacht": "Klacht indienen"},
    shared=[("exploitatievergunning-horeca", "alcoholvergunning", "Horecavergunningen: exploitatie en alcohol")],
    no={"winkeltijdenontheffing": ("/onderwerp/winkelen-op-zondag/", "Winkelen op zondag",
                                   "<p>In Barendrecht mogen winkels op alle zondagen open. De gemeenteraad heeft de winkeltijden in 2022 vrijgegeven.</p>"
                                   "<p>Een ontheffing van de winkeltijden hoeft u daarom niet aan te vragen: wij geven deze ontheffing niet meer af.</p>", NO_T)},
    cta={"bezwaar": "button"},
    traps={"belastingkwijtschelding": ["calc"], "reclamebelasting": ["taxlogin"], "wmo-voorziening": ["sib:mantelzorg"], "marktvergunning": ["regpdf:markt"]},
    extras=["rijbewijs", "erkenning", "naturalisatie", "adresonderzoek", "babs", "grafrechten", "klein-evenement", "evenementenkalender",
            "incidentele-festiviteit", "loterij", "sloopmelding", "vergunningvrij", "iit", "meedoen", "schuldhulp", "mantelzorg", "incasso",
            "straatfeest", "precario"],
    notes={"belastingkwijtschelding": "SVHW offers kwijtschelding only as a PDF form (33), although other SVHW products have DigiD forms.",
           "reclamebelasting": "The page explains the assessment; nothing to request.",
           "brp-uittreksel": "The DigiD gate states that name and address are filled in from the BRP.",
           "verhuismelding": "The DigiD gate states that name and address are filled in from the BRP.",
           "gehandicaptenparkeerkaart": "The DigiD gate states that name and address are filled in from the BRP."},
)

CFG["GM0060"] = dict(
    std_paths(""), post="Postbus 22, 9160 AA Hollum", search_path="/zoeken", search_param="q", news_index="/nieuws/", tags=[],
    extra_routes={"rijbewijs": "info:counter", "erkenning": "info:counter"},
    spec={
        "brp-uittreksel": "digid", "verhuismelding": "digid", "geboorteaangifte": "info:counter", "overlijdensaangifte": "info:undertaker",
        "huwelijksaangifte": "info:phoneappt", "paspoort": "info:phoneappt", "identiteitskaart": "info:phoneappt", "parkeervergunning": "no",
        "gehandicaptenparkeerkaart": "pdf", "gehandicaptenparkeerplaats": "info:phone", "hondenbelasting": "pdf", "belastingkwijtschelding": "pdf",
        "woz-bezwaar": "digid", "bijstand": "via:werk:bijstand", "bijzondere-bijstand": "pdf", "wmo-voorziening": "info:phone",
        "leerlingenvervoer": "pdf", "grofvuil": "info:phone", "afvalcontainer": "info:email", "melding-openbare-ruimte": "anon",
        "omgevingsvergunning": "via:olo:aanvragen", "kapvergunning": "via:olo:aanvragen", "bouwdossier-inzage": "info:email",
        "bezwaar": "info:letter", "klacht": "anon", "woo-verzoek": "info:letter", "subsidie": "docx", "evenementenvergunning": "pdf",
        "exploitatievergunning-horeca": "pdf", "alcoholvergunning": "pdf", "terrasvergunning": "pdf", "standplaatsvergunning": "pdf",
        "marktvergunning": "no", "reclamebelasting": "no", "geluidsontheffing": "pdf", "winkeltijdenontheffing": "nf",
        "kansspelautomaatvergunning": "pdf", "collectevergunning": "pdf", "ligplaatsvergunning": "no", "uitwegvergunning": "pdf",
        "belastingaanslag-bezwaar": "same:woz-bezwaar", "betalingsregeling": "info:phone"},
    titles={"brp-uittreksel": "Uittreksel uit de BRP", "geboorteaangifte": "Geboorte aangeven", "overlijdensaangifte": "Overlijden",
            "huwelijksaangifte": "Trouwen of partnerschap registreren", "gehandicaptenparkeerkaart": "Gehandicaptenparkeerkaart",
            "gehandicaptenparkeerplaats": "Gehandicaptenparkeerplaats", "hondenbelasting": "Hondenbelasting", "belastingkwijtschelding": "Kwijtschelding",
            "wmo-voorziening": "Wmo", "grofvuil": "Grofvuil", "afvalcontainer": "Afvalcontainers", "melding-openbare-ruimte": "Melding openbare ruimte",
            "bouwdossier-inzage": "Bouwdossier inzien", "bezwaar": "Bezwaar maken", "klacht": "Klacht indienen", "woo-verzoek": "Woo-verzoek",
            "subsidie": "Subsidies", "evenementenvergunning": "Evenementenvergunning", "exploitatievergunning-horeca": "Exploitatievergunning",
            "alcoholvergunning": "Drank schenken", "terrasvergunning": "Terrasvergunning", "standplaatsvergunning": "Standplaatsvergunning",
            "geluidsontheffing": "Ontheffing geluid", "kansspelautomaatvergunning": "Speelautomaten", "collectevergunning": "Collectevergunning",
            "uitwegvergunning": "Inrit aanleggen", "betalingsregeling": "Betalingsregeling", "bijzondere-bijstand": "Bijzondere bijstand", "bijstand": "Bijstand"},
    slugs={"klacht": "klacht-indienen"},
    shared=[("paspoort", "identiteitskaart", "Reisdocumenten: paspoort en identiteitskaart"),
            ("woz-bezwaar", "belastingaanslag-bezwaar", "Bezwaar tegen WOZ-waarde of aanslag")],
    no={"parkeervergunning": ("/met-de-auto-naar-ameland", "Met de auto naar Ameland",
                              "<p>Neemt u de auto mee naar het eiland? Reserveer dan op tijd een plaats op de veerboot.</p>"
                              "<p>Op Ameland is nergens betaald parkeren en er zijn geen vergunninggebieden. Een parkeervergunning kunt u bij ons dus niet krijgen.</p>", NO_T),
        "reclamebelasting": ("/gemeentelijke-belastingen", "Gemeentelijke belastingen",
                             "<p>Ameland heft onroerendezaakbelasting, afvalstoffenheffing, rioolheffing, hondenbelasting en toeristenbelasting.</p>"
                             "<p>Andere belastingen, zoals reclamebelasting en precariobelasting, heft de gemeente niet.</p>", ["trap_not_offered_unexpected_title"]),
        "ligplaatsvergunning": ("/haven-van-nes", "Haven van Nes",
                                "<p>De jachthaven van Nes wordt beheerd door de Stichting Jachthaven Ameland.</p>"
                                "<p>Wij geven deze vergunning niet af. Een ligplaats huurt u rechtstreeks bij de jachthaven.</p>", NO_T),
        "marktvergunning": ("/zomermarkt-nes", "Zomermarkt in Nes",
                            "<p>In juli en augustus is er elke maandagavond een zomermarkt in Nes.</p>"
                            "<p>Dit regelt u niet bij de gemeente. De markt wordt georganiseerd door de ondernemersvereniging; een kraam huurt u bij de marktcommissie.</p>", NO_T)},
    traps={"paspoort": ["aux:toestemming"], "melding-openbare-ruimte": ["contact"], "gehandicaptenparkeerplaats": ["sib:gehandicaptenparkeerkaart"],
           "grofvuil": ["sib:milieustraat"], "bezwaar": ["bezwaar"], "woo-verzoek": ["mailto"]},
    extras=["rijbewijs", "erkenning", "toeristenbelasting", "milieustraat", "klein-evenement", "schuldhulp", "grafrechten"],
    notes={"woz-bezwaar": "The product page links straight to the DigiD login start (302), not to a form page.",
           "subsidie": "The application form is a Word file (.docx).", "afvalcontainer": "Request by e-mail only."},
)

CFG["GM0716"] = dict(
    std_paths("/Gemeente"), post="Postbus 51, 4690 AB Tholen", search_path="/Zoeken", search_param="q", news_index="/Actueel/Nieuws/",
    tags=["vergunningen", "online-regelen"], tabs=["paspoort", "identiteitskaart"],
    sc_wrong={"ligplaatsvergunning": "digid", "winkeltijdenontheffing": "ja"},
    spec={
        "brp-uittreksel": "digid", "verhuismelding": "digid", "geboorteaangifte": "appt", "overlijdensaangifte": "info:undertaker",
        "huwelijksaangifte": "digid", "paspoort": "appt", "identiteitskaart": "appt", "parkeervergunning": "no",
        "gehandicaptenparkeerkaart": "digid", "gehandicaptenparkeerplaats": "pdf", "hondenbelasting": "via:bwb:hond",
        "belastingkwijtschelding": "via:bwb:kwijtschelding", "woz-bezwaar": "via:bwb:bezwaar", "bijstand": "digid",
        "bijzondere-bijstand": "digid", "wmo-voorziening": "anon", "leerlingenvervoer": "digid", "grofvuil": "via:zrd:grofvuil",
        "afvalcontainer": "via:zrd:container", "melding-openbare-ruimte": "anon", "omgevingsvergunning": "via:olo:aanvragen",
        "kapvergunning": "via:olo:aanvragen", "bouwdossier-inzage": "anon", "bezwaar": "anon", "klacht": "anon", "woo-verzoek": "anon",
        "subsidie": "eh", "evenementenvergunning": "eh", "exploitatievergunning-horeca": "pdf", "alcoholvergunning": "pdf",
        "terrasvergunning": "pdf", "standplaatsvergunning": "eh", "marktvergunning": "pdf", "reclamebelasting": "info:assessment",
        "geluidsontheffing": "anon", "winkeltijdenontheffing": "pdf", "kansspelautomaatvergunning": "pdf", "collectevergunning": "anon",
        "ligplaatsvergunning": "pdf", "uitwegvergunning": "digid", "belastingaanslag-bezwaar": "via:bwb:bezwaar",
        "betalingsregeling": "via:bwb:betalingsregeling"},
    titles={"paspoort": "Paspoort", "identiteitskaart": "Identiteitskaart", "gehandicaptenparkeerkaart": "Gehandicaptenparkeerkaart",
            "gehandicaptenparkeerplaats": "Gehandicaptenparkeerplaats", "hondenbelasting": "Hondenbelasting", "belastingkwijtschelding": "Kwijtschelding",
            "woz-bezwaar": "WOZ-beschikking bezwaar", "bijstand": "Bijstandsuitkering Participatiewet", "wmo-voorziening": "Hulp bij het huishouden (Wmo)",
            "bouwdossier-inzage": "Bouwtekeningen opvragen", "bezwaar": "Bezwaar en beroep", "woo-verzoek": "Woo-verzoeken",
            "standplaatsvergunning": "Standplaats", "ligplaatsvergunning": "Ligplaats (woon)boot of ander vaartuig, toestemming",
            "reclamebelasting": "Reclamebelasting", "belastingaanslag-bezwaar": "Bezwaar tegen de aanslag gemeentelijke belastingen",
            "betalingsregeling": "Belastingen, betalingsregeling", "uitwegvergunning": "Inrit of uitweg melden en laten aanleggen"},
    shared=[("standplaatsvergunning", "marktvergunning", "Markt en standplaats")],
    no={"parkeervergunning": ("/Regelen-en-aanvragen/Verkeer-en-vervoer/Parkeren-in-de-kernen", "Parkeren in de kernen",
                              "<p>In alle kernen van de gemeente Tholen is parkeren gratis. In de centra van Tholen-stad en Sint-Maartensdijk geldt een blauwe zone.</p>"
                              "<p>Omdat er geen betaald parkeren is, worden in onze gemeente geen parkeervergunningen voor bewoners uitgegeven.</p>", NO_T)},
    cta={"huwelijksaangifte": "inputimage"},
    traps={"ligplaatsvergunning": ["sib:havengeld"], "bezwaar": ["bezwaar"], "reclamebelasting": ["taxlogin"], "exploitatievergunning-horeca": ["otherpdf:bibob"]},
    extras=["rijbewijs", "erkenning", "naturalisatie", "grafrechten", "klein-evenement", "incidentele-festiviteit", "loterij", "sloopmelding",
            "vergunningvrij", "iit", "schuldhulp", "mantelzorg", "toeristenbelasting", "havengeld", "milieustraat"],
    notes={"ligplaatsvergunning": "The SC feed wrongly declares onlineAanvragen=digid; the page offers a PDF.",
           "winkeltijdenontheffing": "The SC feed wrongly declares onlineAanvragen=ja; the page offers a PDF.",
           "paspoort": "The '?show=internet' tab of the same page says 'Via internet aanvragen niet mogelijk'.",
           "reclamebelasting": "The page explains the assessment by BWB; nothing to request."},
)

CFG["GM1773"] = dict(
    std_paths(""), post="Postbus 23, 8120 AA Olst", search_path="/zoeken", search_param="q", news_index="/nieuws/",
    tags=["vergunningen", "online-regelen", "afval"], more_hosts=["dloket.olst-wijhe.test"],
    spec={
        "brp-uittreksel": "digid", "verhuismelding": "digid", "geboorteaangifte": "appt", "overlijdensaangifte": "info:undertaker",
        "huwelijksaangifte": "digid", "paspoort": "appt", "identiteitskaart": "appt", "parkeervergunning": "nf",
        "gehandicaptenparkeerkaart": "digid", "gehandicaptenparkeerplaats": "digid", "hondenbelasting": "no",
        "belastingkwijtschelding": "digid", "woz-bezwaar": "digid", "bijstand": "via:werk:bijstand", "bijzondere-bijstand": "digid",
        "wmo-voorziening": "anon", "leerlingenvervoer": "digid", "grofvuil": "via:circulus:grofvuil", "afvalcontainer": "via:circulus:container",
        "melding-openbare-ruimte": "anon", "omgevingsvergunning": "via:olo:aanvragen", "kapvergunning": "via:olo:aanvragen",
        "bouwdossier-inzage": "anon", "bezwaar": "digid", "klacht": "anon", "woo-verzoek": "info:letter", "subsidie": "eh",
        "evenementenvergunning": "eh", "exploitatievergunning-horeca": "pdf", "alcoholvergunning": "pdf", "terrasvergunning": "pdf",
        "standplaatsvergunning": "pdf", "marktvergunning": "pdf", "reclamebelasting": "no", "geluidsontheffing": "pdf",
        "winkeltijdenontheffing": "info:letter", "kansspelautomaatvergunning": "pdf", "collectevergunning": "anon", "ligplaatsvergunning": "nf",
        "uitwegvergunning": "digid", "belastingaanslag-bezwaar": "digid", "betalingsregeling": "anon"},
    titles={"woo-verzoek": "Wet openbaarheid van bestuur, informatieverzoek", "hondenbelasting": "Hondenbelasting", "belastingkwijtschelding": "Kwijtschelding",
            "woz-bezwaar": "WOZ-waarde, bezwaar", "wmo-voorziening": "Wmo-voorzieningen", "exploitatievergunning-horeca": "Horeca, exploitatievergunning",
            "alcoholvergunning": "Alcoholwet, vergunning", "standplaatsvergunning": "Standplaats, aanvraag", "marktvergunning": "Weekmarktvergunning",
            "geluidsontheffing": "Geluidhinder, ontheffing", "winkeltijdenontheffing": "Winkeltijden, ontheffing", "collectevergunning": "Collecte, vergunning",
            "belastingaanslag-bezwaar": "Belastingaanslag, bezwaar", "betalingsregeling": "Betalingsregeling", "uitwegvergunning": "Uitrit, aanleggen"},
    shared=[("belastingkwijtschelding", "betalingsregeling", "Betalen, betalingsregeling en kwijtschelding")],
    no={"hondenbelasting": ("/wonen-en-leven/honden", "Honden in Olst-Wijhe",
                            "<p>Op deze pagina leest u waar u uw hond mag uitlaten, waar hij los mag lopen en waar u hondenpoep moet opruimen.</p>"
                            "<h2>Hondenbelasting</h2><p>Sinds 1 januari 2023 heft Olst-Wijhe geen hondenbelasting meer. U hoeft uw hond dus niet meer aan of af te melden.</p>", NO_T),
        "reclamebelasting": ("/wonen-en-leven/belastingen-en-heffingen", "Belastingen en heffingen",
                             "<p>De gemeente heft onroerendezaakbelasting, afvalstoffenheffing, rioolheffing en toeristenbelasting.</p>"
                             "<ul><li>Reclamebelasting: niet van toepassing in Olst-Wijhe.</li><li>Precariobelasting: afgeschaft.</li></ul>", NO_T)},
    cta={"uitwegvergunning": "script"},
    traps={"woo-verzoek": ["contact"], "winkeltijdenontheffing": ["mailto"], "gehandicaptenparkeerkaart": ["sib:gehandicaptenparkeerplaats"]},
    extras=["rijbewijs", "erkenning", "naturalisatie", "klein-evenement", "incidentele-festiviteit", "loterij", "sloopmelding", "vergunningvrij",
            "iit", "schuldhulp", "mantelzorg", "toeristenbelasting", "incasso", "milieustraat"],
    notes={"woo-verzoek": "Real-style text: request in writing or in person, not by e-mail; no form.",
           "hondenbelasting": "The statement is on the main site under 'Honden in Olst-Wijhe', not in the product catalogue.",
           "winkeltijdenontheffing": "Request by letter only."},
)

CFG["GM1945"] = dict(
    std_paths(""), post="Postbus 200, 6560 AE Groesbeek", search_path="/zoeken", search_param="zoekterm", news_index="/nieuws/",
    not_found=(200, "Deze pagina kunnen wij niet vinden."), tags=["vergunningen", "online-regelen", "ondernemen", "belastingen"],
    spec={
        "brp-uittreksel": "digid", "verhuismelding": "digid", "geboorteaangifte": "appt", "overlijdensaangifte": "info:undertaker",
        "huwelijksaangifte": "digid", "paspoort": "appt", "identiteitskaart": "appt", "parkeervergunning": "pdf",
        "gehandicaptenparkeerkaart": "digid", "gehandicaptenparkeerplaats": "pdf", "hondenbelasting": "digid",
        "belastingkwijtschelding": "digid", "woz-bezwaar": "digid", "bijstand": "via:werk:bijstand", "bijzondere-bijstand": "digid",
        "wmo-voorziening": "digid", "leerlingenvervoer": "digid", "grofvuil": "via:dar:grofvuil", "afvalcontainer": "via:dar:container",
        "melding-openbare-ruimte": "anon", "omgevingsvergunning": "via:olo:aanvragen", "kapvergunning": "via:olo:aanvragen",
        "bouwdossier-inzage": "anon", "bezwaar": "digid", "klacht": "anon", "woo-verzoek": "anon", "subsidie": "eh",
        "evenementenvergunning": "eh", "exploitatievergunning-horeca": "eh", "alcoholvergunning": "eh", "terrasvergunning": "eh",
        "standplaatsvergunning": "anon", "marktvergunning": "info:phone", "reclamebelasting": "nf", "geluidsontheffing": "anon",
        "winkeltijdenontheffing": "pdf", "kansspelautomaatvergunning": "pdf", "collectevergunning": "anon", "ligplaatsvergunning": "no",
        "uitwegvergunning": "digid", "belastingaanslag-bezwaar": "digid", "betalingsregeling": "digid"},
    titles={"paspoort": "Paspoort", "parkeervergunning": "Parkeervergunning Groesbeek centrum", "hondenbelasting": "Hond aan- of afmelden",
            "woz-bezwaar": "Bezwaar tegen WOZ-waarde", "wmo-voorziening": "Hulp uit de Wmo aanvragen", "grofvuil": "Grofvuil", "afvalcontainer": "Container aanvragen of omruilen",
            "melding-openbare-ruimte": "Melding openbare ruimte", "woo-verzoek": "Woo-verzoek", "marktvergunning": "Marktvergunning",
            "standplaatsvergunning": "Standplaatsvergunning", "belastingaanslag-bezwaar": "Bezwaar maken tegen de aanslag gemeentelijke belastingen",
            "betalingsregeling": "Betalingsregeling belastingen", "uitwegvergunning": "In- of uitritvergunning aanvragen"},
    shared=[("paspoort", "identiteitskaart", "Paspoort en ID-kaart aanvragen")],
    no={"ligplaatsvergunning": ("/producten/varen-en-aanmeren", "Varen en aanmeren",
                                "<p>Berg en Dal ligt aan de Waal en aan het Meer van Wyler.</p>"
                                "<p>Hier gaat de gemeente niet over. Ligplaatsen in de Waal en in de havens worden uitgegeven door Rijkswaterstaat en de havenbeheerders. "
                                "De gemeente geeft geen ligplaatsvergunningen af.</p>", NO_T)},
    cta={"melding-openbare-ruimte": "iframe", "klacht": "button", "woz-bezwaar": "button"},
    traps={"paspoort": ["apptdigid"], "parkeervergunning": ["status", "regpdf:parkeren"], "marktvergunning": ["regpdf:markt", "sib:standplaatsvergunning"],
           "gehandicaptenparkeerplaats": ["sib:gehandicaptenparkeerkaart"], "kansspelautomaatvergunning": ["sib:loterij"]},
    extras=["rijbewijs", "erkenning", "naturalisatie", "adresonderzoek", "grafrechten", "klein-evenement", "evenementenkalender",
            "incidentele-festiviteit", "loterij", "sloopmelding", "vergunningvrij", "iit", "meedoen", "schuldhulp", "mantelzorg",
            "toeristenbelasting", "incasso", "milieustraat"],
    notes={"melding-openbare-ruimte": "The anonymous form is embedded as an iframe.",
           "parkeervergunning": "Printable form; the 'Mijn Berg en Dal' status link beside it is not a route."},
)


# ======================================================================================
# main
# ======================================================================================

FAMILIES = {}
PRODUCTS = []


FAMILIES.update({"GM0518": DenHaag, "GM1903": EijsdenMargraten, "GM0938": Meerssen, "GM0579": Oegstgeest, "GM0269": Oldebroek,
                 "GM0489": Barendrecht, "GM0060": Ameland, "GM0716": Tholen, "GM1773": OlstWijhe, "GM1945": BergEnDal})


def main():
    global PRODUCTS
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web")
    PRODUCTS = read_products()
    build_bodies()
    sites = []
    for org in ORGS:
        code = org[0]
        if code not in CFG:
            continue
        cls = FAMILIES[code]
        site = cls(org, CFG[code])
        for pk, _ in PRODUCTS:
            assert pk in site.spec, (code, pk)
        site.build()
        sites.append(site)
    # file/folder conflicts would make a path unservable
    names = set(WEB.files)
    bad = []
    for rel in sorted(names):
        parts = rel.split("/")
        for i in range(1, len(parts)):
            if "/".join(parts[:i]) in names:
                bad.append(rel)
    assert not bad, ("file used as folder", bad)
    # write
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    for rel in sorted(WEB.files):
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(WEB.files[rel])
    with open(os.path.join(out, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for s in sites:
            w.writerow([s.code, s.name, "gemeente", "http://%s/" % s.host, s.inh])
    cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "signals", "notes"]
    with open(os.path.join(out, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator="\n")
        w.writeheader()
        for s in sites:
            for row in s.labels:
                w.writerow(row)
    beh = {"behaviours": {"redirects": WEB.redirects, "host_redirects": WEB.host_redirects,
                          "not_found_pages": WEB.not_found_pages, "searches": WEB.searches}}
    with open(os.path.join(out, "testweb.json"), "w", encoding="utf-8") as f:
        json.dump(beh, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    n = sum(len(s.labels) for s in sites)
    print("wrote %d files, %d labels to %s" % (len(WEB.files), n, out))


if __name__ == "__main__":
    main()
