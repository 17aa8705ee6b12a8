#!/usr/bin/env python3
"""Generate the held-out web web-dev12 (deterministic). Usage: python gen.py [OUT]"""
import csv, json, os, shutil, sys, zlib, html
from texts import P as _PT, W as _TW, PR as _TP
def ptx(otype, key):
    return (_TW if otype == 'waterschap' else _TP if otype == 'provincie' else {}).get(key, _PT[key])
PT = _PT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'web')
ROOT = '/work'
PRODUCTS = [r for r in csv.DictReader(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'config', 'products.csv')))]
PNAME = {r['product_key']: r['name_nl'] for r in PRODUCTS}
PAUD = {r['product_key']: r['audience'] for r in PRODUCTS}

FILES = {}          # (host, path) -> bytes/str
BEH = {'host_redirects': [], 'not_found_pages': [], 'redirects': [], 'searches': []}
LABELS = []
IDP = {'digid': 'http://digid.test/inloggen', 'eh': 'http://eherkenning.test/kies-uw-leverancier'}

def put(host, path, content):
    FILES[(host, path)] = content

def esc(s): return html.escape(s, quote=True)

# ---------------------------------------------------------------- organisations
ORGS = [
 # code, name, type, host, family, website
 ('GM0307', 'Gemeente Amersfoort', 'gemeente', 'www.amersfoort.test', 'drupal'),
 ('GM0664', 'Gemeente Goes', 'gemeente', 'www.goes.test', 'pdcat'),
 ('GM0118', 'Gemeente Hoogeveen', 'gemeente', 'www.hoogeveen.test', 'prodid'),
 ('GM0512', 'Gemeente Gorinchem', 'gemeente', 'www.gorinchem.test', 'iprox'),
 ('PV26', 'Provincie Utrecht', 'provincie', 'www.provincie-utrecht.test', 'nlds'),
 ('PV29', 'Provincie Zeeland', 'provincie', 'www.zeeland.test', 'zld'),
 ('PV22', 'Provincie Drenthe', 'provincie', 'www.provincie.drenthe.test', 'base'),
 ('PV25', 'Provincie Gelderland', 'provincie', 'www.gelderland.test', 'gld'),
 ('WS0656', 'Hoogheemraadschap van Schieland en de Krimpenerwaard', 'waterschap', 'www.schielandendekrimpenerwaard.test', 'hhsk'),
 ('WS0647', 'Noorderzijlvest', 'waterschap', 'www.noorderzijlvest.test', 'wp'),
 ('WS0662', 'Vallei en Veluwe', 'waterschap', 'vallei-veluwe.test', 'vv'),
]
SHORT = {'GM0307': 'Amersfoort', 'GM0664': 'Goes', 'GM0118': 'Hoogeveen', 'GM0512': 'Gorinchem', 'PV26': 'Utrecht',
         'PV29': 'Zeeland', 'PV22': 'Drenthe', 'PV25': 'Gelderland', 'WS0656': 'Schieland en de Krimpenerwaard',
         'WS0647': 'Noorderzijlvest', 'WS0662': 'Vallei en Veluwe'}
WEBSITE = {'GM0307': 'http://amersfoort.test/', 'GM0664': 'http://www.goes.test/', 'GM0118': 'http://www.hoogeveen.test/',
           'GM0512': 'http://www.gorinchem.test/', 'PV26': 'http://www.provincie-utrecht.test/', 'PV29': 'http://zeeland.test/',
           'PV22': 'http://www.provincie.drenthe.test/', 'PV25': 'http://www.gelderland.test/',
           'WS0656': 'http://www.schielandendekrimpenerwaard.test/', 'WS0647': 'http://www.noorderzijlvest.test/',
           'WS0662': 'http://www.vallei-veluwe.test/'}
PHONE = {'GM0307': '14 033', 'GM0664': '14 0113', 'GM0118': '14 0528', 'GM0512': '14 0183', 'PV26': '030 258 91 11', 'PV29': '0118 63 10 11',
         'PV22': '0592 36 55 55', 'PV25': '026 359 90 00', 'WS0656': '010 453 72 00', 'WS0647': '050 304 89 11', 'WS0662': '055 527 29 11'}
INHAB = {'GM0307': 160000, 'GM0664': 39000, 'GM0118': 56000, 'GM0512': 38000}

# ---------------------------------------------------------------- plan letters
# D DigiD form (100), X DigiD form with explicit pre-fill text (100 strict), E eHerkenning (100),
# A anonymous online form (67), P printable PDF (33), I information only (0), V via another body,
# N not found (no page), O not offered (statement).
GPLAN = {  # Amersfoort, Goes, Hoogeveen, Gorinchem
 'brp-uittreksel': 'XDDD', 'verhuismelding': 'XDDX', 'geboorteaangifte': 'IIDI', 'overlijdensaangifte': 'IIPI',
 'huwelijksaangifte': 'DDID', 'paspoort': 'IIII', 'identiteitskaart': 'IIII', 'parkeervergunning': 'VDOD',
 'gehandicaptenparkeerkaart': 'DPDI', 'gehandicaptenparkeerplaats': 'IPID', 'hondenbelasting': 'DVOV',
 'belastingkwijtschelding': 'DVDV', 'woz-bezwaar': 'DVDV', 'bijstand': 'DDDV', 'bijzondere-bijstand': 'DPDV',
 'wmo-voorziening': 'IAIN', 'leerlingenvervoer': 'DPDI', 'grofvuil': 'VAIA', 'afvalcontainer': 'VADN',
 'melding-openbare-ruimte': 'AAAA', 'omgevingsvergunning': 'VVVV', 'kapvergunning': 'VPVI', 'bouwdossier-inzage': 'ANPI',
 'bezwaar': 'DDIP', 'klacht': 'AIAI', 'woo-verzoek': 'IPAD', 'subsidie': 'EEAP', 'evenementenvergunning': 'EPED',
 'exploitatievergunning-horeca': 'EPPE', 'alcoholvergunning': 'EPPE', 'terrasvergunning': 'EIPD',
 'standplaatsvergunning': 'EPPN', 'marktvergunning': 'NPPI', 'reclamebelasting': 'IONV', 'geluidsontheffing': 'EIPA',
 'winkeltijdenontheffing': 'EAOP', 'kansspelautomaatvergunning': 'PPPN', 'collectevergunning': 'IOII',
 'ligplaatsvergunning': 'PNND', 'uitwegvergunning': 'VPAD', 'belastingaanslag-bezwaar': 'DVDV', 'betalingsregeling': 'DVAV',
}
PPLAN = {  # Utrecht, Zeeland, Drenthe, Gelderland
 'omgevingsvergunning': 'VVVV', 'bezwaar': 'IPEA', 'klacht': 'AIAI', 'woo-verzoek': 'IAPE', 'subsidie': 'EEEE',
 'evenementenvergunning': 'EPNA', 'geluidsontheffing': 'EPVE', 'uitwegvergunning': 'EPAV',
 'beschermde-dieren-ontheffing': 'VEPV', 'natuurvergunning': 'VVVV', 'ontgrondingsvergunning': 'VPVV',
 'tijdelijk-luchtvaartterrein': 'EPIN', 'wegvergunning-provinciaal': 'EAPE', 'vuurwerk-ontbranding': 'ONON',
 'schadevergoeding-provincie': 'VVVV', 'watervergunning': 'VIVN',
}
WPLAN = {  # HHSK, Noorderzijlvest, Vallei en Veluwe
 'belastingkwijtschelding': 'VVV', 'melding-openbare-ruimte': 'AAA', 'omgevingsvergunning': 'NOV', 'bezwaar': 'IDP',
 'klacht': 'AIA', 'woo-verzoek': 'IAE', 'subsidie': 'EAP', 'wegvergunning-provinciaal': 'ENP',
 'schadevergoeding-provincie': 'NAI', 'watervergunning': 'VEV', 'watermelding': 'AAA', 'zuiveringsheffing': 'VVV',
 'watersysteemheffing': 'VVV', 'belastingaanslag-bezwaar': 'VVV', 'betalingsregeling': 'VVV',
 'bedrijfsafvalwater-melding': 'VEP',
}
GORD = ['GM0307', 'GM0664', 'GM0118', 'GM0512']; PORD = ['PV26', 'PV29', 'PV22', 'PV25']; WORD = ['WS0656', 'WS0647', 'WS0662']

TAX = {'GM0664': 'www.sabewazeeland.test', 'GM0512': 'www.svhw.test', 'WS0656': 'www.svhw.test',
       'WS0647': 'www.noordelijkbelastingkantoor.test', 'WS0662': 'www.gblt.test'}
TAXNAME = {'www.sabewazeeland.test': 'Sabewa Zeeland', 'www.svhw.test': 'SVHW', 'www.noordelijkbelastingkantoor.test': 'Noordelijk Belastingkantoor', 'www.gblt.test': 'GBLT'}
OD = {'PV26': ('www.odru.test', 'Omgevingsdienst regio Utrecht'), 'PV25': ('www.odrn.test', 'Omgevingsdienst Regio Nijmegen'),
      'PV29': ('www.rud-zeeland.test', 'RUD Zeeland'), 'PV22': ('www.rud-drenthe.test', 'RUD Drenthe')}
