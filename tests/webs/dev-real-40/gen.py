#!/usr/bin/env python3
"""Generate a labelled simulated web of ten Dutch municipal websites (heldout-gate-6).

Usage: python3 gen.py OUTDIR        (standard library only, deterministic)
"""
import csv, hashlib, html, io, json, os, sys, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def products_csv():
    p = os.path.normpath(os.path.join(HERE, '../../../config/products.csv'))
    if not os.path.exists(p):
        p = '/work/main/config/products.csv'
    with open(p, newline='', encoding='utf-8') as f:
        return [r for r in csv.DictReader(f) if 'G' in r['org_types']]


E = html.escape
FILES = {}          # (host, path) -> bytes
REDIRECTS = []      # testweb redirects
LABELS = []

def put(host, path, data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    FILES[(host, path)] = data


def url_to_file(url):
    assert url.startswith('http://')
    rest = url[7:]
    host, _, path = rest.partition('/')
    path = '/' + path
    return host, path


def put_url(url, data):
    host, path = url_to_file(url)
    if path.endswith('/'):
        path += 'index.html'
    put(host, path, data)


def exists(url):
    host, path = url_to_file(url)
    if path.endswith('/'):
        path += 'index.html'
    return (host, path) in FILES


# ----------------------------------------------------------------------------------------
# documents

def make_pdf(title, lines):
    text = [title] + lines
    stream = 'BT /F1 14 Tf 50 790 Td (%s) Tj ET\n' % title.replace('(', '[').replace(')', ']')
    y = 760
    for ln in lines:
        stream += 'BT /F1 10 Tf 50 %d Td (%s) Tj ET\n' % (y, ln.replace('(', '[').replace(')', ']'))
        y -= 16
    stream_b = stream.encode('latin-1', 'replace')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
        b'<< /Length %d >>\nstream\n' % len(stream_b) + stream_b + b'endstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        ('<< /Title (%s) /Producer (Gemeente) >>' % title.replace('(', '[').replace(')', ']')).encode('latin-1', 'replace'),
    ]
    out = b'%PDF-1.4\n'
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


