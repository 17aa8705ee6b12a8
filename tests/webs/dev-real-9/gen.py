#!/usr/bin/env python3
"""Generate the dev9 held-out web: 10 Dutch government organisations (4 waterschappen,
2 provincies, 4 gemeenten) plus shared bodies, with ground-truth labels.

usage: python gen.py [OUTDIR]   (default ./web)   deterministic, no randomness.
"""
import csv, html, json, os, shutil, sys, zlib, struct

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.getcwd(), 'web')
PRODUCTS = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'config', 'products.csv')

PAGES = {}          # (host, path) -> str|bytes
BEH = {'redirects': [], 'host_redirects': [], 'not_found_pages': [], 'searches': []}
FEAT = {}           # structure -> count
LABELS = []


def feat(name, n=1):
    FEAT[name] = FEAT.get(name, 0) + n


def put(host, path, content):
    PAGES[(host, path)] = content


def esc(s):
    return html.escape(s, quote=True)


# ---------------------------------------------------------------- small binary writers
def pdf_bytes(title, lines, form=True):
    """A real, minimal single-page PDF with Helvetica text."""
    def pesc(t):
        return t.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    body = ['BT /F1 16 Tf 50 790 Td (%s) Tj ET' % pesc(title)]
    y = 760
    for ln in lines:
        body.append('BT /F1 10 Tf 50 %d Td (%s) Tj ET' % (y, pesc(ln)))
        y -= 18
        if form and ln.endswith(':'):
            body.append('50 %d m 545 %d l S' % (y + 4, y + 4))
            y -= 10
    stream = '\n'.join(body).encode('latin-1', 'replace')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
            b'/Resources << /Font << /F1 5 0 R >> >> >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            ('<< /Title (%s) /Producer (dev9 gen) >>' % pesc(title)).encode('latin-1', 'replace')]
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out


def png_bytes(w=60, h=24, rgb=(0, 0, 0)):
    raw = b''.join(b'\x00' + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b''))


def kb(b):
    return max(1, (len(b) + 1023) // 1024)


# ---------------------------------------------------------------- identity providers, shared bodies
DIGID = 'digid.test'
EH = 'eherkenning.test'
OLO = 'omgevingswet.overheid.test'


def simple_page(title, body, extra_head=''):
    return ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s</title>%s</head>'
            '<body>%s</body></html>' % (esc(title), extra_head, body))


def build_idps():
    put(DIGID, 'inloggen', simple_page('DigiD | Inloggen', '<h1>Inloggen bij %s</h1><p>Kies hoe u wilt inloggen.</p>'
        '<ul><li>Met de DigiD app</li><li>Met gebruikersnaam, wachtwoord en sms</li></ul>'
        '<form method="post" action="/inloggen/verificatie"><label>DigiD gebruikersnaam <input name="u"></label>'
        '<label>Wachtwoord <input type="password" name="p"></label><button>Inloggen</button></form>' % 'de organisatie'))
    put(DIGID, '', simple_page('DigiD', '<h1>DigiD</h1><p>Uw digitale identiteit.</p>'))
    put(DIGID, 'robots.txt', 'User-agent: *\nDisallow: /\n')
    put(EH, 'kies-uw-inlogmiddel', simple_page('eHerkenning | Kies uw leverancier',
        '<h1>Inloggen met eHerkenning</h1><p>Kies de leverancier van uw eHerkenningsmiddel.</p>'
        '<ul><li>KPN</li><li>Connectis</li><li>Z login</li><li>Signicat</li></ul>'
        '<p>Of log in met een Europees erkend inlogmiddel (eIDAS).</p>'))
    put(EH, '', simple_page('eHerkenning', '<h1>eHerkenning</h1>'))
    put(EH, 'robots.txt', 'User-agent: *\nDisallow: /\n')
    # Omgevingsloket
    olo_nav = ('<header><a href="/">Omgevingsloket</a> <nav><a href="/checken/">Vergunningcheck doen</a> '
               '<a href="/aanvragen/">Aanvragen en meldingen</a> <a href="/regels-op-de-kaart/">Regels op de kaart</a></nav></header>')
    put(OLO, '', simple_page('Omgevingsloket', olo_nav + '<h1>Omgevingsloket</h1><p>Check of u een vergunning nodig heeft, '
        'of dien een aanvraag of melding in bij gemeente, provincie of waterschap.</p>'))
    put(OLO, 'aanvragen/', simple_page('Aanvragen en meldingen - Omgevingsloket', olo_nav +
        '<h1>Aanvraag of melding indienen</h1><p>Dien uw aanvraag om een omgevingsvergunning of uw melding in bij de gemeente, '
        'provincie of het waterschap. Log eerst in.</p><p>Bent u een particulier? <a href="/aanvragen/inloggen/digid">Inloggen met DigiD</a></p>'
        '<p>Bent u een bedrijf of vertegenwoordigt u een organisatie? <a href="/aanvragen/inloggen/eherkenning">Inloggen met eHerkenning</a></p>'
        '<p>Na het inloggen vullen we uw naam en adres voor u in.</p>'))
    BEH['redirects'].append({'url': 'http://%s/aanvragen/inloggen/digid' % OLO, 'status': 302, 'location': 'http://%s/inloggen?sp=omgevingsloket' % DIGID})
    BEH['redirects'].append({'url': 'http://%s/aanvragen/inloggen/eherkenning' % OLO, 'status': 302, 'location': 'http://%s/kies-uw-inlogmiddel?sp=omgevingsloket' % EH})
    put(OLO, 'checken/', simple_page('Vergunningcheck', olo_nav + '<h1>Vergunningcheck</h1><p>Beantwoord de vragen en zie of u een vergunning nodig heeft.</p>'))
    put(OLO, 'regels-op-de-kaart/', simple_page('Regels op de kaart', olo_nav + '<h1>Regels op de kaart</h1>'))
    put(OLO, 'robots.txt', 'User-agent: *\nAllow: /\n')
    # BIJ12 faunaschade
    put('www.bij12.test', 'faunazaken/faunaschade/schade-melden/', simple_page('Schade melden - BIJ12',
        '<h1>Faunaschade melden</h1><p>Heeft u schade door beschermde dieren zoals ganzen, dassen of wilde zwijnen? '
        'Meld de schade binnen 7 werkdagen via Mijn Faunazaken. U kunt hier ook een tegemoetkoming aanvragen.</p>'
        '<p><a href="/mijn-faunazaken/inloggen">Inloggen op Mijn Faunazaken met DigiD of eHerkenning</a></p>'))
    put('www.bij12.test', '', simple_page('BIJ12', '<h1>BIJ12</h1><a href="/faunazaken/faunaschade/schade-melden/">Schade melden</a>'))
    put('www.bij12.test', 'robots.txt', 'User-agent: *\nAllow: /\n')
    BEH['redirects'].append({'url': 'http://www.bij12.test/mijn-faunazaken/inloggen', 'status': 302, 'location': 'http://%s/inloggen?sp=bij12' % DIGID})


def tax_office(host, name, short, members, levies=False):
    """A regional tax office with Mijn-portal login (DigiD/eHerkenning)."""
    nav = ('<header class="site-header"><a href="/" class="logo">%s</a><nav><a href="/particulieren/">Particulieren</a> '
           '<a href="/ondernemers/">Ondernemers</a> <a href="/mijn/">Mijn %s</a> <a href="/contact/">Contact</a></nav></header>' % (name, short))
    foot = '<footer><p>%s werkt voor %s.</p></footer>' % (name, ', '.join(members))
    def pg(path, title, body):
        put(host, path, simple_page(title + ' | ' + short, nav + '<main><h1>%s</h1>%s</main>' % (esc(title), body) + foot))
    pg('', name, '<p>Wij heffen en innen belastingen voor %s.</p><ul>%s</ul>' % (', '.join(members), ''.join(
        '<li><a href="/%s/">%s</a></li>' % (p, t) for p, t in [
            ('kwijtschelding', 'Kwijtschelding aanvragen'), ('betalingsregeling', 'Betalingsregeling'),
            ('bezwaar', 'Bezwaar maken'), ('woz', 'WOZ-waarde')] + ([('zuiveringsheffing', 'Zuiveringsheffing'),
            ('watersysteemheffing', 'Watersysteemheffing'), ('verontreinigingsheffing', 'Verontreinigingsheffing')] if levies else []))))
    pg('kwijtschelding/', 'Kwijtschelding aanvragen', '<p>Kunt u uw aanslag niet betalen? Misschien kunt u kwijtschelding krijgen. '
       'Vraag kwijtschelding aan in Mijn %s. Log in met DigiD. Wij halen uw inkomensgegevens op bij het Inlichtingenbureau; '
       'uw gegevens zijn al ingevuld.</p><p><a class="btn" href="/mijn/inloggen/digid?dienst=kwijtschelding">Kwijtschelding aanvragen met DigiD</a></p>'
       '<p>Geen DigiD? Vraag een <a href="/documenten/kwijtschelding-formulier.pdf">papieren formulier (pdf)</a> aan.</p>' % short)
    put(host, 'documenten/kwijtschelding-formulier.pdf', pdf_bytes('Verzoek om kwijtschelding ' + short,
        ['Naam:', 'Adres:', 'BSN:', 'Aanslagnummer:', 'Netto inkomen per maand:', 'Handtekening:']))
    pg('betalingsregeling/', 'Betalen in termijnen of betalingsregeling', '<p>U kunt uw aanslag in termijnen betalen met automatische incasso. '
       'Lukt dat niet, vraag dan een betalingsregeling aan. Dat regelt u in Mijn %s met DigiD of eHerkenning.</p>'
       '<p><a href="/mijn/inloggen/digid?dienst=betalingsregeling">Inloggen met DigiD</a> | <a href="/mijn/inloggen/eherkenning?dienst=betalingsregeling">Inloggen met eHerkenning</a></p>' % short)
    pg('bezwaar/', 'Bezwaar maken tegen uw aanslag', '<p>Bent u het niet eens met uw aanslag of de WOZ-waarde? Maak binnen 6 weken na de datum op het aanslagbiljet bezwaar. '
       'Dat doet u het snelst online in Mijn %s.</p><p><a href="/mijn/inloggen/digid?dienst=bezwaar">Bezwaar maken met DigiD</a></p>'
       '<p><a href="/mijn/inloggen/eherkenning?dienst=bezwaar">Bezwaar maken met eHerkenning (bedrijven)</a></p>' % short)
    pg('woz/', 'WOZ-waarde', '<p>Bekijk de WOZ-waarde en het taxatieverslag in Mijn %s. Niet eens met de WOZ-waarde? Ga naar <a href="/bezwaar/">Bezwaar maken</a>.</p>' % short)
    if levies:
        pg('zuiveringsheffing/', 'Zuiveringsheffing', '<p>De zuiveringsheffing betaalt u voor het zuiveren van afvalwater. Huishoudens betalen voor 1 of 3 vervuilingseenheden. '
           'Wijziging in de samenstelling van uw huishouden of het aantal vervuilingseenheden van uw bedrijf doorgeven? Dat doet u in Mijn %s.</p>'
           '<p><a href="/mijn/inloggen/digid?dienst=ve">Wijziging doorgeven met DigiD</a> <a href="/mijn/inloggen/eherkenning?dienst=ve">Met eHerkenning</a></p>' % short)
        pg('watersysteemheffing/', 'Watersysteemheffing', '<p>De watersysteemheffing betaalt u voor het beheer van dijken, waterpeil en waterkwaliteit. '
           'Ingezetenen, eigenaren van gebouwen, ongebouwd en natuur betalen elk een deel. Klopt uw aanslag niet? Geef het door in Mijn %s.</p>'
           '<p><a href="/mijn/inloggen/digid?dienst=wsh">Inloggen met DigiD</a></p>' % short)
        pg('verontreinigingsheffing/', 'Verontreinigingsheffing', '<p>Loost u direct op oppervlaktewater? Dan betaalt u verontreinigingsheffing in plaats van zuiveringsheffing. '
           'Uw aangifte doet u in Mijn %s met eHerkenning.</p><p><a href="/mijn/inloggen/eherkenning?dienst=vh">Aangifte doen met eHerkenning</a></p>' % short)
    pg('mijn/', 'Mijn ' + short, '<p>In Mijn %s ziet u uw aanslagen en regelt u uw zaken.</p><p><a href="/mijn/inloggen/digid">Inloggen met DigiD</a> '
       '<a href="/mijn/inloggen/eherkenning">Inloggen met eHerkenning</a></p>' % short)
    pg('contact/', 'Contact', '<p>Bel ons op <a href="tel:0881234567">088 123 45 67</a>.</p>')
    pg('particulieren/', 'Particulieren', '<p><a href="/kwijtschelding/">Kwijtschelding</a> <a href="/betalingsregeling/">Betalingsregeling</a> <a href="/bezwaar/">Bezwaar</a></p>')
    pg('ondernemers/', 'Ondernemers', '<p><a href="/bezwaar/">Bezwaar</a> <a href="/betalingsregeling/">Betalingsregeling</a></p>')
    for kind, idp, p in [('digid', DIGID, 'inloggen'), ('eherkenning', EH, 'kies-uw-inlogmiddel')]:
        BEH['redirects'].append({'url': 'http://%s/mijn/inloggen/%s' % (host, kind), 'status': 302,
                                 'location': 'http://%s/%s?sp=%s' % (idp, p, short.lower())})
    put(host, 'robots.txt', 'User-agent: *\nDisallow: /mijn/\n')


# ---------------------------------------------------------------- product texts
def load_products():
    rows = list(csv.DictReader(open(PRODUCTS, encoding='utf-8')))
    return {r['product_key']: r for r in rows}


