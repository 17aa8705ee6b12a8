#!/usr/bin/env python3
"""Check the web-dev8 web: serve it with digimeter's test server and verify

1. labels.csv: one row per organisation x applicable product (products.csv org_types /
   offered_by), valid status/level/level_strict combinations, via hosts that exist;
2. every labelled product_url and route_url answers 200 through the proxy, or (login
   starts) a redirect to an identity provider (digid.test / eherkenning.test);
3. every link a person can click on the pages of the web (anchors, iframes, GET forms,
   onclick handlers, script-written anchors; <base href> honoured) answers 200, a
   redirect, or a soft 404 page where that is the planted behaviour;
4. PDFs are PDFs, and JavaScript-built forms exist after rendering (headless Chromium,
   when available).

    python3 check.py [WEB_DIR]        exit status 0 when everything passes
"""
import csv, json, os, re, subprocess, sys, time, urllib.parse, urllib.request
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
WEB = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'web')
DIGIMETER = '/work/main/.venv/bin/digimeter'
PRODUCTS = '/work/main/config/products.csv'
IDPS = ('digid.test', 'eherkenning.test')
errors = []

def err(msg):
    errors.append(msg)
    print('FAIL', msg)

# ---------------------------------------------------------------- 1. labels
orgs = list(csv.DictReader(open(os.path.join(WEB, 'organisations.csv'), encoding='utf-8')))
labels = list(csv.DictReader(open(os.path.join(WEB, 'labels.csv'), encoding='utf-8')))
products = list(csv.DictReader(open(PRODUCTS, encoding='utf-8')))
letter = {'gemeente': 'G', 'provincie': 'P', 'waterschap': 'W', 'rijk': 'R'}
expected = set()
for o in orgs:
    for p in products:
        t = letter[o['org_type']]
        if t in p['org_types'] and (t != 'R' or p['offered_by'] == o['code']):
            expected.add((o['code'], p['product_key']))
got = [(l['org_code'], l['product_key']) for l in labels]
if len(got) != len(set(got)):
    err('duplicate label rows')
if set(got) != expected:
    err('label rows differ from applicable products: missing %s extra %s' % (sorted(expected - set(got))[:5], sorted(set(got) - expected)[:5]))
hosts = set(os.listdir(os.path.join(WEB, 'sites')))
for l in labels:
    k = '%s/%s' % (l['org_code'], l['product_key'])
    st, lev, strict = l['status'], l['level'], l['level_strict']
    if st == 'ok':
        if lev not in ('0', '33', '67', '100'):
            err('%s bad level %r' % (k, lev))
        exp_strict = {'0': '0', '33': '33', '67': '67'}.get(lev)
        if exp_strict and strict != exp_strict:
            err('%s level_strict %s for level %s' % (k, strict, lev))
        if lev == '100' and strict not in ('67', '100'):
            err('%s level_strict %s' % (k, strict))
        if not l['product_url']:
            err('%s ok without product_url' % k)
        if (lev == '0') != (l['route_url'] == ''):
            err('%s route_url/level mismatch' % k)
    elif st in ('not_offered', 'not_found', 'unreachable'):
        if lev or strict or l['route_url']:
            err('%s %s with level/route' % (k, st))
        if st == 'not_offered' and not l['product_url']:
            err('%s not_offered without the page that says so' % k)
    else:
        err('%s bad status %s' % (k, st))
    if l['via'] and l['via'] not in hosts:
        err('%s via host %s not in the web' % (k, l['via']))
    if not l['notes']:
        err('%s without notes' % k)

# ---------------------------------------------------------------- serve
proc = subprocess.Popen(['nice', '-n', '10', DIGIMETER, 'testweb', 'serve', '--root', WEB], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
proxy = None
t0 = time.time()
while time.time() - t0 < 60:
    line = proc.stdout.readline()
    m = re.search(r'proxy (http://127\.0\.0\.1:\d+)', line or '')
    if m:
        proxy = m.group(1); break
if not proxy:
    proc.kill(); sys.exit('server did not start')

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **kw):
        return None
opener = urllib.request.build_opener(urllib.request.ProxyHandler({'http': proxy}), NoRedirect())
cache = {}

def fetch(url):
    if url in cache:
        return cache[url]
    try:
        r = opener.open(url, timeout=20)
        res = (r.status, r.headers.get('Location'), r.read(), r.headers.get('Content-Type', ''))
    except urllib.error.HTTPError as ex:
        res = (ex.code, ex.headers.get('Location'), ex.read() if ex.code < 500 else b'', ex.headers.get('Content-Type', ''))
    except Exception as ex:
        res = (0, None, str(ex).encode(), '')
    cache[url] = res
    return res

def resolve(url, hops=5):
    """Follow redirects; return (final status, final url, body, chain)."""
    chain = [url]
    for _ in range(hops):
        st, loc, body, ct = fetch(url)
        if st in (301, 302, 303, 307, 308) and loc:
            url = urllib.parse.urljoin(url, loc); chain.append(url); continue
        return st, url, body, chain
    return 0, url, b'', chain

