#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Deterministic generator of the held-out web 'web-dev7' (12 organisations).

    nice -n 10 python3 gen.py            # writes ./web (removed and rebuilt)

Everything is hand-planned per organisation (PLANS below); labels are derived from the same
plan that renders the pages, so page and label cannot disagree.
"""
import csv, html, json, os, posixpath, re, shutil, sys, zlib
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from products_nl import P, CAT, COL3  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'web')  # digimeter's tests pass a folder
FILES = {}
BEH = {'redirects': [], 'host_redirects': [], 'not_found_pages': [], 'statuses': [], 'searches': []}
FEAT = Counter()
LABELS = []
E = html.escape

PRODUCTS = []
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', '..', 'config', 'products.csv'), encoding='utf-8') as f:
    for r in csv.DictReader(f):
        PRODUCTS.append({k: r[k] for k in ('product_key', 'name_nl', 'name_en', 'org_types', 'audience', 'offered_by')})
PBY = {p['product_key']: p for p in PRODUCTS}


def put(host, path, content):
    if isinstance(content, str):
        content = content.encode('utf-8')
    if path.endswith('/'):
        path += 'index.html'
    FILES[(host, path.lstrip('/'))] = content


def slug(s):
    s = s.lower()
    for a, b in (('é', 'e'), ('ë', 'e'), ('ú', 'u'), ('ó', 'o'), ('â', 'a'), ('ï', 'i')):
        s = s.replace(a, b)
    return re.sub(r'[^a-z0-9]+', '-', s).strip('-')


# ---------------------------------------------------------------- PDF writer
def pdf(title, lines, form=True):
    def esc(t):
        return t.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    ops = ['BT /F1 16 Tf 50 790 Td (%s) Tj ET' % esc(title)]
    y = 750
    for ln in lines:
        if form and ln.endswith(':'):
            ops.append('BT /F1 10 Tf 50 %d Td (%s) Tj ET' % (y, esc(ln)))
            ops.append('0.5 w 200 %d 330 16 re S' % (y - 4))
            y -= 26
        else:
            ops.append('BT /F1 10 Tf 50 %d Td (%s) Tj ET' % (y, esc(ln)))
            y -= 16
        if y < 60:
            break
    if form:
        ops.append('BT /F1 10 Tf 50 %d Td (Handtekening:) Tj ET' % (y - 10))
        ops.append('0.5 w 200 %d 200 40 re S' % (y - 44))
    stream = '\n'.join(ops).encode('latin-1', 'replace')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            b'<< /Length %d >>\nstream\n' % len(stream) + stream + b'\nendstream',
            ('<< /Title (%s) /Producer (dev7 gen) >>' % esc(title)).encode('latin-1', 'replace')]
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


def form_pdf(host, path, title, orgname):
    put(host, path, pdf(title, [orgname, '', 'Gegevens aanvrager', 'Naam:', 'Adres:', 'Postcode en woonplaats:',
                               'Telefoonnummer:', 'E-mailadres:', '', 'Gegevens aanvraag', 'Omschrijving:', 'Datum:', 'Locatie:',
                               '', 'Stuur het ingevulde formulier naar het postadres of lever het in bij de balie.']))
    FEAT['pdf_form'] += 1


def reg_pdf(host, path, title):
    put(host, path, pdf(title, ['Artikel 1 Begripsbepalingen', 'In deze verordening wordt verstaan onder: ...',
                               'Artikel 2 Belastbaar feit', 'Artikel 3 Tarieven', 'De tarieven staan in de tarieventabel.',
                               'Artikel 4 Inwerkingtreding', 'Deze verordening treedt in werking op 1 januari 2026.'], form=False))
    FEAT['regulation_pdf'] += 1


# ---------------------------------------------------------------- identity providers
IDP = {'digid': 'digid.test', 'eh': 'eherkenning.test'}


def login_start(host, path, idp):
    """A login start URL on host that redirects to the identity provider."""
    tgt = 'http://%s/%s' % (IDP[idp], 'saml/idp/request_authentication' if idp == 'digid' else 'kies-uw-inlogmiddel')
    BEH['redirects'].append({'url': 'http://%s%s' % (host, path), 'status': 302, 'location': tgt + '?RelayState=' + slug(host + path)})
    FEAT['login_start_redirect'] += 1
    return 'http://%s%s' % (host, path)


def idp_sites():
    put('digid.test', '/saml/idp/request_authentication', page_simple('DigiD | Inloggen', '<img src="/img/digid.svg" alt="DigiD"><h1>Inloggen bij een overheidsorganisatie</h1><p>Kies hoe u wilt inloggen.</p><ul><li><a href="#app">Met de DigiD app</a></li><li><a href="#sms">Met gebruikersnaam en wachtwoord en sms-controle</a></li></ul><form method="post"><label>Gebruikersnaam <input name="u"></label><label>Wachtwoord <input type="password" name="p"></label><button type="submit">Inloggen</button></form>'))
    put('digid.test', '/', page_simple('DigiD', '<h1>DigiD</h1><p>Met DigiD logt u in bij de overheid.</p>'))
    put('digid.test', '/img/digid.svg', DIGID_SVG)
    put('eherkenning.test', '/kies-uw-inlogmiddel', page_simple('Inloggen met eHerkenning', '<h1>Kies uw eHerkenningsmakelaar</h1><ul><li><a href="#">Makelaar A</a></li><li><a href="#">Makelaar B</a></li></ul><p>Ook inloggen met eIDAS (Europese inlogmiddelen) is mogelijk.</p>'))
    put('eherkenning.test', '/', page_simple('eHerkenning', '<h1>eHerkenning</h1><p>Zakelijk inloggen bij de overheid.</p>'))


DIGID_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><rect width="48" height="48" fill="#000"/><text x="6" y="30" fill="#fff" font-size="14">DigiD</text></svg>'
EH_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48"><rect width="48" height="48" fill="#d52b1e"/><text x="4" y="30" fill="#fff" font-size="10">eH</text></svg>'


def page_simple(title, body, lang='nl'):
    return '<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head><body>%s</body></html>' % (lang, E(title), body)


# ---------------------------------------------------------------- organisations
# fam: URL scheme; tpl: heading template; ef: own e-form platform; cta: default call-to-action style
ORGS = [
 dict(code='GM0268', name='Gemeente Nijmegen', short='Nijmegen', type='gemeente', host='www.nijmegen.test', inh=182000,
      fam='diensten', tpl='watishet', ef='openforms', cta='a', feats={'cookie', 'sitemap', 'azlist', 'search', 'mijnheader', 'en'},
      phone='14 024', park='nijmegen.parkeerloket.test'),
 dict(code='GM0014', name='Gemeente Groningen', short='Groningen', type='gemeente', host='gemeente.groningen.test', inh=238000,
      fam='root', tpl='nlds', ef='triple', cta='btn', feats={'bare_redirect_to_sub', 'sitemap', 'mijnheader', 'search', 'en'},
      phone='14 050', park='groningen.parkeerloket.test'),
 dict(code='GM0758', name='Gemeente Breda', short='Breda', type='gemeente', host='www.breda.test', inh=185000,
      fam='catalog', tpl='plain', ef='eloket', cta='get', feats={'nonwww', 'azlist', 'footerdigid', 'soft404'},
      phone='14 076', park='breda.parkeerloket.test'),
 dict(code='GM0361', name='Gemeente Alkmaar', short='Alkmaar', type='gemeente', host='www.alkmaar.test', inh=111000,
      fam='iprox', tpl='accordion', ef='formdesk', cta='a', feats={'nonwww', 'sitemap', 'en', 'dotdot'},
      phone='14 072', park='alkmaar.parkeerloket.test', tax='www.noordkopbelastingen.test'),
 dict(code='GM1900', name='Gemeente Súdwest-Fryslân', short='Súdwest-Fryslân', type='gemeente', host='www.sudwestfryslan.test', inh=91000,
      fam='base', tpl='watishet', ef='mijn', cta='img', feats={'splash', 'base', 'azlist', 'mijnheader'},
      phone='14 0515', park='sudwestfryslan.parkeerloket.test'),
 dict(code='GM0917', name='Gemeente Heerlen', short='Heerlen', type='gemeente', host='www.heerlen.test', inh=87000,
      fam='productid', tpl='plain', ef='sim', cta='ifr', feats={'nonwww', 'soft404', 'sitemap', 'footerdigid', 'dotdot'},
      phone='14 045', park='heerlen.parkeerloket.test', tax='www.bsgw.test'),
 dict(code='GM0513', name='Gemeente Gouda', short='Gouda', type='gemeente', host='www.gouda.test', inh=74000,
      fam='owc', tpl='nlds', ef='openforms', cta='btn', feats={'cookie', 'search', 'mijnheader'},
      phone='14 0182', park='gouda.parkeerloket.test', isd='www.sdmh.test'),
 dict(code='GM0197', name='Gemeente Aalten', short='Aalten', type='gemeente', host='www.aalten.test', inh=27500,
      fam='pdc', tpl='accordion', ef='pdcforms', cta='a', feats={'azlist', 'sitemap'},
      phone='0543 49 39 39', isd='www.laborijn.test', od='www.odachterhoek.test'),
 dict(code='GM0096', name='Gemeente Vlieland', short='Vlieland', type='gemeente', host='www.vlieland.test', inh=1200,
      fam='tinyqs', tpl='plain', ef='formdesk', cta='a', feats={'soft404', 'base'}, phone='0562 45 27 00'),
 dict(code='PV23', name='Provincie Overijssel', short='Overijssel', type='provincie', host='www.overijssel.test',
      fam='prov', tpl='nlds', ef='openforms', cta='a', feats={'sitemap', 'search', 'en', 'cookie', 'base'}, phone='038 499 88 99',
      od='www.odtwente.test'),
 dict(code='WS0621', name='Waterschap Rivierenland', short='Rivierenland', type='waterschap', host='www.waterschaprivierenland.test',
      fam='wp', tpl='wp', ef='gravity', cta='btn', feats={'soft404', 'nonwww', 'sitemap'}, phone='0345 639 555',
      tax='www.belastingsamenwerkingrivierenland.test'),
 dict(code='zb000117', name='Uitvoeringsinstituut Werknemersverzekeringen', short='UWV', type='rijk', host='www.uwv.test',
      fam='rijk', tpl='rijk', ef='mijnuwv', cta='a', feats={'en', 'mijnheader', 'sitemap'}, phone='088 898 92 94'),
]
for o in ORGS:
    o['dom'] = o['host'].split('.', 1)[1] if o['host'].startswith('www.') else o['host'].split('.', 1)[1]
    o['base'] = 'http://' + o['host']
    o['pages'] = []  # (path, title, text) for search/sitemap

TYPELETTER = {'gemeente': 'G', 'provincie': 'P', 'waterschap': 'W', 'rijk': 'R'}


def applicable(o):
    out = []
    for p in PRODUCTS:
        t = TYPELETTER[o['type']]
        if t not in p['org_types']:
            continue
        if t == 'R' and p['offered_by'] != o['code']:
            continue
        out.append(p['product_key'])
    return out


# ---------------------------------------------------------------- plans
G_BASE = {
 'brp-uittreksel': 'D', 'verhuismelding': 'D', 'geboorteaangifte': 'J', 'overlijdensaangifte': 'I',
 'huwelijksaangifte': 'D', 'paspoort': 'J', 'identiteitskaart': 'J', 'parkeervergunning': 'V:park',
 'gehandicaptenparkeerkaart': 'D', 'gehandicaptenparkeerplaats': 'P', 'hondenbelasting': 'D',
 'belastingkwijtschelding': 'D', 'woz-bezwaar': 'D', 'bijstand': 'D', 'bijzondere-bijstand': 'D',
 'wmo-voorziening': 'A', 'leerlingenvervoer': 'D', 'grofvuil': 'D', 'afvalcontainer': 'A',
 'melding-openbare-ruimte': 'A', 'omgevingsvergunning': 'V:olo', 'kapvergunning': 'V:olo',
 'bouwdossier-inzage': 'A', 'bezwaar': 'D', 'klacht': 'A', 'woo-verzoek': 'A', 'subsidie': 'E',
 'evenementenvergunning': 'E', 'exploitatievergunning-horeca': 'P', 'alcoholvergunning': 'E',
 'terrasvergunning': 'P', 'standplaatsvergunning': 'P', 'marktvergunning': 'I', 'reclamebelasting': 'I',
 'geluidsontheffing': 'A', 'winkeltijdenontheffing': 'P', 'kansspelautomaatvergunning': 'P',
 'collectevergunning': 'I', 'ligplaatsvergunning': 'P', 'uitwegvergunning': 'V:olo',
 'belastingaanslag-bezwaar': 'D', 'betalingsregeling': 'D',
}

PLANS = {
 'GM0268': {  # Nijmegen: Open Formulieren (JS), colloquial titles, Direct regelen boxes, status tracker
   'verhuismelding': 'D col direct pf', 'brp-uittreksel': 'D direct status img', 'geboorteaangifte': 'D col2 pf',
   'overlijdensaangifte': 'I col', 'paspoort': 'J col2 snel', 'identiteitskaart': 'J col', 'parkeervergunning': 'V:park col news',
   'gehandicaptenparkeerkaart': 'D col survey', 'gehandicaptenparkeerplaats': 'A', 'hondenbelasting': 'NO',
   'bezwaar': 'D col contact', 'klacht': 'A col', 'evenementenvergunning': 'E col sib', 'subsidie': 'E aud loan',
   'exploitatievergunning-horeca': 'E', 'alcoholvergunning': 'S:exploitatievergunning-horeca', 'terrasvergunning': 'S:exploitatievergunning-horeca',
   'marktvergunning': 'P', 'ligplaatsvergunning': 'E', 'kansspelautomaatvergunning': 'NF news', 'winkeltijdenontheffing': 'NO',
   'reclamebelasting': 'NO', 'wmo-voorziening': 'A col status', 'leerlingenvervoer': 'D col',
   'grofvuil': 'D col2 direct', 'bouwdossier-inzage': 'A col', 'woz-bezwaar': 'D col pf en', 'collectevergunning': 'I',
   'huwelijksaangifte': 'D img',
 },
 'GM0014': {  # Groningen: TriplEforms .aspx, buttons, Mijn Groningen header
   'verhuismelding': 'D col', 'brp-uittreksel': 'D status direct', 'geboorteaangifte': 'D col', 'huwelijksaangifte': 'D col2',
   'parkeervergunning': 'V:park col2 aud', 'gehandicaptenparkeerkaart': 'D col', 'gehandicaptenparkeerplaats': 'D',
   'hondenbelasting': 'NO', 'woz-bezwaar': 'D col pf', 'belastingkwijtschelding': 'D col survey', 'bijstand': 'D col',
   'bijzondere-bijstand': 'D col', 'wmo-voorziening': 'D col', 'melding-openbare-ruimte': 'A col', 'kapvergunning': 'V:olo col',
   'bouwdossier-inzage': 'I', 'bezwaar': 'D col get', 'woo-verzoek': 'A get', 'evenementenvergunning': 'E col',
   'exploitatievergunning-horeca': 'E', 'alcoholvergunning': 'E col', 'terrasvergunning': 'E', 'standplaatsvergunning': 'E sib',
   'marktvergunning': 'E', 'reclamebelasting': 'NO', 'geluidsontheffing': 'A col', 'winkeltijdenontheffing': 'NO',
   'kansspelautomaatvergunning': 'P mailto', 'collectevergunning': 'I', 'ligplaatsvergunning': 'P col',
   'uitwegvergunning': 'V:olo col', 'betalingsregeling': 'D col2', 'grofvuil': 'A col contact news', 'paspoort': 'J en snel',
   'klacht': 'D ifr',
 },
 'GM0758': {  # Breda: product?id= catalogue, GET forms, e-loket overview, soft 404
   'brp-uittreksel': 'D ovw', 'verhuismelding': 'D', 'huwelijksaangifte': 'D ovw', 'gehandicaptenparkeerkaart': 'D col ovw',
   'gehandicaptenparkeerplaats': 'P col', 'hondenbelasting': 'D col2', 'belastingkwijtschelding': 'D ovw',
   'woz-bezwaar': 'D col', 'bijstand': 'D', 'bijzondere-bijstand': 'P col col3', 'wmo-voorziening': 'I col',
   'leerlingenvervoer': 'I', 'grofvuil': 'A col', 'afvalcontainer': 'A ovw', 'bouwdossier-inzage': 'P',
   'bezwaar': 'P col mailto', 'klacht': 'A ovw', 'woo-verzoek': 'P', 'subsidie': 'E ovw news', 'evenementenvergunning': 'P col reg',
   'exploitatievergunning-horeca': 'P reg', 'alcoholvergunning': 'P', 'terrasvergunning': 'P', 'standplaatsvergunning': 'NF stale',
   'marktvergunning': 'I', 'reclamebelasting': 'I reg', 'geluidsontheffing': 'I', 'winkeltijdenontheffing': 'NF stale',
   'ligplaatsvergunning': 'NF', 'collectevergunning': 'I', 'kansspelautomaatvergunning': 'I', 'uitwegvergunning': 'P col',
   'betalingsregeling': 'A', 'belastingaanslag-bezwaar': 'D col',
   'identiteitskaart': 'J snel',
 },
 'GM0361': {  # Alkmaar: iProx /Inwoners/Sectie/Titel, ../ links, Formdesk, tax office
   'verhuismelding': 'D btn', 'geboorteaangifte': 'J col', 'huwelijksaangifte': 'D col', 'parkeervergunning': 'V:park',
   'gehandicaptenparkeerkaart': 'P col', 'gehandicaptenparkeerplaats': 'P', 'hondenbelasting': 'V:tax',
   'belastingkwijtschelding': 'V:tax col', 'woz-bezwaar': 'V:tax col', 'belastingaanslag-bezwaar': 'V:tax',
   'betalingsregeling': 'V:tax col2', 'bijstand': 'D img', 'bijzondere-bijstand': 'A col col3', 'wmo-voorziening': 'A col',
   'leerlingenvervoer': 'D', 'grofvuil': 'A col', 'afvalcontainer': 'A', 'bouwdossier-inzage': 'I col',
   'bezwaar': 'A col', 'klacht': 'A col', 'woo-verzoek': 'A', 'subsidie': 'E', 'evenementenvergunning': 'A col en',
   'exploitatievergunning-horeca': 'P', 'alcoholvergunning': 'P col', 'terrasvergunning': 'A', 'marktvergunning': 'I',
   'standplaatsvergunning': 'I', 'reclamebelasting': 'NO', 'geluidsontheffing': 'A', 'winkeltijdenontheffing': 'I',
   'kansspelautomaatvergunning': 'P', 'ligplaatsvergunning': 'D col', 'collectevergunning': 'I', 'uitwegvergunning': 'A col',
 },
 'GM1900': {  # Súdwest-Fryslân: taalkeuze, base href, Mijn SWF, DigiD-only-image
   'verhuismelding': 'D col pf', 'geboorteaangifte': 'D', 'overlijdensaangifte': 'I col', 'parkeervergunning': 'V:park',
   'gehandicaptenparkeerkaart': 'D col', 'hondenbelasting': 'D col', 'belastingkwijtschelding': 'D',
   'woz-bezwaar': 'D pf', 'bijstand': 'D col', 'wmo-voorziening': 'D col', 'leerlingenvervoer': 'D',
   'grofvuil': 'D col status', 'afvalcontainer': 'D col2', 'melding-openbare-ruimte': 'A col', 'bezwaar': 'D col',
   'klacht': 'D', 'woo-verzoek': 'D', 'subsidie': 'E col', 'evenementenvergunning': 'E col', 'alcoholvergunning': 'E',
   'exploitatievergunning-horeca': 'S:alcoholvergunning', 'terrasvergunning': 'P', 'marktvergunning': 'P',
   'standplaatsvergunning': 'P', 'reclamebelasting': 'NO', 'winkeltijdenontheffing': 'NO', 'kansspelautomaatvergunning': 'P',
   'ligplaatsvergunning': 'A col', 'collectevergunning': 'I', 'uitwegvergunning': 'V:olo col', 'geluidsontheffing': 'I',
   'bouwdossier-inzage': 'A col', 'betalingsregeling': 'D', 'belastingaanslag-bezwaar': 'D',
   'omgevingsvergunning': 'V:olo direct',
 },
 'GM0917': {  # Heerlen: productid, iframe forms, BsGW, soft 404
   'brp-uittreksel': 'D', 'verhuismelding': 'D col', 'huwelijksaangifte': 'D', 'gehandicaptenparkeerkaart': 'D col',
   'gehandicaptenparkeerplaats': 'A', 'hondenbelasting': 'V:tax col', 'belastingkwijtschelding': 'V:tax col',
   'woz-bezwaar': 'V:tax col news', 'belastingaanslag-bezwaar': 'V:tax', 'betalingsregeling': 'V:tax', 'bijstand': 'D col direct',
   'bijzondere-bijstand': 'D', 'wmo-voorziening': 'A col', 'leerlingenvervoer': 'I', 'grofvuil': 'A col',
   'afvalcontainer': 'NF', 'melding-openbare-ruimte': 'A col', 'bezwaar': 'P col', 'klacht': 'A', 'woo-verzoek': 'A',
   'subsidie': 'E col col3', 'evenementenvergunning': 'E col sib', 'exploitatievergunning-horeca': 'E', 'alcoholvergunning': 'E',
   'terrasvergunning': 'E col', 'standplaatsvergunning': 'P', 'marktvergunning': 'I', 'reclamebelasting': 'I',
   'geluidsontheffing': 'I', 'winkeltijdenontheffing': 'NF stale', 'kansspelautomaatvergunning': 'NF', 'collectevergunning': 'A',
   'ligplaatsvergunning': 'NO', 'bouwdossier-inzage': 'A', 'uitwegvergunning': 'V:olo',
 },
 'GM0513': {  # Gouda: OWC /onderwerp, Open Formulieren, SDMH for social, cookie wall, Mijn Gouda
   'verhuismelding': 'D direct', 'brp-uittreksel': 'D col', 'geboorteaangifte': 'D col', 'parkeervergunning': 'V:park col',
   'gehandicaptenparkeerkaart': 'D col status', 'gehandicaptenparkeerplaats': 'D', 'hondenbelasting': 'D',
   'belastingkwijtschelding': 'D', 'woz-bezwaar': 'D col', 'bijstand': 'V:isd col', 'bijzondere-bijstand': 'V:isd col',
   'wmo-voorziening': 'A col', 'leerlingenvervoer': 'D', 'grofvuil': 'D col', 'afvalcontainer': 'A col',
   'melding-openbare-ruimte': 'A col survey ifr', 'bouwdossier-inzage': 'A', 'bezwaar': 'D col', 'klacht': 'A col contact',
   'woo-verzoek': 'A', 'subsidie': 'E col loan', 'evenementenvergunning': 'E col', 'exploitatievergunning-horeca': 'E',
   'alcoholvergunning': 'E col', 'terrasvergunning': 'E', 'standplaatsvergunning': 'P', 'marktvergunning': 'I col',
   'reclamebelasting': 'I', 'geluidsontheffing': 'A', 'winkeltijdenontheffing': 'P', 'kansspelautomaatvergunning': 'I',
   'collectevergunning': 'A', 'ligplaatsvergunning': 'E col', 'betalingsregeling': 'D', 'belastingaanslag-bezwaar': 'D col',
   'paspoort': 'J snel',
 },
 'GM0197': {  # Aalten: PDC on loket.aalten.test, Laborijn, ODA, many PDFs
   'brp-uittreksel': 'D ovw', 'verhuismelding': 'D', 'geboorteaangifte': 'J', 'huwelijksaangifte': 'P col',
   'parkeervergunning': 'NO', 'gehandicaptenparkeerkaart': 'P col', 'gehandicaptenparkeerplaats': 'P',
   'hondenbelasting': 'D ovw', 'belastingkwijtschelding': 'P', 'woz-bezwaar': 'D col', 'bijstand': 'V:isd col',
   'bijzondere-bijstand': 'V:isd', 'wmo-voorziening': 'I col', 'leerlingenvervoer': 'P', 'grofvuil': 'I col',
   'afvalcontainer': 'A ovw', 'melding-openbare-ruimte': 'A', 'kapvergunning': 'V:od col', 'omgevingsvergunning': 'V:olo col',
   'bouwdossier-inzage': 'I', 'bezwaar': 'P', 'klacht': 'P mailto', 'woo-verzoek': 'P', 'subsidie': 'P',
   'evenementenvergunning': 'P col', 'exploitatievergunning-horeca': 'P', 'alcoholvergunning': 'P', 'terrasvergunning': 'I col',
   'standplaatsvergunning': 'I', 'marktvergunning': 'I', 'reclamebelasting': 'NO', 'geluidsontheffing': 'I',
   'winkeltijdenontheffing': 'NF', 'kansspelautomaatvergunning': 'NF', 'collectevergunning': 'P', 'ligplaatsvergunning': 'NO',
   'uitwegvergunning': 'P col', 'betalingsregeling': 'A', 'belastingaanslag-bezwaar': 'D',
 },
 'GM0096': {  # Vlieland: tiny site, few pages
   'brp-uittreksel': 'P', 'verhuismelding': 'A', 'geboorteaangifte': 'I', 'overlijdensaangifte': 'NF', 'huwelijksaangifte': 'I col',
   'paspoort': 'J', 'identiteitskaart': 'S:paspoort', 'parkeervergunning': 'NO', 'gehandicaptenparkeerkaart': 'P',
   'gehandicaptenparkeerplaats': 'NF', 'hondenbelasting': 'NO', 'belastingkwijtschelding': 'P', 'woz-bezwaar': 'P col',
   'bijstand': 'I', 'bijzondere-bijstand': 'NF', 'wmo-voorziening': 'I col', 'leerlingenvervoer': 'NF',
   'grofvuil': 'I', 'afvalcontainer': 'NF', 'melding-openbare-ruimte': 'A', 'kapvergunning': 'I',
   'omgevingsvergunning': 'V:olo', 'bouwdossier-inzage': 'NF', 'bezwaar': 'I', 'klacht': 'I', 'woo-verzoek': 'NF',
   'subsidie': 'I', 'evenementenvergunning': 'P col', 'exploitatievergunning-horeca': 'P', 'alcoholvergunning': 'S:exploitatievergunning-horeca',
   'terrasvergunning': 'NF', 'standplaatsvergunning': 'NF', 'marktvergunning': 'NF', 'reclamebelasting': 'NF',
   'geluidsontheffing': 'NF', 'winkeltijdenontheffing': 'NF', 'kansspelautomaatvergunning': 'NF', 'collectevergunning': 'NF',
   'ligplaatsvergunning': 'P col', 'uitwegvergunning': 'NF', 'belastingaanslag-bezwaar': 'NF', 'betalingsregeling': 'NF',
 },
 'PV23': {
   'omgevingsvergunning': 'V:olo', 'bezwaar': 'A col', 'klacht': 'A contact ifr', 'woo-verzoek': 'A', 'subsidie': 'E col status loan',
   'evenementenvergunning': 'NO', 'geluidsontheffing': 'P', 'uitwegvergunning': 'P col', 'beschermde-dieren-ontheffing': 'V:olo col',
   'natuurvergunning': 'V:olo col en news', 'ontgrondingsvergunning': 'V:olo', 'tijdelijk-luchtvaartterrein': 'E col',
   'wegvergunning-provinciaal': 'A col sib', 'vuurwerk-ontbranding': 'V:od col', 'schadevergoeding-provincie': 'V:bij12 col',
   'watervergunning': 'V:olo',
 },
 'WS0621': {
   'belastingkwijtschelding': 'V:tax col', 'melding-openbare-ruimte': 'S:watermelding', 'omgevingsvergunning': 'NO',
   'bezwaar': 'A col', 'klacht': 'A', 'woo-verzoek': 'A', 'subsidie': 'P col', 'wegvergunning-provinciaal': 'NF',
   'schadevergoeding-provincie': 'P', 'watervergunning': 'V:olo col sib', 'watermelding': 'A col direct news',
   'zuiveringsheffing': 'I col', 'watersysteemheffing': 'I col', 'belastingaanslag-bezwaar': 'V:tax col',
   'betalingsregeling': 'V:tax', 'bedrijfsafvalwater-melding': 'E col',
 },
 'zb000117': {'ww-uitkering': 'D col status en news', 'ziektewetuitkering': 'D col'},
}

NOTOFF = {  # org -> key -> (path-key, page title, statement)
 ('GM0268', 'hondenbelasting'): ('belastingen-overzicht', 'Gemeentelijke belastingen', 'De gemeente Nijmegen heft geen hondenbelasting. U hoeft uw hond dus niet aan te melden.'),
 ('GM0268', 'winkeltijdenontheffing'): ('winkels-open', 'Openingstijden van winkels', 'Winkels in Nijmegen mogen op alle zondagen open. U hoeft hiervoor geen ontheffing winkeltijden meer aan te vragen.'),
 ('GM0268', 'reclamebelasting'): ('belastingen-overzicht', 'Gemeentelijke belastingen', 'Nijmegen kent geen reclamebelasting.'),
 ('GM0014', 'hondenbelasting'): ('honden', 'Hond in de stad', 'Sinds 1 januari 2023 heft de gemeente Groningen geen hondenbelasting meer.'),
 ('GM0014', 'reclamebelasting'): ('ondernemersbelastingen', 'Belastingen voor ondernemers', 'De gemeente Groningen heft geen reclamebelasting; wel betaalt u onroerendezaakbelasting en BIZ-bijdrage.'),
 ('GM0014', 'winkeltijdenontheffing'): ('koopzondagen', 'Koopzondagen en openingstijden', 'In Groningen is een ontheffing winkeltijden niet nodig: winkels mogen elke dag open.'),
 ('GM0361', 'reclamebelasting'): ('Ondernemers/Belastingen/Belastingen_voor_ondernemers', 'Belastingen voor ondernemers', 'Alkmaar heft geen reclamebelasting.'),
 ('GM1900', 'reclamebelasting'): ('ondernemen/belastingen', 'Belastingen voor ondernemers', 'Súdwest-Fryslân heft geen reclamebelasting.'),
 ('GM1900', 'winkeltijdenontheffing'): ('ondernemen/openingstijden', 'Openingstijden winkels', 'Een ontheffing voor zondagsopenstelling is in onze gemeente niet nodig: de winkeltijdenverordening staat opening op zondag toe.'),
 ('GM0917', 'ligplaatsvergunning'): ('wonen/water', 'Water en recreatie in Heerlen', 'Heerlen heeft geen vaarwater met ligplaatsen; de gemeente geeft daarom geen ligplaatsvergunningen af.'),
 ('GM0197', 'parkeervergunning'): ('parkeren', 'Parkeren in Aalten', 'In de gemeente Aalten is parkeren overal gratis. Er zijn geen parkeervergunningen.'),
 ('GM0197', 'reclamebelasting'): ('belastingen', 'Belastingen', 'De gemeente Aalten heft geen reclamebelasting en geen toeristenbelasting op reclame.'),
 ('GM0197', 'ligplaatsvergunning'): ('wonen', 'Wonen in Aalten', 'Er zijn in Aalten geen openbare ligplaatsen voor woonboten; wij geven geen ligplaatsvergunningen uit.'),
 ('GM0096', 'parkeervergunning'): ('auto-op-vlieland', 'Auto op Vlieland', 'Bezoekers mogen geen auto meenemen naar Vlieland. Betaald parkeren en parkeervergunningen zijn er op het eiland niet.'),
 ('GM0096', 'hondenbelasting'): ('belastingen', 'Belastingen', 'Vlieland heft geen hondenbelasting. Wel betaalt u toeristenbelasting als u verhuurt.'),
 ('PV23', 'evenementenvergunning'): ('vergunningen-overzicht', 'Vergunningen en ontheffingen', 'Voor evenementen geeft de provincie geen evenementenvergunning af; die vraagt u aan bij de gemeente.'),
 ('WS0621', 'omgevingsvergunning'): ('vergunningen', 'Vergunningen en meldingen', 'Het waterschap verleent geen omgevingsvergunning voor bouwen; die vraagt u aan bij de gemeente. Voor werk aan het water heeft u een watervergunning nodig.'),
}


# ---------------------------------------------------------------- shared bodies (other hosts)
BODIES = {}


def body_site(host, name, intro):
    BODIES.setdefault(host, {'name': name, 'links': []})
    return BODIES[host]


def via_route(o, key, body):
    """Returns (cta_url, route_url, level, strict, via_host, text) for a route at another body."""
    p = P[key]
    if body == 'olo':
        h = 'omgevingswet.overheid.test'
        b = body_site(h, 'Omgevingsloket', '')
        url = 'http://%s/aanvragen-en-melden/' % h
        if not b.get('done'):
            b['done'] = True
            st1 = login_start(h, '/aanvragen-en-melden/inloggen/digid', 'digid')
            st2 = login_start(h, '/aanvragen-en-melden/inloggen/eherkenning', 'eh')
            put(h, '/aanvragen-en-melden/', page_simple('Aanvragen of melden - Omgevingsloket',
                '<header>Omgevingsloket</header><h1>Aanvragen of melden</h1><p>Dien uw aanvraag voor een omgevingsvergunning of een melding in bij de gemeente, provincie of het waterschap.</p>'
                '<p>Als u inlogt met DigiD, worden uw naam en adres automatisch ingevuld.</p>'
                '<p><a href="%s"><img src="/img/digid.svg" alt="">Inloggen met DigiD</a></p><p><a href="%s">Inloggen met eHerkenning</a></p><p><a href="/checken/">Eerst de vergunningcheck doen</a></p>' % (st1, st2)))
            put(h, '/checken/', page_simple('Vergunningcheck - Omgevingsloket', '<h1>Vergunningcheck</h1><p>Check of u een vergunning nodig heeft. Beantwoord de vragen.</p><form method="get" action="/checken/vraag"><label>Locatie <input name="adres"></label><button>Start de check</button></form>'))
            put(h, '/checken/vraag', page_simple('Vergunningcheck', '<h1>Vraag 1</h1><p>Waar wilt u bouwen?</p>'))
            put(h, '/img/digid.svg', DIGID_SVG)
            put(h, '/', page_simple('Omgevingsloket', '<h1>Omgevingsloket</h1><ul><li><a href="/checken/">Vergunningcheck</a></li><li><a href="/aanvragen-en-melden/">Aanvragen of melden</a></li></ul>'))
        return url, url, 100, 100, h, 'Vraag de vergunning aan via het Omgevingsloket'
    if body == 'park':
        h = o['park']
        b = body_site(h, 'Parkeerloket %s' % o['short'], '')
        url = 'http://%s/vergunning/aanvragen' % h
        if not b.get('done'):
            b['done'] = True
            st = login_start(h, '/login/digid', 'digid')
            put(h, '/vergunning/aanvragen', page_simple('Parkeervergunning aanvragen - Parkeerloket %s' % o['short'],
                '<h1>Parkeervergunning aanvragen</h1><p>Log in met DigiD om een bewonersvergunning of bezoekersvergunning aan te vragen of uw kenteken te wijzigen.</p><a class="button" href="%s">Inloggen met DigiD</a><p>Bedrijven loggen in met eHerkenning.</p>' % st))
            put(h, '/', page_simple('Parkeerloket %s' % o['short'], '<h1>Parkeerloket %s</h1><p><a href="/vergunning/aanvragen">Vergunning aanvragen</a></p>' % E(o['short'])))
        return url, url, 100, 67, h, 'Vraag uw vergunning aan in het Parkeerloket'
    if body == 'tax':
        h = o['tax']
        names = {'www.bsgw.test': 'BsGW (Belastingsamenwerking Gemeenten en Waterschappen)',
                 'www.noordkopbelastingen.test': 'Noordkop Belastingen',
                 'www.belastingsamenwerkingrivierenland.test': 'Belastingsamenwerking Rivierenland'}
        b = body_site(h, names[h], '')
        sl = slug(p[0])
        url = 'http://%s/particulieren/%s/' % (h, sl)
        if not b.get('st'):
            b['st'] = login_start(h, '/mijn/inloggen/digid', 'digid')
            put(h, '/', page_simple(names[h], '<h1>%s</h1><p>Wij heffen en innen de belastingen voor gemeenten en het waterschap.</p><p><a href="%s">Inloggen Mijn omgeving met DigiD</a></p>' % (E(names[h]), b['st'])))
        pf = key in ('woz-bezwaar', 'belastingaanslag-bezwaar')
        put(h, '/particulieren/%s/' % sl, page_simple('%s - %s' % (p[0], names[h]),
            '<h1>%s</h1><p>%s</p><p>U regelt dit online in de Mijn-omgeving. %s</p><p><a href="%s"><img src="/img/digid.svg" alt="DigiD"> Inloggen met DigiD</a></p>' %
            (E(p[0]), E(p[2].replace('{g}', o['short'])), 'Uw gegevens en de aanslag zijn al ingevuld.' if pf else '', b['st'])))
        put(h, '/img/digid.svg', DIGID_SVG)
        b['links'].append(('/particulieren/%s/' % sl, p[0]))
        return url, url, 100, (100 if pf else 67), h, 'Regel het bij %s' % names[h]
    if body == 'isd':
        h = o['isd']
        names = {'www.sdmh.test': 'Sociale Dienst Midden-Holland', 'www.laborijn.test': 'Laborijn'}
        b = body_site(h, names[h], '')
        if not b.get('st'):
            b['st'] = login_start(h, '/digid/inloggen', 'digid')
            put(h, '/', page_simple(names[h], '<h1>%s</h1><p>Werk, inkomen en ondersteuning voor inwoners van de aangesloten gemeenten.</p>' % E(names[h])))
        sl = slug(p[0])
        url = 'http://%s/inkomen/%s' % (h, sl)
        put(h, '/inkomen/%s' % sl, page_simple('%s | %s' % (p[0], names[h]),
            '<h1>%s</h1><p>%s</p><h2>Aanvragen</h2><p>Vraag online aan met DigiD.</p><button onclick="location.href=\'%s\'">Aanvragen met DigiD</button>' % (E(p[0]), E(p[2]), b['st'])))
        return url, url, 100, 67, h, '%s regelt dit voor de gemeente %s' % (names[h], o['short'])
    if body == 'od':
        h = o['od']
        names = {'www.odachterhoek.test': 'Omgevingsdienst Achterhoek', 'www.odtwente.test': 'Omgevingsdienst Twente'}
        b = body_site(h, names[h], '')
        sl = slug(p[0])
        put(h, '/', page_simple(names[h], '<h1>%s</h1><p>Wij voeren taken uit op het gebied van vergunningverlening, toezicht en handhaving.</p>' % E(names[h])))
        if h == 'www.odtwente.test':  # anonymous web form
            url = 'http://%s/formulieren/%s' % (h, sl)
            put(h, '/formulieren/%s' % sl, page_simple('Formulier %s' % p[0], '<h1>%s</h1><form method="post" action="/formulieren/%s/verzenden"><label>Bedrijfsnaam <input name="bedrijf" required></label><label>KvK-nummer <input name="kvk"></label><label>Locatie en datum <input name="locatie"></label><label>Bijlage <input type="file" name="bijlage"></label><button type="submit">Aanvraag versturen</button></form>' % (E(p[0]), sl)))
            return url, url, 67, 67, h, '%s behandelt dit namens de provincie' % names[h]
        st = login_start(h, '/loket/%s/login' % sl, 'digid')
        url = 'http://%s/loket/%s' % (h, sl)
        put(h, '/loket/%s' % sl, page_simple('%s - %s' % (p[0], names[h]), '<h1>%s</h1><p>%s</p><p>Inwoners loggen in met DigiD, bedrijven met eHerkenning.</p><a href="%s">Start aanvraag met DigiD</a>' % (E(p[0]), E(p[2]), st)))
        return url, url, 100, 67, h, 'De %s behandelt dit namens de gemeente' % names[h]
    if body == 'bij12':
        h = 'www.bij12.test'
        body_site(h, 'BIJ12', '')
        st = login_start(h, '/faunaschade/aanvragen/digid', 'digid')
        st2 = login_start(h, '/faunaschade/aanvragen/eherkenning', 'eh')
        url = 'http://%s/onderwerpen/faunazaken/tegemoetkoming-faunaschade/' % h
        put(h, '/onderwerpen/faunazaken/tegemoetkoming-faunaschade/', page_simple('Tegemoetkoming faunaschade aanvragen | BIJ12',
            '<h1>Tegemoetkoming in faunaschade aanvragen</h1><p>BIJ12 behandelt namens de provincies aanvragen voor een tegemoetkoming in schade door beschermde dieren.</p><p>Aanvragen doet u via Mijn Faunazaken.</p><a href="%s">Inloggen met DigiD</a> <a href="%s">Inloggen met eHerkenning</a>' % (st, st2)))
        put(h, '/', page_simple('BIJ12', '<h1>BIJ12</h1><p>Uitvoeringsorganisatie van de provincies.</p>'))
        return url, url, 100, 67, h, 'BIJ12 behandelt uw aanvraag namens de provincie'
    raise ValueError(body)


# ---------------------------------------------------------------- own e-form platforms
def hsh(*a):
    return zlib.crc32('|'.join(a).encode())


def pick(lst, *a):
    return lst[hsh(*a) % len(lst)]


PREFILL = '<p class="prefill">Na het inloggen halen we uw gegevens op uit de Basisregistratie Personen (BRP). Uw naam en adres zijn dan al ingevuld.</p>'
FIELDS = ('<label>Voorletters en achternaam <input name="naam" required></label><label>Adres <input name="adres"></label>'
          '<label>E-mailadres <input type="email" name="email"></label><label>Toelichting <textarea name="toelichting"></textarea></label>')


def camel(s):
    return ''.join(w.capitalize() for w in slug(s).split('-'))


def own_route(o, key, kind, pf):
    """Write the organisation's own online form for kind D/E/A; returns (cta_url, route_url, strict)."""
    p = P[key]
    sl = slug(p[0])
    idp = 'eh' if kind == 'E' else 'digid'
    idpname = 'eHerkenning' if kind == 'E' else 'DigiD'
    ef = o['ef']
    strict = 100 if (pf and kind in 'DE') else (67)
    pft = PREFILL if (pf and kind in 'DE') else ''
    title = 'Formulier %s' % p[0]
    o.setdefault('forms', []).append((p[0], None))
    if ef == 'openforms':
        h = 'formulieren.' + o['dom']
        path = '/%s' % sl
        if kind in 'DE':
            st = login_start(h, '/auth/%s/%s/start' % (sl, 'digid' if kind == 'D' else 'eherkenning'), idp)
            inner = ("var a=document.createElement('a');a.href='%s';a.className='openforms-button';a.textContent='Inloggen met %s';"
                     "root.appendChild(a);var pp=document.createElement('div');pp.innerHTML=%s;root.appendChild(pp);") % (st, idpname, json.dumps(pft))
        else:
            inner = ("var f=document.createElement('form');f.method='post';f.action='/api/v2/submissions';"
                     "f.innerHTML=%s;root.appendChild(f);") % json.dumps(FIELDS + '<button type="submit">Versturen</button>')
        body = ('<div class="openforms-header"><h1>%s</h1></div><div id="openforms-root" data-form-id="%s" data-base-url="/api/v2/">'
                '<noscript>U heeft JavaScript nodig om dit formulier te gebruiken.</noscript></div>'
                '<script>(function(){var root=document.getElementById("openforms-root");var h=document.createElement("p");'
                'h.textContent="Stap 1 van 4: Inloggen of starten";root.appendChild(h);%s})();</script>') % (E(p[0]), sl, inner)
        put(h, path, page_simple(title + ' | Open Formulieren', body))
        FEAT['js_only_form'] += 1
        url = 'http://%s%s' % (h, path)
        o['forms'][-1] = (p[0], url)
        return url, url, strict
    if ef == 'triple':
        h = 'loket.' + o['dom']
        path = '/eform/%s.aspx' % camel(p[0])
        if kind in 'DE':
            st = login_start(h, '/eform/%s/%s.aspx' % (camel(p[0]), 'DigiD' if kind == 'D' else 'eHerkenning'), idp)
            body = '<h1>%s</h1><p>Voor dit formulier moet u inloggen.</p>%s<a class="tf-login" href="%s">Inloggen met %s</a>' % (E(p[0]), pft, st, idpname)
        else:
            body = '<h1>%s</h1><form method="post" action="%s?stap=2">%s<input type="submit" value="Volgende"></form>' % (E(p[0]), path, FIELDS)
        put(h, path, page_simple(title + ' - TriplEforms', body))
        FEAT['aspx_form'] += 1
    elif ef in ('eloket', 'pdcforms', 'sim', 'mijn', 'gravity', 'formdesk', 'mijnuwv'):
        if ef == 'eloket':
            h, path = o['host'], '/e-loket/%s' % sl
        elif ef == 'pdcforms':
            h, path = 'loket.' + o['dom'], '/formulieren/%s' % sl
        elif ef == 'sim':
            h, path = 'eformulieren.' + o['dom'], '/form/%s' % sl
        elif ef == 'mijn':
            h, path = 'mijn.' + o['dom'], '/formulieren/%s' % sl
        elif ef == 'gravity':
            h, path = (o['host'], '/formulier-%s/' % sl) if kind == 'A' else ('mijn.' + o['dom'], '/aanvraag/%s' % sl)
        elif ef == 'formdesk':
            h, path = slug(o['short']) + '.formdesk.test', '/gemeente%s/%s' % (slug(o['short']), sl)
        else:
            h, path = 'mijn.' + o['dom'], '/%s/aanvragen' % sl
        if kind in 'DE':
            st = login_start(h, path.rstrip('/') + '/inloggen-' + ('digid' if kind == 'D' else 'eherkenning'), idp)
            logo = '<img src="http://%s/img/%s.svg" alt="Inloggen met %s">' % (IDP[idp], 'digid' if idp == 'digid' else 'eh', idpname)
            put(IDP[idp], '/img/eh.svg', EH_SVG)
            body = '<h1>%s</h1><p>Log in om het formulier te starten.</p>%s<a href="%s">%s</a>' % (E(p[0]), pft, st, logo)
        else:
            cls = 'gform_wrapper' if ef == 'gravity' else 'eform'
            body = '<h1>%s</h1><div class="%s"><form method="post" action="%s">%s<button type="submit">Verzenden</button></form></div>' % (E(p[0]), cls, path, FIELDS)
        put(h, path, page_simple(title, body))
    else:
        raise ValueError(ef)
    url = 'http://%s%s' % (h, path)
    o['forms'][-1] = (p[0], url)
    return url, url, strict


