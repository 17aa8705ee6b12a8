#!/usr/bin/env python3
"""Serve the web with digimeter's test server and verify every labelled product_url and
route_url: 200, or a redirect (login start) whose Location is an identity provider or the
same URL on another host (www/non-www). Usage: python3 check.py [WEBDIR]"""
import csv, subprocess, sys, time, urllib.request, urllib.error
from pathlib import Path

root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent / "web"
proc = subprocess.Popen(["/work/main/.venv/bin/digimeter", "testweb", "serve", "--root", str(root)],
                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
proxy = None
t0 = time.time()
while time.time() - t0 < 30:
    line = proc.stdout.readline()
    if "proxy http://" in line:
        proxy = line.split("proxy ", 1)[1].strip()
        break
if not proxy:
    proc.terminate(); sys.exit("server did not start")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect)
IDP = ("http://digid.test/", "http://eherkenning.test/")
bad = 0
checked = 0
try:
    rows = list(csv.DictReader(open(root / "labels.csv", encoding="utf-8")))
    urls = sorted({(c, r[c]) for r in rows for c in ("product_url", "route_url") if r[c]})
    for o in csv.DictReader(open(root / "organisations.csv", encoding="utf-8")):
        urls.append(("website", o["website"]))
    for col, u in urls:
        checked += 1
        try:
            resp = opener.open(u, timeout=20)
            st, loc, body = resp.status, "", resp.read(4000)
        except urllib.error.HTTPError as e:
            st, loc, body = e.code, e.headers.get("Location", ""), b""
        ok = st == 200 or (st in (301, 302, 303, 307) and (loc.startswith(IDP) or col == "website"))
        if st == 200 and col != "website" and b"Pagina niet gevonden" in body:
            ok = False
        if not ok:
            bad += 1
            print("FAIL", col, u, st, loc)
finally:
    proc.terminate()
    proc.wait(10)
print(f"checked {checked} urls, {bad} failures")
sys.exit(1 if bad else 0)
