#!/usr/bin/env python3
"""Serve the web and check it through the proxy.

Usage: python3 check.py [WEBDIR]   (default: web/ beside this script)

Checks that every label's product_url answers 200 and route_url answers 200 (or a
redirect, for login starts), and that every link on every page (href, src, action,
data-href and URLs in inline JSON/scripts) resolves, following redirects.
"""
import csv
import http.client
import os
import re
import signal
import subprocess
import sys
import time
from urllib.parse import urljoin, urlsplit, urldefrag

HERE = os.path.dirname(os.path.abspath(__file__))
DIGIMETER = "/work/main/.venv/bin/digimeter"


def start(webdir):
    p = subprocess.Popen([DIGIMETER, "testweb", "serve", "--root", webdir], stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True)
    t0 = time.time()
    while time.time() - t0 < 60:
        line = p.stdout.readline()
        if not line:
            if p.poll() is not None:
                raise SystemExit("server exited: %s" % p.returncode)
            continue
        m = re.search(r"proxy http://127\.0\.0\.1:(\d+)", line)
        if m:
            return p, int(m.group(1))
        print("server:", line.rstrip())
    raise SystemExit("server did not start")


def fetch(port, u, method="GET"):
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    c.request(method, u, headers={"User-Agent": "web-dev34-check"})
    r = c.getresponse()
    body = r.read()
    loc = r.getheader("Location")
    ctype = r.getheader("Content-Type") or ""
    c.close()
    return r.status, loc, body, ctype


def resolve(port, u, cache, hops=6):
    if u in cache:
        return cache[u]
    cur, chain = u, []
    for _ in range(hops):
        st, loc, body, ctype = fetch(port, cur)
        chain.append((cur, st))
        if st in (301, 302, 303, 307, 308) and loc:
            cur = urljoin(cur, loc)
            continue
        break
    cache[u] = (st, chain, body, ctype)
    return cache[u]


ATTR = re.compile(r'''(?:href|src|action|data-href|data-chat)\s*=\s*["']([^"']+)["']''', re.I)
JSURL = re.compile(r'''["'](https?://[^"'\s<>]+)["']''')


def links(page_url, body):
    text = body.decode("utf-8", "replace")
    out = []
    for m in ATTR.finditer(text):
        out.append(m.group(1))
    for m in JSURL.finditer(text):
        out.append(m.group(1))
    res = []
    for l in out:
        l = l.replace("&amp;", "&")
        if l.startswith(("mailto:", "tel:", "javascript:", "#")):
            continue
        if l.startswith("http://www.sitemaps.org") or l.startswith("http://schemas."):
            continue
        res.append(urldefrag(urljoin(page_url, l))[0])
    return res


def file_urls(webdir):
    root = os.path.join(webdir, "sites")
    for host in sorted(os.listdir(root)):
        for dp, dn, fn in os.walk(os.path.join(root, host)):
            dn.sort()
            for f in sorted(fn):
                rel = os.path.relpath(os.path.join(dp, f), os.path.join(root, host)).replace(os.sep, "/")
                path, q, query = rel.partition("?")
                if path == "index.html":
                    path = ""
                elif path.endswith("/index.html"):
                    path = path[:-len("index.html")]
                yield "http://%s/%s%s" % (host, path, ("?" + query) if q else ""), f


def main():
    webdir = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web"))
    proc, port = start(webdir)
    errors = []
    cache = {}
    try:
        # 1. labels
        with open(os.path.join(webdir, "labels.csv"), newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        for r in rows:
            if r["product_url"]:
                st, chain, _, _ = resolve(port, r["product_url"], cache, hops=1)
                if st != 200:
                    errors.append("label %s %s product_url %s -> %s" % (r["org_code"], r["product_key"], r["product_url"], st))
            if r["route_url"]:
                st, loc, _, _ = fetch(port, r["route_url"])
                if st not in (200, 302, 303):
                    errors.append("label %s %s route_url %s -> %s" % (r["org_code"], r["product_key"], r["route_url"], st))
            if r["status"] == "ok" and r["level"] != "0" and not r["route_url"]:
                errors.append("label %s %s: level %s without route_url" % (r["org_code"], r["product_key"], r["level"]))
        print("labels checked: %d rows" % len(rows))
        # 2. every page, every link
        n_pages = n_links = 0
        for u, fname in file_urls(webdir):
            st, chain, body, ctype = resolve(port, u, cache, hops=1)
            if st != 200:
                errors.append("file %s -> %s" % (u, st))
                continue
            if fname.endswith((".png", ".pdf", ".docx", ".css", ".txt")):
                continue
            n_pages += 1
            for l in links(u, body):
                if urlsplit(l).scheme not in ("http", "https"):
                    continue
                n_links += 1
                st2, chain2, _, _ = resolve(port, l, cache)
                if st2 != 200:
                    errors.append("link on %s: %s -> %s (%s)" % (u, l, st2, chain2))
        print("pages scanned: %d, links checked: %d, distinct URLs fetched: %d" % (n_pages, n_links, len(cache)))
        # 3. behaviours: a search per site, a bare domain, a soft 404
        with open(os.path.join(webdir, "organisations.csv"), newline="", encoding="utf-8") as f:
            orgs = list(csv.DictReader(f))
        import json
        beh = json.load(open(os.path.join(webdir, "testweb.json")))["behaviours"]
        for s in beh.get("searches", []):
            su = "http://%s%s?%s=vergunning" % (s["host"], s["path"], s["param"])
            st, _, body, _ = fetch(port, su)
            if st != 200 or b"<li" not in body and b"<a " not in body:
                errors.append("search %s -> %s" % (su, st))
        for o in orgs:
            bare = o["website"].replace("http://www.", "http://")
            st, chain, _, _ = resolve(port, bare, {})
            if st != 200 or len(chain) < 2:
                errors.append("bare domain %s -> %s %s" % (bare, st, chain))
        for nf in beh.get("not_found_pages", []):
            st, _, body, _ = fetch(port, "http://%s/bestaat-niet-%d" % (nf["host"], 1))
            if st != nf["status"]:
                errors.append("soft 404 on %s -> %s" % (nf["host"], st))
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    if errors:
        print("FAILED: %d problems" % len(errors))
        for e in errors[:80]:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