def make_docx(title, lines):
    buf = io.BytesIO()
    z = zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED)
    def w(name, s):
        zi = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, s)
    w('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    w('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    paras = ''.join('<w:p><w:r><w:t>%s</w:t></w:r></w:p>' % E(t) for t in [title] + lines)
    w('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % paras)
    z.close()
    return buf.getvalue()


FORM_LINES = ['Naam: ....................................', 'Adres: ...................................',
              'Postcode en woonplaats: ..................', 'Telefoonnummer: ..........................',
              'Datum: ............  Handtekening: ............',
              'Stuur het ingevulde en ondertekende formulier naar de gemeente.']

# ----------------------------------------------------------------------------------------
# identity providers and national bodies

DIGID = 'http://digid.test/saml/idp/request_authentication'
EH = 'http://eherkenning.test/broker/selecteer-leverancier'


def idp_pages():
    put('digid.test', '/saml/idp/request_authentication', simple_page(
        'DigiD | Inloggen', '<header><img src="/img/digid-logo.svg" alt="DigiD"></header>'
        '<h1>Inloggen bij DigiD</h1><p>U wilt inloggen bij: een overheidsorganisatie.</p>'
        '<form method="post" action="/saml/idp/request_authentication"><label>DigiD gebruikersnaam <input name="username"></label>'
        '<label>Wachtwoord <input type="password" name="password"></label><button>Inloggen</button></form>'
        '<p><a href="/saml/idp/request_authentication">Inloggen met de DigiD app</a> | <a href="/">Annuleren</a></p>'))
    put('digid.test', '/img/digid-logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#000"/><text x="4" y="26" fill="#fff" font-size="12">DigiD</text></svg>')
    put('digid.test', '/index.html', simple_page('DigiD', '<h1>DigiD</h1><p>Uw DigiD is uw persoonlijke inlogmiddel voor de overheid.</p><p><a href="/saml/idp/request_authentication">Inloggen</a></p>'))
    put('eherkenning.test', '/broker/selecteer-leverancier', simple_page(
        'eHerkenning - Kies uw leverancier', '<h1>Inloggen met eHerkenning</h1><p>Selecteer de leverancier van uw inlogmiddel.</p>'
        '<form method="post" action="/broker/selecteer-leverancier"><select name="leverancier"><option>Leverancier A</option><option>Leverancier B</option><option>Leverancier C</option></select><button>Verder</button></form>'
        '<p><a href="/index.html">Wat is eHerkenning?</a></p>'))
    put('eherkenning.test', '/index.html', simple_page('eHerkenning', '<h1>eHerkenning</h1><p>Zakelijk inloggen bij de overheid.</p>'))


def simple_page(title, body):
    return ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s</title></head><body>%s</body></html>'
            % (E(title), body))


def login_start(host, slug, kind='digid'):
    """A login start URL answering 302 to the identity provider."""
    url = 'http://%s/auth/%s/%s/start' % (host, slug, kind)
    loc = (DIGID + '?SAMLRequest=' + host.replace('.', '-') + '-' + slug) if kind == 'digid' else (EH + '?service=' + slug)
    if not any(r['url'] == url for r in REDIRECTS):
        REDIRECTS.append({'url': url, 'status': 302, 'location': loc})
    return url


# ----------------------------------------------------------------------------------------
# products

# key: (noun title, verb title, section, slug, intro, kosten)
P = {
 'brp-uittreksel': ('Uittreksel BRP', 'Uittreksel BRP aanvragen', 'burgerzaken', 'uittreksel-brp',
    'Een uittreksel uit de Basisregistratie Personen (BRP) is een bewijs van uw inschrijving in de gemeente. U hebt het bijvoorbeeld nodig voor een nieuwe baan, een huurwoning of een studie in het buitenland.', '€ 15,15'),
 'verhuismelding': ('Verhuizing doorgeven', 'Verhuizing doorgeven', 'burgerzaken', 'verhuizing-doorgeven',
    'Gaat u verhuizen? Geef uw nieuwe adres uiterlijk 5 dagen na uw verhuizing door. U kunt dit 4 weken van tevoren al doen.', 'gratis'),
 'geboorteaangifte': ('Geboorteaangifte', 'Geboorte aangeven', 'burgerzaken', 'geboorteaangifte',
    'Is uw kind geboren? Dan doet u binnen 3 dagen aangifte van de geboorte. Meestal doet de vader of moeder de aangifte.', 'gratis'),
 'overlijdensaangifte': ('Aangifte overlijden', 'Overlijden aangeven', 'burgerzaken', 'aangifte-overlijden',
    'Na een overlijden moet binnen 6 werkdagen aangifte worden gedaan. Meestal regelt de uitvaartverzorger dit voor de nabestaanden.', 'gratis'),
 'huwelijksaangifte': ('Trouwen en geregistreerd partnerschap', 'Melding voorgenomen huwelijk of partnerschap', 'burgerzaken', 'melding-voorgenomen-huwelijk',
    'Wilt u trouwen of een geregistreerd partnerschap aangaan? Dan meldt u dit uiterlijk 2 weken en maximaal 1 jaar voor de datum bij de gemeente. Vroeger heette dit ondertrouw.', 'gratis'),
 'paspoort': ('Paspoort', 'Paspoort aanvragen', 'burgerzaken', 'paspoort',
    'Een paspoort vraagt u persoonlijk aan bij de gemeente waar u staat ingeschreven. Kinderen hebben een eigen paspoort nodig.', '€ 83,20 (18 jaar en ouder)'),
 'identiteitskaart': ('Identiteitskaart', 'Identiteitskaart aanvragen', 'burgerzaken', 'identiteitskaart',
    'Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa. U vraagt de identiteitskaart persoonlijk aan.', '€ 75,35 (18 jaar en ouder)'),
 'parkeervergunning': ('Parkeervergunning bewoners', 'Parkeervergunning aanvragen', 'parkeren', 'parkeervergunning',
    'Woont u in een gebied met betaald parkeren of een vergunningsgebied? Dan kunt u een parkeervergunning voor bewoners aanvragen.', '€ 98,50 per jaar'),
 'gehandicaptenparkeerkaart': ('Gehandicaptenparkeerkaart', 'Gehandicaptenparkeerkaart aanvragen', 'parkeren', 'gehandicaptenparkeerkaart',
    'Hebt u een ziekte of handicap waardoor u niet ver kunt lopen? Met een gehandicaptenparkeerkaart (GPK) mag u op een gehandicaptenparkeerplaats parkeren.', '€ 136,00'),
 'gehandicaptenparkeerplaats': ('Gehandicaptenparkeerplaats', 'Gehandicaptenparkeerplaats aanvragen', 'parkeren', 'gehandicaptenparkeerplaats',
    'Hebt u een gehandicaptenparkeerkaart en kunt u niet in de buurt van uw huis parkeren? Dan kunt u een gehandicaptenparkeerplaats op kenteken aanvragen.', 'gratis'),
 'hondenbelasting': ('Hondenbelasting', 'Hond aan- of afmelden', 'belastingen', 'hondenbelasting',
    'Hebt u een hond? Dan betaalt u hondenbelasting. Een nieuwe hond meldt u binnen 2 weken aan. Is uw hond overleden of weggegeven, dan meldt u hem af.', '€ 112,32 per hond per jaar'),
 'belastingkwijtschelding': ('Kwijtschelding gemeentelijke belastingen', 'Kwijtschelding aanvragen', 'belastingen', 'kwijtschelding',
    'Hebt u een laag inkomen en weinig vermogen? Dan hoeft u de gemeentelijke belastingen misschien niet (helemaal) te betalen.', 'gratis'),
 'woz-bezwaar': ('WOZ-waarde', 'Bezwaar maken tegen de WOZ-waarde', 'belastingen', 'woz-bezwaar',
    'Bent u het niet eens met de WOZ-waarde van uw woning of bedrijfspand? Dan kunt u binnen 6 weken na de datum op de aanslag bezwaar maken.', 'gratis'),
 'bijstand': ('Bijstandsuitkering', 'Bijstandsuitkering aanvragen', 'werk-en-inkomen', 'bijstandsuitkering',
    'Hebt u niet genoeg inkomen of vermogen om van te leven? Dan kunt u misschien een bijstandsuitkering krijgen (Participatiewet).', 'gratis'),
 'bijzondere-bijstand': ('Bijzondere bijstand', 'Bijzondere bijstand aanvragen', 'werk-en-inkomen', 'bijzondere-bijstand',
    'Hebt u onverwachte, noodzakelijke kosten die u niet zelf kunt betalen? Bijvoorbeeld voor een bril, bewindvoering of een verhuizing? Misschien kunt u bijzondere bijstand krijgen.', 'gratis'),
 'wmo-voorziening': ('Hulp en ondersteuning (Wmo)', 'Wmo-voorziening aanvragen', 'zorg-en-welzijn', 'wmo',
    'Hebt u hulp nodig om thuis te blijven wonen, zoals huishoudelijke hulp, een woningaanpassing of een scootmobiel? Dan kunt u een melding doen voor ondersteuning via de Wmo.', 'eigen bijdrage € 19 per maand'),
 'leerlingenvervoer': ('Leerlingenvervoer', 'Leerlingenvervoer aanvragen', 'onderwijs', 'leerlingenvervoer',
    'Kan uw kind niet zelfstandig naar school? Dan kunt u een vergoeding voor leerlingenvervoer aanvragen. Vraag het vervoer voor 1 mei aan voor het nieuwe schooljaar.', 'afhankelijk van de afstand en het inkomen'),
 'grofvuil': ('Grofvuil', 'Grofvuil laten ophalen', 'afval', 'grofvuil',
    'Grof huishoudelijk afval zoals meubels en matrassen kunt u laten ophalen of zelf naar de milieustraat brengen.', '€ 25 per ophaalbeurt'),
 'afvalcontainer': ('Minicontainers', 'Afvalcontainer aanvragen of wijzigen', 'afval', 'afvalcontainer',
    'Hebt u een nieuwe, extra of grotere container nodig, of is uw container kapot of gestolen? Vraag dan een container aan of wijzig uw container.', '€ 45 voor een extra container'),
 'melding-openbare-ruimte': ('Melding openbare ruimte', 'Melding openbare ruimte doen', 'afval', 'melding-openbare-ruimte',
    'Ziet u een losliggende stoeptegel, een kapotte lantaarnpaal of zwerfafval? Meld het ons, dan lossen we het zo snel mogelijk op.', 'gratis'),
 'omgevingsvergunning': ('Omgevingsvergunning', 'Omgevingsvergunning aanvragen', 'bouwen-en-wonen', 'omgevingsvergunning',
    'Wilt u bouwen, verbouwen, slopen of iets veranderen aan een monument? Dan hebt u misschien een omgevingsvergunning nodig.', 'zie de legesverordening'),
 'kapvergunning': ('Boom kappen', 'Kapvergunning aanvragen', 'bouwen-en-wonen', 'kapvergunning',
    'Wilt u een boom kappen? Voor veel bomen hebt u een vergunning nodig (omgevingsvergunning voor het vellen van houtopstand).', '€ 86,50'),
 'bouwdossier-inzage': ('Bouwtekeningen opvragen', 'Bouwdossier inzien', 'bouwen-en-wonen', 'bouwtekeningen-opvragen',
    'Wilt u een bouwtekening of bouwdossier van een woning of gebouw bekijken? Vraag het dossier op bij het archief.', '€ 12,50 per dossier'),
 'bezwaar': ('Bezwaar maken', 'Bezwaar maken tegen een besluit', 'bestuur', 'bezwaar-maken',
    'Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken bezwaar maken.', 'gratis'),
 'klacht': ('Klacht indienen', 'Klacht indienen over de gemeente', 'bestuur', 'klacht-indienen',
    'Bent u niet tevreden over hoe een medewerker of bestuurder van de gemeente u heeft behandeld? Dien dan een klacht in.', 'gratis'),
 'woo-verzoek': ('Woo-verzoek', 'Woo-verzoek indienen', 'bestuur', 'woo-verzoek',
    'Wilt u informatie over een bestuurlijke aangelegenheid die nog niet openbaar is? Dan kunt u een verzoek doen op grond van de Wet open overheid (Woo).', 'gratis'),
 'subsidie': ('Subsidies', 'Subsidie aanvragen', 'bestuur', 'subsidie-aanvragen',
    'Organiseert u een activiteit voor de inwoners van de gemeente? Misschien kunt u subsidie krijgen. Vraag eenmalige subsidie minimaal 8 weken voor de activiteit aan.', 'gratis'),
 'evenementenvergunning': ('Evenementenvergunning', 'Evenementenvergunning aanvragen', 'ondernemen', 'evenementenvergunning',
    'Organiseert u een evenement, zoals een festival, braderie of buurtfeest op de openbare weg? Dan hebt u misschien een evenementenvergunning nodig. Vraag de vergunning minimaal 8 weken van tevoren aan.', '€ 60 tot € 1.250'),
 'exploitatievergunning-horeca': ('Exploitatievergunning horeca', 'Exploitatievergunning aanvragen', 'ondernemen', 'exploitatievergunning',
    'Begint u een café, restaurant of ander horecabedrijf? Dan hebt u een exploitatievergunning nodig.', '€ 340'),
 'alcoholvergunning': ('Alcoholvergunning', 'Alcoholvergunning aanvragen', 'ondernemen', 'alcoholvergunning',
    'Wilt u in uw horecazaak alcohol schenken? Dan hebt u een alcoholvergunning nodig op grond van de Alcoholwet.', '€ 390'),
 'terrasvergunning': ('Terras', 'Terrasvergunning aanvragen', 'ondernemen', 'terrasvergunning',
    'Wilt u bij uw horecazaak een terras op de openbare weg? Dan hebt u een terrasvergunning nodig.', '€ 28 per m² per jaar'),
 'standplaatsvergunning': ('Standplaats', 'Standplaatsvergunning aanvragen', 'ondernemen', 'standplaatsvergunning',
    'Wilt u op een vaste plaats in de gemeente iets verkopen vanuit een kraam of wagen, buiten de weekmarkt? Dan hebt u een standplaatsvergunning nodig.', '€ 150'),
 'marktvergunning': ('Weekmarkt', 'Marktvergunning aanvragen', 'ondernemen', 'marktvergunning',
    'Wilt u als marktkoopman op de weekmarkt staan? Dan hebt u een marktvergunning (vaste plaats) of dagplaats nodig.', 'marktgeld per strekkende meter'),
 'reclamebelasting': ('Reclamebelasting', 'Reclamebelasting en reclame-uitingen', 'ondernemen', 'reclamebelasting',
    'Hebt u een reclame-uiting aan uw gevel die vanaf de openbare weg zichtbaar is? Dan betaalt u reclamebelasting. De opbrengst gaat naar het ondernemersfonds.', 'afhankelijk van het aantal m²'),
 'geluidsontheffing': ('Ontheffing geluidhinder', 'Geluidsontheffing aanvragen', 'ondernemen', 'ontheffing-geluid',
    'Maakt u bij een activiteit meer geluid dan is toegestaan, bijvoorbeeld bij een feest of bij werkzaamheden buiten de normale tijden? Dan hebt u een ontheffing geluidhinder nodig.', '€ 45'),
 'winkeltijdenontheffing': ('Winkeltijden', 'Ontheffing winkeltijden aanvragen', 'ondernemen', 'winkeltijden',
    'Wilt u uw winkel open hebben buiten de tijden die in de Winkeltijdenverordening staan? Dan kunt u een ontheffing aanvragen.', '€ 75'),
 'kansspelautomaatvergunning': ('Speelautomaten', 'Aanwezigheidsvergunning kansspelautomaten aanvragen', 'ondernemen', 'speelautomaten',
    'Wilt u in uw horecabedrijf een kansspelautomaat plaatsen? Dan hebt u een aanwezigheidsvergunning van de gemeente nodig.', '€ 56,50 per automaat'),
 'collectevergunning': ('Collecteren', 'Collectevergunning aanvragen', 'ondernemen', 'collecteren',
    'Wilt u met uw organisatie geld of goederen inzamelen langs de deuren? Dan hebt u een collectevergunning nodig.', 'gratis'),
 'ligplaatsvergunning': ('Ligplaats', 'Ligplaatsvergunning aanvragen', 'wonen', 'ligplaatsvergunning',
    'Wilt u met een (woon)boot of ander vaartuig in het openbare water van de gemeente liggen? Dan hebt u een ligplaatsvergunning nodig.', '€ 95'),
 'uitwegvergunning': ('Uitrit of inrit aanleggen', 'Uitwegvergunning aanvragen', 'bouwen-en-wonen', 'uitrit-aanleggen',
    'Wilt u een uitrit (uitweg) aanleggen of veranderen naar de openbare weg? Dan hebt u een vergunning nodig.', '€ 110'),
 'belastingaanslag-bezwaar': ('Bezwaar tegen uw aanslag', 'Bezwaar maken tegen uw belastingaanslag', 'belastingen', 'bezwaar-belastingaanslag',
    'Bent u het niet eens met uw aanslag gemeentelijke belastingen, bijvoorbeeld de afvalstoffenheffing of de rioolheffing? Dan kunt u binnen 6 weken bezwaar maken.', 'gratis'),
 'betalingsregeling': ('Betalingsregeling', 'Betalingsregeling aanvragen', 'belastingen', 'betalingsregeling',
    'Kunt u uw aanslag gemeentelijke belastingen niet in één keer betalen? Dan kunt u in termijnen betalen met automatische incasso of een betalingsregeling aanvragen.', 'gratis'),
}
ONDERNEMER = {'evenementenvergunning', 'exploitatievergunning-horeca', 'alcoholvergunning', 'terrasvergunning',
              'standplaatsvergunning', 'marktvergunning', 'reclamebelasting', 'geluidsontheffing',
              'winkeltijdenontheffing', 'kansspelautomaatvergunning'}
TAX = {'hondenbelasting', 'belastingkwijtschelding', 'woz-bezwaar', 'belastingaanslag-bezwaar', 'betalingsregeling'}

SECTIONS = {'burgerzaken': 'Burgerzaken', 'parkeren': 'Parkeren', 'belastingen': 'Belastingen',
            'werk-en-inkomen': 'Werk en inkomen', 'zorg-en-welzijn': 'Zorg en welzijn', 'onderwijs': 'Onderwijs',
            'afval': 'Afval en buitenruimte', 'bouwen-en-wonen': 'Bouwen en verbouwen', 'bestuur': 'Bestuur en organisatie',
            'ondernemen': 'Ondernemen', 'wonen': 'Wonen'}

# Channel codes per product, one letter per organisation, in ORGS order:
# Oss Maastricht Utrecht Deventer Renswoude Schiermonnikoog Middelburg Smallingerland Zwolle Hoorn
# D own form behind DigiD (100) X DigiD form with pre-fill statement (100/100) G DigiD + eHerkenning (100)
# E eHerkenning form (100) J Open Forms JS-only with login (100) K Open Forms JS-only anonymous (67)
# F anonymous online form (67) P PDF (33) W DOCX (33) I information/appointment only (0) M e-mail/letter (0)
# Q online form that only orders a paper form (0) T joint tax office DigiD (100, via) S regional social service
# DigiD (100, via) A waste company anonymous booking (67, via) B waste company own-account login (67, via)
# R parking portal DigiD (100, via) O Omgevingsloket (100/100, via) N not offered Z not found
CH = {
 'brp-uittreksel':            'DDJXDDDDDD',
 'verhuismelding':            'DDJXDDDDDD',
 'geboorteaangifte':          'DIJDIIDIDI',
 'overlijdensaangifte':       'IIEIIIIIII',
 'huwelijksaangifte':         'DDJDPIDDDD',
 'paspoort':                  'IIIIIIIIII',
 'identiteitskaart':          'IIIIIIIIII',
 'parkeervergunning':         'DRJRNNRPRD',
 'gehandicaptenparkeerkaart': 'DDJDPQDPFD',
 'gehandicaptenparkeerplaats':'FPJDPZPPFP',
 'hondenbelasting':           'DTNNPPTDDF',
 'belastingkwijtschelding':   'DTTDPPTDXD',
 'woz-bezwaar':               'DTTDDPTDDD',
 'bijstand':                  'DDJXIISDDS',
 'bijzondere-bijstand':       'DDJDPPSPDS',
 'wmo-voorziening':           'FIKFIIDFDI',
 'leerlingenvervoer':         'DDJDPPDDDD',
 'grofvuil':                  'FFKAAIABAA',
 'afvalcontainer':            'FDKBAMAABA',
 'melding-openbare-ruimte':   'FFKFFFFFFF',
 'omgevingsvergunning':       'OOOOOOOOOO',
 'kapvergunning':             'OOODOOOFOO',
 'bouwdossier-inzage':        'FFKFMMFDFF',
 'bezwaar':                   'DFJDDPDFDD',
 'klacht':                    'FFKFFFFFFD',
 'woo-verzoek':               'FFKDMMFFFM',
 'subsidie':                  'GGJGPPWGGP',
 'evenementenvergunning':     'EEJGFPFEEP',
 'exploitatievergunning-horeca': 'EPJEPPPPEP',
 'alcoholvergunning':         'PPJEPPWPEP',
 'terrasvergunning':          'EFJFPPPFEP',
 'standplaatsvergunning':     'PPKFPMPPFP',
 'marktvergunning':           'PIKPMZPMFP',
 'reclamebelasting':          'IIIPNNIIIP',
 'geluidsontheffing':         'FPJFPMPFEP',
 'winkeltijdenontheffing':    'PMKPMZPPFP',
 'kansspelautomaatvergunning':'PPJPPZPPEP',
 'collectevergunning':        'FIKMMZPMFP',
 'ligplaatsvergunning':       'PDJPZZFPDF',
 'uitwegvergunning':          'FOJOPZOFOF',
 'belastingaanslag-bezwaar':  'DTTDPPTDDD',
 'betalingsregeling':         'FTTDMMTFDF',
}
LEVEL = {'D': 100, 'X': 100, 'G': 100, 'E': 100, 'J': 100, 'K': 67, 'F': 67, 'P': 33, 'W': 33, 'I': 0, 'M': 0,
         'Q': 0, 'T': 100, 'S': 100, 'A': 67, 'B': 67, 'R': 100, 'O': 100}
STRICT = dict(LEVEL, D=67, G=67, E=67, J=67, T=67, S=67, R=67)

ORGS = [
 dict(code='GM0828', name='Oss', slug='oss', inh=96214, cms='slug', forms='loket', mijn='Mijn Oss',
      waste=None, tax=None, social=None, parking=None, appt='jcc', search=('/zoeken', 'q')),
 dict(code='GM0935', name='Maastricht', slug='maastricht', inh=122378, cms='sectie', forms='wizard', mijn='Mijn Maastricht',
      waste=None, tax=('www.bsgw.test', 'BsGW'), social=None, parking=('maastricht.parkeerservice.test', 'Parkeerservice'), appt='qmatic', search=('/zoeken', 'zoekterm')),
 dict(code='GM0344', name='Utrecht', slug='utrecht', inh=374238, cms='nlds', forms='openforms', mijn='Mijn Utrecht',
      waste=None, tax=('www.bghu.test', 'BghU'), social=None, parking=None, appt='qmatic', search=('/zoeken/', 'query')),
 dict(code='GM0150', name='Deventer', slug='deventer', inh=103486, cms='owc', forms='gravity', mijn='Mijn Deventer',
      waste=('www.circulus.test', 'Circulus'), tax=None, social=None, parking=('deventer.parkeerservice.test', 'Parkeerservice'), appt='jcc', search=('/zoeken', 's')),
 dict(code='GM0339', name='Renswoude', slug='renswoude', inh=5712, cms='iprox', forms='formdesk', mijn=None,
      waste=('www.acv-groep.test', 'ACV'), tax=None, social=None, parking=None, appt=None, search=('/zoeken', 'zoeken_term')),
 dict(code='GM0088', name='Schiermonnikoog', slug='schiermonnikoog', inh=947, cms='productid', forms='formdesk', mijn=None,
      waste=None, tax=None, social=None, parking=None, appt=None, search=('/zoeken', 'q')),
 dict(code='GM0687', name='Middelburg', slug='middelburg', inh=49687, cms='pdcloket', forms='iform', mijn='Mijn Middelburg',
      waste=('www.zrd.test', 'ZRD'), tax=('www.sabewazeeland.test', 'SaBeWa Zeeland'), social=('www.orionis-walcheren.test', 'Orionis Walcheren'),
      parking=('middelburg.parkeerservice.test', 'Parkeerservice'), appt='jcc', search=('/zoeken', 'trefwoord')),
 dict(code='GM0090', name='Smallingerland', slug='smallingerland', inh=56541, cms='regelen', forms='loket', mijn='Mijn Smallingerland',
      waste=('www.omrin.test', 'Omrin'), tax=None, social=None, parking=None, appt='jcc', search=('/zoeken', 'q')),
 dict(code='GM0193', name='Zwolle', slug='zwolle', inh=132345, cms='slug', forms='openforms_static', mijn='Mijn Zwolle',
      waste=('www.rova.test', 'ROVA'), tax=None, social=None, parking=('zwolle.parkeerservice.test', 'Parkeerservice'), appt='qmatic', search=('/zoeken', 'q')),
 dict(code='GM0405', name='Hoorn', slug='hoorn', inh=74513, cms='hier', forms='tripleforms', mijn='Mijn Hoorn',
      waste=('www.hvcgroep.test', 'HVC'), tax=None, social=('www.werksaamwf.test', 'WerkSaam Westfriesland'), parking=None, appt='jcc', search=('/zoeken', 'q')),
]
for o in ORGS:
    o['host'] = 'www.%s.test' % o['slug']
    o['base'] = 'http://%s' % o['host']


# ----------------------------------------------------------------------------------------
# URL schemes

def cap_us(t):
    return t.replace(' ', '_').replace(',', '').replace('(', '').replace(')', '')


PRODUCT_IDS = {k: 1000 + 37 * i for i, k in enumerate(sorted(P))}


def product_url(o, key):
    noun, verb, sec, slug, _, _ = P[key]
    c = o['cms']
    if c == 'slug':
        return o['base'] + '/' + slug
    if c == 'sectie':
        return o['base'] + '/%s/%s' % (sec, slug)
    if c == 'nlds':
        return o['base'] + '/%s/%s/' % (sec if sec != 'afval' else 'afval-en-buitenruimte', slug)
    if c == 'owc':
        return o['base'] + '/onderwerp/' + slug
    if c == 'iprox':
        top = 'Ondernemers' if key in ONDERNEMER else 'Inwoners'
        return o['base'] + '/%s/%s/%s' % (top, cap_us(SECTIONS[sec]), cap_us(verb if key not in TAX else noun))
    if c == 'productid':
        return o['base'] + '/inwoners_41/product/%s_%d.html' % (slug, PRODUCT_IDS[key])
    if c == 'pdcloket':
        return 'http://loket.%s.test/producten/%s' % (o['slug'], slug.replace('-', '_'))
    if c == 'regelen':
        return o['base'] + '/Regelen-en-aanvragen/%s/%s' % (cap_us(SECTIONS[sec]).replace('_', '-'), cap_us(noun))
    if c == 'hier':
        top = 'ondernemers' if key in ONDERNEMER else 'inwoners'
        return o['base'] + '/%s/%s/%s' % (top, sec, slug)
    raise ValueError(c)


def doc_url(o, name, ext='pdf'):
    c = o['cms']
    if c == 'iprox':
        return o['base'] + '/Documenten/%s.%s' % (cap_us(name), ext)
    if c == 'nlds':
        return o['base'] + '/fileadmin/uploads/documenten/%s.%s' % (name, ext)
    if c == 'owc':
        return o['base'] + '/wp-content/uploads/2025/03/%s.%s' % (name, ext)
    if c == 'productid':
        return o['base'] + '/document.php?fileid=%d' % (int(hashlib.sha1((name + ext).encode()).hexdigest(), 16) % 900000 + 100000)
    if c == 'pdcloket':
        return 'http://loket.%s.test/documenten/%s.%s' % (o['slug'], name, ext)
    return o['base'] + '/sites/default/files/%s.%s' % (name, ext)


def add_doc(o, name, title, ext='pdf', lines=None):
    u = doc_url(o, name, ext)
    lines = lines if lines is not None else FORM_LINES
    if ext == 'pdf':
        put_url(u, make_pdf(title, lines))
    else:
        put_url(u, make_docx(title, lines))
    return u


# ----------------------------------------------------------------------------------------
# page layout

def cookie_banner(o):
    if o['slug'] in ('renswoude', 'schiermonnikoog'):
        return ''
    if o['slug'] == 'maastricht':
        return ('<div class="cookiewall" role="dialog" aria-modal="true"><h2>Cookies op gemeentemaastricht</h2>'
                '<p>Wij gebruiken functionele en analytische cookies. Met uw toestemming plaatsen we ook cookies voor video\'s en social media.</p>'
                '<a class="btn" href="%s/cookies?accept=all">Alle cookies accepteren</a> <a class="btn" href="%s/cookies?accept=functional">Alleen noodzakelijke cookies</a></div>' % (o['base'], o['base']))
    return ('<div id="cookie-banner" class="cookie-notice"><p>Deze website gebruikt cookies. <a href="%s/cookies">Lees meer over cookies</a>.</p>'
            '<button type="button" data-accept-url="%s/cookies?accept=1">Akkoord</button></div>' % (o['base'], o['base']))


def header(o):
    b = o['base']
    nav = ''.join('<li><a href="%s">%s</a></li>' % (section_url(o, s), SECTIONS[s]) for s in
                  ('burgerzaken', 'parkeren', 'belastingen', 'werk-en-inkomen', 'zorg-en-welzijn', 'afval', 'bouwen-en-wonen', 'ondernemen', 'bestuur'))
    sp, sq = o['search']
    login = ''
    if o['forms'] == 'loket':
        login += '<a href="http://loket.%s.test/">Digitaal loket</a> ' % o['slug']
    if o['mijn']:
        login = '<a class="login" href="%s"><img src="%s/img/digid.svg" alt="DigiD"> Inloggen %s</a>' % (
            login_start('mijn.%s.test' % o['slug'], 'mijn-omgeving'), b, o['mijn'])
    return ('<header class="site-header"><a class="logo" href="%s/"><img src="%s/img/logo.svg" alt="Logo gemeente %s"></a>'
            '<nav class="service"><a href="%s/contact">Contact</a> <a href="%s/nieuws/">Nieuws</a> %s</nav>'
            '<form class="search" action="%s%s" method="get"><label for="q">Zoeken</label><input id="q" name="%s"><button>Zoek</button></form>'
            '<nav class="main"><ul>%s<li><a href="%s/a-z">Alle onderwerpen A-Z</a></li></ul></nav></header>'
            % (b, b, E(o['name']), b, b, login, b, sp, sq, nav, b))


def footer(o):
    b = o['base']
    return ('<footer class="site-footer"><div><h2>Contact</h2><p>Gemeente %s<br>Telefoon 14 0%s<br>'
            '<a href="%s/contact">Contactformulier</a></p></div>'
            '<div><h2>Blijf op de hoogte</h2><a href="%s/nieuwsbrief">Aanmelden nieuwsbrief</a></div>'
            '<div class="logos"><img src="%s/img/digid.svg" alt="DigiD"> Veel zaken regelt u online met DigiD.</div>'
            '<ul><li><a href="%s/privacy">Privacyverklaring</a></li><li><a href="%s/cookies">Cookies</a></li>'
            '<li><a href="%s/toegankelijkheid">Toegankelijkheid</a></li><li><a href="%s/sitemap.xml">Sitemap</a></li></ul></footer>'
            % (E(o['name']), o['code'][-3:], b, b, b, b, b, b, b))


def page(o, title, body, crumbs=()):
    cb = ''.join('<li><a href="%s">%s</a></li>' % (u, E(t)) for u, t in crumbs)
    klass = 'utrecht-document' if o['cms'] == 'nlds' else 'page'
    return ('<!DOCTYPE html><html lang="nl" class="%s"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s | Gemeente %s</title>'
            '<link rel="stylesheet" href="%s/css/site.css"></head><body>%s%s'
            '<nav class="breadcrumb"><ol><li><a href="%s/">Home</a></li>%s</ol></nav><main id="content">%s</main>%s'
            '<script src="%s/js/site.js"></script></body></html>'
            % (klass, E(title), E(o['name']), o['base'], cookie_banner(o), header(o), o['base'], cb, body, footer(o), o['base']))


def section_url(o, s):
    if o['cms'] == 'iprox':
        return o['base'] + '/Inwoners/%s/' % cap_us(SECTIONS[s])
    if o['cms'] == 'regelen':
        return o['base'] + '/Regelen-en-aanvragen/%s/' % cap_us(SECTIONS[s]).replace('_', '-')
    if o['cms'] == 'sectie':
        return o['base'] + '/%s/' % s
    if o['cms'] == 'productid':
        return o['base'] + '/inwoners_41/%s' % s
    if o['cms'] == 'nlds':
        return o['base'] + '/%s/' % (s if s != 'afval' else 'afval-en-buitenruimte')
    return o['base'] + '/' + s


# ----------------------------------------------------------------------------------------
# form platforms

def form_host(o):
    f = o['forms']
    return {'loket': 'loket.%s.test', 'wizard': 'www.%s.test', 'openforms': 'formulieren.%s.test',
            'gravity': 'mijn.%s.test', 'formdesk': 'fd8.formdesk.test', 'iform': 'zaken.%s.test',
            'openforms_static': 'formulieren.%s.test', 'tripleforms': 'formulieren.%s.test'}[f].replace('%s', o['slug'])


def camel(s):
    return ''.join(w.capitalize() for w in s.replace('/', '-').split('-'))


def form_url(o, fslug):
    h = form_host(o)
    f = o['forms']
    if f == 'loket':
        return 'http://%s/formulieren/%s' % (h, fslug)
    if f == 'wizard':
        return 'http://%s/formulieren/%s?stap=1' % (h, fslug)
    if f in ('openforms', 'openforms_static'):
        return 'http://%s/%s/' % (h, fslug)
    if f == 'gravity':
        return 'http://%s/%s/' % (h, fslug)
    if f == 'formdesk':
        return 'http://%s/gemeente%s/%s' % (h, o['slug'], fslug)
    if f == 'iform':
        return 'http://%s/pls/iform/iform.toon?formulier=%s' % (h, fslug)
    if f == 'tripleforms':
        return 'http://%s/TriplEforms/DirectRegelen/formulier/nl-NL/ev%s/%s.aspx' % (h, o['name'], camel(fslug))


def form_page_html(o, title, inner, extra_head=''):
    return ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s - Gemeente %s</title>%s</head>'
            '<body><header><img src="%s/img/logo.svg" alt="Gemeente %s"> <a href="%s/">Terug naar de website</a></header>'
            '<main><h1>%s</h1>%s</main><footer><a href="%s/privacy">Privacy</a></footer></body></html>'
            % (E(title), E(o['name']), extra_head, o['base'], E(o['name']), o['base'], E(title), inner, o['base']))