TEXT = {
 'brp-uittreksel': 'Een uittreksel uit de Basisregistratie Personen (BRP) is een officieel bewijs van uw inschrijving en adres. U heeft het bijvoorbeeld nodig voor een visum of een nieuwe baan.',
 'verhuismelding': 'Gaat u verhuizen naar of binnen {town}? Geef uw verhuizing dan door aan de gemeente. Dat kan vanaf 4 weken voor tot uiterlijk 5 dagen na de verhuisdatum.',
 'geboorteaangifte': 'Is uw kind geboren? Doe binnen 3 dagen aangifte van de geboorte. Dan wordt uw kind ingeschreven in de Basisregistratie Personen.',
 'overlijdensaangifte': 'Is er iemand overleden? Dan moet het overlijden worden aangegeven bij de gemeente waar het overlijden plaatsvond. Meestal doet de uitvaartverzorger dit voor u.',
 'huwelijksaangifte': 'Wilt u trouwen of een geregistreerd partnerschap aangaan? Meld dit minimaal 2 weken en maximaal 1 jaar voor de datum bij de gemeente.',
 'paspoort': 'Een paspoort vraagt u aan bij de gemeente waar u woont. U moet het paspoort persoonlijk aanvragen en ophalen; maak daarvoor een afspraak.',
 'identiteitskaart': 'Een Nederlandse identiteitskaart (ID-kaart) vraagt u persoonlijk aan bij de gemeente. Neem een pasfoto mee die voldoet aan de eisen.',
 'parkeervergunning': 'Woont of werkt u in het betaald parkeergebied? Dan kunt u een parkeervergunning aanvragen. Er geldt een wachtlijst in sommige straten.',
 'gehandicaptenparkeerkaart': 'Heeft u een beperking waardoor u moeilijk loopt? Met een gehandicaptenparkeerkaart (GPK) mag u parkeren op een algemene invalidenparkeerplaats.',
 'gehandicaptenparkeerplaats': 'Heeft u een gehandicaptenparkeerkaart en een auto? Dan kunt u een parkeerplaats op kenteken bij uw woning aanvragen.',
 'hondenbelasting': 'Heeft u een hond? Dan betaalt u hondenbelasting. Meld uw hond aan binnen 1 maand nadat u de hond heeft. Heeft u geen hond meer, meld de hond dan af.',
 'belastingkwijtschelding': 'Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor de gemeentelijke belastingen, zoals afvalstoffenheffing en rioolheffing.',
 'woz-bezwaar': 'Bent u het niet eens met de WOZ-waarde van uw woning of bedrijfspand? Maak dan binnen 6 weken bezwaar.',
 'bijstand': 'Heeft u niet genoeg geld om van te leven? Dan kunt u misschien een bijstandsuitkering krijgen. Meld u eerst aan via werk.nl of bij de gemeente.',
 'bijzondere-bijstand': 'Heeft u onverwachte kosten die u niet zelf kunt betalen, zoals een bril, een wasmachine of rechtsbijstand? Misschien kunt u bijzondere bijstand krijgen.',
 'wmo-voorziening': 'Lukt het niet meer om zelfstandig te wonen of mee te doen? Via de Wet maatschappelijke ondersteuning (Wmo) kunt u hulp krijgen, zoals huishoudelijke hulp, een scootmobiel of een woningaanpassing.',
 'leerlingenvervoer': 'Kan uw kind door een beperking of de afstand niet zelfstandig naar school? Dan kunt u een vergoeding of aangepast vervoer voor leerlingenvervoer aanvragen.',
 'grofvuil': 'Grof huishoudelijk afval, zoals meubels, matrassen en tapijt, laten we op afspraak bij u ophalen. U kunt het ook zelf naar de milieustraat brengen.',
 'afvalcontainer': 'Heeft u een nieuwe, extra of andere minicontainer nodig, of is uw container kapot of gestolen? Vraag een container aan of wissel hem om.',
 'melding-openbare-ruimte': 'Ziet u een losse stoeptegel, een kapotte lantaarnpaal, zwerfafval of een verstopte put? Doe een melding openbare ruimte.',
 'omgevingsvergunning': 'Gaat u bouwen, verbouwen, slopen of het gebruik van een gebouw veranderen? Misschien heeft u een omgevingsvergunning nodig.',
 'kapvergunning': 'Wilt u een boom kappen? Voor sommige bomen heeft u een omgevingsvergunning voor het vellen van houtopstand (kapvergunning) nodig.',
 'bouwdossier-inzage': 'Wilt u de bouwtekeningen van uw huis bekijken? Vraag het bouwdossier op; wij zetten het klaar of sturen een digitale kopie.',
 'bezwaar': 'Bent u het niet eens met een besluit van {org}? Dan kunt u binnen 6 weken bezwaar maken.',
 'klacht': 'Bent u niet tevreden over hoe een medewerker of bestuurder van {org} u heeft behandeld? Dien een klacht in.',
 'woo-verzoek': 'Wilt u documenten van {org} inzien die niet openbaar zijn? Dien een verzoek in op grond van de Wet open overheid (Woo).',
 'subsidie': '{org} geeft subsidie aan organisaties en inwoners voor activiteiten die bijdragen aan onze doelen.',
 'evenementenvergunning': 'Organiseert u een evenement, zoals een buurtfeest, braderie of festival? Dan heeft u misschien een evenementenvergunning nodig. Vraag deze 8 tot 12 weken van tevoren aan.',
 'exploitatievergunning-horeca': 'Wilt u een horecabedrijf beginnen of overnemen? Dan heeft u een exploitatievergunning nodig.',
 'alcoholvergunning': 'Schenkt u alcohol in uw horecabedrijf of slijterij? Dan heeft u een alcoholvergunning (voorheen drank- en horecavergunning) nodig.',
 'terrasvergunning': 'Wilt u een terras bij uw horecazaak? Daarvoor heeft u een terrasvergunning nodig.',
 'standplaatsvergunning': 'Wilt u met een kraam, foodtruck of verkoopwagen op een vaste plek staan buiten de markt? Vraag een standplaatsvergunning aan.',
 'marktvergunning': 'Wilt u als marktkoopman op de weekmarkt staan? Dan heeft u een marktvergunning (vaste plaats) nodig of u meldt zich als dagplaatser.',
 'reclamebelasting': 'Heeft u een reclame-uiting aan de gevel die zichtbaar is vanaf de openbare weg?',
 'geluidsontheffing': 'Wilt u meer geluid maken dan normaal is toegestaan, bijvoorbeeld bij een feest of bij werkzaamheden? Vraag een ontheffing geluid aan.',
 'winkeltijdenontheffing': 'Wilt u uw winkel open hebben buiten de vastgestelde winkeltijden? Vraag een ontheffing van de winkeltijden aan.',
 'kansspelautomaatvergunning': 'Wilt u kansspelautomaten in uw horecabedrijf plaatsen? Dan heeft u een aanwezigheidsvergunning nodig.',
 'collectevergunning': 'Wilt u geld of goederen inzamelen voor een goed doel? Daarvoor heeft u een collectevergunning nodig.',
 'ligplaatsvergunning': 'Wilt u een boot in de haven of langs de kade afmeren? Daarvoor heeft u een ligplaatsvergunning nodig.',
 'uitwegvergunning': 'Wilt u een inrit of uitweg naar uw perceel aanleggen of veranderen? Vraag een vergunning voor een uitweg aan.',
 'beschermde-dieren-ontheffing': 'Wilt u werkzaamheden uitvoeren waarbij beschermde dieren of planten worden verstoord? Dan heeft u een ontheffing of omgevingsvergunning voor een flora- en fauna-activiteit nodig.',
 'natuurvergunning': 'Gaat u iets doen in of bij een Natura 2000-gebied dat schadelijk kan zijn voor de natuur, zoals stikstofuitstoot? Dan heeft u een vergunning voor een Natura 2000-activiteit nodig.',
 'ontgrondingsvergunning': 'Wilt u zand, klei of grind winnen of de bodem dieper afgraven dan is toegestaan? Daarvoor heeft u een vergunning voor ontgronden nodig.',
 'tijdelijk-luchtvaartterrein': 'Wilt u met een helikopter, luchtballon of ander luchtvaartuig landen of opstijgen buiten een luchthaven? Vraag een ontheffing tijdelijk en uitzonderlijk gebruik (TUG) aan.',
 'wegvergunning-provinciaal': 'Wilt u werkzaamheden uitvoeren aan, op of langs een provinciale weg of vaarweg, zoals kabels leggen, een steiger plaatsen of een evenement op de weg? Daarvoor heeft u toestemming nodig.',
 'vuurwerk-ontbranding': 'Wilt u als professionele vuurwerkbezigde een vuurwerkshow geven? Dan heeft u een toestemming tot ontbranden nodig.',
 'schadevergoeding-provincie': 'Heeft u schade geleden door werkzaamheden of een besluit van {org}? Dan kunt u een verzoek om schadevergoeding indienen.',
 'watervergunning': 'Wilt u iets doen in, op of bij het water of een dijk, zoals een steiger bouwen, een sloot dempen of grondwater onttrekken? Dan heeft u een watervergunning (omgevingsvergunning voor een wateractiviteit) nodig.',
 'watermelding': 'Voor veel activiteiten in of bij het water gelden algemene regels. U heeft dan geen vergunning nodig, maar u moet de activiteit wel vooraf bij ons melden.',
 'zuiveringsheffing': 'De zuiveringsheffing betaalt u voor het zuiveren van het afvalwater dat u via het riool loost. De hoogte hangt af van het aantal vervuilingseenheden.',
 'watersysteemheffing': 'Met de watersysteemheffing betalen inwoners, eigenaren van gebouwen en grond mee aan droge voeten en schoon water.',
 'belastingaanslag-bezwaar': 'Bent u het niet eens met uw aanslag waterschapsbelastingen? Maak dan binnen 6 weken bezwaar.',
 'betalingsregeling': 'Kunt u uw aanslag niet in een keer betalen? Dan kunt u in termijnen betalen of een betalingsregeling aanvragen.',
 'bedrijfsafvalwater-melding': 'Loost u bedrijfsafvalwater op het riool of op oppervlaktewater? Voor veel lozingen geldt een meldplicht.',
}

HOE = {
 'digid': 'U regelt dit online. U logt in met DigiD.',
 'eh': 'U vraagt dit online aan. U logt in met eHerkenning (niveau EH3).',
 'digid_eh': 'U regelt dit online: als inwoner met DigiD, als bedrijf met eHerkenning.',
 'form': 'Vul het online formulier in. U heeft geen DigiD nodig.',
 'pdf': 'Download het aanvraagformulier, vul het in en stuur het met de bijlagen naar ons op.',
 'doc': 'Download het aanvraagformulier, vul het in en stuur het met de bijlagen naar ons op.',
 'info': 'Neem contact met ons op of kom langs op afspraak.',
}

# ---------------------------------------------------------------- organisation spec
# route: info | pdf | doc | form | digid | eh | digid_eh | via:<body> | notfound | notoffered | shared:<key>
# mech (how the call to action is written): a | button | getform | iframe | js | img | ov (forms overview page)
# flags: prefill, trap:<kind>, en, stale, ...


def spec(text):
    out = []
    for line in text.strip().splitlines():
        parts = [p.strip() for p in line.split('|')]
        while len(parts) < 5:
            parts.append('')
        key, title, route, mech, flags = parts[:5]
        out.append(dict(key=key, title=title, route=route, mech=mech or 'a',
                        flags=[f for f in flags.split(',') if f]))
    return out


# ---------------------------------------------------------------- shared routes ("via")
VIA = {
 # name: (url, level, strict, note)
 'olo': ('http://%s/aanvragen/' % OLO, 100, 100, 'Omgevingsloket: DigiD/eHerkenning login with explicit pre-fill statement'),
 'gblt_kw': ('http://www.gblt.test/kwijtschelding/', 100, 100, 'GBLT kwijtschelding in Mijn GBLT (DigiD, gegevens al ingevuld)'),
 'gblt_br': ('http://www.gblt.test/betalingsregeling/', 100, 67, 'GBLT betalingsregeling in Mijn GBLT (DigiD/eHerkenning)'),
 'gblt_bz': ('http://www.gblt.test/bezwaar/', 100, 67, 'GBLT bezwaar in Mijn GBLT (DigiD/eHerkenning)'),
 'gblt_zh': ('http://www.gblt.test/zuiveringsheffing/', 100, 67, 'GBLT: vervuilingseenheden wijzigen in Mijn GBLT'),
 'gblt_wsh': ('http://www.gblt.test/watersysteemheffing/', 100, 67, 'GBLT: watersysteemheffing doorgeven in Mijn GBLT'),
 'bghu_kw': ('http://www.bghu.test/kwijtschelding/', 100, 100, 'BghU kwijtschelding in Mijn BghU (DigiD, gegevens al ingevuld)'),
 'bghu_bz': ('http://www.bghu.test/bezwaar/', 100, 67, 'BghU bezwaar (WOZ/aanslag) in Mijn BghU'),
 'bghu_br': ('http://www.bghu.test/betalingsregeling/', 100, 67, 'BghU betalingsregeling in Mijn BghU'),
 'dlf_kw': ('http://belastingen.hhdelfland.test/kwijtschelding/', 100, 100, 'Delfland belastingloket kwijtschelding (DigiD, gegevens al ingevuld)'),
 'dlf_bz': ('http://belastingen.hhdelfland.test/bezwaar/', 100, 67, 'Delfland belastingloket bezwaar (DigiD/eHerkenning)'),
 'dlf_br': ('http://belastingen.hhdelfland.test/betalingsregeling/', 100, 67, 'Delfland belastingloket betalingsregeling'),
 'dlf_zh': ('http://belastingen.hhdelfland.test/zuiveringsheffing/', 100, 67, 'Delfland belastingloket: vervuilingseenheden wijzigen'),
 'dlf_wsh': ('http://belastingen.hhdelfland.test/watersysteemheffing/', 100, 67, 'Delfland belastingloket: watersysteemheffing'),
 'gblt_mijn': ('http://www.gblt.test/mijn/', 100, 67, 'Mijn GBLT (DigiD/eHerkenning): aanslagen bekijken en wijzigingen doorgeven'),
 'bij12': ('http://www.bij12.test/faunazaken/faunaschade/schade-melden/', 100, 67, 'BIJ12 Mijn Faunazaken (DigiD/eHerkenning)'),
 'hwparkeren': ('http://harderwijk.parkeerloket.test/vergunning-aanvragen', 100, 67, 'parking portal harderwijk.parkeerloket.test with DigiD'),
 'ztmeldingen': ('http://zoetermeer.meldingsapp.test/melding/nieuw', 67, 67, 'reporting service zoetermeer.meldingsapp.test, anonymous web form'),
 'achterhoekafval': ('http://www.afvalloket-achterhoek.test/grof-afval-aanmelden', 67, 67, 'waste company afvalloket-achterhoek.test, anonymous web form'),
}


def build_via_hosts():
    tax_office('www.gblt.test', 'GBLT Gemeenschappelijk Belastingkantoor Lococensus-Tricijn', 'GBLT',
               ['Waterschap Rijn en IJssel', 'Waterschap Vallei en Veluwe', 'Waterschap Zuiderzeeland', 'Waterschap Drents Overijsselse Delta'], levies=True)
    tax_office('www.bghu.test', 'BghU Belastingsamenwerking gemeenten en hoogheemraadschap Utrecht', 'BghU',
               ['gemeente Utrecht', 'gemeente Wijk bij Duurstede', 'gemeente Houten', 'Hoogheemraadschap De Stichtse Rijnlanden'])
    tax_office('belastingen.hhdelfland.test', 'Belastingen Hoogheemraadschap van Delfland', 'Delfland',
               ['Hoogheemraadschap van Delfland'], levies=True)
    h = 'harderwijk.parkeerloket.test'
    put(h, 'vergunning-aanvragen', simple_page('Parkeervergunning aanvragen - Parkeerloket Harderwijk',
        '<h1>Parkeervergunning aanvragen</h1><p>Vraag uw bewonersvergunning of bezoekersvergunning aan. Log in met DigiD.</p>'
        '<p><a href="/inloggen/digid"><img src="/digid.png" alt="Inloggen met DigiD"></a></p>'))
    put(h, 'digid.png', png_bytes(rgb=(0, 0, 0)))
    put(h, '', simple_page('Parkeerloket Harderwijk', '<h1>Parkeerloket</h1><a href="/vergunning-aanvragen">Vergunning aanvragen</a>'))
    BEH['redirects'].append({'url': 'http://%s/inloggen/digid' % h, 'status': 302, 'location': 'http://%s/inloggen?sp=parkeerloket' % DIGID})
    h = 'zoetermeer.meldingsapp.test'
    put(h, 'melding/nieuw', simple_page('Melding doen | Zoetermeer', '<h1>Melding openbare ruimte Zoetermeer</h1>'
        '<form method="post" action="/melding/verstuur"><label>Categorie <select name="cat"><option>Straatverlichting</option><option>Bestrating</option>'
        '<option>Zwerfvuil</option><option>Groen</option></select></label><label>Locatie <input name="locatie"></label>'
        '<label>Omschrijving <textarea name="oms"></textarea></label><label>E-mail <input name="email"></label><button>Melding versturen</button></form>'))
    put(h, '', simple_page('Meldingsapp', '<h1>Meldingen</h1><a href="/melding/nieuw">Nieuwe melding</a>'))
    h = 'www.afvalloket-achterhoek.test'
    put(h, 'grof-afval-aanmelden', simple_page('Grof afval aanmelden - Afvalloket Achterhoek', '<h1>Grof huishoudelijk afval aanmelden</h1>'
        '<form method="post" action="/grof-afval-aanmelden/verstuur"><label>Postcode <input name="pc"></label><label>Huisnummer <input name="hn"></label>'
        '<label>Wat wilt u laten ophalen? <textarea name="wat"></textarea></label><button>Ophaalafspraak aanvragen</button></form>'))
    put(h, '', simple_page('Afvalloket Achterhoek', '<h1>Afvalloket</h1><a href="/grof-afval-aanmelden">Grof afval aanmelden</a>'))
    for h in ['harderwijk.parkeerloket.test', 'zoetermeer.meldingsapp.test', 'www.afvalloket-achterhoek.test']:
        put(h, 'robots.txt', 'User-agent: *\nAllow: /\n')


