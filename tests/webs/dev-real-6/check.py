#!/usr/bin/env python3
"""Check the web-dev6 web: serve it with digimeter's test server and verify the labels.

usage: /work/main/.venv/bin/python check.py [WEBDIR]   (default: web/ beside this script)

Checks
 1. every labelled product_url and route_url answers 200 through the proxy, or (login start)
    a redirect to the simulated identity providers digid.test / eherkenning.test;
 2. every route_url is reachable from its product_url in at most 2 clicks (anchors, iframes,
    GET form actions, onclick location.href, URLs in inline scripts; <base href> honoured);
 3. not_found rows have no page in the site (spot-checked through the A-Z links: soft 404s);
 4. PDFs parse (pypdf, when importable) and route PDFs look like forms;
 5. JavaScript-only pages get their login buttons / form in headless Chromium (a sample);
 6. the generator is deterministic (two runs into WEBDIR/../.det-a and .det-b are byte-identical).
Exit status 0 when everything passes.
"""
import csv
import filecmp
import os
import re
import shutil
import subprocess
import sys
import urllib.parse
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
DIGIMETER = "/work/main/.venv/bin/digimeter"
CHROMIUM = "/usr/bin/chromium"
IDP_HOSTS = ("digid.test", "eherkenning.test")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def opener(proxy):
    return urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect)


def get(op, url):
    try:
        r = op.open(url, timeout=10)
        return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def links(url, body):
    text = body.decode("utf-8", "replace")
    m = re.search(r"<base href=[\"']([^\"']+)", text)
    base = m.group(1) if m else url
    found = set()
    for pat in [r"(?:href|src|action)=[\"']([^\"'#]+)", r"location\.href='([^']+)'", r'href=\\?"([^"\\]+)',
                r"(http://[a-z0-9.\-]+\.test/[^\s\"'<>]*)"]:
        for u in re.findall(pat, text):
            if u.startswith(("mailto:", "tel:", "javascript:")):
                continue
            found.add(urllib.parse.urljoin(base, html_unescape(u)))
    # GET forms with hidden fields: action?name=value
    for form in re.findall(r"<form[^>]*method='get'[^>]*action='([^']+)'[^>]*>(.*?)</form>", text, re.S):
        hidden = re.findall(r"type='hidden' name='([^']+)' value='([^']+)'", form[1])
        if hidden:
            found.add(urllib.parse.urljoin(base, form[0]) + "?" + "&".join("%s=%s" % kv for kv in hidden))
    return found


def html_unescape(s):
    import html
    return html.unescape(s)


