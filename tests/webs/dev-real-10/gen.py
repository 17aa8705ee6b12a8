#!/usr/bin/env python3
"""Generate the web-dev10 held-out simulated web (deterministic, no randomness).

usage: python gen.py [OUT]   (default ./web)
"""
import csv, html, json, os, shutil, sys, zlib

OUT = sys.argv[1] if len(sys.argv) > 1 else "web"
FILES = {}          # (host, path) -> bytes/str
REDIRECTS = []
LABELS = []
SEARCH = {}
E = html.escape


def put(url, content):
    """url like http://host/path?q ; stores content."""
    assert url.startswith("http://"), url
    rest = url[7:]
    host, _, path = rest.partition("/")
    path = "/" + path
    if path.endswith("/"):
        path += "index.html"
    key = (host, path)
    assert key not in FILES, url
    FILES[key] = content


def redirect(url, location, status=302):
    REDIRECTS.append({"url": url, "status": status, "location": location})


# ---------------------------------------------------------------- PDF writer
def pdf(title, lines, form=False):
    body = ["BT /F1 15 Tf 50 790 Td (%s) Tj ET" % _pe(title)]
    y = 760
    for ln in lines:
        body.append("BT /F1 10 Tf 50 %d Td (%s) Tj ET" % (y, _pe(ln)))
        if form and ln.rstrip().endswith(":"):
            body.append("50 %d m 545 %d l S" % (y - 14, y - 14))
            y -= 14
        y -= 20
    if form:
        body.append("BT /F1 10 Tf 50 %d Td (Handtekening: ______________________   Datum: ____________) Tj ET" % (y - 20))
    stream = "\n".join(body).encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            ("<< /Title (%s) /Producer (dev10 pdf) >>" % _pe(title)).encode("latin-1", "replace")]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def _pe(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def formpdf(title, org):
    return pdf(title, ["%s" % org, "Vul dit formulier volledig in en stuur het ondertekend op.",
                       "1. Gegevens aanvrager", "Naam en voorletters:", "Adres:", "Postcode en woonplaats:",
                       "Telefoonnummer:", "E-mailadres:", "2. Gegevens aanvraag", "Omschrijving:",
                       "Datum / periode:", "Locatie:", "3. Bijlagen", "Meegestuurde bijlagen:"], form=True)


def kb(b):
    return "%d kB" % max(1, round(len(b) / 1024))


# ---------------------------------------------------------------- products
# key: (formal title, colloquial title or "", first-paragraph sentence, section, audience)
P = {
 "brp-uittreksel": ("Uittreksel BRP", "Bewijs nodig van waar u woont?", "Met een uittreksel uit de Basisregistratie Personen (BRP) laat u zien wie u bent en waar u woont.", "burgerzaken"),
 "verhuismelding": ("Verhuizen", "Gaat u verhuizen?", "Verhuist u naar of binnen de gemeente? Geef uw verhuizing dan binnen 5 dagen na de verhuisdatum door.", "burgerzaken"),
 "geboorteaangifte": ("Geboorte aangeven", "Een kindje geboren?", "Is uw kind geboren? Dan doet u binnen 3 dagen geboorteaangifte bij de gemeente waar uw kind is geboren.", "burgerzaken"),
 "overlijdensaangifte": ("Overlijden", "Iemand overleden?", "Bij een overlijden moet binnen 6 werkdagen aangifte van overlijden worden gedaan. Meestal regelt de uitvaartverzorger dit.", "burgerzaken"),
 "huwelijksaangifte": ("Trouwen en geregistreerd partnerschap", "Gaan jullie trouwen?", "Wilt u trouwen of een geregistreerd partnerschap aangaan? Meld dan eerst uw voorgenomen huwelijk of partnerschap (vroeger: ondertrouw).", "burgerzaken"),
 "paspoort": ("Paspoort", "", "Een paspoort is een reisdocument en identiteitsbewijs. U vraagt het aan bij de gemeente waar u ingeschreven staat.", "burgerzaken"),
 "identiteitskaart": ("Identiteitskaart (ID-kaart)", "", "Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa.", "burgerzaken"),
 "parkeervergunning": ("Parkeervergunning", "Parkeren in uw wijk", "Woont u in een gebied met betaald parkeren? Met een bewonersparkeervergunning parkeert u in uw eigen wijk.", "parkeren"),
 "gehandicaptenparkeerkaart": ("Gehandicaptenparkeerkaart", "", "Kunt u door een beperking niet ver lopen? Met een gehandicaptenparkeerkaart (GPK) mag u op invalidenparkeerplaatsen parkeren.", "parkeren"),
 "gehandicaptenparkeerplaats": ("Gehandicaptenparkeerplaats", "", "Heeft u een gehandicaptenparkeerkaart en geen eigen parkeerruimte? Dan kunt u een gehandicaptenparkeerplaats bij uw woning aanvragen, op uw kenteken.", "parkeren"),
 "hondenbelasting": ("Hondenbelasting", "Een hond in huis?", "Heeft u een hond? Dan betaalt u hondenbelasting. U meldt uw hond aan of af bij de gemeente.", "belastingen"),
 "belastingkwijtschelding": ("Kwijtschelding gemeentelijke belastingen", "Moeite met betalen van uw aanslag?", "Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen van de gemeentelijke belastingen.", "belastingen"),
 "woz-bezwaar": ("WOZ-waarde en bezwaar", "Niet eens met uw WOZ-waarde?", "Vindt u de WOZ-waarde van uw woning of pand te hoog? Dan kunt u binnen 6 weken bezwaar maken tegen de WOZ-beschikking.", "belastingen"),
 "bijstand": ("Bijstandsuitkering", "Geen inkomen?", "Heeft u geen werk of te weinig inkomen om van te leven? Dan heeft u misschien recht op een bijstandsuitkering (Participatiewet).", "werk-en-inkomen"),
 "bijzondere-bijstand": ("Bijzondere bijstand", "Geen geld voor onverwachte kosten?", "Heeft u onverwachte, noodzakelijke kosten die u niet zelf kunt betalen, zoals een nieuwe wasmachine of bewindvoering? Dan kunt u bijzondere bijstand aanvragen.", "werk-en-inkomen"),
 "wmo-voorziening": ("Hulp bij het huishouden en Wmo-voorzieningen", "Hulp nodig thuis?", "Heeft u hulp nodig om zelfstandig thuis te blijven wonen? Via de Wmo (Wet maatschappelijke ondersteuning) kunt u een voorziening aanvragen, zoals huishoudelijke hulp, een scootmobiel of een woningaanpassing.", "zorg"),
 "leerlingenvervoer": ("Leerlingenvervoer", "", "Kan uw kind niet zelfstandig naar school? Dan kunt u een vergoeding of aangepast vervoer aanvragen: leerlingenvervoer.", "onderwijs"),
 "grofvuil": ("Grof huishoudelijk afval", "Grofvuil kwijt?", "Heeft u oude meubels, een matras of ander grofvuil? Maak een afspraak om het grof huishoudelijk afval gratis op te laten halen.", "afval"),
 "afvalcontainer": ("Afvalcontainer aanvragen, omruilen of kapot", "Container kapot of te klein?", "Is uw minicontainer kapot, kwijt of wilt u een grotere of extra afvalcontainer? Vraag een nieuwe container aan of wijzig uw container.", "afval"),
 "melding-openbare-ruimte": ("Melding openbare ruimte", "Iets kapot op straat?", "Ziet u een losse stoeptegel, een kapotte lantaarnpaal of zwerfafval? Doe een melding openbare ruimte, dan lossen wij het op.", "wonen"),
 "omgevingsvergunning": ("Omgevingsvergunning", "Gaat u (ver)bouwen?", "Wilt u bouwen, verbouwen of slopen? Dan heeft u misschien een omgevingsvergunning nodig.", "wonen"),
 "kapvergunning": ("Boom kappen", "Boom kappen?", "Wilt u een boom kappen? Voor sommige bomen heeft u een omgevingsvergunning voor het kappen van een boom (kapvergunning) nodig.", "wonen"),
 "bouwdossier-inzage": ("Bouwtekeningen en bouwdossier inzien", "Bouwtekening van uw huis nodig?", "Zoekt u de bouwtekening van uw woning? U kunt een bouwdossier uit het archief inzien of een kopie opvragen.", "wonen"),
 "bezwaar": ("Bezwaar maken", "Niet eens met een besluit?", "Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken een bezwaarschrift indienen.", "bestuur"),
 "klacht": ("Klacht indienen", "Niet tevreden?", "Bent u niet tevreden over hoe een medewerker of de gemeente u heeft behandeld? Dien dan een klacht in.", "bestuur"),
 "woo-verzoek": ("Woo-verzoek", "Informatie opvragen bij de gemeente", "Wilt u documenten van de gemeente inzien? Met een Woo-verzoek (Wet open overheid, vroeger Wob-verzoek) vraagt u openbaarmaking aan.", "bestuur"),
 "subsidie": ("Subsidies", "Geld voor uw vereniging of initiatief?", "De gemeente geeft subsidie aan organisaties en initiatieven die bijdragen aan de stad. Hier leest u hoe u subsidie aanvraagt.", "subsidie"),
 "evenementenvergunning": ("Evenementenvergunning", "Een evenement organiseren?", "Organiseert u een feest, markt, braderie of sportevenement op straat of in een park? Dan heeft u een evenementenvergunning nodig.", "ondernemen"),
 "exploitatievergunning-horeca": ("Exploitatievergunning horeca", "Horecazaak beginnen?", "Wilt u een café, restaurant of lunchroom openen? Dan heeft u een exploitatievergunning voor uw horecabedrijf nodig.", "ondernemen"),
 "alcoholvergunning": ("Alcoholvergunning", "Drank schenken", "Schenkt u alcohol in uw horecabedrijf of slijterij? Dan heeft u een alcoholvergunning (vroeger: drank- en horecavergunning) nodig.", "ondernemen"),
 "terrasvergunning": ("Terrasvergunning", "Terras plaatsen", "Wilt u een terras bij uw horecazaak? Met een terrasvergunning mag u tafels en stoelen op de openbare weg zetten.", "ondernemen"),
 "standplaatsvergunning": ("Standplaatsvergunning", "Verkopen vanaf een vaste plek", "Wilt u vanuit een kraam, wagen of foodtruck verkopen op een vaste plek in de openbare ruimte? Dan heeft u een standplaatsvergunning nodig.", "ondernemen"),
 "marktvergunning": ("Weekmarkt: marktvergunning", "Staan op de weekmarkt", "Wilt u als marktkoopman op de weekmarkt staan? Vraag een vaste plaats (marktvergunning) of een dagplaats aan.", "ondernemen"),
 "reclamebelasting": ("Reclamebelasting", "", "Heeft u reclame aan de gevel, zoals een lichtbak of uithangbord? Dan betaalt u mogelijk reclamebelasting.", "ondernemen"),
 "geluidsontheffing": ("Geluidsontheffing", "Muziek of lawaai bij een activiteit", "Maakt u tijdelijk meer geluid dan is toegestaan, bijvoorbeeld bij een feest of werkzaamheden? Dan vraagt u een geluidsontheffing aan.", "ondernemen"),
 "winkeltijdenontheffing": ("Ontheffing winkeltijden", "Winkel open op zondag?", "Wilt u uw winkel openen buiten de vastgestelde winkeltijden? Dan heeft u een ontheffing winkeltijden nodig.", "ondernemen"),
 "kansspelautomaatvergunning": ("Speelautomaten: aanwezigheidsvergunning", "Gokkast in uw café?", "Wilt u een kansspelautomaat in uw horecazaak plaatsen? Dan heeft u een aanwezigheidsvergunning nodig.", "ondernemen"),
 "collectevergunning": ("Collecte houden", "Collecteren voor een goed doel?", "Wilt u langs de deuren geld inzamelen voor een goed doel? Dan heeft u een collectevergunning nodig.", "ondernemen"),
 "ligplaatsvergunning": ("Ligplaatsvergunning", "Boot aanmeren?", "Wilt u een boot of woonboot afmeren in gemeentelijk water? Dan heeft u een ligplaatsvergunning nodig.", "wonen"),
 "uitwegvergunning": ("Uitrit aanleggen", "Eigen oprit maken?", "Wilt u een inrit of uitrit maken naar de openbare weg? Dan heeft u een uitwegvergunning nodig.", "wonen"),
 "belastingaanslag-bezwaar": ("Bezwaar tegen uw aanslag gemeentelijke belastingen", "Klopt uw aanslag niet?", "Bent u het niet eens met uw aanslag gemeentelijke belastingen? Dan kunt u bezwaar maken.", "belastingen"),
 "betalingsregeling": ("Betalingsregeling gemeentelijke belastingen", "In termijnen betalen?", "Kunt u uw aanslag niet in één keer betalen? Vraag automatische incasso in termijnen of een betalingsregeling aan.", "belastingen"),
}
# water board and national wordings
PW = {
 "belastingkwijtschelding": ("Kwijtschelding waterschapsbelasting", "", "Kunt u de waterschapsbelasting niet betalen? Dan kunt u kwijtschelding aanvragen."),
 "melding-openbare-ruimte": ("Melding wegen en fietspaden", "", "Ziet u een gat in de weg of een kapotte berm langs een weg van het waterschap? Doe een melding."),
 "omgevingsvergunning": ("Omgevingsvergunning voor een wateractiviteit", "", "Onder de Omgevingswet heet de watervergunning een omgevingsvergunning voor een wateractiviteit."),
 "bezwaar": ("Bezwaar maken", "", "Bent u het niet eens met een besluit van het waterschap? Dan kunt u binnen 6 weken bezwaar maken."),
 "klacht": ("Klacht indienen", "", "Bent u niet tevreden over de manier waarop het waterschap u heeft behandeld? Dien een klacht in."),
 "woo-verzoek": ("Woo-verzoek", "", "Wilt u informatie van het waterschap openbaar laten maken? Dien een Woo-verzoek in."),
 "subsidie": ("Subsidies", "", "Het waterschap geeft subsidie voor maatregelen die bijdragen aan schoon en voldoende water, zoals het afkoppelen van regenwater."),
 "wegvergunning-provinciaal": ("Werken aan of langs een weg", "", "Wilt u werkzaamheden uitvoeren aan of langs een weg van het hoogheemraadschap? Dan heeft u een ontheffing of vergunning nodig."),
 "schadevergoeding-provincie": ("Schade melden", "", "Heeft u schade door werkzaamheden van het waterschap? U kunt een verzoek om schadevergoeding indienen."),
 "watervergunning": ("Watervergunning", "", "Wilt u iets doen in, op of langs het water of een dijk? Dan heeft u vaak een watervergunning nodig."),
 "watermelding": ("Melding doen", "", "Ziet u dode vissen, wateroverlast, een verstopte duiker of stank van het water? Meld het ons."),
 "zuiveringsheffing": ("Zuiveringsheffing", "", "Met de zuiveringsheffing betaalt u voor het zuiveren van afvalwater. De heffing gaat per vervuilingseenheid."),
 "watersysteemheffing": ("Watersysteemheffing", "", "De watersysteemheffing betaalt u als eigenaar of gebruiker voor droge voeten en schoon water."),
 "belastingaanslag-bezwaar": ("Bezwaar tegen uw aanslag", "", "Bent u het niet eens met uw aanslag waterschapsbelasting? Dan kunt u bezwaar maken."),
 "betalingsregeling": ("Betalingsregeling", "", "Kunt u de aanslag niet in één keer betalen? Vraag een betalingsregeling aan."),
 "bedrijfsafvalwater-melding": ("Bedrijfsafvalwater lozen", "", "Loost uw bedrijf afvalwater op het riool of oppervlaktewater? Dan moet u dat vaak melden."),
}

PRODUCTS = list(csv.DictReader(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'config', 'products.csv'), encoding="utf-8")))
BYKEY = {p["product_key"]: p for p in PRODUCTS}


