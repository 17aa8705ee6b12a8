#!/usr/bin/env python3
"""check.py WEBDIR -- serve the web through the digimeter test proxy and check it.

Checks, through the proxy:
  * every label's product_url answers 200 and its route_url answers 200
    (a login start may answer 302 to an identity provider, which must answer 200);
  * every link on every page resolves: href, src, form action, iframe src,
    data-href / data-url / data-login-url(-eh) / data-submit-url / data-logo,
    and meta-refresh targets; 302s only for configured login starts;
  * no link leaves the simulated web (.test hosts only), soft 404s are not accepted;
  * labels.csv covers every organisation x G-product once, with the fields the brief asks;
  * the testweb.json behaviours answer (host redirects, site search, error pages).
Standard library only. Exit status 0 when everything passes.
"""
import csv
import json
import os
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser

SERVER = "/work/main/.venv/bin/digimeter"
LINK_ATTRS = {"href", "src", "action", "data-href", "data-url", "data-login-url", "data-login-url-eh", "data-submit-url", "data-logo"}


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links = []

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        for k, v in attrs:
            if k in LINK_ATTRS and v is not None:
                if k == "src" and tag not in ("img", "script", "iframe", "frame", "source", "input"):
                    continue
                self.links.append(v)
        if tag == "meta" and (d.get("http-equiv") or "").lower() == "refresh":
            c = d.get("content") or ""
            if "url=" in c.lower():
                self.links.append(c[c.lower().index("url=") + 4:].strip())


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "web"))
    proc = subprocess.Popen([SERVER, "testweb", "serve", "--root", root], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        proxy = None
        for line in proc.stdout:
            if line.startswith("proxy "):
                proxy = line.split()[1]
                break
        if not proxy:
            print("server did not start:", proc.stderr.read())
            return 2
        return run(root, proxy)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def run(root, proxy):
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect)
    cache = {}

    def fetch(url):
        if url in cache:
            return cache[url]
        try:
            with opener.open(url, timeout=20) as r:
                res = (r.status, r.headers.get("Location"), r.read())
        except urllib.error.HTTPError as e:
            res = (e.code, e.headers.get("Location"), e.read() if e.fp else b"")
        except Exception as e:  # noqa
            res = (0, None, str(e).encode())
        cache[url] = res
        return res

    manifest = json.load(open(os.path.join(root, "testweb.json"))) if os.path.exists(os.path.join(root, "testweb.json")) else {"behaviours": {}}
    beh = manifest["behaviours"]
    logins = {r["url"]: r["location"] for r in beh.get("redirects", [])}
    soft = {}
    for nf in beh.get("not_found_pages", []):
        soft[nf["host"]] = open(os.path.join(root, nf["file"]), "rb").read()
    errors = []

    def ok(url, where, allow_login=True):
        p = urllib.parse.urlsplit(url)
        if p.scheme != "http" or not p.hostname or not p.hostname.endswith(".test") and p.hostname != "digid.test":
            errors.append("%s: link leaves the simulated web: %s" % (where, url))
            return False
        st, loc, body = fetch(url)
        if st == 200:
            if p.hostname in soft and body == soft[p.hostname]:
                errors.append("%s: soft 404 for %s" % (where, url))
                return False
            return True
        if st in (301, 302) and allow_login and url.split("#")[0] in logins:
            st2, _, _ = fetch(loc)
            if st2 == 200:
                return True
            errors.append("%s: identity provider %s answers %s" % (where, loc, st2))
            return False
        errors.append("%s: %s answers %s" % (where, url, st))
        return False

    # 1. labels
    orgs = list(csv.DictReader(open(os.path.join(root, "organisations.csv"), encoding="utf-8")))
    labels = list(csv.DictReader(open(os.path.join(root, "labels.csv"), encoding="utf-8")))
    prods = list(csv.DictReader(open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "products.csv"), encoding="utf-8")))
    gkeys = [p["product_key"] for p in prods if "G" in p["org_types"]]
    want = [(o["code"], k) for o in orgs for k in gkeys]
    have = [(r["org_code"], r["product_key"]) for r in labels]
    if sorted(want) != sorted(have):
        errors.append("labels.csv does not cover organisations x G-products exactly once (%d rows, %d wanted)" % (len(have), len(want)))
    for o in orgs:
        if not ok(o["website"], "organisations.csv " + o["code"]):
            pass
    for r in labels:
        tag = "label %s/%s" % (r["org_code"], r["product_key"])
        st = r["status"]
        if st not in ("ok", "not_offered", "not_found"):
            errors.append("%s: bad status %s" % (tag, st))
        if st == "ok":
            if r["level"] not in ("0", "33", "67", "100"):
                errors.append("%s: bad level %r" % (tag, r["level"]))
            exp_strict = r["level"] if r["level"] != "100" else r["level_strict"]
            if r["level_strict"] != exp_strict or (r["level"] == "100" and r["level_strict"] not in ("67", "100")):
                errors.append("%s: bad level_strict" % tag)
            if r["level"] == "100" and r["level_strict"] == "100" and "prefill_text" not in r["signals"]:
                errors.append("%s: strict 100 without prefill_text" % tag)
            if (r["level"] == "0") != (r["route_url"] == ""):
                errors.append("%s: route_url must be empty exactly for level 0" % tag)
        else:
            if r["level"] or r["route_url"] or r["level_strict"]:
                errors.append("%s: level/route on a %s row" % (tag, st))
        if (st == "not_found") != (r["product_url"] == ""):
            errors.append("%s: product_url must be empty exactly for not_found" % tag)
        if r["product_url"]:
            ok(r["product_url"], tag + " product_url", allow_login=False)
        if r["route_url"]:
            ok(r["route_url"], tag + " route_url")
            if r["via"] and urllib.parse.urlsplit(r["route_url"]).hostname != r["via"]:
                errors.append("%s: via %s is not the route's host" % (tag, r["via"]))
    # 2. every page, every link
    sites = os.path.join(root, "sites")
    pages = 0
    links = 0
    for host in sorted(os.listdir(sites)):
        for dp, dn, fn in os.walk(os.path.join(sites, host)):
            dn.sort()
            for f in sorted(fn):
                full = os.path.join(dp, f)
                rel = os.path.relpath(full, os.path.join(sites, host)).replace(os.sep, "/")
                if rel.endswith("index.html"):
                    rel = rel[:-len("index.html")]
                ext = os.path.splitext(f.split("?")[0])[1].lower()
                if ext not in ("", ".html", ".htm", ".aspx"):
                    continue
                url = "http://%s/%s" % (host, rel)
                pages += 1
                st, _, body = fetch(url)
                if st != 200:
                    errors.append("page %s answers %s" % (url, st))
                    continue
                p = Links()
                p.feed(body.decode("utf-8", "replace"))
                for l in p.links:
                    l = l.strip()
                    if not l or l.startswith(("mailto:", "tel:", "javascript:", "#")):
                        continue
                    target = urllib.parse.urljoin(url, l).split("#")[0]
                    links += 1
                    ok(target, "link on " + url)
    # 3. behaviours
    for hr in beh.get("host_redirects", []):
        st, loc, _ = fetch("http://%s/" % hr["host"])
        if st != hr["status"] or not loc or hr["to"] not in loc:
            errors.append("host redirect %s answers %s %s" % (hr["host"], st, loc))
    for s in beh.get("searches", []):
        st, _, body = fetch("http://%s%s?%s=paspoort" % (s["host"], s["path"], s["param"]))
        if st != 200 or b"aspoort" not in body:
            errors.append("search on %s answers %s" % (s["host"], st))
    for nf in beh.get("not_found_pages", []):
        st, _, _ = fetch("http://%s/bestaat-niet-%d" % (nf["host"], 1))
        if st != nf["status"]:
            errors.append("error page on %s answers %s" % (nf["host"], st))
    for e in errors[:60]:
        print("FAIL", e)
    print("checked %d labels, %d pages, %d links (%d distinct URLs fetched)" % (len(labels), pages, links, len(cache)))
    if errors:
        print("%d problems" % len(errors))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
