#!/usr/bin/env python3
"""gen.py OUTDIR -- a labelled simulated web of ten Dutch municipalities (web-dev30).

Standard library only, deterministic (no randomness, no set iteration order).
Emphasis: e-form platforms on their own hosts and multi-step starts (Open Formulieren-like
SDK pages, a formulierenserver e-loket with an overview of dozens of forms, TriplEforms-like
.aspx forms, Gravity-Forms-like mijn.<gemeente> gates, Formdesk in iframes, a Mendix app,
a TOPdesk self-service portal, a 'digitaal loket'), login choice pages (DigiD / eHerkenning /
zonder inloggen), pre-filled and explicitly not pre-filled forms, calls to action as links,
buttons, GET forms, iframes, script-built links, meta refreshes and DigiD images.

Usage: python3 gen.py [OUTDIR]   (default: web/ beside this script)
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
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def esc(s):
    return html.escape(str(s), quote=True)


def hx(s, n=8):
    return hashlib.sha1(s.encode('utf-8')).hexdigest()[:n]


def hnum(s, lo, hi):
    return lo + int(hashlib.sha1(s.encode('utf-8')).hexdigest()[:8], 16) % (hi - lo + 1)


def fold(s):
    return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode('ascii')


def slugify(s, sep='-'):
    s = fold(s).lower()
    s = re.sub(r'[^a-z0-9]+', sep, s).strip(sep)
    return s


def capslug(s):
    """iprox-like: 'Uittreksel BRP aanvragen' -> 'Uittreksel_BRP_aanvragen'."""
    s = fold(s)
    s = re.sub(r'[^A-Za-z0-9]+', '_', s).strip('_')
    return s[:1].upper() + s[1:]


def camel(s):
    s = fold(s)
    parts = re.split(r'[^A-Za-z0-9]+', s)
    return ''.join(p[:1].upper() + p[1:] for p in parts if p)


# ----------------------------------------------------------------------------------------
# documents: minimal valid PDF (optionally with an AcroForm), DOCX and RTF
# ----------------------------------------------------------------------------------------

def _pdf_text(s):
    s = s.replace('\u20ac', 'EUR').replace('\u2019', "'").replace('\u2013', '-').replace('\u2014', '-')
    b = s.encode('latin-1', 'replace')
    out = []
    for c in b:
        ch = chr(c)
        if ch in '()\\':
            out.append('\\' + ch)
        elif c < 32 or c > 126:
            out.append('\\%03o' % c)
        else:
            out.append(ch)
    return ''.join(out)


def make_pdf(title, lines, fields=()):
    """A one-page PDF 1.4 with Helvetica text; `fields` adds AcroForm text fields."""
    ops = ['BT', '/F1 15 Tf', '56 780 Td', '(%s) Tj' % _pdf_text(title), '/F1 10 Tf', '0 -26 Td']
    for ln in lines:
        ops.append('(%s) Tj' % _pdf_text(ln))
        ops.append('0 -15 Td')
    ops.append('ET')
    y0 = 760 - 15 * (len(lines) + 2)
    field_objs = []
    for i, name in enumerate(fields):
        y = y0 - 34 * i
        ops.append('BT /F1 9 Tf 56 %d Td (%s) Tj ET' % (y + 18, _pdf_text(name)))
        ops.append('0.5 w 56 %d 300 18 re S' % y)
        field_objs.append((name, [56, y, 356, y + 18]))
    stream = '\n'.join(ops).encode('latin-1')
    objs = []
    n_fields = len(field_objs)
    first_field = 7
    annots = ' '.join('%d 0 R' % (first_field + i) for i in range(n_fields))
    if n_fields:
        catalog = ('<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [%s] /DA (/Helv 0 Tf 0 g) '
                   '/DR << /Font << /Helv 4 0 R >> >> >> >>' % annots)
    else:
        catalog = '<< /Type /Catalog /Pages 2 0 R >>'
    objs.append(catalog)
    objs.append('<< /Type /Pages /Kids [3 0 R] /Count 1 >>')
    page = ('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> '
            '/Contents 5 0 R%s >>' % ((' /Annots [%s]' % annots) if n_fields else ''))
    objs.append(page)
    objs.append('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append(None)  # content stream, special
    objs.append('<< /Title (%s) /Producer (gemeentelijke formulieren) >>' % _pdf_text(title))
    for name, rect in field_objs:
        objs.append('<< /Type /Annot /Subtype /Widget /FT /Tx /T (%s) /Rect [%d %d %d %d] /P 3 0 R /F 4 '
                    '/DA (/Helv 10 Tf 0 g) >>' % (_pdf_text(name), *rect))
    out = io.BytesIO()
    out.write(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for i, o in enumerate(objs, start=1):
        offsets.append(out.tell())
        if o is None:
            out.write(('%d 0 obj\n<< /Length %d >>\nstream\n' % (i, len(stream))).encode('latin-1'))
            out.write(stream)
            out.write(b'\nendstream\nendobj\n')
        else:
            out.write(('%d 0 obj\n%s\nendobj\n' % (i, o)).encode('latin-1'))
    xref = out.tell()
    out.write(('xref\n0 %d\n' % (len(objs) + 1)).encode('latin-1'))
    out.write(b'0000000000 65535 f \n')
    for off in offsets:
        out.write(('%010d 00000 n \n' % off).encode('latin-1'))
    out.write(('trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n'
               % (len(objs) + 1, xref)).encode('latin-1'))
    return out.getvalue()


def make_docx(title, lines):
    def para(t, bold=False):
        r = '<w:rPr><w:b/></w:rPr>' if bold else ''
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (r, html.escape(t))
    body = para(title, True) + ''.join(para(x) for x in lines)
    parts = [
        ('[Content_Types].xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ('_rels/.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" '
         'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="word/document.xml"/></Relationships>'),
        ('word/document.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         '<w:body>%s</w:body></w:document>' % body),
    ]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode('utf-8'))
    return buf.getvalue()


def make_rtf(title, lines):
    def r(s):
        out = []
        for ch in s:
            if ch in '\\{}':
                out.append('\\' + ch)
            elif ord(ch) > 127:
                out.append("\\u%d?" % ord(ch))
            else:
                out.append(ch)
        return ''.join(out)
    body = '\\b %s\\b0\\par\n' % r(title) + ''.join('%s\\par\n' % r(x) for x in lines)
    return ('{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs22\n%s}' % body).encode('ascii')


# ----------------------------------------------------------------------------------------
# the web being written
# ----------------------------------------------------------------------------------------

class Web:
    def __init__(self):
        self.files = {}          # 'host/path' -> bytes
        self.redirects = []
        self.host_redirects = []
        self.not_found_pages = []
        self.searches = []
        self.extra_files = {}    # root-relative path -> bytes (search indexes, error pages)
        self.labels = []
        self.orgs = []
        self.search_index = {}   # host -> list of {url,title,text}

    @staticmethod
    def split(url):
        m = re.match(r'^http://([^/]+)(/[^?#]*)?(?:\?([^#]*))?', url)
        if not m:
            raise ValueError(url)
        return m.group(1), m.group(2) or '/', m.group(3)

    def key(self, url):
        host, path, query = self.split(url)
        if path.endswith('/'):
            path = path + 'index.html'
        if query:
            path = path + '?' + query
        return host + path

    def put(self, url, content):
        if isinstance(content, str):
            content = content.encode('utf-8')
        k = self.key(url)
        if k in self.files and self.files[k] != content:
            raise RuntimeError('two different contents for ' + url)
        self.files[k] = content
        return url

    def has(self, url):
        return self.key(url) in self.files

    def redirect(self, url, location, status=302):
        for r in self.redirects:
            if r['url'] == url:
                return url
        self.redirects.append({'url': url, 'status': status, 'location': location})
        return url

    def index(self, url, title, text):
        host = self.split(url)[0]
        self.search_index.setdefault(host, []).append({'url': url, 'title': title, 'text': text[:300]})

    def check_conflicts(self):
        keys = sorted(self.files)
        fileset = {}
        for k in keys:
            fileset[k] = True
        bad = []
        for k in keys:
            parts = k.split('/')
            for i in range(1, len(parts) - 1):
                anc = '/'.join(parts[:i + 1])
                if anc in fileset:
                    bad.append('%s is a file and a folder of %s' % (anc, k))
        if bad:
            raise RuntimeError('file/dir conflicts:\n' + '\n'.join(bad[:40]))

    def write(self, outdir):
        for sub in ('sites', 'search', 'errors'):
            p = os.path.join(outdir, sub)
            if os.path.isdir(p):
                shutil.rmtree(p)
        os.makedirs(outdir, exist_ok=True)
        self.check_conflicts()
        for k in sorted(self.files):
            p = os.path.join(outdir, 'sites', *k.split('/'))
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, 'wb') as f:
                f.write(self.files[k])
        for k in sorted(self.extra_files):
            p = os.path.join(outdir, *k.split('/'))
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, 'wb') as f:
                f.write(self.extra_files[k])
        with open(os.path.join(outdir, 'organisations.csv'), 'w', newline='', encoding='utf-8') as f:
            w = csv.writer(f, lineterminator='\n')
            w.writerow(['code', 'name', 'org_type', 'website', 'inhabitants'])
            for o in self.orgs:
                w.writerow(o)
        cols = ['org_code', 'product_key', 'level', 'status', 'product_url', 'route_url', 'level_strict',
                'via', 'signals', 'notes']
        with open(os.path.join(outdir, 'labels.csv'), 'w', newline='', encoding='utf-8') as f:
            w = csv.writer(f, lineterminator='\n')
            w.writerow(cols)
            for row in self.labels:
                w.writerow([row[c] for c in cols])
        beh = {
            'redirects': self.redirects,
            'host_redirects': self.host_redirects,
            'not_found_pages': self.not_found_pages,
            'searches': self.searches,
        }
        with open(os.path.join(outdir, 'testweb.json'), 'w', encoding='utf-8') as f:
            json.dump({'behaviours': beh}, f, indent=1, sort_keys=True, ensure_ascii=False)
            f.write('\n')


WEB = Web()


def saml(start_url):
    t = hashlib.sha256(start_url.encode()).hexdigest()
    return 'SAMLRequest=fZJNT8MwDIb%s&amp;RelayState=%s' % (t[:40], t[40:56])


def login_start(url, provider='digid'):
    """Register a login start that answers 302 to the simulated identity provider."""
    t = hashlib.sha256(url.encode()).hexdigest()
    if provider == 'digid':
        loc = 'http://digid.test/saml/idp/request_authentication?SAMLRequest=fZJNT8MwDIb%s&RelayState=%s' % (t[:40], t[40:56])
    elif provider == 'eherkenning':
        loc = 'http://inloggen.eherkenning.test/broker/select?SAMLRequest=fZLLbsIwEEX%s&RelayState=%s' % (t[:40], t[40:56])
    elif provider == 'eidas':
        loc = 'http://inloggen.eherkenning.test/eidas/select?SAMLRequest=fZLLbsIwEEX%s' % t[:40]
    else:
        raise ValueError(provider)
    WEB.redirect(url, loc)
    return url


def read_products():
    out = []
    with open(os.path.join(HERE, '..', '..', '..', 'config', 'products.csv'), newline='', encoding='utf-8') as f:
        for r in csv.DictReader(f):
            if 'G' in r['org_types']:
                out.append((r['product_key'], r['name_nl']))
    return out


# ----------------------------------------------------------------------------------------
# product texts (own wording, modelled on real municipal pages)
# ----------------------------------------------------------------------------------------

SECTIONS = {
    'burgerzaken': 'Burgerzaken',
    'belastingen': 'Belastingen en WOZ',
    'zorg': 'Zorg en ondersteuning',
    'werk': 'Werk en inkomen',
    'onderwijs': 'Onderwijs en jeugd',
    'afval': 'Afval',
    'openbareruimte': 'Verkeer, parkeren en openbare ruimte',
    'bouwen': 'Wonen en bouwen',
    'vergunningen': 'Vergunningen en ontheffingen',
    'ondernemen': 'Ondernemen',
    'bestuur': 'Bestuur en organisatie',
}

PC = {
 'brp-uittreksel': dict(sec='burgerzaken', aud='b',
    titles=['Uittreksel BRP aanvragen', 'Uittreksel BRP', 'Uittreksel Basisregistratie Personen (BRP)',
            'Uittreksel BRP aanvragen', 'Uittreksel Basisregistratie Personen', 'Uittreksel BRP (GBA)',
            'Uittreksel BRP', 'Uittreksel uit de BRP aanvragen', 'BRP-uittreksel', 'Uittreksel BRP aanvragen'],
    intro='Met een uittreksel uit de Basisregistratie Personen (BRP) laat u zien waar u woont of welke gegevens de gemeente van u heeft. Een werkgever, school of woningcorporatie vraagt er soms om.',
    voorw=['U staat ingeschreven in de gemeente {gem}.', 'Voor een ander vraagt u een uittreksel alleen aan met een schriftelijke machtiging.'],
    kosten='Een uittreksel kost € 14,40.', termijn='U krijgt het uittreksel binnen 5 werkdagen per post.',
    form='Uittreksel BRP aanvragen', pdf='Aanvraagformulier uittreksel BRP', f=['Soort uittreksel', 'Reden van de aanvraag'],
    obj='een uittreksel'),
 'verhuismelding': dict(sec='burgerzaken', aud='b',
    titles=['Verhuizing doorgeven', 'Verhuizen', 'Verhuizing doorgeven', 'Verhuizing doorgeven', 'Verhuizing',
            'Verhuizing doorgeven', 'Verhuizing', 'Verhuizing doorgeven', 'Verhuizen binnen of naar de gemeente', 'Verhuizing doorgeven'],
    intro='Gaat u verhuizen naar of binnen de gemeente {gem}? Geef uw nieuwe adres dan uiterlijk 5 dagen na de verhuizing door. U kunt dit al 4 weken voor uw verhuisdatum doen.',
    voorw=['U bent 16 jaar of ouder.', 'Woont u bij iemand in? Dan heeft u toestemming nodig van de hoofdbewoner.'],
    kosten='Het doorgeven van een verhuizing is gratis.', termijn='Wij verwerken uw verhuizing binnen 5 werkdagen.',
    form='Verhuizing doorgeven', pdf='Verhuisformulier', f=['Nieuw adres', 'Verhuisdatum', 'Wie verhuizen er mee?'],
    obj='uw verhuizing', aux=('Verklaring hoofdbewoner', 'verklaring-hoofdbewoner')),
 'geboorteaangifte': dict(sec='burgerzaken', aud='b',
    titles=['Geboorte aangeven', 'Geboorteaangifte', 'Aangifte geboorte', 'Geboorte', 'Geboorte aangeven',
            'Geboorte doorgeven', 'Geboorteaangifte', 'Geboorte aangeven', 'Aangifte van geboorte', 'Geboorte'],
    intro='Is uw kind geboren in de gemeente {gem}? Doe dan binnen 3 dagen aangifte van de geboorte. De ouders kunnen de aangifte doen, of iemand die bij de geboorte aanwezig was.',
    voorw=['Het kind is geboren in de gemeente {gem}.', 'U doet aangifte binnen 3 dagen na de geboorte.'],
    kosten='Geboorteaangifte is gratis. Een afschrift van de geboorteakte kost € 14,40.', termijn='De akte wordt direct opgemaakt.',
    form='Geboorteaangifte doen', pdf='Formulier geboorteaangifte', f=['Naam van het kind', 'Geboortedatum en tijd', 'Erkenning'],
    obj='de geboorte'),
 'overlijdensaangifte': dict(sec='burgerzaken', aud='bo',
    titles=['Overlijden aangeven', 'Aangifte overlijden', 'Overlijden', 'Aangifte van overlijden', 'Overlijden doorgeven',
            'Overlijden', 'Aangifte doen van overlijden', 'Overlijden aangeven', 'Aangifte overlijden', 'Overlijden aangeven'],
    intro='Als iemand overlijdt in de gemeente {gem}, moet dit binnen 6 dagen worden aangegeven. Meestal regelt de uitvaartverzorger de aangifte namens de nabestaanden.',
    voorw=['De overledene is overleden in de gemeente {gem}.', 'Een arts heeft een verklaring van overlijden afgegeven.'],
    kosten='De aangifte is gratis. Een akte van overlijden kost € 14,40.', termijn='De akte wordt binnen 1 werkdag opgemaakt.',
    form='Aangifte overlijden (uitvaartverzorgers)', pdf='Formulier aangifte overlijden', f=['Naam overledene', 'Datum overlijden', 'Naam uitvaartonderneming'],
    obj='het overlijden'),
 'huwelijksaangifte': dict(sec='burgerzaken', aud='b',
    titles=['Voorgenomen huwelijk of partnerschap melden', 'Melding voorgenomen huwelijk', 'Trouwen of partnerschap melden',
            'Melding huwelijk of geregistreerd partnerschap', 'Ondertrouw (melding voorgenomen huwelijk)', 'Melden voorgenomen huwelijk of partnerschap',
            'Huwelijk of partnerschap melden', 'Voornemen huwelijk of geregistreerd partnerschap melden', 'Melding voorgenomen huwelijk of partnerschap', 'Melden van huwelijk of geregistreerd partnerschap'],
    intro='Wilt u trouwen of een geregistreerd partnerschap aangaan? Dan meldt u dit eerst bij de gemeente. Dit heette vroeger ondertrouw. U doet de melding minimaal 2 weken en maximaal 1 jaar voor de datum.',
    voorw=['U bent allebei 18 jaar of ouder.', 'U bent niet getrouwd en heeft geen geregistreerd partnerschap met een ander.'],
    kosten='De melding is gratis. De kosten van de ceremonie hangen af van dag en tijd.', termijn='Na de melding kunt u de datum definitief vastleggen.',
    form='Melding voorgenomen huwelijk of partnerschap', pdf='Formulier melding voorgenomen huwelijk', f=['Gegevens partner', 'Gewenste datum', 'Getuigen'],
    obj='uw voorgenomen huwelijk of partnerschap'),
 'paspoort': dict(sec='burgerzaken', aud='b',
    titles=['Paspoort aanvragen', 'Paspoort', 'Paspoort aanvragen of verlengen', 'Paspoort', 'Paspoort aanvragen',
            'Paspoort', 'Paspoort aanvragen', 'Paspoort aanvragen', 'Paspoort', 'Paspoort aanvragen'],
    intro='Een paspoort vraagt u persoonlijk aan bij de gemeente waar u staat ingeschreven. Neem een goedgelijkende pasfoto mee en uw oude reisdocument.',
    voorw=['U heeft de Nederlandse nationaliteit.', 'Bent u jonger dan 18? Dan heeft u toestemming nodig van uw ouders of voogd.'],
    kosten='Een paspoort voor 18 jaar en ouder kost € 84,70.', termijn='Uw paspoort is na 5 werkdagen klaar.',
    form='Afspraak paspoort', pdf='Verklaring toestemming reisdocument minderjarige', f=[], obj='een paspoort'),
 'identiteitskaart': dict(sec='burgerzaken', aud='b',
    titles=['Identiteitskaart aanvragen', 'Identiteitskaart', 'ID-kaart', 'Identiteitskaart aanvragen', 'Identiteitskaart',
            'ID-kaart aanvragen', 'Identiteitskaart', 'Identiteitskaart aanvragen', 'ID-kaart', 'Identiteitskaart aanvragen'],
    intro='Met een Nederlandse identiteitskaart kunt u zich legitimeren en reizen binnen Europa. U vraagt de identiteitskaart persoonlijk aan bij de balie.',
    voorw=['U heeft de Nederlandse nationaliteit.', 'U staat ingeschreven in de gemeente {gem}.'],
    kosten='Een identiteitskaart voor 18 jaar en ouder kost € 77,85.', termijn='Uw identiteitskaart is na 5 werkdagen klaar.',
    form='Afspraak identiteitskaart', pdf='Toestemmingsformulier identiteitskaart minderjarige', f=[], obj='een identiteitskaart'),
 'parkeervergunning': dict(sec='openbareruimte', aud='b',
    titles=['Parkeervergunning aanvragen', 'Parkeervergunning', 'Parkeervergunning bewoners', 'Parkeervergunning aanvragen',
            'Parkeervergunning of ontheffing blauwe zone', 'Parkeren', 'Bewonersvergunning', 'Parkeervergunning', 'Parkeren', 'Parkeervergunning'],
    intro='Woont u in een gebied met betaald parkeren of een blauwe zone? Met een parkeervergunning parkeert u in uw eigen buurt.',
    voorw=['U woont in het vergunningsgebied.', 'De auto staat op uw naam of u rijdt in een leaseauto.'],
    kosten='Een bewonersvergunning kost € 72,00 per jaar.', termijn='U krijgt binnen 2 weken bericht.',
    form='Parkeervergunning aanvragen', pdf='Aanvraagformulier parkeervergunning', f=['Kenteken', 'Ingangsdatum'],
    obj='een parkeervergunning'),
 'gehandicaptenparkeerkaart': dict(sec='zorg', aud='b',
    titles=['Gehandicaptenparkeerkaart aanvragen', 'Gehandicaptenparkeerkaart', 'Gehandicaptenparkeerkaart (GPK)',
            'Gehandicaptenparkeerkaart aanvragen', 'Gehandicaptenparkeerkaart', 'Parkeerkaart voor gehandicapten',
            'Gehandicaptenparkeerkaart', 'Gehandicaptenparkeerkaart aanvragen', 'Gehandicaptenparkeerkaart', 'Gehandicaptenparkeerkaart aanvragen'],
    intro='Heeft u een ziekte of handicap waardoor u niet ver kunt lopen? Met een gehandicaptenparkeerkaart mag u parkeren op een algemene gehandicaptenparkeerplaats.',
    voorw=['U kunt met hulpmiddelen niet verder lopen dan 100 meter.', 'Uw beperking duurt langer dan 6 maanden.'],
    kosten='De kaart kost € 95,00, inclusief de medische keuring.', termijn='Wij beslissen binnen 8 weken.',
    form='Aanvraag gehandicaptenparkeerkaart', pdf='Aanvraagformulier gehandicaptenparkeerkaart', f=['Bestuurder of passagier', 'Medische beperking', 'Pasfoto (upload)'],
    obj='een gehandicaptenparkeerkaart'),
 'gehandicaptenparkeerplaats': dict(sec='zorg', aud='b',
    titles=['Gehandicaptenparkeerplaats aanvragen', 'Gehandicaptenparkeerplaats', 'Gehandicaptenparkeerplaats op kenteken',
            'Gehandicaptenparkeerplaats aanvragen', 'Gehandicaptenparkeerplaats', 'Gehandicaptenparkeerplaats', 'Gehandicaptenparkeerplaats bij uw woning',
            'Gehandicaptenparkeerplaats aanvragen', 'Gehandicaptenparkeerplaats', 'Gehandicaptenparkeerplaats aanvragen'],
    intro='Heeft u een gehandicaptenparkeerkaart en is er bij uw woning vaak geen plek? Dan kunt u een parkeerplaats op uw kenteken aanvragen.',
    voorw=['U heeft een gehandicaptenparkeerkaart voor bestuurders.', 'U heeft geen eigen parkeerplaats of garage.'],
    kosten='Aan de aanvraag zijn geen kosten verbonden.', termijn='Wij beslissen binnen 8 weken.',
    form='Aanvraag gehandicaptenparkeerplaats', pdf='Aanvraagformulier gehandicaptenparkeerplaats', f=['Kenteken', 'Nummer gehandicaptenparkeerkaart'],
    obj='een gehandicaptenparkeerplaats'),
 'hondenbelasting': dict(sec='belastingen', aud='b',
    titles=['Hondenbelasting', 'Hond aan- of afmelden', 'Hondenbelasting', 'Hond aanmelden of afmelden', 'Hondenbelasting',
            'Hondenbelasting', 'Hondenbelasting: hond aan- of afmelden', 'Hond aan- of afmelden', 'Hondenbelasting', 'Hondenbelasting'],
    intro='Heeft u een hond? Dan betaalt u hondenbelasting. Krijgt u een hond, of heeft u geen hond meer? Dan meldt u dit binnen 14 dagen.',
    voorw=['U bent eigenaar of houder van een hond die ouder is dan 3 maanden.'],
    kosten='Voor de eerste hond betaalt u € 84,12 per jaar.', termijn='U krijgt een aangepaste aanslag.',
    form='Hond aan- of afmelden', pdf='Formulier aan- of afmelding hond', f=['Aanmelden of afmelden', 'Aantal honden', 'Datum'],
    obj='uw hond'),
 'belastingkwijtschelding': dict(sec='belastingen', aud='b',
    titles=['Kwijtschelding gemeentelijke belastingen', 'Kwijtschelding aanvragen', 'Kwijtschelding belastingen',
            'Kwijtschelding gemeentelijke belastingen aanvragen', 'Kwijtschelding', 'Kwijtschelding van gemeentelijke belastingen',
            'Kwijtschelding belasting en heffingen', 'Kwijtschelding aanvragen', 'Kwijtschelding gemeentelijke belastingen', 'Kwijtschelding'],
    intro='Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding aanvragen voor de afvalstoffenheffing en de rioolheffing.',
    voorw=['Uw inkomen is niet hoger dan de bijstandsnorm.', 'U heeft geen auto met een waarde boven € 3.350.'],
    kosten='Kwijtschelding aanvragen is gratis.', termijn='U krijgt binnen 8 weken een beslissing.',
    form='Kwijtschelding aanvragen', pdf='Aanvraagformulier kwijtschelding', f=['Aanslagnummer', 'Netto inkomen per maand', 'Vaste lasten'],
    obj='kwijtschelding'),
 'woz-bezwaar': dict(sec='belastingen', aud='bo',
    titles=['Bezwaar maken tegen de WOZ-waarde', 'WOZ-waarde, bezwaar maken', 'Bezwaar tegen WOZ-waarde', 'Bezwaar WOZ-beschikking',
            'Bezwaar maken WOZ', 'Bezwaar tegen de WOZ-beschikking', 'WOZ-waarde: bezwaar maken', 'Bezwaar maken tegen de WOZ-waarde',
            'Bezwaar WOZ', 'Bezwaar maken tegen de WOZ-waarde'],
    intro='Vindt u de WOZ-waarde van uw woning te hoog of te laag? Dan kunt u binnen 6 weken na de dagtekening van de aanslag bezwaar maken.',
    voorw=['U maakt bezwaar binnen 6 weken na de dagtekening.', 'U bent eigenaar of huurder van het object.'],
    kosten='Bezwaar maken is gratis.', termijn='U krijgt binnen 6 maanden een uitspraak.',
    form='Bezwaar WOZ-beschikking', pdf='Bezwaarformulier WOZ', f=['Aanslagnummer', 'WOZ-objectnummer', 'Uw waarde', 'Motivering'],
    obj='uw bezwaar tegen de WOZ-waarde'),
 'bijstand': dict(sec='werk', aud='b',
    titles=['Bijstandsuitkering aanvragen', 'Bijstand', 'Uitkering aanvragen', 'Bijstandsuitkering', 'Bijstand aanvragen',
            'Bijstandsuitkering Participatiewet', 'Uitkering', 'Bijstandsuitkering aanvragen', 'Bijstand', 'Bijstandsuitkering'],
    intro='Heeft u niet genoeg geld om van te leven en kunt u geen andere uitkering krijgen? Dan kunt u een bijstandsuitkering aanvragen.',
    voorw=['U bent 18 jaar of ouder en woont in Nederland.', 'Uw inkomen en vermogen zijn te laag.'],
    kosten='Aanvragen is gratis.', termijn='U krijgt binnen 8 weken een beslissing.',
    form='Aanvraag bijstandsuitkering', pdf='Aanvraagformulier bijstand', f=['Gezinssituatie', 'Inkomsten', 'Vermogen'],
    obj='een bijstandsuitkering'),
 'bijzondere-bijstand': dict(sec='werk', aud='b',
    titles=['Bijzondere bijstand aanvragen', 'Bijzondere bijstand', 'Bijzondere bijstand', 'Bijzondere bijstand aanvragen',
            'Bijzondere bijstand', 'Bijzondere bijstand', 'Bijzondere kosten (bijzondere bijstand)', 'Bijzondere bijstand aanvragen', 'Bijzondere bijstand', 'Bijzondere bijstand'],
    intro='Heeft u onverwachte, noodzakelijke kosten die u niet zelf kunt betalen? Bijvoorbeeld voor een bril, een bewindvoerder of een wasmachine? Dan kunt u bijzondere bijstand aanvragen.',
    voorw=['De kosten zijn noodzakelijk.', 'U kunt de kosten niet betalen uit uw inkomen of vermogen.'],
    kosten='Aanvragen is gratis.', termijn='U krijgt binnen 8 weken een beslissing.',
    form='Aanvraag bijzondere bijstand', pdf='Aanvraagformulier bijzondere bijstand', f=['Soort kosten', 'Bedrag', 'Bewijsstukken (upload)'],
    obj='bijzondere bijstand'),
 'wmo-voorziening': dict(sec='zorg', aud='b',
    titles=['Wmo-voorziening aanvragen', 'Hulp bij het huishouden', 'Zorg en ondersteuning (Wmo)', 'Wmo-melding doen',
            'Wet maatschappelijke ondersteuning (Wmo)', 'Ondersteuning aanvragen (Wmo)', 'Hulp of voorziening via de Wmo', 'Wmo-voorziening aanvragen',
            'Hulp bij wonen en gezondheid (Wmo)', 'Wmo-ondersteuning aanvragen'],
    intro='Heeft u hulp nodig om zelfstandig te blijven wonen, bijvoorbeeld bij het huishouden, vervoer of een aanpassing in huis? Dan kunt u ondersteuning aanvragen via de Wet maatschappelijke ondersteuning (Wmo).',
    voorw=['U woont in de gemeente {gem}.', 'U kunt de ondersteuning niet zelf of met hulp van uw omgeving regelen.'],
    kosten='Voor de meeste voorzieningen betaalt u een eigen bijdrage van maximaal € 21,80 per maand.', termijn='Binnen 6 weken na uw melding volgt een gesprek en advies.',
    form='Melding Wmo', pdf='Meldingsformulier Wmo', f=['Waar heeft u hulp bij nodig?', 'Wie is uw contactpersoon?'],
    obj='uw hulpvraag'),
 'leerlingenvervoer': dict(sec='onderwijs', aud='b',
    titles=['Leerlingenvervoer', 'Leerlingenvervoer aanvragen', 'Vergoeding leerlingenvervoer', 'Leerlingenvervoer', 'Leerlingenvervoer aanvragen',
            'Leerlingenvervoer', 'Aanvraag leerlingenvervoer', 'Leerlingenvervoer', 'Vervoer naar school (leerlingenvervoer)', 'Leerlingenvervoer aanvragen'],
    intro='Kan uw kind door een beperking of door de afstand niet zelfstandig naar school? Dan kunt u een vergoeding of aangepast vervoer aanvragen.',
    voorw=['De afstand naar de dichtstbijzijnde passende school is meer dan 6 kilometer.', 'Of uw kind kan door een beperking niet zelfstandig reizen.'],
    kosten='Aanvragen is gratis. Soms betaalt u een eigen bijdrage.', termijn='Vraag het vervoer uiterlijk 1 juni aan voor het nieuwe schooljaar.',
    form='Aanvraag leerlingenvervoer', pdf='Aanvraagformulier leerlingenvervoer', f=['Naam leerling', 'School', 'Soort vervoer'],
    obj='leerlingenvervoer'),
 'grofvuil': dict(sec='afval', aud='b',
    titles=['Grofvuil laten ophalen', 'Grofvuil', 'Grof huishoudelijk afval', 'Grofvuil ophalen', 'Grofvuil aanmelden',
            'Grofvuil laten ophalen', 'Grofvuil', 'Grofvuil laten ophalen', 'Grofvuil ophalen', 'Grofvuil'],
    intro='Grofvuil is afval dat te groot is voor de container, zoals meubels, matrassen en tapijt. U kunt grofvuil op afspraak laten ophalen of zelf wegbrengen naar de milieustraat.',
    voorw=['U zet het grofvuil op de afgesproken dag voor 7.30 uur aan de straat.', 'Maximaal 2 m³ per keer.'],
    kosten='Ophalen kost € 25,00 per keer.', termijn='Wij halen het grofvuil binnen 2 weken op.',
    form='Grofvuil aanmelden', pdf='Aanmeldformulier grofvuil', f=['Ophaaladres', 'Wat wilt u laten ophalen?'],
    obj='uw grofvuil'),
 'afvalcontainer': dict(sec='afval', aud='b',
    titles=['Afvalcontainer aanvragen of wijzigen', 'Minicontainers', 'Container aanvragen, ruilen of inleveren', 'Afvalcontainer aanvragen',
            'Extra of grotere container', 'Minicontainer aanvragen of omruilen', 'Afvalbak aanvragen of wijzigen', 'Afvalcontainer aanvragen',
            'Containers', 'Container aanvragen of omruilen'],
    intro='Heeft u een nieuwe, extra of andere container nodig? Of is uw container kapot of gestolen? Dan kunt u een container aanvragen of omruilen.',
    voorw=['U woont in een laagbouwwoning.'],
    kosten='Een extra container kost € 45,00 eenmalig.', termijn='U ontvangt de container binnen 3 weken.',
    form='Container aanvragen of wijzigen', pdf='Formulier containers', f=['Soort container', 'Reden'],
    obj='een container'),
 'melding-openbare-ruimte': dict(sec='openbareruimte', aud='bo',
    titles=['Melding openbare ruimte', 'Melding doen', 'Melding openbare ruimte doen', 'Meldingen openbare ruimte', 'Openbare ruimte: melding doen',
            'Meldpunt openbare ruimte', 'Melding openbare ruimte', 'Melding openbare ruimte doen', 'Melden: kapotte lantaarnpaal, losse tegel of zwerfafval', 'Melding openbare ruimte'],
    intro='Ziet u een losse stoeptegel, een kapotte lantaarnpaal, zwerfafval of een overvolle prullenbak? Meld het ons, dan lossen wij het zo snel mogelijk op.',
    voorw=['De melding gaat over de openbare ruimte in de gemeente {gem}.'],
    kosten='Een melding doen is gratis.', termijn='Wij handelen de meeste meldingen binnen 5 werkdagen af.',
    form='Melding openbare ruimte', pdf='Meldingsformulier openbare ruimte', f=['Soort melding', 'Locatie', 'Foto (upload)'],
    obj='uw melding'),
 'omgevingsvergunning': dict(sec='bouwen', aud='bo',
    titles=['Omgevingsvergunning aanvragen', 'Omgevingsvergunning', 'Omgevingsvergunning', 'Omgevingsvergunning aanvragen', 'Vergunning voor bouwen en verbouwen',
            'Omgevingsvergunning', 'Omgevingsvergunning aanvragen', 'Omgevingsvergunning', 'Bouwen en verbouwen: omgevingsvergunning', 'Omgevingsvergunning aanvragen'],
    intro='Wilt u bouwen, verbouwen, slopen of het gebruik van een gebouw veranderen? Dan heeft u misschien een omgevingsvergunning nodig.',
    voorw=['Uw plan past in het omgevingsplan, of u vraagt een afwijking aan.'],
    kosten='De kosten hangen af van de bouwkosten; zie de legesverordening.', termijn='Reguliere procedure: 8 weken.',
    form='Omgevingsvergunning aanvragen', pdf='', f=[], obj='een omgevingsvergunning'),
 'kapvergunning': dict(sec='bouwen', aud='bo',
    titles=['Kapvergunning aanvragen', 'Boom kappen', 'Bomen kappen', 'Kapvergunning', 'Boom kappen (kapvergunning)',
            'Bomen', 'Kapvergunning aanvragen', 'Kapvergunning', 'Boom kappen', 'Kapvergunning aanvragen'],
    intro='Wilt u een boom kappen? Voor sommige bomen heeft u een omgevingsvergunning voor het kappen nodig, bijvoorbeeld als de boom dikker is dan 20 centimeter.',
    voorw=['De boom staat op uw eigen grond.', 'De stamomtrek op 1,30 meter hoogte is meer dan 60 centimeter.'],
    kosten='Een kapvergunning kost € 78,50.', termijn='Wij beslissen binnen 8 weken.',
    form='Kapvergunning aanvragen', pdf='Aanvraagformulier kapvergunning', f=['Locatie boom', 'Soort boom', 'Reden'],
    obj='een kapvergunning'),
 'bouwdossier-inzage': dict(sec='bouwen', aud='bo',
    titles=['Bouwdossier inzien', 'Bouwtekeningen opvragen', 'Bouwdossier opvragen', 'Bouwtekening opvragen of inzien', 'Bouwarchief',
            'Bouwdossier inzien', 'Inzage bouwdossier', 'Bouwtekeningen opvragen', 'Bouwdossier of bouwtekening bekijken', 'Bouwdossier inzien'],
    intro='Wilt u de bouwtekeningen of vergunningen van een pand bekijken? In het bouwarchief bewaren wij de bouwdossiers van alle panden in de gemeente.',
    voorw=['Iedereen mag een bouwdossier inzien. Voor sommige stukken geldt een beperking.'],
    kosten='Inzien is gratis. Digitale kopieën kosten € 12,50 per dossier.', termijn='U krijgt binnen 10 werkdagen bericht.',
    form='Bouwdossier opvragen', pdf='Aanvraagformulier inzage bouwdossier', f=['Adres van het pand', 'Welke stukken zoekt u?'],
    obj='een bouwdossier'),
 'bezwaar': dict(sec='bestuur', aud='bo',
    titles=['Bezwaar maken', 'Bezwaar maken tegen een besluit', 'Bezwaar en beroep', 'Bezwaar maken', 'Bezwaar maken tegen gemeentelijk besluit',
            'Bezwaar', 'Bezwaar maken', 'Bezwaar indienen', 'Bezwaar maken', 'Bezwaar maken tegen een besluit'],
    intro='Bent u het niet eens met een besluit van de gemeente? Dan kunt u binnen 6 weken na de datum van het besluit bezwaar maken.',
    voorw=['U bent belanghebbende bij het besluit.', 'U dient het bezwaar in binnen 6 weken.'],
    kosten='Bezwaar maken is gratis.', termijn='Wij beslissen binnen 12 weken.',
    form='Bezwaarschrift indienen', pdf='Bezwaarformulier', f=['Datum en kenmerk besluit', 'Waarom bent u het er niet mee eens?'],
    obj='uw bezwaar'),
 'klacht': dict(sec='bestuur', aud='bo',
    titles=['Klacht indienen', 'Klacht over de gemeente', 'Klacht indienen', 'Klacht over de gemeentelijke organisatie', 'Klacht indienen',
            'Klachten', 'Klacht tegen ambtelijk optreden', 'Klacht indienen', 'Klacht over de gemeente indienen', 'Klacht indienen'],
    intro='Bent u niet tevreden over hoe een medewerker of bestuurder van de gemeente u heeft behandeld? Dan kunt u een klacht indienen.',
    voorw=['De klacht gaat over een gedraging van de gemeente, niet over een besluit.'],
    kosten='Een klacht indienen is gratis.', termijn='U krijgt binnen 6 weken een reactie.',
    form='Klacht indienen', pdf='Klachtenformulier', f=['Waar gaat uw klacht over?', 'Datum van het voorval'],
    obj='uw klacht'),
 'woo-verzoek': dict(sec='bestuur', aud='bo',
    titles=['Woo-verzoek indienen', 'Informatieverzoek (Woo)', 'Woo-verzoek', 'Woo-verzoek indienen', 'Verzoek openbaarmaking informatie (Woo)',
            'Wet open overheid (Woo): informatie opvragen', 'Woo-verzoek indienen', 'Woo-verzoek', 'Informatie opvragen (Woo-verzoek)', 'Woo-verzoek indienen'],
    intro='Op grond van de Wet open overheid (Woo) kunt u de gemeente vragen om informatie openbaar te maken. Dit heette vroeger een Wob-verzoek.',
    voorw=['Omschrijf zo precies mogelijk over welk onderwerp u informatie wilt.'],
    kosten='Een Woo-verzoek is gratis.', termijn='Wij beslissen binnen 4 weken; deze termijn kan met 2 weken worden verlengd.',
    form='Woo-verzoek indienen', pdf='Formulier Woo-verzoek', f=['Onderwerp', 'Periode', 'Gewenste vorm'],
    obj='uw Woo-verzoek'),
 'subsidie': dict(sec='bestuur', aud='bo',
    titles=['Subsidie aanvragen', 'Subsidies', 'Subsidie aanvragen', 'Subsidie algemeen', 'Subsidie aanvragen',
            'Subsidie aanvragen voor uw vereniging', 'Subsidie aanvragen', 'Subsidie aanvragen', 'Eenmalige of jaarlijkse subsidie', 'Subsidie aanvragen'],
    intro='Organiseert u een activiteit die goed is voor de inwoners van {gem}? Of is uw vereniging of stichting actief in de gemeente? Dan kunt u misschien subsidie aanvragen.',
    voorw=['U bent een vereniging, stichting of inwonersinitiatief.', 'De activiteit vindt plaats in de gemeente {gem}.'],
    kosten='Aanvragen is gratis.', termijn='Wij beslissen binnen 8 weken; jaarlijkse subsidie vraagt u aan voor 1 oktober.',
    form='Subsidie aanvragen', pdf='Aanvraagformulier subsidie', f=['Naam organisatie', 'Omschrijving activiteit', 'Begroting (upload)'],
    obj='subsidie'),
 'evenementenvergunning': dict(sec='vergunningen', aud='bo',
    titles=['Evenementenvergunning aanvragen', 'Evenementenvergunning', 'Evenement organiseren', 'Evenementenvergunning aanvragen', 'Evenementenvergunning',
            'Evenement organiseren: vergunning aanvragen', 'Evenementenvergunning', 'Evenementenvergunning aanvragen', 'Evenementenvergunning', 'Evenementenvergunning aanvragen'],
    intro='Organiseert u een evenement, zoals een braderie, festival of sportwedstrijd, op een openbare plek? Dan heeft u meestal een evenementenvergunning nodig.',
    voorw=['U vraagt de vergunning minimaal 8 weken voor het evenement aan; bij grote evenementen 12 weken.'],
    kosten='Een evenementenvergunning kost € 139,00.', termijn='Wij beslissen binnen 8 weken.',
    form='Evenementenvergunning aanvragen', pdf='Aanvraagformulier evenementenvergunning', f=['Naam evenement', 'Datum en tijden', 'Locatie', 'Verwacht aantal bezoekers'],
    obj='een evenementenvergunning'),
 'exploitatievergunning-horeca': dict(sec='ondernemen', aud='o',
    titles=['Exploitatievergunning horeca', 'Horeca, exploitatievergunning', 'Exploitatievergunning aanvragen', 'Exploitatievergunning horeca aanvragen',
            'Exploitatievergunning', 'Horecavergunning', 'Exploitatievergunning horecabedrijf', 'Exploitatievergunning', 'Exploitatievergunning horeca', 'Exploitatievergunning'],
    intro='Wilt u een horecabedrijf beginnen of overnemen, zoals een café, restaurant of cafetaria? Dan heeft u een exploitatievergunning nodig.',
    voorw=['U voldoet aan de eisen van de Wet Bibob.', 'Het bestemmingsplan staat horeca toe op deze plek.'],
    kosten='Een exploitatievergunning kost € 265,00.', termijn='Wij beslissen binnen 8 weken.',
    form='Exploitatievergunning aanvragen', pdf='Aanvraagformulier exploitatievergunning', f=['Naam horecazaak', 'KvK-nummer', 'Openingstijden'],
    obj='een exploitatievergunning'),
 'alcoholvergunning': dict(sec='ondernemen', aud='o',
    titles=['Alcoholvergunning aanvragen', 'Alcoholvergunning', 'Drank- en horecavergunning (Alcoholwet)', 'Alcoholvergunning aanvragen',
            'Alcohol schenken en verkopen', 'Alcoholvergunning', 'Alcoholwetvergunning', 'Alcoholvergunning', 'Alcoholvergunning', 'Alcoholvergunning aanvragen'],
    intro='Wilt u in uw horecazaak of slijterij alcohol verkopen of schenken? Dan heeft u een vergunning op grond van de Alcoholwet nodig.',
    voorw=['De leidinggevenden hebben een Verklaring Sociale Hygiëne.', 'De inrichting voldoet aan de eisen van de Alcoholwet.'],
    kosten='Een alcoholvergunning kost € 330,00.', termijn='Wij beslissen binnen 8 weken.',
    form='Alcoholvergunning aanvragen', pdf='Aanvraagformulier alcoholvergunning', f=['Naam inrichting', 'Leidinggevenden', 'Verklaring Sociale Hygiëne (upload)'],
    obj='een alcoholvergunning'),
 'terrasvergunning': dict(sec='ondernemen', aud='o',
    titles=['Terrasvergunning', 'Terrasvergunning aanvragen', 'Terras', 'Terrasvergunning', 'Terrasvergunning aanvragen',
            'Horecaterras', 'Terrasvergunning', 'Terrasvergunning aanvragen', 'Terrasvergunning', 'Terrasvergunning'],
    intro='Wilt u bij uw horecazaak een terras plaatsen op de stoep of het plein? Dan heeft u een terrasvergunning nodig.',
    voorw=['U heeft een exploitatievergunning.', 'Er blijft minimaal 1,5 meter vrije doorgang.'],
    kosten='Een terrasvergunning kost € 120,00 plus precariobelasting.', termijn='Wij beslissen binnen 8 weken.',
    form='Terrasvergunning aanvragen', pdf='Aanvraagformulier terrasvergunning', f=['Naam horecazaak', 'Afmetingen terras', 'Situatietekening (upload)'],
    obj='een terrasvergunning'),
 'standplaatsvergunning': dict(sec='ondernemen', aud='o',
    titles=['Standplaatsvergunning aanvragen', 'Standplaats, aanvragen', 'Standplaatsvergunning', 'Standplaats aanvragen', 'Standplaatsvergunning',
            'Standplaats innemen', 'Standplaatsvergunning', 'Standplaatsvergunning aanvragen', 'Standplaats aanvragen', 'Standplaatsvergunning'],
    intro='Wilt u buiten de markt met een kraam, foodtruck of verkoopwagen op een vaste plek staan? Dan heeft u een standplaatsvergunning nodig.',
    voorw=['Er is een vrije standplaats op de gewenste plek en dag.'],
    kosten='Een standplaatsvergunning kost € 68,00 per jaar.', termijn='Wij beslissen binnen 8 weken.',
    form='Standplaatsvergunning aanvragen', pdf='Aanvraagformulier standplaatsvergunning', f=['Gewenste locatie', 'Dag(en)', 'Wat verkoopt u?'],
    obj='een standplaatsvergunning'),
 'marktvergunning': dict(sec='ondernemen', aud='o',
    titles=['Marktvergunning', 'Marktplaats aanvragen', 'Weekmarkt: standplaats op de markt', 'Marktvergunning aanvragen', 'Weekmarkt',
            'Marktstandplaatsvergunning', 'Markt', 'Marktvergunning', 'Weekmarktvergunning', 'Marktvergunning'],
    intro='Wilt u een kraam op de weekmarkt? Dan heeft u een marktvergunning nodig. Vaste plaatsen worden uitgegeven via de wachtlijst.',
    voorw=['U staat ingeschreven bij de Kamer van Koophandel.'],
    kosten='Het marktgeld is € 1,45 per strekkende meter.', termijn='Vaste plaatsen: via de wachtlijst.',
    form='Marktvergunning aanvragen', pdf='Inschrijfformulier weekmarkt', f=['Branche', 'Lengte kraam'],
    obj='een marktplaats'),
 'reclamebelasting': dict(sec='ondernemen', aud='o',
    titles=['Reclamebelasting', 'Reclamebelasting', 'Reclame en reclamebelasting', 'Reclamebelasting', 'Reclame-uitingen en reclamebelasting',
            'Reclamebelasting', 'Reclamebelasting', 'Reclamebelasting', 'Reclamebelasting', 'Reclamebelasting'],
    intro='Heeft u als ondernemer reclame op of aan uw pand die vanaf de openbare weg zichtbaar is? Dan betaalt u in sommige gebieden reclamebelasting.',
    voorw=['De reclame is zichtbaar vanaf de openbare weg.'],
    kosten='Het tarief hangt af van de oppervlakte van de reclame.', termijn='U krijgt eenmaal per jaar een aanslag.',
    form='Aangifte reclamebelasting', pdf='Aangifteformulier reclamebelasting', f=['Adres pand', 'Oppervlakte reclame'],
    obj='reclamebelasting'),
 'geluidsontheffing': dict(sec='vergunningen', aud='bo',
    titles=['Geluidsontheffing aanvragen', 'Ontheffing geluidhinder', 'Geluidhinder, ontheffing', 'Ontheffing geluid', 'Geluidsontheffing',
            'Ontheffing geluidshinder', 'Geluidsontheffing aanvragen', 'Ontheffing geluid aanvragen', 'Geluidhinder, aanvraag om ontheffing', 'Geluidsontheffing'],
    intro='Organiseert u een feest met muziek, of voert u buiten de normale tijden lawaaiige werkzaamheden uit? Dan heeft u misschien een ontheffing voor geluid nodig.',
    voorw=['U vraagt de ontheffing minimaal 4 weken van tevoren aan.'],
    kosten='Een geluidsontheffing kost € 52,00.', termijn='Wij beslissen binnen 4 weken.',
    form='Ontheffing geluid aanvragen', pdf='Aanvraagformulier ontheffing geluid', f=['Datum en tijden', 'Soort geluid', 'Locatie'],
    obj='een geluidsontheffing'),
 'winkeltijdenontheffing': dict(sec='ondernemen', aud='o',
    titles=['Ontheffing winkeltijden', 'Winkeltijden', 'Koopzondagen en winkeltijden, ontheffing', 'Ontheffing winkeltijden aanvragen',
            'Winkeltijdenwet, ontheffing', 'Openingstijden winkels', 'Ontheffing winkeltijden', 'Winkeltijden', 'Ontheffing Winkeltijdenwet', 'Winkeltijden: ontheffing'],
    intro='Wilt u uw winkel openen op zondag, een feestdag of na 22.00 uur? Dan heeft u soms een ontheffing van de winkeltijden nodig.',
    voorw=['U vraagt de ontheffing minimaal 4 weken van tevoren aan.'],
    kosten='Een ontheffing kost € 45,00.', termijn='Wij beslissen binnen 4 weken.',
    form='Ontheffing winkeltijden aanvragen', pdf='Aanvraagformulier ontheffing winkeltijden', f=['Naam winkel', 'Data'],
    obj='een ontheffing winkeltijden'),
 'kansspelautomaatvergunning': dict(sec='ondernemen', aud='o',
    titles=['Aanwezigheidsvergunning kansspelautomaten', 'Speelautomaten', 'Kansspelautomaten', 'Aanwezigheidsvergunning speelautomaten aanvragen',
            'Speelautomaten exploiteren', 'Kansspelautomaat, aanwezigheidsvergunning', 'Kansspelautomaten', 'Aanwezigheidsvergunning kansspelautomaten',
            'Speelautomaten in uw horecazaak', 'Aanwezigheidsvergunning kansspelautomaten'],
    intro='Wilt u in uw horecazaak een kansspelautomaat (fruitautomaat) plaatsen? Dan heeft u een aanwezigheidsvergunning nodig.',
    voorw=['U heeft een alcoholvergunning voor een horecalokaliteit.', 'Er staan maximaal 2 kansspelautomaten.'],
    kosten='De leges zijn € 56,50 per automaat per jaar.', termijn='Wij beslissen binnen 8 weken.',
    form='Aanwezigheidsvergunning kansspelautomaten', pdf='Aanvraagformulier aanwezigheidsvergunning kansspelautomaten', f=['Naam inrichting', 'Aantal automaten'],
    obj='een aanwezigheidsvergunning'),
 'collectevergunning': dict(sec='vergunningen', aud='bo',
    titles=['Collectevergunning aanvragen', 'Collecteren', 'Collectevergunning', 'Geld of goederen inzamelen', 'Collectevergunning aanvragen',
            'Geld inzamelen (collecte)', 'Collectevergunning', 'Collectevergunning aanvragen', 'Geld of spullen inzamelen voor een goed doel', 'Collectevergunning'],
    intro='Wilt u geld of goederen inzamelen voor een goed doel, bijvoorbeeld langs de deuren? Landelijke fondsen met een CBF-keurmerk volgen het collecterooster; voor andere collectes heeft u een vergunning nodig.',
    voorw=['De opbrengst gaat naar een goed doel.'],
    kosten='Een collectevergunning is gratis.', termijn='Wij beslissen binnen 4 weken.',
    form='Collectevergunning aanvragen', pdf='Aanvraagformulier collectevergunning', f=['Naam instelling', 'Doel collecte', 'Periode'],
    obj='een collectevergunning'),
 'ligplaatsvergunning': dict(sec='vergunningen', aud='bo',
    titles=['Ligplaatsvergunning aanvragen', 'Ligplaatsvergunning', 'Ligplaats boot of woonboot', 'Ligplaatsvergunning', 'Ligplaats (woon)boot of ander vaartuig, toestemming',
            'Ligplaatsvergunning woonboot', 'Ligplaatsvergunning', 'Ligplaatsvergunning aanvragen', 'Ligplaats voor uw boot', 'Ligplaatsvergunning'],
    intro='Wilt u met een woonboot, pleziervaartuig of bedrijfsvaartuig ligplaats innemen in openbaar water? Dan heeft u een ligplaatsvergunning nodig.',
    voorw=['Het vaartuig is in goede staat en verzekerd.'],
    kosten='Een ligplaatsvergunning kost € 95,00 per jaar.', termijn='Wij beslissen binnen 8 weken.',
    form='Ligplaatsvergunning aanvragen', pdf='Aanvraagformulier ligplaatsvergunning', f=['Naam en lengte vaartuig', 'Gewenste ligplaats'],
    obj='een ligplaatsvergunning'),
 'uitwegvergunning': dict(sec='bouwen', aud='bo',
    titles=['Uitweg of inrit aanvragen', 'Inrit of uitrit aanleggen', 'Uitrit aanleggen', 'Inrit of uitweg maken', 'Uitweg aanleggen of wijzigen',
            'Inrit/uitrit aanleggen', 'In- of uitritvergunning aanvragen', 'Uitwegvergunning', 'Inrit of uitrit aanleggen', 'Uitweg aanleggen'],
    intro='Wilt u een nieuwe inrit of uitrit naar uw perceel aanleggen, of een bestaande verbreden? Dan heeft u toestemming van de gemeente nodig.',
    voorw=['Er verdwijnt geen openbare parkeerplaats of boom.'],
    kosten='Een uitwegvergunning kost € 105,00.', termijn='Wij beslissen binnen 8 weken.',
    form='Uitweg aanvragen', pdf='Aanvraagformulier uitweg', f=['Adres', 'Breedte uitweg', 'Situatieschets (upload)'],
    obj='een uitweg'),
 'belastingaanslag-bezwaar': dict(sec='belastingen', aud='bo',
    titles=['Bezwaar tegen uw belastingaanslag', 'Bezwaar maken tegen de aanslag gemeentelijke belastingen', 'Gemeentelijke belastingen: bezwaar maken',
            'Bezwaar tegen de aanslag', 'Bezwaar belastingaanslag', 'Belastingen, bezwaar maken', 'Bezwaar aanslag gemeentelijke belastingen',
            'Bezwaar tegen een belastingaanslag', 'Bezwaar tegen uw aanslag', 'Bezwaar maken tegen de belastingaanslag'],
    intro='Bent u het niet eens met de aanslag gemeentelijke belastingen, bijvoorbeeld omdat het aantal personen of de afvalstoffenheffing niet klopt? Dan kunt u binnen 6 weken bezwaar maken.',
    voorw=['U maakt bezwaar binnen 6 weken na de dagtekening van de aanslag.'],
    kosten='Bezwaar maken is gratis.', termijn='U krijgt binnen 6 maanden een uitspraak.',
    form='Bezwaar tegen aanslag', pdf='Bezwaarformulier belastingaanslag', f=['Aanslagnummer', 'Belastingsoort', 'Motivering'],
    obj='uw bezwaar tegen de aanslag'),
 'betalingsregeling': dict(sec='belastingen', aud='bo',
    titles=['Betalingsregeling aanvragen', 'Betalingsregeling', 'Belastingen, betalingsregeling', 'Betalingsregeling gemeentelijke belastingen',
            'Betalingsregeling aanvragen', 'Betalingsregeling voor belastingen', 'Betaling regelen', 'Betalingsregeling aanvragen', 'Betalingsregeling', 'Betalingsregeling aanvragen'],
    intro='Kunt u de aanslag gemeentelijke belastingen niet in één keer betalen? Betaal dan met automatische incasso in termijnen, of vraag een betalingsregeling aan.',
    voorw=['U vraagt de regeling aan voor de vervaldatum van de aanslag.'],
    kosten='Een betalingsregeling is gratis.', termijn='U krijgt binnen 4 weken bericht.',
    form='Betalingsregeling aanvragen', pdf='Aanvraagformulier betalingsregeling', f=['Aanslagnummer', 'Voorgestelde termijnen'],
    obj='een betalingsregeling'),
}

OBJVERB = {
    'brp-uittreksel': ('een uittreksel', 'aanvragen'), 'verhuismelding': ('uw verhuizing', 'doorgeven'),
    'geboorteaangifte': ('de geboorte van uw kind', 'aangeven'), 'overlijdensaangifte': ('het overlijden', 'aangeven'),
    'huwelijksaangifte': ('uw voorgenomen huwelijk of partnerschap', 'melden'), 'paspoort': ('een paspoort', 'aanvragen'),
    'identiteitskaart': ('een identiteitskaart', 'aanvragen'), 'hondenbelasting': ('uw hond', 'aan- of afmelden'),
    'woz-bezwaar': ('bezwaar tegen de WOZ-waarde', 'maken'), 'wmo-voorziening': ('ondersteuning', 'aanvragen'),
    'grofvuil': ('uw grofvuil', 'aanmelden'), 'afvalcontainer': ('een container', 'aanvragen of omruilen'),
    'melding-openbare-ruimte': ('een melding', 'doen'), 'bouwdossier-inzage': ('een bouwdossier', 'opvragen'),
    'bezwaar': ('bezwaar', 'maken'), 'klacht': ('een klacht', 'indienen'), 'woo-verzoek': ('een Woo-verzoek', 'indienen'),
    'reclamebelasting': ('aangifte voor de reclamebelasting', 'doen'), 'belastingaanslag-bezwaar': ('bezwaar tegen de aanslag', 'maken'),
    'marktvergunning': ('een marktplaats', 'aanvragen'),
}
for _k, (_o, _v) in OBJVERB.items():
    PC[_k]['obj'] = _o
    PC[_k]['verb'] = _v
for _k in PC:
    PC[_k].setdefault('verb', 'aanvragen')

SIBLINGS = {
    'gehandicaptenparkeerkaart': 'gehandicaptenparkeerplaats', 'gehandicaptenparkeerplaats': 'gehandicaptenparkeerkaart',
    'paspoort': 'identiteitskaart', 'identiteitskaart': 'paspoort', 'bijstand': 'bijzondere-bijstand',
    'bijzondere-bijstand': 'bijstand', 'grofvuil': 'afvalcontainer', 'afvalcontainer': 'grofvuil',
    'exploitatievergunning-horeca': 'alcoholvergunning', 'alcoholvergunning': 'exploitatievergunning-horeca',
    'terrasvergunning': 'exploitatievergunning-horeca', 'standplaatsvergunning': 'marktvergunning',
    'marktvergunning': 'standplaatsvergunning', 'evenementenvergunning': 'geluidsontheffing',
    'geluidsontheffing': 'evenementenvergunning', 'woz-bezwaar': 'belastingaanslag-bezwaar',
    'belastingaanslag-bezwaar': 'woz-bezwaar', 'bezwaar': 'klacht', 'klacht': 'bezwaar',
    'belastingkwijtschelding': 'betalingsregeling', 'betalingsregeling': 'belastingkwijtschelding',
    'omgevingsvergunning': 'kapvergunning', 'kapvergunning': 'omgevingsvergunning', 'uitwegvergunning': 'omgevingsvergunning',
    'geboorteaangifte': 'huwelijksaangifte', 'huwelijksaangifte': 'geboorteaangifte', 'verhuismelding': 'brp-uittreksel',
    'brp-uittreksel': 'verhuismelding', 'hondenbelasting': 'belastingkwijtschelding', 'collectevergunning': 'evenementenvergunning',
    'kansspelautomaatvergunning': 'alcoholvergunning', 'ligplaatsvergunning': 'evenementenvergunning',
    'leerlingenvervoer': 'wmo-voorziening', 'wmo-voorziening': 'gehandicaptenparkeerkaart', 'parkeervergunning': 'gehandicaptenparkeerkaart',
    'melding-openbare-ruimte': 'grofvuil', 'bouwdossier-inzage': 'omgevingsvergunning', 'woo-verzoek': 'klacht',
    'subsidie': 'evenementenvergunning', 'reclamebelasting': 'standplaatsvergunning', 'winkeltijdenontheffing': 'standplaatsvergunning',
    'overlijdensaangifte': 'geboorteaangifte',
}

BURGER_FIELDS = ['Voorletters', 'Achternaam', 'Geboortedatum', 'Straat en huisnummer', 'Postcode', 'Woonplaats',
                 'Telefoonnummer', 'E-mailadres']
SHORT_FIELDS = ['Naam', 'E-mailadres', 'Telefoonnummer']
SHORT_FORM_PRODUCTS = ('melding-openbare-ruimte', 'klacht', 'bouwdossier-inzage', 'woo-verzoek', 'grofvuil', 'afvalcontainer')
BEDRIJF_FIELDS = ['Naam bedrijf of organisatie', 'KvK-nummer', 'Contactpersoon', 'Adres', 'Telefoonnummer', 'E-mailadres']


# ----------------------------------------------------------------------------------------
# small html helpers, shared assets
# ----------------------------------------------------------------------------------------

DIGID_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="46" height="46" viewBox="0 0 46 46">'
             '<rect width="46" height="46" rx="6" fill="#000"/><text x="5" y="29" font-family="Arial" '
             'font-size="14" fill="#fff">DigiD</text></svg>\n')
EH_SVG = ('<svg xmlns="http://www.w3.org/2000/svg" width="120" height="32" viewBox="0 0 120 32">'
          '<rect width="120" height="32" fill="#fff"/><text x="4" y="21" font-family="Arial" font-size="13" '
          'fill="#e4007d">eHerkenning</text></svg>\n')
CSS = 'body{font-family:Arial,sans-serif;margin:0}main{max-width:52rem;margin:1rem auto}.btn{display:inline-block;padding:.5rem 1rem;background:#1d5a9a;color:#fff}\n'


def assets(host):
    WEB.put('http://%s/static/img/digid.svg' % host, DIGID_SVG)
    WEB.put('http://%s/static/img/eherkenning.svg' % host, EH_SVG)
    WEB.put('http://%s/static/css/main.css' % host, CSS)


def ul(items):
    return '<ul>' + ''.join('<li>%s</li>' % i for i in items) + '</ul>'


def a(url, text, cls=None, extra=''):
    c = ' class="%s"' % cls if cls else ''
    return '<a href="%s"%s%s>%s</a>' % (esc(url), c, extra, esc(text))


def fields_html(fields, style='plain'):
    out = []
    for i, f in enumerate(fields):
        fid = 'veld%d' % (i + 1)
        req = i < 3
        lab = esc(f) + (' *' if req else '')
        if 'upload' in f.lower():
            inp = '<input type="file" id="%s" name="%s">' % (fid, fid)
        elif f.startswith('Waar') or f.startswith('Waarom') or f.startswith('Motivering') or f.startswith('Omschrijving'):
            inp = '<textarea id="%s" name="%s" rows="4"></textarea>' % (fid, fid)
        else:
            inp = '<input type="text" id="%s" name="%s"%s>' % (fid, fid, ' required' if req else '')
        if style == 'gravity':
            out.append('<li id="field_%s" class="gfield"><label class="gfield_label" for="%s">%s</label>'
                       '<div class="ginput_container">%s</div></li>' % (fid, fid, lab, inp))
        elif style == 'triple':
            out.append('<tr><td><label for="%s">%s</label></td><td>%s</td></tr>' % (fid, lab, inp))
        else:
            out.append('<div class="form-field"><label for="%s">%s</label>%s</div>' % (fid, lab, inp))
    if style == 'gravity':
        return '<ul class="gform_fields">' + ''.join(out) + '</ul>'
    if style == 'triple':
        return '<table class="tef-table">' + ''.join(out) + '</table>'
    return ''.join(out)


def simple_doc(title, body, lang='nl', head_extra='', html_class='', css='/static/css/main.css'):
    hc = ' class="%s"' % html_class if html_class else ''
    return ('<!DOCTYPE html>\n<html lang="%s"%s>\n<head>\n<meta charset="utf-8">\n<title>%s</title>\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<link rel="stylesheet" href="%s">%s\n</head>\n<body>\n%s\n</body>\n</html>\n'
            % (lang, hc, esc(title), css, head_extra, body))


# ----------------------------------------------------------------------------------------
# identity providers, MijnOverheid, Omgevingsloket and other national hosts
# ----------------------------------------------------------------------------------------

def build_national():
    h = 'digid.test'
    assets(h)
    WEB.put('http://digid.test/', simple_doc('DigiD', '<header><img src="/static/img/digid.svg" alt="DigiD"></header><main><h1>DigiD</h1>'
            '<p>Met DigiD logt u veilig in bij de overheid, zorgverzekeraars en pensioenfondsen.</p>'
            '<p>%s</p><p>%s</p></main>' % (a('http://digid.test/aanvragen', 'DigiD aanvragen'), a('http://digid.test/over-digid', 'Over DigiD'))))
    WEB.put('http://digid.test/aanvragen', simple_doc('DigiD aanvragen', '<main><h1>DigiD aanvragen</h1><p>Vraag uw DigiD aan. U ontvangt binnen 3 werkdagen een activeringscode per post.</p>'
            '<p>%s</p></main>' % a('http://digid.test/', 'Terug naar DigiD')))
    WEB.put('http://digid.test/over-digid', simple_doc('Over DigiD', '<main><h1>Over DigiD</h1><p>DigiD is uw digitale identiteit. Overheidsorganisaties gebruiken DigiD om te weten wie u bent.</p>'
            '<p>%s</p></main>' % a('http://digid.test/aanvragen', 'DigiD aanvragen')))
    WEB.put('http://digid.test/saml/idp/request_authentication', simple_doc(
        'Inloggen - DigiD',
        '<header><img src="/static/img/digid.svg" alt="DigiD logo"></header><main><h1>Inloggen bij DigiD</h1>'
        '<p>Een organisatie vraagt u om in te loggen met DigiD.</p>'
        '<h2>Kies uw inlogmethode</h2><p><a href="/app/inloggen">Inloggen met de DigiD app</a></p>'
        '<form method="post" action="/saml/idp/request_authentication"><label for="u">DigiD gebruikersnaam</label>'
        '<input id="u" name="username" type="text"><label for="p">Wachtwoord</label><input id="p" name="password" type="password">'
        '<button type="submit">Inloggen</button></form><p><a href="/saml/idp/request_logout">Annuleren</a></p>'
        '<p>%s</p></main>' % a('http://digid.test/aanvragen', 'Nog geen DigiD? Vraag DigiD aan')))
    WEB.put('http://digid.test/app/inloggen', simple_doc('DigiD app', '<main><h1>Inloggen met de DigiD app</h1><p>Scan de QR-code met de DigiD app.</p><p><a href="/saml/idp/request_logout">Annuleren</a></p></main>'))
    WEB.put('http://digid.test/saml/idp/request_logout', simple_doc('Geannuleerd - DigiD', '<main><h1>U heeft het inloggen geannuleerd</h1><p>%s</p></main>' % a('http://digid.test/', 'Naar DigiD')))
    h = 'inloggen.eherkenning.test'
    assets(h)
    WEB.put('http://inloggen.eherkenning.test/broker/select', simple_doc(
        'eHerkenning - kies uw leverancier',
        '<header><img src="/static/img/eherkenning.svg" alt="eHerkenning"></header><main><h1>Inloggen met eHerkenning</h1>'
        '<p>Selecteer de leverancier van uw inlogmiddel.</p><form method="post" action="/broker/select"><select name="idp">'
        '<option>KPN</option><option>Signicat</option><option>Z login</option><option>Ubiqu</option></select>'
        '<button type="submit">Verder</button></form><p>Betrouwbaarheidsniveau: EH2+</p></main>'))
    WEB.put('http://inloggen.eherkenning.test/eidas/select', simple_doc(
        'Europees inloggen (eIDAS)', '<main><h1>Inloggen met een Europees erkend inlogmiddel (eIDAS)</h1>'
        '<p>Kies het land van uw inlogmiddel.</p><form method="post" action="/eidas/select"><select name="land"><option>Belgi\u00eb</option><option>Duitsland</option></select>'
        '<button type="submit">Verder</button></form></main>'))
    h = 'mijn.overheid.test'
    assets(h)
    login_start('http://mijn.overheid.test/inloggen')
    WEB.put('http://mijn.overheid.test/', simple_doc('MijnOverheid', '<main><h1>MijnOverheid</h1><p>Op MijnOverheid vindt u uw berichten van de overheid in de Berichtenbox, uw persoonlijke gegevens en uw lopende zaken.</p>'
            '<p><a class="btn" href="/inloggen"><img src="/static/img/digid.svg" alt="DigiD"> Inloggen met DigiD</a></p></main>'))
    # Omgevingsloket
    h = 'omgevingswet.overheid.test'
    assets(h)
    login_start('http://omgevingswet.overheid.test/aanvragen/inloggen/digid')
    login_start('http://omgevingswet.overheid.test/aanvragen/inloggen/eherkenning', 'eherkenning')
    login_start('http://omgevingswet.overheid.test/mijn-omgevingsloket/inloggen')
    nav = ('<nav><a href="/">Home</a> | <a href="/vergunningcheck">Vergunningcheck</a> | <a href="/aanvragen">Aanvragen</a> | '
           '<a href="/mijn-omgevingsloket/inloggen">Inloggen Mijn Omgevingsloket</a></nav>')
    WEB.put('http://omgevingswet.overheid.test/', simple_doc('Omgevingsloket', nav + '<main><h1>Omgevingsloket</h1><p>Wilt u bouwen, verbouwen, een boom kappen of een uitrit aanleggen? In het Omgevingsloket checkt u of u een vergunning nodig heeft, en vraagt u deze aan of doet u een melding.</p>'
            '<ul><li><a href="/vergunningcheck">Vergunningcheck doen</a></li><li><a href="/aanvragen">Aanvraag of melding indienen</a></li></ul></main>'))
    WEB.put('http://omgevingswet.overheid.test/vergunningcheck', simple_doc('Vergunningcheck - Omgevingsloket', nav + '<main><h1>Vergunningcheck</h1>'
            '<p>Check of u een vergunning nodig heeft. Deze check is geen aanvraag: het resultaat is alleen informatie.</p>'
            '<form method="get" action="/vergunningcheck-resultaat"><label for="loc">Adres of locatie</label><input id="loc" name="locatie" type="text">'
            '<label for="act">Wat wilt u doen?</label><input id="act" name="activiteit" type="text"><button type="submit">Start de check</button></form></main>'))
    WEB.put('http://omgevingswet.overheid.test/vergunningcheck-resultaat', simple_doc('Resultaat vergunningcheck', nav + '<main><h1>Resultaat</h1><p>U heeft waarschijnlijk een vergunning nodig. <a href="/aanvragen">Vraag de vergunning aan</a>.</p></main>'))
    WEB.put('http://omgevingswet.overheid.test/aanvragen', simple_doc('Aanvragen - Omgevingsloket', nav + '<main><h1>Aanvraag of melding indienen</h1>'
            '<p>U dient een aanvraag voor een omgevingsvergunning in bij het Omgevingsloket. De aanvraag komt automatisch bij de juiste gemeente, provincie of waterschap.</p>'
            '<p>Na het inloggen haalt het Omgevingsloket uw gegevens op uit de basisregistraties: uw naam, adres en BSN (of de gegevens van uw bedrijf uit het Handelsregister) zijn dan al ingevuld.</p>'
            '<p><a class="btn" href="/aanvragen/inloggen/digid"><img src="/static/img/digid.svg" alt=""> Inloggen met DigiD</a> (particulieren)</p>'
            '<p><a class="btn" href="/aanvragen/inloggen/eherkenning"><img src="/static/img/eherkenning.svg" alt=""> Inloggen met eHerkenning</a> (bedrijven)</p></main>'))
    # national pages used as traps / delegations
    h = 'www.buitenbeter.test'
    assets(h)
    WEB.put('http://www.buitenbeter.test/', simple_doc('BuitenBeter app', '<main><h1>BuitenBeter</h1><p>Met de gratis app BuitenBeter meldt u problemen in de openbare ruimte met een foto en uw locatie.</p><p>Download de app in de App Store of Google Play.</p></main>'))


# ----------------------------------------------------------------------------------------
# routes and form platforms
# ----------------------------------------------------------------------------------------

class Route:
    def __init__(self, level, entry='', route='', via='', signals=(), strict=None, cta='', how='', note='',
                 mode='', form_title=''):
        self.level = level
        self.entry = entry
        self.route = route
        self.via = via
        self.signals = list(signals)
        self.strict = strict if strict is not None else (67 if level == 100 else level)
        self.cta = cta
        self.how = how
        self.note = note
        self.mode = mode
        self.form_title = form_title


def js_render(target_id, inner_html):
    s = json.dumps(inner_html, ensure_ascii=False).replace('</', '<\\/')
    return '<script>\ndocument.getElementById(%s).innerHTML = %s;\n</script>' % (json.dumps(target_id), s)


class FormHost:
    """An e-form platform on its own host (or a path of a site)."""

    def __init__(self, host, org, style, tenant='', site=None):
        self.host = host
        self.org = org
        self.style = style
        self.tenant = tenant
        self.site = site
        self.forms = []      # (title, entry_url, mode, pk)
        assets(host)

    def U(self, path):
        return 'http://%s%s' % (self.host, path)

    # ---- look and feel ----
    def shell(self, title, body, js=False):
        st = self.style
        if st == 'openforms':
            head = ('<link rel="stylesheet" href="/static/sdk/open-forms-sdk.css">'
                    '<script type="module" src="/static/sdk/open-forms-sdk.mjs"></script>')
            return simple_doc(title + ' - ' + self.org, '<div class="utrecht-page">' + body + '</div>', head_extra=head,
                              html_class='openforms-theme utrecht-document')
        if st == 'mendix':
            head = ('<script>dojoConfig = {isDebug: false, useCustomLogger: true, cacheBust: "20240312"};</script>'
                    '<script src="/mxclientsystem/mxui/mxui.js"></script>')
            return simple_doc(title + ' | eFormulieren ' + self.org, body, head_extra=head, html_class='mx-app')
        if st == 'gravity':
            hdr = '<header class="site-header"><a href="/">Mijn %s</a></header>' % esc(self.org.replace('Gemeente ', ''))
            return simple_doc(title + ' - Mijn ' + self.org, hdr + '<main class="owc-main">' + body + '</main>',
                              head_extra='<link rel="stylesheet" href="/wp-content/plugins/gravityforms/css/formsmain.min.css">')
        if st == 'triple':
            return simple_doc(title, '<div id="TriplEforms"><div class="tef-header">%s - Direct regelen</div>%s</div>' % (esc(self.org), body))
        if st == 'formdesk':
            return simple_doc(title + ' - Formdesk', '<div class="fd-container">%s<p class="fd-powered">Powered by Formdesk</p></div>' % body)
        if st == 'topdesk':
            return simple_doc(title + ' - Selfservice', '<div id="ssp-app" class="topdesk-ssp"><header>%s - Meldingen</header>%s</div>' % (esc(self.org), body))
        if st == 'eloket':
            return simple_doc(title + ' - e-loket ' + self.org, '<div id="formulierenserver"><header class="fs-header">e-loket %s</header>%s'
                              '<footer><a href="/eloket/">Alle formulieren</a></footer></div>' % (esc(self.org), body))
        if st == 'digitaalloket':
            return simple_doc(title + ' - Digitaal Loket ' + self.org, '<div class="loket"><header><a href="/Loket/">Digitaal Loket %s</a></header>%s</div>'
                              % (esc(self.org), body))
        if st == 'eformget':
            return simple_doc(title + ' - eFormulieren', '<div class="eform"><header>eFormulieren %s</header>%s</div>' % (esc(self.org), body))
        if st in ('sameform', 'loketmulti'):
            return getattr(self.site, 'form_shell', self.site.shell)(title, body, [('Formulieren', None)])
        return simple_doc(title + ' - ' + self.org, '<header><a href="/">%s</a></header><main>%s</main>' % (esc(self.org), body))

    # ---- urls ----
    def paths(self, slug):
        st = self.style
        if st == 'openforms':
            return dict(start='/%s/' % slug, digid='/auth/%s/digid/start' % slug, eh='/auth/%s/eherkenning/start' % slug,
                        eidas='/auth/%s/eidas/start' % slug,
                        anon='/%s/stap/uw-gegevens' % slug, step2='/%s/stap/overzicht' % slug, done='/%s/bevestiging' % slug)
        if st == 'gravity':
            return dict(start='/%s/' % slug, digid='/digid-login/%s/' % slug, eh='/eherkenning-login/%s/' % slug,
                        anon='/%s/' % slug, step2='/%s/bevestiging/' % slug, done='/%s/bedankt/' % slug)
        if st == 'triple':
            name = camel(slug)
            base = '/TriplEforms/DirectRegelen/formulier/nl-NL/ev%s/%s.aspx' % (self.tenant, name)
            return dict(start=base, digid='/TriplEforms/DirectRegelen/Auth/%s/DigiD.aspx' % name,
                        eh='/TriplEforms/DirectRegelen/Auth/%s/eHerkenning.aspx' % name,
                        anon=base + '?stap=1', step2=base + '?stap=2', done=base + '?stap=verzonden')
        if st == 'formdesk':
            base = '/%s/%s' % (self.tenant, slug)
            return dict(start=base, digid='/%s/login/digid/%s' % (self.tenant, slug), eh='/%s/login/eherkenning/%s' % (self.tenant, slug),
                        anon=base + '?page=1', step2=base + '?page=2', done=base + '?page=verzonden')
        if st == 'mendix':
            return dict(start='/link/%s' % slug, digid='/SSO/login/digid/%s' % slug, eh='/SSO/login/eherkenning/%s' % slug,
                        anon='/p/%s/formulier' % slug, step2='/p/%s/controle' % slug, done='/p/%s/verzonden' % slug)
        if st == 'topdesk':
            unid = hx('topdesk' + slug, 32)
            base = '/tas/public/ssp/content/serviceflow?unid=%s' % unid
            return dict(start=base, anon=base, step2=base + '&stap=2', done=base + '&stap=verzonden')
        if st == 'eloket':
            code = camel(slug)
            base = '/eloket/formulier/%s' % code
            return dict(start=base, digid='/eloket/auth/%s/digid' % code, eh='/eloket/auth/%s/eherkenning' % code,
                        anon=base + '?stap=1', step2=base + '?stap=2', done=base + '?stap=verzonden', code=code)
        if st == 'sameform':
            return dict(start='/formulieren/%s' % slug, digid='/formulieren/inloggen/%s/digid' % slug,
                        eh='/formulieren/inloggen/%s/eherkenning' % slug, eidas='/formulieren/inloggen/%s/eidas' % slug,
                        anon='/formulieren/stap/%s/1' % slug, step2='/formulieren/stap/%s/2' % slug, done='/formulieren/stap/%s/verzonden' % slug)
        if st == 'eformget':
            name = camel(slug)
            return dict(start='/eFormulier/start?formulier=%s' % name, digid='/eFormulier/auth/%s/digid' % name,
                        eh='/eFormulier/auth/%s/eherkenning' % name, anon='/eFormulier/invullen?formulier=%s' % name,
                        step2='/eFormulier/invullen?formulier=%s&stap=2' % name, done='/eFormulier/invullen?formulier=%s&stap=verzonden' % name,
                        code=name)
        if st == 'loketmulti':
            return dict(pre='/aanvragen/%s/' % slug, start='/aanvragen/%s/start?stap=1' % slug, digid='/aanvragen/%s/digid' % slug,
                        eh='/aanvragen/%s/eherkenning' % slug, anon='/aanvragen/%s/formulier' % slug,
                        step2='/aanvragen/%s/controle' % slug, done='/aanvragen/%s/verzonden' % slug)
        if st == 'digitaalloket':
            hexid = hx('loket' + slug, 32)
            return dict(start='/Loket/product/%s' % hexid, digid='/Loket/auth/%s/digid' % hexid, eh='/Loket/auth/%s/eherkenning' % hexid,
                        anon='/Loket/formulier/%s' % hexid, step2='/Loket/formulier/%s?stap=2' % hexid, done='/Loket/formulier/%s?stap=verzonden' % hexid)
        # generic (bodies)
        return dict(start='/%s/' % slug, digid='/inloggen/%s/digid' % slug, eh='/inloggen/%s/eherkenning' % slug,
                    anon='/%s/formulier' % slug, step2='/%s/controle' % slug, done='/%s/verzonden' % slug)

    # ---- pages ----
    def login_buttons(self, p, providers, anon_url, title):
        st = self.style
        out = []
        for prov in providers:
            url = self.U(p[prov])
            label = {'digid': 'Inloggen met DigiD', 'eh': 'Inloggen met eHerkenning', 'eidas': 'Inloggen met eIDAS (Europees inlogmiddel)'}[prov]
            img = {'digid': '/static/img/digid.svg', 'eh': '/static/img/eherkenning.svg', 'eidas': '/static/img/eherkenning.svg'}[prov]
            if st == 'gravity':
                out.append('<p><a class="owc-%s-button" href="%s"><img src="%s" alt="%s"></a></p>' % (prov, esc(url), self.U(img), esc(label)))
            elif st == 'eloket':
                out.append('<p><a class="fs-login" href="%s"><img src="%s" alt="%s" title="%s"></a></p>' % (esc(url), self.U(img), esc(label), esc(label)))
            elif st in ('openforms', 'sameform'):
                out.append('<p><a class="utrecht-button-link utrecht-button-link--primary-action openforms-login-%s" href="%s">%s</a></p>'
                           % (prov, esc(url), esc(label)))
            elif st == 'triple':
                out.append('<p><a class="tef-button" href="%s">%s</a></p>' % (esc(url), esc(label)))
            else:
                out.append('<p><a class="btn btn-login" href="%s"><img src="%s" alt=""> %s</a></p>' % (esc(url), self.U(img), esc(label)))
        if anon_url:
            lab = 'Doorgaan zonder inloggen' if st != 'triple' else 'Invullen zonder inloggen'
            out.append('<p><a class="btn btn-secondary" href="%s">%s</a></p>' % (esc(anon_url), lab))
        return ''.join(out)

    def anon_pages(self, p, title, fields, done_text, extra_notes, js=False, aud='b'):
        base_fields = {'o': BEDRIJF_FIELDS, 'm': SHORT_FIELDS}.get(aud, BURGER_FIELDS) + list(fields)
        st = self.style
        fstyle = 'gravity' if st == 'gravity' else ('triple' if st == 'triple' else 'plain')
        notes = ''.join('<p class="form-note">%s</p>' % esc(n) for n in extra_notes)
        legend = '"*" geeft vereiste velden aan' if st == 'gravity' else 'Velden met een * zijn verplicht.'
        step1_url, step2_url, done_url = self.U(p['anon']), self.U(p['step2']), self.U(p['done'])
        if st == 'gravity':
            form = ('<div class="gform_wrapper"><form method="post" enctype="multipart/form-data" id="gform_%d" action="%s">'
                    '<div class="gform_required_legend">%s</div>%s%s<div class="gform_footer"><input type="submit" id="gform_submit_button_%d" '
                    'class="gform_button button" value="Verzenden"></div></form></div>'
                    % (hnum(title, 2, 40), esc(step2_url), esc(legend), fields_html(base_fields, fstyle), notes, hnum(title, 2, 40)))
        elif st == 'triple':
            form = ('<form method="post" action="%s" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUK%s">'
                    '<p>Stap 1 van 3: Uw gegevens</p><p>%s</p>%s%s<input type="submit" name="ctl00$btnVolgende" value="Volgende"></form>'
                    % (esc(step2_url), hx(title, 20), esc(legend), fields_html(base_fields, fstyle), notes))
        else:
            form = ('<form method="post" action="%s" class="eform"><p class="steps">Stap 1 van 3: Uw gegevens</p><p>%s</p>%s%s'
                    '<button type="submit">Volgende</button></form>' % (esc(step2_url), esc(legend), fields_html(base_fields), notes))
        step2 = ('<form method="post" action="%s"><p class="steps">Stap 2 van 3: Controleren en versturen</p><p>Controleer uw gegevens. '
                 'Klopt alles? Klik dan op Versturen.</p><label><input type="checkbox" name="akkoord" required> Ik heb het formulier naar waarheid ingevuld</label>'
                 '<button type="submit">Versturen</button></form><p><a href="%s">Vorige stap</a></p>' % (esc(done_url), esc(step1_url)))
        done = '<p class="steps">Stap 3 van 3: Verzonden</p><p>%s</p>' % esc(done_text)
        pages = [(p['anon'], form), (p['step2'], step2), (p['done'], done)]
        for path, body in pages:
            content = '<h1>%s</h1>%s' % (esc(title), body)
            if js and st == 'openforms':
                content = ('<div id="openforms-container" class="open-forms-sdk-root" data-form="%s"></div><noscript>Om dit formulier te gebruiken moet JavaScript aan staan.</noscript>%s'
                           % (esc(title), js_render('openforms-container', content)))
            elif js:
                content = ('<div id="content" class="mx-page" data-form="%s"></div><noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>%s'
                           % (esc(title), js_render('content', content)))
            WEB.put(self.U(path), self.shell(title, content, js))

    def form(self, slug, title, mode, fields=(), intro='', prefill=None, aud='b', pk='', trap_notes=(), eidas=False):
        """Build the pages of one form. mode: digid, eh, de, choice, anon, own. Returns a Route (level set)."""
        p = self.paths(slug)
        st = self.style
        js = st in ('openforms', 'mendix')
        sig = ['online_form']
        start = self.U(p['start'])
        intro = intro or 'Welkom bij het formulier \u201c%s\u201d. Het invullen duurt ongeveer 10 minuten.' % title
        done_text = 'Bedankt. Wij hebben uw aanvraag ontvangen. U krijgt een ontvangstbevestiging per e-mail.'
        notes = list(trap_notes)
        level = 100
        strict = 67
        if mode == 'anon' or mode == 'own':
            level, strict = 67, 67
        if prefill == 'yes':
            strict = 100
        providers = {'digid': ['digid'], 'eh': ['eh'], 'de': ['digid', 'eh'], 'choice': ['digid', 'eh'] if aud != 'b' else ['digid'],
                     'anon': [], 'own': []}[mode]
        if eidas and providers:
            providers = providers + ['eidas']
        for prov in providers:
            login_start(self.U(p[prov]), {'digid': 'digid', 'eh': 'eherkenning', 'eidas': 'eidas'}[prov])
            sig.append({'digid': 'digid', 'eh': 'eherkenning', 'eidas': 'eidas'}[prov])
        pf = ''
        if prefill == 'yes':
            pf = ('<p class="prefill">Als u inlogt, vullen wij uw naam, adres en burgerservicenummer automatisch in vanuit de Basisregistratie Personen. '
                  'U hoeft deze gegevens niet zelf in te vullen.</p>')
            sig.append('prefill_text')
        elif prefill == 'no':
            pf = ('<p class="prefill-note">Let op: na het inloggen worden uw gegevens niet automatisch ingevuld. '
                  'U vult uw naam, adres en contactgegevens zelf in.</p>')
        if mode in ('anon',):
            # the start page is (or leads directly to) the form itself
            if st in ('openforms',):
                self.anon_pages(p, title, fields, done_text, notes, js=True, aud=aud)
                content = ('<h1>%s</h1><p>%s</p><p>U heeft geen DigiD nodig.</p><p><a class="utrecht-button-link utrecht-button-link--primary-action" href="%s">Formulier starten</a></p>'
                           % (esc(title), esc(intro), esc(self.U(p['anon']))))
                body = ('<div class="open-forms-sdk-root" id="openforms-container" data-sdk-module="%s" data-form-id="%s" data-base-url="%s" data-base-path="/%s/"></div>'
                        '<noscript>Om dit formulier te gebruiken moet JavaScript aan staan.</noscript>%s'
                        % (self.U('/static/sdk/open-forms-sdk.mjs'), hx(slug, 8) + '-' + hx(slug + 'x', 4) + '-4' + hx(slug, 3) + '-a' + hx(slug + 'y', 3) + '-' + hx(slug + 'z', 12),
                           self.U('/api/v2/'), slug, js_render('openforms-container', content)))
                WEB.put(start, self.shell(title, body, True))
                route = self.U(p['anon'])
            else:
                pp = dict(p)
                pp['anon'] = p['start']
                self.anon_pages(pp, title, fields, done_text, notes, js=js, aud=aud)
                route = start
            if st == 'loketmulti':
                self.pre_page(p, title, intro, start)
            self.forms.append((title, self.U(p.get('pre', p['start'])), mode, pk))
            return Route(67, entry=self.U(p.get('pre', p['start'])), route=route, signals=sig + (['js_rendered'] if js else []),
                         strict=67, mode=mode, form_title=title)
        if mode == 'own':
            sig.append('own_login')
            self.anon_pages(p, title, fields, done_text, notes, js=js, aud=aud)
            acct = self.U('/account/inloggen')
            content = ('<h1>%s</h1><p>%s</p><p>Log in met uw account. Heeft u nog geen account? Maak dan eerst een account aan met uw e-mailadres.</p>'
                       '<form method="post" action="%s"><label for="em">E-mailadres</label><input id="em" name="email" type="email">'
                       '<label for="pw">Wachtwoord</label><input id="pw" name="wachtwoord" type="password"><button type="submit">Inloggen</button></form>'
                       '<p><a href="%s">Account aanmaken</a></p>' % (esc(title), esc(intro), esc(self.U(p['anon'])), esc(self.U('/account/aanmaken'))))
            WEB.put(start, self.shell(title, content, js))
            WEB.put(acct, self.shell('Inloggen', '<h1>Inloggen</h1><p>Log in met uw e-mailadres en wachtwoord.</p>'
                                     '<form method="post" action="%s"><input name="email" type="email"><input name="wachtwoord" type="password"><button type="submit">Inloggen</button></form>'
                                     % esc(self.U('/account/aanmaken'))))
            WEB.put(self.U('/account/aanmaken'), self.shell('Account aanmaken', '<h1>Account aanmaken</h1><form method="post" action="%s"><label>E-mailadres <input name="email" type="email"></label>'
                                     '<button type="submit">Account aanmaken</button></form>' % esc(self.U('/account/aanmaken'))))
            self.forms.append((title, start, mode, pk))
            return Route(67, entry=start, route=start, signals=sig, strict=67, mode=mode, form_title=title)
        # login gate (with optional anonymous path)
        anon_url = None
        if mode == 'choice':
            anon_url = self.U(p['anon'])
            self.anon_pages(p, title, fields, done_text, notes, js=js, aud=aud)
            sig.append('anonymous_option')
        who = {'digid': 'U logt in met DigiD.', 'eh': 'U logt in met eHerkenning (betrouwbaarheidsniveau EH2+).',
               'de': 'Particulieren loggen in met DigiD, bedrijven en organisaties met eHerkenning.',
               'choice': 'U kunt inloggen of het formulier invullen zonder in te loggen.'}[mode]
        if st == 'eloket':
            head = '<p class="steps">Stap 1 van 4: Inloggen</p>'
        elif st == 'triple':
            head = '<p>Hoe wilt u het formulier invullen?</p>'
        else:
            head = ''
        gate = ('<h1>%s</h1>%s<p>%s</p><p>%s</p>%s%s%s' % (esc(title), head, esc(intro), esc(who), pf,
                self.login_buttons(p, providers, anon_url, title),
                ''.join('<p class="form-note">%s</p>' % esc(n) for n in notes if 'DigiD' in n)))
        if st == 'gravity':
            gate += ('<div id="js-owc-gf-digid-timeout" hidden><p>Kies \'Verlengen\' om uw sessie te verlengen.</p>'
                     '<button id="js-resumeSession">Verlengen</button><button id="js-abortSession">Uitloggen</button></div>')
        if js:
            if st == 'openforms':
                body = ('<div class="open-forms-sdk-root" id="openforms-container" data-sdk-module="%s" data-form-id="%s" data-base-url="%s" data-base-path="/%s/"></div>'
                        '<noscript>Om dit formulier te gebruiken moet JavaScript aan staan.</noscript>%s'
                        % (self.U('/static/sdk/open-forms-sdk.mjs'), hx(slug, 8) + '-' + hx(slug + 'x', 4) + '-4' + hx(slug, 3) + '-a' + hx(slug + 'y', 3) + '-' + hx(slug + 'z', 12),
                           self.U('/api/v2/'), slug, js_render('openforms-container', gate)))
            else:
                body = '<div id="content" class="mx-page"></div><noscript>Schakel JavaScript in om dit formulier te gebruiken.</noscript>' + js_render('content', gate)
            WEB.put(start, self.shell(title, body, True))
            sig.append('js_rendered')
        else:
            WEB.put(start, self.shell(title, gate))
        entry = start
        if st == 'loketmulti':
            self.pre_page(p, title, intro, start)
            entry = self.U(p['pre'])
            sig.append('multi_step')
        self.forms.append((title, entry, mode, pk))
        return Route(level, entry=entry, route=start, signals=sig, strict=strict, mode=mode, form_title=title)

    def pre_page(self, p, title, intro, start):
        q = start.split('?', 1)[1]
        k, v = q.split('=')
        content = ('<h1>%s</h1><h2>Voordat u begint</h2><p>%s</p><ul><li>Houd uw DigiD of eHerkenning bij de hand als u wilt inloggen.</li>'
                   '<li>Zorg dat u eventuele bijlagen bij de hand heeft.</li><li>Tussentijds opslaan is niet mogelijk.</li></ul>'
                   '<form method="get" action="%s"><input type="hidden" name="%s" value="%s"><button type="submit" class="btn">Start het formulier</button></form>'
                   % (esc(title), esc(intro), esc(start.split('?')[0]), k, v))
        WEB.put(self.U(p['pre']), self.shell(title, content))

    def finish(self):
        st = self.style
        if st == 'openforms':
            WEB.put(self.U('/static/sdk/open-forms-sdk.mjs'), 'export class OpenForm { constructor(el, opts) { this.el = el; this.opts = opts; } init() {} }\n')
            WEB.put(self.U('/static/sdk/open-forms-sdk.css'), '.openforms-theme{font-family:Arial}\n')
            WEB.put(self.U('/api/v2/'), simple_doc('Open Formulieren API', '<pre>{"forms": "%s"}</pre>' % self.U('/api/v2/forms')))
        if st == 'mendix':
            WEB.put(self.U('/mxclientsystem/mxui/mxui.js'), 'window.mx = window.mx || {}; mx.version = "9.24";\n')
        if st == 'gravity':
            WEB.put(self.U('/wp-content/plugins/gravityforms/css/formsmain.min.css'), '.gform_wrapper{margin:1em 0}\n')
        if st not in ('sameform', 'loketmulti') and not WEB.has(self.U('/')):
            rows = ''.join('<li>%s</li>' % a(e, t) for t, e, m, pk in sorted(self.forms, key=lambda x: x[0].lower()))
            WEB.put(self.U('/'), self.shell('Formulieren', '<h1>Formulieren %s</h1><ul>%s</ul>' % (esc(self.org), rows)))


# ----------------------------------------------------------------------------------------
# other bodies: joint tax offices, social services, waste companies, portals
# ----------------------------------------------------------------------------------------

class Body:
    def __init__(self, key, name, host, form_host, serves, section='inwoners', portal=True, form_style='body'):
        self.key = key
        self.name = name
        self.host = host
        self.serves = serves
        self.section = section
        self.portal = portal
        self.fh = FormHost(form_host, name, form_style)
        self.cache = {}
        self.pages = []
        assets(host)
        self.portal_url = ''
        if portal:
            self.portal_url = self.fh.U('/mijn/')
            login_start(self.fh.U('/mijn/inloggen'))
            WEB.put(self.portal_url, self.fh.shell('Mijn ' + name, '<h1>Mijn %s</h1><p>Bekijk uw lopende zaken, berichten en gegevens. '
                    'U logt in met DigiD.</p><p><a class="btn" href="%s"><img src="%s" alt=""> Inloggen met DigiD</a></p>'
                    % (esc(name), esc(self.fh.U('/mijn/inloggen')), esc(self.fh.U('/static/img/digid.svg')))))

    def U(self, path):
        return 'http://%s%s' % (self.host, path)

    def shell(self, title, main):
        login = ('<a class="header-login" href="%s">Mijn %s (inloggen met DigiD)</a>' % (esc(self.portal_url), esc(self.name))) if self.portal else ''
        return simple_doc(title + ' | ' + self.name,
                          '<header><a href="/">%s</a> %s</header><main>%s</main><footer><p>%s werkt voor de gemeenten %s.</p>'
                          '<p><a href="/privacy">Privacy</a></p></footer>' % (esc(self.name), login, main, esc(self.name), esc(', '.join(self.serves))))

    def put(self, path, title, main):
        url = self.U(path)
        WEB.put(url, self.shell(title, main))
        self.pages.append((url, title))
        return url

    def product(self, pk, kind):
        if pk in self.cache:
            if self.cache[pk][0] != kind:
                raise RuntimeError('body %s: %s asked with two kinds' % (self.key, pk))
            return self.cache[pk][1]
        c = PC[pk]
        title = c['titles'][0]
        slug = slugify(title)
        path = '/%s/%s' % (self.section, slug)
        intro = c['intro'].replace('{gem}', 'uw gemeente')
        sig = ['via_external_portal']
        traps = []
        docs = []
        if kind in ('100', '100p', '100de', '100eh', '67', '67own', '100c'):
            mode = {'100': 'digid', '100p': 'digid', '100de': 'de', '100eh': 'eh', '67': 'anon', '67own': 'own', '100c': 'choice'}[kind]
            r = self.fh.form(slug, c['form'], mode, c['f'], prefill='yes' if kind == '100p' else None, aud=c['aud'] if c['aud'] != 'bo' else 'b', pk=pk)
            lab = {'digid': ' (met DigiD)', 'de': ' (DigiD of eHerkenning)', 'eh': ' (met eHerkenning)', 'anon': '', 'own': '', 'choice': ''}[mode]
            how = '<p>%s</p><p><a class="btn" href="%s">%s%s</a></p>' % (
                {'digid': 'U regelt dit online. Hiervoor logt u in met DigiD.', 'de': 'U regelt dit online met DigiD of eHerkenning.',
                 'eh': 'U regelt dit online met eHerkenning.', 'anon': 'Vul het online formulier in. U heeft geen DigiD nodig.',
                 'own': 'U regelt dit in uw persoonlijke account op onze website. Heeft u nog geen account? Dan maakt u er een aan met uw e-mailadres.',
                 'choice': 'U kunt het formulier invullen met of zonder DigiD.'}[mode],
                esc(r.entry), esc(c['form']), lab)
            level, route, strict = r.level, r.route, r.strict
            sig += r.signals
        elif kind == '33':
            pdf = self.U('/documenten/%s.pdf' % slugify(c['pdf']))
            data = make_pdf(c['pdf'], ['Stuur dit formulier ingevuld en ondertekend naar %s.' % self.name], BURGER_FIELDS[:5] + c['f'])
            WEB.put(pdf, data)
            reg = self.U('/documenten/beleidsregels-%s.pdf' % slug)
            WEB.put(reg, make_pdf('Beleidsregels ' + title.lower(), ['Deze beleidsregels gelden voor de gemeenten ' + ', '.join(self.serves) + '.']))
            wijz = self.U('/documenten/wijzigingsformulier-uitkering.pdf')
            WEB.put(wijz, make_pdf('Wijzigingsformulier uitkering', ['Geef wijzigingen in uw situatie door.'], BURGER_FIELDS[:4]))
            how = ('<p>Download het aanvraagformulier, vul het in en stuur het met de bewijsstukken naar %s, Antwoordnummer 1000.</p>' % esc(self.name))
            docs = [(c['pdf'], pdf, len(data)), ('Beleidsregels ' + title.lower(), reg, 0), ('Wijzigingsformulier uitkering', wijz, 0)]
            traps.append('downloads_mixed')
            level, route, strict = 33, pdf, 33
            sig.append('pdf_form')
        elif kind == '0c':
            how = '<p>Neem contact op met onze klantenservice via telefoonnummer 088 - 123 45 67. Wij regelen het dan telefonisch met u.</p>'
            level, route, strict = 0, '', 0
            sig.append('phone')
        else:
            raise ValueError(kind)
        extra = ''
        if pk == 'belastingkwijtschelding':
            calc = self.U('/rekenhulp-kwijtschelding')
            WEB.put(calc, self.shell('Rekenhulp kwijtschelding', '<h1>Rekenhulp kwijtschelding</h1><p>Dit is een indicatie, geen aanvraag. '
                    'Vraag kwijtschelding aan via het aanvraagformulier.</p><p><a href="%s">Terug</a></p>' % esc(self.U(path))))
            extra += ('<h2>Kom ik in aanmerking?</h2><form method="get" action="%s"><label for="ink">Netto inkomen per maand</label>'
                      '<input id="ink" name="inkomen" type="text"><label for="hh">Huishouden</label><select id="hh" name="huishouden">'
                      '<option value="alleen">Alleenstaand</option><option value="samen">Samenwonend</option></select>'
                      '<button type="submit">Bereken</button></form>' % esc(calc))
            traps.append('calculator')
        if docs:
            extra += '<h2>Downloads</h2><ul class="downloads">' + ''.join(
                '<li><a href="%s">%s (pdf%s)</a></li>' % (esc(u), esc(t), (', %d kB' % max(1, n // 1024)) if n else '') for t, u, n in docs) + '</ul>'
        main = ('<h1>%s</h1><p>%s</p><h2>Voorwaarden</h2>%s<h2>Zo regelt u het</h2>%s%s<h2>Kosten</h2><p>%s</p>'
                % (esc(title), esc(intro), ul([esc(v.replace('{gem}', 'uw gemeente')) for v in c['voorw']]), how, extra, esc(c['kosten'])))
        page = self.put(path, title, main)
        if self.portal:
            traps.append('portal_login')
        host = WEB.split(route)[0] if route else ''
        res = Route(level, entry=page, route=route, via=host or self.host, strict=strict,
                    signals=sig + ['trap_' + t for t in traps], mode=kind,
                    note='Route on %s (%s).' % (host or self.host, self.name))
        res.body = self
        self.cache[pk] = (kind, res)
        return res

    def finish(self):
        home = '<h1>%s</h1><p>%s werkt voor de inwoners en ondernemers van de gemeenten %s.</p><ul>%s</ul>' % (
            esc(self.name), esc(self.name), esc(', '.join(self.serves)), ''.join('<li>%s</li>' % a(u, t) for u, t in self.pages))
        WEB.put(self.U('/'), self.shell(self.name, home))
        WEB.put(self.U('/privacy'), self.shell('Privacy', '<h1>Privacyverklaring</h1><p>%s gaat zorgvuldig om met uw gegevens.</p>' % esc(self.name)))
        WEB.put(self.U('/robots.txt'), 'User-agent: *\nDisallow:\n')
        self.fh.finish()


class OLO:
    host = 'omgevingswet.overheid.test'

    def product(self, pk, kind, entry='aanvragen'):
        url = 'http://omgevingswet.overheid.test/aanvragen'
        return Route(100, entry=url if entry == 'aanvragen' else 'http://omgevingswet.overheid.test/', route=url,
                     via=self.host, strict=100, mode='olo',
                     signals=['via_external_portal', 'digid', 'eherkenning', 'prefill_text', 'online_form'],
                     note='Omgevingsloket: DigiD/eHerkenning login with an explicit statement that data from the base registries is filled in.')


class Appointments:
    def __init__(self, host, base, org, style):
        self.host = host
        self.base = base
        self.org = org
        self.style = style
        self.products = []
        assets(host)

    def U(self, path):
        return 'http://%s%s' % (self.host, path)

    def code(self, pk):
        return {'paspoort': 'PASPOORT', 'identiteitskaart': 'IDKAART', 'geboorteaangifte': 'GEBOORTE', 'huwelijksaangifte': 'HUWELIJK',
                'brp-uittreksel': 'UITTREKSEL', 'rijbewijs': 'RIJBEWIJS'}.get(pk, camel(pk).upper())

    def entry(self, pk):
        if pk not in self.products:
            self.products.append(pk)
        return self.U(self.base + 'afspraak?product=' + self.code(pk))

    def digid_url(self):
        return self.U(self.base + 'inloggen/digid')

    def mijn_url(self):
        return self.U(self.base + 'mijn-afspraken')

    def doc(self, title, body):
        cls = {'jcc': 'jcc-gplan', 'qmatic': 'qmatic-webbooking', 'timeblockr': 'tb-app', 'plain': 'afspraak'}[self.style]
        return simple_doc(title + ' - Afspraak maken ' + self.org, '<div class="%s"><header>Afspraak maken - %s</header>%s</div>' % (cls, esc(self.org), body))

    def finish(self):
        login_start(self.digid_url())
        names = {'paspoort': 'Paspoort aanvragen', 'identiteitskaart': 'Identiteitskaart aanvragen', 'geboorteaangifte': 'Geboorteaangifte',
                 'huwelijksaangifte': 'Melding voorgenomen huwelijk', 'brp-uittreksel': 'Uittreksel BRP', 'rijbewijs': 'Rijbewijs aanvragen'}
        prods = self.products + [p for p in ('rijbewijs',) if p not in self.products]
        opts = ''.join('<option value="%s">%s</option>' % (self.code(p), esc(names.get(p, PC.get(p, {}).get('form', p)))) for p in prods)
        login = ('<p>Heeft u al een afspraak? <a href="%s">Inloggen met DigiD</a> om uw afspraken te bekijken, te wijzigen of te annuleren, '
                 'of ga naar <a href="%s">Mijn afspraken</a>.</p>' % (esc(self.digid_url()), esc(self.mijn_url())))
        form = ('<form method="post" action="%s"><label for="prod">Kies een product</label><select id="prod" name="product">%s</select>'
                '<label for="dat">Datum</label><input id="dat" name="datum" type="date"><label for="tijd">Tijd</label><select id="tijd" name="tijd">'
                '<option>09:00</option><option>09:15</option><option>13:30</option></select><label for="naam">Naam</label><input id="naam" name="naam">'
                '<label for="mail">E-mailadres</label><input id="mail" name="email" type="email"><button type="submit">Afspraak bevestigen</button></form>'
                % (esc(self.U(self.base + 'bevestigen')), opts))
        WEB.put(self.U(self.base), self.doc('Afspraak maken', '<h1>Afspraak maken</h1><p>Maak online een afspraak voor de balie in het gemeentehuis. '
                'Een afspraak maken is geen aanvraag: de aanvraag doet u aan de balie.</p>' + form + login))
        for p in prods:
            WEB.put(self.U(self.base + 'afspraak?product=' + self.code(p)), self.doc(
                'Afspraak ' + names.get(p, p), '<h1>Afspraak maken: %s</h1><p>Kies een datum en tijd. Neem bij uw afspraak uw legitimatiebewijs mee.</p>%s%s'
                % (esc(names.get(p, p)), form, login)))
        WEB.put(self.U(self.base + 'bevestigen'), self.doc('Afspraak bevestigd', '<h1>Uw afspraak is gemaakt</h1><p>U ontvangt een bevestiging per e-mail.</p>'
                '<p><a href="%s">Nog een afspraak maken</a></p>' % esc(self.U(self.base))))
        WEB.put(self.mijn_url(), self.doc('Mijn afspraken', '<h1>Mijn afspraken</h1><p>Vul uw e-mailadres en de afspraakcode uit de bevestigingsmail in.</p>'
                '<form method="post" action="%s"><label for="e">E-mailadres</label><input id="e" name="email"><label for="c">Afspraakcode</label>'
                '<input id="c" name="code"><button type="submit">Afspraak zoeken</button></form>' % esc(self.mijn_url())))


# ----------------------------------------------------------------------------------------
# municipal sites
# ----------------------------------------------------------------------------------------

BODIES = {}
OLO_ = OLO()


def parse_spec(text):
    spec = {}
    for line in text.strip().splitlines():
        line = line.split('#')[0].strip()
        if not line:
            continue
        parts = line.split()
        pk, kind = parts[0], parts[1]
        opts, traps = {}, []
        for p in parts[2:]:
            if p.startswith('+'):
                traps += [t for t in p[1:].split(',') if t]
            elif '=' in p:
                k, v = p.split('=', 1)
                opts[k] = v
            else:
                opts[p] = '1'
        if pk in spec:
            raise RuntimeError('duplicate spec ' + pk)
        spec[pk] = dict(kind=kind, opts=opts, traps=traps)
    return spec


FORM_MODES = {'67': 'anon', '67own': 'own', '100': 'digid', '100p': 'digid', '100c': 'choice', '100eh': 'eh', '100de': 'de'}

NO_TEXT = {
    'parkeervergunning': ('Parkeren', 'In {gem} parkeert u overal gratis. Er zijn geen gebieden met betaald parkeren of vergunninghouders, '
                          'dus een parkeervergunning heeft u niet nodig en kunt u ook niet aanvragen. In het centrum geldt wel een blauwe zone: '
                          'gebruik daar een parkeerschijf.'),
    'hondenbelasting': ('Honden', 'De gemeenteraad heeft besloten de hondenbelasting met ingang van 1 januari 2021 af te schaffen. '
                        'U hoeft uw hond daarom niet meer aan of af te melden bij de gemeente. Wel moet u de poep van uw hond opruimen.'),
    'winkeltijdenontheffing': ('Winkeltijden', 'Winkels in {gem} mogen op zon- en feestdagen open van 12.00 tot 18.00 uur. '
                               'Dit is geregeld in de winkeltijdenverordening; u hoeft daarvoor niets aan te vragen. Een ontheffing voor andere tijden verleent de gemeente niet.'),
    'terrasvergunning': ('Terras bij uw horecazaak', 'Voor een terras bij uw horecazaak heeft u in {gem} geen aparte vergunning nodig. '
                         'Het terras valt onder de algemene regels van de Algemene Plaatselijke Verordening (APV). Zorg voor een vrije doorgang van minimaal 1,5 meter.'),
    'ligplaatsvergunning': ('Boten en ligplaatsen', 'De gemeente {gem} geeft geen ligplaatsvergunningen uit: er zijn geen openbare ligplaatsen voor woonboten of pleziervaartuigen. '
                            'Een plek in de jachthaven huurt u bij de havenmeester.'),
    'reclamebelasting': ('Reclame', 'In {gem} betaalt u geen reclamebelasting. Wilt u een reclamebord plaatsen? Kijk dan in het Omgevingsloket of u een vergunning nodig heeft.'),
    'marktvergunning': ('Markt', 'Er is in {gem} geen weekmarkt. De gemeente geeft daarom geen marktvergunningen uit.'),
}

NO_OVERVIEW = {
    'reclamebelasting': 'Reclamebelasting en toeristenbelasting heffen wij niet.',
    'hondenbelasting': 'Hondenbelasting heffen wij niet meer sinds 2021.',
}

SHARED_TITLES = {
    ('identiteitskaart', 'paspoort'): 'Paspoort en identiteitskaart',
    ('alcoholvergunning', 'exploitatievergunning-horeca'): 'Horecavergunningen: exploitatievergunning en alcoholvergunning',
}


class Site:
    sitewide = ()
    btn = 'onclick'
    docs_dir = '/documenten/'
    news_dir = '/nieuws/'
    search = None          # (path, param) when the site has a working search
    lang = 'nl'

    def __init__(self, idx, code, name, host, inh, spec, products):
        self.idx = idx
        self.code = code
        self.name = name
        self.short = name.replace('Gemeente ', '')
        self.host = host
        self.inh = inh
        self.spec = parse_spec(spec)
        self.products = products
        for pk, _ in products:
            if pk not in self.spec:
                raise RuntimeError('%s: no spec for %s' % (code, pk))
        self.routes = {}
        self.purl = {}
        self.docs = {}
        self.row_signals = {}
        self.row_notes = {}
        self.sitemap = []
        self.news = []
        self.platforms = {}
        self.appt = None
        self.portal = ''
        self.portal_eh = ''
        self.overview = ''
        self.tax_body = None
        self.distractors = []
        self.extra_pages = {}
        self.direct_menu = []
        self.phost = host
        assets(host)

    # ---- urls ----
    def U(self, path, host=None):
        return 'http://%s%s' % (host or self.host, path)

    def title(self, pk):
        sp = self.spec[pk]
        t = PC[pk]['titles']
        i = int(sp['opts'].get('t', self.idx))
        return t[i % len(t)]

    def product_path(self, pk, title):
        return '/' + slugify(title)

    def section_path(self, sec):
        return '/thema/' + sec

    def news_path(self, slug):
        return self.news_dir + slug

    def page_path(self, slug):
        return '/' + slug

    def distractor_path(self, slug):
        return self.page_path(slug)

    def news_index(self):
        return self.U('/nieuws/')

    # ---- shells ----
    def header_extra(self):
        out = []
        if 'site_login' in self.sitewide:
            out.append('<a class="header-login" href="%s">Mijn %s</a>' % (esc(self.portal), esc(self.short)))
        if 'eherkenning_header' in self.sitewide:
            out.append('<a class="header-login-eh" href="%s">Inloggen ondernemers (eHerkenning)</a>' % esc(self.portal_eh))
        if 'eloket_header' in self.sitewide:
            out.append('<a class="header-eloket" href="%s">E-loket</a>' % esc(self.overview))
        if 'direct_menu' in self.sitewide and self.direct_menu:
            out.append('<div class="direct-regelen-menu"><span>Direct regelen</span><ul>%s</ul></div>' % ''.join(
                '<li>%s</li>' % a(u, t) for t, u, pk in self.direct_menu))
        return ' '.join(out)

    def footer_extra(self):
        out = []
        if 'feedback_form' in self.sitewide:
            out.append('<form class="feedback" method="post" action="%s"><p>Was deze informatie nuttig?</p>'
                       '<button type="submit" name="nuttig" value="ja">Ja</button><button type="submit" name="nuttig" value="nee">Nee</button>'
                       '<label for="fb-t">Wat kunnen we verbeteren?</label><textarea id="fb-t" name="toelichting"></textarea></form>' % esc(self.U(self.page_path('feedback'))))
        if 'newsletter' in self.sitewide:
            out.append('<form class="nieuwsbrief" method="post" action="%s"><label for="nb">Meld u aan voor de nieuwsbrief</label>'
                       '<input id="nb" name="email" type="email"><button type="submit">Aanmelden</button></form>' % esc(self.U(self.page_path('nieuwsbrief'))))
        if 'footer_digid' in self.sitewide:
            out.append('<p class="footer-digid"><a href="http://digid.test/over-digid"><img src="%s" alt="DigiD"></a> '
                       'Voor veel zaken logt u in met DigiD.</p>' % esc(self.U('/static/img/digid.svg')))
        if 'chat' in self.sitewide:
            out.append('<div id="webchat" data-tenant="%s"></div><script src="%s"></script>' % (slugify(self.short), esc(self.U('/static/js/webchat.js'))))
        return ''.join(out)

    def nav(self):
        return ''.join('<li>%s</li>' % a(self.U(self.section_path(s)), SECTIONS[s]) for s in SECTIONS)

    def shell(self, title, main, crumbs=None, aside=''):
        crumbs = crumbs or []
        cr = '<nav class="breadcrumb"><a href="%s">Home</a>%s</nav>' % (esc(self.U('/')), ''.join(
            ' &gt; ' + (a(u, t) if u else esc(t)) for t, u in crumbs))
        search = '<form class="search" method="get" action="%s"><input type="search" name="%s" aria-label="Zoeken"><button type="submit">Zoeken</button></form>' % (
            esc(self.U(self.search[0] if self.search else '/zoeken', self.phost if self.search_on_phost else None)), self.search[1] if self.search else 'q')
        body = ('<header class="site-header"><a class="logo" href="%s">%s</a>%s %s<nav class="main-nav"><ul>%s</ul></nav></header>%s'
                '<main id="content">%s</main>%s<footer class="site-footer">%s<p>%s | Postbus %d | telefoon 14 0%s | '
                '<a href="%s">Contact</a> | <a href="%s">Privacy</a> | <a href="%s">Toegankelijkheid</a></p></footer>'
                % (esc(self.U('/')), esc(self.name), search, self.header_extra(), self.nav(), cr, main,
                   ('<aside>%s</aside>' % aside) if aside else '', self.footer_extra(), esc(self.name), hnum(self.code, 10, 999),
                   self.code[3:], esc(self.U(self.page_path('contact'))), esc(self.U(self.page_path('privacy'))),
                   esc(self.U(self.page_path('toegankelijkheid')))))
        return simple_doc(title + ' | ' + self.name, body, lang=self.lang)

    def put_page(self, url, title, main, crumbs=None, aside='', index=True, shell=None):
        html_ = (shell or self.shell)(title, main, crumbs, aside)
        WEB.put(url, html_)
        host = WEB.split(url)[0]
        if host in (self.host, self.phost):
            self.sitemap.append(url)
            if index:
                text = re.sub(r'<[^>]+>', ' ', main)
                text = re.sub(r'\s+', ' ', html.unescape(text)).strip()
                WEB.index(url, title, text)
        return url

    # ---- documents ----
    def doc(self, title, lines, fmt='pdf', fields=(), name=None):
        fname = (name or slugify(title)) + '.' + fmt
        url = self.U(self.docs_dir + fname)
        if fmt == 'pdf':
            data = make_pdf(title, lines, fields)
        elif fmt == 'docx':
            data = make_docx(title, lines + ['%s: ____________' % f for f in fields])
        elif fmt == 'rtf':
            data = make_rtf(title, lines + ['%s: ____________' % f for f in fields])
        else:
            raise ValueError(fmt)
        WEB.put(url, data)
        return url, len(data)

    def doclink(self, title, url, size, fmt='pdf'):
        lab = {'pdf': 'pdf', 'docx': 'Word', 'rtf': 'rtf'}[fmt]
        kb = max(1, round(size / 1024))
        styles = ['%s (%s, %d kB)', '%s (%s, %d KB)', '%s (%s %d kB)', '%s (%s, %d kB)']
        return '<a href="%s">%s</a>' % (esc(url), esc(styles[self.idx % 4] % (title, lab if self.idx % 3 else lab.upper() if fmt == 'pdf' else lab, kb)))

    def regulation(self, pk):
        t = {'hondenbelasting': 'Verordening hondenbelasting 2025', 'leerlingenvervoer': 'Verordening leerlingenvervoer',
             'subsidie': 'Algemene subsidieverordening', 'kapvergunning': 'Bomenverordening', 'reclamebelasting': 'Verordening reclamebelasting',
             'kansspelautomaatvergunning': 'Speelautomatenverordening', 'ligplaatsvergunning': 'Ligplaatsenverordening',
             'geluidsontheffing': 'Beleidsregels geluid bij evenementen'}.get(pk, 'Beleidsregels ' + PC[pk]['titles'][0].replace(' aanvragen', '').lower())
        url, n = self.doc(t, ['Vastgesteld door de gemeenteraad van %s.' % self.name, 'Artikel 1. Begripsbepalingen', 'Artikel 2. Toepassingsgebied'])
        return t, url, n

    def tariffs(self):
        return ('Tarieven en leges 2025',) + self.doc('Tarieven en leges 2025', ['Overzicht van de leges en tarieven van %s.' % self.name])

    # ---- routes ----
    def platform(self, name='default'):
        return self.platforms[name]

    def zero_channel(self, pk):
        c = PC[pk]
        if pk == 'overlijdensaangifte':
            return ('counter', '<p>Meestal doet de uitvaartverzorger de aangifte namens u. Doet u zelf aangifte? Kom dan langs bij de balie in het gemeentehuis. '
                    'Neem de verklaring van overlijden van de arts en uw identiteitsbewijs mee.</p>')
        if pk in ('marktvergunning',):
            return ('phone', '<p>Neem contact op met de marktmeester via telefoonnummer 14 0%s. De marktmeester zet u op de wachtlijst of geeft een losse plaats uit.</p>' % self.code[3:])
        if pk in ('standplaatsvergunning', 'winkeltijdenontheffing', 'collectevergunning', 'bezwaar', 'betalingsregeling', 'woo-verzoek'):
            return ('letter', '<p>U kunt %s alleen schriftelijk %s. Stuur een brief aan het college van burgemeester en wethouders, Postbus %d, '
                    'met uw naam, adres, telefoonnummer en een duidelijke omschrijving. Onderteken de brief.</p>'
                    % (esc(c['obj']), esc(c['verb']), hnum(self.code, 10, 999)))
        if pk in ('afvalcontainer', 'wmo-voorziening'):
            return ('phone', '<p>Bel ons via telefoonnummer 14 0%s. Wij bespreken dan met u wat u nodig heeft en regelen het verder telefonisch.</p>' % self.code[3:])
        if pk in ('reclamebelasting',):
            return ('none', '<p>U hoeft niets aan te vragen. De gemeente stelt de reclamebelasting vast en stuurt u eenmaal per jaar een aanslag.</p>')
        if pk in ('bouwdossier-inzage',):
            return ('counter', '<p>U kunt het bouwdossier inzien op afspraak bij de balie Bouwen en Wonen. Bel 14 0%s voor een afspraak.</p>' % self.code[3:])
        return ('counter', '<p>U regelt dit aan de balie in het gemeentehuis. Neem uw identiteitsbewijs mee.</p>')

    def make_route(self, pk, sp):
        k, o, c = sp['kind'], sp['opts'], PC[pk]
        if k in ('nf', 'no'):
            return None
        if k.startswith('via:'):
            _, b, bk = k.split(':')
            if b == 'olo':
                src = OLO_.product(pk, bk, o.get('olo', 'aanvragen'))
            else:
                src = BODIES[b].product(pk, bk)
            r = Route(src.level, entry=src.entry, route=src.route, via=src.via, signals=list(src.signals), strict=src.strict,
                      note=src.note, mode='via:' + b)
            r.body = getattr(src, 'body', None)
            return r
        if k == '0a':
            return Route(0, entry=self.appt.entry(pk), signals=['appointment_online'], mode='0a')
        if k == '0c':
            ch, _ = self.zero_channel(pk)
            return Route(0, signals=[ch] if ch != 'none' else [], mode='0c')
        if k == '0m':
            return Route(0, entry='mailto:%s@%s' % (slugify(c['titles'][0])[:12].strip('-'), self.host.replace('www.', '')), signals=['mailto'], mode='0m')
        if k == '0cb':
            return Route(0, signals=['callback_form', 'trap_callback_form'], mode='0cb')
        if k in ('33', '33d', '33r', '33e'):
            fmt = {'33': 'pdf', '33e': 'pdf', '33d': 'docx', '33r': 'rtf'}[k]
            lines = ['Vul dit formulier volledig in en onderteken het.',
                     'Stuur het formulier naar %s, Postbus %d, of lever het in bij de balie.' % (self.name, hnum(self.code, 10, 999))]
            if k == '33e':
                lines[1] = 'Mail het ingevulde formulier naar het e-mailadres op de website van %s.' % self.name
            url, n = self.doc(c['pdf'], lines, fmt, fields=(BEDRIJF_FIELDS if c['aud'] == 'o' else BURGER_FIELDS)[:5] + c['f'] if fmt == 'pdf' else c['f'])
            self.docs[pk] = (c['pdf'], url, n, fmt)
            sig = {'pdf': ['pdf_form'], 'docx': ['docx_form'], 'rtf': ['rtf_form']}[fmt]
            if k == '33e':
                sig.append('pdf_email_submission')
            return Route(33, entry=url, route=url, signals=sig, mode=k)
        mode = FORM_MODES[k]
        plat = self.platform(o.get('plat', 'default'))
        prefill = None
        if k == '100p' and o.get('pf') != 'page':
            prefill = 'yes'
        if o.get('prefneg'):
            prefill = 'no'
        notes = []
        if 'upload_formats' in sp['traps']:
            notes.append('Bijlagen toevoegen: toegestane bestandstypen zijn pdf, doc, docx, jpg en png (maximaal 10 MB per bestand).')
        if 'auto_confirm' in sp['traps']:
            notes.append('Na het versturen ontvangt u automatisch een ontvangstbevestiging per e-mail. Uw gegevens worden niet bewaard na afhandeling.')
        aud = 'o' if c['aud'] == 'o' else ('m' if pk in SHORT_FORM_PRODUCTS else 'b')
        r = plat.form(slugify(c['form']), c['form'], mode, c['f'], prefill=prefill, aud=aud, pk=pk, trap_notes=notes,
                      eidas=bool(o.get('eidas')))
        if k == '100p' and o.get('pf') == 'page':
            r.strict = 100
            r.signals.append('prefill_text')
            r.pf_page = True
        if prefill == 'no':
            r.signals.append('trap_prefill_negated')
        r.platform = plat
        return r

    def build_routes(self):
        for pk, _ in self.products:
            r = self.make_route(pk, self.spec[pk])
            if r is not None:
                self.routes[pk] = r
        self.after_routes()

    def after_routes(self):
        pass

    # ---- calls to action ----
    CTA_DIGID = ['{f} (met DigiD)', 'Direct regelen', 'Inloggen met DigiD', '{f} (DigiD)', '{f}', 'Online aanvragen',
                 'Regel het online', 'Start het formulier', 'Naar het formulier', 'Online regelen']
    CTA_ANON = ['{f} online', 'Online formulier', 'Vul het formulier in', 'Direct regelen', '{f}', 'Online melden of aanvragen',
                'Start het formulier', '{f} (zonder DigiD)', 'Naar het formulier', 'Online invullen']

    def cta_text(self, pk, r):
        f = PC[pk]['form']
        m = r.mode
        i = (self.idx + hnum(pk, 0, 3)) % 10
        if m in ('digid',):
            return self.CTA_DIGID[i].format(f=f)
        if m == 'eh':
            return '%s (met eHerkenning)' % f
        if m == 'de':
            return '%s (DigiD of eHerkenning)' % f
        if m == 'choice':
            return '%s (met of zonder DigiD)' % f
        if m in ('anon', 'own'):
            return self.CTA_ANON[i].format(f=f)
        if m.startswith('via:'):
            b = getattr(r, 'body', None)
            return 'Naar %s' % (b.name if b else 'het Omgevingsloket')
        if m == '0a':
            return 'Maak een afspraak'
        return f

    def getform(self, url, text):
        base, _, q = url.partition('?')
        hidden = ''
        for part in q.split('&'):
            if part:
                k, _, v = part.partition('=')
                hidden += '<input type="hidden" name="%s" value="%s">' % (esc(k), esc(v))
        return ('<form class="cta-form" method="get" action="%s">%s<button type="submit" class="btn btn-primary">%s</button></form>'
                % (esc(base), hidden, esc(text)))

    def render_cta(self, pk, r, style, n=0):
        """HTML of the call to action and the signals it adds."""
        url, text = r.entry, self.cta_text(pk, r)
        sig = []
        if style == 'button':
            sig.append('cta_button')
            if self.btn == 'onclick':
                return ('<p><button type="button" class="btn btn-primary" onclick="window.location.href=\'%s\'">%s</button></p>'
                        % (esc(url), esc(text))), sig
            return '<p><a class="utrecht-button-link utrecht-button-link--primary-action" role="button" href="%s">%s</a></p>' % (esc(url), esc(text)), sig
        if style == 'getform':
            sig.append('cta_get_form')
            if '?' not in url:
                url = self.getform_start(url)
            return self.getform(url, text), sig
        if style == 'iframe':
            sig.append('cta_iframe')
            fb = ''
            if hnum(pk, 0, 1):
                fb = '<p class="iframe-fallback">Ziet u het formulier niet? <a href="%s" target="_blank">Open het formulier in een nieuw venster</a>.</p>' % esc(url)
            return ('<iframe class="eform-frame" src="%s" title="%s" width="100%%" height="900"></iframe>%s' % (esc(url), esc(PC[pk]['form']), fb)), sig
        if style == 'script':
            sig.append('cta_script')
            bid = 'cta-%s' % slugify(pk)
            js = ('<div id="%s" class="cta-holder"></div><script>(function(){var a=document.createElement("a");a.href="%s";'
                  'a.className="button button--primary";a.textContent=%s;document.getElementById("%s").appendChild(a);})();</script>'
                  '<noscript><p>Schakel JavaScript in om het formulier te starten.</p></noscript>' % (bid, url, json.dumps(text, ensure_ascii=False), bid))
            return js, sig
        if style == 'img':
            if r.mode in ('digid', 'choice', 'de'):
                sig.append('digid_image')
                img, alt = '/static/img/digid.svg', 'DigiD'
            elif r.mode == 'eh':
                sig.append('eherkenning_image')
                img, alt = '/static/img/eherkenning.svg', 'eHerkenning'
            else:
                return '<p>%s</p>' % a(url, text), sig
            if hnum(pk, 0, 2) == 0:
                return '<p class="digid-cta"><a href="%s"><img src="%s" alt="Inloggen met %s"></a></p>' % (esc(url), esc(self.U(img)), alt), sig
            return '<p class="digid-cta"><a href="%s"><img src="%s" alt="%s"> %s</a></p>' % (esc(url), esc(self.U(img)), alt, esc(text)), sig
        if style == 'interstitial':
            sig += ['interstitial', 'multi_step']
            code = slugify(pk)
            inter = self.U('/doorsturen?naar=' + code)
            WEB.put(inter, simple_doc('U verlaat de website van ' + self.name,
                    '<main><h1>U wordt doorgestuurd</h1><p>U verlaat nu de website van %s en gaat naar het '
                    'formulier &quot;%s&quot;. Gebeurt er niets? <a href="%s">Klik dan hier</a>.</p></main>' % (esc(self.name), esc(PC[pk]['form']), esc(url)),
                    head_extra='<meta http-equiv="refresh" content="3; url=%s">' % esc(url)))
            return '<p>%s</p>' % a(inter, text), sig
        if style == 'overview':
            sig += ['eloket_overview', 'multi_step']
            return ('<p>U regelt dit in ons e-loket. Kies daar het formulier &quot;%s&quot;.</p><p>%s</p>'
                    % (esc(r.form_title or PC[pk]['form']), a(self.overview, 'Naar het e-loket'))), sig
        return '<p>%s</p>' % a(url, text, 'cta'), sig

    def getform_start(self, url):
        """A GET-form start on the platform host that forwards to the form (eloket/start?formulier=X)."""
        host, path, _ = WEB.split(url)
        code = path.rstrip('/').split('/')[-1] or 'start'
        st = 'http://%s/eloket/start?formulier=%s' % (host, code)
        WEB.put(st, simple_doc('Formulier starten', '<main><p>Het formulier wordt geladen. '
                '<a href="%s">Ga verder naar het formulier</a>.</p></main>' % esc(url), head_extra='<meta http-equiv="refresh" content="0; url=%s">' % esc(url)))
        return st

    def how_html(self, pk, r, sp):
        c = PC[pk]
        o = sp['opts']
        style = o.get('cta', 'link')
        sig = []
        if r.mode == '0a':
            return ('<p>U kunt %s alleen persoonlijk %s aan de balie in het gemeentehuis. Maak hiervoor eerst een afspraak.</p><p>%s</p>'
                    % (esc(c['obj']), esc(c['verb']), a(r.entry, 'Maak een afspraak', 'cta'))), sig
        if r.mode == '0c':
            return self.zero_channel(pk)[1], sig
        if r.mode == '0m':
            addr = r.entry[7:]
            return ('<p>Stuur uw verzoek per e-mail naar <a href="%s">%s</a>. Vermeld uw naam, adres en telefoonnummer. '
                    'Wij nemen binnen 5 werkdagen contact met u op.</p>' % (esc(r.entry), esc(addr))), sig
        if r.mode == '0cb':
            return ('<p>Wilt u ondersteuning aanvragen? Laat hieronder uw naam en telefoonnummer achter. Een consulent belt u binnen 3 werkdagen terug. '
                    'In dat gesprek bespreken wij uw situatie en wat u nodig heeft.</p>' + self.callback_form()), sig
        if r.mode in ('33', '33d', '33r', '33e'):
            t, url, n, fmt = self.docs[pk]
            if r.mode == '33e':
                txt = ('<p>Download het formulier, vul het in en mail het ingevulde formulier naar <a href="mailto:info@%s">info@%s</a>. '
                       'U kunt het ook per post sturen.</p>' % (self.host.replace('www.', ''), self.host.replace('www.', '')))
            else:
                txt = ('<p>Download het aanvraagformulier, vul het in en stuur het ondertekend naar %s, Postbus %d. '
                       'U kunt het formulier ook inleveren bij de balie.</p>' % (esc(self.name), hnum(self.code, 10, 999)))
            return txt + '<p>%s</p>' % self.doclink(t, url, n, fmt), sig
        if r.mode.startswith('via:'):
            b = getattr(r, 'body', None)
            if r.mode == 'via:olo':
                txt = ('<p>U vraagt de vergunning aan via het landelijke Omgevingsloket. Doe eerst de vergunningcheck: dan ziet u of u een vergunning nodig heeft.</p>'
                       '<ul><li>%s</li><li>%s</li></ul>' % (a('http://omgevingswet.overheid.test/vergunningcheck', 'Vergunningcheck doen'),
                                                          a(r.entry, 'Vergunning aanvragen in het Omgevingsloket')))
                return txt, ['trap_vergunningcheck']
            txt = ('<p>%s voert dit uit voor de gemeente %s. U regelt dit op de website van %s.</p>'
                   % (esc(b.name), esc(self.short), esc(b.name)))
            return txt + '<p>%s</p>' % a(r.entry, 'Ga naar de website van %s' % b.name, 'cta'), sig
        # own online forms
        m = r.mode
        txt = {'digid': 'U kunt %s direct online %s. U logt in met DigiD.',
               'eh': 'U kunt %s online %s. U logt in met eHerkenning.',
               'de': 'U kunt %s online %s. Particulieren loggen in met DigiD, bedrijven en organisaties met eHerkenning.',
               'choice': 'U kunt %s online %s. U kunt inloggen met DigiD, of het formulier invullen zonder in te loggen.',
               'anon': 'U kunt %s online %s met het formulier. U heeft hiervoor geen DigiD nodig.',
               'own': 'U kunt %s online %s met uw account.'}[m] % (esc(c['obj']), esc(c['verb']))
        if getattr(r, 'pf_page', False):
            txt += ' Na het inloggen met DigiD zijn uw naam en adres al ingevuld; u controleert ze alleen.'
        if style == 'tab':
            return '<p>%s</p>' % txt, sig
        cta, s2 = self.render_cta(pk, r, style)
        return '<p>%s</p>%s' % (txt, cta), sig + s2

    def callback_form(self):
        return ('<form class="terugbel" method="post" action="%s"><label for="cb-n">Naam</label><input id="cb-n" name="naam">'
                '<label for="cb-t">Telefoonnummer</label><input id="cb-t" name="telefoon"><button type="submit">Bel mij terug</button></form>'
                % esc(self.U(self.page_path('terugbelverzoek'))))

    # ---- traps ----
    SIG = {'direct': 'direct_regelen_box', 'status': 'status_login', 'afspraak_digid': 'appointment_login', 'mijn_afspraken': 'mijn_afspraken',
           'tax_portal': 'tax_portal', 'olo': 'omgevingsloket', 'bezwaar': 'bezwaar_form', 'other_pdf': 'other_product_pdf',
           'contact': 'contact_form', 'mijnoverheid': 'mijnoverheid', 'sibling': 'sibling_product', 'downloads': 'downloads_mixed',
           'regulation': 'regulation_pdf', 'eloket': 'eloket_overview', 'eloket_similar': 'eloket_similar_form', 'melding': 'melding_openbare_ruimte',
           'klacht': 'klacht_form', 'aux_pdf': 'auxiliary_pdf', 'mailto': 'mailto', 'news': 'news_mention', 'callback': 'callback_form',
           'calculator': 'calculator', 'prefill_negated': 'prefill_negated', 'js_other': 'script_link_other', 'iframe_other': 'iframe_other',
           'upload_formats': 'upload_formats', 'auto_confirm': 'auto_confirmation', 'digid_info': 'digid_info', 'form_mention': 'form_mention',
           'app': 'app', 'confusable': 'confusable_page', 'sc_feed': 'sc_feed_wrong', 'klein_evenement': 'klein_evenement_form'}

    def partners(self, pk):
        out = [pk]
        sh = self.spec[pk]['opts'].get('share')
        if sh:
            out.append(sh)
        for q, sp in self.spec.items():
            if sp['opts'].get('share') == pk and q not in out:
                out.append(q)
        return out

    def pick(self, pk, cands, n):
        cands = [q for q in cands if q not in self.partners(pk)]
        if not cands:
            raise RuntimeError('%s: no candidates for %s' % (self.code, pk))
        off = hnum(pk + self.code, 0, len(cands) - 1)
        return [cands[(off + i) % len(cands)] for i in range(min(n, len(cands)))]

    def digid_forms(self):
        return [q for q, _ in self.products if q in self.routes and self.routes[q].level == 100 and self.routes[q].entry
                and not self.routes[q].mode.startswith('via:')]

    def extra_doc(self):
        return ('Machtigingsformulier',) + self.doc('Machtigingsformulier', ['Hiermee machtigt u iemand om namens u een aanvraag te doen.'], fields=BURGER_FIELDS[:4])

    def news_item(self, pk, title, text):
        slug = slugify(title)
        url = self.U(self.news_path(slug))
        self.news.append((url, title, text, pk))
        return url

    def trap(self, t, pk):
        """Return (place, html) for a trap planted on pk's page."""
        c = PC[pk]
        if t == 'direct':
            qs = self.pick(pk, self.digid_forms(), 3)
            return 'aside', '<div class="direct-regelen"><h2>Direct regelen</h2><ul>%s</ul></div>' % ''.join(
                '<li>%s</li>' % a(self.routes[q].entry, '%s (DigiD)' % PC[q]['form']) for q in qs)
        if t == 'status':
            return 'main', ('<p class="status-info">Heeft u al een aanvraag gedaan? Bekijk de status van uw aanvraag in %s. U logt in met DigiD.</p>'
                            % a(self.portal, 'Mijn ' + self.short))
        if t == 'afspraak_digid':
            return 'main', ('<p>Heeft u al een afspraak? %s om uw afspraak te wijzigen of te annuleren.</p>' % a(self.appt.digid_url(), 'Log in met DigiD'))
        if t == 'mijn_afspraken':
            return 'main', '<p>Afspraak wijzigen of annuleren? Ga naar %s.</p>' % a(self.appt.mijn_url(), 'Mijn afspraken')
        if t == 'tax_portal':
            if self.tax_body:
                return 'main', ('<p>Uw aanslag gemeentelijke belastingen bekijken of betalen? Log in bij %s met DigiD.</p>'
                                % a(self.tax_body.portal_url, 'Mijn ' + self.tax_body.name))
            return 'main', '<p>Uw aanslag bekijken? Log in bij %s met DigiD.</p>' % a(self.tax_portal, 'Mijn belastingen')
        if t == 'olo':
            return 'main', ('<p>Heeft u voor uw plan misschien ook een omgevingsvergunning nodig? %s of %s.</p>'
                            % (a('http://omgevingswet.overheid.test/vergunningcheck', 'Doe de vergunningcheck'),
                               a('http://omgevingswet.overheid.test/mijn-omgevingsloket/inloggen', 'log in op het Omgevingsloket')))
        if t == 'bezwaar':
            rb = self.routes.get('bezwaar')
            if rb is not None and rb.level == 100 and rb.entry:
                return 'main', '<p>Bent u het niet eens met een besluit van de gemeente? %s.</p>' % a(rb.entry, 'Maak bezwaar met DigiD')
            return 'main', '<p>Bent u het niet eens met het besluit? Lees %s.</p>' % a(self.purl['bezwaar'], 'hoe u bezwaar maakt')
        if t in ('other_pdf',):
            cands = [q for q, _ in self.products if q in self.docs]
            cands = [q for q in cands if q not in self.partners(pk)]
            if cands:
                q = cands[hnum(pk, 0, len(cands) - 1)]
                tt, url, n, fmt = self.docs[q]
            else:
                tt, url, n = self.extra_doc()
                fmt = 'pdf'
            return 'main', '<p>Zie ook: %s</p>' % self.doclink(tt, url, n, fmt)
        if t == 'contact':
            return 'main', '<p>Heeft u een vraag? %s.</p>' % a(self.U(self.page_path('contactformulier')), 'Stel uw vraag via het contactformulier')
        if t == 'mijnoverheid':
            return 'main', ('<p>Berichten van de gemeente, zoals uw aanslag en beschikkingen, ontvangt u ook in de Berichtenbox van '
                            '<a href="http://mijn.overheid.test/">MijnOverheid</a>. U logt in met DigiD.</p>')
        if t == 'sibling':
            q = SIBLINGS[pk]
            if q not in self.purl and q not in self.routes:
                raise RuntimeError('%s: sibling %s of %s has no page' % (self.code, q, pk))
            rq = self.routes.get(q)
            if rq is not None and rq.entry and not rq.entry.startswith('mailto:'):
                return 'main', '<p>Zie ook: %s. %s</p>' % (esc(self.title(q)), a(rq.entry, self.cta_text(q, rq)))
            return 'main', '<p>Zie ook: %s</p>' % a(self.purl[q], self.title(q))
        if t == 'downloads':
            items = []
            if pk in self.docs and self.routes[pk].level == 33:
                items.append(self.docs[pk])
            tt, url, n = self.regulation(pk)
            items.append((tt, url, n, 'pdf'))
            tt, url, n = self.tariffs()
            items.append((tt, url, n, 'pdf'))
            cands = [q for q, _ in self.products if q in self.docs and q not in self.partners(pk)]
            if cands:
                q = cands[hnum(pk + 'd', 0, len(cands) - 1)]
                items.append(self.docs[q])
            else:
                tt, url, n = self.extra_doc()
                items.append((tt, url, n, 'pdf'))
            return 'downloads', items
        if t == 'regulation':
            tt, url, n = self.regulation(pk)
            return 'main', '<p>Regelgeving: %s</p>' % self.doclink(tt, url, n)
        if t in ('eloket', 'eloket_similar'):
            return 'main', '<p>Alle digitale formulieren van de gemeente vindt u in ons %s.</p>' % a(self.overview, 'e-loket')
        if t == 'melding':
            r = self.routes['melding-openbare-ruimte']
            return 'main', ('<p>Ziet u afval naast een container, of iets kapot op straat? %s.</p>'
                            % a(r.entry or self.purl['melding-openbare-ruimte'], 'Doe een melding openbare ruimte'))
        if t == 'klacht':
            r = self.routes.get('klacht')
            url = r.entry if r is not None and r.entry else self.purl['klacht']
            return 'main', '<p>Niet tevreden over onze dienstverlening? %s.</p>' % a(url, 'Dien een klacht in')
        if t == 'aux_pdf':
            name = {'paspoort': 'Verklaring toestemming reisdocument minderjarige', 'identiteitskaart': 'Verklaring toestemming reisdocument minderjarige',
                    'verhuismelding': 'Verklaring hoofdbewoner'}.get(pk, 'Machtigingsformulier')
            url, n = self.doc(name, ['Dit formulier hoort bij een aanvraag of melding.', 'Vul het in, onderteken het en neem een kopie van het identiteitsbewijs mee.'],
                              fields=['Naam', 'Geboortedatum', 'Handtekening'])
            why = {'Verklaring hoofdbewoner': 'Woont u in bij iemand? Dan heeft u toestemming nodig van de hoofdbewoner:',
                   'Verklaring toestemming reisdocument minderjarige': 'Is uw kind jonger dan 18? Dan moeten beide ouders toestemming geven:'}.get(name, 'Doet iemand anders dit voor u?')
            return 'main', '<p>%s %s</p>' % (esc(why), self.doclink(name, url, n))
        if t == 'mailto':
            m = 'info@' + self.host.replace('www.', '')
            return 'main', '<p>Vragen? Mail naar <a href="mailto:%s">%s</a>.</p>' % (m, m)
        if t == 'news':
            url = self.news_item(pk, NEWS_TITLES.get(pk, 'Nieuws over ' + c['titles'][0].lower()),
                                 NEWS_TEXT.get(pk, 'De gemeente %s past de werkwijze aan voor %s.' % (self.short, c['obj'])))
            return 'main', '<p class="related-news">Nieuws: %s</p>' % a(url, NEWS_TITLES.get(pk, 'Nieuws over ' + c['titles'][0].lower()))
        if t == 'callback':
            return 'main', '<h2>Liever eerst een gesprek?</h2><p>Laat uw telefoonnummer achter, dan bellen wij u terug.</p>' + self.callback_form()
        if t == 'calculator':
            calc = self.U(self.page_path('rekenhulp-kwijtschelding'))
            return 'main', ('<h2>Rekenhulp</h2><p>Kijk met de rekenhulp of u misschien in aanmerking komt. De uitkomst is geen aanvraag.</p>'
                            '<form method="get" action="%s"><label for="rh-i">Netto inkomen per maand</label><input id="rh-i" name="inkomen">'
                            '<label for="rh-v">Spaargeld</label><input id="rh-v" name="vermogen"><button type="submit">Bereken</button></form>' % esc(calc))
        if t == 'js_other':
            qs = self.pick(pk, self.digid_forms(), 2)
            items = json.dumps([[PC[q]['form'], self.routes[q].entry] for q in qs], ensure_ascii=False)
            return 'aside', ('<div class="veelgevraagd"><h2>Veelgevraagd</h2><ul id="veelgevraagd"></ul></div><script>(function(){var d=%s;'
                             'var u=document.getElementById("veelgevraagd");d.forEach(function(x){var li=document.createElement("li");'
                             'var a=document.createElement("a");a.href=x[1];a.textContent=x[0];li.appendChild(a);u.appendChild(li);});})();</script>' % items)
        if t == 'iframe_other':
            return 'main', ('<h2>Kaart</h2><iframe src="%s" title="Kaart werkzaamheden" width="100%%" height="400"></iframe>'
                            % esc(self.U(self.page_path('kaart-werkzaamheden'))))
        if t == 'digid_info':
            return 'main', '<p>Nog geen DigiD? <a href="http://digid.test/aanvragen">Vraag uw DigiD aan</a>. U heeft DigiD nodig voor veel andere zaken.</p>'
        if t == 'form_mention':
            return 'main', '<p>Het aanvraagformulier is niet te downloaden. U krijgt het formulier aan de balie of wij sturen het u op.</p>'
        if t == 'app':
            return 'main', '<p>Tip: met de app %s doet u een melding met foto vanaf uw telefoon.</p>' % a('http://www.buitenbeter.test/', 'BuitenBeter')
        if t == 'confusable':
            return 'main', '<p>Lees ook: %s.</p>' % a(self.confusable_page(pk), 'Trouwen in %s: trouwlocaties en ceremonie' % self.short)
        if t == 'klein_evenement':
            return 'main', ('<p>Organiseert u een klein evenement, zoals een buurtfeest? Dan heeft u geen vergunning nodig, maar doet u een melding: %s.</p>'
                            % a(self.klein_evenement_page(), 'Melding klein evenement'))
        if t in ('sc_feed', 'prefill_negated', 'upload_formats', 'auto_confirm'):
            return 'none', ''
        raise ValueError('unknown trap ' + t)

    # ---- product pages ----
    def compute_urls(self):
        for pk, _ in self.products:
            sp = self.spec[pk]
            k = sp['kind']
            if k == 'nf':
                continue
            if k == 'no':
                if sp['opts'].get('where', 'page') == 'overview':
                    self.purl[pk] = self.U(self.section_path(PC[pk]['sec']))
                else:
                    self.purl[pk] = self.U(self.product_path(pk, NO_TEXT[pk][0]), self.phost)
                continue
            group = self.partners(pk)
            done = [q for q in group if q in self.purl]
            if done:
                self.purl[pk] = self.purl[done[0]]
                continue
            title = SHARED_TITLES[tuple(sorted(group))] if len(group) > 1 else self.title(pk)
            self.purl[pk] = self.U(self.product_path(pk, title), self.phost)

    def product_ctx(self, pk, title):
        c = PC[pk]
        g = self.short
        return dict(pk=pk, title=title, intro=c['intro'].replace('{gem}', g),
                    voorw=[v.replace('{gem}', g) for v in c['voorw']], kosten=c['kosten'], termijn=c['termijn'],
                    how='', downloads=[], blocks=[], aside=[], top='')

    def downloads_html(self, items):
        if not items:
            return ''
        seen = []
        lis = []
        for tt, url, n, fmt in items:
            if url in seen:
                continue
            seen.append(url)
            lis.append('<li>%s</li>' % self.doclink(tt, url, n, fmt))
        return '<div class="downloads"><h2>Downloads</h2><ul>%s</ul></div>' % ''.join(lis)

    def product_main(self, ctx):
        return ('<h1>%s</h1>%s<p class="intro">%s</p><h2>Wat moet ik doen?</h2>%s<h2>Voorwaarden</h2>%s<h2>Wat kost het?</h2><p>%s</p>'
                '<h2>Hoe lang duurt het?</h2><p>%s</p>%s%s' % (esc(ctx['title']), ctx['top'], esc(ctx['intro']), ctx['how'], ul([esc(v) for v in ctx['voorw']]),
                                                             esc(ctx['kosten']), esc(ctx['termijn']), ''.join(ctx['blocks']), self.downloads_html(ctx['downloads'])))

    def crumbs_for(self, pk):
        sec = PC[pk]['sec']
        return [(SECTIONS[sec], self.U(self.section_path(sec)))]

    def put_product(self, url, title, main, crumbs, aside):
        return self.put_page(url, title, main, crumbs, ''.join(aside))

    def build_pages(self):
        self.compute_urls()
        built = []
        for pk, _ in self.products:
            sp = self.spec[pk]
            k = sp['kind']
            if k == 'nf':
                sig = []
                for t in sp['traps']:
                    place, h = self.trap(t, pk)
                    sig.append('trap_' + self.SIG[t])
                self.row_signals[pk] = sig
                continue
            if k == 'no':
                self.not_offered(pk)
                continue
            if pk in built:
                continue
            group = self.partners(pk)
            built += group
            self.product_page(group)

    def product_page(self, group):
        pk = group[0]
        title = SHARED_TITLES[tuple(sorted(group))] if len(group) > 1 else self.title(pk)
        url = self.purl[pk]
        ctx = self.product_ctx(pk, title)
        hows = []
        trap_sigs = []
        tab = self.spec[pk]['opts'].get('cta') == 'tab'
        for q in group:
            r = self.routes[q]
            sp = self.spec[q]
            how, sig = self.how_html(q, r, sp)
            self.row_signals[q] = list(r.signals) + sig
            for t in sp['traps']:
                place, h = self.trap(t, q)
                if place == 'main':
                    ctx['blocks'].append(h)
                elif place == 'aside':
                    ctx['aside'].append(h)
                elif place == 'downloads':
                    ctx['downloads'] += h
                trap_sigs.append('trap_' + self.SIG[t])
                if t == 'eloket_similar':
                    trap_sigs.append('trap_eloket_overview')
            hows.append((q, how))
        for q in group:
            for s in trap_sigs:
                if s not in self.row_signals[q]:
                    self.row_signals[q].append(s)
            if len(group) > 1:
                self.row_signals[q].append('trap_shared_page')
        if len(group) > 1:
            ctx['intro'] = ' '.join(PC[q]['intro'].replace('{gem}', self.short) for q in group)
            ctx['how'] = ''.join('<h3>%s</h3>%s' % (esc(PC[q]['titles'][0]), h) for q, h in hows)
            ctx['voorw'] = sum([[v.replace('{gem}', self.short) for v in PC[q]['voorw']] for q in group], [])
            ctx['kosten'] = ' '.join(PC[q]['kosten'] for q in group)
        else:
            ctx['how'] = hows[0][1]
        crumbs = self.crumbs_for(pk)
        if tab:
            r = self.routes[pk]
            online_how = ctx['how']
            if r.entry:
                cta, s2 = self.render_cta(pk, r, 'link')
                online_how = ctx['how'] + cta
            tabs = ('<ul class="tabs" role="tablist"><li><a href="%s">Online regelen</a></li><li><a href="%s">Op het gemeentehuis</a></li></ul>'
                    % (esc(url + '?show=online'), esc(url + '?show=townhall')))
            town = ('<p>U kunt dit ook regelen aan de balie in het gemeentehuis. Neem uw identiteitsbewijs mee.</p>')
            base_ctx = dict(ctx, how=tabs + '<p>Kies hoe u dit wilt regelen.</p>')
            self.put_product(url, title, self.product_main(base_ctx), crumbs, ctx['aside'])
            self.put_product(url + '?show=online', title, self.product_main(dict(ctx, how=tabs + online_how)), crumbs, ctx['aside'])
            self.put_product(url + '?show=townhall', title, self.product_main(dict(ctx, how=tabs + town)), crumbs, ctx['aside'])
            self.row_signals[pk] += ['tab_view', 'multi_step']
        else:
            self.put_product(url, title, self.product_main(ctx), crumbs, ctx['aside'])

    def not_offered(self, pk):
        sp = self.spec[pk]
        sig = ['not_offered_text']
        if sp['opts'].get('where', 'page') == 'page':
            title, text = NO_TEXT[pk]
            ctx = self.product_ctx(pk, title)
            ctx['intro'] = text.replace('{gem}', self.short)
            ctx['how'] = '<p>Heeft u vragen? Bel 14 0%s.</p>' % self.code[3:]
            ctx['voorw'] = ['Niet van toepassing.']
            ctx['kosten'] = 'Geen.'
            ctx['termijn'] = 'Niet van toepassing.'
            for t in sp['traps']:
                place, h = self.trap(t, pk)
                if place == 'main':
                    ctx['blocks'].append(h)
                elif place == 'aside':
                    ctx['aside'].append(h)
                sig.append('trap_' + self.SIG[t])
            self.put_product(self.purl[pk], title, self.product_main(ctx), self.crumbs_for(pk), ctx['aside'])
        self.row_signals[pk] = sig

    # ---- extra pages used by traps ----
    def confusable_page(self, pk):
        if 'confusable' in self.extra_pages:
            return self.extra_pages['confusable']
        url = self.U(self.distractor_path('trouwen-en-partnerschap'), self.phost)
        res = self.U(self.distractor_path('trouwdatum-reserveren'), self.phost)
        self.put_page(res, 'Trouwdatum en locatie reserveren',
                      '<h1>Trouwdatum en locatie reserveren</h1><p>Reserveer een datum, tijd en trouwlocatie. Een reservering is geen melding van uw voorgenomen huwelijk.</p>'
                      '<form method="post" action="%s"><label for="d">Gewenste datum</label><input id="d" name="datum" type="date"><label for="l">Locatie</label>'
                      '<select id="l" name="locatie"><option>Raadzaal</option><option>Trouwkamer</option></select><label for="e">E-mailadres</label>'
                      '<input id="e" name="email" type="email"><button type="submit">Reserveren</button></form>' % esc(res), [('Burgerzaken', self.U(self.section_path('burgerzaken')))])
        self.put_page(url, 'Trouwen en geregistreerd partnerschap',
                      '<h1>Trouwen en geregistreerd partnerschap</h1><p>In %s kunt u trouwen in het gemeentehuis of op een bijzondere locatie. '
                      'U kiest zelf een trouwambtenaar (babs) of laat u verrassen.</p><h2>Locatie en datum</h2><p>%s</p><h2>Kosten</h2>'
                      '<p>Een ceremonie op maandagochtend is gratis. Andere tijden kosten tussen € 250 en € 650.</p>'
                      % (esc(self.short), a(res, 'Reserveer een trouwdatum en locatie')), [('Burgerzaken', self.U(self.section_path('burgerzaken')))])
        self.distractors.append(('burgerzaken', url, 'Trouwen en geregistreerd partnerschap'))
        self.extra_pages['confusable'] = url
        return url

    def klein_evenement_page(self):
        if 'klein' in self.extra_pages:
            return self.extra_pages['klein']
        url = self.U(self.distractor_path('melding-klein-evenement'), self.phost)
        done = self.U(self.distractor_path('melding-klein-evenement-verzonden'), self.phost)
        self.put_page(done, 'Melding verzonden', '<h1>Melding verzonden</h1><p>Wij hebben uw melding ontvangen.</p>')
        self.put_page(url, 'Melding klein evenement', '<h1>Melding klein evenement</h1><p>Een klein evenement (minder dan 100 bezoekers, geen muziek na 22.00 uur) '
                      'meldt u minimaal 3 weken van tevoren. U heeft dan geen evenementenvergunning nodig.</p><form method="post" action="%s">%s'
                      '<button type="submit">Melding versturen</button></form>' % (esc(done), fields_html(BURGER_FIELDS[:5] + ['Datum evenement', 'Omschrijving'])),
                      [(SECTIONS['vergunningen'], self.U(self.section_path('vergunningen')))])
        self.distractors.append(('vergunningen', url, 'Melding klein evenement'))
        self.extra_pages['klein'] = url
        return url

    # ---- general pages ----
    def make_portal(self, url, eh=False):
        start = url.rstrip('/') + ('/inloggen-digid' if url.endswith('/') else '-inloggen')
        host = WEB.split(url)[0]
        if host != self.host:
            assets(host)
        login_start(start)
        body = ('<h1>Mijn %s</h1><p>In Mijn %s ziet u uw lopende aanvragen en meldingen, uw berichten en uw gegevens. '
                'U kunt hier geen nieuwe aanvraag doen.</p><p><a class="btn" href="%s"><img src="%s" alt=""> Inloggen met DigiD</a></p>'
                % (esc(self.short), esc(self.short), esc(start), esc('http://%s/static/img/digid.svg' % host)))
        if eh:
            st2 = url.rstrip('/') + ('/inloggen-eherkenning' if url.endswith('/') else '-eherkenning')
            login_start(st2, 'eherkenning')
            body += '<p><a class="btn" href="%s">Inloggen met eHerkenning</a> (ondernemers)</p>' % esc(st2)
        WEB.put(url, simple_doc('Mijn ' + self.short, '<main>%s<p><a href="%s">Terug naar de website</a></p></main>' % (body, esc(self.U('/')))))
        return url

    def base_news(self):
        return [('Gemeentehuis gesloten op Koningsdag', 'Op Koningsdag is het gemeentehuis gesloten. Voor spoedeisende zaken belt u 14 0%s.' % self.code[3:]),
                ('Werkzaamheden aan de Dorpsstraat', 'Vanaf maandag wordt de Dorpsstraat opnieuw bestraat. Het verkeer wordt omgeleid.'),
                ('Nieuwe speeltuin geopend', 'De wethouder heeft de nieuwe speeltuin in het park geopend.'),
                ('Raadsvergadering over de begroting', 'De gemeenteraad bespreekt de begroting voor volgend jaar in een openbare vergadering.'),
                ('Afvalkalender voor het nieuwe jaar staat online', 'Bekijk wanneer uw containers worden geleegd in de digitale afvalkalender.'),
                ('Inwoners denken mee over het centrum', 'Ruim 300 inwoners vulden de enquête over de toekomst van het centrum in.')]

    def distractor_pages(self):
        ap = self.appt.entry('rijbewijs') if self.appt else self.U('/')
        pages = [
            ('burgerzaken', 'rijbewijs', 'Rijbewijs aanvragen of verlengen',
             '<p>Een rijbewijs vraagt u aan bij de gemeente waar u staat ingeschreven. U heeft eerst een gezondheidsverklaring van het CBR nodig als u 75 jaar of ouder bent.</p>'
             '<p>%s</p>' % a(ap, 'Maak een afspraak')),
            ('burgerzaken', 'verklaring-omtrent-het-gedrag', 'Verklaring Omtrent het Gedrag (VOG)',
             '<p>Een VOG vraagt u meestal online aan bij Justis; uw werkgever start de aanvraag. U kunt de VOG ook aan de balie aanvragen.</p>'
             '<p>%s</p>' % a('http://www.justis.test/vog-aanvragen', 'VOG aanvragen bij Justis (met DigiD)')),
            ('burgerzaken', 'naturalisatie', 'Naturalisatie',
             '<p>Wilt u de Nederlandse nationaliteit? Dan vraagt u naturalisatie aan bij de gemeente. Maak een afspraak voor een intakegesprek.</p>'),
            ('burgerzaken', 'begraven-en-cremeren', 'Begraven en cremeren',
             '<p>Informatie over de begraafplaatsen, grafrechten en het verlengen van een grafrecht.</p>'),
            ('afval', 'afvalkalender', 'Afvalkalender',
             '<p>Vul uw postcode en huisnummer in om te zien wanneer uw containers worden geleegd.</p>'
             '<form method="get" action="%s"><input name="postcode" aria-label="Postcode"><input name="huisnummer" aria-label="Huisnummer"><button type="submit">Toon kalender</button></form>'
             % esc(self.U(self.distractor_path('afvalkalender'), self.phost))),
            ('belastingen', 'woz-waarde', 'WOZ-waarde',
             '<p>Elk jaar stelt de gemeente de WOZ-waarde van uw woning vast. Deze waarde gebruiken wij voor de onroerendezaakbelasting. '
             'De WOZ-waarde van elke woning vindt u ook in het WOZ-waardeloket.</p>'),
            ('vergunningen', 'evenementenkalender', 'Evenementenkalender',
             '<p>Bekijk welke evenementen er de komende maanden in %s zijn, zoals de zomermarkt en de kermis.</p>' % esc(self.short)),
            ('zorg', 'mantelzorg', 'Mantelzorg',
             '<p>Zorgt u voor een naaste? Het steunpunt mantelzorg helpt u met advies en een luisterend oor. Elk jaar ontvangt u het mantelzorgcompliment.</p>'),
            ('werk', 'werk-zoeken', 'Werk zoeken',
             '<p>Bent u op zoek naar werk? Het Werkplein helpt u met vacatures, een cv en sollicitatietraining.</p>'),
        ]
        for sec, slug, title, body in pages:
            url = self.U(self.distractor_path(slug), self.phost)
            self.put_page(url, title, '<h1>%s</h1>%s' % (esc(title), body), [(SECTIONS[sec], self.U(self.section_path(sec)))])
            self.distractors.append((sec, url, title))

    def build_general(self):
        g = self.short
        self.distractor_pages()
        assets('www.justis.test')
        WEB.put('http://www.justis.test/vog-aanvragen', simple_doc('VOG aanvragen - Justis', '<main><h1>VOG aanvragen</h1><p>Vraag een Verklaring Omtrent het Gedrag aan met DigiD.</p></main>'))
        # news
        for t, txt in self.base_news():
            self.news_item(None, t, txt)
        items = []
        for url, t, txt, pk in self.news:
            body = '<h1>%s</h1><p class="date">Gepubliceerd op %d maart 2025</p><p>%s</p>' % (esc(t), hnum(t, 1, 28), esc(txt))
            if pk and pk in self.purl:
                body += '<p>Meer informatie: %s</p>' % a(self.purl[pk], self.title(pk) if self.spec[pk]['kind'] != 'no' else NO_TEXT[pk][0])
            self.put_page(url, t, body, [('Nieuws', self.news_index())])
            items.append('<li>%s</li>' % a(url, t))
        news_idx = self.news_index()
        self.put_page(news_idx, 'Nieuws', '<h1>Nieuws</h1><ul>%s</ul>' % ''.join(items))
        # sections
        for sec, name in SECTIONS.items():
            lis = []
            for pk, _ in self.products:
                if PC[pk]['sec'] != sec or pk not in self.purl:
                    continue
                sp = self.spec[pk]
                if sp['kind'] == 'no' and sp['opts'].get('where', 'page') == 'overview':
                    continue
                t = NO_TEXT[pk][0] if sp['kind'] == 'no' else (SHARED_TITLES[tuple(sorted(self.partners(pk)))] if len(self.partners(pk)) > 1 else self.title(pk))
                li = '<li>%s</li>' % a(self.purl[pk], t)
                if li not in lis:
                    lis.append(li)
            for s2, url, t in self.distractors:
                if s2 == sec:
                    lis.append('<li>%s</li>' % a(url, t))
            stmt = ''
            for pk, _ in self.products:
                sp = self.spec[pk]
                if sp['kind'] == 'no' and sp['opts'].get('where', 'page') == 'overview' and PC[pk]['sec'] == sec:
                    stmt += '<p>%s</p>' % esc(NO_OVERVIEW[pk])
            intro = SECTION_INTRO.get(sec, '').replace('{gem}', g)
            self.put_page(self.U(self.section_path(sec)), name, '<h1>%s</h1><p>%s</p>%s<ul>%s</ul>' % (esc(name), esc(intro), stmt, ''.join(lis)))
        # A-Z
        allp = []
        for pk, _ in self.products:
            if pk in self.purl and self.spec[pk]['kind'] != 'no':
                t = SHARED_TITLES[tuple(sorted(self.partners(pk)))] if len(self.partners(pk)) > 1 else self.title(pk)
                allp.append((t, self.purl[pk]))
            elif pk in self.purl and self.spec[pk]['opts'].get('where', 'page') == 'page':
                allp.append((NO_TEXT[pk][0], self.purl[pk]))
        for s2, url, t in self.distractors:
            allp.append((t, url))
        uniq = []
        for t, u in sorted(allp):
            if (t, u) not in uniq:
                uniq.append((t, u))
        az = self.U(self.distractor_path('producten-a-z'), self.phost)
        self.put_page(az, 'Producten en diensten A-Z', '<h1>Producten en diensten van A tot Z</h1><ul>%s</ul>' % ''.join('<li>%s</li>' % a(u, t) for t, u in uniq))
        # service pages
        cf = self.U(self.page_path('contactformulier'))
        cfd = self.U(self.page_path('contactformulier-verzonden'))
        self.put_page(self.U(self.page_path('contact')), 'Contact', '<h1>Contact</h1><p>Bel 14 0%s (maandag tot en met vrijdag van 8.30 tot 17.00 uur), '
                      'of stel uw vraag via het %s.</p><p>Bezoekadres: Raadhuisplein 1. Het gemeentehuis is open op afspraak.</p>' % (self.code[3:], a(cf, 'contactformulier')))
        self.put_page(cf, 'Contactformulier', '<h1>Contactformulier</h1><p>Stel uw vraag. Wij antwoorden binnen 5 werkdagen. Dit formulier is niet bedoeld voor aanvragen, '
                      'meldingen, bezwaren of klachten.</p><form method="post" action="%s">%s<label for="vraag">Uw vraag *</label><textarea id="vraag" name="vraag"></textarea>'
                      '<button type="submit">Versturen</button></form>' % (esc(cfd), fields_html(['Naam', 'E-mailadres', 'Telefoonnummer'])))
        self.put_page(cfd, 'Bedankt voor uw vraag', '<h1>Bedankt</h1><p>Wij hebben uw vraag ontvangen.</p>', index=False)
        for slug, t, txt in [('privacy', 'Privacyverklaring', 'De gemeente gaat zorgvuldig om met uw persoonsgegevens.'),
                             ('toegankelijkheid', 'Toegankelijkheid', 'Wij willen dat iedereen onze website kan gebruiken.'),
                             ('cookies', 'Cookies', 'Deze website gebruikt alleen functionele en analytische cookies.'),
                             ('feedback', 'Bedankt voor uw reactie', 'Uw reactie helpt ons de website te verbeteren.'),
                             ('nieuwsbrief', 'Nieuwsbrief', 'Ontvang elke maand het nieuws uit de gemeente in uw mailbox.'),
                             ('terugbelverzoek', 'Terugbelverzoek ontvangen', 'Wij bellen u binnen 3 werkdagen terug.'),
                             ('rekenhulp-kwijtschelding', 'Rekenhulp kwijtschelding', 'De uitkomst van de rekenhulp is een indicatie en geen aanvraag.'),
                             ('kaart-werkzaamheden', 'Kaart werkzaamheden', 'Op deze kaart ziet u waar in de gemeente aan de weg wordt gewerkt.'),
                             ('bestuur', 'Bestuur', 'De gemeente wordt bestuurd door de gemeenteraad, het college en de burgemeester.'),
                             ('vacatures', 'Werken bij de gemeente', 'Bekijk onze vacatures.')]:
            self.put_page(self.U(self.page_path(slug)), t, '<h1>%s</h1><p>%s</p>' % (esc(t), esc(txt)), index=slug not in ('feedback', 'terugbelverzoek'))
        if 'chat' in self.sitewide:
            WEB.put(self.U('/static/js/webchat.js'), 'window.webchat={open:function(){}};\n')
        self.after_general()
        # home
        popular = []
        for pk in ('verhuismelding', 'paspoort', 'melding-openbare-ruimte', 'grofvuil', 'hondenbelasting', 'parkeervergunning', 'omgevingsvergunning', 'wmo-voorziening'):
            if pk in self.purl:
                t = NO_TEXT[pk][0] if self.spec[pk]['kind'] == 'no' else self.title(pk)
                popular.append('<li>%s</li>' % a(self.purl[pk], t))
        home = ('<h1>Welkom bij %s</h1><h2>Veelgezocht</h2><ul>%s</ul><h2>Onderwerpen</h2><ul>%s</ul><h2>Nieuws</h2><ul>%s</ul><p>%s | %s | %s</p>'
                % (esc(self.name), ''.join(popular), self.nav(), ''.join(items[:3]), a(az, 'Alle producten en diensten A-Z'), a(news_idx, 'Alle nieuws'),
                   a(self.U(self.page_path('bestuur')), 'Bestuur')))
        self.put_page(self.U('/'), self.name, self.home_extra(home))
        self.write_meta()

    def home_extra(self, home):
        return home

    def after_general(self):
        pass

    def write_meta(self):
        hosts = [self.host] + ([self.phost] if self.phost != self.host else [])
        for h in hosts:
            WEB.put('http://%s/robots.txt' % h, 'User-agent: *\nDisallow: /zoeken\nSitemap: http://%s/sitemap.xml\n' % h)
            urls = [u for u in self.sitemap if WEB.split(u)[0] == h]
            xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n%s</urlset>\n'
                   % ''.join('  <url><loc>%s</loc></url>\n' % esc(u) for u in urls))
            WEB.put('http://%s/sitemap.xml' % h, xml)
        if self.search:
            path, param = self.search
            WEB.searches.append({'host': self.phost if self.phost != self.host and self.search_on_phost else self.host, 'path': path, 'param': param,
                                 'index': 'search/%s.json' % self.host, 'template': 'search/%s.html' % self.host})
            idx = []
            for h in hosts:
                idx += WEB.search_index.get(h, [])
            WEB.extra_files['search/%s.json' % self.host] = json.dumps(idx, ensure_ascii=False, indent=0).encode('utf-8')
            tpl = self.shell('Zoeken', '<h1>Zoekresultaten voor &quot;<!--QUERY-->&quot;</h1><div class="results"><!--RESULTS--></div>', [('Zoeken', None)])
            WEB.extra_files['search/%s.html' % self.host] = tpl.encode('utf-8')
        else:
            self.put_page(self.U('/zoeken'), 'Zoeken', '<h1>Zoeken</h1><p>Typ een zoekwoord in het zoekvak bovenaan de pagina.</p>', index=False)

    search_on_phost = False

    # ---- labels ----
    def product_sitewide(self, pk):
        menu = [p for _, _, p in self.direct_menu]
        return ['trap_' + s for s in self.sitewide if not (s == 'direct_menu' and pk in menu)]

    def labels(self):
        for pk, _ in self.products:
            sp = self.spec[pk]
            k = sp['kind']
            notes = []
            row = dict(org_code=self.code, product_key=pk, level='', status='', product_url='', route_url='', level_strict='', via='')
            if k == 'nf':
                row['status'] = 'not_found'
                sig = self.row_signals.get(pk, [])
                notes.append('No product page on the site.')
                if sig:
                    notes.append('Only a news article mentions it; a news article is not a product page.')
            elif k == 'no':
                row['status'] = 'not_offered'
                row['product_url'] = self.purl[pk]
                sig = self.row_signals[pk] + self.product_sitewide(pk)
                if sp['opts'].get('where', 'page') == 'overview':
                    notes.append('Not offered: the %s overview page states it (%s).' % (SECTIONS[PC[pk]['sec']], NO_OVERVIEW[pk]))
                else:
                    notes.append('Not offered: page "%s" states it in its own words.' % NO_TEXT[pk][0])
            else:
                r = self.routes[pk]
                row['status'] = 'ok'
                row['level'] = str(r.level)
                row['product_url'] = self.purl[pk]
                row['route_url'] = r.route if r.level > 0 else ''
                row['level_strict'] = str(r.strict)
                if r.mode.startswith('via:'):
                    row['via'] = r.via
                sig = self.row_signals[pk] + self.product_sitewide(pk)
                notes.append(self.route_note(pk, r, sp))
            traps = [s[5:] for s in sig if s.startswith('trap_')]
            if traps:
                notes.append('Traps: %s.' % ', '.join(traps))
            extra = NOTES.get((self.code, pk))
            if extra:
                notes.append(extra)
            clean = []
            for s in sig:
                if s not in clean:
                    clean.append(s)
            row['signals'] = ';'.join(clean)
            row['notes'] = ' '.join(notes)
            WEB.labels.append(row)

    PLATFORM_DESC = {'openforms': 'Open Formulieren-like form rendered by JavaScript', 'gravity': 'Gravity-Forms-like form on the mijn host',
                     'triple': 'TriplEforms-like .aspx form', 'formdesk': 'Formdesk form', 'mendix': 'Mendix eFormulieren app rendered by JavaScript',
                     'topdesk': 'TOPdesk self-service form', 'eloket': 'formulierenserver e-loket form', 'sameform': 'form on the site itself',
                     'eformget': 'eFormulieren form started with a GET form', 'loketmulti': '"Voordat u begint" page, GET-form start, then the start page',
                     'digitaalloket': 'digitaal loket form', 'body': 'form'}

    def route_note(self, pk, r, sp):
        m = r.mode
        if m == '0a':
            return 'Level 0: appointment only (online booking is not a request form).'
        if m == '0c':
            return 'Level 0: information only (%s).' % (self.zero_channel(pk)[0].replace('none', 'assessment by the municipality'))
        if m == '0m':
            return 'Level 0: request by e-mail (mailto) only.'
        if m == '0cb':
            return 'Level 0: only a call-back request form, which is not a request form for the product.'
        if m in ('33', '33d', '33r', '33e'):
            fmt = self.docs[pk][3]
            return 'Level 33: printable %s form%s.' % (fmt.upper() if fmt != 'docx' else 'Word (.docx)', ' to be e-mailed' if m == '33e' else '')
        if m.startswith('via:'):
            return 'Delegated (level %d): %s' % (r.level, r.note)
        plat = getattr(r, 'platform', None)
        desc = self.PLATFORM_DESC.get(plat.style if plat else '', 'form')
        what = {'digid': 'DigiD login', 'eh': 'eHerkenning login', 'de': 'DigiD and eHerkenning login',
                'choice': 'login choice DigiD (or eHerkenning) or without login', 'anon': 'online form without login',
                'own': 'own account login (not DigiD)'}[m]
        s = 'Level %d: %s, %s on %s.' % (r.level, what, desc, WEB.split(r.route)[0])
        if r.strict == 100 and r.level == 100:
            s += ' Explicit pre-fill statement, so strict 100.'
        elif 'trap_prefill_negated' in r.signals:
            s += ' The start page says data are NOT filled in automatically (strict 67).'
        cta = sp['opts'].get('cta', 'link')
        if cta != 'link':
            s += ' Call to action: %s.' % {'button': 'button', 'getform': 'GET form', 'iframe': 'iframe', 'script': 'script-built link',
                                           'img': 'DigiD/eHerkenning image link', 'interstitial': 'interstitial with meta refresh',
                                           'tab': 'in the "?show=online" tab view', 'overview': 'via the e-loket overview page'}[cta]
        return s


