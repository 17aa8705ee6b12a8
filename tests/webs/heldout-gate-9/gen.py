#!/usr/bin/env python3
"""Labelled simulated web of ten Dutch government bodies (heldout-gate-9).

Provinces Gelderland and Limburg; water authorities HHNK, Brabantse Delta,
Wetterskip Fryslân, Vallei en Veluwe; municipalities Arnhem, Heerlen, Den Helder,
Súdwest-Fryslân.  Standard library only, deterministic (no randomness).

usage: python3 gen.py OUTDIR
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
from pathlib import Path

HERE = Path(__file__).resolve().parent


def products_csv():
    p = (HERE / '../../../config/products.csv').resolve()
    if p.exists():
        return p
    return Path('/work/main/config/products.csv')


def h(x):
    return int(hashlib.sha1(x.encode()).hexdigest(), 16)


def esc(s):
    return html.escape(s, quote=True)


def slugify(s):
    s = s.lower()
    for a, b in (('á', 'a'), ('â', 'a'), ('é', 'e'), ('ú', 'u'), ('ô', 'o'), ('ë', 'e'), ('ï', 'i'), ('ü', 'u')):
        s = s.replace(a, b)
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return s


# ---------------------------------------------------------------- file store
FILES = {}          # url -> bytes
REDIRECTS = []      # behaviours
HOST_REDIRECTS = []
NOT_FOUND = []
SEARCHES = []
DELAYS = []
FLAKY = []
SEARCH_INDEX = {}   # host -> list
CONTENT_TYPES = []
CALENDARS = []


def url_to_rel(url):
    m = re.match(r'http://([^/]+)(/.*)$', url)
    host, path = m.group(1), m.group(2)
    q = ''
    if '?' in path:
        path, q = path.split('?', 1)
    if path.endswith('/'):
        path = path + 'index.html'
    if q:
        path = path + '?' + q
    return host + path


def put(url, data):
    if isinstance(data, str):
        data = data.encode('utf-8')
    if url in FILES and FILES[url] != data:
        raise SystemExit('conflicting content for ' + url)
    FILES[url] = data
    return url


def has(url):
    return url in FILES


def redirect(url, location, status=302):
    for r in REDIRECTS:
        if r['url'] == url:
            return url
    REDIRECTS.append({'url': url, 'status': status, 'location': location})
    return url


# ---------------------------------------------------------------- documents
def pdf_bytes(title, lines):
    text = [title, ''] + list(lines)
    ops = ['BT', '/F1 16 Tf', '50 790 Td', '(%s) Tj' % pdf_str(text[0]), '/F1 10 Tf']
    for ln in text[1:]:
        ops.append('0 -16 Td')
        ops.append('(%s) Tj' % pdf_str(ln))
    ops.append('ET')
    stream = '\n'.join(ops).encode('latin-1', 'replace')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
        b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        ('<< /Title (%s) /Producer (Documentgenerator) >>' % pdf_str(title)).encode('latin-1', 'replace'),
    ]
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b'%d 0 obj\n' % i + o + b'\nendobj\n')
    x = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1))
    for o in offs:
        out.write(b'%010d 00000 n \n' % o)
    out.write(b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x))
    return out.getvalue()


def pdf_str(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def docx_bytes(title, lines):
    buf = io.BytesIO()
    z = zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED)

    def add(name, data):
        zi = zipfile.ZipInfo(name, date_time=(2023, 3, 1, 9, 0, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, data)
    add('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    add('_rels/.rels', '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    paras = ''.join('<w:p><w:r><w:t>%s</w:t></w:r></w:p>' % esc(t) for t in [title] + list(lines))
    add('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>' % paras)
    z.close()
    return buf.getvalue()


def rtf_bytes(title, lines):
    body = '\\par '.join([title] + list(lines))
    return ('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Arial;}}\\f0\\fs22 ' + body + '}').encode('latin-1', 'replace')


def document(url, title, lines):
    ext = url.rsplit('.', 1)[-1].lower()
    if ext == 'pdf':
        data = pdf_bytes(title, lines)
    elif ext == 'docx':
        data = docx_bytes(title, lines)
    else:
        data = rtf_bytes(title, lines)
    put(url, data)
    return url, len(data)


def size_txt(n, style):
    kb = max(1, n // 1024) + 37
    return [f'(pdf, {kb} kB)', f'(PDF, {kb} KB)', f'(PDF {kb} kB)', f'pdf, {kb}.4 kB'][style % 4]


# ---------------------------------------------------------------- identity providers
IDP_DIGID = 'http://digid-sim.test/inloggen'
IDP_EH = 'http://eherkenning-sim.test/kies-leverancier'


def build_idps():
    put(IDP_DIGID, page_plain('DigiD - Inloggen', '<img src="http://digid-sim.test/static/digid-logo.svg" alt="DigiD">'
        '<h1>Inloggen bij %s</h1><p>Kies hoe u wilt inloggen.</p>'
        '<form method="post" action="http://digid-sim.test/verifieer"><label>DigiD gebruikersnaam <input name="username"></label>'
        '<label>Wachtwoord <input type="password" name="password"></label><button>Inloggen</button></form>'
        '<p><a href="http://digid-sim.test/inloggen-app">Inloggen met de DigiD app</a></p>' % 'de organisatie'))
    put('http://digid-sim.test/verifieer', page_plain('DigiD', '<p>U bent niet ingelogd. Dit is een testomgeving.</p>'))
    put('http://digid-sim.test/inloggen-app', page_plain('DigiD app', '<p>Open de DigiD app en scan de QR-code.</p>'))
    put('http://digid-sim.test/static/digid-logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="46" height="46"><rect width="46" height="46" fill="#000"/><text x="4" y="30" fill="#fff">DigiD</text></svg>')
    put('http://digid-sim.test/', page_plain('DigiD', '<h1>DigiD</h1><p><a href="http://digid-sim.test/inloggen">Inloggen</a></p>'))
    put(IDP_EH, page_plain('eHerkenning - kies uw leverancier', '<h1>Inloggen met eHerkenning</h1><p>Selecteer de leverancier van uw inlogmiddel.</p>'
        '<form method="post" action="http://eherkenning-sim.test/verder"><select name="leverancier"><option>KPN</option><option>Connectis</option><option>Signicat</option><option>Z login</option></select><button>Verder</button></form>'
        '<p>Of <a href="http://eherkenning-sim.test/eidas">inloggen met een Europees erkend inlogmiddel (eIDAS)</a></p>'))
    put('http://eherkenning-sim.test/verder', page_plain('eHerkenning', '<p>Testomgeving: er wordt niet ingelogd.</p>'))
    put('http://eherkenning-sim.test/eidas', page_plain('eIDAS', '<p>Kies uw land.</p>'))
    put('http://eherkenning-sim.test/', page_plain('eHerkenning', '<p><a href="http://eherkenning-sim.test/kies-leverancier">Kies leverancier</a></p>'))


def login_start(url, idp='digid'):
    """A login start URL that answers 302 to the identity provider."""
    host = re.match(r'http://([^/]+)', url).group(1)
    target = (IDP_DIGID if idp == 'digid' else IDP_EH) + '?sp=' + host
    redirect(url, target, 302)
    return url


def page_plain(title, body):
    return ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s</title></head><body>%s</body></html>'
            % (esc(title), body))


# ---------------------------------------------------------------- sites
class Site:
    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.pages = []     # (url, title, text) for search and sitemap
        self.az = []        # (title, url)

    @property
    def base(self):
        return 'http://' + self.host

    def u(self, path):
        return self.base + path


def chrome(site, title, body, crumbs=(), extra_head=''):
    s = site
    nav = ''.join('<li><a href="%s">%s</a>%s</li>' % (s.u(p), esc(t), mega(s, p)) for t, p in s.nav)
    login = ''
    if s.mijn:
        login = '<a class="header-login" href="%s"><img src="%s" alt="DigiD"> %s</a>' % (s.mijn[1], s.u('/static/img/digid-46x46.png'), esc(s.mijn[0]))
    cookie = ''
    if s.cookie == 'banner':
        cookie = ('<div class="cookie-banner" role="dialog"><p>Wij gebruiken cookies om onze website te verbeteren. '
                  '<a href="%s">Lees meer over cookies</a></p><form action="%s" method="post"><button name="keuze" value="alle">Alle cookies accepteren</button>'
                  '<button name="keuze" value="noodzakelijk">Alleen noodzakelijke cookies</button></form></div>') % (s.u('/cookies'), s.u('/cookies'))
    elif s.cookie == 'wall':
        cookie = ('<div id="consent-wall" class="consent-wall" aria-modal="true"><h2>Deze website gebruikt cookies</h2>'
                  '<p>Om filmpjes en kaarten te tonen plaatsen wij cookies van derden. Maak een keuze om verder te gaan.</p>'
                  '<form action="%s" method="post"><button name="consent" value="ja">Akkoord</button><button name="consent" value="nee">Weigeren</button></form>'
                  '<a href="%s">Cookieverklaring</a></div>') % (s.u('/cookieverklaring'), s.u('/cookieverklaring'))
    crumb = ''
    if crumbs:
        crumb = '<nav class="breadcrumb"><a href="%s">Home</a> ' % s.u('/') + ''.join(
            ' &gt; <a href="%s">%s</a>' % (s.u(p), esc(t)) for t, p in crumbs) + ' &gt; <span>%s</span></nav>' % esc(title)
    foot_links = ''.join('<li><a href="%s">%s</a></li>' % (s.u(p), esc(t)) for t, p in s.footer)
    extra_foot = s.footer_extra if hasattr(s, 'footer_extra') else ''
    chat = ''
    if getattr(s, 'chat', False):
        chat = ('<div id="webchat" data-chat-src="%s"></div><script src="%s" async></script>'
                % (s.u('/static/js/webchat-config.json'), s.u('/static/js/webchat.js')))
    search = '<form class="search" role="search" action="%s" method="get"><label for="q">Zoeken</label><input id="q" name="%s"><button>Zoek</button></form>' % (s.u(s.search_path), s.search_param)
    return ('<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>%s | %s</title>'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            '<link rel="stylesheet" href="%s">%s</head><body class="%s">%s'
            '<header><a class="skip" href="#main">Naar de inhoud</a><a class="logo" href="%s"><img src="%s" alt="Logo %s"></a>%s%s'
            '<nav class="mega-menu"><ul>%s</ul></nav></header>%s<main id="main">%s</main>'
            '<footer><ul>%s</ul>%s<p>%s</p></footer>%s</body></html>\n') % (
        esc(title), esc(s.name), s.u('/static/css/site.css'), extra_head, s.cms, cookie,
        s.u('/'), s.u('/static/img/logo.svg'), esc(s.name), search, login, nav, crumb, body,
        foot_links, extra_foot, esc(s.address), chat)


def mega(s, p):
    items = s.mega.get(p, [])
    if not items:
        return ''
    return '<ul class="mega">' + ''.join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in items) + '</ul>'


def site_page(site, path, title, body, crumbs=(), index=True, text=''):
    url = site.u(path)
    put(url, chrome(site, title, body, crumbs))
    if index:
        site.pages.append((url, title, text or re.sub('<[^>]+>', ' ', body)[:300]))
    return url


# ---------------------------------------------------------------- products
PRODUCTS = []
PNAME = {}


def load_products():
    with open(products_csv(), newline='', encoding='utf-8') as f:
        for r in csv.DictReader(f):
            PRODUCTS.append(r)
            PNAME[r['product_key']] = r['name_nl']


# titles and short texts per product: (municipal title, intro)
PT = {
    'brp-uittreksel': ('Uittreksel BRP', 'Met een uittreksel uit de Basisregistratie Personen (BRP) bewijst u bijvoorbeeld waar u woont of wat uw burgerlijke staat is.'),
    'verhuismelding': ('Verhuizing doorgeven', 'Gaat u verhuizen binnen de gemeente of komt u van buiten de gemeente? Geef uw verhuizing uiterlijk 5 dagen na de verhuisdatum door.'),
    'geboorteaangifte': ('Geboorteaangifte', 'Is uw kind geboren? Doe binnen 3 dagen na de geboorte aangifte.'),
    'overlijdensaangifte': ('Overlijden aangeven', 'Na een overlijden moet er aangifte worden gedaan bij de gemeente waar iemand is overleden. Meestal doet de uitvaartondernemer dit.'),
    'huwelijksaangifte': ('Trouwen of partnerschap: melding voorgenomen huwelijk', 'Wilt u trouwen of een geregistreerd partnerschap aangaan? Meld dit minimaal 2 weken en maximaal 1 jaar van tevoren (vroeger: ondertrouw).'),
    'paspoort': ('Paspoort', 'Een paspoort is een reisdocument en identiteitsbewijs. U vraagt het persoonlijk aan bij de gemeente.'),
    'identiteitskaart': ('Identiteitskaart (ID-kaart)', 'Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa.'),
    'parkeervergunning': ('Parkeervergunning voor bewoners', 'Woont u in een gebied met betaald parkeren? Met een bewonersvergunning parkeert u in uw eigen vergunninggebied.'),
    'gehandicaptenparkeerkaart': ('Gehandicaptenparkeerkaart', 'Met een gehandicaptenparkeerkaart mag u parkeren op een algemene gehandicaptenparkeerplaats.'),
    'gehandicaptenparkeerplaats': ('Gehandicaptenparkeerplaats op kenteken', 'Een gehandicaptenparkeerplaats bij uw woning, alleen voor uw auto (op kenteken).'),
    'hondenbelasting': ('Hondenbelasting', 'Heeft u een hond? Dan betaalt u hondenbelasting. U meldt uw hond aan of af.'),
    'belastingkwijtschelding': ('Kwijtschelding gemeentelijke belastingen', 'Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor afvalstoffenheffing en rioolheffing.'),
    'woz-bezwaar': ('WOZ-waarde: bezwaar maken', 'Bent u het niet eens met de WOZ-waarde van uw woning? Maak binnen 6 weken na de dagtekening van de aanslag bezwaar.'),
    'bijstand': ('Bijstandsuitkering (Participatiewet)', 'Heeft u geen of te weinig inkomen om van te leven? Dan kunt u misschien een bijstandsuitkering krijgen.'),
    'bijzondere-bijstand': ('Bijzondere bijstand', 'Heeft u onverwachte, noodzakelijke kosten die u niet zelf kunt betalen? Vraag bijzondere bijstand aan.'),
    'wmo-voorziening': ('Wmo: hulp en ondersteuning aanvragen', 'Heeft u hulp nodig in het huishouden, een hulpmiddel of een woningaanpassing? Meld uw hulpvraag (Wet maatschappelijke ondersteuning).'),
    'leerlingenvervoer': ('Leerlingenvervoer', 'Kan uw kind niet zelfstandig naar school? Misschien heeft u recht op een vergoeding voor leerlingenvervoer.'),
    'grofvuil': ('Grof huishoudelijk afval laten ophalen', 'Grof afval, zoals meubels en matrassen, laten ophalen aan huis.'),
    'afvalcontainer': ('Afvalcontainer (minicontainer) aanvragen, wijzigen of omruilen', 'Is uw container kapot, kwijt of wilt u een grotere of kleinere container?'),
    'melding-openbare-ruimte': ('Melding openbare ruimte', 'Ziet u iets kapot of vies op straat, zoals een losse stoeptegel, zwerfafval of een kapotte lantaarnpaal? Meld het ons.'),
    'omgevingsvergunning': ('Omgevingsvergunning', 'Wilt u bouwen, verbouwen of slopen? Misschien heeft u een omgevingsvergunning nodig.'),
    'kapvergunning': ('Boom kappen (omgevingsvergunning)', 'Voor het kappen van een boom heeft u soms een vergunning nodig.'),
    'bouwdossier-inzage': ('Bouwtekeningen en bouwdossier inzien', 'Wilt u de bouwtekeningen van uw huis of een ander pand bekijken? Vraag het bouwdossier op.'),
    'bezwaar': ('Bezwaar maken tegen een besluit', 'Bent u het niet eens met een besluit? Dan kunt u binnen 6 weken bezwaar maken.'),
    'klacht': ('Klacht indienen', 'Bent u niet tevreden over hoe een medewerker u heeft behandeld? Dien dan een klacht in.'),
    'woo-verzoek': ('Woo-verzoek indienen', 'Met een verzoek op grond van de Wet open overheid (Woo) vraagt u documenten op over een bestuurlijke aangelegenheid.'),
    'subsidie': ('Subsidie aanvragen', 'Organiseert u een activiteit die bijdraagt aan de doelen van de gemeente? Vraag dan subsidie aan.'),
    'evenementenvergunning': ('Evenementenvergunning', 'Organiseert u een evenement, zoals een festival, braderie of buurtfeest? Dan heeft u mogelijk een evenementenvergunning nodig.'),
    'exploitatievergunning-horeca': ('Exploitatievergunning horeca', 'Wilt u een horecabedrijf beginnen of overnemen? Dan heeft u een exploitatievergunning nodig.'),
    'alcoholvergunning': ('Alcoholwetvergunning', 'Schenkt u alcohol in uw horecabedrijf of slijterij? Dan heeft u een vergunning op grond van de Alcoholwet nodig.'),
    'terrasvergunning': ('Terrasvergunning', 'Wilt u een terras bij uw horecazaak? Vraag een terrasvergunning aan.'),
    'standplaatsvergunning': ('Standplaatsvergunning', 'Wilt u met een kraam of wagen op een vaste plek buiten de markt staan? U heeft een standplaatsvergunning nodig.'),
    'marktvergunning': ('Marktplaats (weekmarkt)', 'Wilt u op de weekmarkt staan? Vraag een vaste of dagplaats aan.'),
    'reclamebelasting': ('Reclamebelasting', 'Ondernemers met reclame-uitingen die zichtbaar zijn vanaf de openbare weg betalen in bepaalde gebieden reclamebelasting.'),
    'geluidsontheffing': ('Ontheffing geluid', 'Maakt u tijdelijk meer geluid dan is toegestaan, bijvoorbeeld bij een feest of werkzaamheden? Vraag een geluidsontheffing aan.'),
    'winkeltijdenontheffing': ('Ontheffing winkeltijden', 'Wilt u uw winkel openen buiten de vastgestelde winkeltijden?'),
    'kansspelautomaatvergunning': ('Aanwezigheidsvergunning speelautomaten', 'Wilt u een of meer kansspelautomaten in uw horecazaak plaatsen? U heeft een aanwezigheidsvergunning nodig.'),
    'collectevergunning': ('Collecte houden', 'Wilt u geld of goederen inzamelen voor een goed doel? U heeft een collectevergunning nodig.'),
    'ligplaatsvergunning': ('Ligplaatsvergunning', 'Wilt u een boot of woonboot in het openbaar water afmeren? U heeft een ligplaatsvergunning nodig.'),
    'uitwegvergunning': ('Uitweg of inrit aanleggen', 'Wilt u een inrit naar uw perceel aanleggen of de stoeprand laten verlagen?'),
    'belastingaanslag-bezwaar': ('Bezwaar maken tegen de belastingaanslag', 'Bent u het niet eens met uw aanslag gemeentelijke belastingen? Maak binnen 6 weken bezwaar.'),
    'betalingsregeling': ('Betalingsregeling belastingen', 'Kunt u de aanslag niet in een keer betalen? Vraag een betalingsregeling aan of betaal in termijnen via automatische incasso.'),
}

# provincial titles
PT_P = {
    'omgevingsvergunning': ('Omgevingsvergunning milieu (provincie bevoegd gezag)', 'Voor een aantal bedrijven, zoals grote industriële bedrijven (Brzo/RIE-4), is de provincie bevoegd gezag voor de omgevingsvergunning milieubelastende activiteit.'),
    'bezwaar': ('Bezwaar maken', 'Bent u het niet eens met een besluit van Gedeputeerde Staten? Dan kunt u binnen 6 weken bezwaar maken.'),
    'klacht': ('Klacht over de provincie', 'Bent u niet tevreden over de manier waarop de provincie u heeft behandeld? Laat het ons weten.'),
    'woo-verzoek': ('Woo-verzoek', 'Wilt u informatie van de provincie inzien die niet openbaar is? Dien een Woo-verzoek in.'),
    'subsidie': ('Subsidies', 'De provincie verstrekt subsidies voor projecten op het gebied van onder meer natuur, energie, mobiliteit en cultuur.'),
    'evenementenvergunning': ('Evenementen', 'Evenementen in de provincie.'),
    'geluidsontheffing': ('Ontheffing stiltegebied', 'In een stiltegebied is het verboden om lawaai te maken. Voor activiteiten die geluid maken heeft u een ontheffing nodig.'),
    'uitwegvergunning': ('Uitrit of inrit aan een provinciale weg', 'Wilt u een nieuwe uitrit aanleggen of een bestaande uitrit wijzigen op een provinciale weg?'),
    'beschermde-dieren-ontheffing': ('Ontheffing soortenbescherming (flora en fauna)', 'Voor werkzaamheden die beschermde dieren of planten kunnen verstoren, zoals slopen, verbouwen of na-isoleren, heeft u mogelijk een ontheffing nodig.'),
    'natuurvergunning': ('Vergunning Natura 2000-gebied', 'Voor activiteiten die gevolgen kunnen hebben voor een Natura 2000-gebied, zoals stikstofuitstoot, heeft u een vergunning nodig (Natura 2000-activiteit).'),
    'ontgrondingsvergunning': ('Ontgrondingsvergunning (ontgrondingsactiviteit)', 'Wilt u zand, klei of grind winnen of grond afgraven? Dan heeft u een vergunning voor een ontgrondingsactiviteit nodig.'),
    'tijdelijk-luchtvaartterrein': ('Ontheffing tijdelijk en uitzonderlijk gebruik (TUG) luchtvaart', 'Wilt u buiten een luchthaven opstijgen of landen, bijvoorbeeld met een helikopter of luchtballon? Vraag een TUG-ontheffing aan.'),
    'wegvergunning-provinciaal': ('Werken aan of langs een provinciale weg', 'Wilt u kabels en leidingen aanleggen, een object plaatsen of werkzaamheden uitvoeren langs een provinciale weg of vaarweg? Dan heeft u toestemming nodig.'),
    'vuurwerk-ontbranding': ('Ontbrandingstoestemming vuurwerk', 'Professionele vuurwerkbedrijven die consumentenvuurwerk of professioneel vuurwerk willen afsteken, hebben een ontbrandingstoestemming nodig of doen een melding.'),
    'schadevergoeding-provincie': ('Schade door beschermde dieren (faunaschade)', 'Heeft u schade aan gewassen of vee door beschermde diersoorten, zoals ganzen of de das? U kunt een tegemoetkoming aanvragen.'),
    'watervergunning': ('Watervergunning grondwater (provincie)', 'Voor grote grondwateronttrekkingen (meer dan 150.000 m3 per jaar), open bodemenergiesystemen en drinkwaterwinning is de provincie bevoegd gezag.'),
}

PT_W = {
    'belastingkwijtschelding': ('Kwijtschelding waterschapsbelasting', 'Heeft u een laag inkomen? Misschien kunt u kwijtschelding krijgen van de zuiveringsheffing en de watersysteemheffing.'),
    'melding-openbare-ruimte': ('Melding doen van een probleem', 'Ziet u dode vis, stank, een kapotte stuw of wateroverlast? Meld het ons, 24 uur per dag.'),
    'omgevingsvergunning': ('Omgevingsvergunning', 'Sinds 1 januari 2024 heet de watervergunning omgevingsvergunning voor een wateractiviteit.'),
    'bezwaar': ('Bezwaar maken', 'Bent u het niet eens met een besluit van het waterschap? Maak dan binnen 6 weken bezwaar.'),
    'klacht': ('Klacht indienen', 'Bent u ontevreden over de manier waarop wij u hebben behandeld? Dien een klacht in.'),
    'woo-verzoek': ('Woo-verzoek indienen', 'Wilt u documenten inzien over een onderwerp waar het waterschap over gaat? Dien een Woo-verzoek in.'),
    'subsidie': ('Subsidie klimaatadaptatie en waterbewust bouwen', 'Vangt u regenwater op met een groen dak, regenton of wadi? U kunt subsidie krijgen.'),
    'wegvergunning-provinciaal': ('Werken aan of langs onze wegen', 'Wilt u werkzaamheden uitvoeren op of langs een weg die wij beheren, of een uitrit maken? Dan heeft u toestemming nodig.'),
    'schadevergoeding-provincie': ('Nadeelcompensatie: schade door onze werkzaamheden', 'Heeft u schade door werkzaamheden of maatregelen van het waterschap? U kunt een verzoek om schadevergoeding indienen.'),
    'watervergunning': ('Watervergunning aanvragen', 'Wilt u iets doen in, op of bij het water of een dijk, zoals een duiker aanleggen of grondwater onttrekken? U heeft een vergunning nodig.'),
    'watermelding': ('Melding doen (activiteit melden)', 'Voor sommige activiteiten bij water heeft u geen vergunning nodig, maar doet u een melding, bijvoorbeeld een bronbemaling.'),
    'zuiveringsheffing': ('Zuiveringsheffing', 'Met de zuiveringsheffing betaalt u voor het zuiveren van afvalwater. Bedrijven doen aangifte van de vervuilingseenheden.'),
    'watersysteemheffing': ('Watersysteemheffing', 'De watersysteemheffing betaalt u voor het beschermen tegen wateroverlast en voor schoon water. Ingezetenen, eigenaren van gebouwen, grond en natuur betalen mee.'),
    'belastingaanslag-bezwaar': ('Bezwaar tegen uw aanslag waterschapsbelasting', 'Bent u het niet eens met uw aanslag? Maak binnen 6 weken bezwaar.'),
    'betalingsregeling': ('Betalingsregeling waterschapsbelasting', 'Betaal in termijnen met automatische incasso of vraag een betalingsregeling aan.'),
    'bedrijfsafvalwater-melding': ('Lozen van bedrijfsafvalwater', 'Loost uw bedrijf afvalwater op het riool of oppervlaktewater? Dan moet u dit melden of een vergunning aanvragen.'),
}


def ptitle(org, key):
    if (org['code'], key) in PATH_OVERRIDE:
        return (PATH_OVERRIDE[(org['code'], key)][1], ptitle2(org, key)[1])
    return ptitle2(org, key)


def ptitle2(org, key):
    t = org['type']
    if t == 'provincie' and key in PT_P:
        return PT_P[key]
    if t == 'waterschap' and key in PT_W:
        return PT_W[key]
    return PT[key]


# ---------------------------------------------------------------- organisations and their product specs
# spec line: product  kind  [traps ...]
# kinds: info appt mail pdf docx rtf form js digid eh dge olo tax:<k> ext:<body>:<k> no nf
ORGS = [
    dict(code='GM0202', name='Gemeente Arnhem', type='gemeente', host='www.arnhem.test', inh=165000,
         short='Arnhem', fam='slug', plat='openforms', cookie='banner', tax=None, chat=False,
         spec="""
