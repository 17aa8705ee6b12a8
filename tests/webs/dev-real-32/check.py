#!/usr/bin/env python3
"""check.py WEBDIR -- serve the web through the digimeter test proxy and check it.

Checks, through the proxy:
  * every label's product_url and route_url answers 200 (a login start may answer 302,
    and its Location must answer 200);
  * every link on every HTML page resolves (href, src, action, data-href, and absolute
    http://*.test URLs inside scripts and JSON), to 200 or, for login starts, 302;
  * not_found rows have no product_url, ok rows with level > 0 have a route_url;
  * PDFs start with %PDF- and end with %%EOF.
Standard library only.
"""
import csv
import html.parser
import json
import os
import re
import signal
import subprocess
import sys
import urllib.parse
import urllib.request

SERVE = ["/work/main/.venv/bin/digimeter", "testweb", "serve", "--root"]


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if v and k in ("href", "src", "action", "data-href"):
                self.links.append(v)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


def main():
    web = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "web"))
    proc = subprocess.Popen(SERVE + [web], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    proxy = None
    for line in proc.stdout:
        m = re.search(r"proxy (http://127\.0\.0\.1:\d+)", line)
        if m:
            proxy = m.group(1)
            break
    if not proxy:
        print("server did not start")
        proc.kill()
        return 2
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": proxy}), NoRedirect())
    cache = {}

    def fetch(url):
        if url in cache:
            return cache[url]
        try:
            r = opener.open(urllib.request.Request(url, method="GET"), timeout=20)
            res = (r.status, r.headers.get("Location"), r.read(), r.headers.get("Content-Type", ""))
        except urllib.error.HTTPError as e:
            res = (e.code, e.headers.get("Location"), e.read() if e.fp else b"", e.headers.get("Content-Type", ""))
        except Exception as e:  # noqa
            res = (0, None, str(e).encode(), "")
        cache[url] = res
        return res

    errors = []
    login_re = re.compile(r"/auth/[^/]+/(digid|eherkenning)/start$")

    def ok_url(url, where):
        st, loc, body, ct = fetch(url)
        path = urllib.parse.urlsplit(url).path
        if st == 200:
            return True
        if st == 302 and login_re.search(path) and loc:
            st2 = fetch(loc)[0]
            if st2 == 200:
                return True
            errors.append("%s: login %s -> %s answers %s" % (where, url, loc, st2))
            return False
        errors.append("%s: %s answers %s" % (where, url, st))
        return False

    with open(os.path.join(web, "labels.csv"), newline="", encoding="utf-8") as f:
        labels = list(csv.DictReader(f))
    for r in labels:
        where = "label %s/%s" % (r["org_code"], r["product_key"])
        if r["status"] == "not_found":
            if r["product_url"] or r["route_url"] or r["level"]:
                errors.append(where + ": not_found with urls or level")
            continue
        ok_url(r["product_url"], where)
        if r["status"] == "ok" and r["level"] != "0" and not r["route_url"]:
            errors.append(where + ": level > 0 without route_url")
        if r["route_url"]:
            ok_url(r["route_url"], where)
            if r["level"] == "33":
                body = fetch(r["route_url"])[2]
                if not (body.startswith(b"%PDF-") or body.startswith(b"PK") or body.startswith(b"{\\rtf")):
                    errors.append(where + ": level 33 route is not a document")
        if r["level"] == "100" and r["level_strict"] not in ("67", "100"):
            errors.append(where + ": bad level_strict")

    # every link on every page
    sites = os.path.join(web, "sites")
    npages = nlinks = 0
    for host in sorted(os.listdir(sites)):
        for dp, dn, fn in os.walk(os.path.join(sites, host)):
            dn.sort()
            for name in sorted(fn):
                full = os.path.join(dp, name)
                rel = os.path.relpath(full, os.path.join(sites, host)).replace(os.sep, "/")
                if rel.endswith("index.html"):
                    rel = rel[: -len("index.html")]
                url = "http://%s/%s" % (host, rel)
                with open(full, "rb") as fh:
                    data = fh.read()
                if name.endswith(".pdf"):
                    if not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")):
                        errors.append("bad pdf " + url)
                    continue
                if name.endswith((".docx", ".svg", ".css", ".rtf")):
                    continue
                text = data.decode("utf-8", "replace")
                found = []
                if name.endswith((".js", ".txt", ".xml")):
                    found = re.findall(r"http://[a-z0-9.-]+\.test/[^\s\"'<>]*", text)
                else:
                    npages += 1
                    p = Links()
                    p.feed(text)
                    found = [html.unescape(x) for x in p.links]
                    found += [x.replace("\\/", "/") for x in re.findall(r"http://[a-z0-9.-]+\.test/[^\s\"'<>\\]*(?:\\/[^\s\"'<>\\]*)*", text)]
                for link in found:
                    if link.startswith(("mailto:", "tel:", "#", "javascript:")):
                        continue
                    absu = urllib.parse.urljoin(url, link).split("#")[0]
                    nlinks += 1
                    ok_url(absu, "link on " + url)

    # testweb behaviours
    with open(os.path.join(web, "testweb.json"), encoding="utf-8") as f:
        beh = json.load(f)["behaviours"]
    for s in beh.get("searches", []):
        u = "http://%s%s?%s=%s" % (s["host"], s["path"], s["param"], "verhuizen")
        st, _, body, _ = fetch(u)
        if st != 200:
            errors.append("search %s answers %s" % (u, st))
    for h in beh.get("host_redirects", []):
        st, loc, _, _ = fetch("http://%s/" % h["host"])
        if st not in (301, 302) or not loc or h["to"] not in loc:
            errors.append("host redirect %s answers %s %s" % (h["host"], st, loc))
    for nf in beh.get("not_found_pages", []):
        st = fetch("http://%s/deze-pagina-bestaat-niet" % nf["host"])[0]
        if st != nf["status"]:
            errors.append("not-found page of %s answers %s" % (nf["host"], st))

    proc.send_signal(signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    print("labels %d, pages %d, links checked %d, distinct urls %d" % (len(labels), npages, nlinks, len(cache)))
    if errors:
        seen = []
        for e in errors:
            if e not in seen:
                seen.append(e)
        print("%d problems" % len(seen))
        for e in seen[:60]:
            print("  " + e)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
