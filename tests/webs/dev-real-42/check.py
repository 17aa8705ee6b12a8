#!/usr/bin/env python3
"""Check a generated web through the digimeter test server's proxy.

Usage: python3 check.py OUTDIR
Starts `/work/main/.venv/bin/digimeter testweb serve --root OUTDIR`, reads its
`proxy http://127.0.0.1:PORT` line and checks, through the proxy only:
labels (product_url 200, route_url 200 or a 302 login start ending at an IdP page),
every link on every HTML page (href, src, action, iframes, data-* URLs, URLs in scripts
and onclick), bare-domain redirects, soft-404 and error pages, site search.
Stops the server afterwards.
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

SERVER = "/work/main/.venv/bin/digimeter"
IDP_HOSTS = ("digid-sim.test", "eherkenning-sim.test")


class Proxy:
    def __init__(self, port):
        self.port = port
        self.cache = {}

    def get(self, url):
        """One request (no redirect following). Returns (status, headers, body)."""
        if url in self.cache:
            return self.cache[url]
        for attempt in range(3):
            try:
                c = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
                c.request("GET", url, headers={"Host": urllib.parse.urlsplit(url).netloc, "User-Agent": "check.py"})
                r = c.getresponse()
                res = (r.status, {k.lower(): v for k, v in r.getheaders()}, r.read())
                c.close()
                break
            except OSError:
                time.sleep(0.2)
        else:
            res = (0, {}, b"")
        self.cache[url] = res
        return res

    def follow(self, url, limit=6):
        chain = []
        for _ in range(limit):
            st, h, b = self.get(url)
            chain.append((url, st))
            if st in (301, 302, 303, 307, 308) and "location" in h:
                url = urllib.parse.urljoin(url, h["location"])
                continue
            return st, url, b, chain
        return -1, url, b"", chain


LINK_ATTR = re.compile(r'\s(href|src|action|data-[\w-]+)\s*=\s*"([^"]*)"', re.I)
SCRIPT = re.compile(r"<script[^>]*>(.*?)</script>", re.S | re.I)
ONCLICK = re.compile(r'\sonclick\s*=\s*"([^"]*)"', re.I)
JS_URL = re.compile(r"""["'](https?://[^"'\s<>]+|/[A-Za-z0-9][^"'\s<>]*)["']""")


def links_of(html):
    out = []
    for attr, val in LINK_ATTR.findall(html):
        val = val.replace("&amp;", "&").strip()
        if attr.lower().startswith("data-") and not (val.startswith("http://") or val.startswith("/")):
            continue
        out.append(val)
    for s in SCRIPT.findall(html) + ONCLICK.findall(html):
        for u in JS_URL.findall(s.replace("&#x27;", "'")):
            out.append(u)
    return out


def reachable(p, page, target, depth=2):
    """Is target linked from page, or from a page linked from it (same scheme as a user clicking)?"""
    frontier = [page]
    seen = set()
    for _ in range(depth):
        nxt = []
        for pg in frontier:
            if pg in seen:
                continue
            seen.add(pg)
            st, final, body, _ = p.follow(pg)
            if st != 200:
                continue
            for l in links_of(body.decode("utf-8", "replace")):
                u = urllib.parse.urljoin(final, l).split("#")[0]
                if u == target:
                    return True
                nxt.append(u)
        frontier = nxt
    return False


