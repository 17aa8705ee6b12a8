#!/usr/bin/env python3
"""Check the dev20 web: serve it with digimeter's test server and verify it.

Usage: python3 check.py [WEBDIR] [--browser]

1. labels.csv: one row per organisation x applicable G product, valid statuses and levels,
   route_url empty exactly for level 0, "Trap:" on at least 60 % of the product pages.
2. Through the proxy: every product_url answers 200; every route_url answers 200, or a
   redirect to an identity provider (login starts); every organisation's start URL answers
   200 or a redirect to its canonical host; soft-404 hosts answer 200 "Pagina niet gevonden".
3. Offline: every link, src, iframe, GET-form action and onclick target on a .test host in
   every HTML page resolves to a file, a redirect, a host redirect or a site search; the only
   dead links allowed are the stale A-Z entries of products labelled not_found.
4. Documents: every PDF starts with %PDF- and ends with %%EOF (and opens with pypdf when it
   is installed); every DOCX is a valid zip.
5. --browser: the JavaScript-built routes are rendered in headless Chromium through the proxy
   and must then show a login button or form fields.
Exit status 0 when everything passes.
"""
from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
DIGIMETER = "/work/main/.venv/bin/digimeter"
CHROMIUM = "/usr/bin/chromium"
PRODUCTS_CSV = HERE / "products.csv"
IDP_HOSTS = {"digid.test", "eherkenning-makelaar.test", "login.eh-connect.test"}

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)
    print("FAIL", msg)


# ---------------------------------------------------------------------------
# 1. labels
# ---------------------------------------------------------------------------

