#!/usr/bin/env python3
"""Deterministic generator of the web-dev5 held-out simulated web (16 organisations).

    python3 gen.py [OUT]   (default ./web)
"""
import csv, json, os, random, shutil, sys, zlib, html, posixpath

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "web")
PRODUCTS_CSV = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "config", "products.csv")
R = random.Random(5)
FILES = {}          # (host, path) -> bytes/str
LABELS = []
BEHAV = {"redirects": [], "host_redirects": [], "not_found_pages": [], "statuses": []}
FEATURES = {}


def feat(name, n=1):
    FEATURES[name] = FEATURES.get(name, 0) + n


def put(host, path, content):
    FILES[(host, path)] = content


def esc(s):
    return html.escape(s, quote=True)

# ---------------------------------------------------------------- PDF writer

def pdf(title, lines, form=False):
    """A small valid PDF with text lines (Helvetica). form=True draws fill-in lines."""
    body = ["BT /F1 16 Tf 50 790 Td (%s) Tj ET" % _pe(title)]
    y = 760
    for ln in lines:
        if form and ln.endswith(":"):
            body.append("BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (y, _pe(ln)))
            body.append("200 %d m 540 %d l S" % (y - 2, y - 2))
            y -= 24
        else:
            body.append("BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (y, _pe(ln)))
            y -= 16
        if y < 60:
            break
    stream = "\n".join(body).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            ("<< /Title (%s) /Producer (web-dev5) >>" % _pe(title)).encode("latin-1", "replace")]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def _pe(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

# ---------------------------------------------------------------- products

PROD = {}
for r in csv.DictReader(open(PRODUCTS_CSV, encoding="utf-8")):
    PROD[r["product_key"]] = dict(name=r["name_nl"], types=r["org_types"], aud=r["audience"], by=r["offered_by"])

# key: (formal title, colloquial title, slug, section, intro)
T = {
 "brp-uittreksel": ("Uittreksel Basisregistratie Personen (BRP)", "Uittreksel BRP", "uittreksel-brp", "Burgerzaken", "Met een uittreksel uit de BRP laat u zien waar u woont en wie u bent. U hebt het bijvoorbeeld nodig voor een nieuwe baan of een huurwoning."),
 "verhuismelding": ("Verhuizing doorgeven", "Verhuizen", "verhuizen", "Burgerzaken", "Gaat u verhuizen naar of binnen de gemeente? Geef uw nieuwe adres uiterlijk 5 dagen na de verhuisdatum door."),
 "geboorteaangifte": ("Geboorteaangifte", "Geboorte", "geboorte-aangeven", "Burgerzaken", "Is uw kind geboren? Dan moet u binnen 3 dagen aangifte doen van de geboorte."),
 "overlijdensaangifte": ("Aangifte van overlijden", "Overlijden", "overlijden", "Burgerzaken", "Bij een overlijden moet binnen 6 dagen aangifte worden gedaan. Meestal regelt de uitvaartondernemer dit voor u."),
 "huwelijksaangifte": ("Melding voorgenomen huwelijk of partnerschap", "Ik ga trouwen", "trouwen-en-partnerschap", "Burgerzaken", "Wilt u trouwen of een geregistreerd partnerschap aangaan? Meld dit uiterlijk 2 weken en hooguit 1 jaar voor de datum."),
 "paspoort": ("Paspoort aanvragen", "Paspoort", "paspoort", "Burgerzaken", "Een paspoort is 10 jaar geldig voor volwassenen. U vraagt het aan in het stadhuis; u moet zelf langskomen."),
 "identiteitskaart": ("Identiteitskaart aanvragen", "ID-kaart", "identiteitskaart", "Burgerzaken", "Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa."),
 "parkeervergunning": ("Parkeervergunning voor bewoners", "Parkeren bij je huis", "parkeervergunning", "Parkeren", "Woont u in een gebied met betaald parkeren? Met een parkeervergunning parkeert u in uw eigen buurt."),
 "gehandicaptenparkeerkaart": ("Gehandicaptenparkeerkaart (GPK)", "Parkeren met een beperking", "gehandicaptenparkeerkaart", "Parkeren", "Kunt u door een ziekte of beperking niet ver lopen? Met een gehandicaptenparkeerkaart mag u op meer plekken parkeren."),
 "gehandicaptenparkeerplaats": ("Gehandicaptenparkeerplaats op kenteken", "Eigen invalidenparkeerplaats", "gehandicaptenparkeerplaats", "Parkeren", "Hebt u een gehandicaptenparkeerkaart en geen eigen parkeerruimte? Dan kunt u een parkeerplaats op uw kenteken aanvragen."),
 "hondenbelasting": ("Hondenbelasting", "Hond aan- of afmelden", "hondenbelasting", "Belastingen", "Hebt u een hond? Dan betaalt u hondenbelasting. Meld uw hond binnen 14 dagen aan."),
 "belastingkwijtschelding": ("Kwijtschelding gemeentelijke belastingen", "Ik kan mijn belasting niet betalen", "kwijtschelding", "Belastingen", "Hebt u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor de afvalstoffenheffing en rioolheffing."),
 "woz-bezwaar": ("Bezwaar tegen de WOZ-waarde", "Niet eens met je WOZ-waarde?", "woz-bezwaar", "Belastingen", "Bent u het niet eens met de WOZ-waarde van uw woning? Maak binnen 6 weken na de dagtekening van de aanslag bezwaar."),
 "bijstand": ("Bijstandsuitkering (Participatiewet)", "Geen of te weinig inkomen", "bijstandsuitkering", "Werk en inkomen", "Hebt u niet genoeg geld om van te leven? Dan kunt u misschien een bijstandsuitkering krijgen."),
 "bijzondere-bijstand": ("Bijzondere bijstand", "Hulp bij onverwachte kosten", "bijzondere-bijstand", "Werk en inkomen", "Hebt u onverwachte, noodzakelijke kosten die u niet kunt betalen? Bijzondere bijstand is een vergoeding voor deze kosten."),
 "wmo-voorziening": ("Wmo-voorziening", "Hulp bij het huishouden of een scootmobiel", "wmo-ondersteuning", "Zorg en ondersteuning", "Wilt u langer zelfstandig thuis wonen? Via de Wet maatschappelijke ondersteuning (Wmo) kunt u hulp of een hulpmiddel krijgen."),
 "leerlingenvervoer": ("Leerlingenvervoer", "Vervoer naar school", "leerlingenvervoer", "Onderwijs", "Kan uw kind niet zelfstandig naar school? Dan kunt u een vergoeding of aangepast vervoer aanvragen."),
 "grofvuil": ("Grofvuil ophalen", "Grof afval kwijt?", "grofvuil", "Afval", "Grote spullen zoals een bank of matras halen we op afspraak bij u op."),
 "afvalcontainer": ("Afvalcontainer aanvragen, omruilen of inleveren", "Container kapot of kwijt", "afvalcontainer", "Afval", "Is uw minicontainer kapot, kwijt of wilt u een grotere? Vraag een nieuwe aan of ruil hem om."),
 "melding-openbare-ruimte": ("Melding openbare ruimte", "Mijn straat is kapot", "melding-openbare-ruimte", "Wonen en leefomgeving", "Ziet u een losse stoeptegel, een kapotte lantaarnpaal of zwerfafval? Meld het ons."),
 "omgevingsvergunning": ("Omgevingsvergunning", "Verbouwen of bouwen", "omgevingsvergunning", "Bouwen en verbouwen", "Wilt u bouwen, verbouwen of iets aan een monument veranderen? Dan hebt u misschien een omgevingsvergunning nodig."),
 "kapvergunning": ("Omgevingsvergunning voor het kappen van een boom", "Boom kappen", "boom-kappen", "Bouwen en verbouwen", "Voor het kappen van een boom hebt u vaak een vergunning nodig. Dit heet een omgevingsvergunning voor het vellen van houtopstand."),
 "bouwdossier-inzage": ("Bouwtekeningen en bouwdossiers inzien", "Bouwtekening van je huis", "bouwdossier-inzien", "Bouwen en verbouwen", "Wilt u de bouwtekeningen van uw huis bekijken? Vraag het bouwdossier op bij het archief."),
 "bezwaar": ("Bezwaar maken", "Niet eens met een besluit?", "bezwaar-maken", "Bestuur en organisatie", "Bent u het niet eens met een besluit? Dan kunt u binnen 6 weken bezwaar maken."),
 "klacht": ("Klacht indienen", "Ontevreden over ons?", "klacht-indienen", "Bestuur en organisatie", "Bent u niet tevreden over hoe een medewerker u heeft behandeld? Dien een klacht in."),
 "woo-verzoek": ("Woo-verzoek indienen", "Informatie opvragen (Wet open overheid)", "woo-verzoek", "Bestuur en organisatie", "Op grond van de Wet open overheid (Woo) kunt u informatie opvragen over bestuurlijke zaken."),
 "subsidie": ("Subsidies", "Geld voor je vereniging of initiatief", "subsidie-aanvragen", "Subsidies", "Organiseert u iets voor de inwoners of hebt u een goed idee? Misschien kunt u subsidie krijgen."),
 "evenementenvergunning": ("Evenementenvergunning", "Een evenement organiseren", "evenementenvergunning", "Ondernemen", "Organiseert u een festival, braderie of buurtfeest? Voor de meeste evenementen hebt u een vergunning nodig."),
 "exploitatievergunning-horeca": ("Exploitatievergunning horeca", "Een café of restaurant beginnen", "exploitatievergunning", "Ondernemen", "Wilt u een horecabedrijf exploiteren? Dan hebt u een exploitatievergunning nodig."),
 "alcoholvergunning": ("Alcoholwetvergunning", "Drank schenken", "alcoholvergunning", "Ondernemen", "Schenkt of verkoopt u alcohol in uw horecazaak of slijterij? Dan hebt u een vergunning op grond van de Alcoholwet nodig."),
 "terrasvergunning": ("Terrasvergunning", "Een terras voor je zaak", "terrasvergunning", "Ondernemen", "Wilt u een terras bij uw horecazaak op de openbare weg? Vraag een terrasvergunning aan."),
 "standplaatsvergunning": ("Standplaatsvergunning", "Verkopen vanuit een kraam of wagen", "standplaatsvergunning", "Ondernemen", "Wilt u op een vaste plek buiten de markt iets verkopen, bijvoorbeeld vis of bloemen? Dan hebt u een standplaatsvergunning nodig."),
 "marktvergunning": ("Marktplaats op de weekmarkt", "Staan op de markt", "weekmarkt", "Ondernemen", "Wilt u een kraam op de weekmarkt? Vraag een vaste of tijdelijke marktplaats aan bij de marktmeester."),
 "reclamebelasting": ("Reclamebelasting", "Reclame aan je gevel", "reclamebelasting", "Belastingen", "Ondernemers met reclame-uitingen die zichtbaar zijn vanaf de openbare weg betalen reclamebelasting."),
 "geluidsontheffing": ("Ontheffing geluidhinder", "Harde muziek of lawaaiig werk", "ontheffing-geluid", "Ondernemen", "Maakt u tijdelijk meer geluid dan is toegestaan, bijvoorbeeld bij werk 's nachts? Vraag een ontheffing aan."),
 "winkeltijdenontheffing": ("Ontheffing winkeltijden", "Winkel open op zondag", "winkeltijden", "Ondernemen", "Wilt u uw winkel openen buiten de vastgestelde winkeltijden?"),
 "kansspelautomaatvergunning": ("Aanwezigheidsvergunning speelautomaten", "Gokkast in je café", "speelautomaten", "Ondernemen", "Wilt u een kansspelautomaat in uw horecabedrijf plaatsen? Daarvoor hebt u een aanwezigheidsvergunning nodig."),
 "collectevergunning": ("Collectevergunning", "Geld inzamelen voor een goed doel", "collecte", "Vrije tijd", "Wilt u huis-aan-huis of op straat geld inzamelen? Vraag een collectevergunning aan."),
 "ligplaatsvergunning": ("Ligplaatsvergunning", "Iets regelen voor je boot", "ligplaats", "Wonen", "Wilt u met uw boot of woonboot een vaste ligplaats innemen? Daarvoor hebt u een ligplaatsvergunning nodig."),
 "uitwegvergunning": ("Uitwegvergunning", "Een inrit naar je huis", "uitrit-aanleggen", "Wonen", "Wilt u een inrit of uitweg aanleggen naar uw perceel? Dan hebt u een vergunning nodig."),
 "belastingaanslag-bezwaar": ("Bezwaar tegen de aanslag gemeentelijke belastingen", "Klopt je aanslag niet?", "bezwaar-aanslag", "Belastingen", "Klopt uw aanslag niet? Dien binnen 6 weken een bezwaarschrift in."),
 "betalingsregeling": ("Betalingsregeling aanvragen", "Betalen in termijnen", "betalingsregeling", "Belastingen", "Kunt u de aanslag niet in één keer betalen? Vraag een betalingsregeling aan."),
 # provincie
 "beschermde-dieren-ontheffing": ("Ontheffing soortenbescherming (flora en fauna)", None, "ontheffing-soortenbescherming", "Natuur", "Werkt u aan een project waarbij beschermde dieren of planten worden verstoord? Dan hebt u een ontheffing nodig."),
 "natuurvergunning": ("Natuurvergunning (Natura 2000)", None, "natuurvergunning", "Natuur", "Activiteiten met gevolgen voor een Natura 2000-gebied vragen een vergunning van de provincie."),
 "ontgrondingsvergunning": ("Ontgrondingsvergunning", None, "ontgronding", "Bodem", "Graaft u dieper dan de vrijstelling toestaat? Dan hebt u een ontgrondingsvergunning nodig."),
 "tijdelijk-luchtvaartterrein": ("Ontheffing tijdelijk en uitzonderlijk gebruik (TUG) luchtvaartterrein", None, "tug-ontheffing", "Mobiliteit", "Wilt u met een helikopter of luchtballon opstijgen of landen buiten een vliegveld? Vraag een TUG-ontheffing aan."),
 "wegvergunning-provinciaal": ("Werken aan of langs een provinciale weg of vaarweg", None, "werken-langs-de-weg", "Wegen en vaarwegen", "Wilt u werken in, op of langs een weg of vaarweg die wij beheren? Dan hebt u toestemming nodig."),
 "vuurwerk-ontbranding": ("Toestemming ontbranden vuurwerk", None, "vuurwerk-ontbranding", "Veiligheid", "Professionele vuurwerkbedrijven melden of vragen toestemming voor het afsteken van vuurwerk."),
 "schadevergoeding-provincie": ("Schade melden", None, "schade-melden", "Loket", "Hebt u schade door wild of door werkzaamheden van de provincie? Meld de schade."),
 "watervergunning": ("Watervergunning", None, "watervergunning", "Vergunningen", "Wilt u iets doen in of bij het water of een dijk? Dan hebt u misschien een watervergunning nodig."),
 # waterschap
 "watermelding": ("Melding doen", None, "melding-doen", "Loket", "Ziet u een probleem bij water of dijk? Of wilt u een werk melden dat vrijgesteld is van de vergunningplicht?"),
 "zuiveringsheffing": ("Zuiveringsheffing", None, "zuiveringsheffing", "Belastingen", "Met de zuiveringsheffing betaalt u voor het zuiveren van afvalwater van huishoudens en bedrijven."),
 "watersysteemheffing": ("Watersysteemheffing", None, "watersysteemheffing", "Belastingen", "Met de watersysteemheffing betaalt u voor droge voeten en schoon water."),
 "bedrijfsafvalwater-melding": ("Lozen van bedrijfsafvalwater", None, "lozen-bedrijfsafvalwater", "Ondernemers", "Loost uw bedrijf afvalwater op het riool of oppervlaktewater? Dan moet u dat vaak melden."),
}

# ---------------------------------------------------------------- organisations

ORGS = [
 # code, name, type, host, inhabitants, style
 ("GM0034", "Gemeente Almere", "gemeente", "www.almere.test", 218000),
 ("GM0200", "Gemeente Apeldoorn", "gemeente", "www.apeldoorn.test", 167000),
 ("GM0981", "Gemeente Vaals", "gemeente", "www.vaals.test", 9900),
 ("GM0184", "Gemeente Urk", "gemeente", "www.urk.test", 21900),
 ("GM0632", "Gemeente Woerden", "gemeente", "www.woerden.test", 53000),
 ("GM0047", "Gemeente Veendam", "gemeente", "veendam.test", 27800),
 ("PV20", "Provincie Groningen", "provincie", "www.provinciegroningen.test", None),
 ("WS0155", "Waterschap Amstel, Gooi en Vecht", "waterschap", "www.agv.test", None),
 ("WS0372", "Hoogheemraadschap van Delfland", "waterschap", "www.hhdelfland.test", None),
 ("WS0651", "Hoogheemraadschap Hollands Noorderkwartier", "waterschap", "www.hhnk.test", None),
 ("WS0152", "Waterschap Rijn en IJssel", "waterschap", "www.wrij.test", None),
 ("WS0650", "Waterschap Zuiderzeeland", "waterschap", "www.zuiderzeeland.test", None),
 ("WS0636", "Hoogheemraadschap De Stichtse Rijnlanden", "waterschap", "www.hdsr.test", None),
 ("WS0656", "Hoogheemraadschap van Schieland en de Krimpenerwaard", "waterschap", "www.schielandendekrimpenerwaard.test", None),
 ("oorg10222", "Immigratie- en Naturalisatiedienst", "rijk", "www.ind.test", None),
 ("oorg10111", "Centraal Justitieel Incassobureau", "rijk", "www.cjib.test", None),
]
SHORT = {"GM0034": "Almere", "GM0200": "Apeldoorn", "GM0981": "Vaals", "GM0184": "Urk", "GM0632": "Woerden",
         "GM0047": "Veendam", "PV20": "Groningen", "WS0155": "AGV", "WS0372": "Delfland", "WS0651": "HHNK",
         "WS0152": "Rijn en IJssel", "WS0650": "Zuiderzeeland", "WS0636": "HDSR", "WS0656": "HHSK",
         "oorg10222": "IND", "oorg10111": "CJIB"}

# Site configuration per organisation
#  path(slug, key, sec)  product page path;  link: abs | rel | base ; cta default ; forms host/platform
SITES = {
 "GM0034": dict(tpl="nlds", link="abs", cta="a", platform="openforms", formhost="formulieren.almere.test",
                header_login="Mijn Almere", sitemap=True, colloq=0.4, english=True, chat=True),
 "GM0200": dict(tpl="iprox", link="rel", cta="button", platform="tripleforms", formhost="loket.apeldoorn.test",
                cookie="links", sitemap=True, colloq=0.2, tax="www.belastingen-veluwe-ijssel.test"),
 "GM0981": dict(tpl="sim", link="abs", cta="a", platform="formdesk", formhost="fd4.formdesk.test",
                splash=True, catalogue=True, soft404=True, colloq=0.3, tax="www.bs-zuidlimburg.test"),
 "GM0184": dict(tpl="gol", link="base", cta="getform", platform="eloket", formhost="eloket.urk.test",
                sitemap=False, colloq=0.6, overview=True),
 "GM0632": dict(tpl="gol", link="abs", cta="iframe", platform="gravity", formhost="mijn.woerden.test",
                soft404=True, sitemap=True, colloq=0.5, tax="www.belastingkantoor-utrechtwest.test"),
 "GM0047": dict(tpl="typo3", link="abs", cta="getform", platform="decos", formhost="e-loket.veendam.test",
                footer_digid=True, sitemap=True, colloq=0.3, tax="www.gbng-belastingen.test",
                social="www.wij-veenkolonien.test"),
 "PV20": dict(tpl="nlds", link="abs", cta="a", platform="eherk", formhost="loket.provinciegroningen.test",
              sitemap=True, colloq=0),
 "WS0155": dict(tpl="wp", link="abs", cta="a", platform="waternet", formhost="www.waternet.test",
                tax="www.waternet.test", sitemap=True),
 "WS0372": dict(tpl="sitecore", link="abs", cta="button", platform="own", formhost="formulieren.hhdelfland.test",
                tax="www.belastingen-wsz.test", english=True, sitemap=False, chat=True),
 "WS0651": dict(tpl="wp", link="abs", cta="a", platform="own", formhost="loket.hhnk.test",
                cookie="form", header_login="Mijn HHNK", tax="belastingen.hhnk.test", sitemap=True),
 "WS0152": dict(tpl="gol", link="abs", cta="iframe", platform="formdesk", formhost="fd7.formdesk.test",
                footer_digid=True, soft404=True, tax="www.gblo-belastingen.test", sitemap=True),
 "WS0650": dict(tpl="catalogue", link="abs", cta="a", platform="own", formhost="loket.zuiderzeeland.test",
                tax="www.gblo-belastingen.test", sitemap=False),
 "WS0636": dict(tpl="nlds", link="abs", cta="button", platform="openforms", formhost="formulieren.hdsr.test",
                tax="www.belastingkantoor-utrechtwest.test", sitemap=True, overview=True),
 "WS0656": dict(tpl="wp", link="base", cta="getform", platform="formdesk", formhost="fd2.formdesk.test",
                tax="www.belastingen-wsz.test", sitemap=False),
 "oorg10222": dict(tpl="rijk", link="abs", cta="a", platform="mijn", formhost="mijn.ind.test", english=True),
 "oorg10111": dict(tpl="rijk", link="abs", cta="a", platform="mijn", formhost="mijn.cjib.test"),
}
for code, name, typ, host, inh in ORGS:
    SITES[code].update(code=code, name=name, typ=typ, host=host, short=SHORT[code])

TAXNAMES = {
 "www.belastingen-veluwe-ijssel.test": "Belastingsamenwerking Veluwe-IJssel",
 "www.bs-zuidlimburg.test": "Belastingsamenwerking Zuid-Limburg (BsZL)",
 "www.belastingkantoor-utrechtwest.test": "Belastingkantoor Utrecht-West",
 "www.gbng-belastingen.test": "Gemeentelijk Belastingkantoor Noord-Groningen (GBNG)",
 "www.waternet.test": "Waternet",
 "www.belastingen-wsz.test": "Waterschapsbelastingen Zuid-Holland (WSZ)",
 "belastingen.hhnk.test": "Belastingen HHNK",
 "www.gblo-belastingen.test": "Gemeenschappelijk Belastingkantoor Land en Oost (GBLO)",
}
TAX_KEYS = {"belastingkwijtschelding", "woz-bezwaar", "belastingaanslag-bezwaar", "betalingsregeling",
            "hondenbelasting", "zuiveringsheffing", "watersysteemheffing", "reclamebelasting"}

def applicable(code, typ):
    letter = {"gemeente": "G", "provincie": "P", "waterschap": "W", "rijk": "R"}[typ]
    out = []
    for k, p in PROD.items():
        if letter in p["types"]:
            if letter == "R" and p["by"] != code:
                continue
            out.append(k)
    return out

# ---------------------------------------------------------------- row plans (hand overrides)
# status: nf = not_found, no = not_offered (with statement), else level
# keys: level, kind, via, traps(list), strict (prefill stated), shared(key of other product), extra
OV = {
 # Almere
 ("GM0034", "paspoort"): dict(level=0, appt=True, shared="identiteitskaart"),
 ("GM0034", "identiteitskaart"): dict(level=0, appt=True, shared="paspoort"),
 ("GM0034", "parkeervergunning"): dict(level=100, via="www.parkeerloket-almere.test", audpage=True),
 ("GM0034", "overlijdensaangifte"): dict(level=0),
 ("GM0034", "verhuismelding"): dict(level=100, strict=True),
 ("GM0034", "brp-uittreksel"): dict(level=100, strict=True),
 ("GM0034", "omgevingsvergunning"): dict(level=100, via="omgevingswet.overheid.test", strict=True),
 ("GM0034", "kapvergunning"): dict(level=67, similar=True),
 ("GM0034", "kansspelautomaatvergunning"): dict(status="nf"),
 ("GM0034", "ligplaatsvergunning"): dict(level=33),
 # Apeldoorn
 ("GM0200", "winkeltijdenontheffing"): dict(status="no", where="Koopzondagen"),
 ("GM0200", "omgevingsvergunning"): dict(level=100, via="omgevingswet.overheid.test", strict=True),
 ("GM0200", "melding-openbare-ruimte"): dict(level=67, audpage=True),
 ("GM0200", "ligplaatsvergunning"): dict(status="nf"),
 ("GM0200", "collectevergunning"): dict(level=33),
 ("GM0200", "geboorteaangifte"): dict(level=100, kind="digid_img"),
 # Vaals
 ("GM0981", "ligplaatsvergunning"): dict(status="no", where="faq"),
 ("GM0981", "parkeervergunning"): dict(level=33),
 ("GM0981", "marktvergunning"): dict(status="nf", stale=True),
 ("GM0981", "kansspelautomaatvergunning"): dict(status="nf", stale=True),
 ("GM0981", "leerlingenvervoer"): dict(status="nf"),
 ("GM0981", "gehandicaptenparkeerplaats"): dict(level=33),
 ("GM0981", "omgevingsvergunning"): dict(level=100, via="omgevingswet.overheid.test", strict=True),
 # Urk
 ("GM0184", "hondenbelasting"): dict(status="no", where="taxoverview"),
 ("GM0184", "parkeervergunning"): dict(status="no", where="parkeren"),
 ("GM0184", "ligplaatsvergunning"): dict(level=67, colloq=True),
 ("GM0184", "winkeltijdenontheffing"): dict(status="nf"),
 ("GM0184", "gehandicaptenparkeerplaats"): dict(status="nf"),
 ("GM0184", "omgevingsvergunning"): dict(level=100, via="omgevingswet.overheid.test"),
 ("GM0184", "huwelijksaangifte"): dict(level=100, colloq=True),
 # Woerden
 ("GM0632", "huwelijksaangifte"): dict(level=100, colloq=True, strict=True),
 ("GM0632", "melding-openbare-ruimte"): dict(level=67, colloq=True),
 ("GM0632", "ligplaatsvergunning"): dict(level=33, colloq=True, woonboot=True),
 ("GM0632", "standplaatsvergunning"): dict(status="nf"),
 ("GM0632", "kansspelautomaatvergunning"): dict(status="nf"),
 ("GM0632", "omgevingsvergunning"): dict(level=100, via="omgevingswet.overheid.test"),
 ("GM0632", "paspoort"): dict(level=0, appt=True),
 ("GM0632", "identiteitskaart"): dict(level=0, appt=True),
 # Veendam
 ("GM0047", "reclamebelasting"): dict(status="no", where="taxoverview"),
 ("GM0047", "bijstand"): dict(level=100, via="www.wij-veenkolonien.test"),
 ("GM0047", "bijzondere-bijstand"): dict(level=100, via="www.wij-veenkolonien.test"),
 ("GM0047", "ligplaatsvergunning"): dict(level=33),
 ("GM0047", "terrasvergunning"): dict(status="nf"),
 ("GM0047", "omgevingsvergunning"): dict(level=100, via="omgevingswet.overheid.test"),
 # Provincie Groningen
 ("PV20", "omgevingsvergunning"): dict(level=100, via="omgevingswet.overheid.test", strict=True),
 ("PV20", "natuurvergunning"): dict(level=100, via="omgevingswet.overheid.test", strict=True),
 ("PV20", "ontgrondingsvergunning"): dict(level=100, via="omgevingswet.overheid.test"),
 ("PV20", "beschermde-dieren-ontheffing"): dict(level=100, kind="eherk"),
 ("PV20", "schadevergoeding-provincie"): dict(level=100, via="www.bij12.test"),
 ("PV20", "tijdelijk-luchtvaartterrein"): dict(level=33),
 ("PV20", "vuurwerk-ontbranding"): dict(level=67),
 ("PV20", "watervergunning"): dict(level=33),
 ("PV20", "geluidsontheffing"): dict(level=67),
 ("PV20", "evenementenvergunning"): dict(status="nf"),
 ("PV20", "wegvergunning-provinciaal"): dict(level=100, kind="eherk"),
 # AGV: most routes at Waternet
 ("WS0155", "watervergunning"): dict(level=100, via="www.waternet.test", kind="eherk", multi="vergunningen"),
 ("WS0155", "watermelding"): dict(level=67, via="www.waternet.test", multi="vergunningen"),
 ("WS0155", "bedrijfsafvalwater-melding"): dict(level=100, via="www.waternet.test", kind="eherk"),
 ("WS0155", "wegvergunning-provinciaal"): dict(status="no", where="faq"),
 ("WS0155", "omgevingsvergunning"): dict(level=0),
 ("WS0155", "schadevergoeding-provincie"): dict(level=67, via="www.waternet.test"),
 ("WS0155", "melding-openbare-ruimte"): dict(level=67, via="www.waternet.test"),
 ("WS0155", "subsidie"): dict(level=67),
 # Delfland
 ("WS0372", "wegvergunning-provinciaal"): dict(status="no", where="wegen"),
 ("WS0372", "watervergunning"): dict(level=100, kind="eherk", multi="vergunningen", similar=True),
 ("WS0372", "watermelding"): dict(level=100, kind="eherk", multi="vergunningen"),
 ("WS0372", "omgevingsvergunning"): dict(level=100, via="omgevingswet.overheid.test"),
 ("WS0372", "schadevergoeding-provincie"): dict(level=33),
 ("WS0372", "bedrijfsafvalwater-melding"): dict(level=33),
 ("WS0372", "subsidie"): dict(level=67),
 # HHNK: manages roads
 ("WS0651", "wegvergunning-provinciaal"): dict(level=100, kind="eherk"),
 ("WS0651", "schadevergoeding-provincie"): dict(level=67),
 ("WS0651", "watermelding"): dict(level=67),
 ("WS0651", "watervergunning"): dict(level=100, via="omgevingswet.overheid.test"),
 ("WS0651", "omgevingsvergunning"): dict(level=100, via="omgevingswet.overheid.test", shared="watervergunning"),
 ("WS0651", "betalingsregeling"): dict(level=100, faqpage=True),
 ("WS0651", "subsidie"): dict(status="nf"),
 # Rijn en IJssel
 ("WS0152", "wegvergunning-provinciaal"): dict(status="nf"),
 ("WS0152", "watervergunning"): dict(level=33, multi="vergunningen"),
 ("WS0152", "watermelding"): dict(level=67, multi="vergunningen"),
 ("WS0152", "bedrijfsafvalwater-melding"): dict(level=33),
 ("WS0152", "schadevergoeding-provincie"): dict(level=0),
 ("WS0152", "omgevingsvergunning"): dict(status="nf"),
 ("WS0152", "subsidie"): dict(level=100, kind="eherk"),
 ("WS0152", "klacht"): dict(level=67),
 # Zuiderzeeland
 ("WS0650", "wegvergunning-provinciaal"): dict(status="no", where="taxoverview"),
 ("WS0650", "watervergunning"): dict(level=100, via="omgevingswet.overheid.test", similar=True),
 ("WS0650", "watermelding"): dict(level=67),
 ("WS0650", "bedrijfsafvalwater-melding"): dict(level=33),
 ("WS0650", "schadevergoeding-provincie"): dict(level=33),
 ("WS0650", "omgevingsvergunning"): dict(level=0),
 ("WS0650", "subsidie"): dict(level=100, kind="eherk"),
 # HDSR
 ("WS0636", "wegvergunning-provinciaal"): dict(status="nf"),
 ("WS0636", "watervergunning"): dict(level=100, via="omgevingswet.overheid.test"),
 ("WS0636", "watermelding"): dict(level=67, kind="js67"),
 ("WS0636", "schadevergoeding-provincie"): dict(level=67, kind="js67"),
 ("WS0636", "bedrijfsafvalwater-melding"): dict(level=100, kind="eherk"),
 ("WS0636", "omgevingsvergunning"): dict(level=100, via="omgevingswet.overheid.test", shared="watervergunning"),
 ("WS0636", "woo-verzoek"): dict(level=67),
 # HHSK: manages roads
 ("WS0656", "wegvergunning-provinciaal"): dict(level=33),
 ("WS0656", "watervergunning"): dict(level=33, multi="vergunningen"),
 ("WS0656", "watermelding"): dict(level=67, multi="vergunningen"),
 ("WS0656", "schadevergoeding-provincie"): dict(level=67),
 ("WS0656", "bedrijfsafvalwater-melding"): dict(level=0),
 ("WS0656", "omgevingsvergunning"): dict(level=0),
 ("WS0656", "subsidie"): dict(status="nf"),
 ("WS0656", "woo-verzoek"): dict(level=67),
 # Rijk
 ("oorg10222", "verblijfsvergunning"): dict(level=100, kind="mijn"),
 ("oorg10111", "verkeersboete"): dict(level=100, kind="mijn"),
}

DEFAULT_LEVEL = {
 "geboorteaangifte": [100, 100, 0, 67], "overlijdensaangifte": [0, 0, 33, 100], "paspoort": [0], "identiteitskaart": [0],
 "brp-uittreksel": [100], "verhuismelding": [100], "huwelijksaangifte": [100, 100, 67, 0],
 "grofvuil": [100, 0, 0, 67], "afvalcontainer": [67, 100, 0], "melding-openbare-ruimte": [67, 67, 100],
 "bezwaar": [100, 67, 33], "klacht": [67, 0, 100], "woo-verzoek": [67, 100, 33, 0], "subsidie": [100, 100, 33, 67],
 "bouwdossier-inzage": [0, 67, 100, 0], "collectevergunning": [33, 100, 0], "marktvergunning": [0, 0, 33, 100],
 "standplaatsvergunning": [33, 100, 67], "winkeltijdenontheffing": [0, 33], "geluidsontheffing": [33, 100, 67],
 "kansspelautomaatvergunning": [33, 100], "exploitatievergunning-horeca": [100, 33], "alcoholvergunning": [100, 33],
 "terrasvergunning": [100, 33, 67], "evenementenvergunning": [100, 100, 33], "reclamebelasting": [0, 100],
 "leerlingenvervoer": [100, 100, 67], "wmo-voorziening": [100, 0, 0, 100], "bijstand": [100], "bijzondere-bijstand": [100, 33],
 "gehandicaptenparkeerkaart": [100, 33, 100], "gehandicaptenparkeerplaats": [100, 33, 0], "uitwegvergunning": [100, 33, 67],
 "ligplaatsvergunning": [33, 0], "kapvergunning": [100, 67],
 "watersysteemheffing": [100, 0], "zuiveringsheffing": [100, 0],
}

TRAPS_ALL = ["contact", "tariff_pdf", "other_form", "chat", "survey", "newsletter", "appt", "news"]

RARE = {"kansspelautomaatvergunning", "collectevergunning", "standplaatsvergunning", "bouwdossier-inzage",
        "geluidsontheffing", "leerlingenvervoer", "winkeltijdenontheffing", "marktvergunning", "subsidie",
        "gehandicaptenparkeerplaats", "terrasvergunning", "woo-verzoek", "klacht"}


def plan_rows():
    rows = []
    for code, name, typ, host, inh in ORGS:
        s = SITES[code]
        rr = random.Random(zlib.crc32(code.encode()))
        for i, k in enumerate(applicable(code, typ)):
            p = dict(OV.get((code, k), {}))
            if "status" not in p and "level" not in p:
                opts = DEFAULT_LEVEL.get(k)
                if typ in ("waterschap", "provincie"):
                    opts = {"bezwaar": [100, 67, 33], "klacht": [67, 0], "woo-verzoek": [67, 100, 33, 0],
                            "subsidie": [100, 67, 0]}.get(k, opts) or [100, 67, 33, 0]
                if not opts:
                    opts = [100, 67, 33, 0]
                p["level"] = rr.choice(opts)
                if k in RARE and rr.random() < 0.16:
                    p = dict(status="nf")
            # shared tax office: tax products go via it
            if k in TAX_KEYS and s.get("tax") and "status" not in p:
                if s["tax"].endswith(s["host"].split(".", 1)[1]) or s["tax"] == "belastingen.hhnk.test":
                    p.setdefault("taxown", True)
                p["level"] = 100 if k not in ("zuiveringsheffing", "watersysteemheffing") or rr.random() < 0.7 else 0
                if p["level"] == 100:
                    p["via"] = None if p.get("taxown") else s["tax"]
                    p["taxroute"] = True
            if k == "omgevingsvergunning" and "via" not in p and p.get("level") == 100:
                p["via"] = "omgevingswet.overheid.test"
            # traps
            if "status" not in p:
                tr = []
                if rr.random() < 0.42:
                    tr.append(rr.choice(TRAPS_ALL[:6]))
                if p.get("level") == 0 and k not in ("overlijdensaangifte",) and (p.get("appt") or rr.random() < 0.3):
                    tr.append("appt")
                    p["appt"] = True
                p["traps"] = tr
            p["key"] = k
            p["code"] = code
            rows.append(p)
    return rows

# ---------------------------------------------------------------- site chrome

def href(site, frompath, target):
    """target: absolute path on own host, or full URL"""
    if target.startswith("http://") or target.startswith("mailto:") or target.startswith("tel:"):
        return target
    if site["link"] == "rel":
        fromdir = frompath if frompath.endswith("/") else posixpath.dirname(frompath) + "/"
        rel = posixpath.relpath(target, fromdir) if target != "/" else posixpath.relpath("/", fromdir) + "/"
        if target.endswith("/") and not rel.endswith("/"):
            rel += "/"
        return rel
    if site["link"] == "base":
        return target.lstrip("/") or "./"
    return target


NAV = {
 "gemeente": [("Inwoners", "/inwoners"), ("Ondernemers", "/ondernemers"), ("Bestuur", "/bestuur"), ("Nieuws", "/nieuws"), ("Contact", "/contact")],
 "provincie": [("Loket", "/loket"), ("Onderwerpen", "/onderwerpen"), ("Nieuws", "/nieuws"), ("Contact", "/contact")],
 "waterschap": [("Regelen", "/regelen"), ("Belastingen", "/belastingen"), ("Vraag en antwoord", "/vraag-en-antwoord"), ("Nieuws", "/nieuws"), ("Contact", "/contact")],
 "rijk": [("Onderwerpen", "/onderwerpen"), ("Contact", "/contact")],
}


def page(site, path, title, body, extra_head="", lang="nl", hreflang=None):
    h = site["host"]
    L = lambda t: esc(href(site, path, t))
    nav = "".join('<li><a href="%s">%s</a></li>' % (L(u), esc(t)) for t, u in NAV[site["typ"]])
    login = ""
    if site.get("header_login"):
        login = '<a class="header-login" href="http://mijn.%s/inloggen">%s <small>(inloggen met DigiD)</small></a>' % (h.replace("www.", ""), esc(site["header_login"]))
    search = '<form role="search" action="%s" method="get"><label for="q">Zoeken</label><input id="q" name="zoekterm"><button type="submit">Zoek</button></form>' % L("/zoeken")
    footer_digid = ""
    if site.get("footer_digid"):
        footer_digid = '<div class="footer-logos"><img src="%s" alt="DigiD"> <img src="%s" alt="eHerkenning"></div>' % (L("/img/digid.svg"), L("/img/eherkenning.svg"))
    chat = ""
    if site.get("chat_on_page"):
        chat = '<div id="chat-widget" class="chat"><button type="button" onclick="openChat()">Chat met ons</button><script>function openChat(){document.getElementById(\'chat-widget\').innerHTML=\'<form action="/chat/start" method="post"><label>Uw vraag<textarea name=v></textarea></label><button>Start chat</button></form>\';}</script></div>'
    base = ""
    if site["link"] == "base":
        base = '<base href="http://%s/">' % h
    hl = ""
    if hreflang:
        hl = '<link rel="alternate" hreflang="en" href="%s">' % esc(hreflang)
    tplcls = site["tpl"]
    doc = f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">{base}<title>{esc(title)} | {esc(site['name'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">{hl}{extra_head}
<link rel="stylesheet" href="{L('/css/site.css')}"></head>
<body class="tpl-{tplcls}">
<a class="skiplink" href="#main">Direct naar de inhoud</a>
<header class="site-header"><a class="logo" href="{L('/' if not site.get('home') else site['home'])}"><img src="{L('/img/logo.svg')}" alt="Logo {esc(site['name'])}"></a>
{login}{search}<nav aria-label="Hoofdmenu"><ul>{nav}</ul></nav></header>
<main id="main">
{body}
</main>{chat}
<footer class="site-footer"><h2>{esc(site['name'])}</h2>
<ul><li><a href="{L('/contact')}">Contact</a></li><li><a href="{L('/privacy')}">Privacyverklaring</a></li><li><a href="{L('/toegankelijkheid')}">Toegankelijkheidsverklaring</a></li><li><a href="{L('/a-z')}">A-Z</a></li></ul>
<p>Telefoon <a href="tel:14 0">14 0xx</a> &middot; <a href="mailto:info@{esc(h.replace('www.', '').replace('.test', '.nl'))}">info@{esc(h.replace('www.', '').replace('.test', '.nl'))}</a></p>
{footer_digid}</footer>
</body></html>"""
    put(h, path, doc)
    site.setdefault("pages", []).append((path, title))
    return doc


def simple_page(host, path, title, body, org="", lang="nl"):
    doc = f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)}</title></head>
<body><header><strong>{esc(org or host)}</strong></header><main>{body}</main>
<footer><p>{esc(org or host)}</p></footer></body></html>"""
    put(host, path, doc)

# ---------------------------------------------------------------- product URLs per template

def prod_path(site, key, pid):
    slug = T[key][2] if key in T else key
    sec = T[key][3] if key in T else "Onderwerpen"
    tpl = site["tpl"]
    c = site["code"]
    if c == "GM0034":
        return "/" + slug
    if c == "GM0200":
        tt = (T[key][0]).replace(",", "").replace(" ", "_").replace("(", "").replace(")", "")
        return "/Inwoners/%s/%s" % (sec.replace(" ", "_"), tt)
    if c == "GM0981":
        return "/product?id=%d" % (1000 + pid)
    if c == "GM0184":
        return "/inwoners-en-ondernemers/producten/%s_%d.html" % (slug, 40 + pid)
    if c == "GM0632":
        return "/onderwerpen/%s" % slug
    if c == "GM0047":
        return "/inwoners/%s/%s" % (sec.lower().replace(" ", "-"), slug)
    if c == "PV20":
        return "/loket/vergunningen/@%d/%s/" % (2300 + pid, slug)
    if c == "WS0155":
        return "/regelen/%s/" % slug
    if c == "WS0372":
        return "/inwoners/%s/%s" % (sec.lower().replace(" ", "-"), slug)
    if c == "WS0651":
        return "/loket/%s/" % slug
    if c == "WS0152":
        return "/onderwerpen/%s" % slug
    if c == "WS0650":
        return "/loket/productinfo?pid=%d" % (500 + pid)
    if c == "WS0636":
        return "/regelen/%s" % slug
    if c == "WS0656":
        return "/regelzaken/%s/" % slug
    if c == "oorg10222":
        return "/nl/verblijfsvergunningen"
    if c == "oorg10111":
        return "/nl/verkeersboete"
    raise KeyError(c)


def url(host, path):
    return "http://%s%s" % (host, path)

# ---------------------------------------------------------------- routes

IDP = {"digid": "digid.test", "eherk": "eherkenning.test"}
LOGIN_STARTS = set()


def login_start(host, slug, idp):
    p = "/auth/%s/%s/start" % (slug, idp)
    if (host, p) not in LOGIN_STARTS:
        LOGIN_STARTS.add((host, p))
        BEHAV["redirects"].append({"url": url(host, p), "status": 302,
                                   "location": "http://%s/inloggen?service=%s" % (IDP[idp], slug)})
    return p


def form_fields(k):
    return ('<label>Voorletters en achternaam <input name="naam" required></label>'
            '<label>Adres <input name="adres"></label><label>E-mailadres <input type="email" name="email"></label>'
            '<label>Omschrijving <textarea name="omschrijving"></textarea></label>')


def make_login_form(site, host, k, idp, title, strict, platform):
    """A form landing page behind login; returns its URL."""
    slug = T[k][2] if k in T else k
    ls = login_start(host, slug, idp)
    idpname = "DigiD" if idp == "digid" else "eHerkenning"
    pref = ('<p class="prefill">Na het inloggen halen we uw gegevens op uit de Basisregistratie Personen (BRP). '
            'Uw naam en adres zijn al ingevuld.</p>' if strict else "")
    if platform == "openforms":
        path = "/%s" % slug
        js = ("var r=document.getElementById('openforms-container');"
              "r.innerHTML='<h1>%s</h1><p>Voor dit formulier logt u in met %s.</p>%s<p><a class=\"of-login\" href=\"%s\">Inloggen met %s</a></p>';"
              % (esc(title).replace("'", "\\'"), idpname, pref.replace("'", "\\'"), ls, idpname))
        body = ('<noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>'
                '<div id="openforms-container" data-base-url="http://%s/api/v2/" data-form-id="%s"></div>'
                '<script>%s</script>' % (host, slug, js))
        simple_page(host, path, title, body, site["name"])
        feat("js_only_form")
    elif platform == "tripleforms":
        path = "/TriplEforms/DirectRegelen/Formulier.aspx?f=%s" % slug.replace("-", "")
        path = "/TriplEforms/DirectRegelen/%s.aspx" % slug.replace("-", "").capitalize()
        body = ('<h1>%s</h1><div class="wizard-steps"><span class="active">1. Inloggen</span> <span>2. Gegevens</span> <span>3. Controleren</span> <span>4. Verzenden</span></div>'
                '<p>Om dit formulier in te vullen moet u inloggen met %s.</p>%s'
                '<form method="get" action="%s"><input type="submit" value="Inloggen met %s" name="ctl00$Login"></form>' % (esc(title), idpname, pref, ls, idpname))
        simple_page(host, path, title, body, site["name"])
    else:
        path = {"formdesk": "/%s/%s" % (site["short"].lower().replace(" ", ""), slug),
                "gravity": "/formulieren/%s/" % slug,
                "decos": "/eloket/form/%s" % slug,
                "eloket": "/formulier/%s" % slug,
                "eherk": "/e-loket/%s" % slug,
                "waternet": "/zakelijk/loket/%s" % slug,
                "own": "/formulier/%s" % slug,
                "mijn": "/%s" % slug}.get(platform, "/formulier/%s" % slug)
        logo = ('<a href="%s"><img src="http://%s/logo.svg" alt="Inloggen met %s" width="60"></a>' % (ls, IDP[idp], idpname))
        body = ('<h1>%s</h1><p>U logt in met %s. Daarna vult u het formulier in. Het invullen duurt ongeveer 10 minuten.</p>%s'
                '<p>%s <a href="%s">Inloggen met %s</a></p><p>Hebt u geen %s? <a href="http://%s/aanvragen">%s aanvragen</a></p>'
                % (esc(title), idpname, pref, logo, ls, idpname, idpname, IDP[idp], idpname))
        simple_page(host, path, title, body, site["name"])
    return url(host, path)


def make_anon_form(site, host, k, title, platform):
    slug = T[k][2] if k in T else k
    if platform == "openforms" or platform == "js67":
        path = "/%s" % slug
        js = ("document.getElementById('of').innerHTML='<h1>%s</h1><form method=\"post\" action=\"/api/v2/submissions\">"
              "<label>Naam <input name=\"naam\"></label><label>E-mail <input name=\"email\"></label><label>Toelichting <textarea name=\"t\"></textarea></label>"
              "<button type=\"submit\">Versturen</button></form>';" % esc(title).replace("'", "\\'"))
        body = '<div id="of" data-form="%s"></div><script>%s</script>' % (slug, js)
        feat("js_only_form")
    else:
        path = {"formdesk": "/%s/%s-formulier" % (site["short"].lower().replace(" ", ""), slug),
                "gravity": "/formulieren/%s/" % slug,
                "tripleforms": "/TriplEforms/Formulier/%s.aspx" % slug.replace("-", "").capitalize()}.get(platform, "/formulier/%s" % slug)
        body = ('<h1>%s</h1><p>U hoeft niet in te loggen. Velden met een * zijn verplicht.</p>'
                '<form method="post" action="%s">%s<button type="submit">Verzenden</button></form>'
                % (esc(title), path, form_fields(k)))
    simple_page(host, path, title, body, site["name"])
    return url(host, path)


def make_pdf(site, k, title, kind="form"):
    slug = T[k][2] if k in T else k
    path = "/documenten/%s-%s.pdf" % (("aanvraagformulier" if kind == "form" else kind), slug)
    if kind == "form":
        data = pdf("Aanvraagformulier " + title, ["%s" % site["name"], "", "1. Gegevens aanvrager", "Naam:",
                   "Adres:", "Postcode en woonplaats:", "Telefoonnummer:", "E-mailadres:", "", "2. Uw aanvraag",
                   "Omschrijving:", "Locatie:", "Datum:", "", "3. Ondertekening", "Handtekening:",
                   "", "Stuur het formulier met de bijlagen naar %s, Postbus 1, of lever het in bij de balie." % site["name"]], form=True)
    else:
        data = pdf(title, ["%s" % site["name"], "", "Artikel 1 Begripsbepalingen",
                           "In deze verordening wordt verstaan onder: ...", "Artikel 2 Belastbaar feit",
                           "Tarieventabel behorende bij de verordening, tarief per jaar: EUR 0,00", "Artikel 3 Inwerkingtreding"])
    put(site["host"], path, data)
    return path


def cta(site, frompath, target, text, style):
    t = esc(href(site, frompath, target))
    if style == "button":
        feat("cta_button_onclick")
        return '<p><button type="button" class="btn btn-primary" onclick="location.href=\'%s\'">%s</button></p>' % (t, esc(text))
    if style == "getform":
        feat("cta_get_form")
        base, _, q = target.partition("?")
        hidden = ""
        if "/auth/" not in target and not target.endswith(".pdf"):
            hidden = '<input type="hidden" name="bron" value="productpagina">'
        return ('<form class="cta" method="get" action="%s">%s<button type="submit">%s</button></form>'
                % (esc(href(site, frompath, base)), hidden, esc(text)))
    if style == "iframe":
        feat("cta_iframe")
        return '<iframe title="%s" src="%s" width="100%%" height="700"></iframe>' % (esc(text), t)
    return '<p><a class="button" href="%s">%s</a></p>' % (t, esc(text))


# ---------------------------------------------------------------- product pages

def product_body(site, path, row, title, route_html, extra_html):
    k = row["key"]
    intro = T[k][4]
    s = site["short"]
    tpl = site["tpl"]
    kost = "<p>De kosten vindt u in de tarieventabel.</p>" if row.get("level") != 0 else "<p>Aan deze aanvraag zijn kosten verbonden. U betaalt aan de balie met pin.</p>"
    if tpl == "gol":
        return (f"<h1>{esc(title)}</h1><h2>Wat is het?</h2><p>{esc(intro)}</p><h2>Hoe werkt het?</h2>"
                f"<p>Wij behandelen uw aanvraag binnen 8 weken.</p><h2>Wat moet ik doen?</h2>{route_html}"
                f"<h2>Wat kost het?</h2>{kost}{extra_html}")
    if tpl == "iprox":
        return (f'<h1>{esc(title)}</h1><div class="iprox-content"><p class="intro">{esc(intro)}</p>'
                f'<details open><summary>Aanvragen</summary>{route_html}</details>'
                f'<details><summary>Voorwaarden</summary><p>U staat ingeschreven in de gemeente {esc(s)}.</p></details>'
                f'<details><summary>Kosten</summary>{kost}</details></div>{extra_html}')
    if tpl == "nlds":
        return (f'<h1 class="utrecht-heading-1">{esc(title)}</h1><div class="direct-regelen"><h2>Direct regelen</h2>{route_html}</div>'
                f'<p class="utrecht-paragraph--lead">{esc(intro)}</p><h2>Voorwaarden</h2><p>Lees de voorwaarden goed voordat u begint.</p>'
                f'<h2>Kosten</h2>{kost}{extra_html}')
    if tpl == "sim":
        return (f'<h1>{esc(title)}</h1><div class="pdc"><h2>Omschrijving</h2><p>{esc(intro)}</p><h2>Aanvragen</h2>{route_html}'
                f'<h2>Kosten</h2>{kost}<h2>Bijzonderheden</h2><p>Neem bij vragen contact op met het KlantContactCentrum.</p></div>{extra_html}')
    if tpl == "typo3":
        return (f'<div class="ce-header"><h1>{esc(title)}</h1></div><div class="ce-bodytext"><p>{esc(intro)}</p>'
                f'<h3>Aanvragen</h3>{route_html}<h3>Kosten</h3>{kost}</div>{extra_html}')
    if tpl == "sitecore":
        return (f'<article><h1>{esc(title)}</h1><p class="lead">{esc(intro)}</p><h2>Zo regelt u het</h2>{route_html}'
                f'<h2>Meer informatie</h2><p>Bel ons op werkdagen van 8.30 tot 17.00 uur.</p>{extra_html}</article>')
    if tpl == "catalogue":
        return (f'<h1>{esc(title)}</h1><table class="productinfo"><tr><th>Omschrijving</th><td>{esc(intro)}</td></tr>'
                f'<tr><th>Aanvragen</th><td>{route_html}</td></tr><tr><th>Termijn</th><td>8 weken</td></tr></table>{extra_html}')
    if tpl == "rijk":
        return f'<h1>{esc(title)}</h1><p class="intro">{esc(intro)}</p>{route_html}{extra_html}'
    # wp
    return (f'<article class="post type-page"><h1 class="entry-title">{esc(title)}</h1><div class="entry-content"><p>{esc(intro)}</p>'
            f'<h2>Zo werkt het</h2>{route_html}{extra_html}</div></article>')


T.update({
 "verblijfsvergunning": ("Verblijfsvergunning aanvragen", None, "verblijfsvergunning", "Verblijf", "Wilt u langer dan 90 dagen in Nederland blijven? Dan hebt u meestal een verblijfsvergunning nodig. Uw referent (werkgever, partner of onderwijsinstelling) kan de aanvraag ook doen."),
 "verkeersboete": ("Verkeersboete", None, "verkeersboete", "Boetes", "Hebt u een verkeersboete gekregen? Betaal de boete op tijd. Bent u het er niet mee eens, dan kunt u beroep instellen."),
})

WATER_TITLES = {
 "watermelding": ["Melding doen", "Melding werkzaamheden", "Melden bij het waterschap"],
 "watervergunning": ["Watervergunning aanvragen", "Vergunning of ontheffing van de Keur", "Watervergunning"],
 "bedrijfsafvalwater-melding": ["Lozen van bedrijfsafvalwater", "Afvalwater lozen door bedrijven", "Melding lozing"],
 "schadevergoeding-provincie": ["Schade melden", "Aansprakelijkstelling", "Schade door werkzaamheden van het waterschap"],
 "wegvergunning-provinciaal": ["Werken aan of langs een weg", "Ontheffing wegen", "Wegen"],
 "belastingkwijtschelding": ["Kwijtschelding", "Kwijtschelding waterschapsbelastingen", "Kwijtschelding aanvragen"],
 "betalingsregeling": ["Betalingsregeling", "Betalen in termijnen", "Betalingsregeling aanvragen"],
 "belastingaanslag-bezwaar": ["Bezwaar maken tegen de aanslag", "Bezwaar tegen uw aanslag", "Niet eens met uw aanslag"],
 "zuiveringsheffing": ["Zuiveringsheffing", "Zuiveringsheffing bedrijven en huishoudens", "Zuiveringsheffing"],
 "watersysteemheffing": ["Watersysteemheffing", "Watersysteemheffing ingezetenen en gebouwd", "Watersysteemheffing"],
 "melding-openbare-ruimte": ["Probleem melden", "Melding over water, dijk of weg", "Storing of overlast melden"],
 "omgevingsvergunning": ["Omgevingswet en vergunningen", "Omgevingsvergunning wateractiviteit", "Vergunning onder de Omgevingswet"],
 "subsidie": ["Subsidies", "Subsidie aanvragen", "Subsidie voor waterprojecten"],
 "bezwaar": ["Bezwaar maken", "Bezwaar en beroep", "Bezwaar maken tegen een besluit"],
 "klacht": ["Klacht indienen", "Klachten", "Ontevreden?"],
 "woo-verzoek": ["Woo-verzoek", "Informatie opvragen", "Wet open overheid (Woo)"],
}


def title_for(site, row):
    k = row["key"]
    if site["typ"] == "waterschap" and k in WATER_TITLES:
        return WATER_TITLES[k][int(site["code"][2:]) % 3]
    formal, colloq = T[k][0], T[k][1]
    if row.get("woonboot"):
        return "Wonen op een woonboot"
    if site["typ"] == "gemeente" and colloq and (row.get("colloq") or (zlib.crc32((site["code"] + k).encode()) % 100) < site.get("colloq", 0) * 100):
        row["colloq_used"] = True
        return colloq
    return formal


def build_route(site, path, row, title):
    """returns (route_html, route_url, level, strict, via, notes list)"""
    k = row["key"]
    lvl = row["level"]
    h = site["host"]
    notes = []
    style = row.get("cta") or site["cta"]
    # vary cta style a bit per row
    v = zlib.crc32((site["code"] + k + "cta").encode()) % 5
    if v == 0:
        style = ["a", "button", "getform", "iframe", "a"][zlib.crc32(k.encode()) % 5]
    strict = bool(row.get("strict"))
    aud = PROD[k]["aud"]
    idp = "eherk" if (row.get("kind") == "eherk" or (aud == "ondernemer") or
                      (site["typ"] in ("waterschap", "provincie") and k in ("watervergunning", "bedrijfsafvalwater-melding", "wegvergunning-provinciaal", "subsidie"))) else "digid"
    via = row.get("via")
    if lvl == 0:
        txt = {"overlijdensaangifte": "<p>Meestal doet de uitvaartondernemer de aangifte. U kunt ook zelf aangifte doen aan de balie van het stadhuis.</p>",
               "zuiveringsheffing": "<p>Huishoudens betalen voor 1 of 3 vervuilingseenheden. Bedrijven betalen op basis van het waterverbruik of een meting. Vragen over uw aanslag? Bel ons.</p>",
               "watersysteemheffing": "<p>Eigenaren van gebouwen, grond en natuur en alle ingezetenen betalen watersysteemheffing. U krijgt de aanslag in het voorjaar.</p>"}.get(
            k, "<p>U kunt dit niet online regelen. Kom langs aan de balie of bel ons op telefoonnummer 14 0xx.</p>")
        if row.get("appt"):
            ah = "afspraken.%s" % h.replace("www.", "")
            ap = "/qmaticwebbooking/#/"
            simple_page(ah, "/qmaticwebbooking/", "Afspraak maken", '<h1>Afspraak maken</h1><form method="post" action="/qmaticwebbooking/book"><label>Product <select name="p"><option>%s</option></select></label><label>Datum <input type="date" name="d"></label><button>Volgende</button></form>' % esc(title), site["name"])
            txt += cta(site, path, "http://%s/qmaticwebbooking/" % ah, "Maak een afspraak", "a")
            notes.append("appointment booking only (not a form)")
            feat("appointment")
        return txt, "", 0, 0, None, notes + ["information only"]
    if lvl == 33:
        p = make_pdf(site, k, title)
        feat("pdf_form")
        text = "Download het aanvraagformulier (pdf, %d kB)" % (90 + len(k) * 3)
        h1 = "<p>Vul het formulier in en stuur het per post op, of lever het in bij de balie.</p>" + cta(site, path, p, text, "a" if style == "iframe" else style)
        return h1, url(h, p), 33, 33, None, notes + ["printable PDF form"]
    # online (67 or 100)
    if via:
        return via_route(site, path, row, title, style, strict, idp)
    if lvl == 67:
        plat = "js67" if row.get("kind") == "js67" else site["platform"]
        fhost = site["formhost"]
        if plat in ("eherk", "own", "mijn", "waternet", "eloket", "decos"):
            fhost = fhost
        if plat in ("openforms",):
            plat = "openforms"
        fu = make_anon_form(site, fhost, k, title, plat)
        nts = ["anonymous web form on %s" % fhost + (" (built by JavaScript)" if plat in ("openforms", "js67") else "")]
        if site.get("overview"):
            ov = overview_link(site, path, fu, title)
            return ov, fu, 67, 67, None, nts + ["behind the forms overview page"]
        txt = {"a": "Vul het formulier in", "button": "Melding doen", "getform": "Formulier invullen", "iframe": "formulier"}[style]
        return "<p>Dit formulier kunt u zonder inloggen invullen.</p>" + cta(site, path, fu, txt, style), fu, 67, 67, None, nts
    # 100
    plat = site["platform"]
    fu = make_login_form(site, site["formhost"], k, idp, title, strict, plat)
    idpname = "DigiD" if idp == "digid" else "eHerkenning"
    nts = ["form behind %s on %s" % (idpname, site["formhost"])]
    if plat == "openforms":
        nts[0] += " (login button built by JavaScript)"
    if strict:
        nts.append("explicit BRP pre-fill statement")
    if site.get("overview") and not row.get("kind"):
        ov = overview_link(site, path, fu, title)
        return ov, fu, 100, 100 if strict else 67, None, nts + ["behind the forms overview page"]
    if row.get("kind") == "digid_img" or (zlib.crc32((site["code"] + k + "img").encode()) % 6 == 0 and idp == "digid" and style == "a"):
        feat("digid_image_only")
        nts.append("DigiD shown only as image alt text")
        htm = '<p>Regel het direct online:</p><p><a href="%s"><img src="%s" alt="DigiD - %s"></a></p>' % (esc(href(site, path, fu)), esc(href(site, path, "/img/digid.svg")), esc(T[k][0]))
        return htm, fu, 100, 100 if strict else 67, None, nts
    txt = {"digid": ["%s met DigiD" % T[k][0], "Online regelen (DigiD)", "Direct aanvragen", "Start formulier"],
           "eherk": ["Aanvragen met eHerkenning", "Online aanvragen (eHerkenning)", "Start het e-formulier"]}[idp]
    t = txt[zlib.crc32((k + site["code"]).encode()) % len(txt)]
    lead = "<p>U hebt %s nodig.</p>" % idpname
    return lead + cta(site, path, fu, t, style), fu, 100, 100 if strict else 67, None, nts


def overview_link(site, path, fu, title):
    feat("forms_overview_link")
    ovpath = "/formulieren" if site["code"] != "GM0184" else "http://eloket.urk.test/formulieren"
    OVERVIEW.setdefault(site["code"], []).append((title, fu))
    return '<p>U vraagt dit aan via ons <a href="%s">E-loket (alle formulieren)</a>. Kies daar het formulier "%s".</p>' % (
        esc(href(site, path, ovpath)), esc(title))

OVERVIEW = {}
VIA_PAGES = {}


def via_route(site, path, row, title, style, strict, idp):
    k = row["key"]
    via = row["via"]
    lvl = row["level"]
    if via == "omgevingswet.overheid.test":
        fu = "http://omgevingswet.overheid.test/aanvragen-en-melden"
        htm = ('<p>U vraagt de vergunning aan via het Omgevingsloket van de overheid. Doe eerst de vergunningcheck.</p>'
               + cta(site, path, fu, "Naar het Omgevingsloket", style if style != "iframe" else "a"))
        return htm, fu, 100, 100, via, ["sent to the national Omgevingsloket (login, pre-fill stated)"]
    if via in TAXNAMES and via != "www.waternet.test" or row.get("taxroute"):
        th = via or site["tax"]
        slug = T[k][2]
        fu = "http://%s/%s" % (th, slug)
        VIA_PAGES.setdefault(th, set()).add(k)
        nm = TAXNAMES[th]
        if site["typ"] == "waterschap":
            s_ = "Wij heffen en innen de waterschapsbelastingen niet zelf. Dat doet %s voor ons." % nm
        else:
            s_ = "De gemeentelijke belastingen worden geheven door %s." % nm
        htm = "<p>%s</p>" % esc(s_) + cta(site, path, fu, "Regel het bij %s" % nm, style if style != "iframe" else "a")
        return htm, fu, 100, 67, via, ["via tax office %s (DigiD form there)" % th]
    if via == "www.waternet.test":
        slug = T[k][2]
        if lvl == 100:
            fu = make_login_form(site, "www.waternet.test", k, idp, title + " (Waternet)", False, "waternet")
        else:
            fu = make_anon_form(site, "www.waternet.test", k, title + " (Waternet)", "own")
        htm = ("<p>Waternet voert dit uit namens Waterschap Amstel, Gooi en Vecht.</p>"
               + cta(site, path, fu, "Ga naar Waternet", style))
        return htm, fu, lvl, (67 if lvl == 100 else lvl), via, ["route at Waternet (executive organisation of AGV)"]
    if via == "www.parkeerloket-almere.test":
        fu = make_login_form(site, via, k, "digid", "Parkeervergunning aanvragen", False, "mijn")
        htm = '<p>Parkeervergunningen regelt u in het Parkeerloket Almere.</p>' + cta(site, path, fu, "Naar het Parkeerloket", style)
        return htm, fu, 100, 67, via, ["via parking portal"]
    if via == "www.wij-veenkolonien.test":
        fu = make_login_form(site, via, k, "digid", title + " aanvragen", True, "mijn")
        htm = '<p>De uitvoering van de Participatiewet ligt bij de regionale sociale dienst WIJ Veenkoloniën.</p>' + cta(site, path, fu, "Aanvragen bij WIJ Veenkoloniën", style)
        return htm, fu, 100, 100, via, ["via regional social service (DigiD, pre-fill stated)"]
    if via == "www.bij12.test":
        fu = make_login_form(site, via, k, "digid", "Tegemoetkoming faunaschade aanvragen", False, "mijn")
        htm = '<p>Schade door beschermde dieren (faunaschade) meldt u bij BIJ12.</p>' + cta(site, path, fu, "Naar BIJ12 Mijn Faunaschade", style)
        return htm, fu, 100, 67, via, ["via BIJ12 own-account portal"]
    raise ValueError(via)

# ---------------------------------------------------------------- traps


def trap_html(site, path, row, t, allrows):
    k = row["key"]
    L = lambda x: esc(href(site, path, x))
    if t == "contact":
        return ("<section class='contact'><h2>Vraag over %s?</h2><form method='post' action='%s'><label>Naam <input name='naam'></label>"
                "<label>Uw vraag <textarea name='vraag'></textarea></label><button type='submit'>Verstuur uw vraag</button></form></section>" % (esc(T[k][0].lower()), L("/contact/formulier"))), "general contact form on the page"
    if t == "tariff_pdf":
        p = make_pdf(site, k, "Verordening en tarieventabel %s %s 2026" % (T[k][0].lower(), site["short"]), "tarieventabel")
        return "<p><a href='%s'>Tarieventabel en verordening 2026 (pdf, 212 kB)</a></p>" % L(p), "regulation/tariff PDF"
    if t == "other_form":
        others = [r for r in allrows if r["code"] == site["code"] and r.get("route_url") and r["key"] != k and r.get("level", 0) >= 67]
        if not others:
            return "", None
        o = others[zlib.crc32(k.encode()) % len(others)]
        return ("<aside><h2>Zie ook</h2><p><a href='%s'>%s aanvragen</a></p></aside>" % (esc(o["route_url"]), esc(T[o["key"]][0]))), "form of another product (%s) linked under Zie ook" % o["key"]
    if t == "chat":
        return ("<div class='chatbot'><button type='button' onclick=\"document.getElementById('cb').hidden=false\">Chat met Digitale Assistent</button>"
                "<form id='cb' hidden method='post' action='%s'><input name='bericht' placeholder='Typ uw vraag'><button>Stuur</button></form></div>" % L("/chat")), "chat widget"
    if t == "survey":
        return ("<section class='feedback'><h2>Hoe tevreden bent u over deze pagina?</h2><form method='post' action='%s'>"
                "<label><input type='radio' name='score' value='1'> Tevreden</label><label><input type='radio' name='score' value='0'> Niet tevreden</label>"
                "<label>Toelichting <textarea name='t'></textarea></label><button>Versturen</button></form></section>" % L("/feedback")), "satisfaction survey form"
    if t == "newsletter":
        return ("<section class='nieuwsbrief'><h2>Blijf op de hoogte</h2><form method='post' action='%s'><label>E-mailadres <input type='email' name='email'></label>"
                "<button>Aanmelden voor de nieuwsbrief</button></form></section>" % L("/nieuwsbrief")), "newsletter sign-up form"
    return "", None

# ---------------------------------------------------------------- build


def build():
    rows = plan_rows()
    pid_counter = {}
    # first pass: routes
    for row in rows:
        site = SITES[row["code"]]
        k = row["key"]
        if row.get("status") in ("nf", "no"):
            continue
        pid = pid_counter[site["code"]] = pid_counter.get(site["code"], 0) + 1
        row["path"] = prod_path(site, k, pid * 7 % 97 + pid)
        row["title"] = title_for(site, row)
        if row.get("faqpage"):
            row["path"] = "/vraag-en-antwoord/kan-ik-mijn-aanslag-niet-betalen/"
            row["title"] = "Kan ik mijn aanslag niet in één keer betalen?"
        rh, ru, lvl, ls, via, nts = build_route(site, row["path"], row, row["title"])
        row.update(route_html=rh, route_url=ru, level=lvl, level_strict=ls, via_host=via, notes=nts)
    # shared product pages: second product points to first's page
    done_shared = set()
    for row in rows:
        if row.get("shared") and row.get("route_html") is not None:
            other = next(r for r in rows if r["code"] == row["code"] and r["key"] == row["shared"])
            pair = tuple(sorted([row["key"], other["key"]]))
            if (row["code"], pair) in done_shared:
                continue
            done_shared.add((row["code"], pair))
            other["sharedwith"] = row
            row["combined"] = other
    # pages
    for row in rows:
        site = SITES[row["code"]]
        if row.get("route_html") is None or row.get("sharedwith"):
            continue
        k = row["key"]
        path = row["path"]
        title = row["title"]
        extra = ""
        tnotes = []
        for t in row.get("traps", []):
            if t == "appt":
                tnotes.append("appointment booking link")
                continue
            hx, nt = trap_html(site, path, row, t, rows)
            if nt:
                extra += hx
                tnotes.append(nt)
        if site.get("header_login"):
            tnotes.append("site-wide '%s' login in the header" % site["header_login"])
        if site.get("footer_digid"):
            tnotes.append("DigiD/eHerkenning logos in the footer")
        route_html = row["route_html"]
        comb = row.get("combined")
        if comb:
            title = {"paspoort": "Paspoort en identiteitskaart", "watervergunning": "Vergunningen: watervergunning en omgevingsvergunning"}.get(
                k, "%s en %s" % (T[k][0], T[comb["key"]][0].lower()))
            route_html = "<h3>%s</h3>%s<h3>%s</h3>%s" % (esc(T[k][0]), route_html, esc(T[comb["key"]][0]), comb["route_html"])
            comb["path"] = path
            comb["title"] = title
            row["title"] = title
            comb["notes"] = comb["notes"] + ["page shared with %s" % k]
            row["notes"] = row["notes"] + ["page shared with %s" % comb["key"]]
            feat("shared_product_page")
            comb["trapnotes"] = tnotes
            row["colloq_used"] = False
        if row.get("similar"):
            feat("similar_permit_page")
        body = product_body(site, path, row, title, route_html, extra)
        hl = None
        if site.get("english") and k in ENGLISH.get(site["code"], {}):
            ep, et = ENGLISH[site["code"]][k]
            hl = url(site["host"], ep)
            eb = ("<h1>%s</h1><p>This page is a summary in English. %s</p>%s" % (esc(et), "Apply online below." if row["level"] >= 67 else "", row["route_html"]))
            page(site, ep, et, eb, lang="en")
            feat("english_page")
            row["notes"].append("English page beside the Dutch one")
        if row.get("audpage"):
            feat("audience_page_same_name")
            bp = path.rstrip("/") + ("-bedrijven" if not path.endswith("/") else "-bedrijven/")
            if "?" in bp:
                bp = path + "&doelgroep=ondernemers"
            page(site, bp, title + " (ondernemers)", product_body(site, bp, row, title, "<p>Voor bedrijven geldt een aparte regeling. Neem contact op met het Ondernemersloket.</p>", ""))
            row["notes"].append("a businesses' page of the same name exists")
        page(site, path, title, body, hreflang=hl)
        row["trapnotes"] = tnotes
    return rows


ENGLISH = {
 "GM0034": {"verhuismelding": ("/english/moving-to-almere", "Moving to or within Almere"),
            "parkeervergunning": ("/english/parking-permit", "Parking permit")},
 "WS0372": {"watervergunning": ("/en/water-permit", "Water permit (watervergunning)")},
 "oorg10222": {"verblijfsvergunning": ("/en/residence-permits", "Residence permits")},
}

# ---------------------------------------------------------------- site-level pages


def site_pages(site, rows):
    code = site["code"]
    h = site["host"]
    myrows = [r for r in rows if r["code"] == code]
    live = [r for r in myrows if r.get("path")]
    home = "/"
    if site.get("cookie") or site.get("splash"):
        home = "/home"
    site["home"] = home
    L = lambda frm, t: esc(href(site, frm, t))
    # homepage
    tiles = "".join('<li><a href="%s">%s</a></li>' % (L(home, r["path"]), esc(r["title"])) for r in live[:14])
    news = "".join('<li><a href="%s">%s</a></li>' % (L(home, p), esc(t)) for p, t in NEWS.get(code, []))
    page(site, home, "Home", "<h1>Welkom bij %s</h1><h2>Veelgevraagd</h2><ul class='tiles'>%s</ul><h2>Nieuws</h2><ul>%s</ul>"
         "<p><a href='%s'>Alle onderwerpen van A tot Z</a></p>%s" % (esc(site["name"]), tiles, news, L(home, "/a-z"),
         ("<p><a href='%s'>Vergunningen, ontheffingen en meldingen</a></p>" % L(home, "/vergunningen-en-meldingen/")) if any(r.get("multi") and r.get("path") for r in myrows) else ""))
    if site.get("cookie") == "links":
        put(h, "/", '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Cookies | %s</title></head><body><div class="cookiewall"><h1>Deze website gebruikt cookies</h1><p>Wij gebruiken functionele en analytische cookies.</p><a href="/home?cookies=accept">Alle cookies accepteren</a> <a href="/home?cookies=functional">Alleen noodzakelijke cookies</a></div></body></html>' % esc(site["name"]))
        feat("cookie_interstitial")
    elif site.get("cookie") == "form":
        put(h, "/", '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Cookie-instellingen | %s</title></head><body><h1>Cookie-instellingen</h1><form method="get" action="/home"><input type="hidden" name="consent" value="1"><button type="submit">Akkoord</button></form><form method="get" action="/home"><input type="hidden" name="consent" value="0"><button type="submit">Weigeren</button></form></body></html>' % esc(site["name"]))
        feat("cookie_interstitial")
    elif site.get("splash"):
        put(h, "/", '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Gemeente Vaals - Gemeinde Vaals</title></head><body><h1>Kies uw taal / Wählen Sie Ihre Sprache / Choose your language</h1><ul><li><a href="/home" hreflang="nl">Nederlands</a></li><li><a href="/de/" hreflang="de">Deutsch</a></li><li><a href="/en/" hreflang="en">English</a></li></ul></body></html>')
        simple_page(h, "/de/", "Gemeinde Vaals", "<h1>Willkommen in Vaals</h1><p>Informationen für Grenzgänger und neue Einwohner aus Deutschland. Die meisten Anträge stellen Sie auf Niederländisch: <a href='/home'>zur niederländischen Website</a>.</p><p><a href='/de/umzug'>Umzug nach Vaals</a></p>", site["name"], "de")
        simple_page(h, "/de/umzug", "Umzug nach Vaals", "<h1>Umzug nach Vaals</h1><p>Sie ziehen aus Aachen nach Vaals? Melden Sie Ihren Umzug online an: siehe die niederländische Seite <a href='/home'>Verhuizen</a>.</p>", site["name"], "de")
        simple_page(h, "/en/", "Municipality of Vaals", "<h1>Municipality of Vaals</h1><p>Most information is in Dutch. <a href='/home'>Go to the Dutch site</a>.</p>", site["name"], "en")
        feat("language_splash")
    # special not-offered pages (linked from the A-Z)
    npages = len(site["pages"])
    for r in myrows:
        if r.get("status") == "no":
            not_offered_page(site, r)
    extra_az = [(p, t) for p, t in site["pages"][npages:]]
    # A-Z
    items = sorted([(r["path"], r["title"]) for r in live] + extra_az, key=lambda r: r[1].lower())
    az = "".join('<li><a href="%s">%s</a></li>' % (L("/a-z", p), esc(t)) for p, t in items)
    for r in myrows:
        if r.get("stale"):
            sp = prod_path(site, r["key"], 90 + len(r["key"]))
            az += '<li><a href="%s">%s</a></li>' % (L("/a-z", sp), esc(T[r["key"]][0]))
            r["notes"] = ["stale A-Z link to a soft-404 page"]
            feat("stale_az_link_soft404")
    page(site, "/a-z", "Onderwerpen A-Z", "<h1>Producten en diensten van A tot Z</h1><ul class='az'>%s</ul>" % az)
    if code == "GM0981":
        page(site, "/producten", "Producten", "<h1>Alle producten</h1><ul>%s</ul>" % az)
        feat("query_string_catalogue")
    if code == "WS0650":
        feat("query_string_catalogue")
    # sections
    for navt, navu in NAV[site["typ"]]:
        if navu in ("/nieuws", "/contact"):
            continue
        lst = "".join('<li><a href="%s">%s</a></li>' % (L(navu, r["path"]), esc(r["title"])) for r in live
                      if (navu != "/ondernemers" or PROD[r["key"]]["aud"] != "burger") and (navu != "/belastingen" or r["key"] in TAX_KEYS)
                      and navu not in ("/bestuur", "/vraag-en-antwoord"))
        if navu == "/belastingen":
            lst += NO_TAX.get(code, "")
            body = "<h1>Belastingen</h1><p>Het waterschap heft watersysteemheffing en zuiveringsheffing. Bekijk hieronder wat u kunt regelen.</p><ul>%s</ul>" % lst
            if code == "WS0650":
                body += ("<h2>Wegenheffing?</h2><p>Waterschap Zuiderzeeland heft geen wegenheffing: wij beheren geen wegen. "
                         "Vragen over wegen en vergunningen voor werken langs de weg stelt u aan de provincie Flevoland of uw gemeente.</p>")
            page(site, navu, navt, body)
        elif navu == "/vraag-en-antwoord":
            page(site, navu, "Vraag en antwoord", faq_body(site, myrows, navu))
        elif navu == "/bestuur":
            page(site, navu, "Bestuur en organisatie", "<h1>Bestuur en organisatie</h1><p>De gemeenteraad, het college van burgemeester en wethouders en de ambtelijke organisatie.</p>")
        else:
            page(site, navu, navt, "<h1>%s</h1><ul>%s</ul>" % (esc(navt), lst))
    # news
    for p, t in NEWS.get(code, []):
        page(site, p, t, "<article class='news'><h1>%s</h1><p class='date'>12 november 2026</p><p>%s</p></article>" % (esc(t), esc(NEWS_TEXT[(code, p)])))
    page(site, "/nieuws", "Nieuws", "<h1>Nieuws</h1><ul>%s</ul>" % "".join('<li><a href="%s">%s</a></li>' % (L("/nieuws", p), esc(t)) for p, t in NEWS.get(code, [])))
    # contact (general contact form lives here too)
    page(site, "/contact", "Contact", "<h1>Contact</h1><p>Bel 14 0xx of stuur ons een bericht.</p><form method='post' action='%s'><label>Naam <input name='n'></label><label>Bericht <textarea name='b'></textarea></label><button>Versturen</button></form>" % L("/contact", "/contact/formulier"))
    for pth, t in (("/privacy", "Privacyverklaring"), ("/toegankelijkheid", "Toegankelijkheidsverklaring"), ("/zoeken", "Zoeken")):
        page(site, pth, t, "<h1>%s</h1><p>%s</p>" % (t, "Zoekresultaten worden hier getoond." if pth == "/zoeken" else "Informatie over %s." % t.lower()))
    # water boards: one page about several related water products
    multi = [r for r in myrows if r.get("multi") and r.get("path")]
    if multi:
        lis = "".join("<li><a href='%s'>%s</a></li>" % (L("/vergunningen-en-meldingen/", r["path"]), esc(r["title"])) for r in multi)
        page(site, "/vergunningen-en-meldingen/", "Vergunningen, ontheffingen en meldingen",
             "<h1>Vergunningen, ontheffingen en meldingen</h1><p>In de Keur (nu: waterschapsverordening) staat wat wel en niet mag in en bij het water. "
             "In de Legger ziet u welke watergangen en dijken wij beheren. Soms is een melding genoeg, soms hebt u een watervergunning of een ontheffing nodig. "
             "Voor verontreinigingsheffing en zuiveringsheffing kijkt u bij Belastingen.</p><ul>%s</ul>"
             "<h2>Legger bekijken</h2><p>De Legger bekijkt u in de kaartviewer.</p>" % lis)
        feat("multi_product_water_page")
    # overview page
    if code in OVERVIEW:
        lst = OVERVIEW[code]
        filler = [("Aanvraag huisnummer", "#"), ("Melding verlies reisdocument", "#"), ("Opgave kinderopvang", "#"), ("Aanvraag gehandicaptenparkeerkaart", "#")]
        li = "".join('<li><a href="%s">%s</a></li>' % (esc(u), esc(t)) for t, u in sorted(lst + [f for f in filler if f[1] != "#"]))
        li += "".join('<li>%s (tijdelijk niet beschikbaar)</li>' % esc(t) for t, u in filler)
        if code == "GM0184":
            simple_page("eloket.urk.test", "/formulieren", "E-loket Urk - alle formulieren", "<h1>E-loket: alle formulieren</h1><ul>%s</ul>" % li, site["name"])
        else:
            page(site, "/formulieren", "Alle formulieren", "<h1>Alle formulieren</h1><p>Kies het formulier dat u wilt invullen.</p><ul>%s</ul>" % li)
        feat("forms_overview_page")
    # robots, sitemap, css, img
    put(h, "/robots.txt", "User-agent: *\nDisallow: /zoeken\n" + ("Sitemap: http://%s/sitemap.xml\n" % h if site.get("sitemap") else ""))
    if site.get("sitemap"):
        locs = "".join("<url><loc>%s</loc></url>" % esc(url(h, p)) for p, t in site["pages"])
        put(h, "/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>' % locs)
        feat("sitemap")
    put(h, "/css/site.css", "body{font-family:sans-serif}")
    put(h, "/img/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>')
    put(h, "/img/digid.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>DigiD</title></svg>')
    put(h, "/img/eherkenning.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>eHerkenning</title></svg>')
    if site.get("soft404"):
        put(h, "/_soft404.html", '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Pagina niet gevonden | %s</title></head><body><h1>Pagina niet gevonden</h1><p>Helaas, de pagina die u zoekt bestaat niet (meer). Probeer de <a href="/zoeken">zoekfunctie</a>.</p></body></html>' % esc(site["name"]))
        BEHAV["not_found_pages"].append({"host": h, "file": "sites/%s/_soft404.html" % h, "status": 200})
        feat("soft404")


NO_TAX = {}


def faq_body(site, myrows, path):
    L = lambda t: esc(href(site, path, t))
    qa = []
    byk = {r["key"]: r for r in myrows}
    def link(k, txt):
        r = byk.get(k)
        if r and r.get("path"):
            return '<a href="%s">%s</a>' % (L(r["path"]), esc(txt))
        return esc(txt)
    qa.append(("Kan ik mijn aanslag niet betalen?", "Kunt u de aanslag niet betalen? Misschien komt u in aanmerking voor %s. Of vraag een %s aan." % (link("belastingkwijtschelding", "kwijtschelding"), link("betalingsregeling", "betalingsregeling"))))
    qa.append(("Waarom betaal ik zuiveringsheffing?", "Het waterschap zuivert het afvalwater van uw huishouden. Lees meer over de %s." % link("zuiveringsheffing", "zuiveringsheffing")))
    qa.append(("Ik ben het niet eens met mijn aanslag. Wat nu?", "Maak binnen 6 weken %s." % link("belastingaanslag-bezwaar", "bezwaar tegen de aanslag")))
    qa.append(("Mag ik een steiger bouwen aan de sloot?", "Daarvoor hebt u meestal een %s nodig op grond van de Keur. Kijk ook in de Legger welke regels gelden." % link("watervergunning", "watervergunning")))
    qa.append(("Wat betekent verontreinigingsheffing?", "Loost u rechtstreeks op oppervlaktewater, dan betaalt u verontreinigingsheffing in plaats van zuiveringsheffing."))
    if site["code"] == "WS0155":
        qa.append(("Kan ik bij het waterschap een vergunning krijgen voor werk aan de weg?",
                   "Nee. Waterschap Amstel, Gooi en Vecht beheert geen wegen. Voor werkzaamheden aan of langs een weg neemt u contact op met de gemeente of de provincie."))
    body = "<h1>Vraag en antwoord</h1>" + "".join("<details><summary>%s</summary><p>%s</p></details>" % (esc(q), a) for q, a in qa)
    feat("faq_page")
    return body


def not_offered_page(site, r):
    k = r["key"]
    h = site["host"]
    w = r.get("where")
    if w == "Koopzondagen":
        page(site, "/Ondernemers/Winkelen/Koopzondagen", "Koopzondagen en winkeltijden",
             "<h1>Koopzondagen en winkeltijden</h1><p>In Apeldoorn mogen winkels op alle zondagen open vanaf 12.00 uur. "
             "U hebt daarvoor geen ontheffing nodig; de gemeente verleent geen ontheffingen van de winkeltijden meer.</p>")
        r["nourl"] = url(h, "/Ondernemers/Winkelen/Koopzondagen")
        r["notes"] = ["not offered: statement on 'Koopzondagen' page (no exemption needed, none granted)"]
    elif w == "faq" and site["typ"] == "gemeente":
        p = "/veelgestelde-vragen"
        page(site, p, "Veelgestelde vragen", "<h1>Veelgestelde vragen</h1><details><summary>Waar kan ik mijn paspoort ophalen?</summary><p>In het gemeentehuis.</p></details>"
             "<details><summary>Kan ik in Vaals een ligplaats voor mijn boot krijgen?</summary><p>Nee. De gemeente Vaals heeft geen vaarwater, havens of ligplaatsen en geeft geen ligplaatsvergunningen uit.</p></details>")
        r["nourl"] = url(h, p)
        r["notes"] = ["not offered: answer in the FAQ page"]
    elif w == "faq":
        r["nourl"] = url(h, "/vraag-en-antwoord")
        r["notes"] = ["not offered: FAQ answer says the board manages no roads"]
    elif w == "taxoverview":
        if site["typ"] == "waterschap":
            r["nourl"] = url(h, "/belastingen")
            r["notes"] = ["not offered: tax overview page says the board manages no roads"]
            return
        if k == "hondenbelasting":
            txt = "Urk heft geen hondenbelasting. U hoeft uw hond dus niet aan te melden."
        else:
            txt = "De gemeente Veendam heft geen reclamebelasting of precariobelasting."
        p = "/belastingen-overzicht" if site["code"] == "GM0184" else "/inwoners/belastingen/overzicht-belastingen"
        page(site, p, "Gemeentelijke belastingen", "<h1>Welke belastingen heft de gemeente?</h1><ul><li>Onroerendezaakbelasting (OZB)</li><li>Afvalstoffenheffing</li><li>Rioolheffing</li></ul><p>%s</p>" % esc(txt))
        r["nourl"] = url(h, p)
        r["notes"] = ["not offered: statement on the tax overview page"]
    elif w == "parkeren":
        page(site, "/parkeren", "Parkeren in Urk", "<h1>Parkeren</h1><p>In Urk is parkeren overal gratis. Er is geen betaald parkeren en de gemeente geeft geen parkeervergunningen uit.</p>")
        r["nourl"] = url(h, "/parkeren")
        r["notes"] = ["not offered: 'Parkeren' page says free parking, no permits"]
    elif w == "wegen":
        page(site, "/wegen", "Wegen", "<h1>Wegen</h1><p>Delfland beheert geen wegen. Voor wegen, fietspaden en bermen is de gemeente of de provincie Zuid-Holland verantwoordelijk. Een ontheffing voor werken aan de weg vraagt u daar aan.</p>")
        r["nourl"] = url(h, "/wegen")
        r["notes"] = ["not offered: 'Wegen' page says Delfland manages no roads"]
    feat("not_offered_statement")


NEWS = {}
NEWS_TEXT = {}


def add_news(code, slug, title, text):
    p = "/nieuws/%s" % slug
    NEWS.setdefault(code, []).append((p, title))
    NEWS_TEXT[(code, p)] = text


add_news("GM0034", "nieuw-parkeerbeleid", "Nieuw parkeerbeleid in Almere Stad", "Vanaf 1 januari geldt in meer wijken betaald parkeren. Bewoners kunnen een parkeervergunning aanvragen.")
add_news("GM0034", "kansspelautomaten", "Strengere regels voor speelautomaten in cafés", "De gemeenteraad heeft nieuwe regels vastgesteld voor de aanwezigheidsvergunning voor kansspelautomaten.")
add_news("GM0200", "grofvuil-gratis", "Grofvuil twee keer per jaar gratis ophalen", "Inwoners van Apeldoorn kunnen grofvuil laten ophalen.")
add_news("GM0981", "weekmarkt", "Weekmarkt Vaals verhuist naar Dreiländerpunkt-plein", "De weekmarkt verhuist. Marktkooplieden krijgen bericht van de marktmeester.")
add_news("GM0184", "haven", "Nieuwe ligplaatsen in de Urker haven", "Er zijn nieuwe ligplaatsen voor pleziervaartuigen.")
add_news("GM0632", "woonboten", "Woonbotenbeleid vastgesteld", "De raad heeft het nieuwe woonbotenbeleid vastgesteld.")
add_news("GM0047", "kwijtschelding", "Meer inwoners komen in aanmerking voor kwijtschelding", "De normen voor kwijtschelding zijn verruimd.")
add_news("PV20", "faunaschade", "Meer ganzenschade gemeld in 2026", "Boeren meldden meer schade door ganzen.")
add_news("WS0155", "aanslag-2026", "Aanslag waterschapsbelasting 2026 op de mat", "Waternet verstuurt de aanslagen. Kunt u niet betalen? Vraag kwijtschelding of een betalingsregeling aan.")
add_news("WS0372", "keur", "Nieuwe waterschapsverordening vervangt de Keur", "Sinds de Omgevingswet heet de Keur de waterschapsverordening. Voor een watervergunning gaat u naar het Omgevingsloket.")
add_news("WS0651", "dijkversterking", "Dijkversterking Markermeerdijken afgerond", "De werkzaamheden zijn klaar. Schade door de werkzaamheden kunt u melden.")
add_news("WS0152", "zuiveringsheffing", "Zuiveringsheffing stijgt minder dan verwacht", "Het algemeen bestuur heeft de tarieven voor de zuiveringsheffing vastgesteld.")
add_news("WS0650", "droogte", "Beregeningsverbod opgeheven", "U mag weer water onttrekken. Een melding is niet meer nodig.")
add_news("WS0636", "subsidie", "Subsidie voor groene daken", "Bewoners kunnen subsidie krijgen voor een groen dak.")
add_news("WS0656", "wegen", "Onderhoud wegen in de Krimpenerwaard", "Het hoogheemraadschap beheert ruim 400 kilometer weg in de Krimpenerwaard.")

NEWS_MENTIONS = {("GM0034", "kansspelautomaatvergunning"), ("GM0981", "marktvergunning"), ("WS0372", "watervergunning"),
                 ("WS0651", "schadevergoeding-provincie"), ("WS0152", "zuiveringsheffing"), ("WS0155", "belastingkwijtschelding"),
                 ("WS0636", "subsidie"), ("GM0047", "belastingkwijtschelding"), ("PV20", "schadevergoeding-provincie")}

# ---------------------------------------------------------------- shared bodies


def shared_sites():
    for th, ks in VIA_PAGES.items():
        nm = TAXNAMES[th]
        lis = ""
        for k in sorted(ks):
            slug = T[k][2]
            ls = login_start(th, slug, "digid")
            simple_page(th, "/%s" % slug, "%s | %s" % (T[k][0], nm),
                        "<h1>%s</h1><p>Regel het online in uw persoonlijke belastingomgeving.</p><p><a href='%s'>Inloggen met DigiD</a> &middot; <a href='%s'>Ondernemers: inloggen met eHerkenning</a></p>"
                        % (esc(T[k][0]), ls, login_start(th, slug, "eherk")), nm)
            lis += "<li><a href='/%s'>%s</a></li>" % (slug, esc(T[k][0]))
        if (th, "/") not in FILES:
            simple_page(th, "/", nm, "<h1>%s</h1><p>Wij heffen en innen belastingen voor gemeenten en waterschappen in de regio.</p><ul>%s</ul>" % (esc(nm), lis), nm)
            put(th, "/robots.txt", "User-agent: *\nAllow: /\n")
    simple_page("omgevingswet.overheid.test", "/aanvragen-en-melden", "Aanvragen en melden | Omgevingsloket",
                "<h1>Aanvragen en melden</h1><p>Log in met DigiD of eHerkenning om een vergunning aan te vragen of een melding te doen. "
                "Uw naam en adres zijn al ingevuld; wij halen ze op uit de BRP of het Handelsregister.</p>"
                "<p><a href='%s'>Inloggen met DigiD</a> <a href='%s'>Inloggen met eHerkenning</a></p><p><a href='/vergunningcheck'>Vergunningcheck doen</a></p>"
                % (login_start("omgevingswet.overheid.test", "aanvragen", "digid"), login_start("omgevingswet.overheid.test", "aanvragen", "eherk")), "Omgevingsloket")
    simple_page("omgevingswet.overheid.test", "/vergunningcheck", "Vergunningcheck", "<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig hebt.</p>", "Omgevingsloket")
    simple_page("omgevingswet.overheid.test", "/", "Omgevingsloket", "<h1>Omgevingsloket</h1><p><a href='/aanvragen-en-melden'>Aanvragen en melden</a></p>", "Omgevingsloket")
    for idp, nm in (("digid.test", "DigiD"), ("eherkenning.test", "eHerkenning")):
        simple_page(idp, "/inloggen", "Inloggen | %s" % nm, "<h1>Inloggen met %s</h1><form method='post' action='/inloggen'><label>Gebruikersnaam <input name='u'></label><label>Wachtwoord <input type='password' name='p'></label><button>Inloggen</button></form>" % nm, nm)
        simple_page(idp, "/", nm, "<h1>%s</h1>" % nm, nm)
        simple_page(idp, "/aanvragen", "%s aanvragen" % nm, "<h1>%s aanvragen</h1>" % nm, nm)
        put(idp, "/logo.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>%s</title></svg>' % nm)
    for h in ("mijn.almere.test", "mijn.hhnk.test"):
        BEHAV["redirects"].append({"url": "http://%s/inloggen" % h, "status": 302, "location": "http://digid.test/inloggen?service=mijn"})
        simple_page(h, "/", "Mijn omgeving", "<h1>Mijn omgeving</h1><p><a href='/inloggen'>Inloggen</a></p>")
    for h in ("www.parkeerloket-almere.test", "www.wij-veenkolonien.test", "www.bij12.test", "www.waternet.test",
              "formulieren.almere.test", "loket.apeldoorn.test", "fd4.formdesk.test", "eloket.urk.test", "mijn.woerden.test",
              "e-loket.veendam.test", "loket.provinciegroningen.test", "formulieren.hhdelfland.test", "loket.hhnk.test",
              "fd7.formdesk.test", "loket.zuiderzeeland.test", "formulieren.hdsr.test", "fd2.formdesk.test", "mijn.ind.test", "mijn.cjib.test"):
        if (h, "/") not in FILES:
            simple_page(h, "/", h, "<h1>%s</h1><p>Formulierenomgeving.</p>" % h)


def main():
    rows = build()
    for code, name, typ, host, inh in ORGS:
        site_pages(SITES[code], rows)
    shared_sites()
    # host redirects
    BEHAV["host_redirects"].append({"host": "almere.test", "status": 301, "to": "www.almere.test"})
    BEHAV["host_redirects"].append({"host": "www.veendam.test", "status": 301, "to": "veendam.test"})
    BEHAV["host_redirects"].append({"host": "hhnk.test", "status": 301, "to": "www.hhnk.test"})
    put("almere.test", "/robots.txt", "User-agent: *\n")
    put("www.veendam.test", "/robots.txt", "User-agent: *\n")
    put("hhnk.test", "/robots.txt", "User-agent: *\n")
    feat("www_redirect", 3)
    # write
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    byhost = {}
    for (h, p) in FILES:
        byhost.setdefault(h, set()).add(p)
    for (h, p), c in sorted(FILES.items()):
        if not p.endswith("/") and any(q.startswith(p + "/") for q in byhost[h]):
            BEHAV["redirects"].append({"url": url(h, p), "status": 301, "location": url(h, p + "/")})
            feat("dir_slash_redirect")
            p = p + "/"
        fp = os.path.join(OUT, "sites", h, p.lstrip("/"))
        if p.endswith("/"):
            fp = os.path.join(fp, "index.html")
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "wb") as f:
            f.write(c if isinstance(c, bytes) else c.encode("utf-8"))
    website = {"GM0034": "http://almere.test/", "GM0047": "http://www.veendam.test/", "WS0651": "http://hhnk.test/"}
    with open(os.path.join(OUT, "organisations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for code, name, typ, host, inh in ORGS:
            w.writerow([code, name, typ, website.get(code, "http://%s/" % host), inh or ""])
    trapcount = 0
    with open(os.path.join(OUT, "labels.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "notes"])
        for r in rows:
            site = SITES[r["code"]]
            if r.get("status") == "nf":
                n = "; ".join(r.get("notes") or ["no page for this product on the site"])
                if (r["code"], r["key"]) in NEWS_MENTIONS:
                    n += "; Trap: a news article mentions the product"
                    trapcount += 1
                w.writerow([r["code"], r["key"], "", "not_found", "", "", "", "", n])
                continue
            if r.get("status") == "no":
                w.writerow([r["code"], r["key"], "", "not_offered", r.get("nourl", ""), "", "", "", "; ".join(r["notes"])])
                continue
            n = "; ".join(r["notes"])
            if r.get("colloq_used"):
                n += "; colloquial title '%s'" % r["title"]
            tn = list(r.get("trapnotes", []))
            if (r["code"], r["key"]) in NEWS_MENTIONS:
                tn.append("a news article mentions the product")
            if tn:
                n += "; Trap: " + ", ".join(tn)
                trapcount += 1
            w.writerow([r["code"], r["key"], r["level"], "ok", url(site["host"], r["path"]), r["route_url"],
                        r["level_strict"], r.get("via_host") or ("www.waternet.test" if "//www.waternet.test/" in r["route_url"] else ""), n])
    man = {"behaviours": {k: v for k, v in BEHAV.items() if v}, "features": FEATURES, "generator": "web-dev5/gen.py"}
    with open(os.path.join(OUT, "testweb.json"), "w") as f:
        json.dump(man, f, indent=1, sort_keys=True)
    print("rows", len(rows), "files", len(FILES), "trap rows", trapcount)


if __name__ == "__main__":
    main()
