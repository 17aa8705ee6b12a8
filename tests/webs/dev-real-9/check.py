#!/usr/bin/env python3
"""Serve the web with digimeter's test server and check it.

usage: python check.py [WEBDIR]   (default ./web)

Checks
1. every labelled product_url and route_url answers 200 (not the soft-404 page), or, for a
   login start, a redirect to an identity provider (digid.test / eherkenning.test);
2. every ok row's route is reachable from its product page: the route URL (or the forms
   overview page / document page that leads to it) is among the page's clickable targets
   (anchors, iframes, GET forms, onclick, script-written anchors, Open-Forms JS buttons);
3. every link on every HTML page of the web resolves (200 or a redirect), except the stale
   A-Z links that are meant to hit a soft 404 (labelled not_found rows);
4. labels are complete and consistent (one row per org x applicable product, levels/statuses).
Exit status 0 when everything passes.
"""
import csv, os, re, subprocess, sys, time, json
import urllib.request, urllib.error, urllib.parse
from html.parser import HTMLParser

WEB = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'web'))
SERVE = ['/work/main/.venv/bin/digimeter', 'testweb', 'serve', '--root', WEB]
IDPS = ('digid.test', 'eherkenning.test')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def opener(proxy):
    return urllib.request.build_opener(urllib.request.ProxyHandler({'http': proxy}), NoRedirect)


def get(op, url):
    try:
        r = op.open(url, timeout=20)
        return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read() if e.fp else b''


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.base = None
        self.links = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == 'base' and a.get('href'):
            self.base = a['href']
        if tag == 'a' and a.get('href'):
            self.links.append(a['href'])
        if tag == 'iframe' and a.get('src'):
            self.links.append(a['src'])
        if tag == 'form' and (a.get('method', 'get').lower() == 'get') and a.get('action'):
            self.form = a['action']
            self.links.append(('FORM', a['action']))
        if tag == 'input' and a.get('type') == 'hidden' and self.links and isinstance(self.links[-1], tuple):
            act = self.links[-1][1]
            self.links[-1] = ('FORM', act + ('&' if '?' in act else '?') + '%s=%s' % (a.get('name'), a.get('value')))
        for k in ('onclick',):
            if a.get(k):
                m = re.search(r"location\.href='([^']+)'", a[k])
                if m:
                    self.links.append(m.group(1))


def clickable(page_url, body):
    text = body.decode('utf-8', 'replace')
    # script-written markup: innerHTML = "<...>" (JSON string)
    extra = ''
    for m in re.finditer(r'innerHTML\s*=\s*("(?:[^"\\]|\\.)*")', text):
        try:
            extra += json.loads(m.group(1))
        except Exception:
            pass
    p = Links()
    p.feed(text + extra)
    base = urllib.parse.urljoin(page_url, p.base) if p.base else page_url
    out = []
    for l in p.links:
        if isinstance(l, tuple):
            l = l[1]
        if l.startswith(('mailto:', 'tel:', '#', 'javascript:')):
            continue
        out.append(urllib.parse.urljoin(base, l).split('#')[0])
    return out


