#!/usr/bin/env python3
"""Serve WEBDIR with the digimeter test server and check it through the proxy.

Checks: every label's product_url and route_url answers 200 (a login start may answer
302 to an identity provider page that answers 200); every link on every HTML page
(anchors, iframes, images, scripts, form actions, script-built hrefs, sitemap entries)
resolves; labels.csv is consistent with the brief's rules.

Usage: python3 check.py [WEBDIR]   (default: web/ beside this script)
"""
import csv
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
DIGIMETER = "/work/main/.venv/bin/digimeter"
HTML_EXT = ("", ".html", ".htm", ".aspx")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def start_server(root):
    p = subprocess.Popen([DIGIMETER, "testweb", "serve", "--root", root],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    while True:
        line = p.stdout.readline()
        if not line:
            raise SystemExit("server did not start")
        m = re.search(r"proxy (http://127\.0\.0\.1:\d+)", line)
        if m:
            return p, m.group(1)


def make_opener(proxy):
    return urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect())


def fetch(opener, url):
    try:
        with opener.open(url, timeout=30) as r:
            return r.status, None, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Location"), b""
    except Exception as e:  # noqa: BLE001
        return -1, str(e), b""


LINK_RE = re.compile(r"""(?:href|src|action|data-sdk-module)\s*=\s*["']([^"']+)["']""", re.I)
JS_RE = re.compile(r"""\.href\s*=\s*"([^"]+)\"""")
LOC_RE = re.compile(r"<loc>([^<]+)</loc>")


def file_url(host, rel):
    rel = rel.replace(os.sep, "/")
    if rel.endswith("index.html"):
        rel = rel[: -len("index.html")]
    return "http://%s/%s" % (host, rel)


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web"))
    proc, proxy = start_server(root)
    errors = []
    try:
        opener = make_opener(proxy)
        # 1. labels
        with open(os.path.join(root, "labels.csv"), newline="", encoding="utf-8") as f:
            labels = list(csv.DictReader(f))
        need = {}
        for r in labels:
            st, lv = r["status"], r["level"]
            if st not in ("ok", "not_offered", "not_found"):
                errors.append("bad status %r" % r)
            if st == "ok":
                if lv not in ("0", "33", "67", "100") or not r["product_url"]:
                    errors.append("bad ok row %s %s" % (r["org_code"], r["product_key"]))
                if lv != "0" and not r["route_url"]:
                    errors.append("missing route %s %s" % (r["org_code"], r["product_key"]))
                if lv == "0" and r["route_url"]:
                    errors.append("route on level 0 %s %s" % (r["org_code"], r["product_key"]))
                exp_strict = {"100": {"100", "67"}}.get(lv, {lv})
                if r["level_strict"] not in exp_strict:
                    errors.append("bad level_strict %s %s" % (r["org_code"], r["product_key"]))
                if r["level_strict"] == "100" and "prefill_text" not in r["signals"].split(";"):
                    errors.append("strict 100 without prefill_text %s %s" % (r["org_code"], r["product_key"]))
            else:
                if lv or r["route_url"] or r["level_strict"]:
                    errors.append("level on non-ok row %s %s" % (r["org_code"], r["product_key"]))
            if st == "not_found" and r["product_url"]:
                errors.append("product_url on not_found %s %s" % (r["org_code"], r["product_key"]))
            if st == "not_offered" and not r["product_url"]:
                errors.append("no product_url on not_offered %s %s" % (r["org_code"], r["product_key"]))
            for col in ("product_url", "route_url"):
                if r[col]:
                    need.setdefault(r[col], []).append("%s %s %s" % (r["org_code"], r["product_key"], col))
        # 2. links on pages
        links = {}
        sites = os.path.join(root, "sites")
        npages = 0
        for host in sorted(os.listdir(sites)):
            base = os.path.join(sites, host)
            for dp, dns, fns in os.walk(base):
                dns.sort()
                for fn in sorted(fns):
                    full = os.path.join(dp, fn)
                    rel = os.path.relpath(full, base)
                    ext = os.path.splitext(fn)[1].lower()
                    if fn == "sitemap.xml":
                        text = open(full, encoding="utf-8").read()
                        for u in LOC_RE.findall(text):
                            links.setdefault(u, "sitemap " + host)
                        continue
                    if ext not in HTML_EXT:
                        continue
                    text = open(full, encoding="utf-8", errors="replace").read()
                    if "<html" not in text[:300].lower() and "<!doctype" not in text[:50].lower():
                        continue
                    npages += 1
                    page = file_url(host, rel)
                    for raw in LINK_RE.findall(text) + JS_RE.findall(text):
                        raw = raw.replace("&amp;", "&")
                        if raw.startswith(("mailto:", "tel:", "javascript:", "#")):
                            continue
                        u = urllib.parse.urljoin(page, raw).split("#")[0]
                        links.setdefault(u, page)
        for u, src in links.items():
            need.setdefault(u, []).append("link on " + src)
        # redirects' targets
        man = json.load(open(os.path.join(root, "testweb.json"), encoding="utf-8"))
        for rd in man["behaviours"].get("redirects", []):
            need.setdefault(rd["location"], []).append("redirect target of " + rd["url"])

        def check(u):
            st, loc, _ = fetch(opener, u)
            if st == 200:
                return None
            if st == 302 and "/auth/" in urllib.parse.urlparse(u).path and loc:
                st2, _, _ = fetch(opener, loc)
                if st2 == 200:
                    return None
                return "%s -> %s answers %s" % (u, loc, st2)
            return "%s answers %s %s" % (u, st, loc or "")

        with ThreadPoolExecutor(16) as ex:
            results = list(ex.map(check, sorted(need)))
        for u, res in zip(sorted(need), results):
            if res:
                errors.append("%s (%s)" % (res, need[u][0]))
        # 3. search behaviour, if any
        for s in man["behaviours"].get("searches", []):
            u = "http://%s%s?%s=paspoort" % (s["host"], s["path"], s["param"])
            st, _, body = fetch(opener, u)
            if st != 200:
                errors.append("search %s answers %s" % (u, st))
        print("pages scanned: %d, unique URLs checked: %d, labels: %d" % (npages, len(need), len(labels)))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    if errors:
        for e in errors[:60]:
            print("ERROR", e)
        print("%d errors" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