def make_form(o, fslug, title, auth=None, prefill=False, paper_order=False):
    """Create a form page; auth None|'digid'|'eh'|'both'. Returns (form_url, start_url_or_None)."""
    url = form_url(o, fslug)
    h = form_host(o)
    f = o['forms']
    start = None
    if exists(url):
        return url, (login_start(h, fslug, 'digid' if auth in ('digid', 'both') else 'eherkenning') if auth else None)
    if f == 'openforms':
        cfg = 'http://%s/api/v2/forms/%s.json' % (h, fslug)
        login = []
        if auth in ('digid', 'both'):
            login.append({'provider': 'DigiD', 'url': login_start(h, fslug, 'digid')})
        if auth in ('eh', 'both'):
            login.append({'provider': 'eHerkenning', 'url': login_start(h, fslug, 'eherkenning')})
        start = login[0]['url'] if login else None
        data = {'name': title, 'slug': fslug, 'loginRequired': bool(login), 'loginOptions': login,
                'steps': [{'title': 'Uw gegevens'}, {'title': 'Uw aanvraag'}, {'title': 'Controleren en verzenden'}],
                'submitUrl': 'http://%s/api/v2/submissions/%s' % (h, fslug)}
        if not exists(data['submitUrl']):
            put_url(data['submitUrl'], json.dumps({'status': 'ok'}))
        put_url(cfg, json.dumps(data, ensure_ascii=False, indent=1))
        inner = ('<div class="open-forms-sdk-root" id="openforms-container" data-sdk-module="http://%s/static/sdk/open-forms-sdk.mjs" '
                 'data-form-id="%s" data-base-url="http://%s/api/v2/" data-form-config="%s" data-base-path="/%s/"></div>'
                 '<noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>'
                 '<script type="module" src="http://%s/static/sdk/sdk-wrapper.mjs"></script>' % (h, fslug, h, cfg, fslug, h))
        html_ = ('<!DOCTYPE html><html lang="nl" class="openforms-theme utrecht-document"><head><meta charset="utf-8"><title>%s | Gemeente Utrecht</title>'
                 '<link rel="stylesheet" href="http://%s/static/sdk/open-forms-sdk.css"></head><body><main>%s</main></body></html>' % (E(title), h, inner))
        put_url(url, html_)
        return url, start
    # server-rendered platforms
    if auth:
        parts = []
        if auth in ('digid', 'both'):
            start = login_start(h, fslug, 'digid')
            parts.append('<a class="btn btn-digid" href="%s"><img src="%s/img/digid.svg" alt="DigiD"> Inloggen met DigiD</a>' % (start, o['base']))
        if auth in ('eh', 'both'):
            s2 = login_start(h, fslug, 'eherkenning')
            start = start or s2
            parts.append('<a class="btn btn-eherkenning" href="%s"><img src="%s/img/eherkenning.svg" alt="eHerkenning"> Inloggen met eHerkenning</a>' % (s2, o['base']))
        pre = ('<p class="prefill">Na het inloggen worden uw persoonsgegevens (naam, adres, BSN) automatisch ingevuld vanuit de Basisregistratie Personen. U hoeft die niet zelf in te vullen.</p>' if prefill else '')
        inner = ('<p>Voor dit formulier moet u inloggen. U wordt na 15 minuten inactiviteit automatisch uitgelogd bij DigiD.</p>%s<div class="login-options">%s</div>'
                 % (pre, ' '.join(parts)))
        if f == 'gravity':
            inner += '<div id="js-resumeSession" hidden>Kies \'Verlengen\' om uw sessie te verlengen</div>'
        if f == 'tripleforms':
            inner = '<div class="tef-stappen">Stap 1 van 5: Inloggen</div>' + inner
        if f == 'wizard':
            inner = '<ol class="steps"><li class="active">Inloggen</li><li>Gegevens</li><li>Controleren</li><li>Verzenden</li></ol>' + inner
    else:
        done = url + 'bedankt' if url.endswith('/') else url.split('?')[0] + '?stap=verzonden'
        if not exists(done):
            put_url(done, form_page_html(o, 'Bedankt', '<p>Uw formulier is verzonden. U ontvangt een bevestiging per e-mail.</p>'))
        legend = '<p>"*" geeft vereiste velden aan</p>' if f == 'gravity' else '<p>Velden met een * zijn verplicht.</p>'
        what = ('<p>Vul uw naam en adres in. Wij sturen u het papieren aanvraagformulier binnen 5 werkdagen per post toe.</p>' if paper_order else '')
        inner = ('%s%s<form method="post" action="%s"><fieldset><legend>Uw gegevens</legend>'
                 '<label>Naam * <input name="naam" required></label><label>E-mailadres * <input type="email" name="email" required></label>'
                 '<label>Postcode * <input name="postcode" required></label><label>Huisnummer * <input name="huisnummer" required></label></fieldset>'
                 '<fieldset><legend>Uw %s</legend><label>Toelichting <textarea name="toelichting"></textarea></label>'
                 '<label>Bijlage (pdf, jpg of docx, max. 2 MB) <input type="file" name="bijlage"></label></fieldset>'
                 '<button type="submit">Verzenden</button></form>' % (what, legend, done, 'verzoek' if paper_order else 'aanvraag'))
    if f == 'openforms_static':
        body = ('<!DOCTYPE html><html lang="nl" class="openforms-theme"><head><meta charset="utf-8"><title>%s</title></head>'
                '<body><div class="openforms-form"><h1>%s</h1>%s</div><footer>Gemeente %s</footer></body></html>' % (E(title), E(title), inner, E(o['name'])))
    else:
        body = form_page_html(o, title, inner)
    put_url(url, body)
    return url, start