def slugify(s):
    import re, unicodedata
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def cid(key, base):
    return base + zlib.crc32(key.encode()) % 900


# ---------------------------------------------------------------- shared pieces
DIGID_IMG = '<img src="/img/digid-logo.svg" alt="Inloggen met DigiD" width="32" height="32">'
EH_IMG = '<img src="/img/eherkenning.svg" alt="eHerkenning" width="32" height="32">'
SVG_DIGID = '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><rect width="32" height="32" fill="#000"/><text x="3" y="21" fill="#fff" font-size="11">DigiD</text></svg>'
SVG_EH = '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><rect width="32" height="32" fill="#3b6"/><text x="2" y="21" fill="#fff" font-size="9">eH</text></svg>'


def idp_pages():
    put("http://digid.test/inloggen", basic("Inloggen met DigiD", "DigiD", "<h1>Inloggen bij %s</h1><p>Kies hoe u wilt inloggen.</p><form method='post' action='/inloggen'><label>DigiD gebruikersnaam <input name='u'></label><label>Wachtwoord <input type='password' name='p'></label><button>Inloggen</button></form><p><a href='/inloggen-app'>Inloggen met de DigiD app</a></p>" % "de organisatie"))
    put("http://digid.test/inloggen-app", basic("DigiD app", "DigiD", "<h1>Scan de QR-code met de DigiD app</h1>"))
    put("http://digid.test/", basic("DigiD", "DigiD", "<h1>DigiD</h1><p>Uw digitale identiteit.</p>"))
    put("http://eherkenning.test/kies-middel", basic("Inloggen met eHerkenning", "eHerkenning", "<h1>Kies uw eHerkenningsleverancier</h1><ul><li><a href='/lev/a'>Leverancier A</a></li><li><a href='/lev/b'>Leverancier B</a></li></ul><p>Of log in met een Europees erkend inlogmiddel (eIDAS).</p>"))
    put("http://eherkenning.test/", basic("eHerkenning", "eHerkenning", "<h1>eHerkenning</h1>"))


def basic(title, site, body):
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>%s | %s</title></head><body>%s</body></html>"
            % (E(title), E(site), body))


def digid_start(url, ret=""):
    redirect(url, "http://digid.test/inloggen?app=" + slugify(url)[-40:])


def eh_start(url):
    redirect(url, "http://eherkenning.test/kies-middel?sp=" + slugify(url)[-40:])


# ---------------------------------------------------------------- organisation model
class Org:
    def __init__(self, code, name, otype, host, fam, short, inh=""):
        self.code, self.name, self.otype, self.host, self.fam, self.short, self.inh = code, name, otype, host, fam, short, inh
        self.website = "http://%s/" % host
        self.pages = []        # (url, title) for sitemap / A-Z
        self.products = {}     # key -> url
        self.sitewide_trap = ""
        self.nav = []

    def url(self, path):
        return "http://%s%s" % (self.host, path)


def label(org, key, status, level="", product_url="", route_url="", strict=None, via="", notes=""):
    if status == "ok":
        assert level in (0, 33, 67, 100), (org.code, key, level)
        if strict is None:
            strict = 67 if level == 100 else level
        if org.sitewide_trap:
            notes = notes + " " + org.sitewide_trap
        if level == 0:
            route_url = ""
    else:
        level, strict, route_url = "", "", ""
    LABELS.append({"org_code": org.code, "product_key": key, "level": level, "status": status,
                   "product_url": product_url, "route_url": route_url, "level_strict": strict,
                   "via": via, "notes": notes.strip()})


# ---------------------------------------------------------------- form platforms
def form_fields(title):
    return ("<form method='post' action='#verzenden'><fieldset><legend>%s</legend>"
            "<label>Naam <input name='naam' required></label><label>Adres <input name='adres'></label>"
            "<label>E-mailadres <input type='email' name='email'></label><label>Toelichting <textarea name='toelichting'></textarea></label>"
            "<button type='submit'>Versturen</button></fieldset></form>" % E(title))


def make_form(org, key, auth, title):
    """Create the org's e-form pages for this product. Returns (cta_url, route_url)."""
    p = org.platform
    slug = slugify(title)[:40]
    name = "".join(w.capitalize() for w in slug.split("-"))[:30]
    if p == "openforms":
        fhost = "formulieren.%s" % org.host.replace("www.", "")
        url = "http://%s/%s" % (fhost, slug)
        start = "http://%s/auth/%s/%s/start" % (fhost, slug, auth or "none")
        if auth:
            (digid_start if auth == "digid" else eh_start)(start)
            inner = ("var b=document.createElement('a');b.href='%s';b.className='openforms-button';"
                     "b.textContent='Inloggen met %s';r.appendChild(b);" % (start, "DigiD" if auth == "digid" else "eHerkenning"))
        else:
            inner = "r.innerHTML=%s;" % json.dumps(form_fields(title))
        put(url, "<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>%s - %s</title>"
            "<link rel='stylesheet' href='/static/sdk/open-forms-sdk.css'></head><body><header><img src='/logo.svg' alt='%s'></header>"
            "<noscript>Dit formulier werkt alleen met JavaScript.</noscript>"
            "<div id='openforms-root' data-base-url='http://%s/api/v2/' data-form-id='%s'></div>"
            "<script>(function(){var r=document.getElementById('openforms-root');var h=document.createElement('h1');"
            "h.textContent=%s;r.appendChild(h);%s})();</script></body></html>"
            % (E(title), E(org.name), E(org.name), fhost, slug, json.dumps(title), inner))
        return url, url
    if p == "triple":
        fhost = "loket.%s" % org.host.replace("www.", "")
        url = "http://%s/TriplEforms/DirectRegelen/%s.aspx" % (fhost, name)
        if auth:
            start = "http://%s/TriplEforms/Login/%s/%s.aspx" % (fhost, name, "DigiD" if auth == "digid" else "eHerkenning")
            (digid_start if auth == "digid" else eh_start)(start)
            body = ("<h1>%s</h1><p>Om dit formulier te gebruiken moet u inloggen.</p><a id='ctl00_btnDigiD' href='%s'>%s</a>"
                    % (E(title), start, DIGID_IMG if auth == "digid" else EH_IMG + " Inloggen met eHerkenning"))
        else:
            body = "<h1>%s</h1><p>Stap 1 van 3</p>%s" % (E(title), form_fields(title))
        put(url, "<!DOCTYPE html><html><head><title>TriplEforms - %s</title></head><body><form id='aspnetForm'><input type='hidden' name='__VIEWSTATE' value='dDwtMTA4NzE='></form>%s</body></html>" % (E(title), body))
        return url, url
    if p == "getstart":
        fhost = "loket.%s" % org.host.replace("www.", "")
        url = "http://%s/start?formulier=%s" % (fhost, slug)
        if auth:
            start = "http://%s/auth/%s/%s" % (fhost, auth, slug)
            (digid_start if auth == "digid" else eh_start)(start)
            body = "<h1>%s</h1><p>Log in om verder te gaan.</p><p><a class='btn' href='%s'>Inloggen met %s</a></p>" % (E(title), start, "DigiD" if auth == "digid" else "eHerkenning")
        else:
            body = "<h1>%s</h1>%s" % (E(title), form_fields(title))
        put(url, basic(title, "E-loket " + org.short, body))
        return url, url
    if p == "assen":
        if auth:
            url = "http://eformulieren.assen.test/%s" % slug
            start = "http://eformulieren.assen.test/%s/%s" % (slug, auth)
            (digid_start if auth == "digid" else eh_start)(start)
            link = "<a href='%s'>%s</a>" % (start, DIGID_IMG if auth == "digid" else EH_IMG)
            put(url, basic(title, "E-formulieren Assen", "<h1>%s</h1><p>Log in om het formulier te starten.</p>%s" % (E(title), link)))
        else:
            url = "http://fd8.formdesk.test/gemeenteassen/%s" % slug
            put(url, basic(title, "Formdesk", "<h1>%s</h1>%s<p class='fd-footer'>Powered by Formdesk</p>" % (E(title), form_fields(title))))
        return url, url
    if p == "katwijk":
        url = "http://eloket.katwijk.test/eform/%s" % name
        if auth:
            start = url + "/" + ("digid" if auth == "digid" else "eherkenning")
            (digid_start if auth == "digid" else eh_start)(start)
            put(url, basic(title, "E-loket Katwijk", "<h1>%s</h1><p>U logt in met %s.</p><p><a href='%s'>Start formulier</a></p>" % (E(title), "DigiD" if auth == "digid" else "eHerkenning", start)))
        else:
            put(url, basic(title, "E-loket Katwijk", "<h1>%s</h1>%s" % (E(title), form_fields(title))))
        return url, url
    if p == "gemeenteoplossingen":
        fhost = "eformulieren.hofvantwente.test"
        url = "http://%s/eformulieren/%s" % (fhost, slug)
        if auth:
            start = "http://%s/eformulieren/%s/inloggen-%s" % (fhost, slug, auth)
            (digid_start if auth == "digid" else eh_start)(start)
            put(url, basic(title, "eFormulieren", "<h2>%s</h2><p>Dit formulier vult u in na inloggen.</p><a class='login' target='_top' href='%s'>Inloggen met %s</a>" % (E(title), start, "DigiD" if auth == "digid" else "eHerkenning")))
        else:
            put(url, basic(title, "eFormulieren", "<h2>%s</h2>%s" % (E(title), form_fields(title))))
        return url, url
    if p == "gravity":
        url = org.url("/formulieren/%s/" % slug)
        put(url, org.layout(title, "<h1>%s</h1><div class='gform_wrapper'>%s</div>" % (E(title), form_fields(title).replace("<form ", "<form class='gform' id='gform_3' "))))
        return url, url
    if p == "hhnk":
        if auth:
            url = "http://loket.hhnk.test/aanvragen/%s/%s" % (slug, auth)
            (digid_start if auth == "digid" else eh_start)(url)
            return url, url
        url = org.url("/formulieren/%s" % slug)
        put(url, org.layout(title, "<h1>%s</h1>%s" % (E(title), form_fields(title))))
        return url, url
    if p == "svb":
        url = "http://mijn.svb.test/inloggen/%s" % slug
        digid_start(url)
        return url, url
    raise ValueError(p)


# ---------------------------------------------------------------- shared services
SHARED = {}


class Shared:
    def __init__(self, key, host, name, what):
        self.key, self.host, self.name, self.what = key, host, name, what
        self.items = []
        SHARED[key] = self

    def layout(self, title, body):
        nav = "".join("<li><a href='%s'>%s</a></li>" % (u, E(t)) for u, t in self.items[:12])
        return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>%s - %s</title></head><body>"
                "<header><a href='/'>%s</a> <a class='mijn' href='/mijn'>Mijn %s</a></header><nav><ul>%s</ul></nav><main>%s</main>"
                "<footer>%s - %s</footer></body></html>" % (E(title), E(self.name), E(self.name), E(self.name.split()[0]), nav, body, E(self.name), E(self.what)))

    def page(self, key, title, text, kind, orgs, pf=False):
        """kind: digid, eh, form, pdf, info. Returns (info_url, route_url, level, strict)."""
        path = "/" + slugify(title)
        url = "http://%s%s" % (self.host, path)
        route, level = "", 0
        cta = ""
        if kind in ("digid", "eh"):
            route = "http://%s/inloggen/%s/%s" % (self.host, slugify(title)[:30], kind)
            (digid_start if kind == "digid" else eh_start)(route)
            cta = "<p><a class='button' href='%s'>%s</a></p>" % (route, "Regel het direct met DigiD" if kind == "digid" else "Inloggen met eHerkenning")
            level = 100
        elif kind == "form":
            route = "http://%s/formulier/%s" % (self.host, slugify(title)[:30])
            put(route, self.layout(title, "<h1>%s</h1>%s" % (E(title), form_fields(title))))
            cta = "<p><a href='%s'>Vul het online formulier in</a></p>" % route
            level = 67
        elif kind == "pdf":
            b = formpdf(title, self.name)
            route = "http://%s/documenten/%s.pdf" % (self.host, slugify(title)[:30])
            put(route, b)
            cta = "<p><a href='%s'>Formulier %s (pdf, %s)</a> Print het formulier, vul het in en stuur het op.</p>" % (route, E(title), kb(b))
            level = 33
        pft = "<p>Na het inloggen zijn uw gegevens al ingevuld.</p>" if pf else ""
        body = ("<h1>%s</h1><p>%s</p><p>%s voert deze taak uit voor %s.</p>%s%s<h2>Contact</h2><p>Bel ons op 088 - 123 45 67.</p>"
                % (E(title), E(text), E(self.name), E(", ".join(orgs)), cta, pft))
        put(url, self.layout(title, body))
        self.items.append((path, title))
        return url, route, level, (100 if pf else (67 if level == 100 else level))

    def finish(self):
        lis = "".join("<li><a href='%s'>%s</a></li>" % (u, E(t)) for u, t in self.items)
        put("http://%s/" % self.host, self.layout(self.name, "<h1>%s</h1><p>%s</p><ul>%s</ul>" % (E(self.name), E(self.what), lis)))
        put("http://%s/mijn" % self.host, self.layout("Mijn omgeving", "<h1>Mijn %s</h1><p>Log in met DigiD om uw aanslagen en zaken te bekijken.</p><a href='/inloggen/mijn/digid'>Inloggen met DigiD</a>" % E(self.name)))
        digid_start("http://%s/inloggen/mijn/digid" % self.host)
        put("http://%s/robots.txt" % self.host, "User-agent: *\nDisallow:\n")