def slugify(t):
    import re, unicodedata
    t = unicodedata.normalize('NFKD', t).encode('ascii', 'ignore').decode()
    return re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-')


# ---------------------------------------------------------------- site machinery
class Site:
    def __init__(self, code, name, otype, host, town, scheme, forms, heads, cta, website=None, inh='',
                 formhost=None, flags=(), color='#00689e', sect=None):
        self.code, self.name, self.otype, self.host, self.town = code, name, otype, host, town
        self.scheme, self.forms, self.heads, self.cta = scheme, forms, heads, cta
        self.website = website or 'http://%s/' % host
        self.inh = inh
        self.formhost = formhost
        self.flags = set(flags)
        self.color = color
        self.sect = sect or {}
        self.nav = []          # (title, url)
        self.az = []           # (title, url)
        self.forms_list = []   # (title, url) for the overview page
        self.news = []         # (title, path, body)
        self.ncat = 1000 + (zlib.crc32(code.encode()) % 500) * 3
        self.pdfcount = 0
        self.appt = None
        self.direct_block = 'direct' in self.flags
        self.overview_path = 'e-loket/formulieren'
        self.overview_title = 'Alle formulieren'

    def abs(self, path):
        return 'http://%s/%s' % (self.host, path.lstrip('/'))

    # ---- URL schemes
    def product_path(self, row):
        s = slugify(row['title'])
        sec = self.sect.get(row['key'], 'Inwoners/Overig')
        if self.scheme == 'slug':
            return s
        if self.scheme == 'iprox':
            a, b = sec.split('/')
            return '%s/%s/%s' % (a, b, row['title'].replace(' ', '_').replace('/', '_'))
        if self.scheme == 'catalog':
            self.ncat += 7
            return 'product?id=%d' % self.ncat
        if self.scheme == 'owc':
            return 'onderwerpen/%s/%s/' % (slugify(sec.split('/')[-1]), s)
        if self.scheme == 'nlds':
            return 'loket/vergunningen/%s' % s
        if self.scheme == 'sitecore':
            return 'loket/%s/%s' % (slugify(sec.split('/')[-1]), s)
        if self.scheme == 'wp':
            return 'onderwerp/%s/' % s
        if self.scheme == 'typo3':
            return 'regels-en-vergunningen/%s' % s
        if self.scheme == 'drupal':
            return 'loket/%s' % s
        raise ValueError(self.scheme)

    def href(self, target, frm):
        """Link as the site writes it: absolute path, '../' relative (iprox) or relative to <base href>."""
        if target.startswith('http') or target.startswith('mailto') or target.startswith('tel'):
            if target.startswith('http://%s/' % self.host):
                target = target[len('http://%s/' % self.host):]
            else:
                return target
        target = target.lstrip('/')
        if 'base' in self.flags:
            return target                          # resolved against <base href="http://host/">
        if 'relative' in self.flags:
            depth = frm.count('/')
            return '../' * depth + target if depth else (target or './')
        return '/' + target

    # ---- layout
    def page(self, path, title, main, lang='nl', extra_head=''):
        h = lambda t: self.href(t, path)
        navl = ''.join('<li><a href="%s">%s</a></li>' % (esc(h(u)), esc(t)) for t, u in self.nav)
        login = ''
        if 'sitelogin' in self.flags:
            login = '<a class="mijn-login" href="%s">Mijn %s (inloggen met DigiD)</a>' % (esc(h('mijn/inloggen')), esc(self.town))
        foot = '<footer class="site-footer"><p>%s</p><ul><li><a href="%s">Contact</a></li><li><a href="%s">Privacy</a></li>' \
               '<li><a href="%s">Toegankelijkheid</a></li><li><a href="%s">Sitemap</a></li></ul>' % (
                   esc(self.name), h('contact/'), h('privacy/'), h('toegankelijkheid/'), h('a-z/'))
        if 'footerdigid' in self.flags:
            foot += '<p class="logos"><img src="%s" alt="DigiD"> <img src="%s" alt="eHerkenning"> Wij werken met DigiD en eHerkenning.</p>' % (
                h('img/digid.png'), h('img/eherkenning.png'))
        foot += '</footer>'
        base = '<base href="http://%s/">' % self.host if 'base' in self.flags else ''
        alt = ''
        return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8">%s<title>%s | %s</title>'
                '<meta name="viewport" content="width=device-width, initial-scale=1">%s%s'
                '<style>body{font-family:sans-serif}header{background:%s;color:#fff}</style></head><body>'
                '<a class="skip" href="#main">Naar de inhoud</a><header class="header"><a class="logo" href="%s"><img src="%s" alt="Logo %s"></a>'
                '<form class="zoek" action="%s" method="get"><label>Zoeken <input name="q"></label><button>Zoek</button></form>%s'
                '<nav aria-label="Hoofdmenu"><ul>%s</ul></nav></header><main id="main">%s</main>%s</body></html>') % (
            lang, base, esc(title), esc(self.name), extra_head, alt, self.color, h('home' if ('cookiewall' in self.flags or 'taal' in self.flags) else ''),
            h('img/logo.png'), esc(self.name), h('zoeken'), login, navl, main, foot)

    def put(self, path, title, main, **kw):
        put(self.host, path, self.page(path, title, main, **kw))
        return self.abs(path)


FORMHOST_LOGIN = {}


def login_redirect(host, path, kind, sp):
    idp, p = (DIGID, 'inloggen') if kind == 'digid' else (EH, 'kies-uw-inlogmiddel')
    BEH['redirects'].append({'url': 'http://%s/%s' % (host, path), 'status': 302,
                             'location': 'http://%s/%s?sp=%s' % (idp, p, sp)})
    return 'http://%s/%s' % (host, path)


PREFILL = '<p class="prefill">Na het inloggen zijn uw naam, adres en BSN al ingevuld; we halen uw gegevens op uit de Basisregistratie Personen (BRP).</p>'


def form_fields(key):
    f = ['Naam', 'Adres', 'Postcode en woonplaats', 'Telefoonnummer', 'E-mailadres']
    if key in ('klacht', 'bezwaar', 'woo-verzoek'):
        f += ['Waar gaat het over?', 'Toelichting']
    elif 'melding' in key:
        f += ['Locatie', 'Omschrijving']
    else:
        f += ['Omschrijving van uw aanvraag', 'Datum']
    return f


def make_form(site, row, kind):
    """Create the organisation's own form for row; return its URL (the route that decides the level)."""
    key, title = row['key'], row['title']
    s = slugify(row.get('formname') or title)
    fm = site.forms
    pre = PREFILL if 'prefill' in row['flags'] else ''
    fh = site.formhost
    lbl = {'digid': 'Inloggen met DigiD', 'eh': 'Inloggen met eHerkenning'}
    ftitle = row.get('formtitle') or ('Formulier ' + title.lower() if not title.lower().startswith(('aanvra', 'formulier')) else title)
    kinds = ['digid', 'eh'] if kind == 'digid_eh' else ([kind] if kind in ('digid', 'eh') else [])
    if fm == 'openforms':
        path = '%s/' % s
        if kinds:
            starts = [login_redirect(fh, 'auth/%s/%s/start' % (s, 'digid' if k == 'digid' else 'eherkenning'), k, s) for k in kinds]
            inner = ''.join('<a class="openforms-button" href="%s">%s</a> ' % (u, lbl[k]) for u, k in zip(starts, kinds))
            intro = 'Log in om dit formulier te starten.'
        else:
            inner = ''.join('<label>%s <input name="f%d"></label>' % (f, i) for i, f in enumerate(form_fields(key)))
            inner = '<form method="post" action="/api/v2/submissions">%s<button type="submit">Volgende</button></form>' % inner
            intro = 'Vul het formulier in. Dit duurt ongeveer 10 minuten.'
        js = json.dumps('<h1>%s</h1><p>%s</p>%s%s' % (esc(ftitle), intro, pre, inner))
        body = ('<div class="header-logo">%s</div><div id="openforms-root" data-base-api-url="http://%s/api/v2/" data-form-id="%s"></div>'
                '<noscript>Om dit formulier te gebruiken moet JavaScript aan staan.</noscript>'
                '<script>(function(){var r=document.getElementById("openforms-root");r.innerHTML=%s;})();</script>') % (esc(site.name), fh, s, js)
        put(fh, path, simple_page(ftitle + ' - ' + site.name, body))
        feat('open_forms_js_form')
        return 'http://%s/%s' % (fh, path)
    if fm == 'triple':
        name = ''.join(w.capitalize() for w in s.split('-'))[:40]
        path = 'TriplEforms/DirectRegelen/%s.aspx' % name
    elif fm == 'eform':
        path = 'formulier/%s' % s
    elif fm == 'exxellence':
        path = 'eloket/formulier/%s.aspx' % s
    elif fm == 'gravity':
        path = '%s/' % s
    elif fm == 'wpform':
        path = 'formulieren/%s/' % s
    else:
        raise ValueError(fm)
    if kinds:
        btns = ''
        for k in kinds:
            u = login_redirect(fh, '%s/login/%s' % (path.rstrip('/').replace('.aspx', ''), k), k, s)
            if 'img' == row['mech'] and k == 'digid':
                btns += '<a href="%s"><img src="http://%s/img/digid.png" alt="Inloggen met DigiD"></a> ' % (u, fh)
            else:
                btns += '<a class="btn" href="%s">%s</a> ' % (u, lbl[k])
        put(fh, 'img/digid.png', png_bytes())
        body = '<h1>%s</h1><p>Voor dit formulier moet u inloggen.</p>%s<div class="login">%s</div>' % (esc(ftitle), pre, btns)
    else:
        fields = ''.join('<p><label for="f%d">%s</label><input id="f%d" name="f%d"></p>' % (i, f, i, i) for i, f in enumerate(form_fields(key)))
        body = '<h1>%s</h1><p>Velden met een * zijn verplicht.</p><form method="post" action="%s">%s<p><button type="submit">Versturen</button></p></form>' % (
            esc(ftitle), esc('/' + path), fields)
    if fm == 'wpform':
        site.put(path, ftitle, body)
        return site.abs(path)
    put(fh, path, simple_page(ftitle + ' - ' + site.name, '<div class="banner">%s - digitaal loket</div>%s' % (esc(site.name), body)))
    return 'http://%s/%s' % (fh, path)


def make_pdf(site, row, docpage):
    s = slugify(row.get('formname') or row['title'])
    title = 'Aanvraagformulier ' + row['title'].lower() if 'melding' not in row['key'] else 'Meldingsformulier ' + row['title'].lower()
    b = pdf_bytes(title + ' - ' + site.name, ['Gegevens aanvrager', 'Naam:', 'Adres:', 'Postcode en woonplaats:', 'Telefoon:',
                                                'E-mail:', 'Omschrijving:', 'Datum:', 'Handtekening:', 'Stuur dit formulier naar ' + site.name + '.'])
    pp = 'documenten/%s.pdf' % s if site.scheme != 'iprox' else 'Documenten/%s.pdf' % s.replace('-', '_')
    put(site.host, pp, b)
    pdf_url = site.abs(pp)
    if not docpage:
        return pdf_url, pdf_url, 'Aanvraagformulier %s (pdf, %d kB)' % (row['title'].lower(), kb(b))
    dp = 'documenten/%s' % s if site.scheme != 'iprox' else 'Documenten/%s' % s.replace('-', '_')
    main = ('<h1>%s</h1><dl class="document-meta"><dt>Bestandstype</dt><dd>PDF</dd><dt>Grootte</dt><dd>%d kB</dd>'
            '<dt>Publicatiedatum</dt><dd>12-03-2026</dd></dl><p><a class="button download" href="%s">Download</a></p>') % (
        esc(title), kb(b), esc(site.href(pp, dp)))
    site.put(dp, title, main)
    feat('document_page')
    return site.abs(dp), pdf_url, title


def cta_html(site, path, url, text, mech, row):
    h = site.href(url, path) if url.startswith('http://%s/' % site.host) else url
    if mech == 'button':
        feat('cta_button_onclick')
        return '<p><button type="button" class="btn-primary" onclick="location.href=\'%s\'">%s</button></p>' % (esc(h), esc(text))
    if mech == 'getform' and '?' in url:
        feat('cta_get_form')
        base, q = url.split('?', 1)
        k, v = q.split('=', 1)
        return '<form class="cta" action="%s" method="get"><input type="hidden" name="%s" value="%s"><button type="submit">%s</button></form>' % (
            esc(base), k, esc(v), esc(text))
    if mech == 'iframe':
        feat('cta_iframe')
        return '<iframe src="%s" title="%s" width="100%%" height="700"></iframe>' % (esc(h), esc(text))
    if mech == 'jsa':
        feat('cta_script_written')
        return '<div id="cta"></div><script>document.getElementById("cta").innerHTML=%s;</script>' % json.dumps(
            '<a class="button" href="%s">%s</a>' % (esc(h), esc(text)))
    return '<p><a class="button" href="%s">%s</a></p>' % (esc(h), esc(text))


VIA_TEXT = {
 'olo': ('U vraagt de vergunning aan of doet de melding via het Omgevingsloket van de overheid.', 'Naar het Omgevingsloket'),
 'gblt_kw': ('De belastingen van het waterschap worden geheven en geïnd door GBLT. Vraag kwijtschelding aan bij GBLT.', 'Kwijtschelding aanvragen bij GBLT'),
 'gblt_br': ('GBLT int de waterschapsbelastingen. Een betalingsregeling vraagt u aan bij GBLT.', 'Betalingsregeling bij GBLT'),
 'gblt_bz': ('Bezwaar tegen uw aanslag maakt u bij GBLT, dat de belastingen voor ons heft.', 'Bezwaar maken bij GBLT'),
 'gblt_zh': ('GBLT legt de aanslag zuiveringsheffing op namens ons. Wijzigingen geeft u door bij GBLT.', 'Naar GBLT'),
 'gblt_wsh': ('GBLT legt de aanslag watersysteemheffing op namens ons.', 'Naar GBLT'),
 'bghu_kw': ('De BghU heft en int de gemeentelijke belastingen voor onze gemeente. U vraagt kwijtschelding aan bij de BghU.', 'Kwijtschelding aanvragen bij BghU'),
 'bghu_bz': ('De BghU stelt de WOZ-waarde vast voor onze gemeente. Bezwaar maakt u bij de BghU.', 'Bezwaar maken bij BghU'),
 'bghu_br': ('Een betalingsregeling regelt u bij de BghU.', 'Naar de BghU'),
 'dlf_kw': ('Kwijtschelding van de waterschapsbelastingen vraagt u aan via ons belastingloket.', 'Kwijtschelding aanvragen'),
 'dlf_bz': ('Bezwaar tegen de aanslag maakt u via ons belastingloket.', 'Bezwaar maken'),
 'dlf_br': ('Een betalingsregeling vraagt u aan via ons belastingloket.', 'Betalingsregeling aanvragen'),
 'dlf_zh': ('Het aantal vervuilingseenheden wijzigen doet u in het belastingloket.', 'Naar het belastingloket'),
 'dlf_wsh': ('Uw aanslag watersysteemheffing bekijken of een wijziging doorgeven doet u in het belastingloket.', 'Naar het belastingloket'),
 'gblt_mijn': ('GBLT legt de aanslagen zuiveringsheffing en watersysteemheffing namens ons op. Bekijk uw aanslag of geef een wijziging door in Mijn GBLT.', 'Naar Mijn GBLT'),
 'bij12': ('BIJ12 behandelt schade door beschermde dieren namens alle provincies. Meld de schade bij BIJ12.', 'Schade melden bij BIJ12'),
 'hwparkeren': ('Parkeervergunningen regelt u in het Parkeerloket Harderwijk.', 'Naar het Parkeerloket'),
 'ztmeldingen': ('Meldingen over de openbare ruimte doet u via de meldingsapp van de gemeente.', 'Melding doen'),
 'achterhoekafval': ('Het ophalen van grof afval regelt het Afvalloket Achterhoek voor onze gemeente.', 'Grof afval aanmelden'),
}

