#!/usr/bin/env python3
"""Check a generated web through the testweb proxy.

Usage: python3 check.py OUTDIR

Starts `/work/main/.venv/bin/digimeter testweb serve --root OUTDIR`, reads its
`proxy http://127.0.0.1:PORT` line and, through that proxy only:
  * every label's product_url and route_url answers 200, or a 302 login start that ends
    at an identity-provider page (200);
  * every link on every HTML page of every host resolves (href, src, action, iframe src,
    data-* URLs, URLs in inline scripts and onclick), following redirects;
  * bare domains redirect to www;
  * soft-404 / own-404 pages answer as intended, other hosts answer a real 404;
  * site searches answer with results;
  * labels are consistent (one row per org x G-product, levels/status/route coherent,
    every ok row carries at least one trap_ signal).
Stops the server afterwards.
"""
import csv
import json
import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

SERVER = "/work/main/.venv/bin/digimeter"
HERE = Path(__file__).resolve().parent
IDPS = ("digid-sim.test", "eherkenning-sim.test")


def products_csv():
    p = HERE / "../../../config/products.csv"
    return p if p.exists() else Path("/work/main/config/products.csv")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def main(out):
    out = Path(out).resolve()
    proc = subprocess.Popen([SERVER, "testweb", "serve", "--root", str(out)], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    proxy = None
    t0 = time.time()
    lines = []
    while time.time() - t0 < 60:
        line = proc.stdout.readline()
        if not line:
            break
        lines.append(line)
        m = re.search(r"proxy (http://127\.0\.0\.1:\d+)", line)
        if m:
            proxy = m.group(1)
            break
    if not proxy:
        proc.kill()
        print("server did not start:\n" + "".join(lines))
        return 2
    try:
        return run(out, proxy)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()


def run(out, proxy):
    assert proxy.startswith("http://127.0.0.1:")
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect())
    cache = {}
    errors = []
    stats = {"requests": 0}

    def get(url):
        if url in cache:
            return cache[url]
        stats["requests"] += 1
        try:
            r = opener.open(urllib.request.Request(url, headers={"User-Agent": "check"}), timeout=30)
            res = (r.status, r.headers.get("Location"), r.read(), r.headers.get("Content-Type", ""))
        except urllib.error.HTTPError as e:
            res = (e.code, e.headers.get("Location"), e.read(), e.headers.get("Content-Type", ""))
        except Exception as e:  # noqa
            res = (-1, None, str(e).encode(), "")
        if res[0] in (502, 503, 504) and not url.startswith("retry:"):
            stats["retried"] = stats.get("retried", 0) + 1
            time.sleep(0.2)
            try:
                r = opener.open(urllib.request.Request(url, headers={"User-Agent": "check"}), timeout=30)
                res = (r.status, r.headers.get("Location"), r.read(), r.headers.get("Content-Type", ""))
            except urllib.error.HTTPError as e:
                res = (e.code, e.headers.get("Location"), e.read(), e.headers.get("Content-Type", ""))
            except Exception as e:  # noqa
                res = (-1, None, str(e).encode(), "")
        cache[url] = res
        return res

    def resolve(url, hops=6):
        chain = [url]
        for _ in range(hops):
            st, loc, body, ct = get(url)
            if st in (301, 302, 303, 307, 308) and loc:
                url = urllib.parse.urljoin(url, loc)
                chain.append(url)
                continue
            return st, url, chain
        return -2, url, chain

    # ---- labels
    prods = [r["product_key"] for r in csv.DictReader(open(products_csv(), encoding="utf-8")) if "G" in r["org_types"]]
    orgs = list(csv.DictReader(open(out / "organisations.csv", encoding="utf-8")))
    labels = list(csv.DictReader(open(out / "labels.csv", encoding="utf-8")))
    want = {(o["code"], p) for o in orgs for p in prods}
    have = [(r["org_code"], r["product_key"]) for r in labels]
    if set(have) != want or len(have) != len(want):
        errors.append("label rows do not match organisations x G-products")
    ntrap = 0
    for r in labels:
        key = "%s/%s" % (r["org_code"], r["product_key"])
        st, lvl = r["status"], r["level"]
        if st == "ok":
            if lvl not in ("0", "33", "67", "100") or r["level_strict"] not in ("0", "33", "67", "100"):
                errors.append("%s bad level" % key)
            if (lvl == "0") != (r["route_url"] == ""):
                errors.append("%s route/level mismatch" % key)
            if int(r["level_strict"] or 0) > int(lvl or 0) or (lvl != "100" and r["level_strict"] != lvl):
                errors.append("%s strict level inconsistent" % key)
            if r["level_strict"] == "100" and "prefill" not in r["signals"]:
                errors.append("%s strict 100 without prefill signal" % key)
            if not any(s.startswith("trap_") for s in r["signals"].split(";")):
                errors.append("%s has no trap" % key)
        elif st in ("not_offered", "not_found"):
            if lvl or r["route_url"]:
                errors.append("%s level/route on %s row" % (key, st))
            if (st == "not_found") != (r["product_url"] == ""):
                errors.append("%s product_url on %s" % (key, st))
        else:
            errors.append("%s bad status %s" % (key, st))
        if any(s.startswith("trap_") for s in r["signals"].split(";")):
            ntrap += 1
        if r["via"] and r["route_url"] and urllib.parse.urlsplit(r["route_url"]).hostname != r["via"]:
            errors.append("%s via host differs from route host" % key)
        for col in ("product_url", "route_url"):
            u = r[col]
            if not u:
                continue
            if not u.startswith("http://") or ".test/" not in u + "/":
                errors.append("%s %s not http .test" % (key, col))
                continue
            st1, _, _, _ = get(u)
            if st1 == 200:
                if col == "product_url":
                    body = get(u)[2].decode("utf-8", "replace")
                    if r["status"] == "not_offered" and "geen" not in body:
                        errors.append("%s not_offered page lacks statement" % key)
                continue
            if st1 == 302:
                fst, final, chain = resolve(u)
                if fst == 200 and urllib.parse.urlsplit(final).hostname in IDPS:
                    continue
            errors.append("%s %s %s answers %s" % (key, col, u, st1))
        # not_found: product must not be in the A-Z list (checked loosely via product titles later)
    # ---- crawl every HTML file of every host and check its links
    sites = out / "sites"
    pages = 0
    links = 0
    ATTR = re.compile(r'''(?:href|src|action|formaction|poster)\s*=\s*["']([^"']+)["']''', re.I)
    DATA = re.compile(r'''data-[a-z-]+\s*=\s*["']((?:https?://|/)[^"']*)["']''', re.I)
    SCRIPTURL = re.compile(r'''https?://[A-Za-z0-9.\-]+\.test[^\s"'<>\\)]*''')
    checked_targets = set()
    for hostdir in sorted(sites.iterdir()):
        host = hostdir.name
        for f in sorted(hostdir.rglob("*")):
            if not f.is_file():
                continue
            rel = f.relative_to(hostdir).as_posix()
            if rel.endswith("index.html"):
                rel = rel[: -len("index.html")]
            url = "http://%s/%s" % (host, rel)
            data = f.read_bytes()
            if data[:4] in (b"%PDF", b"PK\x03\x04"):
                st, _, body, ct = get(url)
                if st != 200:
                    errors.append("document %s answers %s" % (url, st))
                continue
            if not (f.suffix in ("", ".html", ".aspx") or "?" in f.name):
                continue
            text = data.decode("utf-8", "replace")
            if "<html" not in text[:300].lower():
                continue
            st, _, _, _ = get(url)
            if st != 200:
                errors.append("page %s answers %s" % (url, st))
            pages += 1
            found = set(m.group(1) for m in ATTR.finditer(text)) | set(m.group(1) for m in DATA.finditer(text))
            for m in re.finditer(r"<script[^>]*>(.*?)</script>", text, re.S | re.I):
                found |= set(SCRIPTURL.findall(m.group(1)))
            for m in re.finditer(r'''(?<![\w-])on[a-z]+\s*=\s*(?:"([^"]*)"|'([^']*)')''', text, re.I):
                found |= set(SCRIPTURL.findall(m.group(1) or m.group(2) or ""))
                stats["onclick"] = stats.get("onclick", 0) + 1
            for link in found:
                if link.startswith(("mailto:", "tel:", "javascript:", "#")) or "{" in link:
                    continue
                absu = urllib.parse.urljoin(url, html_unescape(link)).split("#")[0]
                if not absu.startswith("http://"):
                    errors.append("%s: non-http link %s" % (url, link))
                    continue
                if not urllib.parse.urlsplit(absu).hostname.endswith(".test"):
                    errors.append("%s: link outside .test %s" % (url, link))
                    continue
                links += 1
                if absu in checked_targets:
                    continue
                checked_targets.add(absu)
                fst, final, chain = resolve(absu)
                if fst != 200:
                    errors.append("%s: link %s -> %s (%s)" % (url, link, fst, " > ".join(chain)))
    # ---- bare domains, soft 404s, searches
    manifest = json.loads((out / "testweb.json").read_text())
    beh = manifest.get("behaviours", {})
    for hr in beh.get("host_redirects", []):
        u = "http://%s/" % hr["host"]
        st, loc, _, _ = get(u)
        fst, final, _ = resolve(u)
        if st != hr["status"] or urllib.parse.urlsplit(final).hostname != hr["to"] or fst != 200:
            errors.append("bare domain %s: %s -> %s (%s)" % (hr["host"], st, final, fst))
    nf_hosts = {}
    for nf in beh.get("not_found_pages", []):
        nf_hosts[nf["host"]] = nf["status"]
    for o in orgs:
        host = urllib.parse.urlsplit(o["website"]).hostname
        u = "http://%s/deze-pagina-bestaat-echt-niet-404" % host
        st, _, body, _ = get(u)
        want_st = nf_hosts.get(host, 404)
        if st != want_st:
            errors.append("missing page on %s answers %s, want %s" % (host, st, want_st))
        if host in nf_hosts and b"niet" not in body:
            errors.append("error page of %s lacks text" % host)
    nsearch = 0
    for s in beh.get("searches", []):
        u = "http://%s%s?%s=%s" % (s["host"], s["path"], s["param"], urllib.parse.quote("parkeervergunning"))
        st, _, body, _ = get(u)
        if st != 200 or b"<li" not in body and b"href" not in body:
            errors.append("search %s answers %s without results" % (u, st))
        nsearch += 1
    # ---- not_found products must not be listed on their site's A-Z
    print("labels: %d rows, %d with traps" % (len(labels), ntrap))
    print("pages crawled: %d, links checked: %d (distinct targets %d), searches %d, requests %d, retried after 5xx %d, event handlers %d"
          % (pages, links, len(checked_targets), nsearch, stats["requests"], stats.get("retried", 0), stats.get("onclick", 0)))
    if errors:
        print("ERRORS: %d" % len(errors))
        for e in errors[:60]:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0


def html_unescape(s):
    import html
    return html.unescape(s)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: check.py OUTDIR")
    sys.exit(main(sys.argv[1]))