def omgevingsloket():
    h = "http://omgevingswet.overheid.test"
    put(h + "/", basic("Omgevingsloket", "Omgevingsloket", "<h1>Omgevingsloket</h1><ul><li><a href='/checken'>Vergunningcheck doen</a></li><li><a href='/aanvragen'>Aanvraag of melding indienen</a></li></ul>"))
    put(h + "/checken", basic("Vergunningcheck", "Omgevingsloket", "<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft. U hoeft niet in te loggen.</p><form action='/checken/start'><button>Start vergunningcheck</button></form>"))
    put(h + "/aanvragen", basic("Aanvragen", "Omgevingsloket", "<h1>Aanvraag of melding indienen</h1><p>Voor het indienen van een aanvraag of melding logt u in.</p>"
                                 "<p><a href='/aanvragen/inloggen/digid'>Inloggen met DigiD</a> (particulieren)</p><p><a href='/aanvragen/inloggen/eherkenning'>Inloggen met eHerkenning</a> (bedrijven)</p>"))
    digid_start(h + "/aanvragen/inloggen/digid")
    eh_start(h + "/aanvragen/inloggen/eherkenning")
    return h + "/aanvragen"


def werk_nl():
    h = "http://www.werk.test"
    put(h + "/", basic("Werk.nl", "UWV", "<h1>werk.nl</h1><p><a href='/bijstand-aanvragen'>Bijstandsuitkering aanvragen</a></p>"))
    put(h + "/bijstand-aanvragen", basic("Bijstandsuitkering aanvragen", "werk.nl", "<h1>Bijstandsuitkering aanvragen</h1><p>Bent u 27 jaar of ouder? Dan vraagt u de bijstandsuitkering aan via werk.nl. Uw aanvraag gaat daarna naar uw gemeente.</p><p><a href='/inloggen/digid/bijstand'>Inloggen met DigiD en aanvragen</a></p>"))
    digid_start(h + "/inloggen/digid/bijstand")
    return h + "/bijstand-aanvragen"


def parkeerloket(town):
    h = "http://%s.parkeerloket.test" % town
    put(h + "/", basic("Parkeerloket %s" % town.capitalize(), "Parkeerloket", "<h1>Parkeerloket %s</h1><p>Vraag hier uw parkeervergunning aan of wijzig uw kenteken.</p><p><a href='/vergunning-aanvragen'>Vergunning aanvragen</a></p>" % town.capitalize()))
    put(h + "/vergunning-aanvragen", basic("Vergunning aanvragen", "Parkeerloket", "<h1>Bewonersvergunning aanvragen</h1><p>Log in met DigiD. Uw adresgegevens halen we op uit de BRP.</p><p><a href='/login/digid'>%s</a></p>" % DIGID_IMG))
    digid_start(h + "/login/digid")
    return h + "/vergunning-aanvragen"


# ---------------------------------------------------------------- product pages
def parse(spec):
    parts = spec.split("/")
    kind = parts[0]
    cta = parts[1] if len(parts) > 1 else "a"
    flags = set(parts[2].split(",")) if len(parts) > 2 and parts[2] else set()
    return kind, cta, flags


CTA_TXT = {
    "digid": ["Direct regelen met DigiD", "Online aanvragen (inloggen met DigiD)", "Regel het online", "Aanvragen met DigiD", "Start formulier"],
    "eh": ["Aanvragen met eHerkenning", "Online aanvragen (met eHerkenning)", "Vraag aan met eHerkenning"],
    "form": ["Formulier invullen", "Online formulier", "Doe een melding", "Vul het formulier in"],
}


def render_cta(cta, url, text, org):
    if cta == "button":
        return "<p><button type='button' class='btn btn-primary' onclick=\"location.href='%s'\">%s</button></p>" % (url, E(text))
    if cta == "getform":
        base, _, q = url.partition("?")
        k, _, v = q.partition("=")
        return ("<form action='%s' method='get' class='direct-regelen'><input type='hidden' name='%s' value='%s'>"
                "<button type='submit'>%s</button></form>" % (base, k, v, E(text)))
    if cta == "iframe":
        return "<iframe src='%s' title='%s' width='100%%' height='600'></iframe>" % (url, E(text))
    if cta == "img":
        return "<p><a href='%s' class='digid-link'>%s</a></p>" % (url, DIGID_IMG)
    if cta == "script":
        return ("<div id='cta-box'></div><script>document.getElementById('cta-box').innerHTML='<a class=\"cta\" href=\"%s\">%s</a>';</script>" % (url, E(text)))
    return "<p><a class='cta' href='%s'>%s</a></p>" % (url, E(text))


def org_traps(org, key, flags):
    """Return (html, notes) for trap flags."""
    h, n = "", []
    if "regpdf" in flags:
        b = pdf("Tarieventabel %s 2026" % org.short, ["Legesverordening %s 2026, hoofdstuk 1 tot en met 4." % org.short,
                                                   "Tarief per aanvraag: zie tabel.", "Vastgesteld door de gemeenteraad."])
        u = org.url("/documenten/tarieven-%s-2026.pdf" % key)
        put(u, b)
        h += "<h2>Regels en tarieven</h2><p><a href='%s'>Tarieventabel 2026 (pdf, %s)</a></p>" % (u, kb(b))
        n.append("Trap: tariff PDF (not a form).")
    if "mailto" in flags:
        h += "<p>Vragen? Mail naar <a href='mailto:info@%s'>info@%s</a>.</p>" % (org.host.replace("www.", ""), org.host.replace("www.", ""))
        n.append("Trap: mailto link.")
    if "status" in flags:
        u = org.url("/mijn/status/digid")
        if not any(r["url"] == u for r in REDIRECTS):
            digid_start(u)
        h += "<div class='status-tracker'><h2>Status van uw aanvraag</h2><p>Al aangevraagd? Volg de status van uw aanvraag in Mijn %s.</p><a href='%s'>Inloggen met DigiD om uw status te bekijken</a></div>" % (E(org.short), u)
        n.append("Trap: status-tracker DigiD login (not an application form).")
    if "contact" in flags:
        h += "<p>Staat uw vraag er niet bij? Gebruik ons <a href='%s'>contactformulier</a>.</p>" % org.url(org.contact_path)
        n.append("Trap: link to the generic contact form.")
    return h, n


MORE = ["Zorg dat u alle gegevens bij de hand heeft voordat u begint. Wij behandelen uw aanvraag binnen 8 weken.",
        "Wij nemen uw aanvraag in behandeling als die compleet is. Soms vragen wij u om aanvullende informatie.",
        "Voorwaarden: u staat ingeschreven in de gemeente of het gaat om een adres in onze gemeente. U krijgt binnen 4 weken bericht.",
        "Het besluit ontvangt u per post of in uw Berichtenbox van MijnOverheid.",
        "Heeft u vragen? Neem dan contact met ons op. Wij helpen u graag verder."]
HOW = {"digid": "U logt in met DigiD en vult het formulier in. U ontvangt een bevestiging per e-mail.",
       "eh": "Bedrijven loggen in met eHerkenning (niveau EH3). Daarna vult u het formulier in en voegt u de bijlagen toe.",
       "form": "Vul het formulier in. U hoeft hiervoor niet in te loggen.",
       "pdf": "Download het formulier, vul het in en stuur het op of lever het in bij de balie.",
       "pdfdoc": "Download het aanvraagformulier, vul het in en stuur het ondertekend naar ons op.",
       "appt": "Kom persoonlijk langs op het gemeentehuis. Neem uw oude document en een goede pasfoto mee.",
       "info": "Dit regelt u niet via de website.",
       "via": "Dit product wordt voor ons uitgevoerd door een andere organisatie."}


def _wrap(b, tpl):
    import re
    parts = re.split(r"(?=<h2>)", b)
    out = parts[0]
    for p in parts[1:]:
        h = re.match(r"<h2>(.*?)</h2>", p)
        out += tpl % (h.group(1), p[h.end():])
    return out


def _nlds(b):
    import re
    parts = re.split(r"(?=<h2>)", b)
    out = parts[0]
    for p in parts[1:]:
        h = re.match(r"<h2>(.*?)</h2>", p)
        out += "<details class='utrecht-accordion__section' open><summary class='utrecht-accordion__button'>%s</summary><div class='utrecht-accordion__panel'>%s</div></details>" % (h.group(1), p[h.end():])
    return out


FAMILY_WRAP = {"nlds": _nlds,
               "sim": lambda b: _wrap(b, "<div class='pdc-blok'><h2 class='pdc-kop'>%s</h2><div class='pdc-tekst'>%s</div></div>"),
               "iprox": lambda b: "<div class='iprox-content iprox-rich-content'>%s</div>" % b.replace("<h2>", "<h2 class='kop'>")}


def product_page(org, key, title, spec, path, extra_text="", level_override=None):
    """Build the product page at path. Returns nothing; writes label."""
    kind, cta, flags = parse(spec)
    url = org.url(path)
    ptxt = P.get(key, ("", "", "", ""))[2] if org.otype == "gemeente" else PW.get(key, ("", "", ""))[2]
    heads = org.heads
    ctas, notes, level, route, via, strict = "", [], 0, "", "", None
    direct = ""
    i = zlib.crc32((org.code + key).encode()) % 5
    if kind in ("digid", "eh", "form", "ofd"):
        auth = {"digid": "digid", "eh": "eh", "form": None}[kind]
        text = CTA_TXT[kind][i % len(CTA_TXT[kind])]
        ftitle = (P if org.otype != "waterschap" else PW).get(key, (title,))[0]
        f_url, route = make_form(org, key, auth, ftitle)
        level = 100 if auth else 67
        if cta == "overview":
            ov = org.overview_path
            org.overview.append((f_url, title))
            ctas = "<p>U vraagt dit aan via ons <a href='%s'>%s</a>. Kies daar het formulier '%s'.</p>" % (org.url(ov), E(org.overview_title), E(title))
            notes.append("Route via the forms overview page %s (lists many forms)." % org.overview_title)
        else:
            ctas = render_cta(cta, f_url, text, org)
        notes.append("%s form on %s (%s platform, CTA %s)." % ({"digid": "DigiD", "eh": "eHerkenning", "form": "Anonymous web"}[kind], f_url.split("/")[2], org.platform, cta))
        if auth and "pf" in flags:
            ctas += "<p>U logt in met %s. Wij halen uw gegevens op uit de BRP, zodat ze al zijn ingevuld.</p>" % ("DigiD" if auth == "digid" else "eHerkenning")
            strict = 100
            notes.append("Explicit pre-fill statement.")
        if "alsopdf" in flags:
            b = formpdf(title, org.name)
            u = org.url("/documenten/%s.pdf" % slugify(title)[:30])
            put(u, b)
            ctas += "<p>Liever op papier? <a href='%s'>Download het formulier (pdf, %s)</a>.</p>" % (u, kb(b))
            notes.append("PDF beside the online form; online wins.")
        if auth and "appt" in flags:
            ctas += "<p>Of <a href='http://afspraak.%s/'>maak een afspraak</a>.</p>" % org.host.replace("www.", "")
        if org.direct and cta != "overview":
            direct = "<aside class='direct-regelen'><h2>Direct regelen</h2>%s</aside>" % ctas
            ctas = ""
            notes.append("CTA in a 'Direct regelen' box.")
    elif kind in ("pdf", "pdfdoc"):
        b = formpdf(title, org.name)
        fn = "aanvraagformulier-%s.pdf" % slugify(title)[:30]
        route = org.url(org.docdir + fn)
        put(route, b)
        level = 33
        if kind == "pdfdoc":
            dp = org.docpage_path(fn)
            put(org.url(dp), org.layout("Aanvraagformulier " + title,
                "<h1>Aanvraagformulier %s</h1><dl class='document-meta'><dt>Bestandstype</dt><dd>PDF</dd><dt>Grootte</dt><dd>%s</dd><dt>Datum</dt><dd>12-03-2026</dd></dl>"
                "<p><a class='button download' href='%s'>Download</a></p>" % (E(title), kb(b), route)))
            ctas = "<p>Vul het <a href='%s'>aanvraagformulier %s</a> in en stuur het naar de gemeente.</p>" % (org.url(dp), E(title.lower()))
            notes.append("PDF form behind a document page (title, type, size, Download button).")
        else:
            ctas = render_cta(cta if cta != "iframe" else "a", route, "Aanvraagformulier %s (pdf, %s)" % (title, kb(b)), org)
            notes.append("Printable PDF form (CTA %s)." % cta)
        ctas += "<p>Stuur het ingevulde formulier naar Postbus 100 of lever het in bij de balie.</p>"
    elif kind == "appt":
        ctas = "<p>U vraagt dit aan op afspraak aan de balie. <a href='http://afspraak.%s/'>Maak een afspraak</a> (online afspraak maken).</p>" % org.host.replace("www.", "")
        notes.append("Information and online appointment only; an appointment is not a form.")
    elif kind == "info":
        ctas = "<p>Neem contact op met de gemeente via 14 0%s of kom langs bij de balie. Aanvragen kan niet via internet.</p>" % org.tel
        notes.append("Information only (phone/counter).")
    elif kind.startswith("via"):
        info_url, route, level, strict, via, vtxt, ltxt = org.via[key]
        ctas = "<p>%s</p>" % vtxt
        if cta != "text":
            ctas += render_cta(cta, info_url, ltxt, org)
        if level == 0:
            via = ""
        notes.append("Via %s: %s." % (info_url.split("/")[2], {100: "DigiD/eHerkenning route there", 67: "anonymous web form there", 33: "PDF form there", 0: "information only there"}[level]))
        if org.direct and level > 0 and cta != "text":
            direct = "<aside class='direct-regelen'><h2>Direct regelen</h2>%s</aside>" % render_cta("a", info_url, ltxt, org)
    else:
        raise ValueError(spec)
    th, tn = org_traps(org, key, flags)
    notes += tn
    if key in org.news_keys:
        notes.append("Trap: a news article mentions the product.")
    if key in org.extra_notes:
        notes.append(org.extra_notes[key])
    ptxt = org.intro.get(key, ptxt)
    body = "<h1>%s</h1>%s<p class='intro'>%s</p>%s" % (E(title), "", E(ptxt), direct)
    if extra_text:
        body += "<p>%s</p>" % extra_text
    body += "<h2>%s</h2><p>%s</p>" % (heads[0], MORE[zlib.crc32((org.code + key).encode()) % len(MORE)])
    body += "<h2>%s</h2><p>%s</p>%s" % (heads[1], HOW.get(kind.split(":")[0], ""), ctas)
    body += "<h2>%s</h2><p>Zie de actuele tarieven in de legesverordening.</p>" % heads[2]
    if kind == "appt":
        body += "<h2>Wat moet ik meenemen?</h2><ul><li>uw huidige paspoort of identiteitskaart</li><li>een recente pasfoto</li></ul>"
    body += th
    body = FAMILY_WRAP.get(org.fam, lambda b: b)(body)
    body += "<p class='modified'>Laatst gewijzigd: %d oktober 2026</p>" % (1 + zlib.crc32(key.encode()) % 28)
    if getattr(org, "feedback", False):
        body += "<form class='feedback' method='post' action='/feedback'><p>Was deze informatie nuttig?</p><button name='nuttig' value='ja'>Ja</button><button name='nuttig' value='nee'>Nee</button></form>"
        notes.append("Trap: 'Was deze informatie nuttig?' feedback form.")
    put(url, org.layout(title, body, key=key))
    org.pages.append((url, title))
    org.products[key] = url
    if level_override is not None:
        level = level_override
    label(org, key, "ok", level, url, route, strict, via, " ".join(notes))
    return url