# ----------------------------------------------------------------------------------------
# external bodies

def ext_pages():
    # Omgevingsloket
    h = 'omgevingswet.overheid.test'
    put(h, '/index.html', simple_page('Omgevingsloket', '<h1>Omgevingsloket</h1><ul><li><a href="/checken/">Vergunningcheck doen</a></li>'
        '<li><a href="/aanvragen/">Aanvraag of melding indienen</a></li><li><a href="%s">Mijn Omgevingsloket</a></li></ul>' % login_start(h, 'mijn-omgevingsloket')))
    put(h, '/aanvragen/index.html', simple_page('Aanvragen | Omgevingsloket',
        '<h1>Aanvraag of melding indienen</h1><p>Log in om een aanvraag voor een omgevingsvergunning of een melding in te dienen.</p>'
        '<p>Na het inloggen haalt het Omgevingsloket uw gegevens (naam, adres) op uit de basisregistraties en vult ze alvast voor u in.</p>'
        '<a href="%s">Inloggen met DigiD</a> <a href="%s">Inloggen met eHerkenning</a>' % (login_start(h, 'aanvragen', 'digid'), login_start(h, 'aanvragen', 'eherkenning'))))
    put(h, '/checken/index.html', simple_page('Vergunningcheck | Omgevingsloket',
        '<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig hebt. U hoeft niet in te loggen.</p><form action="/checken/" method="get"><input name="adres"><button>Start de check</button></form>'))
    # national others
    put('www.werk.test', '/nl/mensen_zonder_baan/bijstand/index.html', simple_page('Bijstand | Werk.nl',
        '<h1>Bijstandsuitkering aanvragen</h1><p>Eerst meldt u zich via werk.nl. Daarna vraagt u de uitkering aan bij uw gemeente.</p><a href="%s">Inloggen met DigiD</a>' % login_start('www.werk.test', 'melden')))
    put('www.wozwaardeloket.test', '/index.html', simple_page('WOZ-waardeloket', '<h1>WOZ-waardeloket</h1><p>Bekijk de WOZ-waarde van woningen in Nederland. U kunt hier geen bezwaar maken.</p>'))
    put('mijn.overheid.test', '/index.html', simple_page('MijnOverheid', '<h1>MijnOverheid</h1><p>Bekijk uw persoonlijke gegevens en berichten van de overheid.</p><a href="%s">Inloggen met DigiD</a>' % login_start('mijn.overheid.test', 'mijnoverheid')))
    put('www.kansspelautoriteit.test', '/index.html', simple_page('Kansspelautoriteit', '<h1>Kansspelautoriteit</h1><p>Informatie over speelautomaten en keuring.</p>'))
    put('www.cbf.test', '/collecterooster/index.html', simple_page('Collecterooster | CBF', '<h1>Landelijk collecterooster</h1><p>Het collecterooster voor 2026.</p>'))
    put('www.nationaleombudsman.test', '/klacht-indienen/index.html', simple_page('Klacht indienen | Nationale ombudsman',
        '<h1>Klacht indienen bij de Nationale ombudsman</h1><p>Hebt u eerst bij de gemeente geklaagd?</p><form method="post" action="/klacht-indienen/"><input name="naam"><button>Verder</button></form>'))


def body_site(host, name, title, inner):
    return ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s | %s</title></head><body><header><a href="http://%s/">%s</a>'
            '</header><main><h1>%s</h1>%s</main><footer>%s</footer></body></html>' % (E(title), E(name), host, E(name), E(title), inner, E(name)))


def ext_route(o, kind, key):
    """Route on another body's site. Returns (route_url, via_host, landing_url_for_link)."""
    noun, verb, sec, slug, _, _ = P[key]
    if kind == 'T':
        h, n = o['tax']
        land = 'http://%s/%s/%s' % (h, {'hondenbelasting': 'belastingen', 'belastingkwijtschelding': 'kwijtschelding',
                                        'woz-bezwaar': 'woz', 'belastingaanslag-bezwaar': 'bezwaar', 'betalingsregeling': 'betalen'}[key], slug)
        start = login_start(h, slug)
        extra = ''
        if key == 'woz-bezwaar':
            extra = '<p><a href="http://%s/woz/taxatieverslag">Taxatieverslag bekijken</a></p>' % h
            if not exists('http://%s/woz/taxatieverslag' % h):
                put_url('http://%s/woz/taxatieverslag' % h, body_site(h, n, 'Taxatieverslag', '<p>Log in met DigiD om uw taxatieverslag te bekijken.</p><a href="%s">Inloggen met DigiD</a>' % login_start(h, 'taxatieverslag')))
        put_url(land, body_site(h, n, verb, '<p>%s voert de belastingtaken uit voor gemeente %s.</p><p>%s regelt u online in Mijn %s.</p>'
                                '<p><a class="btn" href="%s">Inloggen met DigiD</a> <a class="btn" href="%s">Inloggen met eHerkenning</a></p>%s'
                                % (E(n), E(o['name']), E(verb), E(n), start, login_start(h, slug, 'eherkenning'), extra)))
        put_url('http://%s/' % h, body_site(h, n, n, '<p>Belastingsamenwerking van gemeenten en waterschap.</p><p><a href="%s">Mijn %s</a></p>' % (login_start(h, 'mijn'), E(n))))
        return start, h, land
    if kind == 'S':
        h, n = o['social']
        land = 'http://%s/inwoners/%s' % (h, slug)
        fu = 'http://%s/e-formulieren/%s' % (h, slug)
        start = login_start(h, slug)
        put_url(fu, body_site(h, n, verb, '<p>Log in met DigiD om het formulier in te vullen.</p><a href="%s">Inloggen met DigiD</a>' % start))
        put_url(land, body_site(h, n, verb, '<p>%s voert de Participatiewet uit voor de gemeente %s.</p>'
                                '<p><a href="%s">%s (met DigiD)</a></p>'
                                '<p><a href="http://%s/contact">Bel mij terug</a></p>' % (E(n), E(o['name']), fu, E(verb), h)))
        put_url('http://%s/contact' % h, body_site(h, n, 'Contact', '<form method="post" action="http://%s/contact"><input name="telefoon"><button>Bel mij terug</button></form>' % h))
        put_url('http://%s/' % h, body_site(h, n, n, '<p><a href="%s">Bijstand aanvragen</a></p>' % land))
        return fu, h, land
    if kind in 'AB':
        h, n = o['waste']
        land = 'http://%s/%s' % (h, 'grofvuil-aanmelden' if key == 'grofvuil' else 'container-aanvragen')
        if kind == 'A':
            fu = land + '-formulier'
            put_url(fu, body_site(h, n, verb, '<form method="post" action="%s"><label>Postcode <input name="pc"></label><label>Huisnummer <input name="hn"></label>'
                                  '<label>Kies een datum <select name="d"><option>maandag</option><option>donderdag</option></select></label><button>Afspraak bevestigen</button></form>' % fu))
            put_url(land, body_site(h, n, verb, '<p>Vul uw postcode en huisnummer in en kies een ophaaldatum. U hoeft niet in te loggen.</p><a class="btn" href="%s">Direct aanmelden</a>'
                                    '<p><a href="http://%s/app">Download de %s-app</a></p>' % (fu, h, n)))
        else:
            fu = 'http://%s/mijn/inloggen?next=%s' % (h, slug)
            put_url(fu, body_site(h, n, 'Inloggen Mijn ' + n, '<p>Log in met uw e-mailadres en wachtwoord. Nog geen account? <a href="http://%s/mijn/registreren">Registreer</a></p>'
                                  '<form method="post" action="%s"><input type="email" name="email"><input type="password" name="password"><button>Inloggen</button></form>' % (h, fu)))
            put_url('http://%s/mijn/registreren' % h, body_site(h, n, 'Account aanmaken', '<form method="post" action="http://%s/mijn/registreren"><input name="email"><button>Registreren</button></form>' % h))
            put_url(land, body_site(h, n, verb, '<p>In Mijn %s regelt u uw afvalzaken. <a class="btn" href="%s">Inloggen Mijn %s</a></p>'
                                    '<p><a href="http://%s/app">Download de %s-app</a></p>' % (n, fu, n, h, n)))
        put_url('http://%s/app' % h, body_site(h, n, 'De afvalapp', '<p>Met de app ziet u de afvalkalender.</p>'))
        put_url('http://%s/' % h, body_site(h, n, n, '<p><a href="%s">%s</a></p>' % (land, E(verb))))
        return fu, h, land
    if kind == 'R':
        h, n = o['parking']
        start = login_start(h, 'bewonersvergunning')
        land = 'http://%s/' % h
        put_url(land, body_site(h, 'Parkeerservice ' + o['name'], 'Digitaal loket parkeren',
                                '<p>Vraag hier uw bewonersvergunning of bezoekersregeling aan. Betalen gaat met iDEAL.</p>'
                                '<p><a class="btn" href="%s">Inloggen met DigiD</a></p><p><a href="http://%s/tarieven">Tarieven</a></p>' % (start, h)))
        put_url('http://%s/tarieven' % h, body_site(h, 'Parkeerservice', 'Tarieven', '<p>Bewonersvergunning: € 98,50 per jaar.</p>'))
        return start, h, land
    if kind == 'O':
        return 'http://omgevingswet.overheid.test/aanvragen/', 'omgevingswet.overheid.test', 'http://omgevingswet.overheid.test/'
    raise ValueError(kind)


