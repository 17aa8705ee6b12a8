# -*- coding: utf-8 -*-
"""Serve web-dev14 with digimeter's test server and check it.

    python check.py [--root web]

Checks: labels complete (one row per organisation x applicable product, valid values);
every labelled product_url answers 200 and is not a soft 404; every route_url answers 200
or a redirect to an identity provider (digid.test / eherkenning.test); PDFs are PDFs;
a crawl from each organisation's website (links, iframes, GET forms with hidden fields,
onclick, URLs in inline scripts, the site search) reaches every product_url and route_url;
no link leaves .test.  Exit status 1 on any failure.
"""
import csv, http.client, json, re, subprocess, sys, time, html
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlencode, quote

HERE = Path(__file__).resolve().parent
ROOT = HERE / "web"
if "--root" in sys.argv:
    ROOT = Path(sys.argv[sys.argv.index("--root") + 1]).resolve()
IDP = ("digid.test", "eherkenning.test")
FAIL = []


def fail(msg):
    FAIL.append(msg)


def start_server():
    p = subprocess.Popen(["nice", "-n", "10", "/work/main/.venv/bin/digimeter", "testweb", "serve", "--root", str(ROOT)],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    for _ in range(200):
        line = p.stdout.readline()
        m = re.search(r"proxy (http://127\.0\.0\.1:\d+)", line)
        if m:
            return p, m.group(1)
    p.kill()
    raise SystemExit("server did not start")


class Client:
    def __init__(self, proxy):
        u = urlsplit(proxy)
        self.h, self.p = u.hostname, u.port
        self.cache = {}

    def get(self, url):
        if url in self.cache:
            return self.cache[url]
        c = http.client.HTTPConnection(self.h, self.p, timeout=30)
        c.request("GET", url, headers={"Host": urlsplit(url).netloc, "User-Agent": "web-dev14-check"})
        r = c.getresponse()
        body = r.read()
        res = (r.status, r.getheader("Location"), r.getheader("Content-Type") or "", body)
        c.close()
        self.cache[url] = res
        return res

    def follow(self, url, n=6):
        for _ in range(n):
            st, loc, ct, body = self.get(url)
            if st in (301, 302, 303, 307, 308) and loc:
                url = urljoin(url, loc)
                continue
            return url, st, ct, body
        return url, 0, "", b""


def links(base, text):
    out = []
    m = re.search(r'<base\s+href="([^"]+)"', text)
    if m:
        base = m.group(1)
    for a in re.findall(r'(?:href|src)=["\']([^"\']+)["\']', text):
        out.append(html.unescape(a))
    for a in re.findall(r"location\.href\s*=\s*'([^']+)'", text):
        out.append(a)
    for a in re.findall(r'"(https?://[^"\s]+)"', text):
        out.append(a)
    for fm in re.finditer(r'<form([^>]*)>(.*?)</form>', text, re.S):
        attrs, inner = fm.group(1), fm.group(2)
        if 'method="post"' in attrs.lower():
            continue
        am = re.search(r'action="([^"]*)"', attrs)
        if not am:
            continue
        hid = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', inner)
        act = html.unescape(am.group(1))
        out.append(act + ("?" + urlencode(hid) if hid else ""))
    res = []
    for a in out:
        if a.startswith(("mailto:", "tel:", "#", "javascript:")):
            continue
        res.append(urljoin(base, a).split("#")[0])
    return res


def main():
    orgs = list(csv.DictReader(open(ROOT / "organisations.csv", encoding="utf-8")))
    labels = list(csv.DictReader(open(ROOT / "labels.csv", encoding="utf-8")))
    manifest = json.loads((ROOT / "testweb.json").read_text(encoding="utf-8"))
    prods = list(csv.DictReader(open("/work/main/config/products.csv", encoding="utf-8")))
    tl = {"gemeente": "G", "provincie": "P", "waterschap": "W"}
    # 1. completeness and values
    seen = {}
    for r in labels:
        k = (r["org_code"], r["product_key"])
        if k in seen:
            fail("duplicate label %s" % (k,))
        seen[k] = r
        if r["status"] not in ("ok", "not_offered", "not_found", "unreachable"):
            fail("bad status %s" % (k,))
        if r["status"] == "ok":
            if r["level"] not in ("0", "33", "67", "100") or r["level_strict"] not in ("0", "33", "67", "100"):
                fail("bad level %s" % (k,))
            if r["level"] != "0" and not r["route_url"]:
                fail("no route_url %s" % (k,))
            if r["level"] == "0" and r["route_url"]:
                fail("route_url on level 0 %s" % (k,))
            if r["level_strict"] != r["level"] and not (r["level"] == "100" and r["level_strict"] == "67"):
                fail("bad level_strict %s" % (k,))
        elif r["level"]:
            fail("level on non-ok row %s" % (k,))
        if any(w in r["notes"].lower() for w in ("appointment", "mailto", "regulation", "contact form", "news", "footer", "login in the header", "feedback")) and "Trap:" not in r["notes"]:
            fail("trap not marked %s" % (k,))
    for o in orgs:
        for p in prods:
            if tl[o["org_type"]] in p["org_types"] and (o["code"], p["product_key"]) not in seen:
                fail("missing label %s %s" % (o["code"], p["product_key"]))
    # 2. serve
    proc, proxy = start_server()
    cl = Client(proxy)
    try:
        for r in labels:
            k = (r["org_code"], r["product_key"])
            if r["product_url"]:
                st, loc, ct, body = cl.get(r["product_url"])
                if st != 200:
                    fail("product_url %s answers %s %s" % (r["product_url"], st, k))
                elif b"Pagina niet gevonden" in body:
                    fail("product_url is a soft 404 %s" % r["product_url"])
            if r["route_url"]:
                st, loc, ct, body = cl.get(r["route_url"])
                if st in (301, 302, 303, 307) and urlsplit(urljoin(r["route_url"], loc or "")).hostname in IDP:
                    pass
                elif st != 200:
                    fail("route_url %s answers %s %s" % (r["route_url"], st, k))
                elif r["level"] == "33" and not body.startswith(b"%PDF-"):
                    fail("level-33 route is not a PDF %s" % r["route_url"])
            if r["status"] == "not_offered" and r["product_url"]:
                st, _, _, body = cl.get(r["product_url"])
                if not re.search(rb"geen|niet nodig|afgeschaft|niet meer", body):
                    fail("not_offered page without a statement %s" % r["product_url"])
        # 3. crawl for reachability
        searches = {s["host"]: s for s in manifest["behaviours"].get("searches", [])}
        reached, outside = set(), set()
        for o in orgs:
            start = o["website"]
            frontier, seen_u = [start], set()
            while frontier and len(seen_u) < 3000:
                u = frontier.pop()
                if u in seen_u:
                    continue
                seen_u.add(u)
                reached.add(u)
                st, loc, ct, body = cl.get(u)
                if st in (301, 302, 303, 307, 308) and loc:
                    nxt = urljoin(u, loc)
                    if urlsplit(nxt).hostname not in IDP:
                        frontier.append(nxt)
                    continue
                if st != 200 or "html" not in ct:
                    continue
                text = body.decode("utf-8", "replace")
                host = urlsplit(u).hostname
                for l in links(u, text):
                    h = urlsplit(l).hostname or ""
                    if not h.endswith(".test"):
                        outside.add((u, l))
                        continue
                    if h in IDP:
                        continue
                    # stay on the organisation's hosts and one hop onto others
                    if l not in seen_u:
                        frontier.append(l)
                # submit the site search with each title of its index
                if host in searches and not getattr(cl, "searched_" + host.replace(".", "_"), False):
                    setattr(cl, "searched_" + host.replace(".", "_"), True)
                    s = searches[host]
                    idx = json.loads((ROOT / s["index"]).read_text(encoding="utf-8"))
                    for e in idx:
                        q = "http://%s%s?%s=%s" % (host, s["path"], s["param"], quote(e["title"]))
                        frontier.append(q)
        for u, l in sorted(outside)[:20]:
            fail("link outside .test: %s -> %s" % (u, l))
        for r in labels:
            for col in ("product_url", "route_url"):
                if r[col] and r[col] not in reached:
                    fail("%s not reachable by crawl: %s (%s %s)" % (col, r[col], r["org_code"], r["product_key"]))
        pages = sum(1 for _ in (ROOT / "sites").rglob("*") if _.is_file())
        print("crawled %d URLs; %d files; %d labels" % (len(reached), pages, len(labels)))
    finally:
        proc.terminate()
        proc.wait(10)
    for f in FAIL[:80]:
        print("FAIL", f)
    print("%d failures" % len(FAIL))
    sys.exit(1 if FAIL else 0)


if __name__ == "__main__":
    main()