# ---------------------------------------------------------------- layouts (CMS families)
def mk_layout(org):
    fam = org.fam

    def layout(title, body, key=None, extra_head=""):
        nav = "<!--NAV-->"
        head = "<meta charset='utf-8'><meta name='viewport' content='width=device-width'>"
        if org.base:
            head += "<base href='%s'>" % org.base
        if key and key in org.en:
            head += "<link rel='alternate' hreflang='en' href='%s'>" % org.en[key]
        head += extra_head
        login = ""
        if org.header_login:
            login = "<a class='mijn-login' href='%s'>%s</a>" % (org.link(org.header_login[0]), org.header_login[1])
        foot_digid = ("<div class='footer-logos'><img src='/img/digid-logo.svg' alt='DigiD'> Veel zaken regelt u online met DigiD.</div>"
                      if org.footer_digid else "")
        search = "<form class='search' action='%s' method='get'><input name='%s' aria-label='Zoeken'><button>Zoeken</button></form>" % (org.link(org.search[0]), org.search[1]) if org.search else ""
        if fam == "nlds":
            return ("<!DOCTYPE html><html lang='nl' class='utrecht-document'><head>%s<title>%s | %s</title><link rel='stylesheet' href='/assets/nlds.css'></head>"
                    "<body class='utrecht-page utrecht-body'><div class='utrecht-page-header'><a class='utrecht-link' href='%s'>%s</a> %s %s</div>"
                    "<nav class='utrecht-navigation'><ul class='utrecht-navigation__list'>%s</ul></nav><main class='utrecht-page-content'><article class='utrecht-article'>%s</article></main>"
                    "<footer class='utrecht-page-footer'><p>%s - Postbus 9029 - telefoon 14 0%s</p><a href='%s'>Contact</a> %s</footer></body></html>"
                    % (head, E(title), E(org.name), org.link(org.home), E(org.name), search, login, nav, body, E(org.name), org.tel, org.link(org.contact_path), foot_digid))
        if fam == "drupal":
            return ("<!DOCTYPE html><html lang='nl' dir='ltr'><head>%s<meta name='Generator' content='Drupal 10 (https://www.drupal.org)'><title>%s | %s</title></head>"
                    "<body class='path-node page-node-type-product'><div class='dialog-off-canvas-main-canvas'><header role='banner'><a href='%s' rel='home'>%s</a> %s %s</header>"
                    "<nav role='navigation'><ul class='menu'>%s</ul></nav><main role='main'><div class='region region-content'><article class='node node--type-product'>%s</article></div></main>"
                    "<footer class='site-footer'><p>Gemeente %s, Postbus 2, telefoon 14 0%s</p><p><a href='%s'>Contact</a> | <a href='/privacy'>Privacy</a></p>%s</footer></div></body></html>"
                    % (head, E(title), E(org.name), org.link(org.home), E(org.name), search, login, nav, body, E(org.short), org.tel, org.link(org.contact_path), foot_digid))
        if fam == "wordpress":
            return ("<!DOCTYPE html><html lang='nl-NL'><head>%s<meta name='generator' content='WordPress 6.5'><title>%s &#8211; %s</title>"
                    "<link rel='stylesheet' href='/wp-content/themes/%s/style.css'></head><body class='page-template-default page'><div id='page' class='site'>"
                    "<header id='masthead' class='site-header'><p class='site-title'><a href='%s'>%s</a></p>%s</header><nav id='site-navigation' class='main-navigation'><ul id='primary-menu'>%s</ul></nav>"
                    "<div id='content' class='site-content'><main id='main' class='site-main'><article class='page type-page'><div class='entry-content'>%s</div></article></main></div>"
                    "<footer id='colophon' class='site-footer'><p>%s | <a href='%s'>Contact</a></p>%s</footer></div></body></html>"
                    % (head, E(title), E(org.name), org.short.lower().replace(" ", ""), org.link(org.home), E(org.name), search, nav, body, E(org.name), org.link(org.contact_path), foot_digid))
        if fam == "typo3":
            return ("<!DOCTYPE html><html lang='nl'><head>%s<meta name='generator' content='TYPO3 CMS'><title>%s: %s</title></head>"
                    "<body id='p%d'><div id='header'><a href='%s'>%s</a> %s %s</div><div id='mainnav'><ul>%s</ul></div><div id='content'><div class='csc-default'>%s</div></div>"
                    "<div id='footer'>%s &middot; <a href='%s'>Contact</a> %s</div></body></html>"
                    % (head, E(org.name), E(title), zlib.crc32(title.encode()) % 9000, org.link(org.home), E(org.name), search, login, nav, body, E(org.name), org.link(org.contact_path), foot_digid))
        if fam == "iprox":
            return ("<!DOCTYPE html><html lang='nl'><head>%s<meta name='generator' content='IPROX'><title>%s - %s</title></head>"
                    "<body class='iprox'><div class='header'><a href='%s'>%s</a> %s %s</div><div class='menu'><ul>%s</ul></div><div class='main'><div class='grid-blok type-artikel'>%s</div></div>"
                    "<div class='footer'>%s %s</div></body></html>"
                    % (head, E(title), E(org.name), org.link(org.home), E(org.name), search, login, nav, body, E(org.name), foot_digid))
        if fam == "sim":
            return ("<!DOCTYPE html><html lang='nl'><head>%s<title>%s - %s</title><link rel='stylesheet' href='/css/simsite.css'></head>"
                    "<body><div id='top'><a href='%s'>%s</a> %s %s</div><div id='menu'><ul>%s</ul></div><div id='pagina' class='pdc-product'>%s</div>"
                    "<div id='footer'>%s - telefoon 14 0%s - <a href='%s'>Contact</a> %s</div></body></html>"
                    % (head, E(title), E(org.name), org.link(org.home), E(org.name), search, login, nav, body, E(org.name), org.tel, org.link(org.contact_path), foot_digid))
        if fam == "rijk":
            return ("<!DOCTYPE html><html lang='%s'><head>%s<title>%s | %s</title></head><body><header class='header'><a href='%s'>%s</a> %s %s</header>"
                    "<nav><ul>%s</ul></nav><main id='content'>%s</main><footer><a href='%s'>Contact</a> %s</footer></body></html>"
                    % ("nl", head, E(title), E(org.name), org.link(org.home), E(org.name), search, login, nav, body, org.link(org.contact_path), foot_digid))
        raise ValueError(fam)
    return layout


class Muni(Org):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.base = ""
        self.en = {}
        self.header_login = None
        self.footer_digid = False
        self.search = None
        self.home = "/"
        self.heads = ("Wat is het?", "Hoe werkt het?", "Wat kost het?")
        self.platform = "openforms"
        self.direct = False
        self.docdir = "/documenten/"
        self.overview = []
        self.overview_path = "/formulieren"
        self.overview_title = "Alle formulieren"
        self.tel = "00"
        self.contact_path = "/contact"
        self.feedback = False
        self.via = {}
        self.news = []
        self.news_keys = set()
        self.extra_notes = {}
        self.intro = {}
        self.noffer = []
        self.titles = {}
        self.stale = []
        self.noffer_keys = []
        self.news_path = "/nieuws/"
        self.az_path = "/a-z"
        self.stale_path = lambda key: "/" + key
        self.layout = mk_layout(self)

    def link(self, path_or_url):
        """How links are written on this site."""
        u = path_or_url
        if u.startswith("http://" + self.host):
            u = u[len("http://" + self.host):]
        if self.base and u.startswith("/"):
            return u[1:] or "./"
        return u

    def docpage_path(self, fn):
        return "/documenten/" + fn.replace(".pdf", "")


SECTION_NAMES = {"vergunningen": "Vergunningen", "burgerzaken": "Paspoort, verhuizen en burgerzaken", "parkeren": "Parkeren en verkeer", "belastingen": "Belastingen",
                 "werk-en-inkomen": "Werk en inkomen", "zorg": "Zorg en ondersteuning", "onderwijs": "Onderwijs", "afval": "Afval",
                 "wonen": "Wonen en bouwen", "bestuur": "Bestuur en organisatie", "subsidie": "Subsidies", "ondernemen": "Ondernemen"}

OLO_URL = None
WERK_URL = None


def setup_via(org, key, spec, title):
    kind, cta, flags = parse(spec)
    parts = kind.split(":")
    t = parts[1]
    if t == "olo":
        org.via[key] = (OLO_URL, OLO_URL, 100, None, "omgevingswet.overheid.test",
                        "U vraagt de vergunning aan of doet een melding via het Omgevingsloket van de Rijksoverheid. Log in met DigiD of eHerkenning.",
                        "Naar het Omgevingsloket")
    elif t == "werk":
        org.via[key] = (WERK_URL, WERK_URL, 100, None, "www.werk.test",
                        "Bent u 27 jaar of ouder? Vraag de bijstandsuitkering dan eerst aan via werk.nl. Daarna neemt de gemeente contact met u op.",
                        "Aanvragen via werk.nl")
    elif t == "parkeer":
        u = parkeerloket(parts[2])
        org.via[key] = (u, u, 100, 100, u.split("/")[2],
                        "Parkeervergunningen regelt u via het Parkeerloket. Wij halen uw adres automatisch op uit de BRP.",
                        "Naar het Parkeerloket")
    else:
        sh = SHARED[t]
        sk = parts[2]
        info, route, level, strict = sh.page(key, title, P.get(key, PW.get(key, ("",) * 3))[2], sk, [org.name], pf=("pf" in flags))
        org.via[key] = (info, route, level, strict, sh.host,
                        "%s regelt dit voor de %s. U regelt het op de website van %s." % (sh.name, org.name, sh.name),
                        "Naar %s" % sh.name)


def build_products(org, plan, path_fn, gkeys):
    """Product pages and labels for every applicable product."""
    for key in gkeys:
        spec = plan[key]
        kind, cta, flags = parse(spec)
        tbl = P if org.otype == "gemeente" else PW
        title = tbl[key][1] if ("c" in flags and tbl[key][1]) else tbl[key][0]
        if key in org.titles:
            title = org.titles[key]
        if kind == "nf":
            note = "No page for this product on the site."
            if "stale" in flags:
                org.stale.append((key, tbl[key][0]))
                note += " A stale A-Z link leads to a soft-404 page."
            label(org, key, "not_found", notes=note)
            continue
        if kind == "no":
            org.noffer_keys.append(key)
            continue
        if kind == "shared":
            continue
        if kind.startswith("via"):
            setup_via(org, key, spec, title)
        product_page(org, key, title, spec, path_fn(key, title))


def finish_noffer(org, path, title, statements, intro=""):
    body = "<h1>%s</h1><p>%s</p>" % (E(title), intro) + "".join("<p>%s</p>" % E(s) for s in statements.values())
    put(org.url(path), org.layout(title, body))
    org.pages.append((org.url(path), title))
    for key, s in statements.items():
        label(org, key, "not_offered", product_url=org.url(path), notes="'Not offered' statement on the page '%s': %s" % (title, s))
    org.sitewide_trap_applies = True