SECTION_INTRO = {
    'burgerzaken': 'Paspoort, verhuizen, geboorte, trouwen en uittreksels.',
    'belastingen': 'Gemeentelijke belastingen, de WOZ-waarde en kwijtschelding.',
    'zorg': 'Hulp en ondersteuning thuis, vervoer en parkeren voor mensen met een beperking.',
    'werk': 'Uitkeringen, bijzondere kosten en hulp bij werk.',
    'onderwijs': 'School, leerplicht en vervoer naar school.',
    'afval': 'Afval scheiden, containers, grofvuil en de milieustraat.',
    'openbareruimte': 'Wegen, parkeren, groen en meldingen over de buitenruimte in {gem}.',
    'bouwen': 'Bouwen, verbouwen, bomen en het bouwarchief.',
    'vergunningen': 'Evenementen, ontheffingen en andere vergunningen.',
    'ondernemen': 'Vergunningen en regels voor ondernemers in {gem}.',
    'bestuur': 'Bezwaar, klachten, informatieverzoeken en subsidies.',
}

NEWS_TITLES = {
    'bijstand': 'Meer inwoners vragen bijstand aan',
    'overlijdensaangifte': 'Nieuwe regels voor aangifte van overlijden',
    'winkeltijdenontheffing': 'Koopzondagen voor volgend jaar vastgesteld',
    'hondenbelasting': 'Tarief hondenbelasting blijft gelijk',
}
NEWS_TEXT = {
    'bijstand': 'Het aantal aanvragen voor een bijstandsuitkering steeg vorig jaar met 6 procent. De wethouder wil mensen sneller naar werk helpen.',
    'overlijdensaangifte': 'Uitvaartverzorgers kunnen de aangifte van overlijden voortaan ook buiten kantooruren regelen.',
    'winkeltijdenontheffing': 'De gemeenteraad heeft de koopzondagen voor volgend jaar vastgesteld. Winkeliers die op andere dagen open willen, kunnen contact opnemen met de gemeente.',
    'hondenbelasting': 'Het tarief voor de hondenbelasting blijft volgend jaar gelijk.',
}

