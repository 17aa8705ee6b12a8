#!/usr/bin/env python3
"""Check a generated web-dev39 web through the testweb proxy.

usage: python3 check.py OUTDIR
Starts `digimeter testweb serve --root OUTDIR`, then checks through the proxy that every
label's product_url and route_url answer (200, or a redirect chain that ends at an identity
provider page), that every link on every page resolves (href, src, action, data-* URLs,
URLs in scripts and onclick), that bare domains redirect, that soft-404s and site searches
behave as intended.  Stops the server afterwards.
"""
import csv
import json
import os
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path

DIGIMETER = "/work/main/.venv/bin/digimeter"
IDP_HOSTS = {"digid-sim.test", "eherkenning-sim.test"}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def opener(proxy):
    return urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect())


def get(op, url, retry=True):
    st, hd, body = _get(op, url)
    if retry and st in (500, 502, 503, 504) and urllib.parse.urlsplit(url).hostname:
        st2, hd2, body2 = _get(op, url)
        if st2 != 502 or st != 502:
            return st2, hd2, body2
    return st, hd, body


def _get(op, url):
    try:
        with op.open(urllib.request.Request(url, headers={"User-Agent": "check39"}), timeout=30) as r:
            return r.status, dict(r.headers), r.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read()
    except Exception as e:  # noqa
        return -1, {}, str(e).encode()


def resolve(op, url, max_hops=8):
    chain = []
    for _ in range(max_hops):
        st, hd, body = get(op, url)
        chain.append((st, url))
        if st in (301, 302, 303, 307, 308):
            loc = hd.get("Location") or hd.get("location")
            url = urllib.parse.urljoin(url, loc)
            continue
        return st, url, chain, body
    return -2, url, chain, b""


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls = []
        self.in_script = False
        self.script = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if v is None:
                continue
            if k in ("href", "src", "action") or (k.startswith("data-") and (v.startswith("http://") or v.startswith("/"))):
                self.urls.append(v)
            if k == "onclick":
                self.urls += re.findall(r"location(?:\.href)?\s*=\s*['\"]([^'\"]+)['\"]", v)
        if tag == "script":
            self.in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if self.in_script:
            self.script.append(data)


def page_links(base, body):
    p = Links()
    p.feed(body.decode("utf-8", "replace"))
    urls = list(p.urls)
    for sc in p.script:
        sc2 = sc.replace('\\"', '"')
        urls += re.findall(r"(?:href|src|action)=\"([^\"]+)\"", sc2)
        urls += re.findall(r"https?://[^\s\"'<>\\)]+", sc2)
    out = []
    for u in urls:
        u = u.strip()
        if not u or u.startswith(("mailto:", "tel:", "javascript:", "#")):
            continue
        out.append(urllib.parse.urljoin(base, u.split("#")[0]))
    return out


def file_url(sites, path):
    rel = path.relative_to(sites).as_posix()
    host, _, p = rel.partition("/")
    if p.endswith("index.html"):
        p = p[: -len("index.html")]
    return "http://%s/%s" % (host, p)