KOSTEN = {
 'brp-uittreksel': 'Een uittreksel kost 15,80 euro.', 'verhuismelding': 'Verhuizing doorgeven is gratis.', 'geboorteaangifte': 'Geboorteaangifte is gratis.',
 'overlijdensaangifte': 'Aangifte van overlijden is gratis.', 'paspoort': 'Een paspoort voor volwassenen kost 83,15 euro.', 'identiteitskaart': 'Een identiteitskaart voor volwassenen kost 77,35 euro.',
 'hondenbelasting': 'Het tarief vindt u bij de belastingtarieven.', 'belastingkwijtschelding': 'Aan een verzoek om kwijtschelding zijn geen kosten verbonden.',
 'woz-bezwaar': 'Bezwaar maken is gratis.', 'bezwaar': 'Bezwaar maken is gratis.', 'klacht': 'Een klacht indienen is gratis.', 'woo-verzoek': 'Een Woo-verzoek is gratis.',
 'melding-openbare-ruimte': 'Een melding doen is gratis.', 'watermelding': 'Voor een melding betaalt u geen leges.', 'watervergunning': 'Een watervergunning is gratis.',
 'grofvuil': 'Het ophalen van 2 m3 grofvuil is gratis; daarboven betaalt u per keer.', 'bijstand': 'Aan de aanvraag zijn geen kosten verbonden.',
 'belastingaanslag-bezwaar': 'Bezwaar maken is gratis.', 'betalingsregeling': 'Aan een betalingsregeling zijn geen kosten verbonden.',
}

NEWS_TEMPLATES = {
 'paspoort': ('Drukte bij balie paspoorten verwacht', 'Veel paspoorten en identiteitskaarten verlopen dit jaar. Vraag uw paspoort op tijd aan en maak online een afspraak.'),
 'identiteitskaart': ('ID-kaart nu 10 jaar geldig', 'Een identiteitskaart is voor volwassenen 10 jaar geldig. Aanvragen doet u aan de balie.'),
 'afvalcontainer': ('Nieuwe containers voor gft', 'Alle huishoudens krijgen een nieuwe gft-container. U hoeft niets aan te vragen.'),
 'subsidie': ('Subsidieregeling groene daken weer open', 'Vanaf 1 april kunt u weer subsidie aanvragen voor een groen dak. Lees hoe op de subsidiepagina.'),
 'watervergunning': ('Nieuwe Keur en legger vastgesteld', 'Het algemeen bestuur heeft de nieuwe waterschapsverordening vastgesteld. Voor werken bij watergangen heeft u soms een watervergunning nodig.'),
 'natuurvergunning': ('Stikstof: provincie hervat vergunningverlening', 'De provincie neemt weer aanvragen voor een natuurvergunning in behandeling.'),
 'zuiveringsheffing': ('Tarieven waterschapsbelasting 2026 bekend', 'De zuiveringsheffing stijgt volgend jaar met 4 procent.'),
 'kapvergunning': ('Kapvergunning afgeschaft voor particuliere tuinen', 'Voor bomen in uw eigen tuin heeft u vanaf dit jaar vaak geen vergunning meer nodig.'),
 'omgevingsvergunning': ('Een jaar Omgevingswet', 'Sinds de Omgevingswet vraagt u vergunningen aan via het Omgevingsloket.'),
 'wegvergunning-provinciaal': ('Werkzaamheden N-weg afgerond', 'Wie werk langs de provinciale weg wil uitvoeren, vraagt daar toestemming voor.'),
 'melding-openbare-ruimte': ('Meer meldingen over zwerfafval', 'Het aantal meldingen over zwerfafval is gestegen. Doe een melding als u iets ziet.'),
 'watermelding': ('Droogte: beregeningsverbod', 'Vanwege droogte geldt een verbod op beregenen uit oppervlaktewater. Een melding voor beregenen uit grondwater blijft nodig.'),
 'hondenbelasting': ('Gemeenteraad besluit over hondenbelasting', 'De raad heeft gesproken over de toekomst van de hondenbelasting.'),
 'evenementenvergunning': ('Evenementenkalender zomer', 'Organiseert u dit jaar een evenement? Vraag de vergunning tijdig aan.'),
}


def build_row(site, row, P):
    key = row['key']
    flags = row['flags']
    r = row['route']
    lab = dict(org_code=site.code, product_key=key, level='', status='ok', product_url='', route_url='',
               level_strict='', via='', notes='')
    notes = []
    if r == 'notfound':
        lab['status'] = 'not_found'
        notes.append('No page for this product on the site.')
        if 'stale' in flags:
            stale = 'product?id=9%03d' % (len(site.az) + 11) if site.scheme == 'catalog' else slugify(row['title'] or key) + '-oud'
            site.az.append((row['title'] or P[key]['name_nl'], site.abs(stale)))
            notes.append('A-Z lists a stale link that answers with the soft-404 page (status 200).')
            feat('stale_link_soft404')
        lab['notes'] = ' '.join(notes)
        return lab
    if r == 'notoffered':
        path = site.product_path(row)
        stmt = row['statement'].format(org=site.name, town=site.town)
        others = row.get('others', '')
        main = '<h1>%s</h1>%s<p>%s</p>' % (esc(row['title']), others, stmt)
        lab['status'] = 'not_offered'
        lab['product_url'] = site.put(path, row['title'], main)
        site.az.append((row['title'], lab['product_url']))
        lab['notes'] = 'Not offered: the page "%s" states "%s"' % (row['title'], stmt)
        feat('not_offered_under_other_title')
        return lab
    if r.startswith('shared:'):
        return None   # filled later
    path = row.get('path') or site.product_path(row)
    url = site.abs(path)
    first = row.get('intro') or TEXT[key]
    first = first.format(org=site.name, town=site.town)
    level, strict, route_url, via = 0, 0, '', ''
    cta = ''
    mech = row['mech']
    if r.startswith('via:'):
        v = r[4:]
        vurl, level, strict, vnote = VIA[v]
        txt, btn = VIA_TEXT[v]
        how = txt
        cta = cta_html(site, path, vurl, btn, mech, row)
        route_url, via = vurl, vurl.split('/')[2]
        notes.append('Via %s.' % vnote)
        feat('via_shared_body')
    elif r in ('digid', 'eh', 'digid_eh', 'form'):
        how = row.get('how') or HOE[r]
        furl = make_form(site, row, r)
        if mech == 'getform':
            host, fpath = furl.split('/', 3)[2], furl.split('/', 3)[3]
            s = slugify(row.get('formname') or row['title'])
            put(host, 'start?formulier=%s' % s, PAGES[(host, fpath)])
            furl = 'http://%s/start?formulier=%s' % (host, s)
        route_url = furl
        level = 100 if r != 'form' else 67
        strict = 100 if (r != 'form' and 'prefill' in flags) else 67
        txt = site.cta.get(r, 'Aanvragen')
        if mech == 'ov':
            ov = site.abs(site.overview_path)
            site.forms_list.append((row.get('formtitle') or txt + ': ' + row['title'], furl, r))
            cta = cta_html(site, path, ov, 'Naar alle formulieren', 'a', row)
            notes.append('Product page links to the forms overview "%s"; the form is one of many there.' % site.overview_title)
            feat('forms_overview_page')
        elif mech == 'img':
            # the login start itself, shown as image only
            st = [x for x in BEH['redirects'] if x['url'].startswith(furl.rstrip('/').replace('.aspx', '')) and x['url'].endswith('/login/digid')]
            target = st[-1]['url'] if st else furl
            cta = '<p><a href="%s"><img src="%s" alt="Inloggen met DigiD" width="60" height="24"></a></p>' % (esc(target), esc(site.href('img/digid.png', path)))
            route_url = target
            notes.append('DigiD only as an image with alt text; link is the login start (302 to the IdP).')
            feat('digid_image_only')
        else:
            cta = cta_html(site, path, furl, txt, mech, row)
            if mech == 'js':
                feat('cta_to_js_only_form')
        site.forms_list.append((row.get('formtitle') or row['title'], furl, r))
        notes.append({'digid': 'Own DigiD form', 'eh': 'Own eHerkenning form', 'digid_eh': 'Own form with DigiD and eHerkenning',
                      'form': 'Anonymous web form'}[r] + ' on %s (%s).' % (furl.split('/')[2], site.forms))
        if strict == 100:
            notes.append('Explicit BRP pre-fill statement.')
    elif r in ('pdf', 'doc'):
        how = row.get('how') or HOE[r]
        dp, pdfu, lt = make_pdf(site, row, r == 'doc')
        level = strict = 33
        route_url = pdfu
        cta = cta_html(site, path, dp, lt if r == 'pdf' else lt + ' (document)', mech, row)
        notes.append('Printable PDF form' + (' behind a document page with a Download button.' if r == 'doc' else '.'))
        site.forms_list.append((lt, dp, r))
    elif r == 'info':
        how = row.get('how') or HOE['info']
        notes.append('Information only.')
    else:
        raise ValueError(r)
    extras = ''
    for f in flags:
        if f == 'appt':
            site.appt = 'afspraak.%s' % (site.host.split('.', 1)[1] if site.host.startswith('www.') else site.host)
            extras += '<p>Maak eerst een afspraak. <a href="http://%s/afspraak-maken?product=%s">Afspraak maken</a></p>' % (site.appt, slugify(key))
            notes.append('Online appointment booking (not a form).')
            feat('appointment_booking')
        elif f == 'contact':
            extras += '<p>Heeft u nog vragen? Stel uw vraag via het <a href="%s">contactformulier</a>.</p>' % esc(site.href('contact/formulier', path))
            notes.append('Trap: generic contact form linked from the page.')
            feat('trap_contact_form')
        elif f == 'mailto':
            extras += '<p>U kunt uw aanvraag ook mailen naar <a href="mailto:info@%s">info@%s</a>.</p>' % (site.host.replace('www.', ''), site.host.replace('www.', ''))
            notes.append('Trap: mailto link.')
            feat('trap_mailto')
        elif f == 'regpdf':
            rp = 'documenten/%s-regels.pdf' % slugify(key)
            rb = pdf_bytes('Beleidsregels en tarieven ' + P[key]['name_nl'].lower(), ['Artikel 1 Begripsbepalingen', 'Artikel 2 Toepassingsbereik',
                           'Artikel 3 Tarieven 2026: zie tabel', 'Artikel 4 Inwerkingtreding'], form=False)
            put(site.host, rp, rb)
            extras += '<p><a href="%s">Beleidsregels en tarieven (pdf, %d kB)</a></p>' % (esc(site.href(rp, path)), kb(rb))
            notes.append('Trap: regulation/tariff PDF.')
            feat('trap_regulation_pdf')
        elif f == 'status':
            lu = login_redirect(site.host, 'mijn-zaken/inloggen', 'digid', 'mijnzaken')
            extras += '<h2>Status van uw aanvraag</h2><p>Heeft u al een aanvraag gedaan? Bekijk de status in Mijn Zaken. <a href="%s">Inloggen met DigiD</a></p>' % esc(site.href(lu, path))
            notes.append('Trap: status-tracker login (Mijn Zaken) is not a request route.')
            feat('trap_status_tracker')
        elif f == 'news':
            t, b = NEWS_TEMPLATES.get(key, ('Nieuws over ' + P[key]['name_nl'].lower(), 'Lees meer over ' + P[key]['name_nl'].lower() + '.'))
            np_ = 'nieuws/%s' % slugify(t)
            site.news.append((t, np_, '<p>%s</p><p>Lees meer op <a href="%s">%s</a>. Naar <a href="http://%s/">Mijn omgeving (DigiD)</a></p>' % (
                esc(b), esc(site.href(url, np_)), esc(row['title']), DIGID)))
            notes.append('Trap: news article mentioning the product (links to an IdP).')
            feat('trap_news_article')
        elif f == 'en':
            ep = 'en/' + slugify(P[key]['name_en'] if P[key].get('name_en') else key)
            site.put(ep, P[key].get('name_en') or key, '<h1>%s</h1><p>This page in English. %s</p>%s<p><a href="%s">Nederlandse versie</a></p>' % (
                esc(P[key].get('name_en') or key), 'You can arrange this with the same online service as on the Dutch page.' if level >= 67 else 'Please contact us.',
                cta, esc(site.href(url, ep))), lang='en')
            extras += '<p lang="en"><a href="%s" hreflang="en">English</a></p>' % esc(site.href(ep, path))
            notes.append('English page beside the Dutch one.')
            feat('english_page')
        elif f == 'audience':
            other = row['audience_page']
            ap = (path.rstrip('/') + '-ondernemers') if site.scheme != 'catalog' else site.product_path(row)
            ah, ab = other
            site.put(ap, row['title'], '<h1>%s</h1><p class="doelgroep">Voor ondernemers</p>%s' % (esc(row['title']), ab))
            extras += '<p>Bent u ondernemer? Zie <a href="%s">%s (ondernemers)</a>.</p>' % (esc(site.href(ap, path)), esc(row['title']))
            notes.append(ah)
            feat('audience_pages_same_name')
        elif f == 'sibling':
            sp_, st, sb = row['sibling']
            site.put(sp_, st, '<h1>%s</h1>%s' % (esc(st), sb))
            site.az.append((st, site.abs(sp_)))
            extras += '<p>Zie ook: <a href="%s">%s</a></p>' % (esc(site.href(sp_, path)), esc(st))
            notes.append('Sibling page "%s" on the site.' % st)
            feat('similar_permit_pages')
    if row.get('notes'):
        notes.append(row['notes'])
    if 'sitelogin' in site.flags:
        notes.append('Trap: site-wide "Mijn" login in the header.')
    if 'footerdigid' in site.flags:
        notes.append('Trap: DigiD logo in the footer.')
    h1, h2, h3 = site.heads
    if 'kosten' not in row:
        row['kosten'] = KOSTEN.get(key, 'De kosten vindt u in de legesverordening (tarieventabel) van dit jaar.')
    extra_first = row.get('extra_first', '')
    if site.direct_block and cta and level >= 67:
        top = '<div class="direct-regelen"><h2>Direct regelen</h2>%s</div>' % cta
        cta_bottom = ''
    else:
        top, cta_bottom = '', cta
    main = ('<nav class="breadcrumb"><a href="%s">Home</a> &gt; %s</nav><h1>%s</h1>%s<p class="intro">%s</p>%s<h2>%s</h2><p>%s</p>'
            '<h2>%s</h2><p>%s</p>%s%s<h2>%s</h2><p>%s</p>') % (
        esc(site.href('', path)), esc(row['title']), esc(row['title']), top, esc(first.split('? ')[0] + '?' if '? ' in first else first.split('. ')[0].rstrip('.') + '.'), extra_first, h1, esc(first),
        h2, esc(how), cta_bottom, extras, h3, row.get('kosten', 'Zie de actuele tarieven op onze website.'))
    site.put(path, row['title'], main)
    site.az.append((row['title'], url))
    if row.get('alttitle'):
        site.az.append((row['alttitle'], url))
    lab.update(level=str(level), level_strict=str(strict), product_url=url, route_url=route_url, via=via, notes=' '.join(notes))
    return lab