brp-uittreksel digid appt dr
verhuismelding digid aux:hoofdbewoner status
geboorteaangifte appt notonline dr
overlijdensaangifte info mailto contact
huwelijksaangifte digid appt payment
paspoort appt aux:minderjarige notonline
identiteitskaart appt tariff aux:minderjarige
parkeervergunning ext:parkeer:digid tariff reg
gehandicaptenparkeerkaart digid+pdf sib:gehandicaptenparkeerplaats contact
gehandicaptenparkeerplaats pdf notonline sib:gehandicaptenparkeerkaart
hondenbelasting digid reg objection
belastingkwijtschelding digid callback sib:betalingsregeling
woz-bezwaar digid status dr
bijstand digid appt news
bijzondere-bijstand digid callback sib:bijstand
wmo-voorziening ext:swt:form callback reg
leerlingenvervoer digid reg objection
grofvuil js contact tariff
afvalcontainer js sib:grofvuil tariff
melding-openbare-ruimte js app feedback
omgevingsvergunning olo vcheck payment vooroverleg
kapvergunning olo vcheck reg
bouwdossier-inzage js payment
bezwaar digid contact reg
klacht js feedback callback
woo-verzoek js mailto reg
subsidie dge reg news
evenementenvergunning dge kleinev aux:veiligheidsplan
exploitatievergunning-horeca eh sib:alcoholvergunning reg
alcoholvergunning pdf notonline sib:exploitatievergunning-horeca
terrasvergunning eh tariff
standplaatsvergunning pdf reg
marktvergunning info mailto reg
reclamebelasting info reg tariff
geluidsontheffing js festiviteit
winkeltijdenontheffing no news
kansspelautomaatvergunning pdf reg
collectevergunning form reg
ligplaatsvergunning pdf reg
uitwegvergunning digid vcheck
belastingaanslag-bezwaar digid status payment
betalingsregeling form payment
"""),
    dict(code='GM0917', name='Gemeente Heerlen', type='gemeente', host='www.heerlen.test', inh=87000,
         short='Heerlen', fam='iprox', plat='triple', cookie='banner', tax='bsgw', chat=True,
         spec="""
brp-uittreksel digid dr
verhuismelding digid aux:hoofdbewoner
geboorteaangifte digid appt
overlijdensaangifte info contact
huwelijksaangifte appt notonline payment
paspoort appt aux:minderjarige
identiteitskaart appt tariff
parkeervergunning digid tariff
gehandicaptenparkeerkaart pdf notonline contact
gehandicaptenparkeerplaats info paperorder
hondenbelasting tax:digid reg
belastingkwijtschelding tax:digid callback
woz-bezwaar tax:digid status
bijstand digid news
bijzondere-bijstand pdf notonline sib:bijstand
wmo-voorziening form callback
leerlingenvervoer pdf reg
grofvuil ext:rd4:own tariff
afvalcontainer ext:rd4:own sib:grofvuil
melding-openbare-ruimte form app
omgevingsvergunning olo vcheck
kapvergunning olo reg
bouwdossier-inzage form payment
bezwaar info objection contact
klacht form feedback
woo-verzoek form mailto
subsidie digid reg news
evenementenvergunning pdf kleinev notonline
exploitatievergunning-horeca eh reg
alcoholvergunning eh sib:exploitatievergunning-horeca
terrasvergunning pdf tariff
standplaatsvergunning info paperorder
marktvergunning info mailto
reclamebelasting tax:info reg
geluidsontheffing form festiviteit
winkeltijdenontheffing pdf reg
kansspelautomaatvergunning pdf reg
collectevergunning nf
ligplaatsvergunning no contact
uitwegvergunning form vcheck
belastingaanslag-bezwaar tax:digid status
betalingsregeling tax:form payment
"""),
    dict(code='GM0400', name='Gemeente Den Helder', type='gemeente', host='www.denhelder.test', inh=56500,
         short='Den Helder', fam='owc', plat='gravity', cookie='wall', tax='cocensus', chat=False,
         spec="""
