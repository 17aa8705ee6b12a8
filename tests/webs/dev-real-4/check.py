#!/usr/bin/env python3
"""Serve web-dev4 with the test server and verify the labels.

Checks: every product_url answers 200 and is not a soft 404; every route_url answers 200
(or a redirect to digid.test / eherkenning.test for login starts); every route_url is
reachable by clicks (anchors, iframes, GET forms, onclick, script strings; <base href>
honoured) from its product_url within 2 steps; organisations' websites answer (after redirects);
PDFs are PDFs. Usage: python3 check.py [WEBDIR]"""
import csv, os, re, subprocess, sys, time, urllib.request
from urllib.parse import urljoin, urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
WEB = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "web")
SERVE = ["/work/main/.venv/bin/digimeter", "testweb", "serve", "--root", WEB]


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def main():
    proc = subprocess.Popen(SERVE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    proxy = None
    t0 = time.time()
    while time.time() - t0 < 30:
        line = proc.stdout.readline()
        m = re.search(r"proxy (http://127\.0\.0\.1:\d+)", line or "")
        if m:
            proxy = m.group(1)
            break
    if not proxy:
        proc.terminate()
        sys.exit("server did not start")
    ph = urllib.request.ProxyHandler({"http": proxy})
    raw = urllib.request.build_opener(ph, NoRedirect)
    follow = urllib.request.build_opener(ph)
    cache = {}

    def get(url, redirects=False):
        key = (url, redirects)
        if key in cache:
            return cache[key]
        try:
            r = (follow if redirects else raw).open(url, timeout=20)
            res = (r.status, r.headers.get("Location"), r.read(), r.geturl())
        except urllib.error.HTTPError as e:
            res = (e.code, e.headers.get("Location"), e.read() if e.fp else b"", url)
        except Exception as e:  # noqa
            res = (0, None, str(e).encode(), url)
        cache[key] = res
        return res

    def links(url, body):
        text = body.decode("utf-8", "replace")
        m = re.search(r'<base\s+href="([^"]+)"', text)
        base = m.group(1) if m else url
        out = set()
        for pat in [r'<a\s[^>]*href="([^"]+)"', r'<iframe\s[^>]*src="([^"]+)"', r'<form\s[^>]*action="([^"]+)"',
                    r"location\.href='([^']+)'", r'a\.href="([^"]+)"']:
            for u in re.findall(pat, text):
                u = u.replace("&amp;", "&")
                if u.startswith(("mailto:", "tel:", "#")):
                    continue
                out.add(urljoin(base, u))
        return out

    errors = []
    rows = list(csv.DictReader(open(os.path.join(WEB, "labels.csv"), encoding="utf-8")))
    for r in rows:
        pu, ru = r["product_url"], r["route_url"]
        if r["status"] in ("ok", "not_offered"):
            st, loc, body, _ = get(pu)
            if st != 200 or b"pagina niet gevonden" in body.lower():
                errors.append("product_url %s -> %s (%s %s)" % (pu, st, r["org_code"], r["product_key"]))
                continue
        if r["status"] == "ok" and r["level"] != "0":
            if not ru:
                errors.append("missing route_url %s %s" % (r["org_code"], r["product_key"]))
                continue
            st, loc, body, _ = get(ru)
            if st == 200:
                if ru.endswith(".pdf") and not body.startswith(b"%PDF-"):
                    errors.append("not a PDF %s" % ru)
            elif st in (301, 302, 303, 307) and loc and urlsplit(loc).hostname in ("digid.test", "eherkenning.test"):
                if get(loc)[0] != 200:
                    errors.append("IdP page broken %s" % loc)
            else:
                errors.append("route_url %s -> %s %s" % (ru, st, loc))
            # reachability (2 steps)
            l1 = links(pu, get(pu)[2])
            ok = ru in l1 or any(ru.split("?")[0] == x.split("?")[0] for x in l1)
            if not ok:
                for x in l1:
                    st2, _, b2, _ = get(x)
                    if st2 == 200 and x.split("/")[2] != urlsplit(pu).hostname or "formulieren" in x or "loket" in x:
                        if any(ru.split("?")[0] == y.split("?")[0] for y in links(x, b2)):
                            ok = True
                            break
            if not ok:
                errors.append("route not reachable from product page: %s %s %s" % (r["org_code"], r["product_key"], ru))
        if r["status"] == "ok" and r["level"] == "0" and ru:
            errors.append("level 0 with route_url %s" % ru)
    for o in csv.DictReader(open(os.path.join(WEB, "organisations.csv"), encoding="utf-8")):
        st, _, body, final = get(o["website"], redirects=True)
        if st != 200:
            errors.append("website %s -> %s" % (o["website"], st))
    proc.terminate()
    proc.wait(10)
    n_ok = sum(1 for r in rows if r["status"] == "ok")
    print("rows %d (ok %d), requests %d, errors %d" % (len(rows), n_ok, len(cache), len(errors)))
    for e in errors:
        print("ERROR", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