def main():
    fails = []
    proc = subprocess.Popen(['nice', '-n', '10'] + SERVE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        proxy = None
        t0 = time.time()
        while time.time() - t0 < 60:
            line = proc.stdout.readline()
            m = re.search(r'proxy (http://127\.0\.0\.1:\d+)', line)
            if m:
                proxy = m.group(1)
                break
        if not proxy:
            print('server did not start'); return 2
        op = opener(proxy)
        cache = {}

        def fetch(u):
            if u not in cache:
                cache[u] = get(op, u)
            return cache[u]

        def soft404(body):
            return b'Pagina niet gevonden' in body

        labels = list(csv.DictReader(open(os.path.join(WEB, 'labels.csv'), encoding='utf-8')))
        orgs = list(csv.DictReader(open(os.path.join(WEB, 'organisations.csv'), encoding='utf-8')))
        # 4. completeness
        prods = list(csv.DictReader(open('/work/main/config/products.csv', encoding='utf-8')))
        tl = {'gemeente': 'G', 'provincie': 'P', 'waterschap': 'W'}
        for o in orgs:
            need = {p['product_key'] for p in prods if tl[o['org_type']] in p['org_types'] and not p['offered_by']}
            have = [l['product_key'] for l in labels if l['org_code'] == o['code']]
            if set(have) != need or len(have) != len(need):
                fails.append('labels incomplete for %s: %s' % (o['code'], need ^ set(have)))
            st, hd, body = fetch(o['website'])
            if st not in (200, 301, 302):
                fails.append('website %s answers %s' % (o['website'], st))
        for l in labels:
            s = l['status']
            if s == 'ok':
                if l['level'] not in ('0', '33', '67', '100') or l['level_strict'] not in ('0', '33', '67', '100'):
                    fails.append('bad level %s' % l)
                if (l['level'] == '0') != (l['route_url'] == ''):
                    fails.append('route_url/level mismatch %s %s' % (l['org_code'], l['product_key']))
                if l['level'] != '100' and l['level_strict'] != l['level']:
                    fails.append('strict mismatch %s %s' % (l['org_code'], l['product_key']))
            elif l['level'] or l['route_url']:
                fails.append('non-ok row with level/route %s %s' % (l['org_code'], l['product_key']))
        # 1. labelled URLs answer
        for l in labels:
            for col in ('product_url', 'route_url'):
                u = l[col]
                if not u:
                    continue
                st, hd, body = fetch(u)
                if st == 200 and not soft404(body):
                    continue
                if st in (301, 302, 303, 307) and urllib.parse.urlsplit(hd.get('Location', '')).hostname in IDPS and col == 'route_url':
                    continue
                fails.append('%s %s %s: %s answers %s' % (l['org_code'], l['product_key'], col, u, st))
        # 2. route reachable from product page (directly or through an overview / document page)
        for l in labels:
            if l['status'] != 'ok' or not l['route_url']:
                continue
            pu, ru = l['product_url'], l['route_url']
            st, hd, body = fetch(pu)
            lv1 = clickable(pu, body)
            ok = ru in lv1
            if not ok:
                for u in lv1:
                    if urllib.parse.urlsplit(u).hostname == urllib.parse.urlsplit(pu).hostname and ('formulier' in u.lower() or 'documenten' in u.lower() or 'e-loket' in u.lower()):
                        st2, hd2, b2 = fetch(u)
                        if st2 == 200 and ru in clickable(u, b2):
                            ok = True
                            break
            if not ok:
                fails.append('%s %s: route %s not reachable from %s' % (l['org_code'], l['product_key'], ru, pu))
        # 3. every link of every HTML page resolves
        stale = set()
        for l in labels:
            if l['status'] == 'not_found' and 'stale' in l['notes']:
                pass
        checked = 0
        sites = os.path.join(WEB, 'sites')
        pages = []
        for host in sorted(os.listdir(sites)):
            for root, dirs, files in os.walk(os.path.join(sites, host)):
                for f in files:
                    rel = os.path.relpath(os.path.join(root, f), os.path.join(sites, host))
                    if rel.endswith(('.pdf', '.png', '.txt', '.xml')):
                        continue
                    path = rel[:-len('index.html')] if rel.endswith('index.html') else rel
                    pages.append('http://%s/%s' % (host, path.replace(os.sep, '/')))
        soft = 0
        for pu in pages:
            st, hd, body = fetch(pu)
            if st != 200:
                if not (st in (301, 302) and urllib.parse.urlsplit(hd.get('Location', '')).hostname in IDPS):
                    fails.append('page %s answers %s' % (pu, st))
                continue
            for u in clickable(pu, body):
                if urllib.parse.urlsplit(u).scheme != 'http':
                    fails.append('non-http link %s on %s' % (u, pu)); continue
                if not urllib.parse.urlsplit(u).hostname.endswith('.test'):
                    fails.append('link outside .test %s on %s' % (u, pu)); continue
                st2, hd2, b2 = fetch(u)
                checked += 1
                if st2 in (301, 302, 303, 307):
                    continue
                if st2 != 200:
                    fails.append('broken link %s (%s) on %s' % (u, st2, pu))
                elif soft404(b2):
                    if 'a-z' in pu or 'Pagina niet gevonden' in body.decode('utf-8', 'replace'):
                        soft += 1
                    else:
                        fails.append('soft-404 link %s on %s' % (u, pu))
        print('pages %d, link checks %d (%d unique URLs), stale A-Z links to soft 404: %d' % (len(pages), checked, len(cache), soft))
    finally:
        proc.terminate()
        proc.wait(10)
    for f in fails:
        print('FAIL', f)
    print('%d failures' % len(fails))
    return 1 if fails else 0


if __name__ == '__main__':
    sys.exit(main())