OLO = 'omgevingswet.overheid.test'

def via_for(code, key):
    """(host, name, level, level_strict, route_url) of the other body's route."""
    taxp = ('hondenbelasting', 'belastingkwijtschelding', 'woz-bezwaar', 'reclamebelasting', 'zuiveringsheffing',
            'watersysteemheffing', 'belastingaanslag-bezwaar', 'betalingsregeling')
    if key in taxp:
        h = TAX[code]
        if h == 'www.noordelijkbelastingkantoor.test' and key == 'betalingsregeling':
            return (h, TAXNAME[h], 67, 67, 'http://%s/formulieren/betalingsregeling' % h)
        if key in ('zuiveringsheffing', 'watersysteemheffing'):
            return (h, TAXNAME[h], 100, 67, 'http://%s/mijn-belastingen/inloggen' % h)
        return (h, TAXNAME[h], 100, 67, 'http://%s/digitaal-loket/%s' % (h, key))
    if key in ('omgevingsvergunning', 'natuurvergunning', 'ontgrondingsvergunning', 'watervergunning', 'kapvergunning',
               'uitwegvergunning', 'bedrijfsafvalwater-melding'):
        return (OLO, 'Omgevingsloket', 100, 100, 'http://%s/omgevingsloket/aanvragen/' % OLO)
    if key == 'schadevergoeding-provincie':
        return ('www.bij12.test', 'BIJ12', 67, 67, 'http://faunazaken.bij12.test/account/aanmelden')
    if key in ('beschermde-dieren-ontheffing', 'geluidsontheffing'):
        h, n = OD[code]
        return (h, n, 100, 67, 'http://%s/eloket/%s' % (h, key))
    if key in ('bijstand', 'bijzondere-bijstand'):
        return ('www.avres.test', 'Avres', 100, 67, 'http://www.avres.test/aanvragen/%s' % key)
    if key == 'parkeervergunning':
        return ('parkeren.amersfoort.test', 'Parkeerloket Amersfoort', 100, 67, 'http://parkeren.amersfoort.test/vergunning/aanvragen')
    if key in ('grofvuil', 'afvalcontainer'):
        return ('www.rova.test', 'ROVA', 67, 67, 'http://www.rova.test/formulier/%s' % key)
    raise KeyError((code, key))

def plan_for(code, otype):
    if otype == 'gemeente': pl, i = GPLAN, GORD.index(code)
    elif otype == 'provincie': pl, i = PPLAN, PORD.index(code)
    else: pl, i = WPLAN, WORD.index(code)
    return [(k, v[i]) for k, v in pl.items()]

def h(s):
    return zlib.crc32(s.encode())

# ---------------------------------------------------------------- PDF writer
def pdf(title, lines, form=True):
    text = ['BT /F1 16 Tf 50 790 Td (%s) Tj ET' % pesc(title)]
    y = 760
    for ln in lines:
        text.append('BT /F1 11 Tf 50 %d Td (%s) Tj ET' % (y, pesc(ln))); y -= 22
    if form:
        for f in ['Naam', 'Adres', 'Postcode en woonplaats', 'Telefoonnummer', 'E-mailadres', 'Datum', 'Handtekening']:
            text.append('BT /F1 11 Tf 50 %d Td (%s:) Tj ET' % (y, f)); text.append('50 %d m 545 %d l S' % (y - 4, y - 4)); y -= 30
    stream = '\n'.join(text).encode('latin-1', 'replace')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>', b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            ('<< /Title (%s) /Producer (web-dev12 gen.py) >>' % pesc(title)).encode('latin-1', 'replace')]
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'; offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out)); out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1) + b''.join(b'%010d 00000 n \n' % o for o in offs)
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out