def common_pages(org, sitemap=True, robots_extra="", nav_sections=None):
    # contact with a generic contact form (trap source)
    put(org.url(org.contact_path), org.layout("Contact", "<h1>Contact</h1><p>Bel 14 0%s of stuur ons een bericht met het contactformulier.</p>%s"
                                              % (org.tel, form_fields("Contactformulier - stel uw vraag"))))
    org.pages.append((org.url(org.contact_path), "Contact"))
    # news
    for i, (slug, title, text) in enumerate(org.news):
        u = org.url(org.news_path + slug)
        put(u, org.layout(title, "<h1>%s</h1><p class='date'>%d november 2026</p>%s" % (E(title), 3 + i * 7, text)))
        org.pages.append((u, title))
    lis = "".join("<li><a href='%s'>%s</a></li>" % (org.link(org.news_path + s), E(t)) for s, t, _ in org.news)
    put(org.url(org.news_path), org.layout("Nieuws", "<h1>Nieuws</h1><ul>%s</ul>" % lis))
    # forms overview
    if org.overview:
        lis = "".join("<li><a href='%s'>%s</a></li>" % (u, E(t)) for u, t in sorted(org.overview, key=lambda x: x[1]))
        put(org.url(org.overview_path), org.layout(org.overview_title, "<h1>%s</h1><p>Hieronder vindt u al onze digitale formulieren. Voor de meeste formulieren logt u in met DigiD of eHerkenning.</p><ul class='formulieren'>%s</ul>" % (E(org.overview_title), lis)))
        org.pages.append((org.url(org.overview_path), org.overview_title))
    # A-Z
    items = sorted(org.pages, key=lambda x: x[1].lower())
    lis = "".join("<li><a href='%s'>%s</a></li>" % (org.link(u), E(t)) for u, t in items)
    for key, t in org.stale:
        lis += "<li><a href='%s'>%s</a></li>" % (org.link(org.stale_path(key)), E(t))
    put(org.url(org.az_path), org.layout("Producten en diensten A-Z", "<h1>Producten en diensten van A tot Z</h1><ul class='az'>%s</ul>" % lis))
    # robots, sitemap
    rob = "User-agent: *\nDisallow: /zoeken\n" + robots_extra
    if sitemap:
        rob += "Sitemap: http://%s/sitemap.xml\n" % org.host
        urls = [org.url("/")] + [u for u, _ in org.pages] + [u for k, u in org.en.items()]
        put(org.url("/sitemap.xml"), "<?xml version='1.0' encoding='UTF-8'?>\n<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>\n"
            + "".join("<url><loc>%s</loc><lastmod>2026-11-01</lastmod></url>\n" % E(u) for u in urls) + "</urlset>\n")
    put(org.url("/robots.txt"), rob)
    put(org.url("/img/digid-logo.svg"), SVG_DIGID)
    put(org.url("/img/eherkenning.svg"), SVG_EH)
    # search index
    if org.search:
        idx = [{"url": u, "title": t, "text": t} for u, t in org.pages]
        SEARCH[org.host] = (org.search, idx, org.layout("Zoeken", "<h1>Zoekresultaten voor <!--QUERY--></h1><ul><!--RESULTS--></ul>"))


GKEYS = [p["product_key"] for p in PRODUCTS if "G" in p["org_types"]]
WKEYS = [p["product_key"] for p in PRODUCTS if "W" in p["org_types"]]


def plan_from(text):
    d = {}
    for ln in text.strip().splitlines():
        k, v = ln.split()
        d[k] = v
    return d


def biz(key):
    return BYKEY[key]["audience"] == "ondernemer"


def consent_page(org, style, target="/home"):
    if style == "links":
        b = ("<div class='cookie-wall'><h1>Cookies op %s</h1><p>Wij gebruiken cookies om de website te verbeteren. Kies of u akkoord gaat.</p>"
             "<p><a class='btn' href='%s?cookies=accept'>Accepteren</a> <a class='btn' href='%s?cookies=weiger'>Alleen noodzakelijke cookies</a></p></div>"
             % (org.host, target, target))
    else:
        b = ("<div class='cookie-consent'><h1>Uw cookie-instellingen</h1><p>Om de website van %s te bekijken, kiest u eerst uw cookie-instellingen.</p>"
             "<form action='%s' method='get'><input type='hidden' name='consent' value='ja'><button type='submit'>Akkoord</button></form>"
             "<form action='%s' method='get'><input type='hidden' name='consent' value='nee'><button type='submit'>Weigeren</button></form></div>" % (E(org.name), target, target))
    put(org.url("/"), basic("Cookies", org.name, b))


def home_page(org, path, intro, tiles):
    lis = "".join("<li><a href='%s'>%s</a></li>" % (org.link(u), E(t)) for u, t in tiles)
    put(org.url(path), org.layout(org.name, "<h1>Welkom bij %s</h1><p>%s</p><ul class='tiles'>%s</ul><p><a href='%s'>Alle producten A-Z</a> | <a href='%s'>Nieuws</a></p>"
                                  % (E(org.name), E(intro), lis, org.link(org.az_path), org.link(org.news_path))))


def section_pages(org, sec_of, path_of_sec, linkfn=None):
    secs = {}
    for key, u in org.products.items():
        secs.setdefault(sec_of(key), []).append((u, [t for uu, t in org.pages if uu == u][0]))
    tiles = []
    for sec, items in sorted(secs.items()):
        p = path_of_sec(sec)
        lis = "".join("<li><a href='%s'>%s</a></li>" % ((linkfn or org.link)(u), E(t)) for u, t in sorted(items, key=lambda x: x[1]))
        nm = SECTION_NAMES.get(sec.split("/")[-1], sec)
        put(org.url(p), org.layout(nm, "<h1>%s</h1><ul>%s</ul>" % (E(nm), lis)))
        tiles.append((p, nm))
    return tiles


# ================================================================ organisations
ORGS = []


def arnhem():
    o = Muni("GM0202", "Gemeente Arnhem", "gemeente", "www.arnhem.test", "nlds", "Arnhem", 166000)
    o.tel = "26"
    o.home = "/home"
    o.header_login = ("http://mijn.arnhem.test/", "Mijn Arnhem")
    o.sitewide_trap = "Trap: site-wide 'Mijn Arnhem' login in the header."
    o.search = ("/zoeken", "q")
    o.heads = ("Wat moet u weten?", "Zo regelt u het", "Kosten")
    o.platform = "openforms"
    o.news = [("parkeren-wijk-nieuw", "Nieuwe parkeerregels in Presikhaaf", "<p>Vanaf 1 januari heeft u in Presikhaaf een bewonersparkeervergunning nodig. Regel alles in Mijn Arnhem (DigiD).</p><p><a href='http://mijn.arnhem.test/'>Naar Mijn Arnhem</a></p>"),
              ("drukte-paspoort", "Drukte bij aanvragen paspoort", "<p>Vraag uw paspoort op tijd aan. Maak online een afspraak.</p>")]
    o.news_keys = {"parkeervergunning", "paspoort"}
    plan = plan_from("""
brp-uittreksel digid/a/pf
verhuismelding digid/a/pf,c
geboorteaangifte digid/a
overlijdensaangifte info
huwelijksaangifte digid/a/c
paspoort appt
identiteitskaart appt
parkeervergunning via:parkeer:arnhem/a/c
gehandicaptenparkeerkaart digid/button
gehandicaptenparkeerplaats digid/button
hondenbelasting digid/a
belastingkwijtschelding digid/a/status
woz-bezwaar digid/a/pf
bijstand via:werk/a
bijzondere-bijstand digid/a/c
wmo-voorziening form/a
leerlingenvervoer digid/a/alsopdf
grofvuil form/a/c
afvalcontainer form/a
melding-openbare-ruimte form/a/c,status
omgevingsvergunning via:olo/a
kapvergunning via:olo/a
bouwdossier-inzage digid/a
bezwaar digid/a/alsopdf
klacht form/a
woo-verzoek form/iframe/mailto
subsidie eh/a/regpdf
evenementenvergunning eh/a/c
exploitatievergunning-horeca eh/a
alcoholvergunning eh/a/c
terrasvergunning eh/a
standplaatsvergunning pdfdoc
marktvergunning pdf/a
reclamebelasting info/a/regpdf
geluidsontheffing eh/a
winkeltijdenontheffing no
kansspelautomaatvergunning eh/a
collectevergunning nf
ligplaatsvergunning pdfdoc
uitwegvergunning digid/button
belastingaanslag-bezwaar digid/a
betalingsregeling digid/a
""")
    o.extra_notes["parkeervergunning"] = "Trap: a business page of the same name (/ondernemers/parkeren/parkeervergunning) offers only a PDF; the citizens' page decides. Colloquial title; first paragraph names 'bewonersparkeervergunning'."
    o.en = {"parkeervergunning": o.url("/english/parking-permit"), "afvalcontainer": o.url("/english/waste-containers")}
    pf = lambda k, t: "/%s/%s/%s" % ("ondernemers" if biz(k) else "inwoners", P[k][3], slugify(t))
    build_products(o, plan, pf, GKEYS)
    # business page of the same name
    b = formpdf("Parkeervergunning bedrijven", o.name)
    put(o.url("/documenten/parkeervergunning-bedrijven.pdf"), b)
    put(o.url("/ondernemers/parkeren/parkeervergunning"), o.layout("Parkeervergunning", "<h1>Parkeervergunning</h1><p>Heeft uw bedrijf een vestiging in een vergunninggebied? Dan kunt u een bedrijfsvergunning aanvragen.</p><p><a href='/documenten/parkeervergunning-bedrijven.pdf'>Aanvraagformulier bedrijfsvergunning (pdf, %s)</a></p>" % kb(b)))
    o.pages.append((o.url("/ondernemers/parkeren/parkeervergunning"), "Parkeervergunning (ondernemers)"))
    # english
    put(o.url("/english/parking-permit"), o.layout("Parking permit", "<h1>Parking permit</h1><p>Do you live in a paid parking area? Apply for a residents' parking permit at the Parking Desk. You need DigiD.</p><p><a href='http://arnhem.parkeerloket.test/vergunning-aanvragen'>Apply at the Parking Desk</a></p>").replace("lang='nl'", "lang='en'"))
    put(o.url("/english/waste-containers"), o.layout("Waste containers", "<h1>Waste containers</h1><p>Is your container broken? Use the Dutch form.</p>").replace("lang='nl'", "lang='en'"))
    put(o.url("/english/"), o.layout("English", "<h1>Welcome to Arnhem</h1><ul><li><a href='/english/parking-permit'>Parking permit</a></li><li><a href='/english/waste-containers'>Waste containers</a></li></ul>"))
    finish_noffer(o, "/ondernemers/ondernemen/winkeltijden-en-koopzondagen", "Winkeltijden en koopzondagen",
                  {"winkeltijdenontheffing": "In Arnhem mogen winkels elke dag open van 06.00 tot 22.00 uur, ook op zondag. U heeft daarvoor geen ontheffing nodig; de gemeente geeft geen ontheffingen winkeltijden meer af."})
    put("http://mijn.arnhem.test/", basic("Mijn Arnhem", "Arnhem", "<h1>Mijn Arnhem</h1><p>Bekijk uw lopende zaken, belastingen en berichten.</p><a href='/login'>Inloggen met DigiD</a>"))
    digid_start("http://mijn.arnhem.test/login")
    o.nav = [("/inwoners/burgerzaken/", "Burgerzaken"), ("/inwoners/afval/", "Afval"), ("/ondernemers/ondernemen/", "Ondernemen"), ("/a-z", "A-Z"), ("/english/", "English")]
    tiles = section_pages(o, lambda k: ("ondernemers/" if biz(k) else "inwoners/") + P[k][3], lambda s: "/%s/" % s)
    consent_page(o, "links", "/home")
    home_page(o, "/home", "Alles over wonen, werken en ondernemen in Arnhem.", tiles)
    common_pages(o, sitemap=True)
    ORGS.append(o)


def denhelder():
    o = Muni("GM0400", "Gemeente Den Helder", "gemeente", "www.denhelder.test", "drupal", "Den Helder", 56000)
    o.tel = "223"
    o.footer_digid = True
    o.sitewide_trap = "Trap: DigiD logo in the footer of every page."
    o.platform = "triple"
    o.heads = ("Wat is het?", "Hoe werkt het?", "Wat kost het?")
    o.stale_path = lambda key: "/" + key.replace("ontheffing", "-ontheffing")
    o.news = [("afval-feestdagen", "Afvalinzameling rond de feestdagen", "<p>Grofvuil ophalen? Tijdens de feestdagen haalt HVC geen grofvuil op.</p>"),
              ("nieuwe-terrassen", "Meer ruimte voor terrassen op het Bernhardplein", "<p>Ondernemers kunnen vanaf maart een grotere terrasvergunning aanvragen. Log in met eHerkenning op Mijn Den Helder.</p>")]
    o.news_keys = {"grofvuil", "terrasvergunning"}
    plan = plan_from("""
brp-uittreksel digid/img/pf
verhuismelding digid/img
geboorteaangifte info
overlijdensaangifte info
huwelijksaangifte digid/img
paspoort appt
identiteitskaart appt
parkeervergunning digid/img/c
gehandicaptenparkeerkaart pdf/a
gehandicaptenparkeerplaats info
hondenbelasting digid/img
belastingkwijtschelding digid/img
woz-bezwaar digid/img
bijstand digid/img
bijzondere-bijstand pdfdoc
wmo-voorziening info
leerlingenvervoer digid/img
grofvuil via:hvc:form/a
afvalcontainer via:hvc:form/a
melding-openbare-ruimte form/a
omgevingsvergunning via:olo/a
kapvergunning via:olo/a
bouwdossier-inzage via:rudnhn:form/a
bezwaar pdf/a
klacht form/a
woo-verzoek form/a/contact
subsidie pdfdoc
evenementenvergunning eh/a
exploitatievergunning-horeca pdf/a
alcoholvergunning pdf/a
terrasvergunning eh/a
standplaatsvergunning info
marktvergunning info
reclamebelasting no
geluidsontheffing info
winkeltijdenontheffing nf/a/stale
kansspelautomaatvergunning nf
collectevergunning eh/a
ligplaatsvergunning pdf/a
uitwegvergunning info
belastingaanslag-bezwaar digid/img
betalingsregeling digid/img
""")
    o.intro["parkeervergunning"] = "In het centrum en in Nieuw Den Helder geldt betaald parkeren. Als bewoner vraagt u een bewonersvergunning aan; met DigiD regelt u dat direct online."
    o.titles["parkeervergunning"] = "Parkeren voor bewoners"
    build_products(o, plan, lambda k, t: "/" + slugify(t), GKEYS)
    finish_noffer(o, "/belastingen-voor-ondernemers", "Belastingen voor ondernemers",
                  {"reclamebelasting": "De gemeente Den Helder heft geen reclamebelasting. U betaalt wel leges voor een omgevingsvergunning voor grote reclame-uitingen."},
                  "Als ondernemer betaalt u onroerendezaakbelasting (OZB) en rioolheffing.")
    o.nav = [("/inwoners/", "Inwoners"), ("/ondernemers/", "Ondernemers"), ("/a-z", "Producten A-Z"), ("/nieuws/", "Nieuws")]
    inw = [(o.link(u), t) for u, t in o.pages if not any(biz(k) for k, uu in o.products.items() if uu == u)]
    ond = [(o.link(u), t) for k, u in o.products.items() for uu, t in o.pages if uu == u and biz(k)]
    put(o.url("/inwoners/"), o.layout("Inwoners", "<h1>Inwoners</h1><ul>%s</ul>" % "".join("<li><a href='%s'>%s</a></li>" % (u, E(t)) for u, t in sorted(inw, key=lambda x: x[1]))))
    put(o.url("/ondernemers/"), o.layout("Ondernemers", "<h1>Ondernemers</h1><ul>%s</ul>" % "".join("<li><a href='%s'>%s</a></li>" % (u, E(t)) for u, t in sorted(ond, key=lambda x: x[1]))))
    home_page(o, "/", "Welkom op de website van Den Helder.", [("/inwoners/", "Inwoners"), ("/ondernemers/", "Ondernemers")])
    common_pages(o, sitemap=True)
    o.soft404 = True
    o.bare_redirect = True
    ORGS.append(o)


