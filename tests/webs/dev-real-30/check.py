#!/usr/bin/env python3
"""check.py WEBDIR -- serve the web with the project's test server and check it through the proxy.

Checks:
  1. every label's product_url answers 200 and is not a soft-404 page; every route_url answers 200,
     or 302 when it is a login start (then the redirect target must answer 200);
  2. every link on every HTML page resolves (a/link href, img/script/iframe src, form actions with the
     query a GET form builds, meta refresh, absolute .test URLs inside scripts and attributes), following
     redirects to a 200;
  3. the URLs in sitemaps and the SC feed resolve; PDFs and DOCX files are well formed;
  4. labels.csv has one row per organisation x applicable product with consistent fields.
Exit status 0 when everything passes.
"""
import concurrent.futures
import csv
import html.parser
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import zipfile

SERVER = ['/work/main/.venv/bin/digimeter', 'testweb', 'serve', '--root']
HTML_EXT = ('', '.html', '.htm', '.aspx')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.forms = []
        self.cur = None
        self.in_script = False
        self.scripts = []

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        if tag in ('a', 'link', 'area') and d.get('href'):
            self.links.append(d['href'])
        if tag in ('img', 'script', 'iframe', 'frame', 'source', 'embed') and d.get('src'):
            self.links.append(d['src'])
        if tag == 'meta' and (d.get('http-equiv') or '').lower() == 'refresh':
            m = re.search(r'url=(.+)$', d.get('content') or '', re.I)
            if m:
                self.links.append(m.group(1).strip())
        for k, v in d.items():
            if v and k not in ('href', 'src', 'action', 'value'):
                for u in re.findall(r"https?://[A-Za-z0-9.-]+\.test[^\s'\"<>)]*", v):
                    self.links.append(u)
        if tag == 'form':
            self.cur = {'action': d.get('action') or '', 'method': (d.get('method') or 'get').lower(), 'fields': []}
            self.forms.append(self.cur)
        if self.cur is not None and tag in ('input', 'select', 'textarea'):
            typ = (d.get('type') or 'text').lower()
            if d.get('name') and typ not in ('submit', 'button', 'image', 'file', 'reset', 'checkbox', 'radio'):
                self.cur['fields'].append((d['name'], d.get('value') or '', tag))
        if self.cur is not None and tag == 'option' and self.cur['fields'] and self.cur['fields'][-1][2] == 'select' \
                and not self.cur['fields'][-1][1]:
            name = self.cur['fields'][-1][0]
            self.cur['fields'][-1] = (name, d.get('value') or '', 'select-set')
        if tag == 'script':
            self.in_script = True

    def handle_endtag(self, tag):
        if tag == 'form':
            self.cur = None
        if tag == 'script':
            self.in_script = False

    def handle_data(self, data):
        if self.in_script:
            self.scripts.append(data)


def file_url(host, rel):
    rel = rel.replace(os.sep, '/')
    path, _, query = rel.partition('?')
    if path == 'index.html':
        path = ''
    elif path.endswith('/index.html'):
        path = path[:-len('index.html')]
    url = 'http://%s/%s' % (host, path)
    if query:
        url += '?' + query
    return url


def is_html(rel, data):
    base = rel.split('?')[0]
    ext = os.path.splitext(base)[1].lower()
    if ext in ('.pdf', '.docx', '.rtf', '.svg', '.css', '.js', '.mjs', '.xml', '.txt', '.json'):
        return False
    return ext in HTML_EXT or data.lstrip()[:15].lower().startswith(b'<!doctype html')