EXTRA_FORMS = [('Aanvraag afvalpas', 'digid'), ('Huisnummer aanvragen', 'anon'), ('Verzoek om handhaving', 'digid'),
               ('Melding brandveilig gebruik', 'eh'), ('Ontheffing zwaar verkeer', 'eh'), ('Snippergroen kopen', 'digid'),
               ('Melding asbest verwijderen', 'digid'), ('Ontheffing verbranden snoeiafval', 'anon'), ('Aanvraag mantelzorgcompliment', 'digid'),
               ('Melding ongedierte', 'anon'), ('Aanvraag vrijstelling leerplicht', 'digid'), ('Aanvraag Meedoenregeling', 'digid'),
               ('Verzoek inzage persoonsgegevens (AVG)', 'digid'), ('Aanmelden vrijwilligersprijs', 'anon'), ('Aanvraag gebruik sporthal', 'anon'),
               ('Melding graafwerkzaamheden', 'eh')]


def eloket_overview(site, plat, url, intro):
    """An e-loket overview page listing dozens of forms for all products (and more)."""
    for t, mode in EXTRA_FORMS:
        plat.form(slugify(t), t, mode, [], aud='b' if mode != 'eh' else 'o')
    rows = []
    for t, entry, mode, pk in sorted(plat.forms, key=lambda x: x[0].lower()):
        lab = {'digid': ' (DigiD)', 'de': ' (DigiD of eHerkenning)', 'eh': ' (eHerkenning)', 'choice': ' (met of zonder DigiD)'}.get(mode, '')
        rows.append('<li>%s%s</li>' % (a(entry, t), esc(lab)))
    body = ('<h1>Alle formulieren</h1><p>%s</p><p>Formulieren met (DigiD) of (eHerkenning) vult u in nadat u bent ingelogd.</p>'
            '<ul class="formulieren">%s</ul>' % (esc(intro), ''.join(rows)))
    WEB.put(url, plat.shell('Alle formulieren', body))
    return url