def pesc(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')

# ---------------------------------------------------------------- shared chrome pieces
COOKIE = '''<div class="cookiebar" role="dialog"><p>Wij gebruiken functionele en analytische cookies.</p>
<a href="/cookies?keuze=akkoord">Accepteren</a> <a href="/cookies?keuze=weigeren">Weigeren</a></div>'''

def feedback():
    return '''<section class="feedback"><h2>Was deze informatie nuttig?</h2><form method="post" action="/feedback">
<label><input type="radio" name="nuttig" value="ja"> Ja</label> <label><input type="radio" name="nuttig" value="nee"> Nee</label>
<label for="fb">Toelichting</label><textarea id="fb" name="toelichting"></textarea><button type="submit">Verstuur</button></form></section>'''

class Site:
    def __init__(s, code, name, otype, host, fam):
        s.code, s.name, s.otype, s.host, s.fam = code, name, otype, host, fam
        s.short = SHORT[code]
        s.pages = []  # (url, title) for sitemap / A-Z
        s.az = []
        s.news = []
        s.site_traps = []
        s.formhost = None

    def url(s, path): return 'http://%s%s' % (s.host, path)

    def chrome(s, title, body, path='/', extra_head='', base=None):
        f = s.fam
        head = '<base href="%s">' % base if base else ''
        gen = {'drupal': 'Drupal 10 (https://www.drupal.org)', 'zld': 'Drupal 9 (https://www.drupal.org)', 'wp': 'WordPress 6.4', 'vv': 'WordPress 6.2',
               'iprox': 'iprox.', 'prodid': 'SIMsite', 'pdcat': 'GemeenteOplossingen', 'base': 'TYPO3 CMS', 'gld': 'Sitecore', 'nlds': 'NL Design System', 'hhsk': 'WordPress 6.4'}[f]
        css = s.css()
        top = None
        return s._chrome(title, body, head, gen, css, extra_head, f)

    def css(s):
        f = s.fam
        return {'wp': '/wp-content/themes/%s/style.css' % f, 'vv': '/wp-content/themes/vallei/style.css', 'hhsk': '/wp-content/themes/hhsk/style.css',
               'base': 'typo3conf/ext/provincie/Resources/Public/Css/main.css', 'iprox': '/views/css/main.css'}.get(f, '/themes/custom/%s/css/style.css' % f)

    def _chrome(s, title, body, head, gen, css, extra_head, f):
        top = ('<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>%s | %s</title>%s<meta name="generator" content="%s">'
               '<link rel="stylesheet" href="%s">%s<meta name="viewport" content="width=device-width, initial-scale=1"></head>\n') % (esc(title), esc(s.name), head, gen, css, extra_head)
        if f in ('nlds', 'hhsk'):
            return top + ('<body class="utrecht-document utrecht-theme"><a class="utrecht-link skip" href="#main">Direct naar de inhoud</a>%s'
                          '<nav class="utrecht-navbar" aria-label="Hoofdnavigatie"><ul class="utrecht-navbar__list">%s</ul></nav>'
                          '<main id="main" class="utrecht-page-content">%s</main>%s</body></html>\n') % (s.header(), s.nav(), body, s.footer())
        if f in ('wp', 'vv'):
            return top + ('<body class="page-template-default page wp-custom-logo"><div id="page" class="site">%s<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">%s</ul></nav>'
                          '<div id="content" class="site-content"><article class="entry-content wp-block-group">%s</article></div>%s</div></body></html>\n') % (s.header(), s.nav(), body, s.footer())
        if f == 'iprox':
            return top + ('<body class="lay-main"><div id="wrapper"><div class="grid-blok type-header">%s</div><div class="grid-blok type-menu"><ul>%s</ul></div>'
                          '<div class="grid-blok type-content" id="content">%s</div><div class="grid-blok type-footer">%s</div></div></body></html>\n') % (s.header(), s.nav(), body, s.footer())
        return top + ('<body class="%s"><a href="#content" class="visually-hidden focusable">Overslaan en naar de inhoud gaan</a>%s\n<nav aria-label="Hoofdmenu"><ul>%s</ul></nav>\n'
                      '<main id="content" role="main">%s</main>\n%s</body></html>\n') % (f, s.header(), s.nav(), body, s.footer())

    def header(s):
        mijn = ''
        if 'site_login' in s.site_traps:
            mijn = '<a class="mijn" href="http://mijn.%s/">Mijn %s (inloggen)</a>' % (s.host.replace('www.', ''), s.short)
        q = {'wp': 's', 'vv': 's', 'hhsk': 's', 'iprox': 'zoeken_term', 'base': 'tx_solr[q]', 'gld': 'zoekterm', 'pdcat': 'trefwoord'}.get(s.fam, 'q')
        return '<header><a href="%s" class="logo"><img src="%s" alt="Logo %s"></a><form action="%s" method="get" role="search"><label for="zoek">Zoeken</label><input id="zoek" name="%s"><button>Zoek</button></form>%s</header>' % (
            s.rel('/'), s.rel('/img/logo.svg'), esc(s.name), s.rel('/zoeken'), q, mijn)

    def nav(s):
        return ''.join('<li><a href="%s">%s</a></li>' % (s.rel(p), t) for p, t in s.sections())

    def footer(s):
        logo = ''
        if 'footer_digid' in s.site_traps:
            logo = '<p class="digid-logo"><img src="%s" alt="DigiD"> Veel zaken regelt u online met DigiD.</p>' % s.rel('/img/digid.svg')
        return ('<footer><p>%s</p><ul><li><a href="%s">Contact</a></li><li><a href="%s">Privacyverklaring</a></li><li><a href="%s">Toegankelijkheid</a></li>'
                '<li><a href="%s">Nieuws</a></li></ul><p>Telefoon <a href="tel:%s">%s</a></p>%s</footer>') % (
                esc(s.name), s.rel('/contact'), s.rel('/privacy'), s.rel('/toegankelijkheid'), s.rel('/nieuws/'), PHONE[s.code].replace(' ', ''), PHONE[s.code], logo)

    def sections(s):
        if s.otype == 'gemeente':
            return [('/inwoners/', 'Inwoners'), ('/ondernemers/', 'Ondernemers'), ('/a-z', 'Producten A-Z'), ('/contact', 'Contact')]
        if s.otype == 'provincie':
            return [('/loket/', 'Loket'), ('/subsidies/', 'Subsidies'), ('/onderwerpen/', 'Onderwerpen'), ('/contact', 'Contact')]
        return [('/loket/', 'Loket'), ('/belastingen/', 'Belastingen'), ('/ons-werk/', 'Ons werk'), ('/contact', 'Contact')]

    def rel(s, path): return path

# ---------------------------------------------------------------- family configuration
FAM = {
 'drupal': dict(heads=['Wat is het?', 'Hoe werkt het?', 'Wat moet ik doen?', 'Wat kost het?'], formhost='formulieren.amersfoort.test',
                formkind='openforms', styles=['a', 'button', 'js', 'a'], traps=['site_login'], cookie=True, sitemap=True),
 'pdcat': dict(heads=['Omschrijving', 'Aanvragen', 'Kosten', 'Termijn'], formhost='eloket.goes.test', formkind='triple',
               styles=['getform', 'a', 'button'], traps=['feedback'], soft404=True, sitemap=False),
 'prodid': dict(heads=['Wat is het', 'Voorwaarden', 'Aanvragen', 'Kosten'], formhost='loket.hoogeveen.test', formkind='eform',
                styles=['button', 'img', 'a'], traps=['footer_digid'], sitemap=True),
 'iprox': dict(heads=['Wat is het?', 'Wie kan het aanvragen?', 'Hoe vraag ik het aan?', 'Wat kost het?'], formhost='formulieren.gorinchem.test',
               formkind='formdesk', styles=['overview', 'iframe', 'getform', 'overview', 'a'], traps=[], soft404=True, sitemap=False),
 'nlds': dict(heads=['Waarvoor?', 'Voorwaarden', 'Aanvragen', 'Meer informatie'], formhost='formulieren.provincie-utrecht.test',
              formkind='openforms', styles=['a', 'js', 'button'], traps=['feedback'], sitemap=True),
 'zld': dict(heads=['Wanneer nodig?', 'Hoe aanvragen?', 'Procedure', 'Contact'], formhost='eloket.zeeland.test', formkind='eloket',
             styles=['overview', 'a', 'iframe'], traps=[], sitemap=True),
 'base': dict(heads=['Omschrijving', 'Voorwaarden', 'Aanvraag', 'Termijn'], formhost='loket.provincie.drenthe.test', formkind='eform',
              styles=['a', 'img', 'button', 'getform'], traps=['footer_digid'], soft404=True, sitemap=False),
 'gld': dict(heads=['Wat is het?', 'Wie kan aanvragen?', 'Hoe vraagt u aan?', 'Kosten en termijn'], formhost='eloket.gelderland.test', formkind='eloket',
             styles=['getform', 'a', 'iframe'], traps=['site_login'], cookie=True, sitemap=True),
 'hhsk': dict(heads=['Wat is het?', 'Hoe werkt het?', 'Direct regelen', 'Meer weten?'], formhost='formulieren.schielandendekrimpenerwaard.test',
              formkind='openforms', styles=['js', 'a', 'button'], traps=['feedback'], sitemap=True),
 'wp': dict(heads=['Wat moet u weten?', 'Voorwaarden', 'Zo regelt u het', 'Vragen?'], formhost='www.noorderzijlvest.test', formkind='gravity',
            styles=['a', 'button', 'iframe'], traps=[], cookie=True, sitemap=True),
 'vv': dict(heads=['Waar gaat het over?', 'Voorwaarden', 'Aanvragen', 'Termijn'], formhost='digitaalloket.vallei-veluwe.test', formkind='eloket',
            styles=['overview', 'a', 'getform'], traps=['footer_digid'], soft404=True, sitemap=False),
}
SHARED_PAGE = {('GM0307', 'identiteitskaart'): 'paspoort', ('GM0118', 'identiteitskaart'): 'paspoort',
               ('GM0664', 'marktvergunning'): 'standplaatsvergunning', ('WS0656', 'watersysteemheffing'): 'zuiveringsheffing'}
SHARED_TITLE = {'paspoort': 'Paspoort en identiteitskaart', 'standplaatsvergunning': 'Markt en standplaats', 'zuiveringsheffing': 'Waterschapsbelasting'}
NOT_OFFERED = {
 ('GM0664', 'reclamebelasting'): ('Belastingen voor ondernemers', 'Als ondernemer betaalt u in Goes onroerendezaakbelasting en rioolheffing. De gemeente Goes heft geen reclamebelasting en geen precariobelasting.'),
 ('GM0664', 'collectevergunning'): ('Inzamelingsacties en goede doelen', 'Wilt u collecteren? In Goes hebt u daarvoor geen vergunning van de gemeente nodig; wij geven geen collectevergunningen af. Stem de week af met het landelijke collecterooster van het CBF.'),
 ('GM0118', 'parkeervergunning'): ('Parkeren in het centrum', 'In Hoogeveen parkeert u overal gratis, ook in het centrum. Daarom geeft de gemeente geen parkeervergunningen uit. Wel geldt op een aantal plekken een blauwe zone: gebruik dan een parkeerschijf.'),
 ('GM0118', 'hondenbelasting'): ('Gemeentelijke belastingen 2026', 'In 2026 betaalt u onroerendezaakbelasting, afvalstoffenheffing en rioolheffing. Hoogeveen heeft de hondenbelasting per 1 januari 2022 afgeschaft: u hoeft uw hond niet meer aan of af te melden.'),
 ('GM0118', 'winkeltijdenontheffing'): ('Koopzondagen', 'Winkels in Hoogeveen mogen op alle zondagen en feestdagen open van 12.00 tot 18.00 uur. U hebt hiervoor geen ontheffing nodig en de gemeente verleent ook geen ontheffing winkeltijden.'),
 ('PV26', 'vuurwerk-ontbranding'): ('Evenementen en vuurwerk', 'De provincie Utrecht geeft geen toestemming voor het afsteken van vuurwerk. Een ontbrandingstoestemming vraagt u aan bij de Inspectie Leefomgeving en Transport (ILT); een melding doet u bij de provincie niet.'),
 ('PV22', 'vuurwerk-ontbranding'): ('Vuurwerk en veiligheid', 'Voor professioneel vuurwerk is de provincie Drenthe niet het bevoegd gezag. Wij verlenen geen toestemming of ontheffing; neem contact op met de ILT.'),
 ('WS0647', 'omgevingsvergunning'): ('Bouwen bij een dijk of watergang', 'Noorderzijlvest verleent geen omgevingsvergunning voor bouwen. Wilt u bouwen in of bij een dijk of sloot, dan hebt u mogelijk een watervergunning nodig. Kijk op de pagina Watervergunning.'),
}

import posixpath
def slugify(t):
    t = t.lower().replace('é', 'e').replace('ë', 'e').replace('ï', 'i').replace('(', '').replace(')', '').replace(':', '').replace('?', '').replace(',', '').replace('/', '-').replace('.', '')
    return re.sub('[^a-z0-9]+', '-', t).strip('-')
import re

CAT = {'subsidie': 'subsidies', 'klacht': 'contact', 'bezwaar': 'contact', 'woo-verzoek': 'contact', 'schadevergoeding-provincie': 'natuur',
       'beschermde-dieren-ontheffing': 'natuur', 'natuurvergunning': 'natuur', 'watervergunning': 'water', 'watermelding': 'melden',
       'melding-openbare-ruimte': 'melden'}

def gsection(key):
    aud = PAUD[key]
    return 'ondernemers' if aud == 'ondernemer' else 'inwoners'

def ppath(s, key, title, n):
    used = s.__dict__.setdefault('usedpaths', {})
    if key in used: return used[key]
    p = _ppath(s, key, title, n); i = 0
    while p in used.values():
        p = (p.rstrip('/') + '-%d' % i) + ('/' if p.endswith('/') else ''); i += 1
    used[key] = p
    return p

def _ppath(s, key, title, n):
    f = s.fam; sl = slugify(title)
    if f == 'drupal': return '/' + sl
    if f == 'pdcat':
        used = s.__dict__.setdefault('ids', {})
        if key not in used:
            i = 1100 + (h(key) % 800)
            while i in used.values(): i += 1
            used[key] = i
        return '/product?id=%d' % used[key]
    if f == 'prodid': return '/%s/product/%d/%s.html' % (gsection(key)[:-1], 200 + n * 3, sl)
    if f == 'iprox':
        sec = {'ondernemers': 'Ondernemers'}.get(gsection(key), 'Inwoners')
        sub = {'belastingkwijtschelding': 'Belastingen', 'woz-bezwaar': 'Belastingen', 'hondenbelasting': 'Belastingen', 'reclamebelasting': 'Belastingen',
               'belastingaanslag-bezwaar': 'Belastingen', 'betalingsregeling': 'Belastingen', 'bijstand': 'Werk_en_inkomen', 'bijzondere-bijstand': 'Werk_en_inkomen'}.get(key, 'Producten_en_diensten')
        return '/%s/%s/%s' % (sec, sub, title.replace(' ', '_').replace('(', '').replace(')', '').replace(':', '').replace('?', ''))
    if f == 'nlds': return '/loket/%s/%s' % (CAT.get(key, 'vergunningen-en-ontheffingen'), sl)
    if f == 'zld': return '/onderwerpen/%s/%s' % (CAT.get(key, 'wegen-en-vaarwegen' if key in ('wegvergunning-provinciaal', 'uitwegvergunning') else 'vergunningen'), sl)
    if f == 'base': return '/index.php?id=%d' % (300 + n * 11)
    if f == 'gld': return ('/subsidies/%s' if key == 'subsidie' else '/contact-en-loket/%s' if key in ('bezwaar', 'klacht', 'woo-verzoek') else '/vergunningen-en-ontheffingen/%s') % sl
    if f == 'hhsk': return '/loket/%s' % sl
    if f == 'wp': return '/%s/' % sl
    if f == 'vv': return '/ik-wil/%s' % sl

def relto(cur, target):
    """relative link from page path cur to target path (both absolute paths)."""
    d = cur if cur.endswith('/') else posixpath.dirname(cur) + '/'
    r = posixpath.relpath(target, d if d != '' else '/')
    if target.endswith('/') and not r.endswith('/'): r += '/'
    return r

class Org(Site):
    def __init__(s, *a):
        super().__init__(*a)
        s.cfg = FAM[s.fam]; s.site_traps = [t for t in s.cfg['traps']]
        s.formhost = s.cfg['formhost']; s.cur = '/'; s.rows = []; s.overview = []; s.nstyle = 0; s.extra_az = []

    def rel(s, path):
        if path.startswith('http'): return path
        if s.fam == 'base': return path.lstrip('/') or './'
        if s.fam == 'iprox' and s.cur.count('/') >= 3: return relto(s.cur, path)
        return path

    def page(s, path, title, body, az=True, extra_head=''):
        s.cur = path
        base = 'http://%s/' % s.host if s.fam == 'base' else None
        put(s.host, path, s.chrome(title, body, path, extra_head=extra_head, base=base))
        if az: s.pages.append((path, title))

    def a(s, path, text, cls=''):
        return '<a href="%s"%s>%s</a>' % (esc(s.rel(path)), ' class="%s"' % cls if cls else '', esc(text))

# --------------------------------------------------------------- form pages
def form_fields(title):
    return ('<form method="post" action="verzenden"><fieldset><legend>%s</legend>'
            '<label for="naam">Naam</label><input id="naam" name="naam" required>'
            '<label for="email">E-mailadres</label><input id="email" type="email" name="email">'
            '<label for="tel">Telefoonnummer</label><input id="tel" name="telefoon">'
            '<label for="oms">Omschrijving</label><textarea id="oms" name="omschrijving"></textarea>'
            '<label><input type="checkbox" name="akkoord" required> Ik heb alles naar waarheid ingevuld</label>'
            '<button type="submit">Volgende stap</button></fieldset></form>') % esc(title)

def simple(host, title, body, lang='nl'):
    return ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body><header><p>%s</p></header><main>%s</main></body></html>\n'
            % (lang, esc(title), esc(host), body))

