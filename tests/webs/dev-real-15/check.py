#!/usr/bin/env python3
"""Serve the web and verify it.

usage: check.py [WEBDIR]   (default: web/ beside this file)
Checks: every labelled product_url and route_url answers 200 (or a 30x to an identity
provider for login starts) through the proxy; labels are complete and consistent;
every organisation has >= 3 level 0/33 rows with a product-specific "Trap:";
every link on every HTML page that points to a .test host answers (200/30x, or the
soft-404 page where the label says not_found); nothing links outside .test.
"""
import csv, os, re, subprocess, sys, urllib.parse, urllib.request, urllib.error
import http.client

HERE = os.path.dirname(os.path.abspath(__file__))
WEB = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.join(HERE, "web")
DIGIMETER = "/work/main/.venv/bin/digimeter"
PRODUCTS_CSV = "/work/main/config/products.csv"
IDPS = ("www.digid.test", "www.eherkenning.test")


def fetch(proxy, url):
    p = urllib.parse.urlsplit(proxy)
    c = http.client.HTTPConnection(p.hostname, p.port, timeout=20)
    c.request("GET", url, headers={"Host": urllib.parse.urlsplit(url).netloc})
    r = c.getresponse()
    body = r.read()
    loc = r.getheader("Location")
    c.close()
    return r.status, loc, body


def main():
    errors = []
    orgs = list(csv.DictReader(open(os.path.join(WEB, "organisations.csv"), encoding="utf-8")))
    labels = list(csv.DictReader(open(os.path.join(WEB, "labels.csv"), encoding="utf-8")))
    prods = list(csv.DictReader(open(PRODUCTS_CSV, encoding="utf-8")))
    letter = {"gemeente": "G", "waterschap": "W", "provincie": "P"}
    want = set()
    for o in orgs:
        for p in prods:
            if letter[o["org_type"]] in p["org_types"]:
                want.add((o["code"], p["product_key"]))
    have = [(r["org_code"], r["product_key"]) for r in labels]
    if set(have) != want or len(have) != len(want):
        errors.append("label rows do not match organisations x products (%d vs %d)" % (len(have), len(want)))
    for r in labels:
        st, lv = r["status"], r["level"]
        if st == "ok":
            if lv not in ("0", "33", "67", "100") or not r["product_url"]:
                errors.append("bad ok row %s" % r)
            if lv == "0" and r["route_url"]:
                errors.append("level 0 with route %s %s" % (r["org_code"], r["product_key"]))
            if lv != "0" and not r["route_url"]:
                errors.append("no route %s %s" % (r["org_code"], r["product_key"]))
            exp = lv if lv != "100" else r["level_strict"]
            if lv == "100" and r["level_strict"] not in ("67", "100"):
                errors.append("strict %s %s" % (r["org_code"], r["product_key"]))
            if lv != "100" and r["level_strict"] != lv:
                errors.append("strict != level %s %s" % (r["org_code"], r["product_key"]))
        elif lv or r["level_strict"]:
            errors.append("level on non-ok row %s %s" % (r["org_code"], r["product_key"]))
        if not r["notes"]:
            errors.append("no notes %s %s" % (r["org_code"], r["product_key"]))
    for o in orgs:
        n = 0
        for r in labels:
            if r["org_code"] == o["code"] and r["level"] in ("0", "33"):
                own = [t for t in r["notes"].split("; ") if t.startswith("Trap:") and "site-wide" not in t
                       and "footer" not in t and "feedback form under" not in t and "chatbot" not in t]
                n += bool(own)
        if o["org_type"] == "gemeente" and n < 3:
            errors.append("%s has only %d level 0/33 rows with a product trap" % (o["code"], n))

    proc = subprocess.Popen(["nice", "-n", "10", DIGIMETER, "testweb", "serve", "--root", WEB],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
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
        # labelled URLs
        nurl = 0
        for r in labels:
            for col in ("product_url", "route_url"):
                u = r[col]
                if not u:
                    continue
                nurl += 1
                st, loc, body = fetch(proxy, u)
                if st == 200:
                    if b"Pagina niet gevonden" in body:
                        errors.append("%s is a soft 404 (%s %s)" % (u, r["org_code"], r["product_key"]))
                    continue
                if st in (301, 302, 303, 307) and loc and urllib.parse.urlsplit(loc).hostname in IDPS:
                    continue
                errors.append("%s answers %s (%s %s %s)" % (u, st, r["org_code"], r["product_key"], col))
        # the websites
        for o in orgs:
            st, loc, _ = fetch(proxy, o["website"])
            if st not in (200, 301, 302):
                errors.append("website %s answers %s" % (o["website"], st))
        # every link on every page
        links = set()
        sites = os.path.join(WEB, "sites")
        for host in sorted(os.listdir(sites)):
            for dp, dn, fn in os.walk(os.path.join(sites, host)):
                for f in fn:
                    fp = os.path.join(dp, f)
                    rel = os.path.relpath(fp, os.path.join(sites, host)).replace(os.sep, "/")
                    if rel.endswith((".pdf", ".svg", ".txt", ".xml")):
                        continue
                    txt = open(fp, encoding="utf-8", errors="replace").read()
                    if "<html" not in txt:
                        continue
                    page = "http://%s/%s" % (host, rel[:-len("index.html")] if rel.endswith("index.html") else rel)
                    m = re.search(r'<base href="([^"]+)"', txt)
                    base = m.group(1) if m else page
                    for m in re.finditer(r'(?:href|src|action)="([^"]*)"|location\.href=\'([^\']*)\'', txt):
                        u = m.group(1) if m.group(1) is not None else m.group(2)
                        if not u or u.startswith(("mailto:", "tel:", "#")):
                            continue
                        full = urllib.parse.urljoin(base, u)
                        hn = urllib.parse.urlsplit(full).hostname or ""
                        if not hn.endswith(".test"):
                            errors.append("link outside .test on %s: %s" % (page, u))
                            continue
                        links.add((full.split("#")[0], page))
        seen = {}
        nf_urls = set()
        soft = 0
        for full, page in sorted(links):
            if full not in seen:
                try:
                    seen[full] = fetch(proxy, full)[:2] + (b"Pagina niet gevonden" in fetch(proxy, full)[2],)
                except Exception as e:  # noqa
                    seen[full] = (0, str(e), False)
            st, loc, is_soft = seen[full]
            if st in (200, 301, 302, 303) and not is_soft:
                continue
            if is_soft:
                soft += 1
                continue  # stale A-Z links to missing products (label not_found) answer a soft 404
            if page.rsplit("/", 1)[-1] in ("feedback",) or "/verzend" in full or "/verstuur" in full or "verzonden" in full \
                    or "stap2" in full or full.endswith("/inloggen") and urllib.parse.urlsplit(full).hostname in IDPS:
                continue  # POST targets of forms
            if full.endswith(("/verzenden", "/feedback")):
                continue
            errors.append("broken link %s on %s (%s)" % (full, page, st))
        print("checked %d labelled URLs, %d distinct links (%d soft-404 links)" % (nurl, len(seen), soft))
    finally:
        proc.terminate()
        proc.wait()
    # POST targets are allowed to be missing; report remaining errors
    errs = sorted(set(errors))
    for e in errs[:60]:
        print("ERROR", e)
    print("%d errors" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