# ---- the ten sites --------------------------------------------------------------------

class Veere(Site):
    sitewide = ('site_login', 'footer_digid', 'feedback_form')
    btn = 'onclick'
    docs_dir = '/sites/default/files/documenten/'
    search = ('/zoeken', 'q')

    def setup(self):
        self.platforms['default'] = FormHost('formulieren.veere.test', self.name, 'openforms')
        self.appt = Appointments('afspraken.veere.test', '/JCC/G-Plan/', self.name, 'jcc')
        self.portal = self.make_portal('http://mijn.veere.test/')
        self.tax_body = BODIES['sabewa']

    def product_main(self, ctx):
        return ('<article class="node node--type-product"><h1 class="page-title">%s</h1><div class="field--name-body"><p class="intro">%s</p>'
                '<h2>Wat heb ik nodig?</h2>%s<h2>Wat moet ik doen?</h2>%s<h2>Wat kost het?</h2><p>%s</p><h2>Hoe lang duurt het?</h2><p>%s</p>%s%s</div></article>'
                % (esc(ctx['title']), esc(ctx['intro']), ul([esc(v) for v in ctx['voorw']]), ctx['how'], esc(ctx['kosten']), esc(ctx['termijn']),
                   ''.join(ctx['blocks']), self.downloads_html(ctx['downloads'])))


