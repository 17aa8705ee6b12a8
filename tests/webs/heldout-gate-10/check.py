#!/usr/bin/env python3
"""Check a generated dev-real-41 web through the digimeter testweb proxy.

Usage: python3 check.py OUTDIR
Starts the server, checks labels, every link on every page, bare-domain
redirects, soft-404 pages and site searches, stops the server, prints figures.
"""
import csv
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.parse
from collections import Counter, deque

SERVE = ['/work/main/.venv/bin/digimeter', 'testweb', 'serve', '--root']
NAMESPACE_HOSTS = {'www.sitemaps.org', 'www.w3.org', 'schemas.openxmlformats.org'}
IDP_HOSTS = {'digid-sim.test', 'eherkenning-sim.test'}
PORT = None


def fetch(url, method='GET'):
    conn = http.client.HTTPConnection('127.0.0.1', PORT, timeout=30)
    host = urllib.parse.urlsplit(url).netloc
    conn.request(method, url, headers={'Host': host, 'User-Agent': 'check.py'})
    r = conn.getresponse()
    body = r.read()
    loc = r.getheader('Location')
    conn.close()
    return r.status, loc, body


def resolve(url, max_hops=6):
    """Follow redirects. Returns (final_status, final_url, chain, body)."""
    chain = []
    for _ in range(max_hops):
        st, loc, body = fetch(url)
        chain.append((st, url))
        if st in (301, 302, 303, 307, 308) and loc:
            url = urllib.parse.urljoin(url, loc)
            continue
        return st, url, chain, body
    return 'loop', url, chain, b''


URL_ATTR = re.compile(r'''\b(?:href|src|action|data-[a-z-]+)\s*=\s*["']([^"']+)["']''', re.I)
URL_TEXT = re.compile(r'''["'](https?://[^"'\s<>]+)["']''')


def links_of(base, text):
    out = set()
    for m in URL_ATTR.finditer(text):
        out.add(m.group(1))
    for m in URL_TEXT.finditer(text):
        out.add(m.group(1))
    res = set()
    for u in out:
        u = html_unescape(u.strip())
        if u.startswith(('mailto:', 'tel:', 'javascript:', '#')):
            continue
        full = urllib.parse.urljoin(base, u)
        full = full.split('#')[0]
        if not full.startswith('http://'):
            continue
        if urllib.parse.urlsplit(full).netloc in NAMESPACE_HOSTS:
            continue
        res.add(full)
    return res


def html_unescape(s):
    import html
    return html.unescape(s)


def file_to_url(rel):
    # rel: sites/<host>/<path>
    parts = rel.split('/', 2)
    host = parts[1]
    path = parts[2] if len(parts) > 2 else ''
    if path.endswith('index.html'):
        path = path[:-len('index.html')]
    return 'http://%s/%s' % (host, path)


