#!/usr/bin/env python3
"""Serve web/ with digimeter's test server and verify the web.

Checks:
 1. labels.csv: one row per organisation x applicable product, valid status/level/strict/via.
 2. every labelled product_url and route_url answers 200 through the proxy, or a redirect to an
    identity provider (digid.test / eherkenning.test) for login starts; a trailing-slash 301 on
    the same host is followed once.
 3. every organisation website answers (200, or a redirect to its www/non-www twin).
 4. all links (href, iframe src, GET form action, onclick location.href) in the static HTML
    pages point to .test hosts (or mailto:/tel:) and same-web links answer (no 404/502).
 5. PDFs start with %PDF; the JS-only forms have their form only inside <script>.
Exit status 0 when everything passes.
"""
import csv, os, re, subprocess, sys, urllib.parse, urllib.request, http.client

HERE = os.path.dirname(os.path.abspath(__file__))
WEB = os.path.join(HERE, "web")
SERVE = ["/work/main/.venv/bin/digimeter", "testweb", "serve", "--root", WEB]
IDP = ("digid.test", "eherkenning.test")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def fetch(proxy, url):
    op = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect)
    try:
        r = op.open(url, timeout=20)
        return r.status, r.headers.get("Location"), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Location"), e.read()


def answers(proxy, url, allow_idp=True):
    st, loc, body = fetch(proxy, url)
    hops = 0
    while st in (301, 302, 303, 307, 308) and loc and hops < 3:
        host = urllib.parse.urlsplit(loc).hostname or ""
        if allow_idp and host in IDP:
            return True, f"{st} -> IdP"
        st, loc, body = fetch(proxy, urllib.parse.urljoin(url, loc))
        hops += 1
    return st == 200, st


def main():
    errors = []
    # 1. label completeness
    prods = {}
    with open("/work/main/config/products.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            prods[r["product_key"]] = r["org_types"]
    orgs = list(csv.DictReader(open(os.path.join(WEB, "organisations.csv"), encoding="utf-8")))
    labels = list(csv.DictReader(open(os.path.join(WEB, "labels.csv"), encoding="utf-8")))
    letter = {"gemeente": "G", "provincie": "P", "waterschap": "W"}
    for o in orgs:
        want = {k for k, t in prods.items() if letter[o["org_type"]] in t}
        have = [r["product_key"] for r in labels if r["org_code"] == o["code"]]
        if sorted(have) != sorted(want):
            errors.append(f"label set of {o['code']} differs: missing {want - set(have)}, extra {set(have) - want}")
    for r in labels:
        if r["status"] not in ("ok", "not_offered", "not_found", "unreachable"):
            errors.append(f"bad status {r}")
        if r["status"] == "ok":
            if r["level"] not in ("0", "33", "67", "100") or not r["product_url"]:
                errors.append(f"bad ok row {r['org_code']} {r['product_key']}")
            if (r["level"] == "0") != (r["route_url"] == ""):
                errors.append(f"route/level mismatch {r['org_code']} {r['product_key']}")
            exp = {"100": ("67", "100"), "67": ("67",), "33": ("33",), "0": ("0",)}[r["level"]]
            if r["level_strict"] not in exp:
                errors.append(f"bad level_strict {r['org_code']} {r['product_key']}")
            if "Trap" in r["notes"] and "Trap:" not in r["notes"]:
                errors.append(f"trap note format {r['org_code']} {r['product_key']}")
        elif r["level"] or r["level_strict"] or r["route_url"]:
            errors.append(f"non-ok row with level/route {r['org_code']} {r['product_key']}")
    # serve
    p = subprocess.Popen(["nice", "-n", "10"] + SERVE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        proxy = None
        for line in p.stdout:
            m = re.search(r"proxy (http://127\.0\.0\.1:\d+)", line)
            if m:
                proxy = m.group(1)
                break
        if not proxy:
            print("server did not start")
            return 2
        # 2. labelled URLs
        n = 0
        for r in labels:
            for c in ("product_url", "route_url"):
                u = r[c]
                if not u:
                    continue
                ok, st = answers(proxy, u, allow_idp=(c == "route_url"))
                n += 1
                if not ok:
                    errors.append(f"{r['org_code']} {r['product_key']} {c} {u} -> {st}")
        print(f"checked {n} labelled URLs")
        # 3. websites
        for o in orgs:
            ok, st = answers(proxy, o["website"], allow_idp=False)
            if not ok:
                errors.append(f"website {o['website']} -> {st}")
        # 4. links in pages
        seen, nl = {}, 0
        for host in sorted(os.listdir(os.path.join(WEB, "sites"))):
            root = os.path.join(WEB, "sites", host)
            for dp, _, fns in os.walk(root):
                for fn in fns:
                    fp = os.path.join(dp, fn)
                    data = open(fp, "rb").read()
                    rel = "/" + os.path.relpath(fp, root).replace(os.sep, "/")
                    if rel.endswith(".pdf"):
                        if not data.startswith(b"%PDF-"):
                            errors.append(f"not a PDF: {fp}")
                        continue
                    if not data.lstrip().startswith(b"<!DOCTYPE"):
                        continue
                    page = f"http://{host}{rel[:-len('index.html')] if rel.endswith('/index.html') else rel}"
                    txt = data.decode("utf-8")
                    m = re.search(r'<base href="([^"]+)"', txt)
                    base = m.group(1) if m else page
                    txt_noscript = re.sub(r"<script.*?</script>", "", txt, flags=re.S)
                    links = re.findall(r'(?:href|src)="([^"]+)"', txt_noscript)
                    links += re.findall(r'<form method="get" action="([^"]+)"', txt_noscript)
                    links += re.findall(r"location\.href='([^']+)'", txt_noscript)
                    for l in links:
                        if l.startswith(("mailto:", "tel:", "#")):
                            continue
                        u = urllib.parse.urljoin(base, l)
                        h = urllib.parse.urlsplit(u).hostname or ""
                        if not h.endswith(".test") and h != "test":
                            errors.append(f"external link {l} on {page}")
                            continue
                        if u not in seen:
                            seen[u] = answers(proxy, u)
                            nl += 1
                        if not seen[u][0]:
                            errors.append(f"broken link {l} on {page} -> {seen[u][1]}")
        print(f"checked {nl} distinct links")
    finally:
        p.terminate()
        p.wait(timeout=10)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