brp-uittreksel digid appt
verhuismelding digid:prefill aux:hoofdbewoner dr
geboorteaangifte appt notonline
overlijdensaangifte info contact
huwelijksaangifte form+appt payment
paspoort appt aux:minderjarige dr
identiteitskaart appt tariff
parkeervergunning digid tariff
gehandicaptenparkeerkaart digid sib:gehandicaptenparkeerplaats
gehandicaptenparkeerplaats digid sib:gehandicaptenparkeerkaart
hondenbelasting tax:digid reg
belastingkwijtschelding tax:digid callback
woz-bezwaar tax:digid status
bijstand digid appt
bijzondere-bijstand digid sib:bijstand
wmo-voorziening form callback
leerlingenvervoer digid reg
grofvuil ext:hvc:form tariff
afvalcontainer ext:hvc:form sib:grofvuil
melding-openbare-ruimte form app
omgevingsvergunning olo vcheck
kapvergunning olo vcheck
bouwdossier-inzage form payment
bezwaar form objection
klacht form feedback
woo-verzoek docx mailto
subsidie dge reg
evenementenvergunning dge kleinev
exploitatievergunning-horeca dge sib:alcoholvergunning
alcoholvergunning dge reg
terrasvergunning form tariff
standplaatsvergunning form reg
marktvergunning pdf mailto
reclamebelasting no sib:omgevingsvergunning
geluidsontheffing form festiviteit
winkeltijdenontheffing info reg
kansspelautomaatvergunning nf
collectevergunning form reg
ligplaatsvergunning digid reg tariff
uitwegvergunning form vcheck
belastingaanslag-bezwaar tax:digid status
betalingsregeling tax:digid payment
"""),
    dict(code='GM1900', name='Gemeente Súdwest-Fryslân', type='gemeente', host='www.sudwestfryslan.test', inh=91000,
         short='Súdwest-Fryslân', fam='productid', plat='wizard', cookie='banner', tax=None, chat=False,
         spec="""
brp-uittreksel digid appt
verhuismelding digid aux:hoofdbewoner
geboorteaangifte digid appt
overlijdensaangifte info mailto
huwelijksaangifte appt notonline
paspoort appt aux:minderjarige status
identiteitskaart appt tariff
parkeervergunning pdf notonline tariff
gehandicaptenparkeerkaart rtf sib:gehandicaptenparkeerplaats
gehandicaptenparkeerplaats info paperorder
hondenbelasting no sib:belastingkwijtschelding
belastingkwijtschelding digid callback
woz-bezwaar digid status
bijstand digid news
bijzondere-bijstand digid sib:bijstand
wmo-voorziening info callback
leerlingenvervoer pdf reg
grofvuil ext:omrin:own tariff
afvalcontainer ext:omrin:own sib:grofvuil
melding-openbare-ruimte form app
omgevingsvergunning olo vcheck
kapvergunning info vcheck reg
bouwdossier-inzage mail payment
bezwaar digid contact
klacht form feedback
woo-verzoek form mailto
subsidie digid reg
evenementenvergunning digid kleinev
exploitatievergunning-horeca pdf sib:alcoholvergunning
alcoholvergunning pdf reg
terrasvergunning digid tariff
standplaatsvergunning pdf reg
marktvergunning nf
reclamebelasting info reg
geluidsontheffing form festiviteit
winkeltijdenontheffing pdf reg
kansspelautomaatvergunning pdf reg
collectevergunning info mailto
ligplaatsvergunning digid tariff reg
uitwegvergunning digid vcheck
belastingaanslag-bezwaar digid status
betalingsregeling form payment
"""),
    dict(code='PV25', name='Provincie Gelderland', type='provincie', host='www.gelderland.test', inh=2140000,
         short='Gelderland', fam='nlds', plat='eformulieren', cookie='banner', tax=None, chat=False,
         spec="""
omgevingsvergunning olo ods vcheck
bezwaar form mailto reg
klacht form feedback
woo-verzoek form mailto
subsidie portal reg news appt
evenementenvergunning no sib:wegvergunning-provinciaal
geluidsontheffing pdf notonline reg
uitwegvergunning dge sib:wegvergunning-provinciaal
beschermde-dieren-ontheffing dge reg ods
natuurvergunning dge aerius reg
ontgrondingsvergunning olo vcheck reg
tijdelijk-luchtvaartterrein pdf mailto
wegvergunning-provinciaal dge sib:uitwegvergunning payment
vuurwerk-ontbranding ext:odrn:pdf reg
schadevergoeding-provincie ext:bij12:dge news
watervergunning olo vcheck
"""),
    dict(code='PV31', name='Provincie Limburg', type='provincie', host='www.limburg.test', inh=1130000,
         short='Limburg', fam='ipat', plat='formdesk', cookie='banner', tax=None, chat=True,
         spec="""
omgevingsvergunning olo ods
bezwaar info contact mailto
klacht form feedback
woo-verzoek form+docx mailto
subsidie portal reg news
evenementenvergunning nf
geluidsontheffing pdf reg
uitwegvergunning pdf notonline
beschermde-dieren-ontheffing pdf sib:natuurvergunning
natuurvergunning mail aerius reg
ontgrondingsvergunning olo vooroverleg
tijdelijk-luchtvaartterrein portal reg
wegvergunning-provinciaal pdf reg
vuurwerk-ontbranding ext:rudzl:eh reg
schadevergoeding-provincie ext:bij12:dge news callback
watervergunning olo vcheck
"""),
    dict(code='WS0651', name='Hoogheemraadschap Hollands Noorderkwartier', type='waterschap', host='www.hhnk.test', inh=1230000,
         short='HHNK', fam='wp', plat='wpforms', cookie='banner', tax='hhnkbel', chat=False,
         spec="""
belastingkwijtschelding tax:digid payment
melding-openbare-ruimte form mailto
omgevingsvergunning no vcheck sib:watervergunning
bezwaar dge contact
klacht form feedback
woo-verzoek form mailto
subsidie pdf reg
wegvergunning-provinciaal olo vcheck
schadevergoeding-provincie info reg
watervergunning olo vcheck reg news legger
watermelding olo sib:melding-openbare-ruimte
zuiveringsheffing tax:eh tariff
watersysteemheffing info mijntax tariff
belastingaanslag-bezwaar tax:digid status
betalingsregeling tax:digid payment
bedrijfsafvalwater-melding olo reg
"""),
    dict(code='WS0652', name='Brabantse Delta', type='waterschap', host='www.brabantsedelta.test', inh=800000,
         short='Brabantse Delta', fam='prodhtml', plat='wpforms', cookie='banner', tax='bwb', chat=True,
         spec="""
belastingkwijtschelding tax:digid callback
melding-openbare-ruimte form app
omgevingsvergunning nf
bezwaar info contact
klacht form feedback
woo-verzoek form mailto
subsidie eh reg news
wegvergunning-provinciaal nf
schadevergoeding-provincie pdf reg
watervergunning olo vcheck sib:watermelding legger
watermelding olo reg
zuiveringsheffing tax:pdf tariff
watersysteemheffing tax:info mijntax
belastingaanslag-bezwaar tax:digid status
betalingsregeling tax:form payment
bedrijfsafvalwater-melding olo sib:watermelding
"""),
    dict(code='WS0653', name='Wetterskip Fryslân', type='waterschap', host='www.wetterskipfryslan.test', inh=650000,
         short='Wetterskip Fryslân', fam='wf', plat='wpforms', cookie='banner', tax='wfbel', chat=False,
         spec="""
belastingkwijtschelding tax:digid payment
melding-openbare-ruimte form app
omgevingsvergunning nf
bezwaar dge contact
klacht form feedback
woo-verzoek mail contact
subsidie pdf reg
wegvergunning-provinciaal nf
schadevergoeding-provincie info reg
watervergunning olo legger vcheck
watermelding olo reg news
zuiveringsheffing tax:eh tariff
watersysteemheffing info mijntax
belastingaanslag-bezwaar tax:digid status
betalingsregeling tax:info payment
bedrijfsafvalwater-melding olo reg
"""),
    dict(code='WS0662', name='Vallei en Veluwe', type='waterschap', host='www.vallei-veluwe.test', inh=1200000,
         short='Vallei en Veluwe', fam='vv', plat='wpforms', cookie='banner', tax='gblt', chat=False,
         spec="""