def pdf_route(o, key):
    p = P[key]
    path = '/documents/%s-aanvraagformulier.pdf' % slug(p[0]) if o['fam'] != 'iprox' else '/Documenten/Formulieren/%s.pdf' % camel(p[0])
    h = 'loket.' + o['dom'] if o['fam'] == 'pdc' else o['host']
    form_pdf(h, path, 'Aanvraagformulier ' + p[0], o['name'])
    url = 'http://%s%s' % (h, path)
    o.setdefault('forms', []).append((p[0] + ' (pdf)', url))
    return url


def appointment(o):
    h = 'afspraken.' + o['dom']
    put(h, '/', page_simple('Afspraak maken - %s' % o['name'],
        '<h1>Afspraak maken</h1><p>Kies een product, een datum en een tijd.</p><form method="get" action="/kies-tijd"><select name="product"><option>Paspoort</option><option>ID-kaart</option><option>Rijbewijs</option><option>Aangifte geboorte</option></select><button type="submit">Volgende</button></form>'))
    put(h, '/kies-tijd', page_simple('Kies een tijd', '<h1>Kies een datum en tijd</h1><p>Geen tijden beschikbaar in deze week.</p>'))
    if not o.get('_ap'):
        o['_ap'] = 1
        FEAT['appointment_system'] += 1
    return 'http://%s/' % h