def main():
    root = Path(sys.argv[1]).resolve()
    proc = subprocess.Popen([DIGIMETER, "testweb", "serve", "--root", str(root)], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    proxy = None
    try:
        for line in proc.stdout:
            m = re.search(r"proxy (http://127\.0\.0\.1:\d+)", line)
            if m:
                proxy = m.group(1)
                break
            print("server:", line.rstrip())
        if not proxy:
            print("server did not start")
            return 2
        op = opener(proxy)
        fails = []
        sites = root / "sites"
        labels = list(csv.DictReader(open(root / "labels.csv", encoding="utf-8")))
        # 1. labels
        n_prod = n_route = 0

        def check_label(r):
            errs = []
            if r["product_url"]:
                st, fin, chain, _ = resolve(op, r["product_url"])
                if st != 200 or len(chain) != 1:
                    errs.append("product_url %s -> %s %s" % (r["product_url"], st, chain))
            if r["route_url"]:
                st, fin, chain, _ = resolve(op, r["route_url"])
                host = urllib.parse.urlsplit(fin).hostname
                if st != 200 or (len(chain) > 1 and host not in IDP_HOSTS):
                    errs.append("route_url %s -> %s %s" % (r["route_url"], st, chain))
            if r["status"] == "ok" and r["level"] in ("33", "67", "100") and not r["route_url"]:
                errs.append("level %s without route_url %s %s" % (r["level"], r["org_code"], r["product_key"]))
            if r["status"] != "not_found" and not r["product_url"]:
                errs.append("no product_url %s %s" % (r["org_code"], r["product_key"]))
            return errs

        with ThreadPoolExecutor(16) as ex:
            for errs in ex.map(check_label, labels):
                fails += errs
        n_prod = sum(1 for r in labels if r["product_url"])
        n_route = sum(1 for r in labels if r["route_url"])
        # 2. every page, every link
        pages = [p for p in sorted(sites.rglob("*")) if p.is_file()]
        html_pages = []
        for p in pages:
            head = p.read_bytes()[:200].lower()
            if b"<!doctype html" in head or b"<html" in head:
                html_pages.append(p)
        targets = set()

        def fetch_page(p):
            url = file_url(sites, p)
            st, hd, body = get(op, url)
            if st != 200:
                return url, ["page %s -> %s" % (url, st)], []
            return url, [], page_links(url, body)

        with ThreadPoolExecutor(16) as ex:
            for url, errs, links in ex.map(fetch_page, html_pages):
                fails += errs
                for l in links:
                    targets.add((l, url))
        uniq = sorted({t for t, _ in targets})
        src = {}
        for t, u in sorted(targets):
            src.setdefault(t, u)

        def check_target(t):
            st, fin, chain, _ = resolve(op, t)
            if st != 200:
                return ["link %s (on %s) -> %s %s" % (t, src[t], st, chain[-3:])]
            return []

        with ThreadPoolExecutor(16) as ex:
            for errs in ex.map(check_target, uniq):
                fails += errs
        # 3. bare domains, soft-404s, searches
        manifest = json.loads((root / "testweb.json").read_text(encoding="utf-8"))
        beh = manifest["behaviours"]
        n_bare = 0
        for hr in beh.get("host_redirects", []):
            st, hd, _ = get(op, "http://%s/" % hr["host"])
            loc = hd.get("Location", "")
            n_bare += 1
            if st != hr["status"] or hr["to"] not in loc:
                fails.append("bare domain %s -> %s %s" % (hr["host"], st, loc))
            st2, fin, chain, _ = resolve(op, "http://%s/" % hr["host"])
            if st2 != 200:
                fails.append("bare domain %s does not end at 200: %s" % (hr["host"], chain))
        n_404 = 0
        for nf in beh.get("not_found_pages", []):
            st, hd, body = get(op, "http://%s/deze-pagina-bestaat-niet-39" % nf["host"])
            n_404 += 1
            if st != nf["status"] or b"niet gevonden" not in body.lower():
                fails.append("not-found page %s -> %s" % (nf["host"], st))
        n_search = 0
        for s in beh.get("searches", []):
            q = urllib.parse.urlencode({s["param"]: "paspoort"})
            st, hd, body = get(op, "http://%s%s?%s" % (s["host"], s["path"], q))
            n_search += 1
            if st != 200 or b"<a" not in body or b"paspoort" not in body.lower():
                fails.append("search %s -> %s" % (s["host"], st))
        # 4. bare label sanity
        keys = {(r["org_code"], r["product_key"]) for r in labels}
        if len(keys) != len(labels):
            fails.append("duplicate label rows")
        print("labels: %d rows, %d product_urls, %d route_urls checked" % (len(labels), n_prod, n_route))
        print("pages: %d files, %d HTML pages fetched, %d distinct link targets resolved" % (len(pages), len(html_pages), len(uniq)))
        print("bare domains: %d, not-found pages: %d, searches: %d" % (n_bare, n_404, n_search))
        for f in fails[:60]:
            print("FAIL", f)
        print("RESULT: %s (%d failures)" % ("PASS" if not fails else "FAIL", len(fails)))
        return 0 if not fails else 1
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    sys.exit(main())