def weert():
    o = Muni("GM0988", "Gemeente Weert", "gemeente", "www.weert.test", "sim", "Weert", 50000)
    o.tel = "495"
    o.platform = "getstart"
    o.search = ("/zoeken", "trefwoord")
    o.heads = ("Omschrijving", "Aanvragen", "Kosten")
    o.az_path = "/producten/"
    o.stale_path = lambda key: "/producten/product?id=%d" % cid(key, 7000)
    o.news = [("vergunningvrij-evenement", "Kleine evenementen voortaan met een melding", "<p>Voor een klein buurtfeest is geen evenementenvergunning meer nodig: een evenementenmelding is genoeg.</p>")]
    o.news_keys = {"evenementenvergunning"}
    plan = plan_from("""
brp-uittreksel digid/getform/pf
verhuismelding digid/getform/pf
geboorteaangifte digid/getform
overlijdensaangifte info
huwelijksaangifte digid/getform
paspoort appt
identiteitskaart appt
parkeervergunning digid/getform
gehandicaptenparkeerkaart digid/getform
gehandicaptenparkeerplaats digid/getform
hondenbelasting via:bsgw:digid/a
belastingkwijtschelding via:bsgw:digid/a
woz-bezwaar via:bsgw:digid/a/pf
bijstand digid/getform
bijzondere-bijstand digid/getform
wmo-voorziening digid/getform
leerlingenvervoer pdf/a
grofvuil digid/getform
afvalcontainer form/getform
melding-openbare-ruimte form/getform/c
omgevingsvergunning via:olo/a
kapvergunning info
bouwdossier-inzage digid/getform
bezwaar digid/getform
klacht form/getform
woo-verzoek pdf/a/status
subsidie eh/getform
evenementenvergunning eh/getform
exploitatievergunning-horeca eh/getform
alcoholvergunning eh/getform
terrasvergunning eh/getform
standplaatsvergunning pdf/a
marktvergunning info
reclamebelasting info
geluidsontheffing eh/getform
winkeltijdenontheffing pdf/a
kansspelautomaatvergunning pdf/a
collectevergunning nf/a/stale
ligplaatsvergunning no
uitwegvergunning nf
belastingaanslag-bezwaar via:bsgw:digid/a
betalingsregeling via:bsgw:form/a
""")
    o.extra_notes["evenementenvergunning"] = "Trap: a sibling page 'Evenementenmelding (klein evenement)' with an anonymous form; the vergunning page decides."
    build_products(o, plan, lambda k, t: "/producten/product?id=%d" % cid(k, 1000), GKEYS)
    # sibling: evenementenmelding
    fu, _ = make_form(o, "evenementenmelding", None, "Evenementenmelding")
    u = o.url("/producten/product?id=2250")
    put(u, o.layout("Evenementenmelding (klein evenement)", "<h1>Evenementenmelding (klein evenement)</h1><p class='intro'>Organiseert u een klein evenement, zoals een buurtbarbecue met minder dan 100 bezoekers? Dan is een evenementenmelding voldoende.</p><h2>Aanvragen</h2>%s" % render_cta("getform", fu, "Melding doen", o)))
    o.pages.append((u, "Evenementenmelding (klein evenement)"))
    finish_noffer(o, "/producten/product?id=2301", "Varen en aanmeren in Weert",
                  {"ligplaatsvergunning": "De gemeente Weert heeft geen eigen ligplaatsen en geeft geen ligplaatsvergunningen af. Voor de Zuid-Willemsvaart en de Maas neemt u contact op met Rijkswaterstaat."})
    o.nav = [("/producten/", "Producten en diensten"), ("/nieuws/", "Nieuws"), ("/contact", "Contact")]
    home_page(o, "/", "Snel naar: producten en diensten, afval, parkeren.", [("/producten/", "Alle producten")])
    common_pages(o, sitemap=False)
    o.soft404 = True
    ORGS.append(o)


def assen():
    o = Muni("GM0106", "Gemeente Assen", "gemeente", "www.assen.test", "iprox", "Assen", 69000)
    o.tel = "592"
    o.platform = "assen"
    o.heads = ("Wat moet u weten", "Aanvragen", "Kosten en voorwaarden")
    o.home = "/home"
    o.az_path = "/Inwoners/A-Z/"
    o.news_path = "/Actueel/Nieuws/"
    o.feedback = True
    o.news = [("Nieuwe_ID-kaart", "Nieuwe identiteitskaart zonder vingerafdrukken?", "<p>Vanaf augustus staan er weer vingerafdrukken op de identiteitskaart. Maak een afspraak via de website.</p>")]
    o.news_keys = {"identiteitskaart"}
    plan = plan_from("""
brp-uittreksel digid/button/pf
verhuismelding digid/button
geboorteaangifte digid/button
overlijdensaangifte info
huwelijksaangifte digid/button/c
paspoort appt
identiteitskaart appt
parkeervergunning digid/button
gehandicaptenparkeerkaart digid/button
gehandicaptenparkeerplaats digid/button
hondenbelasting digid/button
belastingkwijtschelding digid/button
woz-bezwaar digid/button
bijstand digid/button
bijzondere-bijstand digid/button/c
wmo-voorziening digid/button
leerlingenvervoer digid/button
grofvuil form/button
afvalcontainer info
melding-openbare-ruimte form/button
omgevingsvergunning via:olo/a
kapvergunning via:olo/a
bouwdossier-inzage form/button
bezwaar digid/button
klacht form/button
woo-verzoek form/button
subsidie eh/button
evenementenvergunning eh/button
exploitatievergunning-horeca pdfdoc
alcoholvergunning pdfdoc
terrasvergunning eh/button
standplaatsvergunning eh/button
marktvergunning pdf/button
reclamebelasting info/a/contact
geluidsontheffing form/button
winkeltijdenontheffing no
kansspelautomaatvergunning info
collectevergunning eh/button
ligplaatsvergunning nf
uitwegvergunning digid/button
belastingaanslag-bezwaar digid/button
betalingsregeling digid/button
""")
    o.extra_notes["afvalcontainer"] = "Trap: a business page of the same name ('Afvalcontainer' for ondernemers) has an anonymous form for a bedrijfsafvalcontainer."
    o.intro["afvalcontainer"] = "Is uw minicontainer kapot of kwijt, of wilt u een extra container? Bel de afvalservice van de gemeente op 14 0592. Een nieuwe container wordt binnen 2 weken bezorgd."
    o.en = {"afvalcontainer": o.url("/English/Waste_containers")}

    def pf(k, t):
        sec = "Ondernemers" if biz(k) else "Inwoners"
        return "/%s/%s/%s" % (sec, P[k][3].capitalize(), t.replace(" ", "_").replace("?", "").replace("(", "").replace(")", "").replace(",", "").replace(":", ""))
    build_products(o, plan, pf, GKEYS)
    # same-name business page
    fu, _ = make_form(o, "bedrijfsafvalcontainer", None, "Afvalcontainer bedrijven aanvragen")
    u = o.url("/Ondernemers/Afval/Afvalcontainer")
    put(u, o.layout("Afvalcontainer", "<h1>Afvalcontainer</h1><p class='intro'>Heeft uw bedrijf een container nodig voor bedrijfsafval? Vraag een bedrijfsafvalcontainer aan.</p><p><button type='button' onclick=\"location.href='%s'\">Aanvragen</button></p><p><a href='../../Inwoners/Afval/'>Terug naar afval</a></p>" % fu))
    o.pages.append((u, "Afvalcontainer (ondernemers)"))
    put(o.url("/English/Waste_containers"), o.layout("Waste containers", "<h1>Waste containers</h1><p>Broken or missing container? Call the waste service at 14 0592.</p>").replace("lang='nl'", "lang='en'"))
    put(o.url("/English/"), o.layout("English", "<h1>Assen in English</h1><ul><li><a href='Waste_containers'>Waste containers</a></li></ul>").replace("lang='nl'", "lang='en'"))
    finish_noffer(o, "/Ondernemers/Ondernemen/Koopzondagen", "Koopzondagen",
                  {"winkeltijdenontheffing": "Winkels in Assen mogen op alle zondagen open. Een ontheffing van de winkeltijden is daarom niet nodig en wordt niet verleend."})
    o.nav = [("/Inwoners/", "Inwoners"), ("/Ondernemers/", "Ondernemers"), ("/Inwoners/A-Z/", "A-Z"), ("/English/", "English")]

    def rel(u):  # iProx ../ relative links from /<Doelgroep>/<Sectie>/ index pages
        p = u[len("http://" + o.host):]
        return "../../" + p.lstrip("/")
    tiles = section_pages(o, lambda k: ("Ondernemers/" if biz(k) else "Inwoners/") + P[k][3].capitalize(), lambda s: "/%s/" % s, linkfn=rel)
    for top in ("Inwoners", "Ondernemers"):
        lis = "".join("<li><a href='%s'>%s</a></li>" % ("../" + p.strip("/") + "/", t) for p, t in tiles if p.startswith("/" + top))
        put(o.url("/%s/" % top), o.layout(top, "<h1>%s</h1><ul>%s</ul>" % (top, lis)))
    put(o.url("/"), basic("Kies uw taal", o.name, "<h1>Gemeente Assen</h1><p>Kies uw taal / Choose your language</p><ul><li><a href='/home' hreflang='nl'>Nederlands</a></li><li><a href='/English/' hreflang='en'>English</a></li></ul>"))
    home_page(o, "/home", "Welkom in Assen.", tiles)
    common_pages(o, sitemap=True)
    o.bare_redirect = True
    ORGS.append(o)


def katwijk():
    o = Muni("GM0537", "Gemeente Katwijk", "gemeente", "katwijk.test", "typo3", "Katwijk", 67000)
    o.tel = "71"
    o.base = "http://katwijk.test/"
    o.platform = "katwijk"
    o.heads = ("Wat is het", "Hoe vraag ik het aan", "Kosten")
    o.overview_path = "/e-loket/alle-formulieren"
    o.overview_title = "E-loket: alle formulieren"
    o.news = [("afvalpas", "Nieuwe afvalpas voor het brengstation", "<p>Grofvuil kunt u ook zelf wegbrengen. Aanmelden voor ophalen doet u in het e-loket.</p>")]
    o.news_keys = {"grofvuil"}
    plan = plan_from("""
brp-uittreksel digid/overview
verhuismelding digid/overview/pf
geboorteaangifte appt
overlijdensaangifte info/a/contact
huwelijksaangifte digid/overview
paspoort appt
identiteitskaart appt
parkeervergunning via:parkeer:katwijk/a
gehandicaptenparkeerkaart digid/overview
gehandicaptenparkeerplaats pdf/a
hondenbelasting digid/overview
belastingkwijtschelding digid/overview
woz-bezwaar digid/overview
bijstand via:widb:digid/a
bijzondere-bijstand via:widb:digid/a/pf,c
wmo-voorziening digid/overview
leerlingenvervoer digid/overview
grofvuil form/overview
afvalcontainer form/overview
melding-openbare-ruimte form/a/c
omgevingsvergunning via:olo/a
kapvergunning via:olo/a
bouwdossier-inzage info
bezwaar pdf/a
klacht form/a
woo-verzoek pdfdoc
subsidie eh/overview
evenementenvergunning eh/overview
exploitatievergunning-horeca eh/overview
alcoholvergunning eh/overview
terrasvergunning pdf/a
standplaatsvergunning nf
marktvergunning info
reclamebelasting no
geluidsontheffing form/overview
winkeltijdenontheffing pdf/a
kansspelautomaatvergunning pdf/a
collectevergunning nf
ligplaatsvergunning pdfdoc
uitwegvergunning info
belastingaanslag-bezwaar digid/overview
betalingsregeling digid/overview
""")
    o.extra_notes["grofvuil"] = "Trap: the forms overview also lists DigiD forms of other products."
    build_products(o, plan, lambda k, t: "/%s/%s/%s" % ("ondernemen" if biz(k) else "wonen-en-leven", "vergunningen" if biz(k) else P[k][3], slugify(t)), GKEYS)
    finish_noffer(o, "/ondernemen/belastingen-en-heffingen", "Belastingen en heffingen voor ondernemers",
                  {"reclamebelasting": "Katwijk kent geen reclamebelasting. Ondernemers betalen wel een bijdrage voor het ondernemersfonds via de OZB."})
    o.nav = [("/wonen-en-leven/", "Wonen en leven"), ("/ondernemen/", "Ondernemen"), ("/e-loket/alle-formulieren", "E-loket"), ("/a-z", "A-Z")]
    tiles = section_pages(o, lambda k: "ondernemen/vergunningen" if biz(k) else "wonen-en-leven/" + P[k][3], lambda s: "/%s/" % s)
    for top in ("wonen-en-leven", "ondernemen"):
        lis = "".join("<li><a href='%s'>%s</a></li>" % (o.link(p), t) for p, t in tiles if p.startswith("/" + top))
        put(o.url("/%s/" % top), o.layout(top, "<h1>%s</h1><ul>%s</ul>" % (top, lis)))
    home_page(o, "/", "Gemeente Katwijk: Katwijk, Rijnsburg, Valkenburg.", tiles)
    common_pages(o, sitemap=False)
    o.own404 = True
    o.www_to_bare = True
    ORGS.append(o)


