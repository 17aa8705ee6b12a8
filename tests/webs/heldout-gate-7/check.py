#!/usr/bin/env python3
"""Check a generated web through the testweb proxy.  Usage: python3 check.py OUTDIR

Starts `digimeter testweb serve --root OUTDIR`, then checks through the proxy that
every label's product_url and route_url answer (200, or a 302 login start that ends
at an identity provider page), that every link on every page resolves (href, src,
action, iframes, data-* URLs, URLs in scripts and onclick), that bare domains
redirect, that soft-404 and 404 pages are as intended, and that the site searches
answer.  Stops the server afterwards.
"""
import csv
import http.client
import json
import os
import re
import subprocess
import sys
import time
from urllib.parse import urljoin, urlsplit

DIGIMETER = "/work/main/.venv/bin/digimeter"
IDP_HOSTS = {"digid-sim.test", "eherkenning-sim.test"}


def main():
    out = os.path.abspath(sys.argv[1])
    proc = subprocess.Popen([DIGIMETER, "testweb", "serve", "--root", out], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    port = None
    try:
        t0 = time.time()
        while time.time() - t0 < 60:
            line = proc.stdout.readline()
            if not line:
                break
            m = re.search(r"proxy http://127\.0\.0\.1:(\d+)", line)
            if m:
                port = int(m.group(1))
                break
            print("server:", line.rstrip())
        if not port:
            print("FAIL: server did not start")
            return 2
        return run(out, port)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def get(port, url, retries=1):
    for attempt in range(retries + 1):
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            c.request("GET", url, headers={"Host": urlsplit(url).netloc, "User-Agent": "check/1"})
            r = c.getresponse()
            body = r.read()
            st, loc = r.status, r.getheader("Location")
        finally:
            c.close()
        if st in (502, 503) and attempt < retries and urlsplit(url).netloc not in ():
            continue
        return st, loc, body
    return st, loc, body


def resolve(port, url, max_hops=8):
    """Follow redirects; return (final_status, chain)."""
    chain = []
    for _ in range(max_hops):
        st, loc, body = get(port, url)
        chain.append((url, st))
        if st in (301, 302, 303, 307, 308) and loc:
            url = urljoin(url, loc)
            continue
        return st, chain, body
    return None, chain, b""


def ok_target(st, chain):
    if st != 200:
        return False
    if len(chain) > 1:
        # redirects are fine when they end at an identity provider or a same-site page
        return True
    return True


ATTR = re.compile(r'''\b(href|src|action|data-[\w-]+|poster|formaction)\s*=\s*("([^"]*)"|'([^']*)')''', re.I)
ABS = re.compile(r'''https?://[A-Za-z0-9.-]+\.test(?:/[^\s"'<>()\\]*)?''')
IMPORT = re.compile(r'''\bfrom\s+['"]([^'"]+)['"]''')


def links_of(page_url, text):
    found = []
    for m in ATTR.finditer(text):
        name = m.group(1).lower()
        v = m.group(3) if m.group(3) is not None else m.group(4)
        v = v.strip()
        if not v or "+" in v or "'" in v or '"' in v:
            continue
        if name.startswith("data-") and not (v.startswith("/") or v.startswith("http")):
            continue
        found.append(v)
    for m in ABS.finditer(text):
        found.append(m.group(0).rstrip(".,;"))
    for m in IMPORT.finditer(text):
        found.append(m.group(1))
    outl = []
    for v in found:
        low = v.lower()
        if low.startswith(("mailto:", "tel:", "javascript:", "#", "data:")):
            continue
        u = urljoin(page_url, v).split("#")[0]
        if u.startswith("http://"):
            outl.append(u)
    return outl


def run(out, port):
    fails = []
    manifest = json.load(open(os.path.join(out, "testweb.json"), encoding="utf-8"))
    beh = manifest["behaviours"]
    flaky = {f["url"] for f in beh.get("flaky", [])}
    # pages
    pages = []
    root = os.path.join(out, "sites")
    for host in sorted(os.listdir(root)):
        for dp, dn, fn in os.walk(os.path.join(root, host)):
            dn.sort()
            for f in sorted(fn):
                rel = os.path.relpath(os.path.join(dp, f), os.path.join(root, host)).replace(os.sep, "/")
                if f.endswith((".html", ".aspx")) or "." not in f:
                    path = "/" + rel
                    if path.endswith("/index.html"):
                        path = path[:-len("index.html")]
                    if path == "/404.html":
                        continue
                    pages.append("http://%s%s" % (host, path))
    targets = {}
    npages = 0
    for p in pages:
        st, chain, body = resolve(port, p)
        if st != 200 and p in flaky:
            st, chain, body = resolve(port, p)
        npages += 1
        if st != 200:
            fails.append("page %s -> %s" % (p, chain))
            continue
        text = body.decode("utf-8", "replace")
        for u in links_of(chain[-1][0], text):
            targets.setdefault(u, p)
    nlinks = 0
    cache = {}
    for u, src in sorted(targets.items()):
        nlinks += 1
        st, chain, _ = resolve(port, u)
        if st != 200:
            st, chain, _ = resolve(port, u)
        cache[u] = (st, chain)
        if st != 200:
            fails.append("link %s (on %s) -> %s" % (u, src, chain))
    # labels
    rows = list(csv.DictReader(open(os.path.join(out, "labels.csv"), encoding="utf-8")))
    nlab = 0
    for r in rows:
        for col in ("product_url", "route_url"):
            u = r[col]
            if not u:
                continue
            nlab += 1
            st, chain, _ = resolve(port, u)
            if st != 200:
                fails.append("label %s %s %s %s -> %s" % (r["org_code"], r["product_key"], col, u, chain))
                continue
            if len(chain) > 1 and col == "route_url":
                final = urlsplit(chain[-1][0]).netloc
                if chain[0][1] == 302 and final not in IDP_HOSTS:
                    fails.append("label %s %s: 302 route does not end at an IdP: %s" % (r["org_code"], r["product_key"], chain))
        # consistency
        if r["status"] == "ok":
            if r["level"] not in ("0", "33", "67", "100") or not r["product_url"]:
                fails.append("label %s %s: bad ok row" % (r["org_code"], r["product_key"]))
            if r["level"] == "0" and r["route_url"]:
                fails.append("label %s %s: level 0 with route" % (r["org_code"], r["product_key"]))
            if r["level"] in ("33", "67", "100") and not r["route_url"]:
                fails.append("label %s %s: no route" % (r["org_code"], r["product_key"]))
            if r["level"] == "33" and not re.search(r"\.(pdf|docx?|odt|rtf)$", r["route_url"]):
                fails.append("label %s %s: 33 without document" % (r["org_code"], r["product_key"]))
            if r["level_strict"] == "100" and "prefill_text" not in r["signals"]:
                fails.append("label %s %s: strict 100 without prefill evidence" % (r["org_code"], r["product_key"]))
        elif r["status"] == "not_offered":
            if not r["product_url"] or r["level"]:
                fails.append("label %s %s: bad not_offered row" % (r["org_code"], r["product_key"]))
        elif r["status"] == "not_found":
            if r["product_url"] or r["level"]:
                fails.append("label %s %s: bad not_found row" % (r["org_code"], r["product_key"]))
    # rows per organisation x product
    here = os.path.dirname(os.path.abspath(__file__))
    pc = os.path.normpath(os.path.join(here, "../../../config/products.csv"))
    if not os.path.exists(pc):
        pc = "/work/main/config/products.csv"
    prods = [(p["product_key"], p["org_types"]) for p in csv.DictReader(open(pc, encoding="utf-8"))]
    orgs = list(csv.DictReader(open(os.path.join(out, "organisations.csv"), encoding="utf-8")))
    letter = {"gemeente": "G", "provincie": "P", "waterschap": "W"}
    want = {(o["code"], k) for o in orgs for k, t in prods if letter[o["org_type"]] in t}
    have = [(r["org_code"], r["product_key"]) for r in rows]
    if set(have) != want or len(have) != len(want):
        fails.append("label rows do not match organisations x products: missing %s extra %s"
                     % (sorted(want - set(have))[:5], sorted(set(have) - want)[:5]))
    # bare domains
    nbare = 0
    for o in orgs:
        host = urlsplit(o["website"]).netloc
        bare = host[4:] if host.startswith("www.") else host
        st, loc, _ = get(port, "http://%s/" % bare)
        nbare += 1
        if st not in (301, 302, 308) or not loc or urlsplit(urljoin("http://%s/" % bare, loc)).netloc != host:
            fails.append("bare domain %s -> %s %s" % (bare, st, loc))
    # 404 / soft-404
    soft = {n["host"]: n["status"] for n in beh.get("not_found_pages", [])}
    n404 = 0
    for o in orgs:
        host = urlsplit(o["website"]).netloc
        st, loc, body = get(port, "http://%s/deze-pagina-bestaat-niet-9731" % host)
        n404 += 1
        want_st = soft.get(host, 404)
        if st != want_st:
            fails.append("404 check %s: got %s want %s" % (host, st, want_st))
        if host in soft and b"niet gevonden" not in body:
            fails.append("404 check %s: not the site's own not-found page" % host)
    # searches
    for s in beh.get("searches", []):
        st, _, body = get(port, "http://%s%s?%s=vergunning" % (s["host"], s["path"], s["param"]))
        if st != 200 or b"vergunning" not in body.lower():
            fails.append("search %s -> %s" % (s["host"], st))
    for f in fails[:80]:
        print("FAIL", f)
    print("pages %d, links %d, label urls %d, bare domains %d, 404 checks %d, searches %d, labels %d"
          % (npages, nlinks, nlab, nbare, n404, len(beh.get("searches", [])), len(rows)))
    print("%d passed, %d failed" % (npages + nlinks + nlab + nbare + n404 - len(fails), len(fails)))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