def check_labels(root: Path) -> list[dict]:
    with open(PRODUCTS_CSV, newline="", encoding="utf-8") as f:
        gkeys = [r["product_key"] for r in csv.DictReader(f) if "G" in r["org_types"]]
    with open(root / "organisations.csv", newline="", encoding="utf-8") as f:
        orgs = list(csv.DictReader(f))
    with open(root / "labels.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    want = {(o["code"], pk) for o in orgs for pk in gkeys}
    have = [(r["org_code"], r["product_key"]) for r in rows]
    if set(have) != want or len(have) != len(want):
        err(f"labels: expected {len(want)} distinct rows, got {len(have)}")
    unreachable = {r["org_code"] for r in rows if r["status"] == "unreachable"}
    if len(unreachable) > 1:
        err("labels: more than one unreachable organisation")
    pages = 0
    trapped = 0
    for r in rows:
        st, lv = r["status"], r["level"]
        key = f"{r['org_code']}/{r['product_key']}"
        if st not in ("ok", "not_offered", "not_found", "unreachable"):
            err(f"{key}: bad status {st}")
        if st == "ok":
            if lv not in ("0", "33", "67", "100"):
                err(f"{key}: bad level {lv}")
            if not r["product_url"]:
                err(f"{key}: ok without product_url")
            if (lv == "0") != (r["route_url"] == ""):
                err(f"{key}: route_url must be empty exactly for level 0")
            strict = r["level_strict"]
            if lv == "100" and strict not in ("67", "100"):
                err(f"{key}: level_strict {strict}")
            if lv != "100" and strict != lv:
                err(f"{key}: level_strict {strict} != level {lv}")
        else:
            if lv or r["level_strict"] or r["route_url"]:
                err(f"{key}: {st} row with level/route")
        if st == "not_offered" and not r["product_url"]:
            err(f"{key}: not_offered without the page that says so")
        if not r["notes"]:
            err(f"{key}: empty notes")
        if st in ("ok", "not_offered"):
            pages += 1
            trapped += "Trap:" in r["notes"]
    share = trapped / pages if pages else 0
    print(f"labels: {len(rows)} rows; product pages {pages}, with a trap {trapped} ({share:.0%})")
    if share < 0.60:
        err(f"trap share {share:.0%} < 60 %")
    return rows


# ---------------------------------------------------------------------------
# 2. through the proxy
# ---------------------------------------------------------------------------

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def start_server(root: Path):
    p = subprocess.Popen([DIGIMETER, "testweb", "serve", "--root", str(root), "--port", "0"],
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    for _ in range(200):
        line = p.stdout.readline()
        if not line:
            break
        m = re.search(r"proxy (http://127\.0\.0\.1:\d+)", line)
        if m:
            return p, m.group(1)
    p.terminate()
    raise SystemExit("server did not start")


def fetch(opener, url: str):
    try:
        with opener.open(url, timeout=20) as resp:
            return resp.status, resp.headers.get("Location", ""), resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Location", ""), e.read() if e.fp else b""


def check_served(root: Path, rows: list[dict], proxy: str) -> None:
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect)
    manifest = json.loads((root / "testweb.json").read_text(encoding="utf-8"))
    beh = manifest.get("behaviours", {})
    checked = {}

    def ok_or_idp(url: str, what: str, allow_idp: bool):
        if url in checked:
            return
        st, loc, body = fetch(opener, url)
        checked[url] = st
        if st == 200:
            return
        if allow_idp and st in (301, 302, 303, 307) and urllib.parse.urlsplit(loc).hostname in IDP_HOSTS:
            return
        err(f"{what} {url}: status {st} {loc}")

    for r in rows:
        if r["product_url"]:
            ok_or_idp(r["product_url"], f"{r['org_code']}/{r['product_key']} product_url", False)
        if r["route_url"]:
            ok_or_idp(r["route_url"], f"{r['org_code']}/{r['product_key']} route_url", True)
    with open(root / "organisations.csv", newline="", encoding="utf-8") as f:
        for o in csv.DictReader(f):
            st, loc, _ = fetch(opener, o["website"])
            if st in (301, 302):
                st, loc, _ = fetch(opener, loc)
            if st != 200:
                err(f"{o['code']} website {o['website']}: {st}")
    for nf in beh.get("not_found_pages", []):
        st, _, body = fetch(opener, f"http://{nf['host']}/deze-pagina-bestaat-niet-xyz")
        if st != nf["status"] or b"niet gevonden" not in body.lower():
            err(f"not-found page of {nf['host']}: status {st}")
    for s in beh.get("searches", []):
        st, _, body = fetch(opener, f"http://{s['host']}{s['path']}?{s['param']}=paspoort")
        if st != 200:
            err(f"search {s['host']}: {st}")
    print(f"served: {len(checked)} labelled URLs fetched through {proxy}")


# ---------------------------------------------------------------------------
# 3. offline link check
# ---------------------------------------------------------------------------

class Links(HTMLParser):
    """Collects what a person can click: anchors, src, iframes, GET forms (with hidden fields), onclick."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.base = None
        self.links: list[tuple[str, str]] = []
        self._form = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "base" and a.get("href"):
            self.base = a["href"]
        if tag in ("a", "link") and a.get("href"):
            self.links.append((tag, a["href"]))
        if tag in ("img", "iframe", "script") and a.get("src"):
            self.links.append((tag, a["src"]))
        if tag == "form":
            if (a.get("method") or "get").lower() == "get" and a.get("action"):
                self._form = [a["action"], []]
        if tag == "input" and self._form is not None and (a.get("type") or "") == "hidden":
            self._form[1].append((a.get("name") or "", a.get("value") or ""))
        oc = a.get("onclick") or ""
        m = re.search(r"location\.href\s*=\s*'([^']+)'", oc)
        if m:
            self.links.append(("onclick", m.group(1)))

    def handle_endtag(self, tag):
        if tag == "form" and self._form is not None:
            action, hidden = self._form
            q = urllib.parse.urlencode(hidden)
            self.links.append(("form", action + ("?" + q if q else "")))
            self._form = None


def resolve_static(root: Path, url: str, beh: dict, sites: set[str]) -> bool:
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    path = parts.path or "/"
    redirects = {r["url"] for r in beh.get("redirects", [])}
    hostred = {h["host"] for h in beh.get("host_redirects", [])}
    if host in hostred:
        return True
    if f"http://{host}{path}" in redirects:
        return True
    for s in beh.get("searches", []):
        if s["host"] == host and s["path"] == path:
            return True
    if host not in sites:
        return False
    base = root / "sites" / host
    rel = path.lstrip("/")
    cand = []
    if path.endswith("/"):
        if parts.query:
            cand.append(base / (rel + "index.html?" + parts.query))
        cand.append(base / (rel + "index.html"))
    else:
        if parts.query:
            cand.append(base / (rel + "?" + parts.query))
        cand.append(base / rel)
    return any(c.is_file() for c in cand)


def check_links(root: Path, rows: list[dict]) -> None:
    beh = json.loads((root / "testweb.json").read_text(encoding="utf-8")).get("behaviours", {})
    sites = {p.name for p in (root / "sites").iterdir()}
    dead = []
    n = 0
    for f in sorted((root / "sites").rglob("*")):
        if not f.is_file() or f.suffix in (".pdf", ".docx", ".svg", ".xml", ".txt", ".mjs"):
            continue
        data = f.read_bytes()
        if data.startswith(b"%PDF") or data.startswith(b"PK"):
            continue
        host = f.relative_to(root / "sites").parts[0]
        rel = "/".join(f.relative_to(root / "sites" / host).parts)
        if rel.endswith("index.html"):
            rel = rel[: -len("index.html")]
        page_url = f"http://{host}/{rel}"
        p = Links()
        p.feed(data.decode("utf-8", errors="replace"))
        base = p.base or page_url
        for tag, href in p.links:
            if href.startswith(("mailto:", "tel:", "#", "javascript:")):
                continue
            target = urllib.parse.urljoin(base, href).split("#")[0]
            if not target.startswith("http://"):
                continue
            n += 1
            if not resolve_static(root, target, beh, sites):
                dead.append((page_url, target))
    stale_allowed = sum(1 for r in rows if "A-Z list still links" in r["notes"])
    stale_targets = {t for _, t in dead}
    print(f"links: {n} checked, {len(dead)} dead ({len(stale_targets)} distinct targets; "
          f"{stale_allowed} stale A-Z entries expected)")
    if len(stale_targets) > stale_allowed:
        for src, t in dead[:40]:
            print("   dead:", src, "->", t)
        err(f"{len(stale_targets)} dead link targets, only {stale_allowed} allowed")
    # dead links may only come from A-Z pages
    for src, t in dead:
        if not re.search(r"a-z|A-Z|/producten(/|$|\?)|a-tot-z|onderwerpen-a-z", src):
            err(f"dead link outside an A-Z page: {src} -> {t}")


# ---------------------------------------------------------------------------
# 4. documents
# ---------------------------------------------------------------------------

def check_docs(root: Path) -> None:
    try:
        import pypdf  # noqa: F401
        have_pypdf = True
    except Exception:
        have_pypdf = False
    n_pdf = n_docx = 0
    for f in sorted((root / "sites").rglob("*")):
        if not f.is_file():
            continue
        head = f.read_bytes()[:5]
        if head == b"%PDF-":
            n_pdf += 1
            data = f.read_bytes()
            if not data.rstrip().endswith(b"%%EOF"):
                err(f"{f}: PDF without %%EOF")
            if have_pypdf:
                import io
                import pypdf
                try:
                    rd = pypdf.PdfReader(io.BytesIO(data), strict=True)
                    _ = rd.pages[0].extract_text()
                except Exception as e:  # pragma: no cover
                    err(f"{f}: pypdf: {e}")
        elif f.suffix == ".docx":
            n_docx += 1
            try:
                with zipfile.ZipFile(f) as z:
                    z.read("word/document.xml")
            except Exception as e:
                err(f"{f}: bad docx {e}")
    print(f"documents: {n_pdf} PDF, {n_docx} DOCX" + (" (pypdf strict ok)" if have_pypdf else ""))


# ---------------------------------------------------------------------------
# 5. JavaScript-built routes in a browser
# ---------------------------------------------------------------------------

def check_browser(rows: list[dict], proxy: str) -> None:
    js_rows = [r for r in rows if "built by JavaScript" in r["notes"] and r["route_url"]]
    seen = set()
    for r in js_rows:
        u = r["route_url"]
        if u in seen:
            continue
        seen.add(u)
        out = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--proxy-server={proxy}",
                              "--dump-dom", u], capture_output=True, text=True, timeout=60).stdout
        if "Inloggen met" not in out and "<form" not in out:
            err(f"browser: {u} shows no login button or form after JavaScript")
    n_js = 0
    for r in rows:
        if "written by JavaScript" in r["notes"] and r["product_url"] not in seen:
            seen.add(r["product_url"])
            n_js += 1
            out = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", f"--proxy-server={proxy}",
                                  "--dump-dom", r["product_url"]], capture_output=True, text=True, timeout=60).stdout
            if r["route_url"] not in out:
                err(f"browser: {r['product_url']} has no link to {r['route_url']} after JavaScript")
    print(f"browser: {len(seen) - n_js} JavaScript-built routes and {n_js} script-written calls to action rendered")


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    root = Path(args[0]) if args else HERE / "web"
    rows = check_labels(root)
    check_docs(root)
    check_links(root, rows)
    proc, proxy = start_server(root)
    try:
        check_served(root, rows, proxy)
        if "--browser" in argv:
            check_browser(rows, proxy)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    size = sum(f.stat().st_size for f in root.rglob("*") if f.is_file())
    print(f"size: {size / 1e6:.1f} MB")
    if size > 15e6:
        err("web larger than 15 MB")
    print("OK" if not errors else f"{len(errors)} problem(s)")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