def hofvantwente():
    o = Muni("GM1735", "Gemeente Hof van Twente", "gemeente", "www.hofvantwente.test", "drupal", "Hof van Twente", 35000)
    o.tel = "547"
    o.platform = "gemeenteoplossingen"
    o.direct = True
    o.home = "/home"
    o.heads = ("Wat is het?", "Hoe werkt het?", "Wat kost het?")
    o.news = [("subsidie-dorpsinitiatieven", "Nog geld over in het budget voor dorpsinitiatieven", "<p>Verenigingen kunnen tot 1 december subsidie aanvragen. Lees meer op de subsidiepagina.</p>")]
    o.news_keys = {"subsidie"}
    plan = plan_from("""
brp-uittreksel digid/a/pf
verhuismelding digid/a
geboorteaangifte digid/a
overlijdensaangifte info
huwelijksaangifte digid/a
paspoort appt
identiteitskaart appt
parkeervergunning no
gehandicaptenparkeerkaart digid/iframe
gehandicaptenparkeerplaats digid/iframe
hondenbelasting via:gbt:digid/a
belastingkwijtschelding via:gbt:digid/a
woz-bezwaar via:gbt:digid/a/pf
bijstand digid/a
bijzondere-bijstand digid/iframe/c
wmo-voorziening digid/iframe
leerlingenvervoer digid/a
grofvuil form/iframe
afvalcontainer form/a
melding-openbare-ruimte form/iframe/status
omgevingsvergunning via:olo/a
kapvergunning via:olo/a
bouwdossier-inzage digid/a
bezwaar digid/a
klacht form/a
woo-verzoek form/a
subsidie pdfdoc
evenementenvergunning eh/a/c
exploitatievergunning-horeca eh/a
alcoholvergunning eh/a
terrasvergunning info
standplaatsvergunning pdf/a
marktvergunning pdf/a
reclamebelasting no
geluidsontheffing eh/a
winkeltijdenontheffing nf
kansspelautomaatvergunning info
collectevergunning info
ligplaatsvergunning nf
uitwegvergunning digid/a
belastingaanslag-bezwaar via:gbt:digid/a
betalingsregeling via:gbt:form/a
""")
    o.intro["evenementenvergunning"] = "Organiseert u een evenement in Goor, Delden, Markelo, Diepenheim of Hengevelde? Voor een klein evenement volstaat een evenementenmelding; voor grotere evenementen vraagt u een evenementenvergunning aan."
    build_products(o, plan, lambda k, t: "/producten/" + slugify(t), GKEYS)
    finish_noffer(o, "/parkeren-in-goor-en-delden", "Parkeren in Goor en Delden",
                  {"parkeervergunning": "In Hof van Twente is parkeren gratis. Er is geen betaald parkeren en de gemeente geeft geen parkeervergunningen uit. In de blauwe zones gebruikt u een parkeerschijf."})
    finish_noffer(o, "/belastingen", "Belastingen",
                  {"reclamebelasting": "Hof van Twente heft geen reclamebelasting."},
                  "Het Gemeentelijk Belastingkantoor Twente (GBTwente) int de gemeentelijke belastingen voor Hof van Twente.")
    o.nav = [("/inwoners", "Inwoners"), ("/ondernemers", "Ondernemers"), ("/a-z", "A-Z"), ("/nieuws/", "Nieuws")]
    for top, f in (("inwoners", False), ("ondernemers", True)):
        lis = "".join("<li><a href='%s'>%s</a></li>" % (o.link(u), E(t)) for k, u in sorted(o.products.items()) if biz(k) == f for uu, t in o.pages if uu == u)
        put(o.url("/" + top), o.layout(top.capitalize(), "<h1>%s</h1><ul>%s</ul>" % (top.capitalize(), lis)))
    consent_page(o, "getform", "/home")
    home_page(o, "/home", "Hof van Twente: Goor, Delden, Markelo, Diepenheim, Bentelo, Hengevelde.", [("/inwoners", "Inwoners"), ("/ondernemers", "Ondernemers")])
    common_pages(o, sitemap=True)
    ORGS.append(o)


def harlingen():
    o = Muni("GM0072", "Gemeente Harlingen", "gemeente", "www.harlingen.test", "sim", "Harlingen", 16000)
    o.tel = "517"
    o.platform = "openforms"
    o.direct = True
    o.heads = ("Beschrijving", "Aanvragen", "Kosten")
    o.az_path = "/inwoner/producten-a-z_3103/"
    o.stale_path = lambda key: "/inwoner/product/%s_%d.html" % (key, cid(key, 400))
    o.news = [("haven-ligplaatsen", "Wachtlijst ligplaatsen Noorderhaven", "<p>Er is weer plek in de Noorderhaven. Vraag een ligplaatsvergunning aan met DigiD.</p>")]
    o.news_keys = {"ligplaatsvergunning"}
    plan = plan_from("""
brp-uittreksel digid/a
verhuismelding digid/a/pf
geboorteaangifte info
overlijdensaangifte info
huwelijksaangifte pdf/a
paspoort appt
identiteitskaart appt
parkeervergunning digid/script
gehandicaptenparkeerkaart pdfdoc
gehandicaptenparkeerplaats pdf/a
hondenbelasting no
belastingkwijtschelding digid/a
woz-bezwaar digid/script
bijstand digid/a
bijzondere-bijstand pdf/a/c
wmo-voorziening info/a/contact
leerlingenvervoer info
grofvuil form/script
afvalcontainer info
melding-openbare-ruimte form/a
omgevingsvergunning via:olo/a
kapvergunning via:olo/a
bouwdossier-inzage digid/a
bezwaar pdf/a
klacht form/a
woo-verzoek form/a
subsidie info/a/regpdf
evenementenvergunning pdfdoc
exploitatievergunning-horeca pdf/a
alcoholvergunning pdf/a
terrasvergunning nf
standplaatsvergunning info
marktvergunning info
reclamebelasting nf/a/stale
geluidsontheffing nf
winkeltijdenontheffing nf
kansspelautomaatvergunning pdf/a
collectevergunning form/a
ligplaatsvergunning digid/a
uitwegvergunning info
belastingaanslag-bezwaar digid/a
betalingsregeling form/a
""")
    o.intro["afvalcontainer"] = "Omrin haalt in Harlingen het afval op. Voor een nieuwe of kapotte container belt u de Omrin-servicelijn."

    def pf(k, t):
        return "/%s/product/%s_%d.html" % ("ondernemer" if biz(k) else "inwoner", slugify(t).replace("-", "_")[:40], cid(k, 100))
    build_products(o, plan, pf, GKEYS)
    # old catalogue ids answering with meta refresh
    for k, u in list(o.products.items())[:12]:
        put(o.url("/pdc?id=%d" % cid(k, 100)), "<html><head><meta http-equiv='refresh' content='0; url=%s'></head><body><a href='%s'>Deze pagina is verplaatst</a></body></html>" % (u, u))
    finish_noffer(o, "/inwoner/product/gemeentelijke_belastingen_2100.html", "Gemeentelijke belastingen",
                  {"hondenbelasting": "Sinds 1 januari 2024 heft de gemeente Harlingen geen hondenbelasting meer. U hoeft uw hond niet meer aan of af te melden."},
                  "De gemeente heft onroerendezaakbelasting, afvalstoffenheffing en rioolheffing.")
    o.nav = [("/inwoner/", "Inwoner"), ("/ondernemer/", "Ondernemer"), ("/inwoner/producten-a-z_3103/", "Producten A-Z")]
    for top, f in (("inwoner", False), ("ondernemer", True)):
        lis = "".join("<li><a href='%s'>%s</a></li>" % (o.link(u), E(t)) for k, u in sorted(o.products.items()) if biz(k) == f for uu, t in o.pages if uu == u)
        put(o.url("/%s/" % top), o.layout(top.capitalize(), "<h1>%s</h1><ul>%s</ul>" % (top.capitalize(), lis)))
    home_page(o, "/", "Welkom in Harlingen.", [("/inwoner/", "Inwoner"), ("/ondernemer/", "Ondernemer")])
    common_pages(o, sitemap=False)
    o.soft404 = True
    ORGS.append(o)


def baarle():
    o = Muni("GM0744", "Gemeente Baarle-Nassau", "gemeente", "www.baarle-nassau.test", "wordpress", "Baarle-Nassau", 7000)
    o.tel = "13"
    o.platform = "gravity"
    o.heads = ("Informatie", "Aanvragen", "Kosten")
    o.docdir = "/wp-content/uploads/2025/04/"
    o.news_path = "/nieuws/"
    o.news = [("enclavemarkt", "Enclavemarkt weer op zondag", "<p>De enclavemarkt is terug. Marktkooplieden melden zich bij de marktmeester.</p>")]
    o.news_keys = set()
    plan = plan_from("""
brp-uittreksel form/a
verhuismelding form/a
geboorteaangifte info
overlijdensaangifte info
huwelijksaangifte pdf/a
paspoort appt
identiteitskaart appt
parkeervergunning nf
gehandicaptenparkeerkaart pdf/a
gehandicaptenparkeerplaats info
hondenbelasting info
belastingkwijtschelding via:isd:pdf/a
woz-bezwaar form/a
bijstand via:isd:digid/a
bijzondere-bijstand via:isd:pdf/a/c
wmo-voorziening info
leerlingenvervoer pdf/a
grofvuil form/a
afvalcontainer form/a
melding-openbare-ruimte form/a
omgevingsvergunning via:olo/a
kapvergunning nf
bouwdossier-inzage form/a
bezwaar pdf/a
klacht form/a
woo-verzoek form/a
subsidie pdf/a
evenementenvergunning pdf/a
exploitatievergunning-horeca info
alcoholvergunning pdf/a
terrasvergunning pdf/a
standplaatsvergunning info
marktvergunning nf
reclamebelasting no
geluidsontheffing nf
winkeltijdenontheffing no
kansspelautomaatvergunning info
collectevergunning info/a/contact
ligplaatsvergunning nf
uitwegvergunning pdf/a
belastingaanslag-bezwaar form/a
betalingsregeling info
""")
    build_products(o, plan, lambda k, t: "/%s/%s/" % ("ondernemen" if biz(k) else "inwoners", slugify(t)), GKEYS)
    finish_noffer(o, "/ondernemen/ondernemen-in-baarle/", "Ondernemen in Baarle",
                  {"reclamebelasting": "Baarle-Nassau heft geen reclamebelasting.",
                   "winkeltijdenontheffing": "In Baarle-Nassau gelden geen beperkingen voor winkeltijden; winkels mogen ook op zon- en feestdagen open. Een ontheffing winkeltijden is daarom niet nodig en wordt niet afgegeven."},
                  "Baarle is een bijzonder dorp voor ondernemers: Belgische en Nederlandse regels lopen door elkaar.")
    o.nav = [("/inwoners/", "Inwoners"), ("/ondernemen/", "Ondernemen"), ("/a-z", "A-Z"), ("/contact", "Contact")]
    for top, f in (("inwoners", False), ("ondernemen", True)):
        lis = "".join("<li><a href='%s'>%s</a></li>" % (u, E(t)) for k, u in sorted(o.products.items()) if biz(k) == f for uu, t in o.pages if uu == u)
        put(o.url("/%s/" % top), o.layout(top.capitalize(), "<h1>%s</h1><ul>%s</ul>" % (top.capitalize(), lis)))
    home_page(o, "/", "Welkom op de website van de gemeente Baarle-Nassau.", [("/inwoners/", "Inwoners"), ("/ondernemen/", "Ondernemen")])
    common_pages(o, sitemap=False)
    ORGS.append(o)


def share_label(org, key, from_key, note):
    src = [r for r in LABELS if r["org_code"] == org.code and r["product_key"] == from_key][0]
    r = dict(src)
    r["product_key"] = key
    r["notes"] = note + " " + src["notes"]
    LABELS.append(r)


def dommel():
    o = Muni("WS0539", "Waterschap De Dommel", "waterschap", "www.dommel.test", "wordpress", "De Dommel")
    o.tel = "40"
    o.platform = "openforms"
    o.heads = ("Wat moet u weten", "Zo regelt u het", "Kosten")
    o.news = [("droogte-onttrekkingsverbod", "Onttrekkingsverbod door droogte", "<p>Door de droogte mag u geen water uit beken halen. Een watervergunning aanvragen heeft nu geen zin.</p>"),
              ("dode-vissen-dommel", "Dode vissen in de Dommel bij Boxtel", "<p>Ziet u dode vissen? Doe een melding via onze website of bel 040 - 259 11 11.</p>")]
    o.news_keys = {"watervergunning", "watermelding"}
    plan = plan_from("""
belastingkwijtschelding via:bsob:digid/a
melding-openbare-ruimte nf
omgevingsvergunning shared
bezwaar digid/a
klacht form/a
woo-verzoek form/a/mailto
subsidie eh/a
wegvergunning-provinciaal nf
schadevergoeding-provincie pdf/a
watervergunning via:olo/a
watermelding form/iframe
zuiveringsheffing via:bsob:eh/a
watersysteemheffing via:bsob:info/a
belastingaanslag-bezwaar via:bsob:digid/a
betalingsregeling via:bsob:form/a
bedrijfsafvalwater-melding via:olo/a
""")
    o.titles["watervergunning"] = "Vergunning aanvragen"
    o.intro["watervergunning"] = "Wilt u iets doen in, op of langs het water of een dijk? Dan heeft u vaak een watervergunning nodig. Onder de Omgevingswet heet dit een omgevingsvergunning voor een wateractiviteit."
    o.intro["watermelding"] = "Ziet u dode vissen, een kapotte stuw, wateroverlast of een verstopte duiker? Of ruikt het water vreemd? Meld het ons. Bij spoed belt u 040 - 259 11 11 (24 uur per dag)."
    o.extra_notes["watermelding"] = "Decided: the 'Melding doen' page is about water (fish, weirs, flooding), so watermelding; no road/public-space reports."
    build_products(o, plan, lambda k, t: "/%s/" % slugify(t), WKEYS)
    share_label(o, "omgevingsvergunning", "watervergunning", "Shared page: the watervergunning page says it is the omgevingsvergunning voor een wateractiviteit.")
    o.nav = [("/vergunning-aanvragen/", "Vergunningen"), ("/melding-doen/", "Melding doen"), ("/belastingen/", "Belastingen"), ("/a-z", "Alles van A-Z")]
    put(o.url("/belastingen/"), o.layout("Belastingen", "<h1>Waterschapsbelastingen</h1><p>De Belastingsamenwerking Oost-Brabant (BSOB) heft en int de belastingen van Waterschap De Dommel.</p><ul>%s</ul>" % "".join("<li><a href='%s'>%s</a></li>" % (o.products[k], PW[k][0]) for k in ("zuiveringsheffing", "watersysteemheffing", "belastingkwijtschelding", "belastingaanslag-bezwaar", "betalingsregeling"))))
    home_page(o, "/", "Waterschap De Dommel zorgt voor schoon en voldoende water in Midden-Brabant.", o.nav)
    common_pages(o, sitemap=False)
    o.soft404 = True
    ORGS.append(o)


