#!/usr/bin/env python3
"""Check the generated web: serve it with digimeter's test server and verify it through the proxy.

    python3 check.py [WEBDIR] [--chromium]

1. labels.csv is complete and consistent (one row per organisation x applicable product,
   level/status/route rules, "Trap:" notes share).
2. every labelled product_url and route_url answers 200 (a login start may answer 302 to an
   identity provider) and no product page is a soft 404.
3. a breadth-first walk from every organisation's website (anchors, iframes, GET forms with
   their hidden fields, onclick location.href, meta refresh, <base href> honoured) finds no
   broken link, no link outside .test, and reaches every product_url and route_url.
4. every PDF parses (pypdf if available in /work/main/.venv, else a structural check); form
   PDFs have AcroForm fields.
5. with --chromium: JavaScript-only form pages have no static form/login but get one
   after rendering in headless Chromium.
Exit 0 when all checks pass.
"""
from __future__ import annotations

import csv
import html
import json
import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections import deque
from pathlib import Path

HERE = Path(__file__).resolve().parent
DIGIMETER = "/work/main/.venv/bin/digimeter"
IDP_HOSTS = ("digid.test", "eherkenning.signicat.test", "eh.digidentity.test")

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)
    if len(errors) <= 60:
        print("ERROR", msg)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def opener(proxy: str):
    return urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect)


CACHE: dict[str, tuple[int, str, bytes]] = {}


def fetch(op, url: str) -> tuple[int, str, bytes]:
    if url in CACHE:
        return CACHE[url]
    try:
        r = op.open(url, timeout=20)
        res = (r.status, r.headers.get("Location", ""), r.read())
    except urllib.error.HTTPError as e:
        res = (e.code, e.headers.get("Location", "") or "", e.read() if e.fp else b"")
    except Exception as e:  # noqa: BLE001
        res = (0, str(e), b"")
    CACHE[url] = res
    return res


def resolve(op, url: str, hops: int = 5) -> tuple[int, str, bytes, list[str]]:
    """Follow redirects; stop at identity providers. Returns (status, final_url, body, chain)."""
    chain = [url]
    for _ in range(hops):
        st, loc, body = fetch(op, url)
        if st in (301, 302, 303, 307, 308) and loc:
            url = urllib.parse.urljoin(url, loc)
            chain.append(url)
            if urllib.parse.urlsplit(url).hostname in IDP_HOSTS:
                return 302, url, b"", chain
            continue
        return st, url, body, chain
    return 0, url, b"", chain


def links(url: str, body: bytes) -> list[str]:
    text = body.decode("utf-8", errors="replace")
    base = url
    m = re.search(r'<base\s+href="([^"]+)"', text, re.I)
    if m:
        base = urllib.parse.urljoin(url, m.group(1))
    out = []
    for m in re.finditer(r'<(?:a|link|iframe|img|script)\b[^>]*?\b(?:href|src)="([^"]*)"', text, re.I):
        out.append(m.group(1))
    for m in re.finditer(r"location\.href\s*=\s*'([^']+)'", text):
        out.append(m.group(1))
    for m in re.finditer(r'http-equiv="refresh"[^>]*content="\d+;\s*url=([^"]+)"', text, re.I):
        out.append(m.group(1))
    for fm in re.finditer(r"<form\b([^>]*)>(.*?)</form>", text, re.I | re.S):
        attrs, inner = fm.group(1), fm.group(2)
        if re.search(r'method="post"', attrs, re.I):
            continue
        am = re.search(r'action="([^"]*)"', attrs)
        action = am.group(1) if am else url
        hidden = re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', inner)
        visible = re.findall(r'<input (?![^>]*type="(?:hidden|submit)")[^>]*name="([^"]+)"', inner)
        if visible and not hidden:
            continue   # a search form: needs user input
        q = urllib.parse.urlencode(hidden)
        out.append(action + ("?" + q if q else ""))
    res = []
    for h in out:
        h = html.unescape(h).strip()
        if not h or h.startswith(("mailto:", "tel:", "#", "javascript:")):
            continue
        absu = urllib.parse.urljoin(base, h).split("#", 1)[0]
        res.append(absu)
    return res