# ---------------------------------------------------------------- skins
def cat_path(o, cat):
    name = CAT[cat][0]
    f = o['fam']
    if f == 'iprox':
        return '/Inwoners/%s/' % name.replace(' ', '_')
    if f == 'catalog':
        return '/producten?categorie=%s' % slug(name)
    if f == 'base':
        return '/nl/%s/' % slug(name)
    if f == 'tinyqs':
        return '/index.php?id=%d' % (10 + sorted(CAT).index(cat))
    if f == 'rijk':
        return '/particulieren/%s/' % slug(name)
    return '/thema/%s/' % slug(name)


def prod_path(o, key, title, idx):
    f = o['fam']
    s = slug(title)
    cat = P[key][3]
    biz = PBY[key]['audience'] == 'ondernemer'
    if f == 'diensten':
        return o['host'], '/diensten/%s/' % s
    if f == 'root':
        return o['host'], '/%s' % s
    if f == 'catalog':
        return o['host'], '/product?id=%d' % (1100 + idx * 7)
    if f == 'iprox':
        return o['host'], '/%s/%s/%s' % ('Ondernemers' if biz else 'Inwoners', CAT[cat][0].replace(' ', '_'), title.replace(' ', '_').replace('?', ''))
    if f == 'base':
        return o['host'], '/nl/%s/%s.html' % (slug(CAT[cat][0]), s)
    if f == 'productid':
        return o['host'], '/%s/product/%s_%d.html' % ('ondernemers' if biz else 'inwoners', s.replace('-', '_'), 300 + idx * 3)
    if f == 'owc':
        return o['host'], '/onderwerp/%s' % s
    if f == 'pdc':
        return 'loket.' + o['dom'], '/producten/%s' % s
    if f == 'tinyqs':
        return o['host'], '/index.php?id=%d' % (200 + idx)
    if f == 'prov':
        return o['host'], '/loket/%s/' % s
    if f == 'wp':
        return o['host'], '/%s/' % s
    if f == 'rijk':
        return o['host'], '/particulieren/%s/%s/' % (slug(CAT[cat][0]), s)
    raise ValueError(f)