belastingkwijtschelding tax:digid callback
melding-openbare-ruimte form app
omgevingsvergunning olo vcheck
bezwaar form+pdf reg
klacht form feedback
woo-verzoek form mailto
subsidie eh reg news
wegvergunning-provinciaal nf
schadevergoeding-provincie form reg
watervergunning olo vcheck sib:watermelding legger
watermelding olo reg
zuiveringsheffing tax:eh tariff
watersysteemheffing tax:info mijntax
belastingaanslag-bezwaar tax:digid status
betalingsregeling tax:digid payment
bedrijfsafvalwater-melding olo reg
"""),
]

TYPE_LETTER = {'gemeente': 'G', 'provincie': 'P', 'waterschap': 'W'}


def parse_spec(org):
    out = {}
    for line in org['spec'].strip().splitlines():
        parts = line.split()
        out[parts[0]] = (parts[1], parts[2:])
    return out


SECTION = {
    'brp-uittreksel': 'Burgerzaken', 'verhuismelding': 'Burgerzaken', 'geboorteaangifte': 'Burgerzaken',
    'overlijdensaangifte': 'Burgerzaken', 'huwelijksaangifte': 'Burgerzaken', 'paspoort': 'Burgerzaken',
    'identiteitskaart': 'Burgerzaken', 'parkeervergunning': 'Parkeren', 'gehandicaptenparkeerkaart': 'Parkeren',
    'gehandicaptenparkeerplaats': 'Parkeren', 'hondenbelasting': 'Belastingen', 'belastingkwijtschelding': 'Belastingen',
    'woz-bezwaar': 'Belastingen', 'belastingaanslag-bezwaar': 'Belastingen', 'betalingsregeling': 'Belastingen',
    'reclamebelasting': 'Belastingen', 'bijstand': 'Werk_en_inkomen', 'bijzondere-bijstand': 'Werk_en_inkomen',
    'wmo-voorziening': 'Zorg_en_ondersteuning', 'leerlingenvervoer': 'Zorg_en_ondersteuning', 'grofvuil': 'Afval',
    'afvalcontainer': 'Afval', 'melding-openbare-ruimte': 'Melden', 'omgevingsvergunning': 'Wonen_en_bouwen',
    'kapvergunning': 'Wonen_en_bouwen', 'bouwdossier-inzage': 'Wonen_en_bouwen', 'uitwegvergunning': 'Wonen_en_bouwen',
    'ligplaatsvergunning': 'Wonen_en_bouwen', 'bezwaar': 'Bestuur', 'klacht': 'Bestuur', 'woo-verzoek': 'Bestuur',
    'subsidie': 'Subsidies',
}


PATH_OVERRIDE = {
    ('WS0652', 'watervergunning'): ('/vergunning-0', 'Vergunning'),
    ('WS0652', 'bezwaar'): ('/producten/bezwaar-maken.html', 'Bezwaar maken'),
    ('PV31', 'natuurvergunning'): ('/loket/vergunningen-0/vergunningen-0/@1820/natura2000-gebieden/', 'Vergunning Natura 2000-gebieden'),
    ('PV31', 'ontgrondingsvergunning'): ('/onderwerpen/milieu-toezicht/@9213/omgevingsvergunning-ontgronding/', 'Omgevingsvergunning ontgrondingsactiviteit'),
    ('PV25', 'subsidie'): ('/subsidies/begrotingssubsidie', 'Begrotings- en incidentele subsidies'),
    ('WS0662', 'watermelding'): ('/wat-doet-waterschap/voldoende-water/grondwater/bronbemaling/regels-lozen-bronneringswater/', 'Regels lozen bronneringswater'),
    ('GM1900', 'melding-openbare-ruimte'): ('/inwoners/onderwerpen-a-z_44153/product/melding-openbare-ruimte_1256.html', 'Melding Openbare Ruimte'),
    ('WS0651', 'watervergunning'): ('/regelen/vergunningen/watervergunning-aanvragen/', 'Vergunning aanvragen'),
    ('WS0653', 'watersysteemheffing'): ('/nl/belastingen/watersysteemheffing', 'Watersysteemheffing'),
}


def product_path(org, key, title):
    if (org['code'], key) in PATH_OVERRIDE:
        return PATH_OVERRIDE[(org['code'], key)][0]
    fam = org['fam']
    sl = slugify(title)
    if fam == 'slug':
        return '/' + sl
    if fam == 'iprox':
        sec = SECTION.get(key, 'Vergunningen')
        top = 'Ondernemers' if PROD[key]['audience'] == 'ondernemer' else 'Inwoners'
        return '/%s/%s/%s' % (top, sec, re.sub(r'[^A-Za-z0-9]+', '_', title.replace('ú', 'u')).strip('_'))
    if fam == 'owc':
        return '/onderwerp/' + sl
    if fam == 'productid':
        pid = 1100 + h(key) % 800
        sec = 'ondernemers/ondernemen-a-z_44170' if PROD[key]['audience'] == 'ondernemer' else 'inwoners/onderwerpen-a-z_44153'
        return '/%s/product/%s_%d.html' % (sec, sl, pid)
    if fam == 'nlds':
        sec = 'subsidies' if key == 'subsidie' else ('loket' if key in ('bezwaar', 'klacht', 'woo-verzoek') else 'vergunningen')
        return '/%s/%s' % (sec, sl)
    if fam == 'ipat':
        sec = 'loket/subsidies' if key == 'subsidie' else ('loket/contact-0' if key in ('bezwaar', 'klacht', 'woo-verzoek') else 'loket/vergunningen-0/vergunningen-0')
        return '/%s/@%d/%s/' % (sec, 800 + h(key) % 9000, sl[:40].strip('-'))
    if fam == 'wp':
        return '/regelen/%s/' % sl
    if fam == 'prodhtml':
        return '/producten/%s.html' % sl
    if fam == 'wf':
        return '/nl/regelen/%s' % sl
    if fam == 'vv':
        return '/loket/%s/' % sl
    raise ValueError(fam)


def az_path(org):
    return {'slug': '/producten-a-z', 'iprox': '/Inwoners/Producten_A-Z/', 'owc': '/onderwerpen-a-z',
            'productid': '/inwoners/onderwerpen-a-z_44153/', 'nlds': '/loket/a-z', 'ipat': '/loket/',
            'wp': '/regelen/', 'prodhtml': '/producten/', 'wf': '/nl/regelen/', 'vv': '/loket/'}[org['fam']]


def make_site(org):
    host = org['host']
    base = 'http://' + host
    short = org['short']
    t = org['type']
    if t == 'gemeente':
        mijn = ('Mijn ' + short, base + '/mijn-' + slugify(short))
        nav = [('Inwoners', '/inwoners/'), ('Ondernemers', '/ondernemers/'), ('Bestuur en organisatie', '/bestuur/'), ('Contact', '/contact')]
    elif t == 'provincie':
        mijn = ('Inloggen subsidieportaal', 'http://subsidieportaal.gelderland.test/' if org['code'] == 'PV25' else 'http://eloket.limburg.test/')
        nav = [('Onderwerpen', '/onderwerpen/'), ('Loket', '/loket-overzicht/'), ('Actueel', '/actueel/'), ('Contact', '/contact')]
    else:
        mijn = ('Mijn belastingen', None)
        nav = [('Regelen', '/regelen-overzicht/'), ('Wat doen we', '/wat-doen-we/'), ('Nieuws', '/nieuws/'), ('Contact', '/contact')]
    s = Site(host=host, name=org['name'], short=short, cms='cms-' + org['fam'], cookie=org['cookie'],
             nav=nav, mega={}, mijn=mijn, chat=org['chat'],
             footer=[('Contact', '/contact'), ('Privacyverklaring', '/privacy'), ('Cookies', '/cookies' if org['cookie'] != 'wall' else '/cookieverklaring'),
                     ('Toegankelijkheid', '/toegankelijkheid'), ('Producten A-Z', az_path(org))] + ([('Digitaal loket', '/digitaal-loket')] if t == 'gemeente' else []),
             address='%s | Postbus %d | Telefoon 14 0%03d' % (org['name'], 9000 + h(host) % 900, h(host) % 1000 if t == 'gemeente' else 0) if t == 'gemeente'
             else '%s | Postbus %d | Telefoon (0%d) %d %d' % (org['name'], 100 + h(host) % 800, 20 + h(host) % 60, 100 + h(host) % 800, 1000 + h(host) % 8000),
             search_path='/zoeken' if org['fam'] not in ('iprox', 'ipat') else '/zoeken.html',
             search_param={'slug': 'q', 'iprox': 'zoeken_term', 'owc': 's', 'productid': 'trefwoord', 'nlds': 'q',
                           'ipat': 'zoeken_term', 'wp': 's', 'prodhtml': 'query', 'wf': 'q', 'vv': 'term'}[org['fam']])
    s.org = org
    return s


PROD = {}

# ---------------------------------------------------------------- form platforms
PLATFORM_HOST = {'openforms': 'formulieren.arnhem.test', 'triple': 'loket.heerlen.test', 'gravity': 'mijn.denhelder.test',
                 'eformulieren': 'eformulieren.gelderland.test', 'formdesk': 'fd8.formdesk.test'}
FORM_HOSTS = {}  # host -> title for homepage


def form_shell(title, body, host, brand):
    ensure_form_host(host, brand)
    return ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s - %s</title>'
            '<link rel="stylesheet" href="http://%s/static/forms.css"></head><body><header><a href="http://%s/">%s</a></header>'
            '<main>%s</main></body></html>\n') % (esc(title), esc(brand), host, host, esc(brand), body)


def ensure_form_host(host, brand):
    if host in FORM_HOSTS:
        return
    FORM_HOSTS[host] = brand
    put('http://%s/static/forms.css' % host, 'body{font-family:sans-serif}')


def fields_html(key):
    return ('<fieldset><legend>Uw gegevens</legend><label>Naam* <input name="naam" required></label>'
            '<label>E-mailadres* <input type="email" name="email" required></label>'
            '<label>Telefoonnummer <input name="telefoon"></label>'
            '<label>Toelichting <textarea name="toelichting"></textarea></label>'
            '<label>Bijlage (pdf, jpg, doc of docx, max. 10 MB) <input type="file" name="bijlage"></label></fieldset>')


def online(org, key, title, mode, fslug=None):
    """Create an online form for (org, key). mode: anon | digid | eh | dge. Returns dict."""
    plat = org['plat']
    fslug = fslug or slugify(title)
    sig = ['online_form']
    prefill = False
    if mode == 'digid:prefill':
        mode, prefill = 'digid', True
    if plat == 'openforms' or plat == 'eformulieren':
        host = PLATFORM_HOST[plat]
        ensure_form_host(host, 'Formulieren ' + org['short'])
        put('http://%s/static/sdk/open-forms-sdk.js' % host, '/* Open Forms SDK (gesimuleerd) */\nwindow.OpenForms={OpenForm:function(el,cfg){this.init=function(){}}};\n')
        put('http://%s/static/sdk/open-forms-sdk.css' % host, '.openforms-theme{}')
        api = 'http://%s/api/v2/' % host
        put(api, '{"api":"v2"}')
        put(api + 'submissions', '{"detail":"Method not allowed"}')
        form_api = api + 'forms/' + fslug
        logins = []
        if mode in ('digid', 'dge'):
            logins.append({'identifier': 'digid', 'label': 'DigiD', 'url': login_start('http://%s/auth/%s/digid/start' % (host, fslug), 'digid'),
                           'logo': 'http://%s/static/img/digid.png' % host})
        if mode in ('eh', 'dge'):
            logins.append({'identifier': 'eherkenning', 'label': 'eHerkenning', 'url': login_start('http://%s/auth/%s/eherkenning/start' % (host, fslug), 'eh'),
                           'logo': 'http://%s/static/img/eherkenning.png' % host})
        for lo in logins:
            put(lo['logo'], b'\x89PNG\r\n\x1a\n' + hashlib.sha1(lo['logo'].encode()).digest())
        put(form_api, json.dumps({'uuid': hashlib.sha1(form_api.encode()).hexdigest()[:32], 'name': title, 'slug': fslug,
                                  'loginRequired': bool(logins), 'loginOptions': logins,
                                  'steps': [{'name': 'Uw gegevens'}, {'name': 'Uw aanvraag'}, {'name': 'Controleren en verzenden'}],
                                  'submissionUrl': api + 'submissions'}, ensure_ascii=False, sort_keys=True))
        url = 'http://%s/%s/' % (host, fslug)
        cfg = json.dumps({'baseUrl': api, 'formId': fslug, 'formUrl': form_api, 'basePath': '/' + fslug + '/',
                          'loginOptions': [{'label': 'Inloggen met ' + lo['label'], 'url': lo['url']} for lo in logins]}, ensure_ascii=False, sort_keys=True)
        body = ('<h1>%s</h1><div id="openforms-root" class="open-forms-sdk-root openforms-theme" data-base-url="%s" data-form-id="%s"></div>'
                '<noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>'
                '<link rel="stylesheet" href="http://%s/static/sdk/open-forms-sdk.css">'
                '<script src="http://%s/static/sdk/open-forms-sdk.js"></script>'
                '<script>var cfg=%s; new OpenForms.OpenForm(document.getElementById("openforms-root"), cfg).init();</script>') % (
            esc(title), api, fslug, host, host, cfg)
        put(url, form_shell(title, body, host, 'Formulieren ' + org['short']))
        sig.append('js_only')
        if mode != 'anon':
            sig += ['digid'] if mode == 'digid' else (['eherkenning'] if mode == 'eh' else ['digid', 'eherkenning'])
        return dict(route=url, cta=url, sig=sig, prefill=prefill)
    if plat == 'triple':
        host = PLATFORM_HOST[plat]
        ensure_form_host(host, 'Digitaal loket Heerlen')
        name = ''.join(w.capitalize() for w in re.split('[^a-z0-9]+', fslug) if w)
        url = 'http://%s/TriplEforms/DirectRegelen/formulier/nl-NL/evHeerlen/%s.aspx' % (host, name)
        if mode == 'anon':
            body = ('<h1>%s</h1><p>Stap 1 van 4: Uw gegevens</p><form method="post" action="%s" id="aspnetForm">'
                    '<input type="hidden" name="__VIEWSTATE" value="dDwtMTA4NzM2">%s<button name="volgende">Volgende</button></form>'
                    '<p>Velden met een * zijn verplicht.</p>') % (esc(title), url, fields_html(key))
        else:
            starts = []
            if mode in ('digid', 'dge'):
                starts.append('<a class="btn-digid" href="%s"><img src="http://%s/static/digid.png" alt="DigiD"> Inloggen met DigiD</a>' % (
                    login_start('http://%s/TriplEforms/DigiD/%s/start' % (host, name), 'digid'), host))
            if mode in ('eh', 'dge'):
                starts.append('<a class="btn-eh" href="%s">Inloggen met eHerkenning</a>' % login_start('http://%s/TriplEforms/eHerkenning/%s/start' % (host, name), 'eh'))
            put('http://%s/static/digid.png' % host, b'\x89PNG\r\n\x1a\nDIGID')
            body = ('<h1>%s</h1><p>Voor dit formulier moet u inloggen. U wordt na 15 minuten inactiviteit automatisch uitgelogd bij DigiD.</p>%s'
                    '<p>Tussentijds opslaan is niet mogelijk.</p>') % (esc(title), ''.join(starts))
        put(url, form_shell(title, body, host, 'Digitaal loket Heerlen'))
        if mode != 'anon':
            sig += ['digid'] if mode == 'digid' else (['eherkenning'] if mode == 'eh' else ['digid', 'eherkenning'])
        sig.append('aspx')
        return dict(route=url, cta=url, sig=sig, prefill=prefill)
    if plat == 'gravity' or plat == 'wpforms':
        if plat == 'gravity':
            host = PLATFORM_HOST[plat]
            ensure_form_host(host, 'Mijn ' + org['short'])
            url = 'http://%s/%s/' % (host, fslug)
        else:
            host = org['host']
            url = 'http://%s/formulieren/%s/' % (host, fslug)
        if mode == 'anon':
            body = ('<h1>%s</h1><div class="gform_wrapper"><form method="post" enctype="multipart/form-data" action="%s" id="gform_%d">'
                    '<div class="gform_heading"><p class="gform_required_legend">"<span class="gfield_required">*</span>" geeft vereiste velden aan</p></div>'
                    '%s<input type="submit" class="gform_button" value="Verzenden"></form></div>') % (esc(title), url, 1 + h(url) % 90, fields_html(key))
        else:
            starts = []
            if mode in ('digid', 'dge'):
                starts.append('<a class="button button--digid" href="%s">Inloggen met DigiD</a>' % login_start(url + 'digid/start', 'digid'))
            if mode in ('eh', 'dge'):
                starts.append('<a class="button button--eherkenning" href="%s">Inloggen met eHerkenning</a>' % login_start(url + 'eherkenning/start', 'eh'))
            extra = ''
            if prefill:
                extra = '<p>Na het inloggen met DigiD vullen wij uw persoonlijke gegevens automatisch in vanuit de Basisregistratie Personen (BRP).</p>'
            body = ('<h1>%s</h1><p>Om dit formulier in te vullen logt u eerst in.</p>%s%s'
                    '<div id="js-resumeSession" hidden>Kies \'Verlengen\' om uw sessie te verlengen.</div>') % (esc(title), ''.join(starts), extra)
        if plat == 'gravity':
            put(url, form_shell(title, body, host, 'Mijn ' + org['short']))
        else:
            put(url, chrome(SITES[org['code']], title, body))
        if mode != 'anon':
            sig += ['digid'] if mode == 'digid' else (['eherkenning'] if mode == 'eh' else ['digid', 'eherkenning'])
        return dict(route=url, cta=url, sig=sig, prefill=prefill)
    if plat == 'wizard':
        host = org['host']
        if mode == 'anon':
            url = 'http://%s/formulieren/%s/' % (host, fslug)
            body = ('<h1>%s</h1><ol class="steps"><li aria-current="step">Stap 1 van 3: Gegevens</li><li>Stap 2 van 3: Aanvraag</li><li>Stap 3 van 3: Verzenden</li></ol>'
                    '<form method="post" action="%s">%s<button>Volgende stap</button></form><p>Voortgang: 0%%</p>') % (esc(title), url + 'stap-2', fields_html(key))
            put(url + 'stap-2', chrome(SITES[org['code']], title + ' - stap 2', '<h1>%s</h1><p>Stap 2 van 3</p><form method="post" action="%s"><textarea name="omschrijving"></textarea><button>Verzenden</button></form>' % (esc(title), url + 'stap-2')))
            put(url, chrome(SITES[org['code']], title, body))
            return dict(route=url, cta=url, sig=sig, prefill=prefill)
        idp = 'eh' if mode == 'eh' else 'digid'
        url = login_start('http://%s/digid/%s/start' % (host, fslug) if idp == 'digid' else 'http://%s/eherkenning/%s/start' % (host, fslug), idp)
        sig += ['digid'] if mode == 'digid' else (['eherkenning'] if mode == 'eh' else ['digid', 'eherkenning'])
        sig.append('login_redirect')
        return dict(route=url, cta=url, sig=sig, prefill=prefill)
    if plat == 'formdesk':
        if mode == 'anon':
            host = 'fd8.formdesk.test'
            ensure_form_host(host, 'Formdesk')
            url = 'http://%s/provincielimburg/%s' % (host, fslug)
            body = ('<h1>%s</h1><form method="post" action="%s" class="fd-form">%s<button>Verzenden</button></form>'
                    '<p>Verplichte velden zijn met een * gemarkeerd.</p>') % (esc(title), url, fields_html(key))
            put(url, form_shell(title, body, host, 'Provincie Limburg'))
            return dict(route=url, cta=url, sig=sig + ['formdesk'], prefill=False)
        return portal(org, key, title, mode)
    raise ValueError(plat)


def portal(org, key, title, mode):
    """Provincial portals: subsidieportaal Gelderland, eLoket Limburg."""
    if org['code'] == 'PV25':
        host, brand = 'subsidieportaal.gelderland.test', 'Subsidieportaal Provincie Gelderland'
        url = 'http://%s/regelingen/%s/' % (host, slugify(title))
    else:
        host, brand = 'eloket.limburg.test', 'eLoket Provincie Limburg'
        url = 'http://%s/aanvragen/%s/' % (host, slugify(title))
    ensure_form_host(host, brand)
    starts = []
    sig = ['online_form', 'portal']
    if mode in ('digid', 'dge', 'portal'):
        starts.append('<a class="utrecht-button utrecht-digid-button" href="%s"><img src="http://%s/img/digid-logo.svg" alt="DigiD logo"> Inloggen met DigiD</a>' % (
            login_start(url + 'login/digid', 'digid'), host))
        sig.append('digid')
    if mode in ('eh', 'dge', 'portal'):
        starts.append('<a class="utrecht-button" href="%s">Inloggen met eHerkenning (EH2+)</a>' % login_start(url + 'login/eherkenning', 'eh'))
        sig.append('eherkenning')
    if mode == 'portal':
        starts.append('<a class="utrecht-button" href="%s">Inloggen met eIDAS</a>' % login_start(url + 'login/eidas', 'eh'))
        sig.append('eidas')
    put('http://%s/img/digid-logo.svg' % host, '<svg xmlns="http://www.w3.org/2000/svg"><text>DigiD</text></svg>')
    body = '<h1>%s</h1><p>Log in om uw aanvraag in te dienen. U kunt uw aanvraag tussentijds opslaan.</p>%s' % (esc(title), ''.join(starts))
    put(url, form_shell(title, body, host, brand))
    if not has('http://%s/' % host):
        put('http://%s/' % host, form_shell(brand, '<h1>%s</h1><p>Inloggen met DigiD, eHerkenning of eIDAS.</p><a href="%s">Inloggen</a>' % (
            esc(brand), login_start('http://%s/login' % host, 'eh')), host, brand))
    return dict(route=url, cta=url, sig=sig, prefill=False)


# ---------------------------------------------------------------- Omgevingsloket
OLO = 'omgevingswet.overheid.test'


def build_olo():
    b = 'http://' + OLO
    put(b + '/', page_plain('Omgevingsloket', '<h1>Omgevingsloket</h1><ul><li><a href="%s/vergunningcheck">Vergunningcheck doen</a></li>'
        '<li><a href="%s/aanvragen">Aanvraag of melding indienen</a></li><li><a href="%s/regels-op-de-kaart">Regels op de kaart</a></li></ul>' % (b, b, b)))
    put(b + '/aanvragen', page_plain('Aanvragen - Omgevingsloket',
        '<h1>Aanvraag of melding indienen</h1><p>Log in om een aanvraag of melding in te dienen bij de gemeente, provincie of het waterschap.</p>'
        '<p><a class="button" href="%s">Inloggen met DigiD</a> <a class="button" href="%s">Inloggen met eHerkenning</a></p>'
        '<p>Na het inloggen haalt het Omgevingsloket gegevens over u of uw bedrijf op uit basisregistraties. Deze gegevens worden automatisch ingevuld in uw aanvraag.</p>'
        % (login_start(b + '/auth/digid/start', 'digid'), login_start(b + '/auth/eherkenning/start', 'eh'))))
    put(b + '/vergunningcheck', page_plain('Vergunningcheck - Omgevingsloket',
        '<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft of een melding moet doen. U hoeft niet in te loggen.</p>'
        '<form action="%s/vergunningcheck-locatie" method="get"><label>Adres of perceel <input name="adres"></label><button>Start de check</button></form>' % b))
    put(b + '/vergunningcheck-locatie', page_plain('Vergunningcheck - locatie', '<p>Kies de werkzaamheden.</p>'))
    put(b + '/regels-op-de-kaart', page_plain('Regels op de kaart', '<p>Bekijk de regels op uw locatie.</p>'))


# ---------------------------------------------------------------- tax offices and other bodies
TAX = {
    'bsgw': dict(host='www.bsgw.test', name='BsGW', mijn='Mijn BsGW', own=False, prefill=True),
    'cocensus': dict(host='denhelder.cocensus.test', name='Cocensus', mijn='Mijn Cocensus', own=False, prefill=False),
    'bwb': dict(host='www.bwbrabant.test', name='Belastingsamenwerking West-Brabant', mijn='Mijn BWB', own=False, prefill=False),
    'gblt': dict(host='www.gblt.test', name='GBLT', mijn='Mijn GBLT', own=False, prefill=False),
    'hhnkbel': dict(host='belastingen.hhnk.test', name='Belastingen HHNK', mijn='Mijn Belastingzaken', own=True, prefill=False),
    'wfbel': dict(host='belastingen.wetterskipfryslan.test', name='Wetterskip Fryslân Belastingen', mijn='Mijn Belastingen', own=True, prefill=False),
}
TAXWORD = {'belastingkwijtschelding': 'Kwijtschelding aanvragen', 'woz-bezwaar': 'Bezwaar maken tegen de WOZ-waarde',
           'belastingaanslag-bezwaar': 'Bezwaar maken tegen uw aanslag', 'betalingsregeling': 'Betalingsregeling aanvragen',
           'hondenbelasting': 'Hond aan- of afmelden', 'zuiveringsheffing': 'Aangifte zuiveringsheffing (vervuilingseenheden)',
           'watersysteemheffing': 'Watersysteemheffing', 'reclamebelasting': 'Reclamebelasting'}


def tax_page(t, title, body):
    b = 'http://' + t['host']
    return ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s | %s</title></head><body>'
            '<header><a href="%s/">%s</a> <a class="login" href="%s">Inloggen %s (DigiD)</a> '
            '<a href="%s">Inloggen voor bedrijven (eHerkenning)</a></header><main>%s</main>'
            '<footer><a href="%s">Contact</a></footer></body></html>\n') % (
        esc(title), esc(t['name']), b, esc(t['name']), b + '/mijn/inloggen', esc(t['mijn']), b + '/mijn/inloggen-eherkenning', body, b + '/contact')


def ensure_tax(tk):
    t = TAX[tk]
    b = 'http://' + t['host']
    if not has(b + '/'):
        login_start(b + '/mijn/inloggen', 'digid')
        login_start(b + '/mijn/inloggen-eherkenning', 'eh')
        put(b + '/', tax_page(t, t['name'], '<h1>%s</h1><p>Wij heffen en innen de belastingen. Bekijk uw aanslag en WOZ-beschikking in %s.</p>' % (esc(t['name']), esc(t['mijn']))))
        put(b + '/contact', tax_page(t, 'Contact', '<h1>Contact</h1><p>Bel ons op werkdagen.</p><form method="post" action="%s/contact-verzonden"><textarea name="vraag"></textarea><button>Verstuur</button></form>' % b))
        put(b + '/contact-verzonden', tax_page(t, 'Bedankt', '<p>Bedankt voor uw vraag.</p>'))
    return t


def tax_route(org, key, kind):
    t = ensure_tax(org['tax'])
    b = 'http://' + t['host']
    word = TAXWORD.get(key, PNAME[key])
    sl = slugify(word)
    info = b + '/' + sl
    sig = []
    via = '' if t['own'] else t['host']
    route = ''
    if kind == 'digid' or kind == 'eh':
        route = login_start(b + '/mijn/%s/%s/start' % ('digid' if kind == 'digid' else 'eherkenning', sl), 'digid' if kind == 'digid' else 'eh')
        sig = ['online_form', 'digid' if kind == 'digid' else 'eherkenning', 'login_redirect']
        pre = '<p>Na het inloggen zijn uw gegevens al vooraf ingevuld; u hoeft alleen uw inkomsten en uitgaven te controleren.</p>' if t['prefill'] else ''
        cta = '<p><a class="button" href="%s">%s (met %s)</a></p>%s' % (route, esc(word), 'DigiD' if kind == 'digid' else 'eHerkenning', pre)
        lvl, strict = 100, (100 if t['prefill'] else 67)
        if t['prefill']:
            sig.append('prefill_text')
    elif kind == 'form':
        route = b + '/formulieren/' + sl
        put(route, tax_page(t, word, '<h1>%s</h1><form method="post" action="%s">%s<button>Verzenden</button></form><p>Velden met een * zijn verplicht.</p>' % (esc(word), route, fields_html(key))))
        cta = '<p><a href="%s">Vul het formulier %s in</a></p>' % (route, esc(word.lower()))
        sig, lvl, strict = ['online_form'], 67, 67
    elif kind == 'pdf':
        route, n = document(b + '/documenten/%s.pdf' % sl, word, ['Aanvraagformulier', 'Naam:', 'Adres:', 'Handtekening:'])
        cta = '<p><a href="%s">Aangifteformulier %s</a></p>' % (route, size_txt(n, h(route)))
        sig, lvl, strict = ['pdf'], 33, 33
    else:
        cta = '<p>Heeft u vragen? Bel ons. U kunt uw aanslag bekijken in %s.</p>' % esc(t['mijn'])
        sig, lvl, strict = ['info'], 0, 0
    put(info, tax_page(t, word, '<h1>%s</h1><p>%s</p>%s' % (esc(word), esc(ptitle(org, key)[1]), cta)))
    return dict(level=lvl, strict=strict, route=route, via=via, sig=sig, link=info, name=t['name'], prefill=t['prefill'])


EXT = {
    'parkeer': ('arnhem.parkeerservice.test', 'Parkeerservice Arnhem'),
    'swt': ('www.swtarnhem.test', 'Sociaal Wijkteam Arnhem'),
    'rd4': ('www.rd4.test', 'Rd4'),
    'hvc': ('www.hvcgroep.test', 'HVC'),
    'omrin': ('www.omrin.test', 'Omrin'),
    'odrn': ('www.odrn.test', 'Omgevingsdienst Regio Nijmegen'),
    'rudzl': ('www.rudzl.test', 'RUD Zuid-Limburg'),
    'bij12': ('www.bij12.test', 'BIJ12'),
}


def ext_page(host, brand, title, body):
    return ('<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>%s - %s</title></head><body>'
            '<header><a href="http://%s/">%s</a></header><main>%s</main></body></html>\n') % (esc(title), esc(brand), host, esc(brand), body)


def ext_route(org, key, body, kind):
    host, brand = EXT[body]
    b = 'http://' + host
    if not has(b + '/'):
        put(b + '/', ext_page(host, brand, brand, '<h1>%s</h1><p>Welkom bij %s.</p>' % (esc(brand), esc(brand))))
    word = PT[key][0] if key in PT and org['type'] == 'gemeente' else ptitle(org, key)[0]
    sl = slugify(word)
    info = b + '/' + sl
    sig = []
    if kind == 'digid' or kind == 'dge' or kind == 'eh':
        if body == 'bij12':
            lh = 'mijn.bij12.test'
            route = 'http://%s/faunazaken/tegemoetkoming/' % lh
            put(route, ext_page(lh, 'Mijn Faunazaken', 'Tegemoetkoming faunaschade aanvragen',
                '<h1>Mijn Faunazaken</h1><p>Log in om een tegemoetkoming in faunaschade aan te vragen.</p><a href="%s">Inloggen met DigiD</a> <a href="%s">Inloggen met eHerkenning</a>' % (
                    login_start(route + 'digid', 'digid'), login_start(route + 'eherkenning', 'eh'))))
            put('http://%s/' % lh, ext_page(lh, 'Mijn Faunazaken', 'Mijn Faunazaken', '<a href="%s">Tegemoetkoming aanvragen</a>' % route))
            sig = ['online_form', 'digid', 'eherkenning']
        else:
            idp = 'eh' if kind == 'eh' else 'digid'
            route = login_start(b + '/inloggen/%s' % ('digid' if idp == 'digid' else 'eherkenning'), idp)
            sig = ['online_form', 'digid' if idp == 'digid' else 'eherkenning', 'login_redirect']
        cta = '<p><a class="btn" href="%s">Direct aanvragen</a></p>' % route
        lvl, strict = 100, 67
    elif kind == 'form':
        route = b + '/formulier/' + sl
        put(route, ext_page(host, brand, word, '<h1>%s</h1><form method="post" action="%s">%s<label>Postcode* <input name="postcode"></label><button>Verzenden</button></form>' % (esc(word), route, fields_html(key))))
        cta = '<p><a href="%s">Aanmelden via het online formulier</a></p>' % route
        sig, lvl, strict = ['online_form'], 67, 67
    elif kind == 'own':
        route = b + '/mijn/' + sl
        put(route, ext_page(host, brand, word, '<h1>Mijn %s</h1><p>Log in met uw e-mailadres en wachtwoord, of maak een account aan.</p>'
            '<form method="post" action="%s"><label>E-mailadres <input name="email"></label><label>Wachtwoord <input type="password" name="wachtwoord"></label><button>Inloggen</button></form>'
            '<p>Na het inloggen kiest u een ophaaldatum en vult u het formulier in.</p>' % (esc(brand), route)))
        cta = '<p><a href="%s">Regel het in Mijn %s</a></p>' % (route, esc(brand))
        sig, lvl, strict = ['online_form', 'own_account'], 67, 67
    elif kind == 'pdf':
        route, n = document(b + '/documenten/%s.pdf' % sl, word, ['Aanvraagformulier / melding', 'Gegevens aanvrager', 'Locatie en tijdstip', 'Ondertekening'])
        cta = '<p>Stuur het ingevulde formulier minimaal 14 dagen vooraf per post of e-mail.</p><p><a href="%s">Aanvraagformulier %s</a></p>' % (route, size_txt(n, h(route)))
        sig, lvl, strict = ['pdf'], 33, 33
    put(info, ext_page(host, brand, word, '<h1>%s</h1><p>%s voert deze taak uit namens de aangesloten overheden.</p>%s' % (esc(word), esc(brand), cta)))
    via = re.match(r'http://([^/]+)', route).group(1) if route else host
    return dict(level=lvl, strict=strict, route=route, via=via, sig=sig, link=info, name=brand, prefill=False)


SITES = {}
APPT = {}   # org code -> (url, needs_digid)


def appointment(org):
    if org['code'] in APPT:
        return APPT[org['code']]
    s = SITES[org['code']]
    c = org['code']
    if c in ('GM0202', 'GM1900'):   # JCC-like booking with its own DigiD login
        host = 'afspraak.' + org['host'][4:]
        url = 'http://%s/JCC/G-Plan/afspraak-maken/' % host
        put(url, form_shell('Afspraak maken', '<h1>Afspraak maken</h1><p>Log in met DigiD om een afspraak te maken, te wijzigen of te annuleren.</p>'
            '<a class="button" href="%s">Inloggen met DigiD</a><p>Zonder DigiD? Bel 14 0%s.</p>' % (login_start('http://%s/JCC/G-Plan/login/digid' % host, 'digid'), org['host'][4:7]), host, 'Afspraken ' + org['short']))
        APPT[c] = (url, True)
    elif c == 'GM0917':            # Qmatic-like anonymous booking
        host = 'afspraken.heerlen.test'
        url = 'http://%s/qmaticwebbooking/' % host
        put(url, form_shell('Afspraak maken', '<h1>Maak een afspraak</h1><div id="qmatic-app" data-api="http://%s/qmaticwebbooking/rest/schedule/branches"></div>'
            '<form method="post" action="%s"><label>Product <select name="dienst"><option>Paspoort</option><option>ID-kaart</option><option>Rijbewijs</option></select></label><label>Datum <input type="date" name="datum"></label><button>Afspraak maken</button></form>' % (host, url), host, 'Afspraken Heerlen'))
        put('http://%s/qmaticwebbooking/rest/schedule/branches' % host, '[{"id":1,"name":"Stadskantoor Heerlen"}]')
        APPT[c] = (url, False)
    else:
        r = online(org, 'afspraak', 'Afspraak maken', 'anon', fslug='afspraak-maken')
        APPT[c] = (r['route'], False)
    return APPT[c]


def site_form(org, name, title):
    """Contact, callback, newsletter ... forms on the organisation's own site."""
    s = SITES[org['code']]
    url = s.u('/formulier/%s' % name) if org['fam'] not in ('wp', 'vv') else s.u('/contactformulier/%s/' % name)
    if not has(url):
        body = '<h1>%s</h1><form method="post" action="%s">%s<button>Versturen</button></form>' % (esc(title), url, fields_html(name))
        put(url, chrome(s, title, body))
    return url


