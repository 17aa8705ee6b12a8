#!/usr/bin/env python3
"""Serve a generated web and check it through the proxy.

Usage: python3 check.py [WEBDIR]   (default: web/ beside this script)

Checks that every label's product_url and route_url answers 200 (login starts
may answer 302), and that every link on every page (anchors, src, form actions,
iframes, meta refresh, script-built links, onclick targets, Open Forms login
buttons) resolves: 200, or a redirect chain ending in 200.
"""
import csv
import html
import json
import os
import re
import signal
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
SERVER = "/work/main/.venv/bin/digimeter"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def file_to_url(host, rel):
    rel = rel.replace(os.sep, "/")
    query = ""
    name = rel
    if "?" in name:
        name, query = name.split("?", 1)
    if name == "index.html":
        name = ""
    elif name.endswith("/index.html"):
        name = name[: -len("index.html")]
    return "http://%s/%s%s" % (host, name, ("?" + query) if query else "")


ATTR = re.compile(r"""\b(?:href|src|action|data-sdk-module)\s*=\s*["']([^"']+)["']""", re.I)
JSLINK = re.compile(r"""(?:location\.href\s*=\s*|\.href\s*=\s*)['"]([^'"]+)['"]""")
REFRESH = re.compile(r"""content=["']\d+;\s*url=([^"']+)["']""", re.I)
OFCONF = re.compile(r"""<script type="application/json" id="of-config">(.*?)</script>""", re.S)


def links_of(text):
    out = []
    for rx in (ATTR, JSLINK, REFRESH):
        out += [html.unescape(m) for m in rx.findall(text)]
    for m in OFCONF.findall(text):
        cfg = json.loads(m)
        out += [u for _, u in cfg.get("logins", [])]
    return out


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web"))
    proc = subprocess.Popen([SERVER, "testweb", "serve", "--root", root], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    proxy = None
    for line in proc.stdout:
        m = re.search(r"proxy (http://127\.0\.0\.1:\d+)", line)
        if m:
            proxy = m.group(1)
            break
    if not proxy:
        print("server did not start")
        return 2
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect)
    cache = {}
    soft404 = {}
    tj = os.path.join(root, "testweb.json")
    if os.path.exists(tj):
        with open(tj, encoding="utf-8") as fh:
            beh = json.load(fh).get("behaviours", {})
        for nf in beh.get("not_found_pages", []):
            with open(os.path.join(root, nf["file"]), "rb") as fh:
                soft404[nf["host"]] = fh.read()

    def fetch(url):
        if url in cache:
            return cache[url]
        try:
            with opener.open(url, timeout=20) as r:
                body = r.read()
                res = (r.status, None)
                host = urllib.parse.urlsplit(url).hostname
                if host in soft404 and body == soft404[host]:
                    res = ("soft404", None)
        except urllib.error.HTTPError as e:
            res = (e.code, e.headers.get("Location"))
        except Exception as e:  # noqa
            res = (0, str(e))
        cache[url] = res
        return res

    def resolve(url, hops=6):
        chain = []
        for _ in range(hops):
            st, loc = fetch(url)
            chain.append((url, st))
            if st in (301, 302, 303, 307, 308) and loc:
                url = urllib.parse.urljoin(url, loc)
                continue
            return st, chain
        return 0, chain

    errors = []
    try:
        # labels
        with open(os.path.join(root, "labels.csv"), newline="", encoding="utf-8") as fh:
            labels = list(csv.DictReader(fh))
        for r in labels:
            for col in ("product_url", "route_url"):
                u = r[col]
                if not u:
                    continue
                st, _ = fetch(u)
                ok = st == 200 or (st == 302 and re.search(r"/auth/.+/start$", u))
                if not ok:
                    errors.append("label %s %s %s: %s -> %s" % (r["org_code"], r["product_key"], col, u, st))
        # every link on every page
        n_pages = n_links = 0
        sites = os.path.join(root, "sites")
        for host in sorted(os.listdir(sites)):
            for dp, dns, fns in os.walk(os.path.join(sites, host)):
                dns.sort()
                for fn in sorted(fns):
                    path = os.path.join(dp, fn)
                    rel = os.path.relpath(path, os.path.join(sites, host))
                    low = fn.lower().split("?")[0]
                    if low.endswith((".pdf", ".svg", ".css", ".js", ".txt", ".xml")):
                        continue
                    with open(path, "rb") as fh:
                        text = fh.read().decode("utf-8", "replace")
                    if "<html" not in text.lower():
                        continue
                    n_pages += 1
                    base = file_to_url(host, rel)
                    for link in links_of(text):
                        if link.startswith(("mailto:", "tel:", "javascript:", "#")):
                            continue
                        u = urllib.parse.urljoin(base, link).split("#")[0]
                        n_links += 1
                        st, chain = resolve(u)
                        if st != 200:
                            errors.append("link on %s: %s -> %s" % (base, u, chain))
        # sitemaps
        for host in sorted(os.listdir(sites)):
            sm = os.path.join(sites, host, "sitemap.xml")
            if os.path.exists(sm):
                for u in re.findall(r"<loc>(.*?)</loc>", open(sm, encoding="utf-8").read()):
                    if fetch(html.unescape(u))[0] != 200:
                        errors.append("sitemap %s: %s" % (host, u))
        print("pages %d, links checked %d, distinct urls fetched %d, label rows %d" % (n_pages, n_links, len(cache), len(labels)))
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    for e in errors[:60]:
        print("ERROR", e)
    print("%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