def L(o, host, path):
    """A link from a page on `host` to `path` on the organisation's main host."""
    return path if host == o['host'] else o['base'] + path


def skin(o, host, path, title, main, lang='nl', extra_head=''):
    f = o['fam']
    cats = sorted({P[k][3] for k in o['apk']})
    nav = ''.join('<li><a href="%s">%s</a></li>' % (L(o, host, cat_path(o, c)), E(CAT[c][0])) for c in cats)
    mijn = ''
    if 'mijnheader' in o['feats']:
        mijn = '<a class="mijn-login" href="%s">Mijn %s <img src="http://digid.test/img/digid.svg" alt="Inloggen met DigiD"></a>' % (o['mijn_start'], E(o['short']))
    srch = ''
    if 'search' in o['feats']:
        srch = '<form role="search" action="%s" method="get"><label>Zoeken <input name="q"></label><button>Zoek</button></form>' % L(o, host, '/zoeken')
    en = ''
    if 'en' in o['feats']:
        en = '<a lang="en" href="%s">English</a>' % L(o, host, '/en/')
    foot = '<p><a href="%s">Contact</a> | <a href="%s">Privacy</a> | <a href="%s">Nieuws</a>%s</p>' % (
        L(o, host, '/contact'), L(o, host, '/privacy'), L(o, host, '/nieuws/'),
        ' | <a href="%s">A-Z</a>' % L(o, host, '/a-z') if 'azlist' in o['feats'] else '')
    if 'footerdigid' in o['feats']:
        foot += '<p class="logos"><img src="http://digid.test/img/digid.svg" alt="DigiD"> Veel zaken regelt u online met DigiD.</p>'
    foot += '<p>%s | Telefoon %s</p>' % (E(o['name']), E(o['phone']))
    base = ''
    if 'base' in o['feats'] and host == o['host']:
        base = '<base href="%s/">' % o['base']
    cls = {'nlds': 'utrecht-document utrecht-page', 'wp': 'wp-site-blocks', 'rijk': 'rijkshuisstijl'}.get(o['tpl'], 'page')
    doc = ('<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8">%s<title>%s | %s</title>%s</head><body class="%s">'
           '<header><a class="logo" href="%s">%s</a>%s%s%s<nav><ul>%s</ul></nav></header><main id="content">%s</main><footer>%s</footer></body></html>') % (
        lang, base, E(title), E(o['name']), extra_head, cls, L(o, host, o.get('homepath', '/')), E(o['name']), srch, mijn, en, nav, main, foot)
    if host == o['host'] and 'base' in o['feats']:
        doc = re.sub(r'(href|src|action)="/(?!/)', r'\1="', doc)
        doc = doc.replace('location.href=\'/', 'location.href=\'')
    elif host == o['host'] and 'dotdot' in o['feats']:
        d = posixpath.dirname(path) or '/'

        def rel(m):
            t = m.group(2)
            r = posixpath.relpath(t.split('?')[0] if False else t, d)
            if t.endswith('/') and not r.endswith('/'):
                r += '/'
            if r.startswith('/'):
                return m.group(0)
            return '%s="%s"' % (m.group(1), r)
        doc = re.sub(r'(href|src|action)="(/[^"/][^"]*|/)"', rel, doc)
    put(host, path, doc)
    o['pages'].append((host, path, title, re.sub('<[^>]+>', ' ', main)[:300]))
    return 'http://%s%s' % (host, path)


