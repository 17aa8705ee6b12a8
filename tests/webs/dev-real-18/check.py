#!/usr/bin/env python3
"""Check web-dev18.

    python3 check.py [WEBDIR] [--chromium]

1. Offline: labels.csv is complete (one row per organisation x applicable product), levels and
   statuses are valid, every PDF is a PDF, every internal link/iframe/form/onclick target of every
   HTML page resolves (file, redirect, host redirect, site search or soft 404), and every labelled
   product_url is reachable from its organisation's start URL, every route_url from its product_url.
2. Served: starts `digimeter testweb serve --root WEBDIR` and requests every organisation start
   URL, product_url and route_url through the proxy: it must answer 200, or redirect (possibly in
   a chain) to a page answering 200 or to an identity provider (login start).
3. --chromium: renders the JavaScript-built pages in headless Chromium through the proxy and checks
   that the form / login button appears only after the script ran.
Exit status 0 when everything passes.
"""
import csv
import json
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DIGIMETER = "/work/main/.venv/bin/digimeter"
IDP_HOSTS = {"digid.test", "broker.signicat.test", "eherkenning.kpn.test"}
LEVELS = {"0", "33", "67", "100"}

errors = []


def err(msg):
    errors.append(msg)
    if len(errors) <= 60:
        print("ERROR:", msg)


class Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.base = None
        self.links = []
        self.forms = []
        self.scripts = []
        self._in_script = False
        self._form = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag in ("a", "link", "area") and a.get("href"):
            self.links.append(a["href"])
        if tag in ("iframe", "img", "script") and a.get("src"):
            self.links.append(a["src"])
        if tag == "form":
            self._form = {"action": a.get("action", ""), "method": (a.get("method") or "get").lower(), "hidden": []}
            self.forms.append(self._form)
        if tag == "input" and self._form is not None and a.get("type") == "hidden":
            self._form["hidden"].append((a.get("name", ""), a.get("value", "")))
        oc = a.get("onclick") or ""
        m = re.search(r"location\.href\s*=\s*'([^']+)'", oc)
        if m:
            self.links.append(m.group(1))
        if tag == "script":
            self._in_script = True

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False
        if tag == "form":
            self._form = None

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)


def load_web(root):
    files = {}
    sites = root / "sites"
    for p in sites.rglob("*"):
        if p.is_file():
            rel = p.relative_to(sites).as_posix()
            host, _, path = rel.partition("/")
            files[(host, path)] = p
    manifest = json.loads((root / "testweb.json").read_text(encoding="utf-8"))
    return files, manifest["behaviours"]


class Resolver:
    def __init__(self, root):
        self.files, self.beh = load_web(root)
        self.redirects = {r["url"]: r["location"] for r in self.beh.get("redirects", [])}
        self.host_redirects = {r["host"]: r["to"] for r in self.beh.get("host_redirects", [])}
        self.soft404 = {r["host"] for r in self.beh.get("not_found_pages", []) if r["status"] == 200}
        self.searches = {(r["host"], r["path"]) for r in self.beh.get("searches", [])}
        self.hosts = {h for h, _ in self.files}

    def lookup(self, url):
        """-> ('file', Path) | ('redirect', location) | ('search', None) | ('soft404', None) | (None, None)"""
        u = urllib.parse.urlsplit(url)
        host, path, query = u.hostname or "", u.path or "/", u.query
        if host in self.host_redirects:
            return "redirect", urllib.parse.urlunsplit(("http", self.host_redirects[host], path, query, ""))
        plain = f"http://{host}{path}"
        if plain in self.redirects:
            return "redirect", self.redirects[plain]
        if (host, path) in self.searches:
            return "search", None
        fp = path[1:]
        if fp == "" or fp.endswith("/"):
            fp += "index.html"
        if query and (host, fp + "?" + query) in self.files:
            return "file", self.files[(host, fp + "?" + query)]
        if query and fp.endswith("index.html") and (host, fp + "?" + query) in self.files:
            return "file", self.files[(host, fp + "?" + query)]
        if (host, fp) in self.files:
            return "file", self.files[(host, fp)]
        if host in self.soft404:
            return "soft404", None
        return None, None

    def final(self, url, depth=0):
        kind, val = self.lookup(url)
        if kind == "redirect" and depth < 6:
            if urllib.parse.urlsplit(val).hostname in IDP_HOSTS:
                return "idp", val
            return self.final(val, depth + 1)
        return kind, val if kind != "file" else val


