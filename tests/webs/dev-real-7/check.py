#!/usr/bin/env python3
"""Check web-dev7: serve it with the testweb server and verify the labels and links.

    nice -n 10 python3 check.py [WEBDIR]

1. every labelled product_url and route_url answers through the proxy: 200, or (route_url)
   a 30x to an identity provider (digid.test / eherkenning.test);
2. every organisation's website answers (after host redirects) with 200;
3. offline: every link (href/src/action/onclick/iframe, <base href> and ../ honoured) on every
   HTML page resolves to a file, a redirect, a host redirect, a site search or a soft-404 host;
   the only links allowed to miss are the stale A-Z links of not_found rows;
4. label consistency: one row per organisation x applicable product, levels and statuses valid,
   Trap rows named, PDFs start with %PDF.
Exit status 0 when everything passes.
"""
import csv, json, os, posixpath, re, subprocess, sys, urllib.parse, http.client

HERE = os.path.dirname(os.path.abspath(__file__))
WEB = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'web')
SERVE = ['/work/main/.venv/bin/digimeter', 'testweb', 'serve', '--root', WEB]
IDPS = {'digid.test', 'eherkenning.test'}
errors = []


def fetch(proxy, url):
    pu = urllib.parse.urlparse(proxy)
    c = http.client.HTTPConnection(pu.hostname, pu.port, timeout=20)
    c.request('GET', url, headers={'Host': urllib.parse.urlparse(url).netloc})
    r = c.getresponse()
    body = r.read()
    c.close()
    return r.status, r.getheader('Location'), body