def main():
    root = os.path.abspath(sys.argv[1])
    proc = subprocess.Popen([SERVER, "testweb", "serve", "--root", root], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    port = None
    t0 = time.time()
    while time.time() - t0 < 60:
        line = proc.stdout.readline()
        if not line:
            break
        m = re.search(r"proxy http://127\.0\.0\.1:(\d+)", line)
        if m:
            port = int(m.group(1))
            break
    if not port:
        print("server did not start")
        proc.kill()
        return 2
    p = Proxy(port)
    errors = []
    stats = {}
    try:
        # 1. labels
        rows = list(csv.DictReader(open(os.path.join(root, "labels.csv"), encoding="utf-8")))
        orgs = list(csv.DictReader(open(os.path.join(root, "organisations.csv"), encoding="utf-8")))
        n_url = 0
        for r in rows:
            st = r["status"]
            if st == "ok":
                if r["level"] not in ("0", "33", "67", "100"):
                    errors.append("bad level %s" % r)
                if (r["level"] == "0") != (r["route_url"] == ""):
                    errors.append("route/level mismatch %s %s" % (r["org_code"], r["product_key"]))
                if r["level"] == "100" and r["level_strict"] not in ("67", "100"):
                    errors.append("strict %s %s" % (r["org_code"], r["product_key"]))
            elif st in ("not_offered", "not_found"):
                if r["level"] or r["route_url"]:
                    errors.append("level on %s row %s %s" % (st, r["org_code"], r["product_key"]))
            if st == "not_found" and r["product_url"]:
                errors.append("not_found with url %s %s" % (r["org_code"], r["product_key"]))
            if st != "not_found" and not r["product_url"]:
                errors.append("missing product_url %s %s" % (r["org_code"], r["product_key"]))
            for col in ("product_url", "route_url"):
                u = r[col]
                if not u:
                    continue
                n_url += 1
                s, final, body, chain = p.follow(u)
                if s != 200:
                    errors.append("%s %s %s -> %s %s" % (r["org_code"], r["product_key"], col, s, chain))
                elif len(chain) > 1 and urllib.parse.urlsplit(final).hostname not in IDP_HOSTS and urllib.parse.urlsplit(u).hostname not in [o["website"][7:-1][4:] for o in orgs]:
                    errors.append("redirect not to IdP %s %s" % (u, chain))
                if col == "product_url" and s == 200:
                    text = body.decode("utf-8", "replace")
                    if r["route_url"] and not reachable(p, u, r["route_url"]):
                        errors.append("route not reachable in 2 clicks from product page %s %s" % (r["org_code"], r["product_key"]))
        stats["label_urls"] = n_url
        # 2. every link on every page
        pages = []
        for dp, dn, fn in os.walk(os.path.join(root, "sites")):
            for f in fn:
                fp = os.path.join(dp, f)
                rel = os.path.relpath(fp, os.path.join(root, "sites"))
                host, _, path = rel.partition(os.sep)
                path = "/" + path.replace(os.sep, "/")
                if path.endswith("/index.html"):
                    path = path[:-10]
                if f.endswith((".pdf", ".svg", ".js", ".json", ".xml", ".txt")):
                    continue
                pages.append("http://%s%s" % (host, path))
        pages.sort()
        n_links = 0
        checked = set()
        for page in pages:
            s, h, body = p.get(page)
            if s != 200:
                errors.append("page %s -> %s" % (page, s))
                continue
            for l in links_of(body.decode("utf-8", "replace")):
                if l.startswith(("mailto:", "tel:", "javascript:", "#")) or not l:
                    continue
                u = urllib.parse.urljoin(page, l).split("#")[0]
                n_links += 1
                if u in checked:
                    continue
                checked.add(u)
                if urllib.parse.urlsplit(u).scheme != "http" or not urllib.parse.urlsplit(u).hostname.endswith(".test"):
                    errors.append("non-test link %s on %s" % (u, page))
                    continue
                st, final, _, chain = p.follow(u)
                if st != 200:
                    errors.append("broken link %s on %s: %s" % (u, page, chain))
        stats["pages"] = len(pages)
        stats["links"] = n_links
        stats["unique_links"] = len(checked)
        # 3. bare domains, soft 404s, search
        for o in orgs:
            www = urllib.parse.urlsplit(o["website"]).hostname
            bare = www[4:]
            s, h, _ = p.get("http://%s/" % bare)
            if s not in (301, 302) or urllib.parse.urlsplit(h.get("location", "")).hostname != www:
                errors.append("bare domain %s -> %s %s" % (bare, s, h.get("location")))
            st, final, _, _ = p.follow("http://%s/" % bare)
            if st != 200:
                errors.append("bare domain chain %s -> %s" % (bare, st))
        s, h, b = p.get("http://www.schiedam.test/bestaat/niet-meer")
        if s != 200 or b"niet gevonden" not in b:
            errors.append("soft 404 schiedam %s" % s)
        s, h, b = p.get("http://www.enschede.test/bestaat/niet-meer")
        if s != 404 or b"bestaat niet" not in b:
            errors.append("own 404 enschede %s" % s)
        s, h, b = p.get("http://www.weert.test/bestaat/niet-meer")
        if s != 404:
            errors.append("plain 404 weert %s" % s)
        man = json.load(open(os.path.join(root, "testweb.json"), encoding="utf-8"))
        n_search = 0
        for srch in man["behaviours"]["searches"]:
            idx = json.load(open(os.path.join(root, srch["index"]), encoding="utf-8"))
            if not idx:
                continue
            first = idx[0]
            word = first["title"].split()[0]
            u = "http://%s%s?%s" % (srch["host"], srch["path"], urllib.parse.urlencode({srch["param"]: word}))
            s, h, b = p.get(u)
            n_search += 1
            if s != 200 or first["url"].encode() not in b:
                errors.append("search %s -> %s" % (u, s))
        stats["searches"] = n_search
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    by = {}
    for r in rows:
        k = (r["status"], r["level"])
        by[k] = by.get(k, 0) + 1
    stats["rows"] = len(rows)
    stats["trap_rows"] = sum(1 for r in rows if "trap_" in r["signals"])
    stats["requests"] = len(p.cache)
    for e in errors[:60]:
        print("ERROR", e)
    print("labels by status/level:", ", ".join("%s/%s=%d" % (k[0], k[1] or "-", v) for k, v in sorted(by.items())))
    print("figures:", json.dumps(stats, sort_keys=True))
    print("errors:", len(errors))
    print("PASS" if not errors else "FAIL")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
