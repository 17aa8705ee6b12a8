#!/usr/bin/env python3
"""Check a generated web through the digimeter testweb proxy.

Usage: python3 check.py OUTDIR
Starts the server, checks every label URL, every link on every HTML page (href, src,
action, data-* URLs, URLs in scripts and onclick), bare-domain redirects and the
soft-404 pages, then stops the server. Exit code 0 when everything passes.
"""
import csv
import http.client
import json
import os
import re
import subprocess
import sys
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

DIGIMETER = '/work/main/.venv/bin/digimeter'
IDP_HOSTS = ('digid-sim.test', 'eherkenning-sim.test')


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls = []
        self.base = None
        self.in_script = False
        self.script = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if v is None:
                continue
            if k in ('href', 'src', 'action') or (k.startswith('data-') and re.match(r'(https?:)?/', v)):
                self.urls.append(v)
            if k.startswith('on'):
                self.urls += re.findall(r'https?://[^\s"\'<>;)]+', v)
        if tag == 'script':
            self.in_script = True

    def handle_endtag(self, tag):
        if tag == 'script':
            self.in_script = False

    def handle_data(self, data):
        if self.in_script:
            self.urls += re.findall(r'https?://[^\s"\'<>;)]+', data)


class Client:
    def __init__(self, port):
        self.port = port
        self.cache = {}

    def get(self, url):
        if url in self.cache:
            return self.cache[url]
        c = http.client.HTTPConnection('127.0.0.1', self.port, timeout=30)
        host = urlsplit(url).netloc
        c.request('GET', url, headers={'Host': host})
        r = c.getresponse()
        body = r.read()
        res = (r.status, r.getheader('Location'), r.getheader('Content-Type') or '', body)
        c.close()
        self.cache[url] = res
        return res

    def resolve(self, url, hops=6):
        """Follow redirects; returns (final_status, final_url, chain)."""
        chain = []
        for _ in range(hops):
            st, loc, ct, body = self.get(url)
            chain.append((url, st))
            if st in (301, 302, 303, 307, 308) and loc:
                url = urljoin(url, loc)
                continue
            return st, url, chain
        return 'loop', url, chain


def main():
    out = os.path.abspath(sys.argv[1])
    proc = subprocess.Popen([DIGIMETER, 'testweb', 'serve', '--root', out], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    port = None
    try:
        for line in proc.stdout:
            m = re.search(r'proxy http://127\.0\.0\.1:(\d+)', line)
            if m:
                port = int(m.group(1))
                break
        if not port:
            print('server did not start')
            return 2
        cl = Client(port)
        errors = []
        stats = {'label_urls': 0, 'pages': 0, 'links': 0, 'login_redirects': 0, 'host_redirects': 0, 'soft404': 0}
        man = json.load(open(os.path.join(out, 'testweb.json')))
        beh = man['behaviours']
        # labels
        rows = list(csv.DictReader(open(os.path.join(out, 'labels.csv'), encoding='utf-8')))
        for r in rows:
            for col in ('product_url', 'route_url'):
                u = r[col]
                if not u:
                    if r['status'] == 'ok' and col == 'product_url':
                        errors.append('ok row without product_url %s %s' % (r['org_code'], r['product_key']))
                    continue
                stats['label_urls'] += 1
                st, fin, chain = cl.resolve(u)
                if st != 200:
                    errors.append('label %s %s %s -> %s' % (r['org_code'], r['product_key'], u, st))
                elif len(chain) > 1:
                    if urlsplit(fin).netloc not in IDP_HOSTS:
                        errors.append('label redirect not to IdP %s -> %s' % (u, fin))
                    else:
                        stats['login_redirects'] += 1
            if r['status'] == 'ok' and r['level'] in ('67', '100', '33') and not r['route_url']:
                errors.append('route missing %s %s' % (r['org_code'], r['product_key']))
        # pages
        sites = os.path.join(out, 'sites')
        for host in sorted(os.listdir(sites)):
            for dp, dn, fn in os.walk(os.path.join(sites, host)):
                for f in sorted(fn):
                    rel = os.path.relpath(os.path.join(dp, f), os.path.join(sites, host)).replace(os.sep, '/')
                    if rel.startswith('_niet-gevonden'):
                        continue
                    path = '/' + rel
                    if path.endswith('/index.html'):
                        path = path[:-len('index.html')]
                    with open(os.path.join(dp, f), 'rb') as fh:
                        head = fh.read(300)
                    if not (b'<html' in head.lower() or b'<!doctype' in head.lower()):
                        continue
                    url = 'http://%s%s' % (host, path)
                    st, loc, ct, body = cl.get(url)
                    stats['pages'] += 1
                    if st != 200:
                        errors.append('page %s -> %s' % (url, st))
                        continue
                    p = Links()
                    p.feed(body.decode('utf-8', 'replace'))
                    for u in p.urls:
                        if u.startswith(('mailto:', 'tel:', 'javascript:', '#')):
                            continue
                        full = urljoin(url, u).split('#')[0]
                        if not full.startswith('http://'):
                            errors.append('non-http link %s on %s' % (u, url))
                            continue
                        stats['links'] += 1
                        st2, fin, chain = cl.resolve(full)
                        if st2 != 200:
                            errors.append('link %s on %s -> %s' % (full, url, st2))
                        elif len(chain) > 1 and urlsplit(fin).netloc not in IDP_HOSTS and urlsplit(chain[0][0]).netloc.count('.') > 1 and not any(
                                hr['host'] == urlsplit(chain[0][0]).netloc for hr in beh.get('host_redirects', [])):
                            errors.append('redirect %s on %s ends at %s (not an IdP)' % (full, url, fin))
        # bare domains
        for hr in beh.get('host_redirects', []):
            st, loc, ct, body = cl.get('http://%s/' % hr['host'])
            stats['host_redirects'] += 1
            if st != hr['status'] or not loc or urlsplit(loc).netloc != hr['to']:
                errors.append('host redirect %s -> %s %s' % (hr['host'], st, loc))
            else:
                st2, fin, _ = cl.resolve('http://%s/' % hr['host'])
                if st2 != 200:
                    errors.append('host redirect target %s -> %s' % (fin, st2))
        # soft 404s
        nf_hosts = {n['host']: n for n in beh.get('not_found_pages', [])}
        for n in beh.get('not_found_pages', []):
            st, loc, ct, body = cl.get('http://%s/deze-pagina-bestaat-niet-37' % n['host'])
            stats['soft404'] += 1
            if st != n['status'] or b'niet gevonden' not in body.lower():
                errors.append('soft404 %s -> %s' % (n['host'], st))
        # a host without a not_found page answers 404
        for r in rows[:1]:
            h = urlsplit(r['product_url'] or 'http://www.losser.test/').netloc
        for o in csv.DictReader(open(os.path.join(out, 'organisations.csv'), encoding='utf-8')):
            h = urlsplit(o['website']).netloc
            if h not in nf_hosts:
                st, _, _, _ = cl.get('http://%s/deze-pagina-bestaat-niet-37' % h)
                if st != 404:
                    errors.append('missing page on %s -> %s (want 404)' % (h, st))
        for e in errors[:60]:
            print('ERROR', e)
        print('labels=%d label_urls=%d pages=%d links=%d login_redirects=%d host_redirects=%d soft404=%d errors=%d' % (
            len(rows), stats['label_urls'], stats['pages'], stats['links'], stats['login_redirects'],
            stats['host_redirects'], stats['soft404'], len(errors)))
        return 1 if errors else 0
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == '__main__':
    sys.exit(main())
