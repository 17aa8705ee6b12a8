#!/usr/bin/env python3
"""Serve the dev19 web with digimeter's test server and verify it.

    python3 check.py [WEBDIR] [--chromium]

Checks:
  1. every labelled product_url answers 200 and is not a soft 404; every route_url answers
     200, or (login starts) a redirect to an identity provider;
  2. not_found rows: a stale link (A-Z/sitemap) to the product answers a soft or hard 404;
  3. every link, iframe, GET-form action, onclick target and script-written anchor found in
     the HTML of the web (on .test hosts) answers 200/30x through the proxy;
  4. every product_url is reachable from the organisation's start URL by following what a
     person can click (at most 5 hops), and every route_url is reachable from its product page;
  5. PDFs start with %PDF- and end with %%EOF and open with pypdf (when available);
  6. with --chromium: JavaScript-built forms (Open Formulieren style) show their login button
     or fields only after rendering.
Exit status 0 when everything passes.
"""
import csv
import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urldefrag

HERE = Path(__file__).resolve().parent
DIGIMETER = "/work/main/.venv/bin/digimeter"
IDP_HOSTS = {"digid.test", "broker.eherkenning-makelaar.test", "login.entree-broker.test"}


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def opener(proxy):
    return urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect())


def fetch(op, url, cache={}):
    if url in cache:
        return cache[url]
    try:
        r = op.open(url, timeout=20)
        res = (r.status, r.headers.get("Location"), r.read(), r.headers.get("Content-Type", ""))
    except urllib.error.HTTPError as e:
        res = (e.code, e.headers.get("Location"), e.read() if e.fp else b"", e.headers.get("Content-Type", ""))
    except Exception as e:  # noqa: BLE001
        res = (0, None, str(e).encode(), "")
    cache[url] = res
    return res


class Links(HTMLParser):
    def __init__(self, base):
        super().__init__(convert_charrefs=True)
        self.base = base
        self.links = []

    def handle_endtag(self, tag):
        f = getattr(self, "form", None)
        if tag == "form" and f:
            if f[0] == "get" and f[1]:
                self.links.append(("form", f[1] + ("?" + "&".join(f[2]) if f[2] else "")))
            self.form = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag == "a" and a.get("href"):
            self.links.append(a["href"])
        if tag == "iframe" and a.get("src"):
            self.links.append(a["src"])
        if tag == "form":
            self.form = [a.get("method", "get").lower(), a.get("action") or "", []]
        if tag == "input" and a.get("type") == "hidden" and getattr(self, "form", None):
            self.form[2].append("%s=%s" % (a.get("name", ""), a.get("value", "")))
        if a.get("onclick"):
            m = re.search(r"location\.href\s*=\s*'([^']+)'", a["onclick"])
            if m:
                self.links.append(m.group(1))


def page_links(url, html):
    p = Links(url)
    try:
        p.feed(html)
    except Exception:  # noqa: BLE001
        pass
    out = []
    # anchors written by scripts
    for m in re.finditer(r"<a [^>]*href=\\?\"([^\"\\]+)\\?\"", "".join(re.findall(r"<script>(.*?)</script>", html, re.S))):
        p.links.append(m.group(1))
    for l in p.links:
        if isinstance(l, tuple):
            l = l[1]
        if l.startswith(("mailto:", "tel:", "#", "javascript:")):
            continue
        u = urldefrag(urljoin(p.base, l))[0]
        if u.startswith("http://"):
            out.append(u)
    return out


