#!/usr/bin/env python3
"""Check a generated web through the testweb proxy.

usage: python3 check.py OUTDIR

Starts `digimeter testweb serve --root OUTDIR`, then checks through the proxy:
labels (product_url answers 200; route_url 200 or a 302 chain that ends at an identity
provider page; route reachable from the product page within two clicks), every link
on every HTML page (href, src, action, iframes, data-* URLs, URLs in scripts and
onclick), bare-domain redirects, soft and hard 404s, site searches, and that gen.py
is deterministic (a second run into a temporary folder gives identical bytes).
Stops the server it started.
"""
import csv
import filecmp
import http.client
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit, quote

HERE = Path(__file__).resolve().parent
DIGIMETER = '/work/main/.venv/bin/digimeter'
IDP_HOSTS = {'digid-sim.test', 'eherkenning-sim.test'}
PORT = None


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.in_script = False
        self.script = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if v is None:
                continue
            if k in ('href', 'src', 'action') or (k.startswith('data-') and re.match(r'^(https?://|/)', v)):
                self.links.append(v)
            elif k == 'onclick' or k.startswith('on'):
                self.links += re.findall(r'https?://[^\s\'"<>)]+', v)
        if tag == 'script':
            self.in_script = True

    def handle_endtag(self, tag):
        if tag == 'script':
            self.in_script = False

    def handle_data(self, data):
        if self.in_script:
            self.links += re.findall(r'https?://[^\s\'"<>)\\]+', data)


def fetch(url, method='GET'):
    parts = urlsplit(url)
    path = parts.path or '/'
    if parts.query:
        path += '?' + parts.query
    target = 'http://%s%s' % (parts.netloc, quote(path, safe="/?=&%:@;+,-._~!$'()*"))
    conn = http.client.HTTPConnection('127.0.0.1', PORT, timeout=60)
    try:
        conn.request(method, target, headers={'Host': parts.netloc, 'User-Agent': 'heldout-check'})
        r = conn.getresponse()
        body = r.read()
        return r.status, dict((k.lower(), v) for k, v in r.getheaders()), body
    finally:
        conn.close()


def follow(url, retries=1):
    chain = []
    cur = url
    for _ in range(12):
        st, hd, body = fetch(cur)
        if st in (500, 502, 503) and retries:
            retries -= 1
            st, hd, body = fetch(cur)
        chain.append((cur, st))
        if st in (301, 302, 303, 307, 308):
            cur = urljoin(cur, hd.get('location', ''))
            continue
        return chain, st, hd, body
    return chain, 'loop', {}, b''


def is_html(url, hd):
    return 'text/html' in hd.get('content-type', '')


def extract(base, body):
    p = Links()
    try:
        p.feed(body.decode('utf-8', 'replace'))
    except Exception:
        pass
    out = []
    for l in p.links:
        l = l.strip()
        if not l or l.startswith(('mailto:', 'tel:', 'javascript:', '#', 'data:')):
            continue
        u = urljoin(base, l).split('#')[0]
        if u.startswith('http://'):
            out.append(u)
    return out