class Dantumadiel(Site):
    sitewide = ('eloket_header', 'chat')
    docs_dir = '/documenten/formulieren/'

    def setup(self):
        self.platforms['default'] = FormHost('eloket.dantumadiel.test', self.name, 'eloket')
        self.overview = 'http://eloket.dantumadiel.test/eloket/'
        self.appt = Appointments('dantumadiel.afspraakmaken.test', '/qmaticwebbooking/', self.name, 'qmatic')

    def product_path(self, pk, title):
        return '/producten/' + slugify(title)

    def section_path(self, sec):
        return '/onderwerpen/%s/' % sec

    def product_main(self, ctx):
        return ('<h1>%s</h1><p class="lang-switch"><a href="%s">Frysk</a></p><div class="product-informatie"><h2>Product informatie</h2>'
                '<h3>Inleiding</h3><p>%s</p><h3>Voorwaarden</h3>%s<h3>Aanpak</h3>%s<h3>Kosten</h3><p>%s</p><h3>Termijn</h3><p>%s</p></div>%s%s'
                % (esc(ctx['title']), esc(self.U('/fy/')), esc(ctx['intro']), ul([esc(v) for v in ctx['voorw']]), ctx['how'], esc(ctx['kosten']),
                   esc(ctx['termijn']), ''.join(ctx['blocks']), self.downloads_html(ctx['downloads'])))

    def after_general(self):
        eloket_overview(self, self.platforms['default'], self.overview,
                        'In het e-loket van de gemeente Dantumadiel regelt u veel zaken digitaal, op elk moment van de dag.')
        self.put_page(self.U('/fy/'), 'Wolkom', '<h1>Wolkom by de gemeente Dantumadiel</h1><p>Op dizze side fine jo ynformaasje yn it Frysk. '
                      'De measte siden binne yn it Nederlânsk.</p><p>%s</p>' % a(self.U('/'), 'Nei de Nederlânske side'))
        # a Samenwerkende Catalogi feed, partly stale
        items = []
        for pk, _ in self.products:
            sp = self.spec[pk]
            if sp['kind'] in ('nf',) or pk not in self.purl:
                continue
            r = self.routes.get(pk)
            val = 'nee'
            if r is not None and r.level == 100:
                val = 'digid'
            elif r is not None and r.level == 67:
                val = 'ja'
            if 'sc_feed' in sp['traps']:
                val = 'digid'
            aurl = ''
            if val != 'nee':
                aurl = '<overheidproduct:aanvraagURL resourceIdentifier="%s"/>' % esc(r.route if r is not None and r.route and 'sc_feed' not in sp['traps'] else self.overview)
            items.append('<overheidproduct:scproduct owms-version="4.0"><overheidproduct:meta><overheidproduct:owmskern>'
                         '<dcterms:identifier>%s</dcterms:identifier><dcterms:title>%s</dcterms:title></overheidproduct:owmskern>'
                         '<overheidproduct:scmeta><overheidproduct:onlineAanvragen>%s</overheidproduct:onlineAanvragen>%s</overheidproduct:scmeta>'
                         '</overheidproduct:meta></overheidproduct:scproduct>' % (esc(self.purl[pk]), esc(self.title(pk)), val, aurl))
        WEB.put(self.U('/sc/producten.xml'), '<?xml version="1.0" encoding="UTF-8"?>\n<overheidproduct:scproducten xmlns:overheidproduct="http://standaarden.overheid.nl/product/terms/" '
                'xmlns:dcterms="http://purl.org/dc/terms/">\n%s\n</overheidproduct:scproducten>\n' % '\n'.join(items))