# ---------------------------------------------------------------- product pages
CTA_TXT = {
 'D': ['Direct regelen met DigiD', 'Online aanvragen', 'Start het formulier', 'Regel het online', 'Aanvragen (met DigiD)', 'Doorgeven met DigiD', 'Online regelen'],
 'E': ['Aanvragen met eHerkenning', 'Online aanvragen (eHerkenning)', 'Start aanvraag voor ondernemers', 'Vraag online aan'],
 'A': ['Vul het formulier in', 'Online formulier', 'Melding doen', 'Verstuur uw aanvraag online', 'Naar het formulier'],
}
SIB = {
 'evenementenvergunning': ('Klein evenement melden', 'Een klein evenement (zoals een buurtbarbecue tot 100 personen) hoeft u alleen te melden.'),
 'standplaatsvergunning': ('Seizoensstandplaats ijsverkoop', 'Voor de verkoop van ijs in de zomer geldt een aparte seizoensstandplaats.'),
 'watervergunning': ('Melding werkzaamheden bij een watergang', 'Voor kleine werkzaamheden is een melding genoeg; dan heeft u geen watervergunning nodig.'),
 'wegvergunning-provinciaal': ('Reclame langs provinciale wegen', 'Reclameborden langs provinciale wegen zijn verboden, behalve met een ontheffing.'),
}


def parse(spec):
    t = spec.split()
    return t[0], set(t[1:])


def cta(o, style, url, text, kind, key):
    if style == 'btn':
        FEAT['cta_button_onclick'] += 1
        return '<button type="button" class="btn" onclick="location.href=\'%s\'">%s</button>' % (url, E(text))
    if style == 'get':
        FEAT['cta_get_form'] += 1
        return '<form method="get" action="%s" class="cta"><input type="hidden" name="formulier" value="%s"><button type="submit">%s</button></form>' % (url, slug(key), E(text))
    if style == 'ifr' and kind in 'ADE':
        FEAT['cta_iframe'] += 1
        return '<iframe src="%s" title="%s" width="100%%" height="600"></iframe>' % (url, E(text))
    if style == 'img' and kind == 'D':
        FEAT['digid_image_only'] += 1
        return '<a href="%s" class="digid-knop"><img src="http://digid.test/img/digid.svg" alt="%s met DigiD"></a>' % (url, E(text.replace(' met DigiD', '')))
    FEAT['cta_anchor'] += 1
    return '<a class="button" href="%s">%s</a>' % (url, E(text))