def make_form(s, key, letter, title, style):
    """Write the route page on the form host; return its absolute URL."""
    fh = s.formhost; sl = slugify(PNAME[key]); kind = s.cfg['formkind']
    auth = 'eh' if letter == 'E' else 'digid'
    if kind == 'gravity' and letter in 'DXE': fh = 'mijn.noorderzijlvest.test'
    if key == 'subsidie' and s.code in ('PV26', 'PV25'):
        fh = {'PV26': 'subsidieloket.provincie-utrecht.test', 'PV25': 'subsidieportaal.gelderland.test'}[s.code]; kind = 'eloket'
    if style == 'getform':
        path = '/start?formulier=' + sl
        put(fh, '/start', simple(fh, 'E-loket', '<h1>E-loket</h1><p>Er is geen formulier gekozen. Ga terug naar de website en kies het product dat u wilt aanvragen.</p>'))
    elif kind == 'openforms': path = '/' + sl
    elif kind == 'triple': path = '/TriplEforms/DirectRegelen/%s.aspx' % ''.join(w.capitalize() for w in sl.split('-')[:3])
    elif kind == 'eform': path = '/eformulieren/%s' % sl
    elif kind == 'formdesk': path = '/gemeentegorinchem/%s' % sl
    elif kind == 'eloket': path = '/eloket/%s' % sl
    elif kind == 'gravity': path = '/formulieren/%s/' % sl if fh != 'mijn.noorderzijlvest.test' else '/aanvragen/%s/' % sl
    ftitle = 'Formulier %s' % PNAME[key].lower()
    prefill = '<p>Na het inloggen zijn uw gegevens al ingevuld. We halen uw naam en adres op uit de Basisregistratie Personen (BRP).</p>' if letter == 'X' else ''
    if kind == 'openforms' and style != 'getform':
        if letter in 'DXE':
            start = 'http://%s/auth/%s/%s/start' % (fh, sl, 'digid' if auth == 'digid' else 'eherkenning')
            BEH['redirects'].append({'url': start, 'status': 302, 'location': IDP[auth] + '?service=' + fh})
            lbl = 'Inloggen met DigiD' if auth == 'digid' else 'Inloggen met eHerkenning'
            inner = "<h1>%s</h1>%s<p>Log in om te beginnen.</p><a class=\"openforms-button\" href=\"%s\">%s</a>" % (esc(ftitle), prefill, start, lbl)
        else:
            inner = '<h1>%s</h1><p>U hoeft niet in te loggen.</p>' % esc(ftitle) + form_fields(ftitle).replace('verzenden', '/api/v2/submissions')
        js = json.dumps(inner)
        body = ('<div id="openforms-root" data-form-slug="%s" data-base-url="http://%s/api/v2/"><noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript></div>'
                '<script>window.addEventListener("DOMContentLoaded",function(){var r=document.getElementById("openforms-root");r.innerHTML=%s;});</script>') % (sl, fh, js)
        put(fh, path, simple(fh, ftitle + ' - Open Formulieren', body))
        return 'http://%s%s' % (fh, path)
    if letter in 'DXE':
        idp = IDP[auth] + '?service=%s&amp;form=%s' % (fh, sl)
        if auth == 'digid':
            btn = ('<a href="%s"><img src="http://digid.test/img/digid-logo.svg" alt="Inloggen met DigiD" width="80"></a>' % idp
                   if s.fam in ('prodid', 'base') else '<a class="button" href="%s">Inloggen met DigiD</a>' % idp)
            txt = '<p>Om dit formulier in te vullen logt u in met DigiD.</p>'
        else:
            btn = '<a class="button" href="%s">Inloggen met eHerkenning</a><p><a href="%s">Inloggen met eIDAS (EU-login)</a></p>' % (idp, idp.replace('kies-uw-leverancier', 'eidas'))
            txt = '<p>U logt in met eHerkenning, betrouwbaarheidsniveau EH3. Bent u een buitenlandse onderneming? Gebruik dan eIDAS.</p>'
        body = '<h1>%s</h1>%s%s%s' % (esc(ftitle), txt, prefill, btn)
    else:
        body = '<h1>%s</h1><p>Velden met een * zijn verplicht.</p>%s' % (esc(ftitle), form_fields(ftitle))
    put(fh, path, simple(fh, ftitle, body))
    return 'http://%s%s' % (fh, path)

def make_pdf(s, key, title):
    path = {'zld': '/sites/default/files/formulieren/%s.pdf', 'iprox': '/publish/pages/%d/%%s.pdf' % (100 + h(key) % 900),
            'wp': '/wp-content/uploads/2025/03/%s.pdf'}.get(s.fam, '/documenten/formulieren/%s.pdf') % ('aanvraagformulier-' + slugify(PNAME[key]))
    put(s.host, path, pdf('Aanvraagformulier ' + PNAME[key], [s.name, 'Vul dit formulier volledig in en stuur het op naar:', s.name + ', Postbus %d' % (100 + h(key) % 900)]))
    return path