def check_pdf(path: Path) -> None:
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
        err(f"not a PDF: {path}")
        return
    try:
        import pypdf  # type: ignore
    except ImportError:
        return
    try:
        r = pypdf.PdfReader(str(path), strict=True)
        text = "".join(p.extract_text() or "" for p in r.pages)
        if len(text) < 20:
            err(f"PDF without text: {path}")
        if "aanvraagformulier" in path.name or "formulier" in path.name:
            if not r.get_fields():
                err(f"form PDF without fields: {path}")
    except Exception as e:  # noqa: BLE001
        err(f"pypdf cannot read {path}: {e}")


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    use_chromium = "--chromium" in sys.argv
    web = Path(args[0]) if args else HERE / "web"
    sys.path.insert(0, str(HERE))
    prods = {}
    with open(HERE / "products.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            prods[r["product_key"]] = r
    orgs = list(csv.DictReader(open(web / "organisations.csv", encoding="utf-8")))
    labels = list(csv.DictReader(open(web / "labels.csv", encoding="utf-8")))

    # 1. label consistency
    want = {(o["code"], pk) for o in orgs for pk, p in prods.items() if "G" in p["org_types"] and o["org_type"] == "gemeente"}
    have = [(r["org_code"], r["product_key"]) for r in labels]
    if set(have) != want or len(have) != len(set(have)):
        err(f"label rows do not match organisation x applicable product ({len(have)} vs {len(want)})")
    for r in labels:
        k = f'{r["org_code"]}/{r["product_key"]}'
        if r["status"] == "ok":
            if r["level"] not in ("0", "33", "67", "100") or not r["product_url"]:
                err(f"{k}: ok row without level or product_url")
            if (r["level"] == "0") != (r["route_url"] == ""):
                err(f"{k}: route_url must be empty exactly for level 0")
            if r["level_strict"] == "100" and r["level"] != "100":
                err(f"{k}: strict 100 with level {r['level']}")
            if r["level"] == "100" and r["level_strict"] not in ("67", "100"):
                err(f"{k}: bad level_strict")
        else:
            if r["level"] or r["route_url"] or r["level_strict"]:
                err(f"{k}: non-ok row with level/route")
            if r["status"] == "not_offered" and not r["product_url"]:
                err(f"{k}: not_offered without the page that says so")
        if not r["notes"]:
            err(f"{k}: empty notes")
    pages = [r for r in labels if r["status"] in ("ok", "not_offered")]
    share = sum("Trap:" in r["notes"] for r in pages) / max(1, len(pages))
    print(f"labels: {len(labels)} rows; product pages with a trap: {share:.0%}")
    if share < 0.6:
        err("fewer than 60 % of product pages have a trap")

    # serve
    proc = subprocess.Popen([DIGIMETER, "testweb", "serve", "--root", str(web)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        line = proc.stdout.readline()
        m = re.search(r"proxy (http://\S+)", line)
        if not m:
            print("server did not start:", line, proc.stdout.read())
            return 2
        proxy = m.group(1)
        op = opener(proxy)

        # 2. labelled URLs
        for r in labels:
            for col in ("product_url", "route_url"):
                u = r[col]
                if not u:
                    continue
                st, final, body, chain = resolve(op, u)
                if st != 200 and not (st == 302 and urllib.parse.urlsplit(final).hostname in IDP_HOSTS):
                    err(f'{r["org_code"]}/{r["product_key"]} {col} {u} -> {st}')
                if col == "product_url" and b"Pagina niet gevonden" in body:
                    err(f'{r["org_code"]}/{r["product_key"]} product_url is a soft 404')
                if r["status"] == "ok" and r["via"] and col == "route_url" and urllib.parse.urlsplit(final).hostname != r["via"]:
                    err(f'{r["org_code"]}/{r["product_key"]} route_url not on via host')

        # 3. walk
        targets = {r[c] for r in labels for c in ("product_url", "route_url") if r[c]}
        seen: dict[str, int] = {}
        broken = []
        for o in orgs:
            q = deque([(o["website"], 0)])
            local: set[str] = set()
            while q:
                u, d = q.popleft()
                if u in local:
                    continue
                local.add(u)
                host = urllib.parse.urlsplit(u).hostname or ""
                if not host.endswith(".test"):
                    err(f"link outside .test: {u}")
                    continue
                st, final, body, chain = resolve(op, u)
                for c in chain:
                    seen[c] = min(seen.get(c, 99), d)
                if st == 302:
                    continue
                if st != 200:
                    broken.append((u, st))
                    continue
                if b"Pagina niet gevonden" in body:
                    continue
                seen[final] = min(seen.get(final, 99), d)
                if d >= 7 or not body[:200].lstrip().lower().startswith((b"<!doctype", b"<html", b"<?xml")):
                    continue
                if urllib.parse.urlsplit(final).hostname in IDP_HOSTS or final.endswith((".css", ".svg", ".js", ".mjs")):
                    continue
                for nu in links(final, body):
                    if nu not in local:
                        q.append((nu, d + 1))
        for u, st in sorted(set(broken)):
            err(f"broken link {u} -> {st}")
        unreached = sorted(t for t in targets if t not in seen)
        for t in unreached:
            err(f"labelled URL not reachable from the homepage: {t}")
        print(f"walk: {len(seen)} URLs reached, {len(set(broken))} broken, {len(unreached)} labelled URLs unreached")

        # 4. documents
        n = 0
        for f in sorted((web / "sites").rglob("*.pdf")):
            check_pdf(f)
            n += 1
        print(f"PDFs checked: {n}")

        # 5. JS-only pages
        if use_chromium:
            js_pages = sorted({r["route_url"] for r in labels if "only after JavaScript" in r["notes"] and r["route_url"]})
            for u in js_pages[:12]:
                st, final, body, _ = resolve(op, u)
                static = body.decode("utf-8", "replace")
                static_wo_script = re.sub(r"<script.*?</script>", "", static, flags=re.S)
                if "Inloggen met" in static_wo_script or "<form" in static_wo_script:
                    err(f"JS page has static form/login: {u}")
                dom = subprocess.run(["/usr/bin/chromium", "--headless", "--no-sandbox", f"--proxy-server={proxy}", "--virtual-time-budget=3000", "--dump-dom", u],
                                     capture_output=True, text=True, timeout=90).stdout
                if not ("Inloggen met" in dom or "<form" in dom):
                    err(f"JS page renders no form/login: {u}")
            print(f"JS pages rendered: {min(12, len(js_pages))}")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print("OK" if not errors else f"{len(errors)} errors")
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