def build_product(o, key, spec, idx):
    """Render one product page; return label dict."""
    kind, fl = parse(spec)
    p = P[key]
    title = p[1][0] if 'col' in fl else p[1][1] if 'col2' in fl else p[0]
    if 'col3' in fl:
        title = COL3[key][0]
    title = title.replace('{g}', o['short'])
    if 'col' in fl or 'col2' in fl or 'col3' in fl:
        FEAT['colloquial_title'] += 1
    host, path = prod_path(o, key, title, idx)
    lvl, strict, route, via = 0, 0, '', ''
    notes = []
    traps = []
    style = o['cta']
    for s_ in ('btn', 'get', 'ifr', 'img', 'a'):
        if s_ in fl:
            style = s_
    routes_html = ''
    pf = 'pf' in fl
    if kind in ('D', 'E', 'A'):
        url, route, strict = own_route(o, key, kind, pf)
        lvl = 100 if kind in 'DE' else 67
        if kind == 'A':
            strict = 67
        txt = pick(CTA_TXT[kind], o['code'], key)
        if style == 'img' and kind == 'D' and o['ef'] != 'openforms':
            # link straight to the login start of the form
            pass
        if 'ovw' in fl:
            ov = o['host'] + '/e-loket/'
            routes_html = '<p>U regelt dit via ons digitale loket. Kies daar het formulier "%s".</p>%s' % (E(p[0]), cta(o, style, L(o, host, '/e-loket/'), 'Naar het e-loket', kind, key))
            notes.append('form reached through the "Alle formulieren" e-loket overview page')
            FEAT['forms_overview_between'] += 1
        else:
            routes_html = {'D': '<p>U kunt dit online regelen. U heeft hiervoor DigiD nodig.</p>',
                           'E': '<p>Als ondernemer vraagt u dit online aan met eHerkenning (betrouwbaarheidsniveau EH3).</p>',
                           'A': '<p>U kunt dit online doorgeven met het formulier. Inloggen is niet nodig.</p>'}[kind] + cta(o, style, url, txt, kind, key)
        notes.append({'D': 'own DigiD form', 'E': 'own eHerkenning form', 'A': 'anonymous web form'}[kind] + ' on %s' % route.split('/')[2])
        if style in ('btn', 'get', 'img') and 'ovw' not in fl:
            notes.append({'btn': 'CTA is a button onclick', 'get': 'CTA is a GET form', 'img': 'CTA is a DigiD image with alt text only' if kind == 'D' else 'CTA anchor'}[style])
        if style == 'ifr' and 'ovw' not in fl:
            notes.append('form embedded in an iframe')
        if o['ef'] == 'openforms':
            notes.append('form/login button exists only after JavaScript')
        if pf and kind in 'DE':
            notes.append('form states BRP pre-fill')
    elif kind == 'P':
        route = pdf_route(o, key)
        lvl = strict = 33
        routes_html = '<p>Download het aanvraagformulier, vul het in en stuur het naar ons op of lever het in bij de balie.</p><p><a href="%s">Aanvraagformulier %s (pdf, %d kB)</a></p>' % (
            route if route.split('/')[2] != host else route.split(host, 1)[1], E(p[0].lower()), 60 + hsh(key) % 200)
        notes.append('printable PDF form')
    elif kind == 'J':
        ap = appointment(o)
        routes_html = '<p>U moet hiervoor persoonlijk langskomen. Maak eerst een afspraak.</p><p><a href="%s">Maak een afspraak</a></p>' % ap
        notes.append('appointment booking only (not a form)')
    elif kind == 'I':
        routes_html = {'gemeente': '<p>Dit regelt u niet online. Neem contact op met de gemeente via telefoonnummer %s of kom langs bij de balie in het gemeentehuis.</p>',
                        'provincie': '<p>Neem voor een aanvraag contact op met het Klantcontactcentrum van de provincie, telefoon %s.</p>',
                        'waterschap': '<p>Heeft u vragen hierover? Bel ons op %s. Uw aanslag ontvangt u automatisch.</p>',
                        'rijk': '<p>Bel ons op %s.</p>'}[o['type']] % E(o['phone'])
        if key == 'overlijdensaangifte':
            routes_html = '<p>De uitvaartverzorger doet meestal de aangifte. Doet u het zelf? Maak dan een afspraak via %s.</p>' % E(o['phone'])
        notes.append('information only, phone/counter')
    elif kind.startswith('V:'):
        url, route, lvl, strict, via, txt = via_route(o, key, kind[2:])
        routes_html = '<p>%s. U gaat daarvoor naar de website van een andere organisatie.</p><p><a class="external" href="%s">%s</a></p>' % (E(txt), url, E(txt))
        notes.append('handled by another body: %s' % via)
        FEAT['via_other_body'] += 1
    else:
        raise ValueError(kind)
    # extras
    before, after = '', ''
    if 'direct' in fl and kind not in ('I', 'J'):
        before += '<aside class="direct-regelen"><h2>Direct regelen</h2>%s</aside>' % routes_html
        routes_html = '<p>Gebruik de knop hierboven.</p>'
        notes.append('CTA in a Direct regelen box above the lead')
        FEAT['direct_regelen_box'] += 1
    if 'snel' in fl:
        before += '<aside class="snel-naar"><h2>Snel naar</h2><ul><li><a href="%s">Afspraak maken</a></li><li><a href="%s">Contact</a></li><li><a href="%s">Tarieven</a></li></ul></aside>' % (
            appointment(o), L(o, host, '/contact'), L(o, host, '/tarieven'))
        FEAT['snel_naar_box'] += 1
    if 'status' in fl:
        h2 = 'mijn.' + o['dom']
        st = login_start(h2, '/status/inloggen', 'digid')
        after += '<div class="status"><h2>Al aangevraagd?</h2><p><a href="%s">Bekijk de status van uw aanvraag</a> (inloggen met DigiD)</p></div>' % st
        traps.append('status-tracker DigiD login for existing applications')
        FEAT['status_tracker_trap'] += 1
    if 'survey' in fl:
        after += '<form class="tevredenheid" method="get" action="%s"><fieldset><legend>Hoe tevreden bent u over deze pagina?</legend><label><input type="radio" name="score" value="1">Tevreden</label><label><input type="radio" name="score" value="0">Niet tevreden</label><textarea name="opmerking"></textarea><button type="submit">Verstuur</button></fieldset></form>' % L(o, host, '/tevredenheid')
        traps.append('satisfaction survey form under the page')
        FEAT['survey_trap'] += 1
    if 'contact' in fl:
        after += '<p>Heeft u een vraag? <a href="%s">Stel uw vraag via het contactformulier</a>.</p>' % L(o, host, '/contact')
        traps.append('link to the generic contact form')
        FEAT['contact_form_trap'] += 1
    if 'mailto' in fl:
        after += '<p>U kunt uw vragen ook mailen naar <a href="mailto:info@%s">info@%s</a>.</p>' % (o['dom'].replace('.test', '.nl'), o['dom'].replace('.test', '.nl'))
        traps.append('mailto link')
        FEAT['mailto_trap'] += 1
    if 'reg' in fl:
        rp = '/documents/verordening-%s.pdf' % slug(p[0])
        reg_pdf(o['host'], rp, 'Verordening en tarieven ' + p[0])
        after += '<h2>Regels</h2><p><a href="%s">Verordening en tarieven %s (pdf)</a></p>' % (L(o, host, rp), E(p[0].lower()))
        traps.append('regulation/tariff PDF')
    lead = '<p class="lead">%s</p>' % E((COL3[key][1] if 'col3' in fl else p[2]).replace('{g}', o['short']))
    if 'loan' in fl:
        traps.append('"Geld lenen voor verduurzaming" page (SVn loan behind DigiD) is not this product')
    tpl = o['tpl']
    cost = '<p>Kijk voor de kosten op de pagina <a href="%s">Tarieven</a>.</p>' % L(o, host, '/tarieven')
    if tpl == 'watishet':
        main = '<h1>%s</h1>%s<h2>Wat is het?</h2>%s<h2>Hoe werkt het?</h2>%s<h2>Wat kost het?</h2>%s%s' % (E(title), before, lead, routes_html, cost, after)
    elif tpl == 'accordion':
        main = '<h1>%s</h1>%s%s<details open><summary>Aanvragen</summary>%s</details><details><summary>Kosten</summary>%s</details><details><summary>Voorwaarden</summary><p>U moet ingeschreven staan in de gemeente.</p></details>%s' % (E(title), before, lead, routes_html, cost, after)
    elif tpl == 'nlds':
        main = '<h1 class="utrecht-heading-1">%s</h1>%s<div class="utrecht-paragraph--lead">%s</div><h2 class="utrecht-heading-2">Aanvragen</h2>%s<h2 class="utrecht-heading-2">Kosten</h2>%s%s' % (E(title), before, lead, routes_html, cost, after)
    elif tpl == 'wp':
        main = '<article class="post"><h1 class="entry-title">%s</h1>%s<div class="entry-content">%s<h3>Hoe regelt u het?</h3>%s</div></article>%s' % (E(title), before, lead, routes_html, after)
    elif tpl == 'rijk':
        main = '<h1>%s</h1>%s%s<h2>Zo vraagt u het aan</h2>%s%s' % (E(title), before, lead, routes_html, after)
    else:
        main = '<h1>%s</h1>%s%s<h2>Aanvragen</h2>%s<h2>Kosten</h2>%s<h2>Meer informatie</h2><p>Heeft u nog vragen? Bel %s.</p>%s' % (E(title), before, lead, routes_html, cost, E(o['phone']), after)
    purl = 'http://%s%s' % (host, path)
    return dict(title=title, host=host, path=path, main=main, purl=purl, lvl=lvl, strict=strict, route=route, via=via,
                notes=notes, traps=traps, fl=fl, kind=kind, routes_html=routes_html)