class Leiderdorp(Site):
    sitewide = ('site_login', 'eherkenning_header', 'newsletter')
    btn = 'a'
    docs_dir = '/sites/default/files/'

    def setup(self):
        self.platforms['default'] = FormHost(self.host, self.name, 'sameform', site=self)
        self.appt = Appointments('leiderdorp.timeblockr.test', '/', self.name, 'timeblockr')
        self.portal = self.make_portal(self.U('/mijn-leiderdorp'), eh=True)
        self.portal_eh = self.portal

    def product_path(self, pk, title):
        return '/onderwerpen/%s/%s' % (PC[pk]['sec'], slugify(title))

    def section_path(self, sec):
        return '/onderwerpen/%s/' % sec

    def product_main(self, ctx):
        return ('<h1 class="utrecht-heading-1">%s</h1><p class="utrecht-paragraph utrecht-paragraph--lead">%s</p>'
                '<h2 class="utrecht-heading-2">Aanvragen</h2>%s<h2 class="utrecht-heading-2">Voorwaarden</h2>%s'
                '<details class="utrecht-accordion"><summary>Kosten</summary><p>%s</p></details>'
                '<details class="utrecht-accordion"><summary>Hoe lang duurt het?</summary><p>%s</p></details>%s%s'
                % (esc(ctx['title']), esc(ctx['intro']), ctx['how'], ul([esc(v) for v in ctx['voorw']]), esc(ctx['kosten']), esc(ctx['termijn']),
                   ''.join(ctx['blocks']), self.downloads_html(ctx['downloads'])))

    def after_general(self):
        plat = self.platforms['default']
        rows = ''.join('<li>%s</li>' % a(e, t) for t, e, m, pk in sorted(plat.forms, key=lambda x: x[0].lower()))
        self.put_page(self.U('/formulieren/'), 'Formulieren', '<h1>Formulieren</h1><p>Een overzicht van onze online formulieren.</p><ul>%s</ul>' % rows)


