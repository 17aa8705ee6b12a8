#!/usr/bin/env python3
"""Check the web-dev16 web: serve it with the test server and verify the labels.

Usage: python3 check.py [WEBDIR]   (default: web/ beside this file)

Checks
- labels.csv has one row per organisation x applicable product (products.csv, org_types letter);
- status/level/level_strict/route_url consistency; every ok row with a trap planted says "Trap:";
- every product_url and route_url answers 200 through the proxy, or a redirect to an identity
  provider (digid.test / eherkenning.test) for login starts;
- every link in every HTML page stays inside .test (or mailto:/tel:/relative);
- every PDF starts with %PDF-.
"""
import csv
import os
import re
import subprocess
import sys
import urllib.request
import urllib.error

HERE = os.path.dirname(os.path.abspath(__file__))
PRODUCTS_CSV = "/work/main/config/products.csv"
SERVE = ["/work/main/.venv/bin/digimeter", "testweb", "serve", "--root"]
IDPS = ("digid.test", "eherkenning.test")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web")
    errors = []
    orgs = list(csv.DictReader(open(os.path.join(root, "organisations.csv"), encoding="utf-8")))
    labels = list(csv.DictReader(open(os.path.join(root, "labels.csv"), encoding="utf-8")))
    prods = list(csv.DictReader(open(PRODUCTS_CSV, encoding="utf-8")))
    letter = {"gemeente": "G", "waterschap": "W", "provincie": "P"}
    want = set()
    for o in orgs:
        for p in prods:
            if letter[o["org_type"]] in p["org_types"]:
                want.add((o["code"], p["product_key"]))
    have = [(r["org_code"], r["product_key"]) for r in labels]
    if len(have) != len(set(have)):
        errors.append("duplicate label rows")
    if set(have) != want:
        errors.append("label rows missing %s extra %s" % (sorted(want - set(have))[:5], sorted(set(have) - want)[:5]))
    for r in labels:
        st, lv = r["status"], r["level"]
        tag = "%s/%s" % (r["org_code"], r["product_key"])
        if st == "ok":
            if lv not in ("0", "33", "67", "100") or r["level_strict"] not in ("0", "33", "67", "100"):
                errors.append(tag + " bad level")
            if int(r["level_strict"]) > int(lv) or (lv != "100" and r["level_strict"] != lv):
                errors.append(tag + " bad level_strict")
            if not r["product_url"]:
                errors.append(tag + " ok without product_url")
            if (lv == "0") != (r["route_url"] == ""):
                errors.append(tag + " route_url vs level")
        elif st in ("not_found", "not_offered", "unreachable"):
            if lv or r["level_strict"] or r["route_url"]:
                errors.append(tag + " level on non-ok row")
            if st == "not_offered" and not r["product_url"]:
                errors.append(tag + " not_offered without the statement page")
        else:
            errors.append(tag + " bad status")
        if not r["notes"]:
            errors.append(tag + " empty notes")
        if r["via"] and r["via"] not in (r["route_url"] or ""):
            errors.append(tag + " via host not in route_url")
    # static checks on files
    href = re.compile(r'(?:href|src|action)=["\']([^"\']+)["\']|location\.href=\\?[\'"]([^\'"]+)')
    npages = 0
    hosts = sorted(os.listdir(os.path.join(root, "sites")))
    for host in hosts:
        for dp, dn, fn in os.walk(os.path.join(root, "sites", host)):
            for f in fn:
                p = os.path.join(dp, f)
                data = open(p, "rb").read()
                if f.endswith(".pdf"):
                    if not data.startswith(b"%PDF-"):
                        errors.append("bad pdf " + p)
                    continue
                if not data.lstrip().startswith(b"<!DOCTYPE html"):
                    continue
                npages += 1
                for m in href.finditer(data.decode("utf-8")):
                    u = m.group(1) or m.group(2)
                    if u.startswith(("mailto:", "tel:", "#")) or not re.match(r"^[a-z]+:", u):
                        continue
                    hh = re.match(r"^https?://([^/?#]+)", u)
                    if not u.startswith("http://") or not hh or not hh.group(1).endswith(".test"):
                        errors.append("outside link %s in %s" % (u, p))
    # offline: every clickable internal link (href, GET form action, iframe src, onclick) resolves
    import json
    from urllib.parse import urljoin, urlsplit
    man = json.load(open(os.path.join(root, "testweb.json")))
    redir = set(r["url"] for r in man["behaviours"].get("redirects", []))
    hredir = {r["host"]: r["to"] for r in man["behaviours"].get("host_redirects", [])}
    click = re.compile(r'<(a|iframe|form)\b[^>]*?(?:href|src|action)="([^"]+)"|location\.href=\'([^\']+)\'')
    broken = []
    for host in hosts:
        for dp, dn, fn in os.walk(os.path.join(root, "sites", host)):
            for f in fn:
                p = os.path.join(dp, f)
                rel = os.path.relpath(p, os.path.join(root, "sites", host))
                if rel.endswith("index.html"):
                    rel = rel[:-len("index.html")]
                data = open(p, "rb").read()
                if not data.lstrip().startswith(b"<!DOCTYPE html"):
                    continue
                text = data.decode("utf-8")
                page_url = "http://%s/%s" % (host, rel.split("?")[0])
                bm = re.search(r'<base href="([^"]+)"', text)
                base = bm.group(1) if bm else page_url
                for m in click.finditer(text):
                    u = m.group(2) or m.group(3)
                    if u.startswith(("mailto:", "tel:", "#")):
                        continue
                    full = urljoin(base, u)
                    sp = urlsplit(full)
                    if sp.scheme != "http":
                        continue
                    hst = hredir.get(sp.netloc, sp.netloc)
                    path = sp.path or "/"
                    if "http://%s%s" % (hst, path) in redir:
                        continue
                    fp = os.path.join(root, "sites", hst, path.lstrip("/"))
                    if path.endswith("/"):
                        fp = os.path.join(fp, "index.html")
                    if m.group(1) == "form" and "method=\"post\"" in m.group(0):
                        pass
                    q = sp.query
                    if m.group(1) == "form" and not q:
                        tail = text[m.end():text.find("</form>", m.end())]
                        hid = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', tail)
                        q = "&".join("%s=%s" % kv for kv in hid)
                    ok = os.path.isfile(fp) or bool(q and os.path.isfile(fp + "?" + q))
                    if not ok:
                        broken.append("%s -> %s" % (page_url, full))
    soft = set(r["host"] for r in man["behaviours"].get("not_found_pages", []) if r["status"] == 200)
    nsoft = 0
    for b in sorted(set(broken)):
        if urlsplit(b.split(" -> ")[1]).netloc in soft:
            nsoft += 1
            continue
        errors.append("broken link " + b)
    print("links to soft-404 pages (stale A-Z/sitemap links, intended):", nsoft)
    # serve and fetch
    proc = subprocess.Popen(SERVE + [root], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        line = proc.stdout.readline()
        m = re.search(r"proxy (http://127\.0\.0\.1:\d+)", line)
        if not m:
            raise SystemExit("server did not start: " + line)
        proxy = m.group(1)
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect)
        urls = set()
        for r in labels:
            for k in ("product_url", "route_url"):
                if r[k]:
                    urls.add(r[k])
        for o in orgs:
            urls.add(o["website"])
        checked = 0
        for u in sorted(urls):
            checked += 1
            try:
                resp = opener.open(u, timeout=20)
                code, loc = resp.status, None
                body = resp.read(200000)
            except urllib.error.HTTPError as e:
                code, loc, body = e.code, e.headers.get("Location"), b""
            if code == 200:
                if u.endswith(".pdf") and not body.startswith(b"%PDF-"):
                    errors.append("not a pdf " + u)
                if b"Pagina niet gevonden" in body or b"Product niet gevonden" in body:
                    errors.append("labelled URL is a soft 404: " + u)
                continue
            if code in (301, 302, 303, 307, 308) and loc:
                lh = re.match(r"^https?://([^/?#]+)", loc)
                if lh and lh.group(1) in IDPS:
                    continue
                if u in [o["website"] for o in orgs]:
                    continue  # www/non-www redirect of a start URL
            errors.append("%s answers %s %s" % (u, code, loc or ""))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print("organisations %d, label rows %d, pages %d, hosts %d, URLs fetched %d" % (len(orgs), len(labels), npages, len(hosts), checked))
    for e in errors[:60]:
        print("ERROR", e)
    if errors:
        print("%d errors" % len(errors))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()
