#!/usr/bin/env python3
"""Serve the web and check it: python check.py [WEBDIR]  (default ./web)

* every labelled product_url and route_url answers 200 through the proxy, or (login
  starts) a redirect to an identity provider (digid.test / eherkenning.test);
* one row per organisation x applicable product; statuses/levels/strict consistent;
* every organisation's start URL answers (redirects followed);
* no link, form action, iframe src or onclick target leaves the .test domain;
* every PDF is a PDF; folder size under 15 MB.
Exits 1 on any failure.
"""
import csv, os, re, subprocess, sys, urllib.request, urllib.error

WEB = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "web"))
DIGIMETER = "/work/main/.venv/bin/digimeter"
IDPS = ("digid.test", "eherkenning.test")
fails = []


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def get(proxy, url, follow=False):
    handlers = [urllib.request.ProxyHandler({"http": proxy})]
    if not follow:
        handlers.append(NoRedirect)
    op = urllib.request.build_opener(*handlers)
    try:
        r = op.open(url, timeout=20)
        return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def page_file(url):
    from urllib.parse import urlsplit
    u = urlsplit(url)
    path = u.path if not u.path.endswith("/") else u.path + "index.html"
    base = os.path.join(WEB, "sites", u.netloc, path.lstrip("/"))
    for cand in ((base + "?" + u.query) if u.query else None, base):
        if cand and os.path.isfile(cand):
            return cand
    return None


def links(url):
    from urllib.parse import urljoin
    fp = page_file(url)
    if not fp or fp.endswith((".pdf", ".svg")):
        return []
    t = open(fp, encoding="utf-8", errors="replace").read()
    m = re.search(r"<base href=['\"]([^'\"]+)", t)
    base = m.group(1) if m else url
    out = []
    for m in re.finditer(r"(?:href|src)=['\"]([^'\"]+)['\"]|location\.href=['\"]([^'\"]+)['\"]", t):
        out.append(urljoin(base, m.group(1) or m.group(2)))
    for m in re.finditer(r"<form action='([^']+)' method='get'[^>]*>((?:<input type='hidden'[^>]*>)*)", t):
        q = "&".join("%s=%s" % x for x in re.findall(r"name='([^']+)' value='([^']+)'", m.group(2)))
        out.append(urljoin(base, m.group(1)) + ("?" + q if q else ""))
    return out


def reachable(start, target, hops=3):
    seen, frontier = {start}, [start]
    for _ in range(hops):
        nxt = []
        for u in frontier:
            for l in links(u):
                if l == target:
                    return True
                if l not in seen and l.startswith("http://"):
                    seen.add(l)
                    nxt.append(l)
        frontier = nxt
    return False


def main():
    products = list(csv.DictReader(open("/work/main/config/products.csv", encoding="utf-8")))
    orgs = list(csv.DictReader(open(os.path.join(WEB, "organisations.csv"), encoding="utf-8")))
    labels = list(csv.DictReader(open(os.path.join(WEB, "labels.csv"), encoding="utf-8")))
    letter = {"gemeente": "G", "provincie": "P", "waterschap": "W", "rijk": "R"}
    want = set()
    for o in orgs:
        for p in products:
            t = letter[o["org_type"]]
            if t in p["org_types"] and (t != "R" or p["offered_by"] == o["code"]):
                want.add((o["code"], p["product_key"]))
    have = [(r["org_code"], r["product_key"]) for r in labels]
    if len(have) != len(set(have)):
        fails.append("duplicate label rows")
    if set(have) != want:
        fails.append("label rows differ from applicable products: missing %s extra %s" % (sorted(want - set(have))[:5], sorted(set(have) - want)[:5]))
    for r in labels:
        k = "%s/%s" % (r["org_code"], r["product_key"])
        if r["status"] == "ok":
            if r["level"] not in ("0", "33", "67", "100") or not r["product_url"]:
                fails.append("bad ok row " + k)
            exp = "67" if r["level"] == "100" else r["level"]
            if r["level_strict"] not in (exp, "100" if r["level"] == "100" else exp):
                fails.append("bad level_strict " + k)
            if r["level"] != "0" and not r["route_url"]:
                fails.append("no route_url " + k)
            if r["level"] == "0" and (r["route_url"] or r["via"]):
                fails.append("level 0 with route/via " + k)
        elif r["status"] in ("not_found", "not_offered", "unreachable"):
            if r["level"] or r["route_url"]:
                fails.append("level on non-ok row " + k)
            if r["status"] == "not_offered" and not r["product_url"]:
                fails.append("not_offered without statement page " + k)
        else:
            fails.append("bad status " + k)
        if not r["notes"]:
            fails.append("no notes " + k)
    # static link scan
    pat = re.compile(r"""(?:href|src|action)=['"]([^'"]+)['"]|location\.href=['"]([^'"]+)['"]""")
    size = 0
    for root, _, files in os.walk(WEB):
        for fn in files:
            fp = os.path.join(root, fn)
            size += os.path.getsize(fp)
            data = open(fp, "rb").read()
            if fn.endswith(".pdf") and not data.startswith(b"%PDF-"):
                fails.append("not a PDF: " + fp)
            if fn.endswith((".pdf", ".svg", ".json")):
                continue
            for m in pat.finditer(data.decode("utf-8", "replace")):
                u = m.group(1) or m.group(2)
                if u.startswith(("http://", "https://", "//")):
                    host = re.sub(r"^(https?:)?//", "", u).split("/")[0].split("?")[0]
                    if not host.endswith(".test") or u.startswith("https"):
                        fails.append("external link %s in %s" % (u, fp))
    if size > 15 * 1024 * 1024:
        fails.append("web larger than 15 MB: %d" % size)
    # offline reachability: route_url must be clickable within 3 hops of product_url
    for r in labels:
        if r["status"] == "ok" and r["route_url"] and not reachable(r["product_url"], r["route_url"]):
            fails.append("route not reachable from product page: %s/%s" % (r["org_code"], r["product_key"]))
    # serve and fetch
    srv = subprocess.Popen([DIGIMETER, "testweb", "serve", "--root", WEB], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        proxy = None
        for line in srv.stdout:
            m = re.search(r"proxy (http://127\.0\.0\.1:\d+)", line)
            if m:
                proxy = m.group(1)
                break
        if not proxy:
            fails.append("server did not start")
            return
        n = 0
        for o in orgs:
            st, _, body = get(proxy, o["website"], follow=True)
            n += 1
            if st != 200:
                fails.append("start URL %s -> %s" % (o["website"], st))
        for r in labels:
            for col in ("product_url", "route_url"):
                u = r[col]
                if not u:
                    continue
                st, h, body = get(proxy, u)
                n += 1
                if st == 200:
                    if b"Pagina niet gevonden" in body[:3000] and col == "product_url":
                        fails.append("%s is a soft 404: %s" % (col, u))
                    continue
                if st in (301, 302, 303, 307) and col == "route_url":
                    loc = h.get("Location", "")
                    if loc.split("/")[2] in IDPS:
                        continue
                fails.append("%s %s/%s %s -> %s" % (col, r["org_code"], r["product_key"], u, st))
        print("fetched %d URLs through %s" % (n, proxy))
    finally:
        srv.terminate()
        srv.wait()
    if fails:
        print("FAIL (%d)" % len(fails))
        for f in fails[:60]:
            print("  " + f)
        sys.exit(1)
    print("OK: %d organisations, %d label rows, size %.1f MB" % (len(orgs), len(labels), size / 1e6))


if __name__ == "__main__":
    main()