# ---------------------------------------------------------------- whole sites
NEWS = {
 'parkeervergunning': ('Nieuwe vergunninggebieden voor parkeren per 1 maart', 'Vanaf 1 maart gelden in drie wijken nieuwe regels voor de parkeervergunning. Bewoners krijgen hierover een brief.'),
 'grofvuil': ('Grofvuil ophalen vanaf januari alleen op afspraak', 'Vanaf januari haalt de reiniging grofvuil alleen nog op als u vooraf een afspraak maakt. Het grofvuil moet om 7.00 uur buiten staan.'),
 'subsidie': ('Nieuwe subsidieregeling voor buurtinitiatieven', 'Er is dit jaar extra geld beschikbaar voor initiatieven die de buurt groener maken. Aanvragen kan tot 1 april.'),
 'woz-bezwaar': ('WOZ-waarden gemiddeld 6 procent gestegen', 'Eind februari ontvangen inwoners de aanslag met de nieuwe WOZ-waarde. Gemiddeld stijgt de waarde van woningen met 6 procent.'),
 'watermelding': ('Veel meldingen van wateroverlast na hevige regen', 'Na de buien van afgelopen weekend kregen we honderden meldingen van ondergelopen kelders en straten.'),
 'ww-uitkering': ('Meer mensen vragen WW aan in de bouw', 'In het derde kwartaal vroegen meer mensen uit de bouwsector een WW-uitkering aan dan een jaar eerder.'),
 'natuurvergunning': ('Provincie versnelt behandeling natuurvergunningen', 'De provincie zet extra mensen in om aanvragen voor een natuurvergunning sneller te behandelen.'),
 'kansspelautomaatvergunning': ('Gemeente controleert speelautomaten in cafés', 'Deze maand controleert de gemeente of cafés met speelautomaten een geldige aanwezigheidsvergunning hebben.'),
}


def build_site(o):
    o['apk'] = applicable(o)
    plan = dict(G_BASE) if o['type'] == 'gemeente' else {}
    plan.update(PLANS.get(o['code'], {}))
    for k in o['apk']:
        plan.setdefault(k, 'NF')
    plan = {k: plan[k] for k in o['apk']}
    o['homepath'] = '/home' if 'cookie' in o['feats'] else '/nl/' if 'splash' in o['feats'] else '/'
    o['mijn_start'] = login_start('mijn.' + o['dom'], '/inloggen', 'digid')
    put('mijn.' + o['dom'], '/', page_simple('Mijn %s' % o['short'], '<h1>Mijn %s</h1><p>Bekijk uw lopende zaken, berichten en belastingaanslagen.</p><a href="/inloggen">Inloggen met DigiD</a>'))
    built = {}
    rows = {}
    for i, k in enumerate(o['apk']):
        kind, fl = parse(plan[k])
        if kind in ('NF', 'NO') or kind.startswith('S:'):
            continue
        built[k] = build_product(o, k, plan[k], i)
    # shared pages: append the second product's section to the first page
    for k in o['apk']:
        kind, fl = parse(plan[k])
        if kind.startswith('S:'):
            base = built[kind[2:]]
            base['main'] += '<h2>%s</h2><p>%s</p><p>Ook hiervoor gebruikt u hetzelfde aanvraagformulier in het loket hierboven.</p>' % (E(P[k][0]), E(P[k][2]))
            base.setdefault('shared', []).append(k)
    for k, b in built.items():
        if 'en' in b['fl']:
            enp = '/en/%s' % slug(PBY[k]['name_en'])
            b['main'] = b['main'].replace('</h1>', '</h1><p class="lang"><a hreflang="en" lang="en" href="%s">Read this page in English</a></p>' % L(o, b['host'], enp), 1)
            skin(o, o['host'], enp, PBY[k]['name_en'], '<h1>%s</h1><p>This page explains how to apply for: %s. The application is in Dutch.</p>%s' % (
                E(PBY[k]['name_en']), E(PBY[k]['name_en'].lower()), b['routes_html']), lang='en',
                extra_head='<link rel="alternate" hreflang="nl" href="%s">' % b['purl'])
            b['notes'].append('English page beside the Dutch one at %s' % enp)
            FEAT['english_page'] += 1
        if 'sib' in b['fl'] and k in SIB:
            st, sd = SIB[k]
            sp = prod_path(o, k, st, 90)[1]
            skin(o, b['host'], sp, st, '<h1>%s</h1><p>%s</p><form method="post" action="%s"><label>Naam <input name="naam"></label><label>Datum en plaats <input name="wat"></label><button type="submit">Melding versturen</button></form>' % (E(st), E(sd), sp))
            b['main'] += '<p>Zie ook: <a href="%s">%s</a></p>' % (L(o, b['host'], sp) if b['host'] == o['host'] else 'http://%s%s' % (b['host'], sp), E(st))
            b['traps'].append('similar sibling page "%s" with an anonymous form' % st)
            FEAT['sibling_similar_page'] += 1
        if 'aud' in b['fl']:
            ap = '/ondernemers' + (b['path'] if b['path'].startswith('/') else '/' + b['path'])
            if o['fam'] == 'catalog':
                ap = '/ondernemers/product-%s' % slug(b['title'])
            txt = b['routes_html'].replace('DigiD', 'eHerkenning')
            skin(o, b['host'], ap, b['title'], '<h1>%s</h1><p>Informatie voor ondernemers.</p><p class="lead">%s</p>%s' % (E(b['title']), E(P[k][2]), b['routes_html']))
            b['notes'].append('a businesses page of the same name exists at %s (same route)' % ap)
            FEAT['same_name_other_audience'] += 1
        if k in NEWS and 'news' in b['fl']:
            pass
        skin(o, b['host'], b['path'], b['title'], b['main'])
        FEAT['product_page'] += 1
    # labels for built + shared
    for k in o['apk']:
        kind, fl = parse(plan[k])
        row = dict(org_code=o['code'], product_key=k, level='', status='', product_url='', route_url='', level_strict='', via='', notes='')
        if k in built or kind.startswith('S:'):
            b = built[k] if k in built else built[kind[2:]]
            row.update(status='ok', level=str(b['lvl']), product_url=b['purl'], route_url=b['route'] if b['lvl'] > 0 else '',
                       level_strict=str(b['strict'] if b['lvl'] == 100 else b['lvl']), via=b['via'])
            n = list(b['notes'])
            if kind.startswith('S:'):
                n = ['page shared with %s (one page, one route)' % kind[2:]] + n
                FEAT['shared_page_second_product'] += 1
            elif b.get('shared'):
                n.append('page also covers %s' % ', '.join(b['shared']))
            tr = list(b['traps'])
            if 'mijnheader' in o['feats']:
                tr.append('site-wide Mijn %s login in header' % o['short'])
            if 'footerdigid' in o['feats']:
                tr.append('DigiD logo in footer')
            if k in NEWS and 'news' in fl:
                tr.append('news article mentions the product')
            if b.get('host') and b['host'] != o['host']:
                n.append('product page on %s' % b['host'])
            row['notes'] = '; '.join(n) + '.' + (' Trap: ' + '; '.join(tr) + '.' if tr else '')
        elif kind == 'NO':
            pk, pt, stt = NOTOFF[(o['code'], k)]
            row.update(status='not_offered', notes='Statement "%s" on page titled "%s".' % (stt, pt))
            o.setdefault('nopages', {}).setdefault(pk, [pt, []])[1].append((k, stt))
            row['_nopage'] = pk
        else:
            row.update(status='not_found', notes='No page for this product on the site.')
            tr = []
            if 'stale' in fl:
                row['notes'] = 'No page; the A-Z list has a stale link that answers a soft 404 ("Pagina niet gevonden", status 200).' if 'soft404' in o['feats'] else 'No page; stale link answers 404.'
                FEAT['stale_link_soft404'] += 1
            if k in NEWS and 'news' in fl:
                row['notes'] += ' Trap: news article mentions the product.'
        rows[k] = row
    # not-offered pages
    for pk, (pt, items) in o.get('nopages', {}).items():
        path = not_offered_path(o, pk)
        body = '<h1>%s</h1><p>Op deze pagina leest u meer over %s in %s.</p>' % (E(pt), E(pt.lower()), E(o['short']))
        for k, stt in items:
            body += '<p>%s</p>' % E(stt)
        u = skin(o, o['host'], path, pt, body)
        FEAT['not_offered_statement'] += len(items)
        for k, _ in items:
            rows[k]['product_url'] = u
    o['rows'] = rows
    o['built'] = built
    o['plan'] = plan
    site_pages(o)
    for k in o['apk']:
        r = rows[k]
        r.pop('_nopage', None)
        LABELS.append(r)


def not_offered_path(o, pk):
    f = o['fam']
    if f == 'iprox':
        return '/' + pk
    if f == 'catalog':
        return '/product?id=%d' % (9000 + hsh(pk) % 900)
    if f == 'base':
        return '/nl/%s.html' % pk
    if f == 'tinyqs':
        return '/index.php?id=%d' % (500 + hsh(pk) % 99)
    if f == 'diensten':
        return '/diensten/%s/' % pk
    if f in ('prov', 'wp'):
        return '/%s/' % pk
    return '/%s' % pk