# ----------------------------------------------------------------------------------------
# product pages with routes and traps

def appt_url(o, what='burgerzaken'):
    if o['appt'] == 'jcc':
        return 'http://%s.jccsoftware.test/JCC/G-Plan/?product=%s' % (o['slug'], what)
    if o['appt'] == 'qmatic':
        return 'http://afspraak.%s.test/qmaticwebbooking/#/%s' % (o['slug'], what)
    return None


def appt_pages(o):
    if o['appt'] == 'jcc':
        h = '%s.jccsoftware.test' % o['slug']
        put(h, '/JCC/G-Plan/index.html', body_site(h, 'Afspraak maken gemeente ' + o['name'], 'Afspraak maken',
            '<p>Kies een product, datum en tijd.</p><form method="post" action="http://%s/JCC/G-Plan/"><select name="product"><option>Paspoort</option><option>Identiteitskaart</option><option>Rijbewijs</option></select><button>Volgende</button></form>'
            '<p><a href="%s">Inloggen met DigiD om uw afspraken te bekijken of te wijzigen</a></p>' % (h, login_start(h, 'afspraken'))))
        put(h, '/index.html', body_site(h, 'JCC G-Plan', 'Afspraak maken', '<p><a href="http://%s/JCC/G-Plan/">Afspraak maken</a></p>' % h))
    elif o['appt'] == 'qmatic':
        h = 'afspraak.%s.test' % o['slug']
        put(h, '/qmaticwebbooking/index.html', body_site(h, 'Afspraak maken gemeente ' + o['name'], 'Afspraak maken',
            '<div id="qmatic-app" data-config-url="http://%s/qmaticwebbooking/rest/config"></div><script>/* booking widget */</script>'
            '<p><a href="%s">Log in met DigiD voor uw eerdere afspraken</a></p>' % (h, login_start(h, 'afspraken'))))
        put(h, '/index.html', body_site(h, 'Afspraak maken', 'Afspraak maken', '<p><a href="http://%s/qmaticwebbooking/">Afspraak maken</a></p>' % h))
        put(h, '/qmaticwebbooking/rest/config', json.dumps({'branches': ['Stadskantoor'], 'services': ['Paspoort', 'Identiteitskaart', 'Rijbewijs']}))


def org_pages(o):
    """Site-wide pages; returns nothing."""
    b = o['base']
    put_url(b + '/img/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="2" y="25">Gemeente %s</text></svg>' % E(o['name']))
    put_url(b + '/img/digid.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40"/><text x="3" y="25" fill="#fff">DigiD</text></svg>')
    put_url(b + '/img/eherkenning.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><text x="3" y="25">eH</text></svg>')
    put_url(b + '/css/site.css', 'body{font-family:sans-serif;max-width:70em;margin:auto}.btn{padding:.5em;background:#036;color:#fff}')
    put_url(b + '/js/site.js', "document.querySelectorAll('[data-accept-url]').forEach(function(b){b.onclick=function(){fetch(b.dataset.acceptUrl);b.parentNode.remove();};});")
    put_url(b + '/contact', page(o, 'Contact', '<h1>Contact</h1><p>Bel 14 0%s of stel uw vraag via het formulier. Wij reageren binnen 5 werkdagen.</p>'
        '<form method="post" action="%s/contact?verzonden=1"><label>Uw vraag <textarea name="vraag"></textarea></label><label>E-mail <input name="email"></label><button>Verzenden</button></form>'
        '<h2>Bel mij terug</h2><form method="post" action="%s/contact?verzonden=1"><input name="telefoon"><button>Terugbelverzoek versturen</button></form>' % (o['code'][-3:], b, b)))
    put_url(b + '/contact?verzonden=1', page(o, 'Bedankt', '<h1>Bedankt voor uw bericht</h1>'))
    put_url(b + '/nieuwsbrief', page(o, 'Nieuwsbrief', '<h1>Aanmelden voor de nieuwsbrief</h1><form method="post" action="%s/contact?verzonden=1"><input name="email"><button>Aanmelden</button></form>' % b))
    for p_, t in (('privacy', 'Privacyverklaring'), ('toegankelijkheid', 'Toegankelijkheidsverklaring'), ('cookies', 'Cookies')):
        put_url(b + '/' + p_, page(o, t, '<h1>%s</h1><p>Gemeente %s gaat zorgvuldig om met uw gegevens.</p>' % (t, E(o['name']))))
    if o['mijn']:
        h = 'mijn.%s.test' % o['slug']
        if not exists('http://%s/' % h):
            put_url('http://%s/' % h, body_site(h, o['mijn'], o['mijn'], '<p>In %s ziet u uw lopende zaken, belastingaanslagen en berichten.</p>'
                                                  '<a href="%s">Inloggen met DigiD</a>' % (o['mijn'], login_start(h, 'mijn-omgeving'))))
        put_url('http://%s/zaken/status' % h, body_site(h, o['mijn'], 'Bekijk de status van uw aanvraag',
                                                        '<p>Log in met DigiD om de status van uw aanvraag of melding te bekijken.</p><a href="%s">Inloggen met DigiD</a>' % login_start(h, 'lopende-zaken')))
    appt_pages(o)