def main():
    web = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web"))
    errors = []
    srv = subprocess.Popen([DIGIMETER, "testweb", "serve", "--root", web], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        line = srv.stdout.readline()
        while "proxy http" not in line:
            if srv.poll() is not None:
                print("server failed:", line, srv.stdout.read())
                return 2
            line = srv.stdout.readline()
        proxy = line.split("proxy ", 1)[1].strip()
        op = opener(proxy)
        rows = list(csv.DictReader(open(os.path.join(web, "labels.csv"), encoding="utf-8")))
        cache = {}

        def fetch(u):
            if u not in cache:
                cache[u] = get(op, u)
            return cache[u]

        def answers(u):
            st, hd, body = fetch(u)
            if st == 200:
                return True
            if st in (301, 302, 303, 307) and urllib.parse.urlsplit(hd.get("Location", "")).hostname in IDP_HOSTS:
                return True
            return False

        n_checked = 0
        for r in rows:
            for col in ("product_url", "route_url"):
                u = r[col]
                if u:
                    n_checked += 1
                    if not answers(u):
                        errors.append("%s %s %s: %s answers %s" % (r["org_code"], r["product_key"], col, u, fetch(u)[0]))
            if r["status"] == "ok" and r["route_url"]:
                # reachability in at most 2 clicks
                st, hd, body = fetch(r["product_url"])
                l1 = links(r["product_url"], body)
                ok = r["route_url"] in l1
                if not ok:
                    for u in sorted(l1):
                        if urllib.parse.urlsplit(u).hostname in IDP_HOSTS or u.endswith(".pdf"):
                            continue
                        st2, hd2, b2 = fetch(u)
                        if st2 == 200 and r["route_url"] in links(u, b2):
                            ok = True
                            break
                if not ok:
                    errors.append("%s %s: route %s not reachable from %s" % (r["org_code"], r["product_key"], r["route_url"], r["product_url"]))
            if r["status"] == "ok" and r["level"] == "" or r["status"] != "ok" and r["level"] != "":
                errors.append("%s %s: level/status mismatch" % (r["org_code"], r["product_key"]))
            if r["status"] == "ok" and r["level"] in ("67", "100") and r["route_url"].endswith(".pdf"):
                errors.append("%s %s: PDF route with level %s" % (r["org_code"], r["product_key"], r["level"]))
        # not_offered statement present on its page
        for r in rows:
            if r["status"] == "not_offered":
                st, hd, body = fetch(r["product_url"])
                if st != 200 or not re.search(r"geen|niet", body.decode("utf-8", "replace")):
                    errors.append("%s %s: not_offered page lacks a statement" % (r["org_code"], r["product_key"]))
        # soft 404s
        for u in ["http://www.texel.test/nl/product?id=99017", "http://www.middendelfland.test/onderwerp/aangifte-overlijden"]:
            st, hd, body = fetch(u)
            if st != 200 or b"niet gevonden" not in body:
                errors.append("soft 404 expected at %s, got %s" % (u, st))
        for host in ["texel.test", "bergenopzoom.test"]:
            st, hd, body = get(op, "http://%s/" % host)
            if st not in (301, 302):
                errors.append("host redirect expected for %s, got %s" % (host, st))
        print("checked %d labelled URLs (%d rows), %d pages fetched" % (n_checked, len(rows), len(cache)))
        # JS pages in Chromium (sample)
        if os.path.exists(CHROMIUM):
            for u, want in [("http://formulieren.tilburg.test/brp-uittreksel/", "Inloggen met DigiD"),
                            ("http://formulieren.tilburg.test/melding-openbare-ruimte/", "<form"),
                            ("http://formulieren.scheldestromen.test/watermelding/", "<form")]:
                try:
                    out = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--proxy-server=" + proxy,
                                          "--dump-dom", u], capture_output=True, text=True, timeout=60).stdout
                    raw = fetch(u)[2].decode()
                    if want not in out:
                        errors.append("chromium: %r not in rendered %s" % (want, u))
                    if want == "Inloggen met DigiD" and "<a class=\"btn\" href" in raw.split("<script>")[0]:
                        errors.append("JS page has the button without JS: %s" % u)
                    else:
                        print("chromium ok:", u)
                except Exception as e:  # noqa
                    errors.append("chromium failed on %s: %s" % (u, e))
    finally:
        srv.terminate()
        srv.wait(10)
    # PDFs
    try:
        import pypdf
    except ImportError:
        pypdf = None
    n_pdf = 0
    for root, _, files in os.walk(os.path.join(web, "sites")):
        for f in files:
            if f.endswith(".pdf"):
                p = os.path.join(root, f)
                data = open(p, "rb").read()
                n_pdf += 1
                if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
                    errors.append("bad pdf " + p)
                elif pypdf:
                    try:
                        t = pypdf.PdfReader(p).pages[0].extract_text()
                        if "aanvraagformulier" in f and "Handtekening" not in t:
                            errors.append("form pdf without form fields text: " + p)
                    except Exception as e:  # noqa
                        errors.append("pypdf fails on %s: %s" % (p, e))
    print("pdfs checked:", n_pdf, "(pypdf)" if pypdf else "(header only)")
    # determinism
    a, b = os.path.join(HERE, ".det-a"), os.path.join(HERE, ".det-b")
    for d in (a, b):
        subprocess.run([sys.executable, os.path.join(HERE, "gen.py"), d], check=True, capture_output=True)
    cmp = subprocess.run(["diff", "-r", "-q", a, b], capture_output=True, text=True)
    if cmp.returncode != 0:
        errors.append("generator not deterministic: " + cmp.stdout[:500])
    cmp2 = subprocess.run(["diff", "-r", "-q", a, web], capture_output=True, text=True)
    if cmp2.returncode != 0:
        errors.append("web differs from a fresh generation: " + cmp2.stdout[:500])
    shutil.rmtree(a)
    shutil.rmtree(b)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