def main():
    global PORT
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), 'web'))
    proc = subprocess.Popen(SERVE + [out], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    errors = []
    figures = Counter()
    try:
        t0 = time.time()
        while True:
            line = proc.stdout.readline()
            if not line:
                raise SystemExit('server ended: no proxy line')
            m = re.search(r'proxy http://127\.0\.0\.1:(\d+)', line)
            if m:
                PORT = int(m.group(1))
                break
            if time.time() - t0 > 60:
                raise SystemExit('no proxy line')
        cache = {}

        def ok_url(u):
            if u in cache:
                return cache[u]
            st, final, chain, body = resolve(u)
            host = urllib.parse.urlsplit(final).netloc
            good = st == 200
            kind = 'ok'
            if good and len(chain) > 1:
                kind = 'login' if host in IDP_HOSTS else 'redirect'
            if not good:
                kind = 'bad %s %s' % (st, chain)
            cache[u] = (good, kind, body)
            return cache[u]

        # 1. labels
        with open(os.path.join(out, 'labels.csv'), newline='', encoding='utf-8') as f:
            labels = list(csv.DictReader(f))
        for r in labels:
            figures['labels'] += 1
            figures['status_' + r['status']] += 1
            if r['status'] == 'ok':
                figures['level_' + r['level']] += 1
            for col in ('product_url', 'route_url'):
                u = r[col]
                if not u:
                    continue
                good, kind, body = ok_url(u)
                figures['label_urls_checked'] += 1
                if not good:
                    errors.append('label %s %s %s: %s' % (r['org_code'], r['product_key'], col, kind))
                elif col == 'route_url':
                    lv = r['level']
                    if lv == '100' and kind != 'login' and b'loginRequired' not in body and b'openforms-root' not in body:
                        errors.append('label %s %s: level 100 route is no login start (%s)' % (r['org_code'], r['product_key'], kind))
                    if lv == '67' and (kind == 'login' or b'<form' not in body and b'openforms-root' not in body):
                        errors.append('label %s %s: level 67 route is not an anonymous form' % (r['org_code'], r['product_key']))
                    if lv == '33' and not body.startswith((b'%PDF', b'PK')):
                        errors.append('label %s %s: level 33 route is not a document' % (r['org_code'], r['product_key']))
            if r['status'] == 'ok' and r['level'] != '0' and not r['route_url']:
                errors.append('label %s %s: no route_url' % (r['org_code'], r['product_key']))
            # route must be reachable from product page within 2 hops
            if r['status'] == 'ok' and r['route_url'] and r['product_url']:
                _, _, pbody = ok_url(r['product_url'])
                l1 = links_of(r['product_url'], pbody.decode('utf-8', 'replace'))
                found = r['route_url'] in l1
                if not found:
                    for u in l1:
                        if urllib.parse.urlsplit(u).netloc in IDP_HOSTS:
                            continue
                        g, k, b = ok_url(u)
                        if g and k != 'login' and not b.startswith(b'%PDF') and r['route_url'] in links_of(u, b.decode('utf-8', 'replace')):
                            found = True
                            break
                if not found:
                    errors.append('label %s %s: route not reachable from product page' % (r['org_code'], r['product_key']))
                else:
                    figures['routes_reachable'] += 1
        # 2. every link on every page
        pages = 0
        linkset = set()
        sites_dir = os.path.join(out, 'sites')
        for root, dirs, files in os.walk(sites_dir):
            dirs.sort()
            for fn in sorted(files):
                pth = os.path.join(root, fn)
                rel = os.path.relpath(pth, out).replace(os.sep, '/')
                with open(pth, 'rb') as f:
                    data = f.read()
                if data.startswith((b'%PDF', b'PK', b'\x00')):
                    continue
                text = data.decode('utf-8', 'replace')
                base = file_to_url(rel)
                pages += 1
                for u in links_of(base, text):
                    linkset.add((u, base))
        figures['pages_scanned'] = pages
        man = json.load(open(os.path.join(out, 'testweb.json'), encoding='utf-8'))
        search_urls = {'http://%s%s' % (se['host'], se['path']): se['param'] for se in man['behaviours']['searches']}
        for u, base in sorted(linkset):
            if u in search_urls:  # a search form's action: submit it with a query
                u = '%s?%s=afval' % (u, search_urls[u])
            good, kind, _ = ok_url(u)
            figures['links_checked'] += 1
            if kind == 'login':
                figures['links_login_starts'] += 1
            if not good:
                errors.append('link %s on %s: %s' % (u, base, kind))
        figures['unique_urls'] = len(cache)
        # 3. bare domains, soft 404, searches
        man = json.load(open(os.path.join(out, 'testweb.json'), encoding='utf-8'))
        beh = man['behaviours']
        for hr in beh['host_redirects']:
            st, loc, _ = fetch('http://%s/' % hr['host'])
            if st not in (301, 302) or not loc or hr['to'] not in loc:
                errors.append('bare domain %s: %s %s' % (hr['host'], st, loc))
            else:
                figures['bare_redirects_ok'] += 1
        for nf in beh['not_found_pages']:
            st, _, body = fetch('http://%s/deze-pagina-bestaat-niet-xyz' % nf['host'])
            if st != nf['status'] or b'niet gevonden' not in body:
                errors.append('soft404 %s: got %s' % (nf['host'], st))
            else:
                figures['not_found_pages_ok'] += 1
        for se in beh['searches']:
            q = 'paspoort'
            url = 'http://%s%s?%s=%s' % (se['host'], se['path'], se['param'], q)
            st, _, body = fetch(url)
            if st != 200 or b'aspoort' not in body:
                errors.append('search %s: %s' % (url, st))
            else:
                figures['searches_ok'] += 1
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    for e in errors[:60]:
        print('ERROR', e)
    print('error kinds', Counter(re.sub(r'http\\S+', 'U', e)[:40] for e in errors).most_common(8))
    figures['errors'] = len(errors)
    for k in sorted(figures):
        print('%-22s %s' % (k, figures[k]))
    print('PASS' if not errors else 'FAIL')
    return 0 if not errors else 1


if __name__ == '__main__':
    sys.exit(main())