def trap_html(o, key, rows_routes):
    """Product-specific traps. Returns (html, [trap names])."""
    b = o['base']
    out, names = [], []

    def pdf(name, title, lab, ext='pdf', kb='84'):
        u = add_doc(o, name, title, ext, ['Dit document bevat regels en tarieven.', 'Het is geen aanvraagformulier.'] if 'trap_regulation' in lab or 'tarie' in lab else None)
        out.append('<li><a href="%s">%s (%s, %s kB)</a></li>' % (u, E(title), ext.upper() if o['slug'] in ('utrecht', 'zwolle') else ext, kb))
        names.append(lab)

    def form(fslug, title, lab, auth=None):
        fu, st = make_form(o, fslug, title, auth)
        link = st if (auth and o['forms'] == 'loket') else fu
        suffix = ' (met DigiD)' if auth == 'digid' else (' (met eHerkenning)' if auth == 'eh' else '')
        out.append('<li><a href="%s">%s%s</a></li>' % (link, E(title), suffix))
        names.append(lab)

    def sib(k, text, lab):
        r = rows_routes.get(k)
        if r:
            out.append('<li><a href="%s">%s</a></li>' % (r, E(text)))
            names.append(lab)

    def ext(u, text, lab):
        out.append('<li><a href="%s">%s (externe link)</a></li>' % (u, E(text)))
        names.append(lab)

    def status():
        if o['mijn']:
            out.append('<li><a href="http://mijn.%s.test/zaken/status">Bekijk de status van uw aanvraag in %s</a></li>' % (o['slug'], o['mijn']))
            names.append('trap_status_tracker')

    def pay(title):
        u = b + '/betalen/' + title.lower().replace(' ', '-')
        put_url(u, page(o, title, '<h1>%s</h1><p>U betaalt met iDEAL.</p><form method="post" action="%s"><label>Bedrag <input name="bedrag"></label><label>Kenmerk <input name="kenmerk"></label><button>Betalen met iDEAL</button></form>' % (E(title), u)))
        out.append('<li><a href="%s">%s</a></li>' % (u, E(title)))
        names.append('trap_payment_page')

    k = key
    if k == 'brp-uittreksel':
        ext('http://mijn.overheid.test/', 'Bekijk uw gegevens in de BRP via MijnOverheid (DigiD)', 'trap_mijnoverheid_digid')
        pdf('tarieven-burgerzaken-2026', 'Tarieven burgerzaken 2026', 'trap_tariff_pdf', kb='62')
    elif k == 'verhuismelding':
        pdf('verklaring-hoofdbewoner', 'Verklaring hoofdbewoner', 'trap_auxiliary_pdf', kb='117')
        form('verhuizing-naar-buitenland', 'Vertrek naar het buitenland doorgeven', 'trap_sibling_form')
    elif k == 'geboorteaangifte':
        form('erkenning-ongeboren-kind', 'Erkenning ongeboren kind: afspraak aanvragen', 'trap_sibling_form')
    elif k == 'overlijdensaangifte':
        form('grafrechten-verlengen', 'Grafrechten verlengen', 'trap_sibling_form', 'digid')
    elif k == 'huwelijksaangifte':
        form('trouwlocatie-reserveren', 'Trouwlocatie en trouwambtenaar reserveren', 'trap_sibling_form')
        pdf('tarieven-huwelijk-2026', 'Tarieven huwelijk en partnerschap 2026', 'trap_tariff_pdf')
    elif k in ('paspoort', 'identiteitskaart'):
        pdf('toestemming-reisdocument-minderjarige', 'Verklaring toestemming reisdocument minderjarige', 'trap_auxiliary_pdf', kb='117')
        form('vermissing-reisdocument', 'Vermissing paspoort of ID-kaart melden', 'trap_sibling_form', 'digid')
    elif k == 'parkeervergunning':
        pdf('parkeertarieven-2026', 'Parkeertarieven 2026', 'trap_tariff_pdf')
        form('bezoekersparkeren', 'Bezoekersregeling aanvragen', 'trap_sibling_form', 'digid')
    elif k == 'gehandicaptenparkeerkaart':
        pdf('beleidsregels-gehandicaptenparkeervoorzieningen', 'Beleidsregels gehandicaptenparkeervoorzieningen', 'trap_regulation_pdf')
        sib('gehandicaptenparkeerplaats', 'Gehandicaptenparkeerplaats aanvragen', 'trap_sibling_form')
    elif k == 'gehandicaptenparkeerplaats':
        sib('gehandicaptenparkeerkaart', 'Eerst een gehandicaptenparkeerkaart aanvragen', 'trap_sibling_form')
        pdf('verkeersbesluit-gpp', 'Voorbeeld verkeersbesluit gehandicaptenparkeerplaats', 'trap_regulation_pdf')
    elif k == 'hondenbelasting':
        pdf('tarieven-belastingen-2026', 'Tarieven gemeentelijke belastingen 2026', 'trap_tariff_pdf')
        pdf('kaart-hondenuitlaatplaatsen', 'Kaart hondenuitlaatplaatsen', 'trap_info_pdf')
    elif k == 'belastingkwijtschelding':
        sib('bijzondere-bijstand', 'Bijzondere bijstand aanvragen', 'trap_sibling_form')
        sib('betalingsregeling', 'Betalingsregeling aanvragen', 'trap_sibling_form')
    elif k == 'woz-bezwaar':
        ext('http://www.wozwaardeloket.test/', 'WOZ-waarde opzoeken in het WOZ-waardeloket', 'trap_wozwaardeloket')
        sib('belastingaanslag-bezwaar', 'Bezwaar tegen een andere belasting', 'trap_sibling_form')
    elif k == 'bijstand':
        ext('http://www.werk.test/nl/mensen_zonder_baan/bijstand/', 'Eerst melden bij werk.nl (met DigiD)', 'trap_werknl_digid')
        sib('bijzondere-bijstand', 'Bijzondere bijstand aanvragen', 'trap_sibling_form')
    elif k == 'bijzondere-bijstand':
        u = b + '/rekenhulp-regelingen'
        put_url(u, page(o, 'Rekenhulp', '<h1>Rekenhulp: heb ik recht op een regeling?</h1><form action="%s" method="get"><label>Netto inkomen per maand <input name="inkomen"></label><button>Bereken</button></form>' % u))
        out.append('<li><a href="%s">Bereken met de rekenhulp of u recht hebt op een regeling</a></li>' % u)
        names.append('trap_calculator')
        sib('belastingkwijtschelding', 'Kwijtschelding gemeentelijke belastingen', 'trap_sibling_form')
    elif k == 'wmo-voorziening':
        form('klacht-zorgaanbieder', 'Klacht over uw zorgaanbieder melden', 'trap_sibling_form')
        pdf('verordening-maatschappelijke-ondersteuning-2026', 'Verordening maatschappelijke ondersteuning 2026', 'trap_regulation_pdf', kb='412')
    elif k == 'leerlingenvervoer':
        form('klacht-vervoerder-leerlingenvervoer', 'Klacht over de vervoerder doorgeven', 'trap_sibling_form')
        pdf('verordening-leerlingenvervoer', 'Verordening leerlingenvervoer', 'trap_regulation_pdf', kb='230')
    elif k == 'grofvuil':
        pdf('afvalkalender-2026', 'Afvalkalender 2026', 'trap_info_pdf', kb='310')
        sib('afvalcontainer', 'Container aanvragen of wijzigen', 'trap_sibling_form')
    elif k == 'afvalcontainer':
        form('milieupas-aanvragen', 'Milieupas aanvragen', 'trap_sibling_form')
        sib('grofvuil', 'Grofvuil laten ophalen', 'trap_sibling_form')
    elif k == 'melding-openbare-ruimte':
        status()
        u = b + '/app-melden'
        put_url(u, page(o, 'Meldingen-app', '<h1>Melden met de app</h1><p>Download de app MijnGemeente in de App Store of Google Play.</p>'))
        out.append('<li><a href="%s">Download de app</a></li>' % u)
        names.append('trap_app_link')
    elif k == 'omgevingsvergunning':
        ext('http://omgevingswet.overheid.test/checken/', 'Doe eerst de vergunningcheck', 'trap_vergunningcheck')
        form('principeverzoek', 'Principeverzoek of vooroverleg aanvragen', 'trap_principeverzoek_form')
        pdf('legesverordening-2026', 'Legesverordening 2026', 'trap_regulation_pdf', kb='530')
    elif k == 'kapvergunning':
        pdf('lijst-monumentale-bomen', 'Lijst monumentale bomen', 'trap_info_pdf', kb='190')
        form('herplantplicht-melden', 'Herplant doorgeven', 'trap_sibling_form')
    elif k == 'bouwdossier-inzage':
        a = appt_url(o, 'archief')
        if a:
            out.append('<li><a href="%s">Afspraak maken om het dossier in te zien op het stadsarchief</a></li>' % a)
            names.append('trap_appointment')
        else:
            out.append('<li><a href="mailto:archief@%s.test">archief@%s.test</a></li>' % (o['slug'], o['slug']))
            names.append('trap_mailto')
        pdf('tarieven-archief', 'Tarieven kopieën bouwtekeningen', 'trap_tariff_pdf')
    elif k == 'bezwaar':
        sib('woz-bezwaar', 'Bezwaar maken tegen uw WOZ-waarde', 'trap_sibling_form')
        sib('klacht', 'Klacht indienen', 'trap_sibling_form')
    elif k == 'klacht':
        ext('http://www.nationaleombudsman.test/klacht-indienen/', 'Klacht indienen bij de Nationale ombudsman', 'trap_ombudsman_form')
        sib('melding-openbare-ruimte', 'Melding over de openbare ruimte doen', 'trap_sibling_form')
    elif k == 'woo-verzoek':
        u = b + '/woo-publicaties'
        put_url(u, page(o, 'Woo-publicaties', '<h1>Actief openbaar gemaakte informatie</h1><p>Hier vindt u eerder gepubliceerde Woo-besluiten.</p>'))
        out.append('<li><a href="%s">Eerder gepubliceerde Woo-besluiten</a></li>' % u)
        names.append('trap_publications')
        status()
    elif k == 'subsidie':
        pdf('subsidieregister-2025', 'Subsidieregister 2025', 'trap_info_pdf', kb='98')
        form('subsidie-verantwoorden', 'Subsidie verantwoorden of vaststellen', 'trap_sibling_form', 'eh')
    elif k == 'evenementenvergunning':
        form('melding-klein-evenement', 'Melding klein evenement', 'trap_sibling_form')
        pdf('model-draaiboek-evenement', 'Model draaiboek evenement', 'trap_template_docx', 'docx', '56')
    elif k == 'exploitatievergunning-horeca':
        pdf('bibob-vragenformulier', 'Bibob-vragenformulier', 'trap_bibob_pdf', kb='143')
        sib('terrasvergunning', 'Terrasvergunning aanvragen', 'trap_sibling_form')
    elif k == 'alcoholvergunning':
        form('ontheffing-artikel-35', 'Ontheffing artikel 35 Alcoholwet (tijdelijk schenken)', 'trap_sibling_form')
        pdf('bibob-vragenformulier', 'Bibob-vragenformulier', 'trap_bibob_pdf', kb='143')
    elif k == 'terrasvergunning':
        pdf('terrassenbeleid', 'Terrassenbeleid binnenstad', 'trap_regulation_pdf', kb='280')
        sib('exploitatievergunning-horeca', 'Exploitatievergunning aanvragen', 'trap_sibling_form')
    elif k == 'standplaatsvergunning':
        pdf('standplaatsenbeleid', 'Standplaatsenbeleid', 'trap_regulation_pdf', kb='150')
        sib('marktvergunning', 'Dagplaats op de weekmarkt', 'trap_sibling_form')
    elif k == 'marktvergunning':
        pdf('marktverordening', 'Marktverordening', 'trap_regulation_pdf', kb='201')
        pay('Marktgeld betalen')
    elif k == 'reclamebelasting':
        sib('belastingaanslag-bezwaar', 'Bezwaar maken tegen uw aanslag', 'trap_sibling_form')
        ext('http://omgevingswet.overheid.test/checken/', 'Check of u een vergunning nodig hebt voor een reclamebord', 'trap_vergunningcheck')
    elif k == 'geluidsontheffing':
        form('melding-incidentele-festiviteit', 'Melding incidentele festiviteit', 'trap_sibling_form')
    elif k == 'winkeltijdenontheffing':
        pdf('winkeltijdenverordening', 'Winkeltijdenverordening', 'trap_regulation_pdf', kb='77')
    elif k == 'kansspelautomaatvergunning':
        ext('http://www.kansspelautoriteit.test/', 'Kansspelautoriteit', 'trap_external_info')
        pdf('tarieven-leges-ondernemers', 'Tarieven leges ondernemers', 'trap_tariff_pdf')
    elif k == 'collectevergunning':
        ext('http://www.cbf.test/collecterooster/', 'Bekijk het landelijke collecterooster', 'trap_external_info')
    elif k == 'ligplaatsvergunning':
        pay('Havengeld betalen')
        pdf('ligplaatsenverordening', 'Ligplaatsenverordening', 'trap_regulation_pdf', kb='120')
    elif k == 'uitwegvergunning':
        ext('http://omgevingswet.overheid.test/checken/', 'Vergunningcheck', 'trap_vergunningcheck')
        sib('omgevingsvergunning', 'Omgevingsvergunning voor bouwen aanvragen', 'trap_sibling_form')
    elif k == 'belastingaanslag-bezwaar':
        sib('belastingkwijtschelding', 'Kwijtschelding aanvragen', 'trap_sibling_form')
        pdf('uitleg-aanslagbiljet', 'Uitleg bij uw aanslagbiljet', 'trap_info_pdf')
    elif k == 'betalingsregeling':
        pdf('machtigingsformulier-automatische-incasso', 'Machtigingsformulier automatische incasso', 'trap_incasso_form_pdf', kb='45')
        sib('belastingkwijtschelding', 'Kwijtschelding aanvragen', 'trap_sibling_form')
    if not out:
        return '', []
    return '<aside class="related"><h2>Zie ook</h2><ul>%s</ul></aside>' % ''.join(out), names