def finish_site(site, P, rows_done):
    h = site.host
    put(h, 'img/logo.png', png_bytes(120, 40, (0, 90, 160)))
    put(h, 'img/digid.png', png_bytes())
    put(h, 'img/eherkenning.png', png_bytes(rgb=(200, 0, 80)))
    if 'sitelogin' in site.flags:
        login_redirect(h, 'mijn/inloggen', 'digid', 'mijn')
    if site.appt:
        ah = site.appt
        put(ah, 'afspraak-maken', simple_page('Afspraak maken - ' + site.name, '<h1>Afspraak maken</h1><p>Kies het onderwerp, de datum en de tijd van uw afspraak op het stadhuis.</p>'
            '<form method="post" action="/afspraak-maken/bevestigen"><label>Onderwerp <select name="product"><option>Paspoort aanvragen</option><option>Identiteitskaart aanvragen</option>'
            '<option>Rijbewijs aanvragen</option><option>Geboorteaangifte</option></select></label><label>Datum <input type="date" name="datum"></label>'
            '<label>Tijd <select name="tijd"><option>09:00</option><option>09:15</option></select></label><label>Naam <input name="naam"></label>'
            '<label>E-mail <input name="email"></label><button>Afspraak bevestigen</button></form>'))
        put(ah, 'robots.txt', 'User-agent: *\nDisallow: /\n')
    # forms overview
    if site.forms_list:
        items = ''.join('<li><a href="%s">%s</a>%s</li>' % (esc(site.href(u, site.overview_path)), esc(t),
                        {'digid': ' (DigiD)', 'eh': ' (eHerkenning)', 'digid_eh': ' (DigiD of eHerkenning)', 'form': '', 'pdf': ' (pdf)', 'doc': ' (pdf)'}[k])
                        for t, u, k in sorted(site.forms_list))
        site.put(site.overview_path, site.overview_title, '<h1>%s</h1><p>Hier vindt u al onze digitale formulieren op alfabet.</p><ul class="formulieren">%s</ul>' % (
            esc(site.overview_title), items))
    # A-Z
    azl = sorted(set(site.az), key=lambda x: x[0].lower())
    site.put('a-z/', 'Producten en diensten A-Z', '<h1>Producten en diensten van A tot Z</h1><ul>%s</ul>' % ''.join(
        '<li><a href="%s">%s</a></li>' % (esc(site.href(u, 'a-z/')), esc(t)) for t, u in azl))
    # contact + generic contact form (trap)
    site.put('contact/', 'Contact', '<h1>Contact</h1><p>Bel <a href="tel:140000">14 0%s</a> of mail naar <a href="mailto:info@%s">info@%s</a>.</p>'
             '<p><a href="%s">Stel uw vraag via het contactformulier</a></p><p>Bezoekadres: Stadhuisplein 1, %s</p>' % (
                 site.code[-3:], h.replace('www.', ''), h.replace('www.', ''), esc(site.href('contact/formulier', 'contact/')), esc(site.town)))
    subjects = ''.join('<option>%s</option>' % esc(P[r['key']]['name_nl']) for r in rows_done[:12])
    site.put('contact/formulier', 'Contactformulier', '<h1>Contactformulier</h1><p>Heeft u een vraag, bijvoorbeeld over een vergunning of een aanvraag? Stel hem hier.</p>'
             '<form method="post" action="%s"><label>Onderwerp <select name="onderwerp">%s<option>Anders</option></select></label>'
             '<label>Uw vraag <textarea name="vraag"></textarea></label><label>E-mail <input name="email"></label><button>Verzenden</button></form>' % (
                 esc(site.href('contact/formulier', 'contact/formulier')), subjects))
    site.put('privacy/', 'Privacyverklaring', '<h1>Privacyverklaring</h1><p>Wij gaan zorgvuldig om met uw gegevens.</p>')
    site.put('toegankelijkheid/', 'Toegankelijkheid', '<h1>Toegankelijkheid</h1><p>Wij voldoen aan WCAG 2.1 niveau AA.</p>')
    # news
    nl = ''
    for t, p, b in site.news:
        site.put(p, t, '<article><h1>%s</h1><p class="datum">Nieuwsbericht | 2 november 2026</p>%s</article>' % (esc(t), b))
        nl += '<li><a href="%s">%s</a></li>' % (esc(site.href(p, 'nieuws/')), esc(t))
    site.put('nieuws/', 'Nieuws', '<h1>Nieuws</h1><ul>%s</ul>' % nl)
    # navigation / section pages
    for t, u in site.nav:
        p = u.replace('http://%s/' % h, '')
        if (h, p) in PAGES:
            continue
        members = [(rt, ru) for rt, ru, sec in site.sectlinks if sec == t]
        site.put(p, t, '<h1>%s</h1><ul class="cards">%s</ul>' % (esc(t), ''.join(
            '<li><a href="%s">%s</a></li>' % (esc(site.href(ru, p)), esc(rt)) for rt, ru in members)))
    # homepage
    home = 'home' if ('cookiewall' in site.flags or 'taal' in site.flags) else ''
    topl = ''.join('<li><a href="%s">%s</a></li>' % (esc(site.href(u, home)), esc(t)) for t, u in site.top)
    news = ''.join('<li><a href="%s">%s</a></li>' % (esc(site.href(p, home)), esc(t)) for t, p, b in site.news[:4])
    site.put(home, 'Home', '<h1>Welkom bij %s</h1><section><h2>Veelgezocht</h2><ul>%s</ul></section>'
             '<section><h2>Snel naar</h2><ul><li><a href="%s">Producten A-Z</a></li><li><a href="%s">%s</a></li><li><a href="%s">Contact</a></li></ul></section>'
             '<section><h2>Nieuws</h2><ul>%s</ul><a href="%s">Alle nieuwsberichten</a></section>' % (
                 esc(site.name), topl, esc(site.href('a-z/', home)), esc(site.href(site.overview_path, home)), esc(site.overview_title),
                 esc(site.href('contact/', home)), news, esc(site.href('nieuws/', home))))
    if 'cookiewall' in site.flags:
        feat('cookie_consent_interstitial')
        if 'cookieform' in site.flags:
            put(h, 'cookies/akkoord', PAGES[(h, 'home')])
            put(h, '', simple_page('Cookies - ' + site.name, '<div class="cookie-consent"><h1>%s gebruikt cookies</h1><p>Wij gebruiken functionele en analytische cookies. '
                'Kies of u ook cookies voor video en sociale media accepteert.</p><form method="get" action="/cookies/akkoord">'
                '<input type="hidden" name="keuze" value="alle"><button>Alle cookies accepteren</button></form>'
                '<form method="get" action="/cookies/akkoord"><input type="hidden" name="keuze" value="noodzakelijk"><button>Alleen noodzakelijke cookies</button></form></div>' % esc(site.name)))
        else:
            put(h, '', simple_page('Cookie-instellingen - ' + site.name, '<div class="cookiebar"><h1>Cookies op %s</h1><p>Deze website gebruikt cookies. '
                'Gaat u akkoord?</p><p><a class="accept" href="/home?cookies=ja">Accepteren</a> <a href="/home?cookies=nee">Weigeren</a></p></div>' % esc(site.name)))
    if 'taal' in site.flags:
        feat('language_splash')
        put(h, '', simple_page('Kies uw taal / Choose your language', '<h1>%s</h1><p>Kies uw taal / Choose your language</p><ul><li><a href="/home" hreflang="nl">Nederlands</a></li>'
            '<li><a href="/en/" hreflang="en">English</a></li></ul>' % esc(site.name)))
        site.put('en/', 'Welcome', '<h1>Welcome to %s</h1><p>Most of our services are in Dutch. <a href="/home">Nederlands</a></p>' % esc(site.name), lang='en')
    # robots, sitemap
    rob = 'User-agent: *\nDisallow: /zoeken\n'
    if 'sitemap' in site.flags:
        feat('sitemap_xml')
        urls = sorted(set('http://%s/%s' % (hh, p) for hh, p in PAGES if hh == h and not p.endswith(('.png', '.pdf')) and '?' not in p))
        put(h, 'sitemap.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s</urlset>\n' % ''.join(
            '<url><loc>%s</loc></url>\n' % esc(u) for u in urls))
        rob += 'Sitemap: http://%s/sitemap.xml\n' % h
    put(h, 'robots.txt', rob)
    # soft 404
    if 'soft404' in site.flags:
        put('_errors', '%s.html' % h, site.page('404', 'Pagina niet gevonden', '<h1>Pagina niet gevonden</h1><p>De pagina die u zoekt bestaat niet (meer). '
            'Gebruik de zoekfunctie of ga naar de <a href="/">homepage</a>.</p>'))
        BEH['not_found_pages'].append({'host': h, 'file': '_errors/%s.html' % h, 'status': 200})
        feat('soft_404')
    if 'search' not in site.flags:
        site.put('zoeken', 'Zoeken', '<h1>Zoeken</h1><p>Typ een zoekterm in het zoekveld bovenaan de pagina.</p>')
    if 'search' in site.flags:
        idx = [{'url': u, 'title': t, 'text': t} for t, u in azl]
        put('_search', '%s.json' % h, json.dumps(idx, ensure_ascii=False, indent=0))
        put('_search', '%s.html' % h, site.page('zoeken', 'Zoekresultaten', '<h1>Zoekresultaten voor <!--QUERY--></h1><!--RESULTS-->'))
        BEH['searches'].append({'host': h, 'path': '/zoeken', 'param': 'q', 'index': '_search/%s.json' % h, 'template': '_search/%s.html' % h})
        feat('site_search')
    if site.catalog_index:
        # catalogue overview with query string links
        feat('catalogue_query_urls')
    if 'base' in site.flags:
        feat('base_href')
    if 'relative' in site.flags:
        feat('dotdot_relative_links')


GSECT = [('Burgerzaken', 'brp-uittreksel verhuismelding geboorteaangifte overlijdensaangifte huwelijksaangifte paspoort identiteitskaart'),
         ('Parkeren en verkeer', 'parkeervergunning gehandicaptenparkeerkaart gehandicaptenparkeerplaats uitwegvergunning'),
         ('Belastingen', 'hondenbelasting belastingkwijtschelding woz-bezwaar reclamebelasting betalingsregeling belastingaanslag-bezwaar zuiveringsheffing watersysteemheffing'),
         ('Zorg en inkomen', 'bijstand bijzondere-bijstand wmo-voorziening leerlingenvervoer'),
         ('Afval', 'grofvuil afvalcontainer'),
         ('Wonen en omgeving', 'omgevingsvergunning kapvergunning bouwdossier-inzage melding-openbare-ruimte ligplaatsvergunning'),
         ('Ondernemen', 'evenementenvergunning exploitatievergunning-horeca alcoholvergunning terrasvergunning standplaatsvergunning marktvergunning geluidsontheffing winkeltijdenontheffing kansspelautomaatvergunning collectevergunning'),
         ('Vergunningen en meldingen', 'watervergunning watermelding bedrijfsafvalwater-melding natuurvergunning beschermde-dieren-ontheffing ontgrondingsvergunning tijdelijk-luchtvaartterrein wegvergunning-provinciaal vuurwerk-ontbranding'),
         ('Bestuur en organisatie', 'bezwaar klacht woo-verzoek subsidie schadevergoeding-provincie')]
SECT_OF = {k: s for s, ks in GSECT for k in ks.split()}


def sect_path(site, sec):
    s = slugify(sec)
    if site.scheme == 'iprox':
        return '%s/%s/' % ('Ondernemers' if sec == 'Ondernemen' else 'Inwoners', sec.replace(' ', '_'))
    if site.scheme == 'catalog':
        return 'producten?thema=%s' % s
    if site.scheme == 'owc':
        return 'onderwerpen/%s/' % s
    if site.scheme == 'slug':
        return 'thema/%s' % s
    return 'onderwerpen/%s/' % s


def build_org(site, rows, P):
    site.catalog_index = site.scheme == 'catalog'
    site.sect = {}
    for r in rows:
        sec = SECT_OF.get(r['key'], 'Bestuur en organisatie')
        if r.get('sec'):
            sec = r['sec']
        r['sec'] = sec
        site.sect[r['key']] = '%s/%s' % ('Ondernemers' if sec == 'Ondernemen' else 'Inwoners', sec.replace(' ', '_'))
    secs = []
    for r in rows:
        if r['sec'] not in secs:
            secs.append(r['sec'])
    site.nav = [(s, site.abs(sect_path(site, s))) for s in secs]
    site.sectlinks = []
    labs = {}
    done = []
    for r in rows:
        lab = build_row(site, r, P)
        if lab is None:
            continue
        labs[r['key']] = lab
        done.append(r)
        if lab['product_url'] and lab['status'] == 'ok':
            site.sectlinks.append((r['title'], lab['product_url'], r['sec']))
        elif lab['status'] == 'not_offered':
            site.sectlinks.append((r['title'], lab['product_url'], r['sec']))
    for r in rows:
        if r['route'].startswith('shared:'):
            other = labs[r['route'][7:]]
            lab = dict(other)
            lab['product_key'] = r['key']
            lab['notes'] = 'One page shared by two products (%s and %s); same route. ' % (other['product_key'], r['key']) + other['notes']
            labs[r['key']] = lab
            feat('page_shared_by_two_products')
    site.top = [(r['title'], labs[r['key']]['product_url']) for r in done if labs[r['key']]['status'] == 'ok'][:8]
    posthooks(site, labs)
    finish_site(site, P, done)
    for r in rows:
        LABELS.append(labs[r['key']])


# ---------------------------------------------------------------- the organisations
SPECS = {}
EXTRA = {}

