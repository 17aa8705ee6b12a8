#!/usr/bin/env python3
"""Generate the web-dev13 held-out test web (deterministic, no randomness beyond hashing).

    python3 gen.py            -> writes ./web/
"""
import sys
import csv, hashlib, html, json, os, shutil, zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE / "web"
PRODUCTS_CSV = Path(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'config', 'products.csv'))


def h(s):
    return int(hashlib.sha1(s.encode()).hexdigest(), 16)


def esc(s):
    return html.escape(s, quote=True)


# ---------------------------------------------------------------- files
FILES = {}
REDIRECTS = []
HOST_REDIRECTS = []
NOT_FOUND = []


def put(url, content):
    """url like http://host/path ; path ending / -> index.html"""
    assert url.startswith("http://")
    rest = url[len("http://"):]
    host, _, path = rest.partition("/")
    path = "/" + path
    if path.endswith("/"):
        path += "index.html"
    FILES[(host, path)] = content


def redirect(url, location, status=302):
    REDIRECTS.append({"url": url, "status": status, "location": location})


# ---------------------------------------------------------------- PDF writer
def pdf_bytes(title, lines, form=False):
    def pesc(t):
        t = t.encode("latin-1", "replace").decode("latin-1")
        return t.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = ["BT /F1 16 Tf 50 790 Td (%s) Tj ET" % pesc(title)]
    y = 760
    for ln in lines:
        ops.append("BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (y, pesc(ln)))
        if form and ln.endswith(":"):
            ops.append("50 %d m 545 %d l S" % (y - 14, y - 14))
            y -= 12
        y -= 18
        if y < 60:
            break
    stream = "\n".join(ops).encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        ("<< /Title (%s) /Producer (web-dev13 gen.py) >>" % pesc(title)).encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


# ---------------------------------------------------------------- products
PROD = {}
with open(PRODUCTS_CSV, newline="") as f:
    for r in csv.DictReader(f):
        PROD[r["product_key"]] = {k: r[k] for k in ("product_key", "name_nl", "org_types", "audience", "offered_by")}

# colloquial titles (two variants), section, short explanation
P = {
 "brp-uittreksel": (["Uittreksel BRP", "Uittreksel Basisregistratie Personen"], "burgerzaken", "Een uittreksel uit de Basisregistratie Personen (BRP) heeft u bijvoorbeeld nodig voor een nieuwe baan, een visum of een woning. Op het uittreksel staan uw naam, geboortedatum en adres."),
 "verhuismelding": (["Verhuizen", "Verhuizing doorgeven"], "burgerzaken", "Gaat u verhuizen? Geef uw nieuwe adres uiterlijk 5 dagen na de verhuizing door. U kunt dit al 4 weken van tevoren doen."),
 "geboorteaangifte": (["Geboorte", "Aangifte geboorte"], "burgerzaken", "Is uw kindje geboren? Gefeliciteerd! U doet binnen 3 dagen na de geboorte aangifte bij de gemeente waar uw kind is geboren."),
 "overlijdensaangifte": (["Overlijden", "Aangifte van overlijden"], "burgerzaken", "Bij een overlijden moet binnen 6 werkdagen aangifte worden gedaan. Meestal regelt de uitvaartondernemer dit voor u."),
 "huwelijksaangifte": (["Trouwen en geregistreerd partnerschap", "Melding voorgenomen huwelijk"], "burgerzaken", "Wilt u trouwen of een geregistreerd partnerschap aangaan? Meld dit minimaal 2 weken en maximaal 1 jaar van tevoren."),
 "paspoort": (["Paspoort", "Paspoort aanvragen"], "burgerzaken", "Een paspoort vraagt u aan in de gemeente waar u staat ingeschreven. Een paspoort voor volwassenen is 10 jaar geldig."),
 "identiteitskaart": (["Identiteitskaart", "ID-kaart"], "burgerzaken", "Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa."),
 "parkeervergunning": (["Parkeervergunning", "Parkeervergunning bewoners"], "parkeren", "Woont u in een gebied met betaald parkeren? Dan kunt u een parkeervergunning voor bewoners aanvragen. Per adres geven we maximaal 2 vergunningen uit."),
 "gehandicaptenparkeerkaart": (["Gehandicaptenparkeerkaart", "Gehandicaptenparkeerkaart (GPK)"], "parkeren", "Kunt u door een ziekte of handicap niet ver lopen? Met een gehandicaptenparkeerkaart mag u op speciale plekken parkeren."),
 "gehandicaptenparkeerplaats": (["Gehandicaptenparkeerplaats", "Parkeerplaats voor gehandicapten op kenteken"], "parkeren", "Heeft u een gehandicaptenparkeerkaart en geen eigen parkeerplek? Dan kunt u een parkeerplaats bij uw woning aanvragen, op uw kenteken."),
 "hondenbelasting": (["Hondenbelasting", "Hond aan- of afmelden"], "belastingen", "Heeft u een hond? Dan betaalt u hondenbelasting. Meld uw hond binnen 2 weken aan."),
 "belastingkwijtschelding": (["Kwijtschelding gemeentelijke belastingen", "Kwijtschelding"], "belastingen", "Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor de afvalstoffenheffing en rioolheffing."),
 "woz-bezwaar": (["WOZ-waarde", "Bezwaar tegen de WOZ-waarde"], "belastingen", "Bent u het niet eens met de WOZ-waarde van uw woning? Maak binnen 6 weken na de dagtekening van de aanslag bezwaar."),
 "bijstand": (["Bijstandsuitkering", "Uitkering levensonderhoud (bijstand)"], "werk-en-inkomen", "Heeft u niet genoeg inkomen om van te leven? Dan kunt u misschien een bijstandsuitkering krijgen. Meld u eerst aan via werk.nl."),
 "bijzondere-bijstand": (["Bijzondere bijstand", "Bijzondere kosten vergoeden"], "werk-en-inkomen", "Heeft u onverwachte, noodzakelijke kosten die u niet zelf kunt betalen? Bijvoorbeeld een bril, een wasmachine of bewindvoering."),
 "wmo-voorziening": (["Wmo: hulp en ondersteuning", "Hulp bij het huishouden en hulpmiddelen (Wmo)"], "zorg", "Heeft u hulp nodig om zelfstandig thuis te wonen? Denk aan hulp bij het huishouden, een scootmobiel of een traplift."),
 "leerlingenvervoer": (["Leerlingenvervoer", "Vervoer naar school"], "onderwijs", "Kan uw kind door een beperking of de afstand niet zelfstandig naar school? Dan kunt u een vergoeding voor leerlingenvervoer aanvragen."),
 "grofvuil": (["Grof huishoudelijk afval", "Grofvuil"], "afval", "Grof afval zoals een bank, matras of kast laat u ophalen. Maak daarvoor een ophaalafspraak."),
 "afvalcontainer": (["Containers en minicontainers", "Afvalcontainer aanvragen of omruilen"], "afval", "Wilt u een extra container, een grotere container of is uw container kapot? Vraag een nieuwe aan."),
 "melding-openbare-ruimte": (["Melding openbare ruimte", "Iets melden in de buitenruimte"], "wonen", "Ziet u een losliggende stoeptegel, een kapotte lantaarnpaal of zwerfvuil? Meld het ons."),
 "omgevingsvergunning": (["Omgevingsvergunning", "Vergunning voor bouwen en verbouwen"], "bouwen", "Wilt u bouwen, verbouwen of slopen? Misschien heeft u een omgevingsvergunning nodig. Doe eerst de vergunningcheck."),
 "kapvergunning": (["Boom kappen", "Kapvergunning"], "bouwen", "Wilt u een boom kappen? Voor bomen met een stamdiameter van meer dan 20 centimeter heeft u meestal een vergunning nodig."),
 "bouwdossier-inzage": (["Bouwtekeningen inzien", "Bouwarchief raadplegen"], "bouwen", "Wilt u bouwtekeningen of vergunningen van een pand bekijken? Vraag het bouwdossier op."),
 "bezwaar": (["Bezwaar maken", "Bezwaar tegen een besluit"], "bestuur", "Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken bezwaar maken."),
 "klacht": (["Klacht indienen", "Klachten"], "bestuur", "Bent u niet tevreden over hoe een medewerker van de gemeente u heeft behandeld? Dien dan een klacht in."),
 "woo-verzoek": (["Woo-verzoek", "Informatie opvragen (Wet open overheid)"], "bestuur", "Met de Wet open overheid (Woo) kunt u documenten van de gemeente opvragen."),
 "subsidie": (["Subsidies", "Subsidie aanvragen"], "subsidie", "De gemeente geeft subsidie aan organisaties en inwoners die activiteiten organiseren voor de stad."),
 "evenementenvergunning": (["Evenementenvergunning", "Evenement organiseren"], "ondernemen", "Organiseert u een evenement, zoals een festival, braderie of sportwedstrijd? Dan heeft u meestal een evenementenvergunning nodig. Vraag deze minimaal 8 weken van tevoren aan."),
 "exploitatievergunning-horeca": (["Exploitatievergunning horeca", "Horecavergunning (exploitatie)"], "ondernemen", "Wilt u een café, restaurant of snackbar beginnen? Dan heeft u een exploitatievergunning nodig."),
 "alcoholvergunning": (["Drank schenken", "Alcoholvergunning"], "ondernemen", "Schenkt u in uw horecazaak alcoholhoudende drank? Dan heeft u een alcoholvergunning nodig op grond van de Alcoholwet."),
 "terrasvergunning": (["Terras", "Terrasvergunning"], "ondernemen", "Wilt u een terras bij uw horecazaak? Vraag een terrasvergunning aan."),
 "standplaatsvergunning": (["Standplaatsvergunning", "Standplaats innemen"], "ondernemen", "Wilt u op een vaste plek buiten de markt iets verkopen, bijvoorbeeld vis of bloemen? Dan heeft u een standplaatsvergunning nodig."),
 "marktvergunning": (["Weekmarkt", "Marktvergunning (vaste plaats)"], "ondernemen", "Wilt u een vaste plaats op de weekmarkt? Dan heeft u een marktvergunning nodig. Er is een wachtlijst."),
 "reclamebelasting": (["Reclamebelasting", "Reclame aan de gevel"], "ondernemen", "Voor reclame-uitingen die vanaf de openbare weg zichtbaar zijn, kan reclamebelasting gelden."),
 "geluidsontheffing": (["Geluidsontheffing", "Ontheffing geluidhinder"], "ondernemen", "Maakt u tijdelijk meer geluid dan is toegestaan, bijvoorbeeld bij een feest of bij werkzaamheden? Vraag dan een geluidsontheffing aan."),
 "winkeltijdenontheffing": (["Winkeltijden", "Ontheffing winkeltijden"], "ondernemen", "Wilt u uw winkel buiten de normale tijden openen? Dan heeft u misschien een ontheffing nodig."),
 "kansspelautomaatvergunning": (["Speelautomaten", "Aanwezigheidsvergunning kansspelautomaten"], "ondernemen", "Wilt u een kansspelautomaat in uw horecazaak plaatsen? Dan heeft u een aanwezigheidsvergunning nodig."),
 "collectevergunning": (["Collecte", "Collectevergunning"], "ondernemen", "Wilt u geld of goederen inzamelen voor een goed doel langs de deuren?"),
 "ligplaatsvergunning": (["Ligplaats woonboot", "Ligplaatsvergunning"], "wonen", "Wilt u een woonboot of vaartuig langdurig afmeren in openbaar water? Dan heeft u een ligplaatsvergunning nodig."),
 "uitwegvergunning": (["Uitrit of inrit aanleggen", "Uitwegvergunning"], "bouwen", "Wilt u een inrit maken of verbreden naar uw perceel? Vraag een vergunning aan voor een uitweg."),
 "belastingaanslag-bezwaar": (["Bezwaar belastingaanslag", "Bezwaar tegen uw aanslag"], "belastingen", "Bent u het niet eens met uw aanslag gemeentelijke belastingen? Maak dan binnen 6 weken bezwaar."),
 "betalingsregeling": (["Betalingsregeling", "Betalingsregeling belastingen"], "belastingen", "Kunt u de aanslag niet in een keer betalen? Vraag dan een betalingsregeling aan."),
 # waterschap
 "watervergunning": (["Watervergunning", "Vergunning aanvragen"], "vergunningen", "Wilt u iets doen in of bij een watergang of dijk? Dan heeft u mogelijk een watervergunning nodig."),
 "watermelding": (["Melding doen", "Meldingen"], "contact", "Ziet u iets bijzonders aan het water of de dijk? Denk aan vissterfte, een verstopte duiker of wateroverlast."),
 "zuiveringsheffing": (["Zuiveringsheffing", "Zuiveringsheffing bedrijven"], "belastingen", "Met de zuiveringsheffing betaalt u voor het zuiveren van afvalwater. Bedrijven betalen op basis van vervuilingseenheden."),
 "watersysteemheffing": (["Watersysteemheffing", "Watersysteemheffing ingezetenen"], "belastingen", "De watersysteemheffing betaalt u voor droge voeten en schoon water."),
 "wegvergunning-provinciaal": (["Werken aan of langs onze wegen", "Werkzaamheden langs een waterschapsweg"], "vergunningen", "Wilt u kabels of leidingen leggen of werkzaamheden uitvoeren langs een weg van het waterschap?"),
 "schadevergoeding-provincie": (["Schade melden", "Schade door werkzaamheden"], "contact", "Heeft u schade door werkzaamheden van het waterschap? Dan kunt u een schadeclaim indienen."),
 "bedrijfsafvalwater-melding": (["Lozen van bedrijfsafvalwater", "Melding lozing bedrijfsafvalwater"], "vergunningen", "Loost uw bedrijf afvalwater op het riool of oppervlaktewater? Dan moet u dit soms melden."),
 "rvo-subsidie": (["Subsidies en financiering aanvragen", "Subsidie aanvragen"], "subsidies", "RVO voert subsidieregelingen uit voor ondernemers, agrariers en organisaties."),
}

# default option lists per gemeente product (first = most typical)
OPTS = {
 "brp-uittreksel": ["digid", "digid", "appt"], "verhuismelding": ["digidpf", "digid"],
 "geboorteaangifte": ["digid", "appt"], "overlijdensaangifte": ["info", "pdf"],
 "huwelijksaangifte": ["digid", "appt"], "paspoort": ["appt"], "identiteitskaart": ["appt"],
 "parkeervergunning": ["park", "digid"], "gehandicaptenparkeerkaart": ["digid", "anon", "pdf"],
 "gehandicaptenparkeerplaats": ["pdf", "anon", "digid"], "hondenbelasting": ["tax", "digid"],
 "belastingkwijtschelding": ["tax"], "woz-bezwaar": ["tax"], "bijstand": ["digid", "pdf"],
 "bijzondere-bijstand": ["digid", "pdf"], "wmo-voorziening": ["info", "anon"],
 "leerlingenvervoer": ["digid", "pdf"], "grofvuil": ["anon", "info"], "afvalcontainer": ["digid", "anon"],
 "melding-openbare-ruimte": ["anon"], "omgevingsvergunning": ["olo"], "kapvergunning": ["olo", "anon", "pdf"],
 "bouwdossier-inzage": ["info", "anon"], "bezwaar": ["digideh", "pdf", "anon"], "klacht": ["anon", "info"],
 "woo-verzoek": ["anon", "info", "pdf"], "subsidie": ["digideh", "pdf"], "evenementenvergunning": ["eh", "pdf"],
 "exploitatievergunning-horeca": ["pdf", "eh"], "alcoholvergunning": ["eh", "pdf"], "terrasvergunning": ["eh", "pdf", "anon"],
 "standplaatsvergunning": ["pdf", "eh"], "marktvergunning": ["info", "pdf"], "reclamebelasting": ["info", "notoff"],
 "geluidsontheffing": ["digideh", "anon", "pdf"], "winkeltijdenontheffing": ["pdf", "notoff", "notfound"],
 "kansspelautomaatvergunning": ["pdf", "notfound"], "collectevergunning": ["anon", "notoff"],
 "ligplaatsvergunning": ["pdf", "notfound"], "uitwegvergunning": ["olo", "anon", "pdf"],
 "belastingaanslag-bezwaar": ["tax"], "betalingsregeling": ["tax", "anon"],
}

# ---------------------------------------------------------------- organisations
ORGS = [
 dict(code="GM0796", name="Gemeente 's-Hertogenbosch", short="'s-Hertogenbosch", type="gemeente", host="www.s-hertogenbosch.test",
      style="drupal", cta="js", formhost="formulieren.s-hertogenbosch.test", modern=0.8, cookie=True, sitemap=True,
      mijn="Mijn 's-Hertogenbosch", tax=None, park="s-hertogenbosch.parkeervergunningen.test", appt="afspraken.s-hertogenbosch.test",
      inh=160000, bare_redirect=True),
 dict(code="GM0794", name="Gemeente Helmond", short="Helmond", type="gemeente", host="www.helmond.test",
      style="iprox", cta="button", formhost="eloket.helmond.test", modern=0.7, overview=True, contactform=True,
      footer_digid=True, tax=None, park=None, appt="helmond.jccafspraak.test", inh=93000, bare_redirect=True),
 dict(code="GM0479", name="Gemeente Zaanstad", short="Zaanstad", type="gemeente", host="www.zaanstad.test",
      style="pdc", cta="getform", formhost="zaanstad.formdesk.test", modern=0.7, softnf=True, sitemap=True,
      mijn="Mijn Zaanstad", tax=None, park="zaanstad.parkeerloket.test", appt="afspraak.zaanstad.test", inh=158000,
      shared_pas=True, bare_redirect=True),
 dict(code="GM0484", name="Gemeente Alphen aan den Rijn", short="Alphen aan den Rijn", type="gemeente", host="www.alphenaandenrijn.test",
      style="owc", cta="iframe", formhost="alphenaandenrijn.eformulieren.test", modern=0.65, footer_digid=True,
      tax=None, park=None, appt="alphenaandenrijn.afsprakenmaken.test", inh=114000, bare_redirect=True, sitemap=True),
 dict(code="GM0718", name="Gemeente Vlissingen", short="Vlissingen", type="gemeente", host="vlissingen.test",
      style="typo3", cta="img", formhost="loket.vlissingen.test", modern=0.6, splash=True, mijn="MijnVlissingen",
      tax=("www.sabewazeeland.test", "Sabewa Zeeland"), park=None, appt="vlissingen.qmatic.test", inh=45000,
      www_to_bare=True, english=["parkeervergunning", "verhuismelding"]),
 dict(code="GM0882", name="Gemeente Landgraaf", short="Landgraaf", type="gemeente", host="www.landgraaf.test",
      style="productid", cta="img", formhost="eformulieren.landgraaf.test", modern=0.35, softnf=True, sitemap=True,
      footer_digid=True, tax=("www.bsgw.test", "BsGW"), social=("www.socialezakenparkstad.test", "Sociale Zaken Parkstad"),
      park=None, appt=None, inh=37000, overview=True, bare_redirect=True),
 dict(code="GM0119", name="Gemeente Meppel", short="Meppel", type="gemeente", host="www.meppel.test",
      style="sim", cta="getform", formhost="loket.meppel.test", modern=0.6, overview=True, contactform=True,
      mijn="Mijn Meppel", tax=("www.gblt.test", "GBLT"), park=None, appt="meppel.afspraakmaken.test", inh=35000,
      shared_pas=True),
 dict(code="GM0289", name="Gemeente Wageningen", short="Wageningen", type="gemeente", host="www.wageningen.test",
      style="nlds", cta="js", formhost="formulieren.wageningen.test", modern=0.7, cookie=True,
      tax=None, park=None, appt="wageningen.jccafspraak.test", inh=40000, bare_redirect=True, sitemap=True,
      english=["verhuismelding", "brp-uittreksel", "parkeervergunning", "afvalcontainer", "bijstand"]),
 dict(code="GM0093", name="Gemeente Terschelling", short="Terschelling", type="gemeente", host="www.terschelling.test",
      style="small", cta="a", formhost="terschelling.formdesk.test", modern=0.3, softnf=True,
      tax=None, park=None, appt=None, inh=4900, social=("www.harlingen.test", "gemeente Harlingen"), bare_redirect=True),
 dict(code="WS0655", name="Waterschap Hollandse Delta", short="Hollandse Delta", type="waterschap", host="www.wshd.test",
      style="wp", cta="button", formhost="www.wshd.test", modern=0.6, cookie=True, tax=("www.svhw.test", "SVHW"),
      sitemap=True, bare_redirect=True),
 dict(code="oorg10122", name="Rijksdienst voor Ondernemend Nederland", short="RVO", type="rijk", host="www.rvo.test",
      style="rijk", cta="a", formhost="mijn.rvo.test", modern=1.0, sitemap=True, bare_redirect=True,
      english=["rvo-subsidie"]),
]
TYPE_LETTER = {"gemeente": "G", "waterschap": "W", "rijk": "R", "provincie": "P"}

# explicit per-org overrides: product -> option  (options: see route())
OVR = {
 "GM0796": {"parkeervergunning": "park", "reclamebelasting": "notfound", "hondenbelasting": "digid", "wmo-voorziening": "info", "marktvergunning": "pdf",
            "ligplaatsvergunning": "notfound", "winkeltijdenontheffing": "notoff", "kansspelautomaatvergunning": "eh",
            "bijzondere-bijstand": "digidpf", "collectevergunning": "anon"},
 "GM0794": {"marktvergunning": "notfound", "hondenbelasting": "digid", "reclamebelasting": "notoff", "ligplaatsvergunning": "notfound",
            "parkeervergunning": "digid", "wmo-voorziening": "anon", "standplaatsvergunning": "eh", "woo-verzoek": "pdf"},
 "GM0479": {"leerlingenvervoer": "notfound", "ligplaatsvergunning": "pdf", "hondenbelasting": "notoff", "kansspelautomaatvergunning": "notfound",
            "winkeltijdenontheffing": "notoff", "wmo-voorziening": "info", "grofvuil": "anon"},
 "GM0484": {"kansspelautomaatvergunning": "notfound", "ligplaatsvergunning": "anon", "reclamebelasting": "notfound", "wmo-voorziening": "anon",
            "hondenbelasting": "digid", "woo-verzoek": "anon", "kapvergunning": "olo"},
 "GM0718": {"kansspelautomaatvergunning": "notfound", "ligplaatsvergunning": "pdf", "parkeervergunning": "digid", "reclamebelasting": "tax",
            "winkeltijdenontheffing": "pdf", "collectevergunning": "notoff", "wmo-voorziening": "info"},
 "GM0882": {"bouwdossier-inzage": "notfound", "bijstand": "social", "bijzondere-bijstand": "social", "ligplaatsvergunning": "notfound",
            "collectevergunning": "pdf", "reclamebelasting": "notoff", "winkeltijdenontheffing": "notfound",
            "parkeervergunning": "pdf", "kansspelautomaatvergunning": "pdf"},
 "GM0119": {"kansspelautomaatvergunning": "notfound", "hondenbelasting": "notoff", "ligplaatsvergunning": "pdf", "reclamebelasting": "info",
            "parkeervergunning": "digid", "winkeltijdenontheffing": "pdf", "wmo-voorziening": "anon"},
 "GM0289": {"collectevergunning": "notoff", "ligplaatsvergunning": "notfound", "hondenbelasting": "digid",
            "reclamebelasting": "notfound", "parkeervergunning": "digid", "wmo-voorziening": "info",
            "kansspelautomaatvergunning": "pdf"},
 "GM0093": {"uitwegvergunning": "notfound", "bijstand": "social", "bijzondere-bijstand": "social", "parkeervergunning": "notfound",
            "gehandicaptenparkeerplaats": "pdf", "reclamebelasting": "notfound", "winkeltijdenontheffing": "notfound",
            "kansspelautomaatvergunning": "pdf", "ligplaatsvergunning": "pdf", "marktvergunning": "info",
            "hondenbelasting": "digid", "woz-bezwaar": "digid", "belastingkwijtschelding": "pdf",
            "belastingaanslag-bezwaar": "pdf", "betalingsregeling": "info", "grofvuil": "info", "afvalcontainer": "info",
            "leerlingenvervoer": "pdf", "evenementenvergunning": "pdf", "bouwdossier-inzage": "info"},
 "WS0655": {"belastingkwijtschelding": "tax", "melding-openbare-ruimte": "anon", "omgevingsvergunning": "olo",
            "bezwaar": "digideh", "klacht": "anon", "woo-verzoek": "anon", "subsidie": "pdf",
            "wegvergunning-provinciaal": "olo", "schadevergoeding-provincie": "anon", "watervergunning": "olo",
            "watermelding": "anon", "zuiveringsheffing": "tax", "watersysteemheffing": "tax",
            "belastingaanslag-bezwaar": "tax", "betalingsregeling": "tax", "bedrijfsafvalwater-melding": "pdf"},
 "oorg10122": {"rvo-subsidie": "eh"},
}


def applicable(org):
    L = TYPE_LETTER[org["type"]]
    out = []
    for k, p in PROD.items():
        if L not in p["org_types"]:
            continue
        if L == "R" and p["offered_by"] != org["code"]:
            continue
        out.append(k)
    return out


def choose(org, key):
    o = OVR.get(org["code"], {})
    if key in o:
        return o[key]
    opts = OPTS[key]
    x = h(org["code"] + key)
    if len(opts) == 1 or (x % 100) < org["modern"] * 100:
        return opts[0]
    return opts[1 + (x // 100) % (len(opts) - 1)]


def slugify(s):
    import re, unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ---------------------------------------------------------------- URL schemes
SECTION_NL = {"burgerzaken": "Paspoort, rijbewijs en burgerzaken", "parkeren": "Parkeren", "belastingen": "Belastingen",
              "werk-en-inkomen": "Werk en inkomen", "zorg": "Zorg en ondersteuning", "onderwijs": "Onderwijs",
              "afval": "Afval", "wonen": "Wonen en leefomgeving", "bouwen": "Bouwen en verbouwen",
              "bestuur": "Bestuur en organisatie", "subsidie": "Subsidies", "ondernemen": "Vergunningen voor ondernemers",
              "vergunningen": "Vergunningen", "contact": "Contact en meldingen", "subsidies": "Subsidies en financiering"}
BIZ_SECTIONS = {"ondernemen"}


def title_for(org, key):
    v = P[key][0]
    return v[h(org["code"] + "t" + key) % 2]


def pid(org, key):
    return 1000 + h(org["code"] + key) % 8999


def product_url(org, key, title=None):
    t = title or title_for(org, key)
    s = slugify(t)
    sec = P[key][1]
    host = "http://" + org["host"]
    st = org["style"]
    biz = sec in BIZ_SECTIONS
    if st == "drupal":
        return f"{host}/{s}"
    if st == "iprox":
        top = "Ondernemers" if biz else "Inwoners"
        return f"{host}/{top}/{SECTION_NL[sec].split(',')[0].replace(' ', '_')}/{t.replace(' ', '_').replace('(', '').replace(')', '').replace(':', '')}"
    if st == "pdc":
        return f"{host}/product?id={pid(org, key)}"
    if st == "owc":
        return f"{host}/onderwerp/{s}/"
    if st == "typo3":
        return f"{host}/{'ondernemen' if biz else 'inwoners'}/{sec}/{s}.html"
    if st == "productid":
        return f"{host}/{'ondernemers' if biz else 'inwoners'}/product/{s}_{pid(org, key)}.html"
    if st == "sim":
        return f"{host}/{'ondernemer' if biz else 'inwoner'}/producten-en-diensten/{s}"
    if st == "nlds":
        return f"{host}/onderwerpen/{s}"
    if st == "small":
        return f"{host}/loket/product.php?pid={10 + sorted(P).index(key) * 7}"
    if st == "wp":
        return f"{host}/onderwerpen/{s}/"
    if st == "rijk":
        return f"{host}/subsidies-financiering/{s}"
    raise ValueError(st)


def section_url(org, sec):
    host = "http://" + org["host"]
    st = org["style"]
    s = slugify(SECTION_NL[sec])
    biz = sec in BIZ_SECTIONS
    return {
        "drupal": f"{host}/thema/{s}", "iprox": f"{host}/{'Ondernemers' if biz else 'Inwoners'}/{SECTION_NL[sec].split(',')[0].replace(' ', '_')}/",
        "pdc": f"{host}/producten?categorie={s}", "owc": f"{host}/thema/{s}/", "typo3": f"{host}/{'ondernemen' if biz else 'inwoners'}/{sec}/",
        "productid": f"{host}/{'ondernemers' if biz else 'inwoners'}/{sec}_{h(sec) % 90 + 10}/", "sim": f"{host}/{'ondernemer' if biz else 'inwoner'}/{s}",
        "nlds": f"{host}/thema/{s}", "small": f"{host}/loket/categorie.php?cat={s}", "wp": f"{host}/thema/{s}/", "rijk": f"{host}/{s}",
    }[st]


def home_url(org):
    if org.get("cookie") or org.get("splash"):
        return "http://" + org["host"] + "/home"
    return "http://" + org["host"] + "/"


def href(org, from_url, to_url):
    """how this site writes a link (relative ../ links, base href, absolute paths)."""
    fh = from_url.split("/")[2]
    th = to_url.split("/")[2]
    if fh != th:
        return to_url
    tp = "/" + to_url.split("/", 3)[3] if to_url.count("/") >= 3 else "/"
    st = org["style"] if fh == org["host"] and not ABS[0] else ""
    if st == "owc":
        return tp[1:] or "./"
    if st in ("iprox", "productid"):
        fp = "/" + from_url.split("/", 3)[3]
        fdir = fp.split("?")[0].rsplit("/", 1)[0].strip("/").split("/")
        fdir = [x for x in fdir if x]
        tparts = tp.strip("/").split("/") if tp != "/" else []
        i = 0
        while i < len(fdir) and i < len(tparts) - 1 and fdir[i] == tparts[i]:
            i += 1
        rel = "../" * (len(fdir) - i) + "/".join(tparts[i:])
        if tp.endswith("/") and tparts:
            rel += "/"
        return rel or "./"
    return tp


# ---------------------------------------------------------------- layout
CSS = {
 "drupal": "body{font-family:Arial;margin:0}header{background:#c00;color:#fff;padding:1em}.wrapper{max-width:960px;margin:auto}",
 "iprox": "body{font-family:Verdana;margin:0}#header{background:#1b3a6b;color:#fff}.iprox-content{padding:1em}",
 "pdc": "body{font-family:Helvetica}.pdc-product h2{color:#0069b4}.btn{background:#0069b4;color:#fff}",
 "owc": ".owc-header{background:#00643c;color:#fff}.utrecht-button{background:#00643c;color:#fff}",
 "typo3": "#top{background:#005ca9}.frame{margin:1em}",
 "productid": "table.layout{width:100%}td.menu{width:200px;background:#eee}",
 "sim": ".sim-header{background:#e30613}.accordion summary{font-weight:bold}",
 "nlds": ".utrecht-page{max-width:70rem}.utrecht-button--primary-action{background:#00808b;color:#fff}",
 "small": "body{font-family:Georgia;background:#f5f0e6}",
 "wp": ".site-header{background:#004b87}.wp-block-button__link{background:#f39200;color:#fff}",
 "rijk": "body{font-family:RijksoverheidSans,Verdana}.logo{background:#154273}",
}


def layout(org, url, title, main, head_extra="", lang="nl"):
    st = org["style"]
    nav_secs = org["_sections"]
    base = f'<base href="http://{org["host"]}/">' if st == "owc" else ""
    nav = "".join(f'<li><a href="{esc(href(org, url, section_url(org, s)))}">{esc(SECTION_NL[s])}</a></li>' for s in nav_secs)
    mijn = ""
    if org.get("mijn"):
        mijn = f'<a class="mijn-login" href="http://mijn.{org["host"].replace("www.", "")}/">{esc(org["mijn"])} <span>Inloggen met DigiD</span></a>'
    hu = home_url(org)
    extra_links = [(hu, "Home"), (org["_az"], "Alle onderwerpen A-Z" if st != "rijk" else "Onderwerpen"),
                   (org["_contact"], "Contact"), (org["_news"], "Nieuws")]
    if org.get("_overview"):
        extra_links.append((org["_overview"], "E-loket" if st == "iprox" else "Formulieren"))
    top = " | ".join(f'<a href="{esc(href(org, url, u))}">{esc(t)}</a>' for u, t in extra_links)
    search = f'<form class="search" action="{esc(href(org, url, "http://" + org["host"] + "/zoeken"))}" method="get"><label for="q">Zoeken</label><input id="q" name="q" type="search"><button type="submit">Zoek</button></form>'
    footer_digid = ""
    if org.get("footer_digid"):
        footer_digid = '<div class="footer-logos"><img src="/images/logo-digid.png" alt="DigiD"> <img src="/images/logo-eherkenning.png" alt="eHerkenning"> <span>Veel zaken regelt u online met DigiD.</span></div>'
    alt = ""
    if lang == "nl" and url in org.get("_en_alt", {}):
        alt = f'<link rel="alternate" hreflang="en" href="{org["_en_alt"][url]}">'
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{esc(title)} | {esc(org['name'] if org['type'] != 'gemeente' else 'Gemeente ' + org['short'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">{base}{alt}
<style>{CSS[st]}</style>{head_extra}</head>
<body class="{st}">
<a class="skiplink" href="#main">Direct naar de inhoud</a>
<header><div class="logo"><a href="{esc(href(org, url, hu))}">{esc(org['name'])}</a></div>{mijn}
<nav class="top">{top}</nav>{search}
<nav class="main"><ul>{nav}</ul></nav></header>
<main id="main">
{main}
</main>
<footer><p>{esc(org['name'])} &middot; Postbus {100 + h(org['code']) % 9000} &middot; telefoon <a href="tel:14{h(org['code']) % 900 + 100}">14 0{h(org['code']) % 900 + 100}</a></p>
<p><a href="{esc(href(org, url, org['_contact']))}">Contact</a> | <a href="{esc(href(org, url, 'http://' + org['host'] + '/privacy'))}">Privacy</a> | <a href="{esc(href(org, url, 'http://' + org['host'] + '/cookies'))}">Cookies</a> | <a href="{esc(href(org, url, 'http://' + org['host'] + '/toegankelijkheid'))}">Toegankelijkheid</a></p>{footer_digid}</footer>
</body></html>
"""


def plain_page(host_title, title, body, extra_head=""):
    return f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>{esc(title)} - {esc(host_title)}</title>{extra_head}</head>
<body><header><strong>{esc(host_title)}</strong></header><main>
<h1>{esc(title)}</h1>
{body}
</main><footer><p>{esc(host_title)}</p></footer></body></html>
"""


# ---------------------------------------------------------------- identity providers and shared bodies
IDP = {"digid": "http://digid.test/inloggen", "eh": "http://eherkenning.test/inloggen"}
LOGIN_TXT = {"digid": "Inloggen met DigiD", "eh": "Inloggen met eHerkenning"}
SHARED_PAGES = {}   # url -> (host_title, title, body)


def login_link(start_url, kind, img=False):
    if img:
        src = "/images/digid-logo.svg" if kind == "digid" else "/images/eherkenning-logo.svg"
        return f'<a class="login-{kind}" href="{start_url}"><img src="{src}" alt="{LOGIN_TXT[kind]}" width="60"></a>'
    return f'<a class="login-{kind}" href="{start_url}">{LOGIN_TXT[kind]}</a>'


def shared_login_page(host, host_title, path, title, kinds, intro, prefill=""):
    url = f"http://{host}{path}"
    body = f"<p>{esc(intro)}</p>"
    if prefill:
        body += f"<p class='prefill'>{esc(prefill)}</p>"
    body += "<div class='login-options'>"
    for k in kinds:
        start = f"http://{host}/auth/{k}{path.rstrip('/')}"
        redirect(start, IDP[k] + "?service=" + host)
        body += f"<p>{login_link(start, k)}</p>"
    body += "</div>"
    SHARED_PAGES[url] = (host_title, title, body)
    return url


def build_shared_static():
    # omgevingsloket
    SHARED_PAGES["http://omgevingswet.overheid.test/"] = ("Omgevingsloket", "Omgevingsloket", "<p>Checken, aanvragen en melden voor de fysieke leefomgeving.</p><ul><li><a href='/checken-en-aanvragen/vergunningcheck'>Vergunningcheck doen</a></li><li><a href='/checken-en-aanvragen/aanvragen'>Aanvraag of melding indienen</a></li></ul>")
    SHARED_PAGES["http://omgevingswet.overheid.test/checken-en-aanvragen/vergunningcheck"] = ("Omgevingsloket", "Vergunningcheck", "<p>Doe de vergunningcheck en zie of u een vergunning nodig heeft. U hoeft hiervoor niet in te loggen.</p><form action='/checken-en-aanvragen/vergunningcheck-stap-1' method='get'><label>Postcode <input name='postcode'></label><label>Huisnummer <input name='huisnummer'></label><button type='submit'>Start de check</button></form>")
    SHARED_PAGES["http://omgevingswet.overheid.test/checken-en-aanvragen/vergunningcheck-stap-1"] = ("Omgevingsloket", "Vergunningcheck - stap 1", "<p>Kies de werkzaamheden die u wilt uitvoeren.</p>")
    shared_login_page("omgevingswet.overheid.test", "Omgevingsloket", "/checken-en-aanvragen/aanvragen", "Aanvraag of melding indienen",
                      ["digid", "eh"], "Log in om een aanvraag of melding in te dienen bij uw gemeente, provincie of waterschap.",
                      "Na het inloggen worden uw naam en adres automatisch ingevuld; we halen uw gegevens op uit de BRP of het Handelsregister.")
    for k, t in (("digid", "DigiD"), ("eh", "eHerkenning")):
        host = IDP[k].split("/")[2]
        SHARED_PAGES[IDP[k]] = (t, "Inloggen", f"<p>Log in bij {t}.</p><form method='post' action='/inloggen/verificatie'><label>Gebruikersnaam <input name='u'></label><label>Wachtwoord <input type='password' name='p'></label><button>Inloggen</button></form>")
        SHARED_PAGES[f"http://{host}/"] = (t, t, f"<p>{t} is uw digitale identiteit.</p>")
    SHARED_PAGES["http://www.werk.test/"] = ("werk.nl", "werk.nl", "<p>Meld u aan als werkzoekende.</p>")


TAX_SLUGS = {"hondenbelasting": "hondenbelasting", "belastingkwijtschelding": "kwijtschelding", "woz-bezwaar": "woz/bezwaar-maken",
             "belastingaanslag-bezwaar": "bezwaar-maken", "betalingsregeling": "betalingsregeling", "reclamebelasting": "reclamebelasting",
             "zuiveringsheffing": "zuiveringsheffing", "watersysteemheffing": "watersysteemheffing"}


def tax_page(taxhost, taxname, key, biz):
    path = "/" + TAX_SLUGS[key]
    kinds = ["digid", "eh"] if biz else ["digid"]
    t = P[key][0][1]
    return shared_login_page(taxhost, taxname, path, t, kinds,
                             f"{P[key][2]} Regel dit online in Mijn {taxname}. {taxname} voert de belastingen uit voor de aangesloten gemeenten en waterschappen.")


# ---------------------------------------------------------------- own form platforms
def form_urls(org, key):
    fh = org["formhost"]
    s = slugify(P[key][0][1])
    camel = "".join(w.capitalize() for w in s.split("-"))
    st = org["style"]
    if org["cta"] == "js":
        return f"http://{fh}/{s}", lambda k: f"http://{fh}/auth/{s}/{k}/start"
    if st == "iprox":
        return f"http://{fh}/{camel}.aspx", lambda k: f"http://{fh}/Login/{k.upper()}/{camel}.aspx"
    if st == "pdc":
        return f"http://{fh}/zaanstad/{s}", lambda k: f"http://{fh}/zaanstad/{s}/login-{k}"
    if st == "owc":
        return f"http://{fh}/form/{s}", lambda k: f"http://{fh}/form/{s}/inloggen/{k}"
    if st == "typo3":
        return f"http://{fh}/aanvragen/{s}", lambda k: f"http://{fh}/aanvragen/{s}/{k}"
    if st == "productid":
        return f"http://{fh}/eFormulieren/{camel}.aspx", lambda k: f"http://{fh}/eFormulieren/Auth/{k}/{camel}.aspx"
    if st == "sim":
        return f"http://{fh}/producten/{s}/aanvragen", lambda k: f"http://{fh}/producten/{s}/aanvragen/{k}"
    if st == "small":
        return f"http://{fh}/terschelling/{s}", lambda k: f"http://{fh}/terschelling/{s}/login-{k}"
    if st == "wp":
        return f"http://{fh}/formulieren/{s}/", lambda k: f"http://{fh}/formulieren/{s}/inloggen-{k}"
    if st == "rijk":
        return f"http://{fh}/aanvragen/{s}", lambda k: f"http://{fh}/aanvragen/{s}/inloggen-{k}"
    raise ValueError(st)


ANON_FIELDS = ["Naam", "Adres", "Postcode", "Woonplaats", "Telefoonnummer", "E-mailadres", "Toelichting"]


def write_form_page(org, key, opt, title):
    url, login = form_urls(org, key)
    kinds = {"digid": ["digid"], "digidpf": ["digid"], "eh": ["eh"], "digideh": ["digid", "eh"], "anon": []}[opt]
    prefill = "Na het inloggen met DigiD zijn uw gegevens al ingevuld. We halen uw gegevens op uit de BRP." if opt == "digidpf" else ""
    ftitle = f"Formulier {title}"
    for k in kinds:
        redirect(login(k), IDP[k] + "?SAMLRequest=" + slugify(title))
    fh = org["formhost"]
    if org["cta"] == "js":
        cfg = {"title": ftitle, "login": [{"href": login(k), "label": LOGIN_TXT[k]} for k in kinds],
               "fields": ANON_FIELDS if not kinds else [], "prefill": prefill}
        body = f"""<div id="openforms-root" data-form-slug="{slugify(title)}" data-sdk="openforms-sdk 2.4"></div>
<noscript>Om dit formulier te kunnen invullen moet JavaScript aan staan.</noscript>
<script>
(function() {{
  var cfg = JSON.parse(atob("{__import__('base64').b64encode(json.dumps(cfg).encode()).decode()}"));
  var root = document.getElementById('openforms-root');
  var h = document.createElement('h1'); h.textContent = cfg.title; root.appendChild(h);
  if (cfg.login.length) {{
    var p = document.createElement('p'); p.textContent = 'Om dit formulier te starten moet u inloggen.' + (cfg.prefill ? ' ' + cfg.prefill : ''); root.appendChild(p);
    cfg.login.forEach(function(l) {{ var a = document.createElement('a'); a.href = l.href; a.className = 'openforms-login-button'; a.textContent = l.label; root.appendChild(a); }});
  }} else {{
    var f = document.createElement('form'); f.method = 'post'; f.action = location.pathname + '/verzenden';
    cfg.fields.forEach(function(n) {{ var l = document.createElement('label'); l.textContent = n; var i = document.createElement(n == 'Toelichting' ? 'textarea' : 'input'); i.name = n.toLowerCase(); l.appendChild(i); f.appendChild(l); }});
    var b = document.createElement('button'); b.type = 'submit'; b.textContent = 'Formulier starten'; f.appendChild(b);
    root.appendChild(f);
  }}
}})();
</script>"""
        FORMPAGES[url] = (fh, ftitle, body)
        return url
    if kinds:
        img = org["cta"] == "img"
        body = f"<p>U vraagt {esc(title.lower())} aan met dit e-formulier. Hiervoor logt u eerst in.</p>"
        if prefill:
            body += f"<p class='prefill'>{esc(prefill)}</p>"
        body += "".join(f"<p>{login_link(login(k), k, img and k == 'digid')}</p>" for k in kinds)
        body += "<p>Heeft u geen DigiD? Vraag deze aan via digid.nl.</p>" if "digid" in kinds else "<p>U heeft eHerkenning niveau 3 nodig.</p>"
    else:
        fields = "".join(f"<p><label>{n} <{'textarea' if n == 'Toelichting' else 'input'} name='{n.lower()}'>{'</textarea>' if n == 'Toelichting' else ''}</label></p>" for n in ANON_FIELDS)
        cls = "gform_wrapper" if org["style"] == "wp" else "eform"
        body = f"<div class='{cls}'><form method='post' action='{url.rstrip('/')}/verzenden'>{fields}<p><button type='submit'>Versturen</button></p></form></div><p>U hoeft niet in te loggen.</p>"
    FORMPAGES[url] = (fh, ftitle, body)
    return url


FORMPAGES = {}


# ---------------------------------------------------------------- routes and CTAs
CTA_TEXTS = {
 "digid": ["Direct aanvragen met DigiD", "Online regelen", "DigiD link {t}", "Vraag online aan", "Start het formulier"],
 "eh": ["Aanvragen (met eHerkenning)", "Online aanvragen met eHerkenning", "Direct regelen"],
 "anon": ["Vul het formulier in", "Naar het formulier", "Online melden", "Doe het online"],
}


def cta(org, page_url, target, text, kind, embed=False):
    c = org["cta"]
    if c == "iframe" and embed:
        return f'<p>{esc(text)}:</p><iframe class="eform-frame" src="{esc(target)}" title="{esc(text)}" width="100%" height="600"></iframe>'
    if c == "button" or (c == "js" and org["code"] == "GM0289"):
        return f'<button type="button" class="btn btn-primary" onclick="location.href=\'{esc(href(org, page_url, target))}\'">{esc(text)}</button>'
    if c == "getform" and embed:
        return f'<form class="cta" action="{esc(href(org, page_url, target))}" method="get"><input type="hidden" name="formulier" value="{slugify(text)[:30]}"><button type="submit">{esc(text)}</button></form>'
    if c == "img" and kind == "digid":
        return f'<p>Regel het direct online:</p><a class="digid-link" href="{esc(href(org, page_url, target))}"><img src="/images/digid-logo.svg" alt="Inloggen met DigiD" title="{esc(text)}" width="48" height="48"></a>'
    return f'<a class="button" href="{esc(href(org, page_url, target))}">{esc(text)}</a>'


def pdf_url(org, key, kind="formulier"):
    s = slugify(P[key][0][1])
    st = org["style"]
    host = "http://" + org["host"]
    pre = {"drupal": "/sites/default/files/documenten", "iprox": "/publish/pages/" + str(pid(org, key)), "pdc": "/document",
           "owc": "/wp-content/uploads/2025/03", "typo3": "/fileadmin/user_upload/formulieren", "productid": "/documenten/formulieren",
           "sim": "/bestanden/formulieren", "nlds": "/media/documenten", "small": "/docs", "wp": "/wp-content/uploads/2024/11", "rijk": "/sites/default/files"}[st]
    name = f"aanvraagformulier-{s}.pdf" if kind == "formulier" else f"{kind}-{s}.pdf"
    return host + pre + "/" + name


def make_pdf(url, title, form):
    if form:
        lines = ["Vul dit formulier volledig in en stuur het ondertekend naar het adres onderaan.",
                 "1. Gegevens aanvrager", "Naam:", "Adres:", "Postcode en woonplaats:", "Telefoonnummer:", "E-mailadres:",
                 "2. Gegevens aanvraag", "Omschrijving:", "Datum:", "3. Ondertekening", "Handtekening:",
                 "Stuur het formulier naar de gemeente of lever het in bij de balie."]
    else:
        lines = ["Artikel 1 Begripsbepalingen", "In deze verordening wordt verstaan onder ...", "Artikel 2 Belastbaar feit",
                 "Artikel 3 Tarieven", "De tarieven zijn opgenomen in de bij deze verordening behorende tarieventabel.",
                 "Artikel 4 Inwerkingtreding", "Deze verordening treedt in werking op 1 januari 2026."]
    put(url, pdf_bytes(title, lines, form))


def route(org, key, opt, page_url, title, notes, traps):
    """returns (level, strict, route_url, via, cta_html)"""
    biz = PROD[key]["audience"] == "ondernemer"
    t = title
    x = h(org["code"] + "cta" + key)
    if opt == "tax":
        if org.get("tax"):
            th, tn = org["tax"]
            u = tax_page(th, tn, key, PROD[key]["audience"] != "burger" or key == "reclamebelasting")
            notes.append(f"{tn} (shared tax office) handles it; its page has a DigiD/eHerkenning login")
            return 100, 67, u, th, f'<p>{esc(tn)} voert de belastingen voor ons uit.</p><p><a href="{u}">Regel het bij {esc(tn)}</a></p>'
        opt = "digideh" if PROD[key]["audience"] == "beide" else "digid"
    if opt == "park" and not org.get("park"):
        opt = "digid"
    if opt == "social" and not org.get("social"):
        opt = "digid"
    if opt == "park":
        ph = org["park"]
        u = shared_login_page(ph, "Parkeervergunningen " + org["short"], "/vergunning-aanvragen", "Parkeervergunning aanvragen", ["digid"],
                              "Vraag uw bewonersvergunning of bezoekersvergunning aan. Log in met DigiD.")
        notes.append(f"parking portal {ph} with DigiD login")
        return 100, 67, u, ph, f'<p>Parkeervergunningen regelt u in het parkeerloket.</p><a href="{u}">Naar het parkeerloket</a>'
    if opt == "olo":
        u = "http://omgevingswet.overheid.test/checken-en-aanvragen/aanvragen"
        notes.append("sent to the national Omgevingsloket (login, explicit pre-fill statement)")
        chk = "http://omgevingswet.overheid.test/checken-en-aanvragen/vergunningcheck"
        return 100, 100, u, "omgevingswet.overheid.test", f'<p>Doe eerst de <a href="{chk}">vergunningcheck</a> in het Omgevingsloket. Vraag de vergunning daarna aan via het <a href="{u}">Omgevingsloket</a>.</p>'
    if opt == "social":
        sh, sn = org["social"]
        path = "/bijstand-aanvragen" if key == "bijstand" else "/bijzondere-bijstand-aanvragen"
        u = shared_login_page(sh, sn, path, P[key][0][0] + " aanvragen", ["digid"],
                              f"{P[key][2]} U vraagt dit online aan met DigiD.")
        notes.append(f"handled by {sn} ({sh}) for {org['short']}; its page has a DigiD login")
        traps.append(f"page says the product is handled by {sn}")
        return 100, 67, u, sh, f'<p>De uitvoering ligt bij {esc(sn)}. U vraagt het daar aan.</p><p><a href="{u}">{esc(P[key][0][0])} aanvragen bij {esc(sn)}</a></p>'
    if opt in ("digid", "digidpf", "eh", "digideh", "anon"):
        fu = write_form_page(org, key, opt, P[key][0][1])
        kind = {"digid": "digid", "digidpf": "digid", "eh": "eh", "digideh": "digid", "anon": "anon"}[opt]
        texts = CTA_TEXTS[kind]
        text = texts[x % len(texts)].format(t=title)
        lvl = 67 if opt == "anon" else 100
        strict = 100 if opt == "digidpf" else 67
        what = {"digid": "DigiD", "digidpf": "DigiD (pre-fill stated)", "eh": "eHerkenning", "digideh": "DigiD/eHerkenning", "anon": "anonymous"}[opt]
        plat = {"drupal": "JS-rendered Open-Formulieren-style", "nlds": "JS-rendered Open-Formulieren-style", "iprox": "TriplEforms .aspx",
                "pdc": "Formdesk", "owc": "Exxellence-style e-form embedded in an iframe", "typo3": "own e-form platform",
                "productid": "eFormulieren .aspx", "sim": "GemeenteOplossingen-style e-loket", "small": "Formdesk",
                "wp": "Gravity Forms", "rijk": "Mijn RVO"}[org["style"]]
        if org.get("overview") and x % 3 != 0:
            ov = org["_overview"]
            org["_ovlist"].append((P[key][0][1], fu, what))
            notes.append(f"{what} form ({plat}) reached through the forms overview page {ov}")
            html_ = f'<p>U vraagt dit aan met een e-formulier ({ "met DigiD" if "digid" in opt else "met eHerkenning" if opt == "eh" else "zonder inloggen"}).</p><p><a href="{href(org, page_url, ov)}">Ga naar het {"E-loket" if org["style"] == "iprox" else "overzicht met formulieren"}</a></p>'
            if opt == "digidpf":
                html_ += "<p>Na het inloggen zijn uw gegevens al ingevuld.</p>"
            return lvl, (strict if lvl == 100 else 67), fu, "", html_
        if org.get("overview"):
            org["_ovlist"].append((P[key][0][1], fu, what))
        notes.append(f"{what} form ({plat}) on {fu.split('/')[2]}")
        html_ = cta(org, page_url, fu, text, kind, embed=True)
        if opt == "digidpf":
            html_ = "<p>Log in met DigiD; uw gegevens zijn dan al ingevuld.</p>" + html_
        if opt == "digideh":
            html_ = "<p>Inwoners loggen in met DigiD, bedrijven met eHerkenning.</p>" + html_
        return lvl, (strict if lvl == 100 else 67), fu, "", html_
    if opt == "pdf":
        u = pdf_url(org, key)
        make_pdf(u, "Aanvraagformulier " + P[key][0][1], True)
        kb = 60 + x % 300
        notes.append("printable PDF form only")
        return 33, 33, u, "", f'<p>Vul het aanvraagformulier in en stuur het op of lever het in bij de publieksbalie.</p><ul class="downloads"><li><a href="{href(org, page_url, u)}">Aanvraagformulier {esc(title)} (pdf, {kb} kB)</a></li></ul>'
    if opt == "appt":
        ah = org.get("appt")
        if ah:
            au = f"http://{ah}/afspraak-maken"
            APPTS.add(ah)
            traps.append("online appointment booking")
            notes.append("appointment at the counter only (online booking)")
            return 0, 0, "", "", f'<p>U vraagt dit aan bij de balie in het stadskantoor. U moet hiervoor een afspraak maken.</p><p><a href="{au}">Maak een afspraak</a></p>'
        opt = "info"
    if opt == "info":
        m = f"info@{org['host'].replace('www.', '').replace('.test', '')}.test"
        traps.append("mailto link")
        notes.append("information only (phone, e-mail, counter)")
        return 0, 0, "", "", f'<p>Neem contact op met de gemeente via telefoonnummer 14 0{h(org["code"]) % 900 + 100} of mail naar <a href="mailto:{m}">{m}</a>. Een medewerker bespreekt uw situatie met u.</p>'
    raise ValueError(opt)


APPTS = set()

HEADINGS = {
 "drupal": ["Wat is het?", "Hoe werkt het?", "Wat moet ik doen?", "Wat kost het?"],
 "iprox": ["Omschrijving", "Voorwaarden", "Aanvragen", "Kosten"],
 "pdc": ["Wat is het?", "Wat heb ik nodig?", "Hoe vraag ik het aan?", "Kosten"],
 "owc": ["Wat is het", "Wat heeft u nodig", "Wat moet u doen", "Wat kost het"],
 "typo3": ["Beschrijving", "Voorwaarden", "Aanvragen", "Kosten"],
 "productid": ["Omschrijving", "Voorwaarden", "Aanvraag", "Kosten"],
 "sim": ["Wat is het?", "Wie kan het aanvragen?", "Hoe werkt het?", "Wat kost het?"],
 "nlds": ["Wat moet u weten", "Voorwaarden", "Zo werkt het", "Kosten"],
 "small": ["Algemeen", "Voorwaarden", "Aanvragen", "Kosten"],
 "wp": ["Wanneer heeft u dit nodig?", "Voorwaarden", "Aanvragen", "Kosten"],
 "rijk": ["Wat is het?", "Voor wie?", "Aanvragen", "Kosten"],
}


def product_body(org, url, title, intro, cta_html, extras=""):
    st = org["style"]
    hd = HEADINGS[st]
    cond = "U moet ingeschreven staan in de gemeente." if org["type"] == "gemeente" else "Dit geldt voor inwoners en bedrijven in ons gebied."
    cost = "De kosten vindt u in de legestabel." if h(url) % 2 else "Hieraan zijn geen kosten verbonden."
    secs = [(hd[0], f"<p>{esc(intro)}</p>"), (hd[1], f"<p>{cond}</p>"), (hd[2], cta_html), (hd[3], f"<p>{cost}</p>")]
    if st == "nlds":
        top = f'<div class="direct-regelen"><h2>Direct regelen</h2>{cta_html}</div>'
        secs[2] = (hd[2], "<p>Gebruik de knop bij Direct regelen bovenaan deze pagina.</p>")
        inner = top + "".join(f"<h2>{esc(a)}</h2>{b}" for a, b in secs)
    elif st in ("iprox", "sim"):
        inner = "".join(f'<details class="accordion" {"open" if i == 2 else ""}><summary>{esc(a)}</summary>{b}</details>' for i, (a, b) in enumerate(secs))
    elif st == "productid":
        inner = "<table class='product'>" + "".join(f"<tr><th>{esc(a)}</th><td>{b}</td></tr>" for a, b in secs) + "</table>"
    else:
        inner = "".join(f"<h2>{esc(a)}</h2>{b}" for a, b in secs)
    return f"<article class='product'><h1>{esc(title)}</h1>{inner}{extras}</article>"


EN = {"verhuismelding": ("Moving house", "Moving within or to the municipality? Report your new address within 5 days."),
      "brp-uittreksel": ("Extract from the Personal Records Database (BRP)", "You may need an extract from the BRP for a job, visa or housing."),
      "parkeervergunning": ("Parking permit for residents", "Residents of paid parking zones can apply for a parking permit."),
      "afvalcontainer": ("Waste containers", "Request an extra or a different container."),
      "bijstand": ("Social assistance benefit", "If you do not have enough income to live on you may be entitled to social assistance."),
      "rvo-subsidie": ("Subsidies and financing", "RVO implements subsidy schemes for entrepreneurs and organisations.")}

NOTOFF = {
 "hondenbelasting": ("Honden", "belastingen", "Sinds 1 januari 2024 heft de gemeente geen hondenbelasting meer. U hoeft uw hond dus niet aan of af te melden. Wel moet u de opruimplicht naleven en uw hond in de bebouwde kom aan de lijn houden."),
 "reclamebelasting": ("Reclame aan uw pand", "ondernemen", "De gemeente heft geen reclamebelasting. Voor grote of verlichte reclame aan de gevel heeft u soms wel een omgevingsvergunning nodig."),
 "winkeltijdenontheffing": ("Koopzondagen en openingstijden", "ondernemen", "Winkels mogen in onze gemeente op alle zondagen en feestdagen open. U hoeft daarvoor geen ontheffing aan te vragen; de gemeente verleent geen ontheffingen winkeltijden."),
 "collectevergunning": ("Collecteren en inzamelen", "ondernemen", "Voor een collecte of inzameling heeft u in onze gemeente geen vergunning nodig. Wij geven geen collectevergunningen uit. Landelijke collectes worden afgestemd via het CBF-collecterooster."),
}


def build_org(org, rows, stats):
    host = org["host"]
    H = "http://" + host
    keys = applicable(org)
    st = org["style"]
    org["_az"] = H + ("/producten" if st == "pdc" else "/loket/" if st == "small" else "/Inwoners/Producten_A-Z" if st == "iprox" else "/producten-a-z" if st != "rijk" else "/onderwerpen")
    org["_contact"] = H + ("/Contact" if st == "iprox" else "/contact/" if st in ("owc", "wp") else "/contact")
    org["_news"] = H + ("/Nieuws/" if st == "iprox" else "/nieuws/")
    org["_overview"] = (H + ("/E-loket" if st == "iprox" else "/formulieren")) if org.get("overview") else None
    org["_ovlist"] = []
    org["_en_alt"] = {}
    pages = []   # (url, title, section, main_html)
    plan = {k: choose(org, k) for k in keys}
    secs = []
    for k in keys:
        s = P[k][1]
        if plan[k] != "notfound" and s not in secs:
            secs.append(s)
    org["_sections"] = secs
    site_traps = []
    if org.get("mijn"):
        site_traps.append(f"'{org['mijn']}' DigiD login in the header")
    if org.get("footer_digid"):
        site_traps.append("DigiD logo in the footer")
    if org.get("contactform"):
        site_traps.append("generic contact form linked under the page")
    # news: two products mentioned
    okkeys = [k for k in keys if plan[k] not in ("notfound", "notoff")]
    news_keys = sorted(okkeys, key=lambda k: h(org["code"] + "news" + k))[:2]
    az = []   # (title, url)
    shared_pas = org.get("shared_pas")
    done_urls = {}
    for k in keys:
        opt = plan[k]
        notes, traps = [], []
        if opt == "notfound":
            rows.append(dict(org_code=org["code"], product_key=k, level="", status="not_found", product_url="", route_url="",
                             level_strict="", via="", notes="The site has no page for this product" + (" (the A-Z list has a stale link that answers with the soft 404)." if org.get("softnf") else ".")))
            if org.get("softnf"):
                az.append((title_for(org, k), product_url(org, k)))
            continue
        if opt == "notoff":
            t, sec, text = NOTOFF[k]
            u = product_url(org, k, t)
            if st == "pdc" or st == "small":
                u = product_url(org, k)
            body = product_body(org, u, t, text, "<p>Heeft u vragen? Bel 14 0" + str(h(org["code"]) % 900 + 100) + ".</p>")
            pages.append((u, t, sec, body))
            az.append((t, u))
            rows.append(dict(org_code=org["code"], product_key=k, level="", status="not_offered", product_url=u, route_url="",
                             level_strict="", via="", notes=f"Page titled '{t}' states the product is not offered." + ("" if not site_traps else " Trap: " + "; ".join(site_traps) + ".")))
            continue
        grp = SHARED_GROUPS.get(org["code"], {})
        if k in grp:
            t, anchor = grp[k]
            u = product_url(org, anchor, t) if st not in ("pdc", "small") else product_url(org, anchor)
        else:
            t = title_for(org, k)
            u = product_url(org, k)
        if u in done_urls:
            k0, lvl, strict, ru, via, n0, t0 = done_urls[u]
            notes.extend(n0)
            traps.extend(x for x in t0 if x not in traps)
            cta_html = ""
        else:
            lvl, strict, ru, via, cta_html = route(org, k, opt, u, t, notes, traps)
        extras = ""
        if k in news_keys:
            traps.append("news item mentions the product")
        if k in ("hondenbelasting", "evenementenvergunning", "terrasvergunning", "paspoort") and h(org["code"] + "reg" + k) % 3 != 0:
            kind = {"hondenbelasting": "verordening", "evenementenvergunning": "apv", "terrasvergunning": "terrassenbeleid", "paspoort": "legestabel"}[k]
            pu = pdf_url(org, k, kind)
            ptitle = {"verordening": "Verordening hondenbelasting 2026", "apv": "Algemene Plaatselijke Verordening", "terrassenbeleid": "Beleidsregels terrassen 2025", "legestabel": "Tarieventabel leges 2026"}[kind]
            make_pdf(pu, ptitle, False)
            extras += f'<h2>Regelgeving</h2><ul><li><a href="{href(org, u, pu)}">{ptitle} (pdf)</a></li></ul>'
            traps.append(f"regulation/tariff PDF '{ptitle}'")
        if k in ("wmo-voorziening", "bijzondere-bijstand") and lvl < 100 and org["type"] == "gemeente":
            mu = "http://mijn." + host.replace("www.", "") + "/zaken"
            extras += f'<p>Heeft u al een aanvraag gedaan? <a href="{mu}">Bekijk de status van uw aanvraag in Mijn Zaken (inloggen met DigiD)</a></p>'
            traps.append("status tracker for requests already made (Mijn Zaken, DigiD)")
            MIJN.add(host)
        if org.get("contactform"):
            extras += f'<aside class="feedback"><p>Staat uw vraag er niet bij? <a href="{href(org, u, org["_contact"].rstrip("/") + "formulier")}">Stel uw vraag via het contactformulier</a></p></aside>'
        if k == "evenementenvergunning" and org["code"] in ("GM0794", "GM0484", "GM0119"):
            bt = "Buurtfeest of straatfeest"
            bu = product_url(org, "melding-openbare-ruimte", bt)
            if st == "pdc":
                bu = H + f"/product?id={pid(org, k) + 1}"
            bb = product_body(org, bu, bt, "Wilt u een buurtfeest of straatfeest organiseren? Voor een feest op straat heeft u een evenementenvergunning nodig, ook als het klein is.",
                              f'<p>Lees op de pagina <a href="{href(org, bu, u)}">{esc(t)}</a> hoe u de vergunning aanvraagt.</p>')
            pages.append((bu, bt, "wonen", bb))
            az.append((bt, bu))
            traps.append(f"residents' page '{bt}' in the inwoners section points to the business page")
        if k == "parkeervergunning" and opt == "park" and org.get("park"):
            bt = t
            bu = H + ("/ondernemers/parkeervergunning-bedrijven" if st != "pdc" else f"/product?id={pid(org, k) + 1}")
            pu2 = shared_login_page(org["park"], "Parkeervergunningen " + org["short"], "/bedrijfsvergunning-aanvragen", "Bedrijfsvergunning aanvragen", ["eh"],
                                    "Vraag een parkeervergunning voor uw bedrijf aan. Log in met eHerkenning.")
            bb = product_body(org, bu, bt, "Ondernemers in een betaald-parkerengebied kunnen een bedrijfsvergunning aanvragen.",
                              f'<a href="{pu2}">Bedrijfsvergunning aanvragen (eHerkenning)</a>')
            pages.append((bu, bt, "ondernemen", bb))
            traps.append("a businesses' page with the same title 'Parkeervergunning' (eHerkenning, same level)")
        if k in SAME_NAME.get(org["code"], ()) and ru:
            bu = H + "/ondernemers/" + slugify(t) if st != "pdc" else H + f"/product?id={pid(org, k) + 2}"
            if st == "owc":
                bu = H + "/ondernemen/" + slugify(t) + "/"
            if ru.endswith(".pdf"):
                btxt, bcta = "Ook ondernemers en organisaties gebruiken het aanvraagformulier.", f'<a href="{href(org, bu, ru)}">Download het aanvraagformulier (pdf)</a>'
            elif lvl == 67:
                btxt, bcta = "Ook ondernemers en organisaties gebruiken het online formulier.", cta(org, bu, ru, "Naar het formulier", "anon")
            else:
                btxt, bcta = "Ook ondernemers en organisaties kunnen dit online doen. U logt in met eHerkenning.", cta(org, bu, ru, "Aanvragen met eHerkenning", "eh")
            bb = product_body(org, bu, t, btxt, bcta)
            pages.append((bu, t, "ondernemen", bb))
            traps.append(f"a businesses' page with the same title '{t}' (same route)")
        body = product_body(org, u, t, P[k][2], cta_html, extras)
        if u not in done_urls:
            pages.append((u, t, P[k][1], body))
            az.append((t, u))
            done_urls[u] = (k, lvl, strict, ru, via, list(notes), list(traps))
        else:
            notes.append(f"one page shared with {done_urls[u][0]}")
            for r in rows:
                if r["product_url"] == u:
                    r["notes"] = r["notes"].replace(". Trap", f"; one page shared with {k}. Trap", 1) if ". Trap" in r["notes"] else r["notes"].rstrip(".") + f"; one page shared with {k}."
        if k in EN and k in org.get("english", []):
            et, etext = EN[k]
            eu = H + "/en/" + slugify(et)
            ecta = cta_html if lvl else "<p>Please contact us.</p>"
            org["_en_alt"][u] = eu
            pages.append((eu, et, "en", f"<article lang='en'><h1>{esc(et)}</h1><p>{esc(etext)}</p><h2>How to apply</h2>{ecta}<p><a href='{href(org, eu, u)}'>Nederlandse versie</a></p></article>"))
            notes.append("an English page exists beside the Dutch one")
        allt = traps + site_traps
        note = "; ".join(notes)
        note = note[:1].upper() + note[1:] + "."
        if allt:
            note += " Trap: " + "; ".join(allt) + "."
        rows.append(dict(org_code=org["code"], product_key=k, level=str(lvl), status="ok", product_url=u, route_url=ru,
                         level_strict=str(strict if lvl == 100 else lvl), via=via, notes=note))
    # overview page
    if org.get("overview"):
        ov = org["_overview"]
        others = [("Contactformulier", org["_contact"].rstrip("/") + "formulier", "anonymous"), ("Melding klacht over een medewerker", org["_contact"].rstrip("/") + "formulier", "anonymous")]
        items = sorted(org["_ovlist"] + others)
        lis = "".join(f'<li><a href="{esc(href(org, ov, fu))}">{esc(t)}</a> <span class="tag">{esc(w)}</span></li>' for t, fu, w in items)
        pages.append((ov, "E-loket" if st == "iprox" else "Alle formulieren", "", f"<h1>{'E-loket: alle formulieren' if st == 'iprox' else 'Alle formulieren'}</h1><p>Hieronder vindt u alle e-formulieren van de gemeente op alfabetische volgorde.</p><ul class='formulieren'>{lis}</ul>"))
    return pages, az, news_keys


MIJN = set()
SAME_NAME = {"GM0484": ["subsidie"], "GM0119": ["bezwaar"], "GM0289": ["subsidie"]}
SHARED_GROUPS = {
 "GM0479": {"paspoort": ("Paspoort en identiteitskaart", "paspoort"), "identiteitskaart": ("Paspoort en identiteitskaart", "paspoort")},
 "GM0119": {"paspoort": ("Paspoort en identiteitskaart", "paspoort"), "identiteitskaart": ("Paspoort en identiteitskaart", "paspoort")},
 "WS0655": {"watermelding": ("Melding doen", "watermelding"), "melding-openbare-ruimte": ("Melding doen", "watermelding"),
            "watervergunning": ("Watervergunning", "watervergunning"), "omgevingsvergunning": ("Watervergunning", "watervergunning")},
}


NEWS_TITLES = ["Vanaf 1 januari: wijzigingen bij {t}", "Drukte verwacht: regel {t} op tijd", "Nieuwe werkwijze voor {t}"]


def write_org_site(org, pages, az, news_keys, rows):
    H = "http://" + org["host"]
    st = org["style"]
    allurls = []

    def emit(url, title, main, lang="nl"):
        put(url, layout(org, url, title, main, lang=lang).encode("utf-8"))
        allurls.append(url)

    bysec = {}
    for u, t, s, b in pages:
        emit(u, t, b, lang="en" if s == "en" else "nl")
        bysec.setdefault(s, []).append((t, u))
    # sections
    for s in org["_sections"]:
        su = section_url(org, s)
        lis = "".join(f'<li><a href="{esc(href(org, su, u))}">{esc(t)}</a></li>' for t, u in sorted(bysec.get(s, [])))
        emit(su, SECTION_NL[s], f"<h1>{esc(SECTION_NL[s])}</h1><ul class='onderwerpen'>{lis}</ul>")
    # A-Z
    letters = {}
    for t, u in sorted(set(az)):
        letters.setdefault(t[0].upper(), []).append((t, u))
    azh = "".join(f"<h2 id='{L}'>{L}</h2><ul>" + "".join(f'<li><a href="{esc(href(org, org["_az"], u))}">{esc(t)}</a></li>' for t, u in v) + "</ul>" for L, v in sorted(letters.items()))
    emit(org["_az"], "Producten en diensten A-Z", f"<h1>{'Producten en diensten van A tot Z' if org['type'] == 'gemeente' else 'Onderwerpen'}</h1>{azh}")
    # search results page (static, lists everything)
    emit(H + "/zoeken", "Zoeken", f"<h1>Zoekresultaten</h1><p>Gebruik de A-Z lijst om een onderwerp te vinden.</p><p><a href='{esc(href(org, H + '/zoeken', org['_az']))}'>Naar de A-Z lijst</a></p>")
    # news
    nlis = []
    for i, k in enumerate(news_keys):
        pu = next(r["product_url"] for r in rows if r["org_code"] == org["code"] and r["product_key"] == k)
        t = NEWS_TITLES[i % 3].format(t=P[k][0][0].lower())
        nu = org["_news"].rstrip("/") + f"/2026/{10 + i}/{slugify(t)}"
        emit(nu, t, f"<article class='nieuws'><h1>{esc(t)}</h1><p class='datum'>{12 + i} november 2026</p><p>{esc(P[k][2])} De werkwijze verandert per 1 januari 2027.</p><p>Meer informatie vindt u op de pagina <a href='{esc(href(org, nu, pu))}'>{esc(P[k][0][0])}</a>.</p></article>")
        nlis.append((t, nu))
    t3 = "Gemeenteraad stelt begroting 2027 vast" if org["type"] == "gemeente" else "Dijkversterking gaat van start"
    nu3 = org["_news"].rstrip("/") + "/2026/09/" + slugify(t3)
    emit(nu3, t3, f"<article class='nieuws'><h1>{esc(t3)}</h1><p>Het bestuur heeft ingestemd met de plannen.</p></article>")
    nlis.append((t3, nu3))
    emit(org["_news"], "Nieuws", "<h1>Nieuws</h1><ul>" + "".join(f"<li><a href='{esc(href(org, org['_news'], u))}'>{esc(t)}</a></li>" for t, u in nlis) + "</ul>")
    # contact + generic contact form
    cu = org["_contact"]
    cfu = org["_contact"].rstrip("/") + "formulier"
    emit(cu, "Contact", f"<h1>Contact</h1><p>Bel 14 0{h(org['code']) % 900 + 100} (maandag t/m vrijdag 8.30-17.00 uur).</p><p><a href='{esc(href(org, cu, cfu))}'>Contactformulier</a></p>")
    emit(cfu, "Contactformulier", "<h1>Contactformulier</h1><p>Stel uw vraag. We reageren binnen 5 werkdagen.</p><form method='post' action='/contact/verzenden'><label>Naam <input name='naam'></label><label>E-mail <input name='email'></label><label>Uw vraag <textarea name='vraag'></textarea></label><button type='submit'>Verstuur</button></form>")
    for p, t in (("/privacy", "Privacyverklaring"), ("/cookies", "Cookies"), ("/toegankelijkheid", "Toegankelijkheid")):
        emit(H + p, t, f"<h1>{t}</h1><p>Informatie over {t.lower()}.</p>")
    # home
    hu = home_url(org)
    popular = [r for r in rows if r["org_code"] == org["code"] and r["status"] == "ok"][:8]
    pop = "".join(f"<li><a href='{esc(href(org, hu, r['product_url']))}'>{esc(P[r['product_key']][0][0])}</a></li>" for r in popular)
    seclis = "".join(f"<li><a href='{esc(href(org, hu, section_url(org, s)))}'>{esc(SECTION_NL[s])}</a></li>" for s in org["_sections"])
    extra = ""
    if org.get("_overview"):
        extra += f"<p><a href='{esc(href(org, hu, org['_overview']))}'>{'E-loket' if st == 'iprox' else 'Alle formulieren'}</a></p>"
    if org.get("english"):
        extra += "<p><a href='/en/' hreflang='en'>English</a></p>"
    emit(hu, "Home", f"<h1>Welkom bij {esc(org['name'])}</h1><h2>Veelgevraagd</h2><ul>{pop}</ul><h2>Onderwerpen</h2><ul>{seclis}</ul><p><a href='{esc(href(org, hu, org['_az']))}'>Alle onderwerpen van A tot Z</a></p><h2>Nieuws</h2><p><a href='{esc(href(org, hu, org['_news']))}'>Al het nieuws</a></p>{extra}")
    if org.get("english"):
        ens = [(u, t) for u, t, s, b in pages if s == "en"]
        emit(H + "/en/", "English", "<h1>English information</h1><ul>" + "".join(f"<li><a href='{u}'>{esc(t)}</a></li>" for u, t in ens) + "</ul>", lang="en")
    if org.get("cookie"):
        put(H + "/", plain_page(org["name"], "Cookies op deze website", f"<div class='cookie-consent' role='dialog'><p>Wij gebruiken cookies om de website goed te laten werken en om het gebruik te meten. Kies of u ook cookies voor statistiek accepteert.</p><form action='/home' method='get'><input type='hidden' name='cookieconsent' value='all'><button type='submit'>Alle cookies accepteren</button></form><p><a href='/home?cookieconsent=necessary'>Alleen noodzakelijke cookies</a></p></div>").encode())
        allurls.append(H + "/")
    if org.get("splash"):
        put(H + "/", plain_page(org["name"], "Kies uw taal / Choose your language", "<ul class='lang'><li><a href='/home' hreflang='nl'>Nederlands</a></li><li><a href='/en/' hreflang='en'>English</a></li><li><a href='/de/' hreflang='de'>Deutsch</a></li></ul>").encode())
        put(H + "/de/", plain_page(org["name"], "Willkommen in Vlissingen", "<p>Informationen fuer Touristen. <a href='/home'>Zur niederlaendischen Website</a></p>").encode())
        allurls.append(H + "/")
    # robots + sitemap
    rob = "User-agent: *\nDisallow: /zoeken\n"
    if org.get("sitemap"):
        rob += f"Sitemap: {H}/sitemap.xml\n"
        sm = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "".join(f"  <url><loc>{esc(u)}</loc><lastmod>2026-11-0{1 + h(u) % 9}</lastmod></url>\n" for u in allurls if u != H + "/zoeken") + "</urlset>\n"
        put(H + "/sitemap.xml", sm.encode())
    put(H + "/robots.txt", rob.encode())
    # images
    put(H + "/images/digid-logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><rect width="48" height="48" fill="#000"/><text x="6" y="30" fill="#fff" font-size="14">DigiD</text></svg>')
    put(H + "/images/logo-digid.png", bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                                                     "1f15c4890000000d49444154789c6360000002000100ffff03000006000557bfabd40000000049454e44ae426082"))
    put(H + "/images/logo-eherkenning.png", FILES[(org["host"], "/images/logo-digid.png")])
    ABS[0] = True
    if org.get("softnf"):
        NOT_FOUND.append({"host": org["host"], "file": f"errors/{org['host']}.html", "status": 200})
        SOFT[org["host"]] = layout(org, H + "/niet-gevonden", "Pagina niet gevonden", "<h1>Pagina niet gevonden</h1><p>Helaas, de pagina die u zoekt bestaat niet (meer). Probeer de zoekfunctie of de A-Z lijst.</p>")
    elif st in ("drupal", "nlds", "wp"):
        NOT_FOUND.append({"host": org["host"], "file": f"errors/{org['host']}.html", "status": 404})
        SOFT[org["host"]] = layout(org, H + "/404", "404 - niet gevonden", "<h1>Deze pagina bestaat niet</h1>")
    ABS[0] = False
    return len(allurls)


SOFT = {}
ABS = [False]


def write_platform_hosts():
    n = 0
    for url, (fh, t, body) in FORMPAGES.items():
        put(url, plain_page(fh, t, body).encode())
        n += 1
    for url, (ht, t, body) in SHARED_PAGES.items():
        put(url, plain_page(ht, t, body).encode())
        n += 1
    hosts = {k[0] for k in FILES}
    for hst in sorted({u.split("/")[2] for u in list(FORMPAGES) + list(SHARED_PAGES)}):
        if (hst, "/index.html") not in FILES:
            links = "".join(f"<li><a href='{u}'>{esc(v[1])}</a></li>" for u, v in list(FORMPAGES.items()) + list(SHARED_PAGES.items()) if u.split("/")[2] == hst)
            put(f"http://{hst}/", plain_page(hst, hst, f"<ul>{links}</ul>").encode())
            n += 1
    for ah in sorted(APPTS):
        put(f"http://{ah}/afspraak-maken", plain_page("Afspraak maken", "Afspraak maken", "<p>Kies een product, een datum en een tijd.</p><form method='get' action='/afspraak-maken-stap-2'><label>Product <select name='product'><option>Paspoort</option><option>Identiteitskaart</option><option>Rijbewijs</option><option>Uittreksel</option><option>Aangifte geboorte</option></select></label><label>Datum <input type='date' name='datum'></label><button type='submit'>Volgende</button></form>").encode())
        put(f"http://{ah}/afspraak-maken-stap-2", plain_page("Afspraak maken", "Kies een tijd", "<p>Er zijn geen tijden beschikbaar op deze dag.</p>").encode())
        put(f"http://{ah}/", plain_page("Afspraak maken", "Afspraken", "<p><a href='/afspraak-maken'>Afspraak maken</a></p>").encode())
        n += 3
    return n


def write_mijn(org):
    dom = org["host"].replace("www.", "")
    mh = "mijn." + dom
    start = f"http://{mh}/inloggen/digid"
    redirect(start, IDP["digid"] + "?service=" + mh)
    put(f"http://{mh}/", plain_page(org.get("mijn") or "Mijn Zaken", org.get("mijn") or "Mijn Zaken", f"<p>In uw persoonlijke omgeving ziet u uw lopende zaken, berichten en gegevens.</p><p>{login_link(start, 'digid')}</p>").encode())
    put(f"http://{mh}/zaken", plain_page(org.get("mijn") or "Mijn Zaken", "Mijn Zaken", f"<p>Bekijk de status van uw aanvragen en meldingen. Log eerst in.</p><p>{login_link(start, 'digid')}</p>").encode())


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    build_shared_static()
    rows = []
    stats = {}
    org_pages = 0
    for org in ORGS:
        pages, az, news = build_org(org, rows, stats)
        org_pages += write_org_site(org, pages, az, news, rows)
        if org.get("mijn") or org["host"] in MIJN:
            write_mijn(org)
        if org.get("bare_redirect"):
            HOST_REDIRECTS.append({"host": org["host"].replace("www.", ""), "status": 301, "to": org["host"]})
        if org.get("www_to_bare"):
            HOST_REDIRECTS.append({"host": "www." + org["host"], "status": 301, "to": org["host"]})
    write_platform_hosts()
    # write files
    dirs = set()
    for (host, path) in FILES:
        parts = path.lstrip("/").split("/")
        for i in range(1, len(parts)):
            dirs.add((host, "/".join(parts[:i])))
    for (host, path), content in FILES.items():
        rel = path.lstrip("/")
        if (host, rel) in dirs:
            rel += "/index.html"
            pass
        p = OUT / "sites" / host / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(content if isinstance(content, bytes) else content.encode())
    for host, c in SOFT.items():
        p = OUT / "errors" / f"{host}.html"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(c)
    # redirects dedupe
    seen, reds = set(), []
    for r in REDIRECTS:
        if r["url"] not in seen:
            seen.add(r["url"])
            reds.append(r)
    manifest = {"format": 1, "name": "web-dev13", "behaviours": {"redirects": reds, "host_redirects": HOST_REDIRECTS, "not_found_pages": NOT_FOUND}}
    (OUT / "testweb.json").write_text(json.dumps(manifest, indent=1))
    with open(OUT / "organisations.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for o in ORGS:
            web = "http://" + o["host"] + "/"
            if o["code"] in ("GM0794", "GM0882"):
                web = "http://" + o["host"].replace("www.", "") + "/"
            if o.get("www_to_bare"):
                web = "http://www." + o["host"] + "/"
            w.writerow([o["code"], o["name"], o["type"], web, o.get("inh", "")])
    with open(OUT / "labels.csv", "w", newline="") as f:
        cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "notes"]
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in rows:
            w.writerow(r)
    # summary
    from collections import Counter
    c = Counter((r["status"], r["level"]) for r in rows)
    print("rows", len(rows), dict(sorted(c.items())))
    print("files", len(FILES), "hosts", len({k[0] for k in FILES}))


if __name__ == "__main__":
    main()