def route_for(o, key, ch):
    """Build the product's own route. Returns dict(level, strict, route, via, signals, cta_html, notes, link)."""
    noun, verb, sec, slug, intro, kosten = P[key]
    b = o['base']
    r = dict(route='', via='', signals=[], cta='', notes='', link='')
    if ch in 'DXGEJ':
        auth = {'D': 'digid', 'X': 'digid', 'G': 'both', 'E': 'eh', 'J': 'eh' if key in ONDERNEMER else 'digid'}[ch]
        fu, st = make_form(o, slug, verb, auth, prefill=(ch == 'X'))
        r['signals'] = {'digid': ['digid'], 'both': ['digid', 'eherkenning'], 'eh': ['eherkenning']}[auth][:]
        if ch == 'J' or o['forms'] == 'openforms':
            r['signals'].append('js_only')
            r['signals'].append('open_forms')
        if ch == 'X':
            r['signals'].append('prefill_text')
        direct = o['forms'] == 'loket'
        r['route'] = st if direct else fu
        r['link'] = r['route']
        logo = '<img src="%s/img/digid.svg" alt="DigiD"> ' % b if 'digid' in r['signals'] else ''
        if o['slug'] == 'oss':
            r['cta'] = '<p class="cta">%s<a class="btn" href="%s">Direct regelen: %s</a></p>' % (logo, r['link'], E(verb))
        elif o['slug'] == 'smallingerland':
            r['cta'] = '<p class="cta">%s<a href="%s">DigiD link %s</a></p>' % ('', r['link'], E(verb)) if 'digid' in r['signals'] else '<p class="cta"><a href="%s">%s (met eHerkenning)</a></p>' % (r['link'], E(verb))
        elif o['slug'] == 'utrecht':
            r['cta'] = '<p><a class="utrecht-button-link utrecht-button-link--primary-action" href="%s">%s</a></p><p>U logt in met %s.</p>' % (r['link'], 'Aanvragen' if ch == 'J' else E(verb), 'eHerkenning' if auth == 'eh' else 'DigiD')
        elif auth == 'both':
            r['cta'] = '<p><a class="btn" href="%s">%s (met DigiD of eHerkenning)</a></p>' % (r['link'], E(verb))
        elif auth == 'eh':
            r['cta'] = '<p><a class="btn" href="%s">%s online aanvragen (met eHerkenning)</a></p>' % (r['link'], E(noun))
            if o['slug'] in ('oss', 'zwolle', 'deventer'):
                alt = add_doc(o, 'aanvraagformulier-' + slug, 'Aanvraagformulier ' + noun.lower())
                r['cta'] += '<p>Liever aanvragen zonder eHerkenning? <a href="%s">Download het aanvraagformulier (pdf, 102 kB)</a>.</p>' % alt
                r['signals'].append('pdf')
        else:
            r['cta'] = '<p>%s<a class="btn" href="%s">%s (met DigiD)</a></p>' % (logo, r['link'], E(verb))
        if ch == 'X':
            r['cta'] += '<p>Als u inlogt met DigiD, vullen wij uw gegevens alvast voor u in.</p>'
            r['notes'] = 'DigiD form; explicit pre-fill statement'
        else:
            r['notes'] = 'online form behind %s' % auth
    elif ch in 'KF' and key == 'melding-openbare-ruimte' and o['slug'] in ('zwolle', 'deventer', 'utrecht'):
        h = 'meldingen.%s.test' % o['slug']
        fu = 'http://%s/incident/beschrijf' % h
        put_url(fu, ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Melding openbare ruimte - Signalen</title></head><body>'
                     '<h1>Beschrijf uw melding</h1><form method="post" action="http://%s/incident/vulaan"><label>Waar is het? <input name="locatie"></label>'
                     '<label>Wat wilt u melden? * <textarea name="omschrijving" required></textarea></label><label>Foto toevoegen <input type="file" name="foto"></label>'
                     '<button>Volgende</button></form></body></html>' % h))
        put_url('http://%s/incident/vulaan' % h, simple_page('Contactgegevens', '<h1>Uw contactgegevens</h1><form method="post" action="http://%s/incident/bedankt"><input name="email"><button>Verstuur</button></form>' % h))
        put_url('http://%s/incident/bedankt' % h, simple_page('Bedankt', '<h1>Bedankt voor uw melding</h1>'))
        put_url('http://%s/' % h, simple_page('Meldingen', '<h1>Melding openbare ruimte</h1><a href="%s">Doe een melding</a>' % fu))
        r['route'] = fu
        r['signals'] = ['online_form', 'signalen'] + (['iframe'] if o['slug'] == 'zwolle' else [])
        if o['slug'] == 'zwolle':
            r['cta'] = '<p>Doe hieronder uw melding. U hoeft niet in te loggen.</p><iframe src="%s" title="Melding openbare ruimte" width="100%%" height="900"></iframe>' % fu
        else:
            r['cta'] = '<p><a class="btn" href="%s">Melding doen</a></p>' % fu
        r['notes'] = 'anonymous Signalen form' + (' embedded in an iframe' if o['slug'] == 'zwolle' else '')
    elif ch in 'KF':
        fu, _ = make_form(o, slug, verb, None)
        r['route'] = fu
        r['signals'] = ['online_form'] + (['js_only', 'open_forms'] if o['forms'] == 'openforms' else [])
        word = {'melding-openbare-ruimte': 'Melding doen', 'klacht': 'Klachtenformulier', 'woo-verzoek': 'Woo-verzoek indienen'}.get(key, 'Online aanvragen')
        r['cta'] = '<p><a class="btn" href="%s">%s</a></p><p>U hoeft hiervoor niet in te loggen.</p>' % (fu, word)
        r['notes'] = 'anonymous online form'
    elif ch in 'PW':
        ext_ = 'pdf' if ch == 'P' else 'docx'
        u = add_doc(o, 'aanvraagformulier-' + slug, 'Aanvraagformulier ' + noun.lower(), ext_)
        r['route'] = u
        r['signals'] = [ext_, 'trap_niet_online_text']
        kb = 90 + len(slug) * 3
        label = ('Aanvraagformulier %s (%s, %d kB)' % (noun.lower(), 'pdf' if ch == 'P' else 'Word', kb))
        r['cta'] = ('<p>Download het aanvraagformulier, vul het in en stuur het ondertekend naar de gemeente of lever het in bij de balie.</p>'
                    '<p><a href="%s">%s</a></p><p>Online aanvragen is (nog) niet mogelijk.</p>' % (u, E(label)))
        r['notes'] = 'printable form'
    elif ch == 'I':
        a = appt_url(o, slug)
        if a:
            r['cta'] = ('<p>U vraagt dit persoonlijk aan bij de balie. Maak hiervoor eerst een afspraak.</p>'
                        '<p><a class="btn" href="%s">Maak online een afspraak</a></p>' % a)
            r['signals'] = ['appointment_online', 'trap_appointment_digid']
        else:
            r['cta'] = '<p>U kunt hiervoor langskomen op het gemeentehuis of bellen met 14 0%s. Via internet aanvragen is niet mogelijk.</p>' % o['code'][-3:]
            r['signals'] = ['counter']
        if key == 'overlijdensaangifte':
            r['cta'] = '<p>Meestal doet de uitvaartverzorger de aangifte. Nabestaanden kunnen op afspraak aangifte doen bij de balie burgerzaken.</p>' + (
                '<p><a href="%s">Afspraak maken</a></p>' % a if a else '')
        r['notes'] = 'information only; appointment/counter'
    elif ch == 'M':
        r['cta'] = ('<p>Stuur uw verzoek per e-mail naar <a href="mailto:gemeente@%s.test">gemeente@%s.test</a> of per post naar Postbus 20, %s. '
                    'Een digitaal formulier is er niet.</p>' % (o['slug'], o['slug'], E(o['name'])))
        r['signals'] = ['mailto', 'letter']
        r['notes'] = 'e-mail or letter only'
    elif ch == 'Q':
        fu, _ = make_form(o, 'aanvraagformulier-opvragen-' + slug, 'Aanvraagformulier ' + noun.lower() + ' opvragen', None, paper_order=True)
        r['cta'] = ('<p>Het aanvraagformulier is niet te downloaden. Vraag het formulier op via <a href="%s">dit formulier</a>; wij sturen het u per post toe. '
                    'U kunt het ook ophalen bij de balie.</p>' % fu)
        r['signals'] = ['paper_form_on_request', 'trap_paper_form_order']
        r['notes'] = 'online form only orders a paper form: information only'
    elif ch in 'TSABRO':
        rt, via, land = ext_route(o, ch, key)
        r['route'], r['via'] = rt, via
        bodyname = {'T': (o['tax'] or ('', ''))[1], 'S': (o['social'] or ('', ''))[1], 'A': (o['waste'] or ('', ''))[1],
                    'B': (o['waste'] or ('', ''))[1], 'R': 'de Parkeerservice', 'O': 'het Omgevingsloket'}[ch]
        if ch == 'O':
            r['cta'] = ('<p>U vraagt de vergunning aan via het Omgevingsloket. Hiervoor logt u in met DigiD of eHerkenning.</p>'
                        '<p><a class="btn" href="%s">Aanvragen via het Omgevingsloket (externe link)</a></p>' % rt)
            r['signals'] = ['digid', 'eherkenning', 'omgevingsloket', 'prefill_text']
            r['notes'] = 'via Omgevingsloket with pre-fill statement'
        else:
            r['cta'] = '<p>%s regelt dit voor gemeente %s. <a href="%s">Ga naar de website van %s</a>.</p>' % (E(bodyname), E(o['name']), land, E(bodyname))
            r['signals'] = {'T': ['digid', 'delegated_tax'], 'S': ['digid', 'delegated_social'], 'A': ['online_form', 'delegated_waste'],
                            'B': ['online_form', 'own_account_login', 'trap_own_account_login', 'delegated_waste'], 'R': ['digid', 'parking_portal']}[ch]
            r['notes'] = 'via %s' % bodyname
    r['level'] = LEVEL[ch]
    r['strict'] = STRICT[ch]
    return r


def product_page(o, key, r, rows_routes, idx):
    noun, verb, sec, slug, intro, kosten = P[key]
    c = o['cms']
    title = verb if c in ('nlds', 'owc', 'hier', 'slug') and o['slug'] != 'zwolle' else noun
    traps_html, traps = trap_html(o, key, rows_routes)
    traps = list(traps)
    b = o['base']
    # Direct regelen box with other products' routes (site-wide trap)
    box = ''
    if c in ('slug', 'sectie', 'regelen', 'hier'):
        others = [k for k in ('verhuismelding', 'brp-uittreksel', 'melding-openbare-ruimte', 'hondenbelasting', 'grofvuil') if k != key and rows_routes.get(k)][:3]
        if others:
            box = '<aside class="direct-regelen"><h2>Direct regelen</h2><ul>%s</ul></aside>' % ''.join(
                '<li><a href="%s">%s</a></li>' % (rows_routes[k], E(P[k][1])) for k in others)
            traps.append('trap_direct_regelen_box')
    bez = ''
    if key not in ('bezwaar', 'klacht', 'woz-bezwaar', 'belastingaanslag-bezwaar') and rows_routes.get('bezwaar') and idx % 3 == 0:
        bez = '<h2>Bezwaar maken</h2><p>Bent u het niet eens met het besluit? <a href="%s">Dien een bezwaarschrift in</a>.</p>' % rows_routes['bezwaar']
        traps.append('trap_bezwaar_link')
    if o['mijn']:
        traps.append('trap_header_login')
    traps.append('trap_footer_digid_logo')
    traps.append('trap_contact_form_link')
    notonline = ''
    if r['level'] == 0 and 'Via internet aanvragen niet mogelijk' not in r['cta'] and r.get('status', 'ok') == 'ok':
        notonline = '<p class="notice">Online aanvragen is niet mogelijk.</p>'
        traps.append('trap_niet_online_text')
    feedback = ''
    if c in ('nlds', 'owc', 'slug'):
        feedback = ('<form class="feedback" method="post" action="%s/contact?verzonden=1"><p>Hebt u gevonden wat u zocht?</p>'
                    '<button name="ja">Ja</button><button name="nee">Nee</button></form>' % b)
        traps.append('trap_feedback_form')
    if c in ('slug', 'owc', 'hier', 'sectie') or o['slug'] == 'zwolle':
        need = '<li>Een geldig identiteitsbewijs</li>'
        if 'digid' in r['signals'] and not r['via']:
            need += '<li>Uw DigiD met sms-controle of de DigiD app</li>'
        elif 'eherkenning' in r['signals'] and not r['via']:
            need += '<li>eHerkenning (niveau EH2+ of hoger)</li>'
        body = ('<h1>%s</h1><h2>Wat is het?</h2><p>%s</p><h2>Hoe werkt het?</h2>%s%s'
                '<h2>Wat heb ik nodig?</h2><ul>%s</ul>'
                '<h2>Wat kost het?</h2><p>%s</p><h2>Hoe lang duurt het?</h2><p>%s</p>%s'
                % (E(title), E(intro), r['cta'], notonline, need, E(kosten),
                   'U krijgt binnen 8 weken een besluit.' if key in ONDERNEMER or 'vergunning' in key else 'Wij behandelen uw aanvraag binnen 2 weken.', bez))
    elif c == 'nlds':
        body = ('<h1 class="utrecht-heading-1">%s</h1><p class="utrecht-paragraph--lead">%s</p><h2>Aanvragen</h2>%s%s'
                '<h2>Kosten</h2><p>%s</p><h2>Voorwaarden</h2><p>U staat ingeschreven in de gemeente Utrecht.</p>%s' % (E(title), E(intro), r['cta'], notonline, E(kosten), bez))
    elif c == 'pdcloket':
        body = ('<h1>%s</h1><section class="product-informatie"><h2>Product informatie</h2>'
                '<details open><summary>Inleiding</summary><p>%s</p></details><details><summary>Voorwaarden</summary><p>U woont in de gemeente.</p></details>'
                '<details open><summary>Aanpak</summary>%s%s</details><details><summary>Kosten</summary><p>%s</p></details>'
                '<details><summary>Termijn</summary><p>8 weken</p></details></section>%s' % (E(noun), E(intro), r['cta'], notonline, E(kosten), bez))
    elif c == 'iprox':
        body = ('<h1>%s</h1><div class="iprox-accordion"><h2><button aria-expanded="true">Omschrijving</button></h2><div><p>%s</p></div>'
                '<h2><button aria-expanded="true">Aanvragen</button></h2><div>%s%s</div><h2><button aria-expanded="false">Kosten</button></h2><div><p>%s</p></div></div>%s'
                % (E(noun), E(intro), r['cta'], notonline, E(kosten), bez))
    else:
        body = ('<h1>%s</h1><p>%s</p><h2>Aanvraag</h2>%s%s<h2>Kosten</h2><p>%s</p>%s' % (E(noun), E(intro), r['cta'], notonline, E(kosten), bez))
    body = '<div class="content">%s%s</div>%s%s' % (body, traps_html, box, feedback)
    return page(o, title, body, [(section_url(o, sec), SECTIONS[sec]), (product_url(o, key), title)]), sorted(set(traps))


NOT_OFFERED = {
 'hondenbelasting': 'De gemeente %s heft geen hondenbelasting. U hoeft uw hond dus niet aan te melden of af te melden.',
 'parkeervergunning': 'In de gemeente %s is geen betaald parkeren en zijn er geen vergunningsgebieden. U hebt dus geen parkeervergunning nodig.',
 'reclamebelasting': 'De gemeente %s heft geen reclamebelasting. Voor het plaatsen van een groot reclamebord kan wel een vergunning nodig zijn.',
}