def mijn_login(org):
    s = SITES[org['code']]
    return s.mijn[1]


def doc(org, name, title, lines, ext='pdf'):
    s = SITES[org['code']]
    url = s.u('/documenten/%s.%s' % (name, ext))
    if not has(url):
        document(url, title, lines)
    return url, len(FILES[url])


AUX = {'hoofdbewoner': ('Verklaring hoofdbewoner / inwoning', 'Toestemmingsverklaring van de hoofdbewoner'),
       'minderjarige': ('Toestemming reisdocument minderjarige', 'Verklaring toestemming reisdocument minderjarige'),
       'veiligheidsplan': ('Format veiligheidsplan evenementen', 'Format veiligheidsplan')}


def trap(org, key, tok, routes):
    """Return (html, signal, where) for one trap token."""
    s = SITES[org['code']]
    c = org['code']
    if tok == 'contact':
        return '<p>Vragen? Neem contact met ons op via het <a href="%s">contactformulier</a>.</p>' % site_form(org, 'contact', 'Contactformulier'), 'trap_contact_form'
    if tok == 'callback':
        return '<aside class="callback"><h3>Wilt u dat wij u terugbellen?</h3><a href="%s">Vul het terugbelformulier in</a></aside>' % site_form(org, 'terugbellen', 'Terugbelverzoek'), 'trap_callback_form'
    if tok == 'feedback':
        u = s.u('/feedback/verzenden')
        if not has(u):
            put(u, chrome(s, 'Bedankt', '<p>Bedankt voor uw reactie.</p>'))
        return ('<form class="feedback" method="post" action="%s"><p>Was deze informatie nuttig?</p><button name="nuttig" value="ja">Ja</button>'
                '<button name="nuttig" value="nee">Nee</button><textarea name="opmerking"></textarea><button>Verstuur</button></form>') % u, 'trap_feedback_form'
    if tok == 'mailto':
        dom = org['host'][4:].replace('.test', '.nl')
        return '<p>U kunt ook mailen naar <a href="mailto:info@%s?subject=%s">info@%s</a>.</p>' % (dom, esc(slugify(PNAME[key])), dom), 'trap_mailto'
    if tok == 'dr':
        others = [k for k in sorted(routes, key=lambda k: h(c + k + 'dr')) if k != key and (routes[k].get('level') or 0) >= 67 and routes[k]['route']][:3]
        items = ''.join('<li><a href="%s">%s</a></li>' % (routes[k]['route'], esc(PNAME[k])) for k in others)
        return '<aside class="direct-regelen"><h2>Direct regelen</h2><ul>%s</ul></aside>' % items, 'trap_direct_regelen_other'
    if tok == 'appt':
        url, dg = appointment(org)
        return '<p><a class="button" href="%s">Maak een afspraak</a></p>' % url, ('trap_appointment_digid' if dg else 'trap_appointment_form')
    if tok == 'status':
        return '<p>Al een aanvraag gedaan? <a href="%s">Bekijk de status van uw aanvraag in %s</a>.</p>' % (mijn_login(org), esc(s.mijn[0])), 'trap_status_tracker'
    if tok == 'objection':
        r = routes.get('bezwaar')
        if r and r['route'] and r['level'] >= 67:
            u = r['route']
        else:
            u = online(org, 'bezwaar-digid', 'Bezwaarschrift indienen met DigiD', 'digid')['route'] if org['plat'] != 'wizard' else \
                online(org, 'bezwaar-digid', 'Bezwaarschrift indienen', 'digid')['route']
        return '<p>Niet eens met een besluit? <a href="%s">Dien digitaal bezwaar in (DigiD)</a>.</p>' % u, 'trap_objection_form'
    if tok == 'reg':
        if key == 'subsidie':
            name = 'Algemene subsidieverordening'
        elif key in TAXWORD or key in ('belastingkwijtschelding',):
            name = 'Belastingverordening'
        elif org['type'] == 'waterschap':
            name = 'Waterschapsverordening (keur)'
        elif org['type'] == 'provincie':
            name = 'Omgevingsverordening'
        elif PROD[key]['audience'] == 'ondernemer' or key in ('collectevergunning', 'ligplaatsvergunning', 'uitwegvergunning'):
            name = 'Algemene Plaatselijke Verordening (APV)'
        else:
            name = 'Verordening'
        url, n = doc(org, 'verordening-' + slugify(PNAME[key])[:30], '%s - %s' % (name, PNAME[key]), ['Artikel 1 Begripsbepalingen', 'Artikel 2 Reikwijdte', 'Artikel 3 Aanvraag'])
        return '<p>Regelgeving: <a href="%s">%s %s</a></p>' % (url, name, size_txt(n, h(url))), 'trap_regulation_pdf'
    if tok == 'tariff':
        url, n = doc(org, 'tarieven-' + str(2024), 'Tarieventabel 2024', ['Leges en tarieven 2024', 'Hoofdstuk 1 Burgerzaken', 'Hoofdstuk 2 Vergunningen', 'Hoofdstuk 3 Heffingen'])
        return '<p>Bekijk de <a href="%s">tarieven 2024 %s</a></p>' % (url, size_txt(n, h(url))), 'trap_tariff_pdf'
    if tok == 'notonline':
        return '<p class="notice"><strong>Let op:</strong> online aanvragen is (nog) niet mogelijk.</p>', 'trap_not_online_text'
    if tok == 'paperorder':
        u = site_form(org, 'formulier-opvragen-' + key, 'Aanvraagformulier per post ontvangen')
        return '<p>Het aanvraagformulier is niet te downloaden. <a href="%s">Vraag het formulier aan</a>; wij sturen het per post naar u toe.</p>' % u, 'trap_paper_form_order'
    if tok == 'payment':
        host = 'betalen.' + org['host'][4:]
        u = 'http://%s/ideal/' % host
        if not has(u):
            put(u, form_shell('Online betalen', '<h1>Betalen met iDEAL</h1><form method="post" action="%s"><label>Kenmerk <input name="kenmerk"></label><label>Bedrag <input name="bedrag"></label><select name="bank"><option>ING</option><option>Rabobank</option><option>ABN AMRO</option></select><button>Betalen</button></form>' % u, host, 'Online betalen ' + org['short']))
        return '<p>Heeft u een factuur of aanslag ontvangen? <a href="%s">Betaal direct online met iDEAL</a>.</p>' % u, 'trap_payment_page'
    if tok == 'news':
        u = s.u('/nieuws/%s' % slugify('nieuwe regels ' + PNAME[key])[:50])
        if not has(u):
            f = site_form(org, 'enquete', 'Enquête: wat vindt u van onze dienstverlening?')
            site_page(s, u[len(s.base):], 'Nieuw: ' + PNAME[key], '<h1>Nieuw: %s</h1><p class="date">12 maart 2024</p><p>Vanaf dit jaar verandert er iets aan %s. Lees meer op de productpagina.</p>'
                      '<p>Doe mee aan onze <a href="%s">enquête</a>.</p>' % (esc(PNAME[key]), esc(PNAME[key].lower()), f))
        return '<p>Lees ook: <a href="%s">Nieuw: %s</a></p>' % (u, esc(PNAME[key])), 'trap_news_item'
    if tok == 'vcheck':
        return '<p>Doe eerst de <a href="http://%s/vergunningcheck">vergunningcheck in het Omgevingsloket</a> (u hoeft niet in te loggen).</p>' % OLO, 'trap_vergunningcheck'
    if tok == 'vooroverleg':
        u = site_form(org, 'vooroverleg', 'Vooroverleg of conceptverzoek aanvragen')
        return '<p>Twijfelt u? <a href="%s">Vraag een vooroverleg aan</a>.</p>' % u, 'trap_vooroverleg_form'
    if tok == 'ods':
        host = 'www.odra.test' if c == 'PV25' else 'www.rudzl.test'
        brand = 'Omgevingsdienst Regio Arnhem' if c == 'PV25' else 'RUD Zuid-Limburg'
        u = 'http://%s/contact' % host
        if not has(u):
            put(u, ext_page(host, brand, 'Contact', '<h1>Contact</h1><form method="post" action="%s">%s<button>Verstuur</button></form>' % (u, fields_html('c'))))
        if not has('http://%s/' % host):
            put('http://%s/' % host, ext_page(host, brand, brand, '<h1>%s</h1><p><a href="%s">Contact</a></p>' % (esc(brand), u)))
        return '<p>De %s behandelt de aanvraag namens de provincie. Vragen? <a href="%s">Neem contact op met de omgevingsdienst</a>.</p>' % (esc(brand), u), 'trap_omgevingsdienst_form'
    if tok == 'aerius':
        u = 'http://calculator.aerius.test/'
        if not has(u):
            put(u, ext_page('calculator.aerius.test', 'AERIUS Calculator', 'AERIUS Calculator', '<h1>AERIUS Calculator</h1><div id="app" data-api="http://calculator.aerius.test/api/"></div><form action="http://calculator.aerius.test/api/" method="post"><button>Nieuwe berekening</button></form>'))
            put('http://calculator.aerius.test/api/', '{"version":"2024"}')
        return '<p>Bereken eerst de stikstofdepositie met de <a href="%s">AERIUS Calculator</a>.</p>' % u, 'trap_calculator'
    if tok == 'legger':
        host = 'kaart.' + org['host'][4:]
        u = 'http://%s/viewer/legger/' % host
        if not has(u):
            cfg = 'http://%s/viewer/legger/config.json' % host
            put(cfg, '{"lagen":["legger oppervlaktewater","beschermingszones waterkeringen"],"wms":"http://%s/viewer/legger/config.json"}' % host)
            put(u, form_shell('Legger en beschermingszones', '<h1>Kaartviewer legger</h1><div id="map" data-config="%s"></div><script src="http://%s/viewer/legger/viewer.js"></script>' % (cfg, host), host, 'Kaarten ' + org['short']))
            put('http://%s/viewer/legger/viewer.js' % host, '/* kaartviewer */ fetch(document.getElementById("map").dataset.config);\n')
        return '<p>Bekijk op de kaart of uw perceel in de beschermingszone van een watergang of dijk ligt:</p><iframe title="Kaart legger" src="%s" width="100%%" height="400"></iframe>' % u, 'trap_map_viewer'
    if tok == 'app':
        u = 'http://www.buitenbeter.test/'
        if not has(u):
            put(u, ext_page('www.buitenbeter.test', 'BuitenBeter', 'BuitenBeter app', '<h1>BuitenBeter</h1><p>Download de app in de App Store of Google Play.</p>'))
        return '<p>Melden kan ook met de <a href="%s">BuitenBeter-app</a>.</p>' % u, 'trap_app_link'
    if tok == 'mijntax':
        t = ensure_tax(org['tax'])
        return '<p>Bekijk uw aanslag in <a href="http://%s/mijn/inloggen">%s (inloggen met DigiD)</a>.</p>' % (t['host'], esc(t['mijn'])), 'trap_mijn_login'
    if tok in ('kleinev', 'festiviteit'):
        t = 'Melding klein evenement' if tok == 'kleinev' else 'Melding incidentele festiviteit'
        r = online(org, tok, t, 'anon', fslug=slugify(t))
        return '<p>Organiseert u een klein evenement? Dan is een melding genoeg: <a href="%s">%s (online formulier)</a>.</p>' % (r['route'], t), 'trap_sibling_form'
    if tok.startswith('sib:'):
        k = tok[4:]
        r = routes.get(k)
        if r and r['route'] and r['route'] != routes[key]['route']:
            return '<p>Zie ook: <a href="%s">%s</a></p>' % (r['route'], esc(PNAME[k])), 'trap_sibling_form'
        if r and r.get('url'):
            return '<p>Zie ook: <a href="%s">%s</a></p>' % (r['url'], esc(PNAME[k])), 'trap_sibling_page'
        return '', None
    if tok.startswith('aux:'):
        a = AUX[tok[4:]]
        url, n = doc(org, slugify(a[0]), a[1], ['Ondergetekende verklaart:', 'Naam:', 'Handtekening:'])
        return '<p>Nodig bij uw aanvraag: <a href="%s">%s %s</a></p>' % (url, a[0], size_txt(n, h(url))), 'trap_aux_pdf'
    raise ValueError(tok)