def page_links(url, path, resolver):
    raw = path.read_bytes()
    if raw[:5] == b"%PDF-" or raw[:2] == b"PK":
        return []
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return []
    if "<" not in text:
        return []
    p = Links()
    p.feed(text)
    base = p.base or url
    out = []
    for h in p.links:
        if h.startswith(("mailto:", "tel:", "#", "javascript:")):
            continue
        out.append(urllib.parse.urljoin(base, h).split("#")[0])
    for f in p.forms:
        action = urllib.parse.urljoin(base, f["action"] or url)
        if f["method"] == "get":
            q = urllib.parse.urlencode(f["hidden"]) if f["hidden"] else ""
            out.append(action + ("?" + q if q else ""))
        else:
            out.append(action)
    for s in p.scripts:
        for m in re.finditer(r"""(?:href=\\?["']|\[\[?["']|a\.href\s*=\s*["']|\.src\s*=\s*["'])(http://[^"'\\]+|/[^"'\\]+)""", s):
            out.append(urllib.parse.urljoin(base, m.group(1)))
    return out


def offline(root):
    res = Resolver(root)
    labels = list(csv.DictReader(open(root / "labels.csv", encoding="utf-8")))
    orgs = list(csv.DictReader(open(root / "organisations.csv", encoding="utf-8")))
    products = list(csv.DictReader(open(HERE / "products.csv", encoding="utf-8")))
    # 1. completeness and values
    seen = {(r["org_code"], r["product_key"]) for r in labels}
    if len(seen) != len(labels):
        err("duplicate label rows")
    for o in orgs:
        for p in products:
            if o["org_type"] == "gemeente" and "G" in p["org_types"] and (o["code"], p["product_key"]) not in seen:
                err(f"missing row {o['code']} {p['product_key']}")
    for r in labels:
        st = r["status"]
        if st not in ("ok", "not_offered", "not_found", "unreachable"):
            err(f"bad status {r}")
        if st == "ok":
            if r["level"] not in LEVELS or r["level_strict"] not in LEVELS:
                err(f"bad level {r['org_code']} {r['product_key']}")
            if r["level"] != "0" and not r["route_url"]:
                err(f"no route_url {r['org_code']} {r['product_key']}")
            if r["level"] == "0" and r["route_url"]:
                err(f"route_url on level 0 {r['org_code']} {r['product_key']}")
            if int(r["level_strict"]) > int(r["level"]) or (r["level"] != "100" and r["level_strict"] != r["level"]):
                err(f"bad level_strict {r['org_code']} {r['product_key']}")
        elif r["level"] or r["route_url"]:
            err(f"level/route on non-ok row {r['org_code']} {r['product_key']}")
        if st in ("ok", "not_offered") and not r["product_url"]:
            err(f"no product_url {r['org_code']} {r['product_key']}")
    # 2. documents
    for (h, p), fp in sorted(res.files.items()):
        if p.endswith(".pdf"):
            b = fp.read_bytes()
            if not (b.startswith(b"%PDF-") and b.rstrip().endswith(b"%%EOF")):
                err(f"bad pdf {h}/{p}")
    # 3. links
    graph = {}
    n_links = 0
    stale = set()
    for r in labels:
        for m in re.finditer(r"links to (\S+?)[,;]? ", r["notes"]):
            stale.add(m.group(1))
    for (h, p), fp in sorted(res.files.items()):
        if p.endswith((".pdf", ".docx", ".odt", ".svg", ".txt", ".xml", ".css")):
            continue
        path = "/" + (p[:-len("index.html")] if p.endswith("index.html") and "?" not in p else p)
        url = f"http://{h}{path}"
        links = page_links(url, fp, res)
        graph[url] = links
        for l in links:
            n_links += 1
            kind, val = res.final(l)
            up = urllib.parse.urlsplit(l)
            is_stale = up.path + ("?" + up.query if up.query else "") in stale
            if kind is None and not is_stale:
                err(f"broken link {url} -> {l}")
            elif kind == "soft404" and not is_stale:
                err(f"link to soft 404 {url} -> {l}")
    # sitemap links
    for (h, p), fp in sorted(res.files.items()):
        if p.endswith(".xml") and "sitemap" in p:
            for loc in re.findall(r"<loc>([^<]+)</loc>", fp.read_text(encoding="utf-8")):
                loc = loc.replace("&amp;", "&")
                kind, _ = res.final(loc)
                up = urllib.parse.urlsplit(loc)
                if kind not in ("file", "search") and up.path + ("?" + up.query if up.query else "") not in stale:
                    err(f"sitemap {h}: {loc} -> {kind}")

    # 4. reachability (BFS over links; redirects followed)
    def norm(u):
        kind, val = res.final(u)
        if kind == "file":
            rel = val.relative_to(root / "sites").as_posix()
            host, _, path = rel.partition("/")
            if path.endswith("index.html") and "?" not in path:
                path = path[:-len("index.html")]
            return f"http://{host}/{path}"
        if kind == "idp":
            return "IDP"
        return None

    def bfs(start, maxd):
        dist = {}
        s = norm(start)
        if s is None:
            return dist
        dq = deque([(s, 0)])
        dist[s] = 0
        while dq:
            u, d = dq.popleft()
            if d >= maxd:
                continue
            for l in graph.get(u, []):
                v = norm(l)
                if v and v not in dist:
                    dist[v] = d + 1
                    dq.append((v, d + 1))
        return dist

    site_dist = {o["code"]: bfs(o["website"], 6) for o in orgs}
    for r in labels:
        if r["product_url"]:
            pu = norm(r["product_url"])
            if pu is None:
                err(f"product_url does not resolve {r['product_url']}")
            elif pu not in site_dist[r["org_code"]]:
                err(f"product_url not reachable from start URL {r['org_code']} {r['product_key']} {r['product_url']}")
        if r["route_url"]:
            d = bfs(r["product_url"], 3)
            ru = norm(r["route_url"])
            if ru is None:
                err(f"route_url does not resolve {r['route_url']}")
            elif ru not in d and not (ru == "IDP" and "IDP" in d):
                err(f"route_url not reachable from product_url {r['org_code']} {r['product_key']} {r['route_url']}")
    print(f"offline: {len(labels)} rows, {len(graph)} html pages, {n_links} links checked")
    return labels, orgs