SPECS['GM0243'] = spec('''
brp-uittreksel|Uittreksel BRP|digid|a|prefill
verhuismelding|Verhuizen|digid|button|prefill
geboorteaangifte|Geboorte aangeven|digid|a
overlijdensaangifte|Overlijden|info|a|contact
huwelijksaangifte|Trouwen of geregistreerd partnerschap|digid|img
paspoort|Paspoort en identiteitskaart|info|a|appt,news
identiteitskaart|x|shared:paspoort
parkeervergunning|Parkeervergunning bewoners|via:hwparkeren|a
gehandicaptenparkeerkaart|Gehandicaptenparkeerkaart|digid|a
gehandicaptenparkeerplaats|Gehandicaptenparkeerplaats|form|iframe
hondenbelasting|Hondenbelasting|digid|getform
belastingkwijtschelding|Kwijtschelding gemeentelijke belastingen|digid|a
woz-bezwaar|Bezwaar WOZ-waarde|digid|a|prefill
belastingaanslag-bezwaar|Bezwaar tegen uw belastingaanslag|digid_eh|a
betalingsregeling|Betalingsregeling belastingen|digid|a
bijstand|Bijstandsuitkering|digid|a
bijzondere-bijstand|Bijzondere bijstand|doc|a|status
wmo-voorziening|Wmo-voorzieningen|form|a
leerlingenvervoer|Leerlingenvervoer|digid|a
grofvuil|Grof huishoudelijk afval|form|iframe
afvalcontainer|Minicontainer aanvragen of omruilen|form|a|audience
melding-openbare-ruimte|Melding openbare ruimte|form|a
omgevingsvergunning|Omgevingsvergunning|via:olo|a
kapvergunning|Boom kappen|via:olo|a
bouwdossier-inzage|Bouwtekeningen inzien|form|a
bezwaar|Bezwaar maken|digid|a
klacht|Klacht indienen|form|a
woo-verzoek|Woo-verzoek|form|a
subsidie|Subsidies|pdf|a
evenementenvergunning|Evenement organiseren|eh|a|sibling
exploitatievergunning-horeca|Horecaexploitatievergunning|pdf|a
alcoholvergunning|Alcoholvergunning|eh|button
terrasvergunning|Terras|info|a|regpdf
standplaatsvergunning|Standplaatsvergunning|pdf|a
marktvergunning|Weekmarkt|info|a|mailto
reclamebelasting|Belastingen voor ondernemers|notoffered
geluidsontheffing|Ontheffing geluid|pdf|a
winkeltijdenontheffing||notfound
kansspelautomaatvergunning|Speelautomaten|pdf|a
collectevergunning|Collecteren|info|a
ligplaatsvergunning|Ligplaats in de haven|eh|a
uitwegvergunning|Uitrit aanleggen|digid|a
''')
EXTRA['GM0243'] = {
 'verhuismelding': dict(intro='Gaat u verhuizen? Geef uw verhuizing door aan de gemeente Harderwijk. Dat kan vanaf 4 weken voor tot uiterlijk 5 dagen na de verhuisdatum.'),
 'collectevergunning': dict(how='Staat uw organisatie op het landelijke collecterooster van het CBF? Dan heeft u geen aparte vergunning nodig. Anders stuurt u een brief aan het college.'),
 'paspoort': dict(intro='Een paspoort of identiteitskaart vraagt u persoonlijk aan bij de balie in het stadhuis van Harderwijk. Maak daarvoor een afspraak.', notes='Page covers paspoort and identiteitskaart.'),
 'reclamebelasting': dict(statement='De gemeente Harderwijk heft geen reclamebelasting en geen precariobelasting. U betaalt als ondernemer wel onroerendezaakbelasting (OZB) en rioolheffing.',
                          others='<p>Als ondernemer betaalt u in Harderwijk onroerendezaakbelasting en rioolheffing.</p>'),
 'afvalcontainer': dict(audience_page=('Trap: a businesses page of the same name says the municipality does not collect business waste (no route).',
                        '<p>De gemeente haalt geen bedrijfsafval op. Sluit een contract af met een afvalinzamelaar.</p>')),
 'evenementenvergunning': dict(sibling=('klein-evenement-melden', 'Klein evenement melden', '<p>Voor een klein evenement zoals een buurtbarbecue is een melding genoeg. '
                                 'Download het <a href="/documenten/melding-klein-evenement.pdf">meldingsformulier</a>.</p>'),
                               notes='Trap: sibling page "Klein evenement melden" (a PDF melding, not the permit).'),
 'grofvuil': dict(intro='Grof huishoudelijk afval, zoals meubels en matrassen, laat u gratis ophalen. Maak hieronder een ophaalafspraak.'),
}

SPECS['GM0222'] = spec('''
brp-uittreksel|Uittreksel Basisregistratie Personen (BRP)|digid|ov
verhuismelding|Verhuizing doorgeven|digid|ov|prefill
geboorteaangifte|Geboorteaangifte|info|a|appt
overlijdensaangifte|Aangifte overlijden|info|a
huwelijksaangifte|Melding voorgenomen huwelijk of partnerschap|digid|a
paspoort|Paspoort|info|a|appt,news
identiteitskaart|Identiteitskaart|info|a|appt,contact
parkeervergunning|Parkeervergunning|digid_eh|a
gehandicaptenparkeerkaart|Gehandicaptenparkeerkaart|pdf|a
gehandicaptenparkeerplaats|Gehandicaptenparkeerplaats|pdf|a
hondenbelasting|Hondenbelasting|digid|img
belastingkwijtschelding|Kwijtschelding|digid|a|prefill
woz-bezwaar|Bezwaar WOZ-beschikking|digid_eh|a
belastingaanslag-bezwaar|x|shared:woz-bezwaar
betalingsregeling|Betalingsregeling|form|a
bijstand|Bijstandsuitkering (Participatiewet)|info|a
bijzondere-bijstand|Bijzondere bijstand|digid|a|status
wmo-voorziening|Ondersteuning thuis (Wmo)|info|a|contact
leerlingenvervoer|Leerlingenvervoer|info|a
grofvuil|Grofvuil|via:achterhoekafval|button
afvalcontainer|Container aanvragen, omruilen of afmelden|form|a
melding-openbare-ruimte|Melding openbare ruimte|form|ov
omgevingsvergunning|Omgevingsvergunning|via:olo|a
kapvergunning|Bomen kappen|notoffered
bouwdossier-inzage|Bouwtekening opvragen|form|a
bezwaar|Bezwaar maken|digid|a
klacht|Klacht indienen|form|a
woo-verzoek|Woo-verzoek|form|ov
subsidie|Subsidies|info|a|regpdf
evenementenvergunning|Evenementenvergunning|eh|a
exploitatievergunning-horeca|Horecavergunningen|eh|a
alcoholvergunning|x|shared:exploitatievergunning-horeca
terrasvergunning|Terrasvergunning|pdf|a
standplaatsvergunning|Standplaatsvergunning|eh|a
marktvergunning|Markt|notfound||stale
reclamebelasting|Reclamebelasting|info|a
geluidsontheffing|Ontheffing geluid|form|getform
winkeltijdenontheffing||notfound
kansspelautomaatvergunning|Speelautomaten|pdf|a
collectevergunning|Collecte|info|a
ligplaatsvergunning||notfound
uitwegvergunning|Uitrit (inrit) aanleggen|digid|a
''')
EXTRA['GM0222'] = {
 'kapvergunning': dict(statement='In Doetinchem heeft u geen vergunning meer nodig om een boom te kappen. De gemeente heeft de kapvergunning afgeschaft; wel geldt een herplantplicht voor bomen op de lijst waardevolle bomen.',
                       others='<p>Bomen zijn belangrijk voor een gezonde en groene stad.</p>'),
 'exploitatievergunning-horeca': dict(intro='Wilt u een horecabedrijf beginnen in Doetinchem? Dan heeft u een exploitatievergunning nodig en, als u alcohol schenkt, een alcoholvergunning. Beide vraagt u met een formulier aan.',
                                      notes='Page covers exploitatievergunning and alcoholvergunning.'),
 'woz-bezwaar': dict(intro='Bent u het niet eens met de WOZ-waarde of met uw aanslag gemeentelijke belastingen? Maak dan binnen 6 weken bezwaar, online of met een brief.',
                     notes='Page covers WOZ-bezwaar and bezwaar tegen de belastingaanslag.'),
 'leerlingenvervoer': dict(how='Leerlingenvervoer vraagt u aan via het regionale Onderwijsloket. Bel ons voor een gesprek; wij sturen u de aanvraag toe.'),
 'bijstand': dict(how='Een bijstandsuitkering vraagt u aan bij het Werkplein Achterhoek. Bel voor een intakegesprek.'),
 'reclamebelasting': dict(intro='Ondernemers in het centrum van Doetinchem met een reclame-uiting betalen reclamebelasting. U krijgt vanzelf een aanslag; u hoeft niets aan te vragen.'),
 'collectevergunning': dict(how='Wilt u collecteren? Stuur een brief aan het college met de datum en het doel van de collecte.'),
}

SPECS['GM0637'] = spec('''
brp-uittreksel|Uittreksel BRP|digid|js|prefill
verhuismelding|Verhuizen|digid|js|en
geboorteaangifte|Geboorte|digid|js
overlijdensaangifte|Overlijden|info|a
huwelijksaangifte|Trouwen|digid|jsa
paspoort|Paspoort aanvragen|info|a|appt
identiteitskaart|ID-kaart aanvragen|info|a|appt
parkeervergunning|Parkeervergunning|digid|js|audience
gehandicaptenparkeerkaart|Gehandicaptenparkeerkaart|digid|js
gehandicaptenparkeerplaats|Gehandicaptenparkeerplaats|form|js
hondenbelasting|Hond aanmelden of afmelden|digid|js
belastingkwijtschelding|Kwijtschelding belastingen|digid|js|prefill
woz-bezwaar|WOZ-waarde bezwaar|digid_eh|js
belastingaanslag-bezwaar|Bezwaar belastingaanslag|digid_eh|js
betalingsregeling|Betalen in termijnen|info|a
bijstand|Bijstand aanvragen|digid|js
bijzondere-bijstand|Bijzondere bijstand|digid|js
wmo-voorziening|Hulp bij het huishouden|form|js
leerlingenvervoer|Leerlingenvervoer|digid|js
grofvuil|Grofvuil ophalen|form|jsa
afvalcontainer|Containers|info|a|news
melding-openbare-ruimte|Melding openbare ruimte|via:ztmeldingen|a
omgevingsvergunning|Omgevingsvergunning|via:olo|a
kapvergunning|Boom kappen|via:olo|a
bouwdossier-inzage|Bouwdossier inzien|form|js
bezwaar|Bezwaar maken|digid|js
klacht|Klacht|form|js
woo-verzoek|Woo-verzoek|form|js
subsidie|Subsidie|eh|js
evenementenvergunning|Evenement organiseren|eh|js
exploitatievergunning-horeca|Exploitatievergunning horeca|eh|js
alcoholvergunning|Alcoholvergunning|eh|js
terrasvergunning|Terras|eh|js
standplaatsvergunning|Standplaats|form|js|sibling
marktvergunning|Markt|pdf|a
reclamebelasting|Reclame aan de gevel|notoffered
geluidsontheffing|Geluid|pdf|a
winkeltijdenontheffing|Winkels op zondag|info|a
kansspelautomaatvergunning|Kansspelautomaten|eh|js
collectevergunning||notfound||stale
ligplaatsvergunning||notfound
uitwegvergunning|Inrit|digid|js
''')
EXTRA['GM0637'] = {
 'verhuismelding': dict(intro='Gaat u verhuizen naar of binnen Zoetermeer? Geef uw verhuizing online door. Dat kan vanaf 4 weken voor de verhuisdatum.'),
 'geboorteaangifte': dict(intro='Is uw kind geboren in Zoetermeer? Doe dan binnen 3 dagen online geboorteaangifte.'),
 'huwelijksaangifte': dict(intro='Gaat u trouwen of een geregistreerd partnerschap aangaan? Meld uw voorgenomen huwelijk of partnerschap eerst bij de gemeente.'),
 'wmo-voorziening': dict(intro='Lukt het huishouden niet meer? Via de Wmo (Wet maatschappelijke ondersteuning) kunt u huishoudelijke hulp of een andere Wmo-voorziening aanvragen.'),
 'afvalcontainer': dict(intro='Iedere woning in Zoetermeer heeft containers voor restafval, gft en papier. Is uw container kapot of kwijt? Bel 14 079.',
                        how='Bel het Klantcontactcentrum op 14 079 voor een nieuwe of extra container.'),
 'parkeervergunning': dict(audience_page=('A businesses page of the same name offers an eHerkenning form; the residents page has DigiD (both 100).',
                           '<p>Bedrijven in een vergunninggebied vragen een bedrijfsvergunning aan met eHerkenning. <a href="http://formulieren.zoetermeer.test/parkeervergunning-bedrijven/">Aanvragen met eHerkenning</a></p>')),
 'standplaatsvergunning': dict(sibling=('product?id=8811', 'Ventvergunning', '<p>Wilt u met koopwaar langs de deur of op straat venten? In Zoetermeer is daarvoor geen vergunning nodig.</p>'),
                               notes='Sibling "Ventvergunning" page; markt has its own page (two similar permits).'),
 'reclamebelasting': dict(statement='De gemeente Zoetermeer heft geen reclamebelasting. Voor een lichtreclame of groot reclamebord heeft u soms wel een omgevingsvergunning nodig.',
                          others='<p>Wilt u reclame op of aan uw pand? Kijk of u een vergunning nodig heeft.</p>'),
 'betalingsregeling': dict(intro='U kunt de gemeentelijke belastingen in 10 termijnen betalen met automatische incasso. Lukt dat niet, dan kunt u een betalingsregeling aanvragen.',
                           how='Bel de afdeling Belastingen op 14 079 om een betalingsregeling af te spreken.'),
 'winkeltijdenontheffing': dict(intro='Winkels in Zoetermeer mogen op zondag open van 12.00 tot 18.00 uur. Een ontheffing van de winkeltijden is daarom niet nodig; voor feestdagen geldt de winkeltijdenverordening.',
                                how='Voor vragen over winkeltijden belt u 14 079.'),
}

SPECS['GM0352'] = spec('''
brp-uittreksel|Uittreksel BRP aanvragen|digid|a|prefill
verhuismelding|Ik ga verhuizen|digid|img
geboorteaangifte|Aangifte geboorte|digid|a
overlijdensaangifte|Aangifte van overlijden|info|a
huwelijksaangifte|Trouwen en partnerschap|digid|button
paspoort|Paspoort en identiteitskaart|info|a|appt
identiteitskaart|x|shared:paspoort
parkeervergunning|Parkeren in Wijk bij Duurstede|notoffered
gehandicaptenparkeerkaart|Gehandicaptenparkeerkaart|doc|a
gehandicaptenparkeerplaats|Gehandicaptenparkeerplaats|doc|a
hondenbelasting|Hond|notoffered
belastingkwijtschelding|Kwijtschelding gemeentelijke belastingen|via:bghu_kw|a
woz-bezwaar|WOZ-waarde en bezwaar|via:bghu_bz|a
belastingaanslag-bezwaar|Bezwaar tegen de aanslag gemeentelijke belastingen|via:bghu_bz|a
betalingsregeling|Betalingsregeling|via:bghu_br|a
bijstand|Bijstandsuitkering|digid|a
bijzondere-bijstand|Bijzondere bijstand|doc|a|status
wmo-voorziening|Hulp en ondersteuning (Wmo)|info|a|contact
leerlingenvervoer|Leerlingenvervoer|doc|a
grofvuil|Grof afval laten ophalen|form|getform
afvalcontainer|Kliko aanvragen|form|jsa
melding-openbare-ruimte|Melding doen|form|button
omgevingsvergunning|Omgevingsvergunning|via:olo|a
kapvergunning|Kapvergunning|via:olo|a
bouwdossier-inzage|Bouwdossier inzien|form|a|mailto
bezwaar|Bezwaar maken|pdf|a
klacht|Klacht over de gemeente|form|iframe
woo-verzoek|Woo-verzoek|info|a|mailto
subsidie|Subsidies|doc|a
evenementenvergunning|Evenementenvergunning|doc|a
exploitatievergunning-horeca|Horeca-exploitatievergunning|doc|a
alcoholvergunning|Alcoholvergunning|doc|a
terrasvergunning|Terrasvergunning|info|a|regpdf
standplaatsvergunning|Standplaatsvergunning|pdf|a
marktvergunning|Weekmarkt|info|a|mailto
reclamebelasting||notfound
geluidsontheffing|Ontheffing geluidhinder|pdf|a
winkeltijdenontheffing||notfound
kansspelautomaatvergunning|Aanwezigheidsvergunning speelautomaten|pdf|a
collectevergunning|Collectevergunning|info|a
ligplaatsvergunning|Ligplaats in de jachthaven|info|a
uitwegvergunning|Uitweg aanleggen|pdf|a
''')
EXTRA['GM0352'] = {
 'verhuismelding': dict(intro='Gaat u verhuizen binnen of naar Wijk bij Duurstede? Geef uw verhuizing dan door aan de gemeente. Dat doet u online met DigiD.'),
 'parkeervergunning': dict(statement='Parkeren is gratis in Wijk bij Duurstede. In het centrum geldt een blauwe zone; gebruik een parkeerschijf. Een parkeervergunning is niet nodig en kunt u niet aanvragen.',
                           others='<p>In de binnenstad mag u maximaal 2 uur parkeren in de blauwe zone.</p>'),
 'hondenbelasting': dict(statement='De gemeente Wijk bij Duurstede heft geen hondenbelasting. U hoeft uw hond dus niet aan te melden.',
                         others='<p>Ruim de poep van uw hond altijd op. In de losloopgebieden mag uw hond vrij rondlopen.</p>'),
 'collectevergunning': dict(how='Wilt u collecteren? Vraag toestemming aan met een brief aan burgemeester en wethouders.'),
 'woo-verzoek': dict(how='Stuur uw Woo-verzoek per post of per e-mail. Geef zo precies mogelijk aan welke informatie u zoekt.'),
 'marktvergunning': dict(how='Op donderdag is er weekmarkt op de Markt. Neem voor een vaste plaats contact op met de marktmeester.'),
 'ligplaatsvergunning': dict(how='Een ligplaats in de jachthaven huurt u bij de havenmeester. Bel of mail de havenmeester voor de wachtlijst.'),
 'paspoort': dict(intro='U vraagt een paspoort of identiteitskaart aan op het gemeentehuis. Maak hiervoor een afspraak.', notes='Page covers paspoort and identiteitskaart.'),
 'grofvuil': dict(intro='Grof afval zoals een bank of een matras laat u ophalen. Vul uw postcode in en kies een ophaaldag.'),
}