CTA_LBL = {'D': ['Direct regelen', 'Online aanvragen met DigiD', 'Regel het online', 'Start het formulier'],
           'X': ['Direct regelen met DigiD', 'Online doorgeven'],
           'E': ['Aanvragen met eHerkenning', 'Naar het e-loket', 'Digitaal aanvragen'],
           'A': ['Naar het formulier', 'Online melden', 'Vul het formulier in', 'Formulier invullen']}

def cta(s, style, url, label):
    if style == 'button':
        return '<p><button type="button" class="btn-primary" onclick="location.href=\'%s\'">%s</button></p>' % (url, esc(label))
    if style == 'getform':
        act, q = url.split('?', 1); k, v = q.split('=', 1)
        return '<form method="get" action="%s" class="cta"><input type="hidden" name="%s" value="%s"><button type="submit">%s</button></form>' % (act, k, v, esc(label))
    if style == 'iframe':
        return '<iframe src="%s" title="%s" width="100%%" height="640"></iframe>' % (url, esc(label))
    if style == 'js':
        p = url.split('//', 1)[1]; i = len(p) // 2
        return ('<div id="cta-direct"></div><script>(function(){var u="http://"+"%s"+"%s";var a=document.createElement("a");a.href=u;a.className="cta";'
                'a.textContent=%s;document.getElementById("cta-direct").appendChild(a);})();</script>') % (p[:i], p[i:], json.dumps(label))
    if style == 'img':
        return '<p><a href="%s" class="digid-link"><img src="/img/digid-knop.svg" alt="DigiD: %s" width="120"></a></p>' % (url, esc(label))
    return '<p><a class="btn" href="%s">%s</a></p>' % (url, esc(label))

OVERVIEW = {'iprox': ('/Inwoners/Formulieren/Alle_formulieren', 'Alle formulieren'), 'zld': ('/e-loket', 'E-loket'), 'vv': ('/digitaal-loket', 'Digitaal loket')}

def build_product(s, key, letter, n, title):
    cfg = s.cfg; hd = cfg['heads']; st = cfg['styles']; traps = []; notes = []
    path = ppath(s, key, title, n); s.cur = path
    style = st[s.nstyle % len(st)]; s.nstyle += 1
    if letter in 'PIV' and style in ('iframe', 'getform', 'js', 'img', 'overview') and not (letter == 'P' and style == 'overview'):
        style = 'a'
    if style == 'img' and letter not in 'DX': style = 'a'
    route = ''; level = None; strict = None; via = ''; how = ''; block = ''
    if letter in 'DXEA':
        url = make_form(s, key, letter, title, style)
        lbl = CTA_LBL[letter][h(key + s.code) % len(CTA_LBL[letter])]
        route = url
        level = 100 if letter in 'DXE' else 67; strict = 100 if letter == 'X' else (67 if level == 100 else 67)
        how = {'D': 'U regelt dit online. U logt in met DigiD.', 'X': 'Regel het online met DigiD. Als u inlogt, halen we uw gegevens op uit de BRP: uw gegevens zijn al ingevuld.',
               'E': 'U vraagt dit digitaal aan met eHerkenning (niveau EH3). Particulieren loggen in met DigiD.', 'A': 'Vul het online formulier in. U hoeft hiervoor niet in te loggen.'}[letter]
        if letter == 'E' and key in ('bezwaar', 'klacht', 'woo-verzoek', 'uitwegvergunning', 'geluidsontheffing'):
            how = 'Als organisatie logt u in met eHerkenning, als inwoner met DigiD.'
        if style == 'overview':
            op, ot = OVERVIEW[s.fam]
            block = '<p>Het formulier vindt u op de pagina %s.</p><p>%s</p>' % (ot, s.a(op, 'Ga naar ' + ot))
            s.overview.append((PNAME[key], url, letter)); traps.append('Trap: the %s overview lists many other forms' % ot)
            notes.append('CTA to the "%s" overview page, which links to the %s' % (ot, 'login form' if letter in 'DXE' else 'anonymous form'))
        else:
            block = cta(s, style, url, lbl)
            notes.append({'a': 'anchor', 'button': '<button onclick> CTA', 'getform': 'GET <form action> CTA with hidden field', 'iframe': 'form inside an <iframe>',
                          'js': 'CTA anchor written by JavaScript', 'img': 'CTA is only a DigiD image with alt text'}[style] + ' to the ' +
                         ('JS-rendered Open Formulieren page' if 'openforms-root' in FILES.get((url.split('/')[2], '/' + url.split('/', 3)[3]), '') else 'form') + ' on ' + url.split('/')[2])
        notes.append({'D': 'DigiD login', 'X': 'DigiD login with explicit BRP pre-fill text', 'E': 'eHerkenning login', 'A': 'anonymous online form'}[letter])
    elif letter == 'P':
        pp = make_pdf(s, key, title); route = 'http://%s%s' % (s.host, pp); level = strict = 33
        how = 'Download het formulier, vul het in en stuur het per post of e-mail naar ons terug.'
        if style == 'overview':
            op, ot = OVERVIEW[s.fam]
            block = '<p>Het aanvraagformulier staat op de pagina %s.</p><p>%s</p>' % (ot, s.a(op, ot))
            s.overview.append((PNAME[key], route, 'P')); notes.append('PDF form listed on the "%s" overview page' % ot); traps.append('Trap: the %s overview lists many other forms' % ot)
        elif style == 'button':
            block = '<p><button type="button" onclick="location.href=\'%s\'">Download aanvraagformulier (pdf, %d kB)</button></p>' % (s.rel(pp), 60 + h(key) % 200)
            notes.append('<button onclick> to a PDF form')
        else:
            block = '<p>%s</p>' % s.a(pp, 'Aanvraagformulier %s (pdf, %d kB)' % (PNAME[key].split(' aanvragen')[0].lower(), 60 + h(key) % 200)); notes.append('printable PDF form')
    elif letter == 'I':
        level = strict = 0
        if s.otype == 'gemeente' and key in ('paspoort', 'identiteitskaart', 'geboorteaangifte', 'overlijdensaangifte', 'huwelijksaangifte', 'brp-uittreksel'):
            ah = 'afspraken.%s.test' % slugify(s.short)
            how = 'U moet hiervoor persoonlijk naar het Stadskantoor komen. Maak eerst een afspraak.'
            block = '<p><a href="http://%s/afspraak-maken?product=%s">Maak een afspraak</a></p>' % (ah, slugify(PNAME[key]))
            notes.append('information only: appointment booking on %s (not a form)' % ah)
            put(ah, '/afspraak-maken', simple(ah, 'Afspraak maken', '<h1>Afspraak maken</h1><p>Kies een product, datum en tijd.</p><form method="get" action="/afspraak-maken-tijd"><select name="product"><option>Paspoort</option><option>Identiteitskaart</option><option>Geboorteaangifte</option></select><input type="date" name="datum"><button>Kies een tijd</button></form>'))
            put(ah, '/afspraak-maken-tijd', simple(ah, 'Kies een tijd', '<h1>Kies een tijd</h1><p>09:00 09:15 09:30</p>'))
        else:
            how = 'U kunt dit niet online regelen. Neem telefonisch contact met ons op via %s of stuur een brief.' % PHONE[s.code]
            notes.append('information only (phone or letter)')
    elif letter == 'V':
        vh, vn, level, strict, route = via_for(s.code, key); via = vh
        vpage = shared_page(vh, vn, key, route)
        how = 'Dit regelt %s voor ons. Via de website van %s regelt u het online.' % (vn, vn)
        block = '<p><a class="extern" href="%s">Ga naar %s</a></p>' % (vpage, vn)
        notes.append('sends the user to %s (%s), whose route is %s' % (vn, vh, {100: 'a DigiD/eHerkenning login', 67: 'an online form without DigiD'}[level]))
    # traps on the page
    extra = ''
    if letter in 'IP' and h(key) % 3 == 0:
        rp = '/documenten/regelgeving/verordening-%s.pdf' % slugify(PNAME[key])[:30]
        put(s.host, rp, pdf('Verordening ' + PNAME[key].split(' aan')[0], ['Artikel 1 Begripsbepalingen', 'In deze verordening wordt verstaan onder: ...', 'Artikel 2 Bevoegdheid'], form=False))
        extra += '<p>Regelgeving: %s</p>' % s.a(rp, 'Verordening (pdf)'); traps.append('Trap: regulation PDF')
    if letter in 'IPV' and h(key) % 4 == 1:
        extra += '<p>Vragen? Mail naar <a href="mailto:info@%s">info@%s</a>.</p>' % (s.host.replace('www.', ''), s.host.replace('www.', '')); traps.append('Trap: mailto link')
    if 'feedback' in s.site_traps: traps.append('Trap: "Was deze informatie nuttig?" feedback form')
    if 'site_login' in s.site_traps: traps.append('Trap: site-wide "Mijn" login in the header')
    if 'footer_digid' in s.site_traps: traps.append('Trap: DigiD logo in the footer')
    return path, style, block, how, extra, level, strict, route, via, notes, traps

