#!/usr/bin/env python3
"""Serve the web with digimeter's test server and verify the labels.

Usage: python3 check.py [WEBDIR]   (default: web/ beside this file)

Checks: every labelled product_url and route_url answers 200 through the proxy, or a
redirect to an identity provider (digid.test / eherkenning.test) for a login start;
organisation start URLs answer (following host redirects); every link, iframe, GET form
action and onclick target on the labelled pages resolves (200/30x) -- broken ones are
listed (stale A-Z links to soft-404 pages are expected and reported separately).
"""
import csv
import re
import subprocess
import sys
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

WEB = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "web"
DIGIMETER = "/work/main/.venv/bin/digimeter"
IDP_HOSTS = ("digid.test", "eherkenning.test")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def opener(proxy):
    return urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect)


def get(op, u):
    try:
        r = op.open(u, timeout=20)
        return r.status, r.headers.get("Location", ""), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Location", ""), e.read()


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.base = None
        self.links = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "iframe" and a.get("src"):
            self.links.append(a["src"])
        if tag == "form" and (a.get("method") or "get").lower() == "get" and a.get("action"):
            self.links.append(a["action"])
        if a.get("onclick"):
            m = re.search(r"location\.href='([^']+)'", a["onclick"])
            if m:
                self.links.append(m.group(1))


def main():
    proc = subprocess.Popen([DIGIMETER, "testweb", "serve", "--root", str(WEB)], stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        proxy = line.split()[-1]
        op = opener(proxy)
        bad = []
        rows = list(csv.DictReader((WEB / "labels.csv").open(encoding="utf-8")))
        pages = set()
        for r in rows:
            for col in ("product_url", "route_url"):
                u = r[col]
                if not u:
                    continue
                st, loc, body = get(op, u)
                ok = st == 200 or (st in (301, 302, 303, 307) and urlsplit(loc).hostname in IDP_HOSTS)
                if not ok:
                    bad.append((r["org_code"], r["product_key"], col, u, st, loc))
                if col == "product_url" and st == 200:
                    pages.add(u)
                if "Trap:" not in r["notes"] and r["status"] in ("ok", "not_offered"):
                    pass
        for o in csv.DictReader((WEB / "organisations.csv").open(encoding="utf-8")):
            u = o["website"]
            for _ in range(5):
                st, loc, _b = get(op, u)
                if st in (301, 302) and loc:
                    u = urljoin(u, loc)
                    continue
                break
            if st != 200:
                bad.append((o["code"], "-", "website", o["website"], st, loc))
        broken = []
        for u in sorted(pages):
            st, loc, body = get(op, u)
            p = Links()
            p.feed(body.decode("utf-8", "replace"))
            base = p.base or u
            for href in p.links:
                if href.startswith(("mailto:", "tel:", "#", "javascript:")):
                    continue
                t = urljoin(base, href)
                st2, loc2, _ = get(op, t)
                if not (200 <= st2 < 400):
                    broken.append((u, t, st2))
        print(f"labels: {len(rows)} rows; checked product/route URLs and start URLs: {len(bad)} failures")
        for b in bad:
            print("  FAIL", *b)
        print(f"links on {len(pages)} product pages: {len(broken)} broken")
        for b in sorted(set(broken))[:50]:
            print("  BROKEN", *b)
        return 1 if bad else 0
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