SPECS['PV25'] = spec('''
omgevingsvergunning|Omgevingsvergunning|via:olo|a
bezwaar|Bezwaar maken|digid_eh|js
klacht|Klacht indienen|form|js
woo-verzoek|Woo-verzoek indienen|form|js
subsidie|Subsidie aanvragen|eh|a|news
evenementenvergunning|Evenementen op of langs provinciale wegen|notoffered
geluidsontheffing|Feest of evenement in een stiltegebied|pdf|a
uitwegvergunning|Inrit of uitweg aan een provinciale weg|eh|js
beschermde-dieren-ontheffing|Beschermde dieren en planten|via:olo|a
natuurvergunning|Natuurvergunning (Natura 2000-activiteit)|via:olo|a|en,news
ontgrondingsvergunning|Zand, klei of grind winnen|via:olo|button
tijdelijk-luchtvaartterrein|Landen en opstijgen buiten een luchthaven (TUG)|eh|js
wegvergunning-provinciaal|Werken aan of langs een provinciale weg|eh|js|sibling
vuurwerk-ontbranding|Vuurwerkshow geven|doc|a
schadevergoeding-provincie|Schade door wilde dieren|via:bij12|a
watervergunning|Grondwater onttrekken|via:olo|a
''')
EXTRA['PV25'] = {
 'evenementenvergunning': dict(statement='De provincie Gelderland verleent geen evenementenvergunningen. Een evenementenvergunning vraagt u aan bij de gemeente waar het evenement plaatsvindt. Gebruikt u een provinciale weg, dan geeft de gemeente ons advies.',
                               others='<p>Wilt u een wielerronde of optocht houden op een provinciale weg?</p>'),
 'geluidsontheffing': dict(intro='Wilt u in een stiltegebied meer geluid maken, bijvoorbeeld met een feest, een evenement of een modelvliegtuig? Dan heeft u een ontheffing geluid stiltegebied van de provincie nodig.'),
 'ontgrondingsvergunning': dict(intro='Wilt u zand, klei of grind winnen of de bodem dieper afgraven? Dan heeft u een omgevingsvergunning voor een ontgrondingsactiviteit (ontgrondingsvergunning) van de provincie nodig.'),
 'tijdelijk-luchtvaartterrein': dict(intro='Wilt u met een helikopter, luchtballon, drone of ander luchtvaartuig landen of opstijgen buiten een luchthaven? Vraag een TUG-ontheffing (tijdelijk en uitzonderlijk gebruik) aan.'),
 'watervergunning': dict(intro='Wilt u grondwater onttrekken voor een open bodemenergiesysteem, de drinkwatervoorziening of een industriele toepassing van meer dan 150.000 m3 per jaar? Daarvoor heeft u een watervergunning (omgevingsvergunning wateractiviteit) van de provincie nodig.'),
 'vuurwerk-ontbranding': dict(intro='Geeft u als erkend vuurwerkbezigde een vuurwerkshow in Gelderland? Dan heeft u toestemming tot ontbranden of moet u een ontbrandingsmelding doen bij de provincie.'),
 'wegvergunning-provinciaal': dict(sibling=('loket/vergunningen/exceptioneel-transport', 'Exceptioneel transport over een provinciale weg',
                                   '<p>Ontheffingen voor exceptioneel transport vraagt u aan bij de RDW.</p>'), notes='Sibling page on exceptional transport (RDW, no route).'),
 'schadevergoeding-provincie': dict(intro='Heeft u schade aan gewassen of vee door wilde dieren zoals ganzen of wilde zwijnen? Dan kunt u een tegemoetkoming in faunaschade aanvragen.'),
}

SPECS['PV26'] = spec('''
omgevingsvergunning|Omgevingsvergunning aanvragen|via:olo|a
bezwaar|Bezwaar en beroep|form|ov
klacht|Klacht|info|a|mailto
woo-verzoek|Woo-verzoek|form|a|mailto
subsidie|Subsidieloket|eh|ov
evenementenvergunning||notfound
geluidsontheffing|Ontheffing stiltegebied|eh|ov
uitwegvergunning|Uitweg aanleggen langs een provinciale weg|pdf|a
beschermde-dieren-ontheffing|Flora en fauna: ontheffing|via:olo|a|sibling
natuurvergunning|Natuurvergunning Natura 2000|via:olo|a
ontgrondingsvergunning|Ontgronden|doc|a
tijdelijk-luchtvaartterrein|Helikopter of luchtballon laten landen|form|ov
wegvergunning-provinciaal|Werkzaamheden aan wegen en vaarwegen|eh|getform
vuurwerk-ontbranding|Vuurwerk afsteken (ontbrandingstoestemming)|info|a|mailto
schadevergoeding-provincie|Schade door wild melden|via:bij12|a
watervergunning|Open bodemenergiesysteem|info|a|regpdf
''')
EXTRA['PV26'] = {
 'tijdelijk-luchtvaartterrein': dict(intro='Wilt u een helikopter of luchtballon laten landen of opstijgen op een terrein dat geen luchthaven is? Vraag dan een ontheffing tijdelijk en uitzonderlijk gebruik (TUG) aan bij de provincie Utrecht.'),
 'vuurwerk-ontbranding': dict(how='Een ontbrandingstoestemming vraagt u aan bij de Omgevingsdienst regio Utrecht. Mail uw aanvraag met het afsteekplan.'),
 'watervergunning': dict(intro='Wilt u een open bodemenergiesysteem aanleggen? Dan heeft u een watervergunning (omgevingsvergunning voor een wateractiviteit) van de provincie nodig. Neem eerst contact op voor een vooroverleg.',
                         how='Neem contact op met de Omgevingsdienst regio Utrecht voor een vooroverleg. Daarna dient u de aanvraag in.'),
 'beschermde-dieren-ontheffing': dict(sibling=('loket/vergunningen-en-meldingen/gedragscode-flora-en-fauna', 'Werken met een gedragscode flora en fauna',
                                      '<p>Werkt u volgens een goedgekeurde gedragscode? Dan heeft u geen ontheffing nodig.</p>')),
 'wegvergunning-provinciaal': dict(intro='Wilt u werkzaamheden uitvoeren aan of langs een provinciale weg of vaarweg, bijvoorbeeld kabels en leidingen leggen of een evenement houden? Vraag toestemming aan (wegvergunning).'),
}

SPECS['WS0152'] = spec('''
belastingkwijtschelding|Kwijtschelding|via:gblt_kw|a
melding-openbare-ruimte|Probleem melden|form|a
omgevingsvergunning|Vergunning aanvragen|via:olo|a
watervergunning|x|shared:omgevingsvergunning
watermelding|Grondwater onttrekken of beregenen|form|button
bezwaar|Bezwaar maken|pdf|a
klacht|Klacht indienen|form|button
woo-verzoek|Woo-verzoek|info|a|mailto
subsidie|Subsidie klimaatactief|digid_eh|a|news
wegvergunning-provinciaal|Wegen en bruggen|notoffered
schadevergoeding-provincie|Schadevergoeding aanvragen|pdf|a
zuiveringsheffing|Zuiveringsheffing en verontreinigingsheffing|via:gblt_zh|a
watersysteemheffing|Watersysteemheffing|via:gblt_wsh|a
belastingaanslag-bezwaar|Bezwaar tegen uw aanslag|via:gblt_bz|a
betalingsregeling|Betalen in termijnen|via:gblt_br|a
bedrijfsafvalwater-melding|Lozen|via:olo|a|sibling
''')
EXTRA['WS0152'] = {
 'melding-openbare-ruimte': dict(intro='Ziet u vissterfte, vervuiling in een sloot, een kapotte stuw of schade aan een dijk? Meld het probleem bij Waterschap Rijn en IJssel. Bij spoed belt u 24 uur per dag 0314 369 369.',
                                 formtitle='Probleem melden aan het waterschap'),
 'omgevingsvergunning': dict(intro='Wilt u iets doen in of bij het water, zoals een duiker aanleggen, een sloot dempen of een steiger bouwen? Dan heeft u misschien een omgevingsvergunning voor een wateractiviteit nodig (vroeger: watervergunning).',
                             notes='Page covers omgevingsvergunning (wateractiviteit) and watervergunning.'),
 'watermelding': dict(intro='Onttrekt u grondwater of gaat u beregenen uit grondwater of oppervlaktewater? Voor kleine onttrekkingen gelden algemene regels; u doet dan vooraf een melding bij het waterschap.',
                      formtitle='Melding onttrekken en beregenen'),
 'woo-verzoek': dict(how='Stuur uw verzoek per e-mail of per post naar het waterschap.'),
 'wegvergunning-provinciaal': dict(statement='Waterschap Rijn en IJssel beheert geen wegen. Voor werkzaamheden aan of langs een weg neemt u contact op met de gemeente of de provincie Gelderland.',
                                   others='<p>Wij beheren wel bruggen en duikers over onze watergangen. Daarvoor heeft u een watervergunning nodig.</p>'),
 'schadevergoeding-provincie': dict(intro='Heeft u schade door werkzaamheden van het waterschap, bijvoorbeeld aan uw oever of gewassen? Vraag dan schadevergoeding aan.'),
 'zuiveringsheffing': dict(intro='De zuiveringsheffing betaalt u voor het zuiveren van afvalwater via het riool. Loost u direct op oppervlaktewater, dan betaalt u verontreinigingsheffing. GBLT legt de aanslagen op.'),
 'bedrijfsafvalwater-melding': dict(intro='Lozen van bedrijfsafvalwater op oppervlaktewater of op het riool? Voor veel lozingen geldt een meldplicht: u meldt de lozing van bedrijfsafvalwater via het Omgevingsloket.',
                                    sibling=('onderwerp/keur-en-legger/', 'Keur en legger', '<p>In de Keur (nu de waterschapsverordening) en de legger staan de regels voor watergangen en dijken. '
                                             '<a href="/documenten/waterschapsverordening.pdf">Waterschapsverordening (pdf)</a></p>'), notes='Jargon sibling "Keur en legger" (regulation PDF).'),
}

SPECS['WS0650'] = spec('''
belastingkwijtschelding|Kwijtschelding aanvragen|via:gblt_kw|a
melding-openbare-ruimte|Melding doen|form|js
watermelding|Werken volgens algemene regels|eh|a
omgevingsvergunning|Omgevingsvergunning wateractiviteit|via:olo|button
watervergunning|Watervergunning|via:olo|a|sibling
bezwaar|Bezwaar maken|form|a
klacht|Klacht over het waterschap|form|a
woo-verzoek|Informatie opvragen (Woo)|form|a
subsidie||notfound
wegvergunning-provinciaal||notfound
schadevergoeding-provincie|Schade door werkzaamheden|info|a|contact
zuiveringsheffing|Waterschapsbelastingen|via:gblt_mijn|a
watersysteemheffing|x|shared:zuiveringsheffing
belastingaanslag-bezwaar|Bezwaar tegen aanslag|via:gblt_bz|a
betalingsregeling||notfound
bedrijfsafvalwater-melding|Lozen op oppervlaktewater|eh|js
''')
EXTRA['WS0650'] = {
 'melding-openbare-ruimte': dict(intro='Ziet u een probleem in of bij het water, zoals vissterfte, een kapotte stuw, een verstopte duiker of drijfvuil? Doe een melding bij Zuiderzeeland. Dit is geen melding voor activiteiten; die doet u bij Werken volgens algemene regels.',
                                 formtitle='Melding doen', notes='Title "Melding doen" but the text is about reporting a problem in the public water system.'),
 'watermelding': dict(intro='Voor veel werkzaamheden in of bij het water gelden algemene regels, bijvoorbeeld voor dempen, een beschoeiing plaatsen of onttrekken van grondwater. U heeft dan geen vergunning nodig, maar u doet vooraf een melding (watermelding).',
                      formtitle='Melding algemene regels'),
 'watervergunning': dict(intro='De watervergunning heet sinds de Omgevingswet omgevingsvergunning voor een wateractiviteit. U vraagt hem aan via het Omgevingsloket.',
                         sibling=('regels-en-vergunningen/legger', 'Legger', '<p>De legger laat zien waar watergangen en dijken liggen en aan welke eisen ze voldoen.</p>'),
                         notes='Two similar permit pages (Watervergunning, Omgevingsvergunning wateractiviteit); jargon sibling "Legger".'),
 'schadevergoeding-provincie': dict(how='Heeft u schade? Neem contact met ons op. We bekijken samen of u een vergoeding kunt krijgen.'),
 'zuiveringsheffing': dict(intro='Zuiderzeeland heft de zuiveringsheffing en de watersysteemheffing. GBLT legt de aanslag op en int de belastingen.',
                           notes='Page covers zuiveringsheffing and watersysteemheffing.'),
 'bedrijfsafvalwater-melding': dict(intro='Loost u bedrijfsafvalwater direct op oppervlaktewater? Dan moet u dat vooraf melden bij het waterschap. Doe de melding lozen online met eHerkenning.'),
}