def build_org(o, keys, oi):
    b = o['base']
    org_pages(o)
    rows_routes, rinfo = {}, {}
    for k in keys:
        ch = CH[k][oi]
        if ch in 'NZ':
            continue
        r = route_for(o, k, ch)
        rinfo[k] = (ch, r)
        if r['route'] and r['level'] > 0:
            rows_routes[k] = r['route']
    # pages
    listed = []
    for idx, k in enumerate(keys):
        ch = CH[k][oi]
        pu = product_url(o, k)
        noun, verb, sec, slug, intro, kosten = P[k]
        if ch == 'Z':
            LABELS.append(dict(org_code=o['code'], product_key=k, level='', status='not_found', product_url='', route_url='',
                               level_strict='', via='', signals='', notes='no page about this product on the site'))
            continue
        if ch == 'N':
            txt = NOT_OFFERED[k] % o['name']
            traps = ['trap_footer_digid_logo'] + (['trap_header_login'] if o['mijn'] else [])
            put_url(pu, page(o, noun, '<h1>%s</h1><p>%s</p><p>Vragen? Neem <a href="%s/contact">contact</a> met ons op.</p>' % (E(noun), E(txt), b),
                             [(section_url(o, sec), SECTIONS[sec])]))
            LABELS.append(dict(org_code=o['code'], product_key=k, level='', status='not_offered', product_url=pu, route_url='',
                               level_strict='', via='', signals=';'.join(['not_offered_text'] + sorted(traps)), notes='site says it does not offer this'))
            listed.append((noun, pu))
            continue
        r = rinfo[k][1]
        html_, traps = product_page(o, k, r, rows_routes, idx)
        put_url(pu, html_)
        listed.append((noun if o['cms'] not in ('nlds', 'owc') else verb, pu))
        sig = sorted(set(r['signals'] + traps))
        LABELS.append(dict(org_code=o['code'], product_key=k, level=str(r['level']), status='ok', product_url=pu,
                           route_url=r['route'] if r['level'] > 0 else '', level_strict=str(r['strict']), via=r['via'],
                           signals=';'.join(sig), notes=r['notes']))
    # news article mentioning a product (trap on that row)
    news = b + '/nieuws/2026/nieuwe-tarieven-parkeren-en-afval'
    put_url(news, page(o, 'Nieuwe tarieven', '<h1>Nieuwe tarieven voor 2026</h1><p>De gemeenteraad heeft de tarieven voor 2026 vastgesteld. '
                       'De afvalstoffenheffing%s wordt iets duurder. '
                       'Vraag kwijtschelding aan als u een laag inkomen hebt.</p>' % ''.join(
                           ', de ' + w for w in ('hondenbelasting', 'parkeervergunning') if CH[w][oi] not in 'NZ'), [(b + '/nieuws/', 'Nieuws')]))
    put_url(b + '/nieuws/', page(o, 'Nieuws', '<h1>Nieuws</h1><ul><li><a href="%s">Nieuwe tarieven voor 2026</a></li></ul>' % news))
    # sections, A-Z, home
    for s in SECTIONS:
        items = [(t, u) for (t, u) in listed if any(P[k][2] == s and product_url(o, k) == u for k in keys)]
        put_url(section_url(o, s), page(o, SECTIONS[s], '<h1>%s</h1><ul>%s</ul>' % (SECTIONS[s], ''.join('<li><a href="%s">%s</a></li>' % (u, E(t)) for t, u in items))))
    az = sorted(listed, key=lambda x: x[0].lower())
    az_links = []
    for i, (t, u) in enumerate(az):
        if o['slug'] in ('maastricht', 'hoorn') and i % 4 == 1:
            old = b + ('/product/' if o['slug'] == 'maastricht' else '/pdc/') + u.rstrip('/').rsplit('/', 1)[1].lower()
            REDIRECTS.append({'url': old, 'status': 301, 'location': u})
            u = old
        az_links.append((t, u))
    put_url(b + '/a-z', page(o, 'Alle onderwerpen van A tot Z', '<h1>Onderwerpen A-Z</h1><ul class="az">%s</ul>' % ''.join(
        '<li><a href="%s">%s</a></li>' % (u, E(t)) for t, u in az_links)))
    if o['forms'] == 'loket':
        lh = form_host(o)
        own = [(P[k][1], rows_routes[k]) for k in keys if k in rows_routes and lh in rows_routes[k]]
        put_url('http://%s/' % lh, page(o, 'Digitaal loket', '<h1>Digitaal loket</h1><p>Regel uw zaken online. Voor de meeste formulieren hebt u DigiD nodig.</p><ul>%s</ul>' % ''.join(
            '<li><a href="%s">%s</a></li>' % (u, E(t)) for t, u in sorted(own))))
    tiles = [k for k in ('verhuismelding', 'paspoort', 'afvalcontainer', 'melding-openbare-ruimte', 'parkeervergunning', 'omgevingsvergunning') if CH[k][oi] not in 'NZ']
    put_url(b + '/', page(o, 'Home', '<h1>Welkom bij gemeente %s</h1><section class="toptaken"><h2>Veelgevraagd</h2><ul>%s</ul></section>'
                          '<section><h2>Nieuws</h2><a href="%s">Nieuwe tarieven voor 2026</a></section>' % (E(o['name']), ''.join(
                              '<li class="tile"><a href="%s">%s</a></li>' % (product_url(o, k), E(P[k][1])) for k in tiles), news)))
    if o['cms'] == 'pdcloket':
        lh = 'loket.%s.test' % o['slug']
        put_url('http://%s/' % lh, page(o, 'Digitaal loket', '<h1>Producten en diensten</h1><ul>%s</ul>' % ''.join(
            '<li><a href="%s">%s</a></li>' % (u, E(t)) for t, u in az)))
        put_url('http://%s/producten/' % lh, page(o, 'Producten', '<h1>Producten A-Z</h1><ul>%s</ul>' % ''.join(
            '<li><a href="%s">%s</a></li>' % (u, E(t)) for t, u in az)))
    # search results page: static (dynamic search added via testweb.json for some)
    sp, sq = o['search']
    sidx = [{'url': u, 'title': t, 'text': t} for t, u in az]
    o['_search_index'] = sidx
    tpl = page(o, 'Zoekresultaten', '<h1>Zoekresultaten voor "<!--QUERY-->"</h1><ol class="results"><!--RESULTS--></ol>')
    o['_search_tpl'] = tpl
    put_url(b + sp, page(o, 'Zoeken', '<h1>Zoeken</h1><form action="%s%s" method="get"><input name="%s"><button>Zoek</button></form>' % (b, sp, sq)))
    # robots and sitemap
    put_url(b + '/robots.txt', 'User-agent: *\nDisallow: %s\nSitemap: %s/sitemap.xml\n' % (sp, b))
    urls = [b + '/', b + '/a-z'] + [u for _, u in listed if u.startswith(b)]
    put_url(b + '/sitemap.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">%s</urlset>\n' % ''.join(
        '<url><loc>%s</loc></url>' % E(u) for u in urls))
    put_url(b + '/pagina-niet-gevonden', page(o, 'Pagina niet gevonden', '<h1>Pagina niet gevonden</h1><p>De pagina die u zoekt bestaat niet (meer). Probeer de <a href="%s/a-z">A-Z lijst</a>.</p>' % b))


def main():
    out = sys.argv[1]
    prods = products_csv()
    keys = [r['product_key'] for r in prods]
    for k in keys:
        assert k in P and k in CH, k
    idp_pages()
    ext_pages()
    for oi, o in enumerate(ORGS):
        build_org(o, keys, oi)
    # static form-platform assets
    for o in ORGS:
        if o['forms'] == 'openforms':
            h = form_host(o)
            put(h, '/static/sdk/open-forms-sdk.css', '.open-forms-sdk-root{min-height:10em}')
            put(h, '/static/sdk/open-forms-sdk.mjs', 'export class OpenForm{constructor(el,opts){this.el=el;this.opts=opts;}\n'
                'async init(){const r=await fetch(this.el.dataset.formConfig);const f=await r.json();let h="<h1>"+f.name+"</h1><ol>";\n'
                'for(const s of f.steps){h+="<li>"+s.title+"</li>";}h+="</ol>";\n'
                'if(f.loginRequired){for(const o of f.loginOptions){h+="<a class=\\"utrecht-button-link\\" href=\\""+o.url+"\\">Inloggen met "+o.provider+"</a> ";}}\n'
                'else{h+="<form method=\\"post\\" action=\\""+f.submitUrl+"\\"><label>Naam <input name=\\"naam\\"></label><button type=\\"submit\\">Formulier starten</button></form>";}\n'
                'this.el.innerHTML=h;}}\n')
            put(h, '/static/sdk/sdk-wrapper.mjs', "import {OpenForm} from './open-forms-sdk.mjs';\nconst el=document.getElementById('openforms-container');\nnew OpenForm(el,{baseUrl:el.dataset.baseUrl,formId:el.dataset.formId}).init();\n")
            put(h, '/api/v2/index.html', '{"forms": "/api/v2/forms/"}')
            put(h, '/index.html', simple_page('Formulieren', '<h1>Formulieren gemeente Utrecht</h1>'))
    # write files
    ctypes = []
    for (h, p), data in sorted(FILES.items()):
        if h == 'www.schiermonnikoog.test' and '/product/' in p:
            data = data.decode('utf-8').replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">').encode('cp1252')
            ctypes.append({'url': 'http://%s%s' % (h, p), 'content_type': 'text/html; charset=windows-1252'})
        fp = os.path.join(out, 'sites', h, p.lstrip('/'))
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, 'wb') as f:
            f.write(data)
    with open(os.path.join(out, 'organisations.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['code', 'name', 'org_type', 'website', 'inhabitants'])
        for o in ORGS:
            w.writerow([o['code'], o['name'], 'gemeente', 'http://www.%s.test/' % o['slug'], o['inh']])
    cols = ['org_code', 'product_key', 'level', 'status', 'product_url', 'route_url', 'level_strict', 'via', 'signals', 'notes']
    with open(os.path.join(out, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, cols, lineterminator='\n')
        w.writeheader()
        for r in LABELS:
            w.writerow(r)
    # behaviours
    os.makedirs(os.path.join(out, 'search'), exist_ok=True)
    searches, host_redirects, nfp = [], [], []
    for o in ORGS:
        host_redirects.append({'host': '%s.test' % o['slug'], 'status': 301, 'to': o['host']})
        if o['slug'] in ('utrecht', 'zwolle', 'oss', 'middelburg', 'deventer'):
            sp, sq = o['search']
            with open(os.path.join(out, 'search', o['host'] + '.json'), 'w', encoding='utf-8') as f:
                json.dump(o['_search_index'], f, ensure_ascii=False, indent=0, sort_keys=True)
            with open(os.path.join(out, 'search', o['host'] + '.html'), 'w', encoding='utf-8') as f:
                f.write(o['_search_tpl'])
            searches.append({'host': o['host'], 'path': sp, 'param': sq, 'index': 'search/%s.json' % o['host'], 'template': 'search/%s.html' % o['host']})
        if o['slug'] in ('maastricht', 'renswoude', 'hoorn'):
            nfp.append({'host': o['host'], 'file': 'sites/%s/pagina-niet-gevonden' % o['host'], 'status': 200})
        elif o['slug'] in ('utrecht', 'zwolle'):
            nfp.append({'host': o['host'], 'file': 'sites/%s/pagina-niet-gevonden' % o['host'], 'status': 404})
    manifest = {'name': 'heldout-gate-6', 'seed': 0, 'counts': {'organisations': len(ORGS), 'labels': len(LABELS)},
                'behaviours': {'redirects': sorted(REDIRECTS, key=lambda r: r['url']), 'host_redirects': host_redirects,
                               'searches': searches, 'not_found_pages': nfp, 'content_types': ctypes,
                               'delays': [{'url': 'http://www.hoorn.test/a-z', 'seconds': 2.5}, {'host': 'fd8.formdesk.test', 'seconds': 0.8}],
                               'flaky': [{'url': product_url(ORGS[6], 'subsidie'), 'status': 503}]}}
    with open(os.path.join(out, 'testweb.json'), 'w', encoding='utf-8') as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1, sort_keys=True)


if __name__ == '__main__':
    main()
