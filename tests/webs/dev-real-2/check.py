#!/usr/bin/env python3
"""Check the generated web: determinism, labels, URLs answering through the test server, routes reachable.

usage: python3 check.py [WEB]      (exit 0 when all checks pass)
"""
import csv, hashlib, os, re, subprocess, sys, tempfile, time, urllib.request
from urllib.parse import urljoin, urldefrag

HERE = os.path.dirname(os.path.abspath(__file__))
WEB = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web")
SERVE = [os.path.join(os.path.dirname(sys.executable), "digimeter"), "testweb", "serve", "--root", WEB]
IDPS = ("http://digid.test/", "http://eherkenning.test/")
errors = []


def tree_hash(root):
    h = hashlib.sha256()
    for dp, dn, fn in sorted(os.walk(root)):
        dn.sort()
        for f in sorted(fn):
            p = os.path.join(dp, f)
            h.update(os.path.relpath(p, root).encode()); h.update(open(p, "rb").read())
    return h.hexdigest()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def fetch(opener, url):
    try:
        r = opener.open(url, timeout=20)
        return r.status, r.headers.get("Location"), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Location"), e.read()


URL_RE = re.compile(r'''(?:href|src|action)\s*=\s*["']([^"']+)["']|location\.href\s*=\s*\\?'([^'\\]+)|window\.location\.href\s*=\s*\\?'([^'\\]+)''')


def links(base_url, body):
    text = body.decode("utf-8", "replace")
    m = re.search(r'<base href="([^"]+)"', text)
    base = m.group(1) if m else base_url
    out = set()
    text = re.sub(r'<base href="[^"]+">', "", text)
    for g in URL_RE.findall(text):
        u = next(x for x in g if x)
        if u.startswith(("mailto:", "tel:", "#")):
            continue
        out.add(urldefrag(urljoin(base, u))[0])
    return out


def main():
    # 1. determinism
    with tempfile.TemporaryDirectory() as td:
        subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), "--out", os.path.join(td, "w")], check=True, stdout=subprocess.DEVNULL)
        if tree_hash(os.path.join(td, "w")) != tree_hash(WEB):
            errors.append("generator output is not identical to web/ (run gen.py again, or it is not deterministic)")
    # 2. labels sanity
    prods = {r["product_key"]: r for r in csv.DictReader(open(os.path.join(HERE, "..", "..", "..", "config", "products.csv")))}
    orgs = {r["code"]: r for r in csv.DictReader(open(os.path.join(WEB, "organisations.csv")))}
    rows = list(csv.DictReader(open(os.path.join(WEB, "labels.csv"))))
    letter = {"gemeente": "G", "provincie": "P", "waterschap": "W"}
    seen = set()
    for r in rows:
        t = letter[orgs[r["org_code"]]["org_type"]]
        seen.add((r["org_code"], r["product_key"]))
        if t not in prods[r["product_key"]]["org_types"]:
            errors.append("product not applicable: %s %s" % (r["org_code"], r["product_key"]))
        if r["status"] == "ok":
            if r["level"] not in ("0", "33", "67", "100") or not r["product_url"]:
                errors.append("bad ok row %s" % r)
            if (r["level"] == "0") != (r["route_url"] == ""):
                errors.append("route_url/level mismatch %s %s" % (r["org_code"], r["product_key"]))
            if r["level"] != "100" and r["level_strict"] != r["level"]:
                errors.append("strict mismatch %s %s" % (r["org_code"], r["product_key"]))
        elif r["level"]:
            errors.append("level on non-ok row %s %s" % (r["org_code"], r["product_key"]))
    for code, o in orgs.items():
        for k, p in prods.items():
            if letter[o["org_type"]] in p["org_types"] and "R" not in p["org_types"] and (code, k) not in seen:
                errors.append("missing row %s %s" % (code, k))
    size = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fn in os.walk(HERE) for f in fn)
    if size > 15e6:
        errors.append("folder larger than 15 MB")
    # 3. serve and fetch
    proc = subprocess.Popen(SERVE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        line = proc.stdout.readline()
        proxy = re.search(r"(http://127\.0\.0\.1:\d+)", line).group(1)
        op = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect)
        cache = {}

        def get(u):
            if u not in cache:
                cache[u] = fetch(op, u)
            return cache[u]

        for o in orgs.values():
            st, loc, _ = get(o["website"])
            if st not in (200, 301, 302):
                errors.append("website %s answers %s" % (o["website"], st))
        checked = 0
        for r in rows:
            for col in ("product_url", "route_url"):
                u = r[col]
                if not u:
                    continue
                st, loc, body = get(u)
                checked += 1
                ok = st == 200 or (st in (301, 302, 303) and loc and loc.startswith(IDPS))
                if not ok:
                    errors.append("%s %s %s answers %s" % (r["org_code"], r["product_key"], u, st))
                if col == "route_url" and r["level"] == "33" and not body.startswith(b"%PDF-"):
                    errors.append("level 33 route is not a PDF: %s" % u)
                if col == "product_url" and st == 200 and b"Pagina niet gevonden" in body:
                    errors.append("product_url is a soft 404: %s" % u)
            # route reachable from product page within two clicks
            if r["status"] == "ok" and r["route_url"]:
                _, _, body = get(r["product_url"])
                l1 = links(r["product_url"], body)
                found = r["route_url"] in l1
                if not found:
                    for u in sorted(l1):
                        if u.startswith("http://") and not u.endswith(".pdf"):
                            st, _, b2 = get(u)
                            if st == 200 and r["route_url"] in links(u, b2):
                                found = True
                                break
                if not found:
                    errors.append("route not reachable from product page: %s %s" % (r["org_code"], r["product_key"]))
        # 4. every link on every HTML page of the organisations' sites resolves
        broken = 0
        for host in sorted(os.listdir(os.path.join(WEB, "sites"))):
            for dp, _, fn in os.walk(os.path.join(WEB, "sites", host)):
                for f in fn:
                    rel = os.path.relpath(os.path.join(dp, f), os.path.join(WEB, "sites", host))
                    if rel.endswith((".pdf", ".svg", ".xml", ".txt")):
                        continue
                    path = "/" + (rel[:-10] if rel.endswith("index.html") else rel)
                    url = "http://%s%s" % (host, path)
                    body = open(os.path.join(dp, f), "rb").read()
                    for u in links(url, body):
                        if not u.startswith("http://") or "/img/" in u:
                            continue
                        if "?" in u and not os.path.exists(os.path.join(WEB, "sites", u[7:])):
                            u = u.split("?")[0]
                        st, loc, _ = get(u)
                        if st >= 400:
                            broken += 1
                            errors.append("broken link on %s -> %s (%s)" % (url, u, st))
        print("checked %d label URLs, %d fetched URLs, %d broken links" % (checked, len(cache), broken))
    finally:
        proc.terminate(); proc.wait(10)
    for e in errors[:60]:
        print("ERROR", e)
    print("%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