SPECS['WS0372'] = spec('''
belastingkwijtschelding|Kwijtschelding|via:dlf_kw|a
melding-openbare-ruimte|Probleem melden|form|iframe
watermelding|Melding doen|eh|a
omgevingsvergunning|Omgevingsvergunning voor een wateractiviteit|via:olo|a|en
watervergunning|Grondwater onttrekken en lozen|via:olo|a|status
bezwaar|Bezwaar en beroep|pdf|a
klacht|Klacht indienen|form|iframe
woo-verzoek|Woo-verzoek indienen|info|a|contact
subsidie|Subsidie groene daken en regentonnen|digid|a
wegvergunning-provinciaal|Werken in of aan een vaarweg|doc|a
schadevergoeding-provincie|Nadeelcompensatie|pdf|a
zuiveringsheffing|Zuiveringsheffing|via:dlf_zh|a
watersysteemheffing|Watersysteemheffing|via:dlf_wsh|a
belastingaanslag-bezwaar|Bezwaar tegen belastingaanslag|via:dlf_bz|a
betalingsregeling|Betalingsregeling|via:dlf_br|a
bedrijfsafvalwater-melding|Lozen van afvalwater|info|a|regpdf
''')
EXTRA['WS0372'] = {
 'melding-openbare-ruimte': dict(intro='Ziet u iets wat niet klopt in of langs het water, zoals stank, dode vissen, een lekkende dijk of wateroverlast? Meld het probleem bij Delfland.', formtitle='Probleem melden'),
 'watermelding': dict(intro='Gaat u werken volgens de algemene regels van Delfland, bijvoorbeeld een beschoeiing vervangen, beregenen of een tijdelijke bemaling? Dan doet u vooraf een melding bij Delfland (watermelding).',
                      formtitle='Melding algemene regels Delfland', notes='Title "Melding doen" and the text is about notifying an activity under general rules (watermelding).'),
 'watervergunning': dict(intro='Wilt u grondwater onttrekken of lozen op oppervlaktewater, en valt dit niet onder de algemene regels? Dan heeft u een watervergunning (omgevingsvergunning voor een wateractiviteit) nodig.'),
 'wegvergunning-provinciaal': dict(intro='Delfland is vaarwegbeheerder van de boezemwateren. Wilt u werken in of aan een vaarweg, zoals een steiger of oeverconstructie, of een evenement op het water houden? Vraag toestemming aan bij de vaarwegbeheerder.'),
 'woo-verzoek': dict(how='Stuur uw Woo-verzoek per brief of e-mail aan het dagelijks bestuur van Delfland.'),
 'schadevergoeding-provincie': dict(intro='Heeft u schade door werkzaamheden of een besluit van Delfland? Dan kunt u een verzoek om schadevergoeding (nadeelcompensatie) indienen.'),
 'bedrijfsafvalwater-melding': dict(intro='Lozen van bedrijfsafvalwater op het riool meldt u bij de gemeente of de omgevingsdienst (DCMR). Voor lozingen op oppervlaktewater neemt u eerst contact op met Delfland.',
                                    how='Neem contact op met het team Vergunningverlening voor een vooroverleg.'),
}

SPECS['WS0662'] = spec('''
belastingkwijtschelding|Kwijtschelding waterschapsbelasting|via:gblt_kw|a
melding-openbare-ruimte|Probleem melden|form|a
watermelding|Beregenen|doc|a
omgevingsvergunning|Watervergunning of omgevingsvergunning|via:olo|a
watervergunning|x|shared:omgevingsvergunning
bezwaar|Bezwaar maken|digid_eh|a
klacht|Klachten|form|button
woo-verzoek|Woo-verzoek|pdf|a
subsidie|Subsidie Duurzame Initiatieven|eh|ov
wegvergunning-provinciaal||notfound
schadevergoeding-provincie|Schade melden|form|ov
zuiveringsheffing|Zuiveringsheffing|info|a
watersysteemheffing|Watersysteemheffing|notfound||stale
belastingaanslag-bezwaar|Bezwaar tegen aanslag|via:gblt_bz|a
betalingsregeling|Betalingsregeling|via:gblt_br|a
bedrijfsafvalwater-melding|Lozen|via:olo|a
''')
EXTRA['WS0662'] = {
 'watermelding': dict(intro='Wilt u beregenen met grondwater of oppervlaktewater? Voor beregenen gelden algemene regels. U moet het beregenen vooraf melden bij Vallei en Veluwe (watermelding).', formname='melding beregenen'),
 'omgevingsvergunning': dict(intro='Wilt u bouwen bij een dijk, dempen, een duiker aanleggen of grondwater onttrekken? Dan heeft u een watervergunning nodig, sinds 2024 de omgevingsvergunning voor een wateractiviteit.',
                             notes='Page covers omgevingsvergunning and watervergunning.'),
 'zuiveringsheffing': dict(how='GBLT legt de aanslag zuiveringsheffing op. Heeft u vragen over uw aanslag, bel dan GBLT op 088 064 55 55.'),
 'watersysteemheffing': dict(how='GBLT legt de aanslag op. Heeft u vragen? Bel GBLT op 088 064 55 55.'),
 'bedrijfsafvalwater-melding': dict(intro='Lozen van bedrijfsafvalwater? Voor veel lozingen op oppervlaktewater geldt een meldplicht (melding lozen bedrijfsafvalwater). U doet de melding via het Omgevingsloket.'),
 'schadevergoeding-provincie': dict(intro='Heeft u schade door werkzaamheden van het waterschap, bijvoorbeeld aan uw erf of gewassen? Meld de schade en vraag vergoeding aan.'),
}


def make_sites():
    C = lambda **k: k
    return [
     Site('WS0152', 'Waterschap Rijn en IJssel', 'waterschap', 'www.wrij.test', 'Doetinchem', 'wp', 'wpform',
          ('Wanneer heeft u dit nodig?', 'Zo werkt het', 'Kosten'), C(digid='Aanvragen met DigiD', eh='Inloggen met eHerkenning', form='Formulier invullen', digid_eh='Online aanvragen'),
          formhost='www.wrij.test', flags=['cookiewall', 'sitemap', 'footerdigid', 'relative'], color='#005f8b'),
     Site('WS0650', 'Waterschap Zuiderzeeland', 'waterschap', 'www.zuiderzeeland.test', 'Lelystad', 'typo3', 'openforms',
          ('Wat is het?', 'Hoe werkt het?', 'Kosten'), C(digid='Start met DigiD', eh='Melden met eHerkenning', form='Melding doen', digid_eh='Start'),
          formhost='formulieren.zuiderzeeland.test', flags=['base', 'sitemap'], color='#0a4d7a'),
     Site('WS0372', 'Hoogheemraadschap van Delfland', 'waterschap', 'www.hhdelfland.test', 'Delft', 'drupal', 'triple',
          ('Waarom?', 'Aanvragen', 'Kosten'), C(digid='Aanvragen (DigiD)', eh='Melding indienen (eHerkenning)', form='Naar het formulier', digid_eh='Aanvragen'),
          formhost='loket.hhdelfland.test', flags=['soft404', 'taal', 'base'], color='#00847f'),
     Site('WS0662', 'Waterschap Vallei en Veluwe', 'waterschap', 'www.vallei-veluwe.test', 'Apeldoorn', 'catalog', 'gravity',
          ('Wat is het?', 'Hoe werkt het?', 'Kosten'), C(digid='Aanvragen met DigiD', eh='Aanvragen met eHerkenning', form='Formulier invullen', digid_eh='Bezwaar indienen'),
          website='http://vallei-veluwe.test/', formhost='formulieren.vallei-veluwe.test', flags=['sitemap', 'direct', 'soft404'], color='#2b6e3f'),
     Site('PV25', 'Provincie Gelderland', 'provincie', 'www.gelderland.test', 'Arnhem', 'nlds', 'openforms',
          ('Wanneer heeft u dit nodig?', 'Aanvragen', 'Kosten en doorlooptijd'), C(digid='Inloggen met DigiD', eh='Aanvragen met eHerkenning', form='Formulier starten', digid_eh='Start het formulier'),
          formhost='formulieren.gelderland.test', flags=['sitemap', 'search'], color='#ad1d22'),
     Site('PV26', 'Provincie Utrecht', 'provincie', 'www.provincie-utrecht.test', 'Utrecht', 'sitecore', 'exxellence',
          ('Wat is het?', 'Hoe vraagt u het aan?', 'Kosten'), C(digid='Aanvragen met DigiD', eh='Aanvragen met eHerkenning', form='Digitaal formulier', digid_eh='Aanvragen'),
          formhost='eloket.provincie-utrecht.test', flags=['soft404', 'cookiewall', 'cookieform', 'footerdigid'], color='#b8142b'),
     Site('GM0243', 'Gemeente Harderwijk', 'gemeente', 'www.harderwijk.test', 'Harderwijk', 'slug', 'eform',
          ('Wat is het?', 'Hoe werkt het?', 'Wat kost het?'), C(digid='Direct regelen met DigiD', eh='Aanvragen met eHerkenning', form='Naar het formulier', digid_eh='Online regelen'),
          website='http://harderwijk.test/', inh='48712', formhost='eformulieren.harderwijk.test', flags=['cookiewall', 'sitemap', 'direct', 'footerdigid'], color='#00508c'),
     Site('GM0222', 'Gemeente Doetinchem', 'gemeente', 'doetinchem.test', 'Doetinchem', 'iprox', 'triple',
          ('Omschrijving', 'Aanvragen', 'Kosten'), C(digid='DigiD link', eh='Aanvragen met eHerkenning', form='Formulier', digid_eh='Aanvragen met DigiD of eHerkenning'),
          website='http://www.doetinchem.test/', inh='59221', formhost='formulieren.doetinchem.test', flags=['relative', 'sitelogin', 'soft404', 'sitemap'], color='#6f2c91'),
     Site('GM0637', 'Gemeente Zoetermeer', 'gemeente', 'www.zoetermeer.test', 'Zoetermeer', 'catalog', 'openforms',
          ('Wat is het', 'Hoe vraag ik het aan', 'Wat kost het'), C(digid='Regel het direct met DigiD', eh='Aanvragen met eHerkenning', form='Online formulier', digid_eh='Online regelen'),
          inh='126735', formhost='formulieren.zoetermeer.test', flags=['base', 'soft404', 'search', 'cookiewall'], color='#0071bc'),
     Site('GM0352', 'Gemeente Wijk bij Duurstede', 'gemeente', 'www.wijkbijduurstede.test', 'Wijk bij Duurstede', 'owc', 'gravity',
          ('Beschrijving', 'Aanvragen', 'Kosten'), C(digid='Regel het online', eh='Aanvragen met eHerkenning', form='Vul het formulier in', digid_eh='Online regelen'),
          inh='24314', formhost='mijn.wijkbijduurstede.test', flags=['direct', 'sitemap'], color='#d6001c'),
    ]


def posthooks(site, labs):
    c = site.code
    if c == 'GM0243':
        put(site.host, 'documenten/melding-klein-evenement.pdf', pdf_bytes('Melding klein evenement', ['Naam organisator:', 'Datum:', 'Locatie:']))
    if c == 'GM0637':
        login_redirect('formulieren.zoetermeer.test', 'auth/parkeervergunning-bedrijven/eherkenning/start', 'eh', 'pvb')
        put('formulieren.zoetermeer.test', 'parkeervergunning-bedrijven/', simple_page('Parkeervergunning bedrijven', '<div id="openforms-root"></div><script>'
            'document.getElementById("openforms-root").innerHTML=%s;</script>' % json.dumps('<h1>Parkeervergunning bedrijven</h1><a href="/auth/parkeervergunning-bedrijven/eherkenning/start">Inloggen met eHerkenning</a>')))
    if c == 'WS0152':
        put(site.host, 'documenten/waterschapsverordening.pdf', pdf_bytes('Waterschapsverordening Rijn en IJssel', ['Hoofdstuk 1 Algemene bepalingen', 'Artikel 1.1 Begrippen',
            'Hoofdstuk 3 Activiteiten in het beheergebied'], form=False))
    if c == 'WS0662':
        ov = labs['omgevingsvergunning']['product_url']
        site.az += [('Dempen van een sloot', site.abs('product?id=1601')), ('Keur en legger', site.abs('product?id=1608'))]
        site.put('product?id=1601', 'Dempen van een sloot', '<h1>Dempen van een sloot</h1><p>Wilt u een sloot of greppel dempen? Voor het dempen van een watergang in de legger '
                 'heeft u een watervergunning nodig. Voor een greppel gelden algemene regels.</p><p>Lees verder bij <a href="%s">Watervergunning of omgevingsvergunning</a>.</p>' % ov.split('/', 3)[3])
        site.put('product?id=1608', 'Keur en legger', '<h1>Keur en legger</h1><p>De regels van de Keur staan nu in de waterschapsverordening. In de legger ziet u welke watergangen '
                 'en dijken wij beheren.</p>')
    if c == 'WS0372':
        site.az += [('Sloot dempen', site.abs('loket/sloot-dempen')), ('Algemene regels', site.abs('loket/algemene-regels')),
                    ('Vergunningen en meldingen', site.abs('loket/vergunningen-en-meldingen'))]
        site.put('loket/sloot-dempen', 'Sloot dempen', '<h1>Sloot dempen</h1><p>Het dempen van een sloot mag alleen met een watervergunning van Delfland, of volgens de algemene regels als het '
                 'om een kleine greppel gaat. Zie <a href="loket/grondwater-onttrekken-en-lozen">Grondwater onttrekken en lozen</a> en <a href="loket/melding-doen">Melding doen</a>.</p>')
        site.put('loket/vergunningen-en-meldingen', 'Vergunningen en meldingen', '<h1>Vergunningen en meldingen</h1><p>Voor werken in of bij het water heeft u een vergunning nodig of doet u een melding. '
                 'Lees eerst de <a href="loket/algemene-regels">algemene regels</a>.</p>')
        site.put('loket/algemene-regels', 'Algemene regels', '<h1>Algemene regels</h1><p>Voor dempen, beregenen, onttrekken en lozen gelden vaak algemene regels. Dan doet u een melding in plaats van een vergunningaanvraag.</p>')


def main():
    P = load_products()
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    build_idps()
    build_via_hosts()
    typeletter = {'gemeente': 'G', 'provincie': 'P', 'waterschap': 'W'}
    sites = make_sites()
    for site in sites:
        rows = SPECS[site.code]
        for r in rows:
            r.update(EXTRA.get(site.code, {}).get(r['key'], {}))
        need = {k for k, p in P.items() if typeletter[site.otype] in p['org_types'] and not p['offered_by']}
        have = [r['key'] for r in rows]
        assert set(have) == need and len(have) == len(need), (site.code, need ^ set(have))
        if site.code == 'GM0222':
            site.overview_path, site.overview_title = 'E-loket/Alle_formulieren', 'E-loket'
        if site.code == 'PV26':
            site.overview_path, site.overview_title = 'loket/alle-formulieren', 'Alle formulieren en aanvragen'
        build_org(site, rows, P)
    # host redirects (www / non-www)
    for frm, to in [('harderwijk.test', 'www.harderwijk.test'), ('www.doetinchem.test', 'doetinchem.test'),
                    ('vallei-veluwe.test', 'www.vallei-veluwe.test'), ('zoetermeer.test', 'www.zoetermeer.test')]:
        BEH['host_redirects'].append({'host': frm, 'status': 301, 'to': to})
        put(frm, 'robots.txt', 'User-agent: *\nAllow: /\n')
        feat('www_nonwww_redirect')
    # write
    for (host, path), content in sorted(PAGES.items()):
        if host in ('_errors', '_search'):
            fp = os.path.join(OUT, host.strip('_'), path)
        else:
            fp = os.path.join(OUT, 'sites', host, path + ('index.html' if path == '' or path.endswith('/') else ''))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, 'wb') as f:
            f.write(content if isinstance(content, bytes) else content.encode('utf-8'))
    for b in BEH['not_found_pages']:
        b['file'] = b['file'].replace('_errors/', 'errors/')
    for b in BEH['searches']:
        b['index'] = b['index'].replace('_search/', 'search/')
        b['template'] = b['template'].replace('_search/', 'search/')
    with open(os.path.join(OUT, 'organisations.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['code', 'name', 'org_type', 'website', 'inhabitants'])
        for s in sites:
            w.writerow([s.code, s.name, s.otype, s.website, s.inh])
    cols = ['org_code', 'product_key', 'level', 'status', 'product_url', 'route_url', 'level_strict', 'via', 'notes']
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for l in LABELS:
            w.writerow({c: l.get(c, '') for c in cols})
    with open(os.path.join(OUT, 'testweb.json'), 'w', encoding='utf-8') as f:
        json.dump({'behaviours': {k: v for k, v in BEH.items() if v}}, f, indent=1, ensure_ascii=False)
    with open(os.path.join(OUT, 'features.json'), 'w', encoding='utf-8') as f:
        json.dump(FEAT, f, indent=1, sort_keys=True)
    print('pages', len(PAGES), 'hosts', len({h for h, p in PAGES if not h.startswith('_')}), 'labels', len(LABELS))


if __name__ == '__main__':
    main()