def site_pages(o):
    h = o['host']
    built, plan = o['built'], o['plan']
    links = sorted(((b['title'], b['purl'] if b['host'] != h else b['path']) for b in built.values()), key=lambda x: x[0].lower())
    # category pages
    cats = {}
    for k, b in built.items():
        cats.setdefault(P[k][3], []).append((b['title'], b['purl'] if b['host'] != h else b['path']))
    for c, lst in cats.items():
        items = ''.join('<li><a href="%s">%s</a></li>' % (u, E(t)) for t, u in sorted(lst))
        skin(o, h, cat_path(o, c), CAT[c][0], '<h1>%s</h1><p>%s</p><ul class="overview">%s</ul>' % (E(CAT[c][0]), E(CAT[c][1]), items))
    for c in {P[k][3] for k in o['apk']} - set(cats):
        skin(o, h, cat_path(o, c), CAT[c][0], '<h1>%s</h1><p>Informatie volgt binnenkort.</p>' % E(CAT[c][0]))
    # news
    news = []
    for k in o['apk']:
        kind, fl = parse(plan[k])
        if 'news' in fl and k in NEWS:
            nt, nx = NEWS[k]
            np_ = '/nieuws/%s' % slug(nt)
            skin(o, h, np_, nt, '<article><h1>%s</h1><p class="date">3 november 2026</p><p>%s</p><p>Vragen? Neem contact op via %s.</p></article>' % (E(nt), E(nx), E(o['phone'])))
            news.append((nt, np_))
            FEAT['news_trap'] += 1
    for nt in ('Gemeentehuis tijdens de feestdagen beperkt open', 'Werkzaamheden aan de hoofdweg'):
        np_ = '/nieuws/%s' % slug(nt)
        skin(o, h, np_, nt, '<article><h1>%s</h1><p>%s</p></article>' % (E(nt), 'Meer informatie volgt.'))
        news.append((nt, np_))
    skin(o, h, '/nieuws/', 'Nieuws', '<h1>Nieuws</h1><ul>%s</ul>' % ''.join('<li><a href="%s">%s</a></li>' % (u, E(t)) for t, u in news))
    # contact with generic form
    skin(o, h, '/contact', 'Contact', '<h1>Contact</h1><p>Bel %s (ma-vr 8.30-17.00 uur) of gebruik het contactformulier.</p><form method="post" action="/contact"><label>Naam <input name="naam"></label><label>E-mail <input name="email" type="email"></label><label>Onderwerp <select name="onderwerp"><option>Algemene vraag</option>%s</select></label><label>Uw vraag <textarea name="vraag"></textarea></label><button type="submit">Versturen</button></form>' % (E(o['phone']), ''.join('<option>%s</option>' % E(P[k][0]) for k in o['apk'][:6])))
    FEAT['contact_page_lists_products'] += 1
    if o['code'] in ('GM0268', 'GM0513', 'PV23'):
        lt = 'Geld lenen voor het verduurzamen van uw huis'
        lp = '/lening-verduurzamen' if o['fam'] != 'diensten' else '/diensten/geld-lenen-verduurzamen/'
        put('www.svn.test', '/', page_simple('SVn', '<h1>Stimuleringsfonds Volkshuisvesting (SVn)</h1>'))
        lst = login_start('www.svn.test', '/aanvragen/inloggen', 'digid')
        skin(o, h, lp, lt, '<h1>%s</h1><p>Wilt u isolatie, zonnepanelen of een warmtepomp? Met de duurzaamheidslening leent u tegen een lage rente. Dit is geen subsidie: u betaalt de lening terug. De lening wordt verstrekt door SVn.</p><p><a href="%s">Lening aanvragen bij SVn (met DigiD)</a></p>' % (lt, lst))
        FEAT['loan_page_trap'] += 1
    skin(o, h, '/privacy', 'Privacyverklaring', '<h1>Privacyverklaring</h1><p>Wij gaan zorgvuldig om met uw persoonsgegevens.</p>')
    skin(o, h, '/tarieven', 'Tarieven', '<h1>Tarieven %s</h1><p>De actuele tarieven staan in de legesverordening.</p>' % E(o['short']))
    skin(o, h, '/tevredenheid', 'Bedankt', '<h1>Bedankt voor uw reactie</h1>')
    # forms overview ("Alle formulieren" / e-loket)
    forms = o.get('forms', [])
    if forms:
        items = ''.join('<li><a href="%s">%s</a></li>' % (u, E(t)) for t, u in sorted(forms))
        skin(o, h, '/e-loket/', 'E-loket: alle formulieren', '<h1>Alle formulieren</h1><p>Hieronder vindt u alle digitale formulieren. Voor de meeste formulieren heeft u DigiD of eHerkenning nodig.</p><ul class="formulieren">%s</ul>' % items)
        FEAT['forms_overview_page'] += 1
    # A-Z
    stale = []
    for k in o['apk']:
        kind, fl = parse(plan[k])
        if kind == 'NF' and 'stale' in fl:
            t = P[k][0]
            stale.append((t, prod_path(o, k, t, 150 + o['apk'].index(k))[1]))
    if 'azlist' in o['feats'] or stale:
        allx = sorted(links + stale, key=lambda x: x[0].lower())
        skin(o, h, '/a-z', 'Producten en diensten A-Z', '<h1>Producten en diensten van A tot Z</h1><ul>%s</ul>' % ''.join('<li><a href="%s">%s</a></li>' % (u, E(t)) for t, u in allx))
    if o['fam'] in ('catalog', 'tinyqs'):
        skin(o, h, '/producten', 'Producten', '<h1>Alle producten</h1><ul>%s</ul>' % ''.join('<li><a href="%s">%s</a></li>' % (u, E(t)) for t, u in links + stale))
        FEAT['query_string_catalogue'] += 1
    # home
    home = '/home' if 'cookie' in o['feats'] else '/nl/' if 'splash' in o['feats'] else '/'
    o['homepath'] = home
    cats_html = ''.join('<li><a href="%s">%s</a></li>' % (cat_path(o, c), E(CAT[c][0])) for c in sorted({P[k][3] for k in o['apk']}))
    top = ''.join('<li><a href="%s">%s</a></li>' % (u, E(t)) for t, u in links[:8])
    extra = ''
    if forms:
        extra += '<p><a href="/e-loket/">E-loket: alle formulieren</a></p>'
    if 'azlist' in o['feats'] or stale:
        extra += '<p><a href="/a-z">Alle producten A-Z</a></p>'
    if o['fam'] in ('catalog', 'tinyqs'):
        extra += '<p><a href="/producten">Producten en diensten</a></p>'
    if o['fam'] == 'pdc':
        extra += '<p><a href="http://loket.%s/producten/">Digitaal loket: producten en diensten</a></p>' % o['dom']
        put('loket.' + o['dom'], '/producten/', skin_return(o, links))
    for pk in o.get('nopages', {}):
        extra += '<p><a href="%s">%s</a></p>' % (not_offered_path(o, pk), E(o['nopages'][pk][0]))
    skin(o, h, home, 'Home', '<h1>Welkom bij %s</h1><h2>Onderwerpen</h2><ul>%s</ul><h2>Veelgezocht</h2><ul>%s</ul>%s<h2>Nieuws</h2><ul>%s</ul>' % (
        E(o['name']), cats_html, top, extra, ''.join('<li><a href="%s">%s</a></li>' % (u, E(t)) for t, u in news)))
    if 'cookie' in o['feats']:
        put(h, '/', page_simple('Cookies - %s' % o['name'], '<div class="cookie-consent"><h1>Deze website gebruikt cookies</h1><p>Wij gebruiken functionele en analytische cookies. Kiest u voor alle cookies, dan plaatsen we ook cookies voor ingesloten video\'s.</p><form method="get" action="/home"><input type="hidden" name="cookies" value="alle"><button type="submit">Alle cookies accepteren</button></form><p><a href="/home?cookies=functioneel">Alleen functionele cookies</a></p></div>'))
        FEAT['cookie_interstitial'] += 1
    if 'splash' in o['feats']:
        put(h, '/', page_simple('Kies uw taal - %s' % o['name'], '<h1>%s</h1><p>Kies uw taal / Kies jo taal / Choose your language</p><ul><li><a href="/nl/">Nederlands</a></li><li><a href="/fy/">Frysk</a></li><li><a href="/en/">English</a></li></ul>' % E(o['name'])))
        put(h, '/fy/', page_simple('Wolkom', '<h1>Wolkom by de gemeente Súdwest-Fryslân</h1><p><a href="/nl/">Nederlânsk</a></p>', lang='fy'))
        FEAT['language_splash'] += 1
    if 'en' in o['feats'] or 'splash' in o['feats']:
        enl = ''.join('<li><a href="%s">%s</a></li>' % (p_[1], E(p_[2])) for p_ in o['pages'] if p_[1].startswith('/en/') and p_[1] != '/en/')
        skin(o, h, '/en/', 'English', '<h1>Welcome to %s</h1><p>Most information on this website is in Dutch.</p><ul>%s</ul>' % (E(o['name']), enl), lang='en')
    # search
    if 'search' in o['feats']:
        idx = [{'url': 'http://%s%s' % (hh, pp), 'title': t, 'text': x} for hh, pp, t, x in o['pages']]
        FILES[('__search__', '%s.json' % h)] = json.dumps(idx, ensure_ascii=False).encode()
        FILES[('__search__', '%s.html' % h)] = page_simple('Zoeken', '<h1>Zoekresultaten voor <!--QUERY--></h1><!--RESULTS-->').encode()
        BEH['searches'].append({'host': h, 'path': '/zoeken', 'param': 'q', 'index': 'search/%s.json' % h, 'template': 'search/%s.html' % h})
        FEAT['site_search'] += 1
    # soft 404
    if 'soft404' in o['feats']:
        FILES[('__errors__', '%s.html' % h)] = page_simple('Pagina niet gevonden', '<h1>Pagina niet gevonden</h1><p>Helaas, de pagina die u zoekt bestaat niet (meer). Probeer de zoekfunctie of ga naar de <a href="/">homepage</a>.</p>').encode()
        BEH['not_found_pages'].append({'host': h, 'file': 'errors/%s.html' % h, 'status': 200})
        FEAT['soft_404'] += 1
    # robots and sitemap
    rob = 'User-agent: *\nDisallow: /zoeken\n'
    if 'sitemap' in o['feats']:
        urls = sorted({'http://%s%s' % (hh, pp) for hh, pp, _, _ in o['pages'] if hh == h})
        sm = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s</urlset>\n' % ''.join('<url><loc>%s</loc></url>\n' % E(u) for u in urls)
        put(h, '/sitemap.xml', sm)
        rob += 'Sitemap: http://%s/sitemap.xml\n' % h
        FEAT['sitemap'] += 1
    put(h, '/robots.txt', rob)
    # host redirects
    bare = h[4:] if h.startswith('www.') else None
    if 'nonwww' in o['feats'] and bare:
        BEH['host_redirects'].append({'host': bare, 'status': 301, 'to': h})
        FEAT['www_redirect'] += 1
    if 'bare_redirect_to_sub' in o['feats']:
        BEH['host_redirects'].append({'host': o['dom'], 'status': 301, 'to': h})
        BEH['host_redirects'].append({'host': 'www.' + o['dom'], 'status': 301, 'to': h})
        FEAT['www_redirect'] += 1
    if 'base' in o['feats']:
        FEAT['base_href_site'] += 1
    if 'dotdot' in o['feats']:
        FEAT['dotdot_relative_links'] += 1


def skin_return(o, links):
    h = 'loket.' + o['dom']
    items = ''.join('<li><a href="%s">%s</a></li>' % ('http://%s%s' % (o['host'], u) if u.startswith('/') else u, E(t)) for t, u in links)
    return page_simple('Producten en diensten - %s' % o['name'], '<h1>Producten en diensten</h1><p><a href="%s/">Terug naar %s</a></p><ul>%s</ul>' % (o['base'], E(o['name']), items))


# ---------------------------------------------------------------- main
def main():
    if os.path.exists(OUT):
        shutil.rmtree(OUT)
    idp_sites()
    for o in ORGS:
        build_site(o)
    # shared bodies' home pages exist already; write everything
    for (host, path), data in FILES.items():
        if host == '__search__':
            fp = os.path.join(OUT, 'search', path)
        elif host == '__errors__':
            fp = os.path.join(OUT, 'errors', path)
        else:
            fp = os.path.join(OUT, 'sites', host, path)
        os.makedirs(os.path.dirname(fp), exist_ok=True)
        with open(fp, 'wb') as f:
            f.write(data)
    with open(os.path.join(OUT, 'organisations.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['code', 'name', 'org_type', 'website', 'inhabitants'])
        for o in ORGS:
            site = 'http://%s/' % o['host']
            if 'nonwww' in o['feats']:
                site = 'http://%s/' % o['host'][4:]
            w.writerow([o['code'], o['name'], o['type'], site, o.get('inh', '')])
    cols = ['org_code', 'product_key', 'level', 'status', 'product_url', 'route_url', 'level_strict', 'via', 'notes']
    with open(os.path.join(OUT, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.DictWriter(f, fieldnames=cols)
        w.writeheader()
        for r in LABELS:
            w.writerow(r)
    BEH['redirects'].sort(key=lambda r: r['url'])
    seen = set()
    BEH['redirects'] = [r for r in BEH['redirects'] if not (r['url'] in seen or seen.add(r['url']))]
    beh = {k: v for k, v in BEH.items() if v}
    with open(os.path.join(OUT, 'testweb.json'), 'w', encoding='utf-8') as f:
        json.dump({'name': 'web-dev7', 'behaviours': beh, 'features': dict(sorted(FEAT.items()))}, f, indent=1, ensure_ascii=False)
    st = Counter((r['status'], r['level']) for r in LABELS)
    print('rows', len(LABELS), dict(sorted(st.items())))
    print('files', len(FILES), 'hosts', len({h for h, _ in FILES if not h.startswith('__')}))
    print(dict(sorted(FEAT.items())))


if __name__ == '__main__':
    main()
