#!/usr/bin/env python3
"""Check a generated web through the testweb proxy.

Usage: python3 check.py OUTDIR

Starts `digimeter testweb serve --root OUTDIR`, then checks through the proxy that:
* every label's product_url and route_url answer 200, or 302 (chain) ending at an identity provider page;
* every link on every page resolves (href, src, action, iframes, data-* URLs, URLs in scripts, onclick,
  JSON and JS files) to a 200 (after redirects), except mailto/tel/javascript;
* bare domains redirect to www.;
* soft-404 / own error pages answer as intended, real 404s elsewhere;
* the site searches answer with results;
* labels are consistent (one row per org x G product, levels/statuses valid, traps present).
Stops the server afterwards.
"""
import concurrent.futures as cf
import csv, http.client, json, os, re, signal, subprocess, sys, time
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit, quote

DIGIMETER = '/work/main/.venv/bin/digimeter'
IDP_HOSTS = {'digid.test', 'eherkenning.test'}
URL_RE = re.compile(r'''https?://[A-Za-z0-9.\-]+\.test(?:/[^\s"'<>\\)]*)?''')


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if v is None:
                continue
            if k in ('href', 'src', 'action', 'data', 'poster') or (k.startswith('data-') and (v.startswith(('http://', 'https://', '/')))):
                self.urls.append(v)
            elif k.startswith('on'):
                self.urls += URL_RE.findall(v)
        if tag == 'script':
            self.in_script = True

    def handle_endtag(self, tag):
        if tag == 'script':
            self.in_script = False

    def handle_data(self, data):
        if self.in_script:
            self.urls += URL_RE.findall(data)


def file_to_url(root, fp):
    rel = os.path.relpath(fp, os.path.join(root, 'sites'))
    host, _, path = rel.partition(os.sep)
    path = '/' + path.replace(os.sep, '/')
    if path.endswith('/index.html'):
        path = path[:-len('index.html')]
    return 'http://%s%s' % (host, path)


class Proxy:
    def __init__(self, port):
        self.port = port

    def get(self, url):
        u = urlsplit(url)
        target = url.split('#')[0]
        for _ in range(3):
            try:
                c = http.client.HTTPConnection('127.0.0.1', self.port, timeout=30)
                c.request('GET', quote(target, safe=":/?&=%#+,;@!$'()*~"), headers={'Host': u.netloc})
                r = c.getresponse()
                body = r.read()
                c.close()
                return r.status, dict((k.lower(), v) for k, v in r.getheaders()), body
            except (ConnectionError, OSError):
                time.sleep(0.3)
        return 0, {}, b''

    def resolve(self, url, max_hops=6):
        """Follow redirects; returns (final_status, final_url, chain)."""
        chain = []
        for _ in range(max_hops):
            st, h, body = self.get(url)
            if st >= 500:
                time.sleep(0.2)
                st, h, body = self.get(url)   # a retry (pages that fail once)
            chain.append((st, url))
            if st in (301, 302, 303, 307, 308) and 'location' in h:
                url = urljoin(url, h['location'])
                continue
            return st, url, chain, body
        return -1, url, chain, b''


