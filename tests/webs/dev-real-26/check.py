#!/usr/bin/env python3
"""Serve a generated web and check it through the proxy.

Usage: python3 check.py [WEBDIR]   (default: web/ beside this script)

Checks:
  * every label's product_url and route_url answers 200 (a login start may answer 302,
    and its Location must then answer 200);
  * every link on every HTML page (href, src, form action, iframe, URLs inside inline
    scripts) and every sitemap <loc> resolves: 200, or a redirect whose target answers 200;
  * labels.csv has one row per organisation x G-product, and the fields are consistent.
Exits 1 on any failure.
"""
import csv
import os
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
DIGIMETER = "/work/main/.venv/bin/digimeter"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.in_script = False
        self.script = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k in ("href", "src", "action"):
            if a.get(k) is not None:
                self.links.append(a[k])
        if tag == "script":
            self.in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if self.in_script:
            self.script.append(data)


def page_url(host, rel):
    rel = rel.replace(os.sep, "/")
    if rel == "index.html":
        return "http://%s/" % host
    if rel.endswith("/index.html"):
        return "http://%s/%s" % (host, rel[: -len("index.html")])
    if "/index.html?" in rel or rel.startswith("index.html?"):
        return "http://%s/%s" % (host, rel.replace("index.html?", "?"))
    return "http://%s/%s" % (host, rel)


def is_html(rel):
    base = rel.split("?", 1)[0]
    name = base.rsplit("/", 1)[-1]
    return name.endswith((".html", ".aspx")) or "." not in name


def main():
    web = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web"))
    proc = subprocess.Popen([DIGIMETER, "testweb", "serve", "--root", web], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    proxy = None
    t0 = time.time()
    while time.time() - t0 < 60:
        line = proc.stdout.readline()
        if not line:
            break
        m = re.search(r"proxy (http://127\.0\.0\.1:\d+)", line)
        if m:
            proxy = m.group(1)
            break
    if not proxy:
        proc.terminate()
        print("server did not start")
        return 1
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect)
    cache = {}

    def fetch(url):
        if url in cache:
            return cache[url]
        try:
            r = opener.open(url, timeout=20)
            res = (r.status, None)
            r.read()
        except urllib.error.HTTPError as e:
            res = (e.code, e.headers.get("Location"))
        except Exception as e:  # noqa
            res = (-1, str(e))
        cache[url] = res
        return res

    def resolves(url, hops=5):
        st, loc = fetch(url)
        if st == 200:
            return True, st
        if st in (301, 302, 303, 307, 308) and loc and hops > 0:
            ok, _ = resolves(urllib.parse.urljoin(url, loc), hops - 1)
            return ok, st
        return False, st

    failures = []
    try:
        # ---- labels
        with open(os.path.join(web, "labels.csv"), newline="", encoding="utf-8") as f:
            labels = list(csv.DictReader(f))
        with open(os.path.join(web, "organisations.csv"), newline="", encoding="utf-8") as f:
            orgs = list(csv.DictReader(f))
        with open(os.path.join(HERE, "products.csv"), newline="", encoding="utf-8") as f:
            gprods = [r["product_key"] for r in csv.DictReader(f) if "G" in r["org_types"]]
        want = {(o["code"], p) for o in orgs for p in gprods}
        have = [(r["org_code"], r["product_key"]) for r in labels]
        if set(have) != want or len(have) != len(want):
            failures.append("labels.csv rows do not match organisations x G-products")
        for r in labels:
            st = r["status"]
            if st == "ok":
                if r["level"] not in ("0", "33", "67", "100"):
                    failures.append("bad level %s" % r)
                if r["level"] != "0" and not r["route_url"]:
                    failures.append("missing route_url %s/%s" % (r["org_code"], r["product_key"]))
                if r["level"] == "100" and r["level_strict"] not in ("67", "100"):
                    failures.append("bad level_strict %s/%s" % (r["org_code"], r["product_key"]))
            elif st in ("not_offered", "not_found"):
                if r["level"] or r["route_url"]:
                    failures.append("level/route on %s row %s/%s" % (st, r["org_code"], r["product_key"]))
                if st == "not_found" and r["product_url"]:
                    failures.append("product_url on not_found %s/%s" % (r["org_code"], r["product_key"]))
            else:
                failures.append("bad status %s" % st)
            for col in ("product_url", "route_url"):
                u = r[col]
                if not u:
                    continue
                stt, loc = fetch(u)
                if stt == 200:
                    continue
                if stt == 302 and "/start" in u:
                    ok, _ = resolves(u)
                    if ok:
                        continue
                failures.append("label %s %s/%s %s -> %s" % (col, r["org_code"], r["product_key"], u, stt))
        # ---- links on every page
        sites = os.path.join(web, "sites")
        npages = nlinks = 0
        for host in sorted(os.listdir(sites)):
            root = os.path.join(sites, host)
            for dp, dns, fns in os.walk(root):
                dns.sort()
                for fn in sorted(fns):
                    full = os.path.join(dp, fn)
                    rel = os.path.relpath(full, root).replace(os.sep, "/")
                    purl = page_url(host, rel)
                    targets = []
                    if rel.endswith("sitemap.xml"):
                        with open(full, encoding="utf-8") as f:
                            targets = [l.replace("&amp;", "&") for l in re.findall(r"<loc>(.*?)</loc>", f.read())]
                    elif is_html(rel):
                        with open(full, encoding="utf-8", errors="replace") as f:
                            txt = f.read()
                        p = Links()
                        p.feed(txt)
                        targets = list(p.links)
                        for s in p.script:
                            targets += re.findall(r"(?:'|\")((?:https?://|/)[^'\"\s]+)(?:'|\")", s)
                        npages += 1
                    else:
                        continue
                    for t in targets:
                        t = t.strip()
                        if not t or t.startswith(("mailto:", "tel:", "javascript:", "#")):
                            continue
                        u = urllib.parse.urljoin(purl, t).split("#", 1)[0]
                        if u.startswith("https://"):
                            failures.append("https link on %s: %s" % (purl, u))
                            continue
                        nlinks += 1
                        ok, stt = resolves(u)
                        if not ok:
                            failures.append("broken link on %s: %s (%s)" % (purl, u, stt))
        # ---- a couple of behaviours
        for u, want_st in (("http://sonenbreugel.test/", 301), ("http://www.zoeterwoude.test/bestaat-niet", 200)):
            st, _ = fetch(u)
            if st != want_st:
                failures.append("behaviour %s answered %s, expected %s" % (u, st, want_st))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    print("labels: %d rows; pages: %d; links checked: %d; distinct URLs fetched: %d" % (len(labels), npages, nlinks, len(cache)))
    if failures:
        for f in failures[:60]:
            print("FAIL", f)
        print("%d failures" % len(failures))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