class Wijchen(Site):
    sitewide = ('site_login', 'footer_digid', 'feedback_form')
    docs_dir = '/wp-content/uploads/2024/05/'

    def setup(self):
        self.platforms['default'] = FormHost('mijn.wijchen.test', self.name, 'gravity')
        self.appt = Appointments('afspraak.wijchen.test', '/', self.name, 'plain')
        self.portal = self.make_portal('http://mijn.wijchen.test/mijn-zaken/')

    def product_path(self, pk, title):
        return '/onderwerp/' + slugify(title)

    def section_path(self, sec):
        return '/onderwerpen/' + sec

    def product_main(self, ctx):
        return ('<div class="pdc-item"><h1>%s</h1><div class="pdc-item__direct-regelen">%s</div><p class="pdc-item__intro">%s</p>'
                '<div class="accordion"><h2 class="accordion__title">Voorwaarden</h2><div class="accordion__content">%s</div>'
                '<h2 class="accordion__title">Kosten</h2><div class="accordion__content"><p>%s</p></div>'
                '<h2 class="accordion__title">Termijn</h2><div class="accordion__content"><p>%s</p></div></div>%s%s</div>'
                % (esc(ctx['title']), ctx['how'], esc(ctx['intro']), ul([esc(v) for v in ctx['voorw']]), esc(ctx['kosten']), esc(ctx['termijn']),
                   ''.join(ctx['blocks']), self.downloads_html(ctx['downloads'])))


class Sliedrecht(Site):
    sitewide = ('site_login', 'footer_digid', 'direct_menu')
    btn = 'a'

    def setup(self):
        self.platforms['default'] = FormHost('formulieren.sliedrecht.test', self.name, 'triple', tenant='Sliedrecht')
        self.appt = Appointments('afspraken.sliedrecht.test', '/', self.name, 'jcc')
        self.portal = self.make_portal(self.U('/MijnSliedrecht'))
        self.tax_body = BODIES['gbd']
        self.docs_dir = '/publish/pages/%d/' % hnum(self.code, 1000, 9999)

    def after_routes(self):
        for pk in ('verhuismelding', 'brp-uittreksel', 'melding-openbare-ruimte', 'klacht'):
            r = self.routes.get(pk)
            if r is not None and r.entry:
                self.direct_menu.append((PC[pk]['form'], r.entry, pk))

    def sec_dir(self, sec):
        return ('Ondernemers' if sec == 'ondernemen' else 'Inwoners'), capslug(SECTIONS[sec])

    def product_path(self, pk, title):
        top, sec = self.sec_dir(PC[pk]['sec'])
        return '/%s/%s/%s' % (top, sec, capslug(title))

    def section_path(self, sec):
        return '/%s/%s/' % self.sec_dir(sec)

    def page_path(self, slug):
        return '/' + capslug(slug)

    def news_path(self, slug):
        return '/Actueel/Nieuws/' + capslug(slug)

    def news_index(self):
        return self.U('/Actueel/Nieuws/')

    def product_main(self, ctx):
        return ('<div class="iprox-content"><h1>%s</h1><p class="intro">%s</p><h2>Aanvragen</h2>%s<h2>Voorwaarden</h2>%s<h2>Kosten</h2><p>%s</p>'
                '<h2>Termijn</h2><p>%s</p>%s%s</div>' % (esc(ctx['title']), esc(ctx['intro']), ctx['how'], ul([esc(v) for v in ctx['voorw']]),
                                                      esc(ctx['kosten']), esc(ctx['termijn']), self.downloads_html(ctx['downloads']), ''.join(ctx['blocks'])))


class Twenterand(Site):
    sitewide = ('site_login', 'footer_digid', 'chat')

    def setup(self):
        self.platforms['default'] = FormHost('eformulieren.twenterand.test', self.name, 'eformget')
        self.appt = Appointments('twenterand.afspraakmaken.test', '/qmaticwebbooking/', self.name, 'qmatic')
        self.portal = self.make_portal('http://mijn.twenterand.test/')
        self.tax_body = BODIES['gbt']
        self.docs_dir = '/document.php?m=1&fileid='  # replaced below
        self.docs_dir = '/documenten/'
        WEB.not_found_pages.append({'host': self.host, 'file': 'errors/twenterand-404.html', 'status': 404})
        WEB.extra_files['errors/twenterand-404.html'] = simple_doc('Pagina niet gevonden', '<main><h1>Pagina niet gevonden</h1><p>De pagina bestaat niet (meer).</p></main>').encode()

    def top(self, sec):
        return 'ondernemers_41830' if sec == 'ondernemen' else 'inwoners_41825'

    def product_path(self, pk, title):
        slug = slugify(title, '-')
        return '/%s/product/%s_%d.html' % (self.top(PC[pk]['sec']), slug, hnum(pk, 100, 999))

    def section_path(self, sec):
        return '/%s/thema/%s_%d.html' % (self.top(sec), sec, hnum(sec, 100, 999))

    def page_path(self, slug):
        return '/algemeen_41840/item/%s_%d.html' % (slug, hnum(slug, 100, 999))

    def news_path(self, slug):
        return '/algemeen_41840/nieuws/%s_%d.html' % (slug, hnum(slug, 100, 999))

    def news_index(self):
        return self.U('/algemeen_41840/nieuws/')

    def product_main(self, ctx):
        return ('<div id="product"><h1>%s</h1><h2>Wat is het?</h2><p>%s</p><h2>Aanvragen</h2>%s<h2>Voorwaarden</h2>%s<h2>Wat kost het?</h2><p>%s</p>'
                '<h2>Meer informatie</h2><p>%s</p>%s%s</div>' % (esc(ctx['title']), esc(ctx['intro']), ctx['how'], ul([esc(v) for v in ctx['voorw']]),
                                                               esc(ctx['kosten']), esc(ctx['termijn']), self.downloads_html(ctx['downloads']), ''.join(ctx['blocks'])))


class Hillegom(Site):
    sitewide = ('feedback_form', 'newsletter', 'footer_digid')

    def setup(self):
        self.platforms['default'] = FormHost('fd8.formdesk.test', self.name, 'formdesk', tenant='gemeentehillegom')
        self.appt = Appointments('hillegom.afspraakmaken.test', '/qmaticwebbooking/', self.name, 'qmatic')
        self.portal = self.make_portal('http://mijn.hillegom.test/')
        self.tax_body = BODIES['cocensus']
        self.docs_dir = '/Documenten/'

    def product_path(self, pk, title):
        return '/Regelen-en-aanvragen/%s/%s' % (capslug(SECTIONS[PC[pk]['sec']]), capslug(title))

    def section_path(self, sec):
        return '/Regelen-en-aanvragen/%s/' % capslug(SECTIONS[sec])

    def page_path(self, slug):
        return '/Home/' + capslug(slug)


class DeWolden(Site):
    sitewide = ('site_login', 'feedback_form')
    search = ('/zoeken', 'trefwoord')
    search_on_phost = True

    def setup(self):
        self.phost = 'loket.dewolden.test'
        assets(self.phost)
        self.platforms['default'] = FormHost(self.phost, self.name, 'loketmulti', site=self)
        self.platforms['topdesk'] = FormHost('dewolden.topdesk.test', self.name, 'topdesk')
        self.appt = Appointments('afspraak.dewolden.test', '/', self.name, 'plain')
        self.portal = self.make_portal('http://loket.dewolden.test/mijn-loket/')
        self.docs_dir = '/wp-content/uploads/formulieren/'
        WEB.host_redirects.append({'host': 'www.dewolden.test', 'status': 301, 'to': 'dewolden.test'})

    def product_path(self, pk, title):
        return '/producten/' + capslug(title)

    def distractor_path(self, slug):
        return '/producten/' + capslug(slug)

    def section_path(self, sec):
        return '/inwoners/' + sec

    def news_index(self):
        return self.U('/nieuws/')

    def loket_shell(self, title, main, crumbs=None, aside=''):
        body = ('<header class="loket-header"><a href="http://loket.dewolden.test/producten/">Digitaal loket %s</a> '
                '<a class="header-login" href="%s">Mijn loket (inloggen met DigiD)</a> <a href="%s">Naar dewolden.nl</a>'
                '<form method="get" action="http://loket.dewolden.test/zoeken"><input name="trefwoord" aria-label="Zoeken"><button type="submit">Zoek</button></form></header>'
                '<main>%s</main>%s<footer><p>Gemeente De Wolden, Postbus 20000, 7920 AA Zuidwolde</p></footer>'
                % (esc(self.short), esc(self.portal), esc(self.U('/')), main, ('<aside>%s</aside>' % aside) if aside else ''))
        return simple_doc(title + ' - Loket De Wolden', body)

    form_shell = loket_shell

    def put_product(self, url, title, main, crumbs, aside):
        return self.put_page(url, title, main, crumbs, ''.join(aside), shell=self.loket_shell)

    def put_page(self, url, title, main, crumbs=None, aside='', index=True, shell=None):
        if shell is None and WEB.split(url)[0] == self.phost:
            shell = self.loket_shell
        return Site.put_page(self, url, title, main, crumbs, aside, index, shell)

    def product_sitewide(self, pk):
        return ['trap_site_login']

    def product_main(self, ctx):
        return ('<h1>%s</h1><div class="pdc"><h2>Product informatie</h2><h3>Omschrijving</h3><p>%s</p><h3>Voorwaarden</h3>%s<h3>Aanpak</h3>%s'
                '<h3>Kosten</h3><p>%s</p><h3>Termijn</h3><p>%s</p></div>%s%s' % (esc(ctx['title']), esc(ctx['intro']), ul([esc(v) for v in ctx['voorw']]),
                                                                              ctx['how'], esc(ctx['kosten']), esc(ctx['termijn']), ''.join(ctx['blocks']),
                                                                              self.downloads_html(ctx['downloads'])))

    def after_general(self):
        lis = ''.join('<li>%s</li>' % a(self.purl[pk], self.title(pk)) for pk, _ in self.products
                      if pk in self.purl and WEB.split(self.purl[pk])[0] == self.phost and self.spec[pk]['kind'] != 'no')
        self.put_page('http://loket.dewolden.test/producten/', 'Producten', '<h1>Producten en diensten</h1><ul>%s</ul>' % lis)
        self.put_page('http://loket.dewolden.test/', 'Digitaal loket', '<h1>Digitaal loket De Wolden</h1><p>%s</p>' % a('http://loket.dewolden.test/producten/', 'Alle producten'))


class Haaksbergen(Site):
    sitewide = ('site_login', 'chat')
    btn = 'onclick'

    def setup(self):
        self.platforms['default'] = FormHost('eformulieren.haaksbergen.test', self.name, 'mendix')
        self.appt = Appointments('afspraken.haaksbergen.test', '/', self.name, 'jcc')
        self.portal = self.make_portal('http://mijn.haaksbergen.test/')
        self.tax_body = BODIES['gbt']
        self.docs_dir = '/fileadmin/formulieren/'
        WEB.not_found_pages.append({'host': self.host, 'file': 'errors/haaksbergen-soft404.html', 'status': 200})
        WEB.extra_files['errors/haaksbergen-soft404.html'] = simple_doc('Gemeente Haaksbergen', '<main><h1>Oeps!</h1><p>Deze pagina kunnen we niet vinden. '
                                                                         'Probeer het zoekvak of ga naar de homepage.</p></main>').encode()

    def product_path(self, pk, title):
        return '/ik-wil/' + slugify(title)

    def section_path(self, sec):
        return '/onderwerpen/' + sec

    def product_main(self, ctx):
        return ('<h1>%s</h1><p class="lead">%s</p><ol class="stappen"><li><h2>Stap 1: Controleer de voorwaarden</h2>%s</li>'
                '<li><h2>Stap 2: Regel het</h2>%s</li><li><h2>Stap 3: Wat gebeurt er daarna?</h2><p>%s</p><p>%s</p></li></ol>%s%s'
                % (esc(ctx['title']), esc(ctx['intro']), ul([esc(v) for v in ctx['voorw']]), ctx['how'], esc(ctx['termijn']), esc(ctx['kosten']),
                   ''.join(ctx['blocks']), self.downloads_html(ctx['downloads'])))


