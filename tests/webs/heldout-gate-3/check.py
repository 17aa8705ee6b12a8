#!/usr/bin/env python3
"""check.py WEBDIR -- serve the web through digimeter's test proxy and check it.

* every label's product_url answers 200; every route_url answers 200, or 302 when it is a login start
  whose redirect ends (in at most a few hops) at a 200 page of an identity provider;
* every link on every page (a/link/img/script/iframe src, form actions, onclick locations, data-href,
  absolute URLs inside scripts and JSON) resolves to a 200 after following redirects, and is not a
  soft-404 page;
* labels.csv has one row per organisation x municipal product and consistent columns.
Standard library only. Exit status 0 when everything passes.
"""
import concurrent.futures
import csv
import html.parser
import http.client
import json
import os
import re
import subprocess
import sys
import urllib.parse

DIGIMETER = "/work/main/.venv/bin/digimeter"
BINARY_EXT = (".pdf", ".docx", ".doc", ".odt", ".rtf", ".svg", ".png", ".jpg", ".css", ".xml", ".txt")
IDP_HOSTS = ("digid.test", "eherkenning.signicat.test", "eh.connectis.test")


class LinkParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []
        self.base = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        for name in ("href", "src", "data-href", "data-sdk-module", "data-base-url"):
            if a.get(name) and not (tag == "link" and a.get("rel") == "canonical" and False):
                v = a[name]
                if name == "data-base-url":
                    continue
                self.links.append(v)
        if tag == "form" and a.get("action"):
            self.links.append(a["action"])
        if a.get("onclick"):
            m = re.search(r"location(?:\.href)?\s*=\s*'([^']+)'", a["onclick"])
            if m:
                self.links.append(m.group(1))
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "refresh":
            m = re.search(r"url=(.+)", a.get("content") or "", re.I)
            if m:
                self.links.append(m.group(1).strip())


def file_to_url(host, rel):
    rel = rel.replace(os.sep, "/")
    query = ""
    if "?" in rel:
        rel, query = rel.split("?", 1)
    if rel == "index.html":
        path = "/"
    elif rel.endswith("/index.html"):
        path = "/" + rel[: -len("index.html")]
    else:
        path = "/" + rel
    return "http://%s%s%s" % (host, path, ("?" + query) if query else "")


def start_server(root):
    p = subprocess.Popen([DIGIMETER, "testweb", "serve", "--root", root], stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True)
    for line in p.stdout:
        m = re.search(r"proxy http://127\.0\.0\.1:(\d+)", line)
        if m:
            return p, int(m.group(1))
    raise SystemExit("server did not start")


def fetch(port, url):
    u = urllib.parse.urlsplit(url)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", url, headers={"Host": u.netloc, "User-Agent": "web-dev31-check"})
        r = conn.getresponse()
        body = r.read()
        return r.status, r.getheader("Location"), body
    finally:
        conn.close()