def hhnk():
    o = Muni("WS0651", "Hoogheemraadschap Hollands Noorderkwartier", "waterschap", "www.hhnk.test", "nlds", "HHNK")
    o.tel = "72"
    o.platform = "hhnk"
    o.home = "/home"
    o.heads = ("Wat moet u weten?", "Zo regelt u het", "Kosten")
    o.header_login = ("http://belastingen.hhnk.test/", "Mijn belastingen")
    o.sitewide_trap = "Trap: site-wide 'Mijn belastingen' login in the header."
    o.news = [("dijkversterking", "Dijkversterking Texel gestart", "<p>Klachten over overlast? Dien een klacht in via ons formulier.</p>")]
    o.news_keys = {"klacht"}
    plan = plan_from("""
belastingkwijtschelding digid/a
melding-openbare-ruimte shared
omgevingsvergunning nf
bezwaar digid/a
klacht form/a
woo-verzoek form/a
subsidie eh/a/regpdf
wegvergunning-provinciaal eh/a
schadevergoeding-provincie pdfdoc
watervergunning via:olo/a
watermelding form/a
zuiveringsheffing eh/a
watersysteemheffing info
belastingaanslag-bezwaar digid/a/pf
betalingsregeling digid/a
bedrijfsafvalwater-melding eh/a
""")
    o.intro["watermelding"] = "Ziet u een probleem met het water, een dijk of een weg van het hoogheemraadschap? Denk aan wateroverlast, dode vissen, een gat in een fietspad of een kapotte lantaarnpaal langs een polderweg. Doe een melding."
    o.titles["watermelding"] = "Melding doen"
    o.extra_notes["watermelding"] = "Decided: the 'Melding doen' page covers water and HHNK roads, so it serves watermelding and melding-openbare-ruimte (shared page)."
    o.en = {"watersysteemheffing": o.url("/en/water-board-tax")}
    build_products(o, plan, lambda k, t: "/regelen/" + slugify(t), WKEYS)
    share_label(o, "melding-openbare-ruimte", "watermelding", "Shared page: 'Melding doen' also covers roads and cycle paths managed by HHNK.")
    put(o.url("/en/water-board-tax"), o.layout("Water board tax", "<h1>Water board tax</h1><p>Everyone who lives in our area pays the water system levy. Questions? Call us.</p>").replace("lang='nl'", "lang='en'"))
    put("http://loket.hhnk.test/", basic("Loket HHNK", "HHNK", "<h1>Digitaal loket</h1><p>Log in om een aanvraag te doen.</p>"))
    put("http://belastingen.hhnk.test/", basic("Mijn belastingen HHNK", "HHNK", "<h1>Mijn belastingen</h1><p>Bekijk uw aanslag.</p><a href='/inloggen'>Inloggen met DigiD</a>"))
    digid_start("http://belastingen.hhnk.test/inloggen")
    o.nav = [("/regelen/", "Regelen"), ("/home", "Home"), ("/en/water-board-tax", "English")]
    lis = "".join("<li><a href='%s'>%s</a></li>" % (o.link(u), E(t)) for u, t in sorted(o.pages, key=lambda x: x[1]))
    put(o.url("/regelen/"), o.layout("Regelen", "<h1>Regelen</h1><ul>%s</ul>" % lis))
    consent_page(o, "links", "/home")
    home_page(o, "/home", "Hoogheemraadschap Hollands Noorderkwartier zorgt voor veilige dijken, voldoende en schoon water.", [("/regelen/", "Direct regelen")])
    common_pages(o, sitemap=True)
    o.bare_redirect = True
    ORGS.append(o)


def svb():
    o = Muni("zb000143", "Sociale Verzekeringsbank", "rijk", "www.svb.test", "rijk", "SVB")
    o.platform = "svb"
    o.home = "/nl/"
    o.heads = ("Wanneer heeft u recht op", "Aanvragen", "Hoeveel")
    o.header_login = ("http://mijn.svb.test/", "Mijn SVB")
    o.sitewide_trap = "Trap: site-wide 'Mijn SVB' login in the header."
    o.az_path = "/nl/onderwerpen"
    o.news_path = "/nl/nieuws/"
    o.news = [("aow-verhoging", "AOW-bedragen per 1 januari 2027", "<p>De AOW gaat omhoog. Bekijk uw betalingen in Mijn SVB.</p>")]
    o.news_keys = {"aow-uitkering"}
    o.en = {"kinderbijslag": o.url("/en/child-benefit")}
    texts = {"aow-uitkering": ("AOW aanvragen", "Ongeveer 6 maanden voordat u de AOW-leeftijd bereikt, krijgt u een brief van ons. Daarna vraagt u uw AOW-pensioen online aan."),
             "kinderbijslag": ("Kinderbijslag aanvragen", "Bent u net ouder geworden? Dan krijgt u meestal automatisch een brief van ons over kinderbijslag. Krijgt u die niet, vraag de kinderbijslag dan zelf aan.")}
    for key, (t, txt) in texts.items():
        o.intro[key] = txt
        P.setdefault(key, (t, "", txt, "svb"))
    plan = {"aow-uitkering": "digid/a", "kinderbijslag": "digid/img/pf"}
    o.otype = "gemeente"  # use P-table for titles
    build_products(o, plan, lambda k, t: "/nl/%s/%s" % ("aow" if k == "aow-uitkering" else "kinderbijslag", slugify(t)), ["aow-uitkering", "kinderbijslag"])
    o.otype = "rijk"
    put(o.url("/en/child-benefit"), o.layout("Applying for child benefit", "<h1>Applying for child benefit</h1><p>You apply in My SVB with DigiD. Your details are already filled in.</p><p><a href='http://mijn.svb.test/inloggen/kinderbijslag-aanvragen'>Apply in My SVB</a></p>").replace("lang='nl'", "lang='en'"))
    put("http://mijn.svb.test/", basic("Mijn SVB", "SVB", "<h1>Mijn SVB</h1><a href='/inloggen/start'>Inloggen met DigiD</a>"))
    digid_start("http://mijn.svb.test/inloggen/start")
    o.nav = [("/nl/aow/", "AOW"), ("/nl/kinderbijslag/", "Kinderbijslag"), ("/en/", "English")]
    for top, k in (("aow", "aow-uitkering"), ("kinderbijslag", "kinderbijslag")):
        put(o.url("/nl/%s/" % top), o.layout(top.upper() if top == "aow" else "Kinderbijslag", "<h1>%s</h1><ul><li><a href='%s'>%s</a></li></ul>" % (top, o.products[k], texts[k][0])))
    put(o.url("/en/"), o.layout("SVB in English", "<h1>SVB</h1><a href='/en/child-benefit'>Child benefit</a>"))
    home_page(o, "/nl/", "De SVB voert volksverzekeringen uit, zoals de AOW en de kinderbijslag.", o.nav)
    put(o.url("/"), "<html><head><meta http-equiv='refresh' content='0; url=/nl/'></head><body><a href='/nl/'>SVB</a></body></html>")
    common_pages(o, sitemap=True)
    ORGS.append(o)


def appointment_sites():
    for o in ORGS:
        if o.otype != "gemeente":
            continue
        h = "http://afspraak.%s" % o.host.replace("www.", "")
        put(h + "/", basic("Afspraak maken", o.name, "<h1>Afspraak maken - %s</h1><p>Kies een product en een tijdstip. Let op: dit is alleen een afspraak; de aanvraag doet u aan de balie.</p>"
                                "<form action='/kies-tijd' method='get'><select name='product'><option>Paspoort</option><option>Identiteitskaart</option><option>Rijbewijs</option><option>Geboorteaangifte</option></select><button>Volgende</button></form>" % E(o.name)))
        put(h + "/kies-tijd", basic("Kies een tijd", o.name, "<h1>Kies een datum en tijd</h1><ul><li>ma 9:00</li><li>di 10:30</li></ul>"))


def main():
    global OLO_URL, WERK_URL
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    idp_pages()
    OLO_URL = omgevingsloket()
    WERK_URL = werk_nl()
    Shared("bsgw", "www.bsgw.test", "BsGW", "Belastingsamenwerking Gemeenten en Waterschappen - gemeentelijke belastingen en waterschapsbelasting")
    Shared("gbt", "www.gbtwente.test", "GBTwente", "Gemeentelijk Belastingkantoor Twente")
    Shared("bsob", "www.bsob.test", "BSOB", "Belastingsamenwerking Oost-Brabant - heffing en inning voor Waterschap De Dommel en gemeenten")
    Shared("hvc", "www.hvc-afval.test", "HVC Afvalservice", "Afvalinzameling voor gemeenten in Noord-Holland")
    Shared("rudnhn", "www.rudnhn.test", "RUD Noord-Holland Noord", "Regionale Uitvoeringsdienst (omgevingsdienst) Noord-Holland Noord")
    Shared("widb", "www.wi-duinenbollen.test", "Werk en Inkomen Duin- en Bollenstreek", "Regionale sociale dienst")
    Shared("isd", "www.isd-abg.test", "ISD Alphen-Chaam, Baarle-Nassau", "Intergemeentelijke sociale dienst")
    for f in (arnhem, denhelder, weert, assen, katwijk, hofvantwente, harlingen, baarle, dommel, hhnk, svb):
        f()
    for sh in SHARED.values():
        sh.finish()
    appointment_sites()
    beh = {"redirects": REDIRECTS, "host_redirects": [], "not_found_pages": [], "searches": []}
    websites = {}
    for o in ORGS:
        websites[o.code] = o.website
        if getattr(o, "bare_redirect", False):
            bare = o.host.replace("www.", "")
            beh["host_redirects"].append({"host": bare, "status": 301, "to": o.host})
            websites[o.code] = "http://%s/" % bare
        if getattr(o, "www_to_bare", False):
            beh["host_redirects"].append({"host": "www." + o.host, "status": 301, "to": o.host})
            websites[o.code] = "http://www.%s/" % o.host
        if getattr(o, "soft404", False):
            fn = "errors/%s-404.html" % o.host
            FILES[("__root__", fn)] = o.layout("Pagina niet gevonden", "<h1>Pagina niet gevonden</h1><p>Helaas, de pagina die u zoekt bestaat niet (meer). Probeer de zoekfunctie of ga naar de <a href='/'>homepage</a>.</p>")
            beh["not_found_pages"].append({"host": o.host, "file": fn, "status": 200})
        if getattr(o, "own404", False):
            fn = "errors/%s-404.html" % o.host
            FILES[("__root__", fn)] = o.layout("404", "<h1>Oeps, deze pagina bestaat niet</h1>")
            beh["not_found_pages"].append({"host": o.host, "file": fn, "status": 404})
    for host, ((path, param), idx, tpl) in SEARCH.items():
        FILES[("__root__", "search/%s.json" % host)] = json.dumps(idx, ensure_ascii=False, indent=0)
        FILES[("__root__", "search/%s.html" % host)] = tpl
        beh["searches"].append({"host": host, "path": path, "param": param, "index": "search/%s.json" % host, "template": "search/%s.html" % host})
    for o in ORGS:
        nav = "".join("<li><a href='%s'>%s</a></li>" % (o.link(u), E(t)) for u, t in o.nav)
        for k, v in FILES.items():
            if isinstance(v, str) and "<!--NAV-->" in v:
                FILES[k] = v.replace("<!--NAV-->", nav) if (k[0] == o.host or k[1] in ("errors/%s-404.html" % o.host, "search/%s.html" % o.host)) else v
    left = [k for k, v in FILES.items() if isinstance(v, str) and "<!--NAV-->" in v]
    assert not left, left[:5]
    # write
    for (host, path), content in sorted(FILES.items()):
        fp = os.path.join(OUT, path) if host == "__root__" else os.path.join(OUT, "sites", host, path.lstrip("/"))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode("utf-8"))
    for hr in beh["host_redirects"]:
        os.makedirs(os.path.join(OUT, "sites", hr["host"]), exist_ok=True)
    with open(os.path.join(OUT, "testweb.json"), "w") as f:
        json.dump({"format": 1, "name": "web-dev10", "behaviours": beh}, f, indent=1, ensure_ascii=False)
    with open(os.path.join(OUT, "organisations.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["code", "name", "org_type", "website", "inhabitants"])
        for o in ORGS:
            w.writerow([o.code, o.name, o.otype, websites[o.code], o.inh])
    cols = ["org_code", "product_key", "level", "status", "product_url", "route_url", "level_strict", "via", "notes"]
    with open(os.path.join(OUT, "labels.csv"), "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in sorted(LABELS, key=lambda r: (r["org_code"], r["product_key"])):
            w.writerow(r)
    print("pages", len(FILES), "labels", len(LABELS))


if __name__ == "__main__":
    main()