def product_html(s, title, key, block, how, extra, style):
    hd = s.cfg['heads']; what, cost = ptx(s.otype, key)[1], ptx(s.otype, key)[2]
    direct = s.fam in ('hhsk', 'nlds') and block and style not in ('iframe',)
    body = '<h1>%s</h1>' % esc(title)
    if s.fam == 'iprox':
        body = '<nav class="breadcrumb">%s &gt; %s</nav>' % (s.a('/', 'Home'), esc(title)) + body
    if direct:
        body += '<aside class="direct-regelen"><h2>Direct regelen</h2>%s</aside>' % block
    if s.fam == 'pdcat':
        body += '<div class="product-informatie"><details open><summary>%s</summary><p>%s</p></details><details open><summary>%s</summary><p>%s</p>%s</details><details><summary>%s</summary><p>%s</p></details></div>' % (
            hd[0], esc(what), hd[1], esc(how), block, hd[2], esc(cost))
    else:
        body += '<h2>%s</h2><p>%s</p><h2>%s</h2><p>Controleer of u aan de voorwaarden voldoet.</p><h2>%s</h2><p>%s</p>%s<h2>%s</h2><p>%s</p>' % (
            hd[0], esc(what), hd[1], hd[2], esc(how), '' if direct else block, hd[3], esc(cost))
    body += extra
    if 'feedback' in s.site_traps: body += feedback()
    return body

SHARED = {}
def shared_page(host, name, key, route):
    """Product page on another body's host that leads to the route. Returns its URL."""
    if host == OLO: return route
    if host == 'www.bij12.test':
        p = '/onderwerpen/natuur-en-landschap/faunazaken/schade-melden/'
    elif host in OD.get('PV26', ())[:1] + OD.get('PV25', ())[:1] + OD.get('PV29', ())[:1] + OD.get('PV22', ())[:1]:
        p = '/vergunningverlening/' + key
    else:
        p = '/' + slugify(PNAME[key]).replace('-aanvragen', '')
    url = 'http://%s%s' % (host, p)
    if url not in SHARED:
        SHARED[url] = (host, name, key, route)
    return url

def build_org(code, name, otype, host, fam):
    s = Org(code, name, otype, host, fam)
    idx = {'gemeente': GORD, 'provincie': PORD, 'waterschap': WORD}[otype].index(code)
    shared_done = {}
    for n, (key, letter) in enumerate(plan_for(code, otype)):
        row = dict(org_code=code, product_key=key, level='', status='', product_url='', route_url='', level_strict='', via='', notes='')
        if letter == 'N':
            row['status'] = 'not_found'; row['notes'] = 'No page for this product on the site.'
            if s.cfg.get('soft404'):
                stale = ppath(s, key, ptx(otype, key)[0][idx], n)
                s.extra_az.append((stale, ptx(otype, key)[0][idx])); row['notes'] += ' Stale A-Z link answers a soft 404 (200 "Pagina niet gevonden").'
            s.rows.append(row); continue
        if letter == 'O':
            t, txt = NOT_OFFERED[(code, key)]
            p = ppath(s, key, t, n)
            tr = []
            body = '<h1>%s</h1><p>%s</p>' % (esc(t), esc(txt))
            if 'feedback' in s.site_traps: body += feedback(); tr.append('Trap: feedback form')
            s.page(p, t, body)
            row.update(status='not_offered', product_url=s.url(p), notes=('"Not offered" statement on the page "%s". %s' % (t, ' '.join(tr + ['Trap: site-wide "Mijn" login in the header' for x in ['site_login'] if x in s.site_traps] + ['Trap: DigiD logo in the footer' for x in ['footer_digid'] if x in s.site_traps]))).strip())
            s.rows.append(row); continue
        title = ptx(otype, key)[0][idx]
        if (code, key) in SHARED_PAGE:
            other = SHARED_PAGE[(code, key)]
            r0 = [r for r in s.rows if r['product_key'] == other][0]
            row.update({k: r0[k] for k in ('status', 'level', 'level_strict', 'product_url', 'route_url', 'via')})
            row['notes'] = 'Shares the page "%s" with %s. ' % (SHARED_TITLE[other], other) + r0['notes']
            s.rows.append(row); continue
        if any(c == code and o == key for (c, _), o in SHARED_PAGE.items()):
            title = SHARED_TITLE[key]
        path, style, block, how, extra, level, strict, route, via, notes, traps = build_product(s, key, letter, n, title)
        if (code, key) == ('GM0307', 'evenementenvergunning'):
            extra += '<p>Organiseert u een klein buurtfeest? Dan is een melding genoeg: %s</p>' % s.a('/klein-evenement-melden', 'Klein evenement melden')
        s.page(path, title, product_html(s, title, key, block, how, extra, style))
        row.update(status='ok', level=str(level), level_strict=str(strict), product_url=s.url(path), route_url=route, via=via)
        row['notes'] = (('; '.join(notes)) + '. ' + ''.join(t + '. ' for t in traps)).strip()
        s.rows.append(row)
    extras(s, idx)
    finish(s)
    return s

def extras(s, idx):
    c = s.code
    if c == 'GM0307':
        # sibling permit
        fh = s.formhost
        put(fh, '/klein-evenement', simple(fh, 'Melding klein evenement', '<h1>Melding klein evenement</h1>' + form_fields('Melding klein evenement')))
        s.page('/klein-evenement-melden', 'Klein evenement melden', '<h1>Klein evenement melden</h1><p>Voor een buurtfeest of straatbarbecue met minder dan 100 bezoekers hebt u geen vergunning nodig. Doe wel een melding.</p><p><a class="btn" href="http://%s/klein-evenement">Melding doen</a></p>' % fh)
        r = [x for x in s.rows if x['product_key'] == 'evenementenvergunning'][0]; r['notes'] += ' Trap: sibling page "Klein evenement melden" with an anonymous melding form.'
        # English page beside the Dutch one
        nl = [x for x in s.rows if x['product_key'] == 'verhuismelding'][0]
        s.page('/en/moving-to-amersfoort', 'Moving to Amersfoort', '<h1>Moving to Amersfoort</h1><p lang="en">Are you moving to or within Amersfoort? Report your new address within 5 days. You need a DigiD.</p><p><a href="%s">Report your move online (DigiD)</a></p><p><a href="%s">Nederlands</a></p>' % (nl['route_url'], nl['product_url']))
        nl['notes'] += ' English page /en/moving-to-amersfoort beside it.'
        pv = [x for x in s.rows if x['product_key'] == 'parkeervergunning'][0]
        s.page('/ondernemen/parkeervergunning', 'Parkeervergunning', '<h1>Parkeervergunning</h1><p>Voor ondernemers</p><p>Hebt u een bedrijf in het centrum van Amersfoort? Vraag een bedrijfsvergunning aan in het Parkeerloket.</p><p><a href="%s">Naar het Parkeerloket</a></p>' % pv['route_url'])
        pv['notes'] += ' Businesses page of the same name (/ondernemen/parkeervergunning) leads to the same parking portal.'
    if c == 'GM0118':
        # businesses' page of the same name
        s.page('/ondernemer/product/901/afvalcontainer.html', 'Afvalcontainer', '<h1>Afvalcontainer</h1><p>Bedrijven regelen de inzameling van bedrijfsafval zelf met een erkende inzamelaar. De gemeente levert geen containers aan bedrijven. Bel bij vragen 14 0528.</p>')
        r = [x for x in s.rows if x['product_key'] == 'afvalcontainer'][0]; r['notes'] += ' Businesses page of the same name (/ondernemer/.../afvalcontainer.html) is information only.'
    if c == 'GM0664':
        s.page('/product?id=1999', 'Parkeervergunning', '<div class="product-informatie"><h1>Parkeervergunning</h1><p class="doelgroep">Voor ondernemers</p><details open><summary>Omschrijving</summary><p>Ondernemers in het centrum van Goes kunnen een bedrijfsvergunning aanvragen. Dit regelt u aan de balie van het Stadskantoor.</p></details></div>')
        r = [x for x in s.rows if x['product_key'] == 'parkeervergunning'][0]; r['notes'] += ' A businesses page of the same name "Parkeervergunning" (product?id=1999) is information only.'
    if c == 'PV29':
        s.page('/onderwerpen/wegen-en-vaarwegen/ontheffing-vaarweg', 'Ontheffing aanvragen', '<h1>Ontheffing aanvragen</h1><p>Wilt u met een groot schip, een evenement of een drijvende bok gebruikmaken van een provinciale vaarweg (Kanaal door Walcheren)? Vraag dan een ontheffing op grond van de Scheepvaartverkeerswet aan. Gebruik het formulier in het %s.</p>' % s.a('/e-loket', 'E-loket'))
        put(s.host, '/zwemwater', s.chrome('Zwemwater', '<h1>Zwemwater</h1><p>De provincie wijst zwemlocaties aan en controleert de waterkwaliteit van mei tot en met september. Actuele informatie vindt u op zwemwater.test.</p>'))
        r = [x for x in s.rows if x['product_key'] == 'wegvergunning-provinciaal'][0]; r['notes'] += ' Trap: similar permit "Ontheffing aanvragen" (vaarweg) on the same site.'
    if c == 'PV25':
        sub = [x for x in s.rows if x['product_key'] == 'subsidie'][0]
        s.page('/en/subsidies', 'Subsidies from the Province of Gelderland', '<h1>Subsidies from the Province of Gelderland</h1><p lang="en">Apply for a subsidy through our subsidy portal with eHerkenning.</p><p><a href="%s">Dutch version</a></p>' % sub['product_url'])
        sub['notes'] += ' English page /en/subsidies beside it.'
        s.page('/vergunningen-en-ontheffingen/ontheffing-stiltegebied', 'Ontheffing stiltegebied', '<h1>Ontheffing stiltegebied</h1><p>In een stiltegebied mag u geen lawaai maken. Voor een activiteit met geluid in een stiltegebied (bijvoorbeeld een modelvliegtuig) kunt u een ontheffing aanvragen bij de ODRN. Bel 024 - 711 00 00.</p>')
        r = [x for x in s.rows if x['product_key'] == 'geluidsontheffing'][0]; r['notes'] += ' Trap: similar permit page "Ontheffing stiltegebied" (information only).'
    if c == 'WS0662':
        m = [x for x in s.rows if x['product_key'] == 'watermelding'][0]
        s.page('/en/report-a-problem', 'Report a problem', '<h1>Report a problem</h1><p lang="en">Did you see dead fish or a blocked culvert? Call our 24-hour line 0900 - 0400 or use the Dutch form.</p><p><a href="%s">Nederlands</a></p>' % m['product_url'])
        m['notes'] += ' English page /en/report-a-problem beside it.'
    if s.otype == 'provincie':
        put(s.host, '/zwemwater-en-recreatie', s.chrome('Zwemwater', '<h1>Zwemwater</h1><p>Op de officiële zwemlocaties meten wij de waterkwaliteit. Ziet u blauwalg? Meld het via onze algemene telefoonlijn.</p>'))
        s.pages.append(('/zwemwater-en-recreatie', 'Zwemwater'))