def follow(port, url, max_hops=6):
    """Returns (first_status, final_status, final_url, body, chain)."""
    chain = []
    cur = url
    first = None
    for _ in range(max_hops + 1):
        st, loc, body = fetch(port, cur)
        chain.append((cur, st))
        if first is None:
            first = st
        if st in (301, 302, 303, 307, 308) and loc:
            cur = urllib.parse.urljoin(cur, loc)
            continue
        return first, st, cur, body, chain
    return first, -1, cur, b"", chain


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "web"))
    sites = os.path.join(root, "sites")
    manifest = {}
    if os.path.exists(os.path.join(root, "testweb.json")):
        manifest = json.load(open(os.path.join(root, "testweb.json"), encoding="utf-8")).get("behaviours", {})
    soft = {}
    for nf in manifest.get("not_found_pages", []):
        if nf.get("status") == 200:
            with open(os.path.join(root, nf["file"]), "rb") as fh:
                soft[nf["host"]] = fh.read()
    errors = []

    # ---- labels.csv consistency
    orgs = list(csv.DictReader(open(os.path.join(root, "organisations.csv"), encoding="utf-8")))
    labels = list(csv.DictReader(open(os.path.join(root, "labels.csv"), encoding="utf-8")))
    here = os.path.dirname(os.path.abspath(__file__))
    gkeys = [r["product_key"] for r in csv.DictReader(open(os.path.join(here, "products.csv"), encoding="utf-8"))
             if "G" in r["org_types"]]
    seen = {(r["org_code"], r["product_key"]) for r in labels}
    for o in orgs:
        for k in gkeys:
            if (o["code"], k) not in seen:
                errors.append("label missing: %s %s" % (o["code"], k))
    if len(labels) != len(seen):
        errors.append("duplicate label rows")
    for r in labels:
        st, lv = r["status"], r["level"]
        if st == "ok":
            if lv not in ("0", "33", "67", "100"):
                errors.append("bad level %s" % r)
            if (lv == "0") != (r["route_url"] == ""):
                errors.append("route_url must be empty exactly for level 0: %s %s" % (r["org_code"], r["product_key"]))
            want_strict = lv if lv != "100" else r["level_strict"]
            if r["level_strict"] != want_strict or (lv == "100" and r["level_strict"] not in ("67", "100")):
                errors.append("bad level_strict %s %s" % (r["org_code"], r["product_key"]))
            if not r["product_url"]:
                errors.append("ok without product_url %s %s" % (r["org_code"], r["product_key"]))
        elif st == "not_offered":
            if lv or r["route_url"] or not r["product_url"]:
                errors.append("bad not_offered row %s %s" % (r["org_code"], r["product_key"]))
        elif st == "not_found":
            if lv or r["route_url"] or r["product_url"]:
                errors.append("bad not_found row %s %s" % (r["org_code"], r["product_key"]))
        else:
            errors.append("bad status %s" % st)
        if r["via"] and r["via"] != urllib.parse.urlsplit(r["route_url"]).netloc:
            errors.append("via is not the route's host: %s %s" % (r["org_code"], r["product_key"]))

    # ---- collect links
    links = {}  # url -> first page that links it
    n_pages = 0
    for host in sorted(os.listdir(sites)):
        hroot = os.path.join(sites, host)
        for dp, dn, fns in os.walk(hroot):
            dn.sort()
            for fn in sorted(fns):
                full = os.path.join(dp, fn)
                rel = os.path.relpath(full, hroot)
                page = file_to_url(host, rel)
                low = fn.split("?", 1)[0].lower()
                with open(full, "rb") as fh:
                    data = fh.read()
                found = []
                if low.endswith((".js", ".mjs")) or data[:1] in (b"{", b"["):
                    found = re.findall(r"http://[a-z0-9.\-]+\.test[^\s\"'<>)]*", data.decode("utf-8", "replace"))
                elif not low.endswith(BINARY_EXT) and not data.startswith(b"%PDF") and not data.startswith(b"PK"):
                    n_pages += 1
                    p = LinkParser()
                    p.feed(data.decode("utf-8", "replace"))
                    found = p.links
                for l in found:
                    l = l.strip()
                    if not l or l.startswith(("mailto:", "tel:", "javascript:", "#", "data:")):
                        continue
                    absu = urllib.parse.urljoin(page, l)
                    absu = absu.split("#", 1)[0]
                    if not absu.startswith("http://"):
                        errors.append("non-http link %s on %s" % (l, page))
                        continue
                    links.setdefault(absu, page)

    # ---- serve and fetch
    proc, port = start_server(root)
    try:
        def check_link(item):
            url, page = item
            first, final, furl, body, chain = follow(port, url)
            if final != 200:
                return "link %s on %s -> %s" % (url, page, chain)
            h = urllib.parse.urlsplit(furl).netloc
            if h in soft and body == soft[h]:
                return "link %s on %s lands on a soft 404" % (url, page)
            return None

        with concurrent.futures.ThreadPoolExecutor(16) as ex:
            for res in ex.map(check_link, sorted(links.items())):
                if res:
                    errors.append(res)

        def check_label(r):
            out = []
            if r["product_url"]:
                st, _, body = fetch(port, r["product_url"])
                h = urllib.parse.urlsplit(r["product_url"]).netloc
                if st != 200 or (h in soft and body == soft[h]):
                    out.append("product_url %s answers %s" % (r["product_url"], st))
            if r["route_url"]:
                first, final, furl, body, chain = follow(port, r["route_url"])
                if first == 200:
                    pass
                elif first == 302 and final == 200 and urllib.parse.urlsplit(furl).netloc in IDP_HOSTS:
                    pass
                else:
                    out.append("route_url %s -> %s" % (r["route_url"], chain))
            return out

        with concurrent.futures.ThreadPoolExecutor(16) as ex:
            for res in ex.map(check_label, labels):
                errors += res
    finally:
        proc.terminate()
        proc.wait(timeout=10)

    print("checked %d labels, %d pages, %d distinct links" % (len(labels), n_pages, len(links)))
    if errors:
        for e in errors[:80]:
            print("FAIL", e)
        print("%d problems" % len(errors))
        return 1
    print("OK: all product/route URLs answer and every link resolves")
    return 0


if __name__ == "__main__":
    sys.exit(main())