class Waddinxveen(Site):
    sitewide = ('eloket_header', 'footer_digid', 'feedback_form')
    search = ('/zoeken.aspx', 'zoekterm')

    def setup(self):
        self.platforms['default'] = FormHost('digitaalloket.waddinxveen.test', self.name, 'digitaalloket')
        self.overview = 'http://digitaalloket.waddinxveen.test/Loket/'
        self.appt = Appointments('afspraak.waddinxveen.test', '/', self.name, 'plain')
        self.docs_dir = '/Documenten/'

    def product_path(self, pk, title):
        return '/inwoners/%s/%s.aspx' % (PC[pk]['sec'], slugify(title))

    def section_path(self, sec):
        return '/inwoners/%s.aspx' % sec

    def page_path(self, slug):
        return '/%s.aspx' % slug

    def news_path(self, slug):
        return '/nieuws/%s.aspx' % slug

    def news_index(self):
        return self.U('/nieuws.aspx')

    def product_main(self, ctx):
        return ('<div id="ctl00_ContentPlaceHolder1_pnlProduct"><h1>%s</h1><h2>Omschrijving</h2><p>%s</p><h2>Aanvragen</h2>%s<h2>Voorwaarden</h2>%s'
                '<h2>Kosten</h2><p>%s</p><h2>Afhandeling</h2><p>%s</p>%s%s</div>' % (esc(ctx['title']), esc(ctx['intro']), ctx['how'],
                                                                                 ul([esc(v) for v in ctx['voorw']]), esc(ctx['kosten']), esc(ctx['termijn']),
                                                                                 ''.join(ctx['blocks']), self.downloads_html(ctx['downloads'])))

    def after_general(self):
        eloket_overview(self, self.platforms['default'], self.overview,
                        'In het Digitaal Loket van Waddinxveen vindt u alle formulieren van de gemeente.')


# ---- specs: kind [options] [+traps] per product ---------------------------------------
# kinds: 0a appointment only | 0c counter/phone/letter | 0m e-mail | 0cb call-back form | 33 pdf | 33d docx | 33r rtf | 33e pdf by e-mail
#        67 form without login | 67own own account | 100 DigiD | 100p DigiD + explicit pre-fill | 100c DigiD or without login
#        100eh eHerkenning | 100de DigiD or eHerkenning | via:<body>:<kind> | no not offered | nf no page

SPEC_VEERE = """
brp-uittreksel 100 cta=script +direct,status
verhuismelding 100p cta=script +aux_pdf,mijnoverheid
geboorteaangifte 100 cta=button +afspraak_digid
overlijdensaangifte 0c +direct,klacht
huwelijksaangifte 100 cta=script +confusable
paspoort 0a +aux_pdf,mijn_afspraken,digid_info
identiteitskaart 0a share=paspoort
parkeervergunning via:parkeerveere:100 +tax_portal
gehandicaptenparkeerkaart 100c cta=script +sibling
gehandicaptenparkeerplaats 67 cta=button +sibling
hondenbelasting via:sabewa:100 +regulation
belastingkwijtschelding via:sabewa:100
woz-bezwaar via:sabewa:100p +mijnoverheid
bijstand via:orionis:100 +news
bijzondere-bijstand via:orionis:33
wmo-voorziening 67 cta=script +auto_confirm,contact
leerlingenvervoer 100 cta=button prefneg=1
grofvuil via:zrd:67 +melding,app
afvalcontainer via:zrd:0c +sibling,app
melding-openbare-ruimte 67 cta=script +app,upload_formats
omgevingsvergunning via:olo:100p
kapvergunning via:olo:100p +regulation
bouwdossier-inzage 67 cta=button +mailto
bezwaar 100c cta=script +klacht
klacht 67 cta=script +bezwaar,contact
woo-verzoek 33 +mailto,klacht,bezwaar
subsidie 100de cta=button +downloads
evenementenvergunning 100de cta=script +olo,sibling
exploitatievergunning-horeca 33 share=alcoholvergunning
alcoholvergunning 33
terrasvergunning 100eh cta=button +other_pdf
standplaatsvergunning 33 +olo
marktvergunning 0c +mailto,sibling
reclamebelasting 0c +tax_portal
geluidsontheffing 67 cta=script +sibling
winkeltijdenontheffing no
kansspelautomaatvergunning 33d +other_pdf
collectevergunning 67 cta=button
ligplaatsvergunning 100de cta=script eidas=1
uitwegvergunning via:olo:100p +sibling
belastingaanslag-bezwaar via:sabewa:100 +bezwaar
betalingsregeling via:sabewa:67 +calculator
"""

SPEC_DANTUMADIEL = """
brp-uittreksel 100 cta=img +direct
verhuismelding 100 cta=overview
geboorteaangifte 0a +eloket
overlijdensaangifte 0c +form_mention
huwelijksaangifte 33 +confusable
paspoort 0a +aux_pdf,direct
identiteitskaart 0a +sibling
parkeervergunning no
gehandicaptenparkeerkaart 33 +downloads
gehandicaptenparkeerplaats 33 +sibling
hondenbelasting 100 cta=getform +regulation
belastingkwijtschelding 100 cta=getform +calculator
woz-bezwaar 100 cta=img +mijnoverheid
bijstand 100 cta=overview +news
bijzondere-bijstand 100 cta=img +downloads
wmo-voorziening 0cb +contact
leerlingenvervoer 33 +downloads,sc_feed
grofvuil via:omrin:67own +app
afvalcontainer via:omrin:67
melding-openbare-ruimte 67 +app
omgevingsvergunning via:olo:100p
kapvergunning 33 +olo
bouwdossier-inzage 0m
bezwaar 0c +eloket_similar
klacht 67 cta=getform
woo-verzoek 100 cta=overview +klacht
subsidie 33d +regulation
evenementenvergunning 67 cta=getform +olo
exploitatievergunning-horeca nf
alcoholvergunning 33
terrasvergunning 33 +other_pdf
standplaatsvergunning 0c +form_mention
marktvergunning 0c +sibling
reclamebelasting no where=overview
geluidsontheffing 33 +sibling
winkeltijdenontheffing nf +news
kansspelautomaatvergunning 33 +sc_feed
collectevergunning 0c +mailto
ligplaatsvergunning 33 +regulation
uitwegvergunning 67 cta=overview
belastingaanslag-bezwaar 100 cta=overview
betalingsregeling 0c +eloket
"""

SPEC_LEIDERDORP = """
brp-uittreksel 100c cta=button
verhuismelding 100 cta=button +aux_pdf,status
geboorteaangifte 100 cta=button +afspraak_digid
overlijdensaangifte 100eh +direct
huwelijksaangifte 100 cta=button +confusable
paspoort 0a +afspraak_digid,aux_pdf
identiteitskaart 0a +afspraak_digid,sibling
parkeervergunning 100 cta=button +status
gehandicaptenparkeerkaart 100p cta=button +sibling
gehandicaptenparkeerplaats 67 cta=button +sibling
hondenbelasting no
belastingkwijtschelding 100 cta=button +calculator
woz-bezwaar 100de cta=button +mijnoverheid
bijstand 100 cta=button +news
bijzondere-bijstand 100 cta=button +downloads
wmo-voorziening 67 cta=button +callback
leerlingenvervoer 100 cta=button prefneg=1
grofvuil 67 cta=button +melding
afvalcontainer 67 +sibling
melding-openbare-ruimte 67 cta=button +app
omgevingsvergunning via:olo:100p
kapvergunning 67 cta=button +olo
bouwdossier-inzage 67 +mailto
bezwaar 100de cta=button +klacht
klacht 100c cta=button +bezwaar
woo-verzoek 100c cta=button eidas=1
subsidie 100de cta=button +regulation
evenementenvergunning 100de cta=button +klein_evenement,olo
exploitatievergunning-horeca 100eh cta=button
alcoholvergunning 100eh cta=button +sibling
terrasvergunning 100eh cta=button
standplaatsvergunning 100de cta=button +olo
marktvergunning 0c +sibling
reclamebelasting no where=overview
geluidsontheffing 67 cta=button
winkeltijdenontheffing 0c +contact
kansspelautomaatvergunning 33 +regulation
collectevergunning 67
ligplaatsvergunning 33 +regulation
uitwegvergunning 67 cta=button +olo
belastingaanslag-bezwaar 100 cta=button +bezwaar
betalingsregeling 100 cta=button +calculator
"""

SPEC_WIJCHEN = """
brp-uittreksel 100 cta=img +direct
verhuismelding 100 cta=img +aux_pdf
geboorteaangifte 0a +direct
overlijdensaangifte 0c +news
huwelijksaangifte 100 cta=img +confusable
paspoort 0a +direct,aux_pdf
identiteitskaart 0a +aux_pdf
parkeervergunning 100 cta=img +status
gehandicaptenparkeerkaart 100 cta=img +other_pdf
gehandicaptenparkeerplaats 100 cta=img +sibling
hondenbelasting 100 cta=img +regulation
belastingkwijtschelding 100p cta=img +calculator
woz-bezwaar 100de cta=img +mijnoverheid
bijstand via:werk:100 +news
bijzondere-bijstand 100 cta=img +downloads
wmo-voorziening 67 +auto_confirm
leerlingenvervoer 100 cta=img
grofvuil 67 +melding
afvalcontainer 67 +sibling
melding-openbare-ruimte 67 +app,upload_formats
omgevingsvergunning via:olo:100p
kapvergunning via:olo:100p +regulation
bouwdossier-inzage 67
bezwaar 100de cta=img +klacht
klacht 67 +bezwaar
woo-verzoek 100de cta=img
subsidie 33 +downloads
evenementenvergunning 100de cta=img +olo
exploitatievergunning-horeca 33 +other_pdf
alcoholvergunning 33 +sibling
terrasvergunning 67 +sibling
standplaatsvergunning 33 +olo
marktvergunning 0c +sibling
reclamebelasting 0c +regulation
geluidsontheffing 67
winkeltijdenontheffing no
kansspelautomaatvergunning 33
collectevergunning 67
ligplaatsvergunning no
uitwegvergunning 100de cta=img +olo
belastingaanslag-bezwaar 100de cta=img +bezwaar
betalingsregeling 67 +calculator
"""

SPEC_SLIEDRECHT = """
brp-uittreksel 100 cta=img
verhuismelding 100 cta=img +aux_pdf
geboorteaangifte 100 cta=img
overlijdensaangifte 0c +direct
huwelijksaangifte 33 +downloads,confusable
paspoort 0a +aux_pdf
identiteitskaart 0a +direct
parkeervergunning 67 t=4 +status
gehandicaptenparkeerkaart 100c +sibling
gehandicaptenparkeerplaats 33 +sibling
hondenbelasting no
belastingkwijtschelding via:gbd:100
woz-bezwaar via:gbd:100p +mijnoverheid
bijstand via:sdd:100 +news
bijzondere-bijstand via:sdd:100c +downloads
wmo-voorziening via:sdd:100 +callback
leerlingenvervoer via:sdd:100
grofvuil via:waardlanden:67 +melding
afvalcontainer via:waardlanden:67 +app
melding-openbare-ruimte 67 +app
omgevingsvergunning via:olo:100p
kapvergunning via:olo:100p
bouwdossier-inzage 67
bezwaar 100de cta=img +klacht
klacht 67 +bezwaar
woo-verzoek 33e +klacht
subsidie 100de cta=img +downloads
evenementenvergunning 33 +downloads,klein_evenement,olo
exploitatievergunning-horeca 33 share=alcoholvergunning
alcoholvergunning 33
terrasvergunning 100eh cta=img +other_pdf
standplaatsvergunning 0c +form_mention
marktvergunning 0c +sibling
reclamebelasting no where=overview
geluidsontheffing 33 +regulation
winkeltijdenontheffing 0c
kansspelautomaatvergunning 33
collectevergunning nf
ligplaatsvergunning 33 +regulation
uitwegvergunning 67 +olo
belastingaanslag-bezwaar via:gbd:100 +bezwaar
betalingsregeling via:gbd:67
"""

SPEC_TWENTERAND = """
brp-uittreksel 100 cta=getform
verhuismelding 100 cta=getform +aux_pdf
geboorteaangifte 0a +direct
overlijdensaangifte 0c
huwelijksaangifte 100 cta=getform +confusable
paspoort 0a share=identiteitskaart +aux_pdf
identiteitskaart 0a
parkeervergunning no
gehandicaptenparkeerkaart 33 +downloads
gehandicaptenparkeerplaats 33 +downloads
hondenbelasting via:gbt:100 +regulation
belastingkwijtschelding via:gbt:100
woz-bezwaar via:gbt:100p
bijstand 100 cta=getform +news
bijzondere-bijstand 100 cta=getform +downloads
wmo-voorziening 0c +callback,contact
leerlingenvervoer 33 +regulation
grofvuil 67 cta=getform +melding
afvalcontainer 67 cta=getform +app
melding-openbare-ruimte 67 cta=getform +app
omgevingsvergunning via:olo:100p
kapvergunning via:olo:100p
bouwdossier-inzage 0m
bezwaar 0c +klacht,form_mention
klacht 67 cta=getform +bezwaar
woo-verzoek 67 cta=getform +mailto
subsidie 33 +downloads
evenementenvergunning 100de cta=getform +olo
exploitatievergunning-horeca 33 +downloads
alcoholvergunning 33 +other_pdf
terrasvergunning no
standplaatsvergunning 33
marktvergunning 0c
reclamebelasting no where=overview
geluidsontheffing 33
winkeltijdenontheffing nf
kansspelautomaatvergunning 33
collectevergunning 33r +other_pdf
ligplaatsvergunning nf
uitwegvergunning 67 cta=getform +olo
belastingaanslag-bezwaar via:gbt:100 +bezwaar
betalingsregeling via:gbt:67
"""

SPEC_HILLEGOM = """
brp-uittreksel 100 cta=tab
verhuismelding 100 cta=iframe +aux_pdf
geboorteaangifte 67 cta=iframe +mijn_afspraken
overlijdensaangifte 0c
huwelijksaangifte 67 cta=iframe +confusable
paspoort 0a cta=tab +aux_pdf,afspraak_digid
identiteitskaart 0a cta=tab +afspraak_digid
parkeervergunning 100 cta=interstitial +status
gehandicaptenparkeerkaart 33 +sibling
gehandicaptenparkeerplaats 33 +sibling
hondenbelasting via:cocensus:100
belastingkwijtschelding via:cocensus:100
woz-bezwaar via:cocensus:100p
bijstand via:isd:100
bijzondere-bijstand via:isd:33
wmo-voorziening via:isd:67 +callback
leerlingenvervoer 33 +regulation
grofvuil via:meerlanden:67 +melding
afvalcontainer via:meerlanden:67
melding-openbare-ruimte 67 cta=iframe +app
omgevingsvergunning via:olo:100p
kapvergunning 67 cta=iframe +olo
bouwdossier-inzage 67
bezwaar 100 cta=interstitial +klacht
klacht 67 cta=iframe +bezwaar
woo-verzoek 67 +mailto
subsidie 100de +regulation
evenementenvergunning 33 +olo,downloads
exploitatievergunning-horeca 33
alcoholvergunning 33 +sibling
terrasvergunning 33 +other_pdf
standplaatsvergunning 33
marktvergunning 0c
reclamebelasting 0c +tax_portal
geluidsontheffing 67
winkeltijdenontheffing 0c
kansspelautomaatvergunning nf
collectevergunning 67 cta=iframe
ligplaatsvergunning nf
uitwegvergunning 67 cta=tab +olo
belastingaanslag-bezwaar via:cocensus:100 +bezwaar
betalingsregeling via:cocensus:100
"""

SPEC_DEWOLDEN = """
brp-uittreksel 100
verhuismelding 100p +aux_pdf
geboorteaangifte 100
overlijdensaangifte 0c +direct
huwelijksaangifte 100 +confusable
paspoort 0a +aux_pdf
identiteitskaart 0a +sibling
parkeervergunning no
gehandicaptenparkeerkaart 100 prefneg=1 +sibling
gehandicaptenparkeerplaats 67 +sibling
hondenbelasting 100 +regulation
belastingkwijtschelding 100 +calculator
woz-bezwaar 100de +mijnoverheid
bijstand via:werk:100
bijzondere-bijstand 33 +downloads
wmo-voorziening 67 +auto_confirm
leerlingenvervoer 100
grofvuil 67 +melding
afvalcontainer 67 +app
melding-openbare-ruimte 67 plat=topdesk +app,upload_formats
omgevingsvergunning via:olo:100p
kapvergunning via:olo:100p
bouwdossier-inzage 67
bezwaar 100de +klacht
klacht 100c +bezwaar
woo-verzoek 100de
subsidie 100de +regulation
evenementenvergunning 100de +olo
exploitatievergunning-horeca 100eh
alcoholvergunning 100eh +sibling
terrasvergunning 33 +other_pdf
standplaatsvergunning 33
marktvergunning 33
reclamebelasting no where=overview
geluidsontheffing 67
winkeltijdenontheffing nf
kansspelautomaatvergunning 33
collectevergunning 67
ligplaatsvergunning nf
uitwegvergunning 67 +olo
belastingaanslag-bezwaar 100de +bezwaar
betalingsregeling 67 +calculator
"""

SPEC_HAAKSBERGEN = """
brp-uittreksel 100
verhuismelding 100 +aux_pdf
geboorteaangifte 0a +mijn_afspraken
overlijdensaangifte 0c
huwelijksaangifte 33 +confusable
paspoort 0a share=identiteitskaart
identiteitskaart 0a +aux_pdf
parkeervergunning 100 cta=button +status
gehandicaptenparkeerkaart 100 cta=button +sibling
gehandicaptenparkeerplaats 33 +sibling
hondenbelasting via:gbt:100
belastingkwijtschelding via:gbt:100
woz-bezwaar via:gbt:100p +mijnoverheid
bijstand 100 +news
bijzondere-bijstand 100 +downloads
wmo-voorziening 67 cta=iframe +contact
leerlingenvervoer 100p pf=page
grofvuil 67 +melding
afvalcontainer 0c +sibling,app
melding-openbare-ruimte 67 cta=iframe +app
omgevingsvergunning via:olo:100p
kapvergunning via:olo:100p
bouwdossier-inzage 67
bezwaar 100de cta=button +klacht
klacht 67 cta=iframe +bezwaar
woo-verzoek 100de cta=button
subsidie 100de cta=button +regulation
evenementenvergunning 100de cta=button +olo
exploitatievergunning-horeca 33 +downloads
alcoholvergunning 33 +sibling
terrasvergunning 33
standplaatsvergunning 33 +olo
marktvergunning 0c
reclamebelasting no
geluidsontheffing 67
winkeltijdenontheffing 0c +form_mention
kansspelautomaatvergunning 33
collectevergunning 0c +mailto
ligplaatsvergunning nf
uitwegvergunning 67 +olo
belastingaanslag-bezwaar via:gbt:100 +bezwaar
betalingsregeling via:gbt:67
"""

SPEC_WADDINXVEEN = """
brp-uittreksel 100 cta=overview
verhuismelding 100 +aux_pdf
geboorteaangifte 100
overlijdensaangifte 0c +eloket
huwelijksaangifte 100 cta=overview +confusable
paspoort 0a +aux_pdf,eloket
identiteitskaart 0a +eloket
parkeervergunning no
gehandicaptenparkeerkaart 100 +sibling
gehandicaptenparkeerplaats 100 cta=overview
hondenbelasting 100 +regulation
belastingkwijtschelding 100 cta=overview +calculator
woz-bezwaar 100de +mijnoverheid
bijstand via:sdmh:100
bijzondere-bijstand via:sdmh:33
wmo-voorziening 67 +callback
leerlingenvervoer 33 +eloket,regulation
grofvuil via:cyclus:67 +melding
afvalcontainer via:cyclus:67
melding-openbare-ruimte via:fixi:67 +app
omgevingsvergunning via:olo:100p
kapvergunning via:olo:100p
bouwdossier-inzage 0c +eloket
bezwaar 100de cta=overview +klacht
klacht 67 +bezwaar
woo-verzoek 100de cta=overview
subsidie 100de +regulation
evenementenvergunning 33 +eloket,olo
exploitatievergunning-horeca 33 +eloket
alcoholvergunning 33
terrasvergunning 67
standplaatsvergunning 33
marktvergunning 0c
reclamebelasting no where=overview
geluidsontheffing via:odmh:67
winkeltijdenontheffing 0c +eloket
kansspelautomaatvergunning 33
collectevergunning 67 cta=overview
ligplaatsvergunning 33
uitwegvergunning 67 +olo
belastingaanslag-bezwaar 100 +bezwaar
betalingsregeling 67 cta=overview
"""

NOTES = {
    ('GM0717', 'paspoort'): 'The consent PDF for minors is an auxiliary form, not the passport request.',
    ('GM0717', 'identiteitskaart'): 'Shares the page "Paspoort en identiteitskaart"; the consent PDF is auxiliary.',
    ('GM0717', 'leerlingenvervoer'): 'DigiD gate says the data are not filled in automatically.',
    ('GM1891', 'wmo-voorziening'): 'The only form is a call-back request; no request form for the Wmo.',
    ('GM1891', 'grofvuil'): 'Omrin account with e-mail and password, not DigiD: 67.',
    ('GM1891', 'leerlingenvervoer'): 'The SC feed (/sc/producten.xml) wrongly claims onlineAanvragen=digid.',
    ('GM1891', 'kansspelautomaatvergunning'): 'The SC feed wrongly claims onlineAanvragen=digid.',
    ('GM1891', 'bezwaar'): 'The e-loket lists bezwaar forms for the WOZ and tax assessments only; general objections go by letter.',
    ('GM0610', 'evenementenvergunning'): 'The online "Melding klein evenement" form is a different product (event notification); the permit itself is a PDF.',
    ('GM0610', 'parkeervergunning'): 'Blue-zone exemption for residents, requested with an online form without login.',
    ('GM1700', 'paspoort'): 'Shares the page "Paspoort en identiteitskaart".',
    ('GM0534', 'brp-uittreksel'): 'The call to action is only in the "?show=online" tab view of the product page.',
    ('GM0534', 'uitwegvergunning'): 'The call to action is only in the "?show=online" tab view of the product page.',
    ('GM1690', 'gehandicaptenparkeerkaart'): 'Start page says data are not filled in automatically (strict 67).',
    ('GM0158', 'leerlingenvervoer'): 'The product page itself states that name and address are pre-filled after DigiD login.',
}


def make_bodies():
    drecht = ['Alblasserdam', 'Dordrecht', 'Hendrik-Ido-Ambacht', 'Papendrecht', 'Sliedrecht', 'Zwijndrecht']
    defs = [
        ('sabewa', 'Sabewa Zeeland', 'www.sabewazeeland.test', 'mijn.sabewazeeland.test',
         ['Goes', 'Kapelle', 'Noord-Beveland', 'Reimerswaal', 'Schouwen-Duiveland', 'Tholen', 'Veere'], 'particulieren', True),
        ('orionis', 'Orionis Walcheren', 'www.orioniswalcheren.test', 'digitaal.orioniswalcheren.test', ['Middelburg', 'Veere', 'Vlissingen'], 'inwoners', True),
        ('zrd', 'ZRD', 'www.zrd.test', 'formulieren.zrd.test', ['Middelburg', 'Veere', 'Vlissingen', 'Borsele', 'Goes'], 'afval', False),
        ('parkeerveere', 'Parkeren Veere', 'veere.parkeerservice.test', 'klantportaal.parkeerservice.test', ['Veere'], 'vergunningen', False),
        ('omrin', 'Omrin', 'www.omrin.test', 'mijn.omrin.test', ['Achtkarspelen', 'Dantumadiel', 'Noardeast-Frysl\u00e2n', 'Tytsjerksteradiel'], 'afval', False),
        ('werk', 'werk.nl', 'www.werk.test', 'digitaal.werk.test', ['heel Nederland'], 'werkzoekenden', False),
        ('gbd', 'Gemeentebelastingen Drechtsteden', 'www.gbdrechtsteden.test', 'loket.gbdrechtsteden.test', drecht, 'particulieren', True),
        ('sdd', 'Sociale Dienst Drechtsteden', 'www.socialedienstdrechtsteden.test', 'digitaal.socialedienstdrechtsteden.test', drecht, 'inwoners', True),
        ('waardlanden', 'Waardlanden', 'www.waardlanden.test', 'formulieren.waardlanden.test',
         ['Gorinchem', 'Hardinxveld-Giessendam', 'Molenlanden', 'Sliedrecht', 'West Betuwe'], 'afval', False),
        ('gbt', 'Gemeentelijk Belastingkantoor Twente', 'www.gbtwente.test', 'loket.gbtwente.test',
         ['Almelo', 'Borne', 'Haaksbergen', 'Hengelo', 'Hof van Twente', 'Losser', 'Oldenzaal', 'Twenterand', 'Wierden'], 'particulier', True),
        ('cocensus', 'Cocensus', 'www.cocensus.test', 'mijn.cocensus.test', ['Haarlem', 'Hillegom', 'Lisse', 'Teylingen', 'Zandvoort'], 'inwoners', True),
        ('isd', 'ISD Bollenstreek', 'www.isdbollenstreek.test', 'formulieren.isdbollenstreek.test', ['Hillegom', 'Lisse', 'Noordwijk', 'Teylingen'], 'inwoners', True),
        ('meerlanden', 'Meerlanden', 'www.meerlanden.test', 'formulieren.meerlanden.test',
         ['Aalsmeer', 'Diemen', 'Haarlemmermeer', 'Heemstede', 'Hillegom', 'Lisse', 'Noordwijk', 'Teylingen'], 'afval', False),
        ('sdmh', 'Sociale Dienst Midden-Holland', 'www.sdmh.test', 'digitaal.sdmh.test',
         ['Bodegraven-Reeuwijk', 'Gouda', 'Krimpenerwaard', 'Waddinxveen', 'Zuidplas'], 'inwoners', True),
        ('cyclus', 'Cyclus', 'www.cyclusnv.test', 'formulieren.cyclusnv.test',
         ['Bodegraven-Reeuwijk', 'Gouda', 'Krimpenerwaard', 'Waddinxveen', 'Zuidplas'], 'afval', False),
        ('fixi', 'Fixi', 'www.fixi.test', 'meldingen.fixi.test', ['Waddinxveen'], 'gemeente-waddinxveen', False),
        ('odmh', 'Omgevingsdienst Midden-Holland', 'www.odmh.test', 'formulieren.odmh.test',
         ['Bodegraven-Reeuwijk', 'Gouda', 'Krimpenerwaard', 'Waddinxveen', 'Zuidplas'], 'ontheffingen', False),
    ]
    for key, name, host, fhost, serves, sec, portal in defs:
        BODIES[key] = Body(key, name, host, fhost, serves, sec, portal)


SITES = [
    (Veere, 'GM0717', 'Gemeente Veere', 'www.veere.test', 21867, SPEC_VEERE),
    (Dantumadiel, 'GM1891', 'Gemeente Dantumadiel', 'www.dantumadiel.test', 18963, SPEC_DANTUMADIEL),
    (Leiderdorp, 'GM0547', 'Gemeente Leiderdorp', 'www.leiderdorp.test', 27789, SPEC_LEIDERDORP),
    (Wijchen, 'GM0296', 'Gemeente Wijchen', 'www.wijchen.test', 41446, SPEC_WIJCHEN),
    (Sliedrecht, 'GM0610', 'Gemeente Sliedrecht', 'www.sliedrecht.test', 25517, SPEC_SLIEDRECHT),
    (Twenterand, 'GM1700', 'Gemeente Twenterand', 'www.twenterand.test', 34012, SPEC_TWENTERAND),
    (Hillegom, 'GM0534', 'Gemeente Hillegom', 'www.hillegom.test', 22645, SPEC_HILLEGOM),
    (DeWolden, 'GM1690', 'Gemeente De Wolden', 'dewolden.test', 24566, SPEC_DEWOLDEN),
    (Haaksbergen, 'GM0158', 'Gemeente Haaksbergen', 'www.haaksbergen.test', 24374, SPEC_HAAKSBERGEN),
    (Waddinxveen, 'GM0627', 'Gemeente Waddinxveen', 'www.waddinxveen.test', 31830, SPEC_WADDINXVEEN),
]


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'web')
    products = read_products()
    build_national()
    make_bodies()
    sites = [cls(i, code, name, host, inh, spec, products) for i, (cls, code, name, host, inh, spec) in enumerate(SITES)]
    for s in sites:
        s.setup()
    for s in sites:
        s.build_routes()
    for s in sites:
        s.build_pages()
    for s in sites:
        s.build_general()
    for s in sites:
        for p in s.platforms.values():
            p.finish()
        s.appt.finish()
    for b in BODIES.values():
        b.finish()
    for s in sites:
        s.labels()
        WEB.orgs.append([s.code, s.name, 'gemeente', 'http://%s/' % s.host, s.inh])
    WEB.write(outdir)
    counts = {}
    for r in WEB.labels:
        k = r['status'] + ('/' + r['level'] if r['level'] else '')
        counts[k] = counts.get(k, 0) + 1
    print('wrote %d files, %d labels: %s' % (len(WEB.files), len(WEB.labels), ', '.join('%s=%d' % kv for kv in sorted(counts.items()))))


if __name__ == '__main__':
    main()