def online(labels, orgs):
    p = subprocess.Popen(SERVE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        proxy = None
        for line in p.stdout:
            m = re.search(r'proxy (http://127\.0\.0\.1:\d+)', line)
            if m:
                proxy = m.group(1)
                break
        if not proxy:
            errors.append('server did not start')
            return
        n = 0
        for r in labels:
            for col in ('product_url', 'route_url'):
                u = r[col]
                if not u:
                    continue
                n += 1
                st, loc, body = fetch(proxy, u)
                if st == 200:
                    if u.endswith('.pdf') and not body.startswith(b'%PDF'):
                        errors.append('%s %s not a PDF' % (r['org_code'], u))
                    if col == 'product_url' and b'Pagina niet gevonden' in body:
                        errors.append('%s %s %s is a soft 404' % (r['org_code'], r['product_key'], u))
                    continue
                if col == 'route_url' and st in (301, 302, 303, 307) and urllib.parse.urlparse(loc).hostname in IDPS:
                    continue
                errors.append('%s %s %s=%s -> %s %s' % (r['org_code'], r['product_key'], col, u, st, loc))
        for o in orgs:
            u = o['website']
            for _ in range(4):
                st, loc, _b = fetch(proxy, u)
                if st in (301, 302) and loc:
                    u = urllib.parse.urljoin(u, loc)
                    continue
                break
            if st != 200:
                errors.append('website %s -> %s' % (o['website'], st))
        print('online: %d label URLs checked via %s' % (n, proxy))
    finally:
        p.terminate()
        p.wait(10)


def offline(labels):
    man = json.load(open(os.path.join(WEB, 'testweb.json')))['behaviours']
    redirects = {r['url'] for r in man.get('redirects', [])}
    hredir = {r['host']: r['to'] for r in man.get('host_redirects', [])}
    soft = {r['host'] for r in man.get('not_found_pages', [])}
    searches = {(s['host'], s['path']) for s in man.get('searches', [])}
    sites = os.path.join(WEB, 'sites')
    hosts = set(os.listdir(sites))
    stale = set()

    def exists(url):
        u = urllib.parse.urlparse(url)
        host = hredir.get(u.hostname, u.hostname)
        if host not in hosts:
            return 'nohost'
        path = u.path or '/'
        if 'http://%s%s' % (host, path) in redirects:
            return 'ok'
        if (host, path) in searches:
            return 'ok'
        fp = os.path.join(sites, host, path.lstrip('/'))
        if path.endswith('/'):
            fp = os.path.join(fp, 'index.html')
        if u.query and os.path.isfile(fp + '?' + u.query):
            return 'ok'
        if os.path.isfile(fp):
            return 'ok'
        return 'soft' if host in soft else 'missing'
    nlinks = 0
    for host in sorted(hosts):
        for root, _, files in os.walk(os.path.join(sites, host)):
            for fn in files:
                fp = os.path.join(root, fn)
                rel = os.path.relpath(fp, os.path.join(sites, host)).replace(os.sep, '/')
                data = open(fp, 'rb').read()
                if fn.endswith('.pdf'):
                    if not data.startswith(b'%PDF'):
                        errors.append('bad pdf ' + fp)
                    continue
                if not data.lstrip().startswith(b'<!DOCTYPE'):
                    continue
                t = data.decode('utf-8')
                path = '/' + rel
                if path.endswith('index.html'):
                    path = path[:-10]
                if '?' in path:
                    path = path.split('?')[0]
                base = 'http://%s%s' % (host, path)
                m = re.search(r'<base href="([^"]+)"', t)
                if m:
                    base = m.group(1)
                links = re.findall(r'(href|src|action)="([^"]*)"', t) + [('onclick', x) for x in re.findall(r"location\.href='([^']*)'", t)] + \
                    [('script', x) for x in re.findall(r"a\.href='([^']*)'", t)]
                for attr, l in links:
                    if l.startswith(('mailto:', 'tel:', '#')) or l == '':
                        continue
                    if l.startswith('http://') and not urllib.parse.urlparse(l).hostname.endswith('.test'):
                        errors.append('non-.test link %s on %s' % (l, base))
                        continue
                    if l.startswith('https:'):
                        errors.append('https link %s' % l)
                        continue
                    full = urllib.parse.urljoin(base if not l.startswith("/") or 'base href' not in t else 'http://%s/' % host, l)
                    if "a.href='" in t and l in re.findall(r"a\.href='([^']*)'", t):
                        full = urllib.parse.urljoin('http://%s%s' % (host, path), l)
                    nlinks += 1
                    e = exists(full)
                    if e == 'ok':
                        continue
                    if e in ('soft', 'missing') and re.search(r'/(a-z|producten)$', base):
                        stale.add(full)
                        continue
                    if attr == 'action' and e == 'missing':  # POST endpoints of forms
                        continue
                    errors.append('%s link %s -> %s (%s)' % (e, base, full, l))
    nstale = sum('stale link' in r['notes'] for r in labels)
    if len(stale) != nstale:
        errors.append('stale A-Z links %d != %d labelled: %s' % (len(stale), nstale, sorted(stale)))
    print('offline: %d links checked, %d stale A-Z link targets (intended, %d labelled)' % (nlinks, len(stale), nstale))


def consistency(labels, orgs):
    prods = list(csv.DictReader(open('/work/main/config/products.csv', encoding='utf-8')))
    tl = {'gemeente': 'G', 'provincie': 'P', 'waterschap': 'W', 'rijk': 'R'}
    have = {(r['org_code'], r['product_key']) for r in labels}
    if len(have) != len(labels):
        errors.append('duplicate label rows')
    for o in orgs:
        for p in prods:
            t = tl[o['org_type']]
            if t in p['org_types'] and (t != 'R' or p['offered_by'] == o['code']):
                if (o['code'], p['product_key']) not in have:
                    errors.append('missing row %s %s' % (o['code'], p['product_key']))
    for r in labels:
        if r['status'] == 'ok':
            if r['level'] not in ('0', '33', '67', '100') or not r['product_url']:
                errors.append('bad ok row %s' % r)
            if r['level'] != '0' and not r['route_url']:
                errors.append('no route %s %s' % (r['org_code'], r['product_key']))
            if r['level'] == '0' and r['route_url']:
                errors.append('route on level 0 %s' % r['product_key'])
            if r['level'] == '100' and r['level_strict'] not in ('67', '100'):
                errors.append('strict %s' % r)
            if r['level'] != '100' and r['level_strict'] != r['level']:
                errors.append('strict %s' % r)
        elif r['level'] or r['level_strict']:
            errors.append('level on non-ok %s' % r)
        if r['status'] not in ('ok', 'not_found', 'not_offered', 'unreachable'):
            errors.append('status %s' % r)
        if not r['notes']:
            errors.append('no notes %s' % r)


def main():
    labels = list(csv.DictReader(open(os.path.join(WEB, 'labels.csv'), encoding='utf-8')))
    orgs = list(csv.DictReader(open(os.path.join(WEB, 'organisations.csv'), encoding='utf-8')))
    consistency(labels, orgs)
    offline(labels)
    online(labels, orgs)
    size = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(WEB) for f in fs)
    print('size: %.1f MB' % (size / 1e6))
    if size > 15e6:
        errors.append('web too big')
    for e in errors[:60]:
        print('ERROR', e)
    print('%d errors' % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == '__main__':
    main()
