#!/usr/bin/env python3
"""Serve the web-dev5 web and verify the labels.

    python3 check.py [WEBDIR]

* every labelled product_url and route_url answers 200 through the proxy, or a redirect
  (followed) ending at 200; login starts must redirect to the identity provider;
* every absolute link in every HTML page stays inside .test (or mailto:/tel:);
* every .pdf starts with %PDF; labels.csv has one row per organisation x applicable product.
"""
import csv, os, re, subprocess, sys, urllib.request, urllib.error, http.client, urllib.parse

WEB = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "web")
DIGI = "/work/main/.venv/bin/digimeter"
IDPS = ("digid.test", "eherkenning.test")


def fetch(proxy, u, hops=0):
    pu = urllib.parse.urlsplit(proxy)
    c = http.client.HTTPConnection(pu.hostname, pu.port, timeout=20)
    c.request("GET", u)
    r = c.getresponse()
    body = r.read()
    loc = r.getheader("Location")
    c.close()
    if r.status in (301, 302, 303, 307, 308) and loc and hops < 6:
        nxt = urllib.parse.urljoin(u, loc)
        st, final, b = fetch(proxy, nxt, hops + 1)
        return st, final, b
    return r.status, u, body


LINK_RE = re.compile(r"""(?:href|src|action)=["']([^"']+)["']|location\.href='([^']+)'""")


def reachability():
    """Offline crawl from every website over anchors, iframes, form actions, onclick and
    <base href> (not script-built links); every ok/not_offered product_url must be reached."""
    import json
    man = json.load(open(os.path.join(WEB, "testweb.json")))
    redir = {r["url"]: r["location"] for r in man["behaviours"].get("redirects", [])}
    hostred = {r["host"]: r["to"] for r in man["behaviours"].get("host_redirects", [])}

    def norm(u):
        for _ in range(5):
            p = urllib.parse.urlsplit(u)
            if p.hostname in hostred:
                u = urllib.parse.urlunsplit((p.scheme, hostred[p.hostname], p.path, p.query, ""))
                continue
            if u in redir:
                u = redir[u]
                continue
            break
        return u.split("#")[0]

    def read(u):
        p = urllib.parse.urlsplit(u)
        path = p.path or "/"
        fp = os.path.join(WEB, "sites", p.hostname, path.lstrip("/"))
        if p.query and os.path.exists(fp + "?" + p.query):
            fp = fp + "?" + p.query
        if path.endswith("/"):
            fp = os.path.join(fp, "index.html")
        if os.path.isfile(fp) and not fp.endswith((".pdf", ".svg", ".css")):
            return open(fp, encoding="utf-8", errors="replace").read()
        return None

    seen = set()
    todo = [norm(o["website"]) for o in csv.DictReader(open(os.path.join(WEB, "organisations.csv")))]
    while todo:
        u = todo.pop()
        if u in seen:
            continue
        seen.add(u)
        txt = read(u)
        if txt is None:
            continue
        m = re.search(r'<base href="([^"]+)"', txt)
        base = m.group(1) if m else u
        for m in LINK_RE.finditer(txt):
            t = m.group(1) or m.group(2)
            if t.startswith(("mailto:", "tel:", "#")):
                continue
            t = norm(urllib.parse.urljoin(base, t.replace("&amp;", "&")))
            if t.startswith("http://") and t not in seen:
                todo.append(t)
    errs = []
    for r in csv.DictReader(open(os.path.join(WEB, "labels.csv"), encoding="utf-8")):
        if r["product_url"] and norm(r["product_url"]) not in seen:
            errs.append("unreachable by links: %s %s %s" % (r["org_code"], r["product_key"], r["product_url"]))
    print("reachability: %d URLs crawled offline" % len(seen))
    return errs


def main():
    errors = []
    # offline checks
    for root, _, files in os.walk(os.path.join(WEB, "sites")):
        for fn in files:
            fp = os.path.join(root, fn)
            data = open(fp, "rb").read()
            if fn.endswith(".pdf"):
                if not data.startswith(b"%PDF"):
                    errors.append("not a PDF: " + fp)
                continue
            if fn.endswith(".svg") or fn.endswith(".css") or fn.endswith(".txt") or fn.endswith(".xml"):
                continue
            for m in re.finditer(rb'(?:href|src|action)=["\']?(https?://[^/"\'\s>]+)', data):
                host = m.group(1).split(b"//")[1].split(b":")[0]
                if not host.endswith(b".test"):
                    errors.append("link outside .test in %s: %s" % (fp, m.group(1)))
    errors += reachability()
    proc = subprocess.Popen(["nice", "-n", "10", DIGI, "testweb", "serve", "--root", WEB],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    proxy = None
    for line in proc.stdout:
        m = re.search(r"proxy (http://127\.0\.0\.1:\d+)", line)
        if m:
            proxy = m.group(1)
            break
    if not proxy:
        print("server did not start")
        proc.terminate()
        return 2
    try:
        n = 0
        rows = list(csv.DictReader(open(os.path.join(WEB, "labels.csv"), encoding="utf-8")))
        for r in rows:
            for col in ("product_url", "route_url"):
                u = r[col]
                if not u:
                    if col == "product_url" and r["status"] in ("ok", "not_offered"):
                        errors.append("%s %s: empty product_url" % (r["org_code"], r["product_key"]))
                    if col == "route_url" and r["status"] == "ok" and r["level"] != "0":
                        errors.append("%s %s: empty route_url" % (r["org_code"], r["product_key"]))
                    continue
                st, final, body = fetch(proxy, u)
                n += 1
                host = urllib.parse.urlsplit(final).hostname
                if st != 200:
                    errors.append("%s %s %s: %s -> %s %s" % (r["org_code"], r["product_key"], col, u, st, final))
                elif "/auth/" in u and host not in IDPS:
                    errors.append("login start does not reach IdP: " + u)
                elif b"Pagina niet gevonden" in body[:3000]:
                    errors.append("%s %s %s is a soft 404: %s" % (r["org_code"], r["product_key"], col, u))
        for o in csv.DictReader(open(os.path.join(WEB, "organisations.csv"), encoding="utf-8")):
            st, final, body = fetch(proxy, o["website"])
            n += 1
            if st != 200:
                errors.append("website %s -> %s" % (o["website"], st))
        print("checked %d URLs through %s" % (n, proxy))
    finally:
        proc.terminate()
        proc.wait()
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