try:
    # ------------------------------------------------------------ 2. labelled URLs
    n_checked = 0
    for l in labels:
        k = '%s/%s' % (l['org_code'], l['product_key'])
        for col in ('product_url', 'route_url'):
            u = l[col]
            if not u:
                continue
            n_checked += 1
            st, loc, body, ct = fetch(u)
            if st == 200:
                if u.endswith('.pdf') and not body.startswith(b'%PDF-'):
                    err('%s %s is not a PDF' % (k, u))
                if b'Pagina niet gevonden' in body and '<h1>Pagina niet gevonden' in body.decode('utf-8', 'replace'):
                    err('%s %s is the soft 404 page' % (k, u))
                continue
            if st in (301, 302, 303, 307) and col == 'route_url':
                fst, final, _, chain = resolve(u)
                if urllib.parse.urlsplit(final).hostname in IDPS and fst == 200:
                    continue
            err('%s %s %s answers %s' % (k, col, u, st))
    print('labelled URLs checked:', n_checked)
    # ------------------------------------------------------------ 3. clickable links
    class Links(HTMLParser):
        def __init__(self):
            super().__init__(); self.base = None; self.links = []; self.scripts = []; self._in_script = False
        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag == 'base' and a.get('href'):
                self.base = a['href']
            if tag == 'a' and a.get('href'):
                self.links.append(a['href'])
            if tag == 'iframe' and a.get('src'):
                self.links.append(a['src'])
            if tag == 'form' and (a.get('method') or 'get').lower() == 'get' and a.get('action'):
                self._form = [a['action'], []]
            if tag == 'input' and getattr(self, '_form', None) and (a.get('type') == 'hidden'):
                self._form[1].append((a.get('name', ''), a.get('value', '')))
            if a.get('onclick'):
                m = re.search(r"location\.href='([^']+)'", a['onclick'])
                if m:
                    self.links.append(m.group(1))
            self._in_script = tag == 'script'
        def handle_endtag(self, tag):
            self._in_script = False
            if tag == 'form' and getattr(self, '_form', None):
                act, params = self._form
                self.links.append(act + ('?' + urllib.parse.urlencode(params) if params else ''))
                self._form = None
        def handle_data(self, data):
            if self._in_script:
                self.scripts.append(data)
    soft404 = {}
    tw = json.load(open(os.path.join(WEB, 'testweb.json'), encoding='utf-8'))
    for nf in tw['behaviours'].get('not_found_pages', []):
        soft404[nf['host']] = open(os.path.join(WEB, nf['file']), 'rb').read()
    stale_ok = set()
    for l in labels:
        for m in re.finditer(r'links to (http://\S+?), which answers a soft 404', l['notes']):
            stale_ok.add(m.group(1))
    n_pages = n_links = 0
    for host in sorted(hosts):
        root = os.path.join(WEB, 'sites', host)
        for dp, dn, fn in os.walk(root):
            for f in fn:
                rel = os.path.relpath(os.path.join(dp, f), root).replace(os.sep, '/')
                if rel.endswith(('.pdf', '.svg', '.png', '.xml', '.txt')):
                    continue
                path = '/' + (rel[:-len('index.html')] if rel.endswith('index.html') else rel)
                page = 'http://%s%s' % (host, path)
                data = open(os.path.join(dp, f), 'rb').read()
                if b'<html' not in data[:300]:
                    continue
                n_pages += 1
                p = Links(); p.feed(data.decode('utf-8', 'replace'))
                base = p.base or page
                hrefs = list(p.links)
                for s in p.scripts:
                    hrefs += re.findall(r'\.href=("[^"]+")', s) and [json.loads(x) for x in re.findall(r'\.href=("[^"]+")', s)]
                for h in hrefs:
                    if h.startswith(('mailto:', 'tel:', '#')):
                        continue
                    u = urllib.parse.urljoin(base, h).split('#')[0]
                    if not urllib.parse.urlsplit(u).hostname.endswith('.test'):
                        err('link outside .test on %s: %s' % (page, u)); continue
                    n_links += 1
                    st, final, body, chain = resolve(u)
                    if st != 200:
                        err('broken link on %s: %s -> %s' % (page, u, st)); continue
                    hh = urllib.parse.urlsplit(final).hostname
                    if hh in soft404 and body == soft404[hh] and u not in stale_ok:
                        err('link on %s lands on the soft 404: %s' % (page, u))
    print('pages parsed:', n_pages, 'links checked:', n_links)
    # ------------------------------------------------------------ 4. JavaScript-built forms
    chromium = '/usr/bin/chromium'
    js_routes = [l['route_url'] for l in labels if 'built by JavaScript' in l['notes']][:3]
    if os.path.exists(chromium) and js_routes:
        for u in js_routes:
            try:
                out = subprocess.run(['nice', '-n', '10', chromium, '--headless', '--no-sandbox', '--disable-gpu', '--proxy-server=' + proxy, '--dump-dom', u],
                                     capture_output=True, text=True, timeout=60).stdout
            except Exception as ex:
                print('chromium skipped:', ex); break
            raw = fetch(u)[2].decode('utf-8', 'replace')
            if '<form' in raw or 'openforms-login' in raw.split('<script>')[0]:
                err('JS page %s has its form without JavaScript' % u)
            if not ('<form' in out or 'openforms-login' in out):
                err('JS page %s has no form or login after rendering' % u)
            else:
                print('rendered OK:', u)
finally:
    proc.terminate()
    try:
        proc.wait(10)
    except Exception:
        proc.kill()

print('organisations %d, labels %d, errors %d' % (len(orgs), len(labels), len(errors)))
sys.exit(1 if errors else 0)
