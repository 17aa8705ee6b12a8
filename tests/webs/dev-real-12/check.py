#!/usr/bin/env python3
"""Serve web-dev12 with digimeter's test server and verify the labels.

- every organisation x applicable product has exactly one row; statuses/levels are consistent;
- every product_url and route_url answers 200 through the proxy (a redirect is followed unless it
  goes to an identity provider: a login start redirecting to digid.test / eherkenning.test passes);
- every link on every HTML page (anchors, iframes, GET form actions, onclick, base href) points
  into the simulated web (.test hosts present in sites/) and, for own hosts, answers.
Usage: python check.py [WEBDIR]"""
import csv, os, re, subprocess, sys, json, urllib.request, urllib.error, urllib.parse, html

HERE = os.path.dirname(os.path.abspath(__file__))
WEB = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'web')
DIGI = '/work/main/.venv/bin/digimeter'
IDPS = ('digid.test', 'eherkenning.test')
errors = []

def err(m):
    errors.append(m)

# ---- label completeness
prods = list(csv.DictReader(open('/work/main/config/products.csv')))
orgs = list(csv.DictReader(open(os.path.join(WEB, 'organisations.csv'))))
labels = list(csv.DictReader(open(os.path.join(WEB, 'labels.csv'))))
letter = {'gemeente': 'G', 'provincie': 'P', 'waterschap': 'W', 'rijk': 'R'}
want = set()
for o in orgs:
    for p in prods:
        t = letter[o['org_type']]
        if t in p['org_types'] and (t != 'R' or p['offered_by'] == o['code']):
            want.add((o['code'], p['product_key']))
have = [(r['org_code'], r['product_key']) for r in labels]
if len(have) != len(set(have)): err('duplicate label rows')
if set(have) != want: err('label rows differ from applicable products: missing %s extra %s' % (sorted(want - set(have))[:5], sorted(set(have) - want)[:5]))
for r in labels:
    st, lv = r['status'], r['level']
    if st == 'ok':
        if lv not in ('0', '33', '67', '100'): err('bad level %s' % r)
        if not r['product_url']: err('ok without product_url %s' % r)
        if (lv == '0') != (r['route_url'] == ''): err('route_url/level mismatch %s %s' % (r['org_code'], r['product_key']))
        ls = r['level_strict']
        if lv == '100' and ls not in ('67', '100'): err('bad strict %s' % r)
        if lv != '100' and ls != lv: err('strict differs %s' % r)
    elif st in ('not_offered', 'not_found', 'unreachable'):
        if lv or r['level_strict'] or r['route_url']: err('level on non-ok row %s' % r)
        if st == 'not_offered' and not r['product_url']: err('not_offered without page %s' % r)
    else:
        err('bad status %s' % r)
    if not r['notes']: err('no notes %s %s' % (r['org_code'], r['product_key']))
    for u in (r['product_url'], r['route_url'], r['via'] and 'http://' + r['via'] + '/'):
        if u and not urllib.parse.urlsplit(u).hostname.endswith('.test'): err('non-.test url %s' % u)

# ---- serve
proc = subprocess.Popen(['nice', '-n', '10', DIGI, 'testweb', 'serve', '--root', WEB], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
proxy = None
for line in proc.stdout:
    m = re.search(r'proxy (http://127\.0\.0\.1:\d+)', line)
    if m: proxy = m.group(1); break
if not proxy:
    print('server did not start'); proc.kill(); sys.exit(2)

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k): return None
opener = urllib.request.build_opener(urllib.request.ProxyHandler({'http': proxy}), NoRedirect)

def fetch(url):
    try:
        r = opener.open(url, timeout=20); return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read() if e.fp else b''
    except Exception as e:
        return 0, {}, str(e).encode()

def resolve(url, hops=6):
    """Follow redirects; stop at an identity provider. Returns (final status, final url, body, via_idp)."""
    for _ in range(hops):
        st, hd, body = fetch(url)
        if st in (301, 302, 303, 307, 308):
            loc = urllib.parse.urljoin(url, hd.get('Location'))
            if urllib.parse.urlsplit(loc).hostname in IDPS:
                return 200, loc, b'', True
            url = loc; continue
        return st, url, body, False
    return 0, url, b'', False

try:
    n = 0
    for r in labels:
        for col in ('product_url', 'route_url'):
            u = r[col]
            if not u: continue
            st, final, body, idp = resolve(u); n += 1
            if st != 200: err('%s %s %s: %s answers %s' % (r['org_code'], r['product_key'], col, u, st))
            elif col == 'product_url' and r['status'] == 'ok' and b'Pagina niet gevonden' in body:
                err('%s %s product_url is the soft 404' % (r['org_code'], r['product_key']))
    # website start URLs
    for o in orgs:
        st, final, body, idp = resolve(o['website'])
        if st != 200: err('website %s answers %s' % (o['website'], st))
    # link check over all HTML files
    hosts = set(os.listdir(os.path.join(WEB, 'sites')))
    redirect_hosts = {x['host'] for x in json.load(open(os.path.join(WEB, 'testweb.json')))['behaviours'].get('host_redirects', [])}
    checked = {}
    pat = re.compile(r'''(?:href|src|action)="([^"]*)"|location\.href='([^']*)'|var u="http://"\+"([^"]*)"\+"([^"]*)"''')
    for host in sorted(hosts):
        top = os.path.join(WEB, 'sites', host)
        for dp, dn, fn in os.walk(top):
            for f in fn:
                fp = os.path.join(dp, f)
                rel = os.path.relpath(fp, top)
                if f.endswith(('.pdf', '.svg', '.txt', '.xml')): continue
                text = open(fp, encoding='utf-8', errors='replace').read()
                if '<html' not in text.lower(): continue
                path = '/' + rel
                if path.endswith('/index.html'): path = path[:-10]
                page = 'http://%s%s' % (host, path)
                bm = re.search(r'<base href="([^"]+)"', text)
                base = bm.group(1) if bm else page
                for m in pat.finditer(text):
                    link = m.group(1) or m.group(2) or ((m.group(3) or '') + (m.group(4) or '') and 'http://' + m.group(3) + m.group(4))
                    if not link: continue
                    link = html.unescape(link)
                    if link.startswith(('mailto:', 'tel:', '#', 'javascript:')): continue
                    absu = urllib.parse.urljoin(base, link)
                    sp = urllib.parse.urlsplit(absu)
                    if sp.scheme != 'http' or not sp.hostname.endswith('.test'): err('%s links outside: %s' % (page, link)); continue
                    if sp.hostname not in hosts and sp.hostname not in redirect_hosts: err('%s links to unknown host %s' % (page, absu)); continue
                    if 'verzenden' in sp.path or '/api/' in sp.path or sp.path.endswith(('/controleer', '/feedback')) or '/afspraak-maken-tijd' in sp.path: continue  # POST targets / form steps
                    key = absu.split('#')[0]
                    if key not in checked:
                        checked[key] = resolve(key)[0]
                    if checked[key] != 200: err('%s: broken link %s (%s)' % (page, absu, checked[key]))
    print('checked %d label URLs, %d distinct links' % (n, len(checked)))
finally:
    proc.terminate(); proc.wait(timeout=10)

if errors:
    print('\n'.join(errors[:80])); print('%d errors' % len(errors)); sys.exit(1)
print('OK: %d rows, all label URLs answer' % len(labels))
