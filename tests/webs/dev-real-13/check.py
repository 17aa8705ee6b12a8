#!/usr/bin/env python3
"""Serve ./web with digimeter's test server and verify it.

Checks:
  1. every labelled product_url and route_url answers 200 through the proxy, or (login
     starts) a redirect to the identity providers digid.test / eherkenning.test;
  2. every ok/not_offered row's product_url and every route_url is reachable by clicking
     from the organisation's website (anchors, iframes, GET forms, onclick, <base href>,
     redirects; JS-built pages are reached as pages) within 6 hops;
  3. no link on any crawled page leaves .test; every crawled link answers (no 404/502);
  4. PDFs start with %PDF- and end with %%EOF; labels are complete and consistent.
Exit status 0 when everything passes.
"""
import csv, re, subprocess, sys, time, urllib.request
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

HERE = Path(__file__).resolve().parent
WEB = HERE / "web"
SERVE = ["nice", "-n", "10", "/work/main/.venv/bin/digimeter", "testweb", "serve", "--root", str(WEB)]
IDP_HOSTS = {"digid.test", "eherkenning.test"}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def opener(proxy):
    return urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect)


def get(op, url):
    try:
        r = op.open(url, timeout=20)
        return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


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
        if tag in ("iframe", "frame") and a.get("src"):
            self.links.append(a["src"])
        if tag == "form" and (a.get("method") or "get").lower() == "get" and a.get("action"):
            self.links.append(a["action"])
        oc = a.get("onclick") or ""
        m = re.search(r"location\.href\s*=\s*'([^']+)'", oc)
        if m:
            self.links.append(m.group(1))


def main():
    errors = []
    labels = list(csv.DictReader(open(WEB / "labels.csv")))
    orgs = list(csv.DictReader(open(WEB / "organisations.csv")))
    # label consistency
    for r in labels:
        st, lv = r["status"], r["level"]
        if st == "ok":
            if lv not in ("0", "33", "67", "100") or not r["product_url"]:
                errors.append(f"bad ok row {r['org_code']} {r['product_key']}")
            if (lv == "0") != (r["route_url"] == ""):
                errors.append(f"route/level mismatch {r['org_code']} {r['product_key']}")
            ls = r["level_strict"]
            if lv == "100" and ls not in ("67", "100") or lv != "100" and ls != lv:
                errors.append(f"bad level_strict {r['org_code']} {r['product_key']}")
        elif lv or r["route_url"]:
            errors.append(f"level on non-ok row {r['org_code']} {r['product_key']}")
        for x in ("digid", "mijn", "contact", "news", "regulation", "appointment", "mailto", "status tracker", "footer", "header"):
            pass
    proc = subprocess.Popen(SERVE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        line = proc.stdout.readline()
        m = re.search(r"proxy (http://\S+)", line)
        if not m:
            print("server did not start:", line)
            return 2
        proxy = m.group(1)
        print("serving at", proxy, flush=True)
        op = opener(proxy)
        # 1. labelled URLs answer
        for r in labels:
            for col in ("product_url", "route_url"):
                u = r[col]
                if not u:
                    continue
                s, hd, body = get(op, u)
                if s == 200:
                    if u.endswith(".pdf") and not (body.startswith(b"%PDF-") and body.rstrip().endswith(b"%%EOF")):
                        errors.append(f"bad PDF {u}")
                    if col == "product_url" and b"niet gevonden" in body.lower() and b"<h1>pagina niet gevonden" in body.lower():
                        errors.append(f"product_url is a soft 404: {u}")
                    continue
                if s in (301, 302, 303, 307) and urlsplit(hd.get("Location", "")).hostname in IDP_HOSTS:
                    continue
                errors.append(f"{r['org_code']} {r['product_key']} {col} {u} -> {s}")
        print("labelled URLs checked", len(errors), "errors so far", flush=True)
        # 2./3. crawl from each website
        seen = {}
        q = deque()
        for o in orgs:
            q.append((o["website"], 0))
        pages = 0
        while q:
            u, d = q.popleft()
            u = u.split("#")[0]
            if u in seen:
                continue
            host = urlsplit(u).hostname or ""
            if not host.endswith(".test"):
                errors.append(f"link outside .test: {u}")
                seen[u] = d
                continue
            seen[u] = d
            s, hd, body = get(op, u)
            pages += 1
            if pages % 200 == 0:
                print("crawled", pages, len(q), flush=True)
            if s in (301, 302, 303, 307):
                loc = urljoin(u, hd.get("Location", ""))
                if urlsplit(loc).hostname not in IDP_HOSTS:
                    q.append((loc, d))
                else:
                    seen.setdefault(loc, d)
                continue
            if s != 200:
                errors.append(f"crawled link answers {s}: {u}")
                continue
            ct = hd.get("Content-Type", "")
            if "html" not in ct or d >= 7 or host in IDP_HOSTS:
                continue
            if b"<h1>Pagina niet gevonden</h1>" in body:
                continue   # soft 404: do not expand
            p = Links()
            p.feed(body.decode("utf-8", "replace"))
            base = urljoin(u, p.base) if p.base else u
            for l in p.links:
                if l.startswith(("mailto:", "tel:", "javascript:")):
                    continue
                q.append((urljoin(base, l), d + 1))
        for r in labels:
            for col in ("product_url", "route_url"):
                u = r[col]
                if u and u not in seen:
                    errors.append(f"not reachable by clicking: {r['org_code']} {r['product_key']} {col} {u}")
        print(f"crawled {pages} URLs from {len(orgs)} websites")
    finally:
        proc.terminate()
        proc.wait(10)
    for e in errors:
        print("ERROR", e)
    from collections import Counter
    print("labels:", len(labels), dict(Counter((r["status"], r["level"]) for r in labels)))
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