NEWS = ['Nieuwe openingstijden publieksbalie vanaf 1 januari', 'Werkzaamheden aan de weg in december', 'Begroting 2027 vastgesteld']

def finish(s):
    home = '/home' if s.cfg.get('cookie') else '/'
    # overview page of forms
    if s.fam in OVERVIEW:
        op, ot = OVERVIEW[s.fam]
        items = ''.join('<li><a href="%s">%s%s</a></li>' % (u if u.startswith('http') else s.rel(u), esc(t), {'D': ' (DigiD)', 'X': ' (DigiD)', 'E': ' (eHerkenning)', 'P': ' (pdf)', 'A': ''}[l])
                        for t, u, l in sorted(s.overview + [('Algemeen contactformulier', 'http://%s/contactformulier' % s.formhost, 'A')]))
        put(s.formhost, '/contactformulier', simple(s.formhost, 'Contactformulier', '<h1>Contactformulier</h1>' + form_fields('Contact')))
        s.cur = op
        s.page(op, ot, '<h1>%s</h1><p>Hieronder vindt u alle formulieren van %s. Voor sommige formulieren hebt u DigiD of eHerkenning nodig.</p><ul class="formulieren">%s</ul>' % (ot, esc(s.name), items), az=False)
    # news
    for i, t in enumerate(NEWS[:2]):
        s.cur = '/nieuws/%d' % (i + 1)
        s.page('/nieuws/2026-%d-%s' % (11 + i, slugify(t)), t, '<article><h1>%s</h1><p class="datum">%d november 2026</p><p>%s</p></article>' % (esc(t), 3 + i * 9, 'Lees meer op onze website.'), az=False)
    s.cur = '/nieuws/'
    s.page('/nieuws/', 'Nieuws', '<h1>Nieuws</h1><ul>%s</ul>' % ''.join('<li>%s</li>' % s.a('/nieuws/2026-%d-%s' % (11 + i, slugify(t)), t) for i, t in enumerate(NEWS[:2])), az=False)
    s.cur = '/contact'
    s.page('/contact', 'Contact', '<h1>Contact</h1><p>Bel %s (ma-vr 8.30-17.00 uur) of mail naar <a href="mailto:info@%s">info@%s</a>.</p><h2>Contactformulier</h2>%s' % (PHONE[s.code], s.host.replace('www.', ''), s.host.replace('www.', ''), form_fields('Contactformulier').replace('verzenden', '/contact/verzenden')), az=False)
    for p, t in [('/privacy', 'Privacyverklaring'), ('/toegankelijkheid', 'Toegankelijkheid')]:
        s.cur = p; s.page(p, t, '<h1>%s</h1><p>%s verwerkt persoonsgegevens zorgvuldig.</p>' % (t, esc(s.name)), az=False)
    s.cur = '/zoeken'
    s.page('/zoeken', 'Zoeken', '<h1>Zoeken</h1><form method="get" action="%s"><input name="q"><button>Zoeken</button></form><p>Geen resultaten. Probeer een ander woord of bekijk de %s.</p>' % (s.rel('/zoeken'), s.a('/a-z', 'A-Z lijst')), az=False)
    prods = sorted(set(s.pages), key=lambda x: (x[1].lower(), x[0]))
    # sections
    for sp, st in s.sections():
        if sp in ('/contact',): continue
        s.cur = sp
        if sp == '/a-z':
            items = sorted(prods + s.extra_az, key=lambda x: x[1].lower())
            s.page(sp, 'Producten A-Z', '<h1>Producten en diensten A-Z</h1><ul>%s</ul>' % ''.join('<li>%s</li>' % s.a(p, t) for p, t in items), az=False)
        else:
            sel = [(p, t) for p, t in prods if (st.lower()[:5] in p.lower()) or sp in ('/loket/', '/onderwerpen/', '/ons-werk/')] or prods
            if sp == '/belastingen/':
                sel = [(p, t) for p, t in prods if any(w in t.lower() for w in ('heffing', 'belasting', 'kwijtschelding', 'betaling', 'aanslag', 'termijn'))]
            if sp == '/subsidies/':
                sel = [(p, t) for p, t in prods if 'ubsidie' in t]
            s.page(sp, st, '<h1>%s</h1><ul class="cards">%s</ul>%s' % (st, ''.join('<li>%s</li>' % s.a(p, t) for p, t in sel),
                   '<p>%s</p>' % s.a('/a-z', 'Bekijk alles van A tot Z') if s.otype != 'gemeente' else ''), az=False)
    if s.otype != 'gemeente':
        s.cur = '/a-z'
        items = sorted(prods + s.extra_az, key=lambda x: x[1].lower())
        s.page('/a-z', 'A-Z', '<h1>A tot Z</h1><ul>%s</ul>' % ''.join('<li>%s</li>' % s.a(p, t) for p, t in items), az=False)
    if s.fam == 'pdcat':
        s.cur = '/producten'
        s.page('/producten', 'Producten', '<h1>Producten</h1><ul>%s</ul>' % ''.join('<li>%s</li>' % s.a(p, t) for p, t in prods), az=False)
    # home
    s.cur = home
    top = prods[:: max(1, len(prods) // 8)][:8]
    hb = '<h1>Welkom bij %s</h1><section class="toptaken"><h2>Veelgezocht</h2><ul>%s</ul></section><p>%s</p><section><h2>Nieuws</h2>%s</section>' % (
        esc(s.name), ''.join('<li>%s</li>' % s.a(p, t) for p, t in top), s.a('/a-z', 'Alle onderwerpen van A tot Z'), s.a('/nieuws/', 'Al het nieuws'))
    if s.fam in OVERVIEW: hb += '<p>%s</p>' % s.a(OVERVIEW[s.fam][0], OVERVIEW[s.fam][1])
    s.page(home, 'Home', hb, az=False)
    if s.cfg.get('cookie'):
        put(s.host, '/', '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Cookies | %s</title></head><body><div class="consent-wall"><h1>Deze website gebruikt cookies</h1><p>%s gebruikt functionele cookies en, met uw toestemming, cookies voor statistiek.</p><form method="get" action="/home"><input type="hidden" name="cookies" value="akkoord"><button type="submit">Alle cookies accepteren</button></form><form method="get" action="/home"><input type="hidden" name="cookies" value="functioneel"><button type="submit">Alleen functionele cookies</button></form></div></body></html>\n' % (esc(s.name), esc(s.name)))
    if s.cfg.get('cookie'): put(s.host, '/cookies', '<html><head><meta http-equiv="refresh" content="0; url=/home"></head><body><a href="/home">Verder</a></body></html>')
    # img
    put(s.host, '/' + s.css().lstrip('/'), 'body{font-family:sans-serif;max-width:60em;margin:auto}\n')
    put(s.host, '/img/logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><text x="4" y="30">%s</text></svg>' % esc(s.name))
    put(s.host, '/img/digid.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60"><rect width="60" height="60" fill="#000"/><text x="6" y="38" fill="#fff" font-size="18">DigiD</text></svg>')
    put(s.host, '/img/digid-knop.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#e17000"/><text x="8" y="26" fill="#fff" font-size="16">DigiD</text></svg>')
    # soft 404
    if s.cfg.get('soft404'):
        put(s.host, '/pagina-niet-gevonden', s.chrome('Pagina niet gevonden', '<h1>Pagina niet gevonden</h1><p>Helaas, de pagina die u zoekt bestaat niet (meer). Gebruik de zoekfunctie of ga naar de %s.</p>' % s.a('/', 'homepage')))
        BEH['not_found_pages'].append({'host': s.host, 'file': 'sites/%s/pagina-niet-gevonden' % s.host, 'status': 200})
    # sitemap / robots
    urls = [s.url(home)] + [s.url(p) for p, _ in prods]
    robots = 'User-agent: *\nDisallow: /zoeken\nDisallow: /cookies\n'
    if s.cfg.get('sitemap'):
        put(s.host, '/sitemap.xml', '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s</urlset>\n' % ''.join('<url><loc>%s</loc></url>\n' % esc(u) for u in urls))
        robots += 'Sitemap: http://%s/sitemap.xml\n' % s.host
    put(s.host, '/robots.txt', robots)
    if 'site_login' in s.site_traps:
        mh = 'mijn.%s' % s.host.replace('www.', '')
        put(mh, '/', simple(mh, 'Mijn %s' % s.short, '<h1>Mijn %s</h1><p>Bekijk uw lopende zaken, berichten en belastingaanslagen.</p><a href="%s?service=%s">Inloggen met DigiD</a>' % (s.short, IDP['digid'], mh)))

def build_shared():
    routes = {}
    for url, (host, name, key, route) in sorted(SHARED.items()):
        path = url.split(host, 1)[1]
        t = PNAME[key].replace(' aanvragen', '') if host not in ('www.bij12.test',) else 'Faunaschade melden'
        txt = PT[key][1]
        body = '<h1>%s</h1><p>%s</p><p>%s</p><p><a class="button" href="%s">%s</a></p>' % (esc(t), esc(txt), 'U regelt dit online.' if host != 'www.bij12.test' else 'Schade meldt u via Mijn Faunazaken. Maak eerst een account aan met uw e-mailadres.', route,
              {'www.bij12.test': 'Naar Mijn Faunazaken'}.get(host, 'Direct regelen'))
        put(host, path, simple(host, '%s | %s' % (t, name), body))
        routes[route] = (route.split('/')[2], name, key)
    for code in [o[0] for o in ORGS]:
        pass
    for route, (host, name, key) in sorted(routes.items()):
        path = route.split(host, 1)[1]
        lvl = None
        for o in ORGS:
            try:
                v = via_for(o[0], key)
                if v[4] == route: lvl = v[2]
            except KeyError: pass
        if lvl == 67:
            put(host, path, simple(host, 'Formulier | ' + name, '<h1>%s</h1><p>U hoeft niet in te loggen.</p>%s' % (esc(PNAME[key]), form_fields(PNAME[key]))))
        else:
            pre = '<p>Na het inloggen zijn uw gegevens al ingevuld.</p>' if host == OLO else ''
            put(host, path, simple(host, 'Inloggen | ' + name, '<h1>Inloggen</h1><p>Log in om uw aanvraag te doen.</p>%s<p><a class="button" href="%s?service=%s">Inloggen met DigiD</a></p><p><a class="button" href="%s?service=%s">Inloggen met eHerkenning</a></p>' % (pre, IDP['digid'], host, IDP['eh'], host)))
    put(OLO, '/omgevingsloket/aanvragen/', simple(OLO, 'Aanvragen | Omgevingsloket', '<h1>Aanvraag of melding indienen</h1><p>Log in met DigiD of eHerkenning. Na het inloggen zijn uw gegevens al ingevuld.</p><p><a href="%s?service=%s">Inloggen met DigiD</a></p><p><a href="%s?service=%s">Inloggen met eHerkenning</a></p>' % (IDP['digid'], OLO, IDP['eh'], OLO)))
    put(OLO, '/', simple(OLO, 'Omgevingsloket', '<h1>Omgevingsloket</h1><p><a href="/omgevingsloket/aanvragen/">Aanvragen</a> <a href="/checken/">Vergunningcheck</a></p>'))
    put(OLO, '/checken/', simple(OLO, 'Vergunningcheck', '<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig hebt.</p>'))
    hosts = sorted(set(h for h, _ in FILES))
    for hst in hosts:
        if (hst, '/') not in FILES and (hst, '/home') not in FILES:
            put(hst, '/', simple(hst, hst, '<h1>%s</h1><p>Welkom.</p>' % hst))
    put('digid.test', '/inloggen', simple('digid.test', 'Inloggen | DigiD', '<h1>Inloggen bij DigiD</h1><form method="post" action="/inloggen/controleer"><label>DigiD gebruikersnaam<input name="u"></label><label>Wachtwoord<input type="password" name="p"></label><button>Inloggen</button></form><p><a href="/inloggen-app">Inloggen met de DigiD app</a></p>'))
    put('digid.test', '/inloggen-app', simple('digid.test', 'DigiD app', '<h1>Inloggen met de DigiD app</h1><p>Scan de QR-code met de DigiD app.</p>'))
    put('digid.test', '/img/digid-logo.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60"><rect width="60" height="60"/><text x="6" y="38" fill="#fff">DigiD</text></svg>')
    put('eherkenning.test', '/kies-uw-leverancier', simple('eherkenning.test', 'eHerkenning', '<h1>Kies uw eHerkenningsleverancier</h1><ul><li>Leverancier A</li><li>Leverancier B</li></ul>'))
    put('eherkenning.test', '/eidas', simple('eherkenning.test', 'eIDAS', '<h1>Log in with a European eID</h1>', 'en'))
    for hst in ('digid.test', 'eherkenning.test'):
        put(hst, '/', simple(hst, hst, '<h1>%s</h1>' % hst))

def main():
    if os.path.exists(OUT): shutil.rmtree(OUT)
    sites = [build_org(*o) for o in ORGS]
    build_shared()
    BEH['host_redirects'] += [{'host': 'amersfoort.test', 'status': 301, 'to': 'www.amersfoort.test'},
                              {'host': 'zeeland.test', 'status': 301, 'to': 'www.zeeland.test'},
                              {'host': 'www.vallei-veluwe.test', 'status': 301, 'to': 'vallei-veluwe.test'}]
    dirs = set()
    for (hst, path) in FILES:
        parts = path.split('?')[0].rstrip('/').split('/')
        for i in range(1, len(parts)): dirs.add((hst, '/'.join(parts[:i])))
    for k in FILES:
        if k in dirs and not k[1].endswith('/'): raise SystemExit('file/dir conflict %s' % (k,))
    for (hst, path), content in sorted(FILES.items()):
        fp = os.path.join(OUT, 'sites', hst, path.lstrip('/'))
        if path.endswith('/'): fp = os.path.join(fp, 'index.html')
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, 'wb') as f: f.write(content if isinstance(content, bytes) else content.encode('utf-8'))
    with open(os.path.join(OUT, 'organisations.csv'), 'w', newline='') as f:
        w = csv.writer(f, lineterminator='\n'); w.writerow(['code', 'name', 'org_type', 'website', 'inhabitants'])
        for o in ORGS: w.writerow([o[0], o[1], o[2], WEBSITE[o[0]], INHAB.get(o[0], '')])
    cols = ['org_code', 'product_key', 'level', 'status', 'product_url', 'route_url', 'level_strict', 'via', 'notes']
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='') as f:
        w = csv.DictWriter(f, cols, lineterminator='\n'); w.writeheader()
        for s in sites:
            for r in s.rows: w.writerow(r)
    for st in sites:
        if st.fam not in ('hhsk', 'gld', 'drupal'): continue
        param = {'hhsk': 's', 'gld': 'zoekterm', 'drupal': 'q'}[st.fam]
        idx = [{'url': st.url(p), 'title': t, 'text': t} for p, t in sorted(set(st.pages))]
        os.makedirs(os.path.join(OUT, 'search'), exist_ok=True)
        with open(os.path.join(OUT, 'search', st.host + '.json'), 'w') as f: json.dump(idx, f, indent=0, ensure_ascii=False)
        st.cur = '/zoeken'
        tpl = st.chrome('Zoekresultaten', '<h1>Zoekresultaten voor "<!--QUERY-->"</h1><div class="zoekresultaten"><!--RESULTS--></div>')
        with open(os.path.join(OUT, 'search', st.host + '.html'), 'w') as f: f.write(tpl)
        BEH['searches'].append({'host': st.host, 'path': '/zoeken', 'param': param, 'index': 'search/%s.json' % st.host, 'template': 'search/%s.html' % st.host})
    beh = {k: v for k, v in BEH.items() if v}
    with open(os.path.join(OUT, 'testweb.json'), 'w') as f:
        json.dump({'name': 'web-dev12', 'behaviours': beh}, f, indent=1, sort_keys=True)
    print('files', len(FILES), 'hosts', len(set(h for h, _ in FILES)), 'rows', sum(len(s.rows) for s in sites))

if __name__ == '__main__':
    main()
