#!/usr/bin/env python3
"""Serve the generated web and verify it.

    python3 check.py [WEBDIR]

1. Every labelled product_url and route_url answers through the proxy with 200, or with a
   redirect to an identity provider (digid.test / eherkenning.test) for login starts.
2. Every organisation website answers (after at most one host redirect) with 200.
3. Every link (a href, iframe src, GET form action, onclick location, script-written href) on
   every HTML page of the organisation hosts answers 200 or a redirect (soft 404s counted
   separately and listed, since stale A-Z links are planted on purpose).
4. No page links outside .test.
"""
import csv
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "web"
DIGIMETER = "/work/main/.venv/bin/digimeter"
IDPS = ("digid.test", "eherkenning.test")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def fetch(opener, url):
    try:
        r = opener.open(url, timeout=20)
        return r.status, r.headers.get("Location"), r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Location"), e.read()


def main():
    proc = subprocess.Popen([DIGIMETER, "testweb", "serve", "--root", str(ROOT)], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    proxy = None
    for line in proc.stdout:
        m = re.search(r"proxy (http://127\.0\.0\.1:\d+)", line)
        if m:
            proxy = m.group(1)
            break
        print("server:", line.rstrip())
    if not proxy:
        print("server did not start")
        return 2
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect)
    bad = []
    try:
        labels = list(csv.DictReader(open(ROOT / "labels.csv", encoding="utf-8")))
        n = 0
        for r in labels:
            for col in ("product_url", "route_url"):
                u = r[col]
                if not u:
                    continue
                n += 1
                st, loc, body = fetch(opener, u)
                if st == 200:
                    if b"Pagina niet gevonden" in body and col == "product_url":
                        bad.append((r["org_code"], r["product_key"], col, u, "soft 404"))
                    continue
                if st in (301, 302, 303, 307) and loc and urllib.parse.urlsplit(loc).hostname in IDPS:
                    continue
                bad.append((r["org_code"], r["product_key"], col, u, st, loc))
        print(f"labelled URLs checked: {n}, bad: {len(bad)}")
        for b in bad:
            print("  BAD", b)
        # websites
        for o in csv.DictReader(open(ROOT / "organisations.csv", encoding="utf-8")):
            st, loc, _ = fetch(opener, o["website"])
            if st in (301, 302):
                st, loc, _ = fetch(opener, loc)
            print(f"website {o['code']} {o['website']}: {st}")
            if st != 200:
                bad.append((o["code"], "website", st))
        # links
        href_re = re.compile(r'''(?:href|src|action)="([^"]+)"|location\.href='([^']+)'|href=\\"([^"\\]+)\\"''')
        base_re = re.compile(r'<base href="([^"]+)"')
        seen, soft, broken, outside = {}, [], [], []
        files = [p for p in (ROOT / "sites").rglob("*") if p.is_file() and not p.name.endswith((".pdf", ".svg", ".xml", ".txt"))]
        for p in sorted(files):
            rel = p.relative_to(ROOT / "sites").as_posix()
            host, _, path = rel.partition("/")
            path = "/" + path
            if path.endswith("/index.html"):
                path = path[: -len("index.html")]
            page_url = f"http://{host}{path}"
            text = p.read_text(encoding="utf-8", errors="replace")
            mb = base_re.search(text)
            base = mb.group(1) if mb else page_url
            for m in href_re.finditer(text):
                link = next(g for g in m.groups() if g)
                link = link.replace("&amp;", "&")
                if link.startswith(("mailto:", "tel:", "#")) or link.startswith("{"):
                    continue
                u = urllib.parse.urljoin(base, link).split("#")[0]
                h = urllib.parse.urlsplit(u).hostname or ""
                if not h.endswith(".test"):
                    outside.append((page_url, u))
                    continue
                if u in seen:
                    res = seen[u]
                else:
                    st, loc, body = fetch(opener, u)
                    res = seen[u] = (st, b"Pagina niet gevonden" in body[:20000] and st == 200)
                st, is_soft = res
                if is_soft:
                    soft.append((page_url, u))
                elif st not in (200, 301, 302, 303, 307):
                    broken.append((page_url, u, st))
        print(f"links checked: {len(seen)} distinct; broken: {len(broken)}; soft-404 targets: {len(soft)}; outside .test: {len(outside)}")
        targets = {}
        for b in broken:
            targets.setdefault(b[1], []).append(b[0])
        for t in sorted(targets):
            print("  BROKEN", t, targets[t][0], f"(+{len(targets[t]) - 1} pages)")
        for s in sorted(set(x[1] for x in soft)):
            print("  soft-404 target (planted stale link?)", s)
        for o in outside[:10]:
            print("  OUTSIDE", o)
        bad += broken + outside
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print("OK" if not bad else f"FAILED ({len(bad)})")
    return 0 if not bad else 1


if __name__ == "__main__":
    sys.exit(main())