# ---------------------------------------------------------------- routes (pass 1)
def make_route(org, key, kind):
    if '+' in kind:
        parts = [make_route1(org, key, k) for k in kind.split('+')]
        best = max(parts, key=lambda p: p['level'])
        r = dict(best)
        r['kind'] = kind
        r['cta'] = ''.join(p['cta'] for p in parts)
        sig = []
        for p in parts:
            sig += [x for x in p['sig'] if x not in sig]
        r['sig'] = sig
        if any(p.get('appt_trap') for p in parts):
            r['appt_trap'] = [p['appt_trap'] for p in parts if p.get('appt_trap')][0]
        return r
    return make_route1(org, key, kind)


def make_route1(org, key, kind):
    title = ptitle(org, key)[0]
    fname = PNAME[key]
    s = SITES[org['code']]
    c = org['code']
    r = dict(kind=kind, level=None, strict=None, route='', via='', sig=[], cta='', status='ok', prefill=False, link='')
    if kind == 'no':
        r['status'] = 'not_offered'
        return r
    if kind == 'nf':
        r['status'] = 'not_found'
        return r
    v = h(c + key) % 4
    if kind in ('info', 'appt', 'mail'):
        r['level'] = r['strict'] = 0
        if kind == 'info' and key in INFO_TEXT:
            r['cta'] = '<p>%s</p>' % esc(INFO_TEXT[key])
            r['sig'] = ['info', 'phone' if 'bel' in INFO_TEXT[key].lower() else 'letter']
        elif kind == 'info' and org['type'] != 'gemeente':
            r['cta'] = ['<p>Stuur een brief met uw naam, adres, de datum, een omschrijving en uw handtekening naar ons postadres.</p>',
                        '<p>Neem telefonisch contact met ons op; een medewerker bespreekt uw situatie met u.</p>',
                        '<p>U kunt dit niet online regelen. Stuur uw verzoek schriftelijk aan het dagelijks bestuur.</p>',
                        '<p>Bel ons klantcontactcentrum op werkdagen tussen 8.30 en 17.00 uur.</p>'][v]
            r['sig'] = ['info', 'letter' if v in (0, 2) else 'phone']
        elif kind == 'info':
            r['cta'] = ['<p>U regelt dit aan de balie. Neem uw identiteitsbewijs mee.</p>',
                        '<p>Dit kunt u (nog) niet online regelen. Bel ons via telefoonnummer 14 0%s of kom langs op een inloopspreekuur.</p>' % org['host'][4:7],
                        '<p>Stuur een brief met uw gegevens, de reden en uw handtekening naar ons postadres.</p>',
                        '<p>Neem contact op met de afdeling Vergunningen via het algemene telefoonnummer.</p>'][v]
            r['sig'] = ['info', 'counter' if v == 0 else ('phone' if v in (1, 3) else 'letter')]
        elif kind == 'appt':
            url, dg = appointment(org)
            r['cta'] = '<p>U vraagt dit persoonlijk aan op het stadskantoor. Dit kan alleen op afspraak.</p><p><a class="button" href="%s">Maak een afspraak</a></p>' % url
            r['sig'] = ['appointment_online', 'counter']
            r['appt_trap'] = 'trap_appointment_digid' if dg else 'trap_appointment_form'
        else:
            dom = org['host'][4:].replace('.test', '.nl')
            mb = {'bouwdossier-inzage': 'bouwarchief', 'woo-verzoek': 'woo', 'natuurvergunning': 'natuur'}.get(key, 'post')
            r['cta'] = '<p>Stuur uw verzoek per e-mail naar <a href="mailto:%s@%s">%s@%s</a> of per post.</p>' % (mb, dom, mb, dom)
            r['sig'] = ['email', 'letter']
        return r
    if kind in ('pdf', 'docx', 'rtf'):
        url, n = doc(org, 'aanvraagformulier-' + slugify(fname)[:40], 'Aanvraagformulier ' + fname,
                     ['Gegevens aanvrager', 'Naam:', 'Adres:', 'Omschrijving aanvraag:', 'Datum en handtekening:',
                      'Stuur dit formulier volledig ingevuld en ondertekend naar het postadres.'], ext=kind)
        word = {'pdf': size_txt(n, v), 'docx': '(Word, %d kB)' % (n // 1024 + 21), 'rtf': '(rtf, %d kB)' % (n // 1024 + 3)}[kind]
        r['cta'] = ['<p><a href="%s">Aanvraagformulier %s %s</a></p><p>Print het formulier, vul het in en stuur het op.</p>' % (url, esc(fname.lower()), word),
                    '<p>&gt;&gt; <a href="%s">Aanvraagformulier downloaden %s</a></p>' % (url, word),
                    '<p>Download het <a href="%s">formulier %s</a> en lever het in bij de balie of stuur het per post.</p>' % (url, word),
                    '<p><a href="%s">Formulier %s %s</a>. Stuur het formulier volledig ingevuld en ondertekend naar ons.</p>' % (url, esc(title), word)][v]
        r.update(level=33, strict=33, route=url, sig=[kind])
        return r
    if kind == 'olo':
        r.update(level=100, strict=100, route='http://%s/aanvragen' % OLO, via=OLO, sig=['online_form', 'digid', 'eherkenning', 'prefill_text', 'omgevingsloket'])
        r['cta'] = ['<p>U vraagt de vergunning aan via het <a href="http://%s/aanvragen">Omgevingsloket (externe link)</a>. Hiervoor heeft u DigiD of eHerkenning nodig.</p>' % OLO,
                    '<p><a class="button" href="http://%s/aanvragen">Aanvragen via het Omgevingsloket</a></p><p>Particulieren ondertekenen met DigiD. Bedrijven gebruiken eHerkenning.</p>' % OLO,
                    '<p>Dien uw aanvraag of melding in via het Omgevingsloket: <a href="http://%s/aanvragen">omgevingswet.overheid.nl (Deze link gaat naar een externe website)</a></p>' % OLO,
                    '<p>Een aanvraag dient u digitaal in, via het <a href="http://%s/aanvragen">Omgevingsloket</a>.</p>' % OLO][v]
        r['prefill'] = True
        return r
    if kind.startswith('tax:'):
        t = tax_route(org, key, kind[4:])
        r.update(level=t['level'], strict=t['strict'], route=t['route'], via=t['via'], sig=t['sig'], prefill=t['prefill'], link=t['link'])
        r['cta'] = '<p>De belastingen worden geheven en geïnd door %s. <a href="%s">%s bij %s</a>.</p>' % (esc(t['name']), t['link'], esc(TAXWORD.get(key, fname)), esc(t['name']))
        if kind == 'tax:digid' and v == 0:
            r['cta'] += '<p>U kunt ook direct <a href="%s">inloggen met DigiD</a>.</p>' % t['route']
        return r
    if kind.startswith('ext:'):
        _, body, k = kind.split(':')
        t = ext_route(org, key, body, k)
        r.update(level=t['level'], strict=t['strict'], route=t['route'], via=t['via'], sig=t['sig'], link=t['link'])
        r['cta'] = '<p>Dit regelt u bij %s. <a href="%s">%s (externe link)</a></p>' % (esc(t['name']), t['link'], esc(fname))
        return r
    mode = {'form': 'anon', 'js': 'anon', 'digid': 'digid', 'eh': 'eh', 'dge': 'dge', 'digid:prefill': 'digid:prefill', 'portal': 'portal'}[kind]
    if kind == 'portal':
        t = portal(org, key, title, 'portal')
    else:
        t = online(org, key, fname, mode, fslug=slugify(fname))
    lvl = 67 if mode == 'anon' else 100
    strict = 100 if t['prefill'] else 67
    r.update(level=lvl, strict=strict, route=t['route'], sig=t['sig'] + (['prefill_text'] if t['prefill'] else []), prefill=t['prefill'])
    u = t['cta']
    if mode == 'anon' and org['plat'] == 'formdesk':
        r['cta'] = ('<p>Vul het formulier hieronder in. U hoeft niet in te loggen.</p>'
                    '<iframe title="%s" src="%s" width="100%%" height="900"></iframe>' % (esc(fname), u))
        r['sig'] = r['sig'] + ['iframe']
        return r
    if mode == 'digid' and org['plat'] == 'wizard' and v in (1, 3):
        r['cta'] = ('<div class="digid-block"><img src="%s" alt="DigiD"><button type="button" class="btn" '
                    'onclick="window.location.href=\'%s\'">%s aanvragen met DigiD</button></div>' % (s.u('/static/img/digid-46x46.png'), u, esc(title)))
        r['sig'] = r['sig'] + ['onclick']
        return r
    if mode == 'anon':
        r['cta'] = ['<p><a class="button" href="%s">Online regelen</a></p>' % u,
                    '<p><a href="%s">Vul het online formulier in</a>. U hoeft niet in te loggen.</p>' % u,
                    '<p><a class="btn-primary" href="%s">%s (online formulier)</a></p>' % (u, esc(fname)),
                    '<p>Meld het ons via het <a href="%s">digitale formulier</a>.</p>' % u][v]
    elif mode in ('digid', 'digid:prefill'):
        r['cta'] = ['<p><a class="digid-link" href="%s"><img src="%s" alt="DigiD"> link %s</a></p>' % (u, s.u('/static/img/digid-46x46.png'), esc(fname)),
                    '<p><a class="button" href="%s">%s (met DigiD)</a></p>' % (u, esc(fname)),
                    '<p><a href="%s">Inloggen met DigiD %s</a></p>' % (u, esc(fname)),
                    '<div class="direct"><h3>Direct regelen</h3><a class="button" href="%s">Online aanvragen</a><p>U logt in met DigiD.</p></div>' % u][v]
        if t['prefill']:
            r['cta'] += '<p>Uw gegevens zijn al ingevuld: na het inloggen met DigiD halen wij uw naam en adres op uit de BRP.</p>'
    elif mode == 'eh':
        r['cta'] = '<p><a class="button" href="%s">%s (met eHerkenning)</a></p><p>U heeft eHerkenning niveau EH2+ nodig.</p>' % (u, esc(fname))
    else:
        r['cta'] = ['<p><a class="button" href="%s">%s aanvragen</a> (met DigiD of eHerkenning)</p>' % (u, esc(title)),
                    '<p>U vraagt aan met het webformulier. Om in te loggen heeft u DigiD (particulieren) of eHerkenning (bedrijven) nodig.</p><p><a href="%s">Naar het webformulier</a></p>' % u,
                    '<p><a href="%s">Inloggen met DigiD, eHerkenning of eIDAS</a></p>' % u,
                    '<p><a class="button" href="%s">Direct aanvragen</a></p><p>Inloggen met DigiD of eHerkenning.</p>' % u][v]
    return r


# ---------------------------------------------------------------- pages (pass 2)
INFO_TEXT = {
    'watersysteemheffing': 'U hoeft niets te doen: u ontvangt ieder jaar automatisch een aanslag. Klopt er iets niet? Bel ons of stuur een brief.',
    'reclamebelasting': 'U hoeft niets te doen: de reclamebelasting wordt via de aanslag opgelegd. Wijzigingen in uw reclame-uitingen geeft u schriftelijk aan ons door.',
    'overlijdensaangifte': 'Meestal doet de uitvaartondernemer de aangifte van overlijden voor u. Dat kan ook digitaal door de uitvaartondernemer. Doet u zelf aangifte? Kom dan langs aan de balie.',
    'betalingsregeling': 'Wilt u een betalingsregeling? Bel ons, dan bespreken we de mogelijkheden. U kunt ook in termijnen betalen met automatische incasso.',
    'schadevergoeding-provincie': 'U dient een schriftelijk verzoek in bij het dagelijks bestuur. Beschrijf de schade, de oorzaak en het bedrag. Stuur bewijsstukken mee.',
    'bezwaar': 'U maakt bezwaar met een brief. Vermeld uw naam en adres, de datum, het besluit waartegen u bezwaar maakt en waarom. U ondertekent de brief en stuurt deze per post.',
}
NOCOST = {'bezwaar', 'klacht', 'woo-verzoek', 'melding-openbare-ruimte', 'watermelding', 'belastingkwijtschelding', 'woz-bezwaar',
          'belastingaanslag-bezwaar', 'betalingsregeling', 'watersysteemheffing', 'zuiveringsheffing', 'hondenbelasting', 'reclamebelasting',
          'subsidie', 'schadevergoeding-provincie', 'bijstand', 'bijzondere-bijstand', 'wmo-voorziening', 'leerlingenvervoer',
          'verhuismelding', 'geboorteaangifte', 'overlijdensaangifte', 'bedrijfsafvalwater-melding'}
PERMITS = {'omgevingsvergunning', 'geluidsontheffing', 'uitwegvergunning', 'beschermde-dieren-ontheffing', 'natuurvergunning',
           'ontgrondingsvergunning', 'tijdelijk-luchtvaartterrein', 'wegvergunning-provinciaal', 'vuurwerk-ontbranding', 'watervergunning'}


def render_product(org, key, title, intro, r, traps):
    fam = org['fam']
    inline = ''.join(t for t in traps[:1])
    side = ''.join(t for t in traps[1:])
    cta = r['cta']
    if key in NOCOST:
        cost = '<p>Hieraan zijn geen kosten verbonden.</p>'
    else:
        cost = '<p>Kijk voor de kosten in de legestabel.</p>' if org['type'] == 'gemeente' else '<p>Aan de behandeling zijn leges verbonden.</p>'
    steps = ('<li>Controleer of u een vergunning of ontheffing nodig heeft.</li><li>Dien uw aanvraag in.</li><li>U krijgt binnen 8 weken een besluit.</li>'
             if key in PERMITS else '<li>Lees de voorwaarden.</li><li>Dien uw verzoek in.</li><li>U ontvangt binnen 6 weken een reactie.</li>')
    if fam in ('slug', 'productid'):
        body = ('<h1>%s</h1><p class="intro">%s</p><h2>Wat is het?</h2><p>%s</p><h2>Hoe werkt het?</h2><p>Wij behandelen uw aanvraag binnen 8 weken.</p>'
                '<h2>Wat moet ik doen?</h2>%s%s<h2>Wat heb ik nodig?</h2><p>Een geldig identiteitsbewijs.</p><h2>Wat kost het?</h2>%s'
                '<h2>Bezwaar maken</h2><p>Bent u het niet eens met het besluit? Dan kunt u bezwaar maken.</p><aside>%s</aside>') % (
            esc(title), esc(intro), esc(intro), cta, inline, cost, side)
    elif fam == 'iprox':
        body = ('<h1>%s</h1><p>%s</p><div class="accordion"><details open><summary>Aanvragen</summary>%s%s</details>'
                '<details><summary>Voorwaarden</summary><p>U staat ingeschreven in de gemeente Heerlen.</p></details>'
                '<details><summary>Kosten</summary>%s</details><details><summary>Meer informatie</summary>%s</details></div>') % (
            esc(title), esc(intro), cta, inline, cost, side)
    elif fam == 'owc':
        body = ('<article class="pdc-item"><h1>%s</h1><p>%s</p><h2>Wat moet ik doen?</h2>%s<h2>Wat heb ik nodig?</h2><p>DigiD of een geldig identiteitsbewijs.</p>'
                '<h2>Wat kost het?</h2>%s%s</article><aside class="pdc-sidebar"><h2>Direct naar</h2>%s</aside>') % (esc(title), esc(intro), cta, cost, inline, side)
    elif fam in ('nlds', 'ipat'):
        body = ('<h1 class="utrecht-heading-1">%s</h1><p class="utrecht-paragraph--lead">%s</p><h2>Zo werkt het</h2><ol>%s</ol><h2>Aanvragen</h2>%s%s<h2>Kosten</h2>%s<h2>Meer informatie</h2>%s') % (
            esc(title), esc(intro), steps, cta, inline, cost, side)
    else:
        body = ('<h1>%s</h1><p>%s</p><h2>Wat moet u doen?</h2>%s%s<h2>Wat kost het?</h2>%s<h2>Meer informatie</h2>%s') % (
            esc(title), esc(intro), cta, inline, cost, side)
    return body


def sitewide_traps(org, s):
    t = ['trap_header_login']
    if org['type'] == 'gemeente':
        t.append('trap_footer_digid_logo')
    if org['type'] == 'provincie':
        t.append('trap_newsletter_form')
    if org['cookie'] == 'wall':
        t.append('trap_cookie_wall')
    if org['chat']:
        t.append('trap_webchat')
    return t


def build_org(org, rows):
    s = SITES[org['code']]
    c = org['code']
    letter = TYPE_LETTER[org['type']]
    spec = parse_spec(org)
    keys = [p['product_key'] for p in PRODUCTS if letter in p['org_types']]
    missing = [k for k in keys if k not in spec]
    if missing:
        raise SystemExit('%s: no spec for %s' % (c, missing))
    routes = {}
    for k in keys:
        routes[k] = make_route(org, k, spec[k][0])
    # product page URLs first (siblings may link to pages)
    for k in keys:
        r = routes[k]
        if r['status'] != 'not_found':
            r['url'] = s.u(product_path(org, k, ptitle(org, k)[0]))
    swt = sitewide_traps(org, s)
    for k in keys:
        r = routes[k]
        title, intro = ptitle(org, k)
        signals = []
        notes = ''
        if r['status'] == 'not_found':
            rows.append(dict(org_code=c, product_key=k, level='', status='not_found', product_url='', route_url='', level_strict='', via='',
                             signals='', notes='no page about this product on the site'))
            continue
        traps_html, trap_sigs = [], []
        for tok in spec[k][1]:
            hh, sg = trap(org, k, tok, routes)
            if sg:
                traps_html.append(hh)
                trap_sigs.append(sg)
        if r['status'] == 'not_offered':
            txt = not_offered_text(org, k)
            body = '<h1>%s</h1><p>%s</p>%s' % (esc(title), esc(txt), ''.join(traps_html))
            site_page(s, r['url'][len(s.base):], title, body, crumbs=[('Producten A-Z', az_path(org))])
            s.az.append((title, r['url']))
            rows.append(dict(org_code=c, product_key=k, level='', status='not_offered', product_url=r['url'], route_url='', level_strict='', via='',
                             signals=';'.join(swt + trap_sigs), notes=txt))
            continue
        if r.get('appt_trap'):
            trap_sigs.append(r['appt_trap'])
        body = render_product(org, k, title, intro, r, traps_html)
        site_page(s, r['url'][len(s.base):], title, body, crumbs=[('Producten A-Z', az_path(org))])
        s.az.append((title, r['url']))
        if r['via']:
            notes = 'route at %s' % r['via']
        elif r['level'] == 0:
            notes = 'information only (%s)' % ', '.join(r['sig'])
        else:
            notes = {33: 'printable form', 67: 'online form without login', 100: 'online form behind login'}[r['level']]
        if r['level'] == 100 and r['strict'] == 100:
            notes += '; explicit pre-fill statement'
        rows.append(dict(org_code=c, product_key=k, level=str(r['level']), status='ok', product_url=r['url'], route_url=r['route'],
                         level_strict=str(r['strict']), via=r['via'], signals=';'.join(r['sig'] + swt + trap_sigs), notes=notes))
    return routes


def not_offered_text(org, k):
    n = org['short']
    return {
        'winkeltijdenontheffing': 'In Arnhem mogen winkels op alle dagen open, ook op zondag en feestdagen. U heeft daarom geen ontheffing winkeltijden nodig; de gemeente verleent deze ontheffing niet.',
        'ligplaatsvergunning': 'De gemeente Heerlen heeft geen openbaar vaarwater met ligplaatsen. Wij geven daarom geen ligplaatsvergunningen uit.',
        'reclamebelasting': 'De gemeente Den Helder heft geen reclamebelasting. U betaalt dus geen belasting voor uw reclame-uiting; wel heeft u soms een omgevingsvergunning nodig.',
        'hondenbelasting': 'De gemeente Súdwest-Fryslân heft geen hondenbelasting. U hoeft uw hond niet aan of af te melden.',
        'evenementenvergunning': 'De provincie verleent geen evenementenvergunningen. Een evenementenvergunning vraagt u aan bij de gemeente waar het evenement plaatsvindt.',
        'omgevingsvergunning': 'Het hoogheemraadschap verleent geen omgevingsvergunning voor bouwen of slopen; die vraagt u aan bij uw gemeente. Voor werken in of bij het water vraagt u een watervergunning aan.',
    }.get(k, '%s biedt dit product niet aan.' % n)


# ---------------------------------------------------------------- site furniture
def build_site_pages(org, routes):
    s = SITES[org['code']]
    b = s.base
    put(s.u('/static/css/site.css'), 'body{font-family:sans-serif;margin:0}.mega{display:none}')
    put(s.u('/static/img/logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text y="25">%s</text></svg>' % esc(s.short))
    put(s.u('/static/img/digid-46x46.png'), b'\x89PNG\r\n\x1a\n' + hashlib.sha1(b'digid').digest())
    if s.chat:
        put(s.u('/static/js/webchat.js'), '(function(){var c=document.getElementById("webchat");fetch(c.dataset.chatSrc);})();\n')
        put(s.u('/static/js/webchat-config.json'), '{"welkom":"Stel uw vraag aan onze digitale assistent","api":"%s/static/js/webchat-config.json"}' % b)
    # tiles and A-Z
    live = [(t, u) for t, u in s.az]
    az = sorted(live, key=lambda x: x[0].lower())
    letters = {}
    for t, u in az:
        letters.setdefault(t[0].upper(), []).append((t, u))
    az_body = '<h1>Producten en diensten A-Z</h1>' + ''.join(
        '<h2 id="%s">%s</h2><ul>%s</ul>' % (L, L, ''.join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in items))
        for L, items in sorted(letters.items()))
    site_page(s, az_path(org), 'Producten A-Z', az_body, index=False)
    tiles = live[:8] if org['type'] == 'gemeente' else live[:6]
    tiles_html = '<section class="toptaken"><h2>Veelgezocht</h2><ul>%s</ul></section>' % ''.join('<li class="tile"><a href="%s">%s</a></li>' % (u, esc(t)) for t, u in tiles)
    news = [u for u in s.pages if '/nieuws/' in u[0]]
    news_html = '<section><h2>Nieuws</h2><ul>%s</ul></section>' % ''.join('<li><a href="%s">%s</a></li>' % (u, esc(t)) for u, t, _ in news[:3])
    extra = ''
    if org['code'] == 'WS0653':
        extra = '<p class="lang"><a href="%s">Frysk</a> | <a href="%s">Nederlands</a></p>' % (s.u('/fy/'), s.u('/'))
        fy = chrome(s, 'Wolkom by Wetterskip Fryslân', '<h1>Wolkom by Wetterskip Fryslân</h1><p>Wy soargje foar feilige diken, genôch en skjin wetter.</p><p><a href="%s">Nederlands</a></p>' % s.u('/'))
        fy = fy.replace('<meta charset="utf-8">', '')
        put(s.u('/fy/'), fy.encode('cp1252', 'replace'))
        CONTENT_TYPES.append({'url': s.u('/fy/'), 'content_type': 'text/html'})
    if org['code'] == 'GM0202':
        extra += '<p><a href="%s">Agenda: wat is er te doen in Arnhem?</a></p>' % s.u('/agenda?maand=2024-05')
        CALENDARS.append({'host': s.host, 'path': '/agenda', 'param': 'maand', 'start': '2024-05'})
    home = '<h1>%s</h1>%s%s<p><a href="%s">Alle producten en diensten van A tot Z</a></p>%s' % (
        esc(s.name), extra, tiles_html, s.u(az_path(org)), news_html)
    site_page(s, '/', s.name, home, index=False)
    for t, p in s.nav:
        if p == '/contact':
            continue
        items = ''.join('<li><a href="%s">%s</a></li>' % (u, esc(tt)) for tt, u in az[: 12])
        site_page(s, p, t, '<h1>%s</h1><ul>%s</ul>' % (esc(t), items), index=False)
    if org['type'] == 'gemeente':
        items = ''.join('<li><a href="%s">%s</a>%s</li>' % (r['route'], esc(PNAME[k]), ' (DigiD)' if 'digid' in r['sig'] else '')
                        for k, r in sorted(routes.items()) if (r.get('level') or 0) >= 67 and not r['via'])
        site_page(s, '/digitaal-loket', 'Digitaal loket', '<h1>Digitaal loket</h1><p>Hier vindt u alle formulieren die u online kunt invullen.</p><ul>%s</ul>'
                  '<p><a href="%s">Afspraak maken</a></p>' % (items, appointment(org)[0]), index=False)
    cf = site_form(org, 'contact', 'Contactformulier')
    site_page(s, '/contact', 'Contact', '<h1>Contact</h1><p>%s</p><p><a href="%s">Stel uw vraag via het contactformulier</a></p>' % (esc(s.address), cf))
    site_page(s, '/privacy', 'Privacyverklaring', '<h1>Privacyverklaring</h1><p>Wij gaan zorgvuldig om met uw persoonsgegevens.</p>', index=False)
    site_page(s, '/cookies' if org['cookie'] != 'wall' else '/cookieverklaring', 'Cookies', '<h1>Cookies</h1><p>Wij gebruiken functionele en analytische cookies.</p>', index=False)
    site_page(s, '/toegankelijkheid', 'Toegankelijkheid', '<h1>Toegankelijkheidsverklaring</h1><p>Deze website voldoet gedeeltelijk aan de WCAG 2.1.</p>', index=False)
    if s.mijn[1].startswith(b):
        login_start(s.mijn[1], 'digid')
    if s.cookie == 'banner' and not has(s.u('/cookies')):
        pass
    # search
    SEARCHES.append({'host': s.host, 'path': s.search_path, 'param': s.search_param,
                     'index': 'search/%s.json' % s.host, 'template': 'search/%s.html' % s.host})
    SEARCH_INDEX[s.host] = [{'url': u, 'title': t, 'text': re.sub(r'\s+', ' ', tx).strip()[:200]} for u, t, tx in s.pages]
    # robots and sitemap
    rob = 'User-agent: *\n'
    if org['fam'] in ('iprox', 'ipat'):
        rob += 'Disallow: %s\n' % s.search_path
    else:
        rob += 'Disallow: %s\n' % s.search_path
    if org['code'] != 'WS0653':
        rob += 'Sitemap: %s/sitemap.xml\n' % b
    put(s.u('/robots.txt'), rob)
    urls = [s.u('/')] + [u for u, _, _ in s.pages]
    sm = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s</urlset>\n' % ''.join(
        '  <url><loc>%s</loc><lastmod>2024-0%d-1%d</lastmod></url>\n' % (esc(u), 1 + h(u) % 9, h(u) % 10) for u in urls)
    if org['code'] == 'PV25':
        put(s.u('/sitemap-pages.xml'), sm)
        put(s.u('/sitemap.xml'), '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>%s</loc></sitemap></sitemapindex>\n' % s.u('/sitemap-pages.xml'))
    elif org['code'] != 'WS0653':
        put(s.u('/sitemap.xml'), sm)


def footer_extra(org, s):
    if org['type'] == 'gemeente':
        return ('<div class="footer-login"><img src="%s" alt="DigiD logo"> <a href="%s">Inloggen met DigiD op %s</a></div>'
                % (s.u('/static/img/digid-46x46.png'), s.mijn[1], esc(s.mijn[0])))
    if org['type'] == 'provincie':
        return ('<form class="newsletter" method="post" action="%s"><label>Meld u aan voor de nieuwsbrief <input type="email" name="email"></label><button>Aanmelden</button></form>'
                % s.u('/nieuwsbrief/aanmelden'))
    return ''


def main():
    if len(sys.argv) != 2:
        raise SystemExit('usage: gen.py OUTDIR')
    out = Path(sys.argv[1])
    load_products()
    for p in PRODUCTS:
        PROD[p['product_key']] = p
    build_idps()
    build_olo()
    for org in ORGS:
        s = make_site(org)
        if org['type'] == 'waterschap':
            t = ensure_tax(org['tax'])
            s.mijn = (t['mijn'], 'http://%s/mijn/inloggen' % t['host'])
        SITES[org['code']] = s
        s.footer_extra = footer_extra(org, s)
        if org['type'] == 'provincie':
            put(s.u('/nieuwsbrief/aanmelden'), chrome(s, 'Nieuwsbrief', '<p>U bent aangemeld voor de nieuwsbrief.</p>'))
        if org['code'] == 'PV31':
            portal(org, 'eloket', 'eLoket', 'eh')
    rows = []
    for org in ORGS:
        routes = build_org(org, rows)
        build_site_pages(org, routes)
    # hosts without a homepage get a simple one
    hosts = sorted({re.match(r'http://([^/]+)', u).group(1) for u in FILES})
    for host in hosts:
        if not has('http://%s/' % host):
            put('http://%s/' % host, page_plain(host, '<h1>%s</h1><p>Welkom.</p>' % esc(host)))
    # behaviours
    for org in ORGS:
        bare = org['host'][4:]
        HOST_REDIRECTS.append({'host': bare, 'status': 301, 'to': org['host']})
    NOT_FOUND.append({'host': 'www.denhelder.test', 'file': 'errors/www.denhelder.test.html', 'status': 200})
    for org in ORGS:
        if org['code'] != 'GM0400':
            NOT_FOUND.append({'host': org['host'], 'file': 'errors/%s.html' % org['host'], 'status': 404})
    DELAYS.append({'url': 'http://www.limburg.test/', 'seconds': 1.5})
    FLAKY.append({'url': 'http://www.wetterskipfryslan.test/nl/regelen/', 'status': 503})
    REDIRECTS.append({'url': 'http://www.heerlen.test/home/paspoort', 'status': 301, 'location': 'http://www.heerlen.test/loket/paspoort'})
    REDIRECTS.append({'url': 'http://www.heerlen.test/loket/paspoort', 'status': 301,
                      'location': [r for r in rows if r['org_code'] == 'GM0917' and r['product_key'] == 'paspoort'][0]['product_url']})
    # write
    if out.exists():
        shutil.rmtree(out)
    (out / 'sites').mkdir(parents=True)
    rels = {url_to_rel(u) for u in FILES}
    bad = [r for r in rels if any(x in rels for x in ['/'.join(r.split('/')[:i]) for i in range(1, r.count('/') + 1)])]
    if bad:
        raise SystemExit('file/folder conflicts: %s' % sorted(bad)[:10])
    for url in sorted(FILES):
        rel = url_to_rel(url)
        p = out / 'sites' / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(FILES[url])
    for org in ORGS:
        bare = org['host'][4:]
        (out / 'sites' / bare).mkdir(parents=True, exist_ok=True)
    (out / 'errors').mkdir()
    for org in ORGS:
        s = SITES[org['code']]
        txt = 'Pagina niet gevonden' if org['code'] == 'GM0400' else 'Deze pagina bestaat niet (404)'
        (out / 'errors' / ('%s.html' % org['host'])).write_text(chrome(s, txt, '<h1>%s</h1><p>De pagina die u zoekt is verplaatst of bestaat niet meer. Probeer de <a href="%s">zoekfunctie</a>.</p>' % (txt, s.u(s.search_path))), encoding='utf-8')
    (out / 'search').mkdir()
    for org in ORGS:
        s = SITES[org['code']]
        (out / 'search' / ('%s.json' % s.host)).write_text(json.dumps(SEARCH_INDEX[s.host], ensure_ascii=False, indent=1), encoding='utf-8')
        (out / 'search' / ('%s.html' % s.host)).write_text(chrome(s, 'Zoeken', '<h1>Zoekresultaten voor &quot;<!--QUERY-->&quot;</h1><ol class="results"><!--RESULTS--></ol>'), encoding='utf-8')
    with open(out / 'organisations.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['code', 'name', 'org_type', 'website', 'inhabitants'])
        for org in ORGS:
            w.writerow([org['code'], org['name'], org['type'], 'http://%s/' % org['host'], org['inh']])
    cols = ['org_code', 'product_key', 'level', 'status', 'product_url', 'route_url', 'level_strict', 'via', 'signals', 'notes']
    with open(out / 'labels.csv', 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=cols, lineterminator='\n')
        w.writeheader()
        for r in rows:
            w.writerow(r)
    manifest = {'name': 'heldout-gate-9', 'seed': 0, 'counts': {'organisations': len(ORGS), 'labels': len(rows), 'files': len(FILES)},
                'sites': {SITES[o['code']].host: {'cms': o['fam'], 'forms': o['plat'], 'tax': o['tax'] or ''} for o in ORGS},
                'behaviours': {'redirects': REDIRECTS, 'host_redirects': HOST_REDIRECTS, 'not_found_pages': NOT_FOUND,
                               'searches': SEARCHES, 'delays': DELAYS, 'flaky': FLAKY,
                               'content_types': CONTENT_TYPES, 'calendars': CALENDARS}}
    (out / 'testweb.json').write_text(json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True), encoding='utf-8')
    print('wrote %d files, %d labels to %s' % (len(FILES), len(rows), out))


if __name__ == '__main__':
    main()