def main():
    global PORT
    out = Path(sys.argv[1]).resolve()
    fails = []
    proc = subprocess.Popen([DIGIMETER, 'testweb', 'serve', '--root', str(out)], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    try:
        for line in proc.stdout:
            m = re.search(r'proxy http://127\.0\.0\.1:(\d+)', line)
            if m:
                PORT = int(m.group(1))
                break
            print('server:', line.rstrip())
        if not PORT:
            raise SystemExit('server did not start')
        print('proxy on port', PORT)
        cache = {}

        def check(u):
            if u not in cache:
                cache[u] = follow(u)
            return cache[u]

        # 1. labels
        rows = list(csv.DictReader(open(out / 'labels.csv', encoding='utf-8')))
        orgs = list(csv.DictReader(open(out / 'organisations.csv', encoding='utf-8')))
        products = {}
        for p in csv.DictReader(open('/work/main/config/products.csv', encoding='utf-8')):
            products[p['product_key']] = p
        letter = {'gemeente': 'G', 'provincie': 'P', 'waterschap': 'W'}
        want = {(o['code'], k) for o in orgs for k, p in products.items() if letter[o['org_type']] in p['org_types']}
        have = {(r['org_code'], r['product_key']) for r in rows}
        if want != have:
            fails.append('label rows differ from org x product: missing %s extra %s' % (sorted(want - have)[:5], sorted(have - want)[:5]))
        n_route_reach = 0
        for r in rows:
            st = r['status']
            if st not in ('ok', 'not_offered', 'not_found'):
                fails.append('bad status %r' % r)
            if st == 'ok':
                if r['level'] not in ('0', '33', '67', '100') or r['level_strict'] not in ('0', '33', '67', '100'):
                    fails.append('bad level %s %s' % (r['org_code'], r['product_key']))
                if (r['level'] == '0') != (r['route_url'] == ''):
                    fails.append('route/level mismatch %s %s' % (r['org_code'], r['product_key']))
                if r['level'] != '100' and r['level'] != r['level_strict']:
                    fails.append('strict differs below 100 %s %s' % (r['org_code'], r['product_key']))
            if st != 'not_found' and r['product_url']:
                chain, s, hd, body = check(r['product_url'])
                if s != 200 or len(chain) != 1:
                    fails.append('product_url %s -> %s' % (r['product_url'], chain))
            if st == 'not_found' and (r['product_url'] or r['route_url']):
                fails.append('not_found with URL %s %s' % (r['org_code'], r['product_key']))
            if r['route_url']:
                chain, s, hd, body = check(r['route_url'])
                if s != 200:
                    fails.append('route_url %s -> %s' % (r['route_url'], chain))
                elif len(chain) > 1:
                    if chain[0][1] != 302 or urlsplit(chain[-1][0]).netloc not in IDP_HOSTS:
                        fails.append('route_url redirect does not end at IdP: %s' % chain)
                # reachable from the product page in two clicks
                seen = {r['product_url']}
                frontier = [r['product_url']]
                found = False
                for depth in range(2):
                    nxt = []
                    for u in frontier:
                        c, s2, hd2, b2 = check(u)
                        if s2 != 200 or not is_html(u, hd2):
                            continue
                        for l in extract(c[-1][0], b2):
                            if l == r['route_url']:
                                found = True
                            if l not in seen:
                                seen.add(l)
                                nxt.append(l)
                    if found:
                        break
                    frontier = nxt
                if found:
                    n_route_reach += 1
                else:
                    fails.append('route not reachable from product page: %s %s' % (r['org_code'], r['product_key']))
        # 2. every link on every page
        pages = []
        for root, dirs, files in os.walk(out / 'sites'):
            for f in files:
                rel = os.path.relpath(os.path.join(root, f), out / 'sites')
                host, _, path = rel.partition(os.sep)
                path = '/' + path.replace(os.sep, '/')
                if path.endswith('/index.html'):
                    path = path[:-len('index.html')]
                pages.append('http://%s%s' % (host, path))
        pages.sort()
        n_links = 0
        n_pages = 0
        for u in pages:
            chain, s, hd, body = check(u)
            if s != 200:
                fails.append('file not served %s -> %s' % (u, chain))
                continue
            if not is_html(u, hd):
                continue
            n_pages += 1
            for l in extract(u, body):
                n_links += 1
                c2, s2, _, _ = check(l)
                if s2 != 200:
                    fails.append('broken link on %s: %s -> %s' % (u, l, c2))
        # 3. bare domains
        for o in orgs:
            host = urlsplit(o['website']).netloc
            bare = host[4:]
            st, hd, _ = fetch('http://%s/' % bare)
            if st not in (301, 302) or hd.get('location', '').rstrip('/') != ('http://%s' % host):
                fails.append('bare domain %s -> %s %s' % (bare, st, hd.get('location')))
        # 4. soft-404 and own 404
        man = json.load(open(out / 'testweb.json', encoding='utf-8'))
        for nf in man['behaviours'].get('not_found_pages', []):
            st, hd, body = fetch('http://%s/deze-pagina-bestaat-niet-%d' % (nf['host'], 7))
            if st != nf['status']:
                fails.append('404 handling %s: %s, want %s' % (nf['host'], st, nf['status']))
            if nf['status'] == 200 and b'niet gevonden' not in body.lower():
                fails.append('soft 404 page of %s lacks its text' % nf['host'])
        # 5. searches
        n_search = 0
        for se in man['behaviours'].get('searches', []):
            st, hd, body = fetch('http://%s%s?%s=%s' % (se['host'], se['path'], se['param'], 'vergunning'))
            if st != 200 or b'http://' + se['host'].encode() not in body:
                fails.append('search %s: %s' % (se['host'], st))
            else:
                n_search += 1
        # 6. determinism
        with tempfile.TemporaryDirectory() as td:
            subprocess.run([sys.executable, str(HERE / 'gen.py'), td + '/web'], check=True, stdout=subprocess.DEVNULL)
            cmp = filecmp.dircmp(out, td + '/web')
            diffs = []

            def walk(d):
                diffs.extend(d.left_only + d.right_only)
                _, mism, errs = filecmp.cmpfiles(d.left, d.right, d.common_files, shallow=False)
                diffs.extend(mism + errs)
                for sd in d.subdirs.values():
                    walk(sd)
            walk(cmp)
            if diffs:
                fails.append('gen.py not deterministic: %s' % diffs[:5])
        status = Counter(r['status'] for r in rows)
        levels = Counter(r['level'] for r in rows if r['status'] == 'ok')
        traps = sum(1 for r in rows if any(s.startswith('trap_') for s in r['signals'].split(';')))
        print('labels: %d rows, status %s, levels %s, rows with traps %d' % (len(rows), dict(sorted(status.items())), dict(sorted(levels.items())), traps))
        print('checked: %d files, %d HTML pages, %d links, %d distinct URLs fetched, %d routes reachable from product page, %d searches'
              % (len(pages), n_pages, n_links, len(cache), n_route_reach, n_search))
        for f in fails[:60]:
            print('FAIL', f)
        print('RESULT: %s (%d failures)' % ('PASS' if not fails else 'FAIL', len(fails)))
        return 0 if not fails else 1
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == '__main__':
    sys.exit(main())