def main():
    root = os.path.abspath(sys.argv[1])
    proc = subprocess.Popen([DIGIMETER, 'testweb', 'serve', '--root', root], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    port = None
    try:
        t0 = time.time()
        while time.time() - t0 < 120:
            line = proc.stdout.readline()
            if not line:
                if proc.poll() is not None:
                    print('server exited:', proc.stderr.read())
                    return 2
                continue
            m = re.search(r'proxy http://127\.0\.0\.1:(\d+)', line)
            if m:
                port = int(m.group(1))
                break
        if not port:
            print('no proxy line')
            return 2
        return run(root, Proxy(port))
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def run(root, px):
    errors = []
    manifest = json.load(open(os.path.join(root, 'testweb.json'), encoding='utf-8'))
    beh = manifest.get('behaviours', {})
    orgs = list(csv.DictReader(open(os.path.join(root, 'organisations.csv'), encoding='utf-8')))
    labels = list(csv.DictReader(open(os.path.join(root, 'labels.csv'), encoding='utf-8')))

    # ---- label consistency
    prod_path = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../../config/products.csv'))
    if not os.path.exists(prod_path):
        prod_path = '/work/main/config/products.csv'
    gkeys = [r['product_key'] for r in csv.DictReader(open(prod_path, encoding='utf-8')) if 'G' in r['org_types']]
    seen = {(r['org_code'], r['product_key']) for r in labels}
    for o in orgs:
        for k in gkeys:
            if (o['code'], k) not in seen:
                errors.append('missing label %s %s' % (o['code'], k))
    if len(labels) != len(seen):
        errors.append('duplicate label rows')
    for r in labels:
        if r['status'] == 'ok':
            if r['level'] not in ('0', '33', '67', '100') or r['level_strict'] not in ('0', '33', '67', '100'):
                errors.append('bad level %s' % r)
            if r['level'] != '0' and not r['route_url']:
                errors.append('no route for level>0: %s %s' % (r['org_code'], r['product_key']))
            if not r['product_url']:
                errors.append('ok without product_url %s %s' % (r['org_code'], r['product_key']))
        elif r['status'] in ('not_offered', 'not_found'):
            if r['level'] or r['route_url']:
                errors.append('level on non-ok row %s %s' % (r['org_code'], r['product_key']))
        else:
            errors.append('bad status %s' % r['status'])
        if r['via'] and r['route_url'] and urlsplit(r['route_url']).hostname != r['via']:
            errors.append('via mismatch %s %s' % (r['org_code'], r['product_key']))
    for o in orgs:
        if not re.fullmatch(r'http://www\.[a-z\-]+\.test/', o['website']):
            errors.append('website %s' % o['website'])

    # ---- collect URLs from all files
    targets = {}   # url -> source
    pages = 0
    sites = os.path.join(root, 'sites')
    for dp, dn, fn in os.walk(sites):
        dn.sort()
        for f in sorted(fn):
            fp = os.path.join(dp, f)
            base = file_to_url(root, fp)
            data = open(fp, 'rb').read()
            if data.startswith(b'%PDF') or data.startswith(b'PK'):
                continue
            text = data.decode('utf-8', 'replace')
            urls = []
            if '<html' in text[:300].lower() or '<!doctype' in text[:50].lower():
                pages += 1
                p = Links()
                p.feed(text)
                urls = p.urls
            else:
                urls = URL_RE.findall(text)
                if f.endswith('.mjs') or f.endswith('.js'):
                    urls += re.findall(r"""from\s+['"](\.[^'"]+)['"]""", text)
                if f == 'robots.txt' or f.endswith('.xml'):
                    urls = URL_RE.findall(text)
            for u in urls:
                u = u.strip()
                if not u or u.startswith(('mailto:', 'tel:', 'javascript:', '#')):
                    continue
                full = urljoin(base, u).split('#')[0]
                if '<!--' in full:
                    continue
                targets.setdefault(full, base)
    # search templates / indexes
    for s in beh.get('searches', []):
        for it in json.load(open(os.path.join(root, s['index']), encoding='utf-8')):
            targets.setdefault(it['url'], 'search index ' + s['host'])

    def chk(url):
        st, final, chain, body = px.resolve(url)
        if st == 200:
            return None
        return '%s -> %s (%s)' % (url, st, ' > '.join('%s %s' % c for c in chain))

    with cf.ThreadPoolExecutor(16) as ex:
        res = list(ex.map(chk, sorted(targets)))
    link_errors = [(r, targets[u]) for r, u in zip(res, sorted(targets)) if r]
    for r, src in link_errors:
        errors.append('link %s  [on %s]' % (r, src))

    # ---- labels' URLs
    def chk_label(r):
        errs = []
        for col in ('product_url', 'route_url'):
            u = r[col]
            if not u:
                continue
            st, final, chain, body = px.resolve(u)
            if st != 200:
                errs.append('%s %s %s: %s -> %s' % (r['org_code'], r['product_key'], col, u, st))
            elif len(chain) > 1 and chain[0][0] == 302 and urlsplit(final).hostname not in IDP_HOSTS:
                errs.append('%s %s %s: 302 not to IdP: %s' % (r['org_code'], r['product_key'], col, final))
        return errs
    with cf.ThreadPoolExecutor(16) as ex:
        for e in ex.map(chk_label, labels):
            errors += e
    login_starts = sum(1 for r in labels if '/auth/' in r['route_url'])

    # ---- bare domains
    bare = 0
    for o in orgs:
        host = urlsplit(o['website']).hostname
        bare_host = host[4:]
        st, h, _ = px.get('http://%s/' % bare_host)
        if st not in (301, 302, 308) or urlsplit(h.get('location', '')).hostname != host:
            errors.append('bare domain %s -> %s %s' % (bare_host, st, h.get('location')))
        else:
            bare += 1

    # ---- soft 404s
    nfp = {x['host']: x for x in beh.get('not_found_pages', [])}
    for o in orgs:
        host = urlsplit(o['website']).hostname
        st, h, body = px.get('http://%s/deze-pagina-bestaat-niet-42' % host)
        want = nfp[host]['status'] if host in nfp else 404
        if st != want:
            errors.append('missing page on %s: %s, want %s' % (host, st, want))
        if host in nfp and b'niet gevonden' not in body:
            errors.append('soft 404 body on %s' % host)

    # ---- searches
    for s in beh.get('searches', []):
        st, h, body = px.get('http://%s%s?%s=parkeren' % (s['host'], s['path'], s['param']))
        if st != 200 or b'<li' not in body:
            errors.append('search %s -> %s' % (s['host'], st))

    # ---- traps
    n_trap_rows = sum(1 for r in labels if r['status'] == 'ok' and 'trap_' in r['signals'])
    ok_rows = sum(1 for r in labels if r['status'] == 'ok')
    spec_rows = sum(1 for r in labels if r['status'] == 'ok' and any(
        t.startswith('trap_') and t not in ('trap_header_login', 'trap_footer_digid_logo', 'trap_direct_regelen_box', 'trap_feedback_form', 'trap_niet_online_text', 'trap_bezwaar_link', 'trap_appointment_digid')
        for t in r['signals'].split(';')))
    if spec_rows < 0.9 * ok_rows:
        errors.append('too few product-specific traps: %d of %d' % (spec_rows, ok_rows))

    n_traps = sum(sum(1 for t in r['signals'].split(';') if t.startswith('trap_')) for r in labels)
    print('pages %d, urls checked %d, link errors %d' % (pages, len(targets), len(link_errors)))
    print('labels %d (ok %d), label urls checked, login-start routes %d' % (len(labels), ok_rows, login_starts))
    print('bare-domain redirects %d/%d, soft-404 hosts %d, searches %d' % (bare, len(orgs), len(nfp), len(beh.get('searches', []))))
    print('rows with traps %d/%d, with product-specific traps %d, trap labels %d' % (n_trap_rows, ok_rows, spec_rows, n_traps))
    for e in errors[:60]:
        print('ERROR', e)
    print('errors %d' % len(errors))
    print('PASS' if not errors else 'FAIL')
    return 0 if not errors else 1


if __name__ == '__main__':
    sys.exit(main())