def serve(root):
    proc = subprocess.Popen([DIGIMETER, "testweb", "serve", "--root", str(root)], stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    line = proc.stdout.readline()
    m = re.search(r"proxy (http://127\.0\.0\.1:\d+)", line)
    if not m:
        proc.terminate()
        raise SystemExit(f"server did not start: {line}")
    return proc, m.group(1)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def fetch(opener, url):
    try:
        r = opener.open(url, timeout=20)
        return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def served(root, labels, orgs):
    proc, proxy = serve(root)
    try:
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect)

        def check(url, what):
            cur = url
            for _ in range(6):
                st, hd, body = fetch(opener, cur)
                if st == 200:
                    if b"Pagina niet gevonden" in body[:4000] and what != "start":
                        err(f"{what} is a soft 404: {url}")
                    return
                if st in (301, 302, 303, 307, 308):
                    loc = urllib.parse.urljoin(cur, hd["Location"])
                    if urllib.parse.urlsplit(loc).hostname in IDP_HOSTS:
                        return
                    cur = loc
                    continue
                err(f"{what} answers {st}: {url}")
                return
            err(f"{what} redirect chain too long: {url}")

        n = 0
        for o in orgs:
            check(o["website"], "start")
            n += 1
        for r in labels:
            for col in ("product_url", "route_url"):
                if r[col]:
                    check(r[col], col)
                    n += 1
        print(f"served: {n} URLs requested through {proxy}")
        return proxy, proc
    except Exception:
        proc.terminate()
        raise


def chromium(proxy, labels, root):
    js_pages = set()
    for r in labels:
        if "formulieren.sittard-geleen.test" in r["route_url"] or "formulieren.ermelo.test" in r["route_url"] \
                or "formulieren.hengelo.test" in r["route_url"]:
            js_pages.add(r["route_url"])
    n = 0
    for url in sorted(js_pages)[:12]:
        out = subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
                              f"--proxy-server={proxy}", "--dump-dom", url], capture_output=True, text=True, timeout=60)
        dom = out.stdout
        raw = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy})).open(url).read().decode()
        static_has = "<form" in raw.split("<script")[0] or "Inloggen met" in raw.split("<script")[0]
        if static_has:
            err(f"JS page has static form/login: {url}")
        if not ("<form" in dom or "Inloggen met" in dom):
            err(f"JS page renders no form/login: {url}")
        n += 1
    print(f"chromium: {n} JavaScript-built pages rendered")


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    root = Path(args[0]) if args else HERE / "web"
    labels, orgs = offline(root)
    proxy, proc = served(root, labels, orgs)
    try:
        if "--chromium" in sys.argv:
            chromium(proxy, labels, root)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"{len(errors)} error(s)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