def main():
    webdir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), 'web'))
    errors = []
    proc = subprocess.Popen(SERVER + [webdir], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    proxy = None
    try:
        for line in proc.stdout:
            m = re.search(r'proxy (http://127\.0\.0\.1:\d+)', line)
            if m:
                proxy = m.group(1)
                break
        if not proxy:
            print('server did not start')
            return 2
        print('server', proxy)
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({'http': proxy}), NoRedirect)

        def fetch(url):
            try:
                with opener.open(urllib.request.Request(url, headers={'User-Agent': 'check.py'}), timeout=30) as r:
                    return r.status, dict(r.headers), r.read()
            except urllib.error.HTTPError as e:
                return e.code, dict(e.headers), e.read()
            except Exception as e:  # noqa
                return 0, {}, str(e).encode()

        with open(os.path.join(webdir, 'testweb.json'), encoding='utf-8') as f:
            beh = json.load(f)['behaviours']
        soft = {}
        for nf in beh.get('not_found_pages', []):
            if nf['status'] == 200:
                with open(os.path.join(webdir, nf['file']), 'rb') as f:
                    soft[nf['host']] = f.read()

        cache = {}

        def resolve(url, allow_login=True):
            """Follow redirects; return (first_status, final_status, final_url, body)."""
            if url in cache:
                return cache[url]
            first = None
            cur = url
            body = b''
            st = 0
            for _ in range(6):
                st, hdr, body = fetch(cur)
                if first is None:
                    first = st
                if st in (301, 302, 303, 307, 308):
                    cur = urllib.parse.urljoin(cur, hdr.get('Location', ''))
                    continue
                break
            host = urllib.parse.urlsplit(cur).hostname
            if st == 200 and host in soft and body == soft[host]:
                st = -200  # soft 404
            res = (first, st, cur, body)
            cache[url] = res
            return res

        # ---- 1. labels ----
        with open(os.path.join(webdir, 'labels.csv'), newline='', encoding='utf-8') as f:
            labels = list(csv.DictReader(f))
        with open(os.path.join(webdir, 'organisations.csv'), newline='', encoding='utf-8') as f:
            orgs = list(csv.DictReader(f))
        here = os.path.dirname(os.path.abspath(__file__))
        applicable = []
        with open(os.path.join(here, 'products.csv'), newline='', encoding='utf-8') as f:
            for r in csv.DictReader(f):
                if 'G' in r['org_types']:
                    applicable.append(r['product_key'])
        seen = {}
        for r in labels:
            seen[(r['org_code'], r['product_key'])] = seen.get((r['org_code'], r['product_key']), 0) + 1
        for o in orgs:
            for pk in applicable:
                if seen.get((o['code'], pk)) != 1:
                    errors.append('labels: %s %s appears %s times' % (o['code'], pk, seen.get((o['code'], pk), 0)))
        if len(labels) != len(orgs) * len(applicable):
            errors.append('labels: %d rows, expected %d' % (len(labels), len(orgs) * len(applicable)))
        for r in labels:
            tag = '%s %s' % (r['org_code'], r['product_key'])
            st = r['status']
            if st == 'ok':
                if r['level'] not in ('0', '33', '67', '100'):
                    errors.append('%s: bad level %r' % (tag, r['level']))
                if not r['product_url']:
                    errors.append('%s: ok without product_url' % tag)
                if r['level'] == '0' and r['route_url']:
                    errors.append('%s: level 0 with a route_url' % tag)
                if r['level'] != '0' and not r['route_url']:
                    errors.append('%s: level %s without route_url' % (tag, r['level']))
                exp = {'100': ('67', '100')}.get(r['level'], (r['level'],))
                if r['level_strict'] not in exp:
                    errors.append('%s: level_strict %s for level %s' % (tag, r['level_strict'], r['level']))
                if r['level_strict'] == '100' and 'prefill_text' not in r['signals'].split(';'):
                    errors.append('%s: strict 100 without prefill_text signal' % tag)
            elif st in ('not_offered', 'not_found'):
                if r['level'] or r['route_url'] or r['level_strict']:
                    errors.append('%s: %s with level or route' % (tag, st))
                if st == 'not_found' and r['product_url']:
                    errors.append('%s: not_found with product_url' % tag)
                if st == 'not_offered' and not r['product_url']:
                    errors.append('%s: not_offered without product_url' % tag)
            else:
                errors.append('%s: bad status %r' % (tag, st))
            if r['product_url']:
                first, fin, _, _ = resolve(r['product_url'])
                if first != 200 or fin != 200:
                    errors.append('%s: product_url %s answers %s/%s' % (tag, r['product_url'], first, fin))
            if r['route_url']:
                first, fin, final, _ = resolve(r['route_url'])
                if first == 302:
                    host = urllib.parse.urlsplit(final).hostname or ''
                    if not ('digid' in host or 'eherkenning' in host) or fin != 200:
                        errors.append('%s: route_url %s redirects to %s (%s)' % (tag, r['route_url'], final, fin))
                elif first != 200 or fin != 200:
                    errors.append('%s: route_url %s answers %s/%s' % (tag, r['route_url'], first, fin))
        print('labels checked: %d rows' % len(labels))

        # ---- 2. links on every page ----
        sites = os.path.join(webdir, 'sites')
        targets = {}
        n_pages = 0
        n_docs = 0
        for host in sorted(os.listdir(sites)):
            root = os.path.join(sites, host)
            for dp, dn, fn in os.walk(root):
                dn.sort()
                for name in sorted(fn):
                    full = os.path.join(dp, name)
                    rel = os.path.relpath(full, root)
                    with open(full, 'rb') as f:
                        data = f.read()
                    page = file_url(host, rel)
                    low = name.split('?')[0].lower()
                    if low.endswith('.pdf'):
                        n_docs += 1
                        if not data.startswith(b'%PDF-') or not data.rstrip().endswith(b'%%EOF'):
                            errors.append('bad pdf ' + page)
                        continue
                    if low.endswith('.docx'):
                        n_docs += 1
                        try:
                            with zipfile.ZipFile(os.path.join(dp, name)) as z:
                                if 'word/document.xml' not in z.namelist():
                                    errors.append('bad docx ' + page)
                        except zipfile.BadZipFile:
                            errors.append('bad docx ' + page)
                        continue
                    if low.endswith('.xml'):
                        for u in re.findall(rb'(?:<loc>|resourceIdentifier="|<dcterms:identifier>)(http://[^<"]+)', data):
                            targets.setdefault(u.decode().replace('&amp;', '&'), page)
                        continue
                    if not is_html(rel, data):
                        continue
                    n_pages += 1
                    p = Links()
                    p.feed(data.decode('utf-8'))
                    urls = list(p.links)
                    for s in p.scripts:
                        urls += re.findall(r"https?://[A-Za-z0-9.-]+\.test[^\s'\"<>\\)]*", s)
                    for fm in p.forms:
                        act = fm['action'] or page
                        if fm['method'] == 'get' and fm['fields']:
                            q = urllib.parse.urlencode([(k, v) for k, v, _ in fm['fields']])
                            base = urllib.parse.urljoin(page, act).split('?')[0].split('#')[0]
                            urls.append(base + '?' + q)
                        else:
                            urls.append(act)
                    for u in urls:
                        u = u.strip()
                        if not u or u.startswith(('mailto:', 'tel:', 'javascript:', '#', 'data:')):
                            continue
                        absu = urllib.parse.urljoin(page, u).split('#')[0]
                        if not absu.startswith('http://'):
                            errors.append('%s: link %s is not http' % (page, u))
                            continue
                        targets.setdefault(absu, page)
        print('pages parsed: %d, documents: %d, distinct link targets: %d' % (n_pages, n_docs, len(targets)))
        items = sorted(targets.items())
        with concurrent.futures.ThreadPoolExecutor(16) as ex:
            results = list(ex.map(lambda kv: (kv, resolve(kv[0])), items))
        for (u, src), (first, fin, final, _) in results:
            if fin != 200:
                errors.append('link %s on %s answers %s (final %s -> %s)' % (u, src, first, final, fin))
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    if errors:
        print('%d problems:' % len(errors))
        for e in errors[:200]:
            print('  ' + e)
        return 1
    print('all checks passed')
    return 0


if __name__ == '__main__':
    sys.exit(main())