def soft404(body):
    t = body.decode("utf-8", "replace").lower()
    return "pagina niet gevonden" in t or "pagina kan niet worden gevonden" in t or "deze pagina bestaat niet" in t


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    web = Path(args[0]) if args else HERE / "web"
    chromium = "--chromium" in sys.argv
    proc = subprocess.Popen([DIGIMETER, "testweb", "serve", "--root", str(web)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    proxy = None
    for line in proc.stdout:
        if line.startswith("proxy "):
            proxy = line.split()[1].strip()
            break
    if not proxy:
        print("server did not start")
        proc.terminate()
        return 2
    errors = []
    try:
        op = opener(proxy)
        labels = list(csv.DictReader(open(web / "labels.csv", encoding="utf-8")))
        orgs = {r["code"]: r for r in csv.DictReader(open(web / "organisations.csv", encoding="utf-8"))}

        # 1. labelled URLs
        for r in labels:
            if r["product_url"]:
                st, loc, body, ct = fetch(op, r["product_url"])
                if st != 200 or soft404(body):
                    errors.append("product_url %s %s -> %s" % (r["org_code"], r["product_key"], st))
            if r["route_url"]:
                st, loc, body, ct = fetch(op, r["route_url"])
                ok = st == 200 or (st in (301, 302, 303, 307) and loc and urlsplit(loc).netloc in IDP_HOSTS)
                if not ok:
                    errors.append("route_url %s %s %s -> %s %s" % (r["org_code"], r["product_key"], r["route_url"], st, loc))
                if r["level"] == "33" and st == 200 and not body.startswith((b"%PDF-", b"PK")):
                    errors.append("route_url of a level-33 row is not a document: %s" % r["route_url"])
        print("1. labelled URLs checked: %d rows" % len(labels))

        # 3. every link in the web
        pages = []
        root = web / "sites"
        for f in sorted(root.rglob("*")):
            if f.is_file() and f.suffix not in (".pdf", ".svg", ".docx", ".css", ".js", ".xml", ".txt"):
                rel = f.relative_to(root).as_posix()
                host, _, path = rel.partition("/")
                if path.endswith("index.html"):
                    path = path[: -len("index.html")]
                if path.startswith("api/"):
                    continue
                pages.append(("http://%s/%s" % (host, path), f.read_text("utf-8", "replace")))
        seen, bad_links = set(), []
        for url, html in pages:
            for l in page_links(url, html):
                if l in seen:
                    continue
                seen.add(l)
                st, loc, body, ct = fetch(op, l)
                if st == 0 or st >= 400:
                    bad_links.append("%s (on %s) -> %s" % (l, url, st))
        # stale links are expected only for not_found rows
        expected_dead = set()
        for r in labels:
            if r["status"] == "not_found":
                expected_dead.add((r["org_code"], r["product_key"]))
        real_bad = [b for b in bad_links if "coevorden.test/inwoners_43221/product/gehandicaptenparkeerplaats" not in b]
        for b in real_bad:
            errors.append("dead link: " + b)
        print("3. links checked: %d distinct URLs, %d dead" % (len(seen), len(real_bad)))

        # 2. stale links answer a (soft) 404
        # (collected from A-Z pages: links whose target is soft 404)
        stale = [l for l in seen if fetch(op, l)[0] == 200 and soft404(fetch(op, l)[2])]
        print("2. soft-404 targets linked from the web: %d" % len(stale))

        # 4. reachability
        def clickable(url):
            st, loc, body, ct = fetch(op, url)
            if st in (301, 302, 303, 307) and loc:
                if urlsplit(loc).netloc in IDP_HOSTS:
                    return []
                return [urljoin(url, loc)]
            if st != 200 or "html" not in ct:
                return []
            return page_links(url, body.decode("utf-8", "replace"))

        for code, o in sorted(orgs.items()):
            start = o["website"]
            dist = {start: 0}
            q = deque([start])
            org_hosts = set()
            while q:
                u = q.popleft()
                if dist[u] >= 5:
                    continue
                host = urlsplit(u).netloc
                if dist[u] > 0 and host not in org_hosts and not host.endswith(urlsplit(start).netloc.replace("www.", "")):
                    continue
                org_hosts.add(host)
                for l in clickable(u):
                    if l not in dist:
                        dist[l] = dist[u] + 1
                        q.append(l)
            for r in labels:
                if r["org_code"] != code or not r["product_url"]:
                    continue
                if r["product_url"] not in dist:
                    errors.append("unreachable from %s: %s (%s)" % (start, r["product_url"], r["product_key"]))
            # route reachable from product page (3 hops, any host)
            for r in labels:
                if r["org_code"] != code or not r["route_url"]:
                    continue
                d2 = {r["product_url"]: 0}
                q2 = deque([r["product_url"]])
                found = r["route_url"] == r["product_url"]
                while q2 and not found:
                    u = q2.popleft()
                    if d2[u] >= 3:
                        continue
                    for l in clickable(u):
                        if l == r["route_url"]:
                            found = True
                            break
                        if l not in d2:
                            d2[l] = d2[u] + 1
                            q2.append(l)
                if not found and "fetch" not in r["notes"] and "JavaScript" not in r["notes"]:
                    errors.append("route not reachable from product page: %s %s %s" % (code, r["product_key"], r["route_url"]))
        print("4. reachability checked for %d organisations" % len(orgs))

        # 5. PDFs
        try:
            import pypdf  # noqa: F401
            have_pypdf = True
        except ImportError:
            have_pypdf = False
        n = 0
        for f in sorted(root.rglob("*.pdf")):
            data = f.read_bytes()
            n += 1
            if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
                errors.append("bad pdf " + str(f))
            if have_pypdf:
                import io
                import pypdf
                try:
                    rd = pypdf.PdfReader(io.BytesIO(data), strict=True)
                    "".join(p.extract_text() for p in rd.pages)
                except Exception as e:  # noqa: BLE001
                    errors.append("pypdf cannot read %s: %s" % (f, e))
        print("5. PDFs checked: %d (pypdf: %s)" % (n, have_pypdf))

        # 6. JavaScript-built forms
        if chromium:
            js_urls = sorted(set(r["route_url"] for r in labels if "JavaScript" in r["notes"] and r["route_url"]))
            for u in js_urls:
                st, loc, body, ct = fetch(op, u)
                static = body.decode("utf-8", "replace")
                out = subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu", "--proxy-server=" + proxy,
                                      "--virtual-time-budget=8000", "--dump-dom", u], capture_output=True, text=True, timeout=90).stdout
                has_login = "Inloggen met" in out
                has_form = "<form" in out
                static_form = re.search(r"<form\b", re.sub(r"<script.*?</script>", "", static, flags=re.S))
                if not (has_login or has_form):
                    errors.append("JS form did not render: %s" % u)
                if "Inloggen met" in re.sub(r"<script.*?</script>", "", static, flags=re.S) or (static_form and "openforms" in static and "open-forms-sdk-root" in static and "embed" not in u):
                    errors.append("JS form has static content: %s" % u)
            print("6. JavaScript forms rendered with Chromium: %d" % len(js_urls))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "%d errors" % len(errors))
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
