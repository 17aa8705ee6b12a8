#!/usr/bin/env python3
"""Serve a web folder with the testweb server and check it through the proxy.

Usage: python3 check.py [WEBDIR]     (default: web/ beside this script)

Checks:
  * every label's product_url answers 200 and every route_url 200 (or 302 for a login start
    that redirects to an identity provider);
  * every link on every page (a/link href, img/iframe/script src, form action, absolute
    *.test URLs inside scripts and attributes) resolves: 200, or a 30x whose target answers 200;
  * every redirect of testweb.json ends at a page that answers 200; site searches answer.
Exit status 0 when everything passes.
"""
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

HERE = os.path.dirname(os.path.abspath(__file__))
SERVE = ["/work/main/.venv/bin/digimeter", "testweb", "serve", "--root"]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.in_script = False
        self.script = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for name in ("href", "src", "action"):
            if a.get(name) is not None and tag in ("a", "link", "img", "iframe", "script", "form", "area", "frame"):
                self.links.append(a[name])
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "refresh":
            m = re.search(r"url=(.+)", a.get("content") or "", re.I)
            if m:
                self.links.append(m.group(1).strip("'\" "))
        if tag == "script":
            self.in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self.in_script = False

    def handle_data(self, data):
        if self.in_script:
            self.script.append(data)


def file_url(root, fp):
    rel = os.path.relpath(fp, os.path.join(root, "sites"))
    host, _, path = rel.partition(os.sep)
    path = path.replace(os.sep, "/")
    q = ""
    if "?" in path:
        path, q = path.split("?", 1)
    if path.endswith("index.html"):
        path = path[: -len("index.html")]
    return "http://%s/%s%s" % (host, path, ("?" + q) if q else "")


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web"))
    proc = subprocess.Popen(SERVE + [root], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        proxy = None
        for line in proc.stdout:
            m = re.search(r"proxy (http://127\.0\.0\.1:\d+)", line)
            if m:
                proxy = m.group(1)
                break
        if not proxy:
            print("server did not start")
            return 2
        print("serving", root, "at", proxy)
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect)
        cache = {}

        def get(url):
            url = re.sub(r"^https://", "http://", url).split("#")[0]
            if url in cache:
                return cache[url]
            try:
                with opener.open(url, timeout=30) as resp:
                    res = (resp.status, None, resp.read())
            except urllib.error.HTTPError as e:
                res = (e.code, e.headers.get("Location"), b"")
            cache[url] = res
            return res

        soft404 = set()
        tw = os.path.join(root, "testweb.json")
        if os.path.exists(tw):
            with open(tw, encoding="utf-8") as f:
                for nf in json.load(f).get("behaviours", {}).get("not_found_pages", []):
                    with open(os.path.join(root, nf["file"]), "rb") as g:
                        soft404.add(g.read())

        def resolves(url, depth=0):
            st, loc, body = get(url)
            if st == 200 and body in soft404:
                return False, "soft-404"
            if st == 200:
                return True, st
            if st in (301, 302, 303, 307, 308) and loc and depth < 5:
                ok, _ = resolves(urllib.parse.urljoin(url, loc), depth + 1)
                return ok, st
            return False, st

        errors = []
        # labels
        with open(os.path.join(root, "labels.csv"), newline="", encoding="utf-8") as f:
            labels = list(csv.DictReader(f))
        for r in labels:
            for col in ("product_url", "route_url"):
                u = r[col]
                if not u:
                    continue
                st, loc, body = get(u)
                if st == 200 and body not in soft404:
                    continue
                if col == "route_url" and st == 302 and loc and resolves(u)[0]:
                    continue
                errors.append("label %s %s %s: %s answers %s" % (r["org_code"], r["product_key"], col, u, st))
            if r["status"] == "ok" and not r["product_url"]:
                errors.append("label %s %s: ok without product_url" % (r["org_code"], r["product_key"]))
            if r["status"] == "ok" and r["level"] not in ("0",) and not r["route_url"]:
                errors.append("label %s %s: level %s without route_url" % (r["org_code"], r["product_key"], r["level"]))
        print("labels checked:", len(labels))
        # links on every page
        pages = 0
        links = 0
        for dp, dn, fns in os.walk(os.path.join(root, "sites")):
            dn.sort()
            for fn in sorted(fns):
                fp = os.path.join(dp, fn)
                if fn.endswith((".pdf", ".svg", ".xml", ".txt", ".json")):
                    continue
                base = file_url(root, fp)
                with open(fp, encoding="utf-8", errors="replace") as f:
                    text = f.read()
                if "<html" not in text[:500].lower():
                    continue
                pages += 1
                p = Links()
                p.feed(text)
                found = list(p.links)
                for m in re.finditer(r"https?://[a-z0-9.-]+\.test(?:/[^\s\"'<>\\]*)?", text):
                    found.append(m.group(0))
                for s in p.script:
                    for m in re.finditer(r'href=\\?"([^"\\]+)', s):
                        found.append(m.group(1))
                for href in found:
                    href = href.strip()
                    if not href or href.startswith(("mailto:", "tel:", "javascript:", "#", "data:")):
                        continue
                    u = urllib.parse.urljoin(base, href)
                    links += 1
                    ok, st = resolves(u)
                    if not ok:
                        errors.append("broken link on %s: %s (%s)" % (base, u, st))
        print("pages:", pages, "links:", links, "distinct urls fetched:", len(cache))
        # behaviours
        tw = os.path.join(root, "testweb.json")
        if os.path.exists(tw):
            with open(tw, encoding="utf-8") as f:
                beh = json.load(f).get("behaviours", {})
            for rd in beh.get("redirects", []):
                st, loc, _ = get(rd["url"])
                if st != rd["status"] or not resolves(rd["url"])[0]:
                    errors.append("redirect %s -> %s (%s)" % (rd["url"], loc, st))
            for s in beh.get("searches", []):
                st, _, body = get("http://%s%s?%s=paspoort" % (s["host"], s["path"], s["param"]))
                if st != 200:
                    errors.append("search on %s answers %s" % (s["host"], st))
            for nf in beh.get("not_found_pages", []):
                st, _, _ = get("http://%s/deze-pagina-bestaat-niet" % nf["host"])
                if st != nf["status"]:
                    errors.append("not-found page on %s answers %s, expected %s" % (nf["host"], st, nf["status"]))
        for e in errors[:60]:
            print("ERROR", e)
        print("errors:", len(errors))
        return 1 if errors else 0
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


if __name__ == "__main__":
    sys.exit(main())
