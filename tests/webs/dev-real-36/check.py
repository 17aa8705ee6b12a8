#!/usr/bin/env python3
"""Check a generated web-dev36 web through the testweb proxy.

Usage: python3 check.py OUTDIR

Starts `digimeter testweb serve --root OUTDIR`, reads the `proxy http://127.0.0.1:PORT`
line and checks, through the proxy:
  * every label's product_url answers 200 (not a soft 404) and every route_url answers 200
    or a 302 login start that ends at an identity-provider page;
  * the route of every ok row with a route can be reached from its product page by
    following links, GET-form submissions, iframes, data-* URLs, URLs in scripts/onclick/
    inline JSON/JS files, meta refresh and Open-Forms SDK roots (depth <= 4);
  * every link on every page and file resolves (200, or redirects ending in 200);
  * bare domains redirect to www.; unknown paths give the intended 404 / soft 404.
Stops the server afterwards. Exit status 0 when everything passes.
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
from html.parser import HTMLParser

DIGIMETER = "/work/main/.venv/bin/digimeter"
IDP_HOSTS = ("digid-sim.test", "eherkenning-sim.test")
ABS_RE = re.compile(r"http://[A-Za-z0-9.\-]+\.test(?:/[^\s\"'<>)\\]*)?")
ROOTREL_RE = re.compile(r"""["'](/[A-Za-z0-9_\-./?=&%]*)["']""")
URL_DATA_ATTRS = ("data-href", "data-url", "data-src", "data-link")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


class Client:
    def __init__(self, proxy):
        self.opener = urllib.request.build_opener(
            urllib.request.ProxyHandler({"http": proxy}), NoRedirect())
        self.cache = {}

    def get(self, url):
        if url in self.cache:
            return self.cache[url]
        try:
            r = self.opener.open(url, timeout=30)
            res = (r.status, r.headers.get("Location"), r.read())
        except urllib.error.HTTPError as e:
            res = (e.code, e.headers.get("Location"), e.read() if e.fp else b"")
        except Exception as e:  # noqa
            res = (0, None, str(e).encode())
        self.cache[url] = res
        return res

    def final(self, url, hops=6):
        """Follow redirects; return (final_status, final_url, chain)."""
        chain = []
        for _ in range(hops):
            st, loc, body = self.get(url)
            chain.append((url, st))
            if st in (301, 302, 303, 307, 308) and loc:
                url = urllib.parse.urljoin(url, loc)
                continue
            return st, url, chain
        return -1, url, chain


class Links(HTMLParser):
    def __init__(self, url):
        super().__init__(convert_charrefs=True)
        self.base = url
        self.links = []      # (kind, url)
        self.form = None
        self.in_script = False
        self.script = []
        self.sdk = []

    def add(self, kind, v):
        if not v:
            return
        v = v.strip()
        if v.startswith(("mailto:", "tel:", "javascript:", "#", "data:")):
            return
        self.links.append((kind, urllib.parse.urljoin(self.base, v)))

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = urllib.parse.urljoin(self.base, a["href"])
        for k in ("href", "src"):
            if k in a and tag not in ("base",):
                self.add(tag + "@" + k, a[k])
        for k in URL_DATA_ATTRS:
            if k in a:
                self.add(k, a[k])
        if "data-sdk-module" in a or ("data-base-url" in a and "data-form-id" in a):
            self.sdk.append(urllib.parse.urljoin(self.base, a.get("data-base-url", "")) + "forms/" + a.get("data-form-id", ""))
            self.links.append(("sdk", self.sdk[-1]))
        if "onclick" in a:
            for u in ABS_RE.findall(a["onclick"]):
                self.links.append(("onclick", u))
            for u in ROOTREL_RE.findall(a["onclick"]):
                self.add("onclick", u)
        if tag == "meta" and a.get("http-equiv", "").lower() == "refresh":
            m = re.search(r"url=(.+)", a.get("content", ""), re.I)
            if m:
                self.add("refresh", m.group(1))
        if tag == "form":
            self.form = {"action": urllib.parse.urljoin(self.base, a.get("action") or self.base),
                         "method": (a.get("method") or "get").lower(), "fields": []}
        if tag == "input" and self.form is not None:
            if a.get("type") == "hidden" and a.get("name"):
                self.form["fields"].append((a["name"], a.get("value", "")))
            if a.get("type") == "image" and a.get("src"):
                self.add("input@src", a["src"])
        if tag == "script" and "src" not in a:
            self.in_script = True
            self.script = []

    def handle_endtag(self, tag):
        if tag == "form" and self.form is not None:
            f = self.form
            if f["method"] == "get" and f["fields"]:
                u = f["action"].split("?")[0] + "?" + urllib.parse.urlencode(f["fields"])
            else:
                u = f["action"]
            self.links.append(("form-" + f["method"], u))
            self.form = None
        if tag == "script" and self.in_script:
            self.in_script = False
            txt = "".join(self.script)
            for u in ABS_RE.findall(txt):
                self.links.append(("script", u))
            for u in ROOTREL_RE.findall(txt):
                self.add("script", u)

    def handle_data(self, data):
        if self.in_script:
            self.script.append(data)


def file_url(host, rel):
    rel = rel.replace(os.sep, "/")
    if rel == "index.html":
        rel = ""
    elif rel.endswith("/index.html"):
        rel = rel[: -len("index.html")]
    return "http://%s/%s" % (host, rel)


def is_html(body):
    head = body[:200].lstrip().lower()
    return head.startswith(b"<!doctype") or head.startswith(b"<html")


def extract(url, body):
    if is_html(body):
        p = Links(url)
        p.feed(body.decode("utf-8", "replace"))
        p.close()
        return p.links
    try:
        txt = body.decode("utf-8")
    except UnicodeDecodeError:
        return []
    return [("text", u) for u in ABS_RE.findall(txt)]


def main():
    out = os.path.abspath(sys.argv[1])
    srv = subprocess.Popen([DIGIMETER, "testweb", "serve", "--root", out],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    proxy = None
    try:
        for line in srv.stdout:
            m = re.search(r"proxy (http://127\.0\.0\.1:\d+)", line)
            if m:
                proxy = m.group(1)
                break
        if not proxy:
            print("server did not start")
            return 2
        return run(out, Client(proxy))
    finally:
        srv.terminate()
        try:
            srv.wait(10)
        except subprocess.TimeoutExpired:
            srv.kill()


def run(out, c):
    fails = []
    manifest = json.load(open(os.path.join(out, "testweb.json")))
    beh = manifest["behaviours"]
    soft = {e["host"]: e for e in beh.get("not_found_pages", [])}

    def ok_page(u):
        st, fu, chain = c.final(u)
        return st == 200, st, fu

    # 1. labels
    rows = list(csv.DictReader(open(os.path.join(out, "labels.csv"), encoding="utf-8")))
    n_prod = n_route = n_reach = 0
    for r in rows:
        if r["status"] == "not_found":
            if r["product_url"] or r["route_url"] or r["level"]:
                fails.append("not_found row with data: %s %s" % (r["org_code"], r["product_key"]))
            continue
        st, loc, body = c.get(r["product_url"])
        n_prod += 1
        if st != 200 or b"Pagina niet gevonden" in body:
            fails.append("product_url %s -> %s" % (r["product_url"], st))
        if r["status"] == "ok" and r["level"] not in ("0", "33", "67", "100"):
            fails.append("bad level %s %s" % (r["org_code"], r["product_key"]))
        if r["status"] == "ok" and r["level"] != "0" and not r["route_url"]:
            fails.append("no route for level %s: %s %s" % (r["level"], r["org_code"], r["product_key"]))
        if r["route_url"]:
            n_route += 1
            st, loc, body = c.get(r["route_url"])
            if st == 302:
                fst, fu, chain = c.final(r["route_url"])
                if fst != 200 or urllib.parse.urlsplit(fu).hostname not in IDP_HOSTS:
                    fails.append("route login start %s does not end at an IdP (%s %s)" % (r["route_url"], fst, fu))
            elif st != 200:
                fails.append("route_url %s -> %s" % (r["route_url"], st))
            # reachability from the product page
            if reach(c, r["product_url"], r["route_url"]):
                n_reach += 1
            else:
                fails.append("route %s not reachable from %s" % (r["route_url"], r["product_url"]))

    # 2. every link on every page / file
    pages = 0
    links = {}
    sites = os.path.join(out, "sites")
    for host in sorted(os.listdir(sites)):
        for dp, dn, fn in os.walk(os.path.join(sites, host)):
            for f in fn:
                rel = os.path.relpath(os.path.join(dp, f), os.path.join(sites, host))
                if f.startswith("_404"):
                    continue
                body = open(os.path.join(dp, f), "rb").read()
                if rel.endswith((".pdf", ".png", ".gif", ".svg")):
                    continue
                pages += 1
                url = file_url(host, rel)
                for kind, u in extract(url, body):
                    links.setdefault(u.split("#")[0], (kind, url))
    bad_links = 0
    for u, (kind, src) in sorted(links.items()):
        st, fu, chain = c.final(u)
        if st != 200:
            bad_links += 1
            fails.append("link %s (%s on %s) -> %s" % (u, kind, src, chain))

    # 3. bare domains and not-found pages
    orgs = list(csv.DictReader(open(os.path.join(out, "organisations.csv"), encoding="utf-8")))
    for o in orgs:
        host = urllib.parse.urlsplit(o["website"]).hostname
        bare = host[4:] if host.startswith("www.") else host
        st, loc, _ = c.get("http://%s/" % bare)
        if st not in (301, 302, 308) or not loc or urllib.parse.urlsplit(urllib.parse.urljoin("http://%s/" % bare, loc)).hostname != host:
            fails.append("bare domain %s -> %s %s" % (bare, st, loc))
        st, _, body = c.get("http://%s/deze-pagina-bestaat-niet-%s" % (host, o["code"]))
        want = soft.get(host, {}).get("status", 404)
        if st != want or (want == 200 and b"niet gevonden" not in body):
            fails.append("not-found page of %s: %s, expected %s" % (host, st, want))
        st, _, _ = c.get(o["website"])
        if st != 200:
            fails.append("homepage %s -> %s" % (o["website"], st))

    print("labels: %d rows, %d product_urls, %d route_urls, %d routes reachable from the product page"
          % (len(rows), n_prod, n_route, n_reach))
    print("pages/files scanned: %d, distinct link targets: %d, broken: %d" % (pages, len(links), bad_links))
    print("requests made: %d" % len(c.cache))
    for f in fails[:60]:
        print("FAIL", f)
    print("RESULT: %s (%d failures)" % ("PASS" if not fails else "FAIL", len(fails)))
    return 0 if not fails else 1


def reach(c, start, target, depth=4):
    """Can target be reached from start by following the extracted ways on?"""
    def norm(u):
        return u.split("#")[0]
    target = norm(target)
    seen = {start}
    frontier = [(start, "start")]
    for _ in range(depth):
        nxt = []
        for u, how in frontier:
            # only the product page itself, scripts/JSON it loads, SDK form definitions and
            # cookie interstitials are expanded: a general page (home, A-Z) never counts
            if how not in ("start", "script@src", "sdk") and "cookie-" not in u:
                if norm(u) == target:
                    return True
                continue
            st, fu, chain = c.final(u)
            for cu, _ in chain:
                if norm(cu) == target:
                    return True
            if st != 200:
                continue
            body = c.get(fu)[2]
            for kind, l in extract(fu, body):
                l = norm(l)
                if l == target:
                    return True
                # also JS files linked from the page are read for URLs
                if l not in seen:
                    seen.add(l)
                    nxt.append((l, kind))
        frontier = nxt
        if len(seen) > 400:
            break
    return False


if __name__ == "__main__":
    sys.exit(main())
